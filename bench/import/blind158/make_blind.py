"""Blind corpus blind158: science-based and technical executive work descriptions (issue 12).

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps.
Run from the repository root:  python bench/import/blind158/make_blind.py
"""
import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml
import docx
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.import_files import pdf_bytes  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
R = random.Random(158)

GIVEN = ["Maelle", "Torvald", "Ingrid", "Bastien", "Oona", "Kwabena", "Renske", "Anouk", "Eilidh", "Tadeo",
         "Sunniva", "Lior", "Marguerite", "Dashiell", "Yevgenia", "Amara", "Corentin", "Ffion", "Hamish",
         "Noémie", "Priyanka", "Ruairi", "Solenn", "Tjarda", "Wendeline", "Ximena", "Zoltan", "Ottilie",
         "Gaëtan", "Isolde", "Jorunn", "Kallum", "Léandre", "Mireille", "Nandor", "Perpetua"]
FAMILY = ["Quarrington", "Vasselin", "Okonkwo-Bray", "Thibodeau-Kane", "Halvorsrud", "Mbeki-Lafleur",
          "Strathdee", "Pelletreau", "Ingebrigt", "Doucet-Marsh", "Ferreira-Lund", "Gauthreaux", "Kilbride",
          "Lemaistre", "Nakashima-Roy", "Ouellon", "Penhallow", "Rasmusen", "Szabo-Tremblay", "Vanderkloot",
          "Whitcombe", "Yellowquill", "Achterberg", "Bélanger-Ostry", "Cormorand", "Desjarlais-Finn",
          "Eckhardt", "Fontanelle", "Grzelak", "Hautecoeur"]
_used = set()


def person():
    while True:
        n = f"{R.choice(GIVEN)} {R.choice(FAMILY)}"
        if n not in _used:
            _used.add(n)
            return n


