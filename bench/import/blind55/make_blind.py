#!/usr/bin/env python3
"""Write bench/import/blind55/: corpus/ (50 documents) and expected/ (their ground truth).

    /work/main/.venv/bin/python bench/import/blind55/make_blind.py

A blind corpus for issue 12, after the emphasis on a user's own folder from operational and
service departments (ESDC / Service Canada, CBSA, CSC, IRCC, VAC, DFO / Coast Guard, PSPC):
OCR text, Word files and some PDFs. Deterministic: one fixed seed, fixed timestamps in the .docx
zips, PDFs by tests/import_files.pdf_bytes. Positions and prose are in texts.py."""
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

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

SEED = 5555
FIXED = dt.datetime(2024, 5, 1, 9, 0, 0)


# --- notations -------------------------------------------------------------------------------

def fmt_cls(cls: str, style: str) -> str:
    if not cls.startswith("EX-"):
        return cls
    n = cls[3:]
    return {"dash": cls, "space": f"EX {n}", "short": f"EX-{int(n)}", "paren": f"({cls})", "none": f"EX{n}"}[style]


def fmt_date(d: dt.date, style: str) -> str:
    me, mf = T.MONTHS_EN[d.month - 1], T.MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    return {
        "long": f"{me} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {me} {d.year}",
        "abbr": f"{me[:3].upper()} {d.day:02d} {d.year}",
        "dmon": f"{d.day:02d}-{me[:3]}-{d.year}",
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash_ymd": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "ordinal": f"{me} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "fr": f"{day_fr} {mf} {d.year}",
        "fr_le": f"le {day_fr} {mf} {d.year}",
        "fr_num": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def _dec(v: float, maxd: int) -> str | None:
    for d in range(0, maxd + 1):
        s = f"{v:.{d}f}"
        if abs(float(s) - v) < 1e-9:
            return s if d else s
    return None


def fmt_amount(v: int, style: str) -> str:
    """`style` in comma, M, K, million, fr_M, fr_full, fr_K, fr_million; falls back to an exact form."""
    m = _dec(v / 1_000_000, 3)
    k = _dec(v / 1_000, 0) if v % 1000 == 0 else None
    if v < 1_000_000 and k and style in ("M", "M_space", "million", "fr_M", "fr_million"):
        style = "fr_K" if style.startswith("fr") else "K"  # nobody writes $0.62M
    if style == "comma":
        return f"${v:,}"
    if style == "M" and m:
        return f"${m}M"
    if style == "M_space" and m:
        return f"$ {m} M"
    if style == "million" and m:
        return f"${m} million"
    if style == "K" and k:
        return f"${int(k):,}K" if v >= 1_000_000 else f"${k}K"
    if style == "K_plain" and k:
        return f"${k}K"
    if style == "fr_M" and m:
        return f"{m.replace('.', ',')} M$"
    if style == "fr_million" and m:
        return f"{m.replace('.', ',')} millions $"
    if style == "fr_K" and k:
        return f"{int(k):,} k$".replace(",", " ")
    if style.startswith("fr"):
        return f"{v:,},00 $".replace(",", " ").replace(" 00 $", ",00 $")
    return f"${v:,}"


def fmt_fte(n: int, style: str) -> str:
    if n == 1 and style in ("FTEs", "employees", "employes"):
        return {"FTEs": "1 FTE", "employees": "1 employee", "employes": "1 employé"}[style]
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "staff": f"staff of {n}", "ETP": f"{n} ETP",
            "effectif": f"effectif de {n}", "bare": f"{n}", "employees": f"{n} employees",
            "employes": f"{n} employés"}[style]


def fr_fix(s: str) -> str:
    """French contractions after a template's blanks are filled: de le -> du, de les -> des, de a... -> d'a..."""
    s = re.sub(r"\bde le\b", "du", s)
    s = re.sub(r"\bde les\b", "des", s)
    s = re.sub(r"\bà le\b", "au", s)
    return re.sub(r"\bde ([aeiouéAEIOUÉ])", r"d'\1", s)


