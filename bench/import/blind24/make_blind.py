#!/usr/bin/env python3
"""Render the blind24 corpus: corpus/<documents> and expected/<document>.expected.yaml.

    /work/main/.venv/bin/python bench/import/blind24/make_blind.py

Deterministic: every choice comes from a random.Random seeded with the document's key; the .docx
are re-zipped with fixed dates. Positions in positions.py, label wordings in labels.py."""
from __future__ import annotations

import io
import random
import re
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT / "tests")]
from import_files import pdf_bytes  # noqa: E402
from labels import FR_H, L  # noqa: E402
from positions import POSITIONS, REFUSE  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def en(v):
    return v[0] if isinstance(v, tuple) else v


def fr(v):
    return v[1] if isinstance(v, tuple) else v


# --- values as written ------------------------------------------------------------------------

def w_cls(c, rng):
    if not c:
        return ""
    g, n = c.rsplit("-", 1) if c.startswith("EX") else (c, None)
    if n is None:
        return c
    return rng.choice([f"EX-{n}", f"EX {n}", f"EX-{int(n)}", f"EX{n}", f"EX {int(n)}", f"EX-{n}"])


def w_date(iso, lang, rng):
    y, m, d = map(int, iso.split("-"))
    if lang == "fr":
        forms = [f"{'1er' if d == 1 else d} {MOIS[m-1]} {y}", iso, f"le {'1er' if d == 1 else d} {MOIS[m-1]} {y}"]
        if d > 12:
            forms.append(f"{d:02d}/{m:02d}/{y}")
    else:
        forms = [f"{MONTHS[m-1]} {d}, {y}", f"{d} {MONTHS[m-1]} {y}", iso, f"{d:02d} {MONTHS[m-1][:3].upper()} {y}",
                 f"{MONTHS[m-1][:3]}. {d}, {y}"]
        if d > 12:
            forms.append(f"{d:02d}/{m:02d}/{y}")
    return rng.choice(forms)


def w_money(v, lang, rng):
    if lang == "fr":
        forms = [f"{v:,}".replace(",", " ") + " $", f"{v/1e6:.2f}".replace(".", ",") + " M$",
                 f"{v//1000:,}".replace(",", " ") + " k$", f"{v:,}".replace(",", " ") + ",00 $"]
    else:
        forms = [f"${v:,}", f"${v/1e6:.2f}M", f"${v//1000:,}K", f"${v/1e6:.2f} million", f"$ {v:,}.00"]
    return rng.choice(forms)


def w_fte(n, lang, rng, py=False):
    if lang == "fr":
        return rng.choice([f"{n} ETP", f"{n} années-personnes", f"{n} A-P", f"effectif de {n}"])
    if py:
        return rng.choice([f"{n} PY", f"{n} person-years"])
    return rng.choice([f"{n} FTEs", f"{n} FTE", f"{n} employees", f"staff of {n}"])


# --- the document's parts ---------------------------------------------------------------------

SA_EN = ["Plans, directs and controls {x} and sets its priorities, standards and performance measures.",
         "Manages the human, financial and material resources of the organization and accounts for their use.",
         "Represents the {d} with other federal departments, provincial and municipal authorities, industry and client groups.",
         "Provides advice and briefings to senior management and the Minister's office on sensitive and emerging issues.",
         "Negotiates agreements and resolves disputes with partners and stakeholders.",
         "Ensures compliance with legislation, Treasury Board policies and departmental standards.",
         "Leads change initiatives and the renewal of the workforce, including official languages and employment equity objectives."]
SA_FR = ["Planifie, dirige et contrôle {x} et en fixe les priorités, les normes et les mesures de rendement.",
         "Gère les ressources humaines, financières et matérielles de l'organisation et en rend compte.",
         "Représente le ministère auprès des autres ministères fédéraux, des provinces, de l'industrie et des clientèles.",
         "Conseille la haute direction et le cabinet du ministre sur les dossiers délicats et les enjeux émergents.",
         "Négocie des ententes et règle les différends avec les partenaires et les intervenants.",
         "Veille au respect des lois, des politiques du Conseil du Trésor et des normes ministérielles.",
         "Dirige les initiatives de changement et le renouvellement de l'effectif, y compris les langues officielles et l'équité en matière d'emploi."]


