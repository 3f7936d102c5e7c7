"""Prose for the blind145 work descriptions (English and French), filled with a unit and a region."""

GA_EN = [
    "The {title} is accountable for the leadership, planning and delivery of {unit}, ensuring that the "
    "Government of Canada meets its obligations to Inuit, First Nations and Métis in {region} under the "
    "land claim agreements, the co-management regimes they establish and the programs of the Department.",
    "Under the general direction of the {sup}, the {title} provides strategic leadership to {unit} and is "
    "accountable for the delivery of programs and services to the communities of {region}, for relations "
    "with Inuit and First Nations organizations and co-management boards, and for the stewardship of the "
    "resources entrusted to the unit.",
    "The {title} directs {unit}, which delivers the Department's programs in {region}, represents the "
    "Department with territorial and Indigenous governments, land claim organizations and co-management "
    "boards, and ensures that implementation obligations are met on time and within budget.",
]
GA_FR = [
    "Le titulaire du poste de {title} est responsable de la direction, de la planification et de la prestation "
    "des activités de {unit}, afin que le gouvernement du Canada respecte ses obligations envers les Inuits et "
    "les Premières Nations de la région ({region}) en vertu des accords sur les revendications territoriales et "
    "des régimes de cogestion qui en découlent.",
    "Sous l'orientation générale du {sup}, le titulaire assure le leadership stratégique de {unit} et répond de "
    "la prestation des programmes et services aux collectivités de la région ({region}), des relations avec les "
    "organisations inuites et les conseils de cogestion, et de la gestion des ressources confiées à l'unité.",
]
NS_EN = [
    "{region} covers vast distances with small, fly-in communities where the cost of living, housing shortages "
    "and short construction and shipping seasons shape every program. The {title} works with land claim "
    "organizations, Institutions of Public Government and co-management boards whose decisions bind the "
    "Department, and must reconcile national program frameworks with the obligations of the agreements.",
    "The position operates in a complex intergovernmental environment involving the territorial government, "
    "Inuit and First Nations organizations, hamlet and community councils and federal partners in the South. "
    "Recruitment and retention in {region} are a constant challenge; the unit relies on Northern and isolated "
    "post allowances, staff housing and vacation travel assistance to staff its positions.",
    "Decisions made by the {title} have lasting effects on the lands, waters and wildlife of {region} and on "
    "the communities that depend on them. The incumbent must build trust with Elders, hunters and trappers "
    "organizations and regional Inuit associations, and account for Inuit Qaujimajatuqangit in program design.",
]
NS_FR = [
    "La région ({region}) couvre de vastes distances et compte de petites collectivités accessibles par avion, où "
    "le coût de la vie, la pénurie de logements et la brièveté des saisons de construction et de ravitaillement "
    "influent sur chaque programme. Le titulaire travaille avec les organisations signataires, les institutions "
    "de gouvernement populaire et les conseils de cogestion dont les décisions lient le Ministère.",
    "Le poste s'exerce dans un milieu intergouvernemental complexe : gouvernement territorial ou régional, "
    "organisations inuites et des Premières Nations, conseils municipaux et partenaires fédéraux du Sud. Le "
    "recrutement et le maintien en poste sont difficiles; l'unité compte sur les indemnités de vie dans le Nord "
    "et de poste isolé, le logement du personnel et l'aide au transport pour congé.",
]
SA_EN = [
    "Leads the development and implementation of the unit's annual work plan, aligned with land claim implementation obligations.",
    "Represents the Department on implementation committees, co-management boards and working groups with Inuit and First Nations organizations.",
    "Directs the management of human and financial resources, including Northern allowances, staff housing and relocation.",
    "Provides advice to senior management in Ottawa and Gatineau on regional issues, risks and priorities.",
    "Ensures meaningful consultation with communities, in English, French and Inuktitut where required.",
    "Oversees contribution agreements with territorial governments, Indigenous organizations and community corporations.",
    "Builds partnerships with territorial departments and federal partners to deliver integrated services in the North.",
    "Ensures the unit's compliance with Inuit employment obligations, including the Inuit Employment Plan.",
]
SA_FR = [
    "Dirige l'élaboration et la mise en œuvre du plan de travail annuel de l'unité, conformément aux obligations de mise en œuvre.",
    "Représente le Ministère aux comités de mise en œuvre, aux conseils de cogestion et aux groupes de travail avec les organisations inuites.",
    "Dirige la gestion des ressources humaines et financières, y compris les indemnités de vie dans le Nord et le logement du personnel.",
    "Conseille la haute direction à Ottawa et à Gatineau sur les enjeux, les risques et les priorités de la région.",
    "Veille à la consultation véritable des collectivités, en français, en anglais et en inuktitut au besoin.",
    "Supervise les accords de contribution avec les gouvernements et les organisations autochtones de la région.",
]
REGION_EN = {"IQ": "Nunavut", "RI": "the Kivalliq region of Nunavut", "YK": "the Northwest Territories", "WH": "Yukon",
             "IN": "the Inuvialuit Settlement Region", "KU": "Nunavik", "CB": "the Kitikmeot region", "GA": "Inuit Nunangat",
             "OT": "the North"}
REGION_FR = {"IQ": "Nunavut", "RI": "Kivalliq", "YK": "Territoires du Nord-Ouest", "WH": "Yukon",
             "IN": "région désignée des Inuvialuit", "KU": "Nunavik", "CB": "Kitikmeot", "GA": "Inuit Nunangat", "OT": "Nord"}
