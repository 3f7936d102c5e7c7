"""Write the blind74 corpus (a Quebec-region office's folder, mostly French) and its ground truth.

    /work/main/.venv/bin/python bench/import/blind74/make_blind.py

Deterministic: a fixed seed, fixed dates inside the .docx files, so every run writes the same
bytes. Writes corpus/ and expected/ next to this file (both emptied first)."""
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository, for tests.import_files.pdf_bytes

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

RNG = random.Random(74)
NBSP = "\u00a0"

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PROV = {"fr": "Québec", "en": "Quebec"}


# ---------------------------------------------------------------------------- notations
def fmt_cls(c, style):
    if not c:
        return ""
    m = re.match(r"^(.*?)-(\d+)$", c)
    grp, lvl = m.group(1), m.group(2)
    if style == "space":
        return f"{grp} {lvl}"
    if style == "short":
        return f"{grp}-{int(lvl)}"
    if style == "nodash":
        return f"{grp}{lvl}"
    return c


def fmt_date(d, lang, style):
    if style == "slash" and d.day <= 12 and d.day != d.month:
        style = "long"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MOIS[d.month - 1]} {d.year}",
                "le": f"le {day} {MOIS[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
                "plain1": f"{d.day} {MOIS[d.month - 1]} {d.year}"}[style]
    return {"long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "le": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "dots": f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}",
            "plain1": f"{MONTHS[d.month - 1]} {d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}"}[style]


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amount(v, lang, style, sp=" "):
    """style: full, cents, M, k, million. Falls back to full when the short form is not exact."""
    if style == "M" and v % 10000 == 0 and v >= 1_000_000:
        m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"{m.replace('.', ',')}{sp}M$" if lang == "fr" else f"${m}M"
    if style == "million" and v % 10000 == 0 and v >= 1_000_000:
        m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return (f"{m.replace('.', ',')} million{'s' if v >= 2_000_000 else ''} de dollars" if lang == "fr"
                else f"${m} million")
    if style == "k" and v % 1000 == 0 and v < 10_000_000:
        return f"{_group(v // 1000, sp)}{sp}k$" if lang == "fr" else f"${v // 1000:,}K"
    if style == "cents":
        return f"{_group(v, sp)},00{sp}$" if lang == "fr" else f"${v:,}.00"
    return f"{_group(v, sp)}{sp}$" if lang == "fr" else f"${v:,}"


def fmt_fte(n, lang, style):
    if n == 1:
        if lang == "fr":
            return {"ap": "1 année-personne", "employes": "1 employé", "effectif": "effectif de 1"}.get(style, "1 ETP")
        return "staff of 1" if style == "effectif" else "1 employee" if style == "employes" else "1 FTE"
    if lang == "fr":
        return {"etp": f"{n} ETP", "ap": f"{n} années-personnes", "apabbr": f"{n} a.-p.",
                "effectif": f"effectif de {n}", "employes": f"{n} employés"}[style]
    return {"etp": f"{n} FTEs", "ap": f"{n} FTE", "apabbr": f"{n} FTEs", "effectif": f"staff of {n}",
            "employes": f"{n} employees"}[style]


# ---------------------------------------------------------------------------- positions
def person():
    return f"{RNG.choice(T.FIRST)} {RNG.choice(T.LAST)}"


def make_positions():
    out = []
    used = set()
    for i, (dk, tfr, ten, lvl, sfr, sen, slvl, city) in enumerate(T.POSITIONS):
        while True:
            num = str(RNG.choice([RNG.randint(10000, 99999), RNG.randint(100000, 999999)]))
            if num not in used:
                used.add(num)
                break
        pool = list(next((v for k, v in T.REPORTS_BY_TITLE.items() if k in ten), T.REPORTS[dk]))
        RNG.shuffle(pool)
        n = RNG.randint(2, min(5, len(pool)))
        reports = []
        for rfr, ren, rc in pool[:n]:
            big = rc.startswith(("PM", "MG", "FB", "CX", "WP", "SP", "EG", "SI"))
            fte = RNG.randint(8, 140) if big else RNG.randint(1, 22)
            if rc.startswith("AS-0") and int(rc[-1]) <= 3:
                fte = 1
            reports.append([rfr, ren, rc, fte])
        if lvl in ("EX-02",) and RNG.random() < 0.5 and dk not in ("RNCAN",):
            reports.insert(0, ["Directeur, Opérations régionales", "Director, Regional Operations", "EX-01",
                               RNG.randint(40, 160)])
        fte_total = sum(r[3] for r in reports) + RNG.randint(1, 6)
        salary = round(fte_total * RNG.randint(72, 98) * 1000, -4)
        om = RNG.choice([round(RNG.randint(90, 2500) * 1000, -3), round(RNG.randint(9, 250) * 10000, -4)])
        d = dt.date(RNG.randint(2012, 2024), RNG.randint(1, 12), RNG.choice([1, 1, 1, 15, RNG.randint(2, 28)]))
        job = str(RNG.randint(100100, 105999)) if RNG.random() < 0.55 else None
        sup_num = str(RNG.randint(10000, 999999)) if RNG.random() < 0.8 else None
        out.append(dict(i=i, dept=dk, title={"fr": tfr, "en": ten}, level=lvl, num=num, job=job, date=d,
                        sup={"fr": sfr, "en": sen}, sup_level=slvl, sup_num=sup_num, city=city,
                        reports=reports, salary=int(salary), om=int(om), fte=fte_total,
                        incumbent=person(), signer=person(), hr=person()))
    return out


