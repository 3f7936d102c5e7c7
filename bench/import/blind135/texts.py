"""Positions, prose and names for blind corpus 135 (a central agency's mixed folder).

Everything here is invented: positions, numbers, budgets and people."""

PCO = {"en": "Privy Council Office", "fr": "Bureau du Conseil privé"}
TBS = {"en": "Treasury Board of Canada Secretariat", "fr": "Secrétariat du Conseil du Trésor du Canada"}

# Supervisors: (title_en, title_fr, classification or None, position number or None)
SUP = {
    "ast-ops": ("Assistant Secretary to the Cabinet, Operations", "Secrétaire adjoint du Cabinet, Opérations", "EX-04", "40002"),
    "dsc-plans": ("Deputy Secretary to the Cabinet, Plans and Consultations", "Sous-secrétaire du Cabinet, Planification et consultations", "DM-01", "40010"),
    "ast-igr": ("Assistant Secretary to the Cabinet, Intergovernmental Policy", "Secrétaire adjoint du Cabinet, Politique intergouvernementale", "EX-04", "41100"),
    "ast-spp": ("Assistant Secretary to the Cabinet, Senior Personnel", "Secrétaire adjoint du Cabinet, Personnel supérieur", "EX-04", "40640"),
    "clerk": ("Clerk of the Privy Council and Secretary to the Cabinet", "Greffier du Conseil privé et secrétaire du Cabinet", None, None),
    "ed-secops": ("Executive Director, Security Operations", "Directeur exécutif, Opérations de sécurité", "EX-02", "40805"),
    "ast-sdp": ("Assistant Secretary to the Cabinet, Social Development Policy", "Secrétaire adjoint du Cabinet, Politique du développement social", "EX-04", "40530"),
    "ast-edp": ("Assistant Secretary to the Cabinet, Economic and Regional Development Policy", "Secrétaire adjoint du Cabinet, Politique du développement économique et régional", "EX-04", "40560"),
    "dsc-comms": ("Deputy Secretary to the Cabinet, Communications and Consultations", "Sous-secrétaire du Cabinet, Communications et consultations", "DM-01", "40020"),
    "asst-clerk": ("Assistant Clerk of the Privy Council", "Greffier adjoint du Conseil privé", "EX-05", "40005"),
    "dsc-lhp": ("Deputy Secretary to the Cabinet, Legislation and House Planning", "Sous-secrétaire du Cabinet, Législation et planification parlementaire", "DM-01", "40030"),
    "ast-fdp": ("Assistant Secretary to the Cabinet, Foreign and Defence Policy", "Secrétaire adjoint du Cabinet, Politique étrangère et de défense", "EX-04", "40720"),
    "adm-wpa": ("Assistant Deputy Minister, Workforce Planning and Analytics", "Sous-ministre adjoint, Planification et analytique de l'effectif", "EX-05", "51002"),
    "ed-ea": ("Executive Director, Expenditure Analysis", "Directeur exécutif, Analyse des dépenses", "EX-02", "52210"),
    "ed-reg": ("Executive Director, Regulatory Affairs", "Directeur exécutif, Affaires réglementaires", "EX-02", "53040"),
    "dg-exec": ("Director General, Executive Management", "Directeur général, Gestion des cadres", "EX-03", "51310"),
    "dcio": ("Deputy Chief Information Officer", "Dirigeant principal de l'information adjoint", "EX-05", "54001"),
    "as-comms": ("Assistant Secretary, Strategic Communications and Ministerial Affairs", "Secrétaire adjoint, Communications stratégiques et affaires ministérielles", "EX-03", "50120"),
    "acg-ia": ("Assistant Comptroller General, Internal Audit Sector", "Contrôleur général adjoint, Secteur de l'audit interne", "EX-04", "55010"),
    "adm-ol": ("Assistant Deputy Minister, Official Languages and Employment Equity", "Sous-ministre adjoint, Langues officielles et équité en matière d'emploi", "EX-05", "51400"),
    "as-ems": ("Assistant Secretary, Expenditure Management Sector", "Secrétaire adjoint, Secteur de la gestion des dépenses", "EX-05", "52001"),
    "adm-pens": ("Assistant Deputy Minister, Pensions and Benefits", "Sous-ministre adjoint, Pensions et avantages sociaux", "EX-05", "51600"),
    "secretary": ("Secretary of the Treasury Board", "Secrétaire du Conseil du Trésor", None, None),
    "adm-cs": ("Assistant Deputy Minister, Corporate Services", "Sous-ministre adjoint, Services ministériels", "EX-04", "50300"),
}

