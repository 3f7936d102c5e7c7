#!/usr/bin/env python3
"""Generate the blind15 corpus: bench/import/blind15/corpus/ and expected/.

    /work/main/.venv/bin/python bench/import/blind15/make_blind.py

Deterministic: every random choice comes from a generator seeded with the document's key, and
the Word files are written with fixed properties and fixed zip timestamps.
"""
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from b15_positions import POSITIONS  # noqa: E402
from b15_text import (BI_FORMS, EN_ACC, EN_ACC_MGMT, EN_CHALLENGES, EN_FORMS, EN_HEADINGS, EN_PARTNERS,  # noqa: E402
                      FR_ACC, FR_ACC_MGMT, FR_CHALLENGES, FR_FORMS, FR_HEADINGS, FR_PARTNERS, PEOPLE)

# key -> (layout, file name)
PLAN = {
    "pc-heritage": ("ocr-run", "PCA - Dir Historic Sites Conservation EFU 1998.txt"),
    "dfo-aquaculture": ("ocr-lines", "DFO_Pacific_RD_Aquaculture_Mgmt_signed.txt"),
    "csc-health": ("docx-table", "CSC DG Mental Health Services WD.docx"),
    "cbsa-traveller": ("ocr-nextline", "CBSA GTA Traveller Ops Pearson scan 2006.txt"),
    "statcan-census": ("ocr-csr", "STC census collection planning - EX01.txt"),
    "hc-pesticides": ("ocr-lines", "PMRA Health Evaluation Dir (2003).txt"),
    "eccc-weather": ("ocr-columns", "MSC Prairie Storm Prediction Centre.txt"),
    "nrcan-geo": ("docx-paras", "GSC Atlantic Director - work description 2011.docx"),
    "isc-water": ("docx-csr", "ISC MB Region Community Infrastructure (new).docx"),
    "vac-benefits": ("docx-table", "VAC_DG_Disability_Benefits_Adjudication.docx"),
    "tc-rail": ("ocr-run", "TC Rail Safety Quebec Region RD.txt"),
    "cfia-meat": ("docx-nextline", "CFIA Western Area ED Meat Programs.docx"),
    "aafc-research": ("ocr-nextline", "AAFC Lethbridge RDC Director 1996 scan.txt"),
    "lac-preservation": ("docx-paras", "LAC DG Preservation 2019 final.docx"),
    "ircc-refugee": ("ocr-lines", "CIC refugee resettlement director.txt"),
    "ssc-datacentre": ("docx-table", "SSC Sr Dir Enterprise Data Centre Ops.docx"),
    "csa-ops": ("ocr-csr", "CSA ISS operations director 2005.txt"),
    "wd-programs": ("ocr-run", "WD SK DG Operations.txt"),
    "cnsc-reactor": ("docx-paras", "CNSC DG Power Reactor Regulation.docx"),
    "pch-official": ("ocr-lines", "PCH Atlantic OL Support Programs Director.txt"),
    "acoa-fish": ("ocr-columns", "ACOA NL Community Development 1999.txt"),
    "global-consular": ("docx-nextline", "DFAIT Consular Case Management Director.docx"),
    "psep-emergency": ("ocr-nextline", "PS GOC Director EX-02 scan.txt"),
    "infc-bridge": ("docx-csr", "INFC DG Major Bridges Program.docx"),
    "nrc-herzberg": ("docx-nextline", "NRC DRAO Director Penticton.docx"),
    "osfi-pension": ("docx-table", "OSFI MD Pension Plan Supervision 2023.docx"),
    "dec-regions": ("ocr-fr-lines", "DEC - DG bureau d'affaires BSL-GIM.txt"),
    "mpo-garde": ("ocr-fr-run", "MPO Québec DR Gestion des pêches 2003.txt"),
    "scc-etab": ("docx-fr-table", "SCC Directeur Établissement Drummond.docx"),
    "arc-recouv": ("ocr-fr-lines", "ARC Directeur CF Jonquière (signée).txt"),
    "sc-medic": ("docx-fr-paras", "SC Directrice Bureau produits biologiques.docx"),
    "bac-acq": ("ocr-fr-nextline", "BAC Directeur archives privées.txt"),
    "tc-aero": ("ocr-fr-run", "TC Aviation civile DR Québec 2000.txt"),
    "aspc-lab": ("docx-fr-table", "ASPC DG Programmes de laboratoire St-Hyacinthe.docx"),
    "cra-appeals": ("docx-en-fr", "CRA Ontario Appeals Intake Centre Director EN-FR.docx"),
    "rcmp-forensic": ("docx-bi-table", "RCMP NFLS Edmonton Director bilingual.docx"),
    "pspc-pay": ("ocr-bi", "PWGSC Pension Centre Client Services 1997.txt"),
}
NO_DATE = {"eccc-weather", "bac-acq"}
PROV_ABBR = {"Nova Scotia": ("N.S.", "NS"), "British Columbia": ("B.C.", "BC"), "Ontario": ("Ont.", "ON"),
             "Alberta": ("Alta.", "AB"), "Manitoba": ("Man.", "MB"), "Saskatchewan": ("Sask.", "SK"),
             "New Brunswick": ("N.B.", "NB"), "Prince Edward Island": ("P.E.I.", "PE"),
             "Newfoundland and Labrador": ("N.L.", "NL"), "Quebec": ("Que.", "QC")}
PROV_FR = {"Nova Scotia": "Nouvelle-Écosse", "British Columbia": "Colombie-Britannique", "Ontario": "Ontario",
           "Alberta": "Alberta", "Manitoba": "Manitoba", "Saskatchewan": "Saskatchewan", "New Brunswick": "Nouveau-Brunswick",
           "Prince Edward Island": "Île-du-Prince-Édouard", "Newfoundland and Labrador": "Terre-Neuve-et-Labrador",
           "Quebec": "Québec"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str | None:
    if n < 20:
        return WORDS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + WORDS[n % 10])
    return None


# --- notations -----------------------------------------------------------------------------------