def part_text(p, rng, lang):
    t = en(p["title"]) if lang == "en" else fr(p["title"])
    if lang == "en":
        ga = (f"Under the direction of the {en(p['sup'][1])}, the {t} is accountable for {p['what']}, "
              f"and for the management of the resources assigned to it.")
        ns = (f"The {p['dept']} operates in an environment of shifting priorities, fiscal restraint and close public "
              f"scrutiny. The position must balance national direction with regional realities, maintain the confidence "
              f"of clients and partners and sustain a skilled workforce while programs and systems are renewed.")
        sa = [s.format(x=p["what"].split(",")[0], d="Department") for s in rng.sample(SA_EN, 5)]
    else:
        quoi = p.get("quoi") or (p["what"] if p["lang"] == "fr" else "les programmes du ministère dans la région")
        ga = (f"Sous l'autorité du titulaire du poste de {fr(p['sup'][1])}, le ou la {t} est responsable de {quoi}, "
              f"ainsi que de la gestion des ressources qui y sont affectées.")
        ns = ("Le poste s'exerce dans un contexte de priorités changeantes, de restrictions budgétaires et d'examen public. "
              "Le ou la titulaire doit concilier l'orientation nationale et les réalités régionales, maintenir la confiance "
              "des clients et des partenaires et conserver un effectif compétent.")
        sa = [s.format(x=quoi.split(",")[0]) for s in rng.sample(SA_FR, 5)]
    return ga, ns, sa


def reports_lines(p, rng, lang, opt):
    t = en(p["title"]) if lang == "en" else fr(p["title"])
    items = []
    for title, c, n in p["reports"]:
        rt = en(title) if lang == "en" else fr(title)
        c = "" if opt.get("nocls") else w_cls(c, rng) if c.startswith("EX") else c
        f = "" if opt.get("nofte") else w_fte(n, lang, rng, p.get("py"))
        items.append((rt, c, f))
    style = opt["rep"]
    if style == "prose":
        def one(rt, c, f):
            inside = ", ".join(x for x in (c, f) if x)
            return f"{'le ' if lang == 'fr' else 'the '}{rt}" + (f" ({inside})" if inside else "")
        head = (f"Relèvent du ou de la {t} : " if lang == "fr" else f"Reporting to the {t} are ")
        joined = "; ".join(one(*i) for i in items[:-1]) + (" et " if lang == "fr" else " and ") + one(*items[-1])
        return [head + joined + "."]
    if style == "dash":
        return [f"- {rt}" + (f" - {c}" if c else "") + (f" - {f}" if f else "") for rt, c, f in items]
    if style == "clsfirst":
        return [f"{c + ' ' if c else ''}{rt}" + (f" ({f})" if f else "") for rt, c, f in items]
    if style == "table":
        hd = ("Poste", "Groupe/niveau", "ETP") if lang == "fr" else ("Position", "Group/Level", "FTEs")
        out = [f"{hd[0]:<58}{hd[1]:<16}{hd[2]}"]
        for title, c, n in p["reports"]:
            rt = en(title) if lang == "en" else fr(title)
            out.append(f"{rt:<58}{'' if opt.get('nocls') else c:<16}{'' if opt.get('nofte') else n}")
        return out
    return [f"{i}. {rt}" + (f", {c}" if c else "") + (f", {f}" if f else "") for i, (rt, c, f) in enumerate(items, 1)]


def dims_lines(p, rng, lang):
    if lang == "fr":
        out = [f"{'Années-personnes' if p.get('py') else 'ETP'} : {p['fte']}",
               f"Salaires : {w_money(p['sal'], 'fr', rng)}", f"F et E : {w_money(p['om'], 'fr', rng)}"]
        if p["total"]:
            out.append(f"Total : {w_money(p['sal'] + p['om'], 'fr', rng)}")
        return out
    if p.get("py"):
        out = [f"Person-years: {p['fte']}", f"Salary dollars: {w_money(p['sal'], 'en', rng)}",
               f"O&M dollars: {w_money(p['om'], 'en', rng)}"]
    else:
        out = [f"FTEs: {p['fte']}", f"Salary: {w_money(p['sal'], 'en', rng)}",
               f"{rng.choice(['O&M', 'Operations and Maintenance', 'O & M'])}: {w_money(p['om'], 'en', rng)}"]
    if p["total"]:
        out.append(f"{rng.choice(['Total', 'Total budget', 'TOTAL'])}: {w_money(p['sal'] + p['om'], 'en', rng)}")
    return out


