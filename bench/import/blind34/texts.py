"""Prose, label wordings and name pools of blind34, written for this corpus (vocabulary after the
Treasury Board's EX evaluation plan and benchmark positions and the seeds; no passage copied)."""

# units a position manages, per domain: (English, French, group of a non-EX manager)
UNITS = {
    "region": [("Programs and Partnerships", "Programmes et partenariats", "PM-06"), ("Funding Services", "Services de financement", "FI-03"),
               ("Lands and Environment", "Terres et environnement", "EG-07"), ("Corporate Services", "Services ministériels", "AS-07"),
               ("Community Infrastructure", "Infrastructure communautaire", "EN-ENG-05"), ("Governance Operations", "Opérations de gouvernance", "PM-06")],
    "lands": [("Land Management", "Gestion des terres", "PM-06"), ("Additions to Reserve", "Ajouts aux réserves", "PM-05"),
              ("Trust Services", "Services fiduciaires", "FI-03"), ("Environmental Stewardship", "Gérance environnementale", "EG-07"),
              ("Indian Registration", "Inscription des Indiens", "PM-05"), ("Estates", "Successions", "PM-04")],
    "education": [("Elementary and Secondary Education", "Éducation primaire et secondaire", "PM-06"), ("Post-Secondary Education", "Éducation postsecondaire", "PM-06"),
                  ("Education Partnerships", "Partenariats en éducation", "EC-07"), ("Program Data and Analysis", "Données et analyse des programmes", "EC-06"),
                  ("School Infrastructure", "Infrastructure scolaire", "EN-ENG-05"), ("Special Education", "Éducation spécialisée", "PM-05")],
    "claims": [("Negotiations", "Négociations", "PM-07"), ("Research and Assessment", "Recherche et évaluation", "EC-07"),
               ("Implementation Monitoring", "Suivi de la mise en œuvre", "PM-06"), ("Claims Policy", "Politique sur les revendications", "EC-07"),
               ("Settlement Agreements", "Ententes de règlement", "PM-06"), ("Legal Coordination", "Coordination juridique", "LP-02")],
    "funding": [("Financial Planning", "Planification financière", "FI-04"), ("Funding Agreements", "Accords de financement", "FI-03"),
                ("Recipient Audit and Accountability", "Vérification et responsabilisation des bénéficiaires", "FI-03"), ("Contracting and Materiel", "Contrats et matériel", "PG-05"),
                ("Accounting Operations", "Opérations comptables", "FI-02"), ("Administrative Services", "Services administratifs", "AS-05")],
    "environment": [("Water Resources", "Ressources en eau", "PC-04"), ("Contaminated Sites", "Sites contaminés", "EG-07"),
                    ("Land Use Planning", "Planification de l'utilisation des terres", "PM-06"), ("Environmental Assessment", "Évaluation environnementale", "PC-04"),
                    ("Forestry", "Foresterie", "PC-03"), ("Inspections", "Inspections", "EG-06")],
    "infrastructure": [("Capital Planning", "Planification des immobilisations", "EN-ENG-05"), ("Housing", "Logement", "PM-06"),
                       ("Water and Wastewater", "Eau et eaux usées", "EN-ENG-05"), ("Operations and Maintenance", "Exploitation et entretien", "EG-07"),
                       ("Fire Protection", "Protection contre les incendies", "PM-05"), ("Asset Information", "Information sur les biens", "CS-03")],
    "governance": [("Band Governance", "Gouvernance des bandes", "PM-06"), ("Elections and Membership", "Élections et appartenance", "PM-05"),
                   ("Capacity Development", "Développement des capacités", "PM-06"), ("Intergovernmental Affairs", "Affaires intergouvernementales", "EC-07"),
                   ("Transition Planning", "Planification de la transition", "PM-06"), ("Human Resources Transition", "Transition des ressources humaines", "PE-05")],
    "relations": [("Policy and Research", "Politiques et recherche", "EC-07"), ("Partnerships", "Partenariats", "PM-06"),
                  ("Grants and Contributions", "Subventions et contributions", "PM-05"), ("Engagement and Outreach", "Mobilisation et rayonnement", "IS-05"),
                  ("Program Coordination", "Coordination des programmes", "PM-05"), ("Strategic Planning", "Planification stratégique", "EC-06")],
    "economic": [("Business Development", "Développement des entreprises", "CO-03"), ("Lands and Economic Partnerships", "Terres et partenariats économiques", "PM-06"),
                 ("Community Economic Opportunities", "Possibilités économiques communautaires", "PM-05"), ("Procurement Strategy", "Stratégie d'approvisionnement", "PG-05")],
    "emergency": [("Emergency Operations", "Opérations d'urgence", "PM-06"), ("Preparedness and Mitigation", "Préparation et atténuation", "PM-05"),
                  ("Recovery Programs", "Programmes de rétablissement", "PM-05"), ("Business Continuity", "Continuité des activités", "AS-06")],
    "corporate": [("Cabinet and Parliamentary Affairs", "Affaires du Cabinet et parlementaires", "EC-07"), ("Executive Correspondence", "Correspondance de la haute direction", "AS-06"),
                  ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels", "PM-06"), ("Data Governance", "Gouvernance des données", "EC-07"),
                  ("Results and Reporting", "Résultats et rapports", "EC-06"), ("Corporate Planning", "Planification ministérielle", "EC-06")],
    "social": [("Child and Family Services", "Services à l'enfance et à la famille", "SW-SCW-04"), ("Income Assistance", "Aide au revenu", "PM-05"),
               ("Case Management", "Gestion des cas", "PM-05"), ("Prevention Programs", "Programmes de prévention", "PM-06"),
               ("Reporting and Analysis", "Rapports et analyse", "EC-06")],
    "health": [("Nursing Services", "Services infirmiers", "NU-HOS-06"), ("Mental Wellness", "Mieux-être mental", "PM-06"),
               ("Environmental Public Health", "Santé publique environnementale", "EG-07"), ("Pharmacy Benefits", "Prestations pharmaceutiques", "PM-06"),
               ("Medical Transportation", "Transport pour raison médicale", "PM-05"), ("Health Planning", "Planification de la santé", "EC-06")],
    "parks": [("Resource Conservation", "Conservation des ressources", "EG-07"), ("Visitor Experience", "Expérience du visiteur", "GT-05"),
              ("Asset Management", "Gestion des biens", "EN-ENG-04"), ("Indigenous Relations", "Relations avec les Autochtones", "PM-05"),
              ("Business Services", "Services administratifs", "AS-04")],
    "corrections": [("Deputy Warden", "Sous-directeur", "CX-MGT"), ("Assistant Warden, Operations", "Directeur adjoint, Opérations", "AS-07"),
                    ("Assistant Warden, Interventions", "Directeur adjoint, Interventions", "WP-06"), ("Indigenous Programs", "Programmes pour Autochtones", "WP-05"),
                    ("Health Services", "Services de santé", "NU-HOS-07")],
    "tax": [("Audit", "Vérification", "AU-05"), ("Collections", "Recouvrements", "PM-06"), ("Client Services", "Services aux clients", "PM-05"),
            ("Benefit Validation", "Validation des prestations", "PM-06"), ("Appeals Liaison", "Liaison avec les appels", "PM-05")],
}

