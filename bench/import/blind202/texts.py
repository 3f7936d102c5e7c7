"""Invented positions, names and prose for blind corpus 202 (staffing posters and notices mixed
with work descriptions). Every person's name here is invented."""

# (English name, French name, acronym EN, acronym FR, e-mail domain, sector EN, sector FR, DG area EN, DG area FR,
#  locations [(en, fr)])
DEPARTMENTS = [
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO", "MPO", "dfo-mpo.gc.ca",
     "Aquatic Ecosystems", "Écosystèmes aquatiques", "Fish and Fish Habitat Protection",
     "Protection du poisson et de son habitat",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
      ("Nanaimo, British Columbia", "Nanaimo (Colombie-Britannique)")]),
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC",
     "hrsdc-rhdcc.gc.ca", "Learning Branch", "Direction générale de l'apprentissage", "Student Financial Assistance",
     "Aide financière aux étudiants",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Ottawa, Ontario", "Ottawa (Ontario)")]),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC", "IRCC",
     "cic.gc.ca", "Operations", "Opérations", "Domestic Network", "Réseau national",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Sydney, Nova Scotia", "Sydney (Nouvelle-Écosse)"),
      ("Edmonton, Alberta", "Edmonton (Alberta)")]),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC",
     "tpsgc-pwgsc.gc.ca", "Procurement Branch", "Direction générale de l'approvisionnement",
     "Professional Services Procurement", "Approvisionnement en services professionnels",
     [("Gatineau, Quebec", "Gatineau (Québec)"), ("Montréal, Quebec", "Montréal (Québec)")]),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC",
     "ec.gc.ca", "Meteorological Service of Canada", "Service météorologique du Canada", "Weather Prediction Services",
     "Services de prévision météorologique",
     [("Dorval, Quebec", "Dorval (Québec)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
      ("Winnipeg, Manitoba", "Winnipeg (Manitoba)")]),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada",
     "ISED", "ISDE", "ised-isde.gc.ca", "Spectrum and Telecommunications", "Spectre et télécommunications",
     "Spectrum Licensing and Operations", "Délivrance de licences et opérations du spectre",
     [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Toronto, Ontario", "Toronto (Ontario)")]),
]

# Areas for the Executive Director (first) and five Directors under each DG: (en, fr)
AREAS = [
    [("Fisheries Protection Program", "Programme de protection des pêches"),
     ("Habitat Science Integration", "Intégration des sciences de l'habitat"),
     ("Regulatory Reviews", "Examens réglementaires"), ("Aquatic Invasive Species", "Espèces aquatiques envahissantes"),
     ("Species at Risk Operations", "Opérations des espèces en péril"), ("Fish Passage Engineering", "Ingénierie du passage du poisson")],
    [("Program Integrity and Delivery", "Intégrité et prestation des programmes"),
     ("Grants and Loans Policy", "Politique des subventions et des prêts"),
     ("Repayment Assistance", "Aide au remboursement"), ("Service Partnerships", "Partenariats de service"),
     ("Data and Forecasting", "Données et prévisions"), ("Provincial Relations", "Relations provinciales")],
    [("Case Processing Centres", "Centres de traitement des demandes"),
     ("Asylum Claims Processing", "Traitement des demandes d'asile"),
     ("Citizenship Operations", "Opérations de citoyenneté"), ("Client Support Centre", "Centre de soutien à la clientèle"),
     ("Workload Planning", "Planification de la charge de travail"), ("Domestic Quality Assurance", "Assurance de la qualité nationale")],
    [("Strategic Sourcing", "Approvisionnement stratégique"),
     ("Professional Services Contracting", "Passation de marchés de services professionnels"),
     ("Supplier Engagement", "Mobilisation des fournisseurs"), ("Procurement Modernization", "Modernisation de l'approvisionnement"),
     ("Contract Quality Review", "Examen de la qualité des marchés"), ("Temporary Help Services", "Services d'aide temporaire")],
    [("Operational Forecasting", "Prévision opérationnelle"),
     ("Severe Weather Warnings", "Avertissements de temps violent"),
     ("Atmospheric Monitoring Networks", "Réseaux de surveillance atmosphérique"), ("Marine and Ice Services", "Services maritimes et des glaces"),
     ("Forecast Systems Development", "Développement des systèmes de prévision"), ("Client Services", "Services aux clients")],
    [("Spectrum Auctions", "Enchères du spectre"),
     ("Licensing Operations", "Opérations de délivrance de licences"),
     ("Radio Interference Investigations", "Enquêtes sur le brouillage radio"), ("Satellite Spectrum", "Spectre satellitaire"),
     ("Engineering Standards", "Normes techniques"), ("Regional Spectrum Operations", "Opérations régionales du spectre")],
]