# ---------------------------------------------------------------------------- labels
LABELS = {
    "fr": [
        dict(title="Titre du poste", cls="Classification", job="Code d'emploi", num="Numéro du poste",
             date="Date d'entrée en vigueur", sup_title="Titre du poste du superviseur",
             sup_num="Numéro du poste du superviseur", sup_cls="Classification du superviseur",
             loc="Lieu géographique", dept="Ministère", unit="Direction générale", inc="Titulaire"),
        dict(title="Titre", cls="Groupe et niveau", job="No de la description type", num="No de poste",
             date="En vigueur le", sup_title="Titre du poste du gestionnaire",
             sup_num="No de poste du gestionnaire", sup_cls="Groupe et niveau du gestionnaire",
             loc="Lieu de travail", dept="Organisation", unit="Secteur", inc="Nom du titulaire"),
        dict(title="Intitulé du poste", cls="Niveau", job="Numéro du code d'emploi", num="Numéro de poste",
             date="Date de prise d'effet", sup_title="Relève de (titre)", sup_num="Relève de (no de poste)",
             sup_cls="Relève de (niveau)", loc="Emplacement", dept="Ministère ou organisme", unit="Région / Direction",
             inc="Titulaire actuel"),
        dict(title="TITRE DU POSTE", cls="CLASSIFICATION", job="CODE D'EMPLOI", num="NO DU POSTE",
             date="DATE D'EFFET", sup_title="TITRE DU SUPÉRIEUR IMMÉDIAT", sup_num="NO DU POSTE DU SUPÉRIEUR",
             sup_cls="NIVEAU DU SUPÉRIEUR", loc="LIEU", dept="MINISTÈRE", unit="DIRECTION", inc="TITULAIRE"),
        dict(title="Titre officiel du poste", cls="Groupe/niveau", job="Code d'emploi générique", num="Numéro du poste",
             date="Date en vigueur", sup_title="Poste du supérieur", sup_num="Numéro du poste du supérieur",
             sup_cls="Classification du poste du supérieur", loc="Ville", dept="Ministère", unit="Unité organisationnelle",
             inc="Titulaire"),
    ],
    "en": [
        dict(title="Position Title", cls="Classification", job="Position Job Code", num="Position Number",
             date="Effective Date", sup_title="Supervisor's Position Title", sup_num="Supervisor's Position No.",
             sup_cls="Supervisor's Classification", loc="Geographic Location", dept="Department", unit="Branch",
             inc="Incumbent"),
        dict(title="Job Title", cls="Group and Level", job="Job Code No.", num="Position No.", date="Date in Effect",
             sup_title="Reports to (Title)", sup_num="Reports to (Position No.)", sup_cls="Reports to (Level)",
             loc="Location", dept="Organization", unit="Region / Directorate", inc="Incumbent"),
    ],
}
BI_LABELS = dict(title="Position Title / Titre du poste", cls="Classification / Classification",
                 job="Job Code / Code d'emploi", num="Position Number / Numéro du poste",
                 date="Effective Date / Date d'entrée en vigueur",
                 sup_title="Supervisor's Title / Titre du poste du superviseur",
                 sup_num="Supervisor's Position No. / No de poste du superviseur",
                 sup_cls="Supervisor's Classification / Classification du superviseur",
                 loc="Location / Lieu", dept="Department / Ministère", unit="Branch / Direction générale",
                 inc="Incumbent / Titulaire")

H = {
    "fr": dict(ident="Renseignements sur le poste", raison="Responsabilité générale", raison2="Raison d'être du poste",
               struct="Structure organisationnelle", nature="Nature et étendue", nature2="Nature et portée",
               dims="Dimensions", acts="Responsabilités spécifiques", acts2="Activités principales",
               res="Résultats axés sur le service à la clientèle", cert="Certification",
               reports_intro="Relèvent du titulaire :", reports_intro2="Les postes suivants relèvent directement du titulaire :"),
    "en": dict(ident="Position Identification", raison="General Accountability", raison2="General Accountability",
               struct="Organization Structure", nature="Nature and Scope", nature2="Nature and Scope",
               dims="Dimensions", acts="Specific Accountabilities", acts2="Key Activities",
               res="Client Service Results", cert="Certification",
               reports_intro="Reporting to the incumbent are:", reports_intro2="The following positions report directly to the incumbent:"),
}


