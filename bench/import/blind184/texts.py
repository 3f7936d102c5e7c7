"""Prose, areas, places and invented names for blind184 (long older full templates)."""

# (English area, French area)
AREAS = [
    ("Pension Modernization", "Modernisation des pensions"),
    ("Grants and Contributions Oversight", "Surveillance des subventions et contributions"),
    ("Northern Infrastructure Programs", "Programmes d'infrastructure du Nord"),
    ("Fisheries Licensing Services", "Services de délivrance des permis de pêche"),
    ("Regulatory Affairs and Compliance", "Affaires réglementaires et conformité"),
    ("Indigenous Skills Partnerships", "Partenariats autochtones pour les compétences"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Digital Client Services", "Services numériques à la clientèle"),
    ("Labour Program Operations", "Opérations du Programme du travail"),
    ("Border Data Analytics", "Analytique des données frontalières"),
    ("Real Property and Accommodation", "Biens immobiliers et locaux"),
    ("Procurement Integrity", "Intégrité de l'approvisionnement"),
    ("Official Languages Programs", "Programmes des langues officielles"),
    ("Emergency Management Coordination", "Coordination de la gestion des urgences"),
    ("Research Funding Programs", "Programmes de financement de la recherche"),
    ("Veterans Benefits Processing", "Traitement des prestations aux vétérans"),
    ("Trade Remedies Policy", "Politique des recours commerciaux"),
    ("Marine Safety Inspection", "Inspection de la sécurité maritime"),
    ("Financial Management Advisory Services", "Services consultatifs en gestion financière"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Internal Audit Engagements", "Missions d'audit interne"),
    ("Climate Adaptation Science", "Sciences de l'adaptation aux changements climatiques"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Settlement Programs Delivery", "Prestation des programmes d'établissement"),
    ("Spectrum Management Operations", "Opérations de gestion du spectre"),
    ("Workplace Health and Safety", "Santé et sécurité au travail"),
    ("Agricultural Risk Programs", "Programmes de gestion des risques agricoles"),
    ("Data Governance and Stewardship", "Gouvernance et intendance des données"),
    ("Integrity Services", "Services d'intégrité"),
    ("Parks Asset Management", "Gestion des biens des parcs"),
    ("Tax Credits Administration", "Administration des crédits d'impôt"),
    ("Consular Case Management", "Gestion des cas consulaires"),
    ("Strategic Communications", "Communications stratégiques"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Benefits Call Centres", "Centres d'appels des prestations"),
    ("Information Technology Security", "Sécurité des technologies de l'information"),
    ("Economic Development Programs", "Programmes de développement économique"),
    ("Litigation Support Services", "Services de soutien aux litiges"),
    ("Housing Policy", "Politique du logement"),
    ("Testing Laboratories", "Laboratoires d'essais"),
    ("Employment Insurance Appeals", "Appels de l'assurance-emploi"),
    ("Regional Operations, Prairies", "Opérations régionales, Prairies"),
    ("Youth Employment Strategy", "Stratégie emploi jeunesse"),
    ("Statistical Methods", "Méthodes statistiques"),
]

# (English place, French place)
PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
    ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)"),
    ("Toronto, Ontario", "Toronto (Ontario)"),
    ("Québec, Quebec", "Québec (Québec)"),
    ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
]

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Fisheries and Oceans Canada", "Pêches et Océans Canada", "DFO"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC"),
    ("Veterans Affairs Canada", "Anciens Combattants Canada", "VAC"),
    ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
]

FIRST = ["Maelle", "Torvald", "Ines", "Quill", "Odessa", "Bram", "Solenne", "Kasimir", "Delphine", "Ewan",
         "Liesl", "Rafferty", "Amaryllis", "Teodor", "Yvaine", "Cormac", "Perpetua", "Anselm", "Brigitte",
         "Lucan", "Marisol", "Oriel", "Ysolde", "Fintan", "Clementine", "Hadrien", "Noor", "Sabine", "Idris",
         "Wren"]
LAST = ["Quenneville-Ash", "Brightwater", "Okonkwo-Lapierre", "Vantassel", "Dufresne-Moody", "Karvonen",
        "Pellerin-Shaw", "Wintermute", "Abernethy-Roy", "Galloway-Nadeau", "Thistlewood", "Bellefeuille",
        "Marchetti-Cole", "Strathmore", "Lavallière", "Osei-Brunet", "Fairweather", "Desrochers-Pike",
        "Halvorsen", "Tremblay-Okafor", "Underhill", "Beaupré-Khan", "Rasmussen-Leduc", "Whitlock"]