def fmt_num(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", " " if lang == "fr" else ",")


# --- a document's view of its position --------------------------------------------------------

class View:
    """What one document states about its position (None: not stated) and how it writes it."""

    def __init__(self, key: str, lang: str, rng: random.Random, omit=(), over=None, sup_mode="fields",
                 loc_end=False):
        p = dict(T.POSITIONS[key])
        p.update(over or {})
        self.p, self.key, self.lang, self.rng = p, key, lang, rng
        fr = lang == "fr"
        self.dept, self.dept_fr, self.dept_short = T.DEPTS[p["dept"]]
        self.title = (p["title_fr"] or p["title"]) if fr else p["title"]
        self.title_fr = p["title_fr"] if lang == "bilingual" else None
        self.cls = p["cls"]
        self.job_code = p["job_code"]
        self.posno = p["posno"]
        self.date = p["date"]
        sp, st, stf, sc = p["sup"]
        self.sup_posno, self.sup_title, self.sup_cls = sp, (stf or st) if fr else st, sc
        self.sup_title_fr = stf
        self.reports = [((tf or t) if fr else t, tf, c, f) for t, tf, c, f in p["reports"]]
        self.salary, self.om, self.fte = p["salary"], p["om"], p["fte"]
        self.total = p["salary"] + p["om"]
        self.location = p["location"]
        self.branch = p["branch"]
        for name in omit:
            setattr(self, name, None if name != "reports" else [])
        self.sup_mode, self.loc_end = sup_mode, loc_end
        self.people = []

    def fmt_vars(self) -> dict:
        p = self.p
        return dict(short=p["short"], sup_short=p["sup_short"], scope=p["scope"], area=p["area"], unit=p["unit"],
                    dept=self.dept, dept_short=self.dept_short, short_fr=p.get("short_fr") or "",
                    sup_short_fr=p.get("sup_short_fr") or "", scope_fr=p["scope_fr"] or "", area_fr=p["area_fr"] or "",
                    unit_fr=p["unit_fr"] or "", dept_fr=self.dept_fr)

    def truth(self, fname: str, kind: str) -> dict:
        fields = {
            "title": self.title, "classification": self.cls, "job_code": self.job_code,
            "position_number": self.posno, "effective_date": self.date,
            "supervisor": {"position_number": self.sup_posno, "title": self.sup_title, "classification": self.sup_cls},
            "direct_reports": [{"title": t, "classification": c, "fte": f} for t, _, c, f in self.reports],
            "salary": self.salary, "o_and_m": self.om, "total": self.total, "location": self.location,
        }
        ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
        ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
        if not fields["direct_reports"]:
            ns.append("direct_reports")
        ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
        also = {"fte": self.fte, "operating_budget": None, "program_budget": None, "provisional_number": None}
        if self.title_fr:
            also["title_fr"] = self.title_fr
        return {"document": fname, "kind": kind, "language": self.lang, "outcome": "import", "fields": fields,
                "not_stated": ns, "also": also, "people": list(dict.fromkeys(self.people)), "versions": None}


# --- the abstract document: header fields, sections ----------------------------------------------

def labels(lang: str, rng: random.Random) -> dict:
    """One label form per key for the document; bilingual documents pair the two languages."""
    if lang == "bilingual":
        i = rng.randrange(2)
        en = {k: v[i] for k, v in T.LABELS_EN.items()}
        fr = {k: v[i] for k, v in T.LABELS_FR.items()}
        return {k: f"{en[k]} / {fr[k]}" for k in en}
    src = T.LABELS_FR if lang == "fr" else T.LABELS_EN
    chosen = {k: rng.choice([f for f in v if not f.isupper()]) for k, v in src.items()}
    if rng.random() < 0.3:  # a form printed in capitals
        chosen = {k: f.upper() for k, f in chosen.items()}
    return chosen


def heads(lang: str, rng: random.Random) -> dict:
    i = rng.randrange(4)
    if lang == "bilingual":
        return {k: f"{T.HEADINGS_EN[k][i]} / {T.HEADINGS_FR[k][i]}" for k in T.HEADINGS_EN}
    src = T.HEADINGS_FR if lang == "fr" else T.HEADINGS_EN
    return {k: v[i] for k, v in src.items()}


def build(v: View, style: dict) -> dict:
    """The document as header fields and sections, notations chosen by `style`."""
    rng, lang = v.rng, v.lang
    fr = lang == "fr"
    L, H = labels(lang, rng), heads(lang, rng)
    cs, ds, am = style.get("cls", "dash"), style.get("date", "fr" if fr else "long"), style.get("amt", "fr_M" if fr else "M")
    header = []
    dep = v.dept_fr if fr else v.dept if lang == "en" else f"{v.dept} / {v.dept_fr}"
    if style.get("dept_field", True):
        header.append(("department", L["department"], dep))
    if lang == "bilingual":
        header.append(("title", L["title"], f"{v.title} / {v.title_fr}" if style.get("bil_title_one_line") else v.title))
        if not style.get("bil_title_one_line"):
            header.append(("title_fr", "", v.title_fr))
    else:
        header.append(("title", L["title"], v.title))
    if v.cls:
        header.append(("classification", L["classification"], fmt_cls(v.cls, cs)))
    if v.job_code:
        header.append(("job_code", L["job_code"], v.job_code))
    if v.posno:
        header.append(("position_number", L["position_number"], v.posno))
    if v.date:
        header.append(("effective_date", L["effective_date"], fmt_date(v.date, ds)))
    if v.branch and style.get("branch", True):
        header.append(("branch", L["branch"], v.branch))
    if v.location and not v.loc_end:
        header.append(("location", L["location"], v.location))
    sup_sentence = None
    if v.sup_mode == "fields":
        if v.sup_posno:
            header.append(("sup_posno", L["sup_posno"], v.sup_posno))
        header.append(("sup_title", L["sup_title"], v.sup_title))
        if v.sup_cls:
            header.append(("sup_cls", L["sup_cls"], fmt_cls(v.sup_cls, cs)))
    elif v.sup_mode == "in_title":  # the supervisor's classification inside the title field
        if v.sup_posno:
            header.append(("sup_posno", L["sup_posno"], v.sup_posno))
        header.append(("sup_title", L["sup_title"], f"{v.sup_title} ({fmt_cls(v.sup_cls, 'dash')})"))
    elif v.sup_mode == "sentence":
        cl = fmt_cls(v.sup_cls, "dash")
        if fr:
            sup_sentence = (f"Le titulaire relève du poste de {v.sup_title} ({cl}" + (f", poste no {v.sup_posno})." if v.sup_posno else ")."))
        else:
            sup_sentence = (f"The {v.p['short']} reports to the {v.sup_title} ({cl}" + (f", position {v.sup_posno})." if v.sup_posno else ")."))
    fv = v.fmt_vars()
    sections = []
    # general accountability
    ga_src = T.GA_FR if fr else T.GA_EN
    ga = rng.choice(ga_src).format(**fv)
    if fr:
        ga = fr_fix(ga)
    if lang == "bilingual":
        ga = ga + "\n\n" + fr_fix(rng.choice(T.GA_FR).format(**fv))
    sections.append(("ga", H["ga"], [ga]))
    # organization structure and reports
    org = []
    if sup_sentence:
        org.append(sup_sentence)
    n = len(v.reports)
    if n:
        if fr:
            org.append(f"Les {n} postes suivants relèvent directement du titulaire :" if style.get("rep") != "prose" else "")
        else:
            org.append(f"The following {n} positions report directly to the {v.p['short']}:" if style.get("rep") != "prose" else "")
    org = [o for o in org if o]
    sections.append(("org", H["org"], org + [reports_block(v, style)] if n else org))
    # nature and scope
    ns_src = T.NS_FR if fr else T.NS_EN
    k = rng.randint(2, 3)
    sections.append(("ns", H["ns"], [fr_fix(s.format(**fv)) if fr else s.format(**fv) for s in rng.sample(ns_src, k)]))
    # dimensions
    sections.append(("dim", H["dim"], [dims_block(v, style, lang, am)]))
    # specific accountabilities or the client-service-results template
    sa_src = T.SA_FR if fr else T.SA_EN
    items = [fr_fix(s.format(**fv)) if fr else s.format(**fv) for s in rng.sample(sa_src, rng.randint(5, 7))]
    if style.get("csr"):
        csr = T.CSR_FR if fr else T.CSR_EN
        sections.append(("csr", csr[0], [csr[1].format(**fv)]))
        sections.append(("sa", csr[2], [("list", items, "bullet")]))
    else:
        sections.append(("sa", H["sa"], [("list", items, style.get("sa_num", "num"))]))
    if style.get("order") == "dims_last":
        dim = [s for s in sections if s[0] == "dim"]
        sections = [s for s in sections if s[0] != "dim"] + dim
    # certification / signatures
    cert = [T.CERT_FR if fr else T.CERT_EN]
    if style.get("signed"):
        sig = v.p["signer"]
        cert.append(("sig", [(v.p["incumbent"], "Titulaire" if fr else "Incumbent"), (sig[0], sig[1])],
                     fmt_date(style["signed"], "fr" if fr else "long")))
        v.people += [v.p["incumbent"], sig[0]]
    elif style.get("incumbent"):
        cert.append(("Titulaire : " if fr else "Incumbent: ") + v.p["incumbent"])
        v.people.append(v.p["incumbent"])
    sections.append(("cert", H["cert"], cert))
    if v.location and v.loc_end:
        sections.append(("loc", None, [f"{T.LABELS_FR['location'][0] if fr else style.get('loc_label', 'Location')} : {v.location}" if fr
                                       else f"{style.get('loc_label', 'Location')}: {v.location}"]))
    return {"header": header, "sections": sections, "title": v.title, "lang": lang}


def reports_block(v: View, style: dict):
    fr = v.lang == "fr"
    mode = style.get("rep", "list1")
    fs = style.get("fte", "ETP" if fr else "FTEs")
    cs = style.get("cls", "dash")
    rows = []
    for t, _, c, f in v.reports:
        rows.append((t, fmt_cls(c, cs if c else "dash") if c else None, f))
    if mode == "table":
        head = ("Poste", "Groupe et niveau", "ETP") if fr else ("Position", "Group/Level", "FTEs")
        return ("table", [head] + [(t, c or "", "" if f is None else str(f)) for t, c, f in rows])
    if mode == "prose":
        parts = []
        for t, c, f in rows:
            inner = ", ".join(x for x in [c.strip("()") if c else None, fmt_fte(f, fs) if f is not None else None] if x)
            parts.append(f"{'le' if fr else 'the'} {t}" + (f" ({inner})" if inner else ""))
        body = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
        return (f"Relèvent du titulaire : {body}." if fr else f"Reporting to the {v.p['short']} are {body}.")
    items = []
    for t, c, f in rows:
        ff = fmt_fte(f, fs) if f is not None else None
        cc = c.strip("()") if c else None
        if mode == "list1":
            inner = ", ".join(x for x in [cc, ff] if x)
            items.append(f"{t}" + (f" ({inner})" if inner else ""))
        elif mode == "list2":
            items.append((f"{cc} - " if cc else "") + t + (f" ({ff})" if ff else ""))
        elif mode == "list3":
            items.append(t + (f" ({cc})" if cc else "") + (f", {fmt_fte(f, 'effectif' if fr else 'staff')}" if f is not None else ""))
        elif mode == "list4":
            items.append(" – ".join(x for x in [t, cc, ff] if x))
    return ("list", items, style.get("rep_bullet", "bullet"))


def dims_block(v: View, style: dict, lang: str, am: str):
    fr = lang == "fr"
    src = T.DIM_LABELS_FR if fr else T.DIM_LABELS_EN
    i = style.get("dim_labels", 0)
    lab = {k: vals[i % len(vals)] for k, vals in src.items()}
    if lang == "bilingual":
        lab = {k: f"{T.DIM_LABELS_EN[k][i % len(T.DIM_LABELS_EN[k])]} / {T.DIM_LABELS_FR[k][i % len(T.DIM_LABELS_FR[k])]}" for k in src}
    rows = []
    if v.fte is not None:
        rows.append((lab["fte"], fmt_num(v.fte, "fr" if fr else "en")))
    if v.salary is not None:
        rows.append((lab["salary"], fmt_amount(v.salary, am)))
    if v.om is not None:
        rows.append((lab["o_and_m"], fmt_amount(v.om, style.get("amt_om", am))))
    if v.total is not None:
        rows.append((lab["total"], fmt_amount(v.total, style.get("amt_total", am))))
    if style.get("dims") == "prose":
        if fr:
            s = f"La direction compte {v.fte} ETP. Le budget salarial s'élève à {fmt_amount(v.salary, am)}"
            s += f" et le budget de fonctionnement et d'entretien à {fmt_amount(v.om, style.get('amt_om', am))}" if v.om else ""
            s += f", pour un total de {fmt_amount(v.total, style.get('amt_total', am))}." if v.total else "."
        else:
            s = f"The {v.p['unit']} has {fmt_num(v.fte, 'en')} FTEs and a salary budget of {fmt_amount(v.salary, am)}"
            s += f", with O&M of {fmt_amount(v.om, style.get('amt_om', am))}" if v.om else ""
            s += f", for a total of {fmt_amount(v.total, style.get('amt_total', am))}." if v.total else "."
        return s
    return ("fields", rows)


# --- text layouts ------------------------------------------------------------------------------

def field_line(label: str, value: str, lay: str, lang: str) -> list[str]:
    sep = " : " if lang == "fr" else ": "
    if not label:
        return [("    " if lay == "nextline" else "") + value]
    if lay == "colon":
        return [f"{label}{sep}{value}"]
    if lay == "nextline":
        return [f"{label}{sep.rstrip()}", f"    {value}"]
    if lay == "dots":
        return [f"{label} {'.' * max(3, 34 - len(label))} {value}"]
    if lay == "tab":
        return [f"{label}:\t{value}"]
    if lay == "caps":
        return [f"{label.upper()}{sep}{value}"]
    if lay == "md":
        return [f"*   **{label}:** {value}"]
    raise ValueError(lay)


def render_text(doc: dict, style: dict) -> str:
    lay = style.get("lay", "colon")
    lang = doc["lang"]
    md = lay == "md"
    out = []
    top = style.get("top")
    if top:
        out += top.splitlines() + [""]
    if md:
        out += ["# Job Description", "", "## Position Details", ""]
    for key, label, value in doc["header"]:
        out += field_line(label, value, lay, lang)
    out.append("")
    for n, (key, head, body) in enumerate(doc["sections"], 1):
        if head:
            h = head
            if style.get("num_heads"):
                h = f"{n}. {h}"
            if style.get("caps_heads"):
                h = h.upper()
            out.append(f"## {h}" if md else h + (":" if style.get("head_colon") else ""))
            if md or style.get("blank_after_head", True):
                out.append("")
        for para in body:
            if isinstance(para, str):
                out += para.split("\n")
                out.append("")
            elif para[0] == "list":
                for i, it in enumerate(para[1], 1):
                    mark = {"num": f"{i}.", "bullet": "-", "star": "*", "paren": f"{i})", "letter": f"{'abcdefghij'[i - 1]})",
                            "dot": "•"}[para[2]]
                    out.append(f"{'*   ' if md else mark + ' '}{it}" if para[2] != "num" or not md else f"{i}.  {it}")
                out.append("")
            elif para[0] == "table":
                sep = style.get("table_sep", " | ")
                for r in para[1]:
                    out.append(sep.join(r).rstrip())
                out.append("")
            elif para[0] == "fields":
                for lab, val in para[1]:
                    out += field_line(lab, val, "md" if md else style.get("dim_lay", "colon"), lang)
                out.append("")
            elif para[0] == "sig":
                for name, role in para[1]:
                    out += ["", "_" * 32, name, role, ("Date : " if lang == "fr" else "Date: ") + para[2]]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- OCR damage --------------------------------------------------------------------------------

DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "6", "2": "2"}
LETTER_SUB = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("t", "l"), ("h", "b"),
              ("ti", "li"), ("a", "e"), ("o", "a"), ("f", "t")]


