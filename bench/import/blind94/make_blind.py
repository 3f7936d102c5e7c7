"""Write the blind94 corpus (issue 12): departmental Word files in the EX standard format, some PDFs
printed from them, and the documents that sit in the same folders and must be refused.

    /work/main/.venv/bin/python bench/import/blind94/make_blind.py

Deterministic: a fixed seed, fixed .docx timestamps and zip dates, so every run writes the same
bytes. Written without reading the importer, its tests or the other corpora."""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

SEED = 94_2026
FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
BRANCHES = [("Corporate Management", "Gestion ministérielle"), ("Policy and Programs", "Politiques et programmes"),
            ("Operations", "Opérations"), ("Strategic and Service Policy", "Politique stratégique et de service"),
            ("Program Operations", "Opérations des programmes"), ("Regulatory Operations", "Opérations réglementaires")]


# ----------------------------------------------------------------------------------- notations
def cls_text(cls: str, style: str) -> str:
    """EX-01 written in one of the notations departments use."""
    group, _, level = cls.rpartition("-")
    if style == "dash":
        return cls
    if style == "space":
        return f"{group} {level}"
    if style == "short":
        return f"{group}-{int(level)}"
    if style == "paren":
        return f"({cls})"
    if style == "glued":
        return f"{group}{level}"
    if style == "nbhyphen":
        return f"{group}\u2011{level}"
    raise ValueError(style)


