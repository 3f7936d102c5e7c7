"""Invented positions of the blind76 corpus: one fisheries department's EX classification archive
(Fisheries and Oceans Canada, headquarters and six regions), 2004-2026. Every position number,
job code and person is invented. Each position has one or more versions; each version is the truth
of the documents rendered from it."""

REGIONS = {
    "mar": dict(en="Maritimes Region", fr="Région des Maritimes",
                area_en="the Scotian Shelf, the Bay of Fundy and the Gulf of Maine",
                area_fr="le plateau néo-écossais, la baie de Fundy et le golfe du Maine",
                inst_en="Bedford Institute of Oceanography", inst_fr="Institut océanographique de Bedford"),
    "nl": dict(en="Newfoundland and Labrador Region", fr="Région de Terre-Neuve-et-Labrador",
               area_en="the Grand Banks, the Labrador Shelf and the coastal waters of Newfoundland",
               area_fr="les Grands Bancs, le plateau du Labrador et les eaux côtières de Terre-Neuve",
               inst_en="Northwest Atlantic Fisheries Centre", inst_fr="Centre des pêches de l'Atlantique nord-ouest"),
    "qc": dict(en="Quebec Region", fr="Région du Québec",
               area_en="the St. Lawrence Estuary and the northern Gulf of St. Lawrence",
               area_fr="l'estuaire et le nord du golfe du Saint-Laurent",
               inst_en="Maurice Lamontagne Institute", inst_fr="Institut Maurice-Lamontagne"),
    "gulf": dict(en="Gulf Region", fr="Région du Golfe",
                 area_en="the southern Gulf of St. Lawrence and the Northumberland Strait",
                 area_fr="le sud du golfe du Saint-Laurent et le détroit de Northumberland",
                 inst_en="Gulf Fisheries Centre", inst_fr="Centre des pêches du Golfe"),
    "ca": dict(en="Central and Arctic Region", fr="Région du Centre et de l'Arctique",
               area_en="the Great Lakes, the Prairie provinces and the Canadian Arctic",
               area_fr="les Grands Lacs, les provinces des Prairies et l'Arctique canadien",
               inst_en="Freshwater Institute", inst_fr="Institut des eaux douces"),
    "pac": dict(en="Pacific Region", fr="Région du Pacifique",
                area_en="the coast of British Columbia, the Fraser River and the Yukon River watershed",
                area_fr="la côte de la Colombie-Britannique, le fleuve Fraser et le bassin du fleuve Yukon",
                inst_en="Pacific Biological Station", inst_fr="Station biologique du Pacifique"),
    "hq": dict(en="National Capital Region", fr="Région de la capitale nationale",
               area_en="all of Canada's oceans and inland waters", area_fr="l'ensemble des océans et des eaux intérieures",
               inst_en="national headquarters", inst_fr="administration centrale"),
}

LOC = {
    "dartmouth": ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"),
    "stjohns": ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    "montjoli": ("Mont-Joli, Quebec", "Mont-Joli (Québec)"),
    "quebec": ("Québec, Quebec", "Québec (Québec)"),
    "moncton": ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    "winnipeg": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    "burlington": ("Burlington, Ontario", "Burlington (Ontario)"),
    "nanaimo": ("Nanaimo, British Columbia", "Nanaimo (Colombie-Britannique)"),
    "sidney": ("Sidney, British Columbia", "Sidney (Colombie-Britannique)"),
    "vancouver": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    "ottawa": ("Ottawa, Ontario", "Ottawa (Ontario)"),
}


def R(en, fr, cls, fte, duty=None):
    return dict(en=en, fr=fr, cls=cls, fte=fte, duty=duty)


def S(no, en, fr, cls):
    return dict(no=no, en=en, fr=fr, cls=cls)


RDG = {k: S(n, f"Regional Director General, {REGIONS[k]['en']}", f"Directeur général régional, {REGIONS[k]['fr']}",
            "EX-03") for k, n in [("mar", "40010"), ("nl", "50001"), ("qc", "60001"), ("gulf", "90001"),
                                   ("ca", "80001"), ("pac", "70001")]}

POSITIONS = {}


def pos(key, **kw):
    POSITIONS[key] = kw
    return kw