EN_SENT = [
    "The {t} provides leadership and strategic direction to the {u} and ensures that its programs respond to the priorities of the Government of Canada.",
    "The incumbent represents the Branch at interdepartmental committees and with provincial and territorial counterparts on matters related to {a}.",
    "The position is accountable for the design, delivery and continuous improvement of national programs, within a complex environment of competing priorities and limited resources.",
    "Work involves reconciling the interests of central agencies, regional operations, stakeholders and the public, often under intense media and parliamentary scrutiny.",
    "The {t} must anticipate emerging issues, assess their implications for the Department and recommend options to senior management in a timely manner.",
    "Significant judgement is required to balance program integrity with client service expectations, and to manage risks that may have national consequences.",
    "The incumbent ensures that performance measurement frameworks, evaluations and audits are used to inform decisions and to report results to Parliament.",
    "The position builds and maintains effective partnerships with other federal departments, Indigenous organizations, industry and academic institutions.",
    "Human and financial resources are managed in accordance with the Financial Administration Act, Treasury Board policies and the values and ethics code.",
    "The {t} fosters a healthy, diverse and inclusive workplace and supports the learning and career development of employees.",
    "Advice is provided to the Assistant Deputy Minister, the Deputy Minister and the Minister's office on sensitive and often contentious files.",
    "The work requires a thorough understanding of the legislative and regulatory frameworks that govern {a}, and of their evolution.",
    "Briefing material, Memoranda to Cabinet and Treasury Board submissions are prepared or reviewed under the direction of the incumbent.",
    "Operational planning cycles, business continuity and the modernization of systems and processes fall within the responsibilities of the position.",
]
FR_SENT = [
    "Le titulaire assure le leadership et l'orientation stratégique de la {u} et veille à ce que ses programmes répondent aux priorités du gouvernement du Canada.",
    "Le titulaire représente la Direction générale aux comités interministériels et auprès des homologues provinciaux et territoriaux pour les questions liées à {a}.",
    "Le poste est responsable de la conception, de la prestation et de l'amélioration continue de programmes nationaux, dans un environnement complexe aux priorités concurrentes.",
    "Le travail consiste à concilier les intérêts des organismes centraux, des opérations régionales, des intervenants et du public, souvent sous l'examen attentif des médias et du Parlement.",
    "Le titulaire doit prévoir les enjeux émergents, en évaluer les répercussions pour le Ministère et recommander des options à la haute direction en temps opportun.",
    "Un jugement considérable est requis pour concilier l'intégrité des programmes et les attentes en matière de service, et pour gérer des risques aux conséquences nationales.",
    "Le titulaire veille à ce que les cadres de mesure du rendement, les évaluations et les vérifications éclairent les décisions et la reddition de comptes au Parlement.",
    "Le poste établit et entretient des partenariats efficaces avec d'autres ministères fédéraux, des organisations autochtones, l'industrie et les établissements d'enseignement.",
    "Les ressources humaines et financières sont gérées conformément à la Loi sur la gestion des finances publiques, aux politiques du Conseil du Trésor et au code de valeurs et d'éthique.",
    "Le titulaire favorise un milieu de travail sain, diversifié et inclusif et appuie l'apprentissage et le perfectionnement des employés.",
    "Des conseils sont fournis au sous-ministre adjoint, au sous-ministre et au cabinet du ministre sur des dossiers délicats et souvent controversés.",
    "Le travail exige une connaissance approfondie des cadres législatifs et réglementaires qui régissent {a}, ainsi que de leur évolution.",
    "Des notes d'information, des mémoires au Cabinet et des présentations au Conseil du Trésor sont préparés ou examinés sous la direction du titulaire.",
    "Les cycles de planification opérationnelle, la continuité des activités et la modernisation des systèmes relèvent des responsabilités du poste.",
]

COMPETENCIES_EN = ["Create Vision and Strategy", "Mobilize People", "Uphold Integrity and Respect",
                   "Collaborate with Partners and Stakeholders", "Promote Innovation and Guide Change",
                   "Achieve Results"]
COMPETENCIES_FR = ["Créer une vision et une stratégie", "Mobiliser les personnes", "Préserver l'intégrité et le respect",
                   "Collaborer avec les partenaires et les intervenants", "Promouvoir l'innovation et orienter le changement",
                   "Obtenir des résultats"]

REPORT_TITLES_EN = ["Manager, {x}", "Senior Advisor, {x}", "Director, {x}", "Team Leader, {x}", "Chief, {x}"]
REPORT_TITLES_FR = ["Gestionnaire, {x}", "Conseiller principal, {x}", "Directeur, {x}", "Chef d'équipe, {x}", "Chef, {x}"]
SUBUNITS = [("Operations", "Opérations"), ("Policy", "Politiques"), ("Systems", "Systèmes"),
            ("Planning", "Planification"), ("Quality Assurance", "Assurance de la qualité"),
            ("Client Relations", "Relations avec la clientèle"), ("Analytics", "Analytique"),
            ("Compliance", "Conformité"), ("Program Design", "Conception des programmes"),
            ("Regional Coordination", "Coordination régionale"), ("Finance", "Finances")]
REPORT_GROUPS = ["PM-06", "EC-07", "AS-07", "FI-04", "CS-05", "PE-06", "CO-03", "EG-07", "PM-05", "EC-06"]
