"""Writes the blind136 corpus: an intelligence agency's work descriptions as released under the
Access to Information Act (banners, ATIP stamps, redactions), with their truths.

    /work/main/.venv/bin/python bench/import/blind136/make_blind.py

Deterministic: fixed seeds, fixed .docx properties and zip timestamps."""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from itertools import zip_longest
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

# ---------------------------------------------------------------------------------------------
# positions

SUP_OF = {
    "dgia": "ADI", "cta": "DGIA", "cpa": "DGIA", "fir": "DGCO", "pro": "DGRO", "dgco": "ADI", "trm": "DDO",
    "tdi": "DGCO", "hsm": "DGCO", "geo": "DGIA", "itac": "DIR", "cdoc": "DGITS", "dgits": "DCIT", "ckm": "DGITS",
    "vre": "DCIT", "icam": "DGITS", "ciso": "ADT", "cne": "DGITS", "dgspl": "DDO", "rbl": "DGPOL", "atip": "GC",
    "ipp": "DGPOL", "dge": "DIR", "opc": "DGPOL", "pss": "DGSEC", "dgfin": "CFO", "cfp": "DGFIN", "psf": "DGSEC",
    "hro": "DGHR", "ltt": "DGHR", "cae": "DIR", "pmm": "DGFIN", "cpa2": "DGCS", "rma": "DGCS", "irp": "DGSEC",
    "tls": "DGCS", "csec": "DGCS", "isp": "DGSEC",
}
# the supervisors whose own description is in the corpus
IN_CORPUS = {"DGIA": "dgia", "DGITS": "dgits", "DGCO": "dgco", "DGPOL": "dgspl", "DGFIN": "dgfin"}


def build_positions():
    rng = random.Random(136)
    pos = {}
    used = set(s[3] for s in T.SUPERVISORS.values())
    for key, (en, fr, cls, area) in T.POSITIONS.items():
        number = None
        for skey, pkey in IN_CORPUS.items():
            if pkey == key:
                number = T.SUPERVISORS[skey][3]
        while number is None:
            n = str(rng.randint(11000, 14999))
            if n not in used:
                number = n
        used.add(number)
        pool = T.REPORT_POOLS[area]
        k = rng.randint(3, 6)
        reps = [dict(title=t, title_fr=f, classification=c,
                     fte=rng.randint(1, 3) if any(w in t for w in ("Advisor", "Officer", "Assistant")) else rng.randint(3, 16))
                for t, f, c in rng.sample(pool, k)]
        for r in reps:
            if r["classification"] == "AS-02":
                r["fte"] = 1
        loc = "Edmonton, Alberta" if key == "pro" else rng.choice(T.LOCATIONS)
        pos[key] = dict(key=key, title=en, title_fr=fr, classification=cls, area=area, position_number=number,
                        job_code=str(rng.randint(100300, 109900)), sup=SUP_OF[key], reports=reps, location=loc,
                        om=rng.randint(40, 880) * 1000, per=rng.randint(96, 118))
    # a DG's reports are the directors reporting to it
    for skey, pkey in IN_CORPUS.items():
        subs = [p for p in pos.values() if p["sup"] == skey]
        extra = pos[pkey]["reports"][:1]
        pos[pkey]["reports"] = [dict(title=p["title"], title_fr=p["title_fr"], classification=p["classification"],
                                     fte=fte_of(p), key=p["key"]) for p in subs] + extra
        pos[pkey]["om"] = rng.randint(900, 3400) * 1000
    for p in pos.values():
        p["fte"] = fte_of(p)
        p["salary"] = round(p["fte"] * p["per"] * 1000, -4)
    return pos


def fte_of(p):
    return 1 + sum(r["fte"] for r in p["reports"])


# ---------------------------------------------------------------------------------------------
# notations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    raise ValueError(style)


def fmt_amount(v: int, style: str) -> str:
    if style == "full":
        return f"${v:,}"
    if style == "plain":
        return f"{v:,}"
    if style == "K":
        return f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"
    if style == "M":
        if v >= 1_000_000 and v % 10_000 == 0:
            return f"${v / 1_000_000:.2f}M"
        return f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"
    if style == "frfull":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "frM":
        if v >= 1_000_000 and v % 10_000 == 0:
            return f"{v / 1_000_000:.2f}".replace(".", ",") + " M$"
        return (f"{v // 1000:,}".replace(",", "\u00a0") + " k$") if v % 1000 == 0 else f"{v:,}".replace(",", "\u00a0") + " $"
    raise ValueError(style)


