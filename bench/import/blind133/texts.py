"""Positions, prose and invented names of blind133: a science-based regulatory agency's
executive work descriptions (Canadian Food Inspection Agency), 2008-2026.

Every person's name here is invented. Positions are invented too (the agency and its
laboratories' towns are real places)."""

DEPT_EN = "Canadian Food Inspection Agency"
DEPT_FR = "Agence canadienne d'inspection des aliments"

# Supervisors not in the corpus: (title_en, title_fr, classification, position number)
EVP = ("Executive Vice-President", "Premier vice-président", "EX-05", "10001")
VPOPS = ("Vice-President, Operations Branch", "Vice-présidente, Direction générale des opérations", "EX-05", "10003")
VPPOL = ("Vice-President, Policy and Programs Branch", "Vice-président, Direction générale des politiques et des programmes", "EX-05", "10004")

# type: lab | insp | pol | sci | enf
# reports: (title_en, title_fr, classification, fte)
P = {}


def pos(key, **kw):
    kw.setdefault("title_fr", None)
    kw.setdefault("job_code", None)
    kw.setdefault("sup", None)
    kw.setdefault("sup_key", None)
    P[key] = kw


pos("cso", title="Chief Science Officer", title_fr="Scientifique en chef", cls="EX-04", num="20115",
    job_code="300412", typ="sci", branch="Office of the Chief Science Officer",
    branch_fr="Bureau du scientifique en chef", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", sup=EVP,
    reports=[("Executive Director, Laboratories", "Directeur exécutif, Laboratoires", "EX-03", 1310),
             ("Director, Research and Partnerships", "Directrice, Recherche et partenariats", "EX-01", 42),
             ("Director, Science Integrity and Risk Assessment", "Directeur, Intégrité scientifique et évaluation des risques", "EX-01", 58),
             ("Senior Science Advisor", "Conseillère scientifique principale", "SE-RES-05", 1)],
    fte=1415, sal=118400000, om=46250000)

pos("edlabs", title="Executive Director, Laboratories", title_fr="Directeur exécutif, Laboratoires", cls="EX-03",
    num="20130", job_code="300455", typ="lab", branch="Science Branch", branch_fr="Direction générale des sciences",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", sup_key="cso",
    sup=("Chief Science Officer", "Scientifique en chef", "EX-04", "20115"),
    reports=[("Director, Ottawa Laboratory (Fallowfield)", "Directeur, Laboratoire d'Ottawa (Fallowfield)", "EX-02", 236),
             ("Director, Saint-Hyacinthe Laboratory", "Directeur, Laboratoire de Saint-Hyacinthe", "EX-01", 118),
             ("Director, Burnaby Laboratory", "Directrice, Laboratoire de Burnaby", "EX-01", 97),
             ("Director, Charlottetown Laboratory", "Directeur, Laboratoire de Charlottetown", "EX-01", 64),
             ("Director, Calgary Laboratory", "Directrice, Laboratoire de Calgary", "EX-01", 88),
             ("Executive Director, National Centre for Foreign Animal Disease", "Directeur exécutif, Centre national des maladies animales exotiques", "EX-02", 171),
             ("Director, Ottawa Laboratory (Carling)", "Directeur, Laboratoire d'Ottawa (Carling)", "EX-01", 143),
             ("Director, Dartmouth Laboratory", "Directeur, Laboratoire de Dartmouth", "EX-01", 71),
             ("Director, Laboratory Quality Management", "Directrice, Gestion de la qualité des laboratoires", "EX-01", 19),
             ("Administrative Assistant", "Adjointe administrative", "AS-02", 1)],
    fte=1010, sal=92650000, om=31800000)

LAB = dict(typ="lab", branch="Science Branch", branch_fr="Direction générale des sciences", sup_key="edlabs",
           sup=("Executive Director, Laboratories", "Directeur exécutif, Laboratoires", "EX-03", "20130"))

pos("fallow", title="Director, Ottawa Laboratory (Fallowfield)", title_fr="Directeur, Laboratoire d'Ottawa (Fallowfield)",
    cls="EX-01", num="20871", job_code="300518", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    reports=[("Head, Animal Disease Diagnostics", "Chef, Diagnostic des maladies animales", "SE-RES-04", 52),
             ("Section Head, Veterinary Pathology", "Chef de section, Pathologie vétérinaire", "VM-04", 31),
             ("Manager, Food Microbiology", "Gestionnaire, Microbiologie alimentaire", "BI-04", 44),
             ("Manager, Chemistry and Residues", "Gestionnaire, Chimie et résidus", "CH-04", 38),
             ("Laboratory Operations Manager", "Gestionnaire des opérations du laboratoire", "PC-04", 27),
             ("Quality Assurance Manager", "Gestionnaire de l'assurance de la qualité", "BI-03", 6)],
    fte=199, sal=17860000, om=6420000, **LAB)

