"""Prose and label wordings for blind36, written for this corpus (no passage copied)."""

# Header label forms: (title, classification, position number, job code, effective date,
# supervisor number, supervisor title, supervisor level, location). None: that form has no such line.
LABELS_EN = [
    ("Position Title", "Group and Level", "Position Number", "Job Code", "Effective Date",
     "Supervisor's Position Number", "Supervisor's Title", "Supervisor's Group/Level", "Work Location"),
    ("TITLE OF POSITION", "CLASSIFICATION", "POSITION NO.", "GENERIC JOB NO.", "DATE EFFECTIVE",
     "REPORTS TO - POSITION NO.", "REPORTS TO - TITLE", "REPORTS TO - CLASSIFICATION", "LOCATION"),
    ("Official Title", "Level", "Pos. #", "Standard Job Code", "Approved on",
     "Immediate Supervisor (Position No.)", "Immediate Supervisor (Title)", "Immediate Supervisor (Level)", "Geographic Location"),
    ("Job Title", "Occ. Group/Level", "Position ID", "Benchmark Job No.", "In effect from",
     "Superior's Position ID", "Superior's Job Title", "Superior's Group/Level", "Duty Station"),
    ("Position", "Classification Level", "Pos. Ref.", "Job No.", "Date of Classification",
     "Supervisor Pos. Ref.", "Supervisor Position", "Supervisor Classification", "Headquarters"),
]
LABELS_FR = [
    ("Titre du poste", "Groupe et niveau", "Numéro du poste", "Code d'emploi", "Date d'entrée en vigueur",
     "N° du poste du superviseur", "Titre du poste du superviseur", "Classification du superviseur", "Lieu de travail"),
    ("TITRE", "CLASSIFICATION", "NO DU POSTE", "CODE DE TRAVAIL", "DATE D'EFFET",
     "SUPERVISEUR - NO DE POSTE", "SUPERVISEUR - TITRE", "SUPERVISEUR - GROUPE/NIVEAU", "EMPLACEMENT"),
    ("Appellation du poste", "Niveau", "Poste no", "Code de la description", "En vigueur à compter du",
     "Poste du supérieur (no)", "Poste du supérieur (titre)", "Poste du supérieur (niveau)", "Ville"),
    ("Intitulé", "Groupe/niveau", "Numéro de poste", "No de description normalisée", "Date de classification",
     "Numéro du poste de l'agent supérieur", "Titre de l'agent supérieur", "Niveau de l'agent supérieur", "Lieu géographique"),
]

HEAD = {  # section headings: general accountability, structure, nature, dimensions, specific, certification
    "en": [("GENERAL ACCOUNTABILITY", "ORGANIZATION STRUCTURE", "NATURE AND SCOPE", "DIMENSIONS",
            "SPECIFIC ACCOUNTABILITIES", "CERTIFICATION"),
           ("Purpose of the Position", "Organizational Context", "Scope and Challenges", "Financial and Human Resources",
            "Main Responsibilities", "Signatures"),
           ("Client Service Results", "Organization", "Context", "Dimensions", "Key Activities", "Approval")],
    "fr": [("RESPONSABILITÉ GÉNÉRALE", "STRUCTURE ORGANISATIONNELLE", "NATURE ET ÉTENDUE", "DIMENSIONS",
            "RESPONSABILITÉS SPÉCIFIQUES", "ATTESTATION"),
           ("Raison d'être du poste", "Structure de l'organisation", "Contexte et défis", "Ressources gérées",
            "Principales responsabilités", "Signatures"),
           ("Résultats axés sur le service à la clientèle", "Organisation", "Contexte", "Dimensions", "Activités principales", "Approbation")],
}

GENERAL = {
    "en": ["Leads the {unit} and is accountable for the planning, delivery and continuous improvement of "
           "its programs and services in the {place} area, in keeping with departmental priorities, legislation "
           "and the expectations of clients, partners and the public.",
           "Provides direction to the {unit} so that its operations are safe, lawful, efficient and responsive "
           "to the people and communities it serves, and advises senior management on emerging issues."],
    "fr": ["Dirige {unit} et est responsable de la planification, de la prestation et de l'amélioration "
           "continue des programmes et services offerts dans la région de {place}, conformément aux priorités "
           "ministérielles, aux lois applicables et aux attentes des clients et des partenaires.",
           "Assure l'orientation de {unit} afin que ses activités soient sûres, conformes, efficientes et "
           "adaptées aux besoins des collectivités servies, et conseille la haute direction sur les enjeux."],
}
NATURE = {
    "en": ["The {dept} operates in an environment shaped by changing legislation, fiscal restraint and the "
           "growing expectations of stakeholders. The incumbent must reconcile national direction with "
           "regional realities, maintain productive relations with provincial and municipal authorities, "
           "industry associations and Aboriginal organizations, and manage a workforce spread over several "
           "sites.",
           "A major challenge is to sustain the quality of service while resources are reallocated and "
           "systems are renewed. The incumbent represents the department before committees, the media and "
           "partners, and is expected to resolve sensitive files quickly and with sound judgement."],
    "fr": ["{dept} évolue dans un contexte marqué par des changements législatifs, des compressions "
           "budgétaires et les attentes croissantes des intervenants. Le titulaire doit concilier les "
           "orientations nationales et les réalités régionales, entretenir des relations productives avec "
           "les autorités provinciales et municipales, l'industrie et les organisations autochtones.",
           "L'un des principaux défis consiste à maintenir la qualité des services pendant la réaffectation "
           "des ressources et le renouvellement des systèmes. Le titulaire représente le ministère auprès "
           "des comités, des médias et des partenaires."],
}
SPECIFIC = {
    "en": ["Develops and implements the operational plans, service standards and performance measures of the unit.",
           "Manages the human, financial and material resources assigned, in accordance with delegated authorities.",
           "Establishes and maintains partnerships with other levels of government, industry and community groups.",
           "Provides strategic advice and briefings to senior management and the Minister's office on sensitive issues.",
           "Ensures compliance with legislation, regulations and Treasury Board policies within the region.",
           "Leads change initiatives and fosters a healthy, bilingual and representative workplace."],
    "fr": ["Élabore et met en oeuvre les plans opérationnels, les normes de service et les mesures du rendement.",
           "Gère les ressources humaines, financières et matérielles confiées, selon les pouvoirs délégués.",
           "Établit et entretient des partenariats avec les autres ordres de gouvernement et l'industrie.",
           "Fournit des conseils stratégiques et des notes d'information à la haute direction sur les dossiers délicats.",
           "Veille au respect des lois, des règlements et des politiques du Conseil du Trésor dans la région.",
           "Dirige les projets de changement et favorise un milieu de travail sain, bilingue et représentatif."],
}
CERT = {
    "en": "The foregoing is an accurate statement of the duties and responsibilities assigned to the position.",
    "fr": "Je certifie que la présente description reflète fidèlement les fonctions et responsabilités du poste.",
}

FIRST = ["Margaret", "Denis", "Harjit", "Colleen", "Yves", "Priya", "Bernard", "Louise", "Kwame", "Sylvie",
         "Gordon", "Nathalie", "Ravi", "Heather", "Réjean", "Agnes", "Tomasz", "Ginette", "Wendell", "Marie-Claude"]
LAST = ["Thibodeau", "MacKinnon", "Sandhu", "Whitford", "Gagnon", "Okafor", "Lemieux", "Strachan", "Boudreau",
        "Kowalczyk", "Pelletier", "Fairweather", "Nadeau", "Oyelaran", "Tremblay", "Ashworth", "Vaillancourt", "Dhillon"]
