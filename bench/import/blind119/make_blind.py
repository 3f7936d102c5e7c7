#!/usr/bin/env python3
"""Write bench/import/blind119/: phone-scanned EX work descriptions and their ground truth.

    /work/main/.venv/bin/python bench/import/blind119/make_blind.py

The emphasis: pages photographed with phones and read by OCR apps (CamScanner, Adobe Scan,
Microsoft Lens, Genius Scan, the iPhone's Notes, Google Drive): a line of a form read as two
(a label, then its value; a table row split), lines curved near the spine, text from the
facing page or a sticky note read in, punctuation noise (stray commas and quotes, bullets read
as ``e``, ``0``, ``«``), the apps' own headers and footers, pages out of order. Text files
from the apps and PDFs with the app's text layer; a few Word and Markdown exports.

Deterministic: random.Random(119), fixed zip times in the .docx; the same bytes every run."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(119)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PROV_ABBR = {"Quebec": "QC", "Ontario": "ON", "Manitoba": "MB", "New Brunswick": "NB", "Nova Scotia": "NS",
             "British Columbia": "BC", "Alberta": "AB", "Saskatchewan": "SK", "Prince Edward Island": "PE",
             "Newfoundland and Labrador": "NL", "Nunavut": "NU", "Northwest Territories": "NT"}


# ------------------------------------------------------------------ notations
def fmt_class(c: str, style: int) -> str:
    grp, lvl = c.rsplit("-", 1)
    return [c, f"{grp} {lvl}", f"{grp}-{int(lvl)}", f"({c})", f"{grp}{lvl}", f"{grp} - {lvl}", c.title() if grp == "EX" else c][style % 7]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if d.day <= 12 and style % 6 in (2, 4) and lang == "fr":
        style = 0  # 05/03/2020 could be read either way; a careful writer avoids it here
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month-1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"le {day} {MONTHS_FR[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 6]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month-1]} {d.year}",
            f"{MONTHS_EN[d.month-1][:3]}. {d.day}, {d.year}", f"{MONTHS_EN[d.month-1]} {d.day}{suf}, {d.year}",
            f"{d.day:02d}-{MONTHS_EN[d.month-1][:3].upper()}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 7]


def _dec(v: float, lo: int) -> str:
    s = f"{v:.3f}".rstrip("0")
    if len(s.split(".")[1]) < lo:
        s = f"{v:.{lo}f}"
    return s


def fmt_money(v: int, lang: str, style: int) -> str:
    m = v / 1_000_000
    if lang == "fr":
        forms = [f"{v:,}".replace(",", " ") + " $", _dec(m, 1).replace(".", ",") + " M$",
                 f"{v:,}".replace(",", " ") + ",00 $", _dec(m, 1).replace(".", ",") + " million $",
                 f"{v // 1000} k$" if v % 1000 == 0 else f"{v:,}".replace(",", " ") + " $"]
        return forms[style % 5]
    forms = [f"${v:,}", f"${_dec(m, 2)}M", f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}",
             f"${_dec(m, 1)} million", f"${v:,}.00", f"{v:,} $"]
    return forms[style % 6]


def digits(s: str, strength: int) -> str:
    """OCR confusions of digits with letters; strength 0 none, 1 some, 2 most."""
    if not strength:
        return s
    p = {1: 0.3, 2: 0.75}[strength]
    out = []
    for ch in s:
        sub = {"0": "O", "1": R.choice("Il"), "5": "S", "8": "B"}.get(ch)
        out.append(sub if sub and R.random() < (p if ch in "01" else p / 2) else ch)
    return "".join(out)


def prose_damage(text: str, p: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        r = R.random()
        if r < p * 0.25 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < p * 0.45 and "rn" in w:
            w = w.replace("rn", "m", 1)
        elif r < p * 0.6 and "e" in w[1:]:
            i = w.index("e", 1); w = w[:i] + "c" + w[i+1:]
        elif r < p * 0.72 and "l" in w:
            w = w.replace("l", "I", 1)
        elif r < p * 0.8 and "cl" in w:
            w = w.replace("cl", "d", 1)
        if out and R.random() < p * 0.25:
            out[-1] += w  # words run together
        else:
            out.append(w)
    return " ".join(out)


def wrap(text: str, width: int, hyph: float) -> list[str]:
    lines = textwrap.wrap(text, width)
    out = []
    for i, ln in enumerate(lines):
        if i + 1 < len(lines) and R.random() < hyph:
            nxt = lines[i + 1].split(" ", 1)
            w = nxt[0]
            if len(w) > 7 and w.isalpha():
                cut = R.randint(3, len(w) - 3)
                ln = ln + " " + w[:cut] + "-"
                lines[i + 1] = w[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(ln)
    return out


def spine(line: str) -> str:
    """A line curved near the spine: its last letters split, doubled or misread."""
    if len(line) < 25:
        return line
    k = R.randint(3, 9)
    head, tail = line[:-k], line[-k:]
    r = R.random()
    if r < 0.35:
        tail = " ".join(tail[:2]) + tail[2:]
    elif r < 0.6:
        tail = tail.replace("a", "e").replace("n", "u")
    elif r < 0.8:
        tail = tail[:1] + tail[1:].replace("i", "", 1).replace("t", "f", 1)
    else:
        tail = tail + R.choice([" '", " ,", " .", " ;"])
    return head + tail


NOISE = [", ", "' ", "\" ", "` ", ". ", "; "]
BULLETS = ["e ", "0 ", "« ", "» ", "o ", "• ", "* ", "- ", "€ "]


# ------------------------------------------------------------------ positions
def make_positions():
    used = set()
    people = list(T.PEOPLE)
    R.shuffle(people)
    out = []
    for i, (dk, role, sub_en, sub_fr, sup_en, sup_fr, loc, reports) in enumerate(T.POSITIONS):
        dept_en, dept_fr, hq = T.DEPARTMENTS[dk]
        r_en, r_fr, level, sup_role = T.ROLES[role]
        s_en, s_fr, s_level = T.SUPERVISOR[sup_role]
        place = T.REGIONAL[loc] if loc and loc in T.REGIONAL else (
            (loc, hq[1], hq[2]) if loc else hq)
        while True:
            pn = str(R.randint(10000, 999999))
            spn = str(R.randint(10000, 999999))
            if pn not in used and spn not in used:
                used |= {pn, spn}
                break
        big = level >= "EX-03"
        drs = []
        for (t_en, t_fr, c) in reports:
            fte = R.randint(15, 95) if c.startswith("EX") else (1 if c.startswith("AS-02") else R.randint(3, 24))
            drs.append({"en": t_en, "fr": t_fr, "class": c, "fte": fte})
        fte_total = sum(d["fte"] for d in drs) + R.randint(1, 6)
        salary = fte_total * R.choice([88, 92, 95, 101, 104, 110]) * 1000 // 5000 * 5000
        om = R.randint(40, 900 if big else 300) * 1000
        if R.random() < 0.4:
            om = om // 10000 * 10000
        program = R.choice([None, None, R.randint(5, 400) * 1_000_000])
        sup_title_en = s_en if sup_role == "dm" else f"{s_en}, {sup_en}"
        sup_title_fr = s_fr if sup_role == "dm" else f"{s_fr}, {sup_fr}"
        out.append({
            "dept_en": dept_en, "dept_fr": dept_fr, "dk": dk, "sub_en": sub_en, "sub_fr": sub_fr,
            "title_en": f"{r_en}, {sub_en}", "title_fr": f"{r_fr}, {sub_fr}", "role_en": r_en, "role_fr": r_fr,
            "class": level, "pn": pn, "job": str(R.randint(100000, 109999)) if R.random() < 0.6 else None,
            "date": dt.date(2008, 1, 1) + dt.timedelta(days=R.randint(0, 16 * 365)),
            "sup_pn": spn, "sup_en": sup_title_en, "sup_fr": sup_title_fr, "sup_class": s_level,
            "branch_en": sup_en or "Science and Technology", "branch_fr": sup_fr or "Sciences et technologie",
            "drs": drs, "fte": fte_total, "salary": salary, "om": om, "total": salary + om,
            "program": program, "city": place[0], "prov_en": place[1], "prov_fr": place[2],
            "incumbent": people[i % len(people)], "signer": people[(i + 17) % len(people)],
        })
    return out, people


# ------------------------------------------------------------------ labels
L_EN = {
    "title": ["Position Title", "Title", "Job Title", "POSITION TITLE", "Official Title"],
    "class": ["Classification", "Group and Level", "GROUP/LEVEL", "Level", "Classification Level"],
    "job": ["Job Code", "Position Job Code", "Job code No.", "Generic Job Code"],
    "pn": ["Position Number", "Position No.", "Pos. No.", "POSITION NUMBER", "Position #"],
    "date": ["Effective Date", "Date effective", "EFFECTIVE DATE", "Effective as of"],
    "sup_pn": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number"],
    "sup_t": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor"],
    "sup_c": ["Supervisor's Classification", "Supervisor's Group/Level", "Supervisor Level"],
    "loc": ["Geographic Location", "Location", "Work Location", "LOCATION"],
    "dept": ["Department", "Organization", "DEPARTMENT"],
    "branch": ["Branch", "Sector", "BRANCH"],
    "inc": ["Incumbent", "Name of incumbent", "Incumbent (if any)"],
    "sal": ["Salary", "Salaries", "Salary Budget", "Salary dollars"],
    "om": ["O&M", "Operating and Maintenance", "O & M Budget", "Non-salary (O&M)"],
    "tot": ["Total", "Total Budget", "Total operating budget", "TOTAL"],
    "fte": ["FTEs", "FTE's", "Number of FTEs", "Human resources (FTEs)"],
    "prog": ["Program Budget", "Grants and Contributions", "G&C"],
}
L_FR = {
    "title": ["Titre du poste", "Titre", "TITRE DU POSTE", "Intitulé du poste"],
    "class": ["Classification", "Groupe et niveau", "GROUPE/NIVEAU", "Niveau"],
    "job": ["Code de l'emploi", "No de la description type", "Code d'emploi"],
    "pn": ["Numéro du poste", "No du poste", "N° de poste", "NUMÉRO DU POSTE"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le"],
    "sup_pn": ["No du poste du superviseur", "Numéro du poste du supérieur", "N° de poste du surveillant"],
    "sup_t": ["Titre du poste du superviseur", "Titre du supérieur immédiat", "Titre du poste du surveillant"],
    "sup_c": ["Classification du superviseur", "Groupe/niveau du supérieur", "Classification du surveillant"],
    "loc": ["Lieu géographique", "Lieu de travail", "Emplacement", "LIEU"],
    "dept": ["Ministère", "Organisation", "MINISTÈRE"],
    "branch": ["Direction générale", "Secteur", "DIRECTION GÉNÉRALE"],
    "inc": ["Titulaire", "Nom du titulaire"],
    "sal": ["Salaires", "Budget salarial", "Traitements"],
    "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E"],
    "tot": ["Total", "Budget total", "TOTAL"],
    "fte": ["ETP", "Nombre d'ETP", "Effectif (ETP)"],
    "prog": ["Budget de programme", "Subventions et contributions", "S et C"],
}
H_EN = {"ga": ["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose"], "org": ["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organization"],
        "ns": ["Nature and Scope", "NATURE & SCOPE", "NATURE AND SCOPE"], "dim": ["Dimensions", "DIMENSIONS", "Key Dimensions"],
        "sa": ["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Activities"], "cert": ["Certification", "CERTIFICATION", "Signatures"],
        "csr": ["Client Service Results", "CLIENT SERVICE RESULTS"], "ka": ["Key Activities", "KEY ACTIVITIES"],
        "doc": ["EXECUTIVE WORK DESCRIPTION", "Work Description", "EX POSITION DESCRIPTION", "Job Description", "EXECUTIVE GROUP POSITION DESCRIPTION"]}
H_FR = {"ga": ["Responsabilités générales", "RESPONSABILITÉS GÉNÉRALES", "Raison d'être"], "org": ["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Organisation"],
        "ns": ["Nature et portée", "NATURE ET ÉTENDUE", "NATURE ET PORTÉE"], "dim": ["Dimensions", "DIMENSIONS", "Principales dimensions"],
        "sa": ["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Activités principales"], "cert": ["Attestation", "ATTESTATION", "Signatures"],
        "csr": ["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE AUX CLIENTS"], "ka": ["Activités principales", "ACTIVITÉS PRINCIPALES"],
        "doc": ["DESCRIPTION DE TRAVAIL DE CADRE", "Description de travail", "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"]}


# ------------------------------------------------------------------ rendering
def lab(lang: str, key: str, i: int) -> str:
    if lang == "bi":
        return f"{L_EN[key][i % len(L_EN[key])]} / {L_FR[key][i % len(L_FR[key])]}"
    table = L_FR if lang == "fr" else L_EN
    return table[key][i % len(table[key])]


def head(lang: str, key: str, i: int, style: int, n: int) -> str:
    if lang == "bi":
        h = f"{H_EN[key][i % len(H_EN[key])]} / {H_FR[key][i % len(H_FR[key])]}"
    else:
        h = (H_FR if lang == "fr" else H_EN)[key][i % len((H_FR if lang == "fr" else H_EN)[key])]
    return [h, f"{n}. {h}", f"{'ABCDEFGH'[n-1]}) {h}", h.upper() + ":", f"PART {n} - {h}" if lang != "fr" else f"PARTIE {n} - {h}"][style % 5]


def render(doc: dict) -> tuple[list[list[str]], dict]:
    """The pages (lines) of one work description and the truth it states."""
    p, lang, o = doc["pos"], doc["lang"], doc["opt"]
    L = "fr" if lang == "fr" else "en"
    s = o["dig"]
    li = o["li"]  # label variant
    truth = {"title": p["title_fr"] if lang == "fr" else p["title_en"], "classification": p["class"],
             "job_code": p["job"] if o["job"] else None, "position_number": p["pn"] if o["pn"] else None,
             "effective_date": p["date"] if o["date"] else None,
             "sup_pn": p["sup_pn"] if o["sup"] == "fields" else None,
             "sup_t": p["sup_fr"] if lang == "fr" else p["sup_en"], "sup_c": p["sup_class"] if o["sup"] != "title_only" else None,
             "salary": None, "om": None, "total": None, "location": None, "fte": None, "program": None,
             "people": [], "drs": []}
    cls = fmt_class(p["class"], o["cs"])
    title_v = p["title_fr"] if lang == "fr" else p["title_en"]
    date_v = fmt_date(p["date"], L, o["ds"])
    loc_v = None
    if o["loc"]:
        prov = p["prov_fr"] if lang == "fr" else p["prov_en"]
        if o["loc"] == "paren":
            loc_v = f"{p['city']} ({prov})"
        elif o["loc"] == "abbr":
            loc_v = f"{p['city']}, {PROV_ABBR[p['prov_en']]}"
        else:
            loc_v = f"{p['city']}, {prov}"
        truth["location"] = f"{p['city']}, {PROV_ABBR[p['prov_en']] if o['loc'] == 'abbr' else prov}"
    # header fields: (label, value)
    F = []
    if lang == "bi":
        F.append((lab(lang, "title", li), [p["title_en"], p["title_fr"]]))
    else:
        F.append((lab(lang, "title", li), [title_v]))
    F.append((lab(lang, "class", li), [digits(cls, s)]))
    if o["job"]:
        F.append((lab(lang, "job", li), [digits(p["job"], s)]))
    if o["pn"]:
        F.append((lab(lang, "pn", li), [digits(p["pn"], s)]))
    if o["date"]:
        F.append((lab(lang, "date", li), [digits(date_v, s)]))
    F.append((lab(lang, "dept", li), [p["dept_fr"] if lang == "fr" else p["dept_en"]]))
    F.append((lab(lang, "branch", li), [p["branch_fr"] if lang == "fr" else p["branch_en"]]))
    if o["sup"] == "fields":
        F.append((lab(lang, "sup_pn", li), [digits(p["sup_pn"], s)]))
        F.append((lab(lang, "sup_t", li), [truth["sup_t"]] if lang != "bi" else [p["sup_en"]]))
        F.append((lab(lang, "sup_c", li), [digits(fmt_class(p["sup_class"], o["cs"]), s)]))
    elif o["sup"] == "line":
        rt = {"en": "Reports to", "fr": "Relève de", "bi": "Reports to / Relève de"}[lang]
        F.append((rt, [f"{truth['sup_t'] if lang != 'bi' else p['sup_en']} ({digits(fmt_class(p['sup_class'], 0), s)})"]))
    if loc_v and o["loc_at"] == "head":
        F.append((lab(lang, "loc", li), [loc_v]))
    if o["inc"]:
        F.append((lab(lang, "inc", li), [p["incumbent"]]))
        truth["people"].append(p["incumbent"])
    R.shuffle(F[5:7])
    lines = []
    if o.get("dochead", True):
        lines.append(head(lang, "doc", li, 0, 1))
        lines.append("")
    lay = o["lay"]
    if lay == "table":
        for k in range(0, len(F), 2):
            row = F[k:k + 2]
            lines.append("   |   ".join(x[0] for x in row) if o["bars"] else "      ".join(x[0] for x in row))
            vals = [" / ".join(x[1]) if len(x[1]) > 1 else x[1][0] for x in row]
            lines.append("   |   ".join(vals) if o["bars"] else "      ".join(vals))
    else:
        for (label, vals) in F:
            sep = {"colon": ": ", "tabs": "\t", "dots": " " + "." * R.randint(4, 14) + " ", "md": ":** "}.get(lay, ": ")
            if lay == "md":
                label = "*   **" + label
            split = lay == "split" or (R.random() < o["splitp"])
            truth["_split"] = truth.get("_split", 0) + (split or len(vals) > 1)
            if len(vals) > 1:
                lines.append(label + (":" if lay != "md" else ":**"))
                lines.extend(vals)
            elif split:
                lines.append(label + (":" if lay not in ("dots", "md", "tabs") else (":**" if lay == "md" else "")))
                lines.append(vals[0])
            else:
                lines.append(label + sep + vals[0])
    lines.append("")
    # sections
    fill = {"title": title_v, "subject": p["sub_fr"] if L == "fr" else p["sub_en"],
            "dept": p["dept_fr"] if L == "fr" else p["dept_en"], "sup": truth["sup_t"]}
    hs, n = o["hs"], [0]

    def H(key):
        n[0] += 1
        lines.append("")
        lines.append(head(lang, key, li, hs, n[0]))

    free = truth.setdefault("_free", set())

    def P(text, values=False):
        """Prose; lines that carry values get less letter damage and no curve at the spine."""
        for ln in wrap(prose_damage(text.format(**fill), o["pp"] * (0.3 if values else 1)), o["width"], o["hyph"]):
            lines.append(ln)
            if not values:
                free.add(ln)

    ga = (T.GA_FR if L == "fr" else T.GA_EN)
    ns = (T.NS_FR if L == "fr" else T.NS_EN)
    sa = (T.SA_FR if L == "fr" else T.SA_EN)

    def sec_ga():
        if o["csr"]:
            H("csr")
            for t in (T.CSR_FR if L == "fr" else T.CSR_EN):
                P(t)
        else:
            H("ga")
            P(ga[o["v"] % len(ga)])

    def sec_org():
        H("org")
        if o["sup"] in ("sentence", "title_only"):
            if L == "fr":
                t = f"Le {title_v} relève du {truth['sup_t']}"
            else:
                t = f"The {title_v} reports to the {truth['sup_t']}"
            if o["sup"] == "sentence":
                t += f" ({fmt_class(p['sup_class'], o['cs'])})"
            P(t + ".", values=True)
        n_dr = len(p["drs"])
        if o["dr"] == "none":
            truth["drs"] = None
            P("La structure de la direction est en cours de révision." if L == "fr" else
              "The structure of the directorate is under review; positions reporting to the incumbent will be confirmed.")
            return
        mode = o["dr"]
        if mode != "prose":
            P((f"Les {n_dr} postes suivants relèvent du titulaire :" if L == "fr" else
               f"The following {n_dr} positions report to the {title_v}:"))
        if mode == "table":
            lines.append("Poste | Groupe et niveau | ETP" if L == "fr" else "Position | Group/Level | FTEs")
        prose_bits = []
        for d in p["drs"]:
            t = d["fr"] if L == "fr" else d["en"]
            c = None if o["drnc"] else d["class"]
            f = None if (o["drnf"] or (d["class"] == "AS-02" and o["v"] % 2)) else d["fte"]
            truth["drs"].append({"title": t, "classification": c, "fte": f})
            cv = digits(fmt_class(c, o["cs"] % 3), s) if c else None
            fv = digits(str(f), s) if f is not None else None
            ft = ("ETP" if L == "fr" else R.choice(["FTEs", "FTE", "FTE's"]))
            b = R.choice(BULLETS) if R.random() < o["noise"] * 2 else o["bul"]
            if mode == "paren":
                inside = ", ".join(x for x in [cv, f"{fv} {ft}" if fv else None] if x)
                lines.append(f"{b}{t}" + (f" ({inside})" if inside else ""))
            elif mode == "classfirst":
                lines.append(f"{b}{cv + ' - ' if cv else ''}{t}" + (f" ({fv} {ft})" if fv else ""))
            elif mode == "dash":
                lines.append(" - ".join(x for x in [b + t, cv, f"{fv} {ft}" if fv else None] if x))
            elif mode == "table":
                row = f"{t} | {cv or ''} | {fv or ''}"
                if R.random() < o["rowsplit"]:
                    truth["_rowsplit"] = truth.get("_rowsplit", 0) + 1
                    lines.append(t)
                    lines.append(f"| {cv or ''} | {fv or ''}")
                else:
                    lines.append(row)
            elif mode == "staff":
                bits = [t + (f" ({cv})" if cv else "")]
                if fv:
                    bits.append(f"effectif de {fv}" if L == "fr" else f"staff of {fv}")
                lines.append(b + ", ".join(bits))
            else:  # prose
                prose_bits.append(t + (f" ({', '.join(x for x in [cv, f'{fv} {ft}' if fv else None] if x)})" if (cv or fv) else ""))
        if prose_bits:
            joined = "; ".join(prose_bits)
            P(("Relèvent du titulaire : " if L == "fr" else f"Reporting to the {title_v} are the ") + joined + ".", values=True)

    def sec_ns():
        H("ns")
        P(ns[o["v"] % len(ns)])
        lines.append("")
        P(ns[(o["v"] + 1) % len(ns)])

    def sec_dim():
        H("dim")
        dm = o["dim"]
        ms = o["ms"]
        fte_l = lab(lang, "fte", li)
        if o["fte"]:
            truth["fte"] = p["fte"]
            lines.append(f"{fte_l}: {digits(str(p['fte']), s)}")
        if dm in ("full", "no_total"):
            truth["salary"], truth["om"] = p["salary"], p["om"]
            lines.append(f"{lab(lang, 'sal', li)}: {digits(fmt_money(p['salary'], L, ms), s)}")
            lines.append(f"{lab(lang, 'om', li)}: {digits(fmt_money(p['om'], L, ms), s)}")
        if dm in ("full", "total_only"):
            truth["total"] = p["total"]
            lines.append(f"{lab(lang, 'tot', li)}: {digits(fmt_money(p['total'], L, ms), s)}")
        if dm == "prose":
            truth["salary"], truth["om"], truth["total"] = p["salary"], p["om"], p["total"]
            if L == "fr":
                P(f"La direction dispose d'un budget salarial de {fmt_money(p['salary'], L, ms)} et d'un budget de fonctionnement et d'entretien de {fmt_money(p['om'], L, ms)}, pour un total de {fmt_money(p['total'], L, ms)}.", values=True)
            else:
                P(f"The directorate manages a salary budget of {fmt_money(p['salary'], L, ms)} and an O&M budget of {fmt_money(p['om'], L, ms)}, for a total of {fmt_money(p['total'], L, ms)}.", values=True)
        if p["program"] and o["prog"]:
            truth["program"] = p["program"]
            lines.append(f"{lab(lang, 'prog', li)}: {fmt_money(p['program'], L, (ms + 1))}")
        if loc_v and o["loc_at"] == "dim":
            lines.append(f"{lab(lang, 'loc', li)}: {loc_v}")

    def sec_sa():
        H("ka" if o["csr"] else "sa")
        picks = R.sample(range(len(sa)), R.randint(4, 7))
        for k, j in enumerate(picks, 1):
            num = [f"{k}.", f"{k})", f"({k})", "e", "•", "-"][o["num"]]
            num = digits(num, s) if num[0].isdigit() else num
            for m, ln in enumerate(wrap(prose_damage(sa[j].format(**fill), o["pp"]), o["width"] - 4, o["hyph"])):
                lines.append((num + " " if m == 0 else "   ") + ln)
                free.add(lines[-1])

    def sec_cert():
        H("cert")
        P("Je certifie que la présente description est exacte." if L == "fr" else
          "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.")
        lines.append("")
        sig_date = fmt_date(p["date"] - dt.timedelta(days=R.randint(3, 60)), L, o["ds"] + 2)
        if o["signed"]:
            truth["people"].append(p["signer"])
            lines.append(f"{p['signer']}" + R.choice(["", "   (signature)", "  /s/", "  [signed]"]))
        else:
            lines.append("_______________________")
        lines.append(truth["sup_t"] if lang != "bi" else p["sup_en"])
        lines.append(("Date : " if L == "fr" else "Date: ") + (digits(sig_date, s) if o["signed"] else ""))
        if loc_v and o["loc_at"] == "end":
            lines.append("")
            lines.append(f"{lab(lang, 'loc', li)}: {loc_v}")

    order = {"a": [sec_ga, sec_org, sec_ns, sec_dim, sec_sa, sec_cert],
             "b": [sec_ga, sec_dim, sec_org, sec_sa, sec_ns, sec_cert],
             "c": [sec_ga, sec_ns, sec_org, sec_sa, sec_dim, sec_cert]}[o["order"]]
    for f in order:
        f()
    if lang == "bi" and o["fr_copy"]:
        # an abridged French page follows the English copy
        lines.append("")
        lines.append("VERSION FRANÇAISE")
        lines.append(f"{L_FR['title'][li % 4]} : {p['title_fr']}")
        lines.append(f"{L_FR['class'][li % 4]} : {digits(cls, s)}")
        for ln in wrap(prose_damage(T.GA_FR[o['v'] % 3].format(title=p['title_fr'], subject=p['sub_fr'], dept=p['dept_fr'], sup=p['sup_fr']), o["pp"]), o["width"], o["hyph"]):
            lines.append(ln)
    if lang == "bi":
        truth["title_fr"] = p["title_fr"]
    return lines, truth


# ------------------------------------------------------------------ the phone and the app
STICKY_EN = ["POST-IT: check FTE count w/ {n} before it goes up", "{n} - need sign-off by Friday!!", "Call {n} re: O&M x4471",
             "{n}: OK for Tuesday's committee"]
STICKY_FR = ["Post-it : vérifier les ETP avec {n}", "{n} - à signer avant vendredi !", "Appeler {n} re : F et E poste 4471"]


def app_stamp(app: str, when: dt.date, lang: str) -> tuple[list[str], list[str], list[str]]:
    """Header lines, footer lines of every page, and lines at the top of the first page."""
    mon = (MONTHS_FR if lang == "fr" else MONTHS_EN)[when.month - 1]
    if app == "camscanner":
        return [], [R.choice(["Scanned with CamScanner", "CS Scanned with CamScanner", "Numérisé avec CamScanner" if lang == "fr" else "CS  Scanned with CamScanner"])], []
    if app == "adobe":
        return [f"Adobe Scan {when.day} {mon[:3] if lang != 'fr' else mon} {when.year}"], [], []
    if app == "notes":
        return [], [], ["Scanned Document" if lang != "fr" else "Document numérisé",
                        f"{mon} {when.day}, {when.year} at {R.randint(1, 5)}:{R.randint(10, 59)} PM" if lang != "fr" else f"{when.day} {mon} {when.year} à {R.randint(8, 17)} h {R.randint(10, 59)}"]
    if app == "drive":
        return [], [], [f"Scanned_{when:%Y%m%d}-{R.randint(800, 1759):04d}"]
    if app == "genius":
        return [], ["Genius Scan"], []
    return [], [], []


def paginate(lines: list[str], doc: dict, truth: dict) -> list[list[str]]:
    o = doc["opt"]
    lang = doc["lang"]
    npages = o["pages"]
    per = max(1, -(-len(lines) // npages))
    pages = [lines[k:k + per] for k in range(0, len(lines), per)][:npages]
    if len(pages) < npages:
        npages = len(pages)
    # damage inside each page
    for k, pg in enumerate(pages):
        for j, ln in enumerate(pg):
            if o["spine"] and (k % 2 == o["spine"] - 1) and ln in truth["_free"] and len(ln) >= 50 and R.random() < 0.4:
                ln = spine(ln)
                truth["_spine"] = truth.get("_spine", 0) + 1
            if ln and R.random() < o["noise"]:
                ln = R.choice(NOISE) + ln
                truth["_noise"] = truth.get("_noise", 0) + 1
            pg[j] = ln
        if o["bleed"] and R.random() < 0.7:
            frag = R.choice(T.BLEED_FR if lang == "fr" else T.BLEED_EN)
            blanks = [j for j, ln in enumerate(pg) if not ln.strip()] or [len(pg)]
            pg.insert(R.choice(blanks), frag)
            truth["_bleed"] = truth.get("_bleed", 0) + 1
    if o["sticky"]:
        name = doc["sticky_name"]
        note = R.choice(STICKY_FR if lang == "fr" else STICKY_EN).format(n=name)
        truth["people"].append(name)
        blanks = [j for j, ln in enumerate(pages[0]) if not ln.strip()][1:] or [len(pages[0])]
        pages[0].insert(R.choice(blanks), note)
    hdr, ftr, first = app_stamp(o["app"], doc["scanned"], "fr" if lang == "fr" else "en")
    out = []
    for k, pg in enumerate(pages, 1):
        num = [f"Page {k} of {npages}" if lang != "fr" else f"Page {k} de {npages}", f"{k}/{npages}", f"- {k} -", f"{k}", ""][o["pnum"]]
        top = list(hdr) + (first if k == 1 else [])
        if o["runhead"]:
            top.append(o["runhead"])
        body = top + pg + ([""] + [num] if num else []) + ftr
        out.append(body)
    if o["reorder"] and len(out) > 1:
        out = [out[1], out[0]] + out[2:] if o["reorder"] == 1 else out[1:] + out[:1]
    return out


def columns(lines: list[str]) -> list[str]:
    """The page's header fields (left) and its first prose (right) read across the line."""
    first_sec = next(i for i, ln in enumerate(lines) if i > 2 and not ln.strip())
    left = [ln for ln in lines[:first_sec] if ln.strip()]
    rest = lines[first_sec:]
    prose_at = [i for i, ln in enumerate(rest) if len(ln) > 40][:len(left)]
    right = [rest[i] for i in prose_at]
    remain = [ln for i, ln in enumerate(rest) if i not in set(prose_at)]
    merged = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        merged.append((a + " " * max(3, 48 - len(a)) + b).rstrip())
    heading = [ln for ln in remain[:3] if ln.strip()][:1]
    return heading + merged + remain[3:]


