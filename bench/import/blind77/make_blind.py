"""Write the blind77 corpus: ``corpus/`` (documents) and ``expected/`` (ground truth).

    /work/main/.venv/bin/python bench/import/blind77/make_blind.py

Deterministic (one fixed seed; .docx written with fixed zip dates and core properties; PDFs by
``tests/import_files.pdf_bytes`` or, for positioned two-column pages, raw content streams through it).
Emphasis: layout-heavy documents (bilingual side-by-side forms whose text interleaves the columns,
Word tables with merged cells and nested tables, PDFs whose running headers and footers break a
sentence or a table, multi-column dimension tables) beside standalone single-language descriptions.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from decimal import Decimal
from itertools import zip_longest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 77077
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- notations

def fmt_cls(cls, style):
    grp, lvl = cls.rsplit("-", 1)
    n = int(lvl)
    if not grp == "EX":
        return cls
    return [f"EX-{n:02d}", f"EX {n:02d}", f"EX-{n}", f"EX{n:02d}", f"Ex-{n:02d}", f"EX - {n:02d}"][style]


def millions(v):
    return format((Decimal(v) / Decimal(1000000)).normalize(), "f")


def fmt_amt(v, style, lang):
    if lang == "fr":
        m = millions(v).replace(".", ",")
        return [f"{v:,} $".replace(",", " "), f"{v:,},00 $".replace(",", " "), f"{m} M$",
                f"{v // 1000:,} k$".replace(",", " "), f"{m} million{'s' if v >= 2000000 else ''} $", f"{v:,} $".replace(",", "\u00a0")][style]
    m = millions(v)
    return [f"${v:,}", f"${v:,}.00", f"${m}M", f"${v // 1000:,}K", f"${m} million", f"$ {v:,}"][style]


def fmt_date(d, style, lang):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        opts = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{day} {MONTHS_FR[d.month - 1]} {d.year}"]
        return opts[style % len(opts)]
    m = MONTHS_EN[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    opts = [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(), f"{m} {d.day}{suf}, {d.year}",
            f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
            f"{d.day:02d}-{m[:3]}-{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    return opts[style % len(opts)]


FR_FIXES = [(" de les ", " des "), (" de le ", " du "), ("du Directrice", "de la Directrice"),
            ("du Sous-ministre adjointe", "de la Sous-ministre adjointe"), (" à les ", " aux "), (" à le ", " au "),
            ("au Directrice", "à la Directrice"), ("au Sous-ministre adjointe", "à la Sous-ministre adjointe"),
            ("responsable de les", "responsable des"), ("responsable de le ", "responsable du "),
            ("Le poste de Directeur", "Le poste de directeur"), ("Le poste de Directrice", "Le poste de directrice")]
FR_FIXES += [(f" de {w}", f" {a}{w}") for w, a in [("Agence", "de l'"), ("Emploi", "d'"), ("Anciens", "d'"), ("Immigration", "d'"),
                                                  ("Innovation", "d'"), ("Environnement", "d'"), ("Agriculture", "d'"),
                                                  ("Affaires", "d'"), ("Immigration", "d'")]]


def fr(s):
    for a, b in FR_FIXES:
        s = s.replace(a, b)
    return s


class Damage:
    """OCR damage: digits read as letters in values, letter confusions and words run together in prose."""

    def __init__(self, rng, strength):
        self.rng, self.s = rng, strength

    def v(self, s):
        if not self.s:
            return s
        table = {"0": "O", "1": "I", "5": "S", "8": "B"}
        out = []
        for ch in s:
            if ch in table and self.rng.random() < 0.35 * self.s:
                out.append("l" if ch == "1" and self.rng.random() < 0.3 else table[ch])
            else:
                out.append(ch)
        return "".join(out)

    def p(self, s):
        if not self.s:
            return s
        words = s.split(" ")
        out = []
        for w in words:
            r = self.rng.random()
            if r < 0.03 * self.s and len(w) > 3 and "m" in w:
                w = w.replace("m", "rn", 1)
            elif r < 0.06 * self.s and "rn" in w:
                w = w.replace("rn", "m", 1)
            elif r < 0.075 * self.s and "e" in w[1:]:
                i = w.index("e", 1)
                w = w[:i] + "c" + w[i + 1:]
            elif r < 0.10 * self.s and "i" in w:
                w = w.replace("i", "l", 1)
            elif r < 0.12 * self.s and "cl" in w:
                w = w.replace("cl", "d", 1)
            if out and self.rng.random() < 0.025 * self.s:
                out[-1] = out[-1] + w
            else:
                out.append(w)
        return " ".join(out)


# ---------------------------------------------------------------- positions

def make_position(i, rng):
    level, ten, tfr, theme_en, theme_fr, di = T.POSITIONS[i]
    dept = T.DEPARTMENTS[di]
    unit = rng.choice(T.UNITS)
    sup_en, sup_fr, sup_lvl = rng.choice(T.SUPERVISORS[level])
    loc = rng.choice(dept[4])
    if level == 3:
        reps = rng.sample(T.REPORTS_HIGH, rng.randint(3, 5))
        reports = [[a, b, c, rng.randint(18, 140)] for a, b, c in reps]
    else:
        reps = rng.sample(T.REPORTS_LOW, rng.randint(3, 5))
        reports = [[a, b, c, 1 if c == "AS-02" else rng.randint(4, 38)] for a, b, c in reps]
    fte_total = sum(r[3] for r in reports) + rng.randint(1, 3)
    salary = fte_total * rng.randint(82, 112) * 1000 // 10000 * 10000
    om = rng.randrange(25, 95) * 1000 * (3 if level == 3 else 1) + fte_total * rng.randint(2, 9) * 1000
    d = dt.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
    names = rng.sample([f"{f} {l}" for f in T.FIRST for l in T.LAST], 3)
    return {
        "i": i, "level": level, "title_en": ten, "title_fr": tfr, "theme_en": theme_en, "theme_fr": theme_fr,
        "dept": dept, "unit": unit, "cls": f"EX-{level:02d}",
        "job_code": str(rng.randint(100100, 109999)), "pn": str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 499999)])),
        "date": d, "sup_pn": str(rng.randint(10000, 99999)),
        "sup_title_en": sup_en.format(u=unit[0]), "sup_title_fr": sup_fr.format(uf=unit[1]), "sup_cls": f"EX-{sup_lvl:02d}",
        "reports": reports, "salary": salary, "om": om, "loc": loc,
        "fte_total": fte_total,
        "program_budget": rng.randrange(5, 300) * 1000000 if level >= 2 and rng.random() < 0.5 else None,
        "incumbent": names[0], "signer": names[1], "signer2": names[2],
    }


# ---------------------------------------------------------------- a document's content

class Doc:
    """One document being written: the position, its language, the notations chosen and what is omitted."""

    def __init__(self, P, lang, rng, omit=(), damage=0, sup_mode="fields", reports_mode=None, names=("signer",)):
        self.P, self.lang, self.rng = P, lang, rng
        self.omit = set(omit)
        self.cls_style = rng.randrange(6) if damage == 0 else rng.choice([0, 0, 1, 2])
        self.date_style = rng.randrange(7)
        self.amt_style = rng.randrange(6) if lang != "fr" else rng.randrange(5)
        self.dmg = Damage(rng, damage)
        self.sup_mode = sup_mode
        self.lab = {k: rng.choice(v) for k, v in T.LABELS_EN.items()}
        self.labf = {k: rng.choice(v) for k, v in T.LABELS_FR.items()}
        self.head = {k: rng.choice(v) for k, v in T.HEAD_EN.items()}
        self.headf = {k: rng.choice(v) for k, v in T.HEAD_FR.items()}
        self.dim = {k: rng.choice(v) for k, v in T.DIM_EN.items()}
        self.dimf = {k: rng.choice(v) for k, v in T.DIM_FR.items()}
        self.rep_style = rng.randrange(5) if reports_mode is None else reports_mode
        # which report facts the document gives
        self.rep_cls = "rep_cls" not in self.omit
        self.rep_fte = "rep_fte" not in self.omit
        self.people = []
        self.names = names
        self.sa = rng.sample(range(len(T.SA_EN)), rng.randint(5, 7))
        self.sa.sort()
        self.ns = rng.sample(range(len(T.NS_EN)), 2)

    # values
    def has(self, f):
        return f not in self.omit

    def title(self, L):
        return self.P["title_fr" if L == "fr" else "title_en"]

    def cls(self, c=None):
        return self.dmg.v(fmt_cls(c or self.P["cls"], self.cls_style))

    def date(self, L):
        return self.dmg.v(fmt_date(self.P["date"], self.date_style, L))

    def amt(self, v, L):
        style = self.amt_style if L != "fr" else min(self.amt_style, 4)
        return self.dmg.v(fmt_amt(v, style, L))

    def num(self, s):
        return self.dmg.v(s)

    def loc(self, L):
        c = self.P["loc"]
        if L == "fr":
            return f"{c[2]} ({c[3]})"
        return f"{c[0]}, {c[1]}"

    def dept(self, L):
        return self.P["dept"][1 if L == "fr" else 0]

    def sup_title(self, L):
        return self.P["sup_title_fr" if L == "fr" else "sup_title_en"]

    def theme(self, L):
        return self.P["theme_fr" if L == "fr" else "theme_en"]

    def name(self, key):
        n = self.P[key]
        if n not in self.people:
            self.people.append(n)
        return n

    # header fields as (key, label, value) in language L
    def header(self, L):
        lab = self.labf if L == "fr" else self.lab
        out = [("title", lab["title"], self.title(L)), ("classification", lab["classification"], self.cls())]
        if self.has("job_code"):
            out.append(("job_code", lab["job_code"], self.num(self.P["job_code"])))
        if self.has("position_number"):
            out.append(("position_number", lab["position_number"], self.num(self.P["pn"])))
        elif "provisional" in self.P:
            out.append(("position_number", lab["position_number"], self.P["provisional"]))
        if self.has("effective_date"):
            out.append(("effective_date", lab["effective_date"], self.date(L)))
        out.append(("department", lab["department"], self.dept(L)))
        out.append(("branch", lab["branch"], self.P["unit"][1 if L == "fr" else 0]))
        if self.has("location"):
            out.append(("location", lab["location"], self.loc(L)))
        if self.sup_mode == "fields":
            if self.has("sup_pn"):
                out.append(("sup_pn", lab["sup_pn"], self.num(self.P["sup_pn"])))
            out.append(("sup_title", lab["sup_title"], self.sup_title(L)))
            if self.has("sup_cls"):
                out.append(("sup_cls", lab["sup_cls"], self.cls(self.P["sup_cls"])))
        return out

    def bi_header(self):
        en, fr = self.header("en"), dict((k, (lab, v)) for k, lab, v in self.header("fr"))
        return [(k, lab, v, fr[k][0], fr[k][1]) for k, lab, v in en]

    # prose
    def ga(self, L):
        pool = T.GA_FR if L == "fr" else T.GA_EN
        s = pool[self.P["i"] % len(pool)].format(title=self.title(L), theme=self.theme(L), dept=self.dept(L),
                                                 sup=self.sup_title(L))
        return self.dmg.p(fr(s) if L == "fr" else s)

    def ns_paras(self, L):
        pool = T.NS_FR if L == "fr" else T.NS_EN
        return [self.dmg.p(fr(pool[k].format(dept=self.dept(L))) if L == "fr" else pool[k].format(dept=self.dept(L))) for k in self.ns]

    def sa_items(self, L):
        pool = T.SA_FR if L == "fr" else T.SA_EN
        return [self.dmg.p(fr(pool[k].format(theme=self.theme(L)))) for k in self.sa]

    def org_sentence(self, L):
        """The supervisor in a sentence (always printed; with the classification when sup_mode says so)."""
        t, st = self.title(L), self.sup_title(L)
        if self.sup_mode == "sentence":
            c = self.cls(self.P["sup_cls"])
            if L == "fr":
                return fr(f"Le ou la titulaire relève du {st} ({c}) et fait partie de l'équipe de gestion de la direction générale.")
            return f"The {t} reports to the {st} ({c}) and is a member of the branch management team."
        if L == "fr":
            return fr(f"Le poste de {t} est l'un des postes de direction qui relèvent du {st}.")
        return f"The {t} is one of the senior management positions reporting to the {st}."

    def report_line(self, r, L, style=None):
        style = self.rep_style if style is None else style
        t = r[1] if L == "fr" else r[0]
        c = self.cls(r[2]) if self.rep_cls else None
        n = self.num(str(r[3])) if self.rep_fte else None
        one = r[3] == 1
        if L == "fr":
            style %= 4
            if style == 0:
                inner = ", ".join(x for x in [c, f"{n} ETP" if n else None] if x)
                return f"- {t}" + (f" ({inner})" if inner else "")
            if style == 1:
                return (f"{c} – " if c else "") + t + (f" ({n} ETP)" if n else "")
            if style == 2:
                return t + (f" ({c})" if c else "") + (f", effectif de {n}" if n else "")
            return "• " + " – ".join(x for x in [t, c, (f"{n} équivalent temps plein" if one else f"{n} équivalents temps plein") if n else None] if x)
        style %= 5
        if style == 0:
            inner = ", ".join(x for x in [c, f"{n} FTE{'' if one else 's'}" if n else None] if x)
            return f"- {t}" + (f" ({inner})" if inner else "")
        if style == 1:
            return (f"{c} - " if c else "") + t + (f" ({n} FTE)" if n else "")
        if style == 2:
            return " – ".join(x for x in [t, c, f"{n} FTE{'' if one else 's'}" if n else None] if x)
        if style == 3:
            return t + (f" [{c}]" if c else "") + (f" (staff of {n})" if n else "")
        return "• " + t + (f", {c}" if c else "") + (f": {n} employee{'' if one else 's'}" if n else "")

    def reports_prose(self, L):
        parts = []
        for r in self.P["reports"]:
            t = r[1] if L == "fr" else r[0]
            c = self.cls(r[2]) if self.rep_cls else None
            n = self.num(str(r[3])) if self.rep_fte else None
            unit = "ETP" if L == "fr" else "FTEs"
            inner = ", ".join(x for x in [c, f"{n} {unit}" if n else None] if x)
            parts.append(("le " if L == "fr" else "the ") + t + (f" ({inner})" if inner else ""))
        body = "; ".join(parts[:-1]) + ("; et " if L == "fr" else "; and ") + parts[-1]
        if L == "fr":
            return f"Les postes suivants relèvent du titulaire : {body}."
        return f"The following positions report to the {self.title(L)}: {body}."

    def dims(self, L):
        """(label, value) rows of the dimensions."""
        d = self.dimf if L == "fr" else self.dim
        out = []
        if self.has("fte"):
            out.append((d["fte"], self.num(str(self.P["fte_total"]))))
        if self.has("salary"):
            out.append((d["salary"], self.amt(self.P["salary"], L)))
        if self.has("o_and_m"):
            out.append((d["om"], self.amt(self.P["om"], L)))
        if self.has("total"):
            out.append((d["total"], self.amt(self.P["salary"] + self.P["om"], L)))
        if self.P["program_budget"] and self.has("program_budget"):
            out.append(("Subventions et contributions" if L == "fr" else "Grants and Contributions",
                        self.amt(self.P["program_budget"], L)))
        return out

    def cert(self, L):
        lines = [self.dmg.p(T.CERT_FR if L == "fr" else T.CERT_EN), ""]
        if "incumbent" in self.names:
            lines += [("Titulaire : " if L == "fr" else "Incumbent: ") + self.name("incumbent"), ""]
        if "signer" in self.names:
            lines += [self.name("signer"), self.sup_title(L), ("Date : " if L == "fr" else "Date: ") + self.date(L) if self.has("effective_date") else ("Date :" if L == "fr" else "Date:"), ""]
        if "signer2" in self.names:
            lines += [self.name("signer2"), "Sous-ministre adjoint(e)" if L == "fr" else "Assistant Deputy Minister"]
        return lines

    # ---------------------------------------------------- truth
    def expected(self, name, kind, versions=None):
        P, lang = self.P, self.lang
        L = "fr" if lang == "fr" else "en"
        ns = []
        def f(key, val):
            if key in self.omit or val is None:
                ns.append(key)
                return None
            return val
        sup_pn = P["sup_pn"] if self.sup_mode == "fields" and self.has("sup_pn") else None
        if sup_pn is None:
            ns.append("supervisor.position_number")
        sup_cls = P["sup_cls"] if (self.sup_mode == "sentence" or self.has("sup_cls")) else None
        if sup_cls is None:
            ns.append("supervisor.classification")
        pn = P["pn"] if self.has("position_number") else None
        fields = {
            "title": self.title(L),
            "classification": P["cls"],
            "job_code": f("job_code", P["job_code"]),
            "position_number": pn,
            "effective_date": f("effective_date", P["date"]),
            "supervisor": {"position_number": sup_pn, "title": self.sup_title(L), "classification": sup_cls},
            "direct_reports": [{"title": r[1] if L == "fr" else r[0], "classification": r[2] if self.rep_cls else None,
                                "fte": r[3] if self.rep_fte else None} for r in P["reports"]],
            "salary": f("salary", P["salary"]),
            "o_and_m": f("o_and_m", P["om"]),
            "total": f("total", P["salary"] + P["om"]),
            "location": f("location", f"{P['loc'][2]}, {P['loc'][3]}" if L == "fr" else f"{P['loc'][0]}, {P['loc'][1]}"),
        }
        if pn is None:
            ns.insert(2, "position_number")
        also = {"fte": P["fte_total"] if self.has("fte") else None, "operating_budget": None,
                "program_budget": P["program_budget"] if self.has("program_budget") else None,
                "provisional_number": P.get("provisional")}
        if lang == "bilingual":
            also = {"title_fr": P["title_fr"], **also}
        order = ["job_code", "position_number", "effective_date", "supervisor.position_number",
                 "supervisor.classification", "salary", "o_and_m", "total", "location"]
        ns = [k for k in order if k in ns]
        return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
                "not_stated": ns, "also": also, "people": list(self.people), "versions": versions}


# ---------------------------------------------------------------- plain-text renderings

def wrap(s, w=92):
    return textwrap.wrap(s, w) or [""]


def text_body(D, L, style):
    """A single-language description as lines. style: 'colon' (Label: value), 'tabs', 'leaders', 'nextline', 'caps'."""
    lines = []
    h = D.headf if L == "fr" else D.head
    top = "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)" if L == "fr" else "EXECUTIVE GROUP WORK DESCRIPTION"
    lines += [top, ""]
    for k, lab, v in D.header(L):
        if style == "tabs":
            lines.append(f"{lab}:\t\t{v}" if len(lab) < 16 else f"{lab}:\t{v}")
        elif style == "leaders":
            lines.append(f"{lab} " + "." * max(3, 44 - len(lab)) + f" {v}")
        elif style == "nextline":
            lines += [f"{lab}{' :' if L == 'fr' else ':'}", f"    {v}"]
        elif style == "caps":
            lines.append(f"{lab.upper()}: {v}")
        else:
            lines.append(f"{lab}{' :' if L == 'fr' else ':'} {v}")
    lines.append("")
    lines += [h["ga"], ""] + wrap(D.ga(L)) + [""]
    lines += [h["org"], ""] + wrap(D.org_sentence(L)) + [""]
    if D.rep_style == 9:
        lines += wrap(D.reports_prose(L)) + [""]
    elif style == "tabs":
        hdr = ["Poste", "Groupe/niveau", "ETP"] if L == "fr" else ["Position", "Group/Level", "FTEs"]
        lines.append("\t".join(hdr))
        for r in D.P["reports"]:
            lines.append("\t".join([r[1] if L == "fr" else r[0], D.cls(r[2]) if D.rep_cls else "", D.num(str(r[3])) if D.rep_fte else ""]))
        lines.append("")
    else:
        lines.append(("Relèvent du titulaire :" if L == "fr" else "Reporting to the incumbent are:"))
        lines += [D.report_line(r, L) for r in D.P["reports"]] + [""]
    lines += [h["ns"], ""]
    for p in D.ns_paras(L):
        lines += wrap(p) + [""]
    lines += [h["dim"], ""]
    for lab, v in D.dims(L):
        if style == "leaders":
            lines.append(f"{lab} " + "." * max(3, 30 - len(lab)) + f" {v}")
        elif style == "tabs":
            lines.append(f"{lab}\t{v}")
        else:
            lines.append(f"{lab}{' :' if L == 'fr' else ':'} {v}")
    lines += ["", h["sa"], ""]
    for n, s in enumerate(D.sa_items(L), 1):
        w = wrap(s, 88)
        lines.append(f"{n}. {w[0]}")
        lines += ["   " + x for x in w[1:]]
    lines += ["", h["cert"], ""] + D.cert(L)
    return lines


def bi_blocks(D):
    """(English, French) blocks for side-by-side forms."""
    blocks = [("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL – CADRES")]
    for k, le, ve, lf, vf in D.bi_header():
        blocks.append((f"{le}: {ve}", f"{lf} : {vf}"))
    blocks.append((D.head["ga"], D.headf["ga"]))
    blocks.append((D.ga("en"), D.ga("fr")))
    blocks.append((D.head["org"], D.headf["org"]))
    blocks.append((D.org_sentence("en"), D.org_sentence("fr")))
    blocks.append(("Direct reports:", "Subordonnés directs :"))
    for r in D.P["reports"]:
        blocks.append((D.report_line(r, "en"), D.report_line(r, "fr")))
    blocks.append((D.head["dim"], D.headf["dim"]))
    for (le, ve), (lf, vf) in zip(D.dims("en"), D.dims("fr")):
        blocks.append((f"{le}: {ve}", f"{lf} : {vf}"))
    blocks.append((D.head["ns"], D.headf["ns"]))
    for pe, pf in zip(D.ns_paras("en"), D.ns_paras("fr")):
        blocks.append((pe, pf))
    blocks.append((D.head["sa"], D.headf["sa"]))
    for n, (se, sf) in enumerate(zip(D.sa_items("en"), D.sa_items("fr")), 1):
        blocks.append((f"{n}. {se}", f"{n}. {sf}"))
    blocks.append((D.head["cert"], D.headf["cert"]))
    blocks.append((T.CERT_EN, T.CERT_FR))
    if "signer" in D.names:
        blocks.append((D.name("signer"), ""))
        blocks.append((D.sup_title("en"), D.sup_title("fr")))
    return blocks


def side_by_side(blocks, w, gap_fn):
    lines = []
    for e, f in blocks:
        le, lf = textwrap.wrap(e, w) or [""], textwrap.wrap(f, w) or [""]
        for a, b in zip_longest(le, lf, fillvalue=""):
            lines.append((a + gap_fn(a) + b).rstrip())
        lines.append("")
    return lines


def paginate(lines, per_page, header, footer_fn):
    pages, n = [], (len(lines) + per_page - 1) // per_page
    for p in range(n):
        chunk = lines[p * per_page:(p + 1) * per_page]
        pages.append(([header, ""] if header else []) + chunk + ["", footer_fn(p + 1, n)])
    return pages


# ---------------------------------------------------------------- docx

FIXED = dt.datetime(2021, 3, 1, 9, 0, 0)


def docx_bytes(document):
    cp = document.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "HR-RH", "HR-RH", "", ""
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx():
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    return d


def cell(c, text, bold=False):
    c.text = ""
    run = c.paragraphs[0].add_run(text)
    run.bold = bold


def docx_sections(d, D, L, reports="list", dims="rows"):
    h = D.headf if L == "fr" else D.head
    d.add_heading(h["ga"], level=2)
    d.add_paragraph(D.ga(L))
    d.add_heading(h["org"], level=2)
    d.add_paragraph(D.org_sentence(L))
    if reports == "prose":
        d.add_paragraph(D.reports_prose(L))
    elif reports == "table":
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, x in zip(t.rows[0].cells, ["Poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Classification", "FTEs"]):
            cell(c, x, True)
        for r in D.P["reports"]:
            row = t.add_row().cells
            cell(row[0], r[1] if L == "fr" else r[0])
            cell(row[1], D.cls(r[2]) if D.rep_cls else "")
            cell(row[2], str(r[3]) if D.rep_fte else "")
    else:
        d.add_paragraph("Relèvent du titulaire :" if L == "fr" else "Reporting to the incumbent:")
        for r in D.P["reports"]:
            d.add_paragraph(D.report_line(r, L).lstrip("-• "), style="List Bullet")
    d.add_heading(h["ns"], level=2)
    for p in D.ns_paras(L):
        d.add_paragraph(p)
    d.add_heading(h["dim"], level=2)
    rows = D.dims(L)
    if dims == "across":
        t = d.add_table(rows=2, cols=len(rows))
        t.style = "Table Grid"
        for j, (lab, v) in enumerate(rows):
            cell(t.cell(0, j), lab, True)
            cell(t.cell(1, j), v)
    else:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, v in rows:
            row = t.add_row().cells
            cell(row[0], lab, True)
            cell(row[1], v)
    d.add_heading(h["sa"], level=2)
    for s in D.sa_items(L):
        d.add_paragraph(s, style="List Number")
    d.add_heading(h["cert"], level=2)
    for x in D.cert(L):
        if x:
            d.add_paragraph(x)


def docx_form(D, L):
    """Header fields in a two-column table (label cell | value cell) under a merged banner row."""
    d = new_docx()
    hdr = D.header(L)
    t = d.add_table(rows=len(hdr) + 1, cols=2)
    t.style = "Table Grid"
    banner = t.cell(0, 0).merge(t.cell(0, 1))
    cell(banner, ("DESCRIPTION DE TRAVAIL DE CADRE" if L == "fr" else "EXECUTIVE WORK DESCRIPTION") + " – " + D.dept(L), True)
    for j, (k, lab, v) in enumerate(hdr, 1):
        cell(t.cell(j, 0), lab, True)
        cell(t.cell(j, 1), v)
    docx_sections(d, D, L, reports="table", dims="rows")
    return docx_bytes(d)


def docx_grid4(D, L):
    """Four columns, label | value | label | value; the title's value cell merged across three cells;
    the supervisor in a nested table inside a merged cell."""
    d = new_docx()
    hdr = [x for x in D.header(L) if not x[0].startswith("sup_")]
    sup = [x for x in D.header(L) if x[0].startswith("sup_")]
    title = hdr[0]
    rest = hdr[1:]
    nrows = 1 + (len(rest) + 1) // 2 + (1 if sup else 0)
    t = d.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    cell(t.cell(0, 0), title[1], True)
    cell(t.cell(0, 1).merge(t.cell(0, 3)), title[2])
    for j, (k, lab, v) in enumerate(rest):
        r, c = 1 + j // 2, (j % 2) * 2
        cell(t.cell(r, c), lab, True)
        cell(t.cell(r, c + 1), v)
    if sup:
        r = nrows - 1
        cell(t.cell(r, 0), "Superviseur" if L == "fr" else "Supervisor", True)
        m = t.cell(r, 1).merge(t.cell(r, 3))
        m.text = ""
        inner = m.add_table(rows=2, cols=len(sup))
        inner.style = "Table Grid"
        for j, (k, lab, v) in enumerate(sup):
            cell(inner.cell(0, j), lab, True)
            cell(inner.cell(1, j), v)
    docx_sections(d, D, L, reports="list", dims="across")
    return docx_bytes(d)


def docx_nested(D, L):
    """One outer table, a section per row; the header fields in a table nested in the first cell,
    the supervisor's three fields nested once more; reports and dimensions side by side in nested tables."""
    d = new_docx()
    h = D.headf if L == "fr" else D.head
    outer = d.add_table(rows=5, cols=1)
    outer.style = "Table Grid"
    c0 = outer.cell(0, 0)
    cell(c0, "IDENTIFICATION DU POSTE" if L == "fr" else "POSITION IDENTIFICATION", True)
    hdr = D.header(L)
    main = [x for x in hdr if not x[0].startswith("sup_")]
    sup = [x for x in hdr if x[0].startswith("sup_")]
    t = c0.add_table(rows=len(main) + (1 if sup else 0), cols=2)
    t.style = "Table Grid"
    for j, (k, lab, v) in enumerate(main):
        cell(t.cell(j, 0), lab, True)
        cell(t.cell(j, 1), v)
    if sup:
        j = len(main)
        cell(t.cell(j, 0), "Superviseur immédiat" if L == "fr" else "Immediate Supervisor", True)
        t.cell(j, 1).text = ""
        s = t.cell(j, 1).add_table(rows=len(sup), cols=2)
        for q, (k, lab, v) in enumerate(sup):
            cell(s.cell(q, 0), lab)
            cell(s.cell(q, 1), v)
    c1 = outer.cell(1, 0)
    cell(c1, h["ga"], True)
    c1.add_paragraph(D.ga(L))
    c2 = outer.cell(2, 0)
    cell(c2, h["org"], True)
    c2.add_paragraph(D.org_sentence(L))
    pair = c2.add_table(rows=1, cols=2)
    pair.style = "Table Grid"
    left, right = pair.cell(0, 0), pair.cell(0, 1)
    cell(left, h["reports"], True)
    rt = left.add_table(rows=0, cols=3)
    for r in D.P["reports"]:
        row = rt.add_row().cells
        cell(row[0], r[1] if L == "fr" else r[0])
        cell(row[1], D.cls(r[2]) if D.rep_cls else "")
        cell(row[2], (str(r[3]) + (" ETP" if L == "fr" else " FTE")) if D.rep_fte else "")
    cell(right, h["dim"], True)
    dtab = right.add_table(rows=0, cols=2)
    for lab, v in D.dims(L):
        row = dtab.add_row().cells
        cell(row[0], lab)
        cell(row[1], v)
    c3 = outer.cell(3, 0)
    cell(c3, h["ns"], True)
    for p in D.ns_paras(L):
        c3.add_paragraph(p)
    c3.add_paragraph(h["sa"]).runs[0].bold = True
    for n, s in enumerate(D.sa_items(L), 1):
        c3.add_paragraph(f"{n}. {s}")
    c4 = outer.cell(4, 0)
    cell(c4, h["cert"], True)
    for x in D.cert(L):
        if x:
            c4.add_paragraph(x)
    return docx_bytes(d)


