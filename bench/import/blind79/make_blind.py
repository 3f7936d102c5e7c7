"""Write bench/import/blind79/corpus/ and expected/: an HR business partner's folder in ESDC / Service
Canada's Western Canada and Territories Region (2009-2024). Deterministic (fixed seeds, fixed zip dates).

    /work/main/.venv/bin/python bench/import/blind79/make_blind.py
"""
from __future__ import annotations

import copy
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from texts import (CSR_EN, CSR_FR, DUTIES_EN, DUTIES_FR, GA_EN, GA_FR, INCUMBENTS, NS_EN, NS_FR,  # noqa: E402
                   POSITIONS, PROV, SA_EN, SA_FR)
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 7919
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROG = {"dg_prog": 312500000, "dir_gc": 48600000, "dir_indig": 211900000}


# ------------------------------------------------------------------------------------------ notations
def fdate(d: date, style: str) -> str:
    m, mf = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {
        "long": f"{m} {d.day}, {d.year}", "ord": f"{m} {d.day}{ordinal}, {d.year}", "iso": d.isoformat(),
        "dmy": f"{d.day} {m} {d.year}", "fr": f"{'1er' if d.day == 1 else d.day} {mf} {d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}", "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "abbr": f"{d.day:02d}-{m[:3]}-{d.year}", "mabbr": f"{m[:3]}. {d.day}, {d.year}",
        "frslash": f"{d.year}/{d.month:02d}/{d.day:02d}", "caps": f"{m[:3].upper()} {d.day} {d.year}",
    }[style]


def _dec(v: int, unit: int, comma=False) -> str:
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if comma else s


def famt(v: int, style: str) -> str:
    if style == "full":
        return f"${v:,}"
    if style == "full00":
        return f"${v:,}.00"
    if style == "M":
        return f"${_dec(v, 10**6)}M" if v >= 10**6 else f"${v // 1000}K"
    if style == "million":
        return f"${_dec(v, 10**6)} million" if v >= 10**6 else f"${v:,}"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "frM":
        return f"{_dec(v, 10**6, True)} M$" if v >= 10**6 else f"{v // 1000} k$"
    if style == "fr00":
        return f"{v:,}".replace(",", " ") + ",00 $"
    if style == "fr":
        return f"{v:,}".replace(",", " ") + " $"
    if style == "frmillion":
        return f"{_dec(v, 10**6, True)} millions de dollars" if v >= 2 * 10**6 else f"{v:,}".replace(",", " ") + " $"
    raise ValueError(style)


def fcls(c: str | None, style: str) -> str:
    if c is None:
        return ""
    if not c.startswith("EX"):
        return c.replace("-", " ", 1) if style == "sp" and c.count("-") == 1 else c
    n = c[3:]
    return {"std": c, "sp": f"EX {n}", "short": f"EX-{int(n)}", "nodash": f"EX{n}", "paren": f"({c})"}[style]


def floc(p: dict, style: str, lang: str) -> str:
    en, fr = PROV[p["prov"]]
    return {"comma": f"{p['city']}, {en}", "paren": f"{p['city']} ({fr if lang == 'fr' else en})",
            "code": f"{p['city']}, {p['prov']}", "frcomma": f"{p['city']}, {fr}"}[style]


def truth_loc(p, lang):
    en, fr = PROV[p["prov"]]
    return f"{p['city']}, {fr if lang == 'fr' else en}"