def damage(text: str, rng: random.Random, level: str, protect=()) -> str:
    """Scanner and OCR damage: digits read as letters, letter confusions, words run together."""
    pd, pl, pr = {"light": (0.25, 0.01, 0.005), "medium": (0.5, 0.03, 0.015), "heavy": (0.8, 0.06, 0.03)}[level]
    pieces = re.split("(" + "|".join(re.escape(p) for p in protect) + ")", text) if protect else [text]
    out = []
    for piece in pieces:
        if piece in protect:
            out.append(piece)
            continue
        toks = re.split(r"(\s+)", piece)
        res = []
        for tok in toks:
            if not tok or tok.isspace():
                if tok == " " and res and rng.random() < pr:
                    continue  # two words run together
                res.append(tok)
                continue
            if re.search(r"\d", tok):
                if rng.random() < pd:
                    sub = DIGIT_SUB.copy()
                    if rng.random() < 0.3:
                        sub["1"] = "l"
                    tok = "".join(sub.get(ch, ch) if rng.random() < 0.7 else ch for ch in tok)
            elif len(tok) > 3 and tok.isalpha() and rng.random() < pl:
                a, b = rng.choice(LETTER_SUB)
                if a in tok:
                    i = tok.index(a)
                    tok = tok[:i] + b + tok[i + len(a):]
            res.append(tok)
        out.append("".join(res))
    return "".join(out)


