"""Generate blind163: executive work descriptions that went through format conversions.

Run from the repository root: python bench/import/blind163/make_blind.py
Writes corpus/ and expected/ next to this file; the same bytes on every run.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(163)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ---------------------------------------------------------------- positions
RANKS = [  # (en, fr, level, supervisor en, supervisor fr, supervisor level)
    ("Director", "Directeur", "EX-01", "Director General", "Directeur général", "EX-03"),
    ("Director", "Directeur", "EX-01", "Executive Director", "Directeur exécutif", "EX-02"),
    ("Senior Director", "Directeur principal", "EX-02", "Director General", "Directeur général", "EX-03"),
    ("Executive Director", "Directeur exécutif", "EX-02", "Director General", "Directeur général", "EX-03"),
    ("Director General", "Directeur général", "EX-03", "Assistant Deputy Minister", "Sous-ministre adjoint", "EX-04"),
]


def person():
    return f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"


def make_position(i):
    rank = RANKS[[0, 0, 1, 2, 3, 4, 0, 3][i % 8]]
    area_en, area_fr = T.AREAS[i]
    sa_en, sa_fr = T.SUP_AREAS[R.randrange(len(T.SUP_AREAS))]
    dep = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
    place = T.PLACES[R.randrange(len(T.PLACES))]
    n_rep = R.randint(2, 5)
    kinds = R.sample(T.REPORT_KINDS, n_rep)
    reports = []
    for k_en, k_fr, lvl in kinds:
        if rank[2] == "EX-03" and k_en.startswith("Manager") and R.random() < 0.6:
            k_en, k_fr, lvl = (k_en.replace("Manager", "Director"), k_fr.replace("Gestionnaire", "Directeur"), "EX-01")
        fte = None if k_en.startswith(("Senior Advisor", "Administrative")) else R.randint(4, 40)
        if R.random() < 0.08:
            lvl = None
        reports.append({"title": k_en, "title_fr": k_fr, "classification": lvl, "fte": fte})
    salary = R.randrange(90, 900) * 10000 if rank[2] != "EX-03" else R.randrange(400, 1500) * 10000
    om = R.randrange(5, 300) * 1000 if R.random() < 0.4 else R.randrange(3, 120) * 10000
    d = dt.date(R.choice([2021, 2022, 2023, 2024, 2025]), R.randint(1, 12), R.choice([1, 1, 15, R.randint(2, 28)]))
    p = {
        "title": f"{rank[0]}, {area_en}", "title_fr": f"{rank[1]}, {area_fr}",
        "classification": rank[2],
        "job_code": str(R.randint(100100, 109999)) if R.random() < 0.75 else None,
        "position_number": str(R.randint(10000, 999999)) if R.random() < 0.85 else None,
        "effective_date": d if R.random() < 0.85 else None,
        "supervisor": {"position_number": str(R.randint(10000, 99999)) if R.random() < 0.7 else None,
                       "title": f"{rank[3]}, {sa_en}", "title_fr": f"{rank[4]}, {sa_fr}",
                       "classification": rank[5]},
        "reports": reports if R.random() < 0.93 else None,
        "salary": salary, "o_and_m": om, "total": salary + om, "show_total": R.random() < 0.8,
        "location": place[0], "location_fr": place[1],
        "department": dep[0], "department_fr": dep[1],
        "fte": sum(r["fte"] or 1 for r in reports) + R.randint(1, 20) if R.random() < 0.5 else None,
        "area_en": area_en, "area_fr": area_fr,
        "people": [],
    }
    return p


# ---------------------------------------------------------------- notations
def money(v, lang, style):
    if lang == "fr":
        if style == "m" and v % 10000 == 0:
            return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == "k" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "m" and v % 10000 == 0:
        return f"${v / 1e6:.2f}M"
    return f"${v:,}"


def date_text(d, lang, style):
    if d is None:
        return None
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if style != "iso" else d.isoformat()
    return {"long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            "iso": d.isoformat(), "slash": f"{d.year}/{d.month:02d}/{d.day:02d}"}[style]


# ---------------------------------------------------------------- logical content
def blocks(p, lang, form):
    """A list of blocks: ('h', text) ('kv', label, value) ('p', text) ('table', rows) ('bullets', items)."""
    fr = lang == "fr"
    L = "fr" if fr else "en"
    ms, ds = R.choice(["full", "k", "m", "full"]), R.choice(["long", "dmy", "iso", "slash"])
    if fr:
        ds = R.choice(["text", "text", "iso"])
    sup = p["supervisor"]
    title = p["title_fr"] if fr else p["title"]
    sup_title = sup["title_fr"] if fr else sup["title"]
    pn = p["position_number"]
    pn_txt = pn if pn else R.choice(["NEW", "TBD", "Vacant", None] if not fr else ["NOUVEAU", "À déterminer", None])
    jc_txt = p["job_code"] if p["job_code"] else R.choice(["N/A", None] if not fr else ["s.o.", None])
    b = []
    if lang == "bil":
        b.append(("h", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"))
        labels = [("Position Title / Titre du poste", p["title"]), ("Titre du poste (français)", p["title_fr"]),
                  ("Classification / Groupe et niveau", p["classification"]),
                  ("Position Number / Numéro de poste", pn_txt), ("Job Code / Code d'emploi", jc_txt),
                  ("Effective Date / Date d'entrée en vigueur", date_text(p["effective_date"], "en", ds)),
                  ("Department / Ministère", f"{p['department']} / {p['department_fr']}"),
                  ("Location / Lieu", p["location"]),
                  ("Reports to / Relève de", sup["title"]),
                  ("Supervisor's Classification / Groupe et niveau du superviseur", sup["classification"]),
                  ("Supervisor's Position Number / Numéro de poste du superviseur", sup["position_number"])]
    elif fr:
        b.append(("h", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"))
        labels = [("Titre du poste", title), ("Groupe et niveau", p["classification"]),
                  ("Numéro de poste", pn_txt), ("Code d'emploi", jc_txt),
                  ("Date d'entrée en vigueur", date_text(p["effective_date"], "fr", ds)),
                  ("Ministère", p["department_fr"]), ("Lieu", p["location_fr"]),
                  ("Relève de", sup_title), ("Groupe et niveau du superviseur", sup["classification"]),
                  ("Numéro de poste du superviseur", sup["position_number"])]
    elif form == "caps":
        b.append(("h", "EXECUTIVE GROUP POSITION DESCRIPTION"))
        labels = [("TITLE", title), ("GROUP/LEVEL", p["classification"]), ("POSITION NO.", pn_txt),
                  ("JOB CODE", jc_txt), ("EFFECTIVE", date_text(p["effective_date"], "en", ds)),
                  ("DEPARTMENT", p["department"]), ("LOCATION", p["location"]),
                  ("REPORTS TO", f"{sup_title} ({sup['classification']})"
                   + (f", position {sup['position_number']}" if sup["position_number"] else ""))]
    else:
        b.append(("h", "Executive Work Description"))
        labels = [("Position Title", title), ("Classification", p["classification"]),
                  ("Position Number", pn_txt), ("Job Code", jc_txt),
                  ("Effective Date", date_text(p["effective_date"], "en", ds)),
                  ("Department", p["department"]), ("Location", p["location"]),
                  ("Supervisor's Position Title", sup_title), ("Supervisor's Group and Level", sup["classification"]),
                  ("Supervisor's Position Number", sup["position_number"])]
    for k, v in labels:
        if v is not None:
            b.append(("kv", k, v))
    area = p["area_fr"] if fr else p["area_en"]
    stitle = sup_title
    if lang == "bil":
        b.append(("h", "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE"))
        b.append(("p", T.GA_EN.format(sup=sup["title"], title=p["title"], area=p["area_en"])))
        b.append(("p", T.GA_FR.format(sup=sup["title_fr"], title=p["title_fr"], area=p["area_fr"])))
    else:
        b.append(("h", "RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY"))
        b.append(("p", (T.GA_FR if fr else T.GA_EN).format(sup=stitle, title=title, area=area)))
    b.append(("h", {"fr": "STRUCTURE ORGANISATIONNELLE", "en": "ORGANIZATION STRUCTURE",
                    "bil": "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE"}.get(lang, "")))
    reps = p["reports"]
    rl = "fr" if fr else "en"
    if reps is None:
        b.append(("p", "Le poste n'a aucun subordonné direct; il s'appuie sur les ressources de la direction générale."
                  if fr else "The position has no direct reports; it draws on the resources of the branch."))
        p["_layout"] = "none"
    else:
        layout = R.choice(["table", "table", "bullets", "sentence"])
        p["_layout"] = layout
        def rt(r):
            return r["title_fr"] if fr else r["title"]
        if layout == "table":
            head = {"fr": ["Poste", "Groupe et niveau", "ETP"], "en": ["Position", "Group/Level", "FTEs"],
                    "bil": ["Position / Poste", "Group/Level / Groupe et niveau", "FTEs / ETP"]}[lang]
            rows = [head] + [[rt(r), r["classification"] or "", "" if r["fte"] is None else str(r["fte"])]
                             for r in reps]
            b.append(("p", "Les postes suivants relèvent directement du titulaire :" if fr
                      else "The following positions report directly to the position:"))
            b.append(("table", rows))
        elif layout == "bullets":
            items = []
            for r in reps:
                lv = f" ({r['classification']})" if r["classification"] else ""
                f = (f" – {r['fte']} ETP" if fr else f" – {r['fte']} FTEs") if r["fte"] is not None else \
                    (" – aucun personnel" if fr else " – no staff")
                items.append(rt(r) + lv + f)
            b.append(("p", "Relèvent du titulaire :" if fr else "Direct reports:"))
            b.append(("bullets", items))
        else:
            parts = []
            for r in reps:
                lv = f" ({r['classification']})" if r["classification"] else ""
                if r["fte"] is None:
                    parts.append(f"le {rt(r)}{lv}, sans personnel" if fr else f"the {rt(r)}{lv}, with no staff")
                else:
                    parts.append(f"le {rt(r)}{lv}, qui dirige {r['fte']} ETP" if fr
                                 else f"the {rt(r)}{lv}, who leads {r['fte']} FTEs")
            b.append(("p", ("Relèvent du poste : " if fr else "Reporting to the position are ") + "; ".join(parts) + "."))
    b.append(("h", {"fr": "NATURE ET PORTÉE", "en": "NATURE AND SCOPE", "bil": "NATURE AND SCOPE / NATURE ET PORTÉE"}[lang]))
    b.append(("p", (T.NS_FR if fr else T.NS_EN).format(sup=stitle)))
    b.append(("h", {"fr": "DIMENSIONS", "en": "DIMENSIONS", "bil": "DIMENSIONS"}[lang]))
    if p["fte"] is not None:
        b.append(("kv", "ETP" if fr else ("FTEs / ETP" if lang == "bil" else "FTEs"), str(p["fte"])))
    b.append(("kv", "Salaires" if fr else ("Salary / Salaires" if lang == "bil" else "Salary"), money(p["salary"], rl, ms)))
    b.append(("kv", "F et E" if fr else ("O&M / F et E" if lang == "bil" else "O&M"), money(p["o_and_m"], rl, ms)))
    if p["show_total"]:
        b.append(("kv", "Total", money(p["total"], rl, ms)))
    b.append(("h", {"fr": "ACTIVITÉS PRINCIPALES", "en": "SPECIFIC ACCOUNTABILITIES",
                    "bil": "SPECIFIC ACCOUNTABILITIES / ACTIVITÉS PRINCIPALES"}[lang]))
    b.append(("bullets", [s.format(area=area) for s in (T.SA_FR if fr else T.SA_EN)]))
    # signatures
    b.append(("h", {"fr": "SIGNATURES", "en": "SIGNATURES", "bil": "SIGNATURES"}[lang]))
    n1, n2 = person(), person()
    p["people"] += [n1, n2]
    if fr:
        b.append(("kv", "Titulaire", n1)); b.append(("kv", "Superviseur", f"{n2}, {stitle}"))
    else:
        b.append(("kv", "Incumbent" if lang == "en" else "Incumbent / Titulaire", n1))
        b.append(("kv", "Supervisor" if lang == "en" else "Supervisor / Superviseur", f"{n2}, {sup['title']}"))
    if R.random() < 0.5:
        n3 = person(); p["people"].append(n3)
        b.append(("kv", "Classifié par" if fr else "Classified by", n3))
    p["_money"], p["_date"] = ms, ds
    p["_pn_printed"] = pn_txt
    return b


# ---------------------------------------------------------------- text layout helpers
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def lines_of(b, width=92, table="spaces", kvsep=": "):
    out = []
    for blk in b:
        if blk[0] == "h":
            out += ["", blk[1]]
        elif blk[0] == "kv":
            out.append(f"{blk[1]}{kvsep}{blk[2]}")
        elif blk[0] == "p":
            out += wrap(blk[1], width)
        elif blk[0] == "bullets":
            for it in blk[1]:
                w = wrap(it, width - 4)
                out.append("•  " + w[0]); out += ["   " + x for x in w[1:]]
        elif blk[0] == "table":
            rows = blk[1]
            if table == "tabs":
                out += ["\t".join(r) for r in rows]
            else:
                ws = [max(len(r[c]) for r in rows) + 3 for c in range(3)]
                out += ["".join(r[c].ljust(ws[c]) for c in range(3)).rstrip() for r in rows]
    return out


def paginate(lines, per_page, header, footer):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    return [[header(k + 1, n), ""] + pg + ["", footer(k + 1, n)] for k, pg in enumerate(pages)], n


# ---------------------------------------------------------------- docx helpers
FIXED = dt.datetime(2024, 5, 6, 9, 30, 0)


def save_docx(d, path):
    cp = d.core_properties
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "hrkit-bench"
    cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, zin.read(name))
    path.write_bytes(out.getvalue())


def textbox_paragraph(d, lines):
    """A paragraph anchoring a VML text box holding ``lines`` (as a PDF converter leaves a heading)."""
    inner = "".join(f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
                    for t in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="TextBox1" type="#_x0000_t202" '
           'style="position:absolute;margin-left:40pt;margin-top:36pt;width:500pt;height:48pt;z-index:1">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = d.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_from_pdf(b, p, lang, variant):
    """A PDF converted back to Word: each line a paragraph, tables as tab lines, heading in a text box
    at the first page's end, soft hyphens at some line ends, no-break spaces."""
    lines = lines_of(b, width=84, table="tabs")
    title_head = [x for x in lines if x and x == b[0][1]]
    lines = [x for x in lines if x != b[0][1]]
    if variant["columns"]:  # the label block laid out in two columns, read across
        kvs = [i for i, blk in enumerate(b) if blk[0] == "kv"][:8]
        kvl = [f"{b[i][1]}: {b[i][2]}" for i in kvs]
        left, right = kvl[0::2], kvl[1::2]
        merged = []
        for l_, r_ in zip(left, right + [""] * (len(left) - len(right))):
            lw = wrap(l_, 44)
            merged.append((lw[0].ljust(48) + r_).rstrip())
            merged += lw[1:]
        lines = [x for x in lines if x not in kvl]
        lines = merged + lines
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    hdr = "PROTECTED B / PROTÉGÉ B" if lang != "en" else "PROTECTED B"
    per = 40
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    for k, pg in enumerate(pages):
        d.add_paragraph(hdr)
        fixed = []
        carry = ""
        for ln in pg:
            ln = (carry + " " + ln).strip() if carry and ln else (carry or ln)
            carry = ""
            words = ln.split(" ")
            last = words[-1]
            if variant["soft"] and len(ln) > 70 and len(last) > 7 and last.isalpha() and R.random() < 0.4:
                cut = len(last) // 2
                fixed.append(" ".join(words[:-1] + [last[:cut] + "\u00ad"]))
                carry = last[cut:]
                continue
            fixed.append(ln)
        if carry:
            fixed.append(carry)
        for ln in fixed:
            if variant["nbsp"]:
                ln = ln.replace(": ", ":\u00a0").replace(" $", "\u00a0$").replace(" :", "\u00a0:")
                if lang == "fr":
                    ln = ln.replace(" 000", "\u00a0000")
            d.add_paragraph(ln)
        d.add_paragraph(f"Page {k + 1} of {len(pages)}" if lang != "fr" else f"Page {k + 1} de {len(pages)}")
        if k == 0:
            heads = title_head + [p["title_fr"] if lang == "fr" else p["title"]]
            textbox_paragraph(d, heads)
    return d


