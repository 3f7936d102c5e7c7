#!/usr/bin/env python3
"""Render the blind19 corpus and its ground truth (same bytes on every run).

    /work/main/.venv/bin/python bench/import/blind19/make_blind.py

Writes corpus/<file> and expected/<file>.expected.yaml from positions19.py (values) and
prose19.py (text). Needs python-docx and PyYAML; the PDF writer is tests/import_files.py's."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import positions19  # noqa: E402
import prose19 as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

NBSP, NNBSP = "\u00a0", "\u202f"

# --- label wordings, one set per form (each organization had its own) -------------------------------
EN_HEADS = ["General Accountability", "Organization Structure", "Nature and Scope", "Dimensions",
            "Specific Accountabilities"]
FR_HEADS = ["Responsabilités générales", "Structure organisationnelle", "Nature et étendue", "Dimensions",
            "Responsabilités spécifiques"]
FORMS = {
    "tribunal": dict(title="Position Title", cls="Group and Level", pos="Position No.", job="Job Code",
                     date="Effective Date", sup_title="Reports to (Position Title)", sup_pos="Reports to (Position No.)",
                     sup_cls="Reports to (Group and Level)", loc="Work Location", inc="Incumbent",
                     fte="FTEs", sal="Salary", om="O&M", tot="Total", heads=EN_HEADS, hnum="1.", caps=True, colon=False),
    "commission": dict(title="Job Title", cls="Classification", pos="Position Number", job="Job Number",
                       date="Effective", sup_title="Supervisor", sup_pos="Supervisor's Position No.",
                       sup_cls="Supervisor's Classification", loc="Location", inc="Incumbent",
                       fte="Full-time equivalents", sal="Salary budget", om="Non-salary (O&M) budget",
                       tot="Total budget", heads=["Purpose", "Organization", "Nature and Scope", "Dimensions",
                                                  "Key Accountabilities"], hnum="", caps=False, colon=True),
    "board": dict(title="Title of Position", cls="Level", pos="Position #", job="Generic Job Code",
                  date="Date Effective", sup_title="Immediate Supervisor (Title)", sup_pos="Immediate Supervisor (Position #)",
                  sup_cls="Immediate Supervisor (Level)", loc="City / Province", inc="Name of Incumbent",
                  fte="Staff", sal="Salaries", om="Operating (O&M)", tot="Total Budget",
                  heads=["Summary", "Organization", "Nature and Scope", "Financial and Human Resources",
                         "Main Activities"], hnum="A.", caps=True, colon=True),
    "agency": dict(title="Position title", cls="Classification level", pos="Position number", job="Job code",
                   date="Effective date", sup_title="Position reporting to", sup_pos="Supervisor position number",
                   sup_cls="Supervisor classification", loc="Location", inc="Incumbent",
                   fte="FTEs", sal="Salary", om="Operations and maintenance", tot="Total",
                   heads=EN_HEADS, hnum="", caps=False, colon=False),
    "tribunal2": dict(title="TITLE", cls="GROUP/LEVEL", pos="POSITION NO", job="JOB NO", date="DATE",
                      sup_title="SUPERIOR'S TITLE", sup_pos="SUPERIOR'S POSITION NO", sup_cls="SUPERIOR'S GROUP/LEVEL",
                      one="Reports to", loc="LOCATION", inc="INCUMBENT",
                      fte="Employees", sal="Salary dollars", om="Other operating dollars", tot="Total dollars",
                      heads=["Overall Responsibility", "Reporting Relationships", "Context and Challenges",
                             "Scope", "Duties"], hnum="I.", caps=False, colon=True),
    "crtc": dict(title="Position Title", cls="Classification", pos="Position Number", job="Generic Job Number",
                 date="Effective Date", sup_title="Supervisor's Title", sup_pos="Supervisor's Position Number",
                 sup_cls="Supervisor's Classification", loc="Work Location", inc="Incumbent",
                 fte="FTEs", sal="Salary", om="O&M", tot="Total", heads=EN_HEADS, hnum="", caps=True, colon=True),
    "dept": dict(title="Position title", cls="Group and level", pos="Position number", job="Job code",
                 date="Effective date", sup_title="Title of supervisor", sup_pos="Position number of supervisor",
                 sup_cls="Group and level of supervisor", loc="Location", inc="Incumbent",
                 fte="Full-time equivalents (FTEs)", sal="Salary", om="O&M", tot="Total",
                 heads=EN_HEADS, hnum="1.", caps=False, colon=False),
    "old_en": dict(title="TITLE", cls="GROUP AND LEVEL", pos="POSITION NUMBER", job="JOB NUMBER", date="DATE",
                   superior="IMMEDIATE SUPERIOR", loc="LOCATION", inc="INCUMBENT",
                   fte="Person-years", sal="Salary dollars", om="O&M dollars", tot="Total",
                   heads=["General Accountability", "Organization", "Nature and Scope", "Dimensions",
                          "Principal Activities"], hnum="A.", caps=True, colon=True),
    "old_en2": dict(title="Position Title", cls="Group & Level", pos="Position Number", job="Job No.",
                    date="Date Effective", sup_title="Supervisor's Title", sup_pos="Supervisor's Position Number",
                    sup_cls="Supervisor's Group & Level", one="Reports to", loc="Location", inc="Incumbent",
                    fte="PY", sal="Salary $", om="O&M $", tot="Total $",
                    heads=EN_HEADS, hnum="1.0", caps=True, colon=False),
    "csr": dict(title="Position title", cls="Classification", pos="Position number", job="Job code",
                date="Effective date", sup_title="Reports to", sup_pos="Supervisor's position number",
                sup_cls="Supervisor's classification", loc="Location", inc="Incumbent",
                fte="FTEs", sal="Salary", om="O&M", tot="Total", csr=True,
                heads=["Client Service Results", "Key Activities", "Responsibility", "Dimensions",
                       "Working Conditions"], hnum="", caps=False, colon=False),
    "csr_fr": dict(title="Titre du poste", cls="Classification", pos="Numéro du poste", job="Code d'emploi",
                   date="Date d'entrée en vigueur", sup_title="Relève de", sup_pos="Numéro du poste du superviseur",
                   sup_cls="Classification du superviseur", loc="Lieu", inc="Titulaire",
                   fte="ETP", sal="Salaires", om="F et E", tot="Total", csr=True,
                   heads=["Résultats axés sur le service à la clientèle", "Activités principales", "Responsabilités",
                          "Dimensions", "Conditions de travail"], hnum="", caps=False, colon=False),
    "fr_a": dict(title="Titre du poste", cls="Groupe et niveau", pos="Numéro du poste", job="Code d'emploi",
                 date="Date d'entrée en vigueur", sup_title="Titre du poste du supérieur", sup_pos="Numéro du poste du supérieur",
                 sup_cls="Groupe et niveau du supérieur", loc="Lieu de travail", inc="Titulaire",
                 fte="ETP", sal="Salaires", om="F et E", tot="Total", heads=FR_HEADS, hnum="", caps=True, colon=False),
    "fr_b": dict(title="Titre", cls="Niveau", pos="No de poste", job="Code", date="En vigueur le",
                 one="Supérieur immédiat", sup_title="Supérieur immédiat", sup_pos="No de poste du supérieur",
                 sup_cls="Niveau du supérieur", loc="Lieu", inc="Titulaire",
                 fte="Effectif", sal="Budget salarial", om="Budget de fonctionnement", tot="Budget total",
                 heads=["Raison d'être", "Organisation", "Contexte", "Dimensions", "Activités"],
                 hnum="1.", caps=False, colon=True),
    "fr_c": dict(title="Intitulé du poste", cls="Classification", pos="Poste no", job="Code de l'emploi",
                 date="Date de prise d'effet", sup_title="Poste relevant de", one="Poste relevant de",
                 sup_pos="No du poste relevant de", sup_cls="Classification", loc="Lieu", inc="Titulaire",
                 fte="ETP", sal="Salaires", om="Fonctionnement et entretien", tot="Total",
                 heads=["Responsabilité générale", "Structure", "Nature et portée", "Dimensions", "Activités principales"],
                 hnum="A.", caps=True, colon=True),
    "old_fr": dict(title="TITRE", cls="GROUPE ET NIVEAU", pos="NUMÉRO DE POSTE", job="NUMÉRO D'EMPLOI", date="DATE",
                   superior="SUPÉRIEUR IMMÉDIAT", loc="LIEU", inc="TITULAIRE",
                   fte="Années-personnes", sal="Dollars salariaux", om="Dollars de F et E", tot="Total",
                   heads=["Responsabilités générales", "Organisation", "Nature et étendue", "Dimensions",
                          "Activités principales"], hnum="A.", caps=True, colon=True),
    "bil": dict(title="Position Title / Titre du poste", cls="Classification", pos="Position Number / Numéro du poste",
                job="Job Code / Code d'emploi", date="Effective Date / Date d'entrée en vigueur",
                sup_title="Supervisor's Title / Titre du superviseur",
                sup_pos="Supervisor's Position No. / No de poste du superviseur",
                sup_cls="Supervisor's Classification / Classification du superviseur",
                loc="Location / Lieu", inc="Incumbent / Titulaire",
                fte="FTEs / ETP", sal="Salary / Salaires", om="O&M / F et E", tot="Total",
                heads=[f"{e} / {f}" for e, f in zip(EN_HEADS, FR_HEADS)], hnum="", caps=False, colon=False),
    "dnd": dict(title="Position Title", cls="Group/Level", pos="Position Number", job="Job Code", date="Effective Date",
                sup_title="Supervisor Position Title", sup_pos="Supervisor Position Number",
                sup_cls="Supervisor Group/Level", loc="Location", inc="Incumbent",
                fte="FTE", sal="Salary", om="O&M", tot="Total", heads=EN_HEADS, hnum="", caps=True, colon=False),
}

# --- value notations ---------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def fmt_date(d: dt.date | None, how: str) -> str:
    if d is None:
        return ""
    day = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}.get(d.day, f"{d.day}th")
    return {"long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "long_th": f"{MONTHS[d.month - 1]} {day}, {d.year}",
            "dmy": f"{d.day} {MONTHS[d.month - 1]} {d.year}", "iso": d.isoformat(),
            "slash_ymd": d.strftime("%Y/%m/%d"), "dash_mon": f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
            "abbr": f"{ABBR[d.month - 1]} {d.day}, {d.year}", "dot": d.strftime("%Y.%m.%d"),
            "fr": f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
            "fr_le": f"le {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
            "fr_num": d.isoformat()}[how]


def fmt_cls(cls: str | None, how: str) -> str:
    if not cls:
        return ""
    group, level = cls.rsplit("-", 1)
    if group != "EX":
        return cls
    n = int(level)
    return {"EX-01": f"EX-{n:02d}", "EX 01": f"EX {n:02d}", "EX 02": f"EX {n:02d}", "EX-1": f"EX-{n}",
            "EX-2": f"EX-{n}", "EX-3": f"EX-{n}", "EX-4": f"EX-{n}", "EX02": f"EX{n:02d}", "(EX-01)": f"(EX-{n:02d})",
            "EX-O2": f"EX-{n:02d}"}.get(how, cls) if how not in ("EX-02", "EX-03", "EX-04", "EX-05") else cls


def _trim(x: float, dec: str = ".") -> str:
    text = f"{x:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", dec)


def fmt_amt(v: int, how: str) -> str:
    if how == "usd":
        return f"${v:,}"
    if how == "usd_dec":
        return f"$ {v:,}.00"
    if how == "M":
        return f"${_trim(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if how == "K":
        return f"${v // 1000:,}K"
    if how == "million":
        return f"${_trim(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}"
    if how == "k000":
        return f"{v // 1000:,}"
    if how == "fr_sp":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if how == "fr_M":
        return f"{_trim(v / 1e6, ',')} M$" if v >= 1_000_000 else f"{v // 1000} k$"
    if how == "fr_millions":
        m = v / 1e6
        return f"{_trim(m, ',')} {'million' if m < 2 else 'millions'} de dollars"
    if how == "fr_k000":
        return f"{v // 1000:,}".replace(",", " ")
    raise ValueError(how)


# --- damage as scans have it (values still readable) -----------------------------------------------
def damage_code(text: str, rng: random.Random, level: int) -> str:
    """0 read as O, 1 as I or l, 5 as S, now and then (as the seeds have them)."""
    out = []
    for ch in text:
        r = rng.random()
        if ch == "0" and r < 0.25 * level:
            out.append("O")
        elif ch == "1" and r < 0.2 * level:
            out.append(rng.choice("Il"))
        elif ch == "5" and r < 0.06 * level:
            out.append("S")
        else:
            out.append(ch)
    return "".join(out)


SWAPS = [("m", "rn"), ("e", "c"), ("i", "l"), ("t", "l"), ("h", "b"), ("o", "a"), ("n", "ri"), ("l", "I"), ("s", "a")]


def damage_prose(text: str, rng: random.Random, level: int) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and rng.random() < 0.03 * level:
            a, b = SWAPS[rng.randrange(len(SWAPS))]
            if a in w[1:]:
                k = w.index(a, 1)
                words[i] = w[:k] + b + w[k + 1:]
        elif rng.random() < 0.008 * level and i + 1 < len(words):
            words[i] = w + "\x00"  # run into the next word
    return " ".join(words).replace("\x00 ", "")


# --- one document's content --------------------------------------------------------------------------
class Doc:
    def __init__(self, p: dict):
        self.p, self.d = p, p["doc"]
        self.fr = p["lang"] == "fr"
        self.f = FORMS[self.d["form"]]
        seed = int(hashlib.sha256(self.d["file"].encode()).hexdigest()[:12], 16)
        self.rng = random.Random(seed)
        self.level = self.d.get("damage", 0)

    def cls(self, c):
        return fmt_cls(c, self.d["cls"])

    def code(self, text: str) -> str:
        return damage_code(text, self.rng, self.level) if self.level and text else text

    def amt(self, v):
        return self.code(fmt_amt(v, self.d["amt"]))

    def title(self):
        p = self.p
        return f"{p['title']} / {p['title_fr']}" if p["lang"] == "bilingual" else p["title"]

    def header(self) -> list[tuple[str, str]]:
        """(label, value) rows of the header, in the form's words and order."""
        p, f, d, sup = self.p, self.f, self.d, self.p["sup"]
        rows = [(f["title"], self.title()), (f["cls"], self.code(self.cls(p["cls"])))]
        if p["pos"] is not None:
            rows.append((f["pos"], self.code(p["pos"])))
        if p["job"]:
            rows.append((f["job"], self.code(p["job"])))
        rows.append((f["date"], self.code(fmt_date(p["date"], d["date"]))))
        stitle = f"{sup['title']} / {sup['title_fr']}" if p["lang"] == "bilingual" else sup["title"]
        mode = d["sup"]
        if mode == "fields":
            rows.append((f["sup_title"], stitle))
            if sup["pos"]:
                rows.append((f["sup_pos"], self.code(sup["pos"])))
            if sup["cls"]:
                rows.append((f["sup_cls"], self.code(self.cls(sup["cls"]))))
        elif mode == "oneline":
            value = stitle + (f" ({self.cls(sup['cls'])})" if sup["cls"] else "")
            if sup["pos"]:
                value += f", poste {sup['pos']}" if self.fr else f", position {sup['pos']}"
            rows.append((f.get("one", "Reports to"), self.code(value)))
        elif mode == "superior":
            value = stitle + (f", {self.cls(sup['cls'])}" if sup["cls"] else "")
            if sup["pos"]:
                value += f" (poste no {sup['pos']})" if self.fr else f" (Pos. No. {sup['pos']})"
            rows.append((f["superior"], self.code(value)))
        elif mode == "title_only":
            rows.append((f["sup_title"], stitle))
            if sup["pos"]:
                rows.append((f["sup_pos"], sup["pos"]))
        elif mode == "title_cls":
            rows.append((f["sup_title"], stitle + (f" ({self.cls(sup['cls'])})" if sup["cls"] else "")))
            if sup["pos"]:
                rows.append((f["sup_pos"], sup["pos"]))
        rows.append((f["loc"], p["loc"]))
        if self.rng.random() < 0.6:
            rows.append((f["inc"], p["people"][0]))
        return rows

    def ga(self) -> str:
        p = self.p
        pool = T.GA_FR if self.fr else T.GA_EN
        text = self.rng.choice(pool).format(title=p["title"], unit=p["unit"], org=p["org"], sup=p["sup"]["title"])
        if p["lang"] == "bilingual":
            text += "\n\n" + self.rng.choice(T.GA_FR).format(title=p["title_fr"], unit=p["unit"], org=p["org"],
                                                             sup=p["sup"].get("title_fr") or p["sup"]["title"])
        return text

    def ns(self) -> list[str]:
        p = self.p
        pool = T.NS_FR if self.fr else T.NS_EN
        paras = [x.format(org=p["org"]) for x in self.rng.sample(pool, 2)]
        if p["doc"].get("dm"):
            s = p["sup"]
            paras.insert(0, (f"Le {s['title']} ({s['cls']}) est l'administrateur général de l'organisme." if self.fr else
                             f"The {s['title']} ({s['cls']}) is the deputy head of the organization and is accountable "
                             f"to the Minister; the position is a member of the executive committee chaired by the "
                             f"{s['title']}."))
        return paras

    def sa(self) -> list[str]:
        pool = T.SA_FR if self.fr else T.SA_EN
        return self.rng.sample(pool, self.rng.randint(5, 7))

    def rep_lines(self) -> list[str]:
        """The direct reports as lines in the document's notation (made once: damage is random)."""
        if getattr(self, "_reps", None) is None:
            self._reps = self._rep_lines()
        return self._reps

    def _rep_lines(self) -> list[str]:
        how, out = self.d["rep"], []
        fr = self.fr
        for i, (t, tfr, c, n) in enumerate(self.p["reports"], 1):
            title = f"{t} / {tfr}" if self.p["lang"] == "bilingual" and tfr else t
            c = self.code(self.cls(c)) if c else None
            nn = self.code(str(n)) if n is not None else None
            if how == "paren":
                inside = ", ".join(x for x in (c, f"{nn} FTE{'s' if n != 1 else ''}" if nn else None) if x)
                out.append(f"- {title} ({inside})")
            elif how == "dash":
                out.append(f"{title} \u2013 {c} \u2013 {nn} FTE{'s' if n != 1 else ''}")
            elif how == "bullets":
                out.append(f"\u2022 {title} ({c}) \u2013 {nn} employee{'s' if n != 1 else ''}")
            elif how == "numbered":
                out.append(f"{i}. {title}, {c} ({nn} FTE)")
            elif how == "py":
                out.append(f"{title} ({c}) {'.' * max(3, 58 - len(title))} {nn} PY")
            elif how == "cls_first":
                out.append(f"{c} - {title} ({nn} FTEs)")
            elif how == "fr_dash":
                out.append(f"{title} \u2013 {c} \u2013 {nn} ETP")
            elif how == "fr_paren":
                out.append(f"- {title} ({c}; effectif : {nn})")
            elif how == "table":
                out.append(f"{title}\t{c or ''}\t{'' if nn is None else nn}")
            elif how == "fr_ap":
                out.append(f"{title} ({c}) {'.' * max(3, 50 - len(title))} {nn} A-P")
            else:
                raise ValueError(how)
        return out

    def rep_prose(self) -> str:
        p = self.p
        parts = []
        for t, _, c, n in p["reports"]:
            staff = "a single incumbent" if n == 1 else f"a staff of {n}"
            parts.append(f"the {t}" + (f" ({self.cls(c)})" if c else "") + f", with {staff}")
        who = p["title"]
        if self.d["rep"] == "prose_nocls":
            parts = [f"the {t}, with {n} staff" for t, _, c, n in p["reports"]]
        return f"Reporting to the {who} are " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."

    def org_text(self) -> list[str]:
        """The organization section's paragraphs (supervisor sentence, lead-in, reports)."""
        p, sup = self.p, self.p["sup"]
        out = []
        if self.d["sup"] == "sentence":
            s = f"The {p['title']} reports to the {sup['title']}" + (f" ({self.cls(sup['cls'])})" if sup["cls"] else "")
            s += f", position number {sup['pos']}." if sup["pos"] else "."
            out.append(s)
        elif self.fr:
            out.append(f"Le poste est l'un des postes de gestion qui relèvent du {sup['title']}.")
        else:
            out.append(f"The position is one of several management positions reporting to the {sup['title']}.")
        if self.d["rep"] in ("prose", "prose_nocls"):
            out.append(self.rep_prose())
        else:
            out.append("Les postes suivants relèvent du titulaire :" if self.fr else
                       f"The following positions report to the {p['title']}:")
        return out

    def dims(self) -> list[tuple[str, str]]:
        if getattr(self, "_dims", None) is None:
            self._dims = self._dims_rows()
        return self._dims

    def _dims_rows(self) -> list[tuple[str, str]]:
        p, f, how = self.p, self.f, self.d["amt"]
        rows = [(f["fte"], self.code(str(p["fte"])))]
        if how in ("k000", "fr_k000"):
            unit = " (en milliers de dollars)" if self.fr else " ($000)"
            rows += [(f["sal"] + unit, self.amt(p["sal"])), (f["om"] + unit, self.amt(p["om"]))]
            if p["tot"] is not None:
                rows.append((f["tot"] + unit, self.amt(p["tot"])))
        else:
            rows += [(f["sal"], self.amt(p["sal"])), (f["om"], self.amt(p["om"]))]
            if p["tot"] is not None:
                rows.append((f["tot"], self.amt(p["tot"])))
        return rows

    def head(self, i: int, at: int | None = None) -> str:
        f = self.f
        text = f["heads"][i]
        i = i if at is None else at
        if f["caps"]:
            text = text.upper()
        num = f["hnum"]
        if num == "1.":
            text = f"{i + 1}. {text}"
        elif num == "A.":
            text = f"{'ABCDE'[i]}. {text}"
        elif num == "I.":
            text = f"{['I', 'II', 'III', 'IV', 'V'][i]}. {text}"
        elif num == "1.0":
            text = f"{i + 1}.0 {text}"
        return text + (":" if f["colon"] else "")

    def signatures(self) -> list[str]:
        p = self.p
        names = p["people"][1:] or [""]
        out = []
        for n, who in zip(names, (["Supérieur immédiat", "Approuvé par"] if self.fr else
                                  ["Supervisor", "Approved by (Deputy Head or delegate)", "Classification Advisor"])):
            out.append(f"{who}: {n or '_' * 20}    Signature: ____________    Date: ________")
        if p["people"][0] not in self.all_header_names():
            out.insert(0, f"{'Titulaire' if self.fr else 'Incumbent'}: {p['people'][0]}    Signature: ____________")
        return out

    def all_header_names(self):
        return [v for _, v in self._header] if hasattr(self, "_header") else []

    def revision(self) -> list[str]:
        r = self.d.get("revised")
        p = self.p
        if r == "REVISED":
            return [f"REVISED {fmt_date(p['date'], 'dmy').upper()} - supersedes the description dated 1 April 1997;"
                    " Chief, Hearing Scheduling reclassified PM-04 to PM-05; new position of Hearing Loss Claims Coordinator"]
        if r == "tracked":
            return ["Revision history",
                    "2003-06-30  Original description approved (Position reporting to: Assistant Deputy Minister, "
                    "Socio-economic Policy and Regional Operations).",
                    "2006-11-20  Revised: reporting relationship changed to ADM, Regional Operations; Director, Lands "
                    "and Trust Services reclassified PM-06 to EX-01; Senior Advisor, Specific Claims added. "
                    "[Track changes accepted]"]
        if r == "stamp":
            return ["*** REVISED - 2013 ***  Replaces the description dated March 2, 2009."]
        return []

    # -- assembling plain text ----------------------------------------------------------------------
    def text_lines(self, stacked=False, leaders=False) -> list[str]:
        p = self.p
        self._header = self.header()
        out = []
        out += self.revision()[:1] if self.d.get("revised") in ("REVISED", "stamp") else []
        dept = p["org"].upper() if self.f["caps"] else p["org"]
        out += [dept, ("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if self.fr else
                       self.rng.choice(["EXECUTIVE JOB DESCRIPTION", "Work Description - Executive Group",
                                        "POSITION DESCRIPTION (EX)", "Executive Position Description"])), ""]
        for label, value in self._header:
            if stacked:
                out += [label + (":" if self.rng.random() < 0.5 else ""), value]
            elif leaders:
                out.append(f"{label} {'.' * max(3, 34 - len(label))} {value}")
            else:
                out.append(f"{label}{' :' if self.fr else ':'} {value}")
        out.append("")
        sections = self.sections()
        for name, body in sections:
            out += [name, *body, ""]
        out += self.revision()[1:] if self.d.get("revised") == "tracked" else []
        out += self.revision() if self.d.get("revised") == "REVISED" else []
        out += [""] + self.signatures()
        return out

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, lines) in this document's order; CSR forms put results first."""
        dims = [f"{k}: {v}" for k, v in self.dims()]
        org = self.org_text() + ([] if self.d["rep"] in ("prose", "prose_nocls") else self.rep_lines())
        if self.f.get("csr"):
            pool = T.CSR_FR if self.fr else T.CSR_EN
            csr = [self.rng.choice(pool).format(unit=self.p["unit"], org=self.p["org"])]
            return [(self.head(0), csr), (self.head(1), [f"- {x}" for x in self.sa()]), (self.head(2), org),
                    (self.head(3), dims), ("Nature et étendue" if self.fr else "Nature and Scope", self.ns())]
        order = [(0, [self.ga()]), (1, org), (2, self.ns()), (3, dims),
                 (4, [f"{i}. {x}" for i, x in enumerate(self.sa(), 1)])]
        if getattr(self, "swap", None) is None:
            self.swap = self.rng.random() < 0.35
        if self.swap:  # dimensions before the nature and scope
            order[2], order[3] = order[3], order[2]
        return [(self.head(k, at), body) for at, (k, body) in enumerate(order)]


