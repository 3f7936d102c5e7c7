"""Organizations, areas, prose and invented names for blind191 (agency templates)."""

FIRST = ["Maelle", "Torvald", "Ishbel", "Quentin", "Roxanne", "Anselm", "Delphine", "Gideon", "Marisol",
         "Oswin", "Perpetua", "Lucan", "Henrietta", "Ambrose", "Solveig", "Thaddeus", "Ysolde", "Cassius",
         "Ottilie", "Barnaby", "Rosalind", "Evander", "Philippa", "Leopold", "Genevieve", "Ignatius",
         "Marguerite", "Casimir", "Honorine", "Jerome"]
LAST = ["Quillfeather", "Brackenridge", "Ostrowaski", "Delacroixe", "Thimbleby", "Marchetand", "Vanderholt",
        "Pennyworthe", "Achterberg", "Lafrenaye", "Kowalczynski", "Oduyemi", "Castellane", "Nighswander",
        "Beaupréault", "Strathdee", "Vaillancœur", "Mbekwa", "Tremblais", "Hollingrake", "Szczepanik",
        "Gauthierre", "Abernathey", "Rousselière", "Fenwicke", "Okonkwoh", "Pelletrier", "Wanderlee"]

# org key: (English name, French name, template, locations, level style, DG supervisor (en, fr, class))
ORGS = {
    "cra": dict(en="Canada Revenue Agency", fr="Agence du revenu du Canada", abbr="CRA",
                locs=[("Ottawa, Ontario", "Ottawa (Ontario)"), ("Shawinigan, Quebec", "Shawinigan (Québec)"),
                      ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Surrey, British Columbia", "Surrey (Colombie-Britannique)")],
                boss=("Assistant Commissioner, Compliance Programs Branch", "Sous-commissaire, Direction générale des programmes d'observation", "EX-05"),
                groups=["MG-06", "MG-05", "AU-05", "SP-07", "CS-04", "MG-04"],
                areas=[("Audit Quality Assurance", "Assurance de la qualité de la vérification"),
                       ("Offshore Compliance", "Observation à l'étranger"),
                       ("Collections Strategies", "Stratégies de recouvrement"),
                       ("Charities Directorate Operations", "Opérations de la Direction des organismes de bienfaisance"),
                       ("Scientific Research Tax Incentives", "Incitatifs fiscaux pour la recherche scientifique"),
                       ("Benefit Programs Integrity", "Intégrité des programmes de prestations"),
                       ("Large Business Audit", "Vérification des grandes entreprises")],
                dg_area=("Compliance Operations", "Opérations d'observation")),
    "pca": dict(en="Parks Canada Agency", fr="Agence Parcs Canada", abbr="PCA",
                locs=[("Gatineau, Quebec", "Gatineau (Québec)"), ("Banff, Alberta", "Banff (Alberta)"),
                      ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"), ("Cornwall, Ontario", "Cornwall (Ontario)")],
                boss=("Vice-President, Operations", "Vice-président, Opérations", "EX-05"),
                groups=["GT-06", "PC-04", "AS-06", "EG-07", "GL-MAN-12", "PM-06"],
                areas=[("Heritage Canals Infrastructure", "Infrastructure des canaux historiques"),
                       ("Visitor Experience", "Expérience du visiteur"),
                       ("Conservation Programs", "Programmes de conservation"),
                       ("Indigenous Affairs and Cultural Heritage", "Affaires autochtones et patrimoine culturel"),
                       ("Realty and Land Claims", "Biens immobiliers et revendications territoriales"),
                       ("Fire Management", "Gestion des incendies"),
                       ("Townsite Operations", "Opérations des lotissements urbains")],
                dg_area=("National Parks Operations", "Opérations des parcs nationaux")),
    "cfia": dict(en="Canadian Food Inspection Agency", fr="Agence canadienne d'inspection des aliments", abbr="CFIA",
                 locs=[("Ottawa, Ontario", "Ottawa (Ontario)"), ("Saint-Hyacinthe, Quebec", "Saint-Hyacinthe (Québec)"),
                       ("Guelph, Ontario", "Guelph (Ontario)"), ("Burnaby, British Columbia", "Burnaby (Colombie-Britannique)")],
                 boss=("Vice-President, Science", "Vice-présidente, Sciences", "EX-04"),
                 groups=["VM-03", "EG-06", "BI-04", "CO-03", "VM-04", "PM-06"],
                 areas=[("Animal Health Laboratories", "Laboratoires de santé des animaux"),
                        ("Food Safety Science", "Science de la salubrité des aliments"),
                        ("Plant Health Surveillance", "Surveillance phytosanitaire"),
                        ("Import Export Certification", "Certification des importations et exportations"),
                        ("Meat Hygiene Programs", "Programmes d'hygiène des viandes"),
                        ("Recall and Incident Response", "Rappels et intervention en cas d'incident"),
                        ("Laboratory Quality Systems", "Systèmes de qualité des laboratoires")],
                 dg_area=("Laboratory Directorate", "Direction des laboratoires")),
    "cnsc": dict(en="Canadian Nuclear Safety Commission", fr="Commission canadienne de sûreté nucléaire", abbr="CNSC",
                 locs=[("Ottawa, Ontario", "Ottawa (Ontario)"), ("Chalk River, Ontario", "Chalk River (Ontario)"),
                       ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)")],
                 boss=("Executive Vice-President and Chief Regulatory Operations Officer", "Premier vice-président et chef de la réglementation des opérations", None),
                 groups=["NUC-12", "NUC-11", "NUC-10", "AS-05", "NUC-13", "EC-07"],
                 areas=[("Power Reactor Regulation", "Réglementation des centrales nucléaires"),
                        ("Waste and Decommissioning", "Déchets et déclassement"),
                        ("Uranium Mines and Mills", "Mines et usines de concentration d'uranium"),
                        ("Nuclear Substances Licensing", "Autorisation des substances nucléaires"),
                        ("Emergency Management Programs", "Programmes de gestion des urgences"),
                        ("Radiation Protection", "Radioprotection"),
                        ("Security and Safeguards", "Sécurité et garanties")],
                 dg_area=("Regulatory Operations", "Opérations de réglementation")),
    "nrc": dict(en="National Research Council Canada", fr="Conseil national de recherches Canada", abbr="NRC",
                locs=[("Ottawa, Ontario", "Ottawa (Ontario)"), ("Boucherville, Quebec", "Boucherville (Québec)"),
                      ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)"), ("Victoria, British Columbia", "Victoria (Colombie-Britannique)")],
                boss=("Vice-President, Engineering", "Vice-président, Génie", "EX-05"),
                groups=["RO-05", "RCO-04", "TO-05", "AS-06", "RO-04", "FI-04"],
                areas=[("Aerospace Research Centre", "Centre de recherche en aérospatiale"),
                       ("Ocean, Coastal and River Engineering", "Génie océanique, côtier et fluvial"),
                       ("Industrial Research Assistance Program, Prairies", "Programme d'aide à la recherche industrielle, Prairies"),
                       ("Advanced Materials", "Matériaux avancés"),
                       ("Herzberg Astronomy Facilities", "Installations d'astronomie Herzberg"),
                       ("Construction Research", "Recherche en construction"),
                       ("Research Facility Management", "Gestion des installations de recherche")],
                dg_area=("Engineering Research Centres", "Centres de recherche en génie")),
    "cer": dict(en="Canada Energy Regulator", fr="Régie de l'énergie du Canada", abbr="CER",
                locs=[("Calgary, Alberta", "Calgary (Alberta)"), ("Montréal, Quebec", "Montréal (Québec)"),
                      ("Yellowknife, Northwest Territories", "Yellowknife (Territoires du Nord-Ouest)")],
                boss=("Executive Vice-President, Regulatory", "Vice-présidente exécutive, Réglementation", "EX-05"),
                groups=["EN-ENG-06", "EC-07", "CO-04", "AS-05", "EN-ENG-05", "LP-03"],
                areas=[("Pipeline Integrity", "Intégrité des pipelines"),
                       ("Energy Markets Analysis", "Analyse des marchés de l'énergie"),
                       ("Crown Consultation", "Consultation de la Couronne"),
                       ("Field Operations West", "Opérations sur le terrain Ouest"),
                       ("Tolls and Tariffs", "Droits et tarifs"),
                       ("Emergency Management", "Gestion des urgences"),
                       ("Lifecycle Oversight", "Surveillance du cycle de vie")],
                dg_area=("Regulatory Operations", "Opérations de réglementation")),
}

ROLE_EN = {"Director": "Director", "Executive Director": "Executive Director", "Director General": "Director General"}
ROLE_FR = {"Director": "Directeur", "Executive Director": "Directeur exécutif", "Director General": "Directeur général"}

REPORT_EN = ["Manager", "Senior Manager", "Chief", "Team Leader", "Senior Advisor", "Head"]
REPORT_FR = ["Gestionnaire", "Gestionnaire principal", "Chef", "Chef d'équipe", "Conseiller principal", "Responsable"]
REPORT_AREAS = [("Operations", "Opérations"), ("Planning and Reporting", "Planification et rapports"),
                ("Technical Services", "Services techniques"), ("Policy and Standards", "Politiques et normes"),
                ("Quality Management", "Gestion de la qualité"), ("Regional Programs", "Programmes régionaux"),
                ("Business Systems", "Systèmes opérationnels"), ("Stakeholder Relations", "Relations avec les intervenants")]

PURPOSE_EN = ("Leads the {area} function of the {org}, setting direction for national programs, "
              "ensuring that operations are delivered consistently across regions and in line with the "
              "Agency's legislative mandate, risk tolerance and service standards, and advising senior "
              "management on emerging issues, resourcing and performance.")
PURPOSE_FR = ("Dirige la fonction {area} de l'organisation ({org}), établit l'orientation des programmes "
              "nationaux, veille à la prestation uniforme des opérations dans les régions conformément au "
              "mandat législatif, à la tolérance au risque et aux normes de service, et conseille la haute "
              "direction sur les enjeux émergents, les ressources et le rendement.")
SCOPE_EN = ["The position operates in a complex environment shaped by legislative change, public scrutiny and "
            "the expectations of industry, Indigenous communities and provincial partners.",
            "The incumbent manages competing priorities across a dispersed workforce and must reconcile national "
            "consistency with regional realities, often under tight timelines set by the Minister's office.",
            "Decisions taken by the position have direct effects on the health and safety of Canadians, on the "
            "confidence of regulated parties and on the credibility of the organization before the courts.",
            "The work requires sustained collaboration with central agencies, other regulators and international "
            "counterparts, as well as the modernization of aging systems and business processes."]
SCOPE_FR = ["Le poste évolue dans un environnement complexe marqué par l'évolution législative, l'examen public "
            "et les attentes de l'industrie, des communautés autochtones et des partenaires provinciaux.",
            "Le titulaire gère des priorités concurrentes au sein d'un effectif dispersé et doit concilier "
            "l'uniformité nationale et les réalités régionales, souvent dans des délais serrés.",
            "Les décisions prises ont des effets directs sur la santé et la sécurité des Canadiens et sur la "
            "confiance des parties réglementées.",
            "Le travail exige une collaboration soutenue avec les organismes centraux, d'autres organismes de "
            "réglementation et des homologues internationaux."]
ACC_EN = ["Sets annual business plans, performance targets and risk frameworks for the unit and reports results.",
          "Directs the development of national policies, procedures and training for program delivery staff.",
          "Provides authoritative advice to the Vice-President and executive committees on program issues.",
          "Manages the human and financial resources of the unit and exercises delegated authorities.",
          "Represents the organization with stakeholders, other jurisdictions and international partners.",
          "Leads modernization initiatives, including the renewal of information systems and data practices.",
          "Ensures the quality, consistency and defensibility of decisions taken under the legislation."]
ACC_FR = ["Établit les plans d'activités annuels, les cibles de rendement et les cadres de risque de l'unité.",
          "Dirige l'élaboration des politiques, procédures et formations nationales pour le personnel.",
          "Fournit des conseils faisant autorité à la vice-présidence et aux comités de direction.",
          "Gère les ressources humaines et financières de l'unité et exerce les pouvoirs délégués.",
          "Représente l'organisation auprès des intervenants, des autres administrations et des partenaires.",
          "Dirige les initiatives de modernisation, y compris le renouvellement des systèmes d'information.",
          "Assure la qualité, l'uniformité et la défendabilité des décisions prises en vertu de la loi."]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