# department: short, en, fr, units [(unit_en, unit_fr, (city_en, city_fr), [other sites (en, fr)])]
DEPTS = {
    "NRC": ("National Research Council Canada", "Conseil national de recherches Canada", [
        ("Aerospace Research Centre", "Centre de recherche en aérospatiale", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Montréal wind tunnel complex", "soufflerie de Montréal"), ("Ottawa flight research laboratory", "laboratoire de recherche en vol d'Ottawa")]),
        ("Aquatic and Crop Resource Development Research Centre", "Centre de recherche en développement des cultures et des ressources aquatiques",
         ("Saskatoon, Saskatchewan", "Saskatoon (Saskatchewan)"), [("Halifax marine laboratory", "laboratoire marin de Halifax"), ("Ottawa", "Ottawa")]),
        ("Medical Devices Research Centre", "Centre de recherche en dispositifs médicaux", ("Boucherville, Quebec", "Boucherville (Québec)"),
         [("Winnipeg imaging laboratory", "laboratoire d'imagerie de Winnipeg")]),
        ("Energy, Mining and Environment Research Centre", "Centre de recherche en énergie, mines et environnement",
         ("Ottawa, Ontario", "Ottawa (Ontario)"), [("Vancouver fuel cell laboratory", "laboratoire des piles à combustible de Vancouver")]),
    ]),
    "AAFC": ("Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", [
        ("Lethbridge Research and Development Centre", "Centre de recherche et de développement de Lethbridge",
         ("Lethbridge, Alberta", "Lethbridge (Alberta)"), [("Vauxhall sub-station", "sous-station de Vauxhall"), ("Onefour ranch field station", "station de recherche Onefour")]),
        ("Saint-Jean-sur-Richelieu Research and Development Centre", "Centre de recherche et de développement de Saint-Jean-sur-Richelieu",
         ("Saint-Jean-sur-Richelieu, Quebec", "Saint-Jean-sur-Richelieu (Québec)"), [("L'Acadie experimental farm", "ferme expérimentale de L'Acadie")]),
        ("Kentville Research and Development Centre", "Centre de recherche et de développement de Kentville",
         ("Kentville, Nova Scotia", "Kentville (Nouvelle-Écosse)"), [("Sheffield Mills field site", "site de Sheffield Mills")]),
        ("Harrow Research and Development Centre", "Centre de recherche et de développement de Harrow",
         ("Harrow, Ontario", "Harrow (Ontario)"), [("Delhi tobacco and horticulture farm", "ferme de Delhi")]),
    ]),
    "NRCan": ("Natural Resources Canada", "Ressources naturelles Canada", [
        ("CanmetENERGY-Varennes", "CanmetÉNERGIE-Varennes", ("Varennes, Quebec", "Varennes (Québec)"), [("Ottawa", "Ottawa")]),
        ("Laurentian Forestry Centre", "Centre de foresterie des Laurentides", ("Québec, Quebec", "Québec (Québec)"),
         [("Valcartier experimental station", "station expérimentale de Valcartier")]),
        ("Pacific Forestry Centre", "Centre de foresterie du Pacifique", ("Victoria, British Columbia", "Victoria (Colombie-Britannique)"),
         [("Cowichan Lake research station", "station de recherche du lac Cowichan")]),
        ("Geological Survey of Canada, Calgary", "Commission géologique du Canada, Calgary", ("Calgary, Alberta", "Calgary (Alberta)"),
         [("core repository", "carothèque"), ("Yellowknife field office", "bureau de terrain de Yellowknife")]),
    ]),
    "ECCC": ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada", [
        ("Water Science and Technology", "Science et technologie de l'eau", ("Burlington, Ontario", "Burlington (Ontario)"),
         [("Saskatoon", "Saskatoon"), ("Canada Centre for Inland Waters research vessels", "navires de recherche du Centre canadien des eaux intérieures")]),
        ("Wildlife and Landscape Science", "Science de la faune et du paysage", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Saskatoon", "Saskatoon"), ("Delta, British Columbia", "Delta (Colombie-Britannique)")]),
        ("Atmospheric Science and Technology", "Sciences et technologies atmosphériques", ("Toronto, Ontario", "Toronto (Ontario)"),
         [("Egbert research station", "station de recherche d'Egbert"), ("Alert observatory", "observatoire d'Alert")]),
    ]),
    "DFO": ("Fisheries and Oceans Canada", "Pêches et Océans Canada", [
        ("Bedford Institute of Oceanography", "Institut océanographique de Bedford", ("Dartmouth, Nova Scotia", "Dartmouth (Nouvelle-Écosse)"),
         [("St. Andrews Biological Station", "Station biologique de St. Andrews"), ("CCGS Hudson", "NGCC Hudson")]),
        ("Maurice Lamontagne Institute", "Institut Maurice-Lamontagne", ("Mont-Joli, Quebec", "Mont-Joli (Québec)"),
         [("CCGS Teleost", "NGCC Teleost"), ("Gaspé field station", "station de Gaspé")]),
        ("Pacific Biological Station", "Station biologique du Pacifique", ("Nanaimo, British Columbia", "Nanaimo (Colombie-Britannique)"),
         [("Institute of Ocean Sciences", "Institut des sciences de la mer"), ("Cultus Lake laboratory", "laboratoire du lac Cultus")]),
        ("Freshwater Institute", "Institut des eaux douces", ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
         [("Experimental Lakes field camp", "camp de la Région des lacs expérimentaux"), ("Iqaluit", "Iqaluit")]),
    ]),
    "HC": ("Health Canada", "Santé Canada", [
        ("Food Research Division", "Division de la recherche sur les aliments", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Longueuil laboratory", "laboratoire de Longueuil")]),
        ("Radiation Protection Bureau", "Bureau de la radioprotection", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("monitoring stations across Canada", "stations de surveillance au Canada")]),
        ("Biologic and Radiopharmaceutical Drugs Laboratories", "Laboratoires des médicaments biologiques et radiopharmaceutiques",
         ("Ottawa, Ontario", "Ottawa (Ontario)"), [("Winnipeg laboratory", "laboratoire de Winnipeg")]),
    ]),
    "CNSC": ("Canadian Nuclear Safety Commission", "Commission canadienne de sûreté nucléaire", [
        ("Nuclear Substance Regulation", "Réglementation des substances nucléaires", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Calgary regional office", "bureau régional de Calgary"), ("Laval regional office", "bureau régional de Laval")]),
        ("Safety Assessment Engineering", "Ingénierie de l'évaluation de la sûreté", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Chalk River site office", "bureau de site de Chalk River"), ("Bruce site office", "bureau de site de Bruce")]),
    ]),
    "TC": ("Transport Canada", "Transports Canada", [
        ("Motor Vehicle Test Centre", "Centre d'essais pour véhicules automobiles", ("Blainville, Quebec", "Blainville (Québec)"),
         [("Ottawa crash laboratory", "laboratoire d'essais de collision d'Ottawa")]),
        ("Aircraft Certification Engineering", "Ingénierie de la certification des aéronefs", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Montréal", "Montréal"), ("Edmonton", "Edmonton")]),
        ("Rail Safety Engineering", "Ingénierie de la sécurité ferroviaire", ("Ottawa, Ontario", "Ottawa (Ontario)"),
         [("Winnipeg", "Winnipeg")]),
    ]),
}

# (title pattern en, fr, class): {u} the unit
ROLES = [
    ("Director General, {u}", "Directeur général, {u}", "EX-03"),
    ("Director, {u}", "Directeur, {u}", "EX-01"),
    ("Executive Director, {u}", "Directrice exécutive, {u}", "EX-02"),
    ("Director, Research, Development and Technology, {u}", "Directrice, Recherche, développement et technologie, {u}", "EX-01"),
    ("Chief Scientist and Director, {u}", "Scientifique en chef et directeur, {u}", "EX-02"),
]

REPORTS = {
    "science": [("Research Manager, {t}", "Gestionnaire de recherche, {t}", "SE-REM-02"),
                ("Research Manager, {t}", "Gestionnaire de recherche, {t}", "SE-REM-03"),
                ("Senior Research Scientist, {t}", "Chercheur principal, {t}", "SE-RES-05"),
                ("Laboratory Manager, {t}", "Gestionnaire de laboratoire, {t}", "BI-04"),
                ("Head, Analytical Chemistry", "Chef, Chimie analytique", "CH-04"),
                ("Manager, Physical Sciences", "Gestionnaire, Sciences physiques", "PC-05"),
                ("Manager, Technical Services and Field Operations", "Gestionnaire, Services techniques et opérations sur le terrain", "EG-07"),
                ("Manager, Data and Informatics", "Gestionnaire, Données et informatique", "DS-06"),
                ("Head, Research Vessel Operations", "Chef, Opérations des navires de recherche", "GT-06"),
                ("Manager, Finance and Administration", "Gestionnaire, Finances et administration", "FI-03")],
    "eng": [("Chief Engineer, {t}", "Ingénieur en chef, {t}", "EN-ENG-06"),
            ("Manager, Engineering, {t}", "Gestionnaire, Ingénierie, {t}", "EN-ENG-05"),
            ("Chief, Flight Test", "Chef, Essais en vol", "AO-CAI-03"),
            ("Manager, Test Operations", "Gestionnaire, Opérations d'essai", "EG-07"),
            ("Manager, Regulatory Standards", "Gestionnaire, Normes réglementaires", "EC-07"),
            ("Senior Medical Advisor", "Conseiller médical principal", "MD-MOF-03"),
            ("Manager, Technical Data", "Gestionnaire, Données techniques", "DS-06"),
            ("Head, Laboratory Services", "Chef, Services de laboratoire", "PC-05")],
}
TOPICS = [("Plant Pathology", "Phytopathologie"), ("Soil and Water", "Sols et eau"), ("Ocean Ecosystems", "Écosystèmes océaniques"),
          ("Aquatic Contaminants", "Contaminants aquatiques"), ("Forest Genomics", "Génomique forestière"),
          ("Applied Physics", "Physique appliquée"), ("Crop Genetics", "Génétique des cultures"),
          ("Fish Population Science", "Science des populations de poissons"), ("Air Quality", "Qualité de l'air"),
          ("Structures and Materials", "Structures et matériaux"), ("Crashworthiness", "Résistance à l'impact"),
          ("Radiochemistry", "Radiochimie"), ("Geophysics", "Géophysique"), ("Food Microbiology", "Microbiologie alimentaire")]

SUP = {  # supervisor candidates per department: (en, fr, class)
    "NRC": [("Vice-President, Engineering", "Vice-présidente, Génie", "EX-04"), ("Vice-President, Life Sciences", "Vice-président, Sciences de la vie", "EX-04")],
    "AAFC": [("Director General, Prairie Research and Development", "Directeur général, Recherche et développement, Prairies", "EX-03"),
             ("Assistant Deputy Minister, Science and Technology", "Sous-ministre adjointe, Sciences et technologie", "EX-05")],
    "NRCan": [("Director General, Canadian Forest Service, Laurentian and Pacific", "Directrice générale, Service canadien des forêts, Laurentides et Pacifique", "EX-03"),
              ("Assistant Deputy Minister, Energy Technology", "Sous-ministre adjoint, Technologie de l'énergie", "EX-05")],
    "ECCC": [("Director General, Science and Technology", "Directeur général, Science et technologie", "EX-03"),
             ("Assistant Deputy Minister, Science and Technology", "Sous-ministre adjoint, Science et technologie", "EX-05")],
    "DFO": [("Regional Director, Science, Maritimes Region", "Directeur régional, Sciences, Région des Maritimes", "EX-02"),
            ("Assistant Deputy Minister, Aquatic Ecosystems and Science", "Sous-ministre adjointe, Écosystèmes aquatiques et sciences", "EX-05")],
    "HC": [("Director General, Food Directorate", "Directrice générale, Direction des aliments", "EX-03"),
           ("Director General, Environmental and Radiation Health Sciences", "Directeur général, Sciences de la santé environnementale et de la radioprotection", "EX-03")],
    "CNSC": [("Director General, Directorate of Nuclear Substance Regulation", "Directeur général, Direction de la réglementation des substances nucléaires", "EX-03"),
             ("Executive Vice-President and Chief Science Officer", "Premier vice-président et agent scientifique en chef", "EX-05")],
    "TC": [("Director General, Civil Aviation Standards", "Directeur général, Normes de l'aviation civile", "EX-03"),
           ("Director General, Multimodal Safety and Engineering", "Directrice générale, Sécurité multimodale et ingénierie", "EX-03")],
}
ADMIN_SUP = {"DFO": ("Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", "EX-03"),
             "AAFC": ("Director General, Research Centres Operations", "Directrice générale, Opérations des centres de recherche", "EX-03"),
             "NRCan": ("Regional Director General, Corporate Services West", "Directeur général régional, Services ministériels Ouest", "EX-03"),
             "ECCC": ("Regional Director General, Ontario Region", "Directeur général régional, Région de l'Ontario", "EX-03"),
             "NRC": ("Vice-President, Corporate Services", "Vice-président, Services corporatifs", "EX-04"),
             "HC": ("Regional Director General, Ontario and Nunavut", "Directrice générale régionale, Ontario et Nunavut", "EX-03"),
             "CNSC": ("Director General, Regulatory Operations", "Directrice générale, Opérations réglementaires", "EX-03"),
             "TC": ("Regional Director General, Quebec Region", "Directeur général régional, Région du Québec", "EX-03")}
FUNC_SUP = ("Chief Science Officer", "Agent scientifique principal", "EX-05")

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 3]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", d.isoformat()][style % 3]


def money(v, lang, style, nbsp="\u00a0"):
    if lang == "fr":
        s = style % 3
        if s == 0:
            return f"{v:,}".replace(",", nbsp) + f"{nbsp}$"
        if s == 1:
            m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m}{nbsp}M$"
        return f"{v // 1000:,}".replace(",", nbsp) + f"{nbsp}k$"
    s = style % 4
    if s == 0:
        return f"${v:,}"
    if s == 1:
        return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if s == 2:
        return f"${v // 1000:,}K"
    return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"


# ---------------------------------------------------------------- positions
KINDS = ["docx"] * 8 + ["pdf"] * 8 + ["ocr"] * 8 + ["ocr-columns"] * 2 + ["text"] * 7 + ["text-cp1252"] * 5 + ["markdown"] * 5
LANGS = ["en"] * 22 + ["fr"] * 11 + ["bilingual"] * 10
R.shuffle(KINDS)
R.shuffle(LANGS)
# kinds whose encoding can't hold U+202F: handled at rendering


def make_position(i, dept, unit, role, lang, kind):
    d_en, d_fr, units = DEPTS[dept]
    u_en, u_fr, (city_en, city_fr), others = unit
    t_en, t_fr, cls = role
    title_en, title_fr = t_en.format(u=u_en), t_fr.format(u=u_fr)
    pool = REPORTS["eng" if dept in ("TC", "CNSC") or "Aerospace" in u_en else "science"]
    n = R.randint(2, 6)
    reps = []
    topics = R.sample(TOPICS, 6)
    sites = [(city_en.split(",")[0], city_fr.split(" (")[0])] + list(others)
    for k, (r_en, r_fr, rc) in enumerate(R.sample(pool, n)):
        tp = topics[k]
        fte = R.choice([None] if rc == "SE-RES-05" else [R.randint(4, 48)])
        site = sites[k % len(sites)]
        reps.append({"title": r_en.format(t=tp[0]), "title_fr": r_fr.format(t=tp[1]), "classification": rc,
                     "fte": fte, "site": site})
    sal = R.randint(18, 260) * 50000 + R.choice([0, 15000, 30000, 45000])
    om = R.randint(6, 120) * 25000 + R.choice([0, 5000])
    cap = R.choice([0, R.randint(2, 90) * 100000])
    gc = R.choice([0, 0, R.randint(5, 300) * 10000])
    grants = R.choice([0, R.randint(2, 50) * 50000])
    sup = R.choice(SUP[dept])
    matrix = R.random() < 0.3
    eff = dt.date(R.choice([2019, 2020, 2021, 2022, 2023, 2024]), R.randint(1, 12), R.randint(1, 28))
    p = {
        "i": i, "dept": dept, "d_en": d_en, "d_fr": d_fr, "unit": (u_en, u_fr), "lang": lang, "kind": kind,
        "title": title_en, "title_fr": title_fr, "classification": cls,
        "job_code": str(R.randint(100100, 109900)) if R.random() < 0.7 else None,
        "position_number": str(R.choice([R.randint(1000, 99999), R.randint(100000, 799999)])) if R.random() < 0.85 else None,
        "effective_date": eff if R.random() < 0.9 else None,
        "sup": sup, "sup_pos": str(R.randint(10000, 99999)) if R.random() < 0.5 else None,
        "matrix": None, "reports": reps, "salary": sal, "o_and_m": om, "capital": cap, "gc": gc, "grants": grants,
        "state_total": R.random() < 0.7, "office": R.randint(1, 3),
        "location": (city_en, city_fr), "sites": others,
        "form": R.choice(["form", "form", "prose"]), "style": R.randint(0, 11),
        "reports_layout": R.choice(["table", "bullets", "sites", "sentence"]),
        "incumbent": person(), "approver": person(), "classifier": person(),
    }
    if matrix:
        adm = ADMIN_SUP[dept]
        which = R.choice(["admin-named", "functional-named"])
        func = sup if sup[2] != "EX-05" else FUNC_SUP
        if which == "admin-named":
            p["sup"], p["matrix"] = adm, ("admin-named", func)
        else:
            p["sup"], p["matrix"] = func, ("functional-named", adm)
    if p["classification"] == "EX-03" and p["sup"][2] in ("EX-03", "EX-02"):
        p["sup"] = SUP[dept][1] if SUP[dept][1][2] in ("EX-04", "EX-05") else ("Assistant Deputy Minister, Science", "Sous-ministre adjoint, Sciences", "EX-05")
        p["matrix"] = None
    return p


def total_fte(p):
    return sum(r["fte"] or 0 for r in p["reports"]) + p["office"]


# ---------------------------------------------------------------- blocks
def T(p, en, fr):
    return {"en": en, "fr": fr, "bilingual": f"{en} / {fr}"}[p["lang"]]


def build_blocks(p):
    L, s = p["lang"], p["style"]
    fr = L == "fr"
    title = p["title_fr"] if fr else p["title"]
    tb = p["title"] if L == "en" else (p["title_fr"] if fr else f"{p['title']} / {p['title_fr']}")
    dept = p["d_fr"] if fr else (p["d_en"] if L == "en" else f"{p['d_en']} / {p['d_fr']}")
    loc = p["location"][1] if fr else p["location"][0]
    if L == "bilingual":
        loc = f"{p['location'][0]} / {p['location'][1]}"
    ml = "fr" if fr else "en"
    sup_t = p["sup"][1] if fr else p["sup"][0]
    if L == "bilingual":
        sup_t = f"{p['sup'][0]} / {p['sup'][1]}"
    B = [("h1", dept), ("h1", T(p, "EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE"))]
    cls_txt = p["classification"] if s % 5 else p["classification"].replace("-0", " 0")
    eff = fmt_date(p["effective_date"], ml, s) if p["effective_date"] else None
    sites_txt = ", ".join(x[1] if fr else x[0] for x in p["sites"])
    if p["form"] == "form":
        kv = [(T(p, "Position title", "Titre du poste"), tb), (T(p, "Classification", "Classification"), cls_txt)]
        if p["position_number"]:
            kv.append((T(p, "Position number", "Numéro de poste"), p["position_number"]))
        elif s % 2:
            kv.append((T(p, "Position number", "Numéro de poste"), T(p, "To be assigned", "À déterminer")))
        if p["job_code"]:
            kv.append((T(p, "Job code", "Code d'emploi"), p["job_code"]))
        kv.append((T(p, "Effective date", "Date d'entrée en vigueur"), eff or ""))
        kv.append((T(p, "Organization", "Organisation"), T(p, p["unit"][0], p["unit"][1])))
        kv.append((T(p, "Location", "Lieu de travail"), loc))
        kv.append((T(p, "Other sites", "Autres sites"), sites_txt if not L == "bilingual" else ", ".join(x[0] for x in p["sites"])))
        if p["matrix"]:
            other = p["matrix"][1]
            o_t = other[1] if fr else other[0]
            if p["matrix"][0] == "admin-named":
                kv.append((T(p, "Reports to (supervisor)", "Relève de (superviseur)"), f"{sup_t} ({p['sup'][2]})"))
                kv.append((T(p, "Functional reporting (science)", "Lien fonctionnel (sciences)"), f"{o_t if L != 'bilingual' else other[0]} ({other[2]})"))
            else:
                kv.append((T(p, "Administrative reporting", "Lien administratif"), f"{o_t if L != 'bilingual' else other[0]} ({other[2]})"))
                kv.append((T(p, "Supervisor (reports to)", "Superviseur (relève de)"), f"{sup_t} ({p['sup'][2]})"))
        else:
            kv.append((T(p, "Supervisor's position title", "Titre du poste du superviseur"), sup_t))
            kv.append((T(p, "Supervisor's classification", "Classification du superviseur"), p["sup"][2]))
        if p["sup_pos"]:
            kv.append((T(p, "Supervisor's position number", "Numéro de poste du superviseur"), p["sup_pos"]))
        B.append(("kv", kv))
    else:
        B.append(("h2", tb))
        bits = [f"{T(p, 'Classification', 'Classification')}: {cls_txt}"]
        if p["position_number"]:
            bits.append(f"{T(p, 'Position no.', 'Poste no')} {p['position_number']}")
        if p["job_code"]:
            bits.append(f"{T(p, 'Job code', 'Code d’emploi')} {p['job_code']}")
        B.append(("p", " | ".join(bits)))
        sp = f", {T(p, 'position', 'poste')} {p['sup_pos']}" if p["sup_pos"] else ""
        en_loc = f"The position is based at the {p['unit'][0]} in {p['location'][0]}, with staff at the {sites_txt if not fr else ', '.join(x[0] for x in p['sites'])}."
        fr_loc = f"Le poste est situé au {p['unit'][1]}, à {p['location'][1]}, et compte du personnel aux sites suivants : {', '.join(x[1] for x in p['sites'])}."
        if p["matrix"] and p["matrix"][0] == "admin-named":
            o = p["matrix"][1]
            en_sup = (f"The position reports administratively to the {p['sup'][0]} ({p['sup'][2]}{sp}), who is the supervisor of record "
                      f"for this description, and functionally to the {o[0]} ({o[2]}) for the direction of the science program.")
            fr_sup = (f"Le titulaire relève administrativement du {p['sup'][1]} ({p['sup'][2]}{sp}), superviseur aux fins de la présente "
                      f"description, et fonctionnellement du {o[1]} ({o[2]}) pour l'orientation du programme scientifique.")
        elif p["matrix"]:
            o = p["matrix"][1]
            en_sup = (f"The position reports to the {p['sup'][0]} ({p['sup'][2]}{sp}). Accommodation, finance and security services are "
                      f"provided through the {o[0]} ({o[2]}), with whom the incumbent maintains a dotted-line relationship.")
            fr_sup = (f"Le poste relève du {p['sup'][1]} ({p['sup'][2]}{sp}). Les services de locaux, de finances et de sécurité sont "
                      f"fournis par le {o[1]} ({o[2]}), avec qui le titulaire entretient un lien hiérarchique indirect.")
        else:
            en_sup = f"It reports to the {p['sup'][0]} ({p['sup'][2]}{sp})."
            fr_sup = f"Il relève du {p['sup'][1]} ({p['sup'][2]}{sp})."
        en_eff = f" This description is effective {fmt_date(p['effective_date'], 'en', s)}." if eff else ""
        fr_eff = f" La présente description entre en vigueur le {fmt_date(p['effective_date'], 'fr', s)}." if eff else ""
        if L in ("en", "bilingual"):
            B.append(("p", en_loc + " " + en_sup + en_eff))
        if L in ("fr", "bilingual"):
            B.append(("p", fr_loc + " " + fr_sup + fr_eff))
    # general accountability
    B.append(("h2", T(p, "General accountability", "Responsabilités générales")))
    ga_en = (f"The {p['title']} is accountable for the scientific and technical direction of the {p['unit'][0]}, leading research, "
             f"laboratory, engineering and regulatory science programs that inform departmental decisions, ensuring the quality, "
             f"integrity and safety of laboratory and field operations, and managing the centre's facilities, research vessels and field stations.")
    ga_fr = (f"Le ou la titulaire est responsable de l'orientation scientifique et technique du {p['unit'][1]}, dirige les programmes "
             f"de recherche, de laboratoire, d'ingénierie et de science réglementaire qui éclairent les décisions du ministère, assure la "
             f"qualité, l'intégrité et la sécurité des opérations en laboratoire et sur le terrain, et gère les installations du centre.")
    for lg, tx in (("en", ga_en), ("fr", ga_fr)):
        if L in (lg, "bilingual"):
            B.append(("p", tx))
    # organization
    B.append(("h2", T(p, "Organization structure", "Structure organisationnelle")))
    lay = p["reports_layout"]
    nm = lambda r: r["title_fr"] if fr else (r["title"] if L == "en" else f"{r['title']} / {r['title_fr']}")
    site = lambda r: r["site"][1] if fr else r["site"][0]
    ftes = lambda r: (str(r["fte"]) if r["fte"] is not None else "—")
    intro = {"en": f"Reporting to the {p['title']} are:", "fr": "Relèvent du titulaire :",
             "bilingual": "Reporting to the position are / Relèvent du titulaire :"}[L]
    if lay == "table":
        B.append(("p", intro))
        B.append(("table", [T(p, "Position", "Poste"), T(p, "Group and level", "Groupe et niveau"), T(p, "Site", "Site"), T(p, "FTEs", "ETP")],
                  [[nm(r), r["classification"], site(r), ftes(r)] for r in p["reports"]]))
    elif lay == "bullets":
        B.append(("p", intro))
        unit_w = "ETP" if fr else ("FTEs" if L == "en" else "FTEs/ETP")
        B.append(("bullets", [f"{nm(r)} ({r['classification']}), {site(r)} — " +
                              (f"{r['fte']} {unit_w}" if r["fte"] is not None else T(p, "no staff", "aucun employé")) for r in p["reports"]]))
    elif lay == "sites":
        B.append(("p", intro))
        by = {}
        for r in p["reports"]:
            by.setdefault(site(r), []).append(r)
        for st, rs in by.items():
            B.append(("h3", st))
            B.append(("bullets", [f"{nm(r)} — {r['classification']} — " +
                                  (f"{r['fte']} {T(p, 'FTEs', 'ETP')}" if r["fte"] is not None else T(p, "individual contributor", "sans personnel"))
                                  for r in p["reports"] if r in rs]))
    else:
        for lg in ("en", "fr"):
            if L not in (lg, "bilingual"):
                continue
            parts = []
            for r in p["reports"]:
                t = r["title"] if lg == "en" else r["title_fr"]
                stx = r["site"][0] if lg == "en" else r["site"][1]
                if r["fte"] is None:
                    parts.append(f"the {t} ({r['classification']}), in {stx}, who has no staff" if lg == "en" else
                                 f"le {t} ({r['classification']}), à {stx}, sans personnel")
                else:
                    parts.append(f"the {t} ({r['classification']}), in {stx}, who leads {r['fte']} FTEs" if lg == "en" else
                                 f"le {t} ({r['classification']}), à {stx}, qui dirige {r['fte']} ETP")
            head = "Reporting to the position are " if lg == "en" else "Relèvent du poste "
            B.append(("p", head + "; ".join(parts[:-1]) + ("; and " if lg == "en" else "; et ") + parts[-1] + "."))
    # decoy: supervisor's organization
    big = total_fte(p) * R.randint(3, 7)
    for lg in ("en", "fr"):
        if L in (lg, "bilingual"):
            B.append(("p", f"The {p['sup'][0]} oversees some {big} employees across the sector." if lg == "en"
                      else f"Le {p['sup'][1]} supervise quelque {big} employés dans le secteur."))
    # dimensions
    B.append(("h2", T(p, "Dimensions", "Dimensions")))
    m = lambda v: money(v, ml, s) if L != "bilingual" else money(v, "en", s)
    rows = [(T(p, "Salary", "Salaires"), p["salary"]), (T(p, "Operating and maintenance (O&M)", "Fonctionnement et entretien (F et E)"), p["o_and_m"])]
    extra = []
    if p["grants"]:
        extra.append((T(p, "Research grants received (external)", "Subventions de recherche reçues (externes)"), p["grants"]))
    if p["capital"]:
        extra.append((T(p, "Capital (laboratory equipment and vessels)", "Capital (équipement de laboratoire et navires)"), p["capital"]))
    if p["gc"]:
        extra.append((T(p, "Grants and contributions (G&C)", "Subventions et contributions (S et C)"), p["gc"]))
    if s % 3 == 0:
        B.append(("table", [T(p, "Budget", "Budget"), T(p, "Amount", "Montant")],
                  [[a, m(v)] for a, v in rows] +
                  ([[T(p, "Total (salary and O&M)", "Total (salaires et F et E)"), m(p["salary"] + p["o_and_m"])]] if p["state_total"] else []) +
                  [[a, m(v)] for a, v in extra]))
    else:
        items = [f"{a}: {m(v)}" for a, v in rows + extra]
        if p["state_total"]:
            items.insert(2, f"{T(p, 'Total (salary and O&M)', 'Total (salaires et F et E)')}: {m(p['salary'] + p['o_and_m'])}")
        B.append(("bullets", items))
    if extra and R.random() < 0.6:
        allsrc = p["salary"] + p["o_and_m"] + sum(v for _, v in extra)
        B.append(("p", T(p, f"Resources managed from all sources, including capital and G&C: {m(allsrc)}.",
                         f"Ressources gérées, toutes sources confondues, y compris le capital et les S et C : {m(allsrc)}.")))
    B.append(("p", T(p, f"Full-time equivalents: {total_fte(p)}", f"Équivalents temps plein : {total_fte(p)}")))
    # nature and scope
    B.append(("h2", T(p, "Nature and scope", "Nature et étendue")))
    for lg in ("en", "fr"):
        if L in (lg, "bilingual"):
            B.append(("p", "The incumbent manages a portfolio of research projects and regulatory science files, maintains accreditation of the "
                      "laboratories (ISO/IEC 17025), and represents the department on national and international scientific committees. "
                      "Work in the field stations and aboard research vessels requires rigorous safety management." if lg == "en" else
                      "Le titulaire gère un portefeuille de projets de recherche et de dossiers de science réglementaire, maintient "
                      "l'accréditation des laboratoires (ISO/CEI 17025) et représente le ministère auprès de comités scientifiques nationaux "
                      "et internationaux."))
    # signatures
    B.append(("h2", T(p, "Signatures", "Signatures")))
    B.append(("kv", [(T(p, "Incumbent", "Titulaire"), p["incumbent"]),
                     (T(p, "Approved by", "Approuvé par"), f"{p['approver']}, {sup_t}"),
                     (T(p, "Classified by", "Classifié par"), p["classifier"])]))
    return B


# ---------------------------------------------------------------- rendering
def to_markdown(B):
    out = []
    for b in B:
        if b[0] == "h1":
            out.append(f"# {b[1]}\n")
        elif b[0] == "h2":
            out.append(f"## {b[1]}\n")
        elif b[0] == "h3":
            out.append(f"### {b[1]}\n")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "kv":
            out.append("\n".join(f"- **{k}:** {v}" for k, v in b[1]) + "\n")
        elif b[0] == "bullets":
            out.append("\n".join(f"* {x}" for x in b[1]) + "\n")
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |\n|" + "---|" * len(b[1]) + "\n" +
                       "\n".join("| " + " | ".join(r) + " |" for r in b[2]) + "\n")
    return "\n".join(out)