# ---------------------------------------------------------------------------- blocks
def build_blocks(p, lang, o):
    """A document as blocks: ('title', s), ('h', s), ('kv', label, value), ('p', s), ('li', s),
    ('table', rows). o: the document's options (label set, notations, layout choices)."""
    L = BI_LABELS if o.get("bi_labels") else LABELS[lang][o["labels"]]
    h = H[lang]
    d = T.DEPTS[p["dept"]]
    org, unit, dom = (d[0], d[4], d[2]) if lang == "fr" else (d[1], d[5], d[3])
    title = p["title"][lang]
    sup_title = p["sup"][lang]
    cl = lambda c: fmt_cls(c, o["cls_style"])  # noqa: E731
    sp = o.get("sp", " ")
    blocks = []
    head = {"fr": ["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de travail – Cadre de direction",
                   "DESCRIPTION DE POSTE – EX", "Gabarit de description de travail des cadres de direction"],
            "en": ["EXECUTIVE WORK DESCRIPTION", "Executive (EX) Job Description"]}[lang]
    if o.get("bi_labels"):
        blocks.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION"))
    else:
        blocks.append(("title", head[o["head"] % len(head)]))
    if o.get("region_banner"):
        blocks.append(("p", org + (" – Région du Québec" if "Québec" not in org and lang == "fr" else "")))
    blocks.append(("h", h["ident"]))
    if o.get("bi_labels") and o.get("bi_both_titles"):
        title_val = f"{p['title']['en']} / {p['title']['fr']}"
    else:
        title_val = title
    cls_val = cl(p["level"]) if not o.get("cls_paren") else f"({cl(p['level'])})"
    kv = [("title", title_val), ("cls", cls_val)]
    if p["job"] and o.get("show_job", True):
        kv.append(("job", p["job"]))
    kv.append(("num", o.get("num_text") or p["num"]))
    if o["show_date"]:
        kv.append(("date", fmt_date(p["date"], lang, o["date_style"])))
    else:
        kv.append(("date", ""))
    if o.get("show_dept", True):
        kv.append(("dept", org))
        kv.append(("unit", unit))
    if o["sup_mode"] == "fields":
        kv.append(("sup_title", sup_title))
        if p["sup_num"]:
            kv.append(("sup_num", p["sup_num"]))
        kv.append(("sup_cls", cl(p["sup_level"])))
    city = p["city"]
    prov = PROV[lang] if not o.get("bi_labels") else "Québec"
    loc = f"{city} ({prov})" if (lang == "fr" or o.get("bi_labels")) and not o.get("loc_comma") else f"{city}, {prov}"
    if o.get("loc_end"):
        pass
    else:
        kv.append(("loc", loc))
    if o.get("incumbent"):
        kv.append(("inc", p["incumbent"]))
    order = o.get("kv_order")
    if order:
        kv.sort(key=lambda x: order.index(x[0]) if x[0] in order else 99)
    for k, v in kv:
        blocks.append(("kv", L[k], v))

    sections = []
    # general accountability / client service results
    if o["template"] == "csr":
        sections.append(("res", [("h", h["res"]), ("p", (T.RESULTATS_FR if lang == "fr" else T.RESULTATS_EN)[RNG.randrange(1) if lang == "en" else RNG.randrange(1) + (o["head"] % 2)].format(dom=dom))]))
    else:
        sections.append(("raison", [("h", h["raison" if o["head"] % 2 else "raison2"]),
                                    ("p", (T.RAISON_FR if lang == "fr" else T.RAISON_EN)[RNG.randrange(2)].format(dom=dom, unite=unit))]))
    # structure
    st = [("h", h["struct"])]
    if o["sup_mode"] == "sentence":
        if lang == "fr":
            num = f", poste no {p['sup_num']}" if p["sup_num"] and o.get("sent_num", True) else ""
            st.append(("p", f"Le ou la titulaire relève du {sup_title} ({cl(p['sup_level'])}{num})."
                       if o["head"] % 2 else f"Relève de : {sup_title} ({cl(p['sup_level'])}){num}."))
        else:
            num = f", position {p['sup_num']}" if p["sup_num"] and o.get("sent_num", True) else ""
            st.append(("p", f"The {title} reports to the {sup_title} ({cl(p['sup_level'])}{num})."))
    st.extend(reports_blocks(p, lang, o))
    sections.append(("struct", st))
    # nature
    nat = T.NATURE_FR if lang == "fr" else T.NATURE_EN
    k = RNG.randint(2, 3)
    sections.append(("nature", [("h", h["nature" if o["head"] % 2 else "nature2"])] +
                     [("p", s.format(org=org)) for s in nat[:k]]))
    # dimensions
    sections.append(("dims", [("h", h["dims"])] + dims_blocks(p, lang, o, sp)))
    # activities
    acts = list(T.ACTIVITES_FR if lang == "fr" else T.ACTIVITES_EN)[:7]
    idx = list(range(7))
    RNG.shuffle(idx)
    acts = [acts[j] for j in idx[:RNG.randint(5, 7)]]
    ah = h["acts2"] if o["template"] == "csr" else h["acts"]
    items = [("li", f"{n}. {a.format(dom=dom)}" if o.get("num_items") else a.format(dom=dom)) for n, a in enumerate(acts, 1)]
    sections.append(("acts", [("h", ah)] + items))
    if lang == "fr":
        sections = [(k, [(b[0], fr_fix(b[1])) if b[0] in ("p", "li") else b for b in bl]) for k, bl in sections]
    order = o["sec_order"]
    sections.sort(key=lambda s: order.index(s[0]))
    for _, bl in sections:
        blocks.extend(bl)
    if o.get("loc_end"):
        blocks.append(("p", f"{org}, {unit}, {loc}"))
    # certification
    if o.get("signature", True):
        blocks.append(("h", h["cert"]))
        if lang == "fr":
            blocks.append(("p", "L'énoncé qui précède décrit avec exactitude les fonctions et responsabilités du poste."))
            blocks.append(("kv", "Gestionnaire", f"{p['signer']}, {sup_title}"))
            if o.get("hr_sig"):
                blocks.append(("kv", "Conseillère en classification" if o["head"] % 2 else "Conseiller en classification", p["hr"]))
            blocks.append(("kv", "Date", fmt_date(o["sig_date"], "fr", "iso")))
        else:
            blocks.append(("p", "The foregoing is an accurate statement of the duties and responsibilities of the position."))
            blocks.append(("kv", "Manager", f"{p['signer']}, {sup_title}"))
            if o.get("hr_sig"):
                blocks.append(("kv", "Classification Advisor", p["hr"]))
            blocks.append(("kv", "Date", fmt_date(o["sig_date"], "en", "iso")))
    return blocks


def fr_fix(s):
    for a, b in (("à le ", "au "), ("à les ", "aux "), ("de le ", "du "), ("de les ", "des ")):
        s = s.replace(a, b)
    return s


def reports_blocks(p, lang, o):
    cl = lambda c: fmt_cls(c, o["cls_style"])  # noqa: E731
    h = H[lang]
    out = [("p", h["reports_intro"] if o["head"] % 2 else h["reports_intro2"])]
    fs = o["fte_style"]
    rows = []
    for r in p["reports"]:
        t, c, n = (r[0] if lang == "fr" else r[1]), r[2], r[3]
        rows.append((t, c if not o.get("no_cls") else None, n if not o.get("no_fte") else None))
    duties = T.REPORT_DUTIES_FR if lang == "fr" else T.REPORT_DUTIES_EN
    form = o["rep_form"]
    if form == "table":
        hdr = ["Titre du poste", "Groupe-niveau", "ETP"] if lang == "fr" else ["Position Title", "Classification", "FTEs"]
        out.append(("table", [hdr] + [[t, cl(c) if c else "", str(n) if n is not None else ""] for t, c, n in rows]))
        return out
    if form == "prose":
        parts = []
        for t, c, n in rows:
            bits = [cl(c)] if c else []
            if n is not None:
                bits.append(fmt_fte(n, lang, fs))
            parts.append(f"{t} ({', '.join(bits)})" if bits else t)
        if lang == "fr":
            s = "Les postes suivants relèvent du titulaire : " + "; ".join(parts[:-1]) + " et " + parts[-1] + "."
        else:
            s = "Reporting to the position are the " + "; the ".join(parts[:-1]) + " and the " + parts[-1] + "."
        out[0] = ("p", s)
        return out
    for j, (t, c, n) in enumerate(rows):
        duty = duties[(j + p["i"]) % len(duties)]
        C = cl(c) if c else None
        F = fmt_fte(n, lang, fs) if n is not None else None
        if form == "paren":
            inner = ", ".join(x for x in (C, F) if x)
            s = f"{t} ({inner}) : {duty}" if inner else f"{t} : {duty}"
            if lang == "en":
                s = s.replace(" : ", ": ")
        elif form == "code_first":
            s = f"{C} - {t}" + (f" ({F})" if F else "") if C else t + (f" ({F})" if F else "")
        elif form == "dashes":
            s = " – ".join(x for x in (t, C, F) if x)
        elif form == "brackets":
            s = t + (f" [{C}]" if C else "") + (f" ({F})" if F else "") + f", {duty}"
        else:  # staff
            s = t + (f" ({C})" if C else "") + (f", {F}" if F else "") + f", {duty}"
        out.append(("li", s))
    return out


