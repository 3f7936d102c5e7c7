"""Generate blind179: classification and staffing packages, decks exported to PDF/text/Markdown, intake forms
followed by the description they cover, and plain work descriptions; plus 5 documents to refuse.

Run from the repository root: python bench/import/blind179/make_blind.py
Deterministic: random.Random(179), .docx re-zipped with fixed timestamps.
"""
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

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (AREAS, DEPARTMENTS, PLACES, FIRST, LAST, GA_EN, GA_FR, NS_EN, NS_FR, SA_EN, SA_FR,  # noqa: E402
                   MANAGER_UNITS)

rng = random.Random(179)
NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ----------------------------------------------------------------------------------------------------------- names
_used_names: set[str] = set()


def person() -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in _used_names:
            _used_names.add(name)
            return name


_used_numbers: set[int] = set()


def number(lo=10000, hi=99999) -> str:
    while True:
        n = rng.randint(lo, hi)
        if n not in _used_numbers:
            _used_numbers.add(n)
            return str(n)


def snapshot():
    return rng.getstate(), set(_used_names), set(_used_numbers)


def restore(state):
    rng.setstate(state[0])
    _used_names.clear()
    _used_names.update(state[1])
    _used_numbers.clear()
    _used_numbers.update(state[2])


# ------------------------------------------------------------------------------------------------------ notations
def fmt_cls(cls: str, style: str) -> str:
    group, level = cls.rsplit("-", 1)
    if style == "space":
        return f"{group} {level}"
    if style == "short":
        return f"{group}-{int(level)}"
    return cls


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        s = f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        return ("le " + s) if style == "le" else s
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _trim(x: float, places: int) -> str:
    s = f"{x:.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def fmt_amount(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        if style == "M":
            return _trim(v / 1e6, 3).replace(".", ",") + NBSP + "M$"
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "M":
        return "$" + _trim(v / 1e6, 3) + "M"
    if style == "K":
        return "$" + f"{v // 1000:,}" + "K"
    return f"${v:,}"


def fmt_fte(n, style: str, lang: str) -> str:
    s = _trim(n, 1) if isinstance(n, float) else str(n)
    if lang == "fr":
        s = s.replace(".", ",")
        return {"a": f"{s} ETP", "b": f"ETP : {s}", "c": f"({s} ETP)"}[style]
    return {"a": f"{s} FTEs", "b": f"FTEs: {s}", "c": f"({s} FTE)"}[style]


def lab(en: str, fr: str, lang: str) -> str:
    return {"en": en, "fr": fr}.get(lang, f"{en} / {fr}")


# ------------------------------------------------------------------------------------------------------ positions
LEVEL_TITLE = {
    "EX-01": ("Director, {a}", "Directeur, {f}", "Directrice, {f}"),
    "EX-02": ("Executive Director, {a}", "Directeur exécutif, {f}", "Directrice exécutive, {f}"),
    "EX-03": ("Director General, {a}", "Directeur général, {f}", "Directrice générale, {f}"),
    "EX-04": ("Associate Assistant Deputy Minister, {a}", "Sous-ministre adjoint délégué, {f}",
              "Sous-ministre adjointe déléguée, {f}"),
}
SUP_LEVEL = {"EX-01": ["EX-03", "EX-02"], "EX-02": ["EX-03"], "EX-03": ["EX-05", "EX-04"], "EX-04": ["EX-05"]}
SUP_TITLE = {
    "EX-02": ("Executive Director, {a}", "Directeur exécutif, {f}"),
    "EX-03": ("Director General, {a}", "Directeur général, {f}"),
    "EX-04": ("Associate Assistant Deputy Minister, {a}", "Sous-ministre adjoint délégué, {f}"),
    "EX-05": ("Assistant Deputy Minister, {a}", "Sous-ministre adjoint, {f}"),
}
BRANCH_OF = [("{a} Branch", "Direction générale {f}")]

area_pool = list(range(len(AREAS)))
rng.shuffle(area_pool)


def take_area():
    return AREAS[area_pool.pop()]


def make_reports(level: str, lang: str, count: int):
    out = []
    if level == "EX-01":
        units = rng.sample(MANAGER_UNITS, count)
        for en, fr, clss in units:
            out.append({"title": en, "title_fr": fr, "classification": rng.choice(clss),
                        "fte": rng.randint(4, 22)})
    else:
        sub = {"EX-02": "EX-01", "EX-03": "EX-01", "EX-04": "EX-03"}[level]
        for _ in range(count):
            a = AREAS[rng.randrange(len(AREAS))]
            t = LEVEL_TITLE[sub]
            out.append({"title": t[0].format(a=a[0]), "title_fr": t[1].format(f=a[1]), "classification": sub,
                        "fte": rng.randint(12, 60) if sub == "EX-01" else rng.randint(90, 260)})
        if level in ("EX-02", "EX-03") and rng.random() < 0.5:
            out.append({"title": "Senior Policy Advisor", "title_fr": "Conseiller principal en politiques",
                        "classification": rng.choice(["EC-07", "PM-06"]), "fte": 1})
    for r in out:
        if rng.random() < 0.12:
            r["fte"] = None
    return out


def make_position(level: str, lang: str, dept=None, sup=None):
    area = take_area()
    dept = dept or rng.choice(DEPARTMENTS)
    fem = rng.random() < 0.5
    t = LEVEL_TITLE[level]
    p = {"level": level, "lang": lang, "dept": dept, "area": area,
         "title": t[0].format(a=area[0]), "title_fr": (t[2] if fem else t[1]).format(f=area[1]),
         "classification": level,
         "job_code": str(rng.randint(100100, 109999)) if rng.random() < 0.5 else None,
         "position_number": number() if rng.random() < 0.9 else None,
         "effective_date": dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.choice([1, 1, 15, rng.randint(2, 28)]))
         if rng.random() < 0.85 else None,
         "location": rng.choice(PLACES) if rng.random() < 0.9 else None}
    if sup is None:
        slevel = rng.choice(SUP_LEVEL[level])
        sa = AREAS[rng.randrange(len(AREAS))]
        st = SUP_TITLE[slevel]
        sup = {"title": st[0].format(a=sa[0]), "title_fr": st[1].format(f=sa[1]), "classification": slevel,
               "position_number": number() if rng.random() < 0.65 else None}
    p["supervisor"] = sup
    n = {"EX-01": rng.randint(2, 5), "EX-02": rng.randint(2, 4), "EX-03": rng.randint(3, 5), "EX-04": rng.randint(2, 4)}[level]
    p["reports"] = make_reports(level, lang, n)
    known = sum(r["fte"] or 0 for r in p["reports"])
    p["fte"] = known + rng.randint(1, 4) if rng.random() < 0.8 else None
    base = (p["fte"] or known + 3) * rng.randint(88, 112) * 1000
    p["salary"] = base
    p["o_and_m"] = rng.randint(40, 900) * 1000 if level != "EX-04" else rng.randint(900, 6000) * 1000
    p["total_stated"] = rng.random() < 0.7
    p["branch"] = (f"{sup['title'].split(', ', 1)[1]} Branch", f"Direction générale {sup['title_fr'].split(', ', 1)[1]}")
    p["incumbent"] = person() if rng.random() < 0.6 else None
    p["sup_name"] = person()
    p["hr_name"] = person()
    p["approver"] = person()
    p["classifier"] = person() if rng.random() < 0.5 else None
    p["old_level"] = f"EX-0{int(level[-1]) - 1}" if level != "EX-01" else "EX-01"
    return p


