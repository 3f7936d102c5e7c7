"""Write the blind109 corpus: the executive-services share drive of a justice and public-safety
portfolio (Justice Canada, the PPSC, Correctional Service Canada, Public Safety Canada), EX-01
to EX-04 work descriptions collected 2009-2023 and a few documents that are not descriptions.

    /work/main/.venv/bin/python bench/import/blind109/make_blind.py

Deterministic: a fixed seed, fixed .docx timestamps and zip dates; the same bytes on every run.
Writes corpus/ and expected/ next to this file (both are emptied first)."""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import BY_KEY, POSITIONS  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (BRANCH, CHALLENGE_EN, CHALLENGE_FR, DEPTS, FIRST, LAST, LABELS_EN, LABELS_FR, PROSE,  # noqa: E402
                   SECTIONS_EN, SECTIONS_FR)

SEED = 109
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ====================================================================== notations
def fmt_date(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}",
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(),
                "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}"}[style]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}",
            "caps": f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}",
            "iso": d.isoformat(),
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]


DATE_STYLES = {"en": ["long", "ord", "dmy", "abbr", "caps", "iso", "slash"], "fr": ["long", "le", "iso", "dots", "slash"]}


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def fmt_amount(v: int, lang: str, style: str) -> str:
    if style in ("M", "million") and v < 1000000:
        style = "K" if lang == "en" else "full"
    if style in ("M", "million"):
        if v % 10000 == 0:
            m = f"{v / 1e6:.2f}"
        elif v % 1000 == 0:
            m = f"{v / 1e6:.3f}"
        else:
            style = "full"
        if style != "full":
            whole, frac = m.split(".")
            m = _group(int(whole), " " if lang == "fr" else ",") + "." + frac
    if style == "K" and v % 1000:
        style = "full"
    if lang == "fr":
        if style == "full":
            return f"{_group(v, ' ')} $"
        if style == "cents":
            return f"{_group(v, ' ')},00 $"
        if style == "M":
            return f"{m.replace('.', ',')} M$"
        if style == "million":
            return f"{m.replace('.', ',')} million{'s' if v >= 2000000 else ''} $"
        if style == "K":
            return f"{_group(v // 1000, ' ')} k$"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        return f"${m}M"
    if style == "million":
        return f"${m} million"
    if style == "K":
        return f"${v // 1000:,}K"
    raise ValueError(style)


AMOUNT_STYLES = {"en": ["full", "cents", "M", "million", "K"], "fr": ["full", "cents", "M", "million"]}


def fmt_cls(c: str, style: str) -> str:
    g, _, lvl = c.rpartition("-")
    if not g.startswith("EX"):
        return c
    return {"std": c, "space": f"EX {lvl}", "short": f"EX-{int(lvl)}", "tight": f"EX{lvl}", "paren": f"({c})"}[style]


def fmt_fte(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "employes": f"{n} employés"}[style]
    return {"ftes": f"{n} FTE{'s' if n != 1 else ''}", "fte": f"{n} FTE", "fte_s": f"{n} FTE's", "staff": f"staff of {n}",
            "employees": f"{n} employees"}[style]


FTE_STYLES = {"en": ["ftes", "fte", "fte_s", "staff", "employees"], "fr": ["etp", "effectif", "employes"]}


def location(p, lang, style="comma"):
    prov = p["prov_fr"] if lang == "fr" else p["prov"]
    if style == "paren" or lang == "fr":
        return f"{p['city']} ({prov})"
    return f"{p['city']}, {prov}"


# ====================================================================== OCR damage
def damage_digits(s: str, rng: random.Random, p: float) -> str:
    out = []
    for ch in s:
        r = rng.random()
        if ch == "0" and r < p:
            out.append("O")
        elif ch == "1" and r < p:
            out.append(rng.choice("Il"))
        elif ch == "5" and r < p * 0.5:
            out.append("S")
        elif ch == "8" and r < p * 0.35:
            out.append("B")
        elif ch == "6" and r < p * 0.15:
            out.append("b")
        else:
            out.append(ch)
    return "".join(out)


CONFUSIONS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("ti", "b"),
              ("t", "l"), ("a", "e"), ("f", "t"), ("o", "a"), ("s", "a")]


