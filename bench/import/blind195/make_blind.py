"""Generate blind195: work descriptions kept in spreadsheets and exported (csv, tsv, tab text, Word tables, rtf).

Run from the repository root: python bench/import/blind195/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- the positions
def person(rng):
    return f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"


def plan_positions():
    rng = random.Random(1950)
    areas = list(T.AREAS)
    rng.shuffle(areas)
    used_numbers = set()

    def number():
        while True:
            n = str(rng.randint(10000, 99999)) if rng.random() < 0.7 else str(rng.randint(100000, 999999))
            if len(used_numbers) in (6, 27):
                n = "0" + str(rng.randint(1000, 9999))
            if n not in used_numbers:
                used_numbers.add(n)
                return n

    positions = []
    for i in range(43):
        level = "EX-03" if i < 3 else "EX-02" if i < 11 else "EX-01"
        area, area_fr = areas[i]
        fem = rng.random() < 0.5
        if level == "EX-03":
            t, tf = f"Director General, {area}", f"{'Directrice générale' if fem else 'Directeur général'}, {area_fr}"
        elif level == "EX-02":
            t, tf = f"Executive Director, {area}", f"{'Directrice exécutive' if fem else 'Directeur exécutif'}, {area_fr}"
        else:
            t, tf = f"Director, {area}", f"{'Directrice' if fem else 'Directeur'}, {area_fr}"
        positions.append(dict(i=i, level=level, title=t, title_fr=tf, area=area, area_fr=area_fr,
                              number=number(), subs=[]))
    # hierarchy
    for p in positions:
        i = p["i"]
        if i < 3:
            p["dept"] = i
            p["sup"] = None
        elif i < 11:
            p["sup"] = (i - 3) % 3
        else:
            p["sup"] = 3 + (i - 11) % 8 if rng.random() < 0.85 else (i - 11) % 3
    for p in positions:
        if p["sup"] is not None:
            positions[p["sup"]]["subs"].append(p["i"])

    def dept(p):
        while p["sup"] is not None:
            p = positions[p["sup"]]
        return p["dept"]

    adm_titles = ["Assistant Deputy Minister, Program Operations", "Assistant Deputy Minister, Corporate Services",
                  "Senior Assistant Deputy Minister, Policy and Service"]
    adm_titles_fr = ["Sous-ministre adjoint, Opérations des programmes", "Sous-ministre adjointe, Services ministériels",
                     "Sous-ministre adjoint principal, Politiques et service"]
    for p in positions:
        p["dept"] = dept(p)
        top = p
        while top["sup"] is not None:
            top = positions[top["sup"]]
        p["branch"] = f"{top['area']} Branch"
        p["branch_fr"] = f"Direction générale — {top['area_fr']}"
        p["loc"] = rng.choice(T.LOCATIONS) if rng.random() < 0.6 else T.LOCATIONS[p["dept"] % 2]
        if p["sup"] is None:
            p["sup_title"], p["sup_title_fr"] = adm_titles[p["i"]], adm_titles_fr[p["i"]]
            p["sup_class"] = "EX-05" if p["i"] == 2 else "EX-04"
            p["sup_number"] = number()
            p["sup_file"] = None
        else:
            s = positions[p["sup"]]
            p["sup_title"], p["sup_title_fr"], p["sup_class"], p["sup_number"] = s["title"], s["title_fr"], s["level"], s["number"]
    # direct reports, from the bottom up
    for p in sorted(positions, key=lambda q: q["level"]):
        prng = random.Random(195000 + p["i"])
        reports = []
        n_units = prng.randint(2, 5) if not p["subs"] else prng.randint(0, 2)
        for u in prng.sample(T.REPORT_UNITS, n_units):
            fte = prng.randint(1, 2) if u[2] in ("AS-02", "EC-06") else prng.randint(4, 28)
            if prng.random() < 0.12:
                fte = fte + 0.5
            reports.append(dict(title=u[0], title_fr=u[1], classification=u[2], fte=fte))
        for s in p["subs"]:
            q = positions[s]
            reports.append(dict(title=q["title"], title_fr=q["title_fr"], classification=q["level"], fte=q["fte"]))
        prng.shuffle(reports)
        p["reports"] = reports
        p["fte"] = sum(r["fte"] for r in reports) + 1
        per = 95000 if p["level"] != "EX-01" else 90000
        p["salary"] = int(round(p["fte"] * per / 10000.0)) * 10000
        p["o_and_m"] = prng.randint(5, 90) * 10000
        p["job_code"] = str(prng.randint(100100, 109999)) if prng.random() < 0.8 else None
        y = prng.choice([2019, 2020, 2021, 2022, 2023])
        p["date"] = dt.date(y, prng.randint(1, 12), prng.randint(1, 28)) if prng.random() < 0.86 else None
        p["approver"] = person(prng)
        p["classifier"] = person(prng) if prng.random() < 0.6 else None
        p["incumbent"] = person(prng) if prng.random() < 0.35 else None
        p["bfte"] = prng.randint(300, 900)
        p["bbud"] = prng.randint(40, 140)
        # a few reports lose their level or FTEs
        for r in reports:
            r["show_class"] = prng.random() > 0.1
            r["show_fte"] = prng.random() > 0.08
    return positions


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "long_en":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_abbr":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "excel_dt":
        return f"{d.isoformat()} 00:00:00"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "dmy_fr":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def thin(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amount(n, style):
    """Returns the amount's text; the value is always exactly n."""
    if style == "plain":
        return str(n)
    if style == "commas":
        return f"{n:,}"
    if style == "dollars_cents":
        return f"${n:,}.00"
    if style == "k":
        return f"${n // 1000:,}K"
    if style == "m":
        return f"${n / 1e6:.2f}M"
    if style == "thousands_col":       # label says ($000)
        return f"{n // 1000}"
    if style == "fr_space":
        return thin(n, "\u00a0") + "\u00a0$"
    if style == "fr_cents":
        return thin(n, " ") + ",00"
    if style == "fr_kcol":            # label says (k$), decimal comma
        return f"{n / 1000:.1f}".replace(".", ",")
    if style == "fr_m":
        return f"{n / 1e6:.2f}".replace(".", ",") + " M$"
    raise ValueError(style)