def styled_docx(b, p, lang, flavour):
    """Google Docs or LibreOffice export: real headings and tables, odd style names."""
    d = docx.Document()
    if flavour == "gdocs":
        st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
        label_style = d.styles.add_style("normal0", WD_STYLE_TYPE.PARAGRAPH)
        head_style = "Heading 2"
        d.add_paragraph(b[0][1], style="Title")
    else:
        for name in ("Text Body", "Table Contents", "Table Heading", "List Contents"):
            d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        label_style = d.styles["Text Body"]
        head_style = "Heading 1"
        d.add_paragraph(b[0][1], style="Heading 1")
    kv_table = flavour == "libre" and R.random() < 0.6
    pending = []
    def flush():
        if pending:
            t = d.add_table(rows=0, cols=2)
            for k, v in pending:
                c = t.add_row().cells
                c[0].text = k; c[1].text = v
                c[0].paragraphs[0].style = d.styles["Table Contents"]
                c[1].paragraphs[0].style = d.styles["Table Contents"]
            pending.clear()
    for blk in b[1:]:
        if blk[0] == "kv" and kv_table:
            pending.append((blk[1], blk[2])); continue
        flush()
        if blk[0] == "h":
            d.add_paragraph(blk[1], style=head_style)
        elif blk[0] == "kv":
            para = d.add_paragraph(style=label_style)
            r = para.add_run(blk[1] + ":"); r.bold = True
            # Google Docs splits runs oddly: the value in two runs
            v = blk[2]
            cut = len(v) // 3 if flavour == "gdocs" else 0
            para.add_run(" " + v[:cut]); para.add_run(v[cut:])
        elif blk[0] == "p":
            d.add_paragraph(blk[1], style=label_style if flavour == "libre" else None)
        elif blk[0] == "bullets":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif blk[0] == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=3)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    flush()
    return d


