"""Write the blind143 corpus (issue 12): corpus/ and expected/, the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind143/make_blind.py

Positions, prose and names are in texts.py. PDFs come from tests/import_files.pdf_bytes, Word files from
python-docx (fixed core properties, re-zipped with fixed timestamps), OCR damage from a generator seeded
per document.
"""
import datetime
import io
import random
import shutil
import sys
import textwrap
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
import texts  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
KIND = {"md": "markdown", "txt": "text", "cp1252": "text-cp1252", "ocr": "ocr", "docx": "docx", "pdf": "pdf"}
LANG = {"en": "en", "fr": "fr", "bil": "bilingual"}

# -- names -----------------------------------------------------------------------------------

_rng = random.Random(143)
_pairs = [(g, f) for g in texts.GIVEN for f in texts.FAMILY]
_rng.shuffle(_pairs)
_used = {}


def next_name():
    while True:
        g, f = _pairs.pop()
        if _used.get(g, 0) < 3 and _used.get(f, 0) < 3:
            _used[g] = _used.get(g, 0) + 1
            _used[f] = _used.get(f, 0) + 1
            return f"{g} {f}"


# -- labels ----------------------------------------------------------------------------------

LABELS = {
    "en": dict(form="EXECUTIVE WORK DESCRIPTION", dept="Department", title="Position Title",
               cls="Classification", pos="Position Number", job="Job Code", eff="Effective Date",
               loc="Location", sup_title="Supervisor's Position Title", sup_pos="Supervisor's Position Number",
               sup_cls="Supervisor's Classification", reports_to="Reports to",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", dims="DIMENSIONS",
               scope="NATURE AND SCOPE", spec="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
               accountable="The {t} is accountable for {m}.", rep_line="The {t} reports to the {s}.",
               rep_prose="The position reports to the {s} ({c}).",
               cert_text="The foregoing is an accurate description of the duties assigned to the position.",
               table_head=["Position", "Group/Level", "FTEs"], team="team of", date="Date", sig="Signature",
               posno="position no."),
    "fr": dict(form="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION", dept="Ministère", title="Titre du poste",
               cls="Groupe et niveau", pos="Numéro du poste", job="Code d'emploi", eff="Date d'entrée en vigueur",
               loc="Lieu de travail", sup_title="Titre du poste du superviseur",
               sup_pos="Numéro du poste du superviseur", sup_cls="Classification du superviseur",
               reports_to="Relève de", ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE",
               dims="DIMENSIONS", scope="NATURE ET ÉTENDUE", spec="ACTIVITÉS PRINCIPALES", cert="ATTESTATION",
               accountable="Le titulaire du poste de {t} a pour mandat de diriger {m}.",
               rep_line="Le poste relève du poste de {s}.", rep_prose="Le poste relève du poste de {s} ({c}).",
               cert_text="La présente description reflète fidèlement les fonctions attribuées au poste.",
               table_head=["Poste", "Groupe et niveau", "ETP"], team="équipe de", date="Date", sig="Signature",
               posno="poste no"),
}


ALT = {
    "en": dict(title="Job Title", cls="Group/Level", pos="Position No.", job="Position Job Code",
               eff="Effective date", loc="Geographic Location", sup_title="Supervisor's Title",
               sup_pos="Supervisor's Position No.", sup_cls="Supervisor's Group/Level", dept="Organization"),
    "fr": dict(title="Titre", cls="Classification", pos="No de poste", job="Code de l'emploi",
               eff="Date de prise d'effet", loc="Lieu géographique", sup_title="Titre du superviseur",
               sup_pos="No de poste du superviseur", sup_cls="Groupe et niveau du superviseur", dept="Organisation"),
}


def bil(key):
    e, f = LABELS["en"][key], LABELS["fr"][key]
    return e if e == f else f"{e} / {f}"


# -- blocks ----------------------------------------------------------------------------------
# ("title", text) ("h", text) ("kv", label, value) ("p", text) ("li", text) ("table", rows) ("sig", text)