def fte_word(lang, n=2):
    return "ETP" if lang == "fr" else ("FTE" if n == 1 else "FTEs")


# ---------------------------------------------------------------------------------------------
# a document spec


class Doc:
    def __init__(self, name, key, kind, lang, form, rep, sup, date, datef, amtf, release, page, banner,
                 red=(), redstyle="code", dmg=None, total=True, names=None, version=None, **extra):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.__dict__.update(extra)

    def get(self, k, default=None):
        return self.__dict__.get(k, default)


def R(doc, code="s.15(1)"):
    """the mark a redaction leaves, by the document's style"""
    if doc.lang == "fr":
        code = code.replace("s.", "art. ")
    style = doc.redstyle
    if style == "code":
        return code
    if style == "tag":
        return "[REDACTED]" if doc.lang != "fr" else "[CAVIARDÉ]"
    if style == "block":
        return "\u2588\u2588\u2588\u2588\u2588\u2588 " + code
    if style == "blockonly":
        return "\u2588" * 9
    if style == "bracket":
        return f"[{code}]"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# blocks: ('title', t) ('h', t) ('kv', label, value) ('p', t) ('bul', t) ('num', i, t) ('table', head, rows)
# ('chart', lines) ('line', t)

def org_chart(doc, p, reps, sup):
    lang = doc.lang

    def box(lines, width):
        inner = [f"| {ln.ljust(width)} |" for ln in lines]
        edge = "+" + "-" * (width + 2) + "+"
        return [edge] + inner + [edge]

    top = []
    title = p["title_fr"] if lang == "fr" else p["title"]
    if sup is not None:
        stitle = sup[1] if lang == "fr" else sup[0]
        sl = textwrap.wrap(stitle, 34) + ([sup[2]] if sup[2] else [])
        top += [" " * 20 + ln for ln in box(sl, 34)]
        top.append(" " * 39 + "|")
    ml = textwrap.wrap(title, 34) + [p["classification"]]
    top += [" " * 20 + ln for ln in box(ml, 34)]
    top.append(" " * 39 + "|")
    width = 22
    rows = []
    for i in range(0, len(reps), 3):
        group = reps[i:i + 3]
        boxes = []
        for r in group:
            if r.get("withheld"):
                lines = [R(doc)] + [""] * 2
            else:
                lines = textwrap.wrap(r["title_fr"] if lang == "fr" else r["title"], width)
                lines.append(r["classification"] or "")
                lines.append(f"{r['fte']} {fte_word(lang, r['fte'])}" if r.get("fte_shown", True) else R(doc))
            boxes.append(lines)
        h = max(len(b) for b in boxes)
        drawn = [box(b + [""] * (h - len(b)), width) for b in boxes]
        conn = "     " + "+".join(["-" * 26] * (len(group) - 1)) if len(group) > 1 else ""
        rows.append("     " + "            ".join(["|".center(26)] * len(group)) if not conn else conn)
        for j in range(h + 2):
            rows.append("  " + "  ".join(d[j] for d in drawn))
        rows.append("")
    return top + rows


def report_blocks(doc, p, reps, sup):
    lang, fw = doc.lang, fte_word(doc.lang)
    blocks = []
    tt = (lambda r: r["title_fr"]) if lang == "fr" else (lambda r: r["title"])
    shown = [r for r in reps if not r.get("withheld")]
    if doc.rep == "bul":
        for r in reps:
            if r.get("withheld"):
                blocks.append(("bul", R(doc)))
                continue
            f = f"{r['fte']} {fte_word(lang, r['fte'])}" if r.get("fte_shown", True) else R(doc)
            blocks.append(("bul", f"{tt(r)} ({r['classification']}, {f})"))
    elif doc.rep == "dash":
        for r in reps:
            if r.get("withheld"):
                blocks.append(("line", R(doc)))
                continue
            f = f"{r['fte']} {fte_word(lang, r['fte'])}" if r.get("fte_shown", True) else R(doc)
            blocks.append(("line", f"{r['classification']} - {tt(r)} ({f})"))
    elif doc.rep == "table":
        head = ["Poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position", "Group/Level", "FTEs"]
        rows = []
        for r in reps:
            if r.get("withheld"):
                rows.append([R(doc), R(doc), R(doc)])
            else:
                rows.append([tt(r), r["classification"], str(r["fte"]) if r.get("fte_shown", True) else R(doc)])
        blocks.append(("table", head, rows))
    elif doc.rep == "chart":
        blocks.append(("chart", org_chart(doc, p, reps, sup if doc.sup == "chart" else None)))
    elif doc.rep == "sent":
        parts = []
        for r in shown:
            parts.append(f"the {tt(r)} ({r['classification']}; {r['fte']} {fte_word(lang, r['fte'])})" if lang != "fr"
                         else f"le {tt(r)} ({r['classification']}; {r['fte']} {fw})")
        body = ", ".join(parts[:-1]) + (", and " if lang != "fr" else " et ") + parts[-1]
        lead = "Reporting to the position are " if lang != "fr" else "Relèvent du poste : "
        blocks.append(("p", lead + body + "."))
    return blocks


