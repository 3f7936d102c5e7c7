"""Positions, people and prose for the blind127 corpus (all invented).

A justice-and-public-safety portfolio department's executive-services share drive, 2006-2026.
"""

DEPT_EN = "Public Safety Canada"
DEPT_FR = "Sécurité publique Canada"

# Supervisors whose own descriptions are not in the folder: key -> (number, title en, title fr, level)
OUTSIDE = {
    "ADM_CSCC": ("10010", "Assistant Deputy Minister, Community Safety and Countering Crime Branch",
                 "Sous-ministre adjoint, Secteur de la sécurité communautaire et de la réduction du crime", "EX-05"),
    "ADM_EMPB": ("10020", "Assistant Deputy Minister, Emergency Management and Programs Branch",
                 "Sous-ministre adjoint, Secteur de la gestion des urgences et des programmes", "EX-05"),
    "ADM_CMB": ("10030", "Assistant Deputy Minister, Corporate Management Branch",
                "Sous-ministre adjoint, Secteur de la gestion ministérielle", "EX-04"),
    "DG_CCEP": ("20310", "Director General, Canada Centre for Community Engagement and Prevention of Violence",
                "Directeur général, Centre canadien d'engagement communautaire et de prévention de la violence", "EX-03"),
    "DG_SP": ("20410", "Director General, Strategic Policy",
              "Directeur général, Politiques stratégiques", "EX-03"),
}

# key: dict(pn, title, title_fr, cls, job, loc, loc_fr, branch, branch_fr, sup, domain, domain_fr, reports, fte, salary, om)
# reports: (title en, title fr, level, fte)
P = {}


def pos(key, **kw):
    P[key] = kw


pos("DG_POL", pn="20110", title="Director General, Policing Policy",
    title_fr="Directeur général, Politiques en matière de police", cls="EX-03", job="300112",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Community Safety and Countering Crime Branch",
    branch_fr="Secteur de la sécurité communautaire et de la réduction du crime", sup="ADM_CSCC",
    domain="national policing policy, including Indigenous policing, law enforcement and border strategies, and firearms policy",
    domain_fr="la politique nationale en matière de police, y compris la police autochtone, les stratégies d'application de la loi et frontalières et la politique sur les armes à feu",
    reports=[("Director, Indigenous Policing Policy", "Directeur, Politiques sur la police autochtone", "EX-01", 19),
             ("Director, Law Enforcement and Border Strategies", "Directeur, Stratégies d'application de la loi et frontalières", "EX-01", 16),
             ("Director, Firearms Policy", "Directeur, Politique sur les armes à feu", "EX-01", 14),
             ("Executive Assistant", "Adjoint exécutif", "AS-03", 1)],
    fte=52, salary=5140000, om=610000)
pos("DG_CCJ", pn="20120", title="Director General, Corrections and Criminal Justice",
    title_fr="Directeur général, Affaires correctionnelles et justice pénale", cls="EX-03", job="300118",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Community Safety and Countering Crime Branch",
    branch_fr="Secteur de la sécurité communautaire et de la réduction du crime", sup="ADM_CSCC",
    domain="policy on corrections, conditional release, victims of crime and criminal justice reform",
    domain_fr="les politiques relatives aux services correctionnels, à la mise en liberté sous condition, aux victimes d'actes criminels et à la réforme de la justice pénale",
    reports=[], fte=61, salary=6025000, om=745000)
pos("DG_EMP", pn="20210", title="Director General, Emergency Management Policy and Outreach",
    title_fr="Directeur général, Politiques et sensibilisation en gestion des urgences", cls="EX-03", job="300207",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Emergency Management and Programs Branch",
    branch_fr="Secteur de la gestion des urgences et des programmes", sup="ADM_EMPB",
    domain="federal emergency management policy, planning, disaster financial assistance and critical infrastructure resilience",
    domain_fr="la politique fédérale de gestion des urgences, la planification, l'aide financière en cas de catastrophe et la résilience des infrastructures essentielles",
    reports=[("Director, Emergency Management Planning", "Directeur, Planification de la gestion des urgences", "EX-01", 22),
             ("Director, Disaster Financial Assistance", "Directeur, Aide financière en cas de catastrophe", "EX-01", 18),
             ("Director, Critical Infrastructure Policy", "Directeur, Politique sur les infrastructures essentielles", "EX-01", 17),
             ("Director, Emergency Management Training and Exercises", "Directeur, Formation et exercices en gestion des urgences", "EX-01", 12)],
    fte=74, salary=7010000, om=1285000)