# --- Maritimes -------------------------------------------------------------------------------------
pos("mar_sci", family="science", region="mar", loc="dartmouth", pos="41873",
    en="Regional Director, Science, Maritimes Region", fr="Directeur régional, Sciences, Région des Maritimes",
    versions={
        "2006": dict(cls="EX-02", job=None, date="2006-10-02", sup=RDG["mar"],
                     reports=[R("Director, Ocean Sciences Division", "Directeur, Division des sciences océaniques", "SE-REM-02", 96),
                              R("Director, Population Ecology Division", "Directeur, Division de l'écologie des populations", "SE-REM-02", 104),
                              R("Director, Ecosystem Research Division", "Directeur, Division de la recherche sur les écosystèmes", "SE-REM-02", 71),
                              R("Director, Canadian Hydrographic Service, Atlantic", "Directeur, Service hydrographique du Canada, Atlantique", "EX-01", 88),
                              R("Manager, Science Planning and Coordination", "Gestionnaire, Planification et coordination des sciences", "PC-04", 6)],
                     sal=27900000, om=8300000, tot=36200000, fte=365,
                     people=dict(incumbent="Douglas MacIsaac", signer=("Gordon Pettipas", "Regional Director General"))),
        "2011": dict(cls="EX-02", job="101522", date="2011-04-01", sup=RDG["mar"],
                     reports=[R("Director, Ocean Sciences Division", "", "SE-REM-02", 99),
                              R("Director, Population Ecology Division", "", "SE-REM-02", 108),
                              R("Director, Ecosystem Research Division", "", "SE-REM-02", 66),
                              R("Director, Canadian Hydrographic Service, Atlantic", "", "EX-01", 91),
                              R("Regional Manager, Science Advice and Planning", "", "BI-05", 8)],
                     sal=30150000, om=8900000, tot=39050000, fte=372,
                     people=dict(incumbent=None, signer=("Lise Arsenault-Roy", "Regional Director General"))),
        "2019": dict(cls="EX-02", job="101522", date="2019-07-15", old_date="2019-04-01", sup=RDG["mar"],
                     reports=[R("Director, Ocean and Ecosystem Sciences Division", "", "SE-REM-02", 131),
                              R("Director, Population Ecology Division", "", "SE-REM-02", 112),
                              R("Director, Coastal Ecosystem Science Division", "", "SE-REM-02", 58),
                              R("Regional Manager, Centre for Science Advice", "", "BI-05", 7),
                              R("Manager, Science Vessel and Field Operations", "", "EG-07", 34)],
                     sal=33600000, om=10250000, tot=43850000, fte=342,
                     people=dict(incumbent=None, signer=None)),
    })

pos("mar_fm", family="fm", region="mar", loc="dartmouth", pos="42560",
    en="Regional Director, Fisheries and Aquaculture Management, Maritimes Region", fr="",
    versions={
        "2005": dict(cls="EX-02", job=None, date="2005-06-20", sup=RDG["mar"],
                     reports=[R("Regional Manager, Groundfish and Pelagics", "", "CO-03", 14),
                              R("Regional Manager, Shellfish", "", "CO-03", 11),
                              R("Chief, Licensing and Registration", "", "PM-05", 27),
                              R("Area Director, Southwest Nova Scotia", "", "PM-06", 42),
                              R("Regional Aquaculture Coordinator", "", "BI-04", 4)],
                     sal=7650000, om=2480000, tot=10130000, fte=98,
                     people=dict(incumbent="Wendell Sheppard", signer=("Gordon Pettipas", "Regional Director General"))),
        "2017": dict(cls="EX-02", job="102040", date="2017-01-09", sup=RDG["mar"],
                     reports=[R("Regional Manager, Resource Management", "", "CO-03", 23),
                              R("Regional Manager, Aquaculture Management", "", "BI-05", 16),
                              R("Regional Manager, Licensing Policy and Operations", "", "PM-06", 31),
                              R("Area Director, Southwest Nova Scotia", "", "PM-06", 38),
                              R("Senior Advisor, Indigenous Fisheries", "", "PM-05", None)],
                     sal=9420000, om=3160000, tot=12580000, fte=118,
                     people=dict(incumbent=None, signer=("Lise Arsenault-Roy", "Regional Director General"))),
    })

pos("chs_atl", family="hydro", region="mar", loc="dartmouth", pos="41990",
    en="Director, Hydrography, Atlantic", fr="Directeur, Hydrographie, Atlantique",
    versions={
        "2014": dict(cls="EX-01", job="102688", date="2014-03-31",
                     sup=S("41873", "Regional Director, Science, Maritimes Region", "Directeur régional, Sciences, Région des Maritimes", "EX-02"),
                     reports=[R("Manager, Hydrographic Surveys", "Gestionnaire, Levés hydrographiques", "EG-07", 38),
                              R("Manager, Nautical Charting", "Gestionnaire, Cartographie marine", "EG-07", 29),
                              R("Manager, Tides, Currents and Water Levels", "Gestionnaire, Marées, courants et niveaux d'eau", "PC-04", 9),
                              R("Manager, Hydrographic Data and Geomatics", "Gestionnaire, Données hydrographiques et géomatique", "CS-04", 11)],
                     sal=8240000, om=2910000, tot=11150000, fte=91,
                     people=dict(incumbent=None, signer=("Douglas MacIsaac", "Regional Director, Science"))),
    })

