"""Writes bench/import/blind137/corpus/ and expected/ (deterministic): a Fisheries and Oceans Canada HR data
steward's folder of position management system prints (Position Data, Job Data, position reports with the work
description attached, key-value and pipe-delimited extracts, effective-dated rows), some plain work
descriptions of the same department, and documents to refuse.

    /work/main/.venv/bin/python bench/import/blind137/make_blind.py
"""
from __future__ import annotations

import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (AREA_FR, APPROVERS, DEPT, DEPT_FR, GA_EN, GA_FR, NS_EN, NS_FR, P, PEOPLE, SPEC_EN,  # noqa: E402
                   SPEC_FR, SUPS, UPDATERS)

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROV = {"ON": "Ontario", "NS": "Nova Scotia", "NB": "New Brunswick", "QC": "Quebec", "BC": "British Columbia",
        "MB": "Manitoba", "NL": "Newfoundland and Labrador"}
PROV_FR = {"ON": "Ontario", "NS": "Nouvelle-Écosse", "NB": "Nouveau-Brunswick", "QC": "Québec",
           "BC": "Colombie-Britannique", "MB": "Manitoba", "NL": "Terre-Neuve-et-Labrador"}


# ---------------------------------------------------------------- notations
def fdate(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}"
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dlong":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


def money(n, style):
    if style == "full":
        return f"${n:,}"
    if style == "sys":
        return f"{n:,.2f}"
    if style == "K":
        return f"${n // 1000:,}K"
    if style == "M":
        s = f"{n / 1e6:.3f}".rstrip("0").rstrip(".")
        assert round(float(s) * 1e6) == n, n
        return f"${s}M"
    if style == "fr":
        return f"{n:,}".replace(",", " ") + " $"
    if style == "plain":
        return f"{n:,}"
    raise ValueError(style)


def cls_parts(cls):
    group, level = cls.rsplit("-", 1)
    return group, level


def fcls(cls, style):
    g, lv = cls_parts(cls)
    return {"dash": cls, "space": f"{g}    {lv}", "nodash": f"{g}{lv}", "one": f"{g} {lv}"}[style]


def loc_full(p, lang="en"):
    city, prov = p["loc"][1].rsplit(", ", 1)
    return f"{city}, {PROV[prov]}" if lang == "en" else f"{city} ({PROV_FR[prov]})"


def unit_fte(p):
    if not p["reports"] or any(r["fte"] is None for r in p["reports"]):
        return None
    return 1 + sum(r["fte"] for r in p["reports"])


# ---------------------------------------------------------------- truth
def truth_fields(p, **over):
    f = {
        "title": p["title"], "classification": p["cls"], "job_code": p["job"], "position_number": p["posn"],
        "effective_date": p["effdt"],
        "supervisor": {"position_number": p["sup"], "title": SUPS[p["sup"]][0], "classification": SUPS[p["sup"]][2]},
        "direct_reports": [{"title": r["title"], "classification": r["classification"], "fte": r["fte"]}
                           for r in p["reports"]] or None,
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"], "location": p["loc"][1],
    }
    sup = over.pop("supervisor", {})
    f["supervisor"].update(sup)
    f.update(over)
    return f


def not_stated(fields):
    out = []
    for k, v in fields.items():
        if isinstance(v, dict):
            out += [f"{k}.{kk}" for kk, vv in v.items() if vv is None]
        elif v is None:
            out.append(k)
        elif k == "direct_reports":
            for sub in ("classification", "fte"):
                if all(r[sub] is None for r in v):
                    out.append(f"direct_reports.{sub}")
    return out


# ---------------------------------------------------------------- blocks -> text
def wrap(s, width):
    return textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False) or [""]


def text_lines(blocks, width=100, bullet="- "):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], ""]
        elif t == "h":
            out += ["", b[1]]
        elif t == "p":
            out += wrap(b[1], width)
        elif t == "kv":
            pairs, lw = b[1], b[2] if len(b) > 2 else None
            lw = lw or max(len(k) for k, _ in pairs) + 2
            for k, v in pairs:
                lab = k if k.isupper() and "_" in k else (k + ":" if k else "")
                out.append((lab.ljust(lw) + " " + str(v)).rstrip())
        elif t == "grid":
            head, rows = b[1], b[2]
            ws = [max(len(str(x)) for x in col) + 2 for col in zip(head, *rows)]
            out.append("".join(str(h).ljust(w) for h, w in zip(head, ws)).rstrip())
            out.append("".join(("-" * (w - 2)).ljust(w) for w in ws).rstrip())
            for r in rows:
                out.append("".join(str(x).ljust(w) for x, w in zip(r, ws)).rstrip())
        elif t == "li":
            for i, item in enumerate(b[1], 1):
                lead = f"{i}. " if len(b) > 2 and b[2] == "num" else bullet
                ls = wrap(item, width - len(lead))
                out.append(lead + ls[0])
                out += [" " * len(lead) + x for x in ls[1:]]
        elif t == "pre":
            out += b[1]
        elif t == "blank":
            out.append("")
    return out


def md_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"- **{k}:** {v}" for k, v in b[1]] + [""]
        elif t == "grid":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(str(x) for x in r) + " |" for r in b[2]]
            out.append("")
        elif t == "li":
            out += [(f"{i}. " if len(b) > 2 and b[2] == "num" else "- ") + x for i, x in enumerate(b[1], 1)] + [""]
        elif t == "pre":
            out += ["```"] + b[1] + ["```", ""]
    return "\n".join(out).rstrip() + "\n"


FIXED = datetime(2024, 2, 12, 9, 30, 0)


def docx_bytes(blocks, kv_table=True, author="DFO-MPO"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = ""
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if kv_table:
                tab = d.add_table(rows=0, cols=2)
                tab.style = "Table Grid"
                for k, v in b[1]:
                    cells = tab.add_row().cells
                    cells[0].text = k
                    cells[1].text = str(v)
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(k + ": ").bold = True
                    para.add_run(str(v))
        elif t == "grid":
            tab = d.add_table(rows=1, cols=len(b[1]))
            tab.style = "Table Grid"
            for c, h in zip(tab.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, x in zip(tab.add_row().cells, r):
                    c.text = str(x)
        elif t == "li":
            style = "List Number" if len(b) > 2 and b[2] == "num" else "List Bullet"
            for x in b[1]:
                d.add_paragraph(x, style=style)
        elif t == "pre":
            for line in b[1]:
                run = d.add_paragraph().add_run(line)
                run.font.name = "Courier New"
                run.font.size = Pt(9)
        elif t == "blank":
            d.add_paragraph("")
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_from_lines(lines, per_page=66, width=100):
    flat = []
    for line in lines:
        flat += wrap(line, width) if len(line) > width else [line]
    pages = ["\n".join(flat[i:i + per_page]) for i in range(0, len(flat), per_page)]
    return pdf_bytes(pages)


# ---------------------------------------------------------------- OCR damage
STRENGTH = {"light": (0.2, 0.01, 0.006, 0.05), "middling": (0.5, 0.03, 0.02, 0.12), "heavy": (0.85, 0.07, 0.05, 0.2)}
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIG_HEAVY = {"0": "o", "1": "l", "2": "Z", "6": "b"}
LET = [("m", "rn"), ("d", "cl"), ("e", "c"), ("h", "b"), ("i", "l"), ("u", "ii"), ("a", "o"), ("rn", "m"), ("li", "h")]


def ocr(lines, seed, strength, header, protect=(), per_page=48):
    rng = random.Random(seed)
    pd, pl, pr, ph = STRENGTH[strength]
    keep = {}
    for i, name in enumerate(sorted(protect, key=len, reverse=True)):
        keep[f"\x01{i}\x02"] = name

    def prot(s):
        for k, v in keep.items():
            s = s.replace(v, k)
        return s

    def unprot(s):
        for k, v in keep.items():
            s = s.replace(k, v)
        return s

    def dmg(s):
        s = prot(s)
        out = []
        for tok in re.split(r"( +)", s):
            if tok.startswith(" "):
                out.append("" if len(tok) == 1 and rng.random() < pr else tok)
                continue
            if "\x01" in tok:
                out.append(tok)
                continue
            chars = []
            for ch in tok:
                if ch in DIG and rng.random() < pd:
                    ch = DIG[ch]
                elif strength == "heavy" and ch in DIG_HEAVY and rng.random() < pd / 3:
                    ch = DIG_HEAVY[ch]
                chars.append(ch)
            tok = "".join(chars)
            if tok.isalpha() and len(tok) > 3 and rng.random() < pl:
                a, b = LET[rng.randrange(len(LET))]
                if a in tok:
                    tok = tok.replace(a, b, 1)
            out.append(tok)
        return unprot("".join(out))

    dam = [dmg(line) for line in lines]
    # words hyphenated at line ends
    for i in range(len(dam) - 1):
        if (len(dam[i]) > 55 and "   " not in dam[i] and dam[i + 1].strip() and "   " not in dam[i + 1]
                and not re.match(r"\S[^:]{0,40}:", dam[i + 1]) and rng.random() < ph):
            words = dam[i].split(" ")
            last = words[-1]
            if len(last) >= 7 and last.isalpha():
                cut = len(last) // 2
                dam[i] = " ".join(words[:-1] + [last[:cut] + "-"])
                lead = len(dam[i + 1]) - len(dam[i + 1].lstrip())
                dam[i + 1] = dam[i + 1][:lead] + last[cut:] + " " + dam[i + 1][lead:]
    pages = [dam[i:i + per_page] for i in range(0, len(dam), per_page)]
    out = []
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out += [dmg(header), ""]
        out += pg
        foot = [f"- {k} -", f"Page {k} of {n}", f"{k}/{n}", str(k)][seed % 4]
        out += ["", dmg(foot) if strength == "heavy" else foot, "\f" if k < n else ""]
    return "\n".join(out).rstrip("\n") + "\n"


def columns(left, right, lw=42, gap=3):
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a.ljust(lw + gap) + b).rstrip())
    return out