def to_text(B, width=100, upper=False):
    out = []
    for b in B:
        if b[0] in ("h1", "h2", "h3"):
            out += ["", b[1].upper() if (upper or b[0] == "h1") else b[1], ""]
        elif b[0] == "p":
            out += textwrap.wrap(b[1], width) + [""]
        elif b[0] == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            out += [f"{k + ':':<{w}}{v}" for k, v in b[1]] + [""]
        elif b[0] == "bullets":
            for x in b[1]:
                ls = textwrap.wrap(x, width - 4)
                out += ["  - " + ls[0]] + ["    " + y for y in ls[1:]]
            out.append("")
        elif b[0] == "table":
            cols = [b[1]] + b[2]
            ws = [max(len(r[i]) for r in cols) + 3 for i in range(len(b[1]))]
            out += ["".join(f"{c:<{ws[i]}}" for i, c in enumerate(r)).rstrip() for r in cols] + [""]
    return out


def to_docx(B, p):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "hrkit blind corpus", "hrkit blind corpus", ""
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 3, 1, 9, 0, 0)
    cp.revision = 1
    for b in B:
        if b[0] in ("h1", "h2", "h3"):
            d.add_heading(b[1], level={"h1": 1, "h2": 2, "h3": 3}[b[0]])
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            if p and p["style"] % 2:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = k, v
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(k + ": ").bold = True
                    para.add_run(v)
        elif b[0] == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = v
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, (2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def to_pdf(lines, header):
    lines = [ln.replace("\u202f", "\u00a0") for ln in lines]
    pages, per = [], 62
    for k in range(0, len(lines), per):
        pages.append("\n".join([header, ""] + lines[k:k + per] + ["", f"{header.split()[0]}  Work description    {k // per + 1}"]))
    return pdf_bytes(pages)


DIG = {"light": {"0": "O", "1": "I"}, "middling": {"0": "O", "1": "l", "5": "S", "8": "B"},
       "heavy": {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}}
PROB = {"light": 0.35, "middling": 0.6, "heavy": 0.8}
LETTERS = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("n", "u"), ("t", "l")]