WHAT = {  # what the position leads: English, French
    "region": ("the delivery of departmental programs and services to First Nations communities of the region", "la prestation des programmes et services ministériels aux collectivités des Premières Nations de la région"),
    "lands": ("the management of reserve lands, trust moneys and estates under the Indian Act", "la gestion des terres de réserve, des fonds en fiducie et des successions en vertu de la Loi sur les Indiens"),
    "education": ("education programs for First Nations students on reserve", "les programmes d'éducation destinés aux élèves des Premières Nations vivant dans les réserves"),
    "claims": ("the negotiation and implementation of claims and treaty agreements", "la négociation et la mise en œuvre des revendications et des traités"),
    "funding": ("financial planning, funding agreements and the accountability of recipients", "la planification financière, les accords de financement et la responsabilisation des bénéficiaires"),
    "environment": ("the stewardship of northern lands, waters and renewable resources", "la gestion des terres, des eaux et des ressources renouvelables du Nord"),
    "infrastructure": ("capital investments in community housing, water and public facilities", "les investissements en immobilisations dans le logement, l'eau et les installations communautaires"),
    "governance": ("governance, capacity development and the transfer of responsibilities", "la gouvernance, le développement des capacités et le transfert des responsabilités"),
    "relations": ("partnerships, policy and programs with Indigenous organizations", "les partenariats, les politiques et les programmes avec les organisations autochtones"),
    "economic": ("economic development programs and partnerships with Indigenous businesses", "les programmes de développement économique et les partenariats avec les entreprises autochtones"),
    "emergency": ("emergency management support to First Nations before, during and after emergencies", "le soutien à la gestion des urgences offert aux Premières Nations avant, pendant et après les urgences"),
    "corporate": ("corporate secretariat, results and data functions supporting the Deputy Minister", "les fonctions de secrétariat ministériel, de résultats et de données à l'appui du sous-ministre"),
    "social": ("social programs for children, families and individuals", "les programmes sociaux destinés aux enfants, aux familles et aux personnes"),
    "health": ("health services and benefits for First Nations and Inuit", "les services et prestations de santé destinés aux Premières Nations et aux Inuits"),
    "parks": ("the protection and presentation of national parks and historic sites of the field unit", "la protection et la mise en valeur des parcs nationaux et lieux historiques de l'unité de gestion"),
    "corrections": ("the safe and humane custody and the rehabilitation of offenders", "la garde sécuritaire et humaine ainsi que la réadaptation des délinquants"),
    "tax": ("the administration of tax and benefit programs for the clients served", "l'administration des programmes fiscaux et de prestations pour la clientèle desservie"),
}

