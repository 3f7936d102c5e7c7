"""blind103: a regional executive-services folder of ESDC / Service Canada, EX work descriptions
2005-2025, written for issue 12 without reading the importer. Writes corpus/ and expected/.

    /work/main/.venv/bin/python bench/import/blind103/make_blind.py

Deterministic: every choice comes from random.Random seeded per document; .docx files are
re-zipped with fixed timestamps and fixed core properties; PDFs by tests/import_files.pdf_bytes."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
SEED = 103

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def rng_for(name: str) -> random.Random:
    return random.Random(SEED * 1_000_003 + zlib.crc32(name.encode("utf-8")))


# ------------------------------------------------------------------------------------------------
# Notations
# ------------------------------------------------------------------------------------------------

def fmt_cls(cls: str, style: str) -> str:
    group, level = cls.rsplit("-", 1)
    if not group == "EX":
        return cls if style != "space" else f"{group} {level}"
    return {"dash": cls, "space": f"EX {level}", "short": f"EX-{int(level)}", "nodash": f"EX{level}",
            "paren": f"({cls})"}[style]


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        if style == "iso":
            return d.isoformat()
        if style == "le":
            return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
        if style == "slash" and d.day > 12:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    m = MONTHS_EN[d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {m} {d.year}"
    if style == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{m} {d.day}{suf}, {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "abbr":
        return f"{m[:3].upper()} {d.day:02d} {d.year}"
    if style == "dmon":
        return f"{d.day:02d}-{m[:3]}-{d.year}"
    return f"{m} {d.day}, {d.year}"


def _dec(n: int, sep: str) -> str:
    s = f"{n / 1e6:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def fmt_money(n: int, style: str, lang: str) -> str:
    if lang == "fr":
        full = f"{n:,}".replace(",", " ")
        return {"full": f"{full} $", "cents": f"{full},00 $", "M": f"{_dec(n, ',')} M$",
                "millions": f"{_dec(n, ',')} millions $", "k": f"{n // 1000} k$"}[style]
    return {"full": f"${n:,}", "M": f"${_dec(n, '.')}M", "million": f"${_dec(n, '.')} million",
            "K": f"${n // 1000:,}K", "plain": f"{n:,}"}[style]


def fmt_fte(n: int, style: str, lang: str) -> str:
    if lang == "fr":
        return {"paren": f"({n} ETP)", "eff": f"effectif de {n}", "bare": f"{n} ETP",
                "emp": f"({n} employés)"}.get(style, f"({n} ETP)")
    return {"paren": f"({n} FTEs)", "staff": f"staff of {n}", "bare": f"{n} FTE",
            "emp": f"({n} employees)"}.get(style, f"({n} FTEs)")


# ------------------------------------------------------------------------------------------------
# OCR damage
# ------------------------------------------------------------------------------------------------

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}


def dmg_digits(s: str, r: random.Random, p: float) -> str:
    out = []
    for ch in s:
        if ch in DIGIT and r.random() < p:
            out.append("l" if ch == "1" and r.random() < 0.3 else DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


SWAPS = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"),
         ("t", "l"), ("o", "a"), ("u", "v"), ("fi", "f"), ("ti", "li")]


def dmg_prose(s: str, r: random.Random, p: float) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and r.random() < p:
            a, b = r.choice(SWAPS)
            if a in w:
                i = w.find(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        if i and r.random() < p / 3:
            text += w          # words run together
        else:
            text += (" " if i else "") + w
    return text


def wrap_hyphen(text: str, width: int, r: random.Random) -> list[str]:
    lines = textwrap.wrap(text, width)
    out = []
    carry = ""
    for i, line in enumerate(lines):
        line = carry + line
        carry = ""
        if i < len(lines) - 1 and r.random() < 0.35:
            nxt = lines[i + 1].split(" ", 1)
            word = nxt[0]
            if len(word) > 7 and word.isalpha():
                cut = len(word) // 2
                line = line + " " + word[:cut] + "-"
                lines[i + 1] = word[cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.append(line)
    return out


# ------------------------------------------------------------------------------------------------
# Positions as they stand in one document
# ------------------------------------------------------------------------------------------------

POS = {p[0]: p for p in T.POSITIONS}


def round_to(n: int, k: int) -> int:
    return int(round(n / k) * k)


def base_values(key: str) -> dict:
    r = rng_for("pos:" + key)
    _, region, fam, ten, tfr, cls, (loc_en, loc_fr), (area_en, area_fr), sup = POS[key]
    lvl = int(cls[-1])
    n_dr = r.randint(3, 5) if fam not in ("labour", "call") else r.randint(3, 4)
    pool = list(T.DR_POOL[fam])
    n_dr = min(n_dr, len(pool))
    picks = pool[:n_dr] if r.random() < 0.5 else sorted(r.sample(pool, n_dr), key=pool.index)
    drs = []
    for en, fr, dcls in picks:
        a2 = ("Southwest", "Sud-Ouest")
        en = en.format(area=area_en or "Metro", area2=a2[0])
        fr = fr.format(area=area_fr or "Métro", area2=a2[1])
        fte = 1 if dcls in ("AS-02", "CR-05") or "Senior" in en or "Advisor" in en else \
            r.randint(6, 40) * (3 if dcls == "EX-01" else 1)
        drs.append({"en": en, "fr": fr, "cls": dcls, "fte": fte})
    fte_total = sum(d["fte"] for d in drs) + 1 + r.randint(0, 6)
    salary = round_to(fte_total * r.randint(68, 84) * 1000, 10_000)
    om = round_to(r.randint(90, 900) * 1000 * lvl, 10_000)
    if sup == "ADM":
        s = T.ADM[region]
    elif sup is None:
        s = T.ADM[region] if fam in ("integ",) else list(v for k, v in T.DG.items() if k.startswith(region))[0]
    else:
        s = T.DG[sup]
    prog = round_to(r.randint(20, 140) * 1_000_000, 1_000_000) if fam == "prog" else None
    return {"key": key, "region": region, "fam": fam, "title_en": ten, "title_fr": tfr, "cls": cls,
            "loc_en": loc_en, "loc_fr": loc_fr, "area_en": area_en, "area_fr": area_fr,
            "job_code": str(r.randint(101100, 108900)), "posno": str(r.choice([r.randint(31000, 69999), r.randint(100000, 349999)])),
            "sup": {"pos": s[0], "en": s[1], "fr": s[2], "cls": s[3]}, "sup_sentence_only": sup is None,
            "drs": drs, "fte": fte_total, "salary": salary, "om": om, "prog": prog}


def revise(v: dict, r: random.Random) -> dict:
    """A later version: budgets and staff move, one direct report changes."""
    v = dict(v)
    v["drs"] = [dict(d) for d in v["drs"]]
    for d in v["drs"]:
        if d["fte"] > 1:
            d["fte"] = max(2, d["fte"] + r.randint(-5, 8))
    v["fte"] = sum(d["fte"] for d in v["drs"]) + 1 + r.randint(0, 6)
    v["salary"] = round_to(v["fte"] * r.randint(80, 96) * 1000, 10_000)
    v["om"] = round_to(v["om"] * r.uniform(0.8, 1.3), 10_000)
    return v


# ------------------------------------------------------------------------------------------------
# Labels
# ------------------------------------------------------------------------------------------------

LABELS = {
    "E1": {"title": "Position Title", "job_code": "Position Job Code", "cls": "Classification", "posno": "Position Number",
           "date": "Effective Date", "sup_pos": "Supervisor's Position No.", "sup_title": "Supervisor's Position Title",
           "sup_cls": "Supervisor's Classification", "loc": "Geographic Location", "branch": "Branch", "region": "Region"},
    "E2": {"title": "TITLE", "job_code": "JOB CODE", "cls": "GROUP/LEVEL", "posno": "POSITION NUMBER",
           "date": "EFFECTIVE DATE", "sup_pos": "SUPERVISOR POSITION NO.", "sup_title": "REPORTS TO",
           "sup_cls": "SUPERVISOR GROUP/LEVEL", "loc": "LOCATION", "branch": "BRANCH", "region": "REGION"},
    "E3": {"title": "Job Title", "job_code": "Generic Job Code No.", "cls": "Position Level", "posno": "Position No.",
           "date": "Date Effective", "sup_pos": "Immediate Supervisor (Position No.)", "sup_title": "Immediate Supervisor (Title)",
           "sup_cls": "Immediate Supervisor (Level)", "loc": "Work Location", "branch": "Branch/Service", "region": "Region"},
    "F1": {"title": "Titre du poste", "job_code": "Code de l'emploi", "cls": "Classification", "posno": "Numéro du poste",
           "date": "Date d'entrée en vigueur", "sup_pos": "N° de poste du superviseur", "sup_title": "Titre du poste du superviseur",
           "sup_cls": "Classification du superviseur", "loc": "Lieu géographique", "branch": "Direction générale", "region": "Région"},
    "F2": {"title": "TITRE", "job_code": "CODE DU POSTE", "cls": "GROUPE ET NIVEAU", "posno": "NUMÉRO DE POSTE",
           "date": "DATE DE PRISE D'EFFET", "sup_pos": "NO DU POSTE DU SUPÉRIEUR", "sup_title": "RELÈVE DE",
           "sup_cls": "GROUPE/NIVEAU DU SUPÉRIEUR", "loc": "ENDROIT", "branch": "DIRECTION GÉNÉRALE", "region": "RÉGION"},
    "F3": {"title": "Intitulé du poste", "job_code": "No de code d'emploi", "cls": "Niveau", "posno": "No du poste",
           "date": "En vigueur le", "sup_pos": "Supérieur immédiat (no de poste)", "sup_title": "Supérieur immédiat (titre)",
           "sup_cls": "Supérieur immédiat (niveau)", "loc": "Lieu de travail", "branch": "Secteur", "region": "Région"},
}


def bi_labels(a: str, b: str) -> dict:
    return {k: f"{LABELS[a][k]} / {LABELS[b][k]}" for k in LABELS[a]}


LABELS["B1"] = bi_labels("E1", "F1")
LABELS["B2"] = bi_labels("E2", "F2")

HEAD = {
    "en": {"doc": ["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION - EXECUTIVE GROUP", "Job Description"],
           "ga": "General Accountability", "org": "Organization Structure", "ns": "Nature and Scope", "dim": "Dimensions",
           "sa": "Specific Accountabilities", "cert": "Certification", "csr": "Client Service Results", "ka": "Key Activities"},
    "fr": {"doc": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de poste du groupe de la direction", "DESCRIPTION DE TRAVAIL EX", "Description de travail"],
           "ga": "Responsabilités générales", "org": "Structure organisationnelle", "ns": "Nature et étendue", "dim": "Dimensions",
           "sa": "Responsabilités spécifiques", "cert": "Attestation", "csr": "Résultats axés sur le service à la clientèle", "ka": "Activités principales"},
}

DIM_LAB = {
    "en": {"salary": ["Salary", "Salary Budget", "Salaries"], "om": ["O&M", "O&M Budget", "Operating and Maintenance"],
           "total": ["Total", "Total Budget", "Total Operating Budget"], "fte": ["FTEs", "FTE's", "Number of FTEs", "Employees"],
           "prog": ["Grants and Contributions", "Program Budget (Gs&Cs)"]},
    "fr": {"salary": ["Salaires", "Budget salarial", "Traitements"], "om": ["F et E", "Budget de F et E", "Fonctionnement et entretien"],
           "total": ["Total", "Budget total", "Budget de fonctionnement total"], "fte": ["ETP", "Nombre d'ETP", "Effectif"],
           "prog": ["Subventions et contributions", "Budget de programme (S et C)"]},
}


# ------------------------------------------------------------------------------------------------
# One document: the logical content, then its rendering
# ------------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, spec: dict):
        self.spec = spec
        self.name = spec["file"]
        self.r = rng_for("doc:" + spec.get("same_as", self.name))
        self.kind, self.lang = spec["kind"], spec["lang"]
        base = base_values(spec["pos"])
        if spec.get("revised"):
            base = revise(base, rng_for("rev:" + spec["pos"] + str(spec["date"])))
        self.v = base
        self.date = spec["date"]
        self.year = self.date.year
        r = self.r
        o = {"cls_style": r.choice(["dash", "dash", "space", "short", "nodash"]),
             "date_style": r.choice(["long", "iso", "dmy", "ord", "slash", "abbr", "dmon"] if self.lang != "fr" else ["long", "iso", "le", "slash"]),
             "money": r.choice(["full", "M", "million", "K"] if self.lang != "fr" else ["full", "cents", "M", "millions", "k"]),
             "fte_style": r.choice(["paren", "paren", "staff", "bare", "emp"] if self.lang != "fr" else ["paren", "eff", "bare", "emp"]),
             "labels": r.choice({"en": ["E1", "E2", "E3"], "fr": ["F1", "F2", "F3"], "bilingual": ["B1", "B2"]}[self.lang]),
             "layout": r.choice(["inline", "inline", "next", "dots", "tabs"]),
             "sup": r.choice(["fields", "fields", "fields", "reports", "sentence"]),
             "drs": r.choice(["colon", "dash", "endash", "bracket", "prose", "table"]),
             "order": r.choice(["std", "std", "dimfirst", "csr"]),
             "total": r.random() < 0.8, "job_code": True, "date": True, "dims": True,
             "dr_no_cls": r.random() < 0.15, "dr_no_fte": r.random() < 0.15,
             "heading": r.choice(["caps", "title", "num", "letter"]), "ocr_mode": r.choice(["run", "pages", "lines"]),
             "dmg": r.choice([0.15, 0.3, 0.5]), "posno": None}
        o.update(spec.get("opts", {}))
        if self.v["sup_sentence_only"]:
            o["sup"] = "sentence_title"
        self.o = o
        if o["sup"] in ("reports",):
            o["cls_style_sup"] = o["cls_style"]
        # people
        pr = rng_for("people:" + spec.get("same_as", self.name))
        names = pr.sample(T.PEOPLE, 3)
        self.incumbent = names[0] if o.get("incumbent", r.random() < 0.6) else None
        self.manager = names[1]
        self.approver = names[2] if r.random() < 0.5 else None
        self.people: list[str] = []

    # -- values as printed ------------------------------------------------------------------------
    def L(self) -> str:
        return "fr" if self.lang == "fr" else "en"

    def title(self) -> str:
        if self.lang == "fr":
            return self.v["title_fr"]
        if self.lang == "bilingual" and self.o.get("bi_title") == "slash":
            return f"{self.v['title_en']} / {self.v['title_fr']}"
        return self.v["title_en"]

    def money(self, n: int) -> str:
        lang = "fr" if self.lang == "fr" else "en"
        style = self.o["money"]
        if style in ("M", "million", "millions") and n % 10_000:
            style = "full"
        return fmt_money(n, style, lang)

    def posno_printed(self) -> str:
        return self.o["posno"] or self.v["posno"]

    def fields(self) -> list[tuple[str, str, str]]:
        """(key, label, value) of the header."""
        lab = LABELS[self.o["labels"]]
        L = self.L()
        v, o = self.v, self.o
        cls = fmt_cls(v["cls"], o["cls_style"] if o["cls_style"] != "paren" else "dash")
        out = [("title", lab["title"], self.title() if self.lang != "bilingual" else
                (v["title_en"] if o.get("bi_title") == "lines" else f"{v['title_en']} / {v['title_fr']}"))]
        if self.lang == "bilingual" and o.get("bi_title") == "lines":
            out.append(("title_fr", "", v["title_fr"]))
        order = ["cls", "posno", "job_code", "date"] if o["labels"] in ("E2", "F2", "B2") else ["job_code", "cls", "posno", "date"]
        for k in order:
            if k == "cls":
                out.append(("cls", lab["cls"], cls))
            elif k == "posno":
                out.append(("posno", lab["posno"], self.posno_printed()))
            elif k == "job_code" and o["job_code"]:
                out.append(("job_code", lab["job_code"], v["job_code"]))
            elif k == "date":
                out.append(("date", lab["date"], fmt_date(self.date, o["date_style"], "fr" if self.lang == "fr" else "en") if o["date"] else ""))
        reg = T.REGIONS[v["region"]]
        out.append(("region", lab["region"], reg[1] if L == "fr" else (f"{reg[0]} / {reg[1]}" if self.lang == "bilingual" else reg[0])))
        if o["sup"] == "fields":
            s = v["sup"]
            out.append(("sup_pos", lab["sup_pos"], s["pos"]))
            out.append(("sup_title", lab["sup_title"], s["fr"] if L == "fr" else s["en"]))
            out.append(("sup_cls", lab["sup_cls"], fmt_cls(s["cls"], o["cls_style"] if o["cls_style"] != "paren" else "dash")))
        elif o["sup"] == "reports":
            s = v["sup"]
            t = s["fr"] if L == "fr" else s["en"]
            out.append(("sup_title", lab["sup_title"] if o["labels"] in ("E2", "F2", "B2") else ("Relève de" if L == "fr" else "Reports to"),
                        f"{t} ({fmt_cls(s['cls'], 'dash')})"))
        loc = v["loc_fr"] if L == "fr" else v["loc_en"]
        out.append(("loc", lab["loc"], loc))
        return out

    def location_truth(self) -> str:
        return self.v["loc_fr"] if self.lang == "fr" else self.v["loc_en"]

    # -- prose ----------------------------------------------------------------------------------------
    def fill(self, s: str, fr: bool) -> str:
        v = self.v
        reg = T.REGIONS[v["region"]][1 if fr else 0]
        area = (v["area_fr"] or reg) if fr else (v["area_en"] or reg)
        title = v["title_fr"] if fr else v["title_en"]
        return s.format(title=title, region=reg, area=area, dept=T.department(self.year)[1 if fr else 0])

    def prose_lang(self) -> list[bool]:
        return [True] if self.lang == "fr" else ([False] if self.lang == "en" else [False, True])

    def heading(self, key: str) -> str:
        langs = self.prose_lang()
        txt = " / ".join(T_HEAD(key, fr) for fr in langs)
        h = self.o["heading"]
        idx = ["ga", "org", "ns", "dim", "sa", "cert", "csr", "ka"].index(key) + 1
        if h == "caps":
            return txt.upper()
        if h == "num":
            return f"{idx}. {txt.upper()}"
        if h == "letter":
            return f"{'ABCDEFGH'[idx - 1]}) {txt}"
        return txt

    def sup_sentence(self, fr: bool) -> str:
        v, o = self.v, self.o
        s = v["sup"]
        t = self.v["title_fr"] if fr else self.v["title_en"]
        st = s["fr"] if fr else s["en"]
        n = self.r.randint(3, 7)
        if o["sup"] == "sentence":
            return (f"Le {t} relève du {st} ({fmt_cls(s['cls'], 'dash')}), poste no {s['pos']}, et est l'un des {n} postes de direction qui lui sont subordonnés."
                    if fr else f"The {t} reports to the {st} ({fmt_cls(s['cls'], 'dash')}), position {s['pos']}, and is one of {n} senior management positions reporting to that position.")
        if o["sup"] == "sentence_title":
            return (f"Le titulaire relève du {st} et fait partie de son comité de gestion."
                    if fr else f"The incumbent reports to the {st} and is a member of that position's management committee.")
        return (f"Le {t} est l'un des {n} postes relevant du supérieur immédiat." if fr
                else f"The {t} is one of {n} positions reporting to the same supervisor.")

    def dr_lines(self, fr: bool, style: str) -> list[str]:
        o = self.o
        L = "fr" if fr else "en"
        out = []
        for i, d in enumerate(self.v["drs"]):
            t = d["fr"] if fr else d["en"]
            c = None if (o["dr_no_cls"] and i % 2 == 0) else fmt_cls(d["cls"], "dash")
            f = None if (o["dr_no_fte"] and i % 2 == 1) else d["fte"]
            fs = fmt_fte(f, o["fte_style"], L) if f is not None else ""
            if style == "colon":
                inner = ", ".join(x for x in [c, (fs.strip("()") if f is not None else None)] if x)
                out.append(f"- {t}" + (f" ({inner})" if inner else "") + (": responsable de la gestion de ce secteur." if fr else ": responsible for the management of this unit."))
            elif style == "dash":
                out.append((f"{c} - " if c else "") + t + (f" {fs}" if fs else ""))
            elif style == "endash":
                out.append(" – ".join(x for x in [t, c, (f"{f} ETP" if fr else f"{f} FTEs") if f is not None else None] if x))
            elif style == "bracket":
                out.append(t + (f" [{c}]" if c else "") + (f" ({f} {'ETP' if fr else 'FTE'})" if f is not None else ""))
            else:  # table row
                out.append(f"{t}\t{c or ''}\t{f if f is not None else ''}")
        return out

    def dr_prose(self, fr: bool) -> str:
        parts = []
        for line in self.dr_lines(fr, "bracket"):
            parts.append(line.replace("[", "(").replace("]", ")").replace(") (", ", "))
        body = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
        t = self.v["title_fr"] if fr else self.v["title_en"]
        return (f"Relèvent du {t} : {body}." if fr else f"Reporting to the {t} are the {body}.")

    def dims(self, fr: bool) -> list[tuple[str, str]]:
        r = self.r
        L = "fr" if fr else "en"
        lab = DIM_LAB[L]
        k = r.randint(0, 2)
        v = self.v
        out = []
        if self.o.get("fte_in_dims", True):
            out.append(("fte", lab["fte"][r.randint(0, len(lab["fte"]) - 1)], str(v["fte"])))
        out.append(("salary", lab["salary"][k], self.money(v["salary"])))
        out.append(("om", lab["om"][k], self.money(v["om"])))
        if self.o["total"]:
            out.append(("total", lab["total"][k], self.money(v["salary"] + v["om"])))
        if v["prog"]:
            out.append(("prog", lab["prog"][r.randint(0, 1)], self.money(v["prog"])))
        return out

    def body(self) -> list[tuple[str, object]]:
        """A list of (section, content) where content is a list of paragraphs or list items."""
        v, o = self.v, self.o
        fam = v["fam"]
        secs = []
        for fr in self.prose_lang():
            i = 1 if fr else 0
            ga = self.fill(T.GA[fam][i], fr)
            ns = [self.fill(T.NS_COMMON[i], fr), self.fill(T.NS_CHALLENGE[i], fr)]
            sa = [self.fill(x, fr) for x in T.SA[fam][i]]
            org = []
            if o["sup"] in ("sentence", "sentence_title"):
                org.append(self.sup_sentence(fr))
            st = o["drs"]
            if st == "prose":
                org.append(self.dr_prose(fr))
            else:
                intro = (f"Relèvent du {v['title_fr']} :" if fr else f"Reporting to the {v['title_en']} are:")
                org.append(intro)
                org.append(("drs", self.dr_lines(fr, st), st))
            dims = ("dims", self.dims(fr))
            order = o["order"]
            if order == "csr":
                csr = self.fill(T.CSR["fr" if fr else "en"].format(what=T.CSR_WHAT[fam][i]), fr)
                seq = [("csr", [csr]), ("ka", sa), ("org", org), ("dim", [dims])]
            elif order == "dimfirst":
                seq = [("ga", [ga]), ("org", org), ("dim", [dims]), ("ns", ns), ("sa", sa)]
            else:
                seq = [("ga", [ga]), ("org", org), ("ns", ns), ("dim", [dims]), ("sa", sa)]
            if not o["dims"]:
                seq = [s for s in seq if s[0] != "dim"]
            secs.extend(seq)
        secs.append(("cert", self.cert()))
        return [(k, [fr_fix(x) if isinstance(x, str) else x for x in c]) for k, c in secs]

    def cert(self) -> list[str]:
        langs = self.prose_lang()
        out = []
        for fr in langs:
            out.append("La présente description est un énoncé exact et complet des fonctions attribuées au poste."
                       if fr else "The foregoing description is an accurate and complete statement of the duties assigned to the position.")
        fr = langs[-1] if len(langs) == 1 else False
        bil = self.lang == "bilingual"
        def lab(en, f):
            return f"{en} / {f}" if bil else (f if fr else en)
        if self.incumbent:
            out.append(f"{lab('Incumbent', 'Titulaire')}: {self.incumbent}")
            self.people.append(self.incumbent)
        st = self.v["sup"]
        out.append(f"{lab('Supervisor', 'Superviseur')}: {self.manager}, {st['fr'] if fr else st['en']}")
        self.people.append(self.manager)
        if self.approver:
            out.append(f"{lab('Approved by', 'Approuvé par')}: {self.approver}")
            self.people.append(self.approver)
        out.append(f"{lab('Date', 'Date')}: {fmt_date(self.date + dt.timedelta(days=self.r.randint(3, 40)), 'iso', 'en')}")
        return out

    # -- expected -------------------------------------------------------------------------------------
    def expected(self, kind: str) -> dict:
        v, o = self.v, self.o
        fr = self.lang == "fr"
        ns = []
        sup = {"position_number": None, "title": None, "classification": None}
        if o["sup"] in ("fields", "sentence"):
            sup = {"position_number": v["sup"]["pos"], "title": v["sup"]["fr"] if fr else v["sup"]["en"], "classification": v["sup"]["cls"]}
        elif o["sup"] == "reports":
            sup = {"position_number": None, "title": v["sup"]["fr"] if fr else v["sup"]["en"], "classification": v["sup"]["cls"]}
        elif o["sup"] == "sentence_title":
            sup = {"position_number": None, "title": v["sup"]["fr"] if fr else v["sup"]["en"], "classification": None}
        for k, x in sup.items():
            if x is None:
                ns.append(f"supervisor.{k}")
        drs = []
        for i, d in enumerate(v["drs"]):
            drs.append({"title": d["fr"] if fr else d["en"],
                        "classification": None if (o["dr_no_cls"] and i % 2 == 0) else d["cls"],
                        "fte": None if (o["dr_no_fte"] and i % 2 == 1) else d["fte"]})
        provisional = o["posno"]
        f = {"title": v["title_fr"] if fr else v["title_en"], "classification": v["cls"],
             "job_code": v["job_code"] if o["job_code"] else None,
             "position_number": None if provisional else v["posno"],
             "effective_date": self.date if o["date"] else None,
             "supervisor": sup, "direct_reports": drs,
             "salary": v["salary"] if o["dims"] else None, "o_and_m": v["om"] if o["dims"] else None,
             "total": v["salary"] + v["om"] if (o["dims"] and o["total"]) else None,
             "location": self.location_truth()}
        for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total"):
            if f[k] is None:
                ns.append(k)
        also = {"fte": v["fte"] if (o["dims"] and o.get("fte_in_dims", True)) else None, "operating_budget": None,
                "program_budget": v["prog"] if o["dims"] else None, "provisional_number": provisional}
        if self.lang == "bilingual":
            also = {"title_fr": v["title_fr"], **also}
        if self.spec.get("reports_to_in_corpus") and o["sup"] != "fields":
            also["reports_to_in_corpus"] = self.spec["reports_to_in_corpus"]
        return {"document": self.name, "kind": kind, "language": self.lang, "outcome": "import", "fields": f,
                "not_stated": ns, "also": also, "people": sorted(set(self.people)), "versions": self.spec.get("versions")}


def fr_fix(s: str) -> str:
    for a, b in (("Le Directrice", "La Directrice"), ("du Directrice", "de la Directrice"),
                 ("de Outaouais", "de l'Outaouais"), ("de Estrie", "de l'Estrie")):
        s = s.replace(a, b)
    return s


def T_HEAD(key: str, fr: bool) -> str:
    return HEAD["fr" if fr else "en"][key]


# ------------------------------------------------------------------------------------------------
# Renderers
# ------------------------------------------------------------------------------------------------

def field_line(label: str, value: str, layout: str) -> list[str]:
    if not label:
        return [value]
    if layout == "next":
        return [f"{label}:", f"    {value}"]
    if layout == "dots":
        return [f"{label} {'.' * max(3, 40 - len(label))} {value}"]
    if layout == "tabs":
        return [f"{label}:\t\t{value}"]
    return [f"{label}: {value}"]


def text_lines(doc: Doc, markdown: bool = False) -> list[str]:
    """The plain (or Markdown) text of a document, before any damage."""
    o = doc.o
    fr = doc.lang == "fr"
    out = []
    dept = T.department(doc.year)
    hdr_dept = dept[1] if fr else (f"{dept[0]} / {dept[1]}" if doc.lang == "bilingual" else dept[0])
    title_doc = HEAD["fr" if fr else "en"]["doc"][doc.r.randint(0, 3)]
    if doc.lang == "bilingual":
        title_doc = f"{HEAD['en']['doc'][0]} / {HEAD['fr']['doc'][0]}"
    if markdown:
        out += [f"# {title_doc}", "", f"## {'Renseignements sur le poste' if fr else 'Position Details'}", ""]
        for k, lab, val in doc.fields():
            if not lab:
                out.append(f"*   {val}")
            else:
                out.append(f"*   **{lab}:** {val}")
        out.append(f"*   **{'Ministère' if fr else 'Department'}:** {hdr_dept}")
    else:
        out += [hdr_dept, "Service Canada", "", title_doc, ""]
        for k, lab, val in doc.fields():
            if k == "title" and o["cls_style"] == "paren":
                val = f"{val} ({doc.v['cls']})"
            out += field_line(lab, val, o["layout"])
    out.append("")
    for sec, content in doc.body():
        h = doc.heading(sec)
        out.append(f"## {h}" if markdown else h)
        out.append("")
        for item in content:
            if isinstance(item, tuple) and item[0] == "drs":
                lines, st = item[1], item[2]
                if st == "table":
                    hdr = ("Titre", "Groupe et niveau", "ETP") if fr else ("Title", "Group and Level", "FTEs")
                    if markdown:
                        out.append(f"| {' | '.join(hdr)} |")
                        out.append("|---|---|---|")
                        out += [f"| {' | '.join(x.split(chr(9)))} |" for x in lines]
                    else:
                        out.append("\t".join(hdr))
                        out += lines
                else:
                    out += [("*   " + x.lstrip("- ")) if markdown else x for x in lines]
                out.append("")
            elif isinstance(item, tuple) and item[0] == "dims":
                for k, lab, val in item[1]:
                    out.append(f"*   **{lab}:** {val}" if markdown else f"{lab}: {val}")
                out.append("")
            else:
                if sec in ("sa", "ka"):
                    n = content.index(item) + 1
                    out.append(f"{n}.  {item}" if markdown else f"{n}. {item}")
                else:
                    out.append(item)
                    out.append("")
        if sec in ("sa", "ka"):
            out.append("")
    return out


def ocr_text(doc: Doc, columns: bool = False) -> str:
    r = rng_for("ocr:" + doc.name)
    o = doc.o
    p = o["dmg"]
    lines = text_lines(doc)
    # damage: digits in values and headings, letters in prose
    dmg = []
    first_heading = doc.heading("csr" if o["order"] == "csr" else "ga")
    in_head = True
    for ln in lines:
        if ln.strip() == first_heading.strip():
            in_head = False
        if ln and len(ln) > 70:
            ln = dmg_prose(ln, r, p * (0.05 if in_head else 0.25))
        ln = dmg_digits(ln, r, min(0.9, p * 1.4))
        dmg.append(ln)
    lines = dmg
    running = (f"{doc.v['title_fr'] if doc.lang == 'fr' else doc.v['title_en']}")
    if columns:
        # header up to the first heading stays; then organization + dimensions (left) interleaved with prose (right)
        first = next(i for i, ln in enumerate(lines) if ln and ln.strip() == doc.heading("ga" if o["order"] != "csr" else "csr").strip())
        head, rest = lines[:first], lines[first:]
        left, right = [], []
        cur = right
        for ln in rest:
            if ln.strip() in (doc.heading("org"), doc.heading("dim")):
                cur = left
            elif ln.strip() in (doc.heading("ns"), doc.heading("sa"), doc.heading("cert"), doc.heading("ga")):
                cur = right
            if ln.strip():
                cur.append(ln)
        lw = []
        for ln in left:
            lw += textwrap.wrap(ln, 44) or [""]
        rw = []
        for ln in right:
            rw += textwrap.wrap(ln, 52) or [""]
        n = max(len(lw), len(rw))
        merged = [(lw[i] if i < len(lw) else "") + " " + (rw[i] if i < len(rw) else "") for i in range(n)]
        body = head + [m.strip() for m in merged]
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(x for x in body if x) + "\n"
    mode = o["ocr_mode"]
    if mode == "lines":
        out = []
        page = 1
        count = 0
        for ln in lines:
            wrapped = wrap_hyphen(ln, 78, r) if len(ln) > 78 else [ln]
            for w in wrapped:
                out.append(w)
                count += 1
                if count % 48 == 0:
                    page += 1
                    out += ["", f"Page {page - 1}" + (f" de " if doc.lang == "fr" else " of ") + "{N}", "\f" + running, ""]
        total = page
        txt = "\n".join(out).replace("{N}", str(total)) + "\n"
        return txt
    body = " ".join(x.strip() for x in lines if x.strip())
    if mode == "pages":
        words = body.split(" ")
        pages, cur = [], []
        for w in words:
            cur.append(w)
            if len(cur) > 420:
                pages.append(" ".join(cur))
                cur = []
        pages.append(" ".join(cur))
        foot = dmg_digits(running, r, p)
        body = "\n".join(f"{i + 1 if i else ''} {pg} {foot}".strip() for i, pg in enumerate(pages))
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"


def add_noise_signature(txt: str, r: random.Random) -> str:
    noise = "".join(r.choice("!~;:*|[]()CcoOeE ") for _ in range(r.randint(20, 50)))
    return txt.rstrip("\n") + " " + noise + "\n"


def write_docx(doc: Doc, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    o = doc.o
    fr = doc.lang == "fr"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    dept = T.department(doc.year)
    d.add_paragraph(dept[1] if fr else (f"{dept[0]} / {dept[1]}" if doc.lang == "bilingual" else dept[0]))
    d.add_heading(HEAD["fr" if fr else "en"]["doc"][1] if doc.lang != "bilingual" else "Executive Work Description / Description de travail de cadre", level=1)
    flds = doc.fields()
    four = o.get("table4", False)
    if four:
        rows = (len(flds) + 1) // 2
        t = d.add_table(rows=rows, cols=4)
        t.style = "Table Grid"
        for i, (k, lab, val) in enumerate(flds):
            row, col = i % rows, (i // rows) * 2
            t.cell(row, col).text = lab
            t.cell(row, col + 1).text = val
    else:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, lab, val in flds:
            c = t.add_row().cells
            c[0].text = lab
            c[1].text = val
    for sec, content in doc.body():
        d.add_heading(doc.heading(sec), level=2)
        for n, item in enumerate(content, 1):
            if isinstance(item, tuple) and item[0] == "drs":
                lines, stl = item[1], item[2]
                if stl == "table" or o.get("dr_table"):
                    if stl != "table":
                        lines = doc.dr_lines(fr, "table")
                    hdr = ("Titre du poste", "Classification", "ETP") if fr else ("Position Title", "Classification", "FTEs")
                    tt = d.add_table(rows=1, cols=3)
                    tt.style = "Table Grid"
                    for c, h in zip(tt.rows[0].cells, hdr):
                        c.text = h
                    for ln in lines:
                        for c, x in zip(tt.add_row().cells, ln.split("\t")):
                            c.text = x
                else:
                    for ln in lines:
                        d.add_paragraph(ln.lstrip("- "), style="List Bullet")
            elif isinstance(item, tuple) and item[0] == "dims":
                tt = d.add_table(rows=0, cols=2)
                tt.style = "Table Grid"
                for k, lab, val in item[1]:
                    c = tt.add_row().cells
                    c[0].text = lab
                    c[1].text = val
            elif sec in ("sa", "ka"):
                d.add_paragraph(item, style="List Number")
            else:
                d.add_paragraph(item)
    foot = d.sections[0].footer.paragraphs[0]
    foot.text = f"{doc.v['title_fr'] if fr else doc.v['title_en']} – {'Protégé A' if fr else 'Protected A'}"
    cp = d.core_properties
    fixed = dt.datetime(2000, 1, 1, 0, 0, 0)
    cp.author = "Service Canada"
    cp.last_modified_by = "Service Canada"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(rezip(buf.getvalue()))


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_pages(lines: list[str], footer: str, fr: bool) -> list[str]:
    wrapped = []
    for ln in lines:
        wrapped += textwrap.wrap(ln, 100) if len(ln) > 100 else [ln]
    per = 62
    chunks = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    n = len(chunks)
    return ["\n".join(c + ["", f"{footer}    Page {i + 1} {'de' if fr else 'of'} {n}"]) for i, c in enumerate(chunks)]


# ------------------------------------------------------------------------------------------------
# The folder
# ------------------------------------------------------------------------------------------------

D = dt.date


def V(docs: list[str], newest: str, same: list[str] | None = None) -> dict:
    x = {"documents": docs, "newest": newest}
    if same:
        x["same_text"] = same
    return x


G1 = V(["Director, Service Delivery NB 2009.docx", "Director, Service Delivery NB 2009 - signed.txt",
        "Director, Service Delivery, New Brunswick - revised 2016.docx"],
       "Director, Service Delivery, New Brunswick - revised 2016.docx",
       ["Director, Service Delivery NB 2009.docx", "Director, Service Delivery NB 2009 - signed.txt"])
G2 = V(["Directeur, Centre de traitement des prestations Montréal 2011.txt",
        "Directeur, Centre de traitement des prestations Montréal 2011 (1).docx"],
       "Directeur, Centre de traitement des prestations Montréal 2011.txt",
       ["Directeur, Centre de traitement des prestations Montréal 2011.txt",
        "Directeur, Centre de traitement des prestations Montréal 2011 (1).docx"])
G3 = V(["DG Citizen Services Atlantic - DG Services aux citoyens 2013.pdf",
        "DG Citizen Services Atlantic 2018 - revised (signed).txt"], "DG Citizen Services Atlantic 2018 - revised (signed).txt")
G4 = V(["Director, Pension Processing, Ontario 2007.txt", "Director, Pension Processing, Ontario - updated 2014.docx"],
       "Director, Pension Processing, Ontario - updated 2014.docx")
G5 = V(["ED Operations BC-Yukon 2012.txt", "ED Operations BC-Yukon 2012 FINAL.docx"], "ED Operations BC-Yukon 2012 FINAL.docx",
       ["ED Operations BC-Yukon 2012.txt", "ED Operations BC-Yukon 2012 FINAL.docx"])
G6 = V(["Directeur Opérations d'intégrité Québec 2008.txt", "Directeur, Opérations d'intégrité - révisée 2020.docx"],
       "Directeur, Opérations d'intégrité - révisée 2020.docx")
G7 = V(["Passport Services Ontario 2014.docx", "Passport Services Ontario 2014 - signed.txt"], "Passport Services Ontario 2014 - signed.txt",
       ["Passport Services Ontario 2014.docx", "Passport Services Ontario 2014 - signed.txt"])
G8 = V(["Directrice Services aux citoyens Montréal-Laurentides 2012.txt", "Directrice Services aux citoyens Montréal-Laurentides 2019.docx"],
       "Directrice Services aux citoyens Montréal-Laurentides 2019.docx")

DGCS_ATL = "DG Citizen Services Atlantic 2018 - revised (signed).txt"

SPECS = [
    # file, position, kind, language, date, options
    dict(file="Director, Service Delivery NB 2009.docx", pos="atl-sd-nb", kind="docx", lang="en", date=D(2009, 6, 15), versions=G1,
         opts={"sup": "fields", "drs": "table"}, reports_to_in_corpus=DGCS_ATL),
    dict(file="Director, Service Delivery NB 2009 - signed.txt", pos="atl-sd-nb", kind="ocr", lang="en", date=D(2009, 6, 15), versions=G1,
         same_as="Director, Service Delivery NB 2009.docx", opts={"sup": "fields", "drs": "table", "ocr_mode": "lines", "dmg": 0.3},
         reports_to_in_corpus=DGCS_ATL),
    dict(file="Director, Service Delivery, New Brunswick - revised 2016.docx", pos="atl-sd-nb", kind="docx", lang="en", date=D(2016, 10, 3),
         versions=G1, revised=True, opts={"sup": "reports", "drs": "colon", "table4": True}, reports_to_in_corpus=DGCS_ATL),
    dict(file="DS NS Director Service Delivery (EX-01).txt", pos="atl-sd-ns", kind="ocr", lang="en", date=D(2011, 2, 21),
         opts={"ocr_mode": "run", "dmg": 0.5, "drs": "dash"}),
    dict(file="WD - Director Service Delivery NL 2018 FINAL.pdf", pos="atl-sd-nl", kind="pdf", lang="en", date=D(2018, 4, 1),
         opts={"drs": "endash", "layout": "dots"}),
    dict(file="DG Citizen Services Atlantic - DG Services aux citoyens 2013.pdf", pos="atl-dgcs", kind="pdf", lang="bilingual",
         date=D(2013, 9, 9), versions=G3, opts={"sup": "fields", "drs": "bracket", "order": "std"}),
    dict(file=DGCS_ATL, pos="atl-dgcs", kind="ocr", lang="bilingual", date=D(2018, 1, 29), versions=G3, revised=True,
         opts={"sup": "fields", "drs": "dash", "ocr_mode": "pages", "dmg": 0.3}),
    dict(file="Bathurst Processing Centre - Director.txt", pos="atl-bathurst", kind="ocr-columns", lang="en", date=D(2007, 11, 19),
         opts={"job_code": False, "drs": "dash", "order": "std", "sup": "fields", "dmg": 0.3}),
    dict(file="Integrity Services Atlantic EX-01 scan.txt", pos="atl-integ", kind="ocr", lang="en", date=D(2014, 3, 31),
         opts={"ocr_mode": "lines", "dmg": 0.15, "drs": "colon"}),
    dict(file="Director, Program Delivery - Atlantic (2021).txt", pos="atl-prog", kind="markdown", lang="en", date=D(2021, 7, 5),
         opts={"drs": "colon", "sup": "fields"}),
    dict(file="Director Service Delivery PEI - Directrice ÎPÉ (signé).txt", pos="atl-pei", kind="ocr", lang="bilingual",
         date=D(2015, 5, 25), opts={"ocr_mode": "lines", "dmg": 0.3, "drs": "bracket", "bi_title": "lines"}),
    dict(file="Labour Program Operations Atlantic 2006.txt", pos="atl-labour", kind="text-cp1252", lang="en", date=D(2006, 8, 14),
         opts={"job_code": False, "drs": "prose", "layout": "next"}),
    # Quebec
    dict(file="Directeur, Centre de traitement des prestations Montréal 2011.txt", pos="qc-ctp-mtl", kind="ocr", lang="fr",
         date=D(2011, 4, 1), versions=G2, opts={"ocr_mode": "run", "dmg": 0.3, "drs": "dash", "sup": "fields", "money": "cents"}),
    dict(file="Directeur, Centre de traitement des prestations Montréal 2011 (1).docx", pos="qc-ctp-mtl", kind="docx", lang="fr",
         date=D(2011, 4, 1), versions=G2, same_as="Directeur, Centre de traitement des prestations Montréal 2011.txt",
         opts={"ocr_mode": "run", "dmg": 0.3, "drs": "dash", "sup": "fields", "money": "cents"}),
    dict(file="Directrice Services aux citoyens Montréal-Laurentides 2019.docx", pos="qc-sc-mtl", kind="docx", lang="fr",
         date=D(2019, 11, 18), versions=G8, revised=True, opts={"drs": "table", "sup": "fields", "order": "csr"}),
    dict(file="DG Services des programmes QC - signé.txt", pos="qc-dgps", kind="ocr", lang="fr", date=D(2010, 10, 12),
         opts={"date": False, "ocr_mode": "pages", "dmg": 0.5, "drs": "endash", "sup": "reports"}),
    dict(file="Directeur Opérations d'intégrité Québec 2008.txt", pos="qc-integ", kind="ocr", lang="fr", date=D(2008, 3, 17),
         versions=G6, opts={"job_code": False, "ocr_mode": "lines", "dmg": 0.5, "drs": "prose", "sup": "fields"}),
    dict(file="Directeur, Opérations d'intégrité - révisée 2020.docx", pos="qc-integ", kind="docx", lang="fr", date=D(2020, 6, 22),
         versions=G6, revised=True, opts={"drs": "table", "sup": "fields", "table4": True}),
    dict(file="Centre d'appels AE Shawinigan - description EX-01.pdf", pos="qc-call", kind="pdf", lang="fr", date=D(2016, 2, 1),
         opts={"drs": "dash", "sup": "sentence", "money": "M"}),
    dict(file="Estrie-Montérégie Director Service Delivery bilingual.docx", pos="qc-sherb", kind="docx", lang="bilingual",
         date=D(2017, 9, 5), opts={"drs": "table", "sup": "fields"}),
    dict(file="Programme du travail Québec 2013.txt", pos="qc-labour", kind="text-cp1252", lang="fr", date=D(2013, 12, 16),
         opts={"drs": "bracket", "layout": "tabs"}),
    dict(file="ED Pensions Processing QC (EX-02) - bilingue.txt", pos="qc-ed-pp", kind="ocr", lang="bilingual", date=D(2022, 8, 29),
         opts={"posno": "TBD", "ocr_mode": "run", "dmg": 0.15, "drs": "colon", "sup": "fields"}),
    dict(file="Outaouais - Directeur Prestation des services 2024.txt", pos="qc-gatineau", kind="markdown", lang="fr",
         date=D(2024, 4, 2), opts={"drs": "table", "sup": "fields"}),
    dict(file="Directrice Services aux citoyens Montréal-Laurentides 2012.txt", pos="qc-sc-mtl", kind="text", lang="fr",
         date=D(2012, 5, 14), versions=G8, opts={"drs": "dash", "sup": "fields", "layout": "inline"}),
    # Ontario
    dict(file="Director, Pension Processing, Ontario 2007.txt", pos="on-pension", kind="ocr", lang="en", date=D(2007, 1, 8),
         versions=G4, opts={"job_code": False, "ocr_mode": "run", "dmg": 0.5, "drs": "dash", "sup": "fields"}),
    dict(file="Director, Pension Processing, Ontario - updated 2014.docx", pos="on-pension", kind="docx", lang="en", date=D(2014, 9, 2),
         versions=G4, revised=True, opts={"drs": "colon", "sup": "fields"}),
    dict(file="GTA SCC Director WD 2010.txt", pos="on-gta", kind="markdown", lang="en", date=D(2010, 3, 1),
         opts={"drs": "colon", "sup": "fields", "money": "M"}),
    dict(file="Passport Services Ontario 2014.docx", pos="on-passport", kind="docx", lang="en", date=D(2014, 1, 20), versions=G7,
         opts={"drs": "table", "sup": "fields"}),
    dict(file="Passport Services Ontario 2014 - signed.txt", pos="on-passport", kind="ocr", lang="en", date=D(2014, 1, 20), versions=G7,
         same_as="Passport Services Ontario 2014.docx", opts={"drs": "table", "sup": "fields", "ocr_mode": "pages", "dmg": 0.3}),
    dict(file="DG Integrity Services Ontario.txt", pos="on-dgis", kind="ocr-columns", lang="en", date=D(2012, 6, 11),
         opts={"drs": "dash", "sup": "fields", "order": "std", "dmg": 0.3}),
    dict(file="Northern Ontario - Director Service Delivery (bilingual) 2019.pdf", pos="on-sudbury", kind="pdf", lang="bilingual",
         date=D(2019, 3, 18), opts={"drs": "endash", "sup": "fields"}),
    dict(file="Director SD Eastern Ontario 2023.docx", pos="on-east", kind="docx", lang="en", date=D(2023, 5, 15),
         opts={"drs": "colon", "sup": "sentence", "order": "csr"}),
    dict(file="Investigations and Control Ontario 2016 scan.txt", pos="on-integ", kind="ocr", lang="en", date=D(2016, 11, 7),
         opts={"ocr_mode": "lines", "dmg": 0.3, "drs": "endash", "sup": "reports"}),
    dict(file="Skills and Employment Programs ON 2021.txt", pos="on-prog", kind="text", lang="en", date=D(2021, 1, 25),
         opts={"drs": "dash", "layout": "dots"}),
    dict(file="ED Corporate and Executive Services ON 2025 DRAFT.docx", pos="on-ce", kind="docx", lang="en", date=D(2025, 2, 3),
         opts={"posno": "NEW", "drs": "table", "sup": "fields", "incumbent": False}),
    dict(file="Sudbury Specialized Call Centre Director.txt", pos="on-call", kind="ocr", lang="en", date=D(2009, 9, 14),
         opts={"date": False, "ocr_mode": "run", "dmg": 0.3, "drs": "bracket", "sup": "fields", "dims": False}),
    # Western Canada and Territories
    dict(file="ED Operations BC-Yukon 2012.txt", pos="wt-edops", kind="markdown", lang="en", date=D(2012, 10, 1), versions=G5,
         opts={"drs": "colon", "sup": "fields"}),
    dict(file="ED Operations BC-Yukon 2012 FINAL.docx", pos="wt-edops", kind="docx", lang="en", date=D(2012, 10, 1), versions=G5,
         same_as="ED Operations BC-Yukon 2012.txt", opts={"drs": "colon", "sup": "fields"}),
    dict(file="Business Expertise WT 2015.txt", pos="wt-bizexp", kind="ocr", lang="en", date=D(2015, 8, 10),
         opts={"ocr_mode": "pages", "dmg": 0.15, "drs": "prose", "sup": "fields"}),
    dict(file="Northern Service Delivery Whitehorse 2020.pdf", pos="wt-north", kind="pdf", lang="en", date=D(2020, 12, 14),
         opts={"drs": "colon", "sup": "fields", "layout": "inline"}),
    dict(file="Manitoba Director Service Delivery 2005.txt", pos="wt-mb", kind="ocr", lang="en", date=D(2005, 12, 12),
         opts={"job_code": False, "ocr_mode": "run", "dmg": 0.5, "drs": "dash", "sup": "reports"}),
    dict(file="Saskatchewan SD Director 2017.txt", pos="wt-sk", kind="text", lang="en", date=D(2017, 4, 24),
         opts={"drs": "table", "sup": "fields", "layout": "tabs"}),
    dict(file="Program Delivery AB-NWT-NU 2013.txt", pos="wt-prog", kind="ocr-columns", lang="en", date=D(2013, 6, 3),
         opts={"drs": "dash", "sup": "fields", "order": "std", "dmg": 0.3}),
    dict(file="Integrity Services BC 2019 scan.txt", pos="wt-integ", kind="ocr", lang="en", date=D(2019, 10, 28),
         opts={"ocr_mode": "lines", "dmg": 0.3, "drs": "bracket"}),
    dict(file="CPP Call Centre Victoria WD.txt", pos="wt-call", kind="text-cp1252", lang="en", date=D(2008, 7, 21),
         opts={"job_code": False, "drs": "endash", "sup": "fields", "layout": "next"}),
]


def render(spec: dict) -> tuple[bytes, dict]:
    doc = Doc(spec)
    kind = spec["kind"]
    path = CORPUS / spec["file"]
    if kind == "docx":
        write_docx(doc, path)
        data = None
    elif kind == "pdf":
        lines = text_lines(doc)
        footer = f"{doc.v['title_fr'] if doc.lang == 'fr' else doc.v['title_en']}"
        data = pdf_bytes(pdf_pages(lines, footer, doc.lang == "fr"))
    elif kind in ("ocr", "ocr-columns"):
        txt = ocr_text(doc, columns=kind == "ocr-columns")
        if doc.r.random() < 0.5:
            txt = add_noise_signature(txt, doc.r)
        data = txt.encode("utf-8")
    elif kind == "markdown":
        lines = text_lines(doc, markdown=True)
        txt = "\n".join(lines).rstrip() + "\n"
        if doc.r.random() < 0.5:
            txt = "--- Structured Job Description ---\n\n" + txt
        data = txt.encode("utf-8")
    elif kind == "text":
        data = ("\n".join(text_lines(doc)).rstrip() + "\n").encode("utf-8")
    elif kind == "text-cp1252":
        txt = "\r\n".join(text_lines(doc)).rstrip() + "\r\n"
        data = txt.replace("'", "\u2019").encode("cp1252")
    else:
        raise ValueError(kind)
    if data is not None:
        path.write_bytes(data)
    return doc.expected(kind)


# ------------------------------------------------------------------------------------------------
# Documents to refuse
# ------------------------------------------------------------------------------------------------

def refused(name: str, kind: str, lang: str, people: list[str]) -> dict:
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": [], "also": None, "people": people, "versions": None}


def refusals() -> list[dict]:
    out = []
    # 1. a bilingual memo about EX work descriptions (cp1252, CRLF)
    name = "Memo - EX work descriptions update - Note de service.txt"
    memo = """SERVICE CANADA - ATLANTIC REGION / RÉGION DE L'ATLANTIQUE