# ------------------------------------------------------------------------------------------ labels
L_EN = dict(
    title=["Position Title", "Title", "Job Title", "Official Position Title"],
    cls=["Classification", "Group and Level", "Group/Level", "Level"],
    job=["Job Code", "Position Job Code", "Job Code No.", "Generic Job Code"],
    pos=["Position Number", "Position No.", "Position #", "Pos. No."],
    eff=["Effective Date", "Date Effective", "Effective", "Classification Effective Date"],
    spos=["Supervisor's Position No.", "Supervisor Position Number", "Reports to Position #", "Supervisor's Position Number"],
    stit=["Supervisor's Position Title", "Supervisor Title", "Reports to (Title)", "Supervisor's Title"],
    scls=["Supervisor's Classification", "Supervisor Group/Level", "Supervisor Level", "Supervisor's Group and Level"],
    loc=["Geographic Location", "Location", "Work Location", "Duty Station"],
    dept=["Department", "Organization", "Department/Agency", "Department"],
    branch=["Branch", "Region", "Branch / Region", "Sector"],
    salary=["Salary", "Salary Budget", "Salaries", "Salary dollars"],
    om=["O&M", "Operating and Maintenance", "O&M Budget", "Non-salary O&M"],
    total=["Total", "Total Budget", "Total operating budget", "Total (Salary and O&M)"],
    fte=["FTEs", "FTE's", "Number of FTEs", "Employees (FTEs)"],
    ga=["General Accountability", "General Accountability", "Position Purpose", "General Accountability"],
    os=["Organization Structure", "Organizational Structure", "Organization", "Organization Structure"],
    ns=["Nature and Scope", "Nature & Scope", "Nature and Scope", "Context and Challenges"],
    dim=["Dimensions", "Dimensions", "Key Dimensions", "Financial and Human Resources Dimensions"],
    sa=["Specific Accountabilities", "Specific Accountabilities", "Main Responsibilities", "Key Responsibilities"],
    csr=["Client Service Results"] * 4, ka=["Key Activities"] * 4,
    cert=["Certification", "Signatures", "Certification", "Approval"],
    reporting=["Reporting to the {t} are:", "The following positions report to the {t}:", "Direct reports:",
               "Positions reporting to the incumbent:"],
)
L_FR = dict(
    title=["Titre du poste", "Titre", "Intitulé du poste", "Titre officiel du poste"],
    cls=["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
    job=["Code d'emploi", "Code du poste", "No de code d'emploi", "Code d'emploi générique"],
    pos=["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste"],
    eff=["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet", "Date d'entrée en vigueur"],
    spos=["Numéro du poste du superviseur", "No de poste du surveillant", "N° du poste du superviseur", "No du poste du superviseur"],
    stit=["Titre du poste du superviseur", "Titre du surveillant", "Titre du superviseur", "Titre du poste du superviseur"],
    scls=["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du surveillant", "Classification du superviseur"],
    loc=["Lieu de travail", "Emplacement géographique", "Lieu", "Lieu de travail"],
    dept=["Ministère", "Organisation", "Ministère", "Ministère/organisme"],
    branch=["Direction générale", "Région", "Direction générale / Région", "Secteur"],
    salary=["Salaires", "Budget salarial", "Traitements", "Salaires"],
    om=["F et E", "Fonctionnement et entretien", "Budget de F et E", "F et E"],
    total=["Total", "Budget total", "Budget de fonctionnement total", "Total (salaires et F et E)"],
    fte=["ETP", "Nombre d'ETP", "Effectif (ETP)", "ETP"],
    ga=["Responsabilités générales", "Raison d'être du poste", "Responsabilité générale", "Responsabilités générales"],
    os=["Structure organisationnelle", "Organisation", "Structure organisationnelle", "Structure de l'organisation"],
    ns=["Nature et portée", "Nature et étendue", "Nature et portée", "Contexte et défis"],
    dim=["Dimensions", "Dimensions financières", "Dimensions", "Principales dimensions"],
    sa=["Responsabilités spécifiques", "Activités principales", "Responsabilités particulières", "Responsabilités spécifiques"],
    csr=["Résultats axés sur le service à la clientèle"] * 4, ka=["Activités principales"] * 4,
    cert=["Attestation", "Signatures", "Certification", "Approbation"],
    reporting=["Relèvent du titulaire :", "Les postes suivants relèvent du titulaire :", "Subordonnés directs :",
               "Postes relevant du titulaire :"],
)


def lab(o, key):
    v = o["lv"]
    if o["lang"] == "en":
        return L_EN[key][v]
    if o["lang"] == "fr":
        return L_FR[key][v]
    return f"{L_EN[key][v]} / {L_FR[key][v]}"


def ptxt(o, en, fr):
    """A phrase in the document's language (bilingual forms write their prose in English)."""
    return fr if o["lang"] == "fr" else en


# ------------------------------------------------------------------------------------------ blocks
def report_line(r, o, i):
    fr = o["lang"] == "fr"
    t = r["title_fr"] if fr else r["title"]
    c, n = fcls(r["cls"], "std" if o["cls"] == "paren" else o["cls"]), r["fte"]
    duty = (DUTIES_FR if fr else DUTIES_EN)[i % 4]
    style = o["rep"]
    ftes = "" if n is None else (f"{n} ETP" if fr else (f"{n} FTE" if n == 1 else f"{n} FTEs"))
    if style == "paren":
        inner = ", ".join(x for x in (c, ftes) if x)
        return f"{t} ({inner}){' :' if fr else ':'} {duty}" if inner else f"{t}: {duty}"
    if style == "clsfirst":
        return f"{c + ' - ' if c else ''}{t}{f' ({ftes})' if ftes else ''}"
    if style == "dash":
        return " – ".join(x for x in (t, c, ftes) if x)
    if style == "bracket":
        emp = "" if n is None else (f"{n} employés" if fr else f"{n} employee{'s' if n != 1 else ''}")
        return f"{t}{f' [{c}]' if c else ''}{f' ({emp})' if emp else ''}"
    if style == "staff":
        st = "" if n is None else (f"(effectif de {n})" if fr else f"(staff of {n})")
        return f"{t}{f' ({c})' if c else ''}, {st} {duty}".replace(",  ", ", ")
    raise ValueError(style)


def build(p, o):
    """The document as blocks, and what it states."""
    lang, fr = o["lang"], o["lang"] == "fr"
    title = p["title_fr"] if fr else p["title"]
    unit = (p.get("unit_fr") or p["unit"]) if fr else p["unit"]
    st = {"title_fr": p["title_fr"]} if lang == "bi" else {}
    B = []
    dept = p.get("dept") or o.get("dept", "Employment and Social Development Canada")
    dept_fr = p.get("dept_fr") or o.get("dept_fr", "Emploi et Développement social Canada")
    # --- heading
    head = o.get("doc_head") or ptxt(o, "EXECUTIVE GROUP WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DU GROUPE DE LA DIRECTION")
    if lang == "bi":
        head = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
    B.append(("title", head))
    if o.get("dept_top"):
        B.append(("p", dept if lang != "fr" else dept_fr))
    # --- header fields
    kv = []
    if lang == "bi" and o.get("bi_title") == "two":
        kv.append((f"{L_EN['title'][o['lv']]} (English) / {L_FR['title'][o['lv']]} (anglais)", p["title"]))
        kv.append((f"{L_EN['title'][o['lv']]} (French) / {L_FR['title'][o['lv']]} (français)", p["title_fr"]))
    elif lang == "bi":
        kv.append((lab(o, "title"), p["title"]))
        kv.append(("French Title / Titre français", p["title_fr"]))
    else:
        kv.append((lab(o, "title"), title))
    kv.append((lab(o, "cls"), fcls(p["cls"], o["cls"]) + (ptxt(o, " (Proposed)", " (proposé)") if o.get("proposed") else "")))
    st["job_code"] = None
    if p["job_code"] and "job_code" not in o["omit"]:
        kv.append((lab(o, "job"), p["job_code"]))
        st["job_code"] = p["job_code"]
    posno_text = o.get("posno_text", p["posno"])
    if "position_number" not in o["omit"]:
        kv.append((lab(o, "pos"), posno_text))
    st["position_number"] = None if ("position_number" in o["omit"] or not posno_text[0].isdigit()) else p["posno"]
    st["provisional_number"] = posno_text if not posno_text[0].isdigit() else None
    st["effective_date"] = o.get("eff")
    if o.get("eff") and not o.get("eff_in_sig"):
        kv.append((lab(o, "eff"), fdate(o["eff"], o["date"])))
    if not o.get("no_dept"):
        kv.append((lab(o, "dept"), dept if lang == "en" else dept_fr if fr else f"{dept} / {dept_fr}"))
        kv.append((lab(o, "branch"), o.get("branch_name", ptxt(o, "Western Canada and Territories Region", "Région de l'Ouest canadien et des Territoires"))))
    spos, stit_en, stit_fr, scls = p["sup"]
    stit = stit_fr if fr else stit_en
    sup = {"position_number": None, "title": stit, "classification": None}
    if o["sup"] == "fields":
        kv.append((lab(o, "spos"), spos)); sup["position_number"] = spos
        kv.append((lab(o, "stit"), stit))
        if scls:
            kv.append((lab(o, "scls"), fcls(scls, o["cls"]))); sup["classification"] = scls
    elif o["sup"] == "reportsto":
        val = stit + (f" ({fcls(scls, 'std')})" if scls else "")
        kv.append((ptxt(o, "Reports to", "Relève de") if lang != "bi" else "Reports to / Relève de", val))
        sup["classification"] = scls
    loc_kv = (lab(o, "loc"), floc(p, o["loc"], lang))
    st["location"] = truth_loc(p, lang) if "location" not in o["omit"] else None
    if "location" not in o["omit"] and not o.get("loc_end"):
        kv.append(loc_kv)
    if o.get("incumbent"):
        kv.append((ptxt(o, "Incumbent", "Titulaire") if lang != "bi" else "Incumbent / Titulaire", o["incumbent"]))
    if o.get("kv_order") == "b":  # position number and classification first
        kv = kv[1:3] + kv[:1] + kv[3:] if lang != "bi" else kv
    B.append(("kvs", kv))
    # --- sections
    secs = {}
    ga = (GA_FR if fr else GA_EN).get(p["area"]) or GA_EN[p["area"]]
    secs["ga"] = [("h", lab(o, "ga")), ("p", ga.format(t=title, u=unit))]
    # organization structure
    os_ = [("h", lab(o, "os"))]
    n_peers = 3 + (len(p["posno"]) % 4)
    if o["sup"] == "sentence":
        s_cls = f" ({fcls(scls, 'std')})" if scls else ""
        s_num = f", position {spos}" if o.get("sup_num_in_sentence") else ""
        os_.append(("p", ptxt(o, f"The {title} reports to the {stit_en}{s_cls}{s_num} and is one of {n_peers} senior positions reporting to that position.",
                              f"Le titulaire relève du {stit_fr}{s_cls}{f', poste no {spos}' if s_num else ''} et est l'un des {n_peers} postes de direction qui relèvent de ce poste.")))
        sup["classification"] = scls
        if s_num:
            sup["position_number"] = spos
    else:
        os_.append(("p", ptxt(o, f"The {title} is one of {n_peers} positions reporting to the {stit_en}.",
                              f"Le poste est l'un des {n_peers} postes qui relèvent du {stit_fr}.")))
    reps = copy.deepcopy(p["reports"])
    for i in o.get("drop_cls", []):
        reps[i]["cls"] = None
    for i in o.get("drop_fte", []):
        reps[i]["fte"] = None
    st["direct_reports"] = [{"title": r["title_fr"] if fr else r["title"], "classification": r["cls"], "fte": r["fte"]} for r in reps]
    if o["rep"] == "table":
        hdr = [ptxt(o, "Position", "Poste"), ptxt(o, "Group/Level", "Groupe/niveau"), ptxt(o, "FTEs", "ETP")]
        if lang == "bi":
            hdr = ["Position / Poste", "Classification", "FTEs / ETP"]
        os_.append(("p", lab(o, "reporting").format(t=title)))
        os_.append(("table", [hdr] + [[r["title_fr"] if fr else r["title"], fcls(r["cls"], "std" if o["cls"] == "paren" else o["cls"]), "" if r["fte"] is None else str(r["fte"])] for r in reps]))
    elif o["rep"] == "prose":
        parts = []
        for r in reps:
            t = r["title_fr"] if fr else r["title"]
            c = f" ({fcls(r['cls'], 'std')})" if r["cls"] else ""
            n = "" if r["fte"] is None else ptxt(o, f" with a staff of {r['fte']}", f", qui compte {r['fte']} ETP")
            parts.append(f"{ptxt(o, 'the ', '')}{t}{c}{n}")
        joined = "; ".join(parts[:-1]) + ptxt(o, "; and ", "; et ") + parts[-1]
        os_.append(("p", ptxt(o, f"Reporting to the {title} are {joined}.", f"Relèvent du titulaire : {joined}.")))
    else:
        os_.append(("p", lab(o, "reporting").format(t=title)))
        os_.append(("li", [report_line(r, o, i) for i, r in enumerate(reps)]))
    secs["os"] = os_
    secs["ns"] = [("h", lab(o, "ns"))] + [("p", x) for x in (NS_FR if fr else NS_EN)[o["ns0"]:o["ns0"] + 3]]
    # dimensions
    sal = o.get("salary", p["salary"]); om = o.get("om", p["om"]); fte = o.get("fte", p["fte"])
    tot = sal + om
    st.update(salary=sal, o_and_m=om, total=tot, fte=fte, operating_budget=None, program_budget=None)
    dim = [("h", lab(o, "dim"))]
    a = o["amt"]
    rows = [(lab(o, "fte"), str(fte))]
    if o["dims"] in ("lines", "table", "no_total"):
        rows += [(lab(o, "salary"), famt(sal, a)), (lab(o, "om"), famt(om, a))]
        if o["dims"] != "no_total":
            rows.append((lab(o, "total"), famt(tot, a)))
        else:
            st["total"] = None
    elif o["dims"] == "total_only":
        rows.append((ptxt(o, "Operating budget (salary and O&M)", "Budget de fonctionnement (salaires et F et E)"), famt(tot, a)))
        st.update(salary=None, o_and_m=None, operating_budget=tot)
    if p.get("prog") or PROG.get(o["key"]):
        pb = PROG[o["key"]]
        rows.append((ptxt(o, "Program budget (grants and contributions)", "Budget de programme (subventions et contributions)"), famt(pb, a)))
        st["program_budget"] = pb
    if o["dims"] == "prose":
        dim.append(("p", ptxt(o, f"The organization has {fte} FTEs, a salary budget of {famt(sal, a)} and an O&M budget of {famt(om, a)}, for a total of {famt(tot, a)}.",
                                 f"L'organisation compte {fte} ETP, un budget salarial de {famt(sal, a)} et un budget de F et E de {famt(om, a)}, pour un total de {famt(tot, a)}.")))
        if len(rows) > 1:
            dim.append(("kvs", rows[1:]))
    elif o["dims"] == "table":
        dim.append(("table", [[ptxt(o, "Resources", "Ressources"), ptxt(o, "Amount", "Montant")]] + [list(r) for r in rows]))
    else:
        dim.append(("kvs", rows))
    secs["dim"] = dim
    sa = [x.format(u=unit) for x in (SA_FR if fr else SA_EN)]
    k = o["sa0"]
    picks = (sa[k:] + sa[:k])[:o.get("n_sa", 6)]
    if o["tpl"] == "csr":
        secs["sa"] = [("h", lab(o, "csr")), ("p", (CSR_FR if fr else CSR_EN).format(u=unit)), ("h", lab(o, "ka")), ("li", picks)]
    else:
        secs["sa"] = [("h", lab(o, "sa")), ("ol", picks)]
    order = {"a": ["ga", "os", "ns", "dim", "sa"], "b": ["ga", "dim", "os", "ns", "sa"], "c": ["ga", "sa", "os", "dim", "ns"]}[o["order"]]
    for s in order:
        B.extend(secs[s])
    if o.get("loc_end") and "location" not in o["omit"]:
        B.append(("kvs", [loc_kv]))
    # --- certification
    people = [o["incumbent"]] if o.get("incumbent") else []
    if o.get("signers"):
        B.append(("h", lab(o, "cert")))
        B.append(("p", ptxt(o, "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.",
                             "Ce qui précède décrit avec exactitude et de façon complète les fonctions et les responsabilités attribuées au poste.")))
        sig = []
        for name, role in o["signers"]:
            sig += [f"{name}", f"{role}", ptxt(o, "Signature: ____________________   Date: ____________", "Signature : __________________   Date : ____________")]
        if o.get("eff_in_sig"):
            sig.append(ptxt(o, f"Approved: {fdate(o['eff'], o['date'])}", f"Approuvé le : {fdate(o['eff'], o['date'])}"))
        B.append(("sig", sig))
        people += [n for n, _ in o["signers"]]
    st["supervisor"] = sup
    st["people"] = people
    return B, st


# ------------------------------------------------------------------------------------------ serializers
def wrap(s, width, hyphen=False, rng=None):
    if not width:
        return [s]
    lines = textwrap.wrap(s, width, break_long_words=False)
    if hyphen and rng:
        out = []
        carry = ""
        for i, ln in enumerate(lines):
            ln = carry + ln
            carry = ""
            words = ln.split(" ")
            if i + 1 < len(lines) and rng.random() < 0.35:
                nxt = lines[i + 1].split(" ")[0]
                if len(nxt) > 7 and nxt.isalpha():
                    cut = len(nxt) // 2
                    ln = ln + " " + nxt[:cut] + "-"
                    lines[i + 1] = lines[i + 1][len(nxt):].lstrip()
                    carry = nxt[cut:] + (" " if lines[i + 1] else "")
            out.append(ln)
        return out
    return lines


def to_text(B, o, rng):
    out = []
    hs, lay, width = o.get("head", "caps"), o.get("layout", "colon"), o.get("width", 0)
    n = 0
    bullet = o.get("bullet", "-")
    for b in B:
        kind = b[0]
        if kind == "title":
            out += [b[1], ""]
        elif kind == "h":
            n += 1
            h = b[1]
            if hs == "caps":
                out += ["", h.upper()]
            elif hs == "num":
                out += ["", f"{n}. {h.upper()}"]
            elif hs == "letter":
                out += ["", f"{'ABCDEFGHIJ'[n - 1]}) {h}"]
            elif hs == "underline":
                out += ["", h, "-" * len(h)]
            elif hs == "colon":
                out += ["", h + ":"]
            else:
                out += ["", h]
            out.append("") if hs != "colon" else None
        elif kind == "kvs":
            w = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                if lay == "colon":
                    out.append(f"{k}: {v}")
                elif lay == "caps":
                    out.append(f"{k.upper()}: {v}")
                elif lay == "next":
                    out += [f"{k}:", f"    {v}"]
                elif lay == "dots":
                    out.append(f"{k} {'.' * (w + 6 - len(k))} {v}")
                elif lay == "tab":
                    out.append(f"{k}\t{v}")
                elif lay == "pad":
                    out.append(f"{k + ':':<{w + 2}}{v}")
            out.append("")
        elif kind == "p":
            out += wrap(b[1], width, o.get("hyphen"), rng) + [""]
        elif kind == "li":
            for it in b[1]:
                ws = wrap(it, width - 2 if width else 0)
                out += [f"{bullet} {ws[0]}"] + [f"  {x}" for x in ws[1:]]
            out.append("")
        elif kind == "ol":
            for i, it in enumerate(b[1], 1):
                ws = wrap(it, width - 4 if width else 0)
                out += [f"{i}. {ws[0]}"] + [f"   {x}" for x in ws[1:]]
            out.append("")
        elif kind == "table":
            rows = b[1]
            cw = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            if o.get("table") == "tab":
                out += ["\t".join(r) for r in rows]
            else:
                out += ["  ".join(c.ljust(cw[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif kind == "sig":
            out += [""] + b[1] + [""]
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def to_md(B, o):
    out = []
    for b in B:
        if b[0] == "title":
            out += [f"# {b[1].title() if o.get('md_titlecase') else b[1]}", ""]
        elif b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "kvs":
            if o.get("md_kv") == "table":
                out += ["| Field | Value |" if o["lang"] != "fr" else "| Champ | Valeur |", "|---|---|"]
                out += [f"| {k} | {v} |" for k, v in b[1]]
            elif o.get("md_kv") == "plain":
                out += [f"{k}: {v}  " for k, v in b[1]]
            else:
                out += [f"*   **{k}:** {v}" for k, v in b[1]]
            out.append("")
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif b[0] == "ol":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            r0 = b[1][0]
            out += ["| " + " | ".join(r0) + " |", "|" + "---|" * len(r0)]
            out += ["| " + " | ".join(r) + " |" for r in b[1][1:]] + [""]
        elif b[0] == "sig":
            out += [x + "  " for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = datetime(2024, 1, 1, 0, 0, 0)


def normalize_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return buf.getvalue()


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "HR", "HR", ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def to_docx(B, o) -> bytes:
    d = new_docx()
    for b in B:
        if b[0] == "title":
            d.add_heading(b[1], level=0 if o.get("docx_title0") else 1)
        elif b[0] == "h":
            if o.get("docx_h") == "bold":
                d.add_paragraph().add_run(b[1].upper()).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif b[0] == "kvs":
            if o.get("docx_kv") == "para":
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(v)
            else:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
                d.add_paragraph()
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph()
        elif b[0] == "sig":
            for x in b[1]:
                d.add_paragraph(x)
    return save_docx(d)


def paginate(text, footer, per=58, width=100, header=None):
    lines = []
    for ln in text.splitlines():
        lines += textwrap.wrap(ln, width) or [""]
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for i, pg in enumerate(pages, 1):
        head = [header, ""] if header and i > 1 else []
        out.append("\n".join(head + pg + ["", footer.format(n=i, N=len(pages))]))
    return out


# ------------------------------------------------------------------------------------------ damage
DIG = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("t", "l"), ("o", "a")]


def ocr_damage(text, rng, digits=0.3, letters=0.04, glue=0.03):
    def dig(m):
        s = m.group(0)
        return "".join(rng.choice(DIG[c]) if c in DIG and rng.random() < digits else c for c in s)

    text = re.sub(r"[0-9][0-9,.\-/ ]*[0-9]|[0-9]", dig, text)
    out = []
    for line in text.split("\n"):
        if len(line) > 60:
            words = line.split(" ")
            for i, w in enumerate(words):
                if len(w) > 4 and w.isalpha() and rng.random() < letters:
                    a, b = rng.choice(CONF)
                    if a in w[1:]:
                        words[i] = w[0] + w[1:].replace(a, b, 1)
            line = ""
            for i, w in enumerate(words):
                line += w + ("" if i + 1 < len(words) and rng.random() < glue else " ")
            line = line.rstrip()
        out.append(line)
    return "\n".join(out)


def ocr_pages(text, footer, per=52, width=88, rng=None):
    pages = paginate(text, footer, per=per, width=width)
    return pages


# ------------------------------------------------------------------------------------------ the documents
def D(name, key, fmt, lang, eff=None, **kw):
    return dict(name=name, key=key, fmt=fmt, lang=lang, eff=eff, **kw)


HRSDC = dict(dept="Human Resources and Skills Development Canada", dept_fr="Ressources humaines et Développement des compétences Canada")

DOCS = [
    D("WD ADM WT Region 2019 - FINAL.docx", "adm", "docx", "en", date(2019, 6, 3), sup="fields", rep="paren", dims="table", amt="full", tpl="classic", docx_kv="table", signers=[("Kathleen Brisebois", "Chief Operating Officer, Service Canada")], vgroup="adm"),
    D("DT SMA Région de l'Ouest canadien et des Territoires 2019.docx", "adm", "docx", "fr", date(2019, 6, 3), sup="fields", rep="paren", dims="lines", amt="fr00", docx_kv="table", signers=[("Kathleen Brisebois", "Chef de l'exploitation, Service Canada")], vgroup="adm"),
    D("DG Citizen Service Delivery EX-03 (signed).pdf", "dg_csd", "pdf", "en", date(2017, 11, 14), sup="fields", rep="staff", dims="lines", amt="M", date="long", signers=[("Rajinder Sandhu", "Director General, Citizen Service Delivery"), ("Hélène Saint-Aubin", "Assistant Deputy Minister, Western Canada and Territories")], vgroup="dg_csd"),
    D("DG CSD 2012 scan.txt", "dg_csd", "ocr", "en", date(2012, 8, 20), sup="fields", rep="paren", dims="lines", amt="M", date="long", salary=79150000, om=7020000, fte=1234, ocr_style="run", vgroup="dg_csd",
      branch_name="Western Canada and Territories Region", signers=[("Owen MacQuarrie", "Assistant Deputy Minister, Western Canada and Territories")], **HRSDC),
    D("ED Service Delivery AB-NWT-NU.docx", "ed_ab", "docx", "bi", date(2015, 4, 1), sup="fields", rep="table", dims="lines", amt="full", bi_title="two", docx_kv="table"),
    D("Executive Director, Service Delivery MB-SK 2012.txt", "ed_mbsk", "cp1252", "en", date(2012, 9, 17), sup="reportsto", rep="clsfirst", dims="lines", amt="full00", layout="pad", head="underline", salary=17320000, om=1610000, fte=262, **HRSDC),
    D("Dir SCC NAB & Territories 2011 scan.txt", "dir_nab", "ocr", "en", date(2011, 2, 14), sup="fields", rep="paren", dims="lines", amt="full", date="ord", salary=9640000, om=1020000, fte=151, ocr_style="pages", vgroup="dir_nab",
      incumbent="Douglas Fehr", **HRSDC),
    D("Director, Service Canada Centres - Northern Alberta and Territories (2016) - signed.docx", "dir_nab", "docx", "en", date(2016, 10, 3), sup="fields", rep="paren", dims="lines", amt="M", docx_kv="para", vgroup="dir_nab",
      signers=[("Janice Thorsteinson", "Executive Director, Service Delivery - Alberta, NWT and Nunavut")]),
    D("Director SCC Southern Alberta.md", "dir_sab", "md", "en", None, sup="fields", rep="dash", dims="lines", amt="full", md_kv="bullets"),
    D("Lower Mainland SCC Director - revised.docx", "dir_lm", "docx", "en", date(2020, 1, 27), sup="sentence", rep="table", dims="table", amt="full", docx_kv="table", tpl="csr", sup_num_in_sentence=True),
    D("DT Directeur CSC Île de Vancouver.pdf", "dir_vi", "pdf", "fr", date(2018, 5, 22), sup="fields", rep="paren", dims="lines", amt="frM", date="fr", loc="paren", vgroup="dir_vi"),
    D("Director Service Delivery Sask 2009.txt", "dir_sk", "ocrcol", "en", date(2009, 7, 6), sup="fields", rep="clsfirst", dims="lines", amt="K", date="caps", salary=6980000, om=655000, fte=109, vgroup="dir_sk",
      omit={"job_code"}, incumbent="Brent Olafson", **HRSDC),
    D("Director, Service Delivery - Saskatchewan 2014.docx", "dir_sk", "docx", "en", date(2014, 3, 31), sup="reportsto", rep="bracket", dims="lines", amt="full", docx_kv="para", salary=7510000, om=690000, fte=113, vgroup="dir_sk"),
    D("Director, Service Delivery - Saskatchewan 2019 - signed.pdf", "dir_sk", "pdf", "en", date(2019, 8, 12), sup="fields", rep="paren", dims="lines", amt="M", date="mabbr", vgroup="dir_sk",
      signers=[("Tanya Sinclair-Moar", "Director, Service Delivery - Saskatchewan"), ("Amir Haddadi", "Executive Director, Service Delivery - Manitoba and Saskatchewan")]),
    D("Director Service Delivery Manitoba.docx", "dir_mb", "docx", "en", date(2021, 2, 15), sup="fields", rep="paren", dims="lines", amt="full", docx_kv="table", vgroup="dir_mb"),
    D("Directrice, Prestation des services - Manitoba (version française).docx", "dir_mb", "docx", "fr", date(2021, 2, 15), sup="fields", rep="paren", dims="lines", amt="fr", date="fr", docx_kv="table", vgroup="dir_mb", loc="paren"),
    D("FW WD - Director Northern Services.txt", "dir_north", "email", "en", date(2013, 6, 19), sup="reportsto", rep="dash", dims="no_total", amt="full", layout="colon", head="caps",
      email=("Leanne Whitford", "Graham Lutz", "Wednesday, June 26, 2013 2:41 PM")),
    D("DG Processing and Payment Services - EX-03 - 2018.pdf", "dg_pps", "pdf", "en", date(2018, 4, 9), sup="fields", rep="paren", dims="table", amt="million", date="dmy",
      signers=[("Victor Ng", "Director General, Processing and Payment Services")]),
    D("Directeur, Traitement AE - Alberta et Territoires.md", "dir_ei_ab", "md", "fr", date(2016, 1, 11), sup="fields", rep="paren", dims="lines", amt="fr", date="fr", md_kv="bullets", loc="frcomma"),
    D("Director Pensions Processing 2010.txt", "dir_pens", "ocr", "en", date(2010, 10, 25), sup="fields", rep="staff", dims="lines", amt="full", date="long", salary=16040000, om=705000, fte=268, ocr_style="run", vgroup="dir_pens", **HRSDC),
    D("Director, Pensions Processing - 2017 FINAL.docx", "dir_pens", "docx", "en", date(2017, 9, 5), sup="fields", rep="paren", dims="lines", amt="M", docx_kv="table", vgroup="dir_pens", drop_fte=[3]),
    D("Specialized Call Centre Director (1).docx", "dir_call", "docx", "en", date(2014, 11, 20), sup="reportsto", rep="clsfirst", dims="lines", amt="full", docx_kv="para", docx_h="bold"),
    D("Director Passport Services Western Region.pdf", "dir_pass", "pdf", "bi", date(2015, 7, 2), sup="fields", rep="paren", dims="lines", amt="full", date="iso"),
    D("DG Integrity Services.txt", "dg_int", "cp1252", "en", date(2016, 2, 29), sup="fields", rep="paren", dims="lines", amt="M", layout="dots", head="num", drop_cls=[3]),
    D("Directeur Enquêtes et contrôle Prairies 2013.txt", "dir_ic", "cp1252", "fr", date(2013, 12, 16), sup="fields", rep="staff", dims="lines", amt="fr00", date="fr", layout="next", head="caps", loc="paren"),
    D("Director, Regional Integrity Operations BC-Yukon.md", "dir_rio", "md", "en", date(2022, 3, 14), sup="sentence", rep="paren", dims="lines", amt="full", md_kv="table", tpl="csr"),
    D("DG Program Delivery - WT Region.docx", "dg_prog", "docx", "en", date(2016, 6, 13), sup="fields", rep="dash", dims="lines", amt="M", docx_kv="table"),
    D("Director G&C Skills and Employment (scanned).pdf", "dir_gc", "pdfocr", "en", date(2012, 5, 28), sup="fields", rep="paren", dims="lines", amt="full", date="long", **HRSDC,
      signers=[("Curtis Wiebe", "Director General, Program Delivery")]),
    D("Director Aboriginal Programs 2010.txt", "dir_indig", "text", "en", date(2010, 3, 15), sup="fields", rep="paren", dims="lines", amt="full", layout="tab", head="plain", vgroup="dir_indig",
      title="Director, Aboriginal Skills and Employment Training Strategy", unit="the Aboriginal Skills and Employment Training Strategy", salary=4620000, om=350000, fte=55, prog=187400000, **HRSDC,
      reports=[("Manager, ASETS Agreements - Prairies", "PM-06", 21), ("Manager, ASETS Agreements - British Columbia and North", "PM-06", 19), ("Senior Program Consultant", "PM-05", 5)]),
    D("Directeur Programmes de compétences et d'emploi pour les Autochtones 2020.docx", "dir_indig", "docx", "fr", date(2020, 9, 21), sup="fields", rep="paren", dims="lines", amt="frM", date="fr", docx_kv="table", vgroup="dir_indig", loc="paren"),
    D("Labour Program Ops Director - Western Region.docx", "dir_lab", "docx", "bi", date(2019, 1, 14), sup="fields", rep="paren", dims="lines", amt="full", docx_kv="table"),
    D("Directrice Opérations PTET.pdf", "dir_tfw", "pdf", "fr", date(2023, 5, 8), sup="reportsto", rep="dash", dims="lines", amt="fr", date="iso", loc="frcomma"),
    D("DG Regional Corporate Services - draft.md", "dg_corp", "md", "en", date(2014, 9, 2), sup="fields", rep="prose", dims="prose", amt="full", md_kv="plain"),
    D("Director Regional HR Services - draft.docx", "dir_hr", "docx", "en", date(2021, 11, 1), sup="fields", rep="paren", dims="lines", amt="full", docx_kv="table", vgroup="dir_hr", salary=5890000, om=710000, fte=71),
    D("Director Regional HR Services - FINAL.docx", "dir_hr", "docx", "en", date(2022, 1, 10), sup="fields", rep="paren", dims="lines", amt="full", docx_kv="table", vgroup="dir_hr",
      signers=[("Monique Gagnon-Reid", "Director General, Regional Corporate Services")]),
    D("Contrôleur régional - DT 2018.docx", "dir_fin", "docx", "fr", date(2018, 10, 29), sup="fields", rep="clsfirst", dims="table", amt="fr", date="fr", docx_kv="para", loc="paren"),
    D("Director Business Expertise & Planning.txt", "dir_bep", "text", "en", date(2017, 2, 13), sup="fields", rep="bracket", dims="lines", amt="full", layout="caps", head="caps", drop_fte=[2]),
    D("Director Regional Communications (NEW position).pdf", "dir_comm", "pdf", "bi", date(2024, 2, 5), sup="fields", rep="paren", dims="lines", amt="full", date="iso", posno_text="NEW", proposed=True),
    D("CRA - Director Calgary TSO (for comparison).pdf", "cra", "pdf", "en", date(2015, 10, 19), sup="fields", rep="dash", dims="total_only", amt="full", date="long", branch_name="Prairie Region"),
    D("CBSA District Director Northern AB.txt", "cbsa", "ocr", "en", date(2011, 8, 22), sup="fields", rep="paren", dims="lines", amt="full", date="abbr", ocr_style="pages", branch_name="Prairie Region", incumbent="Stephen Achterberg"),
    D("IRCC CPC Vegreville Director.md", "ircc", "md", "en", date(2018, 7, 16), sup="fields", rep="clsfirst", dims="lines", amt="M", md_kv="bullets", branch_name="Operations Sector - Centralized Network"),
    D("Warden Stony Mountain - CSC.txt", "csc", "cp1252", "en", date(2009, 11, 30), sup="reportsto", rep="paren", dims="lines", amt="full", layout="colon", head="num", branch_name="Prairie Region"),
    D("PSPC RDG Western Region 2013.md", "pspc", "md", "en", date(2013, 4, 2), sup="fields", rep="paren", dims="lines", amt="M", md_kv="bullets", branch_name="Western Region", md_wrap=True),
    D("VAC Director Service Delivery Western Area.docx", "vac", "docx", "bi", date(2020, 12, 7), sup="fields", rep="table", dims="lines", amt="full", docx_kv="table", branch_name="Service Delivery Branch / Direction générale de la prestation des services"),
    D("Director SCC Vancouver Island 2013.txt", "dir_vi", "text", "en", date(2013, 5, 27), sup="fields", rep="clsfirst", dims="lines", amt="full", layout="colon", head="colon", vgroup="dir_vi", salary=5870000, om=640000, fte=84, width=96),
]


def options(doc, idx):
    rng = random.Random(SEED * 1000 + idx)
    o = dict(doc)
    o.setdefault("lv", rng.randrange(4))
    o.setdefault("cls", rng.choice(["std", "std", "sp", "short", "nodash", "paren"]) if doc["fmt"] not in ("ocr", "ocrcol") else "std")
    o.setdefault("date", rng.choice(["long", "iso", "dmy", "slash", "dot", "abbr", "ord"]) if doc["lang"] != "fr" else rng.choice(["fr", "iso", "frslash"]))
    if o["eff"] and o["date"] == "slash" and o["eff"].day <= 12:
        o["date"] = "long"
    o.setdefault("loc", rng.choice(["comma", "paren", "code"]) if doc["lang"] != "fr" else "paren")
    o.setdefault("tpl", rng.choice(["classic", "classic", "classic", "csr"]))
    o.setdefault("order", rng.choice(["a", "a", "b", "c"]))
    o.setdefault("omit", set())
    if o["eff"] is None:
        o["omit"] = set(o["omit"]) | {"effective_date"}
    o.setdefault("ns0", rng.randrange(2))
    o.setdefault("sa0", rng.randrange(5))
    o.setdefault("n_sa", rng.randrange(5, 8))
    o.setdefault("kv_order", rng.choice(["a", "b"]))
    return o, rng


def position_for(doc):
    p = copy.deepcopy(POSITIONS[doc["key"]])
    if doc.get("title"):
        p["title"] = doc["title"]
    if doc.get("unit"):
        p["unit"] = doc["unit"]
    if doc.get("reports"):
        p["reports"] = [dict(title=t, title_fr=t, cls=c, fte=n, duty=None) for t, c, n in doc["reports"]]
    if doc.get("prog"):
        PROG[doc["key"] + "@" + doc["name"]] = doc["prog"]
    return p


def render(doc, idx):
    o, rng = options(doc, idx)
    p = position_for(doc)
    if doc.get("prog"):
        o["key"] = doc["key"] + "@" + doc["name"]
    B, st = build(p, o)
    fmt = doc["fmt"]
    foot = {"en": "Work Description - {t}", "fr": "Description de travail - {t}", "bi": "Work Description / Description de travail"}[doc["lang"]]
    foot = foot.format(t=p["title_fr"] if doc["lang"] == "fr" else p["title"])
    kind = {"docx": "docx", "pdf": "pdf", "md": "markdown", "text": "text", "cp1252": "text-cp1252", "email": "text",
            "ocr": "ocr", "ocrcol": "ocr-columns", "pdfocr": "pdf"}[fmt]
    if fmt == "docx":
        data = to_docx(B, o)
    elif fmt == "md":
        text = to_md(B, o)
        data = text.encode("utf-8")
    elif fmt in ("text", "cp1252"):
        text = to_text(B, o, rng)
        if fmt == "cp1252":
            text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text).replace("\n", "\r\n")
            data = text.encode("cp1252")
        else:
            data = text.encode("utf-8")
    elif fmt == "email":
        frm, to, sent = doc["email"]
        body = to_text(B, o, rng)
        text = (f"From: {frm} <{frm.lower().replace(' ', '.')}@hrsdc-rhdcc.gc.ca>\nSent: {sent}\nTo: {to} <{to.lower().replace(' ', '.')}@hrsdc-rhdcc.gc.ca>\n"
                f"Subject: FW: WD - {p['title']}\n\nHi {to.split()[0]},\n\nAs requested, the approved work description for the Director, Northern Services is pasted below "
                f"(the Word version is on the shared drive but the link is broken).\n\nThanks,\n{frm}\nHR Advisor | Conseillère en RH\nWestern Canada and Territories Region\n\n"
                f"-----Original Message-----\n\n{body}")
        st["people"] = st["people"] + [frm, to]
        data = text.encode("utf-8")
    elif fmt == "pdf":
        o2 = dict(o, width=0)
        text = to_text(B, dict(o2, head="caps", layout="colon"), rng)
        data = pdf_bytes(paginate(text, foot + "    Page {n} of {N}" if doc["lang"] != "fr" else foot + "    Page {n} de {N}"))
    elif fmt == "pdfocr":
        text = to_text(B, dict(o, head="caps", layout="colon"), rng)
        pages = paginate(text, "{n}", per=56, width=92)
        data = pdf_bytes([ocr_damage(pg, rng, digits=0.2, letters=0.03, glue=0.02) for pg in pages])
    elif fmt == "ocr":
        text = to_text(B, dict(o, head="caps", layout="colon"), rng)
        if doc.get("ocr_style") == "run":
            pages = paginate(text, foot.upper() + " - {n} -", per=60, width=10_000)
            flat = " ".join(" ".join(x for x in pg.split("\n") if x.strip()) for pg in pages)
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + ocr_damage(flat, rng, digits=0.3, letters=0.03, glue=0.02)
        else:
            text = to_text(B, dict(o, head="caps", layout="colon", width=84, hyphen=True), rng)
            pages = paginate(text, "Page {n} of {N}", per=52, width=86, header=foot.upper())
            text = "\f\n".join(ocr_damage(pg, rng, digits=0.2, letters=0.04, glue=0.03) for pg in pages) + "\n"
        data = text.encode("utf-8")
    elif fmt == "ocrcol":
        left, right = [], []
        for b in B:
            if b[0] == "kvs":
                left += [f"{k.upper()}: {v}" for k, v in b[1]] + [""]
            elif b[0] == "title":
                left += [b[1], ""]
            elif b[0] == "h":
                right += ["", b[1].upper()]
            elif b[0] == "p":
                right += textwrap.wrap(b[1], 52)
            elif b[0] in ("li", "ol"):
                for i, it in enumerate(b[1], 1):
                    right += textwrap.wrap(("- " if b[0] == "li" else f"{i}. ") + it, 52)
            elif b[0] == "table":
                right += ["  ".join(r) for r in b[1]]
            elif b[0] == "sig":
                right += b[1]
        n = max(len(left), len(right))
        left += [""] * (n - len(left)); right += [""] * (n - len(right))
        w = max(len(x) for x in left) + 3
        lines = [f"{a:<{w}}{c}".rstrip() for a, c in zip(left, right)]
        text = "\n".join(lines)
        text = ocr_damage(text, rng, digits=0.3, letters=0.04, glue=0.02)
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
        data = text.encode("utf-8")
    return data, kind, st, o


# ------------------------------------------------------------------------------------------ refusals
def refusals():
    out = []
    # 1. bilingual memo about EX descriptions (docx)
    d = new_docx()
    d.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
    for line in ["TO / DEST.: Regional Management Committee / Comité de gestion régional",
                 "FROM / EXP.: Director, Regional Human Resources Services / Directeur, Services régionaux des ressources humaines",
                 "DATE: 2016-03-08", "FILE / DOSSIER: 2150-EX-16",
                 "SUBJECT / OBJET: Review of executive work descriptions / Examen des descriptions de travail des cadres"]:
        d.add_paragraph(line)
    d.add_paragraph("As part of the national EX organization and classification review, all EX-01 to EX-03 work descriptions in the "
                    "Western Canada and Territories Region must be updated to the current template (Client Service Results and Key "
                    "Activities) and submitted to Regional Human Resources Services by April 29, 2016. Work descriptions older than five "
                    "years, and those where the organization structure or dimensions have changed, are a priority.")
    d.add_paragraph("Dans le cadre de l'examen national de l'organisation et de la classification des postes EX, toutes les descriptions de "
                    "travail des postes EX-01 à EX-03 de la Région de l'Ouest canadien et des Territoires doivent être mises à jour selon le "
                    "gabarit actuel et présentées aux Services régionaux des ressources humaines d'ici le 29 avril 2016.")
    d.add_paragraph("Your HR business partner will contact you to schedule a working session. / Votre partenaire d'affaires RH communiquera avec vous.")
    d.add_paragraph("Gordon Kwasniewski")
    d.add_paragraph("c.c. Colleen Fairweather, Senior HR Business Partner / Partenaire d'affaires principale en RH")
    out.append(("Memo - EX classification review WT Region 2016.docx", save_docx(d), "docx", "bilingual", ["Gordon Kwasniewski", "Colleen Fairweather"]))
    # 2. letter of offer (pdf with a text layer)
    letter = """Employment and Social Development Canada
Regional Human Resources Services, Western Canada and Territories Region
9700 Jasper Avenue, Edmonton, Alberta  T5J 4C1

September 12, 2014

PROTECTED B

Ms. Natasha Yellowhorn
Edmonton, Alberta

Dear Ms. Yellowhorn:

Subject: Offer of an acting appointment - Director, Service Canada Centres - Southern Alberta (EX-01), position 52318

I am pleased to offer you an acting appointment to the position of Director, Service Canada Centres - Southern Alberta,
classified at the EX-01 group and level, at Calgary, Alberta, effective September 22, 2014 until March 31, 2015, or
until the position is staffed on an indeterminate basis, whichever comes first.

Your salary will be established in accordance with the Directive on Executive Compensation, within the EX-01 salary
range of $106,400 to $125,200 per annum. This appointment is made under section 30 of the Public Service Employment Act.

You will be subject to the Directive on Performance Management for executives, and a performance agreement will be
established with your supervisor within thirty days.

Please indicate your acceptance of this offer by signing below and returning one copy to the undersigned by
September 17, 2014.

Yours sincerely,

Janice Thorsteinson
Executive Director, Service Delivery - Alberta, Northwest Territories and Nunavut

I accept the offer of acting appointment as stated above.

_________________________          __________________
Natasha Yellowhorn                 Date
"""
    out.append(("Letter of Offer - Acting EX-01 - N. Yellowhorn.pdf", pdf_bytes([letter]), "pdf", "en", ["Natasha Yellowhorn", "Janice Thorsteinson"]))
    # 3. org chart as text
    chart = """WESTERN CANADA AND TERRITORIES REGION - ORGANIZATION CHART
Regional Management Committee - as of September 2017
=====================================================================

                 Assistant Deputy Minister, WT Region (EX-04)
                            Hélène Saint-Aubin
                                   |
     +--------------+--------------+--------------+--------------+
     |              |              |              |              |
 DG Citizen     DG Processing   DG Program     DG Integrity   DG Regional
 Service        & Payment       Delivery       Services       Corporate
 Delivery       Services        (EX-03)        (EX-03)        Services
 (EX-03)        (EX-03)         C. Wiebe       D. Fehr        (EX-02)
 R. Sandhu      V. Ng                                         M. Gagnon-Reid
     |
     +-- ED SD BC/Yukon (EX-02) ........ vacant (acting: I. Rutherford)
     +-- ED SD AB/NWT/NU (EX-02) ....... J. Thorsteinson
     +-- ED SD MB/SK (EX-02) ........... A. Haddadi

Notes: Director-level (EX-01) boxes on pages 2-4. Vacancies in grey.
Prepared by Regional HR Services - Workforce Planning          Page 1 of 4
"""
    out.append(("WT Region org chart Sept 2017.txt", chart.encode("utf-8"), "text", "en",
                ["Hélène Saint-Aubin", "C. Wiebe", "D. Fehr", "R. Sandhu", "V. Ng", "M. Gagnon-Reid", "I. Rutherford", "J. Thorsteinson", "A. Haddadi"]))
    # 4. minutes in French (docx)
    d = new_docx()
    d.add_heading("Compte rendu - Comité de gestion régional (CGR)", level=1)
    for line in ["Date : le 12 septembre 2018, 9 h à 11 h 30 (heure des Rocheuses)", "Lieu : Edmonton, salle 1104, et par téléconférence",
                 "Présents : Hélène Saint-Aubin (présidente), Rajinder Sandhu, Victor Ng, Curtis Wiebe, Monique Gagnon-Reid, Patrice Nadeau",
                 "Secrétariat : Francine Ouellet"]:
        d.add_paragraph(line)
    for h, t in [("1. Adoption de l'ordre du jour", "L'ordre du jour est adopté sans modification."),
                 ("2. Dotation des postes EX", "M. Gagnon-Reid présente l'état de la dotation des postes de direction : trois postes EX-01 sont pourvus par intérim. Les descriptions de travail des directeurs des Centres Service Canada seront mises à jour d'ici décembre. Décision : le CGR approuve le processus de dotation collectif EX-01."),
                 ("3. Saison des feux de forêt", "V. Ng fait le point sur les demandes d'assurance-emploi reçues à la suite des feux de forêt en Colombie-Britannique; le traitement est priorisé."),
                 ("4. Divers", "Prochaine réunion : le 10 octobre 2018.")]:
        d.add_paragraph().add_run(h).bold = True
        d.add_paragraph(t)
    d.add_paragraph("Mesures de suivi : RH régionales - présenter le calendrier de révision des descriptions de travail (responsable : P. Nadeau).")
    out.append(("Compte rendu CGR 2018-09-12.docx", save_docx(d), "docx", "fr",
                ["Hélène Saint-Aubin", "Rajinder Sandhu", "Victor Ng", "Curtis Wiebe", "Monique Gagnon-Reid", "Patrice Nadeau", "Francine Ouellet"]))
    # 5. executive performance agreement (docx)
    d = new_docx()
    d.add_heading("Executive Performance Agreement 2019-2020", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Executive", "Roland Paquette"), ("Position", "Director, Service Canada Centres - Lower Mainland"), ("Group and Level", "EX-01"),
                 ("Position Number", "52406"), ("Supervisor", "Ian Rutherford, A/Executive Director, Service Delivery - BC and Yukon"),
                 ("Period", "April 1, 2019 to March 31, 2020")]:
        c = t.add_row().cells; c[0].text, c[1].text = k, v
    d.add_paragraph()
    d.add_heading("Commitments", level=2)
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    for row in [("Commitment", "Performance measure", "Weight"),
                ("Meet or exceed the in-person service standard (80% of clients served within 25 minutes) in all Lower Mainland SCCs", "Monthly service reports", "30%"),
                ("Implement the regional outreach plan for Indigenous and remote communities (12 scheduled outreach sites)", "Sites in operation by Q3", "20%"),
                ("Reduce overtime by 10% while maintaining Passport receiving agent service", "Financial reports", "15%"),
                ("Leadership: PSES action plan, mental health, official languages", "PSES 2019 results; talent management", "35%")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph()
    d.add_paragraph("Mid-year review: completed November 14, 2019.  Year-end assessment: Succeeded+.")
    d.add_paragraph("Signed: Roland Paquette (executive)      Signed: Ian Rutherford (supervisor)")
    out.append(("Performance Agreement 2019-20 - Director SCC Lower Mainland - signed.docx", save_docx(d), "docx", "en", ["Roland Paquette", "Ian Rutherford"]))
    # 6. a scan without a text layer
    out.append(("Scan_20150611_0932.pdf", pdf_bytes(["", ""]), "pdf", "en", []))
    return out


# ------------------------------------------------------------------------------------------ expected
def q(s):
    if s is None:
        return "null"
    if isinstance(s, (int, date)):
        return str(s)
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(doc_name, kind, lang, outcome, st=None, people=(), versions=None, also_extra=None):
    L = [f"document: {q(doc_name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if st is None:
        L += ["fields: null", "not_stated: []", "also: null"]
    else:
        f = st
        L.append("fields:")
        L.append(f"  title: {q(f['title'])}")
        for k in ("classification", "job_code", "position_number", "effective_date"):
            L.append(f"  {k}: {q(f[k])}")
        s = f["supervisor"]
        L += ["  supervisor:", f"    position_number: {q(s['position_number'])}", f"    title: {q(s['title'])}",
              f"    classification: {q(s['classification'])}"]
        if f["direct_reports"]:
            L.append("  direct_reports:")
            for r in f["direct_reports"]:
                L += [f"  - title: {q(r['title'])}", f"    classification: {q(r['classification'])}", f"    fte: {q(r['fte'])}"]
        else:
            L.append("  direct_reports: []")
        for k in ("salary", "o_and_m", "total", "location"):
            L.append(f"  {k}: {q(f[k])}")
        ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location") if f[k] is None]
        ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if s[k] is None]
        if not f["direct_reports"]:
            ns.append("direct_reports")
        L.append(f"not_stated: [{', '.join(ns)}]")
        L.append("also:")
        L.append(f"  fte: {q(f['fte'])}")
        L.append(f"  operating_budget: {q(f['operating_budget'])}")
        L.append(f"  program_budget: {q(f['program_budget'])}")
        L.append(f"  provisional_number: {q(f['provisional_number'])}")
        for k, v in (also_extra or {}).items():
            L.append(f"  {k}: {q(v)}")
    if people:
        L.append("people:")
        L += [f"- {q(n)}" for n in people]
    else:
        L.append("people: []")
    if versions:
        L.append("versions:")
        L.append("  documents:")
        L += [f"  - {q(n)}" for n in versions["documents"]]
        L.append(f"  newest: {q(versions['newest'])}")
        if versions.get("note"):
            L.append(f"  note: {q(versions['note'])}")
    else:
        L.append("versions: null")
    return "\n".join(L) + "\n"


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rendered = []
    for i, doc in enumerate(DOCS):
        data, kind, st, o = render(doc, i)
        rendered.append((doc, data, kind, st, o))
    # versions
    groups = {}
    for doc, *_ in rendered:
        if doc.get("vgroup"):
            groups.setdefault(doc["vgroup"], []).append(doc)
    for doc, data, kind, st, o in rendered:
        lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[doc["lang"]]
        p = position_for(doc)
        st["title"] = p["title_fr"] if doc["lang"] == "fr" else p["title"]
        st["classification"] = p["cls"]
        extra = {}
        if doc["lang"] == "bi":
            extra["title_fr"] = p["title_fr"]
        sup_key = next((k for k, v in POSITIONS.items() if v["posno"] == p["sup"][0]), None)
        if sup_key:
            newest = max((d for d in DOCS if d["key"] == sup_key), key=lambda d: (d["eff"] or date(1900, 1, 1), d["lang"] == "en"))
            extra["reports_to_in_corpus"] = newest["name"]
        versions = None
        if doc.get("vgroup"):
            g = groups[doc["vgroup"]]
            newest = max(g, key=lambda d: (d["eff"] or date(1900, 1, 1), d["lang"] == "en"))
            versions = {"documents": [d["name"] for d in g], "newest": newest["name"]}
            if len({d["eff"] for d in g}) < len(g):
                versions["note"] = "same version in English and French"
        (corpus / doc["name"]).write_bytes(data)
        (expected / f"{doc['name']}.expected.yaml").write_text(
            expected_yaml(doc["name"], kind, lang, "import", st, st["people"], versions, extra), encoding="utf-8")
    for name, data, kind, lang, people in refusals():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(expected_yaml(name, kind, lang, "refuse", None, people), encoding="utf-8")


if __name__ == "__main__":
    main()
