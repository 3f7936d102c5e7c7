#!/usr/bin/env python3
"""Write the blind75 corpus: EX work descriptions inside other documents (classification
submission packages, e-mail threads, reports with a table of contents, PDFs ending with an org
chart, staffing files) beside standalone ones, and documents that only mention a work
description (to refuse). Deterministic: the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind75/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 7575
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# --- notations ----------------------------------------------------------------------------------

def cls_str(level: int, style: str) -> str:
    return {"std": f"EX-0{level}", "space": f"EX 0{level}", "short": f"EX-{level}", "tight": f"EX0{level}",
            "spaced": f"EX - 0{level}"}[style]


def date_str(d: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                "iso": d.isoformat(), "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "dash": f"{d.day:02d}-{d.month:02d}-{d.year}"}[style]
    m = MONTHS_EN[d.month - 1]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{m} {d.day}, {d.year}", "dmy_long": f"{d.day} {m} {d.year}", "iso": d.isoformat(),
            "ordinal": f"{m} {d.day}{suffix}, {d.year}", "abbr": f"{m[:3]}. {d.day}, {d.year}" if len(m) > 4 else f"{m} {d.day}, {d.year}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "dmy_abbr": f"{d.day:02d}-{m[:3].upper()}-{d.year}"}[style]


def _dec(n: int, unit: int) -> str:
    whole, rest = divmod(n, unit)
    if not rest:
        return str(whole)
    digits = len(str(unit)) - 1
    return f"{whole}.{str(rest).rjust(digits, '0').rstrip('0')}"


def amt_str(n: int, lang: str, style: str) -> str:
    if style in ("M", "million") and n < 1_000_000:
        style = "K"
    if lang == "fr":
        sp = " "
        full = f"{n:,}".replace(",", sp)
        return {"full": f"{full} $", "cents": f"{full},00 $", "M": f"{_dec(n, 1_000_000).replace('.', ',')} M$",
                "K": f"{n // 1000:,}".replace(",", sp) + " k$", "million": f"{_dec(n, 1_000_000).replace('.', ',')} millions $"}[style]
    return {"full": f"${n:,}", "cents": f"${n:,}.00", "M": f"${_dec(n, 1_000_000)}M", "K": f"${n // 1000:,}K",
            "million": f"${_dec(n, 1_000_000)} million"}[style]


def de(x: str) -> str:
    """French 'de' + article: de les -> des, de le -> du"""
    for a, b in (("les ", "des "), ("le ", "du "), ("la ", "de la "), ("l'", "de l'")):
        if x.startswith(a):
            return b + x[len(a):]
    return "de " + x


def fte_str(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        return {"a": f"{n} ETP", "b": f"effectif de {n}", "c": f"{n} équivalents temps plein"}[style]
    return {"a": f"{n} FTEs", "b": f"staff of {n}", "c": f"{n} FTE", "d": f"{n} employees"}[style]


# --- positions ----------------------------------------------------------------------------------

class Pos:
    def __init__(self, row, rng: random.Random):
        (self.key, self.dept_en, self.dept_fr, self.branch_en, self.branch_fr, self.title_en, self.title_fr, self.level,
         self.sup_en, self.sup_fr, self.sup_level, self.mandate_en, self.mandate_fr, reports, self.loc_en, self.loc_fr,
         self.lang) = row
        self.number = str(rng.randint(10000, 99999)) if rng.random() < 0.6 else str(rng.randint(100000, 599999))
        self.job_code = str(rng.randint(100200, 109999))
        self.sup_number = str(rng.randint(10000, 99999))
        year = rng.randint(2016, 2024)
        day = 1 if rng.random() < 0.25 else rng.randint(13, 28)
        self.date = dt.date(year, rng.randint(1, 12), day)
        self.reports = []
        for en, fr, cls in reports:
            big = cls.startswith("EX")
            fte = rng.randint(18, 75) if big else (1 if cls.startswith("AS-0") and cls < "AS-03" else rng.randint(3, 38))
            self.reports.append({"en": en, "fr": fr, "cls": cls, "fte": fte})
        self.fte = sum(r["fte"] for r in self.reports) + 1 + rng.randint(0, 3)
        self.salary = round(self.fte * rng.randint(88, 112) * 1000, -4)
        self.om = rng.randint(40, 1900) * 1000
        if rng.random() < 0.3:
            self.om = round(self.om, -4)
        self.total = self.salary + self.om
        self.program = rng.randint(5, 240) * 1_000_000 if rng.random() < 0.25 else None

    def t(self, what: str, lang: str):
        """the English or French form of title / sup / mandate / dept / branch / loc"""
        en, fr = getattr(self, what + "_en"), getattr(self, what + "_fr")
        return fr if lang == "fr" and fr else en if en else fr


class Names:
    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def __call__(self) -> str:
        while True:
            name = f"{self.rng.choice(T.FIRST)} {self.rng.choice(T.LAST)}"
            if name not in self.used:
                self.used.add(name)
                return name


# --- the work description as blocks ------------------------------------------------------------

def lab(rng, key, lang, bilingual=False):
    en, fr = T.LABELS[key]
    if bilingual:
        i = rng.randrange(min(len(en), len(fr)))
        return f"{en[i]} / {fr[i]}"
    return rng.choice(fr if lang == "fr" else en)


def head(rng, key, lang, caps=None):
    en, fr = T.HEADINGS[key]
    pool = [h for h in (fr if lang == "fr" else en) if not h.isupper()]
    h = rng.choice(pool)
    return h.upper() if caps else h


def wd_blocks(P: Pos, lang: str, rng: random.Random, doc: dict, opts: dict) -> list:
    """The work description of P in `lang` ('en', 'fr', 'bilingual') as blocks; fills doc['truth']."""
    bil = lang == "bilingual"
    L = "fr" if lang == "fr" else "en"
    title = P.t("title", L)
    sup = P.t("sup", L)
    truth = doc["truth"]
    people = doc["people"]
    cstyle = rng.choice(["std", "std", "space", "short", "tight", "spaced"])
    dstyle = rng.choice(["long", "le", "iso", "dmy", "dash"] if L == "fr" else
                        ["long", "dmy_long", "iso", "ordinal", "abbr", "slash", "dmy_abbr"])
    if dstyle in ("dmy", "dash") and P.date.day <= 12:
        dstyle = "long"
    astyle = rng.choice(["full", "cents", "M", "K", "million"])
    if astyle in ("M", "million") and (P.salary % 10000 or P.om % 1000):
        astyle = "full"
    fstyle = rng.choice(["a", "b", "c"] if L == "fr" else ["a", "b", "c", "d"])
    show_job = opts.get("job", rng.random() < 0.5)
    show_date = opts.get("date", rng.random() < 0.85)
    show_loc = opts.get("loc", rng.random() < 0.8)
    sup_mode = opts.get("sup", rng.choice(["fields", "fields", "fields", "sentence", "partial"]))
    show_om = rng.random() < 0.9
    show_total = show_om and rng.random() < 0.7
    show_fte = rng.random() < 0.7
    no_report_cls = rng.random() < 0.12
    no_report_fte = rng.random() < 0.15
    caps = rng.random() < 0.4
    truth["fields"] = fields = {}
    fields["title"] = title
    fields["classification"] = f"EX-0{P.level}"
    fields["job_code"] = P.job_code if show_job else None
    fields["position_number"] = P.number
    fields["effective_date"] = P.date if show_date else None
    fields["supervisor"] = {"position_number": P.sup_number if sup_mode == "fields" else None, "title": sup,
                            "classification": f"EX-0{P.sup_level}"}
    if sup_mode == "partial":  # title and level, no number
        pass
    loc = P.t("loc", "en" if bil else L)
    fields["location"] = loc if show_loc else None
    blocks: list = []
    if bil:
        blocks.append(("h1", rng.choice(["Work Description / Description de travail",
                                         "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"])))
        truth["also"]["title_fr"] = P.title_fr
    else:
        blocks.append(("h1", rng.choice(["Executive Work Description", "WORK DESCRIPTION", "Job Description",
                                         "EX Position Description"] if L == "en" else
                                        ["Description de travail", "DESCRIPTION DE TRAVAIL – GROUPE EX",
                                         "Description de poste de cadre"])))
    fl = []
    if bil and (opts.get("split_title") or rng.random() < 0.5):
        fl.append(("Position Title (English)", P.title_en))
        fl.append(("Titre du poste (français)", P.title_fr))
    elif bil:
        fl.append((lab(rng, "title", L, True), f"{P.title_en} / {P.title_fr}"))
    else:
        fl.append((lab(rng, "title", L), title))
    extra = [(lab(rng, "classification", L, bil), cls_str(P.level, cstyle)),
             (lab(rng, "position_number", L, bil), P.number)]
    if show_job:
        extra.append((lab(rng, "job_code", L, bil), P.job_code))
    if show_date:
        extra.append((lab(rng, "effective_date", L, bil), date_str(P.date, L, dstyle)))
    rng.shuffle(extra)
    fl += extra
    fl.append((lab(rng, "department", L, bil), P.t("dept", L)))
    if P.t("branch", L) and rng.random() < 0.7:
        fl.append((lab(rng, "branch", L, bil), P.t("branch", L)))
    if show_loc:
        fl.append((lab(rng, "location", L, bil), loc))
    if sup_mode == "fields":
        fl.append((lab(rng, "sup_pos", L, bil), P.sup_number))
        fl.append((lab(rng, "sup_title", L, bil), sup))
        fl.append((lab(rng, "sup_cls", L, bil), cls_str(P.sup_level, "std" if rng.random() < 0.7 else cstyle)))
    elif sup_mode == "partial":
        fl.append((lab(rng, "sup_title", L, bil), f"{sup} ({cls_str(P.sup_level, 'std')})"))
    blocks.append(("fields", fl))
    incumbent = None
    if rng.random() < 0.35:
        incumbent = doc["names"]()
        blocks.append(("fields", [("Titulaire" if L == "fr" else rng.choice(["Incumbent", "Incumbent name"]), incumbent)]))
        people.append(incumbent)

    mandate = P.t("mandate", L)
    # general accountability / client service results
    if rng.random() < 0.25:
        blocks.append(("h", head(rng, "csr", L, caps)))
        blocks.append(("p", (f"Leadership et orientation stratégique pour {mandate}, à l'appui des priorités ministérielles et des besoins "
                             "de la population canadienne, des clients et des partenaires.") if L == "fr" else
                       (f"Leadership and strategic direction for {mandate}, in support of departmental priorities and of the needs of "
                        "Canadians, clients and partners.")))
    else:
        blocks.append(("h", head(rng, "ga", L, caps)))
        blocks.append(("p", rng.choice(T.GA_FR if L == "fr" else T.GA_EN).format(title=title, mandate=mandate, sup=sup, de_mandate=de(mandate))))
    org = [("h", head(rng, "org", L, caps))]
    n = len(P.reports)
    if sup_mode == "sentence":
        if L == "fr":
            org.append(("p", f"Le titulaire relève du {sup} ({cls_str(P.sup_level, 'std')}, poste no {P.sup_number}). "
                             f"Le poste compte {n} subordonnés directs :"))
        else:
            org.append(("p", f"The {title} reports to the {sup} ({cls_str(P.sup_level, 'std')}), position {P.sup_number}, "
                             f"and is one of {rng.randint(3, 7)} positions reporting to that position. The following {n} positions report to the {title}:"))
        fields["supervisor"]["position_number"] = P.sup_number
    else:
        org.append(("p", f"Les {n} postes suivants relèvent du titulaire :" if L == "fr" else
                    f"The {title} has {n} direct reports:" if rng.random() < 0.5 else
                    f"Reporting to the {title} are:"))
    rmode = rng.choice(["paren", "dash", "table", "prose", "resp"])
    reps = []
    for r in P.reports:
        rt = r["fr"] if L == "fr" else r["en"]
        rc = None if no_report_cls else r["cls"]
        rf = None if no_report_fte else r["fte"]
        reps.append((rt, rc, rf))
    fields["direct_reports"] = [{"title": rt, "classification": rc, "fte": rf} for rt, rc, rf in reps]

    def one(rt, rc, rf):
        bits = ", ".join(b for b in (rc, fte_str(rf, L, fstyle) if rf is not None else None) if b)
        return f"{rt} ({bits})" if bits else rt
    if rmode == "paren":
        org.append(("ul", [one(*x) for x in reps]))
    elif rmode == "dash":
        org.append(("ul", [" - ".join(b for b in (rc, rt) if b) + (f" ({fte_str(rf, L, fstyle)})" if rf is not None else "")
                           for rt, rc, rf in reps]))
    elif rmode == "table":
        hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"])
        org.append(("table", hdr, [[rt, rc or "", str(rf) if rf is not None else ""] for rt, rc, rf in reps]))
    elif rmode == "prose":
        org.pop()
        items = [("le " if L == "fr" else "the ") + one(*x) for x in reps]
        joined = ("; ".join(items[:-1]) + ("; et " if L == "fr" else "; and ") + items[-1]) if len(items) > 1 else items[0]
        org.append(("p", (f"Les postes suivants relèvent du titulaire : {joined}." if L == "fr" else
                          f"Reporting to the {title} are {joined}.")))
    else:
        resp = ["the day-to-day operations of the unit", "policy analysis and advice", "program delivery and monitoring",
                "planning, reporting and coordination"]
        resp_fr = ["les opérations quotidiennes de l'unité", "l'analyse des politiques et les conseils", "la prestation et le suivi du programme",
                   "la planification, les rapports et la coordination"]
        org.append(("ul", [f"{one(*x)} : responsable {de(resp_fr[i % 4])}." if L == "fr" else
                           f"{one(*x)}: {rng.choice(T.RESP_EN).format(x=resp[i % 4])}" for i, x in enumerate(reps)]))
    ns = [("h", head(rng, "ns", L, caps))]
    pool = T.NS_FR if L == "fr" else T.NS_EN
    for p in rng.sample(pool, rng.randint(2, 4)):
        ns.append(("p", re.sub(r"^Au sein de (?=[AEÉIOUaeéiou])", "Au sein d'", p.format(dept=P.t("dept", L), short=mandate, de_short=de(mandate)))))
    dim = [("h", head(rng, "dim", L, caps))]
    dm = rng.choice(["lines", "lines", "table", "prose"])
    drows = []
    if show_fte:
        drows.append((lab(rng, "fte", L, bil), str(P.fte)))
    drows.append((lab(rng, "salary", L, bil), amt_str(P.salary, L, astyle)))
    if show_om:
        drows.append((lab(rng, "o_and_m", L, bil), amt_str(P.om, L, astyle)))
    if show_total:
        drows.append((lab(rng, "total", L, bil), amt_str(P.total, L, astyle)))
    if P.program:
        drows.append(("Subventions et contributions" if L == "fr" else "Grants and Contributions", amt_str(P.program, L, astyle)))
    if dm == "lines":
        dim.append(("fields", drows))
    elif dm == "table":
        dim.append(("table", ["Ressource", "Montant"] if L == "fr" else ["Resource", "Amount"], [list(r) for r in drows]))
    else:
        if L == "fr":
            s = f"L'organisation dispose d'un budget salarial de {amt_str(P.salary, L, astyle)}"
            s += f" et d'un budget de fonctionnement et d'entretien de {amt_str(P.om, L, astyle)}" if show_om else ""
            s += f", pour un total de {amt_str(P.total, L, astyle)}" if show_total else ""
            s += f". Elle compte {P.fte} ETP." if show_fte else "."
        else:
            s = f"The organization manages a salary budget of {amt_str(P.salary, L, astyle)}"
            s += f" and an operating and maintenance (O&M) budget of {amt_str(P.om, L, astyle)}" if show_om else ""
            s += f", for a total of {amt_str(P.total, L, astyle)}" if show_total else ""
            s += f". It has {P.fte} FTEs." if show_fte else "."
        if P.program:
            s += (f" Le titulaire gère aussi un budget de subventions et contributions de {amt_str(P.program, L, astyle)}." if L == "fr"
                  else f" The incumbent also manages grants and contributions of {amt_str(P.program, L, astyle)}.")
        dim.append(("p", s))
    fields["salary"] = P.salary
    fields["o_and_m"] = P.om if show_om else None
    fields["total"] = P.total if show_total else None
    truth["also"]["fte"] = P.fte if show_fte else None
    truth["also"]["program_budget"] = P.program
    sa = [("h", head(rng, "sa", L, caps))]
    pool = T.SA_FR if L == "fr" else T.SA_EN
    sa.append(("ol", [s.format(short=mandate, sup=sup, de_short=de(mandate)) for s in rng.sample(pool, rng.randint(5, 7))]))
    order = rng.choice([[org, ns, dim, sa], [org, dim, ns, sa], [ns, org, sa, dim], [org, ns, sa, dim]])
    for part in order:
        blocks += part
    if bil:
        blocks.append(("h", "VERSION FRANÇAISE – Responsabilité générale" if rng.random() < 0.5 else "Responsabilité générale"))
        blocks.append(("p", rng.choice(T.GA_FR).format(title=P.title_fr, mandate=P.mandate_fr, sup=P.sup_fr, de_mandate=de(P.mandate_fr))))
        blocks.append(("h", "Responsabilités spécifiques"))
        blocks.append(("ol", [s.format(short=P.mandate_fr, sup=P.sup_fr, de_short=de(P.mandate_fr)) for s in rng.sample(T.SA_FR, 5)]))
    if opts.get("cert", rng.random() < 0.75):
        s1, s2 = doc["sup_person"](), doc["names"]()
        people.append(s2)
        blocks.append(("h", head(rng, "cert", L, caps)))
        if L == "fr":
            blocks.append(("p", "L'énoncé qui précède décrit fidèlement les fonctions et responsabilités du poste."))
            blocks.append(("sig", [f"{s1}, {sup}", "Signature : ________________   Date : ____________",
                                   f"{s2}, {'Sous-ministre' if P.sup_level >= 4 else 'Sous-ministre adjoint'}", "Signature : ________________   Date : ____________"]))
        else:
            blocks.append(("p", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position."))
            blocks.append(("sig", [f"Supervisor: {s1}, {sup}", "Signature: ____________________   Date: __________",
                                   f"Approved: {s2}, {'Deputy Minister' if P.sup_level >= 4 else 'Assistant Deputy Minister'}", "Signature: ____________________   Date: __________"]))
    return blocks


def finish_truth(doc: dict):
    f = doc["truth"]["fields"]
    ns = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date"):
        if f[k] is None:
            ns.append(k)
    for k in ("position_number", "title", "classification"):
        if f["supervisor"][k] is None:
            ns.append(f"supervisor.{k}")
    if not f["direct_reports"]:
        ns.append("direct_reports")
    for k in ("salary", "o_and_m", "total", "location"):
        if f[k] is None:
            ns.append(k)
    doc["truth"]["not_stated"] = ns
    order = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor", "direct_reports",
             "salary", "o_and_m", "total", "location")
    doc["truth"]["fields"] = {k: f[k] for k in order}


# --- renderers ----------------------------------------------------------------------------------

def wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return out + ([line] if line else [])


def to_text(blocks, rng: random.Random, width=None, style=None) -> str:
    st = style or {}
    hs = st.get("head", rng.choice(["caps", "plain", "numbered", "colon", "underline"]))
    fs = st.get("fields", rng.choice(["colon", "nextline", "dots", "tabs", "colon"]))
    bullet = st.get("bullet", rng.choice(["- ", "• ", "* ", "o "]))
    width = width if width is not None else rng.choice([None, 78, 90])
    out: list[str] = []
    num = 0

    def para(t, indent=""):
        if width:
            lines = wrap(t, width - len(indent))
            out.extend(indent + x for x in lines)
        else:
            out.append(indent + t)
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out += [b[1].upper() if hs == "caps" else b[1], ""]
        elif kind == "h":
            t = b[1]
            if hs == "caps":
                out.append(t.upper())
            elif hs == "numbered":
                num += 1
                out.append(f"{num}. {t}")
            elif hs == "colon":
                out.append(t.rstrip(":") + ":")
            elif hs == "underline":
                out += [t, "-" * len(t)]
            else:
                out.append(t)
            out.append("")
        elif kind == "fields":
            wl = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                if fs == "colon":
                    out.append(f"{k}: {v}")
                elif fs == "nextline":
                    out += [k, f"    {v}"]
                elif fs == "dots":
                    out.append(f"{k} {'.' * max(3, min(wl, 36) + 6 - len(k))} {v}")
                else:
                    out.append(f"{k}:\t{v}")
            out.append("")
        elif kind == "p":
            para(b[1])
            out.append("")
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                lead = f"{i}. " if kind == "ol" else bullet
                if width:
                    lines = wrap(item, width - len(lead))
                    out.append(lead + lines[0])
                    out.extend(" " * len(lead) + x for x in lines[1:])
                else:
                    out.append(lead + item)
            out.append("")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            ws = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
            for r in [hdr] + rows:
                out.append("  ".join(str(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip())
            out.append("")
        elif kind == "sig":
            out += list(b[1]) + [""]
        elif kind == "raw":
            out += b[1].split("\n")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks, rng: random.Random) -> str:
    fs = rng.choice(["bullets", "bold", "table"])
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out += [f"# {b[1]}", ""]
        elif kind == "h":
            out += [f"## {b[1]}", ""]
        elif kind == "fields":
            if fs == "bullets":
                out += [f"*   **{k}:** {v}" for k, v in b[1]]
            elif fs == "bold":
                out += [f"**{k}:** {v}  " for k, v in b[1]]
            else:
                out += ["| Field | Value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in b[1]]
            out.append("")
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"*   {x}" for x in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in b[2]] + [""]
        elif kind == "sig":
            out += [f"**{b[1][0]}**  "] + [x + "  " for x in b[1][1:]] + [""]
        elif kind == "raw":
            out += b[1].split("\n") + [""]
    return "\n".join(out).rstrip() + "\n"


def to_docx(d, blocks, rng: random.Random, base_level=1):
    fs = rng.choice(["table", "table", "para"])
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=base_level)
        elif kind == "h":
            d.add_heading(b[1], level=base_level + 1)
        elif kind == "fields":
            if fs == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
                d.add_paragraph()
            else:
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k + ":").bold = True
                    p.add_run("\t" + v)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph()
        elif kind == "sig":
            for x in b[1]:
                d.add_paragraph(x)
        elif kind == "raw":
            for x in b[1].split("\n"):
                d.add_paragraph(x)


def new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "HR", "HR", ""
    cp.created = cp.modified = dt.datetime(2024, 3, 1, 12, 0, 0)
    cp.revision = 3
    return d


def docx_save(d) -> bytes:
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def paginate(text: str, header: str, footer: str, lines_per_page=62, width=110) -> list[str]:
    lines = []
    for ln in text.split("\n"):
        if len(ln) > width:
            lines += wrap(ln, width)
        else:
            lines.append(ln)
    chunks = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    pages = []
    for i, ch in enumerate(chunks, 1):
        top = [header, ""] if header else []
        bottom = ["", footer.format(n=i, N=len(chunks))] if footer else []
        pages.append("\n".join(top + ch + bottom))
    return pages


def pdf_esc(s: str) -> bytes:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def orgchart_page(caption: str, top: list[str], mid: list[str], leaves: list[list[str]]) -> bytes:
    """A raw content stream: boxes and centred-ish text, drawn top to bottom."""
    ops = [b"0.6 w"]
    texts = []

    def box(x, y, w, h, lines):
        ops.append(b"%d %d %d %d re S" % (x, y, w, h))
        for i, ln in enumerate(lines):
            texts.append(b"BT /F1 7 Tf %d %d Td (%b) Tj ET" % (x + 4, y + h - 11 - 9 * i, pdf_esc(ln)))
    texts.append(b"BT /F1 12 Tf 40 800 Td (%b) Tj ET" % pdf_esc(caption))
    box(200, 690, 195, 50, top)
    ops.append(b"297 690 m 297 660 l S")
    box(200, 600, 195, 60, mid)
    ops.append(b"297 600 m 297 570 l S")
    n = len(leaves)
    w = min(130, (555 - 10 * (n - 1)) // n)
    x0 = 20
    ops.append(b"%d 570 m %d 570 l S" % (x0 + w // 2, x0 + (n - 1) * (w + 10) + w // 2))
    for i, lf in enumerate(leaves):
        x = x0 + i * (w + 10)
        ops.append(b"%d 570 m %d 550 l S" % (x + w // 2, x + w // 2))
        box(x, 480, w, 70, lf)
    return b"\n".join(ops + texts) + b"\n"


def chart_lines(title: str, width: int) -> list[str]:
    return wrap(title, width)


# --- OCR damage ---------------------------------------------------------------------------------

DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(text: str, rng: random.Random, rate=0.35) -> str:
    out = []
    for ch in text:
        if ch in DIG and rng.random() < rate:
            out.append("l" if ch == "1" and rng.random() < 0.3 else DIG[ch])
        else:
            out.append(ch)
    text = "".join(out)
    words = text.split(" ")
    res = []
    for w in words:
        if len(w) > 5 and w.isalpha() and w.islower():
            r = rng.random()
            if r < 0.03:
                w = w.replace("m", "rn", 1)
            elif r < 0.06:
                w = w.replace("e", "c", 1)
            elif r < 0.08:
                w = w.replace("l", "I", 1)
            elif r < 0.10 and res:
                res[-1] = res[-1] + w
                continue
        res.append(w)
    return " ".join(res)


def ocr_wrap(pages_text: list[str], rng, footer: str) -> str:
    pages = []
    for i, t in enumerate(pages_text, 1):
        flat = " ".join(x.strip() for x in t.split("\n") if x.strip())
        pages.append(f"{flat} {footer} {i}" if rng.random() < 0.5 else f"{i} {flat} {footer}")
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(pages)


# --- containers ---------------------------------------------------------------------------------

DOMAINS = {"Employment and Social Development Canada": "hrsdc-rhdcc.gc.ca", "Health Canada": "hc-sc.gc.ca",
           "Canadian Food Inspection Agency": "inspection.gc.ca", "Canada Border Services Agency": "cbsa-asfc.gc.ca",
           "Atlantic Canada Opportunities Agency": "acoa-apeca.gc.ca", "Public Health Agency of Canada": "phac-aspc.gc.ca",
           "Innovation, Science and Economic Development Canada": "ised-isde.gc.ca"}


def email_addr(name: str, dept: str) -> str:
    import unicodedata
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("'", "").replace(" ", ".")
    return f"{plain}@{DOMAINS.get(dept, 'tbs-sct.gc.ca')}"


def when(rng, lang, base: dt.date, k: int) -> str:
    d = base + dt.timedelta(days=k)
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    h, m = rng.randint(8, 16), rng.randint(0, 59)
    if lang == "fr":
        return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {h:02d} h {m:02d}"
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def signature(name, role, P, lang, rng):
    tel = f"{rng.choice(['613', '819', '343', '873'])}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    if lang == "fr":
        return [name, role, P.dept_fr, f"Tél. : {tel}", email_addr(name, P.dept_en)]
    if lang == "bilingual":
        return [name, role, f"{P.dept_en} | {P.dept_fr}", f"Tel./Tél. : {tel}", email_addr(name, P.dept_en)]
    return [name, role, P.dept_en, f"Tel: {tel}", email_addr(name, P.dept_en),
            *(["Please consider the environment before printing this e-mail."] if rng.random() < 0.4 else [])]


def email_thread(P, lang, rng, doc, wd_text, md=False, quote=False) -> str:
    L = "fr" if lang == "fr" else "en"
    names = doc["names"]
    sup_name, hr_name, adv_name, asst = doc["sup_person"](), names(), names(), names()
    doc["people"] += [hr_name, adv_name, asst]
    title = P.t("title", L)
    subj = (f"Description de travail – {title}" if L == "fr" else f"Work description – {title}")
    base = P.date - dt.timedelta(days=rng.randint(20, 90)) if rng.random() < 0.5 else dt.date(2024, rng.randint(1, 10), rng.randint(1, 20))
    roles = ((P.t("sup", L), "Conseillère principale en classification, Groupe de la direction", "Adjoint administratif")
             if L == "fr" else (P.t("sup", L), "Senior Classification Advisor, Executive Group Services", "Executive Assistant"))
    K = {"from": "De :", "sent": "Envoyé :", "to": "À :", "cc": "Cc :", "subj": "Objet :"} if L == "fr" else \
        {"from": "From:", "sent": "Sent:", "to": "To:", "cc": "Cc:", "subj": "Subject:"}
    re_, fw = ("RE :", "TR :") if L == "fr" else ("RE:", "FW:")

    def header(frm, to, cc, k, prefix):
        h = [f"{K['from']} {frm} <{email_addr(frm, P.dept_en)}>", f"{K['sent']} {when(rng, L, base, k)}", f"{K['to']} {to}"]
        if cc:
            h.append(f"{K['cc']} {cc}")
        h.append(f"{K['subj']} {prefix + ' ' if prefix else ''}{subj}")
        return h
    msgs = []
    if L == "fr":
        m3 = [f"Bonjour {hr_name.split()[0]},", "",
              "Merci. Je n'ai pas d'autres commentaires; vous pouvez soumettre la description au comité de classification.", "",
              "Cordialement,", ""] + signature(sup_name, roles[0], P, lang, rng)
        m2 = [f"Bonjour {sup_name.split()[0]},", "",
              "J'ai intégré les commentaires reçus. La version finale de la description de travail est collée ci-dessous "
              "(la pièce jointe a été bloquée par le filtre de courriel).", "", "Merci,", ""] + signature(hr_name, roles[1], P, lang, rng)
        m1 = [f"Bonjour {hr_name.split()[0]},", "", "Voici l'ébauche révisée. Pouvez-vous la vérifier avant la réunion de jeudi?", "",
              f"{adv_name}"]
    else:
        m3 = [f"Thanks {hr_name.split()[0]} – this looks good to me. No further comments; please go ahead and submit it "
              "to the EX classification committee.", "", sup_name.split()[0], ""] + signature(sup_name, roles[0], P, lang, rng)
        m2 = [f"Hi {sup_name.split()[0]},", "",
              "I have incorporated the comments we received from the branch. The final text of the work description is pasted below, "
              "since the Word attachment keeps getting blocked by the mail filter. Let me know if anything is off.", "",
              "Regards,", ""] + signature(hr_name, roles[1], P, lang, rng)
        m1 = [f"Hi {hr_name.split()[0]},", "", "Here is the revised draft with the dimensions updated from the latest financial report. "
              "Could you review it before Thursday's meeting?", "", adv_name]
    sep = "-----Message d'origine-----" if L == "fr" else "-----Original Message-----"
    out = header(sup_name, hr_name, asst, 9, re_) + [""] + m3 + ["", "", sep] + \
        header(hr_name, sup_name, adv_name, 7, "") + [""] + m2 + [""]
    body = wd_text.rstrip("\n").split("\n")
    if quote:
        body = ["> " + x if x else ">" for x in body]
    out += ["________________________________", ""] + body + ["", "", sep] + \
        header(adv_name, hr_name, None, 2, fw) + [""] + m1
    if md:
        conv = []
        for ln in out:
            for k in K.values():
                if ln.startswith(k + " "):
                    ln = f"**{k}** {ln[len(k) + 1:]}  "
                    break
            if ln == sep:
                ln = "\n---\n"
            conv.append(ln)
        return "\n".join(conv) + "\n"
    return "\n".join(out) + "\n"


def memo_blocks(P, lang, rng, doc, memo_date: dt.date) -> list:
    L = "fr" if lang == "fr" else "en"
    to_name, sup_name = doc["names"](), doc["sup_person"]()
    doc["people"].append(to_name)
    title = P.t("title", L)
    if L == "fr":
        return [("h1", "NOTE DE SERVICE"),
                ("fields", [("DESTINATAIRE", f"{to_name}, Directrice, Classification des cadres"),
                            ("EXPÉDITEUR", f"{sup_name}, {P.t('sup', L)}"),
                            ("OBJET", f"Demande de classification – poste {P.number}, {title}"),
                            ("DATE", date_str(memo_date, "fr", "long"))]),
                ("p", f"Vous trouverez ci-joint la description de travail du poste de {title} (annexe A) ainsi que la justification "
                      f"de la classification proposée (annexe B). Je recommande que le poste soit classifié au niveau EX-0{P.level}. "
                      "La description a été rédigée à la suite de la réorganisation de la direction générale et reflète la "
                      "structure approuvée par le comité de gestion."),
                ("p", "N'hésitez pas à communiquer avec mon bureau si vous avez besoin de renseignements supplémentaires."),
                ("sig", [sup_name, P.t("sup", L), "", "p.j. (2)"])]
    return [("h1", rng.choice(["MEMORANDUM", "BRIEFING NOTE / MEMORANDUM", "Memorandum"])),
            ("fields", [("TO", f"{to_name}, Director, Executive Classification"), ("FROM", f"{sup_name}, {P.t('sup', L)}"),
                        ("SUBJECT", f"Request for classification – position {P.number}, {title}"),
                        ("DATE", date_str(memo_date, "en", "long"))]),
            ("p", f"Please find attached for review the work description for the position of {title} (Annex A) and the "
                  f"rationale supporting the proposed classification (Annex B). I am recommending that the position be "
                  f"classified at the EX-0{P.level} level. The work description reflects the structure approved by the "
                  "Branch Management Committee following the recent realignment."),
            ("p", "My office remains available should you require additional information."),
            ("sig", [sup_name, P.t("sup", L), "", "Attachments (2)"])]


def rationale_blocks(P, lang, rng, doc) -> list:
    L = "fr" if lang == "fr" else "en"
    adv = doc["names"]()
    doc["people"].append(adv)
    kh = {1: 528, 2: 608, 3: 700}.get(P.level, 608)
    ps, acc = int(kh * 0.57 // 1), {1: 350, 2: 460, 3: 528}.get(P.level, 400)
    peer_no = str(rng.randint(10000, 99999))
    peer = rng.choice(["Director, Program Integrity", "Director, Strategic Policy", "Director, Operations Planning",
                       "Director, Corporate Services"]) if L == "en" else \
        rng.choice(["Directeur, Intégrité des programmes", "Directeur, Politiques stratégiques", "Directeur, Planification des opérations"])
    if L == "fr":
        return [("h1", "ANNEXE B – JUSTIFICATION DE LA CLASSIFICATION"),
                ("p", f"Le poste a été évalué selon la Norme d'évaluation des emplois du groupe de la direction (méthode Hay). "
                      f"Niveau recommandé : EX-0{P.level}."),
                ("table", ["Facteur", "Cote", "Points"], [["Savoir-faire", "F II 3", str(kh)], ["Résolution de problèmes", "E 4 (57 %)", str(ps)],
                                                          ["Responsabilité", "F 3 P", str(acc)], ["Total", "", str(kh + ps + acc)]]),
                ("p", f"Relativité interne : le poste a été comparé au poste {peer_no}, {peer} (EX-01), et au poste repère "
                      "EX-01 no 3 de la Norme. Le titulaire exerce un rôle de gestion comparable, mais avec une incidence "
                      "nationale plus marquée."),
                ("sig", [f"Évaluation effectuée par : {adv}, conseillère en classification",
                         f"Date : {date_str(P.date - dt.timedelta(days=12), 'fr', 'long')}"])]
    return [("h1", "ANNEX B – CLASSIFICATION RATIONALE"),
            ("p", f"The position was evaluated using the Executive Group Position Evaluation Plan (Hay method). Recommended "
                  f"level: EX-0{P.level}."),
            ("table", ["Factor", "Rating", "Points"], [["Know-How", "F II 3", str(kh)], ["Problem Solving", "E 4 (57%)", str(ps)],
                                                       ["Accountability", "F 3 P", str(acc)], ["Total", "", str(kh + ps + acc)]]),
            ("p", f"Internal relativity: the position was compared with position {peer_no}, {peer} (EX-01, "
                  f"{kh + ps + acc - rng.randint(60, 180)} points), and with the EX benchmark position Director, Regional "
                  "Operations. The position carries a broader national impact and a larger resource base."),
            ("sig", [f"Evaluated by: {adv}, Senior Classification Advisor",
                     f"Date: {date_str(P.date - dt.timedelta(days=12), 'en', 'long')}"])]


def checklist_blocks(P, lang, rng, doc) -> list:
    L = "fr" if lang == "fr" else "en"
    mgr, hr = doc["names"](), doc["names"]()
    doc["people"] += [mgr, hr]
    req = f"{rng.choice([2022, 2023, 2024])}-{rng.choice(['HQ', 'REG', 'EX'])}-{rng.randint(100, 999):04d}"
    fund = str(rng.randint(1000000, 9999999))
    if L == "fr":
        items = ["[X] Description de travail approuvée et signée (ci-jointe)", "[X] Énoncé des critères de mérite",
                 "[X] Confirmation du financement du poste (centre financier)", "[ ] Évaluation de langue seconde",
                 "[X] Cote de sécurité vérifiée (Secret)", "[ ] Lettre d'offre"]
        return [("h1", rng.choice(["DOSSIER DE DOTATION – LISTE DE CONTRÔLE", "Liste de vérification – mesure de dotation"])),
                ("fields", [("No de la demande", req), ("Poste", f"{P.number} – {P.t('title', L)}"),
                            ("Groupe et niveau", f"EX-0{P.level}"), ("Centre financier", fund),
                            ("Exigences linguistiques", "Bilingue impératif CBC/CBC"), ("Gestionnaire d'embauche", mgr),
                            ("Conseillère en RH", hr)]),
                ("ul", items),
                ("p", "Les documents suivants font partie du dossier.")]
    items = ["[X] Approved and signed work description (attached below)", "[X] Statement of merit criteria",
             "[X] Funding confirmation (fund centre)", "[ ] Second language evaluation results",
             "[X] Security clearance confirmed (Secret)", "[ ] Letter of offer"]
    return [("h1", rng.choice(["STAFFING FILE – CHECKLIST", "Staffing Action Checklist"])),
            ("fields", [("Request no.", req), ("Position", f"{P.number} – {P.t('title', L)}"), ("Group and level", f"EX-0{P.level}"),
                        ("Fund centre", fund), ("Language requirements", "Bilingual imperative CBC/CBC"),
                        ("Hiring manager", mgr), ("HR advisor", hr)]),
            ("ul", items),
            ("p", "The documents below form part of this staffing file.")]


def smc_blocks(lang) -> list:
    if lang == "fr":
        return [("h1", "ÉNONCÉ DES CRITÈRES DE MÉRITE"),
                ("ul", ["Diplôme d'un établissement d'enseignement postsecondaire reconnu.",
                        "Expérience significative de la gestion de ressources humaines et financières.",
                        "Expérience de la prestation de conseils stratégiques à la haute direction."])]
    return [("h1", "STATEMENT OF MERIT CRITERIA"),
            ("ul", ["Graduation with a degree from a recognized post-secondary institution.",
                    "Significant experience in managing human and financial resources.",
                    "Experience in providing strategic advice to senior management."])]


def report_parts(P, lang, rng, doc):
    """(title, intro blocks, structure blocks, finance blocks) of a report whose chapter 3 is the WD"""
    L = "fr" if lang == "fr" else "en"
    peers = [r for r in P.reports][:2]
    if L == "fr":
        title = f"{P.t('branch', L) or P.t('dept', L)} – Rapport sur la structure organisationnelle"
        intro = [("p", f"Le présent rapport décrit la structure proposée de l'organisation dirigée par le {P.t('title', L)}, "
                       "les descriptions de travail des postes de cadres touchés et les incidences financières.")]
        struct = [("p", f"Le {P.t('title', L)} relèvera du {P.t('sup', L)}. La nouvelle structure comprend les unités suivantes :"),
                  ("ul", [f"{r['fr']} – {r['cls']}" for r in peers] + ["Unité des services de gestion (à créer)"])]
        fin = [("p", f"Le coût différentiel de la réorganisation est estimé à {amt_str(rng.randint(2, 9) * 100000, 'fr', 'full')} par "
                     f"année, dont {amt_str(rng.randint(1, 9) * 10000, 'fr', 'full')} en coûts ponctuels.")]
        return title, intro, struct, fin
    title = f"{P.t('branch', L) or P.t('dept', L)} – Organizational Design Proposal"
    intro = [("p", f"This report sets out the proposed organization of the {P.t('title', L).split(',')[0]}'s area, the work "
                   "descriptions of the executive positions affected and the financial implications of the change.")]
    struct = [("p", f"The {P.t('title', L)} will report to the {P.t('sup', L)}. The new structure comprises the following units:"),
              ("ul", [f"{r['en']} – {r['cls']}" for r in peers] + ["Management Services Unit (to be created)"])]
    fin = [("p", f"The incremental cost of the reorganization is estimated at {amt_str(rng.randint(2, 9) * 100000, 'en', 'full')} "
                 f"a year, including {amt_str(rng.randint(1, 9) * 10000, 'en', 'full')} in one-time costs.")]
    return title, intro, struct, fin


# --- the plan -----------------------------------------------------------------------------------

PENSION_DRAFT = "RE_ WD - Director, Pension Policy Analysis (draft for review).txt"
PENSION_FINAL = "Classification package - Director, Pension Policy Analysis EX-01 FINAL.docx"
PLAN = [  # position, container, kind, file name
    ("pension", "email", "text-cp1252", PENSION_DRAFT),
    ("pension", "package", "docx", PENSION_FINAL),
    ("asylum", "tocdoc", "docx", "Asylum Policy DG - Organizational Design Proposal v4.docx"),
    ("devices", "orgpdf", "pdf", "WD_Director Medical Devices Compliance_signed.pdf"),
    ("immun", "email", "text", "FW_ ED Immunization Programs - WD pasted below.txt"),
    ("marine", "staffing", "pdf", "Staffing file 2024-ATL-0193 - Regional Director, Marine Safety.pdf"),
    ("aquaculture", "standalone", "markdown", "Director, Aquaculture Management (Pacific).md"),
    ("energy", "package", "pdf", "OEE DG classification submission - signed.pdf"),
    ("airq", "standalone", "text", "Director Air Quality Monitoring & Prediction WD 2019.txt"),
    ("labstat", "orgpdf", "pdf", "Labour Statistics Division - Director WD + org chart.pdf"),
    ("shawinigan", "package", "docx", "Trousse de classification - Directeur, CNVR Shawinigan.docx"),
    ("pearson", "email", "text-cp1252", "RE_ RE_ Pearson Director WD - updated.txt"),
    ("miramichi", "standalone", "docx", "WD-DT Director Pay Centre Operations - Directeur Opérations CSP.docx"),
    ("network", "tocdoc", "docx", "NSDS Branch Realignment - Business Case (FINAL).docx"),
    ("tradeasia", "standalone", "markdown", "Director, Trade Policy and Negotiations – Asia (1).md"),
    ("realprop", "staffing", "docx", "Staffing checklist + WD - Director Real Property Planning.docx"),
    ("vacdis", "package", "ocr", "scan_classification_submission_VAC_DBA.txt"),
    ("isc_mb", "orgpdf", "pdf", "MB Region - Regional Director Community Infrastructure - WD.pdf"),
    ("brm", "standalone", "text-cp1252", "BRM Director job description FINAL.txt"),
    ("cfia_qc", "email", "text", "TR_ Description de travail DE Opérations Québec - version finale.txt"),
    ("banff", "staffing", "markdown", "Banff FUS - staffing file (checklist, WD, SMC).md"),
    ("pch_ol", "tocdoc", "docx", "Rapport - Réorganisation, Programmes d'appui aux langues officielles.docx"),
    ("taxleg", "standalone", "docx", "Director, Business Income Tax Legislation - WD.docx"),
    ("wfa", "package", "markdown", "Workforce Analytics ED - classification request package.md"),
    ("emerg", "standalone", "pdf", "DFAA Director - Work Description (2021).pdf"),
    ("drumheller", "orgpdf", "pdf", "Warden Drumheller Institution WD and org chart - signed.pdf"),
    ("lac", "package", "pdf", "Soumission classification DG Acquisitions archivistiques (signée).pdf"),
    ("estrie", "standalone", "text", "Description de travail - Directeur, Bureau d'affaires de l'Estrie.txt"),
    ("acoa_trade", "email", "text", "Re_ Trade & Investment Director WD — comments incorporated.txt"),
    ("sask", "tocdoc", "docx", "Saskatchewan Region Renewal - Organizational Review 2022.docx"),
    ("gbv", "staffing", "pdf", "Dossier de dotation - Staffing File - GBV Program Director.pdf"),
    ("infra", "standalone", "ocr", "Director Program Integration WD - scanned.txt"),
    ("psc", "orgpdf", "pdf", "DT Directeur, Services d'appui à la dotation + organigramme.pdf"),
    ("csps", "package", "docx", "CSPS DG Leadership Learning - Classification Submission _ Présentation de classification.docx"),
    ("csa", "staffing", "docx", "Dossier de dotation - Directeur, Opérations des missions (liste de contrôle).docx"),
    ("elections", "standalone", "markdown", "Director, Electoral Geography — work description.md"),
    ("ei_qc", "staffing", "ocr", "numérisation dossier dotation AE Québec.txt"),
    ("census", "tocdoc", "docx", "Census Ops - Organizational Report 2023 (WD chapter).docx"),
    ("controlled", "email", "text-cp1252", "RE_ DT-WD Director Controlled Substances Licensing.txt"),
    ("sydney", "standalone", "pdf", "Sydney CPC Director WD.pdf"),
    ("aviation", "package", "text", "Classification submission - RD Civil Aviation PNR.txt"),
    ("ccg_qc", "orgpdf", "pdf", "DT - Directeur R&S Région du Québec - avec organigramme.pdf"),
    ("cws_qc", "standalone", "markdown", "Directeur régional SCF Québec - description de travail.md"),
    ("smallbiz", "email", "markdown", "Email thread - DG Small Business Branch WD.md"),
    ("gsc", "standalone", "docx", "GSC Calgary Director WD - signed.docx"),
    ("spectrum", "staffing", "text-cp1252", "Spectrum Licensing Ops Director - staffing file.txt"),
]
CONTAINERS = {"standalone": "a standalone work description",
              "package": "classification submission package: cover memo, the work description (Annex A), the rationale (Annex B)",
              "email": "e-mail thread, the work description pasted under the replies and signatures",
              "tocdoc": "report with a table of contents, the work description as chapter 3",
              "orgpdf": "PDF whose last page is an org chart",
              "staffing": "staffing file: a checklist, then the work description"}


def encode(text: str, kind: str) -> bytes:
    if kind == "text-cp1252":  # saved on Windows: curly apostrophes, CRLF
        return text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def build_import(i, key, container, kind, name, P, names):
    rng = random.Random(SEED * 100 + i)
    lang = P.lang
    L = "fr" if lang == "fr" else "en"
    doc = {"truth": {"also": {}}, "people": [], "names": names}
    holder = []

    def sup_person():
        if not holder:
            holder.append(names())
            doc["people"].append(holder[0])
        return holder[0]
    doc["sup_person"] = sup_person
    opts = {}
    if kind == "pdf":
        opts["split_title"] = True
    if container in ("tocdoc", "orgpdf"):
        opts["cert"] = rng.random() < 0.5
    wd = wd_blocks(P, lang, rng, doc, opts)
    pdate = P.date - dt.timedelta(days=rng.randint(10, 60))
    annex_a = ("h1", "ANNEXE A – DESCRIPTION DE TRAVAIL" if L == "fr" else "ANNEX A – WORK DESCRIPTION")
    tstyle = {}
    if kind == "ocr":
        tstyle = {"fields": "colon"}
    if container == "email":
        md = kind == "markdown"
        wd_text = to_md(wd, rng) if md else to_text(wd, rng, width=rng.choice([None, 76]), style=tstyle)
        text = email_thread(P, lang, rng, doc, wd_text, md=md, quote=(key == "acoa_trade"))
        data = encode(text, kind)
    elif kind in ("text", "text-cp1252", "markdown", "ocr"):
        if container == "package":
            parts = [memo_blocks(P, lang, rng, doc, pdate), [annex_a] + wd, rationale_blocks(P, lang, rng, doc)]
        elif container == "staffing":
            parts = [checklist_blocks(P, lang, rng, doc), wd] + ([smc_blocks(L)] if rng.random() < 0.6 else [])
        else:
            parts = [wd]
        if kind == "markdown":
            text = "\n---\n\n".join(to_md(p, rng) for p in parts)
            data = encode(text, kind)
        elif kind == "ocr":
            footer = rng.choice([P.t("dept", L), f"{P.t('title', L)} - {'Protégé A' if L == 'fr' else 'Protected A'}",
                                 "PROTÉGÉ A" if L == "fr" else "PROTECTED A"])
            pages = []
            for p in parts:
                t = to_text(p, rng, width=None, style=tstyle)
                lines = t.split("\n")
                for j in range(0, len(lines), 45):
                    pages.append("\n".join(lines[j:j + 45]))
            text = ocr_wrap([ocr_damage(p, rng) for p in pages], rng, footer)
            data = text.encode("utf-8")
        else:
            st = {"fields": rng.choice(["colon", "nextline", "dots", "tabs"])}
            sep = "\n\f\n" if rng.random() < 0.5 else "\n" + "=" * 70 + "\n\n"
            text = sep.join(to_text(p, rng, style=dict(st)) for p in parts)
            data = encode(text, kind)
    elif kind == "docx":
        d = new_docx()
        if container == "tocdoc":
            title, intro, struct, fin = report_parts(P, lang, rng, doc)
            heads = (["Contexte", "Structure proposée", f"Description de travail – {P.t('title', L)}", "Incidences financières", "Approbation"]
                     if L == "fr" else ["Background", "Proposed Structure", f"Work Description – {P.t('title', L)}",
                                        "Financial Implications", "Approval"])
            d.add_heading(title, 0)
            d.add_paragraph(("Version 4 – " if L == "en" else "Version 4 – ") + date_str(pdate, L, "long"))
            d.add_heading("Table des matières" if L == "fr" else "Table of Contents", 1)
            page = 2
            for j, h in enumerate(heads, 1):
                d.add_paragraph(f"{j}.  {h}\t{page}")
                page += rng.randint(1, 4)
            d.add_page_break()
            d.add_heading(f"1. {heads[0]}", 1)
            to_docx(d, intro, rng)
            d.add_heading(f"2. {heads[1]}", 1)
            to_docx(d, struct, rng)
            d.add_page_break()
            d.add_heading(f"3. {heads[2]}", 1)
            to_docx(d, wd[1:], rng, base_level=1)
            d.add_page_break()
            d.add_heading(f"4. {heads[3]}", 1)
            to_docx(d, fin, rng)
            d.add_heading(f"5. {heads[4]}", 1)
            a1, a2 = doc["sup_person"](), names()
            doc["people"].append(a2)
            d.add_paragraph(f"{'Recommandé par :' if L == 'fr' else 'Recommended by:'} {a1}, {P.t('sup', L)}")
            d.add_paragraph(f"{'Approuvé par :' if L == 'fr' else 'Approved by:'} {a2}")
        else:
            if container == "package":
                parts = [memo_blocks(P, lang, rng, doc, pdate), [annex_a] + wd, rationale_blocks(P, lang, rng, doc)]
            elif container == "staffing":
                parts = [checklist_blocks(P, lang, rng, doc), wd] + ([smc_blocks(L)] if rng.random() < 0.6 else [])
            else:
                parts = [wd]
            for j, p in enumerate(parts):
                if j:
                    d.add_page_break()
                to_docx(d, p, rng)
        data = docx_save(d)
    else:  # pdf
        header = rng.choice([P.t("dept", L), f"{P.t('title', L)}", "PROTÉGÉ A" if L == "fr" else "PROTECTED A", ""])
        footer = rng.choice(["Page {n} of {N}" if L == "en" else "Page {n} de {N}", "- {n} -", "{n}"])
        if container == "package":
            parts = [memo_blocks(P, lang, rng, doc, pdate), [annex_a] + wd, rationale_blocks(P, lang, rng, doc)]
        elif container == "staffing":
            parts = [checklist_blocks(P, lang, rng, doc), wd] + ([smc_blocks(L)] if rng.random() < 0.6 else [])
        else:
            parts = [wd]
        st = {"fields": rng.choice(["colon", "nextline", "dots", "colon"])}
        pages = []
        for p in parts:
            pages += paginate(to_text(p, rng, width=95, style=dict(st)), header, footer)
        if container == "orgpdf":
            sup_name = doc["sup_person"]() if rng.random() < 0.6 else None
            inc = names() if rng.random() < 0.6 else None
            if inc:
                doc["people"].append(inc)
            top = chart_lines(P.t("sup", L), 44) + [f"EX-0{P.sup_level}"] + ([sup_name] if sup_name else [])
            mid = chart_lines(P.t("title", L), 44) + [f"EX-0{P.level}  #{P.number}"] + [inc or "Vacant"]
            leaves = []
            for r in P.reports:
                t = r["fr"] if L == "fr" else r["en"]
                leaves.append(chart_lines(t, 22 if len(P.reports) > 3 else 28) + [r["cls"], (f"{r['fte']} ETP" if L == "fr" else f"{r['fte']} FTE")])
            caption = (f"Organigramme – {P.t('branch', L) or P.t('dept', L)}" if L == "fr" else
                       f"Organization Chart – {P.t('branch', L) or P.t('dept', L)}")
            pages.append(orgchart_page(caption, top, mid, leaves))
        data = pdf_bytes(pages)
    finish_truth(doc)
    return data, doc


# --- documents to refuse ------------------------------------------------------------------------

def refusals(positions: dict, names) -> list:
    out = []
    rng = random.Random(SEED + 9000)
    # 1. an e-mail about a work description that is attached, not pasted
    P = positions["asylum"]
    a, b, c = names(), names(), names()
    text = "\n".join([
        f"From: {a} <{email_addr(a, P.dept_en)}>", f"Sent: Tuesday, February 13, 2024 4:12 PM", f"To: {b}", f"Cc: {c}",
        f"Subject: RE: Classification of position {P.number} - {P.title_en} (EX-03)", "",
        f"Hi {b.split()[0]},", "",
        "Thanks for the quick turnaround. I have attached the revised work description (DG Asylum Policy WD v7.docx) "
        "and the organization chart. The only changes from v6 are in the Dimensions section and the list of direct "
        "reports, which now includes the Executive Assistant.", "",
        "The ADM would like the position classified before the end of the fiscal year so that the staffing process can "
        "launch in April. Could you let me know when the committee is meeting?", "",
        "Thanks,", a, P.t("sup", "en"), P.dept_en, "", "-----Original Message-----",
        f"From: {b} <{email_addr(b, P.dept_en)}>", "Sent: Monday, February 12, 2024 9:03 AM", f"To: {a}",
        f"Subject: Classification of position {P.number} - {P.title_en} (EX-03)", "",
        f"Hello {a.split()[0]},", "",
        "We received the request for the classification of the DG position. Before we can schedule the review, please send "
        "the signed work description in Word format, the current and proposed organization charts, and the rationale.", "",
        b, "Senior Classification Advisor, Executive Group Services", ""])
    out.append(("RE_ Classification of DG Asylum Policy - WD attached.txt", "text", "en", text.encode("utf-8"), [a, b, c],
                "an e-mail thread about a work description that is attached as a Word file, not pasted; mentions the title, number and level"))
    # 2. French minutes of the classification committee
    d = new_docx()
    pres = [names() for _ in range(4)]
    d.add_heading("Procès-verbal – Comité d'examen de la classification des cadres", 0)
    d.add_paragraph("Date : 17 mai 2023, 13 h 30 – Salle 4B, Gatineau et Microsoft Teams")
    d.add_paragraph("Présences : " + "; ".join(pres))
    d.add_heading("1. Adoption de l'ordre du jour", 1)
    d.add_paragraph("L'ordre du jour est adopté sans modification.")
    d.add_heading("2. Postes examinés", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["No du poste", "Titre", "Niveau proposé", "Décision"]):
        t.rows[0].cells[j].text = h
    for key, dec in (("psc", "Confirmé"), ("csa", "Confirmé"), ("estrie", "Reporté – description de travail à réviser")):
        Q = positions[key]
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = Q.number, Q.title_fr, f"EX-0{Q.level}", dec
    d.add_heading("3. Suivi", 1)
    d.add_paragraph("Le secrétariat transmettra les décisions aux directions générales concernées d'ici le 31 mai. La description "
                    "de travail du Bureau d'affaires de l'Estrie sera présentée de nouveau à la réunion de juin.")
    d.add_paragraph(f"Procès-verbal rédigé par {pres[3]}.")
    out.append(("Procès-verbal - Comité d'examen de la classification des cadres - 2023-05-17.docx", "docx", "fr", docx_save(d), pres,
                "French minutes of an EX classification committee: a table of positions reviewed (number, title, level, decision)"))
    # 3. an org chart alone
    P = positions["energy"]
    adm, dg = names(), names()
    top = [P.sup_en, "EX-05", adm]
    mid = wrap(P.title_en, 44) + [f"EX-03  #{P.number}", dg]
    leaves = [wrap(r["en"], 22) + [r["cls"], f"{r['fte']} FTE"] for r in P.reports]
    data = pdf_bytes([orgchart_page("Organization Chart – Energy Systems Sector (March 2024)", top, mid, leaves)])
    out.append(("Org chart - Energy Systems Sector (March 2024).pdf", "pdf", "en", data, [adm, dg],
                "a one-page org chart (boxes with titles, levels, position number, names)"))
    # 4. a staffing checklist whose work description is still to come
    P = positions["spectrum"]
    mgr, hr = names(), names()
    text = "\n".join([
        "# Staffing Action Checklist", "",
        "*   **Request no.:** 2024-HQ-0417", f"*   **Position:** {P.number} – {P.title_en}", "*   **Group and level:** EX-01",
        "*   **Process type:** Advertised, external", f"*   **Hiring manager:** {mgr}", f"*   **HR advisor:** {hr}", "",
        "## Documents", "",
        "- [ ] Approved work description — *to follow: the revised description is with the DG for signature*",
        "- [x] Organization chart", "- [x] Statement of merit criteria (draft)", "- [ ] Assessment board members confirmed",
        "- [x] Funding confirmation", "",
        "## Notes", "",
        "The staffing action cannot be launched until the signed work description is received and classified. The "
        "previous description (2017) is out of date and is not to be used.", ""])
    out.append(("Staffing checklist - Director Spectrum Licensing (WD to follow).md", "markdown", "en", text.encode("utf-8"),
                [mgr, hr], "a staffing checklist whose work description is marked as still to come"))
    # 5. a scan without a text layer
    ops = b"0.5 w 60 760 m 535 760 l S 60 120 475 600 re S 80 700 m 300 700 l S 80 680 m 420 680 l S 80 660 m 380 660 l S\n"
    data = pdf_bytes([ops, ops, b"0.5 w 60 200 m 250 200 l S 320 200 m 520 200 l S\n"])
    out.append(("Scan_2024-03-11_WD_signed.pdf", "pdf", "en", data, [],
                "a three-page scan without a text layer (only lines drawn)"))
    # 6. a French letter of offer (cp1252)
    P = positions["cws_qc"]
    cand, sig = names(), names()
    text = "\n".join([
        "Service canadien de la faune – Région du Québec", "", "Le 8 janvier 2024", "", cand, "Québec (Québec)", "",
        "Objet : Offre de nomination intérimaire", "",
        f"Madame, Monsieur,", "",
        f"J'ai le plaisir de vous offrir une nomination intérimaire au poste de {P.title_fr} (EX-0{P.level}), poste no "
        f"{P.number}, du 15 janvier au 30 juin 2024. Votre rémunération sera établie conformément à la Directive sur les "
        "conditions d'emploi des cadres, dans l'échelle de 128 000 $ à 150 700 $.", "",
        "La description de travail du poste vous sera remise par votre gestionnaire à votre entrée en fonction. Veuillez "
        "signer et retourner une copie de la présente lettre d'ici le 12 janvier 2024.", "",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.", "", sig,
        P.sup_fr, "", "J'accepte l'offre de nomination intérimaire décrite ci-dessus.", "",
        "Signature : ______________________   Date : ______________", ""])
    out.append(("Lettre d'offre - nomination intérimaire EX-01.txt", "text-cp1252", "fr", encode(text, "text-cp1252"), [cand, sig],
                "a French letter offering an acting EX-01 appointment; names the position and its number"))
    return out


# --- main ---------------------------------------------------------------------------------------

def dump_truth(name, kind, lang, outcome, fields, not_stated, also, people, versions, comment) -> str:
    data = {"document": name, "kind": kind, "language": lang, "outcome": outcome, "fields": fields,
            "not_stated": not_stated, "also": also, "people": people, "versions": versions}
    return f"# {comment}\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    names = Names(random.Random(SEED + 1))
    positions = {row[0]: Pos(row, random.Random(SEED * 10 + k)) for k, row in enumerate(T.POSITIONS)}
    assert len({p.number for p in positions.values()}) == len(positions)
    for i, (key, container, kind, name) in enumerate(PLAN):
        P = positions[key]
        data, doc = build_import(i, key, container, kind, name, P, names)
        (corpus / name).write_bytes(data)
        tr = doc["truth"]
        also = {"fte": tr["also"].get("fte"), "operating_budget": None, "program_budget": tr["also"].get("program_budget"),
                "provisional_number": None}
        if "title_fr" in tr["also"]:
            also["title_fr"] = tr["also"]["title_fr"]
        versions = None
        if key == "pension":
            versions = {"documents": [PENSION_DRAFT, PENSION_FINAL], "newest": PENSION_FINAL}
        comment = f"{P.t('dept', 'en') or P.dept_fr}; {CONTAINERS[container]}"
        (expected / f"{name}.expected.yaml").write_text(
            dump_truth(name, kind, P.lang, "import", tr["fields"], tr["not_stated"], also, doc["people"], versions, comment),
            encoding="utf-8")
    for name, kind, lang, data, people, what in refusals(positions, names):
        (corpus / name).write_bytes(data)
        also = {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None}
        (expected / f"{name}.expected.yaml").write_text(
            dump_truth(name, kind, lang, "refuse", None, [], also, people, None, f"to refuse: {what}"), encoding="utf-8")


if __name__ == "__main__":
    main()
