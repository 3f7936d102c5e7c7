#!/usr/bin/env python3
"""Generate bench/import/blind36/: corpus/ and expected/ (deterministic: same bytes every run).

    /work/main/.venv/bin/python bench/import/blind36/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import yaml  # noqa: E402
from positions import POSITIONS  # noqa: E402
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
POSTAL = {"Alberta": "AB", "Newfoundland and Labrador": "NL", "New Brunswick": "NB", "British Columbia": "BC",
          "Québec": "QC", "Ontario": "ON", "Manitoba": "MB", "Prince Edward Island": "PE", "Saskatchewan": "SK",
          "Northwest Territories": "NT", "Nova Scotia": "NS", "Yukon": "YT"}
PROV_FR = {"Alberta": "Alberta", "Newfoundland and Labrador": "Terre-Neuve-et-Labrador", "New Brunswick":
           "Nouveau-Brunswick", "British Columbia": "Colombie-Britannique", "Québec": "Québec", "Ontario": "Ontario",
           "Manitoba": "Manitoba", "Prince Edward Island": "Île-du-Prince-Édouard", "Saskatchewan": "Saskatchewan",
           "Northwest Territories": "Territoires du Nord-Ouest", "Nova Scotia": "Nouvelle-Écosse", "Yukon": "Yukon"}
STRIP = str.maketrans("éèêëàâçôîïûùÉÈÀÇÔ", "eeeeaacoiiuuEEACO")
HALF = str.maketrans("èêàâçôîÉ", "eeaacoiE")  # some accents survive (é), others are lost


# --- values as written ---------------------------------------------------------------------------

def fmt_date(d: dt.date, style: int, lang: str) -> str:
    if lang == "fr":
        return [f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                f"le {d.day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 5]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}", f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"][style % 5]


def fmt_class(c: str, style: int) -> str:
    n = c.split("-")[1]
    return [c, f"EX {n}", f"EX-{int(n)}", f"EX{n}", c][style % 5]


def fmt_amount(v: int, style: int, lang: str) -> str:
    if lang == "fr":
        s = style % 5
        if s == 0:
            return f"{v:,}".replace(",", " ") + " $"
        if s == 1:
            return f"{v:,}".replace(",", " ") + ",00 $"
        if s == 2 and v % 10000 == 0:
            return f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        if s == 3 and v % 1000 == 0:
            return f"{v // 1000:,}".replace(",", " ") + " k$"
        return f"{v:,}".replace(",", ".") + " $"
    s = style % 5
    if s == 1 and v % 10000 == 0:
        return f"${v / 1e6:.2f}".rstrip("0").rstrip(".") + "M"
    if s == 2 and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if s == 3:
        return f"${v:,}.00"
    if s == 4 and v % 10000 == 0:
        return f"${v / 1e6:.2f}".rstrip("0").rstrip(".") + " million"
    return f"${v:,}"


def fmt_fte(n: int, style: int, lang: str) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} années-personnes", f"{n} employés"][style % 4]
    return [f"{n} FTEs", f"staff of {n}", f"{n} PYs", f"{n} FTE", f"{n} employees"][style % 5]


def fmt_loc(city: str, prov: str, style: int, lang: str) -> str:
    p = PROV_FR[prov] if lang == "fr" else prov
    return [f"{city}, {p}", f"{city} ({p})", f"{city}, {POSTAL[prov]}"][style % 3]


def ocr_digits(s: str, rng: random.Random, rate: float = 0.35) -> str:
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}
    out = []
    for ch in s:
        if ch in table and rng.random() < rate:
            out.append("l" if ch == "1" and rng.random() < 0.4 else table[ch])
        else:
            out.append(ch)
    return "".join(out)


def ocr_prose(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < 0.04 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < 0.07 and "i" in w:
            w = w.replace("i", "l", 1)
        elif r < 0.09 and "e" in w:
            w = w.replace("e", "c", 1)
        if out and rng.random() < 0.02:
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def wrap_hyphen(s: str, width: int, rng: random.Random) -> list[str]:
    lines = textwrap.wrap(s, width)
    out = []
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and rng.random() < 0.4:
            nxt = lines[i + 1].split(" ", 1)
            if len(nxt[0]) > 6 and nxt[0].isalpha():
                cut = len(nxt[0]) // 2
                line += " " + nxt[0][:cut] + "-"
                lines[i + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(line)
    return out


# --- one position ----------------------------------------------------------------------------------

def build(i: int, row) -> dict:
    dept, (city, prov), (t1, t2), level, (s1, s2, slevel), reports, lang, kind, year = row
    rng = random.Random(f"blind36-{i}")
    title_en, title_fr = (t1, t2) if lang != "fr" and not _is_fr(t1) else (t2, t1)
    sup_en, sup_fr = (s1, s2) if not _is_fr(s1) else (s2, s1)
    pos = None if i % 9 == 4 else str(rng.randint(10000, 99999)) if i % 4 else str(rng.randint(100000, 999999))
    job = None if i % 5 == 3 else str(rng.randint(100000, 109999)) if i % 3 else f"{rng.randint(1000, 9999)}"
    sup_pos = None if i % 7 == 2 else str(rng.randint(10000, 99999))
    date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    reps = []
    for j, (r1, r2, lvl) in enumerate(reports):
        ren, rfr = (r1, r2) if not _is_fr(r1) else (r2, r1)
        fte = None if (i + j) % 8 == 5 else rng.randint(3, 60)
        reps.append({"en": ren, "fr": rfr, "level": lvl, "fte": fte})
    salary = rng.randint(8, 300) * 10000
    om = rng.randint(5, 120) * 1000 if i % 3 else rng.randint(2, 90) * 10000
    only_total = i % 6 == 5
    people = [f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" for _ in range(2)]
    if people[0] == people[1]:
        people = people[:1]
    return {"i": i, "dept": dept, "city": city, "prov": prov, "title_en": title_en, "title_fr": title_fr,
            "level": level, "sup_en": sup_en, "sup_fr": sup_fr, "slevel": slevel, "reports": reps, "lang": lang,
            "kind": kind, "pos": pos, "job": job, "sup_pos": sup_pos, "date": date, "salary": salary, "om": om,
            "total": salary + om, "only_total": only_total, "people": people, "rng": rng,
            "total_fte": sum(r["fte"] or 0 for r in reps) + rng.randint(5, 80)}


def _is_fr(s: str) -> bool:
    return s.split(",")[0].split()[0] in ("Directeur", "Gestionnaire", "Chef", "Sous-directeur", "Conseillère",
                                          "Jurilinguiste", "Premier", "Sous-commissaire", "Sous-ministre")


def acc_mode(p: dict) -> str | None:
    """How a scan broke accents: None (kept), 'strip' (all lost), 'half' (some lost)."""
    if not p["kind"].startswith("ocr") or p["lang"] == "en":
        return None
    return ["strip", "half", None][p["i"] % 3]


def seen(s: str, mode: str | None) -> object:
    """A title's ground truth: the paper's text, or either reading when the scan broke its accents."""
    if mode is None:
        return s
    broken = s.translate(STRIP if mode == "strip" else HALF)
    return s if broken == s else [s, broken]


# --- rendering ----------------------------------------------------------------------------------------

def header_fields(p: dict, lang: str, labels: tuple, style: int, ocr: bool) -> list[tuple[str, str]]:
    rng = p["rng"]
    num = (lambda s: ocr_digits(s, rng)) if ocr else (lambda s: s)
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    sup = p["sup_fr"] if lang == "fr" else p["sup_en"]
    nothing = "NOUVEAU" if lang == "fr" else "NEW"
    out = [(labels[0], title), (labels[1], num(fmt_class(p["level"], style)))]
    out.append((labels[2], num(p["pos"]) if p["pos"] else [nothing, "à déterminer" if lang == "fr" else "TBD"][style % 2]))
    if p["job"]:
        out.append((labels[3], num(p["job"])))
    out.append((labels[4], num(fmt_date(p["date"], style, lang))))
    if style % 4 != 3:
        if p["sup_pos"]:
            out.append((labels[5], num(p["sup_pos"])))
        out += [(labels[6], sup), (labels[7], num(fmt_class(p["slevel"], style + 1)))]
    out.append((labels[8], fmt_loc(p["city"], p["prov"], style, lang)))
    return out


def sup_sentence(p: dict, lang: str, ocr: bool) -> str:
    num = (lambda s: ocr_digits(s, p["rng"])) if ocr else (lambda s: s)
    if lang == "fr":
        s = f"Le titulaire relève du {p['sup_fr']} ({num(p['slevel'])})"
        return s + (f", poste no {num(p['sup_pos'])}." if p["sup_pos"] else ".")
    s = f"The incumbent reports to the {p['sup_en']} ({num(p['slevel'])})"
    return s + (f", position number {num(p['sup_pos'])}." if p["sup_pos"] else ".")


def report_lines(p: dict, lang: str, style: int, ocr: bool) -> list[str]:
    num = (lambda s: ocr_digits(s, p["rng"], 0.25)) if ocr else (lambda s: s)
    out = []
    for r in p["reports"]:
        t = r["fr"] if lang == "fr" else r["en"]
        lvl, fte = r["level"], r["fte"]
        f = num(fmt_fte(fte, style, lang)) if fte is not None else None
        s = style % 4
        if s == 0:
            inner = ", ".join(x for x in (num(lvl) if lvl else None, f) if x)
            out.append(f"- {t} ({inner})" if inner else f"- {t}")
        elif s == 1:
            out.append(" - ".join(x for x in (num(lvl) if lvl else None, t, f) if x))
        elif s == 2:
            out.append(f"{t}" + (f" [{num(lvl)}]" if lvl else "") + (f" ... {f}" if f else ""))
        else:
            out.append(f"* {t}" + (f", {num(lvl)}" if lvl else "") + (f" ({f})" if f else ""))
    return out


def report_prose(p: dict, lang: str, style: int) -> str:
    parts = []
    for r in p["reports"]:
        t = r["fr"] if lang == "fr" else r["en"]
        s = f"{'le' if lang == 'fr' else 'the'} {t}"
        if r["level"]:
            s += f" ({r['level']})"
        if r["fte"] is not None:
            s += (" avec un effectif de " if lang == "fr" else ", with a staff of ") + str(r["fte"])
        parts.append(s)
    joined = "; ".join(parts)
    return ("Relèvent directement du titulaire : " if lang == "fr" else "Reporting directly to the incumbent are ") + joined + "."


def dims_lines(p: dict, lang: str, style: int, ocr: bool) -> list[tuple[str, str]]:
    num = (lambda s: ocr_digits(s, p["rng"])) if ocr else (lambda s: s)
    fr = lang == "fr"
    out = [("Équivalents temps plein" if fr else ["FTEs", "Person-years", "Staff"][style % 3], num(str(p["total_fte"])))]
    if not p["only_total"]:
        out.append(("Traitements et salaires" if fr else ["Salary", "Salaries", "Salary budget"][style % 3],
                    num(fmt_amount(p["salary"], style, lang))))
        out.append(("F et E" if fr else ["O&M", "Operating and Maintenance", "O & M"][style % 3],
                    num(fmt_amount(p["om"], style + 1, lang))))
    out.append(("Budget total" if fr else ["Total", "Total Budget", "Total Resources"][style % 3],
                num(fmt_amount(p["total"], style + 2, lang))))
    return out


def sections(p: dict, lang: str, style: int, ocr: bool, numbered: int) -> list[tuple[str, list[str]]]:
    heads = T.HEAD[lang][style % 3]
    unit = p["title_fr" if lang == "fr" else "title_en"].split(",", 1)[-1].strip()
    place = p["city"]
    dept = p["dept"][1] if lang == "fr" else p["dept"][0]
    gen = T.GENERAL[lang][style % 2].format(unit=unit, place=place)
    nat = [x.format(dept=dept) for x in T.NATURE[lang]]
    struct = [sup_sentence(p, lang, ocr)] if style % 4 == 3 else []
    if style % 5 == 2:
        struct.append(report_prose(p, lang, style))
    else:
        struct.append("Les postes suivants relèvent du titulaire :" if lang == "fr" else "The following positions report to the incumbent:")
        struct += report_lines(p, lang, style, ocr)
    dims = [f"{k}: {v}" for k, v in dims_lines(p, lang, style, ocr)]
    spec = [f"{n}. {s}" for n, s in enumerate(T.SPECIFIC[lang][: 4 + style % 3], 1)]
    secs = [(heads[0], [gen]), (heads[1], struct), (heads[2], nat), (heads[3], dims), (heads[4], spec)]
    order = [[0, 1, 2, 3, 4], [0, 2, 1, 4, 3], [0, 3, 1, 2, 4], [1, 0, 2, 4, 3]][style % 4]
    secs = [secs[k] for k in order]
    out = []
    for n, (h, body) in enumerate(secs, 1):
        h = [h, h.upper(), h.title() + ":", f"{n}. {h.upper()}", f"{'ABCDE'[n - 1]}) {h}"][numbered % 5]
        out.append((h, body))
    return out


def sign_block(p: dict, lang: str) -> list[str]:
    a, b = (p["people"] + p["people"])[:2]
    if lang == "fr":
        return [T.CERT["fr"], "", f"Titulaire : {a}", "", "_______________________", f"{b}",
                f"{p['sup_fr']}", "Date : ____________"]
    return [T.CERT["en"], "", f"Incumbent: {a}", "", "_______________________", f"{b}", f"{p['sup_en']}",
            "Date: ____________"]


def render_text(p: dict, langs: list[str], style: int, ocr: bool) -> str:
    rng = p["rng"]
    lines: list[str] = []
    for lang in langs:
        labels = (T.LABELS_FR[style % 4] if lang == "fr" else T.LABELS_EN[style % 5])
        dept = p["dept"][1] if lang == "fr" else p["dept"][0]
        lines += [dept.upper(), "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if lang == "fr"
                  else "EXECUTIVE POSITION DESCRIPTION", ""]
        fields = header_fields(p, lang, labels, style, ocr)
        lay = style % 4 if not ocr else [0, 1, 2, 3][p["i"] % 4]
        for k, v in fields:
            if lay == 0:
                lines.append(f"{k}: {v}")
            elif lay == 1:
                lines += [k.upper() + ":" if style % 2 else k, v]
            elif lay == 2:
                lines.append(f"{k} " + "." * max(3, 38 - len(k)) + f" {v}")
            else:
                lines.append(f"{k.upper():<40}{v}")
        lines.append("")
        for h, body in sections(p, lang, style, ocr, style + p["i"]):
            lines += [h, ""]
            for b in body:
                if ocr and len(b) > 90:
                    lines += wrap_hyphen(ocr_prose(b, rng), 78, rng)
                elif len(b) > 90:
                    lines += textwrap.wrap(b, 88)
                else:
                    lines.append(b)
            lines.append("")
        lines += sign_block(p, lang) + ["", ""]
    return "\n".join(lines)


def render_bilingual_side(p: dict, style: int, ocr: bool) -> str:
    """Bilingual form: labels 'English / Français', values side by side, then the English text."""
    le, lf = T.LABELS_EN[style % 5], T.LABELS_FR[style % 4]
    fe = header_fields(p, "en", le, style, ocr)
    ff = dict(header_fields(p, "fr", lf, style, ocr))
    lines = [f"{p['dept'][0]} / {p['dept'][1]}", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", ""]
    for (ke, ve), (kf, vf) in zip(fe, header_fields(p, "fr", lf, style, ocr)):
        if ve == vf or kf not in (lf[0], lf[6]):
            lines.append(f"{ke} / {kf}: {ve}")
        else:
            lines.append(f"{ke} / {kf}: {ve} / {vf}")
    lines.append("")
    body = render_text(p, ["en"], style, ocr).split("\n")
    blanks = [n for n, line in enumerate(body) if line == ""]  # skip the English header block
    lines += body[blanks[1] + 1:]
    return "\n".join(lines)


def columns_read_across(left: list[str], right: list[str], rng: random.Random) -> list[str]:
    out = []
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else ""
        b = right[n] if n < len(right) else ""
        gap = " " * rng.choice([2, 3, 5, 8])
        out.append((a + gap + b).strip())
    return out


def render_ocr(p: dict, style: int) -> str:
    rng = p["rng"]
    langs = {"en": ["en"], "fr": ["fr"], "bi": ["en", "fr"]}[p["lang"]]
    if p["kind"] == "ocr-columns":
        lang = langs[0] if p["lang"] != "bi" else "fr"
        labels = T.LABELS_FR[style % 4] if lang == "fr" else T.LABELS_EN[style % 5]
        left = [f"{k}: {v}" for k, v in header_fields(p, lang, labels, style, True)]
        left += [""] + [f"{k}: {v}" for k, v in dims_lines(p, lang, style, True)]
        nat = " ".join(x.format(dept=p["dept"][1] if lang == "fr" else p["dept"][0]) for x in T.NATURE[lang])
        right = textwrap.wrap(ocr_prose(nat, rng), 44)
        dept = p["dept"][1] if lang == "fr" else p["dept"][0]
        lines = [dept.upper(), ""] + columns_read_across(left, right, rng) + [""]
        rest = render_text(p, [lang], style, True).split("\n")
        blanks = [n for n, line in enumerate(rest) if line == ""]
        body = rest[blanks[1] + 1:]
        # the dimensions were on the left column already: drop the section
        lines += body
        if p["lang"] == "bi":
            lines = [f"{p['title_en']}"] + lines
    else:
        text = render_text(p, langs, style, True)
        lines = text.split("\n")
    # page headers and footers every 30 lines, stamps, handwriting
    out = []
    page = 1
    dept = p["dept"][0] if p["lang"] != "fr" else p["dept"][1]
    for n, line in enumerate(lines):
        if n and n % 30 == 0:
            out += ["", f"Page {page} {'de' if p['lang'] == 'fr' else 'of'} {len(lines) // 30 + 1}",
                    "\f" if rng.random() < 0.5 else "", f"{dept}   {p['date'].year}", ""]
            page += 1
        out.append(line)
        if n == 6 and p["i"] % 3 == 0:
            out.append(f"RECEIVED / REÇU   {ocr_digits(fmt_date(p['date'] + dt.timedelta(days=9), 3, 'en'), rng)}   CLASSIFICATION")
        if n == 14 and p["i"] % 4 == 1:
            out.append(rng.choice(["~ ok per DG  /f  ", "  ,,   .   ' -- ~ ", "see attached org chart  ->", "| l1 ' i. ,"]))
    mode = acc_mode(p)
    text = "\n".join(out)
    if mode:
        text = text.translate(STRIP if mode == "strip" else HALF)
    if p["i"] % 2:
        text = "--- Full Extracted Text ---\n" + text
    return text


# --- Word ----------------------------------------------------------------------------------------------

def docx_bytes(p: dict, style: int) -> bytes:
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by = "HR", "HR"
    cp.created = cp.modified = dt.datetime(p["date"].year, 1, 1)
    cp.revision = 1
    langs = {"en": ["en"], "fr": ["fr"], "bi": ["en", "fr"]}[p["lang"]]
    for lang in langs:
        doc.add_heading(p["dept"][1] if lang == "fr" else p["dept"][0], level=1)
        labels = T.LABELS_FR[style % 4] if lang == "fr" else T.LABELS_EN[style % 5]
        table = doc.add_table(rows=0, cols=2)
        for k, v in header_fields(p, lang, labels, style, False):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = k, v
        for h, body in sections(p, lang, style, False, style):
            doc.add_heading(h, level=2)
            rows = set(report_lines(p, lang, style, False))
            if T.HEAD[lang][style % 3][1].upper() in h.upper() and style % 2 == 0 and rows & set(body):
                for b in body:
                    if b not in rows:
                        doc.add_paragraph(b)
                t = doc.add_table(rows=1, cols=3)
                t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = (
                    ("Titre", "Groupe et niveau", "ETP") if lang == "fr" else ("Title", "Group/Level", "FTEs"))
                for r in p["reports"]:
                    c = t.add_row().cells
                    c[0].text = r["fr"] if lang == "fr" else r["en"]
                    c[1].text = r["level"] or ""
                    c[2].text = str(r["fte"]) if r["fte"] is not None else ""
            else:
                for b in body:
                    doc.add_paragraph(b)
        for line in sign_block(p, lang):
            doc.add_paragraph(line)
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_pages(text: str, footer: str) -> list[str]:
    lines = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, 100) or [""]
    pages = [lines[k:k + 60] for k in range(0, len(lines), 60)]
    return ["\n".join(pg + ["", f"{footer} - {n}/{len(pages)}"]) for n, pg in enumerate(pages, 1)]


# --- ground truth ---------------------------------------------------------------------------------------

def truth(p: dict, name: str, layout: str) -> dict:
    mode = acc_mode(p)
    lang = p["lang"]
    if lang == "bi":
        title = [p["title_en"], p["title_fr"]]
        sup = [p["sup_en"], p["sup_fr"]]
        if mode:
            title = [p["title_en"], p["title_fr"], p["title_fr"].translate(STRIP if mode == "strip" else HALF)]
            sup = [p["sup_en"], p["sup_fr"], p["sup_fr"].translate(STRIP if mode == "strip" else HALF)]
    else:
        title = seen(p["title_fr"] if lang == "fr" else p["title_en"], mode)
        sup = seen(p["sup_fr"] if lang == "fr" else p["sup_en"], mode)
    reps = []
    for r in p["reports"]:
        t = [r["en"], r["fr"]] if lang == "bi" else r["fr"] if lang == "fr" else r["en"]
        if mode and lang == "fr":
            t = seen(t, mode)
        elif mode and lang == "bi":
            t = [r["en"], r["fr"], r["fr"].translate(STRIP if mode == "strip" else HALF)]
        reps.append({"title": t, "classification": r["level"], "fte": r["fte"]})
    fields = {"title": title, "classification": p["level"], "job_code": p["job"], "position_number": p["pos"],
              "effective_date": p["date"].isoformat(),
              "supervisor": {"position_number": p["sup_pos"], "title": sup, "classification": p["slevel"]},
              "direct_reports": reps,
              "salary": None if p["only_total"] else p["salary"], "o_and_m": None if p["only_total"] else p["om"],
              "total": p["total"], "location": f"{p['city']}, {p['prov']}"}
    not_stated = [k for k in ("job_code", "position_number", "salary", "o_and_m") if fields[k] is None]
    if p["sup_pos"] is None:
        not_stated.append("supervisor.position_number")
    return {"document": name, "kind": p["kind"], "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated,
            "also": {"fte": p["total_fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": None, "department": p["dept"][0], "layout": layout,
                     "accents": mode},
            "people": p["people"], "versions": None}


def slug(p: dict) -> str:
    t = p["title_fr"] if p["lang"] == "fr" else p["title_en"]
    return t.replace("/", "-")[:70].strip(" ,")


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    files: dict[str, bytes] = {}
    truths: dict[str, dict] = {}
    for i, row in enumerate(POSITIONS):
        p = build(i, row)
        style = i * 7 % 11
        kind = p["kind"]
        if kind.startswith("ocr"):
            name, data = f"{slug(p)} - scan {p['date'].year}.txt", render_ocr(p, style).encode("utf-8")
            layout = "ocr, two columns read across" if kind == "ocr-columns" else "ocr, header lay %d" % (i % 4)
        elif kind in ("text", "text-cp1252"):
            text = render_bilingual_side(p, style, False) if p["lang"] == "bi" else render_text(p, [p["lang"]], style, False)
            if kind == "text-cp1252":
                text = text.replace("'", "\u2019").replace("\n", "\r\n")
                data = text.encode("cp1252")
            else:
                data = text.encode("utf-8")
            name, layout = f"{slug(p)}.txt", "text, bilingual labels" if p["lang"] == "bi" else "text, header lay %d" % (style % 4)
        elif kind == "docx":
            name, data, layout = f"{slug(p)}.docx", docx_bytes(p, style), "docx, label table"
        else:
            text = render_bilingual_side(p, style, False) if p["lang"] == "bi" else render_text(p, [p["lang"]], style, False)
            name = f"{slug(p)}.pdf"
            data = pdf_bytes(pdf_pages(text, p["dept"][0] if p["lang"] != "fr" else p["dept"][1]))
            layout = "pdf, bilingual labels" if p["lang"] == "bi" else "pdf, header lay %d" % (style % 4)
        assert name not in files, name
        files[name] = data
        truths[name] = truth(p, name, layout)
    import refuse
    for name, kind, lang, data in refuse.documents():
        files[name] = data
        truths[name] = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "people": []}
    for name, data in files.items():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(truths[name], allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    print(f"{len(files)} documents")


if __name__ == "__main__":
    main()
