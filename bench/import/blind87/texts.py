"""Words for blind87: departments, label forms and the prose of the descriptions (English and French).

Written for the corpus after the seed documents (the EX work description's dimensions, general
accountability, nature and scope, specific accountabilities, and the newer client-service-results /
key-activities template). Nothing here is taken from the importer or the other corpora.
"""

DEPTS = {
    "DEC": ("Canada Economic Development for Quebec Regions",
            "Développement économique Canada pour les régions du Québec", "CED", "DEC"),
    "PCH": ("Canadian Heritage", "Patrimoine canadien", "PCH", "PCH"),
    "WAGE": ("Women and Gender Equality Canada", "Femmes et Égalité des genres Canada", "WAGE", "FEGC"),
    "OCOL": ("Office of the Commissioner of Official Languages", "Commissariat aux langues officielles",
             "OCOL", "CLO"),
    "CANNOR": ("Canadian Northern Economic Development Agency",
               "Agence canadienne de développement économique du Nord", "CanNor", "CanNor"),
    "PSC": ("Public Service Commission of Canada", "Commission de la fonction publique du Canada", "PSC", "CFP"),
}

# label forms: field -> ([English forms], [French forms])
LABELS = {
    "title": (["Position Title", "Title", "Job Title", "Official Title", "Position title"],
              ["Titre du poste", "Titre", "Titre officiel", "Intitulé du poste", "Titre de la position"]),
    "classification": (["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
                       ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Niveau de classification"]),
    "job_code": (["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
                 ["Code d'emploi", "No du code d'emploi", "Code de l'emploi", "No de référence de l'emploi"]),
    "position_number": (["Position Number", "Position No.", "Pos. No.", "Position #"],
                        ["Numéro du poste", "No du poste", "N° de poste", "Poste no"]),
    "effective_date": (["Effective Date", "Effective date", "Date Effective", "Classification Date"],
                       ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date effective"]),
    "sup_number": (["Supervisor's Position No.", "Supervisor's Position Number", "Reports to (Position No.)"],
                   ["No du poste du superviseur", "Numéro du poste du surveillant",
                    "No de poste du supérieur immédiat"]),
    "sup_title": (["Supervisor's Position Title", "Supervisor's Title", "Reports to"],
                  ["Titre du poste du superviseur", "Titre du surveillant", "Relève de"]),
    "sup_class": (["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor's Level"],
                  ["Classification du superviseur", "Groupe et niveau du surveillant", "Niveau du superviseur"]),
    "location": (["Location", "Geographic Location", "Work Location", "Location (City)"],
                 ["Lieu de travail", "Emplacement géographique", "Lieu", "Endroit"]),
    "dept": (["Department", "Organization", "Department/Agency"],
             ["Ministère", "Organisation", "Organisme"]),
    "branch": (["Branch", "Sector", "Branch - Service"],
               ["Direction générale", "Secteur", "Vice-présidence"]),
    "salary": (["Salary", "Salary budget", "Salaries", "Salary dollars"],
               ["Salaires", "Budget salarial", "Enveloppe salariale", "Traitements"]),
    "o_and_m": (["O&M", "Operating (O&M)", "Operations and Maintenance", "Non-salary O&M"],
                ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E"]),
    "total": (["Total", "Total operating budget", "Total budget", "Total (Salary + O&M)"],
              ["Total", "Budget total", "Budget de fonctionnement total", "Total (salaires + F et E)"]),
    "fte": (["FTEs", "FTE's", "Number of FTEs", "Human resources (FTEs)"],
            ["ETP", "Nombre d'ETP", "Effectif (ETP)", "Équivalents temps plein"]),
    "program": (["Grants and Contributions", "G&C budget", "Program budget"],
                ["Subventions et contributions", "Budget de S et C", "Budget des programmes"]),
}

HEADINGS = {
    "general": ("General Accountability", "Responsabilités générales", "Raison d'être"),
    "structure": ("Organization Structure", "Structure organisationnelle", "Organisation"),
    "nature": ("Nature and Scope", "Nature et étendue", "Nature et portée"),
    "dimensions": ("Dimensions", "Dimensions", "Dimensions"),
    "specific": ("Specific Accountabilities", "Responsabilités spécifiques", "Activités principales"),
    "csr": ("Client Service Results", "Résultats axés sur le service à la clientèle", "Résultats"),
    "key": ("Key Activities", "Activités principales", "Activités clés"),
    "cert": ("Certification", "Attestation", "Signatures"),
    "details": ("Position Details", "Renseignements sur le poste", "Identification du poste"),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# prose by theme: general accountability, nature and scope, specific accountabilities, client-service result
PROSE = {
    "regional": {
        "en": ("The Director is accountable for the delivery of the Agency's programs and services to businesses, "
               "organizations and communities of the {region} region, for the management of a portfolio of "
               "repayable and non-repayable contributions, and for representing the Agency with regional "
               "economic partners.",
               "The {region} business office is the Agency's point of contact with small and medium-sized "
               "enterprises, economic development organizations and municipalities in its territory. The "
               "Director works in an environment shaped by plant closures, labour shortages and the "
               "diversification of resource-based economies, and must reconcile national program priorities "
               "with the expectations of regional stakeholders, elected officials and provincial partners.",
               ["Directs the analysis, recommendation and monitoring of contribution projects and ensures "
                "that funding decisions respect the program terms and conditions and the delegation of "
                "authorities.",
                "Develops and maintains relationships with regional stakeholders, chambers of commerce, "
                "municipalities (MRC) and provincial ministries to identify development opportunities.",
                "Manages the human, financial and material resources of the business office and sets its "
                "annual operational plan.",
                "Provides strategic advice to the Director General and to the Vice-President on the economic "
                "situation of the region and on files of ministerial interest.",
                "Represents the Agency at regional tables, announcements and public events, and briefs the "
                "Minister's office on sensitive files.",
                "Ensures the quality of client service and the respect of service standards for the "
                "processing of applications."],
               "Businesses and communities of the region receive timely financial support and advice that "
               "strengthen their growth and competitiveness."),
        "fr": ("Le directeur ou la directrice est responsable de la prestation des programmes et services de "
               "l'Agence auprès des entreprises, des organismes et des collectivités de la région {region_fr}, "
               "de la gestion d'un portefeuille de contributions remboursables et non remboursables et de la "
               "représentation de l'Agence auprès des partenaires économiques régionaux.",
               "Le bureau d'affaires {region_fr2} est le point de contact de l'Agence avec les petites et "
               "moyennes entreprises, les organismes de développement économique et les municipalités de son "
               "territoire. Le titulaire oeuvre dans un contexte marqué par les fermetures d'usines, la rareté "
               "de main-d'oeuvre et la diversification des économies ressources, et doit concilier les "
               "priorités nationales des programmes avec les attentes des intervenants régionaux, des élus et "
               "des partenaires provinciaux.",
               ["Dirige l'analyse, la recommandation et le suivi des projets de contribution et veille à ce "
                "que les décisions de financement respectent les modalités des programmes et la délégation "
                "des pouvoirs.",
                "Établit et entretient des relations avec les intervenants régionaux, les chambres de "
                "commerce, les MRC et les ministères provinciaux afin de cerner les occasions de "
                "développement.",
                "Gère les ressources humaines, financières et matérielles du bureau d'affaires et établit son "
                "plan opérationnel annuel.",
                "Fournit des conseils stratégiques au directeur général et au vice-président sur la situation "
                "économique de la région et sur les dossiers d'intérêt ministériel.",
                "Représente l'Agence aux tables régionales, lors d'annonces et d'événements publics, et "
                "informe le cabinet du ministre des dossiers délicats.",
                "Assure la qualité du service à la clientèle et le respect des normes de service pour le "
                "traitement des demandes."],
               "Les entreprises et les collectivités de la région reçoivent en temps opportun un appui "
               "financier et des conseils qui renforcent leur croissance et leur compétitivité."),
    },
    "operations": {
        "en": ("The Director General is accountable for the strategic direction and the management of the "
               "Agency's network of business offices in {area}, for the delivery of its grants and "
               "contributions programs, and for the coherence of regional interventions with the Agency's "
               "priorities.",
               "The Director General manages a decentralized organization whose offices are located in "
               "several administrative regions of Quebec. The position must balance regional flexibility with "
               "national consistency, respond to economic shocks (closures, natural disasters, trade "
               "disputes) with targeted measures, and maintain the confidence of central agencies in the "
               "integrity of the Agency's transfer payments.",
               ["Provides leadership to the regional directors and sets the operational priorities of the "
                "network.",
                "Approves or recommends contribution projects within delegated authorities and oversees the "
                "management of the portfolio and of repayable contributions in default.",
                "Leads the development of regional strategies and of special initiatives announced by the "
                "Government.",
                "Advises the Vice-President and the President on regional economic issues and on files of "
                "ministerial interest.",
                "Chairs the operations management committee and ensures the sound management of human and "
                "financial resources.",
                "Represents the Agency with provincial deputy ministers, regional prefects and industry "
                "associations."],
               "The Agency's clients in every region receive consistent, timely and fair decisions on their "
               "funding applications."),
        "fr": ("Le directeur général ou la directrice générale est responsable de l'orientation stratégique et "
               "de la gestion du réseau des bureaux d'affaires de l'Agence dans {area_fr}, de la prestation de "
               "ses programmes de subventions et contributions et de la cohérence des interventions régionales "
               "avec les priorités de l'Agence.",
               "Le titulaire dirige une organisation décentralisée dont les bureaux sont situés dans plusieurs "
               "régions administratives du Québec. Il doit concilier la souplesse régionale et la cohérence "
               "nationale, répondre aux chocs économiques (fermetures, sinistres, différends commerciaux) par "
               "des mesures ciblées et maintenir la confiance des organismes centraux dans l'intégrité des "
               "paiements de transfert de l'Agence.",
               ["Assure le leadership auprès des directeurs régionaux et fixe les priorités opérationnelles du "
                "réseau.",
                "Approuve ou recommande les projets de contribution selon les pouvoirs délégués et supervise "
                "la gestion du portefeuille et des contributions remboursables en défaut.",
                "Dirige l'élaboration des stratégies régionales et des initiatives spéciales annoncées par le "
                "gouvernement.",
                "Conseille le vice-président et le président sur les enjeux économiques régionaux et sur les "
                "dossiers d'intérêt ministériel.",
                "Préside le comité de gestion des opérations et veille à la saine gestion des ressources "
                "humaines et financières.",
                "Représente l'Agence auprès des sous-ministres provinciaux, des préfets et des associations "
                "sectorielles."],
               "Les clients de l'Agence de toutes les régions obtiennent des décisions cohérentes, rapides et "
               "équitables sur leurs demandes de financement."),
    },
    "policy": {
        "en": ("The position is accountable for the development of {org_short}'s strategic policy "
               "framework, for economic research and analysis, and for the coordination of the "
               "organization's input to Cabinet documents, Budget proposals and federal-provincial "
               "discussions.",
               "The {unit} operates in a horizontal environment: its advice draws on the work of other "
               "federal departments, central agencies, provincial governments and academic researchers. The "
               "incumbent must anticipate emerging issues, translate complex economic evidence into options "
               "for senior management and the Minister, and ensure that the organization speaks with one "
               "voice on policy files.",
               ["Directs the preparation of Memoranda to Cabinet, Budget proposals and Treasury Board "
                "submissions.",
                "Leads economic research, data analysis and performance measurement on the organization's "
                "programs.",
                "Coordinates the organization's participation in federal-provincial-territorial committees "
                "and interdepartmental working groups.",
                "Provides strategic advice and briefings to the Deputy Head and the Minister's office.",
                "Manages the human and financial resources of the directorate and leads its planning."],
               "Senior management and the Minister receive timely, evidence-based advice and policy options."),
        "fr": ("Le titulaire est responsable de l'élaboration du cadre stratégique de politiques de "
               "{org_short_fr}, de la recherche et de l'analyse économiques, et de la coordination de la "
               "contribution de l'organisation aux documents du Cabinet, aux propositions budgétaires et aux "
               "discussions fédérales-provinciales.",
               "La direction oeuvre dans un environnement horizontal : ses conseils s'appuient sur les travaux "
               "d'autres ministères fédéraux, des organismes centraux, des gouvernements provinciaux et des "
               "chercheurs universitaires. Le titulaire doit anticiper les enjeux émergents, traduire des "
               "données économiques complexes en options pour la haute direction et le ministre, et veiller à "
               "ce que l'organisation parle d'une seule voix dans les dossiers de politiques.",
               ["Dirige la préparation des mémoires au Cabinet, des propositions budgétaires et des "
                "présentations au Conseil du Trésor.",
                "Dirige la recherche économique, l'analyse de données et la mesure du rendement des "
                "programmes de l'organisation.",
                "Coordonne la participation de l'organisation aux comités fédéraux-provinciaux-territoriaux "
                "et aux groupes de travail interministériels.",
                "Fournit des conseils stratégiques et des notes d'information à l'administrateur général et "
                "au cabinet du ministre.",
                "Gère les ressources humaines et financières de la direction et dirige sa planification."],
               "La haute direction et le ministre reçoivent en temps utile des conseils et des options fondés "
               "sur des données probantes."),
    },
    "corporate": {
        "en": ("The position is accountable for the design and delivery of {function} services to the "
               "{org_short}, for the related policy frameworks and controls, and for providing integrated "
               "advice to senior management.",
               "As a small organization, {org_short} must meet the same Treasury Board policy "
               "requirements as large departments with a fraction of their capacity. The incumbent must set "
               "priorities among competing demands, share services with partner departments where it makes "
               "sense, and maintain the trust of central agencies, auditors and the organization's "
               "executives.",
               ["Develops and implements the {function} frameworks, policies and plans of the organization.",
                "Provides advice and guidance to the Deputy Head and the senior management committees on "
                "existing and emerging issues.",
                "Leads the delivery of {function} services and ensures that service standards are met.",
                "Represents the organization with central agencies and other federal organizations.",
                "Manages the human and financial resources of the directorate and its contracts with shared "
                "service providers.",
                "Develops and disseminates information to keep executives and managers informed of "
                "requirements and initiatives."],
               "Executives and employees receive reliable {function} services and advice that let them "
               "deliver the organization's mandate."),
        "fr": ("Le titulaire est responsable de la conception et de la prestation des services de "
               "{function_fr} de l'organisation, des cadres stratégiques et des contrôles connexes, et de la "
               "prestation de conseils intégrés à la haute direction.",
               "En tant que petite organisation, {org_short_fr} doit satisfaire aux mêmes exigences des "
               "politiques du Conseil du Trésor que les grands ministères, avec une fraction de leur capacité. "
               "Le titulaire doit établir des priorités parmi des demandes concurrentes, partager des services "
               "avec des ministères partenaires lorsque c'est opportun et conserver la confiance des "
               "organismes centraux, des vérificateurs et des cadres de l'organisation.",
               ["Élabore et met en oeuvre les cadres, politiques et plans de {function_fr} de l'organisation.",
                "Fournit des conseils et une orientation à l'administrateur général et aux comités de la haute "
                "direction sur les enjeux existants et émergents.",
                "Dirige la prestation des services de {function_fr} et veille au respect des normes de "
                "service.",
                "Représente l'organisation auprès des organismes centraux et d'autres organisations fédérales.",
                "Gère les ressources humaines et financières de la direction et ses ententes avec les "
                "fournisseurs de services partagés.",
                "Élabore et diffuse de l'information afin de tenir les cadres et les gestionnaires au courant "
                "des exigences et des initiatives."],
               "Les cadres et les employés reçoivent des services et des conseils fiables en matière de "
               "{function_fr} qui leur permettent de réaliser le mandat de l'organisation."),
    },
    "program": {
        "en": ("The position is accountable for the design, renewal and national management of the "
               "{org_short}'s {function} programs, for their terms and conditions, and for the "
               "measurement and reporting of their results.",
               "The programs are delivered through a network of regional offices and third-party partners. "
               "The incumbent must design programs that are flexible enough for very different communities "
               "while remaining consistent with the Policy on Transfer Payments, and must respond quickly "
               "when the Government announces new initiatives.",
               ["Directs the design and renewal of programs, their terms and conditions and their "
                "performance information profiles.",
                "Provides functional direction to the regional offices on the interpretation of program "
                "criteria.",
                "Leads national calls for proposals and the review of large or sensitive projects.",
                "Prepares Treasury Board submissions and evaluation management responses.",
                "Manages the human and financial resources of the directorate."],
               "Recipients and regional staff work with clear, current programs whose results are reported "
               "to Parliament."),
        "fr": ("Le titulaire est responsable de la conception, du renouvellement et de la gestion nationale "
               "des programmes de {function_fr} de {org_short_fr}, de leurs modalités et de la mesure et de la "
               "communication de leurs résultats.",
               "Les programmes sont exécutés par un réseau de bureaux régionaux et de partenaires tiers. Le "
               "titulaire doit concevoir des programmes assez souples pour des collectivités très différentes "
               "tout en respectant la Politique sur les paiements de transfert, et réagir rapidement lorsque "
               "le gouvernement annonce de nouvelles initiatives.",
               ["Dirige la conception et le renouvellement des programmes, de leurs modalités et de leurs "
                "profils d'information sur le rendement.",
                "Fournit une orientation fonctionnelle aux bureaux régionaux sur l'interprétation des critères "
                "des programmes.",
                "Dirige les appels de propositions nationaux et l'examen des projets importants ou délicats.",
                "Prépare les présentations au Conseil du Trésor et les réponses de la direction aux "
                "évaluations.",
                "Gère les ressources humaines et financières de la direction."],
               "Les bénéficiaires et le personnel régional disposent de programmes clairs et à jour dont les "
               "résultats sont communiqués au Parlement."),
    },
}

FUNCTIONS = {
    "hr": ("human resources", "ressources humaines"),
    "talent": ("executive resourcing and talent management", "ressourcement des cadres et gestion des talents"),
    "finance": ("financial management", "gestion financière"),
    "it": ("information management and information technology", "gestion de l'information et technologie de "
           "l'information"),
    "comms": ("communications", "communications"),
    "audit": ("internal audit and evaluation", "vérification interne et évaluation"),
    "security": ("security and accommodation", "sécurité et installations"),
    "compliance": ("compliance assurance", "assurance de la conformité"),
    "heritage": ("arts and heritage", "arts et patrimoine"),
    "gender": ("gender equality", "égalité des genres"),
    "north": ("northern economic development", "développement économique du Nord"),
}

# invented people: incumbents, signers, the advisor and her colleagues
ADVISOR = ("Josée Lavallée-Bouchard", "Conseillère principale, Services aux cadres et gestion des talents",
           "Senior Advisor, Executive Services and Talent Management")
COLLEAGUES = ["Marc-André Pelletier", "Nadia Boukhris", "Stéphane Cormier", "Hélène Truchon"]
NAMES = ["Isabelle Fortier-Dagenais", "Richard O'Keefe", "Chantal Beaulieu", "Yannick Thériault",
         "Martine Lachapelle", "Gordon MacIsaac", "Sophie Nguyen-Roy", "Denis Bergeron", "Karine Ouimet",
         "Patrick Desjardins", "Louise Champagne", "François Lemieux", "Amira Haddad", "Julie St-Amand",
         "Bernard Gosselin", "Catherine Wong", "Éric Dufresne", "Nathalie Vachon", "Paul-Émile Savard",
         "Annie Caron", "Michael Fraser", "Geneviève Morin", "Luc Boisvert", "Sylvie Arsenault",
         "Thomas Kowalczyk", "Marie-Claude Paquin", "Daniel Rioux", "Émilie Gauthier-Lévesque",
         "Robert Tremblay", "Valérie Pinard", "Jean-Sébastien Roberge", "Lise Poirier", "Alain Côté",
         "Ingrid Johansen", "Mathieu Fournier", "Caroline Hébert", "Simon Lapointe", "Diane Mercier",
         "Kevin Mulroney", "Anne-Marie Bisson", "Olivier Giguère", "Nicole Parent", "Pierre-Luc Ménard",
         "Rachel Goldberg", "Benoît Lussier", "Claire Dumont", "Frédéric Ayotte", "Monique Labelle"]