def header_fields(p, rng, lang, lab):
    """(label, value) pairs of the form's header."""
    t = en(p["title"]) if lang == "en" else fr(p["title"])
    out = [(lab["dept"], p["dept"] if lang != "en" or "/" not in p["dept"] else p["dept"].split(" / ")[0]),
           (lab["title"], t)]
    cls = w_cls(p["cls"], rng)
    if p.get("sm"):
        cls = f"{cls} (SM)"
    out.append((lab["cls"], cls))
    if lab.get("job") and p["job"]:
        out.append((lab["job"], p["job"]))
    out.append((lab["pos"], p["pos"] or p.get("newpos", "TBD")))
    if p["date"]:
        out.append((lab["date"], w_date(p["date"], lang, rng)))
    sp, st, sc = p["sup"]
    st = en(st) if lang == "en" else fr(st)
    if "sup" in lab:   # one line: title (class), position
        v = st + (f" ({w_cls(sc, rng)})" if sc else "") + (f", {'poste' if lang == 'fr' else 'position'} {sp}" if sp else "")
        out.append((lab["sup"], v))
    else:
        out.append((lab["sup_title"], st))
        if sp:
            out.append((lab["sup_pos"], sp))
        if sc:
            out.append((lab["sup_cls"], w_cls(sc, rng)))
    out.append((lab["loc"], p["loc_text"]))
    out.append((lab["inc"], p["people"][0] if p["people"] else ""))
    return out


def loc_text(p, rng):
    city, prov = p["loc"].split(", ", 1)
    return rng.choice([p["loc"], f"{city} ({prov})", p["loc"].upper() if p["fmt"].startswith("ocr") else p["loc"]])


def signatures(p, rng, lang):
    names = p["people"][1:] or ["J. Smith"]
    if lang == "fr":
        return [f"Signature du surveillant : {names[0]}    Date : ____", f"Approuvé par : {names[-1]}"]
    return [f"Supervisor's signature: {names[0]}        Date: ________", f"Approved: {names[-1]}  (Classification Advisor)"]


# --- damage -------------------------------------------------------------------------------------

GARBAGE = ["~ ,/ ll'. -- ^^ ' nn", "'/ _ ,~ ./ l l /l", "..,, ;' -~ r/ 7 ,", "/ll ~ ' ^ .. ,;", "_ .- ~ ~ ,' / ,"]
FORMS = ["TBS/SCT 3455 (Rev. 94/02)", "TBS/SCT 3252E (88/10)", "GC 110 (Rev. 96/03)", "TBS/SCT 3410 (91/04)"]


def stamp(rng, year, lang):
    d = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    kind = rng.choice(["APPROVED", "CLASSIFIED", "RECEIVED", "APPROUVÉ" if lang == "fr" else "CLASSIFICATION"])
    if rng.random() < .5:
        return ["\n".join(d.replace("-", ""))]           # a date stamped sideways: one character a line
    return [f"{kind}   {d}", "CLASSIFICATION SECTION" if lang == "en" else "SECTION DE LA CLASSIFICATION"]


def ocr_chars(text, rng, rate=0.012):
    subs = [("rn", "m"), ("m", "rn"), ("l", "1"), ("e", "c"), ("i", "l"), ("o", "0"), (" ", "")]
    out, i = [], 0
    while i < len(text):
        if text[i].isalpha() and rng.random() < rate:
            a, b = rng.choice(subs)
            if text.startswith(a, i):
                out.append(b)
                i += len(a)
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def ocr_digits(value):
    """An O for a 0 and an I for a 1 in a classification or a number (a reader still reads them)."""
    return value.replace("0", "O", 1).replace("1", "I", 1)


def accents(text, how):
    if how == "lost":
        return text.translate(str.maketrans("éèêàâçôîûÉ", "eeeaacoiuE"))
    if how == "mojibake":
        return text.encode("utf-8").decode("cp1252", "replace")
    if how == "acute":
        return text.replace("é", "e´").replace("è", "e`")
    return text


