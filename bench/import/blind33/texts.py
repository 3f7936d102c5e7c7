"""Prose, label wordings and invented names for the blind33 corpus (written for it)."""

# theme -> (general accountability fr, en; nature and scope fr, en; activities fr, en)
THEMES = {
    "benefits": ("gérer la prestation des prestations d'assurance-emploi et des pensions dans la région, en assurant le respect des normes de service et l'intégrité des paiements",
                 "manage the delivery of Employment Insurance and pension benefits in the region, meeting service standards and safeguarding the integrity of payments"),
    "tax": ("diriger le traitement des déclarations, des paiements et des demandes de renseignements des contribuables, de façon exacte, rapide et équitable",
            "direct the processing of returns, payments and taxpayer enquiries accurately, promptly and fairly"),
    "border": ("diriger les opérations frontalières du district, en assurant la sécurité et la prospérité du Canada par la gestion de l'accès des personnes et des marchandises",
               "lead the district's border operations, supporting Canada's security and prosperity by managing the access of people and goods"),
    "inspection": ("diriger les programmes d'inspection, de vérification de la conformité et d'application de la loi, en protégeant la santé de la population",
                   "lead the inspection, compliance verification and enforcement programs that protect the health of Canadians"),
    "stats": ("planifier et diriger la production de données statistiques fiables, en respectant les exigences de qualité, de confidentialité et les délais",
              "plan and direct the production of reliable statistical data within quality, confidentiality and timeliness requirements"),
    "enforcement": ("diriger les activités d'inspection et d'enquête visant à assurer le respect des lois et règlements environnementaux fédéraux",
                    "direct inspection and investigation activities ensuring compliance with federal environmental laws and regulations"),
    "marine": ("diriger les programmes de sécurité maritime et de services à la navigation, en assurant la protection des vies, des navires et du milieu marin",
               "direct marine safety and navigation services programs, protecting lives, vessels and the marine environment"),
    "science": ("diriger un établissement de recherche scientifique et de transfert technologique, en orientant les programmes vers les priorités du gouvernement",
                "lead a research and technology transfer establishment, aligning its programs with government priorities"),
    "heritage": ("assurer la prestation des programmes de financement et la mise en valeur du patrimoine et des collections auprès des collectivités",
                 "deliver funding programs and promote heritage and collections in communities"),
    "econ": ("diriger la prestation des programmes de développement économique régional et les relations avec les entreprises et les collectivités",
             "direct the delivery of regional economic development programs and relations with businesses and communities"),
    "immigration": ("diriger l'élaboration des politiques et la prestation des services d'immigration, d'asile et de citoyenneté",
                    "direct policy development and the delivery of immigration, asylum and citizenship services"),
    "corrections": ("diriger l'établissement et en assurer la sécurité, ainsi que la prise en charge et la réinsertion sociale sécuritaire des délinquants",
                    "manage the institution and its security, and the care, custody and safe reintegration of offenders"),
    "realty": ("gérer le portefeuille immobilier, l'exploitation et l'entretien des installations et les projets de construction du secteur",
               "manage the real property portfolio, the operation and maintenance of facilities and construction projects"),
    "fisheries": ("diriger la gestion des pêches commerciales, récréatives et autochtones de la région ainsi que les activités de conservation et de protection",
                  "direct the management of commercial, recreational and Indigenous fisheries and conservation and protection activities"),
    "parks": ("protéger l'intégrité écologique et commémorative des lieux patrimoniaux de l'unité et offrir une expérience de qualité aux visiteurs",
              "protect the ecological and commemorative integrity of the field unit's places and offer visitors a quality experience"),
    "language": ("assurer la prestation de services et de politiques en matière de langues officielles, de traduction et de qualité linguistique",
                 "deliver official languages, translation and language quality services and policies"),
    "pay": ("diriger les opérations de paye et d'avantages sociaux pour les ministères et organismes clients, en assurant l'exactitude et la rapidité des paiements",
            "direct pay and benefits operations for client departments, ensuring accurate and timely payments"),
    "ombud": ("diriger les enquêtes sur les plaintes et le règlement des différends afin d'assurer le respect des obligations linguistiques des institutions",
              "direct complaint investigations and dispute resolution to ensure institutions meet their language obligations"),
    "foreign": ("diriger l'élaboration et la coordination de la politique étrangère du Canada au sein de la Francophonie",
                "lead the development and coordination of Canada's foreign policy within La Francophonie"),
    "spectrum": ("diriger la gestion du spectre radioélectrique et l'application de la réglementation des télécommunications dans la région",
                 "direct radio spectrum management and the enforcement of telecommunications regulation in the region"),
    "indigenous": ("diriger les programmes de logement et d'infrastructure des Premières Nations, en partenariat avec les collectivités",
                   "direct First Nations housing and infrastructure programs in partnership with communities"),
    "rail": ("diriger le programme de surveillance de la sécurité ferroviaire et du transport des marchandises dangereuses",
             "direct the rail safety and transportation of dangerous goods oversight program"),
    "veterans": ("diriger la gestion de cas et la prestation des services aux vétérans et à leurs familles dans le secteur",
                 "direct case management and service delivery to Veterans and their families in the area"),
    "emergency": ("diriger la coordination fédérale des interventions en cas d'urgence et la préparation du gouvernement",
                  "lead federal coordination of emergency response and government preparedness"),
}

