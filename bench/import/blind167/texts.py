"""Prose, departments, units and invented names for blind167 (units of every size)."""

FIRST = ["Ardelle", "Bronwen", "Caius", "Delphine", "Eamon", "Fenella", "Gideon", "Hortense", "Ismay", "Jorunn",
         "Kestrel", "Lisandre", "Marius", "Nerida", "Odalric", "Perpetua", "Quillon", "Rosalind", "Silvan",
         "Tamsin", "Ulric", "Verena", "Wystan", "Xanthe", "Yorick", "Zinnia", "Aurèle", "Bénédicte", "Clovis",
         "Domitille", "Évariste", "Florimond", "Ghislaine", "Hyacinthe", "Isaure", "Josselin", "Léocadie",
         "Maëlys", "Norbert", "Ombeline", "Prosper", "Raphaëlle", "Séverin", "Thaïs", "Urbain", "Valérien"]
LAST = ["Quarrington", "Vellacott", "Brackenbury", "Ostrowicz", "Thistlewood", "Maccaferri", "Lindqvist-Moor",
        "Pennefather", "Drummondville", "Okonkwo-Bell", "Haverfield", "Castellane", "Wetherspoon", "Ravensdale",
        "Kowalczuk", "Fairweather", "Stonebridge", "Abernathy-Roy", "Grimaldeau", "Beaupertuis", "Tremblanc",
        "Lachapelle-Nord", "Dufresnoy", "Marchessault", "Ouellon", "Pelletrault", "Rochambois", "Vaillancroix",
        "Bellefleury", "Courtemanche-Lys", "Desjardeaux", "Gagnonville", "Hébertin", "Laframboisier",
        "Montmagny-Roux", "Paquetteau", "Saint-Arnaudin", "Thibodelle", "Villeneuvard", "Whitlowe", "Yelverton",
        "Zaretsky-Hale", "Ambrosetti", "Brightwater", "Coldstream", "Dunleavy-Pratt"]

DEPTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA"),
    ("Health Canada", "Santé Canada", "HC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Statistics Canada", "Statistique Canada", "StatCan"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
]

