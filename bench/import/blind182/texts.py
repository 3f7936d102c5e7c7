"""Prose, organizations, positions and invented names for blind182 (all invented)."""

ORGS = [
    # en, fr, short, location en, location fr
    ("Canadian Transportation Tribunal Secretariat", "Secrétariat du Tribunal canadien des transports", "CTTS", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Social Benefits Appeal Tribunal", "Tribunal d'appel des prestations sociales", "SBAT", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Canadian Heritage Rights Board", "Commission canadienne des droits patrimoniaux", "CHRB", "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Office of the Commissioner for Federal Ombudsperson Services", "Commissariat aux services fédéraux d'ombudsman", "OCFOS", "Gatineau, Quebec", "Gatineau (Québec)"),
    ("Atlantic Fisheries Licensing Agency", "Agence des permis de pêche de l'Atlantique", "AFLA", "Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Northern Infrastructure Review Board", "Office d'examen des infrastructures du Nord", "NIRB", "Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)"),
    ("Department of Coastal and Inland Waters", "Ministère des Eaux côtières et intérieures", "DCIW", "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Federal Labour Arbitration Commission", "Commission fédérale d'arbitrage du travail", "FLAC", "Montréal, Quebec", "Montréal (Québec)"),
    ("Canadian Agency for Space Applications", "Agence canadienne des applications spatiales", "CASA", "Longueuil, Quebec", "Longueuil (Québec)"),
    ("Department of Veterans Services", "Ministère des Services aux anciens combattants", "DVS", "Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
]

AREAS = [
    ("Case Management", "Gestion des cas"), ("Registry Operations", "Opérations du greffe"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Financial Management", "Gestion financière"),
    ("Information Management and Technology", "Gestion de l'information et technologie"),
    ("Communications and Parliamentary Affairs", "Communications et affaires parlementaires"),
    ("Policy and Research", "Politiques et recherche"),
    ("Dispute Resolution Services", "Services de règlement des différends"),
    ("Human Resources", "Ressources humaines"), ("Audit and Evaluation", "Audit et évaluation"),
    ("Security and Facilities", "Sécurité et installations"), ("Regulatory Affairs", "Affaires réglementaires"),
    ("Stakeholder Engagement", "Mobilisation des intervenants"), ("Investigations", "Enquêtes"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Strategic Policy", "Politique stratégique"), ("Data and Analytics", "Données et analytique"),
    ("Procurement and Contracting", "Approvisionnement et marchés"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Licensing Operations", "Opérations de délivrance des permis"),
    ("Tribunal Operations", "Opérations du tribunal"), ("Member Services", "Services aux commissaires"),
]

ROLE = {  # level -> (en, fr)
    "EX-01": ("Director, {a}", "Directeur, {a}"),
    "EX-02": ("Executive Director, {a}", "Directeur exécutif, {a}"),
    "EX-03": ("Director General, {a}", "Directeur général, {a}"),
    "EX-04": ("Vice-President, {a}", "Vice-président, {a}"),
    "EX-05": ("Senior Vice-President, {a}", "Premier vice-président, {a}"),
}

REPORT_ROLES = [  # en, fr, groups
    ("Manager, {a}", "Gestionnaire, {a}", ["AS-07", "PM-06", "EC-07", "CS-04", "FI-03", "PE-05", "CO-03"]),
    ("Senior Advisor, {a}", "Conseiller principal, {a}", ["EC-07", "PM-06", "AS-06"]),
    ("Team Leader, {a}", "Chef d'équipe, {a}", ["PM-05", "EC-06", "CS-03"]),
    ("Senior Counsel", "Avocat principal", ["LC-03"]),
    ("Counsel", "Avocate-conseil", ["LC-02"]),
    ("Executive Assistant", "Adjointe exécutive", ["AS-02", "AS-03"]),
]

SUB_AREAS = [("Intake", "Accueil"), ("Scheduling", "Mise au rôle"), ("Client Services", "Services aux clients"),
             ("Planning", "Planification"), ("Quality Assurance", "Assurance de la qualité"),
             ("Systems", "Systèmes"), ("Analysis", "Analyse"), ("Outreach", "Sensibilisation"),
             ("Records", "Documents"), ("Operations Support", "Soutien aux opérations"),
             ("Decisions Publication", "Publication des décisions"), ("Budgets", "Budgets")]

GIVEN = ["Marlowe", "Adaeze", "Thierry", "Solenne", "Kwabena", "Ingrid", "Rosalind", "Yannick", "Priyanka",
         "Colm", "Nadège", "Ezekiel", "Wrenna", "Basile", "Ottoline", "Darius", "Linnea", "Mireille",
         "Torvald", "Amaury", "Keziah", "Florent", "Jessamy", "Hamish", "Océane", "Ravindra", "Brielle",
         "Gaspard", "Temperance", "Idris", "Maëlys", "Cormac", "Sunniva", "Perrine", "Elowen", "Fintan"]
FAMILY = ["Quillfeather", "Bergeronnette", "Okonkwo-Hale", "Vasquez-Lindqvist", "Marcheterre", "Pelletreau",
          "Ashdown", "Tremblay-Nakamura", "Ferncliff", "Duvernoy", "Oyelaran", "Lachapelle-Frost", "Brightwater",
          "Castonguette", "Morrisette-Kaur", "Halvorsen", "Beaudrillard", "Gallacher", "Whitlock-Amadi",
          "Desrivières", "Kovalenko-Roy", "Aucoinette", "Strathmore", "Poirier-Danso", "Thibodelle",
          "Nakashima-Bell", "Ravenhurst", "Lemieuxville", "Sarrazine", "Fairbrook"]

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of the {a} function of the {org}, "
         "ensuring that services are timely, fair and consistent with the enabling legislation, the policies "
         "of the Treasury Board and the priorities set by the head of the organization.")
GA_FR = ("Le {t} est responsable de la direction, de la planification et de la prestation de la fonction "
         "{a} de l'organisation ({org}), en veillant à ce que les services soient rapides, équitables et "
         "conformes à la loi habilitante, aux politiques du Conseil du Trésor et aux priorités de l'administrateur général.")
NS_EN = ("The {org} is a small organization with a national mandate. Its senior management team is small, "
         "and each executive carries responsibilities that would be spread across several positions in a large "
         "department. The incumbent works closely with members, the registry and central agencies, and must "
         "reconcile the independence of decision-makers with the accountability of the deputy head for resources.")
NS_FR = ("L'organisation ({org}) est un petit organisme doté d'un mandat national. Son équipe de direction est "
         "restreinte et chaque cadre assume des responsabilités qui seraient réparties entre plusieurs postes "
         "dans un grand ministère. Le titulaire concilie l'indépendance des décideurs et la responsabilisation "
         "de l'administrateur général à l'égard des ressources.")
SA_EN = ["Provides strategic leadership and direction to the {a} function and its managers.",
         "Advises the head of the organization and senior management on emerging issues, risks and options.",
         "Develops and implements operational plans, performance measures and service standards.",
         "Manages the human and financial resources assigned, in accordance with delegated authorities.",
         "Represents the organization with central agencies, portfolio partners and stakeholders.",
         "Leads change management and continuous improvement initiatives within the directorate."]
SA_FR = ["Assure le leadership stratégique et l'orientation de la fonction {a} et de ses gestionnaires.",
         "Conseille l'administrateur général et la haute direction sur les enjeux, les risques et les options.",
         "Élabore et met en œuvre les plans opérationnels, les mesures du rendement et les normes de service.",
         "Gère les ressources humaines et financières, conformément aux pouvoirs délégués.",
         "Représente l'organisation auprès des organismes centraux, des partenaires du portefeuille et des intervenants.",
         "Dirige les initiatives de gestion du changement et d'amélioration continue."]
