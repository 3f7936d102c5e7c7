"""Data for blind103: a regional executive-services folder of ESDC / Service Canada (Atlantic,
Quebec, Ontario, Western Canada and Territories), EX work descriptions collected 2005-2025.

Positions, people, prose and label forms. Everything here is invented (positions, numbers,
people); the departments, regions and programs are real. Read by make_blind.py."""
from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Department names by period (English, French)
# --------------------------------------------------------------------------------------------

def department(year: int) -> tuple[str, str]:
    if year < 2006:
        return ("Human Resources and Skills Development Canada",
                "Ressources humaines et Développement des compétences Canada")
    if year < 2008:
        return ("Human Resources and Social Development Canada",
                "Ressources humaines et Développement social Canada")
    if year < 2013:
        return ("Human Resources and Skills Development Canada",
                "Ressources humaines et Développement des compétences Canada")
    return ("Employment and Social Development Canada", "Emploi et Développement social Canada")


def dept_short(year: int, fr: bool) -> str:
    if year < 2006:
        return "RHDCC" if fr else "HRSDC"
    if year < 2008:
        return "RHDSC" if fr else "HRSDC"
    if year < 2013:
        return "RHDCC" if fr else "HRSDC"
    return "EDSC" if fr else "ESDC"


REGIONS = {
    "ATL": ("Atlantic Region", "Région de l'Atlantique"),
    "QC": ("Quebec Region", "Région du Québec"),
    "ON": ("Ontario Region", "Région de l'Ontario"),
    "WT": ("Western Canada and Territories Region", "Région de l'Ouest canadien et des Territoires"),
}

# Regional hierarchy: the ADM and the DGs (position number, English, French, classification)
ADM = {
    "ATL": ("31004", "Assistant Deputy Minister, Atlantic Region", "Sous-ministre adjoint, Région de l'Atlantique", "EX-04"),
    "QC": ("42007", "Assistant Deputy Minister, Quebec Region", "Sous-ministre adjoint, Région du Québec", "EX-04"),
    "ON": ("53002", "Assistant Deputy Minister, Ontario Region", "Sous-ministre adjoint, Région de l'Ontario", "EX-04"),
    "WT": ("64011", "Assistant Deputy Minister, Western Canada and Territories Region",
           "Sous-ministre adjoint, Région de l'Ouest canadien et des Territoires", "EX-04"),
}

DG = {
    "ATL-CS": ("31118", "Director General, Citizen Services, Atlantic Region",
               "Directeur général, Services aux citoyens, Région de l'Atlantique", "EX-03"),
    "ATL-PS": ("31140", "Director General, Program Services, Atlantic Region",
               "Directeur général, Services des programmes, Région de l'Atlantique", "EX-03"),
    "ATL-PP": ("31162", "Director General, Processing and Payment Services, Atlantic Region",
               "Directeur général, Services de traitement et de paiement, Région de l'Atlantique", "EX-03"),
    "QC-CS": ("42115", "Director General, Citizen Services, Quebec Region",
              "Directeur général, Services aux citoyens, Région du Québec", "EX-03"),
    "QC-PP": ("42139", "Director General, Processing and Payment Services, Quebec Region",
              "Directrice générale, Services de traitement et de paiement, Région du Québec", "EX-03"),
    "QC-IS": ("42158", "Director General, Integrity Services, Quebec Region",
              "Directeur général, Services d'intégrité, Région du Québec", "EX-03"),
    "ON-CS": ("53121", "Director General, Citizen Services, Ontario Region",
              "Directrice générale, Services aux citoyens, Région de l'Ontario", "EX-03"),
    "ON-IS": ("53144", "Director General, Integrity Services, Ontario Region",
              "Directeur général, Services d'intégrité, Région de l'Ontario", "EX-03"),
    "ON-PP": ("53166", "Director General, Processing and Payment Services, Ontario Region",
              "Directeur général, Services de traitement et de paiement, Région de l'Ontario", "EX-03"),
    "WT-CS": ("64120", "Director General, Citizen Services, Western Canada and Territories",
              "Directeur général, Services aux citoyens, Ouest canadien et Territoires", "EX-03"),
    "WT-PS": ("64147", "Director General, Program Services, Western Canada and Territories",
              "Directeur général, Services des programmes, Ouest canadien et Territoires", "EX-03"),
}

# --------------------------------------------------------------------------------------------
# Direct-report pools by family: (English, French, classification)
# --------------------------------------------------------------------------------------------