def du(title):
    return "de la" if title.startswith(("Directrice", "Dirigeante", "Sous-directrice")) else "du"


def supervisor_value(doc, sup, lang):
    stitle = sup[1] if lang == "fr" else sup[0]
    cls = R(doc) if "sup_class" in doc.red else sup[2]
    num = R(doc) if "sup_pos" in doc.red else sup[3]
    return stitle, cls, num


def blocks_for(doc, p):
    lang = doc.lang
    sup = T.SUPERVISORS[p["sup"]]
    reps = p["reports"]
    L = (lambda en, fr: fr if lang == "fr" else en)
    title = p["title_fr"] if lang == "fr" else p["title"]
    stitle, scls, snum = supervisor_value(doc, sup, lang)
    posnum = R(doc) if "pos" in doc.red else (doc.get("posnum_text") or p["position_number"])
    job = doc.get("job_text", p["job_code"])
    date = doc.get("date_text") or fmt_date(doc.date, doc.datef)
    loc = T.LOC_FR[p["location"]] if lang == "fr" else p["location"]
    dept = T.AGENCY_FR if lang == "fr" else T.AGENCY
    b = []
    form = doc.form
    if form == "A":
        b.append(("title", "EXECUTIVE JOB DESCRIPTION"))
        b.append(("line", f"{T.AGENCY} ({T.ACR})"))
        b += [("kv", "Position Title", title), ("kv", "Classification", p["classification"]),
              ("kv", "Position Number", posnum)]
        if job is not False:
            b.append(("kv", "Job Code", job))
        b += [("kv", "Effective Date", date), ("kv", "Branch", branch_of(p)), ("kv", "Location", loc)]
    elif form == "B":
        b.append(("title", "EXECUTIVE GROUP POSITION DESCRIPTION"))
        b.append(("line", f"DEPARTMENT: {T.AGENCY.upper()}"))
        b += [("kv", "TITLE", title), ("kv", "GROUP/LEVEL", p["classification"]), ("kv", "POSITION NO.", posnum)]
        if job is not False:
            b.append(("kv", "JOB CODE", job))
        b += [("kv", "EFFECTIVE DATE", date), ("kv", "SECTOR", branch_of(p).upper()), ("kv", "LOCATION", loc)]
    elif form == "F":
        b.append(("title", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"))
        b.append(("line", f"{T.AGENCY_FR} ({T.ACR_FR})"))
        b += [("kv", "Titre du poste", title), ("kv", "Classification", p["classification"]),
              ("kv", "Numéro du poste", posnum)]
        if job is not False:
            b.append(("kv", "Code d'emploi", job))
        b += [("kv", "Date d'entrée en vigueur", date), ("kv", "Secteur", branch_fr(p)), ("kv", "Lieu de travail", loc)]
    elif form == "BI":
        b.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION"))
        b.append(("line", f"{T.AGENCY} / {T.AGENCY_FR}"))
        b += [("kv", "Position Title / Titre du poste", f"{p['title']} / {p['title_fr']}"),
              ("kv", "Classification", p["classification"]),
              ("kv", "Position Number / Numéro du poste", posnum)]
        if job is not False:
            b.append(("kv", "Job Code / Code d'emploi", job))
        b += [("kv", "Effective Date / Date d'entrée en vigueur", date),
              ("kv", "Location / Lieu de travail", p["location"])]
    # supervisor
    if doc.sup == "three":
        if lang == "fr":
            b += [("kv", "Titre du poste du superviseur", stitle), ("kv", "Numéro du poste du superviseur", snum),
                  ("kv", "Classification du superviseur", scls)]
        elif form == "BI":
            b += [("kv", "Supervisor's Title / Titre du superviseur", f"{sup[0]} / {sup[1]}"),
                  ("kv", "Supervisor's Position No. / No de poste du superviseur", snum),
                  ("kv", "Supervisor's Classification / Classification du superviseur", scls)]
        else:
            b += [("kv", "Supervisor's Position Title", stitle), ("kv", "Supervisor's Position Number", snum),
                  ("kv", "Supervisor's Classification", scls)]
    elif doc.sup == "line":
        if lang == "fr":
            b.append(("kv", "Relève de", f"{stitle} ({scls}), poste no {snum}"))
        else:
            b.append(("kv", "REPORTS TO" if form == "B" else "Reports to", f"{stitle} ({scls}), Pos. No. {snum}"))
    # security and language lines
    sec = doc.get("security") or L("Top Secret (Enhanced Security Screening) - Polygraph required",
                                   "Très secret (filtrage de sécurité approfondi) - polygraphe requis")
    b.append(("kv", L("Security Requirement", "Exigence de sécurité") if form != "B" else "SECURITY", sec))
    b.append(("kv", L("Language Requirement", "Exigence linguistique") if form != "B" else "LANGUAGE",
              L("Bilingual imperative CBC/CBC", "Bilingue impératif CBC/CBC")))
    inc = doc.get("incumbent")
    if inc == "@19":
        inc = R(doc, "s.19(1)")
    if inc:
        b.append(("kv", L("Incumbent", "Titulaire") if form != "B" else "INCUMBENT", inc))
    # general accountability
    def H(en, fr):
        t = L(en, fr)
        if form == "BI":
            t = f"{en} / {fr}"
        return ("h", t.upper() if form == "B" else t)

    b.append(H("General Accountability", "Responsabilité générale"))
    b.append(("p", (T.GA_FR if lang == "fr" else T.GA)[p["area"]].format(t=title)))
    if form == "BI":
        b.append(("p", T.GA_FR[p["area"]].format(t=p["title_fr"])))
    b.append(H("Organization Structure", "Structure organisationnelle"))
    n_peers = doc.get("peers", 5)
    if lang == "fr":
        s = f"Le poste de {title} est l'un des {n_peers} postes relevant {du(stitle)} {stitle}"
    else:
        s = f"The {title} is one of {n_peers} positions reporting to the {stitle}"
    if doc.sup == "sent":
        s += f" ({scls})"
    b.append(("p", s + "."))
    b.append(("p", L(f"The following positions report to the {title}:",
                     f"Les postes suivants relèvent {du(title)} {title} :")))
    b += report_blocks(doc, p, reps, sup)
    withheld = sum(1 for r in reps if r.get("withheld"))
    b.append(H("Nature and Scope", "Nature et étendue"))
    b.append(("p", (T.NS_FR if lang == "fr" else T.NS).format(t=title)))
    if form == "BI":
        b.append(("p", T.NS_FR))
    # dimensions
    b.append(H("Dimensions", "Dimensions"))
    fte_text = R(doc) if "fte" in doc.red else str(p["fte"])
    amt = lambda field, v: R(doc) if field in doc.red else fmt_amount(v, doc.amtf)
    if form == "B":
        b += [("kv", "Number of FTEs", fte_text), ("kv", "Salary budget", amt("salary", p["salary"])),
              ("kv", "O&M budget", amt("o_and_m", p["om"]))]
        if doc.total:
            b.append(("kv", "Total budget", amt("total", p["salary"] + p["om"])))
    elif lang == "fr":
        b += [("kv", "ETP", fte_text), ("kv", "Salaires", amt("salary", p["salary"])),
              ("kv", "F et E", amt("o_and_m", p["om"]))]
        if doc.total:
            b.append(("kv", "Total", amt("total", p["salary"] + p["om"])))
    else:
        lab = (lambda en, fr: f"{en} / {fr}") if form == "BI" else (lambda en, fr: en)
        b += [("kv", lab("FTEs", "ETP"), fte_text),
              ("kv", lab("Salary", "Salaires"), amt("salary", p["salary"]) + doc.get("salary_note", "")),
              ("kv", lab("O&M", "F et E"), amt("o_and_m", p["om"]))]
        if doc.total:
            b.append(("kv", "Total", amt("total", p["salary"] + p["om"])))
    b.append(H("Specific Accountabilities", "Activités principales"))
    for i, s in enumerate(T.SA_FR if lang == "fr" else T.SA, 1):
        b.append(("num", i, s))
    # signatures
    b.append(H("Approval", "Approbation"))
    for who, role in doc.names or []:
        b.append(("kv", L("Name", "Nom"), R(doc, "s.19(1)") if who == "@19" else who))
        b.append(("kv", L("Title", "Titre"), role))
    b.append(("kv", L("Date", "Date"), date))
    return b, withheld


BRANCH = {"intel": ("Intelligence", "Renseignement"), "itsec": ("IT Security", "Sécurité des TI"),
          "policy": ("Policy and Strategic Partnerships", "Politiques et partenariats stratégiques"),
          "corp": ("Corporate Services", "Services ministériels")}


def branch_of(p):
    return BRANCH[p["area"]][0]


def branch_fr(p):
    return BRANCH[p["area"]][1]


# ---------------------------------------------------------------------------------------------
# renderers


def to_lines(blocks, lang, pad=0, wrap=0, bullet="- "):
    sep = " : " if lang == "fr" else ": "
    out = []

    def para(t, indent=""):
        if wrap:
            out.extend(textwrap.wrap(t, wrap, initial_indent=indent, subsequent_indent=" " * len(indent)))
        else:
            out.append(indent + t)

    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], ""]
        elif k == "h":
            out += ["", b[1].upper() if not b[1].isupper() else b[1]]
        elif k == "kv":
            label = b[1] + sep.rstrip() if lang == "fr" else b[1] + ":"
            out.append((label.ljust(pad) + " " + b[2]) if pad else f"{b[1]}{sep}{b[2]}")
        elif k == "p":
            para(b[1])
        elif k == "line":
            out.append(b[1])
        elif k == "bul":
            para(b[1], bullet)
        elif k == "num":
            para(b[2], f"{b[1]}. ")
        elif k == "table":
            head, rows = b[1], b[2]
            w0 = max(len(r[0]) for r in rows + [head]) + 3
            w1 = max(len(r[1]) for r in rows + [head]) + 3
            out.append(head[0].ljust(w0) + head[1].ljust(w1) + head[2])
            for r in rows:
                out.append(r[0].ljust(w0) + r[1].ljust(w1) + r[2])
        elif k == "chart":
            out += b[1]
    return out