# --- Newfoundland and Labrador ----------------------------------------------------------------------
pos("nl_fm", family="fm", region="nl", loc="stjohns", pos="52216",
    en="Regional Director, Fisheries Management, Newfoundland and Labrador Region", fr="",
    versions={
        "2005": dict(cls="EX-02", job=None, date="2005-04-01", sup=RDG["nl"],
                     reports=[R("Regional Manager, Resource Management - Groundfish", "", "CO-03", 8),
                              R("Regional Manager, Licensing and Quota Management", "", "PM-06", 34),
                              R("Regional Aquaculture Coordinator", "", "BI-04", 5),
                              R("Regional Director, Conservation and Protection", "", "EX-01", 190)],
                     sal=14250000, om=6100000, tot=20350000, fte=265,
                     people=dict(incumbent=None, signer=None)),
        "2013": dict(cls="EX-02", job="102377", date="2013-09-16", sup=RDG["nl"],
                     reports=[R("Regional Manager, Resource Management", "", "CO-03", 21),
                              R("Regional Manager, Licensing", "", "PM-06", 29),
                              R("Regional Manager, Aquaculture Management", "", "BI-04", 9),
                              R("Area Chief, Resource Management, Labrador", "", "PM-06", 7)],
                     sal=6480000, om=2150000, tot=8630000, fte=72,
                     people=dict(incumbent="Karen O'Driscoll", signer=("Sandra Tobin", "Regional Director General"))),
        "2023": dict(cls="EX-02", job="102377", date=None, sup=RDG["nl"],
                     reports=[R("Regional Manager, Resource Management", "", "CO-03", 24),
                              R("Regional Manager, Licensing and Quota Management", "", "PM-06", 31),
                              R("Regional Manager, Aquaculture Management", "", "BI-05", 11),
                              R("Senior Advisor, Indigenous Fisheries and Reconciliation", "", "PM-06", 3)],
                     deleted_report=R("Area Chief, Resource Management, Labrador", "", "PM-06", 7),
                     sal=8910000, om=3040000, tot=11950000, fte=80,
                     people=dict(incumbent=None, signer=None)),
    })

pos("nl_sci", family="science", region="nl", loc="stjohns", pos="52101",
    en="Regional Director, Science, Newfoundland and Labrador Region", fr="",
    versions={
        "2005": dict(cls="EX-02", job=None, date="2005-11-14", sup=RDG["nl"],
                     reports=[R("Division Manager, Aquatic Resources", "", "SE-REM-01", 84),
                              R("Division Manager, Environmental Sciences", "", "SE-REM-01", 47),
                              R("Regional Director, Canadian Hydrographic Service", "", "EG-08", 52),
                              R("Manager, Science Vessel Operations", "", "EG-06", 12)],
                     sal=16700000, om=5350000, tot=22050000, fte=198,
                     people=dict(incumbent=None, signer=None)),
    })

pos("nl_ae", family="oceans", region="nl", loc="stjohns", pos="52390",
    en="Regional Director, Ecosystems Management, Newfoundland and Labrador Region", fr="",
    versions={
        "2008": dict(cls="EX-01", job="101811", date="2008-02-04", sup=RDG["nl"],
                     reports=[R("Manager, Habitat Protection", "", "BI-05", 23),
                              R("Manager, Oceans and Coastal Management", "", "BI-04", 12),
                              R("Manager, Species at Risk", "", "BI-04", 6),
                              R("Environmental Assessment Coordinator", "", "PC-03", 2)],
                     sal=3870000, om=1240000, tot=5110000, fte=48,
                     people=dict(incumbent="Heather Quinlan", signer=("Brian Fougère", "Regional Director General"))),
    })

# --- Quebec -----------------------------------------------------------------------------------------
pos("qc_sci", family="science", region="qc", loc="montjoli", pos="60417",
    en="Regional Director, Science, Quebec Region", fr="Directeur régional, Sciences, Région du Québec",
    versions={
        "2008": dict(cls="EX-02", job=None, date="2008-05-12", sup=RDG["qc"],
                     reports=[R("", "Directeur, Sciences halieutiques", "SE-REM-01", 92),
                              R("", "Directeur, Sciences océaniques et de l'environnement", "SE-REM-01", 78),
                              R("", "Directeur, Hydrographie", "EG-08", 46),
                              R("", "Gestionnaire, Services scientifiques et techniques", "EG-07", 21)],
                     sal=17800000, om=5400000, tot=23200000, fte=255,
                     people=dict(incumbent="Jean-François Lapierre", signer=("Chantal Bérubé", "Directrice générale régionale"))),
        "2016": dict(cls="EX-02", job="101530", date="2016-02-01", sup=RDG["qc"],
                     reports=[R("", "Directeur, Sciences démersales et benthiques", "SE-REM-01", 71),
                              R("", "Directeur, Sciences pélagiques et écosystémiques", "SE-REM-01", 64),
                              R("", "Gestionnaire, Centre des avis scientifiques", "BI-05", 6),
                              R("", "Gestionnaire, Opérations scientifiques et navires", "EG-07", 25)],
                     sal=19450000, om=6120000, tot=25570000, fte=214,
                     people=dict(incumbent=None, signer=None)),
        "2024": dict(cls="EX-02", job="101530", date="2024-04-02", sup=RDG["qc"],
                     reports=[R("Director, Demersal and Benthic Sciences", "Directeur, Sciences démersales et benthiques", "SE-REM-01", 76),
                              R("Director, Pelagic and Ecosystem Sciences", "Directeur, Sciences pélagiques et écosystémiques", "SE-REM-01", 69),
                              R("Director, Aquatic Ecosystems and Climate", "Directeur, Écosystèmes aquatiques et climat", "SE-REM-01", 41),
                              R("Manager, Centre for Science Advice", "Gestionnaire, Centre des avis scientifiques", "BI-05", 7)],
                     sal=24300000, om=7080000, tot=31380000, fte=241,
                     people=dict(incumbent=None, signer=("Nathalie Cormier", "Regional Director General"))),
    })