# -------------------------------------------------------------------------------------------------- the description
def style_pick(lang):
    return {
        "date": rng.choice(["long", "iso", "dmy"] if lang != "fr" else ["long", "iso", "le"]),
        "amount": rng.choice(["full", "M", "K"] if lang != "fr" else ["full", "M"]),
        "cls": rng.choices(["dash", "space", "short"], [6, 2, 2])[0],
        "fte": rng.choice("abc"),
        "reports": rng.choice(["list", "table", "prose"]),
        "sup": rng.choice(["table", "prose"]),
    }


def t_title(p, lang):
    if lang == "fr":
        return p["title_fr"]
    if lang == "bilingual":
        return f"{p['title']} / {p['title_fr']}"
    return p["title"]


def L(lang):
    """The language used for prose in a bilingual document is English first, French after."""
    return "fr" if lang == "fr" else "en"


def report_line(r, s, lang):
    title = r["title_fr"] if lang == "fr" else r["title"]
    parts = [fmt_cls(r["classification"], s["cls"])]
    if r["fte"] is not None:
        parts.append(fmt_fte(r["fte"], "a", L(lang)))
    return title, parts


def wd_blocks(p, s, lang, minimal=False):
    """The work description proper, as blocks."""
    ll = L(lang)
    dept = p["dept"][1] if lang == "fr" else p["dept"][0]
    b = [("h1", lab("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE", lang))]
    kv = [(lab("Position Title", "Titre du poste", lang), t_title(p, lang)),
          (lab("Position Number", "Numéro du poste", lang),
           p["position_number"] or lab("New", "Nouveau", lang)),
          (lab("Group and Level", "Groupe et niveau", lang), fmt_cls(p["classification"], s["cls"]))]
    if p["job_code"]:
        kv.append((lab("Job Code", "Code d'emploi", lang), p["job_code"]))
    kv.append((lab("Effective Date", "Date d'entrée en vigueur", lang),
               fmt_date(p["effective_date"], s["date"], ll) if p["effective_date"] else ""))
    kv.append((lab("Department", "Ministère", lang), dept))
    kv.append((lab("Branch", "Direction générale", lang), p["branch"][1] if lang == "fr" else p["branch"][0]))
    if p["location"]:
        kv.append((lab("Location", "Lieu de travail", lang), p["location"][1] if lang == "fr" else p["location"][0]))
    sup = p["supervisor"]
    sup_title = sup["title_fr"] if lang == "fr" else sup["title"]
    if s["sup"] == "table":
        kv.append((lab("Supervisor's Position Title", "Titre du poste du superviseur", lang), sup_title))
        if sup["position_number"]:
            kv.append((lab("Supervisor's Position Number", "Numéro du poste du superviseur", lang), sup["position_number"]))
        kv.append((lab("Supervisor's Group and Level", "Groupe et niveau du superviseur", lang),
                   fmt_cls(sup["classification"], s["cls"])))
    b.append(("kv", kv))
    fmtd = dict(title=p["title_fr"] if ll == "fr" else p["title"], area_l=(p["area"][1] if ll == "fr" else p["area"][0]).lower(),
                dept_short=p["dept"][2], branch=p["branch"][1] if ll == "fr" else p["branch"][0], sup_title=sup_title)
    b.append(("h2", lab("GENERAL ACCOUNTABILITY", "RESPONSABILITÉS GÉNÉRALES", lang)))
    b.append(("p", (GA_FR if ll == "fr" else GA_EN).format(**fmtd)))
    b.append(("h2", lab("ORGANIZATION STRUCTURE", "STRUCTURE DE L'ORGANISATION", lang)))
    if s["sup"] == "prose":
        num = f", {lab('position', 'poste', ll)} {sup['position_number']}" if sup["position_number"] else ""
        if ll == "fr":
            b.append(("p", f"Le poste relève du {sup_title} ({fmt_cls(sup['classification'], s['cls'])}{num})."))
        else:
            b.append(("p", f"The position reports to the {sup_title} ({fmt_cls(sup['classification'], s['cls'])}{num})."))
    n = len(p["reports"])
    if s["reports"] == "prose":
        items = []
        for r in p["reports"]:
            title, parts = report_line(r, s, lang)
            items.append(f"{'le' if ll == 'fr' else 'the'} {title} ({', '.join(parts)})")
        lead = (f"Les {n} postes suivants relèvent du titulaire : " if ll == "fr"
                else f"The following {n} positions report directly to the incumbent: ")
        b.append(("p", lead + "; ".join(items) + "."))
    elif s["reports"] == "table":
        b.append(("p", "Postes relevant directement du titulaire :" if ll == "fr" else "Direct reports:"))
        rows = []
        for r in p["reports"]:
            rows.append([r["title_fr"] if lang == "fr" else r["title"], fmt_cls(r["classification"], s["cls"]),
                         "" if r["fte"] is None else _trim(r["fte"], 1)])
        b.append(("table", [lab("Position", "Poste", lang), lab("Group/Level", "Groupe/niveau", lang),
                            lab("FTEs", "ETP", lang)], rows))
    else:
        b.append(("p", "Relèvent du titulaire :" if ll == "fr" else "Reporting to the incumbent are:"))
        lines = []
        for r in p["reports"]:
            title, parts = report_line(r, s, lang)
            lines.append(f"{title} ({', '.join(parts)})")
        b.append(("list", lines))
    if not minimal:
        b.append(("h2", lab("NATURE AND SCOPE", "NATURE ET ÉTENDUE", lang)))
        b.append(("p", (NS_FR if ll == "fr" else NS_EN).format(**fmtd)))
    b.append(("h2", lab("DIMENSIONS", "DIMENSIONS", lang)))
    dims = []
    if p["fte"] is not None:
        dims.append((lab("FTEs", "ETP", lang), _trim(p["fte"], 1)))
    dims.append((lab("Salary", "Salaires", lang), fmt_amount(p["salary"], s["amount"], ll)))
    dims.append((lab("O&M", "F et E", lang), fmt_amount(p["o_and_m"], s["amount"], ll)))
    if p["total_stated"]:
        dims.append((lab("Total", "Total", lang), fmt_amount(p["salary"] + p["o_and_m"], s["amount"], ll)))
    b.append(("kv", dims))
    b.append(("h2", lab("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS PARTICULIÈRES", lang)))
    sa = SA_FR if ll == "fr" else SA_EN
    b.append(("olist", [x.format(**fmtd) for x in sa[: 4 if minimal else 6]]))
    b.append(("h2", lab("SIGNATURES", "SIGNATURES", lang)))
    sigs = []
    if p["incumbent"]:
        sigs.append((lab("Incumbent", "Titulaire", lang), p["incumbent"]))
    sigs.append((lab("Supervisor", "Superviseur", lang), p["sup_name"]))
    if p["classifier"]:
        sigs.append((lab("Classified by", "Classifié par", lang), p["classifier"]))
    b.append(("kv", sigs))
    return b