def date_text(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", f"le {day} {MONTHS_FR[d.month - 1]} {d.year}",
                 d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
                 f"{d.day} {FR_ABBR[d.month - 1]} {d.year}"]
    else:
        m = MONTHS_EN[d.month - 1]
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        forms = [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.isoformat(),
                 f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
                 f"{m} {d.day}{suffix}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                 f"{d.day:02d}-{m[:3].upper()}-{d.year}"]
    return forms[style % len(forms)]


def _trim(x: float, places: int) -> str:
    s = f"{x:.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def money_text(v: int, lang: str, style: int, nbsp: bool = False) -> str:
    sp = "\u00a0" if nbsp else " "
    if lang == "fr":
        forms = ["full", "full00", "M", "Mword", "k"]
    else:
        forms = ["full", "full00", "M", "Mword", "K"]
    f = forms[style % len(forms)]
    if f in ("M", "Mword") and v < 1_000_000:
        f = "K" if lang == "en" else "k"
    if f in ("K", "k") and v % 1000:
        f = "full"
    if f in ("M", "Mword") and v % 1000:
        f = "full"
    if lang == "en":
        if f == "full":
            return f"${v:,}"
        if f == "full00":
            return f"${v:,}.00"
        if f == "M":
            return f"${_trim(v / 1e6, 3)}M"
        if f == "Mword":
            return f"${_trim(v / 1e6, 3)} million"
        return f"${v // 1000:,}K"
    grp = f"{v:,}".replace(",", sp)
    if f == "full":
        return f"{grp}{sp}$"
    if f == "full00":
        return f"{grp},00{sp}$"
    if f == "M":
        return f"{_trim(v / 1e6, 3).replace('.', ',')}{sp}M$"
    if f == "Mword":
        return f"{_trim(v / 1e6, 3).replace('.', ',')}{sp}millions{sp}$"
    return f"{(v // 1000):,}".replace(",", sp) + f"{sp}k$"


def fte_text(n: int, lang: str, style: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"ETP : {n}", f"effectif de {n}", f"{n} employés"][style % 4]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's", f"{n} employees"][style % 5]


# ----------------------------------------------------------------------------------- positions
def person(rng, used):
    while True:
        name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if name not in used:
            used.add(name)
            return name


def lower_first(s: str) -> str:
    return s[0].lower() + s[1:]


def make_positions(rng: random.Random, n: int) -> list[dict]:
    out, used_nums, used_names = [], set(), set()

    def number(lo, hi):
        while True:
            x = str(rng.randint(lo, hi))
            if x not in used_nums:
                used_nums.add(x)
                return x

    levels = [1] * 20 + [2] * 10 + [3] * 11 + [4] * 2
    rng.shuffle(levels)
    depts = list(T.DEPARTMENTS)
    rng.shuffle(depts)
    for i in range(n):
        d = depts[i % len(depts)]
        areas = list(d[4]) + [rng.choice(T.CORPORATE_AREAS)]
        area = areas[i // len(depts) % len(areas)] if i >= len(depts) else d[4][0]
        level = levels[i]
        fem = rng.random() < 0.45
        if level == 1:
            t_en, t_fr = (("Director", "Directrice" if fem else "Directeur") if rng.random() < 0.85 else
                          ("Senior Director", "Directrice principale" if fem else "Directeur principal"))
        elif level == 2:
            t_en, t_fr = ("Executive Director", "Directrice exécutive" if fem else "Directeur exécutif")
        elif level == 3:
            t_en, t_fr = ("Director General", "Directrice générale" if fem else "Directeur général")
        else:
            t_en, t_fr = ("Assistant Deputy Minister", "Sous-ministre adjointe" if fem else "Sous-ministre adjoint")
        title_en, title_fr = f"{t_en}, {area[0]}", f"{t_fr}, {area[1]}"
        branch = rng.choice(BRANCHES)
        sfem = rng.random() < 0.5
        if level in (1, 2):
            other = rng.choice([a for a in T.CORPORATE_AREAS + d[4] if a != area])
            parent = other if rng.random() < 0.4 else branch
            sup = {"en": f"Director General, {parent[0]}",
                   "fr": f"{'Directrice générale' if sfem else 'Directeur général'}, {parent[1]}",
                   "cls": "EX-03", "fem": sfem}
            if level == 1 and rng.random() < 0.25:
                sup = {"en": f"Executive Director, {parent[0]}",
                       "fr": f"{'Directrice exécutive' if sfem else 'Directeur exécutif'}, {parent[1]}",
                       "cls": "EX-02", "fem": sfem}
        elif level == 3:
            sup = {"en": f"Assistant Deputy Minister, {branch[0]}",
                   "fr": f"{'Sous-ministre adjointe' if sfem else 'Sous-ministre adjoint'}, {branch[1]}",
                   "cls": "EX-04", "fem": sfem}
        else:
            sup = {"en": "Deputy Minister", "fr": "Sous-ministre", "cls": "DM-01", "fem": sfem}
        sup["num"] = number(10000, 99999999) if rng.random() < 0.7 else None
        # direct reports
        subs = rng.sample(T.SUB_UNITS, 6)
        reports = []
        k = rng.randint(3, 6) if level < 4 else rng.randint(3, 4)
        for s_en, s_fr, s_cls in subs[:k]:
            if level == 1 or (level == 2 and rng.random() < 0.5):
                rfem = rng.random() < 0.5
                reports.append({"en": f"Manager, {s_en}", "fr": f"Gestionnaire, {s_fr}", "cls": s_cls,
                                "fte": rng.randint(3, 24)})
            elif level in (2, 3):
                rfem = rng.random() < 0.5
                reports.append({"en": f"Director, {s_en}", "fr": f"{'Directrice' if rfem else 'Directeur'}, {s_fr}",
                                "cls": "EX-01", "fte": rng.randint(12, 95)})
            else:
                rfem = rng.random() < 0.5
                reports.append({"en": f"Director General, {s_en}",
                                "fr": f"{'Directrice générale' if rfem else 'Directeur général'}, {s_fr}",
                                "cls": "EX-03", "fte": rng.randint(60, 320)})
        if rng.random() < 0.35:
            if rng.random() < 0.5:
                reports.append({"en": "Executive Assistant", "fr": "Adjointe exécutive", "cls": "AS-02", "fte": 1})
            else:
                reports.append({"en": "Senior Advisor", "fr": "Conseiller principal", "cls": "EC-07", "fte": 1})
        fte = sum(r["fte"] for r in reports) + rng.choice([1, 1, 2, 3])
        salary = round(fte * rng.randint(82, 108) * 1000, -4)
        om = rng.randint(35, 2400) * 1000
        loc = T.LOCATIONS[0] if rng.random() < 0.3 else (T.LOCATIONS[1] if rng.random() < 0.3 else rng.choice(T.LOCATIONS))
        out.append({
            "i": i, "dept": d, "area": area, "level": level, "cls": f"EX-0{level}", "fem": fem,
            "title_en": title_en, "title_fr": title_fr, "branch": branch,
            "job_code": str(rng.randint(100000, 109999)) if rng.random() < 0.65 else None,
            "posnum": number(10000, 99999999),
            "provisional": None,
            "effective": dt.date(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            "sup": sup, "reports": reports, "fte": fte, "salary": int(salary), "om": om,
            "gc": rng.randint(2, 90) * 1_000_000 if (level >= 3 and rng.random() < 0.4) else None,
            "loc": loc,
            "incumbent": person(rng, used_names) if rng.random() < 0.6 else None,
            "signer": person(rng, used_names),
            "prepared": person(rng, used_names) if rng.random() < 0.3 else None,
        })
    return out


# ----------------------------------------------------------------------------------- content
def fmt_report(r: dict, lang: str, form: int, fte_style: int, cls_style: str, duties: str | None) -> str:
    t = r[lang]
    c = cls_text(r["cls"], cls_style if cls_style != "paren" else "dash") if r.get("cls") else None
    f = fte_text(r["fte"], lang, fte_style) if r.get("fte") is not None else None
    if form == 0:
        inner = ", ".join(x for x in (c, f) if x)
        s = f"{t} ({inner})" if inner else t
    elif form == 1:
        s = f"{c} - {t}" if c else t
        s += f" ({f})" if f else ""
    elif form == 2:
        s = " – ".join(x for x in (t, c, f) if x)
    else:
        s = f"{t} [{c}]" if c else t
        s += f" ({f})" if f else ""
    if duties:
        s += (": responsible for " if lang == "en" else " : responsable de ") + duties
    return s


DUTIES_EN = ["the planning and delivery of operational activities", "policy analysis and advice",
             "monitoring, reporting and performance measurement", "client and partner engagement",
             "the management of systems and data supporting the programs"]
DUTIES_FR = ["la planification et la prestation des activités opérationnelles", "l'analyse et les conseils stratégiques",
             "le suivi, les rapports et la mesure du rendement", "la mobilisation des clients et des partenaires",
             "la gestion des systèmes et des données à l'appui des programmes"]


def prose_fill(tpl: str, pos: dict, lang: str) -> str:
    d = pos["dept"]
    if lang == "en":
        return tpl.format(title=pos["title_en"], area=pos["area"][0].lower(), sup=pos["sup"]["en"],
                          unit=f"{pos['area'][0]} {'Directorate' if pos['level'] < 3 else 'Branch'}",
                          dept=d[0], dept_short=d[2])
    sup = pos["sup"]["fr"]
    a = lower_first(pos["area"][1])
    de_area = ("d'" if a[0] in "aeiouéèêâîôûh" else "de ") + a
    return tpl.format(de_area=de_area, title=pos["title_fr"], area=lower_first(pos["area"][1]), sup=sup.split(",")[0].lower() + ("," + sup.split(",", 1)[1] if "," in sup else ""),
                      unit="direction" if pos["level"] < 3 else "direction générale",
                      dept=d[1], dept_short=d[3]).replace("au sous-ministre adjointe", "à la sous-ministre adjointe") \
        .replace("au directrice", "à la directrice").replace("du directrice", "de la directrice") \
        .replace("du sous-ministre adjointe", "de la sous-ministre adjointe")


def build(pos: dict, spec: dict, rng: random.Random) -> tuple[dict, dict]:
    """The document's content, per language, and its ground truth."""
    lang = spec["lang"]
    langs = ["en", "fr"] if lang == "bi" else [lang]
    o = spec
    content = {"lang": lang, "per": {}}
    truth_reports = []
    rep_rows = []
    for r in pos["reports"]:
        rr = dict(r)
        if o.get("drop_cls"):
            rr["cls"] = None
        if o.get("drop_fte") or (o.get("drop_ea_fte") and r["fte"] == 1):
            rr["fte"] = None
        rep_rows.append(rr)
        truth_reports.append({"title": r["en"] if lang != "fr" else r["fr"], "classification": rr["cls"],
                              "fte": rr["fte"]})
    budget = o["budget"]
    for L in langs:
        lab = {k: rng.choice(v) for k, v in (T.LABELS_EN if L == "en" else T.LABELS_FR).items()}
        hd = {k: rng.choice(v) for k, v in (T.HEAD_EN if L == "en" else T.HEAD_FR).items()}
        content["per"][L] = {"lab": lab, "hd": hd}
    if lang == "bi":
        lab_en, lab_fr = content["per"]["en"]["lab"], content["per"]["fr"]["lab"]
        bil = {k: f"{lab_en[k]} / {lab_fr[k]}" for k in lab_en}
    fields = {}  # key -> {lang: (label, value)}
    title = {"en": pos["title_en"], "fr": pos["title_fr"]}
    cls_v = cls_text(pos["cls"], o["cls_style"])
    for L in langs:
        lab = content["per"][L]["lab"]
        f = {}
        f["title"] = (lab["title"], title[L])
        f["classification"] = (lab["classification"], cls_v)
        if pos["job_code"]:
            f["job_code"] = (lab["job_code"], pos["job_code"])
        f["position_number"] = (lab["position_number"], pos["provisional"] or pos["posnum"])
        if o["date"]:
            f["effective_date"] = (lab["effective_date"], date_text(pos["effective"], L, o["date_style"]))
        f["department"] = (lab["department"], pos["dept"][0 if L == "en" else 1])
        f["branch"] = (lab["branch"], pos["branch"][0 if L == "en" else 1])
        if o["loc"]:
            f["location"] = (lab["location"], pos["loc"][0 if L == "en" else 1])
        s = pos["sup"]
        if o["sup_mode"] == "fields":
            if s["num"]:
                f["sup_num"] = (lab["sup_num"], s["num"])
            f["sup_title"] = (lab["sup_title"], s[L])
            f["sup_class"] = (lab["sup_class"], cls_text(s["cls"], o["cls_style"]))
        elif o["sup_mode"] == "reports_to":
            v = f"{s[L]} ({cls_text(s['cls'], 'dash')})"
            if s["num"]:
                v += f", {'Position No.' if L == 'en' else 'poste no'} {s['num']}"
            f["reports_to"] = ("Reports to" if L == "en" else "Relève de", v)
        fields[L] = f
    content["fields"] = fields
    # sections
    for L in langs:
        hd = content["per"][L]["hd"]
        secs = []
        ga = prose_fill(T.GA_EN[o["ga"] % 3] if L == "en" else T.GA_FR[o["ga"] % 3], pos, L)
        org = []
        s = pos["sup"]
        me = title[L]
        if o["sup_mode"] == "sentence":
            supcls = f" ({cls_text(s['cls'], 'dash')})" if o.get("sup_cls_in_sentence", True) else ""
            num = ""
            if s["num"]:
                num = f", position number {s['num']}" if L == "en" else f", poste numéro {s['num']}"
            if L == "en":
                org.append(("p", f"The {me} reports to the {s['en']}{supcls}{num}, and is one of "
                                 f"{rng.choice(['four', 'five', 'six', 'seven'])} executives reporting to that position."))
            else:
                org.append(("p", f"Le titulaire du poste de {me} relève du {s['fr'][0].lower() + s['fr'][1:]}{supcls}{num}."
                            .replace("relève du directrice", "relève de la directrice")
                            .replace("relève du sous-ministre adjointe", "relève de la sous-ministre adjointe")))
        else:
            org.append(("p", (f"The {me} is one of the executives reporting to the {s['en']}." if L == "en" else
                              f"Le poste de {me} est l'un des postes de direction qui relèvent de la haute direction de la "
                              f"direction générale.")))
        duties = (DUTIES_EN if L == "en" else DUTIES_FR)
        items = [fmt_report(r, L, o["rep_form"], o["fte_style"], o["cls_style"],
                            duties[j % len(duties)] if o.get("duties") else None) for j, r in enumerate(rep_rows)]
        lead = (f"Reporting to the {me} are:" if L == "en" else f"Les postes suivants relèvent du titulaire :")
        org.append(("reports", {"mode": o["rep_mode"], "lead": lead, "items": items,
                                "rows": [(r[L], cls_text(r["cls"], "dash") if r["cls"] else "",
                                          str(r["fte"]) if r["fte"] is not None else "") for r in rep_rows],
                                "heads": ("Position Title", "Group/Level", "FTEs") if L == "en" else
                                         ("Titre du poste", "Groupe/niveau", "ETP"),
                                "prose": prose_reports(rep_rows, L, me, o)}))
        dims = []
        ms, nb = o["money_style"], (L == "fr" and o.get("nbsp"))
        fte_lab = {"en": rng.choice(["FTEs", "FTE's", "Full-time equivalents", "Employees (FTEs)"]),
                   "fr": rng.choice(["ETP", "Équivalents temps plein", "Effectif (ETP)"])}[L]
        dims.append((fte_lab, str(pos["fte"])))
        if budget == "full":
            dims.append((("Salary" if L == "en" else rng.choice(["Salaires", "Traitements et salaires"])),
                         money_text(pos["salary"], L, ms, nb)))
            dims.append((("O&M" if L == "en" else rng.choice(["F et E", "Fonctionnement et entretien (F et E)"])),
                         money_text(pos["om"], L, ms + 1, nb)))
            dims.append((("Total" if L == "en" else "Total"), money_text(pos["salary"] + pos["om"], L, ms, nb)))
        elif budget == "combined":
            dims.append((("Salary and O&M Budget" if L == "en" else "Budget de salaires et de F et E"),
                         money_text(pos["salary"] + pos["om"], L, ms, nb)))
        if pos["gc"] and budget != "none":
            dims.append((("Grants and Contributions" if L == "en" else "Subventions et contributions"),
                         money_text(pos["gc"], L, ms, nb)))
        ns = [("p", prose_fill(t, pos, L)) for t in rng.sample(T.NS_EN if L == "en" else T.NS_FR, 2)]
        sa_pool = T.SA_EN if L == "en" else T.SA_FR
        sa = [prose_fill(t, pos, L) for t in rng.sample(sa_pool, rng.randint(5, 7))]
        cert = [("p", T.CERT_EN if L == "en" else T.CERT_FR)]
        sig = []
        if pos["incumbent"] and L == langs[0]:
            sig.append((("Incumbent" if L == "en" else "Titulaire"), pos["incumbent"]))
        if L == langs[0]:
            sig.append((s[L] if L == "en" else s["fr"], pos["signer"]))
            if pos["prepared"]:
                sig.append((("Prepared by" if L == "en" else "Préparé par"), pos["prepared"]))
        cert.append(("sig", sig))
        if o["template"] == "csr":
            secs = [("csr", hd["csr"], [("p", prose_fill(T.CSR_EN if L == "en" else T.CSR_FR, pos, L))]),
                    ("sa", ("Key Activities" if L == "en" else "Activités principales"), [("list", sa)]),
                    ("org", hd["org"], org), ("dim", hd["dim"], [("dims", dims)]),
                    ("ns", hd["ns"], ns), ("cert", hd["cert"], cert)]
        else:
            secs = [("ga", hd["ga"], [("p", ga)]), ("org", hd["org"], org), ("ns", hd["ns"], ns),
                    ("dim", hd["dim"], [("dims", dims)]), ("sa", hd["sa"], [("list", sa)]),
                    ("cert", hd["cert"], cert)]
            if o.get("dims_first"):
                secs = [secs[0], secs[3], secs[1], secs[2], secs[4], secs[5]]
        content["per"][L]["sections"] = secs
    content["doc_title"] = {"en": rng.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "Executive (EX) Work Description",
                                               "WORK DESCRIPTION – EXECUTIVE GROUP", "Job Description"]),
                            "fr": rng.choice(["DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION",
                                              "Description de travail – Groupe de la direction (EX)",
                                              "DESCRIPTION DE TRAVAIL"])}
    if lang == "bi":
        content["bil"] = bil
    # truth
    s = pos["sup"]
    people = [p for p in (pos["incumbent"], pos["signer"], pos["prepared"]) if p]
    total = pos["salary"] + pos["om"] if budget in ("full", "combined") else None
    fields_t = {
        "title": pos["title_fr"] if lang == "fr" else pos["title_en"],
        "classification": pos["cls"],
        "job_code": pos["job_code"],
        "position_number": None if pos["provisional"] else pos["posnum"],
        "effective_date": pos["effective"] if o["date"] else None,
        "supervisor": {"position_number": s["num"],
                       "title": s["fr"] if lang == "fr" else s["en"],
                       "classification": s["cls"] if (o["sup_mode"] != "sentence" or o.get("sup_cls_in_sentence", True)) else None},
        "direct_reports": truth_reports,
        "salary": pos["salary"] if budget == "full" else None,
        "o_and_m": pos["om"] if budget == "full" else None,
        "total": total,
        "location": (pos["loc"][1] if lang == "fr" else pos["loc"][0]) if o["loc"] else None,
    }
    truth = {"fields": fields_t, "people": people,
             "also": {"fte": pos["fte"], "operating_budget": None,
                      "program_budget": pos["gc"] if budget != "none" else None,
                      "provisional_number": pos["provisional"],
                      "department": pos["dept"][1] if lang == "fr" else pos["dept"][0]}}
    if lang == "bi":
        truth["also"]["title_fr"] = pos["title_fr"]
    return content, truth


def prose_reports(rows, L, me, o) -> str:
    parts = []
    for r in rows:
        bits = [x for x in (cls_text(r["cls"], "dash") if r["cls"] else None,
                            fte_text(r["fte"], L, o["fte_style"]) if r["fte"] is not None else None) if x]
        parts.append(f"{'the' if L == 'en' else 'le poste de'} {r[L]}" + (f" ({', '.join(bits)})" if bits else ""))
    joined = ", ".join(parts[:-1]) + (" and " if L == "en" else " et ") + parts[-1]
    if L == "en":
        return f"The positions reporting directly to the {me} are {joined}."
    return f"Relèvent directement du titulaire : {joined}."


# ----------------------------------------------------------------------------------- docx helpers
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def new_doc(author: str) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return doc


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if k < len(lines) - 1:
            run.add_break()
    return p


def cell_para(cell, text, bold=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    return p


def table(doc_or_cell, rows, cols, style="Table Grid"):
    t = doc_or_cell.add_table(rows=rows, cols=cols)
    try:
        t.style = style
    except Exception:
        pass
    return t


def set_header(section, text, footer=None):
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = text
    if footer is not None:
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = footer


def textbox(paragraph, lines, width="200pt", height="70pt"):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:300pt;margin-top:0;width:{width};height:{height};z-index:1">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def tracked(paragraph, old, new, author, when="2023-05-02T10:15:00Z"):
    paragraph._p.append(parse_xml(
        f'<w:del {W_NS} w:id="901" w:author="{esc(author)}" w:date="{when}"><w:r><w:delText xml:space="preserve">'
        f'{esc(old)}</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="902" w:author="{esc(author)}" w:date="{when}"><w:r><w:t xml:space="preserve">'
        f'{esc(new)}</w:t></w:r></w:ins>'))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def add_blocks_doc(container, blocks, L, spec, in_cell=False):
    """Paragraph-level rendering of a section's blocks into a document or a table cell."""
    first = in_cell
    def para(text, bold=False, style=None):
        nonlocal first
        if in_cell:
            p = cell_para(container, text, bold, first)
            first = False
            return p
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        p.add_run(text).bold = bold
        return p
    for kind, val in blocks:
        if kind == "p":
            para(val)
        elif kind == "list":
            for k, it in enumerate(val, 1):
                if in_cell or spec.get("numbered"):
                    para(f"{k}. {it}" if spec.get("numbered") else f"\u2022 {it}")
                else:
                    para(it, style="List Number")
        elif kind == "reports":
            mode = val["mode"]
            if mode == "prose":
                para(val["prose"])
            elif mode == "list":
                para(val["lead"])
                for it in val["items"]:
                    if in_cell:
                        para(f"\u2022 {it}")
                    else:
                        para(it, style="List Bullet")
            else:
                para(val["lead"])
                t = container.add_table(rows=1, cols=3)
                try:
                    t.style = "Table Grid"
                except Exception:
                    pass
                for c, h in zip(t.rows[0].cells, val["heads"]):
                    cell_text(c, h, bold=True)
                for row in val["rows"]:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        cell_text(c, v)
                if in_cell:
                    container.add_paragraph()
        elif kind == "dims":
            if spec.get("dims_table", True):
                t = container.add_table(rows=0, cols=2)
                try:
                    t.style = "Table Grid"
                except Exception:
                    pass
                for lbl, v in val:
                    cells = t.add_row().cells
                    cell_text(cells[0], lbl, bold=True)
                    cell_text(cells[1], v)
                if in_cell:
                    container.add_paragraph()
            else:
                for lbl, v in val:
                    para(f"{lbl}: {v}" if L == "en" else f"{lbl} : {v}")
        elif kind == "sig":
            for role, name in val:
                para(f"{role}: ____________________   Date: ________" if L == "en" else
                     f"{role} : ____________________   Date : ________")
                para(name)


# ----------------------------------------------------------------------------------- docx layouts
ORDER_A = ["title", "title_fr", "classification", "job_code", "position_number", "effective_date", "department",
           "branch", "location", "reports_to", "sup_num", "sup_title", "sup_class"]
ORDER_B = ["position_number", "title", "title_fr", "classification", "job_code", "department", "branch",
           "sup_title", "sup_class", "sup_num", "reports_to", "location", "effective_date"]


def field_rows(c, spec, L=None):
    lang = c["lang"]
    if lang == "bi" and L is None:
        f = c["fields"]["en"]
        rows = {k: (c["bil"].get(k, "Reports to / Relève de"), v[1]) for k, v in f.items()}
        rows["title_fr"] = (spec.get("title_fr_label", "French Title / Titre en français"), c["fields"]["fr"]["title"][1])
    else:
        rows = dict(c["fields"][L or lang])
    order = ORDER_B if spec.get("order") == "B" else ORDER_A
    return [(k, *rows[k]) for k in order if k in rows]


def put_value(cell, key, value, spec, bold=False):
    if spec.get("tracked") and spec["tracked"][0] == key:
        cell.text = ""
        tracked(cell.paragraphs[0], spec["tracked"][1], value, spec["tracked"][2])
    else:
        cell_text(cell, value, bold)


def sections_of(c, L):
    return c["per"][L]["sections"]


def lang_main(c):
    return "fr" if c["lang"] == "fr" else "en"


def header_text(c, pos, spec):
    L = lang_main(c)
    num = pos["provisional"] or pos["posnum"]
    t = pos["title_fr"] if L == "fr" else pos["title_en"]
    if c["lang"] == "bi":
        return f"Position No. / No de poste : {num}    {t}"
    return f"{'Position No.' if L == 'en' else 'No de poste'} {num} – {t}"


def footer_text(c):
    return {"en": "PROTECTED A (when completed)", "fr": "PROTÉGÉ A (une fois rempli)",
            "bi": "PROTECTED A (when completed) / PROTÉGÉ A (une fois rempli)"}[c["lang"]]


def body_sections(doc, c, spec, renderer):
    """English then French (a bilingual document outside the two-column layout)."""
    langs = ["en", "fr"] if c["lang"] == "bi" else [c["lang"]]
    for L in langs:
        if L == "fr" and c["lang"] == "bi":
            doc.add_page_break()
            p = doc.add_paragraph()
            p.add_run("VERSION FRANÇAISE").bold = True
        renderer(doc, L)


def lay_std4(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    set_header(doc.sections[0], header_text(c, pos, spec), footer_text(c))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(c["doc_title"][L])
    r.bold, r.font.size = True, Pt(13)
    rows = field_rows(c, spec)
    t = table(doc, 0, 4)
    sup_keys = {"sup_num", "sup_title", "sup_class"}
    pending = []
    for k, lbl, v in rows:
        if k in ("title", "title_fr", "department", "reports_to", "sup_title", "branch"):
            cells = t.add_row().cells
            cell_text(cells[0], lbl, True)
            shade(cells[0], "F2F2F2")
            m = cells[1].merge(cells[3])
            put_value(m, k, v, spec)
        else:
            pending.append((k, lbl, v))
    for j in range(0, len(pending), 2):
        cells = t.add_row().cells
        for off, (k, lbl, v) in enumerate(pending[j:j + 2]):
            cell_text(cells[2 * off], lbl, True)
            shade(cells[2 * off], "F2F2F2")
            put_value(cells[2 * off + 1], k, v, spec)
    doc.add_paragraph()

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            st = table(doc, 2, 1)
            cell_text(st.rows[0].cells[0], head, True)
            shade(st.rows[0].cells[0])
            add_blocks_doc(st.rows[1].cells[0], blocks, L, spec, in_cell=True)
            doc.add_paragraph()
    body_sections(doc, c, spec, render)
    return doc


def lay_kv2(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    if spec.get("header", True):
        set_header(doc.sections[0], header_text(c, pos, spec), footer_text(c))
    doc.add_heading(c["doc_title"][L], level=1)
    t = table(doc, 0, 2)
    for k, lbl, v in field_rows(c, spec):
        cells = t.add_row().cells
        cell_text(cells[0], lbl + (":" if spec.get("colon") else ""), True)
        put_value(cells[1], k, v, spec)
    doc.add_paragraph()

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            doc.add_heading(head, level=2)
            add_blocks_doc(doc, blocks, L, spec)
    body_sections(doc, c, spec, render)
    return doc


def lay_tbox(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    rows = field_rows(c, spec)
    boxed = [r for r in rows if r[0] in ("position_number", "classification", "effective_date")]
    rest = [r for r in rows if r not in boxed and r[0] not in ("title",)]
    p = doc.add_paragraph()
    textbox(p, [f"{lbl}: {v}" if L == "en" else f"{lbl} : {v}" for _, lbl, v in boxed])
    p.add_run(c["doc_title"][L]).italic = True
    tp = doc.add_paragraph()
    r = tp.add_run(pos["title_fr"] if L == "fr" else pos["title_en"])
    r.bold, r.font.size = True, Pt(15)
    for k, lbl, v in rest:
        q = doc.add_paragraph()
        q.add_run(f"{lbl}:" if L == "en" else f"{lbl} :").bold = True
        q.add_run(f"\t{v}")
    set_header(doc.sections[0], spec.get("hdr_text", ""), footer_text(c))

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            q = doc.add_paragraph()
            rr = q.add_run(head.upper())
            rr.bold = True
            add_blocks_doc(doc, blocks, L, spec)
    body_sections(doc, c, spec, render)
    return doc


def checkbox_row(options, chosen):
    return "   ".join(("\u2612 " if o == chosen else "\u2610 ") + o for o in options)


def lay_check(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    set_header(doc.sections[0], header_text(c, pos, spec) if spec.get("header", True) else "", footer_text(c))
    p = doc.add_paragraph()
    p.add_run(c["doc_title"][L]).bold = True
    t = table(doc, 0, 2)
    cls_opts = [cls_text(f"EX-0{n}", spec["cls_style"] if spec["cls_style"] != "paren" else "dash") for n in range(1, 6)]
    for k, lbl, v in field_rows(c, spec):
        cells = t.add_row().cells
        cell_text(cells[0], lbl, True)
        if k == "classification":
            cell_text(cells[1], checkbox_row(cls_opts, cls_opts[pos["level"] - 1]))
        else:
            put_value(cells[1], k, v, spec)
    extra = {"en": [("Status", checkbox_row(["New", "Updated", "Reclassification"], "Updated")),
                    ("Language Requirements", checkbox_row(["Bilingual imperative (CBC/CBC)", "English essential",
                                                             "French essential"], "Bilingual imperative (CBC/CBC)")),
                    ("Security Level", checkbox_row(["Reliability", "Secret", "Top Secret"], spec.get("sec", "Secret")))],
             "fr": [("Statut", checkbox_row(["Nouveau", "Mis à jour", "Reclassification"], "Mis à jour")),
                    ("Exigences linguistiques", checkbox_row(["Bilingue impératif (CBC/CBC)", "Anglais essentiel",
                                                               "Français essentiel"], "Bilingue impératif (CBC/CBC)")),
                    ("Cote de sécurité", checkbox_row(["Fiabilité", "Secret", "Très secret"], "Secret"))]}
    for lbl, v in extra["fr" if L == "fr" else "en"]:
        cells = t.add_row().cells
        cell_text(cells[0], lbl, True)
        cell_text(cells[1], v)
    doc.add_paragraph()

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            st = table(doc, 2, 1)
            cell_text(st.rows[0].cells[0], head, True)
            shade(st.rows[0].cells[0], "BDD7EE")
            add_blocks_doc(st.rows[1].cells[0], blocks, L, spec, in_cell=True)
            doc.add_paragraph()
    body_sections(doc, c, spec, render)
    return doc


def lay_hdr(c, pos, spec):
    """Header carries the position number and title; the body's table leaves the number out; the
    organization structure sits in its own landscape section."""
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    num = pos["provisional"] or pos["posnum"]
    t_main = pos["title_fr"] if L == "fr" else pos["title_en"]
    hl = {"en": "Position No.", "fr": "No de poste", "bi": "Position No. / No de poste"}[c["lang"]]
    set_header(doc.sections[0], f"{hl}: {num}\t{t_main}\t{cls_text(pos['cls'], 'dash')}", footer_text(c))
    doc.add_heading(c["doc_title"][L], level=1)
    t = table(doc, 0, 2)
    for k, lbl, v in field_rows(c, spec):
        if k == "position_number":
            continue
        cells = t.add_row().cells
        cell_text(cells[0], lbl, True)
        put_value(cells[1], k, v, spec)

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            if key == "org":
                sec = doc.add_section(WD_SECTION.NEW_PAGE)
                sec.orientation = WD_ORIENT.LANDSCAPE
                sec.page_width, sec.page_height = Mm(279), Mm(216)
            doc.add_heading(head, level=2)
            add_blocks_doc(doc, blocks, L, spec)
            if key == "org":
                sec = doc.add_section(WD_SECTION.NEW_PAGE)
                sec.orientation = WD_ORIENT.PORTRAIT
                sec.page_width, sec.page_height = Mm(216), Mm(279)
    body_sections(doc, c, spec, render)
    return doc


def dotted(lbl, v, width=48):
    return f"{lbl} " + "." * max(3, width - len(lbl) - len(v)) + f" {v}"


def lay_prose(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    set_header(doc.sections[0], pos["dept"][1 if L == "fr" else 0], footer_text(c))
    p = doc.add_paragraph()
    p.add_run(c["doc_title"][L]).bold = True
    for k, lbl, v in field_rows(c, spec):
        q = doc.add_paragraph()
        if spec.get("leaders"):
            q.add_run(dotted(lbl, v))
        else:
            q.add_run(f"{lbl}:" if L == "en" else f"{lbl} :")
            q.add_run(f"\t\t{v}")

    def render(doc, L):
        for key, head, blocks in sections_of(c, L):
            q = doc.add_paragraph()
            q.add_run(head).bold = True
            q.runs[0].underline = True
            sp = dict(spec, dims_table=False)
            if spec.get("leaders"):
                blocks = [("p", "\n".join(dotted(a, b) for a, b in bv)) if bk == "dims" else (bk, bv)
                          for bk, bv in blocks]
            add_blocks_doc(doc, blocks, L, sp)
    body_sections(doc, c, spec, render)
    return doc


def lay_nested(c, pos, spec):
    doc = new_doc(pos["signer"])
    L = lang_main(c)
    set_header(doc.sections[0], header_text(c, pos, spec), footer_text(c))
    outer = table(doc, 1, 2)
    top = outer.rows[0].cells[0].merge(outer.rows[0].cells[1])
    cell_text(top, c["doc_title"][L], True)
    shade(top, "C6D9F1")
    row = outer.add_row().cells
    cell_text(row[0], {"en": "Position Information", "fr": "Renseignements sur le poste",
                       "bi": "Position Information / Renseignements sur le poste"}[c["lang"]], True)
    inner = row[1].add_table(rows=0, cols=3)
    inner.style = "Table Grid"
    rows = field_rows(c, spec)
    sup = [r for r in rows if r[0] in ("sup_num", "sup_title", "sup_class")]
    sub = {"en": {"sup_num": "Position No.", "sup_title": "Title", "sup_class": "Group and Level"},
           "fr": {"sup_num": "No de poste", "sup_title": "Titre", "sup_class": "Groupe et niveau"}}
    for k, lbl, v in rows:
        if k in ("sup_num", "sup_title", "sup_class"):
            continue
        cells = inner.add_row().cells
        m = cells[0].merge(cells[1])
        cell_text(m, lbl, True)
        put_value(cells[2], k, v, spec)
    if sup:
        first_row = None
        for k, lbl, v in sup:
            cells = inner.add_row().cells
            if first_row is None:
                first_row = cells[0]
                cell_text(cells[0], {"en": "Immediate Supervisor", "fr": "Supérieur immédiat",
                                     "bi": "Immediate Supervisor / Supérieur immédiat"}[c["lang"]], True)
            last = cells[0]
            cell_text(cells[1], sub["fr" if L == "fr" else "en"][k])
            put_value(cells[2], k, v, spec)
        first_row.merge(last)
    langs = ["en", "fr"] if c["lang"] == "bi" else [L]
    for LL in langs:
        for key, head, blocks in sections_of(c, LL):
            row = outer.add_row().cells
            cell_text(row[0], head, True)
            shade(row[0], "F2F2F2")
            add_blocks_doc(row[1], blocks, LL, spec, in_cell=True)
    return doc


def lay_bi2(c, pos, spec):
    doc = new_doc(pos["signer"])
    set_header(doc.sections[0], header_text(c, pos, spec), footer_text(c))
    t = table(doc, 1, 2)
    for cell, L in zip(t.rows[0].cells, ("en", "fr")):
        cell_text(cell, c["doc_title"][L], True)
        shade(cell)
    fe, ff = dict((k, (l, v)) for k, l, v in field_rows(c, spec, "en")), \
        dict((k, (l, v)) for k, l, v in field_rows(c, spec, "fr"))
    order = ORDER_B if spec.get("order") == "B" else ORDER_A
    for k in order:
        if k not in fe:
            continue
        cells = t.add_row().cells
        for cell, L, f in ((cells[0], "en", fe), (cells[1], "fr", ff)):
            lbl, v = f[k]
            cell.text = ""
            cp = cell.paragraphs[0]
            cp.add_run(f"{lbl}:" if L == "en" else f"{lbl} :").bold = True
            if spec.get("value_below"):
                cp.add_run().add_break()
                cp.add_run(v)
            else:
                cp.add_run(f" {v}")
    se, sf = sections_of(c, "en"), sections_of(c, "fr")
    for (ke, he, be), (kf, hf, bf) in zip(se, sf):
        cells = t.add_row().cells
        cell_text(cells[0], he, True)
        cell_text(cells[1], hf, True)
        shade(cells[0])
        shade(cells[1])
        cells = t.add_row().cells
        add_blocks_doc(cells[0], be, "en", dict(spec, dims_table=False), in_cell=True)
        add_blocks_doc(cells[1], bf, "fr", dict(spec, dims_table=False), in_cell=True)
    return doc


LAYOUTS = {"std4": lay_std4, "kv2": lay_kv2, "tbox": lay_tbox, "check": lay_check, "hdr": lay_hdr,
           "prose": lay_prose, "nested": lay_nested, "bi2": lay_bi2}


# ----------------------------------------------------------------------------------- printed / text
def wrap(text, width=100, indent=""):
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False) or [""]


def text_blocks(blocks, L, spec, width=100):
    out = []
    for kind, val in blocks:
        if kind == "p":
            for para in val.split("\n"):
                out += wrap(para, width)
            out.append("")
        elif kind == "list":
            for k, it in enumerate(val, 1):
                lines = wrap(it, width - 4)
                out.append(f"{k}.  {lines[0]}" if spec.get("numbered", True) else f"•   {lines[0]}")
                out += ["    " + x for x in lines[1:]]
            out.append("")
        elif kind == "reports":
            if val["mode"] == "prose":
                out += wrap(val["prose"], width)
            elif val["mode"] == "list":
                out += wrap(val["lead"], width)
                for it in val["items"]:
                    lines = wrap(it, width - 4)
                    out.append("•   " + lines[0])
                    out += ["    " + x for x in lines[1:]]
            else:
                out += wrap(val["lead"], width)
                w0 = max(len(r[0]) for r in val["rows"] + [val["heads"]]) + 3
                out.append(f"{val['heads'][0]:<{w0}}{val['heads'][1]:<16}{val['heads'][2]}")
                for r in val["rows"]:
                    out.append(f"{r[0]:<{w0}}{r[1]:<16}{r[2]}")
            out.append("")
        elif kind == "dims":
            w0 = max(len(a) for a, _ in val) + 4
            for a, b in val:
                out.append(f"{a:<{w0}}{b}")
            out.append("")
        elif kind == "sig":
            for role, name in val:
                out.append(f"{role}: ______________________        Date: ____________")
                out.append(name)
                out.append("")
    return out


def printed_lines(c, pos, spec):
    """A Word document in the EX standard format as its printed PDF reads: the table's label and value
    cells on one line, two pairs to a line, sections one after another."""
    L = lang_main(c)
    out = [c["doc_title"][L], ""]
    rows = field_rows(c, spec)
    wide = [r for r in rows if r[0] in ("title", "title_fr", "department", "reports_to", "sup_title", "branch")]
    rest = [r for r in rows if r not in wide]
    lw = max(len(r[1]) for r in rows) + 3
    for k, lbl, v in wide:
        out.append(f"{lbl:<{lw}}{v}")
    if spec.get("pairs", True):
        for j in range(0, len(rest), 2):
            a = rest[j]
            line = f"{a[1]:<{lw}}{a[2]:<22}"
            if j + 1 < len(rest):
                line += f"{rest[j + 1][1]:<{lw}}{rest[j + 1][2]}"
            out.append(line.rstrip())
    else:
        for k, lbl, v in rest:
            out.append(f"{lbl:<{lw}}{v}")
    out.append("")
    langs = ["en", "fr"] if c["lang"] == "bi" else [L]
    for LL in langs:
        if LL == "fr" and c["lang"] == "bi":
            out += ["\f", "VERSION FRANÇAISE", ""]
        for key, head, blocks in sections_of(c, LL):
            out.append(head.upper() if spec.get("upper") else head)
            out += text_blocks(blocks, LL, spec)
    return out


def two_col(left, right, w=52):
    out = []
    for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))):
        out.append(f"{a:<{w}}  {b}".rstrip())
    return out


def printed_bi_lines(c, pos, spec):
    """A bilingual two-column table printed: English left, French right, on the same lines."""
    w = 52
    out = two_col([c["doc_title"]["en"]], [c["doc_title"]["fr"]], w) + [""]
    fe = {k: (l, v) for k, l, v in field_rows(c, spec, "en")}
    ff = {k: (l, v) for k, l, v in field_rows(c, spec, "fr")}
    for k in (ORDER_B if spec.get("order") == "B" else ORDER_A):
        if k in fe:
            out += two_col(wrap(f"{fe[k][0]}: {fe[k][1]}", w), wrap(f"{ff[k][0]} : {ff[k][1]}", w), w)
    out.append("")
    for (ke, he, be), (kf, hf, bf) in zip(sections_of(c, "en"), sections_of(c, "fr")):
        out += two_col([he.upper()], [hf.upper()], w)
        out += two_col(text_blocks(be, "en", spec, w), text_blocks(bf, "fr", spec, w), w)
    return out


def paginate(lines, header, footer_fmt, per_page=62):
    pages, cur = [], []
    chunks = []
    for ln in lines:
        if ln == "\f":
            chunks.append(cur)
            cur = []
        else:
            cur.append(ln)
    chunks.append(cur)
    for ch in chunks:
        for j in range(0, max(len(ch), 1), per_page):
            pages.append(ch[j:j + per_page])
    n = len(pages)
    return [("\n".join(([header, ""] if header else []) + pg + ["", footer_fmt.format(i=i + 1, n=n)]))
            for i, pg in enumerate(pages)]


def pdf_from(c, pos, spec):
    lines = printed_bi_lines(c, pos, spec) if spec["layout"] == "print_bi" else printed_lines(c, pos, spec)
    L = lang_main(c)
    foot = {"en": "Page {i} of {n}", "fr": "Page {i} de {n}", "bi": "Page {i} / {n}"}[c["lang"]]
    foot = footer_text(c) + "        " + foot
    return pdf_bytes(paginate(lines, header_text(c, pos, spec), foot))


def markdown_text(c, pos, spec):
    L = lang_main(c)
    out = ["# " + ("Job Description" if L == "en" else "Description de travail"), "",
           "## " + ("Position Details" if L == "en" else "Renseignements sur le poste"), ""]
    for k, lbl, v in field_rows(c, spec):
        out.append(f"*   **{lbl}:** {v}")
    out.append("")
    for key, head, blocks in sections_of(c, L):
        out += [f"## {head.title() if head.isupper() else head}", ""]
        for kind, val in blocks:
            if kind == "dims":
                out += [f"*   **{a}:** {b}" for a, b in val] + [""]
            elif kind == "list":
                out += [f"{k}.  {it}" for k, it in enumerate(val, 1)] + [""]
            elif kind == "reports" and val["mode"] == "list":
                out += [val["lead"], ""] + [f"*   {it}" for it in val["items"]] + [""]
            elif kind == "sig":
                out += [f"**{role}:** {name}" for role, name in val] + [""]
            else:
                out += text_blocks([(kind, val)], L, spec, 10_000)
    return "\n".join(out).rstrip() + "\n"


def form_text(c, pos, spec):
    """A Word form saved as plain text: labels on their own lines, the value on the next line."""
    L = lang_main(c)
    out = [c["doc_title"][L].upper(), ""]
    for k, lbl, v in field_rows(c, spec):
        if spec.get("value_below"):
            out += [lbl.upper() + ":", "    " + v]
        else:
            out.append(f"{lbl}:\t{v}")
    out.append("")
    for key, head, blocks in sections_of(c, L):
        out += [head.upper(), ""] + text_blocks(blocks, L, spec, 90)
    return "\n".join(out).rstrip() + "\n"


# ----------------------------------------------------------------------------------- documents to refuse
def refuse_docs(rng):
    docs = []
    # 1. a bilingual memo listing the positions whose descriptions are to be updated
    doc = new_doc("Sylvie Arsenault")
    set_header(doc.sections[0], "UNCLASSIFIED / NON CLASSIFIÉ")
    t = table(doc, 2, 2)
    cell_text(t.rows[0].cells[0], "MEMORANDUM", True)
    cell_text(t.rows[0].cells[1], "NOTE DE SERVICE", True)
    cell_text(t.rows[1].cells[0], "TO: Directors General, Program Operations\nFROM: Sylvie Arsenault, Executive Services\n"
                                  "DATE: February 12, 2024\nSUBJECT: Update of EX work descriptions")
    cell_text(t.rows[1].cells[1], "DESTINATAIRES : Directeurs généraux, Opérations des programmes\nEXPÉDITRICE : Sylvie "
                                  "Arsenault, Services aux cadres\nDATE : le 12 février 2024\nOBJET : Mise à jour des "
                                  "descriptions de travail EX")
    doc.add_paragraph("As part of the 2024 classification review, the work descriptions of the positions below must be "
                      "updated in the EX standard format and signed by the Assistant Deputy Minister by March 29, 2024. "
                      "Please send the signed Word files and PDFs to the Executive Services mailbox.")
    doc.add_paragraph("Dans le cadre de l'examen de la classification de 2024, les descriptions de travail des postes "
                      "ci-dessous doivent être mises à jour selon la présentation normalisée et signées par le "
                      "sous-ministre adjoint d'ici le 29 mars 2024.")
    t = table(doc, 1, 3)
    for cc, h in zip(t.rows[0].cells, ("Position No. / No de poste", "Title / Titre", "Level / Niveau")):
        cell_text(cc, h, True)
    for num, ti, lv in (("48820175", "Director, Client Services", "EX-01"), ("48820190", "Director, Operations Support",
                        "EX-01"), ("48820011", "Executive Director, Program Integrity", "EX-02")):
        cells = t.add_row().cells
        for cc, v in zip(cells, (num, ti, lv)):
            cell_text(cc, v)
    doc.add_paragraph("Contact: Kwame Osei, Senior HR Advisor, 819-555-0147")
    docs.append(("Memo - EX work descriptions update 2024 (bilingual).docx", docx_bytes(doc), "docx", "bilingual",
                 ["Sylvie Arsenault", "Kwame Osei"]))
    # 2. a French letter offering an acting EX-01 appointment
    doc = new_doc("Benoît Paquette")
    for line in ("Agence du revenu du Canada", "Direction générale des ressources humaines", "", "Le 5 septembre 2023", "",
                 "Madame Chantal Robichaud", "Ottawa (Ontario)", "", "Objet : Offre de nomination intérimaire – "
                 "Directrice, Opérations de recouvrement (EX-01), poste no 30418822", "", "Madame,",
                 "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Opérations de "
                 "recouvrement, classifié EX-01, du 18 septembre 2023 au 17 mars 2024. Votre traitement sera établi "
                 "dans l'échelle salariale de 128 262 $ à 150 907 $ conformément à la Directive sur les conditions "
                 "d'emploi des cadres.",
                 "Veuillez signer cette lettre et la retourner d'ici le 12 septembre 2023.", "",
                 "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", "Benoît Paquette",
                 "Directeur général, Opérations de recouvrement", "", "J'accepte l'offre : ____________________  "
                 "Date : __________"):
        doc.add_paragraph(line)
    docs.append(("Lettre d'offre - nomination intérimaire EX-01 - signée.docx", docx_bytes(doc), "docx", "fr",
                 ["Chantal Robichaud", "Benoît Paquette"]))
    # 3. an organization chart kept as a Word table
    doc = new_doc("Colleen Brennan")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(279), Mm(216)
    doc.add_heading("Regulatory Operations Branch – Organization Chart (draft, January 2024)", level=1)
    t = table(doc, 3, 4)
    top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    cell_text(top, "Assistant Deputy Minister, Regulatory Operations\nEX-04 – Pos. 20010044\nColleen Brennan")
    for cc, v in zip(t.rows[1].cells, ("Director General, Inspections\nEX-03 – 212 FTEs",
                                       "Director General, Compliance Programs\nEX-03 – 148 FTEs",
                                       "Executive Director, Regional Operations\nEX-02 – 96 FTEs",
                                       "Director, Business Management\nEX-01 – 31 FTEs")):
        cell_text(cc, v)
    for cc, v in zip(t.rows[2].cells, ("Director, Atlantic\nEX-01", "Director, Quebec\nEX-01", "Director, Ontario\nEX-01",
                                       "Senior Advisor\nEC-07")):
        cell_text(cc, v)
    doc.add_paragraph("Vacant positions shown in grey. Source: PeopleSoft extract, 2024-01-15.")
    docs.append(("Org chart - Regulatory Operations Branch (draft).docx", docx_bytes(doc), "docx", "en",
                 ["Colleen Brennan"]))
    # 4. an executive performance agreement
    doc = new_doc("Hugo Lafrenière")
    doc.add_heading("Executive Performance Agreement 2023–2024", level=1)
    t = table(doc, 0, 2)
    for a, b in (("Executive", "Hugo Lafrenière"), ("Position Title", "Director, Network Operations"),
                 ("Position No.", "71120460"), ("Group and Level", "EX-01"), ("Supervisor", "Ingrid Lindqvist, "
                 "Director General, Enterprise Network Services"), ("Period", "April 1, 2023 to March 31, 2024")):
        cells = t.add_row().cells
        cell_text(cells[0], a, True)
        cell_text(cells[1], b)
    doc.add_heading("Commitments", level=2)
    for k, s in enumerate(("Business results: reduce critical network incidents by 15% and complete the migration of "
                           "48 sites to the enterprise network.",
                           "Leadership: complete talent management discussions with all managers.",
                           "Corporate: contribute to the departmental mental health action plan."), 1):
        doc.add_paragraph(f"{k}. {s}")
    doc.add_heading("Rating", level=2)
    doc.add_paragraph(checkbox_row(["Did not meet", "Succeeded -", "Succeeded", "Succeeded +", "Surpassed"], "Succeeded"))
    doc.add_paragraph("Executive: Hugo Lafrenière        Supervisor: Ingrid Lindqvist")
    docs.append(("Performance Agreement 2023-24 - H. Lafrenière FINAL.docx", docx_bytes(doc), "docx", "en",
                 ["Hugo Lafrenière", "Ingrid Lindqvist"]))
    # 5. minutes of the executive committee, PDF with a text layer
    lines = ["EXECUTIVE TALENT MANAGEMENT COMMITTEE", "Record of Decisions – February 14, 2024", "",
             "Present: Tamara Osei (Chair), Gregory Whitfield, Josée Pelletier, Sandeep Narayan", "Secretary: Roxanne Côté", "",
             "1. Classification of EX positions",
             "   The Committee reviewed three work descriptions submitted for classification: Director, Data",
             "   Management (EX-01, position 55501234); Executive Director, Digital Services (EX-02, position",
             "   55501299); Director General, Program Integrity (EX-03, position 55500102).",
             "   Decision: the first two are approved; the third is returned to the branch for revision.", "",
             "2. Talent management cycle 2024",
             "   Questionnaires for EX-03 and above are due to OCHRO by May 31, 2024; EX-01 and EX-02",
             "   questionnaires are voluntary and will be collected by the Executive Services team.", "",
             "3. Next meeting: March 13, 2024.", "", "Approved by the Chair: Tamara Osei"]
    docs.append(("EXCOM minutes 2024-02-14.pdf", pdf_bytes(["\n".join(lines)]), "pdf", "en",
                 ["Tamara Osei", "Gregory Whitfield", "Josée Pelletier", "Sandeep Narayan", "Roxanne Côté"]))
    # 6. a scanned, signed description saved without a text layer: the page is only drawing operators
    rnd = random.Random(SEED + 6)
    pages = []
    for _ in range(3):
        ops = ["q 0.2 w"]
        for y in range(780, 60, -14):
            x = 40 + rnd.randint(0, 30)
            ops.append(f"{x} {y} m {x + rnd.randint(200, 500)} {y} l S")
        ops.append("0.85 g 400 60 150 40 re f Q")
        pages.append("\n".join(ops).encode())
    docs.append(("Scan 2023-11-08 (signed WD).pdf", pdf_bytes(pages), "pdf", "en", []))
    return docs


# ----------------------------------------------------------------------------------- the plan
SLOTS = ([("en", "docx", l) for l in ["std4"] * 4 + ["kv2"] * 3 + ["tbox"] * 3 + ["check"] * 3 + ["hdr"] * 3
          + ["prose"] * 3 + ["nested"] * 3]
         + [("en", "pdf", l) for l in ["print_std"] * 3 + ["print_kv"]]
         + [("en", "markdown", "md"), ("en", "text", "form"), ("en", "text-cp1252", "form")]
         + [("fr", "docx", l) for l in ["std4", "kv2", "tbox", "check", "hdr", "nested"]]
         + [("fr", "pdf", "print_std"), ("fr", "pdf", "print_kv")]
         + [("bi", "docx", l) for l in ["bi2", "bi2", "std4", "hdr"]]
         + [("bi", "pdf", "print_bi"), ("bi", "pdf", "print_std")])
# plus two versions: an English DRAFT (.docx, kv2) printed and signed (.pdf), and a French std4 revised

NAMES_EN = ["{t}.docx", "{t} - {c} - FINAL.docx", "{t} (1).docx", "WD {n} {t}.docx", "{s} - {t} - {y}.docx",
            "Copy of {t}.docx", "{t}_v3 clean.docx", "{c} {t} - approved.docx", "{t} – work description.docx",
            "{t} - updated {y}.docx"]
NAMES_FR = ["Description de travail - {t}.docx", "DT {n} {t} FINALE.docx", "{t} (2).docx",
            "{t} - version approuvée.docx", "DT {t} {y}.docx"]
NAMES_BI = ["{t} - {tf}.docx", "DT-WD {n} {t}.docx", "{t} BIL.docx", "{t} (bilingue) FINAL.docx"]
NAMES_PDF = ["{t} - signed.pdf", "{t} FINAL.pdf", "WD_{n}.pdf", "{s} {t} {y}.pdf", "{t} signé.pdf"]


def choose_spec(rng, lang, kind, layout):
    docx = kind == "docx"
    sp = {"lang": lang, "kind": kind, "layout": layout}
    styles = ["dash"] * 5 + ["space", "short", "paren", "glued"] + (["nbhyphen"] if docx else [])
    sp["cls_style"] = rng.choice(styles)
    sp["date"] = rng.random() < 0.9
    sp["date_style"] = rng.randrange(7)
    sp["loc"] = rng.random() < 0.82
    sp["sup_mode"] = rng.choices(["fields", "sentence", "reports_to"], [60, 25, 15])[0]
    if layout == "nested":
        sp["sup_mode"] = "fields"
    sp["sup_cls_in_sentence"] = rng.random() < 0.7
    if layout in ("prose",):
        sp["rep_mode"] = "prose"
    elif layout == "bi2" or layout == "print_bi":
        sp["rep_mode"] = "list"
    else:
        sp["rep_mode"] = rng.choice(["list", "list", "table", "table", "prose"])
    sp["rep_form"] = rng.randrange(4)
    sp["duties"] = sp["rep_mode"] == "list" and rng.random() < 0.35
    sp["drop_cls"] = rng.random() < 0.08
    sp["drop_fte"] = rng.random() < 0.06
    sp["drop_ea_fte"] = rng.random() < 0.3
    sp["budget"] = rng.choices(["full", "combined", "none"], [75, 18, 7])[0]
    sp["money_style"] = rng.randrange(5)
    sp["nbsp"] = docx and rng.random() < 0.5
    sp["fte_style"] = rng.randrange(5)
    sp["template"] = "csr" if rng.random() < 0.15 else "std"
    sp["dims_first"] = rng.random() < 0.15
    sp["order"] = rng.choice("AB")
    sp["upper"] = rng.random() < 0.5
    sp["value_below"] = rng.random() < 0.5
    sp["leaders"] = rng.random() < 0.6
    sp["numbered"] = rng.random() < 0.6
    sp["dims_table"] = rng.random() < 0.7
    sp["pairs"] = layout != "print_kv"
    sp["colon"] = rng.random() < 0.5
    sp["ga"] = rng.randrange(3)
    return sp


def file_name(rng, pos, sp, used):
    lang = sp["lang"]
    t = pos["title_fr"] if lang == "fr" else pos["title_en"]
    fmt = dict(t=t, tf=pos["title_fr"], c=pos["cls"], n=pos["provisional"] or pos["posnum"], s=pos["dept"][2 if lang != "fr" else 3],
               y=pos["effective"].year)
    if sp["kind"] == "docx":
        pool = NAMES_BI if lang == "bi" else NAMES_FR if lang == "fr" else NAMES_EN
    elif sp["kind"] == "pdf":
        pool = NAMES_PDF
    elif sp["kind"] == "markdown":
        pool = ["{t}.md"]
    elif sp["kind"] == "text":
        pool = ["{t} - text only.txt"]
    else:
        pool = ["{t} (export Windows).txt"]
    for _ in range(50):
        name = rng.choice(pool).format(**fmt).replace("/", "-")
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError(name)


def render(content, pos, sp) -> bytes:
    k = sp["kind"]
    if k == "docx":
        return docx_bytes(LAYOUTS[sp["layout"]](content, pos, sp))
    if k == "pdf":
        return pdf_from(content, pos, sp)
    if k == "markdown":
        return markdown_text(content, pos, sp).encode("utf-8")
    if k == "text":
        return form_text(content, pos, sp).encode("utf-8")
    txt = form_text(content, pos, sp).replace("'", "\u2019").replace("\n", "\r\n")
    return txt.encode("cp1252")


def expected(name, sp, truth, outcome="import"):
    lang = {"en": "en", "fr": "fr", "bi": "bilingual"}.get(sp["lang"], sp["lang"])
    if outcome == "refuse":
        return {"document": name, "kind": sp["kind"], "language": lang, "outcome": "refuse", "fields": None,
                "not_stated": [], "also": None, "people": truth["people"], "versions": None}
    f = truth["fields"]
    ns = [k for k, v in f.items() if v is None]
    ns += [f"supervisor.{k}" for k, v in f["supervisor"].items() if v is None]
    return {"document": name, "kind": sp["kind"], "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": truth["also"], "people": truth["people"], "versions": truth.get("versions")}


def main():
    rng = random.Random(SEED)
    positions = make_positions(rng, len(SLOTS))
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for d in (out_c, out_e):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions[7]["provisional"] = "NEW"
    positions[33]["provisional"] = "À déterminer"
    used = set()
    docs = []  # (name, bytes, spec, truth)
    for idx, ((lang, kind, layout), pos) in enumerate(zip(SLOTS, positions)):
        r = random.Random(SEED * 1000 + idx)
        sp = choose_spec(r, lang, kind, layout)
        if idx == 4:   # first kv2: a DRAFT whose signed print sits next to it
            sp["cls_style"] = "dash"
            sp["tracked"] = ("classification", f"EX-0{1 if pos['level'] > 1 else 2}", pos["signer"])
        if idx == 30:  # French kv2: the effective date changed with track changes on
            sp["date"] = True
            old = date_text(pos["effective"].replace(year=pos["effective"].year - 1), "fr", sp["date_style"])
            sp["tracked"] = ("effective_date", old, pos["signer"])
        content, truth = build(pos, sp, r)
        name = file_name(r, pos, sp, used)
        if idx == 4:
            name = f"{pos['title_en']} - DRAFT v2.docx"
            signed = f"{pos['title_en']} - DRAFT v2 - signed.pdf"
            used.update([name, signed])
            sp_pdf = dict(sp, kind="pdf", layout="print_std")
            sp_pdf.pop("tracked")
            vers = {"documents": [name, signed], "newest": signed, "same_text": True}
            truth["versions"] = vers
            docs.append((signed, render(content, pos, sp_pdf), sp_pdf, truth))
        if idx == 29:  # French std4 of 2019 and its revised copy of 2023
            pos["effective"] = dt.date(2019, pos["effective"].month, pos["effective"].day)
            content, truth = build(pos, sp, random.Random(SEED * 1000 + idx))
            name = f"Description de travail - {pos['title_fr']} 2019.docx"
            p2 = copy.deepcopy(pos)
            p2["effective"] = dt.date(2023, 4, 1)
            p2["reports"][0]["fte"] += 4
            p2["fte"] += 4
            p2["salary"] += 380_000
            p2["om"] += 25_000
            c2, t2 = build(p2, sp, random.Random(SEED * 1000 + idx))
            name2 = f"Description de travail - {pos['title_fr']} - révisée 2023.docx"
            used.update([name, name2])
            vers = {"documents": [name, name2], "newest": name2, "same_text": False}
            truth["versions"] = vers
            t2["versions"] = vers
            docs.append((name2, render(c2, p2, sp), sp, t2))
        docs.append((name, render(content, pos, sp), sp, truth))
    for name, data, sp, truth in docs:
        (out_c / name).write_bytes(data)
        (out_e / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(expected(name, sp, truth), sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    for name, data, kind, lang, people in refuse_docs(rng):
        (out_c / name).write_bytes(data)
        sp = {"kind": kind, "lang": lang}
        (out_e / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(expected(name, sp, {"people": people}, "refuse"), sort_keys=False, allow_unicode=True,
                           width=110), encoding="utf-8")
    print(f"{len(list(out_c.iterdir()))} documents written to {out_c}")


if __name__ == "__main__":
    main()