# ---------------------------------------------------------------- renderers
LAB = {
    "posn": ("Position Number", "Numéro de poste"), "effdt": ("Effective Date", "Date d'entrée en vigueur"),
    "status": ("Status", "Statut"), "action": ("Action", "Mesure"), "reason": ("Reason", "Motif"),
    "descr": ("Description", "Description"), "descr_fr": ("French Description", "Description française"),
    "short": ("Short Description", "Description abrégée"), "bu": ("Business Unit", "Unité opérationnelle"),
    "dept": ("Department", "Unité organisationnelle"), "job": ("Job Code", "Code d'emploi"),
    "loc": ("Location", "Emplacement"), "rep": ("Reports To", "Relève du poste"),
    "repdescr": ("Reports To Description", "Description du poste supérieur"),
    "repcls": ("Reports To Plan/Grade", "Régime/niveau du poste supérieur"),
    "plan": ("Salary Plan", "Régime salarial"), "grade": ("Grade", "Niveau"), "fte": ("FTE", "ETP"),
    "hours": ("Standard Hours", "Heures normales"), "posstat": ("Position Status", "Statut du poste"),
    "maxhc": ("Max Head Count", "Effectif maximal"), "regtemp": ("Regular/Temporary", "Permanent/temporaire"),
    "lang": ("Language Requirement", "Exigence linguistique"), "sec": ("Security Clearance", "Cote de sécurité"),
}
CODES = {"posn": "POSITION_NBR", "effdt": "EFFDT", "status": "EFF_STATUS", "action": "ACTION",
         "reason": "ACTION_REASON", "descr": "DESCR", "descr_fr": "DESCR_FRA", "short": "DESCRSHORT",
         "bu": "BUSINESS_UNIT", "dept": "DEPTID", "job": "JOBCODE", "loc": "LOCATION", "rep": "REPORTS_TO",
         "repdescr": "REPORTS_TO_DESCR", "repcls": "REPORTS_TO_GRADE", "plan": "SAL_ADMIN_PLAN", "grade": "GRADE",
         "fte": "FTE", "hours": "STD_HOURS", "posstat": "POSN_STATUS", "maxhc": "MAX_HEAD_COUNT",
         "regtemp": "REG_TEMP", "lang": "LANG_REQ", "sec": "SECURITY_CLEARANCE"}


def label(key, lang, codes=False):
    if codes:
        return CODES[key]
    en, fr = LAB[key]
    return {"en": en, "fr": fr, "bi": f"{fr} / {en}" if lang == "bi" else en, "bi-en": f"{en} / {fr}"}[lang]


def rows_for(p, o):
    """Effective-dated rows: o['history'] = [(date, action, reason, title or None, cls or None, status)]."""
    cur = (p["effdt"], o.get("action", ("POS", "Position Change")), o.get("reason", ("RCL", "Reclassification")),
           None, None, "A")
    rows = [cur] + list(o.get("history", []))
    rows.sort(key=lambda r: r[0], reverse=o.get("order", "desc") == "desc")
    return rows


