"""Pools of invented positions, people and prose for blind corpus 153 (prose-only descriptions).

Every name here is invented. Agencies are real small federal organizations; the positions,
numbers and figures in them are not.
"""
from __future__ import annotations

AGENCIES = [
    # (English, French, kind_en, kind_fr, feminine French article for the agency?)
    ("Social Security Tribunal", "Tribunal de la sécurité sociale", "tribunal", "tribunal", False),
    ("Canadian Transportation Agency", "Office des transports du Canada", "agency", "organisme", False),
    ("Immigration and Refugee Board of Canada", "Commission de l'immigration et du statut de réfugié du Canada", "tribunal", "tribunal", True),
    ("Canadian Human Rights Tribunal", "Tribunal canadien des droits de la personne", "tribunal", "tribunal", False),
    ("Veterans Review and Appeal Board", "Tribunal des anciens combattants (révision et appel)", "tribunal", "tribunal", False),
    ("Canadian Grain Commission", "Commission canadienne des grains", "agency", "organisme", True),
    ("Copyright Board of Canada", "Commission du droit d'auteur du Canada", "tribunal", "tribunal", True),
    ("Patented Medicine Prices Review Board", "Conseil d'examen du prix des médicaments brevetés", "board", "conseil", False),
    ("Canada Industrial Relations Board", "Conseil canadien des relations industrielles", "board", "conseil", False),
    ("Parole Board of Canada", "Commission des libérations conditionnelles du Canada", "board", "commission", True),
    ("Polar Knowledge Canada", "Savoir polaire Canada", "agency", "organisme", False),
    ("Financial Consumer Agency of Canada", "Agence de la consommation en matière financière du Canada", "agency", "agence", True),
    ("Canadian Dairy Commission", "Commission canadienne du lait", "agency", "organisme", True),
    ("Administrative Tribunals Support Service of Canada", "Service canadien d'appui aux tribunaux administratifs", "agency", "organisme", False),
    ("Office of the Procurement Ombud", "Bureau de l'ombudsman de l'approvisionnement", "office", "bureau", False),
    ("Canadian International Trade Tribunal", "Tribunal canadien du commerce extérieur", "tribunal", "tribunal", False),
]

LOCATIONS = [
    # (English, French, city)
    ("Ottawa, Ontario", "Ottawa (Ontario)", "Ottawa"),
    ("Gatineau, Quebec", "Gatineau (Québec)", "Gatineau"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)", "Moncton"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)", "Winnipeg"),
    ("Montréal, Quebec", "Montréal (Québec)", "Montréal"),
    ("Edmonton, Alberta", "Edmonton (Alberta)", "Edmonton"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", "Vancouver"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", "Halifax"),
    ("Cambridge Bay, Nunavut", "Cambridge Bay (Nunavut)", "Cambridge Bay"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)", "Regina"),
    ("Québec, Quebec", "Québec (Québec)", "Québec"),
    ("Toronto, Ontario", "Toronto (Ontario)", "Toronto"),
    ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)", "Saskatoon"),
]

