"""Write the blind56 corpus: damaged scans of EX work descriptions, all plain text.

    /work/main/.venv/bin/python bench/import/blind56/make_blind.py

Writes ``corpus/`` (the documents) and ``expected/`` (one ``<document>.expected.yaml`` each)
next to this file, deterministically (fixed seed; the same bytes on every run). Every
document is the text an OCR engine gave for a scanned paper form: running headers and
footers on every page, two-column pages read across, form boxes run together, wrapped table
cells, skewed lines with stray marks, hyphenated line ends, O/I/l/S/B for digits, letter
confusions, ligatures and mangled typographic quotes. About 30 % are French; some files are
cp1252. The ground truth is what the paper said, before the damage.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import texts as T  # noqa: E402

HERE = Path(__file__).resolve().parent
STATS: dict = {}  # how many documents took each rendering choice (printed with --stats)
SEED = 56_2026

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# ---------------------------------------------------------------------------------------------
# damage

def digits(rng: random.Random, s: str, p: float) -> str:
    """O/I/l/S/B for 0/1/5/8 with probability p per digit."""
    out = []
    for ch in s:
        if ch in "0158" and rng.random() < p:
            ch = {"0": "O", "1": rng.choice("IIl"), "5": "S", "8": "B"}[ch]
        out.append(ch)
    return "".join(out)


CONFUSIONS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"),
              ("t", "l"), ("o", "a"), ("u", "n"), ("a", "e")]


def letters(rng: random.Random, text: str, q: float, run: float, lig: bool) -> str:
    """Letter confusions in a fraction q of words, words run together with probability run."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < q:
            a, b = rng.choice(CONFUSIONS)
            if a in w[1:]:
                i = w.index(a, 1)
                w = w[:i] + b + w[i + len(a):]
        if lig and ("fi" in w or "fl" in w) and rng.random() < 0.7:
            w = w.replace("fi", "ﬁ").replace("fl", "ﬂ")
        out.append(w)
    s = out[0] if out else ""
    for w in out[1:]:
        s += ("" if rng.random() < run else " ") + w
    return s


MOJIBAKE_PUNCT = {"’": "â€™", "‘": "â€˜", "“": "â€œ", "”": "â€\u009d", "–": "â€“", "—": "â€”", "•": "â€¢"}


def mojibake_punct(text: str) -> str:
    for a, b in MOJIBAKE_PUNCT.items():
        text = text.replace(a, b)
    return text


def mojibake_all(text: str) -> str:
    """UTF-8 read as cp1252 for every non-ASCII character (accents too)."""
    undefined = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return "".join(ch if ord(ch) < 128 else
                   "".join(chr(x) if x in undefined else bytes([x]).decode("cp1252") for x in ch.encode("utf-8"))
                   for ch in text)


def wrap(rng: random.Random, text: str, width: int, hyph: float) -> list[str]:
    """Wrap at width; a long word at a line end is sometimes hyphenated."""
    lines, cur = [], ""
    for w in text.split(" "):
        if not w:
            continue
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if len(w) >= 8 and room >= 3 and w.isalpha() and rng.random() < hyph:
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


STRAY = ["' ", "| ", ". ", "~", "‘ ", ", ", "i ", "` ", ": ", "- ", "' ", "| "]


# ---------------------------------------------------------------------------------------------
# notations

def fmt_class(rng, cls: str, style: str) -> str:
    g, lvl = cls.rsplit("-", 1)
    n = str(int(lvl))
    return {"dash": f"{g}-{lvl}", "space": f"{g} {lvl}", "short": f"{g}-{n}", "paren": f"({g}-{lvl})",
            "tight": f"{g}{lvl}", "spaced": f"{g} - {lvl}"}[style]


def fmt_date(rng, d: dt.date, lang: str) -> str:
    if lang == "en":
        forms = [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month-1]} {d.year}",
                 d.isoformat(), f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}",
                 f"{d.day:02d}-{MONTHS_EN[d.month-1][:3].upper()}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{MONTHS_EN[d.month-1].upper()} {d.day}, {d.year}"]
        if d.day == 1:
            forms.append(f"{MONTHS_EN[d.month-1]} 1st, {d.year}")
    else:
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month-1]} {d.year}", f"le {day} {MONTHS_FR[d.month-1]} {d.year}",
                 d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return rng.choice(forms)


def _dec(v: float, n: int, comma: bool) -> str:
    s = f"{v:.{n}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def fmt_amount(rng, v: int, lang: str) -> str:
    m = v / 1_000_000
    if lang == "en":
        forms = [f"${v:,}", f"${v:,}", f"${_dec(m, 3, False)}M", f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}",
                 f"${_dec(m, 3, False)} million", f"$ {v:,}.00"]
    else:
        sp = rng.choice([" ", "\u00a0"])
        grouped = f"{v:,}".replace(",", sp)
        forms = [f"{grouped} $", f"{grouped},00 $", f"{_dec(m, 3, True)} M$", f"{_dec(m, 3, True)} million $",
                 f"{v // 1000:,}".replace(",", sp) + " k$", f"{grouped}{sp}$"]
    return rng.choice(forms)


def fmt_fte(rng, n: int, lang: str, ctx: str = "paren") -> str:
    if lang == "en":
        return rng.choice([f"{n} FTEs", f"{n} FTE", f"{n} FTE's", f"staff of {n}", f"{n} employees"]) if n != 1 else rng.choice(["1 FTE", "1 FTE", "staff of 1"])
    return rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} employés", f"{n} ETP"])


# ---------------------------------------------------------------------------------------------
# positions

