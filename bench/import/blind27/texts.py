"""Prose for the blind27 corpus, written for it (French first). {unit} and {title} are filled in."""

FR_GENERAL = [
    "Le titulaire est responsable de la planification, de l'orientation et de la gestion des programmes et des services de {unit}, "
    "dans le respect des priorités ministérielles et des normes de service établies.",
    "Assurer la direction stratégique et opérationnelle de {unit} et veiller à ce que les services offerts aux Canadiens soient "
    "efficaces, accessibles dans les deux langues officielles et conformes au cadre législatif.",
    "Diriger l'ensemble des activités de {unit}, gérer les ressources humaines et financières qui y sont affectées et représenter "
    "le Ministère auprès des partenaires régionaux, des autres ordres de gouvernement et des intervenants.",
]
FR_CSR = [
    "Les clients et partenaires de la région reçoivent des services uniformes, de qualité et en temps opportun.",
    "Les décideurs disposent de conseils fondés sur des données probantes pour orienter les programmes.",
]
FR_ACTIVITIES = [
    "Élabore et met en œuvre le plan opérationnel annuel et en surveille les résultats.",
    "Dirige la gestion des ressources humaines, financières et matérielles de l'unité, y compris la planification de la relève.",
    "Représente l'organisation auprès des comités régionaux et nationaux, des partenaires et des collectivités.",
    "Conseille la haute direction sur les enjeux délicats et les risques opérationnels et propose des mesures correctives.",
    "Veille au respect des politiques du Conseil du Trésor, des lois applicables et des obligations en matière de langues officielles.",
    "Établit des partenariats avec les provinces, les municipalités, les organismes autochtones et le secteur privé.",
]
FR_NATURE = [
    "{unit} évolue dans un contexte marqué par une demande croissante, des attentes élevées du public et une forte visibilité "
    "médiatique. Le titulaire doit concilier des priorités concurrentes et prendre des décisions dont les répercussions sont importantes.",
    "Le poste exige une connaissance approfondie des programmes du Ministère et une capacité à mobiliser des équipes réparties sur "
    "plusieurs sites, souvent en situation d'urgence ou de changement organisationnel.",
]
EN_GENERAL = [
    "Directs the planning, delivery and continuous improvement of the programs and services of the {unit}, ensuring they meet "
    "departmental priorities, service standards and legislative requirements.",
    "Provides strategic leadership and direction to the {unit} and manages its human, financial and material resources in "
    "support of the Agency's mandate.",
]
EN_CSR = [
    "Clients, partners and stakeholders in the region receive timely, consistent and high-quality services.",
    "Senior management receives sound, evidence-based advice on program performance and risks.",
]
EN_ACTIVITIES = [
    "Develops and implements the annual operational plan and monitors performance against targets.",
    "Leads the management of human, financial and material resources, including succession planning and talent management.",
    "Represents the organization on regional and national committees and with partners and stakeholders.",
    "Advises senior management on sensitive issues and operational risks and recommends corrective action.",
    "Ensures compliance with Treasury Board policies, applicable legislation and official languages obligations.",
]
EN_NATURE = [
    "The {unit} operates in a demanding environment of high public visibility, rising volumes and constrained resources. "
    "The incumbent must balance competing priorities and make decisions with significant consequences.",
]
