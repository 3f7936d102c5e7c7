"""blind12: PDFs with a text layer, and the documents a records folder holds that are not work
descriptions (to refuse)."""
from __future__ import annotations

from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, truth


def ec_enforcement_2012() -> dict:
    reports = [("Regional Manager, Environmental Enforcement", "GT-07", 31),
               ("Regional Manager, Wildlife Enforcement", "GT-07", 22),
               ("Manager, Intelligence and Investigations Support", "EG-06", 8), ("Administrative Officer", "AS-02", 1)]
    blocks = [
        H("WORK DESCRIPTION - EXECUTIVE GROUP"),
        KV([("Title:", "Regional Director, Enforcement, Ontario Region"), ("Group-Level:", "EX-01"),
            ("Position Number:", "EC-60714"), ("Generic Job Code:", "EX-ENF-003"), ("Effective Date:", "2012-11-05"),
            ("Location:", "Burlington, Ontario"), ("Reporting to:", "Chief Enforcement Officer (EX-03)"),
            ("Supervisor's Position Number:", "EC-60001")], mode="grid"),
        H("1. GENERAL ACCOUNTABILITY"),
        P("The Regional Director is accountable for the enforcement of federal environmental and wildlife "
          "legislation in Ontario, including the Canadian Environmental Protection Act, 1999, the pollution "
          "prevention provisions of the Fisheries Act, the Migratory Birds Convention Act and the Wild Animal and "
          "Plant Protection and Regulation of International and Interprovincial Trade Act, through inspections, "
          "investigations and enforcement measures that protect the environment and the health of Canadians."),
        H("2. ORGANIZATION"),
        P("The Regional Director reports to the Chief Enforcement Officer and is one of five regional directors "
          "of the Enforcement Branch. Reporting to the Regional Director are:"),
        L(["Regional Manager, Environmental Enforcement - GT-07 - 31 FTEs",
           "Regional Manager, Wildlife Enforcement - GT-07 - 22 FTEs",
           "Manager, Intelligence and Investigations Support - EG-06 - 8 FTEs",
           "Administrative Officer - AS-02 - 1 FTE"], "dash"),
        H("3. NATURE AND SCOPE"),
        *PS("""
Ontario contains the largest concentration of regulated industrial facilities in Canada, the shared waters of the
Great Lakes and major border crossings through which wildlife, hazardous waste and ozone-depleting substances
are traded. The Environmental Enforcement Act of 2009 increased fines and gave enforcement officers new tools,
and the Branch is expanding its capacity to conduct major investigations.

The Regional Director sets enforcement priorities based on risk, decides on the measures to be taken in response
to violations, including warnings, environmental protection compliance orders and recommendations for
prosecution, and works with the Public Prosecution Service of Canada. Investigations may involve large
corporations, municipalities and organized smuggling networks, and must be conducted to the standards of
evidence required by the courts.

The Regional Director coordinates with the Ontario Ministry of the Environment, the Ontario Ministry of Natural
Resources, police services, the Canada Border Services Agency and U.S. enforcement agencies, and is the
Branch's spokesperson in the region on enforcement matters.
"""),
        H("4. DIMENSIONS"),
        KV([("FTEs:", "64"), ("Salary:", "$5,120,000"), ("O&M:", "$1,430,000"), ("Total:", "$6,550,000")],
           mode="grid"),
        H("5. SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the regional inspection and investigation programs according to national priorities and the "
           "Compliance and Enforcement Policy.",
           "Decides on enforcement measures and recommends prosecutions.",
           "Ensures the health and safety of enforcement officers, including the use of defensive equipment.",
           "Establishes cooperation agreements with provincial, federal and U.S. partners.",
           "Advises the Chief Enforcement Officer on regional issues and trends.",
           "Manages the human, financial and material resources of the regional directorate."], "num"),
        H("6. SIGNATURES"),
        SIG("Chief Enforcement Officer: ______________________   Date: ____________",
            "Regional Director: Marcus Oyelowo-Haines   Date: 2012-11-22"),
    ]
    return dict(
        key="ec-enforcement-2012", kind="pdf", lang="en", fmt="pdf", year=2012, blocks=blocks,
        render=dict(width=100, per_page=62, header=lambda i, n: "Environment Canada / Environnement Canada",
                    footer=lambda i, n: f"Regional Director, Enforcement, Ontario Region - Page {i} of {n}"),
        file="RD Enforcement Ontario - WD signed.pdf",
        truth=truth(title="Regional Director, Enforcement, Ontario Region", cls="EX-01", job="EX-ENF-003",
                    pos="EC-60714", eff="2012-11-05", sup=("EC-60001", "Chief Enforcement Officer", "EX-03"),
                    reports=reports, salary=5120000, om=1430000, total=6550000, loc="Burlington, Ontario", fte=64),
        people=["Marcus Oyelowo-Haines"],
    )


