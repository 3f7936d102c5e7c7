"""Write the blind70 corpus: an ESDC / Service Canada executive-services share drive (2012-2024).

    /work/main/.venv/bin/python bench/import/blind70/make_blind.py

Writes corpus/ and expected/ next to this file, byte for byte the same on every run (fixed
seeds; .docx with fixed core properties and zip timestamps; PDFs by tests/import_files.pdf_bytes).
Written without reading the importer, its tests or the other corpora."""
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

SEED = "blind70"
STATS = []           # the choices made per document, for the write-up (not written anywhere)
POS = {p[0]: dict(zip(("key", "cls", "title_en", "title_fr", "branch_en", "branch_fr", "sup", "loc_en",
                       "loc_fr", "domain", "what_en", "what_fr"), p)) for p in T.P}

# ---------------------------------------------------------------- position facts (stable per position)

def _facts():
    rng = random.Random(SEED + "-facts")
    used = set()
    for key in POS:
        while True:
            n = str(rng.randint(310000, 399999))
            if n not in used:
                used.add(n)
                break
        POS[key]["posno"] = n
        POS[key]["job_code"] = str(rng.randint(103100, 104999))
    names = [(f, l) for f in T.FIRST for l in T.LAST]
    rng.shuffle(names)
    it = iter(f"{f} {l}" for f, l in names)
    for key in POS:
        POS[key]["names"] = [next(it) for _ in range(3)]
    return it


NAMES = _facts()     # what is left serves the documents to refuse


def sup_of(p):
    s = p["sup"]
    if s in POS:
        q = POS[s]
        return q["posno"], q["title_en"], q["title_fr"], q["cls"]
    return T.SUPERVISORS[s]


def build_reports(p, rng, revised=False):
    pool = T.REPORTS_DG if p["cls"] == "EX-03" else T.REPORTS_DIR
    n = rng.randint(3, 6)
    picks = rng.sample(pool, n)
    out = []
    for t_en, t_fr, cls in picks:
        if cls.startswith("AS-0") and cls in ("AS-01", "AS-03"):
            fte = 1
        elif cls == "EX-01":
            fte = rng.randint(25, 260)
        elif cls in ("EC-07", "EC-06", "PM-05"):
            fte = rng.randint(1, 8)
        else:
            fte = rng.randint(6, 95)
        out.append({"title_en": t_en, "title_fr": t_fr, "cls": cls, "fte": fte})
    if revised:
        for r in out:
            if r["fte"] > 3:
                r["fte"] = r["fte"] + rng.randint(2, 14)
    return out


# ---------------------------------------------------------------- notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(d, lang, rng):
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {m_fr} {d.year}", f"le {day} {m_fr} {d.year}", d.isoformat(),
                           f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {ABBR_FR[d.month - 1]} {d.year}",
                           f"{d.year}/{d.month:02d}/{d.day:02d}"])
    return rng.choice([f"{m_en} {d.day}, {d.year}", f"{m_en} {ordinal(d.day)}, {d.year}", f"{d.day} {m_en} {d.year}",
                       f"{m_en[:3]}{'' if d.month == 5 else '.'} {d.day}, {d.year}", d.isoformat(), f"{d.year}/{d.month:02d}/{d.day:02d}",
                       f"{m_en[:3].upper()} {d.day:02d} {d.year}", f"{d.day}-{m_en[:3]}-{d.year}"])


def fmt_cls(c, rng, allow_paren=False):
    g, n = c.split("-")
    forms = [c, c, f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}"]
    if allow_paren:
        forms.append(f"({c})")
    return rng.choice(forms)


def _group(n, sep):
    return f"{n:,}".replace(",", sep)


def fmt_amount(a, lang, rng):
    m = a / 1_000_000
    ms = f"{m:.3f}".rstrip("0").rstrip(".")
    if lang == "fr":
        forms = [f"{_group(a, ' ')} $", f"{_group(a, ' ')},00 $", f"{ms.replace('.', ',')} M$",
                 f"{ms.replace('.', ',')} million $" if m < 2 else f"{ms.replace('.', ',')} millions $"]
        if a % 1000 == 0:
            forms.append(f"{_group(a // 1000, ' ')} k$")
        return rng.choice(forms)
    forms = [f"${a:,}", f"${a:,}.00", f"${ms}M", f"${ms} million"]
    if a % 1000 == 0:
        forms.append(f"${a // 1000:,}K")
    return rng.choice(forms)


def fmt_fte(n, lang, rng, style=None):
    if lang == "fr":
        s = (style or rng.choice(["{n} ETP", "effectif de {n}", "{n} employés", "{n} ETP"])).format(n=n)
    else:
        s = (style or rng.choice(["{n} FTEs", "{n} FTE", "{n} FTE's", "staff of {n}", "{n} employees"])).format(n=n)
    if n == 1:
        for a, b in (("FTEs", "FTE"), ("FTE's", "FTE"), ("employees", "employee"), ("employés", "employé")):
            s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- labels

LABELS = {
    "enA": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
                eff="Effective Date", spos="Supervisor's Position No.", stitle="Supervisor's Position Title",
                scls="Supervisor's Classification", loc="Geographic Location", branch="Branch"),
    "enB": dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NO.", eff="EFFECTIVE DATE",
                spos="REPORTS TO (POSITION NO.)", stitle="REPORTS TO (TITLE)", scls="REPORTS TO (GROUP/LEVEL)",
                loc="LOCATION", branch="BRANCH"),
    "enC": dict(title="Job Title", cls="Level", job="Generic Job No.", pos="Position #", eff="Date in Effect",
                spos="Immediate Supervisor Position #", stitle="Immediate Supervisor Title",
                scls="Supervisor Group & Level", loc="Work Location", branch="Branch/Region"),
    "enD": dict(title="Position title", cls="Group and level", job="Job number", pos="Position number",
                eff="Effective", spos="Supervisor position number", stitle="Supervisor title",
                scls="Supervisor group and level", loc="City/Province", branch="Organization"),
    "frA": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro de poste",
                eff="Date d'entrée en vigueur", spos="No de poste du superviseur",
                stitle="Titre du poste du superviseur", scls="Classification du superviseur",
                loc="Lieu géographique", branch="Direction générale"),
    "frB": dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE",
                eff="DATE DE PRISE D'EFFET", spos="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT",
                stitle="TITRE DU SUPÉRIEUR IMMÉDIAT", scls="GROUPE ET NIVEAU DU SUPÉRIEUR", loc="EMPLACEMENT",
                branch="DIRECTION GÉNÉRALE"),
    "frC": dict(title="Titre", cls="Niveau", job="No d'emploi générique", pos="No de poste", eff="En vigueur le",
                spos="Poste du gestionnaire (no)", stitle="Titre du gestionnaire", scls="Niveau du gestionnaire",
                loc="Lieu de travail", branch="Secteur"),
}
BI_LABELS = dict(title="Position Title / Titre du poste", cls="Group and Level / Groupe et niveau",
                 job="Job Code / Code d'emploi", pos="Position Number / Numéro de poste",
                 eff="Effective Date / Date d'entrée en vigueur",
                 spos="Supervisor's Position No. / No de poste du superviseur",
                 stitle="Supervisor's Title / Titre du superviseur",
                 scls="Supervisor's Group and Level / Groupe et niveau du superviseur",
                 loc="Location / Lieu", branch="Branch / Direction générale")

