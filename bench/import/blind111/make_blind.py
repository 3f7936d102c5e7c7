"""Write the blind111 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run:

    /work/main/.venv/bin/python bench/import/blind111/make_blind.py

Emphasis: dimensions among other money. Each work description gives the position's salary, O&M
and total (or a combined budget) beside figures that are not them (grants and contributions,
capital, revenues, assets, contracts, transfer payments, program spending, the branch's or the
department's budget) and its FTEs beside other counts. The truth is only the position's own."""
from __future__ import annotations

import datetime as dt
import importlib.util
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
sys.path.insert(0, str(HERE))
import texts as T  # noqa: E402

_spec = importlib.util.spec_from_file_location("import_files", ROOT / "tests" / "import_files.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
pdf_bytes = _mod.pdf_bytes

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

POS = {p[0]: p for p in T.POSITIONS}
PROVISIONAL = {"esdc_appr": "NEW", "ssc_dc": "TBD"}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ---------------------------------------------------------------------------------------------
# notations


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def money(v: int, lang: str, style: str) -> str:
    """An amount in one notation; the caller picks a style that says the value exactly."""
    fr = lang == "fr"
    if style == "full":
        return f"{group(v, chr(160) if fr else ' ')} $" if fr else f"${v:,}"
    if style == "fullsp":  # French with plain spaces
        return f"{group(v, ' ')} $"
    if style == "cents":
        return f"{group(v, ' ')},00 $" if fr else f"${v:,}.00"
    if style in ("M", "Mword", "Mbare"):
        m = f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".")
        if fr:
            m = m.replace(".", ",")
            return f"{m} M$" if style == "M" else f"{m} million{'s' if v >= 2_000_000 else ''} $" if style == "Mword" else f"{m} M$"
        if style == "M":
            return f"${m}M"
        if style == "Mbare":
            return f"{m}M"
        return f"${m} million"
    if style == "K":
        k = v // 1000
        return f"{group(k, ' ')} k$" if fr else f"${k:,}K"
    if style == "B":
        b = f"{v / 1_000_000_000:.2f}".rstrip("0").rstrip(".")
        if fr:
            return f"{b.replace('.', ',')} milliard{'s' if v >= 2_000_000_000 else ''} $"
        return f"${b} billion"
    raise ValueError(style)


def money_styles(v: int, lang: str) -> list[str]:
    out = ["full"]
    if lang == "fr":
        out.append("fullsp")
    if v < 100_000_000:
        out.append("cents")
    if v % 1000 == 0 and v < 10_000_000:
        out.append("K")
    if v % 10_000 == 0 and 100_000 <= v < 1_000_000_000:
        out += ["M", "Mword"]
    if v >= 1_000_000_000 and v % 10_000_000 == 0:
        out += ["B", "B"]
    return out


def pick_money(rng: random.Random, v: int, lang: str, prefer: str | None = None) -> str:
    styles = money_styles(v, lang)
    if prefer and prefer in styles:
        return money(v, lang, prefer)
    return money(v, lang, rng.choice(styles))


def count(n: int, lang: str) -> str:
    return group(n, " ") if lang == "fr" else f"{n:,}"


def fmt_class(c: str, style: str) -> str:
    grp, _, lvl = c.rpartition("-")
    if style == "space":
        return f"{grp} {lvl}"
    if style == "short" and lvl.startswith("0"):
        return f"{grp}-{lvl[1:]}"
    if style == "nodash":
        return f"{grp}{lvl}"
    if style == "spaced":
        return f"{grp} - {lvl}"
    return c