def fmt_fte(x, fr):
    if isinstance(x, float):
        s = f"{x:.1f}"
        return s.replace(".", ",") if fr else s
    return str(x)


def fte_val(x):
    return int(x) if float(x).is_integer() else x


# ---------------------------------------------------------------- labels
LAB = {
    "en": dict(title="Position Title", cls="Group and Level", job="Job Code", num="Position Number",
               date="Effective Date", dept="Department", branch="Branch", loc="Location",
               stitle="Supervisor Title", scls="Supervisor Group/Level", snum="Supervisor Position Number",
               fte="FTEs", sal="Salary", om="O&M", tot="Total", dr="Direct Reports", ga="General Accountability",
               ns="Nature and Scope", sa="Specific Accountabilities", appr="Approved by", clsby="Classified by",
               inc="Incumbent", rt="Title", rc="Level", rf="FTEs"),
    "en2": dict(title="Title", cls="Classification", job="Job #", num="Pos #", date="Eff. Date",
                dept="Dept", branch="Branch/Sector", loc="Work Location", stitle="Reports To",
                scls="Reports To - Level", snum="Reports To - Pos #", fte="Total FTE", sal="Salary Budget",
                om="O&M Budget", tot="Total Budget", dr="Subordinates", ga="General Accountability",
                ns="Nature & Scope", sa="Key Activities", appr="Approved By", clsby="Classification Officer",
                inc="Incumbent Name", rt="Position", rc="Group-Level", rf="FTE"),
    "fr": dict(title="Titre du poste", cls="Groupe et niveau", job="Code d'emploi", num="Numéro de poste",
               date="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", loc="Lieu de travail",
               stitle="Titre du superviseur", scls="Groupe/niveau du superviseur", snum="Numéro de poste du superviseur",
               fte="ETP", sal="Salaires", om="F et E", tot="Total", dr="Subordonnés directs",
               ga="Responsabilité générale", ns="Nature et étendue", sa="Activités principales", appr="Approuvé par",
               clsby="Classifié par", inc="Titulaire", rt="Poste", rc="Groupe/niveau", rf="ETP"),
}


def bi(key):
    return f"{LAB['en'][key]} / {LAB['fr'][key]}"