def ocr_lines(text: str, rng: random.Random, width: int, header: str, pages_of: int | None = None,
              hyphen=0.3, ff=False) -> str:
    """Wrap as a scanned page reads: hyphenated line ends, a running header and page numbers."""
    lines = []
    for para in text.split("\n"):
        if len(para) <= width or (len(para) <= 104 and re.match(r"[^.]{2,60}?\s?:\s", para)):
            lines.append(para)  # a form's field line: the value box is wider than the prose column
            continue
        words = para.split(" ")
        cur = ""
        for w in words:
            if len(cur) + 1 + len(w) > width:
                if len(w) > 7 and w.isalpha() and len(para) > 2 * width and rng.random() < hyphen:
                    cut = rng.randint(3, len(w) - 3)
                    lines.append((cur + " " + w[:cut] + "-").strip())
                    cur = w[cut:]
                    continue
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    per = 52
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if i > 1:
            if ff:
                out.append("\f")
            out.append(header)
            out.append("")
        out += pg
        out.append("")
        out.append(pages_of.format(i=i, n=n) if pages_of else f"- {i} -")
    return "\n".join(out) + "\n"


def ocr_run(text: str, footer: str) -> str:
    """The whole text as one run, as the seeds' extractor gives it; a footer where a page ended."""
    words = text.split()
    chunks = [" ".join(words[i:i + 420]) for i in range(0, len(words), 420)]
    body = f" {footer}\n".join(f"{c}" if i == 0 else f"{i + 1} {c}" for i, c in enumerate(chunks))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + f" {footer}"


def ocr_columns(doc: dict, rng: random.Random, width: int = 44) -> str:
    """A page of two columns read across: header fields, reports and dimensions on the left,
    the prose on the right, each line of the output one line of each."""
    lang = doc["lang"]
    left, right = [], []
    sep = " : " if lang == "fr" else ": "
    for key, label, value in doc["header"]:
        left += textwrap.wrap(f"{label}{sep}{value}" if label else value, width)
    for key, head, body in doc["sections"]:
        if key in ("org", "dim"):
            left.append(head.upper())
            for para in body:
                if isinstance(para, str):
                    left += textwrap.wrap(para, width)
                elif para[0] == "list":
                    for it in para[1]:
                        left += textwrap.wrap("- " + it, width)
                elif para[0] == "fields":
                    for lab, val in para[1]:
                        left += textwrap.wrap(f"{lab}{sep}{val}", width)
                elif para[0] == "table":
                    for r in para[1]:
                        left += textwrap.wrap(" ".join(r), width)
        else:
            if head:
                right.append(head.upper())
            for para in body:
                if isinstance(para, str):
                    right += textwrap.wrap(para, 52)
                elif para[0] == "list":
                    for i, it in enumerate(para[1], 1):
                        right += textwrap.wrap(f"{i}. {it}", 52)
                elif para[0] == "sig":
                    for name, role in para[1]:
                        right += [name, role]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    lines = [(a.ljust(width + rng.randint(1, 4)) + b).rstrip() for a, b in zip(left, right)]
    return "\n".join(lines) + "\n"


# --- docx --------------------------------------------------------------------------------------

def docx_bytes(doc: dict, style: dict) -> bytes:
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = style.get("author", "HR Classification"), style.get("author", "HR Classification"), ""
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    lang = doc["lang"]
    sep = " : " if lang == "fr" else ": "
    dl = style.get("docx", "table")
    if style.get("top"):
        for line in style["top"].splitlines():
            d.add_paragraph(line)
    d.add_heading(style.get("doc_heading", "Description de travail – cadres (EX)" if lang == "fr" else "Executive Work Description"), level=1)
    if dl == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for key, label, value in doc["header"]:
            r = t.add_row().cells
            r[0].text, r[1].text = label, value
    else:
        for key, label, value in doc["header"]:
            p = d.add_paragraph()
            if label:
                p.add_run(label + sep).bold = True
            p.add_run(value)
    for key, head, body in doc["sections"]:
        if head:
            if style.get("bold_heads"):
                p = d.add_paragraph()
                r = p.add_run(head.upper())
                r.bold = True
                r.font.size = Pt(11)
            else:
                d.add_heading(head, level=2)
        for para in body:
            if isinstance(para, str):
                for ln in para.split("\n\n"):
                    d.add_paragraph(ln)
            elif para[0] == "list":
                st = "List Number" if para[2] in ("num", "paren") else "List Bullet"
                for it in para[1]:
                    d.add_paragraph(it, style=st)
            elif para[0] == "table":
                t = d.add_table(rows=0, cols=len(para[1][0]))
                t.style = "Table Grid"
                for row in para[1]:
                    cells = t.add_row().cells
                    for c, val in zip(cells, row):
                        c.text = val
            elif para[0] == "fields":
                if style.get("dim_table", True):
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for lab, val in para[1]:
                        c = t.add_row().cells
                        c[0].text, c[1].text = lab, val
                else:
                    for lab, val in para[1]:
                        d.add_paragraph(f"{lab}{sep}{val}")
            elif para[0] == "sig":
                t = d.add_table(rows=3, cols=len(para[1]))
                for j, (name, role) in enumerate(para[1]):
                    t.cell(0, j).text = name
                    t.cell(1, j).text = role
                    t.cell(2, j).text = ("Date : " if lang == "fr" else "Date: ") + para[2]
    return _fixed_zip(d)


