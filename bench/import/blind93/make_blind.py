"""Writes the blind93 corpus: corpus/ (documents) and expected/ (ground truth), deterministically.

    /work/main/.venv/bin/python bench/import/blind93/make_blind.py

Seed look-alikes from Transport, Fisheries and Oceans (and the Coast Guard), Veterans Affairs,
Public Safety, Infrastructure and Statistics Canada: EX work descriptions in the seeds' format,
photocopied and OCR'd several generations deep. Positions, people and numbers are invented.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 93
WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fr_contract(s: str) -> str:
    for a, b in ((" de Infrastructure", " d'Infrastructure"), (" de Anciens", " d'Anciens"), (" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux ")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- label sets
L_EN = [
    dict(title="POSITION TITLE", pos="POSITION NUMBER", job="JOB CODE", cls="LEVEL", date="EFFECTIVE DATE",
         sup_title="SUPERVISOR'S POSITION TITLE", sup_pos="SUPERVISOR'S POSITION NO.", sup_cls="SUPERVISOR'S CLASSIFICATION",
         dept="DEPARTMENT", branch="BRANCH", loc="LOCATION", inc="INCUMBENT"),
    dict(title="TITLE", pos="POSITION NO.", job="Job code", cls="GROUP/LEVEL", date="EFFECTIVE DATE", reports="REPORTS TO",
         dept="DEPARTMENT", branch="SECTOR", loc="GEOGRAPHIC LOCATION", inc="Incumbent"),
    dict(title="Position Title", pos="Position Number", job="Position Job Code", cls="Classification", date="Effective Date",
         sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
         branch="Branch - Service", loc="Geographic Location", inc="Incumbent"),
    dict(title="OFFICIAL TITLE", pos="POS. NO.", job="GENERIC JOB CODE", cls="CLASSIFICATION", date="DATE EFFECTIVE",
         sup_title="IMMEDIATE SUPERVISOR", sup_pos="SUPERVISOR POS. NO.", sup_cls="SUPERVISOR LEVEL", dept="ORGANIZATION",
         loc="WORK LOCATION", inc="NAME OF INCUMBENT"),
    dict(title="Job Title", pos="Position #", job="Job Code No.", cls="Group and Level", date="Date of Classification",
         reports="Reports to", branch="Branch", loc="Location", inc="Incumbent"),
]
L_FR = [
    dict(title="TITRE DU POSTE", pos="NUMÉRO DU POSTE", job="CODE DE L'EMPLOI", cls="NIVEAU", date="DATE D'ENTRÉE EN VIGUEUR",
         sup_title="TITRE DU POSTE DU SUPERVISEUR", sup_pos="NUMÉRO DU POSTE DU SUPERVISEUR", sup_cls="CLASSIFICATION DU SUPERVISEUR",
         dept="MINISTÈRE", branch="DIRECTION GÉNÉRALE", loc="LIEU DE TRAVAIL", inc="TITULAIRE"),
    dict(title="Titre", pos="No du poste", job="Code d'emploi", cls="Groupe et niveau", date="En vigueur le", reports="Relève de",
         dept="Ministère", branch="Secteur", loc="Emplacement géographique", inc="Titulaire"),
    dict(title="Titre du poste", pos="N° de poste", job="Code de l'emploi", cls="Classification", date="Date de prise d'effet",
         sup_pos="N° de poste du superviseur", sup_title="Titre du superviseur", sup_cls="Classification du superviseur",
         branch="Direction générale", loc="Lieu", inc="Titulaire du poste"),
]
BI_PAIRS = [(0, 0), (2, 2), (1, 1)]

HEADS = {
    "en": dict(ga=["GENERAL ACCOUNTABILITY", "General Accountability", "GENERAL ACCOUNTABILITIES"],
               org=["ORGANIZATION STRUCTURE", "ORGANIZATIONAL STRUCTURE", "Organization Structure"],
               ns=["NATURE AND SCOPE", "NATURE & SCOPE", "Nature and Scope"],
               dim=["DIMENSIONS", "Dimensions", "DIMENSIONS"],
               sa=["SPECIFIC ACCOUNTABILITIES", "Specific Accountabilities", "KEY ACTIVITIES"],
               cert=["CERTIFICATION", "Certification", "SIGNATURES"]),
    "fr": dict(ga=["RESPONSABILITÉ GÉNÉRALE", "Responsabilités générales", "RAISON D'ÊTRE DU POSTE"],
               org=["STRUCTURE ORGANISATIONNELLE", "Structure de l'organisation", "ORGANISATION"],
               ns=["NATURE ET ÉTENDUE", "Nature et portée", "NATURE ET ÉTENDUE"],
               dim=["DIMENSIONS", "Dimensions", "DONNÉES QUANTITATIVES"],
               sa=["RESPONSABILITÉS SPÉCIFIQUES", "Activités principales", "RESPONSABILITÉS PARTICULIÈRES"],
               cert=["CERTIFICATION", "Attestation", "SIGNATURES"]),
}

# ---------------------------------------------------------------- notations


def dmg_digits(s: str, p: float, rng: random.Random) -> str:
    out = []
    for ch in s:
        if p and ch in "0158" and rng.random() < p:
            ch = {"0": "O", "1": rng.choice("Il"), "5": "S", "8": "B"}[ch]
        out.append(ch)
    return "".join(out)


def fmt_cls(cls: str, style: int) -> str:
    grp, lvl = cls.rsplit("-", 1)
    n = int(lvl)
    return [f"{grp}-{lvl}", f"{grp} {lvl}", f"{grp}-{n}", f"({grp}-{lvl})", f"{grp}{lvl}", f"{grp.title()}-{lvl}",
            f"{grp} - {lvl}"][style]


def fmt_date(d: dt.date, style: int, lang: str) -> str:
    if d.day <= 12 and ((lang == "fr" and style % 6 == 4) or (lang != "fr" and style % 8 == 7)):
        style = 0
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day} {FR_ABBR[d.month - 1]} {d.year}"][style % 6]
    m = MONTHS_EN[d.month - 1]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(), f"{m[:3].upper()} {d.day} {d.year}",
            f"{d.day:02d}-{m[:3].upper()}-{d.year}", f"{d.year}.{d.month:02d}.{d.day:02d}", f"{m} {d.day}{suffix}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 8]


def _dec(x: float, places: int) -> str:
    return f"{x:.{places}f}".rstrip("0").rstrip(".")


def fmt_amount(a: int, style: str) -> str:
    if style == "comma":
        return f"${a:,}"
    if style == "cents":
        return f"${a:,}.00"
    if style == "M":
        return f"${_dec(a / 1e6, 3)}M" if a >= 1_000_000 else f"${a // 1000}K"
    if style == "K":
        return f"${a // 1000:,}K"
    if style == "million":
        return f"${_dec(a / 1e6, 3)} million" if a >= 1_000_000 else f"${a:,}"
    if style == "esp":
        return f"{a:,}".replace(",", " ") + " $"
    if style == "cents_fr":
        return f"{a:,}".replace(",", " ") + ",00 $"
    if style == "Mfr":
        return (_dec(a / 1e6, 3).replace(".", ",") + " M$") if a >= 1_000_000 else f"{a // 1000} k$"
    if style == "kfr":
        return f"{a // 1000:,}".replace(",", " ") + " k$"
    if style == "million_fr":
        return (_dec(a / 1e6, 3).replace(".", ",") + " millions $") if a >= 1_000_000 else f"{a:,}".replace(",", " ") + " $"
    raise ValueError(style)


AMOUNT_STYLES = {"en": ["comma", "cents", "M", "K", "million", "M", "comma"],
                 "fr": ["esp", "cents_fr", "Mfr", "kfr", "million_fr", "Mfr"]}

# ---------------------------------------------------------------- OCR damage of prose
CONFUSIONS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("i", "l"), ("l", "i"), ("h", "b"), ("ti", "ki"),
              ("o", "a"), ("l", "t"), ("ll", "fl"), ("t", "l"), ("n", "ri"), ("s", "e"), ("c", "e"), ("u", "ii")]


def dmg_prose(text: str, st: int, rng: random.Random) -> str:
    if st == 0:
        return text
    pw, pj, ps = [(0, 0, 0), (0.03, 0.01, 0.005), (0.07, 0.025, 0.012), (0.12, 0.04, 0.02)][st]
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < pw:
            cands = [(a, b) for a, b in CONFUSIONS if a in w[1:]]
            if cands:
                a, b = rng.choice(cands)
                i = w.index(a, 1)
                w = w[:i] + b + w[i + len(a):]
        if len(w) >= 7 and w.isalpha() and rng.random() < ps:
            k = rng.randint(2, len(w) - 3)
            w = w[:k] + " " + w[k:]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i and not (rng.random() < pj and out[i - 1][-1:].isalpha() and w[:1].isalpha()):
            s += " "
        s += w
    return s


def wrap(text: str, width: int, hyph: float, rng: random.Random) -> list[str]:
    lines, cur = [], ""
    for w in text.split(" "):
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        elif len(w) >= 8 and w.isalpha() and rng.random() < hyph and len(cur) + 5 < width:
            k = min(len(w) - 3, max(3, width - len(cur) - 2))
            lines.append(cur + " " + w[:k] + "-")
            cur = w[k:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- planning a document
class Doc:
    pass


def name_of(rng: random.Random) -> str:
    return f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"


def plan_values(key, rng: random.Random):
    row = next(p for p in T.POSITIONS if p[0] == key)
    (key, dep, t_en, t_fr, lvl, s_en, s_fr, s_lvl, subj_en, subj_fr, loc, br_en, br_fr) = row
    v = Doc()
    v.key, v.dep, v.t_en, v.t_fr, v.lvl = key, dep, t_en, t_fr, lvl
    v.s_en, v.s_fr, v.s_lvl, v.subj_en, v.subj_fr, v.loc, v.br_en, v.br_fr = s_en, s_fr, s_lvl, subj_en, subj_fr, loc, br_en, br_fr
    v.cls = f"EX-0{lvl}"
    v.s_cls = f"EX-0{s_lvl}"
    v.pos = str(rng.randint(10000, 99999)) if rng.random() < 0.7 else str(rng.randint(100000, 999999))
    v.job = str(rng.randint(100000, 109999))
    v.s_pos = str(rng.randint(10000, 99999))
    v.date = dt.date(rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28))
    if lvl >= 2 and key in ("tc-rail", "dfo-frm", "vac-sdpm", "ps-cp", "infc-po", "stc-census") or lvl == 3:
        pool = T.DIRECTORS[dep]
        n = rng.randint(3, 5)
        picks = rng.sample(pool, n)
        v.reports = [dict(en=a, fr=b, cls="EX-01", fte=rng.randint(18, 160)) for a, b in picks]
    else:
        pool = T.MANAGERS[dep]
        n = rng.randint(2, 5)
        picks = rng.sample(pool, n)
        v.reports = [dict(en=a, fr=b, cls=c, fte=(1 if "Assist" in a or "Administrative" in a else rng.randint(3, 45))) for a, b, c in picks]
        if lvl == 2 and rng.random() < 0.6:
            a, b = rng.choice(T.DIRECTORS[dep])
            v.reports.insert(0, dict(en=a, fr=b, cls="EX-01", fte=rng.randint(20, 70)))
    v.fte = sum(r["fte"] for r in v.reports) + rng.randint(1, 4)
    v.salary = v.fte * rng.choice([85, 90, 95, 100, 105]) * 1000 // 10000 * 10000
    v.om = rng.randint(8, 90) * 10000 if lvl < 3 else rng.randint(40, 400) * 10000
    v.total = v.salary + v.om
    v.gc = rng.choice([None, None, None, rng.randint(5, 900) * 1_000_000 // 10])
    return v


# ---------------------------------------------------------------- rendering a work description
def render_wd(v, o, rng):
    """Returns (lines, truth): lines are (text, tag) with tag in h (heading), f (field), p (prose), l (list/row), s (sig)."""
    lang = o.lang
    L = []
    tr = dict(title=v.t_en if lang != "fr" else v.t_fr, classification=v.cls, job_code=None, position_number=None,
              effective_date=None, supervisor=dict(position_number=None, title=None, classification=None),
              direct_reports=[], salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    people = []
    nrng = random.Random(f"{SEED}:names:{v.key}")  # the same people on every copy of a position
    dd = lambda s: dmg_digits(s, o.dp, rng)  # noqa: E731

    def lab(k):
        if lang == "bi":
            le, lf = L_EN[o.bi[0]], L_FR[o.bi[1]]
            if k in le and k in lf:
                return f"{le[k]} / {lf[k]}"
            return le.get(k) or lf.get(k)
        return o.labels.get(k)

    def field(k, value):
        label = lab(k)
        if label is None:
            return False
        sep = o.sep
        if o.fl == "next":
            L.append((label + (":" if o.colon else ""), "f"))
            L.append(("    " + value, "f"))
        elif o.fl == "dots":
            L.append((label + " " + "." * max(3, 34 - len(label)) + " " + value, "f"))
        elif o.fl == "tabs":
            L.append((label + "\t" + value, "f"))
        else:
            L.append((label + sep + value, "f"))
        return True

    def heading(k, n):
        hs = HEADS["en" if lang == "bi" else lang][k]
        h = hs[o.hstyle % len(hs)]
        if lang == "bi":
            h = HEADS["en"][k][o.hstyle % 3] + " / " + HEADS["fr"][k][o.hstyle % 3]
        if o.hnum == 1:
            h = f"{n}. {h}"
        elif o.hnum == 2:
            h = f"{'ABCDEFGH'[n - 1]}) {h}"
        if o.hcolon:
            h += ":"
        L.append((h, "h"))

    # ---- header block
    top = {"en": ["EXECUTIVE WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION - EX GROUP",
                  "Job Description"],
           "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE DE CADRE SUPÉRIEUR",
                  "DESCRIPTION DE TRAVAIL (EX)", "Description de poste"],
           "bi": ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL",
                  "EX GROUP / GROUPE EX", "Job Description / Description de poste"]}[lang][o.top]
    dept_line = {"en": T.DEPTS[v.dep]["en"], "fr": T.DEPTS[v.dep]["fr"],
                 "bi": T.DEPTS[v.dep]["en"] + " / " + T.DEPTS[v.dep]["fr"]}[lang]
    if o.dept_first:
        L.append((dept_line.upper() if o.caps_dept else dept_line, "f"))
    L.append((top, "h"))
    if o.job_first and o.has_job:
        field("job", dd(v.job))
        tr["job_code"] = v.job
    if lang == "bi" and o.bi_title == "two":
        field("title", v.t_en)
        L.append(("    " + v.t_fr, "f"))
    elif lang == "bi":
        field("title", f"{v.t_en} / {v.t_fr}")
    else:
        t = tr["title"]
        if o.title_dmg:
            t = o.title_dmg
        field("title", t)
    cls_s = dd(fmt_cls(v.cls, o.cls_style))
    field("cls", cls_s + (" (Proposed)" if o.proposed and lang != "fr" else " (proposé)" if o.proposed else ""))
    if o.posmode == "num":
        pos_s = o.pos_unreadable or dd(v.pos)
        if field("pos", pos_s):
            tr["position_number"] = v.pos
    elif o.posmode in ("NEW", "TBD", "NOUVEAU", "À DÉTERMINER"):
        field("pos", o.posmode)
        also["provisional_number"] = o.posmode
    if not o.job_first and o.has_job:
        if field("job", dd(v.job)):
            tr["job_code"] = v.job
    if o.has_date:
        if field("date", dd(fmt_date(o.date, o.date_style, "fr" if lang == "fr" else "en"))):
            tr["effective_date"] = o.date
    elif o.date_blank:
        field("date", "")
    # supervisor in the header
    sup_t = v.s_fr if lang == "fr" else v.s_en
    if o.supmode == "fields" and lab("sup_title") and lab("sup_pos"):
        field("sup_pos", dd(v.s_pos))
        field("sup_title", sup_t)
        field("sup_cls", dd(fmt_cls(v.s_cls, o.cls_style2)))
        tr["supervisor"] = dict(position_number=v.s_pos, title=sup_t, classification=v.s_cls)
    elif o.supmode in ("fields", "reports") and lab("reports"):
        if o.sup_cls_in_reports:
            field("reports", f"{sup_t} ({dd(fmt_cls(v.s_cls, 0))})")
            tr["supervisor"] = dict(position_number=None, title=sup_t, classification=v.s_cls)
        else:
            field("reports", sup_t)
            tr["supervisor"] = dict(position_number=None, title=sup_t, classification=None)
    elif o.supmode in ("fields", "reports"):
        o.supmode = "sentence"
    if o.has_dept and lab("dept"):
        field("dept", dept_line)
    br = {"en": v.br_en, "fr": v.br_fr, "bi": f"{v.br_en} / {v.br_fr}"}[lang]
    if lab("branch"):
        field("branch", br)
    if o.has_loc and o.loc_top and lab("loc"):
        loc = o.loc_str
        field("loc", loc)
        tr["location"] = o.loc_truth
    if o.incumbent and lab("inc"):
        nm = name_of(nrng)
        people.append(nm)
        field("inc", nm)
    L.append(("", "b"))

    # ---- sections
    dept_name = T.DEPTS[v.dep]["fr" if lang == "fr" else "en"]
    title_here = v.t_fr if lang == "fr" else v.t_en
    fmt = dict(title=title_here, subj=v.subj_fr if lang == "fr" else v.subj_en, dept=dept_name,
               sup=(v.s_fr if lang == "fr" else v.s_en))
    if lang == "fr":
        fmt["dept"] = T.DEPTS[v.dep]["fr"]
    order = o.order
    n = 0
    for sec in order:
        n += 1
        if sec == "ga":
            heading("ga", n)
            P = T.GA_FR if lang == "fr" else T.GA_EN
            L.append((P[o.ga % 3].format(**fmt), "p"))
            if lang == "bi":
                L.append((T.GA_FR[o.ga % 3].format(**dict(fmt, title=v.t_fr, subj=v.subj_fr, dept=T.DEPTS[v.dep]["fr"], sup=v.s_fr)), "p"))
            if o.csr:
                L.append(((T.CSR_FR if lang == "fr" else T.CSR_EN).format(**fmt), "p"))
        elif sec == "org":
            heading("org", n)
            if o.supmode == "sentence":
                sc = dd(fmt_cls(v.s_cls, o.cls_style2))
                if lang == "fr":
                    s = f"Le {title_here} relève du {v.s_fr} ({sc})"
                    if o.sent_pos:
                        s += f", poste no {dd(v.s_pos)}"
                    s += f", et est l'un des {o.peers} postes qui relèvent de ce dernier."
                else:
                    s = f"The {title_here} reports to the {v.s_en} ({sc})"
                    if o.sent_pos:
                        s += f", position no. {dd(v.s_pos)}"
                    s += f", and is one of {o.peers} positions reporting to the {v.s_en.split(',')[0]}."
                L.append((s, "p"))
                tr["supervisor"] = dict(position_number=v.s_pos if o.sent_pos else None,
                                        title=v.s_fr if lang == "fr" else v.s_en, classification=v.s_cls)
            render_reports(v, o, L, tr, rng, lang, dd)
        elif sec == "ns":
            heading("ns", n)
            L.append((T.DEPTS[v.dep]["ctx_fr" if lang == "fr" else "ctx_en"], "p"))
            P = T.NS_FR if lang == "fr" else T.NS_EN
            for i in o.ns:
                L.append((P[i].format(**fmt), "p"))
        elif sec == "dim":
            heading("dim", n)
            render_dims(v, o, L, tr, also, rng, lang, dd)
        elif sec == "sa":
            heading("sa", n)
            P = T.SA_FR if lang == "fr" else T.SA_EN
            intro = {"fr": f"Le {title_here} est responsable de ce qui suit :",
                     "en": f"The {title_here} is specifically accountable for:"}["fr" if lang == "fr" else "en"]
            if o.sa_intro:
                L.append((intro, "p"))
            for i, k in enumerate(o.sa):
                mark = [f"{i + 1}.", f"{i + 1})", "-", "\u2022", "o", f"{'abcdefghij'[i]})"][o.sa_mark]
                if o.sa_mark == 0 and o.dp > 0.2 and i + 1 in (1, 5, 8) and rng.random() < 0.7:
                    mark = {1: "I.", 5: "S.", 8: "B."}[i + 1]
                L.append((f"{mark} {P[k].format(**fmt)}", "p"))
        elif sec == "cert":
            heading("cert", n)
            L.append((T.CERT_FR if lang == "fr" else T.CERT_EN, "p"))
            render_sigs(v, o, L, people, nrng, lang)
    if o.has_loc and not o.loc_top:
        if lang == "fr":
            L.append((f"Lieu : {o.loc_str}", "f"))
        else:
            L.append((f"Location: {o.loc_str}", "f"))
        tr["location"] = o.loc_truth
    return L, tr, also, people


def render_reports(v, o, L, tr, rng, lang, dd):
    fr = lang == "fr"
    ttl = v.t_fr if fr else v.t_en
    if o.rmode != "prose":
        L.append((f"Les postes suivants relèvent du {ttl} :" if fr else
                  [f"The following positions report to the {ttl}:", f"Reporting to the {ttl} are:",
                   "Direct reports:"][o.rintro], "p"))
    items = []
    for r in v.reports:
        t = r["fr"] if fr else r["en"]
        c = r["cls"] if not r.get("no_cls") else None
        f = r["fte"] if not r.get("no_fte") else None
        tr["direct_reports"].append(dict(title=t, classification=c, fte=f))
        cs = dd(fmt_cls(c, o.rcls_style)) if c else None
        fs = dd(str(f)) if f is not None else None
        unit = o.fte_word
        duty = rng.choice(["the planning and delivery of the unit's operational work plan",
                           "the development of policy advice and analysis",
                           "program monitoring, performance measurement and reporting",
                           "the management of inspections, audits and compliance activities",
                           "stakeholder relations and the coordination of horizontal files"]) if not fr else \
            rng.choice(["la planification et l'exécution du plan de travail opérationnel de l'unité",
                        "l'élaboration de conseils et d'analyses stratégiques",
                        "la surveillance des programmes, la mesure du rendement et l'établissement de rapports",
                        "la gestion des inspections, des vérifications et des activités de conformité"])
        resp = "responsable de" if fr else "responsible for"
        if o.rmode == "colon":
            inner = ", ".join(x for x in [cs, f"{fs} {unit}" if fs else None] if x)
            items.append((f"- {t}" + (f" ({inner})" if inner else "") + f": {resp} {duty}.", "l"))
        elif o.rmode == "classfirst":
            s = (f"{cs} - " if cs else "") + t + (f" ({fs} {unit})" if fs else "") + ";"
            items.append((s, "l"))
        elif o.rmode == "accountable":
            inner = ", ".join(x for x in [cs, f"{fs} {unit}" if fs else None] if x)
            acc = "chargé de :" if fr else "accountable for:"
            items.append((f"{t}" + (f" ({inner})" if inner else "") + f" {acc} {duty}.", "l"))
        elif o.rmode == "endash":
            parts = [t] + ([cs] if cs else []) + ([f"{fs} {unit}"] if fs else [])
            items.append(("\u2022 " + " \u2013 ".join(parts), "l"))
        elif o.rmode == "staffof":
            s = t + (f" ({cs})" if cs else "")
            if fs:
                s += f", (effectif de {fs})" if fr else f", (staff of {fs})"
            items.append((s + f" {resp} {duty};", "l"))
        elif o.rmode == "table":
            items.append((f"{t:<52}{cs or '':<16}{fs or ''}".rstrip(), "l"))
        elif o.rmode == "prose":
            s = f"le {t}" if fr else f"the {t}"
            if cs:
                s += f" ({cs})"
            if fs:
                s += f", avec un effectif de {fs} ETP" if fr else f", with a staff of {fs}"
            items.append((s, "x"))
    if o.rmode == "table":
        hdr = ("Poste", "Groupe/niveau", "ETP") if fr else ("Position", "Classification", "FTEs")
        L.append((f"{hdr[0]:<52}{hdr[1]:<16}{hdr[2]}", "l"))
    if o.rmode == "prose":
        lead = f"Relèvent du {ttl} : " if fr else f"Reporting to the {ttl} are "
        joined = "; ".join(s for s, _ in items[:-1]) + ("; et " if fr else "; and ") + items[-1][0] if len(items) > 1 else items[0][0]
        L.append((lead + joined + ".", "l"))
    else:
        L.extend(items)


def render_dims(v, o, L, tr, also, rng, lang, dd):
    fr = lang == "fr"
    A = lambda a: dd(fmt_amount(a, o.amt))  # noqa: E731
    fte_s = dd(str(v.fte))
    also["fte"] = v.fte
    if o.dmode == "lines":
        lab = (["Salaires", "F et E", "Total", "ETP"] if fr else
               [["Salary", "O&M", "Total", "FTEs"], ["Salary Budget", "Operating Budget (O&M)", "Total Budget", "FTE's"],
                ["Salaries", "Operations and Maintenance", "Total", "Number of FTEs"]][o.dlab])
        sep = " : " if fr else ": "
        L.append((lab[3] + sep + fte_s, "f"))
        L.append((lab[0] + sep + A(v.salary), "f"))
        L.append((lab[1] + sep + A(v.om), "f"))
        tr["salary"], tr["o_and_m"] = v.salary, v.om
        if o.dtotal:
            L.append((lab[2] + sep + A(v.total), "f"))
            tr["total"] = v.total
    elif o.dmode == "combined":
        if fr:
            L.append((f"Effectif : {fte_s} ETP", "f"))
            L.append((f"Budget de salaires et de fonctionnement combiné : {A(v.total)}", "f"))
        else:
            L.append((f"FTEs: {fte_s}", "f"))
            L.append((f"Combined Salary and Operating Budget: {A(v.total)}", "f"))
        tr["total"] = v.total
    elif o.dmode == "prose":
        if fr:
            s = (f"Le titulaire gère un effectif de {fte_s} ETP, un budget salarial de {A(v.salary)} et un budget de "
                 f"fonctionnement et d'entretien de {A(v.om)}")
            s += f", pour un total de {A(v.total)}." if o.dtotal else "."
        else:
            s = (f"The incumbent manages {fte_s} FTEs, a salary budget of {A(v.salary)} and an O&M budget of {A(v.om)}")
            s += f", for a total of {A(v.total)}." if o.dtotal else "."
        L.append((s, "p"))
        tr["salary"], tr["o_and_m"] = v.salary, v.om
        if o.dtotal:
            tr["total"] = v.total
    elif o.dmode == "table":
        h = ("ETP", "Salaires", "F et E", "Total") if fr else ("FTEs", "Salary", "O&M", "Total")
        L.append((f"{h[0]:<10}{h[1]:<18}{h[2]:<18}{h[3]}", "l"))
        L.append((f"{fte_s:<10}{A(v.salary):<18}{A(v.om):<18}{A(v.total)}", "l"))
        tr["salary"], tr["o_and_m"], tr["total"] = v.salary, v.om, v.total
    if v.gc:
        L.append(((f"Subventions et contributions : {A(v.gc)}" if fr else f"Grants and Contributions: {A(v.gc)}"), "f"))
        also["program_budget"] = v.gc


def render_sigs(v, o, L, people, rng, lang):
    fr = lang == "fr"
    a = name_of(rng)
    while a in people:
        a = name_of(rng)
    people.append(a)
    sd = dt.date(o.date.year, o.date.month, min(28, o.date.day)) if o.has_date else dt.date(2019, 6, 3)
    sup = v.s_fr if fr else v.s_en
    if o.sig_style == 0:
        L.append((f"{a}", "s"))
        L.append((sup, "s"))
        L.append((("Date : " if fr else "Date: ") + sd.isoformat(), "s"))
    elif o.sig_style == 1:
        L.append(((f"Signature du superviseur : {a}" if fr else f"Supervisor's signature: {a}"), "s"))
        L.append(((f"Titre : {sup}" if fr else f"Title: {sup}"), "s"))
    else:
        L.append((f"{sup}    {a}    " + rng.choice(["(i (CO;!;*;*;*; ! ~ !C", "[ Signatory: MA eget ee | Signet", "~/~ l'L.  ;.!"]), "s"))
    if o.second_sig:
        b = name_of(rng)
        while b in people:
            b = name_of(rng)
        people.append(b)
        adm = "Sous-ministre adjoint" if fr else "Assistant Deputy Minister"
        L.append((f"{b}, {adm}", "s"))


# ---------------------------------------------------------------- layouts
def to_plain_lines(L, o, rng, width):
    out = []
    for text, tag in L:
        if o.lang != "en":
            text = fr_contract(text)
        if tag in ("p", "x"):
            text = dmg_prose(text, o.st, rng)
            out.extend(wrap(text, width, o.hyph, rng))
        elif tag == "l":
            text = dmg_prose(text, max(0, o.st - 1), rng)
            out.extend(wrap(text, width, o.hyph / 2, rng) if o.rmode != "table" and len(text) > width else [text])
        elif tag == "h":
            if o.spaced_heads and text.isupper() and len(text) < 30 and rng.random() < 0.5:
                text = " ".join(text)
            out.append(dmg_prose(text, max(0, o.st - 1), rng))
        elif tag == "b":
            out.append("")
        else:
            out.append(text)
        if o.blank_after and tag in ("p", "h"):
            out.append("")
    return out


def running(o, page, npages):
    foot = o.footer
    num = [f"Page {page} of {npages}", f"- {page} -", f"{page}", f"{page}/{npages}", f"Page {page} de {npages}"][o.pnum]
    return foot, num


def layout_lines(lines, o, rng, plen):
    pages = [lines[i:i + plen] for i in range(0, len(lines), plen)]
    out = []
    for i, pg in enumerate(pages):
        if i and o.header:
            out.append(o.header)
        out.extend(pg)
        foot, num = running(o, i + 1, len(pages))
        if i < len(pages) - 1 or o.last_footer:
            out.append("")
            if foot:
                out.append(foot)
            out.append(num)
    if o.margin:
        a = rng.randint(3, max(4, len(out) // 3))
        b = min(len(out), a + rng.randint(15, 45))
        for k in range(a, b):
            if out[k] and rng.random() < 0.8:
                out[k] = rng.choice(["|", "!", "l", "'", ":", "i", "I", ".", "|", "\u00a6"]) + " " + out[k]
    return out


def layout_flow(lines, o, rng, plen):
    pages = [lines[i:i + plen] for i in range(0, len(lines), plen)]
    out = []
    for i, pg in enumerate(pages):
        body = " ".join(x.strip() for x in pg if x.strip())
        if i:
            body = f"{i + 1} " + body
        if o.footer and (i < len(pages) - 1 or o.last_footer):
            body += " " + o.footer
        out.append(body)
    return out


def columns(left, right, width, rng):
    lw = wrap(" ".join(left), width, 0.3, rng)
    rw = wrap(" ".join(right), width, 0.3, rng)
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    return [(a + rng.choice([" ", " | ", "  "]) + b).strip() for a, b in zip(lw, rw)]


# ---------------------------------------------------------------- options
def options(v, kind, lang, rng, **over):
    o = Doc()
    o.kind, o.lang = kind, lang
    if lang == "en":
        o.labels = L_EN[rng.randrange(len(L_EN))]
    elif lang == "fr":
        o.labels = L_FR[rng.randrange(len(L_FR))]
    else:
        o.labels = None
        o.bi = rng.choice(BI_PAIRS)
        o.bi_title = rng.choice(["two", "slash"])
    o.fl = rng.choice(["same", "same", "next", "dots", "tabs"]) if kind not in ("markdown",) else "same"
    o.sep = " : " if lang == "fr" else ": "
    o.colon = rng.random() < 0.6
    o.hstyle = rng.randrange(3)
    o.hnum = rng.choice([0, 0, 1, 2])
    o.hcolon = rng.random() < 0.3
    o.top = rng.randrange(4)
    o.dept_first = rng.random() < 0.5
    o.caps_dept = rng.random() < 0.5
    o.job_first = rng.random() < 0.3
    o.has_job = rng.random() < 0.75
    o.title_dmg = None
    o.cls_style = rng.choice([0, 0, 0, 1, 2, 3, 4, 5, 6])
    o.cls_style2 = rng.choice([0, 0, 1, 2, 3])
    o.rcls_style = rng.choice([0, 0, 0, 1, 2])
    o.proposed = rng.random() < 0.08
    r = rng.random()
    o.posmode = "num" if r < 0.86 else rng.choice(["NEW", "TBD"] if lang != "fr" else ["NOUVEAU", "À DÉTERMINER"])
    o.pos_unreadable = None
    o.has_date = rng.random() < 0.85
    o.date_blank = not o.has_date and rng.random() < 0.5
    o.date = v.date
    o.date_style = rng.randrange(8)
    o.supmode = rng.choice(["fields", "fields", "reports", "sentence"])
    o.sup_cls_in_reports = rng.random() < 0.6
    o.sent_pos = rng.random() < 0.5
    o.peers = rng.choice(["three", "four", "five", "six"] if lang != "fr" else ["trois", "quatre", "cinq", "six"])
    o.has_dept = rng.random() < 0.6
    o.has_loc = rng.random() < 0.85
    o.loc_top = rng.random() < 0.8
    city, prov = v.loc.split(", ")
    o.loc_str = rng.choice([v.loc, f"{city} ({prov})", city + ", " + {"Ontario": "ON", "Québec": "QC", "British Columbia": "BC",
                                                                       "New Brunswick": "NB", "Nova Scotia": "NS",
                                                                       "Prince Edward Island": "PEI", "Saskatchewan": "SK"}[prov]])
    if lang == "fr":
        o.loc_str = o.loc_str.replace("British Columbia", "Colombie-Britannique").replace("New Brunswick", "Nouveau-Brunswick") \
            .replace("Nova Scotia", "Nouvelle-Écosse").replace("Prince Edward Island", "Île-du-Prince-Édouard")
    o.loc_truth = v.loc
    if lang == "fr":
        o.loc_truth = o.loc_str if "(" not in o.loc_str and len(o.loc_str.split(", ")[1]) > 3 else \
            o.loc_str.replace(" (", ", ").rstrip(")")
        if len(o.loc_truth.split(", ")[1]) <= 3:
            o.loc_truth = v.loc
    o.incumbent = rng.random() < 0.35
    o.order = rng.choice([["ga", "org", "ns", "dim", "sa", "cert"], ["ga", "org", "ns", "dim", "sa", "cert"],
                          ["ga", "ns", "org", "dim", "sa", "cert"], ["ga", "dim", "org", "ns", "sa", "cert"],
                          ["ga", "org", "dim", "ns", "sa", "cert"]])
    o.ga = rng.randrange(3)
    o.csr = rng.random() < 0.2
    o.ns = sorted(rng.sample(range(3), rng.randint(1, 3)))
    o.sa = sorted(rng.sample(range(8), rng.randint(5, 8)))
    o.sa_intro = rng.random() < 0.5
    o.sa_mark = rng.choice([0, 0, 0, 1, 2, 3, 4, 5])
    o.rmode = rng.choice(["colon", "classfirst", "accountable", "endash", "staffof", "table", "prose"])
    o.rintro = rng.randrange(3)
    o.fte_word = rng.choice(["ETP", "ETP", "ETP"]) if lang == "fr" else rng.choice(["FTEs", "FTEs", "FTE", "FTE's"])
    o.dmode = rng.choice(["lines", "lines", "lines", "combined", "prose", "table"])
    o.dlab = rng.randrange(3)
    o.dtotal = rng.random() < 0.75
    o.amt = rng.choice(AMOUNT_STYLES["fr" if lang == "fr" else "en"])
    o.sig_style = rng.randrange(3)
    o.second_sig = rng.random() < 0.4
    o.st = rng.choice([1, 2, 2, 3])
    o.dp = {1: 0.08, 2: 0.2, 3: 0.35}[o.st]
    o.hyph = rng.choice([0.2, 0.4, 0.6])
    o.spaced_heads = rng.random() < 0.3
    o.blank_after = rng.random() < 0.4
    o.flow = rng.random() < 0.5
    o.wrapper = rng.random() < 0.7
    o.margin = rng.random() < 0.5
    o.pnum = rng.randrange(4) if lang != "fr" else rng.choice([1, 2, 3, 4])
    dep = T.DEPTS[v.dep]
    o.footer = rng.choice([dep["foot_fr" if lang == "fr" else "foot_en"], f"{v.br_en if lang != 'fr' else v.br_fr}",
                           "PROTECTED A (when completed)" if lang != "fr" else "PROTÉGÉ A (une fois rempli)", None])
    o.header = rng.choice([None, None, (v.t_fr if lang == "fr" else v.t_en)[:40] + " - " + ("EX" if lang != "fr" else "Groupe EX"),
                           dep["en" if lang != "fr" else "fr"].upper()])
    o.last_footer = rng.random() < 0.5
    o.columns = False
    for k, val in over.items():
        setattr(o, k, val)
    if kind == "text-cp1252":
        o.st, o.dp = 0, 0
    if kind == "pdf" and o.fl == "tabs":
        o.fl = "dots"
    if o.columns and o.rmode in ("table", "prose", "endash"):
        o.rmode = "classfirst"
    if o.columns and o.dmode == "table":
        o.dmode = "lines"
    # some direct reports without classification or FTEs
    for r in v.reports:
        r.pop("no_cls", None)
        r.pop("no_fte", None)
        if rng.random() < 0.1:
            r["no_cls"] = True
        if rng.random() < 0.12:
            r["no_fte"] = True
    return o


# ---------------------------------------------------------------- kinds
def render_columns(L, v, o, rng, width):
    """The structure section and the dimensions section side by side, read across the page."""
    def sect(tagname):
        i = next(k for k, (t, g) in enumerate(L) if g == "h" and tagname in t.upper())
        j = next((k for k in range(i + 1, len(L)) if L[k][1] == "h"), len(L))
        return i, j
    try:
        oi, oj = sect("ORGANI")
        di, dj = sect("DIMENSION")
    except StopIteration:
        return None
    org = [dmg_prose(t, max(0, o.st - 1), rng) for t, g in L[oi:oj]]
    dim = [t for t, g in L[di:dj]]
    cols = columns(org, dim, width, rng)
    rest = [x for k, x in enumerate(L) if not (oi <= k < oj or di <= k < dj)]
    head, tail = rest[:min(oi, di)], rest[min(oi, di):]
    return head, cols, tail


def build_wd(v, o, rng):
    L, tr, also, people = render_wd(v, o, rng)
    width = rng.choice([68, 74, 80]) if o.kind != "pdf" else 95
    if o.lang != "en":
        L = [(fr_contract(t), g) for t, g in L]
    if o.kind == "markdown":
        return render_markdown(L, o), tr, also, people
    if o.kind == "text-cp1252":
        lines = []
        for t, g in L:
            if g == "p":
                lines.extend(wrap(t.replace("'", "\u2019"), 90, 0, rng))
                lines.append("")
            elif g == "h":
                lines.append("")
                lines.append(t)
            else:
                lines.append(t.replace("'", "\u2019") if g in ("l", "x") else t)
        return "\r\n".join(lines) + "\r\n", tr, also, people
    if o.columns:
        head, cols, tail = render_columns(L, v, o, rng, 44)
        lines = to_plain_lines(head, o, rng, width) + cols + to_plain_lines(tail, o, rng, width)
    else:
        lines = to_plain_lines(L, o, rng, width)
    if o.kind == "pdf":
        plen = 58
        pages = [lines[i:i + plen] for i in range(0, len(lines), plen)]
        out = []
        for i, pg in enumerate(pages):
            foot, num = running(o, i + 1, len(pages))
            txt = ([o.header] if (i and o.header) else []) + pg + [""] + ([foot] if foot else []) + [num]
            out.append("\n".join(txt))
        return out, tr, also, people
    plen = rng.randint(38, 55)
    if o.flow:
        out = layout_flow(lines, o, rng, plen)
    else:
        out = layout_lines(lines, o, rng, plen)
    text = "\n".join(out) + "\n"
    if o.wrapper:
        text = WRAPPER + text
    return text, tr, also, people


def render_markdown(L, o):
    out = []
    for t, g in L:
        if g == "h":
            out.append("")
            out.append(("# " if t.isupper() and "DESCRIPTION" in t else "## ") + t.strip(":"))
            out.append("")
        elif g == "f":
            if ":" in t and not t.startswith("    "):
                a, b = t.split(":", 1)
                out.append(f"*   **{a.strip()}:** {b.strip()}")
            elif "\t" in t:
                a, b = t.split("\t", 1)
                out.append(f"*   **{a.strip()}:** {b.strip()}")
            else:
                out.append(t.strip())
        elif g == "l":
            out.append("*   " + t.lstrip("-\u2022 "))
        elif g in ("p", "x"):
            out.append(t)
            out.append("")
        elif g == "s":
            out.append(f"**{t}**")
        else:
            out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the corpus
# (position key, file name, kind, language, overrides)
PLAN = [
    ("tc-msp", "Director, Marine Safety Programs - TC.txt", "ocr", "en", {}),
    ("tc-rail", "DG Rail Safety 2017.txt", "ocr", "en", dict(flow=True)),
    ("tc-rail", "DG Rail Safety 2017 - signed.pdf", "pdf", "en", {}),
    ("tc-cavpac", "RD Civil Aviation PAC EX-02 FINAL.txt", "ocr", "en", dict(columns=True, flow=True)),
    ("tc-avsec", "Executive Director, Aviation Security Programs.pdf", "pdf", "en", {}),
    ("tc-tdg", "Directeur, Conformité TMD.txt", "ocr", "fr", {}),
    ("tc-assets", "WD Director Port & Airport Asset Mgmt.txt", "ocr", "en", {}),
    ("tc-mvs", "Director, Motor Vehicle Safety Standards (1).txt", "ocr", "bi", {}),
    ("tc-msqc", "DR Sécurité maritime Québec - 2015.txt", "ocr", "fr", dict(flow=True)),
    ("dfo-aes", "Director, Aquatic Ecosystems Science.txt", "ocr", "en", dict(margin=True)),
    ("dfo-frm", "DG Fisheries Resource Management - FINAL.txt", "ocr", "en", dict(flow=True, st=3, dp=0.35)),
    ("dfo-cpgulf", "RD C&P Gulf Region EX-02.pdf", "pdf", "bi", {}),
    ("dfo-sch", "SCH Operations Director WD.txt", "ocr", "en", {}),
    ("ccg-fleet", "CCG Director Fleet Maintenance - signed.txt", "ocr", "en", dict(columns=True)),
    ("dfo-aqua", "Directeur, Gestion de l'aquaculture.txt", "ocr", "fr", {}),
    ("dfo-scipac", "Regional Director, Science (Pacific).txt", "markdown", "en", dict(st=1, dp=0.1)),
    ("dfo-ifp", "Director, Indigenous Fisheries Programs 2019.txt", "ocr", "en", {}),
    ("vac-dba", "Directeur, Arbitrage des prestations d'invalidité.txt", "ocr", "fr", {}),
    ("vac-dba", "Directeur, Arbitrage des prestations d'invalidité (révisée 2022).txt", "ocr", "fr", {}),
    ("vac-sdpm", "DG SDPM - Veterans Affairs.txt", "ocr", "en", dict(flow=True)),
    ("vac-cm", "Director Case Management & Mental Health.pdf", "pdf", "en", {}),
    ("vac-comm", "Director, Commemoration Programs - bilingual.txt", "ocr", "bi", {}),
    ("vac-pr", "Director, Policy and Research (VAC).txt", "text-cp1252", "en", {}),
    ("vac-atl", "Area Director Atlantic - scan.txt", "ocr", "en", dict(st=3, dp=0.35, margin=True)),
    ("ps-emp", "Director, Emergency Management Policy.txt", "ocr", "en", {}),
    ("ps-cp", "Directeur général, Prévention du crime.txt", "ocr", "fr", dict(flow=True)),
    ("ps-cip", "Director, CIP - signed.pdf", "pdf", "en", {}),
    ("ps-ccj", "Director Corrections & Criminal Justice Policy.txt", "ocr", "en", dict(columns=True, flow=True)),
    ("ps-goc", "ED Government Operations Centre.txt", "ocr", "bi", {}),
    ("ps-ipp", "Director, Indigenous Policing Programs.txt", "ocr", "en", dict(margin=True)),
    ("ps-prairies", "Regional Director, Prairies - Public Safety.txt", "ocr", "en", {}),
    ("infc-pi", "Director, Program Integration.txt", "ocr", "en", {}),
    ("infc-po", "DG Program Operations INFC.pdf", "pdf", "en", {}),
    ("infc-green", "Directeur, Programmes d'infrastructure verte.txt", "text-cp1252", "fr", {}),
    ("infc-bridge", "Director, Major Bridge Projects - EX-02.txt", "ocr", "bi", {}),
    ("infc-fmo", "Director Financial Management & Oversight.txt", "ocr", "en", dict(flow=True)),
    ("infc-fpa", "Director, Federal-Provincial Agreements.txt", "ocr", "en", dict(st=3, dp=0.35)),
    ("infc-data", "ED Infrastructure Data and Economic Analysis.txt", "ocr", "en", {}),
    ("stc-labour", "Director, Labour Statistics Division.txt", "ocr", "en", dict(columns=True)),
    ("stc-census", "DG Census Operations - FINAL.txt", "ocr", "en", {}),
    ("stc-agri", "Directeur, Division de l'agriculture.pdf", "pdf", "fr", {}),
    ("stc-cpi", "Director, Consumer Prices Division.txt", "ocr", "en", {}),
    ("stc-cpi", "Director, Consumer Prices Division (1).txt", "ocr", "en", {}),
    ("stc-east", "Directeur, Opérations de collecte, Région de l'Est.txt", "ocr", "fr", dict(flow=True)),
    ("stc-trade", "Director, International Accounts and Trade - bilingue.txt", "markdown", "bi", dict(st=1, dp=0.1)),
]


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    values = {}
    kinds = {}
    docs = []
    for i, (key, fname, kind, lang, over) in enumerate(PLAN):
        rng = random.Random(f"{SEED}:{i}:{fname}")
        if key not in values:
            values[key] = plan_values(key, random.Random(f"{SEED}:values:{key}"))
        v = values[key]
        if fname.endswith("(révisée 2022).txt"):
            import copy
            v = copy.deepcopy(v)
            v.date = dt.date(2022, 3, 15)
            v.reports[0]["fte"] += 6
            v.fte += 6
            v.salary += 540000
            v.total = v.salary + v.om
        o = options(v, kind, lang, rng, **over)
        if fname == "DG Rail Safety 2017 - signed.pdf":
            # the same description as the .txt, printed, signed and scanned again
            o = options(v, kind, lang, random.Random(f"{SEED}:{i - 1}:DG Rail Safety 2017.txt"), flow=True)
            if o.fl == "tabs":
                o.fl = "dots"
            o.second_sig = True
            o.st, o.dp = 1, 0.05
        if fname == "Director, Consumer Prices Division (1).txt":
            # the same description copied again: same options, another scan
            o = options(v, kind, lang, random.Random(f"{SEED}:{i - 1}:Director, Consumer Prices Division.txt"))
            o.st, o.dp, o.flow, o.wrapper = 3, 0.35, True, False
        if key == "tc-rail":
            o.has_date, o.date = True, dt.date(2017, 5, 23)
        # a few titles damaged as a scan damages them (still readable), a few values unreadable
        if fname == "Area Director Atlantic - scan.txt":
            o.title_dmg = "Area Dlrector, Atlantlc"
        if fname == "DG Fisheries Resource Management - FINAL.txt":
            o.title_dmg = "Director General, Fisheries Resource Managernent"
        if fname == "Director, Federal-Provincial Agreements.txt":
            o.posmode = "num"
            o.pos_unreadable = v.pos[:2] + "\u2592" + v.pos[3:]
        if fname == "Directeur, Gestion de l'aquaculture.txt":
            o.title_dmg = "Directeur, Gestion de l'aquacu1ture"
        body, tr, also, people = build_wd(v, o, rng)
        if "-v" in sys.argv:
            lay = kind if kind in ("pdf", "markdown", "text-cp1252") else ("flow" if o.flow else "lines")
            print(f"{fname[:44]:<45}{lay:<12}{o.lang:<4}st{o.st} sup={o.supmode:<9}rep={o.rmode:<12}dim={o.dmode:<9}"
                  f"fl={o.fl:<5}pos={o.posmode:<5}date={int(o.has_date)} job={int(o.has_job)} marg={int(o.margin)} "
                  f"wrap={int(o.wrapper)} col={int(o.columns)} amt={o.amt} cls={o.cls_style} inc={int(o.incumbent)} "
                  f"order={'-'.join(o.order)} bi={getattr(o, 'bi', None) if o.lang == 'bi' else ''}")
        path = corpus / fname
        if kind == "pdf":
            path.write_bytes(pdf_bytes(body))
        elif kind == "text-cp1252":
            path.write_bytes(body.encode("cp1252"))
        else:
            path.write_text(body, encoding="utf-8", newline="\n")
        if lang == "bi":
            also["title_fr"] = v.t_fr
        not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                                  "o_and_m", "total", "location") if tr[k] is None]
        not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if tr["supervisor"][k] is None]
        if not tr["direct_reports"]:
            not_stated.append("direct_reports")
        docs.append(dict(document=fname, kind="ocr-columns" if o.columns else kind, language={"bi": "bilingual"}.get(lang, lang), outcome="import", fields=tr, not_stated=not_stated,
                         also=also, people=people, versions=None))
        kinds.setdefault(key, []).append(fname)
    # versions
    vmap = {"tc-rail": ("DG Rail Safety 2017 - signed.pdf", "same description, the later copy signed"),
            "vac-dba": ("Directeur, Arbitrage des prestations d'invalidité (révisée 2022).txt", "revised in 2022"),
            "stc-cpi": (None, "the same description as two files (two scans)")}
    for d in docs:
        key = PLAN[[p[1] for p in PLAN].index(d["document"])][0]
        if key in vmap:
            newest, note = vmap[key]
            d["versions"] = dict(documents=kinds[key], newest=newest, note=note)
    import refused
    docs += refused.write(corpus, pdf_bytes)
    for d in docs:
        (expected / f"{d['document']}.expected.yaml").write_text(
            yaml.safe_dump(d, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8")


if __name__ == "__main__":
    main()
