"""blind180: executive work descriptions as hand-filled forms read by OCR/ICR (scanned faxes, comb fields,
check boxes, stamps, crossed-out values), plus documents to refuse.  Deterministic: run from the repository
root with  python bench/import/blind180/make_blind.py"""
import datetime
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

import texts as T  # noqa: E402

R = random.Random(180)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# --------------------------------------------------------------------------------------------- people

_used_names = set()


def person():
    while True:
        n = f"{R.choice(T.FIRST)} {R.choice(T.LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


def initials(name):
    return "".join(w[0] for w in name.replace("-", " ").split())


# --------------------------------------------------------------------------------------------- positions

LEVEL_TITLE = {"EX-01": ("Director", "Directeur", "Directrice"),
               "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
               "EX-03": ("Director General", "Directeur général", "Directrice générale"),
               "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe")}
SUP_OF = {"EX-01": ["EX-03", "EX-02", "EX-03"], "EX-02": ["EX-03"], "EX-03": ["EX-04"]}
REPORT_CLS = ["PM-06", "EC-07", "AS-07", "CS-05", "FI-04", "PE-06", "EC-06", "PM-05", "CO-03", "EG-07"]
SUP_AREAS = [("Programs Branch", "Direction générale des programmes"), ("Policy Sector", "Secteur des politiques"),
             ("Operations Sector", "Secteur des opérations"), ("Regional Operations", "Opérations régionales"),
             ("Strategic Services", "Services stratégiques"), ("Science and Technology", "Sciences et technologie")]


def title_pair(cls, area, fem):
    en, fm, ff = LEVEL_TITLE[cls]
    return f"{en}, {area[0]}", f"{ff if fem else fm}, {area[1]}"


def make_reports(cls, area_idx):
    n = R.randint(2, 5)
    out = []
    units = R.sample(T.UNITS, n)
    for i, u in enumerate(units):
        if cls in ("EX-02", "EX-03") and i < n - 1 and R.random() < 0.75:
            fem = R.random() < 0.5
            ten, tfr = title_pair("EX-01", u, fem)
            rc, fte = "EX-01", R.randint(8, 45)
        else:
            kind = R.choice(["mgr", "mgr", "mgr", "tl", "adv"])
            if kind == "mgr":
                ten, tfr = f"Manager, {u[0]}", f"Gestionnaire, {u[1]}"
                rc, fte = R.choice(REPORT_CLS), R.randint(4, 22)
            elif kind == "tl":
                ten, tfr = f"Team Leader, {u[0]}", f"Chef d'équipe, {u[1]}"
                rc, fte = R.choice(["PM-05", "AS-05", "EC-05", "CS-04"]), R.randint(3, 11)
            else:
                ten, tfr = f"Senior Advisor, {u[0]}", f"Conseiller principal, {u[1]}"
                rc, fte = R.choice(["EC-07", "PM-06", "EC-06"]), 1
        if R.random() < 0.1:
            fte = None
        out.append({"title": ten, "title_fr": tfr, "classification": rc, "fte": fte})
    if R.random() < 0.25:
        out.append({"title": "Executive Assistant", "title_fr": "Adjointe administrative", "classification":
                    R.choice(["AS-02", "AS-03", "CR-05"]), "fte": 1})
    return out


def rdate():
    return datetime.date(R.choice([2018, 2019, 2020, 2021, 2022, 2023]), R.randint(1, 12), R.randint(1, 28))


def make_position(cls=None, area_idx=None, sup=None, dept=None):
    cls = cls or R.choice(["EX-01", "EX-01", "EX-01", "EX-02", "EX-02", "EX-03"])
    area = T.AREAS[area_idx]
    fem = R.random() < 0.5
    ten, tfr = title_pair(cls, area, fem)
    dept = dept if dept is not None else R.randrange(len(T.DEPARTMENTS))
    if sup is None:
        scls = R.choice(SUP_OF[cls])
        sarea = R.choice(SUP_AREAS)
        sten, stfr = title_pair(scls, sarea, R.random() < 0.5)
        sup = {"title": sten, "title_fr": stfr, "classification": scls,
               "position_number": str(R.randint(10000, 99999)) if R.random() < 0.55 else None}
    base = {"EX-01": (120, 480), "EX-02": (260, 900), "EX-03": (450, 1600)}[cls]
    salary = R.randint(*base) * 10000
    om = R.randint(8, 260) * 10000
    place = R.choice(T.PLACES)
    p = {
        "cls": cls, "title": ten, "title_fr": tfr, "fem": fem, "area": area, "dept": dept,
        "job_code": str(R.randint(100000, 109999)) if R.random() < 0.5 else None,
        "posno": str(R.randint(10000, 99999)) if R.random() < 0.88 else None,
        "eff": rdate() if R.random() < 0.85 else None,
        "sup": sup, "reports": make_reports(cls, area_idx),
        "salary": salary, "om": om, "total": salary + om if R.random() < 0.7 else None,
        "loc": place if R.random() < 0.85 else None,
        "incumbent": person() if R.random() < 0.6 else None,
        "approver": person(), "classifier": person() if R.random() < 0.5 else None,
    }
    rf = [r["fte"] for r in p["reports"]]
    p["fte_total"] = (sum(rf) + 1) if None not in rf and R.random() < 0.5 else None
    return p


# --------------------------------------------------------------------------------------------- damage

HW = {"1": ["l", "I", "l"], "5": ["S"], "0": ["D", "O", "O"], "2": ["Z"], "8": ["B"], "6": ["b"]}
TYPED = {"0": "O", "1": "l", "5": "S", "8": "B"}


def hw(s, rate, rng):
    """handwriting read by ICR: digits read as letters."""
    return "".join(rng.choice(HW[c]) if c in HW and rng.random() < rate else c for c in s)


def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typed_damage(line, strength, rng):
    """printed text through a fax and OCR: letters confused, accents lost, words run together."""
    if strength == 0:
        return line
    rates = {1: (0.03, 0.2, 0.01), 2: (0.08, 0.5, 0.03), 3: (0.15, 0.8, 0.07)}[strength]
    out = []
    for w in line.split(" "):
        if rng.random() < rates[0]:
            w = w.replace("m", "rn", 1) if "m" in w else w.replace("i", "l", 1) if "i" in w else \
                w.replace("e", "c", 1) if "e" in w else w.replace("d", "cl", 1)
        if rng.random() < rates[1]:
            w = strip_accents(w)
        w = "".join(TYPED[c] if c in TYPED and rng.random() < rates[0] * 2 else c for c in w)
        out.append(w)
    res = out[0] if out else ""
    for w in out[1:]:
        res += ("" if rng.random() < rates[2] and res and w else " ") + w
    return res


