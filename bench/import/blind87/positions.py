"""The invented positions of blind87 (numbers, budgets and people invented; departments real).

Each position: the truth of its key fields. A document may drop or change some of them (its
`over` in make_blind.DOCS); the ground truth is always computed from what the document states.
"""

# supervisors that are not documents of the corpus
VP_OPS = ("10005", "Vice-President, Operations", "Vice-président, Opérations", "EX-04")
VP_POL = ("10006", "Vice-President, Policy, Planning and Communications",
          "Vice-président, Politiques, planification et communications", "EX-04")
VP_CORP = ("10007", "Vice-President, Corporate Services and Chief Financial Officer",
           "Vice-présidente, Services ministériels et dirigeante principale des finances", "EX-04")
PRESIDENT = ("10001", "President", "Président", "DM-01")


def P(key, dept, theme, func, title_en, title_fr, cls, number, job_code, date, sup, reports, salary, om,
      fte, location, program=None, region=None, branch=None, incumbent=None):
    return dict(key=key, dept=dept, theme=theme, func=func, title_en=title_en, title_fr=title_fr, cls=cls,
                number=number, job_code=job_code, date=date, sup=sup, reports=reports, salary=salary, om=om,
                fte=fte, location=location, program=program, region=region, branch=branch, incumbent=incumbent)


def R(en, fr, cls, fte):
    return (en, fr, cls, fte)


def S(p):
    """A position of the corpus as a supervisor."""
    return (p["number"], p["title_en"], p["title_fr"], p["cls"])


DG_EAST = P("dg_east", "DEC", "operations", None,
            "Director General, Regional Operations - East", "Directeur général, Opérations régionales - Est",
            "EX-03", "10110", "104522", "2016-04-01", VP_OPS,
            [R("Director, Québec-Chaudière-Appalaches Business Office",
               "Directeur, Bureau d'affaires Québec-Chaudière-Appalaches", "EX-01", 31),
             R("Director, Bas-Saint-Laurent Business Office", "Directeur, Bureau d'affaires Bas-Saint-Laurent",
               "EX-01", 17),
             R("Director, Gaspésie-Îles-de-la-Madeleine Business Office",
               "Directrice, Bureau d'affaires Gaspésie-Îles-de-la-Madeleine", "EX-01", 15),
             R("Director, Côte-Nord Business Office", "Directeur, Bureau d'affaires Côte-Nord", "EX-01", 12),
             R("Director, Saguenay-Lac-Saint-Jean Business Office",
               "Directrice, Bureau d'affaires Saguenay-Lac-Saint-Jean", "EX-01", 19),
             R("Director, Mauricie-Centre-du-Québec Business Office",
               "Directeur, Bureau d'affaires Mauricie-Centre-du-Québec", "EX-01", 21),
             R("Senior Advisor, Regional Operations", "Conseillère principale, Opérations régionales", "EC-06", 1)],
            1380000, 96000, 118, ("Québec", "QC"), program=84000000, region=None,
            branch=("Operations", "Opérations"), incumbent="Isabelle Fortier-Dagenais")

DG_WEST = P("dg_west", "DEC", "operations", None,
            "Director General, Regional Operations - West", "Directrice générale, Opérations régionales - Ouest",
            "EX-03", "10111", "104523", "2016-04-01", VP_OPS,
            [R("Director, Montréal Business Office", "Directeur, Bureau d'affaires de Montréal", "EX-02", 44),
             R("Director, Estrie Business Office", "Directrice, Bureau d'affaires de l'Estrie", "EX-01", 16),
             R("Director, Outaouais Business Office", "Directeur, Bureau d'affaires de l'Outaouais", "EX-01", 11),
             R("Director, Abitibi-Témiscamingue Business Office",
               "Directrice, Bureau d'affaires de l'Abitibi-Témiscamingue", "EX-01", 10),
             R("Director, Montérégie Business Office", "Directeur, Bureau d'affaires de la Montérégie", "EX-01", 22),
             R("Executive Assistant", "Adjointe exécutive", "AS-02", 1)],
            1250000, 88000, 110, ("Montréal", "QC"), program=97500000,
            branch=("Operations", "Opérations"), incumbent="Chantal Beaulieu")


