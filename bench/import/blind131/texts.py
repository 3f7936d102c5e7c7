"""Positions, units, prose and name pools of the blind131 corpus (all invented).

The folder is the Aquatic Ecosystems Sector of Fisheries and Oceans Canada / Pêches et Océans Canada.
"""
import random

DEPT = ("Fisheries and Oceans Canada", "Pêches et Océans Canada")
SECTOR = ("Aquatic Ecosystems Sector", "Secteur des écosystèmes aquatiques")

LOC = {
    "ott": ("Ottawa, Ontario", "Ottawa (Ontario)"),
    "mon": ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    "dar": ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"),
    "stj": ("St. John's, Newfoundland and Labrador", "St. John's (Terre-Neuve-et-Labrador)"),
    "que": ("Québec, Quebec", "Québec (Québec)"),
    "mjo": ("Mont-Joli, Quebec", "Mont-Joli (Québec)"),
    "win": ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    "van": ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    "sid": ("Sidney, British Columbia", "Sidney (Colombie-Britannique)"),
    "bur": ("Burlington, Ontario", "Burlington (Ontario)"),
}

ADM = dict(key="adm", num=30001, cls="EX-05",
           title=("Assistant Deputy Minister, Aquatic Ecosystems", "Sous-ministre adjoint, Écosystèmes aquatiques"))

