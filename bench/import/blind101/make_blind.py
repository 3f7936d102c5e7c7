"""Write the blind101 corpus and its ground truth, byte for byte the same on every run.

    /work/main/.venv/bin/python bench/import/blind101/make_blind.py

Positions, names and prose are in texts.py. PDFs by tests/import_files.pdf_bytes, Word files by
python-docx (fixed core properties, zip entries rewritten with a fixed timestamp).
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import texts  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "Official Title", "Title of Position"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Position Level"],
        "job": ["Job Code", "Position Job Code", "Job Number", "Generic Job No."],
        "pos": ["Position Number", "Position No.", "Position #", "Pos. No."],
        "date": ["Effective Date", "Date in Effect", "Effective"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "loc": ["Location", "Geographic Location", "Work Location", "City/Province"],
        "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number", "Immediate Supervisor Position No."],
        "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Immediate Supervisor"],
        "sup_cls": ["Supervisor's Classification", "Supervisor Group & Level", "Supervisor Level"],
        "reports_to": ["Reports to", "Reporting to"],
    },
    "fr": {
        "title": ["Titre du poste", "Intitulé du poste", "Titre"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        "job": ["Code d'emploi", "No de code d'emploi", "Numéro de l'emploi"],
        "pos": ["Numéro du poste", "No du poste", "No de poste"],
        "date": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet"],
        "dept": ["Ministère", "Organisation"],
        "loc": ["Lieu géographique", "Emplacement", "Lieu de travail"],
        "sup_pos": ["No de poste du superviseur", "Numéro du poste du supérieur immédiat"],
        "sup_title": ["Titre du poste du superviseur", "Titre du supérieur immédiat"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur"],
        "reports_to": ["Relève de"],
    },
}
HEADINGS = {
    "en": {"GA": ["General Accountability", "Overall Accountability"],
           "ORG": ["Organization Structure", "Organizational Structure", "Structure"],
           "NS": ["Nature and Scope", "Nature & Scope"],
           "DIM": ["Dimensions"],
           "SA": ["Specific Accountabilities", "Key Activities"],
           "CERT": ["Certification", "Signatures"]},
    "fr": {"GA": ["Responsabilité générale", "Responsabilités générales"],
           "ORG": ["Structure organisationnelle", "Organisation"],
           "NS": ["Nature et étendue", "Nature et portée"],
           "DIM": ["Dimensions"],
           "SA": ["Responsabilités spécifiques", "Activités principales"],
           "CERT": ["Certification", "Signatures"]},
}


# --------------------------------------------------------------------------- notations

def fmt_cls(c, style):
    m = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)?)-(\d\d)", c)
    if not m or style == 0:
        return c
    g, n = m.groups()
    return {1: f"{g} {n}", 2: f"{g}-{int(n)}", 3: f"{g}{n}", 4: f"{g} - {n}", 5: f"({g}-{n})"}[style]


def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 5]
    mon = MONTHS_EN[d.month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{mon} {d.day}, {d.year}", f"{mon} {d.day}{suffix}, {d.year}", f"{d.day} {mon} {d.year}",
            d.isoformat(), f"{mon[:3]}. {d.day}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.day:02d}-{mon[:3].upper()}-{d.year}"][style % 7]


def _dec(v, unit, places=3):
    x = v / unit
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s if abs(float(s) * unit - v) < 0.5 else None


def fmt_amt(v, lang, style):
    if lang == "fr":
        grouped = f"{v:,}".replace(",", " ")
        m = _dec(v, 1_000_000)
        opts = [f"{grouped} $", f"{grouped},00 $",
                f"{m.replace('.', ',')} M$" if m and v >= 100_000 else f"{grouped} $",
                f"{m.replace('.', ',')} million $" if m and v >= 1_000_000 else f"{grouped},00 $"]
        return opts[style % 4]
    m, k = _dec(v, 1_000_000), _dec(v, 1000, 0)
    opts = [f"${v:,}", f"${v:,}.00",
            f"${m}M" if m and v >= 1_000_000 else (f"${int(v / 1000)}K" if k else f"${v:,}"),
            f"${int(v / 1000):,}K" if k else f"${v:,}",
            f"${m} million" if m and v >= 1_000_000 else f"${v:,}"]
    return opts[style % 5]


def fmt_fte(n, lang, style):
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} employés"][style % 3]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} employees", f"{n} FTE's"][style % 5]


# --------------------------------------------------------------------------- data

def build(i, p):
    key = p["title"] if "version" not in p else "SCH"
    rng = random.Random(f"blind101:{key}")
    lang = p["lang"]
    d = dict(p)
    d["i"] = i
    d["pos"] = None if i == 22 else str(rng.randint(10000, 999999))
    d["provisional"] = "TBD" if i == 22 else None
    d["job"] = str(rng.randint(100000, 109999)) if rng.random() < 0.5 else None
    d["date"] = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.85 else None
    d["sup_sentence"] = p.get("sup_sentence", False)
    d["sup_pos"] = str(rng.randint(10000, 999999)) if rng.random() < 0.55 else None
    no_cls, no_fte = rng.random() < 0.09, rng.random() < 0.09
    d["no_fte"] = no_fte
    d["reports"] = [dict(title=t, cls=None if no_cls else c, fte=None if no_fte else rng.randint(2, 28), desc=desc)
                    for t, c, desc in p["reports"]]
    r = rng.random()
    sal, om = rng.randint(60, 420) * 10000, rng.randint(20, 950) * 1000
    d["amounts"] = "full" if r < 0.8 else ("total" if r < 0.92 else "none")
    d["salary"], d["om"] = (sal, om) if d["amounts"] == "full" else (None, None)
    d["total"] = sal + om if d["amounts"] != "none" else None
    d["gc"] = rng.randint(5, 90) * 1_000_000 if rng.random() < 0.25 else None
    fte_sum = sum(x["fte"] or 0 for x in d["reports"])
    d["fte"] = (fte_sum + rng.randint(1, 6)) if (not no_fte and rng.random() < 0.7) else None
    d["loc_on"] = rng.random() < 0.82
    names = [f"{rng.choice(texts.FIRST)} {rng.choice(texts.LAST)}" for _ in range(3)]
    d["incumbent"] = names[0] if rng.random() < 0.5 else None
    d["signer"] = names[1]
    d["preparer"] = names[2] if rng.random() < 0.3 else None
    d["acting_signer"] = rng.random() < 0.3
    if p.get("version") == "draft":
        d["incumbent"] = d["signer"] = None
    d["rng"] = random.Random(f"blind101:render:{p['file']}")
    return d


def truth(d):
    lang = d["lang"]
    sup_pos = d["sup_pos"]
    f = dict(title=d["title"], classification=d["cls"], job_code=d["job"], position_number=d["pos"],
             effective_date=d["date"],
             supervisor=dict(position_number=sup_pos, title=d["sup"][0], classification=d["sup"][1]),
             direct_reports=[dict(title=r["title"], classification=r["cls"], fte=r["fte"]) for r in d["reports"]],
             salary=d["salary"], o_and_m=d["om"], total=d["total"],
             location=d["loc"] if d["loc_on"] else None)
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    if sup_pos is None:
        ns.append("supervisor.position_number")
    if d["sup"][1] is None:
        ns.append("supervisor.classification")
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    also = dict(fte=d["fte"], operating_budget=None, program_budget=d["gc"], provisional_number=d["provisional"],
                department=d["dept"])
    if lang == "bi":
        also["title_fr"] = d["title_fr"]
        also["department_fr"] = d.get("dept_fr")
    people = [n for n in (d["incumbent"], d["signer"], d["preparer"]) if n]
    return f, ns, also, people


# --------------------------------------------------------------------------- content

def L(d, key, idx=None):
    """A label in the document's language (bilingual: 'English / Français')."""
    rng = d["rng"]
    pick = d.setdefault("labelpick", {})
    if key not in pick:
        pick[key] = rng.randrange(99)
    n = pick[key]
    if d["lang"] == "bi":
        en, fr = LABELS["en"][key], LABELS["fr"][key]
        return f"{en[n % len(en)]} / {fr[n % len(fr)]}"
    opts = LABELS[d["lang"]][key]
    return opts[n % len(opts)]