def report_line(p, rep, lang):
    t, c, _fte, w = rep
    style = p["rstyle"]
    if style == "dash":
        return f"{t} – {c} – {w}"
    if style == "team":
        team = "team of" if lang != "fr" else "équipe de"
        return f"{t} ({c}) – {team} {w}"
    if style == "semi":
        return f"{t} ({c}; {w})"
    return f"{t} ({c}, {w})"


def blocks_for(p, rng):
    lang = p["lang"]
    L = dict(LABELS["fr" if lang == "fr" else "en"])
    if lang != "bil" and p.get("alt_labels"):
        L.update(ALT[lang])
    lab = (lambda k: bil(k)) if lang == "bil" else (lambda k: L[k])
    title = f"{p['title']} / {p['title_fr']}" if lang == "bil" else p["title"]
    sup_pos, sup_title, sup_cls = p["sup"]
    sup_title_w = f"{sup_title} / {p['sup_fr']}" if lang == "bil" and p.get("sup_fr") else sup_title
    out = [("title", bil("form") if lang == "bil" else L["form"])]
    out.append(("kv", lab("dept"), p["dept"]))
    out.append(("kv", lab("title"), title))
    out.append(("kv", lab("cls"), p.get("cls_w", p["cls"])))
    out.append(("kv", lab("pos"), p.get("pos_w", p["pos"])))
    out.append(("kv", lab("job"), p["job"] if p["job"] else p.get("job_w", "")))
    out.append(("kv", lab("eff"), p["eff_w"]))
    out.append(("kv", lab("loc"), p["loc"]))
    if p["sup_style"] == "labels":
        out.append(("kv", lab("sup_title"), sup_title_w))
        out.append(("kv", lab("sup_pos"), sup_pos))
        out.append(("kv", lab("sup_cls"), sup_cls))
    elif p["sup_style"] == "line":
        no = "position no." if lang != "fr" else "poste no"
        out.append(("kv", lab("reports_to"), f"{sup_title_w} ({sup_cls}), {no} {sup_pos}"))
    # general accountability
    out.append(("h", lab("ga")))
    if lang == "bil":
        out.append(("p", LABELS["en"]["accountable"].format(t=p["title"], m=p["mandate"])))
        out.append(("p", LABELS["fr"]["accountable"].format(t=p["title_fr"], m=p["mandate_fr"])))
    else:
        out.append(("p", L["accountable"].format(t=p["title"], m=p["mandate"])))
    # organization
    out.append(("h", lab("org")))
    if p["sup_style"] == "prose":
        out.append(("p", L["rep_prose"].format(s=sup_title, c=sup_cls)))
    elif lang == "bil":
        out.append(("p", LABELS["en"]["rep_line"].format(t=p["title"], s=sup_title)))
    else:
        out.append(("p", L["rep_line"].format(t=p["title"], s=sup_title)))
    out.append(("p", p["rintro"]))
    if p["rstyle"] == "table":
        head = [bil(None) if False else h for h in (LABELS["en"]["table_head"] if lang == "en" else
                LABELS["fr"]["table_head"] if lang == "fr" else
                [f"{a} / {b}" if a != b else a for a, b in zip(LABELS["en"]["table_head"], LABELS["fr"]["table_head"])])]
        out.append(("table", [head] + [[t, c, w] for t, c, _f, w in p["reports"]]))
    else:
        for rep in p["reports"]:
            out.append(("li", report_line(p, rep, lang)))
    # nature and scope
    out.append(("h", lab("scope")))
    if lang in ("en", "bil"):
        out.append(("p", rng.choice(texts.SCOPE_EN)))
    if lang in ("fr", "bil"):
        out.append(("p", rng.choice(texts.SCOPE_FR)))
    # dimensions
    out.append(("h", lab("dims")))
    for line in p.get("dims", []):
        out.append(("dim", line))
    if p.get("dims_table"):
        out.append(("table", p["dims_table"]))
    for line in p.get("dims_after", []):
        out.append(("p", line))
    # specific accountabilities
    out.append(("h", lab("spec")))
    pool = texts.SPECIFIC_FR if lang == "fr" else texts.SPECIFIC_EN
    for n, i in enumerate(sorted(rng.sample(range(len(pool)), 5)), 1):
        out.append(("li", f"{n}. {pool[i]}"))
    # signatures
    people = []
    if p["roles"]:
        out.append(("h", lab("cert")))
        out.append(("p", L["cert_text"] if lang != "bil" else
                    LABELS["en"]["cert_text"] + " / " + LABELS["fr"]["cert_text"]))
        for role in p["roles"]:
            name = next_name()
            people.append(name)
            day = rng.randint(1, 27)
            when = p["eff_w"] if p["eff"] else f"2022-11-{day:02d}"
            out.append(("sig", f"{role}: {name}        {lab('date')}: {when}"))
    return out, people


