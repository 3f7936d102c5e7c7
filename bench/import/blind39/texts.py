"""Prose and label forms of the blind39 corpus (written for it; old typed and scanned EX forms, 1985-2005)."""

# Departments as named in their day: (English, French, locations [(city as written, truth)], subjects [(en, fr)]).
DEPARTMENTS = [
    ("Employment and Immigration Canada", "Emploi et Immigration Canada",
     [("Winnipeg, Manitoba", "Winnipeg, Manitoba"), ("Halifax, N.S.", "Halifax, Nova Scotia")],
     [("Insurance Operations", "Opérations de l'assurance"), ("Employment Programs", "Programmes d'emploi"),
      ("Immigration Settlement", "Établissement des immigrants")]),
    ("Revenue Canada, Customs and Excise", "Revenu Canada, Douanes et Accise",
     [("Windsor, Ontario", "Windsor, Ontario"), ("Montréal (Québec)", "Montréal, Quebec")],
     [("Port of Entry Operations", "Opérations des points d'entrée"), ("Excise Audit", "Vérification de l'accise")]),
    ("Supply and Services Canada", "Approvisionnements et Services Canada",
     [("Hull, Quebec", "Hull, Quebec"), ("Moncton, New Brunswick", "Moncton, New Brunswick")],
     [("Compensation Services", "Services de la rémunération"), ("Printing Procurement", "Achat d'imprimés")]),
    ("Energy, Mines and Resources Canada", "Énergie, Mines et Ressources Canada",
     [("Ottawa, Ontario", "Ottawa, Ontario"), ("Calgary, Alberta", "Calgary, Alberta")],
     [("Geological Mapping", "Cartographie géologique"), ("Energy Conservation Programs", "Programmes d'économie d'énergie")]),
    ("Environment Canada", "Environnement Canada",
     [("Downsview, Ontario", "Downsview, Ontario"), ("Edmonton, Alberta", "Edmonton, Alberta"), ("Regina, Sask.", "Regina, Saskatchewan")],
     [("Atmospheric Services", "Services atmosphériques"), ("Environmental Protection", "Protection de l'environnement"),
      ("Inland Waters", "Eaux intérieures")]),
    ("Fisheries and Oceans", "Pêches et Océans",
     [("St. John's, Newfoundland", "St. John's, Newfoundland and Labrador"), ("Nanaimo, British Columbia", "Nanaimo, British Columbia")],
     [("Fisheries Management", "Gestion des pêches"), ("Small Craft Harbours", "Ports pour petits bateaux")]),
    ("Transport Canada", "Transports Canada",
     [("Moncton, N.B.", "Moncton, New Brunswick"), ("Vancouver, B.C.", "Vancouver, British Columbia")],
     [("Marine Safety", "Sécurité maritime"), ("Airports Operations", "Exploitation des aéroports")]),
    ("Veterans Affairs Canada", "Anciens Combattants Canada",
     [("Charlottetown, Prince Edward Island", "Charlottetown, Prince Edward Island")],
     [("Pensions Adjudication", "Décisions en matière de pensions"), ("Veterans Services", "Services aux anciens combattants")]),
    ("Indian and Northern Affairs Canada", "Affaires indiennes et du Nord Canada",
     [("Yellowknife, N.W.T.", "Yellowknife, Northwest Territories"), ("Whitehorse, Yukon", "Whitehorse, Yukon")],
     [("Northern Affairs", "Affaires du Nord"), ("Lands and Trust Services", "Services fonciers et fiduciaires")]),
    ("Statistics Canada", "Statistique Canada",
     [("Ottawa, Ontario", "Ottawa, Ontario")],
     [("Census Operations", "Opérations du recensement"), ("Agriculture Statistics", "Statistique de l'agriculture")]),
    ("Human Resources Development Canada", "Développement des ressources humaines Canada",
     [("Sudbury, Ontario", "Sudbury, Ontario"), ("Québec (Québec)", "Québec, Quebec"), ("Bathurst, New Brunswick", "Bathurst, New Brunswick")],
     [("Income Security Programs", "Programmes de la sécurité du revenu"), ("Labour Program Operations", "Opérations du Programme du travail")]),
    ("Public Works and Government Services Canada", "Travaux publics et Services gouvernementaux Canada",
     [("Edmonton, Alberta", "Edmonton, Alberta"), ("Gatineau (Québec)", "Gatineau, Quebec")],
     [("Real Property Services", "Services immobiliers"), ("Translation Bureau Operations", "Opérations du Bureau de la traduction")]),
    ("Agriculture Canada", "Agriculture Canada",
     [("Lethbridge, Alberta", "Lethbridge, Alberta"), ("Saint-Hyacinthe (Québec)", "Saint-Hyacinthe, Quebec")],
     [("Research Station", "Station de recherche"), ("Food Inspection", "Inspection des aliments")]),
    ("Correctional Service Canada", "Service correctionnel Canada",
     [("Kingston, Ontario", "Kingston, Ontario"), ("Laval (Québec)", "Laval, Quebec"), ("Abbotsford, B.C.", "Abbotsford, British Columbia")],
     [("Institutional Operations", "Opérations en établissement"), ("Community Corrections", "Services correctionnels communautaires")]),
    ("Canada Customs and Revenue Agency", "Agence des douanes et du revenu du Canada",
     [("Shawinigan-Sud (Québec)", "Shawinigan-Sud, Quebec"), ("Surrey, British Columbia", "Surrey, British Columbia")],
     [("Tax Centre Operations", "Opérations du centre fiscal"), ("Collections", "Recouvrements")]),
    ("Canadian Heritage", "Patrimoine canadien",
     [("Ottawa-Hull", "Ottawa-Hull")],
     [("Official Languages Support Programs", "Programmes d'appui aux langues officielles"), ("Arts Policy", "Politique des arts")]),
    ("Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique",
     [("Moncton, New Brunswick", "Moncton, New Brunswick"), ("Sydney, Nova Scotia", "Sydney, Nova Scotia")],
     [("Enterprise Development", "Développement des entreprises"), ("Community Development", "Développement des collectivités")]),
    ("Health and Welfare Canada", "Santé et Bien-être social Canada",
     [("Ottawa, Ontario", "Ottawa, Ontario"), ("Edmonton, Alberta", "Edmonton, Alberta")],
     [("Medical Services", "Services médicaux"), ("Drugs Directorate Operations", "Opérations de la Direction des médicaments")]),
]

