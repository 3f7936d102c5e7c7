"""blind28: the prose of the work descriptions, written for this corpus (English and French), by
family of position. ``{unit}`` is the position's organization, ``{boss}`` its supervisor's title."""

GENERAL = {
    "vp": ("Provides strategic leadership and direction to the {unit} and is accountable for the design, delivery "
           "and continuous improvement of the Agency's programs in that area, so that food safety, animal health "
           "and plant protection outcomes are achieved across the country.",
           "Assure le leadership stratégique et l'orientation de la {unit} et répond de la conception, de la "
           "prestation et de l'amélioration continue des programmes de l'Agence dans ce domaine, afin que les "
           "résultats en matière de salubrité des aliments, de santé des animaux et de protection des végétaux "
           "soient atteints partout au pays."),
    "area": ("Directs the delivery of inspection, compliance and enforcement programs for food, animals and plants "
             "in the {unit}, manages the inspection workforce and laboratories in the area, and ensures that "
             "national program standards are applied consistently to regulated parties.",
             "Dirige la prestation des programmes d'inspection, de conformité et d'application de la loi visant "
             "les aliments, les animaux et les végétaux dans le secteur {unit}, gère l'effectif d'inspection et "
             "veille à l'application uniforme des normes nationales de programme aux parties réglementées."),
    "lab": ("Manages the scientific, diagnostic and research activities of the {unit}, providing accredited testing "
            "services that support the Agency's inspection programs, disease investigations and trade "
            "certification, and maintaining the facility to containment and quality standards.",
            "Gère les activités scientifiques, diagnostiques et de recherche du {unit}, fournit des services "
            "d'analyse accrédités à l'appui des programmes d'inspection, des enquêtes sur les maladies et de la "
            "certification des exportations, et maintient l'installation conforme aux normes de confinement et "
            "de qualité."),
    "policy": ("Leads the development of national regulatory policies, program standards and guidance for the "
               "{unit}, provides expert advice to senior management and to the Minister's office, and represents "
               "the Agency with provinces, industry and international partners.",
               "Dirige l'élaboration des politiques réglementaires nationales, des normes de programme et des "
               "lignes directrices de la {unit}, fournit des conseils d'expert à la haute direction et au cabinet "
               "du ministre, et représente l'Agence auprès des provinces, de l'industrie et des partenaires "
               "internationaux."),
    "corp": ("Is accountable for the {unit} function of the Agency: policies, systems and services that enable "
             "program branches to manage their resources with probity, and advice to the Agency's executive "
             "committee on risks, controls and resource decisions.",
             "Répond de la fonction {unit} de l'Agence : politiques, systèmes et services qui permettent aux "
             "directions générales de programme de gérer leurs ressources avec probité, et conseils au comité "
             "exécutif de l'Agence sur les risques, les contrôles et les décisions relatives aux ressources."),
    "it": ("Plans, delivers and secures the information technology services of the {unit}, including the "
           "inspection applications used in the field, and aligns the Agency's digital investments with "
           "Government of Canada direction.",
           "Planifie, fournit et sécurise les services de technologie de l'information de la {unit}, y compris "
           "les applications d'inspection utilisées sur le terrain, et harmonise les investissements numériques "
           "de l'Agence avec l'orientation du gouvernement du Canada."),
}

SCOPE = {
    "en": [
        "The Agency is a science-based regulator that safeguards food, animals and plants. Its programs are "
        "delivered by inspectors, veterinarians and scientists working in more than one hundred offices and "
        "laboratories, and they are closely watched by industry, trading partners and the public.",
        "The incumbent works in an environment marked by emerging disease and pest threats, recalls that must be "
        "managed within hours, the modernization of food regulations and pressure on resources. Decisions often "
        "have immediate consequences for producers, exporters and consumers.",
        "The position maintains relationships with provincial ministries of agriculture and health, municipal "
        "public health units, other federal departments such as Health Canada and the Canada Border Services "
        "Agency, producer associations and foreign competent authorities.",
    ],
    "fr": [
        "L'Agence est un organisme de réglementation à vocation scientifique qui protège les aliments, les "
        "animaux et les végétaux. Ses programmes sont exécutés par des inspecteurs, des vétérinaires et des "
        "scientifiques répartis dans plus d'une centaine de bureaux et de laboratoires.",
        "Le titulaire évolue dans un contexte marqué par l'apparition de nouvelles maladies et de nouveaux "
        "ravageurs, des rappels d'aliments à gérer en quelques heures, la modernisation de la réglementation et "
        "des ressources limitées. Ses décisions ont souvent des conséquences immédiates pour les producteurs, "
        "les exportateurs et les consommateurs.",
        "Le poste entretient des relations avec les ministères provinciaux de l'Agriculture et de la Santé, "
        "d'autres ministères fédéraux comme Santé Canada et l'Agence des services frontaliers du Canada, les "
        "associations de producteurs et les autorités compétentes étrangères.",
    ],
}

SPECIFIC = {
    "en": [
        "Directs the planning and delivery of the {unit} work plan and reports on results against national "
        "performance targets.",
        "Manages the human, financial and material resources assigned to the organization, in keeping with "
        "the Agency's delegations and the values and ethics of the public service.",
        "Leads the response to incidents, outbreaks and emergencies within the area of responsibility and "
        "coordinates with partners at all levels of government.",
        "Provides advice and briefings to the {boss} and to senior management on issues, risks and options.",
        "Builds and maintains relationships with industry associations, provincial counterparts and "
        "international partners.",
        "Champions a healthy, respectful and diverse workplace and the development of employees.",
    ],
    "fr": [
        "Dirige la planification et l'exécution du plan de travail de {unit} et rend compte des résultats par "
        "rapport aux cibles nationales de rendement.",
        "Gère les ressources humaines, financières et matérielles de l'organisation, conformément aux "
        "délégations de l'Agence et aux valeurs et à l'éthique de la fonction publique.",
        "Dirige l'intervention lors d'incidents, d'éclosions et d'urgences dans son secteur de responsabilité "
        "et assure la coordination avec les partenaires de tous les ordres de gouvernement.",
        "Conseille et informe le {boss} et la haute direction sur les enjeux, les risques et les options.",
        "Établit et entretient des relations avec les associations de l'industrie, les homologues provinciaux "
        "et les partenaires internationaux.",
        "Favorise un milieu de travail sain, respectueux et diversifié ainsi que le perfectionnement des "
        "employés.",
    ],
}

RESULTS = {
    "en": "Regulated parties, Canadians and trading partners receive consistent, science-based inspection, "
          "certification and advice from the {unit}, so that food is safe and animal and plant resources are "
          "protected.",
    "fr": "Les parties réglementées, la population canadienne et les partenaires commerciaux reçoivent de "
          "{unit} des services d'inspection, de certification et de conseil uniformes et fondés sur la science, "
          "afin que les aliments soient salubres et que les ressources animales et végétales soient protégées.",
}

CERT = {"en": "I certify that this is an accurate description of the duties assigned to the position.",
        "fr": "J'atteste que la présente description décrit fidèlement les fonctions attribuées au poste."}