pos("DG_REG", pn="20220", title="Director General, Regional Operations",
    title_fr="Directeur général, Opérations régionales", cls="EX-03", job="300211",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Emergency Management and Programs Branch",
    branch_fr="Secteur de la gestion des urgences et des programmes", sup="ADM_EMPB",
    domain="the delivery of the department's programs and emergency management coordination in the regions",
    domain_fr="la prestation des programmes du ministère et la coordination de la gestion des urgences dans les régions",
    reports=[("Regional Director, Quebec Region", "Directeur régional, Région du Québec", "EX-01", 21),
             ("Regional Director, Atlantic Region", "Directeur régional, Région de l'Atlantique", "EX-01", 18),
             ("Regional Director, Ontario Region", "Directeur régional, Région de l'Ontario", "EX-01", 20),
             ("Regional Director, Prairie Region", "Directeur régional, Région des Prairies", "EX-01", 15),
             ("Regional Director, Pacific Region", "Directeur régional, Région du Pacifique", "EX-01", 17),
             ("Regional Director, Northern Region", "Directeur régional, Région du Nord", "EX-01", 9),
             ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale", "PM-06", 4)],
    fte=108, salary=9860000, om=2140000)
pos("DG_HR", pn="30110", title="Director General, Human Resources",
    title_fr="Directeur général, Ressources humaines", cls="EX-03", job="300410",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Corporate Management Branch",
    branch_fr="Secteur de la gestion ministérielle", sup="ADM_CMB",
    domain="the department's human resources management programs, executive services, classification, labour relations and workplace well-being",
    domain_fr="les programmes de gestion des ressources humaines du ministère, les services aux cadres, la classification, les relations de travail et le mieux-être au travail",
    reports=[("Director, Executive Services and Talent Management", "Directeur, Services aux cadres et gestion des talents", "EX-01", 11),
             ("Director, Classification and Organizational Design", "Directeur, Classification et conception organisationnelle", "EX-01", 14),
             ("Director, Labour Relations and Workplace Wellness", "Directeur, Relations de travail et mieux-être au travail", "EX-01", 13),
             ("Manager, HR Planning and Systems", "Gestionnaire, Planification et systèmes RH", "AS-07", 9)],
    fte=96, salary=8240000, om=1420000)

# Directors
pos("IPP", pn="21111", title="Director, Indigenous Policing Policy",
    title_fr="Directeur, Politiques sur la police autochtone", cls="EX-01", job="300131",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Community Safety and Countering Crime Branch",
    branch_fr="", sup="DG_POL",
    domain="policy and program advice on policing in First Nation and Inuit communities, including the First Nations and Inuit Policing Program",
    domain_fr="",
    reports=[("Manager, Policing Agreements", "", "EC-06", 8), ("Manager, Policy and Engagement", "", "EC-06", 7),
             ("Senior Policy Advisor", "", "EC-06", 1), ("Administrative Assistant", "", "AS-01", 1)],
    fte=19, salary=1885000, om=240000)
pos("LEB", pn="21112", title="Director, Law Enforcement and Border Strategies",
    title_fr="", cls="EX-01", job="300133", loc="Ottawa, Ontario", loc_fr="",
    branch="Community Safety and Countering Crime Branch", branch_fr="", sup="DG_POL",
    domain="policy on serious and organized crime, border integrity and federal law enforcement priorities",
    domain_fr="",
    reports=[("Manager, Organized Crime Policy", "", "EC-07", 7), ("Manager, Border Policy", "", "EC-06", 6),
             ("Manager, Human Trafficking Strategy", "", "EC-06", 2)],
    fte=16, salary=1610000, om=188000)
pos("FIR", pn="21113", title="Director, Firearms Policy",
    title_fr="", cls="EX-01", job="300135", loc="Ottawa, Ontario", loc_fr="",
    branch="Community Safety and Countering Crime Branch", branch_fr="", sup="DG_POL",
    domain="federal firearms policy and legislation, and the coordination of firearms initiatives across the portfolio",
    domain_fr="",
    reports=[("Manager, Firearms Legislation and Regulations", "", "EC-07", 6),
             ("Manager, Firearms Programs and Engagement", "", "EC-06", 7)],
    fte=14, salary=1395000, om=205000)
pos("COR", pn="21211", title="Director, Corrections Policy",
    title_fr="Directeur, Politique correctionnelle", cls="EX-01", job="300141",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="",
    branch_fr="Secteur de la sécurité communautaire et de la réduction du crime", sup="DG_CCJ",
    domain="", domain_fr="l'élaboration de la politique correctionnelle fédérale et des conseils sur la Loi sur le système correctionnel et la mise en liberté sous condition",
    reports=[("", "Gestionnaire, Politique correctionnelle", "EC-07", 8),
             ("", "Gestionnaire, Surveillance dans la collectivité", "EC-06", 6),
             ("", "Adjointe administrative", "AS-01", 1)],
    fte=16, salary=1560000, om=174000)
pos("REI", pn="21212", title="Director, Offender Reintegration and Victims Policy",
    title_fr="Directeur, Réinsertion sociale des délinquants et politique sur les victimes", cls="EX-01", job="300143",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="",
    branch_fr="Secteur de la sécurité communautaire et de la réduction du crime", sup="DG_CCJ",
    domain="", domain_fr="les politiques de réinsertion sociale des délinquants et le Bureau national pour les victimes d'actes criminels",
    reports=[("", "Gestionnaire, Bureau national pour les victimes d'actes criminels", "PM-06", 9),
             ("", "Gestionnaire, Réinsertion sociale", "EC-06", 5)],
    fte=15, salary=1440000, om=395000)
pos("CJP", pn="21213", title="Director, Criminal Justice Policy",
    title_fr="", cls="EX-01", job="300145", loc="Ottawa, Ontario", loc_fr="",
    branch="Community Safety and Countering Crime Branch", branch_fr="", sup="DG_CCJ",
    domain="portfolio advice on criminal law reform, pardons and record suspensions, and the criminal justice aspects of public safety",
    domain_fr="",
    reports=[("Manager, Criminal Law Reform", "", "EC-07", 6), ("Manager, Record Suspensions Policy", "", "EC-06", 4),
             ("Policy Analyst", "", "EC-05", None)],
    fte=12, salary=1180000, om=96000)
pos("NCPC", pn="21214", title="Senior Director, Crime Prevention Programs",
    title_fr="Directeur principal, Programmes de prévention du crime", cls="EX-02", job="300149",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Community Safety and Countering Crime Branch",
    branch_fr="Secteur de la sécurité communautaire et de la réduction du crime", sup="DG_CCJ",
    domain="the National Crime Prevention Strategy's funding programs, their design, delivery and evaluation",
    domain_fr="les programmes de financement de la Stratégie nationale de prévention du crime, leur conception, leur exécution et leur évaluation",
    reports=[("Manager, Program Design", "Gestionnaire, Conception des programmes", "PM-06", 8),
             ("Manager, Program Delivery (National)", "Gestionnaire, Exécution des programmes (national)", "PM-06", 14),
             ("Manager, Knowledge and Evaluation", "Gestionnaire, Connaissances et évaluation", "EC-07", 7),
             ("Manager, Grants and Contributions Operations", "Gestionnaire, Opérations des subventions et contributions", "FI-03", 6)],
    fte=37, salary=3455000, om=412000)
pos("CCRA", pn="21217", title="Director, Corrections Legislation Review Secretariat",
    title_fr="", cls="EX-01", job="300152", loc="Ottawa, Ontario", loc_fr="",
    branch="Community Safety and Countering Crime Branch", branch_fr="", sup="DG_CCJ",
    domain="the secretariat supporting the parliamentary review of federal corrections legislation",
    domain_fr="",
    reports=[("Manager, Review Coordination", "", "EC-07", 5), ("Senior Analyst, Parliamentary Affairs", "", "EC-06", 1)],
    fte=8, salary=815000, om=142000)
pos("EMPL", pn="22111", title="Director, Emergency Management Planning",
    title_fr="Directeur, Planification de la gestion des urgences", cls="EX-01", job="300221",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la gestion des urgences et des programmes",
    sup="DG_EMP", domain="", domain_fr="la planification fédérale en cas d'urgence, le Plan fédéral d'intervention d'urgence et les plans ministériels de gestion des urgences",
    reports=[("", "Gestionnaire, Planification fédérale", "PM-06", 9), ("", "Gestionnaire, Risques et évaluations", "EC-06", 7),
             ("", "Gestionnaire, Continuité des activités", "PM-05", 5)],
    fte=22, salary=2085000, om=310000)
pos("DFAA", pn="22112", title="Director, Disaster Financial Assistance",
    title_fr="Directeur, Aide financière en cas de catastrophe", cls="EX-01", job="300223",
    loc="Gatineau, Quebec", loc_fr="Gatineau (Québec)", branch="", branch_fr="Secteur de la gestion des urgences et des programmes",
    sup="DG_EMP", domain="", domain_fr="les Accords d'aide financière en cas de catastrophe et le traitement des demandes des provinces et territoires",
    reports=[("", "Gestionnaire, Traitement des demandes", "FI-03", 9), ("", "Gestionnaire, Politique des Accords", "EC-06", 5),
             ("", "Agent principal des finances", "FI-02", 2)],
    fte=18, salary=1705000, om=235000)
pos("CIP", pn="22113", title="Director, Critical Infrastructure Policy",
    title_fr="", cls="EX-01", job="300225", loc="Ottawa, Ontario", loc_fr="",
    branch="Emergency Management and Programs Branch", branch_fr="", sup="DG_EMP",
    domain="the National Strategy for Critical Infrastructure and engagement with the ten critical infrastructure sector networks",
    domain_fr="",
    reports=[("Manager, Sector Networks", "", "PM-06", 8), ("Manager, Resilience Assessments", "", "EC-06", 6),
             ("Manager, Information Sharing", "", "PM-05", 3)],
    fte=17, salary=1655000, om=420000)
pos("TRX", pn="22115", title="Director, Emergency Management Training and Exercises",
    title_fr="Directeur, Formation et exercices en gestion des urgences", cls="EX-01", job="300229",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la gestion des urgences et des programmes",
    sup="DG_EMP", domain="", domain_fr="le programme national d'exercices et la formation en gestion des urgences offerte aux partenaires fédéraux, provinciaux et territoriaux",
    reports=[("", "Gestionnaire, Programme national d'exercices", "PM-06", 6), ("", "Gestionnaire, Formation", "ED-EDS-03", 5)],
    fte=12, salary=1130000, om=560000)
pos("GOC", pn="22310", title="Executive Director, Government Operations Centre",
    title_fr="Directeur exécutif, Centre des opérations du gouvernement", cls="EX-02", job="300240",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la gestion des urgences et des programmes",
    sup="ADM_EMPB", domain="", domain_fr="le fonctionnement 24 heures sur 24, 7 jours sur 7, du Centre des opérations du gouvernement et la coordination de l'intervention fédérale intégrée",
    reports=[("", "Directeur, Opérations et surveillance", "EX-01", 31), ("", "Gestionnaire, Planification des interventions", "PM-06", 9),
             ("", "Gestionnaire, Connaissance de la situation", "PM-06", 11), ("", "Gestionnaire, Systèmes et logistique", "CS-03", 6)],
    fte=58, salary=5370000, om=1190000)
# Regional directors (one generic work description, job code 300451)
for key, pn, name_en, name_fr, loc, loc_fr, fte, sal, om, reps in [
    ("RQC", "22211", "Quebec Region", "Région du Québec", "Montréal, Quebec", "Montréal (Québec)", 21, 1930000, 355000,
     [("Manager, Emergency Management", "Gestionnaire, Gestion des urgences", "PM-06", 8),
      ("Manager, Programs and Partnerships", "Gestionnaire, Programmes et partenariats", "PM-06", 7),
      ("Senior Regional Advisor, Indigenous Communities", "Conseiller régional principal, Communautés autochtones", "PM-05", 3)]),
    ("RAT", "22212", "Atlantic Region", "Région de l'Atlantique", "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)", 18, 1675000, 318000,
     [("Manager, Emergency Management", "Gestionnaire, Gestion des urgences", "PM-06", 9),
      ("Manager, Programs and Partnerships", "Gestionnaire, Programmes et partenariats", "PM-06", 6),
      ("Regional Office Coordinator", "Coordonnateur du bureau régional", "AS-02", 1)]),
    ("RON", "22213", "Ontario Region", "Région de l'Ontario", "Toronto, Ontario", "Toronto (Ontario)", 20, 1840000, 296000,
     [("Manager, Emergency Management", "", "PM-06", 9), ("Manager, Programs and Partnerships", "", "PM-06", 8),
      ("Senior Advisor, Crime Prevention", "", "PM-05", 2)]),
    ("RPR", "22214", "Prairie Region", "Région des Prairies", "Regina, Saskatchewan", "Regina (Saskatchewan)", 15, 1390000, 342000,
     [("Manager, Emergency Management", "", "PM-06", 7), ("Manager, Programs and Partnerships", "", "PM-05", 6)]),
    ("RPA", "22215", "Pacific Region", "Région du Pacifique", "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)", 17, 1595000, 377000,
     [("Manager, Emergency Management", "", "PM-06", 8), ("Manager, Programs and Partnerships", "", "PM-06", 7)]),
    ("RNO", "22216", "Northern Region", "Région du Nord", "Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)", 9, 905000, 412000,
     [("Manager, Emergency Management and Programs", "", "PM-06", 5), ("Regional Advisor, Whitehorse", "", "PM-05", 1),
      ("Regional Advisor, Iqaluit", "", "PM-05", 1)]),
]:
    pos(key, pn=pn, title="Regional Director, " + name_en, title_fr="Directeur régional, " + name_fr, cls="EX-01",
        job="300451", loc=loc, loc_fr=loc_fr, branch="Emergency Management and Programs Branch",
        branch_fr="Secteur de la gestion des urgences et des programmes", sup="DG_REG",
        domain="the department's presence in the " + name_en, domain_fr="la présence du ministère dans la " + name_fr,
        reports=reps, fte=fte, salary=sal, om=om)
pos("EXS", pn="31111", title="Director, Executive Services and Talent Management",
    title_fr="", cls="EX-01", job="300415", loc="Ottawa, Ontario", loc_fr="",
    branch="Corporate Management Branch", branch_fr="", sup="DG_HR",
    domain="executive staffing, compensation, talent management and leadership development for the department's executive cadre",
    domain_fr="",
    reports=[("Manager, Executive Staffing and Compensation", "", "PE-06", 5), ("Manager, Talent Management and Leadership Development", "", "PE-05", 4),
             ("Executive Services Officer", "", "AS-04", 1)],
    fte=11, salary=1060000, om=215000)
pos("CLS", pn="31112", title="Director, Classification and Organizational Design",
    title_fr="Directeur, Classification et conception organisationnelle", cls="EX-01", job="300417",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la gestion ministérielle", sup="DG_HR",
    domain="", domain_fr="le programme de classification du ministère, la conception organisationnelle et la surveillance de la classification des postes de cadres",
    reports=[("", "Gestionnaire, Classification (groupes non-EX)", "PE-06", 7), ("", "Gestionnaire, Conception organisationnelle et classification EX", "PE-06", 5),
             ("", "Agent de la gestion de l'information", "CR-05", 1)],
    fte=14, salary=1315000, om=88000)
pos("LR", pn="31113", title="Director, Labour Relations and Workplace Wellness",
    title_fr="Directeur, Relations de travail et mieux-être au travail", cls="EX-01", job="300419",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la gestion ministérielle", sup="DG_HR",
    domain="", domain_fr="les relations de travail, la gestion informelle des conflits, l'obligation de prendre des mesures d'adaptation et le mieux-être au travail",
    reports=[("", "Gestionnaire, Relations de travail", "PE-05", 6), ("", "Gestionnaire, Mieux-être et mesures d'adaptation", "PE-05", 5),
             ("", "Ombudsman adjoint", "PE-05", None)],
    fte=13, salary=1210000, om=134000)
pos("CCE", pn="23111", title="Director, Prevention Programs and Research",
    title_fr="Directeur, Programmes de prévention et recherche", cls="EX-01", job="300311",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur de la sécurité communautaire et de la réduction du crime",
    sup="DG_CCEP", domain="", domain_fr="le Fonds pour la résilience communautaire et le programme de recherche sur la prévention de la radicalisation menant à la violence",
    reports=[("", "Gestionnaire, Fonds pour la résilience communautaire", "PM-06", 7), ("", "Gestionnaire, Recherche", "EC-07", 6)],
    fte=14, salary=1345000, om=136000)
pos("SPC", pn="24111", title="Director, Cabinet Affairs and Strategic Planning",
    title_fr="Directeur, Affaires du Cabinet et planification stratégique", cls="EX-01", job="300511",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="", branch_fr="Secteur des politiques stratégiques", sup="DG_SP",
    domain="", domain_fr="la coordination des affaires du Cabinet, la planification stratégique et les rapports ministériels au Parlement",
    reports=[("", "Gestionnaire, Affaires du Cabinet", "EC-07", 5), ("", "Gestionnaire, Planification et rapports", "EC-06", 5)],
    fte=11, salary=1085000, om=72000)
pos("POR", pn="24112", title="Senior Director, Portfolio Affairs",
    title_fr="Directeur principal, Affaires du portefeuille", cls="EX-02", job="300515",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", branch="Strategic Policy Branch", branch_fr="Secteur des politiques stratégiques", sup="DG_SP",
    domain="coordination across the portfolio agencies (the RCMP, the Correctional Service, the Parole Board, the Border Services Agency and the Security Intelligence Service)",
    domain_fr="la coordination entre les organismes du portefeuille (la GRC, le Service correctionnel, la Commission des libérations conditionnelles, l'Agence des services frontaliers et le Service du renseignement de sécurité)",
    reports=[("Director, Portfolio Coordination", "Directeur, Coordination du portefeuille", "EX-01", 9),
             ("Manager, Governance and Appointments", "Gestionnaire, Gouvernance et nominations", "EC-06", 4)],
    fte=15, salary=1520000, om=118000)

FIRST = ["Marielle", "Tobias", "Harjit", "Odile", "Kwabena", "Siobhan", "Renaud", "Ainsley", "Farida", "Lucien",
         "Priyanka", "Gwendolyn", "Théophile", "Nakoma", "Brigitte", "Dmitri", "Yasmine", "Corentin", "Halima",
         "Everett", "Solange", "Ravindra", "Maëlle", "Torin", "Aurélie", "Benedikt", "Chantale", "Desmond"]
LAST = ["Castonguay-Reid", "Abernethy-Lowe", "Okonkwo-Baptiste", "Ferreira-Lalonde", "Vanterpool", "Desrochers-Amyot",
        "Mulvaney-Sauvé", "Thibodeau-Khan", "Sandhu-Morel", "Quigley-Nadeau", "Nakamura-Ouellet", "Brassard-Eze",
        "Oyelaran-Dupuis", "Lindqvist-Paré", "Pelletier-Ward", "Achterberg", "Gagnon-Osei", "Rutherford-Lacasse",
        "Beaulieu-Mendes", "Kaczmarek-Roy", "Tremblay-Adeyemi", "Villeneuve-Stroud", "Halvorsen-Cyr", "Marchetti-Fortin"]

GA_EN = ("The {title} is accountable to the {sup} for {domain}, and for the leadership and management of the "
         "{unit}'s human, financial and information resources.")
GA_FR = ("Le {title} est responsable devant le {sup} de {domain}, ainsi que de la direction et de la gestion des "
         "ressources humaines, financières et informationnelles de l'unité.")
NS_EN = [
    "Public Safety Canada leads the federal government's work to keep Canadians safe from a range of risks, "
    "including natural disasters, crime and terrorism. The department works with the five portfolio agencies, "
    "provinces and territories, Indigenous partners, municipalities and the voluntary sector.",
    "The position operates in an environment of intense public, media and parliamentary scrutiny, in which "
    "events can change priorities within hours. The incumbent must reconcile the views of federal, provincial, "
    "territorial and Indigenous partners whose mandates and interests often diverge.",
    "Advice provided by the position informs Memoranda to Cabinet, Treasury Board submissions, ministerial "
    "briefings and legislative proposals. Errors or delays can affect the safety of communities and the "
    "credibility of the Minister and the department.",
]
NS_FR = [
    "Sécurité publique Canada dirige les efforts du gouvernement fédéral visant à protéger la population "
    "canadienne contre divers risques, notamment les catastrophes naturelles, la criminalité et le terrorisme. "
    "Le ministère collabore avec les cinq organismes du portefeuille, les provinces et les territoires, les "
    "partenaires autochtones et le secteur bénévole.",
    "Le poste évolue dans un contexte d'examen public, médiatique et parlementaire soutenu, où les priorités "
    "peuvent changer en quelques heures. Le titulaire doit concilier les points de vue de partenaires dont les "
    "mandats et les intérêts divergent souvent.",
    "Les conseils fournis éclairent les mémoires au Cabinet, les présentations au Conseil du Trésor, les "
    "séances d'information ministérielles et les propositions législatives.",
]
SA_EN = [
    "Provides strategic leadership and direction for {domain}.",
    "Leads the development of policy options, Memoranda to Cabinet and Treasury Board submissions, and advises the Deputy Minister and the Minister.",
    "Establishes and maintains partnerships with provinces, territories, Indigenous organizations and portfolio agencies.",
    "Represents the department on federal-provincial-territorial committees and working groups, and before parliamentary committees when required.",
    "Manages the human and financial resources of the unit, including planning, staffing, performance management and the development of employees.",
    "Directs the preparation of briefing material, responses to Access to Information requests and ministerial correspondence.",
    "Oversees performance measurement, evaluation and reporting on the results of the unit's programs.",
    "Anticipates emerging issues and risks and develops strategies to respond to them.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation pour {domain}.",
    "Dirige l'élaboration d'options stratégiques, de mémoires au Cabinet et de présentations au Conseil du Trésor, et conseille le sous-ministre et le ministre.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones et les organismes du portefeuille.",
    "Représente le ministère au sein des comités et groupes de travail fédéraux-provinciaux-territoriaux, et devant les comités parlementaires au besoin.",
    "Gère les ressources humaines et financières de l'unité, y compris la planification, la dotation, la gestion du rendement et le perfectionnement des employés.",
    "Dirige la préparation des documents d'information, des réponses aux demandes d'accès à l'information et de la correspondance ministérielle.",
    "Supervise la mesure du rendement, l'évaluation et la production de rapports sur les résultats des programmes de l'unité.",
    "Anticipe les enjeux et les risques émergents et élabore des stratégies pour y répondre.",
]
