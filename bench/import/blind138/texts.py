"""Positions, prose and names of the blind138 corpus: a regional office's faxed and annotated folder
(Fisheries and Oceans Canada Gulf, Maritimes and Newfoundland and Labrador regions, and the Canadian
Coast Guard's Atlantic Region). Every position and every person is invented."""
from __future__ import annotations

# Supervisors whose own descriptions are not in the folder.
SUPERIORS = {
    "ADM-FHM": dict(title="Senior Assistant Deputy Minister, Fisheries and Harbour Management",
                    title_fr="Sous-ministre adjoint principal, Gestion des pêches et des ports",
                    cls="EX-05", pos="10017"),
    "ADM-ECO": dict(title="Assistant Deputy Minister, Ecosystems and Oceans Science",
                    title_fr="Sous-ministre adjoint, Sciences des écosystèmes et des océans",
                    cls="EX-05", pos="10022"),
    "CCG-COMM": dict(title="Commissioner, Canadian Coast Guard",
                     title_fr="Commissaire, Garde côtière canadienne", cls="EX-05", pos="20001"),
    "M-FM": dict(title="Regional Director, Fisheries Management, Maritimes",
                 title_fr="Directeur régional, Gestion des pêches, Maritimes", cls="EX-02", pos="31210"),
    "NL-RDG": dict(title="Regional Director General, Newfoundland and Labrador Region",
                   title_fr="Directeur général régional, Région de Terre-Neuve-et-Labrador",
                   cls="EX-03", pos="50001"),
    "G-DG-OLD": dict(title="Director General, Gulf Region", title_fr="Directeur général, Région du Golfe",
                     cls="EX-03", pos="40001"),
}