NATURE_FR = [
    "Le titulaire évolue dans un environnement complexe où les attentes du public, des partenaires et des organismes centraux sont élevées.",
    "Il doit concilier des priorités concurrentes, gérer des ressources limitées et adapter les opérations à l'évolution des politiques et des technologies.",
    "Le titulaire entretient des relations suivies avec les provinces, les municipalités, les groupes autochtones, les syndicats et les intervenants du milieu.",
    "Les décisions prises ont une incidence directe sur la qualité des services offerts à la population et sur la réputation du ministère.",
    "Le titulaire agit à titre de porte-parole du ministère auprès des médias régionaux et des élus, au besoin.",
]
NATURE_EN = [
    "The incumbent works in a complex environment where expectations of the public, partners and central agencies are high.",
    "The position must balance competing priorities, manage limited resources and adapt operations to changing policy and technology.",
    "The incumbent maintains ongoing relations with provinces, municipalities, Indigenous groups, unions and community stakeholders.",
    "Decisions taken directly affect the quality of service to the public and the reputation of the department.",
]
ACTIVITIES_FR = [
    "Planifier, diriger et évaluer les programmes et les opérations de l'unité.",
    "Établir les priorités, les plans de travail et les normes de rendement, et en surveiller l'atteinte.",
    "Gérer les ressources humaines et financières, y compris la dotation, les relations de travail et le contrôle budgétaire.",
    "Représenter le ministère auprès des partenaires, des clients et des comités régionaux et nationaux.",
    "Fournir des conseils stratégiques à la haute direction sur les enjeux délicats et les risques.",
    "Favoriser un milieu de travail sain, inclusif et respectueux des deux langues officielles.",
]
ACTIVITIES_EN = [
    "Plan, direct and evaluate the unit's programs and operations.",
    "Set priorities, work plans and performance standards, and monitor their achievement.",
    "Manage human and financial resources, including staffing, labour relations and budget control.",
    "Represent the department with partners, clients and regional and national committees.",
    "Provide strategic advice to senior management on sensitive issues and risks.",
]