# ---------------------------------------------------------------- documents
class Doc:
    def __init__(self, p, rng, lang, kind, labels):
        self.p, self.rng, self.lang, self.kind, self.labels = p, rng, lang, kind, labels
        self.fr = lang == "fr"
        self.also = {}
        d = T.DEPARTMENTS[p["dept"]]
        self.dept_en, self.dept_fr = d[0], d[1]
        date_styles = ["iso", "excel_dt", "dmy_fr", "long_fr"] if self.fr else ["iso", "long_en", "dmy_abbr", "slash", "excel_dt"]
        self.date_style = rng.choice(date_styles)
        am = ["fr_space", "fr_cents", "fr_kcol", "fr_m"] if self.fr else ["plain", "commas", "dollars_cents", "k", "m", "thousands_col"]
        self.amount_style = rng.choice(am)
        self.show_total = rng.random() < 0.7
        self.show_fte = rng.random() < 0.85
        self.show_sup_num = rng.random() < 0.55
        self.show_sup_cls = rng.random() < 0.85
        self.also["amount_notation"] = self.amount_style
        self.cls_style = rng.choice(["dash"] * 5 + ["space", "none", "short"])
        if self.cls_style != "dash":
            self.also["classification_notation"] = self.cls_style
        self.sup_combined = rng.random() < 0.25
        if p["date"]:
            self.also["date_notation"] = self.date_style

    def L(self, key):
        lab = bi(key) if self.labels == "bi" else LAB[self.labels][key]
        if key in ("sal", "om", "tot"):
            if self.amount_style == "thousands_col":
                lab += " ($000)"
            elif self.amount_style == "fr_kcol":
                lab += " (k$)"
        return lab

    def v_title(self):
        if self.lang == "bilingual" and self.kind != "csv_fv3":
            return f"{self.p['title']} / {self.p['title_fr']}"
        return self.p["title_fr"] if self.fr else self.p["title"]

    def v_date(self):
        return fmt_date(self.p["date"], self.date_style) if self.p["date"] else ""

    def amt(self, n):
        return fmt_amount(n, self.amount_style)

    def report_text(self, r, style=0):
        t = r["title_fr"] if self.fr else r["title"]
        bits = []
        if r["show_class"]:
            bits.append(r["classification"])
        if r["show_fte"] and self.show_fte:
            bits.append(f"{fmt_fte(r['fte'], self.fr)} {'ETP' if self.fr else 'FTEs'}")
        if style == 0:
            return f"{t} ({', '.join(bits)})" if bits else t
        return " - ".join([t] + bits)

    def field_rows(self):
        """(label, value) rows of one position, in the form's order; direct reports come separately."""
        p = self.p
        rows = [(self.L("title"), self.v_title()), (self.L("cls"), self.cls_text(p["level"])),
                (self.L("job"), p["job_code"] or ""), (self.L("num"), self.num_text(p["number"])),
                (self.L("date"), self.v_date()),
                (self.L("dept"), self.dept_fr if self.fr else self.dept_en),
                (self.L("branch"), p["branch_fr"] if self.fr else p["branch"]),
                (self.L("loc"), p["loc"][1] if self.fr else p["loc"][0]),
                ]
        st = p["sup_title_fr"] if self.fr else p["sup_title"]
        if self.sup_combined:
            bits = [self.cls_text(p["sup_class"])] if self.show_sup_cls else []
            if self.show_sup_num:
                bits.append(("poste no " if self.fr else "pos. ") + p["sup_number"])
            rows.append((self.L("stitle"), f"{st} ({', '.join(bits)})" if bits else st))
            self.also["supervisor_layout"] = "one cell: title (level, number)"
        else:
            rows.append((self.L("stitle"), st))
            if self.show_sup_cls:
                rows.append((self.L("scls"), self.cls_text(p["sup_class"])))
            rows.append((self.L("snum"), p["sup_number"] if self.show_sup_num else ""))
        if self.show_fte:
            rows.append((self.L("fte"), fmt_fte(p["fte"], self.fr)))
        rows += [(self.L("sal"), self.amt(p["salary"])), (self.L("om"), self.amt(p["o_and_m"]))]
        if self.show_total:
            rows.append((self.L("tot"), self.amt(p["salary"] + p["o_and_m"])))
        return rows

    def cls_text(self, c):
        return {"dash": c, "space": c.replace("-", " "), "none": c.replace("-", ""),
                "short": c.replace("-0", "-")}[self.cls_style]

    def num_text(self, n):
        if n.startswith("0") and self.kind.startswith("csv"):
            self.also["position_number_form"] = "Excel text formula =\"0...\" keeping the leading zero"
            return f'="{n}"'
        return n

    def prose(self):
        p = self.p
        ctx = dict(title=p["title"], area=p["area"], area_l=p["area"].lower(), branch=p["branch"],
                   branch_fr=p["branch_fr"], area_fr=p["area_fr"].lower(), bfte=p["bfte"], bbud=p["bbud"])
        if self.fr:
            ctx["title"] = p["title_fr"]
            return T.GA_FR.format(**ctx), T.NS_FR.format(**ctx), T.SA_FR
        return T.GA_EN.format(**ctx), T.NS_EN.format(**ctx), T.SA_EN

    def people_rows(self):
        p = self.p
        rows = []
        d = p["date"] or dt.date(2022, 3, 3)
        if p["incumbent"]:
            rows.append((self.L("inc"), p["incumbent"]))
        if p["classifier"]:
            rows.append((self.L("clsby"), f"{p['classifier']}, {d.isoformat()}"))
        rows.append((self.L("appr"), p["approver"]))
        return rows

    def people(self):
        p = self.p
        return [x for x in (p["incumbent"], p["classifier"], p["approver"]) if x]

    def truth_fields(self):
        p = self.p
        ns = []
        f = dict(title=p["title"], classification=p["level"], job_code=p["job_code"],
                 position_number=p["number"], effective_date=p["date"],
                 supervisor=dict(position_number=p["sup_number"] if self.show_sup_num else None,
                                 title=p["sup_title"], classification=p["sup_class"] if self.show_sup_cls else None))
        f["direct_reports"] = [dict(title=r["title"], classification=r["classification"] if r["show_class"] else None,
                                    fte=fte_val(r["fte"]) if (r["show_fte"] and self.show_fte) else None)
                               for r in p["reports"]] or None
        f["salary"], f["o_and_m"] = p["salary"], p["o_and_m"]
        f["total"] = p["salary"] + p["o_and_m"] if self.show_total else None
        f["location"] = p["loc"][0]
        if self.fr or self.lang == "bilingual":
            if self.fr:
                f["title"] = p["title_fr"]
                f["location"] = p["loc"][1]
                f["supervisor"]["title"] = p["sup_title_fr"]
                for d, r in zip(f["direct_reports"] or [], p["reports"]):
                    d["title"] = r["title_fr"]
            self.also["title_en" if self.fr else "title_fr"] = p["title"] if self.fr else p["title_fr"]
        for k in ("job_code", "position_number", "effective_date", "total"):
            if f[k] is None:
                ns.append(k)
        for k in ("position_number", "classification"):
            if f["supervisor"][k] is None:
                ns.append(f"supervisor.{k}")
        if any(r["classification"] is None for r in f["direct_reports"] or []):
            ns.append("direct_reports.classification")
        if any(r["fte"] is None for r in f["direct_reports"] or []):
            ns.append("direct_reports.fte")
        self.also["department"] = self.dept_fr if self.fr else self.dept_en
        if self.show_fte:
            self.also["fte"] = fte_val(p["fte"])
        if p.get("sup_file"):
            self.also["reports_to_in_corpus"] = p["sup_file"]
        self.also["branch_figures_not_this_position"] = f"{p['bfte']} FTEs, {p['bbud']}M (branch, in nature and scope)"
        return f, ns


