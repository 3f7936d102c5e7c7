"""blind12: scans of forms printed in two columns (read across, as seed 003), and scans whose lines
the OCR kept (typewritten and early word-processed forms of the 1990s and 2000s)."""
from __future__ import annotations

from fmt12 import COLS, H, KV, L, P, PAGE, PS, RAW, SIG, T, truth


def dfo_nl_2003() -> dict:
    reports = [("Area Director, Eastern Newfoundland", "EX-01", 64),
               ("Area Director, Western Newfoundland and Labrador", "EX-01", 47),
               ("Chief, Conservation and Protection", "GT-07", 118), ("Chief, Resource Management", "BI-04", 23),
               ("Manager, Licensing", "PM-05", 19), ("Senior Advisor, Aboriginal Fisheries", "PM-06", 2)]
    org = [H("ORGANIZATIONAL STRUCTURE:"),
           P("Reports to: Regional Director General, Newfoundland and Labrador Region (EX-03).", prose=False),
           P("Direct reports to the Regional Director, Fisheries Management:", prose=False),
           L(["Area Director, Eastern Newfoundland (EX-O1, 64 FTEs);",
              "Area Director, Western Newfoundland and Labrador (EX-O1, 47 FTEs);",
              "Chief, Conservation and Protection (GT-O7, 118 FTEs);",
              "Chief, Resource Management (BI-O4, 23 FTEs);",
              "Manager, Licensing (PM-O5, 19 FTEs);",
              "Senior Advisor, Aboriginal Fisheries (PM-O6, 2 FTEs)."], style="dash", prose=False)]
    dims = [H("DIMENSIONS:"),
            P("Number of FTE's: 281 (Branch, including seasonal fishery officers). Salary: $I5.2M; O&M: $4.8M; "
              "Total: $2O.O M. Landed value of the provincial fishery: over $1 billion. Licences "
              "administered: 11,500.", prose=False),
            H("KEY ISSUES AND INITIATIVES"),
            L(["Rebuilding of groundfish stocks under the moratorium and the reopening of limited fisheries;",
               "Management of the expanding shellfish fisheries (snow crab, shrimp) and of new entrants;",
               "Implementation of the Marshall decision commitments and the Aboriginal Fisheries Strategy;",
               "Enforcement in the NAFO Regulatory Area and foreign vessel inspections."], style="bullet")]
    acts = [H("SPECIFIC ACCOUNTABILITIES"),
            L(["Provides leadership and direction for the development and delivery of the fisheries management, "
               "licensing and enforcement programs in the Region.",
               "Develops integrated fisheries management plans in consultation with harvesters, processors, the "
               "Province and Aboriginal groups, and recommends them to the Minister.",
               "Directs conservation and protection activities, including at-sea and air surveillance, and "
               "ensures compliance with the Fisheries Act.",
               "Represents the Department at advisory committees and at international fora on straddling stocks.",
               "Advises the RDG and national headquarters on regional issues, quota decisions and the impact of "
               "conservation measures on coastal communities.",
               "Manages the Branch's human, financial and material resources."], style="num")]
    issues = [H("MAJOR CHALLENGES"),
              P("The Regional Director must reconcile the conservation of depleted stocks with the economic "
                "dependence of hundreds of coastal communities on the fishery, in a climate of strong public and "
                "political scrutiny of every allocation decision. Harvesters' organizations, processors and the "
                "Province frequently hold conflicting views, and decisions are contested in the media and "
                "sometimes before the courts.")]
    blocks = [
        RAW("Fisheries and Oceans Pêches et Océans"),
        H("EXECUTIVE WORK DESCRIPTION"),
        KV([("Job code", "IO7712"), ("TITLE", "Regional Director, Fisheries Management"),
            ("REGION", "Newfoundland and Labrador"), ("GROUP/LEVEL", "EX-O2 (Proposed)"),
            ("POSITION NUMBER", "NEW"), ("EFFECTIVE DATE", "")]),
        H("GENERAL ACCOUNTABILITY:"),
        P("Accountable for the management of the commercial, recreational and Aboriginal fisheries of "
          "Newfoundland and Labrador; for the conservation and protection of fish stocks and habitat in the "
          "Region's waters; for the licensing of some 11,500 harvesters; and for advising the Regional Director "
          "General and the Minister on allocation and conservation decisions affecting the Region."),
        H("NATURE & SCOPE:"),
        *PS("""
The collapse of the northern cod stock and the moratorium of 1992 transformed the fishery of Newfoundland and
Labrador. A decade later, the fishery has shifted to shellfish, landed values exceed those of the groundfish
era, but many communities have lost their economic base and the number of harvesters and plants remains a
source of pressure on every quota decision. The Fisheries Management Branch operates in this environment of
high expectations, limited resources and close public scrutiny.

The Regional Director is the Department's senior fisheries manager in the Region and leads consultations with
the Fish, Food and Allied Workers union, processors' associations, the provincial Department of Fisheries and
Aquaculture and Aboriginal organizations. Management decisions must rest on scientific advice that is often
uncertain, and must be explained and defended to harvesters whose livelihood depends on them.
"""),
        COLS(org, dims),
        COLS(acts, issues),
        H("CERTIFICATION"),
        SIG("[ Signatory: Regional Director General ____ | Signet gE A [Date a [ato TE v"),
    ]
    return dict(
        key="dfo-nl-2003", kind="ocr-columns", lang="en", fmt="ocr", year=2003, blocks=blocks,
        render=dict(runon=True, rate=0.035, joins=0.012, bullet=">", width=96, per_page=200),
        truth=truth(title="Regional Director, Fisheries Management", cls="EX-02", job="107712", pos=None, eff=None,
                    sup=(None, "Regional Director General, Newfoundland and Labrador Region", "EX-03"),
                    reports=reports, salary=15200000, om=4800000, total=20000000, loc=None, fte=281, prov="NEW"),
        people=[],
    )