ROLES = [  # (English head, French head, level, the supervisor's English head, French head, level)
    ("Director", "Directeur", 1, "Director General", "Directeur général", 3),
    ("Regional Director", "Directeur régional", 2, "Regional Director General", "Directeur général régional", 3),
    ("Director General", "Directeur général", 3, "Assistant Deputy Minister", "Sous-ministre adjoint", 5),
    ("Executive Director", "Directeur exécutif", 2, "Director General", "Directeur général", 3),
    ("District Director", "Directeur de district", 1, "Regional Director", "Directeur régional", 2),
    ("Senior Director", "Directeur principal", 2, "Director General", "Directeur général", 3),
    ("Warden", "Directeur d'établissement", 1, "Deputy Commissioner", "Sous-commissaire", 4),
    ("Assistant Deputy Minister", "Sous-ministre adjoint", 4, "Deputy Minister", "Sous-ministre", None),
]

REPORT_HEADS = [("Manager", "Gestionnaire"), ("Chief", "Chef"), ("Superintendent", "Surintendant"),
                ("Head", "Chef"), ("Co-ordinator", "Coordonnateur"), ("Senior Advisor", "Conseiller principal")]
REPORT_AREAS = [("Operations", "Opérations"), ("Finance and Administration", "Finances et administration"),
                ("Planning and Analysis", "Planification et analyse"), ("Client Services", "Services aux clients"),
                ("Technical Services", "Services techniques"), ("Program Delivery", "Prestation des programmes"),
                ("Compliance", "Observation"), ("Systems Support", "Soutien des systèmes"),
                ("Field Services", "Services extérieurs"), ("Quality Assurance", "Assurance de la qualité"),
                ("Personnel", "Personnel"), ("Policy Co-ordination", "Coordination des politiques")]
