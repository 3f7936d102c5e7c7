#!/usr/bin/env python3
"""Write blind84: an executive-services team's share drive at Natural Resources Canada.

    /work/main/.venv/bin/python bench/import/blind84/make_blind.py

Writes corpus/ and expected/ beside this file, byte for byte the same on every run (fixed seeds;
.docx zipped with fixed dates; PDFs by tests/import_files.pdf_bytes). Positions, numbers and
people are invented; departments, sectors, research centres and places are real."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 84

DEPTS = {
    "nrcan": ("Natural Resources Canada", "Ressources naturelles Canada"),
    "emr": ("Energy, Mines and Resources Canada", "Énergie, Mines et Ressources Canada"),
    "dfo": ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
    "aafc": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada"),
}


@dataclass
class Pos:
    key: str
    en: str
    fr: str
    cls: str
    job: str | None
    num: str | None
    date: dt.date | None
    sup: tuple | None          # (number, title_en, title_fr, classification), parts may be None
    reports: list              # [(title_en, title_fr, classification|None, fte|None)]
    salary: int | None
    om: int | None
    total: int | None
    loc: tuple | None          # (english, french)
    dept: str = "nrcan"
    branch: tuple = ("", "")
    unit: tuple = ("", "")
    what: tuple = ("", "")
    fte: int | None = None
    prog: int | None = None
    op: int | None = None
    incumbent: str | None = None
    signers: list = field(default_factory=list)   # [(name, title_en, title_fr)]


def R(en, fr, cls, fte):
    return (en, fr, cls, fte)


ADM_CFS = ("10022", "Assistant Deputy Minister, Canadian Forest Service", "Sous-ministre adjoint, Service canadien des forêts", "EX-05")
ADM_ETS = ("30114", "Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjoint, Secteur de la technologie de l'énergie", "EX-05")
ADM_LMS = ("40007", "Assistant Deputy Minister, Lands and Minerals Sector", "Sous-ministre adjoint, Secteur des terres et des minéraux", "EX-05")
ADM_CMSS = ("50003", "Assistant Deputy Minister and Chief Financial Officer, Corporate Management and Services Sector",
            "Sous-ministre adjoint et dirigeant principal des finances, Secteur de la gestion et des services intégrés", "EX-05")
ADM_SPI = ("60011", "Assistant Deputy Minister, Strategic Policy and Innovation Sector", "Sous-ministre adjoint, Secteur de la politique stratégique et de l'innovation", "EX-05")

CFS = ("Canadian Forest Service", "Service canadien des forêts")
ETS = ("Energy Technology Sector", "Secteur de la technologie de l'énergie")
ESS = ("Energy Systems Sector", "Secteur des systèmes énergétiques")
LMS = ("Lands and Minerals Sector", "Secteur des terres et des minéraux")
CMSS = ("Corporate Management and Services Sector", "Secteur de la gestion et des services intégrés")
SPI = ("Strategic Policy and Innovation Sector", "Secteur de la politique stratégique et de l'innovation")
OTT = ("Ottawa, Ontario", "Ottawa (Ontario)")

P = {}


def pos(**kw):
    p = Pos(**kw)
    P[p.key] = p
    return p


pos(key="pfc", en="Director General, Pacific Forestry Centre", fr="Directeur général, Centre de foresterie du Pacifique",
    cls="EX-03", job="104611", num="20417", date=dt.date(2019, 6, 3), sup=ADM_CFS,
    reports=[R("Director, Forest Climate Change Research", "Directeur, Recherche sur les changements climatiques en forêt", "EX-01", 41),
             R("Director, Forest Health and Biodiversity", "Directeur, Santé des forêts et biodiversité", "EX-01", 38),
             R("Manager, Corporate Services", "Gestionnaire, Services ministériels", "AS-07", 14),
             R("Executive Assistant", "Adjoint exécutif", "AS-02", 1)],
    salary=9840000, om=2150000, total=11990000, loc=("Victoria, British Columbia", "Victoria (Colombie-Britannique)"),
    branch=CFS, unit=("Pacific Forestry Centre", "Centre de foresterie du Pacifique"),
    what=("forest science in the Pacific region", "sciences forestières dans la région du Pacifique"), fte=96,
    incumbent="Harjit Dhaliwal", signers=[("Marie-Claude Arseneault", "Assistant Deputy Minister, Canadian Forest Service", "")])
pos(key="pest98", en="Director, Forest Pest Management Research", fr="Directeur, Recherche sur la lutte antiparasitaire en forêt",
    cls="EX-01", job=None, num="3318", date=dt.date(1998, 4, 1),
    sup=("3301", "Director General, Laurentian Forestry Centre", "Directeur général, Centre de foresterie des Laurentides", "EX-03"),
    reports=[R("Project Leader, Biological Control", "Chef de projet, Lutte biologique", "BI-05", 11),
             R("Project Leader, Forest Insect Ecology", "Chef de projet, Écologie des insectes forestiers", "BI-05", 9),
             R("Head, Laboratory Services", "Chef, Services de laboratoire", "EG-07", 6)],
    salary=1730000, om=410000, total=2140000, loc=("Sainte-Foy, Quebec", "Sainte-Foy (Québec)"),
    branch=CFS, unit=("Forest Pest Management Research Division", "Division de la recherche sur la lutte antiparasitaire"),
    what=("forest pest management research", "recherche sur la lutte antiparasitaire en forêt"), fte=29,
    incumbent="Réjean Tremblay", signers=[("Gilles Bergeron", "", "Directeur général, Centre de foresterie des Laurentides")])
P["pest16"] = replace(P["pest98"], key="pest16", job="103392", num="33318", date=dt.date(2016, 9, 12),
                      sup=("33301", "Director General, Laurentian Forestry Centre", "Directeur général, Centre de foresterie des Laurentides", "EX-03"),
                      reports=[R("Research Manager, Biological Control", "Gestionnaire de recherche, Lutte biologique", "RES-04", 14),
                               R("Research Manager, Forest Insect Ecology", "Gestionnaire de recherche, Écologie des insectes forestiers", "RES-04", 12),
                               R("Manager, Laboratory and Field Operations", "Gestionnaire, Opérations de laboratoire et de terrain", "EG-07", 8)],
                      salary=2960000, om=540000, total=3500000, loc=("Québec, Quebec", "Québec (Québec)"), fte=37,
                      incumbent=None, signers=[("Nathalie Gauthier-Roy", "Director General, Laurentian Forestry Centre", "Directrice générale, Centre de foresterie des Laurentides")])
pos(key="afc", en="Director General, Atlantic Forestry Centre", fr="Directeur général, Centre de foresterie de l'Atlantique",
    cls="EX-02", job="104612", num="21150", date=dt.date(2021, 1, 18), sup=ADM_CFS,
    reports=[R("Director, Science and Program Delivery", "Directeur, Sciences et exécution des programmes", "EX-01", 44),
             R("Manager, Fibre Supply Research", "Gestionnaire, Recherche sur l'approvisionnement en fibre", "RES-03", 12),
             R("Manager, Business Services", "Gestionnaire, Services opérationnels", "AS-06", 9)],
    salary=6120000, om=1380000, total=7500000, loc=("Fredericton, New Brunswick", "Fredericton (Nouveau-Brunswick)"),
    branch=CFS, unit=("Atlantic Forestry Centre", "Centre de foresterie de l'Atlantique"),
    what=("forest science in Atlantic Canada", "sciences forestières au Canada atlantique"), fte=66,
    signers=[("Marie-Claude Arseneault", "Assistant Deputy Minister, Canadian Forest Service", "")])
pos(key="fire", en="Director, Wildland Fire Science", fr="Directeur, Science des feux de forêt",
    cls="EX-01", job="103950", num="22871", date=dt.date(2011, 2, 14),
    sup=("22800", "Director General, Northern Forestry Centre", "Directeur général, Centre de foresterie du Nord", "EX-02"),
    reports=[R("Research Manager, Fire Behaviour", "Gestionnaire de recherche, Comportement des feux", "RES-04", 13),
             R("Manager, Canadian Wildland Fire Information System", "Gestionnaire, Système canadien d'information sur les feux de végétation", "CS-04", 7),
             R("Fire Research Coordinator", "Coordonnateur de la recherche sur les feux", "BI-04", None)],
    salary=2240000, om=870000, total=3110000, loc=("Edmonton, Alberta", "Edmonton (Alberta)"),
    branch=CFS, unit=("Wildland Fire Science Division", "Division de la science des feux de forêt"),
    what=("wildland fire science and information", "science et information sur les feux de forêt"), fte=23,
    incumbent="Colleen Ostrowski", signers=[("Douglas Fairweather", "Director General, Northern Forestry Centre", "")])
pos(key="cwfc", en="Director General, Canadian Wood Fibre Centre", fr="Directeur général, Centre canadien sur la fibre de bois",
    cls="EX-02", job="104730", num="23904", date=dt.date(2014, 10, 6), sup=ADM_CFS,
    reports=[R("Director, Fibre Research Programs", "Directeur, Programmes de recherche sur la fibre", "EX-01", 27),
             R("Manager, Knowledge Exchange", "Gestionnaire, Échange des connaissances", "EC-07", 6),
             R("Senior Policy Advisor", "Conseiller principal en politiques", "EC-06", 1)],
    salary=3620000, om=1240000, total=4860000, loc=("Québec, Quebec", "Québec (Québec)"),
    branch=CFS, unit=("Canadian Wood Fibre Centre", "Centre canadien sur la fibre de bois"),
    what=("wood fibre research", "recherche sur la fibre de bois"), fte=36, prog=2500000,
    signers=[("Étienne Lacasse", "", "Sous-ministre adjoint, Service canadien des forêts")])
pos(key="trade04", en="Director, Forest Products Trade and Markets", fr="Directeur, Commerce et marchés des produits forestiers",
    cls="EX-01", job=None, num="24412", date=dt.date(2004, 3, 29),
    sup=("24400", "Director General, Industry, Economics and Programs Branch", "Directeur général, Direction de l'industrie, de l'économie et des programmes", "EX-03"),
    reports=[R("Chief, Market Access", "Chef, Accès aux marchés", "EC-06", 5),
             R("Chief, Trade Analysis", "Chef, Analyse commerciale", "EC-06", 6),
             R("Administrative Assistant", "Adjoint administratif", "CR-05", 1)],
    salary=1010000, om=690000, total=1700000, loc=OTT,
    branch=CFS, unit=("Forest Products Trade and Markets Division", "Division du commerce et des marchés"),
    what=("forest products trade policy", "politique commerciale des produits forestiers"), fte=13,
    incumbent="Bernard Kowalchuk", signers=[("Laurence Ouellette", "Director General, Industry, Economics and Programs Branch", "")])
pos(key="ceo12", en="Director General, CanmetENERGY-Ottawa", fr="Directeur général, CanmetÉNERGIE-Ottawa",
    cls="EX-03", job="104120", num="30150", date=dt.date(2012, 5, 22), sup=ADM_ETS,
    reports=[R("Director, Clean Electric Power Generation", "Directeur, Production d'électricité propre", "EX-01", 58),
             R("Director, Buildings and Renewable Heat", "Directeur, Bâtiments et chaleur renouvelable", "EX-01", 47),
             R("Director, Clean Transportation", "Directeur, Transport propre", "EX-01", 39),
             R("Manager, Laboratory Operations", "Gestionnaire, Opérations des laboratoires", "EG-08", 21)],
    salary=17350000, om=6400000, total=23750000, loc=OTT,
    branch=ETS, unit=("CanmetENERGY-Ottawa", "CanmetÉNERGIE-Ottawa"),
    what=("clean energy research and technology development", "recherche sur l'énergie propre et développement technologique"),
    fte=172, prog=12000000, signers=[("Alasdair MacPhail", "Assistant Deputy Minister, Energy Technology Sector", "")])
P["ceo18"] = replace(P["ceo12"], key="ceo18", job="104120", date=dt.date(2018, 11, 5),
                     reports=[R("Director, Clean Electric Power Generation", "Directeur, Production d'électricité propre", "EX-01", 52),
                              R("Director, Buildings and Renewable Heat", "Directeur, Bâtiments et chaleur renouvelable", "EX-01", 44),
                              R("Director, Clean Transportation and Fuels", "Directeur, Transport et carburants propres", "EX-01", 41),
                              R("Director, Energy Data and Digital Innovation", "Directeur, Données énergétiques et innovation numérique", "EX-01", 18),
                              R("Manager, Laboratory Operations", "Gestionnaire, Opérations des laboratoires", "EG-08", 19)],
                     salary=19280000, om=7150000, total=26430000, fte=179, prog=15500000,
                     signers=[("Yolande Desrochers", "Assistant Deputy Minister, Energy Technology Sector", "")])
pos(key="varennes", en="Director, Industrial Systems Optimization", fr="Directeur, Optimisation des systèmes industriels",
    cls="EX-01", job="103981", num="31277", date=dt.date(2015, 7, 2),
    sup=("31200", "Director General, CanmetENERGY-Varennes", "Directeur général, CanmetÉNERGIE-Varennes", "EX-02"),
    reports=[R("Research Manager, Process Integration", "Gestionnaire de recherche, Intégration des procédés", "RES-04", 12),
             R("Manager, Industrial Energy Efficiency Programs", "Gestionnaire, Programmes d'efficacité énergétique industrielle", "ENG-05", 9),
             R("Data Analytics Team Leader", "Chef d'équipe, Analytique des données", "CS-03", 5)],
    salary=2580000, om=460000, total=3040000, loc=("Varennes, Quebec", "Varennes (Québec)"),
    branch=ETS, unit=("Industrial Systems Optimization Group", "Groupe de l'optimisation des systèmes industriels"),
    what=("industrial energy optimization", "optimisation énergétique industrielle"), fte=28,
    incumbent="Sophie Lalancette", signers=[("Jean-François Pelletier", "", "Directeur général, CanmetÉNERGIE-Varennes")])
pos(key="devon", en="Director, Oil Sands and Heavy Oil Processing", fr="Directeur, Traitement des sables bitumineux et du pétrole lourd",
    cls="EX-01", job="103977", num="32045", date=dt.date(2013, 3, 11),
    sup=("32000", "Director General, CanmetENERGY-Devon", "Directeur général, CanmetÉNERGIE-Devon", "EX-02"),
    reports=[R("Research Manager, Bitumen Upgrading", "Gestionnaire de recherche, Valorisation du bitume", "RES-04", 16),
             R("Research Manager, Tailings and Water Management", "Gestionnaire de recherche, Gestion des résidus et de l'eau", "RES-04", 13),
             R("Manager, Pilot Plant Operations", "Gestionnaire, Exploitation de l'usine pilote", "EG-07", 11)],
    salary=3870000, om=1630000, total=5500000, loc=("Devon, Alberta", "Devon (Alberta)"),
    branch=ETS, unit=("Oil Sands and Heavy Oil Processing Division", "Division du traitement des sables bitumineux"),
    what=("oil sands processing research", "recherche sur le traitement des sables bitumineux"), fte=43,
    signers=[("Kevin Lindqvist", "Director General, CanmetENERGY-Devon", "")])
pos(key="cmat", en="Director General, CanmetMATERIALS", fr="Directeur général, CanmetMATÉRIAUX",
    cls="EX-02", job="104155", num="33600", date=dt.date(2020, 2, 10), sup=ADM_ETS,
    reports=[R("Research Manager, Metals Processing", "Gestionnaire de recherche, Traitement des métaux", "RES-05", 24),
             R("Research Manager, Materials for Energy", "Gestionnaire de recherche, Matériaux pour l'énergie", "RES-05", 21),
             R("Manager, Facility and Business Operations", "Gestionnaire, Installations et opérations", "AS-07", 17)],
    salary=7420000, om=2880000, total=10300000, loc=("Hamilton, Ontario", "Hamilton (Ontario)"),
    branch=ETS, unit=("CanmetMATERIALS", "CanmetMATÉRIAUX"),
    what=("materials research for the energy and transportation sectors", "recherche sur les matériaux"), fte=66,
    incumbent="Priya Raghunathan", signers=[("Yolande Desrochers", "Assistant Deputy Minister, Energy Technology Sector", "Sous-ministre adjointe, Secteur de la technologie de l'énergie")])
pos(key="oerd99", en="Director, Energy Research and Development Programs", fr="Directeur, Programmes de recherche et de développement énergétiques",
    cls="EX-01", job=None, num="8815", date=dt.date(1999, 8, 23),
    sup=("8800", "Director General, Office of Energy Research and Development", "Directeur général, Bureau de recherche et de développement énergétiques", "EX-02"),
    reports=[R("Program Manager, Interdepartmental R&D", "Gestionnaire de programme, R-D interministérielle", "ES-06", 4),
             R("Program Manager, Renewable Energy", "Gestionnaire de programme, Énergie renouvelable", "ES-06", 3),
             R("Financial Officer", "Agent financier", "FI-02", 1)],
    salary=520000, om=180000, total=700000, loc=OTT,
    branch=("Energy Technology Branch", "Direction de la technologie énergétique"),
    unit=("Energy R&D Programs Division", "Division des programmes de R-D énergétiques"),
    what=("federal energy R&D programs", "programmes fédéraux de R-D énergétiques"), fte=9, prog=56000000,
    incumbent="Thomas J. Haverstock", signers=[("Lorraine Bégin", "Director General, Office of Energy Research and Development", "")])
pos(key="oee_draft", en="Director General, Office of Energy Efficiency", fr="Directeur général, Office de l'efficacité énergétique",
    cls="EX-03", job="104505", num=None, date=None,
    sup=("34001", "Assistant Deputy Minister, Energy Sector", "Sous-ministre adjoint, Secteur de l'énergie", "EX-05"),
    reports=[R("Director, Equipment and Standards", "Directeur, Équipement et normes", "EX-01", 34),
             R("Director, Housing and Buildings", "Directeur, Habitation et bâtiments", "EX-01", 41),
             R("Director, Industry and Transportation", "Directeur, Industrie et transports", "EX-01", 29),
             R("Director, Outreach and Program Integration", "Directeur, Sensibilisation et intégration des programmes", "EX-01", 22)],
    salary=12600000, om=3900000, total=16500000, loc=OTT,
    branch=("Energy Sector", "Secteur de l'énergie"), unit=("Office of Energy Efficiency", "Office de l'efficacité énergétique"),
    what=("energy efficiency programs and regulations", "programmes et règlements d'efficacité énergétique"), fte=131, prog=48000000)
P["oee_signed"] = replace(P["oee_draft"], key="oee_signed", num="34120", date=dt.date(2017, 3, 14),
                          salary=12850000, om=3900000, total=16750000,
                          incumbent="Geneviève Martel-Boucher", signers=[("Richard Abernethy", "Assistant Deputy Minister, Energy Sector", "")])
pos(key="equip", en="Director, Equipment and Standards", fr="Directeur, Équipement et normes",
    cls="EX-01", job="103911", num="34128", date=dt.date(2018, 4, 1),
    sup=("34120", "Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", "EX-03"),
    reports=[R("Chief, Regulations and Standards", "Chef, Règlements et normes", "EN-ENG-05", 12),
             R("Chief, Compliance and Enforcement", "Chef, Conformité et application", "PM-06", 10),
             R("Chief, ENERGY STAR and Labelling", "Chef, ENERGY STAR et étiquetage", "EC-07", 9)],
    salary=3040000, om=1150000, total=4190000, loc=OTT, branch=ESS,
    unit=("Equipment Division", "Division de l'équipement"),
    what=("energy performance standards for equipment", "normes de rendement énergétique"), fte=32,
    incumbent="Oluwaseun Adeyemi")
pos(key="housing", en="Director, Housing and Buildings", fr="Directeur, Habitation et bâtiments",
    cls="EX-01", job="103912", num="34131", date=dt.date(2019, 12, 16),
    sup=("34120", "Director General, Office of Energy Efficiency", "Directeur général, Office de l'efficacité énergétique", "EX-03"),
    reports=[R("Chief, Residential Programs", "Chef, Programmes résidentiels", "EC-07", 15),
             R("Chief, Commercial and Institutional Buildings", "Chef, Bâtiments commerciaux et institutionnels", "EN-ENG-05", 13),
             R("Chief, Codes and Technical Services", "Chef, Codes et services techniques", "EN-ENG-05", 11)],
    salary=3720000, om=2260000, total=5980000, loc=OTT, branch=ESS,
    unit=("Housing and Buildings Division", "Division de l'habitation et des bâtiments"),
    what=("energy efficiency in housing and buildings", "efficacité énergétique des habitations et des bâtiments"), fte=41,
    incumbent="Annick Beauchemin", signers=[("Geneviève Martel-Boucher", "", "Directrice générale, Office de l'efficacité énergétique")])
pos(key="surveyor", en="Surveyor General of Canada Lands", fr="Arpenteur général des terres du Canada",
    cls="EX-02", job="104330", num="40210", date=dt.date(2017, 8, 28), sup=ADM_LMS,
    reports=[R("Director, Surveys and Standards", "Directeur, Levés et normes", "EX-01", 37),
             R("Regional Manager, Prairies and Northwest Territories", "Gestionnaire régional, Prairies et Territoires du Nord-Ouest", "EN-SUR-04", 18),
             R("Regional Manager, Atlantic and Quebec", "Gestionnaire régional, Atlantique et Québec", "EN-SUR-04", 14),
             R("Manager, Canada Lands Survey Records", "Gestionnaire, Archives d'arpentage des terres du Canada", "EN-SUR-03", 11)],
    salary=7650000, om=1850000, total=9500000, loc=OTT, branch=LMS,
    unit=("Surveyor General Branch", "Direction de l'arpenteur général"),
    what=("the survey system of the Canada Lands", "système d'arpentage des terres du Canada"), fte=86,
    signers=[("Beverley Okafor", "Assistant Deputy Minister, Lands and Minerals Sector", "")])
pos(key="expl94", en="Director, Explosives Regulatory Division", fr="Directeur, Division de la réglementation des explosifs",
    cls="EX-01", job=None, num="4471", date=dt.date(1994, 10, 17),
    sup=("4400", "Chief Inspector of Explosives", "Inspecteur en chef des explosifs", "EX-02"),
    reports=[R("Chief, Authorization and Licensing", "Chef, Autorisations et licences", "PC-04", 8),
             R("Chief, Inspections", "Chef, Inspections", "PC-04", 11),
             R("Chief, Canadian Explosives Research Laboratory", "Chef, Laboratoire canadien de recherche sur les explosifs", "SE-RES-03", 9)],
    salary=1520000, om=640000, total=2160000, loc=OTT, dept="emr",
    branch=("Mineral and Metal Policy Branch", "Direction de la politique des minéraux et des métaux"),
    unit=("Explosives Regulatory Division", "Division de la réglementation des explosifs"),
    what=("the regulation of explosives", "réglementation des explosifs"), fte=31,
    incumbent="Wendell Pomeroy", signers=[("Arthur D. Lymburner", "Chief Inspector of Explosives", "")])
P["expl19"] = replace(P["expl94"], key="expl19", en="Director, Explosives Regulatory and Compliance",
                      fr="Directeur, Réglementation et conformité des explosifs", job="103720", num="41471", date=dt.date(2019, 5, 27),
                      sup=("41400", "Director General and Chief Inspector of Explosives, Explosives Safety and Security Branch",
                           "Directeur général et inspecteur en chef des explosifs, Direction de la sécurité et de la sûreté des explosifs", "EX-03"),
                      reports=[R("Manager, Authorization and Licensing", "Gestionnaire, Autorisations et licences", "PC-05", 14),
                               R("Manager, Regional Inspections", "Gestionnaire, Inspections régionales", "PC-05", 23),
                               R("Manager, Regulatory Affairs", "Gestionnaire, Affaires réglementaires", "EC-07", 6)],
                      salary=4310000, om=1290000, total=5600000, dept="nrcan", branch=LMS, fte=44,
                      incumbent=None, signers=[("Beverley Okafor", "Assistant Deputy Minister, Lands and Minerals Sector", "")])
pos(key="gsc96", en="Director, Geological Survey of Canada (Calgary)", fr="Directeur, Commission géologique du Canada (Calgary)",
    cls="EX-01", job=None, num="5120", date=dt.date(1996, 1, 8),
    sup=("5000", "Assistant Deputy Minister, Geological Survey of Canada", "Sous-ministre adjoint, Commission géologique du Canada", "EX-04"),
    reports=[R("Head, Petroleum Geology Subdivision", "Chef, Sous-division de la géologie pétrolière", "SE-RES-04", 34),
             R("Head, Sedimentary and Marine Geoscience", "Chef, Géoscience sédimentaire et marine", "SE-RES-04", 29),
             R("Manager, Administrative Services", "Gestionnaire, Services administratifs", "AS-05", 12)],
    salary=5430000, om=1870000, total=7300000, loc=("Calgary, Alberta", "Calgary (Alberta)"),
    branch=("Earth Sciences Sector", "Secteur des sciences de la Terre"), unit=("GSC Calgary", "CGC Calgary"),
    what=("petroleum and sedimentary geoscience", "géoscience pétrolière et sédimentaire"), fte=78,
    incumbent="Dr. Malcolm R. Tennant", signers=[("Hugh Brentnall", "Assistant Deputy Minister, Geological Survey of Canada", "")])
pos(key="minpol", en="Director, Minerals and Metals Policy", fr="Directeur, Politique des minéraux et des métaux",
    cls="EX-01", job="103845", num="42233", date=dt.date(2022, 6, 20),
    sup=("42200", "Director General, Minerals and Metals Policy Branch", "Directeur général, Direction de la politique des minéraux et des métaux", "EX-03"),
    reports=[R("Manager, Critical Minerals Policy", "Gestionnaire, Politique sur les minéraux critiques", "EC-07", 9),
             R("Manager, Mining Sustainability and Indigenous Engagement", "Gestionnaire, Durabilité minière et mobilisation autochtone", "EC-07", 8),
             R("Senior Economist", "Économiste principal", "EC-06", 1)],
    salary=1890000, om=310000, total=2200000, loc=OTT, branch=LMS,
    unit=("Minerals and Metals Policy Division", "Division de la politique des minéraux et des métaux"),
    what=("minerals and metals policy", "politique des minéraux et des métaux"), fte=19,
    incumbent="Maude Castonguay")
pos(key="polar", en="Director, Polar Continental Shelf Program", fr="Directeur, Programme du plateau continental polaire",
    cls="EX-01", job="103866", num="43310", date=dt.date(2016, 4, 25),
    sup=("43300", "Director General, Canada Centre for Mapping and Earth Observation", "Directeur général, Centre canadien de cartographie et d'observation de la Terre", "EX-03"),
    reports=[R("Manager, Logistics Operations (Resolute)", "Gestionnaire, Opérations logistiques (Resolute)", "GT-06", 14),
             R("Manager, Client Services and Planning", "Gestionnaire, Services à la clientèle et planification", "PM-05", 5),
             R("Aircraft and Field Safety Coordinator", "Coordonnateur, Sécurité aérienne et sur le terrain", "GT-05", 1)],
    salary=1960000, om=9140000, total=11100000, loc=OTT, branch=LMS,
    unit=("Polar Continental Shelf Program", "Programme du plateau continental polaire"),
    what=("logistics support for Arctic science", "soutien logistique à la science dans l'Arctique"), fte=20,
    signers=[("Ian Kapakatoak", "Director General, Canada Centre for Mapping and Earth Observation", "")])
pos(key="ccrs93", en="Director General, Canada Centre for Remote Sensing", fr="Directeur général, Centre canadien de télédétection",
    cls="EX-03", job=None, num="6001", date=dt.date(1993, 6, 1),
    sup=("6000", "Assistant Deputy Minister, Surveys, Mapping and Remote Sensing Sector", "Sous-ministre adjoint, Secteur des levés, de la cartographie et de la télédétection", "EX-05"),
    reports=[R("Director, Applications Development", "Directeur, Développement des applications", "EX-01", 64),
             R("Director, Data Acquisition", "Directeur, Acquisition des données", "EX-01", 71),
             R("Chief, Technology Transfer", "Chef, Transfert de technologie", "PM-06", 8)],
    salary=9100000, om=6300000, total=15400000, loc=OTT, dept="emr",
    branch=("Surveys, Mapping and Remote Sensing Sector", "Secteur des levés, de la cartographie et de la télédétection"),
    unit=("Canada Centre for Remote Sensing", "Centre canadien de télédétection"),
    what=("remote sensing", "télédétection"), fte=158, incumbent="Dr. Alan F. Gorecki",
    signers=[("Eileen Prud'homme", "Assistant Deputy Minister, Surveys, Mapping and Remote Sensing Sector", "")])
P["ccrs03"] = replace(P["ccrs93"], key="ccrs03", job="104201", num="46001", date=dt.date(2003, 11, 3),
                      sup=("46000", "Assistant Deputy Minister, Earth Sciences Sector", "Sous-ministre adjoint, Secteur des sciences de la Terre", "EX-05"),
                      reports=[R("Director, Earth Observation Applications", "Directeur, Applications de l'observation de la Terre", "EX-01", 72),
                               R("Director, Data Acquisition and Ground Stations", "Directeur, Acquisition des données et stations terriennes", "EX-01", 46),
                               R("Director, GeoConnections", "Directeur, GéoConnexions", "EX-01", 19),
                               R("Manager, Business Services", "Gestionnaire, Services opérationnels", "AS-06", 9)],
                      salary=12740000, om=8260000, total=21000000, dept="nrcan", branch=("Earth Sciences Sector", "Secteur des sciences de la Terre"),
                      fte=150, incumbent=None, signers=[("Keith Drummond-Hale", "Assistant Deputy Minister, Earth Sciences Sector", "")])
pos(key="geodetic", en="Director, Geodetic Survey Division", fr="Directeur, Division des levés géodésiques",
    cls="EX-01", job=None, num="46210", date=dt.date(2002, 9, 16),
    sup=("46200", "Director General, Geomatics Canada", "Directeur général, Géomatique Canada", "EX-03"),
    reports=[R("Chief, Reference Systems", "Chef, Systèmes de référence", "EG-08", 17),
             R("Chief, Active Control System", "Chef, Système de contrôle actif", "EG-08", 14),
             R("Chief, Data Management", "Chef, Gestion des données", "CS-03", 9)],
    salary=3150000, om=950000, total=4100000, loc=OTT, branch=("Earth Sciences Sector", "Secteur des sciences de la Terre"),
    unit=("Geodetic Survey Division", "Division des levés géodésiques"),
    what=("the national geodetic reference system", "système national de référence géodésique"), fte=41,
    incumbent="Pierre-Luc Vaillancourt", signers=[("Claire Dumouchel", "", "Directrice générale, Géomatique Canada")])
pos(key="dcfo", en="Deputy Chief Financial Officer", fr="Dirigeant principal des finances adjoint",
    cls="EX-03", job="104003", num="50010", date=dt.date(2020, 9, 8), sup=ADM_CMSS,
    reports=[R("Director, Corporate Accounting and Financial Policy", "Directeur, Comptabilité ministérielle et politique financière", "EX-01", 48),
             R("Director, Resource Management and Planning", "Directeur, Gestion et planification des ressources", "EX-01", 36),
             R("Director, Investment Planning and Project Management", "Directeur, Planification des investissements et gestion de projets", "EX-01", 22),
             R("Director, Internal Control", "Directeur, Contrôle interne", "EX-01", 15)],
    salary=12100000, om=1400000, total=13500000, loc=OTT, branch=CMSS,
    unit=("Finance and Procurement Branch", "Direction des finances et de l'approvisionnement"),
    what=("financial management", "gestion financière"), fte=128,
    signers=[("Sandra Vukovich", "Assistant Deputy Minister and Chief Financial Officer", "")])
pos(key="acct", en="Director, Corporate Accounting and Financial Policy", fr="Directeur, Comptabilité ministérielle et politique financière",
    cls="EX-01", job="103804", num="50021", date=dt.date(2010, 11, 22),
    sup=("50010", "Deputy Chief Financial Officer", "Dirigeant principal des finances adjoint", "EX-02"),
    reports=[R("Manager, Financial Reporting", "Gestionnaire, Rapports financiers", "FI-03", 14),
             R("Manager, Accounts Payable and Receivable", "Gestionnaire, Comptes créditeurs et débiteurs", "FI-03", 21),
             R("Manager, Financial Policy and Systems", "Gestionnaire, Politique financière et systèmes", "FI-03", 9)],
    salary=3480000, om=320000, total=3800000, loc=OTT, branch=CMSS,
    unit=("Corporate Accounting Division", "Division de la comptabilité ministérielle"),
    what=("corporate accounting", "comptabilité ministérielle"), fte=45,
    incumbent="Fiona McAllister-Reid", signers=[("Daniel Ostiguy", "Deputy Chief Financial Officer", "")])
pos(key="dghr", en="Director General, Human Resources and Workplace Services", fr="Directeur général, Ressources humaines et services en milieu de travail",
    cls="EX-03", job="104020", num="51000", date=dt.date(2021, 3, 29), sup=ADM_CMSS,
    reports=[R("Director, Executive Group Services", "Directeur, Services au groupe de la direction", "EX-01", 12),
             R("Director, Labour Relations and Compensation", "Directeur, Relations de travail et rémunération", "EX-01", 54),
             R("Director, Staffing and Organizational Design", "Directeur, Dotation et conception organisationnelle", "EX-01", 47),
             R("Director, Workplace Well-being and Accommodation", "Directeur, Mieux-être et aménagement en milieu de travail", "EX-01", 31)],
    salary=15300000, om=3200000, total=18500000, loc=OTT, branch=CMSS,
    unit=("Human Resources and Workplace Services Branch", "Direction des ressources humaines et des services en milieu de travail"),
    what=("human resources management", "gestion des ressources humaines"), fte=168,
    signers=[("Sandra Vukovich", "Assistant Deputy Minister and Chief Financial Officer", "")])
pos(key="exec09", en="Director, Executive Group Services", fr="Directeur, Services au groupe de la direction",
    cls="EX-01", job="103745", num="51017", date=dt.date(2009, 5, 19),
    sup=("51000", "Director General, Human Resources Branch", "Directeur général, Direction des ressources humaines", "EX-03"),
    reports=[R("Manager, Executive Staffing and Classification", "Gestionnaire, Dotation et classification des cadres", "PE-06", 6),
             R("Manager, Executive Talent Management", "Gestionnaire, Gestion des talents des cadres", "PE-05", 4)],
    salary=860000, om=140000, total=1000000, loc=OTT, branch=("Corporate Management Sector", "Secteur de la gestion ministérielle"),
    unit=("Executive Group Services", "Services au groupe de la direction"),
    what=("executive group programs", "programmes du groupe de la direction"), fte=11,
    incumbent="Lise-Anne Charbonneau", signers=[("Peter Van Eyk", "Director General, Human Resources Branch", "")])
P["exec21"] = replace(P["exec09"], key="exec21", date=dt.date(2021, 4, 12),
                      sup=("51000", "Director General, Human Resources and Workplace Services", "Directeur général, Ressources humaines et services en milieu de travail", "EX-03"),
                      reports=[R("Manager, Executive Resourcing", "Gestionnaire, Ressourcement des cadres", "PE-06", 5),
                               R("Manager, Executive Talent Management and Leadership Development", "Gestionnaire, Gestion des talents et perfectionnement du leadership", "PE-06", 4),
                               R("Senior Advisor, Executive Compensation", "Conseiller principal, Rémunération des cadres", "PE-05", 2)],
                      salary=1240000, om=160000, total=1400000, branch=CMSS, fte=12,
                      incumbent=None, signers=[("Aurélie Fontaine", "Director General, Human Resources and Workplace Services", "")])
pos(key="labour", en="Director, Labour Relations and Compensation", fr="Directeur, Relations de travail et rémunération",
    cls="EX-01", job="103747", num="51042", date=dt.date(2018, 1, 15),
    sup=("51000", "Director General, Human Resources and Workplace Services", "Directeur général, Ressources humaines et services en milieu de travail", "EX-03"),
    reports=[R("Gestionnaire, Relations de travail", "Gestionnaire, Relations de travail", "PE-06", 11),
             R("Gestionnaire, Rémunération et avantages sociaux", "Gestionnaire, Rémunération et avantages sociaux", "AS-06", 32),
             R("Conseiller principal, Harmonisation Phénix", "Conseiller principal, Harmonisation Phénix", "AS-05", 9)],
    salary=4350000, om=450000, total=4800000, loc=OTT, branch=CMSS,
    unit=("Labour Relations and Compensation Division", "Division des relations de travail et de la rémunération"),
    what=("labour relations and compensation", "relations de travail et rémunération"), fte=53,
    incumbent="Mélanie Thibodeau", signers=[("Aurélie Fontaine", "", "Directrice générale, Ressources humaines et services en milieu de travail")])
pos(key="cio_v3", en="Chief Information Officer and Director General, Information Management and Technology",
    fr="Dirigeant principal de l'information et directeur général, Gestion de l'information et technologie",
    cls="EX-03", job="104060", num="52000", date=dt.date(2020, 6, 15), sup=ADM_CMSS,
    reports=[R("Director, Enterprise Applications", "Directeur, Applications d'entreprise", "EX-01", 63),
             R("Director, Cyber Security and IT Operations", "Directeur, Cybersécurité et opérations de TI", "EX-01", 58),
             R("Director, Information Management and Data", "Directeur, Gestion de l'information et données", "EX-01", 27),
             R("Senior Enterprise Architect", "Architecte d'entreprise principal", "CS-05", 1)],
    salary=18200000, om=11800000, total=30000000, loc=OTT, branch=CMSS,
    unit=("Information Management and Technology Branch", "Direction de la gestion de l'information et de la technologie"),
    what=("information management and information technology", "gestion de l'information et technologie de l'information"), fte=174)
P["cio_signed"] = replace(P["cio_v3"], key="cio_signed", incumbent="Rajesh Venkataraman",
                          signers=[("Sandra Vukovich", "Assistant Deputy Minister and Chief Financial Officer", "")])
pos(key="cyber", en="Director, Cyber Security and IT Operations", fr="Directeur, Cybersécurité et opérations de TI",
    cls="EX-01", job="103760", num="52140", date=dt.date(2020, 10, 5),
    sup=("52000", "Chief Information Officer and Director General, Information Management and Technology", None, None),
    reports=[R("Departmental IT Security Coordinator", "Coordonnateur de la sécurité des TI du Ministère", "CS-04", 12),
             R("Manager, Infrastructure and Hosting", "Gestionnaire, Infrastructure et hébergement", "CS-04", 26),
             R("Manager, Service Desk", "Gestionnaire, Centre de services", "CS-03", 19)],
    salary=5650000, om=4350000, total=10000000, loc=OTT, branch=CMSS,
    unit=("Cyber Security and IT Operations Division", "Division de la cybersécurité et des opérations de TI"),
    what=("IT security and operations", "sécurité et opérations des TI"), fte=58, incumbent="Dmitri Salnikov")
pos(key="secur", en="Director, Security and Emergency Management", fr="Directeur, Sécurité et gestion des urgences",
    cls="EX-01", job="103758", num="53016", date=dt.date(2016, 11, 21),
    sup=("53000", "Director General, Real Property, Safety and Security", "Directeur général, Biens immobiliers, sûreté et sécurité", "EX-02"),
    reports=[R("Gestionnaire, Sécurité physique", "Gestionnaire, Sécurité physique", "PM-06", 9),
             R("Gestionnaire, Filtrage de sécurité", "Gestionnaire, Filtrage de sécurité", "AS-05", 8),
             R("Coordonnateur, Continuité des activités", "Coordonnateur, Continuité des activités", "PM-05", None)],
    salary=1710000, om=590000, total=2300000, loc=OTT, branch=CMSS,
    unit=("Security and Emergency Management Division", "Division de la sécurité et de la gestion des urgences"),
    what=("departmental security", "sécurité ministérielle"), fte=19,
    incumbent="Hugo Bissonnette", signers=[("Chantal Lévesque-Morin", "", "Directrice générale, Biens immobiliers, sûreté et sécurité")])
pos(key="sp_draft", en="Director General, Strategic Policy and Integration", fr="Directeur général, Politique stratégique et intégration",
    cls="EX-03", job="104410", num="60100", date=None, sup=ADM_SPI,
    reports=[R("Directeur, Politique économique", "Directeur, Politique économique", "EX-01", 18),
             R("Directeur, Affaires intergouvernementales", "Directeur, Affaires intergouvernementales", "EX-01", 14),
             R("Directeur, Planification et coordination stratégiques", "Directeur, Planification et coordination stratégiques", "EX-01", 16)],
    salary=5620000, om=880000, total=6500000, loc=OTT, branch=SPI,
    unit=("Direction de la politique stratégique et de l'intégration", "Direction de la politique stratégique et de l'intégration"),
    what=("strategic policy", "politique stratégique"), fte=54)
P["sp_signed"] = replace(P["sp_draft"], key="sp_signed", date=dt.date(2019, 2, 4), salary=5620000, om=980000, total=6600000,
                         incumbent="Catherine Beaulieu-Nadeau", signers=[("François-Xavier Morency", "", "Sous-ministre adjoint, Secteur de la politique stratégique et de l'innovation")])
pos(key="eval15", en="Director, Evaluation", fr="Directeur, Évaluation",
    cls="EX-01", job="103701", num="54020", date=dt.date(2015, 4, 1),
    sup=("54000", "Chief Audit and Evaluation Executive", "Dirigeant principal de la vérification et de l'évaluation", "EX-03"),
    reports=[R("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 7),
             R("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 6),
             R("Senior Evaluator, Performance Measurement", "Évaluateur principal, Mesure du rendement", "EC-06", 1)],
    salary=1480000, om=420000, total=1900000, loc=OTT,
    branch=("Audit and Evaluation Branch", "Direction de la vérification et de l'évaluation"),
    unit=("Evaluation Division", "Division de l'évaluation"), what=("program evaluation", "évaluation des programmes"), fte=15,
    incumbent="Theresa Bonnycastle", signers=[("Gordon Mbeki-Lawson", "Chief Audit and Evaluation Executive", "")])
P["eval17"] = replace(P["eval15"], key="eval17", date=dt.date(2017, 7, 10),
                      reports=[R("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 8),
                               R("Evaluation Manager", "Gestionnaire de l'évaluation", "EC-07", 7),
                               R("Manager, Performance Measurement and Results", "Gestionnaire, Mesure du rendement et résultats", "EC-07", 4)],
                      salary=1810000, om=390000, total=2200000, fte=20)
pos(key="cae", en="Chief Audit Executive", fr="Dirigeant principal de la vérification",
    cls="EX-03", job="104090", num="54000", date=dt.date(2012, 9, 4),
    sup=("00001", "Deputy Minister", "Sous-ministre", "DM-02"),
    reports=[R("Director, Internal Audit", "Directeur, Vérification interne", "EX-01", 19),
             R("Director, Evaluation", "Directeur, Évaluation", "EX-01", 15),
             R("Manager, Practice Management and Follow-up", "Gestionnaire, Pratiques professionnelles et suivi", "AU-04", 3)],
    salary=4260000, om=1440000, total=5700000, loc=OTT,
    branch=("Audit and Evaluation Branch", "Direction de la vérification et de l'évaluation"),
    unit=("Audit and Evaluation Branch", "Direction de la vérification et de l'évaluation"),
    what=("internal audit and evaluation", "vérification interne et évaluation"), fte=40,
    incumbent="Gordon Mbeki-Lawson", signers=[("Serge Desjardins-Kelly", "Deputy Minister", "Sous-ministre")])
pos(key="comms01", en="Director General, Communications", fr="Directeur général, Communications",
    cls="EX-02", job=None, num="7000", date=dt.date(2001, 5, 14),
    sup=("0002", "Deputy Minister", "Sous-ministre", None),
    reports=[R("Director, Public Affairs", "Directeur, Affaires publiques", "EX-01", 24),
             R("Director, Strategic Communications Planning", "Directeur, Planification stratégique des communications", "EX-01", 18),
             R("Chief, Ministerial Correspondence", "Chef, Correspondance ministérielle", "IS-05", 10)],
    salary=3900000, om=2700000, total=6600000, loc=OTT, branch=("Communications Branch", "Direction des communications"),
    unit=("Communications Branch", "Direction des communications"), what=("communications", "communications"), fte=59,
    incumbent="Janet Willoughby-Shore", signers=[("Ronald G. Fitzsimmons", "Deputy Minister", "")])
pos(key="indig", en="Director, Indigenous Partnerships Office", fr="Directeur, Bureau des partenariats autochtones",
    cls="EX-01", job="103998", num="61540", date=dt.date(2022, 11, 7),
    sup=("61500", "Director General, Indigenous Affairs and Reconciliation", "Directeur général, Affaires autochtones et réconciliation", "EX-03"),
    reports=[R("Manager, Engagement and Partnerships (West)", "Gestionnaire, Mobilisation et partenariats (Ouest)", "EC-07", 6),
             R("Manager, Engagement and Partnerships (East)", "Gestionnaire, Mobilisation et partenariats (Est)", "EC-07", 5),
             R("Senior Advisor, Indigenous Procurement", "Conseiller principal, Approvisionnement auprès des Autochtones", None, None)],
    salary=1640000, om=560000, total=2200000, loc=("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), branch=SPI,
    unit=("Indigenous Partnerships Office", "Bureau des partenariats autochtones"),
    what=("Indigenous participation in natural resource development", "participation autochtone à la mise en valeur des ressources"),
    fte=14, prog=14000000)
pos(key="mpmo", en="Executive Director, Major Projects Management Office", fr="Directeur exécutif, Bureau de gestion des grands projets",
    cls="EX-02", job="104277", num="62010", date=dt.date(2015, 12, 7),
    sup=("62000", "Director General, Major Projects Management Office", "Directeur général, Bureau de gestion des grands projets", "EX-03"),
    reports=[R("Directeur, Coordination des projets", "Directeur, Coordination des projets", "EX-01", 16),
             R("Gestionnaire, Consultation de la Couronne", "Gestionnaire, Consultation de la Couronne", "EC-07", 8),
             R("Gestionnaire, Suivi du rendement réglementaire", "Gestionnaire, Suivi du rendement réglementaire", "EC-07", 6)],
    salary=2720000, om=780000, total=3500000, loc=OTT, branch=("Major Projects Management Office", "Bureau de gestion des grands projets"),
    unit=("Bureau de gestion des grands projets", "Bureau de gestion des grands projets"),
    what=("major resource project reviews", "examen des grands projets de ressources"), fte=32,
    incumbent="Véronique Ste-Marie")
pos(key="dfo", en="Director General, Ecosystems Science", fr="Directeur général, Sciences des écosystèmes",
    cls="EX-03", job="104844", num="88201", date=dt.date(2017, 10, 2),
    sup=("88000", "Assistant Deputy Minister, Ecosystems and Oceans Science", "Sous-ministre adjoint, Sciences des écosystèmes et des océans", "EX-05"),
    reports=[R("Director, Aquatic Ecosystems Science", "Directeur, Sciences des écosystèmes aquatiques", "EX-01", 21),
             R("Director, Aquatic Invasive Species and Biodiversity", "Directeur, Espèces aquatiques envahissantes et biodiversité", "EX-01", 17),
             R("Manager, Science Planning", "Gestionnaire, Planification scientifique", "EC-07", 6)],
    salary=4790000, om=1610000, total=6400000, loc=OTT, dept="dfo",
    branch=("Ecosystems and Oceans Science Sector", "Secteur des sciences des écosystèmes et des océans"),
    unit=("Ecosystems Science Directorate", "Direction des sciences des écosystèmes"),
    what=("aquatic ecosystems science", "sciences des écosystèmes aquatiques"), fte=48)
pos(key="aafc", en="Director, Research, Development and Technology Transfer", fr="Directeur, Recherche, développement et transfert technologique",
    cls="EX-01", job=None, num="8430", date=dt.date(2006, 2, 20),
    sup=("8400", "Director General, Eastern Region", "Directeur général, Région de l'Est", "EX-03"),
    reports=[R("Research Manager", "Gestionnaire de recherche", "SE-RES-05", 27),
             R("Research Manager", "Gestionnaire de recherche", "SE-RES-05", 22),
             R("Chief, Operations", "Chef, Opérations", "GL-MAN-11", 18)],
    salary=6100000, om=2400000, total=8500000, loc=("Saint-Jean-sur-Richelieu, Quebec", "Saint-Jean-sur-Richelieu (Québec)"), dept="aafc",
    branch=("Research Branch", "Direction générale de la recherche"),
    unit=("Horticulture Research and Development Centre", "Centre de recherche et de développement en horticulture"),
    what=("horticultural research", "recherche en horticulture"), fte=71,
    incumbent="Jacques-Yves Pomerleau", signers=[("Lucie Marchand", "", "Directrice générale, Région de l'Est")])


# ---------------------------------------------------------------- notations
def fmt_cls(c, style):
    if c is None:
        return None
    g, _, lvl = c.rpartition("-")
    if not g.startswith("EX") and style not in ("nodash", "space"):
        return c
    if style == "space":
        return f"{g} {lvl}"
    if style == "short":
        return f"{g}-{int(lvl)}"
    if style == "nodash":
        return f"{g}{lvl}"
    if style == "spaced":
        return f"{g} - {lvl}"
    return c


def fmt_date(d, style, lang):
    if lang == "fr":
        m = T.MONTHS_FR[d.month - 1]
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {m} {d.year}", "le": f"le {day} {m} {d.year}", "iso": d.isoformat(),
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{day} {m} {d.year}",
                "upper": f"{day} {m.upper()} {d.year}"}.get(style, f"{day} {m} {d.year}")
    m = T.MONTHS_EN[d.month - 1]
    suf = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{m} {d.day}, {d.year}", "ord": f"{m} {d.day}{suf}, {d.year}", "iso": d.isoformat(),
            "dmy": f"{d.day} {m} {d.year}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "upper": f"{m[:3].upper()} {d.day} {d.year}", "dmon": f"{d.day:02d}-{m[:3]}-{d.year}",
            "dots": f"{d.year}.{d.month:02d}.{d.day:02d}", "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}" if d.day > 12 else d.isoformat(),
            }.get(style, f"{m} {d.day}, {d.year}")


def _dec(v, unit):
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_money(v, style, lang):
    if v is None:
        return None
    if style in ("M", "million") and v % 10000:
        style = "full"
    if style == "K" and v % 1000:
        style = "full"
    if lang == "fr":
        full = f"{v:,}".replace(",", " ")
        if style == "M":
            return _dec(v, 1e6).replace(".", ",") + " M$"
        if style == "million":
            return _dec(v, 1e6).replace(".", ",") + " millions $"
        if style == "cents":
            return full + ",00 $"
        if style == "K":
            return f"{v // 1000:,}".replace(",", " ") + " k$"
        return full + " $"
    if style == "M":
        return "$" + _dec(v, 1e6) + "M"
    if style == "million":
        return "$" + _dec(v, 1e6) + " million"
    if style == "cents":
        return f"${v:,}.00"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "nosign":
        return f"{v:,}"
    return f"${v:,}"


# ---------------------------------------------------------------- the documents
@dataclass
class Doc:
    name: str
    pos: str
    kind: str
    lang: str                     # en / fr / bilingual
    content: str = "en"           # the language of the prose and values in a bilingual form
    o: dict = field(default_factory=dict)


DOCS = [
    # Canadian Forest Service
    Doc("CFS - DG Pacific Forestry Centre - EX-03 - signed.docx", "pfc", "docx", "en",
        o=dict(sup="fields", reports="table", dims="table", dfmt="long", mfmt="M", cert=True)),
    Doc("Directeur, Recherche sur la lutte antiparasitaire - 1998 (numérisé).txt", "pest98", "ocr", "fr", "fr",
        o=dict(sup="fields", reports="endash", dims="lines", dfmt="long", mfmt="cents", damage=2, mode="pages", layout="next", cert=True)),
    Doc("Director, Forest Pest Management Research - Directeur, Recherche lutte antiparasitaire - revised 2016.docx", "pest16", "docx",
        "bilingual", "fr", o=dict(sup="fields", reports="paren", dims="table", dfmt="iso", mfmt="M", cert=True)),
    Doc("DG Atlantic Forestry Centre EX-02.md", "afc", "markdown", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", cert=True)),
    Doc("Director Wildland Fire Science, NoFC (2011).txt", "fire", "text", "en",
        o=dict(sup="line", reports="dash", dims="lines", dfmt="dmy", mfmt="full", layout="dots", heads="upper", cert=True)),
    Doc("Directeur général, Centre canadien sur la fibre de bois.docx", "cwfc", "docx", "fr", "fr",
        o=dict(sup="sentence", reports="paren", dims="lines", dfmt="long", mfmt="M", template="csr", cert=True)),
    Doc("Dir Forest Products Trade & Markets 2004 scan.txt", "trade04", "ocr-columns", "en",
        o=dict(sup="line", reports="dash", dims="lines", dfmt="upper", mfmt="K", damage=2)),
    # Energy Technology Sector
    Doc("CanmetENERGY-Ottawa DG 2012.pdf", "ceo12", "pdf", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon", cert=True)),
    Doc("CanmetENERGY-Ottawa DG - revised 2018 FINAL.docx", "ceo18", "docx", "en",
        o=dict(sup="fields", reports="list_staff", dims="table", dfmt="ord", mfmt="full", template="csr", cert=True)),
    Doc("Directeur, Optimisation des systèmes industriels (Varennes).txt", "varennes", "text-cp1252", "fr", "fr",
        o=dict(sup="fields", reports="endash", dims="lines", dfmt="le", mfmt="full", layout="colon", heads="upper", cert=True)),
    Doc("Director, Oil Sands & Heavy Oil Processing - Devon.pdf", "devon", "pdf", "en",
        o=dict(sup="sentence", reports="prose", dims="lines", dfmt="dmon", mfmt="million", layout="tabs", omit={"job"})),
    Doc("DG CanmetMATERIALS Hamilton - bilingual.docx", "cmat", "docx", "bilingual", "en",
        o=dict(sup="fields", reports="table", dims="table", dfmt="iso", mfmt="full", cert=True)),
    Doc("Director, Energy R&D Programs (OERD) 1999.txt", "oerd99", "ocr", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="upper", mfmt="K", damage=1, mode="run", cert=True)),
    # Office of Energy Efficiency
    Doc("DG OEE - DRAFT v2.docx", "oee_draft", "docx", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", draft=True)),
    Doc("DG OEE - signed 2017-03-14.pdf", "oee_signed", "pdf", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon", cert=True)),
    Doc("Director, Equipment and Standards.md", "equip", "markdown", "en",
        o=dict(sup="line", reports="bracket", dims="lines", dfmt="iso", mfmt="million", wrapper=True)),
    Doc("Directrice, Habitation et bâtiments - OEE.docx", "housing", "docx", "fr", "fr",
        o=dict(sup="fields", reports="table", dims="lines", dfmt="long", mfmt="cents", cert=True, paras=True)),
    # Lands and Minerals Sector
    Doc("Surveyor General of Canada Lands.txt", "surveyor", "text", "en",
        o=dict(sup="fields", reports="endash", dims="lines", dfmt="long", mfmt="M", layout="next", heads="numbered", cert=True)),
    Doc("Explosives Regulatory Div Director 1994 OCR.txt", "expl94", "ocr", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="dots", mfmt="full", damage=3, mode="pages", layout="colon",
               heads="upper", pys=True, cert=True)),
    Doc("Director, Explosives Regulatory and Compliance - 2019 - signed.docx", "expl19", "docx", "en",
        o=dict(sup="fields", reports="table", dims="table", dfmt="long", mfmt="full", cert=True)),
    Doc("GSC Calgary Director - 1996.txt", "gsc96", "ocr", "en",
        o=dict(sup="line", reports="staff", dims="lines", dfmt="dmy", mfmt="full", damage=2, mode="pages", layout="colon",
               heads="upper", pys=True, cert=True)),
    Doc("Directeur, Politique des minéraux et des métaux.md", "minpol", "markdown", "fr", "fr",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", template="csr")),
    Doc("Director, Polar Continental Shelf Program - Directeur, Programme du plateau continental polaire.pdf", "polar", "pdf",
        "bilingual", "en", o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon", cert=True,
                                  title_one_line=True)),
    Doc("DG CCRS 1993.txt", "ccrs93", "ocr", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="upper", mfmt="full", damage=3, mode="run", layout="colon",
               heads="upper", cert=True)),
    Doc("DG CCRS 2003 (scan).txt", "ccrs03", "ocr", "en",
        o=dict(sup="fields", reports="dash", dims="lines", dfmt="long", mfmt="M", damage=2, mode="run", layout="colon",
               heads="upper", cert=True)),
    Doc("Directeur, Levés géodésiques 2002 numérisé.txt", "geodetic", "ocr", "fr", "fr",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", damage=1, mode="pages", layout="colon",
               heads="upper", cert=True, omit={"salary", "om"})),
    # Corporate Management and Services Sector
    Doc("Deputy CFO - Dirigeant principal des finances adjoint.docx", "dcfo", "docx", "bilingual", "en",
        o=dict(sup="fields", reports="paren", dims="table", dfmt="long", mfmt="M", cert=True)),
    Doc("Dir Corporate Accounting & Financial Policy.txt", "acct", "text-cp1252", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="full", layout="colon", heads="upper", cert=True)),
    Doc("DG Human Resources and Workplace Services.md", "dghr", "markdown", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", wrapper=True)),
    Doc("Director, Executive Group Services 2009.txt", "exec09", "text-cp1252", "en",
        o=dict(sup="fields", reports="dash", dims="lines", dfmt="mdy", mfmt="K", layout="tabs", heads="colon", cert=True)),
    Doc("Director, Executive Group Services - revised 2021 FINAL.md", "exec21", "markdown", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", template="csr")),
    Doc("Directeur, Relations de travail et rémunération.txt", "labour", "text", "fr", "fr",
        o=dict(sup="fields", reports="prose", dims="lines", dfmt="slash", mfmt="full", layout="colon", heads="numbered", cert=True,
               omit={"total"})),
    Doc("CIO - DG IMTB v3.docx", "cio_v3", "docx", "en",
        o=dict(sup="fields", reports="paren", dims="table", dfmt="long", mfmt="M", omit={"num"}, draft=True)),
    Doc("CIO - DG IMTB 2020-06-15 signed.pdf", "cio_signed", "pdf", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon", cert=True)),
    Doc("Director, Cyber Security & IT Operations (EX-01).txt", "cyber", "text", "en",
        o=dict(sup="line", reports="paren", dims="lines", dfmt="iso", mfmt="M", layout="colon", heads="plain", cls_in_title=True)),
    Doc("Directeur, Sécurité et gestion des urgences.txt", "secur", "text-cp1252", "fr", "fr",
        o=dict(sup="fields", reports="endash", dims="lines", dfmt="long", mfmt="million", layout="dots", heads="upper", cert=True)),
    # Strategic Policy and Innovation Sector, audit, communications, MPMO
    Doc("DG Politique stratégique et intégration - version provisoire.docx", "sp_draft", "docx", "fr", "fr",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", draft=True, omit={"num"})),
    Doc("DG Politique stratégique et intégration (signée).pdf", "sp_signed", "pdf", "fr", "fr",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon", cert=True)),
    Doc("Director, Evaluation 2015.txt", "eval15", "text", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="full", layout="next", heads="upper", cert=True,
               omit={"loc"})),
    Doc("Director, Evaluation 2015 - revised 2017.txt", "eval17", "text", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="full", layout="next", heads="upper", cert=True)),
    Doc("Chief Audit Executive - Dirigeant principal de la vérification.txt", "cae", "text-cp1252", "bilingual", "en",
        o=dict(sup="fields", reports="endash", dims="lines", dfmt="iso", mfmt="M", layout="colon", heads="upper", cert=True)),
    Doc("DG Communications 2001 scan.txt", "comms01", "ocr-columns", "en",
        o=dict(sup="line", reports="paren", dims="lines", dfmt="long", mfmt="M", damage=2)),
    Doc("Director, Indigenous Partnerships Office.docx", "indig", "docx", "en",
        o=dict(sup="sentence", reports="paren", dims="lines", dfmt="long", mfmt="M", template="csr")),
    Doc("Directeur exécutif, BGGP - Executive Director, MPMO.docx", "mpmo", "docx", "bilingual", "fr",
        o=dict(sup="fields", reports="table", dims="table", dfmt="long", mfmt="cents", cert=True)),
    # benchmarks kept from other departments
    Doc("Benchmarks - DFO DG Ecosystems Science (EX-03).pdf", "dfo", "pdf", "en",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="M", layout="colon")),
    Doc("Benchmarks - AAC Directeur RDT Saint-Jean (EX-01) 2006.txt", "aafc", "ocr", "fr", "fr",
        o=dict(sup="fields", reports="paren", dims="lines", dfmt="long", mfmt="full", damage=2, mode="run", layout="colon",
               heads="upper", cert=True)),
]
COPIES = {"DG OEE - DRAFT v2 (1).docx": "DG OEE - DRAFT v2.docx"}
VERSIONS = [
    ["Directeur, Recherche sur la lutte antiparasitaire - 1998 (numérisé).txt",
     "Director, Forest Pest Management Research - Directeur, Recherche lutte antiparasitaire - revised 2016.docx"],
    ["CanmetENERGY-Ottawa DG 2012.pdf", "CanmetENERGY-Ottawa DG - revised 2018 FINAL.docx"],
    ["DG OEE - DRAFT v2.docx", "DG OEE - DRAFT v2 (1).docx", "DG OEE - signed 2017-03-14.pdf"],
    ["Explosives Regulatory Div Director 1994 OCR.txt", "Director, Explosives Regulatory and Compliance - 2019 - signed.docx"],
    ["DG CCRS 1993.txt", "DG CCRS 2003 (scan).txt"],
    ["Director, Executive Group Services 2009.txt", "Director, Executive Group Services - revised 2021 FINAL.md"],
    ["CIO - DG IMTB v3.docx", "CIO - DG IMTB 2020-06-15 signed.pdf"],
    ["DG Politique stratégique et intégration - version provisoire.docx", "DG Politique stratégique et intégration (signée).pdf"],
    ["Director, Evaluation 2015.txt", "Director, Evaluation 2015 - revised 2017.txt"],
]

RESP = {
    "en": ["responsible for the planning and delivery of the division's research program",
           "responsible for operations, client services and performance reporting",
           "responsible for policy analysis, stakeholder engagement and advice to senior management",
           "responsible for regulatory development, compliance and program integrity",
           "responsible for the management of human, financial and material resources"],
    "fr": ["responsable de la planification et de l'exécution du programme de recherche",
           "responsable des opérations, des services à la clientèle et des rapports sur le rendement",
           "responsable de l'analyse des politiques, de la mobilisation des intervenants et des conseils à la haute direction",
           "responsable de l'élaboration de la réglementation, de la conformité et de l'intégrité des programmes",
           "responsable de la gestion des ressources humaines, financières et matérielles"],
}


def de(title):
    """French 'du' / 'de la' / 'de l'' before a title or a unit's name."""
    w = title.split()[0].lower()
    if w[0] in "aeéiouh":
        return "de l'" + title
    if w in ("division", "direction", "commission", "section"):
        return "de la " + title
    return "du " + title


def rep_str(r, style, C, rng):
    en, fr, cls, fte = r
    t = fr if C == "fr" else en
    resp = rng.choice(RESP[C])
    u = "ETP" if C == "fr" else ("FTEs" if (fte or 0) != 1 else "FTE")
    if style == "paren":
        inner = ", ".join(x for x in (cls, f"{fte} {u}" if fte is not None else None) if x)
        s = f"{t} ({inner})" if inner else t
        return f"{s} : {resp}" if C == "fr" else f"{s}: {resp}"
    if style == "dash":
        s = f"{cls} - {t}" if cls else t
        return s + (f" ({fte} {'ETP' if C == 'fr' else 'FTE'})" if fte is not None else "")
    if style == "endash":
        parts = [t] + ([cls] if cls else []) + ([f"effectif de {fte}" if C == "fr" else f"{fte} {u}"] if fte is not None else [])
        return " – ".join(parts)
    if style in ("staff", "list_staff"):
        s = f"{t} ({cls})" if cls else t
        if fte is not None:
            s += f", effectif de {fte}," if C == "fr" else f", staff of {fte},"
        return f"{s} {resp}"
    if style == "bracket":
        s = f"{t} [{cls}]" if cls else t
        return s + (f" ({fte} {u})" if fte is not None else "")
    raise ValueError(style)


def build(d):
    p = P[d.pos]
    o = d.o
    rng = random.Random(f"{SEED}:{d.name}")
    L = d.lang
    C = d.content if L == "bilingual" else L
    omit = o.get("omit", set())
    choice = {}

    def lab(key, table=T.LABELS):
        if key not in choice:
            choice[key] = rng.randrange(100)
        if L == "bilingual":
            e, f = table["en"][key], table["fr"][key]
            return f"{e[choice[key] % len(e)]} / {f[choice[key] % len(f)]}"
        lst = table[C][key]
        return lst[choice[key] % len(lst)]

    def head(key):
        if L == "bilingual":
            e, f = T.HEAD["en"][key], T.HEAD["fr"][key]
            i = rng.randrange(100)
            return f"{e[i % len(e)]} / {f[i % len(f)]}"
        return rng.choice(T.HEAD[C][key])

    def dlab(key):
        return lab(key, T.DIMS)

    cstyle = o.get("cfmt") or rng.choice(["std", "std", "std", "space", "short", "nodash", "spaced"])
    if d.kind in ("docx", "markdown", "pdf") and "cfmt" not in o:
        cstyle = rng.choice(["std", "std", "space"])
    dlang = "fr" if C == "fr" else "en"
    title_c = p.fr if C == "fr" else p.en
    sup = p.sup or (None, None, None, None)
    sup_title = sup[2] if C == "fr" else sup[1]
    loc = (p.loc[1] if C == "fr" else p.loc[0]) if p.loc else None
    dept = DEPTS[p.dept][1 if C == "fr" else 0]
    branch = p.branch[1 if C == "fr" else 0]
    unit = p.unit[1 if C == "fr" else 0]
    truth = dict(title=p.fr if L == "fr" else p.en, classification=p.cls, job_code=None, position_number=None,
                 effective_date=None, supervisor=dict(position_number=None, title=None, classification=None),
                 direct_reports=None, salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    if L == "bilingual":
        also["title_fr"] = p.fr
    people = []
    blocks = []

    # document heading
    if L == "bilingual":
        blocks.append(("doc", rng.choice(["Work Description / Description de travail",
                                          "EXECUTIVE GROUP POSITION DESCRIPTION / DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"])))
        blocks.append(("sub", f"{DEPTS[p.dept][0]} / {DEPTS[p.dept][1]}"))
    else:
        if rng.random() < 0.6:
            blocks.append(("sub", dept))
        blocks.append(("doc", head("doc")))
    if o.get("draft"):
        blocks.append(("sub", "VERSION PROVISOIRE - pour discussion" if C == "fr" else "DRAFT - for discussion only"))

    # header fields
    F = {}
    if L == "bilingual" and not o.get("title_one_line"):
        F["title"] = [(" ".join(T.LABELS["en"]["title"][:1]), p.en), (T.LABELS["fr"]["title"][0], p.fr)]
    elif L == "bilingual":
        F["title"] = [(lab("title"), f"{p.en} / {p.fr}")]
    elif o.get("cls_in_title"):
        F["title"] = [(lab("title"), f"{title_c} ({fmt_cls(p.cls, cstyle)})")]
    else:
        F["title"] = [(lab("title"), title_c)]
    if not o.get("cls_in_title"):
        F["cls"] = [(lab("cls"), fmt_cls(p.cls, cstyle))]
    if p.job and "job" not in omit:
        F["job"] = [(lab("job"), p.job)]
        truth["job_code"] = p.job
    if "num" not in omit:
        if p.num:
            F["num"] = [(lab("num"), p.num)]
            truth["position_number"] = p.num
        elif o.get("draft"):
            F["num"] = [(lab("num"), "À déterminer" if C == "fr" else "TBD")]
    if p.date:
        F["date"] = [(lab("date"), fmt_date(p.date, o.get("dfmt", "long"), dlang))]
        truth["effective_date"] = p.date
    elif o.get("draft"):
        F["date"] = [(lab("date"), "à confirmer" if C == "fr" else "[to be confirmed]")]
    F["dept"] = [(lab("dept"), dept)] if L != "bilingual" else [(lab("dept"), f"{DEPTS[p.dept][0]} / {DEPTS[p.dept][1]}")]
    F["branch"] = [(lab("branch"), branch)]
    if loc and "loc" not in omit:
        F["loc"] = [(lab("loc"), loc)]
        truth["location"] = loc.replace(" (", ", ").rstrip(")") if loc.endswith(")") else loc
    sup_style = o.get("sup", "fields")
    if sup_style == "fields":
        F["sup"] = []
        if sup[0]:
            F["sup"].append((lab("sup_num"), sup[0]))
            truth["supervisor"]["position_number"] = sup[0]
        if sup_title:
            F["sup"].append((lab("sup_title"), sup_title))
            truth["supervisor"]["title"] = sup_title
        if sup[3]:
            F["sup"].append((lab("sup_cls"), fmt_cls(sup[3], cstyle)))
            truth["supervisor"]["classification"] = sup[3]
    elif sup_style == "line":
        v = f"{sup_title} ({fmt_cls(sup[3], cstyle)})" if sup[3] else sup_title
        F["sup"] = [(lab("reports_to"), v)]
        truth["supervisor"]["title"] = sup_title
        truth["supervisor"]["classification"] = sup[3]
    else:
        truth["supervisor"]["title"] = sup_title
        truth["supervisor"]["classification"] = sup[3]
    show_inc = p.incumbent and not o.get("cert")
    if show_inc:
        F["inc"] = [(lab("incumbent"), p.incumbent)]
        people.append(p.incumbent)
    orders = [["title", "cls", "job", "num", "date", "dept", "branch", "loc", "sup", "inc"],
              ["num", "title", "cls", "dept", "branch", "loc", "date", "job", "sup", "inc"],
              ["dept", "branch", "title", "num", "cls", "job", "sup", "loc", "date", "inc"],
              ["title", "num", "cls", "job", "branch", "dept", "sup", "loc", "inc", "date"]]
    order = rng.choice(orders)
    pairs = [kv for k in order for kv in F.get(k, [])]
    blocks.append(("h", head("ident")))
    blocks.append(("fields", pairs))

    # sections
    S = {}
    n_sup = rng.choice([4, 5, 6, 7])
    if C == "fr":
        ga = f"Le titulaire est responsable de la direction et de la gestion {de(unit)}, et fournit orientation stratégique, expertise et conseils en matière de {p.what[1]} à la haute direction, aux partenaires et aux intervenants."
    else:
        ga = f"The {title_c} is accountable for the leadership and management of the {unit}, providing strategic direction, expertise and advice on {p.what[0]} to senior management, partners and stakeholders."
    S["ga"] = [("h", head("ga")), ("p", ga)]
    org = [("h", head("org"))]
    if sup_style == "sentence":
        sc = f" ({fmt_cls(sup[3], cstyle)})" if sup[3] else ""
        if C == "fr":
            org.append(("p", f"Le titulaire du poste relève {de(sup_title)}{sc}, à titre de l'un des {n_sup} cadres de son équipe de direction."))
        else:
            org.append(("p", f"The {title_c} reports to the {sup_title}{sc} and is one of {n_sup} senior managers on the management team."))
    else:
        if C == "fr":
            org.append(("p", f"Le poste est l'un des {n_sup} postes de gestion relevant {de(sup_title)}."))
        else:
            org.append(("p", f"The position is one of {n_sup} management positions reporting to the {sup_title}."))
    rstyle = o.get("reports", "paren")
    reps = p.reports
    truth["direct_reports"] = [dict(title=(r[1] if C == "fr" else r[0]), classification=r[2], fte=r[3]) for r in reps]
    if rstyle == "table":
        org.append(("p", "Relèvent du titulaire :" if C == "fr" else "The following positions report to the incumbent:"))
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if C == "fr" else ["Position", "Classification", "FTEs"])
        org.append(("table", hdr, [[r[1] if C == "fr" else r[0], r[2] or "", "" if r[3] is None else str(r[3])] for r in reps]))
    elif rstyle == "prose":
        def one(r):
            t = r[1] if C == "fr" else r[0]
            bits = ", ".join(x for x in (r[2], (f"{r[3]} ETP" if C == "fr" else f"{r[3]} FTEs") if r[3] is not None else None) if x)
            return f"{t} ({bits})" if bits else t
        items = [one(r) for r in reps]
        if C == "fr":
            org.append(("p", "Relèvent directement du titulaire : le " + "; le ".join(items[:-1]) + " et le " + items[-1] + "."))
        else:
            org.append(("p", "Reporting directly to the incumbent are the " + "; the ".join(items[:-1]) + "; and the " + items[-1] + "."))
    else:
        intro = rng.choice(["Relèvent du titulaire :", "Les postes suivants relèvent du titulaire :"] if C == "fr" else
                           [f"Reporting to the {title_c} are:", "The following positions report to the incumbent:", "Direct reports:"])
        org.append(("p", intro))
        org.append(("bullets", [rep_str(r, rstyle, C, rng) for r in reps]))
    S["org"] = org
    ns_pool = T.NS_FR if C == "fr" else T.NS_EN
    if p.dept not in ("nrcan", "emr"):
        ns_pool = ns_pool[2:]
    k = rng.choice([2, 3, 3, 4])
    S["ns"] = [("h", head("ns"))] + [("p", t.format(dept=dept, branch=branch or unit)) for t in rng.sample(ns_pool, k)]
    # dimensions
    dims = []
    if p.fte is not None:
        fl = (("Années-personnes" if C == "fr" else "Person-years (PYs)") if o.get("pys") else dlab("fte"))
        dims.append((fl, str(p.fte)))
        also["fte"] = p.fte
    mstyle = o.get("mfmt", "full")
    mlang = "fr" if C == "fr" else "en"
    for key, v, tk in (("salary", p.salary, "salary"), ("om", p.om, "o_and_m"), ("total", p.total, "total")):
        if v is not None and key not in omit:
            dims.append((dlab(key), fmt_money(v, mstyle, mlang)))
            truth[tk] = v
    if p.prog is not None:
        dims.append((dlab("prog"), fmt_money(p.prog, mstyle, mlang)))
        also["program_budget"] = p.prog
    dsec = [("h", head("dims"))]
    if o.get("dims") == "table":
        dsec.append(("table", [a for a, _ in dims], [[b for _, b in dims]]))
    else:
        dsec.append(("fields", dims))
    S["dims"] = dsec
    sa_pool = T.SA_FR if C == "fr" else T.SA_EN
    sup_short = (sup_title or "").split(",")[0]
    sa = [t.format(unit=unit, sup=sup_short or ("sous-ministre adjoint" if C == "fr" else "Assistant Deputy Minister"))
          for t in rng.sample(sa_pool, rng.choice([6, 7, 8]))]
    S["sa"] = [("h", head("sa")), ("items", sa)]
    ch_pool = T.CH_FR if C == "fr" else T.CH_EN
    S["ch"] = [("h", head("ch")), ("bullets", rng.sample(ch_pool, 2))]
    what = p.what[1] if C == "fr" else p.what[0]
    S["csr"] = [("h", head("csr")), ("p", (T.CSR_FR if C == "fr" else T.CSR_EN).format(what=what, sup=sup_short or "ADM"))]
    ka_pool = T.KA_FR if C == "fr" else T.KA_EN
    S["ka"] = [("h", head("ka")), ("items", [t.format(what=what) for t in rng.sample(ka_pool, 5)])]
    cert = []
    if o.get("cert"):
        cert = [("h", head("cert")), ("p", T.CERT_FR if C == "fr" else T.CERT_EN)]
        sig = []
        if p.incumbent:
            sig.append(f"{'Titulaire' if C == 'fr' else 'Incumbent'}: {p.incumbent}    Date: ________")
            people.append(p.incumbent)
        for name, te, tf in p.signers:
            t = (tf or te) if C == "fr" else (te or tf)
            sig += ["", name, t, ("Date : " if C == "fr" else "Date: ") + (fmt_date(p.date, o.get("dfmt", "long"), dlang) if p.date else "________")]
            people.append(name)
        cert.append(("sign", sig))
    if o.get("template") == "csr":
        seq = ["csr", "ka", "org", "dims"] + (["ns"] if rng.random() < 0.5 else [])
    else:
        seq = rng.choice([["ga", "org", "ns", "dims", "sa"], ["ga", "ns", "org", "sa", "dims"],
                          ["ga", "org", "ns", "ch", "dims", "sa"], ["ga", "org", "dims", "ns", "sa"]])
    for s in seq:
        blocks += S[s]
    if o.get("draft"):
        blocks.append(("p", "[Note à la DSGD : dimensions à confirmer avec les finances du Secteur avant la signature. - JPL]" if C == "fr"
                       else "[Note to EGS: dimensions to be confirmed with Sector finance before signature. - KM]"))
    blocks += cert

    not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "direct_reports",
                              "salary", "o_and_m", "total", "location") if truth[k] is None]
    sp = truth["supervisor"]
    if all(v is None for v in sp.values()):
        truth["supervisor"] = None
        not_stated.append("supervisor")
    else:
        not_stated += [f"supervisor.{k}" for k, v in sp.items() if v is None]
    return blocks, truth, not_stated, also, people


# ---------------------------------------------------------------- renderers
def render_text(blocks, o, rng, width=None, fr=False):
    """Lines tagged 'h' (heading, field), 'p' (prose) or 's' (signature)."""
    layout = o.get("layout", "colon")
    heads = o.get("heads", "upper")
    bullet = o.get("bullet") or rng.choice(["-", "•", "*", "o", "-"])
    colon = " :" if fr else ":"
    out = []
    hn = 0

    def wrap(t, ind=""):
        if not width:
            return [t]
        return textwrap.wrap(t, width, subsequent_indent=ind, break_on_hyphens=False) or [""]

    for b in blocks:
        k = b[0]
        if k == "doc":
            out += [(b[1].upper() if heads == "upper" else b[1], "h"), ("", "h")]
        elif k == "sub":
            out.append((b[1], "h"))
        elif k == "h":
            hn += 1
            t = b[1]
            if heads == "upper":
                t = t.upper()
            elif heads == "numbered":
                t = f"{hn}. {t}"
            elif heads == "colon":
                t = t + ":"
            out += [("", "p"), (t, "h")]
            if heads == "plain":
                out.append(("-" * len(t), "h"))
        elif k == "fields":
            w = max(len(lb) for lb, _ in b[1])
            for lb, v in b[1]:
                if layout == "colon":
                    out.append((f"{lb}{colon} {v}", "h"))
                elif layout == "next":
                    out += [(f"{lb}{colon}", "h"), (f"    {v}", "h")]
                elif layout == "dots":
                    out.append((f"{lb} {'.' * (w + 6 - len(lb))} {v}", "h"))
                else:
                    out.append((f"{lb}\t{v}", "h"))
        elif k == "p":
            out += [(x, "p") for x in wrap(b[1])]
        elif k == "items":
            for i, t in enumerate(b[1], 1):
                out += [(x, "p") for x in wrap(f"{i}. {t}", "   ")]
        elif k == "bullets":
            for t in b[1]:
                out += [(x, "h") for x in wrap(f"{bullet} {t}", "  ")]
        elif k == "table":
            sep = " | " if layout != "tabs" else "\t"
            out.append((sep.join(b[1]), "h"))
            for row in b[2]:
                out.append((sep.join(row), "h"))
        elif k == "sign":
            out += [(x, "s") for x in b[1]]
    return out


def render_md(blocks, o, rng, fr=False):
    lines = []
    if o.get("wrapper"):
        lines += ["--- Structured Job Description ---", ""]
    colon = " :" if fr else ":"
    for b in blocks:
        k = b[0]
        if k == "doc":
            lines += [f"# {b[1]}", ""]
        elif k == "sub":
            lines += [f"*{b[1]}*", ""]
        elif k == "h":
            lines += [f"## {b[1]}", ""]
        elif k == "fields":
            lines += [f"*   **{lb}{colon}** {v}" for lb, v in b[1]] + [""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "items":
            lines += [f"{i}.  {t}" for i, t in enumerate(b[1], 1)] + [""]
        elif k == "bullets":
            lines += [f"*   {t}" for t in b[1]] + [""]
        elif k == "table":
            lines += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            lines += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif k == "sign":
            lines += [f"**{x}**" if x and not x.startswith(("Date", "Incumbent", "Titulaire")) else x for x in b[1]] + [""]
    return "\n".join(lines).rstrip() + "\n"


FIXED = dt.datetime(2021, 1, 1, 9, 0, 0)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def new_docx():
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


def save_docx(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def render_docx(blocks, o, rng, fr=False):
    doc = new_docx()
    colon = " :" if fr else ":"
    for b in blocks:
        k = b[0]
        if k == "doc":
            doc.add_heading(b[1], 1)
        elif k == "sub":
            doc.add_paragraph(b[1])
        elif k == "h":
            doc.add_heading(b[1], 2)
        elif k == "fields":
            if o.get("paras"):
                for lb, v in b[1]:
                    para = doc.add_paragraph()
                    para.add_run(f"{lb}{colon} ").bold = True
                    para.add_run(v)
            else:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lb, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lb
                    cells[1].text = v
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "items":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif k == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
        elif k == "sign":
            for x in b[1]:
                doc.add_paragraph(x)
    return save_docx(doc)


def paginate(lines, per_page, footer):
    pages = []
    for i in range(0, len(lines), per_page):
        pages.append(lines[i:i + per_page])
    n = len(pages)
    return [pg + ["", footer(j + 1, n)] for j, pg in enumerate(pages)]


def render_pdf(blocks, o, rng, fr, footer_text):
    tl = [x for x, _ in render_text(blocks, o, rng, width=100, fr=fr)]
    pages = paginate(tl, 62, lambda j, n: f"{footer_text}    Page {j} of {n}" if not fr else f"{footer_text}    Page {j} de {n}")
    return pdf_bytes(["\n".join(pg) for pg in pages])


# ---------------------------------------------------------------- OCR damage
DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B"}
STRENGTH = {1: (0.15, 0.015, 0.008), 2: (0.35, 0.035, 0.02), 3: (0.6, 0.06, 0.03)}
LETTERS = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("t", "l"), ("o", "a"), ("u", "n")]


def dmg_digits(s, p, rng):
    out = []
    for ch in s:
        if ch in DIGITS and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGITS[ch])
        else:
            out.append(ch)
    return "".join(out)


def dmg_prose(s, pl, pr, rng):
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and rng.random() < pl:
            a, b = rng.choice(LETTERS)
            j = w.find(a, 1)
            if j > 0:
                words[i] = w[:j] + b + w[j + len(a):]
    out = words[0] if words else ""
    for w in words[1:]:
        out += ("" if rng.random() < pr else " ") + w
    return out


def damage(tagged, level, rng):
    pd, pl, pr = STRENGTH[level]
    res = []
    for line, tag in tagged:
        if tag == "s":
            res.append((line, tag))
            continue
        line = dmg_digits(line, pd if tag == "h" else pd / 2, rng)
        if tag == "p":
            line = dmg_prose(line, pl, pr, rng)
        res.append((line, tag))
    return res


def hyphen_wrap(lines, width, rng):
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if len(cur) + len(w) + 1 > width and cur:
                if len(w) > 7 and w.isalpha() and rng.random() < 0.35:
                    cut = len(w) // 2
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def render_ocr(blocks, o, rng, fr, running):
    tagged = damage(render_text(blocks, o, rng, width=None, fr=fr), o.get("damage", 2), rng)
    return ocr_layout([x for x, _ in tagged], o, rng, running, fr)


def ocr_layout(lines, o, rng, running, fr, rewrap=True):
    mode = o.get("mode", "pages")
    noise = "(i (CO;!;*;*;* ; ! ! ~ ! !C ate!" if o.get("damage", 2) >= 2 else ""
    if mode == "run":
        per = 38
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        text = []
        for j, pg in enumerate(pages, 1):
            body = " ".join(x.strip() for x in pg if x.strip())
            text.append((f"{j} " if j > 1 else "") + body + f" {running}")
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(text) + (" " + noise if noise else "") + "\n"
    wl = hyphen_wrap(lines, 74, rng) if rewrap else lines
    per = 50
    pages = [wl[i:i + per] for i in range(0, len(wl), per)]
    out = []
    n = len(pages)
    for j, pg in enumerate(pages, 1):
        top = [running, ""] if j > 1 else []
        foot = ["", f"- {j} -" if rng.random() < 0.5 else (f"Page {j} de {n}" if fr else f"Page {j} of {n}")]
        out.append("\n".join(top + pg + foot))
    tail = ("\n" + noise) if noise else ""
    return "\f".join(out) + tail + "\n"


def render_ocr_columns(blocks, o, rng, fr, running):
    level = o.get("damage", 2)
    pd, pl, pr = STRENGTH[level]
    top, left, right = [], [], []
    for b in blocks:
        k = b[0]
        if k in ("doc", "sub") and not left and not right:
            top.append(b[1].upper())
        elif k == "fields":
            for lb, v in b[1]:
                left += textwrap.wrap(f"{lb}: {v}", 38, subsequent_indent="  ")
        elif k == "bullets" or k == "table":
            rows = b[1] if k == "bullets" else [" - ".join(r) for r in b[2]]
            for t in rows:
                left += textwrap.wrap(f"- {t}", 38, subsequent_indent="  ")
        elif k == "h":
            right += ["", b[1].upper()]
        elif k == "p":
            right += textwrap.wrap(b[1], 44)
        elif k == "items":
            for i, t in enumerate(b[1], 1):
                right += textwrap.wrap(f"{i}. {t}", 44)
        elif k == "sign":
            right += b[1]
    left = [dmg_digits(x, pd, rng) for x in left]
    right = [dmg_prose(dmg_digits(x, pd / 2, rng), pl, pr, rng) for x in right]
    lines = list(top)
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else ""
        rgt = right[i] if i < len(right) else ""
        lines.append((lft + (" | " if lft and rng.random() < 0.2 else " ") + rgt).strip())
    return ocr_layout(lines, dict(o, mode="pages"), rng, running, fr, rewrap=False)


# ---------------------------------------------------------------- documents to refuse
def refuse_docs():
    """(file name, kind, language, bytes, people)"""
    docs = []
    # an EX classification decision letter (Word)
    doc = new_docx()
    for t in ["Natural Resources Canada", "Human Resources and Workplace Services Branch", "", "PROTECTED A", "",
              "November 9, 2018", "", "MEMORANDUM TO: Geneviève Martel-Boucher, Director General, Office of Energy Efficiency", "",
              "SUBJECT: Classification decision - Position 34128, Director, Equipment and Standards", ""]:
        doc.add_paragraph(t)
    for t in ["Further to your request of September 24, 2018, the EX Classification Committee reviewed the work description "
              "of position 34128, Director, Equipment and Standards, at its meeting of November 7, 2018.",
              "The Committee has confirmed the classification of the position at the EX-01 level, with 913 Hay points "
              "(Know-how F II 3 - 460; Problem Solving F4 (66 %) - 304; Accountability F 3 P - 152). The decision takes "
              "effect on April 1, 2018 and has been recorded in the Executive Group position inventory.",
              "The rationale is attached. Should you wish to discuss the decision, please contact Oksana Hrytsenko, "
              "Senior Advisor, Executive Classification, at 343-292-0000.",
              "", "Lise-Anne Charbonneau", "Director, Executive Group Services", "",
              "c.c.: Oluwaseun Adeyemi, Director, Equipment and Standards",
              "Attachment: Classification rationale (RDIMS #4471029)"]:
        doc.add_paragraph(t)
    docs.append(("Classification decision - Director, Equipment and Standards - EX-01.docx", "docx", "en", save_docx(doc),
                 ["Geneviève Martel-Boucher", "Oksana Hrytsenko", "Lise-Anne Charbonneau", "Oluwaseun Adeyemi"]))
    # a staffing notice (bilingual, text)
    notice = """NOTICE OF INTENT TO MAKE AN APPOINTMENT / AVIS D'INTENTION DE FAIRE UNE NOMINATION