def _fixed_zip(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_simple(paras: list[tuple[str, str]]) -> bytes:
    """A Word file of plain paragraphs: (style, text); style 'h1', 'h2', 'b' or ''."""
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "HR"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    for st, text in paras:
        if st == "h1":
            d.add_heading(text, level=1)
        elif st == "h2":
            d.add_heading(text, level=2)
        elif st == "b":
            d.add_paragraph().add_run(text).bold = True
        elif st == "row":
            cells = text.split(" | ")
            t = d.add_table(rows=1, cols=len(cells))
            t.style = "Table Grid"
            for c, v in zip(t.rows[0].cells, cells):
                c.text = v
        else:
            d.add_paragraph(text)
    return _fixed_zip(d)


# --- pdf ---------------------------------------------------------------------------------------

def pdf_from_text(text: str, footer: str, width: int = 98, per: int = 62) -> bytes:
    lines = []
    for para in text.split("\n"):
        lines += textwrap.wrap(para, width) or [""]
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    return pdf_bytes(["\n".join(pg + ["", f"{footer}    {i}/{n}"]) for i, pg in enumerate(pages, 1)])


# --- the plan: one entry a document ---------------------------------------------------------------
# kind: ocr (lines | run), ocr-columns, text-cp1252, markdown, docx, pdf
D = dt.date
YVR = "Director Traveller Ops Pacific EX-01"
WDS = [
    dict(name="DG Citizen Service Operations, Atlantic Region - EX-03 - signed.docx", key="sc_atl", kind="docx", lang="en",
         style=dict(cls="dash", date="long", amt="M", rep="list1", signed=D(2021, 4, 12), docx="table", dim_labels=0)),
    dict(name="EI Processing Director WCT 2019.txt", key="sc_ei_west", kind="ocr", lang="en", sup_mode="in_title", dmg="medium",
         ocr="lines", style=dict(cls="dash", date="dmy", amt="K", rep="list2", fte="FTE", lay="colon", dim_labels=1, incumbent=True,
                                 top="Service Canada\nWestern Canada and Territories Region\nEXECUTIVE GROUP POSITION DESCRIPTION")),
    dict(name="ED Integrity Services Ontario - v1 DRAFT.docx", key="esdc_integrity", kind="docx", lang="en",
         style=dict(cls="space", date="iso", amt="comma", rep="table", docx="paras", dim_labels=2, top="DRAFT - for discussion")),
    dict(name="ED Integrity Services Ontario FINAL.pdf", key="esdc_integrity", kind="pdf", lang="en",
         over=dict(date=D(2018, 9, 4), salary=17_120_000,
                   reports=[("Director, Investigations and Control", None, "EX-01", 146),
                            ("Director, Integrity Operations Support", None, "EX-01", 63),
                            ("Manager, Risk Analysis and Quality", None, "PM-06", 18),
                            ("Senior Advisor, Integrity Policy", None, "PM-06", 1)], fte=230),
         style=dict(cls="space", date="long", amt="comma", rep="list4", dim_labels=2, signed=D(2018, 9, 4), lay="colon")),
    dict(name="Directeur Services aux citoyens Montréal-Métro (EX-01).txt", key="sc_qc_citoyens", kind="ocr", lang="fr", dmg="heavy",
         ocr="lines", style=dict(cls="dash", date="fr", amt="fr_K", rep="list1", fte="ETP", lay="nextline", incumbent=True,
                                 top="Service Canada - Région du Québec\nDESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)")),
    dict(name="DG Benefits Processing Transformation - bilingue.docx", key="esdc_bpm", kind="docx", lang="bilingual",
         style=dict(cls="dash", date="iso", amt="M", rep="list1", docx="table", dim_labels=0,
                    doc_heading="Executive Work Description / Description de travail de cadre")),
    dict(name="Passport Ops Director West - scan.txt", key="sc_passport_west", kind="ocr-columns", lang="en", dmg="medium",
         omit=("job_code",), style=dict(cls="paren", date="long", amt="M", rep="list2", fte="FTEs", dim_labels=3)),
    dict(name=f"{YVR}.docx", key="cbsa_yvr", kind="docx", lang="en",
         style=dict(cls="dash", date="long", amt="M", amt_om="K", rep="table", docx="table", dim_labels=0)),
    dict(name=f"{YVR} (1).docx", copy_of=f"{YVR}.docx", key="cbsa_yvr", kind="docx", lang="en"),
    dict(name=f"{YVR} - signed.txt", key="cbsa_yvr", kind="ocr", lang="en", dmg="light", ocr="run",
         style=dict(cls="dash", date="long", amt="M", amt_om="K", rep="list1", lay="colon", dim_labels=0, signed=D(2019, 5, 23)),
         seed_of=f"{YVR}.docx"),
    dict(name="Director, Traveller Operations, Pacific Region - revised 2023.pdf", key="cbsa_yvr", kind="pdf", lang="en",
         over=dict(date=D(2023, 3, 20), salary=78_450_000, om=2_600_000, fte=912,
                   reports=[("Chief of Operations, Vancouver International Airport", None, "FB-06", 436),
                            ("Chief of Operations, Land Border Crossings, Lower Mainland", None, "FB-06", 349),
                            ("Chief of Operations, Marine and Cruise Operations", None, "FB-06", 102),
                            ("Manager, Operational Support", None, "FB-05", 14),
                            ("Manager, Traveller Modernization Implementation", None, "FB-05", 9)]),
         style=dict(cls="dash", date="iso", amt="M", rep="list3", fte="staff", lay="colon", dim_labels=4,
                    top="Canada Border Services Agency\nREVISED - March 2023")),
    dict(name="RDG Prairie Region CBSA.txt", key="cbsa_prairie", kind="ocr", lang="en", dmg="heavy", ocr="run",
         style=dict(cls="dash", date="dmon", amt="M", rep="list2", fte="FTEs", lay="caps", dim_labels=1, incumbent=True)),
    dict(name="Director Commercial Ops GTA – 2016.txt", key="cbsa_gta_comm", kind="text-cp1252", lang="en", sup_mode="in_title",
         style=dict(cls="space", date="slash_ymd", amt="comma", rep="list1", fte="FTEs", lay="tab", dim_labels=2)),
    dict(name="Directeur Opérations des voyageurs YUL.docx", key="cbsa_yul", kind="docx", lang="fr",
         style=dict(cls="dash", date="fr", amt="fr_full", rep="table", docx="paras", dim_table=False, bold_heads=True, dim_labels=0)),
    dict(name="DG Enforcement & Intelligence Operations.pdf", key="cbsa_enf", kind="pdf", lang="en",
         style=dict(cls="dash", date="ordinal", amt="million", rep="list1", fte="FTEs", lay="colon", dim_labels=3, incumbent=True)),
    dict(name="CBSA NS District Director.txt", key="cbsa_atl", kind="ocr", lang="en", dmg="light", ocr="lines", loc_end=True,
         omit=("job_code", "total"), style=dict(cls="short", date="abbr", amt="K", rep="list4", fte="FTEs", lay="dots", dim_labels=0)),
    dict(name="Warden Stony Mountain EX-02.txt", key="csc_stony", kind="ocr", lang="en", dmg="medium", ocr="lines",
         style=dict(cls="dash", date="long", amt="M", rep="list3", fte="staff", lay="colon", csr=True, dim_labels=4, signed=D(2018, 2, 2))),
    dict(name="RDC Atlantic - EX-04 FINAL.docx", key="csc_rdc_atl", kind="docx", lang="en", sup_mode="sentence",
         style=dict(cls="dash", date="dmy", amt="M", rep="prose", fte="FTEs", docx="table", dim_labels=1)),
    dict(name="Directeur Établissement Cowansville (signée).docx", key="csc_cowansville", kind="docx", lang="fr",
         style=dict(cls="space", date="fr", amt="fr_M", rep="list1", fte="ETP", docx="table", signed=D(2017, 4, 20), dim_labels=1)),
    dict(name="Directeur Établissement Cowansville - révisée 2022.txt", key="csc_cowansville", kind="ocr", lang="fr", dmg="medium",
         ocr="lines", over=dict(date=D(2022, 2, 14), salary=35_900_000, om=5_610_000, fte=362,
                                reports=[("Deputy Warden", "Sous-directeur", "AS-07", 11),
                                         ("Assistant Warden, Operations", "Directeur adjoint, Opérations", "AS-07", 244),
                                         ("Assistant Warden, Interventions", "Directeur adjoint, Interventions", "WP-06", 73),
                                         ("Assistant Warden, Management Services", "Directeur adjoint, Services de gestion", "AS-06", 34)]),
         style=dict(cls="dash", date="fr_num", amt="fr_full", rep="list3", lay="colon", dim_labels=2, caps_heads=True)),
    dict(name="District Director AB-NWT Parole.txt", key="csc_parole_ab", kind="ocr-columns", lang="en", dmg="light", sup_mode="in_title",
         style=dict(cls="dash", date="dots", amt="K", rep="list1", fte="FTEs", dim_labels=1)),
    dict(name="DG Offender Programs and Reintegration.md", key="csc_programs", kind="markdown", lang="en",
         style=dict(cls="dash", date="long", amt="M", rep="list1", fte="FTEs", lay="md", dim_labels=0)),
    dict(name="CPC Sydney Director.txt", key="ircc_cpc_sydney", kind="ocr", lang="en", dmg="medium", ocr="run",
         style=dict(cls="dash", date="long", amt="M", rep="list2", fte="FTEs", lay="caps", dim_labels=2, signed=D(2020, 7, 9))),
    dict(name="RDG Ontario Region IRCC - bilingual.txt", key="ircc_ontario", kind="ocr", lang="bilingual", dmg="light", ocr="lines",
         style=dict(cls="dash", date="iso", amt="M", rep="list1", fte="FTEs", lay="colon", dim_labels=0)),
    dict(name="Directrice Opérations Montréal IRCC.txt", key="ircc_mtl", kind="ocr", lang="fr", dmg="medium", ocr="lines",
         sup_mode="sentence", style=dict(cls="dash", date="fr_le", amt="fr_M", rep="list4", fte="ETP", lay="colon", dim_labels=0,
                                         incumbent=True)),
    dict(name="DG Asylum Operations (EX-03).docx", key="ircc_asylum", kind="docx", lang="en",
         style=dict(cls="dash", date="long", amt="M", rep="list4", fte="FTEs", docx="paras", dim_labels=0, bold_heads=True)),
    dict(name="ADM Operations IRCC EX-05.pdf", key="ircc_adm_ops", kind="pdf", lang="en",
         style=dict(cls="dash", date="long", amt="M", rep="table", lay="colon", dim_labels=1, dims="prose", table_sep="   ")),
    dict(name="Director Settlement & Integration Prairies and NT.txt", key="ircc_settlement_prairies", kind="ocr", lang="en",
         dmg="light", ocr="lines", style=dict(cls="space", date="dmy", amt="K", rep="list3", lay="nextline", dim_labels=3)),
    dict(name="Director, Disability Benefits Processing.txt", key="vac_dbp", kind="ocr", lang="en", dmg="light", ocr="run",
         loc_end=True, style=dict(cls="dash", date="long", amt="M", rep="list1", fte="FTEs", lay="colon", csr=True, dim_labels=0)),
    dict(name="DG Field Operations VAC 2018.txt", key="vac_field", kind="ocr", lang="en", dmg="medium", ocr="run",
         style=dict(cls="dash", date="long", amt="M", rep="list2", fte="FTEs", lay="caps", dim_labels=4)),
    dict(name="DG Field Operations VAC - revised.docx", key="vac_field", kind="docx", lang="en",
         over=dict(date=D(2021, 6, 14), salary=79_300_000, om=5_420_000, fte=861,
                   reports=[("Director, Atlantic Area Operations", None, "EX-01", 221),
                            ("Director, Quebec Area Operations", None, "EX-01", 176),
                            ("Director, Ontario Area Operations", None, "EX-01", 207),
                            ("Director, Western Area Operations", None, "EX-01", 238),
                            ("Manager, Field Operations Support", None, "PM-06", 15)]),
         style=dict(cls="dash", date="long", amt="M", rep="table", docx="table", dim_labels=0, top="REVISED June 2021")),
    dict(name="Directeur, Opérations secteur Québec - ACC.docx", key="vac_qc", kind="docx", lang="fr", sup_mode="in_title",
         style=dict(cls="dash", date="fr", amt="fr_M", rep="list2", fte="ETP", docx="table", dim_labels=3, incumbent=True)),
    dict(name="RDG NL Region DFO EX-04.txt", key="dfo_nl_rdg", kind="ocr", lang="en", dmg="heavy", ocr="lines",
         style=dict(cls="dash", date="long", amt="M", rep="list1", fte="FTEs", lay="colon", dim_labels=1, signed=D(2020, 11, 2))),
    dict(name="RD Fisheries Management Gulf.docx", key="dfo_gulf_fm", kind="docx", lang="en", loc_end=True,
         style=dict(cls="paren", date="long", amt="K", rep="list3", fte="staff", docx="paras", dim_labels=2, loc_label="Work Location")),
    dict(name="Directeur régional Gestion des pêches Québec.txt", key="dfo_qc_peches", kind="text-cp1252", lang="fr",
         style=dict(cls="dash", date="fr", amt="fr_full", rep="list1", fte="ETP", lay="colon", dim_labels=1)),
    dict(name="C&P Regional Director Pacific.txt", key="dfo_pac_cp", kind="ocr", lang="en", dmg="medium", ocr="run",
         omit=("om",), style=dict(cls="none", date="iso", amt="M", rep="list4", fte="FTEs", lay="colon", dim_labels=0)),
    dict(name="Assistant Commissioner Central Region CCG - bilingual.pdf", key="ccg_central", kind="pdf", lang="bilingual",
         style=dict(cls="dash", date="iso", amt="M", rep="list1", fte="FTEs", lay="colon", dim_labels=0)),
    dict(name="DG Pay Operations Miramichi.txt", key="pspc_pay", kind="ocr", lang="en", dmg="heavy", ocr="lines",
         style=dict(cls="dash", date="long", amt="M", rep="list3", fte="staff", lay="colon", dim_labels=0, incumbent=True)),
    dict(name="RD Real Property Western Region.txt", key="pspc_rp_west", kind="ocr-columns", lang="en", dmg="medium",
         style=dict(cls="dash", date="long", amt="K", rep="list2", fte="FTE", dim_labels=0)),
    dict(name="DG Acquisitions Région du Québec.pdf", key="pspc_acq_qc", kind="pdf", lang="fr",
         style=dict(cls="dash", date="fr", amt="fr_million", rep="list1", fte="ETP", lay="colon", dim_labels=0, signed=D(2023, 9, 28))),
    dict(name="Director GC Pension Centre Shediac - bilingue.docx", key="pspc_pension", kind="docx", lang="bilingual",
         style=dict(cls="dash", date="long", amt="M", rep="table", docx="table", dim_labels=0)),
    dict(name="AADM Pay Administration.txt", key="pspc_aadm_pay", kind="ocr", lang="en", dmg="light", ocr="run", loc_end=True,
         style=dict(cls="dash", date="long", amt="M", rep="list1", fte="FTEs", lay="colon", dim_labels=1)),
    dict(name="RD Small Craft Harbours Maritimes (2024).txt", key="dfo_scm", kind="ocr", lang="en", dmg="medium", ocr="lines",
         omit=("job_code",), style=dict(cls="dash", date="long", amt="M", amt_om="M", rep="list1", fte="FTEs", lay="colon",
                                        dim_labels=0, csr=True)),
    dict(name="Director CPP Disability Reconsiderations 2015.txt", key="esdc_cpp_appeals", kind="ocr", lang="en", dmg="medium",
         ocr="lines", sup_mode="in_title", style=dict(cls="short", date="long", amt="K", rep="prose", fte="FTEs", lay="nextline",
                                                      dim_labels=2, order="dims_last")),
]

VERSIONS = {
    "cbsa_yvr": dict(documents=[f"{YVR}.docx", f"{YVR} (1).docx", f"{YVR} - signed.txt",
                                "Director, Traveller Operations, Pacific Region - revised 2023.pdf"],
                     newest="Director, Traveller Operations, Pacific Region - revised 2023.pdf",
                     same=[[f"{YVR}.docx", f"{YVR} (1).docx", f"{YVR} - signed.txt"]]),
    "esdc_integrity": dict(documents=["ED Integrity Services Ontario - v1 DRAFT.docx", "ED Integrity Services Ontario FINAL.pdf"],
                           newest="ED Integrity Services Ontario FINAL.pdf", same=[]),
    "csc_cowansville": dict(documents=["Directeur Établissement Cowansville (signée).docx",
                                       "Directeur Établissement Cowansville - révisée 2022.txt"],
                            newest="Directeur Établissement Cowansville - révisée 2022.txt", same=[]),
    "vac_field": dict(documents=["DG Field Operations VAC 2018.txt", "DG Field Operations VAC - revised.docx"],
                      newest="DG Field Operations VAC - revised.docx", same=[]),
}
# a supervisor that is another position of the corpus
IN_CORPUS = {"ircc_asylum": "ADM Operations IRCC EX-05.pdf", "pspc_pay": "AADM Pay Administration.txt",
             "vac_qc": "DG Field Operations VAC - revised.docx", "pspc_aadm_pay": None}

DEPT_HEAD = {"SC": "Service Canada", "ESDC": "Employment and Social Development Canada", "CBSA": "Canada Border Services Agency",
             "CSC": "Correctional Service Canada", "IRCC": "Immigration, Refugees and Citizenship Canada",
             "VAC": "Veterans Affairs Canada", "DFO": "Fisheries and Oceans Canada", "CCG": "Canadian Coast Guard",
             "PSPC": "Public Services and Procurement Canada"}


def render_wd(w: dict, rng: random.Random) -> tuple[bytes, dict]:
    v = View(w["key"], w["lang"], rng, omit=w.get("omit", ()), over=w.get("over"), sup_mode=w.get("sup_mode", "fields"),
             loc_end=w.get("loc_end", False))
    style = w["style"]
    doc = build(v, style)
    kind = w["kind"]
    fr = v.lang == "fr"
    short_title = v.title.split(",")[0]
    if kind == "docx":
        data = docx_bytes(doc, style)
    elif kind == "pdf":
        text = render_text(doc, style)
        data = pdf_from_text(text, f"{v.dept_fr if fr else v.dept} - {v.title}")
    elif kind == "markdown":
        data = ("--- Structured Job Description ---\n\n" + render_text(doc, style)).encode("utf-8")
    elif kind == "text-cp1252":
        text = render_text(doc, style).replace("'", "\u2019")
        data = text.replace("\n", "\r\n").encode("cp1252")
    elif kind == "ocr-columns":
        text = ocr_columns(doc, rng)
        text = damage(text, rng, w.get("dmg", "medium"), protect=tuple(v.people))
        data = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text).encode("utf-8")
    else:  # ocr
        text = render_text(doc, style)
        if style.get("signed"):
            text += rng.choice(["[ Signatory: l ~ ;; .' ", "(i (CO;!;*;* ; ! ~ ", "_.,-~ //  ' ' ", "Signet gE A [Bete a "]) + "\n"
        if w["ocr"] == "run":
            text = ocr_run(damage(text, rng, w["dmg"], protect=tuple(v.people)), f"{v.dept_short}. {short_title}")
        else:
            dept = v.dept_fr if fr else v.dept
            hdr = rng.choice([f"{dept} - {v.title}", f"{v.title} ({v.posno})" if v.posno else v.title, dept.upper()])
            pages = rng.choice(["Page {i} of {n}", "- {i} -", "{i}/{n}"] if not fr else ["Page {i} de {n}", "- {i} -", "{i}/{n}"])
            text = ocr_lines(text, rng, rng.choice([72, 78, 84]), hdr, pages, hyphen=0.4 if w["dmg"] != "light" else 0.15,
                             ff=rng.random() < 0.5)
            text = damage(text, rng, w["dmg"], protect=tuple(v.people))
            text = "--- Full Extracted Text ---\n" + text if rng.random() < 0.5 else text
        data = text.encode("utf-8")
    truth = v.truth(w["name"], kind)
    if w["key"] in IN_CORPUS and IN_CORPUS[w["key"]]:
        truth["also"]["reports_to_in_corpus"] = IN_CORPUS[w["key"]]
    return data, truth