def ligatures(text):
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


# --- layouts --------------------------------------------------------------------------------------

def body_lines(p, rng, lang, lab, opt, hf=None):
    """The document as lines, label and value on one line (or the next)."""
    hf = hf or header_fields(p, rng, lang, lab)
    h = lab["h"] if lang != "fr" or "h" in lab and lab is not L["bi_side"] else FR_H
    ga, ns, sa = part_text(p, rng, lang)
    out = []
    title_line = {"en": "EXECUTIVE GROUP POSITION DESCRIPTION", "fr": "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"}[lang if lang != "bi" else "en"]
    out.append(title_line)
    sep = opt["sep"]
    for k, v in hf:
        k2 = k.rstrip(":")
        if sep == "next":
            out += [k2 + (":" if opt.get("colon") else ""), v]
        else:
            out.append(f"{k2}{sep}{v}" if v else f"{k2}:")
    order = [0, 1, 2, 3, 4] if not opt.get("dims_first") else [0, 3, 1, 2, 4]
    for i in order:
        out.append("")
        out.append(h[i])
        if i == 0:
            out.append(ga)
        elif i == 1:
            if opt.get("sup_sentence"):
                sp, st, sc = p["sup"]
                st = en(st) if lang == "en" else fr(st)
                out.append((f"The position reports to the {st}" if lang == "en" else f"Le poste relève du {st}")
                           + (f" ({w_cls(sc, rng)})" if sc else "") + ".")
            out += reports_lines(p, rng, lang, opt)
        elif i == 2:
            out.append(ns)
        elif i == 3:
            out += dims_lines(p, rng, lang)
        else:
            out += [f"{n}. {s}" for n, s in enumerate(sa, 1)]
    out.append("")
    out += signatures(p, rng, lang)
    return out, hf


def ocr_damage(lines, p, rng, lang, opt):
    """Stamps, handwriting, page numbers and form numbers put between lines; letters confused in prose."""
    year = p["year"] or 2000
    out, page = [], 1
    form = rng.choice(FORMS)
    for i, line in enumerate(lines):
        if len(line) > 90:
            line = ocr_chars(line, rng)
            if lang == "fr" and opt.get("acc"):
                line = accents(line, "lost")
        out.append(line)
        r = rng.random()
        if r < .05:
            out += stamp(rng, year, lang)
        elif r < .10:
            out.append(rng.choice(GARBAGE))
        if i and i % 22 == 0:
            page += 1
            out += [f"{form}", f"- {page} -" if rng.random() < .5 else f"Page {page} of 3", ""]
    return out


def digit_damage(lines, hf, rng):
    """One or two header values with O for 0 / I for 1, as the scans have them."""
    picks = [v for k, v in hf if re.fullmatch(r"EX[- ]?0?\d( \(SM\))?|[A-Z]*-?\d{4,6}", v or "")]
    for v in rng.sample(picks, min(2, len(picks))):
        lines = [ln.replace(v, ocr_digits(v)) if v in ln else ln for ln in lines]
    return lines


def interleave(left, right, width=60):
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    return [(a + "  " + b).rstrip() for a, b in zip(left, right)]


def wrap(text, width):
    words, out, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + ([cur] if cur else [])


def render_ocr(p, rng, lang, lab, opt):
    lines, hf = body_lines(p, rng, lang, lab, opt)
    if opt.get("caps"):
        lines = [ln.upper() for ln in lines]
        hf = [(k.upper(), v.upper()) for k, v in hf]
    lines = digit_damage(lines, hf, rng)
    lines = ocr_damage(lines, p, rng, lang, opt)
    text = "\n".join(lines)
    if opt.get("lig"):
        text = ligatures(text)
    if opt.get("run"):
        text = " ".join(text.split())
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    return text + "\n"