def fmt_date(d: str, fr: bool, rng: random.Random) -> str:
    y, m, day = (int(x) for x in d.split("-"))
    if fr:
        opts = [f"{'1er' if day == 1 else day} {MOIS[m - 1]} {y}", d, f"le {'1er' if day == 1 else day} {MOIS[m - 1]} {y}"]
        if day > 12:
            opts.append(f"{day:02d}/{m:02d}/{y}")
    else:
        suffix = "st" if day in (1, 21, 31) else "nd" if day in (2, 22) else "rd" if day in (3, 23) else "th"
        opts = [f"{MONTHS[m - 1]} {day}, {y}", f"{day} {MONTHS[m - 1]} {y}", d, f"{MONTHS[m - 1]} {day}{suffix}, {y}",
                f"{MONTHS[m - 1][:3]}. {day}, {y}" if m != 5 else f"May {day}, {y}", f"{day}-{MONTHS[m - 1][:3].upper()}-{y}"]
        if day > 12:
            opts.append(f"{day:02d}/{m:02d}/{y}")
    return rng.choice(opts)


def fmt_cls(c: str, rng: random.Random, ocr: bool = False) -> str:
    grp, lvl = re.match(r"^(.*)-(\d+)$", c).groups()
    if grp != "EX":
        out = c
    else:
        out = rng.choice([c, c, f"EX {lvl}", f"EX-{int(lvl)}", f"EX{lvl}", f"EX-{lvl}"])
    if ocr and rng.random() < 0.5:
        out = re.sub(r"(?<=[-\s])0|(?<=EX)0", "O", out)
    return out


def millions(v: int) -> str | None:
    m = v / 1_000_000
    s = f"{m:.3f}".rstrip("0").rstrip(".")
    return s if abs(float(s) * 1_000_000 - v) < 0.5 else None


def fmt_amount(v: int, fr: bool, rng: random.Random) -> str:
    m = millions(v)
    k = v // 1000 if v % 1000 == 0 else None
    if fr:
        opts = [f"{v:,}".replace(",", "\u00a0") + " $", f"{v:,}".replace(",", " ") + ",00 $"]
        if m and v >= 1_000_000:
            opts += [m.replace(".", ",") + " M$", m.replace(".", ",") + " millions $"]
        if k and v < 1_000_000:
            opts += [f"{k} k$", f"{k} K$"]
    else:
        opts = [f"${v:,}", f"${v:,}.00", f"$ {v:,}"]
        if m and v >= 1_000_000:
            opts += [f"${m}M", f"${m} million", f"${m} M", f"{m} million dollars"]
        if k and v < 1_000_000:
            opts += [f"${k}K", f"${k}k"]
    return rng.choice(opts)


def fmt_fte(n: int, fr: bool, rng: random.Random) -> str:
    if n == 1:
        return rng.choice(["1 ETP", "1 employé"] if fr else ["1 FTE", "1 employee", "one (1) employee"])
    if fr:
        return rng.choice([f"{n} ETP", f"{n} équivalents temps plein", f"{n} employés", f"{n} années-personnes"])
    opts = [f"{n} FTEs", f"{n} FTE", f"{n} full-time equivalents", f"{n} employees", f"{n} person-years"]
    if words(n):
        opts.append(f"{words(n)} ({n}) employees")
    return rng.choice(opts)


def fmt_location(city: str, prov: str, fr: bool, rng: random.Random) -> tuple[str, str]:
    """(as printed, ground truth)"""
    if fr:
        p = PROV_FR[prov]
        return rng.choice([(f"{city} ({p})", f"{city}, {prov}"), (f"{city}, {p}", f"{city}, {prov}")])
    abbr, code = PROV_ABBR[prov]
    return rng.choice([(f"{city}, {prov}", f"{city}, {prov}"), (f"{city} ({prov})", f"{city}, {prov}"),
                       (f"{city}, {abbr}", f"{city}, {code}"), (f"{city.upper()}, {prov.upper()}", f"{city}, {prov}")])


# --- OCR damage ----------------------------------------------------------------------------------

SUBS = [("rn", "m"), ("m", "rn"), ("l", "I"), ("i", "l"), ("e", "c"), ("o", "a"), ("ti", "k"), ("h", "b"), ("cl", "d"),
        ("t", "l"), ("'", " "), ("f", "t"), ("s", "e")]


def smudge(text: str, rng: random.Random, rate: float) -> str:
    """Letter confusions and words run together in prose (never in digits)."""
    out = []
    for word in text.split(" "):
        if len(word) > 3 and not re.search(r"\d", word) and rng.random() < rate:
            a, b = rng.choice(SUBS)
            if a in word:
                i = word.index(a)
                word = word[:i] + b + word[i + len(a):]
        out.append(word)
        if rng.random() < rate / 7 and out:
            out.append("\x00")
    return " ".join(out).replace(" \x00 ", "").replace(" \x00", "")


def ocr_digits(s: str, rng: random.Random, rate: float = 0.5) -> str:
    """0 read as O, 1 as I or l, 5 as S, in a number (still readable)."""
    chars = []
    for i, ch in enumerate(s):
        if ch == "0" and rng.random() < rate:
            ch = "O"
        elif ch == "1" and rng.random() < rate:
            ch = rng.choice("Il")
        elif ch == "5" and rng.random() < rate / 3:
            ch = "S"
        chars.append(ch)
    return "".join(chars)


# --- the document model --------------------------------------------------------------------------

class Doc:
    def __init__(self):
        self.header: list[tuple[str, str]] = []
        self.sections: list[tuple[str, list]] = []  # heading, blocks: ("p", text) ("list", [..]) ("table", rows) ("olist", [..])
        self.top: list[str] = []
        self.tail: list[str] = []