def regional(key, en, fr, region_en, region_fr, city, number, sup, reports, salary, om, fte, date, incumbent,
             cls="EX-01", job_code="104530", program=None):
    title_en = f"Director, {en} Business Office"
    title_fr = f"{fr}"
    return P(key, "DEC", "regional", None, title_en, title_fr, cls, number, job_code, date, S(sup), reports, salary,
             om, fte, (city, "QC"), program=program, region=(region_en, region_fr),
             branch=("Operations", "Opérations"), incumbent=incumbent)


BSL = regional("bsl", "Bas-Saint-Laurent", "Directeur, Bureau d'affaires Bas-Saint-Laurent", "Bas-Saint-Laurent",
               "du Bas-Saint-Laurent", "Rimouski", "10245", DG_EAST,
               [R("Manager, Business Development", "Gestionnaire, Développement des affaires", "CO-03", 9),
                R("Manager, Community Development", "Gestionnaire, Développement des collectivités", "CO-03", 6),
                R("Administrative Officer", "Agente administrative", "AS-02", 1)],
               1730000, 64000, 17, "2017-06-15", "Yannick Thériault", program=14500000)
GASPE = regional("gaspe", "Gaspésie-Îles-de-la-Madeleine", "Directrice, Bureau d'affaires Gaspésie-Îles-de-la-Madeleine",
                 "Gaspésie-Îles-de-la-Madeleine", "de la Gaspésie-Îles-de-la-Madeleine", "Gaspé", "10246", DG_EAST,
                 [R("Manager, Business Development", "Gestionnaire, Développement des affaires", "CO-03", 8),
                  R("Manager, Fisheries and Maritime Communities",
                    "Gestionnaire, Pêches et collectivités maritimes", "CO-03", 6)],
                 1540000, 71000, 15, "2019-02-18", "Martine Lachapelle", program=12800000)
COTE_NORD = regional("cote_nord", "Côte-Nord", "Directeur, Bureau d'affaires Côte-Nord", "Côte-Nord", "de la Côte-Nord",
                     "Baie-Comeau", "10247", DG_EAST,
                     [R("Senior Economic Development Officer", "Agent principal de développement économique",
                        "CO-03", 5),
                      R("Team Leader, Client Services", "Chef d'équipe, Services aux clients", "CO-02", 6)],
                     1210000, 58000, 12, "2018-11-26", "Denis Bergeron", program=9700000)
SAG = regional("saguenay", "Saguenay-Lac-Saint-Jean", "Directrice, Bureau d'affaires Saguenay-Lac-Saint-Jean",
               "Saguenay-Lac-Saint-Jean", "du Saguenay-Lac-Saint-Jean", "Saguenay", "10248", DG_EAST,
               [R("Manager, Business Development", "Gestionnaire, Développement des affaires", "CO-03", 10),
                R("Manager, Regional Economic Development", "Gestionnaire, Développement économique régional",
                  "CO-03", 8)],
               1890000, 62000, 19, "2021-09-13", "Karine Ouimet", program=16200000)
QCA = regional("quebec", "Québec-Chaudière-Appalaches", "Directeur, Bureau d'affaires Québec-Chaudière-Appalaches",
               "Québec-Chaudière-Appalaches", "de Québec-Chaudière-Appalaches", "Québec", "10249", DG_EAST,
               [R("Manager, Business Development - Québec", "Gestionnaire, Développement des affaires - Québec",
                  "CO-03", 12),
                R("Manager, Business Development - Chaudière-Appalaches",
                  "Gestionnaire, Développement des affaires - Chaudière-Appalaches", "CO-03", 10),
                R("Manager, Strategic Projects", "Gestionnaire, Projets stratégiques", "CO-04", 7),
                R("Administrative Assistant", "Adjointe administrative", "AS-01", 1)],
               3080000, 97000, 31, "2015-10-05", "Patrick Desjardins", program=26500000)