# ---------------------------------------------------------------- writers
def csv_text(rows, delim=",", terminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=terminator, quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def reports_block(doc, style):
    """Direct reports as one multi-line cell."""
    sep = "\n"
    return sep.join(doc.report_text(r, style) for r in doc.p["reports"])


def render_csv_fv(doc, variant):
    """Field/value rows: label in A, value in B (C: French value on bilingual forms)."""
    p = doc.p
    ga, ns_, sa = doc.prose()
    rows = []
    title_line = "EXECUTIVE WORK DESCRIPTION" if not doc.fr else "DESCRIPTION DE TRAVAIL DE CADRE"
    if doc.lang == "bilingual":
        title_line = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
    rows.append([title_line, "", ""] if variant == "three" else [title_line, ""])
    rows.append([""] * (3 if variant == "three" else 2))
    frvals = {doc.L("title"): p["title_fr"], doc.L("dept"): doc.dept_fr, doc.L("branch"): p["branch_fr"],
              doc.L("loc"): p["loc"][1], doc.L("stitle"): p["sup_title_fr"]}
    for lab, val in doc.field_rows():
        if variant == "three":
            rows.append([lab, val, frvals.get(lab, "")])
        else:
            rows.append([lab, val])
    dr_style = doc.rng.choice(["rows", "cell", "numbered"])
    doc.also["direct_reports_layout"] = dr_style
    if dr_style == "cell":
        rows.append([doc.L("dr"), reports_block(doc, doc.rng.randint(0, 1))] + ([""] if variant == "three" else []))
    else:
        rows.append([doc.L("dr"), doc.L("rt"), doc.L("rc"), doc.L("rf")])
        for k, r in enumerate(p["reports"], 1):
            rows.append([f"{k}" if dr_style == "numbered" else "",
                         r["title_fr"] if doc.fr else r["title"],
                         r["classification"] if r["show_class"] else "",
                         fmt_fte(r["fte"], doc.fr) if (r["show_fte"] and doc.show_fte) else ""])
    rows.append([doc.L("ga"), ga])
    rows.append([doc.L("ns"), ns_])
    rows.append([doc.L("sa"), "\n".join(f"{k}. {s}" for k, s in enumerate(sa, 1))])
    rows += [list(r) for r in doc.people_rows()]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def render_header_export(doc, wide):
    """A header row and one data row, as a system export writes."""
    p = doc.p
    ga, ns_, sa = doc.prose()
    head, row = [], []
    for lab, val in doc.field_rows():
        head.append(lab)
        row.append(val)
    if wide:
        doc.also["direct_reports_layout"] = "numbered column triples"
        for k in range(6):
            r = p["reports"][k] if k < len(p["reports"]) else None
            head += [f"DR{k + 1} {doc.L('rt')}", f"DR{k + 1} {doc.L('rc')}", f"DR{k + 1} {doc.L('rf')}"]
            if r:
                row += [r["title_fr"] if doc.fr else r["title"], r["classification"] if r["show_class"] else "",
                        fmt_fte(r["fte"], doc.fr) if (r["show_fte"] and doc.show_fte) else ""]
            else:
                row += ["", "", ""]
        assert len(p["reports"]) <= 6
    else:
        doc.also["direct_reports_layout"] = "one quoted cell with line breaks"
        head.append(doc.L("dr"))
        row.append(reports_block(doc, 0))
    head += [doc.L("ga"), doc.L("ns")]
    row += [ga, ns_]
    for lab, val in doc.people_rows():
        head.append(lab)
        row.append(val)
    return [head, row]


def docx_bytes(build):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "hrkit bench"
    cp.last_modified_by = "hrkit bench"
    cp.revision = 1
    build(d)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def render_docx(doc, mode):
    p = doc.p
    ga, ns_, sa = doc.prose()

    def build(d):
        head = "Description de travail de cadre" if doc.fr else "Executive Work Description"
        if doc.lang == "bilingual":
            head = "Executive Work Description / Description de travail de cadre"
        d.add_heading(head, level=1)
        rows = doc.field_rows()
        if mode == "pasted":   # a range pasted from Excel: a grid with empty columns kept
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for lab, val in rows:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text = lab, val, ""
            doc.also["form"] = "Excel range pasted into Word (3 columns, C empty)"
        else:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in rows:
                c = t.add_row().cells
                c[0].text, c[1].text = lab, val
            doc.also["form"] = "two-column label table"
        d.add_paragraph("")
        d.add_heading(doc.L("dr"), level=2)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, (doc.L("rt"), doc.L("rc"), doc.L("rf"))):
            c.text = lab
        for r in p["reports"]:
            c = t.add_row().cells
            c[0].text = r["title_fr"] if doc.fr else r["title"]
            c[1].text = r["classification"] if r["show_class"] else ""
            c[2].text = fmt_fte(r["fte"], doc.fr) if (r["show_fte"] and doc.show_fte) else ""
        doc.also["direct_reports_layout"] = "Word table with header row"
        d.add_heading(doc.L("ga"), level=2)
        d.add_paragraph(ga)
        d.add_heading(doc.L("ns"), level=2)
        d.add_paragraph(ns_)
        d.add_heading(doc.L("sa"), level=2)
        for s in sa:
            d.add_paragraph(s, style="List Number")
        for lab, val in doc.people_rows():
            d.add_paragraph(f"{lab}: {val}")
    return docx_bytes(build)


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("".join(f"\\'{x:02x}" for x in b))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def rtf_doc(paragraphs):
    """paragraphs: list of ('p', text, bold_prefix) | ('h', text) | ('table', rows)."""
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang4105{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
           "{\\f1\\fswiss\\fcharset0 Arial;}}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"]
    for item in paragraphs:
        if item[0] == "h":
            out.append(f"\\pard\\sa200\\sl276\\slmult1\\b\\f1\\fs28 {rtf_escape(item[1])}\\b0\\f0\\fs22\\par\r\n")
        elif item[0] == "p":
            _, text, bold = item
            if bold:
                out.append(f"\\pard\\sa120 {{\\b {rtf_escape(bold)}}} {rtf_escape(text)}\\par\r\n")
            else:
                out.append(f"\\pard\\sa120 {rtf_escape(text)}\\par\r\n")
        else:
            rows = item[1]
            n = len(rows[0])
            for r in rows:
                cells = "".join(f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{3200 * (k + 1)}" for k in range(n))
                out.append(f"\\trowd\\trgaph108\\trleft-108{cells}\r\n")
                out.append("".join(f"\\pard\\intbl {rtf_escape(c)}\\cell " for c in r) + "\\row\r\n")
            out.append("\\pard\\par\r\n")
    out.append("}\r\n")
    return "".join(out).encode("ascii")


def render_rtf(doc):
    p = doc.p
    ga, ns_, sa = doc.prose()
    items = [("h", "DESCRIPTION DE TRAVAIL" if doc.fr else "WORK DESCRIPTION - EXECUTIVE GROUP")]
    table_fields = doc.rng.random() < 0.5
    if table_fields:
        items.append(("table", [list(r) for r in doc.field_rows()]))
        doc.also["form"] = "RTF saved from Word, field table"
    else:
        for lab, val in doc.field_rows():
            items.append(("p", val, lab + ":"))
        doc.also["form"] = "RTF saved from Word, bold labels"
    items.append(("h", doc.L("dr")))
    rows = [[doc.L("rt"), doc.L("rc"), doc.L("rf")]]
    for r in p["reports"]:
        rows.append([r["title_fr"] if doc.fr else r["title"], r["classification"] if r["show_class"] else "",
                     fmt_fte(r["fte"], doc.fr) if (r["show_fte"] and doc.show_fte) else ""])
    items.append(("table", rows))
    doc.also["direct_reports_layout"] = "RTF table with header row"
    items += [("h", doc.L("ga")), ("p", ga, None), ("h", doc.L("ns")), ("p", ns_, None), ("h", doc.L("sa"))]
    items += [("p", f"{k}. {s}", None) for k, s in enumerate(sa, 1)]
    items += [("p", val, lab + ":") for lab, val in doc.people_rows()]
    return rtf_doc(items)


def render_tab_text(doc, excel_copy):
    """Copied from Excel: tab-separated field/value, multi-line cells quoted as Excel puts them on the clipboard."""
    rows = render_csv_fv(doc, "two")
    lines = []
    for r in rows:
        cells = []
        for c in r:
            if "\n" in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append("\t".join(cells).rstrip("\t") if not excel_copy else "\t".join(cells))
    return "\r\n".join(lines) + "\r\n" if excel_copy else "\n".join(lines) + "\n"


OCR_DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
OCR_LETTERS = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("é", "e"), ("rn", "m")]