# ---------------------------------------------------------------- text conversions
def txt_cells(b, lang):
    """A .txt exported from Google Docs / LibreOffice: the label table's cells one per line, blank lines."""
    out = []
    for blk in b:
        if blk[0] == "h":
            out += ["", blk[1], ""]
        elif blk[0] == "kv":
            out += [blk[1], blk[2]]
        elif blk[0] == "p":
            out += [blk[1], ""]
        elif blk[0] == "bullets":
            out += ["* " + x for x in blk[1]] + [""]
        elif blk[0] == "table":
            for row in blk[1]:
                out += row
            out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def markdown(b, lang, variant):
    """A conversion to Markdown: escaped characters and HTML leftovers."""
    def e(s):
        s = s.replace("&", "&amp;" if variant["amp"] else "&")
        s = s.replace("$", "\\$")
        if variant["dash"]:
            s = s.replace("EX-", "EX\\-").replace(" – ", " \\– ")
        s = s.replace("*", "\\*").replace("_", "\\_")
        return s
    out = []
    for blk in b:
        if blk[0] == "h":
            out += ["", ("# " if blk is b[0] else "## ") + e(blk[1]), ""]
        elif blk[0] == "kv":
            sep = "&nbsp;" if variant["nbsp"] else " "
            out.append(f"**{e(blk[1])}:**{sep}{e(blk[2])}<br>" if variant["br"] else f"**{e(blk[1])}:** {e(blk[2])}  ")
        elif blk[0] == "p":
            out += ["", e(blk[1]), ""]
        elif blk[0] == "bullets":
            out += [""] + ["- " + e(x) for x in blk[1]] + [""]
        elif blk[0] == "table":
            rows = blk[1]
            if variant["html_table"]:
                out.append("<table>")
                for i, row in enumerate(rows):
                    tag = "th" if i == 0 else "td"
                    out.append("<tr>" + "".join(f"<{tag}>{e(c) or '&nbsp;'}</{tag}>" for c in row) + "</tr>")
                out.append("</table>")
            else:
                out.append("| " + " | ".join(e(c) for c in rows[0]) + " |")
                out.append("|---|---|---|")
                out += ["| " + " | ".join(e(c) for c in r) + " |" for r in rows[1:]]
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr(lines, strength):
    rate = {"light": 0.12, "medium": 0.3, "heavy": 0.55}[strength]
    out = []
    for ln in lines:
        toks = ln.split(" ")
        nt = []
        for t in toks:
            if any(c.isdigit() for c in t) and R.random() < rate:
                t = "".join((SUBS.get(c, c) if c != "1" else R.choice("lI")) if R.random() < 0.6 else c for c in t)
            if strength == "heavy" and t.startswith("$") and R.random() < 0.5:
                t = "S" + t[1:]
            if t.isalpha() and len(t) > 4 and R.random() < rate / 3:
                t = t.replace("m", "rn", 1) if "m" in t else t.replace("d", "cl", 1) if "d" in t else t.replace("e", "c", 1)
            nt.append(t)
        s = " ".join(nt)
        if R.random() < rate / 2 and s.count(" ") > 3:
            k = R.randrange(s.count(" "))
            parts = s.split(" ")
            s = " ".join(parts[:k]) + parts[k] + " " + " ".join(parts[k + 1:]) if k + 1 < len(parts) else s
        out.append(s)
    # hyphenated line ends
    res = []
    for ln in out:
        if len(ln) > 60 and R.random() < 0.25 and ln.split(" ")[-1].isalpha() and len(ln.split(" ")[-1]) > 6:
            w = ln.split(" ")[-1]; c = len(w) // 2
            res.append(ln[: len(ln) - len(w)] + w[:c] + "-"); res.append(w[c:])
        else:
            res.append(ln)
    return res