# key: title, title_fr, cls, job, pos, sup (a key of POSITIONS or SUPERIORS), loc, loc_fr, region, domain,
# fte (the unit's, the position included), salary, om, reports [(title, title_fr, cls, fte)]
POSITIONS = {
    "G-RDG": dict(
        title="Regional Director General, Gulf Region", title_fr="Directeur général régional, Région du Golfe",
        cls="EX-03", job="104410", pos="40001", sup="ADM-FHM", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="rdg",
        fte=612, salary=41_850_000, om=12_400_000, reports=[
            ("Regional Director, Fisheries Management", "Directeur régional, Gestion des pêches", "EX-02", 188),
            ("Regional Director, Science", "Directeur régional, Sciences", "EX-01", 141),
            ("Regional Director, Small Craft Harbours", "Directeur régional, Ports pour petits bateaux", "EX-01", 64),
            ("Regional Director, Conservation and Protection", "Directeur régional, Conservation et protection", "EX-01", 122),
            ("Regional Director, Corporate Management", "Directeur régional, Gestion intégrée", "EX-01", 71),
            ("Regional Director, Communications", "Directeur régional, Communications", "IS-06", 9),
        ]),
    "G-FM": dict(
        title="Regional Director, Fisheries Management, Gulf Region",
        title_fr="Directeur régional, Gestion des pêches, Région du Golfe",
        cls="EX-02", job="104426", pos="40118", sup="G-RDG", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="fish",
        fte=188, salary=13_240_000, om=3_610_000, reports=[
            ("Area Director, Eastern New Brunswick", "Directeur de secteur, Est du Nouveau-Brunswick", "EX-01", 38),
            ("Area Director, Prince Edward Island", "Directeur de secteur, Île-du-Prince-Édouard", "EX-01", 31),
            ("Area Director, Gulf Nova Scotia", "Directeur de secteur, Golfe Nouvelle-Écosse", "EX-01", 29),
            ("Director, Resource Management", "Directeur, Gestion des ressources", "EX-01", 47),
            ("Manager, Indigenous Programs", "Gestionnaire, Programmes autochtones", "PM-06", 14),
            ("Manager, Licensing Services", "Gestionnaire, Services de délivrance des permis", "PM-05", 21),
        ]),
    "G-SCI": dict(
        title="Regional Director, Science, Gulf Region", title_fr="Directeur régional, Sciences, Région du Golfe",
        cls="EX-01", job="104431", pos="40207", sup="G-RDG", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="sci",
        fte=141, salary=10_960_000, om=2_870_000, reports=[
            ("Division Manager, Fisheries and Ecosystem Sciences", "Gestionnaire de division, Sciences des pêches et des écosystèmes", "RES-05", 58),
            ("Division Manager, Aquatic Ecosystems", "Gestionnaire de division, Écosystèmes aquatiques", "BI-05", 41),
            ("Manager, Centre for Science Advice", "Gestionnaire, Centre des avis scientifiques", "BI-04", 8),
            ("Manager, Science Operations and Vessels", "Gestionnaire, Opérations scientifiques et navires", "EG-07", 26),
            ("Manager, Hydrographic Services", "Gestionnaire, Services hydrographiques", "EG-07", 7),
        ]),
    "G-SCH": dict(
        title="Regional Director, Small Craft Harbours, Gulf Region",
        title_fr="Directeur régional, Ports pour petits bateaux, Région du Golfe",
        cls="EX-01", job="104440", pos="40255", sup="G-RDG", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="sch",
        fte=64, salary=5_120_000, om=38_700_000, reports=[
            ("Regional Manager, Engineering", "Gestionnaire régional, Génie", "EN-ENG-06", 22),
            ("Regional Manager, Harbour Operations", "Gestionnaire régional, Opérations portuaires", "GT-07", 27),
            ("Manager, Harbour Authority Program", "Gestionnaire, Programme des administrations portuaires", "PM-06", 9),
            ("Manager, Real Property and Divestiture", "Gestionnaire, Biens immobiliers et dessaisissement", "PM-05", 5),
        ]),
    "G-CP": dict(
        title="Regional Director, Conservation and Protection, Gulf Region",
        title_fr="Directeur régional, Conservation et protection, Région du Golfe",
        cls="EX-01", job="104452", pos="40311", sup="G-RDG", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="cp",
        fte=122, salary=9_870_000, om=2_315_000, reports=[
            ("Chief, Enforcement Operations, New Brunswick", "Chef, Opérations d'application, Nouveau-Brunswick", "GT-07", 44),
            ("Chief, Enforcement Operations, Prince Edward Island and Nova Scotia", "Chef, Opérations d'application, Î.-P.-É. et Nouvelle-Écosse", "GT-07", 39),
            ("Chief, Intelligence and Major Cases", "Chef, Renseignement et cas majeurs", "GT-07", 16),
            ("Chief, Program Planning and Compliance", "Chef, Planification du programme et conformité", "PM-06", 12),
            ("Chief, Training and Standards", "Chef, Formation et normes", "GT-06", 10),
        ]),
    "G-ENB": dict(
        title="Area Director, Eastern New Brunswick", title_fr="Directeur de secteur, Est du Nouveau-Brunswick",
        cls="EX-01", job="104460", pos="40134", sup="G-FM", loc="Tracadie-Sheila, New Brunswick",
        loc_fr="Tracadie-Sheila (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe",
        domain="area", fte=38, salary=2_790_000, om=640_000, reports=[
            ("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-05", 11),
            ("Area Chief, Licensing and Client Services", "Chef de secteur, Permis et services à la clientèle", "CR-06", 9),
            ("Area Chief, Fisheries Protection", "Chef de secteur, Protection des pêches", "BI-03", 7),
            ("Area Chief, Indigenous Fisheries", "Chef de secteur, Pêches autochtones", "PM-05", 8),
            ("Administrative Officer", "Agente administrative", "AS-02", 2),
        ]),
    "G-PEI": dict(
        title="Area Director, Prince Edward Island", title_fr="Directeur de secteur, Île-du-Prince-Édouard",
        cls="EX-01", job="104461", pos="40141", sup="G-FM", loc="Charlottetown, Prince Edward Island",
        loc_fr="Charlottetown (Île-du-Prince-Édouard)", region="Gulf Region", region_fr="Région du Golfe",
        domain="area", fte=31, salary=2_280_000, om=515_000, reports=[
            ("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-05", 10),
            ("Area Chief, Aquaculture Management", "Chef de secteur, Gestion de l'aquaculture", "BI-03", 8),
            ("Area Chief, Licensing and Client Services", "Chef de secteur, Permis et services à la clientèle", "CR-05", 7),
            ("Area Chief, Fisheries Protection", "Chef de secteur, Protection des pêches", "BI-03", 5),
        ]),
    "G-NS": dict(
        title="Area Director, Gulf Nova Scotia", title_fr="Directeur de secteur, Golfe Nouvelle-Écosse",
        cls="EX-01", job="104462", pos="40149", sup="G-FM", loc="Antigonish, Nova Scotia",
        loc_fr="Antigonish (Nouvelle-Écosse)", region="Gulf Region", region_fr="Région du Golfe",
        domain="area", fte=29, salary=2_130_000, om=470_000, reports=[
            ("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-05", 9),
            ("Area Chief, Licensing and Client Services", "Chef de secteur, Permis et services à la clientèle", "CR-05", 8),
            ("Area Chief, Indigenous Fisheries", "Chef de secteur, Pêches autochtones", "PM-05", 6),
            ("Senior Fisheries Officer, Science Liaison", "Agent principal des pêches, liaison scientifique", "BI-03", 5),
        ]),
    "G-CMS": dict(
        title="Regional Director, Corporate Management, Gulf Region",
        title_fr="Directeur régional, Gestion intégrée, Région du Golfe",
        cls="EX-01", job="104470", pos="40390", sup="G-RDG", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="corp",
        fte=71, salary=5_310_000, om=1_460_000, reports=[
            ("Regional Manager, Finance and Planning", "Gestionnaire régional, Finances et planification", "FI-03", 19),
            ("Regional Manager, Real Property, Safety and Security", "Gestionnaire régional, Biens immobiliers, sûreté et sécurité", "PM-06", 16),
            ("Regional Manager, Information Management and Technology", "Gestionnaire régional, GI-TI", "CS-04", 23),
            ("Regional Manager, Administrative Services", "Gestionnaire régional, Services administratifs", "AS-05", 12),
        ]),
    "G-INSP": dict(
        title="Director, Inspection Services, Gulf Region", title_fr="Directeur, Services d'inspection, Région du Golfe",
        cls="EX-01", job="88214", pos="40460", sup="G-DG-OLD", loc="Moncton, New Brunswick",
        loc_fr="Moncton (Nouveau-Brunswick)", region="Gulf Region", region_fr="Région du Golfe", domain="insp",
        fte=57, salary=2_410_000, om=690_000, reports=[
            ("Chief, Fish Plant Inspection", "Chef, Inspection des usines", "EG-06", 24),
            ("Chief, Import and Export Inspection", "Chef, Inspection des importations et exportations", "EG-06", 17),
            ("Chief, Laboratory Services", "Chef, Services de laboratoire", "CH-04", 11),
            ("Administrative Officer", "Agent administratif", "AS-03", 4),
        ]),
    "M-RDG": dict(
        title="Regional Director General, Maritimes Region", title_fr="Directrice générale régionale, Région des Maritimes",
        cls="EX-03", job="104500", pos="30001", sup="ADM-FHM", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="rdg", fte=905, salary=63_400_000, om=19_750_000, reports=[
            ("Regional Director, Fisheries Management", "Directeur régional, Gestion des pêches", "EX-02", 241),
            ("Regional Director, Science", "Directeur régional, Sciences", "EX-02", 388),
            ("Regional Director, Ecosystems Management", "Directeur régional, Gestion des écosystèmes", "EX-02", 97),
            ("Regional Director, Small Craft Harbours", "Directeur régional, Ports pour petits bateaux", "EX-01", 58),
            ("Regional Director, Corporate Management", "Directeur régional, Gestion intégrée", "EX-01", 102),
        ]),
    "M-ECO": dict(
        title="Regional Director, Ecosystems Management, Maritimes Region",
        title_fr="Directrice régionale, Gestion des écosystèmes, Région des Maritimes",
        cls="EX-02", job="104515", pos="30412", sup="M-RDG", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="eco", fte=97, salary=7_480_000, om=2_960_000, reports=[
            ("Manager, Fish and Fish Habitat Protection Program", "Gestionnaire, Programme de protection du poisson et de son habitat", "BI-04", 34),
            ("Manager, Species at Risk", "Gestionnaire, Espèces en péril", "BI-04", 21),
            ("Manager, Marine Planning and Conservation", "Gestionnaire, Planification et conservation marines", "PM-06", 24),
            ("Manager, Aquatic Invasive Species", "Gestionnaire, Espèces aquatiques envahissantes", "BI-04", 12),
            ("Regional Coordinator, Ecosystem Programs", "Coordonnatrice régionale, Programmes des écosystèmes", "EC-06", 5),
        ]),
    "M-SCI": dict(
        title="Regional Director, Science, Maritimes Region", title_fr="Directeur régional, Sciences, Région des Maritimes",
        cls="EX-02", job="104520", pos="30301", sup="M-RDG", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="sci", fte=388, salary=31_620_000, om=8_940_000, reports=[
            ("Director, Ocean and Ecosystem Sciences", "Directeur, Sciences des océans et des écosystèmes", "EX-01", 142),
            ("Director, Population Ecology", "Directeur, Écologie des populations", "EX-01", 118),
            ("Director, Canadian Hydrographic Service, Atlantic", "Directeur, Service hydrographique du Canada, Atlantique", "EX-01", 84),
            ("Manager, Science Advice and Information", "Gestionnaire, Avis et information scientifiques", "BI-05", 19),
            ("Manager, Bedford Institute Operations", "Gestionnaire, Opérations de l'Institut Bedford", "EG-07", 24),
        ]),
    "M-OES": dict(
        title="Director, Ocean and Ecosystem Sciences, Maritimes Region",
        title_fr="Directeur, Sciences des océans et des écosystèmes, Région des Maritimes",
        cls="EX-01", job="104524", pos="30318", sup="M-SCI", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="sci", fte=142, salary=11_080_000, om=3_240_000, reports=[
            ("Section Head, Ocean Monitoring", "Chef de section, Surveillance des océans", "RES-04", 38),
            ("Section Head, Coastal Ecosystem Science", "Chef de section, Science des écosystèmes côtiers", "RES-04", 31),
            ("Section Head, Marine Environmental Quality", "Chef de section, Qualité de l'environnement marin", "CH-04", 27),
            ("Section Head, Ocean Data and Information", "Chef de section, Données et information océaniques", "CS-04", 22),
        ]),
    "M-SWNS": dict(
        title="Area Director, Southwest Nova Scotia", title_fr="Directeur de secteur, Sud-Ouest de la Nouvelle-Écosse",
        cls="EX-01", job="104531", pos="31244", sup="M-FM", loc="Yarmouth, Nova Scotia",
        loc_fr="Yarmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="area", fte=52, salary=3_940_000, om=870_000, reports=[
            ("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-05", 14),
            ("Area Chief, Conservation and Protection", "Chef de secteur, Conservation et protection", "GT-06", 21),
            ("Area Chief, Licensing and Client Services", "Chef de secteur, Permis et services à la clientèle", "CR-05", 8),
            ("Area Chief, Indigenous Fisheries", "Chef de secteur, Pêches autochtones", "PM-05", 6),
        ]),
    "M-RM": dict(
        title="Director, Resource Management, Maritimes Region",
        title_fr="Directeur, Gestion des ressources, Région des Maritimes",
        cls="EX-01", job="104535", pos="31230", sup="M-FM", loc="Halifax, Nova Scotia",
        loc_fr="Halifax (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="fish", fte=44, salary=3_510_000, om=790_000, reports=[
            ("Manager, Groundfish and Pelagics", "Gestionnaire, Poissons de fond et pélagiques", "PM-06", 12),
            ("Manager, Shellfish", "Gestionnaire, Mollusques et crustacés", "PM-06", 13),
            ("Manager, Fisheries Data and Quota Monitoring", "Gestionnaire, Données des pêches et surveillance des quotas", "PM-05", 11),
            ("Senior Advisor, Fisheries Policy", "Conseiller principal, Politique des pêches", "EC-06", 1),
        ]),
    "M-HAB": dict(
        title="Director, Fish and Fish Habitat Protection Program, Maritimes Region",
        title_fr="Directeur, Programme de protection du poisson et de son habitat, Région des Maritimes",
        cls="EX-01", job="104540", pos="30425", sup="M-ECO", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="eco", fte=34, salary=2_640_000, om=410_000, reports=[
            ("Team Lead, Regulatory Reviews, Nova Scotia", "Chef d'équipe, Examens réglementaires, N.-É.", "BI-03", 13),
            ("Team Lead, Regulatory Reviews, New Brunswick", "Chef d'équipe, Examens réglementaires, N.-B.", "BI-03", 10),
            ("Team Lead, Partnerships and Restoration", "Chef d'équipe, Partenariats et restauration", "BI-03", 7),
            ("Advisor, Program Planning", "Conseillère, Planification du programme", "PM-04", 3),
        ]),
    "M-SAR": dict(
        title="Regional Manager, Species at Risk Program, Maritimes Region",
        title_fr="Gestionnaire régional, Programme des espèces en péril, Région des Maritimes",
        cls="EX-01", job="104543", pos="30431", sup="M-ECO", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Maritimes Region", region_fr="Région des Maritimes",
        domain="eco", fte=21, salary=1_690_000, om=345_000, reports=[
            ("Team Lead, Recovery Planning", "Chef d'équipe, Planification du rétablissement", "BI-03", 8),
            ("Team Lead, Listing and Permitting", "Chef d'équipe, Inscription et permis", "BI-03", 7),
            ("Coordinator, Indigenous Engagement", "Coordonnateur, Mobilisation des Autochtones", "PM-05", 3),
            ("Program Analyst", "Analyste de programme", "EC-05", 2),
        ]),
    "NL-FM": dict(
        title="Regional Director, Fisheries Management, Newfoundland and Labrador Region",
        title_fr="Directeur régional, Gestion des pêches, Région de Terre-Neuve-et-Labrador",
        cls="EX-02", job="104610", pos="50120", sup="NL-RDG", loc="St. John's, Newfoundland and Labrador",
        loc_fr="St. John's (Terre-Neuve-et-Labrador)", region="Newfoundland and Labrador Region",
        region_fr="Région de Terre-Neuve-et-Labrador", domain="fish", fte=214, salary=15_930_000, om=4_120_000,
        reports=[
            ("Director, Resource Management", "Directeur, Gestion des ressources", "EX-01", 51),
            ("Area Director, Labrador", "Directeur de secteur, Labrador", "EX-01", 26),
            ("Area Director, Western Newfoundland", "Directeur de secteur, Ouest de Terre-Neuve", "EX-01", 33),
            ("Director, Conservation and Protection", "Directeur, Conservation et protection", "EX-01", 86),
            ("Manager, Licensing and Quota Management", "Gestionnaire, Permis et gestion des quotas", "PM-06", 17),
        ]),
    "NL-LAB": dict(
        title="Area Director, Labrador", title_fr="Directeur de secteur, Labrador",
        cls="EX-01", job="104618", pos="50166", sup="NL-FM", loc="Happy Valley-Goose Bay, Newfoundland and Labrador",
        loc_fr="Happy Valley-Goose Bay (Terre-Neuve-et-Labrador)", region="Newfoundland and Labrador Region",
        region_fr="Région de Terre-Neuve-et-Labrador", domain="area", fte=26, salary=2_010_000, om=1_150_000,
        reports=[
            ("Area Chief, Resource Management", "Chef de secteur, Gestion des ressources", "PM-05", 7),
            ("Area Chief, Conservation and Protection", "Chef de secteur, Conservation et protection", "GT-06", 12),
            ("Coordinator, Indigenous Fisheries and Land Claims", "Coordonnateur, Pêches autochtones et revendications", "PM-05", 4),
            ("Administrative Assistant", "Adjointe administrative", "CR-04", 2),
        ]),
    "NL-RM": dict(
        title="Director, Resource Management, Newfoundland and Labrador Region",
        title_fr="Directeur, Gestion des ressources, Région de Terre-Neuve-et-Labrador",
        cls="EX-01", job="104612", pos="50131", sup="NL-FM", loc="St. John's, Newfoundland and Labrador",
        loc_fr="St. John's (Terre-Neuve-et-Labrador)", region="Newfoundland and Labrador Region",
        region_fr="Région de Terre-Neuve-et-Labrador", domain="fish", fte=51, salary=3_980_000, om=720_000,
        reports=[
            ("Manager, Groundfish", "Gestionnaire, Poissons de fond", "PM-06", 13),
            ("Manager, Shellfish and Capelin", "Gestionnaire, Mollusques, crustacés et capelan", "PM-06", 14),
            ("Manager, Resource Allocation and Fisheries Data", "Gestionnaire, Allocation et données des pêches", "PM-05", 15),
            ("Senior Resource Manager, Offshore Fisheries", "Gestionnaire principal des ressources, pêches hauturières", "PM-05", 8),
        ]),
    "NL-SCH": dict(
        title="Regional Director, Small Craft Harbours, Newfoundland and Labrador Region",
        title_fr="Directeur régional, Ports pour petits bateaux, Région de Terre-Neuve-et-Labrador",
        cls="EX-01", job="104620", pos="50240", sup="NL-RDG", loc="St. John's, Newfoundland and Labrador",
        loc_fr="St. John's (Terre-Neuve-et-Labrador)", region="Newfoundland and Labrador Region",
        region_fr="Région de Terre-Neuve-et-Labrador", domain="sch", fte=73, salary=5_860_000, om=47_200_000,
        reports=[
            ("Regional Manager, Engineering and Technical Services", "Gestionnaire régional, Génie et services techniques", "EN-ENG-06", 26),
            ("Regional Manager, Harbour Operations, East", "Gestionnaire régional, Opérations portuaires, Est", "GT-07", 19),
            ("Regional Manager, Harbour Operations, West and Labrador", "Gestionnaire régional, Opérations portuaires, Ouest et Labrador", "GT-07", 21),
            ("Manager, Program Planning and Harbour Authorities", "Gestionnaire, Planification et administrations portuaires", "PM-06", 6),
        ]),
    "NL-CP": dict(
        title="Director, Conservation and Protection, Newfoundland and Labrador Region",
        title_fr="Directrice, Conservation et protection, Région de Terre-Neuve-et-Labrador",
        cls="EX-01", job="104625", pos="50175", sup="NL-FM", loc="St. John's, Newfoundland and Labrador",
        loc_fr="St. John's (Terre-Neuve-et-Labrador)", region="Newfoundland and Labrador Region",
        region_fr="Région de Terre-Neuve-et-Labrador", domain="cp", fte=86, salary=7_140_000, om=1_980_000,
        reports=[
            ("Chief, Field Operations, Avalon and East Coast", "Chef, Opérations sur le terrain, Avalon et côte Est", "GT-07", 29),
            ("Chief, Field Operations, West Coast and Labrador", "Chef, Opérations sur le terrain, côte Ouest et Labrador", "GT-07", 31),
            ("Chief, Offshore Surveillance and Intelligence", "Chef, Surveillance hauturière et renseignement", "GT-07", 17),
            ("Chief, Program Support", "Chef, Soutien au programme", "PM-06", 8),
        ]),
    "CCG-AC": dict(
        title="Assistant Commissioner, Atlantic Region", title_fr="Commissaire adjoint, Région de l'Atlantique",
        cls="EX-03", job="204100", pos="60001", sup="CCG-COMM", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=1480,
        salary=118_600_000, om=64_300_000, reports=[
            ("Regional Director, Fleet", "Directeur régional, Flotte", "EX-02", 930),
            ("Regional Director, Maritime Services", "Directeur régional, Services maritimes", "EX-02", 282),
            ("Regional Director, Integrated Technical Services", "Directeur régional, Services techniques intégrés", "EX-01", 211),
            ("Regional Director, Business Services", "Directeur régional, Services de gestion", "EX-01", 48),
            ("Chief of Staff", "Chef de cabinet", "PM-06", 8),
        ]),
    "CCG-MS": dict(
        title="Regional Director, Maritime Services, Atlantic Region",
        title_fr="Directeur régional, Services maritimes, Région de l'Atlantique",
        cls="EX-02", job="204120", pos="60210", sup="CCG-AC", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=282,
        salary=21_450_000, om=6_780_000, reports=[
            ("Superintendent, Search and Rescue", "Surintendant, Recherche et sauvetage", "GT-07", 64),
            ("Superintendent, Marine Communications and Traffic Services", "Surintendant, Services de communications et de trafic maritimes", "RO-07", 142),
            ("Superintendent, Environmental Response", "Surintendant, Intervention environnementale", "GT-07", 47),
            ("Superintendent, Waterways Management", "Surintendant, Gestion des voies navigables", "EN-ENG-05", 23),
            ("Manager, Maritime Services Planning", "Gestionnaire, Planification des Services maritimes", "PM-06", 5),
        ]),
    "CCG-ITS": dict(
        title="Regional Director, Integrated Technical Services, Atlantic Region",
        title_fr="Directeur régional, Services techniques intégrés, Région de l'Atlantique",
        cls="EX-01", job="204130", pos="60330", sup="CCG-AC", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=211,
        salary=16_230_000, om=22_840_000, reports=[
            ("Manager, Vessel Maintenance", "Gestionnaire, Entretien des navires", "EN-ENG-06", 88),
            ("Manager, Electronics and Informatics", "Gestionnaire, Électronique et informatique", "EL-08", 67),
            ("Manager, Shore-Based Asset Readiness", "Gestionnaire, État de préparation des biens à terre", "EN-ENG-05", 41),
            ("Manager, Technical Planning and Business Support", "Gestionnaire, Planification technique et soutien", "PM-06", 14),
        ]),
    "CCG-FLT": dict(
        title="Regional Director, Fleet, Atlantic Region", title_fr="Directeur régional, Flotte, Région de l'Atlantique",
        cls="EX-02", job="204110", pos="60105", sup="CCG-AC", loc="St. John's, Newfoundland and Labrador",
        loc_fr="St. John's (Terre-Neuve-et-Labrador)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=930,
        salary=71_900_000, om=38_500_000, reports=[
            ("Superintendent, Fleet Operations, Newfoundland and Labrador", "Surintendant, Opérations de la flotte, T.-N.-L.", "SO-MAO-08", 412),
            ("Superintendent, Fleet Operations, Maritimes", "Surintendant, Opérations de la flotte, Maritimes", "SO-MAO-08", 436),
            ("Superintendent, Fleet Personnel and Crewing", "Surintendant, Personnel de la flotte et équipages", "PM-06", 46),
            ("Manager, Fleet Safety and Security", "Gestionnaire, Sécurité et sûreté de la flotte", "GT-06", 35),
        ]),
    "CCG-MCTS": dict(
        title="Director, Marine Communications and Traffic Services, Atlantic Region",
        title_fr="Directeur, Services de communications et de trafic maritimes, Région de l'Atlantique",
        cls="EX-01", job="204140", pos="60228", sup="CCG-MS", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=142,
        salary=10_470_000, om=2_160_000, reports=[
            ("Officer-in-Charge, MCTS Centre Halifax", "Officier responsable, Centre SCTM Halifax", "RO-06", 34),
            ("Officer-in-Charge, MCTS Centre Sydney", "Officier responsable, Centre SCTM Sydney", "RO-06", 31),
            ("Officer-in-Charge, MCTS Centre St. John's", "Officier responsable, Centre SCTM St. John's", "RO-06", 36),
            ("Officer-in-Charge, MCTS Centre Placentia", "Officier responsable, Centre SCTM Placentia", "RO-06", 29),
            ("Operations Standards Officer", "Agente des normes opérationnelles", "RO-05", 11),
        ]),
    "CCG-ER": dict(
        title="Director, Environmental Response, Atlantic Region",
        title_fr="Directrice, Intervention environnementale, Région de l'Atlantique",
        cls="EX-01", job="204145", pos="60241", sup="CCG-MS", loc="Dartmouth, Nova Scotia",
        loc_fr="Dartmouth (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=47,
        salary=3_620_000, om=1_940_000, reports=[
            ("Supervisor, Response Operations, Maritimes", "Superviseur, Opérations d'intervention, Maritimes", "GT-06", 16),
            ("Supervisor, Response Operations, Newfoundland and Labrador", "Superviseur, Opérations d'intervention, T.-N.-L.", "GT-06", 18),
            ("Coordinator, Preparedness and Exercises", "Coordonnatrice, Préparation et exercices", "GT-05", 7),
            ("Advisor, Partnerships and Planning", "Conseiller, Partenariats et planification", "PM-05", 5),
        ]),
    "CCG-SAR": dict(
        title="Director, Search and Rescue, Atlantic Region", title_fr="Directeur, Recherche et sauvetage, Région de l'Atlantique",
        cls="EX-01", job="204150", pos="60236", sup="CCG-MS", loc="Halifax, Nova Scotia",
        loc_fr="Halifax (Nouvelle-Écosse)", region="Canadian Coast Guard, Atlantic Region",
        region_fr="Garde côtière canadienne, Région de l'Atlantique", domain="ccg", fte=64,
        salary=5_030_000, om=1_270_000, reports=[
            ("Regional Supervisor, Maritime Search and Rescue (JRCC Halifax)", "Superviseur régional, Recherche et sauvetage maritimes (CCCOS Halifax)", "GT-07", 22),
            ("Regional Supervisor, Maritime Rescue Sub-Centre St. John's", "Superviseur régional, Centre secondaire de sauvetage maritime St. John's", "GT-07", 19),
            ("Superintendent, Inshore Rescue Boat and Auxiliary Programs", "Surintendant, Programmes des embarcations côtières et de la Garde côtière auxiliaire", "GT-06", 14),
            ("Advisor, Search and Rescue Programs", "Conseiller, Programmes de recherche et sauvetage", "PM-05", 8),
        ]),
}