# Positions.  reports: (title_en, title_fr, classification or None, fte or None)
POS = {}


def pos(key, dept, cls, posno, job, unit, title, title_fr, sup, loc, reports, salary, om, fte, **kw):
    POS[key] = dict(key=key, dept=dept, cls=cls, posno=posno, job=job, unit=unit, title=title, title_fr=title_fr,
                    sup=sup, loc=loc, reports=reports, salary=salary, om=om, fte=fte, **kw)


OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")

pos("cabpapers", PCO, "EX-01", "40215", "201344", ("Cabinet Secretariat", "Secrétariat du Cabinet"),
    "Director, Cabinet Papers System", "Directeur, Système des documents du Cabinet", "pos:cabops", OTT,
    [("Manager, Cabinet Papers Registry", "Gestionnaire, Registre des documents du Cabinet", "AS-06", 6),
     ("Senior Analyst, Records Systems", "Analyste principal, Systèmes de documents", "IS-05", 2),
     ("Document Control Officer", "Agent de contrôle des documents", "CR-05", 2)],
    1045000, 62000, 11)
pos("mog", PCO, "EX-02", "40388", "201377", ("Machinery of Government Secretariat", "Secrétariat de l'appareil gouvernemental"),
    "Executive Director, Machinery of Government", "Directeur exécutif, Appareil gouvernemental", "dsc-plans", OTT,
    [("Director, Machinery of Government Policy", "Directeur, Politique de l'appareil gouvernemental", "EX-01", 7),
     ("Director, Governance and Transition Planning", "Directeur, Gouvernance et planification de la transition", "EX-01", 6),
     ("Executive Assistant", "Adjoint exécutif", "AS-02", 1)],
    1860000, 140000, 15)
pos("igpa", PCO, "EX-01", "41120", "201402", ("Intergovernmental Affairs Secretariat", "Secrétariat des affaires intergouvernementales"),
    "Director, Intergovernmental Policy Analysis", "Directeur, Analyse de la politique intergouvernementale", "ast-igr", OTT,
    [("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07", 3),
     ("Policy Analyst", "Analyste des politiques", "EC-05", 2),
     ("Administrative Assistant", "Adjoint administratif", "AS-01", 1)],
    720000, 45000, 7)
pos("gicapp", PCO, "EX-01", "40677", "201415", ("Senior Personnel Secretariat", "Secrétariat du personnel supérieur"),
    "Director, Appointments Policy", "Directeur, Politique des nominations", "ast-spp", OTT,
    [("Manager, Governor in Council Appointments", "Gestionnaire, Nominations par le gouverneur en conseil", "PE-06", 5),
     ("Senior Advisor, Selection Processes", "Conseillère principale, Processus de sélection", "PE-05", 3),
     ("Administrative Officer", "Agente administrative", "AS-02", 1)],
    905000, 38000, 10)
pos("rdu", PCO, "EX-02", "40950", "201433", ("Results and Delivery Unit", "Unité des résultats et de la livraison"),
    "Executive Director, Results and Delivery Unit", "Directeur exécutif, Unité des résultats et de la livraison", "clerk", OTT,
    [("Director, Delivery Analytics", "Directeur, Analytique de la livraison", "EX-01", 6),
     ("Director, Priorities Tracking", "Directeur, Suivi des priorités", "EX-01", 5),
     ("Executive Assistant", "Adjoint exécutif", "AS-03", 1)],
    1620000, 210000, 13)
pos("secops", PCO, "EX-01", "40812", "201450", ("Security Operations Division", "Division des opérations de sécurité"),
    "Director, Security Operations", "Directeur, Opérations de sécurité", "ed-secops", OTT,
    [("Manager, Personnel Security", "Gestionnaire, Sécurité du personnel", "PM-05", 8),
     ("Manager, Physical Security", "Gestionnaire, Sécurité matérielle", "PM-05", 5),
     ("Security Systems Officer", "Agent des systèmes de sécurité", "CS-02", 1)],
    1310000, 95000, 15)