Reference number / Numéro de référence : NRC20-EX-0412
Selection process number / Numéro du processus de sélection : 20-NRC-EA-EX-110387
Organization / Organisation : Natural Resources Canada / Ressources naturelles Canada
Position / Poste : Director General, CanmetMATERIALS / Directeur général, CanmetMATÉRIAUX
Group and level / Groupe et niveau : EX-02
Position number / Numéro de poste : 33600
Location / Endroit : Hamilton (Ontario)
Type of appointment / Type de nomination : Acting (4 months or more) / Intérimaire (4 mois ou plus)
Person being considered / Personne considérée : Priya Raghunathan
Closing date / Date de clôture : 2020-03-06

This notice is to inform you that the person named above is being considered for an acting appointment
to the position noted. Persons eligible to complain may do so to the Federal Public Sector Labour Relations
and Employment Board within fifteen (15) days of this notice.

Le présent avis vise à vous informer que la personne nommée ci-dessus est considérée pour une nomination
intérimaire au poste indiqué. Les personnes admissibles peuvent présenter une plainte à la Commission des
relations de travail et de l'emploi dans le secteur public fédéral dans les quinze (15) jours suivant le présent avis.

Contact / Personne-ressource : Oksana Hrytsenko, Executive Resourcing / Ressourcement des cadres
"""
    docs.append(("Avis d'intention - Notice of Intent - DG CanmetMATERIALS (acting).txt", "text", "bilingual",
                 notice.encode("utf-8"), ["Priya Raghunathan", "Oksana Hrytsenko"]))
    # an org chart (PDF with a text layer)
    chart = """CANADIAN FOREST SERVICE - ORGANIZATION CHART