MEMORANDUM / NOTE DE SERVICE

TO / DESTINATAIRES: Regional Directors, Citizen Services / Directeurs régionaux, Services aux citoyens
FROM / EXPÉDITEUR: Suzanne Cormier, Manager, Executive Services / Gestionnaire, Services aux cadres
DATE: 2016-09-12
SUBJECT / OBJET: Update of EX work descriptions / Mise à jour des descriptions de travail EX

As part of the national review of executive work descriptions, each Director (EX-01) position in the
region must have an up-to-date work description in the standard EX format before November 30, 2016.
Please send the signed copy (Word version and scanned signed copy) to Executive Services, including
the position number, the job code, the effective date and the dimensions (salary, O&M, FTEs).

Positions concerned: Director, Service Delivery, New Brunswick (position 31207); Director, Service
Delivery, Nova Scotia; Director, Service Delivery, Prince Edward Island.

Dans le cadre de l'examen national des descriptions de travail des cadres, chaque poste de directeur
(EX-01) de la région doit avoir une description de travail à jour dans le format EX normalisé avant le
30 novembre 2016. Veuillez faire parvenir la copie signée aux Services aux cadres.

Questions: Suzanne Cormier, 506-555-0143

c.c. Daniel Chiasson, Director General, Citizen Services / Directeur général, Services aux citoyens
"""
    (CORPUS / name).write_bytes(memo.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252"))
    out.append(refused(name, "text-cp1252", "bilingual", ["Daniel Chiasson", "Suzanne Cormier"]))

    # 2. a French letter of offer for an acting EX-01 appointment (PDF)
    name = "Lettre d'offre - intérimaire EX-01 - signée.pdf"
    lettre = """Emploi et Développement social Canada