def dims_blocks(p, lang, o, sp):
    st = o["amt_style"]
    a = lambda v: fmt_amount(v, lang, st, sp)  # noqa: E731
    total = p["salary"] + p["om"]
    show_total = o.get("show_total", True)
    if lang == "fr":
        lab = [("Budget salarial", "Salaires", "Traitements et salaires")[o["head"] % 3],
               ("Fonctionnement et entretien (F et E)", "F et E", "Budget de F et E")[o["head"] % 3],
               ("Total", "Budget total", "Budget de fonctionnement total")[o["head"] % 3],
               ("ETP", "Ressources humaines", "Effectif")[o["head"] % 3]]
    else:
        lab = [("Salary", "Salary budget")[o["head"] % 2], ("O&M", "Operations and Maintenance")[o["head"] % 2],
               ("Total", "Total operating budget")[o["head"] % 2], ("FTEs", "Human Resources")[o["head"] % 2]]
    fte_v = fmt_fte(p["fte"], lang, o["fte_style"]) if lab[3] != "ETP" and lab[3] != "FTEs" else str(p["fte"])
    if o["dims_form"] == "table":
        rows = [[lab[0], a(p["salary"])], [lab[1], a(p["om"])]]
        if show_total:
            rows.append([lab[2], a(total)])
        rows.append([lab[3], fte_v])
        return [("table", rows)]
    if o["dims_form"] == "prose":
        if lang == "fr":
            s = (f"Le titulaire gère un budget salarial de {a(p['salary'])} et un budget de fonctionnement et "
                 f"d'entretien de {a(p['om'])}" + (f", pour un total de {a(total)}" if show_total else "") +
                 f". La direction compte {fmt_fte(p['fte'], 'fr', o['fte_style'])}.")
        else:
            s = (f"The incumbent manages a salary budget of {a(p['salary'])} and an O&M budget of {a(p['om'])}" +
                 (f", for a total of {a(total)}" if show_total else "") +
                 f". The directorate has {fmt_fte(p['fte'], 'en', o['fte_style'])}.")
        return [("p", s)]
    out = [("kv", lab[0], a(p["salary"])), ("kv", lab[1], a(p["om"]))]
    if show_total:
        out.append(("kv", lab[2], a(total)))
    out.append(("kv", lab[3], fte_v))
    return out


# ---------------------------------------------------------------------------- text layouts
def kv_line(label, value, style, lang):
    colon = " :" if lang == "fr" and style != "colon_tight" else ":"
    if value == "":
        return [f"{label}{colon}"]
    if style == "nextline":
        return [f"{label}{colon}", f"    {value}"]
    if style == "dots":
        return [f"{label} {'.' * max(3, 40 - len(label))} {value}"]
    if style == "tabs":
        return [f"{label}\t{value}"]
    if style == "gap":
        return [f"{label.upper():<42}{value}" if len(label) < 41 else f"{label.upper()}  {value}"]
    return [f"{label}{colon} {value}"]


def to_lines(blocks, o, lang, width=92):
    out = []
    hn = 0
    for b in blocks:
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "h":
            hn += 1
            hs = o["head_style"]
            if hs == "caps":
                out += ["", b[1].upper()]
            elif hs == "numbered":
                out += ["", f"{hn}. {b[1].upper()}"]
            elif hs == "lettered":
                out += ["", f"{'ABCDEFGHIJ'[hn - 1]}) {b[1]}"]
            elif hs == "underline":
                out += ["", b[1], "=" * len(b[1])]
            elif hs == "md":
                out += ["", f"## {b[1]}", ""]
            else:
                out += ["", b[1] + " :" if lang == "fr" else b[1] + ":"]
        elif b[0] == "kv":
            if o.get("md"):
                out.append(f"*   **{b[1]} :** {b[2]}" if lang == "fr" else f"*   **{b[1]}:** {b[2]}")
            elif o.get("wrap_kv") and width:
                out += textwrap.wrap(kv_line(b[1], b[2], "colon", lang)[0], width, subsequent_indent="  ")
            else:
                out += kv_line(b[1], b[2], o["kv_style"], lang)
        elif b[0] == "p":
            out += textwrap.wrap(b[1], width) if width else [b[1]]
        elif b[0] == "li":
            bullet = "" if re.match(r"^\d+\.", b[1]) else o.get("bullet", "- ")
            w = textwrap.wrap(bullet + b[1], width, subsequent_indent="  ") if width else [bullet + b[1]]
            out += w
        elif b[0] == "table":
            rows = b[1]
            if o.get("md"):
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
                for r in rows:
                    out.append("   ".join(c.ljust(widths[k]) for k, c in enumerate(r)).rstrip())
    return out


# ---------------------------------------------------------------------------- OCR damage
ACC = {"é": ["e", "e", "e", "c", "é"], "è": ["c", "e", "è"], "à": ["a", "a", "à"], "ç": ["c", ""],
       "ê": ["e", "ê"], "É": ["E", "E"], "ô": ["o"], "î": ["i", "î"], "È": ["E"], "Î": ["I"]}
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(text, rng, acc=0.7, dig=0.5, letters=0.02, join=0.02):
    out = []
    for ch in text:
        if ch in ACC and rng.random() < acc:
            out.append(rng.choice(ACC[ch]))
        else:
            out.append(ch)
    text = "".join(out)

    def digits(m):
        s = m.group(0)
        if rng.random() > dig:
            return s
        return "".join(DIG.get(c, c) if rng.random() < 0.6 else c for c in s).replace("1", "l" if rng.random() < 0.2 else "1")
    text = re.sub(r"\d[\d ,.]*\d|\d", digits, text)

    def word(m):
        w = m.group(0)
        r = rng.random()
        if r < letters:
            return w.replace("m", "rn", 1) if "m" in w else w.replace("rn", "m", 1)
        if r < 2 * letters:
            return w.replace("e", "c", 1)
        if r < 3 * letters:
            return w.replace("l", "I", 1)
        return w
    text = re.sub(r"[a-zàâéèêëîïôûùç]{5,}", word, text)
    text = re.sub(r"(\w) (\w)", lambda m: m.group(1) + m.group(2) if rng.random() < join else m.group(0), text)
    return text


