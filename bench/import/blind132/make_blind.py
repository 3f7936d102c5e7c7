"""Generate the blind132 corpus: old Fisheries and Oceans executive position descriptions, typed, faxed,
photocopied and scanned (1992-2009), in English and French, with their truths.

    /work/main/.venv/bin/python bench/import/blind132/make_blind.py

Deterministic: every random choice comes from random.Random seeded by a document's name; .docx files are
re-zipped with fixed timestamps and fixed core properties."""
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

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (ADMIN, CCG, DEPT, FAMILY, GIVEN, LOC, NATURE_EN, NATURE_FR, OUTSIDE, POOLS, POS,  # noqa: E402
                   SCOPE_EN, SCOPE_FR, SPEC_EN, SPEC_FR)

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ---------------------------------------------------------------- names
_name_rng = random.Random(132)
_g, _f = list(GIVEN), list(FAMILY)
_name_rng.shuffle(_g)
_name_rng.shuffle(_f)
_used = iter([(_g[i % len(_g)], _f[(7 * i) % len(_f)]) for i in range(360)])
_names: dict = {}


def person(role: str) -> str:
    """One invented name per role key (the same role key gives the same person everywhere)."""
    if role not in _names:
        g, f = next(_used)
        _names[role] = f"{g} {f}"
    return _names[role]


# ---------------------------------------------------------------- positions: reports and figures
def _base_reports():
    base = {}
    children = {}
    for key, p in POS.items():
        children.setdefault(p[6], []).append(key)
    order = [k for k in POS if POS[k][8] in ("d", "ad")] + [k for k in POS if POS[k][8] == "rd"] + \
            [k for k in POS if POS[k][8] == "dg"]
    for key in order:
        rng = random.Random("reports-" + key)
        p = POS[key]
        reps = []
        if p[8] in ("d", "ad"):
            pool = list(POOLS[p[7]])
            rng.shuffle(pool)
            for en, fr, cls in pool[:rng.randint(3, 5)]:
                reps.append([en, fr, cls, rng.randint(4, 34)])
        else:
            for child in children.get(key, []):
                c = POS[child]
                reps.append([c[0], c[1], c[2], base[child]["fte"]])
            if len(reps) < 3:
                pool = list(POOLS[POS[children[key][0]][7]] if children.get(key) else POOLS["ccg"])
                rng.shuffle(pool)
                for en, fr, cls in pool[:4 - len(reps)]:
                    reps.append([en, fr, cls, rng.randint(8, 60)])
            reps.append(["Manager, Planning and Coordination", "Gestionnaire, Planification et coordination",
                         "PM-06", rng.randint(3, 7)])
        if rng.random() < 0.55:
            en, fr, cls = ADMIN[rng.randrange(len(ADMIN))]
            reps.append([en, fr, cls, 1 if rng.random() < 0.5 else None])
        fte = sum(r[3] or 1 for r in reps) + 1 + rng.randint(0, 4)
        base[key] = {"reports": reps, "fte": fte, "om": rng.randint(18, 95) * 10000 * (3 if p[8] in ("dg", "rd") else 1)}
    return base


BASE = _base_reports()

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "en_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en_dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en_caps":
        return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "yymmdd":
        return f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}"
    if style == "fr_long":
        day = "1er" if d.day == 1 else str(d.day)
        return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "fr_short":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "ddmmyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    raise ValueError(style)


def fmt_amount(v: int, style: str, fr: bool) -> str:
    if style == "full":
        return f"{v:,}".replace(",", " ") + " $" if fr else f"${v:,}"
    if style == "plain":
        return f"{v:,}".replace(",", " ") if fr else f"{v:,}"
    if style == "M":
        s = f"{v / 1e6:.3f}"
        return s.replace(".", ",") + " M$" if fr else f"${s}M"
    if style == "K":
        return f"{v // 1000:,}".replace(",", " ") + " K$" if fr else f"${v // 1000:,}K"
    raise ValueError(style)


def fmt_cls(cls: str, style: str) -> str:
    """EX-01 as 'EX-01', 'EX 1', 'EX-1'; PM-06 as 'PM-6' in the old styles."""
    if style == "EX-01":
        return cls
    head, num = cls.rsplit("-", 1)
    sep = " " if style == "EX 1" and head == "EX" else "-"
    return f"{head}{sep}{int(num)}"


# ---------------------------------------------------------------- damage
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
P_DIGIT = [0.12, 0.3, 0.5]
P_LETTER = [0.02, 0.06, 0.12]
P_JOIN = [0.01, 0.03, 0.06]
P_ACCENT = [0.3, 0.6, 0.85]
ACC = {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ç": "c", "ô": "o", "î": "i", "û": "u", "É": "E",
       "È": "E", "Î": "I", "ù": "u", "ë": "e"}
CONF = [("rn", "m"), ("m", "rn"), ("d", "cl"), ("cl", "d"), ("e", "c"), ("i", "l"), ("l", "1"), ("h", "b"),
        ("o", "0"), ("u", "ii"), ("t", "l"), ("S", "5"), ("B", "8"), ("O", "0"), ("I", "l")]


def _dmg_plain(s: str, st: int, rng: random.Random, prose: bool) -> str:
    out = []
    for tok in re.findall(r"\s+|\S+", s):
        if tok.isspace():
            if prose and tok == " " and rng.random() < P_JOIN[st]:
                continue
            out.append(tok)
            continue
        if any(ch.isdigit() for ch in tok):
            chars = []
            for ch in tok:
                if ch in DIGIT and (ch not in "62" or st == 2) and rng.random() < P_DIGIT[st]:
                    r = DIGIT[ch]
                    if ch == "1" and rng.random() < 0.4:
                        r = "l"
                    if ch == "0" and rng.random() < 0.2:
                        r = "o"
                    chars.append(r)
                else:
                    chars.append(ch)
            tok = "".join(chars)
        elif len(tok) > 3 and rng.random() < P_LETTER[st] * (1 if prose else 0.4):
            a, b = CONF[rng.randrange(len(CONF))]
            i = tok.find(a, 1)
            if i > 0:
                tok = tok[:i] + b + tok[i + len(a):]
        tok = "".join(ACC[ch] if ch in ACC and rng.random() < P_ACCENT[st] else ch for ch in tok)
        if st == 2 and "," in tok and rng.random() < 0.3:
            tok = tok.replace(",", ".")
        out.append(tok)
    return "".join(out)


def damage(lines, st, rng):
    """lines: (tag, text); tag P prose, F field, G garbage (left alone). ⟦…⟧ protects names."""
    result = []
    for tag, text in lines:
        if st is None or tag == "G":
            result.append(text)
            continue
        parts = re.split(r"(⟦[^⟧]*⟧)", text)
        result.append("".join(p if p.startswith("⟦") else _dmg_plain(p, st, rng, tag == "P") for p in parts))
    return result


def unprotect(s: str) -> str:
    return s.replace("⟦", "").replace("⟧", "")


