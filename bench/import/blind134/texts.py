"""Positions, prose and names of the blind134 corpus (bilingual forms). All invented."""
from datetime import date

DEPTS = {
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    "HC": ("Health Canada", "Santé Canada"),
    "TC": ("Transport Canada", "Transports Canada"),
    "STC": ("Statistics Canada", "Statistique Canada"),
    "PC": ("Parks Canada Agency", "Agence Parcs Canada"),
}

LOC = {
    "ott": ("Ottawa, Ontario", "Ottawa (Ontario)"),
    "gat": ("Gatineau, Quebec", "Gatineau (Québec)"),
    "mir": ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)"),
    "wpg": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    "mtl": ("Montréal, Quebec", "Montréal (Québec)"),
    "van": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    "hfx": ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    "sjn": ("Shawinigan, Quebec", "Shawinigan (Québec)"),
    "edm": ("Edmonton, Alberta", "Edmonton (Alberta)"),
}


def R(en, fr, cls, fte):
    return {"title": en, "title_fr": fr, "classification": cls, "fte": fte}


def S(pos, en, fr, cls):
    return {"position_number": pos, "title": en, "title_fr": fr, "classification": cls}


# key: dept, title, title_fr, classification, job code, position number, effective date,
# supervisor, reports, salary, o&m, fte, location
P = {}


def pos(key, dept, title, title_fr, cls, job, number, eff, sup, reports, salary, om, fte, loc, total=True):
    P[key] = dict(key=key, dept=dept, title=title, title_fr=title_fr, cls=cls, job=job, pos=number, eff=eff,
                  sup=sup, reports=reports, salary=salary, om=om, total=(salary + om) if total and salary is not None else None,
                  fte=fte, loc=LOC[loc][0], loc_fr=LOC[loc][1])


# ---------------------------------------------------------------- IRCC (Word, side by side)
ADM_OPS = S("60214", "Assistant Deputy Minister, Operations", "Sous-ministre adjoint, Opérations", "EX-05")
pos("ircc_dg", "IRCC", "Director General, Case Processing Network", "Directeur général, Réseau de traitement des cas",
    "EX-03", "211408", "60877", date(2023, 4, 1), ADM_OPS,
    [R("Director, Permanent Residence Processing", "Directeur, Traitement des demandes de résidence permanente", "EX-01", 142),
     R("Director, Temporary Resident Integrity", "Directeur, Intégrité des résidents temporaires", "EX-01", 88),
     R("Executive Director, Digital Intake Modernization", "Directeur exécutif, Modernisation de l'accueil numérique", "EX-02", 61),
     R("Senior Advisor to the Director General", "Conseiller principal du directeur général", "PM-06", 1),
     R("Executive Assistant", "Adjointe exécutive", "AS-02", 1)],
    29_874_000, 1_406_000, 296, "ott")
SUP_DG = S("60877", "Director General, Case Processing Network", "Directeur général, Réseau de traitement des cas", "EX-03")
pos("ircc_pr", "IRCC", "Director, Permanent Residence Processing", "Directeur, Traitement des demandes de résidence permanente",
    "EX-01", "211452", "61033", date(2023, 6, 12), SUP_DG,
    [R("Manager, Economic Class Processing", "Gestionnaire, Traitement de la catégorie économique", "PM-06", 54),
     R("Manager, Family Class Processing", "Gestionnaire, Traitement de la catégorie du regroupement familial", "PM-06", 47),
     R("Manager, Refugee Resettlement Files", "Gestionnaire, Dossiers de réinstallation des réfugiés", "PM-05", 38),
     R("Program Advisor", "Conseillère en programmes", "PM-05", 2)],
    11_318_000, 412_000, 142, "ott")
pos("ircc_tri", "IRCC", "Director, Temporary Resident Integrity", "Directeur, Intégrité des résidents temporaires",
    "EX-01", "211467", "61048", date(2022, 11, 21), SUP_DG,
    [R("Manager, Risk Triage", "Gestionnaire, Triage des risques", "PM-06", 31),
     R("Manager, Program Integrity Reviews", "Gestionnaire, Examens de l'intégrité des programmes", "PM-06", 29),
     R("Manager, Quality Assurance", "Gestionnaire, Assurance de la qualité", "PM-05", 26),
     R("Administrative Officer", "Agente administrative", "AS-02", 1)],
    7_046_000, 288_000, 88, "mtl")