def hyphenate(lines, rng, width=70):
    """Split a long word at a prose line's end, as a typed page does: word- / rest on the next line."""
    out = list(lines)
    for k in range(len(out) - 1):
        ln, nxt = out[k], out[k + 1]
        if (len(ln) < width - 10 or ":" in ln or "...." in ln or not nxt or not nxt[:1].islower()
                or rng.random() > 0.35):
            continue
        word = nxt.split(" ")[0]
        if len(word) >= 8 and word.isalpha():
            j = len(word) // 2
            out[k] = ln + " " + word[:j] + "-"
            out[k + 1] = word[j:] + nxt[len(word):]
    return out


def paginate(lines, header, per=40):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        if k > 1 and header:
            out.append(header)
        out += pg
        out += ["", f"Page {k} de {n}" if "Page" not in header else f"- {k} -"]
    return out


# ---------------------------------------------------------------------------- docx
def docx_bytes(blocks, o, lang, columns=None):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    cp = doc.core_properties
    fixed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "RH"
    cp.last_modified_by = "RH"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    if columns:
        left, right = columns
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in zip(left, right):
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
    else:
        pending = []

        def flush():
            if pending:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in pending:
                    row = t.add_row().cells
                    row[0].text, row[1].text = k, v
                pending.clear()
        for b in blocks:
            if b[0] == "kv" and o.get("kv_table", True):
                pending.append((b[1] + (" :" if lang == "fr" and o.get("kv_colon") else ""), b[2]))
                continue
            flush()
            if b[0] == "title":
                doc.add_heading(b[1], level=1)
            elif b[0] == "h":
                if o.get("bold_heads"):
                    doc.add_paragraph().add_run(b[1].upper()).bold = True
                else:
                    doc.add_heading(b[1], level=2)
            elif b[0] == "kv":
                para = doc.add_paragraph()
                para.add_run(b[1] + (" : " if lang == "fr" else ": ")).bold = True
                para.add_run(b[2])
            elif b[0] == "p":
                doc.add_paragraph(b[1])
            elif b[0] == "li":
                doc.add_paragraph(b[1], style="List Number" if re.match(r"^\d+\.", b[1]) is None and o.get("numlist") else "List Bullet")
            elif b[0] == "table":
                t = doc.add_table(rows=0, cols=len(b[1][0]))
                t.style = "Table Grid"
                for r in b[1]:
                    cells = t.add_row().cells
                    for k, c in enumerate(r):
                        cells[k].text = c
        flush()
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def pdf_pages(lines, per=66):
    return ["\n".join(lines[i:i + per]) for i in range(0, len(lines), per)] or [""]


# ---------------------------------------------------------------------------- the folder
EN_POS = {6: "docx", 15: "pdf", 25: "text", 27: "markdown", 34: "docx", 40: "ocr"}
BI_POS = {3: ("docx", "cols"), 11: ("pdf", "cols"), 16: ("docx", "labels"), 21: ("pdf", "seq"),
          30: ("text", "labels"), 33: ("ocr", "seq"), 41: ("text-cp1252", "seq")}
FR_KINDS = ["ocr"] * 11 + ["ocr-columns"] * 2 + ["text"] * 4 + ["text-cp1252"] * 4 + ["docx"] * 4 + ["pdf"] * 3
EXT = {"ocr": "txt", "ocr-columns": "txt", "text": "txt", "text-cp1252": "txt", "docx": "docx", "pdf": "pdf",
       "markdown": "md"}
NAME_FR = ["{t} - {l}", "DT {t} ({l})", "Description de travail - {t} FINAL", "{t}_{y}", "scan DT {t} {y}",
           "{t} (1)", "{t} - signée", "DT_{d}_{n}", "Descr. travail {t} - révisée {y}", "{t} - version approuvée",
           "{l} {t} {y}", "DT {t}", "{t} {y} (copie)", "Description de travail {t}", "{t} - DT {l} - {y}"]
NAME_EN = ["{t} - {l}", "Job description - {t} - signed", "{t} {y} FINAL", "WD {t} ({l})", "{t} (1)", "{t}"]
NAME_BI = ["{t} - bilingue", "DT-JD {t} {y}", "{t} ({l}) FR-EN", "{t} - bilingual - signée"]


def options(lang, kind):
    r = RNG
    o = dict(labels=r.randrange(len(LABELS[lang if lang != "bi" else "en"])),
             cls_style=r.choice(["std", "std", "std", "space", "short", "nodash"]),
             cls_paren=r.random() < 0.12,
             date_style=r.choice(["long", "long", "le", "iso", "iso", "slash", "dots", "plain1"]),
             show_date=r.random() < 0.9,
             sup_mode="fields" if r.random() < 0.65 else "sentence",
             sent_num=r.random() < 0.7,
             rep_form=r.choice(["paren", "paren", "code_first", "dashes", "brackets", "staff", "table", "prose"]),
             no_cls=r.random() < 0.08, no_fte=r.random() < 0.1,
             fte_style=r.choice(["etp", "etp", "ap", "apabbr", "effectif", "employes"]),
             amt_style=r.choice(["full", "full", "cents", "M", "k", "million"]),
             sp=r.choice([" ", " ", NBSP, ""]) if lang == "fr" else " ",
             show_total=r.random() < 0.85,
             dims_form=r.choice(["kv", "kv", "table", "prose"]),
             template=r.choice(["classic", "classic", "csr"]),
             sec_order=r.choice([["raison", "res", "struct", "nature", "dims", "acts"],
                                 ["raison", "res", "nature", "struct", "dims", "acts"],
                                 ["raison", "res", "acts", "struct", "dims", "nature"],
                                 ["raison", "res", "struct", "dims", "nature", "acts"],
                                 ["raison", "res", "dims", "struct", "acts", "nature"]]),
             head_style=r.choice(["caps", "caps", "numbered", "lettered", "underline", "plain"]),
             kv_style=r.choice(["colon", "colon", "nextline", "dots", "tabs", "gap"]),
             incumbent=r.random() < 0.35, signature=r.random() < 0.85, hr_sig=r.random() < 0.4,
             num_items=r.random() < 0.5, head=r.randrange(4), region_banner=r.random() < 0.5,
             loc_end=r.random() < 0.1, bullet=r.choice(["- ", "• ", "o ", "* "]),
             kv_order=r.choice([None, None, ["title", "num", "cls", "job", "date", "dept", "unit", "loc", "sup_title", "sup_num", "sup_cls", "inc"],
                                ["dept", "unit", "title", "cls", "num", "job", "loc", "date", "sup_title", "sup_cls", "sup_num", "inc"]]),
             bold_heads=r.random() < 0.5, kv_table=r.random() < 0.7, kv_colon=r.random() < 0.5,
             numlist=r.random() < 0.3)
    if o["rep_form"] in ("table", "prose") and r.random() < 0.5:
        o["no_cls"] = o["no_fte"] = False
    if kind == "markdown":
        o["bullet"] = "- "
        o["md"] = True
        o["head_style"] = "md"
    if kind in ("ocr", "ocr-columns") and o["kv_style"] == "tabs":
        o["kv_style"] = "gap"
    return o


