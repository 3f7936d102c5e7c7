"""Write the blind46 corpus: an executive-services team's folder of EX work descriptions, 2010-2024.

    /work/main/.venv/bin/python bench/import/blind46/make_blind.py

Writes ``corpus/`` (the documents) and ``expected/<document>.expected.yaml`` (the ground truth)
next to this file, the same bytes on every run (a fixed seed; Word files with fixed dates). The
positions are in ``positions.py``, the prose and departments in ``texts.py``; PDFs are made by
``tests/import_files.pdf_bytes``. Needs python-docx and PyYAML."""

from __future__ import annotations

import datetime
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
from positions import POSITIONS  # noqa: E402
from texts import (CERT_EN, CERT_FR, CHALLENGES_EN, CHALLENGES_FR, CSR, DEPTS,  # noqa: E402
                   FAMILIES, FAMILIES_FR)

SEED = 46046
V0, V1 = "\x01", "\x02"          # around a value: letter damage spared, digit damage applied

NOTOTAL = {"dfo_sch_nl", "ps_crime", "cra_laval"}
COMBINED = {"cra_snvcc", "aafc_sth"}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def v(text) -> str:
    return f"{V0}{text}{V1}"


# ------------------------------------------------------------------------------------ notations

def fmt_date(iso: str, style: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "long":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "long_st":
        suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{MONTHS_EN[m - 1]} {d}{suffix}, {y}"
    if style == "dmy":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "abbr":
        mon = MONTHS_EN[m - 1]
        return f"{mon if len(mon) <= 4 else mon[:3] + '.'} {d}, {y}"
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y:04d}/{m:02d}/{d:02d}"
    if style == "fr_long":
        return f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if style == "fr_le":
        return f"le {'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if style == "fr_dots":
        return f"{d:02d}.{m:02d}.{y:04d}"
    raise ValueError(style)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _short(n: int, unit: int, places: int = 3):
    if n % (unit // 10 ** places):
        return None
    text = f"{n / unit:.{places}f}".rstrip("0").rstrip(".")
    return text


def fmt_amt(n: int, style: str) -> str:
    if n >= 1_000_000_000:
        b = _short(n, 1_000_000_000)
        return f"{b.replace('.', ',')} milliard(s) $" if style.startswith("fr") else f"${b} billion"
    if style == "full":
        return f"${n:,}"
    if style == "M":
        s = _short(n, 1_000_000)
        return f"${s}M" if s else f"${n:,}"
    if style == "K":
        return f"${n // 1000:,}K" if n % 1000 == 0 else f"${n:,}"
    if style == "million":
        s = _short(n, 1_000_000)
        return f"${s} million" if s else f"${n:,}"
    if style == "fr_full":
        return f"{_grouped(n, ' ')} $"
    if style == "fr_dec":
        return f"{_grouped(n, ' ')},00 $"
    if style == "fr_M":
        s = _short(n, 1_000_000)
        return f"{s.replace('.', ',')} M$" if s else f"{_grouped(n, ' ')} $"
    raise ValueError(style)


def fmt_cls(level: str, style: str) -> str:
    digits = level.split("-")[1]
    if style.startswith("EX-O"):
        return "EX-O" + digits[1]
    if re.fullmatch(r"EX-\d", style):
        return f"EX-{int(digits)}"
    if style.startswith("EX "):
        return f"EX {digits}"
    if style.startswith("("):
        return f"(EX-{digits})"
    return level


# ------------------------------------------------------------------------------------ damage

DIGIT_SUBS = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER_SUBS = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("ti", "fi"),
               ("h", "b"), ("o", "a"), ("t", "l"), ("u", "n"), ("s", "5")]


def damage_value(text: str, strength: int, rng: random.Random) -> str:
    if strength == 0:
        return text
    p = {1: 0.3, 2: 0.6}[strength]
    subs = DIGIT_SUBS if strength == 2 else {"0": "O", "1": "I"}
    out = []
    for ch in text:
        if ch in subs and rng.random() < p:
            out.append(subs[ch] if ch != "1" or rng.random() < 0.7 else "l")
        else:
            out.append(ch)
    return "".join(out)


def damage_word(word: str, rate: float, rng: random.Random) -> str:
    if len(word) < 4 or rng.random() >= rate:
        return word
    a, b = LETTER_SUBS[rng.randrange(len(LETTER_SUBS))]
    if a in word:
        i = word.find(a)
        return word[:i] + b + word[i + len(a):]
    return word


TOKEN = re.compile(f"(?:[^\\s{V0}]*{V0}[^{V1}]*{V1})+[^\\s{V0}]*|\\S+")
MARKED = re.compile(f"({V0}[^{V1}]*{V1})")


def damage_line(line: str, strength: int, rng: random.Random) -> str:
    """Letter confusions and run-together words in prose; digit confusions in values."""
    if strength == 0:
        return line.replace(V0, "").replace(V1, "")
    rate = {1: 0.04, 2: 0.09}[strength]
    join = {1: 0.015, 2: 0.04}[strength]
    out = []
    pos = 0
    prev_value = True
    for m in TOKEN.finditer(line):
        gap = line[pos:m.start()]
        tok = m.group(0)
        if gap == " " and out and not prev_value and V0 not in tok and rng.random() < join:
            gap = ""
        out.append(gap)
        if V0 in tok:
            for part in MARKED.split(tok):
                if part.startswith(V0):
                    out.append(damage_value(part[1:-1], strength, rng))
                else:
                    out.append(part)
        else:
            word = damage_word(tok, rate, rng)
            if word.endswith("'s") and rng.random() < 0.4:
                word = word[:-2] + " s"
            out.append(word)
        prev_value = V0 in tok
        pos = m.end()
    return "".join(out).rstrip()


