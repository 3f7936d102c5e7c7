"""Generate blind209: accessible and linearized executive work descriptions (screen-reader transcripts,
tagged-PDF exports, plain-language versions) and five documents to refuse.

Run from the repository root: python bench/import/blind209/make_blind.py
"""
import sys
sys.dont_write_bytecode = True  # noqa: E402
import datetime
import io
import os
import random
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven"]
NUM_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept"]
NBSP = "\u00a0"


# ----------------------------------------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2090)
    people_rng = random.Random(2091)
    used_names = set()

    def name():
        while True:
            n = f"{people_rng.choice(T.FIRST)} {people_rng.choice(T.LAST)}"
            if n not in used_names:
                used_names.add(n)
                return n

    positions = []
    numbers = rng.sample(range(40000, 99999), 80)
    for d_i, (dep_en, dep_fr, abbr, areas) in enumerate(T.DEPTS):
        adm_area = areas[0]
        adm = dict(title=f"Assistant Deputy Minister, {['Service Delivery', 'Cultural Affairs', 'Departmental Oversight', 'Social, Health and Labour Statistics'][d_i]}",
                   title_fr=f"Sous-ministre adjoint, {['Prestation des services', 'Affaires culturelles', 'Surveillance ministérielle', 'Statistiques sociales, de la santé et du travail'][d_i]}",
                   classification="EX-04", number=str(numbers.pop()))
        area_iter = iter(areas)
        for g in range(2):
            ga = next(area_iter)
            loc = T.LOCATIONS[rng.randrange(len(T.LOCATIONS))] if g else T.LOCATIONS[rng.randrange(2)]
            dg = dict(level="EX-03", title=f"Director General, {ga[0]}", title_fr=f"Directeur général, {ga[1]}",
                      area=ga, dept=(dep_en, dep_fr, abbr), sup=adm, loc=loc, number=str(numbers.pop()),
                      reports=[], key=f"{abbr}-DG{g}")
            positions.append(dg)
            n_sub = 5 if g == 0 else 4
            for s in range(n_sub):
                a = next(area_iter, None)
                if a is None:
                    break
                level = "EX-02" if s == 0 and g == 0 else "EX-01"
                role_en = "Executive Director" if level == "EX-02" else "Director"
                role_fr = "Directeur exécutif" if level == "EX-02" else "Directeur"
                if rng.random() < 0.4:
                    role_fr = role_fr.replace("Directeur", "Directrice").replace("exécutif", "exécutive")
                p = dict(level=level, title=f"{role_en}, {a[0]}", title_fr=f"{role_fr}, {a[1]}", area=a,
                         dept=(dep_en, dep_fr, abbr), sup=dg, loc=loc if rng.random() < 0.7 else
                         T.LOCATIONS[rng.randrange(len(T.LOCATIONS))], number=str(numbers.pop()), key=f"{abbr}-{g}{s}")
                positions.append(p)
                dg["reports"].append(p)
    # facts
    for i, p in enumerate(positions):
        r = random.Random(209000 + i)
        if p["level"] == "EX-03":
            p["salary"] = r.randrange(300, 900) * 10000
            p["om"] = r.randrange(800, 4000) * 1000
            p["drs"] = None  # filled below from its directors
        else:
            k = r.randint(2, 5)
            mgr = r.sample(T.MANAGER_AREAS, k)
            p["drs"] = [dict(title=f"Manager, {m[0]}", title_fr=f"Gestionnaire, {m[1]}",
                             classification=r.choice(T.GROUPS), fte=r.randint(3, 18)) for m in mgr]
            if r.random() < 0.2:
                p["drs"].append(dict(title="Executive Assistant", title_fr="Adjointe exécutive",
                                     classification="AS-02", fte=1))
            base = 90 if p["level"] == "EX-01" else 160
            p["salary"] = r.randrange(base, base + 200) * 10000
            p["om"] = r.randrange(60, 1500) * 1000
        p["job_code"] = str(r.randrange(100100, 109999))
        y = r.choice([2021, 2022, 2023, 2024, 2025])
        p["date"] = datetime.date(y, r.randint(1, 12), r.randint(2, 28))
        p["incumbent"] = name()
        p["approver"] = name()
        p["author"] = name()
    for p in positions:
        if p["level"] == "EX-03":
            p["drs"] = [dict(title=c["title"], title_fr=c["title_fr"], classification=c["level"],
                             fte=sum(d["fte"] for d in c["drs"]) + 1) for c in p["reports"]]
    for p in positions:
        p["fte"] = sum(d["fte"] for d in p["drs"]) + (2 if p["level"] == "EX-03" else 1)
    return positions, name


