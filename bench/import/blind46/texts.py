"""Departments, label forms and prose for the blind46 corpus (see make_blind.py).

Written for the corpus from the seed documents' way of writing (general accountability, nature and
scope, specific accountabilities, client service results / key activities); the positions, numbers
and people are invented."""

DEPTS = {
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
    "NRCAN": ("Natural Resources Canada", "Ressources naturelles Canada"),
    "ISED": ("Innovation, Science and Economic Development Canada",
             "Innovation, Sciences et Développement économique Canada"),
    "ISC": ("Indigenous Services Canada", "Services aux Autochtones Canada"),
    "CIRNAC": ("Crown-Indigenous Relations and Northern Affairs Canada",
               "Relations Couronne-Autochtones et Affaires du Nord Canada"),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "CRA": ("Canada Revenue Agency", "Agence du revenu du Canada"),
    "JUS": ("Department of Justice Canada", "Ministère de la Justice Canada"),
    "PS": ("Public Safety Canada", "Sécurité publique Canada"),
    "DND": ("National Defence", "Défense nationale"),
}

# ---------------------------------------------------------------- prose, by family of work
# {title} {unit} {dept} are filled in; French texts take the French forms.

FAMILIES = {
    "research": {
        "ga": "The {title} is accountable for the scientific leadership and the management of the {unit}, "
              "including the planning, delivery and transfer of research, development and technology programs "
              "that support a competitive and sustainable sector, and for the stewardship of the Centre's land, "
              "laboratories, greenhouses and specialized facilities.",
        "scope": "The {unit} is one of a national network of research establishments of {dept}. Its scientists "
                 "work with universities, provincial governments, producer organizations and industry on "
                 "multi-year research agreements, and its results feed regulatory decisions, departmental "
                 "policy and the adoption of new practices. The incumbent must reconcile national research "
                 "priorities with regional needs, maintain aging infrastructure within a constrained capital "
                 "budget, and sustain the scientific excellence of a workforce in which a large share of "
                 "researchers will be eligible to retire within five years.",
        "acts": [
            "Provides scientific direction and management to the research programs of the Centre and ensures their alignment with departmental science priorities.",
            "Negotiates and manages collaborative research agreements, licences and technology transfer arrangements with industry, universities and other governments.",
            "Manages the human, financial and physical resources of the Centre, including its laboratories, research farm and specialized facilities, in accordance with legislation and policy.",
            "Represents the Department on national and international scientific committees and with stakeholder organizations.",
            "Ensures the quality, integrity and timely publication of scientific results and their communication to clients and decision makers.",
            "Leads the renewal of scientific capacity through recruitment, mentoring and succession planning.",
            "Contributes as a member of the Branch management committee to the planning and decision-making of the Branch.",
        ],
    },
    "enforcement": {
        "ga": "The {title} is accountable for the planning, direction and delivery of the {unit}, ensuring compliance "
              "with the Acts and regulations administered by {dept} through inspections, investigations, "
              "intelligence and compliance promotion, and for the health and safety of the enforcement officers "
              "under the position's authority.",
        "scope": "Enforcement is delivered in a legally complex environment in which decisions are subject to "
                 "scrutiny by the courts, the public and the media. The incumbent directs officers who carry "
                 "firearms or exercise peace-officer powers, works with police services, provincial agencies and "
                 "Indigenous communities, and must set priorities among competing risks with finite resources. "
                 "Major cases can take years to bring to court and require close work with prosecutors.",
        "acts": [
            "Directs the planning and delivery of inspections, investigations and compliance promotion activities in the region.",
            "Establishes enforcement priorities on the basis of risk, intelligence and national direction, and approves major investigations.",
            "Ensures that enforcement activities respect the law, the Charter and departmental policies, and that officers are trained and equipped.",
            "Builds and maintains partnerships with police services, provincial and territorial agencies, Indigenous governments and international counterparts.",
            "Provides advice and briefings to senior management on significant cases, trends and emerging issues.",
            "Manages the human, financial and material resources of the directorate, including occupational health and safety programs.",
        ],
    },
    "program": {
        "ga": "The {title} is accountable for the design, delivery and continuous improvement of the programs of the "
              "{unit}, including the management of grants and contributions, the stewardship of public funds, "
              "and the measurement and reporting of program results to Parliament and to Canadians.",
        "scope": "The programs of the {unit} are delivered to a wide range of recipients, from individual "
                 "businesses and organizations to provinces, territories and Indigenous communities. The "
                 "incumbent must balance accessibility and timeliness of service with sound controls over "
                 "transfer payments, respond to audits and evaluations, and adjust programs to changing "
                 "government priorities, budget announcements and economic conditions.",
        "acts": [
            "Directs the design, delivery and administration of the programs of the directorate, including their terms and conditions and service standards.",
            "Approves funding recommendations and ensures compliance with the Policy on Transfer Payments and the Financial Administration Act.",
            "Develops performance measurement strategies and reports on program results, risks and lessons learned.",
            "Leads consultations with stakeholders, recipients and other levels of government on program design and renewal.",
            "Prepares Treasury Board submissions, Memoranda to Cabinet and briefings for senior management and the Minister.",
            "Manages the human and financial resources of the directorate and fosters a healthy, respectful and inclusive workplace.",
        ],
    },
    "policy": {
        "ga": "The {title} is accountable for providing strategic policy leadership and advice on {unit} matters, "
              "for the development of legislative, regulatory and policy proposals, and for the coordination of "
              "the Department's position with central agencies, other departments, provinces and territories, "
              "and international partners.",
        "scope": "Policy issues in this area are horizontal, politically sensitive and subject to intense public "
                 "and media attention. The incumbent must anticipate emerging issues, synthesize research and "
                 "stakeholder views into sound options, and produce Cabinet documents under tight timelines. "
                 "Positions taken by the Department have significant implications for other federal "
                 "organizations, for provinces and territories and for Canada's international commitments.",
        "acts": [
            "Leads the development of policy frameworks, strategies and legislative and regulatory proposals.",
            "Provides expert advice and briefings to the Assistant Deputy Minister, the Deputy Minister and the Minister.",
            "Directs research, analysis and consultations to build the evidence base for policy decisions.",
            "Represents the Department on federal-provincial-territorial and international committees and working groups.",
            "Prepares and coordinates Memoranda to Cabinet, Treasury Board submissions and responses to parliamentary committees.",
            "Manages the human and financial resources of the directorate and develops its policy capacity.",
        ],
    },
    "corporate": {
        "ga": "The {title} is accountable for the leadership and delivery of {unit} services to managers and "
              "employees, for the provision of strategic advice to senior management, and for the integrity of "
              "the controls, systems and processes that support sound stewardship of departmental resources.",
        "scope": "The {unit} function serves a large and dispersed clientele with diverse needs and expectations. The "
                 "incumbent must modernize service delivery while maintaining compliance with central agency "
                 "policies, respond to audit findings, implement government-wide systems and initiatives, and "
                 "sustain the capacity of a workforce that is in high demand across the public service.",
        "acts": [
            "Directs the delivery of services to clients and ensures that service standards are established, monitored and met.",
            "Provides strategic advice to senior management on policies, risks and the management of resources.",
            "Develops and implements frameworks, processes and controls in compliance with legislation and central agency policies.",
            "Leads the implementation of government-wide and departmental modernization initiatives.",
            "Represents the organization with central agencies, service providers and interdepartmental committees.",
            "Manages the human, financial and material resources of the directorate.",
        ],
    },
    "tax": {
        "ga": "The {title} is accountable for the management of the {unit}, for the timely and accurate processing, "
              "assessment and verification of returns and payments, for the delivery of service to taxpayers and "
              "benefit recipients, and for the protection of the confidentiality of taxpayer information.",
        "scope": "The {unit} handles millions of transactions a year in a highly seasonal cycle, with peaks that "
                 "require the hiring, training and release of large numbers of term and seasonal employees. The "
                 "incumbent must meet service standards published by the Agency, adopt new technologies and "
                 "digital services, manage labour relations in a unionized environment and guard against fraud "
                 "and unauthorized access to taxpayer information.",
        "acts": [
            "Directs the processing, assessment, verification and collection operations of the centre.",
            "Plans and manages the workforce, including seasonal and term employees, to meet service standards during peak periods.",
            "Ensures the security and confidentiality of taxpayer information and the integrity of the Agency's programs.",
            "Leads the implementation of national initiatives, new systems and business transformation in the centre.",
            "Maintains effective labour relations and a healthy and respectful workplace.",
            "Represents the Agency with community partners, other government organizations and the media as required.",
        ],
    },
    "indigenous": {
        "ga": "The {title} is accountable for the delivery of programs and services in the {unit} in partnership with First Nations, Inuit and "
              "Métis communities and organizations, for the management of funding agreements and for the "
              "advancement of reconciliation and self-determination in the design and delivery of services.",
        "scope": "The incumbent works with communities whose circumstances range from urban to remote and "
                 "fly-in, and with Indigenous organizations, provinces and other federal departments. Services "
                 "are frequently delivered in crisis conditions (floods, wildfires, boil-water advisories) and "
                 "are subject to litigation, tribunal orders and high public expectations. Success depends on "
                 "trust-based relationships and on the transfer of control of services to Indigenous partners.",
        "acts": [
            "Directs the delivery of programs and services in the region and the management of funding agreements with First Nations and Indigenous organizations.",
            "Builds and maintains relationships with Chiefs, Councils, tribal councils, Inuit and Métis organizations and provincial partners.",
            "Supports the transfer of program and service delivery to Indigenous organizations and the implementation of self-government agreements.",
            "Ensures that emergencies affecting communities are managed effectively with partners.",
            "Provides advice to senior management on regional issues, risks, litigation and opportunities.",
            "Manages the human and financial resources of the directorate in accordance with legislation and policy.",
        ],
    },
    "emergency": {
        "ga": "The {title} is accountable for the leadership of the {unit}, including the preparedness, "
              "coordination and response activities of the Government of Canada for emergencies and threats "
              "within the position's mandate, and for the strategic partnerships that make a whole-of-society "
              "response possible.",
        "scope": "The operating environment is unpredictable and high-risk: events such as floods, wildfires, "
                 "cyber incidents and public health emergencies require rapid coordination among federal "
                 "departments, provinces and territories, Indigenous communities, critical infrastructure "
                 "owners and international allies, often outside working hours. The incumbent must brief "
                 "senior officials and Ministers in real time and sustain operations over long events.",
        "acts": [
            "Directs preparedness, coordination and response activities for events within the directorate's mandate.",
            "Develops and maintains plans, exercises and arrangements with federal, provincial, territorial and private sector partners.",
            "Provides real-time briefings and advice to senior officials and the Minister during events.",
            "Manages contribution programs that support mitigation, preparedness and recovery.",
            "Represents the Department in national and international fora.",
            "Manages the human, financial and material resources of the directorate, including an operations centre available around the clock.",
        ],
    },
    "fisheries": {
        "ga": "The {title} is accountable for the management of {unit}, ensuring the conservation and sustainable "
              "use of fisheries resources and their habitat, the delivery of integrated fisheries management "
              "plans and the effective relationships with harvesters, Indigenous communities, processors and "
              "provinces that the sector depends on.",
        "scope": "The fisheries of the region are worth hundreds of millions of dollars a year and sustain many "
                 "coastal and Indigenous communities. Decisions on quotas, seasons and access are contested, "
                 "subject to litigation and to the Supreme Court's decisions on Indigenous and treaty rights, "
                 "and attract sustained attention from the Minister and Members of Parliament. Stocks are "
                 "affected by climate change and shifting ecosystems.",
        "acts": [
            "Directs the development and implementation of integrated fisheries management plans and conservation measures.",
            "Leads consultations with harvesters, Indigenous communities, processors, provinces and non-governmental organizations.",
            "Provides advice to the Regional Director General and national headquarters on allocation, access and conservation decisions.",
            "Oversees licensing, monitoring and reporting programs in the region.",
            "Works with Science and Conservation and Protection to integrate stock assessments and compliance into management decisions.",
            "Manages the human and financial resources of the directorate.",
        ],
    },
}

