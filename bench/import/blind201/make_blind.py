"""blind201: a blind corpus of legacy-era (1990s-2000s) executive position descriptions.

Run from the repository root: python bench/import/blind201/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def person(rng):
    return f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"


# ---------------------------------------------------------------- notations
def cls_text(group, level, style, fr=False):
    n = int(level)
    if group != "EX":
        return {0: f"{group}-{n:02d}", 1: f"{group}-{n}", 2: f"{group} {n:02d}", 3: f"{group}-{n}"}[style % 4]
    if fr:
        return {0: f"EX-{n:02d}", 1: f"EX {n}", 2: f"EX-{n}", 3: f"EX niveau {n}", 4: f"EX0{n}", 5: f"EX-{n}"}[style]
    return {0: f"EX-{n:02d}", 1: f"EX {n}", 2: f"EX-{n}", 3: f"EX Level {n}", 4: f"EX0{n}",
            5: f"Senior Manager, EX-{n}"}[style]


def date_text(d, style, fr=False):
    if d is None:
        return ""
    if fr:
        day = "1er" if d.day == 1 else str(d.day)
        return {0: f"{day} {MOIS[d.month - 1]} {d.year}", 1: d.isoformat(), 2: d.strftime("%Y/%m/%d"),
                3: f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{day} {MOIS[d.month - 1]} {d.year}",
                4: f"en vigueur le {day} {MOIS[d.month - 1]} {d.year}"}[style % 5]
    return {0: d.strftime("%Y/%m/%d"), 1: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year % 100:02d}",
            2: f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}", 3: f"effective {d.day} {MONTHS[d.month - 1]} {d.year}",
            4: f"{MONTHS[d.month - 1]} {d.day}, {d.year}", 5: d.isoformat()}[style % 6]


def money_unit(style):
    """rounding unit for an amount style"""
    return {0: 100000, 1: 10000, 2: 1000, 3: 1000, 4: 1000}[style]


def money_text(v, style, fr=False):
    if fr:
        if style == 0:
            return f"{v / 1e6:.1f} M$".replace(".", ",")
        if style == 1:
            return f"{v / 1e6:.2f} M$".replace(".", ",")
        if style == 2:
            return f"{v // 1000:,} k$".replace(",", "\u00a0")
        return f"{v:,} $".replace(",", "\u00a0")
    if style == 0:
        return f"${v / 1e6:.1f} M"
    if style == 1:
        return f"${v / 1e6:.2f}M"
    if style == 2:
        return f"{v // 1000:,} K$"
    if style == 3:
        return f"${v // 1000:,}K"
    return f"${v:,}"


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2010)
    positions = []
    for d, dept in enumerate(T.DEPTS):
        acr = dept[0]
        (branch_en, branch_fr), areas = T.AREAS[acr]
        dg_num = f"{rng.randint(100, 99999):05d}" if rng.random() < 0.5 else str(rng.randint(10000, 99999))
        adm = dict(title=f"Assistant Deputy Minister, {branch_en}", title_fr=f"Sous-ministre adjoint, {branch_fr}",
                   group="EX", level=4, number=str(rng.randint(1000, 9999)))
        dg = dict(key=f"{acr}-0", dept=dept, kind="dg", area=(branch_en, branch_fr),
                  title=f"Director General, {branch_en}", title_fr=f"Directeur général, {branch_fr}",
                  group="EX", level=3, number=dg_num, sup=adm, sup_in=None)
        positions.append(dg)
        kids = []
        for i, (a_en, a_fr) in enumerate(areas):
            ed = i == 0
            p = dict(key=f"{acr}-{i + 1}", dept=dept, kind="ed" if ed else "dir", area=(a_en, a_fr),
                     title=("Executive Director, " if ed else "Director, ") + a_en,
                     title_fr=("Directeur exécutif, " if ed else "Directeur, ") + a_fr,
                     group="EX", level=2 if ed else 1,
                     number=f"{rng.randint(100, 99999):05d}" if rng.random() < 0.4 else str(rng.randint(10000, 99999)),
                     sup=dict(title=dg["title"], title_fr=dg["title_fr"], group="EX", level=3, number=dg_num),
                     sup_in=dg)
            kids.append(p)
            positions.append(p)
        dg["kids"] = kids
    for i, p in enumerate(positions):
        r = random.Random(201000 + i)
        p["job_code"] = None if r.random() < 0.2 else r.choice([str(r.randint(10000, 99999)),
                                                                 f"{p['dept'][0]}-{r.randint(100, 999)}"])
        p["date"] = None if r.random() < 0.08 else dt.date(r.randint(1994, 2003), r.randint(1, 12), r.randint(1, 28))
        p["mstyle"] = r.randrange(5)
        unit = money_unit(p["mstyle"])
        p["reports"] = []
        if p["kind"] != "dg":
            for k in r.sample(range(6), r.randint(2, 4)):
                grp = r.choice(T.REPORT_GROUPS)
                lvl = r.randint(3, 7) if grp != "EN-ENG" else r.randint(4, 6)
                p["reports"].append(dict(title=T.REPORT_EN[k], title_fr=T.REPORT_FR[k], group=grp, level=lvl,
                                         fte=None if r.random() < 0.12 else r.randint(4, 30)))
            known = sum(x["fte"] or 5 for x in p["reports"])
            p["fte"] = known + r.randint(1, 4)
        p["r"] = r
        p["unit"] = unit
    for p in positions:  # DG figures after the kids
        r = p["r"]
        if p["kind"] == "dg":
            for k in p["kids"]:
                p["reports"].append(dict(title=k["title"], title_fr=k["title_fr"], group="EX", level=k["level"],
                                         fte=k["fte"]))
            p["fte"] = sum(k["fte"] for k in p["kids"]) + r.randint(3, 9)
        sal = max(p["unit"], round(p["fte"] * r.randint(42000, 61000) / p["unit"]) * p["unit"])
        om = max(p["unit"], round(p["fte"] * r.randint(6000, 22000) / p["unit"]) * p["unit"])
        p["salary"], p["om"] = sal, om
        p["total_stated"] = r.random() < 0.8
        hay_kh = r.choice(["F II 3 528", "G II 3 608", "F III 3 608", "G III 3 700"])
        p["hay"] = (hay_kh, r.choice(["F4 (57%) 304", "G4 (66%) 400", "F4 (66%) 350"]),
                    r.choice(["F3P 400", "F4C 460", "G3P 528"]))
    return positions


# ---------------------------------------------------------------- document model
def model(p, lang, r, revised=None):
    """lines of a document as a list of ('h', text) / ('f', label, value) / ('p', text) / ('b', text)"""
    fr = lang == "fr"
    bi = lang == "bilingual"
    acr, dep_en, dep_fr, city, prov, prov_fr = p["dept"]
    cstyle = r.randrange(6)
    dstyle = r.randrange(6)
    form = r.choice(["POSITION DESCRIPTION", "JOB DESCRIPTION", "EXECUTIVE POSITION DESCRIPTION"])
    if fr:
        form = r.choice(["DESCRIPTION DE FONCTIONS", "DESCRIPTION DE POSTE"])
    if bi:
        form = r.choice(["POSITION DESCRIPTION / DESCRIPTION DE FONCTIONS", "JOB DESCRIPTION / DESCRIPTION DE POSTE"])
    d = revised["date"] if revised else p["date"]
    sal = revised["salary"] if revised else p["salary"]
    om = revised["om"] if revised else p["om"]
    fte = revised["fte"] if revised else p["fte"]
    out = [("h", form)]
    if revised:
        out.append(("p", f"*** REVISED {revised['date'].strftime('%Y/%m/%d')} ***" if not fr else
                    f"*** RÉVISÉE le {date_text(revised['date'], 1, True)} ***"))
    loc = f"{city}, {prov_fr if fr else prov}"
    title = p["title_fr"] if fr else (f"{p['title']} / {p['title_fr']}" if bi else p["title"])
    dept = dep_fr if fr else (f"{dep_en} / {dep_fr}" if bi else dep_en)
    ctext = cls_text("EX", p["level"], cstyle, fr)
    L = (lambda e, f: f if fr else (f"{e} / {f}" if bi else e))
    fields = [(L("Department", "Ministère"), dept),
              (L("Position Title", "Titre du poste"), title),
              (L("Position Number", "Numéro du poste"), p["number"]),
              (L("Group & Level", "Groupe et niveau"), ctext)]
    if p["job_code"]:
        fields.append((L(r.choice(["Job Code", "Position Code", "Job No."]), "Code de l'emploi"), p["job_code"]))
    fields.append((L("Location", "Lieu"), loc))
    eff_label = L("Effective Date", "Date d'entrée en vigueur")
    dtext = date_text(d, dstyle, fr) if d else ""
    fields.append((eff_label, dtext))
    if revised:
        fields.append((L("Original Date", "Date originale"), date_text(p["date"], dstyle, fr) if p["date"] else "—"))
    # supervisor
    s = p["sup"]
    stitle = s["title_fr"] if fr else (f"{s['title']} / {s['title_fr']}" if bi else s["title"])
    sc = cls_text("EX", s["level"], cstyle, fr)
    sup_layout = r.randrange(3)
    sup_num_stated = True
    if sup_layout == 0:
        fields.append((L("Reports to", "Relève de"),
                       f"{stitle} ({sc}), " + ("poste no " if fr else "Position # ") + s["number"]))
    elif sup_layout == 1:
        fields.append((L("Supervisor's Position Title", "Titre du poste du superviseur"), stitle))
        fields.append((L("Supervisor's Position No.", "Numéro du poste du superviseur"), s["number"]))
        fields.append((L("Supervisor's Group/Level", "Groupe/niveau du superviseur"), sc))
    else:
        sup_num_stated = False
        fields.append((L("Reports to", "Relève de"), f"{stitle} ({sc})"))
    out += [("f", a, b) for a, b in fields]
    # sections
    a_txt = p["area"][1] if fr else p["area"][0]
    ga = (T.GA_FR if fr else T.GA_EN).format(t=p["title_fr"] if fr else p["title"], a=a_txt)
    out.append(("h", L("GENERAL ACCOUNTABILITY", "RESPONSABILITÉS GÉNÉRALES")))
    out.append(("p", ga))
    if bi:
        out.append(("p", T.GA_FR.format(t=p["title_fr"], a=p["area"][1])))
    out.append(("h", L("ORGANIZATION STRUCTURE", "STRUCTURE DE L'ORGANISATION")))
    rep_intro = (f"Les postes suivants relèvent du titulaire :" if fr else
                 f"The following positions report to the {p['title']}:")
    out.append(("p", rep_intro))
    rlay = r.randrange(3)
    py = r.choice(["PY", "P.Y.", "person-years", "FTE"]) if not fr else r.choice(["A-P", "années-personnes", "ETP"])
    reps = []
    for x in p["reports"]:
        t = x["title_fr"] if fr else x["title"]
        c = cls_text(x["group"], x["level"], r.randrange(4), fr) if x["group"] != "EX" else cls_text("EX", x["level"], cstyle, fr)
        f = f"{x['fte']} {py}" if x["fte"] is not None else ""
        reps.append((t, c, f))
    if rlay == 0:
        for t, c, f in reps:
            out.append(("b", f"{t} ({c}{', ' + f if f else ''})"))
    elif rlay == 1:
        for t, c, f in reps:
            out.append(("b", f"{c} - {t}" + (f" - {f}" if f else "")))
    else:
        out.append(("t", [("Poste", "Groupe/niveau", "Ressources") if fr else ("Position", "Group/Level", "Resources")]
                    + reps))
    out.append(("h", L("NATURE AND SCOPE", "NATURE ET ÉTENDUE")))
    out.append(("p", T.NS_FR if fr else T.NS_EN))
    out.append(("h", L("DIMENSIONS", "DIMENSIONS")))
    ms = p["mstyle"]
    pylab = L(r.choice(["Person-years", "Human resources", "PYs"]), "Années-personnes")
    out.append(("f", pylab, f"{fte}" + (" PY" if not fr and r.random() < 0.5 else "")))
    out.append(("f", L("Salary", "Traitements"), money_text(sal, ms, fr)))
    out.append(("f", L("O&M", "F et E"), money_text(om, ms, fr)))
    if p["total_stated"]:
        out.append(("f", L("Total", "Total"), money_text(sal + om, ms, fr)))
    hay = r.random() < 0.45
    if hay:
        out.append(("h", L("HAY PLAN EVALUATION", "ÉVALUATION SELON LA MÉTHODE HAY")))
        kh, ps, ac = p["hay"]
        pts = sum(int(x.split()[-1]) for x in (kh, ps, ac))
        out.append(("f", L("Know-How", "Savoir-faire"), kh))
        out.append(("f", L("Problem Solving", "Résolution de problèmes"), ps))
        out.append(("f", L("Accountability", "Responsabilité"), ac))
        out.append(("f", L("Total points", "Total des points"), f"{pts:,}".replace(",", " " if fr else ",")))
    out.append(("h", L("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS SPÉCIFIQUES")))
    for i, s_ in enumerate(T.SA_FR if fr else T.SA_EN, 1):
        out.append(("p", f"{i}. " + s_.format(a=a_txt)))
    people = []
    out.append(("h", L("SIGNATURES", "SIGNATURES")))
    appr = person(r)
    people.append(appr)
    out.append(("f", L("Approved by", "Approuvé par"), appr))
    if r.random() < 0.6:
        cb = person(r)
        people.append(cb)
        out.append(("f", L("Classified by", "Classifié par"), f"{cb}, {date_text(d or dt.date(1999, 3, 3), 5, fr)}"))
    if r.random() < 0.35:
        inc = person(r)
        people.append(inc)
        out.append(("f", L("Incumbent", "Titulaire"), inc))
    info = dict(cstyle=cstyle, dstyle=dstyle, form=form, sup_layout=sup_layout, sup_num_stated=sup_num_stated,
                rlay=rlay, hay=hay, people=people, date=d, salary=sal, om=om, fte=fte, loc=loc)
    return out, info


# ---------------------------------------------------------------- renderers
def plain_lines(m, width=None, pad=False):
    lines = []
    for item in m:
        if item[0] == "h":
            lines += ["", item[1], ""]
        elif item[0] == "f":
            lab = f"{item[1].upper() if pad else item[1]}:"
            lines.append(f"{lab:<34}{item[2]}" if pad else f"{lab} {item[2]}")
        elif item[0] == "b":
            lines.append(f"  - {item[1]}")
        elif item[0] == "t":
            rows = item[1]
            w = [max(len(r_[k]) for r_ in rows) + 3 for k in range(3)]
            for r_ in rows:
                lines.append("  " + "".join(c.ljust(w[k]) for k, c in enumerate(r_)).rstrip())
        else:
            if width:
                lines += textwrap.wrap(item[1], width) or [""]
            else:
                lines.append(item[1])
    return lines


def markdown(m):
    lines = []
    first = True
    for item in m:
        if item[0] == "h":
            lines += ["", ("# " if first else "## ") + item[1], ""]
            first = False
        elif item[0] == "f":
            lines.append(f"**{item[1]}:** {item[2]}  ")
        elif item[0] == "b":
            lines.append(f"* {item[1]}")
        elif item[0] == "t":
            rows = item[1]
            lines.append("")
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|---|---|---|")
            for r_ in rows[1:]:
                lines.append("| " + " | ".join(r_) + " |")
            lines.append("")
        else:
            lines += ["", item[1]]
    return "\n".join(lines).strip() + "\n"


def fixed_docx(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2001-01-01T00:00:00Z<", data)
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def word(m, r):
    d = docx.Document()
    d.core_properties.author = "HR"
    grid = r.random() < 0.5
    table = None
    first = True
    for item in m:
        if item[0] == "h":
            d.add_heading(item[1], level=0 if first else 1)
            first = False
            table = None
        elif item[0] == "f":
            if grid:
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                c = table.add_row().cells
                c[0].text, c[1].text = item[1], item[2]
            else:
                para = d.add_paragraph()
                para.add_run(item[1] + ": ").bold = True
                para.add_run(item[2])
        elif item[0] == "b":
            table = None
            d.add_paragraph(item[1], style="List Bullet")
        elif item[0] == "t":
            table = None
            rows = item[1]
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for r_ in rows:
                cells = t.add_row().cells
                for k in range(3):
                    cells[k].text = r_[k]
        else:
            table = None
            d.add_paragraph(item[1])
    return fixed_docx(d)


def paginate(lines, per, header, footer):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    n = len(pages)
    return [([header, ""] if header else []) + pg + ["", footer(i + 1, n)] for i, pg in enumerate(pages)]


SUBST = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
ACC = str.maketrans("éèêàçôîÉ", "eeeacoiE")


def damage(line, r, s):
    out = []
    for w in line.split(" "):
        if any(ch.isdigit() for ch in w) and r.random() < s * 1.6:
            w = "".join(SUBST.get(ch, ch) if r.random() < 0.5 else (("l" if ch == "1" else ch)) for ch in w)
        elif r.random() < s * 0.5 and len(w) > 3:
            k = r.choice(["m", "e", "li", "cl", "h", "rn"])
            rep = {"m": "rn", "e": "c", "li": "h", "cl": "d", "h": "b", "rn": "m"}[k]
            w = w.replace(k, rep, 1)
        if r.random() < s * 0.6:
            w = w.translate(ACC)
        out.append(w)
    res = ""
    for i, w in enumerate(out):
        res += ("" if i == 0 or r.random() < s * 0.25 else " ") + w
    return res


def ocr_pages(m, r, s, header):
    lines = plain_lines(m, width=None, pad=True)
    wrapped = []
    for ln in lines:
        while len(ln) > 68:
            cut = ln.rfind(" ", 40, 68)
            if cut == -1 or (r.random() < 0.3 and ln[63] != " " and ln[64] != " "):
                cut = 64
                wrapped.append(ln[:cut] + "-")
                ln = ln[cut:]
            else:
                wrapped.append(ln[:cut])
                ln = ln[cut + 1:]
        wrapped.append(ln)
    pages = paginate(wrapped, 48, header, lambda i, n: r.choice([f"Page {i} of {n}", f"- {i} -", f"{i}"]))
    return "\f".join("\n".join(damage(x, r, s) for x in pg) for pg in pages) + "\n"


def pdf_doc(m, header):
    lines = []
    for ln in plain_lines(m, width=95):
        lines += textwrap.wrap(ln, 95) or [""]
    pages = paginate(lines, 62, header, lambda i, n: f"Page {i} of {n}")
    return pdf_bytes(["\n".join(pg) for pg in pages])


def curly(s):
    return s.replace("'", "\u2019") if isinstance(s, str) else s


# ---------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    positions = build_positions()
    rk = random.Random(2011)
    kinds = ["ocr"] * 14 + ["docx"] * 8 + ["pdf"] * 7 + ["text"] * 6 + ["text-cp1252"] * 5 + ["markdown"] * 5
    langs = ["fr"] * 11 + ["bilingual"] * 6 + ["en"] * 28
    rk.shuffle(kinds)
    rk.shuffle(langs)
    # three positions with an older and a revised re-issue
    vkeys = ["HRDC-4", "RC-0", "INAC-3"]
    docs = [(p, None) for p in positions] + [(next(p for p in positions if p["key"] == k), "revised") for k in vkeys]
    by_key = {}
    for i, (p, ver) in enumerate(docs):
        kind, lang = kinds[i], langs[i]
        r = random.Random(201500 + i)
        revised = None
        if ver:
            rv = random.Random(201700 + i)
            base = p["date"] or dt.date(1997, 4, 1)
            revised = dict(date=dt.date(base.year + rv.randint(4, 7), rv.randint(1, 12), rv.randint(1, 28)),
                           salary=p["salary"] + p["unit"] * rv.randint(2, 9), om=p["om"] + p["unit"] * rv.randint(1, 3),
                           fte=p["fte"] + rv.randint(2, 6))
            if p["date"] is None:
                p["date"] = base
        m, info = model(p, lang, r, revised)
        fr = lang == "fr"
        t_disp = p["title_fr"] if fr else p["title"]
        year = (info["date"] or dt.date(2000, 1, 1)).year
        names = [f"Position Description - {t_disp} ({year})", f"PD {p['number']} - {t_disp}",
                 f"{t_disp} - signed", f"Copie de {t_disp}", f"{t_disp} DRAFT", f"{t_disp} (1)",
                 f"JD {t_disp}, {year}", f"Description de fonctions - {t_disp}" if fr else f"{t_disp} - final"]
        stem = r.choice(names)
        if ver:
            stem = f"{t_disp} - REVISED {info['date'].year}" if not fr else f"{t_disp} - révisée {info['date'].year}"
        if kind == "ocr" and r.random() < 0.5:
            stem = r.choice([f"scan_{r.randint(1, 400):04d}", f"img{r.randint(100, 999)} OCR", f"{t_disp} (scanned)"])
        stem = stem.replace("/", "-")
        ext = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
        fname = stem + ext
        while (corpus / fname).exists():
            fname = stem + " (2)" + ext
        header = f"{p['dept'][0]} - {info['form']} - {p['number']}"
        also = {"department": p["dept"][1] if lang != "fr" else p["dept"][2], "form": info["form"],
                "fte": info["fte"], "fte_label": "person-years", "classification_notation": cls_text("EX", p["level"], info["cstyle"], fr),
                "supervisor_layout": ["reports_to_line", "rows", "reports_to_no_number"][info["sup_layout"]],
                "hay_rating": info["hay"]}
        if kind == "ocr":
            s = r.choice([0.05, 0.12, 0.22])
            also["damage"] = {0.05: "light", 0.12: "medium", 0.22: "heavy"}[s]
            data = ocr_pages(m, r, s, header if r.random() < 0.7 else None).encode("utf-8")
        elif kind == "text":
            data = ("\n".join(plain_lines(m, pad=r.random() < 0.5)) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            data = ("\r\n".join(curly(x) for x in plain_lines(m, pad=r.random() < 0.5)) + "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = markdown(m).encode("utf-8")
        elif kind == "docx":
            data = word(m, r)
        else:
            data = pdf_doc(m, header)
        (corpus / fname).write_bytes(data)
        cv = curly if kind == "text-cp1252" else (lambda x: x)
        reps = [dict(title=cv(x["title_fr"] if fr else x["title"]),
                     classification=f"{x['group']}-{x['level']:02d}", fte=x["fte"]) for x in p["reports"]]
        total = info["salary"] + info["om"] if p["total_stated"] else None
        fields = dict(title=cv(t_disp), classification=f"EX-{p['level']:02d}", job_code=p["job_code"],
                      position_number=p["number"], effective_date=info["date"],
                      supervisor=dict(position_number=p["sup"]["number"] if info["sup_num_stated"] else None,
                                      title=cv(p["sup"]["title_fr"] if fr else p["sup"]["title"]),
                                      classification=f"EX-{p['sup']['level']:02d}"),
                      direct_reports=reps, salary=info["salary"], o_and_m=info["om"], total=total,
                      location=cv(info["loc"]))
        ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
        if not info["sup_num_stated"]:
            ns.append("supervisor.position_number")
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if p["sup_in"] is not None:
            also["reports_to_in_corpus"] = p["sup_in"]["key"]
        if revised:
            also["revised_stamp"] = True
            also["original_effective_date"] = p["date"]
        exp = dict(document=fname, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns,
                   also=also, people=info["people"], versions=None)
        by_key.setdefault(p["key"], []).append((fname, exp))
    # resolve supervisor file names and versions
    first_file = {k: v[0][0] for k, v in by_key.items()}
    for k, lst in by_key.items():
        for fname, exp in lst:
            if "reports_to_in_corpus" in exp["also"]:
                sk = exp["also"]["reports_to_in_corpus"]
                exp["also"]["reports_to_in_corpus"] = [f for f, _ in by_key[sk]] if len(by_key[sk]) > 1 else first_file[sk]
            if len(lst) > 1:
                exp["versions"] = dict(documents=[lst[0][0], lst[1][0]], newest=lst[1][0], same_text=False,
                                       note="re-issued with a REVISED stamp: later effective date, higher salary, "
                                            "O&M and person-years; the original date kept as a line")
    allexp = [e for lst in by_key.values() for _, e in lst]
    allexp += refusals(corpus)
    for e in allexp:
        (expected / f"{e['document']}.expected.yaml").write_text(
            yaml.safe_dump(e, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refusals(corpus):
    r = random.Random(201900)
    out = []

    def add(fname, kind, lang, people, note, data):
        (corpus / fname).write_bytes(data)
        out.append(dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                        also=dict(what=note), people=people, versions=None))

    a, b, c = person(r), person(r), person(r)
    txt = (f"CLASSIFICATION COMMITTEE - RECORD OF EVALUATION\n\nDepartment: Indian and Northern Affairs Canada\n"
           f"Position evaluated: Director, Estates Administration   Position No. 47120\nProposed level: EX-1\n"
           f"Date of committee: 1999/02/11\n\nKNOW-HOW        F II 3   528\nPROBLEM SOLVING F4 (57%) 304\n"
           f"ACCOUNTABILITY  F3P      400\nTOTAL POINTS             1232\n\nRationale: the committee agreed the "
           f"position's accountability is comparable to benchmark EX-1-07 (salary budget $1.4 M, 38 PY).\n\n"
           f"Chair: {a}\nMembers: {b}, {c}\n\f- 1 -\n")
    add("Hay eval record 47120 (scan).txt", "ocr", "en", [a, b, c], "classification committee evaluation record",
        damage_all(txt, r))
    d = docx.Document()
    e, f = person(r), person(r)
    d.add_paragraph("Revenu Canada\nOttawa, le 14 septembre 2000")
    d.add_paragraph(f"Madame {e},")
    d.add_paragraph("Objet : Nomination intérimaire - Directeur, Enquêtes spéciales (EX-01)")
    d.add_paragraph("J'ai le plaisir de confirmer votre nomination intérimaire au poste de Directeur, Enquêtes "
                    "spéciales, poste no 30418, du 18 septembre 2000 au 16 mars 2001. La direction compte 52 "
                    "années-personnes et un budget de 2,7 M$.")
    d.add_paragraph(f"Veuillez agréer, Madame, mes salutations distinguées.\n\n{f}\nDirecteur général, "
                    "Vérification et exécution")
    add("Lettre - nomination intérimaire (Enquêtes spéciales).docx", "docx", "fr", [e, f],
        "letter confirming an acting appointment", fixed_docx(d))
    g, h = person(r), person(r)
    md = (f"# Branch Resource Committee - Minutes\n\n**Date:** 1999-03-17  \n**Chair:** {g}  \n**Secretary:** {h}\n\n"
          "## 1. Person-year allocation 1999-2000\n\n| Directorate | PY | Salary ($000) |\n|---|---|---|\n"
          "| Pension Benefit Processing | 64 | 3,120 |\n| Regional Call Centres | 112 | 4,480 |\n"
          "| Client Service Standards | 23 | 1,150 |\n\n## 2. Reclassification of the Director, Program Integrity "
          "position to EX-02\n\nDeferred to the next meeting.\n\n## Action items\n\n* Secretariat to circulate the "
          "revised position descriptions.\n")
    add("Minutes BRC 1999-03-17.md", "markdown", "en", [g, h], "minutes of a branch resource committee",
        md.encode("utf-8"))
    chart = ("FISHERIES AND OCEANS / PECHES ET OCEANS\nORGANIZATION CHART / ORGANIGRAMME\nFisheries Management - 2001\n\n"
             "Assistant Deputy Minister, Fisheries Management (EX-04)\n   |\n   +-- Director General, Fisheries "
             "Management (EX-03)\n         |\n         +-- Executive Director, Groundfish Quota Allocation (EX-02)\n"
             "         +-- Director, Aquaculture Licensing (EX-01)\n         +-- Director, Small Craft Harbours (EX-01)\n"
             "         +-- Director, Habitat Management (EX-01)\n\nAs of 2001-04-01\n")
    add("Organigramme DFO FM 2001.pdf", "pdf", "bilingual", [], "organization chart", pdf_bytes([chart]))
    add("scan0042.pdf", "pdf", "en", [], "scanned pages without a text layer (unreadable)", pdf_bytes(["", "", ""]))
    return out


def damage_all(txt, r):
    return ("\n".join(damage(x, r, 0.12) for x in txt.split("\n"))).encode("utf-8")


if __name__ == "__main__":
    main()