GA_EN = [
    "The {title} is accountable for the leadership, planning and management of {what}, ensuring that results are achieved within the policies and authorities of {dept}.",
    "Provides strategic direction and management for {what}, and advises senior management at {dept} on related issues, risks and opportunities.",
    "Accountable to the {sup} for {what}, and for the stewardship of the human and financial resources assigned.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la direction, de la planification et de la gestion de {what}, conformément aux politiques et aux pouvoirs de {dept}.",
    "Assure l'orientation stratégique et la gestion de {what} et conseille la haute direction de {dept} sur les enjeux, les risques et les possibilités.",
    "Rend compte au {sup} en ce qui concerne {what}, ainsi que de la gestion des ressources humaines et financières qui lui sont confiées.",
]
NS_EN = [
    "The position operates in an environment shaped by court decisions, self-government agreements and the expectations of First Nations leadership, other governments and the public.",
    "Priorities shift with federal budgets, ministerial commitments and events in communities; the incumbent must balance urgent operational demands against longer-term reform.",
    "Relationships are central: the incumbent works with chiefs and councils, tribal councils, provincial and territorial officials, central agencies and other federal departments.",
    "Decisions frequently carry legal, financial and reputational risk and may attract the attention of Parliament, the media and the courts.",
    "A major challenge is to maintain consistent service across a large and diverse territory while resources remain limited and staff turnover is high.",
]
NS_FR = [
    "Le poste s'exerce dans un contexte marqué par les décisions des tribunaux, les ententes d'autonomie gouvernementale et les attentes des dirigeants des Premières Nations, des autres gouvernements et du public.",
    "Les priorités évoluent selon les budgets fédéraux, les engagements ministériels et les événements dans les collectivités; le titulaire doit concilier les exigences opérationnelles urgentes et la réforme à long terme.",
    "Les relations sont essentielles : le titulaire travaille avec les chefs et conseils, les conseils tribaux, les fonctionnaires provinciaux et territoriaux, les organismes centraux et les autres ministères fédéraux.",
    "Les décisions comportent souvent des risques juridiques, financiers et liés à la réputation et peuvent retenir l'attention du Parlement, des médias et des tribunaux.",
    "Un défi important consiste à maintenir un service uniforme sur un vaste territoire alors que les ressources demeurent limitées et que le roulement du personnel est élevé.",
]
SA_EN = [
    "Directs the development and delivery of the program's operational plans, ensuring alignment with departmental priorities.",
    "Negotiates and manages agreements with First Nations, provinces and other partners, and monitors their implementation.",
    "Provides strategic advice and briefings to senior management and the Minister's office on sensitive and emerging issues.",
    "Manages the human, financial and material resources of the organization, including workforce planning and staffing.",
    "Establishes performance measures and reports on results, risks and the use of funds.",
    "Represents the department at interdepartmental, intergovernmental and stakeholder committees and forums.",
    "Leads change and transition initiatives, including the design of new service delivery models.",
    "Ensures compliance with legislation, Treasury Board policies and departmental authorities.",
    "Fosters a healthy, respectful and inclusive workplace and supports employee learning and development.",
    "Oversees the preparation of Memoranda to Cabinet, Treasury Board submissions and responses to audits and evaluations.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des plans opérationnels du programme, en conformité avec les priorités ministérielles.",
    "Négocie et gère les ententes avec les Premières Nations, les provinces et les autres partenaires et en surveille la mise en œuvre.",
    "Fournit des conseils stratégiques et des notes d'information à la haute direction et au cabinet du ministre sur les questions délicates.",
    "Gère les ressources humaines, financières et matérielles de l'organisation, y compris la planification de l'effectif et la dotation.",
    "Établit des mesures du rendement et rend compte des résultats, des risques et de l'utilisation des fonds.",
    "Représente le ministère aux comités et forums interministériels, intergouvernementaux et avec les intervenants.",
    "Dirige les initiatives de changement et de transition, y compris la conception de nouveaux modes de prestation.",
    "Veille au respect des lois, des politiques du Conseil du Trésor et des pouvoirs délégués.",
    "Favorise un milieu de travail sain, respectueux et inclusif et appuie l'apprentissage des employés.",
    "Supervise la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des réponses aux vérifications.",
]
CSR_EN = ["Timely, accurate and coordinated services are provided to communities, partners and the department's senior management.",
          "Program results are planned, measured and reported in a manner that supports sound decisions."]
CSR_FR = ["Des services opportuns, exacts et coordonnés sont offerts aux collectivités, aux partenaires et à la haute direction du ministère.",
          "Les résultats des programmes sont planifiés, mesurés et communiqués de façon à appuyer une prise de décision éclairée."]

FIRST = ["Lorraine", "Dwayne", "Marie-Claude", "Gordon", "Shirley", "Raymond", "Nathalie", "Curtis", "Geneviève", "Wilfred",
         "Priya", "Brent", "Josée", "Harold", "Colleen", "Tanis", "Yves", "Rhonda", "Kwame", "Isabelle", "Trevor", "Darlene",
         "Sylvain", "Melanie", "Arjun", "Audrey", "Clifford", "Hélène", "Roderick", "Mélissa"]
LAST = ["Beardy", "Okimaw", "Tremblay", "Sinclair", "Whitehead", "Bouchard", "McKay", "Lavallée", "Desjarlais", "Morin",
        "Kowalczyk", "Thunderchild", "Gagnon", "Fontaine", "Ahenakew", "Pelletier", "Redsky", "Chartrand", "Nadeau", "Gill",
        "Lachance", "Sutherland", "Cardinal", "Ouellet", "Mahmoud", "Simard", "Linklater", "Bélanger"]
