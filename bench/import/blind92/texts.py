"""Departments, label wordings and prose for the blind92 corpus (written for issue 12)."""

DEPTS = {
    "ESDC": ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
    "IRCC": ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    "PSPC": ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
    "HC": ("Health Canada", "Santé Canada"),
    "TC": ("Transport Canada", "Transports Canada"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada"),
    "STC": ("Statistics Canada", "Statistique Canada"),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada"),
    "VAC": ("Veterans Affairs Canada", "Anciens Combattants Canada"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    "SSC": ("Shared Services Canada", "Services partagés Canada"),
    "CBSA": ("Canada Border Services Agency", "Agence des services frontaliers du Canada"),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien"),
    "GAC": ("Global Affairs Canada", "Affaires mondiales Canada"),
    "LAC": ("Library and Archives Canada", "Bibliothèque et Archives Canada"),
    "CSC": ("Correctional Service Canada", "Service correctionnel du Canada"),
    "PC": ("Parks Canada", "Parcs Canada"),
    "CFIA": ("Canadian Food Inspection Agency", "Agence canadienne d'inspection des aliments"),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada"),
    "ISED": ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"),
}

# label wordings per field: English, French
LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "Position title", "TITLE"],
        "classification": ["Classification", "Group and Level", "Group/Level", "Level", "Position Level"],
        "job_code": ["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
        "position_number": ["Position Number", "Position No.", "Pos. No.", "Position #"],
        "effective_date": ["Effective Date", "Effective date", "Date Effective", "Classification Effective Date"],
        "sup_num": ["Supervisor's Position No.", "Supervisor Position Number", "Reports to (Position No.)"],
        "sup_title": ["Supervisor's Position Title", "Supervisor's Title", "Reports to"],
        "sup_class": ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level"],
        "location": ["Location", "Geographic Location", "Work Location"],
        "dept": ["Department", "Organization"],
        "branch": ["Branch", "Sector"],
        "salary": ["Salary", "Salary budget", "Salaries"],
        "o_and_m": ["O&M", "Operating and Maintenance", "O&M budget"],
        "total": ["Total", "Total budget", "Total operating budget"],
        "fte": ["FTEs", "Number of FTEs", "Staff (FTEs)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Intitulé du poste"],
        "classification": ["Classification", "Groupe et niveau", "Groupe/niveau"],
        "job_code": ["Code d'emploi", "Code du poste", "No de code d'emploi"],
        "position_number": ["Numéro du poste", "No du poste", "N° de poste"],
        "effective_date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
        "sup_num": ["Numéro du poste du superviseur", "No de poste du supérieur"],
        "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat"],
        "sup_class": ["Classification du superviseur", "Groupe et niveau du supérieur"],
        "location": ["Lieu", "Emplacement géographique", "Lieu de travail"],
        "dept": ["Ministère", "Organisation"],
        "branch": ["Direction générale", "Secteur"],
        "salary": ["Salaires", "Budget salarial", "Traitements"],
        "o_and_m": ["F et E", "Fonctionnement et entretien", "Budget de F et E"],
        "total": ["Total", "Budget total"],
        "fte": ["ETP", "Nombre d'ETP", "Effectif (ETP)"],
    },
}

HEAD = {
    "en": {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "1. General Accountability"],
           "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "2. Organization Structure"],
           "ns": ["Nature and Scope", "NATURE AND SCOPE", "3. Nature and Scope"],
           "dim": ["Dimensions", "DIMENSIONS", "4. Dimensions"],
           "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "5. Specific Accountabilities"],
           "cert": ["Certification", "CERTIFICATION", "6. Certification"],
           "id": ["Position Identification", "POSITION DETAILS", "Position Information"]},
    "fr": {"ga": ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "1. Responsabilité générale"],
           "org": ["Structure organisationnelle", "STRUCTURE DE L'ORGANISATION", "2. Structure organisationnelle"],
           "ns": ["Nature et étendue", "NATURE ET ÉTENDUE", "3. Nature et étendue"],
           "dim": ["Dimensions", "DIMENSIONS", "4. Dimensions"],
           "sa": ["Activités principales", "RESPONSABILITÉS SPÉCIFIQUES", "5. Responsabilités spécifiques"],
           "cert": ["Certification", "ATTESTATION", "6. Attestation"],
           "id": ["Identification du poste", "RENSEIGNEMENTS SUR LE POSTE", "Données du poste"]},
}