CITIES = [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
          ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
          ("Montréal, Quebec", "Montréal (Québec)"), ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
          ("Edmonton, Alberta", "Edmonton (Alberta)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
          ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
          ("Shawinigan, Quebec", "Shawinigan (Québec)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)")]

# (english, french) area names used in titles
AREAS = [("Client Contact Centres", "Centres de contact avec la clientèle"),
         ("Benefits Processing", "Traitement des prestations"),
         ("Integrity Operations", "Opérations d'intégrité"),
         ("Regional Service Delivery", "Prestation régionale des services"),
         ("Grants and Contributions", "Subventions et contributions"),
         ("Compliance and Enforcement", "Conformité et application de la loi"),
         ("Data Strategy", "Stratégie des données"),
         ("Workplace Modernization", "Modernisation du milieu de travail"),
         ("Indigenous Partnerships", "Partenariats autochtones"),
         ("Real Property Operations", "Opérations des biens immobiliers"),
         ("Fleet Maintenance", "Entretien de la flotte"),
         ("Survey Operations", "Opérations d'enquête"),
         ("Case Management", "Gestion des cas"),
         ("Pay Stabilization", "Stabilisation de la paye"),
         ("Scientific Laboratories", "Laboratoires scientifiques"),
         ("Inspection Programs", "Programmes d'inspection"),
         ("Digital Services", "Services numériques"),
         ("Policy Coordination", "Coordination des politiques"),
         ("Cabinet Affairs", "Affaires du Cabinet"),
         ("Security and Emergency Management", "Sécurité et gestion des urgences"),
         ("Procurement Operations", "Opérations d'approvisionnement"),
         ("Harbour Operations", "Opérations portuaires"),
         ("Veterans' Case Services", "Services de gestion de cas des vétérans"),
         ("Translation Services", "Services de traduction"),
         ("Financial Operations", "Opérations financières"),
         ("Labour Market Analysis", "Analyse du marché du travail"),
         ("Collections", "Recouvrements"),
         ("Appeals", "Appels"),
         ("Records and Information Management", "Gestion des documents et de l'information"),
         ("Learning and Development", "Apprentissage et perfectionnement"),
         ("Accessibility Programs", "Programmes d'accessibilité"),
         ("Climate Adaptation", "Adaptation aux changements climatiques"),
         ("Border Facilitation", "Facilitation à la frontière"),
         ("Rail Safety", "Sécurité ferroviaire"),
         ("Settlement Programs", "Programmes d'établissement"),
         ("Census Operations", "Opérations du recensement"),
         ("Small Craft Harbours", "Ports pour petits bateaux"),
         ("Medical Devices", "Instruments médicaux"),
         ("Mineral Statistics", "Statistiques sur les minéraux"),
         ("Passport Operations", "Opérations des passeports"),
         ("Disability Benefits", "Prestations d'invalidité"),
         ("Service Transformation", "Transformation des services"),
         ("Enterprise Architecture", "Architecture d'entreprise"),
         ("Audit Coordination", "Coordination de la vérification")]

REGIONS = [("Atlantic", "Atlantique"), ("Quebec", "Québec"), ("Ontario", "Ontario"), ("Prairies", "Prairies"),
           ("Pacific", "Pacifique"), ("North", "Nord"), ("National Capital Region", "Région de la capitale nationale")]

UNIT_WORDS = [("Intake", "Réception"), ("Assessment", "Évaluation"), ("Quality Assurance", "Assurance de la qualité"),
              ("Client Outreach", "Sensibilisation de la clientèle"), ("Business Analysis", "Analyse opérationnelle"),
              ("Scheduling", "Planification des horaires"), ("Training", "Formation"), ("Reporting", "Rapports"),
              ("Escalations", "Dossiers transmis"), ("Systems Support", "Soutien aux systèmes"),
              ("Verification", "Vérification"), ("Records", "Dossiers"), ("Field Operations", "Opérations sur le terrain"),
              ("Planning", "Planification"), ("Workload Management", "Gestion de la charge de travail"),
              ("Partnerships", "Partenariats"), ("Investigations", "Enquêtes"), ("Data Quality", "Qualité des données")]

GA_EN = ("The {t} is accountable for the leadership, direction and management of {a}, ensuring that services "
         "are delivered to Canadians in a timely, consistent and cost-effective manner, in keeping with the "
         "Department's priorities, legislative obligations and service standards.")
GA_FR = ("Le titulaire du poste de {t} est responsable de la direction et de la gestion de {a}, afin que les "
         "services soient offerts à la population canadienne de façon rapide, uniforme et efficiente, "
         "conformément aux priorités du Ministère, à ses obligations législatives et à ses normes de service.")
NS_EN = ("The position operates in a complex environment marked by high volumes, evolving policy direction, "
         "aging systems and sustained public and media scrutiny. The incumbent must balance competing priorities, "
         "manage significant human and financial resources and maintain effective relationships with central "
         "agencies, other departments, provinces and territories, unions and stakeholders.")
NS_FR = ("Le poste s'inscrit dans un environnement complexe caractérisé par des volumes élevés, une orientation "
         "stratégique en évolution, des systèmes vieillissants et un examen public soutenu. Le titulaire doit "
         "concilier des priorités concurrentes, gérer d'importantes ressources humaines et financières et "
         "entretenir des relations efficaces avec les organismes centraux, les autres ministères et les partenaires.")
ADV_EN = ("As an individual contributor without a team, the incumbent provides expert, independent advice to senior "
          "management on {a}, leads special projects assigned by the Deputy Minister and represents the Department "
          "on interdepartmental committees.")
ADV_FR = ("À titre de contributeur individuel sans équipe, le titulaire fournit des conseils spécialisés et "
          "indépendants à la haute direction sur {a}, dirige des projets spéciaux confiés par le sous-ministre et "
          "représente le Ministère au sein de comités interministériels.")
SA_EN = ["Provides strategic leadership and direction to the organization and sets operational priorities.",
         "Directs the planning, delivery and continuous improvement of programs and services.",
         "Manages human and financial resources, ensuring sound stewardship and accountability.",
         "Represents the Department with central agencies, partners and stakeholders.",
         "Ensures that performance is measured, reported and used to improve results."]
SA_FR = ["Assure le leadership stratégique et l'orientation de l'organisation et établit les priorités opérationnelles.",
         "Dirige la planification, la prestation et l'amélioration continue des programmes et services.",
         "Gère les ressources humaines et financières en assurant une saine intendance et la reddition de comptes.",
         "Représente le Ministère auprès des organismes centraux, des partenaires et des intervenants.",
         "Veille à ce que le rendement soit mesuré, communiqué et utilisé pour améliorer les résultats."]