# key, number, classification, (title en, title fr), supervisor key, location, job code,
# (subject en, subject fr), units [(en, fr)], unit family (policy | science | ops)
POSITIONS = [
    ("d_plan", 31001, "EX-01", ("Director, Sector Planning and Business Management", "Directeur, Planification et gestion des activités du secteur"), "adm", "ott", "104401",
     ("sector planning, resource management and business services", "la planification, la gestion des ressources et les services opérationnels du secteur"),
     [("Business Planning", "Planification des activités"), ("Financial Management", "Gestion financière"), ("Human Resources Planning", "Planification des ressources humaines"), ("Governance and Reporting", "Gouvernance et rapports")], "policy"),
    ("d_pol", 31002, "EX-01", ("Director, Sector Policy Coordination", "Directeur, Coordination des politiques du secteur"), "adm", "ott", "104402",
     ("sector policy coordination and Cabinet business", "la coordination des politiques du secteur et les affaires du Cabinet"),
     [("Policy Coordination", "Coordination des politiques"), ("Cabinet and Parliamentary Affairs", "Affaires du Cabinet et parlementaires"), ("Strategic Analysis", "Analyse stratégique")], "policy"),
    ("d_data", 31003, "EX-01", ("Director, Sector Data and Digital Services", "Directeur, Données et services numériques du secteur"), "adm", "ott", "104403",
     ("sector data management and digital services", "la gestion des données et les services numériques du secteur"),
     [("Data Management", "Gestion des données"), ("Digital Solutions", "Solutions numériques"), ("Geospatial Services", "Services géospatiaux"), ("Business Intelligence", "Intelligence d'affaires")], "digital"),
    ("dg1", 30110, "EX-03", ("Director General, Fish and Fish Habitat Protection", "Directeur général, Protection du poisson et de son habitat"), "adm", "ott", "104310",
     ("the Fish and Fish Habitat Protection Program", "le Programme de protection du poisson et de son habitat"), [("Business Operations", "Opérations administratives")], "dg"),
    ("dg2", 30120, "EX-03", ("Director General, Species at Risk and Aquatic Invasive Species", "Directrice générale, Espèces en péril et espèces aquatiques envahissantes"), "adm", "ott", "104320",
     ("the Species at Risk and Aquatic Invasive Species programs", "les programmes des espèces en péril et des espèces aquatiques envahissantes"), [("Business Operations", "Opérations administratives")], "dg"),
    ("dg3", 30130, "EX-03", ("Director General, Ecosystems Management, Atlantic Operations", "Directeur général, Gestion des écosystèmes, Opérations de l'Atlantique"), "adm", "mon", "104330",
     ("ecosystems management operations in the Atlantic regions", "les opérations de gestion des écosystèmes dans les régions de l'Atlantique"), [("Regional Coordination", "Coordination régionale")], "dg"),
    ("dg4", 30140, "EX-03", ("Director General, Aquatic Ecosystems Science", "Directrice générale, Sciences des écosystèmes aquatiques"), "adm", "ott", "104340",
     ("aquatic ecosystems science", "les sciences des écosystèmes aquatiques"), [("Science Planning", "Planification scientifique")], "dg"),
    ("ed1", 30210, "EX-02", ("Executive Director, Regulatory Reviews and Major Projects", "Directeur exécutif, Examens réglementaires et grands projets"), "dg1", "ott", "104321",
     ("regulatory reviews of major projects", "les examens réglementaires des grands projets"), [("Operations Support", "Soutien aux opérations")], "dg"),
    ("ed2", 30220, "EX-02", ("Executive Director, Marine Conservation Targets", "Directrice exécutive, Cibles de conservation marine"), "dg2", "ott", "104322",
     ("the marine conservation targets", "les cibles de conservation marine"), [("Program Coordination", "Coordination du programme")], "dg"),
    ("h_pol", 31101, "EX-01", ("Director, Fish Habitat Policy and Standards", "Directrice, Politique et normes sur l'habitat du poisson"), "dg1", "ott", "104501",
     ("fish habitat policy, standards and codes of practice", "la politique, les normes et les codes de pratique sur l'habitat du poisson"),
     [("Habitat Policy", "Politique sur l'habitat"), ("Standards and Codes of Practice", "Normes et codes de pratique"), ("Regulatory Affairs", "Affaires réglementaires")], "policy"),
    ("h_prog", 31102, "EX-01", ("Director, Program Delivery Oversight", "Directeur, Surveillance de l'exécution des programmes"), "dg1", "ott", "104522",
     ("national oversight of fish habitat program delivery", "la surveillance nationale de l'exécution du programme de l'habitat"),
     [("National Program Integrity", "Intégrité du programme national"), ("Performance Measurement", "Mesure du rendement"), ("Training and Tools", "Formation et outils"), ("Regional Liaison", "Liaison régionale")], "policy"),
    ("h_rest", 31103, "EX-01", ("Director, Habitat Restoration Programs", "Directeur, Programmes de restauration de l'habitat"), "dg1", "ott", "104503",
     ("habitat restoration funding programs", "les programmes de financement de la restauration de l'habitat"),
     [("Contribution Programs", "Programmes de contributions"), ("Restoration Partnerships", "Partenariats de restauration"), ("Program Results", "Résultats des programmes")], "policy"),
    ("h_comp", 31104, "EX-01", ("Director, Fisheries Act Compliance Partnerships", "Directeur, Partenariats de conformité à la Loi sur les pêches"), "dg1", "ott", "104504",
     ("compliance promotion partnerships under the Fisheries Act", "les partenariats de promotion de la conformité à la Loi sur les pêches"),
     [("Compliance Promotion", "Promotion de la conformité"), ("Partnership Agreements", "Ententes de partenariat"), ("Monitoring and Reporting", "Surveillance et rapports")], "policy"),
    ("h_ind", 31105, "EX-01", ("Director, Indigenous Engagement, Fish Habitat", "Directrice, Mobilisation des Autochtones, Habitat du poisson"), "dg1", "ott", "104505",
     ("engagement of Indigenous peoples on fish habitat protection", "la mobilisation des peuples autochtones sur la protection de l'habitat"),
     [("Engagement and Consultation", "Mobilisation et consultation"), ("Capacity Funding", "Financement de la capacité"), ("Knowledge Integration", "Intégration des connaissances")], "policy"),
    ("h_pass", 31106, "EX-01", ("Director, Fish Passage and Flow Standards", "Directeur, Normes sur le passage du poisson et les débits"), "dg1", "ott", "104506",
     ("fish passage and instream flow standards", "les normes sur le passage du poisson et les débits réservés"),
     [("Fish Passage Engineering", "Ingénierie du passage du poisson"), ("Flow Needs Science", "Science des besoins en débit"), ("Standards Development", "Élaboration des normes")], "science"),
    ("mp_w", 31211, "EX-01", ("Director, Major Projects, West", "Directeur, Grands projets, Ouest"), "ed1", "van", "104511",
     ("regulatory reviews of major projects in the western regions", "les examens réglementaires des grands projets dans les régions de l'Ouest"),
     [("Pipelines and Energy", "Pipelines et énergie"), ("Mining Projects", "Projets miniers"), ("Ports and Infrastructure", "Ports et infrastructures")], "ops"),
    ("mp_e", 31212, "EX-01", ("Director, Major Projects, East", "Directrice, Grands projets, Est"), "ed1", "mon", "104512",
     ("regulatory reviews of major projects in the eastern regions", "les examens réglementaires des grands projets dans les régions de l'Est"),
     [("Offshore Energy", "Énergie extracôtière"), ("Hydroelectric Projects", "Projets hydroélectriques"), ("Linear Infrastructure", "Infrastructures linéaires")], "ops"),
    ("rr_sys", 31213, "EX-01", ("Director, Regulatory Review Systems", "Directeur, Systèmes d'examen réglementaire"), "ed1", "ott", "104513",
     ("the systems and tools supporting regulatory reviews", "les systèmes et outils d'examen réglementaire"),
     [("Case Management System", "Système de gestion des cas"), ("Regulatory Data", "Données réglementaires"), ("User Support", "Soutien aux utilisateurs")], "digital"),
    ("ia", 31214, "EX-01", ("Director, Impact Assessment Coordination", "Directrice, Coordination des évaluations d'impact"), "ed1", "ott", "104514",
     ("coordination with the Impact Assessment Agency of Canada", "la coordination avec l'Agence d'évaluation d'impact du Canada"),
     [("Federal Coordination", "Coordination fédérale"), ("Crown Consultation", "Consultation de la Couronne"), ("Assessment Policy", "Politique d'évaluation")], "policy"),
    ("sar_pol", 31201, "EX-02", ("Executive Director, Species at Risk Policy", "Directeur exécutif, Politique sur les espèces en péril"), "dg2", "ott", "104601",
     ("species at risk policy and listing", "la politique et l'inscription des espèces en péril"),
     [("Listing Policy", "Politique d'inscription"), ("Policy Development", "Élaboration des politiques"), ("Legislative Review", "Examen législatif"), ("Socio-economic Analysis", "Analyse socioéconomique")], "policy"),
    ("sar_rec", 31202, "EX-01", ("Director, Recovery Planning and Permits", "Directrice, Planification du rétablissement et permis"), "dg2", "ott", "104602",
     ("recovery planning and Species at Risk Act permits", "la planification du rétablissement et les permis de la LEP"),
     [("Recovery Documents", "Documents de rétablissement"), ("Permits and Agreements", "Permis et ententes"), ("Critical Habitat", "Habitat essentiel")], "policy"),
    ("ais", 31203, "EX-01", ("Director, Aquatic Invasive Species Program", "Directeur, Programme des espèces aquatiques envahissantes"), "dg2", "win", "104603",
     ("the aquatic invasive species program", "le programme des espèces aquatiques envahissantes"),
     [("Prevention and Early Detection", "Prévention et détection précoce"), ("Response Operations", "Opérations d'intervention"), ("AIS Regulations", "Règlement sur les EAE"), ("Sea Lamprey Control", "Lutte contre la lamproie marine")], "ops"),
    ("mm", 31204, "EX-01", ("Director, Marine Mammal Protection", "Directeur, Protection des mammifères marins"), "dg2", "dar", "104604",
     ("marine mammal protection and response", "la protection des mammifères marins et l'intervention"),
     [("Marine Mammal Response", "Intervention auprès des mammifères marins"), ("Whale Measures", "Mesures pour les baleines"), ("Vessel Disturbance", "Perturbations par les navires")], "ops"),
    ("sar_ind", 31205, "EX-01", ("Director, Species at Risk Indigenous Programs", "Directeur, Programmes autochtones sur les espèces en péril"), "dg2", "ott", "104605",
     ("Indigenous programs for species at risk", "les programmes autochtones sur les espèces en péril"),
     [("Aboriginal Fund for Species at Risk", "Fonds autochtone pour les espèces en péril"), ("Guardian Partnerships", "Partenariats de gardiens"), ("Program Policy", "Politique du programme")], "policy"),
    ("mpa", 31221, "EX-01", ("Director, Marine Protected Areas Network", "Directrice, Réseau de zones de protection marine"), "ed2", "ott", "104611",
     ("the national network of marine protected areas", "le réseau national de zones de protection marine"),
     [("MPA Establishment", "Établissement des ZPM"), ("Network Planning", "Planification du réseau"), ("Monitoring Programs", "Programmes de surveillance")], "policy"),
    ("oecm", 31222, "EX-01", ("Director, Other Effective Area-Based Conservation Measures", "Directeur, Autres mesures de conservation efficaces par zone"), "ed2", "ott", "104612",
     ("other effective area-based conservation measures", "les autres mesures de conservation efficaces par zone"),
     [("OECM Policy", "Politique des AMCEZ"), ("Fisheries Closures Analysis", "Analyse des fermetures de pêche"), ("Reporting", "Rapports")], "policy"),
    ("msp", 31223, "EX-01", ("Director, Marine Spatial Planning", "Directrice, Planification spatiale marine"), "ed2", "van", "104613",
     ("marine spatial planning", "la planification spatiale marine"),
     [("Pacific Planning", "Planification du Pacifique"), ("Spatial Data", "Données spatiales"), ("Stakeholder Engagement", "Mobilisation des intervenants")], "science"),
    ("coast", 31224, "EX-01", ("Director, Coastal Restoration Partnerships", "Directeur, Partenariats de restauration côtière"), "ed2", "dar", "104614",
     ("coastal restoration partnerships", "les partenariats de restauration côtière"),
     [("Coastal Restoration Fund", "Fonds de restauration côtière"), ("Project Review", "Examen des projets"), ("Partner Relations", "Relations avec les partenaires")], "ops"),
    ("rd_gulf", 31301, "EX-01", ("Regional Director, Ecosystems Management, Gulf", "Directeur régional, Gestion des écosystèmes, Golfe"), "dg3", "mon", "104701",
     ("ecosystems management in the Gulf Region", "la gestion des écosystèmes dans la région du Golfe"),
     [("Fish and Fish Habitat Protection", "Protection du poisson et de son habitat"), ("Species at Risk", "Espèces en péril"), ("Aquatic Invasive Species", "Espèces aquatiques envahissantes"), ("Oceans Management", "Gestion des océans")], "ops"),
    ("rd_mar", 31302, "EX-01", ("Regional Director, Ecosystems Management, Maritimes", "Directeur régional, Gestion des écosystèmes, Maritimes"), "dg3", "dar", "104702",
     ("ecosystems management in the Maritimes Region", "la gestion des écosystèmes dans la région des Maritimes"),
     [("Fish and Fish Habitat Protection", "Protection du poisson et de son habitat"), ("Species at Risk", "Espèces en péril"), ("Marine Planning and Conservation", "Planification et conservation marines"), ("Coastal Programs", "Programmes côtiers")], "ops"),
    ("rd_nl", 31303, "EX-01", ("Regional Director, Ecosystems Management, Newfoundland and Labrador", "Directrice régionale, Gestion des écosystèmes, Terre-Neuve-et-Labrador"), "dg3", "stj", "104588",
     ("ecosystems management in the Newfoundland and Labrador Region", "la gestion des écosystèmes dans la région de Terre-Neuve-et-Labrador"),
     [("Fish and Fish Habitat Protection", "Protection du poisson et de son habitat"), ("Species at Risk", "Espèces en péril"), ("Labrador Operations", "Opérations du Labrador")], "ops"),
    ("rd_qc", 31304, "EX-01", ("Regional Director, Ecosystems Management, Quebec", "Directeur régional, Gestion des écosystèmes, Québec"), "dg3", "que", "104704",
     ("ecosystems management in the Quebec Region", "la gestion des écosystèmes dans la région du Québec"),
     [("Fish and Fish Habitat Protection", "Protection du poisson et de son habitat"), ("Species at Risk", "Espèces en péril"), ("Oceans Management", "Gestion des océans"), ("Aquatic Invasive Species", "Espèces aquatiques envahissantes")], "ops"),
    ("atl_data", 31305, "EX-01", ("Director, Atlantic Ecosystems Data and Reporting", "Directrice, Données et rapports sur les écosystèmes de l'Atlantique"), "dg3", "mon", "104705",
     ("ecosystems data and reporting for the Atlantic regions", "les données et rapports sur les écosystèmes de l'Atlantique"),
     [("Regional Data Services", "Services de données régionaux"), ("Reporting and Analytics", "Rapports et analytique"), ("Information Management", "Gestion de l'information")], "digital"),
    ("salmon", 31306, "EX-01", ("Director, Atlantic Salmon Habitat Initiatives", "Directeur, Initiatives pour l'habitat du saumon atlantique"), "dg3", "mon", "104706",
     ("Atlantic salmon habitat initiatives", "les initiatives pour l'habitat du saumon atlantique"),
     [("Salmon Habitat Projects", "Projets d'habitat du saumon"), ("Watershed Partnerships", "Partenariats de bassins versants"), ("Science Liaison", "Liaison scientifique")], "ops"),
    ("contam", 31401, "EX-01", ("Director, Aquatic Contaminants Research", "Directeur, Recherche sur les contaminants aquatiques"), "dg4", "bur", "104801",
     ("aquatic contaminants research", "la recherche sur les contaminants aquatiques"),
     [("Contaminants Chemistry", "Chimie des contaminants"), ("Ecotoxicology", "Écotoxicologie"), ("Oil Spill Science", "Science des déversements d'hydrocarbures")], "science"),
    ("fwi", 31402, "EX-01", ("Director, Freshwater Institute Science", "Directeur, Sciences de l'Institut des eaux douces"), "dg4", "win", "104802",
     ("science programs at the Freshwater Institute", "les programmes scientifiques de l'Institut des eaux douces"),
     [("Arctic Aquatic Research", "Recherche aquatique arctique"), ("Freshwater Ecology", "Écologie des eaux douces"), ("Experimental Lakes Liaison", "Liaison avec la Région des lacs expérimentaux"), ("Laboratory Services", "Services de laboratoire")], "science"),
    ("stress", 31403, "EX-01", ("Director, Ecosystem Stressors Science", "Directrice, Sciences des facteurs de stress des écosystèmes"), "dg4", "ott", "104803",
     ("science on ecosystem stressors", "la science sur les facteurs de stress des écosystèmes"),
     [("Climate Stressors", "Facteurs de stress climatiques"), ("Cumulative Effects", "Effets cumulatifs"), ("Aquaculture Interactions", "Interactions avec l'aquaculture")], "science"),
    ("csas", 31404, "EX-01", ("Director, Science Advice and Peer Review", "Directeur, Avis scientifiques et examen par les pairs"), "dg4", "ott", "104804",
     ("the Canadian Science Advisory Secretariat", "le Secrétariat canadien des avis scientifiques"),
     [("Peer Review Processes", "Processus d'examen par les pairs"), ("Publications", "Publications"), ("Advice Coordination", "Coordination des avis")], "policy"),
    ("iml", 31405, "EX-01", ("Director, Maurice Lamontagne Institute Science", "Directeur, Sciences de l'Institut Maurice-Lamontagne"), "dg4", "mjo", "104805",
     ("science programs at the Maurice Lamontagne Institute", "les programmes scientifiques de l'Institut Maurice-Lamontagne"),
     [("Pelagic and Ecosystem Science", "Sciences pélagiques et écosystémiques"), ("Demersal Science", "Sciences démersales"), ("Oceanography", "Océanographie"), ("Hydrography Liaison", "Liaison en hydrographie")], "science"),
    ("odata", 31406, "EX-01", ("Director, Oceans Science Data", "Directeur, Données scientifiques océaniques"), "dg4", "sid", "104806",
     ("the management and publication of oceans science data", "la gestion et la publication des données scientifiques océaniques"),
     [("Data Stewardship", "Intendance des données"), ("Ocean Observing Systems", "Systèmes d'observation de l'océan"), ("Data Publication", "Publication des données")], "digital"),
    ("genom", 31407, "EX-01", ("Director, Biodiversity Genomics", "Directrice, Génomique de la biodiversité"), "dg4", "ott", "049817",
     ("biodiversity genomics research and services", "la recherche et les services en génomique de la biodiversité"),
     [("eDNA Methods", "Méthodes d'ADNe"), ("Genomics Laboratory", "Laboratoire de génomique"), ("Bioinformatics", "Bio-informatique")], "science"),
]