def fmt_date(d: dt.date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                 d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    else:
        m = MONTHS_EN[d.month - 1]
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{m} {d.day}, {d.year}", f"{m} {d.day}{sfx}, {d.year}", f"{d.day} {m} {d.year}",
                 f"{m[:3]}. {d.day}, {d.year}", d.isoformat(), f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{m[:3].upper()} {d.day:02d} {d.year}", f"{d.day}-{m[:3]}-{d.year}"]
    return rng.choice(forms)


def nice(rng: random.Random, lo: int, hi: int) -> int:
    v = rng.randint(lo, hi)
    for unit in (1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10, 1):
        if v >= unit * 20:
            step = unit
            break
    else:
        step = 1
    return max(step, v // step * step)


# ---------------------------------------------------------------------------------------------
# the facts of one document


def facts(key: str, revised: bool) -> dict:
    p = POS[key]
    (_, dept, title_en, title_fr, level, sup_en, sup_fr, sup_level, city, prov, domain, money_keys, count_keys,
     scope_en, scope_fr) = p
    rng = random.Random(f"blind111-{key}-{'rev' if revised else 'orig'}")
    f: dict = {"key": key, "dept": dept, "title_en": title_en, "title_fr": title_fr,
               "classification": f"EX-0{level}", "domain": domain, "scope_en": scope_en, "scope_fr": scope_fr,
               "city": city, "prov": prov}
    base = random.Random(f"blind111-{key}")
    f["position_number"] = None if key in PROVISIONAL else str(base.randint(10000, 999999))
    f["provisional"] = PROVISIONAL.get(key)
    f["job_code"] = f"10{base.randint(1000, 9999)}" if base.random() < 0.55 else None
    if revised:
        f["effective_date"] = dt.date(2022, rng.randint(1, 12), rng.randint(1, 28))
    else:
        f["effective_date"] = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)) \
            if rng.random() < 0.86 else None
    if key == "pch_olo" and not revised:
        f["effective_date"] = dt.date(2016, 6, 1)
    f["sup"] = {"title_en": sup_en, "title_fr": sup_fr, "classification": f"EX-0{sup_level}",
                "position_number": str(base.randint(10000, 999999)) if base.random() < 0.6 else None}
    subs, classes = T.DOMAINS[domain]
    n = rng.randint(2, 5)
    chosen = rng.sample(range(len(subs)), min(n, len(subs)))
    reports = []
    for i in chosen:
        en, fr = subs[i]
        if level >= 2 and rng.random() < 0.6:
            t_en, t_fr, cls = f"Director, {en}", f"Directeur, {fr}", "EX-01"
        else:
            t_en, t_fr, cls = f"Manager, {en}", f"Gestionnaire, {fr}", rng.choice(classes)
            if rng.random() < 0.25:
                t_en, t_fr = f"Chief, {en}", f"Chef, {fr}"
        reports.append({"title_en": t_en, "title_fr": t_fr, "classification": cls, "fte": rng.randint(3, 64)})
    if rng.random() < 0.35:
        reports.append({"title_en": "Senior Advisor", "title_fr": "Conseiller principal",
                        "classification": rng.choice(["EC-06", "AS-07", "PM-06"]), "fte": 1})
    if rng.random() < 0.3:
        reports.append({"title_en": "Executive Assistant", "title_fr": "Adjointe administrative",
                        "classification": "AS-02", "fte": 1})
    if rng.random() < 0.12:
        for r in reports:
            r["classification"] = None
    if rng.random() < 0.1:
        for r in reports:
            r["fte"] = None
    f["reports"] = reports
    known = sum(r["fte"] or 0 for r in reports)
    fte = known + rng.randint(1, 4) if known else rng.randint(20, 140)
    f["fte"] = fte
    f["salary"] = max(10, round(fte * rng.uniform(86_000, 112_000) / 10_000)) * 10_000
    om = rng.randint(25, 1800) * 1000
    if rng.random() < 0.45:
        om = max(10_000, om // 10_000 * 10_000)
    f["o_and_m"] = om
    f["total"] = f["salary"] + om
    f["money"] = [(k, nice(rng, *T.MONEY_RANGES[k])) for k in money_keys]
    f["counts"] = [(k, nice(rng, *T.COUNTS[k][2])) for k in count_keys]
    # the branch's own figures (bigger), for tables with a second column
    mult = rng.uniform(3.5, 9)
    f["branch"] = {"salary": round(f["salary"] * mult / 10_000) * 10_000, "o_and_m": round(om * mult / 1000) * 1000,
                   "fte": round(fte * mult)}
    f["branch"]["total"] = f["branch"]["salary"] + f["branch"]["o_and_m"]
    return f


# ---------------------------------------------------------------------------------------------
# label forms

LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", eff="Effective Date",
         spos="Supervisor's Position No.", stitle="Supervisor's Position Title", scls="Supervisor's Classification",
         loc="Geographic Location", dept="Department", branch="Branch"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE NO.", pos="POSITION NO.", eff="DATE IN EFFECT",
         spos="SUPERVISOR POSITION NO.", stitle="SUPERVISOR TITLE", scls="SUPERVISOR GROUP & LEVEL", loc="LOCATION",
         dept="DEPARTMENT", branch="SECTOR"),
    dict(title="Job Title", cls="Level", job="Generic Job No.", pos="Position #", eff="Effective",
         spos="Reports to (Position #)", stitle="Immediate Supervisor Title", scls="Supervisor Group and Level",
         loc="Work Location", dept="Organization", branch="Branch/Region"),
    dict(title="Official Position Title", cls="Group and Level", job="Standard Job Code", pos="Position Ref. No.",
         eff="Date Effective", spos="Immediate Superior - Position No.", stitle="Immediate Superior - Title",
         scls="Immediate Superior - Classification", loc="City/Province", dept="Department/Agency", branch="Branch"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         eff="Date d'entrée en vigueur", spos="No de poste du superviseur", stitle="Titre du poste du superviseur",
         scls="Classification du superviseur", loc="Lieu géographique", dept="Ministère", branch="Direction générale"),
    dict(title="INTITULÉ DU POSTE", cls="GROUPE/NIVEAU", job="NO DE CODE D'EMPLOI", pos="NO DU POSTE",
         eff="EN VIGUEUR LE", spos="NO DE POSTE DU SUPÉRIEUR IMMÉDIAT", stitle="TITRE DU SUPÉRIEUR IMMÉDIAT",
         scls="GROUPE ET NIVEAU DU SUPÉRIEUR", loc="EMPLACEMENT", dept="ORGANISME", branch="SECTEUR"),
    dict(title="Titre", cls="Niveau", job="Code de l'emploi", pos="Poste no", eff="Date de prise d'effet",
         spos="Relève du poste no", stitle="Titre du supérieur", scls="Niveau du supérieur", loc="Ville/Province",
         dept="Ministère/organisme", branch="Direction générale/Région"),
]
LABELS_BI = dict(title="Position Title / Titre du poste", cls="Classification", job="Job Code / Code d'emploi",
                 pos="Position Number / Numéro de poste", eff="Effective Date / Date d'entrée en vigueur",
                 spos="Supervisor's Position No. / No de poste du superviseur",
                 stitle="Supervisor's Title / Titre du superviseur",
                 scls="Supervisor's Classification / Classification du superviseur", loc="Location / Lieu",
                 dept="Department / Ministère", branch="Branch / Direction générale", title_fr="Titre du poste (français)")

HEAD = {
    "en": dict(ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dim="Dimensions",
               sa="Specific Accountabilities", csr="Client Service Results", ka="Key Activities",
               cert="Certification", top="EXECUTIVE GROUP POSITION DESCRIPTION", ident="Position Identification"),
    "fr": dict(ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et étendue",
               dim="Dimensions", sa="Responsabilités spécifiques", csr="Résultats axés sur le service à la clientèle",
               ka="Activités principales", cert="Attestation", top="DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION",
               ident="Identification du poste"),
}
HEAD["bi"] = {k: f"{HEAD['en'][k]} / {HEAD['fr'][k]}" for k in HEAD["en"]}
PHRASE = {
    "gc": ("administers grants and contributions of {m} a year, which are not part of its operating budget",
           "administre des subventions et contributions de {m} par année, qui ne font pas partie de son budget de fonctionnement"),
    "capital": ("manages a capital budget of {m}", "gère un budget d'immobilisations de {m}"),
    "revenue": ("oversees the collection of revenues of approximately {m} a year", "supervise la perception de recettes d'environ {m} par année"),
    "assets": ("is responsible for assets with a replacement value of {m}", "est responsable d'actifs d'une valeur de remplacement de {m}"),
    "contracts": ("manages contracts valued at {m}", "gère des contrats d'une valeur de {m}"),
    "transfers": ("administers transfer payments of {m}", "administre des paiements de transfert de {m}"),
    "program": ("influences program spending of some {m} that it does not manage directly",
                "influence des dépenses de programmes d'environ {m} qu'il ne gère pas directement"),
    "dept": ("contributes to the results of a department whose budget is {m}", "contribue aux résultats d'un ministère dont le budget s'élève à {m}"),
    "branch": ("is part of a branch with a budget of {m}", "fait partie d'une direction générale dont le budget est de {m}"),
    "loans": ("oversees a loan portfolio of {m}", "supervise un portefeuille de prêts de {m}"),
    "benefits": ("oversees the payment of benefits of {m} a year", "supervise le versement de prestations de {m} par année"),
}
ALT_HEAD_EN = dict(org="Organizational Context", ns="Nature & Scope", dim="Resources")
ALT_HEAD_FR = dict(org="Structure", ns="Nature et portée", dim="Ressources")


# ---------------------------------------------------------------------------------------------
# the document as neutral blocks: ("h", text) heading, ("kv", [(label, value)]) header fields,
# ("p", text) paragraph, ("li", [items]) list, ("ol", [items]) numbered list,
# ("table", header, rows), ("sig", [lines]) signature block