def damage_prose(s: str, rng: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < p:
            a, b = rng.choice(CONFUSIONS)
            i = w.find(a, 1)
            if i > 0:
                w = w[:i] + b + w[i + len(a):]
        if "'" in w and rng.random() < p * 4:
            w = w.replace("'", " ")
        out.append(w)
        out.append("" if rng.random() < p * 0.6 else " ")
    text = "".join(out[:-1])
    return damage_digits(text, rng, p * 3)


# ====================================================================== the logical document
def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def person(rng, used):
    while True:
        n = f"{pick(rng, FIRST)} {pick(rng, LAST)}"
        if n not in used:
            used.add(n)
            return n


def build(spec, rng):
    """Blocks (kind, ...) and the ground truth of one work description."""
    pos = copy.deepcopy(BY_KEY[spec["pos"]])
    pos.update(spec.get("ov", {}))
    lang = spec["lang"]
    o = spec
    L = "fr" if lang == "fr" else "en"
    labels = (LABELS_FR if L == "fr" else LABELS_EN)[o.get("labels", rng.randrange(len(LABELS_FR if L == "fr" else LABELS_EN)))]
    heads = SECTIONS_FR if L == "fr" else SECTIONS_EN
    hs = o.get("heads", rng.randrange(4))
    H = {k: v[hs] for k, v in heads.items()}
    if lang == "bilingual":
        H = {k: f"{SECTIONS_EN[k][hs]} / {SECTIONS_FR[k][hs]}" for k in SECTIONS_EN}
        labels = {k: f"{LABELS_EN[o.get('labels', 0)][k]} / {LABELS_FR[o.get('labels_fr', 0)][k]}" for k in LABELS_EN[0]}
    cls_style = o.get("cls", pick(rng, ["std", "std", "space", "short", "tight", "paren"]))
    date_style = o.get("date_style", pick(rng, DATE_STYLES[L]))
    amt = o.get("amt", pick(rng, AMOUNT_STYLES[L]))
    fte_style = o.get("fte", pick(rng, FTE_STYLES[L]))
    title = pos["t_fr"] if L == "fr" else pos["t_en"]
    unit = pos["u_fr"] if L == "fr" else pos["u_en"]
    dept_en, dept_fr, dept_short = DEPTS[pos["dept"]]
    used = set()
    truth = dict(title=title, classification=pos["cls"], job_code=None, position_number=None, effective_date=None,
                 supervisor=None, direct_reports=[], salary=None, o_and_m=None, total=None, location=None)
    also = {"department": dept_en, "fte": pos["fte"], "operating_budget": None, "program_budget": pos.get("program"),
            "provisional_number": None}
    people = []

    blocks = []
    top = {"en": ["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EX GROUP",
                  "Job Description"],
           "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de poste de cadre",
                  "DESCRIPTION DE TRAVAIL (EX)"],
           "bilingual": ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION",
                         "Work Description / Description de travail"]}[lang]
    if o.get("dept_top", True):
        blocks.append(("line", dept_en if L == "en" else dept_fr if lang == "fr" else f"{dept_en} / {dept_fr}"))
    blocks.append(("title", pick(rng, top)))

    # ---- header fields
    fields = [(labels["title"], title)]
    if lang == "bilingual":
        fields.append(("Titre du poste (français) / French title" if o.get("fr_title_label", 0) == 0
                       else "Titre / Title (FR)", pos["t_fr"]))
    fields.append((labels["cls"], fmt_cls(pos["cls"], cls_style)))
    if pos["job"] and o.get("job", True):
        fields.append((labels["job"], pos["job"]))
        truth["job_code"] = pos["job"]
    if pos["num"] in ("NEW", "TBD"):
        fields.append((labels["num"], pos["num"]))
        also["provisional_number"] = pos["num"]
    elif o.get("num", True):
        fields.append((labels["num"], pos["num"]))
        truth["position_number"] = pos["num"]
    if o.get("date", True):
        fields.append((labels["date"], fmt_date(pos["date"], L, date_style)))
        truth["effective_date"] = pos["date"]
    if o.get("branch", True):
        fields.append((labels["branch"], BRANCH[pos["key"]][1 if L == "fr" else 0]))
    sup_mode = o.get("sup", "fields")
    snum, st_en, st_fr, scls = pos["sup"]
    stitle = st_fr if L == "fr" else st_en
    if sup_mode in ("fields", "fields_nonum"):
        if sup_mode == "fields":
            fields.append((labels["sup_num"], snum))
        fields.append((labels["sup_title"], stitle))
        fields.append((labels["sup_cls"], fmt_cls(scls, cls_style if cls_style != "paren" else "std")))
        truth["supervisor"] = dict(position_number=snum if sup_mode == "fields" else None, title=stitle, classification=scls)
    elif sup_mode in ("reportsto", "reportsto_num"):
        lab = {"en": "Reports to", "fr": "Relève de", "bilingual": "Reports to / Relève de"}[lang]
        v = f"{stitle} ({fmt_cls(scls, 'std')})"
        if sup_mode == "reportsto_num":
            v += f", {'poste no' if L == 'fr' else 'Position No.'} {snum}"
        fields.append((lab, v))
        truth["supervisor"] = dict(position_number=snum if sup_mode == "reportsto_num" else None, title=stitle,
                                   classification=scls)
    loc_mode = o.get("loc", "field")
    if loc_mode == "field":
        fields.append((labels["loc"], location(pos, L, o.get("locstyle", "comma"))))
    if o.get("dept_field", False):
        fields.append((labels["dept"], dept_en if L == "en" else dept_fr if lang == "fr" else f"{dept_en} / {dept_fr}"))
    if loc_mode in ("field", "end"):
        truth["location"] = f"{pos['city']}, {pos['prov_fr'] if L == 'fr' else pos['prov']}"
    inc = None
    if o.get("incumbent", False):
        inc = person(rng, used)
        fields.append(({"en": "Incumbent", "fr": "Titulaire", "bilingual": "Incumbent / Titulaire"}[lang], inc))
        people.append(inc)
    blocks.append(("fields", fields))

    # ---- sections
    def section_set(SL):
        Hs = {k: v[hs] for k, v in (SECTIONS_FR if SL == "fr" else SECTIONS_EN).items()}
        pr = PROSE[pos["dom"]]
        t = pos["t_fr"] if SL == "fr" else pos["t_en"]
        u = pos["u_fr"] if SL == "fr" else pos["u_en"]
        ga = pr[f"ga_{SL}"].format(t=t, u=u, d=dept_short, du=de(u))
        ns = [x for x in pr[f"ns_{SL}"]]
        ns.append(pick(rng, CHALLENGE_FR if SL == "fr" else CHALLENGE_EN))
        acc = list(pr[f"acc_{SL}"])
        rng.shuffle(acc)
        acc = acc[:rng.randint(5, len(acc))]
        sec = {}
        if o.get("template") == "csr":
            sec["ga"] = [("heading", "Résultats axés sur le service à la clientèle" if SL == "fr" else "Client Service Results"),
                         ("para", ga),
                         ("heading", "Activités principales" if SL == "fr" else "Key Activities"), ("list", acc, False)]
        else:
            sec["ga"] = [("heading", Hs["ga"]), ("para", ga)]
        # organization: supervisor sentence and reports
        org = [("heading", Hs["org"])]
        rep = pos["reports"]
        n = len(rep)
        if sup_mode.startswith("sentence") or o.get("sup_also_sentence"):
            cl = f" ({fmt_cls(scls, 'std')})" if sup_mode == "sentence_cls" or sup_mode.startswith("fields") else ""
            if SL == "fr":
                org.append(("para", f"Le titulaire du poste de {t} relève du {st_fr}{cl}. "
                                    f"Il est l'un des {rng.randint(3, 7)} cadres qui relèvent de ce poste."))
            else:
                org.append(("para", f"The {t} reports to the {st_en}{cl} and is one of {rng.randint(3, 7)} senior managers "
                                    f"reporting to that position."))
        org += reports_blocks(rep, SL, o, rng, t, cls_style)
        sec["org"] = org
        sec["ns"] = [("heading", Hs["ns"])] + [("para", x) for x in ns]
        sec["dim"] = [("heading", Hs["dim"])] + dims_blocks(pos, SL, o, rng, amt, fte_style)
        if o.get("template") == "csr":
            sec["acc"] = []
        else:
            sec["acc"] = [("heading", Hs["acc"]), ("list", acc, o.get("acc_numbered", True))]
        order = o.get("order", "a")
        keys = {"a": ["ga", "org", "ns", "dim", "acc"], "b": ["ga", "dim", "org", "acc", "ns"],
                "c": ["ga", "org", "dim", "ns", "acc"]}[order]
        out = []
        for k in keys:
            out += sec[k]
        # numbered or lettered headings follow the order the sections are in
        if hs in (2, 3):
            names = {Hs[k] for k in keys}
            i = 0
            for j, blk in enumerate(out):
                if blk[0] == "heading" and blk[1] in names:
                    i += 1
                    bare = blk[1].split(" ", 1)[1]
                    out[j] = ("heading", f"{i}. {bare}" if hs == 2 else f"{chr(64 + i)}) {bare}")
        return out

    if sup_mode.startswith("sentence"):
        truth["supervisor"] = dict(position_number=None, title=stitle,
                                   classification=scls if sup_mode == "sentence_cls" else None)
    if lang == "bilingual":
        blocks += section_set("en")
        blocks.append(("heading", "VERSION FRANÇAISE"))
        blocks += section_set("fr")
    else:
        blocks += section_set(L)
    # reports truth (document's primary language)
    reps = []
    for r_en, r_fr, rc, rf in pos["reports"]:
        reps.append(dict(title=r_fr if L == "fr" else r_en,
                         classification=None if o.get("reps_nocls") else rc,
                         fte=None if o.get("reps_nofte") else rf))
    truth["direct_reports"] = reps
    dims = o.get("dims", "separate")
    if dims in ("separate", "nototal"):
        truth["salary"], truth["o_and_m"] = pos["sal"], pos["om"]
        if dims == "separate":
            truth["total"] = pos["sal"] + pos["om"]
    elif dims == "combined":
        truth["total"] = pos["sal"] + pos["om"]
        also["operating_budget"] = pos["sal"] + pos["om"]
    if dims == "none":
        also["fte"] = None
    if loc_mode == "end":
        blocks.append(("line", f"{'Lieu' if L == 'fr' else 'Location'}: {location(pos, L, 'paren')}"))
    # ---- certification / signatures
    if o.get("sign", True):
        signer = person(rng, used)
        people.append(signer)
        sig = []
        if inc is None and o.get("inc_sign", rng.random() < 0.5):
            inc = person(rng, used)
            people.insert(len(people) - 1, inc)
            sig.append(f"{inc}    {'Titulaire' if L == 'fr' else 'Incumbent'}    {fmt_date(pos['date'], L, 'iso')}")
        sig.append(f"{signer}    {stitle}    {fmt_date(pos['date'], L, 'iso')}")
        cert = ("Je certifie que la présente description représente fidèlement les fonctions du poste." if L == "fr" else
                "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.")
        blocks.append(("heading", H["cert"] if lang != "bilingual" else "CERTIFICATION / ATTESTATION"))
        blocks.append(("para", cert))
        blocks.append(("sig", sig))
        if o.get("prepared", False):
            prep = person(rng, used)
            people.append(prep)
            blocks.append(("line", f"{'Préparé par' if L == 'fr' else 'Prepared by'}: {prep}, "
                                   f"{'conseillère en classification' if L == 'fr' else 'Classification Advisor'}"))
    truth["_also"] = also
    truth["_people"] = people
    return blocks, truth