def report_lines(reports, fr, style, rng, ocr):
    rows = []
    for r in reports:
        t, c, n = r["title"], r["classification"], r["fte"]
        cs = fmt_cls(c, rng, ocr) if c else None
        if fr:
            ns = None if n is None else rng.choice([f"{n} ETP", f"effectif de {n}", f"{n} employés"])
        else:
            ns = None if n is None else fmt_fte(n, False, rng)
        if ", " in t:
            what = " ".join(w if w[:2].isupper() else w.lower() for w in t.split(", ", 1)[1].split(" - ")[0].split())
        else:
            what = "les activités connexes" if fr else "the related program activities"
        if style == "paren":
            inner = ", ".join(x for x in (cs, ns) if x)
            s = f"{t} ({inner})" if inner else t
            rows.append(s + (f" : responsable de {what}" if fr else f": responsible for {what}"))
        elif style == "dash":
            s = f"{cs} - {t}" if cs else t
            rows.append(s + (f" ({ns})" if ns else ""))
        elif style == "staff":
            s = f"{t} ({cs})" if cs else t
            if ns:
                s += (f", {ns.replace('effectif de', 'un effectif de') if 'effectif' in ns else 'dirige ' + ns}" if fr
                      else f", with a staff of {n}")
            rows.append(s)
        elif style == "bracket":
            rows.append(f"{t}" + (f" [{cs}]" if cs else "") + (f" ({ns})" if ns else ""))
        elif style == "endash":
            rows.append(" \u2013 ".join(x for x in (t, cs, ns) if x))
        else:  # prose sentence
            if fr:
                rows.append(f"le {t}" + (f" ({cs})" if cs else "") + (f", qui compte {ns}" if ns else ""))
            else:
                rows.append(f"the {t}" + (f" ({cs})" if cs else "") + (f", with {ns}" if ns else ""))
    return rows