def wrap(text, width, rng, hyph):
    """Wrap prose; with hyph a long word at a line end is broken with a hyphen (sometimes without)."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if hyph and len(w) >= 8 and room >= 3 and rng.random() < hyph:
                cut = rng.randint(3, min(room, len(w) - 3))
                lines.append(cur + " " + w[:cut] + ("-" if rng.random() < 0.8 else ""))
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


STAMPS = ["RECEIVED / REÇU", "CLASSIFICATION", "COPY / COPIE", "PERSONNEL", "CONFIDENTIAL", "FILE / DOSSIER",
          "DUPLICATE", "ORIGINAL SIGNED BY", "STAFFING / DOTATION"]
SCRIBBLE = ["~/ ok ,.", "-> see p.3 ?", "=|| ck'd", ";/ ^^  .,", "(?) !!", "/~~ fyi", "___ __ ~", "v/ M.", "* * ?"]


def stamp(rng, year):
    s = STAMPS[rng.randrange(len(STAMPS))]
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if rng.random() < 0.5:
        return f"{s}   {d:02d} {MONTHS_EN[m - 1][:3].upper()} {year}"
    return f"[ {s} ]  {year}-{m:02d}-{d:02d}"


def scribble(rng):
    s = SCRIBBLE[rng.randrange(len(SCRIBBLE))]
    return " " * rng.randint(10, 40) + s


# ---------------------------------------------------------------- labels
LBL = {
    "old_en": dict(form="EXECUTIVE GROUP POSITION DESCRIPTION", title="POSITION TITLE", num="POSITION NUMBER",
                   cls="GROUP AND LEVEL", job="JOB CODE", date="EFFECTIVE DATE", org="SECTOR", loc="LOCATION",
                   sup="IMMEDIATE SUPERVISOR", supt="SUPERVISOR'S POSITION TITLE", supn="SUPERVISOR'S POSITION NUMBER",
                   supc="SUPERVISOR'S GROUP AND LEVEL", inc="INCUMBENT",
                   s=["1. GENERAL ACCOUNTABILITY", "2. ORGANIZATION", "3. DIMENSIONS", "4. NATURE AND SCOPE",
                      "5. SPECIFIC ACCOUNTABILITIES", "6. SIGNATURES"],
                   fte="Person-years", sal="Salary dollars", om="O&M dollars", tot="Total", fteu="PY", ftec="P-Y",
                   repl="Positions reporting directly to the incumbent:", grp="Group/Level", ttl="Title"),
    "old_fr": dict(form="DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", title="TITRE DU POSTE", num="NUMÉRO DU POSTE",
                   cls="GROUPE ET NIVEAU", job="CODE DU POSTE", date="DATE D'ENTRÉE EN VIGUEUR", org="SECTEUR",
                   loc="LIEU DE TRAVAIL", sup="SUPÉRIEUR IMMÉDIAT", supt="TITRE DU POSTE DU SUPÉRIEUR",
                   supn="NUMÉRO DU POSTE DU SUPÉRIEUR", supc="GROUPE ET NIVEAU DU SUPÉRIEUR", inc="TITULAIRE",
                   s=["1. RESPONSABILITÉ GÉNÉRALE", "2. ORGANISATION", "3. DIMENSIONS", "4. NATURE ET ÉTENDUE",
                      "5. RESPONSABILITÉS PARTICULIÈRES", "6. SIGNATURES"],
                   fte="Années-personnes", sal="Traitements", om="F et E", tot="Total", fteu="A-P", ftec="A-P",
                   repl="Postes relevant directement du titulaire :", grp="Groupe/Niveau", ttl="Titre"),
    "new_en": dict(form="EXECUTIVE WORK DESCRIPTION", title="Position Title", num="Position Number",
                   cls="Classification", job="Job Code", date="Effective Date", org="Sector / Branch", loc="Location",
                   sup="Reports to", supt="Supervisor's Position Title", supn="Supervisor's Position Number",
                   supc="Supervisor's Classification", inc="Incumbent",
                   s=["General Accountability", "Organization Structure", "Dimensions", "Nature and Scope",
                      "Specific Accountabilities", "Signatures"],
                   fte="FTEs", sal="Salary", om="O&M", tot="Total", fteu="FTEs", ftec="FTEs",
                   repl="The following positions report to the incumbent:", grp="Group and Level", ttl="Position"),
    "new_fr": dict(form="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", title="Titre du poste", num="Numéro du poste",
                   cls="Classification", job="Code d'emploi", date="Date d'entrée en vigueur", org="Secteur / Direction",
                   loc="Lieu de travail", sup="Relève de", supt="Titre du poste du superviseur",
                   supn="Numéro du poste du superviseur", supc="Classification du superviseur", inc="Titulaire",
                   s=["Responsabilité générale", "Structure organisationnelle", "Dimensions", "Nature et étendue",
                      "Responsabilités spécifiques", "Signatures"],
                   fte="ETP", sal="Salaires", om="F et E", tot="Total", fteu="ETP", ftec="ETP",
                   repl="Les postes suivants relèvent du titulaire :", grp="Groupe et niveau", ttl="Poste"),
}


def bi_labels(form):
    en, fr = LBL[form + "_en"], LBL[form + "_fr"]
    out = {}
    for k in en:
        if k == "s":
            out[k] = [f"{a} / {b.split('. ', 1)[-1]}" for a, b in zip(en[k], fr[k])]
        elif k in ("fteu", "ftec", "repl", "ttl", "grp"):
            out[k] = en[k]
        else:
            out[k] = f"{en[k]} / {fr[k]}"
    return out


# ---------------------------------------------------------------- one document
class Doc:
    def __init__(self, file, key, lang, kind, form, date, **kw):
        self.file, self.key, self.lang, self.kind, self.form, self.date = file, key, lang, kind, form, date
        self.kw = kw
        self.rng = random.Random(file)
        r = self.rng
        self.dmg = kw.get("dmg")
        self.year = kw.get("year") or (date.year if date else 2001)
        p = POS[key]
        self.fr = lang == "fr"
        self.cls = kw.get("cls", p[2])
        b = BASE[key]
        reps = [list(x) for x in b["reports"]]
        drop = kw.get("drop", 0)
        if drop:
            reps = reps[:len(reps) - drop] if reps[-1][3] is not None or drop > 1 else reps[:-drop]
        scale = kw.get("scale", 1.0)
        for x in reps:
            if x[3] is not None and scale != 1.0:
                x[3] = max(2, round(x[3] * scale))
        if kw.get("no_rep_fte"):
            for x in reps:
                x[3] = None
        self.reports = reps
        self.fte = sum(x[3] or 1 for x in reps) + 1 + r.randint(0, 3)
        rate = 44000 if self.year < 1998 else 56000 if self.year < 2005 else 66000
        self.salary = int(round(self.fte * rate, -3))
        self.om = int(round(b["om"] * (0.8 if self.year < 1998 else 1.0), -3))
        self.total = self.salary + self.om
        self.state_total = kw.get("total", True)
        self.state_om = kw.get("om", True)
        self.state_job = kw.get("job", True)
        self.job = kw.get("jobcode", p[4])
        self.state_pos = kw.get("pos", True)
        sup = p[6]
        if sup in POS:
            s = POS[sup]
            self.sup = (s[0], s[1], kw.get("supcls", s[2]), s[3])
        else:
            self.sup = OUTSIDE[sup]
        self.sup_layout = kw.get("sup", "fields")
        self.rep_layout = kw.get("rep", "table")
        self.cstyle = kw.get("cstyle", "EX-01")
        self.amt = kw.get("amt", "full")
        self.datefmt = kw.get("datefmt", "fr_long" if self.fr else "en_long")
        self.people = []
        self.title_en, self.title_fr = kw.get("title_en", p[0]), kw.get("title_fr", p[1])
        self.loc_en, self.loc_fr = LOC[p[5]]

    def name(self, role):
        n = person(role)
        if n not in self.people:
            self.people.append(n)
        return f"⟦{n}⟧"

    # --- logical content, as (tag, text) lines; width None: one line per paragraph
    def content(self, width, hyph=0.0):
        L = bi_labels(self.form) if self.lang == "bi" else LBL[f"{self.form}_{'fr' if self.fr else 'en'}"]
        fr, r = self.fr, self.rng
        T = []

        def para(text, tag="P"):
            if width is None:
                T.append((tag, text))
            else:
                T.extend((tag, x) for x in wrap(text, width, r, hyph))

        def field(label, value, pad=30):
            T.append(("F", f"{label + ':':<{pad}} {value}" if width else f"{label}: {value}"))

        title = self.title_fr if fr else self.title_en
        cls = fmt_cls(self.cls, self.cstyle)
        dept = (DEPT["fr_old"] if fr else DEPT["en_old"]) if self.form == "old" else (DEPT["fr"] if fr else DEPT["en"])
        if self.lang == "bi":
            dept = f"{DEPT['en_old']} / {DEPT['fr_old']}" if self.form == "old" else f"{DEPT['en']} / {DEPT['fr']}"
        if POS[self.key][7] == "ccg" or self.key in ("dg_ms", "rd_ccg_lau"):
            dept += " - " + (CCG["fr"] if fr else CCG["en"] if self.lang == "en" else f"{CCG['en']} / {CCG['fr']}")
        T.append(("F", dept))
        T.append(("F", L["form"] + (" (DRAFT)" if self.kw.get("draft") else "")))
        T.append(("F", ""))
        pad = 32 if self.lang != "bi" else 46
        if self.lang == "bi":
            field(L["title"], self.title_en, pad)
            T.append(("F", " " * (pad + 1) + self.title_fr if width else self.title_fr))
        elif width and len(title) + pad + 1 > width and self.kw.get("wraptitle", True):
            cut = title.rfind(" ", 0, width - pad - 1)
            field(L["title"], title[:cut], pad)
            T.append(("F", " " * (pad + 1) + title[cut + 1:]))
        else:
            field(L["title"], title, pad)
        posnum = POS[self.key][3] if self.state_pos is True else self.state_pos
        if posnum is not None:
            field(L["num"], posnum, pad)
        field(L["cls"], cls + (" (proposed)" if self.kw.get("proposed") else ""), pad)
        if self.state_job:
            field(L["job"], self.job, pad)
        field(L["date"], fmt_date(self.date, self.datefmt) if self.date else self.kw.get("nodate", "________"), pad)
        sector = self.kw.get("sector")
        if sector:
            field(L["org"], sector, pad)
        field(L["loc"], self.loc_fr if fr else self.loc_en, pad)
        st, sf, sc, sn = self.sup
        stitle = sf if fr else st
        scls = fmt_cls(sc, self.cstyle)
        if self.sup_layout == "fields":
            field(L["supt"], stitle, pad)
            field(L["supn"], sn, pad)
            field(L["supc"], scls, pad)
        elif self.sup_layout == "line":
            if fr:
                field(L["sup"], f"{stitle} ({scls}), poste no {sn}", pad)
            else:
                field(L["sup"], f"{stitle}   {scls}   Pos. No. {sn}", pad)
        elif self.sup_layout == "line_nonum":
            field(L["sup"], f"{stitle} ({scls})", pad)
        if self.kw.get("incumbent", True):
            field(L["inc"], self.name(f"{self.key}-inc-{self.year // 4}") if not self.kw.get("vacant") else
                  ("Vacant" if not fr else "Vacant"), pad)
        T.append(("F", ""))
        self.sections = {"id": len(T)}
        # general accountability
        T.append(("H", L["s"][0]))
        role = {"dg": "Director General", "rd": "Regional Director", "d": "Director", "ad": "Area Director"}[POS[self.key][8]]
        role_fr = {"dg": "Le directeur général", "rd": "Le directeur régional", "d": "Le titulaire",
                   "ad": "Le directeur de secteur"}[POS[self.key][8]]
        area = POS[self.key][7] if POS[self.key][8] in ("d", "ad") else "dg"
        ga_en = f"The {role} is accountable for {SCOPE_EN[area]}, in support of the Department's mandate for the conservation of the resource and the safety of mariners."
        ga_fr = f"{role_fr} est responsable de {SCOPE_FR[area]}, à l'appui du mandat du Ministère en matière de conservation de la ressource et de sécurité des navigateurs."
        ga_fr = ga_fr.replace(" de le ", " du ").replace(" de les ", " des ")
        para(ga_fr if fr else ga_en)
        if self.lang == "bi":
            T.append(("P", ""))
            para(ga_fr)
        T.append(("F", ""))
        self.sections["ga_end"] = len(T)
        # organization
        T.append(("H", L["s"][1]))
        n_peers = r.randint(3, 7)
        if self.sup_layout == "sentence":
            if fr:
                para(f"Le poste est l'un des {n_peers} postes relevant du {stitle} ({scls}).")
            else:
                para(f"The position is one of {n_peers} reporting to the {stitle} ({scls}).")
        else:
            para(f"Le poste est l'un des {n_peers} postes relevant directement du supérieur." if fr else
                 f"The position is one of {n_peers} positions reporting directly to the supervisor.")
        self.rep_lines(T, L, width, para)
        T.append(("F", ""))
        self.sections["org_end"] = len(T)
        # dimensions
        T.append(("H", L["s"][2]))
        fte_s = str(self.fte)
        a = lambda v: fmt_amount(v, self.amt, fr)  # noqa: E731
        dpad = 22
        if self.kw.get("dim") == "sentence":
            if fr:
                s = f"L'organisation compte {fte_s} années-personnes; son budget comprend {a(self.salary)} en traitements"
                s += f" et {a(self.om)} en F et E" if self.state_om else ""
                s += f", soit un total de {a(self.total)}." if self.state_total else "."
            else:
                s = f"The organization has {fte_s} person-years and a budget of {a(self.salary)} in salary"
                s += f" and {a(self.om)} in O&M" if self.state_om else ""
                s += f", for a total of {a(self.total)}." if self.state_total else "."
            para(s)
        else:
            T.append(("F", f"    {L['fte'] + ':':<{dpad}} {fte_s}"))
            T.append(("F", f"    {L['sal'] + ':':<{dpad}} {a(self.salary)}"))
            if self.state_om:
                T.append(("F", f"    {L['om'] + ':':<{dpad}} {a(self.om)}"))
            if self.state_total:
                T.append(("F", f"    {L['tot'] + ':':<{dpad}} {a(self.total)}"))
        if self.kw.get("prior_fig"):
            para(f"(En {self.year - 3}, l'organisation comptait {self.fte + 9} années-personnes.)" if fr else
                 f"(In {self.year - 3} the organization had {self.fte + 9} person-years before Program Review.)")
        T.append(("F", ""))
        self.sections["dim_end"] = len(T)
        # nature and scope
        T.append(("H", L["s"][3]))
        pool = NATURE_FR if fr else NATURE_EN
        for i in r.sample(range(len(pool)), 2):
            para(pool[i])
            T.append(("P", ""))
        self.sections["nat_end"] = len(T)
        T.append(("H", L["s"][4]))
        pool = SPEC_FR if fr else SPEC_EN
        for n, i in enumerate(sorted(r.sample(range(len(pool)), 5)), 1):
            para(f"{n}. {pool[i]}")
        T.append(("F", ""))
        # signatures
        T.append(("H", L["s"][5]))
        self.sig_lines(T, fr)
        if self.form == "old" and self.kw.get("hay", True):
            T.append(("F", ""))
            kh = r.choice([528, 608, 700])
            ps = r.choice([304, 350, 400])
            ac = r.choice([304, 350, 400, 460])
            T.append(("F", ("ÉVALUATION (usage du Ministère seulement)" if fr else "EVALUATION (for departmental use only)")))
            T.append(("F", f"  KH: F II 3  {kh}   PS: F 4 (66%)  {ps}   AC: F 3 P  {ac}   TOTAL: {kh + ps + ac}"))
        return T

    def rep_lines(self, T, L, width, para):
        fr = self.fr
        reps = [((x[1] if fr else x[0]), fmt_cls(x[2], self.cstyle), x[3]) for x in self.reports]
        u = L["fteu"]
        lay = self.rep_layout
        if lay == "sentence":
            parts = []
            for t, c, f in reps:
                parts.append(f"le {t} ({c}; {f} {u})" if fr and f is not None else f"le {t} ({c})" if fr else
                             f"the {t} ({c}; {f} {u})" if f is not None else f"the {t} ({c})")
            para((L["repl"] + " " if not fr else "Relèvent du titulaire : ") + "; ".join(parts) + ".")
            return
        T.append(("F", L["repl"]))
        if lay == "table":
            if width:
                T.append(("F", f"    {L['ttl']:<46} {L['grp']:<14} {L['ftec']}"))
                for t, c, f in reps:
                    T.append(("F", f"    {t:<46} {c:<14} {'' if f is None else f}"))
            else:
                T.append(("T", f"{L['ttl']}\t{L['grp']}\t{L['ftec']}"))
                for t, c, f in reps:
                    T.append(("T", f"{t}\t{c}\t{'' if f is None else f}"))
        elif lay == "lines":
            for t, c, f in reps:
                T.append(("F", f"  - {t} ({c})" + ("" if f is None else f" - {f} {u}")))
        elif lay == "numbered":
            for n, (t, c, f) in enumerate(reps, 1):
                T.append(("F", f"  {n}. {c}  {t}" + ("" if f is None else f" ({f})")))
        elif lay == "dash":
            for t, c, f in reps:
                T.append(("F", f"  {c} - {t}" + ("" if f is None else f", {f} {u}")))

    def sig_lines(self, T, fr):
        role = self.key
        inc = "Titulaire" if fr else "Incumbent"
        sup = "Superviseur" if fr else "Supervisor"
        app = "Approuvé par" if fr else "Approved by"
        cla = "Conseillère en classification" if fr else "Classification Advisor"
        if not self.kw.get("vacant"):
            T.append(("F", f"{inc}: {self.name(f'{role}-inc-{self.year // 4}')}        Signature: ______________   Date: ________"))
        T.append(("F", f"{sup}: {self.name(f'{POS[role][6]}-inc-{self.year // 4}')}        Signature: ______________   Date: ________"))
        if self.kw.get("signed"):
            T.append(("G", "            /s/ " + "~" * 6 + " ,f" + "  " + self.rng.choice(["'97", "Z/3", "ok"])))
        T.append(("F", f"{app}: {self.name(role + '-app')}"))
        if self.kw.get("advisor", True):
            T.append(("F", f"{cla}: {self.name(role + '-cla')}"))

    # --- kinds
    def text_lines(self, width, hyph):
        T = self.content(width, 0.0 if self.kw.get("cols") else hyph)
        r = self.rng
        st = self.dmg
        if self.kw.get("cols"):
            T = self.across(T)
        # stamps and scribbles
        extra = []
        n_st = self.kw.get("stamps", 0)
        n_sc = self.kw.get("scribbles", 0)
        for _ in range(n_st):
            extra.append(("G", stamp(r, self.year)))
        for _ in range(n_sc):
            extra.append(("G", scribble(r)))
        for e in extra:
            T.insert(r.randint(3, len(T) - 1), e)
        if self.kw.get("tail_stamp"):
            i = next(i for i, (t, x) in enumerate(T) if t == "F" and POS[self.key][3] in x)
            T[i] = ("F", T[i][1] + "        " + "RECEIVED/REÇU")
        return damage(T, st, r)

    def across(self, T):
        """The identification block, dimensions and reports are a left column beside the accountability
        and nature prose; the scanner reads the two across."""
        s = self.sections
        left = [x for x in T[3:s["id"]]] + T[s["ga_end"]:s["dim_end"]]
        right_text = []
        for tag, x in T[s["id"]:s["ga_end"]] + T[s["dim_end"]:s["nat_end"]]:
            right_text.append(x)
        # re-wrap the right column narrow
        r = self.rng
        right = []
        para = []
        for x in right_text + [""]:
            if x.strip() == "" or x.isupper() or x in LBL["old_en"]["s"] + LBL["old_fr"]["s"]:
                if para:
                    right.extend(wrap(" ".join(para), 36, r, 0.3))
                    para = []
                right.append(x)
            else:
                para.append(x.strip())
        lw = 56
        lefts = []
        for tag, x in left:
            x = re.sub(r":\s{2,}", ": ", x) if not x.startswith("    ") else x
            x = x.strip() if x.startswith(" " * 20) else x
            if len(x) <= lw:
                lefts.append(x)
                continue
            toks = re.findall(r"⟦[^⟧]*⟧|\S+", x)
            cur = ""
            for t in toks:
                if cur and len(cur) + 1 + len(t) > lw:
                    lefts.append(cur)
                    cur = "    " + t
                else:
                    cur = f"{cur} {t}" if cur else (" " * (len(x) - len(x.lstrip())) + t)
            lefts.append(cur)
        out = T[:3]
        for i in range(max(len(lefts), len(right))):
            a = lefts[i] if i < len(lefts) else ""
            b = right[i] if i < len(right) else ""
            vis = len(a.replace("⟦", "").replace("⟧", ""))
            out.append(("F", (a + " " * (lw - vis) + " " * r.randint(1, 3) + b).rstrip()))
        rest = T[s["nat_end"]:]
        return out + rest

    def paginate(self, lines, per_page, header, footer, fax=None):
        pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
        n = len(pages)
        r = self.rng
        out = []
        for i, pg in enumerate(pages, 1):
            top, bottom = [], []
            if fax:
                top.append(damage([("F", fax.format(p=i + 1, n=n + 1))], self.dmg, r)[0])
            if header and i > 1:
                top.append(damage([("F", header.format(p=i, n=n))], self.dmg, r)[0])
                top.append("")
            if footer:
                bottom = ["", damage([("F", footer.format(p=i, n=n))], self.dmg, r)[0]]
            out.append(top + pg + bottom)
        return out

    def header_footer(self):
        r = self.rng
        t = self.title_fr if self.fr else self.title_en
        pn = POS[self.key][3]
        cls = fmt_cls(self.cls, self.cstyle)
        hs = self.kw.get("header")
        fs = self.kw.get("footer")
        headers = {
            "title": f"{t} - {cls}",
            "pos": (f"Poste no {pn}" if self.fr else f"Position No. {pn}") + "                                   {p}",
            "dept": ("PÊCHES ET OCÉANS" if self.fr else "FISHERIES AND OCEANS") + f"          {t}",
            "conf": ("PROTÉGÉ une fois rempli" if self.fr else "PROTECTED when completed") + f"      {pn}",
        }
        footers = {"pageof": ("Page {p} de {n}" if self.fr else "Page {p} of {n}"), "dash": "- {p} -",
                   "bare": "{p}", "slash": "{p}/{n}",
                   "form": ("MPO 1123 (Rév. 91/03)     {p}" if self.fr else "DFO 1123 (Rev. 91/03)     {p}")}
        return headers.get(hs), footers.get(fs)

    def fax_line(self):
        if not self.kw.get("fax"):
            return None
        if hasattr(self, "_fax"):
            return self._fax
        d = self.date or dt.date(self.year, 3, 10)
        d = d - dt.timedelta(days=self.rng.randint(20, 60))
        line = (f"{MONTHS_EN[d.month - 1][:3].upper()} {d.day:02d} '{d.year % 100:02d} {self.rng.randint(8, 16):02d}:"
                f"{self.rng.randint(0, 59):02d} FROM {self.kw['fax']}   TO 613 555 {self.rng.randint(1000, 9999)}"
                "   P.{p:02d}/{n:02d}")
        self._fax = line
        return line

    def write(self):
        kind = self.kind
        if kind in ("ocr", "ocr-columns", "text", "text-cp1252"):
            width = self.kw.get("width", 78)
            hyph = {None: 0.0, 0: 0.15, 1: 0.3, 2: 0.45}[self.dmg] if kind.startswith("ocr") else 0.0
            lines = self.text_lines(width, hyph)
            h, f = self.header_footer()
            pages = self.paginate(lines, self.kw.get("per_page", 54), h, f, self.fax_line())
            if self.kw.get("fax"):
                pages.insert(0, damage([("F", x) for x in self.fax_cover()], self.dmg, self.rng))
                first = self.fax_line()
                pages[0].insert(0, damage([("F", first.format(p=1, n=len(pages)))], self.dmg, self.rng)[0])
            sep = "\f" if self.kw.get("formfeed") else "\n\n"
            text = unprotect(sep.join("\n".join(p) for p in pages)) + "\n"
            if kind == "text-cp1252":
                text = text.replace("'", "’").replace("\n", "\r\n")
                text = re.sub(r'"([^"]*)"', "“\\1”", text)
                return text.encode("cp1252")
            return text.encode("utf-8")
        if kind == "markdown":
            return self.markdown().encode("utf-8")
        if kind == "pdf":
            width = self.kw.get("width", 96)
            hyph = {None: 0.0, 0: 0.1, 1: 0.25, 2: 0.4}[self.dmg]
            lines = self.text_lines(width, hyph)
            h, f = self.header_footer()
            pages = self.paginate(lines, self.kw.get("per_page", 48), h, f, self.fax_line())
            texts = [unprotect("\n".join(p)) for p in pages]
            texts = [t.encode("cp1252", "replace").decode("cp1252") for t in texts]
            return pdf_bytes(texts)
        if kind == "docx":
            return self.docx()
        raise ValueError(kind)

    def fax_cover(self):
        fr = self.fr
        if fr:
            return ["TÉLÉCOPIE", "", f"Destinataire : {unprotect(self.name('fax-to'))}", "Objet : description de poste",
                    "Nombre de pages (incluant celle-ci) : voir en-tête", "", ""]
        return ["FACSIMILE TRANSMISSION", "", f"To: {unprotect(self.name('fax-to'))}",
                "Re: position description as requested", "Pages (including cover): see header", "", ""]

    def markdown(self):
        T = self.content(None)
        out = []
        first = True
        for tag, x in T:
            x = unprotect(x)
            if tag == "H":
                out.append(f"\n## {x.split('. ', 1)[-1].title() if x.isupper() else x}\n")
            elif tag == "T":
                cells = x.split("\t")
                out.append("| " + " | ".join(cells) + " |")
                if first:
                    out.append("|" + "---|" * len(cells))
                    first = False
            elif tag == "F" and ": " in x and not x.startswith(" "):
                k, v = x.split(": ", 1)
                out.append(f"*   **{k}:** {v}")
            elif x.strip():
                out.append(x.strip() if not x.startswith("  ") else "*   " + x.strip().lstrip("- "))
            else:
                out.append("")
        head = f"# {unprotect(T[1][1]).title()} — {self.title_en}\n\n_Transcribed from the {self.year} paper original._\n"
        body = "\n".join(out[2:])
        return head + re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"

    def docx(self):
        T = self.content(None)
        st = self.dmg
        tags = [t for t, _ in T]
        texts = damage(T, st, self.rng)
        d = docx.Document()
        d.styles["Normal"].font.name = "Courier New" if self.kw.get("courier") else "Times New Roman"
        d.styles["Normal"].font.size = Pt(11)
        h, _ = self.header_footer()
        if h:
            d.sections[0].header.paragraphs[0].text = unprotect(h.format(p="", n="")).strip()
        table = None
        for tag, x in zip(tags, texts):
            x = unprotect(x)
            if tag == "T":
                cells = x.split("\t")
                if table is None:
                    table = d.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for c, v in zip(row, cells):
                    c.text = v
                continue
            table = None
            if tag == "H":
                d.add_heading(x, level=2)
            elif x.strip():
                d.add_paragraph(x)
        cp = d.core_properties
        cp.author = self.kw.get("author", "scanner")
        cp.title = ""
        cp.created = dt.datetime(2010, 1, 1, 9, 0, 0)
        cp.modified = dt.datetime(2010, 1, 1, 9, 0, 0)
        cp.last_modified_by = "scanner"
        cp.revision = 1
        buf = io.BytesIO()
        d.save(buf)
        return rezip(buf.getvalue())

    # --- truth
    def truth(self):
        fr = self.fr
        sup_num = self.sup[3] if self.sup_layout in ("fields", "line") else None
        f = {
            "title": self.title_fr if fr else self.title_en,
            "classification": self.cls,
            "job_code": self.job if self.state_job else None,
            "position_number": POS[self.key][3] if self.state_pos is True else None,
            "effective_date": self.date,
            "supervisor": {"position_number": sup_num, "title": self.sup[1] if fr else self.sup[0],
                           "classification": self.sup[2]},
            "direct_reports": [{"title": x[1] if fr else x[0], "classification": x[2], "fte": x[3]}
                               for x in self.reports],
            "salary": self.salary,
            "o_and_m": self.om if self.state_om else None,
            "total": self.total if self.state_total else None,
            "location": self.loc_fr if fr else self.loc_en,
        }
        ns = [k for k, v in f.items() if v is None]
        ns += [f"supervisor.{k}" for k, v in f["supervisor"].items() if v is None]
        also = {"department": "Fisheries and Oceans (Pêches et Océans)" +
                (", Canadian Coast Guard" if POS[self.key][7] == "ccg" or self.key in ("dg_ms", "rd_ccg_lau") else ""),
                "form": LBL[f"{self.form}_{'fr' if fr else 'en'}"]["form"], "fte": self.fte}
        if self.lang == "bi":
            also["title_fr"] = self.title_fr
        if self.dmg is not None:
            also["damage"] = ["light", "middling", "heavy"][self.dmg]
        sup = POS[self.key][6]
        if sup in POS:
            also["reports_to_in_corpus"] = NEWEST[sup]
        for k in ("note", "layout"):
            if k in self.kw:
                also[k] = self.kw[k]
        for k in ("fax", "stamps", "scribbles", "header", "footer", "draft", "signed", "tail_stamp"):
            if self.kw.get(k):
                also[k] = self.kw[k]
        also["reports_layout"] = self.rep_layout
        also["supervisor_layout"] = self.sup_layout
        if self.form == "old" and self.kw.get("hay", True):
            also["hay_points_present"] = True
        return f, ns, also


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


D = dt.date

# ---------------------------------------------------------------- the folder
SPECS = [
    Doc("DG Fisheries Research - EX3 - 1997 fax.txt", "dg_fr", "en", "ocr", "old", D(1997, 4, 1), dmg=1,
        fax="DFO SCIENCE OTTAWA", cstyle="EX 1", rep="table", sup="line", drop=1, scale=0.85, stamps=1, scribbles=1,
        header="title", footer="dash"),
    Doc("Directeur général, Recherche sur les pêches (2008) OCR.docx", "dg_fr", "fr", "docx", "new", D(2008, 6, 16),
        dmg=0, datefmt="fr_short", rep="table", sup="fields", amt="M", header="title"),
    Doc("SHC-CHS DG description 2002 bilingue.pdf", "dg_hyd", "bi", "pdf", "new", D(2002, 10, 1), datefmt="iso",
        rep="lines", sup="fields", amt="K", header="title", footer="pageof"),
    Doc("Resource Mgmt DG - photocopy.txt", "dg_rm", "en", "ocr", "old", D(1999, 1, 4), dmg=2, datefmt="en_dmy",
        cstyle="EX-1", rep="numbered", sup="line", amt="plain", stamps=2, scribbles=2, header="dept", footer="bare",
        prior_fig=True, note="a parenthesis gives the person-years of three years before; not this document's figure"),
    Doc("DG Services maritimes – DT 2004.txt", "dg_ms", "fr", "text-cp1252", "new", D(2004, 4, 1), rep="dash",
        sup="fields", amt="full", footer="pageof", formfeed=True),
    Doc("DR Sciences Qc 1995 scan.txt", "rd_sci_qc", "fr", "ocr", "old", D(1995, 4, 1), dmg=2, datefmt="fr_short",
        cstyle="EX 1", drop=1, scale=0.8, rep="table", sup="line", stamps=1, header="pos", footer="form", tail_stamp=True),
    Doc("Directeur regional Sciences (Quebec) 2003.pdf", "rd_sci_qc", "fr", "pdf", "new", D(2003, 9, 15), dmg=0,
        datefmt="ddmmyy", rep="lines", sup="fields", amt="M", scale=0.95, header="title", footer="pageof"),
    Doc("DR Sciences Québec – version 2009.txt", "rd_sci_qc", "fr", "text-cp1252", "new", D(2009, 4, 1),
        rep="table", sup="fields", amt="full"),
    Doc("RD Science Maritimes 2001 - signed.pdf", "rd_sci_mar", "en", "pdf", "new", D(2001, 11, 5), dmg=1,
        rep="sentence", sup="line", amt="K", signed=True, header="conf", footer="pageof", scribbles=1),
    Doc("RDFM Gulf 1998 bilingue.txt", "rd_fm_gulf", "bi", "ocr-columns", "old", D(1998, 7, 6), dmg=1, datefmt="iso",
        cols=True, rep="lines", sup="line", cstyle="EX 1", layout="identification, dimensions and reports read across the accountability prose"),
    Doc("DR GCC Laurentides (2000).txt", "rd_ccg_lau", "fr", "ocr", "new", D(2000, 5, 15), dmg=1, rep="numbered",
        sup="sentence", amt="full", header="dept", footer="dash"),
    Doc("fish pop sci 1994.txt", "d_fps", "en", "ocr", "old", D(1994, 4, 1), dmg=1, datefmt="en_caps",
        cstyle="EX 1", rep="table", sup="line", drop=1, scale=0.8, header="title", footer="dash", stamps=1),
    Doc("Director Fish Population Science 2006.pdf", "d_fps", "en", "pdf", "new", D(2006, 2, 13), datefmt="en_dmy",
        rep="lines", sup="fields", amt="M", footer="pageof"),
    Doc("Directrice Sciences aquaculture 2005 (1).docx", "d_aqua", "fr", "docx", "new", D(2005, 1, 17), dmg=1,
        datefmt="fr_short", rep="table", sup="fields", courier=True, header="pos"),
    Doc("Habitat Research Director 1998 2col scan.txt", "d_hab", "en", "ocr-columns", "old", D(1998, 4, 1), dmg=1,
        datefmt="yymmdd", cols=True, rep="lines", sup="line", cstyle="EX-1",
        layout="identification, dimensions and reports read across the accountability prose"),
    Doc("Charting Standards EX-01 2003.pdf", "d_charts", "en", "pdf", "new", D(2003, 6, 2), dmg=0, datefmt="iso",
        rep="table", sup="fields", job=False, header="pos", footer="slash"),
    Doc("Nautical Publications 1999 typed.txt", "d_naut", "bi", "ocr", "old", D(1999, 10, 1), dmg=1,
        datefmt="iso", rep="table", sup="line", cstyle="EX 1", drop=1, scale=0.9, header="title", footer="form"),
    Doc("Director, Nautical Publications - 2004 retyped.txt", "d_naut", "en", "text", "new", D(2004, 1, 12),
        rep="lines", sup="fields"),
    Doc("Atlantic allocations dir 1996 FAX.txt", "d_alloc", "en", "ocr", "old", D(1996, 8, 19), dmg=2,
        fax="DFO FISH MGMT OTTAWA", cstyle="EX 1", rep="numbered", sup="line", stamps=1, footer="dash"),
    Doc("Licensing Policy Director DRAFT 2001.txt", "d_lic", "en", "text", "new", None, nodate="Upon approval",
        draft=True, rep="lines", sup="fields", pos="To be assigned", om=False, incumbent=False, vacant=True),
    Doc("Licensing Policy Director 2001 - signed.pdf", "d_lic", "en", "pdf", "new", D(2001, 9, 10), dmg=0,
        rep="lines", sup="fields", signed=True, footer="pageof"),
    Doc("Directeur Peches autochtones 1999.pdf", "d_abor", "fr", "pdf", "old", D(1999, 6, 1), dmg=1, rep="dash",
        sup="line", cstyle="EX-1", stamps=1, header="pos", footer="pageof"),
    Doc("Icebreaking Ops Director 1996.txt", "d_ice", "en", "ocr", "old", D(1996, 4, 1), dmg=0, cls="EX-01",
        rep="table", sup="line", drop=1, cstyle="EX 1", footer="bare"),
    Doc("Icebreaking Operations - Opérations de déglaçage 2005 EX-02.docx", "d_ice", "bi", "docx", "new",
        D(2005, 11, 21), dmg=0, cls="EX-02", datefmt="iso", rep="table", sup="fields", header="title"),
    Doc("DT Aides a la navigation 2002 scan.txt", "d_aton", "fr", "ocr", "new", D(2002, 3, 18), dmg=1,
        datefmt="fr_short", rep="lines", sup="fields", amt="K", header="title", footer="pageof"),
    Doc("Search and Rescue Programs Director (1997 original, transcribed).md", "d_sar", "en", "markdown", "old",
        D(1997, 9, 2), rep="table", sup="fields", cstyle="EX-1", hay=False),
    Doc("Sciences oceaniques IML 1997 photocopie.txt", "d_ocean_qc", "fr", "ocr", "old", D(1997, 4, 1), dmg=2,
        rep="numbered", sup="line", stamps=2, scribbles=2, cstyle="EX 1", header="dept", footer="dash"),
    Doc("Evaluation des stocks 1993.txt", "d_stocks_qc", "fr", "ocr", "old", D(1993, 5, 3), dmg=2,
        datefmt="fr_short", drop=1, scale=1.2, rep="table", sup="line", cstyle="EX 1", scribbles=1, footer="form"),
    Doc("Directeur Évaluation des stocks 2002.pdf", "d_stocks_qc", "fr", "pdf", "new", D(2002, 4, 1), dmg=0,
        rep="table", sup="fields", amt="full", header="title", footer="pageof"),
    Doc("OSD Director 2000 (scan).pdf", "d_osd_mar", "en", "pdf", "new", D(2000, 2, 28), dmg=1, rep="dash",
        sup="fields", amt="M", header="dept", footer="bare"),
    Doc("Marine Fish Division 1995 - 2 columns.txt", "d_mfd_mar", "en", "ocr-columns", "old", D(1995, 10, 10),
        dmg=2, datefmt="en_dmy", cols=True, rep="lines", sup="line", cstyle="EX-1",
        layout="identification, dimensions and reports read across the accountability prose"),
    Doc("Area Director Gulf NS 2003.txt", "ad_gns", "en", "text-cp1252", "new", D(2003, 4, 14), rep="dash",
        sup="line_nonum", amt="full", dim="sentence", footer="pageof"),
    Doc("Directeur de secteur Est N-B 1998 bilingual scan.pdf", "ad_enb", "bi", "pdf", "old", D(1998, 1, 12),
        dmg=1, datefmt="iso", rep="lines", sup="line", cstyle="EX 1", footer="pageof"),
    Doc("Directeur de secteur, Est du Nouveau-Brunswick 2007.docx", "ad_enb", "fr", "docx", "new", D(2007, 5, 1),
        dmg=0, rep="table", sup="fields"),
    Doc("Directeur Services maritimes Laurentides 2006.pdf", "d_mp_lau", "fr", "pdf", "new", D(2006, 9, 25),
        datefmt="fr_short", rep="table", sup="fields", amt="M", footer="pageof"),
    Doc("Fisheries Economics Director 1992.txt", "d_econ", "en", "ocr", "old", D(1992, 7, 1), dmg=1,
        cstyle="EX 1", rep="table", sup="line", total=False, header="pos", footer="dash", stamps=1),
    Doc("Habitat Mgmt Pacific 2004 OCR.docx", "d_hab_pac", "en", "docx", "new", D(2004, 3, 1), dmg=1,
        rep="table", sup="fields", amt="K"),
    Doc("Science Director Nfld 1997 - fax copy.pdf", "d_sci_nfld", "en", "pdf", "old", D(1997, 1, 20), dmg=2,
        fax="DFO ST JOHNS SCIENCE", rep="numbered", sup="line", cstyle="EX 1", scribbles=1, footer="dash"),
    Doc("Directrice Communications Québec 2001.txt", "d_comm_qc", "fr", "text-cp1252", "new", D(2001, 4, 2),
        rep="sentence", sup="fields", amt="full"),
    Doc("Small Craft Harbours C&A 1999.txt", "d_sch_ca", "en", "ocr", "old", D(1999, 4, 1), dmg=0,
        datefmt="en_caps", rep="dash", sup="line", cstyle="EX-1", job=False, dim="sentence", footer="dash"),
    Doc("Inspection du poisson Qc 1996.txt", "d_insp_qc", "fr", "ocr", "old", D(1996, 2, 5), dmg=1,
        datefmt="fr_short", rep="table", sup="sentence", cstyle="EX 1", total=False, header="title", footer="bare"),
    Doc("Directrice C&P Golfe 2004.pdf", "d_cp_gulf", "fr", "pdf", "new", D(2004, 8, 16), dmg=0, rep="lines",
        sup="fields", amt="K", footer="pageof"),
    Doc("Oceans Program Director Pacific 2008 - Programme des océans.pdf", "d_oceans_pac", "bi", "pdf", "new",
        D(2008, 4, 1), datefmt="iso", rep="table", sup="fields", amt="full", header="title", footer="pageof"),
]

VERSION_NOTES = {
    "dg_fr": "1997 fax of the old position description (EX 3), one report fewer and smaller units; 2008 French work description made from OCR",
    "rd_sci_qc": "1995 scan (EX 2, one report fewer, fewer person-years), 2003 PDF, 2009 text: units grow, budgets change",
    "d_fps": "1994 old form (EX 1) with one report fewer and smaller units; 2006 work description",
    "d_naut": "1999 bilingual typed form with one report fewer; 2004 retyped English work description",
    "d_lic": "DRAFT (no date, position number to be assigned, no O&M, vacant) and the signed 2001 version",
    "d_ice": "reclassified: EX-01 in 1996 (one report fewer), EX-02 in 2005 (bilingual Word)",
    "d_stocks_qc": "1993 scan before Program Review: more staff per unit, one report fewer; 2002 PDF",
    "ad_enb": "1998 bilingual scan (English content) and the 2007 French Word file",
}


def _sortkey(d):
    return d.date or dt.date(d.year, 6, 30)


NEWEST = {}
for _d in SPECS:
    if _d.key not in NEWEST or _sortkey(_d) >= _sortkey(next(x for x in SPECS if x.file == NEWEST[_d.key])):
        NEWEST[_d.key] = _d.file


# ---------------------------------------------------------------- documents to refuse
def refusals():
    r = random.Random("refusals")
    out = []
    # 1. fax cover sheet (OCR, bilingual)
    a, b = person("ref-fax-from"), person("ref-fax-to")
    lines = [("F", "MAY 06 '02 11:14 FROM CCG MARINE SERVICES TO 613 555 2291 P.01/09"),
             ("F", "Fisheries and Oceans      Pêches et Océans"), ("F", "Canadian Coast Guard    Garde côtière canadienne"),
             ("F", ""), ("F", "FACSIMILE TRANSMISSION / TRANSMISSION PAR TÉLÉCOPIEUR"), ("F", ""),
             ("F", f"To / Destinataire:        ⟦{b}⟧, Classification"), ("F", f"From / Expéditeur:        ⟦{a}⟧"),
             ("F", "Date:                     2002-05-06"), ("F", "Pages (incl. cover / y compris celle-ci): 9"),
             ("F", ""), ("F", "Re / Objet: Work descriptions for review / Descriptions de travail pour examen"), ("F", ""),
             ("P", "As discussed, please find attached the work descriptions of the following positions for the"),
             ("P", "classification review committee of May 14:"),
             ("F", "   - Director, Aids to Navigation (EX-01), position 62047"),
             ("F", "   - Director, Icebreaking Operations (EX-01), position 62044"),
             ("F", "   - Superintendent, Search and Rescue (GT-07)"),
             ("P", "The organization charts will follow by internal mail. Please call me at 613-555-0148 if any"),
             ("P", "page is illegible."), ("F", ""),
             ("P", "Si vous ne recevez pas toutes les pages, veuillez communiquer avec l'expéditeur."),
             ("G", "        ~~ /rec'd  MAY 06 2002  ,,"),
             ]
    out.append(("FAX cover - work descriptions Aids to Navigation.txt", "ocr", "bilingual",
                (unprotect("\n".join(damage(lines, 1, r))) + "\n").encode("utf-8"), [a, b],
                "a fax cover sheet listing enclosed work descriptions with titles, levels and position numbers"))
    # 2. memo (PDF, OCR layer)
    a, b, c = person("ref-memo-from"), person("ref-memo-to"), person("ref-memo-cc")
    lines = [("F", "MEMORANDUM                                              NOTE DE SERVICE"), ("F", ""),
             ("F", f"TO:       ⟦{b}⟧, Director General, Fisheries Research"),
             ("F", f"FROM:     ⟦{a}⟧, Director, Executive Group Services"),
             ("F", f"CC:       ⟦{c}⟧"), ("F", "DATE:     February 23, 1998"), ("F", "FILE:     5740-1-3"),
             ("F", "SUBJECT:  Conversion of executive positions to the revised EX standard"), ("F", ""),
             ("P", "Further to the Treasury Board decision on the revised Executive Group Position Evaluation Plan,"),
             ("P", "all executive position descriptions in the Sector must be rewritten in the new format and"),
             ("P", "re-evaluated before March 31, 1999. The following positions in your Branch are affected:"), ("F", ""),
             ("F", "   Position   Title                                         Level   Person-years"),
             ("F", "   40117      Director, Fish Population Science             EX 1        38"),
             ("F", "   40131      Director, Aquaculture Science                 EX 1        22"),
             ("F", "   40139      Director, Fish Habitat Research               EX 1        31"), ("F", ""),
             ("P", "Please have the incumbents and their supervisors review the attached guide, and return the"),
             ("P", "revised descriptions to my office, signed, by October 30, 1998. Positions that are not"),
             ("P", "converted by that date will keep their current evaluation until the next cycle."), ("F", ""),
             ("F", "Attachment: Guide to writing executive work descriptions (12 pages)"),
             ("G", "     ~ ok - circulate to Dirs  ,/"),
             ]
    text = unprotect("\n".join(damage(lines, 1, r)))
    out.append(("Memo - EX conversion 1998.pdf", "pdf", "en",
                pdf_bytes([text.encode("cp1252", "replace").decode("cp1252")]), [a, b, c],
                "a memorandum about converting executive positions to the revised EX standard, with a table of positions"))
    # 3. minutes (French, cp1252, CRLF)
    a, b, c, d = (person(k) for k in ("ref-min-1", "ref-min-2", "ref-min-3", "ref-min-4"))
    text = "\n".join([
        "PROCÈS-VERBAL", "Comité de classification des postes de direction – Région du Québec",
        "Réunion du 12 mai 2004, 9 h 30, salle 204, Institut Maurice-Lamontagne", "",
        f"Présents : {a} (présidente), {b}, {c}", f"Secrétaire : {d}", "",
        "1. Adoption de l’ordre du jour", "L’ordre du jour est adopté sans modification.", "",
        "2. Examen des descriptions de travail", "",
        "   Poste    Titre                                              Niveau   Décision",
        "   73114    Directeur régional, Sciences                       EX-02    maintenu",
        "   73126    Directeur, Évaluation des stocks                   EX-01    maintenu",
        "   73140    Directrice, Communications                         EX-01    à revoir",
        "",
        "Le comité demande que la description du poste 73140 précise le nombre d’ETP (environ 14) et",
        "le budget de F et E avant le 30 juin 2004. Le « titulaire intérimaire » sera informé.", "",
        "3. Varia", "Aucun.", "", "Prochaine réunion : le 9 septembre 2004.", "",
        f"{a}, présidente"]) + "\n"
    out.append(("Procès-verbal comité classification 12 mai 2004.txt", "text-cp1252", "fr",
                text.replace("\n", "\r\n").encode("cp1252"), [a, b, c, d],
                "minutes of the regional executive classification committee, with a decisions table of positions and levels"))
    # 4. organization chart as OCR read it
    a, b, c = person("dg_hyd-inc-499"), person("d_charts-inc-499"), person("d_naut-inc-499")
    lines = [("F", "CANADIAN HYDROGRAPHIC SERVICE - ORGANIZATION CHART - APRIL 1999"), ("F", ""),
             ("F", "                      +----------------------------------+"),
             ("F", "                      | Director General                 |"),
             ("F", "                      | Canadian Hydrographic Service    |"),
             ("F", f"                      | EX 3   40250   ⟦{a}⟧"),
             ("F", "                      +----------------------------------+"),
             ("F", "                 |                  |                    |"),
             ("F", "+---------------------+ +----------------------+ +----------------------+"),
             ("F", "| Director, Charting   | | Director, Nautical   | | Manager, Planning    |"),
             ("F", "| Standards  EX 1      | | Publications  EX 1   | | and Coordination PM-6|"),
             ("F", f"| ⟦{b}⟧ | | ⟦{c}⟧ | | 5 PY |"),
             ("F", "| 41 PY                | | 33 PY                | |                      |"),
             ("F", "+---------------------+ +----------------------+ +----------------------+"),
             ("F", ""), ("F", "Total person-years: 86        Source: CHS Administration, 99-04-12"),
             ]
    out.append(("CHS org chart 1999.txt", "ocr", "en", (unprotect("\n".join(damage(lines, 1, r))) + "\n").encode("utf-8"),
                [a, b, c], "an organization chart of the Canadian Hydrographic Service read by OCR, boxes with titles, levels and person-years"))
    # 5. scan without a text layer
    out.append(("Scan0042.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "three scanned pages without a text layer: unreadable"))
    # 6. letter of offer, French, Word from OCR
    a, b = person("ref-let-to"), person("ref-let-from")
    paras = ["Pêches et Océans Canada – Région du Québec", "", "Le 3 mars 2003", "", a, "Institut Maurice-Lamontagne",
             "850, route de la Mer", "Mont-Joli (Québec)", "",
             "Objet : Nomination intérimaire – Directeur régional, Sciences (EX-02), poste 73114",
             f"Madame {a.split()[-1]},",
             "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur régional, Sciences, "
             "Région du Québec (EX-02), du 10 mars 2003 au 5 septembre 2003. Votre rémunération sera établie "
             "conformément au Règlement sur les conditions d'emploi des cadres.",
             "Vous relèverez du Directeur général régional, Région du Québec. Veuillez signer et retourner la "
             "copie ci-jointe au plus tard le 7 mars 2003.",
             "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", b,
             "Directeur général régional, Région du Québec", "", "J'accepte l'offre : ____________________  Date : ________"]
    dd = docx.Document()
    for p in damage([("P", x if x not in (a, b) else f"⟦{x}⟧") for x in paras], 0, r):
        dd.add_paragraph(unprotect(p))
    cp = dd.core_properties
    cp.author, cp.title, cp.last_modified_by, cp.revision = "scanner", "", "scanner", 1
    cp.created = cp.modified = dt.datetime(2010, 1, 1, 9, 0, 0)
    buf = io.BytesIO()
    dd.save(buf)
    out.append(("Lettre - nomination intérimaire EX-02 (2003).docx", "docx", "fr", rezip(buf.getvalue()), [a, b],
                "a letter offering an acting appointment to an EX-02 position"))
    return out


class Dumper(yaml.SafeDumper):
    pass


def main():
    for p in (CORPUS, EXPECTED):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    groups = {}
    for d in SPECS:
        groups.setdefault(d.key, []).append(d)
    for d in SPECS:
        data = d.write()
        (CORPUS / d.file).write_bytes(data)
        f, ns, also = d.truth()
        vers = None
        g = groups[d.key]
        if len(g) > 1:
            docs = sorted(g, key=_sortkey)
            vers = {"documents": [x.file for x in docs], "newest": docs[-1].file, "same_text": False,
                    "note": VERSION_NOTES[d.key]}
        truth = {"document": d.file, "kind": d.kind, "language": "bilingual" if d.lang == "bi" else d.lang,
                 "outcome": "import", "fields": f, "not_stated": ns, "also": also, "people": d.people,
                 "versions": vers}
        (EXPECTED / f"{d.file}.expected.yaml").write_text(
            yaml.dump(truth, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    for name, kind, lang, data, people, what in refusals():
        (CORPUS / name).write_bytes(data)
        truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                 "not_stated": None, "also": {"what": what}, "people": people, "versions": None}
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.dump(truth, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


if __name__ == "__main__":
    main()
