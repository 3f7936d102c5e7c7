"""Prose of the blind35 work descriptions, written for this corpus (English and French).

Sentences are put together from the position's own unit; none is copied from a real document.
"""

GA_EN = [
    "The {title} is accountable for the scientific, regulatory and operational leadership of {unit}, "
    "ensuring that its programs rest on sound evidence, meet statutory obligations and deliver "
    "measurable results for Canadians, industry and partner organizations.",
    "Under the general direction of the {sup}, the incumbent plans, directs and evaluates the work of "
    "{unit} and manages its people, budgets and assets so that the organization can respond quickly to "
    "new risks, new technologies and changing government priorities.",
]
GA_FR = [
    "Le ou la {title} est responsable du leadership scientifique, réglementaire et opérationnel de "
    "{unit}; il ou elle veille à ce que les programmes reposent sur des données probantes, respectent "
    "les obligations légales et produisent des résultats mesurables pour la population canadienne.",
    "Sous l'autorité du {sup}, le ou la titulaire planifie, dirige et évalue les travaux de {unit} et "
    "gère les ressources humaines, financières et matérielles qui lui sont confiées.",
]
NS_EN = [
    "The unit works in an environment of rapid scientific change, intense public and media scrutiny "
    "and shared jurisdiction with provinces, territories, Indigenous governments and international "
    "bodies. Decisions often have to be taken on incomplete data and may be challenged in court.",
    "Partners include universities, other science-based departments, standards organizations, "
    "industry associations and foreign regulators; the incumbent negotiates agreements with them and "
    "represents the department at national and international tables.",
    "Aging laboratories and equipment, recruitment of highly qualified personnel in a competitive "
    "market and the need to modernize data systems are constant challenges.",
]
NS_FR = [
    "L'unité évolue dans un milieu marqué par une évolution scientifique rapide, une attention soutenue "
    "du public et des médias et des compétences partagées avec les provinces, les territoires et des "
    "organismes internationaux. Les décisions doivent souvent être prises sur la base de données "
    "incomplètes.",
    "Les partenaires comprennent les universités, d'autres ministères à vocation scientifique, des "
    "organismes de normalisation, des associations industrielles et des organismes de réglementation "
    "étrangers.",
    "Le vieillissement des laboratoires, le recrutement de personnel hautement qualifié et la "
    "modernisation des systèmes de données constituent des défis constants.",
]
SA_EN = [
    "Sets the strategic direction, research agenda and annual operating plan of {unit}.",
    "Directs the delivery of regulatory, scientific and advisory services and monitors their performance.",
    "Provides authoritative advice to senior management, central agencies and ministers on complex and sensitive files.",
    "Builds and maintains partnerships with industry, academia, provinces and international counterparts.",
    "Manages human, financial and physical resources, including capital projects and laboratory infrastructure.",
    "Leads change management, workplace well-being, official languages and diversity initiatives.",
]
SA_FR = [
    "Établit l'orientation stratégique, le programme de recherche et le plan opérationnel annuel de {unit}.",
    "Dirige la prestation des services réglementaires, scientifiques et consultatifs et en surveille le rendement.",
    "Fournit des conseils faisant autorité à la haute direction, aux organismes centraux et aux ministres.",
    "Établit et entretient des partenariats avec l'industrie, le milieu universitaire, les provinces et les partenaires étrangers.",
    "Gère les ressources humaines, financières et matérielles, y compris les projets d'immobilisations.",
    "Dirige la gestion du changement, le mieux-être en milieu de travail, les langues officielles et la diversité.",
]
CSR_EN = ("Scientific evidence, regulatory decisions and services that protect the health and safety of "
          "Canadians and support a competitive, innovative economy, delivered for {unit}.")
CSR_FR = ("Des données scientifiques, des décisions réglementaires et des services qui protègent la santé et la "
          "sécurité de la population canadienne et soutiennent une économie innovante, pour {unit}.")
KA_EN = [
    "Directing the planning and delivery of programs of {unit}.",
    "Providing expert advice and briefings to the senior executive committee.",
    "Negotiating and managing agreements with partners and stakeholders.",
    "Managing the unit's human and financial resources and its facilities.",
]
KA_FR = [
    "Diriger la planification et l'exécution des programmes de {unit}.",
    "Fournir des conseils d'expert et des notes d'information au comité de la haute direction.",
    "Négocier et gérer des ententes avec les partenaires et les intervenants.",
    "Gérer les ressources humaines et financières de l'unité ainsi que ses installations.",
]
CERT_EN = "We certify that this is an accurate description of the work assigned to the position."
CERT_FR = "Nous certifions que la présente description décrit avec exactitude le travail assigné au poste."