REPORT_CLASSES = ["PM-06", "AS-07", "CO-03", "ES-06", "EN-ENG-06", "FI-04", "PE-05", "CS-04", "EG-07", "PM-05",
                  "AS-06", "SI-05", "WP-06", "BI-04", "CR-05", "GT-07"]

GA_EN = [
    "Directs the planning, delivery and evaluation of the {s} program in the {u}, and ensures that the services provided "
    "to the public meet national standards within the resources allocated.",
    "Is accountable for the management of {s} activities, for advice to senior management on their direction, and for "
    "the effective use of the human, financial and material resources of the organization.",
    "Manages the {s} function, provides functional direction to field offices and represents the department with "
    "provincial governments, industry and client groups.",
]
GA_FR = [
    "Dirige la planification, la prestation et l'évaluation du programme de {s} dans la {u} et veille à ce que les "
    "services offerts au public respectent les normes nationales dans les limites des ressources allouées.",
    "Est responsable de la gestion des activités de {s}, des conseils à la haute direction sur leur orientation et de "
    "l'utilisation efficace des ressources humaines, financières et matérielles.",
]
NS_EN = [
    "The {u} serves a large and dispersed clientele. The incumbent must reconcile national policy with regional "
    "realities, deal with the media and elected officials on sensitive matters, and manage through a period of "
    "restraint in which person-years are being reduced while workloads grow.",
    "The position operates in a climate of rapid change: new legislation, automation of manual systems and the "
    "transfer of responsibilities to other levels of government. Decisions taken by the incumbent have direct "
    "consequences for the public and for the department's credibility.",
    "The work calls for sound judgement in a field where errors are visible and costly. The incumbent negotiates "
    "with unions, contractors and other departments and must often act without precedent.",
]
NS_FR = [
    "La {u} dessert une clientèle nombreuse et dispersée. Le titulaire doit concilier la politique nationale et les "
    "réalités régionales, traiter avec les médias et les élus de questions délicates et gérer en période de "
    "compressions des années-personnes.",
    "Le poste s'exerce dans un contexte de changements rapides : nouvelles lois, automatisation des systèmes et "
    "transfert de responsabilités à d'autres ordres de gouvernement.",
]
SA_EN = ["Develops and implements operational plans and priorities for the {s} program.",
         "Manages the human, financial and material resources of the organization.",
         "Advises senior management on issues, trends and the results of program reviews.",
         "Establishes and maintains liaison with provincial officials, industry and client associations.",
         "Ensures compliance with legislation, regulations and Treasury Board policies.",
         "Represents the department on federal-provincial committees and task forces.",
         "Directs the introduction of automated systems and new work methods."]
SA_FR = ["Élabore et met en oeuvre les plans opérationnels et les priorités du programme de {s}.",
         "Gère les ressources humaines, financières et matérielles de l'organisation.",
         "Conseille la haute direction sur les enjeux, les tendances et les résultats des examens de programmes.",
         "Établit et maintient des liens avec les fonctionnaires provinciaux, l'industrie et les associations.",
         "Assure le respect des lois, des règlements et des politiques du Conseil du Trésor."]
CSR_EN = "Canadians and clients of the {u} receive timely, accurate and fair {s} services."
CSR_FR = "Les Canadiens et les clients de la {u} reçoivent des services de {s} rapides, exacts et équitables."

PEOPLE = ["Gerald T. Brannigan", "Monique Lévesque-Harvey", "R. J. Kowalchuk", "Doreen Macphail", "Yves St-Onge",
          "Harinder Sidhu", "Bernadette O'Keefe", "Laurent Charbonneau", "Wilma Ferguson", "Tadeusz Nowicki",
          "Claudette Ouellet", "Brian McInnis", "Sylvie Thibodeau", "Kenneth Lavallée", "Margaret Oyelaran",
          "Réjean Bouchard", "Patricia Dunsmuir", "Alphonse Gaudet", "Irene Sokolowski", "Denis Pelletier",
          "Fiona Carmichael", "Gilles Despatie", "Norman Achtemichuk", "Huguette Lamarre", "Ross Whitford",
          "Louise-Anne Bérubé", "Stanley Oduya", "Colette Arsenault", "Walter Hrynchuk", "Marie-Josée Caron"]