pos("sdp", PCO, "EX-01", "40533", "201461", ("Social Development Policy Secretariat", "Secrétariat de la politique du développement social"),
    "Director, Social Development Policy", "Directeur, Politique du développement social", "ast-sdp", OTT,
    [("Senior Policy Analyst", "Analyste principal des politiques", "EC-07", 4),
     ("Policy Analyst", "Analyste des politiques", "EC-05", 2)],
    760000, 28000, 7)
pos("edp", PCO, "EX-01", "40566", "201462", ("Economic and Regional Development Policy Secretariat", "Secrétariat de la politique du développement économique et régional"),
    "Director, Economic and Regional Development Policy", "Directeur, Politique du développement économique et régional", "ast-edp", OTT,
    [("Senior Policy Analyst", "Analyste principal des politiques", "EC-07", 5),
     ("Policy Analyst", "Analyste des politiques", "EC-06", 2),
     ("Administrative Assistant", "Adjoint administratif", "AS-01", 1)],
    880000, 41000, 9)
pos("comms", PCO, "EX-02", "40024", "201470", ("Communications and Consultations Secretariat", "Secrétariat des communications et des consultations"),
    "Executive Director, Strategic Communications Planning", "Directeur exécutif, Planification des communications stratégiques", "dsc-comms", OTT,
    [("Director, Communications Planning", "Directeur, Planification des communications", "EX-01", 8),
     ("Director, Public Opinion Research", "Directrice, Recherche sur l'opinion publique", "EX-01", 4),
     ("Senior Communications Advisor", "Conseiller principal en communications", "IS-06", 2)],
    1690000, 310000, 15)
pos("oic", PCO, "EX-01", "40144", "201481", ("Orders in Council Division", "Division des décrets"),
    "Director, Orders in Council", "Directeur, Décrets", "asst-clerk", OTT,
    [("Manager, Order in Council Registry", "Gestionnaire, Registre des décrets", "AS-05", 6),
     ("Senior Analyst, Regulations and Orders", "Analyste principal, Règlements et décrets", "AS-06", 2),
     ("Registry Clerk", "Commis au registre", "CR-04", 3)],
    980000, 57000, 12)
pos("pmcorr", PCO, "EX-01", "40190", "201488", ("Executive Correspondence Services", "Services de la correspondance de la haute direction"),
    "Director, Prime Minister's Correspondence Unit", "Directeur, Unité de la correspondance du premier ministre", "ast-ops", OTT,
    [("Manager, Correspondence Analysis", "Gestionnaire, Analyse de la correspondance", "AS-05", 9),
     ("Manager, Quality Control and Records", "Gestionnaire, Contrôle de la qualité et documents", "AS-05", 4)],
    1120000, 74000, 14)
pos("lhp", PCO, "EX-01", "40033", "201492", ("Legislation and House Planning Secretariat", "Secrétariat de la législation et de la planification parlementaire"),
    "Director, Legislative Planning", "Directeur, Planification législative", "dsc-lhp", OTT,
    [("Senior Legislative Planning Officer", "Agent principal de planification législative", "EC-07", 3),
     ("Legislative Planning Officer", "Agent de planification législative", "EC-05", 2),
     ("Parliamentary Returns Coordinator", "Coordonnateur des documents parlementaires", "AS-04", 1)],
    735000, 33000, 7)
pos("fdp", PCO, "EX-02", "40725", "201499", ("Foreign and Defence Policy Secretariat", "Secrétariat de la politique étrangère et de défense"),
    "Director of Operations, Foreign and Defence Policy", "Directeur des opérations, Politique étrangère et de défense", "ast-fdp", OTT,
    [("Senior Policy Advisor, Defence", "Conseiller principal en politiques, Défense", "EC-07", 3),
     ("Senior Policy Advisor, International Affairs", "Conseiller principal en politiques, Affaires internationales", "EC-07", 3),
     ("Operations Officer", "Agent des opérations", "AS-04", 1)],
    950000, 88000, 8)
