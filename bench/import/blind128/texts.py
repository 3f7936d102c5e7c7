"""Positions, names and prose of the blind128 corpus (all invented).

The folder is the one an HR data steward of the Pay and Pension Services Branch of Public Services
and Procurement Canada keeps: position reports out of MyGCHR (PeopleSoft) and Phoenix, the Pension
Centre's SAP extracts, the branch's own spreadsheets, a database dump, and ordinary executive work
descriptions.
"""

DEPT_EN = "Public Services and Procurement Canada"
DEPT_FR = "Services publics et Approvisionnement Canada"
BRANCH_EN = "Pay and Pension Services Branch"
BRANCH_FR = "Direction générale des services de paye et de pension"

LOC = {
    "MIR": ("Miramichi, New Brunswick", "Miramichi (Nouveau-Brunswick)", "NB0042", "MIRAMICHI NB"),
    "GAT": ("Gatineau, Quebec", "Gatineau (Québec)", "QC0311", "GATINEAU QC"),
    "SHE": ("Shediac, New Brunswick", "Shediac (Nouveau-Brunswick)", "NB0057", "SHEDIAC NB"),
    "MAT": ("Matane, Quebec", "Matane (Québec)", "QC0488", "MATANE QC"),
    "OTT": ("Ottawa, Ontario", "Ottawa (Ontario)", "ON0100", "OTTAWA ON"),
}

# Report types: (title_en, title_fr, classification, fte)
R = lambda en, fr, cls, fte: {"en": en, "fr": fr, "cls": cls, "fte": fte}

# key: position number (as the branch writes it, unpadded)
POSITIONS = {}


def P(num, en, fr, cls, job, eff, loc, sup, salary, om, fte, reports, total="sum"):
    POSITIONS[num] = dict(num=num, en=en, fr=fr, cls=cls, job=job, eff=eff, loc=loc, sup=sup,
                          salary=salary, om=om, total=(salary + om if total == "sum" else total),
                          fte=fte, reports=reports)


ADM = "40010"
P(ADM, "Assistant Deputy Minister, Pay and Pension Services",
  "Sous-ministre adjoint, Services de paye et de pension", "EX-04", "300101", "2020-04-01", "GAT", None,
  121_600_000, 18_950_000, 1614, [])
DGPC, DGPS, DGPEN, DGSC, EDBM = "40220", "40235", "50040250", "40260", "40290"
P(DGPC, "Director General, Pay Centre Operations", "Directeur général, Opérations du Centre des services de paye",
  "EX-03", "300230", "2019-04-01", "MIR", ADM, 48_650_000, 3_120_000, 612, [])
P(DGPS, "Director General, Pay Systems and Transformation", "Directeur général, Systèmes de paye et transformation",
  "EX-03", "300235", "2021-06-14", "GAT", ADM, 21_400_000, 9_850_000, 251, [])
P(DGPEN, "Director General, Public Service Pension Centre", "Directeur général, Centre des pensions de la fonction publique",
  "EX-03", "300250", "2018-10-01", "SHE", ADM, 27_300_000, 2_410_000, 365, [])
P(DGSC, "Director General, Pay Stabilization and Client Experience",
  "Directrice générale, Stabilisation de la paye et expérience client", "EX-03", "300260", "2022-01-10", "GAT", ADM,
  16_900_000, 1_275_000, 282, [])
P(EDBM, "Executive Director, Branch Management Services", "Directeur exécutif, Services de gestion de la direction générale",
  "EX-02", "300290", "2020-09-28", "GAT", ADM, 6_840_000, 1_960_000, 91, [])

# Pay Centre Operations (Miramichi)
P("41873", "Director, Pay Operations", "Directeur, Opérations de la paye", "EX-01", "300512", "2019-04-01", "MIR", DGPC,
  11_245_000, 386_000, 148, [R("Manager, Compensation Teams 1 to 6", "Gestionnaire, Équipes de rémunération 1 à 6", "AS-07", 74),
                             R("Manager, Compensation Teams 7 to 12", "Gestionnaire, Équipes de rémunération 7 à 12", "AS-07", 68),
                             R("Senior Advisor, Workload Planning", "Conseiller principal, Planification de la charge de travail", "AS-06", 5)])