ACRONYM = {"Gulf Region": ("DFO", "MPO"), "Maritimes Region": ("DFO", "MPO"),
           "Newfoundland and Labrador Region": ("DFO", "MPO"),
           "Canadian Coast Guard, Atlantic Region": ("CCG", "GCC")}

DEPT = ("Fisheries and Oceans Canada", "Pêches et Océans Canada")

# Prose by domain: (general accountability EN, FR), nature and scope (EN, FR), specific accountabilities.
PROSE = {
    "rdg": (
        "Provides leadership and direction for the delivery of all departmental programs and services in the {region}, "
        "including fisheries management, science, conservation and protection, small craft harbours and corporate services, "
        "and represents the Department with provincial governments, Indigenous communities, industry and stakeholders.",
        "Assure le leadership et l'orientation de l'exécution de tous les programmes et services du Ministère dans la {region}, "
        "notamment la gestion des pêches, les sciences, la conservation et la protection, les ports pour petits bateaux et les "
        "services intégrés, et représente le Ministère auprès des provinces, des communautés autochtones et de l'industrie.",
        "The region's fisheries are among the most valuable in the country and support several hundred coastal communities. "
        "Decisions on quotas, closures and harbour investments are closely watched by harvesters, processors and elected officials, "
        "and frequently challenged in the media and the courts.",
        "Les pêches de la région comptent parmi les plus importantes au pays et font vivre plusieurs centaines de collectivités "
        "côtières. Les décisions sur les quotas, les fermetures et les investissements portuaires sont suivies de près par les "
        "pêcheurs, les transformateurs et les élus.",
        ["Sets regional priorities and allocates resources among the regional directorates.",
         "Chairs the regional management committee and ensures integrated planning and reporting.",
         "Maintains relationships with provincial deputy ministers, First Nations leadership and industry associations.",
         "Provides advice to the Deputy Minister and Minister on sensitive regional issues.",
         "Ensures sound stewardship of financial, human and capital resources."],
        ["Établit les priorités régionales et répartit les ressources entre les directions régionales.",
         "Préside le comité régional de gestion et assure une planification intégrée.",
         "Entretient des relations avec les sous-ministres provinciaux, les dirigeants des Premières Nations et l'industrie.",
         "Conseille le sous-ministre et le ministre sur les dossiers régionaux délicats.",
         "Assure la saine gestion des ressources financières, humaines et matérielles."]),
    "fish": (
        "Directs the planning and delivery of the fisheries management program in the {region}, including integrated fisheries "
        "management plans, licensing, quota monitoring, Indigenous fisheries programs and consultations with harvesters.",
        "Dirige la planification et l'exécution du programme de gestion des pêches dans la {region}, y compris les plans de gestion "
        "intégrée des pêches, la délivrance des permis, la surveillance des quotas, les programmes de pêches autochtones et les "
        "consultations avec les pêcheurs.",
        "The position manages fisheries worth several hundred million dollars a year, in a climate of declining stocks, "
        "reconciliation with Indigenous communities and intense interest from harvesters' organizations.",
        "Le titulaire gère des pêches d'une valeur de plusieurs centaines de millions de dollars par année, dans un contexte de "
        "déclin des stocks, de réconciliation avec les communautés autochtones et d'intérêt soutenu des associations de pêcheurs.",
        ["Develops and implements integrated fisheries management plans for regional stocks.",
         "Oversees the licensing and quota monitoring programs.",
         "Leads consultations with harvesters, processors and Indigenous communities.",
         "Advises senior management on openings, closures and allocation decisions.",
         "Manages the directorate's human and financial resources."],
        ["Élabore et met en œuvre les plans de gestion intégrée des pêches de la région.",
         "Supervise les programmes de délivrance des permis et de surveillance des quotas.",
         "Dirige les consultations avec les pêcheurs, les transformateurs et les communautés autochtones.",
         "Conseille la haute direction sur les ouvertures, les fermetures et les allocations.",
         "Gère les ressources humaines et financières de la direction."]),
    "area": (
        "Manages the delivery of departmental fisheries programs in the {area} area, including resource management, licensing, "
        "fisheries protection and Indigenous fisheries, and is the Department's senior representative in the area.",
        "Gère l'exécution des programmes des pêches du Ministère dans le secteur {area}, notamment la gestion des ressources, la "
        "délivrance des permis, la protection des pêches et les pêches autochtones, et représente le Ministère dans le secteur.",
        "The area office serves several thousand licence holders in small coastal communities, where every decision on a season "
        "or a quota is felt directly by families and local plants.",
        "Le bureau de secteur dessert plusieurs milliers de titulaires de permis dans de petites collectivités côtières, où chaque "
        "décision sur une saison ou un quota touche directement les familles et les usines locales.",
        ["Manages area fisheries in accordance with the integrated fisheries management plans.",
         "Represents the Department with harvesters, municipalities and First Nations in the area.",
         "Ensures timely licensing and client services.",
         "Coordinates area operations with Conservation and Protection and Science.",
         "Manages the area office's staff, budget and facilities."],
        ["Gère les pêches du secteur conformément aux plans de gestion intégrée des pêches.",
         "Représente le Ministère auprès des pêcheurs, des municipalités et des Premières Nations.",
         "Veille à la prestation rapide des services de permis et à la clientèle.",
         "Coordonne les opérations du secteur avec Conservation et protection et les Sciences.",
         "Gère le personnel, le budget et les installations du bureau de secteur."]),
    "sci": (
        "Leads the regional science program, providing peer-reviewed advice on the state of fish stocks, marine ecosystems and "
        "ocean conditions to support fisheries management, habitat protection and oceans decisions in the {region}.",
        "Dirige le programme scientifique régional et fournit des avis scientifiques évalués par les pairs sur l'état des stocks, "
        "des écosystèmes marins et des conditions océaniques à l'appui des décisions de gestion dans la {region}.",
        "The science program operates research vessels, laboratories and long-term monitoring programs, and its advice is the "
        "basis of management decisions that carry heavy economic consequences.",
        "Le programme scientifique exploite des navires de recherche, des laboratoires et des programmes de surveillance à long "
        "terme; ses avis fondent des décisions de gestion aux lourdes conséquences économiques.",
        ["Plans and directs stock assessment, ecosystem research and ocean monitoring programs.",
         "Ensures the quality and timeliness of science advice through the regional peer review process.",
         "Manages research vessel time, laboratories and field programs.",
         "Builds collaborations with universities, provinces and Indigenous organizations.",
         "Manages the directorate's human and financial resources."],
        ["Planifie et dirige l'évaluation des stocks, la recherche sur les écosystèmes et la surveillance des océans.",
         "Veille à la qualité et à la rapidité des avis scientifiques par le processus régional d'examen par les pairs.",
         "Gère le temps-navire, les laboratoires et les programmes de terrain.",
         "Établit des collaborations avec les universités, les provinces et les organisations autochtones.",
         "Gère les ressources humaines et financières de la direction."]),
    "sch": (
        "Directs the Small Craft Harbours program in the {region}, keeping the network of core fishing harbours open, safe and in "
        "good repair, and supporting the harbour authorities that manage them.",
        "Dirige le programme des ports pour petits bateaux dans la {region} afin que le réseau de ports de pêche essentiels demeure "
        "ouvert, sécuritaire et en bon état, et appuie les administrations portuaires qui les gèrent.",
        "The program manages a large portfolio of harbours, wharves and breakwaters exposed to storms, ice and rising sea levels, "
        "with a capital budget far larger than its salary budget.",
        "Le programme gère un important portefeuille de ports, de quais et de brise-lames exposés aux tempêtes, aux glaces et à la "
        "hausse du niveau de la mer, avec un budget d'immobilisations bien supérieur à son budget salarial.",
        ["Plans and delivers the regional harbour maintenance, repair and dredging program.",
         "Supports harbour authorities and negotiates their leases.",
         "Manages the divestiture of non-core harbours.",
         "Oversees engineering projects and contracts.",
         "Manages the directorate's human and financial resources."],
        ["Planifie et exécute le programme régional d'entretien, de réparation et de dragage des ports.",
         "Appuie les administrations portuaires et négocie leurs baux.",
         "Gère le dessaisissement des ports non essentiels.",
         "Supervise les projets et contrats d'ingénierie.",
         "Gère les ressources humaines et financières de la direction."]),
    "cp": (
        "Directs the Conservation and Protection program in the {region}, ensuring compliance with the Fisheries Act and its "
        "regulations through education, monitoring, surveillance and enforcement.",
        "Dirige le programme de conservation et de protection dans la {region} et assure le respect de la Loi sur les pêches et de "
        "ses règlements par l'éducation, la surveillance et l'application de la loi.",
        "Fishery officers work at sea, on shore and in the air, often in tense situations; the program's decisions are scrutinized "
        "by the courts, harvesters and Indigenous communities.",
        "Les agents des pêches travaillent en mer, à terre et dans les airs, souvent dans des situations tendues; les décisions du "
        "programme sont examinées par les tribunaux, les pêcheurs et les communautés autochtones.",
        ["Plans and directs enforcement operations and patrols.",
         "Oversees major investigations and intelligence activities.",
         "Ensures the training, safety and equipment of fishery officers.",
         "Maintains relationships with the RCMP, provincial enforcement agencies and Indigenous guardians.",
         "Manages the directorate's human and financial resources."],
        ["Planifie et dirige les opérations d'application de la loi et les patrouilles.",
         "Supervise les enquêtes majeures et les activités de renseignement.",
         "Veille à la formation, à la sécurité et à l'équipement des agents des pêches.",
         "Entretient des relations avec la GRC, les organismes provinciaux et les gardiens autochtones.",
         "Gère les ressources humaines et financières de la direction."]),
    "corp": (
        "Provides the {region} with integrated corporate services: finance and planning, real property, safety and security, "
        "information management and technology, and administrative services.",
        "Fournit à la {region} des services intégrés : finances et planification, biens immobiliers, sûreté et sécurité, gestion "
        "de l'information et technologie, et services administratifs.",
        "The directorate supports several hundred employees in offices, laboratories and harbours spread across three provinces.",
        "La direction appuie plusieurs centaines d'employés dans des bureaux, des laboratoires et des ports répartis dans trois provinces.",
        ["Directs regional financial planning, forecasting and reporting.",
         "Manages regional real property, accommodation and security programs.",
         "Ensures reliable information management and technology services.",
         "Advises the Regional Director General on resource allocation.",
         "Manages the directorate's human and financial resources."],
        ["Dirige la planification financière, les prévisions et les rapports de la région.",
         "Gère les programmes régionaux de biens immobiliers, de locaux et de sécurité.",
         "Assure des services fiables de gestion de l'information et de technologie.",
         "Conseille le directeur général régional sur l'affectation des ressources.",
         "Gère les ressources humaines et financières de la direction."]),
    "insp": (
        "Directs the inspection of fish and fish products in the {region}, including plant registration, product inspection and "
        "certification for export, and laboratory services.",
        "Dirige l'inspection du poisson et des produits du poisson dans la {region}, y compris l'agrément des usines, l'inspection "
        "des produits, la certification à l'exportation et les services de laboratoire.",
        "The region's processing plants export most of their production; a failed inspection or a recall can close markets.",
        "Les usines de transformation de la région exportent l'essentiel de leur production; un rappel peut fermer des marchés.",
        ["Plans and directs the regional inspection program.",
         "Ensures registration and audit of processing establishments.",
         "Directs the regional laboratory.",
         "Liaises with provincial authorities and industry associations.",
         "Manages the division's human and financial resources."],
        ["Planifie et dirige le programme régional d'inspection.",
         "Assure l'agrément et la vérification des établissements.",
         "Dirige le laboratoire régional.",
         "Assure la liaison avec les autorités provinciales et l'industrie.",
         "Gère les ressources humaines et financières de la division."]),
    "eco": (
        "Directs the delivery of ecosystems management programs in the {region}: fish and fish habitat protection, species at risk, "
        "marine planning and conservation, and aquatic invasive species.",
        "Dirige l'exécution des programmes de gestion des écosystèmes dans la {region} : protection du poisson et de son habitat, "
        "espèces en péril, planification et conservation marines et espèces aquatiques envahissantes.",
        "Major resource projects, marine protected areas and listings of endangered whales bring the directorate into frequent "
        "contact with proponents, provinces, Indigenous communities and environmental groups.",
        "Les grands projets de ressources, les aires marines protégées et l'inscription de baleines en voie de disparition mettent "
        "souvent la direction en contact avec les promoteurs, les provinces, les communautés autochtones et les groupes environnementaux.",
        ["Directs regulatory reviews of works and undertakings affecting fish and fish habitat.",
         "Leads recovery planning and permitting for aquatic species at risk.",
         "Leads the establishment and management of marine protected areas.",
         "Builds partnerships for habitat restoration.",
         "Manages the directorate's human and financial resources."],
        ["Dirige l'examen réglementaire des ouvrages touchant le poisson et son habitat.",
         "Dirige la planification du rétablissement et la délivrance de permis pour les espèces en péril.",
         "Dirige l'établissement et la gestion des aires marines protégées.",
         "Établit des partenariats de restauration de l'habitat.",
         "Gère les ressources humaines et financières de la direction."]),
    "ccg": (
        "Provides leadership and direction for the delivery of Coast Guard services in the {region}, ensuring safe and accessible "
        "waterways, a ready fleet and the protection of the marine environment.",
        "Assure le leadership et l'orientation de la prestation des services de la Garde côtière dans la {region}, afin d'assurer "
        "des voies navigables sûres et accessibles, une flotte prête et la protection du milieu marin.",
        "Operations run around the clock in one of the busiest and harshest marine areas in the world: fog, ice, hurricanes and "
        "heavy traffic of tankers, ferries and fishing vessels.",
        "Les opérations se déroulent jour et nuit dans l'une des zones maritimes les plus achalandées et les plus rudes du monde : "
        "brouillard, glaces, ouragans et trafic intense de pétroliers, de traversiers et de bateaux de pêche.",
        ["Directs the planning and delivery of the directorate's operational programs.",
         "Ensures readiness and round-the-clock availability of services.",
         "Maintains partnerships with the Canadian Armed Forces, provinces, ports and industry.",
         "Manages incidents and reports to the Assistant Commissioner and national headquarters.",
         "Manages the directorate's human, financial and capital resources."],
        ["Dirige la planification et la prestation des programmes opérationnels de la direction.",
         "Assure l'état de préparation et la disponibilité continue des services.",
         "Entretient des partenariats avec les Forces armées canadiennes, les provinces, les ports et l'industrie.",
         "Gère les incidents et rend compte au commissaire adjoint et à l'administration centrale.",
         "Gère les ressources humaines, financières et matérielles de la direction."]),
}