def nrcan_afc_2001() -> dict:
    reports = [("Program Director, Forest Health and Biodiversity", "SE-RES-04", 27),
               ("Program Director, Sustainable Forest Management", "SE-RES-04", 24),
               ("Manager, Corporate Services", "AS-06", 19), ("Manager, Science Liaison", "FO-04", 6)]
    blocks = [
        RAW("Natural Resources Ressources naturelles\nCanada Canada\nCanadian Forest Service"),
        H("EXECUTIVE WORK DESCRIPTION"),
        KV([("Position Title", "Director General, Atlantic Forestry Centre"), ("Classification", "EX-O2"),
            ("Position No.", "CFS-0318"), ("Effective Date", "December 3, 2001"),
            ("Location", "Fredericton, New Brunswick")], mode="grid"),
        KV([("Reports to", "Assistant Deputy Minister, Canadian Forest Service (EX-O5)")], mode="grid"),
        H("GENERAL ACCOUNTABILITY"),
        P("The Director General is accountable for the Canadian Forest Service's research and science-based "
          "programs in the Atlantic provinces, delivered from the Atlantic Forestry Centre in Fredericton and "
          "Corner Brook, on forest health, biodiversity and sustainable forest management, and for the federal "
          "presence in forestry matters in the region."),
        H("ORGANIZATION STRUCTURE"),
        P("The DG is one of five directors general of forestry centres reporting to the ADM, Canadian Forest "
          "Service. Reporting to the DG are: Program Director, Forest Health and Biodiversity (SE-RES-O4, 27 "
          "FTEs); Program Director, Sustainable Forest Management (SE-RES-O4, 24 FTEs); Manager, Corporate "
          "Services (AS-O6, 19 FTEs); Manager, Science Liaison (FO-O4, 6 FTEs)."),
        H("NATURE AND SCOPE"),
        *PS("""
The forests of the Atlantic provinces are among the most intensively managed in Canada, with a large share of
private woodlots and an industry of pulp and paper mills and sawmills that is vital to rural communities. The
Centre's research addresses the spruce budworm and other insect outbreaks, invasive species such as the brown
spruce longhorn beetle discovered in Halifax, forest biodiversity and the productivity of managed forests.

The Director General must maintain the scientific capacity of the Centre in a period of program reductions,
renew an aging scientific workforce and develop partnerships with provinces, universities, industry and
woodlot owners, who increasingly fund the research they need. The Centre also contributes to Canada's
international forest commitments, including criteria and indicators of sustainable forest management.
"""),
        H("DIMENSIONS"),
        KV([("FTEs", "96"), ("Salary", "$6.3M"), ("O&M", "$2.75M"), ("Total", "$9.05M")], mode="grid"),
        H("SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the Centre's science program and its alignment with national CFS priorities;",
           "Ensures the quality and relevance of research and the transfer of knowledge to users;",
           "Establishes partnerships with provincial forest services, universities and industry;",
           "Represents the CFS in the Atlantic region and advises the ADM on regional forestry issues;",
           "Manages the Centre's human, financial and material resources and facilities."], "num"),
        SIG("Incumbent: Fergus MacLellan-Hart   Date: 2002-01-09", "ADM, CFS: ______________"),
    ]
    return dict(
        key="nrcan-afc-2001", kind="pdf", lang="en", fmt="pdf", year=2001, blocks=blocks,
        render=dict(width=92, per_page=58, rate=0.03, joins=0.01, bullet="e",
                    footer=lambda i, n: f"AFC DG - {i}"),
        file="scan_AFC_DG_2001.pdf",
        truth=truth(title="Director General, Atlantic Forestry Centre", cls="EX-02", pos="CFS-0318", eff="2001-12-03",
                    sup=(None, "Assistant Deputy Minister, Canadian Forest Service", "EX-05"), reports=reports,
                    salary=6300000, om=2750000, total=9050000, loc="Fredericton, New Brunswick", fte=96),
        people=["Fergus MacLellan-Hart"],
    )