def posdata_blocks(p, o, lang="en", codes=False, run=date(2024, 2, 12)):
    ds, cs = o.get("date", "iso"), o.get("cls", "split")
    L = lambda k: label(k, lang, codes)  # noqa: E731
    rows = rows_for(p, o)
    blocks = []
    title = {"en": "Position Data", "fr": "Données sur le poste", "bi": "Données sur le poste / Position Data",
             "bi-en": "Position Data / Données sur le poste"}[lang]
    blocks.append(("pre", [
        f"{o.get('system', 'GCHR Position Management 9.2')}" + " " * 8 + f"{'Run' if lang == 'en' else 'Exécution / Run'}: "
        f"{fdate(run, 'iso')} {o.get('time', '14:33:05')}",
        f"{title}   -   {o.get('nav', 'Organizational Development > Position Management > Maintain Positions/Budgets > Add/Update Position Info')}",
        "",
    ]))
    if codes:
        blocks.append(("pre", ["FIELD_NAME                VALUE                 DESCRIPTION",
                               "------------------------- --------------------- ------------------------------------"]))
    for n, (effdt, action, reason, t_over, c_over, st) in enumerate(rows, 1):
        cls = c_over or p["cls"]
        ttl = t_over or p["title"]
        ttl_fr = p["title_fr"] if not t_over else o.get("old_title_fr", p["title_fr"])
        hdr = f"{'Row' if lang == 'en' else 'Rangée / Row'} {n} {'of' if lang == 'en' else 'de'} {len(rows)}"
        if effdt > run:
            hdr += "   (future-dated / date future)" if lang != "en" else "   (future-dated)"
        blocks.append(("pre", ["", hdr]))
        pairs = []
        if codes:
            pairs.append((L("posn"), f"{p['posn']}"))
        else:
            pairs.append((L("posn"), p["posn"]))
        pairs += [(L("effdt"), fdate(effdt, ds)),
                  (L("status"), ("A   Active" if st == "A" else "I   Inactive") if lang == "en" else ("A   Actif / Active" if st == "A" else "I   Inactif / Inactive")),
                  (L("action"), f"{action[0]}   {action[1]}"), (L("reason"), f"{reason[0]}   {reason[1]}"),
                  (L("posstat"), "A   Approved" if lang == "en" else "A   Approuvé / Approved"),
                  (L("descr"), ttl)]
        if lang != "en" or o.get("descr_fr"):
            pairs.append((L("descr_fr"), ttl_fr))
        pairs += [(L("short"), o.get("short", "".join(w[0] for w in ttl.replace(",", "").split() if w[0].isupper())[:10])),
                  (L("bu"), "DFO00   " + (DEPT if lang == "en" else f"{DEPT_FR} / {DEPT}")),
                  (L("dept"), f"{p['deptid']}   {p['dept_descr']}"),
                  (L("job"), f"{p['job']}   {o.get('job_descr', 'EX Generic')}" if o.get("job_descr", True) else p["job"]),
                  (L("regtemp"), "R   Regular" if lang == "en" else "R   Permanent / Regular"),
                  (L("loc"), f"{p['loc'][0]}   {p['loc'][1]}"),
                  (L("rep"), p["sup"])]
        if o.get("sup_descr"):
            pairs.append((L("repdescr"), SUPS[p["sup"]][0]))
        if o.get("sup_cls"):
            pairs.append((L("repcls"), fcls(SUPS[p["sup"]][2], "space")))
        g, lv = cls_parts(cls)
        if cs == "split":
            pairs += [(L("plan"), g), (L("grade"), lv)]
        else:
            pairs.append(("Classification" if not codes else "CLASSIF", fcls(cls, cs)))
        pairs += [(L("fte"), "1.000000"), (L("hours"), "37.50"), (L("maxhc"), "1"),
                  (L("lang"), o.get("langreq", "CBC   Bilingual imperative")),
                  (L("sec"), "S   Secret")]
        blocks.append(("kv", pairs, 28 if codes else (46 if lang in ("bi", "bi-en") else 26)))
    if o.get("grid"):
        heads = {"en": ["Posn Nbr", "Description", "Plan", "Grade", "Status", "Head Count"],
                 "fr": ["No poste", "Description", "Régime", "Niveau", "Statut", "Effectif"],
                 "bi": ["No poste/Posn Nbr", "Description", "Régime/Plan", "Niveau/Grade", "Statut/Status", "Effectif/Head Count"],
                 "bi-en": ["Posn Nbr/No poste", "Description", "Plan/Régime", "Grade/Niveau", "Status/Statut", "Head Count/Effectif"]}[lang]
        gt = {"en": f"Positions Reporting To {p['posn']}", "fr": f"Postes relevant de {p['posn']}",
              "bi": f"Postes relevant de / Positions Reporting To {p['posn']}",
              "bi-en": f"Positions Reporting To / Postes relevant de {p['posn']}"}[lang]
        rows_g = []
        for r in p["reports"]:
            g, lv = cls_parts(r["classification"])
            rows_g.append([r["posn"], r["title"] if lang in ("en", "bi-en") else r["title_fr"], g, lv, "A", "1"])
        blocks += [("pre", ["", gt]), ("grid", heads, rows_g)]
    if o.get("updated"):
        who, when = o["updated"]
        blocks.append(("pre", ["", f"{'Last Updated' if lang == 'en' else 'Dernière mise à jour / Last Updated'}: {fdate(when, 'iso')} 10:12:44  {who}"]))
    return blocks


def jobdata_blocks(p, o):
    name, emplid, jeff, rate = o["job"]
    g, lv = cls_parts(p["cls"])
    return [("pre", ["", "", "Job Data" + " " * 40 + "Run: 2024-02-12 14:35:51",
                     "Workforce Administration > Job Information > Job Data", ""]),
            ("kv", [("EmplID", emplid), ("Empl Record", "0"), ("Name", name), ("Effective Date", fdate(jeff, o.get("date", "iso"))),
                    ("Effective Sequence", "0"), ("Action", "PRO   Promotion"), ("Reason", "CMP   Competitive process"),
                    ("HR Status", "A   Active"), ("Payroll Status", "A   Active"),
                    ("Position Number", p["posn"]), ("Override Position Data", "N"),
                    ("Department", f"{p['deptid']}   {p['dept_descr']}"), ("Job Code", p["job"]),
                    ("Location", f"{p['loc'][0]}   {p['loc'][1]}"),
                    ("Supervisor ID", o.get("sup_emplid", "000318845")), ("Reports To", p["sup"]),
                    ("Regular/Temporary", "Regular"), ("Full/Part", "Full-Time"), ("FTE", "1.000000"),
                    ("Sal Admin Plan", g), ("Grade", lv), ("Step", "3"),
                    ("Compensation Rate", f"{rate:,.2f}"), ("Frequency", "A   Annual")], 26)]