pos("sthy", title="Director, Saint-Hyacinthe Laboratory", title_fr="Directeur, Laboratoire de Saint-Hyacinthe",
    cls="EX-01", num="20877", job_code="300521", loc="Saint-Hyacinthe, Quebec", loc_fr="Saint-Hyacinthe (Québec)",
    reports=[("Head, Food Chemistry", "Chef, Chimie des aliments", "CH-04", 34),
             ("Head, Food Microbiology", "Chef, Microbiologie alimentaire", "BI-04", 29),
             ("Head, Allergens and Food Composition", "Chef, Allergènes et composition des aliments", "CH-03", 17),
             ("Research Scientist, Method Development", "Chercheuse, Développement de méthodes", "SE-RES-03", 4),
             ("Manager, Laboratory Services", "Gestionnaire, Services de laboratoire", "PC-03", 21)],
    fte=106, sal=9425000, om=3190000, **LAB)

pos("burnaby", title="Director, Burnaby Laboratory", cls="EX-01", num="20880", job_code="300524",
    loc="Burnaby, British Columbia",
    reports=[("Head, Food Microbiology", None, "BI-04", 26),
             ("Head, Chemistry", None, "CH-04", 22),
             ("Head, Animal Health Diagnostics", None, "VM-03", 15),
             ("Research Scientist, Seafood Toxins", None, "RES-03", 3),
             ("Laboratory Support Services Supervisor", None, "EG-05", 9)],
    fte=76, sal=6740000, om=2215000, **LAB)

pos("charl", title="Director, Charlottetown Laboratory", cls="EX-01", num="20883", job_code="300527",
    loc="Charlottetown, Prince Edward Island",
    reports=[("Head, Plant Pathology and Potato Diagnostics", None, "BI-04", 23),
             ("Head, Seed Science and Technology", None, "BI-03", 14),
             ("Research Scientist, Potato Wart", None, "SE-RES-03", 2),
             ("Supervisor, Laboratory Operations", None, "EG-05", 11)],
    fte=51, sal=4385000, om=1470000, **LAB)

pos("calgary", title="Director, Calgary Laboratory", cls="EX-01", num="20886", job_code="300530",
    loc="Calgary, Alberta",
    reports=[("Head, Chemistry (Pesticides and Veterinary Drugs)", None, "CH-04", 28),
             ("Head, Mycotoxins and Feed Analysis", None, "CH-03", 16),
             ("Head, Food Microbiology", None, "BI-04", 21),
             ("Manager, Laboratory Information Systems", None, "CS-03", 6),
             ("Quality Manager", None, "BI-03", 3)],
    fte=75, sal=6910000, om=2580000, **LAB)

pos("ncfad", title="Executive Director, National Centre for Foreign Animal Disease",
    title_fr="Directeur exécutif, Centre national des maladies animales exotiques", cls="EX-02", num="20890",
    job_code="300610", loc="Winnipeg, Manitoba", loc_fr="Winnipeg (Manitoba)",
    reports=[("Head, Foreign Animal Disease Diagnostics", None, "SE-RES-05", 38),
             ("Head, Special Pathogens and Biocontainment Research", None, "SE-RES-04", 29),
             ("Director, Biocontainment Engineering and Facilities", None, "EN-ENG-06", 24),
             ("Manager, Reference Laboratory Services", None, "BI-04", 33),
             ("Manager, Biosafety and Biosecurity", None, "BI-03", 8),
             ("Business Manager", None, "AS-05", 5)],
    fte=138, sal=14275000, om=9830000, **LAB)

pos("carling", title="Director, Ottawa Laboratory (Carling)", title_fr="Directeur, Laboratoire d'Ottawa (Carling)",
    cls="EX-01", num="20874", job_code="300515", loc="Ottawa, Ontario",
    reports=[("Head, Plant Molecular Diagnostics", None, "BI-04", 31),
             ("Head, Entomology", None, "BI-04", 24),
             ("Head, Mycology and Botany", None, "BI-03", 19),
             ("Research Scientist, Genomics", None, "SE-RES-04", 5),
             ("Manager, Germplasm and Seed Testing", None, "BI-03", 22)],
    fte=102, sal=8960000, om=2745000, **LAB)

pos("dart", title="Director, Dartmouth Laboratory", cls="EX-01", num="20892", job_code="300533",
    loc="Dartmouth, Nova Scotia",
    reports=[("Head, Aquatic Animal Health", None, "BI-04", 19),
             ("Head, Food Chemistry", None, "CH-03", 17),
             ("Head, Marine Toxins", None, "CH-04", 12),
             ("Laboratory Operations Manager", None, "PC-03", 9)],
    fte=58, sal=4820000, om=1635000, **LAB)