def render_ocrcols(p, rng, lang, lab, opt):
    """The header and the dimensions in the left column, the prose in the right: the OCR read across."""
    hf = header_fields(p, rng, lang, lab)
    ga, ns, sa = part_text(p, rng, lang)
    h = lab["h"] if lang != "fr" else lab["h"]
    left = [f"{k.rstrip(':')}: {v}" for k, v in hf] + ["", h[3]] + dims_lines(p, rng, lang) + ["", h[1]] + \
        reports_lines(p, rng, lang, dict(opt, rep="dash"))
    right = [h[0]] + wrap(ga, 44) + [""] + [h[2]] + wrap(ns, 44) + ["", h[4]] + \
        [x for n, s in enumerate(sa, 1) for x in wrap(f"{n}. {s}", 44)]
    lines = interleave(left, right)
    lines = digit_damage(lines, hf, rng)
    lines = ocr_damage(lines, p, rng, lang, opt)
    lines += [""] + signatures(p, rng, lang)
    return "\n".join(lines) + "\n"


def render_ocrtable(p, rng, lang, lab, opt):
    """The header table read one column after the other: all its labels, then all its values."""
    hf = header_fields(p, rng, lang, lab)
    ga, ns, sa = part_text(p, rng, lang)
    h = lab["h"]
    lines = [("DESCRIPTION DE POSTE" if lang == "fr" else "POSITION DESCRIPTION"), ""]
    lines += [k.rstrip(":") for k, _ in hf] + [""] + [v for _, v in hf] + [""]
    lines += [h[0], ga, "", h[1]]
    hd = ("Poste", "Groupe/niveau", "ETP") if lang == "fr" else ("Position", "Group and Level", "FTEs")
    rep = p["reports"]
    lines += [hd[0]] + [fr(t) if lang == "fr" else en(t) for t, _, _ in rep] + [hd[1]] + [c for _, c, _ in rep] + \
        [hd[2]] + [str(n) for _, _, n in rep]
    lines += ["", h[2], ns, "", h[3]] + dims_lines(p, rng, lang) + ["", h[4]] + [f"{n}. {s}" for n, s in enumerate(sa, 1)]
    lines += [""] + signatures(p, rng, lang)
    lines = digit_damage(lines, hf, rng)
    lines = ocr_damage(lines, p, rng, lang, opt)
    return "\n".join(lines) + "\n"


def render_bi_side(p, rng, opt):
    labf = L["docx_bitable"]["fr"]
    hen = header_fields(p, rng, "en", L["docx_bitable"])
    hfr = header_fields(p, rng, "fr", dict(labf, h=[]))
    lines = ["EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE DIRECTION", ""]
    for (ke, ve), (kf, vf) in zip(hen, hfr):
        lines.append(f"{ke} / {kf}: {ve}" + (f" / {vf}" if vf != ve else ""))
    ga_e, ns_e, sa_e = part_text(p, rng, "en")
    ga_f, ns_f, sa_f = part_text(p, rng, "fr")
    h = L["bi_side"]["h"]
    lines += ["", h[0], ga_e, ga_f, "", h[1]] + reports_lines(p, rng, "en", opt) + reports_lines(p, rng, "fr", opt)
    lines += ["", h[2], ns_e, "", h[3]] + dims_lines(p, rng, "en") + ["", h[4]] + [f"{n}. {s}" for n, s in enumerate(sa_e, 1)]
    lines += [""] + signatures(p, rng, "en")
    return lines, hen


def render_copies(p, rng, opt):
    en_lines, hf = body_lines(p, rng, "en", L["docx_bitable"], opt)
    fr_lines, _ = body_lines(p, rng, "fr", dict(L["docx_bitable"]["fr"], h=FR_H), opt)
    return en_lines, fr_lines, hf


def render_md(p, rng, lang, lab, opt):
    hf = header_fields(p, rng, lang, lab)
    ga, ns, sa = part_text(p, rng, lang)
    h = lab["h"]
    out = ["# Work Description", "", "## Position Information", ""] + [f"*   **{k}:** {v}" for k, v in hf if v]
    out += ["", f"## {h[0]}", "", ga, "", f"## {h[1]}", ""] + reports_lines(p, rng, lang, opt)
    out += ["", f"## {h[3]}", ""] + [f"*   **{d.split(': ', 1)[0]}:** {d.split(': ', 1)[1]}" for d in dims_lines(p, rng, lang)]
    out += ["", f"## {h[2]}", "", ns, "", f"## {h[4]}", ""] + [f"{n}.  {s}" for n, s in enumerate(sa, 1)]
    return "\n".join(out) + "\n"