# ---------------------------------------------------------------- documents to refuse
def refuse_docs(pos):
    docs = []
    a, c = pos[3], pos[7]
    n = [person() for _ in range(6)]
    # 1 memo converted from PDF to Word
    d = docx.Document()
    for ln in ["MEMORANDUM / NOTE DE SERVICE", "", f"TO: {n[0]}, Assistant Deputy Minister", f"FROM: {n[1]}, Director General",
               "DATE: March 3, 2025", f"SUBJECT: Reorganization of the {a['area_en']} directorate", "",
               "This memorandum seeks your approval to reorganize the directorate. The position of",
               f"{a['title']} ({a['classification']}) would absorb two teams; the proposed work description",
               "will follow under separate cover once the classification review is complete.", "",
               "Recommendation\tApprove\tDate", f"{n[0]}\t____\t______", "Page 1 of 1"]:
        d.add_paragraph(ln)
    docs.append(("Memo - reorganization, " + a["area_en"] + " (converted).docx", "docx", "en", ("docx", d), n[:2]))
    # 2 letter of offer as PDF
    pages = ["\n".join(["Government of Canada / Gouvernement du Canada", "", "June 12, 2024", "", n[2], "", "Dear "
                        + n[2].split()[0] + ",", "",
                        f"I am pleased to offer you an indeterminate appointment to the position of {c['title']}",
                        f"({c['classification']}), position number {c['position_number'] or '—'}, at {c['location']}.",
                        "Your salary will be within the EX range. Please sign below to accept this offer.", "",
                        "Sincerely,", "", n[3], "Director General, Human Resources", "", "Page 1 of 1"])]
    docs.append(("Letter of offer - " + n[2] + " - signed.pdf", "pdf", "en", ("bytes", pdf_bytes(pages)), [n[2], n[3]]))
    # 3 minutes in Markdown, French
    md = "\n".join(["# Procès\\-verbal – Comité de classification des cadres", "", "**Date :** 14 novembre 2024<br>",
                    f"**Présents :** {n[4]}, {n[5]}, {n[0]}<br>", "", "## Points examinés", "",
                    f"1\\. {pos[5]['title_fr']} – {pos[5]['classification'].replace('-', chr(92) + '-')} confirmé&nbsp;;",
                    f"2\\. {pos[9]['title_fr']} – reporté à la prochaine réunion&nbsp;;",
                    "3\\. Divers &amp; suivi des décisions.", "", "_Prochaine réunion : 12 décembre 2024_", ""])
    docs.append(("PV comité de classification 2024-11-14.md", "markdown", "fr", ("text", md), [n[4], n[5], n[0]]))
    # 4 org chart exported to txt, cells one per line
    oc = "\n".join(["Organization chart / Organigramme", "", "Position", "Level", "Incumbent",
                    pos[11]["supervisor"]["title"], pos[11]["supervisor"]["classification"], n[1],
                    pos[11]["title"], pos[11]["classification"], n[2]] +
                   sum([[r["title"], r["classification"] or "", "Vacant"] for r in (pos[11]["reports"] or [])], []) + [""])
    docs.append(("Org chart - " + pos[11]["area_en"] + " (export).txt", "text", "bilingual", ("text", oc), [n[1], n[2]]))
    # 5 scan without a text layer
    docs.append(("Scan_2024-09-18_description signée.pdf", "pdf", "fr", ("bytes", pdf_bytes(["", "", ""])), []))
    return docs


