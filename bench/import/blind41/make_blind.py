#!/usr/bin/env python3
"""Write bench/import/blind41/: a blind corpus of EX work descriptions as they look after conversion.

    python bench/import/blind41/make_blind.py

The documents are what users' folders hold once Word files and PDFs have been run through
conversion tools: ``pdftotext -layout`` (columns kept by spaces, form feeds, running header and
footer lines), ``pdftotext`` in raw order, pandoc Markdown from Word (pipe and grid tables,
``**bold**`` labels, ``\\$`` and ``\\-`` escapes), Docling and Marker Markdown (``##`` headings,
``|`` tables, ``<!-- image -->``), cloud-OCR line dumps (a text line to a line, reading order
sometimes wrong, OCR damage), Word "Save as plain text" (tabs for cells, cp1252, CRLF) and
HTML-to-text (lynx, w3m); a few .docx and .pdf for comparison; and six documents to refuse.
Everything is drawn from a fixed seed: the same bytes on every run. Ground truth goes to
``expected/<document>.expected.yaml``.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 41041
NBSP = "\u00a0"

# ---- notations ----------------------------------------------------------------------------------

def cls_str(cls: str, style: str) -> str:
    group, level = cls.rsplit("-", 1)
    n = int(level)
    return {"dash": f"{group}-{level}", "space": f"{group} {level}", "short": f"{group}-{n}",
            "paren": f"({group}-{level})", "tight": f"{group}{level}", "spaced": f"{group} - {level}"}[style]


def date_str(d: dt.date, style: str) -> str:
    me, mf = T.MONTHS_EN[d.month - 1], T.MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"iso": d.isoformat(), "en_long": f"{me} {d.day}, {d.year}", "en_dmy": f"{d.day} {me} {d.year}",
            "en_ord": f"{me} {d.day}{suffix}, {d.year}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "en_abbr": f"{me[:3]}. {d.day}, {d.year}" if len(me) > 4 else f"{me} {d.day}, {d.year}",
            "dmy_dash": f"{d.day:02d}-{me[:3].upper()}-{d.year}", "fr_long": f"{day_fr} {mf} {d.year}",
            "fr_num": f"{d.day:02d}/{d.month:02d}/{d.year}", "fr_dot": f"{d.day:02d}.{d.month:02d}.{d.year}"}[style]


def _grp(v: int, sep: str) -> str:
    return f"{v:,}".replace(",", sep)


def _dec(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s


def amount_str(v: int, style: str, fr: bool, nb: str = " ") -> str:
    if fr:
        if style == "M" and v >= 1_000_000 and v % 1000 == 0:
            return f"{_dec(v / 1e6).replace('.', ',')}{nb}M$"
        if style == "million" and v >= 1_000_000 and v % 1000 == 0:
            return f"{_dec(v / 1e6).replace('.', ',')}{nb}million{'s' if v >= 2_000_000 else ''} de dollars"
        if style == "K" and v % 1000 == 0:
            return f"{_grp(v // 1000, nb)}{nb}k$"
        if style == "cents":
            return f"{_grp(v, nb)},00{nb}$"
        return f"{_grp(v, nb)}{nb}$"
    if style == "M" and v >= 1_000_000 and v % 1000 == 0:
        return f"${_dec(v / 1e6)}M"
    if style == "million" and v >= 1_000_000 and v % 1000 == 0:
        return f"${_dec(v / 1e6)} million"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


def fte_str(n: int, style: str, fr: bool) -> str:
    if fr:
        return {"a": f"{n} ETP", "b": f"effectif de {n}", "c": f"{n} équivalents temps plein"}.get(style, f"{n} ETP")
    return {"a": f"{n} FTEs", "b": f"staff of {n}", "c": f"{n} FTE", "d": f"{n} employees"}.get(style, f"{n} FTEs")


# ---- OCR damage ---------------------------------------------------------------------------------

DIGIT_SWAP = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_digits(s: str, rng: random.Random, p: float) -> str:
    out = []
    for ch in s:
        if ch in DIGIT_SWAP and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIGIT_SWAP[ch])
        else:
            out.append(ch)
    return "".join(out)


def damage_prose(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < p * 0.3 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < p * 0.5 and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif r < p * 0.7 and "e" in w[1:]:
            i = w.index("e", 1)
            w = w[:i] + "c" + w[i + 1:]
        elif r < p * 0.85 and "li" in w:
            w = w.replace("li", "h", 1)
        elif r < p and "i" in w:
            w = w.replace("i", "l", 1)
        out.append(w)
        if rng.random() < p * 0.25 and out:
            out[-1] = out[-1] + "\x00"   # run together with the next word
    return " ".join(out).replace("\x00 ", "")


def wrap(text: str, width: int, rng: random.Random | None = None, hyphen_p: float = 0.0) -> list[str]:
    """Wrap; with hyphen_p, long words at a line end are sometimes cut with a hyphen."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if rng and len(w) >= 9 and room >= 4 and w.isalpha() and rng.random() < hyphen_p:
                cut = min(room, len(w) - 3)
                while cut > 3 and not (w[cut - 1] in "aeiouy" and w[cut] not in "aeiouy"):
                    cut -= 1
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


# ---- positions ----------------------------------------------------------------------------------

class Pos:
    pass


def person(rng: random.Random) -> str:
    return f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"