def unit_name(f: dict, lang: str) -> str:
    t = f["title_fr"] if lang == "fr" else f["title_en"]
    head, _, rest = t.partition(", ")
    return ("la direction" if lang == "fr" else "directorate") if not rest else \
        (f"la direction ({rest})" if lang == "fr" else f"{rest} organization")


def fr_art(s: str) -> str:
    """French articles after 'de' and for feminine titles."""
    for a, b in ((" de le ", " du "), (" de les ", " des "), ("du Directrice", "de la Directrice"),
                 ("du Vice-présidente", "de la Vice-présidente"), ("Le Directrice", "La Directrice"),
                 ("de l'autorité du Directrice", "de l'autorité de la Directrice"), ("du Dirigeant", "du dirigeant")):
        s = s.replace(a, b)
    return s


def report_line(r: dict, lang: str, style: str, rng: random.Random, cstyle: str) -> str:
    t = r["title_fr"] if lang == "fr" else r["title_en"]
    c = fmt_class(r["classification"], cstyle) if r["classification"] else None
    n = r["fte"]
    fte_word = "ETP" if lang == "fr" else rng.choice(["FTEs", "FTEs", "FTE", "FTE's"])
    if n == 1 and lang != "fr" and fte_word == "FTEs":
        fte_word = "FTE"
    if style == "dash" and c:
        return f"{c} - {t}" + (f" ({n} {fte_word})" if n is not None else "")
    if style == "endash":
        parts = [t] + ([c] if c else []) + ([f"{n} {fte_word}"] if n is not None else [])
        return " – ".join(parts)
    if style == "bracket":
        return t + (f" [{c}]" if c else "") + (f" ({n} {fte_word})" if n is not None else "")
    if style == "staff":
        s = t + (f" ({c})" if c else "")
        if n is not None:
            s += f", effectif de {n}" if lang == "fr" else f", staff of {n}"
        return s
    inner = ", ".join(([c] if c else []) + ([f"{n} {fte_word}"] if n is not None else []))
    return t + (f" ({inner})" if inner else "")


