#!/usr/bin/env python3
"""Writes the blind120 corpus: short position profiles / fiches de poste and generic EX work
descriptions with a position-specific annex or cover page, plus documents to refuse.

    /work/main/.venv/bin/python bench/import/blind120/make_blind.py

Deterministic: fixed seeds, fixed timestamps in the .docx files; the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"
FIXED = dt.datetime(2024, 1, 15, 9, 30, 0)

# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "iso": d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}"}[style]
    m = MONTHS_EN[d.month - 1]
    return {"long": f"{m} {d.day}, {d.year}",
            "ord": f"{m} {ordinal(d.day)}, {d.year}",
            "dmy": f"{d.day} {m} {d.year}",
            "iso": d.isoformat(),
            "abbr": f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
            "ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "dmon": f"{d.day:02d}-{m[:3].upper()}-{d.year}"}[style]


DATE_STYLES = {"en": ["long", "ord", "dmy", "iso", "abbr", "ymd", "dmon"], "fr": ["long", "le", "slash", "iso", "dots"]}


def fmt_cls(cls, style):
    g, lv = cls.rsplit("-", 1)
    return {"std": cls, "space": f"{g} {lv}", "short": f"{g}-{int(lv)}", "run": f"{g}{lv}"}[style]


def _dec(v, unit):
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s if abs(float(s) * unit - v) < 0.5 else None


def fmt_money(v, style, lang):
    """Whole dollars v in a notation; falls back to the full figure when a short one is not exact."""
    if style in ("M", "million") and v < 1_000_000:
        style = "k" if lang == "fr" else "K"
    if lang == "fr":
        full = f"{v:,}".replace(",", " ")
        if style == "M":
            d = _dec(v, 1_000_000)
            if d:
                return d.replace(".", ",") + " M$"
        if style == "k" and v % 1000 == 0:
            return f"{v // 1000:,}".replace(",", " ") + " k$"
        if style == "cents":
            return full + ",00 $"
        if style == "million":
            d = _dec(v, 1_000_000)
            if d:
                return d.replace(".", ",") + (" million $" if float(d) < 2 else " millions $")
        return full + " $"
    if style == "M":
        d = _dec(v, 1_000_000)
        if d:
            return f"${d}M"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "million":
        d = _dec(v, 1_000_000)
        if d:
            return f"${d} million"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


MONEY_STYLES = {"en": ["full", "M", "K", "million", "cents"], "fr": ["full", "M", "k", "cents", "million"]}


def fmt_report(r, style, lang, bil=False):
    t = r["title_fr"] if lang == "fr" else r["title_en"]
    c, n = r["cls"], r["fte"]
    if lang == "fr":
        unit = "ETP"
        if style == 0:
            inner = ", ".join(x for x in [c, f"{n} ETP" if n is not None else None] if x)
            return f"{t} ({inner})" if inner else t
        if style == 1:
            return (f"{c} – " if c else "") + t + (f" ({n} ETP)" if n is not None else "")
        if style == 2:
            return t + (f" ({c})" if c else "") + (f", effectif de {n}" if n is not None else "")
        return t + (f" – {c}" if c else "") + (f" – {n} employé{'s' if n != 1 else ''}" if n is not None else "")
    if style == 0:
        inner = ", ".join(x for x in [c, f"{n} FTE{'s' if n != 1 else ''}" if n is not None else None] if x)
        return f"{t} ({inner})" if inner else t
    if style == 1:
        return (f"{c} - " if c else "") + t + (f" ({n} FTE{'s' if n != 1 else ''})" if n is not None else "")
    if style == 2:
        return t + (f" – {c}" if c else "") + (f" – {n} FTE{'s' if n != 1 else ''}" if n is not None else "")
    if style == 3:
        return t + (f" ({c})" if c else "") + (f", staff of {n}" if n is not None else "")
    return t + (f" [{c}]" if c else "") + (f" ({n} FTE)" if n is not None else "")


# ---------------------------------------------------------------- OCR damage

DIGIT_SUBS = {"0": "O", "1": "Il", "5": "S", "8": "B"}
LETTER_SUBS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("l", "I"), ("i", "l"), ("cl", "d"), ("h", "b"), ("t", "l"),
               ("o", "a"), ("u", "v")]


def ocr_damage(text, strength, rng, protect=()):
    pd = [0.2, 0.4, 0.65][strength]
    pl = [0.02, 0.05, 0.09][strength]
    pr = [0.01, 0.025, 0.05][strength]
    holders = {}
    for i, name in enumerate(sorted(protect, key=len, reverse=True)):
        key = f"\x00{i}\x00"
        holders[key] = name
        text = text.replace(name, key)
    out_lines = []
    for line in text.split("\n"):
        prose = len(line) > 60 or strength == 2
        words = re.split(r"( )", line)
        new = []
        for w in words:
            if "\x00" in w:
                new.append(w)
                continue
            if any(ch.isdigit() for ch in w):
                w = "".join(rng.choice(DIGIT_SUBS[ch]) if ch in DIGIT_SUBS and rng.random() < pd else ch for ch in w)
            elif prose and len(w) > 4 and w.isalpha() and rng.random() < pl:
                a, b = rng.choice(LETTER_SUBS)
                if a in w:
                    k = w.index(a)
                    w = w[:k] + b + w[k + len(a):]
            if w == " " and prose and rng.random() < pr:
                w = ""
            new.append(w)
        out_lines.append("".join(new))
    text = "\n".join(out_lines)
    for key, name in holders.items():
        text = text.replace(key, name)
    return text


def wrap(text, width, rng, hyphen=0.3):
    """Wraps long lines; sometimes a word is cut with a hyphen at the line's end."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(("|", "+")):
            out.append(line)
            continue
        indent = re.match(r"\s*", line).group(0)
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                room = width - len(cur) - 2
                if w.isalpha() and len(w) > 7 and room > 3 and rng.random() < hyphen:
                    cut = min(room, len(w) - 3)
                    out.append(cur + " " + w[:cut] + "-")
                    cur = indent + w[cut:]
                    continue
                out.append(cur)
                cur = indent + w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- rendering blocks
# block kinds: ("title", s) ("h", s) ("p", s) ("kv", [(label, value)]) ("bul", [s]) ("table", header, rows)
# ("lines", [s]) ("break",)

