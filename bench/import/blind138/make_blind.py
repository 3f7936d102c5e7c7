"""Writes the blind138 corpus (corpus/) and its truth (expected/), the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind138/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import ACRONYM, DEPT, PEOPLE, POSITIONS, PROSE, SUPERIORS  # noqa: E402

D = dt.date
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
N = lambda name: f"⟦{name}⟧"  # noqa: E731  a person's name: never damaged, always listed in people:


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "ymd2":
        return f"{d.year % 100:02d}/{d.month:02d}/{d.day:02d}"
    if style == "upper":
        return f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    raise ValueError(style)


def fmt_amount(n, style):
    if style == "full":
        return f"${n:,}"
    if style == "M":
        if n >= 1_000_000 and n % 10_000 == 0:
            return f"${n / 1_000_000:.2f}M".replace(".00M", "M")
        return f"${n // 1000:,}K" if n % 1000 == 0 else f"${n:,}"
    if style == "K":
        return f"${n // 1000:,}K"
    if style == "fr":
        return f"{n:,} $".replace(",", " ")
    if style == "frk":
        return f"{n // 1000:,} k$".replace(",", " ")
    if style == "thousands":
        return f"{n // 1000:,}"
    if style == "plain":
        return f"{n}"
    raise ValueError(style)


# ---------------------------------------------------------------- documents' values
def values(spec):
    p = dict(POSITIONS[spec["pos"]])
    p.update(spec.get("over", {}))
    sup_key = p["sup"]
    sup = dict(POSITIONS.get(sup_key) or SUPERIORS[sup_key])
    sup.update(spec.get("sup_over", {}))
    p["supv"] = sup
    p["eff"] = spec.get("eff")
    return p


def loc_of(v, lang):
    return v["loc_fr"] if lang == "fr" else v["loc"]


def t_of(v, lang):
    return v["title_fr"] if lang == "fr" else v["title"]


# ---------------------------------------------------------------- plain text forms
def struck(spec, key, new):
    """The printed value, with a struck former value when the document corrects one."""
    old = spec.get("strike", {}).get(key)
    if old is None:
        return new
    style = spec.get("strike_style", "dash")
    if style == "dash":
        return f"-{old}- {new}"
    if style == "struck":
        return f"struck: {old}  {new}"
    if style == "bare":
        return f"{old} {new}"
    if style == "md":
        return f"~~{old}~~ {new}"
    if style == "hand":
        return f"{old} [crossed out; handwritten: {new}]"
    if style == "above":
        return f"{old}\x00{new}"  # the correction goes on the line above (see above_fix)
    raise ValueError(style)


def above_fix(lines):
    out = []
    for line in lines:
        if "\x00" in line:
            head, new = line.split("\x00")
            old_start = len(head) - len(head.split(" ")[-1])
            out.append(" " * old_start + new)
            out.append(head)
        else:
            out.append(line)
    return out


def report_word(lang):
    return "ETP" if lang == "fr" else "FTEs"


def report_lines(v, spec, lang):
    layout = spec.get("reports", "bullets")
    reps = v["reports"]
    fte_word = report_word(lang)
    title = (lambda r: r[1]) if lang == "fr" else (lambda r: r[0])
    out = []
    strike_rep = spec.get("strike", {})
    def fte(i, r):
        key = f"report{i}"
        return struck(spec, key, str(r[3])) if key in strike_rep else str(r[3])
    if layout == "bullets":
        for i, r in enumerate(reps):
            out.append(f"- {title(r)} ({r[2]}, {fte(i, r)} {'ETP' if lang == 'fr' else ('FTE' if r[3] == 1 else 'FTEs')})")
    elif layout == "lines":
        for i, r in enumerate(reps):
            out.append(f"{r[2]:<11}{title(r)} - {fte(i, r)} {fte_word}")
    elif layout == "table":
        w = max(len(title(r)) for r in reps) + 3
        head = ("Titre du poste", "Groupe/niveau", "ETP") if lang == "fr" else ("Position Title", "Group/Level", "FTEs")
        out.append(f"{head[0]:<{w}}{head[1]:<15}{head[2]}")
        for i, r in enumerate(reps):
            out.append(f"{title(r):<{w}}{r[2]:<15}{fte(i, r)}")
    elif layout == "typed":
        for i, r in enumerate(reps, 1):
            out.append(f"{i}. {title(r).upper()}".ljust(64, ".") + f" {r[2]:<10} {fte(i - 1, r)} P-Y")
    elif layout == "bil":
        for i, r in enumerate(reps):
            out.append(f"- {r[0]} / {r[1]} ({r[2]}, {fte(i, r)} FTEs / ETP)")
    elif layout == "sentence":
        parts = [f"the {title(r)} ({r[2]}; {r[3]} FTEs)" for r in reps]
        out.append("Reporting to the position are " + ", ".join(parts[:-1]) + " and " + parts[-1] + ".")
    elif layout == "columns":  # a table whose text layer runs column by column
        out.append("Position Title" if lang != "fr" else "Titre du poste")
        out += [title(r) for r in reps]
        out.append("Group/Level" if lang != "fr" else "Groupe et niveau")
        out += [r[2] for r in reps]
        out.append("FTEs" if lang != "fr" else "ETP")
        out += [str(r[3]) for r in reps]
    return out


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def prose(v, lang):
    ga, ga_fr, ns, ns_fr, sa, sa_fr = PROSE[v["domain"]]
    region = v["region_fr"] if lang == "fr" else v["region"]
    area = t_of(v, lang).split(", ", 1)[-1]
    if lang == "fr":
        return ga_fr.format(region=region, area=area), ns_fr, sa_fr
    return ga.format(region=region, area=area), ns, sa


def text_form(v, spec):
    """The lines of a work description in one of the forms, before any damage."""
    lang, form = spec["lang"], spec["form"]
    width = spec.get("width", 78)
    dstyle, astyle = spec.get("date", "long"), spec.get("amount", "full")
    sup = v["supv"]
    ga, ns, sa = prose(v, "fr" if lang == "fr" else "en")
    eff = fmt_date(v["eff"], dstyle) if v["eff"] else spec.get("eff_blank", "")
    L = []
    acr = ACRONYM[v["region"]]
    total = v["salary"] + v["om"]
    show_total = spec.get("total", True)
    pos_no = spec.get("pos_printed", v["pos"])
    cls = struck(spec, "cls", v["cls"] + spec.get("cls_suffix", ""))
    fte = struck(spec, "fte", str(v["fte"]))
    sal = struck(spec, "salary", fmt_amount(v["salary"], astyle))
    om = fmt_amount(v["om"], astyle)
    tot = fmt_amount(total, astyle)
    suplayout = spec.get("sup", "fields")
    incumbent = spec.get("incumbent")
    if form == "modern":
        L += [f"{DEPT[0]} / {acr[0]}", v["region"], "", "EXECUTIVE WORK DESCRIPTION", ""]
        L += [f"Position Title: {v['title']}", f"Classification: {cls}", f"Position Number: {pos_no}",
              f"Job Code: {v['job']}", f"Effective Date: {eff}", f"Region: {v['region']}",
              f"Location: {v['loc']}"]
        if incumbent:
            L.append(f"Incumbent: {N(incumbent)}")
        if suplayout == "fields":
            L += [f"Supervisor's Position Title: {sup['title']}", f"Supervisor's Position Number: {sup['pos']}",
                  f"Supervisor's Classification: {sup['cls']}"]
        elif suplayout == "line":
            L += [f"Reports To: {sup['title']} ({sup['cls']}), Pos. No. {sup['pos']}"]
        L += ["", "GENERAL ACCOUNTABILITY", ""] + wrap(ga, width)
        L += ["", "ORGANIZATION STRUCTURE", ""]
        L += wrap(f"The {v['title']} is one of {spec.get('peers', 5)} positions reporting to the {sup['title']}"
                  + ("" if suplayout == "sentence" and spec.get("sup_cls_hidden") else f" ({sup['cls']})") + ".", width)
        L += ["", f"Reporting to the {v['title'].split(',')[0]} are:" if spec.get("reports") != "sentence" else ""]
        L += report_lines(v, spec, "en")
        L += ["", "NATURE AND SCOPE", ""] + wrap(ns, width)
        L += ["", "DIMENSIONS", ""]
        if spec.get("amount") == "thousands":
            L += ["(dollar figures in $000s)"]
        L += [f"FTEs: {fte}", f"Salary: {sal}", f"O&M: {om}"] + ([f"Total: {tot}"] if show_total else [])
        L += ["", "SPECIFIC ACCOUNTABILITIES", ""]
        for i, s in enumerate(sa, 1):
            L += wrap(f"{i}. {s}", width)
    elif form == "fr":
        L += [f"{DEPT[1]} / {acr[1]}", v["region_fr"], "", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", ""]
        L += [f"Titre du poste : {v['title_fr']}", f"Groupe et niveau : {cls}", f"Numéro du poste : {pos_no}",
              f"Code d'emploi : {v['job']}", f"Date d'entrée en vigueur : {eff}", f"Lieu de travail : {v['loc_fr']}"]
        if incumbent:
            L.append(f"Titulaire : {N(incumbent)}")
        if suplayout == "fields":
            L += [f"Titre du poste du superviseur : {sup['title_fr']}",
                  f"Numéro du poste du superviseur : {sup['pos']}",
                  f"Classification du superviseur : {sup['cls']}"]
        elif suplayout == "line":
            L += [f"Relève de : {sup['title_fr']} ({sup['cls']}), poste no {sup['pos']}"]
        L += ["", "RESPONSABILITÉS GÉNÉRALES", ""] + wrap(ga, width)
        L += ["", "STRUCTURE DE L'ORGANISATION", ""]
        L += wrap(f"Le poste de {v['title_fr']} est l'un des {spec.get('peers', 5)} postes qui relèvent du "
                  f"{sup['title_fr']} ({sup['cls']}).", width)
        L += ["", "Relèvent du titulaire :"] + report_lines(v, spec, "fr")
        L += ["", "NATURE ET ÉTENDUE", ""] + wrap(ns, width)
        L += ["", "DIMENSIONS", ""]
        L += [f"ETP : {fte}", f"Salaires : {sal}", f"F et E : {om}"] + ([f"Total : {tot}"] if show_total else [])
        L += ["", "RESPONSABILITÉS PRINCIPALES", ""]
        for i, s in enumerate(sa, 1):
            L += wrap(f"{i}. {s}", width)
    elif form == "bil":
        ga_fr, ns_fr, sa_fr = prose(v, "fr")
        L += [f"{DEPT[0]} / {DEPT[1]}", f"{v['region']} / {v['region_fr']}", "",
              "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION", ""]
        L += ["Position Title / Titre du poste:", f"  {v['title']}", f"  {v['title_fr']}",
              f"Classification / Groupe et niveau: {cls}", f"Position Number / Numéro du poste: {pos_no}",
              f"Job Code / Code d'emploi: {v['job']}", f"Effective Date / Date d'entrée en vigueur: {eff}",
              f"Location / Lieu: {v['loc']}"]
        if incumbent:
            L.append(f"Incumbent / Titulaire: {N(incumbent)}")
        if suplayout == "fields":
            L += ["Supervisor's Position Title / Titre du poste du superviseur:", f"  {sup['title']}",
                  f"  {sup['title_fr']}", f"Supervisor's Position Number / Numéro du poste du superviseur: {sup['pos']}",
                  f"Supervisor's Classification / Classification du superviseur: {sup['cls']}"]
        else:
            L += [f"Reports to / Relève de: {sup['title']} / {sup['title_fr']} ({sup['cls']}), Pos. No. / poste no {sup['pos']}"]
        L += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES", ""] + wrap(ga, width) + [""] + wrap(ga_fr, width)
        L += ["", "ORGANIZATION STRUCTURE / STRUCTURE DE L'ORGANISATION", ""]
        L += ["Direct reports / Relèvent du titulaire:"] + report_lines(v, dict(spec, reports="bil"), "en")
        L += ["", "NATURE AND SCOPE / NATURE ET ÉTENDUE", ""] + wrap(ns, width) + [""] + wrap(ns_fr, width)
        L += ["", "DIMENSIONS", ""]
        L += [f"FTEs / ETP: {fte}", f"Salary / Salaires: {sal}", f"O&M / F et E: {om}"]
        L += ([f"Total: {tot}"] if show_total else [])
        L += ["", "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS PRINCIPALES", ""]
        for i, (s, s_fr) in enumerate(zip(sa, sa_fr), 1):
            L += wrap(f"{i}. {s} / {s_fr}", width)
    elif form == "old":  # a 1990s typewritten form, labels padded with dots
        bil = lang == "bilingual"
        L += ["GOVERNMENT OF CANADA" + ("            GOUVERNEMENT DU CANADA" if bil else ""),
              DEPT[0].upper() + (" / " + DEPT[1].upper() if bil else ""), "",
              "POSITION DESCRIPTION" + (" / DESCRIPTION DE POSTE" if bil else "") + "        EXECUTIVE GROUP (EX)", ""]
        lab = lambda en, fr: (f"{en} / {fr}" if bil else en).ljust(44, ".")  # noqa: E731
        L += [lab("1. POSITION TITLE", "TITRE DU POSTE") + " " + v["title"].upper()]
        if bil:
            L += [" " * 45 + v["title_fr"].upper()]
        L += [lab("2. GROUP AND LEVEL", "GROUPE ET NIVEAU") + " " + cls,
              lab("3. POSITION NUMBER", "NUMERO DU POSTE") + " " + pos_no,
              lab("4. JOB CODE", "CODE") + " " + v["job"],
              lab("5. EFF. DATE (Y/M/D)", "DATE EN VIGUEUR (A/M/J)") + " " + (fmt_date(v["eff"], "ymd2") if v["eff"] else ""),
              lab("6. LOCATION", "LIEU") + " " + v["loc"].upper(),
              lab("7. REPORTS TO (TITLE)", "RELEVE DE (TITRE)") + " " + sup["title"].upper(),
              lab("8. SUPERVISOR'S POS. NO. / GROUP-LEVEL", "") .rstrip(" /.").ljust(44, ".") + f" {sup['pos']}   {sup['cls']}",
              ""]
        L += ["9. GENERAL ACCOUNTABILITY", ""] + wrap(ga.upper() if spec.get("caps") else ga, 66)
        L += ["", "10. ORGANIZATION", "", "    POSITIONS REPORTING DIRECTLY:", ""]
        L += ["    " + x for x in report_lines(v, dict(spec, reports="typed"), "en")]
        L += ["", "11. NATURE AND SCOPE", ""] + wrap(ns, 66)
        L += ["", "12. DIMENSIONS", ""]
        L += ["    PERSON-YEARS".ljust(30, ".") + f" {fte}",
              "    SALARY DOLLARS".ljust(30, ".") + f" {sal}",
              "    O&M DOLLARS".ljust(30, ".") + f" {om}"]
        if show_total:
            L += ["    TOTAL".ljust(30, ".") + f" {tot}"]
        L += ["", "13. SPECIFIC ACCOUNTABILITIES", ""]
        for i, s in enumerate(sa, 1):
            L += wrap(f"({chr(96 + i)}) {s}", 66)
    for sig in spec.get("signatures", []):
        L += ["", sig]
    return L


# ---------------------------------------------------------------- OCR damage and the fax machine
DIGIT = {"0": "Oo", "1": "lI", "5": "S", "8": "B", "2": "Z", "6": "b"}
STRENGTH = {"light": (0.12, 0.01, 0.01, 0.0), "middling": (0.3, 0.03, 0.03, 0.02),
            "heavy": (0.5, 0.06, 0.05, 0.05)}


def damage_token(tok, rng, strength):
    pd, pl, _, pdrop = STRENGTH[strength]
    out = []
    digits = "0158" if strength != "heavy" else "015826"
    for ch in tok:
        if ch in digits and rng.random() < pd:
            out.append(rng.choice(DIGIT[ch]))
        else:
            out.append(ch)
    s = "".join(out)
    if any(c.isalpha() for c in s) and not any(c.isdigit() for c in tok) and len(s) > 3:
        r = rng.random()
        if r < pl:
            for a, b in (("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("t", "l")):
                if a in s[1:]:
                    k = s.index(a, 1)
                    s = s[:k] + b + s[k + len(a):]
                    break
        elif r < pl + pdrop and len(s) > 5:
            k = rng.randrange(1, len(s) - 1)
            if s[k].isalpha():
                s = s[:k] + s[k + 1:]
    return s


def damage(text, strength, rng, breaks=True):
    """OCR damage of a scanned fax; people's names (between ⟦ ⟧) are kept whole."""
    _, _, prun, _ = STRENGTH[strength]
    out_lines = []
    for line in text.split("\n"):
        parts = re.split(r"(⟦[^⟧]*⟧)", line)
        new = []
        for part in parts:
            if part.startswith("⟦"):
                new.append(part)
                continue
            toks = re.split(r"( +)", part)
            res = []
            for t in toks:
                if t.strip():
                    res.append(damage_token(t, rng, strength))
                elif t == " " and res and rng.random() < prun and len(line) > 40:
                    continue  # two words run together
                else:
                    res.append(t)
            new.append("".join(res))
        line = "".join(new)
        # a long prose line broken by the fax, or hyphenated at its end
        if breaks and len(line) > 60 and ":" not in line[:40] and rng.random() < STRENGTH[strength][0] / 3:
            k = line.rfind(" ", 30, 60)
            if k > 0:
                word_end = line.find(" ", k + 1)
                word = line[k + 1:word_end if word_end > 0 else None]
                if len(word) > 6 and word.isalpha() and rng.random() < 0.5:
                    cut = len(word) // 2
                    out_lines.append(line[:k + 1] + word[:cut] + "-")
                    line = word[cut:] + line[k + 1 + len(word):]
                else:
                    out_lines.append(line[:k])
                    line = line[k + 1:]
        out_lines.append(line)
    return "\n".join(out_lines)