MTL = regional("montreal", "Montréal", "Directeur, Bureau d'affaires de Montréal", "Montréal", "de Montréal",
               "Montréal", "10251", DG_WEST,
               [R("Manager, Innovation and Technology Companies",
                  "Gestionnaire, Entreprises innovantes et technologiques", "CO-04", 14),
                R("Manager, Manufacturing and Exports", "Gestionnaire, Fabrication et exportation", "CO-04", 13),
                R("Manager, Community Economic Development", "Gestionnaire, Développement économique des collectivités",
                  "CO-03", 11),
                R("Senior Financial Analyst", "Analyste financier principal", "FI-03", 4)],
               4460000, 132000, 44, "2017-01-09", "François Lemieux", cls="EX-02", job_code="104528",
               program=41000000)
ESTRIE = regional("estrie", "Estrie", "Directrice, Bureau d'affaires de l'Estrie", "Estrie", "de l'Estrie",
                  "Sherbrooke", "10252", DG_WEST,
                  [R("Manager, Business Development", "Gestionnaire, Développement des affaires", "CO-03", 9),
                   R("Manager, Regional Initiatives", "Gestionnaire, Initiatives régionales", "CO-03", 6)],
                  1620000, 59000, 16, "2020-03-16", "Amira Haddad", program=13900000)
OUTAOUAIS = regional("outaouais", "Outaouais", "Directeur, Bureau d'affaires de l'Outaouais", "Outaouais",
                     "de l'Outaouais", "Gatineau", "10253", DG_WEST,
                     [R("Senior Business Development Officer", "Agente principale de développement des affaires",
                        "CO-03", 6),
                      R("Client Services Officer", "Agent des services aux clients", "CO-02", 4)],
                     1090000, 47000, 11, "2022-05-30", "Julie St-Amand", program=8600000)
ABITIBI = regional("abitibi", "Abitibi-Témiscamingue", "Directrice, Bureau d'affaires de l'Abitibi-Témiscamingue",
                   "Abitibi-Témiscamingue", "de l'Abitibi-Témiscamingue", "Rouyn-Noranda", "10254", DG_WEST,
                   [R("Manager, Business Development", "Gestionnaire, Développement des affaires", "CO-03", 5),
                    R("Advisor, Mining Communities", "Conseiller, Collectivités minières", "CO-03", 4)],
                   990000, 66000, 10, "2014-08-25", "Bernard Gosselin", program=7900000)
MONTEREGIE = regional("monteregie", "Montérégie", "Directeur, Bureau d'affaires de la Montérégie", "Montérégie",
                      "de la Montérégie", "Longueuil", "10255", DG_WEST,
                      [R("Manager, Business Development - East", "Gestionnaire, Développement des affaires - Est",
                         "CO-03", 10),
                       R("Manager, Business Development - West", "Gestionnaire, Développement des affaires - Ouest",
                         "CO-03", 9),
                       R("Administrative Officer", "Agente administrative", "AS-02", 2)],
                      2250000, 74000, 22, "2019-11-04", "Éric Dufresne", program=19300000)
MAURICIE = regional("mauricie", "Mauricie-Centre-du-Québec", "Directeur, Bureau d'affaires Mauricie-Centre-du-Québec",
                    "Mauricie-Centre-du-Québec", "de la Mauricie-Centre-du-Québec", "Trois-Rivières", "10256", DG_EAST,
                    [R("Manager, Business Development - Mauricie", "Gestionnaire, Développement des affaires - Mauricie",
                       "CO-03", 10),
                     R("Manager, Business Development - Centre-du-Québec",
                       "Gestionnaire, Développement des affaires - Centre-du-Québec", "CO-03", 9)],
                    2040000, 69000, 21, "2023-01-23", "Nathalie Vachon", program=17400000)

DG_POL = P("dg_policy", "DEC", "policy", None, "Director General, Policy and Economic Analysis",
           "Directeur général, Politiques et analyse économique", "EX-03", "10310", "104540", "2018-04-01", VP_POL,
           [R("Director, Economic Research and Data", "Directrice, Recherche économique et données", "EX-01", 14),
            R("Director, Strategic Policy and Cabinet Affairs", "Directeur, Politiques stratégiques et affaires du Cabinet",
              "EX-01", 12),
            R("Director, Performance Measurement and Reporting", "Directeur, Mesure du rendement et rapports",
              "EX-01", 9),
            R("Executive Assistant", "Adjoint exécutif", "AS-02", 1)],
           3720000, 410000, 37, ("Montréal", "QC"), branch=("Policy, Planning and Communications",
                                                           "Politiques, planification et communications"),
           incumbent="Paul-Émile Savard")