def chart_lines(p, s, lang, ascii_only=True):
    ll = L(lang)
    sup = p["supervisor"]
    sup_t = sup["title_fr"] if lang == "fr" else sup["title"]
    top = f"{sup_t} ({fmt_cls(sup['classification'], s['cls'])})"
    if sup["position_number"]:
        top += f" #{sup['position_number']}"
    me = f"{p['title_fr'] if lang == 'fr' else p['title']} ({fmt_cls(p['classification'], s['cls'])})"
    mark = "<-- CE POSTE" if ll == "fr" else "<-- THIS POSITION"
    lines = [top, "  |", f"  +-- {me}   {mark}"]
    for i, r in enumerate(p["reports"]):
        title, parts = report_line(r, s, lang)
        lines.append(f"        {'+' if i < len(p['reports']) - 1 else chr(92)}-- {title} ({', '.join(parts)})")
    return lines


# -------------------------------------------------------------------------------------------------- package pages
def package_pages(p, s, lang, strike=False):
    ll = L(lang)
    other = {"pn": number(), "title": LEVEL_TITLE["EX-01"][0].format(a=AREAS[rng.randrange(len(AREAS))][0]),
             "cls": rng.choice(["EX-01", "EX-02"])}
    pkg = f"CA-{rng.randint(2019, 2024)}-{rng.randint(100, 999)}"
    sign_date = dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28))
    wrong = f"EX-0{min(5, int(p['classification'][-1]) + 1)}"
    cover = [("h1", lab("CLASSIFICATION ACTION – APPROVAL COVER SHEET", "MESURE DE CLASSIFICATION – FEUILLE D'APPROBATION", lang)),
             ("kv", [(lab("Package no.", "No de dossier", lang), pkg),
                     (lab("Action", "Mesure", lang), lab("Reclassification and update of work description",
                                                          "Reclassification et mise à jour de la description de travail", lang)),
                     (lab("Position affected", "Poste visé", lang),
                      f"{p['position_number'] or lab('new', 'nouveau', ll)} – {p['title_fr'] if lang == 'fr' else p['title']}"),
                     (lab("Current level", "Niveau actuel", lang), fmt_cls(p["old_level"], s["cls"])),
                     (lab("Consequential action", "Mesure corrélative", lang),
                      f"{other['pn']} – {other['title']} ({other['cls']}), {lab('title change only', 'changement de titre seulement', ll)}"),
                     ])]
    if strike:
        cover.append(("rich", [(lab("Proposed level: ", "Niveau proposé : ", lang), False), (wrong, True),
                               (" " + fmt_cls(p["classification"], s["cls"]), False)],
                      lab("Proposed level: ", "Niveau proposé : ", lang) + f"{wrong} – " +
                      lab(f"amended by the committee to {fmt_cls(p['classification'], s['cls'])}",
                          f"modifié par le comité : {fmt_cls(p['classification'], s['cls'])}", lang)))
    else:
        cover.append(("p", lab("Proposed level: ", "Niveau proposé : ", lang) + f"{wrong} – " +
                      lab(f"amended by the committee to {fmt_cls(p['classification'], s['cls'])}",
                          f"modifié par le comité : {fmt_cls(p['classification'], s['cls'])}", lang)))
    cover += [("h2", lab("SIGNATURES", "SIGNATURES", lang)),
              ("kv", [(lab("Requested by", "Demandé par", lang), f"{p['sup_name']}, {p['supervisor']['title_fr'] if lang == 'fr' else p['supervisor']['title']}"),
                      (lab("HR advisor", "Conseiller RH", lang), p["hr_name"]),
                      (lab("Approved by", "Approuvé par", lang), f"{p['approver']}, {lab('Chair, Classification Committee', 'présidence, Comité de classification', ll)}"),
                      (lab("Date signed", "Date de signature", lang), fmt_date(sign_date, s["date"], ll))])]
    branch_fte = (p["fte"] or 40) * rng.randint(4, 9)
    branch_budget = p["salary"] * rng.randint(4, 8) + rng.randint(1, 9) * 1_000_000
    old_salary = int(p["salary"] * rng.uniform(0.6, 0.9)) // 1000 * 1000
    check = [("h1", lab("CLASSIFICATION PACKAGE CHECKLIST", "LISTE DE CONTRÔLE DU DOSSIER DE CLASSIFICATION", lang)),
             ("check", [(True, lab("Signed work description", "Description de travail signée", lang)),
                        (True, lab("Organization chart (current and proposed)", "Organigramme (actuel et proposé)", lang)),
                        (True, lab(f"Budget annex – branch total {fmt_amount(branch_budget, s['amount'], ll)}, {branch_fte} FTEs",
                                   f"Annexe budgétaire – total de la direction générale {fmt_amount(branch_budget, s['amount'], ll)}, {branch_fte} ETP", lang)),
                        (False, lab(f"Comparator: position {other['pn']} ({other['cls']})",
                                    f"Poste repère : poste {other['pn']} ({other['cls']})", lang)),
                        (True, lab(f"Previous work description on file ({fmt_cls(p['old_level'], s['cls'])}, salary {fmt_amount(old_salary, s['amount'], ll)})",
                                   f"Description de travail précédente au dossier ({fmt_cls(p['old_level'], s['cls'])}, salaires {fmt_amount(old_salary, s['amount'], ll)})", lang)),
                        (True, lab("Rationale memo", "Note de justification", lang))])]
    memo_lines = lab(
        f"The {p['branch'][0]} has grown to {branch_fte} FTEs and a budget of {fmt_amount(branch_budget, s['amount'], 'en')}. "
        f"The position, last evaluated at {fmt_cls(p['old_level'], s['cls'])} with a salary budget of "
        f"{fmt_amount(old_salary, s['amount'], 'en')}, now carries the accountabilities set out in the attached work "
        f"description. We request that the Committee confirm the level stated in it.",
        f"La {p['branch'][1]} compte maintenant {branch_fte} ETP et un budget de {fmt_amount(branch_budget, s['amount'], 'fr')}. "
        f"Le poste, évalué auparavant au niveau {fmt_cls(p['old_level'], s['cls'])} avec des salaires de "
        f"{fmt_amount(old_salary, s['amount'], 'fr')}, assume maintenant les responsabilités décrites dans la description "
        f"de travail ci-jointe. Nous demandons au Comité de confirmer le niveau qui y est indiqué.", lang)
    memo = [("h1", lab("MEMORANDUM – RATIONALE", "NOTE DE SERVICE – JUSTIFICATION", lang)),
            ("kv", [(lab("To", "Destinataire", lang), lab("Classification Committee", "Comité de classification", lang)),
                    (lab("From", "Expéditeur", lang), p["sup_name"]),
                    (lab("Subject", "Objet", lang), lab("Classification of the position", "Classification du poste", lang) +
                     f" {p['position_number'] or ''}".rstrip())]),
            ("p", memo_lines)]
    chart = [("h1", lab("ORGANIZATION CHART", "ORGANIGRAMME", lang)), ("chart", chart_lines(p, s, lang))]
    rows = [[(p["title_fr"] if lang == "fr" else p["title"]), _trim(p["fte"], 1) if p["fte"] is not None else "",
             fmt_amount(p["salary"], s["amount"], ll), fmt_amount(p["o_and_m"], s["amount"], ll)]]
    for _ in range(rng.randint(2, 3)):
        a = AREAS[rng.randrange(len(AREAS))]
        rows.append([(LEVEL_TITLE["EX-01"][1] if lang == "fr" else LEVEL_TITLE["EX-01"][0]).format(a=a[0], f=a[1]),
                     str(rng.randint(15, 90)), fmt_amount(rng.randint(900, 7000) * 1000, s["amount"], ll),
                     fmt_amount(rng.randint(50, 900) * 1000, s["amount"], ll)])
    rng.shuffle(rows)
    rows.append([lab("Branch total", "Total de la direction générale", lang), str(branch_fte),
                 fmt_amount(branch_budget - 1_000_000, s["amount"], ll), fmt_amount(1_000_000, s["amount"], ll)])
    annex = [("h1", lab("ANNEX B – BUDGET", "ANNEXE B – BUDGET", lang)),
             ("p", lab("Budget of the branch by unit, current fiscal year.", "Budget de la direction générale par unité, exercice en cours.", lang)),
             ("table", [lab("Unit", "Unité", lang), lab("FTEs", "ETP", lang), lab("Salary", "Salaires", lang), lab("O&M", "F et E", lang)], rows)]
    people = [p["hr_name"], p["approver"]]
    return [cover, check, memo], [chart, annex], people