def strip_marks(text: str) -> str:
    return text.replace(V0, "").replace(V1, "")


def wrap_marked(line: str, width: int, rng: random.Random, hyphen: float) -> list[str]:
    """Wrap at spaces outside values; now and then a long word hyphenated at the line's end."""
    if len(strip_marks(line)) <= width:
        return [line]
    tokens = TOKEN.findall(line)
    lines, cur, cur_len = [], [], 0
    for tok in tokens:
        tlen = len(strip_marks(tok))
        if cur and cur_len + 1 + tlen > width:
            if (V0 not in tok and tlen > 8 and tok.isalpha() and rng.random() < hyphen
                    and cur_len + 5 < width):
                cut = max(3, min(tlen - 3, width - cur_len - 2))
                cur.append(tok[:cut] + "-")
                lines.append(" ".join(cur))
                cur, cur_len = [tok[cut:]], tlen - cut
                continue
            lines.append(" ".join(cur))
            cur, cur_len = [], 0
        cur.append(tok)
        cur_len += tlen + (1 if cur_len else 0)
    if cur:
        lines.append(" ".join(cur))
    return lines or [""]


# ------------------------------------------------------------------------------------ labels

LABELS_EN = [
    dict(title="TITLE", cls="GROUP/LEVEL", pn="POSITION NUMBER", jc="JOB CODE", date="EFFECTIVE DATE",
         dept="DEPARTMENT", branch="BRANCH", loc="LOCATION", sup_title="REPORTS TO",
         sup_pn="SUPERVISOR'S POSITION NUMBER", sup_cls="SUPERVISOR'S GROUP/LEVEL"),
    dict(title="Position Title", cls="Classification", pn="Position No.", jc="Job Code No.",
         date="Effective Date", dept="Department", branch="Branch - Service", loc="Geographic Location",
         sup_pn="Supervisor's Position No.", sup_title="Supervisor's Position Title",
         sup_cls="Supervisor's Classification"),
    dict(title="Official Title", cls="Level", pn="Pos. No.", jc="Standard Job No.", date="Date",
         dept="Organization", branch="Sector", loc="Work Location", sup_title="Immediate Supervisor",
         sup_pn="Supervisor Pos. No.", sup_cls="Supervisor Level"),
    dict(title="Job Title", cls="Position Level", pn="Position Number", jc="Generic Job Code",
         date="Date in Effect", dept="Department/Agency", branch="Branch", loc="City",
         sup_title="Reports to (Title)", sup_pn="Reports to (Position No.)",
         sup_cls="Reports to (Group and Level)"),
]
LABELS_FR = [
    dict(title="TITRE DU POSTE", cls="GROUPE ET NIVEAU", pn="NUMÉRO DU POSTE", jc="CODE DU POSTE",
         date="DATE D'ENTRÉE EN VIGUEUR", dept="MINISTÈRE", branch="DIRECTION GÉNÉRALE", loc="LIEU",
         sup_title="RELÈVE DE", sup_pn="NUMÉRO DU POSTE DU SUPERVISEUR", sup_cls="GROUPE ET NIVEAU DU SUPERVISEUR"),
    dict(title="Titre du poste", cls="Classification", pn="No du poste", jc="No de code d'emploi",
         date="Date de prise d'effet", dept="Ministère", branch="Direction générale - Service",
         loc="Lieu géographique", sup_pn="No de poste du superviseur", sup_title="Titre du poste du superviseur",
         sup_cls="Classification du superviseur"),
    dict(title="Intitulé du poste", cls="Niveau", pn="Numéro de poste", jc="Code de l'emploi",
         date="En vigueur le", dept="Organisation", branch="Secteur", loc="Emplacement",
         sup_title="Supérieur immédiat", sup_pn="No de poste du supérieur", sup_cls="Niveau du supérieur"),
]
LABELS_BI = dict(title="Position Title / Titre du poste", cls="Group and Level / Groupe et niveau",
                 pn="Position Number / Numéro du poste", jc="Job Code / Code d'emploi",
                 date="Effective Date / Date d'entrée en vigueur", dept="Department / Ministère",
                 branch="Branch / Direction générale", loc="Location / Lieu",
                 sup_title="Supervisor's Title / Titre du superviseur",
                 sup_pn="Supervisor's Position No. / No de poste du superviseur",
                 sup_cls="Supervisor's Group and Level / Groupe et niveau du superviseur")

HEADS = {
    "en": dict(ga="General Accountability", org="Organizational Structure", scope="Nature and Scope",
               dim="Dimensions", acts="Specific Accountabilities", cert="Certification",
               csr="Client Service Results", keyacts="Key Activities", challenges="Key Challenges",
               title="EXECUTIVE WORK DESCRIPTION"),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", scope="Nature et portée",
               dim="Dimensions", acts="Responsabilités spécifiques", cert="Attestation",
               csr="Résultats axés sur le service à la clientèle", keyacts="Activités principales",
               challenges="Défis principaux", title="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)"),
}


def heading(name: str, lang: str, style: str, n: int) -> str:
    if lang == "bilingual":
        text = f"{HEADS['en'][name]} / {HEADS['fr'][name]}"
    else:
        text = HEADS[lang][name]
    if style == "caps":
        return text.upper() + (":" if n % 2 else "")
    if style == "numbered":
        return f"{n}. {text.upper()}"
    return text


# ------------------------------------------------------------------------------------ pieces of text

