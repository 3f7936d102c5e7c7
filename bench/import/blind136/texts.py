"""Positions, prose and invented names for the blind136 corpus (an intelligence agency's ATIP release)."""

AGENCY = "Canadian Security and Signals Agency"
AGENCY_FR = "Agence canadienne de sécurité et des transmissions"
ACR = "CSSA"
ACR_FR = "ACST"

# Invented people: none is a real person.
NAMES = [
    "Marguerite Tessier-Lund", "Hollis Vantongeren", "Dariusz Okonkwo-Bell", "Yvette Brassard-Kaur",
    "Lionel Abernathy-Roy", "Solange Mbeki-Durand", "Torvald Ashcombe", "Priyanka Delorme",
    "Anselme Kowalczyk", "Wren Castellano", "Odile Fairbairn", "Casimir Nakashima",
    "Béatrice Quenneville", "Emeka Lindqvist", "Rosalind Thibodeau", "Fergus Oyelaran",
    "Géraldine Pinsonneault", "Ignatius Wolanski", "Noémie Arsenault-Haddad", "Tobias Rainville",
    "Henrietta Mbuyi", "Cormac Desjardins-Ueda", "Ludivine Okafor", "Ambrose Fitzwilliam",
    "Séverine Halvorsen", "Quentin Abergel", "Maude Sinclair-Obi", "Radomir Leblanc",
    "Clémentine Varga", "Augustin Peltonen",
]

# key: (title_en, title_fr, classification, area)
POSITIONS = {
    "dgia": ("Director General, Intelligence Assessments", "Directeur général, Évaluations du renseignement", "EX-03", "intel"),
    "cta": ("Director, Cyber Threat Assessment", "Directeur, Évaluation des cybermenaces", "EX-01", "intel"),
    "cpa": ("Director, Counter-Proliferation Analysis", "Directrice, Analyse de la contre-prolifération", "EX-01", "intel"),
    "fir": ("Director, Foreign Intelligence Requirements", "Directeur, Besoins en renseignement étranger", "EX-01", "intel"),
    "pro": ("Director, Regional Operations (Prairie Region)", "Directeur, Opérations régionales (Région des Prairies)", "EX-01", "intel"),
    "dgco": ("Director General, Collection Operations", "Directrice générale, Opérations de collecte", "EX-03", "intel"),
    "trm": ("Executive Director, Threat Reduction Measures", "Directeur exécutif, Mesures de réduction de la menace", "EX-02", "intel"),
    "tdi": ("Director, Target Discovery", "Directeur, Découverte de cibles", "EX-01", "intel"),
    "hsm": ("Director, Human Source Management", "Directrice, Gestion des sources humaines", "EX-01", "intel"),
    "geo": ("Director, Geospatial Intelligence Production", "Directeur, Production du renseignement géospatial", "EX-01", "intel"),
    "itac": ("Executive Director, Integrated Threat Assessment Centre", "Directrice exécutive, Centre intégré d'évaluation des menaces", "EX-02", "intel"),
    "cdoc": ("Director, Cyber Defence Operations Centre", "Directeur, Centre des opérations de cyberdéfense", "EX-01", "itsec"),
    "dgits": ("Director General, Enterprise IT Security", "Directeur général, Sécurité des TI de l'entreprise", "EX-03", "itsec"),
    "ckm": ("Director, Cryptographic Key Management", "Directrice, Gestion des clés cryptographiques", "EX-01", "itsec"),
    "vre": ("Director, Vulnerability Research", "Directeur, Recherche sur les vulnérabilités", "EX-01", "itsec"),
    "icam": ("Director, Identity, Credential and Access Management", "Directrice, Gestion des identités, des justificatifs et de l'accès", "EX-01", "itsec"),
    "ciso": ("Chief Information Security Officer", "Dirigeant principal de la sécurité de l'information", "EX-02", "itsec"),
    "cne": ("Director, Classified Networks Engineering", "Directeur, Ingénierie des réseaux classifiés", "EX-01", "itsec"),
    "dgspl": ("Director General, Strategic Policy and Legislation", "Directrice générale, Politique stratégique et législation", "EX-03", "policy"),
    "rbl": ("Director, Review Bodies Liaison", "Directeur, Liaison avec les organismes d'examen", "EX-01", "policy"),
    "atip": ("Director, Access to Information and Privacy", "Directrice, Accès à l'information et protection des renseignements personnels", "EX-01", "policy"),
    "ipp": ("Director, International Partnerships Policy", "Directeur, Politique des partenariats internationaux", "EX-01", "policy"),
    "dge": ("Executive Director, Data Governance and Ethics", "Directeur exécutif, Gouvernance et éthique des données", "EX-02", "policy"),
    "opc": ("Director, Operational Policy and Compliance", "Directrice, Politique opérationnelle et conformité", "EX-01", "policy"),
    "pss": ("Director, Personnel Security Screening", "Directeur, Filtrage de sécurité du personnel", "EX-01", "corp"),
    "dgfin": ("Director General, Finance and Deputy Chief Financial Officer", "Directeur général, Finances et dirigeant principal adjoint des finances", "EX-03", "corp"),
    "cfp": ("Director, Corporate Finance and Planning", "Directrice, Finances et planification ministérielles", "EX-01", "corp"),
    "psf": ("Director, Physical Security and Facilities", "Directeur, Sécurité matérielle et installations", "EX-01", "corp"),
    "hro": ("Director, Human Resources Operations", "Directrice, Opérations des ressources humaines", "EX-01", "corp"),
    "ltt": ("Director, Learning and Tradecraft Training", "Directeur, Apprentissage et formation en techniques du métier", "EX-01", "corp"),
    "cae": ("Chief Audit and Evaluation Executive", "Dirigeante principale de la vérification et de l'évaluation", "EX-02", "corp"),
    "pmm": ("Director, Procurement and Materiel Management", "Directeur, Approvisionnement et gestion du matériel", "EX-01", "corp"),
    "cpa2": ("Director, Communications and Public Affairs", "Directrice, Communications et affaires publiques", "EX-01", "corp"),
    "rma": ("Director, Records Management and Archives", "Directeur, Gestion des documents et archives", "EX-01", "corp"),
    "irp": ("Director, Insider Risk Program", "Directrice, Programme des risques internes", "EX-01", "corp"),
    "tls": ("Director, Translation and Linguistic Services", "Directeur, Traduction et services linguistiques", "EX-01", "corp"),
    "csec": ("Director, Corporate Secretariat", "Directrice, Secrétariat ministériel", "EX-01", "corp"),
    "isp": ("Director, Industrial Security Program", "Directeur, Programme de sécurité industrielle", "EX-01", "corp"),
}

