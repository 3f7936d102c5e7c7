"""Prose, departments, units and invented names for blind211 (HR portal e-forms)."""

DEPARTMENTS = [
    # (English, French, abbreviation, location en, location fr, DG subject, ED subject, 4 director subjects)
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC",
     "Ottawa, Ontario", "Ottawa (Ontario)",
     ("Settlement and Integration", "Établissement et intégration"),
     ("Resettlement Operations", "Opérations de réinstallation"),
     [("Language Training Programs", "Programmes de formation linguistique"),
      ("Settlement Policy", "Politique d’établissement"),
      ("Sponsorship Processing", "Traitement des parrainages"),
      ("Refugee Travel and Reception", "Voyages et accueil des réfugiés")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC",
     "Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)",
     ("Benefits Adjudication", "Arbitrage des prestations"),
     ("Case Management Services", "Services de gestion de cas"),
     [("Disability Benefits", "Prestations d’invalidité"),
      ("Adjudication Quality", "Qualité de l’arbitrage"),
      ("Rehabilitation Services", "Services de réadaptation"),
      ("Client Contact Centre", "Centre de contact avec la clientèle")]),
    ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", "AAFC",
     "Regina, Saskatchewan", "Regina (Saskatchewan)",
     ("Business Risk Management Programs", "Programmes de gestion des risques de l’entreprise"),
     ("Farm Income Programs", "Programmes de revenu agricole"),
     [("AgriStability Operations", "Opérations Agri-stabilité"),
      ("Program Integrity and Audit", "Intégrité et vérification des programmes"),
      ("AgriInvest Administration", "Administration d’Agri-investissement"),
      ("Payment Services", "Services de paiement")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC",
     "Gatineau, Quebec", "Gatineau (Québec)",
     ("Environmental Enforcement", "Application de la loi en environnement"),
     ("Wildlife Enforcement", "Application de la loi sur la faune"),
     [("Enforcement Operations, East", "Opérations d’application de la loi, Est"),
      ("Intelligence and Investigations", "Renseignement et enquêtes"),
      ("Wildlife Permits and Inspections", "Permis et inspections de la faune"),
      ("Forensic Services", "Services judiciaires")]),
    ("Public Health Agency of Canada", "Agence de la santé publique du Canada", "PHAC",
     "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)",
     ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
     ("Border and Travel Health", "Santé aux frontières et des voyageurs"),
     [("Quarantine Services", "Services de quarantaine"),
      ("Emergency Preparedness", "Protection civile"),
      ("Traveller Health Programs", "Programmes de santé des voyageurs"),
      ("Regional Surveillance", "Surveillance régionale")]),
    ("Statistics Canada", "Statistique Canada", "StatCan",
     "Ottawa, Ontario", "Ottawa (Ontario)",
     ("Collection Operations", "Opérations de collecte"),
     ("Census Field Operations", "Opérations sur le terrain du recensement"),
     [("Survey Methods and Tools", "Méthodes et outils d’enquête"),
      ("Electronic Questionnaire Services", "Services du questionnaire électronique"),
      ("Regional Collection, West", "Collecte régionale, Ouest"),
      ("Field Staffing and Training", "Dotation et formation sur le terrain")]),
    ("Canada Revenue Agency", "Agence du revenu du Canada", "CRA",
     "Winnipeg, Manitoba", "Winnipeg (Manitoba)",
     ("Benefit Programs", "Programmes de prestations"),
     ("Benefit Validation", "Validation des prestations"),
     [("Child Benefit Processing", "Traitement de l’allocation canadienne pour enfants"),
      ("Disability Tax Credit Program", "Programme du crédit d’impôt pour personnes handicapées"),
      ("Benefit Compliance Review", "Examen de la conformité des prestations"),
      ("Client Identity Services", "Services d’identité des clients")]),
]

UNITS = [("Operations", "Opérations"), ("Policy", "Politiques"), ("Planning and Reporting", "Planification et rapports"),
         ("Data Analytics", "Analytique des données"), ("Client Services", "Services aux clients"),
         ("Quality Assurance", "Assurance de la qualité"), ("Systems", "Systèmes"),
         ("Stakeholder Relations", "Relations avec les intervenants"), ("Program Integrity", "Intégrité des programmes"),
         ("Research", "Recherche"), ("Finance and Administration", "Finances et administration"),
         ("Compliance", "Conformité"), ("Training", "Formation"), ("Intake", "Réception")]