# -- renderers -------------------------------------------------------------------------------

def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]


def sentence_case(s):
    return " / ".join(part[:1].upper() + part[1:].lower() for part in s.split(" / "))


def render_md(blocks):
    lines = []
    for b in blocks:
        if b[0] == "title":
            lines += [f"# {b[1]}", ""]
        elif b[0] == "h":
            lines += ["", f"## {sentence_case(b[1])}", ""]
        elif b[0] == "kv":
            lines.append(f"- **{b[1]}:** {b[2]}")
        elif b[0] in ("p", "sig"):
            lines += [b[1], ""]
        elif b[0] == "li":
            lines.append(b[1] if b[1][0].isdigit() else f"- {b[1]}")
        elif b[0] == "dim":
            lines.append(f"- {b[1]}")
        elif b[0] == "table":
            rows = b[1]
            lines += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            lines.append("")
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render_txt(blocks, bullet="- ", width=None):
    lines = []
    for b in blocks:
        if b[0] == "title":
            lines += [b[1], "=" * len(b[1]), ""]
        elif b[0] == "h":
            lines += ["", b[1], ""]
        elif b[0] == "kv":
            lines.append(f"{b[1]}: {b[2]}")
        elif b[0] in ("p", "sig"):
            if width:
                lines += textwrap.wrap(b[1], width)
            else:
                lines.append(b[1])
            lines.append("")
        elif b[0] == "li":
            t = b[1] if b[1][0].isdigit() else bullet + b[1]
            lines += textwrap.wrap(t, width, subsequent_indent="   ") if width else [t]
        elif b[0] == "dim":
            lines.append(b[1])
        elif b[0] == "table":
            lines += [""] + table_text(b[1]) + [""]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def curly(text):
    out, open_q = [], True
    for i, ch in enumerate(text):
        if ch == "'":
            out.append("’")
        elif ch == '"':
            out.append("“" if open_q else "”")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    return buf.getvalue()


def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR Services"
    cp.last_modified_by = "HR Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def save_doc(d, path):
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(rezip(buf.getvalue()))


def add_table(d, rows, bold_head=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            run.bold = bold_head and i == 0
    return t


def render_docx(blocks, path, kv_mode):
    d = new_doc()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(sentence_case(b[1]), level=2)
        elif b[0] == "kv":
            run = []
            while i < len(blocks) and blocks[i][0] == "kv":
                run.append(blocks[i])
                i += 1
            if kv_mode == "table":
                add_table(d, [[k, v] for _, k, v in run], bold_head=False)
                for row in d.tables[-1].rows:
                    row.cells[0].paragraphs[0].runs[0].bold = True
            else:
                for _, k, v in run:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(v)
            continue
        elif b[0] in ("p", "sig"):
            d.add_paragraph(b[1])
        elif b[0] == "li":
            if b[1][0].isdigit():
                d.add_paragraph(b[1].split(". ", 1)[1], style="List Number")
            else:
                d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "dim":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            add_table(d, b[1])
            d.add_paragraph("")
        i += 1
    save_doc(d, path)


def paginate(lines, per_page=58):
    return ["\n".join(lines[i:i + per_page]) for i in range(0, len(lines), per_page)] or [""]


def render_pdf(blocks, path):
    text = render_txt(blocks, bullet="• ", width=100)
    path.write_bytes(pdf_bytes(paginate(text.splitlines())))


# -- OCR -------------------------------------------------------------------------------------

STRENGTH = {"light": (0.12, 0.008, 0.004), "middling": (0.35, 0.025, 0.012), "heavy": (0.6, 0.05, 0.03)}
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "b"}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("l", "I"), ("i", "l"), ("h", "b"), ("t", "l")]