def make_positions(rng: random.Random) -> list[dict]:
    langs = ["fr"] * 13 + ["en"] * 30
    rng.shuffle(langs)
    subjects = list(range(len(T.SUBJECTS)))
    rng.shuffle(subjects)
    used_numbers: set[str] = set()

    def number(lo, hi):
        while True:
            s = str(rng.randrange(lo, hi))
            if s not in used_numbers:
                used_numbers.add(s)
                return s

    out = []
    for i, lang in enumerate(langs):
        subj = T.SUBJECTS[subjects[i]]
        if subj[0] in T.SUBJECT_DEPTS:
            short = rng.choice(T.SUBJECT_DEPTS[subj[0]])
            dep = next(d for d in T.DEPARTMENTS if d[2] == short)
        else:
            dep = T.DEPARTMENTS[(i * 7) % len(T.DEPARTMENTS)]
        loc = rng.choice(dep[4])
        level = rng.choices([1, 2, 3], [62, 16, 22])[0]
        fem = rng.random() < 0.45
        regional = loc[0] not in ("Ottawa", "Gatineau") and level == 1 and rng.random() < 0.6
        if lang == "en":
            head = {1: "Regional Director" if regional else "Director", 2: "Executive Director", 3: "Director General"}[level]
            title = f"{head}, {subj[0]}"
        else:
            head = {1: ("Directrice régionale" if fem else "Directeur régional") if regional else ("Directrice" if fem else "Directeur"),
                    2: "Directrice exécutive" if fem else "Directeur exécutif",
                    3: "Directrice générale" if fem else "Directeur général"}[level]
            title = f"{head}, {subj[1]}"
        # supervisor
        corp = subj[0] in T.CORPORATE
        other = rng.choice(T.CORPORATE_AREAS if corp else T.SUPERVISOR_AREAS)
        br = rng.choice(T.CORPORATE_BRANCHES if corp else T.PROGRAM_BRANCHES)
        if level == 1:
            if rng.random() < 0.75:
                sup_title = f"Director General, {other[0]}" if lang == "en" else f"{rng.choice(['Directeur général', 'Directrice générale'])}, {other[1]}"
                sup_cls = "EX-03"
            else:
                sup_title = f"Executive Director, {other[0]}" if lang == "en" else f"{rng.choice(['Directeur exécutif', 'Directrice exécutive'])}, {other[1]}"
                sup_cls = "EX-02"
        elif level == 2:
            sup_title = f"Director General, {other[0]}" if lang == "en" else f"{rng.choice(['Directeur général', 'Directrice générale'])}, {other[1]}"
            sup_cls = "EX-03"
        else:
            if rng.random() < 0.7:
                sup_title = f"Assistant Deputy Minister, {br[0]}" if lang == "en" else f"{rng.choice(['Sous-ministre adjoint', 'Sous-ministre adjointe'])}, {br[1]}"
                sup_cls = "EX-05"
            else:
                sup_title = f"Associate Assistant Deputy Minister, {br[0]}" if lang == "en" else f"{rng.choice(['Sous-ministre adjoint délégué', 'Sous-ministre adjointe déléguée'])}, {br[1]}"
                sup_cls = "EX-04"
        sup = {"position_number": number(10000, 99999) if rng.random() < 0.75 else None,
               "title": sup_title, "classification": sup_cls if rng.random() < 0.9 else None}
        # direct reports
        n = rng.randint(2, 6)
        reports = []
        if level == 3:
            for s in rng.sample(T.SUB_AREAS, n):
                if lang == "en":
                    t = f"Director, {s[0]}"
                else:
                    t = f"{rng.choice(['Directeur', 'Directrice'])}, {s[1]}"
                reports.append({"title": t, "classification": "EX-01", "fte": rng.randint(12, 95)})
            if rng.random() < 0.4:
                reports.append({"title": "Executive Assistant" if lang == "en" else rng.choice(["Adjointe exécutive", "Adjoint exécutif"]),
                                "classification": "AS-02", "fte": 1})
        else:
            special = {"GT-07": ("DFO", "CCG", "TC"), "BI-04": ("HC", "PHAC", "CFIA", "AAFC"), "AU-04": ()}
            pool = [r for r in T.REPORTS if r[2] not in special or dep[2] in special[r[2]]
                    or (r[2] == "AU-04" and subj[0] in ("Internal Audit", "Evaluation"))]
            for r in rng.sample(pool, n):
                t = r[0] if lang == "en" else r[1]
                reports.append({"title": t, "classification": r[2],
                                "fte": 1 if "Assistant" in r[0] or r[0] == "Senior Advisor" else rng.randint(3, 48)})
        drop_cls = rng.random() < 0.15
        drop_fte = rng.random() < 0.15
        for r in reports:
            if drop_cls:
                r["classification"] = None
            if drop_fte:
                r["fte"] = None
        fte_total = sum((r["fte"] or 0) for r in reports) + rng.randint(1, 9)
        salary = rng.randrange(45, 520) * 10000
        om = rng.randrange(15, 950) * 1000
        dims = rng.choices(["all", "no_total", "no_om", "none"], [70, 12, 8, 10])[0]
        year = rng.randint(2008, 2024)
        eff = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.85 else None
        pos = {
            "lang": lang, "dept": dep, "loc": loc, "level": level, "subject": subj, "title": title,
            "classification": f"EX-0{level}",
            "job_code": number(100000, 109999) if rng.random() < 0.6 else None,
            "position_number": number(10000, 99999) if rng.random() < 0.93 else None,
            "provisional": None,
            "effective_date": eff, "supervisor": sup, "reports": reports, "fte": fte_total if rng.random() < 0.8 else None,
            "salary": salary if dims in ("all", "no_total", "no_om") else None,
            "o_and_m": om if dims in ("all", "no_total") else None,
            "total": salary + om if dims == "all" else None,
            "program_budget": rng.randrange(2, 90) * 500000 if rng.random() < 0.2 else None,
            "location_shown": rng.random() < 0.85,
            "incumbent": f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" if rng.random() < 0.4 else None,
            "signer": f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}" if rng.random() < 0.6 else None,
            "year": year,
        }
        if pos["position_number"] is None:
            pos["provisional"] = "NEW" if lang == "en" else rng.choice(["NOUVEAU", "À déterminer"])
            if lang == "en" and rng.random() < 0.5:
                pos["provisional"] = "TBD"
        out.append(pos)
    return out


# ---------------------------------------------------------------------------------------------
# labels