CLS_POOL = {
    "policy": ["EC-07", "EC-07", "EC-06", "PM-06", "AS-07"],
    "science": ["SE-RES-04", "SE-RES-03", "BI-04", "PC-04", "EG-07"],
    "ops": ["PM-06", "BI-04", "EG-07", "PM-06", "CO-03"],
    "digital": ["CS-04", "CS-04", "EC-06", "CS-05", "IS-05"],
    "dg": ["AS-07", "AS-06", "EC-07"],
}
HEAD = {
    "policy": ("Manager, {}", "Gestionnaire, {}"),
    "ops": ("Manager, {}", "Gestionnaire, {}"),
    "digital": ("Manager, {}", "Gestionnaire, {}"),
    "science": ("Division Manager, {}", "Gestionnaire de division, {}"),
    "dg": ("Manager, {}", "Gestionnaire, {}"),
}

GIVEN = ["Adaeze", "Bram", "Celestine", "Dorian", "Esmé", "Fintan", "Gwenaëlle", "Hamish", "Ilona", "Jovan",
         "Kirra", "Lucien", "Marguerite", "Nnamdi", "Orla", "Priyanka", "Quentin", "Rosalind", "Siddharth", "Thea",
         "Ulysse", "Verity", "Wendell", "Xiomara", "Yannick", "Zofia", "Anouk", "Benedikt", "Clémentine", "Desmond",
         "Élodie", "Florian", "Ginevra", "Hollis", "Inès", "Jérôme", "Katya", "Léopold", "Mireille", "Nils"]