def fixed_docx(document) -> bytes:
    import datetime as dt
    document.core_properties.created = document.core_properties.modified = dt.datetime(2001, 1, 1)
    document.core_properties.last_modified_by = "records"
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(p, rng, lang, lab, opt):
    import docx
    d = docx.Document()
    ga, ns, sa = part_text(p, rng, lang if lang != "bi" else "en")
    h = lab["h"]
    if lab is L["docx_bitable"]:
        hen = header_fields(p, rng, "en", lab)
        hfr = header_fields(p, rng, "fr", dict(lab["fr"], h=[]))
        d.add_heading("Work Description / Description de travail", 1)
        t = d.add_table(rows=0, cols=3)
        for (ke, ve), (kf, vf) in zip(hen, hfr):
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = ke, ve if ve == vf or lang != "bi" else f"{ve} / {vf}", kf
        hf = hen
    else:
        hf = header_fields(p, rng, lang, lab)
        d.add_heading("Description de travail" if lang == "fr" else "Executive Work Description", 1)
        if lab is L["docx_paras"]:
            for k, v in hf:
                if opt["sep"] == "next":
                    d.add_paragraph(k)
                    d.add_paragraph(v)
                else:
                    d.add_paragraph(f"{k}: {v}")
        else:
            t = d.add_table(rows=0, cols=2)
            for k, v in hf:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
    lg = "en" if lang == "bi" else lang
    d.add_heading(h[0], 2)
    d.add_paragraph(ga)
    d.add_heading(h[1], 2)
    if opt["rep"] == "table":
        hd = ("Poste", "Groupe et niveau", "ETP") if lg == "fr" else ("Position Title", "Group and Level", "FTEs")
        t = d.add_table(rows=1, cols=3)
        for c, x in zip(t.rows[0].cells, hd):
            c.text = x
        for title, cl, n in p["reports"]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = (fr(title) if lg == "fr" else en(title)), cl, str(n)
    else:
        for ln in reports_lines(p, rng, lg, opt):
            d.add_paragraph(ln.lstrip("- "), style="List Bullet")
    d.add_heading(h[2], 2)
    d.add_paragraph(ns)
    d.add_heading(h[3], 2)
    t = d.add_table(rows=0, cols=2)
    for ln in dims_lines(p, rng, lg):
        k, v = ln.split(": ", 1) if ": " in ln else ln.split(" : ", 1)
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading(h[4], 2)
    for s in sa:
        d.add_paragraph(s, style="List Number")
    for s in signatures(p, rng, lg):
        d.add_paragraph(s)
    return fixed_docx(d)


def cover_memo(p, rng):
    names = p["people"]
    return ["MEMORANDUM / NOTE DE SERVICE", "", f"TO: Classification Services", f"FROM: {names[-1]}",
            f"FILE: 3440-{rng.randint(100, 999)}", f"DATE: {w_date(p['date'], 'en', rng)}",
            f"SUBJECT: Classification of position {p['pos']}", "",
            f"Attached please find the revised work description for the {en(p['title'])} for evaluation by the committee. "
            f"The organization chart and the signed copy will follow under separate cover.", "", names[-1], ""]


# --- one document ----------------------------------------------------------------------------------

def options(p, rng, idx):
    return dict(sep=rng.choice([": ", ": ", "  ", "next", " - "]), colon=rng.random() < .5,
                rep=rng.choice(["prose", "dash", "clsfirst", "numbered", "table"]),
                nofte=idx % 11 == 5, nocls=idx % 13 == 7, sup_sentence=idx % 4 == 1,
                caps=p["label"] in ("old_caps", "hrdc", "fr_old") or idx % 9 == 3, run=idx % 3 == 0,
                lig=idx % 5 == 2, acc=idx % 2 == 0, dims_first=idx % 6 == 4)


