"""blind151: positions in transition (new, vacant, reorganized, acting, seconded, shared, staffing
covers). Writes corpus/ and expected/ deterministically:

    /work/main/.venv/bin/python bench/import/blind151/make_blind.py
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
import zlib
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
import texts as T  # noqa: E402

R = random.Random(151)
NBSP = "\u00a0"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- notations

def fdate(d: dt.date, lang: str, style: str = "long") -> str:
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def money(v: int, lang: str, style: str) -> str:
    if lang == "fr":
        if style == "M" and v >= 1_000_000:
            return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + f"{NBSP}M$"
        if style == "M":
            return f"{v // 1000}{NBSP}k$"
        return f"{v:,}".replace(",", NBSP) + f"{NBSP}$"
    if style == "M" and v >= 1_000_000:
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "M":
        return f"${v // 1000}K"
    if style == "words" and v >= 1_000_000:
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    return f"${v:,}"


# ---------------------------------------------------------------- people and positions

_used_names: set[str] = set()


def person() -> str:
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


_used_units: set[int] = set()


def unit() -> tuple[str, str]:
    while True:
        i = R.randrange(len(T.UNITS))
        if i not in _used_units:
            _used_units.add(i)
            return T.UNITS[i]


_used_numbers: set[str] = set()


def number(digits: int = 5) -> str:
    while True:
        n = str(R.randrange(10 ** (digits - 1), 10 ** digits))
        if n not in _used_numbers:
            _used_numbers.add(n)
            return n


TITLES = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
    "EX-05": ("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal", "Sous-ministre adjointe principale"),
}
UP = {"EX-01": ["EX-03", "EX-02", "EX-03"], "EX-02": ["EX-03"], "EX-03": ["EX-04", "EX-05"], "EX-04": ["EX-05"]}


def other_unit(u):
    while True:
        x = R.choice(T.UNITS)
        if x != u:
            return x


def titles(level: str, u: tuple[str, str]) -> tuple[str, str]:
    en, fm, ff = TITLES[level]
    return f"{en}, {u[0]}", f"{R.choice([fm, ff])}, {u[1]}"


def make_position(level: str) -> dict:
    u = unit()
    t_en, t_fr = titles(level, u)
    sup_level = R.choice(UP[level])
    su = other_unit(u)
    s_en, s_fr = titles(sup_level, su)
    dep = R.choice(T.DEPARTMENTS)
    loc = R.choice(T.LOCATIONS)
    reports = []
    subs = R.sample(T.SUBUNITS, 5)
    n = R.randint(3, 5)
    for k in range(n):
        if level == "EX-01":
            rt = (f"Manager, {subs[k][0]}", f"Gestionnaire, {subs[k][1]}")
            cls, fte = R.choice(T.MANAGER_GROUPS), R.randint(4, 19)
        elif level == "EX-04":
            rt = (f"Director General, {subs[k][0]}", f"Directeur général, {subs[k][1]}")
            cls, fte = "EX-03", R.randint(45, 180)
        else:
            rt = (f"Director, {subs[k][0]}", f"Directeur, {subs[k][1]}")
            cls, fte = "EX-01", R.randint(11, 42)
        reports.append({"title": rt[0], "title_fr": rt[1], "classification": cls, "fte": fte})
    if level != "EX-01" and R.random() < 0.5:
        reports.append({"title": "Executive Assistant", "title_fr": "Adjoint exécutif",
                        "classification": R.choice(["AS-02", "AS-03"]), "fte": 1})
    fte = sum(r["fte"] for r in reports) + R.randint(1, 3)
    salary = fte * R.randint(88, 104) * 1000 // 10000 * 10000
    om = salary * R.randint(6, 28) // 100 // 1000 * 1000
    eff = dt.date(R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28))
    return {
        "level": level, "unit": u, "title": t_en, "title_fr": t_fr, "job_code": "10" + number(4),
        "pn": number(R.choice([5, 5, 6])), "eff": eff, "dep": dep, "loc": loc,
        "sup": {"title": s_en, "title_fr": s_fr, "classification": sup_level, "pn": number(5)},
        "reports": reports, "fte": fte, "salary": salary, "om": om, "total": salary + om,
        "incumbent": person(), "signer": person(), "hr": person(),
    }


# ---------------------------------------------------------------- the document model

def L(lang, en, fr):
    if lang == "en":
        return en
    if lang == "fr":
        return fr
    return f"{en} / {fr}"


def build(d: dict) -> tuple[list, dict]:
    """Blocks of the document and its truth."""
    p, lang, form = d["p"], d["lang"], d.get("form", "A")
    fl = lang if lang != "bi" else "en"
    tl = "fr" if lang == "fr" else "en"
    omit = set(d.get("omit", []))
    people = []
    also = {"department": p["dep"][2] if lang == "fr" else p["dep"][1], "form": d["formname"]}
    blocks: list = []
    truth_sup = dict(p["sup"])
    reports = [dict(r) for r in p["reports"]]
    eff = p["eff"]
    dstyle = d.get("dstyle", "long")
    mstyle = d.get("mstyle", "full")

    # ---- staffing cover page
    cover = d.get("cover")
    if cover:
        blocks += cover_blocks(d, cover, people)
        blocks.append(("pagebreak",))

    # ---- heading
    if lang == "fr":
        blocks.append(("title", "DESCRIPTION DE TRAVAIL — GROUPE DE LA DIRECTION (EX)"))
    elif lang == "bi":
        blocks.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"))
    else:
        blocks.append(("title", R.choice(["Executive Work Description", "EXECUTIVE GROUP POSITION DESCRIPTION",
                                          "Work Description – Executive Group"])))
    blocks.append(("p", L(lang, p["dep"][1], p["dep"][2])))
    for note in d.get("banner", []):
        blocks.append(("p", note))

    # ---- position number
    pn_val = p["pn"]
    pn_print = p["pn"]
    if d.get("pn"):
        pn_print, pn_val = d["pn"], None
        also["position_number_printed"] = d["pn"]
    elif d.get("pn_former"):
        old = number(5)
        pn_print = f"{p['pn']} ({L(tl, 'formerly', 'ancien numéro')} {old})"
        also["former_position_number"] = old

    cls_print = p["level"]
    if d.get("reclass"):
        cls_print = d["reclass"]
        also["classification_note"] = d["reclass"]

    kv = []
    title_print = p["title"] if lang == "en" else p["title_fr"] if lang == "fr" else f"{p['title']} / {p['title_fr']}"
    kv.append((L(lang, "Position Title", "Titre du poste"), title_print))
    kv.append((L(lang, "Group and Level", "Groupe et niveau") if form != "B" else "GROUP/LEVEL", cls_print))
    kv.append((L(lang, "Position Number", "Numéro du poste"), pn_print))
    if "job_code" not in omit:
        kv.append((L(lang, "Job Code", "Code d'emploi"), p["job_code"]))
    if "effective_date" not in omit:
        ev = fdate(eff, fl, dstyle)
        if lang == "bi" and d.get("bidate"):
            ev = f"{fdate(eff, 'en')} / {fdate(eff, 'fr')}"
        kv.append((L(lang, "Effective Date", "Date d'entrée en vigueur"), ev))
    if "location" not in omit:
        kv.append((L(lang, "Location", "Lieu"), p["loc"][1] if lang == "fr" else p["loc"][0]))
    if d.get("shared"):
        other = d["shared"]
        kv.append((L(lang, "Department", "Ministère"),
                   f"{p['dep'][0]} and {other[0]} (shared position)" if tl == "en"
                   else f"{p['dep'][0]} et {other[0]} (poste partagé)"))
        also["department"] = f"{p['dep'][1]} / {other[1]} (shared)"
        also["shared_between"] = [p["dep"][0], other[0]]
    if d.get("vacant"):
        kv.append((L(lang, "Incumbent", "Titulaire"), L(lang, "Vacant", "Poste vacant")))
        also["status"] = "vacant"
    elif d.get("show_incumbent"):
        inc = p["incumbent"]
        suffix = d.get("inc_suffix", "")
        kv.append((L(lang, "Incumbent", "Titulaire"), inc + suffix))
        people.append(inc)

    # ---- supervisor
    sup_mode = d.get("sup", "kv")
    reorg = d.get("reorg")
    sup_title_print = truth_sup["title"] if tl == "en" else truth_sup["title_fr"]
    if d.get("sup_acting"):
        sup_title_print = (f"{d['sup_acting']}{sup_title_print}" if d["sup_acting"].endswith("/")
                           else f"{d['sup_acting']} {sup_title_print}"
                           if tl == "en" else f"{sup_title_print} {d['sup_acting']}")
        also["supervisor_printed_as"] = sup_title_print
    if lang == "bi":
        sup_title_print = f"{truth_sup['title']} / {truth_sup['title_fr']}"
    org_paras = []
    if reorg:
        old = reorg.get("old")
        if old is None:
            old = {"title": "", "title_fr": "", "classification": p["sup"]["classification"], "pn": number(5)}
            old["title"], old["title_fr"] = titles(old["classification"], other_unit(p["unit"]))
        change = reorg["date"]
        if reorg["mode"] == "after":
            new_sup, prev_sup = p["sup"], old
        else:
            new_sup, prev_sup = old, p["sup"]
        # truth: what holds on the effective date
        truth_sup = dict(new_sup if eff >= change else prev_sup)
        also["transition"] = (f"reporting line changes on {change.isoformat()}; effective date "
                              f"{eff.isoformat()}: the {'new' if eff >= change else 'current'} supervisor holds")
        also["other_supervisor"] = {"title": (prev_sup if eff >= change else new_sup)["title"],
                                    "position_number": (prev_sup if eff >= change else new_sup)["pn"]}
        if lang == "en":
            para = (f"The position currently reports to the {prev_sup['title']} ({prev_sup['classification']}), "
                    f"position {prev_sup['pn']}. Effective {fdate(change, 'en')}, as part of the realignment "
                    f"approved by the Deputy Minister, the position will report to the {new_sup['title']} "
                    f"({new_sup['classification']}), position {new_sup['pn']}.")
            if reorg.get("kv_both"):
                kv.append(("Reports to (current)", f"{prev_sup['title']} ({prev_sup['classification']}), position "
                           f"{prev_sup['pn']} – until "
                           f"{fdate(change - dt.timedelta(days=1), 'en')}"))
                kv.append((f"Reports to (effective {fdate(change, 'en')})",
                           f"{new_sup['title']} ({new_sup['classification']}), position {new_sup['pn']}"))
                para = None
        else:
            para = (f"Le poste relève actuellement du {prev_sup['title_fr']} ({prev_sup['classification']}), "
                    f"poste {prev_sup['pn']}. À compter du {fdate(change, 'fr')}, dans le cadre du réalignement "
                    f"approuvé par le sous-ministre, le poste relèvera du {new_sup['title_fr']} "
                    f"({new_sup['classification']}), poste {new_sup['pn']}.")
            if lang == "bi":
                para = (f"The position currently reports to the {prev_sup['title']} ({prev_sup['classification']}), "
                        f"position {prev_sup['pn']}. Effective {fdate(change, 'en')}, it will report to the "
                        f"{new_sup['title']} ({new_sup['classification']}), position {new_sup['pn']}. / " + para)
        if para:
            org_paras.append(para)
    elif sup_mode == "kv":
        kv.append((L(lang, "Supervisor's Position Title", "Titre du poste du superviseur"), sup_title_print))
        kv.append((L(lang, "Supervisor's Group and Level", "Groupe et niveau du superviseur"),
                   truth_sup["classification"]))
        if "supervisor.position_number" not in omit:
            kv.append((L(lang, "Supervisor's Position Number", "Numéro du poste du superviseur"), truth_sup["pn"]))
    elif sup_mode == "line":
        v = f"{sup_title_print} ({truth_sup['classification']})"
        if "supervisor.position_number" not in omit:
            v += f", {L(tl, 'position', 'poste')} {truth_sup['pn']}"
        kv.append((L(lang, "Reports to", "Relève de"), v))
    else:  # narrative only
        if tl == "en":
            s = f"The {p['title']} reports to the {sup_title_print} ({truth_sup['classification']})"
            if "supervisor.position_number" not in omit:
                s += f", position number {truth_sup['pn']}"
        else:
            s = f"Le titulaire relève du {sup_title_print} ({truth_sup['classification']})"
            if "supervisor.position_number" not in omit:
                s += f", numéro de poste {truth_sup['pn']}"
        org_paras.append(s + ".")
    if reorg is None and "supervisor.position_number" in omit:
        truth_sup["pn"] = None
    blocks.append(("kv", kv))

    # ---- general accountability
    uname = p["unit"][0] if tl == "en" else p["unit"][1]
    blocks.append(("h", L(lang, "General Accountability", "Raison d'être")))
    if tl == "en":
        blocks.append(("p", f"The {p['title']} " + R.choice(T.GA_EN).format(unit=uname) + "."))
    if lang in ("fr", "bi"):
        blocks.append(("p", f"Le titulaire " + R.choice(T.GA_FR).format(unit=p["unit"][1]) + "."))
    for extra in d.get("ga_extra", []):
        blocks.append(("p", extra))

    # ---- organization structure
    blocks.append(("h", L(lang, "Organization Structure", "Structure organisationnelle")))
    for para in org_paras:
        blocks.append(("p", para))
    for extra in d.get("org_extra", []):
        blocks.append(("p", extra))
    if d.get("report_vacant"):
        reports[-1]["vacant"] = True
    if d.get("report_tbs"):
        reports.append({"title": f"Manager, {d['report_tbs'][0]}" if p["level"] == "EX-01" else f"Director, {d['report_tbs'][0]}",
                        "title_fr": f"Gestionnaire, {d['report_tbs'][1]}" if p["level"] == "EX-01" else f"Directeur, {d['report_tbs'][1]}",
                        "classification": "EC-07" if p["level"] == "EX-01" else "EX-01", "fte": None, "tbs": True})
    if "report_classes" in omit:
        for r in reports:
            r["classification"] = None
    intro = L(lang, "The following positions report directly to the " + ("incumbent:" if tl == "en" else ""),
              "Les postes suivants relèvent directement du titulaire :")
    if tl == "en":
        intro = "The following positions report directly to the position:"
    if lang == "bi":
        intro = "Direct reports / Subordonnés directs :"
    blocks.append(("p", intro))
    rmode = d.get("rmode", "ul_paren")
    ftel = "FTEs" if tl == "en" else "ETP"
    if lang == "bi":
        ftel = "FTEs/ETP"

    def rtitle(r):
        if lang == "fr":
            return r["title_fr"]
        if lang == "bi":
            return f"{r['title']} / {r['title_fr']}"
        return r["title"]

    def rnote(r):
        if r.get("vacant"):
            return L(lang, " — vacant", " — vacant")
        if r.get("tbs"):
            return L(lang, " — new, to be staffed", " — nouveau, à doter")
        return ""

    def rfte(r):
        if r["fte"] is None:
            return L(lang, "FTEs to be determined", "ETP à déterminer")
        return f"{r['fte']} {'FTE' if r['fte'] == 1 and ftel == 'FTEs' else ftel}"

    if rmode == "table":
        rows = [[rtitle(r) + rnote(r), r["classification"] or "", "" if r["fte"] is None else str(r["fte"])]
                for r in reports]
        blocks.append(("table", [L(lang, "Position", "Poste"), L(lang, "Group and level", "Groupe et niveau"), ftel], rows))
    elif rmode == "sentence":
        parts = []
        for r in reports:
            inner = ", ".join(x for x in [r["classification"], rfte(r)] if x)
            parts.append(f"the {rtitle(r)} ({inner}){rnote(r)}" if tl == "en" else f"le {rtitle(r)} ({inner}){rnote(r)}")
        blocks.append(("p", ("Reporting to the position are " if tl == "en" else "Relèvent du poste : ")
                       + "; ".join(parts[:-1]) + ("; and " if tl == "en" else "; et ") + parts[-1] + "."))
    elif rmode == "ul_dash":
        blocks.append(("ul", [" – ".join(x for x in [rtitle(r), r["classification"], rfte(r)] if x) + rnote(r)
                              for r in reports]))
    else:
        blocks.append(("ul", [f"{rtitle(r)} (" + ", ".join(x for x in [r["classification"], rfte(r)] if x) + ")" + rnote(r)
                              for r in reports]))
    if d.get("transfer_out"):
        to = d["transfer_out"]
        if tl == "en":
            blocks.append(("p", f"Note: the {to[0]} unit ({to[2]}, {to[3]} FTEs), which reported to this position until "
                                f"{to[4]}, has been transferred to the {to[1]} and is no longer part of the directorate; "
                                "its figures are excluded from the dimensions below."))
        else:
            blocks.append(("p", f"Nota : l'unité {to[0]} ({to[2]}, {to[3]} ETP), qui relevait du poste jusqu'au {to[4]}, "
                                f"a été transférée à la {to[1]} et ne fait plus partie de la direction; ses chiffres sont "
                                "exclus des dimensions ci-dessous."))
        also["transferred_out_not_a_report"] = to[0]

    # ---- nature and scope
    blocks.append(("h", L(lang, "Nature and Scope", "Nature et étendue")))
    if tl == "en":
        blocks.extend(("p", x) for x in R.sample(T.NS_EN, 2))
    if lang in ("fr", "bi"):
        blocks.extend(("p", x) for x in R.sample(T.NS_FR, 2 if lang == "fr" else 1))
    for extra in d.get("ns_extra", []):
        blocks.append(("p", extra))

    # ---- dimensions
    blocks.append(("h", L(lang, "Dimensions", "Dimensions")))
    total_stated = d.get("total", True)
    ml = fl
    if d.get("two_years"):
        prev_s = p["salary"] - R.randint(3, 9) * 100000
        prev_o = p["om"] - R.randint(2, 9) * 10000
        cur_fy, prev_fy = d["two_years"]
        rows = [[L(lang, "Salary", "Salaires"), money(prev_s, ml, mstyle), money(p["salary"], ml, mstyle)],
                [L(lang, "O&M", "F et E"), money(prev_o, ml, mstyle), money(p["om"], ml, mstyle)],
                [L(lang, "Total", "Total"), money(prev_s + prev_o, ml, mstyle), money(p["total"], ml, mstyle)],
                [ftel, str(p["fte"] - R.randint(3, 8)), str(p["fte"])]]
        blocks.append(("table", ["", prev_fy, cur_fy], rows))
        also["dimensions_note"] = f"two fiscal years printed; {cur_fy} holds at the effective date"
    elif d.get("dims") == "sentence" and tl == "en":
        s = (f"The directorate has {p['fte']} FTEs, a salary budget of {money(p['salary'], ml, mstyle)} and an "
             f"operating (O&M) budget of {money(p['om'], ml, mstyle)}")
        if total_stated:
            s += f", for a total of {money(p['total'], ml, mstyle)}"
        blocks.append(("p", s + "."))
    else:
        dk = [(ftel, str(p["fte"])), (L(lang, "Salary", "Salaires"), money(p["salary"], ml, mstyle)),
              (L(lang, "O&M", "F et E"), money(p["om"], ml, mstyle))]
        if total_stated:
            dk.append((L(lang, "Total", "Total"), money(p["total"], ml, mstyle)))
        blocks.append(("kv", dk))
    if d.get("shared"):
        share = p["salary"] * 60 // 100 // 10000 * 10000
        o = d["shared"][0]
        if tl == "en":
            blocks.append(("p", f"Funding is shared: {p['dep'][0]} provides {money(share, 'en', 'full')} of the salary "
                                f"budget and {o} provides {money(p['salary'] - share, 'en', 'full')}; the O&M budget is "
                                f"provided by {p['dep'][0]}. The figures above are the combined budget of the office."))
        else:
            blocks.append(("p", f"Le financement est partagé : {p['dep'][0]} fournit {money(share, 'fr', 'full')} du budget "
                                f"salarial et {o} fournit {money(p['salary'] - share, 'fr', 'full')}; le budget de F et E "
                                f"est fourni par {p['dep'][0]}. Les chiffres ci-dessus représentent le budget combiné."))
    for extra in d.get("dims_extra", []):
        blocks.append(("p", extra))

    # ---- specific accountabilities
    blocks.append(("h", L(lang, "Specific Accountabilities", "Responsabilités spécifiques")))
    if tl == "en":
        blocks.append(("ol", R.sample(T.SA_EN, 5)))
    else:
        blocks.append(("ol", R.sample(T.SA_FR, 5)))

    # ---- certification
    blocks.append(("h", L(lang, "Certification", "Certification")))
    signer_title = truth_sup["title"] if tl == "en" else truth_sup["title_fr"]
    sig_suffix = d.get("sig_acting", "")
    if d.get("sig_interim"):
        signer_title += " par intérim"
    if d.get("vacant") or not d.get("show_incumbent"):
        sig = [f"{L(lang, 'Supervisor', 'Superviseur')}: {p['signer']}, {sig_suffix}{signer_title}",
               f"{L(lang, 'Date', 'Date')}: {fdate(eff, fl, dstyle)}" if "effective_date" not in omit else "Date: ________",
               f"{L(lang, 'Classified by', 'Classifié par')}: {p['hr']}"]
    else:
        sig = [f"{L(lang, 'Incumbent', 'Titulaire')}: {p['incumbent']}",
               f"{L(lang, 'Supervisor', 'Superviseur')}: {p['signer']}, {sig_suffix}{signer_title}",
               f"{L(lang, 'Classified by', 'Classifié par')}: {p['hr']}"]
    people += [p["signer"], p["hr"]]
    blocks.append(("sig", sig))

    # ---- truth
    title_truth = p["title_fr"] if lang == "fr" else p["title"]
    fields = {
        "title": title_truth,
        "classification": p["level"],
        "job_code": None if "job_code" in omit else p["job_code"],
        "position_number": pn_val,
        "effective_date": None if "effective_date" in omit else eff,
        "supervisor": {
            "position_number": truth_sup.get("pn"),
            "title": truth_sup["title_fr"] if lang == "fr" else truth_sup["title"],
            "classification": truth_sup["classification"],
        },
        "direct_reports": [{"title": r["title_fr"] if lang == "fr" else r["title"],
                            "classification": r["classification"], "fte": r["fte"]} for r in reports],
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"] if total_stated else None,
        "location": None if "location" in omit else (p["loc"][1] if lang == "fr" else p["loc"][0]),
    }
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
        also["supervisor_title_fr"] = truth_sup["title_fr"]
    also["fte"] = p["fte"]
    for k, v in d.get("also", {}).items():
        also[k] = v
    ns = []
    for k in ["title", "classification", "job_code", "position_number", "effective_date"]:
        if fields[k] is None:
            ns.append(k)
    for k in ["position_number", "title", "classification"]:
        if fields["supervisor"][k] is None:
            ns.append(f"supervisor.{k}")
    for k in ["salary", "o_and_m", "total", "location"]:
        if fields[k] is None:
            ns.append(k)
    people += d.get("extra_people", [])
    seen = []
    for x in people:
        if x not in seen:
            seen.append(x)
    truth = {"fields": fields, "not_stated": ns, "also": also, "people": seen}
    return blocks, truth


def cover_blocks(d, cover, people):
    p, lang = d["p"], d["cover_lang"] if "cover_lang" in d else d["lang"]
    cand, sender = p["incumbent"], person()
    people += [cand, sender]
    start = d["cover_date"]
    sal = d.get("cover_salary", 151_350)
    title = p["title"] if lang != "fr" else p["title_fr"]
    pn = d.get("pn") or p["pn"]
    if cover == "offer" and lang != "fr":
        return [("p", p["dep"][1]), ("p", "PROTECTED B (when completed)"), ("p", fdate(start - dt.timedelta(days=24), "en")),
                ("p", cand), ("p", "Letter of offer – indeterminate appointment"),
                ("p", f"Dear {cand.split()[0]},"),
                ("p", f"I am pleased to offer you an indeterminate appointment to the position of {title} "
                      f"({p['level']}), position number {pn}, in {p['loc'][0]}, effective {fdate(start, 'en')}."),
                ("p", f"Your salary will be ${sal:,} per annum, within the EX salary range. This offer is made under "
                      "section 29 of the Public Service Employment Act. The work description of the position is attached."),
                ("p", "Please sign and return a copy of this letter within five working days."),
                ("sig", [f"{sender}", "Assistant Deputy Minister, Human Resources", "",
                         f"I accept this offer: ____________  {cand}"])]
    if cover == "offer":
        return [("p", p["dep"][2]), ("p", "Lettre d'offre – nomination pour une période indéterminée"),
                ("p", f"Madame, Monsieur {cand.split()[-1]},"),
                ("p", f"J'ai le plaisir de vous offrir une nomination pour une période indéterminée au poste de {title} "
                      f"({p['level']}), numéro de poste {pn}, à {p['loc'][1]}, à compter du {fdate(start, 'fr')}."),
                ("p", f"Votre traitement sera de {sal:,} $ par année.".replace(",", NBSP)),
                ("sig", [sender, "Sous-ministre adjointe, Ressources humaines"])]
    if cover == "acting" and lang != "fr":
        end = d["cover_end"]
        return [("p", "ACTING APPOINTMENT – NOTIFICATION"), ("p", p["dep"][1]),
                ("kv", [("Employee", cand), ("Substantive position", f"{d.get('subst', 'Director, Program Integrity')} (EX-01)"),
                        ("Acting position", f"Acting {title} ({p['level']})"), ("Position number", pn),
                        ("Period", f"{fdate(start, 'en')} to {fdate(end, 'en')}"),
                        ("Acting pay", "Pay at the EX level of the acting position")]),
                ("p", "The acting appointment is made under section 30 of the Public Service Employment Act. "
                      "The work description of the position is attached for reference."),
                ("sig", [f"Approved: {sender}, Assistant Deputy Minister"])]
    end = d["cover_end"]
    return [("p", "NOMINATION INTÉRIMAIRE – AVIS"), ("p", p["dep"][2]),
            ("kv", [("Employé(e)", cand), ("Poste d'attache", f"{d.get('subst', 'Directrice, Intégrité des programmes')} (EX-01)"),
                    ("Poste intérimaire", f"{title} par intérim ({p['level']})"), ("Numéro de poste", pn),
                    ("Période", f"du {fdate(start, 'fr')} au {fdate(end, 'fr')}")]),
            ("p", "La nomination intérimaire est faite en vertu de l'article 30 de la Loi sur l'emploi dans la fonction "
                  "publique. La description de travail du poste est jointe."),
            ("sig", [f"Approuvé : {sender}, sous-ministre adjointe"])]


# ---------------------------------------------------------------- renderers

def to_lines(blocks, md=False, bullet="- ", kvsep=": ", french=False) -> list[str]:
    out: list[str] = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}" if md else b[1].upper(), ""]
        elif k == "h":
            out += [f"## {b[1]}" if md else b[1].upper(), ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            for lab, val in b[1]:
                sep = " : " if french and not md else kvsep
                out.append(f"- **{lab}:** {val}" if md else f"{lab}{sep}{val}")
            out.append("")
        elif k == "ul":
            out += [f"{bullet}{x}" for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                out.append("| " + " | ".join(hdr) + " |")
                out.append("|" + "---|" * len(hdr))
                out += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                w = [max(len(x[i]) for x in [hdr] + rows) for i in range(len(hdr))]
                out.append("  ".join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip())
                out += ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif k == "sig":
            out += list(b[1]) + [""]
        elif k == "pagebreak":
            out += ["\f"]
    return out


def render_md(blocks):
    return "\n".join(to_lines(blocks, md=True)).replace("\n\f\n", "\n---\n\n") + "\n"


def render_text(blocks, french=False, bullet="- "):
    return "\n".join(to_lines(blocks, bullet=bullet, french=french)).replace("\f", "") + "\n"


def render_cp1252(blocks, french=False):
    s = render_text(blocks, french=french, bullet="• ")
    s = re.sub(r"'", "\u2019", s)
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return s.replace("\n", "\r\n").encode("cp1252")


def render_pdf(blocks, footer=None):
    pages, cur = [], []
    for line in to_lines(blocks):
        if line == "\f":
            pages.append(cur)
            cur = []
            continue
        wrapped = textwrap.wrap(line, 95) or [""]
        for w in wrapped:
            if len(cur) >= 62:
                pages.append(cur)
                cur = []
            cur.append(w)
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if footer:
            pg = pg + ["", footer.format(i=i, n=n)]
        out.append("\n".join(pg))
    return pdf_bytes(out)


FIXED = dt.datetime(2024, 5, 1, 9, 0, 0)


def render_docx(blocks, kv_table=True):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "HR Classification", "HR Classification", ""
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 3
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h":
            doc.add_heading(b[1], 1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "kv":
            if kv_table:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = lab, val
                    c[0].paragraphs[0].runs[0].bold = True
                doc.add_paragraph("")
            else:
                for lab, val in b[1]:
                    para = doc.add_paragraph()
                    para.add_run(lab + ":").bold = True
                    para.add_run(" " + val)
        elif k == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "ol":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph("")
        elif k == "sig":
            for x in b[1]:
                doc.add_paragraph(x)
        elif k == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    raw = io.BytesIO()
    doc.save(raw)
    return rezip(raw.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---- OCR

DIG = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n"), ("t", "l")]
STRENGTH = {"light": (0.3, 0.004, 0.0, "0158"), "middling": (0.55, 0.012, 0.01, "0158"),
            "heavy": (0.85, 0.03, 0.03, "015826")}


def damage(text: str, strength: str, names: list[str], rng: random.Random) -> str:
    pd, pl, prun, digs = STRENGTH[strength]
    keep = {}
    for i, n in enumerate(sorted(set(names), key=len, reverse=True)):
        key = f"\x01{i}\x02"
        keep[key] = n
        text = text.replace(n, key)
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\x01":
            j = text.index("\x02", i)
            out.append(text[i:j + 1])
            i = j + 1
            continue
        if c in digs and rng.random() < pd:
            out.append(rng.choice(DIG[c]))
            i += 1
            continue
        done = False
        if c.isalpha() and rng.random() < pl:
            for a, b in LET:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    done = True
                    break
        if done:
            continue
        if c == " " and rng.random() < prun:
            i += 1
            continue
        out.append(c)
        i += 1
    s = "".join(out)
    for k, n in keep.items():
        s = s.replace(k, n)
    return s


def render_ocr(blocks, strength, names, rng, header, width=76, columns=False):
    def wrap(src, width):
        lines = []
        for line in src:
            if line == "\f" or not line:
                lines.append(line)
                continue
            cur = ""
            for w in line.split(" "):
                if cur and len(cur) + 1 + len(w) > width:
                    room = width - len(cur) - 2
                    if len(w) > 7 and room > 3 and rng.random() < 0.5 and w.isalpha():
                        cut = min(room, len(w) - 3)
                        lines.append(cur + " " + w[:cut] + "-")
                        cur = w[cut:]
                        continue
                    lines.append(cur)
                    cur = w
                else:
                    cur = f"{cur} {w}" if cur else w
            lines.append(cur)
        return lines

    logical = to_lines(blocks)
    if columns:
        # the header full width; the body in two columns read across, as a scanner reads them
        split = next(i for i, x in enumerate(logical) if x.isupper() and i > 8)
        head = wrap(logical[:split], width)
        col = wrap([x for x in logical[split:] if x != "\f"], 38)
        half = (len(col) + 1) // 2
        left, right = col[:half], col[half:]
        rows = []
        for k in range(half):
            r_ = right[k] if k < len(right) else ""
            rows.append((left[k].ljust(38 + rng.randint(1, 3)) + r_).rstrip())
        lines = head + rows
    else:
        lines = wrap(logical, width)
    pages, cur = [], []
    for x in lines:
        if x == "\f" or len(cur) >= 54:
            pages.append(cur)
            cur = []
            if x == "\f":
                continue
        cur.append(x)
    if cur:
        pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out.append(header)
            out.append("")
        out += pg
        out += ["", f"Page {n} of {len(pages)}" if n % 2 else f"- {n} -", "\f"]
    text = "\n".join(out).rstrip("\f\n") + "\n"
    return damage(text, strength, names, rng)


# ---------------------------------------------------------------- the corpus

def P(level):
    return make_position(level)


def docs():
    D = []

    def add(**kw):
        if kw.get("cover_date") and not kw.get("refuse") and kw["p"]["eff"] >= kw["cover_date"]:
            kw["p"]["eff"] = kw["cover_date"] - dt.timedelta(days=R.randint(60, 400))
        D.append(kw)

    d20 = dt.date
    p39 = P("EX-04")
    p39["dep"] = T.DEPARTMENTS[14]
    # 1 new position, TBD
    p1 = P("EX-01")
    add(fn=f"Director, {p1['unit'][0]} - NEW position (TBD).docx", kind="docx", lang="en", p=p1,
        pn="TBD", banner=["NEW POSITION – position number to be assigned by Compensation once classified"],
        formname="word-kv-table", rmode="table", also={"status": "new position"})
    # 2 reorganization, effective on the change date
    p2 = P("EX-02")
    p2["eff"] = d20(2024, 4, 1)
    add(fn=f"WD Executive Director {p2['unit'][0]} 2024-04-01 - signed.pdf", kind="pdf", lang="en", p=p2,
        reorg={"mode": "after", "date": d20(2024, 4, 1)}, formname="pdf-form-A", rmode="ul_dash",
        footer="Work Description – page {i} of {n}")
    # 3 vacant, OCR
    add(fn="scan_0412.txt", kind="ocr", lang="en", p=P("EX-01"), vacant=True, form="B", formname="ocr-B",
        strength="light", mstyle="M", sup="line")
    # 4 acting incumbent, supervisor printed A/
    p4 = P("EX-03")
    add(fn=f"DG {p4['unit'][0]} (acting incumbent).md", kind="markdown", lang="en", p=p4,
        show_incumbent=True, inc_suffix=" (acting, until a permanent appointment is made)", sup_acting="A/",
        formname="markdown-kv", rmode="ul_paren", also={"incumbent_status": "acting"})
    # 5 French, à déterminer
    add(fn="Directeur, nouveau poste — numéro à déterminer.txt", kind="text", lang="fr", p=P("EX-01"),
        pn="À déterminer (nouveau poste)", formname="text-fr-C", rmode="ul_paren", omit=["job_code"],
        also={"status": "new position"})
    # 6 shared between two departments, cp1252
    p6 = P("EX-02")
    p6["dep"] = T.DEPARTMENTS[0]
    add(fn=f"Executive Director, {p6['unit'][0]} (ESDC–IRCC shared).txt", kind="text-cp1252", lang="en", p=p6,
        shared=("IRCC", "Immigration, Refugees and Citizenship Canada"), formname="cp1252-kv", rmode="ul_paren",
        sup="line", mstyle="full")
    # 7 letter of offer cover + WD
    p7 = P("EX-01")
    add(fn="Letter of offer and WD - Director.docx", kind="docx", lang="en", p=p7, cover="offer",
        cover_date=d20(2023, 9, 11), cover_salary=138_900, formname="word-offer-cover", rmode="ul_paren",
        kv_table=False, also={"staffing_cover": "letter of offer ($138,900 per annum is the appointee's salary, not the unit's)"})
    # 8 French acting notice + WD, pdf
    add(fn="Nomination intérimaire + DT – direction exécutive.pdf", kind="pdf", lang="fr", p=P("EX-02"), cover="acting",
        cover_date=d20(2024, 1, 8), cover_end=d20(2024, 7, 5), formname="pdf-fr-acting-cover", rmode="table",
        mstyle="full", also={"staffing_cover": "avis de nomination intérimaire"})
    # 9 bilingual reorg, before the change: old supervisor holds
    p9 = P("EX-03")
    p9["eff"] = d20(2023, 10, 1)
    add(fn="DT-WD bilingue, réorganisation 2024.docx", kind="docx", lang="bi", p=p9,
        reorg={"mode": "before_new", "date": d20(2024, 4, 1)}, formname="word-bilingual", rmode="ul_paren",
        bidate=True)
    # 10 to be assigned, report to be staffed
    add(fn="director_new_unit_to_be_assigned.md", kind="markdown", lang="en", p=P("EX-01"), pn="To be assigned",
        report_tbs=("Service Design", "Conception des services"), formname="markdown-kv", rmode="ul_dash",
        also={"status": "new position"})
    # 11 French OCR, former number
    add(fn="DT numérisée 2021 (1).txt", kind="ocr", lang="fr", p=P("EX-01"), pn_former=True, formname="ocr-fr-C",
        strength="middling", rmode="ul_paren", mstyle="M")
    # 12 text, to be abolished
    p12 = P("EX-02")
    p12["eff"] = d20(2023, 7, 4)
    add(fn="ED work description - position to be abolished 2026.txt", kind="text", lang="en", p=p12,
        banner=["NOTE: This position will be abolished effective March 31, 2026, once the transition of its "
                "functions to the new Service Delivery Branch is complete. This description is current until then."],
        formname="text-kv", rmode="sentence", dims="sentence", mstyle="words", also={"status": "to be abolished 2026-03-31"})
    # 13 secondment, docx
    add(fn="WD_Director_Interchange assignment.docx", kind="docx", lang="en", p=P("EX-01"), show_incumbent=True,
        inc_suffix=" (Interchange Canada assignment from the private sector, 2 years)", formname="word-kv-table",
        rmode="table", omit=["supervisor.position_number"], also={"incumbent_status": "assignment (Interchange Canada)"})
    # 14 bilingual pdf, N/A
    add(fn="Bilingual WD - new director position N-A.pdf", kind="pdf", lang="bi", p=P("EX-01"),
        pn="N/A – new position / nouveau poste", formname="pdf-bilingual", rmode="ul_dash", also={"status": "new position"})
    # 15 cp1252 French, supervisor par intérim in signature
    add(fn="Directrice générale – DT finale.txt", kind="text-cp1252", lang="fr", p=P("EX-03"), sig_acting="",
        sup_acting="par intérim", formname="cp1252-fr-C", rmode="table", mstyle="full")
    # 16 bilingual markdown, transfer out
    add(fn="ED bilingual profile (reorg).md", kind="markdown", lang="bi", p=P("EX-02"), formname="markdown-bilingual",
        transfer_out=("Regional Liaison", "Policy Branch", "EC-07", 9, "March 31, 2024"), rmode="ul_paren")
    # 17 heavy OCR, reorg after
    p17 = P("EX-03")
    p17["eff"] = d20(2024, 6, 3)
    add(fn="IMG_20240611_scan DG.txt", kind="ocr", lang="en", p=p17, reorg={"mode": "after", "date": d20(2024, 4, 1)},
        formname="ocr-A", strength="heavy", rmode="ul_paren", mstyle="M")
    # 18 ocr-columns, NEW
    add(fn="Director NEW - scanned 2 col.txt", kind="ocr-columns", lang="en", p=P("EX-01"), pn="NEW", form="B",
        formname="ocr-columns-B", strength="middling", rmode="ul_paren", sup="line", also={"status": "new position"})
    # 19 French docx vacant
    add(fn="Directeur exécutif - poste vacant.docx", kind="docx", lang="fr", p=P("EX-02"), vacant=True,
        formname="word-fr-C", rmode="table", mstyle="full")
    # 20 ADM, former number, pdf
    add(fn="ADM WD (renumbered).pdf", kind="pdf", lang="en", p=P("EX-04"), pn_former=True, formname="pdf-form-A",
        rmode="table", mstyle="M", total=False, footer="{i}")
    # 21-22 versions: a DRAFT without a number, then the signed final with its number
    p21 = P("EX-01")
    p22 = copy.deepcopy(p21)
    p21["eff"] = d20(2022, 11, 14)
    p22["eff"] = d20(2023, 2, 1)
    sub = R.choice(T.SUBUNITS)
    p22["reports"].append({"title": f"Manager, {sub[0]}", "title_fr": f"Gestionnaire, {sub[1]}",
                           "classification": "PM-06", "fte": 6})
    p22["fte"] += 6
    p22["salary"] += 540_000
    p22["total"] = p22["salary"] + p22["om"]
    u21 = p21["unit"][0]
    f21 = f"DRAFT - Director, {u21} - v2 (position no. TBD).docx"
    f22 = f"Director, {u21} - final - signed.pdf"
    ver = {"documents": [f21, f22], "newest": f22, "same_text": False,
           "note": "the draft has no position number (TBD); the signed final has its number, a new effective date, "
                   "a sixth report (Manager, PM-06, 6 FTEs), 6 FTEs and $540,000 of salary more"}
    add(fn=f21, kind="docx", lang="en", p=p21, pn="TBD", banner=["DRAFT – for classification review – not for distribution"],
        formname="word-kv-table", rmode="table", versions=ver, also={"status": "new position (draft)"})
    add(fn=f22, kind="pdf", lang="en", p=p22, formname="pdf-form-A", rmode="table", versions=ver,
        footer="Director, " + u21 + " – {i}/{n}")
    # 23-24 versions: before and after a reorganization
    p23 = P("EX-02")
    p23["eff"] = d20(2021, 6, 7)
    p24 = copy.deepcopy(p23)
    p24["eff"] = d20(2024, 4, 1)
    nu = other_unit(p23["unit"])
    p24["sup"] = {"classification": "EX-03", "pn": number(5)}
    p24["sup"]["title"], p24["sup"]["title_fr"] = titles("EX-03", nu)
    del p24["reports"][0]
    p24["fte"] = sum(r["fte"] for r in p24["reports"]) + 2
    p24["salary"] = p24["fte"] * 97_000 // 10000 * 10000
    p24["total"] = p24["salary"] + p24["om"]
    f23 = f"Executive Director, {p23['unit'][0]} (2021).md"
    f24 = f"Executive Director, {p23['unit'][0]} – revised after realignment.docx"
    ver = {"documents": [f23, f24], "newest": f24, "same_text": False,
           "note": "the 2021 description reports to the old Director General; the revision, effective 2024-04-01, "
                   "prints both lines and reports to the new one, with one report fewer"}
    add(fn=f23, kind="markdown", lang="en", p=p23, formname="markdown-kv", rmode="ul_paren", versions=ver)
    add(fn=f24, kind="docx", lang="en", p=p24, reorg={"mode": "after", "date": d20(2024, 4, 1), "old": p23["sup"]},
        formname="word-kv-paragraphs", kv_table=False, rmode="ul_dash", versions=ver)
    # 25-26 the same text saved twice
    p25 = P("EX-01")
    f25 = f"Director, {p25['unit'][0]}.txt"
    f26 = f"Director, {p25['unit'][0]} (1).txt"
    ver = {"documents": [f25, f26], "newest": f26, "same_text": True, "note": "the same file saved twice"}
    add(fn=f25, kind="text", lang="en", p=p25, formname="text-kv", rmode="ul_paren", sup="line", versions=ver, dup=f26)
    # 27 incumbent seconded out, someone acting
    p27 = P("EX-01")
    actor = person()
    add(fn="WD - Director (incumbent on secondment, acting in place).txt", kind="text", lang="en", p=p27, form="B",
        show_incumbent=True, inc_suffix=f" (on secondment to the Privy Council Office until March 31, 2025); acting: {actor}",
        extra_people=[actor], formname="text-B", rmode="ul_dash", sup="kv",
        also={"incumbent_status": "substantive incumbent seconded out; another executive acting"})
    # 28 French markdown, nouveau poste, supervisor in prose
    add(fn="Directrice – nouveau poste (ébauche).md", kind="markdown", lang="fr", p=P("EX-01"), pn="Nouveau poste",
        sup="narr", formname="markdown-fr", rmode="ul_paren", mstyle="M", also={"status": "new position"})
    # 29 acting appointment cover + WD; its supervisor's description is 39
    p29 = P("EX-03")
    p29["dep"] = T.DEPARTMENTS[14]
    p29["sup"] = {"title": p39["title"], "title_fr": p39["title_fr"], "classification": "EX-04", "pn": p39["pn"]}
    p39["reports"][0] = {"title": p29["title"], "title_fr": p29["title_fr"], "classification": "EX-03", "fte": p29["fte"]}
    p39["fte"] = sum(r["fte"] for r in p39["reports"]) + 2
    p39["salary"] = p39["fte"] * 96_000 // 10000 * 10000
    p39["total"] = p39["salary"] + p39["om"]
    add(fn="Acting appointment package - Director General.docx", kind="docx", lang="en", p=p29, cover="acting",
        cover_date=d20(2024, 9, 3), cover_end=d20(2025, 3, 28), subst="Director, Program Integrity",
        formname="word-acting-cover", rmode="ul_paren", also={"staffing_cover": "acting appointment notification",
                                                              "reports_to_in_corpus": "ADM - secondment from TC.txt"})
    # 30 bilingual cp1252, sunset term position, supervisor printed Acting
    p30 = P("EX-02")
    p30["eff"] = d20(2024, 4, 1)
    add(fn="Executive Director, time-limited (sunset 2026) – bilingual.txt", kind="text-cp1252", lang="bi",
        p=p30, banner=["Time-limited position / Poste à durée limitée: April 1, 2024 – March 31, 2026"],
        formname="cp1252-bilingual", rmode="ul_dash", mstyle="full", also={"status": "time-limited (sunset 2026-03-31)"})
    # 31 two fiscal years of dimensions
    p31 = P("EX-01")
    p31["eff"] = d20(2024, 4, 1)
    add(fn="Director WD 2024-25 (updated dimensions).pdf", kind="pdf", lang="en", p=p31, two_years=("2024-25", "2023-24"),
        formname="pdf-form-A", rmode="ul_paren", mstyle="full", footer="Page {i} of {n}")
    # 32 letter of offer cover + WD, scanned
    add(fn="offer_and_WD_scan.txt", kind="ocr", lang="en", p=P("EX-02"), cover="offer", cover_date=d20(2022, 5, 30),
        cover_salary=162_410, formname="ocr-offer-cover", strength="light", rmode="ul_paren", mstyle="M",
        also={"staffing_cover": "letter of offer ($162,410 per annum is the appointee's salary)"})
    # 33 bilingual, shared HC-PHAC
    p33 = P("EX-01")
    p33["dep"] = T.DEPARTMENTS[3]
    add(fn="Director – shared HC-PHAC position (EN-FR).txt", kind="text", lang="bi", p=p33,
        shared=("PHAC", "Public Health Agency of Canada"), formname="text-bilingual", rmode="ul_paren")
    # 34 both reporting lines as fields, vacant report
    p34 = P("EX-02")
    p34["eff"] = d20(2024, 4, 1)
    add(fn="ED WD effective April 1 2024 (new reporting line).docx", kind="docx", lang="en", p=p34,
        reorg={"mode": "after", "date": d20(2024, 4, 1), "kv_both": True}, report_vacant=True,
        formname="word-kv-table", rmode="table")
    # 35 replaces an abolished position
    p35 = P("EX-03")
    p35["eff"] = d20(2024, 4, 1)
    oldpn = number(5)
    add(fn="DG work description (replaces abolished position).md", kind="markdown", lang="en", p=p35,
        banner=[f"This position replaces position {oldpn} (Director General, {R.choice(T.UNITS)[0]}, EX-03), "
                "abolished effective March 31, 2024."],
        formname="markdown-kv", rmode="ul_paren", mstyle="M",
        also={"replaces_abolished_position": oldpn})
    # 36 French PDF, à déterminer
    add(fn="DT Directeur – no de poste à déterminer.pdf", kind="pdf", lang="fr", p=P("EX-01"), pn="À déterminer",
        formname="pdf-fr-C", rmode="ul_paren", mstyle="full", footer="Page {i} de {n}", also={"status": "new position"})
    # 37 French OCR, vacant
    add(fn="numérisation DT poste vacant.txt", kind="ocr", lang="fr", p=P("EX-02"), vacant=True, formname="ocr-fr-C",
        strength="middling", rmode="table", mstyle="full")
    # 38 Interim supervisor, no effective date
    add(fn="Director position description (interim DG).txt", kind="text-cp1252", lang="en", p=P("EX-01"),
        sup_acting="Interim", omit=["effective_date"], formname="cp1252-kv", rmode="ul_paren", sup="line",
        also={"supervisor_note": "the supervisor's title is printed with 'Interim'"})
    # 39 ADM on secondment
    add(fn="ADM - secondment from TC.txt", kind="text", lang="en", p=p39, show_incumbent=True,
        inc_suffix=" (on secondment from Transport Canada)", formname="text-kv", rmode="ul_dash", mstyle="M",
        ga_extra=["The incumbent is on secondment from Transport Canada; the position is an Infrastructure Canada position "
                  "and its budgets are Infrastructure Canada's."],
        also={"incumbent_status": "secondment from Transport Canada",
              "supervises_in_corpus": "Acting appointment package - Director General.docx"})
    # 40 French docx, reorg after, interim signer
    p40 = P("EX-03")
    p40["eff"] = d20(2024, 4, 1)
    add(fn="DT DG réalignement 1er avril 2024.docx", kind="docx", lang="fr", p=p40,
        reorg={"mode": "after", "date": d20(2024, 4, 1)}, sig_interim=True, formname="word-fr-C", rmode="ul_paren",
        mstyle="M")
    # 41 proposed reclassification
    add(fn="ED - proposed reclassification EX-01 to EX-02.md", kind="markdown", lang="en", p=P("EX-02"),
        reclass="EX-02 (proposed; position currently classified EX-01)", formname="markdown-kv", rmode="ul_dash",
        also={"classification_status": "proposed"})
    # 42 bilingual PDF, TBD
    add(fn="DG bilingual WD – TBD.pdf", kind="pdf", lang="bi", p=P("EX-03"), pn="TBD / À déterminer",
        formname="pdf-bilingual", rmode="ul_paren", footer="{i}", also={"status": "new position"})
    # 43 OCR, vacant and to be abolished
    p43 = P("EX-01")
    p43["eff"] = d20(2023, 1, 16)
    add(fn="Director scan - vacant, to be abolished.txt", kind="ocr", lang="en", p=p43, vacant=True,
        banner=["VACANT – TO BE ABOLISHED EFFECTIVE MARCH 31, 2025 (see abolition memo)"], formname="ocr-A",
        strength="light", rmode="ul_paren", also={"status": "vacant, to be abolished 2025-03-31"})
    # 44 French text, acting cover + WD
    add(fn="Nomination intérimaire et description de travail – DE.txt", kind="text", lang="fr", p=P("EX-02"),
        cover="acting", cover_date=d20(2023, 11, 20), cover_end=d20(2024, 5, 17), formname="text-fr-acting-cover",
        rmode="ul_paren", mstyle="full", also={"staffing_cover": "avis de nomination intérimaire"})

    # ---- documents to refuse
    q = P("EX-01")
    add(fn="Letter of offer - signed copy.docx", kind="docx", lang="en", refuse="offer", p=q, cover_date=d20(2024, 2, 5),
        cover_salary=144_560, what="a letter of offer alone, without the work description")
    q = P("EX-02")
    add(fn="Avis de nomination intérimaire - Acting appointment notice.txt", kind="text-cp1252", lang="bi",
        refuse="acting_bi", p=q, cover_date=d20(2024, 6, 17), cover_end=d20(2024, 12, 13),
        what="a bilingual acting appointment notice")
    q = P("EX-01")
    add(fn="Memo - abolition of position.pdf", kind="pdf", lang="en", refuse="abolition", p=q,
        what="a memorandum announcing the abolition of a position")
    q = P("EX-02")
    add(fn="Org change request OCR-2024-017.docx", kind="docx", lang="en", refuse="ocr_form", p=q,
        what="an organizational change request form")
    add(fn="Scan_WD_Director_2022-03-14.pdf", kind="pdf", lang="en", refuse="scan", p=None,
        what="a scanned work description without a text layer (three image-only pages)")
    q = P("EX-03")
    add(fn="Procès-verbal – comité de conception organisationnelle, 2024-02-14.md", kind="markdown", lang="fr",
        refuse="minutes", p=q, what="minutes of an organizational design committee")
    return D


# ---------------------------------------------------------------- documents to refuse

def refusal_blocks(d, people):
    kind, p = d["refuse"], d["p"]
    if kind == "offer":
        return cover_blocks(d, "offer", people)
    if kind == "acting_bi":
        cand, sender = person(), person()
        people += [cand, sender]
        s, e = d["cover_date"], d["cover_end"]
        return [("title", "Avis de nomination intérimaire / Acting appointment notice"),
                ("p", f"{p['dep'][2]} / {p['dep'][1]}"),
                ("kv", [("Employé(e) / Employee", cand),
                        ("Poste intérimaire / Acting position", f"{p['title_fr']} par intérim / Acting {p['title']}"),
                        ("Groupe et niveau / Group and level", p["level"]),
                        ("Numéro de poste / Position number", p["pn"]),
                        ("Période / Period", f"{fdate(s, 'fr')} – {fdate(e, 'fr')} / {fdate(s, 'en')} – {fdate(e, 'en')}")]),
                ("p", "Cette nomination intérimaire de plus de quatre mois est annoncée conformément à la Loi sur l'emploi "
                      "dans la fonction publique. / This acting appointment of more than four months is announced in "
                      "accordance with the Public Service Employment Act."),
                ("p", "Droit de recours : plainte au Tribunal de l'emploi dans la fonction publique dans les 15 jours. / "
                      "Recourse: complaint to the Federal Public Sector Labour Relations and Employment Board within 15 days."),
                ("sig", [f"{sender}, Directrice générale, Ressources humaines / Director General, Human Resources"])]
    if kind == "abolition":
        to_, frm = person(), person()
        people += [to_, frm]
        return [("title", "Memorandum"), ("p", p["dep"][1]),
                ("kv", [("TO", f"{to_}, Director General, Human Resources Operations"),
                        ("FROM", f"{frm}, Assistant Deputy Minister, {p['sup']['title'].split(', ', 1)[1]}"),
                        ("DATE", fdate(dt.date(2024, 11, 18), "en")),
                        ("SUBJECT", f"Abolition of position {p['pn']} – {p['title']} ({p['level']})")]),
                ("p", f"Following the review of the branch's structure, I have approved the abolition of position {p['pn']}, "
                      f"{p['title']} ({p['level']}), effective March 31, 2025. The position has been vacant since "
                      f"{fdate(dt.date(2024, 6, 28), 'en')}."),
                ("p", f"Its {len(p['reports'])} units ({p['fte']} FTEs) and its salary budget of {money(p['salary'], 'en', 'M')} "
                      f"will be transferred to the {p['sup']['title']} ({p['sup']['classification']}), position "
                      f"{p['sup']['pn']}, who will assume the functions. No employee is affected by workforce adjustment."),
                ("p", "Please update the organization chart and PeopleSoft records accordingly, and inform the "
                      "Compensation Unit."),
                ("sig", [frm])]
    if kind == "ocr_form":
        req, mgr = person(), person()
        people += [req, mgr]
        c1, c2 = R.choice(T.UNITS)[0], R.choice(T.UNITS)[0]
        rows = [["Create", "TBD", f"Director, {c1}", "EX-01", p["title"]],
                ["Abolish", number(5), f"Director, {c2}", "EX-01", p["title"]],
                ["Reclassify", p["pn"], p["title"], "EX-01 → EX-02", p["sup"]["title"]],
                ["Move", number(5), f"Manager, {R.choice(T.SUBUNITS)[0]}", "PM-06", f"Director, {c1}"]]
        return [("title", "Organizational Change Request"), ("p", f"{p['dep'][1]} – Organizational Design and Classification"),
                ("kv", [("Request number", "OCR-2024-017"), ("Requested by", f"{req}, {p['title']}"),
                        ("Proposed effective date", fdate(dt.date(2024, 10, 1), "en")),
                        ("Branch", p["sup"]["title"].split(", ", 1)[1])]),
                ("h", "Changes requested"),
                ("table", ["Action", "Position no.", "Title", "Group/Level", "Reports to"], rows),
                ("h", "Rationale"),
                ("p", "The realignment consolidates two directorates and creates a new director position to lead the "
                      "service design function. Work descriptions for the new and reclassified positions are attached "
                      "separately (Annexes A and B)."),
                ("h", "Approvals"),
                ("sig", [f"Manager: {req}", f"Delegated authority: {mgr}", "Classification advisor: ____________"])]
    if kind == "minutes":
        names = [person() for _ in range(4)]
        people += names
        return [("title", "Procès-verbal – Comité de conception organisationnelle"),
                ("p", f"{p['dep'][2]} – réunion du 14 février 2024, 10 h à 11 h 30"),
                ("h", "Présences"),
                ("ul", [f"{names[0]} (présidence)", names[1], names[2], f"{names[3]} (secrétaire)"]),
                ("h", "1. Réorganisation de la direction générale"),
                ("p", f"Le comité examine la proposition de réalignement du {p['title_fr']} ({p['level']}), poste {p['pn']}. "
                      f"Le poste relèvera du {p['sup']['title_fr']} à compter du 1er avril 2024. Les {p['fte']} ETP et le "
                      f"budget salarial de {money(p['salary'], 'fr', 'full')} sont maintenus."),
                ("h", "2. Création d'un poste de directeur (EX-01)"),
                ("p", "Le comité recommande la création d'un poste de directeur, Conception des services (EX-01), "
                      "numéro de poste à déterminer. La description de travail sera soumise à l'évaluation."),
                ("h", "Décisions"),
                ("ul", ["Réalignement approuvé.", "Création du poste recommandée au sous-ministre adjoint.",
                        "Prochaine réunion : 13 mars 2024."])]
    raise ValueError(kind)


# ---------------------------------------------------------------- writing

def yaml_text(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def write(d, corpus: Path, expected: Path):
    fn, kind, lang = d["fn"], d["kind"], d["lang"]
    people: list[str] = []
    if d.get("refuse"):
        truth = None
        if d["refuse"] == "scan":
            data = pdf_bytes(["", "", ""])
        else:
            blocks = refusal_blocks(d, people)
    else:
        blocks, truth = build(d)
        people = truth["people"]
    rng = random.Random(zlib.crc32(fn.encode("utf-8")))
    fr = lang == "fr"
    if kind == "markdown":
        data = render_md(blocks).encode("utf-8")
    elif kind == "text":
        data = render_text(blocks, french=fr, bullet=rng.choice(["- ", "• ", "* "])).encode("utf-8")
    elif kind == "text-cp1252":
        data = render_cp1252(blocks, french=fr)
    elif kind == "docx":
        data = render_docx(blocks, kv_table=d.get("kv_table", True))
    elif kind == "pdf" and d.get("refuse") != "scan":
        data = render_pdf(blocks, footer=d.get("footer"))
    elif kind in ("ocr", "ocr-columns"):
        dep = d["p"]["dep"][0]
        hdr = rng.choice([f"WORK DESCRIPTION – {dep}", f"{dep} – Executive Work Description", f"DESCRIPTION DE TRAVAIL – {dep}"
                          if fr else f"{dep}   EX WORK DESCRIPTION   PROTECTED A"])
        data = render_ocr(blocks, d["strength"], people, rng, hdr, columns=kind == "ocr-columns").encode("utf-8")
    (corpus / fn).write_bytes(data)
    outs = [fn] + ([d["dup"]] if d.get("dup") else [])
    if d.get("dup"):
        (corpus / d["dup"]).write_bytes(data)
    for name in outs:
        doc = {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang}
        if truth is None:
            doc.update({"outcome": "refuse", "fields": None, "not_stated": None,
                        "also": {"what": d["what"]}, "people": people, "versions": None})
        else:
            also = dict(truth["also"])
            if kind in ("ocr", "ocr-columns"):
                also["damage"] = d["strength"]
            doc.update({"outcome": "import", "fields": truth["fields"], "not_stated": truth["not_stated"],
                        "also": also, "people": people, "versions": d.get("versions")})
        (expected / f"{name}.expected.yaml").write_text(yaml_text(doc), encoding="utf-8")


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for f in (corpus, expected):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    for d in docs():
        write(d, corpus, expected)


if __name__ == "__main__":
    main()