# ----------------------------------------------------------------------------------------------------- deck pages
def deck_pages(p, s, lang):
    ll = L(lang)
    sup = p["supervisor"]
    sup_t = sup["title_fr"] if lang == "fr" else sup["title"]
    presenter = person()
    pres_date = dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28))
    branch_fte = (p["fte"] or 40) * rng.randint(4, 9)
    branch_budget = p["salary"] * rng.randint(4, 8)
    title = p["title_fr"] if lang == "fr" else p["title"]
    slides = []
    slides.append([("h1", lab(f"{p['dept'][2]} – Classification Review", f"{p['dept'][2]} – Examen de classification", lang)),
                   ("p", t_title(p, lang)),
                   ("p", lab("Executive Committee", "Comité exécutif", lang) + " – " + fmt_date(pres_date, s["date"], ll)),
                   ("p", f"{presenter}, {sup_t}")])
    slides.append([("h1", lab("Context", "Contexte", lang)),
                   ("list", [lab(f"{p['branch'][0]}: {branch_fte} FTEs, {fmt_amount(branch_budget, s['amount'], 'en')} budget",
                                 f"{p['branch'][1]} : {branch_fte} ETP, budget de {fmt_amount(branch_budget, s['amount'], 'fr')}", lang),
                             lab(f"The position was created at {fmt_cls(p['old_level'], s['cls'])}; its mandate has doubled",
                                 f"Le poste a été créé au niveau {fmt_cls(p['old_level'], s['cls'])}; son mandat a doublé", lang),
                             lab("New horizontal accountabilities since the last review", "Nouvelles responsabilités horizontales depuis le dernier examen", lang)])])
    facts = [(lab("Position", "Poste", lang), title)]
    if lang == "bilingual":
        facts[0] = (facts[0][0], t_title(p, lang))
    facts.append((lab("Level", "Niveau", lang), fmt_cls(p["classification"], s["cls"])))
    facts.append((lab("Position #", "No de poste", lang), p["position_number"] or lab("to be assigned", "à attribuer", ll)))
    if p["job_code"]:
        facts.append((lab("Job code", "Code d'emploi", lang), p["job_code"]))
    supline = f"{sup_t} ({fmt_cls(sup['classification'], s['cls'])}"
    supline += f", #{sup['position_number']})" if sup["position_number"] else ")"
    facts.append((lab("Reports to", "Relève de", lang), supline))
    if p["location"]:
        facts.append((lab("Location", "Lieu", lang), p["location"][1] if lang == "fr" else p["location"][0]))
    if p["effective_date"]:
        facts.append((lab("Effective", "En vigueur", lang), fmt_date(p["effective_date"], s["date"], ll)))
    if p["fte"] is not None:
        facts.append((lab("Team", "Équipe", lang), fmt_fte(p["fte"], "a", ll)))
    facts.append((lab("Salary budget", "Budget salarial", lang), fmt_amount(p["salary"], s["amount"], ll)))
    facts.append((lab("O&M", "F et E", lang), fmt_amount(p["o_and_m"], s["amount"], ll)))
    if p["total_stated"]:
        facts.append((lab("Total", "Total", lang), fmt_amount(p["salary"] + p["o_and_m"], s["amount"], ll)))
    slides.append([("h1", lab("The position at a glance", "Le poste en bref", lang)), ("kv", facts)])
    slides.append([("h1", lab("Proposed structure", "Structure proposée", lang)), ("chart", chart_lines(p, s, lang))])
    sa = SA_FR if ll == "fr" else SA_EN
    fmtd = dict(area_l=(p["area"][1] if ll == "fr" else p["area"][0]).lower())
    slides.append([("h1", lab("Key accountabilities", "Principales responsabilités", lang)),
                   ("list", [x.format(**fmtd) for x in sa[:4]])])
    comps = []
    for _ in range(2):
        a = AREAS[rng.randrange(len(AREAS))]
        c = rng.choice(["EX-01", "EX-02", "EX-03"])
        comps.append([(LEVEL_TITLE[c][1] if lang == "fr" else LEVEL_TITLE[c][0]).format(a=a[0], f=a[1]), number(),
                      fmt_cls(c, s["cls"]), str(rng.randint(20, 150)), fmt_amount(rng.randint(1500, 12000) * 1000, s["amount"], ll)])
    slides.append([("h1", lab("Comparators", "Postes repères", lang)),
                   ("table", [lab("Position", "Poste", lang), "#", lab("Level", "Niveau", lang), lab("FTEs", "ETP", lang),
                              lab("Salary", "Salaires", lang)], comps)])
    slides.append([("h1", lab("Decision sought", "Décision demandée", lang)),
                   ("list", [lab(f"Approve the work description of the {p['title']} at {fmt_cls(p['classification'], s['cls'])}",
                                 f"Approuver la description de travail du poste de {p['title_fr']} au niveau {fmt_cls(p['classification'], s['cls'])}", lang),
                             lab(f"Classification advice: {p['hr_name']}", f"Avis de classification : {p['hr_name']}", lang)])])
    return slides, [presenter, p["hr_name"]]