pos("qc_fm", family="fm", region="qc", loc="quebec", pos="61302",
    en="", fr="Directeur régional, Gestion des pêches, Région du Québec",
    versions={
        "2015": dict(cls="EX-01", job="102511", date="2015-10-05", sup=RDG["qc"],
                     reports=[R("", "Gestionnaire, Gestion de la ressource", "CO-03", 19),
                              R("", "Gestionnaire, Délivrance des permis", "PM-05", 22),
                              R("", "Gestionnaire, Programmes autochtones", "PM-06", 8),
                              R("", "Conseiller principal, Aquaculture", "BI-04", 3)],
                     sal=4720000, om=1660000, tot=6380000, fte=58,
                     people=dict(incumbent="Serge Lévesque", signer=("Chantal Bérubé", "Directrice générale régionale"))),
    })

pos("qc_sch", family="sch", region="qc", loc="quebec", pos="61877",
    en="", fr="Directeur régional, Ports pour petits bateaux, Région du Québec",
    versions={
        "2018": dict(cls="EX-01", job="102905", date="2018-06-11", sup=RDG["qc"],
                     reports=[R("", "Gestionnaire, Ingénierie et projets", "EN-ENG-05", 14),
                              R("", "Gestionnaire, Exploitation des ports", "PM-06", 9),
                              R("", "Agent principal, Dessaisissements", "PM-05", 2)],
                     sal=2180000, om=14600000, tot=16780000, fte=31,
                     people=dict(incumbent=None, signer=("Nathalie Cormier", "Directrice générale régionale"))),
    })

pos("qc_chs", family="hydro", region="qc", loc="montjoli", pos="61520",
    en="", fr="Directeur, Hydrographie, Région du Québec",
    versions={
        "2020": dict(cls="EX-01", job="102688", date="2020-09-21",
                     sup=S("60417", "", "Directeur régional, Sciences, Région du Québec", "EX-02"),
                     reports=[R("", "Gestionnaire, Levés hydrographiques", "EG-07", 22),
                              R("", "Gestionnaire, Cartographie", "EG-07", 17),
                              R("", "Gestionnaire, Marées et niveaux d'eau", "PC-04", None)],
                     sal=4390000, om=1270000, tot=5660000, fte=47,
                     people=dict(incumbent=None, signer=None)),
    })

# --- Gulf -------------------------------------------------------------------------------------------
pos("gulf_sci", family="science", region="gulf", loc="moncton", pos="90114",
    en="Regional Director, Science, Gulf Region", fr="Directeur régional, Sciences, Région du Golfe",
    versions={
        "2010": dict(cls="EX-01", job="101533", date="2010-08-03", sup=RDG["gulf"],
                     reports=[R("Division Manager, Fisheries and Ecosystem Sciences", "Gestionnaire de division, Sciences halieutiques et écosystémiques", "SE-REM-01", 57),
                              R("Division Manager, Science Advice and Information", "Gestionnaire de division, Avis scientifiques et information", "BI-05", 12),
                              R("Administrative Officer", "Agente administrative", "AS-02", 1)],
                     sal=6120000, om=1890000, tot=8010000, fte=74,
                     people=dict(incumbent="Michael Oyelaran", signer=("Denise Gaudreau", "Regional Director General"))),
        "2020": dict(cls="EX-01", job="101533", date="2020-11-30", sup=RDG["gulf"],
                     reports=[R("Division Manager, Fisheries and Ecosystem Sciences", "Gestionnaire de division, Sciences halieutiques et écosystémiques", "SE-REM-01", 63),
                              R("Division Manager, Science Advice and Information", "Gestionnaire de division, Avis scientifiques et information", "BI-05", 14),
                              R("Manager, Ecosystem Monitoring", "Gestionnaire, Surveillance des écosystèmes", "PC-04", 10)],
                     sal=7860000, om=2230000, tot=10090000, fte=88,
                     people=dict(incumbent="Michael Oyelaran", signer=("Denise Gaudreau", "Regional Director General"))),
    })

pos("gulf_fm", family="fm", region="gulf", loc="moncton", pos="90420",
    en="", fr="Directeur régional, Gestion des pêches, Région du Golfe",
    versions={
        "2009": dict(cls="EX-01", job=None, date="2009-03-23", sup=RDG["gulf"],
                     reports=[R("", "Gestionnaire régional, Gestion de la ressource", "CO-03", 15),
                              R("", "Gestionnaire régional, Permis", "PM-05", 18),
                              R("", "Directeur de secteur, Nouveau-Brunswick", "PM-06", 26)],
                     sal=3950000, om=1420000, tot=5370000, fte=61,
                     people=dict(incumbent="Brian Fougère", signer=("Denise Gaudreau", "Directrice générale régionale"))),
    })