LABELS_EN = [
    {"title": "Position Title", "cls": "Classification", "pos": "Position Number", "job": "Job Code",
     "eff": "Effective Date", "loc": "Geographic Location", "spos": "Supervisor's Position No.",
     "stitle": "Supervisor's Position Title", "scls": "Supervisor's Classification", "dept": "Department"},
    {"title": "TITLE", "cls": "GROUP/LEVEL", "pos": "POSITION NUMBER", "job": "JOB CODE", "eff": "EFFECTIVE DATE",
     "loc": "LOCATION", "spos": "REPORTS TO (POSITION NO.)", "stitle": "REPORTS TO (TITLE)",
     "scls": "REPORTS TO (GROUP/LEVEL)", "dept": "DEPARTMENT"},
    {"title": "Official Title", "cls": "Group and Level", "pos": "Pos. No.", "job": "Job Code No.",
     "eff": "Date effective", "loc": "Work Location", "spos": "Supervisor Pos. No.", "stitle": "Supervisor Title",
     "scls": "Supervisor Level", "dept": "Organization"},
    {"title": "Job Title", "cls": "Position Level", "pos": "Position No.", "job": "Generic Job No.",
     "eff": "Effective date of description", "loc": "Location", "spos": "Supervisor's Position Number",
     "stitle": "Supervisor's Title", "scls": "Supervisor's Group and Level", "dept": "Department/Agency"},
]
LABELS_FR = [
    {"title": "Titre du poste", "cls": "Classification", "pos": "Numéro du poste", "job": "Code d’emploi",
     "eff": "Date d’entrée en vigueur", "loc": "Lieu géographique", "spos": "Numéro du poste du superviseur",
     "stitle": "Titre du poste du superviseur", "scls": "Classification du superviseur", "dept": "Ministère"},
    {"title": "TITRE", "cls": "GROUPE ET NIVEAU", "pos": "NO DU POSTE", "job": "NO DE CODE DE L’EMPLOI",
     "eff": "EN VIGUEUR LE", "loc": "LIEU DE TRAVAIL", "spos": "RELÈVE DE (NO DU POSTE)",
     "stitle": "RELÈVE DE (TITRE)", "scls": "RELÈVE DE (GROUPE ET NIVEAU)", "dept": "MINISTÈRE"},
    {"title": "Intitulé du poste", "cls": "Groupe/niveau", "pos": "No de poste", "job": "Code de l’emploi",
     "eff": "Date de prise d’effet", "loc": "Emplacement", "spos": "No de poste du surveillant",
     "stitle": "Titre du surveillant", "scls": "Groupe/niveau du surveillant", "dept": "Organisation"},
]

HEADINGS = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE (EX) GROUP",
                   "Executive Position Description"],
           "general": ["GENERAL ACCOUNTABILITY", "General Accountability", "1. GENERAL ACCOUNTABILITY", "A) General Accountability"],
           "structure": ["ORGANIZATION STRUCTURE", "Organizational Structure", "2. ORGANIZATION STRUCTURE", "B) Organization Structure"],
           "nature": ["NATURE AND SCOPE", "Nature and Scope", "3. NATURE & SCOPE", "C) Nature and Scope"],
           "dims": ["DIMENSIONS", "Dimensions", "4. DIMENSIONS", "D) Dimensions"],
           "specific": ["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities", "5. SPECIFIC ACCOUNTABILITIES", "E) Specific Accountabilities"],
           "key": ["KEY ACTIVITIES", "Key Activities"],
           "cert": ["CERTIFICATION", "Certification", "SIGNATURES"]},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "DESCRIPTION DE POSTE DE CADRE DE DIRECTION",
                   "Description de travail - Cadres de direction"],
           "general": ["RESPONSABILITÉ GÉNÉRALE", "Raison d’être", "1. RESPONSABILITÉS GÉNÉRALES", "A) Responsabilité générale"],
           "structure": ["STRUCTURE ORGANISATIONNELLE", "Structure de l’organisation", "2. STRUCTURE ORGANISATIONNELLE", "B) Structure organisationnelle"],
           "nature": ["NATURE ET PORTÉE", "Nature et étendue", "3. NATURE ET PORTÉE", "C) Nature et portée"],
           "dims": ["DIMENSIONS", "Dimensions", "4. DIMENSIONS", "D) Dimensions"],
           "specific": ["RESPONSABILITÉS SPÉCIFIQUES", "Responsabilités particulières", "5. RESPONSABILITÉS SPÉCIFIQUES", "E) Responsabilités spécifiques"],
           "key": ["ACTIVITÉS PRINCIPALES", "Activités principales"],
           "cert": ["ATTESTATION", "Certification", "SIGNATURES"]},
}


# ---------------------------------------------------------------------------------------------
# rendering one work description

class Style:
    def __init__(self, rng: random.Random, lang: str, strength: str, columns: bool, cp1252: bool):
        self.lang = lang
        self.strength = strength
        self.columns = columns
        self.cp1252 = cp1252
        self.p_digit = {"light": 0.15, "medium": 0.35, "heavy": 0.55}[strength]
        self.q_letter = {"light": 0.03, "medium": 0.07, "heavy": 0.13}[strength]
        self.run = {"light": 0.01, "medium": 0.03, "heavy": 0.06}[strength]
        self.stray = {"light": 0.04, "medium": 0.1, "heavy": 0.18}[strength]
        self.hyph = rng.choice([0.0, 0.5, 0.8])
        self.lig = (not cp1252) and rng.random() < 0.5
        self.quotes = rng.choice(["keep", "mojibake", "mojibake", "plain"])
        self.labels = rng.choice(LABELS_EN if lang == "en" else LABELS_FR)
        self.header = rng.choice(["oneline", "nextline", "boxes", "leaders", "tabs", "runon", "boxes"])
        self.sup = rng.choices(["fields", "reportsto", "sentence"], [50, 30, 20])[0]
        self.reports = rng.choice(["a", "b", "c", "d", "e", "table", "table", "prose"])
        self.dims = rng.choice(["lines", "lines", "table", "prose", "leaders"])
        self.cls_style = rng.choice(["dash", "dash", "dash", "space", "short", "paren", "tight", "spaced"])
        self.order = rng.choice(["std", "std", "alt", "csr"])
        self.width = rng.choice([72, 78, 84, 95])
        self.page_len = rng.randint(34, 52)
        self.formfeed = rng.random() < 0.4
        self.wrapper = rng.random() < 0.3
        self.oneline_body = (not columns) and rng.random() < 0.12
        self.bullet = rng.choice(["- ", "e ", "> ", "• ", "° ", "« "])
        if columns:  # a narrow column holds no table
            self.reports = rng.choice(["a", "b", "c", "d", "e", "prose"])
            self.dims = rng.choice(["lines", "prose"])


