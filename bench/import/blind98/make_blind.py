"""blind98: a blind corpus of EX work descriptions inside reclassification and classification
packages (Current / Proposed columns, rationales, rating sheets, organization charts before and
after, positions created or abolished), with a few documents to refuse.

    /work/main/.venv/bin/python bench/import/blind98/make_blind.py

Writes corpus/ and expected/ next to this file, the same bytes on every run (fixed seed, fixed
.docx timestamps). PDFs by tests/import_files.pdf_bytes, .docx by python-docx."""
from __future__ import annotations

import datetime as dt
import io
import random
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
import texts as T  # noqa: E402

SEED = 98_2024
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ------------------------------------------------------------------ notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 5]
    m = MONTHS_EN[d.month - 1]
    return [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m[:3]}. {d.day}, {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{m.upper()[:3]} {d.day:02d} {d.year}",
            f"{m} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}"][style % 7]


def fmt_amount(v: int, lang: str, style: int) -> str:
    if lang == "fr":
        s = f"{v:,}".replace(",", " ")
        mil = f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return [f"{s} $", f"{mil} M$", f"{s},00 $", f"{mil} million $" if v < 2e6 else f"{mil} millions $",
                f"{v // 1000} k$"][style % 5]
    mil = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
    return [f"${v:,}", f"${mil}M", f"${v // 1000:,}K", f"${mil} million", f"${v:,}.00"][style % 5]


def fmt_level(level: str, style: int) -> str:
    n = level[3:]
    return [level, f"EX {n}", f"EX-{int(n)}", f"EX{n}", level, f"EX - {n}"][style % 6]


def ocr_digits(s: str, rng: random.Random, p: float) -> str:
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}
    out = []
    for ch in s:
        if ch in table and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.3 else table[ch])
        else:
            out.append(ch)
    return "".join(out)


def ocr_words(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and rng.random() < p:
            k = rng.randrange(5)
            if k == 0 and "m" in w:
                w = w.replace("m", "rn", 1)
            elif k == 1 and "e" in w[1:]:
                i = w.index("e", 1)
                w = w[:i] + "c" + w[i + 1:]
            elif k == 2 and "i" in w:
                w = w.replace("i", "l", 1)
            elif k == 3 and "h" in w:
                w = w.replace("h", "b", 1)
            elif k == 4 and "rn" in w:
                w = w.replace("rn", "m", 1)
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        text += w
        if i < len(out) - 1:
            text += "" if rng.random() < p / 3 else " "
    return text


# ------------------------------------------------------------------ labels
LABELS = {
    "en": [
        dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
             eff="Effective Date", dept="Department", branch="Branch", loc="Geographic Location",
             snum="Supervisor's Position No.", stitle="Supervisor's Position Title", scls="Supervisor's Classification",
             inc="Incumbent"),
        dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE NO.", pos="POSITION NO.", eff="DATE IN EFFECT",
             dept="DEPARTMENT", branch="BRANCH/SECTOR", loc="LOCATION", snum="IMMEDIATE SUPERVISOR POSITION NO.",
             stitle="IMMEDIATE SUPERVISOR TITLE", scls="SUPERVISOR GROUP & LEVEL", inc="INCUMBENT"),
        dict(title="Job Title", cls="Group and Level", job="Generic Job Number", pos="Position #", eff="Effective",
             dept="Organization", branch="Sector", loc="Work Location", snum="Reports to (Position No.)",
             stitle="Reports to (Title)", scls="Reports to (Level)", inc="Incumbent"),
    ],
    "fr": [
        dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
             eff="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", loc="Lieu géographique",
             snum="No de poste du superviseur", stitle="Titre du poste du superviseur",
             scls="Classification du superviseur", inc="Titulaire"),
        dict(title="TITRE", cls="GROUPE ET NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE", eff="EN VIGUEUR LE",
             dept="MINISTÈRE", branch="SECTEUR", loc="EMPLACEMENT", snum="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT",
             stitle="TITRE DU SUPÉRIEUR IMMÉDIAT", scls="GROUPE/NIVEAU DU SUPÉRIEUR", inc="TITULAIRE"),
        dict(title="Intitulé du poste", cls="Groupe/niveau", job="No de la description type", pos="No de poste",
             eff="Date de prise d'effet", dept="Organisation", branch="Direction générale", loc="Lieu de travail",
             snum="Relève de (no de poste)", stitle="Relève de (titre)", scls="Relève de (niveau)", inc="Titulaire"),
    ],
}
HEADS = {
    "en": dict(ga="General Accountability", org="Organization Structure", dim="Dimensions", ns="Nature and Scope",
               sa="Specific Accountabilities", cert="Certification", csr="Client Service Results",
               ka="Key Activities", wd="EXECUTIVE WORK DESCRIPTION"),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", dim="Dimensions",
               ns="Nature et étendue", sa="Responsabilités spécifiques", cert="Attestation",
               csr="Résultats axés sur le service à la clientèle", ka="Activités principales",
               wd="DESCRIPTION DE TRAVAIL DE LA DIRECTION"),
}


def heading(text: str, style: int, n: int) -> str:
    return [text, text.upper(), f"{n}. {text}", f"{text.upper()}:", f"{'ABCDEFGH'[n - 1]}) {text.upper()}"][style % 5]


# ------------------------------------------------------------------ positions
class Pos:
    pass


def make_position(rng: random.Random, idx: int, lang: str, action: str, level: str, theme, dept, names) -> Pos:
    p = Pos()
    p.action, p.level, p.lang = action, level, lang
    p.dept_en, p.dept_fr = dept[0], dept[1]
    p.theme = theme
    fem = rng.random() < 0.5
    stem = rng.choice(T.STEMS[level])
    p.title_en = f"{stem[0]}, {theme[1][0]}"
    p.title_fr = f"{stem[2] if fem else stem[1]}, {theme[1][1]}"
    p.prev_level = level
    p.prev_title_en, p.prev_title_fr = p.title_en, p.title_fr
    if action == "reclass_up":
        p.prev_level = {"EX-02": "EX-01", "EX-03": "EX-02"}[level]
        pst = T.STEMS[p.prev_level][0]
        p.prev_title_en = f"{pst[0]}, {theme[1][0]}"
        p.prev_title_fr = f"{pst[2] if fem else pst[1]}, {theme[1][1]}"
    elif action == "reclass_down":
        p.prev_level = "EX-02"
        pst = T.STEMS["EX-02"][0]
        p.prev_title_en = f"{pst[0]}, {theme[1][0]}"
        p.prev_title_fr = f"{pst[2] if fem else pst[1]}, {theme[1][1]}"
    elif action == "title_change":
        old = rng.choice([("Program Support", "Soutien aux programmes"),
                          ("Operations Planning", "Planification des opérations"),
                          ("Corporate Coordination", "Coordination ministérielle")])
        p.prev_title_en = f"{stem[0]}, {old[0]}"
        p.prev_title_fr = f"{stem[2] if fem else stem[1]}, {old[1]}"
    digits = rng.choice([5, 5, 6, 8])
    number = str(rng.randrange(10 ** (digits - 1), 10 ** digits)) if digits != 8 else f"000{rng.randrange(10000, 99999)}"
    p.number = number
    p.prev_number = number
    p.provisional = None
    if action == "new":
        p.number = None
        p.prev_number = None
        p.provisional = rng.choice(["NEW", "TBD", "To be assigned"] if lang == "en" else ["NOUVEAU", "À déterminer", "NEW"])
    elif action == "create_abolish":
        p.prev_number = str(rng.randrange(10000, 99999))
    p.job_code = str(rng.randrange(100000, 109999)) if rng.random() < 0.6 else None
    p.effective = dt.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.choice([1, 1, 1, 15, 3, 22, 30 - 2]))
    p.prev_effective = dt.date(rng.randrange(2008, 2018), rng.randrange(1, 13), rng.choice([1, 1, 12, 27]))
    sup = rng.choice(T.SUPERVISORS[level])
    sector = rng.choice(T.SECTORS)
    p.sup_title_en = f"{sup[0]}, {sector[0]}"
    p.sup_title_fr = f"{sup[1]}, {sector[1]}"
    p.sup_class = sup[2]
    p.sup_number = str(rng.randrange(10000, 99999)) if rng.random() < 0.7 else None
    p.branch_en, p.branch_fr = sector
    k = rng.choice([2, 3, 3, 4])
    reports = rng.sample(theme[3], k)
    p.reports = []
    for t_en, t_fr, g in reports:
        fte = 1 if g.startswith("AS-0") and g < "AS-04" else rng.randrange(3, 38)
        p.reports.append(dict(title_en=t_en, title_fr=t_fr, cls=g, fte=fte))
    if rng.random() < 0.3:
        p.reports.append(dict(title_en="Executive Assistant", title_fr="Adjointe exécutive", cls="AS-03", fte=1))
    others = [r for r in theme[3] if r[0] not in {x["title_en"] for x in p.reports}]
    p.abolished = None
    if others and action in ("reclass_up", "reclass_down", "create_abolish", "update", "title_change"):
        a = rng.choice(others)
        p.abolished = dict(title_en=a[0], title_fr=a[1], cls=a[2], fte=rng.randrange(2, 12))
    p.fte = sum(r["fte"] for r in p.reports) + 1 + rng.randrange(0, 12)
    p.salary = round(p.fte * rng.randrange(88, 112) * 1000, -4)
    p.om = rng.randrange(5, 120) * 10000
    p.gc = rng.randrange(2, 90) * 1_000_000 if theme[0] in ("grants", "indigenous", "space", "lmi") and rng.random() < 0.6 else None
    p.total = p.salary + p.om
    loc = rng.choice(T.LOCATIONS) if rng.random() < 0.85 else None
    p.loc = loc
    picked = rng.sample(names, 5)
    p.incumbent = picked[0] if rng.random() < 0.55 and action not in ("new",) else None
    p.signers = picked[1:3]
    p.committee = picked[3:5]
    return p