def fam_text(p: dict, lang: str) -> dict:
    fam = (FAMILIES_FR if lang == "fr" else FAMILIES)[p["fam"]]
    dept = DEPTS[p["dept"]][1 if lang == "fr" else 0]
    title = p["title"] if lang != "fr" or p["lang"] == "fr" else p["fr"]["title"]
    unit = p["unit"] if lang != "fr" or p["lang"] == "fr" else p["fr"]["unit"]
    fill = lambda s: s.format(title=title, unit=unit, dept=dept)  # noqa: E731
    return dict(ga=fill(fam["ga"]), scope=fill(fam["scope"]), acts=[fill(a) for a in fam["acts"]])


def fte_word(p: dict, lang: str) -> str:
    if lang == "fr":
        return "ETP"
    return p["_rng"].choice(["FTEs", "FTEs", "FTE", "FTE's"])


def report_lines(p: dict, lang: str, form: str) -> list[str]:
    reps = p["reports"]
    titles = [r[0] for r in reps]
    if lang == "fr" and p["lang"] == "bilingual":
        titles = p["fr"]["reports"]
    fw = fte_word(p, lang)
    out = []
    if form == "table":
        if lang == "fr":
            out.append("Titre du poste | Groupe et niveau | ETP")
        else:
            out.append(f"Position Title | Classification | {fw}")
        for t, (_, c, n) in zip(titles, reps):
            out.append(f"{t} | {v(c)} | {v(n)}")
        return out
    if form in ("prose", "prose_nocls"):
        parts = []
        for t, (_, c, n) in zip(titles, reps):
            cl = f" ({v(c)})" if form == "prose" else ""
            if lang == "fr":
                parts.append(f"le poste de {t}{cl}, avec un effectif de {v(n)}")
            else:
                parts.append(f"the {t}{cl}, with a staff of {v(n)}")
        lead = ("Relèvent du titulaire : " if lang == "fr"
                else "Reporting to the position are ")
        last = " et " if lang == "fr" else "; and "
        return [lead + "; ".join(parts[:-1]) + last + parts[-1] + "."]
    for t, (_, c, n) in zip(titles, reps):
        if form == "f1":
            out.append(f"- {t} ({v(c)}, {v(n)} {fw})")
        elif form == "f2":
            out.append(f"{v(c)} - {t} ({v(n)} {fw})")
        elif form == "f3":
            staff = "effectif de" if lang == "fr" else "staff of"
            out.append(f"- {t} ({v(c)}), {staff} {v(n)}")
        elif form == "f4":
            out.append(f"{t} – {v(c)} – {v(n)} {fw}")
        elif form == "list":
            out.append(f"• {t} ({v(c)}) – {v(n)} {fw}")
        elif form == "list_nofte":
            out.append(f"• {t} ({v(c)})")
        else:
            raise ValueError(form)
    return out


def dims(p: dict, lang: str, style: str) -> tuple[dict, list[str]]:
    """The dimension lines and the amounts the document states."""
    a = p["st"]["amt"]
    sal, om = p["sal"], p["om"]
    total = sal + om
    stated = dict(salary=sal, o_and_m=om, total=total)
    if p["key"] in NOTOTAL:
        stated["total"] = None
    if p["key"] in COMBINED:
        stated = dict(salary=None, o_and_m=None, total=total)
    if a.startswith("fr") and lang != "fr":
        a = "full"
    if lang == "fr" and not a.startswith("fr"):
        a = "fr_full"
    A = lambda n: v(fmt_amt(n, a))  # noqa: E731
    fw = fte_word(p, lang)
    extra = []
    if p.get("prog"):
        extra.append((("Budget de programme (S et C)" if lang == "fr" else "Program Budget (Gs&Cs)"), A(p["prog"])))
    if lang == "fr":
        labels = p["_rng"].choice([("Salaires", "F et E", "Total"),
                                   ("Budget salarial", "Fonctionnement et entretien", "Budget total")])
        ftel = "ETP" if style != "prose" else None
    else:
        labels = p["_rng"].choice([("Salary", "O&M", "Total"),
                                   ("Salary Budget", "Operating and Maintenance", "Total Budget"),
                                   ("Salaries", "Non-salary O&M", "Total Operating Budget")])
        ftel = fw
    colon = " :" if lang == "fr" else ":"
    if p["key"] in COMBINED:
        lab = ("Budget combiné (salaires et F et E)" if lang == "fr"
               else "Combined Salary and O&M Budget")
        rows = [(ftel or "ETP", v(p["fte"])), (lab, A(total))] + extra
        return stated, [f"{k}{colon} {val}" for k, val in rows]
    rows = [(ftel, v(p["fte"])), (labels[0], A(sal)), (labels[1], A(om))]
    if stated["total"] is not None:
        rows.append((labels[2], A(total)))
    rows += extra
    if style == "lines":
        return stated, [f"{k}{colon} {val}" for k, val in rows]
    if style == "oneline":
        return stated, ["   ".join(f"{k}{colon} {val}" for k, val in rows)]
    if style == "table":
        keys = [k for k, _ in rows]
        return stated, ["   ".join(keys), "   ".join(val for _, val in rows)]
    if style == "prose":
        if lang == "fr":
            s = (f"Le titulaire gère un effectif de {v(p['fte'])} ETP, un budget salarial de {A(sal)} et un "
                 f"budget de fonctionnement et d'entretien de {A(om)}")
            s += f", pour un total de {A(total)}." if stated["total"] is not None else "."
        else:
            s = (f"The position is responsible for {v(p['fte'])} FTEs, a salary budget of {A(sal)} and an "
                 f"operating and maintenance budget of {A(om)}")
            s += f", for a total of {A(total)}." if stated["total"] is not None else "."
        for k, val in extra:
            s += f" {k}{colon} {val}."
        return stated, [s]
    raise ValueError(style)