# --- renderers -------------------------------------------------------------------------------------
def wrap(line: str, width: int) -> list[str]:
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return out + [cur]


def render_text(doc: Doc) -> str:
    layout = doc.d["layout"]
    if layout == "markdown":
        return render_markdown(doc)
    if layout == "en_then_fr":
        return render_en_fr(doc)
    lines = doc.text_lines(stacked=layout == "text_stacked", leaders=layout == "ocr_old")
    if layout in ("text_inline", "text_stacked"):
        return "\n".join(lines) + "\n"
    return render_ocr(doc, lines)


def render_ocr(doc: Doc, lines: list[str]) -> str:
    rng, level, layout = doc.rng, doc.level, doc.d["layout"]
    header_len = len(doc._header) + 4
    keep = set(doc.rep_lines() if doc.d["rep"] not in ("prose", "prose_nocls") else []) | {f"{k}: {v}" for k, v in doc.dims()}
    if layout == "ocr_columns":
        lines = interleave(doc, lines)
        keep |= set(doc._merged)
    dmg = []
    for i, line in enumerate(lines):
        dmg.append(line if i < header_len or line in keep else damage_prose(line, rng, level))
    body = []
    for line in dmg:
        body += wrap(line, 88) if line else [""]
    if layout == "ocr_run":
        pages = [body[i:i + 55] for i in range(0, len(body), 55)]
        text = "\n".join(" ".join(x for x in page if x) for page in pages)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    page, out, n = 0, [], 0
    per = 48
    total = (len(body) + per - 1) // per
    for i in range(0, len(body), per):
        page += 1
        if page > 1:
            out.append(doc.p["org"] if layout != "ocr_bil" else "SCIC / CICS")
        out += body[i:i + per]
        out += ["", (f"Page {page} de {total}" if doc.fr else f"Page {page} of {total}"), "\f"]
    return "\n".join(out) + "\n"