def damage(text, rng, rate):
    out = []
    for ch in text:
        if ch in OCR_DIGITS and rng.random() < rate:
            out.append(OCR_DIGITS[ch] if rng.random() < 0.8 else "l")
        else:
            out.append(ch)
    s = "".join(out)
    for a, b in OCR_LETTERS:
        parts = s.split(a)
        s = parts[0] + "".join((b if rng.random() < rate / 2 else a) + x for x in parts[1:])
    words = s.split(" ")
    s = words[0] + "".join(("" if rng.random() < rate / 4 else " ") + w for w in words[1:])
    return s


def render_ocr(doc, rate):
    """A printed spreadsheet, scanned: grid lines read as | and damage."""
    rng = doc.rng
    p = doc.p
    rows = render_csv_fv(doc, "two")
    lines = []
    for r in rows:
        cells = [c.replace("\n", " ") for c in r if c != ""]
        if not cells:
            lines.append("")
            continue
        lines.append(" | ".join(cells))
    wrapped = []
    for ln in lines:
        while len(ln) > 78:
            cut = ln.rfind(" ", 40, 78)
            if cut < 0:
                cut = 78
            seg = ln[:cut]
            if rng.random() < 0.3 and " " in seg:
                w = ln[cut + 1:].split(" ")[0]
                if len(w) > 6:
                    seg = seg + " " + w[:3] + "-"
                    ln = w[3:] + ln[cut + 1 + len(w):]
                    wrapped.append(seg)
                    continue
            wrapped.append(seg)
            ln = ln[cut + 1:]
        wrapped.append(ln)
    pages = [wrapped[i:i + 28] for i in range(0, len(wrapped), 28)]
    out = []
    header = f"{doc.dept_en} - {p['title']}"
    for k, pg in enumerate(pages, 1):
        out.append(damage(header, rng, rate))
        out.append("")
        out += [damage(x, rng, rate) for x in pg]
        out.append("")
        out.append(damage(f"Page {k} of {len(pages)}", rng, rate))
        out.append("\f")
    doc.also["damage"] = "light" if rate < 0.1 else "medium"
    return "\n".join(out).rstrip("\f\n") + "\n"