def damage_word(w, rng, pd, pl, heavy):
    if any(ch.isdigit() for ch in w):
        out = []
        for ch in w:
            if ch in DIGIT and rng.random() < pd and (heavy or ch in "0158"):
                sub = DIGIT[ch]
                if ch == "1" and rng.random() < 0.4:
                    sub = "l"
                out.append(sub)
            else:
                out.append(ch)
        return "".join(out)
    if len(w) > 3 and rng.random() < pl * 4:
        a, b = rng.choice(LETTERS)
        if a in w:
            k = w.index(a)
            return w[:k] + b + w[k + len(a):]
    return w


def ocr(text, damage, seed, names, header, footer_fmt, width=78):
    pd, pl, pj = STRENGTH[damage]
    rng = random.Random(seed)
    heavy = damage == "heavy"
    protected = {}
    for n, name in enumerate(names):
        key = f"\x00{n}\x00"
        protected[key] = name
        text = text.replace(name, key)
    out_lines = []
    for line in text.splitlines():
        words = line.split(" ")
        dmg = []
        for w in words:
            dmg.append(w if "\x00" in w else damage_word(w, rng, pd, pl, heavy))
        s = ""
        for j, w in enumerate(dmg):
            if j and not (rng.random() < pj and "\x00" not in w and "\x00" not in dmg[j - 1]):
                s += " "
            s += w
        # wrap with hyphenated line ends
        while len(s) > width:
            cut = s.rfind(" ", 0, width)
            if cut < width * 0.6:
                cut = width - 1
                seg = s[:cut]
                if "\x00" in seg[-4:] or "\x00" in s[cut - 3:cut + 3]:
                    cut = s.rfind(" ", 0, width) if s.rfind(" ", 0, width) > 0 else width
                    out_lines.append(s[:cut])
                    s = s[cut:].lstrip()
                    continue
                out_lines.append(seg + "-")
                s = s[cut:]
            elif rng.random() < 0.25 and cut + 6 < len(s):
                nxt = s.find(" ", cut + 1)
                word = s[cut + 1: nxt if nxt > 0 else len(s)]
                if len(word) > 6 and word.isalpha() and cut + 1 + len(word) // 2 <= width:
                    k = len(word) // 2
                    out_lines.append(s[:cut + 1 + k] + "-")
                    s = s[cut + 1 + k:]
                else:
                    out_lines.append(s[:cut])
                    s = s[cut + 1:]
            else:
                out_lines.append(s[:cut])
                s = s[cut + 1:]
        out_lines.append(s)
    pages = paginate(out_lines, 46)
    body = []
    for n, page in enumerate(pages, 1):
        h = header if n > 1 or rng.random() < 0.5 else ""
        if h:
            body.append(damage_line(h, rng, pd, pl, heavy))
            body.append("")
        body.append(page)
        body.append("")
        body.append(damage_line(footer_fmt.format(n=n, m=len(pages)), rng, pd, pl, heavy))
        body.append("\f" if n < len(pages) else "")
    result = "\n".join(body)
    for key, name in protected.items():
        result = result.replace(key, name)
    return result.rstrip() + "\n"