def tc_marine_1998() -> dict:
    reports = [("Manager, Marine Technical Inspection", "TI-08", 41),
               ("Manager, Marine Personnel Standards", "SO-MAO-08", 12),
               ("Manager, Port State Control", "TI-07", 14), ("Manager, Operational Services", "AS-05", 9)]
    left = [H("ORGANIZATION"),
            P("The Regional Director reports to the Regional Director General, Atlantic Region (EX-03), position "
              "50001, and is one of six regional directors of Transport Canada in the Atlantic Region.",
              prose=False),
            P("Subordinate positions:", prose=False),
            L(["Manager, Marine Technical Inspection TI-08 41 PY",
               "Manager, Marine Personnel Standards SO-MAO-08 12 PY",
               "Manager, Port State Control TI-07 14 PY",
               "Manager, Operational Services AS-05 9 PY"], style="dash", prose=False)]
    right = [H("RESOURCES"),
             KV([("Person-years", "79"), ("Salaries", "$4,120,000"), ("O & M", "$1,360,000"),
                 ("Total budget", "$5,480,000"), ("Fees collected", "$3,100,000")]),
             P("Vessels under inspection: approximately 2,900 Canadian vessels and 1,100 foreign vessel calls a "
               "year.", prose=False)]
    blocks = [
        RAW("Transport Canada Transports Canada\nMarine Safety Sécurité maritime"),
        H("POSITION DESCRIPTION - SENIOR MANAGEMENT"),
        KV([("Position title", "Regional Director, Marine Safety, Atlantic Region"), ("Class. level", "EX-2"),
            ("Position no.", "51402"), ("Date effective", "1 April 1998"),
            ("Location", "Dartmouth, N.S.")], mode="grid"),
        H("1. SUMMARY"),
        P("Directs the marine safety program in the Atlantic provinces: the inspection and certification of "
          "Canadian vessels, the control of foreign vessels in Canadian ports, the examination and certification "
          "of seafarers, and the investigation of marine occurrences within the Department's mandate, to protect "
          "life, property and the marine environment."),
        COLS(left, right),
        H("2. NATURE AND SCOPE"),
        *PS("""
The Atlantic Region accounts for the largest share of Canada's registered fleet, including the fishing fleet of
Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland, passenger ferries, offshore supply vessels
serving the Hibernia and Sable projects, and the tankers calling at Point Tupper, Saint John and Come By Chance.
The Canada Shipping Act and its regulations set the standards the Regional Director's inspectors enforce.

The transfer of the Coast Guard to Fisheries and Oceans in 1995 left Marine Safety with Transport Canada and
required the Directorate to establish its own administrative support, while the Department moves toward cost
recovery and the delegation of certain inspections to classification societies. The Regional Director must
maintain the credibility and independence of the inspection function while responding to an industry that
is under economic pressure and expects faster and less costly service.

The Regional Director decides on the detention of vessels that are unsafe to sail, including foreign ships under
the Paris and Tokyo Memoranda of Understanding on port state control, decisions that have significant commercial
consequences and are sometimes contested by owners and flag states.
"""),
        H("3. SPECIFIC ACCOUNTABILITIES"),
        L(["Directs the inspection and certification of Canadian vessels and the examination of seafarers in the "
           "Region;",
           "Directs port state control inspections of foreign vessels and decides on detentions;",
           "Investigates marine occurrences and pollution incidents within the Department's mandate and takes "
           "enforcement action;",
           "Consults with the marine industry, unions and provinces on regulatory proposals and their "
           "application in the Region;",
           "Represents the Region on national marine safety committees and advises headquarters on "
           "standards;",
           "Manages the human, financial and material resources of Marine Safety, Atlantic Region."],
          style="alpha"),
        H("4. CERTIFICATION"),
        SIG("Incumbent ____Louise Arsenault-Crowe____ Date __98-05-04__",
            "Regional Director General ____________ Date ________"),
    ]
    return dict(
        key="tc-marine-1998", kind="ocr-columns", lang="en", fmt="ocr", year=1998, blocks=blocks,
        render=dict(runon=False, banner=False, rate=0.03, joins=0.008, bullet="-", width=100, per_page=60,
                    footer=lambda i, n: f"Page {i}"),
        truth=truth(title="Regional Director, Marine Safety, Atlantic Region", cls="EX-02", pos="51402",
                    eff="1998-04-01", sup=("50001", "Regional Director General, Atlantic Region", "EX-03"),
                    reports=reports, salary=4120000, om=1360000, total=5480000,
                    loc=["Dartmouth, Nova Scotia", "Dartmouth, N.S."], fte=79),
        people=["Louise Arsenault-Crowe"],
    )