def de(u):
    """French 'de' + the unit: le X -> du X, les X -> des X, la X -> de la X, l'X -> de l'X."""
    for art, rep in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if u.startswith(art):
            return rep + u[len(art):]
    return u


def unit_name(u):
    for art in ("the ", "de la ", "de l'", "du ", "des ", "la ", "le ", "l'"):
        if u.startswith(art):
            u = u[len(art):]
            break
    return u[0].upper() + u[1:]


def reports_blocks(rep, SL, o, rng, t, cls_style):
    mode = o.get("reps", "paren")
    nocls, nofte = o.get("reps_nocls"), o.get("reps_nofte")
    fs = o.get("fte", "ftes") if SL == "en" else pick(rng, FTE_STYLES["fr"])
    if SL == "fr" and o.get("fte") in FTE_STYLES["fr"]:
        fs = o["fte"]
    if SL == "en" and fs not in FTE_STYLES["en"]:
        fs = "ftes"
    intro = (f"Les postes suivants relèvent du {t} :" if SL == "fr" else
             pick(rng, [f"Reporting to the {t} are:", f"The following positions report to the {t}:",
                        "Direct reports:"]))
    items = []
    rows = []
    for r_en, r_fr, rc, rf in rep:
        rt = r_fr if SL == "fr" else r_en
        ft = fmt_fte(rf, SL, fs)
        if mode == "paren":
            inner = ", ".join(x for x in [None if nocls else rc, None if nofte else ft] if x)
            items.append(f"{rt} ({inner})" if inner else rt)
        elif mode == "dash":
            items.append(" - ".join(x for x in [None if nocls else rc, rt] if x) + ("" if nofte else f" ({ft})"))
        elif mode == "endash":
            items.append(" – ".join(x for x in [rt, None if nocls else rc, None if nofte else ft] if x))
        elif mode == "bracket":
            items.append(rt + ("" if nocls else f" [{rc}]") + ("" if nofte else f" ({ft})"))
        rows.append([rt] + ([] if nocls else [rc]) + ([] if nofte else [str(rf)]))
    if mode == "table":
        head = (["Poste", "Groupe/niveau", "ETP"] if SL == "fr" else ["Position", "Group/Level", "FTEs"])
        head = [head[0]] + ([] if nocls else [head[1]]) + ([] if nofte else [head[2]])
        return [("para", intro), ("table", head, rows)]
    if mode == "prose":
        parts = []
        for r_en, r_fr, rc, rf in rep:
            rt = r_fr if SL == "fr" else r_en
            inner = ", ".join(x for x in [None if nocls else rc, None if nofte else fmt_fte(rf, SL, fs)] if x)
            parts.append(f"{'le' if SL == 'fr' else 'the'} {rt}" + (f" ({inner})" if inner else ""))
        joined = ", ".join(parts[:-1]) + (" et " if SL == "fr" else " and ") + parts[-1]
        if SL == "fr":
            return [("para", f"Relèvent directement du titulaire : {joined}.")]
        return [("para", f"The position has {len(rep)} direct reports: {joined}.")]
    return [("para", intro), ("list", items, False)]


def dims_blocks(pos, SL, o, rng, amt, fte_style):
    dims = o.get("dims", "separate")
    fs = fte_style if fte_style in FTE_STYLES[SL] else FTE_STYLES[SL][0]
    out = []
    if dims == "none":
        out.append(("para", "Voir le plan d'activités de la direction." if SL == "fr" else
                    "Refer to the directorate's business plan for current resource levels."))
        return out
    lines = []
    if SL == "fr":
        lab = "Ressources humaines" if rng.random() < 0.5 else "ETP"
        full = rng.random() < 0.5
        lines.append((lab, fmt_fte(pos["fte"], "fr", fs) if full and lab != "ETP" else str(pos["fte"])))
    else:
        lab = "FTEs" if rng.random() < 0.5 else "Human resources"
        full = rng.random() >= 0.6
        lines.append((lab, fmt_fte(pos["fte"], "en", fs) if full and lab != "FTEs" else str(pos["fte"])))
    if dims in ("separate", "nototal"):
        lines.append(("Salaires" if SL == "fr" else "Salary", fmt_amount(pos["sal"], SL, amt)))
        lines.append(("F et E" if SL == "fr" else pick(rng, ["O&M", "Operations and Maintenance", "O & M"]),
                      fmt_amount(pos["om"], SL, amt)))
        if dims == "separate":
            lines.append(("Total", fmt_amount(pos["sal"] + pos["om"], SL, amt)))
    else:
        lines.append(("Budget de salaires et de F et E" if SL == "fr" else "Salary and O&M Budget",
                      fmt_amount(pos["sal"] + pos["om"], SL, amt)))
    if pos.get("program"):
        lines.append(("Subventions et contributions" if SL == "fr" else "Grants and Contributions",
                      fmt_amount(pos["program"], SL, amt)))
    if o.get("dims_table"):
        return [("table", ["Ressource", "Montant"] if SL == "fr" else ["Resource", "Amount"], [list(x) for x in lines])]
    return [("fields", lines)]