DR_POOL = {
    "sc": [("Manager, Service Canada Centres, {area}", "Gestionnaire, Centres Service Canada, {area}", "PM-06"),
           ("Manager, Outreach and Scheduled Outreach Sites", "Gestionnaire, Services de proximité", "PM-05"),
           ("Manager, Client Service Operations", "Gestionnaire, Opérations du service aux clients", "PM-06"),
           ("Manager, Passport Services", "Gestionnaire, Services de passeport", "PM-05"),
           ("Business Expertise Advisor", "Conseiller, Expertise opérationnelle", "PM-04"),
           ("Executive Assistant", "Adjointe exécutive", "AS-02")],
    "proc": [("Manager, Employment Insurance Processing", "Gestionnaire, Traitement de l'assurance-emploi", "PM-06"),
             ("Manager, Pensions Processing (CPP/OAS)", "Gestionnaire, Traitement des pensions (RPC/SV)", "PM-06"),
             ("Manager, Workload Management and Planning", "Gestionnaire, Gestion de la charge de travail et planification", "AS-07"),
             ("Manager, Quality and Business Expertise", "Gestionnaire, Qualité et expertise opérationnelle", "PM-05"),
             ("Team Leader, Payment Accuracy", "Chef d'équipe, Exactitude des paiements", "PM-04"),
             ("Administrative Assistant", "Adjointe administrative", "CR-05")],
    "integ": [("Manager, Investigations and Control", "Gestionnaire, Enquêtes et contrôle", "PM-06"),
              ("Manager, Risk and Quality Management", "Gestionnaire, Gestion du risque et de la qualité", "PM-06"),
              ("Manager, Social Insurance Number Integrity", "Gestionnaire, Intégrité du numéro d'assurance sociale", "PM-05"),
              ("Manager, Integrity Operations Support", "Gestionnaire, Soutien aux opérations d'intégrité", "AS-07"),
              ("Senior Analyst, Integrity Intelligence", "Analyste principal, Renseignement en matière d'intégrité", "EC-05")],
    "prog": [("Manager, Grants and Contributions Delivery", "Gestionnaire, Prestation des subventions et contributions", "PM-06"),
             ("Manager, Youth Employment and Skills Programs", "Gestionnaire, Programmes d'emploi et de compétences pour les jeunes", "PM-06"),
             ("Manager, Community Programs and Partnerships", "Gestionnaire, Programmes communautaires et partenariats", "PM-05"),
             ("Manager, Program Integrity and Monitoring", "Gestionnaire, Intégrité et surveillance des programmes", "PM-05"),
             ("Senior Policy Analyst", "Analyste principale des politiques", "EC-06")],
    "labour": [("Manager, Labour Program Operations", "Gestionnaire, Opérations du Programme du travail", "PM-06"),
               ("Manager, Occupational Health and Safety", "Gestionnaire, Santé et sécurité au travail", "TI-07"),
               ("Manager, Labour Standards and Workplace Equity", "Gestionnaire, Normes du travail et équité en milieu de travail", "PM-05"),
               ("Senior Labour Affairs Officer", "Agent principal des affaires du travail", "PM-05")],
    "call": [("Manager, Specialized Call Centre Operations", "Gestionnaire, Opérations du centre d'appels spécialisé", "PM-05"),
             ("Manager, Workforce Management and Telephony", "Gestionnaire, Gestion de l'effectif et téléphonie", "AS-06"),
             ("Manager, Quality Assurance and Training", "Gestionnaire, Assurance de la qualité et formation", "PM-05"),
             ("Team Leader, Escalations", "Chef d'équipe, Dossiers transmis", "PM-03")],
    "dg": [("Director, Service Delivery, {area}", "Directeur, Prestation des services, {area}", "EX-01"),
           ("Director, Service Delivery, {area2}", "Directrice, Prestation des services, {area2}", "EX-01"),
           ("Director, Business Expertise and Operations Support", "Directeur, Expertise opérationnelle et soutien aux opérations", "EX-01"),
           ("Director, Regional Planning and Reporting", "Directrice, Planification et rapports régionaux", "EX-01"),
           ("Senior Advisor to the Director General", "Conseiller principal du directeur général", "PM-06")],
    "ce": [("Director, Corporate Services and Planning", "Directeur, Services ministériels et planification", "EX-01"),
           ("Director, Regional Communications", "Directrice, Communications régionales", "EX-01"),
           ("Manager, Executive Correspondence and Issues Management", "Gestionnaire, Correspondance de la haute direction et gestion des enjeux", "PM-06"),
           ("Senior Advisor, Executive Services", "Conseillère principale, Services aux cadres", "PE-05")],
}

# --------------------------------------------------------------------------------------------
# Positions: key, region, family, English title, French title, classification, location (en, fr),
# area words for direct reports, supervisor (a DG key, "ADM" or None for a sentence only)
# --------------------------------------------------------------------------------------------