pos("ircc_dim", "IRCC", "Executive Director, Digital Intake Modernization", "Directeur exécutif, Modernisation de l'accueil numérique",
    "EX-02", "211480", "61102", date(2024, 1, 15), SUP_DG,
    [R("Director, Online Application Platforms", "Directrice, Plateformes de demande en ligne", "EX-01", 27),
     R("Manager, Client Experience Research", "Gestionnaire, Recherche sur l'expérience client", "CS-04", 14),
     R("Manager, Intake Business Architecture", "Gestionnaire, Architecture opérationnelle de l'accueil", "CS-04", 18),
     R("Senior Policy Analyst", "Analyste principal des politiques", "EC-06", None)],
    5_912_000, 2_230_000, 61, "ott")
pos("ircc_cer", "IRCC", "Director, Citizenship Ceremonies and Outreach", "Directrice, Cérémonies de citoyenneté et sensibilisation",
    "EX-01", "211495", "61219", date(2023, 9, 5), S("60902", "Director General, Citizenship Branch", "Directrice générale, Direction générale de la citoyenneté", "EX-03"),
    [R("Manager, Ceremonies Scheduling", "Gestionnaire, Planification des cérémonies", "PM-05", 19),
     R("Manager, Outreach and Partnerships", "Gestionnaire, Sensibilisation et partenariats", "PM-05", 11),
     R("Manager, Citizenship Judges Support", "Gestionnaire, Soutien aux juges de la citoyenneté", "AS-06", 9)],
    3_211_000, 947_000, 40, "ott")

# ---------------------------------------------------------------- CRA (labels written twice, text)
pos("cra_ac", "CRA", "Assistant Commissioner, Collections and Verification Branch",
    "Commissaire adjoint, Direction générale des recouvrements et de la vérification",
    "EX-05", "300114", "10045", date(2022, 4, 1),
    S("10001", "Commissioner of Revenue", "Commissaire du revenu", "DM-03"),
    [R("Director General, Non-Filer Programs Directorate", "Directeur général, Direction des programmes des non-déclarants", "EX-03", 612),
     R("Director General, Benefit Debt Management Directorate", "Directrice générale, Direction de la gestion des dettes de prestations", "EX-03", 1040),
     R("Director General, Verification Policy and Strategy Directorate", "Directeur général, Direction de la politique et stratégie de vérification", "EX-03", 233),
     R("Chief of Staff", "Chef de cabinet", "EX-01", 6)],
    178_450_000, 21_300_000, 1896, "ott")
SUP_AC = S("10045", "Assistant Commissioner, Collections and Verification Branch",
           "Commissaire adjoint, Direction générale des recouvrements et de la vérification", "EX-05")
pos("cra_nf", "CRA", "Director General, Non-Filer Programs Directorate", "Directeur général, Direction des programmes des non-déclarants",
    "EX-03", "300187", "10112", date(2023, 4, 1), SUP_AC,
    [R("Director, Benefit Debt Recovery Division", "Directrice, Division du recouvrement des dettes de prestations", "EX-01", 221),
     R("Director, Verification Analytics Division", "Directeur, Division de l'analytique de la vérification", "EX-01", 96),
     R("Director, Non-Filer Outreach Division", "Directeur, Division de la sensibilisation des non-déclarants", "EX-01", 288),
     R("Executive Assistant", "Adjoint exécutif", "AS-03", 1)],
    55_720_000, 3_980_000, 612, "ott")
SUP_NF = S("10112", "Director General, Non-Filer Programs Directorate", "Directeur général, Direction des programmes des non-déclarants", "EX-03")
pos("cra_bdr", "CRA", "Director, Benefit Debt Recovery Division", "Directrice, Division du recouvrement des dettes de prestations",
    "EX-01", "300203", "10139", date(2023, 10, 2), SUP_NF,
    [R("Manager, Canada Child Benefit Overpayments", "Gestionnaire, Trop-payés de l'allocation canadienne pour enfants", "MG-05", 84),
     R("Manager, Emergency Benefit Reconciliation", "Gestionnaire, Rapprochement des prestations d'urgence", "MG-05", 97),
     R("Manager, Recovery Policy", "Gestionnaire, Politique de recouvrement", "MG-04", 39)],
    19_870_000, 605_000, 221, "sjn")