# Supervisors: key -> (title_en, title_fr, classification, position number)
SUPERVISORS = {
    "ADI": ("Assistant Director, Intelligence", "Directeur adjoint, Renseignement", "EX-05", "10004"),
    "ADT": ("Assistant Director, Technology", "Directeur adjoint, Technologie", "EX-05", "10007"),
    "DDO": ("Deputy Director, Operations", "Sous-directeur, Opérations", "DM-01", "10002"),
    "DIR": ("Director of the Agency", "Directeur de l'Agence", "GC-07", "10001"),
    "CFO": ("Chief Financial Officer", "Dirigeant principal des finances", "EX-04", "10012"),
    "ADCS": ("Assistant Director, Corporate Services", "Directrice adjointe, Services ministériels", "EX-05", "10009"),
    "GC": ("General Counsel, Legal Services", "Avocat général, Services juridiques", "LA-03", "10015"),
    "DCIT": ("Deputy Chief, IT Security", "Sous-chef, Sécurité des TI", "EX-04", "10020"),
    "DGHR": ("Director General, Human Resources", "Directrice générale, Ressources humaines", "EX-03", "10031"),
    "DGSEC": ("Director General, Internal Security", "Directeur général, Sécurité interne", "EX-03", "10033"),
    "DGCS": ("Director General, Corporate Planning and Secretariat", "Directeur général, Planification et secrétariat ministériels", "EX-03", "10035"),
    "DGRO": ("Director General, Regional Operations", "Directrice générale, Opérations régionales", "EX-03", "10040"),
    "DGPOL": ("Director General, Strategic Policy and Legislation", "Directrice générale, Politique stratégique et législation", "EX-03", "11240"),
    "DGIA": ("Director General, Intelligence Assessments", "Directeur général, Évaluations du renseignement", "EX-03", "11208"),
    "DGITS": ("Director General, Enterprise IT Security", "Directeur général, Sécurité des TI de l'entreprise", "EX-03", "11302"),
    "DGCO": ("Director General, Collection Operations", "Directrice générale, Opérations de collecte", "EX-03", "11215"),
    "DGFIN": ("Director General, Finance and Deputy Chief Financial Officer", "Directeur général, Finances et dirigeant principal adjoint des finances", "EX-03", "11410"),
}