def render_pdf(doc):
    rows = render_csv_fv(doc, "two")
    lines = []
    for r in rows:
        cells = [c for c in r if c != ""]
        if not cells:
            lines.append("")
            continue
        first = cells[0]
        rest = "   ".join(x.replace("\n", " / ") for x in cells[1:])
        ln = f"{first:<32}{rest}"
        while len(ln) > 95:
            cut = ln.rfind(" ", 50, 95)
            lines.append(ln[:cut])
            ln = " " * 32 + ln[cut + 1:]
        lines.append(ln)
    pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]
    doc.also["form"] = "spreadsheet printed to PDF"
    return pdf_bytes(["\n".join(pg + ["", f"Page {k} of {len(pages)}"]) for k, pg in enumerate(pages, 1)])


# ---------------------------------------------------------------- kinds and names
KINDS = (["csv_fv"] * 7 + ["csv_fv3"] * 3 + ["csv_head"] * 6 + ["csv_semi"] * 5 + ["tsv"] * 4 +
         ["tab_txt"] * 4 + ["docx"] * 6 + ["rtf"] * 4 + ["pdf"] * 2 + ["ocr"] * 2)


def file_name(doc, kind, rng):
    p = doc.p
    t = doc.v_title()
    n = p["number"]
    cands = {
        "csv_fv": [f"{t}.csv", f"WD {n} - {t}.csv", f"{t} - export.csv", f"EX WD {p['level']} {t}.csv"],
        "csv_fv3": [f"{t} EN-FR.csv", f"WD {n} bilingue.csv", f"{t} (bilingual).csv"],
        "csv_head": [f"export_{n}.csv", f"PositionExport {n}.csv", f"{t} - HRMS extract.csv", f"query_results ({n}).csv"],
        "csv_semi": [f"Extraction poste {n}.csv", f"{t}.csv", f"DT {t} - export.csv", f"Rapport_poste_{n}.csv"],
        "tsv": [f"{t}.tsv", f"WD_{n}.tsv", f"{t} - signed.tsv"],
        "tab_txt": [f"{t} (copied from Excel).txt", f"WD {n}.txt", f"{t} DRAFT.txt", f"Copie de {t}.txt"],
        "docx": [f"{t}.docx", f"WD {n} - {t}.docx", f"{t} - final.docx", f"EWD {t} (tableau).docx"],
        "rtf": [f"{t}.rtf", f"WD {n}.rtf", f"{t} - signed.rtf"],
        "pdf": [f"{t}.pdf", f"WD {n} printout.pdf"],
        "ocr": [f"SCAN{rng.randint(1000, 9999)} {t}.txt", f"img{rng.randint(100, 999)} OCR.txt"],
    }[kind]
    return rng.choice(cands).replace("/", "-")