def sup_sentence(p: dict, lang: str) -> str:
    pn, t, c = p["sup"]
    if lang == "fr":
        t = t if p["lang"] == "fr" else p["fr"]["sup"]
        s = f"Le titulaire relève directement du poste de {v(t)} ({v(c)})"
        return s + (f", poste no {v(pn)}." if pn else ".")
    s = f"The {p['title']} reports to the {v(t)} ({v(c)})"
    return s + (f", position number {v(pn)}." if pn else ".")


def header_fields(p: dict, lang: str, labels: dict) -> list[tuple[str, str]]:
    st = p["st"]
    title = p["title"] if lang != "fr" or p["lang"] == "fr" else p["fr"]["title"]
    if st.get("bi") == "labels" and lang == "bilingual":
        title = f"{p['title']} / {p['fr']['title']}"
    dept = DEPTS[p["dept"]]
    dname = dept[1] if lang == "fr" else dept[0]
    if lang == "bilingual":
        dname = f"{dept[0]} / {dept[1]}"
    loc = p["loc"] if lang != "fr" or p["lang"] == "fr" else p["fr"]["loc"]
    pn = p["pn"]
    rows = [("title", v(title)), ("cls", v(fmt_cls(p["lvl"], st["cls"]))), ("pn", v(pn))]
    if p.get("jc"):
        rows.append(("jc", v(p["jc"])))
    date_style = st["date"]
    if lang == "fr" and not date_style.startswith("fr") and date_style != "iso":
        date_style = "fr_long"
    rows.append(("date", v(fmt_date(p["date"], date_style))))
    rows += [("dept", dname), ("branch", p["branch"]), ("loc", v(loc))]
    spn, stitle, scls = p["sup"]
    if lang == "fr" and p["lang"] == "bilingual":
        stitle = p["fr"]["sup"]
    if st["sup"] == "fields":
        if spn:
            rows.append(("sup_pn", v(spn)))
        rows += [("sup_title", v(stitle)), ("sup_cls", v(scls))]
    elif st["sup"] == "reportsto":
        text = f"{v(stitle)} ({v(scls)})" + (f", {'poste no' if lang == 'fr' else 'Position No.'} {v(spn)}" if spn else "")
        rows.append(("sup_title", text))
    return [(labels[k], val) for k, val in rows]


def signature_lines(p: dict, lang: str) -> list[str]:
    ppl = p["people"]
    st = p["st"]
    y, m, d = (int(x) for x in p["date"].split("-"))
    signed = (datetime.date(y, m, d) - datetime.timedelta(days=9 + len(p["key"]))).isoformat()
    lines = []
    i = 0
    if st.get("incumbent"):
        lab = "Titulaire" if lang == "fr" else "Incumbent"
        lines.append(f"{lab}: {ppl[0]}    Signature: ____________    Date: {signed}")
        i = 1
    sup_title = p["sup"][1] if not (lang == "fr" and p["lang"] == "bilingual") else p["fr"]["sup"]
    if i < len(ppl):
        lab = "Superviseur" if lang == "fr" else "Supervisor"
        lines.append(f"{lab}: {ppl[i]}, {sup_title}    Date: {signed}")
        i += 1
    while i < len(ppl):
        lab = "Approuvé par" if lang == "fr" else "Approved by"
        who = "Directeur général, Ressources humaines" if lang == "fr" else "Director General, Human Resources"
        lines.append(f"{lab}: {ppl[i]}, {who}    Date: {signed}")
        i += 1
    return lines


def compose(p: dict, lang: str, layout_labels: dict | None = None) -> list[tuple[str, list[str]]]:
    """The document as sections: (name, lines), text with values marked."""
    st = p["st"]
    hstyle = st.get("head", "caps")
    if layout_labels is None:
        layout_labels = (LABELS_FR if lang == "fr" else LABELS_EN)[st.get("labels", 0) % (3 if lang == "fr" else 4)]
    hdr = header_fields(p, lang, layout_labels)
    lay = st.get("lay", "inline")
    colon = " :" if lang == "fr" else ":"
    hl, lang = lang, ("fr" if lang == "fr" else "en")
    head_lines = []
    for lab, val in hdr:
        if lay == "inline":
            head_lines.append(f"{lab}{colon} {val}")
        elif lay == "next":
            head_lines += [lab.upper() if lab.isupper() else lab, f"    {val}"]
        elif lay == "dots":
            head_lines.append(f"{lab} {'.' * max(3, 34 - len(lab))} {val}")
        elif lay == "tabs":
            head_lines.append(f"{lab}:\t\t{val}")
    fam = fam_text(p, lang)
    secs = []
    dept = DEPTS[p["dept"]][1 if lang == "fr" else 0]
    if hl == "bilingual":
        dept = " / ".join(DEPTS[p["dept"]])
    secs.append(("top", [dept.upper(), heading("title", hl, "plain", 0)] + head_lines))
    n = 1
    H = lambda name: heading(name, hl, hstyle, n)  # noqa: E731
    org = []
    if st["sup"] == "sentence":
        org.append(sup_sentence(p, lang))
    org.append("Les postes suivants relèvent du titulaire :" if lang == "fr"
               else f"The following positions report to the {p['title']}:")
    org += report_lines(p, lang, st["rep"])
    stated, dim_lines = dims(p, lang, st.get("dim", "lines"))
    p["_stated"] = stated
    chall = CHALLENGES_FR if lang == "fr" else CHALLENGES_EN
    unit = p["unit"] if lang != "fr" or p["lang"] == "fr" else p["fr"]["unit"]
    if st.get("csr"):
        order = [("csr", [f"{i}. {c.format(unit=unit)}" for i, c in enumerate(CSR['fr' if lang == 'fr' else 'en'], 1)]),
                 ("keyacts", [f"- {a}" for a in fam["acts"]]),
                 ("org", org), ("dim", dim_lines), ("scope", [fam["scope"]])]
    else:
        order = [("ga", [fam["ga"]]), ("org", org), ("scope", [fam["scope"]] + chall[:2]),
                 ("dim", dim_lines), ("acts", [f"{i}. {a}" for i, a in enumerate(fam["acts"], 1)])]
        if p["_rng"].random() < 0.35:
            order = [order[0], order[3], order[1], order[4], order[2]]
    for name, body in order:
        secs.append((name, [H(name)] + body))
        n += 1
    cert = CERT_FR if lang == "fr" else CERT_EN
    secs.append(("cert", [H("cert"), cert] + signature_lines(p, lang)))
    return secs