def H(d, sec):
    if d["lang"] == "bi":
        return f"{HEADINGS['en'][sec][0]} / {HEADINGS['fr'][sec][0]}"
    opts = HEADINGS[d["lang"]][sec]
    return opts[d["hstyle"] % len(opts)]


def plang(d):
    return "fr" if d["lang"] == "fr" else "en"


def header_fields(d):
    """[(label, value)] in the order the form prints them."""
    lang, st = plang(d), d["styles"]
    out = []
    if d["lang"] == "bi" and d.get("title_one_field"):
        out.append((L(d, "title"), f"{d['title']} / {d['title_fr']}"))
    elif d["lang"] == "bi":
        out.append(("Position Title", d["title"]))
        out.append(("Titre du poste", d["title_fr"]))
    else:
        out.append((L(d, "title"), d["title"]))
    cls = fmt_cls(d["cls"], st["cls"])
    pos = d["pos"] or d["provisional"]
    order = [("cls", cls), ("pos", pos), ("job", d["job"]),
             ("date", fmt_date(d["date"], lang, st["date"]) if d["date"] else None)]
    if st["swap"]:
        order[0], order[1] = order[1], order[0]
    for k, v in order:
        if v is not None:
            out.append((L(d, k), v))
    out.append((L(d, "dept"), d["dept"] if d["lang"] != "bi" else f"{d['dept']} / {d['dept_fr']}"))
    if d["loc_on"] and st["loc_top"]:
        out.append((L(d, "loc"), d["loc_shown"]))
    if not d["sup_sentence"]:
        scls = fmt_cls(d["sup"][1], st["cls"]) if d["sup"][1] else None
        if st["reports_to_line"]:
            v = d["sup"][0] + (f" ({scls})" if scls else "")
            if d["sup_pos"]:
                v += f", {'Position No.' if lang == 'en' else 'poste no'} {d['sup_pos']}"
            out.append((L(d, "reports_to"), v))
        else:
            if d["sup_pos"]:
                out.append((L(d, "sup_pos"), d["sup_pos"]))
            out.append((L(d, "sup_title"), d["sup"][0]))
            if scls:
                out.append((L(d, "sup_cls"), scls))
    if d["loc_on"] and not st["loc_top"]:
        out.append((L(d, "loc"), d["loc_shown"]))
    return out