# (English title, French title, level, English short form, French short form, unit en, unit fr)
TITLES = [
    ("Director, Policy and Research", "Directeur, Politiques et recherche", 1, "Director", "directeur", "Policy and Research Directorate", "Direction des politiques et de la recherche"),
    ("Director, Registry Operations", "Directeur, Opérations du greffe", 1, "Director", "directeur", "Registry", "Greffe"),
    ("Director, Finance and Administration", "Directeur, Finances et administration", 1, "Director", "directeur", "Finance and Administration Directorate", "Direction des finances et de l'administration"),
    ("Director, Human Resources", "Directeur, Ressources humaines", 1, "Director", "directeur", "Human Resources Directorate", "Direction des ressources humaines"),
    ("Director, Communications and Parliamentary Affairs", "Directeur, Communications et affaires parlementaires", 1, "Director", "directeur", "Communications Directorate", "Direction des communications"),
    ("Director, Case Management", "Directeur, Gestion des dossiers", 1, "Director", "directeur", "Case Management Directorate", "Direction de la gestion des dossiers"),
    ("Director, Digital Services", "Directeur, Services numériques", 1, "Director", "directeur", "Digital Services Directorate", "Direction des services numériques"),
    ("Director, Regional Operations (Atlantic)", "Directeur, Opérations régionales (Atlantique)", 1, "Director", "directeur", "Atlantic Region", "Région de l'Atlantique"),
    ("Director, Mediation Services", "Directeur, Services de médiation", 1, "Director", "directeur", "Mediation Services", "Services de médiation"),
    ("Director, Analysis and Pricing", "Directeur, Analyse et établissement des prix", 1, "Director", "directeur", "Analysis and Pricing Directorate", "Direction de l'analyse et de l'établissement des prix"),
    ("Director, Science Programs", "Directeur, Programmes scientifiques", 1, "Director", "directeur", "Science Programs Directorate", "Direction des programmes scientifiques"),
    ("Director, Quality and Audit", "Directeur, Qualité et vérification", 1, "Director", "directeur", "Quality and Audit Directorate", "Direction de la qualité et de la vérification"),
    ("Director, Legal Services", "Directeur, Services juridiques", 1, "Director", "directeur", "Legal Services", "Services juridiques"),
    ("Director, Strategic Planning", "Directeur, Planification stratégique", 1, "Director", "directeur", "Strategic Planning Directorate", "Direction de la planification stratégique"),
    ("Executive Director, Corporate Services", "Directeur exécutif, Services intégrés", 2, "Executive Director", "directeur exécutif", "Corporate Services Sector", "Secteur des services intégrés"),
    ("Executive Director and Registrar", "Directeur exécutif et registraire", 2, "Executive Director", "directeur exécutif", "Registry", "Greffe"),
    ("Executive Director, Operations", "Directeur exécutif, Opérations", 2, "Executive Director", "directeur exécutif", "Operations Sector", "Secteur des opérations"),
    ("Executive Director, Secretariat Services", "Directeur exécutif, Services du secrétariat", 2, "Executive Director", "directeur exécutif", "Secretariat", "Secrétariat"),
    ("Executive Director, Compliance and Enforcement", "Directeur exécutif, Conformité et application de la loi", 2, "Executive Director", "directeur exécutif", "Compliance and Enforcement Sector", "Secteur de la conformité et de l'application de la loi"),
    ("Director General, Corporate Services", "Directeur général, Services ministériels", 3, "Director General", "directeur général", "Corporate Services Branch", "Direction générale des services ministériels"),
    ("Director General, Tribunal Operations", "Directeur général, Opérations du tribunal", 3, "Director General", "directeur général", "Tribunal Operations Branch", "Direction générale des opérations du tribunal"),
    ("Director General, Policy and Stakeholder Relations", "Directeur général, Politiques et relations avec les intervenants", 3, "Director General", "directeur général", "Policy Branch", "Direction générale des politiques"),
    ("Chief Financial Officer", "Dirigeant principal des finances", 3, "Chief Financial Officer", "dirigeant principal des finances", "Finance Branch", "Direction générale des finances"),
    ("Secretary General", "Secrétaire général", 4, "Secretary General", "secrétaire général", "Secretariat", "Secrétariat général"),
]

# supervisors by the position's level: (English, French, classification or None for a GIC appointee)
SUPERVISORS = {
    1: [("Executive Director, Corporate Services", "Directeur exécutif, Services intégrés", "EX-02"),
        ("Director General, Operations", "Directeur général, Opérations", "EX-03"),
        ("Vice-Chair, Operations", "Vice-président, Opérations", "EX-03"),
        ("Executive Director and Registrar", "Directeur exécutif et registraire", "EX-02"),
        ("Chief Executive Officer", "Premier dirigeant", "EX-04"),
        ("Director General, Corporate Services", "Directeur général, Services ministériels", "EX-03")],
    2: [("Chief Executive Officer", "Premier dirigeant", "EX-04"),
        ("Chairperson", "Président", None),
        ("Executive Director", "Directeur exécutif", "EX-04"),
        ("Secretary General", "Secrétaire général", "EX-04")],
    3: [("Chief Executive Officer", "Premier dirigeant", "EX-05"),
        ("Chairperson", "Président", None),
        ("Executive Director", "Directeur exécutif", "EX-04"),
        ("Vice-Chairperson", "Vice-président", None)],
    4: [("Chairperson and Chief Executive Officer", "Président et premier dirigeant", None),
        ("Chairperson", "Président", None)],
}