pos("lqm", title="Director, Laboratory Quality Management", title_fr="Directrice, Gestion de la qualité des laboratoires",
    cls="EX-01", num="20895", job_code="300536", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    reports=[("Manager, Accreditation and Proficiency Testing", "Gestionnaire, Accréditation et essais d'aptitude", "BI-04", 7),
             ("Manager, Laboratory Biosafety", "Gestionnaire, Biosécurité des laboratoires", "BI-03", 5),
             ("Senior Quality Systems Analyst", "Analyste principal des systèmes qualité", "PC-03", 4)],
    fte=17, sal=1735000, om=410000, **LAB)

CSOSUP = dict(typ="sci", branch="Office of the Chief Science Officer", branch_fr="Bureau du scientifique en chef",
              sup_key="cso", sup=("Chief Science Officer", "Scientifique en chef", "EX-04", "20115"))

pos("rnp", title="Director, Research and Partnerships", title_fr="Directrice, Recherche et partenariats", cls="EX-01",
    num="20140", job_code="300470", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    reports=[("Manager, Research Planning and Collaborative Agreements", "Gestionnaire, Planification de la recherche et ententes de collaboration", "EC-06", 11),
             ("Manager, Science Partnerships", "Gestionnaire, Partenariats scientifiques", "EC-06", 9),
             ("Senior Research Scientist, Emerging Technologies", "Chercheur principal, Technologies émergentes", "SE-RES-05", 3),
             ("Research Program Coordinator", "Coordonnatrice des programmes de recherche", "BI-03", 2)],
    fte=26, sal=2630000, om=5410000, **CSOSUP)

pos("sira", title="Director, Science Integrity and Risk Assessment", cls="EX-01", num="20143", job_code="300473",
    loc="Ottawa, Ontario",
    reports=[("Manager, Food Safety Risk Assessment", None, "BI-05", 19),
             ("Manager, Plant and Animal Health Risk Assessment", None, "BI-04", 16),
             ("Senior Advisor, Scientific Integrity", None, "EC-07", 2),
             ("Chief, Biostatistics", None, "MA-05", 7)],
    fte=45, sal=4515000, om=690000, **CSOSUP)

pos("dgenf", title="Director General, Enforcement and Investigation Services",
    title_fr="Directeur général, Application de la loi et enquêtes", cls="EX-03", num="30210", job_code="300701",
    typ="enf", branch="Operations Branch", branch_fr="Direction générale des opérations", loc="Ottawa, Ontario",
    sup=VPOPS,
    reports=[("Director, National Investigation Services", "Directrice, Services nationaux d'enquête", "EX-01", 96),
             ("Director, Enforcement Policy and Intelligence", "Directeur, Politique d'application de la loi et renseignement", "EX-01", 31),
             ("Director, Administrative Monetary Penalties", "Directeur, Sanctions administratives pécuniaires", "EG-07", 14),
             ("Manager, Evidence and Laboratory Liaison", "Gestionnaire, Preuve et liaison avec les laboratoires", "CH-04", 5)],
    fte=152, sal=14870000, om=3925000)

pos("edqc", title="Executive Director, Quebec Operational Centre", title_fr="Directeur exécutif, Centre opérationnel du Québec",
    cls="EX-03", num="31002", job_code="300720", typ="insp", branch="Operations Branch",
    branch_fr="Direction générale des opérations", loc="Montréal, Quebec", loc_fr="Montréal (Québec)", sup=VPOPS,
    reports=[("Regional Director, Saint-Hyacinthe", "Directeur régional, Saint-Hyacinthe", "EX-01", 287),
             ("Regional Director, Montréal", "Directrice régionale, Montréal", "EX-01", 341),
             ("Regional Director, Québec East", "Directeur régional, Québec Est", "EX-01", 198),
             ("Director, Operational Planning and Performance", "Directeur, Planification et rendement opérationnels", "EC-07", 23),
             ("Regional Veterinary Officer", "Vétérinaire régional", "VM-05", 6)],
    fte=862, sal=71340000, om=12480000)

pos("rdsthy", title="Regional Director, Saint-Hyacinthe", title_fr="Directeur régional, Saint-Hyacinthe", cls="EX-01",
    num="31014", job_code="300735", typ="insp", branch="Operations Branch", branch_fr="Direction générale des opérations",
    loc="Saint-Hyacinthe, Quebec", loc_fr="Saint-Hyacinthe (Québec)", sup_key="edqc",
    sup=("Executive Director, Quebec Operational Centre", "Directeur exécutif, Centre opérationnel du Québec", "EX-03", "31002"),
    reports=[("Inspection Manager, Meat Processing", "Gestionnaire d'inspection, Transformation des viandes", "VM-04", 92),
             ("Inspection Manager, Food Processing", "Gestionnaire d'inspection, Transformation des aliments", "EG-07", 64),
             ("Inspection Manager, Animal Health", "Gestionnaire d'inspection, Santé des animaux", "VM-04", 57),
             ("Inspection Manager, Plant Health", "Gestionnaire d'inspection, Protection des végétaux", "EG-07", 38),
             ("Regional Engineer, Establishments", "Ingénieur régional, Établissements", "EN-ENG-05", 3)],
    fte=255, sal=21940000, om=3385000)