pos("cra_va", "CRA", "Director, Verification Analytics Division", "Directeur, Division de l'analytique de la vérification",
    "EX-01", "300216", "10141", date(2024, 2, 19), SUP_NF,
    [R("Manager, Risk Scoring Models", "Gestionnaire, Modèles de cotation du risque", "EC-07", 23),
     R("Manager, Data Engineering", "Gestionnaire, Ingénierie des données", "CS-04", 31),
     R("Manager, Analytics Quality", "Gestionnaire, Qualité de l'analytique", "EC-06", 18),
     R("Manager, Business Intelligence Reporting", "Gestionnaire, Rapports de veille stratégique", "CS-03", 22)],
    9_655_000, 1_120_000, 96, "ott")
pos("cra_out", "CRA", "Director, Non-Filer Outreach Division", "Directeur, Division de la sensibilisation des non-déclarants",
    "EX-01", "300229", "10158", date(2022, 9, 6), SUP_NF,
    [R("Manager, Regional Outreach East", "Gestionnaire, Sensibilisation régionale - Est", "MG-05", 141),
     R("Manager, Regional Outreach West", "Gestionnaire, Sensibilisation régionale - Ouest", "MG-05", 139),
     R("Program Officer", "Agent de programme", "MG-03", 7)],
    24_310_000, 2_045_000, 288, "edm")

# ---------------------------------------------------------------- PSPC (English then French halves)
pos("pspc_dg", "PSPC", "Director General, Real Property Asset Management", "Directrice générale, Gestion des biens immobiliers",
    "EX-03", "412033", "88102", date(2022, 4, 1),
    S("88001", "Assistant Deputy Minister, Real Property Services", "Sous-ministre adjoint, Services immobiliers", "EX-05"),
    [R("Director, Heritage Buildings Stewardship", "Directrice, Intendance des édifices patrimoniaux", "EX-01", 74),
     R("Director, Portfolio Planning", "Directeur, Planification du portefeuille", "EX-01", 58),
     R("Director, Facilities Decommissioning", "Directeur, Déclassement des installations", "EX-01", 41),
     R("Manager, Business Management", "Gestionnaire, Gestion des activités", "FI-03", 9)],
    18_960_000, 46_200_000, 183, "gat")
SUP_PSPC = S("88102", "Director General, Real Property Asset Management", "Directrice générale, Gestion des biens immobiliers", "EX-03")
pos("pspc_her", "PSPC", "Director, Heritage Buildings Stewardship", "Directrice, Intendance des édifices patrimoniaux",
    "EX-01", "412051", "88140", date(2023, 1, 9), SUP_PSPC,
    [R("Manager, Conservation Engineering", "Gestionnaire, Génie de la conservation", "EN-ENG-05", 22),
     R("Manager, Heritage Architecture", "Gestionnaire, Architecture patrimoniale", "AR-06", 19),
     R("Manager, Condition Assessments", "Gestionnaire, Évaluations de l'état", "EG-07", 31),
     R("Senior Analyst, Heritage Policy", "Analyste principale, Politique du patrimoine", "CO-03", 1)],
    7_412_000, 9_850_000, 74, "gat")
pos("pspc_term", "PSPC", "Director, Terminology Standardization, Translation Bureau",
    "Directeur, Normalisation terminologique, Bureau de la traduction",
    "EX-01", "412077", "88261", date(2023, 5, 29),
    S("88230", "Vice-President, Linguistic Services, Translation Bureau", "Vice-présidente, Services linguistiques, Bureau de la traduction", "EX-03"),
    [R("Manager, TERMIUM Plus Content", "Gestionnaire, Contenu de TERMIUM Plus", "TR-04", 34),
     R("Manager, Indigenous Languages Terminology", "Gestionnaire, Terminologie des langues autochtones", "TR-04", 12),
     R("Manager, Linguistic Tools", "Gestionnaire, Outils linguistiques", "CS-03", 9)],
    5_090_000, 610_000, 56, "gat")
