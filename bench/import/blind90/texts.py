"""Wording for blind90: departments, places, label forms and prose (northern and
Indigenous-serving organizations). Everything here is invented for the corpus except the
names of real departments, agencies, boards, agreements and places."""

# --- organizations ------------------------------------------------------------------------------
ORGS = {
    "cannor": ("Canadian Northern Economic Development Agency", "Agence canadienne de développement économique du Nord", "CanNor", "CanNor"),
    "isc": ("Indigenous Services Canada", "Services aux Autochtones Canada", "ISC", "SAC"),
    "cirnac": ("Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNAC", "RCAANC"),
    "parks": ("Parks Canada Agency", "Agence Parcs Canada", "PCA", "APC"),
    "dfo": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO"),
    "polar": ("Polar Knowledge Canada", "Savoir polaire Canada", "POLAR", "POLAIRE"),
    "eccc": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
    "nrcan": ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
    "ccg": ("Canadian Coast Guard", "Garde côtière canadienne", "CCG", "GCC"),
}

# --- places: the truth, then how documents print them -----------------------------------------
# utf8-only forms carry syllabics or Dene letters outside cp1252
PLACES = {
    "iqaluit": ("Iqaluit, Nunavut",
                ["Iqaluit, Nunavut", "Iqaluit, NU", "Iqaluit (Nunavut)", "IQALUIT, NUNAVUT", "Iqaluit, Nvt."],
                ["ᐃᖃᓗᐃᑦ Iqaluit, Nunavut", "Iqaluit (ᐃᖃᓗᐃᑦ), Nunavut", "Iqaluit / ᐃᖃᓗᐃᑦ, NU", "ᐃᖃᓗᐃᑦ, ᓄᓇᕗᑦ / Iqaluit, Nunavut"]),
    "yellowknife": ("Yellowknife, Northwest Territories",
                    ["Yellowknife, NT", "Yellowknife, N.W.T.", "Yellowknife (T.N.-O.)", "Yellowknife, Northwest Territories", "Yellowknife, Territoires du Nord-Ouest"],
                    ["Yellowknife (Sǫ̀mbak’è), NWT", "Sǫ̀mbak’è / Yellowknife, Northwest Territories"]),
    "whitehorse": ("Whitehorse, Yukon",
                   ["Whitehorse, Yukon", "Whitehorse, YT", "Whitehorse (Yukon)", "Whitehorse, Y.T.",
                    "Whitehorse, Yukon (traditional territory of the Kwanlin Dün First Nation and Ta’an Kwäch’än Council)"],
                   []),
    "inuvik": ("Inuvik, Northwest Territories",
               ["Inuvik, NT", "Inuvik, N.W.T.", "Inuvik (T.N.-O.)", "Inuvik, Northwest Territories"], []),
    "kuujjuaq": ("Kuujjuaq, Quebec",
                 ["Kuujjuaq (Québec)", "Kuujjuaq, Nunavik (Quebec)", "Kuujjuaq, QC", "Kuujjuaq, Nunavik, Québec"],
                 ["Kuujjuaq ᑰᔾᔪᐊᖅ, QC", "ᑰᔾᔪᐊᖅ Kuujjuaq (Nunavik), Québec"]),
    "kangiqsujuaq": ("Kangiqsujuaq, Quebec",
                     ["Kangiqsujuaq (Québec)", "Kangiqsujuaq, Nunavik, QC"],
                     ["ᑲᖏᖅᓱᔪᐊᖅ Kangiqsujuaq, Nunavik (Québec)"]),
    "cambridgebay": ("Cambridge Bay, Nunavut",
                     ["Cambridge Bay (Iqaluktuuttiaq), NU", "Cambridge Bay, Nunavut", "Cambridge Bay, NU"],
                     ["Cambridge Bay / ᐃᖃᓗᒃᑑᑦᑎᐊᖅ, Nunavut"]),
    "rankin": ("Rankin Inlet, Nunavut", ["Rankin Inlet, NU", "Rankin Inlet, Nunavut"],
               ["Rankin Inlet (Kangiqłiniq), Nunavut", "ᑲᖏᖅᖠᓂᖅ Rankin Inlet, NU"]),
    "gatineau": ("Gatineau, Quebec", ["Gatineau, Quebec", "Gatineau (Québec)", "Gatineau, QC", "National Capital Region (Gatineau, Quebec)"], []),
    "ottawa": ("Ottawa, Ontario", ["Ottawa, Ontario", "Ottawa (Ontario)", "Ottawa, ON"], []),
    "winnipeg": ("Winnipeg, Manitoba", ["Winnipeg, Manitoba", "Winnipeg (Manitoba)", "Winnipeg, MB"], []),
    "thompson": ("Thompson, Manitoba", ["Thompson, Manitoba", "Thompson, MB"], []),
    "regina": ("Regina, Saskatchewan", ["Regina, Saskatchewan", "Regina, SK", "Regina (Saskatchewan)"], []),
    "edmonton": ("Edmonton, Alberta", ["Edmonton, Alberta", "Edmonton, AB", "Edmonton (Alberta)"], []),
    "vancouver": ("Vancouver, British Columbia", ["Vancouver, British Columbia", "Vancouver, B.C.", "Vancouver (Colombie-Britannique)"], []),
    "siouxlookout": ("Sioux Lookout, Ontario", ["Sioux Lookout, Ontario", "Sioux Lookout, ON", "Sioux Lookout (Ontario)"], []),
    "montreal": ("Montréal, Quebec", ["Montréal (Québec)", "Montreal, Quebec", "Montréal, QC"], []),
    "quebec": ("Québec, Quebec", ["Québec (Québec)", "Quebec City, Quebec", "Ville de Québec (Québec)"], []),
    "resolute": ("Resolute, Nunavut", ["Resolute, NU", "Resolute Bay (Qausuittuq), Nunavut"], ["ᖃᐅᓱᐃᑦᑐᖅ Resolute, Nunavut"]),
}