P("41290", "Director, Client Contact Centre", "Directrice, Centre de contact avec la clientèle", "EX-01", "300518", "2020-11-02", "MIR", DGPC,
  7_920_000, 640_000, 121, [R("Manager, Contact Centre Operations", "Gestionnaire, Opérations du centre de contact", "PM-06", 96),
                            R("Manager, Case Intake and Triage", "Gestionnaire, Réception et triage des cas", "AS-07", 19),
                            R("Team Leader, Quality Monitoring", "Chef d'équipe, Contrôle de la qualité", "PM-05", 5)])
P("42115", "Director, Pay Quality Assurance", "Directeur, Assurance de la qualité de la paye", "EX-01", "300524", "2019-04-01", "MIR", DGPC,
  3_318_000, 112_000, 39, [R("Manager, Pay Audit", "Gestionnaire, Vérification de la paye", "AS-06", 17),
                           R("Manager, Root Cause Analysis", "Gestionnaire, Analyse des causes profondes", "EC-06", 12),
                           R("Manager, Standards and Procedures", "Gestionnaire, Normes et procédures", "AS-06", 9)])
P("42530", "Executive Director, Regional Pay Operations", "Directeur exécutif, Opérations régionales de la paye", "EX-02", "300540", "2021-04-01", "MAT", DGPC,
  14_870_000, 905_000, 187, [R("Director, Pay Operations East", "Directeur, Opérations de la paye – Est", "EX-01", 96),
                             R("Director, Pay Operations West", "Directrice, Opérations de la paye – Ouest", "EX-01", 84),
                             R("Advisor, Business Planning", "Conseillère, Planification des activités", "AS-05", 1)])
P("43310", "Director, Pay Operations East", "Directeur, Opérations de la paye – Est", "EX-01", "300545", "2021-04-01", "MAT", "42530",
  7_602_000, 288_000, 96, [R("Manager, Compensation Services (Matane)", "Gestionnaire, Services de rémunération (Matane)", "AS-07", 51),
                           R("Manager, Compensation Services (Moncton)", "Gestionnaire, Services de rémunération (Moncton)", "AS-07", 43)])
P("43325", "Director, Pay Operations West", "Directrice, Opérations de la paye – Ouest", "EX-01", "300546", "2021-04-01", "MAT", "42530",
  6_644_000, 251_000, 84, [R("Manager, Compensation Services (Winnipeg)", "Gestionnaire, Services de rémunération (Winnipeg)", "AS-07", 45),
                           R("Manager, Compensation Services (Regina)", "Gestionnaire, Services de rémunération (Regina)", "AS-07", 38)])
# Pay Systems and Transformation (Gatineau)
P("42877", "Director, Pay System Configuration", "Directeur, Configuration du système de paye", "EX-01", "300612", "2021-06-14", "GAT", DGPS,
  5_083_000, 2_740_000, 52, [R("Manager, Business Rules Configuration", "Gestionnaire, Configuration des règles administratives", "CS-04", 21),
                             R("Manager, Release Management", "Gestionnaire, Gestion des versions", "CS-04", 14),
                             R("Manager, Testing Services", "Gestionnaire, Services d'essai", "CS-03", 16)])
P("43004", "Director, Pay Data and Reporting", "Directrice, Données et rapports sur la paye", "EX-01", "300618", "2022-03-21", "GAT", DGPS,
  3_967_000, 455_000, 41, [R("Manager, Data Warehouse", "Gestionnaire, Entrepôt de données", "CS-04", 15),
                           R("Manager, Business Intelligence", "Gestionnaire, Intelligence d'affaires", "EC-06", 13),
                           R("Manager, Data Quality", "Gestionnaire, Qualité des données", "CS-03", 12)])
P("43118", "Director, HR-to-Pay Interfaces", "Directeur, Interfaces RH-paye", "EX-01", "300624", "2021-06-14", "GAT", DGPS,
  4_210_000, 1_320_000, 44, [R("Manager, Departmental Interfaces", "Gestionnaire, Interfaces ministérielles", "CS-04", 23),
                             R("Manager, Interface Support Desk", "Gestionnaire, Soutien aux interfaces", "CS-03", 20)])
P("43450", "Senior Director, Next Generation HR and Pay Transition",
  "Directrice principale, Transition vers la prochaine génération de RH et de paye", "EX-02", "300630", "2023-02-06", "OTT", DGPS,
  6_120_000, 4_800_000, 58, [R("Director, Solution Readiness", "Directeur, Préparation de la solution", "EX-01", 27),
                             R("Manager, Change Management", "Gestionnaire, Gestion du changement", "PM-06", 16),
                             R("Manager, Transition Planning", "Gestionnaire, Planification de la transition", "EC-07", 14)])