pos("pspc_pay", "PSPC", "Executive Director, Pay Stabilization Operations", "Directeur exécutif, Opérations de stabilisation de la paye",
    "EX-02", "412098", "88377", date(2023, 8, 14),
    S("88300", "Director General, Pay Centre Operations", "Directeur général, Opérations du Centre des services de paye", "EX-03"),
    [R("Director, Pay Backlog Reduction", "Directrice, Réduction de l'arriéré de paye", "EX-01", 212),
     R("Manager, Pay Quality Control", "Gestionnaire, Contrôle de la qualité de la paye", "AS-06", 48),
     R("Manager, Compensation Client Services", "Gestionnaire, Services à la clientèle de la rémunération", "AS-06", 63)],
    28_340_000, 1_760_000, 327, "mir")
pos("pspc_ven", "PSPC", "Director, Vendor Performance Management", "Directrice, Gestion du rendement des fournisseurs",
    "EX-01", "412115", "88419", date(2024, 4, 2),
    S("88400", "Director General, Procurement Policy and Governance", "Directeur général, Politique et gouvernance de l'approvisionnement", "EX-03"),
    [R("Manager, Vendor Performance Policy", "Gestionnaire, Politique sur le rendement des fournisseurs", "PG-06", 12),
     R("Manager, Supplier Evaluations", "Gestionnaire, Évaluations des fournisseurs", "PG-05", 17),
     R("Manager, Debarment Regime Operations", "Gestionnaire, Opérations du régime d'exclusion", "PG-05", 8)],
    3_680_000, 215_000, 38, "gat")

# ---------------------------------------------------------------- ECCC (PDF)
pos("eccc_adm", "ECCC", "Associate Deputy Minister", "Sous-ministre délégué", "DM-01", None, "70002", date(2023, 4, 1),
    S("70001", "Deputy Minister", "Sous-ministre", "DM-03"),
    [R("Assistant Deputy Minister, Meteorological Service of Canada", "Sous-ministre adjointe, Service météorologique du Canada", "EX-05", 1710),
     R("Assistant Deputy Minister, Science and Technology Branch", "Sous-ministre adjoint, Direction générale des sciences et de la technologie", "EX-05", 1295),
     R("Director General, Corporate Secretariat", "Directeur général, Secrétariat ministériel", "EX-03", 64)],
    None, None, 3075, "gat")
pos("eccc_am", "ECCC", "Director General, Atmospheric Monitoring", "Directeur général, Surveillance atmosphérique",
    "EX-03", "520340", "70419", date(2022, 7, 18),
    S("70100", "Assistant Deputy Minister, Meteorological Service of Canada", "Sous-ministre adjointe, Service météorologique du Canada", "EX-05"),
    [R("Director, Hydrometric Operations", "Directeur, Opérations hydrométriques", "EX-01", 187),
     R("Director, Air Quality Forecasting", "Directrice, Prévision de la qualité de l'air", "EX-01", 72),
     R("Executive Director, Climate Data Services", "Directrice exécutive, Services de données climatiques", "EX-02", 96),
     R("Manager, Monitoring Network Planning", "Gestionnaire, Planification du réseau de surveillance", "EG-08", 14)],
    36_400_000, 18_750_000, 370, "gat")
SUP_AM = S("70419", "Director General, Atmospheric Monitoring", "Directeur général, Surveillance atmosphérique", "EX-03")
pos("eccc_hyd", "ECCC", "Director, Hydrometric Operations", "Directeur, Opérations hydrométriques",
    "EX-01", "520367", "70455", date(2023, 3, 27), SUP_AM,
    [R("Manager, Hydrometric Operations, Atlantic", "Gestionnaire, Opérations hydrométriques, Atlantique", "EG-07", 41),
     R("Manager, Hydrometric Operations, Prairies", "Gestionnaire, Opérations hydrométriques, Prairies", "EG-07", 58),
     R("Manager, Hydrometric Operations, Pacific and Yukon", "Gestionnaire, Opérations hydrométriques, Pacifique et Yukon", "EG-07", 52),
     R("Manager, Data Production", "Gestionnaire, Production des données", "PC-04", 33)],
    16_220_000, 6_940_000, 187, "wpg")
pos("eccc_aq", "ECCC", "Director, Air Quality Forecasting", "Directrice, Prévision de la qualité de l'air",
    "EX-01", "520381", "70461", date(2023, 11, 6), SUP_AM,
    [R("Manager, Air Quality Models", "Gestionnaire, Modèles de la qualité de l'air", "PC-05", 26),
     R("Manager, Smoke Forecasting", "Gestionnaire, Prévision de la fumée", "PC-04", 21),
     R("Manager, Air Quality Health Index Services", "Gestionnaire, Services de la Cote air santé", "PC-04", 24)],
    7_730_000, 1_310_000, 72, "mtl")