def to_markdown(blocks, lang):
    sep = " :" if lang == "fr" else ":"
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1].title() if b[1].isupper() else b[1]}", ""]
        elif k == "h":
            out += ["", f"## {b[1]}", ""]
        elif k == "kv":
            out.append(f"- **{b[1]}{sep}** {b[2]}")
        elif k in ("p", "line"):
            out += [b[1], ""]
        elif k == "bul":
            out.append(f"* {b[1]}")
        elif k == "num":
            out.append(f"{b[1]}. {b[2]}")
        elif k == "table":
            out += ["", "| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
        elif k == "chart":
            out += ["```"] + b[1] + ["```", ""]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def hyphen_wrap(lines, width, rng, rate):
    out = []
    for line in lines:
        if len(line) <= width or line.startswith("  ") or line.lstrip().startswith(("+", "|")):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                room = width - len(cur) - 2
                if (len(w) >= 8 and w.isalpha() and room >= 3 and rng.random() < rate):
                    cut = min(room, len(w) - 3)
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_HEAVY = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("rn", "m"), ("o", "0"), ("u", "ii")]
STRENGTH = {"light": (0.35, 0.015, 0.01), "mid": (0.65, 0.04, 0.025), "heavy": (0.9, 0.08, 0.05)}


def damage(lines, strength, rng, protect=()):
    pd, pl, pr = STRENGTH[strength]
    table = DIGIT_HEAVY if strength == "heavy" else DIGIT
    out = []
    for line in lines:
        keep = {}
        for i, name in enumerate(protect):
            if name in line:
                ph = f"\x00{i}\x00"
                keep[ph] = name
                line = line.replace(name, ph)
        toks = line.split(" ")
        new = []
        for t in toks:
            if "\x00" in t:
                new.append(t)
                continue
            if any(c.isdigit() for c in t) and rng.random() < pd:
                t = "".join(table.get(c, c) if rng.random() < 0.7 else c for c in t)
            elif t.isalpha() and len(t) > 3 and rng.random() < pl:
                a, z = rng.choice(LETTER)
                if a in t:
                    t = t.replace(a, z, 1)
            new.append(t)
        s = ""
        for i, t in enumerate(new):
            if i == 0:
                s = t
            elif t and new[i - 1] and rng.random() < pr and "\x00" not in t + new[i - 1]:
                s += t
            else:
                s += " " + t
        for ph, name in keep.items():
            s = s.replace(ph, name)
        out.append(s)
    return out