pos("rdswo", title="Regional Director, Southwestern Ontario", cls="EX-01", num="31210", job_code="300738", typ="insp",
    branch="Operations Branch", loc="Guelph, Ontario", sup=("Executive Director, Ontario Operational Centre", None, "EX-03", "31200"),
    sup_key="edon",
    reports=[("Inspection Manager, Meat Hygiene", None, "VM-04", 88),
             ("Inspection Manager, Dairy, Fruit and Vegetables", None, "EG-07", 41),
             ("Inspection Manager, Feed and Fertilizer", None, "EG-06", 19),
             ("Inspection Manager, Animal Health (Kitchener)", None, "VM-04", 36),
             ("Regional Program Officer", None, "EG-06", 4)],
    fte=189, sal=16520000, om=2690000)

pos("edon", title="Executive Director, Ontario Operational Centre", cls="EX-03", num="31200", job_code="300722",
    typ="insp", branch="Operations Branch", loc="Guelph, Ontario", sup=VPOPS,
    reports=[("Regional Director, Southwestern Ontario", None, "EX-01", 189),
             ("Regional Director, Toronto", None, "EX-01", 224),
             ("Regional Director, Central and Eastern Ontario", None, "EX-01", 163),
             ("Regional Director, Northern Ontario", None, "EG-08", 27),
             ("Director, Business Management", None, "AS-07", 18)],
    fte=624, sal=50870000, om=9275000)

pos("dinspw", title="Director, Inspection Programs, Western Operational Centre", cls="EX-01", num="31404",
    job_code="300741", typ="insp", branch="Operations Branch", loc="Calgary, Alberta",
    sup=("Executive Director, Western Operational Centre", None, "EX-03", "31400"),
    reports=[("Program Specialist Supervisor, Meat and Poultry", None, "VM-04", 12),
             ("Program Specialist Supervisor, Food Processing", None, "EG-07", 9),
             ("Program Specialist Supervisor, Plant Protection", None, "EG-06", 7),
             ("Regional Engineer", None, "EN-ENG-05", 2)],
    fte=31, sal=2945000, om=515000)

pos("dnis", title="Director, National Investigation Services", title_fr="Directrice, Services nationaux d'enquête",
    cls="EX-01", num="30214", job_code="300705", typ="enf", branch="Operations Branch",
    branch_fr="Direction générale des opérations", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", sup_key="dgenf",
    sup=("Director General, Enforcement and Investigation Services", "Directeur général, Application de la loi et enquêtes", "EX-03", "30210"),
    reports=[("Chief, Investigations East", "Chef, Enquêtes Est", "EG-07", 34),
             ("Chief, Investigations West", "Chef, Enquêtes Ouest", "EG-07", 29),
             ("Chief, Digital Forensics and Intelligence", "Chef, Criminalistique numérique et renseignement", "CS-04", 11),
             ("Manager, Case Management and Prosecutions Liaison", "Gestionnaire, Gestion des dossiers et liaison avec les poursuites", "PM-06", 8)],
    fte=83, sal=7915000, om=1340000)

pos("dimp", title="Director, Import and Border Inspection", cls="EX-01", num="31230", job_code="300745", typ="insp",
    branch="Operations Branch", loc="Mississauga, Ontario", sup_key="edon",
    sup=("Executive Director, Ontario Operational Centre", None, "EX-03", "31200"),
    reports=[("Inspection Manager, Pearson Airport", None, "EG-07", 42),
             ("Inspection Manager, Marine and Rail Imports", None, "EG-07", 27),
             ("Supervisor, Import Service Centre", None, "PM-04", 31),
             ("Detector Dog Program Supervisor", None, "EG-05", 9)],
    fte=110, sal=9240000, om=1865000)

pos("edatl", title="Executive Director, Atlantic Operational Centre", cls="EX-03", num="31600", job_code="300724",
    typ="insp", branch="Operations Branch", loc="Moncton, New Brunswick", sup=VPOPS,
    reports=[("Regional Director, New Brunswick and Prince Edward Island", None, "EX-01", 171),
             ("Regional Director, Nova Scotia", None, "EX-01", 143),
             ("Regional Director, Newfoundland and Labrador", None, "EX-01", 97),
             ("Director, Fish and Seafood Operations", None, "EX-01", 64),
             ("Manager, Atlantic Business Services", None, "AS-06", 15)],
    fte=497, sal=40120000, om=8655000)