pos("eccc_cds", "ECCC", "Executive Director, Climate Data Services", "Directrice exécutive, Services de données climatiques",
    "EX-02", "520396", "70478", date(2024, 3, 4), SUP_AM,
    [R("Director, Climate Archives", "Directeur, Archives climatologiques", "EX-01", 38),
     R("Manager, Climate Portals", "Gestionnaire, Portails climatiques", "CS-04", 29),
     R("Manager, Data Rescue", "Gestionnaire, Sauvetage des données", "PC-03", 17),
     R("Manager, User Engagement", "Gestionnaire, Mobilisation des utilisateurs", "EC-06", 11)],
    10_450_000, 3_020_000, 96, "van")

# ---------------------------------------------------------------- Health Canada (French first)
pos("hc_adm", "HC", "Associate Deputy Minister", "Sous-ministre déléguée", "DM-02", None, "40003", date(2022, 10, 3),
    S("40001", "Deputy Minister of Health", "Sous-ministre de la Santé", "DM-04"),
    [R("Assistant Deputy Minister, Health Products and Food Branch", "Sous-ministre adjoint, Direction générale des produits de santé et des aliments", "EX-05", 2550),
     R("Assistant Deputy Minister, Regulatory Operations", "Sous-ministre adjointe, Opérations réglementaires", "EX-05", 1480),
     R("Director General, Audit and Evaluation", "Directrice générale, Audit et évaluation", "EX-03", 48)],
    None, None, None, "ott")
pos("hc_md", "HC", "Director General, Medical Devices Surveillance Directorate", "Directrice générale, Direction de la surveillance des instruments médicaux",
    "EX-03", "640115", "40288", date(2023, 4, 1),
    S("40150", "Assistant Deputy Minister, Regulatory Operations", "Sous-ministre adjointe, Opérations réglementaires", "EX-05"),
    [R("Director, Clinical Trials Compliance", "Directeur, Conformité des essais cliniques", "EX-01", 63),
     R("Director, Device Incident Review", "Directrice, Examen des incidents liés aux instruments", "EX-01", 57),
     R("Executive Director, Post-Market Modernization", "Directeur exécutif, Modernisation après la mise en marché", "EX-02", 44),
     R("Senior Advisor", "Conseillère principale", "EC-07", 1)],
    17_900_000, 2_650_000, 166, "ott")
SUP_MD = S("40288", "Director General, Medical Devices Surveillance Directorate", "Directrice générale, Direction de la surveillance des instruments médicaux", "EX-03")
pos("hc_ct", "HC", "Director, Clinical Trials Compliance", "Directeur, Conformité des essais cliniques",
    "EX-01", "640132", "40311", date(2023, 7, 17), SUP_MD,
    [R("Manager, Inspections East", "Gestionnaire, Inspections - Est", "BI-04", 24),
     R("Manager, Inspections West", "Gestionnaire, Inspections - Ouest", "BI-04", 21),
     R("Manager, Compliance Policy", "Gestionnaire, Politique de conformité", "EC-07", 16)],
    6_480_000, 870_000, 63, "ott")
pos("hc_dir", "HC", "Director, Device Incident Review", "Directrice, Examen des incidents liés aux instruments",
    "EX-01", "640149", "40326", date(2022, 12, 12), SUP_MD,
    [R("Manager, Incident Triage", "Gestionnaire, Triage des incidents", "BI-04", 19),
     R("Manager, Signal Assessment", "Gestionnaire, Évaluation des signaux", "BI-04", 22),
     R("Manager, Recalls Coordination", "Gestionnaire, Coordination des rappels", "EG-07", 15)],
    5_960_000, 540_000, 57, "ott")
pos("hc_csl", "HC", "Director, Controlled Substances Licensing", "Directeur, Délivrance des licences des substances contrôlées",
    "EX-01", "640166", "40372", date(2024, 1, 8),
    S("40360", "Director General, Controlled Substances Directorate", "Directrice générale, Direction des substances contrôlées", "EX-03"),
    [R("Manager, Dealer Licensing", "Gestionnaire, Licences de distributeurs", "PM-06", 28),
     R("Manager, Exemptions", "Gestionnaire, Exemptions", "PM-05", 17),
     R("Manager, Security Clearances", "Gestionnaire, Habilitations de sécurité", "PM-05", 12)],
    5_120_000, 390_000, 58, "ott")