pos("fedprov", PCO, "EX-01", "41135", "201505", ("Intergovernmental Affairs Secretariat", "Secrétariat des affaires intergouvernementales"),
    "Director, Federal-Provincial-Territorial Relations, Western and Northern Canada", "Directeur, Relations fédérales-provinciales-territoriales, Ouest et Nord canadiens", "ast-igr",
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    [("Senior Intergovernmental Advisor", "Conseiller principal en affaires intergouvernementales", "EC-07", 2),
     ("Intergovernmental Analyst", "Analyste en affaires intergouvernementales", "EC-05", 2),
     ("Office Administrator", "Administrateur de bureau", "AS-02", 1)],
    610000, 96000, 6)
pos("cabops", PCO, "EX-03", "40009", "201510", ("Cabinet Secretariat", "Secrétariat du Cabinet"),
    "Director General, Cabinet Operations", "Directeur général, Opérations du Cabinet", "asst-clerk", OTT,
    [("Director, Cabinet Committee Operations", "Directeur, Opérations des comités du Cabinet", "EX-01", 9),
     ("Director, Cabinet Papers System", "Directeur, Système des documents du Cabinet", "EX-01", 11),
     ("Executive Assistant", "Adjoint exécutif", "AS-03", 1)],
    2420000, 180000, 22)
# Treasury Board Secretariat
pos("wfdata", TBS, "EX-02", "51044", "300512", ("Office of the Chief Human Resources Officer", "Bureau de la dirigeante principale des ressources humaines"),
    "Executive Director, Workforce Data Strategy", "Directeur exécutif, Stratégie des données sur l'effectif", "adm-wpa", OTT,
    [("Director, Workforce Data Governance", "Directeur, Gouvernance des données sur l'effectif", "EX-01", 8),
     ("Director, Workforce Analytics", "Directeur, Analytique de l'effectif", "EX-01", 9),
     ("Executive Assistant", "Adjointe exécutive", "AS-02", 1)],
    2080000, 160000, 19)
pos("easoc", TBS, "EX-01", "52215", "300528", ("Expenditure Management Sector", "Secteur de la gestion des dépenses"),
    "Director, Expenditure Analysis - Social Programs", "Directeur, Analyse des dépenses - Programmes sociaux", "ed-ea", OTT,
    [("Senior Expenditure Analyst", "Analyste principal des dépenses", "EC-07", 5),
     ("Expenditure Analyst", "Analyste des dépenses", "EC-05", 2)],
    905000, 24000, 8)
pos("regcoop", TBS, "EX-01", "53046", "300533", ("Regulatory Affairs Sector", "Secteur des affaires réglementaires"),
    "Director, Regulatory Cooperation Secretariat", "Directeur, Secrétariat de la coopération en matière de réglementation", "ed-reg", OTT,
    [("Manager, Regulatory Cooperation", "Gestionnaire, Coopération en matière de réglementation", "EC-07", 4),
     ("Senior Analyst, International Regulatory Cooperation", "Analyste principal, Coopération réglementaire internationale", "EC-06", 2),
     ("Program Assistant", "Adjoint de programme", "AS-01", 1)],
    830000, 112000, 8)
pos("exectal", TBS, "EX-01", "51318", "300541", ("Office of the Chief Human Resources Officer", "Bureau de la dirigeante principale des ressources humaines"),
    "Director, Executive Talent Management", "Directeur, Gestion des talents des cadres supérieurs", "dg-exec", OTT,
    [("Manager, Leadership Programs", "Gestionnaire, Programmes de leadership", "PE-06", 6),
     ("Senior Advisor, Talent Management", "Conseiller principal, Gestion des talents", "PE-05", 2)],
    1015000, 66000, 9)
pos("datapol", TBS, "EX-02", "54012", "300550", ("Office of the Chief Information Officer", "Bureau du dirigeant principal de l'information"),
    "Executive Director, Enterprise Data Policy", "Directeur exécutif, Politique sur les données d'entreprise", "dcio", OTT,
    [("Director, Data Policy", "Directeur, Politique sur les données", "EX-01", 7),
     ("Director, Privacy and Access Policy", "Directeur, Politique sur la protection des renseignements personnels et l'accès", "EX-01", 6),
     ("Senior Advisor", "Conseiller principal", "EC-07", 1)],
    1740000, 95000, 15)