def render(p, idx):
    rng = random.Random(zlib.crc32(p["key"].encode()))
    p["loc_text"] = loc_text(p, rng)
    lang, fmt, lab = p["lang"], p["fmt"], L[p["label"]]
    opt = options(p, rng, idx)
    if fmt == "ocrtable" or fmt == "docx" and opt["rep"] == "table":
        opt["nocls"] = opt["nofte"] = False   # a table always has its columns
    if fmt == "ocrtable":
        opt["rep"] = "table"
    ext = {"ocr": "txt", "ocrcols": "txt", "ocrtable": "txt", "text": "txt", "cp1252": "txt", "md": "md",
           "docx": "docx", "pdf": "pdf"}[fmt]
    name = f"{p['key']}.{ext}"
    if lang == "bi" and fmt in ("ocr", "ocrcols"):
        lines, hf = render_bi_side(p, rng, opt)
        lines = digit_damage(lines, hf, rng)
        data = "\n".join(ocr_damage(lines, p, rng, "en", opt)) + "\n"
        if fmt == "ocrcols":   # the French general accountability set beside the header
            data = data.replace("\n\n", "\n", 3)
        return name, data.encode("utf-8"), opt
    if fmt in ("ocr",):
        text = render_ocr(p, rng, lang, lab, opt)
        if p.get("cover"):
            text = "\n".join(cover_memo(p, rng)) + "\n\f\n" + text
        if lang == "fr" and idx % 3 == 1:
            text = accents(text, "mojibake")
        elif lang == "fr" and idx % 3 == 2:
            text = accents(text, "acute")
        return name, text.encode("utf-8"), opt
    if fmt == "ocrcols":
        return name, render_ocrcols(p, rng, lang, lab, opt).encode("utf-8"), opt
    if fmt == "ocrtable":
        return name, render_ocrtable(p, rng, lang, lab, opt).encode("utf-8"), opt
    if fmt == "md":
        return name, render_md(p, rng, lang, lab, opt).encode("utf-8"), opt
    if fmt == "docx":
        return name, render_docx(p, rng, lang, lab, opt), opt
    if fmt == "pdf":
        if lang == "bi":
            a, b, hf = render_copies(p, rng, opt)
            pages = ["\n".join(a), "\n".join(b)]
        else:
            lines, hf = body_lines(p, rng, lang, lab, opt)
            foot = f"{p['dept']} - {p['pos'] or ''}"
            pages = ["\n".join(lines[:40] + ["", foot, "1"]), "\n".join(lines[40:] + ["", foot, "2"])]
        if p.get("cover"):
            pages.insert(0, "\n".join(cover_memo(p, rng)))
        pages = ["\n".join(textwrap_lines(pg.splitlines(), 100)) for pg in pages]
        return name, pdf_bytes(pages), opt
    lines, hf = body_lines(p, rng, lang, lab, opt)   # text / cp1252
    text = "\n".join(lines) + "\n"
    if fmt == "cp1252":
        text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        return name, text.replace("\n", "\r\n").encode("cp1252"), opt
    return name, text.encode("utf-8"), opt


def textwrap_lines(lines, width):
    return [x for ln in lines for x in (wrap(ln, width) if len(ln) > width else [ln])]


def truth(p, name, opt):
    bi = p["lang"] == "bi"
    def t(v):
        return list(v) if isinstance(v, tuple) else v
    sp, st, sc = p["sup"]
    fields = dict(title=t(p["title"]), classification=p["cls"], job_code=p["job"], position_number=p["pos"],
                  effective_date=p["date"], supervisor=dict(position_number=sp, title=t(st), classification=sc),
                  direct_reports=[dict(title=t(rt) if bi else (fr(rt) if p["lang"] == "fr" else en(rt)),
                                       classification=None if opt.get("nocls") else c,
                                       fte=None if opt.get("nofte") else n) for rt, c, n in p["reports"]],
                  salary=p["sal"], o_and_m=p["om"], total=p["sal"] + p["om"] if p["total"] else None, location=p["loc"])
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    return dict(document=name, kind={"md": "markdown", "cp1252": "text-cp1252"}.get(p["fmt"], p["fmt"]
                                                                                     .replace("ocrcols", "ocr-columns")
                                                                                     .replace("ocrtable", "ocr-table")),
                language=p["lang"] if p["lang"] != "bi" else "bilingual", outcome="import", fields=fields,
                not_stated=ns, also=dict(fte=p["fte"], operating_budget=None, program_budget=None,
                                         provisional_number=p.get("newpos") if p["pos"] is None else None),
                people=p["people"] + ([x.upper() for x in p["people"]] if opt.get("caps") and p["fmt"] != "docx" else []), versions=None)