def report_line(d, r, style):
    lang = plang(d)
    c = fmt_cls(r["cls"], d["styles"]["cls"] if d["styles"]["cls"] != 5 else 0) if r["cls"] else None
    f = fmt_fte(r["fte"], lang, d["styles"]["fte"]) if r["fte"] is not None else None
    t, desc = r["title"], r["desc"]
    resp = "responsable de" if lang == "fr" else "responsible for"
    if style == 0:
        inner = ", ".join(x for x in (c, f) if x)
        return f"{t}" + (f" ({inner})" if inner else "") + f": {resp} {desc}."
    if style == 1:
        return (f"{c} - " if c else "") + t + (f" ({f})" if f else "")
    if style == 2:
        return " – ".join(x for x in (t, c, f) if x)
    return t + (f" [{c}]" if c else "") + (f" ({f})" if f else "") + f", {resp} {desc}."


def reports_prose(d):
    lang = plang(d)
    parts = []
    for r in d["reports"]:
        c = fmt_cls(r["cls"], 0) if r["cls"] else None
        f = fmt_fte(r["fte"], lang, d["styles"]["fte"]) if r["fte"] is not None else None
        inner = ", ".join(x for x in (c, f) if x)
        art = ("le poste de " if lang == "fr" else "the ")
        parts.append(art + r["title"] + (f" ({inner})" if inner else ""))
    joined = "; ".join(parts[:-1]) + ("; et " if lang == "fr" else "; and ") + parts[-1]
    if lang == "fr":
        return fr_de(f"Relèvent de {d['body']} : {joined}.")
    return f"Reporting to the {d['body']} are {joined}."


def sup_sentence(d):
    lang = plang(d)
    s, c = d["sup"]
    cs = f" ({fmt_cls(c, d['styles']['cls'] if d['styles']['cls'] != 5 else 0)})" if c else ""
    pn = ""
    if d["sup_pos"]:
        pn = f", poste no {d['sup_pos']}," if lang == "fr" else f", position no. {d['sup_pos']},"
    n = len(d["reports"]) + 2
    if lang == "fr":
        return (f"Le poste de {d['title']} relève du ou de la titulaire du poste de {s}{cs}{pn} et est l'un des "
                f"{n} postes de direction qui relèvent de ce poste.")
    return f"The {d['title']} reports to the {s}{cs}{pn} and is one of {n} senior positions in that organization."


def fr_de(s):
    return s.replace(" de le ", " du ").replace(" de des ", " des ").replace(" de un ", " d'un ")


def org_intro(d):
    lang = plang(d)
    n = len(d["reports"])
    if lang == "fr":
        return fr_de(f"Les {n} postes suivants relèvent directement de {d['body']} :")
    return f"The following {n} positions report directly to the {d['body']}:"


def dim_lines(d):
    """[(label, value)]"""
    lang, st = plang(d), d["styles"]
    out = []
    if d["amounts"] == "full":
        if lang == "fr":
            out += [("Salaires", fmt_amt(d["salary"], "fr", st["amt"])), ("F et E", fmt_amt(d["om"], "fr", st["amt"])),
                    ("Total", fmt_amt(d["total"], "fr", st["amt"]))]
        else:
            out += [(["Salary", "Salary Budget", "Salaries"][st["amt"] % 3], fmt_amt(d["salary"], "en", st["amt"])),
                    (["O&M", "Operating (O&M)", "O & M"][st["amt"] % 3], fmt_amt(d["om"], "en", st["amt"])),
                    (["Total", "Total Budget", "Total"][st["amt"] % 3], fmt_amt(d["total"], "en", st["amt"]))]
    elif d["amounts"] == "total":
        out.append(("Budget total (salaires et F et E)" if lang == "fr" else "Combined Salary and O&M Budget",
                    fmt_amt(d["total"], lang, st["amt"])))
    if d["gc"]:
        out.append(("Subventions et contributions" if lang == "fr" else "Grants and Contributions",
                    fmt_amt(d["gc"], lang, st["amt"])))
    if d["fte"]:
        out.append(("ETP" if lang == "fr" else ["FTEs", "FTE's", "Number of FTEs"][st["fte"] % 3], str(d["fte"])))
    return out


