"""Prose, departments, areas and invented names for blind201 (legacy-era descriptions)."""

GIVEN = ["Marguerite", "Dalton", "Yvette", "Norbert", "Rosalind", "Gaétan", "Philippa", "Leland",
         "Odile", "Barnaby", "Hortense", "Cyrille", "Winifred", "Thaddeus", "Ghislaine", "Alastair",
         "Perpétue", "Desmond", "Clothilde", "Everett", "Solange", "Ambrose", "Lucienne", "Horace"]
FAMILY = ["Quenneville", "Abernathy-Strand", "Pelletreau", "Oglivray", "Thibodeaux-Marsh", "Vanderkloot",
          "Brisebois-Nadon", "Fairweather", "Lacoursière", "Mulcahey", "Desjarlais-Orr", "Haverstock",
          "Bellefleur", "Kinnersley", "Ouimette", "Prendergrass", "Saint-Aubert", "Wexborough",
          "Labrecque-Hume", "Tremblett", "Corriveau-Lunn", "Ashdown", "Gervaise", "Muldrew"]

# (acronym, English name, French name, city, province, French province)
DEPTS = [
    ("HRDC", "Human Resources Development Canada", "Développement des ressources humaines Canada",
     "Hull", "Quebec", "Québec"),
    ("CIC", "Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada",
     "Ottawa", "Ontario", "Ontario"),
    ("PWGSC", "Public Works and Government Services Canada",
     "Travaux publics et Services gouvernementaux Canada", "Gatineau", "Quebec", "Québec"),
    ("INAC", "Indian and Northern Affairs Canada", "Affaires indiennes et du Nord Canada",
     "Winnipeg", "Manitoba", "Manitoba"),
    ("RC", "Revenue Canada", "Revenu Canada", "Ottawa", "Ontario", "Ontario"),
    ("DFO", "Fisheries and Oceans Canada", "Pêches et Océans Canada", "Moncton", "New Brunswick",
     "Nouveau-Brunswick"),
]

# per department: branch (en, fr), then six areas (en, fr)
AREAS = {
    "HRDC": (("Income Security Programs", "Programmes de la sécurité du revenu"),
             [("Pension Benefit Processing", "Traitement des prestations de pension"),
              ("Employment Insurance Appeals", "Appels de l'assurance-emploi"),
              ("Client Service Standards", "Normes de service à la clientèle"),
              ("Program Integrity and Overpayments", "Intégrité des programmes et trop-payés"),
              ("Regional Call Centres", "Centres d'appels régionaux"),
              ("Disability Benefits Adjudication", "Décisions sur les prestations d'invalidité")]),
    "CIC": (("Case Management", "Gestion des cas"),
            [("Refugee Resettlement", "Réinstallation des réfugiés"),
             ("Removals Coordination", "Coordination des renvois"),
             ("Humanitarian Cases", "Cas d'ordre humanitaire"),
             ("Citizenship Registrar Services", "Services du registraire de la citoyenneté"),
             ("Port of Entry Liaison", "Liaison aux points d'entrée"),
             ("Family Sponsorship Review", "Examen du parrainage familial")]),
    "PWGSC": (("Real Property Services", "Services immobiliers"),
              [("Crown Building Maintenance", "Entretien des immeubles de l'État"),
               ("Lease Administration", "Administration des baux"),
               ("Heritage Properties", "Biens patrimoniaux"),
               ("Fit-up and Accommodation Projects", "Projets d'aménagement des locaux"),
               ("Environmental Remediation", "Assainissement de l'environnement"),
               ("Parliamentary Precinct Engineering", "Génie de la Cité parlementaire")]),
    "INAC": (("Lands and Trust Services", "Terres et fiducies"),
             [("Reserve Land Registry", "Registre des terres de réserve"),
              ("Estates Administration", "Administration des successions"),
              ("Band Moneys Management", "Gestion de l'argent des bandes"),
              ("Additions to Reserve", "Ajouts aux réserves"),
              ("Membership and Registration", "Appartenance et inscription"),
              ("Northern Mineral Tenure", "Titres miniers du Nord")]),
    "RC": (("Verification and Enforcement", "Vérification et exécution"),
           [("Large File Audit", "Vérification des grandes entreprises"),
            ("Excise Duties Compliance", "Observation des droits d'accise"),
            ("Special Investigations", "Enquêtes spéciales"),
            ("Collections Operations", "Opérations de recouvrement"),
            ("Tax Shelter Review", "Examen des abris fiscaux"),
            ("Customs Trade Verification", "Vérification du commerce douanier")]),
    "DFO": (("Fisheries Management", "Gestion des pêches"),
            [("Groundfish Quota Allocation", "Allocation des quotas de poisson de fond"),
             ("Aquaculture Licensing", "Délivrance des permis d'aquaculture"),
             ("Small Craft Harbours", "Ports pour petits bateaux"),
             ("Conservation and Protection", "Conservation et protection"),
             ("Habitat Management", "Gestion de l'habitat"),
             ("Atlantic Salmon Recovery", "Rétablissement du saumon atlantique")]),
}

GA_EN = ("The {t} is accountable for the planning, direction and delivery of the {a} program on a "
         "national basis, for the development of operational policies and procedures, and for the "
         "provision of expert advice to senior management of the Department.")
GA_FR = ("Le titulaire du poste de {t} est responsable de la planification, de la direction et de la "
         "prestation du programme {a} à l'échelle nationale, de l'élaboration des politiques et "
         "procédures opérationnelles et de la prestation de conseils spécialisés à la haute direction.")
NS_EN = ("The position operates in an environment of constrained resources following Program Review. "
         "Major challenges include the introduction of new information systems, the renewal of an "
         "ageing workforce and the need to maintain service standards while workloads increase. "
         "The incumbent negotiates with central agencies, provinces and client groups and represents "
         "the Department at interdepartmental committees.")
NS_FR = ("Le poste s'inscrit dans un contexte de ressources restreintes à la suite de l'Examen des "
         "programmes. Les principaux défis comprennent la mise en place de nouveaux systèmes "
         "d'information, le renouvellement d'un effectif vieillissant et le maintien des normes de "
         "service malgré l'augmentation de la charge de travail.")
SA_EN = ["Directs the planning, delivery and evaluation of the {a} program and services.",
         "Develops operational policies, standards and procedures and ensures their consistent application.",
         "Manages the human and financial resources of the organization, including the person-year allocation.",
         "Provides authoritative advice to the Director General and senior management on {a} matters.",
         "Represents the Department in negotiations with central agencies, other departments and stakeholders."]
SA_FR = ["Dirige la planification, la prestation et l'évaluation du programme {a}.",
         "Élabore les politiques, normes et procédures opérationnelles et en assure l'application uniforme.",
         "Gère les ressources humaines et financières de l'organisation, y compris les années-personnes.",
         "Fournit des conseils faisant autorité au directeur général et à la haute direction.",
         "Représente le Ministère auprès des organismes centraux, des autres ministères et des intervenants."]

REPORT_EN = ["Manager, Operations", "Manager, Policy and Procedures", "Chief, Systems Support",
             "Manager, Planning and Resources", "Chief, Quality Assurance", "Manager, Regional Liaison"]
REPORT_FR = ["Gestionnaire, Opérations", "Gestionnaire, Politiques et procédures", "Chef, Soutien des systèmes",
             "Gestionnaire, Planification et ressources", "Chef, Assurance de la qualité",
             "Gestionnaire, Liaison régionale"]
REPORT_GROUPS = ["PM", "AS", "CS", "FI", "EC", "CO", "PG", "EN-ENG"]