REPORT_POOLS = {
    "intel": [("Manager, Strategic Analysis", "Gestionnaire, Analyse stratégique", "EC-07"),
              ("Manager, Tactical Assessments", "Gestionnaire, Évaluations tactiques", "EC-07"),
              ("Chief, Regional Desk", "Chef, Bureau régional", "IS-06"),
              ("Senior Intelligence Officer", "Agent principal du renseignement", "EC-06"),
              ("Manager, Collection Requirements", "Gestionnaire, Besoins de collecte", "PM-06"),
              ("Team Lead, Open Source Exploitation", "Chef d'équipe, Exploitation des sources ouvertes", "EC-06"),
              ("Manager, Liaison and Dissemination", "Gestionnaire, Liaison et diffusion", "PM-06"),
              ("Chief, Data Analytics", "Chef, Analytique des données", "CS-04")],
    "itsec": [("Manager, Security Operations", "Gestionnaire, Opérations de sécurité", "CS-04"),
              ("Manager, Incident Response", "Gestionnaire, Intervention en cas d'incident", "CS-04"),
              ("Chief Architect, Security Engineering", "Architecte en chef, Ingénierie de la sécurité", "CS-05"),
              ("Manager, Threat Hunting", "Gestionnaire, Chasse aux menaces", "CS-04"),
              ("Team Lead, Cryptographic Engineering", "Chef d'équipe, Ingénierie cryptographique", "EN-ENG-05"),
              ("Manager, Security Assessment and Authorization", "Gestionnaire, Évaluation et autorisation de sécurité", "CS-04"),
              ("Senior Technical Advisor", "Conseiller technique principal", "CS-05"),
              ("Manager, Service Desk and Tooling", "Gestionnaire, Centre de services et outillage", "CS-03")],
    "policy": [("Manager, Policy Development", "Gestionnaire, Élaboration des politiques", "EC-07"),
               ("Manager, Legislative Affairs", "Gestionnaire, Affaires législatives", "EC-07"),
               ("Senior Policy Advisor", "Conseillère principale en politiques", "EC-06"),
               ("Manager, Review and Compliance", "Gestionnaire, Examen et conformité", "PM-06"),
               ("Manager, Disclosure Operations", "Gestionnaire, Opérations de divulgation", "PM-05"),
               ("Team Lead, Parliamentary Relations", "Chef d'équipe, Relations parlementaires", "EC-06"),
               ("Administrative Assistant", "Adjointe administrative", "AS-02")],
    "corp": [("Manager, Screening Operations", "Gestionnaire, Opérations de filtrage", "PM-06"),
             ("Manager, Financial Planning", "Gestionnaire, Planification financière", "FI-03"),
             ("Manager, Accounting Operations", "Gestionnaire, Opérations comptables", "FI-03"),
             ("Manager, Facilities and Accommodation", "Gestionnaire, Installations et locaux", "AS-07"),
             ("Manager, Compensation and Staffing", "Gestionnaire, Rémunération et dotation", "PE-06"),
             ("Manager, Contracting", "Gestionnaire, Passation de contrats", "PG-06"),
             ("Chief, Investigations", "Chef, Enquêtes", "PM-06"),
             ("Manager, Information Holdings", "Gestionnaire, Fonds de renseignements", "IS-05"),
             ("Administrative Officer", "Agente administrative", "AS-02")],
}

LOCATIONS = ["Ottawa, Ontario", "Ottawa, Ontario", "Ottawa, Ontario", "Gatineau, Quebec", "Edmonton, Alberta",
             "Toronto, Ontario", "Montréal, Quebec", "Halifax, Nova Scotia", "Vancouver, British Columbia"]