def interleave(doc: Doc, lines: list[str]) -> list[str]:
    """The organization's reports and the dimensions printed side by side, read line by line."""
    dims = [f"{k}: {v}" for k, v in doc.dims()]
    reps = doc.rep_lines() if doc.d["rep"] not in ("prose", "prose_nocls") else wrap(doc.rep_prose(), 52)
    try:
        start = next(i for i, l in enumerate(lines) if l in reps[:1])
    except StopIteration:
        start = next(i for i, l in enumerate(lines) if l.startswith("Reporting to the"))
    dim_head = lines[lines.index(dims[0]) - 1]
    out = [l for l in lines if l not in dims and l != dim_head]
    k = out.index(lines[start]) if lines[start] in out else start
    left = reps
    right = [dim_head] + dims
    merged = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        merged.append(f"{a:<60} {b}".rstrip())
    doc._merged = merged
    n = len(reps) if doc.d["rep"] not in ("prose", "prose_nocls") else 1
    return out[:k] + merged + out[k + n:]


def render_markdown(doc: Doc) -> str:
    doc._header = doc.header()
    out = ["# Executive Work Description", "", "## Position Information", ""]
    out += [f"* **{k}:** {v}" for k, v in doc._header] + [""]
    for name, body in doc.sections():
        out += [f"## {name.rstrip(':')}", ""]
        for b in body:
            out.append(b if not b.startswith("- ") else "* " + b[2:])
        out.append("")
    out += ["## Signatures", ""] + [f"* {s}" for s in doc.signatures()]
    return "\n".join(out) + "\n"