def build(p: dict, layout: str, rng: random.Random, form: list, heads: list, people: list[str]):
    fr = p["lang"] == "fr"
    bi = p["lang"] == "bi"
    both = bi and layout != "docx-en-fr"  # both languages side by side in the fields
    ocr = layout.startswith("ocr")
    d = Doc()
    truth = {"title": [p["title"], p["title_fr"]] if bi else p["title"], "classification": p["cls"],
             "job_code": p["job"], "position_number": p["pos"] if p["pos"] not in (None, "NEW", "TBD") else None,
             "effective_date": None if p["key"] in NO_DATE else p["date"]}
    sp, st, sc = p["sup"]
    sup_fields = form[5] is not None and rng.random() < 0.85
    if both and p.get("sup_fr"):
        st_truth = [st, p["sup_fr"]]
    else:
        st_truth = st
    city, prov = p["location"]
    loc_print, loc_truth = fmt_location(city, prov, fr, rng)
    show_loc = rng.random() < 0.9
    # header fields
    val = {}
    title_print = f"{p['title']} / {p['title_fr']}" if both else p["title"]
    val[0] = title_print
    val[1] = fmt_cls(p["cls"], rng, ocr)
    if p["job"]:
        val[2] = ocr_digits(p["job"], rng) if ocr else p["job"]
    pos = p["pos"] or rng.choice(["", "To be assigned" if not fr else "À déterminer"])
    val[3] = ocr_digits(pos, rng, 0.3) if ocr and pos else pos
    if p["key"] in NO_DATE:
        val[4] = ""
    else:
        val[4] = fmt_date(p["date"], fr, rng)
    if sup_fields:
        if sp:
            val[5] = ocr_digits(sp, rng, 0.3) if ocr else sp
        val[6] = f"{st} / {p['sup_fr']}" if both and p.get("sup_fr") else st
        val[7] = fmt_cls(sc, rng, ocr)
    if show_loc:
        val[8] = loc_print
    val[9] = p["dept"] if both or not bi else p["dept"].split(" / ")[0]
    val[10] = p["branch"] if both or not bi else p["branch"].split(" / ")[0]
    order = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 8]
    if rng.random() < 0.4:
        order = [9, 10, 0, 3, 2, 1, 4, 5, 6, 7, 8]
    for i in order:
        if i in val and form[i] is not None:
            d.header.append((form[i], val[i]))
    truth["supervisor"] = {"position_number": sp if sup_fields else None, "title": st_truth, "classification": sc}
    short = p["title"].split(",")[0].split(" - ")[0]
    art, il = ("La", "elle") if short.endswith("trice") else ("Le", "il")
    # supervisor sentence
    if not sup_fields:
        if fr:
            sup_sent = rng.choice([f"Le titulaire relève {fr_du(st)}{st} ({fmt_cls(sc, rng, ocr)}).",
                                   f"Relève de : {st} ({fmt_cls(sc, rng, ocr)})" + (f", poste no {sp}." if sp else ".")])
            if "poste no" in sup_sent:
                truth["supervisor"]["position_number"] = sp
        else:
            choice = rng.randrange(3)
            if choice == 0:
                sup_sent = f"Reports to: {st} ({fmt_cls(sc, rng, ocr)})"
            elif choice == 1 and sp:
                sup_sent = f"The {short} reports to the {st} ({fmt_cls(sc, rng, ocr)}), position {sp}."
                truth["supervisor"]["position_number"] = sp
            else:
                sup_sent = f"The position reports directly to the {st}, {fmt_cls(sc, rng, ocr)}."
    else:
        sup_sent = None
    # general accountability
    o = p["objects"]
    if fr:
        ga = rng.choice([f"{art} {short} est responsable de {o[0]}, de {o[1]} et de {o[2]}, afin que l'organisation {p['mandate']}.",
                         f"Dirige {o[0]} et {o[1]}, et assure {o[2]}, de façon à appuyer le mandat du ministère."])
    else:
        ga = rng.choice([f"The {short} is accountable for {o[0]}, {o[1]} and {o[2]}, so that the organization {p['mandate']}.",
                         f"Directs {o[0]} and {o[1]}, and oversees {o[2]}, in support of a program that {p['mandate']}.",
                         f"Provides leadership and direction for {o[0]} and {o[3]}, and is accountable for {o[1]}."])
    # organization
    style = rng.choice(["paren", "dash", "staff", "bracket", "endash", "prose"])
    org = []
    n = len(p["reports"])
    if fr:
        org.append(("p", f"{art} {short} est l’un des postes relevant {fr_du(st)}{st}." if sup_fields else sup_sent))
    else:
        org.append(("p", f"The {short} is one of several positions reporting to the {st}." if sup_fields else sup_sent))
    rl = report_lines(p["reports"], fr, style, rng, ocr)
    if style == "prose":
        joined = "; ".join(rl[:-1]) + (" et " if fr else "; and ") + rl[-1] if len(rl) > 1 else rl[0]
        org.append(("p", (f"Relèvent du titulaire : {joined}." if fr else
                          f"Reporting to the {short} are {joined}.")))
    elif layout in ("docx-table", "docx-fr-table", "docx-bi-table") and rng.random() < 0.8:
        hdr = ["Titre", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"]
        org.append(("p", "Postes relevant directement du titulaire :" if fr else f"Positions reporting to the {short}:"))
        org.append(("table", [hdr] + [[r["title"], r["classification"] or "", "" if r["fte"] is None else str(r["fte"])]
                                     for r in p["reports"]]))
    else:
        org.append(("p", f"Les {words_fr(n)} postes suivants relèvent du titulaire :" if fr else
                    f"The following {n} positions report to the {short}:"))
        org.append(("list", rl))
    # nature and scope
    ch = rng.sample(FR_CHALLENGES if fr else EN_CHALLENGES, 3)
    pa = rng.choice(FR_PARTNERS if fr else EN_PARTNERS)
    if fr:
        br = p["branch"]
        ns = [f"{p['dept']} : {'le' if br.startswith(('Secteur', 'Laboratoire', 'Bureau')) else 'la'} "
              f"{br if not br.startswith(('Direction', 'Région', 'Secteur', 'Laboratoire')) else br[0].lower() + br[1:]} {p['mandate']}.",
              f"{art} {short} est au cœur de ce mandat puisqu'{il} est responsable de {o[0]} et de {o[3]}. Par ailleurs, {p['context']}.",
              " ".join(ch) + " " + pa]
    else:
        ns = [f"Within {p['dept'].split(' / ')[0]}, the {p['branch'].split(' / ')[0]} {p['mandate']}.",
              f"The {short} is central to this mandate, being responsible for {o[0]} and {o[3]}. In addition, {p['context']}.",
              " ".join(ch) + " " + pa]
    # dimensions
    dims, fte = [], p["fte"]
    sal, om, tot = p["salary"], p["om"], p["total"]
    if rng.random() < 0.3:
        if fr:
            parts = []
            if sal:
                parts.append(f"un budget salarial de {fmt_amount(sal, True, rng)}")
            if om:
                parts.append(f"un budget de F et E de {fmt_amount(om, True, rng)}")
            s = "Le titulaire gère " + " et ".join(parts) if parts else "Le titulaire gère un budget"
            if tot:
                s += f", pour un total de {fmt_amount(tot, True, rng)}"
            s += f", ainsi qu'un effectif de {fte} ETP."
        else:
            parts = []
            if sal:
                parts.append(f"a salary budget of {fmt_amount(sal, False, rng)}")
            if om:
                parts.append(f"an O&M budget of {fmt_amount(om, False, rng)}")
            s = "The position manages " + " and ".join(parts) if parts else "The position manages a budget"
            if tot:
                s += f" for a total of {fmt_amount(tot, False, rng)}"
            s += f", and a workforce of {fmt_fte(fte, False, rng)}."
        dims.append(("p", s))
    else:
        labels = (rng.choice([("Salaires", "F et E", "Total", "ETP"), ("Budget salarial", "Fonctionnement et entretien", "Budget total", "Équivalents temps plein"),
                              ("Masse salariale", "Budget de F&E", "Total", "Effectif")]) if fr else
                  rng.choice([("Salary", "O&M", "Total", "FTEs"), ("Salary budget", "Operating and maintenance", "Total operating budget", "Full-time equivalents"),
                              ("Salaries", "Non-salary O&M", "Total budget", "Staff"), ("Personnel costs", "Operating costs", "Total", "Person-years")]))
        items = []
        if sal:
            items.append((labels[0], fmt_amount(sal, fr, rng)))
        if om:
            items.append((labels[1], fmt_amount(om, fr, rng)))
        if tot:
            items.append((labels[2], fmt_amount(tot, fr, rng)))
        items.append((labels[3], str(fte) if labels[3] in ("FTEs", "ETP", "Effectif", "Staff") else fmt_fte(fte, fr, rng)))
        if ocr:
            items = [(a, ocr_digits(b, rng, 0.25)) for a, b in items]
        dims.append(("dl", items))
    # specific accountabilities
    acc = [t.format(o=ob) for t, ob in zip(rng.sample(FR_ACC if fr else EN_ACC, 4), rng.sample(o, 4))]
    acc += rng.sample(FR_ACC_MGMT if fr else EN_ACC_MGMT, rng.choice([2, 3]))
    acc = acc[:rng.choice([6, 7])] if len(acc) > 6 else acc
    if fr:
        ga, ns, acc = fr_fix(ga), [fr_fix(x) for x in ns], [fr_fix(x) for x in acc]
        org = [(k, fr_fix(c) if isinstance(c, str) else [fr_fix(x) for x in c] if k == "list" else c) for k, c in org]
    if ocr:
        ga, ns, acc = smudge(ga, rng, 0.05), [smudge(x, rng, 0.05) for x in ns], [smudge(x, rng, 0.05) for x in acc]
    secs = {"ga": (heads[0], [("p", ga)]), "org": (heads[1], org), "ns": (heads[2], [("p", x) for x in ns]),
            "dim": (heads[3], dims), "sa": (heads[4], [("olist", acc)])}
    orders = [["ga", "org", "ns", "dim", "sa"], ["ga", "ns", "org", "dim", "sa"], ["ga", "org", "dim", "ns", "sa"],
              ["ga", "sa", "org", "dim", "ns"], ["ga", "dim", "org", "ns", "sa"]]
    d.sections = [(k,) + secs[k] for k in rng.choice(orders)]
    # signatures / incumbent
    inc, boss = people[0], people[1]
    sign_date = "" if p["key"] in NO_DATE else fmt_date(p["date"], fr, rng)
    if fr:
        d.tail = ["ATTESTATION" if rng.random() < 0.5 else "Signatures",
                  "Le présent document décrit fidèlement les fonctions du poste.",
                  f"Titulaire : {inc}     Signature : ____________     Date : {sign_date}",
                  f"Superviseur : {boss}, {st}     Signature : ____________     Date : {sign_date}"]
    else:
        d.tail = ["CERTIFICATION" if rng.random() < 0.5 else "Signatures",
                  "The foregoing is an accurate statement of the duties and responsibilities of the position.",
                  f"Incumbent: {inc}     Signature: ____________     Date: {sign_date}",
                  f"Supervisor: {boss}     Title: {st}     Date: {sign_date}"]
    if len(people) > 2:
        d.tail.append((f"Approuvé par : {people[2]}, Sous-ministre adjoint" if fr else
                       f"Approved by: {people[2]}, Assistant Deputy Minister"))
    if ocr:
        d.tail = [smudge(x, rng, 0.03) if "Incumbent" not in x and "Titulaire" not in x and "Supervisor" not in x
                  and "Superviseur" not in x and "Approved" not in x and "Approuvé" not in x else x for x in d.tail]
    truth.update({"location": loc_truth if show_loc else None})
    truth["direct_reports"] = [dict(r) for r in p["reports"]]
    truth["salary"], truth["o_and_m"], truth["total"] = sal, om, tot
    return d, truth


def fr_du(title: str) -> str:
    return "de la " if title.split(",")[0].split()[0].endswith(("trice", "ente")) else "du "


def fr_fix(text: str) -> str:
    """Contractions of the French articles after de and à."""
    for a, b in ((" de les ", " des "), (" à les ", " aux "), (" de le ", " du "), (" à le ", " au "),
                 (" sur les ", " sur les "), (" le Agent", " l'Agent"), (" du Agent", " de l'Agent")):
        text = text.replace(a, b)
    return text


def words_fr(n):
    return ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"][n] if n < 9 else str(n)


# --- text renderers ------------------------------------------------------------------------------

def heading_text(h: str, i: int, rng_style: tuple, fr: bool = False) -> str:
    num, case, colon = rng_style
    h = h.upper() if case == "upper" else h
    prefix = {"none": "", "num": f"{i + 1}. ", "alpha": f"{'ABCDEFG'[i]}. ", "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI'][i]}. ",
              "part": f"{'PARTIE' if fr else 'PART'} {i + 1} - " if case == "upper" else f"{'Partie' if fr else 'Part'} {i + 1} - "}[num]
    return prefix + h + (":" if colon else "")


def blocks_text(blocks, fr, rng, wrap=None) -> list[str]:
    out = []
    for kind, content in blocks:
        if kind == "p":
            out += textwrap.wrap(content, wrap) if wrap else [content]
        elif kind == "list":
            mark = rng.choice(["- ", "* ", "o ", "\u2022 ", "> "])
            for item in content:
                lines = textwrap.wrap(item, wrap - 2) if wrap else [item]
                out.append(mark + lines[0])
                out += ["  " + x for x in lines[1:]]
        elif kind == "olist":
            fmt = rng.choice(["{n}. ", "{n}) ", "({a}) ", "{a}. "])
            for n, item in enumerate(content, 1):
                lab = fmt.format(n=n, a="abcdefgh"[n - 1])
                lines = textwrap.wrap(item, wrap - len(lab)) if wrap else [item]
                out.append(lab + lines[0])
                out += [" " * len(lab) + x for x in lines[1:]]
        elif kind == "table":
            for row in content:
                out.append(f"{row[0]:<60} {row[1]:<12} {row[2]}")
        elif kind == "dl":
            for a, b in content:
                out.append(f"{a}: {b}" if rng.random() < 0.7 else f"{a} {'.' * 6} {b}")
        out.append("")
    return out


def hyphenate(lines, rng, rate=0.04):
    """A word broken at the end of a wrapped line, its end carried to the next line."""
    out, carry = [], ""
    for ln in lines:
        if carry:
            indent = len(ln) - len(ln.lstrip())
            ln = ln[:indent] + carry + " " + ln[indent:] if ln.strip() else carry
            carry = ""
        m = re.search(r" ([a-z]{3,})([a-z]{4,})$", ln)
        if m and rng.random() < rate and ":" not in ln:
            out.append(ln[:m.start(2)] + "-")
            carry = m.group(2)
        else:
            out.append(ln)
    if carry:
        out.append(carry)
    return out


def render_text(d: Doc, layout: str, p: dict, rng: random.Random) -> str:
    fr = p["lang"] == "fr"
    hs = (rng.choice(["none", "num", "alpha", "roman", "part"]), rng.choice(["upper", "upper", "title"]), rng.random() < 0.5)
    title_line = (rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE (EX)", "Description de travail - cadres de direction"])
                  if fr else rng.choice(["EXECUTIVE WORK DESCRIPTION", "EX GROUP POSITION DESCRIPTION", "Work Description - Executive Group",
                                         "JOB DESCRIPTION - MANAGEMENT CATEGORY"]))
    if p["lang"] == "bi":
        title_line = "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
    body: list[str] = []
    if layout.endswith("nextline"):
        head = []
        for a, b in d.header:
            head += [a.upper(), b, ""]
    elif layout == "ocr-bi":
        head = [f"{a}: {b}" for a, b in d.header]
    else:
        head = [f"{a}: {b}" if rng.random() < 0.8 else f"{a} : {b}" for a, b in d.header]
    wrap = None if layout.endswith("run") else rng.choice([72, 78, 86])
    if layout == "ocr-columns":
        # header normal, then organization (left) and dimensions + nature and scope (right) interleaved
        secs = {k: (h, b) for k, h, b in d.sections}
        left = [heading_text(secs["org"][0], 1, hs)] + blocks_text(secs["org"][1], fr, rng, 44)
        right = [heading_text(secs["dim"][0], 3, hs)] + blocks_text(secs["dim"][1], fr, rng, 38)
        right += [heading_text(secs["ns"][0], 2, hs)] + blocks_text(secs["ns"][1][:1], fr, rng, 38)
        rows = []
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            rows.append((a + " " + rng.choice([" ", "  ", " | ", "   "]) + b).strip())
        body = [title_line, ""] + head + ["", heading_text(secs["ga"][0], 0, hs)] + blocks_text(secs["ga"][1], fr, rng, 86) + rows
        body += blocks_text(secs["ns"][1][1:], fr, rng, 86)
        body += ["", heading_text(secs["sa"][0], 4, hs)] + blocks_text(secs["sa"][1], fr, rng, 86)
    elif layout == "ocr-csr":
        by = {k: b for k, _, b in d.sections}
        body = [title_line, ""] + head + ["", "CLIENT SERVICE RESULTS" if hs[1] == "upper" else "Client Service Results"]
        body += blocks_text(by["ga"], fr, rng, wrap)
        body += ["KEY ACTIVITIES" if hs[1] == "upper" else "Key Activities"] + blocks_text(by["sa"], fr, rng, wrap)
        body += ["RESPONSIBILITY" if hs[1] == "upper" else "Responsibility", "Organization and reporting relationships"]
        body += blocks_text(by["org"], fr, rng, wrap)
        body += ["Resources"] + blocks_text(by["dim"], fr, rng, wrap)
        body += ["SKILL" if hs[1] == "upper" else "Skill"] + blocks_text(by["ns"][:2], fr, rng, wrap)
        body += ["EFFORT" if hs[1] == "upper" else "Effort"] + blocks_text(by["ns"][2:], fr, rng, wrap)
        body += ["WORKING CONDITIONS" if hs[1] == "upper" else "Working Conditions",
                 "Normal office environment; frequent travel within the region and to headquarters; extended hours during peak periods.", ""]
    else:
        body = [title_line, ""] + head + [""]
        for i, (_, h, blocks) in enumerate(d.sections):
            body += [heading_text(h, i, hs, fr)] + blocks_text(blocks, fr, rng, wrap)
    body += [""] + d.tail
    if layout.endswith("run"):
        text = " ".join(x for x in body if x.strip())
        text = text.replace("  ", " ")
        # running footers from the scanned pages, inside the run
        words_ = text.split(" ")
        foot = p["title"].split(",")[-1].strip()[:40]
        for k, at in enumerate(range(len(words_) // 3, len(words_), len(words_) // 3)):
            while at < len(words_) - 1 and not (words_[at - 1].endswith(".") and words_[at][:1].isupper()):
                at += 1
            if at >= len(words_) - 1:
                break
            words_.insert(at, f"{foot} {k + 2}" if rng.random() < 0.5 else f"Page {k + 2}")
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(words_) + "\n"
    body = hyphenate(body, rng) if layout.startswith("ocr") else body
    # page breaks with running header/footer
    out, page = [], 1
    footer = rng.choice([f"{p['dept'].split(' / ')[0]}", "PROTECTED A (when completed)", "Rev. 09/95", p["title"][:50]])
    for i, ln in enumerate(body):
        out.append(ln)
        if i and i % 48 == 0:
            page += 1
            out += ["", f"{footer}    {rng.choice(['Page', 'p.', '-'])} {page - 1}", "\f" if rng.random() < 0.5 else ""]
    text = "\n".join(out).rstrip() + "\n"
    if layout.startswith("ocr") and not layout.endswith("run") and rng.random() < 0.4:
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


# --- Word renderers ------------------------------------------------------------------------------

FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def docx_save(document) -> bytes:
    cp = document.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.revision = "", "", "", 1
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def add_label(document, label, value, colon=True):
    para = document.add_paragraph()
    para.add_run(label + (":" if colon else "")).bold = True
    para.add_run(" " + value)


def add_blocks(document, blocks, rng, auto_numbers):
    for kind, content in blocks:
        if kind == "p":
            document.add_paragraph(content)
        elif kind == "list":
            for item in content:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "olist":
            for n, item in enumerate(content, 1):
                if auto_numbers:
                    document.add_paragraph(item, style="List Number")
                else:
                    document.add_paragraph(f"{n}. {item}")
        elif kind == "table":
            t = document.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for row in content:
                for cell, text in zip(t.add_row().cells, row):
                    cell.text = text
        elif kind == "dl":
            t = document.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in content:
                c = t.add_row().cells
                c[0].text, c[1].text = a, b


def render_docx_into(document, d: Doc, layout: str, p: dict, rng: random.Random, fr: bool):
    hs = (rng.choice(["none", "num", "alpha", "roman"]), rng.choice(["upper", "title"]), rng.random() < 0.4)
    doc_title = (rng.choice(["Description de travail – Groupe de la direction (EX)", "DESCRIPTION DE POSTE DE CADRE"]) if fr else
                 rng.choice(["Executive Work Description", "EXECUTIVE (EX) JOB DESCRIPTION", "Work Description", "Position Description – EX Group"]))
    if layout == "docx-bi-table":
        doc_title = "Executive Work Description / Description de travail de cadre de direction"
    document.add_heading(doc_title, level=1)
    if layout in ("docx-table", "docx-fr-table"):
        t = document.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in d.header:
            c = t.add_row().cells
            c[0].text, c[1].text = a + (":" if rng.random() < 0.3 else ""), b
    elif layout == "docx-bi-table":
        t = document.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for a, b in d.header:
            en, _, frl = re.split(r"( / | - )", a, maxsplit=1) if re.search(r" / | - ", a) else (a, "", "")
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text = en, frl, b
    elif layout == "docx-csr":
        t = document.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        items = list(d.header)
        for i in range(0, len(items), 2):
            c = t.add_row().cells
            c[0].text, c[1].text = items[i]
            if i + 1 < len(items):
                c[2].text, c[3].text = items[i + 1]
    elif layout == "docx-nextline":
        for a, b in d.header:
            document.add_paragraph().add_run(a).bold = True
            document.add_paragraph(b)
    else:
        for a, b in d.header:
            add_label(document, a, b)
    auto = rng.random() < 0.5
    if layout == "docx-csr":
        by = {k: b for k, _, b in d.sections}
        document.add_heading("Client Service Results", level=2)
        add_blocks(document, by["ga"], rng, auto)
        document.add_heading("Key Activities", level=2)
        add_blocks(document, by["sa"], rng, auto)
        document.add_heading("Responsibility", level=2)
        document.add_paragraph("Organization").runs[0].bold = True
        add_blocks(document, by["org"], rng, auto)
        document.add_paragraph("Resources").runs[0].bold = True
        add_blocks(document, by["dim"], rng, auto)
        document.add_heading("Skill", level=2)
        add_blocks(document, by["ns"][:2], rng, auto)
        document.add_heading("Effort", level=2)
        add_blocks(document, by["ns"][2:], rng, auto)
        document.add_heading("Working Conditions", level=2)
        document.add_paragraph("Office environment with frequent travel to project sites; sustained pressure during critical periods.")
    else:
        for i, (_, h, blocks) in enumerate(d.sections):
            text = heading_text(h, i, hs)
            if rng.random() < 0.5:
                document.add_heading(text, level=2)
            else:
                document.add_paragraph().add_run(text).bold = True
            add_blocks(document, blocks, rng, auto)
    for line in d.tail:
        document.add_paragraph(line)


def render_docx(d: Doc, layout: str, p: dict, rng: random.Random, extra: Doc | None = None) -> bytes:
    import docx
    document = docx.Document()
    render_docx_into(document, d, layout, p, rng, p["lang"] == "fr")
    if extra is not None:
        document.add_page_break()
        render_docx_into(document, extra, "docx-fr-paras", p, rng, True)
    return docx_save(document)


# --- the French copy of the English-then-French document -----------------------------------------

CRA_FR_REPORTS = {"Manager, Intake and Triage": "Gestionnaire, Réception et triage",
                  "Manager, Small Business Appeals": "Gestionnaire, Appels des petites entreprises"}


def french_copy(p: dict, rng: random.Random) -> Doc:
    form, d = FR_FORMS[1], Doc()
    city, prov = p["location"]
    d.header = [(form[0], p["title_fr"]), (form[1], p["cls"]), (form[2], p["job"] or ""), (form[3], p["pos"]),
                (form[4], fmt_date(p["date"], True, rng)), (form[5], p["sup"][0]), (form[6], p["sup_fr"]),
                (form[7], p["sup"][2]), (form[8], f"{city} ({PROV_FR[prov]})")]
    rl = [f"{CRA_FR_REPORTS[r['title']]} ({r['classification']}, {r['fte']} ETP)" for r in p["reports"]]
    d.sections = [("ga", "Responsabilités générales",
                   [("p", "Le directeur est responsable de la réception des avis d'opposition, de leur triage et de leur "
                          "attribution aux bureaux des appels, ainsi que du respect des normes de service.")]),
                  ("org", "Structure organisationnelle", [("p", "Postes relevant du directeur :"), ("list", rl)]),
                  ("dim", "Dimensions", [("dl", [("Salaires", fmt_amount(p["salary"], True, rng)),
                                                 ("F et E", fmt_amount(p["om"], True, rng)),
                                                 ("Total", fmt_amount(p["total"], True, rng)), ("ETP", str(p["fte"]))])])]
    d.tail = ["La version anglaise de la présente description fait foi."]
    return d


# --- documents to refuse -------------------------------------------------------------------------

def refusals(rng: random.Random) -> list[tuple[str, str, str, bytes]]:
    import docx
    out = []
    claim = """--- Structured Job Description ---


--- Full Extracted Text ---
TRAVEL EXPENSE CLAIM / DEMANDE DE REMBOURSEMENT DES FRAIS DE VOYAGE Fisheries and Oceans Canada Claimant: Gordon MacIsaac PRI: IO42 7719 Position: Director, Small Craft Harbours (EX-O1) Travel authority no.: TA-2OO8-0419 Purpose of travel: Regional harbour authority meetings, Yarmouth and Digby Departure: Oct. 14, 2OO8 Return: Oct. 17, 2OO8 Date Description Amount 14-10-2008 Private vehicle 312 km @ $0.505 $157.56 14-10-2008 Lodging Yarmouth $119.OO 15-10-2008 Meals (B/L/D) $77.1O 16-10-2008 Lodging Digby $104.OO 16-10-2008 Meals $77.10 17-10-2008 Private vehicle 298 km @ $0.505 $150.49 17-10-2008 Incidentals 4 days @ $17.30 $69.20 TOTAL CLAIMED $754.45 Advance $0.00 Amount due to claimant $754.45 I certify that the expenses claimed were incurred on government business. Signature of claimant ________ Section 34 FAA certification ________ Approved by: Theresa Boudreau Date: 2008-10-24 Cost centre 442817 GL 52310
"""
    out.append(("DFO travel claim MacIsaac Oct 2008.txt", "ocr", "en", claim.encode("utf-8")))

    document = docx.Document()
    document.add_paragraph("Ottawa, le 3 février 2015")
    document.add_paragraph("Madame Isabelle Caron\nDirectrice adjointe, Politique réglementaire\nTransports Canada")
    document.add_paragraph().add_run("Objet : Offre de nomination intérimaire – Directeur, Politique de la sécurité maritime (EX-01)").bold = True
    document.add_paragraph("Madame,")
    for para in [
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Politique de la sécurité maritime, "
        "classifié EX-01, numéro de poste 31077, au sein de la Direction générale de la sécurité maritime, à Ottawa (Ontario).",
        "La nomination prendra effet le 16 février 2015 et se terminera le 14 août 2015, ou plus tôt si le poste est doté "
        "de façon permanente. Votre rémunération sera fixée conformément au Règlement sur les conditions d'emploi des cadres de direction.",
        "Vous continuerez de relever de la Directrice générale, Sécurité maritime. Les autres conditions de votre emploi demeurent inchangées.",
        "Veuillez signer les deux exemplaires de la présente lettre et en retourner un à la Direction des ressources humaines "
        "au plus tard le 10 février 2015.",
    ]:
        document.add_paragraph(para)
    document.add_paragraph("Veuillez agréer, Madame, l'expression de mes sentiments distingués.")
    document.add_paragraph("Alain Vézina\nSous-ministre adjoint, Sécurité et sûreté")
    document.add_paragraph("J'accepte la présente offre : ____________________   Date : ___________")
    out.append(("Lettre d'offre intérim EX-01 Caron 2015.docx", "docx", "fr", docx_save(document)))

    document = docx.Document()
    document.add_heading("Executive Committee – Record of Decisions", level=1)
    document.add_paragraph("Meeting of March 9, 2016, 9:00 to 11:30, Boardroom 7A, 427 Laurier Avenue West")
    document.add_paragraph("Present: Derek Sinclair (Chair), Heather Blackburn, Rajiv Mehta, Louise Savard, Neil Fraser. "
                           "Regrets: Catherine Murray. Secretariat: Jasmine Rahman.")
    items = [
        ("1. Adoption of the agenda", "The agenda was adopted as circulated."),
        ("2. Reorganization of the Program Operations Branch",
         "The ADM presented the proposal to create a Major Bridges Program directorate headed by a Director General (EX-03), "
         "with three directors (EX-01) for project delivery, contract management and risk. Members asked that the work descriptions "
         "be submitted to the classification committee before the end of the fiscal year. Decision: approved in principle."),
        ("3. 2016-17 budget allocation",
         "Finance presented the preliminary allocation: $48.2M in salary and $17.5M in O&M for the branch. A reallocation of $1.2M to "
         "the new directorate will be confirmed at the next meeting."),
        ("4. Staffing plan", "HR will launch an EX-01 collective process in April. Acting appointments will be limited to six months."),
        ("5. Other business", "None."),
    ]
    for h, t in items:
        document.add_paragraph().add_run(h).bold = True
        document.add_paragraph(t)
    t = document.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Action item", "Lead", "Due"]):
        cell.text = text
    for row in [["Submit work descriptions to classification", "HR", "2016-03-31"], ["Confirm reallocation", "Finance", "2016-04-13"]]:
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    out.append(("EXCOM record of decisions 2016-03-09.docx", "docx", "en", docx_save(document)))

    transfer = """RECORDS TRANSFER LIST                                  Page 1 of 2
Canadian Heritage - Atlantic Region - Moncton
Accession no.: 2O09-0147          Box no.: 14 of 22
Retention: RDA 2OO2/003          Security: Protected B

File no.       Title                                                     Dates
4500-1         Work descriptions - EX positions - Atlantic            1996-2004
4500-1-2       Classification decisions - EX-01                       1998-2003
4500-3         Organization charts - Regional Office                  1999-2005
4510-2         Staffing - Official Languages Programs                 2001-2004
7000-12        Agreements - Minority language education (N.B.)       2000-2005
7000-13        Agreements - Minority language education (N.S.)       2000-2005
7020-1         Community organizations - funding files A-L            2002-2004

Prepared by: Maureen Doucette, Records Officer         Date: 15/09/2009
Received by: Library and Archives Canada, Halifax     Date: __________
"""
    out.append(("PCH Atlantic records transfer list box 14.txt", "ocr", "en", transfer.encode("utf-8")))

    junk_rng = random.Random("unreadable")
    lines = []
    alphabet = "~!|;:.,'`^*-_=+ilIjtfr1/\\()[]{}aeosnm#%"
    for _ in range(38):
        n = junk_rng.randint(10, 70)
        lines.append("".join(junk_rng.choice(alphabet) if junk_rng.random() > 0.15 else " " for _ in range(n)))
    lines.insert(12, "E X E C ~ t  I v E  ' ' , ; : W O R K")
    out.append(("scan_0047.txt", "ocr", "en", ("\n".join(lines) + "\n").encode("utf-8")))
    return out


# --- main ----------------------------------------------------------------------------------------

def main() -> int:
    import yaml
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    counters = {"en": 0, "fr": 0, "bi": 0}
    names = iter(PEOPLE)
    for p in POSITIONS:
        layout, filename = PLAN[p["key"]]
        rng = random.Random(p["key"])
        lang = p["lang"]
        i = counters[lang]
        counters[lang] += 1
        form = {"en": EN_FORMS, "fr": FR_FORMS, "bi": BI_FORMS if layout != "docx-en-fr" else EN_FORMS}[lang]
        form = form[(i + (7 if layout == "docx-en-fr" else 0)) % len(form)]
        heads = (FR_HEADINGS if lang == "fr" else EN_HEADINGS)[rng.randrange(len(FR_HEADINGS if lang == "fr" else EN_HEADINGS))]
        people = [next(names), next(names)] + ([next(names)] if rng.random() < 0.5 else [])
        d, truth = build(p, layout, rng, form, heads, people)
        if layout.startswith("ocr"):
            data = render_text(d, layout, p, rng).encode("utf-8")
        else:
            extra = french_copy(p, rng) if layout == "docx-en-fr" else None
            data = render_docx(d, layout, p, rng, extra)
            if extra is not None:
                truth["direct_reports"] = [dict(r, title=[r["title"], CRA_FR_REPORTS[r["title"]]]) for r in p["reports"]]
        (corpus / filename).write_bytes(data)
        fields = dict(truth)
        if fields["effective_date"]:
            fields["effective_date"] = dt.date.fromisoformat(fields["effective_date"])
        ordered = {k: fields[k] for k in ("title", "classification", "job_code", "position_number", "effective_date",
                                          "supervisor", "direct_reports", "salary", "o_and_m", "total", "location")}
        not_stated = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
                      if ordered[k] is None]
        record = {"document": filename, "kind": layout, "language": lang if lang != "bi" else "bilingual",
                  "outcome": "import", "fields": ordered, "not_stated": not_stated,
                  "also": {"fte": p["fte"], "operating_budget": None, "program_budget": None,
                           "provisional_number": None,
                           "department": p["dept"], "branch": p["branch"]},
                  "people": people}
        (expected / f"{filename}.expected.yaml").write_text(
            yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    for filename, kind, lang, data in refusals(random.Random("refuse")):
        (corpus / filename).write_bytes(data)
        record = {"document": filename, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                  "people": []}
        (expected / f"{filename}.expected.yaml").write_text(
            yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    print(f"{len(POSITIONS)} work descriptions and 5 documents to refuse written to {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