REPORT_GROUPS = ["PM-06", "PM-05", "EC-07", "EC-06", "CS-05", "AS-07", "FI-04", "PE-06", "CO-03"]

FIRST = ["Marisol", "Teodor", "Annick", "Brennan", "Océane", "Javier", "Lucinda", "Idris", "Solveig", "Kaveh",
         "Noémie", "Dariusz", "Wren", "Priyanka", "Gaëtan", "Imogen", "Ruairi", "Anouk", "Thaddeus", "Ysolde",
         "Matthias", "Délia", "Corwin", "Leocadia", "Bastien", "Esmée", "Halvard", "Zainab", "Perrine", "Osric",
         "Ines", "Cormac", "Séverine", "Tobiah", "Rosalind", "Anselme", "Marit", "Ignatius", "Clothilde", "Evander"]
LAST = ["Quillfeather", "Brassard-Ohlin", "Vantongeren", "Mbekwa", "Ferncliffe", "Desrochelle", "Okonkwo-Hale",
        "Tremblay-Voss", "Halloran", "Lindqvist", "Paradis-Nakamura", "Achterberg", "Colquhoun", "Beaudrault",
        "Szymanek", "Ravensworth", "Nadeau-Iqbal", "Thorsby", "Keshishian", "Morrow-Baptiste", "Villeneuve-Oduya",
        "Strathearn", "Pelletier-Wong", "Gunnarsdottir", "Abernethy", "Ouellon", "Castellanos", "Drummondville",
        "Kowalczyk", "Bellefleur", "Ishikawa-Roy", "Fairweather", "Lacoursière", "Mwangi-Dufort", "Hollingbury"]

GA_EN = ("Provides leadership and strategic direction for the {subj} {unit}, ensuring that programs and services "
         "are delivered efficiently, consistently and in accordance with legislation, policy and departmental "
         "priorities; manages the human and financial resources of the {unit}; represents the department with "
         "central agencies, other government departments, provinces and territories, and stakeholders.")
GA_FR = ("Assure le leadership et l’orientation stratégique de la {unit} {subj}, en veillant à ce que les "
         "programmes et services soient exécutés de façon efficiente, uniforme et conforme à la législation, aux "
         "politiques et aux priorités ministérielles; gère les ressources humaines et financières de la {unit}; "
         "représente le ministère auprès des organismes centraux, des autres ministères, des provinces et territoires "
         "et des intervenants.")
NS_EN = ("The {unit} operates in a complex environment marked by rising volumes, public scrutiny and changing "
         "program authorities. The incumbent balances service standards against integrity requirements and leads "
         "a multidisciplinary workforce through modernization of systems and processes.")
NS_FR = ("La {unit} évolue dans un contexte complexe marqué par des volumes croissants, l’examen public et "
         "l’évolution des autorisations de programme. Le ou la titulaire concilie les normes de service et les "
         "exigences d’intégrité et dirige une main-d’œuvre multidisciplinaire dans la modernisation des systèmes.")
SA_EN = ["Sets the operational plan and performance targets of the {unit} and reports on results.",
         "Approves procedures, guidelines and decisions of national significance.",
         "Leads the recruitment, development and retention of staff in the {unit}.",
         "Chairs or represents the department on interdepartmental and federal-provincial committees.",
         "Manages budgets, contracts and risk in accordance with the Financial Administration Act."]
SA_FR = ["Établit le plan opérationnel et les cibles de rendement de la {unit} et rend compte des résultats.",
         "Approuve les procédures, lignes directrices et décisions d’envergure nationale.",
         "Dirige le recrutement, le perfectionnement et le maintien en poste du personnel de la {unit}.",
         "Préside des comités interministériels et fédéraux-provinciaux ou y représente le ministère.",
         "Gère les budgets, les contrats et les risques conformément à la Loi sur la gestion des finances publiques."]
