"""blind12: Word documents saved as text on Windows (cp1252, CRLF, tabs between table cells, curly
apostrophes, bullets as the cp1252 bullet)."""
from __future__ import annotations

from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, truth


def cra_southern_interior_2006() -> dict:
    reports = [("Assistant Director, Audit", "MG-05", 68), ("Assistant Director, Client Services", "MG-04", 42),
               ("Assistant Director, Revenue Collections", "MG-04", 37), ("Manager, Administration", "SP-06", 11)]
    blocks = [
        RAW("CANADA REVENUE AGENCY\tAGENCE DU REVENU DU CANADA"),
        H("Executive Position Description \u2013 Tax Services Office"),
        KV([("Position Title", "Director, Southern Interior BC Tax Services Office"), ("Position Level", "EX-01"),
            ("Position Number", "71233"), ("Job Number", "70185"), ("Effective Date", "1 April 2006"),
            ("Branch / Region", "Pacific Region"), ("Office Location", "Penticton, British Columbia"),
            ("Supervisor\u2019s Title", "Assistant Commissioner, Pacific Region"), ("Supervisor\u2019s Level", "EX-04"),
            ("Supervisor\u2019s Position Number", "70001")], mode="tabs"),
        H("Position Summary"),
        P("The Director is accountable for the delivery of the Agency\u2019s tax services in the southern interior "
          "of British Columbia \u2013 audit, client services, revenue collections and related programs \u2013 from "
          "the Penticton office and its satellite offices in Kelowna and Kamloops, so that taxpayers receive "
          "fair and timely service and the integrity of the tax base is protected."),
        H("Organizational Context"),
        P("The Director is one of eight directors of tax services offices reporting to the Assistant Commissioner, "
          "Pacific Region. Positions reporting to the Director:"),
        T(["Title", "Group-Level", "FTEs"],
          [["Assistant Director, Audit", "MG-05", "68"], ["Assistant Director, Client Services", "MG-04", "42"],
           ["Assistant Director, Revenue Collections", "MG-04", "37"], ["Manager, Administration", "SP-06", "11"]]),
        H("Scope and Complexity"),
        *PS("""
The office serves about 450,000 individual and business taxpayers in the Okanagan, Similkameen, Thompson and
Kootenay regions. The region\u2019s economy combines agriculture, forestry, tourism and a fast-growing real estate
and construction sector, which generates complex audit files, including underground economy and real estate
flipping cases that require coordination with other offices and with provincial authorities.

The Director is responsible for meeting the office\u2019s workload and revenue objectives in the Agency\u2019s
business plan, while maintaining the service standards published in the Taxpayer Bill of Rights framework and
responding to the concerns of Members of Parliament, tax practitioners and the business community. Decisions on
collection actions and audit reassessments can have serious financial consequences for taxpayers and must be
fair, consistent and defensible before the courts.

As the Agency\u2019s senior representative in the southern interior, the Director maintains relations with local
tax practitioners\u2019 associations, chambers of commerce and First Nations, and participates in the regional
management committee on the allocation of resources and the implementation of national initiatives.
"""),
        H("Key Responsibilities"),
        L(["Directs the audit, client services and collections programs of the office to achieve the objectives "
           "of the regional business plan.",
           "Ensures the quality, consistency and fairness of audit and collection decisions.",
           "Approves settlements, waivers and write-offs within delegated authorities.",
           "Responds to representations from Members of Parliament, practitioners and taxpayers on complex "
           "files.",
           "Maintains relations with the community and the local tax practitioners.",
           "Participates in regional and national committees and pilots new initiatives.",
           "Manages the office\u2019s human, financial and material resources, including its satellite offices."],
          "bullet"),
        H("Resources Managed"),
        KV([("Full-time equivalents (FTEs)", "162"), ("Salary", "$10,150,000.00"), ("Non-salary O&M", "$1,060,000.00"),
            ("Total", "$11,210,000.00")], mode="tabs"),
        H("Signatures"),
        SIG("Incumbent\tCatherine Oyelaran-Fisk\tDate\t2006-05-16",
            "Assistant Commissioner\t\tDate\t"),
    ]
    return dict(
        key="cra-southern-interior-2006", kind="text-cp1252", lang="en", fmt="cp1252", year=2006, blocks=blocks,
        render=dict(bullet="\u2022"),
        truth=truth(title="Director, Southern Interior BC Tax Services Office", cls="EX-01", job="70185",
                    pos="71233", eff="2006-04-01", sup=("70001", "Assistant Commissioner, Pacific Region", "EX-04"),
                    reports=reports, salary=10150000, om=1060000, total=11210000,
                    loc="Penticton, British Columbia", fte=162),
        people=["Catherine Oyelaran-Fisk"],
    )