# ------------------------------------------------------------------------------------ OCR text

OCR_HEAD = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def render_ocr(p: dict) -> str:
    st = p["st"]
    rng = p["_rng"]
    lang = "en" if p["lang"] == "bilingual" else p["lang"]
    if p["lang"] == "bilingual" and st.get("bi") == "labels":
        secs = compose(p, "bilingual", LABELS_BI)
        # the general accountability in French too
        fr_ga = fam_text(p, "fr")["ga"] if p["fam"] in FAMILIES_FR else None
        if fr_ga:
            for i, (name, body) in enumerate(secs):
                if name == "ga":
                    secs[i] = (name, body + [fr_ga])
    else:
        secs = compose(p, lang)
    if p["lang"] == "bilingual" and st.get("bi") == "copy":
        p_fr_secs = compose(p, "fr")
        secs = secs + [("ff", ["\f", "VERSION FRANÇAISE"])] + p_fr_secs
    dmg = st.get("dmg", 1)
    mode = st["ocr"]
    short = p["title"].split(",")[0] if len(p["title"]) > 40 else p["title"]
    footer = f"OG. {short}" if lang == "en" else f"DT. {short}"
    if mode == "columns":
        left_names = {"top", "org", "dim"}
        left, right, rest = [], [], []
        for name, body in secs:
            (left if name in left_names else right if name in ("ga", "scope", "acts", "csr", "keyacts") else rest).extend(body)
        lw, rw = 44, 50
        L = [x for line in left for x in wrap_marked(line, lw, rng, 0.0)]
        R = [x for line in right for x in wrap_marked(line, rw, rng, 0.2)]
        out = []
        for i in range(max(len(L), len(R))):
            a = L[i] if i < len(L) else ""
            b = R[i] if i < len(R) else ""
            sep = " | " if rng.random() < 0.3 else "   "
            out.append(damage_line(a, dmg, rng) + (sep + damage_line(b, dmg, rng) if b else ""))
        out += [damage_line(x, dmg, rng) for line in rest for x in wrap_marked(line, 90, rng, 0.0)]
        return OCR_HEAD + "\n".join(out) + "\n"
    lines = [line for _, body in secs for line in body]
    if mode == "run":
        text = " ".join(damage_line(x, dmg, rng) for x in lines if x != "\f")
        return OCR_HEAD + text
    if mode == "pages":
        out, page, cur = [], 1, []
        size = 0
        for x in lines:
            if x == "\f":
                continue
            cur.append(damage_line(x, dmg, rng))
            size += len(x)
            if size > 2600:
                out.append(" ".join(cur) + " " + footer)
                page += 1
                cur, size = [f"{page}"], 0
        out.append(" ".join(cur) + " " + footer)
        return OCR_HEAD + "\n".join(out)
    if mode == "lines":
        width = rng.choice([64, 70, 76])
        out = []
        count, page = 0, 1
        dept = DEPTS[p["dept"]][1 if lang == "fr" else 0]
        for x in lines:
            if x == "\f":
                out.append("\f")
                continue
            for w in wrap_marked(x, width, rng, 0.25 if dmg else 0.1):
                out.append(damage_line(w, dmg, rng))
                count += 1
                if count >= 48:
                    page += 1
                    tag = f"Page {page - 1}" if lang == "en" else f"Page {page - 1}"
                    out += ["", f"{dept} - {tag}", "\f" if rng.random() < 0.5 else "", short, ""]
                    count = 0
        out += ["", f"{dept} - Page {page}"]
        return OCR_HEAD + "\n".join(out) + "\n"
    raise ValueError(mode)


# ------------------------------------------------------------------------------------ PDF

def render_pdf(p: dict) -> bytes:
    st = p["st"]
    lang = p["lang"]
    rng = p["_rng"]
    if st["pdf"] == "form":
        labels = LABELS_EN[1]
        hdr = header_fields(p, lang, labels)
        secs = compose(p, lang)
        secs = [s for s in secs if s[0] != "top"]
        top = [DEPTS[p["dept"]][0], HEADS["en"]["title"], ""]
        for i in range(0, len(hdr), 2):
            pair = hdr[i:i + 2]
            top.append("".join(f"{lab:<58}" for lab, _ in pair).rstrip())
            top.append("".join(f"{strip_marks(val):<58}" for _, val in pair).rstrip())
            top.append("")
        lines = top + [x for _, body in secs for x in body]
    else:
        secs = compose(p, lang)
        lines = [x for _, body in secs for x in body]
    flat = []
    for x in lines:
        x = strip_marks(x)
        flat += textwrap.wrap(x, 100, break_long_words=False) or [""]
    dept = DEPTS[p["dept"]][1 if lang == "fr" else 0]
    pages = []
    per = 62
    total = (len(flat) + per - 1) // per
    for i in range(total):
        chunk = flat[i * per:(i + 1) * per]
        foot = (f"{dept} - {'Page' if lang != 'fr' else 'Page'} {i + 1} / {total}")
        pages.append("\n".join(chunk + ["", foot]))
    return pdf_bytes(pages)