def docx_bytes(paras: list[str], table: list[tuple[str, str]] | None = None) -> bytes:
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = dt.datetime(2023, 3, 14, 9, 0, 0)
    cp.revision = 1
    if table:
        t = d.add_table(rows=0, cols=2)
        for a, b in table:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
    for p in paras:
        d.add_paragraph(p)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ the corpus plan
KINDS = (["ocr"] * 16 + ["ocr-flat"] * 3 + ["ocr-cp1252"] * 2 + ["pdf"] * 12 + ["ocr-columns"] * 3 + ["docx"] * 3 + ["markdown"] * 3)
APPS = ["camscanner", "adobe", "lens", "notes", "drive", "genius", "textscanner"]
ABBR = {"Director": "Dir", "Director General": "DG", "Executive Director": "ED", "Senior Director": "Sr Dir",
        "Regional Director General": "RDG", "Assistant Deputy Minister": "ADM"}


def options(p: dict, lang: str, kind: str, i: int) -> dict:
    lay = {"markdown": "md", "ocr-columns": "colon"}.get(kind) or R.choice(
        ["colon", "colon", "split", "table", "dots"] + (["tabs"] if kind in ("ocr", "ocr-cp1252") else []))
    dr = R.choice(["paren", "paren", "classfirst", "dash", "table", "staff", "prose"])
    app = {"pdf": R.choice(["adobe", "adobe", "camscanner", "lens", "genius", "notes"]),
           "docx": "lens", "markdown": "lens"}.get(kind) or R.choice(APPS)
    return {
        "lay": lay, "splitp": R.choice([0.0, 0.15, 0.3, 0.5]), "bars": R.random() < 0.5,
        "dig": R.choice([0, 1, 1, 1, 2]), "pp": R.choice([0.0, 0.03, 0.06, 0.1]), "width": R.randint(62, 96),
        "hyph": R.choice([0.0, 0.08, 0.15]), "li": R.randint(0, 11), "cs": R.randint(0, 6), "ds": R.randint(0, 6),
        "ms": R.randint(0, 5), "loc": R.choice([None, "comma", "comma", "paren", "abbr"]),
        "loc_at": R.choice(["head", "head", "dim", "end"]), "job": bool(p["job"]) and R.random() < 0.85,
        "pn": R.random() < 0.93, "date": R.random() < 0.85,
        "sup": R.choice(["fields", "fields", "fields", "line", "sentence", "title_only"]), "inc": R.random() < 0.3,
        "hs": R.randint(0, 4), "csr": R.random() < 0.2, "v": R.randint(0, 5), "dr": "none" if i % 15 == 7 else dr,
        "drnc": R.random() < 0.12, "drnf": R.random() < 0.12, "rowsplit": R.choice([0.0, 0.3, 0.6]),
        "noise": R.choice([0.0, 0.03, 0.08, 0.12]), "bul": R.choice(["", "- ", "* ", "• ", "e ", "0 "]),
        "order": R.choice("aabc"), "dim": R.choice(["full", "full", "full", "total_only", "no_total", "prose"]),
        "fte": R.random() < 0.8, "prog": R.random() < 0.7, "num": R.randint(0, 5), "signed": R.random() < 0.6,
        "fr_copy": R.random() < 0.5, "pages": R.choice([1, 2, 2, 3, 3]) if kind != "ocr-columns" else 1,
        "spine": R.choice([0, 1, 2, 2]), "bleed": R.random() < 0.4, "sticky": R.random() < 0.25,
        "pnum": R.randint(0, 4), "runhead": R.choice([None, None, "PROTECTED B / PROTÉGÉ B" if lang != "en" else "PROTECTED B",
                                                      f"{p['dk']} - EX Work Description", "Unclassified / Non classifié"]),
        "reorder": R.choice([0, 0, 1, 1, 2]), "app": app, "dochead": R.random() < 0.85,
    }