def dims_blocks(f: dict, lang: str, rng: random.Random, style: str, total_stated: bool, head: str) -> list:
    """The dimensions section; returns blocks. Sets nothing: the truth is decided by the caller."""
    L = "fr" if lang == "fr" else "en"
    out: list = [("h", head)]
    sal, om, tot, fte = f["salary"], f["o_and_m"], f["total"], f["fte"]
    distract = [(T.MONEY[k][1 if L == "fr" else 0], v) for k, v in f["money"]]
    counts = [(T.COUNTS[k][1 if L == "fr" else 0], v) for k, v in f["counts"]]
    prefer = rng.choice([None, "M", "K", "full", "Mword"])
    fte_label = rng.choice(["ETP", "Équivalents temps plein (ETP)", "Effectif (ETP)"]) if L == "fr" else \
        rng.choice(["FTEs", "FTE's", "Full-time equivalents (FTEs)", "Staff (FTEs)", "Human resources (FTEs)"])
    sal_l = rng.choice(["Salaires", "Budget salarial", "Traitements et salaires"]) if L == "fr" else \
        rng.choice(["Salary", "Salary budget", "Salaries", "Salary Dollars"])
    om_l = rng.choice(["F et E", "Fonctionnement et entretien (F et E)", "Budget de F et E"]) if L == "fr" else \
        rng.choice(["O&M", "O & M", "Operating (O&M)", "Operations and Maintenance"])
    tot_l = rng.choice(["Total", "Budget total", "Total (salaires et F et E)"]) if L == "fr" else \
        rng.choice(["Total", "Total budget", "Total operating budget", "Total (Salary + O&M)"])
    if lang == "bi":
        sal_l, om_l, tot_l, fte_label = "Salary / Salaires", "O&M / F et E", "Total", "FTEs / ETP"
    if style == "lines":
        rows = [(sal_l, pick_money(rng, sal, L, prefer)), (om_l, pick_money(rng, om, L, prefer))]
        if total_stated:
            rows.append((tot_l, pick_money(rng, tot, L, prefer)))
        extra = [(lab, pick_money(rng, v, L, prefer)) for lab, v in distract]
        pos = rng.choice([0, 1])
        rows = extra + rows if pos == 0 and rng.random() < 0.4 else rows + extra
        rows.insert(rng.randint(0, len(rows)), (fte_label, str(fte)))
        rows += [(lab, count(v, L)) for lab, v in counts]
        out.append(("kv", rows))
    elif style == "combined":
        lab = rng.choice(["Budget salarial et de F et E", "Budget de fonctionnement (salaires et F et E)"]) if L == "fr" \
            else rng.choice(["Combined Salary and Operating Budget", "Salary and O&M budget", "Operating budget (salary and O&M)"])
        rows = [(fte_label, str(fte)), (lab, pick_money(rng, tot, L, prefer))]
        rows += [(l2, pick_money(rng, v, L)) for l2, v in distract]
        rows += [(l2, count(v, L)) for l2, v in counts]
        out.append(("kv", rows))
    elif style == "table2":
        br = f["branch"]
        hdr = ["Ressource", "Poste", "Direction générale"] if L == "fr" else \
            ["Resource", "This position", rng.choice(["Branch", "Branch (total)", "Sector"])]
        st = rng.choice(["full", "M"]) if sal % 10_000 == 0 and om % 10_000 == 0 and br["o_and_m"] % 10_000 == 0 else "full"
        rows = [[fte_label, str(fte), count(br["fte"], L)],
                [sal_l, money(sal, L, st), money(br["salary"], L, st)],
                [om_l, money(om, L, st), money(br["o_and_m"], L, st)]]
        if total_stated:
            rows.append([tot_l, money(tot, L, st), money(br["total"], L, st)])
        for lab, v in distract:
            rows.append([lab, "—" if rng.random() < 0.5 else "s.o." if L == "fr" else "n/a", pick_money(rng, v, L)])
        out.append(("table", hdr, rows))
        for lab, v in counts:
            out.append(("p", f"{lab} : {count(v, L)}" if L == "fr" else f"{lab}: {count(v, L)}"))
    elif style == "thousands":
        hdr = ["Ressources (en milliers de dollars)", f"{f['year']}-{(f['year'] + 1) % 100:02d}"] if L == "fr" else \
            [rng.choice(["Resources ($000)", "Budget (in thousands of dollars)", "($000s)"]), f"{f['year']}-{(f['year'] + 1) % 100:02d}"]
        k = (lambda v: group(v // 1000, " ")) if L == "fr" else (lambda v: f"{v // 1000:,}")
        rows = [[sal_l, k(sal)], [om_l, k(om)]]
        if total_stated:
            rows.append([tot_l, k(tot)])
        for lab, v in distract:
            rows.insert(rng.randint(0, len(rows)), [lab, k(v)])
        rows.append([fte_label, str(fte)])
        out.append(("table", hdr, rows))
        for lab, v in counts:
            out.append(("p", f"{lab} : {count(v, L)}" if L == "fr" else f"{lab}: {count(v, L)}"))
    elif style == "prose":
        m = lambda v: pick_money(rng, v, L, prefer)  # noqa: E731
        dd = [(PHRASE[k][1 if L == "fr" else 0], v) for k, v in f["money"]]
        if L == "fr":
            s = (f"Le ou la titulaire dirige une équipe de {fte} employés (ETP) et gère un budget salarial d'environ "
                 f"{m(sal)} ainsi qu'un budget de fonctionnement et d'entretien de {m(om)}")
            s += f", pour un total de {m(tot)}." if total_stated else "."
            for ph, v in dd:
                s += f" Le poste {ph.format(m=m(v))}."
            for lab, v in counts:
                s += f" {lab} : {count(v, L)}."
        else:
            s = (f"The position manages a salary budget of approximately {m(sal)} and an operating budget of {m(om)}"
                 + (f" (total {m(tot)})" if total_stated else "") + f", with a staff of {fte} FTEs.")
            for ph, v in dd:
                s += f" The position also {ph.format(m=m(v))}."
            for lab, v in counts:
                s += f" {lab}: {count(v, L)}."
        out.append(("p", s))
    return out


def build(f: dict, lang: str, kind: str, rng: random.Random, opts: dict, name: str) -> tuple[list, dict]:
    """The blocks of one document and the truth it states."""
    L = "fr" if lang == "fr" else "en"
    dept_en, dept_fr = T.DEPTS[f["dept"]]
    prov_en, prov_fr = T.PROVINCES[f["prov"]]
    truth = {"title": f["title_fr"] if lang == "fr" else f["title_en"], "classification": f["classification"],
             "job_code": f["job_code"], "position_number": f["position_number"],
             "effective_date": f["effective_date"]}
    labels = LABELS_BI if lang == "bi" else rng.choice(LABELS_FR if L == "fr" else LABELS_EN)
    H = dict(HEAD[lang])
    if lang != "bi" and rng.random() < 0.4:
        H.update(ALT_HEAD_FR if L == "fr" else ALT_HEAD_EN)
    cstyle = rng.choice(["dash", "dash", "dash", "space", "short", "nodash", "spaced"])
    sup = f["sup"]
    sup_title = sup["title_fr"] if L == "fr" else sup["title_en"]
    sup_style = rng.choice(["fields", "fields", "reportsto", "sentence"])
    sup_truth = {"position_number": sup["position_number"], "title": sup_title,
                 "classification": sup["classification"]}
    if sup_style == "sentence" and rng.random() < 0.5:
        sup_truth["position_number"] = None
    blocks: list = []
    top = H["top"] if rng.random() < 0.6 else ("WORK DESCRIPTION" if L == "en" else "DESCRIPTION DE TRAVAIL")
    if lang == "bi":
        top = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL - CADRES SUPÉRIEURS"
    blocks.append(("title", top))
    kv = []
    title_val = truth["title"]
    class_in_title = rng.random() < 0.1
    if class_in_title:
        kv.append((labels["title"], f"{title_val} ({fmt_class(f['classification'], cstyle)})"))
    else:
        kv.append((labels["title"], title_val))
    if lang == "bi":
        kv.append((labels["title_fr"], f["title_fr"]))
    if not class_in_title:
        c = fmt_class(f["classification"], cstyle)
        if rng.random() < 0.12:
            c = f"({c})"
        kv.append((labels["cls"], c))
    if f["job_code"]:
        kv.append((labels["job"], f["job_code"]))
    if f["position_number"]:
        kv.append((labels["pos"], f["position_number"]))
    elif f["provisional"]:
        kv.append((labels["pos"], f["provisional"] if L != "fr" else "À déterminer"))
    if f["effective_date"]:
        kv.append((labels["eff"], fmt_date(f["effective_date"], L, rng)))
    if rng.random() < 0.5:
        kv.append((labels["dept"], dept_fr if L == "fr" else dept_en))
    loc_stated = rng.random() < 0.8
    if loc_stated:
        if L == "fr":
            loc = rng.choice([f"{f['city']} ({prov_fr})", f"{f['city']}, {prov_fr}"])
        else:
            loc = rng.choice([f"{f['city']}, {prov_en}", f"{f['city']} ({prov_en})", f"{f['city']}, {f['prov']}"])
        kv.append((labels["loc"], loc))
        truth["location"] = f"{f['city']}, {prov_fr if L == 'fr' else prov_en}"
    else:
        truth["location"] = None
    sup_cls = fmt_class(sup["classification"], cstyle)
    if sup_style == "fields":
        if sup["position_number"]:
            kv.append((labels["spos"], sup["position_number"]))
        kv.append((labels["stitle"], sup_title))
        kv.append((labels["scls"], sup_cls))
    elif sup_style == "reportsto":
        lab = "Relève de" if L == "fr" else rng.choice(["Reports to", "Reporting to"])
        v = f"{sup_title} ({sup_cls})"
        if sup["position_number"]:
            v += f", poste no {sup['position_number']}" if L == "fr" else f", Position No. {sup['position_number']}"
        kv.append((lab, v))
    if rng.random() < 0.3 and kv:
        kv = kv[:1] + rng.sample(kv[1:], len(kv) - 1) if rng.random() < 0.3 else kv
    blocks.append(("kv", kv))

    # sections
    gl = "fr" if L == "fr" else "en"
    scope = f["scope_fr"] if L == "fr" else f["scope_en"]
    ga_t = rng.choice(T.GA_FR if L == "fr" else T.GA_EN)
    ga = ga_t.format(title=title_val, scope=scope, unit=unit_name(f, L), sup=sup_title,
                     dept_short="department" if L == "en" else "ministère")
    if L == "fr":
        ga = fr_art(ga)
    money_in_ga = rng.random() < 0.4 and f["money"]
    if money_in_ga:
        k, v = rng.choice(f["money"])
        ph = PHRASE[k][1 if L == "fr" else 0].format(m=pick_money(rng, v, L))
        ga += f" Le poste {ph}." if L == "fr" else f" The position {ph}."
    sec_ga = [("h", H["ga"]), ("p", ga)]

    org = [("h", H["org"])]
    head_t = f["title_fr"] if L == "fr" else f["title_en"]
    if sup_style == "sentence":
        s = fr_art(f"Le {head_t} relève du {sup_title}") if L == "fr" else f"The {head_t} reports to the {sup_title}"
        s += f" ({sup_cls})"
        if sup_truth["position_number"]:
            s += f", poste no {sup['position_number']}" if L == "fr" else f" (position {sup['position_number']})"
        s += "."
        org.append(("p", s))
    else:
        n_peers = rng.randint(2, 7)
        org.append(("p", fr_art(f"Le poste est l'un des {n_peers} postes relevant du {sup_title}.") if L == "fr"
                    else f"The position is one of {n_peers} senior management positions reporting to the {sup_title}."))
    rstyle = rng.choice(["paren", "dash", "endash", "bracket", "staff", "prose", "table", "paren"])
    reps = f["reports"]
    if any(r["classification"] is None for r in reps) and rstyle == "dash":
        rstyle = "paren"
    if rstyle == "table" or (kind == "docx" and rng.random() < 0.4):
        hdr = ["Titre", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"]
        rows = [[r["title_fr"] if L == "fr" else r["title_en"],
                 fmt_class(r["classification"], cstyle) if r["classification"] else "",
                 "" if r["fte"] is None else str(r["fte"])] for r in reps]
        if all(r["classification"] is None for r in reps):
            hdr, rows = [hdr[0], hdr[2]], [[a, c] for a, b, c in rows]
        org.append(("p", "Relèvent du titulaire :" if L == "fr" else "The following positions report to the incumbent:"))
        org.append(("table", hdr, rows))
    elif rstyle == "prose":
        items = [report_line(r, L, "paren", rng, cstyle) for r in reps]
        s = ("Relèvent du titulaire : " if L == "fr" else f"Reporting to the {head_t} are: ") + \
            "; ".join(items[:-1]) + (" et " if L == "fr" else " and ") + items[-1] + "."
        org.append(("p", s))
    else:
        org.append(("p", "Les postes suivants relèvent du titulaire :" if L == "fr" else
                    f"Reporting to the {head_t} are:"))
        items = []
        for r in reps:
            line = report_line(r, L, rstyle, rng, cstyle)
            sub = r["title_fr" if L == "fr" else "title_en"].partition(", ")[2]
            if sub and rng.random() < 0.5:
                line += (f" : responsable du secteur {sub}" if L == "fr" else
                         f": responsible for {sub.lower()} activities")
            items.append(line)
        org.append(("li", items))

    area = f["title_fr" if L == "fr" else "title_en"].partition(", ")[2] or ("the program" if L == "en" else "programme")
    ns = [("h", H["ns"])] + [("p", t.format(dept=dept_fr if L == "fr" else dept_en, unit=unit_name(f, L)))
                             for t in rng.sample(T.NS_FR if L == "fr" else T.NS_EN, 2)]
    sa_items = [t.format(area=area) for t in rng.sample(T.SA_FR if L == "fr" else T.SA_EN, rng.randint(5, 7))]
    sa = [("h", H["sa"]), ("ol", sa_items)]

    dstyle = opts.get("dstyle") or rng.choice(["lines", "lines", "table2", "thousands", "prose", "combined", "lines"])
    if kind == "markdown" and dstyle == "table2" and rng.random() < 0.5:
        dstyle = "lines"
    total_stated = dstyle == "combined" or rng.random() < 0.85
    f["year"] = (f["effective_date"] or dt.date(2019, 4, 1)).year
    dims = dims_blocks(f, lang, rng, dstyle, total_stated, H["dim"])
    if dstyle == "combined":
        truth.update(salary=None, o_and_m=None, total=f["total"])
    else:
        truth.update(salary=f["salary"], o_and_m=f["o_and_m"], total=f["total"] if total_stated else None)

    template = rng.random() < 0.18
    if template:
        csr = [("h", H["csr"]), ("li", [t.format(area=area) for t in (T.CSR_FR if L == "fr" else T.CSR_EN)]),
               ("h", H["ka"]), ("li", sa_items)]
        body = sec_ga + org + dims + csr
    else:
        order = rng.choice(["A", "A", "B", "C"])
        if order == "A":
            body = sec_ga + org + ns + dims + sa
        elif order == "B":
            body = sec_ga + dims + org + ns + sa
        else:
            body = sec_ga + ns + org + sa + dims
    blocks += body
    if lang == "bi":
        gaf = fr_art(T.GA_FR[0].format(scope=f["scope_fr"], unit=unit_name(f, "fr"), sup=sup["title_fr"], title=f["title_fr"]))
        blocks += [("h", "VERSION FRANÇAISE - RÉSUMÉ"), ("p", f"Titre du poste : {f['title_fr']}"),
                   ("h", "Responsabilité générale"), ("p", gaf)]

    # people
    prng = random.Random(f"blind111-people-{f['key']}")
    people_pool = prng.sample(T.PEOPLE, 4)
    people = []
    sig = []
    if rng.random() < 0.35:
        nm = people_pool[0]
        blocks.insert(2, ("p", f"Titulaire : {nm}" if L == "fr" else f"Incumbent: {nm}"))
        people.append(nm)
    signed = opts.get("signed", rng.random() < 0.75)
    if signed:
        h = H["cert"]
        sig.append(("h", h))
        sig.append(("p", "Je certifie que la présente description de travail est exacte." if L == "fr" else
                    "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."))
        sdate = fmt_date(f["effective_date"] or dt.date(2020, 3, 2), L, rng)
        lines = [f"{people_pool[1]}", f"{sup_title}", ("Date : " if L == "fr" else "Date: ") + sdate]
        people.append(people_pool[1])
        if rng.random() < 0.6:
            top_fr, top_en = ("Sous-ministre", "Deputy Minister") if sup["classification"] == "EX-04" else \
                ("Sous-ministre adjoint", "Assistant Deputy Minister")
            lines += ["", f"{people_pool[2]}", top_fr if L == "fr" else top_en]
            people.append(people_pool[2])
        sig.append(("sig", lines))
    if rng.random() < 0.2:
        sig.append(("p", f"Préparé par : {people_pool[3]}, conseillère en classification" if L == "fr"
                    else f"Prepared by: {people_pool[3]}, Classification Advisor"))
        people.append(people_pool[3])
    blocks += sig
    truth["supervisor"] = sup_truth
    truth["direct_reports"] = [{"title": r["title_fr"] if L == "fr" else r["title_en"],
                                "classification": r["classification"], "fte": r["fte"]} for r in reps]
    also = {"fte": f["fte"], "department": dept_en, "provisional_number": f["provisional"],
            "operating_budget": f["total"] if dstyle == "combined" else None, "program_budget": None,
            "other_amounts": {k: v for k, v in f["money"]}, "other_counts": {k: v for k, v in f["counts"]},
            "dimensions_layout": dstyle}
    if lang == "bi":
        also["title_fr"] = f["title_fr"]
    meta = {"truth": truth, "also": also, "people": sorted(set(people), key=people.index)}
    return blocks, meta


# ---------------------------------------------------------------------------------------------
# rendering


def render_text(blocks: list, rng: random.Random, kvstyle: str, hstyle: str, width: int = 0) -> str:
    out: list[str] = []
    n_head = 0

    def wrap(s: str) -> list[str]:
        return textwrap.wrap(s, width) if width else [s]

    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], ""]
        elif t == "h":
            n_head += 1
            h = b[1]
            if hstyle == "caps":
                h = h.upper()
            elif hstyle == "capscolon":
                h = h.upper() + ":"
            elif hstyle == "num":
                h = f"{n_head}. {h}"
            elif hstyle == "underline":
                h = h + "\n" + "-" * len(h)
            out += ["", h, ""]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                if kvstyle == "colon":
                    out.append(f"{k}: {v}")
                elif kvstyle == "next":
                    out += [f"{k}:", f"    {v}"]
                elif kvstyle == "dots":
                    out.append(f"{k} {'.' * (w + 6 - len(k))} {v}")
                elif kvstyle == "tabs":
                    out.append(f"{k}\t\t{v}")
                else:
                    out.append(f"{k + ':':<{w}} {v}")
            out.append("")
        elif t == "p":
            out += wrap(b[1]) + [""]
        elif t == "li":
            bullet = rng.choice(["-", "•", "*", "o"])
            for it in b[1]:
                ls = wrap(f"{bullet} {it}")
                out += [ls[0]] + ["  " + x for x in ls[1:]]
            out.append("")
        elif t == "ol":
            for i, it in enumerate(b[1], 1):
                ls = wrap(f"{i}. {it}")
                out += [ls[0]] + ["   " + x for x in ls[1:]]
            out.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            ws = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
            pipes = rng.random() < 0.5
            for r in [hdr] + rows:
                cells = [str(c).ljust(ws[i]) if i == 0 else str(c).rjust(ws[i]) for i, c in enumerate(r)]
                out.append(("| " + " | ".join(cells) + " |") if pipes else "   ".join(cells))
            out.append("")
        elif t == "sig":
            out += ["", "_" * 30] + b[1] + [""]
    text = "\n".join(out)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text.strip() + "\n"


def render_md(blocks: list, rng: random.Random) -> str:
    out: list[str] = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1].title() if b[1].isupper() else b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "kv":
            out += [f"*   **{k}:** {v}" for k, v in b[1]] + [""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "li":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in b[2]] + [""]
        elif t == "sig":
            out += [f"**{x}**" if x else "" for x in b[1]] + [""]
    return "\n".join(out).strip() + "\n"