def wd_blocks(p, lang, o, rng):
    """A plain executive work description of p. lang: en | fr | bi. Returns blocks and the fields it states."""
    ds = o.get("date", "long" if lang != "fr" else "fr")
    ms = o.get("money", "full" if lang != "fr" else "fr")
    fr = lang == "fr"
    sup_t, sup_tfr, sup_c = SUPS[p["sup"]]
    posn = o.get("posn", p["posn"])
    eff = o.get("effdt_text", fdate(p["effdt"], ds))
    form = o.get("form", "en1" if lang == "en" else lang)
    blocks = []
    ident = []
    if form == "en1":
        blocks.append(("title", "EXECUTIVE WORK DESCRIPTION"))
        ident = [("Position Title", p["title"]), ("Classification", p["cls"]), ("Position Number", posn or "TBD"),
                 ("Job Code", p["job"]), ("Effective Date", eff), ("Department", DEPT), ("Directorate", p["dept_descr"]),
                 ("Location", loc_full(p)), ("Supervisor's Position Title", sup_t), ("Supervisor's Classification", sup_c)]
        if o.get("sup_posn", True):
            ident.append(("Supervisor's Position Number", p["sup"]))
    elif form == "en2":
        blocks.append(("title", "EXECUTIVE GROUP POSITION DESCRIPTION"))
        ident = [("TITLE", p["title"]), ("GROUP/LEVEL", p["cls"]), ("POSITION NO.", posn), ("JOB CODE", p["job"]),
                 ("EFFECTIVE DATE", eff), ("ORGANIZATION", f"{DEPT} - {p['dept_descr']}"), ("LOCATION", loc_full(p)),
                 ("REPORTS TO", f"{sup_t} ({sup_c})" + (f", Position No. {p['sup']}" if o.get("sup_posn", True) else ""))]
    elif form == "fr":
        blocks.append(("title", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION"))
        ident = [("Titre du poste", p["title_fr"]), ("Classification", p["cls"]), ("Numéro de poste", posn),
                 ("Code d'emploi", p["job"]), ("Date d'entrée en vigueur", eff), ("Ministère", DEPT_FR),
                 ("Lieu de travail", loc_full(p, "fr")),
                 ("Relève de", f"{sup_tfr} ({sup_c})" + (f", poste no {p['sup']}" if o.get("sup_posn", True) else ""))]
    elif form == "bi":
        blocks.append(("title", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION"))
        ident = [("Position Title / Titre du poste", p["title"]), ("", p["title_fr"]),
                 ("Classification / Classification", p["cls"]), ("Position Number / Numéro de poste", posn),
                 ("Job Code / Code d'emploi", p["job"]), ("Effective Date / Date d'entrée en vigueur", eff),
                 ("Location / Lieu de travail", loc_full(p)),
                 ("Supervisor / Superviseur", f"{sup_t} / {sup_tfr}"),
                 ("Supervisor's Classification / Classification du superviseur", sup_c),
                 ("Supervisor's Position Number / Numéro de poste du superviseur", p["sup"])]
    if o.get("no_ident_loc"):
        ident = [kv for kv in ident if not kv[0].lower().startswith(("location", "lieu"))]
    blocks.append(("kv", ident))
    ga = GA_EN.format(title=p["title"], area=p["area"])
    gafr = GA_FR.format(title_fr=p["title_fr"], area_fr=AREA_FR.get(p["key"], "programmes de la direction"))
    if lang == "en":
        blocks += [("h", "General Accountability"), ("p", ga)]
    elif fr:
        blocks += [("h", "Responsabilités générales"), ("p", gafr)]
    else:
        blocks += [("h", "General Accountability / Responsabilités générales"), ("p", ga), ("p", gafr)]
    # organization structure
    n = len(p["reports"])
    rs = o.get("reports", "bullets")
    if lang != "fr":
        blocks += [("h", "Organization Structure" + (" / Structure organisationnelle" if lang == "bi" else "")),
                   ("p", f"The {p['title']} reports to the {sup_t}. The following {n} positions report to the {p['title']}:")]
    else:
        blocks += [("h", "Structure organisationnelle"),
                   ("p", f"Le ou la titulaire relève du {sup_tfr}. Les {n} postes suivants relèvent du poste :")]
    unit = "ETP" if fr else "FTEs"

    def ft(r):
        return f"{r['fte']} {'ETP' if fr else ('FTE' if r['fte'] == 1 else 'FTEs')}"
    rt = (lambda r: r["title_fr"]) if fr else (lambda r: r["title"])
    if rs == "bullets":
        blocks.append(("li", [f"{rt(r)} ({r['classification']}, {ft(r)})" for r in p["reports"]]))
    elif rs == "lines":
        blocks.append(("pre", [f"{r['classification']} - {rt(r)} ({ft(r)})" for r in p["reports"]]))
    elif rs == "table":
        blocks.append(("grid", ["Titre" if fr else "Title", "Groupe et niveau" if fr else "Group/Level", unit],
                       [[rt(r), r["classification"], str(r["fte"])] for r in p["reports"]]))
    if lang != "en":
        ns = NS_FR
    else:
        ns = NS_EN
    blocks += [("h", "Nature and Scope" if lang == "en" else ("Nature et étendue" if fr else "Nature and Scope / Nature et étendue")),
               ("p", ns if fr else NS_EN)]
    if lang == "bi":
        blocks.append(("p", NS_FR))
    # dimensions
    dims = []
    fte = unit_fte(p)
    if fr:
        dims = [("ETP", str(fte)), ("Salaires", money(p["salary"], ms)),
                ("F et E", money(p["om"], ms) if p["om"] is not None else "[à confirmer]")]
        if o.get("total", True) and p["total"] is not None:
            dims.append(("Total", money(p["total"], ms)))
    else:
        dims = [("FTEs" + (" / ETP" if lang == "bi" else ""), str(fte)),
                ("Salary" + (" / Salaires" if lang == "bi" else ""), money(p["salary"], ms)),
                ("O&M" + (" / F et E" if lang == "bi" else ""), money(p["om"], ms) if p["om"] is not None else "$X")]
        if o.get("total", True):
            dims.append(("Total", money(p["total"], ms) if p["total"] is not None else "$X"))
    blocks += [("h", "Dimensions"), ("kv", dims)]
    spec = SPEC_FR if fr else SPEC_EN
    picks = rng.sample(range(len(spec)), 6)
    blocks += [("h", "Activités principales" if fr else ("Specific Accountabilities" + (" / Activités principales" if lang == "bi" else ""))),
               ("li", [spec[i] for i in sorted(picks)], "num")]
    if lang == "bi":
        blocks.append(("li", [SPEC_FR[i] for i in sorted(rng.sample(range(len(SPEC_FR)), 4))], "num"))
    people = []
    if o.get("sign", True):
        a = o["approver"]
        people.append(a)
        blocks += [("h", "Approbation" if fr else ("Approval / Approbation" if lang == "bi" else "Approval")),
                   ("kv", [("Nom" if fr else "Name", a), ("Titre" if fr else "Title", sup_tfr if fr else sup_t),
                           ("Date", fdate(o.get("signed", date(2024, 1, 30)), ds))])]
    fields = truth_fields(p, position_number=posn if posn not in ("TBD", "") else None,
                          title=p["title_fr"] if fr else p["title"])
    if fr:
        fields["supervisor"]["title"] = sup_tfr
        fields["direct_reports"] = [{"title": r["title_fr"], "classification": r["classification"], "fte": r["fte"]}
                                    for r in p["reports"]]
    if not o.get("sup_posn", True):
        fields["supervisor"]["position_number"] = None
    fields["location"] = loc_full(p, "fr" if fr else "en")
    if o.get("no_ident_loc"):
        fields["location"] = None
    if not o.get("total", True):
        fields["total"] = None
    also = {"department": DEPT_FR if fr else DEPT, "fte": fte}
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    if fr:
        also["title_en"] = p["title"]
    return blocks, fields, also, people


def sysheader(p, o, lang="en"):
    run = o.get("run", date(2024, 2, 12))
    ds = o.get("hdate", "iso")
    L = lambda k: label(k, lang)  # noqa: E731
    rep = {"en": "Position Description Report", "fr": "Rapport de description de poste",
           "bi": "Rapport de description de poste / Position Description Report"}[lang]
    lines = [f"HRPOS017          {rep}" + " " * 6 + f"{'Page 1'}",
             f"GCHR 9.2 - {DEPT if lang == 'en' else DEPT_FR}" + " " * 8 + f"Run Date: {fdate(run, ds)} 08:14",
             f"As of Date / Date de référence: {fdate(run, ds)}" if lang != "en" else f"As of Date: {fdate(run, ds)}", ""]
    pairs = [(L("posn"), p["posn"]), (L("effdt"), fdate(p["effdt"], ds)), (L("job"), p["job"]),
             (L("dept"), f"{p['deptid']}  {p['dept_descr']}"), (L("loc"), f"{p['loc'][0]}  {p['loc'][1]}"),
             (L("rep"), p["sup"])]
    if o.get("hdr_cls"):
        g, lv = cls_parts(p["cls"])
        pairs += [(L("plan"), g), (L("grade"), lv)]
    pairs.append((L("fte"), "1.000000"))
    sep = "=" * 92
    att = {"en": "WORK DESCRIPTION (attached)", "fr": "DESCRIPTION DE TRAVAIL (jointe)",
           "bi": "DESCRIPTION DE TRAVAIL / WORK DESCRIPTION (jointe / attached)"}[lang]
    return [("pre", lines), ("kv", pairs, 44 if lang == "bi" else 26), ("pre", ["", sep, att, sep, ""])]


# ---------------------------------------------------------------- documents
DOCS = []  # (filename, kind, language, outcome, fields, not_stated extra, also, people, bytes)


def add(name, kind, lang, content, fields=None, also=None, people=(), outcome="import"):
    DOCS.append({"name": name, "kind": kind, "lang": lang, "outcome": outcome, "fields": fields,
                 "also": also or {}, "people": sorted(set(people)), "bytes": content})


def enc(lines_or_text, kind):
    text = lines_or_text if isinstance(lines_or_text, str) else "\n".join(lines_or_text) + "\n"
    if kind == "text-cp1252":
        return text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


def posdata_doc(key, name, kind, lang="en", codes=False, seed=0, damage=None, run=date(2024, 2, 12), **o):
    p = P[key]
    blocks = posdata_blocks(p, o, lang, codes, run)
    people = []
    if o.get("updated"):
        people.append(o["updated"][0])
    if o.get("job"):
        blocks += jobdata_blocks(p, o)
        people.append(o["job"][0])
    rows = rows_for(p, o)
    cur = max((r for r in rows if r[0] <= run), key=lambda r: r[0])
    assert cur[0] == p["effdt"]
    sup = {"title": SUPS[p["sup"]][0] if o.get("sup_descr") else None,
           "classification": SUPS[p["sup"]][2] if o.get("sup_cls") else None}
    reps = None
    if o.get("grid"):
        reps = [{"title": r["title"] if lang in ("en", "bi-en") else r["title_fr"], "classification": r["classification"],
                 "fte": None} for r in p["reports"]]
    fields = truth_fields(p, supervisor=sup, direct_reports=reps, salary=None, o_and_m=None, total=None)
    also = {"department": DEPT, "deptid": p["deptid"], "location_code": p["loc"][0],
            "form": "Position Data screen print" + (" (field names)" if codes else "") + (" + Job Data" if o.get("job") else ""),
            "note": "FTE 1.000000 is the position's own full-time equivalence, not the unit's FTEs"}
    if len(rows) > 1:
        also["rows"] = len(rows)
        also["current_row"] = p["effdt"]
        fut = [r[0] for r in rows if r[0] > run]
        if fut:
            also["future_row_ignored"] = fut[0]
    if lang in ("bi", "bi-en", "fr") or o.get("descr_fr"):
        also["title_fr"] = p["title_fr"]
    if o.get("job"):
        also["incumbent_pay_not_budget"] = int(o["job"][3])
    lines = text_lines(blocks)
    if kind == "pdf":
        content = pdf_from_lines(lines)
    elif kind in ("ocr", "ocr-columns"):
        content = enc(ocr(lines, seed, damage, f"Position Data   {p['posn']}   {run.isoformat()}", people), kind)
        also["damage"] = damage
    else:
        content = enc(lines, kind)
    add(name, kind, "bilingual" if lang.startswith("bi") else lang, content, fields, also, people)
    return p


def wd_doc(key, name, kind, lang="en", seed=0, damage=None, report=False, hlang=None, kv_table=True, **o):
    p = P[key]
    rng = random.Random(seed)
    o.setdefault("approver", APPROVERS[seed % len(APPROVERS)])
    if report:
        o["no_ident_loc"] = True
    blocks, fields, also, people = wd_blocks(p, lang, o, rng)
    if report:
        blocks = sysheader(p, o, hlang or lang) + blocks
        fields["location"] = p["loc"][1]
        fields["supervisor"]["position_number"] = p["sup"]
        also["form"] = "HRPOS017 position report with the work description attached"
        also["deptid"] = p["deptid"]
        also["note"] = "header FTE 1.000000 is the position's own; the unit's FTEs are in the dimensions"
    else:
        also["form"] = {"en1": "EXECUTIVE WORK DESCRIPTION", "en2": "EXECUTIVE GROUP POSITION DESCRIPTION",
                        "fr": "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "bi": "bilingual work description"}[
            o.get("form", "en1" if lang == "en" else lang)]
    for k in ("effdt_none",):
        if o.get(k):
            fields["effective_date"] = None
    if kind == "markdown":
        content = md_text(blocks).encode("utf-8")
    elif kind == "docx":
        content = docx_bytes(blocks, kv_table)
    else:
        lines = text_lines(blocks, 96 if kind != "ocr-columns" else 60)
        if kind == "pdf":
            content = pdf_from_lines(lines)
        elif kind == "ocr":
            content = enc(ocr(lines, seed, damage, f"DFO/MPO   {p['title']}   {p['cls']}", people), kind)
            also["damage"] = damage
        elif kind == "ocr-columns":
            left, right = [], []
            for b in blocks:
                if b[0] == "kv":
                    for k, v in b[1]:
                        left += ([k + ":"] if k else []) + ["  " + x for x in wrap(str(v), 40)]
                    left.append("")
                elif (b[0] in ("li", "pre", "grid") and b is not blocks[-1] and not (len(b) > 2 and b[2] == "num")):
                    left += text_lines([b], 42) + [""]
                elif b[0] == "h" and b[1].startswith(("Organization", "Dimensions", "Approval")):
                    left += [b[1].upper()]
                else:
                    right += text_lines([b], 56)
            lines = columns([x[:42] if len(x) <= 42 else x for x in sum((wrap(x, 42) for x in left), [])], right)
            content = enc(ocr(lines, seed, damage, f"DFO/MPO   {p['cls']}   {p['posn']}", people), "ocr")
            also["damage"] = damage
        else:
            content = enc(lines, kind)
    add(name, kind, "bilingual" if lang == "bi" else lang, content, fields, also, people)


def kv_doc(key, name, kind, style, seed=0, run=date(2024, 2, 12), lang="en", **o):
    """Key-value dumps and pipe-delimited extracts with effective-dated rows."""
    p = P[key]
    rows = rows_for(p, dict(o, order="asc"))
    ds = o.get("date", "ymd")
    out = []
    cols = ["POSITION_NBR", "EFFDT", "EFF_STATUS", "ACTION", "ACTION_REASON", "DESCR", "DEPTID", "JOBCODE",
            "LOCATION", "REPORTS_TO", "SAL_ADMIN_PLAN", "GRADE", "FTE", "STD_HOURS", "MAX_HEAD_COUNT"]
    if lang == "fr":
        cols[5] = "DESCR_FRA"

    def vals(r):
        effdt, action, reason, t_over, c_over, st = r
        g, lv = cls_parts(c_over or p["cls"])
        ttl = t_over or (p["title_fr"] if lang == "fr" else p["title"])
        return [p["posn"], fdate(effdt, ds), st, action[0], reason[0], ttl, p["deptid"], p["job"], p["loc"][0],
                p["sup"], g, lv, "1.000000", "37.50", "1"]
    if style == "pipe":
        out += [f"# PS_POSITION_DATA extract  POSITION_NBR={p['posn']}  run {fdate(run, 'iso')}  rows={len(rows)}",
                "|".join(cols)]
        out += ["|".join(vals(r)) for r in rows]
        out += ["", "# PS_LOCATION_TBL", "LOCATION|DESCR", f"{p['loc'][0]}|{p['loc'][1]}",
                "", "# PS_DEPT_TBL", "DEPTID|DESCR", f"{p['deptid']}|{p['dept_descr']}"]
    else:
        sep = "=" if style == "eq" else ": "
        title = "POSITION EXTRACT" if lang == "en" else "EXTRAIT DE POSTE"
        out += [f"{title} -- {p['posn']} -- {fdate(run, 'iso')}", ""]
        for i, r in enumerate(rows, 1):
            out.append(f"[ROW {i}/{len(rows)}]")
            for c, v in zip(cols, vals(r)):
                if c == "SAL_ADMIN_PLAN" and o.get("classif"):
                    out.append(f"CLASSIF{sep}{fcls(c_or(r, p), o['classif'])}")
                    continue
                if c == "GRADE" and o.get("classif"):
                    continue
                out.append(f"{c}{sep}{v}")
            out.append(f"LOCATION_DESCR{sep}{p['loc'][1]}")
            out.append("")
    fields = truth_fields(p, supervisor={"title": None, "classification": None}, direct_reports=None,
                          salary=None, o_and_m=None, total=None,
                          title=p["title_fr"] if lang == "fr" else p["title"])
    also = {"department": DEPT, "deptid": p["deptid"], "location_code": p["loc"][0], "rows": len(rows),
            "current_row": p["effdt"], "form": f"key-value extract ({style})",
            "note": "reports-to given by position number only; FTE 1.000000 is the position's own"}
    fut = [r[0] for r in rows if r[0] > run]
    if fut:
        also["future_row_ignored"] = fut[0]
    if lang == "fr":
        also["title_en"] = p["title"]
    add(name, kind, lang, enc(out, kind), fields, also, [])


def c_or(r, p):
    return r[4] or p["cls"]


# ---------------------------------------------------------------- the folder
def build():
    H = date  # noqa: N806
    # 1 DG Ecosystem Science: Position Data, labels, rows newest first, report grid
    posdata_doc("dgeco", "PositionData_00041210.txt", "text", grid=True, sup_descr=True, sup_cls=True,
                history=[(H(2017, 4, 3), ("NEW", "New Position"), ("REO", "Reorganization"), None, None, "A")],
                action=("POS", "Position Change"), reason=("TTL", "Title Change"),
                updated=(UPDATERS[0], H(2022, 3, 28)))
    # 2 Aquatic Ecosystem Science: field names, DD-MON-YYYY, reports-to by number only, old title in older row
    posdata_doc("aes", "Position Data - 00047213 (Dir Aquatic Ecosystem Science).pdf", "pdf", codes=True, date="dmon",
                history=[(H(2016, 6, 6), ("NEW", "New Position"), ("ORG", "Organizational Change"), P["aes"]["old_title"], None, "A")],
                action=("POS", "Position Change"), reason=("REO", "Reorganization"), grid=True)
    # 3 Oceans Science: scanned screen print (OCR middling)
    posdata_doc("ocs", "00047288 position print.txt", "ocr", seed=3, damage="middling", date="iso", sup_descr=True,
                history=[(H(2018, 9, 4), ("NEW", "New Position"), ("ORG", "Organizational Change"), None, None, "A")],
                action=("DTA", "Data Change"), reason=("LOC", "Location Change"), updated=(UPDATERS[1], H(2023, 6, 9)))
    # 4 Fish Population Science: position report + WD in Word
    wd_doc("fps", "Fish Population Science - position report 2023.docx", "docx", "en", seed=4, report=True,
           form="en1", reports="table", run=H(2023, 3, 2), hdate="dmon")
    # 5 RD Science Maritimes: position report PDF
    wd_doc("rdsmar", "HRPOS017_00052217_20240212.pdf", "pdf", "en", seed=5, report=True, form="en2", money="M",
           reports="bullets", hdr_cls=True, hdate="ymd")
    # 6 RD Sciences Quebec: French position report PDF
    wd_doc("rdsqc", "Rapport de poste 00052244 – Directrice régionale, Sciences, Québec.pdf", "pdf", "fr", seed=6,
           report=True, reports="bullets", hdate="iso")
    # 7 RD Science Gulf: bilingual Position Data labels
    posdata_doc("rdsgulf", "Position_00052230_bilingue.txt", "text", lang="bi", date="iso", sup_descr=True,
                sup_cls=True, grid=True, langreq="CBC   Bilingue impératif / Bilingual imperative",
                history=[(H(2015, 5, 19), ("NEW", "Nouveau poste / New Position"), ("ORG", "Réorganisation / Reorganization"), None, "EX-01", "A")],
                action=("RCL", "Reclassification"), reason=("RCL", "Reclassification"))
    # 8 RD Science Pacific: KEY=VALUE dump, YYYYMMDD, three rows with a future one
    kv_doc("rdspac", "posn 00052251 kv dump.txt", "text", "eq", date="ymd",
           history=[(H(2011, 2, 14), ("NEW", "New Position"), ("ORG", "Org"), P["rdspac"]["old_title"], "EX-01", "A"),
                    (H(2024, 4, 1), ("REO", "Reorganization"), ("REO", "Reorg"), "Regional Director, Ecosystem Science, Pacific", None, "A")],
           action=("RCL", "Reclassification"), reason=("RCL", "Reclass"))
    # 9 Fisheries Management Pacific: pipe-delimited extract, cp1252 CRLF
    kv_doc("frmpac", "extract_POSN_00053110.txt", "text-cp1252", "pipe", date="ymd",
           history=[(H(2014, 7, 7), ("NEW", "New Position"), ("ORG", "Org"), "Director, Resource Management, Pacific", None, "I")],
           action=("POS", "Position Change"), reason=("TTL", "Title Change"))
    # 10 DG FRM: plain Markdown WD
    wd_doc("dgfrm", "DG Fisheries Resource Management - EX-03 work description.md", "markdown", "en", seed=10,
           form="en1", reports="bullets", money="full")
    # 11 Fisheries Policy and Frameworks: signed PDF WD
    wd_doc("fpf", "Director, Fisheries Policy and Frameworks - signed.pdf", "pdf", "en", seed=11, form="en2",
           reports="lines", money="K", date="dlong")
    # 12 Indigenous Fisheries Programs: Word WD, bold-label paragraphs, table of reports
    wd_doc("ifp", "Indigenous Fisheries Programs WD.docx", "docx", "en", seed=12, form="en1", reports="table",
           kv_table=False)
    # 13 Licensing & Allocation Operations: Position Data + Job Data
    posdata_doc("lao", "Licensing and Allocation Ops - Position Data + Job Data.txt", "text", date="iso", grid=True,
                sup_descr=True, job=(PEOPLE["lao"], "000471238", H(2019, 8, 12), 176431.00),
                action=("POS", "Position Change"), reason=("DEP", "Department Change"),
                history=[(H(2019, 8, 12), ("NEW", "New Position"), ("ORG", "Organizational Change"), None, None, "A")])
    # 14 C&P Operations: heavy scan of a plain WD
    wd_doc("cpo", "C&P Operations 00047460 scan.txt", "ocr", "en", seed=14, damage="heavy", form="en2",
           reports="bullets", money="full")
    # 15 AIS Program ED: bilingual position report in Word
    wd_doc("ais", "AIS Program ED – position report.docx", "docx", "bi", seed=15, report=True, hlang="bi",
           form="bi", reports="bullets", date="iso")
    # 16 FFHPP Operations: Word DRAFT with blanks
    wd_doc("ffhpp", "FFHPP Ops Director DRAFT.docx", "docx", "en", seed=16, form="en1", posn="TBD",
           effdt_text="[insert date]", effdt_none=True, reports="bullets", sign=False)
    # 17, 18 Species at Risk: Position Data printed twice
    for nm in ("Species at Risk - Position Data.pdf", "Species at Risk - Position Data (1).pdf"):
        posdata_doc("sar", nm, "pdf", date="us", grid=True, sup_cls=True, cls="space",
                    action=("POS", "Position Change"), reason=("FTE", "FTE Change"))
    # 19 Workforce Planning and Classification: report + WD, cp1252 CRLF
    wd_doc("wpc", "Workforce Planning and Classification 00048101.txt", "text-cp1252", "en", seed=19, report=True,
           form="en1", reports="lines", money="full", hdate="dmon")
    # 20 Labour Relations and Wellness: French Word WD
    wd_doc("lrw", "Relations de travail et mieux-être – description de travail.docx", "docx", "fr", seed=20,
           reports="table")
    # 21 Executive Group Management: "Field: value" dump with CLASSIF 'EX    01'
    kv_doc("egm", "exec group mgmt posn.txt", "text", "colon", date="dmon", classif="space",
           history=[(H(2012, 10, 1), ("NEW", "New Position"), ("ORG", "Org"), "Director, Executive Services", None, "A")],
           action=("POS", "Position Change"), reason=("TTL", "Title Change"))
    # 22 DG HR & Workplace Services: Position Data with the grid of directors
    posdata_doc("dghr", "PositionData_00041601.txt", "text", date="dmon", grid=True, sup_descr=True, sup_cls=True,
                updated=(UPDATERS[2], H(2020, 10, 27)))
    # 23 HR Systems and Pay Stabilization: Position Data + Job Data printed to PDF
    posdata_doc("hrsys", "HR Systems and Pay Stabilization - Phoenix print.pdf", "pdf", codes=True, date="ymd",
                job=(PEOPLE["hrsys"], "000502117", H(2021, 11, 29), 158904.00),
                history=[(H(2021, 11, 29), ("NEW", "New Position"), ("ORG", "Organizational Change"), "Director, Pay Stabilization", None, "A")],
                action=("POS", "Position Change"), reason=("TTL", "Title Change"))
    # 24 Financial Planning and Analysis: light scan of a position report
    wd_doc("fpa", "FPA director 00048203 OCR.txt", "ocr", "en", seed=24, damage="light", report=True, form="en1",
           reports="bullets", money="K", hdate="iso")
    # 25, 26 Real Property Planning Arctic: 2019 two-column scan, 2023 signed PDF
    old = dict(P["rpa"])
    P["rpa_2019"] = dict(old, effdt=H(2019, 6, 3), salary=1120000, om=2410000, total=3530000,
                         reports=old["reports"][:2], key="rpa")
    wd_doc("rpa_2019", "Real Property Planning Arctic, 2019.txt", "ocr-columns", "en", seed=25, damage="middling",
           form="en1", reports="lines", money="full", signed=H(2019, 6, 3))
    wd_doc("rpa", "Real Property Planning Arctic - signed 2023.pdf", "pdf", "en", seed=26, form="en1",
           reports="bullets", money="full", signed=H(2023, 4, 24))
    # 27 Gestion des pêches Golfe: French Markdown WD
    wd_doc("fmgulf", "Directeur, Gestion des pêches, Golfe.md", "markdown", "fr", seed=27, reports="bullets")
    # 28 SCH NL: Position Data labels, cp1252, MM/DD/YYYY
    posdata_doc("schnl", "SCH NL Director position data.txt", "text-cp1252", date="us", grid=True, sup_descr=True,
                history=[(H(2013, 3, 18), ("NEW", "New Position"), ("ORG", "Organizational Change"), None, None, "A")],
                action=("POS", "Position Change"), reason=("LOC", "Location Change"))
    # 29, 30 Aquaculture Management: 2021 Position Data PDF, 2024 position report in Word
    P["aqm_2021"] = dict(P["aqm"], effdt=H(2021, 3, 29), key="aqm")
    posdata_doc("aqm_2021", "Aquaculture Mgmt posn 00047541 — 2021.pdf", "pdf", date="slash", sup_descr=True,
                run=H(2021, 4, 6), action=("NEW", "New Position"), reason=("ORG", "Organizational Change"))
    wd_doc("aqm", "Aquaculture Mgmt posn 00047541 — 2024 report.docx", "docx", "en", seed=30, report=True,
           form="en1", reports="table", money="full", hdate="ymd")
    # 31 Results and Delivery: Markdown, supervisor without number
    wd_doc("rdo", "Results and Delivery director.md", "markdown", "en", seed=31, form="en2", reports="lines",
           sup_posn=False, money="M", total=False)
    # 32 ODIM: middling scan of a position report
    wd_doc("odim", "ODIM ED scan p1-3.txt", "ocr", "en", seed=32, damage="middling", report=True, form="en1",
           reports="bullets", money="M", hdate="dmon")
    # 33 Politique des océans: French signed PDF
    wd_doc("opol", "Politique des océans - Directrice (signé).pdf", "pdf", "fr", seed=33, reports="lines")
    # 34 Marine Planning Pacific: bilingual Position Data PDF (English first)
    posdata_doc("mpcpac", "Marine Planning Pacific_position data_FR-EN.pdf", "pdf", lang="bi-en", date="dmon",
                grid=True, sup_descr=True, langreq="CBC   Bilingual imperative / Bilingue impératif",
                action=("POS", "Position Change / Modification"), reason=("TTL", "Title Change / Changement de titre"),
                history=[(H(2020, 1, 13), ("NEW", "New Position / Nouveau poste"), ("ORG", "Org"), "Director, Marine Conservation, Pacific", None, "A")],
                old_title_fr="Directeur, Conservation marine, Pacifique")
    # 35 RDG Maritimes: two-column scan of a plain WD
    wd_doc("rdgmar", "RDG Maritimes 00040310.txt", "ocr-columns", "en", seed=35, damage="light", form="en1",
           reports="lines", money="M")
    # 36 Aquatic Ecosystem Science: the 2021 Word WD (version of 2)
    wd_doc("aes", "Aquatic Ecosystem Science - WD 2021.docx", "docx", "en", seed=36, form="en1", reports="bullets",
           money="full", signed=H(2021, 9, 27))
    # 37 Fisheries Policy and Frameworks: position history extract (version of 11)
    kv_doc("fpf", "GMR_POSN_HIST_00047420.txt", "text", "pipe", date="iso",
           history=[(H(2018, 4, 1), ("NEW", "New Position"), ("ORG", "Org"), "Director, Fisheries Policy", None, "A"),
                    (H(2021, 6, 14), ("POS", "Position Change"), ("TTL", "Title"), "Director, Fisheries Policy and Renewal", None, "A")],
           action=("POS", "Position Change"), reason=("TTL", "Title"))
    # 38 RD Science Gulf: bilingual Word WD (version of 7)
    wd_doc("rdsgulf", "Regional Director Science Gulf - WD FR-EN.docx", "docx", "bi", seed=38, form="bi",
           reports="table", date="iso", money="full")
    # 39 Oceans Science: plain UTF-8 WD (version of 3)
    wd_doc("ocs", "Oceans Science Director - work description.txt", "text", "en", seed=39, form="en1",
           reports="bullets", money="full")
    # 40 Labour Relations and Wellness: light scan of the Position Data (version of 20)
    posdata_doc("lrw", "Dir Labour Relations 00048114 pos data.txt", "ocr", seed=40, damage="light", codes=True,
                date="dmon", sup_descr=True, action=("POS", "Position Change"), reason=("TTL", "Title Change"))
    # 41 Executive Group Management: plain PDF WD (version of 21)
    wd_doc("egm", "Director, Executive Group Management (EX-01) – work description.pdf", "pdf", "en", seed=41,
           form="en1", reports="bullets", money="full", date="dlong")
    # 42 DG C&P: bilingual Position Data PDF (French first)
    posdata_doc("dgcp", "DG C&P position data 00041350.pdf", "pdf", lang="bi", date="iso", grid=True,
                sup_descr=True, sup_cls=True, cls="nodash", langreq="CBC   Bilingue impératif / Bilingual imperative",
                action=("POS", "Modification / Position Change"), reason=("RCL", "Reclassification"))
    # 43 RD Fisheries Management NL: Word WD, table identification
    wd_doc("fmnl", "Regional Director, Fisheries Management, NL (EX-02).docx", "docx", "en", seed=43, form="en2",
           reports="bullets", money="K")
    # 44 DGR Québec: French KV extract
    kv_doc("rdgqc", "extrait poste 00040330 DGR Québec.txt", "text", "colon", lang="fr", date="iso",
           history=[(H(2016, 11, 7), ("NEW", "Nouveau poste"), ("ORG", "Réorg"), "Directeur général régional, Québec", None, "A")],
           action=("POS", "Modification"), reason=("TTL", "Titre"))
    refusals()


def refusals():
    # headcount report (PDF)
    lines = ["GCHR 9.2 - Fisheries and Oceans Canada            Run Date: 2024-02-05 07:00",
             "HRHC022   Headcount by Department and Classification - Executives and Feeder Groups",
             "As of Date: 2024-01-31        Population: Active, Regular and Term, Paid", "",
             "DEPTID  Department Description            Group/Level   Headcount   FTE      Vacant Posns"]
    rng = random.Random(101)
    for dept, descr in [("41800", "Ecosystem Science Directorate"), ("41872", "Aquatic Ecosystem Science Dir"),
                        ("41900", "Fisheries Resource Mgmt Dir Gen"), ("48000", "HR & Workplace Svcs DG"),
                        ("52200", "Science Br - Maritimes"), ("53100", "Fisheries Mgmt - Pacific")]:
        for cl in ("EX-03", "EX-02", "EX-01", "EC-07", "BI-05", "PE-06"):
            hc = rng.randrange(0, 9)
            lines.append(f"{dept}   {descr:<34}{cl:<14}{hc:>9}   {hc:>6}.00  {rng.randrange(0, 3):>8}")
    lines += ["", "Cells under 5 are not suppressed in this internal report. Do not distribute.", "Total headcount: 142"]
    add("Headcount by DEPTID - EX and feeders - Feb 2024.pdf", "pdf", "en", pdf_from_lines(lines), outcome="refuse",
        also={"what": "headcount report by DEPTID and group/level"})
    # vacancy list (cp1252)
    lines = ["VACANT POSITIONS - EX GROUP - as of 2024-02-01", "Prepared by: " + UPDATERS[3], "",
             "POSN_NBR  | TITLE                                              | CLASS | DEPTID | VACANT SINCE | STAFFING ACTION",
             "00047470  | Director, Conservation and Protection Policy       | EX-01 | 41950  | 2023-11-17   | Advertised (EX-01 pool)",
             "00052260  | Regional Director, Fisheries Management, Maritimes | EX-02 | 52000  | 2023-08-31   | Acting (4 months)",
             "00064910  | Director, Resource Management                      | EX-01 | 53410  | 2024-01-05   | Deployment in progress",
             "00041390  | Director General, Oceans Policy                    | EX-03 | 41990  | 2023-12-15   | Assignment from PCO",
             "", "Note: acting appointments over 4 months require the DM's approval ('EX Acting Appointments' directive)."]
    add("Vacant positions list 2024-02 (EX).txt", "text-cp1252", "en", enc(lines, "text-cp1252"), outcome="refuse",
        also={"what": "vacancy list of four EX positions"}, people=[UPDATERS[3]])
    # system error page
    lines = ["Erreur / Error", "", "GCHR Position Management 9.2",
             "Vous n'êtes pas autorisé à accéder à cette composante. / You are not authorized to access this component. (158,30)",
             "", "Page: POSITION_DATA1   Component: POSITION_DATA   Menu: ORGANIZATIONAL_DEVELOPMENT",
             "URL: https://gchr.example/psc/HRPRD/EMPLOYEE/HRMS/c/ORGANIZATIONAL_DEVELOPMENT.POSITION_DATA.GBL?POSITION_NBR=00047470",
             "", "Détails techniques / Technical details:",
             "java.lang.IllegalStateException: PSAPPSRV session timed out",
             "    at psft.pt8.jolt.JoltSession.call(JoltSession.java:412)",
             "    at psft.pt8.psc.PSCServlet.service(PSCServlet.java:1987)",
             "Return / Retour   Sign out / Déconnexion", "",
             "Date/heure: 2024-02-12 14:41:09   Utilisateur / User: position-steward-03"]
    add("Position Data - error.txt", "text", "bilingual", enc(lines, "text"), outcome="refuse",
        also={"what": "system error page for position 00047470"})
    # reports-to hierarchy extract (Word table)
    rows = []
    for k in ("dgeco", "aes", "ocs", "fps", "odim"):
        p = P[k]
        rows.append([p["posn"], p["title"], p["cls"], p["sup"], p["deptid"]])
    for r in P["aes"]["reports"]:
        rows.append([r["posn"], r["title"], r["classification"], "00047213", "41872"])
    blocks = [("title", "Reports-To Hierarchy Extract - DEPTID 41800 tree"),
              ("p", "Query HR_RPTS_TO_TREE run 2024-02-12 for DEPTID 41800 and its children. Rows: " + str(len(rows)) + "."),
              ("grid", ["POSITION_NBR", "DESCR", "CLASSIF", "REPORTS_TO", "DEPTID"], rows),
              ("p", "Extract requested by " + UPDATERS[4] + " for the organizational chart update.")]
    add("Reports-to hierarchy 41872 extract.docx", "docx", "en", docx_bytes(blocks), outcome="refuse",
        also={"what": "reports-to tree of 13 positions"}, people=[UPDATERS[4]])
    # scan without a text layer
    add("scan0007.pdf", "pdf", "en", pdf_bytes(["", "", ""]), outcome="refuse",
        also={"what": "three scanned pages without a text layer"})
    # French memo
    memo = ("# Note de service\n\n**Destinataires :** Gestionnaires de la direction (EX)  \n**Expéditrice :** "
            f"{UPDATERS[5]}, Planification de l'effectif et classification  \n**Date :** 5 février 2024  \n"
            "**Objet :** Nettoyage des données de gestion des postes avant la migration\n\n"
            "Dans le cadre de la migration vers la nouvelle solution de RH, nous vous demandons de vérifier les "
            "données de vos postes (numéro de poste, code d'emploi, poste supérieur, emplacement) avant le 1er mars 2024. "
            "Par exemple, le poste 00047213 (EX-01) relève toujours du poste 00041210 dans le système.\n\n"
            "Les rangées à date d'effet future (p. ex. le 1er avril 2024) seront migrées telles quelles.\n\n"
            "Merci de votre collaboration.\n")
    add("Note de service - nettoyage des données de postes.md", "markdown", "fr", memo.encode("utf-8"), outcome="refuse",
        also={"what": "memo asking managers to check their position data"}, people=[UPDATERS[5]])


VERSIONS = [
    (["Position Data - 00047213 (Dir Aquatic Ecosystem Science).pdf", "Aquatic Ecosystem Science - WD 2021.docx"],
     "Position Data - 00047213 (Dir Aquatic Ecosystem Science).pdf", False,
     "the 2021 work description and the 2024 system print of the same position; the print's current row is the WD's date"),
    (["00047288 position print.txt", "Oceans Science Director - work description.txt"],
     "00047288 position print.txt", False, "system print (run 2024) and the work description of the same position, same effective date"),
    (["Position_00052230_bilingue.txt", "Regional Director Science Gulf - WD FR-EN.docx"],
     "Position_00052230_bilingue.txt", False, "system print (run 2024) and the bilingual work description, same effective date"),
    (["Director, Fisheries Policy and Frameworks - signed.pdf", "GMR_POSN_HIST_00047420.txt"],
     "GMR_POSN_HIST_00047420.txt", False, "the signed work description and the position's history extract"),
    (["Species at Risk - Position Data.pdf", "Species at Risk - Position Data (1).pdf"],
     "Species at Risk - Position Data.pdf", True, "printed twice"),
    (["Relations de travail et mieux-être – description de travail.docx", "Dir Labour Relations 00048114 pos data.txt"],
     "Dir Labour Relations 00048114 pos data.txt", False, "French work description and the scanned system print"),
    (["exec group mgmt posn.txt", "Director, Executive Group Management (EX-01) – work description.pdf"],
     "exec group mgmt posn.txt", False, "system dump (run 2024) and the work description, same effective date"),
    (["Real Property Planning Arctic, 2019.txt", "Real Property Planning Arctic - signed 2023.pdf"],
     "Real Property Planning Arctic - signed 2023.pdf", False,
     "2019: two reports, salary $1,120,000, O&M $2,410,000; 2023: a third report and higher budgets"),
    (["Aquaculture Mgmt posn 00047541 — 2021.pdf", "Aquaculture Mgmt posn 00047541 — 2024 report.docx"],
     "Aquaculture Mgmt posn 00047541 — 2024 report.docx", False,
     "2021 print of the new position (effective 2021-03-29); 2024 report with the work description effective 2024-01-08"),
]
IN_CORPUS = {"00041210": "PositionData_00041210.txt", "00041601": "PositionData_00041601.txt",
             "00041330": "DG Fisheries Resource Management - EX-03 work description.md",
             "00041350": "DG C&P position data 00041350.pdf", "00040310": "RDG Maritimes 00040310.txt",
             "00040330": "extrait poste 00040330 DGR Québec.txt"}


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    build()
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    vmap = {}
    for docs, newest, same, note in VERSIONS:
        for n in docs:
            assert n in names, n
            vmap[n] = {"documents": docs, "newest": newest, "same_text": same, "note": note}
    for d in DOCS:
        (corpus / d["name"]).write_bytes(d["bytes"])
        also = dict(d["also"])
        f = d["fields"]
        if f and f["supervisor"]["position_number"] in IN_CORPUS:
            also["reports_to_in_corpus"] = IN_CORPUS[f["supervisor"]["position_number"]]
        doc = {"document": d["name"], "kind": d["kind"], "language": d["lang"], "outcome": d["outcome"],
               "fields": f, "not_stated": not_stated(f) if f else None, "also": also or None,
               "people": d["people"] or None, "versions": vmap.get(d["name"])}
        if d["outcome"] == "import" and d["bytes"][:4] == b"PK\x03\x04":
            pass
        text = yaml.dump(doc, Dumper=NoAlias, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
        (expected / (d["name"] + ".expected.yaml")).write_text(text, encoding="utf-8")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