# --- label forms ------------------------------------------------------------------------------
LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "OFFICIAL TITLE", "Title of Position", "Position title"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Position Level", "Classification Level"],
        "job_code": ["Job Code", "Position Job Code", "Job code", "Generic Job No.", "Job Code No."],
        "posno": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position Ref. No."],
        "eff": ["Effective Date", "Effective date", "Date Effective", "Effective", "In effect as of"],
        "sup_posno": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number", "Reports to (Position No.)"],
        "sup_title": ["Supervisor's Position Title", "Reports to", "Supervisor's Title", "Immediate Supervisor", "Supervisor Title"],
        "sup_cls": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level", "Supervisor Classification"],
        "loc": ["Location", "Geographic Location", "Work Location", "Duty Station", "Headquarters Location"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Region", "Directorate", "Branch / Region"],
        "incumbent": ["Incumbent", "Incumbent Name", "Name of Incumbent"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste", "TITRE DU POSTE", "Titre officiel"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Niveau du poste"],
        "job_code": ["Code d'emploi", "Code de l'emploi", "No de la description type", "Code du poste"],
        "posno": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
        "eff": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet"],
        "sup_posno": ["Numéro du poste du superviseur", "No de poste du surveillant", "N° du poste du supérieur"],
        "sup_title": ["Titre du poste du superviseur", "Relève de", "Titre du surveillant", "Supérieur immédiat"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du surveillant", "Niveau du supérieur"],
        "loc": ["Lieu", "Lieu de travail", "Emplacement géographique", "Lieu géographique"],
        "dept": ["Ministère", "Organisme", "Ministère/organisme"],
        "branch": ["Secteur", "Direction générale", "Région", "Direction"],
        "incumbent": ["Titulaire", "Nom du titulaire"],
    },
    "iu": {"title": "ᐱᓕᕆᐊᒃᓴᐅᑉ ᐊᑎᖓ", "loc": "ᓇᔪᒐᖓ", "eff": "ᐅᓪᓗᖓ", "cls": "ᖁᓛᓂᒃᑯᑦ"},
}
DIM_LABELS = {
    "en": {"salary": ["Salary", "Salary budget", "Salaries", "Salary Dollars", "Salary (incl. EBP)"],
           "om": ["O&M", "Operating (O&M)", "O & M", "Operations and Maintenance", "Non-salary O&M"],
           "total": ["Total", "Total Budget", "Total operating budget", "Total Salary and O&M"],
           "fte": ["FTEs", "FTE's", "Number of FTEs", "Staff", "Employees"],
           "gc": ["Grants and Contributions", "G&C", "Program budget (Gs&Cs)", "Transfer payments"]},
    "fr": {"salary": ["Salaires", "Traitements", "Budget salarial", "Enveloppe salariale"],
           "om": ["F et E", "Fonctionnement et entretien", "F&E", "Budget de F et E"],
           "total": ["Total", "Budget total", "Budget de fonctionnement total"],
           "fte": ["ETP", "Équivalents temps plein", "Effectif", "Nombre d'ETP"],
           "gc": ["Subventions et contributions", "S et C", "Paiements de transfert"]},
}
HEAD = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "Work Description", "EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description", "POSITION DESCRIPTION - EX GROUP"],
           "ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Overall Accountability"],
           "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context", "Structure"],
           "ns": ["Nature and Scope", "NATURE AND SCOPE", "Context and Challenges"],
           "dim": ["Dimensions", "DIMENSIONS", "Resources Managed", "Key Dimensions"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"],
           "csr": ["Client Service Results", "CLIENT-SERVICE RESULTS"],
           "cert": ["Certification", "CERTIFICATION", "Signatures"]},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL - GROUPE EX", "Description de travail", "DESCRIPTION DE POSTE DE CADRE", "Description d'emploi"],
           "ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste"],
           "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "Organisation"],
           "ns": ["Nature et portée", "NATURE ET ÉTENDUE", "Contexte et défis"],
           "dim": ["Dimensions", "DIMENSIONS", "Ressources gérées"],
           "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Activités principales"],
           "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE AUX CLIENTS"],
           "cert": ["Attestation", "ATTESTATION", "Signatures"]},
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