POSITIONS = [
    # Atlantic
    ("atl-sd-nb", "ATL", "sc", "Director, Service Delivery, New Brunswick", "Directeur, Prestation des services, Nouveau-Brunswick",
     "EX-01", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Southeast NB", "Sud-Est N.-B."), "ATL-CS"),
    ("atl-sd-ns", "ATL", "sc", "Director, Service Delivery, Nova Scotia", "Directrice, Prestation des services, Nouvelle-Écosse",
     "EX-01", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Halifax Metro", "Halifax"), "ATL-CS"),
    ("atl-sd-nl", "ATL", "sc", "Director, Service Delivery, Newfoundland and Labrador",
     "Directeur, Prestation des services, Terre-Neuve-et-Labrador",
     "EX-01", ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"), ("Avalon", "Avalon"), "ATL-CS"),
    ("atl-dgcs", "ATL", "dg", "Director General, Citizen Services, Atlantic Region",
     "Directeur général, Services aux citoyens, Région de l'Atlantique",
     "EX-03", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Nova Scotia", "Nouvelle-Écosse"), "ADM"),
    ("atl-bathurst", "ATL", "proc", "Director, Processing Centre, Bathurst", "Directeur, Centre de traitement, Bathurst",
     "EX-01", ("Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)"), ("", ""), "ATL-PP"),
    ("atl-integ", "ATL", "integ", "Director, Integrity Services, Atlantic Region",
     "Directrice, Services d'intégrité, Région de l'Atlantique",
     "EX-01", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("", ""), None),
    ("atl-prog", "ATL", "prog", "Director, Program Delivery, Atlantic Region",
     "Directeur, Exécution des programmes, Région de l'Atlantique",
     "EX-01", ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("", ""), "ATL-PS"),
    ("atl-pei", "ATL", "sc", "Director, Service Delivery, Prince Edward Island",
     "Directrice, Prestation des services, Île-du-Prince-Édouard",
     "EX-01", ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"), ("Queens County", "comté de Queens"), "ATL-CS"),
    ("atl-labour", "ATL", "labour", "Director, Labour Program Operations, Atlantic",
     "Directeur, Opérations du Programme du travail, Atlantique",
     "EX-01", ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("", ""), "ATL-PS"),
    # Quebec
    ("qc-ctp-mtl", "QC", "proc", "Director, Benefits Processing Centre, Montréal",
     "Directeur, Centre de traitement des prestations, Montréal",
     "EX-01", ("Montréal, Quebec", "Montréal (Québec)"), ("", ""), "QC-PP"),
    ("qc-sc-mtl", "QC", "sc", "Director, Citizen Services, Montréal-Laurentides",
     "Directrice, Services aux citoyens, Montréal-Laurentides",
     "EX-01", ("Montréal, Quebec", "Montréal (Québec)"), ("Laurentides", "Laurentides"), "QC-CS"),
    ("qc-dgps", "QC", "dg", "Director General, Program Services, Quebec Region",
     "Directeur général, Services des programmes, Région du Québec",
     "EX-03", ("Montréal, Quebec", "Montréal (Québec)"), ("Eastern Quebec", "Est-du-Québec"), "ADM"),
    ("qc-integ", "QC", "integ", "Director, Integrity Operations, Quebec Region",
     "Directeur, Opérations d'intégrité, Région du Québec",
     "EX-01", ("Québec, Quebec", "Québec (Québec)"), ("", ""), "QC-IS"),
    ("qc-call", "QC", "call", "Director, Employment Insurance Call Centre, Quebec",
     "Directrice, Centre d'appels de l'assurance-emploi, Québec",
     "EX-01", ("Shawinigan, Quebec", "Shawinigan (Québec)"), ("", ""), "QC-PP"),
    ("qc-sherb", "QC", "sc", "Director, Service Delivery, Estrie and Montérégie",
     "Directeur, Prestation des services, Estrie et Montérégie",
     "EX-01", ("Sherbrooke, Quebec", "Sherbrooke (Québec)"), ("Estrie", "Estrie"), "QC-CS"),
    ("qc-labour", "QC", "labour", "Director, Labour Program, Quebec Region",
     "Directrice, Programme du travail, Région du Québec",
     "EX-01", ("Montréal, Quebec", "Montréal (Québec)"), ("", ""), None),
    ("qc-ed-pp", "QC", "proc", "Executive Director, Pensions Processing, Quebec Region",
     "Directeur exécutif, Traitement des pensions, Région du Québec",
     "EX-02", ("Québec, Quebec", "Québec (Québec)"), ("", ""), "QC-PP"),
    ("qc-gatineau", "QC", "sc", "Director, Service Delivery, Outaouais and Abitibi-Témiscamingue",
     "Directeur, Prestation des services, Outaouais et Abitibi-Témiscamingue",
     "EX-01", ("Gatineau, Quebec", "Gatineau (Québec)"), ("Outaouais", "Outaouais"), "QC-CS"),
    # Ontario
    ("on-pension", "ON", "proc", "Director, Pension Processing, Ontario Region",
     "Directeur, Traitement des pensions, Région de l'Ontario",
     "EX-01", ("Scarborough, Ontario", "Scarborough (Ontario)"), ("", ""), "ON-PP"),
    ("on-gta", "ON", "sc", "Director, Service Canada Centres, Greater Toronto Area",
     "Directeur, Centres Service Canada, région du Grand Toronto",
     "EX-01", ("Toronto, Ontario", "Toronto (Ontario)"), ("Toronto West", "Toronto-Ouest"), "ON-CS"),
    ("on-passport", "ON", "sc", "Director, Passport Services, Ontario Region",
     "Directrice, Services de passeport, Région de l'Ontario",
     "EX-01", ("Toronto, Ontario", "Toronto (Ontario)"), ("Toronto Central", "Toronto-Centre"), "ON-CS"),
    ("on-dgis", "ON", "dg", "Director General, Integrity Services, Ontario Region",
     "Directeur général, Services d'intégrité, Région de l'Ontario",
     "EX-03", ("Toronto, Ontario", "Toronto (Ontario)"), ("Northern Ontario", "Nord de l'Ontario"), "ADM"),
    ("on-sudbury", "ON", "sc", "Director, Service Delivery, Northern Ontario",
     "Directeur, Prestation des services, Nord de l'Ontario",
     "EX-01", ("Sudbury, Ontario", "Sudbury (Ontario)"), ("Sudbury-Timmins", "Sudbury-Timmins"), "ON-CS"),
    ("on-east", "ON", "sc", "Director, Service Delivery, Eastern Ontario",
     "Directrice, Prestation des services, Est de l'Ontario",
     "EX-01", ("Ottawa, Ontario", "Ottawa (Ontario)"), ("Ottawa", "Ottawa"), "ON-CS"),
    ("on-integ", "ON", "integ", "Director, Investigations and Control, Ontario Region",
     "Directeur, Enquêtes et contrôle, Région de l'Ontario",
     "EX-01", ("Hamilton, Ontario", "Hamilton (Ontario)"), ("", ""), "ON-IS"),
    ("on-prog", "ON", "prog", "Director, Skills and Employment Programs, Ontario Region",
     "Directrice, Programmes de compétences et d'emploi, Région de l'Ontario",
     "EX-01", ("Toronto, Ontario", "Toronto (Ontario)"), ("", ""), None),
    ("on-ce", "ON", "ce", "Executive Director, Corporate and Executive Services, Ontario Region",
     "Directeur exécutif, Services ministériels et services aux cadres, Région de l'Ontario",
     "EX-02", ("Toronto, Ontario", "Toronto (Ontario)"), ("", ""), "ADM"),
    ("on-call", "ON", "call", "Director, Specialized Call Centre, Sudbury",
     "Directeur, Centre d'appels spécialisé, Sudbury",
     "EX-01", ("Sudbury, Ontario", "Sudbury (Ontario)"), ("", ""), "ON-PP"),
    # Western Canada and Territories
    ("wt-edops", "WT", "dg", "Executive Director, Operations, British Columbia and Yukon",
     "Directeur exécutif, Opérations, Colombie-Britannique et Yukon",
     "EX-02", ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Vancouver Island", "île de Vancouver"), "WT-CS"),
    ("wt-bizexp", "WT", "proc", "Director, Business Expertise, Western Canada and Territories",
     "Directeur, Expertise opérationnelle, Ouest canadien et Territoires",
     "EX-01", ("Edmonton, Alberta", "Edmonton (Alberta)"), ("", ""), "WT-CS"),
    ("wt-north", "WT", "sc", "Director, Northern Service Delivery",
     "Directrice, Prestation des services dans le Nord",
     "EX-01", ("Whitehorse, Yukon", "Whitehorse (Yukon)"), ("Yukon", "Yukon"), "WT-CS"),
    ("wt-mb", "WT", "sc", "Director, Service Delivery, Manitoba",
     "Directeur, Prestation des services, Manitoba",
     "EX-01", ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Winnipeg", "Winnipeg"), "WT-CS"),
    ("wt-sk", "WT", "sc", "Director, Service Delivery, Saskatchewan",
     "Directrice, Prestation des services, Saskatchewan",
     "EX-01", ("Regina, Saskatchewan", "Regina (Saskatchewan)"), ("Southern Saskatchewan", "Sud de la Saskatchewan"), "WT-CS"),
    ("wt-prog", "WT", "prog", "Director, Program Delivery, Alberta, Northwest Territories and Nunavut",
     "Directeur, Exécution des programmes, Alberta, Territoires du Nord-Ouest et Nunavut",
     "EX-01", ("Edmonton, Alberta", "Edmonton (Alberta)"), ("", ""), "WT-PS"),
    ("wt-integ", "WT", "integ", "Director, Integrity Services, British Columbia",
     "Directrice, Services d'intégrité, Colombie-Britannique",
     "EX-01", ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("", ""), None),
    ("wt-call", "WT", "call", "Director, Canada Pension Plan Call Centre, Western Canada",
     "Directeur, Centre d'appels du Régime de pensions du Canada, Ouest canadien",
     "EX-01", ("Victoria, British Columbia", "Victoria (Colombie-Britannique)"), ("", ""), "WT-CS"),
]

# --------------------------------------------------------------------------------------------
# People (invented)
# --------------------------------------------------------------------------------------------

PEOPLE = [
    "Janice MacLellan", "Robert Arsenault", "Marie-Josée Thériault", "Paul Doiron", "Heather Kinsella",
    "Gilles Bouchard", "Nathalie Lévesque", "Sylvain Gagnon", "Chantal Ouellet", "Éric Tremblay",
    "Donna Fitzpatrick", "Kevin O'Reilly", "Priya Raghunathan", "Michael Szabo", "Angela DiMarco",
    "Brent Halvorsen", "Carol Whitecalf", "Darren Kowalchuk", "Linda Nakamura", "Wayne Tetlichi",
    "Suzanne Cormier", "Luc Després", "Geneviève Roy-Cloutier", "François Bélanger", "Kathleen Murphy",
    "Trevor Gillis", "Anne-Marie LeBlanc", "Hélène Dufresne", "Jason Pereira", "Monique Savoie",
    "Daniel Chiasson", "Rachel Abernethy", "Martin Lapointe", "Isabelle Caron", "Gordon McIsaac",
    "Sandra Kwan", "Yves Paquette", "Louise Richard", "Tanya Bellegarde", "Colin Fraser",
    "Josée Marcoux", "Patrick Gallant", "Ruth Ann Sheppard", "Normand Pelletier", "Amandeep Gill",
]

# --------------------------------------------------------------------------------------------
# Prose by family: general accountability, nature and scope, specific accountabilities,
# client service results. {title} {region} {dept} {area} are filled in.
# --------------------------------------------------------------------------------------------

GA = {
    "sc": ("The {title} is accountable for the planning, delivery and continuous improvement of in-person "
           "and outreach services to Canadians through the Service Canada Centres of {area}, for the "
           "effective management of the human and financial resources of the network, and for the "
           "achievement of national service standards for Employment Insurance, the Canada Pension Plan, "
           "Old Age Security, the Social Insurance Number and passport services.",
           "Le {title} est responsable de la planification, de la prestation et de l'amélioration continue "
           "des services en personne et des services de proximité offerts aux Canadiens par les Centres "
           "Service Canada de {area}, de la gestion efficace des ressources humaines et financières du réseau "
           "et de l'atteinte des normes nationales de service pour l'assurance-emploi, le Régime de pensions "
           "du Canada, la Sécurité de la vieillesse, le numéro d'assurance sociale et les passeports."),
    "proc": ("The {title} is accountable for the timely, accurate and consistent processing of benefit "
             "claims and payments assigned to the centre, for the management of national and regional "
             "workloads in a high-volume production environment, and for the quality, integrity and "
             "continuous improvement of processing operations.",
             "Le {title} est responsable du traitement rapide, exact et uniforme des demandes de prestations "
             "et des paiements confiés au centre, de la gestion des charges de travail nationales et "
             "régionales dans un milieu de production à volume élevé, ainsi que de la qualité, de l'intégrité "
             "et de l'amélioration continue des opérations de traitement."),
    "integ": ("The {title} is accountable for the regional delivery of integrity services that protect the "
              "Employment Insurance account, the Canada Pension Plan and Old Age Security programs and the "
              "Social Insurance Register, including investigations, risk-based reviews, identity management "
              "and the recovery of overpayments.",
              "Le {title} est responsable de la prestation régionale des services d'intégrité qui protègent "
              "le compte d'assurance-emploi, le Régime de pensions du Canada, la Sécurité de la vieillesse et "
              "le Registre d'assurance sociale, y compris les enquêtes, les examens fondés sur le risque, la "
              "gestion de l'identité et le recouvrement des trop-payés."),
    "prog": ("The {title} is accountable for the regional delivery of grants and contributions programs "
             "in skills, employment, youth and community development, for the assessment, negotiation and "
             "monitoring of agreements with recipient organizations, and for sound stewardship of public "
             "funds in accordance with the Policy on Transfer Payments.",
             "Le {title} est responsable de l'exécution régionale des programmes de subventions et de "
             "contributions en matière de compétences, d'emploi, de jeunesse et de développement communautaire, "
             "de l'évaluation, de la négociation et de la surveillance des ententes avec les organismes "
             "bénéficiaires, et de la saine gestion des fonds publics conformément à la Politique sur les "
             "paiements de transfert."),
    "labour": ("The {title} is accountable for the regional delivery of the Labour Program, including the "
               "administration of Part II (Occupational Health and Safety) and Part III (Labour Standards) "
               "of the Canada Labour Code, the Employment Equity Act and the Federal Contractors Program in "
               "federally regulated workplaces.",
               "Le {title} est responsable de l'exécution régionale du Programme du travail, y compris "
               "l'application des parties II (santé et sécurité au travail) et III (normes du travail) du "
               "Code canadien du travail, de la Loi sur l'équité en matière d'emploi et du Programme de "
               "contrats fédéraux dans les milieux de travail sous réglementation fédérale."),
    "call": ("The {title} is accountable for the management of a specialized call centre that answers "
             "Canadians' enquiries and resolves their files by telephone, for the achievement of service "
             "level and accessibility targets, and for the deployment of staff, telephony and workload "
             "management tools in a national network of call centres.",
             "Le {title} est responsable de la gestion d'un centre d'appels spécialisé qui répond aux "
             "demandes de renseignements des Canadiens et règle leurs dossiers par téléphone, de l'atteinte "
             "des cibles de niveau de service et d'accessibilité, et du déploiement du personnel, de la "
             "téléphonie et des outils de gestion de la charge de travail au sein d'un réseau national."),
    "dg": ("The {title} is accountable for providing strategic leadership and direction to the delivery of "
           "the department's programs and services in the region, for the integration of regional operations "
           "with national priorities, and for the stewardship of a large and geographically dispersed "
           "workforce and budget.",
           "Le {title} est responsable d'assurer le leadership stratégique et l'orientation de la prestation "
           "des programmes et services du Ministère dans la région, de l'intégration des opérations "
           "régionales aux priorités nationales et de la gestion d'un effectif et d'un budget importants "
           "répartis sur un vaste territoire."),
    "ce": ("The {title} is accountable for the planning, direction and delivery of corporate services in the "
           "region, including executive services, business planning and reporting, communications, "
           "accommodation and security, and for providing strategic advice to the Assistant Deputy Minister "
           "and the regional executive committee.",
           "Le {title} est responsable de la planification, de la direction et de la prestation des services "
           "ministériels dans la région, y compris les services aux cadres, la planification et les rapports, "
           "les communications, les locaux et la sécurité, et de la prestation de conseils stratégiques au "
           "sous-ministre adjoint et au comité exécutif régional."),
}

NS_COMMON = (
    "Service Canada was created in 2005 to provide Canadians with one-stop, easy-to-access personalized "
    "service for a wide range of government programs and services. The {region} delivers those services "
    "through a network of Service Canada Centres, scheduled outreach sites, processing centres and call "
    "centres, in both official languages, to urban, rural and remote communities.",
    "Service Canada a été créé en 2005 afin d'offrir aux Canadiens un guichet unique et des services "
    "personnalisés et faciles d'accès pour un large éventail de programmes et de services du gouvernement. "
    "La {region} offre ces services par un réseau de Centres Service Canada, de points de service mobiles, "
    "de centres de traitement et de centres d'appels, dans les deux langues officielles, aux collectivités "
    "urbaines, rurales et éloignées.",
)

NS_CHALLENGE = (
    "The incumbent works in an environment of high public visibility and sustained workload pressure, where "
    "seasonal peaks, economic downturns and plant closures can double the volume of claims within weeks. "
    "A key challenge is to balance the achievement of service standards with the modernization of service "
    "delivery, the move to electronic services and the transformation of the workforce, while maintaining "
    "strong relationships with unions, provincial partners, Members of Parliament and community organizations.",
    "Le titulaire travaille dans un contexte de grande visibilité publique et de pression constante sur la "
    "charge de travail, où les pointes saisonnières, les ralentissements économiques et les fermetures "
    "d'usines peuvent doubler le volume des demandes en quelques semaines. Un défi important consiste à "
    "concilier l'atteinte des normes de service avec la modernisation de la prestation des services, le "
    "virage vers les services électroniques et la transformation de l'effectif, tout en maintenant des "
    "relations solides avec les syndicats, les partenaires provinciaux, les députés et les organismes "
    "communautaires.",
)

SA = {
    "sc": (["Directs the delivery of in-person services in the Service Canada Centres and outreach sites of the area, ensuring national service standards are met.",
            "Develops and implements the area's annual business plan, service strategies and performance targets, and reports on results.",
            "Manages the human, financial and material resources of the area, including staffing, labour relations and the management of the budget.",
            "Establishes and maintains partnerships with provincial and municipal governments, Indigenous organizations and community groups to improve access to services.",
            "Leads the response to emergencies and service disruptions, including plant closures, natural disasters and mass layoffs.",
            "Provides advice and briefings to the Director General and regional senior management on service delivery issues, risks and opportunities.",
            "Represents the region on national committees and working groups on service delivery modernization."],
           ["Dirige la prestation des services en personne dans les Centres Service Canada et les points de service de la région.",
            "Élabore et met en œuvre le plan d'activités annuel, les stratégies de service et les cibles de rendement, et rend compte des résultats.",
            "Gère les ressources humaines, financières et matérielles, y compris la dotation, les relations de travail et la gestion du budget.",
            "Établit et entretient des partenariats avec les gouvernements provinciaux et municipaux, les organisations autochtones et les groupes communautaires.",
            "Dirige l'intervention lors des situations d'urgence et des interruptions de service, notamment les fermetures d'usines et les mises à pied massives.",
            "Fournit des conseils et des breffages au directeur général et à la haute direction régionale sur les enjeux, les risques et les possibilités.",
            "Représente la région au sein de comités et de groupes de travail nationaux sur la modernisation de la prestation des services."]),
    "proc": (["Directs the processing of Employment Insurance, Canada Pension Plan and Old Age Security claims assigned to the centre in accordance with legislation, policy and service standards.",
              "Plans and manages national and regional workloads, including the distribution of work across sites and the deployment of overtime and surge capacity.",
              "Ensures the accuracy of payments and the quality of decisions through quality management, monitoring and corrective action.",
              "Leads the implementation of automation, electronic processing and other modernization initiatives in the centre.",
              "Manages the human, financial and material resources of the centre and promotes a healthy, respectful and bilingual workplace.",
              "Provides advice to the Director General and national headquarters on operational capacity, risks and business requirements."],
             ["Dirige le traitement des demandes d'assurance-emploi, du Régime de pensions du Canada et de la Sécurité de la vieillesse conformément aux lois, aux politiques et aux normes de service.",
              "Planifie et gère les charges de travail nationales et régionales, y compris la répartition du travail entre les sites et le recours aux heures supplémentaires.",
              "Assure l'exactitude des paiements et la qualité des décisions par la gestion de la qualité, la surveillance et les mesures correctives.",
              "Dirige la mise en œuvre de l'automatisation, du traitement électronique et d'autres initiatives de modernisation au centre.",
              "Gère les ressources humaines, financières et matérielles du centre et favorise un milieu de travail sain, respectueux et bilingue.",
              "Conseille le directeur général et l'administration centrale sur la capacité opérationnelle, les risques et les besoins opérationnels."]),
    "integ": (["Directs the regional delivery of investigations, reviews and control activities for Employment Insurance, CPP and OAS.",
               "Develops and implements the regional integrity plan based on risk, intelligence and national priorities.",
               "Ensures the integrity of the Social Insurance Register and the management of identity and fraud cases.",
               "Oversees the referral of cases for prosecution and liaises with the RCMP, police services and the Public Prosecution Service of Canada.",
               "Manages the human and financial resources of the directorate and reports on integrity results and savings.",
               "Advises senior management on emerging fraud trends, program vulnerabilities and policy changes."],
              ["Dirige la prestation régionale des enquêtes, des examens et des activités de contrôle pour l'assurance-emploi, le RPC et la SV.",
               "Élabore et met en œuvre le plan régional d'intégrité en fonction du risque, du renseignement et des priorités nationales.",
               "Assure l'intégrité du Registre d'assurance sociale et la gestion des dossiers d'identité et de fraude.",
               "Supervise le renvoi des dossiers en vue de poursuites et assure la liaison avec la GRC, les services de police et le Service des poursuites pénales du Canada.",
               "Gère les ressources humaines et financières de la direction et rend compte des résultats et des économies en matière d'intégrité.",
               "Conseille la haute direction sur les nouvelles tendances en matière de fraude, les vulnérabilités des programmes et les changements de politiques."]),
    "prog": (["Directs the regional solicitation, assessment, approval and monitoring of grants and contributions agreements.",
              "Ensures the sound stewardship of transfer payments, including risk assessment, payment verification and recovery of overpayments.",
              "Builds and maintains partnerships with provincial governments, employers, Indigenous organizations and community organizations.",
              "Provides regional intelligence and advice to national headquarters on program design and labour market conditions.",
              "Manages the human and financial resources of the directorate.",
              "Prepares briefing material for the Minister, the Deputy Minister and Members of Parliament on regional projects."],
             ["Dirige l'appel de propositions, l'évaluation, l'approbation et la surveillance des ententes de subventions et de contributions dans la région.",
              "Assure la saine gestion des paiements de transfert, y compris l'évaluation du risque, la vérification des paiements et le recouvrement des trop-payés.",
              "Établit et entretient des partenariats avec les gouvernements provinciaux, les employeurs, les organisations autochtones et les organismes communautaires.",
              "Fournit des renseignements régionaux et des conseils à l'administration centrale sur la conception des programmes et le marché du travail.",
              "Gère les ressources humaines et financières de la direction.",
              "Prépare des documents d'information pour le ministre, le sous-ministre et les députés sur les projets régionaux."]),
    "labour": (["Directs the regional inspection, investigation and compliance activities under Parts II and III of the Canada Labour Code.",
                "Oversees the administration of the Employment Equity Act and the Federal Contractors Program in the region.",
                "Represents the Labour Program with federally regulated employers, unions and provincial labour ministries.",
                "Manages the human and financial resources of the directorate and the training and certification of inspectors.",
                "Advises the Regional Director General and the Labour Program's national headquarters on regional issues and trends."],
               ["Dirige les activités régionales d'inspection, d'enquête et de conformité en vertu des parties II et III du Code canadien du travail.",
                "Supervise l'application de la Loi sur l'équité en matière d'emploi et du Programme de contrats fédéraux dans la région.",
                "Représente le Programme du travail auprès des employeurs sous réglementation fédérale, des syndicats et des ministères provinciaux du travail.",
                "Gère les ressources humaines et financières de la direction ainsi que la formation et la certification des inspecteurs.",
                "Conseille le directeur général régional et l'administration centrale du Programme du travail sur les enjeux et les tendances régionales."]),
    "call": (["Directs the operations of the call centre to meet service level, accessibility and quality targets.",
              "Plans and manages the workforce, schedules and telephony to respond to seasonal and unforeseen peaks in call volumes.",
              "Ensures the quality of information and decisions given to callers through monitoring, coaching and training.",
              "Works with the other centres of the national network to share workload and implement common standards.",
              "Manages the human, financial and material resources of the centre, including labour relations and occupational health and safety."],
             ["Dirige les opérations du centre d'appels afin d'atteindre les cibles de niveau de service, d'accessibilité et de qualité.",
              "Planifie et gère l'effectif, les horaires et la téléphonie afin de répondre aux pointes saisonnières et imprévues du volume d'appels.",
              "Assure la qualité des renseignements et des décisions fournis aux appelants par la surveillance, l'encadrement et la formation.",
              "Collabore avec les autres centres du réseau national pour partager la charge de travail et mettre en œuvre des normes communes.",
              "Gère les ressources humaines, financières et matérielles du centre, y compris les relations de travail et la santé et sécurité au travail."]),
    "dg": (["Provides strategic leadership to the directors of the branch and sets regional priorities in line with departmental plans.",
            "Leads the integration of service delivery, processing and program operations across the region.",
            "Represents the department with provincial deputy ministers, federal regional councils and key stakeholders.",
            "Manages a large regional budget and workforce and ensures sound financial and people management.",
            "Serves as a member of the regional executive committee and of national operations committees.",
            "Provides advice to the Assistant Deputy Minister on regional issues, risks and sensitive files."],
           ["Assure le leadership stratégique auprès des directeurs de la direction générale et établit les priorités régionales.",
            "Dirige l'intégration des opérations de prestation des services, de traitement et des programmes dans la région.",
            "Représente le Ministère auprès des sous-ministres provinciaux, des conseils fédéraux régionaux et des principaux intervenants.",
            "Gère un budget et un effectif régionaux importants et assure une saine gestion financière et des personnes.",
            "Siège au comité exécutif régional et aux comités nationaux des opérations.",
            "Conseille le sous-ministre adjoint sur les enjeux régionaux, les risques et les dossiers délicats."]),
    "ce": (["Directs the delivery of corporate services in the region, including business planning, reporting and accommodation.",
            "Leads executive services for the region: executive staffing, talent management, performance management and executive work descriptions.",
            "Manages regional communications, ministerial correspondence and issues management.",
            "Provides strategic advice to the Assistant Deputy Minister and supports the regional executive committee.",
            "Manages the human and financial resources of the directorate."],
           ["Dirige la prestation des services ministériels dans la région, y compris la planification, les rapports et les locaux.",
            "Dirige les services aux cadres de la région : dotation, gestion des talents, gestion du rendement et descriptions de travail des cadres.",
            "Gère les communications régionales, la correspondance ministérielle et la gestion des enjeux.",
            "Fournit des conseils stratégiques au sous-ministre adjoint et appuie le comité exécutif régional.",
            "Gère les ressources humaines et financières de la direction."]),
}

CSR = {
    "en": "Client service results: Canadians in the region receive timely, accurate and accessible {what}, delivered in the official language of their choice and in accordance with departmental service standards.",
    "fr": "Résultats axés sur le service à la clientèle : les Canadiens de la région reçoivent {what} en temps opportun, exacts et accessibles, dans la langue officielle de leur choix et conformément aux normes de service du Ministère.",
}
CSR_WHAT = {
    "sc": ("in-person services and information on federal programs", "des services en personne et des renseignements sur les programmes fédéraux"),
    "proc": ("benefit decisions and payments", "des décisions et des paiements de prestations"),
    "integ": ("integrity services that protect benefit programs", "des services d'intégrité qui protègent les programmes de prestations"),
    "prog": ("grants and contributions programs", "des programmes de subventions et de contributions"),
    "labour": ("labour program services", "des services du Programme du travail"),
    "call": ("telephone services", "des services téléphoniques"),
    "dg": ("programs and services of the department", "des programmes et des services du Ministère"),
    "ce": ("corporate and executive services", "des services ministériels et des services aux cadres"),
}