Service canadien des forêts - Organigramme
As of / En date du : 2019-09-01

                         Assistant Deputy Minister, Canadian Forest Service
                         Marie-Claude Arseneault (EX-05)
                                        |
     +----------------------+-----------------------+----------------------+
     |                      |                       |                      |
DG, Pacific Forestry   DG, Atlantic Forestry   DG, Canadian Wood      DG, Policy, Economics
Centre (EX-03)         Centre (EX-02)          Fibre Centre (EX-02)   and Industry (EX-03)
Harjit Dhaliwal        vacant                  Étienne Lacasse (A)    Naomi Whitecalf
Victoria               Fredericton             Québec                 Ottawa
     |
     +-- Dir., Forest Climate Change Research (EX-01)
     +-- Dir., Forest Health and Biodiversity (EX-01)
     +-- Mgr., Corporate Services (AS-07)

(A) = acting / intérimaire           Prepared by Executive Group Services - not an official record
"""
    docs.append(("Org chart CFS 2019.pdf", "pdf", "en", pdf_bytes([chart]),
                 ["Marie-Claude Arseneault", "Harjit Dhaliwal", "Étienne Lacasse", "Naomi Whitecalf"]))
    # minutes of the EX classification committee (Markdown)
    minutes = """# EX Classification Committee - Minutes