def pch_quebec_2010() -> dict:
    reports = [("Gestionnaire, Programmes des arts et du patrimoine", "PM-06", 14),
               ("Gestionnaire, Langues officielles et citoyenneté", "PM-06", 11),
               ("Gestionnaire, Services ministériels", "AS-06", 7),
               ("Conseillère principale, Affaires régionales", "PM-06", 2)]
    blocks = [
        RAW("Patrimoine canadien\tCanadian Heritage"),
        H("DESCRIPTION DE POSTE \u2013 CADRE SUPÉRIEUR"),
        KV([("Titre officiel du poste :", "Directeur exécutif, Région du Québec"), ("Niveau :", "EX-02"),
            ("No du poste :", "10522"), ("Date d\u2019entrée en vigueur :", "1er avril 2010"),
            ("Secteur :", "Affaires régionales et internationales"), ("Ville :", "Montréal (Québec)")],
           mode="tabs"),
        KV([("Supérieur hiérarchique :", "Sous-ministre adjoint, Affaires régionales et internationales"),
            ("Niveau du supérieur :", "EX-05"), ("No du poste du supérieur :", "10010")], mode="tabs"),
        H("1. Objectif général"),
        P("Le directeur exécutif est responsable de la prestation, au Québec, des programmes de subventions et "
          "de contributions du Ministère dans les domaines des arts, du patrimoine, des langues officielles, de "
          "la citoyenneté et des sports, de la représentation du Ministère auprès des partenaires régionaux et de "
          "l\u2019analyse des enjeux régionaux pour la haute direction."),
        H("2. Structure organisationnelle"),
        P("Le directeur exécutif est l\u2019un des cinq directeurs exécutifs régionaux qui relèvent du sous-ministre "
          "adjoint, Affaires régionales et internationales. Les postes qui suivent relèvent de lui :"),
        L(["Gestionnaire, Programmes des arts et du patrimoine (PM-06) \u2013 14 ETP",
           "Gestionnaire, Langues officielles et citoyenneté (PM-06) \u2013 11 ETP",
           "Gestionnaire, Services ministériels (AS-06) \u2013 7 ETP",
           "Conseillère principale, Affaires régionales (PM-06) \u2013 2 ETP"], "bullet"),
        H("3. Nature et étendue"),
        *PS("""
Le bureau régional du Québec gère environ 900 projets par année, présentés par des organismes artistiques et
patrimoniaux, des communautés d\u2019expression anglaise, des organismes jeunesse et des festivals. Il doit assurer
l\u2019accès équitable aux programmes dans toutes les régions du Québec, des grands centres urbains aux régions
éloignées, et tenir compte des politiques culturelles du gouvernement du Québec.

Le directeur exécutif doit concilier la rigueur de la gestion des contributions, renforcée par la Politique sur
les paiements de transfert de 2008, avec la capacité souvent limitée des petits organismes bénéficiaires. Les
décisions de financement des festivals et événements sont très visibles et suscitent l\u2019intérêt des élus, des
médias et du milieu culturel.

Le directeur exécutif conseille la haute direction sur la situation des communautés de langue officielle en
situation minoritaire au Québec et sur les enjeux culturels régionaux, et représente le Ministère au Conseil
fédéral du Québec et auprès des ministères provinciaux.
"""),
        H("4. Activités principales"),
        L(["Dirige la prestation des programmes de subventions et de contributions du Ministère au Québec.",
           "Recommande ou approuve le financement des projets dans les limites des pouvoirs délégués.",
           "Veille au respect de la Politique sur les paiements de transfert et à la gestion du risque.",
           "Représente le Ministère auprès des organismes, des municipalités et du gouvernement du Québec.",
           "Conseille la haute direction sur les enjeux régionaux.",
           "Gère les ressources humaines, financières et matérielles de la région."], "num"),
        H("5. Dimensions"),
        KV([("Équivalents temps plein :", "38"), ("Budget salarial :", "2\u00a0780\u00a0000 $"),
            ("F et E :", "465\u00a0000 $"), ("Total :", "3\u00a0245\u00a0000 $"),
            ("Subventions et contributions :", "48,2 M$")], mode="tabs"),
        H("6. Signatures"),
        SIG("Titulaire :\tIsabelle Desrosiers-Kwan\tDate :\t2010-04-22", "Sous-ministre adjoint :\t\tDate :\t"),
    ]
    return dict(
        key="pch-quebec-2010", kind="text-cp1252", lang="fr", fmt="cp1252", year=2010, blocks=blocks,
        render=dict(bullet="\u2022"),
        truth=truth(title="Directeur exécutif, Région du Québec", cls="EX-02", pos="10522", eff="2010-04-01",
                    sup=("10010", "Sous-ministre adjoint, Affaires régionales et internationales", "EX-05"),
                    reports=reports, salary=2780000, om=465000, total=3245000, loc="Montréal, Québec", fte=38,
                    progb=48200000),
        people=["Isabelle Desrosiers-Kwan"],
    )