# ------------------------------------------------------------------ blocks of a work description
def L(lang):
    return "fr" if lang == "fr" else "en"


def title_of(p, lang):
    return p.title_fr if lang == "fr" else p.title_en


def dept_of(p, lang):
    return p.dept_fr if lang == "fr" else p.dept_en


def loc_text(p, lang, style):
    if p.loc is None:
        return None
    city, pen, pfr = p.loc
    if lang == "fr":
        return f"{city} ({pfr})" if style % 2 == 0 else f"{city}, {pfr}"
    return [f"{city}, {pen}", f"{city} ({pen})", f"{city}, {pen}"][style % 3]


def report_line(r, lang, fmt, with_cls=True, with_fte=True):
    t = r["title_fr"] if lang == "fr" else r["title_en"]
    c, n = r["cls"], r["fte"]
    fu = "ETP" if lang == "fr" else ("FTEs" if n != 1 else "FTE")
    if not with_cls and not with_fte:
        return t
    if not with_cls:
        return f"{t} ({n} {fu})" if fmt % 2 else f"{t} - {('effectif de' if lang == 'fr' else 'staff of')} {n}"
    if not with_fte:
        return [f"{t} ({c})", f"{c} - {t}", f"{t} [{c}]"][fmt % 3]
    if lang == "fr":
        return [f"{t} ({c}, {n} ETP)", f"{c} - {t} (effectif de {n})", f"{t} – {c} – {n} ETP",
                f"{t} [{c}] ({n} ETP)"][fmt % 4]
    return [f"{t} ({c}, {n} {fu})", f"{c} - {t} ({n} FTE)", f"{t} – {c} – {n} {fu}",
            f"{t} [{c}] (staff of {n})", f"{t} ({c}), {n} {fu}"][fmt % 5]


def fr_fix(t: str) -> str:
    return t.replace(" de les ", " des ").replace(" de le ", " du ").replace(" à les ", " aux ")