def lang_for(kind, rng):
    if kind == "csv_fv3":
        return "bilingual"
    if kind == "csv_semi":
        return "fr"
    if kind in ("tsv", "docx", "rtf", "tab_txt"):
        return rng.choice(["en", "en", "fr", "bilingual"])
    if kind == "csv_head":
        return rng.choice(["en", "en", "en", "fr"])
    return "en"


def labels_for(lang, rng):
    if lang == "bilingual":
        return "bi"
    if lang == "fr":
        return "fr"
    return rng.choice(["en", "en2"])


def render(p, kind, seed, overrides=None):
    rng = random.Random(seed)
    lang = lang_for(kind, rng)
    labels = labels_for(lang, rng)
    doc = Doc(p, rng, lang, kind, labels)
    for k, v in (overrides or {}).items():
        setattr(doc, k, v)
    name = file_name(doc, kind, rng)
    if kind in ("csv_fv", "csv_fv3"):
        rows = render_csv_fv(doc, "three" if kind == "csv_fv3" else "two")
        enc = rng.choice(["utf-8-sig", "cp1252", "utf-8"])
        text = csv_text(rows)
        data = text.encode(enc, errors="replace")
        tk = "csv"
        doc.also["encoding"] = enc
        doc.also["layout"] = "field/value rows" + (", French values in column C" if kind == "csv_fv3" else "")
    elif kind == "csv_head":
        rows = render_header_export(doc, rng.random() < 0.5)
        enc = rng.choice(["utf-8-sig", "utf-8"])
        data = csv_text(rows).encode(enc)
        tk = "csv"
        doc.also["encoding"] = enc
        doc.also["layout"] = "header row and one data row"
    elif kind == "csv_semi":
        if doc.amount_style == "fr_space":
            doc.amount_style = "fr_cents"
            doc.also["amount_notation"] = "fr_cents"
        if rng.random() < 0.5:
            rows = render_header_export(doc, rng.random() < 0.5)
            doc.also["layout"] = "header row and one data row, semicolons"
        else:
            rows = render_csv_fv(doc, "two")
            doc.also["layout"] = "field/value rows, semicolons"
        data = csv_text(rows, delim=";").encode("cp1252", errors="replace")
        doc.also["encoding"] = "cp1252"
        tk = "csv"
    elif kind == "tsv":
        if rng.random() < 0.5:
            rows = render_header_export(doc, False)
            doc.also["layout"] = "header row and one data row, tabs"
        else:
            rows = render_csv_fv(doc, "two")
            doc.also["layout"] = "field/value rows, tabs"
        data = csv_text(rows, delim="\t", terminator="\n").encode("utf-8")
        tk = "tsv"
    elif kind == "tab_txt":
        excel = rng.random() < 0.6
        text = render_tab_text(doc, excel)
        enc = "cp1252" if excel else "utf-8"
        data = text.encode(enc, errors="replace")
        tk = "text-cp1252" if enc == "cp1252" else "text"
        doc.also["layout"] = "tab-separated field/value rows copied from a spreadsheet"
    elif kind == "docx":
        data = render_docx(doc, rng.choice(["pasted", "two"]))
        tk = "docx"
    elif kind == "rtf":
        data = render_rtf(doc)
        tk = "rtf"
    elif kind == "pdf":
        data = render_pdf(doc)
        tk = "pdf"
    elif kind == "ocr":
        data = render_ocr(doc, rng.choice([0.08, 0.2])).encode("utf-8")
        tk = "ocr"
    fields, ns = doc.truth_fields()
    return doc, name, data, tk, fields, ns


def truth(name, tk, doc, fields, ns, versions=None):
    d = dict(document=name, kind=tk, language=doc.lang, outcome="import", fields=fields, not_stated=ns,
             also=doc.also, people=doc.people(), versions=versions)
    return d