def justice_qc_1996() -> dict:
    reports = [("Chef, Finances", "FI-02", 6), ("Chef, Ressources humaines", "PE-04", 7),
               ("Chef, Gestion de l'information et bibliothèque", "LS-04", 9), ("Chef, Informatique", "CS-03", 8),
               ("Chef, Services administratifs", "AS-04", 14)]
    left = [H("STRUCTURE ORGANISATIONNELLE"),
            P("Le directeur relève du directeur régional, Bureau régional du Québec (LA-3A), poste no 12001. "
              "Les postes suivants relèvent du directeur :", prose=False),
            L(["Chef, Finances, FI-O2 (6 a.-p.)", "Chef, Ressources humaines, PE-O4 (7 a.-p.)",
               "Chef, Gestion de l'information et bibliothèque, LS-O4 (9 a.-p.)",
               "Chef, Informatique, CS-O3 (8 a.-p.)", "Chef, Services administratifs, AS-O4 (14 a.-p.)"],
              style="dash", prose=False)]
    right = [H("DIMENSIONS"),
             KV([("Années-personnes", "47"), ("Salaires", "1 985 OOO $"), ("F et E", "1 24O OOO $"),
                 ("Total", "3 225 OOO $")]),
             P("Le Bureau régional compte au total 212 années-personnes, dont 118 avocats.", prose=False)]
    blocks = [
        RAW("Ministère de la Justice Department of Justice\nCanada Canada"),
        H("DESCRIPTION DE TRAVAIL - CADRE DE DIRECTION"),
        KV([("Titre du poste", "Directeur, Services administratifs, Bureau régional du Québec"),
            ("Groupe/niveau", "EX-O1"), ("Numéro du poste", "12O37"), ("Date d'effet", "1er juillet 1996"),
            ("Lieu", "Montréal (Québec)")]),
        H("RAISON D'ÊTRE DU POSTE"),
        P("Le directeur est responsable de la planification, de la prestation et du contrôle des services de "
          "gestion financière, de ressources humaines, de gestion de l'information, de bibliothèque, "
          "d'informatique et d'administration du Bureau régional du Québec, ainsi que de la fonction de "
          "contrôleur régional auprès du directeur régional."),
        COLS(left, right),
        H("NATURE ET ÉTENDUE"),
        *PS("""
Le Bureau régional du Québec représente le procureur général du Canada devant les tribunaux de la province
dans les litiges civils, fiscaux et d'immigration, et conseille les ministères fédéraux présents au Québec. Ses
avocats traitent plusieurs milliers de dossiers actifs, souvent complexes, dont les échéances sont fixées par les
tribunaux. Le soutien administratif doit s'adapter à ces exigences sans retard.

L'Examen des programmes impose au Ministère des réductions importantes de ses budgets de fonctionnement. Le
directeur doit proposer des moyens de maintenir la qualité des services juridiques avec moins de ressources,
notamment par l'informatisation du suivi des dossiers et du temps, la rationalisation des locaux et la mise en
commun de services avec les autres ministères.

Le directeur conseille le directeur régional et les gestionnaires juridiques sur toutes les questions de gestion,
négocie avec l'administration centrale l'affectation des ressources du Bureau et veille au respect des
politiques du Conseil du Trésor et des règles de la Loi sur la gestion des finances publiques.
"""),
        H("RESPONSABILITÉS PRINCIPALES"),
        L(["Planifie et contrôle le budget du Bureau régional et en rend compte au directeur régional et à "
           "l'administration centrale.",
           "Dirige la prestation des services de ressources humaines, y compris la dotation, la classification et "
           "les relations de travail.",
           "Dirige les services de gestion de l'information, de bibliothèque et d'informatique.",
           "Assure la gestion des locaux, du matériel et des marchés du Bureau.",
           "Conseille le comité de gestion régional sur l'utilisation des ressources.",
           "Gère les ressources humaines, financières et matérielles de la direction."], style="num"),
        H("SIGNATURES"),
        SIG("Titulaire: Jean-Pierre Lachapelle Date: 96/08/19",
            "Directeur régional: ____________________ Date: ____"),
    ]
    return dict(
        key="justice-qc-1996", kind="ocr-columns", lang="fr", fmt="ocr", year=1996, blocks=blocks,
        render=dict(runon=True, rate=0.03, accents=0.3, joins=0.012, bullet="-", width=96, per_page=56, encoding="cp1252",
                    page_prefix=lambda i, n: str(i) if i > 1 else None),
        truth=truth(title="Directeur, Services administratifs, Bureau régional du Québec", cls="EX-01",
                    pos="12037", eff="1996-07-01",
                    sup=("12001", "Directeur régional, Bureau régional du Québec", "LA-3A"), reports=reports,
                    salary=1985000, om=1240000, total=3225000, loc="Montréal, Québec", fte=47),
        people=["Jean-Pierre Lachapelle"],
    )