def stamp(doc, page_in_doc):
    return f"{doc.release} - Page {doc.page + page_in_doc} of {doc.get('release_pages', 212)}"


def released_line(lang):
    if lang == "fr":
        return "Divulgué en vertu de la LAI - renseignements NON CLASSIFIÉS"
    if lang == "bi":
        return "Released under the ATIA - unclassified information / Divulgué en vertu de la LAI - renseignements non classifiés"
    return "Released under the ATIA - unclassified information"


def paginate_pdf(doc, lines, per=58):
    pages = []
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    doc.npages = len(chunks)
    for i, chunk in enumerate(chunks):
        head = [doc.banner.center(100), released_line(doc.lang).rjust(110), ""]
        foot = ["", doc.banner.center(100), stamp(doc, i).rjust(110)]
        pages.append("\n".join(head + chunk + foot))
    return pages


def paginate_ocr(doc, lines, per=46):
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    if doc.get("footer", "stamp") == "stamp" and doc.release:
        doc.npages = len(chunks)
    out = []
    n = len(chunks)
    for i, chunk in enumerate(chunks):
        if doc.banner:
            out.append(doc.banner.center(70))
        if i and doc.get("running"):
            out.append(doc.running)
        out.append("")
        out += chunk
        out.append("")
        foot = doc.get("footer", "stamp")
        if foot == "stamp" and doc.release:
            out.append(stamp(doc, i).rjust(76))
        elif foot == "dash":
            out.append(f"- {i + 1} -".center(70))
        elif foot == "ofn":
            out.append(f"Page {i + 1} of {n}" if doc.lang != "fr" else f"Page {i + 1} de {n}")
        elif foot == "bare":
            out.append(str(i + 1))
        if doc.release and doc.get("released_stamp", True):
            out.append(released_line(doc.lang))
        if doc.banner:
            out.append(doc.banner.center(70))
        out.append("\f" if doc.get("formfeed") else "")
    return out