def wrap(text, width, hyphen=True, rng=None):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            if hyphen and len(w) > 7 and rng and rng.random() < 0.5 and "-" not in w:
                k = max(3, width - len(cur) - 2)
                if 3 <= k < len(w) - 2:
                    lines.append((cur + " " + w[:k] + "-").strip())
                    cur = w[k:]
                    continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------------------------- notations

def comb(s):
    return "|" + "|".join(s) + "|"


def spaced(s):
    return " ".join(s)


def spaced_label(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def date_text(d, style, lang):
    """(label hint, written value)"""
    y2 = d.year % 100
    if style == "iso":
        return ("(YYYY-MM-DD)" if lang != "fr" else "(AAAA-MM-JJ)"), d.isoformat()
    if style == "dmy2":
        return ("(DD/MM/YY)" if lang != "fr" else "(JJ/MM/AA)"), f"{d.day:02d}/{d.month:02d}/{y2:02d}"
    if style == "mdy":
        return "(MM/DD/YYYY)", f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy4":
        return ("(DD/MM/YYYY)" if lang != "fr" else "(JJ/MM/AAAA)"), f"{d.day}/{d.month}/{d.year}"
    if style == "words":
        if lang == "fr":
            return "", f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        return "", R.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{MONTHS_EN[d.month - 1][:3]} {d.day}/{y2:02d}",
                             f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"])
    if style == "mon":
        return "", f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    raise ValueError(style)


def money(v, style, lang):
    if style == "comma":
        return f"${v:,}"
    if style == "fr":
        return f"{v:,}".replace(",", " ") + " $"
    if style == "M":
        m = f"{v / 1e6:.2f}"
        return f"${m}M" if lang != "fr" else f"{m.replace('.', ',')} M$"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "digits":
        return "$ " + f"{v:,}".replace(",", " ")
    if style == "cents":
        return f"${v:,}.00"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------- labels

LAB = {
    "en": {"form": "EXECUTIVE WORK DESCRIPTION - POSITION IDENTIFICATION FORM", "title": "Position Title",
           "posno": "Position No.", "group": "Group", "level": "Level", "cls": "Group and Level",
           "job": "Job Code", "eff": "Effective Date", "dept": "Department", "loc": "Work Location",
           "sup": "SUPERVISOR", "suptitle": "Title of Supervisor's Position", "supno": "Supervisor's Position No.",
           "supcls": "Supervisor's Group/Level", "reports": "POSITIONS REPORTING DIRECTLY TO THIS POSITION",
           "rcols": ("Title", "Group/Level", "FTEs"), "dims": "DIMENSIONS", "sal": "Salary",
           "om": "O&M", "total": "Total", "fte": "Total FTEs", "acc": "GENERAL ACCOUNTABILITY",
           "scope": "NATURE AND SCOPE", "act": "SPECIFIC ACCOUNTABILITIES", "inc": "Incumbent",
           "appr": "Approved by", "clsby": "Classified by", "sig": "Signature", "date": "Date",
           "tenure": ["Full-time", "Part-time"], "lang": ["English essential", "Bilingual imperative CBC",
                                                          "Bilingual non-imperative"],
           "tenlab": "Employment", "langlab": "Language Requirement", "fill": "PRINT IN BLOCK LETTERS - ONE CHARACTER PER BOX"},
    "fr": {"form": "DESCRIPTION DE TRAVAIL DE CADRE - FORMULAIRE D'IDENTIFICATION DU POSTE", "title": "Titre du poste",
           "posno": "No du poste", "group": "Groupe", "level": "Niveau", "cls": "Groupe et niveau",
           "job": "Code d'emploi", "eff": "Date d'entrée en vigueur", "dept": "Ministère", "loc": "Lieu de travail",
           "sup": "SUPÉRIEUR IMMÉDIAT", "suptitle": "Titre du poste du superviseur", "supno": "No du poste du superviseur",
           "supcls": "Groupe/niveau du superviseur", "reports": "POSTES RELEVANT DIRECTEMENT DE CE POSTE",
           "rcols": ("Titre", "Groupe/niveau", "ETP"), "dims": "DIMENSIONS", "sal": "Traitements",
           "om": "F et E", "total": "Total", "fte": "ETP total", "acc": "RESPONSABILITÉ GÉNÉRALE",
           "scope": "NATURE ET PORTÉE", "act": "ACTIVITÉS PRINCIPALES", "inc": "Titulaire",
           "appr": "Approuvé par", "clsby": "Classifié par", "sig": "Signature", "date": "Date",
           "tenure": ["Temps plein", "Temps partiel"], "lang": ["Anglais essentiel", "Bilingue impératif CBC",
                                                              "Bilingue non impératif"],
           "tenlab": "Emploi", "langlab": "Exigence linguistique", "fill": "ÉCRIRE EN LETTRES MOULÉES - UN CARACTÈRE PAR CASE"},
}


def label(key, lang):
    if lang == "bilingual":
        a, b = LAB["en"][key], LAB["fr"][key]
        if isinstance(a, str):
            return a if a == b else f"{a} / {b}"
        if isinstance(a, tuple):
            return tuple(x if x == y else f"{x}/{y}" for x, y in zip(a, b))
        return [x if x == y else f"{x} / {y}" for x, y in zip(a, b)]
    return LAB[lang][key]


# --------------------------------------------------------------------------------------------- the form as entries

def strike(old, new, kind, rng):
    if kind == "markdown":
        return f"~~{old}~~ {new}"
    if kind == "docx":
        return ("STRIKE", old, new)
    if kind in ("text", "text-cp1252"):
        return rng.choice([f"[crossed out: {old}] {new}", f"{old} [struck through] {new}",
                           f"[rayé : {old}] {new}"])
    return rng.choice([f"-{old}- {new}", f"={old}= {new}", f"{'X' * len(old)} {new}", f"-{old}-  {new}"])


def build_entries(p, lang, kind, o, rng):
    """the form as a list of entries; `o` holds the document's options.  Values are returned already in the
    notation the document prints (hand-filled values damaged by ICR for scans)."""
    scan = kind in ("ocr", "pdf") and o["scan"]
    rate = o["hw_rate"] if scan else 0.0
    h = (lambda s: hw(s, rate, rng)) if scan else (lambda s: s)
    box = o["box"]

    def boxed(s, style=None):
        style = style or box
        if style == "comb":
            return comb(s)
        if style == "spaced":
            return spaced(s)
        return s

    L = lambda k: label(k, lang)  # noqa: E731
    lab = (lambda s: spaced_label(s)) if o["spaced_labels"] else (lambda s: s)
    E = []
    dept = T.DEPARTMENTS[p["dept"]]
    E.append(("head", {"en": dept[0], "fr": dept[1], "bilingual": f"{dept[0]} / {dept[1]}"}[lang]))
    E.append(("head", L("form")))
    if o["form_no"]:
        E.append(("small", o["form_no"]))
    E.append(("small", L("fill")))
    for st in o["stamps"]:
        if st[0] == "top":
            E.append(("stamp", st[1]))
    # title
    t_en, t_fr = p["title"], p["title_fr"]
    tval = {"en": t_en, "fr": t_fr, "bilingual": f"{t_en} / {t_fr}"}[lang]
    if o["cross"] == "title":
        tval = strike(o["old_title"], tval, kind, rng)
    if o["title_split"] and isinstance(tval, str) and ", " in tval and kind != "docx":
        a, b = tval.split(", ", 1)
        E.append(("kv", lab(L("title")), a + ",", True))
        E.append(("kv", "", b, True))
    else:
        E.append(("kv", lab(L("title")), tval, True))
    # position number
    if p["posno"]:
        pv = p["posno"]
        if o["seven"]:
            pv = pv.replace("1", "7", 1)
        pv = h(pv)
        if o["posno_split"]:
            pv = boxed(pv[:3]) + "  " + boxed(pv[3:])
        else:
            pv = boxed(pv)
    else:
        pv = {"en": rng.choice(["NEW", "", "TBD", "to be assigned"]), "fr": rng.choice(["NOUVEAU", "", "À déterminer"]),
              "bilingual": rng.choice(["NEW / NOUVEAU", ""])}[lang]
        if pv == "" and box == "comb":
            pv = comb("_____")
    E.append(("kv", lab(L("posno")), pv, True))
    # classification
    cls = p["cls"]
    oldcls = o.get("old_cls")
    style = o["cls_style"]
    if style == "check":
        opts = [(c, c == cls) for c in ("EX-01", "EX-02", "EX-03")]
        E.append(("checks", lab(L("cls")), opts))
        if o["cross"] == "cls":
            E.append(("note", {"en": f"(was {oldcls} - corrected, see classification decision)",
                               "fr": f"(était {oldcls} - corrigé, voir décision de classification)",
                               "bilingual": f"(was/était {oldcls} - corrected/corrigé)"}[lang]))
    elif style == "twobox":
        lev = cls[3:]
        levv = boxed(h(lev))
        if o["cross"] == "cls":
            levv = strike(boxed(h(oldcls[3:])), levv, kind, rng)
        E.append(("kv2", lab(L("group")), boxed("EX"), lab(L("level")), levv))
    else:
        v = cls if style != "nohyphen" else cls.replace("-", " ")
        v = boxed(h(v), "comb" if style == "comb" else "spaced" if style == "spaced" else "plain")
        if o["cross"] == "cls":
            v = strike(h(oldcls), v, kind, rng)
        E.append(("kv", lab(L("cls")), v, True))
    if p["job_code"]:
        E.append(("kv", lab(L("job")), boxed(h(p["job_code"])), True))
    # effective date
    for st in o["stamps"]:
        if st[0] == "over_date":
            E.append(("stamp", st[1]))
    if p["eff"]:
        hint, dv = date_text(p["eff"], o["date_style"], lang)
        dv = h(dv)
        if o["cross"] == "eff":
            _, od = date_text(o["old_eff"], o["date_style"], lang)
            dv = strike(h(od), dv, kind, rng)
        E.append(("kv", f"{lab(L('eff'))} {hint}".strip(), dv, True))
    else:
        hint = date_text(datetime.date(2020, 1, 1), o["date_style"], lang)[0]
        E.append(("kv", f"{lab(L('eff'))} {hint}".strip(), "", True))
    if o["checks"]:
        E.append(("checks", L("tenlab"), [(x, i == 0) for i, x in enumerate(L("tenure"))]))
        li = 0 if lang == "en" else 1
        E.append(("checks", L("langlab"), [(x, i == li) for i, x in enumerate(L("lang"))]))
    E.append(("kv", lab(L("dept")), {"en": dept[0], "fr": dept[1], "bilingual": f"{dept[0]} / {dept[1]}"}[lang], True))
    if p["loc"]:
        E.append(("kv", lab(L("loc")), {"en": p["loc"][0], "fr": p["loc"][1], "bilingual": p["loc"][0]}[lang], True))
    if o["note_top"]:
        E.append(("note", o["note_top"]))
    # supervisor
    s = p["sup"]
    E.append(("sec", L("sup")))
    E.append(("kv", L("suptitle"), {"en": s["title"], "fr": s["title_fr"], "bilingual": f"{s['title']} / {s['title_fr']}"}[lang], True))
    E.append(("kv", L("supno"), boxed(h(s["position_number"])) if s["position_number"] else "", True))
    E.append(("kv", L("supcls"), boxed(h(s["classification"])), True))
    # reports
    E.append(("sec", L("reports")))
    rows = []
    for i, r in enumerate(p["reports"]):
        t = {"en": r["title"], "fr": r["title_fr"], "bilingual": f"{r['title']} / {r['title_fr']}"}[lang]
        f = "" if r["fte"] is None else str(r["fte"])
        f = h(f)
        if o["cross"] == "fte" and i == o["cross_row"]:
            f = strike(h(str(o["old_fte"])), f, kind, rng)
        rows.append([str(i + 1), t, h(r["classification"]), f])
    E.append(("reports", L("rcols"), rows, o["rep_layout"]))
    if o["note_rep"]:
        E.append(("note", o["note_rep"]))
    # dimensions
    E.append(("sec", L("dims")))
    sv = money(p["salary"], o["money"], lang)
    if o["money_split"]:
        # written across two boxes: millions in the first, the rest in the second
        digits = f"{p['salary']:,}".split(",")
        sv = "$ " + digits[0] + " | " + " ".join(digits[1:])
    sv = h(sv)
    if o["cross"] == "sal":
        sv = strike(h(money(o["old_sal"], o["money"], lang)), sv, kind, rng)
    E.append(("kv", lab(L("sal")), sv, True))
    E.append(("kv", lab(L("om")), h(money(p["om"], o["money"], lang)), True))
    E.append(("kv", lab(L("total")), h(money(p["total"], o["money"], lang)) if p["total"] else "", True))
    if p["fte_total"]:
        E.append(("kv", L("fte"), h(str(p["fte_total"])), True))
    for st in o["stamps"]:
        if st[0] == "mid":
            E.append(("stamp", st[1]))
    # prose
    a = T.AREAS[o["area_idx"]]
    if lang in ("en", "bilingual"):
        E.append(("sec", LAB["en"]["acc"]))
        E.append(("para", rng.choice(T.ACCOUNT_EN).format(title=p["title"], area=a[0], sup=s["title"])))
        E.append(("sec", LAB["en"]["scope"]))
        E.append(("para", " ".join(rng.sample(T.SCOPE_EN, 2))))
        E.append(("sec", LAB["en"]["act"]))
        E.append(("bullets", rng.sample(T.ACTIVITIES_EN, 4)))
    if lang in ("fr", "bilingual"):
        E.append(("sec", LAB["fr"]["acc"]))
        E.append(("para", rng.choice(T.ACCOUNT_FR).format(title=p["title_fr"], area=a[1].lower(), sup=s["title_fr"])))
        E.append(("sec", LAB["fr"]["scope"]))
        E.append(("para", " ".join(rng.sample(T.SCOPE_FR, 2))))
        if lang == "fr":
            E.append(("sec", LAB["fr"]["act"]))
            E.append(("bullets", rng.sample(T.ACTIVITIES_FR, 4)))
    # signatures
    E.append(("sec", "SIGNATURES"))
    sd = o["sign_date"]
    _, sdv = date_text(sd, o["sign_style"], lang)
    if p["incumbent"]:
        E.append(("sign", L("inc"), p["incumbent"], h(sdv)))
    if p["classifier"]:
        E.append(("sign", L("clsby"), p["classifier"], h(sdv)))
    E.append(("sign", L("appr"), p["approver"], h(sdv)))
    for st in o["stamps"]:
        if st[0] == "end":
            E.append(("stamp", st[1]))
    if o["initials"]:
        E.append(("note", o["initials"]))
    return E


# --------------------------------------------------------------------------------------------- renderers

def render_lines(E, lang, width=78, rng=None, hyph=False):
    out = []
    for e in E:
        k = e[0]
        if k == "head":
            out.append(e[1].upper())
        elif k == "small":
            out.append(e[1])
        elif k == "sec":
            out += ["", e[1], "-" * min(len(e[1]), 60)]
        elif k == "kv":
            if e[1]:
                out.append(f"{e[1]}:".ljust(34) + f" {e[2]}")
            else:
                out.append(" " * 35 + e[2])
        elif k == "kv2":
            out.append(f"{e[1]}: {e[2]}     {e[3]}: {e[4]}")
        elif k == "checks":
            out.append(f"{e[1]}:  " + "   ".join(f"[{'X' if c else ' '}] {t}" for t, c in e[2]))
        elif k == "reports":
            cols, rows, layout = e[1], e[2], e[3]
            if layout == "table":
                out.append(f"{'No.':<4}| {cols[0]:<58}| {cols[1]:<14}| {cols[2]}")
                for r in rows:
                    out.append(f"{r[0]:<4}| {r[1]:<58}| {r[2]:<14}| {r[3]}")
            elif layout == "wrapped":
                out.append(f"{'':<4}| {cols[0]:<34}| {cols[1]:<14}| {cols[2]}")
                for r in rows:
                    parts = wrap(r[1], 33, hyphen=False)
                    out.append(f"{r[0]:<4}| {parts[0]:<34}| {r[2]:<14}| {r[3]}")
                    for q in parts[1:]:
                        out.append(f"{'':<4}| {q:<34}| {'':<14}|")
            else:  # list
                for r in rows:
                    f = f", {r[3]} {cols[2]}" if r[3] else ""
                    out.append(f"{r[0]}. {r[1]} ({r[2]}{f})")
        elif k == "para":
            out += wrap(e[1], width, hyphen=hyph, rng=rng)
        elif k == "bullets":
            for b in e[1]:
                w = wrap(b, width - 2, hyphen=hyph, rng=rng)
                out.append("- " + w[0])
                out += ["  " + x for x in w[1:]]
        elif k == "sign":
            out.append(f"{e[1]}: {e[2]}".ljust(50) + f"{e[3]}")
        elif k == "stamp":
            out.append(e[1])
        elif k == "note":
            out.append(" " * 52 + e[1])
    return out


def ocr_doc(E, lang, o, rng):
    lines = render_lines(E, lang, width=72, rng=rng, hyph=True)
    dmg = o["damage"]
    res = []
    for ln in lines:
        res.append(typed_damage(ln, dmg, rng))
    # stamps written over a line: merge the stamp into the line it covers
    for st in o["stamps"]:
        if st[0] == "overlay":
            i = min(len(res) - 1, st[2])
            ln = res[i]
            cut = min(len(ln), 40)
            res[i] = ln[:cut] + " " + st[1] + " " + ln[cut:]
    # pages
    per = o["per_page"]
    pages = [res[i:i + per] for i in range(0, len(res), per)]
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        if o["fax"]:
            out.append(o["fax"].format(k=k, n=n))
        if k > 1 and o["runhead"]:
            out.append(o["runhead"])
        out += pg
        out.append("")
        out.append(o["footer"].format(k=k, n=n))
        if k < n:
            out.append("\f")
    return "\n".join(out) + "\n"


def md_doc(E, lang, title):
    out = [f"# {title}", "", "_Transcribed from the faxed form received by HR; handwriting as written._" if lang != "fr"
           else "_Transcription du formulaire reçu par télécopieur; écriture manuscrite telle quelle._", ""]
    for e in E:
        k = e[0]
        if k == "head":
            out.append(f"**{e[1]}**  ")
        elif k == "small":
            out.append(f"*{e[1]}*  ")
        elif k == "sec":
            out += ["", f"## {e[1].title() if e[1].isupper() else e[1]}", ""]
        elif k == "kv":
            out.append(f"- **{e[1]}:** {e[2]}" if e[1] else f"  {e[2]}")
        elif k == "kv2":
            out.append(f"- **{e[1]}:** {e[2]} — **{e[3]}:** {e[4]}")
        elif k == "checks":
            out.append(f"- **{e[1]}:** " + " ".join(f"[{'x' if c else ' '}] {t}" for t, c in e[2]))
        elif k == "reports":
            cols = e[1]
            out += [f"| # | {cols[0]} | {cols[1]} | {cols[2]} |", "|---|---|---|---|"]
            out += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |" for r in e[2]]
            out.append("")
        elif k == "para":
            out += [e[1], ""]
        elif k == "bullets":
            out += [f"* {b}" for b in e[1]] + [""]
        elif k == "sign":
            out.append(f"- {e[1]}: {e[2]}, {e[3]}")
        elif k == "stamp":
            out += ["", f"> **[stamp]** {e[1]}", ""]
        elif k == "note":
            out += ["", f"> *margin:* {e[1]}", ""]
    return "\n".join(out) + "\n"


def fixzip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return buf.getvalue()


def docx_doc(E, lang, author, o):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2021, 1, 1)
    cp.modified = datetime.datetime(2021, 1, 1)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    table = None

    def cell_value(cell, v):
        par = cell.paragraphs[0]
        if isinstance(v, tuple) and v[0] == "STRIKE":
            r = par.add_run(v[1])
            r.font.strike = True
            par.add_run("  " + v[2])
        elif o["docx_comb"] and isinstance(v, str) and v.startswith("|") and v.endswith("|"):
            # a comb field: each character in its own cell of a nested table
            chars = v.strip("|").split("|")
            inner = cell.add_table(rows=1, cols=len(chars))
            inner.style = "Table Grid"
            for j, ch in enumerate(chars):
                inner.cell(0, j).text = ch
        else:
            par.add_run(v)

    for e in E:
        k = e[0]
        if k in ("kv", "kv2", "checks"):
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            row = table.add_row().cells
            if k == "kv":
                row[0].text = e[1]
                cell_value(row[1], e[2])
            elif k == "kv2":
                row[0].text = f"{e[1]} / {e[3]}" if lang != "bilingual" else f"{e[1]} | {e[3]}"
                cell_value(row[1], e[2])
                row[1].paragraphs[0].add_run("  /  ")
                cell_value(row[1], e[4])
            else:
                row[0].text = e[1]
                row[1].text = "   ".join(f"{'☒' if c else '☐'} {t}" for t, c in e[2])
            continue
        table = None
        if k == "head":
            d.add_heading(e[1], level=1)
        elif k == "small":
            d.add_paragraph(e[1]).runs[0].italic = True
        elif k == "sec":
            d.add_heading(e[1], level=2)
        elif k == "reports":
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for j, c in enumerate(("#",) + tuple(e[1])):
                t.rows[0].cells[j].text = c
            for r in e[2]:
                cells = t.add_row().cells
                for j in range(4):
                    cell_value(cells[j], r[j])
        elif k == "para":
            d.add_paragraph(e[1])
        elif k == "bullets":
            for b in e[1]:
                d.add_paragraph(b, style="List Bullet")
        elif k == "sign":
            d.add_paragraph(f"{e[1]}: {e[2]}\t{e[3]}")
        elif k == "stamp":
            p = d.add_paragraph()
            r = p.add_run(e[1])
            r.bold = True
        elif k == "note":
            p = d.add_paragraph()
            r = p.add_run(e[1])
            r.italic = True
    buf = io.BytesIO()
    d.save(buf)
    return fixzip(buf.getvalue())