P("43466", "Director, Solution Readiness", "Directeur, Préparation de la solution", "EX-01", "300631", "2023-02-06", "OTT", "43450",
  2_611_000, 1_890_000, 27, [R("Manager, Readiness Assessment", "Gestionnaire, Évaluation de l'état de préparation", "CS-04", 13),
                             R("Manager, Departmental Onboarding", "Gestionnaire, Intégration des ministères", "PM-06", 13)])
# Pension Centre (Shediac, SAP numbers)
P("50044021", "Director, Pension Operations", "Directeur, Opérations des pensions", "EX-01", "300712", "2018-10-01", "SHE", DGPEN,
  9_416_000, 327_000, 133, [R("Manager, Annuity Processing", "Gestionnaire, Traitement des rentes", "AS-06", 58),
                            R("Manager, Buy-back and Transfers", "Gestionnaire, Rachats et transferts", "AS-06", 41),
                            R("Manager, Survivor Benefits", "Gestionnaire, Prestations aux survivants", "AS-06", 33)])
P("50044036", "Director, Pension Client Services", "Directrice, Services aux clients des pensions", "EX-01", "300718", "2019-07-15", "SHE", DGPEN,
  6_075_000, 522_000, 97, [R("Manager, Pension Call Centre", "Gestionnaire, Centre d'appels des pensions", "PM-05", 71),
                           R("Manager, Client Correspondence", "Gestionnaire, Correspondance avec les clients", "AS-05", 25)])
P("50044058", "Director, Pension Policy and Legislative Support", "Directeur, Politiques des pensions et soutien législatif",
  "EX-01", "300724", "2020-02-03", "SHE", DGPEN, 2_356_000, 148_000, 24,
  [R("Manager, Pension Policy Interpretation", "Gestionnaire, Interprétation des politiques de pension", "PM-06", 11),
   R("Manager, Legislative Change Implementation", "Gestionnaire, Mise en œuvre des changements législatifs", "EC-06", 9),
   R("Senior Actuarial Analyst", "Analyste actuariel principal", "AC-03", 3)])
P("50044073", "Director, Pension Systems", "Directrice, Systèmes des pensions", "EX-01", "300730", "2022-05-30", "SHE", DGPEN,
  3_540_000, 2_115_000, 38, [R("Manager, Pension Application Support", "Gestionnaire, Soutien aux applications des pensions", "CS-04", 19),
                             R("Manager, Pension Data Services", "Gestionnaire, Services de données des pensions", "CS-03", 18)])
# Pay Stabilization and Client Experience (Gatineau)
P("44310", "Director, Stabilization Planning and Performance", "Directrice, Planification et rendement de la stabilisation",
  "EX-01", "300812", "2022-01-10", "GAT", DGSC, 2_945_000, 310_000, 33,
  [R("Manager, Performance Measurement", "Gestionnaire, Mesure du rendement", "EC-07", 12),
   R("Manager, Integrated Planning", "Gestionnaire, Planification intégrée", "AS-07", 10),
   R("Manager, Risk and Issues", "Gestionnaire, Risques et enjeux", "AS-06", 10)])
P("44325", "Director, Client Experience and Outreach", "Directeur, Expérience client et sensibilisation", "EX-01", "300818", "2022-01-10", "GAT", DGSC,
  3_204_000, 702_000, 36, [R("Manager, Client Research", "Gestionnaire, Recherche sur la clientèle", "EC-06", 9),
                           R("Manager, Departmental Outreach", "Gestionnaire, Sensibilisation des ministères", "PM-06", 14),
                           R("Manager, Digital Client Services", "Gestionnaire, Services numériques aux clients", "CS-03", 12)])
P("44340", "Director, Outstanding Cases Reduction", "Directeur, Réduction des cas en attente", "EX-01", "300824", "2022-01-10", "MIR", DGSC,
  8_730_000, 215_000, 118, [R("Manager, Reduction Teams", "Gestionnaire, Équipes de réduction", "AS-07", 82),
                            R("Manager, Complex Cases", "Gestionnaire, Cas complexes", "AS-07", 31),
                            R("Analyst, Inventory Tracking", "Analyste, Suivi de l'inventaire", "AS-04", 4)])
P("44355", "Director, Collective Agreement Implementation", "Directrice, Mise en œuvre des conventions collectives",
  "EX-01", "300830", "2023-09-18", "GAT", DGSC, 4_018_000, 177_000, 52,
  [R("Manager, Retroactive Payments", "Gestionnaire, Paiements rétroactifs", "AS-07", 34),
   R("Manager, Rate Tables and Calculations", "Gestionnaire, Tables de taux et calculs", "AS-06", 17)])