# ----------------------------------------------------------------------------------------------------- intake form
def intake_page(p, s, lang):
    ll = L(lang)
    sup = p["supervisor"]
    req_date = dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28))
    target = dt.date(req_date.year + 1, 4, 1)
    kv = [(lab("Request no.", "No de demande", lang), f"HR-{rng.randint(10000, 99999)}"),
          (lab("Date received", "Date de réception", lang), fmt_date(req_date, s["date"], ll)),
          (lab("Requester", "Demandeur", lang), p["sup_name"]),
          (lab("Requester's title", "Titre du demandeur", lang), sup["title_fr"] if lang == "fr" else sup["title"])]
    if sup["position_number"]:
        kv.append((lab("Requester's position no.", "No de poste du demandeur", lang), sup["position_number"]))
    kv += [(lab("Type of request", "Type de demande", lang), lab("Classification review", "Examen de classification", lang)),
           (lab("Position no. concerned", "No du poste visé", lang), p["position_number"] or lab("new position", "nouveau poste", ll)),
           (lab("Working title", "Titre fonctionnel", lang), p["area"][2] + " " + lab("lead", "responsable", ll)),
           (lab("Current classification", "Classification actuelle", lang), fmt_cls(p["old_level"], s["cls"])),
           (lab("Cost centre", "Centre de coûts", lang), str(rng.randint(1000000, 9999999))),
           (lab("Requested effective date", "Date d'effet souhaitée", lang), fmt_date(target, s["date"], ll)),
           (lab("Estimated cost of the incumbent's salary", "Coût estimatif du salaire du titulaire", lang),
            fmt_amount(rng.randint(150, 210) * 1000, "full", ll)),
           (lab("HR advisor assigned", "Conseiller RH affecté", lang), p["hr_name"])]
    return [("h1", lab("HR SERVICE REQUEST – CLASSIFICATION INTAKE", "DEMANDE DE SERVICE RH – ACCUEIL EN CLASSIFICATION", lang)),
            ("kv", kv),
            ("p", lab("Attach the work description. Section B below reproduces it for the classification file.",
                      "Joindre la description de travail. La section B ci-dessous la reproduit pour le dossier.", lang))], [p["hr_name"]]


# ------------------------------------------------------------------------------------------------------ renderers
def wrap(text, width):
    return textwrap.wrap(text, width) or [""]