def render_docx(blocks: list, rng: random.Random, footer: str) -> bytes:
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Classification"
    cp.last_modified_by = "Classification"
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    kv_table = rng.random() < 0.7
    four = rng.random() < 0.3
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=0 if rng.random() < 0.5 else 1)
        elif t == "h":
            if rng.random() < 0.7:
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                p.add_run(b[1].upper()).bold = True
        elif t == "kv":
            if kv_table:
                rows = b[1]
                if four:
                    tb = d.add_table(rows=(len(rows) + 1) // 2, cols=4)
                    for i, (k, v) in enumerate(rows):
                        tb.cell(i // 2, (i % 2) * 2).text = k
                        tb.cell(i // 2, (i % 2) * 2 + 1).text = v
                else:
                    tb = d.add_table(rows=len(rows), cols=2)
                    for i, (k, v) in enumerate(rows):
                        tb.cell(i, 0).text = k
                        tb.cell(i, 1).text = v
                tb.style = "Table Grid"
            else:
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k + ":").bold = True
                    p.add_run(" " + v)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "li":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "table":
            tb = d.add_table(rows=len(b[2]) + 1, cols=len(b[1]))
            tb.style = "Table Grid"
            for j, h in enumerate(b[1]):
                tb.cell(0, j).text = h
            for i, r in enumerate(b[2], 1):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = str(c)
        elif t == "sig":
            for x in b[1]:
                d.add_paragraph(x)
    d.sections[0].footer.paragraphs[0].text = footer
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_pdf(text: str, footer: str, per_page: int = 62) -> bytes:
    lines = []
    for ln in text.splitlines():
        lines += textwrap.wrap(ln, 100, subsequent_indent="  " if ln.startswith(("- ", "• ")) else "") or [""]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    texts = ["\n".join(pg + ["", f"{footer}    Page {i} of {n}"]) for i, pg in enumerate(pages, 1)]
    return pdf_bytes(texts)


# OCR damage -----------------------------------------------------------------------------------

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}


def damage_digits(s: str, p: float, rng: random.Random) -> str:
    out = []
    for i, ch in enumerate(s):
        if ch in DIGIT and rng.random() < p and ch not in "62":
            r = DIGIT[ch]
            if ch == "1" and rng.random() < 0.4:
                r = "l"
            out.append(r)
        elif ch in "62" and rng.random() < p / 6:
            out.append(DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("ti", "b"),
        ("o", "a"), ("a", "e"), ("t", "l"), ("f", "t")]


def damage_words(s: str, p: float, rng: random.Random) -> str:
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < p:
            a, b = rng.choice(CONF)
            if a in w:
                j = w.find(a, rng.randint(0, max(0, len(w) - 2)) if rng.random() < 0.5 else 0)
                if j < 0:
                    j = w.find(a)
                words[i] = w[:j] + b + w[j + len(a):]
    out = words[0]
    for w in words[1:]:
        out += ("" if rng.random() < p / 3 else " ") + w
    return out


def ocr_damage(text: str, strength: int, rng: random.Random) -> str:
    pd = [0.1, 0.25, 0.45][strength - 1]
    pw = [0.04, 0.08, 0.14][strength - 1]
    out = []
    for ln in text.split("\n"):
        if len(ln) > 70 or strength == 3:
            ln = damage_words(ln, pw, rng)
        ln = damage_digits(ln, pd, rng)
        out.append(ln)
    return "\n".join(out)


def hyphenate(lines: list[str], rng: random.Random, p: float) -> list[str]:
    out = []
    carry = ""
    for ln in lines:
        ln = carry + ln
        carry = ""
        words = ln.split(" ")
        last = words[-1]
        if len(words) > 3 and len(last) > 7 and last.isalpha() and rng.random() < p:
            k = rng.randint(3, len(last) - 3)
            words[-1] = last[:k] + "-"
            carry = last[k:] + " "
        out.append(" ".join(words))
    if carry:
        out.append(carry.strip())
    return out


def render_ocr(text: str, rng: random.Random, strength: int, footer: str, layout: str) -> str:
    lines = text.split("\n")
    if layout == "run":
        body = " ".join(x.strip() for x in lines if x.strip())
        body = ocr_damage(body, strength, rng)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    if layout == "pages":
        per = rng.randint(38, 55)
        chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
        outl = []
        for i, ch in enumerate(chunks, 1):
            s = " ".join(x.strip() for x in ch if x.strip())
            pre = "" if i == 1 else rng.choice([f"{i} ", f"a{i} ", f"{i} | "])
            outl.append(pre + ocr_damage(s, strength, rng) + f" {footer}")
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(outl) + "\n"
    # kept lines, wrapped at 78, hyphenated, a running header and a page number, form feeds
    wrapped = []
    for ln in lines:
        wrapped += textwrap.wrap(ln, 78) or [""]
    wrapped = hyphenate(wrapped, rng, 0.25)
    per = 52
    pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    n = len(pages)
    numbering = rng.choice(["Page {i} of {n}", "- {i} -", "{i}"])
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out += ["\f" + footer.upper(), ""]
        out += [ocr_damage(x, strength, rng) for x in pg]
        out += ["", numbering.format(i=i, n=n)]
    return "\n".join(out) + "\n"


def render_columns(left: list[str], right: list[str], head: list[str], rng: random.Random, strength: int) -> str:
    lw = 46
    lft = []
    for ln in left:
        lft += textwrap.wrap(ln, lw) or [""]
    rgt = []
    for ln in right:
        rgt += textwrap.wrap(ln, 54) or [""]
    n = max(len(lft), len(rgt))
    out = [ocr_damage(h, strength, rng) for h in head] + [""]
    sep = rng.choice(["  ", " | ", "   "])
    for i in range(n):
        a = lft[i] if i < len(lft) else ""
        b = rgt[i] if i < len(rgt) else ""
        ln = (a + sep + b).strip() if a and b else (a or b)
        out.append(ocr_damage(ln, strength, rng))
    return "--- Full Extracted Text ---\n" + "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# documents to refuse


def refusals() -> list[tuple[str, str, str, bytes, list[str]]]:
    """(file name, kind, language, bytes, people)"""
    out = []
    # 1. memo (docx, English): EX positions to update, with budgets
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "Classification"
    cp.revision = 1
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for line in ["TO: Branch Heads, Regional Operations", "FROM: Lise-Anne Pelletier, Director, Organization and Classification",
                 "DATE: February 6, 2023", "SUBJECT: Update of EX work descriptions before the 2023-24 EX classification review"]:
        d.add_paragraph(line)
    d.add_paragraph("As announced at the January management committee, all executive work descriptions older than five "
                    "years must be updated and signed before March 31, 2023. The positions below are affected. Please "
                    "confirm the dimensions (salary, O&M, FTEs) with your financial advisor; grants and contributions are "
                    "reported separately and are not part of an EX position's dimensions.")
    tb = d.add_table(rows=5, cols=5)
    tb.style = "Table Grid"
    for i, r in enumerate([["Position No.", "Title", "Level", "Salary", "O&M"],
                           ["48213", "Director, Regional Programs", "EX-01", "$2,140,000", "$185,000"],
                           ["50877", "Director, Client Services", "EX-01", "$3,310,000", "$240,000"],
                           ["40129", "Executive Director, Operations", "EX-02", "$6,950,000", "$610,000"],
                           ["39904", "Regional Director General", "EX-03", "$14,200,000", "$1,400,000"]]):
        for j, c in enumerate(r):
            tb.cell(i, j).text = c
    d.add_paragraph("Questions may be addressed to Owen Strickland, Senior Classification Advisor.")
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Memo - EX work descriptions update 2023.docx", "docx", "en", fixed_zip(buf.getvalue()),
                ["Lise-Anne Pelletier", "Owen Strickland"]))
    # 2. letter of offer (French, cp1252 text)
    lettre = """Gatineau, le 14 août 2023

Madame Sylvie Desrosiers
Objet : Offre de nomination intérimaire – Directrice, Programmes régionaux (EX-01), poste no 507812

Madame,

J’ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Programmes régionaux,
classifié EX-01, poste no 507812, à Emploi et Développement social Canada, à Gatineau (Québec),
du 5 septembre 2023 au 31 mars 2024.

Votre rémunération sera établie dans l’échelle salariale du niveau EX-01, soit de 128 300 $ à 150 900 $
par année. La direction dispose d’un budget salarial de 2 460 000 $ et d’un budget de F et E de 310 000 $,
ainsi que de 42 M$ en subventions et contributions ; ces renseignements vous sont fournis à titre indicatif.

Veuillez confirmer votre acceptation en signant la présente et en la retournant d’ici le 25 août 2023.

Je vous prie d’agréer, Madame, l’expression de mes sentiments distingués.

Benoît Charest
Directeur général, Opérations de programmes

J’accepte l’offre ci-dessus :  ______________________   Date : ____________
""".replace("\n", "\r\n").encode("cp1252")
    out.append(("Lettre d'offre - intérim EX-01 (signée).txt", "text-cp1252", "fr", lettre,
                ["Sylvie Desrosiers", "Benoît Charest"]))
    # 3. performance agreement (PDF, English)
    pa = """EXECUTIVE PERFORMANCE AGREEMENT 2023-2024

Executive: Kwame Asante
Position: Director, Energy Programs (EX-01), Position No. 338104
Department: Natural Resources Canada
Supervisor: Rebecca Lindqvist, Director General, Office of Energy Efficiency (EX-03)

1. Business results commitments
   1.1 Deliver $145 million in contribution funding to recipients under the program, on time and on budget.
   1.2 Keep the directorate's salary ($3.2M) and O&M ($410K) spending within 2 % of plan.
   1.3 Reduce the average processing time of applications from 120 to 60 days.

2. Leadership commitments
   2.1 Complete talent management discussions with all direct reports (4 managers, 37 FTEs).
   2.2 Champion mental health and well-being; complete the Key Leadership Competencies 360 review.

3. Performance rating (to be completed at year end)
   Business results: ________   Leadership: ________

Signatures
Executive: Kwame Asante          Date: May 30, 2023
Supervisor: Rebecca Lindqvist    Date: June 2, 2023
"""
    out.append(("Performance Agreement 2023-24 - K Asante.pdf", "pdf", "en",
                render_pdf(pa, "Protected B when completed"), ["Kwame Asante", "Rebecca Lindqvist"]))
    # 4. budget allocation sheet (text, bilingual)
    ba = """BRANCH BUDGET ALLOCATION 2024-25 / ALLOCATION BUDGÉTAIRE DE LA DIRECTION GÉNÉRALE 2024-2025
Program Operations Branch / Direction générale des opérations de programmes

Directorate / Direction              FTEs/ETP    Salary/Salaires    O&M/F et E    G&C/S et C
Regional Programs                          48         $4,310,000      $390,000    $62,000,000
Client Services                            71         $5,870,000      $515,000             --
Program Integrity                          33         $3,020,000      $260,000             --
Office of the DG / Bureau du DG             6           $720,000      $140,000             --
TOTAL                                     158        $13,920,000    $1,305,000    $62,000,000

Notes: Allocations are preliminary and subject to Main Estimates. Salary excludes the employee benefit plan (EBP).
Prepared by / Préparé par : Finance and Planning / Finances et planification (Annie Bouchard)
"""
    out.append(("Budget allocation 2024-25 FINAL (1).txt", "text", "bi", ba.encode("utf-8"), ["Annie Bouchard"]))
    # 5. PDF without a text layer (a scanned work description)
    out.append(("Scan_20230412_EX work description.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    # 6. an OCR run that gave only noise
    rng = random.Random("blind111-noise")
    chars = "il1|!:;.,'`~-_=+ IlI/\\()[]{}ceoa rnm"
    noise = "\n".join("".join(rng.choice(chars) for _ in range(rng.randint(20, 90))) for _ in range(34))
    out.append(("Description de travail EX - numérisation illisible.txt", "ocr", "fr",
                ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + noise + "\n").encode("utf-8"), []))
    return out


# ---------------------------------------------------------------------------------------------

FIELDS_ORDER = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor",
                "direct_reports", "salary", "o_and_m", "total", "location"]