pos("dgreg", title="Director General, Regulatory Policy and Cooperation", cls="EX-03", num="40300", job_code="300801",
    typ="pol", branch="Policy and Programs Branch", loc="Ottawa, Ontario", sup=VPPOL,
    reports=[("Director, Regulatory Modernization", None, "EX-01", 24),
             ("Director, International Regulatory Cooperation", None, "EX-01", 21),
             ("Director, Cost Recovery and Fees Policy", None, "EX-01", 17),
             ("Manager, Regulatory Affairs and Gazette Coordination", None, "EC-06", 9),
             ("Senior Economist", None, "EC-07", 1)],
    fte=73, sal=7560000, om=1245000)

pos("dregmod", title="Director, Regulatory Modernization", title_fr="Directrice, Modernisation de la réglementation",
    cls="EX-01", num="40304", job_code="300805", typ="pol", branch="Policy and Programs Branch",
    branch_fr="Direction générale des politiques et des programmes", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup_key="dgreg",
    sup=("Director General, Regulatory Policy and Cooperation", "Directeur général, Politique de réglementation et coopération", "EX-03", "40300"),
    reports=[("Manager, Regulatory Policy Development", "Gestionnaire, Élaboration de la politique de réglementation", "EC-06", 10),
             ("Manager, Regulatory Analysis and Cost-Benefit", "Gestionnaire, Analyse de la réglementation et coûts-avantages", "EC-06", 8),
             ("Senior Policy Advisor, Incorporation by Reference", "Conseiller principal en politiques, Incorporation par renvoi", "EC-07", 1)],
    fte=20, sal=2015000, om=295000)

pos("dfie", title="Director, Food Import and Export Policy", cls="EX-01", num="40412", job_code="300812", typ="pol",
    branch="Policy and Programs Branch", loc="Ottawa, Ontario",
    sup=("Executive Director, Food Safety and Consumer Protection", None, "EX-02", "40400"),
    reports=[("Manager, Import Policy", None, "EC-06", 9),
             ("Manager, Export Certification Policy", None, "EC-06", 11),
             ("Senior Program Veterinarian, Export Negotiations", None, "VM-04", 4),
             ("Program Officer, Foreign Systems Recognition", None, "EG-06", 3)],
    fte=28, sal=2705000, om=460000)

pos("dgplant", title="Director General, Plant Health and Biosecurity", title_fr="Directrice générale, Santé des végétaux et biosécurité",
    cls="EX-03", num="40500", job_code="300820", typ="pol", branch="Policy and Programs Branch",
    branch_fr="Direction générale des politiques et des programmes", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup=VPPOL,
    reports=[("Director, Plant Protection", "Directeur, Protection des végétaux", "EX-01", 38),
             ("Director, Plant Biosecurity Risk Assessment", "Directeur, Évaluation des risques phytosanitaires", "EX-01", 29),
             ("Director, Seed, Fertilizer and Plant Biotechnology", "Directrice, Semences, engrais et biotechnologie végétale", "EX-01", 44),
             ("Chief Plant Health Officer's Advisor", "Conseiller du chef de la protection des végétaux", "BI-05", 2)],
    fte=114, sal=11285000, om=2960000)

pos("dpbra", title="Director, Plant Biosecurity Risk Assessment", title_fr="Directeur, Évaluation des risques phytosanitaires",
    cls="EX-01", num="40512", job_code="300826", typ="sci", branch="Policy and Programs Branch",
    branch_fr="Direction générale des politiques et des programmes", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup_key="dgplant",
    sup=("Director General, Plant Health and Biosecurity", "Directrice générale, Santé des végétaux et biosécurité", "EX-03", "40500"),
    reports=[("Manager, Pest Risk Analysis", "Gestionnaire, Analyse du risque phytosanitaire", "BI-04", 14),
             ("Manager, Invasive Alien Species Science", "Gestionnaire, Science des espèces exotiques envahissantes", "BI-04", 9),
             ("Research Scientist, Forest Pests", "Chercheur scientifique, Ravageurs forestiers", "SE-RES-03", 2),
             ("Senior Biologist, Plant Import Risk", "Biologiste principale, Risque lié aux importations de végétaux", "BI-03", 3)],
    fte=29, sal=2840000, om=385000)

pos("dgah", title="Director General, Animal Health Directorate", cls="EX-03", num="40600", job_code="300830",
    typ="pol", branch="Policy and Programs Branch", loc="Ottawa, Ontario", sup=VPPOL,
    reports=[("Director, Terrestrial Animal Programs", None, "EX-01", 41),
             ("Director, Aquatic Animal Health", None, "EX-01", 27),
             ("Director, Animal Welfare, Biosecurity and Assurance Programs", None, "EX-01", 33),
             ("Director, Veterinary Biologics", None, "VM-05", 21),
             ("Senior Staff Veterinarian, Epidemiology", None, "VM-05", 6)],
    fte=129, sal=12775000, om=4310000)