def header_pairs(rng, p: dict, st: Style) -> list[tuple[str, str]]:
    L = st.labels
    lang = p["lang"]
    cls = digits(rng, fmt_class(rng, p["classification"], st.cls_style), st.p_digit)
    pos = digits(rng, p["position_number"], st.p_digit) if p["position_number"] else p["provisional"]
    title = p["title"]
    if st.strength == "heavy" and rng.random() < 0.5:
        title = letters(rng, title, 0.25, 0.0, False)
        p["_title_damaged"] = title != p["title"]
    pairs = [("title", L["title"], title), ("cls", L["cls"], cls), ("pos", L["pos"], pos)]
    if p["job_code"]:
        pairs.append(("job", L["job"], digits(rng, p["job_code"], st.p_digit)))
    if p["effective_date"]:
        pairs.append(("eff", L["eff"], digits(rng, fmt_date(rng, p["effective_date"], lang), st.p_digit * 0.7)))
    if p["location_shown"]:
        city, prov = (p["loc"][0], p["loc"][1]) if lang == "en" else (p["loc"][2], p["loc"][3])
        p["_location"] = rng.choice([f"{city}, {prov}", f"{city} ({prov})", city]) if lang == "fr" else rng.choice([f"{city}, {prov}", city, f"{city}, {prov}"])
        pairs.append(("loc", L["loc"], p["_location"]))
    pairs.append(("dept", L["dept"], p["dept"][0] if lang == "en" else p["dept"][1]))
    tail = pairs[3:]
    rng.shuffle(tail)
    pairs = pairs[:3] + tail
    if st.sup == "fields":
        s = p["supervisor"]
        sp = [("spos", L["spos"], digits(rng, s["position_number"], st.p_digit) if s["position_number"] else ("N/A" if lang == "en" else "S.O."))]
        sp.append(("stitle", L["stitle"], s["title"]))
        if s["classification"]:
            sp.append(("scls", L["scls"], digits(rng, fmt_class(rng, s["classification"], st.cls_style), st.p_digit)))
        pairs += sp
    return [(a, b) for _, a, b in pairs]


def render_header(rng, pairs, st: Style) -> list[str]:
    sep = rng.choice([": ", ": ", " : "]) if st.lang == "fr" else rng.choice([": ", ": ", " "])
    if st.header == "oneline":
        return [f"{a}{sep}{b}" for a, b in pairs]
    if st.header == "nextline":
        out = []
        for a, b in pairs:
            out += [a + rng.choice(["", ":"]), "    " + b]
        return out
    if st.header == "leaders":
        return [f"{a} " + "." * max(3, 34 - len(a)) + f" {b}" for a, b in pairs]
    if st.header == "tabs":
        return [f"{a}\t{b}" if rng.random() < 0.8 else f"{a}\t\t{b}" for a, b in pairs]
    if st.header == "runon":
        return [" ".join(f"{a.upper()}: {b}" for a, b in pairs)]
    # boxes: labels of a row first, then the values of the row, run into one line
    out, i = [], 0
    while i < len(pairs):
        k = rng.choice([2, 3, 3])
        row = pairs[i:i + k]
        i += k
        j = rng.choice([" ", "  ", " | "])
        out.append(j.join(a for a, _ in row) + j + j.join(b for _, b in row))
    return out


def report_lines(rng, p: dict, st: Style) -> list[str]:
    lang = p["lang"]
    reports = p["reports"]
    title = p["title"]
    intro = (rng.choice([f"The following positions report to the {title}:", f"Reporting to the {title} are:",
                         "Direct reports:", f"The {title} has {len(reports)} direct reports:"])
             if lang == "en" else
             rng.choice(["Les postes suivants relèvent du titulaire :", "Relèvent directement du titulaire :",
                         "Subordonnés directs :", f"Le titulaire a {len(reports)} subordonnés directs :"]))

    def c(r):
        return digits(rng, fmt_class(rng, r["classification"], "dash"), st.p_digit) if r["classification"] else None

    def f(r):
        return digits(rng, fmt_fte(rng, r["fte"], lang), st.p_digit) if r["fte"] is not None else None

    lines = [intro]
    duty = T.DUTY_EN if lang == "en" else T.DUTY_FR
    form = st.reports
    if form == "table":
        h = ("Position", "Group/Level", "FTEs") if lang == "en" else ("Poste", "Groupe/niveau", "ETP")
        cw = rng.choice([22, 26, 30])
        lines.append(f"{h[0]:<{cw}} {h[1]:<13} {h[2]}")
        for r in reports:
            t = r["title"]
            first, rest = t, ""
            if len(t) > cw:
                cut = t.rfind(" ", 0, cw)
                first, rest = t[:cut], t[cut + 1:]
            cc = c(r) or ""
            ff = digits(rng, str(r["fte"]), st.p_digit) if r["fte"] is not None else ""
            lines.append(f"{first:<{cw}} {cc:<13} {ff}".rstrip())
            if rest:
                lines.append(rest)
        return lines
    if form == "prose":
        parts = []
        for r in reports:
            bits = ", ".join(x for x in (c(r), f(r)) if x)
            parts.append(f"the {r['title']}" + (f" ({bits})" if bits else "") if lang == "en"
                         else f"le poste de {r['title']}" + (f" ({bits})" if bits else ""))
        joined = "; ".join(parts[:-1]) + (" and " if lang == "en" else " et ") + parts[-1]
        s = (f"Reporting to the {title} are {joined}." if lang == "en" else f"Relèvent du titulaire : {joined}.")
        return ["PROSE:" + s]
    for r in reports:
        cc, ff = c(r), f(r)
        b = st.bullet
        if form == "a":
            bits = ", ".join(x for x in (cc, ff) if x)
            lines.append(f"{b}{r['title']}" + (f" ({bits})" if bits else ""))
        elif form == "b":
            lines.append(f"{b}" + (f"{cc} - " if cc else "") + r["title"] + (f" ({ff})" if ff else ""))
        elif form == "c":
            lines.append(" – ".join(x for x in (r["title"], cc, ff) if x))
        elif form == "d":
            lines.append(f"{r['title']}" + (f" ({cc})" if cc else "") + (f", {ff}" if ff else "") +
                         (", responsible for " if lang == "en" else ", responsable de ") + rng.choice(duty) + ";")
        else:
            lines.append(f"{b}{r['title']}" + (f" [{cc}]" if cc else "") + (f" — {ff}" if ff else ""))
    return lines