# ------------------------------------------------------------------------------------ Word

def _docx():
    import docx
    return docx


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_document():
    docx = _docx()
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Executive Services"
    cp.last_modified_by = "Executive Services"
    cp.created = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.revision = 1
    cp.title = ""
    return doc


def save_docx(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def add_label_para(doc, label: str, value: str, colon: str = ":"):
    para = doc.add_paragraph()
    run = para.add_run(f"{label}{colon} ")
    run.bold = True
    para.add_run(strip_marks(value))
    return para


def add_table(doc, rows: list[list[str]], header: bool = False):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = strip_marks(str(cell))
            if header and r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    return table


def render_docx(p: dict) -> bytes:
    st = p["st"]
    tpl = st["tpl"]
    lang = "fr" if tpl.startswith("fr") else "en"
    doc = new_document()
    dept = DEPTS[p["dept"]]
    section = doc.sections[0]
    foot = section.footer.paragraphs[0]
    foot.text = "Protected A / Protégé A" if p["dept"] in ("DND", "PS", "JUS") else dept[1 if lang == "fr" else 0]
    if tpl == "bi_table":
        return render_docx_bilingual(p, doc)
    if tpl == "csr":
        st["csr"] = True
    labels = (LABELS_FR[1 if tpl == "fr_table" else 2] if lang == "fr" else LABELS_EN[1 if tpl == "table" else 3 if tpl == "csr" else 2])
    hdr = header_fields(p, lang, labels)
    secs = compose(p, lang, labels)
    colon = " :" if lang == "fr" else ":"
    doc.add_heading(dept[1 if lang == "fr" else 0], level=2)
    doc.add_heading(HEADS[lang]["title"] if tpl != "csr" else "Work Description - Executive Group", level=1)
    if tpl in ("table", "fr_table", "csr"):
        add_table(doc, [[lab, val] for lab, val in hdr])
    else:
        for lab, val in hdr:
            add_label_para(doc, lab, val, colon)
    for name, body in secs:
        if name == "top":
            continue
        doc.add_heading(strip_marks(body[0]).rstrip(":"), level=2)
        rest = body[1:]
        if name == "org" and st["rep"] == "table":
            intro = [x for x in rest if "|" not in x]
            rows = [x.split(" | ") for x in rest if "|" in x]
            for x in intro:
                doc.add_paragraph(strip_marks(x))
            add_table(doc, rows, header=True)
            continue
        if name == "dim" and tpl in ("table", "fr_table", "csr"):
            rows = [x.split(colon + " ", 1) for x in rest if colon in x]
            if len(rows) == len(rest):
                add_table(doc, rows)
                continue
        for x in rest:
            text = strip_marks(x)
            if re.match(r"^(- |• )", text):
                doc.add_paragraph(text[2:], style="List Bullet")
            elif re.match(r"^\d+\. ", text) and name in ("acts", "csr"):
                doc.add_paragraph(text.split(". ", 1)[1], style="List Number")
            else:
                doc.add_paragraph(text)
    return save_docx(doc)


def render_docx_bilingual(p: dict, doc) -> bytes:
    fr = p["fr"]
    st = p["st"]
    dept = DEPTS[p["dept"]]
    doc.add_heading(f"{dept[0]} / {dept[1]}", level=2)
    doc.add_heading("Executive Work Description / Description de travail de la direction", level=1)
    rows = [
        ["Position Title / Titre du poste", f"{p['title']}\n{fr['title']}"],
        ["Group and Level / Groupe et niveau", fmt_cls(p["lvl"], st["cls"])],
        ["Position Number / Numéro du poste", p["pn"]],
        ["Job Code / Code d'emploi", p["jc"]],
        ["Effective Date / Date d'entrée en vigueur", fmt_date(p["date"], st["date"])],
        ["Location / Lieu", f"{p['loc']}"],
        ["Supervisor's Position No. / No de poste du superviseur", p["sup"][0]],
        ["Supervisor's Title / Titre du superviseur", f"{p['sup'][1]} / {fr['sup']}"],
        ["Supervisor's Group and Level / Groupe et niveau du superviseur", p["sup"][2]],
    ]
    add_table(doc, rows)
    en, frt = fam_text(p, "en"), fam_text(p, "fr") if p["fam"] in FAMILIES_FR else None
    doc.add_heading("General Accountability / Responsabilité générale", level=2)
    doc.add_paragraph(en["ga"])
    if frt:
        doc.add_paragraph(frt["ga"])
    doc.add_heading("Organization Structure / Structure organisationnelle", level=2)
    doc.add_paragraph(f"The following positions report to the {p['title']}: / "
                      f"Les postes suivants relèvent du titulaire :")
    table_rows = [["Position / Poste", "Titre", "Group and Level / Groupe et niveau", "FTEs / ETP"]]
    for (t, c, n), tf in zip(p["reports"], fr["reports"]):
        table_rows.append([t, tf, c, str(n)])
    add_table(doc, table_rows, header=True)
    doc.add_heading("Nature and Scope / Nature et portée", level=2)
    doc.add_paragraph(en["scope"])
    for c in CHALLENGES_EN[:2]:
        doc.add_paragraph(c)
    stated, dim_lines = dims(p, "en", "lines")
    p["_stated"] = stated
    doc.add_heading("Dimensions", level=2)
    add_table(doc, [strip_marks(x).split(": ", 1) for x in dim_lines])
    doc.add_heading("Specific Accountabilities / Responsabilités spécifiques", level=2)
    for a in en["acts"]:
        doc.add_paragraph(a, style="List Number")
    doc.add_heading("Certification / Attestation", level=2)
    doc.add_paragraph(f"{CERT_EN} / {CERT_FR}")
    for line in signature_lines(p, "en"):
        doc.add_paragraph(line)
    return save_docx(doc)


# ------------------------------------------------------------------------------------ to refuse

def refused(rng: random.Random) -> list[dict]:
    docs = []
    # 1. a memo about EX work descriptions (Word)
    doc = new_document()
    doc.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for lab, val in [("TO", "Directors General, all branches and regions"),
                     ("FROM", "Janice Oduya, Director, Executive Services"),
                     ("DATE", "March 6, 2023"),
                     ("SUBJECT", "Updating EX work descriptions before the 2023-24 organizational review")]:
        add_label_para(doc, lab, lab and val)
    for text in [
        "As announced at the Executive Committee meeting of February 22, all EX-01 to EX-03 work descriptions "
        "that were last classified before April 1, 2015 must be reviewed and, where needed, updated before "
        "the organizational review planned for the fall.",
        "Please send your updated work descriptions (Word format, signed by the responsible Director General "
        "or Regional Director General) to the Executive Services mailbox by May 31, 2023. Work descriptions "
        "received after that date will be scheduled for the next committee.",
        "The current templates (standard EX work description, client service results format) are available "
        "on the intranet. Dimensions should reflect the 2023-24 main estimates (salary, O&M and total) and the "
        "number of FTEs at the time of submission.",
        "For questions, please contact Philippe Grondin, Senior Classification Advisor, at 613-555-0147.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("c.c.: Assistant Deputy Ministers; Heads of HR, regions")
    docs.append(dict(file="Memo to DGs - EX WD updates 2023.docx", kind="docx", lang="en",
                     data=save_docx(doc), people=["Janice Oduya", "Philippe Grondin"], what="memo"))
    # 2. a French letter offering an acting EX appointment (cp1252 text)
    letter = "\r\n".join([
        "Agence du revenu du Canada",
        "Région du Québec",
        "",
        "Le 14 août 2019",
        "",
        "Madame Sophie Leclerc",
        "Montréal (Québec)",
        "",
        "Objet : Offre de nomination intérimaire - Directrice adjointe, Vérification (EX-01)",
        "",
        "Madame,",
        "",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice adjointe, "
        "Vérification (EX-01), poste no 3320118, au Bureau des services fiscaux de Laval, pour la période du "
        "3 septembre 2019 au 28 février 2020.",
        "",
        "Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres "
        "de direction, dans l'échelle salariale de 118 000 $ à 138 800 $. Les autres conditions d'emploi "
        "demeurent inchangées.",
        "",
        "Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le "
        "23 août 2019.",
        "",
        "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
        "",
        "Bernard Thibodeau",
        "Directeur, Bureau des services fiscaux de Laval",
        "",
        "J'accepte l'offre aux conditions énoncées ci-dessus.",
        "",
        "Signature : ______________________   Date : ______________",
        "",
    ])
    docs.append(dict(file="Lettre d'offre - intérim EX-01 - S. Leclerc.txt", kind="text-cp1252", lang="fr",
                     data=letter.encode("cp1252"), people=["Sophie Leclerc", "Bernard Thibodeau"],
                     what="letter of offer"))
    # 3. an organization chart (PDF with a text layer)
    chart = "\n".join([
        "Fisheries and Oceans Canada - Gulf Region",
        "ORGANIZATION CHART - as of April 1, 2022",
        "",
        "                         Regional Director General (EX-03)",
        "                              Paul-Émile LeBlanc",
        "                                     |",
        "   -----------------------------------------------------------------------------",
        "   |                  |                   |                  |                  |",
        "RD Fisheries Mgmt   RD Science        RD C&P            RD SCH            RD Corporate Services",
        "(EX-01)             (EX-01)           (EX-01)           (EX-01)           (EX-01)",
        "Natalie Cormier     vacant            Marcel Doucet     Tina Richard      Annette Gallant",
        "",
        "Executive Assistant (AS-02) - Brigitte Landry",
        "",
        "Total FTEs: 329",
    ])
    docs.append(dict(file="Gulf Region org chart April 2022.pdf", kind="pdf", lang="en",
                     data=pdf_bytes([chart]),
                     people=["Paul-Émile LeBlanc", "Natalie Cormier", "Marcel Doucet", "Tina Richard",
                             "Annette Gallant", "Brigitte Landry"], what="organization chart"))
    # 4. a performance agreement (Word)
    doc = new_document()
    doc.add_heading("Executive Performance Agreement 2022-2023", level=1)
    add_table(doc, [["Executive", "Carla Yellowbird"],
                    ["Position", "Director, Emergency Management, Alberta Region (EX-01)"],
                    ["Supervisor", "Gérald Ducharme, Regional Director General, Alberta Region"],
                    ["Period", "April 1, 2022 to March 31, 2023"]])
    doc.add_heading("Commitments", level=2)
    for c in ["Ongoing commitment: deliver the Emergency Management Assistance Program in the region within "
              "the approved budget, with service agreements in place with all partner First Nations.",
              "Key commitment 1: complete all-hazards mitigation plans with 12 First Nations by March 31, 2023.",
              "Key commitment 2: reduce the average processing time of eligible response claims to 60 days.",
              "Leadership commitment: demonstrate the Key Leadership Competencies, in particular mobilize "
              "people and promote innovation and guide change.",
              "Corporate commitment: support the departmental priorities on reconciliation and mental health."]:
        doc.add_paragraph(c, style="List Bullet")
    doc.add_heading("Signatures", level=2)
    doc.add_paragraph("Executive: Carla Yellowbird          Date: 2022-05-16")
    doc.add_paragraph("Supervisor: Gérald Ducharme          Date: 2022-05-19")
    docs.append(dict(file="PMA 2022-23 Yellowbird - signed.docx", kind="docx", lang="en",
                     data=save_docx(doc), people=["Carla Yellowbird", "Gérald Ducharme"],
                     what="performance agreement"))
    # 5. a scan that gave only noise
    noise_chars = "~!|;:.,'`-_=*#%&()[]{}<>/\\ilI1oO0eca "
    lines = []
    for _ in range(38):
        n = rng.randint(20, 90)
        lines.append("".join(rng.choice(noise_chars) for _ in range(n)).strip())
    lines.insert(5, "EX .... ~ ! ;l| . .")
    text = OCR_HEAD + "\n".join(lines) + "\n"
    docs.append(dict(file="scan_0412.txt", kind="ocr", lang="en", data=text.encode("utf-8"),
                     people=[], what="unreadable scan"))
    # 6. a scanned PDF without a text layer
    docs.append(dict(file="WD Director Programs (scanned) 2011.pdf", kind="pdf", lang="en",
                     data=pdf_bytes(["", "", ""]), people=[], what="PDF without a text layer"))
    return docs


# ------------------------------------------------------------------------------------ truth

def expected_for(p: dict, kind: str, versions) -> dict:
    s = p["_stated"]
    pn = p["pn"] if p["pn"].isdigit() else None
    spn, stitle, scls = p["sup"]
    fields = dict(
        title=p["title"], classification=p["lvl"], job_code=p.get("jc"), position_number=pn,
        effective_date=datetime.date.fromisoformat(p["date"]),
        supervisor=dict(position_number=spn, title=stitle, classification=scls),
        direct_reports=[dict(title=t, classification=None if p["st"]["rep"] == "prose_nocls" else c,
                             fte=None if p["st"]["rep"] == "list_nofte" else n)
                        for t, c, n in p["reports"]],
        salary=s["salary"], o_and_m=s["o_and_m"], total=s["total"], location=p["loc"])
    not_stated = [k for k in ("job_code", "position_number", "salary", "o_and_m", "total") if fields[k] is None]
    if spn is None:
        not_stated.append("supervisor.position_number")
    if p["st"]["rep"] == "prose_nocls":
        not_stated.append("direct_reports.classification")
    if p["st"]["rep"] == "list_nofte":
        not_stated.append("direct_reports.fte")
    also = dict(fte=p["fte"], operating_budget=(s["total"] if p["key"] in COMBINED else p.get("op")),
                program_budget=p.get("prog"), provisional_number=None if pn else p["pn"])
    if p["lang"] == "bilingual":
        also["title_fr"] = p["fr"]["title"]
    if p.get("in_corpus"):
        also["reports_to_in_corpus"] = p["in_corpus"]
    return dict(document=p["file"], kind=kind, language=p["lang"], outcome="import", fields=fields,
                not_stated=not_stated, also=also, people=list(p["people"]), versions=versions)


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=200)


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng = random.Random(SEED)
    by_key = {p["key"]: p for p in POSITIONS}
    groups = {}
    for p in POSITIONS:
        if p.get("versions"):
            groups[p["key"]] = p["versions"]
    for p in POSITIONS:
        if "copy_of" in p:
            base = dict(by_key[p["copy_of"]])
            st = dict(base["st"])
            st.update(p["st"])
            base.update(key=p["key"], file=p["file"], st=st)
            base.pop("versions", None)
            p.clear()
            p.update(base)
    version_of = {}
    for keys in groups.values():
        for k in keys:
            version_of[k] = keys
    for p in POSITIONS:
        p["_rng"] = random.Random(f"{SEED}:{p['key']}")
        kind = p["kind"]
        if kind.startswith("ocr"):
            text = render_ocr(p)
            data = (text.replace("\n", "\r\n").encode("cp1252") if p["st"].get("enc") == "cp1252"
                    else text.encode("utf-8"))
        elif kind == "docx":
            data = render_docx(p)
        elif kind == "pdf":
            data = render_pdf(p)
        else:
            raise ValueError(kind)
        (corpus / p["file"]).write_bytes(data)
        versions = None
        if p["key"] in version_of:
            keys = version_of[p["key"]]
            docs = [by_key[k]["file"] for k in keys]
            dates = [by_key[k]["date"] for k in keys]
            if len(set(dates)) == 1:
                versions = dict(documents=docs, newest=None, note="the same description, scanned twice")
            else:
                newest = max(keys, key=lambda k: by_key[k]["date"])
                versions = dict(documents=docs, newest=by_key[newest]["file"])
        exp = expected_for(p, kind, versions)
        (expected / f"{p['file']}.expected.yaml").write_text(dump(exp), encoding="utf-8")
    for r in refused(rng):
        (corpus / r["file"]).write_bytes(r["data"])
        exp = dict(document=r["file"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                   not_stated=[], also=dict(what=r["what"]), people=r["people"], versions=None)
        (expected / f"{r['file']}.expected.yaml").write_text(dump(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