def truth_for(p, lang, o, doc_lang):
    """The ground truth: what the document says, in the language its values are read in."""
    tl = "en" if doc_lang == "bi" else doc_lang
    num_ok = not o.get("num_text")
    sup_num = p["sup_num"] if (o["sup_mode"] == "fields" or o.get("sent_num", True)) else None
    prov = "Québec" if (doc_lang == "fr" or o.get("bi_labels")) else "Quebec"
    f = dict(title=p["title"][tl], classification=p["level"],
             job_code=p["job"] if o.get("show_job", True) else None,
             position_number=p["num"] if num_ok else None,
             effective_date=p["date"] if o["show_date"] else None,
             supervisor=dict(position_number=sup_num, title=p["sup"][tl], classification=p["sup_level"]),
             direct_reports=[dict(title=r[0] if tl == "fr" else r[1], classification=None if o.get("no_cls") else r[2],
                                  fte=None if o.get("no_fte") else r[3]) for r in p["reports"]],
             salary=p["salary"], o_and_m=p["om"], total=(p["salary"] + p["om"]) if o.get("show_total", True) else None,
             location=f"{p['city']}, {prov}")
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k, v in f["supervisor"].items() if v is None]
    also = dict(fte=p["fte"], operating_budget=None, program_budget=None,
                provisional_number=o.get("num_text"))
    if doc_lang == "bi":
        also["title_fr"] = p["title"]["fr"]
        also["supervisor_title_fr"] = p["sup"]["fr"]
    people = []
    if o.get("incumbent"):
        people.append(p["incumbent"])
    if o.get("signature", True):
        people.append(p["signer"])
        if o.get("hr_sig"):
            people.append(p["hr"])
    return f, ns, also, people


def ocr_text(lines, rng, header, mode, strength):
    acc, dig, let, join = {1: (0.35, 0.3, 0.01, 0.01), 2: (0.7, 0.5, 0.02, 0.02), 3: (0.9, 0.75, 0.04, 0.04)}[strength]
    lines = hyphenate(lines, rng)
    lines = paginate(lines, header, per=rng.randint(38, 52))
    text = ocr_damage("\n".join(lines), rng, acc, dig, let, join)
    if mode == "run":
        text = re.sub(r"\s+", " ", text).strip()
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    if mode == "pages":
        pages = re.split(r"\n(?=Page \d|- \d -)", text)
        return "\n".join(re.sub(r"\s+", " ", pg).strip() for pg in pages) + "\n"
    return text + "\n"


def columns_text(left, right, width=48, gap="   "):
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    return [(a.ljust(width) + gap + b).rstrip() for a, b in zip(left, right)]


def render(p, lang, kind, o, bimode=None):
    """Returns (bytes, truth options)."""
    rng = random.Random(p["i"] * 7919 + len(kind))
    if lang != "bi":
        blocks = build_blocks(p, lang, o)
        width = 92 if kind in ("pdf",) else (None if kind == "markdown" else (78 if kind.startswith("ocr") else 96))
        if kind == "docx":
            return docx_bytes(blocks, o, lang), o
        if kind == "ocr-columns":
            left_b = [b for b in blocks if b[0] == "kv"] + [b for b in blocks if b[0] == "title"]
            right_b = [b for b in blocks if b[0] != "kv" and b[0] != "title"]
            lo = dict(o, kv_style="colon", wrap_kv=True)
            left = to_lines([("title", next(b[1] for b in blocks if b[0] == "title"))], lo, lang, 44)
            left += to_lines([b for b in blocks if b[0] == "kv"][:14], lo, lang, 44)
            right = to_lines(right_b, o, lang, 52)
            lines = [(a + " " + b).strip() for a, b in zip(left + [""] * (len(right) - len(left)), right)]
            lines += to_lines([b for b in blocks if b[0] == "kv"][14:], lo, lang, 44)
            return ocr_text(lines, rng, "", "lines", 2).encode("utf-8"), o
        lines = to_lines(blocks, o, lang, width)
        if kind == "markdown":
            lines[0] = "# " + lines[0]
            return ("\n".join(lines) + "\n").encode("utf-8"), o
        if kind == "pdf":
            d = T.DEPTS[p["dept"]]
            foot = (d[0] if lang == "fr" else d[1]).split(" – ")[0]
            pages = pdf_pages(lines, 60)
            n = len(pages)
            pages = [pg + f"\n\n{foot}    Page {k} / {n}" for k, pg in enumerate(pages, 1)]
            return pdf_bytes(pages), o
        if kind == "ocr":
            d = T.DEPTS[p["dept"]]
            header = rng.choice([f"{d[0].split(' – ')[0]} – Description de travail" if lang == "fr"
                                 else f"{d[1].split(' – ')[0]} – Work Description",
                                 f"{p['title'][lang][:40]} – {p['level']}", "PROTÉGÉ A" if lang == "fr" else "PROTECTED A"])
            mode = rng.choice(["run", "pages", "lines"])
            strength = rng.choice([1, 2, 2, 3])
            return ocr_text(lines, rng, header, mode, strength).encode("utf-8"), o
        text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            return text.replace("'", "’").replace("\n", "\r\n").encode("cp1252"), o
        return text.encode("utf-8"), o
    # bilingual
    if bimode == "labels":
        o = dict(o, bi_labels=True, bi_both_titles=kind == "docx")
        en = build_blocks(p, "en", o)
        fr = build_blocks(p, "fr", dict(o, bi_labels=False, labels=0))
        def upto_cert(bl, lg):
            k = next((j for j, b in enumerate(bl) if b[0] == "h" and b[1] == H[lg]["cert"]), len(bl))
            return bl[:k], bl[k:]
        en_body, en_cert = upto_cert(en, "en")
        fr_body, _ = upto_cert(fr, "fr")
        fr_body = [b for b in fr_body if b[0] not in ("kv", "title") and not (b[0] == "h" and b[1] == H["fr"]["ident"])]
        blocks = en_body + [("h", "Version française")] + fr_body + en_cert
        if kind == "docx":
            return docx_bytes(blocks, o, "en"), o
        lines = to_lines(blocks, o, "en", 96)
        text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            return text.replace("'", "’").replace("\n", "\r\n").encode("cp1252"), o
        return text.encode("utf-8"), o
    state = RNG.getstate()
    en = build_blocks(p, "en", o)
    RNG.setstate(state)
    fr = build_blocks(p, "fr", dict(o, labels=rng.randrange(len(LABELS["fr"]))))
    if bimode == "cols":
        if kind == "docx":
            def cell(b):
                if b[0] == "kv":
                    return f"{b[1]}: {b[2]}"
                if b[0] == "table":
                    return "\n".join("   ".join(r) for r in b[1])
                return b[1]
            return docx_bytes(None, o, "en", columns=([cell(b) for b in en], [cell(b) for b in fr])), o
        lo = dict(o, kv_style="colon", head_style="caps", wrap_kv=True)
        lines = []
        for a, b in zip(en, fr):
            la, lb = to_lines([a], lo, "en", 50), to_lines([b], lo, "fr", 50)
            lines += columns_text(la, lb, 52)
        return pdf_bytes(pdf_pages(lines, 62)), o
    # seq: the English copy, then the French one
    lines = to_lines(en, o, "en", 92 if kind == "pdf" else 80)
    lines_fr = to_lines(fr, o, "fr", 92 if kind == "pdf" else 80)
    if kind == "pdf":
        return pdf_bytes(pdf_pages(lines, 64) + pdf_pages(["VERSION FRANÇAISE", ""] + lines_fr, 64)), o
    if kind == "ocr":
        return ocr_text(lines + ["", "\f", "VERSION FRANÇAISE", ""] + lines_fr, rng, "", "lines", 2).encode("utf-8"), o
    text = "\n".join(lines + ["", "\f", "VERSION FRANÇAISE", ""] + lines_fr) + "\n"
    return text.replace("'", "’").replace("\n", "\r\n").encode("cp1252"), o