# --- people (invented) ------------------------------------------------------------------------
FIRST = ["Annie", "Joanasie", "Elisapee", "Marie-Ève", "Jonah", "Leesee", "Georgina", "Kyle", "Mélanie", "Pauloosie",
         "Dorothy", "Tommy", "Sheila", "François", "Naullaq", "Robert", "Geneviève", "Lucy", "Darrell", "Sarah",
         "Étienne", "Hannah", "Peter", "Lise", "Moses", "Catherine", "Bernadette", "Noah", "Janice", "Sylvain"]
LAST = ["Kilabuk", "Akulukjuk", "Qaunaq", "Gagnon", "Tsetso", "O'Keefe", "Nakashuk", "Bouchard", "Ittusardjuat", "Lafferty",
        "McLeod", "Kalluk", "Desjardins", "Erasmus", "Pilakapsi", "Tremblay", "Arnatsiaq", "Charlie", "Beaulieu", "Angnakak",
        "Fraser", "Mercredi", "Kuptana", "Lévesque", "Sidney", "Gruben", "Nutaraq", "Pelletier", "Blondin", "Annanack"]

# --- prose ------------------------------------------------------------------------------------
GA = {
    "en": [
        "The {title} is accountable for the strategic direction, planning and delivery of {focus} in {region}, ensuring that programs respond to the priorities of Inuit, First Nations and Métis communities and respect the obligations of the modern treaties in force in the region.",
        "Accountable to the {sup} for providing leadership and direction to {focus}, and for building and maintaining the relationships with Indigenous governments, land claim organizations, co-management boards and territorial governments on which program results depend.",
        "The position provides leadership for {focus}, manages the human, financial and material resources of the {unit} and represents {dept_short} with territorial, Indigenous and federal partners across {region}.",
    ],
    "fr": [
        "Le ou la titulaire est responsable de l'orientation stratégique, de la planification et de la prestation de {focus} dans {region}, en veillant à ce que les programmes répondent aux priorités des communautés inuites, des Premières Nations et des Métis et respectent les obligations des traités modernes en vigueur dans la région.",
        "Relevant {du_sup}, le ou la titulaire assure le leadership et l'orientation de {focus} et établit et entretient les relations avec les gouvernements autochtones, les organisations signataires de revendications territoriales, les conseils de cogestion et les gouvernements territoriaux.",
    ],
}
NS = {
    "en": [
        "The {unit} operates in one of the most complex operating environments in the federal public service: vast distances, communities accessible only by air or sealift for much of the year, a high cost of living, and a rapidly changing climate that affects infrastructure, food security and traditional harvesting.",
        "Program delivery rests on partnership. The incumbent works with land claim organizations such as Nunavut Tunngavik Incorporated, the Inuvialuit Regional Corporation, Makivik Corporation and the Council of Yukon First Nations, with the Kativik Regional Government and with the territorial governments, and must reconcile federal policy with Inuit Qaujimajatuqangit and the decisions of co-management boards established under the land claim agreements.",
        "The co-management boards (the Nunavut Wildlife Management Board, the Nunavut Impact Review Board, the Mackenzie Valley Land and Water Board, the Gwich'in Renewable Resources Board and the Yukon Environmental and Socio-economic Assessment Board among them) are independent; the incumbent must support their work, fund their operations under the implementation contracts and respect their decisions while advancing the Government's priorities.",
        "Recruitment and retention of staff are a constant challenge; a significant share of positions are filled by Inuit or Indigenous employees in accordance with Article 23 of the Nunavut Agreement, and the incumbent is accountable for the Inuit employment plan of the {unit}.",
        "Major challenges include the devolution of land and resource management responsibilities, the implementation of self-government agreements, the remediation of abandoned mine sites, the delivery of essential services to remote communities during emergencies (wildfires, floods, fuel shortages) and the pressure of resource development projects on community well-being.",
    ],
    "fr": [
        "L'organisation ({unit}) évolue dans un des contextes les plus complexes de la fonction publique fédérale : grandes distances, collectivités accessibles seulement par avion ou par ravitaillement maritime une bonne partie de l'année, coût de la vie élevé et changements climatiques rapides qui touchent les infrastructures, la sécurité alimentaire et les récoltes traditionnelles.",
        "La prestation des programmes repose sur le partenariat. Le ou la titulaire travaille avec la Société Makivik, l'Administration régionale Kativik, Nunavut Tunngavik Incorporated et les gouvernements territoriaux, et doit concilier la politique fédérale avec les décisions des conseils de cogestion créés en vertu des accords sur les revendications territoriales.",
        "Les principaux défis comprennent le transfert des responsabilités de gestion des terres et des ressources, la mise en œuvre des ententes d'autonomie gouvernementale, l'assainissement des sites miniers abandonnés et la prestation de services essentiels aux collectivités éloignées en situation d'urgence (feux de forêt, inondations, pénuries de carburant).",
        "Le recrutement et le maintien en poste du personnel constituent un défi constant; le ou la titulaire est responsable du plan d'emploi des Inuits de l'unité, conformément à l'article 23 de l'Accord du Nunavut.",
    ],
}
SA = {
    "en": [
        "Directs the planning, design and delivery of {focus}, and ensures that results are measured and reported to senior management and to partners.",
        "Negotiates and manages funding agreements, implementation contracts and contribution agreements with Indigenous governments, land claim organizations and co-management boards.",
        "Provides strategic advice and briefings to the {sup}, the Deputy Minister and central agencies on emerging issues in {region}.",
        "Represents the department on federal-territorial-Indigenous committees and implementation panels, and co-chairs working groups with Inuit and First Nations partners.",
        "Leads the {unit}'s contribution to emergency management and business continuity, including support to communities during sealift, fuel and wildfire emergencies.",
        "Manages the human, financial and material resources of the {unit} with probity, and champions Indigenous employment, official languages and a respectful, culturally safe workplace.",
        "Ensures that consultation and accommodation obligations, including the duty to consult, are met in program decisions and project approvals.",
        "Oversees the integration of Indigenous knowledge and Inuit Qaujimajatuqangit into program design, evaluation and reporting.",
    ],
    "fr": [
        "Dirige la planification, la conception et la prestation de {focus} et veille à ce que les résultats soient mesurés et communiqués à la haute direction et aux partenaires.",
        "Négocie et gère les accords de financement, les contrats de mise en œuvre et les accords de contribution avec les gouvernements autochtones, les organisations signataires et les conseils de cogestion.",
        "Fournit des conseils stratégiques et des notes d'information {au_sup}, au sous-ministre et aux organismes centraux sur les enjeux émergents.",
        "Représente le ministère aux comités fédéraux-territoriaux-autochtones et copréside des groupes de travail avec les partenaires inuits et des Premières Nations.",
        "Gère les ressources humaines, financières et matérielles de l'unité avec probité et fait la promotion de l'emploi des Autochtones, des langues officielles et d'un milieu de travail respectueux et culturellement sûr.",
        "Veille au respect de l'obligation de consulter et d'accommoder dans les décisions de programme et les approbations de projets.",
    ],
}
CSR = {
    "en": "Programs and services that support healthy, self-reliant Indigenous and northern communities, delivered in partnership with Indigenous governments and organizations and in accordance with the land claim and self-government agreements.",
    "fr": "Des programmes et des services qui favorisent des collectivités autochtones et nordiques saines et autonomes, offerts en partenariat avec les gouvernements et organisations autochtones et conformément aux accords sur les revendications territoriales et l'autonomie gouvernementale.",
}
CERT = {
    "en": "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.",
    "fr": "La présente description constitue un énoncé exact et complet des fonctions et responsabilités attribuées au poste.",
}
