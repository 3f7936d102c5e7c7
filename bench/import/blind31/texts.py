"""Prose for the blind31 corpus, written for it (English and French); {d} is the position's domain,
{t} its title, {o} its organization."""
GA_EN = [
    "The {t} is accountable for the leadership, planning and delivery of {d}, ensuring that programs and services meet the priorities of {o} and the expectations of Canadians.",
    "Accountable for directing {d}, for the stewardship of the resources assigned to it, and for advice to senior management on its results and risks.",
    "Provides strategic direction and management for {d}; sets priorities, builds partnerships with other jurisdictions and stakeholders, and answers for results to the head of the organization.",
]
GA_FR = [
    "Le ou la titulaire est responsable de la direction, de la planification et de la prestation des activités liées à {d}, conformément aux priorités de {o}.",
    "Assure l'orientation stratégique et la gestion de {d}; établit les priorités, gère les ressources et conseille la haute direction sur les résultats et les risques.",
    "Responsable de diriger {d} et de rendre compte des résultats obtenus, en veillant à une utilisation judicieuse des ressources humaines et financières.",
]
NS_EN = [
    "The position operates in an environment of high public visibility. Decisions on {d} are scrutinized by parliamentarians, the media, industry associations and other levels of government. The incumbent must reconcile competing demands with limited resources and changing legislation.",
    "{o} works with provinces, territories, Indigenous partners and the private sector. The incumbent leads a multidisciplinary team and must anticipate emerging issues, recommend options to senior management and maintain the confidence of partners.",
]
NS_FR = [
    "Le poste s'exerce dans un contexte de grande visibilité publique. Les décisions touchant {d} font l'objet d'un examen attentif des parlementaires, des médias et des partenaires. Le ou la titulaire doit concilier des demandes concurrentes avec des ressources limitées.",
    "{o} collabore avec les provinces, les territoires, les partenaires autochtones et le secteur privé. Le ou la titulaire dirige une équipe multidisciplinaire et doit anticiper les enjeux émergents et proposer des options à la haute direction.",
]
SA_EN = [
    "Directs the development and implementation of strategies, plans and operational policies for {d}.",
    "Provides expert advice and briefings to senior management, central agencies and the Minister's office.",
    "Establishes and maintains partnerships with other federal organizations, provinces and stakeholders.",
    "Manages the human, financial and material resources of the organization in accordance with the values and ethics of the public service.",
    "Oversees performance measurement, risk management and reporting on results.",
    "Represents the organization at national and international meetings and committees.",
    "Leads change management and continuous improvement initiatives within the organization.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en oeuvre des stratégies, des plans et des politiques opérationnelles relatives à {d}.",
    "Fournit des conseils d'expert et des séances d'information à la haute direction et aux organismes centraux.",
    "Établit et maintient des partenariats avec les autres ministères, les provinces et les intervenants.",
    "Gère les ressources humaines, financières et matérielles conformément aux valeurs et à l'éthique de la fonction publique.",
    "Supervise la mesure du rendement, la gestion des risques et la production de rapports sur les résultats.",
    "Représente l'organisation aux réunions et comités nationaux et internationaux.",
]
CSR_EN = "Canadians, partners and stakeholders benefit from effective and accountable delivery of {d}."
CSR_FR = "Les Canadiens et les partenaires bénéficient d'une prestation efficace et responsable de {d}."
NAMES = ["Marguerite Pelletier-Oakes", "Dwayne Kowalchuk", "Anjali Rasmussen", "Gaétan Beauregard", "Siobhan MacInnis",
         "Teodor Wasylyshyn", "Nadine Arsenault", "Koffi Mensah-Leblanc", "Priya Deschênes", "Harold Quinlan",
         "Solange Thériault", "Bernard Okafor", "Ingrid Lavallée", "Mukesh Bhandari", "Réjeanne Gosselin",
         "Callum Fitzgerald", "Yolande St-Onge", "Farid Haddad", "Wendy Nakamura", "Lucien Boudreault",
         "Esther Abernethy", "Normand Cyr", "Delphine Okonkwo", "Rupert Thiessen", "Chantale Veilleux"]