# ---------------------------------------------------------------- Transport Canada (scans)
pos("tc_dg", "TC", "Director General, Marine Pilotage Oversight", "Directeur général, Surveillance du pilotage maritime",
    "EX-03", "733018", "30506", date(2021, 4, 1),
    S("30500", "Assistant Deputy Minister, Safety and Security", "Sous-ministre adjointe, Sécurité et sûreté", "EX-05"),
    [R("Director, Pilotage Standards", "Directeur, Normes de pilotage", "EX-01", 23),
     R("Director, Port Security Programs", "Directrice, Programmes de sûreté portuaire", "EX-01", 66),
     R("Manager, Pilotage Authorities Liaison", "Gestionnaire, Liaison avec les administrations de pilotage", "TI-07", 7)],
    9_870_000, 1_450_000, 98, "ott")
pos("tc_civ", "TC", "Regional Director, Civil Aviation, Prairie and Northern Region",
    "Directeur régional, Aviation civile, Région des Prairies et du Nord",
    "EX-01", "733044", "30618", date(2022, 6, 1),
    S("30600", "Regional Director General, Prairie and Northern Region", "Directrice générale régionale, Région des Prairies et du Nord", "EX-03"),
    [R("Manager, Aircraft Certification", "Gestionnaire, Certification des aéronefs", "AO-CAI-03", 18),
     R("Manager, Commercial and Business Aviation", "Gestionnaire, Aviation commerciale et d'affaires", "AO-CAI-03", 27),
     R("Manager, General Aviation", "Gestionnaire, Aviation générale", "AO-CAI-03", 14),
     R("Manager, Technical Program Evaluation", "Gestionnaire, Évaluation des programmes techniques", "TI-07", 8)],
    8_990_000, 1_875_000, 68, "wpg")
pos("tc_dgi", "TC", "Director, Dangerous Goods Inspections", "Directeur, Inspections des marchandises dangereuses",
    "EX-01", "733069", "30644", date(2023, 2, 13),
    S("30640", "Director General, Transportation of Dangerous Goods", "Directeur général, Transport des marchandises dangereuses", "EX-03"),
    [R("Chief, Inspections Atlantic", "Chef, Inspections Atlantique", "TI-06", 12),
     R("Chief, Inspections Quebec", "Chef, Inspections Québec", "TI-06", 14),
     R("Chief, Inspections Ontario", "Chef, Inspections Ontario", "TI-06", 15),
     R("Chief, Inspections West", "Chef, Inspections Ouest", "TI-06", 19)],
    6_640_000, 1_230_000, 62, "ott")
pos("tc_psp", "TC", "Director, Port Security Programs", "Directrice, Programmes de sûreté portuaire",
    "EX-01", "733081", "30529", date(2022, 1, 31),
    S("30506", "Director General, Marine Pilotage Oversight", "Directeur général, Surveillance du pilotage maritime", "EX-03"),
    [R("Manager, Marine Facility Security", "Gestionnaire, Sûreté des installations maritimes", "TI-07", 24),
     R("Manager, Security Clearance Program", "Gestionnaire, Programme d'habilitation de sécurité", "PM-05", 31),
     R("Manager, Exercises and Drills", "Gestionnaire, Exercices et simulations", "TI-06", 10)],
    6_210_000, 740_000, 66, "hfx")

# ---------------------------------------------------------------- Statistics Canada (cp1252)
pos("stc_acs", "STC", "Assistant Chief Statistician, Social, Health and Labour Statistics",
    "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail",
    "EX-05", "850002", "50011", date(2022, 4, 1),
    S("50001", "Chief Statistician of Canada", "Statisticien en chef du Canada", "DM-03"),
    [R("Director General, Census Field Operations", "Directeur général, Opérations sur le terrain du recensement", "EX-03", 420),
     R("Director General, Health Statistics", "Directrice générale, Statistique de la santé", "EX-03", 188),
     R("Director General, Labour Market Statistics", "Directeur général, Statistique du marché du travail", "EX-03", 231),
     R("Director, Strategic Planning", "Directrice, Planification stratégique", "EX-01", 17)],
    82_600_000, 9_400_000, 857, "ott")