def wd_blocks(p, lang, o, rng):
    """The work description proper. o: options dict. Returns blocks."""
    B = []
    langs = ["en", "fr"] if lang == "bi" else [lang]
    lab = LABELS[L(lang)][o["labels"]]
    if lang == "bi":
        lab_fr = LABELS["fr"][o["labels"]]
        lab = {k: f"{lab[k]} / {lab_fr[k]}" for k in lab}
    H = HEADS[L(lang)]
    if lang == "bi":
        H = {k: f"{HEADS['en'][k]} / {HEADS['fr'][k]}" for k in HEADS["en"]}
    hs = o["heads"]
    if o.get("wd_heading", True):
        B.append(("title", H["wd"]))
    kv = []
    if lang == "bi" and o.get("bi_title_lines"):
        kv.append(("Position Title", p.title_en))
        kv.append(("Titre du poste", p.title_fr))
    else:
        kv.append((lab["title"], p.title_en + " / " + p.title_fr if lang == "bi" else title_of(p, lang)))
    lvl = fmt_level(p.level, o["lvl"])
    if o.get("lvl_note"):
        lvl = f"{lvl} {o['lvl_note']}"
    if o.get("lvl_current_proposed"):
        cur = fmt_level(p.prev_level, o["lvl"])
        lvl = (f"{cur} (current) / {lvl} (proposed)" if L(lang) == "en" else f"{cur} (actuel) / {lvl} (proposé)")
    cls_kv = (lab["cls"], lvl)
    pos_val = p.number if p.number else p.provisional
    if p.action == "new" and p.number is None and o.get("new_note"):
        pos_val = f"{p.provisional} ({'new position' if L(lang) == 'en' else 'nouveau poste'})"
    job_kv = (lab["job"], p.job_code) if p.job_code else None
    eff = o.get("eff_text") or fmt_date(p.effective, L(lang), o["date"])
    fields = [cls_kv, job_kv, (lab["pos"], pos_val), (lab["eff"], eff)]
    if o.get("eff_none"):
        fields[3] = (lab["eff"], o["eff_none"])
    if o["order"] % 2:
        fields = [fields[2], fields[0], fields[1], fields[3]]
    kv += [f for f in fields if f]
    kv.append((lab["dept"], p.dept_en + " / " + p.dept_fr if lang == "bi" else dept_of(p, lang)))
    kv.append((lab["branch"], p.branch_fr if lang == "fr" else p.branch_en))
    lt = loc_text(p, L(lang), o["loc"])
    if lt and not o.get("loc_end"):
        kv.append((lab["loc"], lt))
    sup_fields = o["sup"] == "fields"
    if sup_fields:
        if p.sup_number:
            kv.append((lab["snum"], p.sup_number))
        kv.append((lab["stitle"], p.sup_title_fr if lang == "fr" else p.sup_title_en))
        kv.append((lab["scls"], fmt_level(p.sup_class, o["lvl"] + 1)))
    if o.get("incumbent_line"):
        kv.append((lab["inc"], p.incumbent or ("Vacant")))
    B.append(("kv", kv))

    def sec(key, n):
        B.append(("h", heading(H[key], hs, n)))

    def paras(en_texts, fr_texts):
        for lg in langs:
            for t in (en_texts if lg == "en" else fr_texts):
                B.append(("p", t))

    fmt = dict(dept_en=p.dept_en, dept_fr=p.dept_fr)
    dom_en, dom_fr = p.theme[2]
    ga_en = [rng.choice(T.GA_EN).format(title=p.title_en, domain=dom_en, dept=p.dept_en)]
    ga_fr = [rng.choice(T.GA_FR).format(title=p.title_fr, domain=dom_fr, dept=p.dept_fr)]
    ns_en = rng.sample(T.NS_EN, 2)
    ns_en = [t.format(dept=p.dept_en, domain=dom_en) for t in ns_en]
    ns_fr = [t.format(dept=p.dept_fr, domain=dom_fr) for t in rng.sample(T.NS_FR, 2)]
    k = rng.randrange(5, 8)
    sa_idx = sorted(rng.sample(range(len(T.SA_FR)), min(k, len(T.SA_FR))))
    sa_en = [T.SA_EN[i].format(domain=dom_en) for i in sa_idx]
    sa_fr = [T.SA_FR[i].format(domain=dom_fr) for i in sa_idx]
    ga_fr, ns_fr, sa_fr = ([fr_fix(t) for t in x] for x in (ga_fr, ns_fr, sa_fr))

    def org_section(n):
        sec("org", n)
        sup_t = {"en": p.sup_title_en, "fr": p.sup_title_fr}
        peers = rng.randrange(3)
        for lg in langs:
            if o["sup"] == "sentence":
                num = ""
                if p.sup_number:
                    num = f", position number {p.sup_number}" if lg == "en" else f", poste no {p.sup_number}"
                supc = fmt_level(p.sup_class, o["lvl"] + 1)
                B.append(("p", f"The {title_of(p, lg)} reports to the {sup_t[lg]} ({supc}){num}." if lg == "en" else
                          f"Le titulaire du poste relève du {sup_t[lg]} ({supc}){num}."))
            else:
                B.append(("p", f"The {title_of(p, lg)} is one of {['four', 'five', 'six'][peers]} senior management positions reporting to the {sup_t[lg]}." if lg == "en" else
                          f"Le poste est l'un des {['quatre', 'cinq', 'six'][peers]} postes de gestion qui relèvent du {sup_t[lg]}."))
        for lg in [L(lang)]:
            rf = o["rep"]
            wc, wf = o.get("rep_cls", True), o.get("rep_fte", True)
            if rf == "table":
                hdr = (["Title", "Group and Level", "FTEs"] if lg == "en" else ["Titre", "Groupe et niveau", "ETP"])
                rows = [[r["title_fr"] if lg == "fr" else r["title_en"], r["cls"] if wc else "", str(r["fte"]) if wf else ""] for r in p.reports]
                if not wc:
                    hdr, rows = [hdr[0], hdr[2]], [[a, c] for a, b, c in rows]
                B.append(("p", "Positions reporting directly to the incumbent:" if lg == "en" else "Postes relevant directement du titulaire :"))
                B.append(("table", hdr, rows))
            elif rf == "prose":
                parts = []
                for r in p.reports:
                    t = r["title_fr"] if lg == "fr" else r["title_en"]
                    unit = "ETP" if lg == "fr" else "FTEs"
                    bits = ", ".join(x for x in [r["cls"] if wc else "", f"{r['fte']} {unit}" if wf else ""] if x)
                    parts.append(f"{'le' if lg == 'fr' else 'the'} {t}" + (f" ({bits})" if bits else ""))
                joined = ", ".join(parts[:-1]) + (" et " if lg == "fr" else " and ") + parts[-1]
                B.append(("p", (f"Reporting to the position are {joined}." if lg == "en" else f"Relèvent du poste : {joined}.")))
            else:
                B.append(("p", "The following positions report to the incumbent:" if lg == "en" else "Les postes suivants relèvent du titulaire :"))
                B.append(("ul", [report_line(r, lg, o["repfmt"], wc, wf) for r in p.reports]))

    def dim_section(n):
        sec("dim", n)
        af, lg = o["amt"], L(lang)
        rows = []
        if lg == "fr":
            rows.append(("ETP", str(p.fte)) if o["fte_style"] else ("Effectif", f"{p.fte} employés"))
            if o.get("combined"):
                rows.append(("Budget salarial et de F et E", fmt_amount(p.total, lg, af)))
            else:
                rows.append(("Salaires", fmt_amount(p.salary, lg, af)))
                rows.append(("F et E", fmt_amount(p.om, lg, af)))
                if o.get("total", True):
                    rows.append(("Total", fmt_amount(p.total, lg, af)))
            if p.gc:
                rows.append(("Subventions et contributions", fmt_amount(p.gc, lg, af)))
        else:
            rows.append(("FTEs", str(p.fte)) if o["fte_style"] else ("Staff", f"{p.fte} employees"))
            if o.get("combined"):
                rows.append(("Salary and O&M budget", fmt_amount(p.total, lg, af)))
            else:
                rows.append(("Salary", fmt_amount(p.salary, lg, af)))
                rows.append(("O&M", fmt_amount(p.om, lg, af)))
                if o.get("total", True):
                    rows.append(("Total" if af % 2 else "Total operating budget", fmt_amount(p.total, lg, af)))
            if p.gc:
                rows.append(("Grants and Contributions", fmt_amount(p.gc, lg, af)))
        if o.get("dim_table"):
            B.append(("table", ["", ""], [list(r) for r in rows]))
        else:
            B.append(("kv", rows))

    if o.get("csr"):
        order = ["csr", "org", "dim", "ns", "ka"]
    else:
        order = ["ga", "org", "dim", "ns", "sa"] if o["order"] % 3 != 2 else ["ga", "ns", "org", "sa", "dim"]
    for n, key in enumerate(order, 1):
        if key == "ga":
            sec("ga", n)
            paras(ga_en, ga_fr)
        elif key == "csr":
            sec("csr", n)
            paras([T.CSR_EN.format(domain=dom_en, dept=p.dept_en)], [fr_fix(T.CSR_FR.format(domain=dom_fr, dept=p.dept_fr))])
        elif key == "org":
            org_section(n)
        elif key == "dim":
            dim_section(n)
        elif key == "ns":
            sec("ns", n)
            paras(ns_en, ns_fr)
        elif key in ("sa", "ka"):
            sec(key, n)
            for lg in langs:
                B.append(("ol", sa_en if lg == "en" else sa_fr))
    if lt and o.get("loc_end"):
        B.append(("p", f"{'Location' if L(lang) == 'en' else 'Lieu'}: {lt}"))
    return B


def signature_blocks(p, lang, o):
    B = []
    lg = L(lang)
    B.append(("h", heading(HEADS[lg]["cert"] if lang != "bi" else "Certification / Attestation", o["heads"], 6)))
    B.append(("p", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position." if lg == "en"
              else "Ce qui précède constitue un énoncé exact et complet des fonctions et responsabilités attribuées au poste."))
    sig = []
    if p.incumbent:
        sig.append(f"{'Incumbent' if lg == 'en' else 'Titulaire'}: {p.incumbent}    Date: ____________")
    sig.append(f"{p.signers[0]}, {p.sup_title_fr if lg == 'fr' else p.sup_title_en}    Date: {fmt_date(p.effective - dt.timedelta(days=20), lg, o['date'])}")
    B.append(("sig", sig))
    return B


# ------------------------------------------------------------------ package parts
def cover_blocks(p, lang, o):
    """A request for classification action with Current / Proposed columns."""
    lg = L(lang)
    B = []
    if lang == "bi":
        B.append(("title", "REQUEST FOR CLASSIFICATION ACTION / DEMANDE DE MESURE DE CLASSIFICATION"))
    else:
        B.append(("title", "REQUEST FOR CLASSIFICATION ACTION" if lg == "en" else "DEMANDE DE MESURE DE CLASSIFICATION"))
    act = {"reclass_up": ("Reclassification (upward)", "Reclassification (à la hausse)"),
           "reclass_down": ("Reclassification (downward)", "Reclassification (à la baisse)"),
           "new": ("Creation of a new position", "Création d'un nouveau poste"),
           "create_abolish": ("Abolition of an existing position and creation of a new position", "Abolition d'un poste existant et création d'un nouveau poste"),
           "update": ("Update of work description (no change in level)", "Mise à jour de la description de travail (aucun changement de niveau)"),
           "title_change": ("Change of title", "Changement de titre")}[p.action]
    B.append(("kv", [("Type of action" if lg == "en" else "Type de mesure", act[0] if lg == "en" else act[1]),
                     ("Department" if lg == "en" else "Ministère", dept_of(p, lg)),
                     ("Request date" if lg == "en" else "Date de la demande", fmt_date(p.effective - dt.timedelta(days=75), lg, o["date"] + 1))]))
    hdr = (["", "Current", "Proposed"] if lang == "en" else ["", "Actuel", "Proposé"] if lang == "fr"
           else ["", "Current / Actuel", "Proposed / Proposé"])
    na = "N/A" if lg == "en" else "S.O."
    rows = []
    rows.append(["Position title" if lg == "en" else "Titre du poste",
                 (p.prev_title_fr if lg == "fr" else p.prev_title_en) if p.action != "new" else na,
                 title_of(p, lg)])
    rows.append(["Group and level" if lg == "en" else "Groupe et niveau",
                 fmt_level(p.prev_level, o["lvl"]) if p.action != "new" else na, fmt_level(p.level, o["lvl"])])
    rows.append(["Position number" if lg == "en" else "Numéro de poste",
                 p.prev_number or na, p.number or p.provisional])
    rows.append(["Effective date" if lg == "en" else "Date d'entrée en vigueur",
                 fmt_date(p.prev_effective, lg, o["date"]) if p.action != "new" else na,
                 o.get("eff_none") or fmt_date(p.effective, lg, o["date"])])
    if p.job_code:
        rows.append(["Job code" if lg == "en" else "Code d'emploi", p.job_code if p.action not in ("new",) else na, p.job_code])
    rows.append(["FTEs" if lg == "en" else "ETP", str(max(p.fte - rnd_delta(p), 1)) if p.action != "new" else na, str(p.fte)])
    B.append(("cols", hdr, rows))
    return B