def aafc_cpma_1995() -> dict:
    reports = [("Chief, Pari-Mutuel Supervision", "PM-05", 41), ("Chief, Drug Control Program", "BI-04", 7),
               ("Chief, Systems and Audit", "CS-02", 5), ("Administrative Officer", "AS-02", 3)]
    blocks = [
        RAW("Agriculture and Agriculture et\nAgri-Food Canada Agroalimentaire Canada"),
        H("POSITION DESCRIPTION"),
        KV([("Position Title", "Director, Canadian Pari-Mutuel Agency"), ("Group and Level", "EX 1"),
            ("Position Number", "AG-4418"), ("Effective Date", "95-06-01 (1 June 1995)"),
            ("Location", "Ottawa, Ontario")], mode="box"),
        KV([("Supervisor", "Assistant Deputy Minister, Food Production and Inspection Branch"),
            ("Supervisor's Level", "EX-05")], mode="box"),
        H("A. PURPOSE OF THE POSITION"),
        P("Directs the Canadian Pari-Mutuel Agency, which regulates and supervises pari-mutuel betting on horse "
          "races in Canada under section 204 of the Criminal Code, so that betting is conducted fairly and the "
          "wagering public is protected; administers the equine drug control program; and collects the federal "
          "levy that funds the Agency."),
        H("B. ORGANIZATION"),
        P("The Director reports to the Assistant Deputy Minister, Food Production and Inspection Branch. The "
          "following positions report to the Director:", prose=False),
        T(["Position", "Level", "Person-years"],
          [["Chief, Pari-Mutuel Supervision", "PM-05", "41"], ["Chief, Drug Control Program", "BI-04", "7"],
           ["Chief, Systems and Audit", "CS-02", "5"], ["Administrative Officer", "AS-02", "3"]]),
        H("C. NATURE AND SCOPE"),
        *PS("""
Pari-mutuel wagering on horse racing in Canada amounts to more than one and a half billion dollars a year at
some seventy racetracks and a growing number of off-track betting outlets. The Agency approves betting systems,
supervises every race day through its officers and part-time employees, audits the calculation of payouts and
conducts the drug testing of horses to prevent the use of prohibited substances.

The racing industry is in decline and is pressing for new forms of wagering, including telephone and
inter-track betting and the simulcasting of races from the United States. The Director must adapt the
regulations to these changes while maintaining the integrity of the betting system, in consultation with
provincial racing commissions, racetrack associations and horsemen's groups.

The Agency is financed by a levy on each dollar wagered. Falling wagering reduces the Agency's revenues, and the
Director must contain costs, in particular the cost of laboratory drug testing contracts, while maintaining the
level of supervision the public expects.
"""),
        H("D. DIMENSIONS"),
        KV([("Person-years", "57"), ("Salary", "$2,310,000"), ("O&M", "$3,870,000"), ("Total", "$6,180,000"),
            ("Levy revenue", "$9.6 million")], mode="grid"),
        H("E. PRINCIPAL ACCOUNTABILITIES"),
        L(["Directs the supervision of pari-mutuel betting at all racetracks and betting outlets in Canada.",
           "Directs the equine drug control program, including the laboratory contracts and the research on "
           "new substances.",
           "Develops and recommends amendments to the Pari-Mutuel Betting Supervision Regulations.",
           "Approves new betting systems and technologies and ensures their audit.",
           "Consults with provincial racing commissions and industry associations.",
           "Manages the levy revenue and the Agency's resources."], style="num"),
        H("F. SIGNATURES"),
        SIG("Incumbent: Harold Vandermeer Date: June 19/95",
            "Supervisor: _____________________ Date: ________"),
    ]
    return dict(
        key="aafc-cpma-1995", kind="ocr", lang="en", fmt="ocr", year=1995, blocks=blocks,
        render=dict(runon=False, banner=False, rate=0.03, joins=0.01, bullet="o", width=88, per_page=58,
                    footer=lambda i, n: f"- {i} -"),
        truth=truth(title="Director, Canadian Pari-Mutuel Agency", cls="EX-01", pos="AG-4418", eff="1995-06-01",
                    sup=(None, "Assistant Deputy Minister, Food Production and Inspection Branch", "EX-05"),
                    reports=reports, salary=2310000, om=3870000, total=6180000, loc="Ottawa, Ontario", fte=57),
        people=["Harold Vandermeer"],
    )