pos("gulf_eco", family="oceans", region="gulf", loc="moncton", pos="90655",
    en="", fr="Directrice régionale, Gestion des écosystèmes, Région du Golfe",
    versions={
        "2021": dict(cls="EX-01", job="101811", date="2021-01-18", sup=RDG["gulf"],
                     reports=[R("", "Gestionnaire, Programme de protection du poisson et de son habitat", "BI-05", 21),
                              R("", "Gestionnaire, Espèces en péril", "BI-04", 8),
                              R("", "Gestionnaire, Planification marine et conservation", "BI-04", 10)],
                     sal=3310000, om=980000, tot=4290000, fte=43,
                     people=dict(incumbent=None, signer=None)),
    })

# --- Central and Arctic -----------------------------------------------------------------------------
pos("ca_sci", family="science", region="ca", loc="winnipeg", pos="80230",
    en="Regional Director, Science, Central and Arctic Region", fr="",
    versions={
        "2004": dict(cls="EX-01", job=None, date="2004-09-27", sup=RDG["ca"],
                     reports=[R("Division Manager, Arctic Aquatic Research", "", "SE-REM-01", 46),
                              R("Division Manager, Great Lakes Laboratory for Fisheries and Aquatic Sciences", "", "SE-REM-01", 53),
                              R("Division Manager, Environmental Science", "", "SE-REM-01", 39),
                              R("Chief, Central and Arctic Hydrography", "", "EG-07", 27)],
                     sal=12100000, om=4550000, tot=16650000, fte=172,
                     people=dict(incumbent="Trevor Kowalchuk", signer=("Peter Lindqvist", "Regional Director General"))),
        "2012": dict(cls="EX-02", job="101540", date="2012-05-07", sup=RDG["ca"],
                     reports=[R("Division Manager, Arctic Aquatic Research", "", "SE-REM-01", 51),
                              R("Division Manager, Great Lakes Laboratory for Fisheries and Aquatic Sciences", "", "SE-REM-01", 58),
                              R("Division Manager, Environmental Science", "", "SE-REM-01", 36),
                              R("Regional Manager, Science Advice", "", "BI-05", 5)],
                     sal=13900000, om=4870000, tot=18770000, fte=176,
                     people=dict(incumbent=None, signer=("Peter Lindqvist", "Regional Director General"))),
        "2022": dict(cls="EX-02", job="101540", date="2022-03-14", sup=RDG["ca"],
                     reports=[R("Director, Arctic and Aquatic Research", "", "SE-REM-02", 62),
                              R("Director, Great Lakes Laboratory for Fisheries and Aquatic Sciences", "", "SE-REM-02", 64),
                              R("Manager, Centre for Science Advice", "", "BI-05", 6),
                              R("Manager, Science Operations", "", "EG-07", 14)],
                     sal=17350000, om=5620000, tot=22970000, fte=189,
                     people=dict(incumbent=None, signer=None)),
    })

pos("ca_oceans", family="oceans", region="ca", loc="burlington", pos="80640",
    en="Regional Director, Oceans Program, Central and Arctic Region", fr="",
    versions={
        "2009": dict(cls="EX-01", job="101906", date="2009-01-12", sup=RDG["ca"],
                     reports=[R("Manager, Habitat Management - Great Lakes", "", "BI-05", 31),
                              R("Manager, Habitat Management - Prairies", "", "BI-05", 24),
                              R("Manager, Oceans and Integrated Management - Arctic", "", "BI-04", 9)],
                     sal=5180000, om=1960000, tot=7140000, fte=71,
                     people=dict(incumbent=None, signer=None)),
    })

# --- Pacific ----------------------------------------------------------------------------------------
pos("pac_sci", family="science", region="pac", loc="nanaimo", pos="71000",
    en="Regional Director, Science, Pacific Region", fr="",
    versions={
        "2012": dict(cls="EX-02", job="101536", date="2012-10-22", sup=RDG["pac"],
                     reports=[R("Director, Institute of Ocean Sciences", "", "EX-01", 160),
                              R("Division Manager, Stock Assessment and Research", "", "SE-REM-02", 118),
                              R("Division Manager, Salmon and Freshwater Ecosystems", "", "SE-REM-02", 97),
                              R("Division Manager, Aquaculture and Environmental Research", "", "SE-REM-01", 44),
                              R("Regional Director, Canadian Hydrographic Service, Pacific", "", "EG-08", 63)],
                     sal=38600000, om=11900000, tot=50500000, fte=482,
                     people=dict(incumbent=None, signer=("Raymond Tsang", "Regional Director General"))),
        "2025": dict(cls="EX-03", old_cls="EX-02", job="101536", date="2025-09-02", sup=RDG["pac"] | dict(cls="EX-04"),
                     reports=[R("Director, Institute of Ocean Sciences", "", "EX-01", 171),
                              R("Director, Pacific Biological Station", "", "EX-01", 204),
                              R("Director, Salmon Science", "", "SE-REM-02", 88),
                              R("Manager, Centre for Science Advice Pacific", "", "BI-05", 9)],
                     sal=46200000, om=14750000, tot=60950000, fte=478,
                     people=dict(incumbent=None, signer=None)),
    })