GULF_GA_EN = ("The Regional Director is accountable for the management of the commercial, recreational and "
              "Aboriginal fisheries of the southern Gulf of St. Lawrence, including resource management, licensing "
              "and allocation, and for advising the Regional Director General and the Minister on conservation and "
              "allocation decisions affecting the fishing communities of New Brunswick, Prince Edward Island and "
              "Gulf Nova Scotia.")
GULF_GA_FR = ("Le directeur régional est responsable de la gestion des pêches commerciales, récréatives et "
              "autochtones du sud du golfe du Saint-Laurent, y compris la gestion de la ressource, la délivrance "
              "des permis et la répartition, et conseille le directeur général régional et le ministre sur les "
              "décisions de conservation et de répartition qui touchent les collectivités de pêche du "
              "Nouveau-Brunswick, de l\u2019Île-du-Prince-Édouard et du golfe de la Nouvelle-Écosse.")


def dfo_gulf_2012() -> dict:
    reports = [(["Area Director, Gulf Nova Scotia", "Directeur de secteur, Golfe Nouvelle-Écosse"], "EX-01", 38),
               (["Area Director, Eastern New Brunswick", "Directeur de secteur, Est du Nouveau-Brunswick"], "EX-01", 46),
               (["Area Director, Prince Edward Island", "Directeur de secteur, Île-du-Prince-Édouard"], "EX-01", 35),
               (["Chief, Resource Management", "Chef, Gestion de la ressource"], "BI-04", 17),
               (["Regional Chief, Conservation and Protection", "Chef régional, Conservation et protection"], "GT-07", 12)]
    blocks = [
        RAW("Fisheries and Oceans Canada\tPêches et Océans Canada"),
        RAW("WORK DESCRIPTION\tDESCRIPTION DE TRAVAIL"),
        T(None, [["Position title", "Regional Director, Fisheries Management, Gulf Region", "Titre du poste",
                  "Directeur régional, Gestion des pêches, Région du Golfe"],
                 ["Group and level", "EX-02", "Groupe et niveau", "EX-02"],
                 ["Position number", "20133", "Numéro du poste", "20133"],
                 ["Effective date", "2012-09-04", "Date d\u2019entrée en vigueur", "2012-09-04"],
                 ["Location", "Moncton, NB", "Lieu", "Moncton (N.-B.)"],
                 ["Supervisor", "Regional Director General, Gulf Region (EX-03)", "Superviseur",
                  "Directeur général régional, Région du Golfe (EX-03)"],
                 ["Supervisor position no.", "20001", "No de poste du superviseur", "20001"]]),
        RAW("General accountability\tResponsabilités générales"),
        COLS([P(GULF_GA_EN)], [P(GULF_GA_FR)]),
        RAW("Organization structure\tStructure organisationnelle"),
        COLS([P("Reporting to the Regional Director:"),
              L(["Area Director, Gulf Nova Scotia (EX-01, 38 FTEs)", "Area Director, Eastern New Brunswick (EX-01, "
                 "46 FTEs)", "Area Director, Prince Edward Island (EX-01, 35 FTEs)",
                 "Chief, Resource Management (BI-04, 17 FTEs)",
                 "Regional Chief, Conservation and Protection (GT-07, 12 FTEs)"], "bullet")],
             [P("Relèvent du directeur régional :"),
              L(["Directeur de secteur, Golfe Nouvelle-Écosse (EX-01, 38 ETP)",
                 "Directeur de secteur, Est du Nouveau-Brunswick (EX-01, 46 ETP)",
                 "Directeur de secteur, Île-du-Prince-Édouard (EX-01, 35 ETP)",
                 "Chef, Gestion de la ressource (BI-04, 17 ETP)",
                 "Chef régional, Conservation et protection (GT-07, 12 ETP)"], "bullet")]),
        RAW("Nature and scope\tNature et étendue"),
        COLS(PS("""
The Gulf Region\u2019s fisheries are dominated by lobster, snow crab, herring and scallop, harvested by some 3,500
licence holders and more than 30 First Nations. The fishery is the economic base of many Acadian and coastal
communities, and quota decisions are followed closely by harvesters\u2019 associations, processors, provinces and
elected officials.

The Regional Director must integrate scientific advice, the Department\u2019s precautionary approach and the
socio-economic situation of the communities, while implementing the commitments arising from the Marshall
decision and the sustainable fisheries framework.
"""), PS("""
Les pêches de la Région du Golfe reposent surtout sur le homard, le crabe des neiges, le hareng et le pétoncle,
exploités par quelque 3 500 titulaires de permis et plus de 30 Premières Nations. La pêche est la base économique
de nombreuses collectivités acadiennes et côtières, et les décisions de quotas sont suivies de près par les
associations de pêcheurs, les transformateurs, les provinces et les élus.

Le directeur régional doit intégrer les avis scientifiques, l\u2019approche de précaution du Ministère et la
situation socio-économique des collectivités, tout en mettant en oeuvre les engagements découlant de l\u2019arrêt
Marshall et du cadre pour la pêche durable.
""")),
        RAW("Dimensions\tDimensions"),
        T(None, [["FTEs", "148", "ETP", "148"], ["Salary", "$11.6M", "Salaires", "11,6 M$"],
                 ["O&M", "$3.2M", "F et E", "3,2 M$"], ["Total", "$14.8M", "Total", "14,8 M$"]]),
        RAW("Specific accountabilities\tResponsabilités spécifiques"),
        COLS([L(["Develops integrated fisheries management plans and recommends them to the Minister.",
                 "Directs licensing and allocation policies in the Region.",
                 "Leads consultations with harvesters, processors, provinces and First Nations.",
                 "Oversees conservation and protection activities in the Region.",
                 "Manages the Branch\u2019s human, financial and material resources."], "num")],
             [L(["Élabore les plans de gestion intégrée des pêches et les recommande au ministre.",
                 "Dirige les politiques de délivrance des permis et de répartition dans la région.",
                 "Mène les consultations auprès des pêcheurs, des transformateurs, des provinces et des "
                 "Premières Nations.",
                 "Supervise les activités de conservation et de protection dans la région.",
                 "Gère les ressources humaines, financières et matérielles de la direction."], "num")]),
        SIG("Incumbent / Titulaire\tRoland Thibodeau-Doiron", "RDG / DGR\t______________\tDate\t2012-09-20"),
    ]
    return dict(
        key="dfo-gulf-2012", kind="text-cp1252", lang="bilingual", fmt="cp1252", year=2012, blocks=blocks,
        render=dict(bullet="\u2022"),
        truth=truth(title=["Regional Director, Fisheries Management, Gulf Region",
                           "Directeur régional, Gestion des pêches, Région du Golfe"],
                    cls="EX-02", pos="20133", eff="2012-09-04",
                    sup=("20001", ["Regional Director General, Gulf Region",
                                   "Directeur général régional, Région du Golfe"], "EX-03"),
                    reports=reports, salary=11600000, om=3200000, total=14800000,
                    loc=["Moncton, New Brunswick", "Moncton, NB", "Moncton (N.-B.)"], fte=148),
        people=["Roland Thibodeau-Doiron"],
    )


DOCS = [cra_southern_interior_2006, pch_quebec_2010, dfo_gulf_2012]