def file_name(doc: dict, used: set) -> str:
    p, lang, kind, app = doc["pos"], doc["lang"], doc["kind"], doc["opt"]["app"]
    ext = {"pdf": ".pdf", "docx": ".docx", "markdown": ".md"}.get(kind, ".txt")
    w = doc["scanned"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    role = ABBR.get(p["role_en"], p["role_en"])
    forms = [
        f"{title}{ext}", f"{title} - {p['class']}{ext}", f"{title} ({p['dk']}) - scan{ext}",
        f"WD {p['pn']} {role} {p['sub_en']} FINAL{ext}", f"{role} {p['sub_en']} EX-0{p['class'][-1]} (phone){ext}",
        f"{title} - numérisé{ext}" if lang == "fr" else f"{title} - scanned{ext}",
        f"DT {title}{ext}" if lang == "fr" else f"JD {title}{ext}",
    ]
    if app == "camscanner" and kind != "docx":
        forms.append(f"CamScanner {w:%m-%d-%Y} {R.randint(8, 17):02d}.{R.randint(0, 59):02d}{ext}")
    if app == "adobe":
        mon = (MONTHS_FR if lang == "fr" else MONTHS_EN)[w.month - 1]
        forms.append(f"Adobe Scan {w.day} {mon if lang == 'fr' else mon[:3]} {w.year}{ext}")
    if app == "drive":
        forms.append(f"Scanned_{w:%Y%m%d}-{R.randint(800, 1759):04d}{ext}")
    if app == "genius":
        forms.append(f"Scan {w:%Y-%m-%d} {R.randint(8, 17):02d}_{R.randint(0, 59):02d}_{R.randint(0, 59):02d}{ext}")
    if app == "notes":
        forms.append(f"Scanned Document {R.randint(2, 19)}{ext}")
    name = R.choice(forms)
    if doc.get("suffix"):
        name = name[: -len(ext)] + doc["suffix"] + ext
    while name in used:
        name = name[: -len(ext)] + " (1)" + ext if " (1)" not in name else name.replace(" (1)", " (2)")
    used.add(name)
    return name.replace("/", "-")


def plan():
    positions, people = make_positions()
    kinds = list(KINDS)
    R.shuffle(kinds)
    docs = []
    extra_people = people[len(positions) % len(people):] + people
    for i, p in enumerate(positions):
        lang = "fr" if i % 7 in (2, 5) else ("bi" if i % 9 == 4 else "en")
        if p["city"] in ("Montréal", "Shawinigan", "Saint-Hubert") and lang == "en":
            lang = "fr"
        docs.append({"pos": p, "lang": lang, "kind": kinds[i], "i": i})
    # second versions: an unsigned draft, and the signed copy later
    for i, kind in ((0, "pdf"), (9, "ocr"), (20, "pdf")):
        p = docs[i]["pos"]
        draft = dict(p, date=p["date"] - dt.timedelta(days=R.randint(150, 700)))
        docs[i]["pos"] = draft
        docs[i]["version"] = ("draft", i)
        docs.append({"pos": p, "lang": docs[i]["lang"], "kind": kind, "i": i, "version": ("signed", i)})
    used = set()
    for n, d in enumerate(docs):
        d["opt"] = options(d["pos"], d["lang"], d["kind"], n)
        d["scanned"] = min(dt.date(2025, 6, 30), max(dt.date(2020, 9, 1), d["pos"]["date"]) + dt.timedelta(days=R.randint(20, 900)))
        d["sticky_name"] = extra_people[n % len(extra_people)]
        if d.get("version"):
            d["opt"]["signed"] = d["version"][0] == "signed"
            d["suffix"] = {"draft": R.choice([" - draft", " DRAFT", " (ébauche)" if d["lang"] == "fr" else " v1"]),
                           "signed": R.choice([" - signed", " - FINAL signed", " (signée)" if d["lang"] == "fr" else " - signed"])}[d["version"][0]]
        if d["kind"] == "ocr-columns":
            d["opt"]["lay"] = "colon"
            d["opt"]["splitp"] = 0.0
        d["name"] = file_name(d, used)
    return docs, used


# ------------------------------------------------------------------ documents to refuse
def refused() -> list[dict]:
    out = []
    memo = """CS Scanned with CamScanner
MEMORANDUM
To: Directors General, Strategic and Service Policy Branch
From: Heather MacNeil, Director, Executive Group Services
Date: , March 14, 2023
Subject: Update of EX work descriptions before the 2023 classification review

e Each EX-01 to EX-03 position in the Branch must have a current, signed
work description on file by April 28, 2023. Descriptions older than 2015
(for example position 48213, Director, Labour Market Analysis) will be
re-evaluated by the classification committee.
e Please send the signed copies, as PDF, to the EX Services mailbox.
e Questions: Kwame Asante, Senior Classification Advisor, 819-555-0143.

Heather MacNeil
Director, Executive Group Services
Scanned with CamScanner"""
    out.append({"name": "Memo EX WDs update - March 2023 (scan).txt", "kind": "ocr", "lang": "en",
                "data": memo.encode("utf-8"), "people": ["Heather MacNeil", "Kwame Asante"]})
    letter = ["Adobe Scan 2 mai 2023", "", "Emploi et Développement social Canada", "", "Le 1er mai 2023", "",
              "Madame Nathalie Bergeron", "Gatineau (Québec)", "",
              "Objet : Offre de nomination intérimaire - Directrice, Analyse du marché du travail (EX-01)", "",
              "Madame,", "",
              "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Analyse",
              "du marché du travail (EX-01), poste no 48213, du 15 mai 2023 au 14 novembre 2023.",
              "Votre traitement sera établi dans l'échelle de 128 956 $ à 151 717 $ par année.",
              "Les autres conditions d'emploi sont celles de la Directive sur les conditions d'emploi",
              "des cadres.", "",
              "Veuillez signer et retourner une copie de la présente lettre au plus tard le 10 mai 2023.", "",
              "Jean-François Côté", "Directeur général, Information sur le marché du travail", "",
              "J'accepte l'offre de nomination intérimaire : ______________  Date : ________"]
    out.append({"name": "Lettre d'offre - intérim EX-01 - N. Bergeron - signée.pdf", "kind": "pdf", "lang": "fr",
                "data": pdf_bytes(["\n".join(letter)]), "people": ["Nathalie Bergeron", "Jean-François Côté"]})
    chart = """Scanned_20230606-1412
Operations Branch / Direction générale des opérations
Organization Chart - June 2023

                 Assistant Deputy Minister
                       Operations (EX-05)
   |                     |                        |
Director General     Director General        Executive Director,
Service Delivery     Program Integrity      Transformation
(EX-03)               (EX-03)                (EX-02)
   |                     |
Director,            Director,              Director,
Client Services      Risk Management        Digital Channels
EX-01 . 64 FTE       EX-01 . 22 FTE         EX-01 . 31 FTE
,
Vacant positions in grey  ' Postes vacants en gris
1/1"""
    out.append({"name": "Org chart Ops Branch June 2023.txt", "kind": "ocr", "lang": "bilingual",
                "data": chart.encode("utf-8"), "people": []})
    agreement = ["Entente de rendement des cadres 2022-2023", "", "Nom : Luc Desjardins",
                 "Poste : Directeur, Programmes des voyageurs (EX-01)", "Superviseur : Directrice générale, Programmes",
                 "", "Engagements clés", "1. Mettre en oeuvre la phase 2 du programme NEXUS renouvelé d'ici le 31 mars 2023.",
                 "2. Réduire de 10 % les délais de traitement des demandes.",
                 "3. Réaliser les activités de mobilisation prévues au plan de la direction.", "",
                 "Engagement en matière de leadership", "Favoriser un milieu de travail sain, inclusif et exempt de harcèlement.",
                 "", "Évaluation de mi-exercice : en voie de réalisation", "",
                 "Signature du cadre : Luc Desjardins        Date : 2022-06-30",
                 "Signature du superviseur : Dominique Lapointe        Date : 2022-07-04"]
    out.append({"name": "Entente de rendement 2022-23 - L. Desjardins.docx", "kind": "docx", "lang": "fr",
                "data": docx_bytes(agreement), "people": ["Luc Desjardins", "Dominique Lapointe"]})
    out.append({"name": "Adobe Scan 3 Apr 2023.pdf", "kind": "pdf", "lang": "en",
                "data": pdf_bytes(["", "", ""]), "people": []})
    rr = random.Random(1190)
    noise_lines = []
    for _ in range(14):
        noise_lines.append("".join(rr.choice("il1|!.,:;'`~_-=  mnrwv%#@ ") for _ in range(rr.randint(8, 60))).strip())
    unreadable = "\n".join(["CS Scanned with CamScanner"] + noise_lines[:7] + ["EX-O ..  l", ""] + noise_lines[7:] + ["Scanned with CamScanner"])
    out.append({"name": "CamScanner 02-11-2023 16.05.txt", "kind": "ocr", "lang": "en",
                "data": unreadable.encode("utf-8"), "people": []})
    return out


# ------------------------------------------------------------------ ground truth
def q(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, (int, dt.date)) and not isinstance(v, bool):
        return v.isoformat() if isinstance(v, dt.date) else str(v)
    return "'" + str(v).replace("'", "''") + "'"


def expected_yaml(name: str, kind: str, lang: str, outcome: str, truth: dict | None, people: list[str],
                  versions: dict | None) -> str:
    out = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if truth is None:
        out += ["fields: null", "not_stated: []", "also: null"]
    else:
        t = truth
        out.append("fields:")
        out += [f"  title: {q(t['title'])}", f"  classification: {q(t['classification'])}", f"  job_code: {q(t['job_code'])}",
                f"  position_number: {q(t['position_number'])}", f"  effective_date: {q(t['effective_date'])}",
                "  supervisor:", f"    position_number: {q(t['sup_pn'])}", f"    title: {q(t['sup_t'])}",
                f"    classification: {q(t['sup_c'])}"]
        if t["drs"]:
            out.append("  direct_reports:")
            for d in t["drs"]:
                out += [f"  - title: {q(d['title'])}", f"    classification: {q(d['classification'])}", f"    fte: {q(d['fte'])}"]
        else:
            out.append("  direct_reports: []")
        out += [f"  salary: {q(t['salary'])}", f"  o_and_m: {q(t['om'])}", f"  total: {q(t['total'])}", f"  location: {q(t['location'])}"]
        ns = [k for k, v in (("job_code", t["job_code"]), ("position_number", t["position_number"]),
                             ("effective_date", t["effective_date"]), ("supervisor.position_number", t["sup_pn"]),
                             ("supervisor.classification", t["sup_c"]), ("direct_reports", t["drs"]),
                             ("salary", t["salary"]), ("o_and_m", t["om"]), ("total", t["total"]),
                             ("location", t["location"])) if v is None]
        out.append(f"not_stated: [{', '.join(ns)}]")
        out += ["also:", f"  fte: {q(t['fte'])}", "  operating_budget: null", f"  program_budget: {q(t['program'])}",
                "  provisional_number: null"]
        if t.get("title_fr"):
            out.append(f"  title_fr: {q(t['title_fr'])}")
    if people:
        out.append("people:")
        out += [f"- {q(x)}" for x in dict.fromkeys(people)]
    else:
        out.append("people: []")
    if versions:
        out += ["versions:", "  documents:"] + [f"  - {q(x)}" for x in versions["documents"]] + [f"  newest: {q(versions['newest'])}"]
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ main
def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    docs, used = plan()
    pairs = {}
    for d in docs:
        if d.get("version"):
            pairs.setdefault(d["version"][1], {})[d["version"][0]] = d["name"]
    for d in docs:
        lines, truth = render(d)
        kind, o = d["kind"], d["opt"]
        if kind == "ocr-columns":
            lines = columns(lines)
        pages = paginate(lines, d, truth)
        lang = {"bi": "bilingual"}.get(d["lang"], d["lang"])
        if kind == "pdf":
            data = pdf_bytes(["\n".join(pg) for pg in pages])
        elif kind == "docx":
            paras = [ln for pg in pages for ln in pg]
            data = docx_bytes(paras)
        elif kind == "ocr-flat":
            text = " ".join(ln.strip() for pg in pages for ln in pg if ln.strip())
            data = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text).encode("utf-8")
        elif kind == "ocr-cp1252":
            data = "\r\n".join("\r\n".join(pg) + "\r\n" for pg in pages).encode("cp1252")
        elif kind == "markdown":
            md = []
            for pg in pages:
                for ln in pg:
                    if ln and ln == ln.upper() and len(ln) > 4 and not ln.startswith("*"):
                        md.append("## " + ln.title())
                    elif ln in sum((v for v in H_EN.values()), []) + sum((v for v in H_FR.values()), []):
                        md.append("## " + ln)
                    else:
                        md.append(ln)
                md.append("")
            data = "\n".join(md).encode("utf-8")
        else:
            sep = "\n\f" if o["app"] == "textscanner" else "\n\n"
            if o["app"] == "textscanner":
                pages = [[f"--- Page {k} ---"] + pg for k, pg in enumerate(pages, 1)]
            data = sep.join("\n".join(pg) for pg in pages).encode("utf-8") + b"\n"
        (corpus / d["name"]).write_bytes(data)
        ver = None
        if d.get("version"):
            pr = pairs[d["version"][1]]
            ver = {"documents": [pr["draft"], pr["signed"]], "newest": pr["signed"]}
        ekind = {"ocr-flat": "ocr", "ocr-cp1252": "ocr"}.get(kind, kind)
        (expected / (d["name"] + ".expected.yaml")).write_text(
            expected_yaml(d["name"], ekind, lang, "import", truth, truth["people"], ver), encoding="utf-8")
    for r in refused():
        (corpus / r["name"]).write_bytes(r["data"])
        (expected / (r["name"] + ".expected.yaml")).write_text(
            expected_yaml(r["name"], r["kind"], r["lang"], "refuse", None, r["people"], None), encoding="utf-8")


if __name__ == "__main__":
    main()