pos("ios", family="science", region="pac", loc="sidney", pos="71208",
    en="Director, Institute of Ocean Sciences", fr="",
    versions={
        "2009": dict(cls="EX-01", job="101610", date="2009-06-29",
                     sup=S("71000", "Regional Director, Science, Pacific Region", "", "EX-02"),
                     reports=[R("Division Manager, Ocean Sciences", "", "SE-REM-01", 74),
                              R("Division Manager, Marine Environmental Quality", "", "SE-REM-01", 31),
                              R("Manager, Facilities and Ship Support", "", "EG-06", 22),
                              R("Business Manager", "", "FI-03", 4)],
                     sal=12300000, om=3950000, tot=16250000, fte=142,
                     people=dict(incumbent=None, signer=None)),
        "2021": dict(cls="EX-01", job="101610", date="2021-12-06",
                     sup=S("71000", "Regional Director, Science, Pacific Region", "", "EX-02"),
                     reports=[R("Division Manager, Ocean Sciences", "", "SE-REM-02", 83),
                              R("Division Manager, Marine Environmental Quality", "", "SE-REM-01", 29),
                              R("Manager, Facilities and Ship Support", "", "EG-07", 26),
                              R("Business Manager", "", "FI-03", 5),
                              R("Manager, Marine Data and Information", "", "CS-04", 12)],
                     sal=15840000, om=4720000, tot=20560000, fte=171,
                     people=dict(incumbent="Catherine Wei", signer=("Anjali Raman", "Regional Director, Science"))),
    })

pos("pac_eco", family="oceans", region="pac", loc="vancouver", pos="72455",
    en="Regional Director, Ecosystem Management, Pacific Region", fr="",
    versions={
        "2017": dict(cls="EX-01", job="101811", date="2017-02-13", sup=RDG["pac"],
                     reports=[R("Regional Manager, Fish and Fish Habitat Protection", "", "BI-05", 54),
                              R("Regional Manager, Marine Planning and Conservation", "", "BI-05", 18),
                              R("Regional Manager, Species at Risk", "", "BI-04", 15),
                              R("Senior Program Advisor", "", "EC-06", None)],
                     sal=7940000, om=2360000, tot=10300000, fte=96,
                     people=dict(incumbent=None, signer=("Raymond Tsang", "Regional Director General"))),
    })

pos("pac_cp", family="cp", region="pac", loc="vancouver", pos="73010",
    en="Regional Director, Conservation and Protection, Pacific Region", fr="",
    versions={
        "2013": dict(cls="EX-01", job="101702", date="2013-04-15", sup=RDG["pac"],
                     reports=[R("Chief, Enforcement Operations - North Coast", "", "GT-06", 46),
                              R("Chief, Enforcement Operations - South Coast", "", "GT-06", 58),
                              R("Chief, Enforcement Operations - Fraser and Interior", "", "GT-06", 41),
                              R("Chief, Intelligence and Major Cases", "", "GT-06", 12),
                              R("Manager, Program Planning and Training", "", "GT-05", 6)],
                     sal=15200000, om=5480000, tot=20680000, fte=171,
                     people=dict(incumbent=None, signer=None)),
    })

# --- National headquarters (Ottawa) -----------------------------------------------------------------
ADM_EOS = S("30001", "Assistant Deputy Minister, Ecosystems and Oceans Science",
            "Sous-ministre adjoint, Sciences des écosystèmes et des océans", "EX-05")
DG_ES = S("30512", "Director General, Ecosystem Science", "Directeur général, Sciences des écosystèmes", "EX-03")

pos("dg_es", family="hq", region="hq", loc="ottawa", pos="30512",
    en="Director General, Ecosystem Science", fr="Directeur général, Sciences des écosystèmes",
    program_en="the Department's ecosystem science program", program_fr="le programme des sciences des écosystèmes",
    versions={
        "2007": dict(cls="EX-03", job=None, date="2007-11-19", sup=ADM_EOS,
                     reports=[R("Director, Fish Population Science", "", "EX-01", 19),
                              R("Director, Aquatic Ecosystem Science", "", "EX-01", 22),
                              R("Director, Aquaculture Science", "", "EX-01", 14),
                              R("Director, Canadian Science Advisory Secretariat", "", "EX-01", 11)],
                     sal=6850000, om=9400000, tot=16250000, fte=76,
                     people=dict(incumbent=None, signer=("Yvonne Archambault", "Assistant Deputy Minister"))),
        "2018": dict(cls="EX-03", job="103004", date="2018-08-27", sup=ADM_EOS,
                     reports=[R("Director, Fish Population Science", "Directeur, Sciences des populations de poissons", "EX-01", 24),
                              R("Director, Aquatic Ecosystem Science", "Directeur, Sciences des écosystèmes aquatiques", "EX-01", 27),
                              R("Director, Aquaculture, Biotechnology and Aquatic Animal Health Science", "Directeur, Sciences de l'aquaculture, de la biotechnologie et de la santé des animaux aquatiques", "EX-01", 18),
                              R("Director, Canadian Science Advisory Secretariat", "Directeur, Secrétariat canadien de consultation scientifique", "EX-01", 15)],
                     sal=8920000, om=12600000, tot=21520000, fte=95,
                     people=dict(incumbent=None, signer=("Peter Lindqvist", "Assistant Deputy Minister"))),
    })