def columns(doc, blocks):
    left, right = [], []
    for b in blocks:
        if b[0] in ("kv",):
            left += textwrap.wrap(f"{b[1]}: {b[2]}", 40, subsequent_indent="  ")
        elif b[0] in ("bul", "line"):
            left += textwrap.wrap(b[1], 40, initial_indent="- " if b[0] == "bul" else "",
                                  subsequent_indent="  ")
        elif b[0] == "title":
            left += [b[1][:40], ""]
        elif b[0] == "h":
            right += ["", b[1].upper()]
        elif b[0] == "p":
            right += textwrap.wrap(b[1], 46)
        elif b[0] == "num":
            right += textwrap.wrap(f"{b[1]}. {b[2]}", 46)
    return [(l_.ljust(44) + r).rstrip() for l_, r in zip_longest(left, right, fillvalue="")]


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def to_docx(doc, blocks, lang):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc.banner
    sec.footer.paragraphs[0].text = (f"{doc.release}  |  {released_line(lang)}  |  " if doc.release else "") + doc.banner
    sep = " :" if lang == "fr" else ":"
    table = None
    for b in blocks:
        k = b[0]
        if k != "kv":
            table = None
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h":
            d.add_heading(b[1], level=1)
        elif k == "kv":
            if doc.get("docx_kv") == "table":
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                cells = table.add_row().cells
                cells[0].text = b[1]
                cells[1].text = b[2]
            else:
                para = d.add_paragraph()
                para.add_run(b[1] + sep).bold = True
                para.add_run(" " + b[2])
        elif k in ("p", "line"):
            d.add_paragraph(b[1])
        elif k == "bul":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "num":
            d.add_paragraph(b[2], style="List Number")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
        elif k == "chart":
            for ln in b[1]:
                para = d.add_paragraph()
                run = para.add_run(ln)
                run.font.name = "Courier New"
                run.font.size = Pt(8)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


CURLY = str.maketrans({"'": "\u2019"})