def hc_dgspni_2004() -> dict:
    reports = [("Gestionnaire, Soins infirmiers et santé primaire", "NU-CHN-05", 48),
               ("Gestionnaire, Programmes communautaires", "PM-06", 14),
               ("Gestionnaire, Services de santé non assurés", "PM-06", 22),
               ("Gestionnaire, Santé environnementale", "EG-07", 11), ("Gestionnaire, Finances et administration", "FI-03", 9)]
    blocks = [
        RAW("Santé Canada - Direction générale de la santé des Premières nations et des Inuits"),
        H("DESCRIPTION DE TRAVAIL - GROUPE EX"),
        KV([("Titre du poste", "Directeur régional, Santé des Premières nations et des Inuits, Région du Québec"),
            ("Classification", "EX-02"), ("Numéro de poste", "HC-52230"), ("Code d'emploi", "100214"),
            ("Date d'entrée en vigueur", "21 juin 2004"), ("Lieu", "Montréal (Québec)")], mode="grid"),
        KV([("Titre du poste du supérieur", "Sous-ministre adjoint, Direction générale de la santé des Premières "
                                            "nations et des Inuits"),
            ("Classification du supérieur", "EX-05")], mode="grid"),
        H("RESPONSABILITÉS GÉNÉRALES"),
        P("Le directeur régional est responsable de la prestation, au Québec, des programmes de santé destinés "
          "aux Premières nations et aux Inuits, notamment les soins infirmiers et de santé primaire dans les "
          "communautés éloignées, les programmes de santé communautaire, les services de santé non assurés et la "
          "santé environnementale, ainsi que de la gestion des accords de contribution et de transfert conclus "
          "avec les communautés."),
        H("STRUCTURE ORGANISATIONNELLE"),
        P("Relèvent du directeur régional : Gestionnaire, Soins infirmiers et santé primaire (NU-CHN-05, 48 ETP) ; "
          "Gestionnaire, Programmes communautaires (PM-06, 14 ETP) ; Gestionnaire, Services de santé non assurés "
          "(PM-06, 22 ETP) ; Gestionnaire, Santé environnementale (EG-07, 11 ETP) ; Gestionnaire, Finances et "
          "administration (FI-03, 9 ETP)."),
        H("NATURE ET ÉTENDUE"),
        *PS("""
La Région du Québec dessert une quarantaine de communautés des Premières nations et les communautés inuites du
Nunavik, dont plusieurs ne sont accessibles que par avion. L'état de santé de ces populations est nettement
inférieur à celui de l'ensemble des Québécois, et les besoins en matière de diabète, de santé mentale, de
toxicomanie et de santé maternelle et infantile sont importants.

Le directeur régional doit assurer des services infirmiers continus dans les postes de soins éloignés malgré la
pénurie de personnel infirmier, gérer la croissance des coûts des services de santé non assurés et appuyer le
transfert de la gestion des services de santé aux communautés qui le souhaitent. Il travaille avec le ministère
de la Santé et des Services sociaux du Québec, la Commission de la santé et des services sociaux des Premières
Nations du Québec et du Labrador et les conseils de bande.
"""),
        H("DIMENSIONS"),
        KV([("ETP", "112"), ("Salaires", "8 740 000 $"), ("F et E", "2 960 000 $"), ("Total", "11 700 000 $"),
            ("Contributions aux communautés", "164 M$")], mode="grid"),
        H("RESPONSABILITÉS SPÉCIFIQUES"),
        L(["Dirige la prestation des programmes de santé de la Direction générale au Québec.",
           "Assure la continuité des services infirmiers dans les communautés éloignées.",
           "Négocie et gère les accords de contribution et de transfert avec les communautés.",
           "Gère le programme des services de santé non assurés dans la région.",
           "Entretient des relations avec les organisations autochtones et le gouvernement du Québec.",
           "Gère les ressources humaines, financières et matérielles de la région."], "num"),
        SIG("Sous-ministre adjoint : ______________________   Date : __________"),
    ]
    return dict(
        key="hc-dgspni-2004", kind="pdf", lang="fr", fmt="pdf", year=2004, blocks=blocks,
        render=dict(width=100, per_page=64, footer=lambda i, n: f"DGSPNI - Région du Québec - page {i}/{n}"),
        file="DR DGSPNI Quebec 2004.pdf",
        truth=truth(title="Directeur régional, Santé des Premières nations et des Inuits, Région du Québec",
                    cls="EX-02", job="100214", pos="HC-52230", eff="2004-06-21",
                    sup=(None, "Sous-ministre adjoint, Direction générale de la santé des Premières nations et des "
                               "Inuits", "EX-05"),
                    reports=reports, salary=8740000, om=2960000, total=11700000, loc="Montréal, Québec", fte=112,
                    progb=164000000),
        people=[],
    )