DIR_RESEARCH = P("research", "DEC", "policy", None, "Director, Economic Research and Data",
                 "Directrice, Recherche économique et données", "EX-01", "10312", None, "2020-06-08", S(DG_POL),
                 [R("Manager, Economic Analysis", "Gestionnaire, Analyse économique", "EC-07", 7),
                  R("Manager, Data and Geomatics", "Gestionnaire, Données et géomatique", "EC-07", 5),
                  R("Senior Economist", "Économiste principale", "EC-06", 1)],
                 1560000, 180000, 14, ("Montréal", "QC"), incumbent="Sophie Nguyen-Roy")
DIR_STRAT = P("strategic", "DEC", "policy", None, "Director, Strategic Policy and Cabinet Affairs",
              "Directeur, Politiques stratégiques et affaires du Cabinet", "EX-01", "10313", "104541", "2019-09-03",
              S(DG_POL),
              [R("Manager, Strategic Policy", "Gestionnaire, Politiques stratégiques", "EC-07", 6),
               R("Manager, Cabinet and Parliamentary Affairs", "Gestionnaire, Affaires du Cabinet et parlementaires",
                 "EC-07", 5)],
              1290000, 95000, 12, ("Montréal", "QC"), incumbent="Luc Boisvert")
DG_PROG = P("dg_programs", "DEC", "program", "regional economic development",
            "Director General, Programs and Partnerships", "Directrice générale, Programmes et partenariats", "EX-02",
            "10320", "104550", "2017-10-16", VP_POL,
            [R("Director, Program Design and Renewal", "Directeur, Conception et renouvellement des programmes",
               "EX-01", 11),
             R("Director, Portfolio Management and Repayable Contributions",
               "Directrice, Gestion du portefeuille et contributions remboursables", "EX-01", 16),
             R("Manager, National Initiatives", "Gestionnaire, Initiatives nationales", "CO-04", 6)],
            3150000, 240000, 35, ("Montréal", "QC"), program=38000000, incumbent="Geneviève Morin")
DIR_PORTF = P("portfolio", "DEC", "program", "regional economic development",
              "Director, Portfolio Management and Repayable Contributions",
              "Directrice, Gestion du portefeuille et contributions remboursables", "EX-01", "10325", None,
              "2021-04-12", S(DG_PROG),
              [R("Manager, Portfolio Monitoring", "Gestionnaire, Suivi du portefeuille", "FI-03", 7),
               R("Manager, Collections and Recovery", "Gestionnaire, Recouvrement", "CO-03", 6),
               R("Financial Analyst", "Analyste financier", "FI-02", 2)],
              1510000, 55000, 16, ("Montréal", "QC"), incumbent="Valérie Pinard")
DIR_INDIG = P("indigenous", "DEC", "program", "regional economic development",
              "Director, Indigenous Economic Development Initiatives",
              "Directeur, Initiatives de développement économique autochtone", "EX-01", None, None, "2022-02-07",
              S(DG_PROG),
              [R("Manager, Indigenous Partnerships", "Gestionnaire, Partenariats autochtones", "CO-03", 5),
               R("Senior Advisor, Reconciliation", "Conseillère principale, Réconciliation", "EC-06", 1)],
              720000, 150000, 7, ("Montréal", "QC"), program=5000000)
DG_COMMS = P("dg_comms", "DEC", "corporate", "comms", "Director General, Communications and Public Affairs",
             "Directeur général, Communications et affaires publiques", "EX-02", "10330", "104560", "2016-09-19",
             VP_POL,
             [R("Director, Ministerial Services and Media Relations",
                "Directrice, Services ministériels et relations avec les médias", "EX-01", 9),
              R("Manager, Digital Communications", "Gestionnaire, Communications numériques", "IS-05", 8),
              R("Manager, Strategic Communications - Regions", "Gestionnaire, Communications stratégiques - Régions",
                "IS-05", 7)],
             2610000, 650000, 27, ("Montréal", "QC"), incumbent="Benoît Lussier")