def damage_line(line, strength, rng, names):
    parts = re.split("(" + "|".join(re.escape(n) for n in names) + ")", line) if names else [line]
    res = []
    for part in parts:
        if part in names:
            res.append(part)
            continue
        chars = []
        for ch in part:
            if ch in DIG[strength] and rng.random() < PROB[strength]:
                ch = DIG[strength][ch]
            chars.append(ch)
        part = "".join(chars)
        words = part.split(" ")
        lp = {"light": 0.01, "middling": 0.03, "heavy": 0.06}[strength]
        for k, w in enumerate(words):
            if len(w) > 3 and rng.random() < lp:
                a, b = rng.choice(LETTERS)
                if a in w:
                    words[k] = w.replace(a, b, 1)
        out = words[0] if words else ""
        for w in words[1:]:
            out += ("" if rng.random() < lp * 0.8 and out and w else " ") + w
        res.append(out)
    return "".join(res)


def to_ocr(B, p, strength, columns=False):
    rng = random.Random(p["i"] * 7 + 1)
    body = to_text(B, 74, upper=True)
    if columns:  # the form's label/value lines side by side, in two columns
        kvs = [ln for ln in body if ":" in ln][:10]
        if len(kvs) >= 4:
            half = len(kvs) // 2
            w = max(len(a) for a in kvs[:half]) + 3
            merged = [f"{a:<{w}}{b}" for a, b in zip(kvs[:half], kvs[half:2 * half])]
            idx = body.index(kvs[0])
            body = [ln for ln in body if ln not in kvs[:2 * half]]
            body[idx:idx] = merged
    # hyphenate some line ends
    lines = []
    for ln in body:
        if len(ln) > 60 and rng.random() < 0.25:
            cut = ln.rfind(" ", 0, len(ln) - 3)
            last = ln[cut + 1:]
            if len(last) > 7 and last.isalpha():
                lines.append(ln[:cut + 1] + last[:4] + "-")
                lines.append(last[4:])
                continue
        lines.append(ln)
    names = [p["incumbent"], p["approver"], p["classifier"]]
    hdr = {"en": "WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL", "bilingual": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[p["lang"]]
    out, per = [], 48
    npg = (len(lines) + per - 1) // per
    for k in range(0, len(lines), per):
        out.append(f"{p['dept']}    {hdr}")
        out.append("")
        out += [damage_line(ln, strength, rng, names) for ln in lines[k:k + per]]
        out.append("")
        out.append(f"Page {k // per + 1} {'de' if p['lang'] == 'fr' else 'of'} {npg}")
        out.append("\f")
    return "\n".join(out)


def render(p, B, kind):
    if kind == "markdown":
        return to_markdown(B).encode("utf-8")
    if kind == "text":
        return ("\n".join(to_text(B, 100)) + "\n").encode("utf-8")
    if kind == "text-cp1252":
        t = "\r\n".join(to_text(B, 90)) + "\r\n"
        t = t.replace("'", "\u2019").replace("\u202f", "\u00a0")
        return t.encode("cp1252")
    if kind in ("ocr", "ocr-columns"):
        return to_ocr(B, p, p["damage"], kind == "ocr-columns").encode("utf-8")
    if kind == "pdf":
        return to_pdf(to_text(B, 100, upper=True), f"{p['dept']}  {p['d_en'] if p['lang'] != 'fr' else p['d_fr']}")
    if kind == "docx":
        return to_docx(B, p)
    raise ValueError(kind)


# ---------------------------------------------------------------- truth
def truth(p, name, kind, versions=None, extra_also=None):
    fr = p["lang"] == "fr"
    reps = [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]]
    f = {"title": p["title_fr"] if fr else p["title"], "classification": p["classification"], "job_code": p["job_code"],
         "position_number": p["position_number"], "effective_date": p["effective_date"],
         "supervisor": {"position_number": p["sup_pos"], "title": p["sup"][1] if fr else p["sup"][0], "classification": p["sup"][2]},
         "direct_reports": reps, "salary": p["salary"], "o_and_m": p["o_and_m"],
         "total": p["salary"] + p["o_and_m"] if p["state_total"] else None,
         "location": p["location"][1] if fr else p["location"][0]}
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if p["sup_pos"] is None:
        ns.append("supervisor.position_number")
    also = {"department": p["d_fr"] if fr else p["d_en"], "form": p["form"], "reports_layout": p["reports_layout"], "fte": total_fte(p),
            "sites": [x[1] if fr else x[0] for x in p["sites"]]}
    if p["lang"] == "bilingual":
        also["title_fr"] = p["title_fr"]
    if p["capital"]:
        also["capital"] = p["capital"]
    if p["gc"]:
        also["grants_and_contributions"] = p["gc"]
    if p["grants"]:
        also["research_grants_received"] = p["grants"]
    if kind in ("ocr", "ocr-columns"):
        also["damage"] = p["damage"]
    if p["matrix"]:
        o = p["matrix"][1]
        if p["matrix"][0] == "admin-named":
            also["matrix_reporting"] = (f"administrative line ({p['sup'][0]}) is the supervisor: the document labels it "
                                        f"'Reports to (supervisor)' / 'supervisor of record'; the functional line to the {o[0]} ({o[2]}) is not")
        else:
            also["matrix_reporting"] = (f"functional/science line ({p['sup'][0]}) is the supervisor: the document labels it 'Supervisor' / "
                                        f"'reports to'; the administrative or dotted line to the {o[0]} ({o[2]}) is support only")
    if p["classification"] != p["classification"] and False:
        pass
    if extra_also:
        also.update(extra_also)
    return {"document": name, "kind": kind, "language": p["lang"], "outcome": "import", "fields": f, "not_stated": ns or None,
            "also": also, "people": [p["incumbent"], p["approver"], p["classifier"]], "versions": versions}