# ====================================================================== text rendering
def lines_of(blocks, hdr="colon", width=0, rng=None, strength=None):
    """Plain text lines. hdr: colon | next | dots | tabs. strength: OCR damage or None."""
    out = []
    p = {0: 0.012, 1: 0.03, 2: 0.055}.get(strength, 0)
    dp = {0: 0.3, 1: 0.55, 2: 0.85}.get(strength, 0)

    def dmg_value(v):
        return damage_digits(v, rng, dp) if strength is not None else v

    def dmg_prose(v):
        return damage_prose(v, rng, p) if strength is not None else v

    def wrap(s, ind=""):
        if not width:
            return [ind + s]
        return textwrap.wrap(s, width, initial_indent=ind, subsequent_indent=ind + ("   " if ind else ""),
                             break_on_hyphens=False) or [""]
    for b in blocks:
        k = b[0]
        if k in ("line", "title"):
            out.append(dmg_value(b[1]))
            out.append("")
        elif k == "heading":
            out.append("")
            out.append(dmg_value(b[1]))
        elif k == "fields":
            for lab, v in b[1]:
                v = dmg_value(v)
                if strength == 2:
                    lab = damage_prose(lab, rng, 0.15)
                if hdr == "colon":
                    out += wrap(f"{lab}: {v}")
                elif hdr == "next":
                    out.append(f"{lab}:" if rng is None or rng.random() < 0.7 else lab)
                    out.append(f"    {v}")
                elif hdr == "dots":
                    out.append(f"{lab} {'.' * max(3, 44 - len(lab))} {v}")
                elif hdr == "tabs":
                    out.append(f"{lab}\t{v}")
            out.append("")
        elif k == "para":
            out += wrap(dmg_prose(b[1]))
            out.append("")
        elif k == "list":
            for i, it in enumerate(b[1], 1):
                mark = f"{i}." if b[2] else "-"
                if strength is not None and b[2]:
                    mark = dmg_value(mark)
                out += wrap(f"{mark} {dmg_prose(it)}")
            out.append("")
        elif k == "table":
            out.append(" | ".join(b[1]))
            for r in b[2]:
                out.append(" | ".join(dmg_value(c) for c in r))
            out.append("")
        elif k == "sig":
            out.append("")
            for s in b[1]:
                out.append(dmg_value(s) if strength is None else dmg_value(s)[: max(12, len(s) - rng.randint(0, 3))])
            out.append("")
    # collapse blank runs
    res = []
    for line in out:
        if line == "" and res and res[-1] == "":
            continue
        res.append(line)
    return res


def hyphenate(lines, rng, width):
    """Rewrap prose with hyphenated line ends, as a scanned page's lines."""
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        rest = line
        while len(rest) > width:
            cut = rest.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = rest.find(" ", cut + 1)
            nxt = rest[cut + 1: word_end if word_end > 0 else None]
            if len(nxt) > 7 and rng.random() < 0.35 and nxt.isalpha():
                h = len(nxt) // 2
                out.append(rest[:cut] + " " + nxt[:h] + "-")
                rest = nxt[h:] + rest[len(rest[:cut + 1 + len(nxt)]):]
            else:
                out.append(rest[:cut])
                rest = rest[cut + 1:]
        out.append(rest)
    return out


def paginate(lines, per):
    return [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]


def render_ocr(blocks, spec, rng):
    layout, strength = spec["layout"], spec.get("strength", 1)
    lines = lines_of(blocks, spec.get("hdr", "colon"), 0, rng, strength)
    footer = spec.get("footer", "")
    if layout in ("oneline", "pageline"):
        text_lines = [x for x in lines if x.strip()]
        pages = paginate(text_lines, 38)
        parts = []
        for n, pg in enumerate(pages, 1):
            body = " ".join(pg)
            if n > 1:
                body = f"{damage_digits(str(n), rng, 0.3)} {body}"
            if footer:
                body += f" {footer}"
            parts.append(body)
        text = (" " if layout == "oneline" and not footer else "\n").join(parts)
        if spec.get("wrapper", True):
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
        return text + "\n"
    # lines layout
    lines = hyphenate(lines, rng, spec.get("width", 74))
    pages = paginate(lines, 52)
    header = spec.get("header", "")
    outp = []
    for n, pg in enumerate(pages, 1):
        pl = []
        if header and n > 1:
            pl += [header, ""]
        pl += pg
        pl += ["", damage_digits(spec.get("pagefmt", "Page {n} of {N}").format(n=n, N=len(pages)), rng, 0.3)]
        outp.append("\n".join(pl))
    text = "\n\f".join(outp) + "\n"
    if spec.get("wrapper", False):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def render_columns(blocks, spec, rng):
    """Header fields across the page, then two columns read across the line: organization and
    dimensions on the left, prose on the right."""
    strength = spec.get("strength", 1)
    head, left, right = [], [], []
    seen_fields = False
    cur = None
    for b in blocks:
        if b[0] == "fields" and not seen_fields:
            head.append(b)
            seen_fields = True
            continue
        if b[0] in ("line", "title") and not seen_fields:
            head.append(b)
            continue
        if b[0] == "heading":
            h = b[1].upper()
            cur = left if any(w in h for w in ("ORGANI", "DIMENSION", "STRUCTURE")) else right
        (cur if cur is not None else right).append(b)
    hl = lines_of(head, spec.get("hdr", "colon"), 0, rng, strength)
    ll = [x for x in lines_of(left, "colon", 40, rng, strength) if x.strip()]
    rl = [x for x in lines_of(right, "colon", 56, rng, strength) if x.strip()]
    rows = []
    for i in range(max(len(ll), len(rl))):
        a = ll[i] if i < len(ll) else ""
        c = rl[i] if i < len(rl) else ""
        sep = spec.get("sep", "   ")
        rows.append((a.ljust(42) + sep + c).rstrip() if spec.get("pad", True) else (a + " " + c).strip())
    text = "\n".join(hl) + "\n" + "\n".join(rows) + "\n"
    if spec.get("wrapper", True):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text


def render_text(blocks, spec, rng):
    lines = lines_of(blocks, spec.get("hdr", "colon"), spec.get("width", 0), rng, None)
    text = "\n".join(lines) + "\n"
    if spec.get("curly"):
        text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    return text


