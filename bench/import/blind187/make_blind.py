"""Generate blind187: executive work descriptions laid out in Word tables (and their text copies).

Run from the repository root: python bench/import/blind187/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""
import datetime as dt
import io
import os
import random
import shutil
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")

# ---------------------------------------------------------------- values and notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "long_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def _group(v, sep):
    return f"{v:,}".replace(",", sep)


def fmt_money(v, style):
    if style == "en_full":
        return "$" + _group(v, ",")
    if style == "en_M":
        if v < 1_000_000:
            return "$" + _group(v // 1000, ",") + "K"
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "en_K":
        return "$" + _group(v // 1000, ",") + "K"
    if style == "bare_k":
        return _group(v // 1000, ",")
    if style == "fr_full":
        return _group(v, "\u00a0") + "\u00a0$"
    if style == "fr_M":
        if v < 1_000_000:
            return _group(v // 1000, "\u00a0") + "\u00a0k$"
        return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + "\u00a0M$"
    if style == "fr_k":
        return _group(v // 1000, "\u00a0") + "\u00a0k$"
    raise ValueError(style)


def fmt_cls(c, style):
    g, n = c.split("-")
    if style == "dash":
        return c
    if style == "space":
        return f"{g} {n}"
    if style == "short":
        return f"{g}-{int(n)}"
    if style == "none":
        return f"{g}{n}"
    raise ValueError(style)


def person(rng, used):
    while True:
        name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if name not in used:
            used.add(name)
            return name


# ---------------------------------------------------------------- positions
SUP_SUBJECTS = [("Program Integrity", "Intégrité des programmes"), ("Regional Operations", "Opérations régionales"),
                ("Policy and Research", "Politiques et recherche"), ("Service Transformation", "Transformation des services"),
                ("Ecosystems Management", "Gestion des écosystèmes"), ("Client Services", "Services aux clients"),
                ("Strategic Planning", "Planification stratégique"), ("Digital Operations", "Opérations numériques")]
REPORT_SUBJECTS = [("Field Operations", "Opérations sur le terrain"), ("Policy Development", "Élaboration des politiques"),
                   ("Program Design", "Conception des programmes"), ("Business Intelligence", "Intelligence d'affaires"),
                   ("Partnerships and Outreach", "Partenariats et sensibilisation"), ("Eastern Region", "Région de l'Est"),
                   ("Western Region", "Région de l'Ouest"), ("Compliance and Enforcement", "Conformité et application")]
SUP_OF = {"EX-01": ["EX-03", "EX-02"], "EX-02": ["EX-03"], "EX-03": ["EX-04"]}
BRANCHES = [("Program Operations Branch", "Direction générale des opérations de programmes"),
            ("Strategic Policy Branch", "Direction générale de la politique stratégique"),
            ("Corporate Services Sector", "Secteur des services ministériels"),
            ("Service Delivery Branch", "Direction générale de la prestation des services"),
            ("Science and Ecosystems Sector", "Secteur des sciences et des écosystèmes")]


def make_position(i, subject, used_names, used_numbers):
    rng = random.Random(187000 + i)
    level = rng.choice(["EX-01"] * 5 + ["EX-02"] * 3 + ["EX-03"] * 2)
    s_en, s_fr = subject
    t_en, t_fr = T.LEVEL_TITLES[level]
    dept = rng.randrange(len(T.DEPARTMENTS))
    branch = rng.randrange(len(BRANCHES))
    sup_level = rng.choice(SUP_OF[level])
    sup_subject = rng.choice(SUP_SUBJECTS)
    if sup_level == "EX-04":
        sup_en = ("Assistant Deputy Minister, " + BRANCHES[branch][0].replace(" Branch", "").replace(" Sector", ""))
        sup_fr = ("Sous-ministre adjoint ou adjointe, " + BRANCHES[branch][1])
    else:
        a, b = T.LEVEL_TITLES[sup_level]
        sup_en, sup_fr = a.format(s=sup_subject[0]), b.format(s=sup_subject[1])

    def number():
        while True:
            n = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 699999)]))
            if n not in used_numbers:
                used_numbers.add(n)
                return n
    reports = []
    n_rep = rng.randint(2, 6)
    units = rng.sample(T.REPORT_UNITS, n_rep)
    if level != "EX-01" and rng.random() < 0.7:
        sub2 = rng.sample(REPORT_SUBJECTS, 2)
        for sj in sub2[: rng.randint(1, 2)]:
            reports.append([T.DIRECTOR_UNIT[0].format(s=sj[0]), T.DIRECTOR_UNIT[1].format(s=sj[1]),
                            "EX-01" if level == "EX-02" else rng.choice(["EX-01", "EX-02"]), rng.randint(14, 60)])
    for en, fr, groups in units:
        fte = rng.randint(1, 3) if en.startswith(("Senior", "Executive")) else rng.randint(4, 28)
        reports.append([en, fr, rng.choice(groups), fte])
    for r in reports:
        if rng.random() < 0.08:
            r[3] = None
    fte_total = sum(r[3] or 0 for r in reports) + 1
    salary = rng.randint(90, 900) * 10000 * (2 if level == "EX-03" else 1)
    om = rng.randint(3, 90) * 5000 * (3 if level == "EX-03" else 1)
    eff = dt.date(rng.randint(2004, 2023), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "i": i, "level": level, "title_en": t_en.format(s=s_en), "title_fr": t_fr.format(s=s_fr),
        "unit_en": s_en, "unit_fr": s_fr,
        "job_code": str(rng.randint(100100, 109999)) if rng.random() < 0.8 else None,
        "number": number() if rng.random() < 0.85 else None,
        "number_word": rng.choice(["NEW", "TBD", "To be assigned", ""]),
        "effective_date": eff if rng.random() < 0.85 else None,
        "dept": dept, "branch": branch, "loc": rng.randrange(len(T.LOCATIONS)),
        "sup_en": sup_en, "sup_fr": sup_fr, "sup_cls": sup_level,
        "sup_number": number() if rng.random() < 0.6 else None,
        "reports": reports, "fte_total": fte_total, "salary": salary, "om": om,
        "total_stated": rng.random() < 0.65, "fte_stated": rng.random() < 0.7,
        "proposed": rng.random() < 0.15,
        "approver": person(rng, used_names), "classifier": person(rng, used_names) if rng.random() < 0.6 else None,
        "incumbent": person(rng, used_names) if rng.random() < 0.3 else None,
    }


# ---------------------------------------------------------------- abstract table documents
# block: ("title", text) | ("h", text) | ("p", text) | ("table", table)
# table: {"cols": n, "rows": [row]}; row: {"merged": cell} or {"cells": [cell]}; cell: [str | table]

def tbl(cols, rows):
    return {"cols": cols, "rows": rows}


def M(*items):
    return {"merged": list(items)}


def R(*cells):
    return {"cells": [c if isinstance(c, list) else [c] for c in cells]}


LAB = {
    "en": dict(head="EXECUTIVE WORK DESCRIPTION", ident="POSITION IDENTIFICATION", title="Position Title",
               cls="Group and Level", jc="Job Code", pn="Position Number", eff="Effective Date", dept="Department",
               branch="Branch", loc="Location", sup="SUPERVISOR", sup_t="Title", sup_pn="Position Number",
               sup_c="Group and Level", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", dim="DIMENSIONS",
               fte="FTEs", sal="Salary", om="O&M", tot="Total", ns="NATURE AND SCOPE", sa="SPECIFIC ACCOUNTABILITIES",
               sig="SIGNATURES", rep=("Position Title", "Group/Level", "FTEs"),
               intro="The following positions report directly to the {t}:", reports_to="Reports to",
               sig_sup="Approved by", sig_cls="Classified by", sig_inc="Incumbent", date="Date", name="Name",
               proposed="(proposed)", pos_word="position"),
    "en2": dict(head="WORK DESCRIPTION - EXECUTIVE GROUP", ident="A. IDENTIFICATION", title="Title of Position",
                cls="Classification", jc="Job No.", pn="Position No.", eff="Date Effective", dept="Organization",
                branch="Sector", loc="Geographic Location", sup="B. REPORTING RELATIONSHIP",
                sup_t="Supervisor's Title", sup_pn="Supervisor's Position No.", sup_c="Supervisor's Classification",
                ga="C. GENERAL ACCOUNTABILITY", org="D. ORGANIZATION", dim="E. DIMENSIONS", fte="Number of FTEs",
                sal="Salary Budget", om="Operating (O&M) Budget", tot="Total Budget", ns="F. NATURE AND SCOPE",
                sa="G. SPECIFIC ACCOUNTABILITIES", sig="H. APPROVALS",
                rep=("Title", "Classification", "No. of FTEs"), intro="Direct reports:", reports_to="Reports to",
                sig_sup="Deputy Head / Delegate", sig_cls="Classification Advisor", sig_inc="Employee",
                date="Date", name="Name", proposed="- proposed", pos_word="Pos. No."),
    "fr": dict(head="DESCRIPTION DE TRAVAIL DE CADRE", ident="IDENTIFICATION DU POSTE", title="Titre du poste",
               cls="Groupe et niveau", jc="Code de l'emploi", pn="Numéro du poste", eff="Date d'entrée en vigueur",
               dept="Ministère", branch="Direction générale", loc="Lieu", sup="SUPÉRIEUR IMMÉDIAT", sup_t="Titre",
               sup_pn="Numéro du poste", sup_c="Groupe et niveau", ga="RESPONSABILITÉ GÉNÉRALE",
               org="STRUCTURE DE L'ORGANISATION", dim="DIMENSIONS", fte="ETP", sal="Salaires",
               om="Fonctionnement et entretien (F et E)", tot="Total", ns="NATURE ET PORTÉE",
               sa="ACTIVITÉS PRINCIPALES", sig="SIGNATURES", rep=("Titre du poste", "Groupe et niveau", "ETP"),
               intro="Relèvent directement du titulaire du poste :", reports_to="Relève de",
               sig_sup="Approuvé par", sig_cls="Classifié par", sig_inc="Titulaire", date="Date", name="Nom",
               proposed="(proposé)", pos_word="poste"),
}


def bi_label(a, b):
    return f"{a} / {b}"


class Doc:
    def __init__(self, pos, lang, rng):
        self.p, self.lang, self.rng = pos, lang, rng
        self.date_style = rng.choice(["fr", "iso", "slash"] if lang == "fr" else
                                     ["long_en", "dmy_en", "iso", "slash", "dmy_slash"])
        if self.date_style == "dmy_slash" and pos["effective_date"] and pos["effective_date"].day <= 12:
            self.date_style = "long_en"
        self.money = rng.choice(["fr_full", "fr_M", "fr_k"] if lang == "fr" else ["en_full", "en_M", "en_K", "bare_k"])
        self.cls_style = rng.choice(["dash"] * 5 + ["space", "short", "none"])
        self.rep_cls_style = rng.choice(["dash"] * 3 + ["space", "short"])
        self.fte_style = rng.choice(["bare", "word"])
        self.rep_layout = rng.choice(["nested", "nested", "nested_grp_first", "paras"])
        self.sup_layout = rng.choice(["rows", "rows", "one"])
        self.unstated_number = pos["number_word"]
        self.notes = {}

    # values
    def title(self, lang=None):
        return self.p["title_fr"] if (lang or self.lang) == "fr" else self.p["title_en"]

    def cls(self):
        c = fmt_cls(self.p["level"], self.cls_style)
        if self.p["proposed"]:
            c += " " + LAB["fr" if self.lang == "fr" else "en"]["proposed"]
        return c

    def number(self):
        return self.p["number"] if self.p["number"] else self.unstated_number

    def date(self):
        return fmt_date(self.p["effective_date"], self.date_style) if self.p["effective_date"] else ""

    def money_of(self, v, style=None):
        s = fmt_money(v, style or self.money)
        return s

    def fte(self, n, lang=None):
        if n is None:
            return ""
        if self.fte_style == "bare":
            return str(n)
        return f"{n} {'ETP' if (lang or self.lang) == 'fr' else 'FTEs'}"

    def reports_table(self, lang):
        L = LAB["fr" if lang == "fr" else "en"]
        rows = []
        if self.rep_layout == "nested_grp_first":
            rows.append(R(L["rep"][1], L["rep"][0], L["rep"][2]))
        else:
            rows.append(R(*L["rep"]))
        for en, fr, c, f in self.p["reports"]:
            t = fr if lang == "fr" else en
            cc = fmt_cls(c, self.rep_cls_style)
            if self.rep_layout == "nested_grp_first":
                rows.append(R(cc, t, self.fte(f, lang)))
            else:
                rows.append(R(t, cc, self.fte(f, lang)))
        return tbl(3, rows)

    def reports_paras(self, lang):
        out = []
        for en, fr, c, f in self.p["reports"]:
            t = fr if lang == "fr" else en
            cc = fmt_cls(c, self.rep_cls_style)
            if f is None:
                out.append(f"{t} ({cc})")
            else:
                out.append(f"{t} ({cc}, {f} {'ETP' if lang == 'fr' else 'FTEs'})")
        return out

    def reports_cell(self, lang, intro):
        if self.rep_layout == "paras":
            return [intro] + self.reports_paras(lang)
        return [intro, self.reports_table(lang)]


def prose(doc, lang):
    p = doc.p
    b_en, b_fr = BRANCHES[p["branch"]]
    if lang == "fr":
        ga = T.GA_FR.format(t=p["title_fr"], s=p["unit_fr"].lower(), b=b_fr, u="direction")
        return ga, list(T.NS_FR), [s.format(sup=p["sup_fr"], u="direction") for s in T.SA_FR]
    ga = T.GA_EN.format(t=p["title_en"], s=p["unit_en"], b=b_en, u="directorate")
    return ga, list(T.NS_EN), [s.format(sup=p["sup_en"], u="directorate") for s in T.SA_EN]


def numbered(items):
    return [f"{k}. {s}" for k, s in enumerate(items, 1)]


def sig_table(doc, L):
    p = doc.p
    rows = [R(L["name"], "", L["date"])]
    rows.append(R(f"{L['sig_sup']}: {p['approver']}", "", doc.date() or ""))
    if p["classifier"]:
        rows.append(R(f"{L['sig_cls']}: {p['classifier']}", "", ""))
    if p["incumbent"]:
        rows.append(R(f"{L['sig_inc']}: {p['incumbent']}", "", ""))
    return tbl(3, rows)


def form_grid2(doc, labset):
    """One two-column table: merged heading rows, label/value rows, prose in merged rows."""
    p, L = doc.p, LAB[labset]
    lang = "fr" if labset == "fr" else "en"
    dept = T.DEPARTMENTS[p["dept"]][1 if lang == "fr" else 0]
    ga, ns, sa = prose(doc, lang)
    rows = [M(L["ident"]), R(L["title"], doc.title()), R(L["cls"], doc.cls())]
    if p["job_code"]:
        rows.append(R(L["jc"], p["job_code"]))
    rows += [R(L["pn"], doc.number()), R(L["eff"], doc.date()), R(L["dept"], dept),
             R(L["branch"], BRANCHES[p["branch"]][1 if lang == "fr" else 0]),
             R(L["loc"], T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0]), M(L["sup"])]
    sup_t = p["sup_fr"] if lang == "fr" else p["sup_en"]
    sup_c = fmt_cls(p["sup_cls"], doc.cls_style)
    if doc.sup_layout == "one":
        v = f"{sup_t} ({sup_c})"
        if p["sup_number"]:
            v += f", {L['pos_word']} {p['sup_number']}"
        rows.append(R(L["reports_to"], v))
    else:
        rows += [R(L["sup_t"], sup_t), R(L["sup_pn"], p["sup_number"] or ""), R(L["sup_c"], sup_c)]
    rows += [M(L["ga"]), M(ga), M(L["org"]),
             M(*doc.reports_cell(lang, L["intro"].format(t=doc.title()))), M(L["dim"])]
    if p["fte_stated"]:
        rows.append(R(L["fte"], str(p["fte_total"])))
    if doc.money == "bare_k":
        rows.append(R("($000)", ""))
    rows += [R(L["sal"], doc.money_of(p["salary"])), R(L["om"], doc.money_of(p["om"]))]
    if p["total_stated"]:
        rows.append(R(L["tot"], doc.money_of(p["salary"] + p["om"])))
    rows += [M(L["ns"]), M(*ns), M(L["sa"]), M(*numbered(sa)), M(L["sig"]), M(sig_table(doc, L))]
    return [("title", L["head"]), ("table", tbl(2, rows))]


def form_grid4(doc, labset):
    """Four-column identification grid, then a heading|content table, dimensions as a four-column grid."""
    p, L = doc.p, LAB[labset]
    lang = "fr" if labset == "fr" else "en"
    dept = T.DEPARTMENTS[p["dept"]][1 if lang == "fr" else 0]
    ga, ns, sa = prose(doc, lang)
    sup_t = p["sup_fr"] if lang == "fr" else p["sup_en"]
    ident = [M(L["ident"]), R(L["title"], doc.title(), L["pn"], doc.number()),
             R(L["cls"], doc.cls(), L["jc"], p["job_code"] or ""),
             R(L["eff"], doc.date(), L["loc"], T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0]),
             R(L["dept"], dept, L["branch"], BRANCHES[p["branch"]][1 if lang == "fr" else 0]),
             M(L["sup"]),
             R(L["sup_t"], sup_t, L["sup_pn"], p["sup_number"] or ""),
             R(L["sup_c"], fmt_cls(p["sup_cls"], doc.cls_style), "", "")]
    dim = []
    a = [L["sal"], doc.money_of(p["salary"]), L["om"], doc.money_of(p["om"])]
    b = [L["fte"], str(p["fte_total"]) if p["fte_stated"] else "", L["tot"],
         doc.money_of(p["salary"] + p["om"]) if p["total_stated"] else ""]
    if doc.money == "bare_k":
        dim.append(M(L["dim"] + " ($000)"))
    else:
        dim.append(M(L["dim"]))
    dim += [R(*a), R(*b)]
    body = [R(L["ga"], ga), R(L["org"], doc.reports_cell(lang, L["intro"].format(t=doc.title()))),
            R(L["ns"], ns), R(L["sa"], numbered(sa))]
    return [("title", L["head"]), ("table", tbl(4, ident)), ("p", ""), ("table", tbl(2, body)), ("p", ""),
            ("table", tbl(4, dim)), ("p", ""), ("h", L["sig"]), ("table", sig_table(doc, L))]


def form_vertical(doc, labset):
    """Labels in a header row, values in the row below; sections as Word headings; reports as a table."""
    p, L = doc.p, LAB[labset]
    lang = "fr" if labset == "fr" else "en"
    dept = T.DEPARTMENTS[p["dept"]][1 if lang == "fr" else 0]
    ga, ns, sa = prose(doc, lang)
    sup_t = p["sup_fr"] if lang == "fr" else p["sup_en"]
    t1 = tbl(4, [M(L["ident"]), R(L["title"], L["cls"], L["pn"], L["jc"]),
                 R(doc.title(), doc.cls(), doc.number(), p["job_code"] or ""),
                 R(L["dept"], L["branch"], L["loc"], L["eff"]),
                 R(dept, BRANCHES[p["branch"]][1 if lang == "fr" else 0],
                   T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0], doc.date())])
    t2 = tbl(3, [M(L["sup"]), R(L["sup_t"], L["sup_pn"], L["sup_c"]),
                 R(sup_t, p["sup_number"] or "", fmt_cls(p["sup_cls"], doc.cls_style))])
    hdr = [L["sal"], L["om"]] + ([L["tot"]] if p["total_stated"] else []) + ([L["fte"]] if p["fte_stated"] else [])
    val = [doc.money_of(p["salary"]), doc.money_of(p["om"])]
    if p["total_stated"]:
        val.append(doc.money_of(p["salary"] + p["om"]))
    if p["fte_stated"]:
        val.append(str(p["fte_total"]))
    dim_h = L["dim"] + (" ($000)" if doc.money == "bare_k" else "")
    blocks = [("title", L["head"]), ("table", t1), ("p", ""), ("table", t2), ("h", L["ga"]), ("p", ga),
              ("h", L["org"]), ("p", L["intro"].format(t=doc.title()))]
    if doc.rep_layout == "paras":
        blocks += [("p", s) for s in doc.reports_paras(lang)]
    else:
        blocks.append(("table", doc.reports_table(lang)))
    blocks += [("h", dim_h), ("table", tbl(len(hdr), [R(*hdr), R(*val)])), ("h", L["ns"])]
    blocks += [("p", s) for s in ns] + [("h", L["sa"])] + [("p", s) for s in numbered(sa)]
    blocks += [("h", L["sig"]), ("table", sig_table(doc, L))]
    return blocks


def form_sbs(doc, labset):
    """English and French side by side in the two columns of one table."""
    p = doc.p
    E, F = LAB["en"], LAB["fr"]
    ga_e, ns_e, sa_e = prose(doc, "en")
    ga_f, ns_f, sa_f = prose(doc, "fr")
    num = doc.number()
    fr_money = {"en_full": "fr_full", "en_M": "fr_M", "en_K": "fr_k", "bare_k": "fr_k"}[doc.money]
    rows = [R("ENGLISH", "FRANÇAIS"),
            M(f"{E['pn']} / {F['pn']}: {num}" + (f"      {E['jc']} / {F['jc']}: {p['job_code']}" if p["job_code"] else "")),
            R(f"{E['title']}: {p['title_en']}", f"{F['title']} : {p['title_fr']}"),
            R(f"{E['cls']}: {doc.cls()}", f"{F['cls']} : {fmt_cls(p['level'], doc.cls_style)}"
              + (" (proposé)" if p["proposed"] else "")),
            R(f"{E['eff']}: {fmt_date(p['effective_date'], 'long_en') if p['effective_date'] else ''}",
              f"{F['eff']} : {fmt_date(p['effective_date'], 'fr') if p['effective_date'] else ''}"),
            R(f"{E['dept']}: {T.DEPARTMENTS[p['dept']][0]}", f"{F['dept']} : {T.DEPARTMENTS[p['dept']][1]}"),
            R(f"{E['loc']}: {T.LOCATIONS[p['loc']][0]}", f"{F['loc']} : {T.LOCATIONS[p['loc']][1]}")]
    sc = fmt_cls(p["sup_cls"], doc.cls_style)
    se = [f"{E['reports_to']}: {p['sup_en']} ({sc})"]
    sf = [f"{F['reports_to']} : {p['sup_fr']} ({sc})"]
    if p["sup_number"]:
        se.append(f"{E['sup_pn']}: {p['sup_number']}")
        sf.append(f"{F['sup_pn']} : {p['sup_number']}")
    rows.append(R(se, sf))
    rows.append(R([E["ga"], ga_e], [F["ga"], ga_f]))
    rows.append(R([E["org"]] + doc.reports_cell("en", E["intro"].format(t=p["title_en"])),
                  [F["org"]] + doc.reports_cell("fr", F["intro"])))
    de, df = [E["dim"]], [F["dim"]]
    if p["fte_stated"]:
        de.append(f"{E['fte']}: {p['fte_total']}")
        df.append(f"{F['fte']} : {p['fte_total']}")
    money_e = doc.money if doc.money != "bare_k" else "en_K"
    de += [f"{E['sal']}: {fmt_money(p['salary'], money_e)}", f"{E['om']}: {fmt_money(p['om'], money_e)}"]
    df += [f"{F['sal']} : {fmt_money(p['salary'], fr_money)}", f"F et E : {fmt_money(p['om'], fr_money)}"]
    if p["total_stated"]:
        de.append(f"{E['tot']}: {fmt_money(p['salary'] + p['om'], money_e)}")
        df.append(f"{F['tot']} : {fmt_money(p['salary'] + p['om'], fr_money)}")
    rows.append(R(de, df))
    rows.append(R([E["ns"]] + ns_e, [F["ns"]] + ns_f))
    rows.append(R([E["sa"]] + numbered(sa_e), [F["sa"]] + numbered(sa_f)))
    rows.append(M(sig_table(doc, {**E, "sig_sup": "Approved by / Approuvé par",
                                  "sig_cls": "Classified by / Classifié par", "sig_inc": "Incumbent / Titulaire",
                                  "name": "Name / Nom"})))
    return [("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"), ("table", tbl(2, rows))]


FORMS = {"grid2": form_grid2, "grid4": form_grid4, "vertical": form_vertical, "sbs": form_sbs}


# ---------------------------------------------------------------- renderers
def cell_text_items(cell):
    out = []
    for it in cell:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(it)
    return out


def render_tab(blocks):
    """Text a user gets copying the Word document: cells separated by tabs, rows by line breaks; a cell's
    paragraphs break the row; a nested table's rows come out tab-separated inside the cell."""
    lines = []

    def cell_str(cell):
        parts = []
        for it in cell:
            parts.append(it if isinstance(it, str) else table_str(it))
        return "\n".join(parts)

    def table_str(t):
        out = []
        for row in t["rows"]:
            if "merged" in row:
                out.append(cell_str(row["merged"]))
            else:
                out.append("\t".join(cell_str(c) for c in row["cells"]))
        return "\n".join(out)

    for kind, val in blocks:
        if kind == "table":
            lines.append(table_str(val))
        else:
            lines.append(val)
    return "\n".join(lines) + "\n"