# ---------------------------------------------------------------- plan
PLAN = (  # (kind, language)
    [("conv", "en")] * 3 + [("conv", "fr")] * 3 + [("conv", "bil")] * 3
    + [("pdf", "en")] * 4 + [("pdf", "fr")] * 3 + [("pdf", "bil")] * 3
    + [("gdocs", "en"), ("gdocs", "en"), ("gdocs", "fr"), ("gdocs", "bil")]
    + [("libre", "en"), ("libre", "fr"), ("libre", "fr"), ("libre", "bil"), ("libre", "en")]
    + [("cells", "en"), ("cells", "en"), ("cells", "fr"), ("cells", "bil"), ("cells", "fr")]
    + [("md", "en"), ("md", "en"), ("md", "en"), ("md", "fr"), ("md", "bil"), ("md", "fr")]
    + [("ocr", "en"), ("ocr", "fr"), ("ocr", "bil")]
    + [("cp1252", "en"), ("cp1252", "bil")]
)  # 44 positions; position 0 also has a DRAFT (gdocs) version
KIND = {"conv": "docx", "gdocs": "docx", "libre": "docx", "pdf": "pdf", "cells": "text", "md": "markdown",
        "ocr": "ocr", "cp1252": "text-cp1252"}
LANG = {"en": "en", "fr": "fr", "bil": "bilingual"}


