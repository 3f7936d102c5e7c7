#!/usr/bin/env python3
"""Generate the blind33 corpus: work descriptions (mostly French) and documents to refuse, with
ground truth. Deterministic: every choice comes from random.Random seeded by the position's key,
.docx archives are written with fixed timestamps.

    /work/main/.venv/bin/python bench/import/blind33/make_blind.py
"""
from __future__ import annotations

import io
import random
import re
import sys
import unicodedata
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "tests"))
from import_files import pdf_bytes  # noqa: E402
from positions import POSITIONS  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
PROV_FR = {"QC": ["(Québec)", "(Qc)", ", Québec", " QC"], "NB": ["(Nouveau-Brunswick)", "(N.-B.)", ", N.-B.", ", Nouveau-Brunswick"],
           "ON": ["(Ontario)", "(Ont.)", ", Ontario", " ON"], "MB": ["(Manitoba)", "(Man.)", ", Manitoba", " MB"]}
PROV_EN = {"QC": ["(Quebec)", ", Quebec", ", QC"], "NB": ["(New Brunswick)", ", N.B.", ", NB"],
           "ON": [", Ontario", " (Ontario)", ", ON"], "MB": [", Manitoba", " (Manitoba)", ", MB"]}


# --- value notations ----------------------------------------------------------------------------

def fmt_date(iso: str, lang: str, rng: random.Random) -> str:
    d = date.fromisoformat(iso)
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {MOIS[d.month - 1]} {d.year}", f"le {day} {MOIS[d.month - 1]} {d.year}", d.isoformat(),
                           f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                           f"{day} {MOIS[d.month - 1][:4].rstrip('.')}. {d.year}" if len(MOIS[d.month - 1]) > 4 else f"{day} {MOIS[d.month - 1]} {d.year}"])
    return rng.choice([f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(),
                       f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"])


def fmt_cls(c: str, rng: random.Random) -> str:
    if not c.startswith("EX-"):
        return c
    n = c[3:]
    return rng.choice([c, f"EX {n}", f"EX-{int(n)}", f"EX{n}", c])


def _sp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_amount(n: int, lang: str, rng: random.Random) -> str:
    options = []
    if lang == "fr":
        options += [f"{_sp(n, ' ')} $", f"{_sp(n, chr(160))} $", f"{_sp(n, ' ')},00 $", f"{_sp(n, '.')} $"]
        if n % 10000 == 0:
            m = f"{n / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            options += [f"{m} M$", f"{m} millions $", f"{m} M $"]
        if n % 1000 == 0 and n < 10_000_000:
            options.append(f"{_sp(n // 1000, ' ')} k$")
    else:
        options += [f"${n:,}", f"${n:,}.00", f"$ {n:,}"]
        if n % 10000 == 0:
            m = f"{n / 1e6:.2f}".rstrip("0").rstrip(".")
            options += [f"${m}M", f"${m} million", f"${m} M"]
        if n % 1000 == 0 and n < 5_000_000:
            options.append(f"${n // 1000:,}K")
    return rng.choice(options)


def fmt_fte(n: int, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        return rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} années-personnes", f"{n} équivalents temps plein", f"{n} a.-p.",
                           f"{n} employés", f"{n} ETP"])
    return rng.choice([f"{n} FTEs", f"staff of {n}", f"{n} PYs", f"{n} employees", f"{n} FTE"])


def fmt_loc(city: str, prov: str, lang: str, rng: random.Random) -> str:
    p = rng.choice((PROV_FR if lang == "fr" else PROV_EN)[prov])
    return f"{city} {p}" if p.startswith("(") else f"{city}{p}"


# --- the document, as blocks -----------------------------------------------------------------------