pos("stratcom", TBS, "EX-01", "50127", "300561", ("Strategic Communications and Ministerial Affairs", "Communications stratégiques et affaires ministérielles"),
    "Director, Ministerial Services", "Directeur, Services ministériels", "as-comms", OTT,
    [("Manager, Ministerial Correspondence", "Gestionnaire, Correspondance ministérielle", "AS-05", 7),
     ("Manager, Parliamentary Affairs", "Gestionnaire, Affaires parlementaires", "PM-06", 3),
     ("Senior Briefing Coordinator", "Coordonnateur principal des breffages", "AS-04", 1)],
    1105000, 52000, 12)
pos("iapol", TBS, "EX-01", "55018", "300574", ("Office of the Comptroller General", "Bureau du contrôleur général"),
    "Director, Internal Audit Policy and Professional Practices", "Directeur, Politique et pratiques professionnelles de l'audit interne", "acg-ia", OTT,
    [("Senior Audit Policy Analyst", "Analyste principal de la politique d'audit", "FI-04", 3),
     ("Audit Practices Analyst", "Analyste des pratiques d'audit", "FI-03", 2),
     ("Administrative Assistant", "Adjoint administratif", "AS-01", 1)],
    790000, 58000, 7)
pos("olcoe", TBS, "EX-02", "51405", "300580", ("Official Languages Centre of Excellence", "Centre d'excellence en langues officielles"),
    "Executive Director, Official Languages Centre of Excellence", "Directeur exécutif, Centre d'excellence en langues officielles", "adm-ol", OTT,
    [("Director, Official Languages Policy", "Directrice, Politique sur les langues officielles", "EX-01", 7),
     ("Director, Official Languages Compliance and Reporting", "Directeur, Conformité et rapports en langues officielles", "EX-01", 5),
     ("Administrative Officer", "Agent administratif", "AS-03", 1)],
    1660000, 118000, 14)
pos("tbsub", TBS, "EX-01", "52060", "300589", ("Expenditure Management Sector", "Secteur de la gestion des dépenses"),
    "Director, Treasury Board Submissions Centre", "Directeur, Centre des présentations au Conseil du Trésor", "as-ems", OTT,
    [("Manager, Submission Coordination", "Gestionnaire, Coordination des présentations", "AS-06", 5),
     ("Senior Analyst, Submission Quality", "Analyste principal, Qualité des présentations", "EC-06", 3),
     ("Records Officer", "Agent des dossiers", "CR-05", 2)],
    1010000, 36000, 11)
pos("pension", TBS, "EX-01", "51607", "300595", ("Pensions and Benefits Sector", "Secteur des pensions et avantages sociaux"),
    "Director, Pension Policy", "Directeur, Politique des pensions", "adm-pens", OTT,
    [("Senior Pension Policy Analyst", "Analyste principal de la politique des pensions", "EC-07", 4),
     ("Pension Policy Analyst", "Analyste de la politique des pensions", "EC-05", 2),
     ("Actuarial Liaison Officer", "Agent de liaison actuarielle", "AC-02", 1)],
    960000, 47000, 8)
pos("secoffice", TBS, "EX-02", "50004", "300602", ("Office of the Secretary", "Bureau du secrétaire"),
    "Chief of Staff to the Secretary", "Chef de cabinet du secrétaire", "secretary", OTT,
    [("Director, Corporate Secretariat", "Directeur, Secrétariat ministériel", "EX-01", 6),
     ("Senior Advisor to the Secretary", "Conseiller principal du secrétaire", "EC-07", 2),
     ("Executive Assistant", "Adjoint exécutif", "AS-03", 2)],
    1280000, 145000, 11)
pos("corpsec", TBS, "EX-01", "50011", "300603", ("Office of the Secretary", "Bureau du secrétaire"),
    "Director, Corporate Secretariat", "Directeur, Secrétariat ministériel", "pos:secoffice", OTT,
    [("Manager, Executive Committees", "Gestionnaire, Comités de la haute direction", "AS-06", 3),
     ("Senior Coordinator, Briefing and Correspondence", "Coordonnatrice principale, Breffage et correspondance", "AS-05", 2),
     ("Administrative Assistant", "Adjoint administratif", "AS-01", 1)],
    640000, 26000, 7)