def file_name(kind, lang, p, k, extra=""):
    t, tf, c = p["title"], p["title_fr"], p["classification"]
    opts = {
        "conv": [f"{t} - converted from PDF.docx", f"WD_{t}_{c} (1).docx", f"Description de travail – {tf} (converti).docx",
                 f"{t} {c} – PDF to Word.docx"],
        "pdf": [f"{t} - signed.pdf", f"{c} {t} FINAL.pdf", f"DT {tf} – signé.pdf", f"{t} ({c}) - work description.pdf"],
        "gdocs": [f"Copy of {t} - work description.docx", f"{t} (Google Docs).docx", f"Copie de {tf}.docx"],
        "libre": [f"{t}.docx", f"{tf} - {c}.docx", f"{t} v2 (LibreOffice).docx"],
        "cells": [f"{t} (export).txt", f"{tf} – export texte.txt", f"{t}_{c}.txt"],
        "md": [f"{t} (profile).md", f"{tf} – profil.md", f"{t} - converted.md"],
        "ocr": [f"SCAN_2024{k + 3:02d}17_{c}.txt", f"Numérisation {tf}.txt", f"scan {t} (OCR).txt"],
        "cp1252": [f"{t} – final.txt", f"{t} (Windows).txt"],
    }[kind]
    if lang == "fr":
        fr_opts = [o for o in opts if tf in o]
        if fr_opts:
            return fr_opts[k % len(fr_opts)]
    en_opts = [o for o in opts if tf not in o]
    return en_opts[k % len(en_opts)]