LOC_FR = {"Ottawa, Ontario": "Ottawa (Ontario)", "Gatineau, Quebec": "Gatineau (Québec)",
          "Edmonton, Alberta": "Edmonton (Alberta)", "Toronto, Ontario": "Toronto (Ontario)",
          "Montréal, Quebec": "Montréal (Québec)", "Halifax, Nova Scotia": "Halifax (Nouvelle-Écosse)",
          "Vancouver, British Columbia": "Vancouver (Colombie-Britannique)"}

GA = {
    "intel": "The {t} is accountable for the direction of the production of timely, accurate and relevant intelligence assessments on threats to the security of Canada, for the management of collection priorities in the assigned subject areas, and for the provision of intelligence advice to senior management, client departments and allied partners.",
    "itsec": "The {t} is accountable for the protection of the Agency's classified and unclassified information technology systems, for the detection of and response to cyber incidents affecting those systems, and for the provision of authoritative technical security advice to the Agency and to its Government of Canada partners.",
    "policy": "The {t} is accountable for the development of the Agency's policy positions, the interpretation of its legislative authorities, and the provision of strategic advice on the lawful, accountable and transparent conduct of its activities.",
    "corp": "The {t} is accountable for the planning, delivery and continuous improvement of corporate programs and services that enable the Agency's operational mandate, in compliance with Treasury Board policies and the Agency's security requirements.",
}
GA_FR = {
    "intel": "Le titulaire du poste de {t} est responsable de la production d'évaluations du renseignement opportunes, exactes et pertinentes sur les menaces envers la sécurité du Canada, de la gestion des priorités de collecte dans les domaines assignés et de la prestation de conseils à la haute direction et aux partenaires.",
    "itsec": "Le titulaire du poste de {t} est responsable de la protection des systèmes de technologie de l'information classifiés et non classifiés de l'Agence, de la détection des cyberincidents et de l'intervention, ainsi que de la prestation de conseils techniques en matière de sécurité.",
    "policy": "Le titulaire du poste de {t} est responsable de l'élaboration des positions stratégiques de l'Agence, de l'interprétation de ses pouvoirs législatifs et de la prestation de conseils stratégiques sur la conduite légale et transparente de ses activités.",
    "corp": "Le titulaire du poste de {t} est responsable de la planification et de la prestation des programmes et services ministériels qui appuient le mandat opérationnel de l'Agence, conformément aux politiques du Conseil du Trésor et aux exigences de sécurité de l'Agence.",
}
NS = ("The Agency operates in a classified environment in which the consequences of error are significant for "
      "national security, for the safety of employees and sources, and for public trust. The {t} works under the "
      "scrutiny of independent review bodies and must reconcile operational urgency with legal, policy and "
      "privacy obligations. Information is shared with domestic and Five Eyes partners under strict caveats, "
      "and the volume and technical complexity of holdings continue to grow faster than the resources assigned.")
NS_FR = ("L'Agence évolue dans un milieu classifié où les conséquences d'une erreur sont importantes pour la sécurité "
         "nationale, la sécurité des employés et des sources et la confiance du public. Le poste est soumis à l'examen "
         "d'organismes indépendants et doit concilier l'urgence opérationnelle avec les obligations juridiques et de "
         "protection des renseignements personnels.")
SA = [
    "Directs the planning, delivery and evaluation of the unit's programs and ensures alignment with Agency priorities.",
    "Provides expert advice and briefings to the Assistant Director, the Director and central agencies on sensitive issues.",
    "Manages the human and financial resources of the unit, including the security clearance of its employees.",
    "Represents the Agency with domestic partners, allied agencies and review bodies.",
    "Ensures that activities comply with the Act, ministerial direction and the Agency's operational policies.",
    "Leads change and modernization initiatives, including the adoption of new tools and tradecraft.",
]
SA_FR = [
    "Dirige la planification, la prestation et l'évaluation des programmes de l'unité conformément aux priorités de l'Agence.",
    "Fournit des conseils d'expert et des breffages à la haute direction et aux organismes centraux sur des questions délicates.",
    "Gère les ressources humaines et financières de l'unité, y compris les cotes de sécurité de ses employés.",
    "Représente l'Agence auprès des partenaires nationaux, des organismes alliés et des organismes d'examen.",
    "Veille à ce que les activités soient conformes à la Loi, aux instructions ministérielles et aux politiques de l'Agence.",
]
