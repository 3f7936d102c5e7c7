#!/usr/bin/env python3
"""Write bench/import/blind40/corpus/ and expected/: the folder of an executive-services team, 2012-2024.

    /work/main/.venv/bin/python bench/import/blind40/make_blind.py

Deterministic: a fixed seed, fixed timestamps inside the .docx files, so the same bytes on every run.
Needs python-docx; PDFs are made by tests/import_files.pdf_bytes.
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
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

R = random.Random(40040)
OCR_WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# --- notations -------------------------------------------------------------------------------------

def mdec(v: int, sep: str = ".") -> str:
    s = f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def thousands(v: int, sep: str) -> str:
    return f"{v:,}".replace(",", sep)


def money(v: int, style: str) -> str:
    return {
        "usd": f"${v:,}",
        "usdM": f"${mdec(v)}M",
        "usdK": f"${v // 1000:,}K",
        "usdmillion": f"${mdec(v)} million",
        "usdcents": f"${v:,}.00",
        "fr": f"{thousands(v, ' ')} $",
        "frcents": f"{thousands(v, ' ')},00 $",
        "frM": f"{mdec(v, ',')} M$",
        "frmillions": f"{mdec(v, ',')} million $" if v < 2_000_000 else f"{mdec(v, ',')} millions $",
        "frK": f"{thousands(v // 1000, ' ')} k$",
    }[style]


def date_text(d: dt.date, style: str) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "ordinal": f"{MONTHS_EN[d.month - 1]} {d.day}{suffix}, {d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "abbr": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "ddmm": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "upper": f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}",
        "fr": f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
        "frle": f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
        "frdots": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def cls_text(c: str, style: str) -> str:
    group, level = c.rsplit("-", 1)
    return {"dash": c, "space": f"{group} {level}", "short": f"{group}-{int(level)}", "tight": f"{group}{level}",
            "spaced": f"{group} - {level}", "lower": c.capitalize() if group == "EX" else c}[style]


def fte_text(n: int, style: str) -> str:
    if n == 1:
        return {"staff": "staff of 1", "ETP": "1 ETP", "effectif": "effectif de 1", "employees": "1 employee",
                "employes": "1 employé"}.get(style, "1 FTE")
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "staff": f"staff of {n}", "ETP": f"{n} ETP",
            "effectif": f"effectif de {n}", "employees": f"{n} employees", "employes": f"{n} employés",
            "FTE's": f"{n} FTE's"}[style]


# --- OCR damage -----------------------------------------------------------------------------------

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("h", "b"), ("cl", "d"), ("o", "a"),
          ("t", "l"), ("i", "k"), ("u", "o"), ("ti", "b")]


def damage_digits(text: str, rng: random.Random, p: float) -> str:
    out = []
    for ch in text:
        if ch in DIGIT and rng.random() < p:
            out.append("l" if ch == "1" and rng.random() < 0.25 else DIGIT[ch])
        else:
            out.append(ch)
    return "".join(out)


def damage_letters(text: str, rng: random.Random, q: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < q:
            a, b = rng.choice(LETTER)
            if a in w:
                k = w.find(a)
                w = w[:k] + b + w[k + len(a):]
        out.append(w)
        if out and len(out) > 1 and rng.random() < q / 3:
            last = out.pop()
            out[-1] = out[-1] + last
    return " ".join(out)


# --- planning the documents -------------------------------------------------------------------------

def de(th: str) -> str:
    """French 'de' before a noun phrase: de les -> des, de le -> du."""
    if th.startswith("les "):
        return "des " + th[4:]
    if th.startswith("le "):
        return "du " + th[3:]
    return "de " + th


def pick(seq):
    return R.choice(seq)


def rand_date(y0: int, y1: int) -> dt.date:
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def person() -> str:
    return f"{pick(T.FIRST)} {pick(T.LAST)}"


def report_ftes(level: int, cls: str) -> int:
    if cls.startswith("EX"):
        return R.randint(18, 95)
    return R.randint(2, 38) if level == 1 else R.randint(4, 20)


def plan_position(i: int, spec) -> dict:
    dept, t_en, t_fr, level, s_en, s_fr, s_level, city, reports, th_en, th_fr = spec
    reps = [{"en": en, "fr": fr, "cls": c, "fte": report_ftes(level, c)} for en, fr, c in reports]
    if R.random() < 0.3:
        reps.append({"en": "Executive Assistant", "fr": "Adjoint exécutif", "cls": pick(["AS-02", "AS-01", "CR-05"]),
                     "fte": 1})
    fte = sum(r["fte"] for r in reps) + 1
    salary = round(fte * R.randint(82, 104) * 1000, -4)
    om = round(salary * R.uniform(0.04, 0.22), -3)
    prog = round(R.randint(5, 400) * 100_000, -5) if R.random() < 0.25 else None
    return {
        "i": i, "dept": dept, "t_en": t_en, "t_fr": t_fr, "cls": f"EX-0{level}", "level": level,
        "s_en": s_en, "s_fr": s_fr, "s_cls": f"EX-0{s_level}", "s_pos": str(R.randint(10000, 99999)) if R.random() < 0.5
        else str(R.randint(100000, 2999999)),
        "city": city, "reports": reps, "th_en": th_en, "th_fr": th_fr, "fte": fte,
        "salary": int(salary), "om": int(om), "prog": prog,
        "pos": str(R.choice([R.randint(10000, 99999), R.randint(100000, 999999), R.randint(1000, 9999)])),
        "job": str(R.randint(100000, 109999)) if R.random() < 0.45 else None,
        "date": rand_date(2012, 2024), "incumbent": person() if R.random() < 0.3 else None,
        "signer": person(), "prepared": person(),
    }


# (kind, language) for the 46 work descriptions; two positions have a second version
WD_KINDS = (["ocr"] * 24 + ["ocr-columns"] * 3 + ["markdown"] * 2 + ["text-cp1252"] + ["docx"] * 12 + ["pdf"] * 4)


def plan_documents() -> list[dict]:
    positions = [plan_position(i, s) for i, s in enumerate(T.POSITIONS)]
    kinds = WD_KINDS[:]
    # the two versioned positions: a draft .docx and the signed scan; a 2014 scan and a 2021 revision (.docx)
    v1, v2 = positions[8], positions[22]
    kinds.remove("docx"), kinds.remove("ocr"), kinds.remove("docx"), kinds.remove("ocr")
    R.shuffle(kinds)
    langs = ["fr"] * 11 + ["bilingual"] * 3 + ["en"] * (len(kinds) - 14)
    R.shuffle(langs)
    docs = []
    for p, kind, lang in zip([p for p in positions if p not in (v1, v2)], kinds, langs):
        docs.append({"p": p, "kind": kind, "lang": lang})
    docs = docs[:]
    # pair 1: same text, draft then signed scan
    d1 = {"p": v1, "kind": "docx", "lang": "en", "version": "draft"}
    d2 = {"p": v1, "kind": "ocr", "lang": "en", "version": "signed"}
    # pair 2 (French): 2014 scan, 2021 revision with new figures
    old = dict(v2, date=dt.date(2014, 6, 2), fte=v2["fte"], reports=[dict(r) for r in v2["reports"]])
    new = dict(v2, date=dt.date(2021, 9, 13), reports=[dict(r, fte=r["fte"] + R.randint(0, 6)) for r in v2["reports"]])
    new["fte"] = sum(r["fte"] for r in new["reports"]) + 1
    new["salary"] = int(round(new["fte"] * 101_000, -4))
    new["om"] = int(round(new["salary"] * 0.09, -3))
    d3 = {"p": old, "kind": "ocr", "lang": "fr", "version": "2014"}
    d4 = {"p": new, "kind": "docx", "lang": "fr", "version": "révisée 2021"}
    for d in (d1, d2, d3, d4):
        docs.insert(R.randint(0, len(docs)), d)
    return docs


# --- one document's content as lines ----------------------------------------------------------------

LABELS_EN = [
    dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", date="Effective Date",
         spos="Supervisor's Position No.", stitle="Supervisor's Position Title", scls="Supervisor's Classification",
         loc="Geographic Location", dept="Department", branch="Branch"),
    dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", date="EFFECTIVE DATE",
         spos="SUPERVISOR POSITION NUMBER", stitle="SUPERVISOR POSITION TITLE", scls="SUPERVISOR GROUP/LEVEL",
         loc="LOCATION", dept="DEPARTMENT", branch="SECTOR"),
    dict(title="Job Title", cls="Level", job="Generic Job No.", pos="Position No.", date="Date in Effect",
         spos="Immediate Supervisor Position No.", stitle="Immediate Supervisor Title",
         scls="Supervisor Group and Level", loc="Work Location", dept="Organization", branch="Branch"),
    dict(title="Position Title", cls="Group and Level", job="Job Number", pos="Position #", date="Effective",
         spos="Supervisor Position #", stitle="Supervisor Title", scls="Supervisor Group & Level",
         loc="City/Province", dept="Agency", branch="Directorate"),
]
LABELS_FR = [
    dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
         date="Date d'entrée en vigueur", spos="Numéro du poste du superviseur",
         stitle="Titre du poste du superviseur", scls="Classification du superviseur", loc="Lieu de travail",
         dept="Ministère", branch="Direction générale"),
    dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE D'EMPLOI", pos="NUMÉRO DE POSTE",
         date="DATE DE PRISE D'EFFET", spos="NUMÉRO DU POSTE DU SUPERVISEUR", stitle="TITRE DU SUPERVISEUR",
         scls="GROUPE ET NIVEAU DU SUPERVISEUR", loc="LIEU", dept="ORGANISME", branch="SECTEUR"),
    dict(title="Intitulé du poste", cls="Groupe/niveau", job="No de code d'emploi", pos="No du poste",
         date="En vigueur le", spos="No de poste du supérieur immédiat", stitle="Titre du supérieur immédiat",
         scls="Groupe et niveau du supérieur", loc="Emplacement géographique", dept="Ministère",
         branch="Secteur"),
]
SEC_EN = dict(ga=["General Accountability", "GENERAL ACCOUNTABILITY", "Purpose of the Position"],
              org=["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Context"],
              ns=["Nature and Scope", "NATURE & SCOPE", "Nature and Scope of the Position"],
              dims=["Dimensions", "DIMENSIONS", "Key Dimensions"],
              sa=["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Key Responsibilities"],
              csr=["Client Service Results", "CLIENT SERVICE RESULTS"], ka=["Key Activities", "KEY ACTIVITIES"],
              cert=["Certification", "CERTIFICATION", "Signatures"])
SEC_FR = dict(ga=["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Raison d'être du poste"],
              org=["Structure organisationnelle", "STRUCTURE ORGANISATIONNELLE", "Contexte organisationnel"],
              ns=["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée du poste"],
              dims=["Dimensions", "DIMENSIONS", "Données quantitatives"],
              sa=["Responsabilités spécifiques", "RESPONSABILITÉS PARTICULIÈRES", "Activités principales"],
              csr=["Résultats axés sur le service à la clientèle", "RÉSULTATS AXÉS SUR LE SERVICE À LA CLIENTÈLE"],
              ka=["Activités principales", "ACTIVITÉS PRINCIPALES"],
              cert=["Attestation", "CERTIFICATION", "Signatures"])


class Doc:
    """A document's choices, content lines and truth."""

    def __init__(self, spec: dict):
        self.spec, p = spec, spec["p"]
        self.p, self.kind, self.lang = p, spec["kind"], spec["lang"]
        fr = self.lang == "fr"
        self.rng = random.Random(R.random() if spec.get("version") not in ("draft", "signed") else 4040 + p["i"])
        r = self.rng
        self.labels = r.choice(LABELS_FR if fr else LABELS_EN)
        self.sec = SEC_FR if fr else SEC_EN
        self.headcase = r.choice([0, 1, 2])
        self.layout = r.choice(["oneline", "oneline", "nextline", "dots", "tabs"])
        self.cls_style = r.choice(["dash", "dash", "dash", "space", "short", "tight", "spaced", "lower"])
        self.date_style = r.choice(["fr", "fr", "frle", "iso", "frdots"] if fr else
                                   ["long", "ordinal", "iso", "dmy", "abbr", "slash", "upper", "long"])
        if self.date_style in ("ddmm",) and p["date"].day <= 12:
            self.date_style = "iso"
        self.money_style = r.choice(["fr", "frcents", "frM", "frmillions", "frK"] if fr else
                                    ["usd", "usd", "usdM", "usdK", "usdmillion", "usdcents"])
        self.fte_style = r.choice(["ETP", "effectif", "employes", "ETP"] if fr else
                                  ["FTEs", "FTE", "staff", "employees", "FTE's", "FTEs"])
        self.rep_style = r.choice(["paren", "prefix", "dash", "sentence", "bracket"])
        self.sup_mode = r.choice(["fields", "fields", "fields", "reportsto", "sentence"])
        self.template = "csr" if r.random() < 0.2 else "classic"
        self.dim_mode = r.choice(["three", "total", "total", "none"] if r.random() < 0.3 else ["three"])
        self.drop_cls = r.random() < 0.15
        self.drop_fte = r.random() < 0.12
        self.show_sup_pos = r.random() < 0.6 and self.sup_mode != "sentence"
        self.show_sup_cls = r.random() < 0.85
        self.show_date = r.random() < 0.88
        self.show_loc = r.random() < 0.85
        self.show_job = p["job"] is not None
        self.provisional = None
        if spec.get("provisional"):
            self.provisional = spec["provisional"]
        self.people = []
        x, y, z = r.random(), r.random(), r.random()
        v = spec.get("version")
        self.signed = v == "signed" or (v != "draft" and ((self.kind in ("ocr", "ocr-columns", "pdf") and x < 0.6)
                                                          or y < 0.3))
        self.incumbent = p["incumbent"]
        if self.incumbent:
            self.people.append(self.incumbent)
        if self.signed:
            self.people.append(p["signer"])
        self.prepared_by = p["prepared"] if self.kind == "docx" and z < 0.35 else None
        if self.prepared_by:
            self.people.append(self.prepared_by)
        if self.kind == "markdown":
            self.layout = "oneline"
        self._fields = self.make_header_fields()
        self._sections = {lang: self.make_sections(lang) for lang in ("en", "fr")}

    def header_fields(self):
        return self._fields

    def sections(self, lang):
        return self._sections[lang]

    # notations
    def c(self, cls: str) -> str:
        return cls_text(cls, self.cls_style)

    def m(self, v: int) -> str:
        return money(v, self.money_style)

    def f(self, n: int) -> str:
        return fte_text(n, self.fte_style)

    def d(self) -> str:
        return date_text(self.p["date"], self.date_style)

    def title(self, lang=None) -> str:
        return self.p["t_fr"] if (lang or self.lang) == "fr" else self.p["t_en"]

    def sup_title(self, lang=None) -> str:
        return self.p["s_fr"] if (lang or self.lang) == "fr" else self.p["s_en"]

    def dept(self, lang=None) -> str:
        en, fr = T.DEPTS[self.p["dept"]]
        return fr if (lang or self.lang) == "fr" else en

    def location(self, lang=None) -> str:
        ce, pe, cf, pf = T.CITIES[self.p["city"]]
        if (lang or self.lang) == "fr":
            return self.rng.choice([f"{cf} ({pf})", f"{cf}, {pf}"])
        return self.rng.choice([f"{ce}, {pe}", f"{ce}, {pe}", f"{ce} ({pe})"])

    def heading(self, key: str) -> str:
        h = self.sec[key][self.headcase % len(self.sec[key])]
        return h

    # header fields: list of (label, value)
    def make_header_fields(self) -> list[tuple[str, str]]:
        L, p = self.labels, self.p
        bil = self.lang == "bilingual"
        lf = LABELS_FR[0]
        lab = (lambda k: f"{L[k]} / {lf[k]}") if bil else (lambda k: L[k])
        out = [(lab("title"), self.title("en" if bil else None))]
        if bil:
            out.append((f"Titre du poste (français)", self.title("fr")))
        out.append((lab("cls"), self.c(p["cls"])))
        if self.show_job:
            out.append((lab("job"), p["job"]))
        out.append((lab("pos"), self.provisional or p["pos"]))
        if self.show_date:
            out.append((lab("date"), self.d()))
        if self.rng.random() < 0.5:
            out.append((lab("dept"), self.dept("en" if bil else None)))
        if self.sup_mode == "fields":
            if self.show_sup_pos:
                out.append((lab("spos"), p["s_pos"]))
            out.append((lab("stitle"), self.sup_title("en" if bil else None)))
            if self.show_sup_cls:
                out.append((lab("scls"), self.c(p["s_cls"])))
        elif self.sup_mode == "reportsto":
            word = "Relève de" if self.lang == "fr" else ("Reports to / Relève de" if bil else
                                                            self.rng.choice(["Reports to", "REPORTS TO"]))
            v = self.sup_title("en" if bil else None)
            if self.show_sup_cls:
                v += f" ({self.c(p['s_cls'])})"
            if self.show_sup_pos:
                v += (f", poste no {p['s_pos']}" if self.lang == "fr" else f", Position No. {p['s_pos']}")
            out.append((word, v))
        if self.show_loc:
            self.loc_text = self.location("en" if bil else None)
            out.append((lab("loc"), self.loc_text))
        if self.incumbent:
            out.append(("Titulaire" if self.lang == "fr" else "Incumbent", self.incumbent))
        return out

    def report_line(self, r: dict, lang: str) -> str:
        t = r["fr"] if lang == "fr" else r["en"]
        c = None if self.drop_cls else cls_text(r["cls"], "dash" if self.cls_style in ("lower", "tight") else
                                                 self.cls_style)
        n = None if self.drop_fte else fte_text(r["fte"], self.fte_style)
        st = self.rep_style
        if st == "prefix" and c:
            return f"{c} - {t}" + (f" ({n})" if n else "")
        if st == "dash":
            return " – ".join(x for x in (t, c, n) if x)
        if st == "bracket" and c:
            return f"{t} [{c}]" + (f" ({n})" if n else "")
        inner = ", ".join(x for x in (c, n) if x)
        return f"{t} ({inner})" if inner else t

    def org_lines(self, lang: str) -> list[str]:
        p, fr = self.p, lang == "fr"
        out = []
        title, sup = self.title(lang), self.sup_title(lang)
        if self.sup_mode == "sentence":
            bits = sup + (f" ({self.c(p['s_cls'])})" if self.show_sup_cls else "")
            fem = sup.startswith("Directrice") or "adjointe" in sup.split(",")[0]
            out.append(f"Le titulaire relève {'de la' if fem else 'du'} {bits}." if fr else
                       f"The {title} reports to the {bits}.")
        n = len(p["reports"])
        if self.rep_style == "sentence":
            lead = "Les postes suivants relèvent du titulaire : " if fr else f"The following positions report to the {title}: "
            out.append(lead + "; ".join(self.report_line(r, lang) for r in p["reports"]) + ".")
        else:
            out.append(f"Les {n} postes suivants relèvent directement du titulaire :" if fr else
                       f"Reporting to the {title} are the following {n} positions:")
            for r in p["reports"]:
                out.append("- " + self.report_line(r, lang))
        return out

    def dims_lines(self, lang: str) -> list[str]:
        p, fr = self.p, lang == "fr"
        out = []
        if self.dim_mode == "none":
            return out
        fte = p["fte"]
        out.append((f"ETP : {fte}" if self.fte_style == "ETP" else f"Effectif : {fte}") if fr else
                   self.rng.choice([f"FTEs: {fte}", f"Number of FTE's: {fte}", f"Human resources: {fte} FTEs"]))
        if self.dim_mode == "three":
            out.append(("Salaires : " if fr else "Salary: ") + self.m(p["salary"]))
            out.append(("F et E : " if fr else "O&M: ") + self.m(p["om"]))
            out.append(("Total : " if fr else "Total: ") + self.m(p["salary"] + p["om"]))
        else:
            out.append(("Budget total (salaires et F et E) : " if fr else "Combined Salary and O&M Budget: ")
                       + self.m(p["salary"] + p["om"]))
        if p["prog"]:
            out.append(("Subventions et contributions : " if fr else "Grants and Contributions: ") + self.m(p["prog"]))
        return out

    def prose(self, lang: str) -> dict[str, list[str]]:
        fr, r, p = lang == "fr", self.rng, self.p
        s = self.sup_title(lang)
        fem = s.startswith("Directrice") or "adjointe" in s.split(",")[0] or s.startswith("Dirigeante")
        fmt = dict(t=self.title(lang), s=s, d=self.dept(lang), th=p["th_fr" if fr else "th_en"],
                   de_s=("de la " if fem else "du ") + s, a_s=("à la " if fem else "au ") + s,
                   de_th=de(p["th_fr"]), de_d=("d'" if self.dept(lang)[0] in "AEIOUÉ" else "de ") + self.dept(lang))
        ga = r.choice(T.GA_FR if fr else T.GA_EN).format(**fmt)
        ns = [x.format(**fmt) for x in r.sample(T.NS_FR if fr else T.NS_EN, 3)]
        sa = [x.format(**fmt) for x in r.sample(T.SA_FR if fr else T.SA_EN, r.randint(5, 7))]
        csr = (T.CSR_FR if fr else T.CSR_EN).format(**fmt)
        return dict(ga=[ga], ns=ns, sa=sa, csr=[csr])

    def cert_lines(self, lang: str) -> list[str]:
        fr = lang == "fr"
        out = ["L'énoncé qui précède décrit avec exactitude les fonctions du poste." if fr else
               "The foregoing is an accurate and complete statement of the duties assigned to the position."]
        if self.signed:
            out += ["", self.p["signer"], self.sup_title(lang), ("Date : " if fr else "Date: ") +
                    date_text(self.p["date"] - dt.timedelta(days=self.rng.randint(3, 40)), "iso")]
        else:
            out += ["", "______________________", self.sup_title(lang), "Date"]
        return out

    def make_sections(self, lang: str) -> list[tuple[str, list[str]]]:
        """(section key, lines) in this document's order."""
        pr = self.prose(lang)
        if self.template == "csr":
            secs = [("csr", pr["csr"]), ("ka", pr["sa"]), ("org", self.org_lines(lang)), ("dims", self.dims_lines(lang)),
                    ("ns", pr["ns"])]
        else:
            secs = [("ga", pr["ga"]), ("org", self.org_lines(lang)), ("ns", pr["ns"]), ("dims", self.dims_lines(lang)),
                    ("sa", pr["sa"])]
            if self.rng.random() < 0.4:
                secs = [secs[0], secs[3], secs[1], secs[2], secs[4]]
        secs = [s for s in secs if s[1]]
        secs.append(("cert", self.cert_lines(lang)))
        return secs

    def doc_title(self) -> str:
        if self.lang == "fr":
            return self.rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail",
                                    "DESCRIPTION DE POSTE DU GROUPE EX"])
        if self.lang == "bilingual":
            return "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION"
        return self.rng.choice(["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "Work Description",
                                "EX WORK DESCRIPTION"])

    # truth
    def expected(self, name: str) -> dict:
        p = self.p
        fields = {
            "title": p["t_fr"] if self.lang == "fr" else p["t_en"],
            "classification": p["cls"],
            "job_code": p["job"] if self.show_job else None,
            "position_number": None if self.provisional else p["pos"],
            "effective_date": p["date"] if self.show_date else None,
            "supervisor": {"position_number": p["s_pos"] if self.show_sup_pos else None,
                           "title": p["s_fr"] if self.lang == "fr" else p["s_en"],
                           "classification": p["s_cls"] if self.show_sup_cls else None},
            "direct_reports": [{"title": r["fr"] if self.lang == "fr" else r["en"],
                                "classification": None if self.drop_cls else r["cls"],
                                "fte": None if self.drop_fte else r["fte"]} for r in p["reports"]],
            "salary": p["salary"] if self.dim_mode == "three" else None,
            "o_and_m": p["om"] if self.dim_mode == "three" else None,
            "total": p["salary"] + p["om"] if self.dim_mode in ("three", "total") else None,
            "location": self.loc_truth() if self.show_loc else None,
        }
        ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date")
              if fields[k] is None]
        for k in ("position_number", "title", "classification"):
            if fields["supervisor"][k] is None:
                ns.append(f"supervisor.{k}")
        ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
        also = {"fte": p["fte"] if self.dim_mode != "none" else None, "operating_budget": None,
                "program_budget": p["prog"] if self.dim_mode != "none" else None,
                "provisional_number": self.provisional, "department": self.dept("fr" if self.lang == "fr" else "en")}
        if self.lang == "bilingual":
            also["title_fr"] = p["t_fr"]
        return {"document": name, "kind": self.kind, "language": self.lang, "outcome": "import", "fields": fields,
                "not_stated": ns, "also": also, "people": list(dict.fromkeys(self.people)), "versions": None}

    def loc_truth(self) -> str:
        t = self.loc_text
        m = re.match(r"(.*) \((.*)\)$", t)
        return f"{m.group(1)}, {m.group(2)}" if m else t


