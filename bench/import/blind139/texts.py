"""Organizations, positions, prose and invented names for the blind139 corpus.

Every organization and every person here is invented.  The organizations are Crown corporations and
separate agencies with their own job-description templates and grade schemes."""

ORGS = {
    "port": dict(
        en="Port of Chaleur Bay Authority", fr="Administration portuaire de la baie des Chaleurs",
        short="PCBA", city=("Bathurst, New Brunswick", "Bathurst (Nouveau-Brunswick)"),
        scheme="band",
        hris=None),
    "museum": dict(
        en="Canadian Museum of Rivers and Coasts", fr="Musée canadien des rivières et des côtes",
        short="CMRC", city=("Gatineau, Quebec", "Gatineau (Québec)"),
        scheme="family", hris=None),
    "council": dict(
        en="Northern Sciences Research Council of Canada", fr="Conseil de recherches en sciences nordiques du Canada",
        short="NSRC", city=("Ottawa, Ontario", "Ottawa (Ontario)"),
        scheme="level", hris="Workday"),
    "lender": dict(
        en="Rural Enterprise Finance Canada", fr="Financement des entreprises rurales Canada",
        short="REFC", city=("Regina, Saskatchewan", "Regina (Saskatchewan)"),
        scheme="grade", hris="PeopleSoft"),
    "agency": dict(
        en="Canadian Seed and Grain Inspection Agency", fr="Agence canadienne d'inspection des semences et des grains",
        short="CSGIA", city=("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
        scheme="ex", hris=None),
}

# Units whose managers report to the executives: (English, French)
AREAS = {
    "port": [("Terminal Operations", "Opérations des terminaux"), ("Marine Security", "Sûreté maritime"),
             ("Vessel Traffic", "Trafic maritime"), ("Civil Engineering", "Génie civil"),
             ("Asset Maintenance", "Entretien des actifs"), ("Environmental Programs", "Programmes environnementaux"),
             ("Trade Development", "Développement commercial"), ("Procurement", "Approvisionnement"),
             ("Harbour Services", "Services portuaires"), ("Real Estate and Leasing", "Immobilier et location")],
    "museum": [("Collections Management", "Gestion des collections"), ("Conservation", "Conservation"),
               ("Exhibition Design", "Conception d'expositions"), ("Learning Programs", "Programmes éducatifs"),
               ("Digital Content", "Contenu numérique"), ("Visitor Services", "Services aux visiteurs"),
               ("Archives and Library", "Archives et bibliothèque"), ("Facilities", "Installations"),
               ("Protection Services", "Services de protection"), ("Donor Relations", "Relations avec les donateurs")],
    "council": [("Research Grants", "Subventions de recherche"), ("Scholarships", "Bourses"),
                ("Field Stations", "Stations de terrain"), ("Data Stewardship", "Gérance des données"),
                ("Laboratory Operations", "Opérations de laboratoire"), ("Indigenous Partnerships", "Partenariats autochtones"),
                ("Knowledge Mobilization", "Mobilisation des connaissances"), ("Financial Planning", "Planification financière"),
                ("Research Security", "Sécurité de la recherche"), ("Logistics", "Logistique")],
    "lender": [("Credit Adjudication", "Adjudication du crédit"), ("Portfolio Analytics", "Analytique du portefeuille"),
               ("Special Credit", "Crédit spécial"), ("Loan Servicing", "Service des prêts"),
               ("Agricultural Lending", "Prêts agricoles"), ("Risk Modelling", "Modélisation des risques"),
               ("Collections", "Recouvrement"), ("Client Advisory", "Services-conseils aux clients"),
               ("Treasury Operations", "Opérations de trésorerie"), ("Compliance", "Conformité")],
    "agency": [("Seed Certification", "Certification des semences"), ("Grain Grading", "Classement des grains"),
               ("Laboratory Services", "Services de laboratoire"), ("Field Inspection", "Inspection sur le terrain"),
               ("Enforcement", "Application de la loi"), ("Regulatory Policy", "Politique réglementaire"),
               ("Quality Management", "Gestion de la qualité"), ("Import Controls", "Contrôles des importations"),
               ("Export Certification", "Certification des exportations"), ("Plant Health Science", "Science de la santé des végétaux")],
}

# Report groups used by the agency (TBS classifications).
AGENCY_GROUPS = ["EG-06", "EG-07", "PM-06", "CO-03", "BI-04", "SG-SRE-05", "EC-07", "AS-07", "EX-01"]

# Positions: key, org, English title, French title, executive rank (1..4), supervisor (English, French),
# supervisor's rank.
POSITIONS = [
    ("P01", "port", "Vice-President, Operations", "Vice-président, Opérations", 4,
     ("President and Chief Executive Officer", "Président et premier dirigeant"), 5),
    ("P02", "port", "Director, Marine Operations", "Directeur, Opérations maritimes", 2,
     ("Vice-President, Operations", "Vice-président, Opérations"), 4),
    ("P03", "port", "Director, Infrastructure and Engineering", "Directrice, Infrastructures et ingénierie", 2,
     ("Vice-President, Operations", "Vice-président, Opérations"), 4),
    ("P04", "port", "Director, Environment and Sustainability", "Directeur, Environnement et durabilité", 1,
     ("Vice-President, Operations", "Vice-président, Opérations"), 4),
    ("P05", "port", "Director, Trade Development", "Directrice, Développement commercial", 2,
     ("Vice-President, Commercial", "Vice-présidente, Affaires commerciales"), 4),
    ("P06", "port", "Director, Finance and Procurement", "Directeur, Finances et approvisionnement", 2,
     ("Chief Financial Officer", "Chef des finances"), 4),
    ("P07", "port", "Harbour Master and Director, Port Safety", "Capitaine de port et directeur, Sécurité portuaire", 1,
     ("Director, Marine Operations", "Directeur, Opérations maritimes"), 2),
    ("M01", "museum", "Vice-President, Public Affairs and Visitor Experience",
     "Vice-présidente, Affaires publiques et expérience des visiteurs", 4,
     ("President and Chief Executive Officer", "Présidente-directrice générale"), 5),
    ("M02", "museum", "Director, Collections", "Directrice, Collections", 2,
     ("Vice-President, Collections and Research", "Vice-président, Collections et recherche"), 4),
    ("M03", "museum", "Director, Exhibitions and Public Programs", "Directeur, Expositions et programmes publics", 2,
     ("Vice-President, Public Affairs and Visitor Experience",
      "Vice-présidente, Affaires publiques et expérience des visiteurs"), 4),
    ("M04", "museum", "Director, Research and Conservation", "Directrice, Recherche et conservation", 2,
     ("Vice-President, Collections and Research", "Vice-président, Collections et recherche"), 4),
    ("M05", "museum", "Director, Digital Engagement", "Directeur, Mobilisation numérique", 1,
     ("Vice-President, Public Affairs and Visitor Experience",
      "Vice-présidente, Affaires publiques et expérience des visiteurs"), 4),
    ("M06", "museum", "Director, Facilities and Protection Services", "Directrice, Installations et services de protection", 1,
     ("Vice-President, Corporate Services", "Vice-président, Services corporatifs"), 4),
    ("M07", "museum", "Director, Development and Donor Relations", "Directeur, Développement et relations avec les donateurs", 1,
     ("Vice-President, Public Affairs and Visitor Experience",
      "Vice-présidente, Affaires publiques et expérience des visiteurs"), 4),
    ("C01", "council", "Director General, Arctic Research Centre", "Directeur général, Centre de recherche arctique", 3,
     ("Vice-President, Research Programs", "Vice-présidente, Programmes de recherche"), 4),
    ("C02", "council", "Director, Research Infrastructure", "Directrice, Infrastructures de recherche", 2,
     ("Director General, Arctic Research Centre", "Directeur général, Centre de recherche arctique"), 3),
    ("C03", "council", "Director, Grants and Scholarships", "Directeur, Subventions et bourses", 2,
     ("Vice-President, Research Programs", "Vice-présidente, Programmes de recherche"), 4),
    ("C04", "council", "Director, Partnerships and Knowledge Mobilization",
     "Directrice, Partenariats et mobilisation des connaissances", 1,
     ("Vice-President, Research Programs", "Vice-présidente, Programmes de recherche"), 4),
    ("C05", "council", "Executive Director, Polar Data Centre", "Directeur exécutif, Centre de données polaires", 2,
     ("Director General, Arctic Research Centre", "Directeur général, Centre de recherche arctique"), 3),
    ("C06", "council", "Director, Corporate Finance", "Directrice, Finances ministérielles", 1,
     ("Chief Financial Officer and Vice-President, Corporate Services",
      "Dirigeante principale des finances et vice-présidente, Services corporatifs"), 4),
    ("C07", "council", "Director, Research Security", "Directeur, Sécurité de la recherche", 1,
     ("Vice-President, Research Programs", "Vice-présidente, Programmes de recherche"), 4),
    ("L01", "lender", "Vice-President, Lending Operations", "Vice-président, Opérations de prêt", 4,
     ("Executive Vice-President and Chief Operating Officer", "Vice-présidente directrice et cheffe de l'exploitation"), 5),
    ("L02", "lender", "Director, Credit Risk Management", "Directrice, Gestion du risque de crédit", 2,
     ("Chief Risk Officer", "Chef de la gestion des risques"), 4),
    ("L03", "lender", "Director, Agricultural Lending, Prairie Region", "Directeur, Prêts agricoles, région des Prairies", 2,
     ("Vice-President, Lending Operations", "Vice-président, Opérations de prêt"), 4),
    ("L04", "lender", "Senior Director, Portfolio Analytics", "Directrice principale, Analytique du portefeuille", 3,
     ("Chief Risk Officer", "Chef de la gestion des risques"), 4),
    ("L05", "lender", "Director, Special Credit and Collections", "Directeur, Crédit spécial et recouvrement", 1,
     ("Vice-President, Lending Operations", "Vice-président, Opérations de prêt"), 4),
    ("L06", "lender", "Director, Enterprise Risk", "Directrice, Risque d'entreprise", 2,
     ("Chief Risk Officer", "Chef de la gestion des risques"), 4),
    ("L07", "lender", "Director, Treasury Operations", "Directeur, Opérations de trésorerie", 1,
     ("Chief Financial Officer", "Chef des finances"), 4),
    ("A01", "agency", "Director General, Inspection Operations", "Directrice générale, Opérations d'inspection", 3,
     ("Vice-President, Operations", "Vice-président, Opérations"), 4),
    ("A02", "agency", "Director, Seed Certification", "Directeur, Certification des semences", 1,
     ("Director General, Inspection Operations", "Directrice générale, Opérations d'inspection"), 3),
    ("A03", "agency", "Regional Director, Prairies", "Directrice régionale, Prairies", 2,
     ("Director General, Inspection Operations", "Directrice générale, Opérations d'inspection"), 3),
    ("A04", "agency", "Director, Laboratory Services", "Directeur, Services de laboratoire", 1,
     ("Director General, Science", "Directeur général, Sciences"), 3),
    ("A05", "agency", "Executive Director, Compliance and Enforcement",
     "Directrice exécutive, Conformité et application de la loi", 2,
     ("Vice-President, Operations", "Vice-président, Opérations"), 4),
    ("A06", "agency", "Director, Policy and Regulatory Affairs", "Directeur, Politiques et affaires réglementaires", 1,
     ("Vice-President, Policy and Programs", "Vice-présidente, Politiques et programmes"), 4),
    ("A07", "agency", "Director, Import and Export Controls", "Directrice, Contrôles des importations et des exportations", 1,
     ("Director General, Inspection Operations", "Directrice générale, Opérations d'inspection"), 3),
    ("A08", "agency", "Regional Director, Ontario", "Directeur régional, Ontario", 1,
     ("Director General, Inspection Operations", "Directrice générale, Opérations d'inspection"), 3),
]

FIRST = ["Maëlle", "Tobias", "Noor", "Gideon", "Rosalind", "Édouard", "Priya", "Casimir", "Ingrid", "Lachlan",
         "Solène", "Anouk", "Bartholomew", "Yasmin", "Theodora", "Killian", "Marisol", "Fintan", "Océane",
         "Dmitri", "Wren", "Hollis", "Azadeh", "Ferdinand", "Linnea", "Quentin", "Ottilie", "Radek", "Séverine",
         "Idris", "Perpetua", "Anselm", "Carys", "Bérénice", "Torvald", "Mireille", "Ulric", "Zofia"]
LAST = ["Marchetti-Boyle", "Quennell", "Ashgrove", "Thibodeau-Lind", "Okafor-Hale", "Vasquez-Moreau", "Pellerin-Roy",
        "Strandqvist", "Kowalczuk", "Beauregard-Nash", "Nakashima-Ford", "Ferreira-Côté", "Lindqvist",
        "Abernethy", "Drouin-Salas", "Haverkamp", "Szabó-Leduc", "Rutledge", "Caouette", "Mbeki-Olsen",
        "Vantongeren", "Oyelaran", "Brisebois-Kahn", "Quarrington", "Delorme-Ito"]

PURPOSE_EN = {
    "port": "Leads {unit} for the Port Authority, ensuring that vessels, cargo and people move through the port safely, "
            "efficiently and in compliance with the Canada Marine Act, the Letters Patent and the Authority's "
            "commercial commitments to terminal operators, shipping lines and the surrounding communities.",
    "museum": "Provides leadership for {unit}, ensuring that the Museum's national collection and its public offer "
              "reflect the Museum's mandate under the Museums Act, engage audiences across Canada and meet the "
              "standards of the Board of Trustees.",
    "council": "Leads {unit} so that the Council's investments in northern and polar science are planned, delivered "
               "and reported with rigour, in partnership with universities, Indigenous organizations and federal "
               "science departments.",
    "lender": "Accountable for {unit}, protecting the quality of the Corporation's loan portfolio while supporting "
              "producers, agribusinesses and rural enterprises with financing that is sustainable through the "
              "business cycle.",
    "agency": "Directs {unit}, ensuring that the Agency's inspection, certification and regulatory programs protect "
              "the integrity of Canadian seed and grain and maintain the confidence of domestic and foreign markets.",
}
PURPOSE_FR = {
    "port": "Dirige {unit} de l'Administration portuaire et veille à ce que les navires, les marchandises et les personnes "
            "transitent par le port de façon sécuritaire et efficace, conformément à la Loi maritime du Canada et "
            "aux lettres patentes.",
    "museum": "Assure le leadership de {unit} et veille à ce que la collection nationale et l'offre publique du Musée "
              "reflètent son mandat en vertu de la Loi sur les musées.",
    "council": "Dirige {unit} afin que les investissements du Conseil en sciences nordiques et polaires soient "
               "planifiés, réalisés et rapportés avec rigueur, en partenariat avec les universités et les "
               "organisations autochtones.",
    "lender": "Responsable de {unit}, protège la qualité du portefeuille de prêts de la Société tout en offrant aux "
              "producteurs et aux entreprises rurales un financement durable.",
    "agency": "Dirige {unit} et veille à ce que les programmes d'inspection, de certification et de réglementation de "
              "l'Agence protègent l'intégrité des semences et des grains canadiens.",
}
KRA_EN = [
    "Sets the strategic direction, annual plan and performance targets of the unit and reports on results to the "
    "executive committee.",
    "Builds and maintains relationships with partners, clients, communities and regulators, and represents the "
    "organization in national and international forums.",
    "Manages the unit's human and financial resources, including workforce planning, succession and the "
    "development of managers.",
    "Identifies and manages operational, financial and reputational risks and ensures compliance with legislation, "
    "policies and the direction of the Board.",
    "Leads the modernization of processes and systems and fosters a culture of safety, inclusion and continuous "
    "improvement.",
]
KRA_FR = [
    "Établit l'orientation stratégique, le plan annuel et les cibles de rendement de l'unité et rend compte des "
    "résultats au comité de direction.",
    "Établit et entretient des relations avec les partenaires, les clients, les collectivités et les organismes de "
    "réglementation.",
    "Gère les ressources humaines et financières de l'unité, y compris la planification de la main-d'oeuvre et la "
    "relève.",
    "Cerne et gère les risques opérationnels, financiers et de réputation et assure la conformité aux lois et aux "
    "politiques.",
    "Dirige la modernisation des processus et des systèmes et favorise une culture de sécurité et d'amélioration "
    "continue.",
]
KSA_EN = ["Graduate degree in a relevant field, or an acceptable combination of education and experience.",
          "Significant experience leading multidisciplinary teams in a regulated environment.",
          "Knowledge of governance, accountability and financial frameworks applicable to federal Crown organizations.",
          "Proven ability to negotiate with senior partners and to communicate complex issues clearly."]
KSA_FR = ["Diplôme d'études supérieures dans un domaine pertinent, ou une combinaison acceptable d'études et "
          "d'expérience.",
          "Expérience appréciable de la direction d'équipes multidisciplinaires dans un milieu réglementé.",
          "Connaissance des cadres de gouvernance et de reddition de comptes applicables aux sociétés d'État.",
          "Capacité démontrée à négocier avec des partenaires de haut niveau."]