def rnd_delta(p):
    return (int(p.number or p.prev_number or "7") % 9) + 3


def rationale_blocks(p, lang, o, rng):
    lg = L(lang)
    B = [("h", "CLASSIFICATION RATIONALE" if lg == "en" else "JUSTIFICATION DE LA CLASSIFICATION")]
    if p.action in ("reclass_up", "reclass_down"):
        why = rng.choice(T.WHY_EN if lg == "en" else T.WHY_FR).format(extra=rng.choice(T.EXTRA_EN if lg == "en" else T.EXTRA_FR))
        if lg == "en":
            B.append(("p", f"The position was last evaluated at the {p.prev_level} level in {p.prev_effective.year}. {why} "
                      f"The committee concluded that the work now described is properly evaluated at the {p.level} level."))
        else:
            B.append(("p", f"Le poste a été évalué au niveau {p.prev_level} en {p.prev_effective.year}. {why} "
                      f"Le comité a conclu que le travail décrit est maintenant évalué à juste titre au niveau {p.level}."))
    elif p.action == "new":
        B.append(("p", "A new position is required to lead the function; the work was benchmarked against comparable positions in the department and across the core public administration."
                  if lg == "en" else "Un nouveau poste est requis pour diriger la fonction; le travail a été comparé à des postes semblables du ministère et de l'administration publique centrale."))
    elif p.action == "create_abolish":
        B.append(("p", f"Position {p.prev_number} ({p.prev_title_en}, {p.prev_level}) is abolished as of the effective date of the new position. The duties are absorbed by the new position described herein."
                  if lg == "en" else f"Le poste {p.prev_number} ({p.prev_title_fr}, {p.prev_level}) est aboli à la date d'entrée en vigueur du nouveau poste. Les fonctions sont reprises par le nouveau poste décrit ci-dessus."))
    else:
        B.append(("p", f"The work description was updated to reflect current responsibilities. The level ({p.level}) is confirmed; no change in classification."
                  if lg == "en" else f"La description de travail a été mise à jour pour refléter les responsabilités actuelles. Le niveau ({p.level}) est confirmé; aucun changement de classification."))
    B += rating_blocks(p, lang, o, rng)
    return B


def rating_blocks(p, lang, o, rng, level=None):
    lg = L(lang)
    level = level or p.level
    base = {"EX-01": 0, "EX-02": 1, "EX-03": 2}[level]
    kh = [460, 528, 608, 700][base + rng.randrange(0, 2)]
    ps_pct = [50, 57, 66][min(base, 2)]
    ps = round(kh * ps_pct / 100)
    acc = [304, 350, 400, 460, 528][base + rng.randrange(0, 3)]
    hdr = ["Factor", "Rating", "Points"] if lg == "en" else ["Facteur", "Cote", "Points"]
    rows = [["Know-How" if lg == "en" else "Savoir-faire", rng.choice(["F II 3", "G II 3", "F III 3"]), str(kh)],
            ["Problem Solving" if lg == "en" else "Résolution de problèmes", f"F 4 ({ps_pct}%)", str(ps)],
            ["Accountability" if lg == "en" else "Responsabilité", rng.choice(["F 3 P", "F 4 C", "G 3 P"]), str(acc)],
            ["Total", "", str(kh + ps + acc)]]
    B = [("p", "Evaluation (Hay Guide Chart-Profile Method):" if lg == "en" else "Évaluation (méthode Hay des profils et échelles) :"),
         ("table", hdr, rows),
         ("kv", [("Profile" if lg == "en" else "Profil", rng.choice(["P2", "P3", "A1", "L"])),
                 ("Resulting level" if lg == "en" else "Niveau résultant", level),
                 ("Evaluated by" if lg == "en" else "Évalué par", f"{p.committee[0]}, {p.committee[1]}")])]
    return B


def chart_blocks(p, lang, o):
    lg = L(lang)
    sup = f"{p.sup_title_fr if lg == 'fr' else p.sup_title_en} ({p.sup_class})"
    before = [sup, f"  +-- {p.prev_title_fr if lg == 'fr' else p.prev_title_en} ({p.prev_level})" if p.action != "new" else f"  +-- ({'aucun poste' if lg == 'fr' else 'no position'})"]
    cur_reports = p.reports[1:] + ([p.abolished] if p.abolished else [])
    if p.action != "new":
        for r in cur_reports:
            before.append(f"        +-- {r['title_fr'] if lg == 'fr' else r['title_en']} ({r['cls']})")
    after = [sup, f"  +-- {title_of(p, lg)} ({p.level})"]
    for r in p.reports:
        after.append(f"        +-- {r['title_fr'] if lg == 'fr' else r['title_en']} ({r['cls']})")
    if p.abolished and p.action != "new":
        after.append(f"        ({p.abolished['title_fr' if lg == 'fr' else 'title_en']}: {'poste aboli' if lg == 'fr' else 'position abolished'})")
    return [("h", "ORGANIZATION CHART - BEFORE" if lg == "en" else "ORGANIGRAMME - AVANT"), ("chart", before),
            ("h", "ORGANIZATION CHART - AFTER (PROPOSED)" if lg == "en" else "ORGANIGRAMME - APRÈS (PROPOSÉ)"), ("chart", after)]


def approval_blocks(p, lang, o):
    lg = L(lang)
    return [("h", "APPROVAL" if lg == "en" else "APPROBATION"),
            ("sig", [f"{'Recommended by' if lg == 'en' else 'Recommandé par'}: {p.committee[0]}, {'Classification Advisor' if lg == 'en' else 'conseillère en classification'}",
                     f"{'Approved by' if lg == 'en' else 'Approuvé par'}: {p.signers[1]}, {'Assistant Deputy Minister' if lg == 'en' else 'Sous-ministre adjoint'}    Date: {fmt_date(p.effective - dt.timedelta(days=5), lg, o['date'])}"])]


def note_block(p, lang, o):
    lg = L(lang)
    was, now = fmt_level(p.prev_level, o["lvl"]), fmt_level(p.level, o["lvl"])
    if lg == "en":
        return ("p", f"NOTE: Reclassification - position {p.number} was {was}, now {now}, effective {fmt_date(p.effective, lg, o['date'])}. "
                     f"Previous version of this description dated {fmt_date(p.prev_effective, lg, o['date'])}.")
    return ("p", f"NOTE : Reclassification - le poste {p.number} était {was}, maintenant {now}, en vigueur le {fmt_date(p.effective, lg, o['date'])}. "
                 f"Version précédente de la description datée du {fmt_date(p.prev_effective, lg, o['date'])}.")


# ------------------------------------------------------------------ renderers
def text_lines(blocks, o) -> list[str]:
    """Blocks as lines of a form saved as text."""
    out: list[str] = []
    kvl = o.get("kvl", "colon")
    bullet = o.get("bullet", "- ")
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], ""]
        elif t == "h":
            out += ["", b[1]]
        elif t == "kv":
            for label, value in b[1]:
                if kvl == "colon":
                    out.append(f"{label}: {value}")
                elif kvl == "next":
                    out += [f"{label}:", f"    {value}"]
                elif kvl == "dots":
                    out.append(f"{label} {'.' * max(3, 40 - len(label))} {value}")
                elif kvl == "tab":
                    out.append(f"{label}\t{value}")
                else:
                    out.append(f"{label.upper()} : {value}")
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [f"{bullet}{x}" for x in b[1]]
            out.append("")
        elif t == "ol":
            out += [f"{i}. {x}" if o.get("olfmt", 0) == 0 else f"{i}) {x}" for i, x in enumerate(b[1], 1)]
        elif t == "table":
            hdr, rows = b[1], b[2]
            widths = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
            if any(hdr):
                out.append("  ".join(h.ljust(w) for h, w in zip(hdr, widths)).rstrip())
            for r in rows:
                out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
        elif t == "cols":
            hdr, rows = b[1], b[2]
            w0 = max(len(r[0]) for r in rows) + 3
            w1 = max(len(r[1]) for r in rows + [hdr]) + 4
            out.append((" " * w0 + hdr[1].upper().ljust(w1) + hdr[2].upper()).rstrip())
            for r in rows:
                out.append((r[0] + ":").ljust(w0) + r[1].ljust(w1) + r[2])
            out.append("")
        elif t in ("chart", "sig"):
            out += list(b[1])
            out.append("")
        elif t == "pagebreak":
            out.append("\f")
    while out and out[-1] == "":
        out.pop()
    return out