# --- renderers --------------------------------------------------------------------------------------

def field_line(label: str, value: str, layout: str) -> list[str]:
    if layout == "nextline":
        return [label + ":" if not label.endswith(":") else label, "    " + value]
    if layout == "dots":
        return [label + " " + "." * max(3, 38 - len(label)) + " " + value]
    if layout == "tabs":
        return [label + ":\t\t" + value]
    return [f"{label}: {value}"]


def plain_lines(doc: Doc, numbered: bool = False) -> list[tuple[str, str]]:
    """The document as (line, role) pairs; role: h heading, f field, p prose, r report, x other."""
    out = [(doc.doc_title(), "h"), (doc.dept(), "x") if doc.lang != "bilingual" else
           (f"{doc.dept('en')} / {doc.dept('fr')}", "x"), ("", "x")]
    for label, value in doc.header_fields():
        lab = label.upper() if doc.headcase == 1 and doc.lang != "bilingual" else label
        out += [(x, "f") for x in field_line(lab, value, doc.layout)]
    langs = ["en", "fr"] if doc.lang == "bilingual" else [doc.lang]
    for lang in langs:
        if lang == "fr" and doc.lang == "bilingual":
            out += [("", "x"), ("VERSION FRANÇAISE", "h"), (f"Titre du poste : {doc.title('fr')}", "f")]
            sec = SEC_FR
        else:
            sec = doc.sec
        bullets = doc.rng.random() < 0.3
        for n, (key, lines) in enumerate(doc.sections(lang), 1):
            h = sec[key][doc.headcase % len(sec[key])]
            if numbered:
                h = f"{n}. {h}"
            out += [("", "x"), (h + (":" if doc.headcase == 1 else ""), "hl" if key in ("org", "dims") else "h")]
            for k, line in enumerate(lines):
                role = "r" if key == "org" else ("d" if key == "dims" else "p")
                if key in ("sa", "ka"):
                    line = f"• {line}" if bullets else f"{k + 1}. {line}"
                out.append((line, role))
    return out