def hrdc_yukon_1996() -> dict:
    reports = [("Manager, Whitehorse Human Resource Centre", "PM-05", 17),
               ("Manager, Income Security Programs", "PM-04", 6), ("Senior Labour Market Analyst", "ES-05", 1),
               ("Administrative Officer", "AS-02", 2)]
    blocks = [
        RAW("HUMAN RESOURCES DEVELOPMENT CANADA"),
        RAW("POSITION DESCRIPTION FORM                       Form HRD 3021 (94-10)"),
        KV([("1. Position title", "Director, Yukon"), ("2. Classification", "EX-01"),
            ("3. Position number", "Y-9001"), ("4. Location", "Whitehorse, Yukon"),
            ("5. Effective", "October 15, 1996"),
            ("6. Title of immediate supervisor", "Regional Director General, British Columbia and Yukon Region"),
            ("7. Supervisor classification", "EX-03")], mode="grid"),
        H("8. PURPOSE"),
        P("Manages the delivery of Human Resources Development Canada's employment, insurance, income security "
          "and labour market programs in the Yukon Territory, and represents the Department with the Government "
          "of Yukon, First Nations and community organizations."),
        H("9. RESPONSIBILITIES"),
        L(["Directs the operations of the Whitehorse Human Resource Centre and the itinerant services to Yukon "
           "communities, 20%",
           "Negotiates and manages the labour market agreements and employment benefits with the Government of "
           "Yukon and First Nations, 20%",
           "Directs the delivery of income security programs (Old Age Security and Canada Pension Plan) in the "
           "territory, 15%",
           "Provides labour market information and advice to the Regional Director General and to partners, 15%",
           "Represents the Department in the community and on the Yukon Federal Council, 15%",
           "Manages the human, financial and material resources of the office, 15%"], style="alpha"),
        H("10. SUBORDINATES"),
        T(["Title", "Class.", "No. of employees"],
          [["Manager, Whitehorse Human Resource Centre", "PM-05", "17"],
           ["Manager, Income Security Programs", "PM-04", "6"],
           ["Senior Labour Market Analyst", "ES-05", "1"], ["Administrative Officer", "AS-02", "2"]]),
        H("11. CONTEXT"),
        *PS("""
The Yukon's population of about 31,000 is concentrated in Whitehorse, with the remainder in fourteen small
communities, many of them First Nations communities, separated by long distances. The territorial economy
depends on mining, tourism and government, and is highly seasonal; unemployment in the communities is well
above the territorial average when mines close.

The Employment Insurance reform of 1996 and the offer to provinces and territories to take over active
employment measures require the Director to negotiate new arrangements with the Government of Yukon while
continuing to serve clients without interruption. Yukon First Nations that have concluded self-government
agreements expect direct relationships with the Department in the design of programs for their citizens.
"""),
        H("12. DIMENSIONS"),
        KV([("Person-years", "29"), ("Salary", "$1,420,000"), ("O&M", "$365,000"), ("Total", "$1,785,000"),
            ("Employment benefits (program funds)", "$8.5 million")], mode="grid"),
        H("13. SIGNATURES"),
        SIG("Employee: Margaret O'Rourke-Sidney ________ Date: 96/11/02",
            "Supervisor: _______________ Date: ______"),
    ]
    return dict(
        key="hrdc-yukon-1996", kind="ocr", lang="en", fmt="ocr", year=1996, blocks=blocks,
        render=dict(runon=False, banner=True, rate=0.03, joins=0.01, bullet="o", width=92, per_page=64,
                    footer=lambda i, n: f"HRD 3021 page {i}"),
        truth=truth(title="Director, Yukon", cls="EX-01", pos="Y-9001", eff="1996-10-15",
                    sup=(None, "Regional Director General, British Columbia and Yukon Region", "EX-03"),
                    reports=reports, salary=1420000, om=365000, total=1785000, loc="Whitehorse, Yukon", fte=29,
                    progb=8500000),
        people=["Margaret O'Rourke-Sidney"],
    )