# reports: (English, French, groups, unit English, unit French)
REPORTS = [
    ("Manager, Intake", "Gestionnaire, Réception des dossiers", ["PM-06", "PM-05", "AS-07"], "Intake", "de la réception"),
    ("Manager, Case Processing", "Gestionnaire, Traitement des dossiers", ["PM-06", "PM-05"], "Case Processing", "du traitement des dossiers"),
    ("Manager, Policy Analysis", "Gestionnaire, Analyse des politiques", ["EC-07", "EC-06"], "Policy Analysis", "de l'analyse des politiques"),
    ("Senior Advisor, Policy", "Conseiller principal, Politiques", ["EC-07", "EC-06"], None, None),
    ("Manager, Financial Operations", "Gestionnaire, Opérations financières", ["FI-04", "FI-03"], "Financial Operations", "des opérations financières"),
    ("Manager, Planning and Reporting", "Gestionnaire, Planification et rapports", ["AS-07", "EC-06"], "Planning and Reporting", "de la planification et des rapports"),
    ("Manager, Compensation", "Gestionnaire, Rémunération", ["AS-07", "AS-06"], "Compensation", "de la rémunération"),
    ("Manager, Staffing and Labour Relations", "Gestionnaire, Dotation et relations de travail", ["PE-06", "PE-05"], "Staffing and Labour Relations", "de la dotation et des relations de travail"),
    ("Manager, Information Technology", "Gestionnaire, Technologie de l'information", ["IT-04", "IT-03"], "Information Technology", "de la technologie de l'information"),
    ("Manager, Information Management", "Gestionnaire, Gestion de l'information", ["AS-06", "IT-03"], "Information Management", "de la gestion de l'information"),
    ("Manager, Communications", "Gestionnaire, Communications", ["IS-05", "IS-06"], "Communications", "des communications"),
    ("Senior Counsel", "Avocat principal", ["LP-03", "LP-02"], "Legal Advice", "des avis juridiques"),
    ("Registrar, Eastern Region", "Registraire, Région de l'Est", ["AS-06", "PM-06"], "Eastern Registry", "du greffe de l'Est"),
    ("Manager, Mediation", "Gestionnaire, Médiation", ["PM-06", "PM-05"], "Mediation", "de la médiation"),
    ("Chief, Economic Analysis", "Chef, Analyse économique", ["EC-07", "EC-06"], "Economic Analysis", "de l'analyse économique"),
    ("Manager, Laboratory Services", "Gestionnaire, Services de laboratoire", ["CH-04", "EG-07"], "Laboratory", "du laboratoire"),
    ("Manager, Facilities and Security", "Gestionnaire, Installations et sécurité", ["AS-06", "AS-05"], "Facilities and Security", "des installations et de la sécurité"),
    ("Executive Assistant", "Adjoint exécutif", ["AS-02", "AS-03"], None, None),
    ("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", ["PM-05", "AS-07"], "Quality Assurance", "de l'assurance de la qualité"),
    ("Manager, Outreach", "Gestionnaire, Sensibilisation", ["IS-05", "PM-05"], "Outreach", "de la sensibilisation"),
]

EX_REPORTS = [
    ("Director, Registry Operations", "Directeur, Opérations du greffe", ["EX-01"], "Registry", "du greffe"),
    ("Director, Finance", "Directeur, Finances", ["EX-01"], "Finance", "des finances"),
    ("Director, Human Resources", "Directeur, Ressources humaines", ["EX-01"], "Human Resources", "des ressources humaines"),
    ("Director, Information Management and Technology", "Directeur, Gestion de l'information et technologie", ["EX-01"], "IM/IT", "de la GI-TI"),
    ("Director, Policy", "Directeur, Politiques", ["EX-01"], "Policy", "des politiques"),
    ("Director, Regional Operations", "Directeur, Opérations régionales", ["EX-01"], "Regional Operations", "des opérations régionales"),
    ("Director, Communications", "Directeur, Communications", ["EX-01"], "Communications", "des communications"),
    ("Director, Planning and Performance", "Directeur, Planification et rendement", ["EX-01"], "Planning and Performance", "de la planification et du rendement"),
]

