"""Prose, areas, places and invented names for blind193 (web-portal work descriptions)."""

DEPARTMENTS = [
    ("Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC"),
    ("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada", "IRCC"),
    ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC"),
    ("Natural Resources Canada", "Ressources naturelles Canada", "NRCan"),
    ("Transport Canada", "Transports Canada", "TC"),
    ("Canadian Heritage", "Patrimoine canadien", "PCH"),
]

# (English area, French area), one per position of the corpus
AREAS = [
    ("Program Operations", "Opérations des programmes"),
    ("Client Service Delivery", "Prestation des services aux clients"),
    ("Strategic Policy", "Politiques stratégiques"),
    ("Corporate Planning and Reporting", "Planification et rapports ministériels"),
    ("Grants and Contributions", "Subventions et contributions"),
    ("Digital Services", "Services numériques"),
    ("Regional Operations, Atlantic", "Opérations régionales, Atlantique"),
    ("Labour Market Information", "Information sur le marché du travail"),
    ("Integrity and Risk Management", "Intégrité et gestion des risques"),
    ("Procurement Modernization", "Modernisation de l'approvisionnement"),
    ("Real Property Services", "Services immobiliers"),
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Settlement Programs", "Programmes d'établissement"),
    ("Citizenship Operations", "Opérations de citoyenneté"),
    ("Energy Efficiency", "Efficacité énergétique"),
    ("Geoscience Programs", "Programmes géoscientifiques"),
    ("Forest Sector Innovation", "Innovation dans le secteur forestier"),
    ("Rail Safety", "Sécurité ferroviaire"),
    ("Marine Security", "Sûreté maritime"),
    ("Aviation Oversight", "Surveillance de l'aviation"),
    ("Arts Policy", "Politique des arts"),
    ("Official Languages Support Programs", "Programmes d'appui aux langues officielles"),
    ("Sport Canada Programs", "Programmes de Sport Canada"),
    ("Financial Management", "Gestion financière"),
    ("Human Resources Operations", "Opérations des ressources humaines"),
    ("Information Management", "Gestion de l'information"),
    ("Audit and Evaluation", "Vérification et évaluation"),
    ("Data Analytics", "Analytique des données"),
    ("Stakeholder Engagement", "Mobilisation des intervenants"),
    ("Pay and Pension Services", "Services de paye et de pension"),
    ("Translation Services", "Services de traduction"),
    ("Security and Emergency Management", "Sécurité et gestion des urgences"),
    ("Indigenous Relations", "Relations avec les Autochtones"),
    ("International Affairs", "Affaires internationales"),
    ("Legislative Renewal", "Renouvellement législatif"),
    ("Accessibility Programs", "Programmes d'accessibilité"),
    ("Benefits Processing", "Traitement des prestations"),
    ("Contact Centre Operations", "Opérations des centres d'appels"),
    ("Spectrum of Services Design", "Conception de l'éventail des services"),
    ("Mineral Policy", "Politique des minéraux"),
    ("Heritage Collections", "Collections patrimoniales"),
    ("Compliance and Enforcement", "Conformité et application de la loi"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
]

SUB_UNITS = [
    ("Operations", "Opérations"), ("Policy", "Politiques"), ("Analysis", "Analyse"),
    ("Business Solutions", "Solutions opérationnelles"), ("Quality Assurance", "Assurance de la qualité"),
    ("Client Relations", "Relations avec la clientèle"), ("Program Design", "Conception des programmes"),
    ("Intake", "Réception"), ("Monitoring", "Surveillance"), ("Coordination", "Coordination"),
    ("Systems", "Systèmes"), ("Partnerships", "Partenariats"), ("Reporting", "Rapports"),
]

REPORT_CLASSES = ["PM-06", "EC-07", "AS-07", "CS-05", "FI-04", "PE-06", "EC-06", "PM-05", "CO-03", "AS-06",
                  "EN-ENG-05", "IS-06"]

PLACES = [
    ("Ottawa, Ontario", "Ottawa (Ontario)"),
    ("Gatineau, Quebec", "Gatineau (Québec)"),
    ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"),
    ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"),
    ("Montréal, Quebec", "Montréal (Québec)"),
    ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
    ("Edmonton, Alberta", "Edmonton (Alberta)"),
]

GIVEN = ["Aurélie", "Bertrand", "Chidinma", "Dorian", "Estelle", "Fergus", "Ghislaine", "Hamish", "Ilona",
         "Joachim", "Kalinda", "Léandre", "Maëlys", "Nikolai", "Oriane", "Pascaline", "Quentin", "Rosalind",
         "Séverin", "Tamsin", "Ulrike", "Valérien", "Wilhelmina", "Yannick", "Zéphyrine", "Anselme",
         "Brielle", "Cosimo", "Delphine", "Evander"]
FAMILY = ["Quenneville-Orr", "Marchbank", "Ostrowicz", "Thibodeau-Lyall", "Vandersloot", "Achterberg",
          "Brisebois-Kane", "Fairweather", "Lacombe-Nuttall", "Okonkwo-Bray", "Pellerin-Strand", "Rautenbach",
          "Szczepanik", "Trottier-Hale", "Underhill", "Villeneuve-Ashdown", "Whitcombe", "Youngblut",
          "Zielinska-Roy", "Ashgrove", "Belliveau-Mott", "Cardinal-Rusk", "Dumoulin-Pratt", "Esterhuizen"]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def prose_en(p):
    a = p["area_en"]
    ga = (f"The {p['title_en']} is accountable for the strategic direction, planning and delivery of "
          f"{a.lower()} activities for {p['dept_en']}, ensuring that programs and services are delivered "
          f"efficiently, in accordance with legislation, Treasury Board policies and the Government's "
          f"priorities, and that the Department's resources are managed with integrity.")
    ns = (f"The {p['unit_en']} operates in a complex, multi-stakeholder environment involving provinces and "
          f"territories, other federal departments, industry and client groups. The incumbent provides "
          f"authoritative advice to senior management on {a.lower()} issues, anticipates emerging pressures "
          f"and leads a diverse workforce through organizational change. Key challenges include modernizing "
          f"aging systems, meeting service standards under tight timelines and managing reputational risk.")
    sa = [f"Leads the development and implementation of {a.lower()} strategies, plans and frameworks.",
          "Manages the human and financial resources of the organization, including staffing, learning and "
          "performance management.",
          "Represents the Department on interdepartmental and federal-provincial-territorial committees.",
          "Provides briefings, recommendations and decision documents to the Deputy Minister and Ministers."]
    return ga, ns, sa


def prose_fr(p):
    a = p["area_fr"]
    ga = (f"Le ou la titulaire du poste de {p['title_fr']} est responsable de l'orientation stratégique, de la "
          f"planification et de l'exécution des activités liées au secteur {a.lower()} pour {p['dept_fr']}, "
          f"en veillant à ce que les programmes et services soient offerts de façon efficiente, conformément "
          f"aux lois, aux politiques du Conseil du Trésor et aux priorités du gouvernement.")
    ns = (f"L'unité {p['unit_fr']} évolue dans un environnement complexe qui fait intervenir les provinces et "
          f"les territoires, d'autres ministères fédéraux, l'industrie et des groupes de clients. Le ou la "
          f"titulaire fournit des conseils faisant autorité à la haute direction, anticipe les pressions "
          f"émergentes et dirige un effectif diversifié dans un contexte de changement organisationnel.")
    sa = [f"Dirige l'élaboration et la mise en œuvre des stratégies, plans et cadres du secteur {a.lower()}.",
          "Gère les ressources humaines et financières de l'organisation, y compris la dotation, "
          "l'apprentissage et la gestion du rendement.",
          "Représente le Ministère au sein de comités interministériels et fédéraux-provinciaux-territoriaux.",
          "Prépare des notes d'information, des recommandations et des documents de décision pour le "
          "sous-ministre et les ministres."]
    return ga, ns, sa