def csc_montreal_2001() -> dict:
    reports = [("Directeur de secteur, Bureau de libération conditionnelle Ville-Marie", "WP-06", 34),
               ("Directeur de secteur, Bureau de Laval", "WP-06", 22),
               ("Directeur de secteur, Bureau de Longueuil", "WP-06", 27),
               ("Directeur, Centre correctionnel communautaire Martineau", "WP-06", 19),
               ("Agente de gestion administrative", "AS-03", 1)]
    blocks = [
        RAW("Service correctionnel Correctional Service\nCanada Canada"),
        H("DESCRIPTION DE TRAVAIL"),
        KV([("Titre fonctionnel", "Directeur de district, Montréal métropolitain"), ("Niveau", "EX-01"),
            ("Poste no", "QC-30218"), ("Date de prise d'effet", "1er avril 2001"),
            ("Lieu de travail", "Montréal (Québec)"),
            ("Supérieur immédiat", "Sous-commissaire régional, Région du Québec (EX-04)")], mode="grid"),
        H("1. RAISON D'ÊTRE"),
        P("Le directeur de district est responsable de la surveillance dans la collectivité des délinquants "
          "en semi-liberté, en libération conditionnelle totale et en libération d'office dans la région "
          "métropolitaine de Montréal, de la gestion des bureaux de libération conditionnelle et du centre "
          "correctionnel communautaire du district, et des ententes conclues avec les maisons de transition."),
        H("2. STRUCTURE"),
        P("Relèvent du directeur de district :", prose=False),
        L(["Directeur de secteur, Bureau de libération conditionnelle Ville-Marie (WP-06), 34 ETP",
           "Directeur de secteur, Bureau de Laval (WP-06), 22 ETP",
           "Directeur de secteur, Bureau de Longueuil (WP-06), 27 ETP",
           "Directeur, Centre correctionnel communautaire Martineau (WP-06), 19 ETP",
           "Agente de gestion administrative (AS-03), 1 ETP"], style="alpha", prose=False),
        H("3. NATURE ET ÉTENDUE"),
        *PS("""
Le district de Montréal métropolitain assure la surveillance de plus de 1 200 délinquants, soit la plus forte
concentration de délinquants sous surveillance dans la collectivité au pays. Une proportion importante de ces
délinquants sont liés au crime organisé ou aux gangs de rue, ou présentent des problèmes de santé mentale et de
toxicomanie, ce qui exige une surveillance étroite et une collaboration constante avec les services de police.

Le directeur de district doit concilier la protection du public, qui prime dans toutes les décisions, et la
réinsertion sociale des délinquants. Les incidents graves commis par des délinquants en liberté sous condition
font l'objet d'enquêtes nationales et d'une forte attention des médias. Le directeur doit veiller à ce que les
pratiques de surveillance soient conformes à la loi et aux directives du commissaire.

Le directeur gère les relations avec la Commission nationale des libérations conditionnelles, les corps
policiers, le ministère de la Sécurité publique du Québec, les organismes communautaires et les maisons de
transition, avec lesquelles le Service conclut des contrats d'hébergement d'environ 9,2 millions de dollars.
"""),
        H("4. DIMENSIONS"),
        KV([("ETP", "108"), ("Salaires", "6 15O OOO $"), ("F et E", "2 31O OOO $"), ("Total", "8 46O OOO $")],
           mode="grid"),
        H("5. ACTIVITÉS PRINCIPALES"),
        L(["Dirige la surveillance des délinquants dans la collectivité et la préparation des dossiers pour la "
           "Commission nationale des libérations conditionnelles.",
           "Assure la gestion du centre correctionnel communautaire et des contrats d'hébergement.",
           "Établit des protocoles de collaboration avec les services de police et les partenaires.",
           "Décide des suspensions de mise en liberté dans les limites des pouvoirs délégués.",
           "Préside les comités d'enquête sur les incidents graves survenus dans le district.",
           "Gère les ressources humaines, financières et matérielles du district."], style="num"),
        H("6. SIGNATURES"),
        SIG("Titulaire : Normand Brisebois-Tremblay", "Date : 2001-05-07",
            "Sous-commissaire régional : ______________________"),
    ]
    return dict(
        key="csc-montreal-2001", kind="ocr", lang="fr", fmt="ocr", year=2001, blocks=blocks,
        render=dict(runon=False, banner=True, rate=0.03, accents=0.3, joins=0.01, bullet="o", width=90, encoding="cp1252",
                    per_page=60, header=lambda i, n: "Protégé A une fois rempli" if i == 1 else None,
                    footer=lambda i, n: f"{i}"),
        truth=truth(title="Directeur de district, Montréal métropolitain", cls="EX-01", pos="QC-30218",
                    eff="2001-04-01", sup=(None, "Sous-commissaire régional, Région du Québec", "EX-04"),
                    reports=reports, salary=6150000, om=2310000, total=8460000, loc="Montréal, Québec", fte=108),
        people=["Normand Brisebois-Tremblay"],
    )