def fax_pages(body_pages, fax, cover=None):
    """Pages of a received fax: each with the sending machine's header line."""
    pages = ([cover] if cover else []) + body_pages
    n = len(pages)
    out = []
    for i, page in enumerate(pages, 1):
        head = f"{fax['when']} FROM:{fax['from_']} TO:{fax['to']} P.{i:02d}/{n:02d}"
        lines = [head, ""] + page
        if fax.get("footer"):
            lines += ["", fax["footer"].format(i=i, n=n)]
        out.append(lines)
    return out


def paginate(lines, per_page, running=None):
    pages, cur = [], []
    for line in lines:
        cur.append(line)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    if running:
        for i, p in enumerate(pages[1:], 2):
            p.insert(0, running.format(i=i))
            p.insert(1, "")
    return pages


def insert_marks(lines, marks):
    """Stamps and handwriting, each after the line that contains its anchor (or at the top)."""
    lines = list(lines)
    for anchor, mark in marks:
        if anchor is None:
            lines.insert(0, mark)
            continue
        for i, line in enumerate(lines):
            if anchor in line:
                lines.insert(i + 1, mark)
                break
        else:
            raise KeyError(anchor)
    return lines


def cover_sheet(c, lang):
    if lang == "fr":
        L = ["PÊCHES ET OCÉANS CANADA", "", "TÉLÉCOPIE / FAX", "",
             f"Destinataire : {N(c['to_name'])}", f"Télécopieur : {c['to_fax']}", f"Expéditeur : {N(c['from_name'])}",
             f"Date : {c['date']}", f"Nombre de pages (incluant celle-ci) : {c['pages']}", f"Objet : {c['re']}", "",
             *c["msg"]]
    else:
        L = ["FISHERIES AND OCEANS CANADA" if "CCG" not in c.get("org", "") else "CANADIAN COAST GUARD", "",
             "FACSIMILE TRANSMITTAL / BORDEREAU DE TÉLÉCOPIE", "",
             f"TO: {N(c['to_name'])}", f"FAX: {c['to_fax']}", f"FROM: {N(c['from_name'])}", f"DATE: {c['date']}",
             f"PAGES (including cover): {c['pages']}", f"RE: {c['re']}", "", *c["msg"]]
    L += ["", "This fax may contain information that is protected. If you have received it in error, please "
          "call the sender. / Ce document peut contenir des renseignements protégés."]
    return L