HEAD = {
    "en": dict(doc=["EXECUTIVE WORK DESCRIPTION", "Executive Group Work Description", "Job Description",
                    "EX WORK DESCRIPTION"],
               ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position"],
               org=["Organization Structure", "Organizational Structure", "ORGANIZATIONAL CONTEXT"],
               ns=["Nature and Scope", "NATURE AND SCOPE", "Context and Challenges"],
               dim=["Dimensions", "DIMENSIONS", "Key Dimensions"],
               sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
               cert=["Certification", "CERTIFICATION", "Signatures"],
               csr=["Client Service Results", "CLIENT SERVICE RESULTS"],
               ka=["Key Activities", "KEY ACTIVITIES"]),
    "fr": dict(doc=["DESCRIPTION DE TRAVAIL DE LA DIRECTION", "Description de travail – Groupe de la direction",
                    "Description de poste", "DESCRIPTION DE TRAVAIL EX"],
               ga=["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste"],
               org=["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Contexte organisationnel"],
               ns=["Nature et étendue", "NATURE ET ÉTENDUE", "Contexte et défis"],
               dim=["Dimensions", "DIMENSIONS", "Principales dimensions"],
               sa=["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Activités principales"],
               cert=["Attestation", "ATTESTATION", "Signatures"],
               csr=["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
               ka=["Activités principales", "ACTIVITÉS PRINCIPALES"]),
}
DIM_LABELS = {
    "en": [("Salary", "O&M", "Total"), ("Salary budget", "Operations and Maintenance", "Total budget"),
           ("Salaries", "Operating (O&M)", "Total operating budget"), ("Salary dollars", "Non-salary O&M", "Total")],
    "fr": [("Salaires", "F et E", "Total"), ("Budget salarial", "Fonctionnement et entretien", "Budget total"),
           ("Masse salariale", "Budget de F et E", "Total du budget de fonctionnement")],
    "bi": [("Salary / Salaires", "O&M / F et E", "Total")],
}
FTE_LABEL = {"en": ["FTEs", "Full-time equivalents", "Employees", "Number of FTE's"],
             "fr": ["ETP", "Équivalents temps plein", "Effectif"], "bi": ["FTEs / ETP"]}


# ---------------------------------------------------------------- a document's content as blocks

def fr_fix(s, *titles):
    """French contractions and the article of a feminine title."""
    for a, b in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux ")):
        s = s.replace(a, b)
    for t in titles:
        if any(w in t.split(",")[0] for w in ("Directrice", "adjointe", "Dirigeante")):
            s = s.replace(f"du {t}", f"de la {t}").replace(f"au {t}", f"à la {t}")
    return s


def short_title(title, lang):
    head = title.split(",")[0]
    return head if lang != "fr" else head


def build(spec):
    """Blocks of one work description and its truth. spec: key, lang, year, options."""
    rng = random.Random(f"{SEED}-{spec['seedname']}")
    p = POS[spec["key"]]
    lang = spec["lang"]
    tl = "fr" if lang == "fr" else "en"           # language of the truth values
    labs = BI_LABELS if lang == "bi" else LABELS[spec.get("labels") or rng.choice(
        ["frA", "frB", "frC"] if lang == "fr" else ["enA", "enB", "enC", "enD"])]
    rrng = random.Random(f"{SEED}-reports-{spec['key']}")
    reports = build_reports(p, rrng, revised=spec.get("revised", False))
    spos, st_en, st_fr, scls = sup_of(p)
    title = p["title_fr"] if tl == "fr" else p["title_en"]
    stitle = st_fr if tl == "fr" else st_en
    frng = random.Random(f"{SEED}-money-{spec['key']}-{spec.get('revised', False)}")
    fte_total = sum(r["fte"] for r in reports) + (1 if p["cls"] != "EX-03" else 2) + frng.randint(0, 40)
    salary = round(fte_total * frng.randint(78, 96) * 1000, -4)
    om = int(max(20000, round(salary * frng.uniform(0.02, 0.09), -4)))
    total = salary + om
    program = round(frng.randint(40, 900) * 1_000_000, -6) if p["domain"] == "gc" else None
    # per-document choices
    o = dict(spec.get("opts", {}))
    eff = None
    if not o.get("undated"):
        drng = random.Random(f"{SEED}-date-{spec['seedname'].split('#')[0]}")
        eff = dt.date(spec["year"], drng.randint(1, 12), drng.choice([1, 1, 1, 15, drng.randint(2, 28)]))
    has_job = o.get("job", rng.random() < 0.6)
    sup_mode = o.get("sup", rng.choice(["fields", "fields", "fields", "line", "prose"]))
    loc_mode = o.get("loc", rng.choice(["full", "full", "full", "city", "none"]))
    dim_mode = o.get("dim", rng.choice(["full", "full", "full", "full", "total_only", "no_total"]))
    rep_style = o.get("rep", rng.choice(["paren", "dash", "endash", "bracket", "prose", "table"]))
    rep_drop = o.get("drop", rng.choice([None, None, None, None, "cls", "fte"]))
    template = o.get("template", rng.choice(["classic", "classic", "csr"]))
    order = o.get("order", rng.choice(["ga-org-ns-dim-sa", "ga-dim-org-ns-sa", "ga-org-dim-ns-sa"]))
    posno = None if o.get("provisional") else p["posno"]
    dept_old = spec["year"] <= 2013
    dept = (T.OLD_DEPT_FR if tl == "fr" else T.OLD_DEPT_EN) if dept_old else (T.DEPT_FR if tl == "fr" else T.DEPT_EN)
    if lang == "bi":
        dept = (T.OLD_DEPT_EN + " / " + T.OLD_DEPT_FR) if dept_old else (T.DEPT_EN + " / " + T.DEPT_FR)
    loc_full = p["loc_fr"] if lang in ("fr",) else p["loc_en"]
    if lang == "bi" and rng.random() < 0.5:
        loc_full = p["loc_fr"]
    city = p["loc_en"].split(",")[0]
    location = {"full": loc_full, "city": city, "none": None}[loc_mode]
    incumbent = p["names"][0] if o.get("incumbent", rng.random() < 0.5) else None
    signer = p["names"][1]
    signer2 = p["names"][2] if rng.random() < 0.4 else None
    people = [n for n in (incumbent, signer, signer2) if n]

    STATS.append(dict(doc=spec["seedname"], kind=spec["kind"], labels=labs["title"], sup=sup_mode, loc=loc_mode,
                      dim=dim_mode, rep=rep_style, drop=rep_drop, template=template, order=order,
                      incumbent=bool(incumbent)))
    B = []
    add = B.append
    hl = "fr" if lang == "fr" else "en"
    H = {k: rng.choice(v) for k, v in HEAD[hl].items()}
    if lang == "bi":
        H = {k: f"{rng.choice(HEAD['en'][k][:2])} / {HEAD['fr'][k][0]}" for k in HEAD["en"]}
    add(("banner", dept))
    add(("title", H["doc"]))
    # header fields
    fields = []
    if lang == "bi" and o.get("bi_title") == "oneline":
        fields.append((labs["title"], f"{p['title_en']} / {p['title_fr']}"))
    else:
        fields.append((labs["title"], title))
        if lang == "bi":
            fields.append(("Titre du poste (français)", p["title_fr"]))
    fields.append((labs["cls"], fmt_cls(p["cls"], rng)))
    if has_job:
        fields.append((labs["job"], p["job_code"]))
    fields.append((labs["pos"], posno if posno else o["provisional"]))
    if eff:
        fields.append((labs["eff"], fmt_date(eff, hl, rng)))
    fields.append((labs["branch"], p["branch_fr"] if tl == "fr" else p["branch_en"]))
    if sup_mode == "fields":
        sfields = [(labs["spos"], spos), (labs["stitle"], stitle), (labs["scls"], fmt_cls(scls, rng))]
        if o.get("no_spos"):
            sfields = sfields[1:]
        fields += sfields
    elif sup_mode == "line":
        if hl == "fr":
            v = f"{stitle} ({fmt_cls(scls, rng)}), poste no {spos}"
            fields.append(("Relève de", v))
        else:
            v = f"{stitle} ({fmt_cls(scls, rng)}), Position No. {spos}"
            fields.append(("Reports to" if lang == "en" else "Reports to / Relève de", v))
    if location:
        fields.append((labs["loc"], location))
    if rng.random() < 0.4 and len(fields) > 6:     # the order of the form's fields varies
        mid = fields[2:5]
        rng.shuffle(mid)
        fields[2:5] = mid
    if incumbent:
        fields.append(("Titulaire" if hl == "fr" else "Incumbent" if lang == "en" else "Incumbent / Titulaire", incumbent))
    empties = []
    if spec.get("template") == "C":
        empties = [l for l, miss in ((labs["job"], not has_job), (labs["eff"], not eff), (labs["loc"], not location)) if miss]
    add(("fields", fields, empties))

    what = p["what_fr"] if hl == "fr" else p["what_en"]
    sup_for_prose = st_fr if hl == "fr" else st_en
    shortt = short_title(p["title_fr"] if hl == "fr" else p["title_en"], hl)
    ga = rng.choice(T.GA_FR if hl == "fr" else T.GA_EN).format(short=shortt, what=what, sup=sup_for_prose)
    sa = [s.format(what=what, sup=sup_for_prose) for s in (T.SA_FR if hl == "fr" else T.SA_EN)]
    sa = sa[:rng.randint(6, 8)]
    ns = (T.NS_FR if hl == "fr" else T.NS_EN)[p["domain"]]
    if hl == "fr":
        ga = fr_fix(ga, st_fr)
        sa = [fr_fix(x, st_fr) for x in sa]

    # structure: supervisor sentence + reports
    org = []
    cls_txt = fmt_cls(scls, rng)
    if hl == "fr":
        s = f"Le titulaire du poste relève du {st_fr}"
        s += f" ({cls_txt})." if sup_mode == "prose" else "."
        s = fr_fix(s, st_fr)
    else:
        s = f"The {shortt} reports to the {st_en}"
        s += f" ({cls_txt})." if sup_mode == "prose" else "."
    org.append(("p", s))
    rep_truth = []
    flang = "fr" if hl == "fr" else "en"
    fte_style = rng.choice(["{n} ETP", "effectif de {n}"] if flang == "fr" else ["{n} FTEs", "{n} FTE", "staff of {n}"])
    items = []
    for r in reports:
        rt = r["title_fr"] if flang == "fr" else r["title_en"]
        rc = None if rep_drop == "cls" else r["cls"]
        rf = None if rep_drop == "fte" else r["fte"]
        rep_truth.append({"title": rt, "classification": rc, "fte": rf})
        c = fmt_cls(rc, rng) if rc else None
        f = fmt_fte(rf, flang, rng, fte_style) if rf is not None else None
        items.append((rt, c, f, r))
    intro = ("Les postes suivants relèvent du titulaire :" if flang == "fr"
             else f"The following positions report to the {shortt}:")
    if rep_style == "table" or (rep_style == "prose" and spec["kind"] == "docx"
                                  and random.Random(spec["seedname"] + "-k").random() < 0.5):
        hdr = (["Titre", "Groupe/niveau", "ETP"] if flang == "fr" else ["Title", "Group/Level", "FTEs"])
        if rep_drop == "cls":
            hdr = [hdr[0], hdr[2]]
        if rep_drop == "fte":
            hdr = hdr[:2]
        rows = []
        for rt, c, f, r in items:
            row = [rt]
            if rep_drop != "cls":
                row.append(fmt_cls(r["cls"], rng))
            if rep_drop != "fte":
                row.append(str(r["fte"]))
            rows.append(row)
        org += [("p", intro), ("table", hdr, rows)]
    elif rep_style == "prose":
        parts = []
        for rt, c, f, r in items:
            bits = ", ".join(x for x in (c, f) if x)
            art = ("une" if rt.split(",")[0].split(" ")[0] in ("Directrice", "Conseillère", "Adjointe") else "un") \
                if flang == "fr" else "a"
            parts.append(f"{art} {rt}" + (f" ({bits})" if bits else ""))
        if flang == "fr":
            sent = "Le titulaire dirige " + "; ".join(parts[:-1]) + " et " + parts[-1] + "."
        else:
            sent = f"The {shortt} is supported by " + "; ".join(parts[:-1]) + " and " + parts[-1] + "."
        org.append(("p", sent))
    else:
        lines = []
        for rt, c, f, r in items:
            if rep_style == "paren":
                bits = ", ".join(x for x in (c, f) if x)
                lines.append(rt + (f" ({bits})" if bits else ""))
            elif rep_style == "dash":
                lines.append((f"{c} - " if c else "") + rt + (f" ({f})" if f else ""))
            elif rep_style == "endash":
                lines.append(" – ".join(x for x in (rt, c, f) if x))
            else:
                lines.append(rt + (f" [{c}]" if c else "") + (f" ({f})" if f else ""))
        org += [("p", intro), ("list", lines)]

    # dimensions
    dl = DIM_LABELS["bi" if lang == "bi" else hl]
    ls, lo, lt = rng.choice(dl)
    dims = [(rng.choice(FTE_LABEL["bi" if lang == "bi" else hl]), str(fte_total))]
    sal_t, om_t, tot_t = salary, om, total
    if dim_mode == "full":
        dims += [(ls, fmt_amount(salary, hl, rng)), (lo, fmt_amount(om, hl, rng)), (lt, fmt_amount(total, hl, rng))]
    elif dim_mode == "no_total":
        dims += [(ls, fmt_amount(salary, hl, rng)), (lo, fmt_amount(om, hl, rng))]
        tot_t = None
    else:
        lab = "Budget combiné (salaires et F et E)" if hl == "fr" else "Combined salary and O&M budget"
        dims += [(lab, fmt_amount(total, hl, rng))]
        sal_t = om_t = None
    if program:
        dims.append(("Subventions et contributions" if hl == "fr" else "Grants and contributions (program budget)",
                     fmt_amount(program, hl, rng)))
    dim_as = o.get("dimtable", spec["kind"] == "docx" and random.Random(spec["seedname"] + "-d").random() < 0.6)

    sections = {"ga": [("h", H["ga"]), ("p", ga)], "org": [("h", H["org"])] + org,
                "ns": [("h", H["ns"]), ("p", ns)],
                "dim": [("h", H["dim"])] + ([("table", ["", ""], dims)] if dim_as else [("dims", dims)]),
                "sa": [("h", H["sa"]), ("olist", sa)]}
    if template == "csr":
        csr = fr_fix((T.CSR_FR if hl == "fr" else T.CSR_EN).format(what=what))
        sections["ga"] = [("h", H["csr"]), ("p", csr)]
        sections["sa"] = [("h", H["ka"]), ("olist", sa)]
    for part in order.split("-"):
        B.append(("sec", part))
        B.extend(sections[part])
    if lang == "bi":
        B.append(("sec", "fr"))
        ga_fr = fr_fix(rng.choice(T.GA_FR).format(what=p["what_fr"], sup=st_fr), st_fr)
        B += [("h", "VERSION FRANÇAISE"), ("h", "Responsabilité générale"), ("p", ga_fr),
              ("h", "Nature et étendue"), ("p", T.NS_FR[p["domain"]]),
              ("h", "Responsabilités spécifiques"),
              ("olist", [fr_fix(s.format(what=p["what_fr"], sup=st_fr), st_fr) for s in T.SA_FR[:6]])]
    # certification
    sig = []
    if hl == "fr":
        sig.append("Je certifie que la présente description est un énoncé exact et complet des fonctions du poste.")
    else:
        sig.append("The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.")
    if incumbent:
        sig.append(f"{incumbent} — {'Titulaire' if hl == 'fr' else 'Incumbent'}")
    sig.append(f"{signer}, {st_fr if hl == 'fr' else st_en}")
    if signer2:
        sig.append(f"{signer2}, {'Conseillère en classification' if hl == 'fr' else 'Classification Advisor'}")
    B += [("sec", "cert"), ("h", H["cert"]), ("sig", sig)]

    truth = {
        "title": title, "classification": p["cls"], "job_code": p["job_code"] if has_job else None,
        "position_number": posno, "effective_date": eff,
        "supervisor": {"position_number": spos if (sup_mode in ("fields", "line") and not o.get("no_spos")) else None,
                       "title": stitle, "classification": scls},
        "direct_reports": rep_truth, "salary": sal_t, "o_and_m": om_t, "total": tot_t,
        "location": location.replace(" (", ", ").rstrip(")") if location else None,
    }
    also = {"fte": fte_total, "operating_budget": None, "program_budget": program,
            "provisional_number": o.get("provisional"), "department": dept.split(" / ")[0]}
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    return B, truth, also, people


# ---------------------------------------------------------------- text renderings

def render_text(B, rng, md=False, wrap=None, kv=None, head=None):
    kv = kv or ("md" if md else rng.choice(["colon", "colon", "next", "dots", "tab"]))
    head = head or ("md" if md else rng.choice(["bare", "caps", "capscolon", "num"]))
    bullet = "*   " if md else rng.choice(["- ", "• ", "* ", "o "])
    onum = rng.choice(["{i}. ", "{i}) ", "{i}.  "])
    out = []
    n = 0

    def para(t):
        if wrap and not md:
            out.extend(textwrap.wrap(t, wrap))
        else:
            out.append(t)

    def field(label, value):
        if kv == "md":
            out.append(f"*   **{label}:** {value}")
        elif kv == "colon":
            out.append(f"{label}: {value}")
        elif kv == "next":
            out.append(f"{label}:" if rng.random() < 0.5 else label)
            out.append(f"    {value}")
        elif kv == "dots":
            out.append(f"{label} {'.' * max(3, 44 - len(label))} {value}")
        else:
            out.append(f"{label}\t{value}")

    for b in B:
        t = b[0]
        if t == "banner":
            if not md:
                out += [b[1], ""]
        elif t == "title":
            out += [f"# {b[1]}" if md else b[1], ""]
        elif t == "fields":
            if md:
                out += ["## " + ("Renseignements sur le poste" if "Titre" in b[1][0][0] or "INTITUL" in b[1][0][0]
                                 else "Position Details"), ""]
            for label, value in b[1]:
                field(label, value)
            out.append("")
        elif t == "h":
            n += 1
            h = b[1]
            if head == "md":
                out.append(f"## {h}")
            elif head == "caps":
                out.append(h.upper())
            elif head == "capscolon":
                out.append(h.upper() + ":")
            elif head == "num":
                out.append(f"{n}. {h}")
            else:
                out.append(h)
            out.append("")
        elif t == "p":
            para(b[1])
            out.append("")
        elif t == "list":
            for it in b[1]:
                para(bullet + it)
            out.append("")
        elif t == "olist":
            for i, it in enumerate(b[1], 1):
                para(onum.format(i=i) + it)
            out.append("")
        elif t == "dims":
            for label, value in b[1]:
                field(label, value)
            out.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md:
                if any(hdr):
                    out.append("| " + " | ".join(hdr) + " |")
                    out.append("|" + "---|" * len(hdr))
                    out += ["| " + " | ".join(r) + " |" for r in rows]
                else:
                    for r in rows:
                        out.append(f"*   **{r[0]}:** {r[1]}")
            else:
                w = max(len(r[0]) for r in rows) + 3
                if any(hdr):
                    out.append(hdr[0].ljust(w) + "   ".join(hdr[1:]))
                for r in rows:
                    out.append(r[0].ljust(w) + "   ".join(r[1:]))
            out.append("")
        elif t == "sig":
            for s in b[1]:
                para(s)
                if not md and rng.random() < 0.5:
                    out.append("Date: ____________" if "Date" not in s else "")
            out.append("")
    while out and not out[-1]:
        out.pop()
    return out


# ---------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_ALT = {"1": "l", "0": "o", "6": "b", "2": "Z"}
CONFUSE = [("m", "rn"), ("rn", "m"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("ti", "b"),
           ("o", "a"), ("u", "ii"), ("f", "t"), ("a", "e")]


def damage(text, rng, strength):
    pd, pw, pr = {1: (0.12, 0.02, 0.015), 2: (0.3, 0.05, 0.03), 3: (0.5, 0.09, 0.06)}[strength]
    out = []
    for tok in text.split(" "):
        if any(c.isdigit() for c in tok):
            tok = "".join((DIGIT.get(c) if rng.random() < 0.85 else DIGIT_ALT.get(c, DIGIT.get(c)))
                          if c in DIGIT and rng.random() < pd else c for c in tok)
        elif len(tok) >= 5 and tok.isalpha() and rng.random() < pw:
            a, bb = rng.choice(CONFUSE)
            i = tok.find(a, 1)
            if i > 0:
                tok = tok[:i] + bb + tok[i + len(a):]
        out.append(tok)
        if rng.random() < pr and out:
            out.append("\0")
    s = " ".join(out).replace(" \0 ", "").replace(" \0", "")
    return s


STRAY = ["~", "'", ".", "|", "`", ",", ":", "\u00b7", "!", "_"]


def ocr(lines, rng, strength, layout, footer, wrapper=True, sigs=()):
    """A scanned signed copy read by OCR: damage, stray marks, running headers/footers."""
    lines = [damage(l.replace("\t", "   "), rng, strength) if l else l for l in lines]
    # stray marks and noise where signatures were
    for i, l in enumerate(lines):
        if l and rng.random() < 0.04 * strength:
            lines[i] = rng.choice(STRAY) + " " + l if rng.random() < 0.5 else l + " " + rng.choice(STRAY)
    noise = ["(i (CO;!;*;*;* ; ! ! ~", "[ Signatory: MA eget ee | Signet gE A", "~ ,/, . Ja /7 ^ ..",
             "_____ /s/ ____ ;l", "[Bete a [ato TE vam"]
    out_pages = []
    per = rng.randint(34, 52)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        pg = list(pg)
        if k == n:
            pg.append(rng.choice(noise))
        out_pages.append(pg)
    if layout == "oneline":
        chunks = []
        for k, pg in enumerate(out_pages, 1):
            chunks.append(" ".join(x for x in pg if x))
            if k < n:
                chunks.append(footer + "\n" + (str(k + 1) if rng.random() < 0.5 else f"a{k + 1}"))
        body = " ".join(chunks)
    elif layout == "pages":
        body = "\n".join(" ".join(x for x in pg if x) + " " + footer + (f"\n{k + 1} " if k < n else "")
                         for k, pg in enumerate(out_pages, 1))
    else:  # lines kept (wrapped unless two columns), hyphenated, header and page number on every page, form feeds, hyphenated, header and page number on every page, form feeds
        rows = []
        for k, pg in enumerate(out_pages, 1):
            if k > 1:
                rows += ["\f" + footer, ""]
            for l in pg:
                if len(l) > 78 and layout != "columns":
                    w = textwrap.wrap(l, 74)
                    for j, seg in enumerate(w):
                        if j < len(w) - 1 and rng.random() < 0.35 and len(w[j + 1].split(" ")[0]) > 6:
                            nxt = w[j + 1].split(" ", 1)
                            cut = len(nxt[0]) // 2
                            seg = seg + " " + nxt[0][:cut] + "-"
                            w[j + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
                        rows.append(seg)
                else:
                    rows.append(l)
            rows += ["", rng.choice([f"Page {k} of {n}", f"- {k} -", f"{k}", f"Page {k}"])]
        body = "\n".join(rows)
    if wrapper:
        body = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body
    return body + "\n"


def columns(left, right, width=46):
    """Two columns of a page read across the line."""
    L = []
    for l in left:
        L += textwrap.wrap(l, width - 2) if l else [""]
    R = []
    for r in right:
        R += textwrap.wrap(r, 60) if r else []
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    return [(a.ljust(width) + b).rstrip() if a else b for a, b in zip(L, R)]


# ---------------------------------------------------------------- Word files

def _docx():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    return docx, OxmlElement, qn, Pt


def content_control(paragraph, alias, value, sid):
    """A plain-text content control (a form field) holding value, or its placeholder when empty."""
    _, OxmlElement, qn, _ = _docx()
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for tag, val in (("w:alias", alias), ("w:tag", alias.replace(" ", ""))):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        pr.append(e)
    e = OxmlElement("w:id")
    e.set(qn("w:val"), str(sid))
    pr.append(e)
    if not value:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = value or "Click or tap here to enter text."
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def docx_bytes(doc, author, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(B, rng, template, footer):
    docx, OxmlElement, qn, Pt = _docx()
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial" if template != "A" else "Times New Roman"
    d.styles["Normal"].font.size = Pt(10 if template == "C" else 11)
    d.sections[0].footer.paragraphs[0].text = footer
    sid = 1000
    for b in B:
        t = b[0]
        if t == "banner":
            if template != "B":
                d.add_paragraph(b[1]).alignment = 1
        elif t == "title":
            if template == "A":
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
                p.alignment = 1
            else:
                d.add_heading(b[1], level=0 if template == "C" else 1)
        elif t == "fields":
            f = b[1]
            if template == "B":
                rows = (len(f) + 1) // 2
                tab = d.add_table(rows=rows, cols=4)
                tab.style = "Table Grid"
                for i, (label, value) in enumerate(f):
                    r, c = i % rows, (i // rows) * 2
                    tab.cell(r, c).text = label
                    tab.cell(r, c + 1).text = value
            else:
                tab = d.add_table(rows=0, cols=2)
                tab.style = "Table Grid"
                for label, value in f:
                    row = tab.add_row().cells
                    row[0].text = label + ("" if template == "C" else ":")
                    if template == "C" and not label.startswith(("Incumbent", "Titulaire")):
                        sid += 1
                        content_control(row[1].paragraphs[0], label.split(" / ")[0], value, sid)
                    else:
                        row[1].text = value
                for label in b[2] if len(b) > 2 else ():
                    row = tab.add_row().cells
                    row[0].text = label
                    sid += 1
                    content_control(row[1].paragraphs[0], label.split(" / ")[0], "", sid)
            d.add_paragraph("")
        elif t == "h":
            if template == "A":
                p = d.add_paragraph()
                p.add_run(b[1].upper()).bold = True
            else:
                d.add_heading(b[1], level=1 if template == "C" else 2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "olist":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif t == "dims":
            for label, value in b[1]:
                p = d.add_paragraph()
                p.add_run(label + ": ").bold = True
                p.add_run(value)
        elif t == "table":
            hdr, rows = b[1], b[2]
            tab = d.add_table(rows=0, cols=len(rows[0]))
            tab.style = "Table Grid"
            if any(hdr):
                cells = tab.add_row().cells
                for c, h in zip(cells, hdr):
                    c.text = ""
                    c.paragraphs[0].add_run(h).bold = True
            for r in rows:
                cells = tab.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
            d.add_paragraph("")
        elif t == "sig":
            d.add_paragraph(b[1][0])
            tab = d.add_table(rows=0, cols=2)
            for s in b[1][1:]:
                cells = tab.add_row().cells
                cells[0].text = s
                cells[1].text = "Date: ______________"
    return d


# ---------------------------------------------------------------- the folder

# file name, position, kind, language, year, options
DOCS = [
    ("Director General, Pension Processing Operations - signed.txt", "dg_pen", "ocr", "en", 2016, dict(strength=2, layout="oneline")),
    ("DG EI Processing Operations 2019 FINAL.docx", "dg_ei", "docx", "en", 2019, dict(template="B")),
    ("DG Opérations des centres d'appels - signée.txt", "dg_cc", "ocr", "fr", 2017, dict(strength=2, layout="lines")),
    ("Director General, Integrity Operations.pdf", "dg_int", "pdf", "en", 2021, {}),
    ("DG Service Delivery Ontario Region - scan.txt", "dg_on", "ocr", "en", 2015, dict(strength=3, layout="pages")),
    ("DGPS Région du Québec 2018.docx", "dg_qc", "docx", "fr", 2018, dict(template="B")),
    ("Director General, Workforce Management (EX-03) - DRAFT v2.docx", "dg_wfm", "docx", "en", 2022, dict(template="C")),
    ("Director General, Workforce Management (EX-03) - signed.txt", "dg_wfm", "ocr", "en", 2022, dict(strength=1, layout="lines", same_as=6)),
    ("DG Client Experience - Expérience client.docx", "dg_cx", "docx", "bi", 2023, dict(template="C")),
    ("DG BDM Integration 2021.md", "dg_bdm", "markdown", "en", 2021, {}),
    ("Director, OAS Processing 2014.txt", "d_oas", "ocr", "en", 2014, dict(strength=2, layout="oneline")),
    ("Director, OAS Processing - revised 2020.docx", "d_oas", "docx", "en", 2020, dict(template="B", revised=True)),
    ("Directeur, Traitement invalidité RPC.txt", "d_cppd", "ocr", "fr", 2013, dict(strength=3, layout="oneline")),
    ("Dir Pension Quality Assurance.txt", "d_penq", "text-cp1252", "en", 2017, {}),
    ("EI Appeals and Reconsiderations - Director - signed copy.txt", "d_eiapp", "ocr-columns", "en", 2015, dict(strength=1, sup="fields", rep="dash")),
    ("Director EI Processing WT Edmonton.docx", "d_eiwt", "docx", "en", 2014, dict(template="A")),
    ("ED Pension Processing WT (EX-02).pdf", "ed_wtpp", "pdf", "en", 2019, {}),
    ("Director, EI Call Centre Operations, Bathurst.txt", "d_ccei", "ocr", "en", 2012, dict(strength=2, layout="lines")),
    ("Directrice, Opérations des centres d'appels des pensions - révisée.docx", "d_ccpen", "docx", "fr", 2021, dict(template="C", revised=True)),
    ("Directrice, Opérations des centres d'appels des pensions 2016 - signée.txt", "d_ccpen", "ocr", "fr", 2016, dict(strength=2, layout="pages")),
    ("Employer Contact Centre - Director - Directeur.txt", "d_ccemp", "ocr", "bi", 2018, dict(strength=1, layout="lines")),
    ("Director, Integrity Risk Management.md", "d_risk", "markdown", "en", 2020, {}),
    ("Director, Investigations and Control FINAL.docx", "d_inv", "docx", "en", 2019, dict(template="B")),
    ("Director, Investigations and Control FINAL (1).docx", "d_inv", "docx", "en", 2019, dict(template="B", copy_of=22)),
    ("Dir SIN Registration Bathurst.txt", "d_sin", "text-cp1252", "en", 2016, {}),
    ("Director Service Delivery GTA - signed.txt", "d_gta", "ocr", "en", 2017, dict(strength=2, layout="oneline")),
    ("Director, Service Delivery, Northern and Eastern Ontario.txt", "d_neo", "text", "en", 2023, dict(kv="next")),
    ("Directrice, Services aux citoyens, Montréal.docx", "d_mtl", "docx", "fr", 2015, dict(template="A")),
    ("Directeur Prestation des services Est-du-Québec - signé.txt", "d_estqc", "ocr", "fr", 2019, dict(strength=1, layout="oneline")),
    ("DE Opérations de traitement QC (EX-02).txt", "ed_qcproc", "ocr-columns", "fr", 2016, dict(strength=2, sup="fields", rep="paren")),
    ("Director, Executive Group Services.docx", "d_exs", "docx", "en", 2023, dict(template="C")),
    ("Director, Labour Relations and Workplace Wellness - signed.txt", "d_lr", "ocr", "en", 2018, dict(strength=1, layout="pages")),
    ("Passport Processing Gatineau - Director - Directeur - signed.txt", "d_passg", "ocr", "bi", 2017, dict(strength=2, layout="lines", same_as=33)),
    ("Passport Processing Gatineau - Director - Directeur.docx", "d_passg", "docx", "bi", 2017, dict(template="B")),
    ("ED Passport Program Integration.txt", "ed_passp", "text-cp1252", "en", 2014, {}),
    ("Director, Client Feedback and Insights.docx", "d_fb", "docx", "en", 2022, dict(template="C")),
    ("Directeur, Modes de service numériques.md", "d_web", "markdown", "fr", 2020, {}),
    ("ED Operational Readiness BDM - signed.txt", "ed_bdmr", "ocr", "en", 2022, dict(strength=2, layout="lines")),
    ("Director, Business Transformation and Change Management.pdf", "d_btr", "pdf", "en", 2023, dict(provisional="TBD")),
    ("Director, Service Delivery NB-PEI - Directeur, Prestation des services N.-B.-Î.-P.-É.docx", "d_atl", "docx", "bi", 2014, dict(template="A", bi_title="oneline")),
    ("Director, Labour Program Operations, Ontario - signed.txt", "d_lab", "ocr", "en", 2015, dict(strength=3, layout="lines")),
    ("Directeur, Opérations du Programme du travail, Québec.txt", "d_labqc", "text-cp1252", "fr", 2018, {}),
    ("Director FMAS Service Canada.txt", "d_fmas", "ocr", "en", 2020, dict(strength=1, layout="oneline", undated=True)),
    ("TFW Program Processing - Director (1).txt", "d_tfw", "ocr", "en", 2016, dict(strength=2, layout="pages")),
    ("Directrice exécutive, Prestation des subventions et contributions - signée.txt", "ed_gc", "ocr", "bi", 2019, dict(strength=2, layout="oneline")),
]
# groups of versions: (documents by index, newest index or None when the files are the same text)
VERSIONS = [((6, 7), 7, True), ((10, 11), 11, False), ((19, 18), 18, False), ((22, 23), None, True), ((33, 32), 32, True)]

SPEC_OPTS = ("sup", "loc", "dim", "rep", "drop", "template_", "order", "provisional", "undated", "bi_title", "job",
             "incumbent", "no_spos")


def footer_for(p, lang, rng):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    return rng.choice([f"OG. {t}", "ESDC - EDSC      PROTECTED B (when completed / une fois rempli)",
                       f"{'EDSC' if lang == 'fr' else 'ESDC'} | {t}", "Service Canada - Executive Services / Services aux cadres"])


def render(i, spec):
    name, key, kind, lang, year, opts = spec
    seedname = DOCS[opts["same_as"]][0] if "same_as" in opts else DOCS[opts["copy_of"]][0] if "copy_of" in opts else name
    s = dict(key=key, kind=kind, lang=lang, year=year, seedname=seedname, revised=opts.get("revised", False),
             template=opts.get("template"), opts={k: v for k, v in opts.items() if k in SPEC_OPTS})
    if "same_as" in opts:
        s["kind"] = DOCS[opts["same_as"]][2]
        s["template"] = DOCS[opts["same_as"]][5].get("template")
    B, truth, also, people = build(s)
    rng = random.Random(f"{SEED}-render-{name}")
    p = POS[key]
    flang = "fr" if lang == "fr" else "en"
    if kind == "docx":
        tpl = opts["template"]
        foot = {"A": "RHDCC / HRSDC - Description de travail EX / EX Work Description",
                "B": "ESDC-EDSC EX WD template v2.1 (2016)", "C": "EDSC-ESDC | Modèle DT EX / EX WD template 2021 | PROTÉGÉ B une fois rempli / PROTECTED B when completed"}[tpl]
        if tpl == "A" and year > 2013:
            foot = "ESDC / EDSC - EX Work Description / Description de travail EX"
        d = render_docx(B, rng, tpl, foot)
        when = dt.datetime(year, 3, 2, 9, 30, 0)
        data = docx_bytes(d, p["names"][1], when)
    elif kind == "markdown":
        data = ("\n".join(render_text(B, rng, md=True)) + "\n").encode("utf-8")
    elif kind == "text":
        data = ("\n".join(render_text(B, rng, kv=opts.get("kv"), wrap=92)) + "\n").encode("utf-8")
    elif kind == "text-cp1252":
        lines = render_text(B, rng, wrap=rng.choice([None, 88]))
        txt = "\r\n".join(lines).replace("'", "\u2019").replace(" – ", " \u2013 ") + "\r\n"
        data = txt.encode("cp1252")
    elif kind == "pdf":
        lines = render_text(B, rng, wrap=100, kv=rng.choice(["colon", "dots", "next"]))
        foot = footer_for(p, flang, rng)
        per = 64
        pages = []
        chunks = [lines[k:k + per] for k in range(0, len(lines), per)]
        for k, ch in enumerate(chunks, 1):
            pages.append("\n".join(ch + ["", f"{foot}    Page {k} / {len(chunks)}"]))
        data = pdf_bytes(pages)
    elif kind == "ocr":
        lines = render_text(B, rng, wrap=None)
        data = ocr(lines, rng, opts["strength"], opts["layout"], footer_for(p, flang, rng),
                   wrapper=opts["layout"] != "lines" or rng.random() < 0.5).encode("utf-8")
    elif kind == "ocr-columns":
        left, right, cur = [], [], "head"
        for b in B:
            if b[0] == "sec":
                cur = b[1]
                continue
            (left if cur in ("head", "org", "dim") else right).append(b)
        L = render_text(left, rng, kv="colon", head="caps")
        R = render_text(right, rng, kv="colon", head="caps")
        lines = columns(L, R)
        data = ocr(lines, rng, opts["strength"], "columns", footer_for(p, flang, rng)).encode("utf-8")
    else:
        raise ValueError(kind)
    if "copy_of" in opts:
        return None, truth, also, people
    return data, truth, also, people


# ---------------------------------------------------------------- documents to refuse

def refused():
    rng = random.Random(f"{SEED}-refused")
    out = []
    # 1. a French organization chart of the Quebec region's service delivery, OCR'd from a scan
    n = [next(NAMES) for _ in range(6)]
    q = POS["dg_qc"]
    boxes = [("Directrice générale, Prestation des services", "EX-03", n[0]),
             ("Directrice, Services aux citoyens, Montréal", "EX-01", n[1]),
             ("Directeur, Prestation des services, Est-du-Québec", "EX-01", n[2]),
             ("Directeur exécutif, Opérations de traitement", "EX-02", n[3]),
             ("Conseiller principal", "EC-07", n[4]), ("Adjointe exécutive", "AS-03", n[5])]
    lines = ["ORGANIGRAMME", "Service Canada – Région du Québec", "Direction de la prestation des services",
             f"En date du 1er avril 2019", "",
             f"+{'-' * 50}+", f"| {boxes[0][0]} ({boxes[0][1]})", f"| {boxes[0][2]}   poste {q['posno']}", f"+{'-' * 50}+",
             "        |                |                 |"]
    for t, c, who in boxes[1:]:
        lines += [f"[ {t} ]", f"[ {c} ]  {who}", ""]
    lines += ["Source : RH – Services aux cadres, mise à jour trimestrielle", "Page 1 de 1"]
    txt = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(
        damage(l, rng, 2) for l in lines) + "\n"
    out.append(("Organigramme DGPS Québec 2019.txt", "ocr", "fr", txt.encode("utf-8"), n,
                "an organization chart: boxes of titles, levels and names, no duties"))
    # 2. an English memo on updating the branch's EX work descriptions, with a table of positions
    docx, _, _, _ = _docx()
    d = docx.Document()
    m = [next(NAMES) for _ in range(3)]
    d.add_paragraph("Employment and Social Development Canada").alignment = 1
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for a, b in (("TO:", "Directors General, Benefits Delivery Services Branch"),
                 ("FROM:", f"{m[0]}, Director, Executive Group Services"), ("DATE:", "March 15, 2021"),
                 ("SUBJECT:", "Update of EX work descriptions before the 2021-22 classification review")):
        pp = d.add_paragraph()
        pp.add_run(a + " ").bold = True
        pp.add_run(b)
    d.add_paragraph("As announced at the February management committee, all EX work descriptions of the branch "
                    "must be reviewed and signed before June 30, 2021. Work descriptions older than five years, "
                    "or that no longer reflect the organization, are to be updated using the 2021 template "
                    "available on the Executive Services page.")
    d.add_paragraph("The following positions are in scope. Please confirm the incumbent and send the signed "
                    "description to the classification mailbox.")
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ("Position No.", "Title", "Level", "Last signed")):
        c.text = h
    for k, last in (("dg_pen", "2016-05-01"), ("d_oas", "2014-09-15"), ("d_cppd", "2013-01-01"), ("d_penq", "2017-04-01")):
        r = tab.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = POS[k]["posno"], POS[k]["title_en"], POS[k]["cls"], last
    d.add_paragraph(f"For questions, please contact {m[1]}, Senior Classification Advisor, or {m[2]}.")
    d.add_paragraph(m[0])
    out.append(("Memo - EX work descriptions update 2021.docx", "docx", "en",
                docx_bytes(d, m[0], dt.datetime(2021, 3, 15, 10, 0)), m,
                "a memo asking for updates, with a table of positions, numbers and levels"))
    # 3. a bilingual EX staffing checklist
    d = docx.Document()
    c = [next(NAMES) for _ in range(2)]
    d.add_heading("EX Staffing Checklist / Liste de vérification – Dotation EX", level=1)
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for a, b in (("Position Number / Numéro de poste", POS["d_web"]["posno"]),
                 ("Position Title / Titre du poste", POS["d_web"]["title_en"]),
                 ("Group and Level / Groupe et niveau", "EX-01"),
                 ("Staffing Advisor / Conseillère en dotation", c[0]),
                 ("Hiring Manager / Gestionnaire d'embauche", c[1])):
        r = tab.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("")
    for mark, item in (("☒", "Signed and classified work description / Description de travail signée et classifiée"),
                       ("☒", "Statement of merit criteria / Énoncé des critères de mérite"),
                       ("☐", "Language profile confirmed (CBC) / Profil linguistique confirmé (CBC)"),
                       ("☐", "Security clearance: Secret / Cote de sécurité : Secret"),
                       ("☐", "Area of selection and advertisement / Zone de sélection et annonce"),
                       ("☐", "Assessment board / Comité d'évaluation"),
                       ("☐", "Reference checks / Vérification des références"),
                       ("☐", "Letter of offer and Executive Compensation form / Lettre d'offre et formulaire de rémunération")):
        d.add_paragraph(f"{mark}  {item}")
    d.add_paragraph("Return to Executive Services / Retourner aux Services aux cadres: EX-Dotation-Staffing@example.gc.ca")
    out.append(("EX Staffing Checklist - Liste de vérification dotation EX.docx", "docx", "bi",
                docx_bytes(d, c[0], dt.datetime(2020, 6, 1, 14, 0)), c,
                "a staffing checklist with a position's number, title and level, no description"))
    # 4. a scanned signed copy saved as PDF without a text layer
    out.append(("Director, Pension Processing signed scan.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a scan saved as PDF, three pages without a text layer"))
    # 5. a scan that gave only noise
    noise = []
    for _ in range(38):
        noise.append("".join(rng.choice("  .,'`;:-_~|!il1Ir/\\()[]oO°") for _ in range(rng.randint(10, 70))).rstrip())
    noise.insert(7, "E X E C U  ' : .  W O R ~ ' ,")
    txt = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(noise) + "\n"
    out.append(("scan0047.txt", "ocr", "en", txt.encode("utf-8"), [],
                "a scan that gave only noise"))
    return out


# ---------------------------------------------------------------- main

def dump(obj):
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    vers = {}
    for docs, newest, same in VERSIONS:
        v = {"documents": [DOCS[i][0] for i in docs], "newest": DOCS[newest][0] if newest is not None else None,
             "same_content": same}
        for i in docs:
            vers[i] = v
    written = {}
    for i, spec in enumerate(DOCS):
        name, key, kind, lang = spec[:4]
        data, truth, also, people = render(i, spec)
        if data is None:
            data = written[DOCS[spec[5]["copy_of"]][0]]
        written[name] = data
        (corpus / name).write_bytes(data)
        not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date",
                                  "salary", "o_and_m", "total", "location") if truth[k] is None]
        not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
                       if truth["supervisor"][k] is None]
        if not truth["direct_reports"]:
            not_stated.append("direct_reports")
        sup = POS[key]["sup"]
        if sup in POS and truth["supervisor"]["position_number"] is None:
            also["reports_to_in_corpus"] = [d[0] for d in DOCS if d[1] == sup]
        exp = {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang,
               "outcome": "import", "fields": truth, "not_stated": not_stated, "also": also,
               "people": people, "versions": vers.get(i)}
        (expected / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")
    for name, kind, lang, data, people, why in refused():
        (corpus / name).write_bytes(data)
        exp = {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang,
               "outcome": "refuse", "fields": None, "not_stated": [], "also": {"why": why},
               "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(dump(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