def md_text(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1].title()}", ""]
        elif t == "h":
            out += [f"## {b[1].strip(':').title() if b[1].isupper() else b[1]}", ""]
        elif t == "kv":
            out += [f"*   **{k}:** {v}" for k, v in b[1]] + [""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t in ("table", "cols"):
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(h or " " for h in hdr) + " |")
            out.append("|" + "---|" * len(hdr))
            out += ["| " + " | ".join(r) + " |" for r in rows] + [""]
        elif t == "chart":
            out += ["```"] + list(b[1]) + ["```", ""]
        elif t == "sig":
            out += [f"**{x}**" if i == 0 else x for i, x in enumerate(b[1])] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def docx_file(blocks, o, footer: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    for b in blocks:
        t = b[0]
        if t == "title":
            if o.get("docx_head", 0) == 0:
                d.add_heading(b[1], level=1)
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
        elif t == "h":
            if o.get("docx_head", 0) == 0:
                d.add_heading(b[1], level=2)
            else:
                d.add_paragraph().add_run(b[1]).bold = True
        elif t == "kv":
            if o.get("kv_table", True):
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text, cells[1].text = k, v
                d.add_paragraph()
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(v)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for i, x in enumerate(b[1], 1):
                d.add_paragraph(f"{i}. {x}")
        elif t in ("table", "cols"):
            hdr, rows = b[1], b[2]
            tb = d.add_table(rows=0, cols=len(hdr))
            tb.style = "Table Grid"
            if any(hdr):
                for c, h in zip(tb.add_row().cells, hdr):
                    c.text = h
            for r in rows:
                for c, v in zip(tb.add_row().cells, r):
                    c.text = v
            d.add_paragraph()
        elif t in ("chart", "sig"):
            for x in b[1]:
                d.add_paragraph(x)
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def wrap_lines(lines, width, rng=None, hyphen=0.0):
    out = []
    for line in lines:
        if line == "\f" or len(line) <= width:
            out.append(line)
            continue
        indent = "   " if line[:3].rstrip(".)").isdigit() else ""
        wrapped = textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False)
        if rng and hyphen:
            for i in range(len(wrapped) - 1):
                nxt = wrapped[i + 1].lstrip()
                first = nxt.split(" ")[0]
                if len(first) > 7 and first.isalpha() and rng.random() < hyphen:
                    k = len(first) // 2
                    wrapped[i] += " " + first[:k] + "-"
                    wrapped[i + 1] = wrapped[i + 1].replace(first, first[k:], 1)
        out += wrapped
    return out


def paginate(lines, per_page):
    pages, cur = [], []
    for line in lines:
        if line == "\f":
            if cur:
                pages.append(cur)
            cur = []
            continue
        cur.append(line)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages


def pdf_file(lines, o, footer) -> bytes:
    lines = [ln.replace("\t", "    ") for ln in lines]
    pages = paginate(wrap_lines(lines, o.get("pdf_width", 100)), 62)
    n = len(pages)
    texts = []
    for i, pg in enumerate(pages, 1):
        head = [o["pdf_header"], ""] if o.get("pdf_header") else []
        texts.append("\n".join(head + pg + ["", f"{footer}    Page {i} of {n}" if o.get("fr_footer") is None else f"{footer}    Page {i} de {n}"]))
    return pdf_bytes(texts)


def ocr_text(lines, o, rng, footer) -> str:
    s = o["strength"]
    pd_, pw = [(0.12, 0.015), (0.3, 0.04), (0.55, 0.08)][s - 1]
    lines = [ln.replace("\t", " ") for ln in lines]
    dmg = [ocr_words(ocr_digits(ln, rng, pd_), rng, pw) if ln != "\f" else ln for ln in lines]
    lay = o["ocr_layout"]
    wrapper = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
    if lay == "oneline":
        return wrapper + " ".join(x.strip() for x in dmg if x.strip() and x != "\f") + "\n"
    if lay == "pages":
        pages = paginate([x for x in dmg if x.strip()], 45)
        out = []
        for i, pg in enumerate(pages, 1):
            lead = "" if i == 1 else rng.choice([f"{i} ", f"a{i} ", f"{i} | "])
            out.append(lead + " ".join(x.strip() for x in pg) + " " + footer)
        return (wrapper if o.get("wrapper", True) else "") + "\n".join(out) + "\n"
    # wrapped: lines kept, hyphenated line ends, page footers and form feeds
    wrapped = wrap_lines(dmg, 78, rng, 0.25)
    pages = paginate(wrapped, 50)
    out = []
    for i, pg in enumerate(pages, 1):
        out += ([o["running_head"], ""] if o.get("running_head") and i > 1 else []) + pg + ["", f"{' ' * 30}Page {i}", "\f"]
    return "\n".join(out).rstrip("\f\n") + "\n"


def ocr_columns_text(blocks, o, rng, footer) -> str:
    """Two columns read across the line: fields, structure and dimensions left, prose right."""
    left_b = [b for b in blocks if b[0] in ("kv", "ul", "table", "cols", "chart")]
    right_b = [b for b in blocks if b[0] not in ("kv", "ul", "table", "cols", "chart")]
    left = wrap_lines([x for x in text_lines(left_b, {"kvl": "colon"}) if x.strip()], 44)
    right = wrap_lines([x for x in text_lines(right_b, {}) if x.strip()], 52)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    sep = o.get("col_sep", " ")
    lines = [(a + sep + b).strip() for a, b in zip(left, right)]
    s = o["strength"]
    pd_, pw = [(0.12, 0.015), (0.3, 0.04), (0.55, 0.08)][s - 1]
    lines = [ocr_words(ocr_digits(x, rng, pd_), rng, pw) for x in lines]
    joiner = "\n" if o.get("col_lines") else " "
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + joiner.join(lines) + " " + footer + "\n"