# --------------------------------------------------------------------------------------------- the plan

KINDS = ["ocr"] * 19 + ["pdf"] * 6 + ["docx"] * 6 + ["text"] * 5 + ["text-cp1252"] * 4 + ["markdown"] * 5
LANGS = (["en"] * 26 + ["fr"] * 14 + ["bilingual"] * 5)


def options(p, kind, lang, rng, i):
    scan = kind == "ocr" or (kind == "pdf" and i % 2 == 0)
    o = {"scan": scan, "area_idx": p["area_idx"]}
    o["damage"] = rng.choice([1, 1, 2, 2, 2, 3]) if scan else 0
    o["hw_rate"] = {0: 0.0, 1: 0.15, 2: 0.3, 3: 0.5}[o["damage"]]
    o["box"] = rng.choice(["comb", "comb", "spaced", "plain"]) if kind != "markdown" else rng.choice(["comb", "plain"])
    o["cls_style"] = rng.choice(["comb", "spaced", "twobox", "check", "plain", "nohyphen"])
    o["spaced_labels"] = scan and rng.random() < 0.3
    o["posno_split"] = p["posno"] is not None and rng.random() < 0.2
    o["title_split"] = rng.random() < 0.25
    o["money"] = rng.choice(["comma", "fr", "M", "digits", "cents"] if lang != "en" else ["comma", "M", "digits", "cents", "K"])
    if o["money"] == "K" and (p["salary"] % 1000000 == 0):
        o["money"] = "comma"
    o["money_split"] = rng.random() < 0.15
    o["date_style"] = rng.choice(["iso", "dmy2", "mdy", "dmy4", "words", "mon"] if lang == "en" else
                                 ["iso", "dmy2", "dmy4", "words", "words"])
    o["sign_style"] = rng.choice(["dmy2", "words", "iso"])
    base = p["eff"] or datetime.date(2021, 6, 1)
    o["sign_date"] = base - datetime.timedelta(days=rng.randint(5, 60))
    o["checks"] = rng.random() < 0.5
    o["rep_layout"] = rng.choice(["table", "wrapped", "list"]) if kind not in ("docx", "markdown") else "table"
    o["form_no"] = rng.choice(["Form EXWD-1 (2017-04)", "EXWD-1 F (2017-04)", "", "GC-EX 101 (Rev. 03/2019)"])
    o["docx_comb"] = kind == "docx" and rng.random() < 0.6
    o["seven"] = False
    o["cross"] = None
    o["stamps"] = []
    o["note_top"] = None
    o["note_rep"] = None
    o["initials"] = None
    return o