def build(pos, lang: str, rng: random.Random, style: dict, people: list[str]) -> list[tuple]:
    """Blocks of one language copy: ('field', label, value), ('head', text), ('para', text),
    ('list', [items]), ('table', header, rows), ('sig', text)."""
    key, _, dept, city, prov, title, cls, job, num, eff, sup, reports, sal, om, total, theme, fte_total = pos
    fr = lang == "fr"
    i = 0 if fr else 1
    form = style["form_fr"] if fr else style["form_en"]
    t = title[i]
    blocks: list[tuple] = []
    blocks.append(("banner", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)" if fr else "EXECUTIVE GROUP WORK DESCRIPTION"))
    if style["cls_in_title"]:
        blocks.append(("field", form["title"], f"{t} ({fmt_cls(cls, rng)})"))
    else:
        blocks.append(("field", form["title"], t))
        blocks.append(("field", form["cls"], fmt_cls(cls, rng)))
    if job:
        blocks.append(("field", form["job"], job))
    blocks.append(("field", form["pos"], num))
    blocks.append(("field", form["date"], fmt_date(eff, "fr" if fr else "en", rng)))
    blocks.append(("field", form["dept"], dept[i] or dept[1 - i]))
    loc = fmt_loc(city, prov, "fr" if fr else "en", rng)
    if style["loc_at_end"] is False:
        blocks.append(("field", form["loc"], loc))
    snum, stitle_fr, stitle_en, scls = sup
    stitle = stitle_fr if fr else stitle_en
    if style["sup_sentence"]:
        if fr:
            s = f"Le titulaire relève du {stitle} ({fmt_cls(scls, rng)})" if stitle[0] in "DSV" else f"Le titulaire relève de la {stitle} ({fmt_cls(scls, rng)})"
            s = s.replace("du Directrice", "de la Directrice").replace("du Sous-ministre adjointe", "de la Sous-ministre adjointe")
            if style["sup_num"]:
                s += f", poste no {snum}"
        else:
            s = f"Reports to the {stitle} ({fmt_cls(scls, rng)})" + (f", position {snum}" if style["sup_num"] else "")
        blocks.append(("field", "Rapport hiérarchique" if fr else "Reporting relationship", s + "."))
    else:
        if style["sup_num"]:
            blocks.append(("field", form["sup_pos"], snum))
        blocks.append(("field", form["sup_title"], stitle))
        blocks.append(("field", form["sup_cls"], fmt_cls(scls, rng)))
    heads = list(form["heads"])
    if style["csr"]:
        heads[0] = "Résultats axés sur le service à la clientèle" if fr else "Client Service Results"
        heads[4] = "Activités principales" if fr else "Key Activities"
    ga_fr, ga_en = T.THEMES[theme]
    sections = {
        0: [("para", (f"Le {t.split(',')[0].lower()} est chargé de {ga_fr}." if fr else f"The {t.split(',')[0].lower()} is accountable to {ga_en}."))],
        1: [("para", (f"Le poste est l'un des postes de direction relevant du poste de {stitle.split(',')[0].lower()}. Les postes suivants relèvent du titulaire :"
                      if fr else f"The position is one of the senior positions reporting to the {stitle.split(',')[0]}. Reporting to the incumbent are:"))]
           + report_blocks(reports, lang, rng, style),
        2: [("para", " ".join(rng.sample(T.NATURE_FR if fr else T.NATURE_EN, 3)))],
        3: dims_blocks(sal, om, total, fte_total, lang, rng),
        4: [("list", rng.sample(T.ACTIVITIES_FR if fr else T.ACTIVITIES_EN, 4))],
    }
    for n, k in enumerate(style["order"]):
        blocks.append(("head", heading(heads[k], n, style)))
        blocks += sections[k]
    if style["loc_at_end"]:
        blocks.append(("field", form["loc"], loc))
    if people:
        if fr:
            blocks += [("sig", f"Titulaire : {people[0]}"), ("sig", f"Signature du gestionnaire : {people[1]}    Date : {fmt_date('2024-02-12', 'fr', rng) if False else '____'}")]
        else:
            blocks += [("sig", f"Incumbent: {people[0]}"), ("sig", f"Approved by: {people[1]}, {stitle}")]
    return blocks


def heading(text: str, n: int, style: dict) -> str:
    h = text.upper() if style["caps"] else text
    num = style["numbering"]
    prefix = {"none": "", "num": f"{n + 1}. ", "alpha": f"{'ABCDE'[n]}. ", "roman": f"{['I', 'II', 'III', 'IV', 'V'][n]}. ", "paren": f"{n + 1}) "}[num]
    return prefix + h + (":" if style["colon"] else "")


def report_blocks(reports, lang, rng, style) -> list[tuple]:
    fr = lang == "fr"
    i = 0 if fr else 1
    kind = style["reports"]
    items = []
    for r in reports:
        t, c, n = r[i], r[2], r[3]
        cc = fmt_cls(c, rng) if c else None
        f = fmt_fte(n, lang, rng) if not style["nocount"] else None
        if kind == "list":
            items.append(f"{t}" + (f" ({cc})" if cc else "") + (f" – {f}" if f else ""))
        elif kind == "clsfirst":
            items.append((f"{cc} – " if cc else "") + t + (f" ({f})" if f else ""))
        elif kind == "prose":
            items.append(t + (f" ({cc})" if cc else "") + (f", {f}" if f else ""))
    if kind == "table":
        head = ["Titre du poste", "Groupe-niveau", "ETP"] if fr else ["Position Title", "Group/Level", "FTEs"]
        if style["nocount"]:
            head = head[:2]
        rows = [[r[i], r[2] or ""] + ([str(r[3])] if not style["nocount"] else []) for r in reports]
        return [("table", head, rows)]
    if kind == "prose":
        return [("para", "; ".join(items[:-1]) + (" et " if fr else " and ") + items[-1] + ".")]
    return [("list", items)]


def dims_blocks(sal, om, total, fte, lang, rng) -> list[tuple]:
    fr = lang == "fr"
    labels = rng.choice([("Salaires", "Fonctionnement et entretien (F et E)", "Total"), ("Traitements et salaires", "F et E", "Budget total"),
                         ("Budget salarial", "Autres coûts de fonctionnement", "Total des ressources")]) if fr else \
        rng.choice([("Salary", "O&M", "Total"), ("Salary budget", "Operating and maintenance", "Total budget"), ("Salaries", "Non-salary O&M", "Total")])
    out = [("field", labels[0], fmt_amount(sal, lang, rng)), ("field", labels[1], fmt_amount(om, lang, rng))]
    if total is not None:
        out.append(("field", labels[2], fmt_amount(total, lang, rng)))
    out.append(("field", "Effectif total" if fr else "Total staff", fmt_fte(fte, lang, rng)))
    return out


# --- damage for scans --------------------------------------------------------------------------------

def strip_accents(s: str, rng: random.Random, share: float) -> str:
    out = []
    for ch in s:
        base = unicodedata.normalize("NFD", ch)
        if len(base) > 1 and rng.random() < share:
            out.append(base[0])
        else:
            out.append(ch)
    return "".join(out)


def ocr_words(s: str, rng: random.Random) -> str:
    def w(m):
        word = m.group(0)
        if len(word) > 5 and rng.random() < 0.06:
            return rng.choice([word.replace("m", "rn", 1), word.replace("d", "cl", 1), word.replace("e", "c", 1), word.replace("l", "I", 1)])
        return word
    return re.sub(r"[a-zà-ÿ]{6,}", w, s)


def wrap(line: str, width: int, rng: random.Random, hyphenate: bool) -> list[str]:
    out, cur = [], ""
    for word in line.split(" "):
        if len(cur) + len(word) + 1 > width and cur:
            if hyphenate and len(word) > 7 and word.isalpha() and rng.random() < 0.5:
                cut = len(word) // 2
                out.append(cur + " " + word[:cut] + "-")
                cur = word[cut:]
                continue
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return out


def damage_value(v: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        return re.sub(r"(EX[- ]?)0", r"\1O", v, count=1)
    if r < 0.4:
        return re.sub(r"20(\d)(\d)", lambda m: "2O" + m.group(1) + m.group(2), v, count=1)
    if r < 0.5:
        return re.sub(r"1(\d)", r"l\1", v, count=1)
    return v


# --- rendering -------------------------------------------------------------------------------------

def text_lines(blocks, style, rng) -> list[str]:
    lines = []
    sep = style["sep"]
    for b in blocks:
        if b[0] == "banner":
            lines += [b[1], ""]
        elif b[0] == "field":
            if style["over"]:
                lines += [b[1] + (":" if style["colon"] else ""), b[2], ""]
            else:
                lines.append(f"{b[1]}{sep}{b[2]}")
        elif b[0] == "head":
            lines += ["", b[1], ""]
        elif b[0] == "para":
            lines += [b[1], ""]
        elif b[0] == "list":
            lines += [f"{style['bullet']} {x}" for x in b[1]] + [""]
        elif b[0] == "table":
            widths = [max(len(r[j]) for r in [b[1]] + b[2]) + 3 for j in range(len(b[1]))]
            if style["pipe"]:
                lines += ["| " + " | ".join(b[1]) + " |"] + ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
            else:
                lines += ["".join(c.ljust(wd) for c, wd in zip(b[1], widths)).rstrip()] + \
                         ["".join(c.ljust(wd) for c, wd in zip(r, widths)).rstrip() for r in b[2]] + [""]
        elif b[0] == "sig":
            lines.append(b[1])
    return lines


def render_ocr(blocks, style, rng, dept_line) -> str:
    lines = text_lines(blocks, style, rng)
    out = []
    for ln in lines:
        if style["damage_values"] and re.search(r"EX|20\d\d", ln) and rng.random() < 0.5:
            ln = damage_value(ln, rng)
        if len(ln) > 40 and not ln.startswith("|"):
            ln = ocr_words(ln, rng)
        out += wrap(ln, style["width"], rng, True) if ln else [""]
    if style["accents"]:
        out = [strip_accents(x, rng, style["accents"]) for x in out]
    pages, page, n = [], [], 1
    for ln in out:
        page.append(ln)
        if len(page) >= style["page_len"]:
            pages.append(page)
            page = []
    pages.append(page)
    total = len(pages)
    text = []
    for n, p in enumerate(pages, 1):
        if style["header"]:
            text += [dept_line, ""]
        text += p
        text += ["", style["footer"].format(n=n, t=total), ""]
    body = "\n".join(text)
    if style["one_run"]:
        body = "--- Full Extracted Text ---\n" + re.sub(r"\s*\n\s*", " ", body)
    return body + "\n"


def render_docx(blocks, style) -> bytes:
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = datetime(2020, 1, 1)
    cp.revision = 1
    fields = []

    def flush():
        if not fields:
            return
        tab = doc.add_table(rows=0, cols=2)
        tab.style = "Table Grid"
        for lab, val in fields:
            row = tab.add_row().cells
            row[0].text, row[1].text = lab, val
            if style["bold"]:
                for r in row[0].paragraphs[0].runs:
                    r.bold = True
        doc.add_paragraph("")
        fields.clear()

    for b in blocks:
        if b[0] == "field" and style["docx"] == "table":
            fields.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "banner":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == "field":
            if style["docx"] == "over":
                p = doc.add_paragraph()
                p.add_run(b[1] + (":" if style["colon"] else "")).bold = True
                doc.add_paragraph(b[2])
            else:
                p = doc.add_paragraph()
                p.add_run(b[1] + " :" if style["lang"] == "fr" else b[1] + ":").bold = True
                p.add_run(" " + b[2])
        elif b[0] == "head":
            if style["heading_style"]:
                doc.add_heading(b[1], level=2)
            else:
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
        elif b[0] == "para":
            doc.add_paragraph(b[1])
        elif b[0] == "list":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "table":
            tab = doc.add_table(rows=1, cols=len(b[1]))
            tab.style = "Table Grid"
            for c, h in zip(tab.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = tab.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
            doc.add_paragraph("")
        elif b[0] == "sig":
            doc.add_paragraph(b[1])
    flush()
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2020-01-01T00:00:00Z<", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()


def render_pdf(blocks, style, rng, footer) -> bytes:
    lines = []
    for ln in text_lines(blocks, style, rng):
        lines += wrap(ln, 95, rng, False) if ln else [""]
    pages = [lines[k:k + 62] for k in range(0, len(lines), 62)]
    return pdf_bytes(["\n".join(p + ["", footer.format(n=n, t=len(pages))]) for n, p in enumerate(pages, 1)])


# --- per position -----------------------------------------------------------------------------------

FORMATS = ["ocr", "docx", "pdf", "ocr", "text", "docx", "ocr", "pdf", "text", "docx", "ocr"]


def style_for(idx: int, pos, rng: random.Random) -> dict:
    lang = pos[1]
    fmt = FORMATS[idx % len(FORMATS)]
    s = dict(fmt=fmt, lang="fr" if lang != "en" else "en",
             form_fr=T.FORMS_FR[idx % len(T.FORMS_FR)], form_en=T.FORMS_EN[idx % len(T.FORMS_EN)],
             cls_in_title=rng.random() < 0.2, loc_at_end=rng.random() < 0.25, sup_sentence=rng.random() < 0.25,
             sup_num=rng.random() < 0.8, csr=rng.random() < 0.2,
             order=rng.choice([[0, 1, 2, 3, 4], [0, 2, 1, 3, 4], [0, 1, 3, 2, 4], [0, 4, 1, 2, 3], [0, 3, 1, 2, 4]]),
             caps=rng.random() < 0.5, numbering=rng.choice(["none", "num", "alpha", "roman", "paren"]), colon=rng.random() < 0.5,
             reports=rng.choice(["list", "clsfirst", "prose", "table", "list"]), nocount=rng.random() < 0.1,
             over=rng.random() < 0.3, sep=rng.choice([": ", " : ", ":\t", " :  "]), bullet=rng.choice(["-", "•", "*", "o"]),
             pipe=rng.random() < 0.5, docx=rng.choice(["table", "bold", "over", "table"]), bold=rng.random() < 0.7,
             heading_style=rng.random() < 0.4, accents=0.0, damage_values=False, width=rng.choice([64, 72, 80]),
             page_len=rng.choice([38, 46, 55]), header=rng.random() < 0.6, one_run=False,
             footer=rng.choice(["Page {n} de {t}", "- {n} -", "{n}/{t}", "Page {n} of {t}", "PROTÉGÉ A – page {n}"]),
             bilingual=rng.choice(["side", "copies", "side"]))
    if fmt == "ocr":
        s["accents"] = rng.choice([1.0, 0.5, 0.3, 0.0])
        s["damage_values"] = rng.random() < 0.6
        s["one_run"] = rng.random() < 0.25
    if fmt == "docx" and s["reports"] == "prose":
        s["reports"] = "table"
    return s


def side_by_side(fr_blocks, en_blocks) -> list[tuple]:
    """Bilingual form: fields 'Label FR / Label EN: value' (values given once, titles in both)."""
    out = []
    en_fields = [b for b in en_blocks if b[0] == "field"]
    fr_fields = [b for b in fr_blocks if b[0] == "field"]
    header = [b for b in fr_blocks if b[0] != "field" or b[1] in ()]
    for f, e in zip(fr_fields, en_fields):
        val = f[2] if f[2] == e[2] or re.fullmatch(r"[\d\s.,$MkK/\-A-Z]+", f[2] or "") else f"{f[2]} / {e[2]}"
        out.append(("field", f"{f[1]} / {e[1]}", val))
    rest_fr = [b for b in fr_blocks if b[0] not in ("field", "banner")]
    rest_en = [b for b in en_blocks if b[0] not in ("field", "banner")]
    return [("banner", "DESCRIPTION DE TRAVAIL / WORK DESCRIPTION")] + out[:len(out)] + rest_fr + rest_en


def names_for(rng: random.Random) -> list[str]:
    return [f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" for _ in range(2)]


def make_position(idx: int, pos) -> tuple[str, bytes, dict]:
    key, lang, dept, city, prov, title, cls, job, num, eff, sup, reports, sal, om, total, theme, fte_total = pos
    assert total is None or sal + om == total, key
    rng = random.Random(zlib.crc32(key.encode()))
    style = style_for(idx, pos, rng)
    people = names_for(rng) if rng.random() < 0.7 else []
    if lang == "bilingual":
        st_fr, st_en = dict(style), dict(style)
        # the same form, both label sets: fix the notations by drawing each copy from the same seed
        fr_b = build(pos, "fr", random.Random(zlib.crc32(key.encode()) + 1), st_fr, people)
        en_b = build(pos, "en", random.Random(zlib.crc32(key.encode()) + 1), st_en, people)
        if style["bilingual"] == "side":
            bi = T.BI_LABELS
            st = dict(style, form_fr={**style["form_fr"], **{k: v[0] for k, v in bi.items()}},
                      form_en={**style["form_en"], **{k: v[1] for k, v in bi.items()}}, cls_in_title=False, sup_sentence=False)
            fr_b = build(pos, "fr", random.Random(7), st, people)
            en_b = build(pos, "en", random.Random(7), st, people)
            blocks = side_by_side(fr_b, en_b)
        else:
            blocks = en_b + [("head", "— VERSION FRANÇAISE —")] + fr_b
    else:
        blocks = build(pos, lang, rng, style, people)
    fmt = style["fmt"]
    dept_line = (dept[0] or dept[1]) + ("  |  Description de travail EX" if lang != "en" else "  |  EX Work Description")
    stem = f"{key} - {title[1] if lang == 'en' else title[0]}".replace("/", "-")[:80].rstrip(" ,.")
    if fmt == "ocr":
        name, data = f"{stem} (scan).txt", render_ocr(blocks, style, rng, dept_line).encode("utf-8")
    elif fmt == "text":
        body = "\n".join(text_lines(blocks, style, rng)) + "\n"
        if rng.random() < 0.5:
            name, data = f"{stem}.txt", body.replace("\n", "\r\n").encode("cp1252", "replace")
        else:
            name, data = f"{stem}.txt", body.encode("utf-8")
    elif fmt == "docx":
        name, data = f"{stem}.docx", render_docx(blocks, style)
    else:
        name, data = f"{stem}.pdf", render_pdf(blocks, style, rng, style["footer"])
    # ground truth
    shown = {b[1]: b[2] for b in blocks if b[0] == "field"}
    stated_sup_num = style["sup_num"] or False
    if lang == "bilingual" and style["bilingual"] == "side":
        stated_sup_num = style["sup_num"]
    tt = [title[1], title[0]] if lang == "bilingual" else (title[1] if lang == "en" else title[0])
    stt = [sup[2], sup[1]] if lang == "bilingual" else (sup[2] if lang == "en" else sup[1])
    drs = [{"title": [r[1], r[0]] if lang == "bilingual" else (r[1] if lang == "en" else r[0]),
            "classification": r[2], "fte": None if style["nocount"] else r[3]} for r in reports]
    fields = {"title": tt, "classification": cls, "job_code": job, "position_number": num, "effective_date": date.fromisoformat(eff),
              "supervisor": {"position_number": sup[0] if stated_sup_num else None, "title": stt, "classification": sup[3]},
              "direct_reports": drs, "salary": sal, "o_and_m": om, "total": total, "location": f"{city}, {prov}"}
    not_stated = [k for k in ("job_code", "total") if fields[k] is None] + ([] if stated_sup_num else ["supervisor.position_number"])
    kind = {"ocr": "ocr", "text": "text", "docx": "docx", "pdf": "pdf"}[fmt]
    if kind == "text" and data.count(b"\r\n"):
        kind = "text-cp1252"
    truth = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields, "not_stated": not_stated,
             "also": {"fte": fte_total, "layout": describe(style, lang)}, "people": people}
    return name, data, truth


def describe(style, lang) -> str:
    parts = [style["fmt"]]
    if lang == "bilingual":
        parts.append("bilingual " + style["bilingual"])
    parts.append("labels over values" if style["over"] else "label: value")
    if style["fmt"] == "docx":
        parts.append("docx " + style["docx"])
    if style["csr"]:
        parts.append("client service results template")
    parts.append("reports " + style["reports"] + (" without counts" if style["nocount"] else ""))
    if style["sup_sentence"]:
        parts.append("supervisor in a sentence")
    if style["fmt"] == "ocr":
        parts.append(f"accents lost {int(style['accents'] * 100)} %" + (", values damaged" if style["damage_values"] else "")
                     + (", one run" if style["one_run"] else ""))
    return "; ".join(parts)


# --- documents to refuse ------------------------------------------------------------------------------

def refusals() -> list[tuple[str, bytes, dict]]:
    out = []
    memo = """NOTE DE SERVICE

DESTINATAIRE : Tous les gestionnaires, Région du Québec
EXPÉDITEUR : Directrice générale régionale, Services aux citoyens
OBJET : Processus de nomination – poste de directeur régional, Opérations des prestations (EX-02)
DATE : le 3 mars 2019

Veuillez noter qu'un processus de sélection interne sera lancé sous peu pour doter le poste de
directeur régional, Opérations des prestations (EX-02), à Québec. Les personnes intéressées
devront soumettre leur curriculum vitae et une lettre de présentation au plus tard le 22 mars 2019.

La description de travail approuvée est disponible auprès de votre conseillère en ressources humaines.
Le comité de sélection sera présidé par la soussignée.

Merci de diffuser cette information aux membres de vos équipes.

Ginette Boisvert
Directrice générale régionale
"""
    out.append(("Note de service - processus EX-02 Québec.txt", memo.encode("utf-8"), "memo", "fr", ["Ginette Boisvert"]))
    poster = ["AVIS DE POSSIBILITÉ D'EMPLOI", "", "Directeur ou directrice de district, Montérégie", "Agence des services frontaliers du Canada",
              "Lacolle (Québec)", "EX-01", "Numéro de référence : BSF21J-019283-000045", "Date de clôture : 2021-04-30 - 23 h 59, heure du Pacifique",
              "Qui est admissible : Personnes employées dans la fonction publique occupant un poste au Québec.", "",
              "Exigences essentielles : diplôme d'un établissement postsecondaire reconnu; expérience de la gestion",
              "de ressources humaines et financières; expérience de la prestation de services opérationnels.", "",
              "Exigences linguistiques : bilingue impératif CBC/CBC.", "", "Engagement envers la diversité et l'inclusion", "",
              "Nous remercions toutes les personnes qui manifesteront leur intérêt pour ce poste."]
    out.append(("Affiche - directeur de district Montérégie.pdf", pdf_bytes(["\n".join(poster)]), "poster", "fr", []))
    # meeting minutes, bilingual Word
    from docx import Document
    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = datetime(2020, 1, 1)
    doc.core_properties.author = doc.core_properties.last_modified_by = ""
    doc.add_paragraph().add_run("Compte rendu – Comité de gestion régional / Record of Decision – Regional Management Committee").bold = True
    doc.add_paragraph("Date : le 12 septembre 2022 / September 12, 2022")
    doc.add_paragraph("Présents / Present: directeurs et directrices de secteur; conseiller en finances; agente des ressources humaines")
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Point / Item", "Décision / Decision", "Responsable / Lead"]):
        c.text = h
    for row in [("Budget 2022-2023 (F et E / O&M)", "Réaffectation de 250 000 $ au secteur nord", "Finances"),
                ("Dotation EX-01", "Lancer le processus au T3 / launch in Q3", "RH / HR"),
                ("Plan d'accessibilité", "Approuvé / Approved", "DG")]:
        cells = tab.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("Prochaine réunion / Next meeting : le 17 octobre 2022")
    buf = io.BytesIO()
    doc.save(buf)
    out.append(("Compte rendu CGR 2022-09-12.docx", fixed_zip(buf.getvalue()), "minutes", "bilingual", []))
    entente = """ENTENTE DE RENDEMENT DES CADRES 2021-2022

Nom de l'employé(e) : Réjean Desrosiers
Poste : Directeur régional, Sécurité et sûreté maritimes (EX-01)
Superviseur : Directeur général régional, Québec

ENGAGEMENTS EN MATIÈRE DE RÉSULTATS
1. Réduire de 15 % l'arriéré des inspections de navires d'ici le 31 mars 2022.
2. Mettre en œuvre le plan de reprise des activités.
ENGAGEMENTS EN MATIÈRE DE LEADERSHIP
Favoriser un milieu de travail sain et inclusif; appuyer les langues officielles.

Évaluation de fin d'exercice : Réussi +
Signature de l'employé : ____________   Signature du superviseur : ____________
"""
    out.append(("Entente de rendement 2021-2022 - DR sécurité maritime.txt", entente.encode("utf-8"), "performance agreement", "fr", ["Réjean Desrosiers"]))
    rng = random.Random(33)
    noise = "\n".join("".join(rng.choice("~-_.,:;'`^|!iIl1/\\ ") for _ in range(rng.randint(20, 70))) for _ in range(40))
    noise = "--- Full Extracted Text ---\n" + noise.replace("_", "a", 3) + "\n"
    out.append(("Numérisation 0047 illisible.txt", noise.encode("utf-8"), "unreadable scan", "fr", []))
    return [(n, d, {"document": n, "kind": k, "language": lg, "outcome": "refuse", "fields": None, "not_stated": [], "people": p})
            for n, d, k, lg, p in out]


def dump_yaml(truth: dict) -> str:
    from ruamel.yaml import YAML
    y = YAML()
    y.default_flow_style = False
    y.width = 200
    buf = io.StringIO()
    y.dump(truth, buf)
    return buf.getvalue()


def main() -> None:
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    docs = [make_position(i, p) for i, p in enumerate(POSITIONS)] + refusals()
    names = set()
    for name, data, truth in docs:
        assert name not in names, name
        names.add(name)
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(truth), encoding="utf-8")
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