DG_HR = P("dg_hr", "DEC", "corporate", "hr", "Director General, Human Resources and Workplace",
          "Directrice générale, Ressources humaines et milieu de travail", "EX-02", "10410", "104570", "2018-01-15",
          VP_CORP,
          [R("Director, Executive Services and Talent Management",
             "Directeur, Services aux cadres et gestion des talents", "EX-01", 6),
           R("Director, Labour Relations and Workplace Well-being",
             "Directrice, Relations de travail et mieux-être en milieu de travail", "EX-01", 8),
           R("Manager, Staffing and Classification", "Gestionnaire, Dotation et classification", "PE-05", 12),
           R("Manager, HR Systems and Compensation Liaison", "Gestionnaire, Systèmes RH et liaison avec la rémunération",
             "PE-04", 5)],
          3020000, 310000, 33, ("Montréal", "QC"), incumbent="Marie-Claude Paquin")
DIR_EXEC = P("exec_services", "DEC", "corporate", "talent", "Director, Executive Services and Talent Management",
             "Directeur, Services aux cadres et gestion des talents", "EX-01", "10412", "104572", "2019-05-06",
             S(DG_HR),
             [R("Senior Advisor, Executive Services", "Conseillère principale, Services aux cadres", "PE-05", 3),
              R("Advisor, Talent Management and Leadership Development",
                "Conseiller, Gestion des talents et perfectionnement en leadership", "PE-04", 2)],
             640000, 85000, 6, ("Montréal", "QC"), incumbent="Daniel Rioux")
DIR_LR = P("labour", "DEC", "corporate", "hr", "Director, Labour Relations and Workplace Well-being",
           "Directrice, Relations de travail et mieux-être en milieu de travail", "EX-01", "10413", None, "2020-10-19",
           S(DG_HR),
           [R("Manager, Labour Relations", "Gestionnaire, Relations de travail", "PE-05", 4),
            R("Manager, Occupational Health and Safety", "Gestionnaire, Santé et sécurité au travail", "PE-04", 3)],
           830000, 120000, 8, ("Montréal", "QC"), incumbent="Caroline Hébert")
DG_FIN = P("dg_finance", "DEC", "corporate", "finance", "Director General, Finance and Deputy Chief Financial Officer",
           "Directeur général, Finances et dirigeant principal adjoint des finances", "EX-02", "10420", "104580",
           "2015-06-22", VP_CORP,
           [R("Director, Financial Planning and Resource Management",
              "Directrice, Planification financière et gestion des ressources", "EX-01", 13),
            R("Manager, Financial Operations and Accounting", "Gestionnaire, Opérations financières et comptabilité",
              "FI-03", 11),
            R("Manager, Financial Policy and Internal Control", "Gestionnaire, Politiques financières et contrôle interne",
              "FI-03", 5)],
           2790000, 160000, 30, ("Montréal", "QC"), incumbent="Alain Côté")
DIR_FPRM = P("fin_planning", "DEC", "corporate", "finance", "Director, Financial Planning and Resource Management",
             "Directrice, Planification financière et gestion des ressources", "EX-01", "10422", None, "2019-12-09",
             S(DG_FIN),
             [R("Manager, Budget Planning", "Gestionnaire, Planification budgétaire", "FI-03", 6),
              R("Manager, Costing and Forecasting", "Gestionnaire, Établissement des coûts et prévisions", "FI-03", 6)],
             1280000, 42000, 13, ("Montréal", "QC"), incumbent="Lise Poirier")
CIO = P("cio", "DEC", "corporate", "it", "Chief Information Officer and Director General, Digital Services",
        "Dirigeant principal de l'information et directeur général, Services numériques", "EX-02", "10430", "104590",
        "2020-01-27", VP_CORP,
        [R("Manager, Application Development", "Gestionnaire, Développement d'applications", "CS-04", 12),
         R("Manager, Infrastructure and Client Support", "Gestionnaire, Infrastructure et soutien aux clients",
           "CS-03", 9),
         R("Manager, Information Management and Data", "Gestionnaire, Gestion de l'information et données", "IS-05", 5),
         R("Departmental Security Analyst (IT)", "Analyste de la sécurité ministérielle (TI)", "CS-03", 2)],
        3040000, 2150000, 29, ("Montréal", "QC"), incumbent="Mathieu Fournier")