def render(doc, blocks):
    """the bytes of the document"""
    lang = doc.lang
    rng = random.Random(doc.name)
    protect = [n for n in T.NAMES]
    top = [doc.banner, ""] if doc.banner else []
    tail = ["", doc.banner] if doc.banner else []
    if doc.release:
        top = top + [f"{doc.release} - {released_line(lang)}", ""]
    if doc.kind == "markdown":
        return ("\n".join(f"**{t}**" if t else t for t in top) + "\n" + to_markdown(blocks, lang)
                + "\n".join(f"**{t}**" if t else t for t in tail) + "\n").encode("utf-8")
    if doc.kind == "text":
        lines = to_lines(blocks, lang, bullet="• ")
        return ("\n".join(top + lines + tail) + "\n").encode("utf-8")
    if doc.kind == "text-cp1252":
        lines = to_lines(blocks, lang, pad=30, bullet="\u2022 ")
        text = "\r\n".join(top + lines + tail) + "\r\n"
        text = text.translate(CURLY)
        return text.encode("cp1252")
    if doc.kind == "pdf":
        lines = to_lines(blocks, lang, wrap=100, bullet="- ")
        return pdf_bytes(paginate_pdf(doc, lines))
    if doc.kind == "docx":
        return to_docx(doc, blocks, lang)
    if doc.kind == "ocr":
        lines = to_lines(blocks, lang, wrap=0, bullet="* ")
        lines = hyphen_wrap(lines, 74, rng, {"light": 0.3, "mid": 0.5, "heavy": 0.7}[doc.dmg])
        lines = paginate_ocr(doc, lines)
        lines = damage(lines, doc.dmg, rng, protect)
        return ("\n".join(lines) + "\n").encode("utf-8")
    if doc.kind == "ocr-columns":
        lines = columns(doc, blocks)
        lines = paginate_ocr(doc, lines, per=50)
        lines = damage(lines, doc.dmg, rng, protect)
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(doc.kind)


# ---------------------------------------------------------------------------------------------
# truth


def truth(doc, p):
    lang = doc.lang
    sup = T.SUPERVISORS[p["sup"]]
    red = set(doc.red)
    f = {}
    f["title"] = p["title_fr"] if lang == "fr" else p["title"]
    f["classification"] = p["classification"]
    job = doc.get("job_text", p["job_code"])
    f["job_code"] = None if (job is False or not job.isdigit()) else job
    pn = doc.get("posnum_text") or p["position_number"]
    f["position_number"] = None if ("pos" in red or not pn.isdigit()) else pn
    f["effective_date"] = None if doc.get("date_text") else doc.date
    f["supervisor"] = {
        "position_number": None if (doc.sup in ("sent", "chart") or "sup_pos" in red) else sup[3],
        "title": sup[1] if lang == "fr" else sup[0],
        "classification": None if "sup_class" in red else sup[2],
    }
    reps = []
    for r in p["reports"]:
        if r.get("withheld"):
            continue
        reps.append({"title": r["title_fr"] if lang == "fr" else r["title"], "classification": r["classification"],
                     "fte": r["fte"] if r.get("fte_shown", True) else None})
    f["direct_reports"] = reps or None
    f["salary"] = None if "salary" in red else p["salary"]
    f["o_and_m"] = None if "o_and_m" in red else p["om"]
    f["total"] = None if ("total" in red or not doc.total) else p["salary"] + p["om"]
    f["location"] = T.LOC_FR[p["location"]] if lang == "fr" else p["location"]
    not_stated = []
    for k, v in f.items():
        if v is None:
            not_stated.append(k)
        elif k == "supervisor":
            not_stated += [f"supervisor.{kk}" for kk, vv in v.items() if vv is None]
    also = {"department": T.AGENCY_FR if lang == "fr" else T.AGENCY}
    if lang == "bi":
        also["department_fr"] = T.AGENCY_FR
        also["title_fr"] = p["title_fr"]
    also["fte"] = None if "fte" in red else p["fte"]
    if doc.release:
        also["release"] = doc.release
    if doc.release and doc.get("npages"):
        also["release_pages"] = f"{doc.page}-{doc.page + doc.npages - 1} of {doc.get('release_pages', 212)}"
    also["banner"] = doc.banner
    if red:
        ren = {"pos": "position_number", "sup_pos": "supervisor.position_number",
               "sup_class": "supervisor.classification", "fte": "fte"}
        also["redacted"] = sorted(ren.get(x, x) for x in red)
    withheld = sum(1 for r in p["reports"] if r.get("withheld"))
    if withheld:
        also["withheld_reports"] = withheld
    if doc.dmg:
        also["damage"] = doc.dmg
    if p["sup"] in IN_CORPUS:
        also["reports_to_in_corpus"] = doc.get("sup_file")
    if doc.get("also"):
        also.update(doc.also)
    people = [n for n, _ in (doc.names or []) if n in T.NAMES]
    if doc.get("incumbent") in T.NAMES and doc.incumbent not in people:
        people.append(doc.incumbent)
    return f, not_stated, also, people