# ------------------------------------------------------------------ the plan
# (kind, language, action, level, package style, file name, overrides)
PLAN = [
    ("docx", "en", "reclass_up", "EX-02", "cover", "{t} - reclass to {lv} FINAL.docx", {}),
    ("docx", "en", "reclass_up", "EX-03", "cover_chart", "Reclassification package - {t} ({lv}).docx", {"rep": "table"}),
    ("docx", "fr", "reclass_up", "EX-02", "cover", "{t} - demande de reclassification.docx", {}),
    ("docx", "bi", "new", "EX-01", "cover", "New position - {t} - Nouveau poste.docx", {"bi_title_lines": True}),
    ("docx", "en", "new", "EX-02", "wd_rationale", "{t} (proposed) v2.docx", {"new_note": True}),
    ("docx", "en", "create_abolish", "EX-01", "cover_chart", "{t} - abolish {pn} create new - FINAL.docx", {}),
    ("docx", "en", "update", "EX-01", "cover", "WD {n} {t} updated {y}.docx", {"kv_table": False}),
    ("docx", "fr", "title_change", "EX-01", "cover", "{t} - changement de titre (1).docx", {}),
    ("docx", "en", "plain", "EX-01", "plain", "{t} - current {lv} {y}.docx", {"pair": "A", "role": "old"}),
    ("docx", "en", "reclass_up", "EX-02", "cover_chart", "{t} - reclassification package {lv} FINAL.docx", {"pair": "A", "role": "new"}),
    ("docx", "en", "reclass_up", "EX-02", "cover", "{t} - reclass package DRAFT.docx", {"pair": "B", "role": "new", "kv_table": True}),
    ("docx", "fr", "new", "EX-03", "wd_rationale", "Nouveau poste {lv} - {t}.docx", {"eff_none": "À la date d'approbation"}),
    ("docx", "en", "reclass_down", "EX-01", "cover", "{t} - reclass down to {lv}.docx", {"rep_fte": False}),
    ("docx", "en", "reclass_up", "EX-02", "wd_cp", "{t} current-proposed {y}.docx", {"dim_table": True}),
    ("docx", "bi", "reclass_up", "EX-02", "cover", "{t} - reclassification - bilingual.docx", {}),
    ("pdf", "en", "reclass_up", "EX-02", "cover", "{t} - Reclass {plv} to {lv} - signed.pdf", {}),
    ("pdf", "fr", "plain", "EX-01", "plain", "{t} ({y}).pdf", {"pair": "C", "role": "old"}),
    ("pdf", "en", "new", "EX-01", "cover", "{t} NEW POSITION - classification package.pdf", {}),
    ("pdf", "en", "update", "EX-02", "wd_rationale", "WD update {y} - {t}.pdf", {"pdf_header": "PROTECTED A"}),
    ("pdf", "en", "reclass_up", "EX-03", "note", "{t} {lv} reclass note.pdf", {"rep": "prose"}),
    ("pdf", "bi", "create_abolish", "EX-02", "cover", "{t} - creation abolition package.pdf", {}),
    ("pdf", "en", "plain", "EX-02", "plain", "{t}.pdf", {"csr": True}),
    ("pdf", "en", "title_change", "EX-02", "chart_wd", "{t} - org chart and WD (title change).pdf", {}),
    ("ocr", "en", "reclass_up", "EX-02", "cover", "{t} - reclass package - signed.txt", {"pair": "B", "role": "scan", "strength": 2, "ocr_layout": "wrapped"}),
    ("ocr", "en", "reclass_up", "EX-02", "note", "Scan_{y}-{mm} {t}.txt", {"strength": 1, "ocr_layout": "pages"}),
    ("ocr", "en", "new", "EX-02", "cover", "{t} new position scan.txt", {"eff_none": "Upon approval", "strength": 2, "ocr_layout": "oneline"}),
    ("ocr", "fr", "reclass_up", "EX-02", "cover", "{t} - reclassification {lv} (numérisé).txt", {"strength": 2, "ocr_layout": "wrapped"}),
    ("ocr", "fr", "reclass_up", "EX-02", "wd_rationale", "{t} - reclassification {lv} (signée).txt", {"pair": "C", "role": "new", "strength": 1, "ocr_layout": "pages"}),
    ("ocr", "en", "create_abolish", "EX-03", "cover_chart", "{t} - abolition-creation - scanned.txt", {"strength": 2, "ocr_layout": "wrapped", "running_head": "CLASSIFICATION - PROTECTED"}),
    ("ocr", "en", "plain", "EX-01", "plain", "{t} old scan.txt", {"strength": 3, "ocr_layout": "oneline"}),
    ("ocr", "en", "update", "EX-03", "cover", "{t} - WD update {y} signed.txt", {"strength": 1, "ocr_layout": "wrapped"}),
    ("ocr", "bi", "reclass_up", "EX-03", "note", "{t} - reclass - scan bilingue.txt", {"strength": 1, "ocr_layout": "pages", "wrapper": False}),
    ("ocr", "en", "reclass_up", "EX-02", "wd_cp", "{t} current vs proposed (scan).txt", {"strength": 2, "ocr_layout": "oneline"}),
    ("ocr", "fr", "new", "EX-01", "wd_rationale", "Nouveau poste - {t} - numérisé.txt", {"strength": 3, "ocr_layout": "wrapped"}),
    ("ocr-columns", "en", "reclass_up", "EX-02", "wd_rationale", "{t} - proposed {lv} - scan.txt", {"strength": 1}),
    ("ocr-columns", "en", "plain", "EX-03", "plain", "{t} - scanned WD.txt", {"strength": 2, "col_lines": True, "col_sep": " | "}),
    ("ocr-columns", "fr", "update", "EX-01", "plain", "{t} - mise à jour.txt", {"strength": 1, "col_lines": True}),
    ("text", "en", "reclass_up", "EX-02", "cover", "{t} - classification request.txt", {"kvl": "next"}),
    ("text", "en", "new", "EX-01", "cover_chart", "{t} - new position package.txt", {"kvl": "dots"}),
    ("text", "fr", "reclass_up", "EX-03", "note", "{t} - note de reclassification.txt", {"kvl": "colon"}),
    ("text", "en", "create_abolish", "EX-02", "wd_rationale", "{t} (new, replaces {pn}).txt", {"kvl": "tab"}),
    ("text", "en", "plain", "EX-01", "plain", "{t}.txt", {"kvl": "upper", "rep_cls": False}),
    ("text-cp1252", "en", "reclass_up", "EX-03", "cover", "{t} - reclass to {lv} - FINAL.txt", {"kvl": "colon"}),
    ("text-cp1252", "en", "title_change", "EX-01", "cover", "{t} - title change request.txt", {"kvl": "dots"}),
    ("markdown", "en", "reclass_up", "EX-02", "wd_cp", "{t} - classification package.md", {}),
]


def base_options(rng, kind):
    o = dict(labels=rng.randrange(3), heads=rng.randrange(5), lvl=rng.randrange(6), date=rng.randrange(7),
             amt=rng.randrange(5), loc=rng.randrange(3), order=rng.randrange(3),
             sup=rng.choice(["fields", "fields", "sentence"]), rep=rng.choice(["list", "list", "table", "prose"]),
             repfmt=rng.randrange(5), fte_style=rng.randrange(2),
             kvl=rng.choice(["colon", "colon", "next", "dots", "tab", "upper"]),
             bullet=rng.choice(["- ", "* ", "• ", "o "]), olfmt=rng.randrange(2),
             incumbent_line=rng.random() < 0.4, csr=rng.random() < 0.1, combined=rng.random() < 0.1,
             total=rng.random() > 0.15, rep_cls=rng.random() > 0.08, rep_fte=rng.random() > 0.08,
             dim_table=rng.random() < 0.5, kv_table=rng.random() < 0.75, docx_head=rng.randrange(2),
             strength=rng.choice([1, 2, 2, 3]), ocr_layout=rng.choice(["oneline", "pages", "wrapped"]),
             loc_end=rng.random() < 0.1)
    return o


def previous_version(p, rng):
    """The position as its earlier description stated it (before the reclassification)."""
    q = Pos()
    q.__dict__.update(p.__dict__)
    q.action = "plain"
    q.level, q.title_en, q.title_fr = p.prev_level, p.prev_title_en, p.prev_title_fr
    q.number = p.prev_number
    q.effective = p.prev_effective
    q.reports = [dict(r) for r in p.reports[1:]] + ([dict(p.abolished)] if p.abolished else [])
    q.fte = sum(r["fte"] for r in q.reports) + 1 + rng.randrange(0, 5)
    q.salary = round(q.fte * 90_000, -4)
    q.om = max(p.om - 100_000, 50_000)
    q.total = q.salary + q.om
    q.gc = None
    return q


def assemble(p, lang, style, o, rng):
    if style == "wd_rationale":
        o.setdefault("lvl_note", "(Proposed)" if L(lang) == "en" else "(proposé)")
    if style == "wd_cp":
        o["lvl_current_proposed"] = True
    wd = wd_blocks(p, lang, o, rng)
    sig = signature_blocks(p, lang, o)
    if style == "plain":
        return wd + sig
    if style == "cover":
        return cover_blocks(p, lang, o) + [("pagebreak",)] + wd + rationale_blocks(p, lang, o, rng) + approval_blocks(p, lang, o)
    if style == "cover_chart":
        return (cover_blocks(p, lang, o) + chart_blocks(p, lang, o) + [("pagebreak",)] + wd
                + rationale_blocks(p, lang, o, rng) + approval_blocks(p, lang, o))
    if style == "wd_rationale":
        return wd + sig + [("pagebreak",)] + rationale_blocks(p, lang, o, rng)
    if style == "note":
        return [note_block(p, lang, o)] + wd + sig
    if style == "chart_wd":
        return chart_blocks(p, lang, o) + [("pagebreak",)] + wd + sig
    if style == "wd_cp":
        return wd + [("pagebreak",)] + chart_blocks(p, lang, o) + approval_blocks(p, lang, o)
    raise ValueError(style)