pos("dtap", title="Director, Terrestrial Animal Programs", title_fr="Directeur, Programmes de santé des animaux terrestres",
    cls="EX-01", num="40604", job_code="300834", typ="pol", branch="Policy and Programs Branch", loc="Ottawa, Ontario",
    sup_key="dgah", sup=("Director General, Animal Health Directorate", None, "EX-03", "40600"),
    reports=[("National Manager, Disease Control", None, "VM-04", 13),
             ("National Manager, Traceability", None, "EG-07", 10),
             ("National Manager, Emergency Preparedness", None, "VM-04", 8),
             ("Senior Staff Veterinarian, Reportable Diseases", None, "VM-04", 4)],
    fte=36, sal=3480000, om=1120000)

pos("dcost", title="Director, Cost Recovery and Fees Policy", title_fr="Directeur, Recouvrement des coûts et politique sur les frais",
    cls="EX-01", num="40308", job_code="300809", typ="pol", branch="Policy and Programs Branch",
    branch_fr="Direction générale des politiques et des programmes", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup_key="dgreg",
    sup=("Director General, Regulatory Policy and Cooperation", "Directeur général, Politique de réglementation et coopération", "EX-03", "40300"),
    reports=[("Manager, Fees Modernization", "Gestionnaire, Modernisation des frais", "FI-03", 8),
             ("Manager, Service Standards and Remissions", "Gestionnaire, Normes de service et remises", "EC-06", 6),
             ("Senior Financial Analyst, Costing", "Analyste financier principal, Établissement des coûts", "FI-02", 2)],
    fte=17, sal=1690000, om=245000)

pos("dscipol", title="Director, Science Policy and Evaluation", cls="EX-01", num="20146", job_code="300476",
    loc="Ottawa, Ontario",
    reports=[("Manager, Science Policy", None, "EC-06", 8),
             ("Manager, Science Performance Measurement", None, "EC-05", 5),
             ("Senior Evaluator, Laboratory Programs", None, "BI-04", 2)],
    fte=16, sal=1480000, om=320000, **CSOSUP)

pos("dcomp", title="Director, Compliance Promotion", title_fr="Directrice, Promotion de la conformité", cls="EX-01",
    num="30220", job_code="300708", typ="enf", branch="Operations Branch", branch_fr="Direction générale des opérations",
    loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)", sup_key="dgenf",
    sup=("Director General, Enforcement and Investigation Services", "Directeur général, Application de la loi et enquêtes", "EX-03", "30210"),
    reports=[("Manager, Industry Guidance", "Gestionnaire, Orientation à l'intention de l'industrie", "EG-07", 12),
             ("Manager, Compliance Outreach", "Gestionnaire, Sensibilisation à la conformité", "IS-05", 7),
             ("Senior Advisor, Small Business Compliance", "Conseillère principale, Conformité des petites entreprises", "EC-06", 1)],
    fte=21, sal=1975000, om=640000)

pos("dtrain", title="Director, Inspection Training and Certification", title_fr="Directeur, Formation et certification des inspecteurs",
    cls="EX-01", num="31050", job_code="300750", typ="insp", branch="Operations Branch",
    branch_fr="Direction générale des opérations", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup=("Executive Director, Operational Guidance and Expertise", "Directrice exécutive, Orientation et expertise opérationnelles", "EX-02", "31040"),
    reports=[("Manager, Inspector Curriculum", "Gestionnaire, Programme d'études des inspecteurs", "EG-07", 14),
             ("Manager, Certification and Assessment", "Gestionnaire, Certification et évaluation", "EG-07", 9),
             ("Manager, Learning Technologies", "Gestionnaire, Technologies d'apprentissage", "CS-03", 6),
             ("Regional Training Coordinator, West", "Coordonnatrice régionale de la formation, Ouest", "EG-06", 1)],
    fte=31, sal=2860000, om=1530000)

pos("dfish", title="Director, Fish and Seafood Operations", cls="EX-01", num="31612", job_code="300755", typ="insp",
    branch="Operations Branch", loc="Dartmouth, Nova Scotia", sup_key="edatl",
    sup=("Executive Director, Atlantic Operational Centre", None, "EX-03", "31600"),
    reports=[("Inspection Manager, Fish Processing (Nova Scotia)", None, "EG-07", 24),
             ("Inspection Manager, Shellfish Sanitation", None, "EG-07", 17),
             ("Inspection Manager, Fish Processing (Newfoundland)", None, "EG-07", 19),
             ("Aquatic Animal Health Veterinarian", None, "VM-03", 3)],
    fte=64, sal=5510000, om=1185000)