def prose(d, pool, n):
    rng = d["rng"]
    lang = plang(d)
    focus = rng.choice(texts.FOCUS_FR if lang == "fr" else texts.FOCUS_EN)
    picks = rng.sample(pool, min(n, len(pool)))
    return [fr_de(s.format(body=d["body"], focus=focus)) for s in picks]


def cert_lines(d):
    lang = plang(d)
    out = []
    if lang == "fr":
        out.append("L'énoncé ci-dessus décrit avec exactitude les fonctions du poste.")
    else:
        out.append("The foregoing is an accurate and complete statement of the duties assigned to the position.")
    if d["incumbent"]:
        out.append(("Titulaire : " if lang == "fr" else "Incumbent: ") + d["incumbent"])
    if d["signer"]:
        stitle = d["sup"][0]
        if d["acting_signer"]:
            stitle = f"{stitle} (p.i.)" if lang == "fr" else f"A/{stitle}"
        out.append(("Approuvé par : " if lang == "fr" else "Approved by: ") + f"{d['signer']}, {stitle}")
        out.append(("Date : " if lang == "fr" else "Date: ") + "__________")
    if d["preparer"]:
        out.append(("Préparé par : " if lang == "fr" else "Prepared by: ") + d["preparer"])
    return out


def sections(d):
    """[(sec, [('p', text) | ('li', text) | ('kv', (label, value)) | ('table', rows)])]"""
    lang = plang(d)
    st = d["styles"]
    ga = [("p", s) for s in prose(d, texts.GA_FR if lang == "fr" else texts.GA_EN, 1)]
    org = []
    if d["sup_sentence"] or st["sup_also_prose"]:
        org.append(("p", sup_sentence(d)))
    rs = st["reports"]
    if rs == "prose":
        org.append(("p", reports_prose(d)))
    elif rs == "table":
        org.append(("p", org_intro(d)))
        hdr = ["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position", "Group and Level", "FTEs"]
        rows = [hdr] + [[r["title"], fmt_cls(r["cls"], 0) if r["cls"] else "", str(r["fte"]) if r["fte"] is not None else ""]
                        for r in d["reports"]]
        if d["no_fte"]:
            rows = [row[:2] for row in rows]
        org.append(("table", rows))
    else:
        org.append(("p", org_intro(d)))
        org += [("li", report_line(d, r, rs)) for r in d["reports"]]
    ns = [("p", s) for s in prose(d, texts.NS_FR if lang == "fr" else texts.NS_EN, 2)]
    dim = [("kv", kv) for kv in dim_lines(d)]
    sa = [("li", f"{k}. {s}") for k, s in enumerate(prose(d, texts.SA_FR if lang == "fr" else texts.SA_EN, 5), 1)]
    cert = [("p", s) for s in cert_lines(d)]
    secs = {"GA": ga, "ORG": org, "NS": ns, "DIM": dim, "SA": sa, "CERT": cert}
    order = [["GA", "ORG", "NS", "DIM", "SA", "CERT"], ["GA", "NS", "ORG", "SA", "DIM", "CERT"],
             ["GA", "ORG", "DIM", "NS", "SA", "CERT"]][st["order"]]
    out = [(k, secs[k]) for k in order if secs[k]]
    if d["lang"] == "bi":
        fr_ga = [("p", fr_de(s.format(body="le ou la titulaire", focus=texts.FOCUS_FR[0]))) for s in texts.GA_FR[:1]]
        out.insert(1, ("GA_FR", fr_ga))
    return out


def styles(d):
    rng = d["rng"]
    kind = d["kind"]
    st = dict(cls=rng.choice([0, 0, 1, 2, 3, 4, 5]), date=rng.randrange(7), amt=rng.randrange(5),
              fte=rng.randrange(5), swap=rng.random() < 0.4, loc_top=rng.random() < 0.6,
              reports_to_line=(not d["sup_sentence"]) and rng.random() < 0.15,
              sup_also_prose=rng.random() < 0.3, order=rng.randrange(3),
              reports=rng.choice([0, 1, 2, 3, "prose", "table"] if kind in ("docx", "text", "text-cp1252", "pdf")
                                 else [0, 1, 2, 3, "prose"]),
              layout=rng.choice(["colon", "nextline", "dots", "tab", "caps"]),
              heading=rng.choice(["bare", "caps", "num", "capscolon"]))
    if st["cls"] == 5:
        st["cls"] = 0 if kind == "markdown" else 5
    d["hstyle"] = rng.randrange(2)
    return st