def render_plain(blocks, width=96):
    """Text laid out as a PDF or a printed page shows a table: cells side by side, wrapped in their columns."""
    lines = []

    def cell_lines(cell, w):
        out = []
        for it in cell:
            if isinstance(it, str):
                out += textwrap.wrap(it, w) or [""]
            else:
                out += table_lines(it, w)
        return out

    def table_lines(t, w):
        out = []
        n = t["cols"]
        colw = max(8, (w - 2 * (n - 1)) // n)
        for row in t["rows"]:
            if "merged" in row:
                out += cell_lines(row["merged"], w)
                continue
            cells = [cell_lines(c, colw) for c in row["cells"]]
            if n == 2 and t is not None and len(row["cells"]) == 2 and all(isinstance(x, str) for x in row["cells"][0]) \
                    and len(row["cells"][0]) == 1 and len(row["cells"][0][0]) < 34:
                # label/value grid: narrow label column
                cells = [cell_lines(row["cells"][0], 32), cell_lines(row["cells"][1], w - 34)]
                widths = [32, w - 34]
            else:
                widths = [colw] * len(cells)
            h = max(len(c) for c in cells)
            for k in range(h):
                parts = [(c[k] if k < len(c) else "").ljust(widths[j]) for j, c in enumerate(cells)]
                out.append("  ".join(parts).rstrip())
        return out

    for kind, val in blocks:
        if kind == "table":
            lines += table_lines(val, width)
        elif kind == "title":
            lines += [val, ""]
        elif kind == "h":
            lines += ["", val]
        else:
            lines += textwrap.wrap(val, width) or [""]
    return lines


def render_md(blocks):
    out = []

    def inline(cell):
        parts = []
        for it in cell:
            if isinstance(it, str):
                parts.append(it.replace("|", "\\|"))
            else:
                for row in it["rows"]:
                    cs = [row["merged"]] if "merged" in row else row["cells"]
                    parts.append(" - ".join(" ".join(x for x in c if isinstance(x, str)) for c in cs if c != [""]))
        return "<br>".join(p for p in parts)

    for kind, val in blocks:
        if kind == "title":
            out += [f"# {val}", ""]
        elif kind == "h":
            out += [f"## {val}", ""]
        elif kind == "p":
            out += [val, ""] if val else []
        else:
            n = val["cols"]
            first = True
            for row in val["rows"]:
                if "merged" in row:
                    cells = [f"**{inline(row['merged'])}**"] + [""] * (n - 1)
                else:
                    cells = [inline(c) for c in row["cells"]]
                out.append("| " + " | ".join(cells) + " |")
                if first:
                    out.append("|" + "---|" * n)
                    first = False
            out.append("")
    return "\n".join(out) + "\n"


def render_docx(blocks, author):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2019, 5, 6, 9, 0, 0)
    cp.modified = dt.datetime(2019, 5, 6, 9, 0, 0)
    cp.revision = 1

    def fill_cell(cell, items, bold=False):
        first = True
        for it in items:
            if isinstance(it, str):
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                run = para.add_run(it)
                run.bold = bold
            else:
                if first and not cell.paragraphs[0].text:
                    pass
                add_table(cell, it)
                cell.add_paragraph()
            first = False

    def add_table(parent, t):
        n = t["cols"]
        table = parent.add_table(rows=0, cols=n)
        table.style = d.styles["Table Grid"]
        for row in t["rows"]:
            r = table.add_row()
            if "merged" in row:
                c = r.cells[0].merge(r.cells[n - 1]) if n > 1 else r.cells[0]
                items = row["merged"]
                heading = len(items) == 1 and isinstance(items[0], str) and items[0].isupper()
                fill_cell(c, items, bold=heading)
            else:
                for j, cell in enumerate(row["cells"]):
                    fill_cell(r.cells[j], cell)
        return table

    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        else:
            add_table(d, val)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- OCR damage
DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER_SUB = [("m", "rn"), ("rn", "m"), ("e", "c"), ("l", "I"), ("i", "l"), ("h", "b"), ("cl", "d")]


def ocr_damage(lines, rng, strength, header, footer_style):
    """strength: probability a digit is misread; letters at a fifth of it."""
    out_pages, page, n = [], [], 0
    for line in lines:
        chars = []
        for k, ch in enumerate(line):
            if ch in DIGIT_SUB and rng.random() < strength:
                chars.append(DIGIT_SUB[ch])
            else:
                chars.append(ch)
        s = "".join(chars)
        if rng.random() < strength / 2:
            for a, b in LETTER_SUB:
                if a in s and rng.random() < 0.3:
                    idx = s.find(a, rng.randrange(len(s)))
                    if idx >= 0:
                        s = s[:idx] + b + s[idx + len(a):]
        if rng.random() < strength / 3 and "  " not in s and " " in s:
            idx = s.find(" ", rng.randrange(len(s)))
            if idx > 0:
                s = s[:idx] + s[idx + 1:]
        s = s.replace("\u00a0", " ")
        page.append(s)
        n += 1
        if n % 48 == 0:
            out_pages.append(page)
            page = []
    if page:
        out_pages.append(page)
    total = len(out_pages)
    text = []
    for k, pg in enumerate(out_pages, 1):
        if k > 1:
            text.append("\f" + header)
            text.append("")
        text += pg
        text.append("")
        if footer_style == "of":
            text.append(f"Page {k} of {total}")
        elif footer_style == "dash":
            text.append(f"- {k} -")
        else:
            text.append(str(k))
    return "\n".join(text) + "\n"


