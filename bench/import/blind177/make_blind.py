"""Generate blind corpus 177: executive work descriptions whose structure is drawn (organization charts).

Run from the repository root: python bench/import/blind177/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
import io, os, random, shutil, sys, textwrap, zipfile, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt, Inches  # noqa: E402
from texts import AREAS, DEPARTMENTS, PLACES, GIVEN, FAMILY, GA_EN, GA_FR, SA_EN, SA_FR  # noqa: E402

R = random.Random(177)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
_used_areas, _used_names, _used_nums = set(), set(), set()


def area():
    if len(_used_areas) >= len(AREAS) - 12:
        _used_areas.clear()
    while True:
        a = R.choice(AREAS)
        if a not in _used_areas:
            _used_areas.add(a)
            return a


def person():
    while True:
        n = f"{R.choice(GIVEN)} {R.choice(FAMILY)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


def num(lo=10000, hi=99999):
    while True:
        n = str(R.randint(lo, hi))
        if n not in _used_nums:
            _used_nums.add(n)
            return n


# ---------------------------------------------------------------- notations
def cls_txt(c, style):
    g, l = c.split("-")
    return {0: c, 1: f"{g} {l}", 2: f"{g}-{int(l)}"}[style]


def date_txt(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month-1]} {d.year}"][style % 3]
    return [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"][style % 3]


def money(v, lang, style):
    if lang == "fr":
        if style == 1 and v % 1000 == 0:
            m = f"{v/1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m} M$"
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == 1 and v % 1000 == 0:
        return f"${v/1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == 2 and v % 1000 == 0 and v < 1000000:
        return f"${v//1000}K"
    return f"${v:,}"


def fte_txt(f, lang, style):
    s = (f"{f:g}" if lang != "fr" else f"{f:g}".replace(".", ","))
    if lang == "fr":
        return [f"{s} ETP", f"ETP : {s}", f"({s} ETP)"][style % 3]
    if lang == "bi":
        return [f"{s} FTE/ETP", f"FTE/ETP: {s}", f"({s} FTE/ETP)"][style % 3]
    return [f"{s} FTE", f"FTEs: {s}", f"({s} FTEs)"][style % 3]


# ---------------------------------------------------------------- positions
LEVEL_TITLES = {1: ("Director", "Directeur", "Directrice"), 2: ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
                3: ("Director General", "Directeur général", "Directrice générale"), 4: ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")}
REPORT_KINDS = [("Manager", "Gestionnaire", ["PM-06", "AS-07", "EC-07", "FI-04", "CS-04", "IS-06", "PM-05"], (4, 26)),
                ("Team Leader", "Chef d'équipe", ["PM-05", "PM-04", "AS-05"], (5, 14)),
                ("Senior Advisor", "Conseiller principal", ["EC-07", "PM-06", "EC-06"], (1, 1)),
                ("Executive Assistant", "Adjoint exécutif", ["AS-03", "AS-02"], (1, 1))]


def exec_title(level, a, fem=False):
    en, m, f = LEVEL_TITLES[level]
    return f"{en}, {a[0]}", f"{f if fem else m}, {a[1]}"


def make_report(level_of_boss):
    if level_of_boss >= 2 and R.random() < 0.75:
        a = area(); fem = R.random() < 0.4
        t_en, t_fr = exec_title(1, a, fem)
        return dict(en=t_en, fr=t_fr, cls="EX-01", fte=float(R.randint(15, 70)), vacant=False, children=[])
    k = R.choices(REPORT_KINDS, weights=[6, 2, 2, 1])[0]
    if k[0] in ("Manager", "Team Leader"):
        a = area()
        t_en, t_fr = f"{k[0]}, {a[0]}", f"{k[1]}, {a[1]}"
    else:
        t_en, t_fr = k[0], k[1]
    lo, hi = k[3]
    f = float(R.randint(lo, hi))
    if lo > 1 and R.random() < 0.12:
        f += 0.5
    return dict(en=t_en, fr=t_fr, cls=R.choice(k[2]), fte=f, vacant=False, children=[])


_main_areas = set()


def new_position(level, lang, dept=None, sup=None, sisters=None):
    a = area()
    while a in _main_areas:
        a = area()
    _main_areas.add(a)
    fem = R.random() < 0.4
    t_en, t_fr = exec_title(level, a, fem)
    d = dept if dept is not None else R.randrange(len(DEPARTMENTS))
    p = dict(level=level, lang=lang, area=a, title_en=t_en, title_fr=t_fr, cls=f"EX-0{level}", dept=d,
             place=R.randrange(len(PLACES)), posno=num(), job_code=num(100000, 109999) if R.random() < 0.7 else None,
             eff=datetime.date(R.choice([2019, 2020, 2021, 2022, 2023, 2024]), R.randint(1, 12), R.choice([1, 1, 15, 4, 18, 23])))
    if sup is None:
        sl = level + 1 if R.random() < 0.85 else min(level + 2, 4)
        sa = area(); sfem = R.random() < 0.4
        s_en, s_fr = exec_title(sl, sa, sfem)
        sup = dict(en=s_en, fr=s_fr, cls=f"EX-0{sl}", posno=num() if R.random() < 0.7 else None)
    p["sup"] = sup
    if sisters is None:
        sisters = []
        for _ in range(R.choice([0, 1, 2, 2])):
            sfem = R.random() < 0.4
            e, f = exec_title(level, area(), sfem)
            sisters.append(dict(en=e, fr=f, cls=p["cls"]))
    p["sisters"] = sisters
    reps = [make_report(level) for _ in range(R.randint(2, 5))]
    for r in reps:
        if r["cls"] != "EX-01" and r["fte"] > 8 and R.random() < 0.35:
            for _ in range(R.randint(1, 2)):
                ca = area()
                r["children"].append(dict(en=f"Team Leader, {ca[0]}", fr=f"Chef d'équipe, {ca[1]}",
                                          cls=R.choice(["PM-04", "PM-03", "AS-04"]), fte=float(R.randint(3, 8)), vacant=False, children=[]))
        elif r["cls"] == "EX-01" and R.random() < 0.3:
            ca = area()
            r["children"].append(dict(en=f"Manager, {ca[0]}", fr=f"Gestionnaire, {ca[1]}", cls="PM-06",
                                      fte=float(R.randint(5, 15)), vacant=False, children=[]))
    if R.random() < 0.35:
        R.choice(reps)["vacant"] = True
    for r in reps:
        if R.random() < 0.12 and not r["vacant"]:
            r["fte"] = None
    p["reports"] = reps
    p["dotted"] = []
    sal = R.randint(120, 900) * 10000 if level > 1 else R.randint(90, 500) * 10000
    om = R.randint(5, 250) * 1000
    p.update(salary=sal, om=om, total_stated=R.random() < 0.7)
    p["incumbent"] = person() if R.random() < 0.6 else None
    p["approver"] = person()
    p["classifier"] = person() if R.random() < 0.5 else None
    p["names_in_boxes"] = R.random() < 0.3
    for r in reps:
        r["name"] = person() if p["names_in_boxes"] and not r["vacant"] else None
    p["sup"].setdefault("name", person() if p["names_in_boxes"] else None)
    p["cls_style"] = R.choice([0, 0, 0, 1, 2])
    p["date_style"] = R.randrange(3)
    p["money_style"] = R.randrange(3)
    p["fte_style"] = R.randrange(3)
    p["labels"] = R.randrange(2)
    p["sup_label"] = R.random() < 0.4          # supervisor also printed in the identification block
    p["posno_in_chart_only"] = R.random() < 0.15
    p["eff_stated"] = R.random() < 0.9
    p["place_stated"] = R.random() < 0.92
    p["marker"] = R.randrange(3)
    return p


def T(node, lang):
    """A node's title as the document's language gives it."""
    if lang == "fr":
        return node["fr"]
    if lang == "bi":
        return f"{node['en']} / {node['fr']}"
    return node["en"]


MARK = {"en": ["THIS POSITION", "◄ THIS POSITION", "(this position)"],
        "fr": ["CE POSTE", "◄ ce poste", "(poste visé)"],
        "bi": ["THIS POSITION / CE POSTE", "◄ THIS POSITION / CE POSTE", "(this position / ce poste)"]}
VAC = {"en": "VACANT", "fr": "VACANT", "bi": "VACANT"}


def self_node(p):
    return dict(en=p["title_en"], fr=p["title_fr"], cls=p["cls"])


def box_lines(node, p, kind, lang):
    """Lines inside a chart box: title, level (and FTE, position number, name, marker)."""
    out = [T(node, lang)] if lang != "bi" else [node["en"], node["fr"]]
    c = cls_txt(node["cls"], p["cls_style"])
    if kind == "sup":
        pn = node.get("posno")
        out.append(c + (f"  Pos. {pn}" if pn and lang != "fr" else f"  nº {pn}" if pn else ""))
        if node.get("name"):
            out.append(node["name"])
    elif kind == "self":
        out.append(c + (f"  #{p['posno']}" if p["posno_in_chart_only"] or R.random() < 0.3 else ""))
        if p["names_in_boxes"] and p["incumbent"]:
            out.append(p["incumbent"])
        out.append(MARK[lang][p["marker"]].replace("◄ ", "") if kind == "self" else "")
    elif kind == "sister":
        out.append(c)
    else:
        line = c
        if node.get("fte") is not None:
            line += "  " + fte_txt(node["fte"], lang, p["fte_style"])
        out.append(line)
        if node.get("vacant"):
            out.append(VAC[lang] if lang != "fr" else "Poste vacant")
        elif node.get("name"):
            out.append(node["name"])
    return [x for x in out if x]


def one_line(node, p, kind, lang, ascii_=False):
    c = cls_txt(node["cls"], p["cls_style"])
    s = f"{T(node, lang)} ({c})"
    if kind == "sup" and node.get("posno"):
        s += f", pos. {node['posno']}" if lang == "en" else f", poste nº {node['posno']}"
    if kind == "report" or kind == "child":
        if node.get("fte") is not None:
            s += (" - " if ascii_ else " – ") + fte_txt(node["fte"], lang, p["fte_style"]).strip("()")
        if node.get("vacant"):
            s += " [VACANT]" if lang != "fr" else " [poste vacant]"
        elif node.get("name"):
            s += f" – {node['name']}" if not ascii_ else f" - {node['name']}"
    if kind == "self":
        m = MARK[lang][p["marker"]]
        s += "   " + (m.replace("◄", "<--") if ascii_ else m if "◄" in m else "◄ " + m)
    return s


# ---------------------------------------------------------------- chart renderers (lines)
def draw_row(boxes, width, ascii_, dotted=()):
    h = max(len(b) for b in boxes)
    wrapped = []
    for b in boxes:
        ls = []
        for t in b:
            ls += textwrap.wrap(t, width - 4) or [""]
        wrapped.append(ls)
    h = max(len(w) for w in wrapped)
    rows = []
    tl, tr, bl, br, hz, vt = ("+", "+", "+", "+", "-", "|") if ascii_ else ("┌", "┐", "└", "┘", "─", "│")
    gap = "   "
    def border(top):
        parts = []
        for i, _ in enumerate(wrapped):
            if i in dotted:
                parts.append(("+" if ascii_ else "┌" if top else "└") + ("- " * ((width - 2) // 2)).ljust(width - 2) + ("+" if ascii_ else "┐" if top else "┘"))
            else:
                parts.append((tl if top else bl) + hz * (width - 2) + (tr if top else br))
        return gap.join(parts)
    rows.append(border(True))
    for k in range(h):
        parts = []
        for i, w in enumerate(wrapped):
            v = ":" if i in dotted else vt
            parts.append(f"{v} " + (w[k] if k < len(w) else "").ljust(width - 4) + f" {v}")
        rows.append(gap.join(parts))
    rows.append(border(False))
    return rows


def chart_boxes(p, lang, ascii_):
    W = 30 if lang == "bi" else 27
    vt = "|" if ascii_ else "│"
    out = []
    sup = draw_row([box_lines(p["sup"], p, "sup", lang)], W, ascii_)
    row1_nodes = p["sisters"][:1] + [None] + p["sisters"][1:2]
    row1 = [box_lines(self_node(p), p, "self", lang) if n is None else box_lines(n, p, "sister", lang) for n in row1_nodes]
    idx = row1_nodes.index(None)
    off = idx * (W + 3)
    out += [" " * off + l for l in sup]
    out += [" " * (off + W // 2) + vt]
    bar = " " * (W // 2) + ("+" if ascii_ else "┬").join([("-" if ascii_ else "─") * (W + 2)] * (len(row1) - 1)) if len(row1) > 1 else " " * (off + W // 2) + vt
    out.append(bar)
    out += draw_row(row1, W, ascii_)
    reps = p["reports"] + p["dotted"]
    out.append(" " * (off + W // 2) + vt)
    for i in range(0, len(reps), 3):
        chunk = reps[i:i+3]
        dotted = {j for j, r in enumerate(chunk) if r in p["dotted"]}
        out += draw_row([box_lines(r, p, "report", lang) for r in chunk], W, ascii_, dotted)
        out.append("")
    if p["dotted"]:
        out.append({"en": "Legend: dotted box = functional (dotted-line) relationship only, not a direct report.",
                    "fr": "Légende : boîte pointillée = lien fonctionnel seulement, pas un subordonné direct.",
                    "bi": "Legend / Légende: dotted box = functional relationship only / lien fonctionnel seulement."}[lang])
    return out


def chart_tree(p, lang, ascii_):
    br, last, pipe = ("+-- ", "\\-- ", "|   ") if ascii_ else ("├── ", "└── ", "│   ")
    out = [one_line(p["sup"], p, "sup", lang, ascii_)]
    row1 = p["sisters"][:1] + [None] + p["sisters"][1:]
    for i, n in enumerate(row1):
        lastone = i == len(row1) - 1
        pre = last if lastone else br
        cont = "    " if lastone else pipe
        if n is None:
            out.append(pre + one_line(self_node(p), p, "self", lang, ascii_))
            reps = p["reports"] + p["dotted"]
            for j, r in enumerate(reps):
                rl = j == len(reps) - 1
                kind = "report"
                txt = one_line(r, p, kind, lang, ascii_)
                if r in p["dotted"]:
                    txt += "  (dotted line / functional)" if lang != "fr" else "  (lien fonctionnel)"
                out.append(cont + (last if rl else br) + txt)
                for k, c in enumerate(r["children"]):
                    cl = k == len(r["children"]) - 1
                    out.append(cont + ("    " if rl else pipe) + (last if cl else br) + one_line(c, p, "child", lang, ascii_))
        else:
            out.append(pre + one_line(n, p, "sister", lang, ascii_))
    return out


def chart_edges(p, lang, ascii_):
    arrow = "  ->  " if ascii_ else "  →  "
    head = {"en": "Reporting relationships (A → B: A reports to B)", "fr": "Liens hiérarchiques (A → B : A relève de B)",
            "bi": "Reporting relationships / Liens hiérarchiques (A → B: A reports to / relève de B)"}[lang]
    if ascii_:
        head = head.replace("→", "->")
    s = self_node(p)
    me = one_line(s, p, "sister", lang, ascii_)
    edges = []
    for r in p["reports"]:
        edges.append(one_line(r, p, "report", lang, ascii_) + arrow + me)
        for c in r["children"]:
            edges.append(one_line(c, p, "child", lang, ascii_) + arrow + one_line(r, p, "sister", lang, ascii_))
    sup = one_line(p["sup"], p, "sup", lang, ascii_)
    edges.append(me + arrow + sup + "   " + ("<-- " if ascii_ else "◄ ") + MARK[lang][0])
    for n in p["sisters"]:
        edges.append(one_line(n, p, "sister", lang, ascii_) + arrow + sup)
    R.shuffle(edges)
    return [head, ""] + edges


def chart_varrows(p, lang, ascii_=True):
    out = [one_line(p["sup"], p, "sup", lang, True), "        ^", "        |"]
    if p["sisters"]:
        out.append("        |-- " + "; ".join(one_line(n, p, "sister", lang, True) for n in p["sisters"]) +
                   ("   (peers)" if lang == "en" else "   (postes pairs)" if lang == "fr" else "   (peers / pairs)"))
    out += ["        |", one_line(self_node(p), p, "self", lang, True), "        |"]
    for r in p["reports"]:
        out.append("        +--> " + one_line(r, p, "report", lang, True))
        for c in r["children"]:
            out.append("        |       +--> " + one_line(c, p, "child", lang, True))
    return out


def chart_pdfrows(p, lang):
    rows = [[box_lines(p["sup"], p, "sup", lang)]]
    row1 = p["sisters"][:1] + [None] + p["sisters"][1:2]
    rows.append([box_lines(self_node(p), p, "self", lang) if n is None else box_lines(n, p, "sister", lang) for n in row1])
    reps = p["reports"]
    for i in range(0, len(reps), 4):
        rows.append([box_lines(r, p, "report", lang) for r in reps[i:i+4]])
    out = []
    for row in rows:
        h = max(len(b) for b in row)
        for k in range(h):
            out.append(("   " if k % 2 else "  ").join(b[k] for b in row if k < len(b)))
        out.append("")
    return out


def chart_pdfcols(p, lang):
    row1 = p["sisters"][:1] + [None] + p["sisters"][1:2]
    ncol = max(len(row1), min(len(p["reports"]), 4))
    grid = {}
    c0 = row1.index(None)
    grid[(0, c0)] = box_lines(p["sup"], p, "sup", lang)
    for i, n in enumerate(row1):
        grid[(1, i)] = box_lines(self_node(p), p, "self", lang) if n is None else box_lines(n, p, "sister", lang)
    for i, r in enumerate(p["reports"]):
        grid[(2 + i // 4, i % 4)] = box_lines(r, p, "report", lang)
    out = []
    for c in range(ncol):
        for rr in range(6):
            if (rr, c) in grid:
                out += grid[(rr, c)] + [""]
    return out


def chart_lines(p, lang, style):
    if style in ("ubox", "abox", "mbox"):
        return chart_boxes(p, lang, style != "ubox")
    if style in ("utree", "atree", "codetree"):
        return chart_tree(p, lang, style == "atree")
    if style == "edges":
        return chart_edges(p, lang, False)
    if style == "aedges":
        return chart_edges(p, lang, True)
    if style == "varrows":
        return chart_varrows(p, lang)
    if style == "pdfrows":
        return chart_pdfrows(p, lang)
    if style == "pdfcols":
        return chart_pdfcols(p, lang)
    raise ValueError(style)


def chart_mermaid(p, lang):
    def q(lines):
        return '"' + "<br/>".join(x.replace('"', "'") for x in lines) + '"'
    out = ["```mermaid", "flowchart TD"]
    out.append(f"  SUP[{q(box_lines(p['sup'], p, 'sup', lang))}]")
    sl = box_lines(self_node(p), p, "self", lang)
    sl[0] = f"<b>{sl[0]}</b>"
    out.append(f"  POS[{q(sl)}]")
    out.append("  SUP --> POS")
    for i, n in enumerate(p["sisters"]):
        out.append(f"  S{i+1}[{q(box_lines(n, p, 'sister', lang))}]")
        out.append(f"  SUP --> S{i+1}")
    for i, r in enumerate(p["reports"]):
        out.append(f"  R{i+1}[{q(box_lines(r, p, 'report', lang))}]")
        out.append(f"  POS --> R{i+1}")
        for k, c in enumerate(r["children"]):
            out.append(f"  R{i+1}C{k+1}[{q(box_lines(c, p, 'report', lang))}]")
            out.append(f"  R{i+1} --> R{i+1}C{k+1}")
    for i, r in enumerate(p["dotted"]):
        out.append(f"  D{i+1}[{q(box_lines(r, p, 'report', lang))}]")
        out.append(f"  POS -.-> D{i+1}")
    out.append("  style POS stroke-width:3px")
    out.append("```")
    return out


def chart_mdlist(p, lang):
    out = [f"- **{one_line(p['sup'], p, 'sup', lang)}**"]
    row1 = p["sisters"][:1] + [None] + p["sisters"][1:]
    for n in row1:
        if n is None:
            out.append(f"  - **{one_line(self_node(p), p, 'self', lang).replace('◄ ', '')}**")
            for r in p["reports"]:
                out.append(f"    - {one_line(r, p, 'report', lang)}")
                for c in r["children"]:
                    out.append(f"      - {one_line(c, p, 'child', lang)}")
        else:
            out.append(f"  - {one_line(n, p, 'sister', lang)}")
    return out


# ---------------------------------------------------------------- documents
LAB = {
    "en": [dict(title="Position Title", posno="Position Number", cls="Classification", job="Job Code", eff="Effective Date",
                dept="Department", loc="Location", sup="Reports to", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE",
                dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", sal="Salary", om="O&M", tot="Total", head="EXECUTIVE WORK DESCRIPTION",
                inc="Incumbent", app="Approved by", clsby="Classified by", fte="FTEs"),
           dict(title="Title", posno="Position No.", cls="Group and Level", job="Job code", eff="Effective", dept="Organization",
                loc="Work location", sup="Immediate supervisor", ga="General Accountability", org="Organization Chart",
                dim="Dimensions", sa="Specific Accountabilities", sal="Salary budget", om="Operating (O&M)", tot="Total budget",
                head="Executive Group Position Description", inc="Incumbent", app="Approved", clsby="Classification officer", fte="FTEs")],
    "fr": [dict(title="Titre du poste", posno="Numéro du poste", cls="Classification", job="Code d'emploi", eff="Date d'entrée en vigueur",
                dept="Ministère", loc="Lieu de travail", sup="Relève de", ga="RESPONSABILITÉS GÉNÉRALES", org="ORGANIGRAMME",
                dim="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES", sal="Salaires", om="Fonctionnement et entretien (F et E)", tot="Total",
                head="DESCRIPTION DE TRAVAIL DE CADRE", inc="Titulaire", app="Approuvé par", clsby="Classifié par", fte="ETP"),
           dict(title="Titre", posno="No de poste", cls="Groupe et niveau", job="Code de l'emploi", eff="En vigueur le",
                dept="Organisation", loc="Lieu", sup="Supérieur immédiat", ga="Responsabilités générales", org="Structure de l'organisation",
                dim="Dimensions", sa="Activités principales", sal="Salaires", om="F et E", tot="Total", head="Description de travail – groupe EX",
                inc="Titulaire", app="Approuvé par", clsby="Classifié par", fte="ETP")],
}
LAB["bi"] = [{k: f"{LAB['en'][0][k]} / {LAB['fr'][0][k]}" for k in LAB["en"][0]},
             {k: f"{LAB['en'][1][k]} / {LAB['fr'][1][k]}" for k in LAB["en"][1]}]


def blocks(p, lang, style):
    L = LAB[lang][p["labels"]]
    dn = DEPARTMENTS[p["dept"]]
    dept = dn[1] if lang == "fr" else dn[0] if lang == "en" else f"{dn[0]} / {dn[1]}"
    place = PLACES[p["place"]][1 if lang == "fr" else 0]
    title = T(self_node(p), lang)
    b = [("h1", L["head"])]
    kv = [(L["title"], title), (L["cls"], cls_txt(p["cls"], p["cls_style"]))]
    if not p["posno_in_chart_only"]:
        kv.append((L["posno"], p["posno"]))
    if p["job_code"]:
        kv.append((L["job"], p["job_code"]))
    kv.append((L["dept"], dept))
    if p["place_stated"]:
        kv.append((L["loc"], place))
    if p["eff_stated"]:
        kv.append((L["eff"], date_txt(p["eff"], "fr" if lang == "fr" else "en", p["date_style"])))
    if p["sup_label"]:
        kv.append((L["sup"], T(p["sup"], lang)))
    b.append(("kv", kv))
    b.append(("h2", L["ga"]))
    ga = (GA_FR if lang == "fr" else GA_EN)[R.randrange(2)]
    t_ga = p["title_fr"] if lang == "fr" else p["title_en"]
    a_ga = p["area"][1] if lang == "fr" else p["area"][0]
    b.append(("p", ga.format(t=t_ga, a=a_ga)))
    if lang == "bi":
        b.append(("p", GA_FR[R.randrange(2)].format(t=p["title_fr"], a=p["area"][1])))
    b.append(("h2", L["org"]))
    intro = {"en": "The position's place in the organization is shown in the chart below.",
             "fr": "La place du poste dans l'organisation est illustrée dans l'organigramme ci-dessous.",
             "bi": "The chart below shows the position in its organization. / L'organigramme ci-dessous situe le poste."}[lang]
    b.append(("p", intro))
    b.append(("chart", style))
    b.append(("h2", L["dim"]))
    ms, lg = p["money_style"], ("fr" if lang == "fr" else "en")
    dims = [(L["sal"], money(p["salary"], lg, ms)), (L["om"], money(p["om"], lg, ms if ms != 2 else 0 if p["om"] >= 1000000 else 2))]
    if p["total_stated"]:
        dims.append((L["tot"], money(p["salary"] + p["om"], lg, ms if ms != 2 else 0)))
    b.append(("kv", dims))
    b.append(("h2", L["sa"]))
    pool = SA_FR if lang == "fr" else SA_EN
    b.append(("list", R.sample(pool, 4)))
    sig = []
    if p["incumbent"]:
        sig.append((L["inc"], p["incumbent"]))
    sig.append((L["app"], p["approver"]))
    if p["classifier"]:
        sig.append((L["clsby"], p["classifier"]))
    b.append(("sig", sig))
    return b


def render_text(p, lang, style, md=False, width=35):
    out = []
    for kind, v in blocks(p, lang, style):
        if kind == "h1":
            out += [("# " + v) if md else v.upper(), ""]
        elif kind == "h2":
            out += [("## " + v) if md else v.upper(), ""]
        elif kind == "kv":
            for k, val in v:
                sep = " :" if lang == "fr" else ":"
                out.append(f"- **{k}{sep}** {val}" if md else f"{(k + sep).ljust(width)} {val}")
            out.append("")
        elif kind == "p":
            out += (textwrap.wrap(v, 100) if not md else [v]) + [""]
        elif kind == "list":
            out += [f"{i+1}. {x}" for i, x in enumerate(v)] + [""]
        elif kind == "chart":
            if v == "mermaid":
                out += chart_mermaid(p, lang)
            elif v == "mdlist":
                out += chart_mdlist(p, lang)
            elif md:
                out += ["```"] + chart_lines(p, lang, v) + ["```"]
            else:
                out += chart_lines(p, lang, v)
            out.append("")
        elif kind == "sig":
            out.append("")
            for k, val in v:
                out.append(f"{k}: {val}" if not md else f"- {k} : {val}" if lang == "fr" else f"- {k}: {val}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


CP_MAP = {"◄": "<", "→": "->", "–": "–", "\u00a0": "\u00a0"}


def to_cp1252(text):
    text = text.replace("◄ ", "<-- ").replace("→", "->").replace("l'", "l’").replace("d'", "d’").replace("'s ", "’s ")
    return text.replace("\n", "\r\n").encode("cp1252")


STRENGTH = {"light": (0.12, 0.25, 0.0), "medium": (0.3, 0.5, 0.03), "heavy": (0.5, 0.8, 0.08)}
DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
ACC = str.maketrans("éèêàçôîûÉÈ", "eeeacoiuEE")


def ocr(p, lang, style, strength, rng):
    pd, pa, pw = STRENGTH[strength]
    raw = render_text(p, lang, style)
    raw = raw.replace("◄ ", "<-- ").replace("\u00a0", " ")
    lines = []
    for line in raw.split("\n"):
        if len(line) > 78 and not any(ch in line for ch in "|+"):
            words, cur = line.split(" "), ""
            for w in words:
                if len(cur) + len(w) + 1 > 74 and len(w) > 6 and rng.random() < 0.5:
                    cut = len(w) // 2
                    lines.append((cur + " " + w[:cut] + "-").strip()); cur = w[cut:]
                elif len(cur) + len(w) + 1 > 74:
                    lines.append(cur); cur = w
                else:
                    cur = (cur + " " + w).strip()
            lines.append(cur)
        else:
            lines.append(line)
    dmg = []
    for line in lines:
        s = []
        for ch in line:
            r = rng.random()
            if ch in DIG and r < pd:
                s.append(DIG[ch])
            elif ch in "éèêàçôîûÉÈ" and r < pa:
                s.append(ch.translate(ACC))
            elif ch == "m" and r < pw:
                s.append("rn")
            elif ch == "|" and r < pd / 2:
                s.append(rng.choice("Il!"))
            elif ch == " " and r < pw / 3 and s and s[-1].isalpha():
                continue
            else:
                s.append(ch)
        dmg.append("".join(s))
    acr = DEPARTMENTS[p["dept"]][3 if lang == "fr" else 2]
    head = f"{acr} – Description de travail de cadre" if lang == "fr" else f"{acr} - Executive Work Description"
    pages = [dmg[i:i+50] for i in range(0, len(dmg), 50)]
    out = []
    for n, pg in enumerate(pages, 1):
        out += [head, ""] + pg + ["", f"Page {n} of {len(pages)}" if lang != "fr" else f"- {n} -"]
        if n < len(pages):
            out.append("\f")
    return "\n".join(out) + "\n"


def render_pdf(p, lang, style):
    txt = render_text(p, lang, style).replace("◄ ", "").replace("→", "->").replace("\u202f", " ")
    lines = []
    for l in txt.split("\n"):
        lines += textwrap.wrap(l, 110) or [""]
    pages = ["\n".join(lines[i:i+66]) for i in range(0, len(lines), 66)]
    return pdf_bytes(pages)


FIXED = datetime.datetime(2024, 3, 1, 9, 0, 0)


def docx_save(d, author):
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = FIXED; cp.modified = FIXED; cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def cell_lines(cell, lines, bold=False):
    cell.text = ""
    para = cell.paragraphs[0]
    for i, t in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(t); run.bold = bold


def render_docx(p, lang, style):
    d = docx.Document()
    for kind, v in blocks(p, lang, style):
        if kind == "h1":
            d.add_heading(v, level=0)
        elif kind == "h2":
            d.add_heading(v, level=1)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, val in v:
                r = t.add_row().cells; r[0].text = k; r[1].text = val
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "list":
            for x in v:
                d.add_paragraph(x, style="List Number")
        elif kind == "sig":
            for k, val in v:
                d.add_paragraph(f"{k}: {val}")
        elif kind == "chart":
            if v == "dtable":
                row1 = p["sisters"][:1] + [None] + p["sisters"][1:2]
                reps = p["reports"]
                ncol = max(len(row1), min(len(reps), 4))
                nrep_rows = (len(reps) + ncol - 1) // ncol
                t = d.add_table(rows=2 + nrep_rows, cols=ncol); t.style = "Table Grid"
                c0 = row1.index(None)
                cell_lines(t.rows[0].cells[c0], box_lines(p["sup"], p, "sup", lang))
                for i, n in enumerate(row1):
                    if n is None:
                        ls = box_lines(self_node(p), p, "self", lang)
                        if p["marker"] == 2:  # bold only, no words
                            ls = [x for x in ls if x not in MARK[lang]]
                        cell_lines(t.rows[1].cells[i], ls, bold=True)
                    else:
                        cell_lines(t.rows[1].cells[i], box_lines(n, p, "sister", lang))
                for i, r in enumerate(reps):
                    cell_lines(t.rows[2 + i // ncol].cells[i % ncol], box_lines(r, p, "report", lang))
            elif v == "dindent":
                def para(text, lvl, bold=False):
                    q = d.add_paragraph(); q.paragraph_format.left_indent = Inches(0.4 * lvl)
                    q.add_run(text).bold = bold
                para(one_line(p["sup"], p, "sup", lang), 0)
                row1 = p["sisters"][:1] + [None] + p["sisters"][1:]
                for n in row1:
                    if n is None:
                        s = one_line(self_node(p), p, "self", lang)
                        if p["marker"] == 2:
                            s = s.replace("   " + MARK[lang][2], "")
                        para(s.replace("◄ ", ""), 1, bold=True)
                        for r in p["reports"]:
                            para(one_line(r, p, "report", lang), 2)
                            for c in r["children"]:
                                para(one_line(c, p, "child", lang), 3)
                    else:
                        para(one_line(n, p, "sister", lang), 1)
            else:  # dmono: ASCII boxes in Courier New
                for line in chart_boxes(p, lang, True):
                    q = d.add_paragraph(); q.paragraph_format.space_after = Pt(0)
                    r = q.add_run(line); r.font.name = "Courier New"; r.font.size = Pt(7)
    author = p["incumbent"] or p["approver"]
    return docx_save(d, author)


# ---------------------------------------------------------------- the folder
def truth(p, fname, kind, lang, extra=None):
    fr = lang == "fr"
    f = dict(title=p["title_fr"] if fr else p["title_en"], classification=p["cls"], job_code=p["job_code"],
             position_number=p["posno"], effective_date=p["eff"].isoformat() if p["eff_stated"] else None,
             supervisor=dict(position_number=p["sup"].get("posno"), title=p["sup"]["fr" if fr else "en"],
                             classification=p["sup"]["cls"]),
             direct_reports=[dict(title=r["fr" if fr else "en"], classification=r["cls"],
                                  fte=(int(r["fte"]) if r["fte"] is not None and r["fte"] == int(r["fte"]) else r["fte"]))
                             for r in p["reports"]],
             salary=p["salary"], o_and_m=p["om"], total=p["salary"] + p["om"] if p["total_stated"] else None,
             location=PLACES[p["place"]][1 if fr else 0] if p["place_stated"] else None)
    ns = [k for k in ("job_code", "effective_date", "total", "location") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    dn = DEPARTMENTS[p["dept"]]
    also = dict(department=dn[1] if fr else dn[0], chart_style=p["style"])
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
        also["supervisor_title_fr"] = p["sup"]["fr"]
    if fr:
        also["title_en"] = p["title_en"]
    vac = [r["fr" if fr else "en"] for r in p["reports"] if r["vacant"]]
    if vac:
        also["vacant_reports"] = vac
    if p["sisters"]:
        also["sister_positions_not_reports"] = [s["fr" if fr else "en"] for s in p["sisters"]]
    kids = [c["fr" if fr else "en"] for r in p["reports"] for c in r["children"]]
    if kids:
        also["second_level_not_reports"] = kids
    if p["dotted"]:
        also["dotted_line_not_reports"] = [r["fr" if fr else "en"] for r in p["dotted"]]
    if p["posno_in_chart_only"]:
        also["position_number_only_in_chart"] = True
    if not p["sup_label"]:
        also["supervisor_only_in_chart"] = True
    if extra:
        also.update(extra)
    people = [x for x in [p["incumbent"], p["approver"], p["classifier"], p["sup"].get("name") if p["names_in_boxes"] else None]
              if x] + [r["name"] for r in p["reports"] if r.get("name")]
    return dict(document=fname, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns or None,
                also=also, people=people, versions=None)


def y(v, ind=0):
    pad = "  " * ind
    if isinstance(v, dict):
        if not v:
            return " {}"
        s = ""
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                s += f"\n{pad}{k}:" + y(x, ind + 1)
            else:
                s += f"\n{pad}{k}: {scalar(x)}"
        return s
    if isinstance(v, list):
        s = ""
        for x in v:
            if isinstance(x, dict):
                inner = y(x, ind + 1).lstrip("\n")
                s += f"\n{pad}- " + inner.lstrip()
            else:
                s += f"\n{pad}- {scalar(x)}"
        return s
    return " " + scalar(v)


def scalar(x):
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        return f"{x:g}" if isinstance(x, float) else str(x)
    if isinstance(x, list) and not x:
        return "[]"
    s = str(x)
    if len(s) == 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit():
        return s
    return "'" + s.replace("'", "''") + "'"


def dump(t):
    return y(t).lstrip("\n") + "\n"


def fname_for(p, lang, ext, pat):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    acr = DEPARTMENTS[p["dept"]][3 if lang == "fr" else 2]
    pats = ["{t}{e}", "{t} - signed{e}", "{n} {t}{e}", "WD {a} - {t} (1){e}", "{t} DRAFT{e}", "Org chart + WD - {t}_final{e}",
            "{t}, {a}{e}", "{t} v2{e}", "scan_{n} {t}{e}"]
    if lang == "fr":
        pats = ["{t}{e}", "{t} - signé{e}", "{n} {t}{e}", "DT {a} - {t} (1){e}", "{t} ÉBAUCHE{e}", "Organigramme et DT - {t}{e}",
                "{t}, {a}{e}", "{t} v2{e}", "numérisé_{n} {t}{e}"]
    return pats[pat].format(t=t, a=acr, n=p["posno"], e=ext)


EXT = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}


def render(p, kind, lang, style, strength=None):
    p["style"] = style
    if kind == "markdown":
        return render_text(p, lang, style, md=True).encode("utf-8")
    if kind == "text":
        return render_text(p, lang, style).encode("utf-8")
    if kind == "text-cp1252":
        return to_cp1252(render_text(p, lang, style))
    if kind == "ocr":
        return ocr(p, lang, style, strength, random.Random(hash_str(p["posno"]))).encode("utf-8")
    if kind == "pdf":
        return render_pdf(p, lang, style)
    return render_docx(p, lang, style)


def hash_str(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


STYLES = {"text": ["ubox", "utree", "edges"], "text-cp1252": ["abox", "atree", "aedges", "varrows"],
          "markdown": ["mermaid", "mdlist", "codetree"], "ocr": ["abox", "atree", "varrows", "aedges"],
          "pdf": ["pdfrows", "pdfcols"], "docx": ["dtable", "dindent", "dmono"]}
DOTTED = dict(en="Regional Liaison Advisor", fr="Conseiller de liaison régional", cls="EC-06", fte=1.0, vacant=False,
              children=[], name=None)


def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True); d.mkdir()
    docs = []  # (fname, bytes, truth)

    def add(p, kind, lang, style, pat, strength=None, extra=None, fname=None):
        fn = fname or fname_for(p, lang, EXT[kind], pat)
        data = render(p, kind, lang, style, strength)
        ex = dict(extra or {})
        if strength:
            ex["damage"] = strength
        t = truth(p, fn, kind, lang, ex)
        docs.append((fn, data, t))
        return t

    # family 1: an English Director General and three of its Directors
    dg1 = new_position(3, "en", dept=0)
    dg1["reports"] = [r for r in dg1["reports"] if r["cls"] == "EX-01"] or dg1["reports"]
    while sum(r["cls"] == "EX-01" for r in dg1["reports"]) < 3:
        a = area(); e, f = exec_title(1, a)
        dg1["reports"].append(dict(en=e, fr=f, cls="EX-01", fte=float(R.randint(20, 60)), vacant=False, children=[], name=None))
    for r in dg1["reports"]:
        r["vacant"] = False
    t_dg1 = add(dg1, "docx", "en", "dtable", 0)
    sup1 = dict(en=dg1["title_en"], fr=dg1["title_fr"], cls="EX-03", posno=dg1["posno"], name=None)
    dirs = [r for r in dg1["reports"] if r["cls"] == "EX-01"][:3]
    for d_, (kind, style, pat, st) in zip(dirs, [("text", "utree", 2, None), ("ocr", "abox", 8, "medium"), ("pdf", "pdfcols", 1, None)]):
        p = new_position(1, "en", dept=0, sup=dict(sup1), sisters=[dict(en=o["en"], fr=o["fr"], cls="EX-01") for o in dirs if o is not d_][:2])
        p["title_en"], p["title_fr"] = d_["en"], d_["fr"]
        add(p, kind, "en", style, pat, st, extra=dict(reports_to_in_corpus=t_dg1["document"]))
    # family 2: a French Directrice générale and two of her Directors
    dg2 = new_position(3, "fr", dept=1)
    while sum(r["cls"] == "EX-01" for r in dg2["reports"]) < 2:
        a = area(); e, f = exec_title(1, a)
        dg2["reports"].append(dict(en=e, fr=f, cls="EX-01", fte=float(R.randint(20, 60)), vacant=False, children=[], name=None))
    for r in dg2["reports"]:
        r["vacant"] = False
    t_dg2 = add(dg2, "docx", "fr", "dindent", 5)
    sup2 = dict(en=dg2["title_en"], fr=dg2["title_fr"], cls="EX-03", posno=dg2["posno"], name=None)
    dirs2 = [r for r in dg2["reports"] if r["cls"] == "EX-01"][:2]
    for d_, (kind, style, pat, st) in zip(dirs2, [("text", "ubox", 0, None), ("ocr", "atree", 8, "light")]):
        p = new_position(1, "fr", dept=1, sup=dict(sup2), sisters=[dict(en=o["en"], fr=o["fr"], cls="EX-01") for o in dirs2 if o is not d_])
        p["title_en"], p["title_fr"] = d_["en"], d_["fr"]
        add(p, kind, "fr", style, pat, st, extra=dict(reports_to_in_corpus=t_dg2["document"]))

    # versions 1: a DRAFT in Word, then the signed PDF (a report added, the vacancy filled, salary up)
    v1 = new_position(1, "en")
    v1["reports"] = v1["reports"][:3]
    v1["reports"][-1]["vacant"] = True
    v1["reports"][-1]["fte"] = float(R.randint(6, 12))
    v1["total_stated"] = True; v1["names_in_boxes"] = False
    for r in v1["reports"]:
        r["name"] = None
    t_a = add(v1, "docx", "en", "dtable", 4)
    v1["reports"] = [dict(r) for r in v1["reports"]]
    v1["reports"][-1]["vacant"] = False
    v1["reports"].append(dict(en="Senior Advisor", fr="Conseiller principal", cls="EC-07", fte=1.0, vacant=False, children=[], name=None))
    v1["salary"] += 85000
    v1["eff"] = datetime.date(v1["eff"].year + 1, 4, 1); v1["eff_stated"] = True
    t_b = add(v1, "pdf", "en", "pdfrows", 1)
    ver = dict(documents=[t_a["document"], t_b["document"]], newest=t_b["document"], same_text=False,
               note="signed version: the vacant box is filled, a Senior Advisor (EC-07) added, salary $85,000 higher, effective date later")
    t_a["versions"] = ver; t_b["versions"] = ver
    # versions 2: an OCR'd scan, then the corrected retyped text (a report's FTEs and the O&M changed)
    v2 = new_position(3, "en")
    v2["sisters"] = v2["sisters"][:1]
    t_c = add(v2, "ocr", "en", "abox", 8, "heavy")
    v2["reports"] = [dict(r) for r in v2["reports"]]
    if v2["reports"][0]["fte"] is None:
        v2["reports"][0]["fte"] = 10.0
    v2["reports"][0]["fte"] += 4
    v2["om"] -= 3000 if v2["om"] > 20000 else -3000
    fn = t_c["document"].replace("scan_", "").replace(".txt", " (corrected).txt")
    t_d = add(v2, "text", "en", "abox", 0, fname=fn)
    ver2 = dict(documents=[t_c["document"], t_d["document"]], newest=t_d["document"], same_text=False,
                note="corrected retyping of the scan: the first report's FTEs 4 higher and the O&M changed")
    t_c["versions"] = ver2; t_d["versions"] = ver2

    # the other descriptions
    plan = [("ocr", "en"), ("ocr", "en"), ("ocr", "fr"), ("ocr", "fr"), ("ocr", "bi"), ("ocr", "en"), ("ocr", "en"),
            ("text", "en"), ("text", "en"), ("text", "fr"), ("text", "bi"), ("text", "en"),
            ("text-cp1252", "en"), ("text-cp1252", "en"), ("text-cp1252", "fr"), ("text-cp1252", "bi"), ("text-cp1252", "en"),
            ("markdown", "en"), ("markdown", "en"), ("markdown", "fr"), ("markdown", "bi"), ("markdown", "en"), ("markdown", "fr"),
            ("docx", "en"), ("docx", "fr"), ("docx", "bi"), ("docx", "en"),
            ("pdf", "en"), ("pdf", "fr"), ("pdf", "en"), ("pdf", "bi"), ("pdf", "fr"), ("ocr", "fr"), ("docx", "en")]
    strengths = ["light", "medium", "medium", "heavy", "medium", "light", "medium", "heavy"]
    si = 0
    for i, (kind, lang) in enumerate(plan):
        p = new_position(R.choice([1, 1, 2, 2, 3]), lang)
        style = STYLES[kind][i % len(STYLES[kind])]
        if style in ("ubox", "abox", "utree", "atree", "codetree") and R.random() < 0.3:
            p["dotted"] = [dict(DOTTED)]
        st = None
        if kind == "ocr":
            st = strengths[si]; si += 1
        add(p, kind, lang, style, R.choice([0, 0, 1, 2, 3, 4, 5, 6, 7]), st)

    refuse(docs)
    seen = set()
    for fn, data, t in docs:
        assert fn not in seen, fn
        seen.add(fn)
        (CORPUS / fn).write_bytes(data)
        (EXPECTED / (fn + ".expected.yaml")).write_text(dump(t), encoding="utf-8")


def refuse(docs):
    def t(fn, kind, lang, people, note):
        return dict(document=fn, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                    also=dict(what=note), people=people, versions=None)
    rr = random.Random(1770)
    # 1. a whole branch's chart, French, no position described
    p = dict(cls_style=0, fte_style=0, marker=0, names_in_boxes=False, posno_in_chart_only=False, dotted=[])
    adm = dict(en="Assistant Deputy Minister, Operations", fr="Sous-ministre adjointe, Opérations", cls="EX-05", posno=None)
    dgs = []
    for _ in range(3):
        a = area(); dgs.append(dict(en=f"Director General, {a[0]}", fr=f"Directeur général, {a[1]}", cls="EX-03"))
    lines = ["ORGANIGRAMME – SECTEUR DES OPÉRATIONS", "En date du 1er mars 2024", ""]
    lines += box_lines(adm, p, "sup", "fr") + [""]
    lines.append("  ".join(d["fr"] for d in dgs))
    lines.append("  ".join("EX-03" for _ in dgs))
    lines.append("")
    for d in dgs:
        for _ in range(3):
            a = area(); lines.append(f"Directeur, {a[1]} (EX-01) – {rr.randint(12, 60)} ETP")
        lines.append("")
    lines += ["Total du secteur : 642 ETP", "Préparé par : Planification des ressources humaines"]
    fn = "Organigramme - Secteur des opérations (mars 2024).pdf"
    docs.append((fn, pdf_bytes(["\n".join(lines)]), t(fn, "pdf", "fr", [], "organization chart of a whole sector: boxes only, no position described")))
    # 2. a seating plan
    names = [person() for _ in range(8)]
    grid = ["SEATING PLAN – 7th floor, east wing (effective April 2, 2024)", "",
            "+------------------+------------------+------------------+------------------+",
            f"| 7E-101           | 7E-102           | 7E-103           | 7E-104 (hotdesk) |",
            f"| {names[0]:<16} | {names[1]:<16} | {names[2]:<16} |                  |",
            "| Director's office| Manager, Intake  | Senior Advisor   |                  |",
            "+------------------+------------------+------------------+------------------+",
            f"| 7E-105           | 7E-106           | 7E-107           | 7E-108           |",
            f"| {names[3]:<16} | {names[4]:<16} | {names[5]:<16} | {names[6]:<16} |",
            "| PM-06            | PM-05            | AS-03            | EC-07            |",
            "+------------------+------------------+------------------+------------------+", "",
            "Printer: 7E-PRN-2     Quiet room: 7E-120     Fire warden: " + names[7],
            "Questions: Facilities Management, ext. 4417"]
    fn = "Seating plan 7th floor east (April 2024).txt"
    docs.append((fn, ("\n".join(grid) + "\n").encode("utf-8"), t(fn, "text", "en", names, "seating plan: workstations, names and levels, no position described")))
    # 3. a project's governance diagram
    gnames = [person() for _ in range(3)]
    md = ["# Project Horizon – Governance Structure", "", "Version 1.3, 12 February 2024", "", "```",
          "              +-------------------------------+",
          "              |  Executive Steering Committee |",
          f"              |  Chair: ADM, Service Delivery |",
          "              |  (EX-05) – meets quarterly    |",
          "              +---------------+---------------+",
          "                              |",
          "              +---------------+---------------+",
          "              |  Project Board                |",
          f"              |  Chair: {gnames[0]:<22}|",
          "              |  Director General (EX-03)     |",
          "              +-------+---------------+-------+",
          "                      |               |",
          "       +--------------+--+     +------+------------------+",
          "       | Project Director  |     | Architecture Review    |",
          "       | (EX-01, 0.5 FTE)  |     | Board (advisory)       |",
          "       +--------+----------+     +------------------------+",
          "                |",
          "   +------------+-------------+",
          "   | Workstreams: Data (4 FTE), Process (3 FTE),   |",
          "   | Change Management (2 FTE)                     |",
          "   +-----------------------------------------------+", "```", "",
          "## Roles", "",
          "- **Executive Steering Committee**: approves scope, budget ($3.4M over two years) and stage gates.",
          f"- **Project Board**: monthly; chaired by {gnames[0]}; secretariat {gnames[1]}.",
          f"- **Project Director**: {gnames[2]}, on assignment at 50 %; reports to the Project Board for the project only.", ""]
    fn = "Project Horizon - governance diagram v1.3.md"
    docs.append((fn, "\n".join(md).encode("utf-8"), t(fn, "markdown", "en", gnames, "a project's governance diagram: committees and workstreams, no position described")))
    # 4. a memo about an org chart change (cp1252, CRLF)
    mn = [person(), person()]
    memo = ["MEMORANDUM", "", f"TO:      {mn[0]}, Director General, Benefits Operations",
            f"FROM:    {mn[1]}, Organizational Design Advisor", "DATE:    March 14, 2024",
            "SUBJECT: Updated organization chart – Director, Claims Review (EX-01), position 48213", "",
            "Further to our discussion, the attached chart moves the two Team Leader positions (PM-05) under the “Manager, Intake” box and shows the Senior Advisor (EC-07) as vacant.",
            "The position’s work description is not changed and does not need to be re-evaluated; the FTE count of the directorate stays at 46.",
            "Please initial the chart and return it by March 29.", "", "Attachment: org chart (PDF)"]
    fn = "Memo - org chart update, Director Claims Review.txt"
    docs.append((fn, "\r\n".join(memo).encode("cp1252") + b"\r\n", t(fn, "text-cp1252", "en", mn, "memo about an org chart change; names a position, level and number but describes no work")))
    # 5. a scanned chart without a text layer
    fn = "Organization chart - scanned (1).pdf"
    docs.append((fn, pdf_bytes(["", ""]), t(fn, "pdf", "en", [], "two-page scan without a text layer: unreadable")))


if __name__ == "__main__":
    main()