# ----------------------------------------------------------------------------------------------- notations
def fmt_date(d, lang, style):
    if lang == "fr":
        if style == 0:
            return d.isoformat()
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    return [d.isoformat(), f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{WEEKDAYS[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}"][style]


def fmt_money(v, lang, style):
    if lang == "fr":
        s = f"{v:,}".replace(",", NBSP)
        if style == 2 and v % 10000 == 0:
            return f"{v / 1e6:.2f}".replace(".", ",") + f"{NBSP}M$"
        if style == 1:
            return f"{s} dollars"
        return f"{s}{NBSP}$"
    if style == 1:
        return f"{v:,} dollars"
    if style == 2 and v % 10000 == 0:
        return f"${v / 1e6:.2f} million"
    if style == 3 and v % 1000 == 0:
        return f"${v // 1000:,}K"
    return f"${v:,}"


def spoken_class(c, spoken):
    if not spoken:
        return c
    g, n = c.rsplit("-", 1)
    return " ".join(g) + " dash " + n


# ----------------------------------------------------------------------------------------------- renderers
def L(lang, en, fr):
    if lang == "fr":
        return fr
    if lang == "bilingual":
        return f"{en} / {fr}"
    return en


def title_of(p, lang):
    return p["title_fr"] if lang == "fr" else p["title"]


def loc_of(p, lang):
    return p["loc"][1] if lang == "fr" else p["loc"][0]


def dr_title(d, lang):
    return d["title_fr"] if lang == "fr" else d["title"]


def render(p, doc):
    """Lines of the document (a list of (kind, text)), kind in h1 h2 p table-caption; the layout per doc."""
    lang, style, r = doc["lang"], doc["style"], doc["rng"]
    f = doc["facts"]
    out = []
    sp = doc.get("spoken", False)
    cls = spoken_class(p["level"], sp)
    tt = title_of(p, lang)
    sup = p["sup"]
    sup_t = title_of(sup, lang) if "title_fr" in sup else sup["title"]
    a_low = p["area"][1].lower() if lang == "fr" else p["area"][0].lower()
    money = lambda v: fmt_money(v, lang, doc["money"])  # noqa: E731
    dr = f["drs"]
    n_dr = len(dr)

    def H(level, en, fr):
        if style == "transcript":
            out.append(("p", L(lang, f"Heading level {level}, {en}", f"Titre de niveau {level}, {fr}")))
        elif style == "linear":
            out.append(("h%d" % level, L(lang, f"Heading level {level}: {en}", f"Titre de niveau {level} : {fr}")))
        else:
            out.append(("h%d" % level, L(lang, en, fr)))

    colon = " :" if lang == "fr" else ":"

    def field(en, fr, value, kind="edit"):
        if style == "transcript":
            kinds = {"edit": ("Edit text", "Zone d’édition"), "combo": ("combo box", "zone de liste déroulante"),
                     "date": ("Date picker", "Sélecteur de date")}[kind]
            v = value if value is not None else L(lang, "blank", "vide")
            out.append(("p", f"{L(lang, kinds[0], kinds[1])}, {L(lang, en, fr)}, {v}"))
        else:
            if value is None:
                if doc["blank_style"]:
                    out.append(("p", f"{L(lang, en, fr)}{colon} {L(lang, 'Not applicable', 'Sans objet')}"))
                return
            out.append(("p", f"{L(lang, en, fr)}{colon} {value}"))

    # --- heading and identification
    if style == "plain":
        H(1, f"{p['title']} — plain language version", f"{p['title_fr']} — version en langage clair")
        if lang == "bilingual":
            out.append(("p", f"{p['title']}"))
            out.append(("p", f"{p['title_fr']}"))
        H(2, "About this job", "À propos de cet emploi")
        items = [(L(lang, "Job title", "Titre de l’emploi"), tt),
                 (L(lang, "Level", "Niveau"), cls)]
        if f["number"] is not None or doc["blank_style"]:
            items.append((L(lang, "Position number", "Numéro du poste"),
                          f["number"] if f["number"] is not None else doc["no_number"]))
        if f["job_code"]:
            items.append((L(lang, "Job code", "Code d’emploi"), f["job_code"]))
        if f["date"]:
            items.append((L(lang, "This description starts on", "Cette description entre en vigueur le"),
                          fmt_date(f["date"], lang, doc["date"])))
        items.append((L(lang, "Where the job is", "Lieu de l’emploi"), loc_of(p, lang)))
        items.append((L(lang, "Department", "Ministère"), p["dept"][1] if lang == "fr" else p["dept"][0]))
        if doc["announce_lists"]:
            out.append(("p", L(lang, f"List of {len(items)} items", f"Liste de {len(items)} éléments")))
            for k, v in items:
                out.append(("p", f"{L(lang, 'bullet', 'puce')} {k}{colon} {v}"))
            out.append(("p", L(lang, "list end", "fin de liste")))
        else:
            for k, v in items:
                out.append(("li", f"{k}{colon} {v}"))
        H(2, "What this job is for", "À quoi sert cet emploi")
        out.append(("p", (T.PL_PURPOSE_FR if lang == "fr" else T.PL_PURPOSE_EN).format(a_low=a_low)))
        H(2, "Who this job works for", "Pour qui travaille cet emploi")
        s_cls = spoken_class(sup["classification"] if "classification" in sup else sup["level"], sp)
        if lang == "fr":
            s = f"Cet emploi relève du poste de {sup_t}. Ce poste est de niveau {s_cls}."
            if f["sup_number"]:
                s += f" Son numéro de poste est le {f['sup_number']}."
        else:
            s = f"This job works for the {sup_t}. That job is at the {s_cls} level."
            if f["sup_number"]:
                s += f" Its position number is {f['sup_number']}."
        out.append(("p", s))
        H(2, "Who works for this job", "Qui travaille pour cet emploi")
        lead = (f"{NUM_FR[n_dr].capitalize()} postes relèvent directement de cet emploi :" if lang == "fr"
                else f"{NUM_EN[n_dr].capitalize()} jobs report directly to this job:")
        out.append(("p", lead))
        if doc["announce_lists"]:
            out.append(("p", L(lang, f"List of {n_dr} items", f"Liste de {n_dr} éléments")))
        for d in dr:
            c = spoken_class(d["classification"], sp)
            if d["fte"] is None:
                t = f"{dr_title(d, lang)}, {L(lang, 'level', 'niveau')} {c}"
            elif lang == "fr":
                t = f"{dr_title(d, lang)}, niveau {c}, une équipe de {d['fte']} personnes (ETP)"
            else:
                t = f"{dr_title(d, lang)}, level {c}, a team of {d['fte']} people (FTEs)"
            out.append(("p" if doc["announce_lists"] else "li",
                        (L(lang, "bullet ", "puce ") if doc["announce_lists"] else "") + t))
        if doc["announce_lists"]:
            out.append(("p", L(lang, "list end", "fin de liste")))
        H(2, "How much money this job manages", "Combien d’argent cet emploi gère")
        if lang == "fr":
            s = f"Cet emploi gère un budget de salaires de {money(f['salary'])} et un budget de fonctionnement et d’entretien de {money(f['om'])}."
            if f["total"]:
                s += f" En tout, {money(f['total'])}."
        else:
            s = f"This job manages a salary budget of {money(f['salary'])} and an operating budget (O&M) of {money(f['om'])}."
            if f["total"]:
                s += f" That is {money(f['total'])} in all."
        out.append(("p", s))
        if doc["example_figure"]:
            out.append(("p", L(lang, "Note: the guide’s sample job manages $1,000,000 with 10 people; the figures above are this job’s own.",
                               "Note : l’exemple du guide gère 1 000 000 $ avec 10 personnes; les chiffres ci-dessus sont ceux de cet emploi.")))
        H(2, "What this job does", "Ce que fait cet emploi")
        for s in (T.SA_FR if lang == "fr" else T.SA_EN)[:4]:
            out.append(("li", s))
        return out

    # transcript / linear
    if style == "transcript":
        out.append(("p", L(lang, "Document, Executive Work Description, Adobe Acrobat Reader", "Document, Description de travail de cadre, Adobe Acrobat Reader")))
        if doc["pages"]:
            out.append(("p", L(lang, f"Page 1 of {doc['pages']}", f"Page 1 sur {doc['pages']}")))
    H(1, "Executive Work Description", "Description de travail de cadre")
    if lang == "bilingual" and style != "transcript":
        out.append(("p", p["title"]))
        out.append(("p", p["title_fr"]))
    field("Position title", "Titre du poste", tt if lang != "bilingual" else f"{p['title']} / {p['title_fr']}")
    field("Group and level", "Groupe et niveau", cls, "combo")
    field("Position number", "Numéro du poste", f["number"] if f["number"] is not None else doc["no_number"])
    field("Job code", "Code d’emploi", f["job_code"])
    field("Effective date", "Date d’entrée en vigueur", fmt_date(f["date"], lang, doc["date"]) if f["date"] else None, "date")
    field("Department", "Ministère", p["dept"][1] if lang == "fr" else p["dept"][0])
    field("Location", "Lieu de travail", loc_of(p, lang))
    if style == "transcript":
        out.append(("p", L(lang, "Check box, checked, Bilingual imperative", "Case à cocher, cochée, Impératif bilingue")))
        out.append(("p", L(lang, "Check box, not checked, Security clearance Secret", "Case à cocher, non cochée, Cote de sécurité Secret")))
    else:
        out.append(("p", L(lang, "Language requirements: Bilingual imperative (CBC/CBC)", "Exigences linguistiques : Bilingue impératif (CBC/CBC)")))
    H(2, "Supervisor", "Superviseur")
    s_cls = spoken_class(sup["classification"] if "classification" in sup else sup["level"], sp)
    field("Supervisor's position title", "Titre du poste du superviseur", sup_t)
    field("Supervisor's group and level", "Groupe et niveau du superviseur", s_cls, "combo")
    field("Supervisor's position number", "Numéro du poste du superviseur", f["sup_number"])
    H(2, "General Accountability", "Raison d’être")
    out.append(("p", (T.GA_FR if lang == "fr" else T.GA_EN).format(t=tt, a_low=a_low)))
    if doc["link"]:
        out.append(("p", L(lang, "Link, Directive on Executive Group Organization and Classification",
                           "Lien, Directive sur l’organisation et la classification du groupe de la direction")))
    if doc["pages"] and style == "transcript":
        out.append(("p", L(lang, f"Page 2 of {doc['pages']}", f"Page 2 sur {doc['pages']}")))
    H(2, "Organization Structure", "Structure de l’organisation")
    # the org chart alt text
    if doc["alt"]:
        grand = sup.get("sup")
        if lang == "fr":
            s = (f"Image : organigramme. Le poste de {tt} relève du poste de {sup_t} ({s_cls}). "
                 f"{NUM_FR[n_dr].capitalize()} postes relèvent du titulaire : "
                 + "; ".join(f"{dr_title(d, lang)} ({spoken_class(d['classification'], sp)}"
                             + (f", {d['fte']} ETP)" if d["fte"] is not None else ")") for d in dr) + ".")
            if grand:
                s += f" Le poste de {sup_t} relève du {grand['title_fr']} ({grand['classification']})."
        else:
            s = (f"Image: organization chart. The {tt} reports to the {sup_t} ({s_cls}). "
                 f"{NUM_EN[n_dr].capitalize()} positions report to the {tt.split(',')[0]}: "
                 + "; ".join(f"{dr_title(d, lang)} ({spoken_class(d['classification'], sp)}"
                             + (f", {d['fte']} FTEs)" if d["fte"] is not None else ")") for d in dr) + ".")
            if grand:
                s += f" The {sup_t} reports to the {grand['title']} ({grand['classification']})."
        out.append(("p", s))
    # the direct reports table
    tlayout = doc["table"]
    cols = [L(lang, "Title", "Titre"), L(lang, "Group and level", "Groupe et niveau"), L(lang, "FTEs", "ETP")]
    has_fte = any(d["fte"] is not None for d in dr)
    if not has_fte:
        cols = cols[:2]
    if tlayout == "rows":
        out.append(("table-caption", L(lang, f"Table 1: Direct reports. {n_dr} rows, {len(cols)} columns.",
                                       f"Tableau 1 : Subordonnés directs. {n_dr} lignes, {len(cols)} colonnes.")))
        for i, d in enumerate(dr, 1):
            vals = [dr_title(d, lang), spoken_class(d["classification"], sp)] + ([str(d["fte"])] if has_fte else [])
            row = L(lang, f"Row {i}.", f"Ligne {i}.")
            out.append(("p", row + " " + " ".join(f"{c}{colon} {v}." for c, v in zip(cols, vals))))
        out.append(("p", L(lang, "End of table.", "Fin du tableau.")))
    elif tlayout == "cells":
        nr = n_dr + 1
        out.append(("table-caption", L(lang, f"Table with {nr} rows and {len(cols)} columns", f"Tableau de {nr} lignes et {len(cols)} colonnes")))
        grid = [cols] + [[dr_title(d, lang), spoken_class(d["classification"], sp)] + ([str(d["fte"])] if has_fte else []) for d in dr]
        for ri, row in enumerate(grid, 1):
            for ci, v in enumerate(row, 1):
                out.append(("p", L(lang, f"Column {ci} of {len(cols)}, Row {ri} of {nr}: {v}",
                                   f"Colonne {ci} sur {len(cols)}, ligne {ri} sur {nr} : {v}")))
        out.append(("p", L(lang, "Table end", "Fin du tableau")))
    elif tlayout == "list":
        out.append(("p", L(lang, f"Direct reports. List of {n_dr} items", f"Subordonnés directs. Liste de {n_dr} éléments")))
        for d in dr:
            c = spoken_class(d["classification"], sp)
            extra = (f", {d['fte']} {L(lang, 'FTEs', 'ETP')}" if d["fte"] is not None else "")
            out.append(("p", f"{L(lang, 'bullet', 'puce')}, {dr_title(d, lang)}, {c}{extra}"))
        out.append(("p", L(lang, "list end", "fin de liste")))
    elif tlayout == "docx-table":
        out.append(("table-caption", L(lang, "Table 1: Direct reports", "Tableau 1 : Subordonnés directs")))
        out.append(("table", [cols] + [[dr_title(d, lang), d["classification"]] + ([str(d["fte"])] if has_fte else []) for d in dr]))
    # alt-only: nothing more
    H(2, "Dimensions", "Dimensions")
    dims = [(L(lang, "Salary budget", "Budget salarial"), money(f["salary"])),
            (L(lang, "O&M budget", "Budget de F et E"), money(f["om"]))]
    if f["total"]:
        dims.append((L(lang, "Total", "Total"), money(f["total"])))
    dims.append((L(lang, "FTEs in the directorate", "ETP de la direction"), str(p["fte"])))
    if style == "transcript":
        for k, v in dims:
            out.append(("p", f"{L(lang, 'Edit text, read only', 'Zone d’édition, lecture seule')}, {k}, {v}"))
    else:
        out.append(("table-caption", L(lang, f"Table 2: Dimensions. {len(dims)} rows, 2 columns.",
                                       f"Tableau 2 : Dimensions. {len(dims)} lignes, 2 colonnes.")))
        for i, (k, v) in enumerate(dims, 1):
            out.append(("p", L(lang, f"Row {i}. Item: {k}. Amount: {v}.", f"Ligne {i}. Élément : {k}. Montant : {v}.")))
    if doc["pages"] and style == "transcript":
        out.append(("p", L(lang, f"Page 3 of {doc['pages']}", f"Page 3 sur {doc['pages']}")))
    H(2, "Specific Accountabilities", "Responsabilités principales")
    sa = T.SA_FR if lang == "fr" else T.SA_EN
    out.append(("p", L(lang, f"List of {len(sa)} items", f"Liste de {len(sa)} éléments")))
    for s in sa:
        out.append(("p", f"{L(lang, 'bullet', 'puce')}, {s}"))
    out.append(("p", L(lang, "list end", "fin de liste")))
    H(2, "Signatures", "Signatures")
    out.append(("p", f"{L(lang, 'Incumbent', 'Titulaire')}{colon} {p['incumbent']}"))
    out.append(("p", f"{L(lang, 'Approved by', 'Approuvé par')}{colon} {p['approver']}, {sup_t}"))
    if style == "transcript":
        out.append(("p", L(lang, "Button, Submit", "Bouton, Soumettre")))
    return out


def text_of(lines, md=False):
    res = []
    for kind, t in lines:
        if kind == "table":
            for row in t:
                res.append(" | ".join(row))
            continue
        if md:
            if kind == "h1":
                t = "# " + t
            elif kind == "h2":
                t = "## " + t
            elif kind == "li":
                t = "- " + t
            elif kind == "table-caption":
                t = "**" + t + "**"
        elif kind == "li":
            t = "• " + t
        res.append(t)
        if md or kind in ("h1", "h2"):
            res.append("")
    return "\n".join(res).rstrip() + "\n"


# ----------------------------------------------------------------------------------------------- OCR damage
def ocr(text, rng, strength):
    p = {"light": 0.15, "medium": 0.4, "heavy": 0.8}[strength]
    digit = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
    letters = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("t", "l")]
    out = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch in digit and rng.random() < p * 0.5:
                ch = digit[ch]
            elif ch in "éèàç" and rng.random() < p:
                ch = {"é": "e", "è": "e", "à": "a", "ç": "c"}[ch]
            chars.append(ch)
        line = "".join(chars)
        for a, b in letters:
            if a in line and rng.random() < p * 0.15:
                i = line.find(a)
                line = line[:i] + b + line[i + len(a):]
        if " " in line and rng.random() < p * 0.3:
            i = rng.choice([k for k, c in enumerate(line) if c == " "])
            line = line[:i] + line[i + 1:]
        out.append(line)
    # wrap at 70 with hyphenated breaks
    wrapped = []
    for line in out:
        while len(line) > 70:
            cut = line.rfind(" ", 40, 70)
            if cut == -1 or rng.random() < 0.25:
                cut = 66
                wrapped.append(line[:cut] + "-")
                line = line[cut:]
            else:
                wrapped.append(line[:cut])
                line = line[cut + 1:]
        wrapped.append(line)
    return wrapped


def ocr_pages(text, rng, strength, header):
    lines = ocr(text, rng, strength)
    per = 48
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    foot = rng.choice(["Page {n} of {m}", "- {n} -", "{n}"])
    res = []
    for n, pg in enumerate(pages, 1):
        res.append("\n".join([header, ""] + pg + ["", foot.format(n=n, m=len(pages))]))
    return "\f".join(res) + "\n"


# ----------------------------------------------------------------------------------------------- writers
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def docx_bytes(lines, heading_styles=True):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "HR"
    d.core_properties.author = "HR"
    d.core_properties.revision = 1
    for kind, t in lines:
        if kind == "table":
            tb = d.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(t):
                for ci, v in enumerate(row):
                    tb.cell(ri, ci).text = v
        elif kind in ("h1", "h2") and heading_styles:
            d.add_heading(t, level=int(kind[1]))
        elif kind == "li":
            d.add_paragraph(t, style="List Bullet")
        else:
            para = d.add_paragraph(t)
            if kind == "table-caption":
                para.runs[0].bold = True
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def pdf_of(lines, lang, rng, n_pages_hint=3):
    txt = text_of(lines).split("\n")
    wrapped = []
    for line in txt:
        while len(line) > 95:
            cut = line.rfind(" ", 50, 95)
            cut = cut if cut > 0 else 95
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    per = max(20, len(wrapped) // n_pages_hint + 1)
    chunks = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        foot = f"Page {n} sur {len(chunks)}" if lang == "fr" else f"Page {n} of {len(chunks)}"
        pages.append("\n".join(ch + ["", foot]))
    return pdf_bytes(pages)


# ----------------------------------------------------------------------------------------------- yaml
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def dump(obj, ind=0):
    sp = "  " * ind
    res = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict) and v:
                res.append(f"{sp}{k}:")
                res.extend(dump(v, ind + 1))
            elif isinstance(v, list) and v:
                res.append(f"{sp}{k}:")
                for item in v:
                    if isinstance(item, dict):
                        sub = dump(item, ind + 1)
                        first = sub[0].lstrip()
                        res.append(f"{sp}- {first}")
                        res.extend(sub[1:])
                    else:
                        res.append(f"{sp}- {q(item)}")
            elif isinstance(v, (dict, list)):
                res.append(f"{sp}{k}: null")
            else:
                res.append(f"{sp}{k}: {q(v)}")
    return res


# ----------------------------------------------------------------------------------------------- main
def main():
    for d in (CORPUS, EXPECTED):
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(d)
    positions, name = build_positions()
    by_key = {p["key"]: p for p in positions}
    plan_rng = random.Random(2092)
    # 43 positions, 2 extra documents (versions) -> 45 work descriptions
    chosen = positions[:43]
    kinds = (["text"] * 10 + ["ocr"] * 6 + ["text-cp1252"] * 5 + ["markdown"] * 8 + ["docx"] * 7 + ["pdf"] * 7)
    plan_rng.shuffle(kinds)
    langs = ["en"] * 25 + ["fr"] * 10 + ["bilingual"] * 8
    plan_rng.shuffle(langs)
    docs = []
    for j, (p, kind, lang) in enumerate(zip(chosen, kinds, langs)):
        docs.append(dict(p=p, kind=kind, lang=lang, j=j))
    # versions: a draft before a final of one position (same kind), and an original Word form before its
    # accessible text transcript
    v1 = next(d for d in docs if d["kind"] == "text" and d["lang"] == "en")
    v2 = next(d for d in docs if d["kind"] == "docx" and d["lang"] == "en")
    docs.append(dict(p=v1["p"], kind="text", lang="en", j=43, draft_of=v1))
    docs.append(dict(p=v2["p"], kind="text", lang="en", j=44, accessible_of=v2))
    in_corpus_keys = {d["p"]["key"]: d for d in docs}
    results = []
    names_used = set()
    for d in docs:
        p, kind, lang, j = d["p"], d["kind"], d["lang"], d["j"]
        r = random.Random(209500 + j)
        style_choices = {"text": ["transcript", "transcript", "transcript", "linear", "plain"],
                         "ocr": ["linear", "transcript", "transcript", "plain"],
                         "text-cp1252": ["transcript", "transcript", "linear", "plain"], "markdown": ["plain", "linear"],
                         "docx": ["linear", "linear", "plain"], "pdf": ["linear", "linear", "plain"]}[kind]
        style = r.choice(style_choices)
        if "accessible_of" in d:
            style = "transcript"
        if "draft_of" in d:
            style = d["draft_of"]["style"]
        d["style"] = style
        # facts for this document
        f = dict(number=p["number"], job_code=p["job_code"], date=p["date"], salary=p["salary"], om=p["om"],
                 sup_number=p["sup"]["number"], drs=[dict(x) for x in p["drs"]])
        fr = random.Random(209700 + j)
        if fr.random() < 0.09:
            f["number"] = None
        if fr.random() < 0.18:
            f["job_code"] = None
        if fr.random() < 0.08:
            f["date"] = None
        if fr.random() < 0.35:
            f["sup_number"] = None
        no_total = fr.random() < 0.22
        if fr.random() < 0.12:
            for x in f["drs"]:
                x["fte"] = None
        if "accessible_of" in d:
            f = dict(d["accessible_of"]["facts"])
            no_total = d["accessible_of"]["facts"]["total"] is None
        if "draft_of" in d:
            f = dict(d["draft_of"]["facts"])
            f["drs"] = [dict(x) for x in f["drs"]]
            no_total = f["total"] is None
            if f["date"]:
                f["date"] = f["date"].replace(year=f["date"].year - 1)
            f["salary"] = f["salary"] - 120000
            f["om"] = f["om"] - 45000
        f["total"] = None if no_total else f["salary"] + f["om"]
        d["facts"] = f
        d["rng"] = r
        d["money"] = r.choice([0, 0, 1, 2, 3]) if lang != "fr" else r.choice([0, 1, 2])
        d["date"] = r.randrange(2) if lang == "fr" else (3 if style == "transcript" and r.random() < 0.5 else r.randrange(3))
        d["no_number"] = r.choice(["To be assigned", "New", "TBD"]) if lang != "fr" else r.choice(["À déterminer", "Nouveau"])
        d["blank_style"] = r.random() < 0.5
        d["announce_lists"] = kind != "markdown" and r.random() < 0.6
        d["example_figure"] = style == "plain" and r.random() < 0.4
        d["link"] = r.random() < 0.5
        d["alt"] = r.random() < 0.75
        if style == "transcript":
            d["pages"] = r.choice([0, 3, 4])
        else:
            d["pages"] = 0
        tl = r.choice(["rows", "cells", "list"] + (["docx-table"] if kind == "docx" else []))
        if style == "linear" and tl == "cells" and r.random() < 0.5:
            tl = "rows"
        if kind == "docx" and j % 3 != 0:
            tl = "docx-table"
        if d["alt"] and r.random() < 0.2 and tl != "docx-table":
            tl = "alt-only"
        d["table"] = tl
        d["spoken"] = style == "transcript" and r.random() < 0.2
        lines = render(p, d)
        # file name
        tt = title_of(p, lang)
        nr = random.Random(209600 + j)
        if lang == "fr":
            names = [f"{tt} - version accessible", f"DT {p['dept'][2]} {tt} (accessible)",
                     f"Description de travail – {tt}", f"{tt}, transcription lecteur d’écran",
                     f"{tt} – langage clair"]
        else:
            names = [f"{tt} - accessible version", f"EWD {p['number']} {tt} (tagged export)",
                     f"{p['dept'][2]} {tt} work description", f"{tt} - screen reader transcript",
                     f"{tt} plain language", f"{tt} (1)", f"{tt} - final"]
        if style == "plain":
            names = [n for n in names if "plain" in n or "clair" in n or "accessible" in n] or names
        base = nr.choice(names)
        if "draft_of" in d:
            base = f"{d['draft_of']['base']} DRAFT"
        if "accessible_of" in d:
            base = d["accessible_of"]["base"].replace(" - accessible version", "") + " - accessible version (JAWS transcript)"
        if kind == "ocr":
            base = f"scan_{2090 + j} {tt}" if nr.random() < 0.5 else f"{tt} (scanned)"
        if lang == "bilingual" and kind != "ocr":
            base = f"{p['title']} - {p['title_fr']}" + nr.choice(["", " (accessible)", " - bilingue"])
        d["base"] = base
        ext = {"text": ".txt", "ocr": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
        fname = base + ext
        while fname in names_used:
            fname = base + " (2)" + ext
            base += " (2)"
        names_used.add(fname)
        d["file"] = fname
        path = os.path.join(CORPUS, fname)
        damage = None
        if kind == "text":
            data = text_of(lines).encode("utf-8")
        elif kind == "markdown":
            data = text_of(lines, md=True).encode("utf-8")
        elif kind == "text-cp1252":
            data = text_of(lines).replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            damage = ["light", "medium", "medium", "heavy"][j % 4]
            hdr = f"{p['dept'][2]} – {L(lang, 'Accessible version', 'Version accessible')} – EWD {p['number']}"
            data = ocr_pages(text_of(lines), random.Random(209900 + j), damage, hdr).encode("utf-8")
        elif kind == "docx":
            data = docx_bytes(lines, heading_styles=style != "linear" or r.random() < 0.5)
        else:
            data = pdf_of(lines, lang, r)
        with open(path, "wb") as fh:
            fh.write(data)
        # truth
        not_stated = []
        for k in ("job_code", "position_number", "effective_date"):
            v = {"job_code": f["job_code"], "position_number": f["number"], "effective_date": f["date"]}[k]
            if v is None:
                not_stated.append(k)
        if f["sup_number"] is None:
            not_stated.append("supervisor.position_number")
        if any(x["fte"] is None for x in f["drs"]):
            not_stated.append("direct_reports.fte")
        if f["total"] is None:
            not_stated.append("total")
        sup = p["sup"]
        sup_title = (sup["title_fr"] if lang == "fr" else sup["title"])
        also = dict(department=p["dept"][0], form={"transcript": "screen reader transcript", "linear": "linearized tagged export",
                                                    "plain": "plain-language version"}[style],
                    direct_reports_layout={"rows": "table read as rows", "cells": "table read cell by cell",
                                           "list": "announced list", "docx-table": "Word table with caption",
                                           "alt-only": "org chart alt text only"}[tl] if style != "plain" else "plain-language list",
                    org_chart_alt_text=bool(d["alt"]) and style != "plain",
                    fte=p["fte"])
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if lang == "fr":
            also["title_en"] = p["title"]
        if d["spoken"]:
            also["classification_spoken"] = "classifications spelled as read aloud (E X dash 01)"
        if damage:
            also["damage"] = damage
        if sup["key"] if "key" in sup else False:
            if sup["key"] in in_corpus_keys:
                also["reports_to_in_corpus"] = in_corpus_keys[sup["key"]]["file"] if "file" in in_corpus_keys[sup["key"]] else sup["key"]
        if d["example_figure"]:
            also["note"] = "the guide's sample figures ($1,000,000, 10 people) are not this position's"
        people = [p["incumbent"], p["approver"]]
        truth = dict(document=fname, kind=kind, language=lang, outcome="import",
                     fields=dict(title=title_of(p, lang), classification=p["level"], job_code=f["job_code"],
                                 position_number=f["number"], effective_date=f["date"],
                                 supervisor=dict(position_number=f["sup_number"], title=sup_title,
                                                 classification=sup.get("classification", sup.get("level"))),
                                 direct_reports=[dict(title=dr_title(x, lang), classification=x["classification"],
                                                      fte=x["fte"]) for x in f["drs"]],
                                 salary=f["salary"], o_and_m=f["om"], total=f["total"], location=loc_of(p, lang)),
                     not_stated=not_stated, also=also, people=people if style != "plain" else [],
                     versions=None)
        d["truth"] = truth
        results.append(d)
    # versions
    for a, b, note, same in ((v1, docs[43], "the DRAFT has an effective date a year earlier and lower salary and O&M", None),
                             (v2, docs[44], "the same facts: the accessible transcript was made from the Word form", None)):
        if "draft_of" in b:
            older, newer = b["file"], a["file"]
        else:
            older, newer = a["file"], b["file"]
        v = dict(documents=[older, newer], newest=newer, same_text=False, note=note)
        a["truth"]["versions"] = v
        b["truth"]["versions"] = v
    # reports_to_in_corpus resolved to file names
    for d in results:
        also = d["truth"]["also"]
        if "reports_to_in_corpus" in also and also["reports_to_in_corpus"] in in_corpus_keys:
            also["reports_to_in_corpus"] = in_corpus_keys[also["reports_to_in_corpus"]]["file"]
        if "reports_to_in_corpus" in also:
            also["reports_to_in_corpus"] = in_corpus_keys[d["p"]["sup"]["key"]]["file"]
    # refusals
    refusals = make_refusals(name)
    for fname, kind, lang, data, people, what in refusals:
        with open(os.path.join(CORPUS, fname), "wb") as fh:
            fh.write(data)
        results.append(dict(truth=dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None,
                                       not_stated=[], also=dict(what=what), people=people, versions=None)))
    for d in results:
        t = d["truth"]
        with open(os.path.join(EXPECTED, t["document"] + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(dump(t)) + "\n")


def make_refusals(name):
    out = []
    # 1. accessibility audit report of the EWD form (PDF)
    a1, a2 = name(), name()
    pages = [
        "Accessibility Audit Report\nForm: Executive Work Description (TBS/SCT 3252-EX), fillable PDF\n"
        f"Auditor: {a1}, Accessibility Specialist\nDate of audit: March 14, 2025\nStandard: WCAG 2.1 AA, PDF/UA-1\n\n"
        "Heading level 2: Summary\nThe form fails 6 of 31 checks. Screen readers announce fields without labels.\n\n"
        "Table 1: Issues found. 4 rows, 3 columns.\n"
        "Row 1. Field: Position number. Issue: announced as 'Edit text, blank' with no label. Severity: high.\n"
        "Row 2. Field: Group and level. Issue: combo box options read as 'EX-01, EX-02, EX-03, EX-04, EX-05' with no name. Severity: high.\n"
        "Row 3. Field: Salary budget. Issue: sample value '$1,250,000' left in the tooltip. Severity: medium.\n"
        "Row 4. Field: Organization chart. Issue: image has no alt text. Severity: high.\n\nPage 1 of 2",
        "Heading level 2: Test transcript (sample form filled with test data)\n"
        "Edit text, Position title, Director, Test Position\ncombo box, Group and level, EX-01\n"
        "Edit text, blank, 12345\nEdit text, Supervisor's position number, 00000\n\n"
        "Heading level 2: Recommendations\nList of 3 items\nbullet, Add a label to every field.\n"
        "bullet, Give the organization chart an alternative text that names each box.\n"
        "bullet, Tag the dimensions table with header cells.\nlist end\n\n"
        f"Reviewed by: {a2}, Manager, Digital Accessibility (CS-04)\n\nPage 2 of 2",
    ]
    out.append(("Accessibility audit - EWD fillable form (TBS 3252-EX).pdf", "pdf", "en", pdf_bytes(pages), [a1, a2],
                "an accessibility audit report of the work description form, with a test transcript"))
    # 2. screen reader transcript of the HR portal menu (text)
    menu = ("Banner landmark\nLink, Government of Canada / Gouvernement du Canada\nLink, Français\n"
            "Navigation region, HR Portal\nList of 8 items\nLink, My profile\nLink, Work descriptions, 1 of 8\n"
            "Link, Classification requests\nLink, Executive talent management\nLink, Organization charts\n"
            "Link, Staffing\nLink, Pay and benefits\nLink, Help, 8 of 8\nlist end\n"
            "Heading level 1, Work descriptions\nEdit text, Search by position number or title\n"
            "Button, Search\ncombo box, Group and level, All\nTable with 3 rows and 4 columns\n"
            "Column 1 of 4, Row 1 of 3: Position number\nColumn 2 of 4, Row 1 of 3: Title\n"
            "Column 3 of 4, Row 1 of 3: Group and level\nColumn 4 of 4, Row 1 of 3: Status\n"
            "Column 1 of 4, Row 2 of 3: Link, 61274\nColumn 2 of 4, Row 2 of 3: Director, Accessible Service Design\n"
            "Column 3 of 4, Row 2 of 3: EX-01\nColumn 4 of 4, Row 2 of 3: Approved\n"
            "Column 1 of 4, Row 3 of 3: Link, 58813\nColumn 2 of 4, Row 3 of 3: Director General, Data Access\n"
            "Column 3 of 4, Row 3 of 3: EX-03\nColumn 4 of 4, Row 3 of 3: In review\nTable end\n"
            "Contentinfo landmark\nLink, Terms and conditions\nLink, Privacy\n")
    out.append(("HR portal - work descriptions menu - NVDA speech log.txt", "text", "en", menu.encode("utf-8"), [],
                "a screen reader transcript of an HR portal's menu and search page listing positions"))
    # 3. plain-language guide (Markdown)
    g1 = name()
    guide = ("# Writing a work description in plain language\n\n"
             f"Prepared by {g1}, Organization and Classification Centre of Expertise\n\n"
             "## Why plain language\n\nA plain-language version helps every reader, including people who use screen readers.\n\n"
             "## Use these headings\n\n- What this job is for\n- Who this job works for\n- Who works for this job\n"
             "- How much money this job manages\n\n"
             "## Example\n\n**What this job is for.** This job leads the team that answers questions from the public.\n\n"
             "**Who this job works for.** This job works for the Director General, Client Services (EX-03).\n\n"
             "**Who works for this job.** Three managers (PM-06, 8 to 12 people each).\n\n"
             "**How much money this job manages.** $1,000,000 in salaries and $250,000 for operations.\n\n"
             "## Tables\n\nAlways give a table a caption, such as “Table 1: Direct reports. 3 rows, 3 columns.”, "
             "and mark the header row so that a screen reader says “Column 1 of 3, Row 2 of 4”.\n")
    out.append(("Guide - plain language work descriptions v3.md", "markdown", "en", guide.encode("utf-8"), [g1],
                "a plain-language guide on writing work descriptions, with an example"))
    # 4. French letter (Word)
    l1, l2 = name(), name()
    letter = [("p", "Ottawa, le 3 février 2025"), ("p", f"{l1}"), ("p", "Directrice, Diffusion et accessibilité"),
              ("p", "Objet : Version accessible de la description de travail du poste 74410"),
              ("p", f"Madame {l1.split()[-1]},"),
              ("p", "Vous trouverez ci-joint la version accessible (transcription balisée) de la description de travail "
                    "de votre poste, de niveau EX-01. La version officielle demeure le formulaire signé. "
                    "Le budget salarial de 1 480 000 $ indiqué dans l’ancienne version sera mis à jour."),
              ("p", "Veuillez agréer, Madame, mes salutations distinguées."),
              ("p", f"{l2}"), ("p", "Conseiller principal en classification (PE-05)")]
    out.append(("Lettre - version accessible DT 74410.docx", "docx", "fr", docx_bytes(letter), [l1, l2],
                "a French letter sending the accessible version of a work description (not the description)"))
    # 5. scanned without a text layer (PDF)
    out.append(("Description de travail - Work description (scan) 2025-02-11.pdf", "pdf", "bilingual",
                pdf_bytes(["", "", ""]), [], "a three-page scan without a text layer: unreadable"))
    return out


if __name__ == "__main__":
    main()