# Branch Management Services (Gatineau)
P("44510", "Director, Branch Finance and Planning", "Directeur, Finances et planification de la direction générale",
  "EX-01", "300912", "2020-09-28", "GAT", EDBM, 2_466_000, 205_000, 29,
  [R("Manager, Financial Management", "Gestionnaire, Gestion financière", "FI-03", 14),
   R("Manager, Business Planning and Reporting", "Gestionnaire, Planification des activités et rapports", "EC-06", 9),
   R("Manager, Procurement and Assets", "Gestionnaire, Approvisionnement et biens", "PG-05", 5)])
P("44526", "Director, Branch Human Resources Strategies", "Directrice, Stratégies de ressources humaines de la direction générale",
  "EX-01", "300918", "2021-01-18", "GAT", EDBM, 1_988_000, 164_000, 22,
  [R("Manager, Workforce Planning", "Gestionnaire, Planification de l'effectif", "PE-06", 8),
   R("Manager, Staffing and Recruitment Campaigns", "Gestionnaire, Campagnes de dotation et de recrutement", "PE-05", 13)])
P("44541", "Director, Security, Privacy and Access to Information",
  "Directeur, Sécurité, protection des renseignements personnels et accès à l'information", "EX-01", "300924", "2022-11-07", "GAT", EDBM,
  1_642_000, 96_000, 17, [R("Manager, Privacy Breach Management", "Gestionnaire, Gestion des atteintes à la vie privée", "PM-05", 7),
                          R("Manager, ATIP Operations", "Gestionnaire, Opérations de l'AIPRP", "PM-05", 9)])

P("41306", "Director, Onboarding and Departure Pay Services", "Directeur, Services de paye à l'arrivée et au départ",
  "EX-01", "300527", "2020-06-22", "MIR", DGPC, 5_310_000, 140_000, 77,
  [R("Manager, Onboarding Pay Services", "Gestionnaire, Services de paye à l'arrivée", "AS-07", 38),
   R("Manager, Departure and Leave Pay Services", "Gestionnaire, Services de paye au départ et congés", "AS-07", 36)])
P("42131", "Director, Pay Policy Interpretation", "Directrice, Interprétation des politiques de paye", "EX-01", "300529",
  "2018-03-05", "MIR", DGPC, 2_188_000, 74_000, 26,
  [R("Manager, Pay Directives", "Gestionnaire, Directives de paye", "AS-07", 12),
   R("Manager, Entitlement Rulings", "Gestionnaire, Décisions sur les droits", "AS-06", 13)])
P("43133", "Director, Payroll Accounting and Reconciliation", "Directeur, Comptabilité et rapprochement de la paye",
  "EX-01", "300636", "2022-08-29", "GAT", DGPS, 3_770_000, 260_000, 45,
  [R("Manager, Payroll Accounting", "Gestionnaire, Comptabilité de la paye", "FI-03", 21),
   R("Manager, Reconciliation Services", "Gestionnaire, Services de rapprochement", "FI-02", 19),
   R("Senior Financial Analyst", "Analyste financier principal", "FI-02", 4)])
P("44372", "Director, Client Department Relations", "Directeur, Relations avec les ministères clients", "EX-01", "300836",
  "2023-05-01", "GAT", DGSC, 2_490_000, 385_000, 28,
  [R("Manager, Client Relationship Managers", "Gestionnaire, Gestionnaires des relations clients", "PM-06", 17),
   R("Manager, Service Agreements", "Gestionnaire, Ententes de service", "AS-06", 10)])
P("44557", "Director, Branch Communications", "Directrice, Communications de la direction générale", "EX-01", "300930",
  "2021-10-04", "GAT", EDBM, 1_402_000, 318_000, 15,
  [R("Manager, Internal Communications", "Gestionnaire, Communications internes", "IS-05", 6),
   R("Manager, Client Communications and Web", "Gestionnaire, Communications aux clients et Web", "IS-05", 8)])
P("50044089", "Director, Pension Financial Reporting", "Directeur, Rapports financiers des pensions", "EX-01", "300736",
  "2019-11-25", "SHE", DGPEN, 2_034_000, 88_000, 23,
  [R("Manager, Pension Fund Accounting", "Gestionnaire, Comptabilité des caisses de retraite", "FI-03", 12),
   R("Manager, Actuarial Data", "Gestionnaire, Données actuarielles", "AC-02", 10)])