pos("stc_cfo", "STC", "Director General, Census Field Operations", "Directeur général, Opérations sur le terrain du recensement",
    "EX-03", "850031", "50127", date(2023, 4, 1),
    S("50011", "Assistant Chief Statistician, Social, Health and Labour Statistics",
      "Statisticien en chef adjoint, Statistique sociale, de la santé et du travail", "EX-05"),
    [R("Director, Household Survey Methods", "Directrice, Méthodes d'enquêtes auprès des ménages", "EX-01", 84),
     R("Director, Data Access Centres", "Directeur, Centres d'accès aux données", "EX-01", 66),
     R("Director, Collection Operations", "Directeur, Opérations de collecte", "EX-01", 259),
     R("Executive Assistant", "Adjointe exécutive", "AS-02", 1)],
    40_180_000, 6_920_000, 420, "ott")
SUP_CFO = S("50127", "Director General, Census Field Operations", "Directeur général, Opérations sur le terrain du recensement", "EX-03")
pos("stc_hsm", "STC", "Director, Household Survey Methods", "Directrice, Méthodes d'enquêtes auprès des ménages",
    "EX-01", "850047", "50166", date(2023, 10, 16), SUP_CFO,
    [R("Chief, Sampling and Estimation", "Chef, Échantillonnage et estimation", "MA-05", 29),
     R("Chief, Questionnaire Design", "Chef, Conception des questionnaires", "EC-06", 22),
     R("Chief, Record Linkage", "Chef, Couplage d'enregistrements", "MA-05", 32)],
    8_830_000, 410_000, 84, "ott")
pos("stc_dac", "STC", "Director, Data Access Centres", "Directeur, Centres d'accès aux données",
    "EX-01", "850052", "50171", date(2022, 9, 12), SUP_CFO,
    [R("Manager, Research Data Centres Network", "Gestionnaire, Réseau des centres de données de recherche", "EC-06", 38),
     R("Manager, Virtual Data Lab", "Gestionnaire, Laboratoire virtuel de données", "CS-03", 17),
     R("Manager, Vetting and Disclosure Control", "Gestionnaire, Vérification et contrôle de la divulgation", "MA-04", 10)],
    6_905_000, 1_164_000, 66, "ott")

# ---------------------------------------------------------------- Parks Canada (Markdown)
pos("pc_vp", "PC", "Vice-President, Heritage Places Restoration", "Vice-présidente, Restauration des lieux patrimoniaux",
    "EX-04", "910004", "20044", date(2023, 4, 1),
    S("20001", "Chief Executive Officer", "Directeur général de l'Agence", "DM-02"),
    [R("Director, Indigenous Conservation Partnerships", "Directrice, Partenariats autochtones en conservation", "EX-01", 35),
     R("Director, Visitor Reservation Services", "Directeur, Services de réservation des visiteurs", "EX-01", 42),
     R("Director General, Historic Sites Infrastructure", "Directeur général, Infrastructure des lieux historiques", "EX-03", 215),
     R("Senior Policy Advisor", "Conseiller principal en politiques", "EC-07", 1)],
    31_740_000, 88_300_000, 296, "gat")
SUP_VP = S("20044", "Vice-President, Heritage Places Restoration", "Vice-présidente, Restauration des lieux patrimoniaux", "EX-04")
pos("pc_icp", "PC", "Director, Indigenous Conservation Partnerships", "Directrice, Partenariats autochtones en conservation",
    "EX-01", "910027", "20108", date(2024, 5, 21), SUP_VP,
    [R("Manager, Guardians Programs", "Gestionnaire, Programmes de gardiens", "EC-06", 14),
     R("Manager, Co-operative Management Agreements", "Gestionnaire, Ententes de gestion coopérative", "EC-06", 11),
     R("Manager, Traditional Knowledge", "Gestionnaire, Savoir traditionnel", "EG-06", 9)],
    3_940_000, 2_780_000, 35, "gat")
pos("pc_vrs", "PC", "Director, Visitor Reservation Services", "Directeur, Services de réservation des visiteurs",
    "EX-01", "910031", "20113", date(2023, 2, 6), SUP_VP,
    [R("Manager, Reservation Contact Centre", "Gestionnaire, Centre de contact des réservations", "AS-05", 29),
     R("Manager, Reservation System", "Gestionnaire, Système de réservation", "CS-04", 8),
     R("Manager, Pricing and Revenue", "Gestionnaire, Tarification et recettes", "FI-03", 4)],
    3_870_000, 5_460_000, 42, "gat")