def render_en_fr(doc: Doc) -> str:
    p = doc.p
    en = Doc({**p, "lang": "en"})
    en_lines = en.text_lines()
    frp = {**p, "lang": "fr", "title": p["title_fr"],
           "sup": {**p["sup"], "title": p["sup"]["title_fr"]},
           "reports": [(tfr, tfr, c, n) for t, tfr, c, n in p["reports"]],
           "doc": {**p["doc"], "form": "fr_a", "date": "fr", "amt": "fr_sp", "rep": "fr_paren"}}
    fr = Doc(frp)
    fr_lines = fr.text_lines()
    return "\n".join(en_lines + ["", "=" * 40, "VERSION FRANÇAISE", "=" * 40, ""] + fr_lines) + "\n"


# --- Word ------------------------------------------------------------------------------------------
def fixed_docx(document) -> bytes:
    """Save with fixed core properties and zip times, so the bytes are the same on every run."""
    cp = document.core_properties
    stamp = dt.datetime(2020, 1, 1, 12, 0, 0)
    cp.created = cp.modified = cp.last_printed = stamp
    cp.author = cp.last_modified_by = "HR Services"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(doc: Doc) -> bytes:
    import docx
    from docx.shared import Pt
    p, d, layout = doc.p, doc.d, doc.d["layout"]
    w = docx.Document()
    w.sections[0].header.paragraphs[0].text = p["org"] + ("  |  Protected A" if doc.rng.random() < 0.5 else "")
    header = doc._header = doc.header()
    rev = doc.revision()
    if d.get("revised") == "stamp":
        w.add_paragraph(rev[0]).runs[0].bold = True
    title = ("Description de travail" if doc.fr else "Work Description") + (" / Description de travail"
                                                                             if p["lang"] == "bilingual" else "")
    w.add_heading(title, level=1)
    if layout == "docx_sidebyside":
        return render_sidebyside(doc, w)
    if layout in ("docx_table", "docx_csr", "docx_bilingual"):
        cols = 3 if layout == "docx_bilingual" else 2
        t = w.add_table(rows=0, cols=cols)
        t.style = "Table Grid"
        for label, value in header:
            cells = t.add_row().cells
            if cols == 3:
                en_l, _, fr_l = label.partition(" / ")
                cells[0].text, cells[1].text, cells[2].text = en_l, value, fr_l or en_l
            else:
                cells[0].text, cells[1].text = label, value
                cells[0].paragraphs[0].runs[0].bold = True
    elif layout == "docx_4col":
        t = w.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for i in range(0, len(header), 2):
            cells = t.add_row().cells
            for j, (label, value) in enumerate(header[i:i + 2]):
                cells[2 * j].text, cells[2 * j + 1].text = label, value
    else:  # docx_paragraphs: bold labels
        for label, value in header:
            para = w.add_paragraph()
            para.add_run(label + (" : " if doc.fr else ": ")).bold = True
            para.add_run(value)
    w.add_paragraph("")
    for name, body in doc.sections():
        w.add_heading(name, level=2) if doc.rng.random() < 0.7 else _bold(w, name)
        is_org = body[:1] == doc.org_text()[:1]
        if is_org and d["rep"] == "table":
            for line in doc.org_text():
                w.add_paragraph(line)
            t = w.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            hdr = (["Titre du poste", "Groupe et niveau", "ETP"] if doc.fr else
                   ["Position Title / Titre du poste", "Classification", "FTEs / ETP"] if p["lang"] == "bilingual" else
                   ["Position", "Group/Level", "FTEs"])
            for c, h in zip(t.rows[0].cells, hdr):
                c.text = h
            for tt, tfr, c, n in p["reports"]:
                cells = t.add_row().cells
                cells[0].text = f"{tt} / {tfr}" if p["lang"] == "bilingual" and tfr else tt
                cells[1].text, cells[2].text = doc.cls(c) or "", "" if n is None else str(n)
            continue
        if doc.f["fte"] in [b.split(":")[0] for b in body[:1]] and doc.rng.random() < 0.6:
            t = w.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in doc.dims():
                cells = t.add_row().cells
                cells[0].text, cells[1].text = k, v
            continue
        for b in body:
            if b.startswith(("- ", "\u2022 ")):
                w.add_paragraph(b[2:], style="List Bullet")
            else:
                w.add_paragraph(b)
    if d.get("revised") == "tracked":
        w.add_heading(rev[0], level=2)
        for r in rev[1:]:
            w.add_paragraph(r)
    w.add_paragraph("")
    for s in doc.signatures():
        w.add_paragraph(s)
    for para in w.paragraphs:
        for run in para.runs:
            run.font.size = Pt(10)
    return fixed_docx(w)


