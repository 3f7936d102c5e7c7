#!/usr/bin/env python3
"""Write blind89: corpus/ and expected/ (deterministic: a fixed seed, fixed zip times).

    /work/main/.venv/bin/python bench/import/blind89/make_blind.py

Positions in positions.py, prose and label forms in texts.py, refused documents below.
PDFs by tests/import_files.pdf_bytes, .docx by python-docx (re-zipped with fixed times).
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import P  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (CERT_EN, CERT_FR, DEPTS, FIRST, GA, GA_FR, HEAD_BI, HEAD_EN, HEAD_FR, LABELS_BI,  # noqa: E402
                   LABELS_EN, LABELS_FR, LAST, MONTHS_EN, MONTHS_FR, SCOPE, SCOPE_FR, SPECIFIC, SPECIFIC_FR)

R = random.Random(8989)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
_used_names: set[str] = set()


def person() -> str:
    while True:
        name = f"{R.choice(FIRST)} {R.choice(LAST)}"
        if name not in _used_names:
            _used_names.add(name)
            return name


# ---------------------------------------------------------------- notations
def fmt_cls(c: str | None, style: str) -> str:
    if not c:
        return ""
    if not c.startswith("EX-"):
        return c
    n = c[3:]
    return {"std": c, "space": f"EX {n}", "short": f"EX-{int(n)}", "tight": f"EX{n}", "ex": f"Ex-{n}"}[style]


def fmt_date(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        if style == "iso":
            return d.isoformat()
        if style == "slash" and d.day > 12:
            return d.strftime("%d/%m/%Y")
        day = "1er" if d.day == 1 else str(d.day)
        return f"{'le ' if style == 'le' else ''}{day} {MONTHS_FR[d.month - 1]} {d.year}"
    m = MONTHS_EN[d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {m} {d.year}"
    if style == "th":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{m} {d.day}{suf}, {d.year}"
    if style == "abbr":
        return f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}"
    if style == "dots":
        return d.strftime("%Y.%m.%d")
    if style == "slash" and d.day > 12:
        return d.strftime("%d/%m/%Y")
    return f"{m} {d.day}, {d.year}"


def _dec(v: int) -> str:
    s = f"{v / 1_000_000:.2f}".rstrip("0").rstrip(".")
    return s


def fmt_money(v: int, lang: str, style: str) -> str:
    if lang == "fr":
        if style in ("M", "million") and v >= 1_000_000:
            d = _dec(v).replace(".", ",")
            return f"{d} M$" if style == "M" else f"{d} millions de dollars"
        if style == "cents":
            return f"{v:,}".replace(",", " ") + ",00 $"
        if style == "K" and v < 1_000_000:
            return f"{v // 1000} k$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == "M":
        return f"${_dec(v)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if style == "million" and v >= 1_000_000:
        return f"${_dec(v)} million"
    if style == "K" and v < 10_000_000:
        return f"${v // 1000}K"
    return f"${v:,}"


def fte_txt(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        return {"a": f"{n} ETP", "b": f"effectif de {n}", "c": f"{n} employés"}[style]
    return {"a": f"{n} FTEs", "b": f"staff of {n}", "c": f"{n} employees", "d": f"{n} FTE"}[style]


# ---------------------------------------------------------------- facts (the truth)
def facts_for(p: dict) -> dict:
    f = {}
    pos = p.get("pos", "n")
    f["numbers"] = None
    f["provisional"] = None
    if p.get("fixedpos"):
        f["pos"] = p["fixedpos"]
    elif isinstance(pos, list):
        f["pos"], f["numbers"] = pos[0], list(pos)
    elif pos == "n":
        f["pos"] = str(R.randint(10000, 99999)) if R.random() < 0.8 else str(R.randint(100000, 999999))
    else:
        f["pos"], f["provisional"] = None, pos
    job = p.get("job")
    if job in ("New", "Nouveau"):
        f["job"], f["job_text"] = None, job
    elif job:
        f["job"], f["job_text"] = job, job
    elif R.random() < 0.45:
        f["job"] = str(R.randint(100100, 109990))
        f["job_text"] = f["job"]
    else:
        f["job"], f["job_text"] = None, None
    date = p.get("date", "rand")
    if date == "rand":
        f["date"] = dt.date(2015, 1, 1) + dt.timedelta(days=R.randint(0, 3400))
    else:
        f["date"] = dt.date.fromisoformat(date) if date else None
    f["spos"] = None if p.get("smode") == "sentence_nonum" or p.get("supnum_new") else str(R.randint(10000, 99999))
    if p.get("fsup"):
        f["fpos"] = str(R.randint(10000, 99999)) if (p.get("fmode") == "fields" and p["fsup"][1]) else None
    reps = []
    for t, c, n in p["reps"]:
        reps.append((t, c, n))
    f["reps"] = reps
    known = sum(n for _, _, n in reps if n) or 12
    f["fte"] = known + 1 + R.randint(0, 3) if reps and not p.get("only_secretary") else len(reps) + 1
    f["salary"] = round(f["fte"] * R.randint(92, 112) * 1000, -4)
    f["om"] = R.randint(4, 60) * 10000 if f["fte"] < 100 else R.randint(40, 400) * 10000
    f["total"] = f["salary"] + f["om"]
    f["opb"] = round(f["fte"] * 140000, -5)
    f["progb"] = R.randint(15, 180) * 1_000_000
    f["incumbent"] = person() if not isinstance(pos, list) and pos == "n" and R.random() < 0.55 or p.get("acting") else None
    f["signers"] = [person(), person()] if p.get("sig") else ([person()] if R.random() < 0.3 else [])
    f["contact"] = person() if R.random() < 0.12 else None
    return f


# ---------------------------------------------------------------- neutral document
class Doc:
    def __init__(self, p: dict, f: dict):
        self.p, self.f = p, f
        self.lang = "fr" if p["l"] == "fr" else "en"
        self.bi = p["l"] == "bilingual"
        self.header: list[tuple[str, str]] = []
        self.sections: list[tuple[str, str, list]] = []
        self.top: list[str] = []


def lab(key: str, lang: str, bi: bool) -> str:
    return R.choice((LABELS_BI if bi else LABELS_FR if lang == "fr" else LABELS_EN)[key])


def head(key: str, lang: str, bi: bool) -> str:
    return R.choice((HEAD_BI if bi else HEAD_FR if lang == "fr" else HEAD_EN)[key])


def short_of(title: str) -> str:
    return title.split(",")[0]


def build(p: dict, f: dict) -> Doc:
    d = Doc(p, f)
    lang, bi, fr = d.lang, d.bi, d.lang == "fr"
    dep_en, dep_fr = DEPTS[p["d"]]
    dep = dep_fr if fr else dep_en
    cstyle = R.choice(["std", "std", "std", "space", "short", "tight", "ex"])
    dstyle = R.choice(["long", "iso", "dmy", "th", "abbr", "dots", "slash"] if not fr else ["long", "iso", "slash", "le"])
    mstyle = R.choice(["comma", "M", "million", "K", "comma"] if not fr else ["comma", "M", "cents", "million"])
    fstyle = R.choice(["a", "b", "c", "d"] if not fr else ["a", "b", "c"])
    d.fstyle, d.cstyle = fstyle, cstyle
    title = p["t"]
    # --- header fields
    H = []
    cls_txt = fmt_cls(p["cls"], cstyle) + (" (proposed)" if p.get("proposed") else "")
    in_title = R.random() < 0.15 and not bi and not p.get("proposed")
    if bi and p["k"] == "pdf":
        H.append(("title", lab("title", lang, True), f"{title} / {p['tfr']}"))
    elif bi:
        H.append(("title", "Position Title", title))
        H.append(("title_fr", "Titre du poste", p["tfr"]))
    else:
        H.append(("title", lab("title", lang, bi), f"{title} ({fmt_cls(p['cls'], 'std')})" if in_title else title))
    if p.get("second"):
        H.append(("second", R.choice(["Second Title", "Also designated", "Concurrent Designation"]), p["second"]))
    if not in_title:
        H.append(("cls", lab("cls", lang, bi), cls_txt))
    if f["job_text"]:
        H.append(("job", lab("job", lang, bi), f["job_text"]))
    if f["numbers"]:
        nums = f["numbers"]
        if p["posfmt"] == "range":
            v = f"{nums[0]} to {nums[-1]}"
        else:
            v = ", ".join(nums[:-1]) + (" et " if p["posfmt"] == "et" else " and ") + nums[-1]
        H.append(("pos", "Numéros de poste" if fr else R.choice(["Position Numbers", "Position Nos.", "Positions"]), v))
    elif f["pos"]:
        H.append(("pos", lab("pos", lang, bi), f["pos"]))
    else:
        H.append(("pos", lab("pos", lang, bi), f["provisional"]))
    if f["date"]:
        H.append(("date", lab("date", lang, bi), fmt_date(f["date"], lang, dstyle)))
    elif p.get("datetext"):
        H.append(("date", lab("date", lang, bi), p["datetext"]))
    H.append(("dept", lab("dept", lang, bi), dep if not bi else f"{dep_en} / {dep_fr}"))
    H.append(("branch", lab("branch", lang, bi), p["br"]))
    if p.get("loc"):
        city, prov = p["loc"].split(", ")
        lstyle = R.choice(["comma", "paren", "paren"] if fr else ["comma", "comma", "paren", "abbr"])
        abbr = {"Quebec": "QC", "Québec": "QC", "Ontario": "ON", "Nova Scotia": "NS", "Manitoba": "MB",
                "British Columbia": "BC", "New Brunswick": "NB", "Prince Edward Island": "PE"}[prov]
        loc_txt = {"comma": f"{city}, {prov}", "paren": f"{city} ({prov})", "abbr": f"{city}, {abbr}"}[lstyle]
        H.append(("loc", lab("loc", lang, bi), loc_txt))
    else:
        locs = p["locs"]
        H.append(("loc", lab("loc", lang, bi), f"{', '.join(locs[:-1])} et {locs[-1]} (Québec)"))
    # supervisor
    st, sc = p["sup"]
    st_txt = st
    if p.get("sup_acting"):
        st_txt = R.choice([f"Acting {st}", f"A/{st}", f"{st} (Acting)"])
    sc_txt = fmt_cls(sc, cstyle)
    adm = " (administrative)" if p.get("fsup") and p.get("fmode") == "fields" else ""
    if p["smode"] == "fields":
        one = R.random() < 0.3
        spos_txt = f["spos"] if f["spos"] else ("to be confirmed (new)" if p.get("supnum_new") else None)
        if one and f["spos"]:
            H.append(("sup", ("Reports to" if not fr else "Relève de") + adm, f"{st_txt} ({sc_txt}), {'poste' if fr else 'position'} {f['spos']}"))
        else:
            if spos_txt:
                H.append(("spos", lab("spos", lang, bi) + adm, spos_txt))
            H.append(("stitle", lab("stitle", lang, bi) + adm, st_txt))
            H.append(("scls", lab("scls", lang, bi) + adm, sc_txt))
    if p.get("fsup") and p.get("fmode") == "fields":
        ft, fc = p["fsup"]
        H.append(("fsup", "Functional Supervisor" if not fr else "Superviseur fonctionnel", f"{ft} ({fmt_cls(fc, cstyle)})" if fc else ft))
        if f["fpos"]:
            H.append(("fpos", "Functional Supervisor's Position No.", f["fpos"]))
    if f["incumbent"]:
        inc = f["incumbent"]
        if p.get("acting"):
            inc = R.choice([f"{inc} (acting)", f"{inc}, A/{short_of(title)}"]) if not fr else f"{inc} (par intérim)"
        H.append(("inc", lab("inc", lang, bi), inc))
    # shuffle a little: keep title first, move dept/branch/loc sometimes before classification
    if R.random() < 0.4:
        first, rest = H[:1], H[1:]
        moved = [h for h in rest if h[0] in ("dept", "branch")]
        rest = [h for h in rest if h[0] not in ("dept", "branch")]
        H = moved + first + rest
    d.header = H
    # --- sections
    unit = p["unit"]
    boss = short_of(st)
    if fr and p["dom"] in GA_FR:
        ga = f"Le titulaire du poste de {short_of(title).lower()} est responsable de {GA_FR[p['dom']]}."
    else:
        ga = f"The {short_of(title)} is accountable for {GA[p['dom']]}."
        if bi and p["dom"] in GA_FR:
            ga += f"\nLe titulaire est responsable de {GA_FR[p['dom']]}."
    if p["dom"] == "advisor":
        ga = ga.replace("the Deputy Minister", f"the {st}").replace("au sous-ministre", f"au {st[0].lower() + st[1:]}")
        ga = ga.replace("préparation du sous-ministre", "préparation de la haute direction")
    if p.get("dual") == "joint":
        ga += (" Le poste cumule deux rôles, chacun exercé par le même titulaire." if fr else
               " The position is dual-hatted: the same incumbent holds both roles named in the title.")
    if p.get("second"):
        ga += f" The incumbent is also designated as the organization's {p['second']}."
    if p.get("temporary"):
        ga += " This is a temporary position established for a period of two years."
    if p.get("interim_dg"):
        ga += (f" Until the staffing of the {st} position is completed, the incumbent also exercises, on an interim basis, "
               f"the duties of the {short_of(st)}.")
    if f["numbers"]:
        nums = ", ".join(f["numbers"])
        ga = (f"Cette description de travail générique s'applique aux postes {nums}. " if fr else
              f"This generic work description applies to positions {nums}. ") + ga
    if f["provisional"]:
        ga += (" Il s'agit d'un nouveau poste; le numéro de poste sera attribué après la classification." if fr else
               " This is a newly created position; a position number will be assigned once classification is approved.")
    org = []
    # supervisor in a sentence
    fsent = ""
    if p.get("fsup") and p.get("fmode") == "sentence":
        ft = p["fsup"][0]
        if fr:
            fsent = f" Le poste a aussi un lien hiérarchique fonctionnel avec le {ft}."
        elif p.get("dual"):
            fsent = f" For the responsibilities of its second role, the position reports functionally to the {ft}."
        else:
            fsent = f" The position also has a functional reporting relationship with the {ft}."
    if p["smode"] in ("sentence", "sentence_nonum"):
        num = f", {'poste' if fr else 'position'} {f['spos']}" if f["spos"] else ""
        if fr:
            org.append(("p", f"Le titulaire relève du {st_txt} ({sc_txt}{num}).{fsent}"))
        elif p.get("fsup") and p["k"] == "ocr":
            org.append(("p", f"The {short_of(title)} reports to the {st_txt} ({sc_txt}{num}) and to the {p['fsup'][0]} "
                             f"({fmt_cls(p['fsup'][1], cstyle)})."))
        else:
            org.append(("p", f"The {short_of(title)} reports to the {st_txt} ({sc_txt}{num}).{fsent}"))
    else:
        n_peer = R.randint(3, 7)
        org.append(("p", (f"Le poste est l'un des {n_peer} postes qui relèvent du {boss}.{fsent}" if fr else
                          f"The {title} is one of {n_peer} positions reporting to the {st_txt}.{fsent}")))
    if not p["reps"]:
        org.append(("p", p["nonewording"]))
    elif p.get("only_secretary"):
        t, c, n = p["reps"][0]
        if p["rmode"] == "prose":
            org.append(("p", f"Le poste n'a pas de gestionnaires subordonnés; il est appuyé par une {t.lower()} ({c}, 1 ETP)." if fr else
                             f"The position has no subordinate managers. It is supported by one {t} ({c}), 1 FTE."))
        else:
            org.append(("p", "The only position reporting to the Senior Director is:"))
            org.append(("reps", p["rmode"]))
    else:
        org.append(("p", (f"Les postes suivants relèvent du {short_of(title).lower()} :" if fr else
                          R.choice([f"The following positions report to the {short_of(title)}:",
                                    f"Reporting to the {title} are:", "Direct reports:"]))))
        org.append(("reps", p["rmode"]))
    ns = [("p", s.format(unit=unit)) for s in R.sample(SCOPE_FR if fr else SCOPE, 2)]
    dims = []
    ftxt = fte_txt(f["fte"], lang, fstyle if fstyle != "b" else "a")
    dm = p["dims"]
    money = lambda v: fmt_money(v, lang, mstyle)  # noqa: E731
    if dm in ("full", "salom"):
        dims.append(("Effectif" if fr else R.choice(["FTEs", "Number of FTEs", "Employees"]), str(f["fte"])))
        dims.append(("Salaires" if fr else R.choice(["Salary", "Salaries", "Salary budget"]), money(f["salary"])))
        dims.append(("F et E" if fr else R.choice(["O&M", "Operations and Maintenance", "O&M budget"]), money(f["om"])))
        if dm == "full":
            dims.append(("Total", money(f["total"])))
    elif dm == "om_only":
        dims.append(("Budget de F et E" if fr else "O&M budget", money(f["om"])))
    elif dm == "total_only":
        dims.append(("Combined Salary and O&M Budget", money(f["total"])))
    elif dm == "opbudget":
        dims.append(("FTEs", str(f["fte"])))
        dims.append(("Operating Budget", money(f["opb"])))
        dims.append(("Program Budget", money(f["progb"])))
    dprose = dm == "full" and R.random() < 0.2 and p["k"] != "docx"
    spec_pool = SPECIFIC_FR if fr else SPECIFIC
    if fr:
        u = unit[0].lower() + unit[1:]
        masc = u.startswith(("bureau", "cabinet"))
        spec = [s.replace("de la {unit}", ("du " if masc else "de la ") + u).replace("la {unit}", ("le " if masc else "la ") + u)
                .format(boss=boss[0].lower() + boss[1:]) for s in R.sample(spec_pool, R.randint(4, 6))]
        ns = [("p", s.replace("La {unit}", ("Le " if masc else "La ") + u)) for s in R.sample(SCOPE_FR, 2)]
    else:
        spec = [s.format(unit=unit, boss=boss) for s in R.sample(spec_pool, R.randint(4, 6))]
    cert = []
    if f["signers"] or f["contact"]:
        cert.append(("p", CERT_FR if fr else CERT_EN))
        roles = [short_of(title), short_of(st)]
        for i, name in enumerate(f["signers"]):
            cert.append(("p", f"{name}\n{roles[i] if i < 2 else 'Director, Human Resources'}"
                              f"{'   Date : ' if fr else '   Date: '}____________"))
        if f["contact"]:
            cert.append(("p", f"{'Personne-ressource' if fr else 'HR contact'}: {f['contact']}, "
                              f"{'conseillère en classification' if fr else 'Classification Advisor'}"))
    d.dims, d.dprose = dims, dprose
    if p.get("csr"):
        secs = [("ga", "Client Service Results", [("p", ga)]), ("org", head("org", lang, bi), org),
                ("dim", head("dim", lang, bi), []), ("spec", "Key Activities", [("items", spec)]),
                ("ns", head("ns", lang, bi), ns)]
    else:
        order = R.choice([["ga", "org", "ns", "dim", "spec"], ["ga", "ns", "spec", "org", "dim"], ["ga", "dim", "org", "ns", "spec"]])
        parts = {"ga": [("p", ga)], "org": org, "ns": ns, "dim": [], "spec": [("items", spec)]}
        secs = [(k, head(k, lang, bi), parts[k]) for k in order]
    if cert:
        secs.append(("cert", head("cert", lang, bi), cert))
    d.sections = secs
    if p.get("temporary"):
        d.top.append("TEMPORARY POSITION - 24 MONTHS")
    return d


def rep_line(d: Doc, t: str, c: str | None, n: int | None, mode: str) -> str:
    fr = d.lang == "fr"
    c = fmt_cls(c, d.cstyle) if c else None
    ft = fte_txt(n, d.lang, d.fstyle) if n is not None else None
    area = t.split(", ", 1)[1] if ", " in t else t
    resp = f"responsable de : {area}" if fr else f"responsible for {area}"
    if mode == "paren":
        inner = ", ".join(x for x in (c, ft) if x)
        return f"{t}{f' ({inner})' if inner else ''}{' :' if fr else ':'} {resp}"
    if mode == "dash":
        return f"{c + ' - ' if c else ''}{t}{f' ({ft})' if ft else ''}"
    if mode == "endash":
        return " – ".join(x for x in (t, c, ft) if x)
    if mode == "staff":
        return f"{t}{f' ({c})' if c else ''}{', ' + fte_txt(n, d.lang, 'b') if n is not None else ''}, {resp}"
    if mode == "bracket":
        return f"{t}{f' [{c}]' if c else ''}{f' ({ft})' if ft else ''}"
    return f"{t}{', ' + c if c else ''}{f' ({ft})' if ft else ''}"  # list


def reps_truth(p: dict) -> list[dict]:
    return [{"title": t, "classification": c, "fte": n} for t, c, n in p["reps"]]


# ---------------------------------------------------------------- text renderers
def heading_txt(h: str, style: str, i: int) -> list[str]:
    if style == "upper":
        return [h.upper()]
    if style == "num":
        return [f"{i}. {h}"]
    if style == "letter":
        return [f"{'ABCDEFGH'[i - 1]}) {h.upper()}:"]
    if style == "under":
        return [h, "=" * len(h)]
    return [h]


def field_txt(label: str, value: str, layout: str, fr: bool) -> list[str]:
    sep = " : " if fr else ": "
    if layout == "next":
        return [label.upper() if R.random() < 0.5 else label, f"    {value}"]
    if layout == "dots":
        return [f"{label} {'.' * max(3, 42 - len(label))} {value}"]
    if layout == "tabs":
        return [f"{label}\t{value}"]
    return [f"{label}{sep}{value}"]


def render_lines(d: Doc, layout: str, hstyle: str, for_pdf: bool = False) -> list[str]:
    fr = d.lang == "fr"
    p, f = d.p, d.f
    out = list(d.top)
    dep_en, dep_fr = DEPTS[p["d"]]
    banner = R.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "WORK DESCRIPTION", "Executive (EX) Work Description",
                       "JOB DESCRIPTION"]) if not fr else R.choice(["DESCRIPTION DE TRAVAIL", "Description de travail - Groupe de la direction (EX)"])
    if d.bi:
        banner = "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
    out += [banner, ""]
    for _, label, value in d.header:
        out += field_txt(label, value, layout, fr)
    out.append("")
    for i, (key, h, blocks) in enumerate(d.sections, 1):
        out += heading_txt(h, hstyle, i)
        if key == "dim":
            if d.dprose:
                dl = dict(d.dims)
                vals = [v for _, v in d.dims]
                out.append(f"The {p['unit']} has {vals[0]} FTEs, a salary budget of {vals[1]} and an O&M budget of {vals[2]}, "
                           f"for a total of {vals[3]}.")
                del dl
            elif not d.dims:
                out.append("Le poste ne gère aucun budget." if fr else "The position manages no budget of its own.")
            else:
                for lbl, v in d.dims:
                    out += field_txt(lbl, v, "colon" if layout in ("next",) else layout, fr)
        for kind, content in blocks:
            if kind == "p":
                out += content.split("\n")
            elif kind == "items":
                st = R.choice(["num", "dash", "bullet", "paren"])
                for j, s in enumerate(content, 1):
                    out.append({"num": f"{j}. ", "dash": "- ", "bullet": "• ", "paren": f"({'abcdefgh'[j - 1]}) "}[st] + s)
            elif kind == "reps":
                if content == "table":
                    hdr = ("Poste", "Classification", "ETP") if fr else ("Position", "Group/Level", "FTEs")
                    rows = [(t, fmt_cls(c, d.cstyle) if c else "", "" if n is None else str(n)) for t, c, n in p["reps"]]
                    w0 = max(len(r[0]) for r in rows + [hdr])
                    out.append(f"{hdr[0]:<{w0}}  {hdr[1]:<12}  {hdr[2]}")
                    for r in rows:
                        out.append(f"{r[0]:<{w0}}  {r[1]:<12}  {r[2]}")
                elif content == "prose":
                    parts = [rep_line(d, t, c, n, "list") for t, c, n in p["reps"]]
                    out.append(("Relèvent du poste : " if fr else "Reporting to the position are the ") + "; ".join(parts) + ".")
                else:
                    for j, (t, c, n) in enumerate(p["reps"]):
                        line = rep_line(d, t, c, n, content)
                        if p.get("interim_rep") == j:
                            line += " - reporting on an interim basis pending the reorganization of the Branch"
                        out.append(("- " if content in ("list", "paren", "staff") else "") + line)
        out.append("")
    return out


def wrap(lines: list[str], width: int) -> list[str]:
    out = []
    for ln in lines:
        out += textwrap.wrap(ln, width) if len(ln) > width else [ln]
    return out


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}


def dmg_digits(s: str, rate: float) -> str:
    return "".join(DIG[c] if c in DIG and R.random() < rate else ("l" if c == "1" and R.random() < rate / 3 else c) for c in s)


def dmg_letters(s: str, rate: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and R.random() < rate:
            k = R.choice(["rn", "m", "e", "i", "l", "t", "join", "h"])
            if k == "rn" and "m" in w:
                w = w.replace("m", "rn", 1)
            elif k == "m" and "rn" in w:
                w = w.replace("rn", "m", 1)
            elif k == "e" and "e" in w[1:]:
                i = w.index("e", 1)
                w = w[:i] + "c" + w[i + 1:]
            elif k == "i" and "i" in w:
                w = w.replace("i", "l", 1)
            elif k == "l" and "l" in w:
                w = w.replace("l", "I", 1)
            elif k == "t" and "t" in w[1:]:
                i = w.index("t", 1)
                w = w[:i] + "l" + w[i + 1:]
            elif k == "h" and "h" in w:
                w = w.replace("h", "b", 1)
            elif k == "join" and out:
                out[-1] += w
                continue
        out.append(w)
    return " ".join(out)


def ocr_doc(d: Doc, form: str) -> str:
    # prose damaged before assembly (names kept: signature blocks are in 'cert' and stay clean)
    for key, h, blocks in d.sections:
        if key == "cert":
            continue
        for i, (kind, c) in enumerate(blocks):
            if kind == "p":
                blocks[i] = (kind, dmg_letters(c, 0.06))
            elif kind == "items":
                blocks[i] = (kind, [dmg_letters(s, 0.06) for s in c])
    lines = render_lines(d, "colon", R.choice(["upper", "plain", "num"]))
    names = set(d.f["signers"] + ([d.f["incumbent"]] if d.f["incumbent"] else []) + ([d.f["contact"]] if d.f["contact"] else []))
    lines = [ln if any(n in ln for n in names) else dmg_digits(ln, 0.3) for ln in lines]
    dep = DEPTS[d.p["d"]][1 if d.lang == "fr" else 0]
    footer = f"OG. {short_of(d.p['t'])}" if R.random() < 0.5 else dep.upper()
    if form == "run":
        text = ""
        page = 1
        for ln in lines:
            if not ln:
                continue
            text += ln + " "
            if len(text) > 2600 * page:
                page += 1
                text += f"{footer} \n{page} " if R.random() < 0.5 else f"{footer} Page {page} "
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text.strip() + f" {footer}\n"
    # 'lines': narrow column, hyphenated breaks, running header every 50 lines
    out = []
    for ln in lines:
        if len(ln) <= 70:
            out.append(ln)
            continue
        cur = ""
        for w in ln.split(" "):
            if len(cur) + len(w) + 1 > 70:
                if len(w) > 7 and R.random() < 0.35:
                    cut = len(w) // 2
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    paged, page = [], 1
    for i, ln in enumerate(out):
        if i and i % 50 == 0:
            page += 1
            paged += ["", f"{dep}          {dmg_digits(str(page), 0.5)}", ""]
        paged.append(ln)
    return "\n".join(paged) + "\n"


# ---------------------------------------------------------------- writers
def write_text(d: Doc, path: Path, cp1252: bool) -> None:
    layout = d.p.get("layout") or R.choice(["colon", "colon", "next", "dots", "tabs"])
    lines = render_lines(d, layout, R.choice(["upper", "num", "letter", "under", "plain"]))
    text = "\n".join(lines).rstrip() + "\n"
    if cp1252:
        text = text.replace("'s ", "’s ").replace("Minister's", "Minister’s").replace("\n", "\r\n")
        path.write_bytes(text.encode("cp1252"))
    else:
        path.write_text(text, encoding="utf-8")


def write_pdf(d: Doc, path: Path) -> None:
    layout = d.p.get("layout") or R.choice(["colon", "colon", "dots"])
    lines = wrap(render_lines(d, layout, R.choice(["upper", "num", "plain"])), 100)
    while lines and not lines[-1].strip():
        lines.pop()
    dep = DEPTS[d.p["d"]][1 if d.lang == "fr" else 0]
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for i, ch in enumerate(chunks, 1):
        foot = f"Page {i} {'de' if d.lang == 'fr' else 'of'} {len(chunks)}"
        pages.append("\n".join([dep, ""] + ch + ["", foot]))
    path.write_bytes(pdf_bytes(pages))


FIXED = dt.datetime(2024, 5, 14, 9, 30, 0)


def save_docx(document, path: Path) -> None:
    cp = document.core_properties
    cp.author, cp.last_modified_by, cp.revision = "HR Services", "HR Services", 3
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.title = ""
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_docx(d: Doc, path: Path) -> None:
    p, fr = d.p, d.lang == "fr"
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    for t in d.top:
        doc.add_paragraph(t).runs[0].bold = True
    doc.add_heading("Description de travail" if fr else ("Work Description / Description de travail" if d.bi else "Work Description"), 0)
    if R.random() < 0.6:
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for _, label, value in d.header:
            cells = tbl.add_row().cells
            cells[0].text, cells[1].text = label, value
    else:
        for _, label, value in d.header:
            para = doc.add_paragraph()
            para.add_run(label + (" : " if fr else ": ")).bold = True
            para.add_run(value)
    hl = R.choice([1, 2])
    for key, h, blocks in d.sections:
        doc.add_heading(h, hl)
        if key == "dim":
            if not d.dims:
                doc.add_paragraph("Le poste ne gère aucun budget." if fr else "The position manages no budget of its own.")
            elif R.random() < 0.5:
                tbl = doc.add_table(rows=0, cols=2)
                tbl.style = "Table Grid"
                for lbl, v in d.dims:
                    c = tbl.add_row().cells
                    c[0].text, c[1].text = lbl, v
            else:
                for lbl, v in d.dims:
                    doc.add_paragraph(f"{lbl}{' : ' if fr else ': '}{v}", style="List Bullet")
        for kind, content in blocks:
            if kind == "p":
                for para in content.split("\n"):
                    doc.add_paragraph(para)
            elif kind == "items":
                for s in content:
                    doc.add_paragraph(s, style="List Number")
            elif kind == "reps":
                if content == "table":
                    tbl = doc.add_table(rows=1, cols=3)
                    tbl.style = "Table Grid"
                    hdr = ("Poste", "Groupe et niveau", "ETP") if fr else ("Position Title", "Classification", "FTEs")
                    for c, v in zip(tbl.rows[0].cells, hdr):
                        c.text = v
                    for t, c, n in p["reps"]:
                        cells = tbl.add_row().cells
                        cells[0].text, cells[1].text = t, fmt_cls(c, d.cstyle) if c else ""
                        cells[2].text = "" if n is None else str(n)
                else:
                    for t, c, n in p["reps"]:
                        doc.add_paragraph(rep_line(d, t, c, n, content), style="List Bullet")
    save_docx(doc, path)


# ---------------------------------------------------------------- expected
def truth(p: dict, f: dict, d: Doc | None) -> dict:
    sup_t, sup_c = p["sup"]
    ns = []
    fields = {
        "title": p["t"], "classification": p["cls"], "job_code": f["job"], "position_number": f["pos"],
        "effective_date": f["date"],
        "supervisor": {"position_number": f["spos"], "title": sup_t, "classification": sup_c},
        "direct_reports": reps_truth(p),
        "salary": f["salary"] if p["dims"] in ("full", "salom") else None,
        "o_and_m": f["om"] if p["dims"] in ("full", "salom", "om_only") else None,
        "total": f["total"] if p["dims"] in ("full", "total_only") else None,
        "location": p.get("loc"),
    }
    for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location"):
        if fields[k] is None:
            ns.append(k)
    if f["spos"] is None:
        ns.append("supervisor.position_number")
    also = {"fte": f["fte"] if p["dims"] in ("full", "salom", "opbudget") else None,
            "operating_budget": f["opb"] if p["dims"] == "opbudget" else None,
            "program_budget": f["progb"] if p["dims"] == "opbudget" else None,
            "provisional_number": f["provisional"]}
    if p.get("tfr"):
        also["title_fr"] = p["tfr"]
    if p.get("second"):
        also["second_title"] = p["second"]
    if p.get("dual") == "joint":
        also["dual_hatted"] = True
    if p.get("fsup"):
        also["functional_supervisor"] = {"position_number": f.get("fpos"), "title": p["fsup"][0], "classification": p["fsup"][1]}
    if f["numbers"]:
        also["position_numbers"] = f["numbers"]
    if p.get("locs"):
        also["locations"] = [f"{c}, Québec" for c in p["locs"]]
    if p.get("acting"):
        also["incumbent_acting"] = True
    if p.get("sup_acting"):
        also["supervisor_acting"] = True
    if p.get("temporary"):
        also["temporary_position"] = True
    if p.get("interim_dg"):
        also["interim_duties"] = sup_t
    if p.get("proposed"):
        also["classification_proposed"] = True
    people = ([f["incumbent"]] if f["incumbent"] else []) + f["signers"] + ([f["contact"]] if f["contact"] else [])
    return {"fields": fields, "not_stated": ns, "also": also, "people": people}


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=200),
                    encoding="utf-8")


# ---------------------------------------------------------------- refused documents
MEMO = """MEMORANDUM / NOTE DE SERVICE