Région du Québec
200, boulevard René-Lévesque Ouest, Montréal (Québec)

Le 4 mars 2019

Madame Isabelle Caron
Montréal (Québec)

Objet : Offre de nomination intérimaire - Directrice, Centre d'appels de l'assurance-emploi (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Centre d'appels de
l'assurance-emploi, Shawinigan, classifié EX-01, du 11 mars 2019 au 6 septembre 2019.

Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres.
Pendant la période intérimaire, vous relèverez de la Directrice générale, Services de traitement et de
paiement, Région du Québec.

Veuillez signer la présente offre et la retourner aux Services aux cadres au plus tard le 8 mars 2019.

Martin Lapointe
Sous-ministre adjoint, Région du Québec

J'accepte l'offre ci-dessus :  Isabelle Caron        Date : 2019-03-06
"""
    (CORPUS / name).write_bytes(pdf_bytes([lettre]))
    out.append(refused(name, "pdf", "fr", ["Isabelle Caron", "Martin Lapointe"]))

    # 3. an organization chart, OCR'd (boxes read one after the other)
    name = "Org chart Citizen Services Ontario 2018.txt"
    chart = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
             "Citizen Services Branch - Ontario Region ORGANIZATION CHART As of April 1, 2O18 "
             "Director General, Citizen Services EX-O3 Kathleen Murphy | | | Director, Service Canada Centres, "
             "Greater Toronto Area EX-O1 Jason Pereira Director, Passport Services EX-Ol (vacant) Director, "
             "Service Delivery, Northern Ontario EX-01 Colin Fraser Director, Service Delivery, Eastern Ontario "
             "EX-O1 Anne-Marie LeBlanc Senior Advisor to the DG PM-O6 Executive Assistant AS-O2 | Managers, "
             "Service Canada Centres (I4) PM-O6 | Outreach (3) PM-OS | Total FTEs: I,2O6 "
             "Prepared by Corporate Planning, Ontario Region Page 1 of 1\n")
    (CORPUS / name).write_bytes(chart.encode("utf-8"))
    out.append(refused(name, "ocr", "en", ["Anne-Marie LeBlanc", "Colin Fraser", "Jason Pereira", "Kathleen Murphy"]))

    # 4. an executive performance agreement (Word)
    import docx
    name = "Performance Agreement 2019-2020 - Director SD NS.docx"
    d = docx.Document()
    d.add_heading("Executive Performance Agreement 2019-2020", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Executive", "Heather Kinsella"), ("Position", "Director, Service Delivery, Nova Scotia (EX-01)"),
                 ("Position Number", "31274"), ("Supervisor", "Daniel Chiasson, Director General, Citizen Services, Atlantic Region"),
                 ("Period", "April 1, 2019 to March 31, 2020")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Commitments", level=2)
    for x in ["Business results: meet the national service standard for in-person services (80 % of clients served within 20 minutes) in all Service Canada Centres of the province.",
              "Business results: implement the appointment booking pilot in Halifax and Dartmouth by September 30, 2019.",
              "Management results: reduce the backlog of performance evaluations to zero; complete the second-language training plan for two managers.",
              "Leadership competencies: mobilize people; uphold integrity and respect; collaborate with partners and stakeholders.",
              "Corporate priority: mental health and well-being in the workplace."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Year-end assessment", level=2)
    d.add_paragraph("Rating: Succeeded. Signed: Heather Kinsella (executive), Daniel Chiasson (supervisor), 2020-05-14.")
    cp = d.core_properties
    fixed = dt.datetime(2000, 1, 1)
    cp.author = cp.last_modified_by = "Service Canada"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    (CORPUS / name).write_bytes(rezip(buf.getvalue()))
    out.append(refused(name, "docx", "en", ["Daniel Chiasson", "Heather Kinsella"]))

    # 5. a scanned work description saved as PDF without a text layer
    name = "Description de travail - Directeur CTP Québec - numérisée.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["", "", ""]))
    out.append(refused(name, "pdf", "fr", []))

    # 6. a scan that gave only noise
    name = "scan0007.txt"
    r = rng_for("noise")
    noise = " ".join("".join(r.choice("!|;:~*.,'`iIlLoO0-_=[]()eEcC") for _ in range(r.randint(1, 9))) for _ in range(260))
    (CORPUS / name).write_bytes(("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + noise + "\n").encode("utf-8"))
    out.append(refused(name, "ocr", "en", []))
    return out


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    exps = [render(s) for s in SPECS] + refusals()
    for e in exps:
        (EXPECTED / f"{e['document']}.expected.yaml").write_text(
            yaml.safe_dump(e, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    print(f"{len(exps)} documents written to {CORPUS}")


if __name__ == "__main__":
    main()