# ---------------------------------------------------------------------------------------------
# YAML out (small, deterministic)


def yq(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def ydump(obj, indent=0):
    pad = " " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict) and v:
                out.append(f"{pad}{k}:")
                out += ydump(v, indent + 2)
            elif isinstance(v, list) and v:
                out.append(f"{pad}{k}:")
                for item in v:
                    if isinstance(item, dict):
                        first = True
                        for kk, vv in item.items():
                            out.append(f"{pad}{'- ' if first else '  '}{kk}: {yq(vv)}")
                            first = False
                    else:
                        out.append(f"{pad}- {yq(item)}")
            elif isinstance(v, (list, dict)):
                out.append(f"{pad}{k}: {'[]' if isinstance(v, list) else '{}'}")
            else:
                out.append(f"{pad}{k}: {yq(v)}")
    return out


def write_expected(name, kind, lang, outcome, fields, not_stated, also, people, versions):
    doc = {"document": name, "kind": kind, "language": lang, "outcome": outcome}
    lines = ydump(doc)
    if fields is None:
        lines.append("fields: null")
    else:
        lines.append("fields:")
        lines += ydump(fields, 2)
    lines += ydump({"not_stated": not_stated}) if not_stated else ["not_stated: []"]
    lines += ydump({"also": also}) if also else ["also: {}"]
    lines += ydump({"people": people}) if people else ["people: []"]
    if versions:
        lines.append("versions:")
        lines += ydump(versions, 2)
    else:
        lines.append("versions: null")
    (EXPECTED / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------

def main():
    from specs import SPECS, REFUSALS, VARIANTS
    for folder in (CORPUS, EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
    base = build_positions()
    # file of each in-corpus supervisor's (newest) description
    sup_file = {}
    for doc in SPECS:
        for skey, pkey in IN_CORPUS.items():
            if doc.key == pkey and not (doc.version and doc.version.get("older")):
                sup_file[skey] = doc.name
    version_groups = {}
    for doc in SPECS:
        if doc.version:
            version_groups.setdefault(doc.version["group"], []).append(doc)
    for doc in SPECS:
        p = copy.deepcopy(base[doc.key])
        for mod in VARIANTS.get(doc.name, []):
            mod(p)
        p["fte"] = fte_of(p)
        if doc.get("fte_override"):
            p["fte"] = doc.fte_override
        p["salary"] = doc.get("salary") or round(p["fte"] * p["per"] * 1000, -4)
        if doc.get("salary_factor"):
            p["salary"] = int(round(p["salary"] * doc.salary_factor, -4))
        if doc.get("former"):
            year, factor = doc.former
            doc.salary_note = f" ({year}: {fmt_amount(int(round(p['salary'] * factor, -4)), doc.amtf)})"
        for i in doc.get("fte_hidden", []):
            p["reports"][i]["fte_shown"] = False
        for i in doc.get("withheld_rows", []):
            p["reports"][i]["withheld"] = True
        doc.sup_file = sup_file.get(p["sup"])
        blocks, _ = blocks_for(doc, p)
        if doc.get("extra_blocks"):
            blocks = doc.extra_blocks(blocks)
        data = render(doc, blocks)
        if doc.kind == "pdf":
            doc.npages = data.count(b"/Type /Page ") or 1
        (CORPUS / doc.name).write_bytes(data)
        f, ns, also, people = truth(doc, p)
        versions = None
        if doc.version:
            g = version_groups[doc.version["group"]]
            versions = {"documents": [d.name for d in g], "newest": g[-1].name,
                        "same_text": doc.version.get("same_text", False), "note": doc.version["note"]}
        write_expected(doc.name, doc.kind, doc.lang, "import", f, ns, also, people, versions)
    for r in REFUSALS:
        (CORPUS / r["name"]).write_bytes(r["bytes"]())
        write_expected(r["name"], r["kind"], r["lang"], "refuse", None, [], r["also"], r["people"], None)


if __name__ == "__main__":
    main()