def fname(p, k):
    t = p["title_fr"] if p["lang"] == "fr" else p["title"]
    ext = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "ocr-columns": ".txt", "pdf": ".pdf", "docx": ".docx"}[p["kind"]]
    if p["kind"] in ("ocr", "ocr-columns"):
        return [f"scan_{4100 + p['i'] * 37}{ext}", f"SCAN{p['i']:04d} {p['dept']}{ext}", f"numérisation {p['i']}{ext}"][k % 3]
    variants = [f"{t}{ext}", f"{p['dept']} - {t} (EX){ext}", f"WD {t} - signed{ext}", f"{t} (1){ext}",
                f"{p['dept']}_{t.replace(' ', '_').replace(',', '')}{ext}", f"DRAFT {t}{ext}", f"{t}, final{ext}"]
    return variants[k % len(variants)]


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    depts = list(DEPTS)
    combos = [(dp, u) for dp in depts for u in DEPTS[dp][2]]
    R.shuffle(combos)
    positions = []
    for i in range(43):
        dp, u = combos[i % len(combos)]
        role = ROLES[(i * 3) % len(ROLES)] if i >= len(combos) else R.choice(ROLES)
        p = make_position(i, dp, u, role, LANGS[i], KINDS[i])
        positions.append(p)
    dmg = ["light", "middling", "heavy"]
    for k, p in enumerate([q for q in positions if q["kind"].startswith("ocr")]):
        p["damage"] = dmg[k % 3]
    # supervisor in the corpus: the first EX-03 director general heads a lab director of the same department
    dg = next(q for q in positions if q["classification"] == "EX-03" and q["position_number"] and not q["matrix"])
    sub = next(q for q in positions if q["dept"] == dg["dept"] and q is not dg and q["classification"] in ("EX-01", "EX-02"))
    sub["sup"], sub["sup_pos"], sub["matrix"] = (dg["title"], dg["title_fr"], "EX-03"), dg["position_number"], None
    seen, docs = set(), []
    for k, p in enumerate(positions):
        name = fname(p, k)
        while name in seen:
            name = name.rsplit(".", 1)[0] + " v2." + name.rsplit(".", 1)[1]
        seen.add(name)
        p["file"] = name
    ea = {}
    ea[sub["file"]] = {"reports_to_in_corpus": dg["file"]}
    ea[dg["file"]] = {"supervises_in_corpus": sub["file"]}
    for p in positions:
        data = render(p, build_blocks(p), p["kind"])
        docs.append((p["file"], data, truth(p, p["file"], p["kind"], None, ea.get(p["file"]))))
    # versions: DRAFT docx v2 of one position, its signed PDF adds a report and changes money/date
    base = next(q for q in positions if q["kind"] == "docx" and q["lang"] == "en" and q["effective_date"] and q is not sub and q is not dg)
    import copy
    new = copy.deepcopy(base)
    new["kind"] = "pdf"
    new["reports"].append({"title": "Manager, Indigenous Science Partnerships", "title_fr": "Gestionnaire, Partenariats scientifiques autochtones",
                           "classification": "SE-REM-01", "fte": 5, "site": new["reports"][0]["site"]})
    new["salary"] += 610000
    new["o_and_m"] += 95000
    new["effective_date"] = base["effective_date"].replace(year=base["effective_date"].year + 1)
    old_name = f"DRAFT - {base['title']} v2.docx"
    new_name = f"{base['title']} - signed.pdf"
    docs = [d for d in docs if d[0] != base["file"]]
    seen.discard(base["file"])
    ver = {"documents": [old_name, new_name], "newest": new_name, "same_text": False,
           "note": "the signed version adds a Manager, Indigenous Science Partnerships (SE-REM-01, 5 FTEs), salary +$610,000, "
                   "O&M +$95,000 and an effective date one year later"}
    docs.append((old_name, render(base, build_blocks(base), "docx"), truth(base, old_name, "docx", ver)))
    docs.append((new_name, render(new, build_blocks(new), "pdf"), truth(new, new_name, "pdf", ver)))
    # identical copy of a cp1252 file
    src = next(q for q in positions if q["kind"] == "text-cp1252" and q is not base)
    cp_name = src["file"].rsplit(".", 1)[0] + " (1).txt"
    ver2 = {"documents": [src["file"], cp_name], "newest": None, "same_text": True, "note": "identical bytes: a copy"}
    for j, (n, dat, tr) in enumerate(docs):
        if n == src["file"]:
            tr["versions"] = ver2
            docs.append((cp_name, dat, dict(tr, document=cp_name, versions=ver2)))
            break
    docs += refusals()
    for n, dat, tr in docs:
        (CORPUS / n).write_bytes(dat)
        (EXPECTED / (n + ".expected.yaml")).write_text(
            yaml.safe_dump(tr, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(docs), "documents")


def refusals():
    out = []
    a, b, c = person(), person(), person()
    memo = (f"MEMORANDUM\r\n\r\nTo: Research Managers, Lethbridge Research and Development Centre\r\nFrom: {a}, Director, Research, "
            f"Development and Technology\r\nDate: February 12, 2024\r\nSubject: 2024\u201325 allocation of O\u2019M and capital\r\n\r\n"
            f"The Centre\u2019s 2024\u201325 envelope is $14,620,000 in salary and $3,180,000 in O&M. Field station allocations: "
            f"Vauxhall $410,000; Onefour $265,000. Capital requests for the growth chambers (SE-RES-03 lead) are due March 1.\r\n\r\n{a}\r\n")
    out.append(("Memo - budget allocation 2024-25 (Lethbridge).txt", memo.encode("cp1252"), "text-cp1252", "en", [a]))
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = d.core_properties.last_printed = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.author = "hrkit blind corpus"
    d.core_properties.revision = 1
    for t in ["Pêches et Océans Canada", "Le 4 mars 2024", f"Madame {b}", "Objet : Nomination intérimaire",
              "Madame,", "J'ai le plaisir de vous confirmer votre nomination intérimaire au poste de Directrice régionale, Sciences, "
              "Région du Québec (EX-02, poste 61842), à l'Institut Maurice-Lamontagne, Mont-Joli (Québec), du 1er avril au 30 septembre 2024. "
              "Vous dirigerez 186 ETP et un budget de 21,7 M$.", "Veuillez agréer, Madame, mes salutations distinguées.", c,
              "Sous-ministre adjointe, Écosystèmes aquatiques et sciences"]:
        d.add_paragraph(t)
    out.append(("Lettre nomination intérimaire - IML.docx", to_docx([], None) if False else _docx_bytes(d), "docx", "fr", [b, c]))
    e, f2 = person(), person()
    minutes = (f"Research Management Committee / Comité de gestion de la recherche\nBedford Institute of Oceanography / Institut océanographique de Bedford\n"
               f"Minutes / Procès-verbal — 2023-11-14\n\nPresent / Présents : {e} (chair / présidence), {f2}\n\n"
               "1. CCGS Hudson replacement: capital of $8.4M carried forward / report du capital de 8,4 M$.\n"
               "2. The work description of the Director, Ocean and Ecosystem Sciences (EX-01) will be updated to add two SE-RES-03 "
               "positions / La description de travail du directeur sera mise à jour.\n3. St. Andrews field station: 27 FTEs / 27 ETP.\n")
    out.append(("RMC minutes 2023-11-14 (BIO).txt", minutes.encode("utf-8"), "text", "bilingual", [e, f2]))
    g = person()
    chart = (f"# Organization chart — Motor Vehicle Test Centre\n\n- Director, Motor Vehicle Test Centre (EX-01) — {g}\n"
             "  - Chief Engineer, Crashworthiness (EN-ENG-06) — 14 FTEs\n  - Manager, Test Operations (EG-07) — 22 FTEs\n"
             "  - Manager, Technical Data (DS-06) — 6 FTEs\n\nTotal: 45 FTEs. Salary $4.1M, O&M $1.3M (2023-24).\n")
    out.append(("org chart MVTC 2023.md", chart.encode("utf-8"), "markdown", "en", [g]))
    out.append(("Scan 2022-06-03 - Chief Scientist WD.pdf", pdf_bytes(["", "", ""]), "pdf", "en", []))
    res = []
    why = {"text-cp1252": "memo", "docx": "letter", "text": "minutes", "markdown": "organization chart", "pdf": "scan without a text layer"}
    for n, dat, kind, lang, ppl in out:
        res.append((n, dat, {"document": n, "kind": kind, "language": lang, "outcome": "refuse", "fields": None, "not_stated": None,
                             "also": {"what": why[kind]}, "people": ppl or None, "versions": None}))
    return res


def _docx_bytes(d):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, (2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


if __name__ == "__main__":
    main()