def file_name(p, lang, kind, used, forced=None):
    t = p["title"]["en" if lang == "en" else "fr"]
    lvl = p["level"]
    fields = dict(t=t, l=lvl, y=p["date"].year, d=p["dept"], n=p["num"])
    pats = NAME_EN if lang == "en" else NAME_BI if lang == "bi" else NAME_FR
    if not kind.startswith("ocr"):
        pats = [x for x in pats if "scan" not in x]
    for _ in range(50):
        name = (forced or RNG.choice(pats)).format(**fields) + "." + EXT[kind]
        if name not in used:
            used.add(name)
            return name
        forced = None
    raise RuntimeError(name)


def write_expected(exp_dir, name, kind, lang, outcome, fields, ns, also, people, versions=None):
    data = dict(document=name, kind=kind, language={"bi": "bilingual"}.get(lang, lang), outcome=outcome,
                fields=fields, not_stated=ns, also=also, people=people, versions=versions)
    (exp_dir / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


# ---------------------------------------------------------------------------- to refuse
def refusals(positions):
    out = []
    a, b, c, d, e, f, g = (person() for _ in range(7))
    p1, p2 = positions[37], positions[42]
    memo = f"""NOTE DE SERVICE

Destinataires : Directrices et directeurs, Région du Québec
Expéditrice : {a}, directrice, Ressources humaines – Région du Québec
Objet : Mise à jour des descriptions de travail des cadres de direction (EX)
Date : 14 février 2023

Dans le cadre de l'exercice annuel de gestion des talents des cadres de direction, le Bureau de la
dirigeante principale des ressources humaines demande que toutes les descriptions de travail EX-01
à EX-03 soient révisées d'ici le 31 mars 2023. Les descriptions de plus de cinq ans doivent être
mises à jour selon le gabarit ministériel (résultats axés sur le service à la clientèle, activités
principales, dimensions).

Veuillez transmettre vos descriptions révisées, signées, à la boîte générique de la classification.
Les postes visés comprennent notamment le poste {p1['num']} ({p1['title']['fr']}, {p1['level']}) et le
poste {p2['num']} ({p2['title']['fr']}, {p2['level']}).

Pour toute question, communiquez avec {b}, conseiller principal en classification, au 514-555-0142.

{a}
"""
    out.append(("Note de service - mise à jour DT EX 2023.txt", "text", "fr", memo.encode("utf-8"), [a, b]))
    # letter of offer
    import docx
    p3 = positions[36]
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2023, 5, 1, 9, 0, 0)
    doc.core_properties.author = "RH"
    doc.core_properties.last_modified_by = "RH"
    for s in ["Service Canada – Région du Québec", "PROTÉGÉ B (une fois rempli)", "", f"Madame {c}",
              "Montréal (Québec)", "", "Objet : Offre de nomination intérimaire", "",
              f"Madame, j'ai le plaisir de vous offrir une nomination intérimaire au poste de {p3['title']['fr']} "
              f"({p3['level']}), poste no {p3['num']}, à Québec (Québec), du 3 avril 2023 au 29 septembre 2023.",
              "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des "
              "cadres de direction, dans l'échelle de 125 050 $ à 147 100 $ par année.",
              "Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez signer la présente "
              "et la retourner au plus tard le 24 mars 2023.", "", d, "Directeur général régional, Opérations", "",
              "J'accepte l'offre ci-dessus :", "", "Signature : ____________________   Date : ____________"]:
        doc.add_paragraph(s)
    buf = io.BytesIO()
    doc.save(buf)
    out.append(("Lettre d'offre - nomination intérimaire EX-01 - signée.docx", "docx", "fr",
                normalize_zip(buf.getvalue()), [c, d]))
    # minutes of the regional classification committee (PDF)
    rows = [f"Poste {q['num']} – {q['title']['fr']} – {q['level']} : niveau confirmé." for q in positions[20:24]]
    pv = f"""Comité régional d'examen de la classification – Région du Québec
Procès-verbal de la réunion du 17 novembre 2022, 13 h 30, salle 6-210, Complexe Guy-Favreau

Présents : {e} (présidente), {b}, {f}
Absente : {g}

1. Adoption de l'ordre du jour
   L'ordre du jour est adopté sans modification.
2. Examen des descriptions de travail soumises
   {rows[0]}
   {rows[1]}
   {rows[2]}
   {rows[3]} Le comité demande de préciser les dimensions.
3. Suivi des griefs de classification
   Aucun nouveau grief. Le dossier 2021-Q-014 est fermé.
4. Varia
   Prochaine réunion : le 19 janvier 2023.

Procès-verbal rédigé par {f}"""
    out.append(("PV CREC 2022-11-17.pdf", "pdf", "fr", pdf_bytes([pv]), [e, b, f, g]))
    # org chart, scanned (bilingual)
    rng = random.Random(7474)
    boxes = [("Sous-commissaire régional / Regional Deputy Commissioner", "EX-03", a),
             ("Sous-commissaire adjointe, Opérations correctionnelles / Assistant Deputy Commissioner, Correctional Operations", "EX-02", c),
             ("Directrice d'établissement, Établissement Drummond / Warden, Drummond Institution", "EX-01", e),
             ("Directeur de district, Libérations conditionnelles – Montréal métropolitain / District Director, Parole – Greater Montréal", "EX-01", g),
             ("Directeur, Services de gestion / Director, Management Services", "AS-07", d)]
    chart = "ORGANIGRAMME – ORGANIZATION CHART\nService correctionnel du Canada – Administration régionale du Québec\nEn date du 1er avril 2021 / As of April 1, 2021\n\n"
    chart += "\n".join(f"| {t} |\n| {l} |\n| {n} |\n      |" for t, l, n in boxes) + "\n"
    out.append(("Organigramme Région du Québec 2021 (1).txt", "ocr", "bilingual",
                ocr_damage(chart, rng, 0.7, 0.5, 0.02, 0.02).encode("utf-8"), [a, c, e, g, d]))
    # performance agreement
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2023, 5, 1, 9, 0, 0)
    doc.core_properties.author = "RH"
    doc.core_properties.last_modified_by = "RH"
    q = positions[16]
    doc.add_heading("Entente de gestion du rendement – Cadres de direction 2023-2024", level=1)
    t = doc.add_table(rows=0, cols=2)
    for k, v in [("Nom du cadre", f), ("Titre du poste", q["title"]["fr"]), ("Niveau", q["level"]),
                 ("Nom du gestionnaire", b), ("Période", "1er avril 2023 au 31 mars 2024")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    doc.add_heading("Engagements clés", level=2)
    for s in ["Atteindre 90 % des normes de service régionales.", "Mettre en œuvre le plan régional de gestion des pêches 2023-2025.",
              "Réduire de 10 % le délai de traitement des permis.", "Engagement en leadership : santé mentale et inclusion."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Évaluation de mi-exercice : ____   Évaluation de fin d'exercice : ____")
    buf = io.BytesIO()
    doc.save(buf)
    out.append(("Entente de rendement 2023-2024 - EX-02.docx", "docx", "fr", normalize_zip(buf.getvalue()), [f, b]))
    # a scan with no text layer
    out.append(("Scan_0042.pdf", "pdf", "fr", pdf_bytes(["", ""]), []))
    return out


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    positions = make_positions()
    used = set()
    fr_kinds = list(FR_KINDS)
    RNG.shuffle(fr_kinds)
    counts = {}
    for p in positions:
        i = p["i"]
        if i in EN_POS:
            plan = [("en", EN_POS[i], None)]
        elif i in BI_POS:
            plan = [("bi", BI_POS[i][0], BI_POS[i][1])]
        elif i == 2:
            plan = [("fr", "ocr", "old"), ("fr", "docx", "new")]
        elif i == 18:
            plan = [("fr", "docx", "same"), ("fr", "pdf", "same-signed")]
        else:
            plan = [("fr", fr_kinds.pop(), None)]
        names = []
        state = None
        for lang, kind, extra in plan:
            o = options(lang, kind)
            q = p
            forced = None
            if extra == "old":
                q = dict(p, date=p["date"].replace(year=p["date"].year - 6) if p["date"].year > 2018 else dt.date(2011, 6, 1),
                         salary=p["salary"] - 420000, reports=p["reports"][:-1] if len(p["reports"]) > 2 else p["reports"])
                o["show_date"] = True
                forced = "scan DT {t} {y}"
            o["sig_date"] = q["date"] - dt.timedelta(days=RNG.randint(3, 60))
            if extra == "new":
                forced = "Description de travail - {t} FINAL"
            if extra == "same":
                state = RNG.getstate()
                o_same = o
                forced = "{t} - {l}"
            if extra == "same-signed":
                o = dict(o_same, signature=True)
                RNG.setstate(state)
                forced = "{t} - signée"
            if i in (9, 35) and lang == "fr":
                o["num_text"] = "NOUVEAU" if i == 9 else "À déterminer"
            if extra == "same":
                o["signature"] = True
            data, o = render(q, lang, kind, o, bimode=extra if lang == "bi" else None)
            if extra in ("same", "same-signed"):
                state2 = RNG.getstate()
            name = file_name(q, lang, kind, used, forced)
            (corpus / name).write_bytes(data)
            fields, ns, also, people = truth_for(q, lang, o, lang)
            names.append((name, kind, lang, fields, ns, also, people, q["date"]))
            counts[(kind, lang)] = counts.get((kind, lang), 0) + 1
        versions = None
        if len(names) == 2:
            if i == 2:
                versions = dict(same_position=[n[0] for n in names], newest=names[1][0])
            else:
                versions = dict(same_position=[n[0] for n in names], newest=names[1][0], same_text=True)
        for name, kind, lang, fields, ns, also, people, _ in names:
            write_expected(expected, name, kind, lang, "import", fields, ns, also, people, versions)
    for name, kind, lang, data, people in refusals(positions):
        assert name not in used
        used.add(name)
        (corpus / name).write_bytes(data)
        write_expected(expected, name, kind, "bi" if lang == "bilingual" else lang, "refuse", None, [], None, people)
    for k in sorted(counts):
        print(k, counts[k])
    print(len(used), "documents")


if __name__ == "__main__":
    main()