GIVEN = ["Mireille", "Tobias", "Anjali", "Gordon", "Hélène", "Kwame", "Solange", "Dariusz", "Priya", "Étienne",
         "Marguerite", "Rashid", "Ingrid", "Benoît", "Yolanda", "Callum", "Nadia", "Thierry", "Oksana", "Lucien",
         "Farah", "Graeme", "Josée", "Idris", "Wenonah", "Ruairi", "Ximena", "Théo", "Aurélie", "Bashir",
         "Clothilde", "Desmond", "Eilidh", "Fergus", "Ghislaine", "Hamza", "Isolde", "Jovan", "Ksenia", "Leopold"]
FAMILY = ["Quenneville-Arsenault", "Okafor-Lind", "Brassard", "Vantongeren", "Kowalczuk", "Thériault-Mbeki",
          "Ashdown", "Pelletier-Ruiz", "Nakamura-Doyle", "Lachapelle", "Strzelecki", "Ouellon", "Marchetti-Byrne",
          "Fairweather", "Gaudreault", "Halvorsen", "Iqbal-Tremblay", "Jessome", "Kanatewat", "Lindqvist",
          "Mbatha", "Nørgaard", "Oyelaran", "Poitras-Singh", "Quintal", "Rasmussen-Côté", "Saulnier", "Tibbetts",
          "Umbach", "Vaillancourt-Osei", "Whitecrow", "Yablonski", "Zaretsky", "Abernethy", "Bélisle-Kaur",
          "Cheechoo", "Dufresne-Albo", "Esposito-Gagnon", "Frobisher", "Gélinas-Ward"]

FILLER_EN = [
    "The work is done in a quasi-judicial setting: decisions belong to members, and staff must support them without "
    "ever appearing to influence the outcome of a case.",
    "Most of the work is about people and timeliness. Parties expect clear letters, hearings scheduled without delay "
    "and a decision they can understand.",
    "The position advises senior management on risks, keeps the organization's plans realistic and makes sure that "
    "the small size of the organization does not become an excuse for weak controls.",
    "The incumbent works closely with central agencies, with the shared-services provider and with counterparts in "
    "other small organizations who face the same questions with the same limited means.",
    "Much of the challenge comes from volume: the number of files received grew every year since 2018, and the "
    "organization must keep its service standards with a workforce that did not grow at the same pace.",
    "The position is expected to bring forward options, not only problems, and to explain them in plain words to "
    "members, managers and the public.",
]

FILLER_FR = [
    "Le travail s'exerce dans un cadre quasi judiciaire : les décisions appartiennent aux commissaires, et le "
    "personnel doit les appuyer sans jamais sembler influer sur l'issue d'une affaire.",
    "L'essentiel du travail concerne les personnes et les délais. Les parties s'attendent à des lettres claires, à "
    "des audiences fixées sans retard et à une décision qu'elles comprennent.",
    "Le titulaire conseille la haute direction sur les risques, veille au réalisme des plans de l'organisation et "
    "s'assure que la petite taille de l'organisation ne devienne pas une excuse pour des contrôles faibles.",
    "Le titulaire travaille en étroite collaboration avec les organismes centraux, le fournisseur de services "
    "partagés et ses homologues d'autres petites organisations.",
    "Le défi tient en grande partie au volume : le nombre de dossiers reçus augmente chaque année depuis 2018, et "
    "l'organisation doit maintenir ses normes de service avec un effectif qui n'a pas suivi.",
]

ACCOUNT_EN = [
    "plans and directs the {unit}'s programs and services",
    "keeps the {agency}'s case inventory moving and its service standards met",
    "gives the {agency} the advice, systems and controls it needs to spend public money well",
    "leads the people who support members and parties from the first contact to the final decision",
]
ACCOUNT_FR = [
    "planifie et dirige les programmes et services de l'unité",
    "veille à ce que l'inventaire des dossiers progresse et que les normes de service soient respectées",
    "fournit les conseils, les systèmes et les contrôles nécessaires à une saine gestion des fonds publics",
    "dirige les personnes qui appuient les commissaires et les parties, du premier contact à la décision finale",
]

NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
NUM_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