FAMILY = ["Abernethy-Quill", "Blackwater", "Castonguay-Reid", "Delacroix-Moss", "Ellery", "Fairweather",
          "Gauthier-Lindqvist", "Hollingsworth", "Ironside", "Jablonski-Roy", "Kettleborough", "Lachance-Ortiz",
          "Marchbanks", "Northcott", "Okonkwo-Leblanc", "Pettigrew", "Quennell", "Rousseau-Tanaka", "Stormont",
          "Thibodeau-Marsh", "Underhill", "Vachon-Ekwueme", "Wetherall", "Yelland", "Zbikowski-Paré", "Ashdown",
          "Beaulac-Finch", "Dunmore", "Eastwick", "Fennimore", "Gravelbourg", "Hazelwood", "Ingleby",
          "Juneau-Whitlock", "Kowalczuk-Dion", "Mapplebeck", "Nettleford", "Ostrander", "Pelletier-Ng", "Quarrington"]


class NamePool:
    def __init__(self, seed):
        rng = random.Random(seed)
        pairs = [(g, f) for g in GIVEN for f in FAMILY]
        rng.shuffle(pairs)
        self.pairs = pairs
        self.i = 0

    def next(self):
        g, f = self.pairs[self.i]
        self.i += 1
        return f"{g} {f}"


GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of {s}, for the provision of expert "
    "advice to the {sup} and senior management, and for the management of the human and financial resources "
    "assigned to the organization.",
    "Under the direction of the {sup}, the {t} leads {s}, ensuring that departmental policies, programs and "
    "services are designed and delivered effectively, consistently and in collaboration with regions, "
    "Indigenous partners and stakeholders.",
]
GA_FR = [
    "Le titulaire du poste de {t} est responsable de la direction, de la planification et de la prestation de "
    "{s}, de la prestation de conseils d'expert au {sup} et à la haute direction, ainsi que de la gestion des "
    "ressources humaines et financières de l'organisation.",
    "Sous l'autorité du {sup}, le titulaire dirige {s} et veille à ce que les politiques, programmes et services "
    "du Ministère soient conçus et exécutés de façon efficace et cohérente, en collaboration avec les régions, "
    "les partenaires autochtones et les intervenants.",
]
NS_EN = [
    "Fisheries and Oceans Canada is responsible for the conservation and sustainable use of Canada's fisheries "
    "resources and the protection of aquatic ecosystems in marine and fresh waters. The Aquatic Ecosystems "
    "Sector administers the fish and fish habitat protection provisions of the Fisheries Act, the aquatic "
    "components of the Species at Risk Act and the Oceans Act, and provides the science that supports them.",
    "The position operates in a complex environment marked by heightened public and Parliamentary interest, "
    "litigation, the Crown's duty to consult Indigenous peoples, shared jurisdiction with provinces and "
    "territories, and rapid ecological change. Decisions often have significant economic consequences for "
    "proponents and communities.",
]
NS_FR = [
    "Pêches et Océans Canada est responsable de la conservation et de l'utilisation durable des ressources "
    "halieutiques du Canada et de la protection des écosystèmes aquatiques en eaux marines et douces. Le "
    "Secteur des écosystèmes aquatiques administre les dispositions de la Loi sur les pêches relatives à la "
    "protection du poisson et de son habitat, les volets aquatiques de la Loi sur les espèces en péril et la "
    "Loi sur les océans.",
    "Le poste s'exerce dans un contexte complexe marqué par un vif intérêt du public et du Parlement, des "
    "litiges, l'obligation de la Couronne de consulter les peuples autochtones, le partage des compétences avec "
    "les provinces et les territoires et des changements écologiques rapides.",
]
SA_EN = [
    "Directs the development and implementation of strategies, policies and plans for {s}.",
    "Provides strategic advice and briefings to the {sup}, the Assistant Deputy Minister and departmental committees.",
    "Establishes and maintains partnerships with provinces, territories, Indigenous organizations, industry and other federal departments.",
    "Oversees the management of human, financial and material resources, including performance measurement and reporting.",
    "Represents the Department at federal-provincial-territorial and international fora related to {s}.",
    "Leads the organization's contribution to departmental planning, risk management and results reporting.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre des stratégies, politiques et plans visant {s}.",
    "Fournit des conseils stratégiques et des notes d'information au {sup}, au sous-ministre adjoint et aux comités ministériels.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organisations autochtones, l'industrie et les autres ministères fédéraux.",
    "Supervise la gestion des ressources humaines, financières et matérielles, y compris la mesure du rendement et les rapports.",
    "Représente le Ministère aux tribunes fédérales-provinciales-territoriales et internationales liées à {s}.",
    "Dirige la contribution de l'organisation à la planification ministérielle, à la gestion des risques et aux rapports sur les résultats.",
]