# --- to refuse ---------------------------------------------------------------------------------------

def refuse_pma_2016() -> dict:
    blocks = [
        H("Performance Agreement 2016-2017", 1),
        P("Performance Management Program for Executives"),
        KV([("Executive", "Odette Vaillancourt-Braun"), ("Position", "Executive Director, Atlantic Operations"),
            ("Level", "EX-02"), ("Position number", "61188"), ("Supervisor", "Assistant Deputy Minister, Operations"),
            ("Period", "April 1, 2016 to March 31, 2017")], mode="table2"),
        H("Part A - Commitments", 2),
        T(["Commitment", "Performance measures", "Weight"],
          [["Business results: deliver the regional operational plan within budget", "95% of service standards met; "
            "year-end variance under 2%", "40%"],
           ["Management results: implement the new workload management system in all Atlantic offices",
            "System in use in the four provinces by December 2016", "20%"],
           ["Leadership: advance the Blueprint 2020 and mental health in the workplace initiatives",
            "Action plan presented to staff; employee survey results", "20%"],
           ["Corporate priority: contribute to the departmental transformation project",
            "Deliverables accepted by the project steering committee", "20%"]]),
        H("Part B - Key Leadership Competencies", 2),
        P("Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with partners and "
          "stakeholders; promote innovation and guide change; achieve results."),
        H("Part C - Mid-year review", 2),
        P("Discussion held on October 24, 2016. Progress on track for commitments 1, 3 and 4; the system "
          "implementation in Newfoundland is delayed to February 2017 because of a procurement issue."),
        H("Part D - Year-end assessment", 2),
        P("Rating: Succeeded. Signed by the executive and the supervisor on May 5, 2017."),
        SIG("Executive: Odette Vaillancourt-Braun", "Supervisor: ______________"),
    ]
    return dict(key="refuse-pma-2016", kind="docx", lang="en", fmt="docx", year=2016, blocks=blocks,
                render=dict(heading_mode="style", list_mode="style", font="Calibri"),
                file="PMA 2016-17 ED Atlantic Operations (signed).docx", outcome="refuse",
                what="an executive's performance agreement (commitments, measures, ratings), not a work description",
                people=["Odette Vaillancourt-Braun"])


def refuse_orgchart_2009() -> dict:
    blocks = [
        RAW("ORGANIGRAMME"),
        RAW("Direction régionale des opérations - Région du Québec"),
        RAW("En vigueur : octobre 2009"),
        RAW(""),
        RAW("| Directeur général régional |\n| EX-03 | poste 10001 |"),
        RAW("|"),
        RAW("| Directeur, Opérations Est | | Directeur, Opérations Ouest | | Gestionnaire, Services ministériels |"),
        RAW("| EX-01 (41 ETP) | | EX-01 (38 ETP) | | AS-07 (12 ETP) |"),
        RAW("|                |   |               |"),
        RAW("| Chef d'équipe Rimouski PM-05 | Chef d'équipe Sherbrooke PM-05 | Chef d'équipe Gatineau PM-05 |"),
        RAW("| Chef d'équipe Saguenay PM-05 | Chef d'équipe Trois-Rivières PM-05 | Finances FI-02 |"),
        RAW(""),
        RAW("Postes vacants : 3     Total des ETP : 94"),
        RAW("Préparé par : Services de ressources humaines, 2009-10-19"),
    ]
    return dict(key="refuse-orgchart-2009", kind="ocr", lang="fr", fmt="ocr", year=2009, blocks=blocks,
                render=dict(runon=True, banner=True, rate=0.0),
                outcome="refuse", what="a scanned organization chart (boxes of titles and levels), no duties",
                people=[])