pos("evalcoe", TBS, "EX-01", "52240", "300611", ("Results Division", "Division des résultats"),
    "Director, Centre of Excellence for Evaluation", "Directeur, Centre d'excellence en évaluation", "ed-ea", OTT,
    [("Senior Evaluation Policy Analyst", "Analyste principal de la politique d'évaluation", "EC-07", 3),
     ("Evaluation Policy Analyst", "Analyste de la politique d'évaluation", "EC-05", 3)],
    705000, 39000, 7)
pos("accom", TBS, "EX-01", "50318", "300620", ("Corporate Services Sector", "Secteur des services ministériels"),
    "Director, Accommodation and Workplace Services", "Directeur, Locaux et services en milieu de travail", "adm-cs", OTT,
    [("Manager, Accommodation Planning", "Gestionnaire, Planification des locaux", "PG-05", 4),
     ("Manager, Workplace Services", "Gestionnaire, Services en milieu de travail", "AS-06", 6),
     ("Facilities Officer", "Agent des installations", "GT-04", 2)],
    1190000, 410000, 13)
pos("peoplesys", TBS, "EX-01", "51051", "300625", ("Office of the Chief Human Resources Officer", "Bureau de la dirigeante principale des ressources humaines"),
    "Director, HR Systems Policy", "Directeur, Politique des systèmes de ressources humaines", "adm-wpa", OTT,
    [("Manager, HR Data Standards", "Gestionnaire, Normes des données RH", "CS-04", 4),
     ("Senior HR Systems Analyst", "Analyste principal des systèmes RH", "CS-03", 3),
     ("HR Business Analyst", "Analyste des activités RH", "PE-04", 2)],
    1090000, 71000, 10)