NS_EN = [
    "{dept} operates in a complex, multi-jurisdictional environment in which federal, provincial and "
    "territorial governments, industry, labour and the public hold differing expectations. The {short} must "
    "reconcile competing priorities of internal and external stakeholders to meet critical objectives and "
    "timelines that are not always shared, while maintaining the integrity of programs and the confidence of "
    "Canadians.",
    "The work of the directorate is closely aligned with departmental priorities and the commitments of the "
    "Minister. The incumbent leads a range of inter-dependent analytical, operational and partnership "
    "activities, and is expected to challenge current thinking, to anticipate emerging issues and to provide "
    "senior management with considered and consistent advice.",
    "A major challenge is the modernization of aging systems and business processes while services continue "
    "without interruption. The {short} must balance the demands of clients, central agencies and the branch "
    "with the limited financial and human resources available, and must build the capacity of a workforce "
    "facing significant turnover.",
]
NS_FR = [
    "{dept} évolue dans un environnement complexe où les gouvernements fédéral, provinciaux et "
    "territoriaux, l'industrie, les syndicats et le public ont des attentes divergentes. Le titulaire doit "
    "concilier les priorités concurrentes des intervenants internes et externes afin d'atteindre des objectifs "
    "et des échéances qui ne sont pas toujours partagés, tout en préservant l'intégrité des programmes.",
    "Le travail de la direction est étroitement lié aux priorités ministérielles et aux engagements du "
    "ministre. Le titulaire dirige un ensemble d'activités analytiques, opérationnelles et de partenariat "
    "interdépendantes, et doit remettre en question les façons de faire, prévoir les enjeux émergents et "
    "fournir à la haute direction des conseils réfléchis et cohérents.",
    "Un défi important consiste à moderniser des systèmes et des processus opérationnels vieillissants tout en "
    "assurant la continuité des services. Le titulaire doit équilibrer les exigences des clients, des "
    "organismes centraux et de la direction générale avec les ressources financières et humaines limitées.",
]
SA_EN = [
    "Provides strategic leadership and direction for the design, delivery and evaluation of {area}.",
    "Advises the {sup} and senior management committees on emerging issues, risks and options related to {area}.",
    "Establishes the directorate's priorities and manages its human, financial and material resources with prudence and probity.",
    "Represents the department with central agencies, other federal organizations, provinces and territories, and stakeholders.",
    "Leads the development of Memoranda to Cabinet, Treasury Board submissions and briefing materials for the Minister.",
    "Directs performance measurement, reporting and continuous improvement of services to clients.",
    "Builds and maintains partnerships to advance the Government of Canada's priorities in {area}.",
    "Promotes a healthy, diverse and inclusive workplace, and the values and ethics of the Public Service.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation de la conception, de la prestation et de l'évaluation {area}.",
    "Conseille le supérieur immédiat ({sup}) et les comités de la haute direction sur les enjeux, les risques et les options liés {area2}.",
    "Établit les priorités de la direction et gère ses ressources humaines, financières et matérielles avec prudence et probité.",
    "Représente le ministère auprès des organismes centraux, des autres organisations fédérales, des provinces et des territoires.",
    "Dirige la préparation des mémoires au Cabinet, des présentations au Conseil du Trésor et des documents d'information.",
    "Dirige la mesure du rendement, l'établissement de rapports et l'amélioration continue des services aux clients.",
    "Établit et entretient des partenariats pour faire progresser les priorités du gouvernement du Canada.",
    "Favorise un milieu de travail sain, diversifié et inclusif, ainsi que les valeurs et l'éthique de la fonction publique.",
]
CSR_EN = "Client Service Results"
KA_EN = "Key Activities"
CSR_FR = "Résultats axés sur le service à la clientèle"
KA_FR = "Activités principales"

CERT_EN = "The foregoing description is an accurate and complete statement of the duties assigned to the position."
CERT_FR = "La présente description est un énoncé exact et complet des fonctions attribuées au poste."