# --------------------------------------------------------------------------- text rendering

def heading_text(d, sec, n):
    h = H(d, sec) if sec != "GA_FR" else "Responsabilité générale"
    hs = d["styles"]["heading"]
    if hs == "caps":
        return h.upper()
    if hs == "num":
        return f"{n}. {h.upper()}"
    if hs == "capscolon":
        return h.upper() + ":"
    return h


def field_lines(label, value, layout, width=78):
    if layout == "nextline":
        return [label + ":" if not label.endswith(":") else label] + textwrap.wrap(value, 56, initial_indent="    ",
                                                                                  subsequent_indent="    ",
                                                                                  break_on_hyphens=False) + [""]
    if layout == "dots":
        head = label + " " + "." * max(3, 34 - len(label)) + " "
    elif layout == "tab":
        head = label + ":\t"
    elif layout == "caps":
        head = label.upper() + ": "
    else:
        head = label + " : " if label.endswith(("poste", "vigueur le", "Relève de")) else label + ": "
    first = head + value
    if len(first) <= width:
        return [first]
    lines = textwrap.wrap(first, width, subsequent_indent=" " * min(len(head), 30), break_on_hyphens=False)
    return lines


def render_lines(d, width=78):
    st = d["styles"]
    out = []
    lang = plang(d)
    if d["lang"] == "bi":
        out += ["EXECUTIVE GROUP WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION", ""]
    elif lang == "fr":
        out += ["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", ""]
    else:
        out += [d["rng"].choice(["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "Job Description"]), ""]
    for label, value in header_fields(d):
        out += field_lines(label, value, st["layout"], width)
    out.append("")
    for n, (sec, items) in enumerate(sections(d), 1):
        out.append(heading_text(d, sec, n))
        out.append("")
        for kind, x in items:
            if kind == "p":
                out += textwrap.wrap(x, width) + [""]
            elif kind == "li":
                bullet = "" if re.match(r"\d+\.", x) else "- "
                out += textwrap.wrap(bullet + x, width, subsequent_indent="  ")
            elif kind == "kv":
                out += field_lines(x[0], x[1], "dots" if st["layout"] == "dots" else "colon", width)
            elif kind == "table":
                for row in x:
                    out.append("\t".join(row))
                out.append("")
        out.append("")
    return out


def footer_text(d, page, total):
    fs = d["i"] % 4
    if fs == 0:
        return f"{d['dept']} – {d['footer']} – Page {page} of {total}" if plang(d) == "en" else \
            f"{d['dept']} – {d['footer']} – Page {page} de {total}"
    if fs == 1:
        return f"{d['footer']}    {page}"
    if fs == 2:
        return f"PROTECTED A / PROTÉGÉ A    {d['footer']}    - {page} -"
    return f"OG. {d['footer']}"


def paginate(lines, per):
    return [lines[k:k + per] for k in range(0, len(lines), per)] or [[]]


def write_text(d, path, cp1252=False):
    lines = render_lines(d)
    pages = paginate(lines, 55)
    body = []
    for n, pg in enumerate(pages, 1):
        body += pg
        if len(pages) > 1:
            body += ["", footer_text(d, n, len(pages)), ""]
    s = "\n".join(body).rstrip() + "\n"
    if cp1252:
        s = s.replace("'", "\u2019").replace("\n", "\r\n")
        path.write_bytes(s.encode("cp1252"))
    else:
        path.write_text(s, encoding="utf-8")


def write_markdown(d, path):
    out = ["# Job Description" if plang(d) == "en" else "# Description de travail", "",
           "## Position Details" if plang(d) == "en" else "## Renseignements sur le poste", ""]
    for label, value in header_fields(d):
        out.append(f"*   **{label}:** {value}")
    out.append("")
    for sec, items in sections(d):
        out += [f"## {H(d, sec) if sec != 'GA_FR' else 'Responsabilité générale'}", ""]
        for kind, x in items:
            if kind == "p":
                out += [x, ""]
            elif kind == "li":
                out.append(f"{x}" if re.match(r"\d+\.", x) else f"*   {x}")
            elif kind == "kv":
                out.append(f"*   **{x[0]}:** {x[1]}")
            elif kind == "table":
                out.append("| " + " | ".join(x[0]) + " |")
                out.append("|" + "---|" * len(x[0]))
                out += ["| " + " | ".join(r) + " |" for r in x[1:]]
        out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- OCR

CONFUSE = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("o", "a"), ("t", "l")]


def damage_digits(s, rng, p):
    def fix(m):
        tok = m.group(0)
        return "".join({"0": "O", "1": rng.choice("Il"), "5": "S", "8": "B"}.get(ch, ch) if rng.random() < p else ch
                       for ch in tok)
    return re.sub(r"\S*\d\S*", fix, s)


def damage_words(s, rng, p):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < p:
            a, b = rng.choice(CONFUSE)
            if a in w:
                k = w.index(a)
                w = w[:k] + b + w[k + len(a):]
        if out and rng.random() < p / 3 and len(w) > 1:
            out[-1] += w
            continue
        out.append(w)
    return " ".join(out)


def write_ocr(d, path):
    rng = random.Random(f"blind101:ocr:{d['file']}")
    strength = [0.15, 0.35, 0.6][(d["i"] // 3) % 3]
    wp = [0.01, 0.03, 0.05][(d["i"] // 3) % 3]
    lines = render_lines(d, 70)
    pages = paginate(lines, 50)
    mode = d["i"] % 3
    if mode == 0:  # the seeds' wrapper, the whole text on one line, footers inline
        chunks = []
        for n, pg in enumerate(pages, 1):
            chunks.append(" ".join(x.strip() for x in pg if x.strip()))
            if len(pages) > 1:
                chunks.append(footer_text(d, n, len(pages)))
        text = " ".join(chunks)
        text = damage_words(damage_digits(text, rng, strength), rng, wp)
        s = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    elif mode == 1:  # a page to a line, the next page's number at the start
        out = []
        for n, pg in enumerate(pages, 1):
            t = " ".join(x.strip() for x in pg if x.strip()) + " " + footer_text(d, n, len(pages))
            out.append((f"{n} " if n > 1 else "") + damage_words(damage_digits(t, rng, strength), rng, wp))
        s = "--- Full Extracted Text ---\n" + "\n".join(out) + "\n"
    else:  # lines kept, hyphenated line ends, footer and form feed
        out = []
        for n, pg in enumerate(pages, 1):
            for x in pg:
                x = damage_words(damage_digits(x, rng, strength), rng, wp)
                if len(x) > 60 and rng.random() < 0.25 and " " in x[40:]:
                    k = x.index(" ", 40)
                    w = x[k + 1:].split(" ")[0]
                    if len(w) > 6 and w.isalpha():
                        out.append(x[:k + 1] + w[:3] + "-")
                        out.append(w[3:] + x[k + 1 + len(w):])
                        continue
                out.append(x)
            out += ["", footer_text(d, n, len(pages)), "\f"]
        s = "\n".join(out).rstrip("\f\n") + "\n"
    path.write_text(s, encoding="utf-8")


def write_ocr_columns(d, path):
    """Left column: header fields, structure, dimensions; right column: prose; read across."""
    rng = random.Random(f"blind101:cols:{d['file']}")
    left = []
    for label, value in header_fields(d):
        left += textwrap.wrap(f"{label.upper()}: {value}", 42)
    secs = dict(sections(d))
    for sec in ("ORG", "DIM"):
        if sec not in secs:
            continue
        left.append(H(d, sec).upper() + ":")
        for kind, x in secs[sec]:
            t = x if kind in ("p", "li") else (f"{x[0]}: {x[1]}" if kind == "kv" else "; ".join(" ".join(r) for r in x[1:]))
            left += textwrap.wrap(t, 42)
    right = []
    for sec in ("GA", "NS", "SA", "CERT"):
        if sec not in secs:
            continue
        right.append(H(d, sec).upper() + ":")
        for kind, x in secs[sec]:
            right += textwrap.wrap(x if isinstance(x, str) else f"{x[0]}: {x[1]}", 46)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    rows = [(a + rng.choice(["  ", " | ", " "]) + b).strip() for a, b in zip(left, right)]
    text = " ".join(rows) + " " + footer_text(d, 1, 1)
    text = damage_words(damage_digits(text, rng, 0.4), rng, 0.02)
    path.write_text("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n",
                    encoding="utf-8")


# --------------------------------------------------------------------------- PDF, Word

def write_pdf(d, path):
    lines = render_lines(d, 92)
    lines = [x.replace("\t", "    ").replace("\u2019", "'") for x in lines]
    pages = paginate(lines, 62)
    texts_ = []
    for n, pg in enumerate(pages, 1):
        texts_.append("\n".join(pg + ["", footer_text(d, n, len(pages))]))
    path.write_bytes(pdf_bytes(texts_))


def fixed_zip(buf: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(buf))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx(author="Executive Services"):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    return doc


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def write_docx(d, path):
    st = d["styles"]
    doc = new_docx()
    lang = plang(d)
    if d["lang"] == "bi":
        doc.add_heading("Executive Work Description / Description de travail de cadre", 1)
    else:
        doc.add_heading("Description de travail – Groupe EX" if lang == "fr" else "Executive Work Description", 1)
    fields = header_fields(d)
    four = d["i"] % 2 == 0 and len(fields) % 2 == 0
    if four:
        t = doc.add_table(rows=len(fields) // 2, cols=4)
        for k, (label, value) in enumerate(fields):
            row, col = divmod(k, 2)
            t.cell(row, col * 2).text = label
            t.cell(row, col * 2 + 1).text = value
    else:
        t = doc.add_table(rows=len(fields), cols=2)
        for k, (label, value) in enumerate(fields):
            t.cell(k, 0).text = label
            t.cell(k, 1).text = value
    t.style = "Table Grid"
    for n, (sec, items) in enumerate(sections(d), 1):
        doc.add_heading(heading_text(d, sec, n) if st["heading"] != "capscolon" else H(d, sec) if sec != "GA_FR" else "Responsabilité générale", 2)
        kvs = [x for k, x in items if k == "kv"]
        if kvs and d["i"] % 3 == 0:
            tt = doc.add_table(rows=len(kvs), cols=2)
            tt.style = "Table Grid"
            for k, (a, b) in enumerate(kvs):
                tt.cell(k, 0).text, tt.cell(k, 1).text = a, b
            items = [x for x in items if x[0] != "kv"]
        for kind, x in items:
            if kind == "p":
                doc.add_paragraph(x)
            elif kind == "li":
                if re.match(r"\d+\.", x):
                    doc.add_paragraph(x)
                else:
                    doc.add_paragraph(x, style="List Bullet")
            elif kind == "kv":
                doc.add_paragraph(f"{x[0]}: {x[1]}" if lang == "en" else f"{x[0]} : {x[1]}")
            elif kind == "table":
                tt = doc.add_table(rows=len(x), cols=len(x[0]))
                tt.style = "Table Grid"
                for r, row in enumerate(x):
                    for c, v in enumerate(row):
                        tt.cell(r, c).text = v
    doc.sections[0].footer.paragraphs[0].text = footer_text(d, 1, 1).replace(" – Page 1 of 1", "").replace(" – Page 1 de 1", "")
    save_docx(doc, path)


# --------------------------------------------------------------------------- documents to refuse

def refuse_docs():
    docs = []
    # 1. memo listing EX positions to update (English, text)
    name = "MEMO - EX work descriptions to update before classification review.txt"
    memo = """MEMORANDUM / NOTE DE SERVICE

TO / DEST.:        Directors General, Operations Sector
FROM / EXP.:       Kathleen Ashdown, Director, Executive Services and Classification
DATE:              February 12, 2024
SUBJECT / OBJET:   EX work descriptions to be updated before the classification review

As announced at the Executive Committee on January 30, the work descriptions of the following
executive positions are more than five years old and must be updated and signed before the
organizational review of the sector. Please send the revised descriptions, signed by the
incumbent and the delegated manager, to my office by March 15, 2024.

Position No.   Title                                                           Level
41187          Director General, Regional Operations – Quebec Region             EX-03
41203          Director, Program Delivery (Eastern Quebec)                        EX-01
41390          Sr. Director, Operational Planning, Results and Reporting          EX-02
41402          Director, Client Service Centres – Montreal and Laval              EX-01

The Executive Services team (contact: Hugo Dansereau, Senior Classification Advisor) can help
with the EX work description template and the key-activities format.

Kathleen Ashdown
"""
    docs.append(dict(file=name, kind="text", lang="en", people=["Kathleen Ashdown", "Hugo Dansereau"],
                     write=lambda p: p.write_text(memo, encoding="utf-8")))

    # 2. French letter of offer, acting EX-01 (Word)
    def offer(p):
        doc = new_docx("Dotation des cadres")
        for t in ["Le 4 septembre 2023", "Madame Rosalie Vachon-Ireland", "Gatineau (Québec)",
                  "Objet : Offre de nomination intérimaire – Directrice, Programmes d'apprentissage et "
                  "Métiers spécialisés (EX-01), poste no 58214",
                  "Madame,",
                  "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Programmes "
                  "d'apprentissage et Métiers spécialisés, classifié EX-01, au sein de la Direction générale des "
                  "compétences et de l'emploi, du 18 septembre 2023 au 15 mars 2024.",
                  "Votre rémunération sera établie dans l'échelle salariale du niveau EX-01 (de 128 500 $ à "
                  "151 100 $), conformément à la Politique sur les conditions d'emploi des cadres.",
                  "Veuillez signer ci-dessous pour indiquer votre acceptation et retourner la présente lettre au "
                  "plus tard le 11 septembre 2023.",
                  "Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
                  "Jean-Sébastien Morneau", "Directeur général, Apprentissage et Partenariats en milieu de travail",
                  "J'accepte l'offre : ______________________   Date : ____________"]:
            doc.add_paragraph(t)
        save_docx(doc, p)
    docs.append(dict(file="Lettre d'offre - nomination intérimaire EX-01 (signée).docx", kind="docx", lang="fr",
                     people=["Rosalie Vachon-Ireland", "Jean-Sébastien Morneau"], write=offer))

    # 3. Executive performance agreement (Word, English)
    def pma(p):
        doc = new_docx("Talent Management")
        doc.add_heading("Executive Performance Agreement 2023-2024", 1)
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for k, (a, b) in enumerate([("Executive", "Gordon Achterberg"),
                                    ("Position Title", "Director General, Trade Controls, Export Permits and Sanctions Policy"),
                                    ("Group and Level", "EX-03"), ("Position Number", "77310"),
                                    ("Manager", "Luisa Fernández-Roy, Assistant Deputy Minister, Trade Policy")]):
            t.cell(k, 0).text, t.cell(k, 1).text = a, b
        doc.add_heading("Commitments", 2)
        for c in ["Results: deliver the modernization of the export permits system by Q3 (key commitment).",
                  "Leadership: sustain an engagement score of at least 70 % in the directorate.",
                  "Corporate: contribute to the departmental talent management exercise and EX succession plan."]:
            doc.add_paragraph(c, style="List Bullet")
        doc.add_heading("Year-end Assessment", 2)
        doc.add_paragraph("Rating: Succeeded+ (to be confirmed at the ADM review committee).")
        doc.add_paragraph("Signature of executive: ____________   Signature of manager: ____________")
        save_docx(doc, p)
    docs.append(dict(file="PMA 2023-24 - DG Trade Controls, Export Permits & Sanctions Policy - FINAL.docx",
                     kind="docx", lang="en", people=["Gordon Achterberg", "Luisa Fernández-Roy"], write=pma))

    # 4. bilingual organization chart as PDF with text layer
    chart = """Organization Chart / Organigramme
Regional Operations Sector / Secteur des opérations régionales - Ontario Region / Région de l'Ontario
Updated / Mis à jour : 2024-01-15

                         Regional Director General / Directeur général régional (EX-03)
                                       Position / Poste 60115
            ------------------------------------------------------------------------
            |                          |                          |
Director, Client Services      Director, Business          A/Director, Regional
(GTA) / Directrice, Services   Expertise / Directeur,      Planning / Dir. int.,
aux clients (RGT)              Expertise opérationnelle   Planification régionale
EX-01  (60117)                 EX-01  (60121)              EX-01  (60130)
            |
Manager, Operations / Gestionnaire, Opérations   PM-06   (12 FTE / ETP)

Prepared by / Préparé par : Organizational Design Unit / Unité de conception organisationnelle
"""
    docs.append(dict(file="Org chart - Ontario Region - Organigramme 2024.pdf", kind="pdf", lang="bilingual",
                     people=[], write=lambda p: p.write_bytes(pdf_bytes([chart]))))

    # 5. a scanned PDF without a text layer
    docs.append(dict(file="Scan_20230612_EX-02 Director General WD (signed).pdf", kind="pdf", lang="en",
                     people=[], write=lambda p: p.write_bytes(pdf_bytes(["", "", ""]))))
    return docs


# --------------------------------------------------------------------------- main

WRITERS = {"text": write_text, "text-cp1252": lambda d, p: write_text(d, p, cp1252=True), "markdown": write_markdown,
           "ocr": write_ocr, "ocr-columns": write_ocr_columns, "pdf": write_pdf, "docx": write_docx}
LANG = {"en": "en", "fr": "fr", "bi": "bilingual"}


def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def main():
    for p in (CORPUS, EXPECTED):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    sch = [p["file"] for p in texts.POSITIONS if p.get("version")]
    newest = [p["file"] for p in texts.POSITIONS if p.get("version") == "signed"][0]
    for i, p in enumerate(texts.POSITIONS):
        d = build(i, p)
        d["styles"] = styles(d)
        WRITERS[p["kind"]](d, CORPUS / p["file"])
        f, ns, also, people = truth(d)
        dump(EXPECTED / f"{p['file']}.expected.yaml",
             dict(document=p["file"], kind=p["kind"], language=LANG[p["lang"]], outcome="import", fields=f,
                  not_stated=ns, also=also, people=people,
                  versions=dict(documents=sch, newest=newest) if p.get("version") else None))
    for r in refuse_docs():
        r["write"](CORPUS / r["file"])
        dump(EXPECTED / f"{r['file']}.expected.yaml",
             dict(document=r["file"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                  not_stated=[], also={}, people=r["people"], versions=None))


if __name__ == "__main__":
    main()