# ---------------------------------------------------------------- writers
def names_in(text):
    return re.findall(r"⟦([^⟧]*)⟧", text)


def unmark(text):
    return text.replace("⟦", "").replace("⟧", "")


def curly(text):
    text = re.sub(r"(\w)'(\w)", "\\1’\\2", text)
    return re.sub(r'"([^"]*)"', "“\\1”", text)


FIXED = (2021, 3, 1, 9, 0, 0)


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def docx_doc(blocks, title):
    """blocks: ('h', text, level) | ('p', text) | ('bold', label, value) | ('table', rows) | ('runs', [(text, strike)])."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = "DFO-MPO"
    cp.title = title
    cp.created = dt.datetime(2021, 3, 1, 9, 0, 0)
    cp.modified = dt.datetime(2021, 3, 1, 9, 0, 0)
    cp.last_modified_by = "DFO-MPO"
    cp.revision = 1
    for b in blocks:
        if b[0] == "h":
            d.add_heading(unmark(b[1]), level=b[2])
        elif b[0] == "p":
            d.add_paragraph(unmark(b[1]))
        elif b[0] == "bullet":
            d.add_paragraph(unmark(b[1]), style="List Bullet")
        elif b[0] == "bold":
            para = d.add_paragraph()
            para.add_run(unmark(b[1])).bold = True
            para.add_run(" " + unmark(b[2]))
        elif b[0] == "runs":
            para = d.add_paragraph()
            for text, strike in b[1]:
                r = para.add_run(unmark(text))
                if strike:
                    r.font.strike = True
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    if isinstance(cell, list):  # runs with strike
                        para = t.cell(i, j).paragraphs[0]
                        for text, strike in cell:
                            r = para.add_run(unmark(text))
                            r.font.strike = strike
                    else:
                        t.cell(i, j).text = unmark(cell)
    for s in d.styles:
        pass
    d.styles["Normal"].font.size = Pt(10)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def docx_wd(v, spec):
    lang = spec["lang"]
    sup = v["supv"]
    fr = lang == "fr"
    eff = fmt_date(v["eff"], spec.get("date", "long")) if v["eff"] else spec.get("eff_blank", "")
    astyle = spec.get("amount", "full")
    cls_runs = [(v["cls"], False)]
    if "cls" in spec.get("strike", {}):
        cls_runs = [(spec["strike"]["cls"], True), (" " + v["cls"], False)]
    ga, ns, sa = prose(v, "fr" if fr else "en")
    acr = ACRONYM[v["region"]]
    if lang == "bilingual":
        ident = [("Position Title / Titre du poste", f"{v['title']} / {v['title_fr']}"),
                 ("Classification / Groupe et niveau", cls_runs), ("Position Number / Numéro du poste", v["pos"]),
                 ("Job Code / Code d'emploi", v["job"]), ("Effective Date / Date d'entrée en vigueur", eff),
                 ("Location / Lieu", v["loc"]),
                 ("Supervisor / Superviseur", f"{sup['title']} / {sup['title_fr']}"),
                 ("Supervisor's Position Number / Numéro du poste du superviseur", sup["pos"]),
                 ("Supervisor's Classification / Classification du superviseur", sup["cls"])]
        heads = ["EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION",
                 "General Accountability / Responsabilités générales", "Organization Structure / Structure",
                 "Dimensions", "Specific Accountabilities / Responsabilités principales"]
        rep_head = ["Position / Poste", "Group and Level / Groupe et niveau", "FTEs / ETP"]
        rep_title = lambda r: f"{r[0]} / {r[1]}"  # noqa: E731
    elif fr:
        ident = [("Titre du poste", v["title_fr"]), ("Groupe et niveau", cls_runs), ("Numéro du poste", v["pos"]),
                 ("Code d'emploi", v["job"]), ("Date d'entrée en vigueur", eff), ("Lieu de travail", v["loc_fr"]),
                 ("Titre du poste du superviseur", sup["title_fr"]), ("Numéro du poste du superviseur", sup["pos"]),
                 ("Classification du superviseur", sup["cls"])]
        heads = ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Responsabilités générales",
                 "Structure de l'organisation", "Dimensions", "Responsabilités principales"]
        rep_head = ["Titre du poste", "Groupe et niveau", "ETP"]
        rep_title = lambda r: r[1]  # noqa: E731
    else:
        ident = [("Position Title", v["title"]), ("Classification", cls_runs), ("Position Number", v["pos"]),
                 ("Job Code", v["job"]), ("Effective Date", eff), ("Location", v["loc"]),
                 ("Supervisor's Position Title", sup["title"]), ("Supervisor's Position Number", sup["pos"]),
                 ("Supervisor's Classification", sup["cls"])]
        heads = ["EXECUTIVE WORK DESCRIPTION", "General Accountability", "Organization Structure", "Dimensions",
                 "Specific Accountabilities"]
        rep_head = ["Position Title", "Group/Level", "FTEs"]
        rep_title = lambda r: r[0]  # noqa: E731
    if spec.get("incumbent"):
        ident.insert(6, ("Titulaire" if fr else "Incumbent", spec["incumbent"]))
    blocks = [("p", f"{DEPT[1] if fr else DEPT[0]} / {acr[1] if fr else acr[0]} - {v['region_fr'] if fr else v['region']}")]
    if spec.get("draft"):
        blocks.append(("p", "DRAFT / ÉBAUCHE - not for signature"))
    blocks.append(("h", heads[0], 1))
    if spec.get("ident") == "bold":
        for label, value in ident:
            if isinstance(value, list):
                blocks.append(("runs", [(label + ":", False), (" ", False)] + value))
            else:
                blocks.append(("bold", label + ":", value))
    else:
        blocks.append(("table", [[label, value] for label, value in ident]))
    blocks += [("h", heads[1], 2), ("p", ga)]
    if lang == "bilingual":
        blocks.append(("p", prose(v, "fr")[0]))
    blocks += [("h", heads[2], 2)]
    rows = [rep_head]
    for i, r in enumerate(v["reports"]):
        fte_cell = str(r[3])
        if f"report{i}" in spec.get("strike", {}):
            fte_cell = [(str(spec["strike"][f"report{i}"]), True), (" " + str(r[3]), False)]
        rows.append([rep_title(r), r[2], fte_cell])
    blocks.append(("table", rows))
    blocks += [("h", "Nature et étendue" if fr else "Nature and Scope", 2), ("p", ns)]
    fte_word, sal_word, om_word = ("ETP", "Salaires", "F et E") if fr else ("FTEs", "Salary", "O&M")
    dims = [(fte_word, str(v["fte"])), (sal_word, fmt_amount(v["salary"], astyle)), (om_word, fmt_amount(v["om"], astyle))]
    if spec.get("total", True):
        dims.append(("Total", fmt_amount(v["salary"] + v["om"], astyle)))
    blocks += [("h", heads[3], 2), ("table", [[a, b] for a, b in dims])]
    blocks += [("h", heads[4], 2)] + [("bullet", s) for s in sa]
    for sig in spec.get("signatures", []):
        blocks.append(("p", sig))
    return blocks


def markdown_wd(v, spec):
    lang = spec["lang"]
    fr = lang == "fr"
    sup = v["supv"]
    eff = fmt_date(v["eff"], spec.get("date", "long")) if v["eff"] else spec.get("eff_blank", "")
    astyle = spec.get("amount", "full")
    ga, ns, sa = prose(v, "fr" if fr else "en")
    cls = struck(spec, "cls", v["cls"])
    sal = struck(spec, "salary", fmt_amount(v["salary"], astyle))
    if fr:
        L = [f"# {v['title_fr']}", "", f"*{DEPT[1]} - {v['region_fr']}*", "", "## Identification du poste", "",
             f"- **Groupe et niveau :** {cls}", f"- **Numéro du poste :** {v['pos']}", f"- **Code d'emploi :** {v['job']}",
             f"- **Date d'entrée en vigueur :** {eff}", f"- **Lieu :** {v['loc_fr']}",
             f"- **Relève de :** {sup['title_fr']} ({sup['cls']}), poste no {sup['pos']}", "",
             "## Responsabilités générales", "", ga, "", "## Structure", "",
             "| Titre du poste | Groupe et niveau | ETP |", "|---|---|---|"]
        L += [f"| {r[1]} | {r[2]} | {r[3]} |" for r in v["reports"]]
        L += ["", "## Nature et étendue", "", ns, "", "## Dimensions", "", f"- **ETP :** {v['fte']}",
              f"- **Salaires :** {sal}", f"- **F et E :** {fmt_amount(v['om'], astyle)}"]
        if spec.get("total", True):
            L.append(f"- **Total :** {fmt_amount(v['salary'] + v['om'], astyle)}")
        L += ["", "## Responsabilités principales", ""] + [f"{i}. {s}" for i, s in enumerate(sa, 1)]
    else:
        L = [f"# {v['title']}", ""]
        if spec.get("draft"):
            L += ["> **DRAFT** - faxed to NHQ for classification review; do not sign.", ""]
        L += ["## Position Details", "",
              f"- **Position Title:** {v['title']}", f"- **Classification:** {cls}",
              f"- **Position Number:** {spec.get('pos_printed', v['pos'])}",
              f"- **Job Code:** {v['job']}", f"- **Effective Date:** {eff}", f"- **Location:** {v['loc']}",
              f"- **Supervisor's Position Title:** {sup['title']}", f"- **Supervisor's Position Number:** {sup['pos']}",
              f"- **Supervisor's Classification:** {sup['cls']}", "",
              "## General Accountability", "", ga, "", "## Organization Structure", "",
              f"Reporting to the {v['title'].split(',')[0]}:", ""]
        L += [f"- **{r[0]}** ({r[2]}, {r[3]} FTEs)" for r in v["reports"]]
        L += ["", "## Nature and Scope", "", ns, "", "## Dimensions", "", f"- **FTEs:** {v['fte']}",
              f"- **Salary:** {sal}", f"- **O&M:** {fmt_amount(v['om'], astyle)}"]
        if spec.get("total", True):
            L.append(f"- **Total:** {fmt_amount(v['salary'] + v['om'], astyle)}")
        L += ["", "## Specific Accountabilities", ""] + [f"{i}. {s}" for i, s in enumerate(sa, 1)]
    for sig in spec.get("signatures", []):
        L += ["", sig]
    return L


def columns_wd(v, spec):
    """A scan whose identification block, reports and dimensions sit in a left column, prose on the right."""
    sup = v["supv"]
    ga, ns, sa = prose(v, "en")
    left = [f"{DEPT[0]}", v["region"], "", "EXECUTIVE WORK DESCRIPTION", "", "Position Title:"]
    left += ["  " + x for x in wrap(v["title"], 36)]
    left += [f"Classification: {struck(spec, 'cls', v['cls'])}", f"Position No.: {v['pos']}", f"Job Code: {v['job']}",
             f"Effective: {fmt_date(v['eff'], spec.get('date', 'long')) if v['eff'] else ''}", "Location:"]
    left += ["  " + x for x in wrap(v["loc"], 36)]
    left += ["Reports to:"] + ["  " + x for x in wrap(sup["title"], 36)]
    left += [f"  ({sup['cls']}), Pos. {sup['pos']}", "", "Direct reports:"]
    for r in v["reports"]:
        left += ["  " + x for x in wrap(f"{r[0]} ({r[2]}, {r[3]} FTEs)", 36)]
    left += ["", "Dimensions:", f"  FTEs: {struck(spec, 'fte', str(v['fte']))}",
             f"  Salary: {fmt_amount(v['salary'], spec.get('amount', 'full'))}",
             f"  O&M: {fmt_amount(v['om'], spec.get('amount', 'full'))}"]
    if spec.get("total", True):
        left.append(f"  Total: {fmt_amount(v['salary'] + v['om'], spec.get('amount', 'full'))}")
    right = ["GENERAL ACCOUNTABILITY", ""] + wrap(ga, 38) + ["", "NATURE AND SCOPE", ""] + wrap(ns, 38)
    right += ["", "SPECIFIC ACCOUNTABILITIES", ""]
    for i, s in enumerate(sa, 1):
        right += wrap(f"{i}. {s}", 38)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    lines = [f"{a:<42}{b}".rstrip() for a, b in zip(left, right)]
    for sig in spec.get("signatures", []):
        lines += ["", sig]
    return lines


# ---------------------------------------------------------------- truth
def truth(spec, v):
    lang = spec["lang"]
    sup = v["supv"]
    tl = "fr" if lang == "fr" else "en"
    not_stated = []
    pos_no = spec.get("pos_printed", v["pos"])
    if not re.fullmatch(r"\d+", pos_no):
        pos_no = None
        not_stated.append("position_number")
    sup_pos = sup["pos"] if spec.get("sup", "fields") != "sentence" or spec["kind"] == "docx" else None
    if sup_pos is None:
        not_stated.append("supervisor.position_number")
    if not v["eff"]:
        not_stated.append("effective_date")
    show_total = spec.get("total", True)
    if not show_total:
        not_stated.append("total")
    reports = [dict(title=r[1] if tl == "fr" else r[0], classification=r[2], fte=r[3]) for r in v["reports"]]
    fields = dict(
        title=t_of(v, tl), classification=v["cls"], job_code=v["job"], position_number=pos_no,
        effective_date=v["eff"],
        supervisor=dict(position_number=sup_pos, title=t_of(sup, tl), classification=sup["cls"]),
        direct_reports=reports, salary=v["salary"], o_and_m=v["om"],
        total=v["salary"] + v["om"] if show_total else None, location=loc_of(v, tl))
    also = dict(department=DEPT[1] if tl == "fr" else DEPT[0], region=v["region_fr"] if tl == "fr" else v["region"],
                fte=v["fte"], form=spec["form_name"])
    if lang == "bilingual":
        also["title_fr"] = v["title_fr"]
    if spec["kind"].startswith("ocr"):
        also["damage"] = spec["strength"]
    if v["sup"] in POSITIONS:
        also["reports_to_in_corpus"] = [d["file"] for d in DOCS if d.get("pos") == v["sup"]]
    also.update(spec.get("also", {}))
    return fields, not_stated, also


# ---------------------------------------------------------------- the folder
FAX_NHQ = "613 555 0199"
FAX_GULF = "506 555 0143"
FAX_MAR = "902 555 0171"
FAX_NL = "709 555 0126"
FAX_CCG = "902 555 0188"
P = PEOPLE

DOCS = [
    # --- Gulf Region Director General: a 1998 typewritten form faxed, and the 2018 bilingual Word file
    dict(file="RDG Gulf - 1998 PD (faxed from NHQ).txt", kind="ocr", lang="bilingual", pos="G-RDG", form="old",
         form_name="1990s typewritten POSITION DESCRIPTION / DESCRIPTION DE POSTE", strength="heavy",
         eff=D(1998, 4, 1), over=dict(title="Director General, Gulf Region", title_fr="Directeur général, Région du Golfe",
                                      fte=655, salary=24_310_000, om=9_870_000, reports=POSITIONS["G-RDG"]["reports"][:5]),
         sup_over=dict(title="Assistant Deputy Minister, Fisheries Management", cls="EX-05", pos="10004"),
         amount="full", fax=dict(when="MAR-03-1998 14:17", from_=f"DFO OTTAWA HR {FAX_NHQ}", to=FAX_GULF, footer="- {i} -"),
         marks=[("PERSON-YEARS", "[handwritten: incl. seasonal]"), (None, "COPY / COPIE")],
         signatures=[f"APPROVED BY / APPROUVÉ PAR: {N(P[0])}   DEPUTY MINISTER   98/03/02"],
         versions=dict(documents=["RDG Gulf - 1998 PD (faxed from NHQ).txt", "RDG Golfe - WD bilingue 2018.docx"],
                       newest="RDG Golfe - WD bilingue 2018.docx", same_text=False,
                       note="1998: titled Director General, Gulf Region, 655 person-years, five reports; 2018: Regional Director General, 612 FTEs, six reports, larger budget")),
    dict(file="RDG Golfe - WD bilingue 2018.docx", kind="docx", lang="bilingual", pos="G-RDG", form_name="bilingual EXECUTIVE WORK DESCRIPTION (Word, two-column table)",
         eff=D(2018, 9, 17), date="dmy", amount="full", incumbent=P[1],
         signatures=[f"Approved by / Approuvé par : {N(P[2])}, Deputy Minister / sous-ministre, 2018-09-12"]),
    # --- Gulf Fisheries Management: a faxed draft with its level corrected, then the signed French PDF
    dict(file="RD Fisheries Mgmt Gulf - DRAFT fax.txt", kind="ocr", lang="en", pos="G-FM", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="middling", eff=D(2019, 4, 1), date="long", amount="M",
         strike=dict(cls="EX-01", fte="196"), strike_style="dash", reports="table",
         fax=dict(when="FEB-12-2019 10:42", from_=f"DFO GULF HR {FAX_GULF}", to=FAX_NHQ, footer="Page {i} of {n}"),
         cover=dict(to_name=P[3], to_fax=FAX_NHQ, from_name=P[4], date="February 12, 2019",
                    re="Draft WD - Regional Director, Fisheries Management (Gulf) - pos. 40118",
                    msg=["Please find the draft for the committee. Level corrected by hand to EX-02 as discussed.",
                         "The FTE count was 196 in the 2015 version; it is now 188."]),
         marks=[(None, "DRAFT"), ("Classification:", "[handwritten: per RDG - EX-02 ok]"),
                ("O&M:", "RECEIVED / REÇU  FEB 12 2019  NHQ CLASSIFICATION")],
         versions=dict(documents=["RD Fisheries Mgmt Gulf - DRAFT fax.txt", "DR Gestion des pêches Golfe - signé.pdf"],
                       newest="DR Gestion des pêches Golfe - signé.pdf", same_text=False,
                       note="the faxed English draft, level and FTEs corrected by hand, then the signed French version with the same values")),
    dict(file="DR Gestion des pêches Golfe - signé.pdf", kind="pdf", lang="fr", pos="G-FM", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", eff=D(2019, 4, 1), date="fr", amount="fr",
         reports="columns", sup="line", incumbent=P[5],
         signatures=[f"Signé : {N(P[6])}, directeur général régional, 25 mars 2019", "APPROUVÉ / APPROVED"]),
    # --- Gulf Science: a 2012 French fax, then the 2021 English Word file (one more report)
    dict(file="DR Sciences Golfe 2012 (télécopie).txt", kind="ocr", lang="fr", pos="G-SCI", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", strength="middling", eff=D(2012, 6, 1),
         date="fr", amount="frk", over=dict(fte=129, salary=9_420_000, om=2_510_000,
                                             reports=POSITIONS["G-SCI"]["reports"][:4]),
         reports="bullets", sup="fields",
         fax=dict(when="JUN-14-2012 09:05", from_=f"MPO GOLFE RH {FAX_GULF}", to=FAX_NHQ, footer="Page {i} de {n}"),
         marks=[("Salaires", "[manuscrit : voir budget 2012-13]"), ("Numéro du poste :", "COPIE CONFORME")],
         versions=dict(documents=["DR Sciences Golfe 2012 (télécopie).txt", "Regional Director Science Gulf 2021.docx"],
                       newest="Regional Director Science Gulf 2021.docx", same_text=False,
                       note="2012 French: four reports, 129 FTEs; 2021 English: the hydrography unit added, 141 FTEs")),
    dict(file="Regional Director Science Gulf 2021.docx", kind="docx", lang="en", pos="G-SCI",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, two-column table)", eff=D(2021, 1, 4), date="long", amount="full",
         signatures=[f"Approved: {N(P[7])}, Regional Director General, Gulf Region - December 18, 2020"]),
    # --- Eastern New Brunswick: the same scan faxed twice
    dict(file="Directeur de secteur Est du N.-B..txt", kind="ocr", lang="fr", pos="G-ENB", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", strength="light", eff=D(2016, 10, 3),
         date="fr", amount="fr", reports="lines", sup="line", incumbent=P[8],
         fax=dict(when="OCT-05-2016 16:21", from_=f"MPO TRACADIE {'506 555 0117'}", to=FAX_GULF),
         marks=[("ETP :", "[manuscrit : 38 - vérifié SB]")],
         signatures=[f"Approuvé par : {N(P[9])}, directeur régional, Gestion des pêches - 30 septembre 2016"],
         versions=dict(documents=["Directeur de secteur Est du N.-B..txt", "Directeur de secteur Est du N.-B. (1).txt"],
                       newest="Directeur de secteur Est du N.-B. (1).txt", same_text=True,
                       note="the same fax saved twice")),
    # --- Prince Edward Island: a 2009 cp1252 text, then the 2019 PDF with its table read column by column
    dict(file="Area Director PEI 2009.txt", kind="text-cp1252", lang="en", pos="G-PEI", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2009, 11, 16), date="long", amount="full",
         over=dict(fte=28, salary=1_870_000, om=430_000, reports=POSITIONS["G-PEI"]["reports"][:3]),
         reports="bullets", sup="fields",
         versions=dict(documents=["Area Director PEI 2009.txt", "Area Director, PEI - signed.pdf"],
                       newest="Area Director, PEI - signed.pdf", same_text=False,
                       note="2009: three reports, 28 FTEs; 2019: fisheries protection unit added, 31 FTEs, larger budget")),
    dict(file="Area Director, PEI - signed.pdf", kind="pdf", lang="en", pos="G-PEI", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2019, 7, 1), date="iso", amount="full", reports="columns",
         sup="line", signatures=[f"Signed: {N(P[10])}, Regional Director, Fisheries Management   2019-06-20", "APPROVED"]),
    # --- Maritimes Science: a Markdown draft, then the signed PDF
    dict(file="RD Science Maritimes - draft.md", kind="markdown", lang="en", pos="M-SCI", form_name="Markdown export of the WD template",
         eff=None, eff_blank="TBD", draft=True, amount="M", strike=dict(salary="$30.90M"), strike_style="md",
         versions=dict(documents=["RD Science Maritimes - draft.md", "RD Science Maritimes (signed 2020).pdf"],
                       newest="RD Science Maritimes (signed 2020).pdf", same_text=False,
                       note="the draft has no effective date and a struck former salary; the signed PDF dates it")),
    dict(file="RD Science Maritimes (signed 2020).pdf", kind="pdf", lang="en", pos="M-SCI", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2020, 2, 3), date="dmy", amount="M", reports="table",
         signatures=[f"Approved by: {N(P[11])}, Regional Director General, Maritimes Region, 28 January 2020"]),
    # --- Maritimes RDG: a 2003 fax, then the 2017 Word file
    dict(file="Maritimes RDG WD 2003 fax.txt", kind="ocr", lang="en", pos="M-RDG", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="heavy", eff=D(2003, 4, 1), date="upper", amount="thousands",
         over=dict(title="Regional Director General, Maritimes Region", fte=1012, salary=48_700_000, om=16_200_000,
                   reports=POSITIONS["M-RDG"]["reports"][:4]), reports="lines", sup="line",
         fax=dict(when="APR-22-2003 11:58", from_=f"DFO MARITIMES {FAX_MAR}", to=FAX_NHQ, footer="{i}/{n}"),
         cover=dict(to_name=P[12], to_fax=FAX_NHQ, from_name=P[13], date="22 April 2003",
                    re="RDG Maritimes work description for the EX review", pages=None,
                    msg=["As requested. Note: the salary figure is from the 2002-03 main estimates."]),
         marks=[("Salary:", "[handwritten: ?? check w/ Finance]"), ("GENERAL ACCOUNTABILITY", "gw -> p.2")],
         versions=dict(documents=["Maritimes RDG WD 2003 fax.txt", "RDG Maritimes Region 2017.docx"],
                       newest="RDG Maritimes Region 2017.docx", same_text=False,
                       note="2003: four reports, 1012 FTEs, budget in $000s; 2017: Small Craft Harbours and Corporate added as reports, 905 FTEs")),
    dict(file="RDG Maritimes Region 2017.docx", kind="docx", lang="en", pos="M-RDG", ident="bold",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, bold labels)", eff=D(2017, 5, 1), date="long", amount="full",
         signatures=[f"Deputy Minister: {N(P[14])}     Date: April 27, 2017"]),
    # --- CCG Assistant Commissioner: a bilingual fax 2015, then a bilingual PDF 2022
    dict(file="ACA Atlantic - fax 2015 (bilingual).txt", kind="ocr", lang="bilingual", pos="CCG-AC", form="bil",
         form_name="bilingual EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", strength="middling",
         eff=D(2015, 4, 1), date="iso", amount="M", over=dict(fte=1395, salary=104_200_000, om=58_900_000,
                                                                reports=POSITIONS["CCG-AC"]["reports"][:4]),
         fax=dict(when="MAY-06-2015 08:37", from_=f"CCG ATL {FAX_CCG}", to=FAX_NHQ, footer="Page {i}/{n}"),
         marks=[(None, "RECEIVED MAY 06 2015 / REÇU"), ("FTEs / ETP", "[handwritten: 1,395 incl. ships' crews]")],
         versions=dict(documents=["ACA Atlantic - fax 2015 (bilingual).txt", "Commissaire adjoint Atlantique 2022 - bilingue.pdf"],
                       newest="Commissaire adjoint Atlantique 2022 - bilingue.pdf", same_text=False,
                       note="2015: four reports, 1395 FTEs; 2022: a Chief of Staff added, 1480 FTEs, larger budget")),
    dict(file="Commissaire adjoint Atlantique 2022 - bilingue.pdf", kind="pdf", lang="bilingual", pos="CCG-AC", form="bil",
         form_name="bilingual EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", eff=D(2022, 6, 1), date="iso",
         amount="full", sup="line",
         signatures=[f"Approved / Approuvé : {N(P[15])}, Commissioner / commissaire, 2022-05-19"]),
    # --- CCG Maritime Services: a 2001 typewritten fax, then 2016 UTF-8 text
    dict(file="MARITIME SERVICES RD 2001.txt", kind="ocr", lang="en", pos="CCG-MS", form="old",
         form_name="typewritten POSITION DESCRIPTION (EX)", strength="heavy", eff=D(2001, 9, 10), amount="full",
         over=dict(title="Regional Director, Marine Programs, Maritimes Region", region="Maritimes Region", cls="EX-01", fte=301, salary=14_860_000,
                   om=5_240_000, reports=POSITIONS["CCG-MS"]["reports"][:4]),
         sup_over=dict(title="Regional Director General, Maritimes Region", cls="EX-03", pos="30001",
                       title_fr="Directeur général régional, Région des Maritimes"),
         strike=dict(fte="314"), strike_style="above",
         fax=dict(when="SEP-11-2001 07:52", from_=f"CCG DARTMOUTH {FAX_CCG}", to=FAX_NHQ),
         marks=[("GROUP AND LEVEL", "APPROVED / APPROUVÉ"), ("SALARY DOLLARS", "[handwritten: before transfer to CCG?]")],
         signatures=[f"CLASSIFIED BY: {N(P[16])}   01/09/07"],
         also=dict(note="the 2001 title is Regional Director, Marine Programs (Coast Guard then in the Maritimes Region); the person-years corrected by hand above the struck 314"),
         versions=dict(documents=["MARITIME SERVICES RD 2001.txt", "RD Maritime Services Atlantic 2016.txt"],
                       newest="RD Maritime Services Atlantic 2016.txt", same_text=False,
                       note="2001: Regional Director, Marine Programs, reporting to the Maritimes RDG, 301 person-years; 2016: Maritime Services, Atlantic, reporting to the Assistant Commissioner")),
    dict(file="RD Maritime Services Atlantic 2016.txt", kind="text", lang="en", pos="CCG-MS", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2016, 1, 18), date="long", amount="K", reports="sentence",
         sup="fields", incumbent=P[17]),
    # --- NL Fisheries Management: a Word DRAFT with struck values, then the signed version faxed
    dict(file="RD FM NL DRAFT v3 - tracked.docx", kind="docx", lang="en", pos="NL-FM", draft=True,
         form_name="EXECUTIVE WORK DESCRIPTION (Word, two-column table)", eff=D(2020, 4, 1), date="long", amount="full",
         strike=dict(cls="EX-01", report4="19"),
         versions=dict(documents=["RD FM NL DRAFT v3 - tracked.docx", "RD FM NL signed - faxed.txt"],
                       newest="RD FM NL signed - faxed.txt", same_text=False,
                       note="the draft strikes EX-01 for EX-02 and 19 FTEs for 17 in the licensing unit; the signed fax prints the new values")),
    dict(file="RD FM NL signed - faxed.txt", kind="ocr", lang="en", pos="NL-FM", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="middling", eff=D(2020, 4, 1), date="long", amount="M",
         reports="bullets", sup="fields",
         fax=dict(when="MAR-27-2020 15:03", from_=f"DFO NL REGION {FAX_NL}", to=FAX_NHQ, footer="p. {i}"),
         running="DFO NL  Regional Director, Fisheries Management  50120   p. {i}",
         marks=[(None, "APPROVED"), ("Job Code:", "[handwritten: JC confirmed - TL]")],
         signatures=[f"Approved: {N(P[18])}, Regional Director General, NL Region    March 25, 2020"]),
    # --- CCG Fleet: a 2011 two-column scan, then 2019 Word
    dict(file="Fleet RD Atlantic 2011 scan.txt", kind="ocr-columns", lang="en", pos="CCG-FLT", form="columns",
         form_name="EXECUTIVE WORK DESCRIPTION, two columns", strength="middling", eff=D(2011, 8, 15), date="long",
         amount="M", over=dict(fte=962, salary=66_300_000, om=35_100_000, reports=POSITIONS["CCG-FLT"]["reports"][:3]),
         strike=dict(cls="EX-01"), strike_style="bare",
         fax=dict(when="AUG-16-2011 13:30", from_=f"CCG ST JOHNS {FAX_NL}", to=FAX_CCG),
         also=dict(note="the level is printed 'EX-01 EX-02': EX-01 struck through on the original, EX-02 written beside"),
         versions=dict(documents=["Fleet RD Atlantic 2011 scan.txt", "Regional Director Fleet (Atlantic) 2019.docx"],
                       newest="Regional Director Fleet (Atlantic) 2019.docx", same_text=False,
                       note="2011: three reports, 962 FTEs; 2019: fleet safety unit added, 930 FTEs")),
    dict(file="Regional Director Fleet (Atlantic) 2019.docx", kind="docx", lang="en", pos="CCG-FLT",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, two-column table)", eff=D(2019, 10, 1), date="iso", amount="M",
         incumbent=P[19]),
    # --- Maritimes Resource Management: cp1252 2014, then Markdown 2022
    dict(file="Director Resource Mgmt Maritimes 2014.txt", kind="text-cp1252", lang="en", pos="M-RM", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2014, 3, 31), date="long", amount="full", reports="lines",
         over=dict(fte=41, salary=3_120_000, om=705_000, reports=POSITIONS["M-RM"]["reports"][:3]), sup="line",
         versions=dict(documents=["Director Resource Mgmt Maritimes 2014.txt", "Director, Resource Management (Maritimes).md"],
                       newest="Director, Resource Management (Maritimes).md", same_text=False,
                       note="2014: three reports, 41 FTEs; 2022: a policy advisor added, 44 FTEs")),
    dict(file="Director, Resource Management (Maritimes).md", kind="markdown", lang="en", pos="M-RM",
         form_name="Markdown export of the WD template", eff=D(2022, 4, 1), date="long", amount="full", total=False),
    # --- singles
    dict(file="DR Ports pour petits bateaux Golfe.txt", kind="ocr", lang="fr", pos="G-SCH", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", strength="heavy", eff=D(2017, 2, 1), date="fr",
         amount="frk", reports="table", sup="fields",
         fax=dict(when="FEB-03-2017 12:12", from_=f"MPO GOLFE PPB {FAX_GULF}", to=FAX_NHQ, footer="Page {i} de {n}"),
         cover=dict(to_name=P[20], to_fax=FAX_NHQ, from_name=P[21], date="3 février 2017",
                    re="Description de travail - DR, PPB Golfe", pages=None,
                    msg=["Voici la version signée. Le budget de F et E inclut le budget d'immobilisations des ports."]),
         marks=[("Groupe et niveau", "REÇU / RECEIVED  2017-02-03"), ("F et E", "[manuscrit : incl. capital]")]),
    dict(file="RD Conservation & Protection Gulf.pdf", kind="pdf", lang="en", pos="G-CP", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2021, 11, 8), date="long", amount="full", reports="columns",
         sup="fields", total=False, signatures=[f"Approved: {N(P[22])}   Regional Director General   Nov. 2, 2021"]),
    dict(file="Directeur de secteur Golfe N.-É..txt", kind="text", lang="fr", pos="G-NS", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", eff=D(2022, 9, 12), date="fr", amount="fr",
         reports="bullets", sup="line", incumbent=P[23]),
    dict(file="RD Corporate Mgmt Gulf - fax for signature.txt", kind="ocr", lang="en", pos="G-CMS", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="light", eff=D(2018, 3, 19), date="long", amount="full",
         reports="bullets", sup="fields",
         fax=dict(when="MAR-09-2018 09:44", from_=f"DFO GULF CMS {FAX_GULF}", to="506 555 0100", footer="Page {i} of {n}"),
         cover=dict(to_name=P[24], to_fax="506 555 0100", from_name=P[25], date="March 9, 2018",
                    re="WD for signature - Regional Director, Corporate Management", pages=None,
                    msg=["Please sign page 4 and fax back. The RDG asked that the total be shown."]),
         marks=[("Total:", "[handwritten: sign here ->]")],
         signatures=[f"Signature: {N(P[6])}  Regional Director General, Gulf    2018-03-12"]),
    dict(file="Directrice régionale, Gestion des écosystèmes - Maritimes.docx", kind="docx", lang="fr", pos="M-ECO",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (Word, tableau)", eff=D(2023, 1, 9), date="fr",
         amount="fr", signatures=[f"Approuvée par : {N(P[26])}, directrice générale régionale, le 5 janvier 2023"]),
    dict(file="Dir Ocean & Ecosystem Sci - scan.txt", kind="ocr-columns", lang="en", pos="M-OES", form="columns",
         form_name="EXECUTIVE WORK DESCRIPTION, two columns", strength="light", eff=D(2018, 6, 4), date="long",
         amount="K", fax=dict(when="JUN-05-2018 10:10", from_=f"BIO DARTMOUTH {FAX_MAR}", to=FAX_NHQ),
         signatures=[f"Approved: {N(P[27])}, Regional Director, Science    2018-05-30"]),
    dict(file="Area Director SW Nova - corrected.txt", kind="ocr", lang="en", pos="M-SWNS", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="middling", eff=D(2015, 12, 7), date="long", amount="full",
         reports="lines", sup="line", strike=dict(fte="55", report1="24"), strike_style="struck",
         fax=dict(when="DEC-08-2015 14:48", from_=f"DFO YARMOUTH {'902 555 0152'}", to=FAX_MAR, footer="Page {i} of {n}"),
         marks=[("FTEs:", "[handwritten: 3 C&P positions moved to Digby - RM]"), (None, "COPY")]),
    dict(file="Regional Manager SAR Program Maritimes - bilingual.txt", kind="text-cp1252", lang="bilingual",
         pos="M-SAR", form="bil", form_name="bilingual EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL",
         eff=D(2019, 2, 25), date="iso", amount="full"),
    dict(file="Area Director Labrador.pdf", kind="pdf", lang="en", pos="NL-LAB", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=D(2021, 5, 17), date="long", amount="K", reports="table",
         sup="line", incumbent=P[28], signatures=[f"Approved: {N(P[29])}, Regional Director, Fisheries Management"]),
    dict(file="Director Resource Management NL.txt", kind="text", lang="en", pos="NL-RM", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", eff=None, eff_blank="", date="long", amount="M", reports="table",
         sup="fields"),
    dict(file="RD Small Craft Harbours NL.docx", kind="docx", lang="en", pos="NL-SCH", ident="bold",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, bold labels)", eff=D(2016, 8, 2), date="long", amount="M"),
    dict(file="Directrice C&P T.-N.-L. 2020.txt", kind="text-cp1252", lang="fr", pos="NL-CP", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", eff=D(2020, 1, 6), date="fr", amount="fr",
         reports="table", sup="fields", incumbent=P[30]),
    dict(file="RD Integrated Technical Services ATL - faxed.txt", kind="ocr", lang="en", pos="CCG-ITS", form="modern",
         form_name="EXECUTIVE WORK DESCRIPTION", strength="heavy", eff=D(2013, 7, 2), date="long", amount="full",
         reports="table", sup="fields", strike=dict(salary="$15,980,000"), strike_style="hand",
         fax=dict(when="JUL-03-2013 17:06", from_=f"CCG ATL ITS {FAX_CCG}", to=FAX_NHQ, footer="- {i} -"),
         running="CCG Atlantic - RD ITS - EX-01",
         marks=[(None, "COPY / COPIE"), ("Classification:", "APPROVED  JUL 02 2013"), ("O&M:", "~ ok  KD")]),
    dict(file="Directrice, Intervention environnementale (Atlantique).md", kind="markdown", lang="fr", pos="CCG-ER",
         form_name="Markdown export of the WD template", eff=D(2023, 10, 2), date="fr", amount="frk"),
    dict(file="Directeur SCTM Atlantique.pdf", kind="pdf", lang="fr", pos="CCG-MCTS", form="fr",
         form_name="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", eff=D(2019, 3, 11), date="fr", amount="fr",
         reports="columns", sup="fields",
         signatures=[f"Approuvé par : {N(P[31])}, directeur régional, Services maritimes, le 4 mars 2019"]),
    dict(file="Director SAR Atlantic - RECU.txt", kind="ocr", lang="bilingual", pos="CCG-SAR", form="bil",
         form_name="bilingual EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", strength="middling",
         eff=D(2017, 11, 20), date="iso", amount="full",
         fax=dict(when="NOV-21-2017 10:02", from_=f"JRCC HALIFAX {'902 555 0166'}", to=FAX_CCG, footer="Page {i}/{n}"),
         marks=[(None, "REÇU / RECEIVED  NOV 21 2017"), ("Location / Lieu", "[handwritten: JRCC, not Dartmouth]")]),
    dict(file="Director Inspection Services Gulf 1994.txt", kind="ocr", lang="en", pos="G-INSP", form="old",
         form_name="1990s typewritten POSITION DESCRIPTION (EX)", strength="heavy", eff=D(1994, 10, 1), amount="full",
         caps=True, fax=dict(when="OCT-04-1994 11:26", from_=f"DFO MONCTON {FAX_GULF}", to=FAX_NHQ),
         marks=[("GROUP AND LEVEL", "[handwritten: EX-1 confirmed 94/09]"), (None, "COPY")],
         signatures=[f"APPROVED: {N(P[32])}  DIRECTOR GENERAL  94/09/28"],
         also=dict(note="inspection moved to the Canadian Food Inspection Agency in 1997; the position is historic")),
    dict(file="Regional Director Fisheries Management Gulf (1).docx", kind="docx", lang="en", pos="G-FM",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, bold labels)", ident="bold", eff=D(2019, 4, 1), date="long",
         amount="M", skip=True),
    dict(file="Dir Fish & Fish Habitat Protection Maritimes.docx", kind="docx", lang="en", pos="M-HAB",
         form_name="EXECUTIVE WORK DESCRIPTION (Word, two-column table)", eff=D(2020, 9, 14), date="long",
         amount="full", total=False),
]
DOCS = [d for d in DOCS if not d.get("skip")]
# The second copy of the Eastern New Brunswick fax.
_enb = next(d for d in DOCS if d["pos"] == "G-ENB")
DOCS.insert(DOCS.index(_enb) + 1, dict(_enb, file="Directeur de secteur Est du N.-B. (1).txt", copy_of=_enb["file"]))

for _d in DOCS:
    if _d["pos"] == "CCG-MS" and _d["form"] == "old":
        _d["also"]["reports_to_in_corpus"] = ["Maritimes RDG WD 2003 fax.txt", "RDG Maritimes Region 2017.docx"]
    if _d["pos"] == "G-INSP":
        _d["also"]["reports_to_in_corpus"] = ["RDG Gulf - 1998 PD (faxed from NHQ).txt"]
    if _d["pos"] == "G-RDG" and _d.get("form") == "old":
        _d["also"] = dict(region="Gulf Region")


# ---------------------------------------------------------------- documents to refuse
def refusals():
    out = []
    # a fax cover sheet that arrived alone
    cover = cover_sheet(dict(to_name=P[3], to_fax=FAX_NHQ, from_name=P[33], date="February 19, 2019", pages=6,
                             re="WD - Area Director, Gulf Nova Scotia (EX-01), pos. 40149 - for the March committee",
                             msg=["Five pages follow. FTEs went from 27 to 29 with the two seasonal positions.",
                                  "Salary $2.13M, O&M $470K. Call me if pages are missing."]), "en")
    pages = fax_pages([], dict(when="FEB-19-2019 13:55", from_=f"DFO GULF HR {FAX_GULF}", to=FAX_NHQ), cover)
    pages[0][0] = pages[0][0].replace("P.01/01", "P.01/06")
    text = "\n".join(pages[0]) + "\n\n[handwritten: only p.1 rec'd - asked to resend  19/2]\n"
    out.append(dict(file="Fax cover - Gulf HR 2019-02-19.txt", kind="ocr", lang="en", text=text, strength="light",
                    also=dict(what="a fax cover sheet whose five pages never arrived (1 page of 6)")))
    # an illegible faxed page
    rng = random.Random(13801)
    junk = []
    for _ in range(34):
        n = rng.randrange(8, 70)
        junk.append("".join(rng.choice("  .,:;'-_~il1I|rn/\\^'`°oO0") for _ in range(n)).strip())
    junk[3] = "EXECUT    W0RK  DESCRI  .  ."
    junk[9] = "Cl.ss  f cat on :  EX-0  ."
    junk[17] = "...  Reg  nal  D  ect r  ,  ...  Gu  f"
    text = "JAN-08-2020 08:14 FROM:DFO GULF  506 555 0143 TO:613 555 0199 P.03/05\n\n" + "\n".join(junk) + "\n"
    out.append(dict(file="page 3 illisible.txt", kind="ocr", lang="en", text=text, strength="heavy",
                    also=dict(what="an illegible faxed page: a few label fragments, no value to read")))
    # a scan without a text layer
    out.append(dict(file="SCAN0041.pdf", kind="pdf", lang="en", data=pdf_bytes(["", "", ""]),
                    also=dict(what="three scanned pages without a text layer")))
    # a routing and transmittal slip
    slip = ["ROUTING AND TRANSMITTAL SLIP / BORDEREAU D'ACHEMINEMENT ET DE TRANSMISSION", "",
            f"TO / À: {N(P[29])}, Regional Director, Fisheries Management, NL",
            f"FROM / DE: {N(P[34])}, HR Advisor, Classification", "Date: 2021-05-10", "",
            "[X] For signature / Pour signature     [ ] For information / Pour information",
            "[ ] For comments / Pour commentaires   [X] Return to sender / Retourner à l'expéditeur", "",
            "Subject / Objet: Work description - Area Director, Labrador (EX-01), position 50166",
            "Remarks / Remarques: Attached for signature. Budget updated to $2.01M salary and $1.15M O&M;",
            "26 FTEs. Please sign page 4 and return by May 14.", "",
            "File / Dossier: 5130-1-50166"]
    out.append(dict(file="Routing slip - WD Area Director Labrador.pdf", kind="pdf", lang="bilingual",
                    data=pdf_bytes(["\n".join(unmark(x) for x in slip)]), names=names_in("\n".join(slip)),
                    also=dict(what="a routing and transmittal slip for a work description that is not attached")))
    # a memorandum
    memo = ["MEMORANDUM / NOTE DE SERVICE", "", f"TO: {N(P[6])}, Regional Director General, Gulf Region",
            f"FROM: {N(P[9])}, Regional Director, Fisheries Management", "DATE: November 4, 2019",
            "FILE: 5130-1-40100", "SUBJECT: Request to review the classification of the three area director positions",
            "", "Purpose", "", "To seek your support for a review of the classification of the Area Director positions in "
            "Eastern New Brunswick (40134), Prince Edward Island (40141) and Gulf Nova Scotia (40149), now EX-01.",
            "", "Background", "", "Since the 2016 work descriptions were signed, the area offices have taken on the "
            "Indigenous fisheries agreements and the licensing modernization. Eastern New Brunswick went from 33 to 38 "
            "FTEs and its O&M from $580,000 to $640,000. The area directors now carry responsibilities comparable to "
            "the EX-02 benchmark \"Regional Director, Resource Management\" of another region.",
            "", "Recommendation", "", "That the three positions be submitted to the departmental committee in the "
            "spring. Updated work descriptions will follow.", "", f"c.c. {N(P[35])}, Regional Manager, Human Resources"]
    text = "\r\n".join(curly(unmark(x)) for x in memo) + "\r\n"
    out.append(dict(file="Memo to RDG - reclassification of area directors.txt", kind="text-cp1252", lang="en",
                    data=text.encode("cp1252"), names=names_in("\n".join(memo)),
                    also=dict(what="a memorandum about three positions' classification, not a work description")))
    # an organization chart
    rows = [["Poste / Position", "Titre / Title", "Groupe-niveau / Group-level", "ETP / FTEs"],
            ["40001", "Directeur général régional / Regional Director General", "EX-03", "612"],
            ["40118", "Directeur régional, Gestion des pêches / Regional Director, Fisheries Management", "EX-02", "188"],
            ["40207", "Directeur régional, Sciences / Regional Director, Science", "EX-01", "141"],
            ["40255", "Directeur régional, PPB / Regional Director, SCH", "EX-01", "64"],
            ["40311", "Directeur régional, C et P / Regional Director, C&P", "EX-01", "122"],
            ["40390", "Directeur régional, Gestion intégrée / Regional Director, Corporate Management", "EX-01", "71"]]
    blocks = [("h", "Région du Golfe - Organigramme / Gulf Region - Organization Chart", 1),
              ("p", "En date du 1er avril 2021 / As of April 1, 2021"), ("table", rows),
              ("p", "Les directeurs de secteur relèvent du directeur régional, Gestion des pêches. / Area directors report to the Regional Director, Fisheries Management.")]
    out.append(dict(file="Organigramme Golfe - Gulf org chart 2021.docx", kind="docx", lang="bilingual",
                    data=docx_doc(blocks, "Organigramme"),
                    also=dict(what="a bilingual organization chart as a table of positions, levels and FTEs")))
    return out


# ---------------------------------------------------------------- build
def ocr_text(spec, v):
    lines = columns_wd(v, spec) if spec["kind"] == "ocr-columns" else text_form(v, spec)
    lines = insert_marks(lines, spec.get("marks", []))
    lines = above_fix(lines)
    body = paginate(lines, spec.get("per_page", 44), spec.get("running"))
    cover = None
    if spec.get("cover"):
        c = dict(spec["cover"])
        c["pages"] = len(body) + 1
        cover = cover_sheet(c, spec["lang"] if spec["lang"] == "fr" else "en")
    pages = fax_pages(body, spec["fax"], cover)
    text = "\n\n\n".join("\n".join(p) for p in pages) + "\n"
    rng = random.Random(f"blind138:{spec.get('copy_of', spec['file'])}")
    return damage(text, spec["strength"], rng, breaks=spec["kind"] == "ocr")


def build(spec):
    v = values(spec)
    kind = spec["kind"]
    if kind in ("ocr", "ocr-columns"):
        text = ocr_text(spec, v)
        return unmark(text).encode("utf-8"), names_in(text)
    if kind == "docx":
        blocks = docx_wd(v, spec)
        names = [spec["incumbent"]] if spec.get("incumbent") else []
        names += names_in("\n".join(str(b) for b in blocks))
        return docx_doc(blocks, v["title"]), list(dict.fromkeys(names))
    if kind == "markdown":
        text = "\n".join(markdown_wd(v, spec)) + "\n"
        return unmark(text).encode("utf-8"), names_in(text)
    lines = text_form(v, spec)
    text = "\n".join(lines) + "\n"
    names = names_in(text)
    text = unmark(text)
    if kind == "text":
        return text.encode("utf-8"), names
    if kind == "text-cp1252":
        return curly(text).replace("\n", "\r\n").encode("cp1252"), names
    if kind == "pdf":
        flat = []
        for line in text.split("\n"):
            flat += wrap(line, 100) if len(line) > 100 else [line]
        pages = ["\n".join(flat[i:i + 62]) for i in range(0, len(flat), 62)]
        return pdf_bytes(pages), names
    raise ValueError(kind)


def dump(obj):
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=120)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    versions = {}
    for spec in DOCS:
        if spec.get("versions"):
            for f in spec["versions"]["documents"]:
                versions[f] = spec["versions"]
    for spec in DOCS:
        data, names = build(spec)
        (corpus / spec["file"]).write_bytes(data)
        fields, not_stated, also = truth(spec, values(spec))
        if spec.get("incumbent") and spec["incumbent"] not in names:
            names.append(spec["incumbent"])
        doc = dict(document=spec["file"], kind=spec["kind"], language=spec["lang"], outcome="import",
                   fields=fields, not_stated=not_stated, also=also, people=list(dict.fromkeys(names)) or [],
                   versions=versions.get(spec["file"]))
        (expected / f"{spec['file']}.expected.yaml").write_text(dump(doc), encoding="utf-8")
    for r in refusals():
        if "data" in r:
            data, names = r["data"], r.get("names", [])
        else:
            data, names = unmark(r["text"]).encode("utf-8"), names_in(r["text"])
            if r["kind"] == "ocr":
                text = damage(r["text"], r["strength"], random.Random(f"blind138:{r['file']}"))
                data, names = unmark(text).encode("utf-8"), names_in(text)
        (corpus / r["file"]).write_bytes(data)
        also = dict(r["also"])
        doc = dict(document=r["file"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                   not_stated=[], also=also, people=list(dict.fromkeys(names)), versions=None)
        (expected / f"{r['file']}.expected.yaml").write_text(dump(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