def ec_intemperies_2000() -> dict:
    reports = [("Chef, Prévisions opérationnelles", "MT-07", 38),
               ("Chef, Services aux clients et avertissements", "MT-06", 9),
               ("Chef, Développement et soutien technique", "CS-03", 7), ("Agente administrative", "AS-02", 1)]
    blocks = [
        RAW("Environnement Canada - Service météorologique du Canada"),
        H("DESCRIPTION D'EMPLOI - DIRECTION"),
        KV([("Intitulé du poste", "Directeur, Centre de prevision des intemperies du Quebec"),
            ("Groupe et niveau", "EX 01"), ("Numéro de poste", "4471"), ("Code de l'emploi", "EC-0934"),
            ("Date d'entrée en vigueur", "2000-09-25"), ("Emplacement", "Montréal (Québec)")]),
        KV([("Relève du", "Directeur général régional, Région du Québec"), ("Niveau du superviseur", "EX-03"),
            ("No du poste du superviseur", "4400")]),
        H("OBJECTIF DU POSTE"),
        P("Diriger le Centre de prévision des intempéries du Québec, qui produit en continu les prévisions et "
          "avertissements météorologiques pour le Québec et les eaux adjacentes, afin de protéger la vie et les "
          "biens et de répondre aux besoins des usagers publics et commerciaux."),
        H("ORGANISATION"),
        P("Les postes suivants relèvent du directeur : le chef, Prévisions opérationnelles (MT-07), qui dirige "
          "38 météorologistes et techniciens travaillant par quarts ; le chef, Services aux clients et "
          "avertissements (MT-06), 9 ETP ; le chef, Développement et soutien technique (CS-03), 7 ETP ; et "
          "l'agente administrative (AS-02), 1 ETP."),
        H("CONTEXTE"),
        *PS("""
Le Centre fonctionne vingt-quatre heures par jour, toute l'année. La tempête de verglas de 1998 a montré
l'importance de prévisions justes et d'avertissements diffusés à temps aux autorités de sécurité civile, aux
médias et à la population, et les attentes du public envers le Service sont depuis très élevées.

Le Service météorologique se restructure pour regrouper ses centres de prévision et moderniser ses outils
informatiques et ses modèles numériques. Le directeur doit mener ces changements tout en maintenant la qualité
des prévisions et le moral d'un personnel spécialisé, difficile à recruter et à remplacer.

Le directeur conclut des ententes de service avec des clients tels qu'Hydro-Québec, NAV CANADA et la Sécurité
civile du Québec, et représente le Service auprès des médias lors des événements météorologiques importants.
"""),
        H("DONNÉES QUANTITATIVES"),
        KV([("ETP", "56"), ("Salaires", "3 48O OOO $"), ("Fonctionnement et entretien", "52O OOO $"),
            ("Total", "4 OOO OOO $")]),
        H("FONCTIONS PRINCIPALES"),
        L(["Dirige la production des prévisions et des avertissements météorologiques pour le Québec.",
           "Établit les normes de qualité et évalue la performance des prévisions.",
           "Met en oeuvre les nouveaux outils de prévision et de diffusion.",
           "Négocie et gère les ententes de service avec les clients.",
           "Assure la liaison avec la Sécurité civile et les médias lors d'événements majeurs.",
           "Gère les ressources humaines, financières et matérielles du Centre."], style="dash"),
        SIG("Titulaire : Hélène Courchesne-Boily Date : 2000-10-12", "Superviseur : ________________"),
    ]
    return dict(
        key="ec-intemperies-2000", kind="ocr", lang="fr", fmt="ocr", year=2000, blocks=blocks,
        render=dict(runon=False, banner=False, rate=0.025, accents=0.35, joins=0.01, bullet="-", width=86,
                    per_page=62),
        truth=truth(title="Directeur, Centre de prévision des intempéries du Québec", cls="EX-01", job="EC-0934",
                    pos="4471", eff="2000-09-25",
                    sup=("4400", "Directeur général régional, Région du Québec", "EX-03"), reports=reports,
                    salary=3480000, om=520000, total=4000000, loc="Montréal, Québec", fte=56),
        people=["Hélène Courchesne-Boily"],
    )


DOCS = [dfo_nl_2003, tc_marine_1998, justice_qc_1996, aafc_cpma_1995, hrdc_yukon_1996, csc_montreal_2001,
        ec_intemperies_2000]