def dump(d):
    return yaml.safe_dump(d, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


# ---------------------------------------------------------------- refusals
def refusals(positions):
    rng = random.Random(195900)
    out = []
    # 1. a position inventory: many positions, one row each
    head = ["Position Number", "Title", "Group/Level", "FTEs", "Salary", "O&M", "Incumbent"]
    rows = [head]
    names = []
    for p in positions[3:13]:
        inc = person(rng) if rng.random() < 0.6 else "VACANT"
        if inc != "VACANT":
            names.append(inc)
        rows.append([p["number"], p["title"], p["level"], str(fte_val(p["fte"])), str(p["salary"]), str(p["o_and_m"]), inc])
    out.append(("EX positions inventory - Q3 2023-24.csv", csv_text(rows).encode("utf-8-sig"), "csv", "en",
                dict(what="a position inventory: ten positions, one row each, not one work description"), names))
    # 2. a budget roll-up, tsv, French, decimal commas
    rows = [["Direction", "Salaires (k$)", "F et E (k$)", "Total (k$)", "ETP"]]
    for p in positions[11:19]:
        rows.append([p["area_fr"], fmt_amount(p["salary"], "fr_kcol"), fmt_amount(p["o_and_m"], "fr_kcol"),
                     fmt_amount(p["salary"] + p["o_and_m"], "fr_kcol"), fmt_fte(p["fte"], True)])
    out.append(("Cumul budgétaire 2023-2024 par direction.tsv",
                csv_text(rows, delim="\t", terminator="\n").encode("utf-8"), "tsv", "fr",
                dict(what="a budget roll-up by directorate (k$, decimal commas)"), []))
    # 3. a memo in RTF
    p = positions[20]
    a, b = person(rng), person(rng)
    items = [("h", "MEMORANDUM / NOTE DE SERVICE"), ("p", f"{a}, Director General", "TO / DEST.:"),
             ("p", f"{b}, Classification Advisor", "FROM / DE:"),
             ("p", f"Reclassification request - {p['title']} (position {p['number']})", "SUBJECT / OBJET:"),
             ("p", f"The request to reclassify the position from {p['level']} to EX-02 has been reviewed. The position's "
                   f"budget of {fmt_amount(p['salary'], 'm')} and its {fte_val(p['fte'])} FTEs do not support the change; "
                   "the request is not approved at this time.", None),
             ("p", "La demande de reclassification n'est pas approuvée pour l'instant.", None)]
    out.append((f"Memo - reclassification {p['title']}.rtf".replace("/", "-"), rtf_doc(items), "rtf", "bilingual",
                dict(what="memorandum refusing a reclassification of a corpus position", about=p["title"]), [a, b]))
    # 4. minutes of the classification committee, Word
    chair, m1, m2 = person(rng), person(rng), person(rng)

    def build(d):
        d.add_heading("Executive Classification Committee - Minutes", level=1)
        d.add_paragraph("Meeting of 14 March 2023")
        d.add_paragraph(f"Present: {chair} (Chair), {m1}, {m2}")
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ("Position", "Number", "Proposed level", "Decision")):
            c.text = lab
        for q in positions[21:25]:
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = q["title"], q["number"], q["level"], "Confirmed"
        d.add_paragraph("Action: the secretariat will update the organization charts by April 30.")
    out.append(("Minutes ECC 2023-03-14.docx", docx_bytes(build), "docx", "en",
                dict(what="minutes of the executive classification committee, a table of four positions"), [chair, m1, m2]))
    # 5. a scan without a text layer
    out.append(("SCAN_0457.pdf", pdf_bytes(["", "", ""]), "pdf", "en",
                dict(what="a three-page scan without a text layer; unreadable"), []))
    return out


# ---------------------------------------------------------------- main
def main():
    positions = plan_positions()
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    kinds = list(KINDS)
    random.Random(1951).shuffle(kinds)
    docs = []
    names = set()
    for p, kind in zip(positions, kinds):
        doc, name, data, tk, fields, ns = render(p, kind, 195500 + p["i"])
        while name in names:
            name = name.replace(".", " (2).", 1) if "." in name else name + " (2)"
        names.add(name)
        p["file"] = name
        docs.append([p, doc, name, data, tk, fields, ns, None])
    # supervisors' files, now that names are known
    for entry in docs:
        p, doc = entry[0], entry[1]
        if p["sup"] is not None:
            doc.also["reports_to_in_corpus"] = positions[p["sup"]]["file"]
    # versions: an older export of position 30 (other budget, older date), and a (1) copy of position 15
    p = positions[30]
    older = dict(p)
    older["salary"] = p["salary"] - 120000
    older["o_and_m"] = max(50000, p["o_and_m"] - 30000)
    older["date"] = dt.date(2018, 6, 19)
    older["reports"] = p["reports"]
    doc, name, data, tk, fields, ns = render(older, "csv_head", 195700)
    name = f"OLD export {p['number']} (2018).csv"
    new_name = p["file"]
    v = dict(documents=[name, new_name], newest=new_name, same_text=False,
             note="the 2018 export: older effective date, salary and O&M lower than the current description")
    doc.also["reports_to_in_corpus"] = positions[p["sup"]]["file"]
    docs.append([older, doc, name, data, tk, fields, ns, v])
    for e in docs:
        if e[0] is p:
            e[7] = v
    q = positions[15]
    src = next(e for e in docs if e[0] is q)
    stem, ext = src[2].rsplit(".", 1)
    copy_name = f"{stem} (1).{ext}"
    v2 = dict(documents=[src[2], copy_name], newest=src[2], same_text=True, note="the same file saved twice")
    src[7] = v2
    docs.append([q, src[1], copy_name, src[3], src[4], src[5], src[6], v2])
    for p, doc, name, data, tk, fields, ns, v in docs:
        (corpus / name).write_bytes(data)
        t = truth(name, tk, doc, fields, ns, v)
        (expected / f"{name}.expected.yaml").write_text(dump(t), encoding="utf-8")
    for name, data, tk, lang, also, people in refusals(positions):
        (corpus / name).write_bytes(data)
        t = dict(document=name, kind=tk, language=lang, outcome="refuse", fields=None, not_stated=None, also=also,
                 people=people, versions=None)
        (expected / f"{name}.expected.yaml").write_text(dump(t), encoding="utf-8")


if __name__ == "__main__":
    main()
