"""Write bench/import/blind52/: corpus/ (50 documents) and expected/ (their ground truth).

    /work/main/.venv/bin/python bench/import/blind52/make_blind.py

Deterministic: every document has its own random.Random seeded from the corpus seed and its
number, .docx files are written with fixed core properties and fixed zip timestamps, PDFs by
tests/import_files.pdf_bytes. Running it twice gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import sys
import zipfile
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 52_052
CORPUS = HERE / "corpus"
EXPECTED = HERE / "expected"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- notations

def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, style: str, lang: str) -> str:
    if lang == "fr":
        if style == "iso":
            return d.isoformat()
        if style == "slash" and d.day > 12:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dots" and d.day > 12:
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    m = MONTHS_EN[d.month - 1]
    return {
        "long": f"{m} {d.day}, {d.year}",
        "ord": f"{m} {ordinal(d.day)}, {d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {m} {d.year}",
        "abbr": f"{m[:3]}. {d.day}, {d.year}",
        "caps": f"{m.upper()} {d.day}, {d.year}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dmmmy": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
    }[style]


def fmt_cls(c: str, style: str) -> str:
    grp, lvl = c.rsplit("-", 1)
    n = int(lvl)
    return {
        "dash": c, "space": f"{grp} {lvl}", "short": f"{grp}-{n}", "paren": f"({c})", "tight": f"{grp}{lvl}",
        "spaced": f"{grp} - {lvl}",
    }[style]


def _mill(v: int, sep: str) -> str | None:
    if v % 1000:
        return None
    s = f"{v / 1_000_000:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", sep)


def fmt_money(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        full = f"{v:,}".replace(",", " ")
        if style == "M" and _mill(v, ","):
            return f"{_mill(v, ',')} M$"
        if style == "million" and _mill(v, ","):
            return f"{_mill(v, ',')} millions $"
        if style == "K" and v % 1000 == 0 and v < 10_000_000:
            return f"{v // 1000} k$"
        if style == "cents":
            return f"{full},00 $"
        return f"{full} $"
    if style == "M" and _mill(v, "."):
        return f"${_mill(v, '.')}M"
    if style == "million" and _mill(v, "."):
        return f"${_mill(v, '.')} million"
    if style == "K" and v % 1000 == 0 and v < 10_000_000:
        return f"${v // 1000}K"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


# ---------------------------------------------------------------- OCR damage

DIGIT_SUBS = {"0": "O", "1": "I", "5": "S", "8": "B"}
LETTER_SUBS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "k"), ("ti", "h"), ("t", "l"), ("e", "c"),
               ("i", "l"), ("l", "I"), ("h", "b"), ("a", "e"), ("o", "a"), ("u", "v"), ("f", "t"), ("n", "o")]


class Damage:
    """OCR damage; identity when p == 0. Values get digits read as letters, prose gets letter
    confusions and words run together, titles (rarely) a single confusion."""

    def __init__(self, rng: Random, digits: float = 0.0, prose: float = 0.0, title: float = 0.0):
        self.rng, self.p_digit, self.p_prose, self.p_title = rng, digits, prose, title

    def val(self, s: str) -> str:
        if not self.p_digit:
            return s
        s = re.sub(r"(\d)(st|nd|rd|th)\b", lambda m: m.group(1) + ('"' if self.rng.random() < 0.7 else m.group(2)), s)
        out = []
        for ch in s:
            if ch in DIGIT_SUBS and self.rng.random() < self.p_digit:
                out.append("l" if ch == "1" and self.rng.random() < 0.25 else DIGIT_SUBS[ch])
            else:
                out.append(ch)
        return "".join(out)

    def _word(self, w: str) -> str:
        for _ in range(4):
            a, b = self.rng.choice(LETTER_SUBS)
            if a in w[1:]:
                i = w.index(a, 1)
                return w[:i] + b + w[i + len(a):]
        return w

    def prose(self, s: str) -> str:
        if not self.p_prose:
            return s
        words = s.split(" ")
        out = []
        for w in words:
            if len(w) > 3 and w.isascii() and w.isalpha() and self.rng.random() < self.p_prose:
                w = self._word(w)
            out.append(w)
        text = ""
        for i, w in enumerate(out):
            if i and not (self.rng.random() < self.p_prose / 5 and out[i - 1].isalpha() and w.isalpha()):
                text += " "
            text += w
        text = text.replace("'s ", " s " if self.rng.random() < 0.5 else "'s ")
        return self.val(text) if self.rng.random() < 0.5 else text

    def title(self, s: str) -> str:
        if self.p_title and self.rng.random() < self.p_title:
            words = s.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) > 5 and w.isascii() and w.isalpha()]
            if cands:
                i = self.rng.choice(cands)
                words[i] = self._word(words[i])
                return " ".join(words)
        return s


# ---------------------------------------------------------------- positions

def avg_salary(year: int) -> float:
    return 62_000 + (year - 2000) * 1_800


def make_position(entry) -> dict:
    (num, dept, level, kind, lang, when, fname, (title_en, title_fr), gender, (branch_en, branch_fr), sup,
     city, prov) = entry
    rng = Random(SEED * 1000 + num)
    D = T.DEPTS[dept]
    if isinstance(when, str):
        date = dt.date.fromisoformat(when)
        year = date.year
    elif when is None:
        date, year = None, 2018
    else:
        year = when
        date = dt.date(year, rng.choice([1, 4, 4, 6, 9, 10, 11]), rng.choice([1, 1, 2, 7, 12, 15, 19, 23, 28]))
    P = dict(num=num, dept=dept, level=level, kind=kind, lang=lang, year=year, date=date, fname=fname,
             title_en=title_en, title_fr=title_fr, gender=gender, branch_en=branch_en, branch_fr=branch_fr,
             cls=f"EX-0{level}", city=city, prov=prov)
    P["pos"] = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(1000, 9999)]))
    P["job"] = str(rng.randint(100100, 109999))
    # supervisor
    if level >= 4:
        st_en, st_fr, scls = D["head"]
        P["sup"] = dict(title_en=st_en, title_fr=st_fr, cls=scls, num=str(rng.randint(1000, 99999)))
    else:
        st_en, st_fr = sup
        first = st_en.split(",")[0]
        scls = {"Director General": "EX-03", "Executive Director": "EX-02", "Assistant Deputy Minister": "EX-04",
                "Assistant Secretary to the Cabinet": "EX-04", "Assistant Commissioner": "EX-04",
                "Chief Information Officer": "EX-03", "Chief Executive Officer": "EX-05"}[first]
        P["sup"] = dict(title_en=st_en, title_fr=st_fr, cls=scls, num=str(rng.randint(10000, 99999)))
    # direct reports
    units = [u for u in D["units"] if u[0].lower() not in title_en.lower()]
    rng.shuffle(units)
    n = {1: rng.randint(2, 5), 2: rng.randint(3, 5), 3: rng.randint(3, 5), 4: rng.randint(3, 5), 5: rng.randint(4, 5)}[level]
    reps = []
    for i, (u_en, u_fr) in enumerate(units[:n]):
        if level == 1:
            kind_ = rng.choice(["Manager", "Manager", "Chief", "Senior Advisor"])
            t_fr = {"Manager": "Gestionnaire", "Chief": "Chef", "Senior Advisor": "Conseiller principal"}[kind_]
            grp = rng.choice(D["groups"])
            if grp.startswith("CS-") and year >= 2023:
                grp = grp.replace("CS-", "IT-")
            fte = rng.randint(3, 9) if kind_ == "Senior Advisor" else rng.randint(5, 34)
        elif level in (2, 3):
            kind_, t_fr, grp = "Director", "Directeur", "EX-01"
            if level == 3 and i == 0 and rng.random() < 0.4:
                kind_, t_fr, grp = "Executive Director", "Directeur exécutif", "EX-02"
            fte = rng.randint(12, 72)
        else:
            kind_, t_fr, grp = "Director General", "Directeur général", "EX-03"
            fte = rng.randint(60, 420)
        reps.append(dict(title_en=f"{kind_}, {u_en}", title_fr=f"{t_fr}, {u_fr}", cls=grp, fte=fte))
    P["reports"] = reps
    P["fte"] = sum(r["fte"] for r in reps) + rng.randint(1, 7)
    big = P["fte"] > 250
    sal = int(round(P["fte"] * avg_salary(year) * rng.uniform(0.9, 1.15), -5 if big else -4))
    om = int(round(sal * rng.uniform(0.04, 0.3), -4 if big else -3))
    P.update(salary=sal, om=om, total=sal + om)
    P["program"] = None
    if dept in ("VAC", "ISED", "GAC") and level >= 2 and rng.random() < 0.6:
        P["program"] = int(rng.randint(20, 900) * 1_000_000)
    return P


def link(P: dict, sup: dict) -> None:
    """P reports to the position sup (another document of the corpus)."""
    P["sup"] = dict(title_en=sup["title_en"], title_fr=sup["title_fr"], cls=sup["cls"], num=sup["pos"])
    P["reports_to_in_corpus"] = sup["fname"]


def all_positions() -> list[dict]:
    Ps = {e[0]: make_position(e) for e in T.POSITIONS}
    # versions of one position share their numbers; a revision changes the money and the staff
    for a, b in ((6, 7), (22, 23), (34, 35), (39, 40)):
        A, B = Ps[a], Ps[b]
        for k in ("pos", "job", "sup", "reports", "cls", "title_en", "title_fr", "city", "prov"):
            B[k] = A[k] if k != "reports" else [dict(r) for r in A[k]]
        if b in (7, 35):
            rng = Random(SEED + b)
            for r in B["reports"]:
                r["fte"] = max(3, r["fte"] + rng.randint(-6, 9))
            if b == 7:
                B["reports"] = [r for r in B["reports"] if "Personal Income Tax" not in r["title_en"]]
                B["reports"].append(dict(title_en="Director, Personal Income Tax", title_fr="Directeur, Impôt sur le revenu des particuliers",
                                         cls="EX-01", fte=0))
            B["fte"] = sum(r["fte"] for r in B["reports"]) + 4
            B["salary"] = int(round(B["fte"] * avg_salary(B["year"]), -4))
            B["om"] = int(round(B["salary"] * 0.12, -3))
            B["total"] = B["salary"] + B["om"]
            if b == 7:
                B["sup"] = dict(B["sup"], num=str(int(A["sup"]["num"]) + 11))
        else:
            for k in ("fte", "salary", "om", "total", "date", "year", "program"):
                B[k] = A[k]
    Ps[40]["date"] = None
    # a director and the director general it reports to, both in the corpus
    link(Ps[8], Ps[7])
    pit = [r for r in Ps[7]["reports"] if r["title_en"] == "Director, Personal Income Tax"][0]
    pit["fte"] = Ps[8]["fte"]
    Ps[7]["fte"] = sum(r["fte"] for r in Ps[7]["reports"]) + 4
    Ps[7]["salary"] = int(round(Ps[7]["fte"] * avg_salary(2016), -4))
    Ps[7]["om"] = int(round(Ps[7]["salary"] * 0.12, -3))
    Ps[7]["total"] = Ps[7]["salary"] + Ps[7]["om"]
    link(Ps[11], Ps[12])
    Ps[11]["reports"] = Ps[11]["reports"][:3]
    for r, n in zip(Ps[11]["reports"], [9, 6, 5] if len(Ps[11]["reports"]) == 3 else [12, 8]):
        r["fte"] = n
    Ps[11]["fte"] = 2 + sum(r["fte"] for r in Ps[11]["reports"])
    Ps[11]["salary"] = int(round(Ps[11]["fte"] * 98_000, -4))
    Ps[11]["om"] = 145_000
    Ps[11]["total"] = Ps[11]["salary"] + 145_000
    dg = Ps[12]["reports"] = [r for r in Ps[12]["reports"] if "Data Governance" not in r["title_en"]]
    dg[0] = dict(title_en="Director, Data Governance", title_fr="Directrice, Gouvernance des données", cls="EX-01",
                 fte=Ps[11]["fte"])
    Ps[12]["fte"] = sum(r["fte"] for r in dg) + 3
    Ps[12]["salary"] = int(round(Ps[12]["fte"] * 99_000, -5))
    Ps[12]["om"] = 1_300_000
    Ps[12]["total"] = Ps[12]["salary"] + 1_300_000
    return [Ps[k] for k in sorted(Ps)]


VERSIONS = [
    dict(of="Director General, Tax Policy Analysis (Finance)", documents=[6, 7], newest=7, note="revised"),
    dict(of="Director General, Mission Security (GAC)", documents=[22, 23], newest=None,
         note="the same description saved twice"),
    dict(of="Directeur, Opérations de recouvrement (CRA)", documents=[34, 35], newest=35, note="révisée"),
    dict(of="Director General, Pay Centre Operations (PSPC)", documents=[40, 39], newest=39,
         note="an undated Word draft and the signed paper copy"),
]


# ---------------------------------------------------------------- the document's content

def plan(P: dict) -> dict:
    """Per-document choices: labels, notations, what is stated and how."""
    rng = Random(SEED * 7 + P["num"])
    lang, kind, lvl = P["lang"], P["kind"], P["level"]
    o = {}
    if lang == "fr":
        o["labels"] = rng.choice(T.LABELS_FR)
    elif lang == "bi":
        o["labels"] = {k: f"{v} / {T.LABELS_FR[0][k]}" for k, v in T.LABELS_EN[0].items()}
    else:
        o["labels"] = rng.choice(T.LABELS_EN)
    o["layout"] = rng.choice(["colon", "colon", "next", "dots", "tab"])
    o["cls"] = rng.choice(["dash", "dash", "space", "short", "paren", "tight", "spaced"])
    o["date"] = rng.choice(["long", "ord", "iso", "dmy", "abbr", "caps", "slash", "dmmmy"] if lang != "fr"
                           else ["long", "long", "iso", "slash", "dots"])
    o["money"] = rng.choice(["full", "M", "M", "K", "million", "cents"])
    o["dims"] = rng.choice(["lines", "lines", "close", "sentence"] + (["table"] if kind == "docx" else []))
    o["money_incl"] = rng.choice(["all"] * 7 + ["salary_om", "total_only", "om_total", "none"])
    o["sup"] = rng.choice(["fields", "fields", "fields_nonum", "reports_to_paren", "sentence", "sentence_nocls"])
    o["reps"] = rng.choice(["paren", "paren", "clsdash", "staff", "endash", "prose", "bare"]
                           + (["table", "table"] if kind in ("docx", "pdf") else ["table"]))
    o["show_job"] = rng.random() < 0.45
    o["show_pos"] = rng.random() < 0.9
    o["show_loc"] = rng.random() < 0.9
    o["loc_end"] = rng.random() < 0.35
    o["template"] = "csr" if (P["year"] >= 2012 and rng.random() < 0.35) else "classic"
    o["order"] = rng.choice(["a", "b"])
    o["incumbent"] = rng.random() < 0.3
    o["signed"] = "signed" in P["fname"] or "signée" in P["fname"] or rng.random() < 0.3
    o["contact"] = rng.random() < 0.15
    o["fte_style"] = rng.choice(["label", "staff", "number"])
    o["head_i"] = rng.randrange(4)
    o["ocr_mode"] = rng.choice(["run", "pages", "pages", "lines", "lines"])
    o["strength"] = rng.choice([0.25, 0.5, 0.8])
    o["bi_title"] = rng.choice(["two_fields", "slash", "two_lines"])
    o["wrapper"] = rng.random() < 0.8
    # the emphasis: what users' folders hold
    forced = {
        12: dict(date="ord", reps="paren", strength=0.9, dims="close", money="M", money_incl="all", sup="reports_to_paren",
                 ocr_mode="lines", show_pos=True),
        25: dict(date="long", strength=0.8, ocr_mode="pages", reps="staff"),
        6: dict(reps="staff", sup="fields", ocr_mode="run", loc_end=True, show_loc=True),
        7: dict(reps="staff", sup="fields", ocr_mode="pages", loc_end=True, show_loc=True, signed=True),
        36: dict(sup="reports_to_paren", dims="close", money="M", strength=0.8, money_incl="all"),
        43: dict(sup="reports_to_paren", loc_end=True, show_loc=True),
        27: dict(dims="close", money="M", money_incl="all", loc_end=True),
        11: dict(sup="fields", reps="table", show_pos=True),
        8: dict(sup="fields", show_pos=True),
        23: {}, 22: dict(signed=False),
        39: dict(signed=True, sup="fields"), 40: dict(signed=False, sup="fields"),
        34: dict(signed=False, reps="staff"), 35: dict(signed=True, reps="staff"),
        9: dict(sup="reports_to_paren", reps="paren", dims="close"),
        28: dict(sup="reports_to_paren", reps="clsdash", dims="close", money_incl="all"),
        3: dict(reps="staff", loc_end=True),
        21: dict(loc_end=True, show_loc=True, dims="close"),
    }
    o.update(forced.get(P["num"], {}))
    if kind == "text-cp1252":
        o["layout"] = rng.choice(["colon", "tab", "dots"])
    if kind not in ("ocr", "ocr-columns"):
        o["strength"] = 0
    return o


def heading(o, key, lang):
    i = o["head_i"]
    if lang == "bi":
        return f"{T.HEAD_EN[key][i]} / {T.HEAD_FR[key][i]}"
    return (T.HEAD_FR if lang == "fr" else T.HEAD_EN)[key][i]


def loc_text(P, lang):
    if lang == "fr":
        return f"{P['city']} ({T.PROVINCES_FR[P['prov']]})"
    return f"{P['city']}, {P['prov']}"


def build(P: dict, o: dict, dmg: Damage) -> tuple[list, dict]:
    """The document as items, and its ground truth."""
    rng = Random(SEED * 13 + P["num"])
    lang = P["lang"]
    fr = lang == "fr"
    L = o["labels"]
    D = T.DEPTS[P["dept"]]
    title = P["title_fr"] if fr else P["title_en"]
    sup_title = P["sup"]["title_fr"] if fr else P["sup"]["title_en"]
    dept_name = D["fr"] if fr else D["en"]
    branch = P["branch_fr"] if fr else P["branch_en"]
    ftes = "ETP" if fr else "FTEs"
    items: list = []
    truth = dict(title=title, classification=P["cls"], job_code=None, position_number=None, effective_date=None,
                 supervisor=dict(position_number=None, title=None, classification=None), direct_reports=[],
                 salary=None, o_and_m=None, total=None, location=None)
    also = dict(fte=None, operating_budget=None, program_budget=None, provisional_number=None)
    people: list[str] = []
    names = list(T.NAMES_FR if fr else T.NAMES_EN) + (T.NAMES_FR if lang == "bi" else [])
    rng.shuffle(names)

    def F(key, value):
        items.append(("field", L[key], value))

    # form title
    if fr:
        items.append(("title", rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "Description de travail",
                                            "DESCRIPTION DE POSTE DE CADRE"])))
    elif lang == "bi":
        items.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION"))
    else:
        items.append(("title", rng.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "Executive Work Description",
                                            "EXECUTIVE (EX) WORK DESCRIPTION", "Job Description"])))
    # header fields
    if lang == "bi":
        if o["bi_title"] == "two_fields":
            items.append(("field", "Position Title", dmg.title(P["title_en"])))
            items.append(("field", "Titre du poste", dmg.title(P["title_fr"])))
        elif o["bi_title"] == "slash":
            F("title", f"{dmg.title(P['title_en'])} / {dmg.title(P['title_fr'])}")
        else:
            items.append(("field2", L["title"], [dmg.title(P["title_en"]), dmg.title(P["title_fr"])]))
    else:
        F("title", dmg.title(title))
    F("cls", dmg.val(fmt_cls(P["cls"], o["cls"])))
    if o["show_job"]:
        F("job", dmg.val(P["job"]))
        truth["job_code"] = P["job"]
    if o["show_pos"]:
        F("pos", dmg.val(P["pos"]))
        truth["position_number"] = P["pos"]
    elif P["num"] % 3 == 0:
        prov = rng.choice(["NEW", "TBD", "NOUVEAU" if fr else "NEW"])
        F("pos", prov)
        also["provisional_number"] = prov
    if P["date"]:
        F("date", dmg.val(fmt_date(P["date"], o["date"], "fr" if fr else "en")))
        truth["effective_date"] = P["date"]
    elif P["num"] == 40:
        F("date", "")
    sup = P["sup"]
    sup_cls_txt = dmg.val(fmt_cls(sup["cls"], o["cls"] if o["cls"] != "paren" else "dash"))
    if o["sup"] in ("fields", "fields_nonum"):
        if o["sup"] == "fields":
            F("sup_num", dmg.val(sup["num"]))
            truth["supervisor"]["position_number"] = sup["num"]
        F("sup_title", dmg.title(sup_title))
        F("sup_cls", sup_cls_txt)
        truth["supervisor"].update(title=sup_title, classification=sup["cls"])
    elif o["sup"] == "reports_to_paren":
        F("reports_to", f"{dmg.title(sup_title)} ({sup_cls_txt})")
        truth["supervisor"].update(title=sup_title, classification=sup["cls"])
    loc_fields = [("dept", dept_name), ("branch", branch)]
    if o["show_loc"]:
        loc_fields.append(("loc", loc_text(P, "fr" if fr else "en")))
        truth["location"] = f"{P['city']}, {T.PROVINCES_FR[P['prov']] if fr else P['prov']}"
    if not o["loc_end"]:
        for k, v in loc_fields:
            F(k, v)

    subj = (P["title_fr"] if fr else P["title_en"]).split(", ", 1)[1]
    subj_l = subj
    clients = D["clients"][1 if fr else 0]
    if fr:
        subj_l = subj[0].lower() + subj[1:]
    de_subj = lambda x: ("d'" if x[0].lower() in "aeiouéèêh" else "de ") + x  # noqa: E731
    fill = dict(title=title, subj=subj_l, Subj=subj, dept=dept_name, clients=clients, de_dept=T.DE_FR[P["dept"]],
                de_subj=de_subj(subj_l if fr else subj[0].lower() + subj[1:]))

    def prose(en_fr_pool_en, pool_fr, k, also_fr=False):
        idx = rng.sample(range(len(en_fr_pool_en)), k)
        out = []
        for i in idx:
            if fr:
                out.append(dmg.prose(pool_fr[i].format(**fill)))
            else:
                out.append(dmg.prose(en_fr_pool_en[i].format(**fill)))
                if also_fr:
                    fs = P["title_fr"].split(", ", 1)[1]
                    fs = fs[0].lower() + fs[1:]
                    ffill = dict(fill, title=P["title_fr"], subj=fs, de_subj=de_subj(fs),
                                 dept=D["fr"], clients=D["clients"][1])
                    out.append(dmg.prose(pool_fr[i].format(**ffill)))
        return out

    bi = lang == "bi"

    def sec_ga():
        items.append(("h", heading(o, "ga", lang)))
        for p in prose(T.GA_EN, T.GA_FR, 1, bi):
            items.append(("p", p))

    def sec_csr():
        items.append(("h", heading(o, "csr", lang)))
        items.append(("p", dmg.prose((T.CSR_FR if fr else T.CSR_EN).format(**fill))))

    def sec_ns():
        items.append(("h", heading(o, "ns", lang)))
        items.append(("p", dmg.prose(D["mandate"][1 if fr else 0])))
        if bi:
            items.append(("p", dmg.prose(D["mandate"][1])))
        for p in prose(T.NS_EN, T.NS_FR, rng.randint(2, 3), bi):
            items.append(("p", p))

    def sec_sa():
        key = "sa"
        items.append(("h", heading(o, key, lang)))
        acts = prose(T.SA_EN, T.SA_FR, rng.randint(5, 8))
        items.append(("ol", acts, rng.choice(["1.", "1)", "(a)", "-"])))

    def rep_line(r, style):
        t = dmg.title(r["title_fr"] if fr else r["title_en"])
        c = dmg.val(fmt_cls(r["cls"], "dash" if o["cls"] in ("paren",) else o["cls"]))
        n = dmg.val(str(r["fte"]))
        resp = dmg.prose(rng.choice(T.RESP_FR if fr else T.RESP_EN))
        if style == "paren":
            return f"{t} ({c}, {n} {ftes}): {resp}", True, True
        if style == "clsdash":
            return f"{c} - {t} ({n} {ftes[:-1] if not fr and rng.random() < 0.5 else ftes})", True, True
        if style == "staff":
            w = f"effectif de {n}" if fr else rng.choice([f"staff of {n}", f"Staff of {n}"])
            return f"{t} ({c}), ({w}) {resp}", True, True
        if style == "endash":
            return f"{t} – {c} – {n} {ftes}", True, True
        return t, False, False  # bare

    def sec_org():
        items.append(("h", heading(o, "org", lang)))
        # the supervisor in a sentence
        who = title
        if o["sup"] in ("sentence", "sentence_nocls"):
            st = dmg.title(sup_title)
            if o["sup"] == "sentence":
                with_num = rng.random() < 0.5
                if fr:
                    s = f"Le titulaire du poste de {who} relève du {st} ({sup_cls_txt})"
                    s += f", poste no {dmg.val(sup['num'])}." if with_num else "."
                else:
                    s = f"The {who} reports to the {st} ({sup_cls_txt})"
                    s += f", position number {dmg.val(sup['num'])}." if with_num else "."
                truth["supervisor"].update(title=sup_title, classification=sup["cls"])
                if with_num:
                    truth["supervisor"]["position_number"] = sup["num"]
            else:
                s = (f"Le poste relève du {st}." if fr else f"The {who} is one of {len(P['reports']) + 1} senior "
                     f"positions reporting to the {st}.")
                truth["supervisor"]["title"] = sup_title
            items.append(("p", s))
        reps = P["reports"]
        style = o["reps"]
        if style == "table":
            head = (["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group and Level", "FTEs"])
            rows = [[dmg.title(r["title_fr"] if fr else r["title_en"]),
                     dmg.val(fmt_cls(r["cls"], "dash")), dmg.val(str(r["fte"]))] for r in reps]
            items.append(("p", "Relèvent du titulaire :" if fr else f"Reporting to the {title} are:"))
            items.append(("table", [head] + rows))
            got = [(r, True, True) for r in reps]
        elif style == "prose":
            parts = []
            for r in reps:
                t = dmg.title(r["title_fr"] if fr else r["title_en"])
                parts.append(f"{('le' if fr else 'the')} {t} ({dmg.val(fmt_cls(r['cls'], 'dash'))})")
            joined = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
            items.append(("p", (f"Relèvent du titulaire : {joined}." if fr else f"Reporting to the {title} are {joined}.")))
            got = [(r, True, False) for r in reps]
        else:
            intro = ("Les postes suivants relèvent du titulaire :" if fr else
                     rng.choice([f"Reporting to the {title} are:", "The following positions report to the incumbent:",
                                 "Direct reports:"]))
            items.append(("p", intro))
            lines, got = [], []
            for r in reps:
                s, hc, hf = rep_line(r, style)
                lines.append(s)
                got.append((r, hc, hf))
            items.append(("ul", lines, rng.choice(["-", "*", "•", ">"]) if P["kind"] != "docx" else "•"))
        for r, hc, hf in got:
            truth["direct_reports"].append(dict(title=r["title_fr"] if fr else r["title_en"],
                                                classification=r["cls"] if hc else None,
                                                fte=r["fte"] if hf else None))

    def sec_dims():
        items.append(("h", heading(o, "dims", lang)))
        mf = lambda v: dmg.val(fmt_money(v, o["money"], "fr" if fr else "en"))  # noqa: E731
        incl = o["money_incl"]
        fte = dmg.val(str(P["fte"]))
        if o["fte_style"] == "staff":
            fte_item = ("p", f"Effectif de {fte} ETP" if fr else f"Staff of {fte}")
        elif o["fte_style"] == "number":
            fte_item = ("field", "Nombre d'ETP" if fr else "Number of FTE's", fte)
        else:
            fte_item = ("field", L["fte"], fte)
        items.append(fte_item)
        also["fte"] = P["fte"]
        money = []
        if incl in ("all", "salary_om"):
            money.append(("salary", P["salary"]))
        if incl in ("all", "salary_om", "om_total"):
            money.append(("om", P["om"]))
        if incl in ("all", "om_total"):
            money.append(("total", P["total"]))
        if incl == "total_only":
            lab = "Salaires et F et E combinés" if fr else "Combined Salary and O&M"
            items.append(("field", lab, mf(P["total"])))
            truth["total"] = P["total"]
        for k, v in money:
            truth[{"salary": "salary", "om": "o_and_m", "total": "total"}[k]] = v
        if money:
            if o["dims"] == "close":
                items.append(("p", "   ".join(f"{L[k]}: {mf(v)}" for k, v in money)))
            elif o["dims"] == "sentence" and len(money) == 3:
                s = (f"Le poste gère un budget salarial de {mf(P['salary'])} et un budget de fonctionnement et "
                     f"d'entretien de {mf(P['om'])}, pour un total de {mf(P['total'])}." if fr else
                     f"The position manages a salary budget of {mf(P['salary'])} and an O&M budget of "
                     f"{mf(P['om'])}, for a total of {mf(P['total'])}.")
                items.append(("p", s))
            elif o["dims"] == "table":
                items.append(("table", [[L[k], mf(v)] for k, v in money]))
            else:
                for k, v in money:
                    items.append(("field", L[k], mf(v)))
        if P["program"]:
            lab = "Subventions et contributions" if fr else "Grants and Contributions"
            items.append(("field", lab, dmg.val(fmt_money(P["program"], "M", "fr" if fr else "en"))))
            also["program_budget"] = P["program"]

    def sec_cert():
        items.append(("h", heading(o, "cert", lang)))
        items.append(("p", dmg.prose("Je certifie que la présente description est exacte et complète." if fr else
                                     "The foregoing is an accurate and complete statement of the duties and "
                                     "responsibilities assigned to the position.")))
        lines = []
        if o["incumbent"]:
            n = names.pop()
            people.append(n)
            lines.append(f"{'Titulaire' if fr else 'Incumbent'}: {n}")
        if o["signed"]:
            n1, n2 = names.pop(), names.pop()
            people.extend([n1, n2])
            sd = P["date"] or dt.date(P["year"], 5, 3)
            sd = sd + dt.timedelta(days=rng.randint(-40, -3))
            sig = fmt_date(sd, "iso" if rng.random() < 0.5 else "long", "fr" if fr else "en")
            lines.append(f"{'Superviseur' if fr else 'Supervisor'}: {n1}, {sup_title}    Date: {dmg.val(sig)}")
            lines.append(f"{'Approuvé par' if fr else 'Approved by'}: {n2}    Date: {dmg.val(sig)}")
        else:
            lines.append("Signature: ____________________    Date: ____________")
        items.append(("lines", lines))
        if o["contact"]:
            n = names.pop()
            people.append(n)
            items.append(("p", (f"Pour renseignements : {n}, conseiller(ère) en classification, 613-555-01{rng.randint(10, 99)}"
                                if fr else f"For information: {n}, Classification Advisor, 613-555-01{rng.randint(10, 99)}")))

    if o["template"] == "csr":
        order = [sec_csr, sec_sa, sec_org, sec_dims, sec_ns] if o["order"] == "a" else [sec_csr, sec_org, sec_dims, sec_sa, sec_ns]
    else:
        order = [sec_ga, sec_org, sec_ns, sec_dims, sec_sa] if o["order"] == "a" else [sec_ga, sec_ns, sec_org, sec_sa, sec_dims]
    if o["incumbent"] and not o["signed"] and rng.random() < 0.5:
        n = names.pop()
        people.append(n)
        items.insert(2, ("field", "Titulaire" if fr else "Incumbent", n))
        o["incumbent"] = False
    for s in order:
        s()
    if o["loc_end"]:
        items.append(("blank",))
        for k, v in (loc_fields[2:] + loc_fields[:2]) if P["num"] % 2 else loc_fields:
            items.append(("field", L[k].upper(), v))
    sec_cert()
    not_stated = [k for k in ("job_code", "position_number", "effective_date") if truth[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if truth["supervisor"][k] is None]
    if not truth["direct_reports"]:
        truth["direct_reports"] = None
        not_stated.append("direct_reports")
    not_stated += [k for k in ("salary", "o_and_m", "total", "location") if truth[k] is None]
    if bi:
        also["title_fr"] = P["title_fr"]
    if P.get("reports_to_in_corpus"):
        also["reports_to_in_corpus"] = P["reports_to_in_corpus"]
    return items, dict(fields=truth, not_stated=not_stated, also=also, people=people)


# ---------------------------------------------------------------- renderers

def field_lines(label, value, layout):
    if layout == "next":
        return [f"{label}:", f"    {value}"]
    if layout == "dots":
        return [f"{label} {'.' * max(3, 38 - len(label))} {value}"]
    if layout == "tab":
        return [f"{label}\t{value}"]
    return [f"{label}: {value}"]


def to_lines(items, o) -> list[str]:
    out: list[str] = []
    for it in items:
        t = it[0]
        if t == "title":
            out += [it[1], ""]
        elif t == "field":
            out += field_lines(it[1], it[2], o["layout"])
        elif t == "field2":
            out += [f"{it[1]}:", *[f"    {v}" for v in it[2]]]
        elif t == "h":
            out += ["", it[1] + (":" if it[1].isupper() and o["head_i"] == 1 else "")]
        elif t == "p":
            out += [it[1]]
        elif t == "ul":
            out += [f"{it[2]} {x}" for x in it[1]]
        elif t == "ol":
            st = it[2]
            for i, x in enumerate(it[1], 1):
                mark = {"1.": f"{i}.", "1)": f"{i})", "(a)": f"({'abcdefghij'[i - 1]})", "-": "-"}[st]
                out.append(f"{mark} {x}")
        elif t == "lines":
            out += it[1]
        elif t == "table":
            w = [max(len(r[i]) for r in it[1]) for i in range(len(it[1][0]))]
            for r in it[1]:
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        elif t == "blank":
            out.append("")
    return out


def wrap(line: str, width: int, rng: Random, hyphen: bool) -> list[str]:
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            room = width - len(cur) - 2
            if hyphen and len(w) > 7 and room > 3 and w.isalpha() and rng.random() < 0.35:
                cut = min(room, len(w) - 3)
                out.append(f"{cur} {w[:cut]}-")
                cur = w[cut:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"


def render_ocr(P, items, o, rng) -> str:
    lines = [x for x in to_lines(items, o)]
    footer = rng.choice([f"{T.DEPTS[P['dept']]['abbr'][1 if P['lang'] == 'fr' else 0]} - EX Work Description",
                         (P["title_fr"] if P["lang"] == "fr" else P["title_en"]).split(",")[0] + " " + P["cls"],
                         "PROTECTED B (when completed)", "Page"])
    mode = o["ocr_mode"]
    if mode == "run":
        body = " ".join(x for x in lines if x.strip())
    elif mode == "pages":
        per = rng.randint(22, 34)
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        out = []
        for n, pg in enumerate(pages, 1):
            txt = " ".join(x for x in pg if x.strip())
            if n > 1:
                txt = f"{n} {txt}"
            out.append(f"{txt} {footer if footer != 'Page' else f'Page {n}'}")
        body = "\n".join(out)
    else:
        width = rng.randint(68, 84)
        wrapped = []
        for x in lines:
            wrapped += wrap(x, width, rng, True) if len(x) > width else [x]
        out, n = [], 1
        per = rng.randint(44, 56)
        for i, x in enumerate(wrapped):
            if i and i % per == 0:
                n += 1
                out += ["", footer if footer != "Page" else f"Page {n - 1}", "\f" if rng.random() < 0.3 else "",
                        f"- {n} -" if rng.random() < 0.5 else f"Page {n}", ""]
            out.append(x)
        body = "\n".join(out)
    return (WRAPPER if (o["wrapper"] or mode != "lines") else "") + body + "\n"


def render_columns(P, items, o, rng) -> str:
    """Two columns read across the line: header fields, organization and dimensions on the left,
    the prose on the right."""
    left_items, right_items, side = [], [], "L"
    for it in items:
        if it[0] == "h":
            side = "R" if any(k in it[1].upper() for k in ("ACCOUNTAB", "NATURE", "CLIENT", "CERTIF", "KEY ACT", "PURPOSE")) else "L"
        if it[0] in ("field", "field2", "title") and side == "L":
            left_items.append(it)
        elif side == "L":
            left_items.append(it)
        else:
            right_items.append(it)
    lw, rw = rng.randint(34, 42), rng.randint(44, 52)
    left = [y for x in to_lines(left_items, o) for y in (wrap(x, lw, rng, False) if x else [])]
    right = [y for x in to_lines(right_items, o) for y in (wrap(x, rw, rng, True) if x else [])]
    n = max(len(left), len(right))
    rows = []
    for i in range(n):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a + rng.choice([" ", " | ", "  "]) + b).strip())
    per = rng.randint(30, 40)
    out = []
    for k, s in enumerate(range(0, len(rows), per), 1):
        txt = " ".join(rows[s:s + per])
        out.append((f"{k} " if k > 1 else "") + txt + f" {T.DEPTS[P['dept']]['abbr'][0]} EX")
    return WRAPPER + "\n".join(out) + "\n"


def render_cp1252(P, items, o) -> bytes:
    lines = to_lines(items, o)
    text = "\r\n".join(lines) + "\r\n"
    text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
    return text.encode("cp1252")


def render_pdf(P, items, o, rng) -> bytes:
    lines = []
    for x in to_lines(items, o):
        lines += wrap(x.replace("\t", "    "), 98, rng, False) if x else [""]
    per = 62
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    dept = T.DEPTS[P["dept"]]["en"]
    texts = [("\n".join(pg) + f"\n\n{dept} - Page {n} of {len(pages)}") for n, pg in enumerate(pages, 1)]
    return pdf_bytes(texts)


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def new_docx(author: str, when: dt.date):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(when.year, when.month, when.day, 9, 30, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    cp.title = ""
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_docx(P, items, o, rng) -> bytes:
    from docx.shared import Pt
    when = P["date"] or dt.date(P["year"], 3, 1)
    d = new_docx(rng.choice(["hrclass", "EX Classification", "Author", "user"]), when)
    table_fields = rng.random() < 0.55
    heading_style = rng.choice(["Heading 1", "Heading 2", "bold"])
    pending: list = []

    def flush():
        if not pending:
            return
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in pending:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[1].text = val
        pending.clear()
        d.add_paragraph("")

    for it in items:
        k = it[0]
        if k in ("field", "field2") and table_fields:
            pending.append((it[1], it[2] if k == "field" else "\n".join(it[2])))
            continue
        flush()
        if k == "title":
            p = d.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k in ("field", "field2"):
            p = d.add_paragraph()
            r = p.add_run(f"{it[1]}:")
            r.bold = True
            if k == "field":
                p.add_run(f" {it[2]}")
            else:
                for v in it[2]:
                    p.add_run().add_break()
                    p.add_run(v)
        elif k == "h":
            if heading_style == "bold":
                r = d.add_paragraph().add_run(it[1].upper())
                r.bold = True
            else:
                d.add_paragraph(it[1], style=heading_style)
        elif k == "p":
            d.add_paragraph(it[1])
        elif k == "ul":
            for x in it[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "ol":
            for x in it[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "lines":
            for x in it[1]:
                d.add_paragraph(x)
        elif k == "table":
            rows = it[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            d.add_paragraph("")
        elif k == "blank":
            d.add_paragraph("")
    flush()
    return save_docx(d)


# ---------------------------------------------------------------- documents to refuse

def refusals() -> list[tuple[str, str, str, bytes, list[str]]]:
    """(file, kind, language, bytes, people)"""
    out = []
    # 1. a memo about EX work descriptions (Word)
    d = new_docx("PCO HR", dt.date(2019, 11, 4))
    for line, bold in [("MEMORANDUM", True), ("TO: Directors General, Operations Secretariat", False),
                       ("FROM: Kathleen Morrissey, Director, Executive Resourcing", False),
                       ("DATE: November 4, 2019", False),
                       ("SUBJECT: Review of EX work descriptions before the 2020 talent management cycle", True),
                       ("", False)]:
        r = d.add_paragraph().add_run(line)
        r.bold = bold
    for p in [
        "As announced at the October management committee, the Executive Resourcing team will review every EX work "
        "description of the Secretariat before the talent management questionnaires are launched. Several descriptions "
        "on file are more than ten years old; some still show the supervisor's position number of positions that were "
        "abolished in 2014.",
        "Please send the signed copy of each EX-01 to EX-03 work description in your sector (Word or scanned PDF) by "
        "December 6, 2019. Where the effective date, the FTEs or the salary and O&M figures have changed, mark the "
        "changes; a classification advisor will contact you if an evaluation is needed.",
        "Questions may be directed to Amrit Sandhu, Senior Classification Advisor, at 613-555-0188.",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("Kathleen Morrissey")
    out.append(("Memo to DGs - EX work description review, PCO 2019.docx", "docx", "en", save_docx(d),
                ["Kathleen Morrissey", "Amrit Sandhu"]))
    # 2. a French letter of offer of an acting EX-02 appointment (Word)
    d = new_docx("RH", dt.date(2022, 8, 19))
    for p in [
        "Agence du revenu du Canada", "Le 19 août 2022", "",
        "Madame Véronique Charbonneau", "Shawinigan (Québec)", "",
        "Objet : Offre de nomination intérimaire - Directrice exécutive, Opérations de recouvrement (EX-02)", "",
        "Madame,",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice exécutive, Opérations de "
        "recouvrement, classifié au groupe et niveau EX-02 (poste no 48213), du 6 septembre 2022 au 3 mars 2023.",
        "Votre rémunération sera fixée conformément à la Directive sur les conditions d'emploi des cadres. Vous "
        "continuerez de relever du directeur général, Opérations de recouvrement.",
        "Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le 26 août 2022.",
        "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "",
        "Louis-Philippe Gauthier", "Directeur général, Opérations de recouvrement", "",
        "J'accepte l'offre ci-dessus : ______________________   Date : ____________",
    ]:
        d.add_paragraph(p)
    out.append(("Lettre d'offre - nomination intérimaire EX-02 (signée).docx", "docx", "fr", save_docx(d),
                ["Véronique Charbonneau", "Louis-Philippe Gauthier"]))
    # 3. a performance agreement, scanned (OCR)
    pa = (WRAPPER + "EXECUTIVE PERFORMANCE AGREEMENT 202I-2022 Innovation, Science and Economic Development Canada "
          "Name of executive: Gregory Stanfield Position: Director, Spectrum Management Operations Level: EX-OI "
          "Position No.: 6I477 Supervisor: Director General, Spectrum Management Operations Name of supervisor: "
          "Hélène Marchildon Period: April I, 202I to March 3I, 2022 PART A - COMMITMENTS Commitment I (Policy and "
          "Program Results): Complete the consultation on the 3800 MHz band and publish the decision by December 2O2I. "
          "Performance measure: decision published on time. Commitment 2 (Management Excellence): reduce the backlog of "
          "licence applications by 3O % while maintaining service standards. Commitment 3 (Leadership): complete the "
          "mid-year talent management discussion with all managers. PART B - LEADERSHIP COMPETENCIES Create vision "
          "and strategy; Mobilize people; Uphold integrity and respect; Collaborate with partners and stakeholders; "
          "Promote innovation and guide change; Achieve results. PART C - MID-YEAR REVIEW Ongoing; on track. "
          "Signature of executive ______ Date ______ Signature of supervisor ______ Date ______ Page I of 2\n"
          "2 PART D - YEAR-END ASSESSMENT Rating: Succeeded+ Comments: Commitments I and 3 met; commitment 2 "
          "substantially met (backlog reduced by 24 %). Page 2 of 2\n")
    out.append(("Performance Agreement 2021-2022, Director Spectrum Ops.txt", "ocr", "en", pa.encode("utf-8"),
                ["Gregory Stanfield", "Hélène Marchildon"]))
    # 4. a scan that gave only noise
    rng = Random(SEED + 4)
    noise_chars = "il1I|!.,:;'`~-_=^*oO0°»«/\\ "
    lines = []
    for _ in range(38):
        n = rng.randint(8, 70)
        lines.append("".join(rng.choice(noise_chars) for _ in range(n)).strip())
    lines[3] = "E X E C . . T I V E   ' | , ; ,  ~ ."
    noise = WRAPPER + "\n".join(lines) + "\n"
    out.append(("scan0042.txt", "ocr", "en", noise.encode("utf-8"), []))
    # 5. a scanned work description saved as PDF without a text layer
    out.append(("WD - ADM Finance (scan, no OCR).pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    return out


# ---------------------------------------------------------------- ground truth

def q(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, (int, dt.date)):
        return str(s) if not isinstance(s, dt.date) else s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def yaml_text(doc, kind, lang, outcome, truth, versions) -> str:
    L = [f"document: {q(doc)}", f"kind: {kind}", f"language: {'bilingual' if lang == 'bi' else lang}",
         f"outcome: {outcome}"]
    if truth is None:
        L += ["fields: null", "not_stated: []",
              "also: {fte: null, operating_budget: null, program_budget: null, provisional_number: null}"]
        people = []
    else:
        f = truth["fields"]
        L.append("fields:")
        for k in ("title", "classification", "job_code", "position_number", "effective_date"):
            L.append(f"  {k}: {q(f[k])}")
        L.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            L.append(f"    {k}: {q(f['supervisor'][k])}")
        if f["direct_reports"] is None:
            L.append("  direct_reports: null")
        else:
            L.append("  direct_reports:")
            for r in f["direct_reports"]:
                L += [f"  - title: {q(r['title'])}", f"    classification: {q(r['classification'])}",
                      f"    fte: {q(r['fte'])}"]
        for k in ("salary", "o_and_m", "total", "location"):
            L.append(f"  {k}: {q(f[k])}")
        L.append("not_stated: [" + ", ".join(truth["not_stated"]) + "]")
        L.append("also:")
        for k, v in truth["also"].items():
            L.append(f"  {k}: {q(v)}")
        people = truth["people"]
    if outcome == "refuse":
        people = truth_people_refuse.get(doc, [])
    L.append("people:" + ("" if people else " []"))
    L += [f"- {q(p)}" for p in people]
    if versions:
        L.append("versions:")
        L.append(f"  of: {q(versions['of'])}")
        L.append("  documents:")
        L += [f"  - {q(x)}" for x in versions["documents"]]
        L.append(f"  newest: {q(versions['newest'])}")
        L.append(f"  note: {q(versions['note'])}")
    else:
        L.append("versions: null")
    return "\n".join(L) + "\n"


# The emphasis's own examples, made sure of in the scans they were meant for (the truth is unchanged).
TOUCH = {
    12: [(r"\$[1I]\.3M", "$I.3M")],
    25: [(r"March [lI1][5S], 2[0O]23", 'March I5, 2023')],
    36: [(r"\(EX[- ]?[0O]?4\)", "(EX-O4)")],
    43: [(r"\(EX[- ]?[0O]?4\)", "(EX-O4)")],
}

truth_people_refuse: dict[str, list[str]] = {}


def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    Ps = all_positions()
    by_num = {P["num"]: P for P in Ps}
    vmap = {}
    for v in VERSIONS:
        names = [by_num[n]["fname"] for n in v["documents"]]
        rec = dict(of=v["of"], documents=names, newest=by_num[v["newest"]]["fname"] if v["newest"] else None,
                   note=v["note"])
        for n in names:
            vmap[n] = rec
    rendered: dict[int, tuple[bytes, dict]] = {}
    for P in Ps:
        rng = Random(SEED * 31 + P["num"])
        if P["num"] == 23:  # the same file downloaded twice
            data, truth = rendered[22]
        else:
            o = plan(P)
            s = o["strength"]
            dmg = Damage(Random(SEED * 17 + P["num"]), digits=s, prose=s / 12, title=0.25 if s >= 0.8 else 0.0)
            items, truth = build(P, o, dmg)
            kind = P["kind"]
            if kind == "ocr":
                data = render_ocr(P, items, o, rng).encode("utf-8")
            elif kind == "ocr-columns":
                data = render_columns(P, items, o, rng).encode("utf-8")
            elif kind == "text-cp1252":
                data = render_cp1252(P, items, o)
            elif kind == "pdf":
                data = render_pdf(P, items, o, rng)
            else:
                data = render_docx(P, items, o, rng)
            rendered[P["num"]] = (data, truth)
        for a, b in TOUCH.get(P["num"], []):
            text = data.decode("utf-8")
            assert re.search(a, text), (P["num"], a)
            data = re.sub(a, b, text, count=1).encode("utf-8")
        (CORPUS / P["fname"]).write_bytes(data)
        (EXPECTED / f"{P['fname']}.expected.yaml").write_text(
            yaml_text(P["fname"], P["kind"], P["lang"], "import", truth, vmap.get(P["fname"])), encoding="utf-8")
    for fname, kind, lang, data, people in refusals():
        truth_people_refuse[fname] = people
        (CORPUS / fname).write_bytes(data)
        (EXPECTED / f"{fname}.expected.yaml").write_text(
            yaml_text(fname, kind, lang, "refuse", None, None), encoding="utf-8")


if __name__ == "__main__":
    main()