FAMILIES_FR = {
    "research": {
        "ga": "Le titulaire du poste de {title} est responsable de la direction scientifique et de la gestion du {unit}, notamment de la "
              "planification, de la réalisation et du transfert des programmes de recherche, de développement "
              "et de technologie qui appuient un secteur concurrentiel et durable, ainsi que de la gérance des "
              "terres, des laboratoires et des installations spécialisées du Centre.",
        "scope": "Le {unit} fait partie du réseau national d'établissements de recherche de {dept}. Ses "
                 "chercheurs collaborent avec les universités, les gouvernements provinciaux, les associations "
                 "de producteurs et l'industrie dans le cadre d'ententes pluriannuelles. Le titulaire doit "
                 "concilier les priorités nationales et les besoins régionaux, entretenir des infrastructures "
                 "vieillissantes avec un budget d'immobilisations limité et assurer la relève d'un effectif "
                 "scientifique dont une part importante pourra prendre sa retraite d'ici cinq ans.",
        "acts": [
            "Assure l'orientation scientifique et la gestion des programmes de recherche du Centre en fonction des priorités ministérielles.",
            "Négocie et gère les ententes de recherche concertée, les licences et les accords de transfert de technologie.",
            "Gère les ressources humaines, financières et matérielles du Centre, y compris ses laboratoires et sa ferme de recherche.",
            "Représente le Ministère auprès des comités scientifiques nationaux et internationaux et des organismes du secteur.",
            "Veille à la qualité, à l'intégrité et à la diffusion en temps opportun des résultats scientifiques.",
            "Dirige le renouvellement de la capacité scientifique par le recrutement, le mentorat et la planification de la relève.",
        ],
    },
    "corporate": {
        "ga": "Le titulaire du poste de {title} est responsable de la direction et de la prestation des services de la {unit} aux "
              "gestionnaires et aux employés, de la prestation de conseils stratégiques à la haute direction, et "
              "de l'intégrité des contrôles, des systèmes et des processus qui soutiennent la saine gestion des "
              "ressources.",
        "scope": "Le titulaire sert une clientèle nombreuse et dispersée dont les besoins sont variés. Il doit "
                 "moderniser la prestation des services tout en respectant les politiques des organismes "
                 "centraux, donner suite aux constatations de vérification, mettre en oeuvre les systèmes "
                 "pangouvernementaux et maintenir la capacité d'un effectif très recherché dans la fonction "
                 "publique.",
        "acts": [
            "Dirige la prestation des services aux clients et veille à l'établissement et au respect des normes de service.",
            "Fournit des conseils stratégiques à la haute direction sur les politiques, les risques et la gestion des ressources.",
            "Élabore et met en oeuvre des cadres, des processus et des contrôles conformes aux lois et aux politiques.",
            "Dirige la mise en oeuvre des initiatives de modernisation ministérielles et pangouvernementales.",
            "Représente l'organisation auprès des organismes centraux et des comités interministériels.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    },
    "tax": {
        "ga": "Le titulaire du poste de {title} est responsable de la gestion du {unit}, du traitement, de la cotisation et de la "
              "vérification exacts et opportuns des déclarations et des paiements, de la prestation des services "
              "aux contribuables et aux bénéficiaires de prestations, et de la protection de la confidentialité "
              "des renseignements des contribuables.",
        "scope": "Le {unit} traite des millions d'opérations par année selon un cycle très saisonnier qui exige "
                 "l'embauche, la formation et la mise en disponibilité d'un grand nombre d'employés nommés pour "
                 "une période déterminée. Le titulaire doit respecter les normes de service publiées par "
                 "l'Agence, adopter de nouvelles technologies, gérer les relations de travail en milieu "
                 "syndiqué et prévenir la fraude et l'accès non autorisé aux renseignements.",
        "acts": [
            "Dirige les opérations de traitement, de cotisation, de vérification et de recouvrement du centre.",
            "Planifie et gère l'effectif, y compris les employés saisonniers, afin de respecter les normes de service en période de pointe.",
            "Veille à la sécurité et à la confidentialité des renseignements des contribuables et à l'intégrité des programmes.",
            "Dirige la mise en oeuvre des initiatives nationales, des nouveaux systèmes et de la transformation des activités.",
            "Entretient des relations de travail efficaces et un milieu de travail sain et respectueux.",
            "Représente l'Agence auprès des partenaires communautaires et des autres organisations gouvernementales.",
        ],
    },
    "program": {
        "ga": "Le titulaire du poste de {title} est responsable de la conception, de la prestation et de l'amélioration continue des "
              "programmes de la {unit}, y compris la gestion des subventions et des contributions, la gérance des "
              "fonds publics ainsi que la mesure des résultats et la production de rapports au Parlement.",
        "scope": "Les programmes de la {unit} s'adressent à une vaste gamme de bénéficiaires, des organismes aux "
                 "provinces, aux territoires et aux communautés autochtones. Le titulaire doit concilier "
                 "l'accessibilité et la rapidité du service avec des contrôles rigoureux des paiements de "
                 "transfert, donner suite aux vérifications et aux évaluations et adapter les programmes aux "
                 "priorités changeantes du gouvernement.",
        "acts": [
            "Dirige la conception, la prestation et l'administration des programmes de la direction.",
            "Approuve les recommandations de financement et veille au respect de la Politique sur les paiements de transfert.",
            "Élabore des stratégies de mesure du rendement et rend compte des résultats, des risques et des leçons apprises.",
            "Dirige les consultations auprès des intervenants, des bénéficiaires et des autres ordres de gouvernement.",
            "Prépare les présentations au Conseil du Trésor, les mémoires au Cabinet et les notes d'information.",
            "Gère les ressources humaines et financières de la direction et favorise un milieu de travail sain et inclusif.",
        ],
    },
    "science": {
        "ga": "Le titulaire du poste de {title} est responsable de la planification, de la direction et de la réalisation des programmes "
              "de {unit}, de la production d'avis scientifiques à l'appui des décisions de gestion et de la "
              "gestion des installations, des navires et des équipements scientifiques de la région.",
        "scope": "Les avis scientifiques produits par la direction appuient des décisions contestées sur la "
                 "gestion des pêches, la protection des espèces en péril et des océans. Le titulaire doit "
                 "maintenir des séries de données à long terme, composer avec la disponibilité limitée des "
                 "navires, s'adapter aux effets des changements climatiques et collaborer avec les "
                 "universités, les communautés autochtones et les partenaires internationaux.",
        "acts": [
            "Dirige les programmes de recherche, de surveillance et d'évaluation des stocks de la région.",
            "Veille à la qualité et à l'indépendance des avis scientifiques fournis aux gestionnaires et au Ministre.",
            "Gère les installations de recherche, les laboratoires et les missions en mer.",
            "Établit des partenariats avec les universités, les organismes autochtones et les organisations internationales.",
            "Représente le Ministère au sein des comités scientifiques nationaux et internationaux.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    },
    "indigenous": {
        "ga": "Le titulaire du poste de {title} est responsable de la prestation des programmes de {unit} en partenariat avec les "
              "Premières Nations et les organisations autochtones, de la gestion des accords de financement et "
              "de l'avancement de la réconciliation et de l'autodétermination dans la conception et la "
              "prestation des services.",
        "scope": "Le titulaire travaille avec des communautés dont la situation va du milieu urbain aux régions "
                 "éloignées, ainsi qu'avec la province et d'autres ministères fédéraux. Les services font "
                 "l'objet d'attentes élevées, de litiges et de décisions de tribunaux. Le succès repose sur des "
                 "relations de confiance et sur le transfert du contrôle des services aux partenaires "
                 "autochtones.",
        "acts": [
            "Dirige la prestation des programmes et la gestion des accords de financement avec les Premières Nations.",
            "Établit et entretient des relations avec les chefs, les conseils, les conseils tribaux et les partenaires provinciaux.",
            "Appuie le transfert de la prestation des services aux organisations autochtones.",
            "Fournit des conseils à la haute direction sur les enjeux régionaux, les risques et les litiges.",
            "Veille à la gestion efficace des situations d'urgence touchant les communautés.",
            "Gère les ressources humaines et financières de la direction conformément aux lois et aux politiques.",
        ],
    },
    "policing": {
        "ga": "Le titulaire du poste de {title} est responsable de la gestion et de l'évolution du {unit}, y compris la négociation et "
              "l'administration des ententes tripartites avec les provinces, les territoires et les communautés, "
              "et de la prestation de conseils stratégiques sur la sécurité des communautés autochtones.",
        "scope": "Le programme fait l'objet d'une attention soutenue des communautés, des organisations "
                 "autochtones, des provinces et du Parlement. Le titulaire doit faire progresser la "
                 "reconnaissance des services de police autochtones comme services essentiels, négocier des "
                 "ententes complexes à coûts partagés et composer avec des ressources limitées et des "
                 "attentes élevées.",
        "acts": [
            "Dirige la négociation, le renouvellement et l'administration des ententes de services de police.",
            "Élabore des options stratégiques et législatives pour l'évolution du programme.",
            "Entretient des relations avec les communautés, les organisations autochtones, les provinces et la GRC.",
            "Prépare les présentations au Conseil du Trésor, les mémoires au Cabinet et les notes au Ministre.",
            "Rend compte des résultats du programme et donne suite aux vérifications et aux évaluations.",
            "Gère les ressources humaines et financières de la direction.",
        ],
    },
    "legal_ops": {
        "ga": "Le titulaire du poste de {title} est responsable de la planification, de la direction et de la prestation des "
              "{unit} du bureau régional, notamment les finances, les ressources humaines, la gestion de "
              "l'information, les installations et le soutien au contentieux, à l'appui des avocats qui "
              "servent les ministères et organismes clients.",
        "scope": "Le bureau régional fournit des services juridiques à de nombreux ministères clients et mène "
                 "des litiges d'envergure. Le titulaire doit assurer un soutien fiable aux équipes juridiques, "
                 "gérer la transition vers le dossier électronique, protéger des renseignements sensibles et "
                 "privilégiés et maintenir la conformité aux politiques ministérielles et centrales.",
        "acts": [
            "Dirige la prestation des services intégrés du bureau régional.",
            "Conseille le sous-procureur général adjoint régional sur la gestion des ressources et les risques.",
            "Dirige la planification financière, la comptabilité des coûts juridiques et la production de rapports.",
            "Veille à la sécurité de l'information et des installations.",
            "Dirige la mise en oeuvre des initiatives de modernisation, dont le dossier électronique.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    },
    "meteo": {
        "ga": "Le titulaire du poste de {title} est responsable de la prestation des {unit}, y compris les prévisions et les "
              "avertissements météorologiques, la surveillance de la qualité de l'air et les services aux "
              "partenaires, afin de protéger la vie et les biens des Canadiens et d'appuyer la prise de décisions.",
        "scope": "Les services sont offerts en continu, 24 heures sur 24, dans un contexte où les phénomènes "
                 "météorologiques extrêmes se multiplient. Le titulaire doit assurer la continuité des "
                 "opérations, maintenir un réseau de surveillance étendu et collaborer avec les organismes de "
                 "sécurité civile, les médias et les municipalités.",
        "acts": [
            "Dirige les opérations de prévision et d'avertissement météorologiques de la région.",
            "Veille au maintien et à la modernisation du réseau de surveillance.",
            "Établit des partenariats avec les organismes de sécurité civile, les médias et les autres ministères.",
            "Fournit des conseils et des séances d'information à la haute direction lors des événements majeurs.",
            "Veille à la continuité des opérations et à la santé et la sécurité des employés.",
            "Gère les ressources humaines, financières et matérielles de la direction.",
        ],
    },
}

# client-service-results template (English and French)
CSR = {
    "en": [
        "Strategic leadership and direction to the {unit}, delivering results that meet departmental objectives.",
        "Sound and timely advice to senior management, central agencies and partners.",
        "Effective relationships with stakeholders, other governments and Indigenous partners.",
    ],
    "fr": [
        "Leadership stratégique et orientation de la {unit} afin d'atteindre les objectifs du Ministère.",
        "Conseils judicieux et opportuns à la haute direction, aux organismes centraux et aux partenaires.",
        "Relations efficaces avec les intervenants, les autres gouvernements et les partenaires autochtones.",
    ],
}

CHALLENGES_EN = [
    "The incumbent must manage competing priorities and high expectations from the Minister's office, "
    "central agencies and stakeholders within fixed resources.",
    "Recruitment and retention of specialized staff is a continuing challenge, particularly in the regions.",
    "The aging of infrastructure and information systems requires careful investment planning and risk management.",
]
CHALLENGES_FR = [
    "Le titulaire doit gérer des priorités concurrentes et des attentes élevées du cabinet du Ministre, des "
    "organismes centraux et des intervenants avec des ressources limitées.",
    "Le recrutement et le maintien en poste d'un personnel spécialisé demeurent un défi constant, surtout en région.",
]

CERT_EN = "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."
CERT_FR = "La présente description est un énoncé exact et complet des fonctions et responsabilités attribuées au poste."