def damage_line(line, rng, pd, pl, heavy):
    return " ".join(damage_word(w, rng, pd, pl, heavy) for w in line.split(" "))


# -- expected --------------------------------------------------------------------------------

def num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def expected_for(p, people, versions):
    sup_pos, sup_title, sup_cls = p["sup"]
    fields = dict(
        title=p["title"], classification=p["cls"], job_code=p["job"], position_number=p["pos"],
        effective_date=datetime.date.fromisoformat(p["eff"]) if p["eff"] else None,
        supervisor=dict(position_number=sup_pos, title=sup_title, classification=sup_cls),
        direct_reports=[dict(title=t, classification=c, fte=num(f)) for t, c, f, _w in p["reports"]] or None,
        salary=p["sal"], o_and_m=p["om"], total=p["tot"], location=p["loc"])
    not_stated = [k for k, v in fields.items() if v is None]
    not_stated += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    also = dict(department=p["dept"])
    if p.get("title_fr"):
        also["title_fr"] = p["title_fr"]
    also["fte"] = num(p["fte"])
    if p["kind"] == "ocr":
        also["damage"] = p["damage"]
    also.update(p.get("also", {}))
    return dict(document=p["file"], kind=KIND[p["kind"]], language=LANG[p["lang"]], outcome="import",
                fields=fields, not_stated=not_stated or None, also=also, people=people or None,
                versions=versions)


def version_of(name):
    for v in texts.VERSIONS:
        if name in v["documents"]:
            return dict(v)
    return None


def curly_fields(exp):
    """A cp1252 document prints its apostrophes curly: its truth keeps them as printed."""
    f = exp["fields"]
    for key in ("title", "location"):
        f[key] = curly(f[key])
    f["supervisor"]["title"] = curly(f["supervisor"]["title"])
    for rep in f["direct_reports"] or []:
        rep["title"] = curly(rep["title"])
    exp["also"]["department"] = curly(exp["also"]["department"])
    return exp


def write_expected(exp):
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=110)
    (EXPECTED / f"{exp['document']}.expected.yaml").write_text(text, encoding="utf-8")


def write_position(p, seed):
    rng = random.Random(seed)
    blocks, people = blocks_for(p, rng)
    path = CORPUS / p["file"]
    k = p["kind"]
    if k == "md":
        path.write_text(render_md(blocks), encoding="utf-8")
    elif k == "txt":
        path.write_text(render_txt(blocks), encoding="utf-8")
    elif k == "cp1252":
        path.write_bytes(curly(render_txt(blocks, bullet="• ")).replace("\n", "\r\n").encode("cp1252"))
    elif k == "docx":
        render_docx(blocks, path, p.get("docx_kv", "table"))
    elif k == "pdf":
        render_pdf(blocks, path)
    elif k == "ocr":
        plain = render_txt(blocks, bullet="- ")
        dept = p["dept"].split(" / ")[0]
        header = f"{dept}    {'Executive Work Description' if p['lang'] != 'fr' else 'Description de travail'}"
        footer = "Page {n} of {m}" if p["lang"] != "fr" else "Page {n} de {m}"
        path.write_text(ocr(plain, p["damage"], seed, people, header, footer), encoding="utf-8")
    exp = expected_for(p, people, version_of(p["file"]))
    write_expected(curly_fields(exp) if k == "cp1252" else exp)


# -- documents to refuse ---------------------------------------------------------------------