def _bold(w, text):
    w.add_paragraph().add_run(text).bold = True


def render_sidebyside(doc: Doc, w) -> bytes:
    """A bilingual form: English in the left column, French in the right, one row a section."""
    p = doc.p
    frd = Doc({**p, "lang": "fr", "title": p["title_fr"], "sup": {**p["sup"], "title": p["sup"]["title_fr"]},
               "reports": [(tfr, tfr, c, n) for t, tfr, c, n in p["reports"]],
               "doc": {**p["doc"], "form": "fr_a", "date": "fr", "amt": "fr_sp", "rep": "fr_paren"}})
    en = Doc({**p, "lang": "en", "doc": {**p["doc"], "form": "crtc", "rep": "paren"}})
    he, hf = en.header(), frd.header()
    en._header, frd._header = he, hf
    doc._header = he + hf
    t = w.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for (le, ve), (lf, vf) in zip(he, hf):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = f"{le}: {ve}", f"{lf} : {vf}"
    en_sections = en.sections()
    frd.swap = en.swap  # the two columns side by side, section by section
    for (ne, be), (nf, bf) in zip(en_sections, frd.sections()):
        cells = t.add_row().cells
        cells[0].text = ne + "\n" + "\n".join(be)
        cells[1].text = nf + "\n" + "\n".join(bf)
    w.add_paragraph("")
    for s in doc.signatures():
        w.add_paragraph(s)
    return fixed_docx(w)