DIR_SEC = P("security", "DEC", "corporate", "security", "Director, Security, Accommodation and Administrative Services",
            "Directeur, Sécurité, installations et services administratifs", "EX-01", "10440", None, "2014-11-03",
            VP_CORP,
            [R("Departmental Security Officer", "Agent de sécurité du ministère", "PM-06", 3),
             R("Manager, Accommodation and Facilities", "Gestionnaire, Locaux et installations", "AS-06", 5),
             R("Manager, Records and Mail Services", "Gestionnaire, Documents et courrier", "AS-04", 4)],
            960000, 1340000, 12, ("Montréal", "QC"), incumbent="Simon Lapointe")
CAE = P("cae", "DEC", "corporate", "audit", "Chief Audit and Evaluation Executive",
        "Dirigeante principale de la vérification et de l'évaluation", "EX-02", "10050", "104500", "2017-03-27",
        PRESIDENT,
        [R("Director, Evaluation", "Directeur, Évaluation", "EC-07", 6),
         R("Manager, Internal Audit", "Gestionnaire, Vérification interne", "AU-04", 5)],
        1380000, 390000, 13, ("Montréal", "QC"), incumbent="Diane Mercier")

# interchange and benchmark copies from other organizations
PCH_QC = P("pch_qc", "PCH", "program", "heritage", "Regional Director General, Quebec Region",
           "Directeur général régional, Région du Québec", "EX-02", "32055", "42101", "2018-07-09",
           ("30210", "Assistant Deputy Minister, Official Languages, Heritage and Regions",
            "Sous-ministre adjoint, Langues officielles, patrimoine et régions", "EX-05"),
           [R("Director, Programs", "Directrice, Programmes", "PM-06", 18),
            R("Manager, Strategic Services", "Gestionnaire, Services stratégiques", "PM-05", 5),
            R("Manager, Official Languages Programs", "Gestionnaire, Programmes de langues officielles", "PM-05", 9)],
           3240000, 190000, 34, ("Montréal", "QC"), program=62000000, incumbent="Olivier Giguère")
PCH_ARTS = P("pch_arts", "PCH", "policy", None, "Director, Arts Policy", "Directrice, Politique des arts", "EX-01",
             "31877", None, "2021-11-22",
             ("31800", "Director General, Arts Branch", "Directeur général, Direction générale des arts", "EX-03"),
             [R("Manager, Arts Policy", "Gestionnaire, Politique des arts", "EC-07", 6),
              R("Manager, Research and Strategic Analysis", "Gestionnaire, Recherche et analyse stratégique", "EC-07", 4)],
             1170000, 85000, 11, ("Gatineau", "QC"), incumbent="Rachel Goldberg")
WAGE_GBA = P("wage_gba", "WAGE", "policy", None, "Director, Gender-based Analysis Plus",
             "Directrice, Analyse comparative entre les sexes plus", "EX-01", "60214", None, "2019-08-12",
             ("60200", "Director General, Policy and External Relations",
              "Directrice générale, Politiques et relations externes", "EX-03"),
             [R("Manager, GBA Plus Capacity Building", "Gestionnaire, Renforcement des capacités ACS Plus", "EC-07", 5),
              R("Manager, GBA Plus Policy and Research", "Gestionnaire, Politique et recherche ACS Plus", "EC-07", 6)],
             1180000, 260000, 12, ("Gatineau", "QC"), incumbent="Anne-Marie Bisson")
