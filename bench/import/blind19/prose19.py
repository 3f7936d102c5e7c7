"""Prose for the blind19 corpus: written for it, in English and French, by theme.

Each entry is a short paragraph or a list of activities; make_blind.py picks among them with a
seeded random generator and fills in the unit's name ({unit}) and the organization ({org})."""

GA_EN = [
    "The {title} is accountable for the planning, direction and delivery of {unit} for {org}, ensuring that "
    "decisions are made fairly, within statutory time limits and with the resources Parliament provides.",
    "Under the general direction of the {sup}, the incumbent manages {unit}, provides authoritative advice to "
    "members and senior officials, and represents {org} with central agencies, portfolio partners and the public.",
    "Accountable for the leadership and management of {unit}, including the design of operational policy, the "
    "allocation of person-years and funds, and the quality and timeliness of services to clients across the region.",
    "Provides strategic leadership to {unit} and ensures that the programs of {org} are delivered in a manner "
    "consistent with the Act, the regulations and the priorities set by the Chairperson and the Governor in Council.",
    "Directs a multidisciplinary team responsible for {unit}; develops the operational plan, sets service standards "
    "and reports on results to the executive committee of {org}.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la planification, de l'orientation et de la prestation "
    "des services de {unit} de {org}, dans le respect des délais prévus par la loi et des ressources autorisées.",
    "Sous l'autorité du {sup}, le ou la titulaire dirige {unit}, conseille les membres et la haute direction et "
    "représente {org} auprès des organismes centraux, des partenaires du portefeuille et du public.",
    "Assure la direction et la gestion de {unit}, y compris l'élaboration des politiques opérationnelles, "
    "l'affectation des ressources humaines et financières et la qualité des services offerts à la clientèle.",
    "Fournit un leadership stratégique à {unit} et veille à ce que les programmes de {org} soient exécutés "
    "conformément à la loi, aux règlements et aux priorités fixées par la présidence.",
]
NS_EN = [
    "{org} is a small organization with a national mandate. Its decisions are subject to judicial review, and "
    "errors in process or delay attract the attention of Parliament, the media and the parties. The position must "
    "balance the independence of decision-makers with the need for consistent, efficient case management.",
    "The environment is marked by rising caseloads, aging information systems and the transition to electronic "
    "records. The incumbent must plan with limited flexibility in the reference levels and negotiate shared "
    "services arrangements with larger departments for finance, human resources and informatics.",
    "Clients include individuals who are not represented by counsel, industry associations, provincial "
    "governments and Indigenous communities. The incumbent must anticipate sensitive issues, brief the Chairperson "
    "and the Minister's office, and maintain the confidence of stakeholders with divergent interests.",
    "The region covers a large territory with a dispersed population, and service must be provided in both "
    "official languages. The incumbent manages staff in several offices and travels frequently to remote "
    "communities.",
    "During the program review exercise the organization absorbed significant reductions in person-years and "
    "operating dollars while its workload continued to grow; the incumbent is expected to find new ways of "
    "delivering services without reducing their quality.",
]
NS_FR = [
    "{org} est un petit organisme au mandat national. Ses décisions peuvent faire l'objet d'un contrôle judiciaire "
    "et tout retard attire l'attention du Parlement, des médias et des parties. Le poste doit concilier "
    "l'indépendance des décideurs et une gestion des dossiers uniforme et efficace.",
    "Le milieu est marqué par l'augmentation du nombre de dossiers, la désuétude des systèmes d'information et le "
    "passage aux dossiers électroniques. Le ou la titulaire doit planifier avec une marge de manœuvre restreinte "
    "et négocier des ententes de services partagés avec des ministères plus grands.",
    "La clientèle comprend des particuliers non représentés, des associations de l'industrie, des gouvernements "
    "provinciaux et des communautés autochtones. Le ou la titulaire doit prévoir les enjeux délicats et informer "
    "la présidence et le cabinet du ministre.",
    "La région couvre un vaste territoire et les services doivent être offerts dans les deux langues officielles. "
    "Le ou la titulaire gère du personnel réparti dans plusieurs bureaux.",
]
SA_EN = [
    "Establishes the unit's annual operational plan, performance indicators and service standards, and reports on results.",
    "Manages the human and financial resources of the unit, including staffing, learning and official languages obligations.",
    "Provides expert advice and briefings to the Chairperson, members and senior management on emerging issues.",
    "Negotiates memoranda of understanding and service agreements with federal partners and provincial agencies.",
    "Directs the review of policies, procedures and practice notes, and their publication in both official languages.",
    "Represents the organization at interdepartmental committees, conferences and meetings with stakeholders.",
    "Oversees the management of information, access to information and privacy requests and records disposition.",
    "Ensures that security, occupational health and safety and business continuity plans are current and tested.",
    "Leads change management initiatives arising from legislative amendments and government-wide modernization.",
    "Develops partnerships with universities, industry and Indigenous organizations to support program objectives.",
]
SA_FR = [
    "Établit le plan opérationnel annuel, les indicateurs de rendement et les normes de service, et rend compte des résultats.",
    "Gère les ressources humaines et financières de l'unité, y compris la dotation, l'apprentissage et les langues officielles.",
    "Fournit des conseils d'expert et des notes d'information à la présidence, aux membres et à la haute direction.",
    "Négocie des protocoles d'entente et des ententes de service avec les partenaires fédéraux et provinciaux.",
    "Dirige l'examen des politiques, des procédures et des notes de pratique et leur publication dans les deux langues officielles.",
    "Représente l'organisme aux comités interministériels, aux conférences et aux rencontres avec les intervenants.",
    "Supervise la gestion de l'information, les demandes d'accès à l'information et de protection des renseignements personnels.",
    "Veille à la mise à jour des plans de sécurité, de santé et sécurité au travail et de continuité des activités.",
    "Dirige les initiatives de gestion du changement découlant des modifications législatives.",
]
CSR_EN = [
    "Timely, fair and accessible {unit} for Canadians, parties and stakeholders, consistent with the mandate of {org}.",
    "Sound stewardship of {unit}, delivered to clients in the region in both official languages and within published service standards.",
]
CSR_FR = [
    "Des services de {unit} accessibles, équitables et rapides pour la population canadienne, conformément au mandat de {org}.",
]