def truth(p, lang):
    fr = lang == "fr"
    reps = None if p["reports"] is None else [
        {"title": r["title_fr"] if fr else r["title"], "classification": r["classification"], "fte": r["fte"]}
        for r in p["reports"]]
    f = {"title": p["title_fr"] if fr else p["title"], "classification": p["classification"],
         "job_code": p["job_code"], "position_number": p["position_number"], "effective_date": p["effective_date"],
         "supervisor": {"position_number": p["supervisor"]["position_number"],
                        "title": p["supervisor"]["title_fr"] if fr else p["supervisor"]["title"],
                        "classification": p["supervisor"]["classification"]},
         "direct_reports": reps, "salary": p["salary"], "o_and_m": p["o_and_m"],
         "total": p["total"] if p["show_total"] else None,
         "location": p["location_fr"] if fr else p["location"]}
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if reps is None:
        ns.append("direct_reports")
    return f, ns


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    pos = [make_position(i) for i in range(44)]
    R.shuffle(pos)
    order = list(range(44))
    docs = []  # (name, kind, lang, payload, truthdict)
    plan = list(PLAN)
    R.shuffle(plan)
    # position 0 gets the version pair: a Google Docs DRAFT and a Word-saved signed PDF
    vi = next(i for i, (k, l) in enumerate(plan) if k == "pdf" and l == "en")
    plan[0], plan[vi] = plan[vi], plan[0]
    counters = {}
    for i, (kind, lang) in enumerate(plan):
        p = pos[i]
        k = counters.get(kind, 0); counters[kind] = k + 1
        form = "caps" if (lang == "en" and R.random() < 0.35) else "labels"
        also = {"department": p["department_fr"] if lang == "fr" else p["department"], "form": form if lang == "en" else
                {"fr": "labels_fr", "bil": "labels_bilingual"}[lang]}
        if lang != "fr":
            also["title_fr"] = p["title_fr"]
        else:
            also["title_en"] = p["title"]
        if i == 0:
            dp = dict(p); dp["people"] = []; dp["o_and_m"] = p["o_and_m"] - 25000 if p["o_and_m"] > 30000 else p["o_and_m"] + 25000
            dp["total"] = dp["salary"] + dp["o_and_m"]
            bd = blocks(dp, lang, form)
            dname = f"{p['title']} - work description DRAFT.docx"
            da = {**also, "conversion": "Google Docs export", "reports_layout": dp["_layout"]}
            if dp["fte"] is not None:
                da["fte"] = dp["fte"]
            if dp["position_number"] is None and dp["_pn_printed"]:
                da["position_number_printed"] = dp["_pn_printed"]
            docs.append((dname, "docx", lang, ("docx", styled_docx(bd, dp, lang, "gdocs")), dp, da))
        b = blocks(p, lang, form)
        name = file_name(kind, lang, p, k)
        a = dict(also)
        a["reports_layout"] = p["_layout"]
        if p["fte"] is not None:
            a["fte"] = p["fte"]
        if p["position_number"] is None and p["_pn_printed"]:
            a["position_number_printed"] = p["_pn_printed"]
        if kind == "conv":
            v = {"columns": k % 3 == 1, "soft": k % 2 == 0, "nbsp": k % 3 != 2}
            a["conversion"] = "PDF to Word: line paragraphs, tab-separated table, heading in a text box at page 1's end" + \
                (", label block in two columns read across" if v["columns"] else "") + \
                (", soft hyphens" if v["soft"] else "") + (", no-break spaces" if v["nbsp"] else "")
            payload = ("docx", docx_from_pdf(b, p, lang, v))
        elif kind in ("gdocs", "libre"):
            a["conversion"] = "Google Docs export" if kind == "gdocs" else "LibreOffice export"
            payload = ("docx", styled_docx(b, p, lang, kind))
        elif kind == "pdf":
            lines = lines_of(b, width=95)
            hdr_t = p["title"] if lang != "fr" else p["title_fr"]
            dep = p["department"] if lang != "fr" else p["department_fr"]
            pages, n = paginate(lines, 55, lambda x, n: f"{dep}    {hdr_t}",
                                (lambda x, n: f"Page {x} de {n}") if lang == "fr" else (lambda x, n: f"Page {x} of {n}    Unclassified when blank"))
            a["conversion"] = "Word saved as PDF, running header and footer"
            payload = ("bytes", pdf_bytes(["\n".join(pg) for pg in pages]))
        elif kind == "cells":
            a["conversion"] = "text export, table cells one per line"
            payload = ("text", txt_cells(b, lang))
        elif kind == "md":
            v = {"amp": k % 2 == 0, "dash": k % 3 != 1, "nbsp": k % 2 == 1, "br": k % 3 != 2, "html_table": k % 2 == 0}
            a["conversion"] = "Markdown conversion: " + ", ".join(x for x in v if v[x])
            payload = ("text", markdown(b, lang, v))
        elif kind == "ocr":
            strength = ["light", "medium", "heavy"][k % 3]
            a["damage"] = strength
            lines = ocr(lines_of(b, width=88), strength)
            pages, n = paginate(lines, 50, lambda x, n: "PROTECTED B" if lang == "en" else "PROTÉGÉ B / PROTECTED B",
                                lambda x, n: f"- {x} -")
            payload = ("text", "\f".join("\n".join(pg) for pg in pages) + "\n")
        else:  # cp1252
            lines = lines_of(b, width=90)
            t = "\r\n".join(lines) + "\r\n"
            t = t.replace("'", "\u2019").replace("•", "\u2022")
            payload = ("cp1252", t)
        docs.append((name, KIND[kind], lang, payload, p, a))
    # write
    names = set()
    for name, kind, lang, payload, p, a in docs:
        assert name not in names, name
        names.add(name)
        write(name, payload)
        f, ns = truth(p, lang)
        versions = None
        if p is pos[0] or name == docs[0][0]:
            versions = {"documents": [docs[0][0], docs[1][0]], "newest": docs[1][0], "same_text": False,
                        "note": "the DRAFT (Google Docs) shows an O&M 25,000 lower and its total; the signed PDF is final"}
        exp = {"document": name, "kind": kind, "language": LANG[lang], "outcome": "import", "fields": f,
               "not_stated": ns, "also": a, "people": sorted(set(p["people"])), "versions": versions}
        dump(name, exp)
    for name, kind, lang, payload, people in refuse_docs(pos):
        write(name, payload)
        dump(name, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": None, "also": {"what": refuse_what(name)}, "people": people, "versions": None})


def refuse_what(name):
    return ("memo about a reorganization (PDF converted to Word)" if name.startswith("Memo") else
            "letter of offer" if name.startswith("Letter") else
            "minutes of the executive classification committee" if name.startswith("PV") else
            "organization chart exported as text" if name.startswith("Org") else
            "scan without a text layer (three empty pages)")


def write(name, payload):
    how, data = payload
    path = CORPUS / name
    if how == "docx":
        save_docx(data, path)
    elif how == "bytes":
        path.write_bytes(data)
    elif how == "cp1252":
        path.write_bytes(data.encode("cp1252"))
    else:
        path.write_bytes(data.encode("utf-8"))


def dump(name, exp):
    (EXPECTED / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


if __name__ == "__main__":
    main()