TO:       All Directors General, Corporate Services Sector
FROM:     {a}, Director, Executive Classification and Organization Design
DATE:     February 6, 2024
SUBJECT:  Review of EX work descriptions - schedule for fiscal year 2024-25

As announced at the Executive Committee on January 24, the Organization and Classification
Directorate will review all executive (EX-01 to EX-03) work descriptions that have not been
updated in the last five years.

Please send your updated work descriptions, signed by the incumbent and the supervisor, by
March 29, 2024. Work descriptions for positions that are dual-hatted, generic or newly created
should be accompanied by an organization chart and a short rationale.

Questions may be addressed to {b}, Senior Classification Advisor, at 819-555-0142.

{a}
"""

LETTRE = ["Objet : Offre de nomination intérimaire - Directeur général, Politique stratégique (EX-03)",
          "Madame {a},",
          "Au nom de la sous-ministre, j'ai le plaisir de vous offrir une nomination intérimaire au poste de "
          "directrice générale, Politique stratégique (EX-03), poste no 47215, pour la période du 4 mars 2024 au 3 septembre 2024.",
          "Pendant cette période, vous toucherez la rémunération prévue pour le niveau EX-03 conformément à la Directive "
          "sur les conditions d'emploi des cadres. Vos autres conditions d'emploi demeurent inchangées.",
          "Veuillez indiquer votre acceptation de la présente offre en signant ci-dessous et en la retournant aux "
          "Ressources humaines au plus tard le 23 février 2024.",
          "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
          "{b}\nSous-ministre adjoint, Direction générale des politiques stratégiques",
          "J'accepte l'offre de nomination intérimaire décrite ci-dessus.\n\nSignature : ____________   Date : ____________"]

ORG = """DATA STRATEGY BRANCH - ORGANIZATION CHART (as of April 1, 2024)

                    Deputy Minister
                           |
      Assistant Deputy Minister, Strategic and Service Policy (EX-05)
                           |
   Director General, Data Strategy and Chief Data Officer (EX-03) - {a}
        |                      |                          |
 Director, Data        Director, Enterprise       Director, Data Privacy
 Governance (EX-01)    Analytics (EX-01)          and Ethics (EX-01)
 14 FTEs               27 FTEs                    9 FTEs
        |
 Executive Assistant (AS-02)