PROSE_EN = {
    "ga": "The {title} is accountable for providing strategic advice, coordination and secretariat support to the {sup}, "
          "and through the {sup_short}, to the Clerk and to Ministers, on {theme}; for leading a small team of "
          "analysts and officers; and for ensuring that the work of the {unit} meets the standards of a central agency.",
    "ns": ["The {unit} is a small central agency unit. Its work is largely analytical and advisory: it reviews proposals "
           "from departments, prepares briefing material for senior officials and Ministers, and coordinates "
           "horizontal files that no single department owns.",
           "The incumbent works under tight and shifting deadlines driven by the Cabinet and parliamentary cycle, and "
           "must maintain the confidence of deputy heads and their officials while offering a challenge function on "
           "their proposals.",
           "The budget of the unit is almost entirely salary; operating funds cover travel for consultations, "
           "training and a small amount of contracted research."],
    "sa": ["Directs the analysis of departmental proposals on {theme} and provides advice to senior officials.",
           "Leads the preparation of briefing notes, scenario notes and decision material for Cabinet committees.",
           "Manages the human and financial resources of the {unit} and sets its priorities and work plan.",
           "Establishes and maintains networks with departments, provinces and territories, and central agencies.",
           "Represents the {unit} on interdepartmental committees and working groups at the director general level."],
}
THEMES = {
    "cabpapers": "the management of Cabinet papers and confidences", "mog": "the machinery of government and transitions",
    "igpa": "federal-provincial-territorial relations", "gicapp": "Governor in Council appointments",
    "rdu": "the delivery of the Government's priorities", "secops": "the security of the Office and its people",
    "sdp": "social development policy", "edp": "economic and regional development policy",
    "comms": "government communications planning", "oic": "Orders in Council and regulations",
    "pmcorr": "correspondence addressed to the Prime Minister", "lhp": "the Government's legislative programme",
    "fdp": "foreign and defence policy", "fedprov": "relations with the western and northern governments",
    "cabops": "the operations of Cabinet and its committees",
    "wfdata": "public service workforce data", "easoc": "spending on social programs",
    "regcoop": "regulatory cooperation", "exectal": "executive talent management",
    "datapol": "data policy for the Government of Canada", "stratcom": "ministerial services",
    "iapol": "internal audit policy", "olcoe": "official languages", "tbsub": "Treasury Board submissions",
    "pension": "public service pension policy", "secoffice": "the management of the Secretary's office",
    "corpsec": "the corporate governance of the Secretariat", "evalcoe": "evaluation policy",
    "accom": "accommodation and workplace services", "peoplesys": "human resources systems",
}
PROSE_FR = {
    "ga": "Le titulaire du poste de {title} est responsable de fournir des conseils stratégiques, de la coordination "
          "et un soutien de secrétariat au {sup}, et par son entremise au greffier et aux ministres, en matière de "
          "{theme}; de diriger une petite équipe d'analystes et d'agents; et de veiller à ce que le travail du {unit} "
          "réponde aux normes d'un organisme central.",
    "ns": ["Le {unit} est une petite unité d'un organisme central. Son travail est surtout analytique et consultatif : "
           "il examine les propositions des ministères, prépare des documents d'information pour les hauts "
           "fonctionnaires et les ministres et coordonne des dossiers horizontaux.",
           "Le titulaire travaille selon des échéances serrées, dictées par le cycle du Cabinet et du Parlement.",
           "Le budget de l'unité est presque entièrement consacré aux traitements et salaires."],
    "sa": ["Dirige l'analyse des propositions ministérielles en matière de {theme} et conseille les hauts fonctionnaires.",
           "Dirige la préparation des notes d'information et des documents de décision pour les comités du Cabinet.",
           "Gère les ressources humaines et financières du {unit} et en établit les priorités.",
           "Établit et entretient des réseaux avec les ministères, les provinces et les territoires.",
           "Représente le {unit} aux comités interministériels."],
}
THEMES_FR = {
    "gicapp": "nominations par le gouverneur en conseil", "comms": "planification des communications gouvernementales",
    "exectal": "gestion des talents des cadres supérieurs", "easoc": "dépenses des programmes sociaux",
    "oic": "décrets et règlements", "igpa": "relations fédérales-provinciales-territoriales",
    "olcoe": "langues officielles", "lhp": "programme législatif du gouvernement",
    "regcoop": "coopération en matière de réglementation", "cabops": "fonctionnement du Cabinet",
    "evalcoe": "politique d'évaluation", "accom": "locaux et services en milieu de travail",
    "secops": "sécurité du Bureau", "pension": "politique des pensions",
}

GIVEN = ["Marguerite", "Tobias", "Anneliese", "Dorian", "Solange", "Percival", "Ingrid", "Lucien", "Oksana", "Barnaby",
         "Fleur", "Evander", "Rosalind", "Casimir", "Henrietta", "Ludovic", "Wilhelmina", "Ambrose", "Delphine", "Caspian",
         "Ottilie", "Thaddeus", "Isaura", "Leopold", "Maëlle", "Gideon", "Philippa", "Octave", "Séverine", "Bartholomew",
         "Clementine", "Aurelio", "Noémie", "Fitzgerald", "Zénaïde", "Horatio", "Liesel", "Anatole", "Gwendolyn", "Eustache"]
FAMILY = ["Quillfeather", "Marchetti-Boyle", "Vandersloot", "Brisebois-Tanaka", "Ashcombe", "Okafor-Lindqvist",
          "Thibodeau-Marsh", "Pennywhistle", "Gravelbourg", "Halvorsen-Dubé", "Lachapelle-Rao", "Wetherby",
          "Nakashima-Roy", "Fairbrook", "Desrosiers-Kaur", "Mulcaster", "Beaulac-Ferreira", "Strathdee", "Kowalczyk-Ouellet",
          "Tremayne", "Boisjoli", "Abernethy-Sato", "Vautrin", "Lindgren-Paquette", "Crossfield", "Ravensworth",
          "Bélanger-Osei", "Moncrieffe", "Tisdale-Ngata", "Larivée", "Pemberton-Hale", "Quesnel-Adeyemi", "Drumheller",
          "Valcourt-Singh", "Ellesmere", "Saint-Aubin", "Whitlock-Moreau", "Harrowgate", "Duchesneau-Park", "Coldwater"]