**Date:** November 7, 2018, 13:30-15:00
**Location:** 580 Booth Street, Room 7-112, Ottawa
**Chair:** Aurélie Fontaine, Director General, Human Resources and Workplace Services

**Members present:** Gordon Mbeki-Lawson; Richard Abernethy; Lise-Anne Charbonneau (secretary)
**Classification advisor:** Oksana Hrytsenko

## 1. Adoption of the agenda

The agenda was adopted without change.

## 2. Director, Equipment and Standards (position 34128, Office of Energy Efficiency)

The Committee reviewed the revised work description (effective April 1, 2018). Members noted the expanded
regulatory accountabilities under the Energy Efficiency Regulations, 2016, and the growth of the division to
32 FTEs. **Decision:** EX-01 confirmed, 913 points. Letter to the DG, OEE.

## 3. Director General, CanmetENERGY-Ottawa (position 30150)

Deferred: the Sector is to provide the revised organization chart and the dimensions for 2018-19.

## 4. Director, Minerals and Metals Policy (new organization)

Preliminary discussion of a proposal to split the division into two EX-01 positions. The Sector will submit
draft work descriptions for the January meeting.

## 5. Next meeting

January 16, 2019.

*Action items: Executive Group Services to update the EX position inventory and to send decision letters.*
"""
    docs.append(("EX Classification Committee - minutes 2018-11-07.md", "markdown", "en", minutes.encode("utf-8"),
                 ["Aurélie Fontaine", "Gordon Mbeki-Lawson", "Richard Abernethy", "Lise-Anne Charbonneau", "Oksana Hrytsenko"]))
    # a scanned signed description without a text layer
    img = []
    for page in range(3):
        r = random.Random(f"{SEED}:scan:{page}")
        ops = ["q 0.96 g 0 0 595 842 re f Q", "q 0.15 g"]
        y = 780
        while y > 80:
            x = 50 + r.randrange(0, 20)
            w = r.randrange(300, 500)
            ops.append(f"{x} {y} {w} {r.choice([3, 4, 5])} re f")
            y -= r.choice([12, 13, 14, 22])
        ops.append("Q")
        img.append(("\n".join(ops)).encode("ascii"))
    docs.append(("Scan_20190612_0007.pdf", "pdf", "en", pdf_bytes(img), []))
    # a scan that gave only noise
    r = random.Random(f"{SEED}:noise")
    chars = "Il1|!;:,.'`~-_=^*°oO0eacrnm "
    noise_lines = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---"]
    for _ in range(34):
        noise_lines.append("".join(r.choice(chars) for _ in range(r.randrange(20, 78))).strip())
    noise_lines.insert(9, "EX- .I  ;! ' ' l  ..  ~ Gco ,. ;")
    docs.append(("DG Geological Survey 1991 scan (illisible).txt", "ocr", "en", ("\n".join(noise_lines) + "\n").encode("utf-8"), []))
    return docs


# ---------------------------------------------------------------- writing
RUNNING = {
    "nrcan": ["Natural Resources Canada - EX Work Description", "NRCan / RNCan - Executive Work Description",
              "Ressources naturelles Canada - Description de travail EX"],
    "emr": ["ENERGY, MINES AND RESOURCES CANADA", "EMR - EXECUTIVE POSITION DESCRIPTION", "ÉNERGIE, MINES ET RESSOURCES CANADA"],
    "dfo": ["Fisheries and Oceans Canada - EX Work Description"],
    "aafc": ["AGRICULTURE ET AGROALIMENTAIRE CANADA - DESCRIPTION DE POSTE"],
}


def render(d, blocks):
    p = P[d.pos]
    C = d.content if d.lang == "bilingual" else d.lang
    fr = C == "fr"
    rng = random.Random(f"{SEED}:render:{d.name}")
    runs = RUNNING[p.dept]
    running = runs[-1] if (fr and len(runs) > 2) else runs[0 if len(runs) == 1 else rng.randrange(len(runs) - (1 if len(runs) > 2 else 0))]
    if d.kind == "docx":
        return render_docx(blocks, d.o, rng, fr)
    if d.kind == "markdown":
        return render_md(blocks, d.o, rng, fr).encode("utf-8")
    if d.kind == "pdf":
        return render_pdf(blocks, d.o, rng, fr, running)
    if d.kind == "ocr":
        return render_ocr(blocks, d.o, rng, fr, running).encode("utf-8")
    if d.kind == "ocr-columns":
        return render_ocr_columns(blocks, d.o, rng, fr, running).encode("utf-8")
    width = d.o.get("width", rng.choice([None, 78, 90]))
    text = "\n".join(x for x, _ in render_text(blocks, d.o, rng, width=width, fr=fr)).rstrip() + "\n"
    if d.kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def dump_expected(path, data):
    import yaml
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    group_of = {n: g for g in VERSIONS for n in g}
    same = {**COPIES, **{v: k for k, v in COPIES.items()}}
    truths = {}
    for d in DOCS:
        blocks, truth, not_stated, also, people = build(d)
        (corpus / d.name).write_bytes(render(d, blocks))
        truths[d.name] = (d.kind, d.lang, truth, not_stated, also, people)
    for copy, orig in COPIES.items():
        shutil.copyfile(corpus / orig, corpus / copy)
        truths[copy] = truths[orig]
    for name, (kind, lang, truth, not_stated, also, people) in truths.items():
        versions = None
        if name in group_of:
            g = group_of[name]
            versions = {"documents": g, "newest": g[-1]}
            if name in same:
                versions["same_as"] = same[name]
        dump_expected(expected / f"{name}.expected.yaml",
                      {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": truth,
                       "not_stated": not_stated, "also": also, "people": sorted(set(people), key=people.index),
                       "versions": versions})
    for name, kind, lang, data, people in refuse_docs():
        (corpus / name).write_bytes(data)
        dump_expected(expected / f"{name}.expected.yaml",
                      {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                       "not_stated": [], "also": None, "people": people, "versions": None})


if __name__ == "__main__":
    main()