def dims_lines(rng, p: dict, st: Style) -> list[str]:
    lang = p["lang"]
    D = st.p_digit
    items = []
    fte_lab = rng.choice(["FTEs", "FTE's", "Number of FTEs", "Staff"]) if lang == "en" else rng.choice(["ETP", "Nombre d’ETP", "Effectif"])
    sal_lab = rng.choice(["Salary", "Salary Budget", "Salaries", "Salary dollars"]) if lang == "en" else rng.choice(["Salaires", "Traitements et salaires", "Budget salarial"])
    om_lab = rng.choice(["O&M", "O & M", "Operating and Maintenance", "Non-salary O&M"]) if lang == "en" else rng.choice(["F et E", "F&E", "Fonctionnement et entretien", "Budget de F et E"])
    tot_lab = rng.choice(["Total", "Total Budget", "Total Operating Budget"]) if lang == "en" else rng.choice(["Total", "Budget total", "Budget de fonctionnement total"])
    prog_lab = rng.choice(["Grants and Contributions", "Program Budget"]) if lang == "en" else rng.choice(["Subventions et contributions", "Budget des programmes"])
    if p["fte"] is not None:
        items.append((fte_lab, digits(rng, str(p["fte"]), D)))
    for lab, key in ((sal_lab, "salary"), (om_lab, "o_and_m"), (tot_lab, "total"), (prog_lab, "program_budget")):
        if p[key] is not None:
            items.append((lab, digits(rng, fmt_amount(rng, p[key], lang), D)))
    if not items:
        return []
    form = st.dims if st.dims != "table" or len(items) >= 2 else "lines"
    STATS[("dims_rendered", form)] = STATS.get(("dims_rendered", form), 0) + 1
    if st.dims == "table" and len(items) >= 2:
        w = [max(len(a), len(b)) + 2 for a, b in items]
        return ["".join(f"{a:<{n}}" for (a, _), n in zip(items, w)).rstrip(),
                "".join(f"{b:<{n}}" for (_, b), n in zip(items, w)).rstrip()]
    if st.dims == "prose":
        s = "; ".join(f"{a}: {b}" for a, b in items)
        return ["PROSE:" + (f"The position manages the following resources: {s}." if lang == "en"
                            else f"Le poste gère les ressources suivantes : {s}.")]
    if st.dims == "leaders":
        return [f"{a} " + "." * max(3, 28 - len(a)) + f" {b}" for a, b in items]
    sep = ": " if lang == "en" else rng.choice([" : ", ": "])
    return [f"{a}{sep}{b}" for a, b in items]


def sup_sentence(rng, p: dict, st: Style) -> str | None:
    s = p["supervisor"]
    if st.sup == "fields":
        return None
    cls = digits(rng, fmt_class(rng, s["classification"], st.cls_style), st.p_digit) if s["classification"] else None
    num = digits(rng, s["position_number"], st.p_digit) if s["position_number"] else None
    if st.sup == "reportsto":
        lab = rng.choice(["Reports to", "REPORTS TO", "Reporting to"]) if p["lang"] == "en" else rng.choice(["Relève de", "RELÈVE DE", "Rend compte à"])
        s_ = f"{lab}: {s['title']}" + ((f" {cls}" if cls.startswith("(") else f" ({cls})") if cls else "")
        if num:
            s_ += (f", position no. {num}" if p["lang"] == "en" else f", poste no {num}")
        return s_
    if p["lang"] == "en":
        s_ = f"The {p['title']} reports to the {s['title']}" + ((f" {cls}" if cls.startswith("(") else f" ({cls})") if cls else "")
        s_ += (f", position {num}" if num else "") + rng.choice([".", ", and is one of several senior managers of the branch."])
    else:
        s_ = f"Le titulaire relève du poste de {s['title']}" + ((f" {cls}" if cls.startswith("(") else f" ({cls})") if cls else "")
        s_ += (f", poste no {num}" if num else "") + "."
    return s_


def cert_lines(rng, p: dict, st: Style) -> list[str]:
    lang = p["lang"]
    out = [rng.choice(HEADINGS[lang]["cert"])]
    out.append("The foregoing is an accurate and complete statement of the duties assigned to the position."
               if lang == "en" else "La présente description reflète fidèlement les fonctions attribuées au poste.")
    noise = rng.choice(["(i (CO;!;*;* ; ! ~", "~~ /-/ ,,", "[ Signet gE A [Bete", "._/ /\\ .", "%&' 1''"])
    if p["signer"]:
        out += [noise, p["signer"] + "    " + ("Date" if lang == "en" else "Date"),
                p["supervisor"]["title"]]
    else:
        out += [noise, ("Signature of supervisor          Date" if lang == "en" else "Signature du superviseur          Date")]
    return out


def build_body(rng, p: dict, st: Style) -> tuple[list[tuple[str, object]], list[str]]:
    """Blocks (kind, content): ('prose', text) to wrap, ('lines', [..]) kept; and the left-column
    lines for a two-column page."""
    lang = p["lang"]
    dep = p["dept"][0] if lang == "en" else p["dept"][1]
    subj = p["subject"][0] if lang == "en" else p["subject"][1]
    H = HEADINGS[lang]
    hk = rng.randrange(4)

    def head(k):
        opts = H[k]
        return opts[hk % len(opts)]

    gen = (T.general_en if lang == "en" else T.general_fr)(p["title"], subj, dep)
    nat = (T.nature_en if lang == "en" else T.nature_fr)(p["title"], subj, dep)
    spec = rng.sample(T.SPECIFIC_EN if lang == "en" else T.SPECIFIC_FR, rng.randint(5, 8))
    numbering = rng.choice(["{n}. ", "{n}) ", "({n}) ", "{n}. "])
    spec_lines = [numbering.format(n=n + 1) + s for n, s in enumerate(spec)]
    header = render_header(rng, header_pairs(rng, p, st), st)
    rl = report_lines(rng, p, st)
    dl = dims_lines(rng, p, st)
    ss = sup_sentence(rng, p, st)
    if p["incumbent"]:
        header.append((f"Incumbent: {p['incumbent']}" if lang == "en" else f"Titulaire : {p['incumbent']}"))

    structure = [head("structure")]
    if ss:  # a "Reports to:" line is a field, read as printed; a sentence is prose
        structure.append(ss if st.sup == "reportsto" else "PROSE:" + ss)
    structure += rl
    dims = [head("dims")] + dl if dl else []
    general = [head("general"), "PROSE:" + gen[rng.randrange(3)]]
    nature = [head("nature")] + ["PROSE:" + x for x in rng.sample(nat, 2)]
    specific = [head("specific")] + ["PROSE:" + s for s in spec_lines]
    if st.order == "csr":
        csr = (T.CSR_EN if lang == "en" else T.CSR_FR).format(subj=subj.lower())
        general = [("CLIENT SERVICE RESULTS" if lang == "en" else "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"), "PROSE:" + csr.split(": ", 1)[1]]
        specific = [head("key")] + ["PROSE:" + s for s in spec_lines]
    docline = rng.choice(H["doc"])
    if st.columns:
        left = structure + dims
        right = general + nature + specific
        return [("lines", [docline] + header)], left, right
    seq = {"std": [general, structure, nature, dims, specific], "alt": [general, nature, structure, specific, dims],
           "csr": [general, specific, structure, dims]}[st.order]
    if st.order == "csr":
        seq = [general, specific, nature, structure, dims]
    blocks = [("lines", [docline] + header)]
    for sec in seq:
        if sec:
            blocks.append(("lines", sec))
    blocks.append(("lines", cert_lines(rng, p, st)))
    return blocks, None, None