def main():
    out = HERE
    corpus, expected = out / "corpus", out / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    kinds = KINDS[:]
    R.shuffle(kinds)
    langs = LANGS[:]
    R.shuffle(langs)
    area_idx = list(range(len(T.AREAS)))
    R.shuffle(area_idx)
    positions = []
    # a family: a Director General (Word) and two of its Directors
    dg = make_position("EX-03", area_idx[0])
    dg["posno"] = dg["posno"] or "48213"
    dg["area_idx"] = area_idx[0]
    positions.append(dg)
    for j in (1, 2):
        sup = {"title": dg["title"], "title_fr": dg["title_fr"], "classification": "EX-03", "position_number": dg["posno"]}
        p = make_position("EX-01", area_idx[j], sup=sup, dept=dg["dept"])
        p["area_idx"] = area_idx[j]
        positions.append(p)
    # replace the Directors' entries in the DG's reports by these two
    dg["reports"][0] = {"title": positions[1]["title"], "title_fr": positions[1]["title_fr"], "classification": "EX-01",
                        "fte": 14}
    dg["reports"][1] = {"title": positions[2]["title"], "title_fr": positions[2]["title_fr"], "classification": "EX-01",
                        "fte": 9}
    for j in range(3, 43):
        p = make_position(None, area_idx[j])
        p["area_idx"] = area_idx[j]
        positions.append(p)
    # the plan: 43 positions, 45 documents (two versions)
    plan = [(p, None) for p in positions] + [(positions[5], "v2"), (positions[9], "v2")]
    # fix kinds/langs for the family and versions
    kinds[0], langs[0] = "docx", "en"
    kinds[1], langs[1] = "ocr", "en"
    kinds[2], langs[2] = "ocr", "fr"
    kinds[5], kinds[43] = "docx", "ocr"      # DRAFT.docx -> signed fax
    kinds[9], kinds[44] = "ocr", "ocr"       # fax -> re-sent fax
    langs[43], langs[44] = langs[5], langs[9]
    # rebalance the kinds list after the fixes (keep the totals: swap with later entries)
    want = {k: KINDS.count(k) for k in sorted(set(KINDS))}
    fixed = {0, 1, 2, 5, 43, 9, 44}
    for k in want:
        while kinds.count(k) > want[k]:
            short = [x for x in sorted(want) if kinds.count(x) < want[x]][0]
            j = [j for j in range(45) if j not in fixed and kinds[j] == k][0]
            kinds[j] = short
    docs = []
    names_used = set()
    for i, (p, ver) in enumerate(plan):
        kind, lang = kinds[i], langs[i]
        rng = random.Random(180_000 + i)
        o = options(p, kind, lang, rng, i)
        also = {"department": T.DEPARTMENTS[p["dept"]][0], "form": "hand-filled executive work description form"}
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if lang == "fr":
            also["title_en"] = p["title"]
        truth_p = p
        versions = None
        if ver == "v2" and i == 43:
            # signed fax of the draft: later effective date, higher salary
            p2 = dict(p)
            p2["eff"] = (p["eff"] or datetime.date(2021, 4, 1)) + datetime.timedelta(days=92)
            p2["salary"] = p["salary"] + 90000
            p2["total"] = p2["salary"] + p["om"] if p["total"] else None
            truth_p = p2
        if ver == "v2" and i == 44:
            p2 = dict(p)
            p2["reports"] = [dict(r) for r in p["reports"]]
            p2["reports"][0]["fte"] = (p["reports"][0]["fte"] or 6) + 3
            p2["fte_total"] = None
            truth_p = p2
        P = truth_p
        # damage features per document
        if o["scan"]:
            o["fax"] = rng.choice([
                "{d} {t}  FROM: HR SERVICES / SERVICES RH  613 555 01{x}   TO: CLASSIFICATION      P.{k:02d}/{n:02d}",
                "{d} {t}   FAX NO. 819-555-02{x}    HR OPS                         PAGE {k} OF {n}",
                "SENT BY: {dept} ; {d} ; {t} ; #{x}{x}1 ; PAGE {k}/{n}", ""])
            fd = o["sign_date"] + datetime.timedelta(days=rng.randint(1, 9))
            if o["fax"]:
                o["fax"] = o["fax"].replace("{d}", f"{MON3[fd.month - 1]}-{fd.day:02d}-{fd.year}").replace(
                    "{t}", f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}").replace(
                    "{x}", str(rng.randint(10, 99))).replace("{dept}", T.DEPARTMENTS[P["dept"]][2])
            if P["posno"] and rng.random() < 0.35 and "1" in P["posno"]:
                o["seven"] = True
                o["fax"] = (o["fax"] or "FAX") + f"   RE: POS. {P['posno']}"
                also["handwritten_1_read_7"] = "position number; the fax header's typed RE: line gives it"
            o["runhead"] = rng.choice(["", f"{T.DEPARTMENTS[P['dept']][2]} - Executive Work Description (cont'd)",
                                       "EXWD-1  (suite / continued)"])
            o["footer"] = rng.choice(["Page {k} of {n}", "- {k} -", "Page {k} / {n}", "{k}"])
            o["per_page"] = rng.randint(38, 55)
            also["damage"] = {1: "light", 2: "medium", 3: "heavy"}[o["damage"]]
        # stamps
        if rng.random() < 0.55:
            sd = o["sign_date"] + datetime.timedelta(days=rng.randint(1, 20))
            choices = [f"RECEIVED {sd.isoformat()}", f"REÇU / RECEIVED  {sd.day:02d} {MON3[sd.month - 1]} {sd.year}",
                       f"*** CLASSIFIED / CLASSIFIÉ  {sd.isoformat()} ***", "CLASSIFIED", "COPY / COPIE",
                       f"HR-CLASSIFICATION  RECEIVED  {sd.day:02d}/{sd.month:02d}/{sd.year % 100:02d}",
                       f"APPROVED {MON3[sd.month - 1]} {sd.day} {sd.year}"]
            st = rng.choice(choices)
            pos = rng.choice(["top", "over_date", "mid", "end"] + (["overlay"] if kind == "ocr" else []))
            o["stamps"].append((pos, st, rng.randint(3, 9)) if pos == "overlay" else (pos, st))
            also["stamp"] = st
        # crossed-out value
        if rng.random() < 0.4 or (ver == "v2" and i == 44):
            field = rng.choice(["cls", "sal", "fte", "eff", "title"])
            if field == "eff" and not P["eff"]:
                field = "sal"
            if field == "fte" and P["reports"][0]["fte"] is None:
                field = "sal"
            if ver == "v2" and i == 44:
                field = "fte"
            o["cross"] = field
            if field == "cls":
                o["old_cls"] = {"EX-01": "EX-02", "EX-02": "EX-01", "EX-03": "EX-02"}[P["cls"]]
            elif field == "sal":
                o["old_sal"] = P["salary"] - rng.randint(3, 30) * 10000
            elif field == "fte":
                o["cross_row"] = 0
                f0 = P["reports"][0]["fte"]
                o["old_fte"] = p["reports"][0]["fte"] if ver == "v2" and i == 44 else \
                    (f0 + rng.randint(1, 4) if f0 < 6 else f0 - rng.randint(1, 4))
            elif field == "eff":
                o["old_eff"] = P["eff"] - datetime.timedelta(days=rng.choice([31, 61, 92]))
            elif field == "title":
                other = T.AREAS[(p["area_idx"] + 7) % len(T.AREAS)]
                o["old_title"] = (P["title"].split(",")[0] + ", " + other[0]) if lang != "fr" else \
                    (P["title_fr"].split(",")[0] + ", " + other[1])
            also["crossed_out"] = {"cls": f"classification {o.get('old_cls')} crossed out",
                                   "sal": f"salary {o.get('old_sal')} crossed out",
                                   "fte": f"first report's FTEs {o.get('old_fte')} crossed out",
                                   "eff": f"effective date {o.get('old_eff')} crossed out",
                                   "title": f"title '{o.get('old_title')}' crossed out"}[field] + ", rewritten beside it"
        # margin notes and initials
        if rng.random() < 0.45:
            who = initials(P["approver"])
            o["initials"] = rng.choice([f"init. {who}", f"{who} ✓", f"ok {who}", f"paraphe : {who}"])
            if kind == "text-cp1252" or (kind in ("ocr", "pdf")):
                o["initials"] = o["initials"].replace("✓", "/")
        if rng.random() < 0.4:
            o["note_top"] = rng.choice(["<-- confirm w/ HR advisor", "see org chart attached", "* loc. to confirm",
                                        "<- vérifier avec RH", "voir organigramme ci-joint"])
        if rng.random() < 0.35:
            o["note_rep"] = rng.choice(["+ 2 students (summer) - not incl.", "FTEs as of 1 April",
                                        "(ETP au 1er avril)", "Exec. Asst shared w/ DG office - not counted",
                                        "1 vacancy in row 2 - staffing in progress"])
        if ver == "v2" and i == 44:
            o["note_rep"] = "revised - row 1 corrected, resent"
        E = build_entries(P, lang, kind, o, rng)
        # file name
        t_short = P["title"] if lang != "fr" else P["title_fr"]
        acr = T.DEPARTMENTS[P["dept"]][2 if lang != "fr" else 3]
        ext = {"ocr": ".txt", "pdf": ".pdf", "docx": ".docx", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md"}[kind]
        sd = o["sign_date"]
        pats = {
            "ocr": [f"scan_{2000 + i * 37} {t_short}", f"FAX {sd.isoformat()} {P['cls']} {t_short.split(',')[0]}",
                    f"img{sd.strftime('%Y%m%d')}_{i:04d} OCR", f"{t_short} - formulaire", f"WD {P['posno'] or 'NEW'} (1)",
                    f"{acr} {t_short} - signed", f"Xerox Scan {sd.strftime('%m%d%Y')} {i:03d}"],
            "pdf": [f"{t_short} - signed", f"{t_short} (scanned form)", f"{acr} EXWD {P['posno'] or 'nouveau'}",
                    f"Formulaire DT - {t_short}"],
            "docx": [f"{t_short} DRAFT", f"{t_short} - form v2", f"EXWD {acr} {t_short}", f"{t_short}_final"],
            "text": [f"{t_short} ICR export", f"icr_{P['posno'] or 'new'}_{acr}", f"{t_short} (transcription)"],
            "text-cp1252": [f"{t_short} – saisie", f"{t_short} typed from fax", f"{acr} {t_short} (1)"],
            "markdown": [f"{t_short} (from fax)", f"notes - {t_short}", f"{t_short}"],
        }[kind]
        base = rng.choice(pats).replace("/", "-")
        if i == 5:
            base = f"{t_short} DRAFT"
        if i == 43:
            base = f"{t_short} - signed (fax)"
        if i == 9:
            base = f"FAX {sd.isoformat()} {t_short}"
        if i == 44:
            base = f"FAX {(sd + datetime.timedelta(days=7)).isoformat()} {t_short} (resent)"
        name = base + ext
        while name in names_used:
            name = base + f" ({len(names_used) % 7 + 2})" + ext
            base = base + "_"
        names_used.add(name)
        # write
        path = corpus / name
        author = P["incumbent"] or P["approver"]
        if kind == "ocr":
            path.write_bytes(ocr_doc(E, lang, o, rng).encode("utf-8"))
        elif kind == "pdf":
            if o["scan"]:
                text = ocr_doc(E, lang, o, rng)
                pages = [pg.strip("\n") for pg in text.split("\f")]
            else:
                lines = render_lines(E, lang, width=90)
                pages = ["\n".join(lines[k:k + 60]) for k in range(0, len(lines), 60)]
            pages = [pg.replace("✓", "/").replace("œ", "oe") for pg in pages]
            path.write_bytes(pdf_bytes(pages))
        elif kind == "docx":
            path.write_bytes(docx_doc(E, lang, author, o))
        elif kind == "markdown":
            path.write_bytes(md_doc(E, lang, t_short).encode("utf-8"))
        elif kind == "text":
            path.write_bytes(("ICR CAPTURE - FIELD VALUES AS READ\n" + "\n".join(render_lines(E, lang)) + "\n").encode("utf-8"))
        else:
            txt = "\n".join(render_lines(E, lang)).replace("'", "’").replace("✓", "/")
            txt = "Typed from the faxed form \u201cas received\u201d\n\n" + txt
            path.write_bytes((txt.replace("\n", "\r\n") + "\r\n").encode("cp1252"))
        # truth
        s = P["sup"]
        fr = lang == "fr"
        fields = {
            "title": P["title_fr"] if fr else P["title"], "classification": P["cls"], "job_code": P["job_code"],
            "position_number": P["posno"], "effective_date": P["eff"],
            "supervisor": {"position_number": s["position_number"], "title": s["title_fr"] if fr else s["title"],
                           "classification": s["classification"]},
            "direct_reports": [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"], "fte": r["fte"]} for r in P["reports"]],
            "salary": P["salary"], "o_and_m": P["om"], "total": P["total"],
            "location": (P["loc"][1] if fr else P["loc"][0]) if P["loc"] else None,
        }
        ns = [k for k in ("job_code", "position_number", "effective_date", "total", "location") if fields[k] is None]
        if s["position_number"] is None:
            ns.append("supervisor.position_number")
        if P["fte_total"]:
            also["fte"] = P["fte_total"]
        if lang == "bilingual":
            also["supervisor_title_fr"] = s["title_fr"]
        if i in (1, 2):
            also["reports_to_in_corpus"] = docs[0]["document"]
        if i == 0:
            also["reports_in_corpus"] = "two Directors' forms (see their reports_to_in_corpus)"
        also["layout"] = {"classification": o["cls_style"], "boxes": o["box"], "reports": o["rep_layout"],
                          "money": "split over two boxes" if o["money_split"] else o["money"], "date": o["date_style"]}
        if o["note_top"] or o["note_rep"]:
            also["margin_notes"] = [x for x in (o["note_top"], o["note_rep"]) if x]
        people = [x for x in (P["incumbent"], P["classifier"], P["approver"]) if x]
        docs.append({"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
                     "not_stated": ns, "also": also, "people": people, "versions": None})
    # versions
    for a, b, note, same in ((5, 43, "the draft in Word, then the signed form faxed: effective date 92 days later, "
                              "salary $90,000 higher", False),
                             (9, 44, "faxed, then re-sent later: the first report's FTEs corrected (crossed out "
                              "and rewritten)", False)):
        v = {"documents": [docs[a]["document"], docs[b]["document"]], "newest": docs[b]["document"],
             "same_text": same, "note": note}
        docs[a]["versions"] = v
        docs[b]["versions"] = v
    docs += refusals(corpus)
    for dct in docs:
        (expected / (dct["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(dct, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


# --------------------------------------------------------------------------------------------- to refuse

def refusals(corpus):
    rng = random.Random(180_999)
    out = []

    def rec(name, kind, lang, why, people=()):
        out.append({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": [], "also": {"why": why}, "people": list(people), "versions": None})

    # 1. a blank form, scanned
    lines = ["EXECUTIVE WORK DESCRIPTION - POSITION IDENTIFICATION FORM",
             "DESCRIPTION DE TRAVAIL DE CADRE - FORMULAIRE D'IDENTIFICATION DU POSTE",
             "Form EXWD-1 (2017-04)      PRINT IN BLOCK LETTERS / LETTRES MOULEES", "",
             "Position Title / Titre du poste:   |_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|_|",
             "P o s i t i o n   N o . / No du poste:   |_|_|_|_|_|",
             "Group / Groupe:  |E|X|     Level / Niveau:  |_|_|",
             "Job Code / Code d'emploi:  |_|_|_|_|_|_|",
             "Effective Date / Date d'entree en vigueur (YYYY-MM-DD):  |_|_|_|_|-|_|_|-|_|_|",
             "Employment / Emploi:  [ ] Full-time / Temps plein   [ ] Part-time / Temps partiel", "",
             "SUPERVISOR / SUPERIEUR IMMEDIAT",
             "Title of Supervisor's Position / Titre du poste du superviseur: ________________________",
             "Supervisor's Position No. / No du poste du superviseur:  |_|_|_|_|_|", "",
             "POSITIONS REPORTING DIRECTLY / POSTES RELEVANT DIRECTEMENT",
             "No. | Title / Titre                               | Group/Level | FTEs / ETP",
             "1   |                                             |             |",
             "2   |                                             |             |",
             "3   |                                             |             |",
             "4   |                                             |             |", "",
             "DIMENSIONS   Salary / Traitements: $ ____________   O&M / F et E: $ ____________   Total: $ __________",
             "", "Approved by / Approuve par: ______________________   Date: ____________", "",
             "Page 1 of 1"]
    name = "EXWD-1 blank form (bilingual) scan.txt"
    (corpus / name).write_bytes(("AUG-02-2021 09:14  FAX 613 555 0188                P.01/01\n" + "\n".join(lines) + "\n").encode("utf-8"))
    rec(name, "ocr", "bilingual", "a blank form: every box empty (only the printed EX of the group box)")

    # 2. a form too smudged to read
    sm = ["EXECUTIVE W?RK DESCR?PTION - P?SITION IDENT??ICATION F?RM", "",
          "Position Title:                    |?|?|?|?|?|?|,| |?|?|?|?|?|?|?|?|",
          "Position No.:                      |?|?| |?|?|",
          "Group and Level:                   E X - ? ?",
          "Job Code:                          |?|?|?|?|?|?|",
          "Effective Date (DD/MM/YY):         ?? / ?? / 2?",
          "Department:                        ???? ??????? Canada", "",
          "SUPERVISOR", "Title of Supervisor's Position:    Dir?????? ??n???l, ?????",
          "Supervisor's Position No.:         |?|?|?|?|?|", "",
          "POSITIONS REPORTING DIRECTLY TO THIS POSITION",
          "1   | ?an?ger, ???????                  | ??-0?         | ??",
          "2   | ???????????                       | ??            | ?",
          "3   | ??? ????? ?????                   |               |", "",
          "DIMENSIONS   Salary: $ ?,???,???     O&M: ???,???     Total: ",
          "", "[illegible - page smudged in transmission / page maculee]", "",
          "Approved by: ??????? ???????????             ??/??/2?", "Page 1 of 2", "\f",
          "?? ????? ??????? ????? ??? ????????? ?? ??? ???? ??????", "[page 2 largely blank - toner streak]",
          "Page 2 of 2"]
    name = "Xerox Scan 03152021 017 - unreadable.txt"
    (corpus / name).write_bytes(("MAR-15-2021 11:02  FROM: HR SERVICES   P.01/02\n" + "\n".join(sm) + "\n").encode("utf-8"))
    rec(name, "ocr", "en", "a form too smudged to read: nearly every box ??? or empty; no value can be taken")

    # 3. a fax cover sheet (French)
    n1, n2 = person(), person()
    cov = ["BORDEREAU DE TRANSMISSION PAR TÉLÉCOPIEUR", "", f"À : {n1}, Classification des cadres",
           f"De : {n2}, Services RH - Opérations", "Date : 4 mars 2021", "Nombre de pages (incluant celle-ci) : 5", "",
           "Objet : Description de travail - Directeur exécutif, Programmes de sécurité maritime (EX-02), poste 45817",
           "", "Veuillez trouver ci-joint le formulaire signé. La version précédente (EX-01) est à détruire.",
           "Les ETP et le budget ont été mis à jour : traitements 3 120 000 $, F et E 410 000 $.", "",
           "AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne nommée ci-dessus.", "",
           f"{n2}   tél. 613-555-0147"]
    name = "FAX page couverture - 2021-03-04.txt"
    (corpus / name).write_bytes(("MAR-04-2021 10:40  FAX 613 555 0147   P.01/05\n" +
                                 "\n".join(typed_damage(x, 1, rng) for x in cov) + "\n").encode("utf-8"))
    rec(name, "ocr", "fr", "a fax cover sheet: it names a position, its level, number and budget, but describes no work",
        [n1, n2])

    # 4. a memo on a classification decision (cp1252)
    n3, n4 = person(), person()
    memo = ["MEMORANDUM", "", f"TO:      {n3}, Director General, Corporate Finance", f"FROM:    {n4}, Manager, Executive Classification",
            "DATE:    June 14, 2022", "RE:      Classification decision \u2013 position 62094", "",
            "The committee reviewed the work description received by fax on May 30. The position is confirmed at EX-01 "
            "effective April 1, 2022; the request for EX-02 is not supported. Please note the form\u2019s handwritten salary "
            "figure ($1,840,000) does not match the financial system and must be corrected before the signed copy is filed.",
            "", "The crossed-out values on page 1 must be initialled by the delegated manager.", "", n4]
    name = "Memo - classification decision 62094.txt"
    (corpus / name).write_bytes(("\r\n".join(memo) + "\r\n").encode("cp1252"))
    rec(name, "text-cp1252", "en", "a memo about a classification decision, not a work description", [n3, n4])

    # 5. a PDF scan without a text layer
    name = "scan0042 - signed.pdf"
    (corpus / name).write_bytes(pdf_bytes(["", "", ""]))
    rec(name, "pdf", "en", "a three-page scanned PDF without a text layer: nothing to read")
    return out


if __name__ == "__main__":
    main()