def blocks_text(blocks) -> str:
    return "\n".join(text_lines(blocks, {"kvl": "colon"}))


def render(kind, blocks, o, rng, p, lang) -> bytes:
    lg = L(lang)
    short = T.DEPARTMENTS[[d[0] for d in T.DEPARTMENTS].index(p.dept_en)][3 if lg == "fr" else 2]
    footer = f"{short} - {title_of(p, lg)}"
    if kind == "docx":
        return docx_file(blocks, o, footer if o.get("docx_footer", True) else None)
    if kind == "markdown":
        return md_text(blocks).encode("utf-8")
    lines = text_lines(blocks, o)
    if kind == "pdf":
        return pdf_file(lines, o, footer)
    if kind == "text":
        return ("\n".join(lines).replace("\f", "") + "\n").encode("utf-8")
    if kind == "text-cp1252":
        txt = "\n".join(lines).replace("\f", "").replace("'", "\u2019") + "\n"
        return txt.replace("\n", "\r\n").encode("cp1252")
    if kind == "ocr":
        return ocr_text(lines, o, rng, footer).encode("utf-8")
    if kind == "ocr-columns":
        return ocr_columns_text(blocks, o, rng, footer).encode("utf-8")
    raise ValueError(kind)


def expected_for(doc, kind, lang, p, o, style, text):
    lg = L(lang)
    loc = None
    if p.loc:
        loc = f"{p.loc[0]}, {p.loc[2] if lg == 'fr' else p.loc[1]}"
    reports = [dict(title=r["title_fr"] if lg == "fr" else r["title_en"],
                    classification=r["cls"] if (o.get("rep_cls", True) or style in ("cover_chart", "chart_wd", "wd_cp")) else None,
                    fte=r["fte"] if o.get("rep_fte", True) else None) for r in p.reports]
    combined = o.get("combined")
    f = dict(title=p.title_fr if lg == "fr" else p.title_en, classification=p.level, job_code=p.job_code,
             position_number=p.number, effective_date=None if o.get("eff_none") else p.effective,
             supervisor=dict(position_number=p.sup_number, title=p.sup_title_fr if lg == "fr" else p.sup_title_en,
                             classification=p.sup_class),
             direct_reports=reports, salary=None if combined else p.salary, o_and_m=None if combined else p.om,
             total=p.total if (combined or o.get("total", True)) else None, location=loc)
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    if p.sup_number is None:
        ns.append("supervisor.position_number")
    also = dict(fte=p.fte, operating_budget=p.total if combined else None, program_budget=p.gc,
                provisional_number=p.provisional, department=p.dept_fr if lg == "fr" else p.dept_en)
    if lang == "bi":
        also["title_fr"] = p.title_fr
    if style == "plain":
        pass
    elif p.action in ("reclass_up", "reclass_down"):
        also["package"] = "reclassification"
        also["previous_classification"] = p.prev_level
        if p.prev_title_en != p.title_en and style in ("cover", "cover_chart", "chart_wd", "wd_cp"):
            also["previous_title"] = p.prev_title_fr if lg == "fr" else p.prev_title_en
        also["previous_effective_date"] = p.prev_effective if style in ("cover", "cover_chart", "note") else None
        also["note"] = "the description is for the proposed (reclassified) position; the truth is the proposed level"
    elif p.action == "new":
        also["package"] = "new position"
        also["note"] = "a position being created: proposed level, no position number yet"
    elif p.action == "create_abolish":
        also["package"] = "abolition and creation"
        also["abolished_position_number"] = p.prev_number
        also["previous_classification"] = p.prev_level
        also["note"] = "the truth is the new position; the abolished one is only mentioned"
    elif p.action == "update":
        also["package"] = "update, level confirmed"
    elif p.action == "title_change":
        also["package"] = "title change"
        also["previous_title"] = p.prev_title_fr if lg == "fr" else p.prev_title_en
    if style in ("cover_chart", "chart_wd", "wd_cp") and p.abolished and p.action != "new":
        also["abolished_report"] = p.abolished["title_fr" if lg == "fr" else "title_en"]
    cands = [p.incumbent] + p.signers + p.committee
    people = sorted({n for n in cands if n and n in text})
    return dict(document=doc, kind=kind, language="bilingual" if lang == "bi" else lang, outcome="import", fields=f, not_stated=ns, also=also,
                people=people, versions=None)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    style = "'" if (s[:1].isdigit() or s in ("NEW", "TBD")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(d) -> str:
    return yaml.dump(d, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=200)


# ------------------------------------------------------------------ documents to refuse
def refusals(rng, names_en, names_fr, used):
    """(file name, kind, language, bytes, people, reason)"""
    out = []
    # 1. a rationale only (with its rating), no work description
    th, dp = next(t for t in T.THEMES if (t[0], "EX-02") not in used), T.DEPARTMENTS[9]
    p = make_position(rng, 0, "en", "reclass_up", "EX-02", th, dp, names_en)
    o = base_options(rng, "docx")
    blocks = [("title", "CLASSIFICATION RATIONALE - EXECUTIVE POSITION"),
              ("kv", [("Position", p.title_en), ("Position number", p.number), ("Current level", p.prev_level),
                      ("Proposed level", p.level), ("Department", p.dept_en)])]
    blocks += rationale_blocks(p, "en", o, rng)[1:]
    blocks += [("p", "The work description is attached separately (see the reclassification package)."),
               ("sig", [f"Committee chair: {p.signers[0]}"])]
    txt = blocks_text(blocks)
    out.append((f"Classification rationale - {p.title_en}.docx", "docx", "en", docx_file(blocks, o),
                sorted({n for n in p.committee + p.signers if n in txt}),
                "a classification rationale and rating only, no work description"))
    # 2. a French rating sheet from a scan
    th, dp = next(t for t in T.THEMES[::-1] if (t[0], "EX-03") not in used), T.DEPARTMENTS[12]
    p = make_position(rng, 0, "fr", "reclass_up", "EX-03", th, dp, names_fr)
    o = base_options(rng, "ocr")
    blocks = [("title", "FICHE D'ÉVALUATION - GROUPE DE LA DIRECTION (EX)"),
              ("kv", [("Titre du poste", p.title_fr), ("No du poste", p.number), ("Niveau actuel", p.prev_level),
                      ("Niveau proposé", p.level), ("Ministère", p.dept_fr)])]
    blocks += rating_blocks(p, "fr", o, rng)
    blocks += [("sig", [f"Présidente du comité : {p.signers[0]}   Date : {fmt_date(p.effective, 'fr', 0)}"])]
    o.update(strength=2, ocr_layout="wrapped")
    text = ocr_text(text_lines(blocks, {"kvl": "colon"}), o, rng, "SP - Fiche d'évaluation")
    txt = blocks_text(blocks)
    out.append(("Fiche d'évaluation - DG, Politiques (1).txt", "ocr", "fr", text.encode("utf-8"),
                sorted({n for n in p.committee + p.signers if n in txt}), "a rating sheet only"))
    # 3. a bilingual organization chart, before and after, as a PDF
    dp = T.DEPARTMENTS[7]
    lines = ["ORGANIZATION CHART / ORGANIGRAMME", "Regional Operations Sector / Secteur des opérations régionales",
             f"{dp[0]} / {dp[1]}", "", "BEFORE / AVANT (2021-04-01)",
             "Assistant Deputy Minister, Regional Operations / Sous-ministre adjoint, Opérations régionales (EX-05)",
             "  +-- Director General, Atlantic Region / Directeur général, Région de l'Atlantique (EX-03)",
             "  +-- Director General, Ontario Region / Directeur général, Région de l'Ontario (EX-03)",
             "        +-- Director, Community Infrastructure / Directeur, Infrastructure communautaire (EX-01)",
             "        +-- Director, Health Programs / Directrice, Programmes de santé (EX-01)",
             "  +-- Director, Regional Coordination / Directrice, Coordination régionale (EX-01)", "",
             "AFTER / APRÈS (proposed / proposé, 2024-04-01)",
             "Assistant Deputy Minister, Regional Operations / Sous-ministre adjoint, Opérations régionales (EX-05)",
             "  +-- Director General, Atlantic Region / Directeur général, Région de l'Atlantique (EX-03)",
             "  +-- Director General, Ontario Region / Directeur général, Région de l'Ontario (EX-03)",
             "        +-- Executive Director, Community Infrastructure / Directeur exécutif, Infrastructure communautaire (EX-02) - reclassified / reclassifié",
             "        +-- Director, Health Programs / Directrice, Programmes de santé (EX-01)",
             "  +-- Director, Regional Coordination (EX-01) - abolished / aboli", "",
             "FTEs / ETP: 412 (before / avant) - 398 (after / après)", "Prepared by / Préparé par: Organizational Design / Conception organisationnelle"]
    out.append(("Org chart before-after - Regional Operations.pdf", "pdf", "bilingual",
                pdf_file(lines, {}, "ISC / SAC - Org chart"), [], "an organization chart only"))
    # 4. a scanned package without a text layer
    out.append(("Reclassification package - scan 2023-11-08.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a PDF without a text layer (scanned pages, no OCR)"))
    # 5. a memo asking for a reclassification (cp1252 text)
    a, b, c = rng.sample(names_en, 3)
    memo = [f"MEMORANDUM", "", f"TO:\tDirector General, Human Resources", f"FROM:\t{a}, Director General, Program Operations",
            "DATE:\tMarch 14, 2023", "SUBJECT:\tRequest for reclassification – position 58213, Director, Grants and Contributions Operations",
            "", "PURPOSE", "",
            "To request the reclassification of position 58213, Director, Grants and Contributions Operations, from EX-01 to EX-02,",
            "following the transfer of the regional coordination function to the directorate on January 1, 2023.", "",
            "BACKGROUND", "",
            "The directorate has grown from 48 to 96 FTEs and its grants and contributions budget from $24M to $61M. The",
            "director now represents the department at the interdepartmental committee on program delivery. I believe the",
            "position's current EX-01 level no longer reflects the work.", "",
            "ATTACHMENTS", "", "1. Revised work description (proposed EX-02)", "2. Organization charts, current and proposed",
            "3. Draft rationale", "",
            f"Please contact {b}, Executive Assistant, at 819-555-0142 to arrange the committee's review.", "",
            f"{a}", f"c.c.: {c}, Classification Advisor"]
    out.append(("RE Reclassification request - Director G&C Ops.txt", "text-cp1252", "en",
                ("\r\n".join(memo).replace("'", "\u2019") + "\r\n").encode("cp1252"),
                sorted(n.replace("'", "\u2019") for n in (a, b, c)),
                "a memo requesting a reclassification; the description is only an attachment"))
    # 6. a French classification decision letter
    a, b = rng.sample(names_fr, 2)
    o = base_options(rng, "docx")
    blocks = [("title", "Agence canadienne d'inspection des aliments"),
              ("p", "Le 22 février 2024"), ("p", f"{b}\nDirectrice générale, Opérations d'inspection"),
              ("p", "Objet : Décision de classification – poste 40118"),
              ("p", f"Madame {b.split()[-1]},"),
              ("p", "À la suite de l'examen du comité de classification des cadres, je vous informe que le poste 40118, "
                    "Directeur exécutif, Opérations d'inspection, est classifié au groupe et niveau EX-02 à compter du "
                    "1er avril 2024 (auparavant EX-01). La description de travail approuvée et la justification sont "
                    "conservées au dossier de classification."),
              ("p", "Le titulaire du poste et les représentants de l'employeur peuvent présenter un grief de "
                    "classification dans les 35 jours suivant la réception de la présente décision."),
              ("p", "Veuillez agréer, Madame, l'expression de mes sentiments distingués."),
              ("sig", [a, "Dirigeante principale des ressources humaines"])]
    o["docx_head"] = 1
    out.append(("Décision de classification - EX-02 - poste 40118.docx", "docx", "fr", docx_file(blocks, o), sorted([a, b]),
                "a classification decision letter, not a work description"))
    return out


# ------------------------------------------------------------------ main
def main():
    rng = random.Random(SEED)
    names_en, names_fr = list(T.NAMES_EN), list(T.NAMES_FR)
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir()
    EXPECTED.mkdir()
    pairs = {}
    used = set()
    docs = []  # (name, bytes, expected)
    theme_order = list(range(len(T.THEMES)))
    dept_order = list(range(len(T.DEPARTMENTS)))
    rng.shuffle(theme_order)
    rng.shuffle(dept_order)
    for i, (kind, lang, action, level, style, pattern, over) in enumerate(PLAN):
        o = base_options(rng, kind)
        o.update(over)
        if L(lang) == "fr" and kind == "pdf":
            o["fr_footer"] = True
        pair, role = over.get("pair"), over.get("role")
        lvl_key = next(e for e in PLAN if e[6].get("pair") == pair and e[6].get("role") == "new")[3] if pair else level
        if role in ("scan",) or (role == "new" and pair in pairs):
            theme = None
        else:
            k = i
            keys = [lvl_key, level] if role == "old" else [lvl_key]
            while any((T.THEMES[theme_order[k % len(theme_order)]][0], x) in used for x in keys):
                k += 1
            theme = T.THEMES[theme_order[k % len(theme_order)]]
            used.update((theme[0], x) for x in keys)
        dept = T.DEPARTMENTS[dept_order[i % len(dept_order)]]
        if theme and theme[0] in T.THEME_DEPTS:
            dept = T.DEPARTMENTS[T.THEME_DEPTS[theme[0]][i % len(T.THEME_DEPTS[theme[0]])]]
        names = names_fr if L(lang) == "fr" else names_en
        if pair and pair in pairs:
            entry = pairs[pair]
        else:
            entry = None
        if role == "old":
            # the earlier description of the position that the pair's new entry reclassifies
            new_spec = next(e for e in PLAN if e[6].get("pair") == pair and e[6].get("role") == "new")
            newp = make_position(rng, i, lang, new_spec[2], new_spec[3], theme, dept, names)
            pairs[pair] = dict(p=newp)
            p = previous_version(newp, rng)
            blocks = assemble(p, lang, style, o, rng)
        elif role == "new" and entry:
            p = entry["p"]
            blocks = assemble(p, lang, style, o, rng)
        elif role == "scan":
            p, blocks, o0 = entry["p"], entry["blocks"], entry["o"]
            o = dict(o0, **{k: v for k, v in over.items() if k in ("strength", "ocr_layout")})
        else:
            p = make_position(rng, i, lang, action, level, theme, dept, names)
            blocks = assemble(p, lang, style, o, rng)
            if pair:
                pairs[pair] = dict(p=p, blocks=blocks, o=o)
        lg = L(lang)
        name = pattern.format(t=title_of(p, lg), lv=p.level, plv=p.prev_level, n=p.number or p.provisional,
                              pn=p.prev_number, y=p.effective.year, mm=f"{p.effective.month:02d}")
        data = render(kind, blocks, o, rng, p, lang)
        exp = expected_for(name, kind, lang, p, o, style, blocks_text(blocks))
        if kind == "text-cp1252":
            exp["people"] = [n.replace("'", "\u2019") for n in exp["people"]]
        if pair:
            exp["_pair"] = (pair, role)
        docs.append((name, data, exp))
    for name, kind, lang, data, people, reason in refusals(rng, names_en, names_fr, used):
        exp = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                   also=dict(reason=reason), people=people, versions=None)
        docs.append((name, data, exp))
    # versions
    groups = {}
    for name, _, exp in docs:
        if "_pair" in exp:
            groups.setdefault(exp["_pair"][0], []).append((exp["_pair"][1], name))
    for name, _, exp in docs:
        if "_pair" in exp:
            pair = exp.pop("_pair")[0]
            members = groups[pair]
            newest = next(n for r, n in members if r in ("new", "scan") and (r == "scan" or all(rr != "scan" for rr, _ in members)))
            exp["versions"] = dict(documents=[n for _, n in members], newest=newest,
                                   same_text=all(r in ("new", "scan") for r, _ in members) and len(members) == 2
                                   and any(r == "scan" for r, _ in members))
    seen = set()
    for name, data, exp in docs:
        assert name not in seen, name
        assert "/" not in name
        seen.add(name)
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(exp), encoding="utf-8")
    print(f"{len(docs)} documents written to {CORPUS}")


if __name__ == "__main__":
    main()