# Invented people: no name here is meant to be a real person's.
PEOPLE = [
    "Rosalie Thibodeau-Keats", "Marc-Aurèle Gionet", "Brenda Vickerson", "Alphonse Doucette-Ray",
    "Glenys Parrsboro", "Tobias Ferncliff", "Yvette Arsenault-Loring", "Desmond Quillfeather",
    "Noëlla Comeau-Barrows", "Harvey Lundrigan-Pike", "Philippa Oakridge", "Réjean Mallais-Tobin",
    "Carmelita Strowbridge", "Austin Belliveau-Crane", "Wendeline Haycock", "Gaëtan Richardier",
    "Ophelia Snelgrove-Marsh", "Bernard Luckhurst", "Maude Cormier-Halfyard", "Eldon Pittmann",
    "Jocelyne Savoie-Wentzell", "Terrence Mugford-Lyle", "Annick Boudreau-Stairs", "Lloyd Penashue-Carew",
    "Francine Leblanc-Morash", "Cyril Tremblett", "Hortense Mazerolle", "Dwight Abbass-Kearley",
    "Solange Hachey-Porter", "Merrill Foote-Wadden", "Ingrid Mossman", "Clovis Després-Ward",
    "Nadia Jessome-Kroll", "Percival Rideout-Ash", "Lucienne Chiasson-Hale", "Garfield Tulk-Benoit",
]