def hyphenate(lines, rng):
    out = []
    for ln in lines:
        words = ln.split(" ")
        if len(ln) > 60 and "  " not in ln and rng.random() < 0.25:
            cut = len(words) // 2
            w = words[cut]
            if len(w) > 7 and w.isalpha():
                out.append(" ".join(words[:cut] + [w[:4] + "-"]))
                out.append(" ".join([w[4:]] + words[cut + 1:]))
                continue
        out.append(ln)
    return out


# ---------------------------------------------------------------- truth
def truth(doc_name, kind, lang, pos, doc, also=None, versions=None, people=None):
    p = pos
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    fields = {
        "title": title,
        "classification": p["level"],
        "job_code": p["job_code"],
        "position_number": p["number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": p["sup_number"],
                       "title": p["sup_fr"] if lang == "fr" else p["sup_en"],
                       "classification": p["sup_cls"]},
        "direct_reports": [{"title": (fr if lang == "fr" else en), "classification": c, "fte": f}
                           for en, fr, c, f in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"],
        "total": p["salary"] + p["om"] if p["total_stated"] else None,
        "location": T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if p["sup_number"] is None:
        ns.append("supervisor.position_number")
    a = {"department": T.DEPARTMENTS[p["dept"]][1 if lang == "fr" else 0], "form": doc.form}
    if lang == "bilingual":
        a["title_fr"] = p["title_fr"]
    if p["fte_stated"]:
        a["fte"] = p["fte_total"]
    if p["proposed"]:
        a["classification_status"] = "proposed"
    if p["number"] is None:
        a["position_number_printed"] = doc.unstated_number or "(blank)"
    a["direct_reports_layout"] = doc.rep_layout
    a["supervisor_layout"] = "sbs" if doc.form == "sbs" else (doc.sup_layout if doc.form.startswith("grid2") else
                                                             doc.form.split("-")[0])
    a["notation"] = {"date": doc.date_style if doc.form != "sbs" else "long_en+fr",
                     "amounts": doc.money, "classification": doc.cls_style}
    if any(r[3] is None for r in p["reports"]):
        a["note_fte"] = "a direct report's FTE cell is blank"
    a.update(also or {})
    ppl = [p["approver"]] + ([p["classifier"]] if p["classifier"] else []) + ([p["incumbent"]] if p["incumbent"] else [])
    return {"document": doc_name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": a, "people": people or ppl, "versions": versions}


def refuse_truth(name, kind, lang, people, also):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": also, "people": people, "versions": None}


# ---------------------------------------------------------------- plan
# (kind, lang, form, labset)
PLAN = (
    [("docx", "en", "grid2", "en")] * 5 + [("docx", "en", "grid2", "en2")] * 3 + [("docx", "en", "grid4", "en")] * 2
    + [("docx", "en", "grid4", "en2")] * 2 + [("docx", "en", "vertical", "en2")] * 1
    + [("docx", "fr", "grid2", "fr")] * 3 + [("docx", "fr", "grid4", "fr")] * 1 + [("docx", "fr", "vertical", "fr")]
    + [("docx", "bilingual", "sbs", None)] * 5
    + [("text", "en", "grid2", "en"), ("text", "en", "grid4", "en2"), ("text", "fr", "grid2", "fr"),
       ("text", "bilingual", "sbs", None), ("text", "en", "vertical", "en"), ("text", "bilingual", "sbs", None)]
    + [("text-cp1252", "en", "grid2", "en2"), ("text-cp1252", "en", "grid4", "en"),
       ("text-cp1252", "bilingual", "sbs", None), ("text-cp1252", "fr", "grid4", "fr")]
    + [("ocr", "en", "grid2", "en"), ("ocr", "en", "grid4", "en2"), ("ocr", "fr", "grid2", "fr"),
       ("ocr-columns", "bilingual", "sbs", None)]
    + [("pdf", "en", "grid4", "en"), ("pdf", "bilingual", "sbs", None), ("pdf", "en", "grid2", "en2"),
       ("pdf", "fr", "vertical", "fr")]
    + [("markdown", "en", "grid2", "en"), ("markdown", "bilingual", "sbs", None)]
)
assert len(PLAN) == 43, len(PLAN)
EXT = {"docx": ".docx", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "ocr-columns": ".txt", "pdf": ".pdf",
       "markdown": ".md"}


def file_name(pos, kind, lang, rng, k):
    t = pos["title_fr"] if lang == "fr" else pos["title_en"]
    num = pos["number"]
    styles = [
        lambda: f"{t}",
        lambda: f"EX WD - {t}",
        lambda: f"{pos['level']} {t} ({num})" if num else f"{pos['level']} {t} (NEW)",
        lambda: f"{num} - {t} - signed" if num else f"{t} - signed",
        lambda: f"JD_{pos['level'].replace('-', '')}_{num or 'TBD'}",
        lambda: f"Description de travail - {t}" if lang != "en" else f"Work description - {t}",
        lambda: f"{t} (1)",
        lambda: f"{t}, v2",
    ]
    if kind in ("ocr", "ocr-columns"):
        base = rng.choice([f"Scan_{pos['level']}_{k:03d}", f"img{2000 + k} {t} OCR", f"{t} - scanned"])
    elif kind == "text":
        base = rng.choice([f"{t} (copied from Word)", f"{t} - table copy", styles[rng.randrange(4)]()])
    elif kind == "text-cp1252":
        base = rng.choice([f"{t} (saved as text)", f"{t}", f"WD {num or 'new'} {t}"])
    else:
        base = styles[rng.randrange(len(styles))]()
    return base.replace("/", "-").replace(":", "") + EXT[kind]


def main():
    for d in (CORPUS, EXPECTED):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    used_names, used_numbers = set(), set()
    subjects = list(T.SUBJECTS)
    random.Random(1870).shuffle(subjects)
    positions = [make_position(i, subjects[i], used_names, used_numbers) for i in range(len(PLAN))]
    # three positions report to another position of the corpus
    links = {5: 0, 20: 11, 33: 2}
    for child, parent in links.items():
        c, par = positions[child], positions[parent]
        par["level"] = "EX-03" if c["level"] != "EX-03" else par["level"]
        if c["level"] == "EX-03":
            c["level"] = "EX-02"
        for key in ("title_en", "title_fr"):
            pass
        a, b = T.LEVEL_TITLES[par["level"]]
        par["title_en"], par["title_fr"] = a.format(s=par["unit_en"]), b.format(s=par["unit_fr"])
        a, b = T.LEVEL_TITLES[c["level"]]
        c["title_en"], c["title_fr"] = a.format(s=c["unit_en"]), b.format(s=c["unit_fr"])
        if par["number"] is None:
            par["number"] = str(400000 + child)
        c["sup_en"], c["sup_fr"], c["sup_cls"], c["sup_number"] = (par["title_en"], par["title_fr"], par["level"],
                                                                  par["number"])
        c["dept"], c["branch"] = par["dept"], par["branch"]
    written = {}
    names_seen = set()
    truths = []

    def emit(name, data, tr):
        assert name not in names_seen, name
        names_seen.add(name)
        with open(os.path.join(CORPUS, name), "wb") as fh:
            fh.write(data)
        truths.append(tr)

    for k, (kind, lang, form, labset) in enumerate(PLAN):
        pos = positions[k]
        rng = random.Random(187500 + k)
        doc = Doc(pos, "fr" if lang == "fr" else "en", rng)
        doc.form = form + ("" if labset in (None, "en", "fr") else "-" + labset)
        blocks = FORMS[form](doc, labset)
        name = file_name(pos, kind, lang, rng, k)
        also = {}
        for child, parent in links.items():
            if k == child:
                also["reports_to_in_corpus"] = "(set below)"
        if kind == "docx":
            data = render_docx(blocks, pos["approver"])
        elif kind == "text":
            data = render_tab(blocks).encode("utf-8")
        elif kind == "text-cp1252":
            txt = render_tab(blocks).replace("\u2019", "’").replace("'", "\u2019").replace("\u00a0", " ")
            txt = txt.replace("œ", "oe") if False else txt
            data = txt.replace("\n", "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = render_md(blocks).encode("utf-8")
        elif kind == "pdf":
            lines = render_plain(blocks, 100)
            pages = ["\n".join(lines[i:i + 66]) for i in range(0, len(lines), 66)]
            data = pdf_bytes(pages)
        else:
            strength = [0.06, 0.14, 0.25, 0.12][["ocr", "ocr", "ocr", "ocr-columns"].index(kind) if kind == "ocr-columns"
                                               else [k2 for k2, p2 in enumerate(PLAN) if p2[0] == "ocr"].index(k)]
            lines = render_plain(blocks, 100)
            if kind == "ocr":
                # a scanner does not see the table rules: cell texts run on with single spaces on some lines
                lines = [ln if rng.random() < 0.5 else " ".join(ln.split()) for ln in lines]
            lines = hyphenate(lines, rng)
            header = T.DEPARTMENTS[pos["dept"]][1 if lang == "fr" else 0] + " - " + (
                pos["title_fr"] if lang == "fr" else pos["title_en"])
            data = ocr_damage(lines, rng, strength, header, rng.choice(["of", "dash", "bare"])).encode("utf-8")
            also["damage"] = {0.06: "light", 0.12: "medium", 0.14: "medium", 0.25: "heavy"}[strength]
        tr = truth(name, kind, lang, pos, doc, also)
        written[k] = (name, tr)
        emit(name, data, tr)

    for child, parent in links.items():
        written[child][1]["also"]["reports_to_in_corpus"] = written[parent][0]

    # ---------------- versions: a DRAFT and its signed successor; an exact copy "(1)"
    vpos = dict(positions[8])
    vpos["reports"] = [list(r) for r in vpos["reports"]]
    rng = random.Random(187900)
    draft = dict(vpos, salary=vpos["salary"] - 120000, om=vpos["om"] + 15000,
                 effective_date=None, classifier=None)
    d_doc = Doc(draft, "en", random.Random(187508))
    d_doc.form = written[8][1]["also"]["form"]
    blocks = FORMS[PLAN[8][2]](d_doc, PLAN[8][3])
    blocks = [("p", "DRAFT - FOR DISCUSSION - NOT FOR CLASSIFICATION")] + blocks
    dname = f"DRAFT {vpos['title_en']}.docx"
    dtr = truth(dname, "docx", "en", draft, d_doc, {"status": "draft"})
    dtr["versions"] = {"documents": [dname, written[8][0]], "newest": written[8][0], "same_text": False,
                       "note": "the draft has a lower salary and a higher O&M, no effective date and no classifier; "
                               "the signed version is the newest"}
    written[8][1]["versions"] = dict(dtr["versions"])
    emit(dname, render_docx(blocks, vpos["approver"]), dtr)

    src_name, src_tr = written[14]
    copy_name = src_name[:-5] + " (1).docx"
    with open(os.path.join(CORPUS, src_name), "rb") as fh:
        data = fh.read()
    ctr = dict(src_tr, document=copy_name)
    ctr["also"] = dict(src_tr["also"])
    v = {"documents": [src_name, copy_name], "newest": src_name, "same_text": True,
         "note": "byte-identical copy saved from an e-mail attachment"}
    ctr["versions"] = v
    src_tr["versions"] = dict(v)
    emit(copy_name, data, ctr)

    # ---------------- documents to refuse
    rng = random.Random(187999)
    used = used_names
    p1, p2, p3 = person(rng, used), person(rng, used), person(rng, used)
    # 1. memo laid out in a table (Word)
    memo = [("title", "MEMORANDUM / NOTE DE SERVICE"),
            ("table", tbl(2, [R("To / Destinataire", f"{p1}, Director General, {positions[3]['unit_en']}"),
                              R("From / Expéditeur", f"{p2}, Executive Services"),
                              R("Date", "March 3, 2021"),
                              R("Subject / Objet", f"Review of work description {positions[3]['title_en']}"),
                              R("File / Dossier", "EX-4521-0198")])),
            ("p", f"The work description for position {positions[3]['number'] or 'NEW'} has been reviewed by the "
                  "Executive Classification Committee. The committee asks that the organization chart and the "
                  "dimensions (salary $1,250,000; O&M $85,000) be updated before the description is signed."),
            ("p", "Please return the revised description by March 31."), ("p", p2)]
    emit("Memo - WD review (EX).docx", render_docx(memo, p2),
         refuse_truth("Memo - WD review (EX).docx", "docx", "bilingual", [p1, p2],
                      {"what": "memo in a Word table header, about a work description"}))
    # 2. org chart as nested Word tables
    boxes = tbl(3, [M(f"{positions[0]['title_en']} (EX-03) - {positions[0]['number']}"),
                    R(*[[r[0], fmt_cls(r[2], 'dash'), f"{r[3] or ''} FTEs"] for r in positions[0]["reports"][:3]])])
    org = [("title", f"Organization chart - {positions[0]['unit_en']}"), ("table", boxes),
           ("p", "Chart current as of 2022-09-01. Vacant positions shaded.")]
    emit(f"Org chart {positions[0]['unit_en']} 2022.docx", render_docx(org, p3),
         refuse_truth(f"Org chart {positions[0]['unit_en']} 2022.docx", "docx", "en", [],
                      {"what": "organization chart as a Word table"}))
    # 3. blank template (labels, no values)
    L = LAB["en2"]
    brows = [M(L["ident"])] + [R(L[k], "") for k in ("title", "cls", "jc", "pn", "eff", "dept", "branch", "loc")]
    brows += [M(L["sup"])] + [R(L[k], "") for k in ("sup_t", "sup_pn", "sup_c")]
    for key, hint in (("ga", "[State in one sentence why the position exists.]"),
                      ("org", "[List the positions reporting directly to this position with group, level and FTEs.]"),
                      ("dim", "[Salary, O&M and total budget; FTEs.]"), ("ns", "[Describe the context and challenges.]"),
                      ("sa", "[List 6 to 8 specific accountabilities.]"), ("sig", "")):
        brows += [M(L[key]), M(hint)]
    bblocks = [("title", L["head"]), ("table", tbl(2, brows))]
    bname = "EX Work Description TEMPLATE 2015 (blank).docx"
    emit(bname, render_docx(bblocks, "Executive Services"),
         refuse_truth(bname, "docx", "en", [], {"what": "the departmental table template with labels and no values"}))
    # 4. minutes (cp1252 text)
    mins = (f"Executive Classification Committee – Minutes\r\nMeeting of 14 June 2023\r\n\r\n"
            f"Present:\t{p1}\t{p3}\r\n\r\nItem\tPosition\tDecision\r\n"
            f"1\t{positions[4]['title_en']}\tConfirmed {positions[4]['level']}\r\n"
            f"2\t{positions[6]['title_en']}\tDeferred – “dimensions unclear”\r\n"
            f"3\tDirector, Regional Operations\tReturned to sector\r\n\r\nNext meeting: 12 July 2023\r\n")
    emit("ECC minutes 2023-06-14.txt", mins.encode("cp1252"),
         refuse_truth("ECC minutes 2023-06-14.txt", "text-cp1252", "en", [p1, p3],
                      {"what": "classification committee minutes as a tab-separated table"}))
    # 5. scan without a text layer
    emit("Scan_20210412_0937 - signed.pdf", pdf_bytes(["", "", ""]),
         refuse_truth("Scan_20210412_0937 - signed.pdf", "pdf", "en", [],
                      {"what": "three-page scan without a text layer (unreadable)"}))

    for tr in truths:
        with open(os.path.join(EXPECTED, tr["document"] + ".expected.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(tr, fh, sort_keys=False, allow_unicode=True, width=1000)
    print(len(truths), "documents")


if __name__ == "__main__":
    main()