Dotted line: Chief Data Officer -> Deputy Minister (functional)
Prepared by Organization Design, HR Services - not a work description
"""

MINUTES = """EX Classification Committee - Minutes
Meeting of February 14, 2024, 10:00 to 11:30, Room 7B-204 and MS Teams

Present: {a} (Chair), {b}, {c}
Regrets: none

1. Director, Cyber Security Operations (new position, number to be assigned)
   The committee reviewed the proposed work description. Rated at EX-01. The committee asked that the
   supervisor's position number be added before sign-off.

2. Director General, Data Strategy and Chief Data Officer (EX-03)
   The dual-hatted title was discussed. Decision: keep the combined title; note the functional
   reporting to the Deputy Minister in the Organization Structure section.

3. Generic Director, Audit Engagements (positions 41209, 41210, 41238)
   Approved as a generic description; no change in level (EX-01).

Action items: Secretariat to send the decisions to the branches by February 21, 2024.
Next meeting: March 13, 2024.
"""

NOISE = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
         "i '. ,, ~ ; ' ' .:. l1 | ' ' - ~~ . , ; r ' . ' ! I ' , , . _ . ' ; ; ' l | ' . ' ~ , ' . i ' ' . ; ;\n"
         "' ' .. , ' ! ' I l ' ~ - ' . ' , , ' ; ' | | , ' . ' ' _ ~ ' . , ' ; I ' ' . i . , ~ ' ' ! ' .\n"
         "' , . ' ' ; ; 1 ' . ' ~ , ' | ' l ' . , ' ' _ . ' ; ' ! ' , i ' . ~ ' , . ' I ' ; ' . ' ' , ' |\n")


def write_refused() -> list[tuple[str, str, str, list[str]]]:
    out = []
    a, b = person(), person()
    (CORPUS / "Memo - EX work description review 2024-25.txt").write_text(MEMO.format(a=a, b=b), encoding="utf-8")
    out.append(("Memo - EX work description review 2024-25.txt", "text", "en", [a, b]))
    a, b = person(), person()
    doc = docx.Document()
    doc.add_paragraph("Agriculture et Agroalimentaire Canada").runs[0].bold = True
    doc.add_paragraph("Ottawa, le 12 février 2024")
    for para in LETTRE:
        doc.add_paragraph(para.format(a=a.split()[-1], b=b))
    save_docx(doc, CORPUS / "Lettre d'offre - nomination intérimaire EX-03 (signée).docx")
    out.append(("Lettre d'offre - nomination intérimaire EX-03 (signée).docx", "docx", "fr", [a, b]))
    a = person()
    (CORPUS / "Org chart - Data Strategy Branch FINAL.pdf").write_bytes(pdf_bytes([ORG.format(a=a)]))
    out.append(("Org chart - Data Strategy Branch FINAL.pdf", "pdf", "en", [a]))
    a, b, c = person(), person(), person()
    (CORPUS / "Minutes - EX Classification Committee 2024-02-14.txt").write_bytes(
        MINUTES.format(a=a, b=b, c=c).replace("\n", "\r\n").encode("cp1252"))
    out.append(("Minutes - EX Classification Committee 2024-02-14.txt", "text-cp1252", "en", [a, b, c]))
    (CORPUS / "Scan0047.pdf").write_bytes(pdf_bytes(["", "", ""]))
    out.append(("Scan0047.pdf", "pdf", "en", []))
    (CORPUS / "scan_2019_11_03 (2).txt").write_text(NOISE, encoding="utf-8")
    out.append(("scan_2019_11_03 (2).txt", "ocr", "en", []))
    return out


# ---------------------------------------------------------------- main
def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    specs = []
    for p in P:
        if "same" in p:
            base = P[p["same"]]
            merged = copy.deepcopy(base)
            for k in ("f", "k", "l", "date", "sig", "group"):
                if k in p:
                    merged[k] = p[k]
            merged.pop("datetext", None)
            specs.append(merged)
        else:
            specs.append(copy.deepcopy(p))
    facts = [None] * len(specs)
    for i, p in enumerate(P):
        if "same" not in p:
            facts[i] = facts_for(specs[i])
    for i, p in enumerate(P):
        if "same" in p:
            f = copy.deepcopy(facts[p["same"]])
            f["date"] = dt.date.fromisoformat(p["date"])
            f["incumbent"] = f["incumbent"] or person()
            f["signers"] = [person(), person()]
            f["contact"] = None
            facts[i] = f
    groups: dict[str, list[tuple[str, dt.date]]] = {}
    for p, f in zip(specs, facts):
        if p.get("group"):
            groups.setdefault(p["group"], []).append((p["f"], f["date"]))
    for p, f in zip(specs, facts):
        d = build(p, f)
        path = CORPUS / p["f"]
        if p["k"] == "docx":
            write_docx(d, path)
        elif p["k"] == "pdf":
            write_pdf(d, path)
        elif p["k"] == "ocr":
            path.write_text(ocr_doc(d, p["ocr"]), encoding="utf-8")
        else:
            write_text(d, path, p["k"] == "text-cp1252")
        t = truth(p, f, d)
        versions = None
        if p.get("group"):
            docs = sorted(groups[p["group"]], key=lambda x: x[1])
            versions = {"group": p["group"], "documents": [x[0] for x in docs], "newest": docs[-1][0]}
        dump(EXPECTED / f"{p['f']}.expected.yaml",
             {"document": p["f"], "kind": p["k"], "language": p["l"], "outcome": "import", "fields": t["fields"],
              "not_stated": t["not_stated"], "also": t["also"], "people": t["people"], "versions": versions})
    for name, kind, lang, people in write_refused():
        dump(EXPECTED / f"{name}.expected.yaml",
             {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None, "not_stated": [],
              "also": None, "people": people, "versions": None})


if __name__ == "__main__":
    main()