pos("dqe", title="Director, Inspection Operations, Québec East", title_fr="Directeur, Opérations d'inspection, Québec Est",
    cls="EX-01", num="31020", job_code="300737", typ="insp", branch="Operations Branch",
    branch_fr="Direction générale des opérations", loc="Québec, Quebec", loc_fr="Québec (Québec)", sup_key="edqc",
    sup=("Executive Director, Quebec Operational Centre", "Directeur exécutif, Centre opérationnel du Québec", "EX-03", "31002"),
    reports=[("Inspection Manager, Meat and Poultry", "Gestionnaire d'inspection, Viandes et volaille", "VM-04", 71),
             ("Inspection Manager, Fish and Dairy", "Gestionnaire d'inspection, Poisson et produits laitiers", "EG-07", 46),
             ("Inspection Manager, Animal and Plant Health", "Gestionnaire d'inspection, Santé des animaux et des végétaux", "EG-07", 52),
             ("Regional Engineer", "Ingénieure régionale", "EN-ENG-04", 2)],
    fte=172, sal=14960000, om=2305000)

pos("dfeed", title="Director, Feed and Fertilizer Programs", title_fr="Directrice, Programmes des aliments du bétail et des engrais",
    cls="EX-01", num="40520", job_code="300829", typ="pol", branch="Policy and Programs Branch",
    branch_fr="Direction générale des politiques et des programmes", loc="Ottawa, Ontario", loc_fr="Ottawa (Ontario)",
    sup_key="dgplant",
    sup=("Director General, Plant Health and Biosecurity", "Directrice générale, Santé des végétaux et biosécurité", "EX-03", "40500"),
    reports=[("National Manager, Feed Program", "Gestionnaire national, Programme des aliments du bétail", "BI-04", 18),
             ("National Manager, Fertilizer Safety", "Gestionnaire nationale, Innocuité des engrais", "CH-04", 12),
             ("Senior Chemist, Contaminants", "Chimiste principal, Contaminants", "CH-03", 2)],
    fte=33, sal=3095000, om=575000)


# ---------------------------------------------------------------- prose
ACC = {
    "lab": ("directs the operations of the laboratory, delivering accredited diagnostic, analytical and research services "
            "that support the Agency's food safety, animal health and plant protection programs, and ensures the "
            "scientific integrity, biosafety and quality of the results on which inspection and enforcement decisions rest",
            "dirige les activités du laboratoire, qui fournit des services accrédités de diagnostic, d'analyse et de "
            "recherche à l'appui des programmes de salubrité des aliments, de santé des animaux et de protection des "
            "végétaux de l'Agence, et assure l'intégrité scientifique, la biosécurité et la qualité des résultats sur "
            "lesquels reposent les décisions d'inspection et d'application de la loi"),
    "insp": ("directs the delivery of inspection, certification and compliance verification programs for federally "
             "regulated establishments, importers and exporters in the area, and ensures that inspection staff apply "
             "the Safe Food for Canadians Regulations, the Health of Animals Act and the Plant Protection Act consistently",
             "dirige la prestation des programmes d'inspection, de certification et de vérification de la conformité "
             "auprès des établissements, importateurs et exportateurs réglementés du secteur, et veille à ce que le "
             "personnel d'inspection applique uniformément le Règlement sur la salubrité des aliments au Canada, la Loi "
             "sur la santé des animaux et la Loi sur la protection des végétaux"),
    "pol": ("leads the development of regulatory policy, standards and program design for the Agency's regulated "
            "commodities, provides authoritative advice to senior management and the Minister, and represents the "
            "Agency with provinces, trading partners and international standard-setting bodies",
            "dirige l'élaboration des politiques de réglementation, des normes et de la conception des programmes pour "
            "les produits réglementés par l'Agence, fournit des conseils faisant autorité à la haute direction et au "
            "ministre, et représente l'Agence auprès des provinces, des partenaires commerciaux et des organismes "
            "internationaux de normalisation"),
    "sci": ("provides scientific leadership and advice that underpins the Agency's regulatory decisions, sets the "
            "direction of research, risk assessment and science partnerships, and safeguards the integrity of the "
            "science on which the Agency relies",
            "assure le leadership et les conseils scientifiques sur lesquels reposent les décisions réglementaires de "
            "l'Agence, oriente la recherche, l'évaluation des risques et les partenariats scientifiques, et protège "
            "l'intégrité des données scientifiques sur lesquelles l'Agence s'appuie"),
    "enf": ("directs the Agency's enforcement and investigation activities, including criminal investigations, "
            "administrative monetary penalties and prosecutions under the Acts the Agency administers, and ensures "
            "that enforcement responses are proportionate, consistent and legally sound",
            "dirige les activités d'application de la loi et d'enquête de l'Agence, y compris les enquêtes "
            "criminelles, les sanctions administratives pécuniaires et les poursuites en vertu des lois qu'applique "
            "l'Agence, et veille à ce que les mesures d'application de la loi soient proportionnées, uniformes et "
            "juridiquement fondées"),
}