# --- refusals --------------------------------------------------------------------------------------
def refusals() -> dict[str, bytes]:
    import docx
    out = {}
    w = docx.Document()
    w.add_heading("Statement of Merit Criteria and Conditions of Employment", level=1)
    for line in ["Position: Director, Investigations (EX-01)", "Selection process number: 2017-PSD-EA-0031",
                 "Organization: Public Servants Disclosure Protection Commission", "Location: Ottawa, Ontario",
                 "", "ESSENTIAL QUALIFICATIONS", "Education: A degree from a recognized post-secondary institution.",
                 "Experience: Significant experience in conducting or managing administrative investigations.",
                 "Experience in managing human and financial resources.",
                 "Language requirements: Bilingual imperative CBC/CBC.",
                 "Key leadership competencies: Create vision and strategy; Mobilize people; Uphold integrity and respect;"
                 " Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results.",
                 "ASSET QUALIFICATIONS", "Experience in a quasi-judicial or oversight body.",
                 "CONDITIONS OF EMPLOYMENT", "Secret security clearance."]:
        w.add_paragraph(line)
    out["SMC - Director Investigations (EX-01) 2017.docx"] = fixed_docx(w)
    w = docx.Document()
    w.add_heading("Entente de rendement - Cadres (EX) 2019-2020", level=1)
    t = w.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nom du cadre", "Lucie Parenteau"), ("Titre du poste", "Directrice générale, Opérations"),
                 ("Niveau", "EX-02"), ("Superviseur", "Président"), ("Période", "1er avril 2019 au 31 mars 2020")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    for line in ["Engagements clés", "1. Réduire de 15 % le délai moyen de traitement des griefs (mesure : rapport trimestriel).",
                 "2. Mettre en œuvre le nouveau système de gestion des cas d'ici le 31 décembre 2019.",
                 "Engagements en matière de leadership", "Favoriser un milieu de travail sain et inclusif.",
                 "Évaluation de fin d'exercice : Réussi +", "Signature du cadre : ____________   Signature du superviseur : ____________"]:
        w.add_paragraph(line)
    out["Entente de rendement 2019-2020 DG.docx"] = fixed_docx(w)
    out["ROD classification committee 2004-11.txt"] = (
        "--- Full Extracted Text ---\n"
        "CLASSIFICATION COMMITTEE - RECORD OF DECISION File: 4215-3-11 Meeting of November 18, 2004 "
        "Committee members: R. Desjardins (Chair), K. Lowe, S. Bhattacharya Positions reviewed: "
        "1. Position A0012, Regional Director General, Atlantic - evaluated at 1056 points (KH 608, PS 264, "
        "A 184); confirmed at EX-O3. 2. Position A0147, Director, Funding Services - evaluated at 760 points; "
        "proposed EX-01, committee requires revised work description before decision. Rationale: the Committee "
        "compared the positions with benchmark positions in the Executive Group Position Evaluation Plan. "
        "Decision effective: 2004-11-18 Signed: R. Desjardins, Chair\n").encode("utf-8")
    out["Org chart RPO Atlantic 2017.pdf"] = pdf_bytes([
        "Real Property Operations Unit (Atlantic) - Organization Chart - March 2017\n"
        "Director, RPOU(A) (EX-01)\n"
        "   Detachment Manager, Halifax (EG-07)\n      Maintenance Section\n      Engineering Section\n"
        "   Detachment Manager, Greenwood (GT-07)\n   Detachment Manager, Gagetown (EN-ENG-04)\n"
        "   Business Manager (FI-03)\nChart prepared by: Unit HR Coordinator\n"])
    rng = random.Random(19)
    junk = "".join(rng.choice("~.,:;'`^_-|/\\il1!I ") for _ in range(1600))
    out["scan0117.txt"] = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
                           + "\n".join(junk[i:i + 80] for i in range(0, len(junk), 80)) + "\n").encode("utf-8")
    return out