def refusals():
    out = []
    # R1: a budget table with no position (bilingual Word)
    contact = next_name()
    d = new_doc()
    d.add_heading("Budget 2024-2025 – Allocation by directorate / Répartition par direction", level=1)
    d.add_paragraph("Small Craft Harbours Directorate General / Direction générale des ports pour petits bateaux")
    add_table(d, [["Directorate / Direction ($000)", "FTEs / ETP", "Salary / Salaires", "O&M / F et E",
                   "Total", "Capital (Vote 5 / crédit 5)"],
                  ["Office of the DG / Bureau du DG", "4", "512", "160", "672", "—"],
                  ["Harbour Infrastructure Investment", "38", "3,370", "385", "3,755", "61,200"],
                  ["Regional Operations Coordination", "21", "1,900", "240", "2,140", "—"],
                  ["Harbour Authorities Program", "9", "840", "1,865", "2,705", "35,300"],
                  ["Total", "72", "6,622", "2,650", "9,272", "96,500"]])
    d.add_paragraph("Figures subject to Supplementary Estimates (B). / Chiffres sous réserve du Budget "
                    "supplémentaire des dépenses (B).")
    d.add_paragraph(f"Contact: {contact}, Financial Management Advisor / Conseillère en gestion financière")
    name = "Budget 2024-25 by directorate ($000).docx"
    save_doc(d, CORPUS / name)
    out.append((name, "docx", "bilingual", [contact],
                "a budget allocation table by directorate: amounts and FTEs, no position described"))

    # R2: financial delegation matrix (PDF)
    lines = ["FISHERIES AND OCEANS CANADA", "DELEGATION OF FINANCIAL SIGNING AUTHORITIES", "Financial Administration Act, sections 32, 33 and 34",
             "Effective April 1, 2023", "",
             *table_text([["Position", "Level", "s.32 Commitment", "s.34 Certification", "s.33 Payment", "Contracting"],
                          ["Deputy Minister", "DM-03", "Full", "Full", "—", "Full"],
                          ["Assistant Deputy Minister, Fleet and Maritime Services", "EX-05", "$10M", "$10M", "—", "$5M"],
                          ["Director General, Small Craft Harbours", "EX-03", "$5M", "$5M", "—", "$1M"],
                          ["Director, Harbour Infrastructure Investment", "EX-01", "$2M", "$2M", "—", "$400K"],
                          ["Director, Regional Operations Coordination", "EX-01", "$500K", "$500K", "—", "$100K"],
                          ["Manager, Harbour Authorities Program", "PM-06", "$100K", "$100K", "—", "$25K"],
                          ["Chief, Accounting Operations", "FI-03", "—", "—", "Full", "—"]]),
             "", "Notes:", "1. Amounts are per transaction, in Canadian dollars, taxes included.",
             "2. Acting appointments carry the authorities of the position when the acting period exceeds 5 days.",
             "3. Section 33 (payment) authority is restricted to Financial Operations.",
             "", "Approved by the Deputy Minister", ""]
    cfo = next_name()
    lines.append(f"Chief Financial Officer: {cfo}")
    name = "Financial delegation matrix - FAA s.32 33 34.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["\n".join(lines)]))
    out.append((name, "pdf", "en", [cfo], "a delegation of financial signing authorities by position and level"))

    # R3: cost-centre report (cp1252)
    owner = next_name()
    rows = [["GL", "Description", "Budget", "Actual YTD", "Commitments", "Forecast", "Variance"],
            ["50110", "Salary – indeterminate", "3,012,400.00", "1,498,233.17", "0.00", "2,995,100.00", "17,300.00"],
            ["50120", "Salary – term", "357,600.00", "201,442.90", "0.00", "372,000.00", "(14,400.00)"],
            ["52210", "Travel – public servants", "120,000.00", "48,917.22", "6,500.00", "112,000.00", "8,000.00"],
            ["53330", "Professional services", "190,000.00", "61,004.00", "97,250.00", "185,000.00", "5,000.00"],
            ["54410", "Materials and supplies", "75,000.00", "12,880.41", "3,115.00", "60,000.00", "15,000.00"],
            ["", "TOTAL", "3,755,000.00", "1,822,477.70", "106,865.00", "3,724,100.00", "30,900.00"]]
    text = "\n".join(["FINANCIAL REPORT – COST CENTRE 401280", "Harbour Infrastructure Investment",
                      "Fiscal year 2022-23   Period 06 (September)   Run date: 2022-10-07 06:14",
                      f"Cost centre manager: {owner} (Director, EX-01)", "Fund: 1000 (Vote 1 operating)", "",
                      *table_text(rows), "", "Variance in brackets = over-forecast.",
                      "Report FM-R-017 – “Cost Centre Summary” – page 1 of 1", ""])
    name = "Cost centre report CC 40128 - P06.txt"
    (CORPUS / name).write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    out.append((name, "text-cp1252", "en", [owner], "a cost-centre financial report (budget, actuals, forecast)"))

    # R4: memo (French, UTF-8)
    a, b = next_name(), next_name()
    text = f"""NOTE DE SERVICE

Destinataires : Tout le personnel de la Direction générale des ports pour petits bateaux
Expéditeur : {a}, directeur général
Date : 14 février 2023
Objet : Réorganisation de la Direction de la coordination des opérations régionales

Bonjour à toutes et à tous,

À compter du 1er avril 2023, la Direction de la coordination des opérations régionales (vingt et un ETP)
sera regroupée avec le Programme des administrations portuaires. Le budget combiné, d'environ 4,6 M$,
sera géré par la nouvelle direction. Le poste de directrice (EX-01) sera maintenu; {b} assurera l'intérim
jusqu'à la dotation du poste.

Les descriptions de travail touchées seront revues avec les Services de classification au cours
des prochaines semaines. Aucune perte d'emploi n'est prévue.

Merci de votre collaboration.

{a}
Directeur général, Ports pour petits bateaux
"""
    name = "Note de service - réorganisation DGPPB.txt"
    (CORPUS / name).write_text(text, encoding="utf-8")
    out.append((name, "text", "fr", [a, b], "a memo announcing a reorganization (ETP, budget, level in passing)"))

    # R5: scan without a text layer
    name = "scan_2023-03-14_0007.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["", "", ""]))
    out.append((name, "pdf", "en", [], "three scanned pages without a text layer: nothing to read"))

    # R6: minutes, OCR
    chair, sec, m1, m2 = next_name(), next_name(), next_name(), next_name()
    text = f"""EXECUTIVE CLASSIFICATION COMMITTEE
MINUTES OF MEETING
February 22, 2023, 10:00 to 11:30, Room 14N-210 and MS Teams

Present: {chair} (Chair), {m1}, {m2}
Secretary: {sec}

1. Adoption of the agenda
The agenda was adopted as circulated.

2. Minutes of January 25, 2023
Approved without change.

3. Director, Harbour Infrastructure Investment (EX-01), position 40128
The committee reviewed the revised work description. The Directorate counts thirty-eight (38) FTEs and
manages a budget of approximately $3.76M, with capital of $61.2M on behalf of the Director General.
Decision: the classification is confirmed at EX-01, effective June 13, 2022.

4. Director, Fisheries Licensing Modernization (EX-01), position 40177
The draft work description lacks a job code and a total budget. Deferred to the March meeting.

5. Round table
The Chair reminded members that talent questionnaires for EX-03 and above are due January 31.

Next meeting: March 22, 2023.

{sec}, Secretary
"""
    name = "Minutes - EX classification committee 2023-02.txt"
    people = [chair, sec, m1, m2]
    (CORPUS / name).write_text(ocr(text, "middling", 9143, people, "Fisheries and Oceans Canada    PROTECTED A",
                                   "Page {n} of {m}"), encoding="utf-8")
    out.append((name, "ocr", "en", people, "minutes of a classification committee (positions, levels and FTEs in passing)"))

    for name, kind, lang, people, what in out:
        write_expected(dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                            not_stated=None, also=dict(what=what), people=people or None, versions=None))


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for n, p in enumerate(texts.POSITIONS):
        p = dict(p, alt_labels=n % 3 == 1)
        write_position(p, 143000 + n)
    refusals()


if __name__ == "__main__":
    main()