# Label forms, each department's form its own: key -> label.
LABELS_EN = [
    dict(title="POSITION TITLE", cls="GROUP AND LEVEL", pos="POSITION NUMBER", job="JOB CODE", date="EFFECTIVE DATE",
         sup_title="TITLE OF SUPERVISOR", sup_cls="SUPERVISOR'S GROUP/LEVEL", sup_pos="SUPERVISOR'S POSITION NO.",
         loc="LOCATION", dept="DEPARTMENT", unit="BRANCH/DIVISION"),
    dict(title="Title of Position", cls="Classification", pos="Position No.", job="Standard Job Description No.",
         date="Date Effective", sup_title="Immediate Superior", sup_cls="Superior's Classification",
         sup_pos="Superior's Position No.", loc="Work Location", dept="Department", unit="Organization Unit"),
    dict(title="OFFICIAL TITLE", cls="LEVEL", pos="POS. NO.", job="GENERIC NO.", date="DATE OF DESCRIPTION",
         sup_title="REPORTS TO (TITLE)", sup_cls="REPORTS TO (LEVEL)", sup_pos="REPORTS TO (POS. NO.)",
         loc="HEADQUARTERS", dept="DEPT.", unit="SECTOR"),
    dict(title="Position", cls="Group/Level", pos="Position Ref. No.", job="Job Code", date="Classification Date",
         sup_title="Supervisor (Title)", sup_cls="Supervisor (Group/Level)", sup_pos="Supervisor (Position Ref.)",
         loc="Geographic Location", dept="Department/Agency", unit="Directorate"),
]
LABELS_FR = [
    dict(title="TITRE DU POSTE", cls="GROUPE ET NIVEAU", pos="NUMÉRO DU POSTE", job="CODE DE L'EMPLOI",
         date="DATE D'ENTRÉE EN VIGUEUR", sup_title="TITRE DU SUPÉRIEUR", sup_cls="GROUPE/NIVEAU DU SUPÉRIEUR",
         sup_pos="NO DU POSTE DU SUPÉRIEUR", loc="LIEU DE TRAVAIL", dept="MINISTÈRE", unit="DIRECTION"),
    dict(title="Titre officiel", cls="Classification", pos="No de poste", job="No de la description type",
         date="Date d'effet", sup_title="Supérieur immédiat", sup_cls="Classification du supérieur",
         sup_pos="No de poste du supérieur", loc="Endroit", dept="Ministère", unit="Unité organisationnelle"),
    dict(title="Intitulé du poste", cls="Niveau", pos="Poste no", job="Code d'emploi", date="En vigueur le",
         sup_title="Relève de (titre)", sup_cls="Relève de (niveau)", sup_pos="Relève de (poste no)",
         loc="Lieu géographique", dept="Organisme", unit="Secteur"),
]
HEAD_EN = dict(ga=["GENERAL ACCOUNTABILITY", "Overall Accountability", "PURPOSE OF THE POSITION", "Summary"],
               org=["ORGANIZATION", "Organizational Context", "ORGANIZATION STRUCTURE", "Reporting Relationships"],
               ns=["NATURE AND SCOPE", "Nature and Scope", "CONTEXT AND CHALLENGES", "Scope of the Position"],
               dim=["DIMENSIONS", "Dimensions", "RESOURCES MANAGED", "Financial and Human Resources"],
               sa=["SPECIFIC ACCOUNTABILITIES", "Principal Activities", "MAIN DUTIES", "Specific Responsibilities"],
               cert=["CERTIFICATION", "Signatures", "APPROVAL", "Certification"])
HEAD_FR = dict(ga=["RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste", "SOMMAIRE"],
               org=["ORGANISATION", "Structure organisationnelle", "CONTEXTE ORGANISATIONNEL"],
               ns=["NATURE ET ÉTENDUE", "Nature et portée du poste", "CONTEXTE ET DÉFIS"],
               dim=["DIMENSIONS", "Ressources gérées", "DONNÉES QUANTITATIVES"],
               sa=["RESPONSABILITÉS SPÉCIFIQUES", "Activités principales", "FONCTIONS PRINCIPALES"],
               cert=["CERTIFICATION", "Signatures", "APPROBATION"])