def wrap(text: str, width: int, rng: random.Random, hyphen: bool) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if hyphen and len(w) > 7 and "-" not in w and w.isalpha() and rng.random() < 0.35:
                vowels = "aeiouyéèàâêîôûAEIOU"
                cuts = [j for j in range(3, len(w) - 3) if w[j - 1] in vowels and w[j] not in vowels]
                k = min(cuts, key=lambda j: abs(j - len(w) // 2)) if cuts else len(w) // 2
                lines.append(cur + " " + w[:k] + "-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_ocr(doc: Doc, columns: bool = False) -> str:
    r = doc.rng
    strength = r.choice([0.25, 0.5, 0.5, 0.8])
    q = {0.25: 0.02, 0.5: 0.05, 0.8: 0.08}[strength]
    lines = plain_lines(doc, numbered=r.random() < 0.3)
    dmg = []
    for text, role in lines:
        if role == "p":
            text = damage_letters(text, r, q)
        elif role in ("r", "f", "d", "h", "hl") and strength == 0.8:
            text = damage_letters(text, r, q / 4)
        dmg.append((damage_digits(text, r, strength), role))
    footer = r.choice([f"{doc.dept()} - {doc.title('en' if doc.lang == 'bilingual' else None)}",
                       "PROTECTED B / PROTÉGÉ B" if doc.lang != "en" else "PROTECTED B when completed",
                       f"OG. {doc.title('en' if doc.lang == 'bilingual' else None).split(', ')[-1]}"])
    if columns:
        first = next(k for k, (t, role) in enumerate(dmg) if role in ("h", "hl") and k > 0)
        head = [t for t, _ in dmg[:first] if t]
        left, right = [], []
        for t, role in dmg[first:]:
            if role in ("r", "d", "hl"):
                left += wrap(t, 46, r, False) if t else []
            elif role == "p":
                right += wrap(t, 52, r, True)
            elif t:
                right.append(t)
        body = [f"{(left[k] if k < len(left) else ''):<48}{' | ' if r.random() < 0.3 else '  '}"
                f"{right[k] if k < len(right) else ''}".rstrip() for k in range(max(len(left), len(right)))]
        return OCR_WRAPPER + "\n".join(head + body) + "\n"
    mode = r.choice(["run", "run", "pages", "lines"])
    if mode == "lines":
        out, n, page = [], 0, 1
        for t, role in dmg:
            for x in (wrap(t, 78, r, True) if role == "p" else [t]):
                out.append(x)
                n += 1
                if n % 48 == 0:
                    page += 1
                    out += ["", f"{footer}    Page {page - 1}", "\f" if r.random() < 0.5 else "",
                            f"{doc.dept()}{' ' * 20}{page}"]
        return ("" if r.random() < 0.25 else OCR_WRAPPER) + "\n".join(out) + "\n"
    text = " ".join(t for t, _ in dmg if t)
    if mode == "run":
        return OCR_WRAPPER + text
    # a page to a line: footer then the next page's number
    words, pages, k = text.split(" "), [], 0
    while k < len(words):
        n = r.randint(330, 520)
        pages.append(" ".join(words[k:k + n]))
        k += n
    out = pages[0]
    for i, pg in enumerate(pages[1:], 2):
        out += f" {footer}\n{r.choice([str(i), str(i), 'a' + str(i), str(i) + ' |'])} {pg}"
    return OCR_WRAPPER + out + f" {footer}"


def render_text(doc: Doc, kind: str) -> bytes:
    lines = [t for t, _ in plain_lines(doc)]
    if kind == "markdown":
        md = ["# " + ("Description de travail" if doc.lang == "fr" else "Job Description"), ""]
        in_head = True
        for t, role in plain_lines(doc)[3:]:
            if role == "f" and in_head and ":" in t and not t.startswith("    "):
                lab, _, val = t.partition(":")
                md.append(f"*   **{lab.strip()}:** {val.strip()}")
            elif role == "f" and t.startswith("    "):
                md[-1] += " " + t.strip()
            elif role in ("h", "hl"):
                in_head = False
                md.append("## " + t.rstrip(":").title() if t.isupper() else "## " + t.rstrip(":"))
            elif role == "r" and t.startswith("- "):
                md.append("*   " + t[2:])
            else:
                md.append(t)
        return ("\n".join(md) + "\n").encode("utf-8")
    text = "\r\n".join(lines).replace("'", "’") + "\r\n"
    return text.encode("cp1252")


def render_pdf(doc: Doc) -> bytes:
    r = doc.rng
    lines = []
    for t, role in plain_lines(doc, numbered=r.random() < 0.5):
        lines += wrap(t.replace("\t", "    "), 100, r, False) if role in ("p", "r") else [t.replace("\t", "    ")]
    pages, per = [], 62
    chunks = [lines[k:k + per] for k in range(0, len(lines), per)]
    for n, chunk in enumerate(chunks, 1):
        foot = f"{doc.dept('en' if doc.lang != 'fr' else 'fr')} - {doc.title('en' if doc.lang != 'fr' else 'fr')}"
        pages.append("\n".join(chunk + ["", f"{foot}    Page {n} / {len(chunks)}" if doc.lang == "fr" else
                                        f"{foot}    Page {n} of {len(chunks)}"]))
    return pdf_bytes(pages)


def fixed_docx(d) -> bytes:
    """Save a python-docx document with fixed zip timestamps and core properties."""
    cp = d.core_properties
    cp.created = cp.modified = dt.datetime(2019, 5, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2019, 5, 1, 9, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(doc: Doc) -> bytes:
    import docx
    from docx.shared import Pt
    r = doc.rng
    d = docx.Document()
    d.core_properties.author = doc.prepared_by or r.choice(["ExecServices", "HRB-EX", "classification"])
    d.core_properties.title = ""
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = r.choice(["PROTECTED B when completed", "Non classifié / Unclassified",
                                              f"{doc.dept('en' if doc.lang != 'fr' else 'fr')}"])
    h = d.add_paragraph()
    run = h.add_run(doc.doc_title())
    run.bold, run.font.size = True, Pt(14)
    if r.random() < 0.6:
        d.add_paragraph(doc.dept() if doc.lang != "bilingual" else f"{doc.dept('en')} / {doc.dept('fr')}")
    fields = doc.header_fields()
    four = r.random() < 0.3
    if four:
        rows = (len(fields) + 1) // 2
        t = d.add_table(rows=rows, cols=4)
        for k, (lab, val) in enumerate(fields):
            row, col = k // 2, (k % 2) * 2
            t.cell(row, col).text, t.cell(row, col + 1).text = lab, val
    else:
        t = d.add_table(rows=len(fields), cols=2)
        for k, (lab, val) in enumerate(fields):
            t.cell(k, 0).text, t.cell(k, 1).text = lab + (":" if r.random() < 0.3 else ""), val
    t.style = "Table Grid"
    rep_table = r.random() < 0.55
    dim_table = r.random() < 0.5
    langs = ["en", "fr"] if doc.lang == "bilingual" else [doc.lang]
    for lang in langs:
        secs_l = SEC_FR if lang == "fr" else SEC_EN
        if lang == "fr" and doc.lang == "bilingual":
            d.add_page_break()
            d.add_heading("VERSION FRANÇAISE", level=1)
            d.add_paragraph(f"Titre du poste : {doc.title('fr')}")
        for key, lines in doc.sections(lang):
            d.add_heading(secs_l[key][doc.headcase % len(secs_l[key])], level=2)
            if key == "org" and rep_table:
                intro = [x for x in lines if not x.startswith("- ")]
                if doc.rep_style == "sentence":
                    intro = intro[:-1] + ["Postes relevant directement du titulaire :" if lang == "fr" else
                                          "Positions reporting directly to the incumbent:"]
                for x in intro:
                    d.add_paragraph(x)
                fr = lang == "fr"
                tb = d.add_table(rows=1 + len(doc.p["reports"]), cols=3)
                tb.style = "Table Grid"
                hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else \
                    r.choice([["Position Title", "Classification", "FTEs"], ["Title", "Group/Level", "Staff"]])
                for k, x in enumerate(hdr):
                    tb.cell(0, k).text = x
                for k, rep in enumerate(doc.p["reports"], 1):
                    tb.cell(k, 0).text = rep["fr"] if fr else rep["en"]
                    tb.cell(k, 1).text = "" if doc.drop_cls else rep["cls"]
                    tb.cell(k, 2).text = "" if doc.drop_fte else str(rep["fte"])
                continue
            if key == "dims" and dim_table:
                tb = d.add_table(rows=len(lines), cols=2)
                tb.style = "Table Grid"
                for k, x in enumerate(lines):
                    lab, _, val = x.partition(":")
                    tb.cell(k, 0).text, tb.cell(k, 1).text = lab.strip(), val.strip()
                continue
            for k, x in enumerate(lines):
                if x.startswith("- "):
                    d.add_paragraph(x[2:], style="List Bullet")
                elif key in ("sa", "ka"):
                    d.add_paragraph(x, style="List Number")
                else:
                    d.add_paragraph(x)
    if doc.prepared_by:
        d.add_paragraph(("Préparé par : " if doc.lang == "fr" else "Prepared by: ") + doc.prepared_by)
    return fixed_docx(d)


# --- documents to refuse ---------------------------------------------------------------------------

def refused() -> list[tuple[str, str, str, bytes, dict]]:
    """(name, kind, language, bytes, also) for the five documents to refuse, with their people."""
    import docx
    out = []
    # 1. a memo about the EX work descriptions, as Word
    a, b, c = person(), person(), person()
    d = docx.Document()
    d.add_paragraph("MEMORANDUM").runs[0].bold = True
    t = d.add_table(rows=4, cols=2)
    for k, (x, y) in enumerate([("TO:", "Directors General, Intelligence and Enforcement Branch"),
                                ("FROM:", f"{a}, Director, Executive Group Services"),
                                ("DATE:", "March 14, 2017"),
                                ("SUBJECT:", "EX work descriptions to update before the 2017-18 classification review")]):
        t.cell(k, 0).text, t.cell(k, 1).text = x, y
    d.add_paragraph("As announced at the Human Resources Committee, the executive work descriptions of the branch "
                    "must be updated before the review by the Classification Review Committee in June. The positions "
                    "below have descriptions older than five years:")
    tb = d.add_table(rows=4, cols=3)
    tb.style = "Table Grid"
    for k, row in enumerate([("Position Number", "Title", "Group/Level"),
                             ("40213", "Director, Criminal Investigations", "EX-01"),
                             ("40277", "Director, Intelligence Operations", "EX-01"),
                             ("40190", "Director General, Enforcement and Intelligence Programs", "EX-03")]):
        for j, x in enumerate(row):
            tb.cell(k, j).text = x
    d.add_paragraph("Please send the draft descriptions, with the organization chart and the dimensions (FTEs, "
                    "salary and O&M), to the EX Services mailbox by April 28, 2017. For questions, contact "
                    f"{b} at 613-555-0142.")
    d.add_paragraph(f"c.c.: {c}, Vice-President, Human Resources Branch")
    out.append(("Memo - EX WDs to update 2017.docx", "docx", "en", fixed_docx(d), {"what": "memo"}, [a, b, c]))
    # 2. a French letter of offer of an acting EX appointment
    a, b = person(), person()
    d = docx.Document()
    d.add_paragraph("Services publics et Approvisionnement Canada")
    d.add_paragraph("Le 9 janvier 2023")
    d.add_paragraph(f"{a}\nGatineau (Québec)")
    d.add_paragraph("Objet : Offre de nomination intérimaire").runs[0].bold = True
    d.add_paragraph(f"Madame, Monsieur, j'ai le plaisir de vous offrir une nomination intérimaire au poste de "
                    "Directeur, Opérations de la paye (EX-01), numéro de poste 48815, à Miramichi "
                    "(Nouveau-Brunswick), du 16 janvier 2023 au 14 juillet 2023.")
    d.add_paragraph("Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des "
                    "cadres supérieurs, dans l'échelle salariale de 122 600 $ à 144 200 $. Vous relèverez du "
                    "Directeur général, Opérations du Centre des services de paye.")
    d.add_paragraph("Veuillez signer les deux copies de la présente lettre et en retourner une au plus tard le "
                    "13 janvier 2023.")
    d.add_paragraph(f"{b}\nDirectrice générale, Opérations du Centre des services de paye")
    d.add_paragraph("J'accepte l'offre de nomination intérimaire décrite ci-dessus.   Signature : ________  Date : ____")
    out.append(("Lettre d'offre - intérim EX-01 (signée).docx", "docx", "fr", fixed_docx(d),
                {"what": "letter of offer"}, [a, b]))
    # 3. an organization chart OCR'd from a scan, bilingual
    a, b, c, e = person(), person(), person(), person()
    chart = (f"Parks Canada / Parcs Canada ORGANIZATION CHART / ORGANIGRAMME Field Unit Superintendent, Banff / "
             f"Directeur d'unité de gestion, Banff EX-O1 {a} | | | Manager, Resource Conservation EG-O7 {b} | "
             f"Manager, Visitor Experience PM-OS {c} | Manager, Asset Management EN-ENG-OS (vacant) | Manager, Law "
             f"Enforcement GT-O7 {e} | Admin. Assistant AS-OI Approved / Approuvé: 2O22-O4-OI Rev. 3 Page I of I")
    out.append(("Organigramme Banff FU 2022 (scan).txt", "ocr", "bilingual", (OCR_WRAPPER + chart).encode("utf-8"),
                {"what": "organization chart"}, [a, b, c, e]))
    # 4. a scan that gave only noise
    rr = random.Random(4004)
    junk = "".join(rr.choice("il1|!.,:;'`-_~ rn@#IOo0   ") for _ in range(900))
    junk = re.sub(" +", " ", junk)
    out.append(("SCAN_20160923_0931.txt", "ocr", "en", (OCR_WRAPPER + junk + "\n").encode("utf-8"),
                {"what": "unreadable scan"}, []))
    # 5. a PDF without a text layer
    out.append(("Director WD signed - scanned.pdf", "pdf", "en", pdf_bytes(["", ""]),
                {"what": "PDF without a text layer"}, []))
    return out


# --- file names ------------------------------------------------------------------------------------

def file_name(doc: Doc, used: set) -> str:
    r, p = doc.rng, doc.p
    ext = {"ocr": ".txt", "ocr-columns": ".txt", "markdown": ".md", "text-cp1252": ".txt", "docx": ".docx",
           "pdf": ".pdf"}[doc.kind]
    t = doc.title()
    short = re.sub(r"[^\w\s,'-]", "", t)
    year = p["date"].year
    v = doc.spec.get("version")
    if v == "draft":
        base = f"{short} - DRAFT v3"
    elif v == "signed":
        base = f"{short} - signed"
    elif v == "2014":
        base = f"{short} ({year})"
    elif v:
        base = f"{short} - {v}"
    else:
        base = r.choice([f"{short}", f"{short} {year}", f"{short} - {p['cls']}", f"WD {p['pos']} {short}",
                         f"{short} FINAL", f"{short} (1)", f"{p['dept']} - {short}", f"{short}_{year}",
                         f"EX WD - {short}", (f"{short} - signée" if doc.lang == "fr" else f"{short} - signed") if doc.signed
                         else (f"{short} - version finale" if doc.lang == "fr" else f"{short} - clean copy"),
                         f"SCAN {short}" if doc.kind.startswith("ocr") else f"{short} (2)"])
    name = base + ext
    while name in used:
        name = base + " (2)" + ext
        base += " (2)"
    used.add(name)
    return name


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    specs = plan_documents()
    # two positions whose number is not yet assigned
    for s, prov in zip([s for s in specs if not s.get("version")][5:7], ["NEW", "TBD"]):
        s["provisional"] = prov
    used: set = set()
    truths = []
    for spec in specs:
        doc = Doc(spec)
        if doc.kind == "ocr":
            data = render_ocr(doc).encode("utf-8")
        elif doc.kind == "ocr-columns":
            data = render_ocr(doc, columns=True).encode("utf-8")
        elif doc.kind in ("markdown", "text-cp1252"):
            data = render_text(doc, doc.kind)
        elif doc.kind == "pdf":
            data = render_pdf(doc)
        else:
            data = render_docx(doc)
        name = file_name(doc, used)
        (corpus / name).write_bytes(data)
        truths.append((name, doc, doc.expected(name)))
    # versions
    groups: dict = {}
    for name, doc, exp in truths:
        if doc.spec.get("version"):
            groups.setdefault(doc.p["i"], []).append((name, doc))
    for members in groups.values():
        names = [n for n, _ in members]
        newest = max(members, key=lambda m: (m[1].p["date"], m[1].spec["version"] == "signed"))[0]
        same = len({m[1].p["date"] for m in members}) == 1
        for name, doc, exp in truths:
            if name in names:
                exp["versions"] = {"documents": names, "newest": newest,
                                   "note": "the same description, a draft and its signed copy" if same
                                   else "two versions of one position: an old scan and a revision"}
    for name, kind, lang, data, also, people in refused():
        (corpus / name).write_bytes(data)
        truths.append((name, None, {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                    "fields": None, "not_stated": [], "also": also, "people": people,
                                    "versions": None}))
    for name, _, exp in truths:
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"{len(truths)} documents written to {corpus}")


if __name__ == "__main__":
    main()