# Manager areas for the reports of an ED or Director: (en, fr)
MANAGERS = [
    ("Operations", "Opérations"), ("Policy and Planning", "Politiques et planification"),
    ("Analytics", "Analytique"), ("Program Delivery", "Prestation des programmes"),
    ("Stakeholder Relations", "Relations avec les intervenants"), ("Business Systems", "Systèmes opérationnels"),
    ("Regional Coordination", "Coordination régionale"), ("Compliance", "Conformité"),
    ("Quality Assurance", "Assurance de la qualité"), ("Resource Management", "Gestion des ressources"),
    ("Engineering Services", "Services d'ingénierie"), ("Intake and Triage", "Réception et triage"),
]
REPORT_GROUPS = ["PM-06", "PM-05", "AS-07", "CS-04", "CS-05", "EC-07", "EC-06", "FI-04", "CO-03", "PE-06",
                 "EN-ENG-06", "PG-06"]

GIVEN = ["Maëlle", "Tobias", "Rosalind", "Henrik", "Priya", "Gaston", "Oluwaseun", "Marguerite", "Declan", "Inès",
         "Yusuf", "Solveig", "Amaury", "Keziah", "Laurent", "Noor", "Bastien", "Thandiwe", "Ewan", "Coralie",
         "Rajinder", "Océane", "Fintan", "Zofia", "Anselme", "Wren", "Séverine", "Kwabena", "Lisette", "Hamish"]
FAMILY = ["Quillfeather", "Bérubé-Lachance", "Okonkwo-Reid", "Vandersloot", "Mahtani", "Thibodeau-Marsh",
          "Ravensworth", "Achterberg", "Lemay-Kuptana", "Szabadkai", "Ferreira-Doyle", "Nakashima", "Gauthier-Pelt",
          "Whitcombe", "Desrosiers", "Abernethy-Sow", "Kowalczuk", "Paquin-Ortiz", "Strathdee", "Haddadin",
          "Mercier-Boyd", "Lindqvist", "Ouellet-Tran", "Fairbairn", "Tremblay-Nkemelu", "Castellanos",
          "Brisebois", "Huxtable", "Lajoie-Meng", "Oyelaran"]

GA_EN = ("The {title} is accountable for the planning, direction and delivery of the {area} function of the {dept}, "
         "for the provision of strategic advice to senior management, and for the management of the human and "
         "financial resources assigned to the {unit}.")
GA_FR = ("Le ou la titulaire du poste de {title} est responsable de la planification, de l'orientation et de la "
         "prestation de la fonction {area} au sein du ministère ({dept}), de la prestation de conseils stratégiques "
         "à la haute direction et de la gestion des ressources humaines et financières de l'unité.")
NS_EN = ["The position operates in a complex environment involving central agencies, provinces and territories, "
         "industry associations and international partners.",
         "The incumbent must reconcile competing priorities, deliver results within fixed legislative timelines and "
         "maintain the confidence of stakeholders and the public.",
         "Major challenges include the modernization of aging systems, the recruitment and retention of specialized "
         "staff and the management of risk in a highly visible program."]
NS_FR = ["Le poste évolue dans un environnement complexe qui comprend les organismes centraux, les provinces et "
         "territoires, les associations de l'industrie et des partenaires internationaux.",
         "Le ou la titulaire doit concilier des priorités concurrentes, obtenir des résultats dans des délais "
         "prescrits et maintenir la confiance des intervenants et du public.",
         "Les principaux défis comprennent la modernisation de systèmes vieillissants, le recrutement et le maintien "
         "en poste d'un personnel spécialisé et la gestion du risque dans un programme très visible."]
SA_EN = ["Leads the development and implementation of strategies, plans and policies for the {area} function.",
         "Provides expert advice to the Director General and senior management committees on emerging issues.",
         "Directs the management of human, financial and information resources of the {unit}.",
         "Establishes and maintains partnerships with other federal departments, provinces and stakeholders.",
         "Represents the Department in interdepartmental, federal-provincial and international forums.",
         "Oversees performance measurement, reporting and the response to audits and evaluations."]
SA_FR = ["Dirige l'élaboration et la mise en œuvre des stratégies, plans et politiques de la fonction {area}.",
         "Fournit des conseils d'expert au directeur général et aux comités de la haute direction.",
         "Dirige la gestion des ressources humaines, financières et informationnelles de l'unité.",
         "Établit et entretient des partenariats avec d'autres ministères fédéraux, les provinces et les intervenants.",
         "Représente le Ministère au sein de forums interministériels, fédéraux-provinciaux et internationaux.",
         "Supervise la mesure du rendement, les rapports et la réponse aux vérifications et aux évaluations."]

POSTER_WORK_ENV_EN = ("Join a dynamic team that delivers results for Canadians. We offer flexible work arrangements, "
                      "a hybrid work model (at least three days a week on site) and opportunities for learning.")
POSTER_WORK_ENV_FR = ("Joignez-vous à une équipe dynamique qui obtient des résultats pour la population canadienne. "
                      "Nous offrons des modalités de travail flexibles, un modèle de travail hybride (au moins trois "
                      "jours par semaine sur place) et des possibilités d'apprentissage.")