# --- documents to refuse --------------------------------------------------------------------------

def refusals(rng: random.Random) -> list[tuple[str, str, str, bytes, list]]:
    out = []
    memo = """MEMORANDUM / NOTE DE SERVICE

TO: Regional Directors, Citizen Service Operations
FROM: Sandra Whitfield, Manager, Executive Classification
DATE: September 18, 2022
SUBJECT: Updating EX work descriptions before the classification review

As announced at the management table, all EX-01 to EX-03 work descriptions in the Atlantic
Region must be updated and signed before October 31, 2022. Please send the signed copy of
each description, in Word, to the Executive Classification mailbox. Descriptions older than
five years (for example position 27845, Director General, Citizen Service Operations) will be
reviewed first.

The Treasury Board EX benchmark positions and the guide to writing EX work descriptions are
on the intranet. Dimensions (FTEs, salary and O&M) must reflect the 2022-23 Main Estimates.

For questions, contact Patrick Doiron at extension 4417.

Sandra Whitfield
Manager, Executive Classification
Human Resources Services Branch
"""
    out.append(("Memo - EX work descriptions for update (Sept 2022).txt", "ocr", "en",
                damage(memo, rng, "medium", protect=("Sandra Whitfield", "Patrick Doiron")).encode("utf-8"),
                ["Sandra Whitfield", "Patrick Doiron"]))
    minutes = """--- Full Extracted Text ---
COMITE DE CLASSIFICATION DES CADRES / EXECUTIVE CLASSIFICATION COMMITTEE
Proces-verbal / Minutes - 2022-03-09

Presents / Present: Louise Paradis (presidente / chair), Gordon Tobin, Anil Chaudhary, Mireille Fortin (secretaire / secretary)

1. Adoption de l'ordre du jour / Adoption of the agenda - adopted.
2. Director, Fisheries Management, Quebec Region (EX-01, position 59130): the committee
   confirmed the EX-01 rating. / Le comite confirme la cote EX-01.
3. Regional Director, Small Craft Harbours, Maritimes (EX-01): deferred; the dimensions
   (salary $4.11M, O&M $38.6M) to be confirmed by Finance. / Reporte.
4. Assistant Commissioner, Central Region (EX-04): recommended to the Deputy Head for approval.
5. Prochaine reunion / Next meeting: 2022-04-13.

Mireille Fortin
Secretaire du comite / Committee Secretary
"""
    people = ["Louise Paradis", "Gordon Tobin", "Anil Chaudhary", "Mireille Fortin"]
    out.append(("PV comité classification EX 2022-03-09 - minutes.txt", "ocr", "bilingual",
                damage(minutes, rng, "light", protect=tuple(people)).encode("utf-8"), people))
    noise = []
    for _ in range(30):
        noise.append("".join(rng.choice("  .,:;'~-_=|!/\\iIl1rnmoO0e") for _ in range(rng.randint(20, 70))).rstrip())
    noise.insert(3, "E X E C U T I V E   ~ . ' |")
    out.append(("scan0047.txt", "ocr", "en", ("--- Full Extracted Text ---\n" + "\n".join(noise) + "\n").encode("utf-8"), []))
    offer = docx_simple([
        ("b", "Immigration, Réfugiés et Citoyenneté Canada"),
        ("", "Montréal, le 3 octobre 2016"),
        ("", "Madame Nathalie Beaudoin"),
        ("", "Objet : Offre de nomination intérimaire – Directrice, Opérations de Montréal (EX-01), poste 94118"),
        ("", "Madame,"),
        ("", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Opérations de Montréal, "
             "classifié EX-01, du 1er novembre 2016 au 31 mars 2017. Votre traitement sera établi conformément à la "
             "Directive sur les conditions d'emploi des cadres."),
        ("", "Veuillez signer et retourner une copie de la présente lettre pour indiquer votre acceptation."),
        ("", "Veuillez agréer, Madame, l'expression de mes sentiments distingués."),
        ("", "Chantal Dupuis"),
        ("", "Directrice générale régionale, Région du Québec"),
        ("b", "ACCEPTATION"),
        ("", "J'accepte l'offre décrite ci-dessus. Signature : ____________  Date : ____________"),
    ])
    out.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).docx", "docx", "fr", offer,
                ["Nathalie Beaudoin", "Chantal Dupuis"]))
    pa = docx_simple([
        ("h1", "Executive Performance Agreement 2023-24"),
        ("row", "Executive | Elena Vasquez-Moore"),
        ("row", "Position | Director General, Asylum Operations (EX-03)"),
        ("row", "Supervisor | Caroline Fortier, Assistant Deputy Minister, Operations"),
        ("h2", "Commitments"),
        ("", "1. Reduce the inventory of asylum claims awaiting eligibility decisions by 20 % by March 31, 2024."),
        ("", "2. Implement the interim housing cost-sharing framework with three provinces."),
        ("", "3. Corporate: complete mandatory training; close audit recommendations on time."),
        ("h2", "Leadership competencies"),
        ("", "Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with partners "
             "and stakeholders; promote innovation and guide change; achieve results."),
        ("h2", "Mid-year review"),
        ("", "Executive's comments: ________    Supervisor's comments: ________"),
        ("", "Signatures: Elena Vasquez-Moore    Caroline Fortier"),
    ])
    out.append(("Performance Agreement 2023-24 - DG Asylum Ops.docx", "docx", "en", pa, ["Elena Vasquez-Moore", "Caroline Fortier"]))
    scan = pdf_bytes([b"q 0.93 g 30 30 535 782 re f 0.2 g 60 700 470 8 re f 60 640 300 6 re f 60 600 420 6 re f Q",
                      b"q 0.95 g 30 30 535 782 re f 0.25 g 60 720 450 6 re f 60 680 380 6 re f Q"])
    out.append(("Scan_2019-06-03_DG_Field_Ops_signed.pdf", "pdf", "en", scan, []))
    return out


def refusal_truth(name, kind, lang, people):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None, "not_stated": [],
            "also": None, "people": people, "versions": None}


# --- writing -----------------------------------------------------------------------------------

def dump(truth: dict) -> str:
    return yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng = random.Random(SEED)
    written = {}
    for w in WDS:
        if "copy_of" in w:
            data = written[w["copy_of"]][0]
            truth = dict(written[w["copy_of"]][1])
            truth["document"] = w["name"]
        else:
            data, truth = render_wd(w, random.Random(f"{SEED}:{w.get('seed_of', w['name'])}"))
        written[w["name"]] = (data, truth)
    for key, ver in VERSIONS.items():
        for name in ver["documents"]:
            t = written[name][1]
            same = next((g for g in ver["same"] if name in g), [name])
            t["versions"] = {"position": T.POSITIONS[key]["posno"], "documents": ver["documents"], "newest": ver["newest"],
                             "same_version": [n for n in same if n != name]}
    for name, kind, lang, data, people in refusals(rng):
        written[name] = (data, refusal_truth(name, kind, lang, people))
    for name, (data, truth) in written.items():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(dump(truth), encoding="utf-8")
    print(f"{len(written)} documents written to {corpus}")


if __name__ == "__main__":
    main()