# --- ground truth ----------------------------------------------------------------------------------
def truth(p: dict, name: str, people: list[str]) -> dict:
    bil = p["lang"] == "bilingual"
    sup = p["sup"]

    def t2(en, fr):
        return [en, fr] if bil and fr else en

    loc = p["loc"] if not p.get("loc_alt") else [p["loc"], *p["loc_alt"]]
    fields = {
        "title": t2(p["title"], p.get("title_fr")), "classification": p["cls"], "job_code": p["job"],
        "position_number": p["pos"], "effective_date": p["date"],
        "supervisor": {"position_number": sup["pos"], "title": t2(sup["title"], sup.get("title_fr")),
                       "classification": sup["cls"]},
        "direct_reports": [{"title": t2(t, tfr), "classification": c, "fte": n} for t, tfr, c, n in p["reports"]],
        "salary": p["sal"], "o_and_m": p["om"], "total": p["tot"], "location": loc,
    }
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "total", "location") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, s in (("position_number", "pos"), ("classification", "cls")) if sup[s] is None]
    versions = None
    if p.get("versions"):
        _, a, b = p["versions"]
        versions = {"position": p["pos"], "documents": [a, b], "newest": name == b}
    return {"document": name, "kind": p["doc"]["kind"], "language": p["lang"], "outcome": "import",
            "fields": fields, "not_stated": not_stated,
            "also": {"fte": p["fte"], "operating_budget": None, "program_budget": None, "provisional_number": None,
                     "organization": p["org"], "layout": p["doc"]["layout"], "label_form": p["doc"]["form"]},
            "people": people, "reports_to_in_corpus": None, "versions": versions}


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    files: dict[str, bytes] = {}
    truths = []
    for p in positions19.POSITIONS:
        doc = Doc(p)
        kind, name = p["doc"]["kind"], p["doc"]["file"]
        if kind == "docx":
            data = render_docx(doc)
            shown = data  # names checked in the text below
            text = "\n".join(f"{k} {v}" for k, v in doc._header) + "\n".join(doc.signatures())
        else:
            text = render_text(doc)
            if kind == "pdf":
                lines = [l for l in text.replace("\f", "").splitlines()]
                pages = ["\n".join(lines[i:i + 66]) for i in range(0, len(lines), 66)]
                data = pdf_bytes(pages)
            elif kind == "text-cp1252":
                data = text.replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252")
            else:
                data = text.encode("utf-8")
        people = [n for n in p["people"] if n in text]
        assert len(people) == len(p["people"]), (name, p["people"], people)
        files[name] = data
        truths.append(truth(p, name, people))
    for r in positions19.REFUSE:
        truths.append({"document": r["file"], "kind": r["kind"], "language": r["lang"], "outcome": "refuse",
                       "what": r["what"]})
    files.update(refusals())
    for name, data in sorted(files.items()):
        (corpus / name).write_bytes(data)
    for t in truths:
        (expected / f"{t['document']}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    print(f"{len(files)} documents, {sum(t['outcome'] == 'import' for t in truths)} work descriptions")


if __name__ == "__main__":
    main()