def damage_prose(rng, text: str, st: Style) -> str:
    return letters(rng, text, st.q_letter, st.run, st.lig)


def lines_of(rng, items: list[str], st: Style, width: int) -> list[str]:
    out = []
    for it in items:
        if it.startswith("PROSE:"):
            out += wrap(rng, damage_prose(rng, it[6:], st), width, st.hyph)
        else:
            out.append(it)
    return out


def render_wd(rng, p: dict, st: Style) -> str:
    blocks, left, right = build_body(rng, p, st)
    lines: list[str] = []
    for _, items in blocks:
        lines += lines_of(rng, items, st, st.width)
        if rng.random() < 0.6:
            lines.append("")
    if st.columns:
        lw, rw = rng.choice([30, 34, 38]), rng.choice([40, 44, 48])
        L = lines_of(rng, left, st, lw)
        L2 = []
        for x in L:  # long left lines wrap in their narrow column
            L2 += wrap(rng, x, lw, 0.0) if len(x) > lw else [x]
        R = lines_of(rng, right, st, rw)
        gap = rng.choice([" ", "  ", " | "])
        n = max(len(L2), len(R))
        for i in range(n):
            a = L2[i] if i < len(L2) else ""
            b = R[i] if i < len(R) else ""
            lines.append((a + gap + b).strip() if a and b else (a or b))
        lines.append("")
        lines += lines_of(rng, cert_lines(rng, p, st), st, st.width)
    return decorate(rng, p, st, lines)


def decorate(rng, p, st: Style, lines: list[str]) -> str:
    lang = p["lang"]
    dep = p["dept"][0] if lang == "en" else p["dept"][1]
    short = p["dept"][2] if lang == "en" else p["dept"][3]
    mark = rng.choice(["PROTECTED A", "PROTECTED B", "UNCLASSIFIED", "PROTECTED A / PROTÉGÉ A"] if lang == "en"
                      else ["PROTÉGÉ A", "PROTÉGÉ B", "NON CLASSIFIÉ", "PROTÉGÉ A / PROTECTED A"])
    form = rng.choice([f"{short} {rng.randint(1000, 9999)} ({rng.randint(2005, 2019)}-{rng.randint(1, 12):02d})",
                       f"TBS/SCT {rng.randint(3000, 3400)}{'E' if lang == 'en' else 'F'} (Rev. {rng.randint(2008, 2016)}/0{rng.randint(1, 9)})",
                       f"Form {short}-{rng.randint(100, 999)}"])
    hstyle = rng.randrange(3)
    fstyle = rng.randrange(4)
    pages = [lines[i:i + st.page_len] for i in range(0, len(lines), st.page_len)] or [[]]
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        hdr = [f"{dep}    {mark}", f"{mark}", f"{dep}"][hstyle]
        if hstyle == 0 or k > 1 or rng.random() < 0.5:
            out.append(digits(rng, hdr, 0.0))
            if hstyle == 2:
                out.append(mark)
        out += pg
        if lang == "en":
            ft = [f"Page {k} of {n}", f"- {k} -", f"{form}    Page {k} of {n}", f"{k}/{n}"][fstyle]
        else:
            ft = [f"Page {k} de {n}", f"- {k} -", f"{form}    Page {k} de {n}", f"{k}/{n}"][fstyle]
        out.append(digits(rng, ft, st.p_digit))
        if k < n:
            out.append("\f" if st.formfeed else "")
    # skew and stray marks at line starts
    res = []
    for ln in out:
        if ln and ln != "\f":
            if rng.random() < st.stray:
                ln = rng.choice(STRAY) + ln
            if rng.random() < st.stray:
                ln = " " * rng.randint(1, 4) + ln
        res.append(ln)
    text = "\n".join(res) + "\n"
    if st.oneline_body:
        text = " ".join(x for x in text.replace("\f", "\n").split("\n") if x.strip()) + "\n"
    if st.wrapper:
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def finish_text(rng, text: str, st: Style) -> str:
    if st.quotes == "mojibake":
        text = mojibake_punct(text)
    elif st.quotes == "plain":
        text = text.replace("’", "'").replace("–", "-").replace("—", "-").replace("•", "*").replace("«", "<<")
    if getattr(st, "full_mojibake", False):
        text = mojibake_all(text)
    return text