FIRST = ["Maëlle", "Théo", "Priyanka", "Dorian", "Naomie", "Kwabena", "Solène", "Aurelio", "Hildegarde", "Tamsin",
         "Émeric", "Ximena", "Bartholomew", "Ingrid", "Rosalind", "Yannick", "Ottilie", "Cormac", "Anouk", "Lisandro",
         "Fenella", "Gaspard", "Oluwaseun", "Pernille", "Quillan", "Séverine", "Thaddeus", "Vesna", "Wendeline", "Zéphirin",
         "Clémentine", "Ignatius", "Marisol", "Benoîte", "Desmond", "Eulalie", "Florent", "Griselda", "Hamish", "Isaura"]
LAST = ["Vanderkloot", "Okonkwo-Bélanger", "Thibodeau-Marsh", "Quennelle", "Sarrazin-Dube", "Lindqvist", "Abernethy",
        "Beaupré-Nakamura", "Castellane", "Drouillard", "Eckhardt", "Fauteux", "Gorecki", "Hautecoeur", "Ivanescu",
        "Jolicoeur-Mbeki", "Kerhoas", "Larocque-Singh", "Maelstrom", "Nadeau-Ferris", "Ostrowska", "Pelletier-Aung",
        "Quintal", "Rousselot", "Strathdee", "Turcotte-Oyelaran", "Ullrich", "Vachon-Petrakis", "Wojcik", "Ysebaert"]

GA_EN = ("The {t} is accountable for the leadership, planning and delivery of {u}, ensuring that the programs, "
         "services and advice of {org} meet the Government of Canada's commitments, legislative obligations "
         "and service standards, and for the management of the human and financial resources entrusted to the unit.")
GA_FR = ("Le titulaire du poste de {t} est responsable de la direction, de la planification et de la prestation de "
         "{u}, de façon que les programmes, les services et les conseils de l'organisation ({org}) respectent les engagements du "
         "gouvernement du Canada, les obligations législatives et les normes de service, ainsi que de la gestion des "
         "ressources humaines et financières confiées à l'unité.")
SA_EN = ["Provides strategic leadership and direction to the managers of the unit and sets its priorities, plans and performance measures.",
         "Advises senior management and central agencies on emerging issues, risks and options, and prepares briefings and submissions.",
         "Establishes and maintains partnerships with other federal organizations, provinces, territories, Indigenous organizations and stakeholders.",
         "Manages the human, financial and material resources of the unit in accordance with departmental policies and delegations.",
         "Oversees the design, delivery and evaluation of programs and services, and reports on their results.",
         "Represents the department on interdepartmental and federal-provincial-territorial committees and working groups."]
SA_FR = ["Assure le leadership stratégique et l'orientation des gestionnaires de l'unité et établit ses priorités, ses plans et ses mesures du rendement.",
         "Conseille la haute direction et les organismes centraux sur les enjeux, les risques et les options, et prépare les notes d'information et les présentations.",
         "Établit et entretient des partenariats avec d'autres organisations fédérales, les provinces, les territoires, les organisations autochtones et les intervenants.",
         "Gère les ressources humaines, financières et matérielles de l'unité conformément aux politiques et aux délégations du ministère.",
         "Supervise la conception, la prestation et l'évaluation des programmes et des services, et rend compte de leurs résultats.",
         "Représente le ministère au sein de comités et de groupes de travail interministériels et fédéraux-provinciaux-territoriaux."]
NS_EN = ("{org} operates in a complex environment shaped by changing government priorities, public expectations, "
         "technological change and the need to work with many partners. The incumbent must reconcile competing demands, "
         "manage significant risks to service and reputation, and lead a workforce through sustained change.")
NS_FR = ("L'organisation ({org_cap}) évolue dans un environnement complexe façonné par l'évolution des priorités gouvernementales, les "
         "attentes du public, les changements technologiques et la nécessité de travailler avec de nombreux partenaires. "
         "Le titulaire doit concilier des exigences concurrentes, gérer des risques importants pour le service et la "
         "réputation, et diriger un effectif dans un contexte de changement soutenu.")