def make_position(i: int, rng: random.Random, role: str, regional: bool = False) -> Pos:
    p = Pos()
    p.i = i
    p.dept = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
    p.role = role
    p.subj = T.SUBJECTS[i % len(T.SUBJECTS)]
    fem = rng.random() < 0.5
    ren, rfm, rff, lvl = T.ROLES[role]
    if role == "adm":
        lvl = rng.choice([4, 5])
    p.cls = f"EX-{lvl:02d}"
    p.title_en = f"{ren}, {p.subj[0]}"
    p.title_fr = f"{rff if fem else rfm}, {p.subj[1]}"
    p.posno = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(1000, 9999),
                              rng.randint(10000000, 99999999)]))
    p.provisional = None
    p.job = str(rng.randint(100100, 109999)) if rng.random() < 0.45 else None
    p.date = dt.date(rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.88 else None
    if regional or rng.random() < 0.3:
        p.loc = rng.choice(T.LOCATIONS["regional"])
    else:
        p.loc = rng.choice(T.LOCATIONS["default"])
    if role == "rdg":
        reg = {"Nova Scotia": ("Atlantic", "Atlantique"), "New Brunswick": ("Atlantic", "Atlantique"),
               "Prince Edward Island": ("Atlantic", "Atlantique"),
               "Newfoundland and Labrador": ("Atlantic", "Atlantique"), "Quebec": ("Quebec", "Québec"),
               "Ontario": ("Ontario", "Ontario"), "British Columbia": ("Pacific", "Pacifique")}.get(
                   p.loc[1], ("Prairies and Northern", "Prairies et Nord"))
        p.title_en = f"{ren}, {reg[0]} Region"
        p.title_fr = f"{rff if fem else rfm}, " + {"Atlantique": "Région de l'Atlantique", "Québec": "Région du Québec",
                                                   "Ontario": "Région de l'Ontario", "Pacifique": "Région du Pacifique",
                                                   "Prairies et Nord": "Région des Prairies et du Nord"}[reg[1]]
        p.subj = ("Regional Operations", "Opérations régionales")
    sup_role = T.SUPERVISOR_OF[role]
    branch = rng.choice(T.BRANCHES)
    p.branch = branch
    sfem = rng.random() < 0.5
    if sup_role == "dm":
        p.sup_en, p.sup_fr, p.sup_cls = "Deputy Minister", ("Sous-ministre"), (None)
    elif sup_role == "adm":
        stem = branch[0].replace(" Branch", "").replace(" Sector", "")
        stem_fr = re.sub(r"^(Direction générale|Secteur) (des |du |de la |de l')?", "", branch[1])
        stem_fr = stem_fr[:1].upper() + stem_fr[1:]
        p.sup_en = f"Assistant Deputy Minister, {stem}"
        p.sup_fr = f"{'Sous-ministre adjointe' if sfem else 'Sous-ministre adjoint'}, {stem_fr}"
        p.sup_cls = f"EX-0{rng.choice([4, 5])}"
    else:
        se = T.SUBJECTS[(i * 7 + 3) % len(T.SUBJECTS)]
        p.sup_en = f"Director General, {se[0]}"
        p.sup_fr = f"{'Directrice générale' if sfem else 'Directeur général'}, {se[1]}"
        p.sup_cls = "EX-03"
    p.sup_no = str(rng.randint(10000, 99999)) if rng.random() < 0.6 else None
    # direct reports
    n = rng.randint(2, 6)
    reps, used = [], set()
    for k in range(n):
        if role in ("dg", "adm", "rdg") and k < n - 1:
            rr = T.REPORT_ROLES[5]
        else:
            rr = T.REPORT_ROLES[rng.choice([0, 0, 1, 2, 3, 4, 6])] if k == n - 1 or role not in ("dg", "adm", "rdg") \
                else T.REPORT_ROLES[5]
        while True:
            rs = rng.choice(T.REPORT_SUBJECTS)
            key = (rr[0], rs[0])
            if key not in used:
                used.add(key)
                break
        t_en = rr[0].format(s=rs[0])
        t_fr = rr[1].format(s=rs[1])
        c = rng.choice(rr[2])
        if rr[0] == "Executive Assistant":
            fte = 1
        elif c == "EX-01":
            fte = rng.randint(12, 90)
        else:
            fte = rng.randint(2, 35)
        reps.append([t_en, t_fr, c, fte])
    if rng.random() < 0.25:   # some reports given without FTEs or classification
        reps[rng.randrange(len(reps))][3] = None
    if rng.random() < 0.15:
        reps[rng.randrange(len(reps))][2] = None
    p.reports = reps
    total_fte = sum(r[3] or 0 for r in reps) + rng.randint(1, 4)
    p.fte = total_fte if rng.random() < 0.85 else None
    p.salary = round(total_fte * rng.randint(88, 112) * 1000, -4)
    p.om = rng.randint(40, 2500) * 1000 if rng.random() < 0.8 else rng.randint(40, 900) * 1000 + rng.randint(1, 9) * 100
    p.total = p.salary + p.om if rng.random() < 0.9 else None
    p.incumbent = person(rng) if rng.random() < 0.3 else None
    p.signers = [person(rng) for _ in range(rng.choice([0, 1, 2, 2]))]
    return p


# ---- building a document (blocks) ---------------------------------------------------------------

class Doc:
    def __init__(self):
        self.blocks = []
        self.stated = {}


def build(p: Pos, lang: str, rng: random.Random, opts: dict) -> Doc:
    """The document as blocks, and what it states. ``lang``: en, fr, bi."""
    d = Doc()
    fr = lang == "fr"
    L = rng.choice(T.LABELS_FR if fr else T.LABELS_EN)
    LF = rng.choice(T.LABELS_FR)
    H = rng.choice(T.HEAD_FR if fr else T.HEAD_EN)
    HF = rng.choice(T.HEAD_FR)
    if lang == "bi":
        L = {k: f"{L[k]} / {LF[k]}" for k in L}
        H = {k: f"{H[k]} / {HF[k]}" for k in H}
    cstyle = opts.get("cls") or rng.choice(["dash", "dash", "space", "short", "paren", "tight", "spaced"])
    dstyle = opts.get("date") or rng.choice(["fr_long", "iso", "fr_num", "fr_dot"] if fr else
                                            ["iso", "en_long", "en_dmy", "en_ord", "slash", "en_abbr", "dmy_dash"])
    astyle = opts.get("amount") or rng.choice(["full", "M", "K", "cents", "million"])
    nb = NBSP if fr and rng.random() < 0.5 else " "
    title = p.title_fr if fr else p.title_en
    sup_title = p.sup_fr if fr else p.sup_en
    prov = opts.get("province_style") or rng.choice(["comma", "paren"])
    city, pen, pfr = p.loc
    loc = f"{city} ({pfr if fr else pen})" if prov == "paren" else f"{city}, {pfr if fr else pen}"
    d.loc = loc
    fields = []
    if lang == "bi" and rng.random() < 0.5:
        fields.append(("title", L["title"], f"{p.title_en} / {p.title_fr}"))
    elif lang == "bi":
        fields.append(("title", L["title"] + " (EN)", p.title_en))
        fields.append(("title_fr", L["title"] + " (FR)", p.title_fr))
    else:
        fields.append(("title", L["title"], title))
    fields.append(("cls", L["cls"], cls_str(p.cls, cstyle)))
    if p.provisional:
        fields.append(("posno", L["posno"], p.provisional))
    else:
        fields.append(("posno", L["posno"], p.posno))
    if p.job:
        fields.append(("job", L["job"], p.job))
    fields.append(("date", L["date"], date_str(p.date, dstyle) if p.date else ""))
    fields.append(("dept", L["dept"], p.dept[1] if fr else p.dept[0]))
    if rng.random() < 0.6:
        fields.append(("branch", L["branch"], p.branch[1] if fr else p.branch[0]))
    loc_in_fields = rng.random() < 0.75
    if loc_in_fields:
        fields.append(("loc", L["loc"], loc))
    sup_mode = opts.get("sup") or rng.choice(["fields", "fields", "sentence", "reports_to"])
    if sup_mode == "fields":
        if p.sup_no:
            fields.append(("sup_no", L["sup_no"], p.sup_no))
        fields.append(("sup_title", L["sup_title"], sup_title))
        if p.sup_cls:
            fields.append(("sup_cls", L["sup_cls"], cls_str(p.sup_cls, cstyle)))
    elif sup_mode == "reports_to":
        rt = "Relève de" if fr else ("Reports to / Relève de" if lang == "bi" else "Reports to")
        fields.append(("sup", rt, f"{sup_title} ({cls_str(p.sup_cls, 'dash')})" if p.sup_cls else sup_title))
        if p.sup_no:
            fields.append(("sup_no", L["sup_no"], p.sup_no))
    if opts.get("shuffle_fields"):
        head, rest = fields[:2], fields[2:]
        rng.shuffle(rest)
        fields = head + rest
    d.fields = fields
    d.sup_mode = sup_mode
    d.labels, d.heads = L, H
    fmt = dict(title=title, subj=p.subj[0], subj_l=p.subj[0].lower(), subj_l_fr=p.subj[1].lower(),
               de_subj=("d'" if p.subj[1][0].lower() in "aeéiouè" else "de ") + p.subj[1].lower(),
               dept=p.dept[0], dept_fr=p.dept[1], sup_title=p.sup_en)
    B = d.blocks
    B.append(("title", H["doc"]))
    if p.incumbent:
        B.append(("p", f"{'Titulaire' if fr else 'Incumbent'} : {p.incumbent}" if fr else f"Incumbent: {p.incumbent}"))
    B.append(("kv", fields))

    def para(en_list, fr_list):
        out = []
        if lang in ("en", "bi"):
            out.append(("p", rng.choice(en_list).format(**fmt)))
        if lang in ("fr", "bi"):
            out.append(("p", rng.choice(fr_list).format(**fmt)))
        return out

    sec_ga = [("h", H["ga"])] + para(T.GA_EN, T.GA_FR)
    # organization structure
    org = [("h", H["org"])]
    sentence_en, sentence_fr = "", ""
    if sup_mode == "sentence":
        cl = f" ({cls_str(p.sup_cls, cstyle)})" if p.sup_cls else ""
        num_en = f", position number {p.sup_no}" if p.sup_no else ""
        num_fr = f", poste no {p.sup_no}" if p.sup_no else ""
        sentence_en = f"The {p.title_en} reports directly to the {p.sup_en}{cl}{num_en}. "
        sentence_fr = f"Le ou la titulaire relève directement du poste de {p.sup_fr}{cl}{num_fr}. "
    nrep = len(p.reports)
    if lang in ("en", "bi"):
        org.append(("p", sentence_en + f"{nrep} positions report directly to the {p.title_en}:"))
    if lang == "fr" or (lang == "bi" and sentence_fr):
        org.append(("p", sentence_fr + f"{nrep} postes relèvent directement du ou de la titulaire :"))
    rmode = opts.get("reports") or rng.choice(["paren", "dash", "prefix", "table", "prose", "colon"])
    fstyle = rng.choice(["a", "a", "b", "c"] if fr else ["a", "a", "b", "c", "d"])
    rfr = fr
    items = []
    for k, (ten, tfr, c, n) in enumerate(p.reports):
        t = tfr if rfr else ten
        cs = cls_str(c, rng.choice(["dash", "dash", "space"])) if c else None
        duty = rng.choice(T.REPORT_DUTY_FR if rfr else T.REPORT_DUTY_EN)
        fs = fte_str(n, fstyle, rfr) if n is not None else None
        if rmode == "paren":
            inner = ", ".join(x for x in (cs, fs) if x)
            items.append(f"{t} ({inner}) : {duty}" if inner and rfr else
                         f"{t} ({inner}): {duty}" if inner else f"{t}: {duty}")
        elif rmode == "dash":
            items.append(" – ".join(x for x in (t, cs, fs) if x))
        elif rmode == "prefix":
            items.append((f"{cs} - " if cs else "") + t + (f" ({fs})" if fs else ""))
        elif rmode == "colon":
            items.append(f"{t}" + (f", {cs}" if cs else "") + (f"; {fs}" if fs else ""))
        else:
            items.append((t, cs or "", str(n) if n is not None else ""))
    if rmode == "table":
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if rfr else ["Position", "Classification", "FTEs"])
        org.append(("table", hdr, [list(x) for x in items]))
    elif rmode == "prose":
        parts = []
        for (t, cs, n) in items:
            bits = []
            if cs:
                bits.append(cs)
            if n:
                bits.append(fte_str(int(n), fstyle, rfr))
            parts.append(f"the {t}" + (f" ({', '.join(bits)})" if bits else "") if not rfr else
                         f"le {t}" + (f" ({', '.join(bits)})" if bits else ""))
        if rfr:
            org.append(("p", "Il s'agit de " + ", ".join(parts[:-1]) + " et " + parts[-1] + "."))
        else:
            org.append(("p", "These are " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."))
    else:
        org.append(("ul", items))
    d.rmode = rmode
    ns = [("h", H["ns"])]
    en_ns = rng.sample(T.NS_EN, 2)
    fr_ns = rng.sample(T.NS_FR, 2)
    if lang in ("en", "bi"):
        ns += [("p", x.format(**fmt)) for x in en_ns]
    if lang in ("fr", "bi"):
        ns += [("p", x.format(**fmt)) for x in fr_ns]
    # dimensions
    DL = rng.choice(T.DIM_FR if fr else T.DIM_EN)
    if lang == "bi":
        DLF = rng.choice(T.DIM_FR)
        DL = tuple(f"{a} / {b}" for a, b in zip(DL, DLF))
    dfr = fr
    a = lambda v: amount_str(v, astyle, dfr, nb)  # noqa: E731
    dim = [("h", H["dim"])]
    dmode = opts.get("dims") or rng.choice(["kv", "kv", "table", "prose"])
    rows = []
    if p.fte is not None:
        rows.append((DL[3], str(p.fte)))
    rows += [(DL[0], a(p.salary)), (DL[1], a(p.om))]
    if p.total is not None:
        rows.append((DL[2], a(p.total)))
    if dmode == "kv":
        dim.append(("kv", [("dim", k, v) for k, v in rows]))
    elif dmode == "table":
        dim.append(("table", ["Élément", "Montant"] if dfr else ["Item", "Amount"], [list(r) for r in rows]))
    else:
        if dfr:
            s = (f"Le ou la titulaire gère un effectif de {p.fte} ETP, " if p.fte else "Le ou la titulaire gère ")
            s += f"un budget salarial de {a(p.salary)} et un budget de fonctionnement et d'entretien de {a(p.om)}"
            s += f", pour un total de {a(p.total)}." if p.total else "."
        else:
            s = (f"The position manages {p.fte} FTEs, " if p.fte else "The position manages ")
            s += f"a salary budget of {a(p.salary)} and an O&M budget of {a(p.om)}"
            s += f", for a total of {a(p.total)}." if p.total else "."
        dim.append(("p", s))
    template = rng.random() < 0.25
    if template:
        sa = [("h", H["csr"])] + ([("p", T.CSR_EN.format(**fmt))] if lang != "fr" else []) + \
             ([("p", T.CSR_FR.format(**fmt))] if lang != "en" else [])
        sa.append(("h", H["ka"]))
    else:
        sa = [("h", H["sa"])]
    k = rng.randint(4, 7)
    if lang in ("en", "bi"):
        sa.append(("ol", [x.format(**fmt) for x in rng.sample(T.SA_EN, k)]))
    if lang in ("fr", "bi"):
        sa.append(("ol", [x.format(**fmt) for x in rng.sample(T.SA_FR, min(k, len(T.SA_FR)))]))
    order = rng.choice([[sec_ga, org, ns, dim, sa], [sec_ga, org, dim, ns, sa], [sec_ga, ns, org, sa, dim],
                        [org, sec_ga, ns, dim, sa]])
    for s in order:
        B.extend(s)
    if not loc_in_fields:
        B.append(("p", f"{'Lieu' if fr else 'Location'}: {loc}" if not fr else f"Lieu : {loc}"))
    cert = [("h", H["cert"])]
    if lang != "fr":
        cert.append(("p", T.CERT_EN))
    if lang != "en":
        cert.append(("p", T.CERT_FR))
    sigs = []
    roles = [("Titulaire" if fr else "Incumbent"), ("Gestionnaire" if fr else "Supervisor")]
    for k, name in enumerate(p.signers):
        dd = (p.date or dt.date(2019, 5, 14)) - dt.timedelta(days=rng.randint(3, 40))
        sigs.append((name, sup_title if k else roles[0] if p.incumbent else sup_title, date_str(dd, dstyle)))
    if not sigs:
        sigs = [("", sup_title, ""), ("", roles[0], "")]
    cert.append(("sig", sigs))
    B.extend(cert)
    return d


# ---- renderers ----------------------------------------------------------------------------------

def pandoc_escape(s: str) -> str:
    s = s.replace("\\", "\\\\").replace("$", "\\$").replace("*", "\\*").replace("[", "\\[").replace("]", "\\]")
    s = s.replace("#", "\\#").replace("'", "’").replace("_", "\\_")
    if s.startswith("-") or s.startswith("+"):
        s = "\\" + s
    return s


def md_pipe(rows, header=None, escape=lambda s: s):
    width = len(rows[0]) if rows else len(header)
    hdr = header or rows[0]
    body = rows if header else rows[1:]
    w = [max(len(escape(str(r[i]))) for r in [hdr] + body) for i in range(width)]
    line = lambda r: "| " + " | ".join(escape(str(r[i])).ljust(w[i]) for i in range(width)) + " |"  # noqa: E731
    return [line(hdr), "|" + "|".join("-" * (w[i] + 2) for i in range(width)) + "|"] + [line(r) for r in body]


def md_grid(rows, header=None, escape=lambda s: s, maxw=40):
    width = len(rows[0]) if rows else len(header)
    allr = ([header] if header else []) + rows
    w = [min(maxw, max(len(escape(str(r[i]))) for r in allr)) for i in range(width)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep]
    for j, r in enumerate(allr):
        cells = [textwrap.wrap(escape(str(r[i])), w[i]) or [""] for i in range(width)]
        h = max(len(c) for c in cells)
        for k in range(h):
            out.append("| " + " | ".join((cells[i][k] if k < len(cells[i]) else "").ljust(w[i])
                                         for i in range(width)) + " |")
        out.append(("+" + "+".join("=" * (x + 2) for x in w) + "+") if header and j == 0 else sep)
    return out


def render_pandoc(doc: Doc, rng: random.Random) -> str:
    E = pandoc_escape
    kvstyle = rng.choice(["bold", "pipe", "grid"])
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [f"**{E(b[1])}**" if rng.random() < 0.5 else f"# {E(b[1])}", ""]
        elif t == "h":
            out += [rng.choice([f"# {E(b[1])}", f"**{E(b[1])}**", f"## {E(b[1])}"]), ""]
        elif t == "p":
            out += textwrap.wrap(E(b[1]), 72) + [""]
        elif t == "kv":
            rows = [[k, v] for _, k, v in b[1]]
            if kvstyle == "bold" or b[1][0][0] == "dim":
                for k, v in rows:
                    out += textwrap.wrap(f"**{E(k)}:** {E(v)}", 72) + [""]
            elif kvstyle == "pipe":
                out += md_pipe([[f"**{k}**", v] for k, v in rows], escape=E) + [""]
            else:
                out += md_grid([[f"{k}:", v] for k, v in rows], escape=E) + [""]
        elif t == "ul":
            for it in b[1]:
                ls = textwrap.wrap(E(it), 68)
                out += ["-   " + ls[0]] + ["    " + x for x in ls[1:]]
            out.append("")
        elif t == "ol":
            for i, it in enumerate(b[1], 1):
                ls = textwrap.wrap(E(it), 68)
                out += [f"{i}.  " + ls[0]] + ["    " + x for x in ls[1:]]
            out.append("")
        elif t == "table":
            out += (md_grid(b[2], header=b[1], escape=E) if kvstyle == "grid" else
                    md_pipe(b[2], header=b[1], escape=E)) + [""]
        elif t == "sig":
            for name, role, date in b[1]:
                out += ["\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
                out += [x for x in (E(name), E(role), E(date)) if x]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_docling(doc: Doc, rng: random.Random) -> str:
    out = ["<!-- image -->", ""]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [f"## {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            rows = [[k, v] for _, k, v in b[1]]
            if b[1][0][0] == "dim" and rng.random() < 0.5:
                for k, v in rows:
                    out += [f"{k}: {v}", ""]
            else:
                out += md_pipe([[f"{k}:", v] for k, v in rows]) + [""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out += md_pipe(b[2], header=b[1]) + [""]
        elif t == "sig":
            out += ["<!-- image -->", ""]
            for name, role, date in b[1]:
                out += [" ".join(x for x in (name, role, date) if x), ""]
    return "\n".join(out).rstrip() + "\n"


def render_marker(doc: Doc, rng: random.Random) -> str:
    out = ["![](_page_0_Picture_0.jpeg)", ""]
    page = 0
    n = 0
    for b in doc.blocks:
        t = b[0]
        n += 1
        if n % 9 == 0:
            page += 1
            out += [f"<span id=\"page-{page}-0\"></span>", ""]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"### {b[1]}" if rng.random() < 0.7 else f"**{b[1]}**", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            items = b[1]
            if items[0][0] == "dim":
                out += [f"- **{k}:** {v}" for _, k, v in items] + [""]
            else:
                rows = []
                for j in range(0, len(items), 2):
                    pair = items[j:j + 2]
                    row = []
                    for _, k, v in pair:
                        row += [f"**{k}**", v]
                    while len(row) < 4:
                        row.append("")
                    rows.append(row)
                out += md_pipe(rows) + [""]
        elif t == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out += md_pipe(b[2], header=b[1]) + [""]
        elif t == "sig":
            out += ["| " + " | ".join(x[1] for x in b[1]) + " |",
                    "|" + "|".join("---" for _ in b[1]) + "|",
                    "| " + " | ".join((x[0] + "<br>" + x[2]).strip("<br>") for x in b[1]) + " |", ""]
    return "\n".join(out).rstrip() + "\n"


def paginate(lines, per, header, footer_fmt, width):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    out = []
    for k, pg in enumerate(pages, 1):
        body = []
        if header:
            body += [header, ""]
        body += pg
        if footer_fmt:
            f = footer_fmt.format(n=k, N=len(pages))
            body += ["", f.center(width).rstrip()]
        out.append("\n".join(body))
    return "\f".join(out) + "\f"


def layout_lines(doc: Doc, rng: random.Random, width: int, hyphen_p: float, two_col: bool, boxes: bool):
    lines = []
    ind = " " * rng.choice([0, 2, 4])
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            lines += [b[1].center(width).rstrip(), ""]
        elif t == "h":
            lines += ["", ind + b[1], ""]
        elif t == "p":
            lines += [ind + x for x in wrap(b[1], width - len(ind), rng, hyphen_p)] + [""]
        elif t == "kv":
            items = b[1]
            if items[0][0] == "dim":
                lw = max(len(k) for _, k, _ in items) + 3
                lines += [ind + (k + ":").ljust(lw) + v.rjust(16) for _, k, v in items] + [""]
            elif boxes:
                half = width // 2
                for j in range(0, len(items), 2):
                    pair = items[j:j + 2]
                    lab = "".join((k).ljust(half) for _, k, _ in pair).rstrip()
                    val = "".join(v.ljust(half) if len(v) < half else v + "   " for _, _, v in pair).rstrip()
                    lines += [ind + lab, ind + val, ""]
            elif two_col:
                half = width // 2 + 2
                for j in range(0, len(items), 2):
                    pair = items[j:j + 2]
                    cells = [f"{k}: {v}" for _, k, v in pair]
                    left = cells[0].ljust(half) if len(cells) > 1 and len(cells[0]) < half else cells[0] + "    "
                    lines.append((ind + left + (cells[1] if len(cells) > 1 else "")).rstrip())
                lines.append("")
            else:
                lw = max(len(k) for _, k, _ in items) + 2
                lines += [ind + (k + ":").ljust(lw) + v for _, k, v in items] + [""]
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "•   " if t == "ul" else f"{i}.  "
                ls = wrap(it, width - len(ind) - 6, rng, hyphen_p)
                lines += [ind + "  " + mark + ls[0]] + [ind + "      " + x for x in ls[1:]]
            lines.append("")
        elif t == "table":
            allr = [b[1]] + b[2]
            w = [max(len(str(r[i])) for r in allr) + 4 for i in range(len(b[1]))]
            for r in allr:
                lines.append((ind + "".join(str(r[i]).ljust(w[i]) if i < len(r) - 1 else str(r[i]).rjust(6)
                                             for i in range(len(r)))).rstrip())
            lines.append("")
        elif t == "sig":
            lines += ["", ""]
            lines.append(ind + "".join("_" * 30 + " " * 10 for _ in b[1]).rstrip())
            for k in range(3):
                lines.append((ind + "".join(x[k].ljust(40) for x in b[1])).rstrip())
    return lines


def render_pdftotext_layout(doc: Doc, rng: random.Random, dept: str, pos_label: str) -> str:
    width = rng.choice([92, 100, 106])
    lines = layout_lines(doc, rng, width, 0.25, two_col=rng.random() < 0.6, boxes=rng.random() < 0.4)
    header = (dept + pos_label.rjust(width - len(dept))) if rng.random() < 0.7 else None
    footer = rng.choice(["Page {n} of {N}", "- {n} -", "{n}", "Page {n} de {N}"])
    return paginate(lines, rng.choice([48, 52, 56]), header, footer, width)


def render_pdftotext_raw(doc: Doc, rng: random.Random, dept: str) -> str:
    """Raw content-stream order: the header form's labels come before its values; a page's footer first."""
    lines = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            lines.append(b[1])
        elif t == "h":
            lines.append(b[1])
        elif t == "p":
            lines += wrap(b[1], rng.choice([88, 95]), rng, 0.2)
        elif t == "kv":
            items = b[1]
            if items[0][0] == "dim" or rng.random() < 0.35:
                for _, k, v in items:
                    lines += [k + ":", v] if rng.random() < 0.5 else [f"{k}: {v}"]
            else:
                lines += [k for _, k, _ in items] + [v for _, _, v in items if v]
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                ls = wrap(it, 90, rng, 0.2)
                lines += [("• " if t == "ul" else f"{i}. ") + ls[0]] + ls[1:]
        elif t == "table":
            for r in [b[1]] + b[2]:
                lines += [str(c) for c in r if str(c)]
        elif t == "sig":
            for name, role, date in b[1]:
                lines += [x for x in (name, role, date) if x]
    per = 60
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for k, pg in enumerate(pages, 1):
        out.append("\n".join([f"{dept} {k}/{len(pages)}"] + pg))
    return "\f".join(out) + "\f"


def render_cloud_ocr(doc: Doc, rng: random.Random, dept: str, strength: float) -> str:
    lines = []
    width = rng.choice([64, 72, 80])
    swap = rng.random() < 0.6
    for b in doc.blocks:
        t = b[0]
        if t in ("title", "h"):
            lines.append(b[1].upper() if rng.random() < 0.5 else b[1])
        elif t == "p":
            lines += wrap(damage_prose(b[1], rng, strength), width, rng, 0.3)
        elif t == "kv":
            items = list(b[1])
            j = 0
            while j < len(items):
                _, k, v = items[j]
                v2 = damage_digits(v, rng, strength * 1.5)
                if swap and j + 1 < len(items) and rng.random() < 0.3 and items[0][0] != "dim":
                    # two boxes side by side: both labels, then both values
                    _, k2, w2 = items[j + 1]
                    lines += [k + ":", k2 + ":", v2, damage_digits(w2, rng, strength * 1.5)]
                    j += 2
                    continue
                if rng.random() < 0.4:
                    lines += [k, v2] if v2 else [k]
                else:
                    lines.append(f"{k}: {v2}".rstrip())
                j += 1
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                ls = wrap(damage_digits(it, rng, strength), width, rng, 0.3)
                lines += [("• " if t == "ul" else f"{i}. ") + ls[0]] + ls[1:]
        elif t == "table":
            for r in [b[1]] + b[2]:
                lines.append("  ".join(damage_digits(str(c), rng, strength) for c in r if str(c)))
        elif t == "sig":
            for name, role, date in b[1]:
                lines += [x for x in (name, role, damage_digits(date, rng, strength)) if x]
            lines.append(rng.choice(["~ i!/ ;;'", "(signature)", "X ___", "%/4.*"]))
    per = rng.choice([44, 50])
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for k, pg in enumerate(pages, 1):
        head = [damage_prose(dept, rng, strength)] if k > 1 and rng.random() < 0.8 else []
        out += head + pg + [rng.choice([f"Page {k} of {len(pages)}", f"{k}", f"- {k} -"])]
    return "\n".join(out) + "\n"


def render_word_txt(doc: Doc, rng: random.Random) -> str:
    out = []
    curly = lambda s: s.replace("'", "’")  # noqa: E731
    for b in doc.blocks:
        t = b[0]
        if t in ("title", "h"):
            out += [curly(b[1]), ""] if rng.random() < 0.5 else [curly(b[1])]
        elif t == "p":
            out += [curly(b[1]), ""]
        elif t == "kv":
            for _, k, v in b[1]:
                out.append(f"{curly(k)}:\t{curly(v)}" if rng.random() < 0.7 else f"{curly(k)}\t{curly(v)}")
            out.append("")
        elif t == "ul":
            mark = rng.choice(["•\t", "·\t", "o\t", "-\t"])
            out += [mark + curly(x) for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}.\t{curly(x)}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out += ["\t".join(str(c) for c in r) for r in [b[1]] + b[2]] + [""]
        elif t == "sig":
            out.append("\t".join("______________________" for _ in b[1]))
            for k in range(3):
                out.append("\t".join(curly(x[k]) for x in b[1]))
            out.append("")
    return "\r\n".join(out).rstrip() + "\r\n"


def render_lynx(doc: Doc, rng: random.Random, dept: str) -> str:
    out = [f"   [1]Skip to main content [2]Français", "", f"   [3]{dept} intranet > [4]Human Resources > "
           "[5]Executive work descriptions", ""]
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [b[1], ""]
        elif t == "h":
            out += ["", b[1], ""]
        elif t == "p":
            out += ["   " + x for x in textwrap.wrap(b[1], 74)] + [""]
        elif t == "kv":
            for _, k, v in b[1]:
                out.append(f"   {k}: {v}" if rng.random() < 0.5 else f"   {k}   {v}")
            out.append("")
        elif t == "ul":
            for x in b[1]:
                ls = textwrap.wrap(x, 68)
                out += ["     * " + ls[0]] + ["       " + y for y in ls[1:]]
            out.append("")
        elif t == "ol":
            for i, x in enumerate(b[1], 1):
                ls = textwrap.wrap(x, 68)
                out += [f"    {i}. " + ls[0]] + ["       " + y for y in ls[1:]]
            out.append("")
        elif t == "table":
            allr = [b[1]] + b[2]
            w = [max(len(str(r[i])) for r in allr) + 2 for i in range(len(b[1]))]
            out += ["   " + " ".join(str(r[i]).ljust(w[i]) for i in range(len(r))).rstrip() for r in allr] + [""]
        elif t == "sig":
            for name, role, date in b[1]:
                out.append("   " + "   ".join(x for x in (name, role, date) if x))
            out.append("")
    out += ["References", "", "   1. http://intranet.gc.ca/wd#main", "   2. http://intranet.gc.ca/fra/wd",
            "   3. http://intranet.gc.ca/", "   4. http://intranet.gc.ca/hr", "   5. http://intranet.gc.ca/hr/ex-wd"]
    return "\n".join(out) + "\n"


def render_w3m(doc: Doc, rng: random.Random) -> str:
    out = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [b[1].center(80).rstrip(), ""]
        elif t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += textwrap.wrap(b[1], 80) + [""]
        elif t in ("kv", "table"):
            rows = [[k, v] for _, k, v in b[1]] if t == "kv" else [b[1]] + b[2]
            nc = len(rows[0])
            w = [min(44, max(len(str(r[i])) for r in rows)) for i in range(nc)]
            top = "┌" + "┬".join("─" * x for x in w) + "┐"
            mid = "├" + "┼".join("─" * x for x in w) + "┤"
            bot = "└" + "┴".join("─" * x for x in w) + "┘"
            out.append(top)
            for j, r in enumerate(rows):
                cells = [textwrap.wrap(str(r[i]), w[i]) or [""] for i in range(nc)]
                for k in range(max(len(c) for c in cells)):
                    out.append("│" + "│".join((cells[i][k] if k < len(cells[i]) else "").ljust(w[i])
                                              for i in range(nc)) + "│")
                out.append(mid if j < len(rows) - 1 else bot)
            out.append("")
        elif t == "ul":
            for x in b[1]:
                ls = textwrap.wrap(x, 76)
                out += ["  • " + ls[0]] + ["    " + y for y in ls[1:]]
            out.append("")
        elif t == "ol":
            for i, x in enumerate(b[1], 1):
                ls = textwrap.wrap(x, 76)
                out += [f" {i}. " + ls[0]] + ["    " + y for y in ls[1:]]
            out.append("")
        elif t == "sig":
            for name, role, date in b[1]:
                out.append("  ".join(x for x in (name, role, date) if x))
            out.append("")
    return "\n".join(out) + "\n"


def fixed_zip(data: bytes) -> bytes:
    """A .docx rewritten with fixed timestamps, so that the bytes are the same on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR Services"
    cp.last_modified_by = "HR Services"
    cp.created = dt.datetime(2021, 3, 15, 9, 30)
    cp.modified = dt.datetime(2021, 3, 15, 9, 30)
    cp.revision = 3
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_docx(doc: Doc, rng: random.Random) -> bytes:
    d = new_docx()
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=0)
        elif t == "h":
            d.add_heading(b[1], level=1)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for _, k, v in b[1]:
                cells = tb.add_row().cells
                cells[0].text, cells[1].text = k, v
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
            for r in b[2]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
        elif t == "sig":
            tb = d.add_table(rows=3, cols=len(b[1]))
            for i, (name, role, date) in enumerate(b[1]):
                tb.rows[0].cells[i].text = "______________________"
                tb.rows[1].cells[i].text = (name + "\n" + role).strip()
                tb.rows[2].cells[i].text = date
    return save_docx(d)


def to_cp1252(s: str) -> str:
    return s.encode("cp1252", "replace").decode("cp1252")


def render_pdf(doc: Doc, rng: random.Random, footer: str) -> bytes:
    lines = layout_lines(doc, rng, 100, 0.0, two_col=False, boxes=False)
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    texts = []
    for k, pg in enumerate(pages, 1):
        texts.append(to_cp1252("\n".join(pg + ["", f"{footer}    Page {k} / {len(pages)}"])))
    return pdf_bytes(texts)


# ---- refused documents ----------------------------------------------------------------------------

def refusals(rng: random.Random):
    """(file name, kind, language, bytes, people)."""
    out = []
    n1, n2, n3 = "Catherine Lamontagne", "Derek Osei", "Hélène Marchand-Roy"
    memo = f"""<!-- image -->

## MEMORANDUM

| TO:      | All EX-01 to EX-03 managers, Program Operations Branch |
|----------|--------------------------------------------------------|
| FROM:    | {n1}, Director General, Workforce Management             |
| DATE:    | March 3, 2023                                          |
| SUBJECT: | Updating executive work descriptions before the 2023-24 talent management cycle |

## Purpose

To ask every executive to confirm that the work description of their position is current before
the talent management questionnaires open on April 17, 2023.

## Background

The Treasury Board's executive talent management process requires deputy heads to collect the
questionnaires of EX-03 executives and above; EX-01 and EX-02 participation remains voluntary. Several
work descriptions in the Branch still show budgets (for example, salary of $2.96M and O&M of $71K for
position 63335) and reporting relationships that predate the 2021 reorganization.

## Action required

- Review the work description of your position and of each EX position reporting to you.
- Send any changes to the Classification unit (contact: {n2}) by March 31, 2023.
- Do not reclassify positions through this exercise; classification actions follow the usual process.

<!-- image -->

{n1}
"""
    out.append(("Memo - update of EX work descriptions (March 2023).md", "markdown", "en", memo.encode(), [n1, n2]))
    # offer letter, French, Word plain text cp1252
    offer = f"""PROTÉGÉ B (une fois rempli)\r
\r
Le 12 septembre 2022\r
\r
Madame {n3}\r
Gatineau (Québec)\r
\r
Objet : Offre de nomination intérimaire – Directrice, Programmes de réinsertion sociale (EX-01)\r
\r
Madame,\r
\r
J’ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Programmes de réinsertion sociale, classifié EX-01, poste no 47120, au Service correctionnel du Canada, à Ottawa (Ontario), du 26 septembre 2022 au 31 mars 2023.\r
\r
Votre rémunération sera établie conformément à la Directive sur les conditions d’emploi des cadres; l’échelle salariale du niveau EX-01 est de 122 800 $ à 144 700 $.\r
\r
Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez signer et retourner une copie de la présente lettre d’ici le 19 septembre 2022.\r
\r
Veuillez agréer, Madame, mes salutations distinguées.\r
\r
\t______________________\r
\tLouis-Philippe Arsenault\r
\tDirecteur général, Programmes correctionnels\r
\r
J’accepte l’offre ci-dessus.\t______________________\tDate : ____________\r
"""
    out.append(("Lettre d'offre - intérim EX-01 (H. Marchand-Roy).txt", "text-cp1252", "fr", offer.encode("cp1252"),
                [n3, "Louis-Philippe Arsenault"]))
    # org chart as pdftotext -layout
    boxes = [("Assistant Deputy Minister", "Science and Technology Branch", "EX-05"),
             ("Director General", "Ocean Science and Hydrography", "EX-03"),
             ("Director General", "Laboratory Services", "EX-03"),
             ("Director", "Hydrographic Services (52 FTEs)", "EX-01"),
             ("Director", "Ocean Data (37 FTEs)", "EX-01"),
             ("Director", "Lab Operations (61 FTEs)", "EX-01")]
    oc = ["Fisheries and Oceans Canada                                          Organization Chart / Organigramme",
          "", "", " " * 38 + "┌" + "─" * 34 + "┐",
          " " * 38 + "│ " + boxes[0][0].ljust(33) + "│", " " * 38 + "│ " + boxes[0][1].ljust(33) + "│",
          " " * 38 + "│ " + boxes[0][2].ljust(33) + "│", " " * 38 + "└" + "─" * 16 + "┬" + "─" * 17 + "┘",
          " " * 55 + "│", " " * 18 + "┌" + "─" * 36 + "┴" + "─" * 36 + "┐"]
    oc += ["", "        " + boxes[1][0].ljust(40) + boxes[2][0],
           "        " + boxes[1][1].ljust(40) + boxes[2][1], "        " + boxes[1][2].ljust(40) + boxes[2][2], "",
           "", "   " + "".join(b[0].ljust(30) for b in boxes[3:]), "   " + "".join(b[1].ljust(30) for b in boxes[3:]),
           "   " + "".join(b[2].ljust(30) for b in boxes[3:]), "", "", "",
           "   As of 2024-01-08. Vacant positions shown in grey. Source: PeopleSoft position data.", "", "Page 1 of 1"]
    out.append(("Org chart S&T Branch Jan 2024.txt", "text", "en", ("\n".join(oc) + "\n\f").encode(), []))
    # minutes, bilingual, pandoc md
    n4, n5, n6 = "Sunita Raghavan", "Paul-Émile Gagnon", "Bridget Aucoin"
    minutes = f"""**EX Classification Review Committee / Comité d’examen de la classification EX**

**Minutes / Procès-verbal -- 2022-11-24**

**Present / Présents :** {n4} (Chair / présidente), {n5}, {n6}

# 1. Approval of the agenda / Adoption de l’ordre du jour

The agenda was approved without change. / L’ordre du jour est adopté sans modification.

# 2. Positions reviewed / Postes examinés

  Position / Poste                              Current / Actuel   Proposed / Proposé   Decision / Décision
  --------------------------------------------- ------------------ -------------------- ---------------------
  Director, Client Experience (No. 55310)       EX-01              EX-01                Confirmed / Confirmé
  Executive Director, Evaluation (No. 40218)    EX-01              EX-02                Deferred / Reporté
  DG, Pension Operations (No. 31177)            EX-03              EX-03                Confirmed / Confirmé

# 3. Action items / Suivis

-   {n5} to obtain the revised organization chart for the Evaluation
    directorate (salary budget \\$4.2M) by December 9.

-   Next meeting / Prochaine réunion : January 26, 2023 / 26 janvier 2023.
"""
    out.append(("Minutes EX classification committee 2022-11-24.md", "markdown", "bilingual", minutes.encode(),
                [n4, n5, n6]))
    # performance agreement, docx
    n7 = "Gordon Mackenzie"
    d = new_docx()
    d.add_heading("Executive Performance Agreement 2023-2024", level=0)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in [("Name", n7), ("Position", "Director, Fleet and Aviation Services"), ("Group and level", "EX-01"),
                 ("Position number", "62044"), ("Supervisor", "Director General, Marine Safety and Security"),
                 ("Period", "April 1, 2023 to March 31, 2024")]:
        r = tb.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_heading("Commitments", level=1)
    for s in ["Deliver the fleet renewal plan milestones for 2023-24 within the approved budget of $3.4M.",
              "Reduce the backlog of aircraft inspections by 20% by March 31, 2024.",
              "Lead the directorate's contribution to the Department's anti-racism action plan."]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("Leadership competencies", level=1)
    d.add_paragraph("Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with "
                    "partners and stakeholders; promote innovation and guide change; achieve results.")
    d.add_paragraph(f"Signed: {n7}, Executive          Signed: Marie-Claude Fortin, Supervisor")
    out.append(("Performance Agreement 2023-24 - G Mackenzie - signed.docx", "docx", "en", save_docx(d),
                [n7, "Marie-Claude Fortin"]))
    # scanned PDF without a text layer: drawing only
    art = b"q 0.8 g 40 700 515 100 re f Q 1 w 60 650 m 540 650 l S 60 620 m 400 620 l S 60 590 m 480 590 l S"
    out.append(("SCAN_20230214_0007.pdf", "pdf", "en", pdf_bytes([art, art + b" 60 560 m 300 560 l S"]), []))
    return out


# ---- the corpus plan ------------------------------------------------------------------------------

# (renderer, language, ext, role, extra options)
PLAN = [
    ("pandoc", "en", "md", "dir", {}), ("pandoc", "en", "md", "dg", {"sup": "sentence"}),
    ("pandoc", "en", "md", "ed", {"reports": "table"}), ("pandoc", "en", "md", "dir", {"dims": "table"}),
    ("pandoc", "en", "md", "sdir", {}), ("pandoc", "fr", "md", "dir", {}), ("pandoc", "fr", "md", "dg", {}),
    ("pandoc", "bi", "md", "dir", {}),
    ("docling", "en", "md", "dir", {}), ("docling", "en", "md", "adm", {"sup": "reports_to"}),
    ("docling", "en", "md", "ed", {"dims": "prose"}), ("docling", "fr", "md", "dir", {"reports": "table"}),
    ("docling", "fr", "md", "ed", {}),
    ("marker", "en", "md", "dg", {}), ("marker", "en", "md", "dir", {"reports": "prose"}),
    ("marker", "fr", "md", "sdir", {}), ("marker", "bi", "md", "ed", {}),
    ("layout", "en", "txt", "dir", {}), ("layout", "en", "txt", "rdg", {"regional": True}),
    ("layout", "en", "txt", "dg", {"reports": "table"}), ("layout", "en", "txt", "dir", {"sup": "sentence"}),
    ("layout", "fr", "txt", "dir", {}), ("layout", "fr", "txt", "dg", {"dims": "table"}),
    ("layout", "bi", "txt", "dir", {}),
    ("raw", "en", "txt", "dir", {}), ("raw", "en", "txt", "ed", {}), ("raw", "fr", "txt", "dir", {}),
    ("ocr", "en", "txt", "dir", {"strength": 0.12}), ("ocr", "en", "txt", "dg", {"strength": 0.2}),
    ("ocr", "en", "txt", "sdir", {"strength": 0.08}), ("ocr", "fr", "txt", "dir", {"strength": 0.12}),
    ("ocr", "fr", "txt", "ed", {"strength": 0.18}), ("ocr", "bi", "txt", "dir", {"strength": 0.1}),
    ("word", "en", "txt", "dir", {}), ("word", "en", "txt", "dg", {"reports": "table"}),
    ("word", "en", "txt", "rdg", {"regional": True}), ("word", "fr", "txt", "dir", {}),
    ("word8", "bi", "txt", "ed", {}),
    ("lynx", "en", "txt", "dir", {}), ("lynx", "fr", "txt", "dg", {}), ("w3m", "en", "txt", "ed", {"reports": "table"}),
    ("docx", "en", "docx", "dir", {}), ("docx", "fr", "docx", "ed", {}),
    ("pdf", "en", "pdf", "dg", {}), ("pdf", "bi", "pdf", "dir", {}),
]
# second versions of earlier positions: (index of the first, renderer, ext, suffix, changes)
VERSIONS = [(0, "layout", "txt", " - signed", {}), (5, "pdf", "pdf", " (signée)", {}),
            (13, "word", "txt", " - revised 2024", {"revise": True})]
KIND = {"pandoc": "markdown", "docling": "markdown", "marker": "markdown", "layout": "text", "raw": "text",
        "ocr": "ocr", "word": "text-cp1252", "word8": "text", "lynx": "text", "w3m": "text", "docx": "docx",
        "pdf": "pdf"}
CONVERSION = {"pandoc": "pandoc Markdown from Word", "docling": "Docling Markdown", "marker": "Marker Markdown",
              "layout": "pdftotext -layout", "raw": "pdftotext (raw order)", "ocr": "cloud OCR line dump",
              "word": "Word Save as plain text (cp1252)", "word8": "Word Save as plain text (UTF-8 with BOM)",
              "lynx": "HTML to text (lynx -dump)", "w3m": "HTML to text (w3m -dump)", "docx": "Word file",
              "pdf": "PDF with a text layer"}


def file_name(p: Pos, lang: str, ext: str, rng: random.Random, k: int, suffix: str = "") -> str:
    t = p.title_fr if lang == "fr" else p.title_en
    short = p.subj[1 if lang == "fr" else 0]
    yr = p.date.year if p.date else 2019
    if suffix:
        return f"{t}{suffix}.{ext}"
    pats = [f"{t} - {p.cls}.{ext}", f"{t} ({p.cls}) FINAL.{ext}", f"WD {short} {yr}.{ext}", f"{t}.{ext}",
            f"{p.posno or p.provisional} {t}.{ext}", f"{t} (1).{ext}", f"Copy of {t}.{ext}", f"{t}_v2_clean.{ext}",
            f"EX WD - {t} - {p.dept[2]}.{ext}", f"{t} FINAL (2).{ext}"]
    if lang == "fr":
        pats = [f"DT {t} {yr}.{ext}", f"{t} - {p.cls}.{ext}", f"{t} FINALE.{ext}", f"{t}.{ext}",
                f"Description de travail - {short}.{ext}", f"{t} (1).{ext}"]
    return rng.choice(pats)


def q(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, (int, dt.date)):
        return str(s) if not isinstance(s, dt.date) else s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(name, kind, lang, conv, outcome, fields, not_stated, also, people, versions) -> str:
    o = [f"# conversion: {conv}", f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if fields is None:
        o.append("fields: null")
    else:
        f = fields
        o += ["fields:"] + [f"  {k}: {q(f[k])}" for k in ("title", "classification", "job_code", "position_number",
                                                            "effective_date")]
        o += ["  supervisor:"] + [f"    {k}: {q(f['supervisor'][k])}" for k in ("position_number", "title",
                                                                                "classification")]
        if f["direct_reports"]:
            o.append("  direct_reports:")
            for r in f["direct_reports"]:
                o += [f"  - title: {q(r['title'])}", f"    classification: {q(r['classification'])}",
                      f"    fte: {q(r['fte'])}"]
        else:
            o.append("  direct_reports: []")
        o += [f"  {k}: {q(f[k])}" for k in ("salary", "o_and_m", "total", "location")]
    o.append("not_stated: [" + ", ".join(not_stated) + "]")
    if also is None:
        o.append("also: null")
    else:
        o += ["also:"] + [f"  {k}: {q(v)}" for k, v in also.items()]
    o += ["people:"] + [f"- {q(x)}" for x in people] if people else ["people: []"]
    if versions:
        o += ["versions:", "  documents:"] + [f"  - {q(x)}" for x in versions["documents"]] + \
             [f"  newest: {q(versions['newest'])}"]
    else:
        o.append("versions: null")
    return "\n".join(o) + "\n"


def main() -> None:
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    docs = []   # (name, kind, lang, conv, pos, docmodel)
    positions = []
    names = set()
    jobs = [(j, r, lang, ext, role, opts, None) for j, (r, lang, ext, role, opts) in enumerate(PLAN)]
    for first, r, ext, suffix, ch in VERSIONS:
        jobs.append((len(jobs), r, PLAN[first][1], ext, PLAN[first][3], dict(PLAN[first][4]), (first, suffix, ch)))
    for j, r, lang, ext, role, opts, ver in jobs:
        prng = random.Random(SEED * 1000 + j)
        if ver is None:
            p = make_position(j * 7 + 3, prng, role, opts.get("regional", False))
            if j in (26, 41):
                p.provisional, p.posno = ("TBD" if j == 26 else "NEW"), None
            positions.append(p)
        else:
            first, suffix, ch = ver
            p = copy.deepcopy(positions[first])
            if ch.get("revise"):
                p.date = dt.date(2024, 2, 19)
                p.salary += 120000
                p.total = p.salary + p.om if p.total is not None else None
                if p.fte:
                    p.fte += 1
            p.signers = p.signers or [person(prng)]
        drng = random.Random(SEED * 7 + j)
        doc = build(p, lang, drng, opts)
        name = file_name(p, lang, ext, drng, j, ver[1] if ver else "")
        while name in names:
            name = name.replace(f".{ext}", f" (2).{ext}")
        names.add(name)
        dept = p.dept[1] if lang == "fr" else p.dept[0]
        if r == "pandoc":
            data = render_pandoc(doc, drng).encode()
        elif r == "docling":
            data = render_docling(doc, drng).encode()
        elif r == "marker":
            data = render_marker(doc, drng).encode()
        elif r == "layout":
            data = render_pdftotext_layout(doc, drng, dept, ("Poste " if lang == "fr" else "Position ") +
                                           (p.posno or p.provisional)).encode()
        elif r == "raw":
            data = render_pdftotext_raw(doc, drng, dept).encode()
        elif r == "ocr":
            data = render_cloud_ocr(doc, drng, dept, opts["strength"]).encode()
        elif r == "word":
            data = render_word_txt(doc, drng).encode("cp1252", "replace")
        elif r == "word8":
            data = b"\xef\xbb\xbf" + render_word_txt(doc, drng).encode()
        elif r == "lynx":
            data = render_lynx(doc, drng, dept).encode()
        elif r == "w3m":
            data = render_w3m(doc, drng).encode()
        elif r == "docx":
            data = render_docx(doc, drng)
        else:
            data = render_pdf(doc, drng, f"{p.dept[2]} - {p.title_en if lang != 'fr' else p.title_fr}")
        (corpus / name).write_bytes(data)
        docs.append((name, KIND[r], lang, CONVERSION[r], p, doc, ver))
    # versions
    vmap = {}
    for name, kind, lang, conv, p, doc, ver in docs:
        if ver:
            first_name = docs[ver[0]][0]
            v = {"documents": [first_name, name], "newest": name}
            vmap[first_name] = vmap[name] = v
    for name, kind, lang, conv, p, doc, ver in docs:
        fr = lang == "fr"
        fields = {
            "title": p.title_fr if fr else p.title_en,
            "classification": p.cls,
            "job_code": p.job,
            "position_number": p.posno,
            "effective_date": p.date,
            "supervisor": {"position_number": p.sup_no, "title": p.sup_fr if fr else p.sup_en,
                           "classification": p.sup_cls},
            "direct_reports": [{"title": (r[1] if fr else r[0]), "classification": r[2], "fte": r[3]}
                               for r in p.reports],
            "salary": p.salary, "o_and_m": p.om, "total": p.total, "location": doc.loc,
        }
        ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
        if p.sup_no is None:
            ns.append("supervisor.position_number")
        if p.sup_cls is None:
            ns.append("supervisor.classification")
        also = {"fte": p.fte, "operating_budget": None, "program_budget": None, "provisional_number": p.provisional}
        if lang == "bi":
            also["title_fr"] = p.title_fr
        people = ([p.incumbent] if p.incumbent else []) + [s for s in p.signers if s]
        people = list(dict.fromkeys(people))
        txt = expected_yaml(name, kind, {"bi": "bilingual"}.get(lang, lang), conv, "import", fields, ns, also,
                            people, vmap.get(name))
        (expected / f"{name}.expected.yaml").write_text(txt, encoding="utf-8")
    for name, kind, lang, data, people in refusals(random.Random(SEED + 1)):
        (corpus / name).write_bytes(data)
        conv = {"markdown": "Docling Markdown" if name.startswith("Memo") else "pandoc Markdown from Word",
                "text-cp1252": "Word Save as plain text (cp1252)", "text": "pdftotext -layout",
                "docx": "Word file", "pdf": "scanned PDF, no text layer"}[kind]
        txt = expected_yaml(name, kind, lang, conv, "refuse", None, [], None, people, None)
        (expected / f"{name}.expected.yaml").write_text(txt, encoding="utf-8")
    print(f"{len(list(corpus.iterdir()))} documents written to {corpus}")


if __name__ == "__main__":
    main()