def encode(text: str, cp1252: bool, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    if cp1252:
        text = text.replace("\u009d", "").replace("ﬁ", "fi").replace("ﬂ", "fl")
        return text.encode("cp1252")
    return text.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# documents to refuse

def noise_line(rng, n):
    chars = "il1|!;:,.'`~-_=^*%#@&()[]{}/\\<>rnmcoeaOIlBS8 "
    return "".join(rng.choice(chars) for _ in range(n))


def refusals(rng) -> list[dict]:
    docs = []
    # 1. unreadable scan, English form: only the running header and page numbers survived
    pages = []
    for k in range(1, 4):
        pg = ["Transport Canada    PROTECTED B"]
        for _ in range(rng.randint(30, 40)):
            pg.append(noise_line(rng, rng.randint(8, 70)))
        pg.append(f"Page {k} of 3")
        pages.append("\n".join(pg))
    docs.append({"name": "scan_0117.txt", "lang": "en", "text": "\f".join(pages) + "\n", "cp1252": False,
                 "people": [], "why": "unreadable scan"})
    # 2. unreadable French scan: headings half-readable, everything else noise
    pg = ["--- Structured Job Description ---", "", "", "--- Full Extracted Text ---",
          "Pêc;hes et Oc~éans Ca:nada  PR0T:ÉG. B", "D E S C R l P ' T l O N  ~ E  T R A ; V A l L"]
    for _ in range(55):
        pg.append(noise_line(rng, rng.randint(10, 80)))
    pg.append("Pa~e 1 d. 2")
    docs.append({"name": "Numérisation 2019-03-14 (illisible).txt", "lang": "fr", "text": "\n".join(pg) + "\n",
                 "cp1252": False, "people": [], "why": "unreadable scan"})
    # 3. memo about updating EX work descriptions (English OCR, cp1252)
    memo = """Canada Revenue Agency          PROTECTED A
MEMORANDUM  /  NOTE DE SERVICE

TO / DESTINATAIRE:      All EX-01 to EX-03 managers, Collections and Verification Branch
FROM / EXPÉDITEUR:      Marc Desjardins, Director, Executive Resourcing
DATE:                   March 8, 2021
FILE / DOSSIER:         EX-WD-2021-004
SUBJECT / OBJET:        Update of executive work descriptions before the 2021-22 review

As part of the Agency’s review of executive positions, each manager is asked to confirm that
the work description of every EX position in his or her organization reflects the current
mandate, structure and dimensions (FTEs, salary and O&M budgets). Descriptions that have not
been updated since 2016 must be re-submitted through the classification portal by April 30,
2021, with an up-to-date organization chart and the signature of the responsible ADM.

Please do not send scanned copies of older forms; the classification team can no longer read
them reliably. Questions may be addressed to Heather Sutherland, Senior Classification
Advisor (PE-05), at 613-555-0142.

Marc Desjardins
Director, Executive Resourcing
c.c.  Nathalie Girard, Director General, Human Resources
Page 1 of 1
"""
    memo = memo.replace("the work", "thework").replace("Agency’s", "Agencyâ€™s").replace("1", "I", 3)
    docs.append({"name": "Memo - EX WD update March 2021.txt", "lang": "en", "text": memo, "cp1252": True,
                 "people": ["Marc Desjardins", "Heather Sutherland", "Nathalie Girard"], "why": "memo"})
    # 4. minutes of a management committee (French OCR)
    mins = """Services aux Autochtones Canada          PROTÉGÉ A
PROCÈS-VERBAL - Comité de gestion de la Direction générale des opérations régionales
Date : le 12 octobre 2022, 13 h 30 à 15 h          Lieu : Gatineau, salle 7-104

Présents : Josée Caron (présidente), Ahmed Haddad, Louise Bergeron, Simon Fraser
Absente : Geneviève Poirier

1. Adoption de l’ordre du jour - adopté sans modification.
2. Descriptions de travail des postes EX-01 : la présidente rappelle que les descriptions des
   trois postes de directeur régional doivent être mises à jour avant le 30 novembre. M. Haddad
   présentera la nouvelle structure (effectif de 46 ETP) au prochain comité.
3. Budget de F et E 2022-2023 : un écart de 2,1 M$ est prévu; L. Bergeron préparera une note.
4. Divers : aucun.

Prochaine réunion : le 9 novembre 2022.
Procès-verbal rédigé par Simon Fraser.                      Page I de I
"""
    mins = mins.replace("Adoption", "Adoptlon").replace("présentera", "présent era")
    docs.append({"name": "PV comité de gestion 2022-10-12.txt", "lang": "fr", "text": mins, "cp1252": False,
                 "people": ["Josée Caron", "Ahmed Haddad", "Louise Bergeron", "Simon Fraser", "Geneviève Poirier"],
                 "why": "minutes"})
    # 5. letter of offer of an acting EX appointment (English OCR)
    offer = """Health Canada    Santé Canada                                   PROTECTED B when completed

Ottawa, Ontario
June 2, 2023

Ms. Priya Chowdhury
[address removed]

Dear Ms. Chowdhury:

Subject: Offer of an acting appointment - Director, Controlled Substances Compliance (EX-O1),
position 4I873

I am pleased to offer you an acting appointment to the position of Director, Controlled
Substances Compliance, at the EX-01 group and level, effective June 19, 2023 until
December 31, 2023. Your salary will be established in accordance with the Directive on
Executive Compensation, within the EX-01 range of $I3I,8OO to $I55,O00.

The work description of the position is attached. This offer is conditional on the
maintenance of your Secret security clearance. Please confirm your acceptance by signing
below and returning one copy to the Executive Resourcing team.

Yours sincerely,
~ ,/ /-
Wendy Morrison
Director General, Controlled Substances Directorate

I accept this offer: __________________________   Date: ____________
Page 1 of 1
"""
    docs.append({"name": "Letter of offer - acting EX-01 - P. Chowdhury.txt", "lang": "en", "text": offer,
                 "cp1252": False, "people": ["Priya Chowdhury", "Wendy Morrison"], "why": "letter of offer"})
    # 6. organization chart read across its boxes (English OCR, cp1252)
    chart = """Agriculture and Agri-Food Canada    UNCLASSIFIED
ORGANIZATION CHART - Science and Technology Branch, Research Operations     (as of 2020-04-01)

                 Director General, Research Operations  EX-O3
                        Gordon Reid
   |                      |                      |                     |
Director, Prairie    Director, Ontario     Director, Atlantic    Executive Assistant
Research Centres     Research Centres      Research Centres      AS-O2
EX-O1 (62 FTE)       EX-01 (48 FTE)        EX-O1 (39 FTE)        Tanya Walsh
Brian Kowalski       vacant                Farah Abboud
   |                      |                      |
Manager, Field   Manager, Labs   Manager, Field   Manager, Labs   Manager, Field
Ops EG-O7        BI-04           Ops EG-07        BI-O4           Ops EG-07
Page I of 1
"""
    docs.append({"name": "Org chart STB Research Ops 2020.txt", "lang": "en", "text": chart, "cp1252": True,
                 "people": ["Gordon Reid", "Tanya Walsh", "Brian Kowalski", "Farah Abboud"], "why": "organization chart"})
    return docs


# ---------------------------------------------------------------------------------------------
# names

def file_name(rng, p: dict, idx: int) -> str:
    t = p["title"]
    cls = p["classification"]
    y = p["year"]
    if p["lang"] == "en":
        forms = [f"{t}.txt", f"{t} - signed.txt", f"{t} FINAL.txt", f"{cls} {t} WD {y}.txt", f"scan_{idx + 200:04d} {t}.txt",
                 f"WD - {t} (OCR).txt", f"{t} ({cls}) {y}.txt", f"Copy of {t}.txt", f"{t} (1).txt",
                 f"{p['dept'][2]} - {t}.txt", f"{t} - scanned {y}.txt"]
    else:
        forms = [f"{t}.txt", f"Description de travail - {t}.txt", f"{t} - signée.txt", f"DT {cls} {t} FINALE.txt",
                 f"{t} (numérisé).txt", f"{p['dept'][3]} - {t} {y}.txt", f"{t} (1).txt"]
    return rng.choice(forms).replace("’", "'")


# ---------------------------------------------------------------------------------------------
# ground truth

def expected_wd(name: str, p: dict, kind: str) -> dict:
    s = p["supervisor"]
    f = {
        "title": p["title"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": s["position_number"], "title": s["title"], "classification": s["classification"]},
        "direct_reports": [{"title": r["title"], "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["o_and_m"], "total": p["total"],
        "location": p.get("_location") if p["location_shown"] else None,
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "classification") if s[k] is None]
    return {
        "document": name, "kind": kind, "language": p["lang"], "outcome": "import", "fields": f,
        "not_stated": ns,
        "also": {"fte": p["fte"], "operating_budget": None, "program_budget": p["program_budget"],
                 "provisional_number": p["provisional"]},
        "people": [x for x in (p["incumbent"], p["signer"]) if x],
        "versions": None,
    }


def dump(d: dict) -> str:
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)


def main() -> None:
    rng = random.Random(SEED)
    positions = make_positions(rng)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    # two positions come as two documents each: a draft and its signed copy; a scan and a re-scan
    docs = []  # (name, bytes, expected)
    names: set[str] = set()
    plan = []
    for i, p in enumerate(positions):
        plan.append((i, p, None))
    plan.insert(7, (1000, positions[3], "draft"))
    plan.insert(20, (1001, positions[12], "revised"))
    n_cols = 0
    pairs: dict[int, list[str]] = {}
    for idx, p, variant in plan:
        r = random.Random(rng.random())
        strength = r.choices(["light", "medium", "heavy"], [25, 45, 30])[0]
        columns = r.random() < 0.22
        cp1252 = r.random() < 0.27
        st = Style(r, p["lang"], strength, columns, cp1252)
        if p["lang"] == "fr" and not cp1252 and r.random() < 0.15:
            st.full_mojibake = True
        q = dict(p)
        if variant == "draft":
            q = dict(p, signer=None, effective_date=None, incumbent=None)
        elif variant == "revised":  # re-typed two years later: new date, a larger salary budget
            y = (p["effective_date"].year if p["effective_date"] else p["year"]) + 2
            q = dict(p, effective_date=dt.date(y, 4, 1), year=y)
            if q["salary"] is not None:
                q["salary"] += 120000
                if q["total"] is not None:
                    q["total"] += 120000
        text = finish_text(r, render_wd(r, q, st), st)
        for k, v in (("lang", p["lang"]), ("kind", "ocr-columns" if columns else "ocr"), ("cp1252", cp1252),
                     ("strength", strength), ("header", st.header), ("sup", st.sup), ("reports", st.reports),
                     ("dims", st.dims), ("order", st.order), ("quotes", st.quotes), ("wrapper", st.wrapper),
                     ("oneline", st.oneline_body), ("formfeed", st.formfeed), ("lig", st.lig),
                     ("mojibake_all", getattr(st, "full_mojibake", False)), ("title_damaged", bool(q.get("_title_damaged"))),
                     ("cls_style", st.cls_style), ("level", p["classification"]), ("dept", p["dept"][2])):
            STATS[(k, v)] = STATS.get((k, v), 0) + 1
        crlf = cp1252 and r.random() < 0.7
        STATS[("crlf", crlf)] = STATS.get(("crlf", crlf), 0) + 1
        data = encode(text, cp1252, crlf)
        if variant == "draft":
            name = f"{p['title']} - DRAFT.txt" if p["lang"] == "en" else f"{p['title']} - ébauche.txt"
        elif variant == "revised":
            name = f"{p['title']} - revised {q['year']}.txt" if p["lang"] == "en" else f"{p['title']} - révisée {q['year']}.txt"
        else:
            name = file_name(r, p, idx)
        name = name.replace("’", "'")
        while name in names:
            name = name[:-4] + " (2).txt"
        names.add(name)
        kind = "ocr-columns" if columns else "ocr"
        n_cols += columns
        exp = expected_wd(name, q, kind)
        key = idx if idx < 1000 else {1000: 3, 1001: 12}[idx]
        if key in (3, 12):
            pairs.setdefault(key, []).append(name)
        exp["_enc"] = "cp1252" if cp1252 else "utf-8"
        docs.append((name, data, exp))
    for name, data, exp in docs:
        for key, names_ in pairs.items():
            if name in names_:
                if key == 3:
                    newest = [n for n in names_ if "DRAFT" not in n and "ébauche" not in n][0]
                else:
                    newest = [n for n in names_ if "revised" in n or "révisée" in n][0]
                exp["versions"] = {"documents": sorted(names_), "newest": newest}
    for d in refusals(rng):
        data = encode(d["text"], d["cp1252"], d["cp1252"])
        exp = {"document": d["name"], "kind": "ocr", "language": d["lang"], "outcome": "refuse", "fields": None,
               "not_stated": [], "also": {"why": d["why"]}, "people": d["people"], "versions": None,
               "_enc": "cp1252" if d["cp1252"] else "utf-8"}
        docs.append((d["name"], data, exp))
    for name, data, exp in docs:
        exp.pop("_enc")
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")
    print(f"{len(docs)} documents")
    if "--stats" in sys.argv:
        for (k, v), n in sorted(STATS.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            print(f"  {k:14} {str(v):12} {n}")


if __name__ == "__main__":
    main()