pos("fps", family="hq", region="hq", loc="ottawa", pos="30688",
    en="Director, Fish Population Science", fr="",
    program_en="the national fish population science program", program_fr="",
    versions={
        "2010": dict(cls="EX-01", job="101615", date="2010-05-17", sup=DG_ES,
                     reports=[R("Manager, Stock Assessment Science", "", "SE-RES-04", 7),
                              R("Manager, Fisheries Ecology and Surveys", "", "BI-05", 6),
                              R("Senior Science Advisor, International", "", "BI-05", 2)],
                     sal=1680000, om=3900000, tot=5580000, fte=17,
                     people=dict(incumbent="Anjali Raman", signer=("Lise Arsenault-Roy", "Director General, Ecosystem Science"))),
        "2019": dict(cls="EX-01", job="101615", date="2019-03-04", sup=DG_ES,
                     reports=[R("Manager, Stock Assessment Science", "", "SE-RES-04", 9),
                              R("Manager, Fisheries Ecology and Surveys", "", "BI-05", 7),
                              R("Manager, Fish Stocks Provisions Science", "", "BI-05", 6),
                              R("Senior Science Advisor, International", "", "BI-05", 3)],
                     sal=2460000, om=5120000, tot=7580000, fte=25,
                     people=dict(incumbent=None, signer=None)),
    })

pos("csas", family="hq", region="hq", loc="ottawa", pos="30777",
    en="Director, Canadian Science Advisory Secretariat", fr="",
    program_en="the Department's science advisory process", program_fr="",
    versions={
        "2006": dict(cls="EX-01", job=None, date="2006-01-16", sup=DG_ES,
                     reports=[R("Manager, Science Advisory Process", "", "BI-05", 5),
                              R("Manager, Publications and Information", "", "IS-04", 4)],
                     sal=980000, om=610000, tot=1590000, fte=11,
                     people=dict(incumbent=None, signer=None)),
    })

pos("sar", family="hq", region="hq", loc="ottawa", pos="30941",
    en="", fr="Directrice, Programme des espèces en péril",
    program_en="", program_fr="le Programme des espèces en péril",
    versions={
        "2012": dict(cls="EX-01", job="101744", date="2012-02-20",
                     sup=S("30320", "", "Directeur général, Gestion des écosystèmes", "EX-03"),
                     reports=[R("", "Gestionnaire, Politiques et planification", "EC-07", 9),
                              R("", "Gestionnaire, Inscription et rétablissement", "BI-05", 11),
                              R("", "Gestionnaire, Permis et conformité", "BI-04", 5)],
                     sal=2240000, om=3850000, tot=6090000, fte=27,
                     people=dict(incumbent="Marie-Hélène Thibodeau", signer=("Peter Lindqvist", "Directeur général, Gestion des écosystèmes"))),
        "2014": dict(cls="EX-01", job="101744", date="2014-07-02",
                     sup=S("30320", "", "Directrice générale, Gestion des écosystèmes", "EX-03"),
                     reports=[R("", "Gestionnaire, Politiques et planification", "EC-07", 11),
                              R("", "Gestionnaire, Inscription et rétablissement", "BI-05", 13),
                              R("", "Gestionnaire, Permis et conformité", "BI-04", 6),
                              R("", "Conseillère principale, Partenariats autochtones", "EC-06", 2)],
                     sal=2810000, om=4470000, tot=7280000, fte=33,
                     people=dict(incumbent=None, signer=("Denise Gaudreau", "Directrice générale, Gestion des écosystèmes"))),
    })

pos("aah", family="hq", region="hq", loc="ottawa", pos="31220",
    en="Director, Aquatic Animal Health", fr="",
    program_en="the National Aquatic Animal Health Program", program_fr="",
    versions={
        "2016": dict(cls="EX-01", job="102730", date="2016-11-14", sup=DG_ES,
                     reports=[R("Manager, National Reference Laboratories", "", "SE-RES-04", 18),
                              R("Manager, Aquatic Animal Health Research", "", "BI-05", 8),
                              R("Senior Advisor, Policy and Regulatory Affairs", "", "EC-07", 2)],
                     sal=3140000, om=2060000, tot=5200000, fte=34,
                     people=dict(incumbent=None, signer=None)),
    })