def render_text(blocks, st):
    kvl, hs = st.get("kv", "colon"), st.get("h", "caps")
    out = []
    hn = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper() if st.get("title_caps", True) else b[1], ""]
        elif k == "h":
            hn += 1
            s = b[1]
            out.append({"caps": s.upper(), "colon": s.upper() + ":", "num": f"{hn}. {s}", "plain": s,
                        "under": s + "\n" + "-" * len(s)}[hs])
            if hs in ("plain", "under", "num"):
                out.append("")
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            rows = b[1]
            lay = b[2] if len(b) > 2 and b[2] else kvl
            if lay == "colon":
                out += [f"{a}: {v}" for a, v in rows]
            elif lay == "next":
                for a, v in rows:
                    out += [a, "    " + v]
            elif lay == "dots":
                out += [f"{a} {'.' * max(3, 34 - len(a))} {v}" for a, v in rows]
            elif lay == "tabs":
                out += [f"{a}:\t{v}" for a, v in rows]
            elif lay == "box":
                w1 = max(len(a) for a, _ in rows) + 2
                w2 = max(len(v) for _, v in rows) + 2
                rule = "+" + "-" * w1 + "+" + "-" * w2 + "+"
                out.append(rule)
                for a, v in rows:
                    out.append(f"| {a.ljust(w1 - 1)}| {v.ljust(w2 - 1)}|")
                out.append(rule)
            elif lay == "pairs":
                for i in range(0, len(rows), 2):
                    left = f"{rows[i][0]}: {rows[i][1]}"
                    right = f"{rows[i + 1][0]}: {rows[i + 1][1]}" if i + 1 < len(rows) else ""
                    out.append(((left.ljust(48) if len(left) < 45 else left + "    ") + right).rstrip())
            out.append("")
        elif k == "bul":
            mark = st.get("bullet", "-")
            out += [f"{mark} {s}" for s in b[1]] + [""]
        elif k == "table":
            header, rows = b[1], b[2]
            widths = [max(len(str(r[i])) for r in [header] + rows) + 3 for i in range(len(header))]
            out.append("".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip())
            out += ["".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
            out.append("")
        elif k == "lines":
            out += b[1] + [""]
        elif k == "break":
            out.append("\f")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


def render_md(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "h":
            out += [f"## {b[1]}", ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            if st.get("md_kv") == "table":
                out += ["| | |", "|---|---|"] + [f"| **{a}** | {v} |" for a, v in b[1]]
            else:
                out += [f"*   **{a}:** {v}" for a, v in b[1]]
            out.append("")
        elif k == "bul":
            out += [f"*   {s}" for s in b[1]] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in b[2]]
            out.append("")
        elif k == "lines":
            out += [s + "  " for s in b[1]] + [""]
        elif k == "break":
            out += ["---", ""]
    return "\n".join(out).strip("\n") + "\n"


def render_docx(blocks, st, footer=None):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = st.get("author", "HR Services"), st.get("author", "HR Services")
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == "title":
            if st.get("docx_title") == "bold":
                r = d.add_paragraph().add_run(b[1])
                r.bold, r.font.size = True, Pt(14)
            else:
                d.add_heading(b[1], level=1)
        elif k == "h":
            if st.get("docx_h") == "bold":
                d.add_paragraph().add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            lay = st.get("docx_kv", "table2")
            rows = b[1]
            if lay == "table2":
                t = d.add_table(rows=len(rows), cols=2)
                t.style = "Table Grid"
                for i, (a, v) in enumerate(rows):
                    t.cell(i, 0).text, t.cell(i, 1).text = a, v
            elif lay == "table4":
                n = (len(rows) + 1) // 2
                t = d.add_table(rows=n, cols=4)
                t.style = "Table Grid"
                for i, (a, v) in enumerate(rows):
                    r, c = i // 2, (i % 2) * 2
                    t.cell(r, c).text, t.cell(r, c + 1).text = a, v
            else:
                for a, v in rows:
                    p = d.add_paragraph()
                    p.add_run(a + ": ").bold = True
                    p.add_run(v)
        elif k == "bul":
            for s in b[1]:
                d.add_paragraph(s, style="List Bullet")
        elif k == "table":
            t = d.add_table(rows=len(b[2]) + 1, cols=len(b[1]))
            t.style = "Table Grid"
            for j, c in enumerate(b[1]):
                t.cell(0, j).text = str(c)
            for i, r in enumerate(b[2], 1):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif k == "lines":
            for s in b[1]:
                d.add_paragraph(s)
        elif k == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_from_text(text, footer, rng, width=95, per_page=62):
    pages = []
    for chunk in text.split("\f"):
        lines = wrap(chunk.strip("\n"), width, rng, hyphen=0).split("\n")
        for i in range(0, max(1, len(lines)), per_page):
            pages.append(lines[i:i + per_page])
    n = len(pages)
    out = []
    for i, lines in enumerate(pages, 1):
        tail = ["", f"{footer}    Page {i} of {n}"] if footer else []
        out.append("\n".join(lines + tail))
    return pdf_bytes(out)


def ocr_text(text, rng, strength, layout, header, protect):
    """A scan read back: damage, wrapped lines, page headers/footers; or the whole text on one line."""
    text = ocr_damage(text, strength, rng, protect)
    if layout == "oneline":
        body = " ".join(x.strip() for x in text.replace("\f", "\n").split("\n") if x.strip())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    text = wrap(text, rng.choice([72, 76, 80]), rng, hyphen=0.45)
    pages = [p.strip("\n") for p in text.split("\f")]
    lines_out = []
    pn = 0
    for p in pages:
        lines = p.split("\n")
        for i in range(0, len(lines), 48):
            pn += 1
            if pn > 1:
                lines_out += ["", header if layout == "header" else f"- {pn} -", ""]
            lines_out += lines[i:i + 48]
            if layout == "footer":
                lines_out += ["", f"{header}    Page {pn}"]
    res = "\n".join(lines_out) + "\n"
    if layout == "wrapper":
        res = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + res
    return res


# ---------------------------------------------------------------- positions

def person(rng, lang, used):
    while True:
        if lang == "fr" or (lang == "bilingual" and rng.random() < 0.5):
            n = f"{rng.choice(T.FIRST_FR)} {rng.choice(T.LAST_FR)}"
        else:
            n = f"{rng.choice(T.FIRST_EN)} {rng.choice(T.LAST_EN)}"
        if n not in used:
            used.add(n)
            return n


USED_NAMES: set = set()
SUP_UNITS = [("Strategic Policy and Planning", "Politique stratégique et planification"),
             ("Program Operations", "Opérations des programmes"), ("Regional Operations", "Opérations régionales"),
             ("Corporate Services", "Services ministériels"), ("Client Experience", "Expérience client"),
             ("Compliance and Enforcement", "Conformité et application de la loi")]


def make_reports(rng, level, n, lang_of_titles=None, drop_cls=False, drop_fte=False):
    subs = rng.sample(T.SUBUNITS, n)
    reps = []
    for i, (en, fr) in enumerate(subs):
        if level in ("EX-02", "EX-03") and (i < n - 1 or level == "EX-03"):
            if level == "EX-03" and i == 0 and rng.random() < 0.5:
                te, tf, c, f = f"Executive Director, {en}", f"Directeur exécutif, {fr}", "EX-02", rng.randint(40, 140)
            else:
                te, tf, c, f = f"Director, {en}", f"Directeur, {fr}", "EX-01", rng.randint(12, 70)
        elif rng.random() < 0.2:
            te, tf, c, f = f"Senior Advisor, {en}", f"Conseiller principal, {fr}", rng.choice(["EC-07", "EC-06", "AS-06"]), 1
        else:
            te, tf, c, f = f"Manager, {en}", f"Gestionnaire, {fr}", rng.choice(T.MANAGER_GROUPS), rng.randint(3, 24)
        reps.append({"title_en": te, "title_fr": tf, "cls": None if drop_cls else c, "fte": None if drop_fte else f})
    return reps


def money_for(rng, reps, level):
    staff = sum(r["fte"] or 8 for r in reps) + rng.randint(1, 4)
    salary = round(staff * rng.uniform(88000, 112000), -4)
    om = round(rng.uniform(0.06, 0.35) * salary, -3)
    return int(salary), int(om), int(salary + om), staff


def base_position(key, lang, level, sup_level, dept, city, prov, title_en, title_fr):
    rng = random.Random(f"blind120-{key}")
    p = dict(key=key, lang=lang, level=level, dept=dept, city=city, prov=prov, title_en=title_en,
             title_fr=title_fr, rng=rng)
    p["posno"] = str(rng.randint(10000, 99999)) if rng.random() < 0.7 else str(rng.randint(100000, 999999))
    p["provisional"] = None
    p["eff"] = dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
    n = {"EX-01": rng.randint(2, 5), "EX-02": rng.randint(3, 5), "EX-03": rng.randint(3, 6)}.get(level, 4)
    p["reports"] = make_reports(rng, level, n)
    p["salary"], p["om"], p["total"], p["staff"] = money_for(rng, p["reports"], level)
    p["money_mode"] = rng.choice(["full", "full", "full", "split", "combined"])
    p["fte_stated"] = rng.random() < 0.6
    p["incumbent"] = person(rng, lang, USED_NAMES) if rng.random() < 0.45 else None
    p["signer"] = person(rng, lang, USED_NAMES)
    p["signer2"] = person(rng, lang, USED_NAMES) if rng.random() < 0.4 else None
    p["sup_posno"] = str(rng.randint(10000, 99999)) if rng.random() < 0.75 else None
    p["sup_level"] = sup_level
    return p


def sup_titles(p, rng):
    de = T.DEPTS[p["dept"]]
    if p["sup_level"] == "EX-04":
        b_en = de[2].replace(" Branch", "").replace(" Sector", "")
        b_fr = re.sub(r"^(Direction générale|Secteur) (des |de la |de l'|du )?", "", de[3])
        return f"Assistant Deputy Minister, {b_en}", f"Sous-ministre adjointe, {b_fr[0].upper() + b_fr[1:]}"
    en, fr = rng.choice(SUP_UNITS)
    if p["sup_level"] == "EX-02":
        return f"Executive Director, {en}", f"Directeur exécutif, {fr}"
    return f"Director General, {en}", f"Directeur général, {fr}"


# ---------------------------------------------------------------- labels

LAB = {
    "en": [
        dict(title="Position title", cls="Group and level", job="Job code", pos="Position number", eff="Effective date",
             sup_t="Supervisor's title", sup_c="Supervisor's classification", sup_n="Supervisor's position number",
             loc="Location", dept="Department", reports="Direct reports", dims="Dimensions", inc="Incumbent"),
        dict(title="Title", cls="Classification", job="Generic job no.", pos="Position No.", eff="Date in effect",
             sup_t="Reports to (title)", sup_c="Reports to (group/level)", sup_n="Reports to (position no.)",
             loc="Work location", dept="Organization", reports="Reporting to this position", dims="Resources", inc="Incumbent"),
        dict(title="Working title", cls="Level", job="Job number", pos="Position #", eff="Effective",
             sup_t="Immediate supervisor", sup_c="Supervisor level", sup_n="Supervisor position #",
             loc="Geographic location", dept="Dept.", reports="Direct reports", dims="Key dimensions", inc="Current incumbent"),
    ],
    "fr": [
        dict(title="Titre du poste", cls="Groupe et niveau", job="Code d'emploi", pos="Numéro du poste", eff="Date d'entrée en vigueur",
             sup_t="Titre du supérieur immédiat", sup_c="Classification du supérieur", sup_n="No de poste du supérieur",
             loc="Lieu de travail", dept="Ministère", reports="Subordonnés directs", dims="Ressources", inc="Titulaire"),
        dict(title="Intitulé du poste", cls="Groupe/niveau", job="No de la description générique", pos="No de poste", eff="En vigueur le",
             sup_t="Relève de (titre)", sup_c="Relève de (groupe/niveau)", sup_n="Relève de (no de poste)",
             loc="Emplacement", dept="Organisation", reports="Relèvent du titulaire", dims="Dimensions", inc="Titulaire actuel"),
    ],
}


def du(title):
    t = title.split(",")[0]
    fem = t.startswith(("Directrice", "Sous-ministre adjointe", "Présidente"))
    return ("de la " if fem else "du ") + t[0].lower() + t[1:]


def bil(le, lf):
    return f"{le} / {lf}"


def labels_for(p, rng):
    if p["lang"] == "bilingual":
        a, b = rng.choice(LAB["en"]), rng.choice(LAB["fr"])
        return {k: bil(a[k], b[k]) for k in a}
    return rng.choice(LAB[p["lang"]])


def colon(p):
    return " : " if p["lang"] == "fr" else ": "


def L(p):
    return "fr" if p["lang"] == "fr" else "en"


def T_(p, en, fr):
    return fr if p["lang"] == "fr" else en


def loc_text(p, rng):
    pe, pf = T.PROV[p["prov"]]
    if p["lang"] == "fr":
        return rng.choice([f"{p['city']} ({pf})", f"{p['city']}, {pf}"])
    return rng.choice([f"{p['city']}, {pe}", f"{p['city']} ({pe})", f"{p['city']}, {p['prov']}"])


def money_block(p, rng, lab):
    """Dimensions rows or a line; returns (kind, payload)."""
    lang = L(p)
    ms = rng.choice(MONEY_STYLES[lang])
    f = lambda v: fmt_money(v, ms, lang)  # noqa: E731
    rows = []
    if p["fte_stated"]:
        rows.append((T_(p, "FTEs", "ETP"), str(p["staff"])))
    mode = p["money_mode"]
    if mode in ("full", "split"):
        rows.append((T_(p, "Salary", "Salaires"), f(p["salary"])))
        rows.append((T_(p, rng.choice(["O&M", "Operations and maintenance"]), rng.choice(["F et E", "Fonctionnement et entretien"])), f(p["om"])))
        if mode == "full":
            rows.append((T_(p, "Total", "Total"), f(p["total"])))
    elif mode == "combined":
        rows.append((T_(p, "Salary and O&M budget", "Budget de salaires et de F et E"), f(p["total"])))
    return rows


def reports_blocks(p, rng, lab, style=None):
    lang = L(p)
    rs = rng.randint(0, 4 if lang == "en" else 3)
    style = style or rng.choice(["line", "line", "bullets", "table", "sentence"])
    reps = p["reports"]
    if style == "line":
        return [("p", f"{lab['reports']}{colon(p)}" + "; ".join(fmt_report(r, rs, lang) for r in reps) + ".")]
    if style == "bullets":
        return [("p", f"{lab['reports']}{colon(p).rstrip()}"), ("bul", [fmt_report(r, rs, lang) for r in reps])]
    if style == "table":
        head = [T_(p, "Position", "Poste"), T_(p, "Group/Level", "Groupe et niveau"), T_(p, "FTEs", "ETP")]
        return [("p", f"{lab['reports']}{colon(p).rstrip()}"),
                ("table", head, [[r["title_fr"] if lang == "fr" else r["title_en"], r["cls"] or "", "" if r["fte"] is None else str(r["fte"])] for r in reps])]
    items = [fmt_report(r, 0, lang) for r in reps]
    joined = ", ".join(items[:-1]) + (T_(p, " and ", " et ") if len(items) > 1 else "") + items[-1]
    if lang == "fr":
        return [("p", f"Le titulaire dirige une équipe par l'intermédiaire de {len(reps)} subordonnés directs : {joined}.")]
    return [("p", f"The position leads its team through {len(reps)} direct reports: the {joined}.")]


def supervisor_rows(p, rng, lab, sup_te, sup_tf):
    lang = L(p)
    st = sup_tf if lang == "fr" else sup_te
    cs = rng.choice(["std", "std", "space", "short"])
    mode = rng.choice(["fields", "fields", "line", "sentence"])
    c = fmt_cls(p["sup_level"], cs) if p["sup_level"] else None
    if mode == "fields":
        rows = [(lab["sup_t"], st)]
        if c:
            rows.append((lab["sup_c"], c))
        if p["sup_posno"]:
            rows.append((lab["sup_n"], p["sup_posno"]))
        return "rows", rows
    if mode == "line":
        s = st + (f" ({c})" if c else "") + (T_(p, f", position no. {p['sup_posno']}", f", poste no {p['sup_posno']}") if p["sup_posno"] else "")
        return "rows", [(T_(p, "Reports to", "Relève de") if p["lang"] != "bilingual" else "Reports to / Relève de", s)]
    s = st + (f" ({c})" if c else "") + (T_(p, f" (position {p['sup_posno']})", f" (poste {p['sup_posno']})") if p["sup_posno"] else "")
    return "sentence", T_(p, f"The position reports to the {s}.", f"Le poste relève {du(st)}{s[len(st.split(',')[0]):]}.")


# ---------------------------------------------------------------- profiles

def build_profile(row, variant=None):
    key, lang, kind, dept, level, te, tf, sup_level, city, prov, fname = row
    p = base_position(key, lang, level, sup_level, dept, city, prov, te, tf)
    rng = p["rng"]
    p.update(kind=kind, fname=fname, form="profile", job_code=str(rng.randint(100000, 109999)) if rng.random() < 0.55 else None)
    if key == "p18":
        p["provisional"], p["posno"] = "TBD", None
    if key in ("p05", "p15"):
        p["eff"] = None
    if key == "p11":
        for r in p["reports"]:
            r["fte"] = None
    if key == "p07":
        for r in p["reports"]:
            r["cls"] = None
    if key == "p10":
        p["money_mode"] = "none"
    sup_te, sup_tf = sup_titles(p, rng)
    p["sup_te"], p["sup_tf"] = sup_te, sup_tf
    lab = labels_for(p, rng)
    l2 = L(p)
    de = T.DEPTS[dept]
    title_shown = te if lang != "fr" else tf
    cls_style = rng.choice(["std", "std", "space", "short", "run"])
    rows = []
    if lang == "bilingual":
        rows.append((lab["title"], te))
        rows.append(("French title / Titre en français", tf))
    else:
        rows.append((lab["title"], title_shown))
    rows.append((lab["cls"], fmt_cls(level, cls_style)))
    rows.append((lab["pos"], p["posno"] or p["provisional"]))
    if p["job_code"]:
        rows.append((lab["job"], p["job_code"]))
    rows.append((lab["dept"], de[1] if lang == "fr" else de[0]))
    rows.append((lab["loc"], loc_text(p, rng)))
    if p["eff"]:
        rows.append((lab["eff"], fmt_date(p["eff"], rng.choice(DATE_STYLES[l2]), l2)))
    smode, sup = supervisor_rows(p, rng, lab, sup_te, sup_tf)
    if smode == "rows":
        rows += sup
    if p["incumbent"]:
        rows.append((lab["inc"], p["incumbent"]))
    head = {"en": rng.choice(["Position Profile", "POSITION PROFILE – EXECUTIVE (EX)", "Executive Position Profile", "Position at a Glance"]),
            "fr": rng.choice(["Fiche de poste", "FICHE DE POSTE – CADRE DE DIRECTION (EX)", "Profil de poste", "Fiche signalétique du poste"]),
            "bilingual": "Position Profile / Profil de poste"}[lang]
    blocks = [("title", head)]
    if rng.random() < 0.5:
        blocks.append(("p", de[1] if lang == "fr" else (de[0] if lang == "en" else f"{de[0]} / {de[1]}")))
    blocks.append(("kv", rows))
    unit = (tf if lang == "fr" else te).split(", ", 1)[-1]
    if lang == "fr":
        blocks += [("h", rng.choice(["Raison d'être du poste", "Mandat", "Objet du poste"])),
                   ("p", f"Sous l'autorité {du(sup_tf)}, le titulaire dirige l'unité {unit} et en assure les résultats.")]
        if smode == "sentence":
            blocks.append(("p", sup))
        bullets = rng.sample(T.BULLETS_FR, rng.randint(3, 5))
        blocks += [("h", rng.choice(["Principales responsabilités", "Responsabilités clés", "Activités principales"])),
                   ("bul", [b.format(unit=unit) for b in bullets])]
    else:
        blocks += [("h", rng.choice(["Purpose", "Position purpose", "Mandate"])),
                   ("p", f"Reporting to the {sup_te.split(',')[0]}, the {te.split(',')[0]} leads the {unit} and is accountable for its results.")]
        if lang == "bilingual":
            blocks.append(("p", f"Sous l'autorité {du(sup_tf)}, le titulaire dirige l'unité {tf.split(', ', 1)[-1]}."))
        if smode == "sentence":
            blocks.append(("p", sup))
        bullets = rng.sample(range(len(T.BULLETS_EN)), rng.randint(3, 5))
        blocks += [("h", rng.choice(["Key responsibilities", "Key activities", "Main responsibilities"]) + (" / Responsabilités principales" if lang == "bilingual" else "")),
                   ("bul", [T.BULLETS_EN[i].format(unit=unit) for i in bullets])]
    blocks += reports_blocks(p, rng, lab, style=rng.choice(["line", "line", "line", "table", "sentence"]))
    mrows = money_block(p, rng, lab)
    if mrows:
        if rng.random() < 0.6:
            blocks.append(("p", f"{lab['dims']}{colon(p)}" + " | ".join(f"{a} {v}" for a, v in mrows)))
        else:
            blocks += [("h", lab["dims"]), ("kv", mrows)]
    sig = [T_(p, "Approved by:", "Approuvé par :"), p["signer"],
           T_(p, sup_te, sup_tf) if rng.random() < 0.6 else T_(p, "Director General, Human Resources", "Directrice générale, Ressources humaines")]
    if p["signer2"]:
        sig += [T_(p, "Classified by:", "Classifié par :") + " " + p["signer2"] + T_(p, ", Executive Classification", ", Classification des cadres")]
    if key == "p16" and variant == "draft":
        sig = ["DRAFT – for review"]
    else:
        d2 = p["eff"] or dt.date(2021, 6, 3)
        sig.append(T_(p, "Date: ", "Date : ") + fmt_date(d2 - dt.timedelta(days=rng.randint(5, 40)), "iso", l2))
    blocks.append(("lines", sig))
    p["blocks"] = blocks
    p["people"] = [n for n in [p["incumbent"], p["signer"], p["signer2"]] if n and any(n in str(b) for b in blocks)]
    return p


# ---------------------------------------------------------------- generic + annex / cover

def build_generic(row, variant=None):
    key, fam, lang, kind, form, te, tf, reg_en, reg_fr, city, prov, dept_over, fname = row
    F = T.FAMILIES[fam]
    dept = dept_over or F["dept"]
    p = base_position(key, lang, F["level"], F["sup_level"], dept, city, prov, te, tf)
    rng = p["rng"]
    p.update(kind=kind, fname=fname, form=form, job_code=F["job_code"], family=fam)
    if fam == "F5":
        p["reports"] = make_reports(rng, "EX-01", rng.randint(1, 3))
        for r in p["reports"]:
            r["cls"] = rng.choice(["AU-04", "AU-03", "EC-07", "AS-05"]) if r["cls"] not in ("EC-07", "EC-06") else r["cls"]
        p["salary"], p["om"], p["total"], p["staff"] = money_for(rng, p["reports"], "EX-01")
    if key == "g13" and variant == "revised":
        p["eff"] = dt.date(2023, 9, 18)
        p["reports"].append({"title_en": "Director, Emergency Management", "title_fr": "Directeur, Gestion des urgences", "cls": "EX-01", "fte": 18})
        p["salary"], p["om"] = p["salary"] + 1640000, p["om"] + 210000
        p["total"] = p["salary"] + p["om"]
        p["staff"] += 19
        p["kind"], p["fname"] = "docx", "DER Québec - générique avec annexe - révisée 2023.docx"
    elif key == "g13":
        p["eff"] = dt.date(2019, 4, 1)
    if key in ("g08", "g19"):
        p["eff"] = None
    if key == "g22":
        p["posno"], p["provisional"] = None, "NEW"
    if key == "g04":
        for r in p["reports"]:
            r["fte"] = None
    # supervisor
    if fam == "F5":
        de = T.DEPTS[dept]
        head_en, head_fr = {"CSA": ("President", "Présidente"), "CTA": ("Chair and Chief Executive Officer", "Présidente et première dirigeante"),
                            "ACOA": ("President", "Président"), "WAGE": ("Deputy Minister", "Sous-ministre"),
                            "CNSC": ("President and Chief Executive Officer", "Président et premier dirigeant")}[dept]
        p["sup_te"], p["sup_tf"] = f"{head_en}, {de[0]}", f"{head_fr}, {de[1]}"
    else:
        region_en = reg_en or ""
        p["sup_te"] = F["sup_en"].format(region=region_en)
        p["sup_tf"] = F["sup_fr"].format(region=reg_fr or "")
    lab = labels_for(p, rng)
    l2 = L(p)
    de = T.DEPTS[dept]
    fr = lang == "fr"
    gen_title = F["gen_fr"] if fr else F["gen_en"]
    cls_style = rng.choice(["std", "std", "space", "short"])
    # ---- generic text
    gb = []
    gb.append(("title", T_(p, rng.choice(["Generic Work Description", "Standard Executive Work Description", "GENERIC EX WORK DESCRIPTION"]),
                              rng.choice(["Description de travail générique", "Description de travail type – cadres de direction"]))
                        + (" / Description de travail générique" if lang == "bilingual" else "")))
    if F["dept"] is None:
        gb.append(("p", T_(p, "Standard description for small departments and agencies (Office of the Comptroller General model)",
                              "Description type pour les petits ministères et organismes (modèle du Bureau du contrôleur général)")))
    else:
        gb.append(("p", de[1] if fr else de[0]))
    grows = [(T_(p, "Generic title", "Titre générique") if lang != "bilingual" else "Generic title / Titre générique",
              gen_title if lang != "bilingual" else f"{F['gen_en']} / {F['gen_fr']}"),
             (lab["cls"], fmt_cls(F["level"], cls_style)),
             (lab["job"] if "job" in lab["job"].lower() or "générique" in lab["job"] else T_(p, "Generic No.", "No de générique"), F["job_code"]),
             (lab["pos"], T_(p, rng.choice(["See Annex A", "[see annex]", "Various"]), rng.choice(["Voir l'annexe A", "[voir l'annexe]", "Divers"]))),
             (lab["loc"], T_(p, rng.choice(["Various (see Annex A)", "[Region]", "As per annex"]), rng.choice(["Divers (voir l'annexe A)", "[Région]"])))]
    ex_sup = F["sup_fr" if fr else "sup_en"].format(region=T_(p, "[Region]", "[Région]"))
    if F["sup_level"]:
        grows.append((T_(p, "Reports to", "Relève de"), f"{ex_sup} ({F['sup_level']})"))
    else:
        grows.append((T_(p, "Reports to", "Relève de"), T_(p, "Deputy head", "Administrateur général")))
    if rng.random() < 0.6:
        grows.append((T_(p, "Generic approved", "Générique approuvée"), T_(p, f"Version {rng.randint(2, 4)}, {rng.randint(2012, 2018)}", f"Version {rng.randint(2, 4)}, {rng.randint(2012, 2018)}")))
    gb.append(("kv", grows))
    gb += [("h", T_(p, "General accountability", "Responsabilité générale")), ("p", F["purpose_fr" if fr else "purpose_en"])]
    ex_reps = "; ".join(fmt_report({"title_en": a, "title_fr": b, "cls": c, "fte": n}, 0, l2) for a, b, c, n in F["example_reports"])
    gb += [("h", T_(p, "Organization structure", "Structure organisationnelle")),
           ("p", T_(p, f"The {F['gen_en']} reports to the {ex_sup}. The number and nature of direct reports vary by position and are given in the annex. "
                       f"Typical direct reports (for illustration only): {ex_reps}.",
                       f"Le {F['gen_fr']} relève du {ex_sup}. Le nombre et la nature des subordonnés directs varient selon le poste et sont précisés à l'annexe. "
                       f"Subordonnés types (à titre indicatif seulement) : {ex_reps}."))]
    gb += [("h", T_(p, "Nature and scope", "Nature et étendue")), ("p", T.NATURE_FR if fr else T.NATURE_EN)]
    es, eo = F["example_money"]
    ms = rng.choice(MONEY_STYLES[l2])
    gb += [("h", T_(p, "Dimensions", "Dimensions")),
           ("p", T_(p, f"Dimensions are specific to each position and are stated in the annex. Example (typical position): Salary {fmt_money(es, ms, 'en')}; O&M {fmt_money(eo, ms, 'en')}.",
                       f"Les dimensions sont propres à chaque poste et figurent à l'annexe. Exemple (poste type) : salaires {fmt_money(es, ms, 'fr')}; F et E {fmt_money(eo, ms, 'fr')}."))]
    acts = rng.sample(T.KEY_ACTIVITIES_FR if fr else T.KEY_ACTIVITIES_EN, 5)
    gb += [("h", T_(p, "Key activities", "Activités principales")), ("bul", acts)]
    gen_signer = person(rng, lang, USED_NAMES)
    gb.append(("lines", [T_(p, "Generic approved by:", "Générique approuvée par :"), gen_signer,
                         T_(p, "Director General, Executive Group Services", "Directrice générale, Services aux cadres de direction")]))
    # ---- annex
    ab = []
    if form == "annex":
        ab.append(("title", T_(p, rng.choice(["Annex A – Position-Specific Information", "ANNEX A: POSITION SPECIFICS", "Appendix – Position Details"]),
                                  rng.choice(["Annexe A – Renseignements propres au poste", "ANNEXE A : PARTICULARITÉS DU POSTE"]))
                            + (" / Annexe A – Renseignements propres au poste" if lang == "bilingual" else "")))
    else:
        ab.append(("title", T_(p, rng.choice(["Cover Page – Position-Specific Information", "COVER SHEET"]),
                                  rng.choice(["Page couverture – Renseignements propres au poste", "PAGE COUVERTURE"]))
                            + (" / Page couverture" if lang == "bilingual" else "")))
    arows = []
    if lang == "bilingual":
        arows += [(lab["title"], te), ("French title / Titre en français", tf)]
    else:
        arows.append((lab["title"] if rng.random() < 0.5 else T_(p, "Position title (working title)", "Titre de travail"), tf if fr else te))
    arows.append((lab["pos"], p["posno"] or p["provisional"]))
    if rng.random() < 0.5:
        arows.append((lab["cls"], fmt_cls(F["level"], cls_style) + T_(p, " (as per generic)", " (selon la générique)")))
    if form == "cover" or rng.random() < 0.4:
        arows.append((T_(p, "Generic No.", "No de la générique"), F["job_code"]))
    if F["dept"] is None or rng.random() < 0.3:
        arows.append((lab["dept"], de[1] if fr else de[0]))
    arows.append((lab["loc"], loc_text(p, rng)))
    if p["eff"]:
        arows.append((lab["eff"], fmt_date(p["eff"], rng.choice(DATE_STYLES[l2]), l2)))
    smode, sup = supervisor_rows(p, rng, lab, p["sup_te"], p["sup_tf"])
    if smode == "rows":
        arows += sup
    if p["incumbent"]:
        arows.append((lab["inc"], p["incumbent"]))
    ab.append(("kv", arows))
    if smode == "sentence":
        ab.append(("p", sup))
    ab += reports_blocks(p, rng, lab)
    mrows = money_block(p, rng, lab)
    if mrows:
        if rng.random() < 0.5:
            ab.append(("p", f"{lab['dims']}{colon(p)}" + "; ".join(f"{a} {v}" for a, v in mrows) + "."))
        else:
            ab += [("h", lab["dims"]), ("kv", mrows)]
    ab.append(("p", T_(p, "Position-specific note: " + rng.choice([
        f"the position also leads the region's response to seasonal surges in demand.",
        f"the incumbent co-chairs the regional federal council's committee on service delivery.",
        f"the position is designated bilingual imperative (CBC/CBC)."]),
        "Particularité du poste : " + rng.choice([
            "le titulaire copréside le comité régional des hauts fonctionnaires fédéraux.",
            "le poste est désigné bilingue impératif (CBC/CBC).",
            "le titulaire assure la liaison avec les organisations autochtones de la région."]))))
    sig = [T_(p, "Approved:", "Approbation :"), p["signer"], T_(p, p["sup_te"], p["sup_tf"])]
    if p["signer2"]:
        sig.append(T_(p, "Classification review: ", "Examen de la classification : ") + p["signer2"])
    ab.append(("lines", sig))
    if form == "annex":
        ab.insert(1, ("p", T_(p, f"To be read with generic work description {F['job_code']} ({F['gen_en']}). Where this annex and the generic differ, the annex applies.",
                                 f"À lire avec la description de travail générique {F['job_code']} ({F['gen_fr']}). En cas d'écart, l'annexe prévaut.")))
        blocks = gb + [("break",)] + ab
    else:
        ab.append(("p", T_(p, f"The duties of this position are described in the attached generic work description {F['job_code']}.",
                              f"Les fonctions de ce poste sont décrites dans la description de travail générique {F['job_code']} ci-jointe.")))
        blocks = ab + [("break",)] + gb
    p["blocks"] = blocks
    p["people"] = [n for n in [p["incumbent"], p["signer"], p["signer2"], gen_signer] if n]
    return p


# ---------------------------------------------------------------- writing

def render(p, rng):
    kind, lang = p["kind"], p["lang"]
    de = T.DEPTS[p["dept"]]
    st = dict(kv=rng.choice(["colon", "colon", "next", "dots", "tabs", "box", "pairs"]),
              h=rng.choice(["caps", "colon", "num", "plain", "under"]),
              bullet=rng.choice(["-", "•", "*", "o"]),
              md_kv=rng.choice(["bullets", "table"]),
              docx_kv=rng.choice(["table2", "table2", "table4", "bold"]),
              docx_h=rng.choice(["heading", "bold"]), docx_title=rng.choice(["heading", "bold"]))
    if kind == "ocr" and st["kv"] == "tabs":
        st["kv"] = "colon"
    footer = f"{de[1] if lang == 'fr' else de[0]} – {p['title_fr'] if lang == 'fr' else p['title_en']}"
    if kind == "docx":
        return render_docx(p["blocks"], st, footer=footer if rng.random() < 0.6 else None)
    if kind == "markdown":
        return render_md(p["blocks"], st).encode("utf-8")
    text = render_text(p["blocks"], st)
    if kind == "pdf":
        text = text.replace("\t", "    ")
        return pdf_from_text(text, footer if rng.random() < 0.7 else None, rng)
    if kind == "ocr":
        strength = p.get("strength", rng.choice([0, 0, 1, 1, 2]))
        layout = rng.choice(["oneline", "wrapper", "header", "footer", "plain"])
        p["ocr_layout"], p["strength"] = layout, strength
        return ocr_text(text, rng, strength, layout, footer, p["people"]).encode("utf-8")
    text = text.replace("\f", "\n")
    if kind == "text-cp1252":
        return text.replace("'", "’").replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def truth(p, versions=None):
    lang = p["lang"]
    fr = lang == "fr"
    not_stated = []
    reps = [{"title": r["title_fr"] if fr else r["title_en"], "classification": r["cls"], "fte": r["fte"]} for r in p["reports"]]
    mode = p["money_mode"]
    salary = p["salary"] if mode in ("full", "split") else None
    om = p["om"] if mode in ("full", "split") else None
    total = p["total"] if mode in ("full", "combined") else None
    pe, pf = T.PROV[p["prov"]]
    fields = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["level"],
        "job_code": p["job_code"],
        "position_number": p["posno"],
        "effective_date": p["eff"],
        "supervisor": {"position_number": p["sup_posno"], "title": p["sup_tf"] if fr else p["sup_te"], "classification": p["sup_level"]},
        "direct_reports": reps,
        "salary": salary, "o_and_m": om, "total": total,
        "location": f"{p['city']}, {pf if fr else pe}",
    }
    for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total"):
        if fields[k] is None:
            not_stated.append(k)
    for k in ("position_number", "classification"):
        if fields["supervisor"][k] is None:
            not_stated.append(f"supervisor.{k}")
    de = T.DEPTS[p["dept"]]
    also = {"fte": p["staff"] if p["fte_stated"] else None,
            "operating_budget": p["total"] if mode == "combined" else None,
            "program_budget": None,
            "provisional_number": p["provisional"],
            "department": de[1] if fr else de[0]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if p["form"] != "profile":
        F = T.FAMILIES[p["family"]]
        also["form"] = "generic with " + ("annex" if p["form"] == "annex" else "cover page")
        also["generic_title"] = F["gen_fr"] if fr else F["gen_en"]
    else:
        also["form"] = "position profile"
    return {"document": p["fname"], "kind": p["kind"], "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated, "also": also, "people": p["people"], "versions": versions}


# ---------------------------------------------------------------- refusals

def refusals():
    rng = random.Random("blind120-refusals")
    out = []
    # 1. memo (docx, English)
    n1, n2 = person(rng, "en", USED_NAMES), person(rng, "en", USED_NAMES)
    blocks = [("title", "MEMORANDUM"),
              ("kv", [("To", "Regional Directors General, all regions"), ("From", f"{n1}, Director, Executive Group Services"),
                      ("Date", "March 4, 2024"), ("Subject", "Annexes to the generic Regional Director General work description (102455)")]),
              ("p", "As part of the classification review of the EX cadre, each region is asked to complete Annex A of the generic Regional Director General work description for its own position and return it by April 15, 2024. The generic text itself must not be changed."),
              ("p", "The annex must give the position number, the working title, the location, the supervisor, the direct reports with their group and level and FTEs, and the salary and O&M budgets of the region."),
              ("table", ["Region", "Position No.", "Level", "Annex received"],
               [["Gulf", "41873", "EX-03", "Yes"], ["Quebec", "33190", "EX-03", "No"], ["Pacific", "58224", "EX-03", "No"], ["Arctic", "60917", "EX-03", "Yes"]]),
              ("p", f"Questions may be sent to {n2}, Senior Classification Advisor."),
              ("lines", [n1, "Director, Executive Group Services"])]
    out.append(dict(fname="Memo to RDGs - annexes to generic RDG WD.docx", kind="docx", lang="en",
                    data=render_docx(blocks, dict(docx_kv="table2")), people=[n1, n2], what="memo"))
    # 2. lettre d'offre (pdf, French)
    n3, n4 = person(rng, "fr", USED_NAMES), person(rng, "fr", USED_NAMES)
    text = "\n".join([
        "Services aux Autochtones Canada", "", "Le 12 février 2024", "", f"{n3}", "Gatineau (Québec)", "",
        "Objet : Offre de nomination intérimaire – Directrice exécutive régionale, Ontario (EX-02)", "",
        f"Madame {n3.split()[-1]},", "",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice exécutive régionale, Ontario",
        "(poste no 71204, EX-02), à Toronto (Ontario), du 4 mars 2024 au 3 septembre 2024.",
        "Votre traitement sera fixé dans l'échelle de 148 800 $ à 175 000 $ conformément à la Directive sur les",
        "conditions d'emploi des cadres supérieurs. Vous relèverez de la sous-ministre adjointe, Opérations régionales.", "",
        "Veuillez confirmer votre acceptation en signant la présente lettre et en la retournant d'ici le 23 février 2024.", "",
        "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.", "", n4,
        "Sous-ministre adjointe, Opérations régionales", "", "J'accepte l'offre : ____________________  Date : ________"])
    out.append(dict(fname="Lettre d'offre - intérim DER Ontario (signée).pdf", kind="pdf", lang="fr",
                    data=pdf_bytes([text]), people=[n3, n4], what="letter of offer"))
    # 3. org chart (ocr, bilingual)
    chart = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
             "Parcs Canada Parks Canada ORGANIGRAMME / ORGANIZATION CHART Direction des opérations / Operations Directorate "
             "Executive Director, Mountain Parks EX-O2 | Directeur exécutif, Parcs des montagnes | Field Unit Superintendent, "
             "Banff EX-0I Field Unit Superintendent, Jasper EX-OI Field Unit Superintendent, Yoho and Kootenay EX-0l | "
             "Manager, Business Services AS-O6 Manager, Asset Management EN-ENG-O5 | Mise à jour / Updated: 2O23-11-O2 "
             "Page I de/of I\n")
    out.append(dict(fname="Organigramme - Org chart Mountain Parks 2023 (scan).txt", kind="ocr", lang="bilingual",
                    data=chart.encode("utf-8"), people=[], what="organization chart"))
    # 4. minutes (cp1252 text, English)
    n5, n6, n7 = (person(rng, "en", USED_NAMES) for _ in range(3))
    mins = "\n".join([
        "EXECUTIVE CLASSIFICATION COMMITTEE – RECORD OF DECISION", "Meeting of June 6, 2024, 10:00 to 11:30, Room 4B-112 and MS Teams", "",
        f"Present: {n5} (Chair), {n6}, {n7}", "",
        "1. Generic Director, Service Delivery (105221), EX-01",
        "   The committee reviewed the annexes submitted for Sudbury, Saguenay and Kelowna. The annexes are consistent",
        "   with the generic; the Kelowna annex must add the FTEs of each direct report. Decision: approved, EX-01,",
        "   effective on signature.",
        "2. Field Unit Superintendent generic (103311)",
        "   The generic's dimensions section still gives an example budget; members agreed it should say 'see annex'.",
        "   Action: Executive Group Services to revise by September 2024.",
        "3. Chief Audit Executive standard description (100742)",
        "   Deferred to the next meeting.", "",
        f"Next meeting: September 12, 2024. Recorded by {n7}.", ""])
    out.append(dict(fname="ECC record of decision 2024-06-06.txt", kind="text-cp1252", lang="en",
                    data=mins.replace("'", "’").replace("\n", "\r\n").encode("cp1252"), people=[n5, n6, n7], what="minutes"))
    # 5. scanned fiche without a text layer (pdf)
    out.append(dict(fname="Fiche de poste - numérisation 2022-11-14.pdf", kind="pdf", lang="fr",
                    data=pdf_bytes(["", ""]), people=[], what="PDF without a text layer"))
    return out


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    docs = []
    for row in T.PROFILES:
        if row[0] == "p16":
            snap = set(USED_NAMES)
            docs.append(build_profile(row, variant="draft"))
            USED_NAMES.clear()
            USED_NAMES.update(snap)
            q = build_profile(row, variant="signed")
            q["kind"], q["fname"] = "pdf", "Director Mission Security Ops - position profile - signed.pdf"
            docs.append(q)
        else:
            docs.append(build_profile(row))
    for row in T.GENERICS:
        if row[0] == "g13":
            snap = set(USED_NAMES)
            docs.append(build_generic(row))
            USED_NAMES.clear()
            USED_NAMES.update(snap)
            docs.append(build_generic(row, variant="revised"))
        else:
            docs.append(build_generic(row))
    versions = {
        "p16": {"documents": ["Director Mission Security Ops - position profile DRAFT.docx",
                              "Director Mission Security Ops - position profile - signed.pdf"],
                "newest": "Director Mission Security Ops - position profile - signed.pdf", "same_text": False,
                "note": "the signed PDF adds the signatures; the fields are the same"},
        "g13": {"documents": ["DER Québec - générique avec annexe 2019.txt", "DER Québec - générique avec annexe - révisée 2023.docx"],
                "newest": "DER Québec - générique avec annexe - révisée 2023.docx", "same_text": False,
                "note": "the 2023 revision adds a director and changes the date, FTEs and money"},
    }
    for p in docs:
        rng = random.Random(f"render-{p['fname']}")
        data = render(p, rng)
        (CORPUS / p["fname"]).write_bytes(data)
        t = truth(p, versions.get(p["key"]))
        if p["kind"] == "ocr":
            t["also"]["ocr_strength"] = ["light", "middling", "heavy"][p["strength"]]
            t["also"]["ocr_layout"] = p["ocr_layout"]
        write_expected(t)
    for r in refusals():
        (CORPUS / r["fname"]).write_bytes(r["data"])
        write_expected({"document": r["fname"], "kind": r["kind"], "language": r["lang"], "outcome": "refuse",
                        "fields": None, "not_stated": [], "also": {"what": r["what"]}, "people": r["people"], "versions": None})


def write_expected(t):
    text = yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120)
    (EXPECTED / f"{t['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