# --- documents to refuse -----------------------------------------------------------------------------

def refuse_doc(name, kind, lang):
    rng = random.Random(zlib.crc32(name.encode()))
    if kind == "memo":
        text = ("MEMORANDUM\n\nTO:      All Regional Directors\nFROM:    Chief, Classification Services\nFILE:    3440-1-7\n"
                "DATE:    March 9, 1998\nSUBJECT: Transmittal of EX work descriptions for the 1998-99 review\n\n"
                "Please find attached the list of executive positions (EX-01 to EX-03) whose work descriptions are to be\n"
                "reviewed before June 30, 1998. Position numbers, current group and level and the name of the incumbent\n"
                "are shown for each. Signed copies are to be returned to this office with the organization charts.\n\n"
                "Position 44871 - EX-01 - Director, Real Property Services\nPosition 7-3106 - EX-01 - Warden\n\n"
                "Gordon Pettigrew\nChief, Classification Services\nTBS/SCT 3455 (Rev. 94/02)\n")
    elif kind == "chart":
        text = ("ORGANIZATION CHART - ATLANTIC REGION\nTransport Canada - Marine Safety\nAs of: 2001-04-01\n\n"
                "                    Regional Director General (EX-03)\n                              |\n"
                "        ---------------------------------------------------\n        |                        |                        |\n"
                "  RD Marine Safety     RD Aviation           RD Surface\n     (EX-01)              (EX-01)             (EX-01)\n"
                "        |\n  Mgr Ship Inspection (TI-07)   Mgr Marine Personnel (TI-06)\n\nPrepared by: Regional HR  - page 1 of 1\n")
    elif kind == "letter":
        text = ("Ottawa, le 14 février 2005\n\nMadame Sylvie Gravel\n\nObjet : Offre de nomination intérimaire\n\n"
                "Madame,\n\nJ'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice générale, "
                "Opérations régionales (EX-03), poste no DEC-1030, du 1er mars 2005 au 31 août 2005. Votre rémunération "
                "sera établie selon les Lignes directrices sur la rémunération des cadres.\n\nVeuillez signer et retourner "
                "une copie de la présente pour indiquer votre acceptation.\n\nNormand Thibodeau\nSous-ministre adjoint, "
                "Opérations\n\nJ'accepte l'offre ci-dessus : ____________________  Date : ________\n")
    elif kind == "minutes":
        pages = ["EX Classification Committee - Record of Decision\nMeeting of October 22, 2003 - Room 410\n\n"
                 "Present: chair, two committee members, HR advisor (secretary)\n\n"
                 "1. Director, Census Operations Division - position STC-30451 - confirmed at EX-01 (Hay points noted\n"
                 "   in file). Job content unchanged since 2000.\n2. Director General, Enterprise Development - NL-3104 - "
                 "deferred pending organization chart.\n3. Other business: revised benchmark list to be circulated.\n\n"
                 "Next meeting: November 19, 2003\nSecretary: Linda Boyce"]
        return pdf_bytes(pages)
    else:   # unreadable: a scan that gave only noise
        lines = []
        for _ in range(40):
            lines.append("".join(rng.choice("~',.-_/\\|;:^`il1!rn ") for _ in range(rng.randint(8, 70))))
        lines.insert(12, "l .. ~ E X ' ' ,, /")
        text = "--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"
    return text.encode("utf-8")


def write_yaml(path, data):
    from ruamel.yaml import YAML
    y = YAML()
    y.default_flow_style = False
    y.width = 120
    buf = io.StringIO()
    y.dump(data, buf)
    path.write_text(buf.getvalue(), encoding="utf-8")


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for idx, p in enumerate(POSITIONS):
        name, data, opt = render(dict(p), idx)
        (CORPUS / name).write_bytes(data)
        write_yaml(EXPECTED / f"{name}.expected.yaml", truth(p, name, opt))
    for name, kind, lang in REFUSE:
        (CORPUS / name).write_bytes(refuse_doc(name, kind, lang))
        write_yaml(EXPECTED / f"{name}.expected.yaml",
                   dict(document=name, kind=kind if kind != "unreadable" else "ocr", language=lang, outcome="refuse",
                        reason=kind, fields=None, people=[]))


if __name__ == "__main__":
    main()