# label forms: each department had its own
FORMS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code de l'emploi", pos="Numéro du poste", date="Date d'entrée en vigueur",
         sup_pos="Numéro du poste du superviseur", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
         loc="Lieu de travail", dept="Ministère", heads=("Responsabilités générales", "Structure organisationnelle", "Nature et étendue", "Dimensions", "Activités principales")),
    dict(title="Titre", cls="Groupe et niveau", job="No de référence", pos="No de poste", date="En vigueur le",
         sup_pos="Poste no du surveillant", sup_title="Titre du surveillant", sup_cls="Niveau du surveillant",
         loc="Endroit", dept="Organisme", heads=("Raison d'être du poste", "Organisation", "Contexte", "Dimensions", "Principales activités")),
    dict(title="Intitulé du poste", cls="Groupe/niveau", job="Code générique", pos="Poste n°", date="Date d'effet",
         sup_pos="Poste n° du supérieur immédiat", sup_title="Supérieur immédiat", sup_cls="Groupe/niveau du supérieur",
         loc="Lieu géographique", dept="Ministère ou organisme", heads=("Responsabilité globale", "Structure de l'organisation", "Nature et portée", "Données quantitatives", "Activités clés")),
    dict(title="Titre officiel du poste", cls="Classification du poste", job="Numéro de la description de travail", pos="Numéro de position", date="Date de prise d'effet",
         sup_pos="Numéro de position du gestionnaire", sup_title="Titre du gestionnaire", sup_cls="Classification du gestionnaire",
         loc="Emplacement", dept="Direction générale", heads=("Responsabilités générales", "Structure organisationnelle", "Nature et étendue", "Dimensions", "Activités principales")),
    dict(title="Désignation du poste", cls="Niveau", job="Code de poste", pos="Numéro d'identification du poste", date="Date",
         sup_pos="No du poste de la personne superviseure", sup_title="Poste de la personne superviseure", sup_cls="Niveau de la personne superviseure",
         loc="Ville", dept="Secteur", heads=("Mandat du poste", "Structure", "Nature et étendue", "Ressources", "Activités principales")),
    dict(title="Poste", cls="Classif.", job="Code d'emploi", pos="No du poste", date="Date d'approbation",
         sup_pos="No poste – supérieur", sup_title="Relève de", sup_cls="Classif. – supérieur",
         loc="Lieu", dept="Région", heads=("Résultats axés sur le service à la clientèle", "Structure organisationnelle", "Nature et étendue", "Dimensions", "Activités principales")),
]
FORMS_EN = [
    dict(title="Position Title", cls="Group and Level", job="Job Code", pos="Position Number", date="Effective Date",
         sup_pos="Supervisor's Position Number", sup_title="Supervisor's Title", sup_cls="Supervisor's Group and Level",
         loc="Work Location", dept="Department", heads=("General Accountability", "Organization Structure", "Nature and Scope", "Dimensions", "Key Activities")),
    dict(title="Title of Position", cls="Classification", job="Generic Job No.", pos="Position No.", date="Date Approved",
         sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)", sup_cls="Reports to (Classification)",
         loc="Geographic Location", dept="Organization", heads=("Client Service Results", "Organizational Context", "Scope", "Resources", "Key Activities")),
    dict(title="Job Title", cls="Level", job="Job Number", pos="Pos. Ref.", date="In Effect",
         sup_pos="Manager's Position", sup_title="Manager's Title", sup_cls="Manager's Level",
         loc="Location", dept="Branch", heads=("Purpose", "Structure", "Nature and Scope", "Dimensions", "Main Activities")),
]
BI_LABELS = dict(title=("Titre du poste", "Position Title"), cls=("Classification", "Classification"), job=("Code d'emploi", "Job Code"),
                 pos=("Numéro du poste", "Position Number"), date=("Date d'entrée en vigueur", "Effective Date"),
                 sup_pos=("No de poste du superviseur", "Supervisor Position No."), sup_title=("Titre du superviseur", "Supervisor Title"),
                 sup_cls=("Classification du superviseur", "Supervisor Classification"), loc=("Lieu", "Location"), dept=("Ministère", "Department"))

FIRST = ["Ginette", "Marc-André", "Solange", "Réjean", "Nathalie", "Yves", "Chantal", "Pierre-Luc", "Josée", "Gilles", "Annick", "Denis",
         "Mireille", "Serge", "Isabelle", "Rémi", "Karine", "Luc", "Geneviève", "Normand", "Priya", "Trevor", "Olusegun", "Heather"]
LAST = ["Thibodeau", "Gagnon-Roy", "Arsenault", "Desrosiers", "LeBlanc", "Boisvert", "Pelletier", "Cormier", "Lapointe", "Savoie",
        "Bélanger", "Robichaud", "Nadeau", "Landry", "Fortier", "Chiasson", "Ouellette", "Tremblay-Côté", "Kowalchuk", "Sandhu", "Okafor", "McTavish"]