def text_of(blocks, flavor, width=100):
    """flavor: md, txt, pdf"""
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "h1":
            out += ([f"# {blk[1]}"] if flavor == "md" else [blk[1].upper()]) + [""]
        elif k == "h2":
            out += ([f"## {blk[1]}"] if flavor == "md" else [blk[1].upper()]) + [""]
        elif k == "p":
            out += (wrap(blk[1], width) if flavor == "pdf" else [blk[1]]) + [""]
        elif k == "kv":
            if flavor == "md":
                out += [f"- **{a}:** {v}" for a, v in blk[1]]
            else:
                w = max(len(a) for a, _ in blk[1]) + 2
                out += [f"{(a + ':').ljust(w)} {v}".rstrip() for a, v in blk[1]]
            out.append("")
        elif k == "list":
            bullet = "- " if flavor == "md" else ("\u2022 " if flavor in ("pdf", "txt") else "- ")
            for item in blk[1]:
                lines = wrap(item, width - 2) if flavor == "pdf" else [item]
                out.append(bullet + lines[0])
                out += ["  " + x for x in lines[1:]]
            out.append("")
        elif k == "olist":
            for i, item in enumerate(blk[1], 1):
                lines = wrap(item, width - 4) if flavor == "pdf" else [item]
                out.append(f"{i}. {lines[0]}")
                out += ["   " + x for x in lines[1:]]
            out.append("")
        elif k == "table":
            header, rows = blk[1], blk[2]
            if flavor == "md":
                out.append("| " + " | ".join(header) + " |")
                out.append("|" + "|".join("---" for _ in header) + "|")
                out += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                ws = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
                out.append("  ".join(h.ljust(w) for h, w in zip(header, ws)).rstrip())
                out += ["  ".join(str(c).ljust(w) for c, w in zip(r, ws)).rstrip() for r in rows]
            out.append("")
        elif k == "chart":
            out += (["```"] + blk[1] + ["```"]) if flavor == "md" else blk[1]
            out.append("")
        elif k == "check":
            for done, item in blk[1]:
                out.append((f"- [{'x' if done else ' '}] " if flavor == "md" else f"[{'X' if done else ' '}] ") + item)
            out.append("")
        elif k == "rich":
            if flavor == "md":
                out.append("".join(f"~~{t}~~" if st else t for t, st in blk[1]))
            else:
                out.append(blk[2])
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def docx_of(pages, author):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for pi, blocks in enumerate(pages):
        if pi:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for blk in blocks:
            k = blk[0]
            if k == "h1":
                d.add_heading(blk[1], level=1)
            elif k == "h2":
                d.add_heading(blk[1], level=2)
            elif k == "p":
                d.add_paragraph(blk[1])
            elif k == "kv":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in blk[1]:
                    cells = t.add_row().cells
                    cells[0].text = a
                    cells[1].text = v
            elif k == "list":
                for item in blk[1]:
                    d.add_paragraph(item, style="List Bullet")
            elif k == "olist":
                for item in blk[1]:
                    d.add_paragraph(item, style="List Number")
            elif k == "table":
                t = d.add_table(rows=1, cols=len(blk[1]))
                t.style = "Table Grid"
                for c, h in zip(t.rows[0].cells, blk[1]):
                    c.text = h
                    for r in c.paragraphs[0].runs:
                        r.bold = True
                for row in blk[2]:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        c.text = str(v)
            elif k == "chart":
                for line in blk[1]:
                    para = d.add_paragraph()
                    run = para.add_run(line)
                    run.font.name = "Courier New"
                    run.font.size = Pt(9)
                    para.paragraph_format.space_after = Pt(0)
            elif k == "check":
                for done, item in blk[1]:
                    d.add_paragraph(("\u2612 " if done else "\u2610 ") + item)
            elif k == "rich":
                para = d.add_paragraph()
                for t_, st in blk[1]:
                    run = para.add_run(t_)
                    run.font.strike = st
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------------------------- OCR
DIGIT_SUB = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER_SUB = [("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("t", "l"), ("fi", "f")]
ACCENT = str.maketrans("éèêàâçôîûÉÈ", "eeeaacoiuEE")


def ocr_damage(text, strength, r):
    pd = {"light": 0.12, "medium": 0.3, "heavy": 0.5}[strength]
    pl = {"light": 0.004, "medium": 0.015, "heavy": 0.03}[strength]
    pa = {"light": 0.25, "medium": 0.5, "heavy": 0.8}[strength]
    pj = {"light": 0.0, "medium": 0.03, "heavy": 0.06}[strength]
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in DIGIT_SUB and r.random() < pd:
            out.append(DIGIT_SUB[ch] if ch != "1" or r.random() < 0.6 else "I")
        elif ch in "éèêàâçôîûÉÈ" and r.random() < pa:
            out.append(ch.translate(ACCENT))
        elif ch == " " and r.random() < pj and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            pass
        else:
            done = False
            for a, bb in LETTER_SUB:
                if text.startswith(a, i) and r.random() < pl:
                    out.append(bb)
                    i += len(a)
                    done = True
                    break
            if done:
                continue
            out.append(ch)
        i += 1
    return "".join(out)


def ocr_rewrap(text, r, width=74):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(" "):
            lines.append(line)
            continue
        cur = line
        while len(cur) > width:
            cut = cur.rfind(" ", 0, width)
            if cut < 20:
                cut = width
            word_end = cur.find(" ", cut + 1)
            nxt = cur[cut + 1:word_end if word_end > 0 else len(cur)]
            if len(nxt) > 7 and nxt.isalpha() and r.random() < 0.4:
                k = 3 + r.randint(0, len(nxt) - 6)
                lines.append(cur[:cut] + " " + nxt[:k] + "-")
                cur = nxt[k:] + cur[cut + 1 + len(nxt):]
            else:
                lines.append(cur[:cut])
                cur = cur[cut + 1:]
        lines.append(cur)
    return "\n".join(lines)


def ocr_pages(pages_text, acr, strength, r, lang):
    out = []
    n = len(pages_text)
    for i, t in enumerate(pages_text, 1):
        head = f"{acr} - {'Description de travail de cadre' if lang == 'fr' else 'Executive Work Description'}"
        foot = rng.choice([f"Page {i} of {n}", f"- {i} -"]) if lang != "fr" else f"Page {i} de {n}"
        body = ocr_damage(ocr_rewrap(t, r), strength, r)
        out.append(f"{ocr_damage(head, strength, r)}\n\n{body}\n\n{ocr_damage(foot, strength, r)}\n")
    return "\f".join(out)


# ------------------------------------------------------------------------------------------------------- truths
def truth(doc, kind, lang, p, people, also_extra=None, versions=None):
    sup = p["supervisor"]
    fields = {
        "title": p["title_fr"] if lang == "fr" else p["title"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": sup["position_number"],
                       "title": sup["title_fr"] if lang == "fr" else sup["title"],
                       "classification": sup["classification"]},
        "direct_reports": [{"title": r["title_fr"] if lang == "fr" else r["title"], "classification": r["classification"],
                            "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["o_and_m"],
        "total": p["salary"] + p["o_and_m"] if p["total_stated"] else None,
        "location": (p["location"][1] if lang == "fr" else p["location"][0]) if p["location"] else None,
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total", "location") if fields[k] is None]
    if sup["position_number"] is None:
        ns.append("supervisor.position_number")
    also = {"department": p["dept"][1] if lang == "fr" else p["dept"][0]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if p["fte"] is not None:
        also["fte"] = p["fte"]
    also.update(also_extra or {})
    ppl = []
    for x in [p["incumbent"], p["sup_name"], p["classifier"]] + people:
        if x and x not in ppl:
            ppl.append(x)
    return {"document": doc, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": ppl, "versions": versions}


# ---------------------------------------------------------------------------------------------------- documents
OUT_C = HERE / "corpus"
OUT_E = HERE / "expected"
docs: dict[str, bytes] = {}
truths: dict[str, dict] = {}


def emit(name, data, t):
    assert name not in docs, name
    docs[name] = data
    t["document"] = name
    truths[name] = t


def render(name, kind, lang, pages, p, people, also, author=None, strength=None, deck_md=False, deck_txt=False,
           versions=None):
    also = dict(also)
    if kind == "pdf":
        data = pdf_bytes([text_of(pg, "pdf") for pg in pages])
    elif kind == "docx":
        data = docx_of(pages, author or p["incumbent"] or p["sup_name"])
    elif kind == "markdown":
        sep = "\n\n---\n\n" if deck_md else "\n\n"
        body = sep.join(text_of(pg, "md") for pg in pages) + "\n"
        if deck_md:
            body = "---\nmarp: true\npaginate: true\n---\n\n" + body
        data = body.encode("utf-8")
    elif kind == "text":
        if deck_txt:
            word = "Diapositive" if lang == "fr" else "Slide"
            body = "\n\n".join(f"{word} {i}\n{text_of(pg, 'txt')}" for i, pg in enumerate(pages, 1)) + "\n"
        else:
            body = "\n\n\n".join(text_of(pg, "txt") for pg in pages) + "\n"
        data = body.encode("utf-8")
    elif kind == "text-cp1252":
        body = "\r\n\r\n\r\n".join(text_of(pg, "txt").replace("\n", "\r\n") for pg in pages) + "\r\n"
        body = body.replace("'", "\u2019")
        data = body.encode("cp1252")
    elif kind == "ocr":
        r = random.Random(len(name) * 179 + len(truths))
        data = ocr_pages([text_of(pg, "txt", 100) for pg in pages], p["dept"][2], strength, r, L(lang)).encode("utf-8")
        also["damage"] = strength
    else:
        raise ValueError(kind)
    emit(name, data, truth(name, kind, lang, p, people, also, versions))


# The specification of the 43 positions: (form, kind, lang, level)
SPECS = [
    ("package", "pdf", "en", "EX-03"),        # 0: family head
    ("deck", "text", "en", "EX-01"),          # 1: reports to 0
    ("plain", "markdown", "en", "EX-01"),     # 2: reports to 0
    ("package", "docx", "en", "EX-02"),       # 3: versions DRAFT.docx -> signed.pdf
    ("deck", "pdf", "en", "EX-02"),           # 4: versions v1 -> v2
    ("package", "pdf", "fr", "EX-02"),
    ("package", "pdf", "en", "EX-04"),
    ("package", "pdf", "bilingual", "EX-01"),
    ("package", "pdf", "fr", "EX-03"),
    ("package", "docx", "fr", "EX-01"),
    ("package", "docx", "en", "EX-03"),
    ("package", "docx", "en", "EX-01"),
    ("package", "docx", "fr", "EX-04"),
    ("package", "ocr", "en", "EX-02"),
    ("package", "ocr", "fr", "EX-01"),
    ("package", "ocr", "en", "EX-03"),
    ("deck", "pdf", "fr", "EX-03"),
    ("deck", "pdf", "en", "EX-01"),
    ("deck", "pdf", "bilingual", "EX-02"),
    ("deck", "text", "fr", "EX-02"),
    ("deck", "text", "en", "EX-04"),
    ("deck", "markdown", "en", "EX-03"),
    ("deck", "markdown", "fr", "EX-01"),
    ("intake", "docx", "en", "EX-01"),
    ("intake", "docx", "fr", "EX-02"),
    ("intake", "docx", "en", "EX-03"),
    ("intake", "pdf", "en", "EX-02"),
    ("intake", "pdf", "bilingual", "EX-01"),
    ("intake", "text-cp1252", "en", "EX-01"),
    ("intake", "text-cp1252", "fr", "EX-03"),
    ("intake", "text", "en", "EX-02"),
    ("plain", "markdown", "fr", "EX-02"),
    ("plain", "markdown", "en", "EX-01"),
    ("plain", "text", "en", "EX-03"),
    ("plain", "text", "bilingual", "EX-02"),
    ("plain", "text-cp1252", "en", "EX-01"),
    ("plain", "text-cp1252", "fr", "EX-01"),
    ("plain", "ocr", "en", "EX-01"),
    ("plain", "ocr", "fr", "EX-02"),
    ("plain", "ocr", "en", "EX-03"),
    ("plain", "ocr", "en", "EX-02"),
    ("plain", "docx", "en", "EX-01"),
    ("plain", "docx", "fr", "EX-03"),
]
STRENGTHS = {13: "medium", 14: "light", 15: "heavy", 37: "light", 38: "medium", 39: "heavy", 40: "medium"}


def file_name(i, form, kind, lang, p):
    ext = {"pdf": ".pdf", "docx": ".docx", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt"}[kind]
    t = p["title_fr"] if lang == "fr" else p["title"]
    pn = p["position_number"] or ("NOUVEAU" if lang == "fr" else "NEW")
    acr = p["area"][2]
    fr = lang == "fr"
    choices = {
        "package": [f"Classification package - {pn} - {t}", f"{pn} classification pkg (signed)",
                    f"Dossier de classification {pn} – {t}" if fr else f"Staffing package {acr} {pn} - final",
                    f"CA package {acr} {pn} (1)"],
        "deck": [f"{acr} classification review deck", f"ExCom deck - {t}", f"Présentation CE – {acr} – {pn}" if fr else f"{acr} EXCOM {pn} slides",
                 f"deck_{acr.lower()}_{pn}_final"],
        "intake": [f"Intake + WD {pn}", f"HR request {acr} - {t}", f"Demande RH {pn} et DT" if fr else f"Intake form and work description {pn} - signed"],
        "plain": [f"{t}", f"WD {acr} - {t}", f"DT {acr} – {t}" if fr else f"{pn} {t} DRAFT", f"{t} (1)"],
    }[form]
    if kind == "ocr":
        return f"scan_{rng.randint(1000, 9999)} {acr} {'dossier' if fr else 'package' if form == 'package' else 'WD'}{ext}"
    return rng.choice(choices) + ext


def build():
    positions = []
    for i, (form, kind, lang, level) in enumerate(SPECS):
        if i in (1, 2):
            head = positions[0]
            sup = {"title": head["title"], "title_fr": head["title_fr"], "classification": head["classification"],
                   "position_number": head["position_number"]}
            p = make_position(level, lang, dept=head["dept"], sup=sup)
            p["sup_name"] = head["incumbent"] or p["sup_name"]
            # the head's report of that title
            head["reports"][i - 1] = {"title": p["title"], "title_fr": p["title_fr"], "classification": "EX-01",
                                      "fte": p["fte"]}
        else:
            p = make_position(level, lang)
        if i == 0:
            p["incumbent"] = p["incumbent"] or person()
            if p["position_number"] is None:
                p["position_number"] = number()
        positions.append(p)
    # the head's FTEs after its reports were replaced
    head = positions[0]
    head["fte"] = sum(r["fte"] or 0 for r in head["reports"]) + 3
    head["salary"] = head["fte"] * 97000

    for i, (form, kind, lang, level) in enumerate(SPECS):
        p = positions[i]
        s = style_pick(lang)
        also = {"form": form}
        if i in (1, 2):
            also["reports_to_in_corpus"] = None  # filled below
        name = file_name(i, form, kind, lang, p)
        if form == "package":
            if i == 3:
                continue
            before, after, people = package_pages(p, s, lang, strike=(kind == "docx"))
            pages = before + [wd_blocks(p, s, lang)] + after
            also["distractors"] = "cover sheet (proposed level amended, consequential action), checklist and memo (former level, branch totals), budget annex (branch total)"
            render(name, kind, lang, pages, p, people, also, strength=STRENGTHS.get(i))
        elif form == "deck":
            if i == 4:
                continue
            pages, people = deck_pages(p, s, lang)
            render(name, kind, lang, pages, p, people, also, deck_md=(kind == "markdown"), deck_txt=(kind == "text"))
        elif form == "intake":
            first, people = intake_page(p, s, lang)
            pages = [first, wd_blocks(p, s, lang, minimal=True)]
            also["distractors"] = "intake form: requested effective date, current classification, incumbent's salary cost, cost centre"
            render(name, kind, lang, pages, p, people, also)
        else:
            render(name, kind, lang, [wd_blocks(p, s, lang)], p, [], also, strength=STRENGTHS.get(i))
        if i == 0:
            head_name = name
    for t in truths.values():
        if "reports_to_in_corpus" in t["also"]:
            t["also"]["reports_to_in_corpus"] = head_name

    # versions 1: a package's DRAFT.docx -> "- signed.pdf"
    p = positions[3]
    s = style_pick("en")
    old = dict(p, reports=[dict(r) for r in p["reports"]])
    old["effective_date"] = None
    new = dict(p, reports=[dict(r) for r in p["reports"]] +
               [{"title": "Senior Policy Advisor", "title_fr": "Conseiller principal en politiques",
                 "classification": "EC-07", "fte": 1}])
    new["salary"] = p["salary"] + 124000
    new["fte"] = (p["fte"] or 0) + 1 if p["fte"] is not None else None
    new["effective_date"] = dt.date(2023, 6, 1)
    pn = p["position_number"] or "NEW"
    n_old = f"Classification package {pn} - {p['title']} DRAFT.docx"
    n_new = f"Classification package {pn} - {p['title']} - signed.pdf"
    ver = {"documents": [n_old, n_new], "newest": n_new, "same_text": False,
           "note": "the signed PDF adds a Senior Policy Advisor (EC-07, 1 FTE), raises the salary budget by $124,000 and states an effective date (June 1, 2023); the draft states none"}
    state = snapshot()
    b1, a1, ppl1 = package_pages(old, s, "en", strike=True)
    restore(state)
    b2, a2, ppl2 = package_pages(new, s, "en", strike=False)
    also = {"form": "package", "distractors": "cover sheet, checklist, memo, budget annex"}
    render(n_old, "docx", "en", b1 + [wd_blocks(old, s, "en")] + a1, old, ppl1, also, versions=ver)
    render(n_new, "pdf", "en", b2 + [wd_blocks(new, s, "en")] + a2, new, ppl2, also, versions=ver)

    # versions 2: a deck v1 -> v2 (FTEs of the first report and O&M changed)
    p = positions[4]
    s = style_pick("en")
    v1 = dict(p, reports=[dict(r) for r in p["reports"]])
    v2 = dict(p, reports=[dict(r) for r in p["reports"]])
    v2["reports"][0]["fte"] = (v2["reports"][0]["fte"] or 10) + 6
    if v2["fte"] is not None:
        v2["fte"] = v1["fte"] + 6 - (0 if v1["reports"][0]["fte"] is not None else 10)
    v2["o_and_m"] = p["o_and_m"] + 85000
    acr = p["area"][2]
    n1, n2 = f"{acr} ExCom deck v1.pdf", f"{acr} ExCom deck v2.pdf"
    ver = {"documents": [n1, n2], "newest": n2, "same_text": False,
           "note": "v2: the first direct report has 6 more FTEs, O&M $85,000 higher"}
    state = snapshot()
    pg1, ppl1 = deck_pages(v1, s, "en")
    restore(state)
    pg2, ppl2 = deck_pages(v2, s, "en")
    render(n1, "pdf", "en", pg1, v1, ppl1, {"form": "deck"}, versions=ver)
    render(n2, "pdf", "en", pg2, v2, ppl2, {"form": "deck"}, versions=ver)

    refusals()


def refuse(name, kind, lang, data, people, note):
    emit(name, data, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                      "not_stated": None, "also": {"what": note}, "people": people, "versions": None})


def refusals():
    # 1. a reorganization deck, no position described (PDF)
    presenter = person()
    dirs = []
    for _ in range(4):
        a = AREAS[rng.randrange(len(AREAS))]
        dirs.append(f"\u2022 Director General, {a[0]} (EX-03): {rng.randint(80, 240)} FTEs, ${rng.randint(8, 40)}.{rng.randint(1, 9)}M")
    slides = [
        f"STRATEGIC POLICY SECTOR\nOrganizational Renewal 2025\n\nDepartmental Executive Committee\n{presenter}, Assistant Deputy Minister",
        "WHY CHANGE\n\n\u2022 Three directorates duplicate intake functions\n\u2022 612 FTEs, $71.4M salary, $9.8M O&M (2024-25)\n\u2022 Span of control above the executive norm",
        "PROPOSED SECTOR STRUCTURE\n\nAssistant Deputy Minister, Strategic Policy (EX-05)\n" + "\n".join(dirs),
        "TIMELINE\n\n\u2022 Q1: consultation with unions\n\u2022 Q2: work descriptions drafted and classified\n\u2022 Q3: staffing actions\n\u2022 April 1, 2026: new structure in effect",
        "DECISION SOUGHT\n\n\u2022 Endorse the four-directorate model\n\u2022 Mandate HR to prepare the classification packages",
    ]
    refuse("Strategic Policy Sector - Org renewal deck (ExCom).pdf", "pdf", "en", pdf_bytes(slides), [presenter],
           "a reorganization deck: a sector's structure and budget, no position described")
    # 2. a package's cover sheet and checklist alone (Word, French)
    a = AREAS[rng.randrange(len(AREAS))]
    req, adv = person(), person()
    pn = number()
    pages = [[("h1", "MESURE DE CLASSIFICATION – FEUILLE D'APPROBATION"),
              ("kv", [("No de dossier", f"CA-2024-{rng.randint(100, 999)}"),
                      ("Mesure", "Création d'un poste"),
                      ("Poste visé", f"{pn} – Directeur, {a[1]}"),
                      ("Niveau proposé", "EX-01"),
                      ("Demandé par", req), ("Conseiller RH", adv), ("Approuvé par", "")])],
             [("h1", "LISTE DE CONTRÔLE DU DOSSIER DE CLASSIFICATION"),
              ("check", [(False, "Description de travail signée (à venir)"), (True, "Organigramme"),
                         (False, "Annexe budgétaire : 3,2 M$ salaires, 0,4 M$ F et E"), (True, "Note de justification")])]]
    refuse(f"Dossier {pn} - page couverture et liste de contrôle.docx", "docx", "fr", docx_of(pages, req), [req, adv],
           "a classification package's cover sheet and checklist alone; the work description is still to come")
    # 3. a memo (cp1252, CRLF)
    frm, to = person(), person()
    memo = (f"MEMORANDUM\n\nTO: {to}, Director General, Corporate Services\nFROM: {frm}, Director, Human Resources Operations\n"
            f"DATE: March 3, 2025\nSUBJECT: Classification packages for the fall reorganization\n\n"
            "We expect eleven executive classification packages before the end of the fiscal year, including two "
            "EX-03 positions (numbers 48213 and 48214) and a new EX-02 Executive Director. Each package must include "
            "the signed work description, an organization chart and a budget annex. The Classification Committee "
            "meets monthly; packages received after the 15th are reviewed the following month.\n\n"
            "Please confirm the branch\u2019s priorities by March 21.\n")
    refuse("Memo - classification packages fall 2025.txt", "text-cp1252", "en", memo.replace("\n", "\r\n").encode("cp1252"),
           [to, frm], "a memo about classification packages, no position described")
    # 4. an organization chart of a directorate alone (UTF-8 text, French)
    who = [person() for _ in range(3)]
    chart = ("ORGANIGRAMME – DIRECTION GÉNÉRALE DES OPÉRATIONS RÉGIONALES\nEn vigueur le 1er avril 2024\n\n"
             f"Directeur général, Opérations régionales (EX-03) – {who[0]}\n"
             f"├── Directrice, Atlantique (EX-01) – {who[1]} – 42 ETP\n"
             f"├── Directeur, Québec (EX-01) – {who[2]} – 57 ETP\n"
             "├── Directeur, Ontario (EX-01) – poste vacant – 61 ETP\n"
             "└── Adjointe exécutive (AS-02) – 1 ETP\n")
    refuse("Organigramme DGOR 2024.txt", "text", "fr", chart.encode("utf-8"), who,
           "an organization chart alone, no work description")
    # 5. a scan without a text layer (PDF)
    refuse("Scan_20240517_0931 classification package.pdf", "pdf", "en", pdf_bytes(["", "", "", ""]), [],
           "a four-page scan of a package without a text layer: unreadable")


def main():
    build()
    for d in (OUT_C, OUT_E):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for name, data in sorted(docs.items()):
        (OUT_C / name).write_bytes(data)
        t = truths[name]
        (OUT_E / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
