"""Generate blind corpus blind154: older (1984-1999) executive position descriptions.

Run from the repository root:  python bench/import/blind154/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (DEPARTMENTS, UNITS, REPORT_UNITS, GIVEN, FAMILY, GEN_ACC_EN, GEN_ACC_FR,  # noqa: E402
                   NATURE_EN, NATURE_FR, SPEC_EN, SPEC_FR)

R = random.Random(154)
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
LEVELS = {"PM": (4, 6), "ES": (5, 7), "AS": (5, 7), "FI": (3, 4), "EG": (6, 8), "CS": (3, 4), "EN-ENG": (5, 6),
          "PE": (4, 5), "CR": (4, 5), "PG": (4, 5)}
used_names = set()


def person():
    while True:
        n = f"{R.choice(GIVEN)} {R.choice(FAMILY)}"
        if n not in used_names:
            used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def cls_old(c, style):
    g, lv = c.rsplit("-", 1)
    lv = int(lv)
    return {"space": f"{g} {lv}", "dash1": f"{g}-{lv}", "glued": f"{g}{lv}", "std": f"{g}-{lv:02d}"}[style]


def date_txt(d, style):
    if style == "yymmdd":
        return d.strftime("%y-%m-%d")
    if style == "dmonyy":
        return f"{d.day} {MON_EN[d.month - 1]} {d.strftime('%y')}"
    if style == "ddmmyyyy":
        return d.strftime("%d/%m/%Y")
    if style == "long_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


def thou(k, fr=False):
    s = f"{k:,}"
    return s.replace(",", " ") if fr else s


# ---------------------------------------------------------------- positions
def make_positions():
    pos = []
    titles = set()
    lv_cycle = [1, 1, 2, 1, 3, 1, 2, 1, 1, 2, 3, 1]
    for i in range(42):
        ui = i % len(UNITS)
        dep, dep_fr, locs = DEPARTMENTS[ui // 2 if ui < 19 else (i * 3) % len(DEPARTMENTS)]
        u, u_fr, b, b_fr = UNITS[ui]
        lv = lv_cycle[i % len(lv_cycle)]
        if lv == 3:
            t, t_fr = f"Director General, {b}", f"Directeur général, {b_fr}"
            if t in titles:
                t, t_fr = f"Director General, {u}", f"Directeur général, {u_fr}"
        elif lv == 2:
            t, t_fr = f"Executive Director, {u}", f"Directeur exécutif, {u_fr}"
        else:
            t, t_fr = f"Director, {u}", f"Directeur, {u_fr}"
        if t in titles:
            t, t_fr = f"Regional Director, {u}", f"Directeur régional, {u_fr}"
        if t in titles:
            t, t_fr = f"Senior Director, {u}", f"Directeur principal, {u_fr}"
        titles.add(t)
        if lv == 3:
            sup = (f"Assistant Deputy Minister, {b}", f"Sous-ministre adjoint, {b_fr}", R.choice(["EX-04", "EX-05"]))
        elif lv == 2 or R.random() < 0.7:
            sup = (f"Director General, {b}", f"Directeur général, {b_fr}", "EX-03")
        else:
            sup = (f"Executive Director, {b}", f"Directeur exécutif, {b_fr}", "EX-02")
        if sup[0] == t:
            sup = (f"Assistant Deputy Minister, {b}", f"Sous-ministre adjoint, {b_fr}", "EX-04")
        reps = []
        for ru, ru_fr, g in R.sample(REPORT_UNITS, R.randint(2, 5)):
            pre, pre_fr = R.choice([("Chief", "Chef"), ("Manager", "Gestionnaire")])
            lo, hi = LEVELS[g]
            reps.append({"title": f"{pre}, {ru}", "title_fr": f"{pre_fr}, {ru_fr}",
                         "classification": f"{g}-{R.randint(lo, hi):02d}", "fte": R.randint(3, 38)})
        fte = sum(r["fte"] for r in reps) + 1 + R.randint(1, 3)
        sal = fte * R.randint(36, 52)
        om = R.randint(8, 95) * 10
        loc, loc_fr = R.choice(locs)
        eff = dt.date(R.randint(1984, 1997), R.randint(1, 12), R.choice([1, 1, 4, 13, 15, 22, 28]))
        pos.append({"title": t, "title_fr": t_fr, "classification": f"EX-{lv:02d}", "dept": dep, "dept_fr": dep_fr,
                    "unit": u, "unit_fr": u_fr, "branch": b, "branch_fr": b_fr,
                    "posno": str(R.randint(10000, 99999)) if R.random() < 0.88 else None,
                    "job_code": (R.choice(["EX-", "TBX", ""]) + str(R.randint(1000, 9999))) if R.random() < 0.35 else None,
                    "eff": eff if R.random() < 0.93 else None,
                    "sup": {"title": sup[0], "title_fr": sup[1], "classification": sup[2],
                            "posno": str(R.randint(10000, 99999)) if R.random() < 0.45 else None},
                    "reports": reps, "fte": fte, "sal_k": sal, "om_k": om, "total_stated": R.random() < 0.7,
                    "loc": loc, "loc_fr": loc_fr, "amend": None})
    for p in pos:  # a supervisor whose own description is in the corpus keeps its number
        for q in pos:
            if q is not p and q["dept"] == p["dept"] and q["title"] == p["sup"]["title"] and p["sup"]["posno"]:
                p["sup"]["posno"] = q["posno"]
                p["sup"]["classification"] = q["classification"]
    return pos


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self):
        self.blocks = []

    def add(self, *b):
        self.blocks.append(b)


def build(p, lang, form, o):
    """Blocks for position p. lang: en|fr|bilingual; form: tb|rekeyed. o: notation options."""
    d = Doc()
    fr = lang == "fr"
    bi = lang == "bilingual"
    A = p["amend"] or {}
    cls_now = p["classification"]
    num = form == "tb"
    counter = [0]

    def lab(en, frl):
        s = f"{frl}" if fr else (f"{en} / {frl}" if bi else en)
        if num:
            counter[0] += 1
            s = f"{counter[0]}. {s}"
        return s

    def amended(old, new, year):
        if o["amend_style"] == "beside":
            return f"{old}     AMENDED {year}: {new}" if not fr else f"{old}     MODIFIÉ {year} : {new}"
        return f"{old} {new} (amended {year})" if not fr else f"{old} {new} (modifié {year})"

    if bi:
        d.add("title", "GOVERNMENT OF CANADA / GOUVERNEMENT DU CANADA")
        d.add("title", "POSITION DESCRIPTION - EXECUTIVE GROUP / DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION")
    elif fr:
        d.add("title", "GOUVERNEMENT DU CANADA")
        d.add("title", "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION" if num else f"{p['dept_fr']} - Description de poste")
    else:
        d.add("title", "GOVERNMENT OF CANADA" if num else p["dept"].upper())
        d.add("title", "POSITION DESCRIPTION - EXECUTIVE GROUP" if num else "Position Description (re-typed)")
    d.add("kv", lab("Department", "Ministère"), p["dept_fr"] if fr else (f"{p['dept']} / {p['dept_fr']}" if bi else p["dept"]))
    d.add("kv", lab("Position number" if num else "Position No.", "Numéro du poste"), p["posno"] or ("NEW" if not fr else "NOUVEAU"))
    if p["job_code"]:
        d.add("kv", lab("Reference no." if num else "Job code", "No de référence"), p["job_code"])
    title_old = A.get("title_old")
    tval = p["title_fr"] if fr else (f"{p['title']} / {p['title_fr']}" if bi else p["title"])
    if title_old:
        tval = amended(title_old, tval, A["year"])
    d.add("kv", lab("Position title" if num else "Title", "Titre du poste"), tval)
    cval = cls_old(cls_now, o["cls"])
    if "cls_old" in A:
        cval = amended(A["cls_old"], cval, A["year"])
    elif o.get("sm"):
        cval = f"{o['sm']} (converted to {cls_old(cls_now, o['cls'])})" if not fr else f"{o['sm']} (converti {cls_old(cls_now, o['cls'])})"
    d.add("kv", lab("Group and level" if num else "Classification", "Groupe et niveau"), cval)
    if p["eff"]:
        d.add("kv", lab("Effective date" + (" (YY-MM-DD)" if o["date"] == "yymmdd" and o["datehint"] else ""),
                        "Date d'entrée en vigueur"), date_txt(p["eff"], o["date"]))
    lval = p["loc_fr"] if fr else (f"{p['loc']} / {p['loc_fr']}" if bi else p["loc"])
    if "loc_old" in A:
        lval = amended(A["loc_old"], lval, A["year"])
    d.add("kv", lab("Location", "Lieu"), lval)
    s = p["sup"]
    stitle = s["title_fr"] if fr else (f"{s['title']} / {s['title_fr']}" if bi else s["title"])
    if "sup_old" in A:
        stitle = amended(A["sup_old"], stitle, A["year"])
    scls = cls_old(s["classification"], o["cls"])
    if o["sup_layout"] == "blocks":
        if s["posno"]:
            d.add("kv", lab("Supervisor's position number", "Numéro du poste du surveillant"), s["posno"])
        d.add("kv", lab("Title of supervisor's position", "Titre du poste du surveillant"), stitle)
        d.add("kv", lab("Supervisor's group and level", "Groupe et niveau du surveillant"), scls)
    # general accountability
    d.add("h", "Responsabilité générale" if fr else ("General Accountability / Responsabilité générale" if bi else "General Accountability"))
    if not fr:
        d.add("p", R.choice(GEN_ACC_EN).format(unit=p["unit"].lower(), sup=s["title"]))
    if fr or bi:
        d.add("p", R.choice(GEN_ACC_FR).format(unit=p["unit_fr"].lower()))
    d.add("h", "Structure de l'organisation" if fr else ("Organization Structure / Structure de l'organisation" if bi else "Organization Structure"))
    if o["sup_layout"] == "prose":
        sp = f" ({scls}{', position ' + s['posno'] if s['posno'] else ''})"
        if fr:
            d.add("p", f"Le titulaire relève du {s['title_fr']}{sp.replace('position', 'poste')}. ")
        else:
            d.add("p", f"The {p['title'].split(',')[0]} reports to the {s['title'] if 'sup_old' not in A else stitle}{sp}.")
    n = len(p["reports"])
    if fr:
        d.add("p", f"Les {n} postes suivants relèvent du titulaire :")
    else:
        d.add("p", f"The following {n} positions report to the {p['title'].split(',')[0]}:")
    py = o["py"]
    rows = []
    for r in p["reports"]:
        rt = r["title_fr"] if fr else (f"{r['title']} / {r['title_fr']}" if bi else r["title"])
        rows.append((rt, cls_old(r["classification"], o["rcls"]) if r["classification"] else "", str(r["fte"]) if r["fte"] is not None else ""))
    if o["rep_layout"] == "table":
        d.add("rows", ("Titre du poste" if fr else "Position title", "Groupe/niveau" if fr else "Group/Level",
                       "A.-P." if fr else py), rows)
    else:
        for rt, c, f in rows:
            extra = f" - {f} {'a.-p.' if fr else py}" if f else ""
            d.add("li", f"{rt} ({c}){extra}" if c else f"{rt}{extra}")
    if "fte_old" in A:
        pass
    # dimensions
    d.add("h", "Dimensions" if not bi else "Dimensions / Dimensions")
    fval = str(p["fte"])
    if "fte_old" in A:
        fval = amended(str(A["fte_old"]), fval, A["year"])
    if o["fte_stated"]:
        d.add("kv", lab({"PY": "Person-years (A-base)", "PYs": "A-base PYs", "FTE": "Person-years"}[py], "Années-personnes"), fval)
    mfr = fr
    if o["money"] == "000s":
        sal = thou(p["sal_k"], mfr)
        if "sal_old" in A:
            sal = amended(thou(A["sal_old"], mfr), sal, A["year"])
        d.add("kv", lab("Salary dollars (000's)", "Traitements (en milliers de dollars)"), sal)
        d.add("kv", lab("O&M dollars (000's)", "F et E (000 $)"), thou(p["om_k"], mfr))
        if p["total_stated"]:
            d.add("kv", lab("Total (000's)", "Total (000 $)"), thou(p["sal_k"] + p["om_k"], mfr))
    else:
        fmt = (lambda k: f"{thou(k, True)} k$") if mfr else (lambda k: f"$ {thou(k)}K")
        sal = fmt(p["sal_k"])
        if "sal_old" in A:
            sal = amended(fmt(A["sal_old"]), sal, A["year"])
        d.add("kv", lab("Salaries", "Traitements"), sal)
        d.add("kv", lab("O&M", "Fonctionnement et entretien"), fmt(p["om_k"]))
        if p["total_stated"]:
            d.add("kv", lab("Total", "Total"), fmt(p["sal_k"] + p["om_k"]))
    d.add("h", "Nature et étendue" if fr else ("Nature and Scope / Nature et étendue" if bi else "Nature and Scope"))
    if not fr:
        d.add("p", R.choice(NATURE_EN).format(sup=s["title"]))
    if fr or bi:
        d.add("p", NATURE_FR[0])
    d.add("h", "Activités principales" if fr else ("Specific Accountabilities / Activités principales" if bi else "Specific Accountabilities"))
    for k, a in enumerate(R.sample(SPEC_FR if fr else SPEC_EN, 4), 1):
        d.add("p", f"{k}. {a}")
    if A and o["amend_style"] == "footer":
        pass
    # signatures
    d.add("h", "Signatures")
    for role_en, role_fr, who in o["sigs"]:
        when = date_txt(o["sigdate"], o["date"])
        d.add("sig", f"{role_fr if fr else role_en}: {who}    {'Date' if not fr else 'Date'}: {when}")
    return d


# ---------------------------------------------------------------- renderers
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def to_text(d, style):
    lines = []
    lead = style.get("leaders", True)
    width = style.get("width", 72)
    for b in d.blocks:
        k = b[0]
        if k == "title":
            lines.append(b[1].center(width).rstrip())
        elif k == "h":
            lines += ["", b[1].upper()]
            if style.get("underline"):
                lines.append(style["underline"] * len(b[1]))
        elif k == "kv":
            if lead:
                lines.append(f"{b[1]} ".ljust(38, ".") + f" {b[2]}")
            else:
                lines.append(f"{b[1]}:\t{b[2]}")
        elif k == "p":
            lines += [""] + (wrap(b[1], width) if width else [b[1]])
        elif k == "li":
            lines.append(f"   - {b[1]}")
        elif k == "rows":
            lines.append("")
            h = b[1]
            lines.append(f"   {h[0]:<50}{h[1]:<14}{h[2]}")
            lines.append(f"   {'-' * len(h[0]):<50}{'-' * len(h[1]):<14}{'-' * len(h[2])}")
            for r in b[2]:
                lines.append(f"   {r[0]:<50}{r[1]:<14}{r[2]}")
        elif k == "sig":
            lines.append(b[1])
    return lines


def to_md(d):
    out = []
    first = True
    for b in d.blocks:
        k = b[0]
        if k == "title":
            out.append(("# " if first else "### ") + b[1])
            first = False
        elif k == "h":
            out += ["", "## " + b[1], ""]
        elif k == "kv":
            out.append(f"- **{b[1]}:** {b[2]}")
        elif k == "p":
            out += ["", b[1]]
        elif k == "li":
            out.append(f"- {b[1]}")
        elif k == "rows":
            h = b[1]
            out += ["", f"| {h[0]} | {h[1]} | {h[2]} |", "|---|---|---|"] + [f"| {r[0]} | {r[1]} | {r[2]} |" for r in b[2]]
        elif k == "sig":
            out.append(f"{b[1]}  ")
    return "\n".join(out) + "\n"


def to_docx(d, kv_table):
    doc = docx.Document()
    cp = doc.core_properties
    cp.created = cp.modified = dt.datetime(1998, 3, 2, 9, 0, 0)
    cp.author = "WPCONV"
    cp.last_modified_by = ""
    cp.revision = 1
    tbl = None
    for b in d.blocks:
        k = b[0]
        if k != "kv":
            tbl = None
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            para = doc.add_paragraph()
            run = para.add_run(b[1].upper())
            run.underline = True
        elif k == "kv":
            if kv_table:
                if tbl is None:
                    tbl = doc.add_table(rows=0, cols=2)
                cells = tbl.add_row().cells
                cells[0].text, cells[1].text = b[1], b[2]
            else:
                doc.add_paragraph(f"{b[1]}\t{b[2]}")
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif k == "rows":
            t = doc.add_table(rows=1, cols=3)
            for c, v in zip(t.rows[0].cells, b[1]):
                c.text = v
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
        elif k == "sig":
            doc.add_paragraph(b[1])
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1998, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(lines, strength, header, footer):
    p = {"light": 0.15, "medium": 0.35, "heavy": 0.6}[strength]
    out = []
    page = 1
    for i, line in enumerate(lines):
        if i and i % 38 == 0:
            out += ["", f"- {page} -" if R.random() < 0.5 else f"Page {page}", footer, "\f" + header, ""]
            page += 1
        chars = list(line)
        for j, c in enumerate(chars):
            if c in DIG and R.random() < p:
                chars[j] = "l" if c == "1" and R.random() < 0.4 else DIG[c]
        line = "".join(chars)
        if R.random() < p * 0.6:
            line = line.replace("rn", "m", 1) if "rn" in line else line.replace("m", "rn", 1)
        if R.random() < p * 0.4:
            line = line.replace("e", "c", 1) if R.random() < 0.5 else line.replace("li", "h", 1)
        if R.random() < p * 0.5 and " " in line.strip():
            ws = [m for m in range(1, len(line) - 1) if line[m] == " " and line[m - 1].isalpha() and line[m + 1].isalpha()]
            if ws:
                m = R.choice(ws)
                line = line[:m] + line[m + 1:]
        line = line.replace(".......", R.choice([". . . .", ".,.....", "......"]), 1)
        # hyphenated line end
        if len(line) > 60 and R.random() < p and line.split()[-1].isalpha():
            words = line.split(" ")
            last = words[-1]
            if len(last) > 6:
                cut = len(last) // 2
                out.append(" ".join(words[:-1]) + " " + last[:cut] + "-")
                out.append(last[cut:])
                continue
        out.append(line)
    out += ["", f"- {page} -", footer]
    return [header, ""] + out


# ---------------------------------------------------------------- plan
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for f in (corpus, expected):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    pos = make_positions()
    # amendments on some positions (typed: old value beside its replacement)
    for i in (2, 6, 11, 15, 19, 24, 30, 35):
        p = pos[i]
        year = R.choice([1991, 1993, 1994, 1996])
        a = {"year": year}
        kind = R.choice(["cls", "sal", "sup", "fte", "loc", "cls"])
        if kind == "cls":
            lv = int(p["classification"][-1])
            a["cls_old"] = R.choice(["SM", f"SM-{max(lv - 1, 1)}", f"EX {max(lv - 1, 1)}"]) if lv > 1 else "SM"
            if a["cls_old"] == cls_old(p["classification"], "space"):
                a["cls_old"] = "SM"
            a["sal_old"] = p["sal_k"] - R.randint(80, 300)
        elif kind == "sal":
            a["sal_old"] = p["sal_k"] - R.randint(60, 400)
        elif kind == "sup":
            a["sup_old"] = p["sup"]["title"].replace("Director General", "Director").replace("Assistant Deputy Minister", "Director General")
        elif kind == "fte":
            a["fte_old"] = p["fte"] + R.randint(3, 9)
        else:
            a["loc_old"] = "Ottawa, Ontario" if p["loc"] != "Ottawa, Ontario" else "Hull, Quebec"
            a["sal_old"] = p["sal_k"] + R.randint(50, 150)
        p["amend"] = a
    # versions: an older copy of positions 0, 9, 21 (before a change)
    versions = []
    for i, change in ((0, "cls"), (9, "sal"), (21, "fte")):
        p = pos[i]
        old = {**p, "reports": [dict(r) for r in p["reports"]], "sup": dict(p["sup"]), "amend": None}
        old["eff"] = dt.date(p["eff"].year - R.randint(4, 7) if p["eff"] else 1985, 4, 1)
        if p["eff"] is None:
            p["eff"] = dt.date(1995, 4, 1)
        if change == "cls":
            old["classification"] = "EX-01" if p["classification"] != "EX-01" else "EX-01"
            p["classification"] = "EX-02" if p["classification"] == "EX-01" else p["classification"]
            old["sal_k"] = p["sal_k"] - 210
        elif change == "sal":
            old["sal_k"] = p["sal_k"] - 340
            old["om_k"] = p["om_k"] + 60
        else:
            old["reports"][0]["fte"] += 6
            old["fte"] = p["fte"] + 6
            old["sal_k"] = p["sal_k"] + 190
        versions.append((old, p, change))
    # slots: (position, kind, lang)
    kinds = ["ocr"] * 11 + ["docx"] * 8 + ["pdf"] * 7 + ["text-cp1252"] * 5 + ["text"] * 6 + ["markdown"] * 4 + ["ocr-columns"]
    langs = ["en"] * 25 + ["fr"] * 9 + ["bilingual"] * 8
    R.shuffle(kinds)
    R.shuffle(langs)
    oc = kinds.index("ocr-columns")
    if langs[oc] != "bilingual":
        j = langs.index("bilingual")
        langs[oc], langs[j] = langs[j], langs[oc]
    items = [(p, k, l) for p, k, l in zip(pos, kinds, langs)]
    # three older versions
    vk = [("ocr", "en"), ("text-cp1252", "fr"), ("ocr", "en")]
    for (old, new, change), (k, l) in zip(versions, vk):
        items.append((old, k, l))
    names = {}
    truths = []
    for idx, (p, kind, lang) in enumerate(items):
        if kind == "ocr-columns":
            lang = "bilingual"
        fr = lang == "fr"
        form = "tb" if kind in ("ocr", "ocr-columns", "pdf") or R.random() < 0.35 else "rekeyed"
        era_old = p["eff"] is None or p["eff"].year < 1990
        o = {"cls": R.choice(["space", "dash1", "glued"] if era_old else ["space", "dash1", "glued", "std"]),
             "rcls": R.choice(["dash1", "space", "std"]),
             "date": "yymmdd" if form == "tb" and not fr else (R.choice(["ddmmyyyy", "long_fr"]) if fr else R.choice(["dmonyy", "ddmmyyyy", "long_en"])),
             "datehint": R.random() < 0.5,
             "amend_style": R.choice(["beside", "inline"]),
             "sm": None,
             "sup_layout": R.choice(["blocks", "blocks", "prose"]),
             "rep_layout": R.choice(["table", "list"]) if kind != "markdown" else R.choice(["table", "list"]),
             "py": R.choice(["PY", "PYs", "FTE"]) if era_old or R.random() < 0.5 else "PYs",
             "money": "000s" if form == "tb" else R.choice(["K", "000s"]),
             "fte_stated": R.random() < 0.85}
        if o["py"] == "FTE":
            o["py"] = "PY"
        if not p["amend"] and p["classification"] != "EX-01" and R.random() < 0.2 and era_old:
            o["sm"] = f"SX-{int(p['classification'][-1])}"
        eff = p["eff"] or dt.date(1990, 1, 1)
        o["sigdate"] = eff + dt.timedelta(days=R.randint(-40, 60))
        sig_people = [person(), person()] + ([person()] if R.random() < 0.5 else [])
        roles = [("Incumbent", "Titulaire"), ("Supervisor", "Surveillant"), ("Classified by", "Classifié par")]
        o["sigs"] = [(r[0], r[1], n) for r, n in zip(roles, sig_people)]
        d = build(p, lang, form, o)
        # file name
        year = eff.year if p["eff"] else "undated"
        short = p["title_fr"] if fr else p["title"]
        ext = {"ocr": "txt", "ocr-columns": "txt", "text": "txt", "text-cp1252": "txt", "markdown": "md",
               "docx": "docx", "pdf": "pdf"}[kind]
        pat = R.choice(["{t} ({y}).{e}", "PD {n} - {t}.{e}", "{t} - signed.{e}", "DRAFT {t}.{e}", "{t} (1).{e}",
                        "scan_{i:04d} {t}.{e}", "{t} {y} AMENDED.{e}" if p["amend"] else "{t}, {y}.{e}",
                        "Description de poste - {t}.{e}" if fr else "Position description - {t}.{e}"])
        name = pat.format(t=short, y=year, n=p["posno"] or "NEW", e=ext, i=300 + idx)
        while name in names:
            name = name.replace(f".{ext}", f" (2).{ext}")
        header = f"{(p['dept_fr'] if fr else p['dept']).upper()}    {'DESCRIPTION DE POSTE' if fr else 'POSITION DESCRIPTION'}"
        footer = "TBS/SCT 330-39 (Rev. 84/10)"
        damage = None
        if kind == "ocr":
            damage = R.choice(["light", "medium", "medium", "heavy"])
            lines = to_text(d, {"leaders": True, "width": 72, "underline": "_"})
            data = "\n".join(ocr_damage(lines, damage, header, footer)).encode("utf-8")
        elif kind == "ocr-columns":
            damage = "light"
            den = to_text(build(p, "en", form, o), {"leaders": False, "width": 52})
            dfr = to_text(build(p, "fr", form, o), {"leaders": False, "width": 52})
            m = max(len(den), len(dfr))
            den += [""] * (m - len(den))
            dfr += [""] * (m - len(dfr))
            lines = [f"{a.replace(chr(9), ' '):<60}{b.replace(chr(9), ' ')}".rstrip() for a, b in zip(den, dfr)]
            data = "\n".join(ocr_damage(lines, damage, "GOUVERNEMENT DU CANADA / GOVERNMENT OF CANADA", footer)).encode("utf-8")
        elif kind == "text":
            lines = to_text(d, {"leaders": form == "tb", "width": R.choice([72, 0]), "underline": R.choice(["-", "=", None])})
            data = ("\n".join(lines) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            lines = to_text(d, {"leaders": form == "tb", "width": 0, "underline": None})
            txt = "\r\n".join(lines) + "\r\n"
            txt = txt.replace("'s ", "\u2019s ").replace("l'", "l\u2019").replace("d'", "d\u2019").replace("000\u2019s", "000\u2019s")
            data = txt.encode("cp1252")
        elif kind == "markdown":
            data = to_md(d).encode("utf-8")
        elif kind == "docx":
            data = to_docx(d, kv_table=R.random() < 0.6)
        else:
            lines = to_text(d, {"leaders": True, "width": 95, "underline": None})
            pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]
            data = pdf_bytes(["\n".join(pg + ["", f"{p['dept']}    {k + 1}"]) for k, pg in enumerate(pages)])
        names[name] = data
        truths.append((name, p, kind, lang, form, o, damage, sig_people))
    # reports_to_in_corpus
    by_title = {}
    for name, p, *_ in truths:
        by_title.setdefault((p["dept"], p["title"]), []).append(name)
    for name, p, kind, lang, form, o, damage, sigs in truths:
        A = p["amend"] or {}
        f = {"title": p["title"], "classification": p["classification"], "job_code": p["job_code"],
             "position_number": p["posno"], "effective_date": p["eff"],
             "supervisor": {"position_number": p["sup"]["posno"], "title": p["sup"]["title"],
                            "classification": p["sup"]["classification"]},
             "direct_reports": [{"title": r["title"], "classification": r["classification"], "fte": r["fte"]}
                                for r in p["reports"]],
             "salary": p["sal_k"] * 1000, "o_and_m": p["om_k"] * 1000,
             "total": (p["sal_k"] + p["om_k"]) * 1000 if p["total_stated"] else None,
             "location": p["loc"]}
        if lang == "fr":
            f["title"] = p["title_fr"]
            f["supervisor"]["title"] = p["sup"]["title_fr"]
            f["location"] = p["loc_fr"]
            for r, src in zip(f["direct_reports"], p["reports"]):
                r["title"] = src["title_fr"]
        ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
        if f["supervisor"]["position_number"] is None:
            ns.append("supervisor.position_number")
        also = {"department": p["dept_fr"] if lang == "fr" else p["dept"], "form": f"{form}-{kind}" if False else form,
                "fte": p["fte"] if o["fte_stated"] else None,
                "notations": {"classification": cls_old(p["classification"], o["cls"]),
                              "report_classification": o["rcls"], "date": o["date"],
                              "money": "thousands (000's)" if o["money"] == "000s" else "thousands ($ nK / n k$)",
                              "person_years": "années-personnes" if lang == "fr" else o["py"]},
                "supervisor_layout": o["sup_layout"], "reports_layout": o["rep_layout"]}
        if not o["fte_stated"]:
            del also["fte"]
        if lang != "en":
            also["title_fr"] = p["title_fr"]
            also["title_en"] = p["title"]
        if lang == "bilingual":
            also["location_fr"] = p["loc_fr"]
        if o["sm"]:
            also["former_classification"] = o["sm"]
        if damage:
            also["damage"] = damage
        if A:
            also["amended"] = {k: v for k, v in A.items()}
            if "sal_old" in A:
                also["amended"]["sal_old"] = A["sal_old"] * 1000
            note = "typed amendment: old value beside its replacement; the truth is the amended value"
            also["amendment_note"] = note
        if p["posno"] is None:
            also["position_number_printed"] = "NEW" if lang != "fr" else "NOUVEAU"
        sup_docs = by_title.get((p["dept"], p["sup"]["title"]))
        if sup_docs:
            also["reports_to_in_corpus"] = sup_docs[0]
        vers = None
        for old, new, change in versions:
            if p is old or p is new:
                on = [t[0] for t in truths if t[1] is old][0]
                nn = [t[0] for t in truths if t[1] is new][0]
                vers = {"documents": [on, nn], "newest": nn, "same_text": False,
                        "note": {"cls": "reclassified (older copy EX-01, newer EX-02) and salary raised",
                                 "sal": "salary and O&M changed", "fte": "first report and total person-years reduced, salary lowered"}[change]}
        truths_doc = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
                      "not_stated": ns, "also": also, "people": sigs, "versions": vers}
        (corpus / name).write_bytes(names[name])
        write_truth(expected, truths_doc)
    refusals(corpus, expected, pos)


def write_truth(expected, t):
    text = yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    (expected / f"{t['document']}.expected.yaml").write_text(text, encoding="utf-8")


def refusals(corpus, expected, pos):
    p0, p1, p2 = pos[3], pos[7], pos[13]
    a, b, c, dd = person(), person(), person(), person()
    memo = [
        "MEMORANDUM                                    NOTE DE SERVICE",
        "", f"TO: All Directors, {p0['branch']}", f"FROM: {a}, Director General", "DATE: 89-02-17",
        "SUBJECT: Person-year reductions, 1989-90 Main Estimates", "",
        f"Further to the expenditure review, the {p0['title']} ({cls_old(p0['classification'], 'space')}) will absorb",
        "a reduction of 4 PYs and $ 160K in salary dollars. The position descriptions of the affected",
        "units will be re-submitted to the classification committee before 89-04-01.",
        "Salary dollars (000's) available to the branch: 12,450.", "", a]
    mt = "\n".join(ocr_damage(memo, "medium", "", "")).encode("utf-8")
    minutes = [
        "Minutes of the Departmental Classification Committee", "Meeting of 12 March 1992, Room 1140",
        f"Present: {b} (Chair), {c}, {dd}", "",
        f"1. {p1['title']} - position {p1['posno'] or 'NEW'}. The Committee reviewed the draft description and",
        f"confirmed the rating at {cls_old(p1['classification'], 'dash1')}. Effective date to be 01/04/1992.",
        f"2. {p2['title']} - deferred; the Committee asked for a revised organization chart.",
        "3. Conversion of remaining SM positions to EX: status report by the Secretariat.", "",
        "Next meeting: 9 April 1992."]
    mn = ("\r\n".join(minutes) + "\r\n").replace("'", "\u2019").encode("cp1252")
    e, f_ = person(), person()
    lettre = [
        "Ottawa, le 3 juin 1987", "", f"{e}", "Direction générale des programmes d'emploi", "",
        "Objet : Conversion de votre poste du groupe SM au groupe EX", "",
        f"Madame, Monsieur,", "",
        "Je vous informe que votre poste, classifié SM-2, est converti au niveau EX 2 à compter du 87-04-01,",
        "conformément aux directives du Conseil du Trésor. Votre rémunération demeure inchangée.", "",
        "Veuillez agréer l'expression de mes sentiments distingués.", "", f_, "Directeur, Services du personnel"]
    lt = ("\n".join(lettre) + "\n").encode("utf-8")
    # org chart docx
    d = Doc()
    d.add("title", f"{p2['dept']} - {p2['branch']} - Organization Chart (1995)")
    d.add("rows", ("Box", "Position", "Level"),
          [("1", f"Assistant Deputy Minister, {p2['branch']}", "EX-04"), ("1.1", p2["title"], p2["classification"])] +
          [(f"1.1.{k}", r["title"], r["classification"]) for k, r in enumerate(p2["reports"], 1)])
    d.add("p", "Person-years shown are A-base as of 95-04-01. Boxes in dotted lines are vacant.")
    oc = to_docx(d, kv_table=False)
    scan = pdf_bytes(["", "", ""])
    items = [
        ("Memo - PY reductions 89-90.txt", mt, "ocr", "en", "a 1989 memorandum on person-year reductions (OCR), naming a position and its level", [a]),
        ("Classification Committee minutes, 12 March 1992.txt", mn, "text-cp1252", "en", "minutes of a classification committee reviewing two positions", [b, c, dd]),
        ("Lettre - conversion SM à EX (1987).txt", lt, "text", "fr", "a 1987 letter converting a position from SM-2 to EX 2", [e, f_]),
        (f"Org chart {p2['branch']} 1995.docx", oc, "docx", "en", "an organization chart as a table of boxes", []),
        (f"PD scan 1987 - {p1['title']}.pdf", scan, "pdf", "en", "a scanned position description without a text layer (three empty pages): unreadable", []),
    ]
    for name, data, kind, lang, what, people in items:
        (corpus / name).write_bytes(data)
        write_truth(expected, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                               "not_stated": [], "also": {"what": what}, "people": people, "versions": None})


if __name__ == "__main__":
    main()