def expected_doc(name: str, kind: str, lang: str, outcome: str, truth: dict | None, also: dict | None,
                 people: list[str], versions) -> str:
    doc = {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang, "outcome": outcome}
    if truth is None:
        doc["fields"] = None
        doc["not_stated"] = []
    else:
        fields = {k: truth[k] for k in FIELDS_ORDER}
        ns = [k for k in FIELDS_ORDER if k not in ("supervisor", "direct_reports") and fields[k] is None]
        ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
        if not fields["direct_reports"]:
            ns.append("direct_reports")
        doc["fields"] = fields
        doc["not_stated"] = ns
    doc["also"] = also
    doc["people"] = people
    doc["versions"] = versions
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120)


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    versions = {}
    for key, name, kind, lang, opts in T.DOCS:
        if "version" in opts:
            versions.setdefault(opts["version"], []).append(name)
    strengths = iter([1, 2, 1, 3, 2, 1, 2, 1, 2, 3, 1, 2, 1, 2, 1, 2, 2, 1, 3, 2])
    for idx, (key, name, kind, lang, opts) in enumerate(T.DOCS):
        f = facts(key, opts.get("revised", False))
        seed = f"blind111-doc-{key}" if opts.get("version") == "acoa" else f"blind111-doc-{name}"
        rng = random.Random(seed)
        o = dict(opts)
        if opts.get("version") == "acoa":
            o["signed"] = True
        blocks, meta = build(f, lang, kind, rng, o, name)
        L = "fr" if lang == "fr" else "en"
        footer = f"{f['title_fr'] if L == 'fr' else f['title_en']} - {T.DEPTS[f['dept']][1 if L == 'fr' else 0]}"
        lrng = random.Random(f"blind111-layout-{name}")
        if kind == "docx":
            data = render_docx(blocks, lrng, footer)
        elif kind == "markdown":
            body = render_md(blocks, lrng)
            if lrng.random() < 0.5:
                body = "--- Structured Job Description ---\n\n" + body
            data = body.encode("utf-8")
        elif kind == "pdf":
            t = render_text(blocks, lrng, lrng.choice(["colon", "align", "dots"]), lrng.choice(["caps", "plain", "num"]))
            data = render_pdf(t, footer)
        elif kind in ("text", "text-cp1252"):
            t = render_text(blocks, lrng, lrng.choice(["colon", "next", "dots", "tabs", "align"]),
                            lrng.choice(["caps", "plain", "num", "underline", "capscolon"]))
            if kind == "text-cp1252":
                t = t.replace("'", "’").replace("\n", "\r\n")
                data = t.encode("cp1252")
            else:
                data = (("\ufeff" if lrng.random() < 0.3 else "") + t).encode("utf-8")
        elif kind == "ocr":
            strength = next(strengths)
            t = render_text(blocks, lrng, lrng.choice(["colon", "next", "dots", "align"]),
                            lrng.choice(["caps", "capscolon", "plain", "num"]))
            layout = lrng.choice(["run", "pages", "lines", "lines"])
            data = render_ocr(t, lrng, strength, footer, layout).encode("utf-8")
            meta["also"]["ocr"] = {"layout": layout, "damage": strength}
        elif kind == "ocr-columns":
            strength = next(strengths)
            # left: header fields, structure, dimensions; right: the prose
            kvs = [b for b in blocks if b[0] == "kv"]
            head = render_text([blocks[0]] + kvs[:1], lrng, "colon", "caps").split("\n")
            org_dims = []
            cur = None
            for b in blocks[2:]:
                if b[0] == "h":
                    cur = b[1]
                if cur in (HEAD["en"]["org"], HEAD["en"]["dim"], ALT_HEAD_EN["org"], ALT_HEAD_EN["dim"]) and b[0] in ("h", "p", "li", "kv", "table"):
                    org_dims.append(b)
            rest = [b for b in blocks[2:] if b not in org_dims]
            left = render_text(org_dims, lrng, "colon", "caps").split("\n")
            right = render_text(rest, lrng, "colon", "caps").split("\n")
            data = render_columns(left, right, head, lrng, strength).encode("utf-8")
            meta["also"]["ocr"] = {"layout": "columns", "damage": strength}
        else:
            raise ValueError(kind)
        (corpus / name).write_bytes(data)
        vers = None
        if "version" in opts:
            names = versions[opts["version"]]
            newest = names[-1]
            vers = {"documents": names, "newest": newest,
                    "same_text": opts["version"] == "acoa"}
        ex = expected_doc(name, kind, lang, "import", meta["truth"], meta["also"], meta["people"], vers)
        (expected / f"{name}.expected.yaml").write_text(ex, encoding="utf-8")
    for name, kind, lang, data, people in refusals():
        (corpus / name).write_bytes(data)
        ex = expected_doc(name, kind, lang, "refuse", None, None, people, None)
        (expected / f"{name}.expected.yaml").write_text(ex, encoding="utf-8")


if __name__ == "__main__":
    main()