def docx_multicol(D, L):
    """Header as 'Label: value' paragraphs; direct reports and dimensions in ONE multi-column table
    (unit, group/level, FTEs, salary, O&M) whose last row, merged over two cells, gives the totals."""
    d = new_docx()
    d.add_heading(D.title(L), level=1)
    for k, lab, v in D.header(L):
        p = d.add_paragraph()
        p.add_run(lab + (" : " if L == "fr" else ": ")).bold = True
        p.add_run(v)
    h = D.headf if L == "fr" else D.head
    d.add_heading(h["ga"], level=2)
    d.add_paragraph(D.ga(L))
    d.add_heading(h["org"], level=2)
    d.add_paragraph(D.org_sentence(L))
    d.add_heading(h["dim"], level=2)
    P = D.P
    reps = P["reports"]
    # split salary and O&M over the units (office of the incumbent takes the rest)
    per_fte = P["salary"] / P["fte_total"]
    sal_parts = [int(r[3] * per_fte) // 10000 * 10000 for r in reps]
    om_parts = [int(P["om"] * r[3] / P["fte_total"] * 0.8) // 1000 * 1000 for r in reps]
    cols = ["Unité / poste", "Groupe-niveau", "ETP", "Salaires", "F et E"] if L == "fr" else \
        ["Unit / Position", "Group-Level", "FTEs", "Salary", "O&M"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, cols):
        cell(c, x, True)
    office_fte = P["fte_total"] - sum(r[3] for r in reps)
    rows = [(r[1] if L == "fr" else r[0], D.cls(r[2]), str(r[3]), s, o) for r, s, o in zip(reps, sal_parts, om_parts)]
    rows.append(("Bureau du titulaire" if L == "fr" else "Office of the incumbent", D.cls(), str(office_fte),
                 P["salary"] - sum(sal_parts), P["om"] - sum(om_parts)))
    for a, b, c, s, o in rows:
        row = t.add_row().cells
        for x, v in zip(row, [a, b, c, D.amt(s, L), D.amt(o, L)]):
            cell(x, v)
    row = t.add_row().cells
    cell(row[0].merge(row[1]), "Total", True)
    cell(row[2], str(P["fte_total"]), True)
    cell(row[3], D.amt(P["salary"], L), True)
    cell(row[4], D.amt(P["om"], L), True)
    tot = d.add_paragraph()
    tot.add_run(("Budget total (salaires et F et E) : " if L == "fr" else "Total budget (salary and O&M): ")).bold = True
    tot.add_run(D.amt(P["salary"] + P["om"], L))
    d.add_heading(h["ns"], level=2)
    for p in D.ns_paras(L):
        d.add_paragraph(p)
    d.add_heading(h["sa"], level=2)
    for s in D.sa_items(L):
        d.add_paragraph(s, style="List Number")
    d.add_heading(h["cert"], level=2)
    for x in D.cert(L):
        if x:
            d.add_paragraph(x)
    return docx_bytes(d)


def docx_bi(D, variant):
    """Bilingual side-by-side form: English column | French column. Variant 0: every row a label/value
    pair in each language; 1: labels 'English / Français' in a first column, values in the next, prose
    side by side; 2: as 0 with the reports in a five-column table under a merged bilingual heading."""
    d = new_docx()
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell(t.cell(0, 0).merge(t.cell(0, 1)), "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", True)
    bh = D.bi_header()
    if variant == 1:
        t2 = d.add_table(rows=0, cols=2)
        t2.style = "Table Grid"
        for k, le, ve, lf, vf in bh:
            row = t2.add_row().cells
            cell(row[0], f"{le} / {lf}", True)
            cell(row[1], ve if ve == vf else f"{ve} / {vf}")
    else:
        for k, le, ve, lf, vf in bh:
            row = t.add_row().cells
            cell(row[0], f"{le}: {ve}")
            cell(row[1], f"{lf} : {vf}")
    s = d.add_table(rows=0, cols=2)
    s.style = "Table Grid"

    def pair(e, f, bold=False):
        row = s.add_row().cells
        cell(row[0], e, bold)
        cell(row[1], f, bold)

    pair(D.head["ga"], D.headf["ga"], True)
    pair(D.ga("en"), D.ga("fr"))
    pair(D.head["org"], D.headf["org"], True)
    pair(D.org_sentence("en"), D.org_sentence("fr"))
    if variant == 2:
        r = d.add_table(rows=2, cols=4)
        r.style = "Table Grid"
        cell(r.cell(0, 0).merge(r.cell(0, 3)), "Direct Reports / Subordonnés directs", True)
        for c, x in zip(r.rows[1].cells, ["Position", "Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"]):
            cell(c, x, True)
        for rep in D.P["reports"]:
            row = r.add_row().cells
            for c, x in zip(row, [rep[0], rep[1], D.cls(rep[2]) if D.rep_cls else "", str(rep[3]) if D.rep_fte else ""]):
                cell(c, x)
    else:
        pair("Direct reports:", "Subordonnés directs :", True)
        for rep in D.P["reports"]:
            pair(D.report_line(rep, "en"), D.report_line(rep, "fr"))
    pair(D.head["dim"], D.headf["dim"], True)
    for (le, ve), (lf, vf) in zip(D.dims("en"), D.dims("fr")):
        pair(f"{le}: {ve}", f"{lf} : {vf}")
    pair(D.head["ns"], D.headf["ns"], True)
    for pe, pf in zip(D.ns_paras("en"), D.ns_paras("fr")):
        pair(pe, pf)
    pair(D.head["sa"], D.headf["sa"], True)
    for n, (se, sf) in enumerate(zip(D.sa_items("en"), D.sa_items("fr")), 1):
        pair(f"{n}. {se}", f"{n}. {sf}")
    pair(D.head["cert"], D.headf["cert"], True)
    pair(T.CERT_EN, T.CERT_FR)
    if "signer" in D.names:
        n = D.name("signer")
        pair(f"{n}\n{D.sup_title('en')}", f"{n}\n{D.sup_title('fr')}")
    return docx_bytes(d)


# ---------------------------------------------------------------- pdf

def pdf_text_pages(pages):
    return pdf_bytes(["\n".join(p) for p in pages])


def pdf_paged(D, L, per_page, style="colon"):
    lines = text_body(D, L, style)
    dept = D.dept(L)
    header = f"{dept} – {'Description de travail' if L == 'fr' else 'Executive Work Description'} – {D.title(L)}"
    foot = (lambda p, n: f"Page {p} de {n}") if L == "fr" else (lambda p, n: f"Page {p} of {n}")
    return pdf_text_pages(paginate(lines, per_page, header, foot))


def pdf_table(D, L, per_page):
    """Header fields two to a line in space-aligned columns; the direct reports as a space-aligned table
    that the first page break cuts after its first row (continued under the running header); the
    dimensions as one row of labels over one row of values."""
    lines = []
    top = "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION" if L == "fr" else "EXECUTIVE POSITION DESCRIPTION"
    lines += [top, ""]
    hdr = D.header(L)
    for a, b in zip_longest(hdr[0::2], hdr[1::2]):
        left = f"{a[1]}: {a[2]}"
        right = f"{b[1]}: {b[2]}" if b else ""
        if len(left) > 52:
            lines.append(left)
            if right:
                lines.append(" " * 56 + right)
        else:
            lines.append(left.ljust(56) + right)
    h = D.headf if L == "fr" else D.head
    lines += ["", h["ga"]] + wrap(D.ga(L)) + ["", h["ns"]]
    for p in D.ns_paras(L):
        lines += wrap(p) + [""]
    lines += [h["org"]] + wrap(D.org_sentence(L))
    lines += ["Relèvent du titulaire :" if L == "fr" else "The following positions report to the incumbent:", ""]
    colh = ("Poste", "Groupe/niveau", "ETP") if L == "fr" else ("Position", "Group/Level", "FTEs")
    table = [f"{colh[0]:<58}{colh[1]:<16}{colh[2]}"]
    for r in D.P["reports"]:
        table.append(f"{(r[1] if L == 'fr' else r[0]):<58}{(D.cls(r[2]) if D.rep_cls else ''):<16}{(str(r[3]) if D.rep_fte else '')}")
    page1 = lines + table[:2]
    rest = ["(suite)" if L == "fr" else "(continued)", table[0]] + table[2:] + ["", h["dim"]]
    dims = D.dims(L)
    rest.append("    ".join(lab for lab, v in dims))
    rest.append("    ".join(v.ljust(len(lab)) for lab, v in dims).rstrip())
    rest += ["", h["sa"]]
    for n, s in enumerate(D.sa_items(L), 1):
        w = wrap(s, 88)
        rest += [f"{n}. {w[0]}"] + ["   " + x for x in w[1:]]
    rest += ["", h["cert"]] + D.cert(L)
    pages = [page1] + [rest[k:k + per_page] for k in range(0, len(rest), per_page)]
    n, dept = len(pages), D.dept(L)
    out = []
    for p, pg in enumerate(pages, 1):
        out.append([dept.upper(), ""] + pg + ["", f"{p}/{n}" if L == "fr" else f"- {p} -"])
    return pdf_text_pages(out)


def pdf_bi_text(D, per_page):
    """Bilingual side by side, the text layer giving each line as English column + spaces + French column."""
    lines = side_by_side(bi_blocks(D), 50, lambda a: " " * (54 - len(a)))
    return pdf_text_pages(paginate(lines, per_page, f"{D.dept('en')} / {D.dept('fr')}",
                                   lambda p, n: f"Page {p} / {n}"))


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bi_pos(D, per_page):
    """Bilingual side by side, each column's line placed with its own text matrix (x=36 and x=306);
    the content stream gives the lines row by row, English then French."""
    blocks = bi_blocks(D)
    rows = []
    for e, f in blocks:
        le, lf = textwrap.wrap(e, 56) or [""], textwrap.wrap(f, 56) or [""]
        rows += list(zip_longest(le, lf, fillvalue=""))
        rows.append(("", ""))
    pages = [rows[k:k + per_page] for k in range(0, len(rows), per_page)]
    streams = []
    for p, pg in enumerate(pages, 1):
        ops = ["BT /F1 7.5 Tf"]
        ops.append(f"1 0 0 1 36 812 Tm ({esc(D.dept('en'))}) Tj 1 0 0 1 306 812 Tm ({esc(D.dept('fr'))}) Tj")
        y = 790
        for e, f in pg:
            if e:
                ops.append(f"1 0 0 1 36 {y} Tm ({esc(e)}) Tj")
            if f:
                ops.append(f"1 0 0 1 306 {y} Tm ({esc(f)}) Tj")
            y -= 10
        ops.append(f"1 0 0 1 270 30 Tm (Page {p} of / de {len(pages)}) Tj ET")
        streams.append("\n".join(ops).encode("cp1252"))
    return pdf_bytes(streams)


# ---------------------------------------------------------------- ocr

OCR_HEAD = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def ocr_run(D, L, one_line=True):
    lines = text_body(D, L, "caps" if D.rng.random() < 0.5 else "colon")
    foot = f"{D.dmg.p(D.dept(L))}"
    pages = paginate(lines, 38, "", lambda p, n: f"{foot} {p}")
    if one_line:
        txt = " ".join(" ".join(x.strip() for x in pg if x) for pg in pages)
        return OCR_HEAD + hyphenate(txt, D.rng)
    return OCR_HEAD + "\n".join(" ".join(x.strip() for x in pg if x) for pg in pages) + "\n"


def hyphenate(txt, rng):
    words = txt.split(" ")
    out = []
    for w in words:
        if len(w) > 9 and w.isalpha() and rng.random() < 0.04:
            k = len(w) // 2
            out.append(w[:k] + "- " + w[k:])
        else:
            out.append(w)
    return " ".join(out)


def ocr_bi_cols(D):
    gap = lambda a: D.rng.choice([" ", " ", "  ", " | ", "   "])
    lines = side_by_side(bi_blocks(D), 44, gap)
    pages = paginate(lines, 60, "", lambda p, n: f"- {p} -")
    return OCR_HEAD + "\n".join("\n".join(x for x in pg if x.strip()) for pg in pages) + "\n"


def ocr_cols(D):
    """English scan whose left column (header fields, reports, dimensions) and right column (prose)
    are read across the line."""
    L = "en"
    left = []
    for k, lab, v in D.header(L):
        left += textwrap.wrap(f"{lab.upper()}: {v}", 40)
    left += ["", "DIRECT REPORTS:"]
    for r in D.P["reports"]:
        left += textwrap.wrap(D.report_line(r, L), 40)
    left += ["", "DIMENSIONS:"] + [f"{lab}: {v}" for lab, v in D.dims(L)]
    right = [D.head["ga"].upper()] + textwrap.wrap(D.ga(L), 48) + [D.head["org"].upper()] + textwrap.wrap(D.org_sentence(L), 48)
    right += [D.head["ns"].upper()]
    for p in D.ns_paras(L):
        right += textwrap.wrap(p, 48)
    lines = [(a + " " + b).strip() for a, b in zip_longest(left, right, fillvalue="")]
    lines += [D.head["sa"].upper()]
    for n, s in enumerate(D.sa_items(L), 1):
        lines += textwrap.wrap(f"{n}. {s}", 90)
    lines += [""] + D.cert(L)
    return OCR_HEAD + "\n".join(x for x in lines if x) + "\n"


# ---------------------------------------------------------------- markdown

def markdown(D, L):
    h = D.headf if L == "fr" else D.head
    out = ["# " + ("Description de travail" if L == "fr" else "Job Description"), "",
           "## " + ("Renseignements sur le poste" if L == "fr" else "Position Details"), ""]
    for k, lab, v in D.header(L):
        out.append(f"*   **{lab}{' :' if L == 'fr' else ':'}** {v}")
    out += ["", "## " + h["ga"], "", D.ga(L), "", "## " + h["org"], "", D.org_sentence(L), ""]
    out += ["| " + " | ".join(["Poste", "Groupe et niveau", "ETP"] if L == "fr" else ["Position", "Classification", "FTEs"]) + " |",
            "|---|---|---|"]
    for r in D.P["reports"]:
        out.append(f"| {r[1] if L == 'fr' else r[0]} | {D.cls(r[2]) if D.rep_cls else ''} | {r[3] if D.rep_fte else ''} |")
    out += ["", "## " + h["dim"], ""]
    dims = D.dims(L)
    out += ["| " + " | ".join(l for l, v in dims) + " |", "|" + "---|" * len(dims), "| " + " | ".join(v for l, v in dims) + " |"]
    out += ["", "## " + h["ns"], ""]
    for p in D.ns_paras(L):
        out += [p, ""]
    out += ["## " + h["sa"], ""]
    for n, s in enumerate(D.sa_items(L), 1):
        out.append(f"{n}.  {s}")
    out += ["", "## " + h["cert"], ""] + [f"**{x}**" if x else "" for x in D.cert(L)]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the plan

# (position index, language, layout, file name, options)
PLAN = [
    (0, "en", "docx_form", "Director, Client Service Operations - EX-01 - FINAL.docx", {}),
    (1, "en", "docx_form", "DG Benefits Processing WD (2019).docx", {"omit": ["job_code"], "names": ("signer", "signer2")}),
    (2, "en", "docx_form", "ED Digital Channels - draft.docx", {"omit": ["effective_date"], "names": ()}),
    (3, "fr", "docx_form", "Directeur, Conformité des recouvrements.docx", {"omit": ["o_and_m", "total"]}),
    (4, "en", "docx_grid4", "Director Fisheries Resource Management - Gulf.docx", {"omit": ["job_code", "fte"]}),
    (5, "en", "docx_grid4", "DG Asylum Programs_EX-03_2022.docx", {"names": ("incumbent", "signer")}),
    (6, "fr", "docx_grid4", "DT - Directeur, Gestion du portefeuille immobilier (1).docx", {"omit": ["sup_cls"]}),
    (7, "bilingual", "docx_bi0", "Director, Pharmaceutical Drugs Evaluation - Directrice, Évaluation des médicaments.docx", {}),
    (8, "bilingual", "docx_bi1", "Geoscience Programs EX-01 bilingue.docx", {"omit": ["job_code"]}),
    (9, "bilingual", "docx_bi2", "ED Census Operations - bilingual - signed.docx", {"names": ("signer",)}),
    (10, "en", "docx_nested", "DG Rail Safety work description.docx", {"omit": ["location"]}),
    (11, "en", "docx_nested", "Air Quality Research - Director (EX-01) - revised.docx", {"omit": ["rep_fte"]}),
    (12, "fr", "docx_nested", "Directrice, Programmes de soins de santé primaires.docx", {}),
    (13, "en", "docx_multicol", "DG Traveller Programs - dimensions by unit.docx", {"omit": ["job_code"]}),
    (14, "fr", "docx_multicol", "Politique des prestations d'invalidité - DT EX-01.docx", {}),
    (15, "en", "pdf_paged", "Director, Emergency Preparedness and Response.pdf", {"per_page": 33}),
    (16, "en", "pdf_paged", "Market Access Secretariat - Director - signed.pdf", {"per_page": 41, "names": ("incumbent", "signer")}),
    (17, "en", "pdf_paged", "ED Network Operations EX-02 FINAL.pdf", {"per_page": 29, "style": "nextline"}),
    (18, "fr", "pdf_paged", "Directrice, Initiatives sur les documents gouvernementaux.pdf", {"per_page": 36}),
    (19, "fr", "pdf_paged", "DT Opérations de santé des animaux - version finale.pdf", {"per_page": 31, "style": "nextline", "omit": ["job_code"]}),
    (20, "en", "pdf_table", "Director Reintegration Programs - Ontario Region.pdf", {"per_page": 30}),
    (21, "en", "pdf_table", "DG Consular Operations (2).pdf", {"per_page": 34, "omit": ["effective_date"]}),
    (22, "en", "pdf_table", "Spectrum Licensing Operations - Director.pdf", {"per_page": 32, "omit": ["rep_cls"]}),
    (23, "bilingual", "pdf_bi_text", "Director, Visitor Experience - Directrice, Expérience du visiteur.pdf", {"per_page": 48}),
    (24, "bilingual", "pdf_bi_text", "Regional Business Development EX-01 EN-FR.pdf", {"per_page": 40, "omit": ["job_code"]}),
    (25, "bilingual", "pdf_bi_pos", "Community Economic Development - bilingual form.pdf", {"per_page": 60}),
    (26, "bilingual", "pdf_bi_pos", "Director Arts Policy - Directeur Politique des arts - signed.pdf", {"per_page": 55}),
    (27, "en", "pdf_paged", "ED Pension Centre - Miramichi.pdf", {"per_page": 44, "style": "tabs", "provisional": "NEW"}),
    (28, "fr", "pdf_paged", "Planification financière et gestion des ressources EX-01.pdf", {"per_page": 38, "omit": ["sup_pn"]}),
    (29, "en", "ocr_cols", "Director Internal Audit - scan.txt", {"damage": 1}),
    (30, "bilingual", "ocr_bi_cols", "DG Workforce Planning bilingual scan.txt", {"damage": 1}),
    (31, "bilingual", "ocr_bi_cols", "Labour Program Operations - OCR.txt", {"damage": 2, "omit": ["job_code"]}),
    (32, "en", "ocr_run", "Trade Policy Analysis Director (OCR).txt", {"damage": 1}),
    (33, "en", "ocr_run", "ED Indigenous Infrastructure scanned 2014.txt", {"damage": 2, "provisional": "TBD", "sup_mode": "sentence"}),
    (34, "fr", "ocr_run", "Directrice, Inspections de sécurité maritime - numérisé.txt", {"damage": 1}),
    (35, "en", "ocr_pages", "Director, Scientific Data Services.txt", {"damage": 1, "omit": ["location"]}),
    (36, "en", "ocr_pages", "Settlement Programs Director - scan p1-4.txt", {"damage": 1, "reports_mode": 9}),
    (37, "fr", "ocr_pages", "DG Préservation numérique - OCR.txt", {"damage": 1}),
    (38, "en", "text_tabs", "Director, Food Safety Science.txt", {}),
    (39, "fr", "text_leaders", "Directeur, Décisions en impôt.txt", {"cp1252": True}),
    (40, "en", "text_tabs", "ED Statistical Infrastructure - signed.txt", {"cp1252": True, "sup_mode": "sentence"}),
    (41, "en", "text_leaders", "Clean Technology Programs Director.txt", {"omit": ["sup_pn"]}),
    (42, "en", "md", "Director, Regional Operations, Atlantic.md", {}),
    (12, "fr", "md", "Directrice, Programmes de soins de santé primaires - 2016.md", {"date_shift": -6}),
    (2, "en", "pdf_paged", "ED Digital Channels - FINAL - signed.pdf", {"per_page": 37, "names": ("signer",)}),
]
# versions: (older, newer)
VERSIONS = [("ED Digital Channels - draft.docx", "ED Digital Channels - FINAL - signed.pdf"),
            ("Directrice, Programmes de soins de santé primaires - 2016.md", "Directrice, Programmes de soins de santé primaires.docx")]
KINDS = {"docx": "docx", "pdf": "pdf", "ocr": "ocr", "ocr_cols": "ocr-columns", "ocr_bi_cols": "ocr-columns",
         "text": "text", "md": "markdown"}


def render(layout, D, L, o):
    if layout == "docx_form":
        return docx_form(D, L), "docx"
    if layout == "docx_grid4":
        return docx_grid4(D, L), "docx"
    if layout.startswith("docx_bi"):
        return docx_bi(D, int(layout[-1])), "docx"
    if layout == "docx_nested":
        return docx_nested(D, L), "docx"
    if layout == "docx_multicol":
        return docx_multicol(D, L), "docx"
    if layout == "pdf_paged":
        return pdf_paged(D, L, o["per_page"], o.get("style", "colon")), "pdf"
    if layout == "pdf_table":
        return pdf_table(D, L, o["per_page"]), "pdf"
    if layout == "pdf_bi_text":
        return pdf_bi_text(D, o["per_page"]), "pdf"
    if layout == "pdf_bi_pos":
        return pdf_bi_pos(D, o["per_page"]), "pdf"
    if layout == "ocr_run":
        return ocr_run(D, L, True).encode("utf-8"), "ocr"
    if layout == "ocr_pages":
        return ocr_run(D, L, False).encode("utf-8"), "ocr"
    if layout == "ocr_cols":
        return ocr_cols(D).encode("utf-8"), "ocr-columns"
    if layout == "ocr_bi_cols":
        return ocr_bi_cols(D).encode("utf-8"), "ocr-columns"
    if layout in ("text_tabs", "text_leaders"):
        lines = text_body(D, L, layout[5:])
        if o.get("cp1252"):
            return ("\r\n".join(lines) + "\r\n").replace("'", "\u2019").encode("cp1252"), "text-cp1252"
        return ("\n".join(lines) + "\n").encode("utf-8"), "text"
    if layout == "md":
        return markdown(D, L).encode("utf-8"), "markdown"
    raise ValueError(layout)


# ---------------------------------------------------------------- documents to refuse

def refusals(rng):
    out = []
    # 1. a memo about EX work descriptions (docx, bilingual heading)
    d = new_docx()
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cell(t.cell(0, 0).merge(t.cell(0, 1)), "MEMORANDUM / NOTE DE SERVICE", True)
    for j, (a, b) in enumerate([("TO / DEST.", "Directors General, Operations Sector"),
                                ("FROM / EXP.", "Director, Executive Group Services — Nadia Ferreira-Gill"),
                                ("SUBJECT / OBJET", "Updated EX work descriptions for the 2023 classification review")], 1):
        cell(t.cell(j, 0), a, True)
        cell(t.cell(j, 1), b)
    for p in ["As part of the cyclical review of executive positions, managers are asked to confirm that the work "
              "descriptions of their EX-01 to EX-03 positions are current. Please submit signed descriptions, in the "
              "approved template, to the Executive Group Services mailbox by March 31, 2023.",
              "Descriptions should state the position number, the supervisor's position, the dimensions (salary, "
              "O&M and FTEs) and the direct reports with their group and level. Positions whose descriptions are "
              "older than five years (for example position 48213, Director, Program Integrity) will be reviewed first.",
              "For questions, contact Marc-André Duquette at 819-555-0147.",
              "Nadia Ferreira-Gill"]:
        d.add_paragraph(p)
    out.append(("Memo - EX work descriptions review 2023.docx", docx_bytes(d), "docx", "en",
                ["Nadia Ferreira-Gill", "Marc-André Duquette"]))
    # 2. a French letter of offer for an acting EX-01 appointment (cp1252 text)
    txt = "\r\n".join([
        "Emploi et Développement social Canada", "Direction générale des ressources humaines", "", "Le 14 juin 2022", "",
        "Madame Josiane Lamontagne", "Gatineau (Québec)", "",
        "Objet : Offre de nomination intérimaire – Directrice, Services aux employeurs (EX-01), poste no 62719", "",
        "Madame,", "",
        "Au nom du ministère, j’ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Services "
        "aux employeurs, classifié EX-01, à compter du 4 juillet 2022 jusqu’au 3 janvier 2023.",
        "Votre rémunération sera établie conformément à la Directive sur les conditions d’emploi des cadres.",
        "Veuillez signer et retourner une copie de la présente lettre d’ici le 24 juin 2022 pour confirmer votre acceptation.", "",
        "Je vous prie d’agréer, Madame, l’expression de mes sentiments distingués.", "",
        "Benoît Charbonneau", "Directeur général, Opérations de programmes", "",
        "J’accepte l’offre ci-dessus :  ____________________   Date : __________", ""])
    out.append(("Lettre d'offre - intérim EX-01 (signée).txt", txt.encode("cp1252"), "text-cp1252", "fr",
                ["Josiane Lamontagne", "Benoît Charbonneau"]))
    # 3. an org chart as PDF (boxes listed as text)
    lines = ["Canadian Food Inspection Agency", "Operations Branch – Organization Chart – April 2021", "",
             "                         Vice-President, Operations", "                         Ingrid Solberg (EX-05)", "",
             "  Executive Director, Ontario Area        Executive Director, Quebec Area        Executive Director, Western Area",
             "  Paul Nguyen (EX-02)                     Julie Bergeron (EX-02)                 Arjun Mehta (EX-02)", "",
             "  Director, Animal Health (EX-01)         Director, Food Safety (EX-01)          Director, Plant Health (EX-01)",
             "  vacant                                  Claude Fortier                         Dana Whitfield", "",
             "  Positions: 412   FTEs: 398   Budget: $41.2M", "", "Prepared by Corporate Planning – not a work description"]
    out.append(("Org chart Operations Branch 2021.pdf", pdf_bytes(["\n".join(lines)]), "pdf", "en",
                ["Ingrid Solberg", "Paul Nguyen", "Julie Bergeron", "Arjun Mehta", "Claude Fortier", "Dana Whitfield"]))
    # 4. a bilingual performance agreement (docx)
    d = new_docx()
    d.add_heading("Executive Performance Agreement 2022-2023 / Entente de rendement des cadres 2022-2023", level=1)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for j, (a, b) in enumerate([("Name / Nom", "Hugo Vandermeer"), ("Position / Poste", "Director, Settlement Programs (EX-01)"),
                                ("Supervisor / Superviseur", "Louise Arsenault, Director General (EX-03)"),
                                ("Period / Période", "April 1, 2022 – March 31, 2023 / 1er avril 2022 – 31 mars 2023")]):
        cell(t.cell(j, 0), a, True)
        cell(t.cell(j, 1), b)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, x in zip(t2.rows[0].cells, ["Commitment / Engagement", "Performance measure / Mesure", "Weight / Pondération"]):
        cell(c, x, True)
    for a, b, c in [("Deliver the settlement program renewal", "Funding agreements signed by Q3", "40 %"),
                    ("Leadership: foster an inclusive workplace", "Pulse survey results", "30 %"),
                    ("Corporate: balanced budget", "Variance under 2 %", "30 %")]:
        row = t2.add_row().cells
        for x, v in zip(row, [a, b, c]):
            cell(x, v)
    d.add_paragraph("Signatures: Hugo Vandermeer      Louise Arsenault")
    out.append(("Entente de rendement - Performance Agreement 2022-23.docx", docx_bytes(d), "docx", "bilingual",
                ["Hugo Vandermeer", "Louise Arsenault"]))
    # 5. a scanned PDF without a text layer (two pages of drawn grey bands)
    ops = []
    for k in range(14):
        y = 760 - k * 48
        ops.append(f"0.{rng.randint(55, 85)} g 48 {y} {rng.randint(380, 500)} {rng.randint(6, 14)} re f")
    page = ("q\n" + "\n".join(ops) + "\nQ").encode("ascii")
    out.append(("Scan_2023-02-07_104512.pdf", pdf_bytes([page, b"q 0.7 g 48 700 480 12 re f Q"]), "pdf", "en", []))
    return out


# ---------------------------------------------------------------- writing

def yaml_text(e):
    import yaml
    class Dumper(yaml.SafeDumper):
        pass
    Dumper.add_representer(dt.date, lambda d, v: d.represent_scalar("tag:yaml.org,2002:timestamp", v.isoformat()))
    return yaml.dump(e, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)


def main():
    rng = random.Random(SEED)
    positions = [make_position(i, rng) for i in range(len(T.POSITIONS))]
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    versions = {}
    for old, new in VERSIONS:
        versions[old] = versions[new] = {"documents": [old, new], "newest": new}
    names = set()
    for pi, lang, layout, name, o in PLAN:
        assert name not in names, name
        names.add(name)
        P = dict(positions[pi])
        if "provisional" in o:
            P["provisional"] = o["provisional"]
        if "date_shift" in o:
            P["date"] = P["date"].replace(year=P["date"].year + o["date_shift"])
        omit = list(o.get("omit", []))
        if "provisional" in o:
            omit.append("position_number")
        drng = random.Random(f"{SEED}-{name}")
        D = Doc(P, lang, drng, omit=omit, damage=o.get("damage", 0), sup_mode=o.get("sup_mode", "fields"),
                reports_mode=o.get("reports_mode"), names=o.get("names", ("signer",)))
        L = "fr" if lang == "fr" else "en"
        data, kind = render(layout, D, L, o)
        (corpus / name).write_bytes(data)
        e = D.expected(name, kind, versions.get(name))
        (expected / f"{name}.expected.yaml").write_text(yaml_text(e), encoding="utf-8")
    for name, data, kind, lang, people in refusals(random.Random(f"{SEED}-refuse")):
        assert name not in names
        names.add(name)
        (corpus / name).write_bytes(data)
        e = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": [], "also": None, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(yaml_text(e), encoding="utf-8")
    print(f"{len(names)} documents written to {corpus}")


if __name__ == "__main__":
    main()