def refuse_classification_request_2011() -> dict:
    blocks = [
        RAW("REQUEST FOR CLASSIFICATION ACTION\tDEMANDE DE MESURE DE CLASSIFICATION"),
        RAW("Human Resources Services / Services des ressources humaines"),
        RAW(""),
        RAW("Section A \u2013 Position / Poste"),
        RAW("Position number / Numéro de poste\t44872"),
        RAW("Title / Titre\tDirector, Client Service Modernization / Directeur, Modernisation du service à la clientèle"),
        RAW("Current group and level / Groupe et niveau actuels\tEX-01"),
        RAW("Proposed group and level / Groupe et niveau proposés\tEX-01"),
        RAW(""),
        RAW("Section B \u2013 Action requested / Mesure demandée"),
        RAW("[X] Reclassification review / Examen de la classification"),
        RAW("[ ] New position / Nouveau poste"),
        RAW("[ ] Update of work description only / Mise à jour de la description seulement"),
        RAW("Reason / Motif : Addition of the contact centre operations to the directorate following the branch "
            "reorganization of April 2011."),
        RAW(""),
        RAW("Section C \u2013 Documents attached / Documents joints"),
        RAW("\u2022\tWork description (revised) / Description de travail (révisée)"),
        RAW("\u2022\tOrganization chart / Organigramme"),
        RAW("\u2022\tCurrent and proposed budget / Budget actuel et proposé"),
        RAW(""),
        RAW("Section D \u2013 Approvals / Approbations"),
        RAW("Requested by / Demandé par\tNathalie Brousseau-Kerr\tDate\t2011-06-02"),
        RAW("Director General / Directeur général\t\tDate\t"),
        RAW("For HR use only / Réservé aux RH\tFile / Dossier CL-2011-0374"),
    ]
    return dict(key="refuse-clrequest-2011", kind="text-cp1252", lang="bilingual", fmt="cp1252", year=2011,
                blocks=blocks, render=dict(), outcome="refuse",
                what="a request-for-classification-action cover form (position, level, reason, attachments)",
                people=["Nathalie Brousseau-Kerr"])


def refuse_briefing_2019() -> dict:
    blocks = [
        RAW("NON CLASSIFIÉ"),
        H("NOTE D'INFORMATION AU SOUS-MINISTRE ADJOINT", 1),
        KV([("Objet", "Réorganisation de la Direction des services à la clientèle"), ("Date", "12 mars 2019"),
            ("No de dossier", "SMA-2019-0217")], mode="colon"),
        H("Contexte", 2),
        P("Depuis la création de la Direction en 2016, le volume des demandes a augmenté de 40 % alors que la "
          "structure est demeurée inchangée. Trois des cinq gestionnaires relèvent directement du directeur, qui "
          "supervise aussi deux conseillers principaux."),
        H("Options", 2),
        L(["Statu quo : aucune modification, risque de retards accrus.",
           "Création d'un poste de directeur adjoint (PM-06) pour superviser les trois équipes opérationnelles.",
           "Scission de la Direction en deux directions distinctes (EX-01 chacune), ce qui exigerait une nouvelle "
           "description de travail et une évaluation par le comité de classification."], "num"),
        H("Recommandation", 2),
        P("Il est recommandé de retenir l'option 2, qui n'a pas d'incidence sur la classification du poste de "
          "directeur (EX-01) et peut être mise en oeuvre d'ici le 1er juin 2019 à même le budget existant."),
        SIG("Préparée par : Services de gestion de l'organisation", "Approuvée par : ______________________"),
    ]
    return dict(key="refuse-briefing-2019", kind="docx", lang="fr", fmt="docx", year=2019, blocks=blocks,
                render=dict(heading_mode="bold", list_mode="typed", font="Arial"),
                file="Note SMA - réorganisation DSC (2019-03).docx", outcome="refuse",
                what="a briefing note on a reorganization (options, recommendation), not a work description",
                people=[])


def refuse_unreadable() -> dict:
    return dict(key="refuse-unreadable", kind="ocr", lang="en", fmt="raw-ocr", year=1994, blocks=[],
                outcome="refuse", what="a fax scan the OCR could not read: noise, a stamp and a page number",
                people=[])


DOCS = [ec_enforcement_2012, nrcan_afc_2001, hc_dgspni_2004]
REFUSE = [refuse_pma_2016, refuse_orgchart_2009, refuse_classification_request_2011, refuse_briefing_2019,
          refuse_unreadable]