def build(seed=131):
    """The positions as dicts with units, FTEs and budgets; deterministic."""
    rng = random.Random(seed)
    by = {"adm": dict(ADM, title_en=ADM["title"][0], title_fr=ADM["title"][1], sup=None)}
    for (key, num, cls, (ten, tfr), sup, loc, job, (sen, sfr), units, fam) in POSITIONS:
        p = dict(key=key, num=num, cls=cls, title_en=ten, title_fr=tfr, sup=sup, loc=loc, job=job,
                 subj_en=sen, subj_fr=sfr, fam=fam)
        reps = []
        he, hf = HEAD[fam]
        for (uen, ufr) in units:
            c = rng.choice(CLS_POOL[fam])
            reps.append(dict(title_en=he.format(uen), title_fr=hf.format(ufr), cls=c, fte=rng.randint(5, 19)))
        p["units"] = reps
        by[key] = p
    # directors' units
    for p in by.values():
        if p["key"] == "adm" or p["fam"] == "dg":
            continue
        p["reports"] = list(p["units"])
        if rng.random() < 0.35:
            p["reports"].append(dict(title_en="Senior Advisor to the Director", title_fr="Conseiller principal du directeur",
                                     cls="EC-06", fte=1))
        p["fte"] = sum(r["fte"] for r in p["reports"]) + 1 + rng.randint(0, 3)
    # executives' units: directors of the folder, then the operations unit
    for key in ["ed1", "ed2", "dg1", "dg2", "dg3", "dg4"]:
        p = by[key]
        subs = [q for q in by.values() if q.get("sup") == key]
        reps = [dict(title_en=q["title_en"], title_fr=q["title_fr"], cls=q["cls"], fte=None, ref=q["key"]) for q in subs]
        for u in p["units"]:
            reps.append(dict(u))
        p["reports"] = reps
    for key in ["ed1", "ed2", "dg1", "dg2", "dg3", "dg4"]:
        p = by[key]
        for r in p["reports"]:
            if r.get("ref"):
                r["fte"] = by[r["ref"]]["fte"]
        p["fte"] = sum(r["fte"] for r in p["reports"]) + 2 + rng.randint(0, 2)
    for p in by.values():
        if p["key"] == "adm":
            continue
        p["salary"] = round(p["fte"] * rng.randint(96, 112), -1) * 1000
        p["om"] = rng.randint(9, 95) * 10000 if p["fam"] != "dg" else rng.randint(40, 260) * 10000
    return by