WAGE_WP = P("wage_wp", "WAGE", "program", "gender", "Director General, Women's Program and Regional Operations",
            "Directrice générale, Programme de promotion de la femme et opérations régionales", "EX-02", "60120",
            "61004", "2020-02-03",
            ("60100", "Assistant Deputy Minister, Programs", "Sous-ministre adjointe, Programmes", "EX-04"),
            [R("Director, Program Operations - East", "Directeur, Opérations des programmes - Est", "PM-06", 14),
             R("Director, Program Operations - West", "Directrice, Opérations des programmes - Ouest", "PM-06", 13),
             R("Manager, Program Design", "Gestionnaire, Conception des programmes", "PM-05", 6)],
            3060000, 140000, 34, ("Gatineau", "QC"), program=71000000, incumbent="Nicole Parent")
OCOL_INV = P("ocol_inv", "OCOL", "corporate", "compliance", "Director, Investigations",
             "Directeur, Enquêtes", "EX-01", "44310", None, "2016-05-24",
             ("44300", "Assistant Commissioner, Compliance Assurance Branch",
              "Commissaire adjoint, Direction générale de l'assurance de la conformité", "EX-03"),
             [R("Manager, Investigations - Headquarters", "Gestionnaire, Enquêtes - Administration centrale", "PM-06", 11),
              R("Manager, Investigations - Regions", "Gestionnaire, Enquêtes - Régions", "PM-06", 9),
              R("Senior Legal Advisor", "Conseillère juridique principale", "LP-02", 1)],
             2020000, 75000, 22, ("Gatineau", "QC"), incumbent="Pierre-Luc Ménard")
CANNOR_OPS = P("cannor_ops", "CANNOR", "program", "north", "Director General, Operations",
               "Directeur général, Opérations", "EX-02", "70110", "70301", "2017-05-01",
               ("70100", "Vice-President, Operations and Policy", "Vice-présidente, Opérations et politiques", "EX-04"),
               [R("Director, Nunavut Region", "Directeur, Région du Nunavut", "EX-01", 12),
                R("Director, Yukon Region", "Directrice, Région du Yukon", "EX-01", 9),
                R("Director, Northwest Territories Region", "Directeur, Région des Territoires du Nord-Ouest", "EX-01",
                  10),
                R("Manager, Program Delivery Support", "Gestionnaire, Soutien à l'exécution des programmes", "CO-03", 4)],
               3750000, 520000, 36, ("Iqaluit", "NU"), program=52000000, incumbent="Kevin Mulroney")
CANNOR_YK = P("cannor_yk", "CANNOR", "program", "north", "Director, Yukon Region", "Directrice, Région du Yukon", "EX-01",
              "70122", None, "2021-03-08", S(CANNOR_OPS),
              [R("Manager, Economic Development", "Gestionnaire, Développement économique", "CO-03", 5),
               R("Senior Development Officer", "Agent principal de développement", "CO-02", 3)],
              1010000, 145000, 9, ("Whitehorse", "YT"), program=9500000, incumbent="Ingrid Johansen")
PSC_EXEC = P("psc_exec", "PSC", "corporate", "talent", "Director, Executive Assessment and Resourcing Services",
             "Directrice, Services d'évaluation et de ressourcement des cadres", "EX-01", "52406", "52900", "2015-02-16",
             ("52400", "Director General, Staffing Support Services",
              "Directeur général, Services de soutien en dotation", "EX-03"),
             [R("Manager, Executive Assessment", "Gestionnaire, Évaluation des cadres", "PE-06", 8),
              R("Manager, Executive Resourcing Services", "Gestionnaire, Services de ressourcement des cadres", "PE-05",
                7)],
             1490000, 310000, 16, ("Gatineau", "QC"), incumbent="Thomas Kowalczyk")

POSITIONS = {p["key"]: p for p in [
    DG_EAST, DG_WEST, BSL, GASPE, COTE_NORD, SAG, QCA, MTL, ESTRIE, OUTAOUAIS, ABITIBI, MONTEREGIE, MAURICIE, DG_POL,
    DIR_RESEARCH, DIR_STRAT, DG_PROG, DIR_PORTF, DIR_INDIG, DG_COMMS, DG_HR, DIR_EXEC, DIR_LR, DG_FIN, DIR_FPRM, CIO,
    DIR_SEC, CAE, PCH_QC, PCH_ARTS, WAGE_GBA, WAGE_WP, OCOL_INV, CANNOR_OPS, CANNOR_YK, PSC_EXEC]}