SUP_OF_ADM = ("Deputy Minister of Public Services and Procurement and Deputy Receiver General for Canada",
              "Sous-ministre des Services publics et de l'Approvisionnement et sous-receveur général du Canada")

GIVEN = ["Maëlle", "Tobias", "Renata", "Oluwaseun", "Geneviève", "Hamish", "Priyanka", "Cyprien", "Marisol",
         "Dariusz", "Noémie", "Keziah", "Anselm", "Ludivine", "Thaddeus", "Inès", "Bastien", "Wilhelmina",
         "Rafferty", "Sigrid", "Émeric", "Philippa", "Kwabena", "Solène", "Ingrid", "Mattias", "Orla",
         "Yannick", "Zofia", "Lorcan", "Apolline", "Desmond", "Clémentine", "Ruairi", "Fenella", "Joachim"]
FAMILY = ["Ouellette-Brandt", "Vasquez-Lindqvist", "Thibodeau-Okafor", "Marchbank", "Delacroix-Hanley",
          "Pelletier-Abara", "Szymczak-Holt", "Gaudreault-Pike", "Quimby-Arsenault", "Haldorsen", "Beauséjour-Tan",
          "Nakagawa-Roy", "Tremblett", "Castonguay-Ferris", "Oyelaran", "Brisebois-Wynn", "Windle",
          "Lévesque-Moreau", "Strathdee", "Kowalczuk-Leblanc", "Abernethy-Roux", "Fairweather-Gagné",
          "Michaud-Osei", "Rathbone", "Desjardins-Kerr", "Lindgren-Poirier"]

GA_EN = [
    "Under the direction of the {sup}, the {title} is accountable for {focus}, for the integrity of the pay and "
    "pension data entrusted to the unit, and for the management of its human and financial resources.",
    "The {title} is accountable for {focus}, ensuring that federal employees and pensioners are paid accurately "
    "and on time, and that the Branch's service standards are met and reported.",
]
GA_FR = [
    "Sous l'autorité du {sup}, le titulaire du poste de {title} est responsable {focus}, de l'intégrité des "
    "données de paye et de pension confiées à l'unité et de la gestion de ses ressources humaines et financières.",
    "Le titulaire du poste de {title} est responsable {focus}, afin que les fonctionnaires et les pensionnés soient payés avec "
    "exactitude et en temps opportun et que les normes de service de la Direction générale soient respectées.",
]
NS_EN = [
    "The Branch administers pay for more than 300,000 employees of over 100 federal organizations and the "
    "pensions of more than 500,000 members and survivors. The position operates under sustained public and "
    "parliamentary scrutiny of the pay system, with large inventories of outstanding cases, frequent "
    "collective agreement changes and interdependent systems owned by other departments.",
    "The incumbent must reconcile the priorities of client departments, bargaining agents and central agencies "
    "while maintaining service continuity. Decisions affect the pay of individual employees and can create "
    "overpayments or underpayments that are costly and slow to correct.",
]
NS_FR = [
    "La Direction générale administre la paye de plus de 300 000 employés de plus de 100 organisations "
    "fédérales et les pensions de plus de 500 000 participants et survivants. Le poste s'exerce sous un examen "
    "public et parlementaire soutenu du système de paye, avec d'importants inventaires de cas en attente.",
    "Le titulaire doit concilier les priorités des ministères clients, des agents négociateurs et des organismes "
    "centraux tout en assurant la continuité du service.",
]
SA_EN = ["Plans, directs and monitors the delivery of {focus}.",
         "Develops and implements operational strategies, service standards and performance measures.",
         "Provides advice to the {sup} and to senior management committees on pay and pension issues.",
         "Manages the unit's human and financial resources, including workforce planning and staffing.",
         "Represents the Branch with client departments, central agencies and bargaining agents."]
SA_FR = ["Planifie, dirige et surveille la prestation {focus}.",
         "Élabore et met en œuvre des stratégies opérationnelles, des normes de service et des mesures du rendement.",
         "Conseille le {sup} et les comités de la haute direction sur les questions de paye et de pension.",
         "Gère les ressources humaines et financières de l'unité, y compris la planification de l'effectif et la dotation.",
         "Représente la Direction générale auprès des ministères clients, des organismes centraux et des agents négociateurs."]
FOCUS_EN = "the programs and services of the {unit}"
FOCUS_FR = "des programmes et services de l'unité « {unit} »"