NATURE = {
    "en": ("The {org} is a science-based regulator whose decisions affect public health, the economy and market "
           "access for Canadian agricultural and food products. The {title} works in an environment of emerging "
           "pathogens, new technologies, trade disputes and heightened public and media scrutiny, where a single "
           "error in a result or an inspection can lead to a recall, a border closure or a court challenge. "
           "The position must balance a fee-for-service clientele that funds part of its operations through cost "
           "recovery with the appropriated programs that the Agency must deliver regardless of revenue.",
           "Major challenges include the renewal of aging laboratory and inspection infrastructure, the recruitment "
           "and retention of scarce scientific and veterinary expertise, and the maintenance of accreditation and "
           "international recognition in the face of constant budget pressure."),
    "fr": ("L'{org} est un organisme de réglementation à vocation scientifique dont les décisions touchent la santé "
           "publique, l'économie et l'accès aux marchés des produits agricoles et alimentaires canadiens. Le ou la "
           "titulaire du poste de {title} travaille dans un contexte de pathogènes émergents, de nouvelles "
           "technologies, de différends commerciaux et d'examen public et médiatique accru, où une seule erreur "
           "d'analyse ou d'inspection peut entraîner un rappel, la fermeture d'une frontière ou une contestation "
           "judiciaire.",
           "Les principaux défis comprennent le renouvellement d'infrastructures vieillissantes, le recrutement et "
           "le maintien en poste d'une expertise scientifique et vétérinaire rare, et le maintien de l'accréditation "
           "et de la reconnaissance internationale malgré des pressions budgétaires constantes."),
}

SPEC = {
    "en": ["Sets the strategic direction, priorities and annual operating plans of the organization and allocates "
           "its human, financial and physical resources.",
           "Provides expert advice to senior management on scientific, regulatory and operational issues, including "
           "emergencies and incidents of national significance.",
           "Maintains effective relationships with provinces, industry associations, academia and foreign regulatory "
           "counterparts.",
           "Ensures compliance with the Agency's quality management, biosafety, occupational health and safety and "
           "values and ethics obligations.",
           "Leads the people management of the organization, including succession planning, official languages and "
           "employment equity."],
    "fr": ["Établit l'orientation stratégique, les priorités et les plans opérationnels annuels de l'organisation et "
           "répartit ses ressources humaines, financières et matérielles.",
           "Fournit des conseils spécialisés à la haute direction sur les questions scientifiques, réglementaires et "
           "opérationnelles, y compris les urgences et les incidents d'importance nationale.",
           "Entretient des relations efficaces avec les provinces, les associations de l'industrie, le milieu "
           "universitaire et les organismes de réglementation étrangers.",
           "Veille au respect des obligations de l'Agence en matière de gestion de la qualité, de biosécurité, de "
           "santé et sécurité au travail et de valeurs et d'éthique.",
           "Dirige la gestion des personnes de l'organisation, y compris la planification de la relève, les langues "
           "officielles et l'équité en matière d'emploi."],
}

REPORT_DUTY = {
    "en": "accountable for the planning, delivery and quality of the unit's services and for the supervision of its staff",
    "fr": "responsable de la planification, de la prestation et de la qualité des services de l'unité et de la supervision de son personnel",
}

# ---------------------------------------------------------------- names (invented)
GIVEN = ["Marielle", "Tobias", "Ingrid", "Rashid", "Colette", "Desmond", "Anouk", "Fergus", "Halima", "Bastien",
         "Oksana", "Leland", "Priya", "Gaëtan", "Wren", "Solène", "Aurelio", "Maeve", "Tariq", "Josiane",
         "Corwin", "Ludmila", "Emeric", "Nkechi", "Dorian", "Séverine", "Ansel", "Yolande", "Kwabena", "Brigitte",
         "Thaddeus", "Mireille", "Ivo", "Rosalind", "Hamza", "Clélia", "Osric", "Véronique", "Fintan", "Ayesha"]
FAMILY = ["Quenneville", "Abernathy-Roy", "Tremblay-Okafor", "Vasquez-Lindqvist", "Desrochers", "Pemberton",
          "Nakashima", "Loiselle", "Brannigan", "Achterberg", "Bélanger-Moss", "Cardinal-Haines", "Dufresne",
          "Eklund", "Fairweather", "Gendreau", "Haldane", "Iacobucci", "Jolicoeur", "Kowalczuk", "Lachapelle",
          "Mbeki-Lavoie", "Nordgren", "Ouellette-Park", "Pruneau", "Quarrington", "Rochefort", "Szabo-Leduc",
          "Thibodeau", "Umbach", "Vaillancourt", "Whitcombe", "Xenakis", "Yelland", "Zabrowski", "Arseneau",
          "Boisvenu", "Castonguay", "Delorme-Grant", "Étienne"]