def render_md(blocks, spec, rng):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "line":
            out += [b[1], ""]
        elif k == "heading":
            out += [f"## {b[1]}", ""]
        elif k == "fields":
            out += [f"*   **{lab}:** {v}" for lab, v in b[1]] + [""]
        elif k == "para":
            out += [b[1], ""]
        elif k == "list":
            out += [(f"{i}.  " if b[2] else "*   ") + it for i, it in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
        elif k == "sig":
            out += [f"**{s}**  " for s in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


FIXED = dt.datetime(2024, 1, 15, 9, 30, 0)


def docx_bytes(blocks, spec, rng):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = spec.get("font", "Arial")
    st.font.size = Pt(10 if spec.get("font") != "Times New Roman" else 11)
    cp = d.core_properties
    cp.author = spec.get("author", "")
    cp.last_modified_by = spec.get("author", "")
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    ftab = spec.get("ftable", 2)
    for b in blocks:
        k = b[0]
        if k == "title":
            if spec.get("headings", True):
                d.add_heading(b[1], level=1)
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
        elif k == "line":
            d.add_paragraph(b[1])
        elif k == "heading":
            if spec.get("headings", True):
                d.add_heading(b[1], level=2)
            else:
                r = d.add_paragraph().add_run(b[1].upper())
                r.bold = True
        elif k == "fields":
            if ftab == 2:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, v in b[1]:
                    c = t.add_row().cells
                    c[0].text = lab
                    c[1].text = v
            elif ftab == 4:
                t = d.add_table(rows=0, cols=4)
                t.style = "Table Grid"
                items = list(b[1])
                for i in range(0, len(items), 2):
                    c = t.add_row().cells
                    c[0].text, c[1].text = items[i]
                    if i + 1 < len(items):
                        c[2].text, c[3].text = items[i + 1]
            else:
                for lab, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{lab}:").bold = True
                    para.add_run(f" {v}" if ftab == 0 else f"\t{v}")
        elif k == "para":
            d.add_paragraph(b[1])
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
        elif k == "sig":
            for s in b[1]:
                d.add_paragraph(s)
    if spec.get("footer"):
        d.sections[0].footer.paragraphs[0].text = spec["footer"]
    raw = io.BytesIO()
    d.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_pdf(blocks, spec, rng):
    lines = lines_of(blocks, spec.get("hdr", "colon"), 100, rng, None)
    lines = [x.replace("\t", "    ") for x in lines]
    pages = paginate(lines, 60)
    texts = []
    for n, pg in enumerate(pages, 1):
        texts.append("\n".join(pg + ["", f"{spec.get('footer', '')}    {n}/{len(pages)}".strip()]))
    return pdf_bytes(texts)


# ====================================================================== the folder
V = lambda **kw: kw  # noqa: E731

RDC16 = dict(date=dt.date(2016, 2, 8), sal=3420000, om=1310000, fte=161,
             reports=[("Assistant Deputy Commissioner, Integrated Correctional Operations", "", "EX-02", 27),
                      ("Assistant Deputy Commissioner, Corporate Services", "", "EX-02", 124),
                      ("Regional Administrator, Communications and Executive Services", "", "IS-06", 8),
                      ("Executive Advisor", "", "AS-05", 2)])
RDC23 = dict(date=dt.date(2023, 6, 19), sal=4180000, om=1560000, fte=178,
             reports=[("Assistant Deputy Commissioner, Integrated Correctional Operations", "", "EX-02", 29),
                      ("Assistant Deputy Commissioner, Corporate Services", "", "EX-02", 131),
                      ("Regional Director, Indigenous Initiatives", "", "EX-01", 9),
                      ("Regional Administrator, Communications and Executive Services", "", "IS-06", 7),
                      ("Executive Advisor", "", "AS-05", 2)])
DRUM19 = dict(date=dt.date(2019, 9, 3), sal=39270000, om=5440000, fte=412,
              reports=[("Deputy Warden", "", "EX-01", 371),
                       ("Assistant Warden, Management Services", "", "AS-07", 33),
                       ("Assistant Warden, Interventions", "", "WP-06", 6),
                       ("Executive Assistant", "", "AS-03", 1)])
RDQC20 = dict(date=dt.date(2020, 11, 2), sal=6140000, om=1020000, fte=74)

WD = [
    # ---------------------------------------------------------------- OCR text from scans
    V(file="Warden Drumheller 2012.txt", pos="warden_drum", kind="ocr", lang="en", layout="pageline", strength=1,
      footer="OG. Warden, Drumheller Institution", sup="fields", reps="paren", dims="separate", amt="M", labels=1,
      incumbent=True, version="drum"),
    V(file="Springhill Warden EX-02 - signed.txt", pos="warden_spring", kind="ocr", lang="bilingual", layout="lines",
      strength=1, header="Correctional Service Canada / Service correctionnel du Canada", sup="fields", reps="dash",
      dims="separate", amt="full", labels=0, labels_fr=0, date_style="long", wrapper=True),
    V(file="DT Directeur CFF Laval 2015.txt", pos="warden_ftc", kind="ocr", lang="fr", layout="oneline", strength=1,
      sup="fields", reps="paren", dims="separate", amt="cents", labels=1, fte="etp", date_style="long"),
    V(file="Mountain Institution - Warden (2010).txt", pos="warden_mtn", kind="ocr", lang="en", layout="lines", strength=2,
      pagefmt="- {n} -", header="CSC - PACIFIC REGION", sup="reportsto", reps="endash", dims="nototal", amt="K",
      labels=3, hdr="dots", date_style="caps"),
    V(file="RDC Prairies 2010 scan.txt", pos="rdc_prairie", kind="ocr", lang="en", layout="oneline", strength=1,
      sup="fields", reps="paren", dims="separate", amt="million", labels=0, version="rdc", date_style="ord"),
    V(file="RDC Prairie Region - revised 2016.txt", pos="rdc_prairie", kind="ocr", lang="en", layout="lines", strength=0,
      ov=RDC16, sup="fields", reps="table", dims="separate", amt="full", labels=0, version="rdc", date_style="dmy",
      header="Correctional Service Canada - Prairie Region"),
    V(file="SCA OCI Québec.txt", pos="adc_quebec", kind="ocr", lang="fr", layout="lines", strength=1, sup="reportsto_num",
      reps="dash", dims="separate", amt="full", labels=0, fte="etp", date_style="iso", header="SCC - RÉGION DU QUÉBEC",
      pagefmt="Page {n} de {N}"),
    V(file="District Director GONPD.txt", pos="dd_parole", kind="ocr", lang="en", layout="pageline", strength=1,
      footer="PROTECTED A", sup="sentence_cls", reps="prose", dims="combined", amt="M", labels=2, loc="end",
      date_style="abbr"),
    V(file="Dir Technical Services ATL - FINAL.txt", pos="dir_tech_atl", kind="ocr", lang="en", layout="oneline",
      strength=0, sup="fields", reps="bracket", dims="separate", amt="full", labels=1, hdr="colon", date_style="slash"),
    V(file="Directeur, Programmes de réinsertion sociale 2011.txt", pos="dir_reint", kind="ocr", lang="fr", layout="lines",
      strength=1, sup="fields_nonum", reps="paren", dims="separate", amt="M", labels=2, fte="effectif",
      date_style="le", hdr="next", pagefmt="{n}"),
    V(file="CORCAN Director Manufacturing 2013.txt", pos="dir_corcan", kind="ocr", lang="en", layout="lines", strength=2,
      sup="sentence", reps="paren", reps_nocls=True, dims="separate", amt="cents", labels=0, date_style="long",
      header="CORCAN", wrapper=True),
    V(file="DG HR Justice 2018 signed.txt", pos="dg_hr_jus", kind="ocr", lang="en", layout="pageline", strength=0,
      footer="Justice Canada - EX Work Description", sup="fields", reps="paren", dims="separate", amt="M", labels=0,
      date_style="long", prepared=True),
    V(file="DR Services ministériels BRQ 2013.txt", pos="rd_qc_jus", kind="ocr", lang="fr", layout="oneline", strength=1,
      sup="fields", reps="dash", dims="separate", amt="full", labels=0, fte="etp", date_style="long", version="rdqc"),
    V(file="PCVI Director.txt", pos="dir_pcvi", kind="ocr", lang="en", layout="lines", strength=1, sup="reportsto",
      reps="paren", dims="separate", amt="full", labels=2, date_style="long", date=False, header="Justice Canada"),
    V(file="ADM Management Sector & CFO.txt", pos="cfo_jus", kind="ocr", lang="en", layout="oneline", strength=0,
      template="csr", sup="fields", reps="paren", dims="separate", amt="million", labels=0, date_style="iso"),
    V(file="CFO DG Corporate Services PPSC 2014.txt", pos="cfo_ppsc", kind="ocr", lang="en", layout="lines", strength=1,
      sup="fields", reps="table", dims="separate", amt="M", labels=1, date_style="dmy", header="PPSC / SPPC"),
    V(file="DG RH SPPC 2012.txt", pos="dg_hr_ppsc", kind="ocr", lang="fr", layout="pageline", strength=1,
      footer="SPPC - Description de travail EX", sup="fields", reps="paren", dims="separate", amt="M", labels=0,
      fte="etp", date_style="long"),
    V(file="Regional Director Corp Services Toronto 2009.txt", pos="rdcs_ppsc", kind="ocr", lang="en", layout="lines",
      strength=2, sup="fields", reps="dash", reps_nofte=True, dims="nototal", amt="full", labels=1, hdr="next",
      date_style="caps", loc="none", header="PUBLIC PROSECUTION SERVICE OF CANADA"),
    V(file="DG Crime Prevention - signed.txt", pos="dg_cp", kind="ocr", lang="en", layout="oneline", strength=0,
      sup="fields", reps="paren", dims="separate", amt="M", labels=0, version="dgcp", date_style="long",
      acc_numbered=True, seed="dgcp"),
    V(file="Director EM Planning 2011.txt", pos="dir_emp", kind="ocr", lang="en", layout="pageline", strength=1,
      footer="Public Safety Canada | UNCLASSIFIED", sup="fields_nonum", reps="endash", dims="separate", amt="K", labels=2,
      date_style="abbr"),
    V(file="Directeur régional Québec SP.txt", pos="rd_qc_ps", kind="ocr", lang="fr", layout="lines", strength=0,
      sup="fields", reps="paren", dims="combined", amt="million", labels=1, fte="effectif", date_style="dots",
      header="Sécurité publique Canada", job=False),
    V(file="Aboriginal Policing Policy Director 2009.txt", pos="dir_abpol", kind="ocr", lang="en", layout="lines",
      strength=2, sup="fields", reps="paren", dims="separate", amt="full", labels=1, hdr="dots", date_style="caps",
      header="PUBLIC SAFETY CANADA - ABORIGINAL POLICING DIRECTORATE"),
    V(file="SMA GUP 2014 (signée).txt", pos="adm_em", kind="ocr", lang="fr", layout="oneline", strength=1,
      sup="reportsto", reps="paren", dims="separate", amt="million", labels=2, fte="etp", date_style="le"),
    # ---------------------------------------------------------------- scans read across two columns
    V(file="Executive Director RPC Saskatoon.txt", pos="ed_rpc", kind="ocr-columns", lang="en", strength=1, sup="fields",
      reps="paren", dims="separate", amt="M", labels=1, date_style="long"),
    V(file="DG Security NHQ 2019.txt", pos="dg_security", kind="ocr-columns", lang="en", strength=1, sup="fields",
      reps="dash", dims="separate", amt="full", labels=0, date_style="dmy", sep=" | "),
    V(file="DG Policing Policy.txt", pos="dg_pol", kind="ocr-columns", lang="en", strength=0, sup="fields_nonum",
      reps="paren", dims="combined", amt="million", labels=2, date_style="long", pad=False),
    # ---------------------------------------------------------------- Word files
    V(file="Warden, Drumheller Institution - revised 2019.docx", pos="warden_drum", kind="docx", lang="en", ov=DRUM19,
      sup="fields", reps="table", dims="separate", amt="full", labels=0, ftable=2, version="drum", date_style="long",
      footer="Correctional Service Canada - Prairie Region"),
    V(file="Regional Deputy Commissioner, Prairie Region 2023.docx", pos="rdc_prairie", kind="docx", lang="en", ov=RDC23,
      sup="fields", reps="paren", dims="separate", amt="M", labels=2, ftable=4, version="rdc", date_style="long",
      template="csr"),
    V(file="Warden GVI 2021 FINAL.docx", pos="warden_gvi", kind="docx", lang="en", template="csr", sup="fields",
      reps="table", dims="separate", amt="full", labels=0, ftable=2, date_style="long", dims_table=True),
    V(file="DG Initiatives autochtones - Indigenous Initiatives (bilingual).docx", pos="dg_indig", kind="docx",
      lang="bilingual", sup="fields", reps="paren", dims="separate", amt="full", labels=0, labels_fr=0, ftable=2,
      date_style="long"),
    V(file="AC COP work description 2022.docx", pos="ac_cop", kind="docx", lang="en", sup="reportsto", reps="table",
      dims="separate", amt="M", labels=1, ftable=0, date_style="dmy", headings=False),
    V(file="DG Clinical Services & Public Health.docx", pos="dg_health", kind="docx", lang="en", template="csr",
      sup="fields", reps="endash", dims="nototal", amt="full", labels=2, ftable=2, date_style="iso"),
    V(file="Director ATIP Office, Justice.docx", pos="dir_atip", kind="docx", lang="en", sup="fields", reps="paren",
      dims="separate", amt="K", labels=0, ftable=1, date_style="ord", prepared=True),
    V(file="DR Services ministériels BRQ - révisée 2020.docx", pos="rd_qc_jus", kind="docx", lang="fr", ov=RDQC20,
      sup="fields", reps="table", dims="separate", amt="full", labels=0, ftable=2, version="rdqc", date_style="long"),
    V(file="Director, Finance and Administration.docx", pos="dir_fin_ppsc", kind="docx", lang="en", sup="fields",
      reps="paren", dims="separate", amt="M", labels=0, ftable=2, date_style="long", version="dirfin", seed="dirfin"),
    V(file="Director, Finance and Administration (1).docx", pos="dir_fin_ppsc", kind="docx", lang="en", sup="fields",
      reps="paren", dims="separate", amt="M", labels=0, ftable=2, date_style="long", version="dirfin", seed="dirfin"),
    V(file="Sr Director Comms & Exec Services PPSC.docx", pos="sdir_comm_ppsc", kind="docx", lang="en",
      sup="sentence_cls", reps="prose", dims="combined", amt="full", labels=2, ftable=0, date_style="abbr",
      headings=False, loc="none"),
    V(file="DG Crime Prevention - DRAFT v2.docx", pos="dg_cp", kind="docx", lang="en", sup="fields", reps="paren",
      dims="separate", amt="M", labels=0, ftable=2, version="dgcp", date_style="long", acc_numbered=True, seed="dgcp",
      sign=True),
    V(file="DG GOC - DG COG bilingue.docx", pos="dg_goc", kind="docx", lang="bilingual", sup="fields", reps="table",
      dims="separate", amt="full", labels=1, labels_fr=1, ftable=2, date_style="iso", fr_title_label=1),
    V(file="RD BC-Yukon 2021.docx", pos="rd_bc_ps", kind="docx", lang="en", sup="reportsto_num", reps="dash",
      dims="separate", amt="K", labels=3, ftable=4, date_style="long", job=False),
    # ---------------------------------------------------------------- PDFs with a text layer
    V(file="DG Programs Branch Justice - DG Programmes (bilingue).pdf", pos="dg_prog_jus", kind="pdf", lang="bilingual",
      sup="fields", reps="paren", dims="separate", amt="M", labels=0, labels_fr=2, date_style="long",
      footer="Justice Canada / Justice Canada"),
    V(file="Director, National Cyber Security Policy (2023).pdf", pos="dir_cyber", kind="pdf", lang="en",
      sup="fields", reps="bracket", dims="separate", amt="full", labels=2, date_style="long", hdr="tabs",
      footer="UNCLASSIFIED / NON CLASSIFIÉ"),
    V(file="Sr Dir IMIT Ops - Justice - signed.pdf", pos="sdir_imit", kind="pdf", lang="en", sup="fields",
      reps="table", dims="separate", amt="million", labels=1, date_style="dmy", footer="Department of Justice Canada",
      reps_nofte=False),
    # ---------------------------------------------------------------- text saved from Word on Windows, a Markdown copy
    V(file="Directeur, Programme de recouvrement des amendes.txt", pos="dir_fines", kind="text-cp1252", lang="fr",
      sup="fields", reps="paren", dims="separate", amt="cents", labels=2, fte="etp", date_style="long", curly=True),
    V(file="Director IM-IT PPSC 2016.txt", pos="dir_imit_ppsc", kind="text-cp1252", lang="en", sup="fields",
      reps="endash", dims="separate", amt="full", labels=3, date_style="ord", hdr="tabs", curly=True),
    V(file="Director Corrections & Criminal Justice Policy - bilingual.md", pos="dir_ccjp", kind="markdown",
      lang="bilingual", sup="fields", reps="paren", dims="separate", amt="M", labels=0, labels_fr=0, date_style="long"),
]

# the folder's irregularities, per file: what a later hand changed in a copy of the template
VARIANTS = {
    "RDC Prairies 2010 scan.txt": dict(sup="reportsto_num", job=False),
    "SCA OCI Québec.txt": dict(order="c", hdr="next"),
    "Dir Technical Services ATL - FINAL.txt": dict(incumbent=True),
    "DG HR Justice 2018 signed.txt": dict(order="b", reps="endash", date_style="ord"),
    "PCVI Director.txt": dict(hdr="tabs", incumbent=True),
    "CFO DG Corporate Services PPSC 2014.txt": dict(order="c", hdr="next", sup="sentence"),
    "DG RH SPPC 2012.txt": dict(dims="combined", date_style="slash"),
    "Director EM Planning 2011.txt": dict(order="b", reps_nocls=True),
    "Directeur régional Québec SP.txt": dict(loc="end"),
    "SMA GUP 2014 (signée).txt": dict(incumbent=True),
    "Executive Director RPC Saskatoon.txt": dict(order="c", date_style="abbr"),
    "DG Security NHQ 2019.txt": dict(job=False, fte="staff"),
    "DG Clinical Services & Public Health.docx": dict(date=False),
    "Director ATIP Office, Justice.docx": dict(order="b", dims="combined"),
    "RD BC-Yukon 2021.docx": dict(order="c", incumbent=True),
    "Warden GVI 2021 FINAL.docx": dict(sup="reportsto_num"),
    "Sr Dir IMIT Ops - Justice - signed.pdf": dict(reps_nofte=True, loc="end"),
    "Director IM-IT PPSC 2016.txt": dict(sup="sentence"),
    "Director Corrections & Criminal Justice Policy - bilingual.md": dict(date_style="iso"),
    "Warden, Drumheller Institution - revised 2019.docx": dict(date_style="slash"),
    "DG Programs Branch Justice - DG Programmes (bilingue).pdf": dict(order="b", date_style="dmy"),
}
for _s in WD:
    _s.update(VARIANTS.get(_s["file"], {}))


# ====================================================================== documents to refuse
def org_chart(rng):
    rows = [
        "SERVICE CORRECTIONNEL DU CANADA / CORRECTIONAL SERVICE CANADA",
        "ORGANIGRAMME - RÉGION DES PRAIRIES / ORGANIZATION CHART - PRAIRIE REGION",
        "En vigueur / Effective: 2016-04-01",
        "",
        "                 +------------------------------------------+",
        "                 | Sous-commissaire régional /              |",
        "                 | Regional Deputy Commissioner  EX-O3      |",
        "                 | Poste / Pos. 5O2I1                       |",
        "                 +------------------------------------------+",
        "                          |                    |",
        "   +---------------------------+   +-----------------------------+",
        "   | SCA Opérations corr. int. |   | SCA Services corporatifs /  |",
        "   | ADC Integrated Corr. Ops  |   | ADC Corporate Services      |",
        "   | EX-O2   (27 ETP/FTE)      |   | EX-O2   (I24 ETP/FTE)       |",
        "   +---------------------------+   +-----------------------------+",
        "      |          |          |",
        "  Dir. Établ.  Dir. Établ.  Dir. exéc. CPR /",
        "  Drumheller   Stony Mtn    Exec. Dir. RPC",
        "  EX-O2        EX-O2        EX-O2",
        "",
        "  Directeurs de district / District Directors (EX-OI) : Alberta/T.N.-O., Manitoba/Sask./Nord-ouest de l'Ont.",
        "",
        "Préparé par / Prepared by: Services de gestion régionaux   Page I/I",
    ]
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(rows) + "\n"


def memo_docx(rng, names):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision = "", "", FIXED, FIXED, 1
    d.add_heading("MEMORANDUM", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("TO:", f"{names[0]}, Director General, Offender Programs and Reintegration"),
                 ("FROM:", f"{names[1]}, Manager, Executive Services"),
                 ("DATE:", "March 3, 2012"),
                 ("SUBJECT:", "Staffing of the Director, Reintegration Programs position (EX-01), position 10577")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    for para in [
        "The purpose of this memorandum is to seek your approval of the staffing strategy for the position of "
        "Director, Reintegration Programs (EX-01), which will become vacant on April 27, 2012 following the "
        "retirement of the incumbent.",
        "The work description was updated in November 2011 and confirmed at the EX-01 level by the Executive "
        "Classification Committee. No changes to the organization are proposed.",
        "Executive Services recommends an advertised internal process open to EX-01 and equivalent employees of CSC, "
        "with an acting appointment of up to four months in the interim. The estimated salary cost for the "
        "2012-2013 fiscal year is within the existing salary envelope of the directorate.",
        "Options considered:",
    ]:
        d.add_paragraph(para)
    for it in ["Option 1 - advertised internal process (recommended)",
               "Option 2 - non-advertised appointment from the EX-01 pre-qualified pool",
               "Option 3 - assignment of an executive from another sector under the Interchange program"]:
        d.add_paragraph(it, style="List Bullet")
    d.add_paragraph("Please indicate your decision below and return to Executive Services.")
    d.add_paragraph("Approved / Not approved: ______________________    Date: ____________")
    d.add_paragraph(f"c.c. {names[2]}, Senior Labour Relations Advisor")
    raw = io.BytesIO()
    d.save(raw)
    return fixed_zip(raw.getvalue())


def decision_letter(names):
    text = "\n".join([
        "Sécurité publique Canada",
        "Direction générale des ressources humaines - Classification",
        "",
        "Ottawa, le 14 septembre 2015",
        "",
        "PROTÉGÉ A",
        "",
        f"{names[0]}",
        "Directeur général, Prévention du crime",
        "",
        "Objet : Décision de classification - poste no 60418",
        "",
        "Madame, Monsieur,",
        "",
        "À la suite de l'examen de la description de travail du poste de Directeur général, Prévention du crime",
        "(poste no 60418, code d'emploi 105212), le Comité de classification des cadres a confirmé, lors de sa",
        "réunion du 9 septembre 2015, la classification du poste au groupe et niveau EX-03, avec prise d'effet",
        "le 14 septembre 2015.",
        "",
        "La cote numérique attribuée selon la Norme d'évaluation des emplois du groupe de la direction est de",
        "1 644 points (savoir-faire F-III-3, 608; résolution de problèmes F-4, 70 %, 424; responsabilité F-4-P, 612).",
        "",
        "Le titulaire actuel du poste n'est pas touché par cette décision. Conformément à la Politique sur la",
        "classification, vous pouvez présenter un grief de classification dans les 35 jours suivant la réception",
        "de la présente lettre.",
        "",
        "Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.",
        "",
        f"{names[1]}",
        "Chef, Classification des cadres",
        "",
        "p.j. Rapport de justification de la classification",
    ])
    return pdf_bytes([text])


def noise_scan(rng):
    chars = "il1|!:;.,'`-_~=/\\()[]{}rnmuvwcoe0O8B#*^ "
    lines = []
    for _ in range(34):
        lines.append("".join(rng.choice(chars) for _ in range(rng.randint(8, 70))).strip())
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(lines) + "\n"


# ====================================================================== writing
def yq(s):
    return "'" + str(s).replace("'", "''") + "'"


def expected_yaml(doc, kind, lang, outcome, truth, people, versions):
    out = [f"document: {yq(doc)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    if truth is None:
        out.append("fields: null")
        out.append("not_stated: []")
        out.append("also: null")
    else:
        f = truth
        ns = []
        out.append("fields:")
        for k in ("title", "classification", "job_code", "position_number", "effective_date"):
            v = f[k]
            if v is None:
                ns.append(k)
                out.append(f"  {k}: null")
            elif k == "effective_date":
                out.append(f"  {k}: {v.isoformat()}")
            else:
                out.append(f"  {k}: {yq(v)}")
        sup = f["supervisor"]
        if sup is None:
            out.append("  supervisor: null")
            ns.append("supervisor")
        else:
            out.append("  supervisor:")
            for k in ("position_number", "title", "classification"):
                v = sup[k]
                out.append(f"    {k}: {'null' if v is None else yq(v)}")
                if v is None:
                    ns.append(f"supervisor.{k}")
        if not f["direct_reports"]:
            out.append("  direct_reports: []")
            ns.append("direct_reports")
        else:
            out.append("  direct_reports:")
            for r in f["direct_reports"]:
                out.append(f"  - title: {yq(r['title'])}")
                out.append(f"    classification: {'null' if r['classification'] is None else yq(r['classification'])}")
                out.append(f"    fte: {'null' if r['fte'] is None else r['fte']}")
        for k in ("salary", "o_and_m", "total"):
            v = f[k]
            out.append(f"  {k}: {'null' if v is None else v}")
            if v is None:
                ns.append(k)
        out.append(f"  location: {'null' if f['location'] is None else yq(f['location'])}")
        if f["location"] is None:
            ns.append("location")
        out.append(f"not_stated: [{', '.join(ns)}]")
        out.append("also:")
        for k, v in f["_also"].items():
            if isinstance(v, str):
                out.append(f"  {k}: {yq(v)}")
            else:
                out.append(f"  {k}: {'null' if v is None else v}")
    if people:
        out.append("people:")
        out += [f"- {yq(p)}" for p in people]
    else:
        out.append("people: []")
    if versions:
        out.append("versions:")
        out.append("  documents:")
        out += [f"  - {yq(d)}" for d in versions["documents"]]
        out.append(f"  newest: {yq(versions['newest'])}")
        if versions.get("same_text"):
            out.append(f"  same_text: true")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    rng = random.Random(SEED)
    groups = {}
    for spec in WD:
        if spec.get("version"):
            groups.setdefault(spec["version"], []).append(spec)
    num_to_file = {}
    for spec in WD:
        num_to_file.setdefault(BY_KEY[spec["pos"]]["num"], spec["file"])
    written = {}
    for spec in WD:
        # documents that are the same text (a draft and its signed scan, a copy) share a seed
        r = random.Random(f"{SEED}-{spec['seed']}") if spec.get("seed") else random.Random(f"{SEED}-{spec['file']}")
        blocks, truth = build(spec, r)
        kind = spec["kind"]
        if kind == "ocr":
            data = render_ocr(blocks, spec, r).encode("utf-8")
        elif kind == "ocr-columns":
            data = render_columns(blocks, spec, r).encode("utf-8")
        elif kind == "docx":
            data = docx_bytes(blocks, spec, r)
        elif kind == "pdf":
            data = render_pdf(blocks, spec, r)
        elif kind == "text-cp1252":
            data = render_text(blocks, spec, r).replace("\n", "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = render_md(blocks, spec, r).encode("utf-8")
        else:
            data = render_text(blocks, spec, r).encode("utf-8")
        (CORPUS / spec["file"]).write_bytes(data)
        sup = BY_KEY[spec["pos"]]["sup"][0]
        if sup in num_to_file and truth["supervisor"] is not None:
            truth["_also"]["reports_to_in_corpus"] = num_to_file[sup]
        if spec["lang"] == "bilingual":
            truth["_also"]["title_fr"] = BY_KEY[spec["pos"]]["t_fr"]
        versions = None
        if spec.get("version"):
            g = groups[spec["version"]]
            dated = sorted(g, key=lambda s: (s.get("ov", {}).get("date", BY_KEY[s["pos"]]["date"]),
                                             "DRAFT" not in s["file"], "(1)" not in s["file"]))
            versions = {"documents": [s["file"] for s in g], "newest": dated[-1]["file"]}
            if len({s.get("seed") for s in g}) == 1 and g[0].get("seed"):
                versions["same_text"] = True
        written[spec["file"]] = expected_yaml(spec["file"], kind, spec["lang"], "import", truth, truth["_people"],
                                              versions)
    rr = random.Random(f"{SEED}-refuse")
    names = [f"{pick(rr, FIRST)} {pick(rr, LAST)}" for _ in range(6)]
    refuse = [
        ("Organigramme SCC RP - org chart 2016.txt", "ocr", "bilingual", org_chart(rr).encode("utf-8"), []),
        ("Memo - staffing EX-01 Director Reintegration Programs.docx", "docx", "en", memo_docx(rr, names[:3]), names[:3]),
        ("Lettre décision classification 60418.pdf", "pdf", "fr", decision_letter(names[3:5]), names[3:5]),
        ("scan0047.txt", "ocr", "en", noise_scan(rr).encode("utf-8"), []),
        ("SKM_C454e19031512340.pdf", "pdf", "en", pdf_bytes(["", ""]), []),
    ]
    for name, kind, lang, data, ppl in refuse:
        (CORPUS / name).write_bytes(data)
        written[name] = expected_yaml(name, kind, lang, "refuse", None, ppl, None)
    for name, text in written.items():
        (EXPECTED / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    print(f"{len(written)} documents written to {CORPUS}")


if __name__ == "__main__":
    main()