pos("aq_sci", family="hq", region="hq", loc="ottawa", pos="31045",
    en="Director, Aquaculture Science", fr="Directeur, Sciences de l'aquaculture",
    program_en="the aquaculture science program", program_fr="le programme des sciences de l'aquaculture",
    versions={
        "2013": dict(cls="EX-01", job="101620", date="2013-12-09", sup=DG_ES,
                     reports=[R("", "Gestionnaire, Programme de recherche et développement en aquaculture", "BI-05", 6),
                              R("", "Gestionnaire, Interactions aquaculture-environnement", "SE-RES-04", 5),
                              R("", "Agente principale de programme", "EC-06", 1)],
                     sal=1290000, om=6300000, tot=7590000, fte=14,
                     people=dict(incumbent=None, signer=None)),
    })

pos("dg_frm", family="hq", region="hq", loc="ottawa", pos="30210",
    en="Director General, Fisheries Resource Management", fr="",
    program_en="the management of Canada's commercial, recreational and Indigenous fisheries", program_fr="",
    versions={
        "2011": dict(cls="EX-03", job="103011", date="2011-09-06",
                     sup=S("30002", "Assistant Deputy Minister, Fisheries and Aquaculture Management", "", "EX-05"),
                     reports=[R("Director, Fisheries Management - Atlantic and Arctic", "", "EX-01", 18),
                              R("Director, Fisheries Management - Pacific and Freshwater", "", "EX-01", 12),
                              R("Director, Licensing and Allocation Policy", "", "EX-01", 15),
                              R("Director, International Fisheries Management", "", "EX-01", 21),
                              R("Executive Assistant", "", "AS-02", 1)],
                     sal=6450000, om=2900000, tot=9350000, fte=72,
                     people=dict(incumbent=None, signer=None)),
    })

pos("ssp", family="hq", region="hq", loc="ottawa", pos="30455",
    en="Director, Strategic Planning and Coordination, Ecosystems and Oceans Science",
    fr="Directeur, Planification stratégique et coordination, Sciences des écosystèmes et des océans",
    program_en="science sector planning, coordination and reporting", program_fr="le programme de planification, de coordination et de rapports du secteur des sciences",
    versions={
        "2023": dict(cls="EX-01", job="101905", date="2023-05-23", sup=ADM_EOS,
                     reports=[R("Manager, Strategic Planning and Reporting", "Gestionnaire, Planification stratégique et rapports", "EC-07", 8),
                              R("Manager, Science Partnerships and Open Science", "Gestionnaire, Partenariats scientifiques et science ouverte", "EC-07", 6),
                              R("Manager, Executive Secretariat", "Gestionnaire, Secrétariat exécutif", "AS-06", 5)],
                     sal=1920000, om=640000, tot=2560000, fte=21,
                     people=dict(incumbent=None, signer=("Anjali Raman", "Assistant Deputy Minister"))),
    })

pos("op_rdg", family="hq", region="hq", loc="burlington", pos="85001",
    en="Regional Director General, Ontario and Prairie Region", fr="",
    program_en="the Department's programs in Ontario, Manitoba, Saskatchewan and Alberta", program_fr="",
    prose_en=dict(
        ga="The {title} is accountable for the delivery of all Fisheries and Oceans Canada programs in "
           "Ontario, Manitoba, Saskatchewan and Alberta: ecosystem management, fisheries management, science, "
           "small craft harbours and corporate services, and for representing the Department with provincial "
           "governments, Indigenous governments and stakeholders in the region.",
        ns=["The Ontario and Prairie Region was created from the former Central and Arctic Region. It covers the "
            "Great Lakes, the Prairie rivers and lakes and the inland fisheries of four provinces, where the "
            "Department shares jurisdiction over fish and fish habitat with provincial governments.",
            "As the Deputy Minister's senior representative in the region, the Regional Director General leads "
            "the regional management board, ensures that national policies are applied consistently, and manages "
            "contentious issues such as aquatic invasive species, hydroelectric projects and the protection of "
            "species at risk."],
        sa=["Provides leadership and strategic direction to the region's branches and sets regional priorities.",
            "Represents the Department with provincial and Indigenous governments, industry and stakeholders.",
            "Ensures the integrated delivery of ecosystem, fisheries and science programs in the region.",
            "Advises the Deputy Minister and senior management on regional issues and emerging risks.",
            "Manages the region's human, financial and material resources and its real property."]),
    versions={
        "2019": dict(cls="EX-03", job="103120", date="2019-04-01",
                     sup=S("20001", "Senior Assistant Deputy Minister, Fisheries and Harbour Management", "", "EX-05"),
                     reports=[R("Regional Director, Ecosystem Management", "", "EX-01", 88),
                              R("Regional Director, Fisheries Management", "", "EX-01", 47),
                              R("Regional Director, Science", "", "EX-02", 131),
                              R("Regional Director, Corporate Services", "", "EX-01", 39),
                              R("Regional Director, Communications", "", "IS-06", 7)],
                     sal=27300000, om=9800000, tot=37100000, fte=312,
                     people=dict(incumbent=None, signer=None)),
    })
