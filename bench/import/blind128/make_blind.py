"""Writes bench/import/blind128/corpus/ and expected/ (deterministic: the same bytes on every run).

    /work/main/.venv/bin/python bench/import/blind128/make_blind.py
"""
import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import BRANCH_EN, BRANCH_FR, DEPT_EN, DEPT_FR, LOC, POSITIONS, R  # noqa: E402
import render as rd  # noqa: E402

D = dt.date.fromisoformat
FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)

# --------------------------------------------------------------------------- OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("cl", "d"), ("h", "b"), ("u", "v"), ("t", "f"),
        ("é", "e"), ("è", "e"), ("o", "a")]


def ocr(lines, strength, rng, protect=(), header=None, width=74, page_lines=48):
    p = {"light": 0.12, "medium": 0.3, "heavy": 0.55}[strength]
    keep = {}
    text = "\n".join(lines)
    for i, name in enumerate(sorted(protect, key=len, reverse=True)):
        token = f"\x00{i}\x00"
        keep[token] = name
        text = text.replace(name, token)
    out_words = []
    for line in text.split("\n"):
        words = []
        for w in line.split(" "):
            if "\x00" not in w:
                if any(c.isdigit() for c in w):
                    w = "".join(DIGIT[c] if c in DIGIT and rng.random() < p else
                                ("l" if c == "1" and rng.random() < p / 3 else c) for c in w)
                elif len(w) > 3 and rng.random() < p / 3:
                    a, b = rng.choice(CONF)
                    if a in w:
                        w = w.replace(a, b, 1)
            words.append(w)
        joined = ""
        for i, w in enumerate(words):
            if i and not (rng.random() < p / 12 and words[i - 1] and w):
                joined += " "
            joined += w
        out_words.append(joined)
    # wrap, with hyphenated line ends
    wrapped = []
    for line in out_words:
        if len(line) <= width:
            wrapped.append(line)
            continue
        parts = textwrap.wrap(line, width, break_on_hyphens=False)
        for j in range(len(parts) - 1):
            nxt = parts[j + 1].split(" ", 1)
            if len(nxt[0]) > 7 and nxt[0].isalpha() and rng.random() < 0.5 and len(parts[j]) + 5 <= width + 4:
                cut = len(nxt[0]) // 2
                parts[j] += " " + nxt[0][:cut] + "-"
                parts[j + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        wrapped += parts
    pages, out = [wrapped[i:i + page_lines] for i in range(0, len(wrapped), page_lines)], []
    for n, pg in enumerate(pages, 1):
        if header and n > 1:
            out += [header, ""]
        out += pg + ["", f"- {n} -" if header else str(n), "\f" if n < len(pages) else ""]
    text = "\n".join(out)
    for token, name in keep.items():
        text = text.replace(token, name)
    return text.rstrip("\n") + "\n"


def columns(left, right, width=38):
    """Two columns read across, as a scanner without layout analysis gives them."""
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    return [f"{a:<{width}} {b}".rstrip() for a, b in zip(left, right)]


# --------------------------------------------------------------------------- writers

def docx_bytes(build):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    build(doc)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "PPSB HR", "PPSB HR", ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def table(doc, rows, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.text = "" if val is None else str(val)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def pdf_pages(lines, footer, per=62):
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    return pdf_bytes(["\n".join(c + ["", f"{footer}    Page {n} of {len(chunks)}"])
                      for n, c in enumerate(chunks, 1)])


def text_bytes(lines, enc="utf-8", crlf=False):
    s = "\n".join(lines).rstrip("\n") + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    return s.encode(enc)


def curly(s):
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", s)


# --------------------------------------------------------------------------- truth

FIELDS = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor",
          "direct_reports", "salary", "o_and_m", "total", "location"]


def truth_of(v, caps=False):
    U = (lambda s: s.upper() if s else s) if caps else (lambda s: s)
    s = v["supervisor"]
    f = {"title": U(v["title"]), "classification": v["classification"], "job_code": v["job_code"],
         "position_number": v["position_number"], "effective_date": v["effective_date"],
         "supervisor": {"position_number": s["position_number"], "title": U(s["title"]),
                        "classification": s["classification"]},
         "direct_reports": None if not v["direct_reports"] else
         [{"title": U(r["title"]), "classification": r["classification"], "fte": r["fte"]} for r in v["direct_reports"]],
         "salary": v["salary"], "o_and_m": v["o_and_m"], "total": v["total"], "location": v["location"]}
    ns = [k for k in FIELDS if k != "supervisor" and f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if s[k] is None]
    return f, sorted(ns, key=lambda k: [x.split(".")[0] for x in ns].index(k.split(".")[0]) if False else FIELDS.index(k.split(".")[0]))


def apply_omit(v, omit):
    for k in omit:
        if k.startswith("supervisor."):
            v["supervisor"][k.split(".")[1]] = None
        elif k == "reports.fte":
            for r in v["direct_reports"]:
                r["fte"] = None
        elif k == "reports.cls":
            for r in v["direct_reports"]:
                r["classification"] = None
        elif k == "fte":
            v["show_fte"] = False
        else:
            v[k] = None
    return v


DOCS = []


def doc(name, kind, lang, outcome, data, truth=None, people=(), also=None, versions=None):
    DOCS.append(dict(name=name, kind=kind, lang=lang, outcome=outcome, data=data, truth=truth,
                     people=list(people), also=also or {}, versions=versions))


def versions(older, newer, note):
    v = {"documents": [older, newer], "newest": newer, "same_text": False, "note": note}
    for d in DOCS:
        if d["name"] in (older, newer):
            d["versions"] = v


def also_base(v, form, **kw):
    a = {"department": DEPT_FR if v["lang"] == "fr" else DEPT_EN, "form": form}
    if v.get("show_fte", True):
        a["fte"] = v["fte"]
    if v["lang"] in ("en", "bi") and v["lang"] != "fr":
        a["title_fr"] = v["title_fr"] if v["lang"] == "bi" else None
    if v["lang"] == "fr":
        a["title_en"] = None
    a = {k: val for k, val in a.items() if val is not None}
    sup = v["supervisor_key"]
    a.update(kw)
    return a


SYSLOC = {"POSN_00041873 Position Report 2023-05-14.pdf", "MyGCHR_PosnRpt_00042115.txt",
          "Rapport de poste 00043310 (SGRH).pdf", "posn rpt 44526 bilingual.txt", "DGPS_posn_40235_20210614.txt",
          "PHX_POSN_EXTRACT_20230412_00042877.txt", "phoenix extract 43325.txt", "SAP_PP01_50044036_20190716.txt",
          "SAP export 50044073.pdf", "GCHR report - Sr Dir NextGen HR Pay (printed).docx", "PosnRpt 43466 scan.txt",
          "Rapport SGRH 44325 - numérisé.txt", "position-data-44510.md"}


def add(name, kind, key, v, data, form, caps=False, people=(), extra=None, omit=(), sysloc=False, check=None):
    f, ns = truth_of(v, caps)
    if check is not None:  # a title printed only in capitals is true in capitals
        text = "\n".join(check)
        up = lambda s: s.upper() if s and s not in text and s.upper() in text else s
        f["title"] = up(f["title"])
        f["supervisor"]["title"] = up(f["supervisor"]["title"])
        for r in f["direct_reports"] or []:
            r["title"] = up(r["title"])
    if (sysloc or name in SYSLOC) and f["location"]:
        f["location"] = LOC[v["loc"]][3]
        extra = dict(extra or {}, location_code=LOC[v["loc"]][2])
    a = also_base(v, form, **(extra or {}))
    data = data.encode("utf-8") if isinstance(data, str) else data
    doc(name, kind, v["lang"], "import", data, truth=(f, ns), people=people, also=a)
    DOCS[-1]["key"] = key


def V(key, lang="en", omit=(), **chg):
    return apply_omit(rd.view(key, lang, **chg), omit)


def sys_text(lines, kind="text"):
    return text_bytes(lines)


def build_all():
    rng = random.Random(128)
    N = rd  # noqa

    # ------------------------------------------------------------ system reports (MyGCHR / PeopleSoft)
    v = V("41873")
    L = rd.ps_report(v, {"run": D("2023-05-14"), "incumbent": "00512877  THIBODEAU-OKAFOR, RENATA",
                         "jobdescr": "DIR PAY OPS", "oprid": "SMARCHBANK"}, rng)
    add("POSN_00041873 Position Report 2023-05-14.pdf", "pdf", "41873", v,
        pdf_pages(L, "GCHR_POS_001"), "MyGCHR position data report (PeopleSoft), printed to PDF", caps=True,
        people=["THIBODEAU-OKAFOR, RENATA"],
        extra={"position_number_printed": "00041873", "dates": "2019/04/01", "oprid": "SMARCHBANK"})

    v = V("42115")
    L = rd.ps_report(v, {"run": D("2022-09-30"), "date": "mon4", "money": "plain2", "dots": False,
                         "prose": "en", "jobdescr": "DIR PAY QA", "incumbent": "00733019  GAUDREAULT-PIKE, DESMOND"}, rng)
    add("MyGCHR_PosnRpt_00042115.txt", "text", "42115", v, text_bytes(L),
        "MyGCHR position data report (labels padded with spaces) followed by the work description's prose",
        people=["GAUDREAULT-PIKE, DESMOND"],
        extra={"position_number_printed": "00042115", "dates": "01-APR-2019", "title_printed": v["title"].upper()}, check=L)

    v = V("43310", "fr")
    L = rd.ps_report(v, {"run": D("2023-01-09"), "lang": "fr", "money": "fr2", "jobdescr": "DIRECTEUR",
                         "oprid": "NBEAUSEJ"}, rng)
    add("Rapport de poste 00043310 (SGRH).pdf", "pdf", "43310", v, pdf_pages(L, "GCHR_POS_001"),
        "MyGCHR rapport des données de poste (French labels), printed to PDF", caps=True,
        extra={"position_number_printed": "00043310", "title_en": v["title_en"]})

    v = V("44526", "bi", omit=("salary", "o_and_m", "total"))
    v["title"] = v["title_en"]
    L = rd.ps_report(v, {"run": D("2021-02-02"), "lang": "bi", "date": "compact", "budget": False,
                         "jobdescr": "DIR HR STRAT", "caps": True}, rng)
    L += rd.prose_text(rd.prose(v, "en", rng), 78) + rd.prose_text(rd.prose(v, "fr", rng), 78)
    add("posn rpt 44526 bilingual.txt", "text", "44526", v, text_bytes(L),
        "MyGCHR position report with bilingual labels, dates as 20210118, then English and French prose",
        extra={"title_fr": v["title_fr"], "position_number_printed": "00044526",
               "title_printed": v["title_en"].upper()}, check=L)

    v = V("40235")
    L = rd.ps_report(v, {"run": D("2021-07-05"), "date": "compact", "money": "comma2", "jobdescr": "DG PAY SYS",
                         "incumbent": "00690314  NAKAGAWA-ROY, INGRID"}, rng)
    add("DGPS_posn_40235_20210614.txt", "text", "40235", v, text_bytes(L), "MyGCHR position data report",
        caps=True, people=["NAKAGAWA-ROY, INGRID"], extra={"position_number_printed": "00040235"})

    # ------------------------------------------------------------ Phoenix pipe extracts
    v = V("42877", eff="2023-04-01", salary=5_391_000, total=5_391_000 + 2_740_000)
    add("PHX_POSN_EXTRACT_20230412_00042877.txt", "text", "42877", v, text_bytes(rd.phoenix_pipe(v, {}, rng)),
        "Phoenix position extract, pipe-delimited: the position's row (POSN), its supervisor's (SUPV), its reports' (RPTS)",
        extra={"position_number_printed": "00042877", "dates": "20230401", "note": "the SUPV row carries the DG's own budget and FTEs"})
    v = V("43325", eff="2023-04-01", fte=88, salary=6_902_000, total=6_902_000 + 251_000,
          reports=[R("Manager, Compensation Services (Winnipeg)", "", "AS-07", 47),
                   R("Manager, Compensation Services (Regina)", "", "AS-07", 40)])
    add("phoenix extract 43325.txt", "text", "43325", v, text_bytes(rd.phoenix_pipe(v, {}, rng)),
        "Phoenix position extract, pipe-delimited", extra={"position_number_printed": "00043325"})

    # ------------------------------------------------------------ SAP (Pension Centre)
    v = V("50044036", omit=("supervisor.classification", "reports.cls", "reports.fte"))
    add("SAP_PP01_50044036_20190716.txt", "text", "50044036", v,
        text_bytes(rd.sap_display(v, {"run": D("2019-07-16"), "holder": "Solène Abernethy-Roux", "abbr": "DIR PCS"}, rng)),
        "SAP HCM Organizational Management display (infotypes 1000, 1001, 1005, 1008, 1019); dates 15.07.2019",
        people=["Solène Abernethy-Roux"])
    v = V("50044073")
    v["total"] = None
    v["supervisor"]["classification"] = None
    add("SAP export 50044073.pdf", "pdf", "50044073", v,
        pdf_pages(rd.sap_display(v, {"run": D("2022-06-02"), "total": False, "report_grades": True,
                                     "abbr": "DIR PSYS"}, rng), "SAP HCM"),
        "SAP HCM display with the reporting positions' planned compensation; no total stated")

    # ------------------------------------------------------------ spreadsheets
    v = V("41290")
    L = rd.csv_vertical(v, {"date": "xl", "money": "dollar"}, rng)
    add("Copy of Position Info - Dir Client Contact Centre.csv", "text-cp1252", "41290", v,
        text_bytes(L, "cp1252", crlf=True), "branch Excel sheet saved as CSV: Field,Value rows, then the direct reports",
        extra={"format": "csv", "dates": "2-Nov-20"})
    v = V("43118")
    add("posn 43118 with sup and reports.csv", "text", "43118", v,
        text_bytes(rd.csv_wide(v, {"date": "us", "money": "plain", "strip_level": True}, rng), crlf=True),
        "CSV with one row per position (Self, Supervisor, Direct report); Group and Level in two columns, level unpadded",
        extra={"format": "csv", "dates": "6/14/2021", "note": "the Supervisor row carries the DG's own budget"})
    v = V("44355")
    add("export (3).tsv", "text", "44355", v,
        text_bytes(rd.csv_wide(v, {"delim": "\t", "date": "slash", "money": "comma2", "total": False}, rng)),
        "tab-separated export, one row per position (Self, Supervisor, Direct report), no total column filled",
        extra={"format": "tsv"})
    DOCS[-1]["truth"][0]["total"] = None
    DOCS[-1]["truth"][1].append("total")
    v = V("42530", "fr", eff="2023-04-01", fte=190, salary=15_340_000, total=15_340_000 + 905_000,
          reports=[R("", "Directeur, Opérations de la paye – Est", "EX-01", 98),
                   R("", "Directrice, Opérations de la paye – Ouest", "EX-01", 88),
                   R("", "Conseillère, Planification des activités", "AS-05", 3)])
    add("Poste 42530 - données SGRH.csv", "text-cp1252", "42530", v,
        text_bytes(rd.csv_vertical(v, {"delim": ";", "date": "slash", "money": "fr2"}, rng), "cp1252", crlf=True),
        "Excel sheet (French) saved as CSV with semicolons and decimal commas", extra={"format": "csv"})

    # ------------------------------------------------------------ database dumps
    v = V("40220", eff="2022-04-01", fte=640, salary=51_200_000, o_and_m=3_480_000, total=54_680_000)
    L = rd.sql_dump(v, {"fy": "2022-23", "prev_budget": [("2021-22", 48_650_000, 3_120_000)]}, rng)
    add("query_result_POSN_00040220.txt", "text", "40220", v, text_bytes(L),
        "SQL*Plus output: the position's row, its supervisor's, its reports', and two fiscal years of budget",
        caps=True, extra={"position_number_printed": "00040220", "dates": "01-APR-22",
                          "note": "2021-22 budget rows are former figures; no total stated"})
    DOCS[-1]["truth"][0]["total"] = None
    DOCS[-1]["truth"][1].append("total")
    DOCS[-1]["truth"][1].remove("location") if "location" in DOCS[-1]["truth"][1] else None
    DOCS[-1]["truth"][0]["location"] = None
    DOCS[-1]["truth"][1].append("location")
    v = V("44541", eff="2024-04-01", fte=19, salary=1_815_000, total=1_815_000 + 96_000)
    add("v_position_card 44541.txt", "text", "44541", v, text_bytes(rd.box_dump(v, {}, rng)),
        "MySQL boxed result: the position, its supervisor and its reports as rows", extra={"dates": "2024-04-01 00:00:00"})

    # ------------------------------------------------------------ extract + prose in Word / Markdown / OCR
    v = V("43450")
    L = rd.ps_report(v, {"run": D("2023-03-01"), "date": "mon4", "jobdescr": "SR DIR NEXTGEN", "caps": True}, rng)
    def b(d, v=v, L=L):
        d.add_heading("Executive Work Description", 1)
        d.add_paragraph("Position data as printed from MyGCHR on 01-MAR-2023:")
        for line in L:
            p = d.add_paragraph()
            r = p.add_run(line)
            r.font.name = "Courier New"
            r.font.size = Pt(8)
            p.paragraph_format.space_after = Pt(0)
        for head, body in rd.prose(v, "en", rng):
            d.add_heading(head.title(), 2)
            if isinstance(body, tuple):
                for s in body[1]:
                    d.add_paragraph(s, style="List Number")
            else:
                for para in body:
                    d.add_paragraph(para)
    add("GCHR report - Sr Dir NextGen HR Pay (printed).docx", "docx", "43450", v, docx_bytes(b),
        "MyGCHR report pasted into Word in Courier, one paragraph a line, then the work description",
        extra={"position_number_printed": "00043450", "title_printed": v["title"].upper()}, check=L + [v["title"], v["sup_en"]])

    v = V("43466")
    L = rd.ps_report(v, {"run": D("2023-03-01"), "date": "slash", "jobdescr": "DIR SOL READY"}, rng)
    add("PosnRpt 43466 scan.txt", "ocr", "43466", v,
        ocr(L, "medium", rng, header="MyGCHR - POSITION DATA REPORT", width=80), "MyGCHR report printed, then scanned and OCR'd",
        caps=True, extra={"damage": "medium", "position_number_printed": "00043466"})

    v = V("44325", "fr")
    L = rd.ps_report(v, {"run": D("2022-02-14"), "lang": "fr", "money": "fr2", "jobdescr": "DIRECTEUR",
                         "incumbent": "00718260  CASTONGUAY-FERRIS, YANNICK", "prose": "fr"}, rng)
    add("Rapport SGRH 44325 - numérisé.txt", "ocr", "44325", v,
        ocr(L, "heavy", rng, protect=["CASTONGUAY-FERRIS, YANNICK"], header="RAPPORT DES DONNÉES DE POSTE"),
        "MyGCHR French report with the work description's prose, scanned and OCR'd",
        people=["CASTONGUAY-FERRIS, YANNICK"],
        extra={"damage": "heavy", "position_number_printed": "00044325", "title_en": v["title_en"],
               "title_printed": v["title"].upper()}, check=L)

    v = V("44510")
    s = v["supervisor"]
    L = ["# Position 44510 – data from MyGCHR", "", "| Field | Code | Description |", "|---|---|---|",
         f"| Position Nbr | 00044510 | {v['title']} |", f"| Eff Date | {rd.fdate(v['effective_date'], 'slash')} | Active |",
         f"| Job Code | {v['job_code']} | DIR BR FIN PLAN |", "| Grade | EX 01 | Executive, level 1 |",
         f"| Reports To | 00040290 | {s['title']} (EX 02) |", "| Location | QC0311 | GATINEAU QC |",
         "| Dept ID | P0490 | Branch Management Services |", "", "## Unit", "",
         f"Unit FTEs: {v['fte']}  ", f"Salary budget: {rd.fmoney(v['salary'], 'dollar')}  ",
         f"O&M budget: {rd.fmoney(v['o_and_m'], 'dollar')}  ", f"Total: {rd.fmoney(v['total'], 'dollar')}", "",
         "## Positions reporting to 00044510", "", "| Posn | Title | Grade | Unit FTEs |", "|---|---|---|---|"]
    L += [f"| {rd.pad(n, True)} | {r['title']} | {r['classification'].replace('-', ' ')} | {r['fte']} |"
          for n, r in zip(v["report_numbers"], v["direct_reports"])]
    for head, body in rd.prose(v, "en", rng):
        L += ["", f"## {head.title()}", ""]
        L += [f"{i}. {x}" for i, x in enumerate(body[1], 1)] if isinstance(body, tuple) else body
    add("position-data-44510.md", "markdown", "44510", v, text_bytes(L),
        "Markdown page: a Field | Code | Description table copied from MyGCHR, then the prose",
        extra={"position_number_printed": "00044510"})

    v = V("40290")
    sp = POSITIONS["40010"]
    L = ["PAY AND PENSION SERVICES BRANCH - POSITION SHEET (branch tracker, tab 'EDBM')", "",
         f"{'Posn #':<10}{'Title':<58}{'Grp':<5}{'Lvl':<5}{'Eff date':<12}{'FTE':>5}"]
    L.append(f"{'40290':<10}{v['title']:<58}{'EX':<5}{'02':<5}{rd.fdate(v['effective_date'], 'xl'):<12}{v['fte']:>5}")
    L += ["", f"Reports to: 40010  {sp['en']}  EX 04", f"Location: {v['location']}",
          f"Salary {rd.fmoney(v['salary'], 'M')}   O&M {rd.fmoney(v['o_and_m'], 'M')}   Total {rd.fmoney(v['total'], 'M')}",
          "", "Direct reports:", f"{'Posn #':<10}{'Title':<58}{'Grp':<5}{'Lvl':<5}{'FTE':>5}"]
    L += [f"{n:<10}{r['title']:<58}{r['classification'][:2]:<5}{r['classification'][3:]:<5}{r['fte']:>5}"
          for n, r in zip(v["report_numbers"], v["direct_reports"])]
    L += ["", "Printed 2021-03-04 from PPSB Positions.xlsx"]
    v["job_code"] = None
    add("Branch sheet - ED Branch Management (printed).pdf", "pdf", "40290", v, pdf_pages(L, "PPSB Positions.xlsx"),
        "the branch's Excel tracker printed to PDF; Group and Level in two columns; amounts in $M",
        extra={"dates": "28-Sep-20"})

    # ------------------------------------------------------------ ordinary work descriptions
    sign = lambda *xs: list(xs)
    older = dict(eff="2016-05-02", fte=131, salary=9_880_000, o_and_m=352_000, total=10_232_000,
                 reports=[R("Manager, Compensation Teams 1 to 6", "", "AS-07", 70),
                          R("Manager, Compensation Teams 7 to 12", "", "AS-07", 58)])
    v = V("41873", **older)
    L = rd.text_wd(v, {"date": "long_en", "sign": ["Incumbent: Renata Thibodeau-Okafor", "Approved: Kwabena Strathdee, Director General"]}, rng)
    add("Director, Pay Operations - 2016 (scan).txt", "ocr", "41873", v,
        ocr(L, "medium", rng, protect=["Renata Thibodeau-Okafor", "Kwabena Strathdee"], header=f"PSPC    {v['title']}"),
        "EXECUTIVE GROUP POSITION DESCRIPTION, scanned", people=["Renata Thibodeau-Okafor", "Kwabena Strathdee"],
        extra={"damage": "medium"})
    versions("Director, Pay Operations - 2016 (scan).txt", "POSN_00041873 Position Report 2023-05-14.pdf",
             "2016 work description (131 FTEs, two managers, $9,880,000 salary) vs the MyGCHR report of the "
             "2019-04-01 state (148 FTEs, three reports, $11,245,000)")

    v = V("42877")
    def b(d, v=v):
        d.add_heading("Executive Work Description", 0)
        table(d, [["Field", "Value"]] + [list(x) for x in rd.form_fields(v, "en", {"date": "long_en"})])
        for head, body in rd.prose(v, "en", rng)[:1]:
            d.add_heading(head.title(), 1)
            d.add_paragraph(body[0])
        d.add_heading("Organization Structure", 1)
        table(d, [["Position", "Group and level", "FTEs"]] +
              [[r["title"], r["classification"], r["fte"]] for r in v["direct_reports"]])
        d.add_heading("Dimensions", 1)
        table(d, [["FTEs", v["fte"]], ["Salary", rd.fmoney(v["salary"], "dollar")],
                  ["O&M", rd.fmoney(v["o_and_m"], "dollar")], ["Total", rd.fmoney(v["total"], "dollar")]], header=False)
        for head, body in rd.prose(v, "en", rng)[1:]:
            d.add_heading(head.title(), 1)
            for s in (body[1] if isinstance(body, tuple) else body):
                d.add_paragraph(s, style="List Number" if isinstance(body, tuple) else None)
    add("Dir Pay System Configuration WD 2021.docx", "docx", "42877", v, docx_bytes(b), "Executive Work Description (Word tables)")
    versions("Dir Pay System Configuration WD 2021.docx", "PHX_POSN_EXTRACT_20230412_00042877.txt",
             "2021 work description vs the 2023 Phoenix extract (effective 2023-04-01, salary $5,391,000)")

    v = V("44340", omit=("position_number", "effective_date"), o_and_m=195_000, total=8_730_000 + 195_000)
    add("WD - Director, Outstanding Cases Reduction DRAFT.md", "markdown", "44340", v,
        text_bytes(rd.markdown_wd(v, {"draft": True}, rng)), "Markdown work description, DRAFT (no number, no date)")
    v = V("44340")
    L = rd.text_wd(v, {"date": "long_en", "sign": ["Recommended by: Philippa Delacroix-Hanley, Director General  2022-01-12",
                                                  "Approved by: Oluwaseun Fairweather-Gagné, Assistant Deputy Minister  2022-01-19"]}, rng)
    add("WD - Director, Outstanding Cases Reduction - signed.pdf", "pdf", "44340", v, pdf_pages(L, v["title"]),
        "EXECUTIVE GROUP POSITION DESCRIPTION, signed, PDF",
        people=["Philippa Delacroix-Hanley", "Oluwaseun Fairweather-Gagné"])
    versions("WD - Director, Outstanding Cases Reduction DRAFT.md",
             "WD - Director, Outstanding Cases Reduction - signed.pdf",
             "DRAFT without number or date, O&M $195,000; signed version: position 44340, 2022-01-10, O&M $215,000")

    v = V("40220")
    def b(d, v=v):
        d.add_heading("Executive Work Description – Director General, Pay Centre Operations", 1)
        table(d, [list(x) for x in rd.form_fields(v, "en", {"date": "long_en"})], header=False)
        sec = rd.prose(v, "en", rng)
        d.add_heading("General Accountability", 2)
        d.add_paragraph(sec[0][1][0])
        d.add_heading("Organization Structure", 2)
        d.add_paragraph("The following positions report to the Director General:")
        for x in rd.reports_lines(v, "en"):
            d.add_paragraph(x, style="List Bullet")
        d.add_heading("Dimensions", 2)
        for k, val in rd.dims_lines(v, "en", "M"):
            d.add_paragraph(f"{k}: {val}")
        d.add_heading("Nature and Scope", 2)
        for para in sec[1][1]:
            d.add_paragraph(para)
        d.add_paragraph("Incumbent: Hamish Pelletier-Abara")
    add("DG Pay Centre Operations - work description 2019.docx", "docx", "40220", v, docx_bytes(b),
        "Executive Work Description (Word: field table, bulleted reports, amounts in $M)", people=["Hamish Pelletier-Abara"])
    versions("DG Pay Centre Operations - work description 2019.docx", "query_result_POSN_00040220.txt",
             "2019 work description vs the 2022 database rows (effective 01-APR-22, 640 FTEs, new budget)")

    v = V("40010", omit=("supervisor.position_number", "supervisor.classification", "job_code"))
    def b(d, v=v):
        d.add_heading("Executive Work Description", 0)
        for k, val in rd.form_fields(v, "en", {"date": "long_en"}):
            p = d.add_paragraph()
            p.add_run(k + ": ").bold = True
            p.add_run(str(val))
        for head, body in rd.prose(v, "en", rng):
            d.add_heading(head.title(), 1)
            for s in (body[1] if isinstance(body, tuple) else body):
                d.add_paragraph(s)
            if head.startswith("GENERAL"):
                d.add_heading("Organization Structure", 1)
                table(d, [["Position", "Position number", "Group and level", "FTEs"]] +
                      [[r["title"], n, r["classification"], r["fte"]] for n, r in zip(v["report_numbers"], v["direct_reports"])])
                d.add_heading("Dimensions", 1)
                d.add_paragraph(f"FTEs: {v['fte']:,}. Salary: {rd.fmoney(v['salary'], 'dollar')}; O&M: "
                                f"{rd.fmoney(v['o_and_m'], 'dollar')}; total: {rd.fmoney(v['total'], 'dollar')}.")
    v = V("40010", omit=("supervisor.position_number", "supervisor.classification", "job_code"))
    add("ADM Pay and Pension Services EWD.docx", "docx", "40010", v, docx_bytes(b),
        "Executive Work Description (Word: bold labels, reports table with position numbers, dimensions in a sentence)")

    v = V("50040250")
    add("DG, Public Service Pension Centre.md", "markdown", "50040250", v,
        text_bytes(rd.markdown_wd(v, {"table": True, "money": "M"}, rng)), "Markdown work description (seed style), reports in a pipe table")

    v = V("50044036", "fr", eff="2022-04-01", fte=101, salary=6_412_000, total=6_412_000 + 522_000,
          reports=[R("", "Gestionnaire, Centre d'appels des pensions", "PM-05", 74),
                   R("", "Gestionnaire, Correspondance avec les clients", "AS-05", 26)])
    def b(d, v=v):
        d.add_heading("Description de travail – Groupe de la direction", 0)
        table(d, [["Champ", "Valeur"]] + [list(x) for x in rd.form_fields(v, "fr", {"date": "long_fr"})])
        sec = rd.prose(v, "fr", rng)
        d.add_heading("Responsabilité générale", 1)
        d.add_paragraph(sec[0][1][0])
        d.add_heading("Structure organisationnelle", 1)
        table(d, [["Poste", "Groupe et niveau", "ETP"]] + [[r["title"], r["classification"], r["fte"]] for r in v["direct_reports"]])
        d.add_heading("Dimensions", 1)
        for k, val in rd.dims_lines(v, "fr", "fr"):
            d.add_paragraph(f"{k} : {val}")
        d.add_paragraph("Titulaire : Solène Abernethy-Roux")
    add("DT - Directrice, Services aux clients des pensions (2022).docx", "docx", "50044036", v, docx_bytes(b),
        "Description de travail (Word, French tables)", people=["Solène Abernethy-Roux"], extra={"title_en": v["title_en"]})
    versions("SAP_PP01_50044036_20190716.txt", "DT - Directrice, Services aux clients des pensions (2022).docx",
             "2019 SAP display (no report levels or FTEs) vs the 2022 French work description (101 FTEs, salary 6 412 000 $)")

    v = V("42530", "fr")
    L = rd.text_wd(v, {"sign": ["Titulaire : Cyprien Lévesque-Moreau"]}, rng)
    add("Directeur exécutif, Opérations régionales de la paye.txt", "text-cp1252", "42530", v,
        text_bytes([curly(x) for x in L], "cp1252", crlf=True), "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX), cp1252",
        people=["Cyprien Lévesque-Moreau"], extra={"title_en": v["title_en"]})
    versions("Directeur exécutif, Opérations régionales de la paye.txt", "Poste 42530 - données SGRH.csv",
             "2021 French work description vs the 2023 spreadsheet (2023/04/01, 190 FTEs, salaires 15 340 000,00)")

    v = V("40260", "fr")
    L = rd.text_wd(v, {"money": "frM"}, rng)
    add("DG Stabilisation paye et expérience client - DT.pdf", "pdf", "40260", v, pdf_pages(L, "SPAC - DT EX"),
        "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX), PDF, amounts as 16,900 M$", extra={"title_en": v["title_en"]})

    v = V("43004")
    add("Director, Pay Data and Reporting.txt", "text", "43004", v,
        text_bytes(rd.text_wd(v, {"date": "iso", "rstyle": "dash"}, rng)), "EXECUTIVE GROUP POSITION DESCRIPTION, plain text")

    v = V("50044021")
    def b(d, v=v):
        d.add_paragraph("PUBLIC SERVICE PENSION CENTRE").runs[0].bold = True
        d.add_heading("Executive Group Position Description", 1)
        table(d, [[k, val] for k, val in rd.form_fields(v, "en", {"date": "long_en"})], header=False)
        for head, body in rd.prose(v, "en", rng):
            d.add_heading(head.title(), 2)
            for s in (body[1] if isinstance(body, tuple) else body):
                d.add_paragraph(s)
        d.add_heading("Direct Reports and Dimensions", 2)
        table(d, [["Title", "Group/Level", "FTE"]] + [[r["title"], r["classification"], r["fte"]] for r in v["direct_reports"]]
              + [["Total unit FTEs", "", v["fte"]]])
        table(d, [["Salary", "O&M", "Total"], [rd.fmoney(v["salary"], "dollar"), rd.fmoney(v["o_and_m"], "dollar"),
                                               rd.fmoney(v["total"], "dollar")]])
    add("Dir Pension Operations 50044021.docx", "docx", "50044021", v, docx_bytes(b),
        "Executive Group Position Description (Word, the budget as a three-column table)")

    v = V("50044058", "fr")
    add("Directeur, Politiques des pensions et soutien législatif.txt", "text", "50044058", v,
        text_bytes(rd.text_wd(v, {"money": "fr"}, rng)), "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX), UTF-8",
        extra={"title_en": v["title_en"]})

    v = V("44310")
    L = rd.text_wd(v, {"date": "long_en"}, rng)
    add("Stabilization Planning and Performance - 2022 scan.txt", "ocr", "44310", v,
        ocr(L, "light", rng, header="PSPC - PPSB Executive Work Description"), "EXECUTIVE GROUP POSITION DESCRIPTION, scanned",
        extra={"damage": "light"})
    v = V("44310", eff="2024-04-01", fte=35, salary=3_180_000, total=3_180_000 + 310_000,
          reports=[R("Manager, Performance Measurement", "", "EC-07", 13), R("Manager, Integrated Planning", "", "AS-07", 11),
                   R("Manager, Risk and Issues", "", "AS-06", 10)])
    add("Director, Stabilization Planning and Performance (2024).md", "markdown", "44310", v,
        text_bytes(rd.markdown_wd(v, {"sign": ["Approved: Zofia Windle, Director General, 2024-04-03"]}, rng)),
        "Markdown work description (seed style)", people=["Zofia Windle"])
    versions("Stabilization Planning and Performance - 2022 scan.txt", "Director, Stabilization Planning and Performance (2024).md",
             "2022 scan vs the 2024 Markdown (35 FTEs, salary $3,180,000)")

    v = V("43325", "bi")
    v["title"] = v["title_en"]
    def b(d, v=v):
        d.add_heading("Executive Work Description / Description de travail de la direction", 1)
        rows = [["Position title / Titre du poste", v["title_en"]], ["French title / Titre en français", v["title_fr"]],
                ["Position number / Numéro de poste", v["position_number"]], ["Job code / Code d'emploi", v["job_code"]],
                ["Group and level / Groupe et niveau", v["classification"]],
                ["Effective date / Date d'entrée en vigueur", "2021-04-01"],
                ["Location / Lieu", "Matane, Quebec / Matane (Québec)"],
                ["Reports to / Relève de", f"{v['sup_en']} / {v['sup_fr']} (EX-02), 42530"]]
        table(d, rows, header=False)
        d.add_heading("Direct reports / Subordonnés directs", 2)
        table(d, [["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"]] +
              [[r["en"], r["classification"], r["fte"]] for r in v["direct_reports"]])
        d.add_heading("Dimensions", 2)
        d.add_paragraph(f"FTEs / ETP: {v['fte']}; Salary / Salaires: {rd.fmoney(v['salary'], 'dollar')}; "
                        f"O&M / F et E: {rd.fmoney(v['o_and_m'], 'dollar')}; Total: {rd.fmoney(v['total'], 'dollar')}")
        for lang in ("en", "fr"):
            for head, body in rd.prose(v, lang, rng):
                d.add_heading(head.title(), 2)
                for s in (body[1] if isinstance(body, tuple) else body):
                    d.add_paragraph(s)
    add("EWD - Dir Pay Operations West (bilingual).docx", "docx", "43325", v, docx_bytes(b),
        "bilingual Executive Work Description (Word, one 'Reports to / Relève de' row)",
        extra={"title_fr": v["title_fr"], "location_fr": "Matane (Québec)"})
    DOCS[-1]["truth"][0]["location"] = "Matane, Quebec"
    DOCS[-1]["truth"][0]["supervisor"]["title"] = v["sup_en"]
    versions("EWD - Dir Pay Operations West (bilingual).docx", "phoenix extract 43325.txt",
             "2021 bilingual work description vs the 2023 Phoenix extract (20230401, 88 FTEs, salary 6902000.00)")

    # DG Pay Systems, 2017 scan with two columns read across (older)
    v = V("40235", eff="2017-09-11", fte=176, salary=17_950_000, o_and_m=7_600_000, total=25_550_000,
          reports=[R("Director, Pay System Configuration", "", "EX-01", 47), R("Director, HR-to-Pay Interfaces", "", "EX-01", 39),
                   R("Director, Pay Data and Reporting", "", "EX-01", 33)])
    left = ["EXECUTIVE GROUP POSITION DESCRIPTION", "", f"Position Title: {v['title']}", f"Position Number: {v['position_number']}",
            f"Job Code: {v['job_code']}", f"Group and Level: {v['classification']}", f"Effective Date: {rd.fdate(v['effective_date'], 'long_en')}",
            f"Location: {v['location']}", "", "GENERAL ACCOUNTABILITY"] + textwrap.wrap(rd.prose(v, "en", rng)[0][1][0], 37)
    right = ["SUPERVISOR", f"Title: {v['sup_en']}", "Position Number: 40010", "Group and Level: EX-04", "",
             "ORGANIZATION STRUCTURE", "Reporting to the DG:"]
    for r in v["direct_reports"]:
        right += textwrap.wrap(f"- {r['title']} ({r['classification']}, {r['fte']} FTEs)", 37)
    right += ["", "DIMENSIONS", f"FTEs: {v['fte']}", f"Salary: {rd.fmoney(v['salary'], 'dollar')}",
              f"O&M: {rd.fmoney(v['o_and_m'], 'dollar')}", f"Total: {rd.fmoney(v['total'], 'dollar')}"]
    L = rd.columns(left, right) if hasattr(rd, "columns") else columns(left, right)
    L += rd.prose_text(rd.prose(v, "en", rng)[1:], 74)
    add("DG Pay Systems 2017 (2 col scan).txt", "ocr-columns", "40235", v,
        ocr(L, "medium", rng, width=90), "EXECUTIVE GROUP POSITION DESCRIPTION, two columns read across",
        extra={"damage": "medium"})
    versions("DG Pay Systems 2017 (2 col scan).txt", "DGPS_posn_40235_20210614.txt",
             "2017 two-column scan (three directors, 176 FTEs) vs the 2021 MyGCHR report (five reports, 251 FTEs)")

    v = V("44541")
    add("Director, Security, Privacy and ATIP.md", "markdown", "44541", v,
        text_bytes(rd.markdown_wd(v, {"date": "iso"}, rng)), "Markdown work description (seed style)")
    versions("Director, Security, Privacy and ATIP.md", "v_position_card 44541.txt",
             "2022 Markdown vs the 2024 database card (2024-04-01, 19 FTEs, salary 1815000)")

    v = V("50044089")
    L = rd.text_wd(v, {"date": "long_en", "sign": ["Incumbent: Mattias Oyelaran", "Classified by: Ludivine Rathbone, 2019-12-02"]}, rng)
    add("Director, Pension Financial Reporting - EWD.txt", "text-cp1252", "50044089", v,
        text_bytes([curly(x) for x in L], "cp1252", crlf=True), "EXECUTIVE GROUP POSITION DESCRIPTION, cp1252 with curly quotes",
        people=["Mattias Oyelaran", "Ludivine Rathbone"])

    v = V("41306")
    def b(d, v=v):
        d.add_heading("EXECUTIVE WORK DESCRIPTION", 0)
        table(d, [list(x) for x in rd.form_fields(v, "en", {"date": "long_en"})], header=False)
        d.add_heading("Organization Structure", 1)
        d.add_paragraph(f"The {v['title']} is one of seven executive positions reporting to the {v['sup_en']}. "
                        "The following positions report to the Director:")
        for x in rd.reports_lines(v, "en"):
            d.add_paragraph(x, style="List Bullet")
        d.add_heading("Dimensions", 1)
        for k, val in rd.dims_lines(v, "en", "dollar"):
            d.add_paragraph(f"{k}: {val}")
        for head, body in rd.prose(v, "en", rng):
            d.add_heading(head.title(), 1)
            for s in (body[1] if isinstance(body, tuple) else body):
                d.add_paragraph(s)
    add("Director, Onboarding and Departure Pay Services (1).docx", "docx", "41306", v, docx_bytes(b),
        "Executive Work Description (Word)")

    v = V("42131")
    L = rd.text_wd(v, {"date": "long_en", "sign": ["Incumbent: Keziah Brisebois-Wynn"]}, rng)
    add("Pay Policy Interpretation - EWD 2018 scan.txt", "ocr", "42131", v,
        ocr(L, "heavy", rng, protect=["Keziah Brisebois-Wynn"], header="PWGSC   Executive Work Description"),
        "EXECUTIVE GROUP POSITION DESCRIPTION, scanned (heavy damage)", people=["Keziah Brisebois-Wynn"],
        extra={"damage": "heavy"})

    v = V("43133")
    L = rd.text_wd(v, {"date": "long_en", "rstyle": "dash"}, rng)
    add("Director, Payroll Accounting & Reconciliation - signed.pdf", "pdf", "43133", v, pdf_pages(L, v["title"]),
        "EXECUTIVE GROUP POSITION DESCRIPTION, PDF")

    v = V("44372", "bi")
    v["title"] = v["title_en"]
    L = rd.text_wd(v, {"date": "long_en"}, rng)
    add("Director, Client Department Relations - Directeur, Relations avec les ministères clients.txt", "text-cp1252",
        "44372", v, text_bytes([curly(x) for x in L], "cp1252", crlf=True),
        "bilingual EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION, cp1252",
        extra={"title_fr": v["title_fr"]})

    v = V("44557", "fr")
    add("Directrice, Communications de la direction générale.md", "markdown", "44557", v,
        text_bytes(rd.markdown_wd(v, {"money": "fr"}, rng)), "Markdown work description in French", extra={"title_en": v["title_en"]})


def build_refusals():
    rng = random.Random(1280)
    # a branch roster: many positions in one sheet
    rows = ["Posn Nbr,Title,Group,Level,Reports To,Location,Status,Incumbent,Unit FTE"]
    for k, p in sorted(POSITIONS.items()):
        g, l = p["cls"].split("-")
        rows.append(",".join([k.rjust(8, "0"), rd.csv_quote(p["en"], ","), g, l, (p["sup"] or "").rjust(8, "0") if p["sup"] else "",
                              rd.csv_quote(LOC[p["loc"]][3], ","), "A", "", str(p["fte"])]))
    doc("Branch position listing FY2023-24.csv", "text-cp1252", "en", "refuse", text_bytes(rows, "cp1252", crlf=True),
        also={"what": f"the branch's list of {len(POSITIONS)} executive positions (one row each); no position is described",
              "format": "csv"})

    def memo(d):
        d.add_heading("MEMORANDUM", 1)
        table(d, [["TO:", "Directors General, Pay and Pension Services Branch"],
                  ["FROM:", "Tobias Haldorsen, Director, Branch Human Resources Strategies (acting)"],
                  ["DATE:", "March 8, 2023"], ["SUBJECT:", "Clean-up of executive position data in MyGCHR and Phoenix"]], header=False)
        for para in [
            "A reconciliation of the branch tracker with MyGCHR found 11 executive positions whose Reports To "
            "value is out of date and 4 whose Group/Level differs from the approved work description.",
            "For example, position 00043325 (Director, Pay Operations West, EX-01) still reports to 00040220 in "
            "Phoenix, although it has reported to the Executive Director, Regional Pay Operations (42530) since "
            "April 1, 2021.",
            "Please confirm the attached list by March 24, 2023. Budgets are not part of this exercise.",
            "Questions: Noémie Tremblett, HR Data Steward."]:
            d.add_paragraph(para)
    doc("Memo - Phoenix position data clean-up.docx", "docx", "en", "refuse", docx_bytes(memo),
        people=["Tobias Haldorsen", "Noémie Tremblett"],
        also={"what": "a memorandum about position data, quoting one position's number, title and level"})

    L = ["PROCÈS-VERBAL – COMITÉ DE CLASSIFICATION DES POSTES EX", "Direction générale des services de paye et de pension",
         "Réunion du 17 novembre 2022, 13 h 30, Gatineau", "",
         "Présents : Apolline Kowalczuk-Leblanc (présidente), Joachim Marchbank, Orla Quimby-Arsenault", "",
         "1. Ouverture et adoption de l'ordre du jour", "L'ordre du jour est adopté sans modification.", "",
         "2. Poste 44355 – Directrice, Mise en œuvre des conventions collectives",
         "Le comité examine la description de travail proposée (EX-01, 52 ETP, salaires 4 018 000 $).",
         "Décision : le comité recommande la classification EX-01, date d'effet proposée le 18 septembre 2023.", "",
         "3. Poste 44372 – Directeur, Relations avec les ministères clients",
         "Le comité demande que la description précise les « ententes de service » et reporte sa décision.", "",
         "4. Varia", "Prochaine réunion : le 12 janvier 2023.", "", "Secrétaire : Bastien Michaud-Osei"]
    doc("Procès-verbal comité de classification EX 2022-11-17.txt", "text-cp1252", "fr", "refuse",
        text_bytes([curly(x) for x in L], "cp1252", crlf=True),
        people=["Apolline Kowalczuk-Leblanc", "Joachim Marchbank", "Orla Quimby-Arsenault", "Bastien Michaud-Osei"],
        also={"what": "minutes of the branch EX classification committee, naming two positions with levels"})

    L = ["ORGANIZATION CHART / ORGANIGRAMME", "Pay and Pension Services Branch / Direction générale des services de paye et de pension",
         "", " " * 26 + "ASSISTANT DEPUTY MINISTER / SOUS-MINISTRE ADJOINT", " " * 34 + "40010  EX-04", " " * 40 + "|",
         "  +-----------------+-----------------+-----------------+-----------------+",
         "  |                 |                 |                 |                 |",
         "DG Pay Centre     DG Pay Systems    DG Pension Ctr    DG Stabilization  ED Branch Mgmt",
         "Ops  40220        40235             50040250          40260             40290",
         "EX-03             EX-03             EX-03             EX-03             EX-02", "",
         "Effective / En vigueur : 2023-04-01"]
    doc("Org chart PPSB 2023 (scan).txt", "ocr", "bilingual", "refuse", ocr(L, "medium", rng, width=96).encode(),
        also={"what": "the branch's organization chart (boxes of titles, numbers and levels), OCR'd", "damage": "medium"})

    doc("Scan_20230315_0007.pdf", "pdf", "en", "refuse", pdf_bytes(["", ""]),
        also={"what": "two scanned pages with no text layer"})

    L = [f"{'PUBLIC SERVICES AND PROCUREMENT CANADA':<60}Page  1", f"MyGCHR - {'VACANT POSITIONS REPORT':<51}Run Date 2023/05/31",
         "-" * 78, f"{'Posn Nbr':<10}{'Title':<50}{'Grp/Lvl':<9}{'Vacant Since':<12}"]
    for k in ["42131", "43466", "44372", "50044089"]:
        p = POSITIONS[k]
        L.append(f"{k.rjust(8, '0'):<10}{p['en'].upper()[:48]:<50}{p['cls'].replace('-', '  '):<9}{'2023/02/01':<12}")
    L += ["", "4 rows", "*** END OF REPORT ***"]
    doc("MyGCHR vacant positions 2023-05-31.txt", "text", "en", "refuse", text_bytes(L),
        also={"what": "a MyGCHR list of four vacant positions (one line each); no position is described"})


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if s.isdigit() or re.fullmatch(r"[0-9][0-9_.:-]*", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="'")
    return dumper.represent_str(s)


Dumper.add_representer(str, _str)


def dump_truth(d):
    out = {"document": d["name"], "kind": d["kind"], "language": {"bi": "bilingual"}.get(d["lang"], d["lang"]), "outcome": d["outcome"]}
    if d["truth"]:
        f, ns = d["truth"]
        out["fields"] = f
        out["not_stated"] = sorted(set(ns), key=lambda k: (FIELDS.index(k.split(".")[0]), k))
    else:
        out["fields"] = None
        out["not_stated"] = None
    out["also"] = d["also"] or None
    out["people"] = d["people"] or None
    out["versions"] = d["versions"]
    return yaml.dump(out, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)


def main():
    build_all()
    build_refusals()
    newest = {}
    for d in DOCS:
        if d.get("key"):
            if not d["versions"] or d["versions"]["newest"] == d["name"]:
                newest[d["key"]] = d["name"]
    for d in DOCS:
        if d.get("key"):
            sup = POSITIONS[d["key"]]["sup"]
            if sup in newest:
                d["also"]["reports_to_in_corpus"] = newest[sup]
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        shutil.rmtree(p, ignore_errors=True)
        p.mkdir()
    names = set()
    for d in DOCS:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        (corpus / d["name"]).write_bytes(d["data"])
        (expected / f"{d['name']}.expected.yaml").write_text(dump_truth(d), encoding="utf-8")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
