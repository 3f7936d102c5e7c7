"""Blind corpus blind194: executive work descriptions whose reports, supervisor and figures sit in org charts
drawn as text (boxes, trees, arrows, Word text boxes and chart tables) beside job-evaluation material (Hay
factor tables, classification and signature blocks, the supervisor's chart). Run from the repository root:
    python bench/import/blind194/make_blind.py
The output is the same bytes on every run."""
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
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_TITLE = {"Director General": "Directeur général", "Executive Director": "Directeur exécutif",
            "Director": "Directeur"}
FR_TITLE_F = {"Director General": "Directrice générale", "Executive Director": "Directrice exécutive",
              "Director": "Directrice"}


# ---------------------------------------------------------------- plan of positions
def build_positions():
    rng = random.Random(1940)
    positions = []
    used_numbers = set()

    def number():
        while True:
            n = str(rng.randint(10000, 99999))
            if n not in used_numbers:
                used_numbers.add(n)
                return n

    ed_areas = list(T.ED_AREAS)
    dir_areas = list(T.DIR_AREAS)
    for d, (dep, dga) in enumerate(zip(T.DEPARTMENTS, T.DG_AREAS)):
        adm = {"title": "Assistant Deputy Minister, " + dga[0], "title_fr": "Sous-ministre adjoint, " + dga[1],
               "classification": rng.choice(["EX-04", "EX-05"]), "position_number": number(), "file": None}
        dg = dict(level="Director General", area=dga, classification="EX-03", dep=dep, sup=adm,
                  position_number=number(), job_code=str(rng.randint(100000, 109999)), reports=[])
        positions.append(dg)
        for e in range(3):
            ed = dict(level="Executive Director", area=ed_areas.pop(0), classification="EX-02", dep=dep, sup=dg,
                      position_number=number(), job_code=str(rng.randint(100000, 109999)), reports=[])
            positions.append(ed)
            dg["reports"].append(ed)
            for _ in range(3):
                di = dict(level="Director", area=dir_areas.pop(0), classification="EX-01", dep=dep, sup=ed,
                          position_number=number(), job_code=str(rng.randint(100000, 109999)), reports=[])
                positions.append(di)
                ed["reports"].append(di)
        di = dict(level="Director", area=dir_areas.pop(0), classification="EX-01", dep=dep, sup=dg,
                  position_number=number(), job_code=str(rng.randint(100000, 109999)), reports=[])
        positions.append(di)
        dg["reports"].append(di)
    for p in positions:
        p["fem"] = rng.random() < 0.45
        p["title"] = f"{p['level']}, {p['area'][0]}"
        p["title_fr"] = f"{(FR_TITLE_F if p['fem'] else FR_TITLE)[p['level']]}, {p['area'][1]}"
        p["location"] = p["dep"][3]
    # non-executive reports and FTEs, leaves first
    for p in reversed(positions):
        roles = rng.sample(T.REPORT_ROLES, {"EX-01": rng.randint(2, 5), "EX-02": rng.randint(0, 1),
                                           "EX-03": 1}[p["classification"]])
        rows = []
        for child in p["reports"]:
            rows.append({"title": child["title"], "title_fr": child["title_fr"],
                         "classification": child["classification"], "fte": child["fte"], "pos": child})
        for en, fr, cl in roles:
            fte = 1 if cl in ("AS-02", "EC-06") else rng.randint(4, 28)
            rows.append({"title": en, "title_fr": fr, "classification": cl, "fte": fte, "pos": None})
        rng.shuffle(rows)
        p["rows"] = rows
        p["fte"] = sum(r["fte"] for r in rows) + 1
        scale = {"EX-01": 1, "EX-02": 2.6, "EX-03": 6}[p["classification"]]
        p["salary_k"] = int(rng.randint(1400, 5200) * scale)
        p["om_k"] = int(rng.randint(90, 1400) * scale)
        d = datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randint(0, 2700))
        p["date"] = d
    return positions


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if style == "long_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def money(k, style):
    """k in thousands; returns (text, whole dollars as stated)"""
    if style == "full":
        return f"${k * 1000:,}", k * 1000
    if style == "K":
        return f"${k:,}K", k * 1000
    if style == "M":
        v = round(k / 10) * 10
        return f"${v / 1000:.2f}M", v * 1000
    if style == "fr_full":
        return f"{k * 1000:,} $".replace(",", " "), k * 1000
    if style == "fr_M":
        v = round(k / 10) * 10
        return f"{v / 1000:.2f} M$".replace(".", ","), v * 1000
    if style == "fr_k":
        return f"{k:,} k$".replace(",", " "), k * 1000
    raise ValueError(style)


def rounded_k(k, style):
    return round(k / 10) * 10 if style in ("M", "fr_M") else k


# ---------------------------------------------------------------- charts as text
BOX_U = dict(tl="┌", tr="┐", bl="└", br="┘", h="─", v="│", tee_d="┬", tee_u="┴", cross="┼")
BOX_A = dict(tl="+", tr="+", bl="+", br="+", h="-", v="|", tee_d="+", tee_u="+", cross="+")


def box(lines, width, b):
    out = [b["tl"] + b["h"] * (width + 2) + b["tr"]]
    for ln in lines:
        out.append(f"{b['v']} {ln.ljust(width)} {b['v']}")
    out.append(b["bl"] + b["h"] * (width + 2) + b["br"])
    return out


def wrap_box_lines(items, width):
    out = []
    for it in items:
        out.extend(textwrap.wrap(it, width) or [""])
    return out


def row_of_boxes(contents, width, b, gap=2):
    boxes = [box(wrap_box_lines(c, width), width, b) for c in contents]
    height = max(len(x) for x in boxes)
    full = []
    for x in boxes:
        bottom = x[-1]
        x = x[:-1] + [f"{b['v']} {' ' * width} {b['v']}"] * (height - len(x)) + [bottom]
        full.append(x)
    return [(" " * gap).join(x[i] for x in full).rstrip() for i in range(height)]


def chart_boxes(sup_lines, pos_lines, report_contents, b, per_row=3, width=20):
    total_w = per_row * (width + 4) + (per_row - 1) * 2
    big_w = min(46, total_w - 4)
    indent = max(0, (total_w - big_w - 4) // 2)
    mid = indent + (big_w + 4) // 2
    lines = []
    if sup_lines:
        lines += [" " * indent + ln for ln in box(sup_lines, big_w, b)]
        lines.append(" " * mid + b["v"])
    lines += [" " * indent + ln for ln in box(pos_lines, big_w, b)]
    lines.append(" " * mid + b["v"])
    for i in range(0, len(report_contents), per_row):
        chunk = report_contents[i:i + per_row]
        centres = [j * (width + 6) + (width + 4) // 2 for j in range(len(chunk))]
        bar = [" "] * (max(centres[-1], mid) + 1)
        for c in range(min(centres[0], mid), max(centres[-1], mid) + 1):
            bar[c] = b["h"]
        for c in centres:
            bar[c] = b["tee_d"]
        bar[mid] = b["cross"] if mid in centres else b["tee_u"]
        lines.append("".join(bar).rstrip())
        lines += row_of_boxes(chunk, width, b)
        if i + per_row < len(report_contents):
            lines.append(" " * mid + b["v"])
    return lines


def chart_tree(top, pos_line, report_lines, style):
    br, last, pipe = {"u": ("├── ", "└── ", "│   "), "a": ("|-- ", "`-- ", "|   "), "p": ("+-- ", "+-- ", "|   ")}[style]
    lines = []
    ind = ""
    if top:
        lines.append(top)
        lines.append(last + pos_line)
        ind = "    "
    else:
        lines.append(pos_line)
    for i, r in enumerate(report_lines):
        lines.append(ind + (last if i == len(report_lines) - 1 else br) + r)
    return lines


def chart_arrows(top, pos_line, report_lines, uni):
    up, right = ("▲", "──►") if uni else ("^", "-->")
    lines = []
    if top:
        lines += [top, "    " + up, "    " + ("│" if uni else "|"), pos_line]
    else:
        lines.append(pos_line)
    for r in report_lines:
        lines.append(f"    {right} {r}")
    return lines


# ---------------------------------------------------------------- OCR damage
DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
DIGIT2 = {"1": "l"}
LETTER = [("m", "rn"), ("d", "cl"), ("li", "h"), ("e", "c"), ("rn", "m"), ("fi", "f")]


def damage(text, rng, strength, header, pages_of=60):
    p = {"light": 0.08, "medium": 0.2, "heavy": 0.35}[strength]
    out_lines = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch.isdigit() and rng.random() < p:
                ch = (DIGIT2 if ch == "1" and rng.random() < 0.4 else DIGIT).get(ch, ch)
            elif ch in "|│" and rng.random() < p * 1.5:
                ch = rng.choice(["I", "l", "!", "1"])
            elif ch in "+┌┐└┘├┬┴┼" and rng.random() < p:
                ch = rng.choice(["t", "*", "f"])
            elif ch in "éèà" and rng.random() < p:
                ch = {"é": "e", "è": "e", "à": "a"}[ch]
            chars.append(ch)
        line = "".join(chars)
        for a, bb in LETTER:
            if a in line and rng.random() < p / 2:
                i = line.find(a, rng.randint(0, max(0, len(line) - 1)))
                if i >= 0:
                    line = line[:i] + bb + line[i + len(a):]
        words = line.split(" ")
        if len(words) > 4 and rng.random() < p and not any(c in line for c in "|+"):
            j = rng.randint(0, len(words) - 2)
            if words[j] and words[j + 1]:
                words[j:j + 2] = [words[j] + words[j + 1]]
        line = " ".join(words)
        out_lines.append(line)
    # hyphenated line ends on long prose lines
    res = []
    for line in out_lines:
        if len(line) > 70 and rng.random() < 0.5 and not any(c in line for c in "|+│"):
            cut = line.rfind(" ", 0, 62)
            word_end = line.find(" ", cut + 1)
            if cut > 0 and word_end > cut + 6:
                k = cut + 1 + (word_end - cut - 1) // 2
                res += [line[:k] + "-", line[k:]]
                continue
        res.append(line)
    pages = [res[i:i + pages_of] for i in range(0, len(res), pages_of)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        foot = rng.choice([f"Page {i} of {n}", f"- {i} -", f"Page {i}"])
        if strength != "light" and rng.random() < 0.5:
            foot = foot.replace("1", "I")
        out += [header, ""] + pg + ["", foot]
        if i < n:
            out.append("\f")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- one document
LABELS = {
    "en": dict(title="Position Title", cls="Group and Level", job="Job Code", num="Position Number",
               eff="Effective Date", dep="Department", loc="Location", sup="Reports to",
               supcls="Supervisor's Group and Level", supnum="Supervisor's Position Number",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION CHART", supchart="SUPERVISOR'S ORGANIZATION",
               ns="NATURE AND SCOPE", sa="SPECIFIC ACCOUNTABILITIES", dim="DIMENSIONS", sal="Salary",
               om="O&M", tot="Total", fte="FTEs", reports="Direct reports", hay="JOB EVALUATION",
               clsblk="CLASSIFICATION", sig="SIGNATURES", head="EXECUTIVE WORK DESCRIPTION",
               this="this position"),
    "fr": dict(title="Titre du poste", cls="Groupe et niveau", job="Code d'emploi", num="Numéro du poste",
               eff="Date d'entrée en vigueur", dep="Ministère", loc="Lieu de travail", sup="Relève de",
               supcls="Groupe et niveau du superviseur", supnum="Numéro de poste du superviseur",
               ga="RESPONSABILITÉ GÉNÉRALE", org="ORGANIGRAMME", supchart="ORGANISATION DU SUPERVISEUR",
               ns="NATURE ET ÉTENDUE", sa="ACTIVITÉS PRINCIPALES", dim="DIMENSIONS", sal="Salaires",
               om="F et E", tot="Total", fte="ETP", reports="Relevant directement du titulaire",
               hay="ÉVALUATION DE L'EMPLOI", clsblk="CLASSIFICATION", sig="SIGNATURES",
               head="DESCRIPTION DE TRAVAIL - CADRE DE DIRECTION", this="ce poste"),
}
LABELS["bi"] = {k: (LABELS["en"][k] + " / " + LABELS["fr"][k]) for k in LABELS["en"]}
LABELS["bi"]["this"] = "this position / ce poste"
LABELS["bi"]["fte"] = "FTEs / ETP"


def name(rng, used):
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used:
            used.add(n)
            return n


HAY_RANGES = {"EX-01": (1000, 1399), "EX-02": (1400, 1799), "EX-03": (1800, 2399)}


def hay(rng, cls):
    lo, hi = HAY_RANGES[cls]
    total = rng.randint(lo + 40, hi - 40)
    kh = int(total * rng.uniform(0.40, 0.46))
    ps = int(total * rng.uniform(0.22, 0.27))
    acc = total - kh - ps
    return [("Know-How", "Savoir-faire", rng.choice(["F II 3", "G II 3", "F III 3", "E II 3"]), kh),
            ("Problem Solving", "Résolution de problèmes", rng.choice(["F 4 (50%)", "F 4 (57%)", "E 4 (43%)"]), ps),
            ("Accountability", "Responsabilisation", rng.choice(["F 3 P", "F 4 C", "G 3 S", "E 4 P"]), acc)], total


class Doc:
    """A neutral list of blocks rendered to text, Markdown or Word."""

    def __init__(self):
        self.blocks = []

    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def kv(self, k, v): self.blocks.append(("kv", k, v))
    def bullets(self, items): self.blocks.append(("ul", items))
    def table(self, rows): self.blocks.append(("table", rows))
    def pre(self, lines): self.blocks.append(("pre", lines))
    def tboxes(self, boxes): self.blocks.append(("tboxes", boxes))
    def chart_table(self, top, pos, reps): self.blocks.append(("charttable", top, pos, reps))


def to_text(doc, markdown=False):
    out = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            out += ["", ("## " + b[1]) if markdown else b[1], ""]
        elif kind == "p":
            out += (textwrap.wrap(b[1], 92) if not markdown else [b[1]]) + [""]
        elif kind == "kv":
            out.append(f"**{b[1]}:** {b[2]}  " if markdown else f"{b[1]}: {b[2]}")
        elif kind == "ul":
            out += [("- " if markdown else "  - ") + i for i in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            if markdown:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
                out += ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif kind == "pre":
            out += (["```"] + b[1] + ["```"]) if markdown else b[1]
            out.append("")
        elif kind == "tboxes":
            for bx in b[1]:
                out += bx + [""]
        elif kind == "charttable":
            _, top, pos, reps = b
            out += [top, pos] + [" | ".join(r) for r in reps] + [""]
    return "\n".join(out).strip("\n") + "\n"


FIXED = datetime.datetime(2020, 1, 1, 0, 0, 0)


def to_docx(doc):
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            para = d.add_paragraph()
            para.add_run(b[1] + ": ").bold = True
            para.add_run(b[2])
        elif kind == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif kind == "pre":
            for ln in b[1]:
                para = d.add_paragraph()
                run = para.add_run(ln)
                run.font.name = "Courier New"
                run.font.size = Pt(8)
        elif kind == "tboxes":
            for bx in b[1]:
                for ln in bx:
                    d.add_paragraph(ln)
                d.add_paragraph("")
        elif kind == "charttable":
            _, top, pos, reps = b
            n = max(1, len(reps))
            t = d.add_table(rows=3, cols=n)
            t.style = "Table Grid"
            t.cell(0, 0).merge(t.cell(0, n - 1)).text = top
            t.cell(1, 0).merge(t.cell(1, n - 1)).text = pos
            for j, r in enumerate(reps):
                t.cell(2, j).text = "\n".join(r)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- compose a work description
def compose(p, plan, rng):
    """Returns (Doc, fields, not_stated, also, people) for position p under plan."""
    lang = plan["lang"]
    L = LABELS[lang]
    uni = plan["chart"] in ("box_u", "tree_u", "arrows_u", "tboxes", "charttable")
    fr = lang == "fr"
    title = p["title_fr"] if fr else p["title"]
    sup = p["sup"]
    sup_title = sup["title_fr"] if fr else sup["title"]
    cls = p["classification"]
    note = plan.get("money", "full")
    sal_k = plan.get("salary_k", p["salary_k"])
    om_k = plan.get("om_k", p["om_k"])
    sal_t, sal_v = money(sal_k, note)
    om_t, om_v = money(om_k, note)
    tot_t, tot_v = money(rounded_k(sal_k, note) + rounded_k(om_k, note), note)
    if note in ("M", "fr_M"):
        tot_t, tot_v = money(rounded_k(sal_k, note) + rounded_k(om_k, note), note)
    date = plan.get("date", p["date"])
    date_t = fmt_date(date, plan["date_style"])
    used = set()
    people = []
    also = {"department": p["dep"][1] if fr else p["dep"][0], "chart": plan["chart"]}
    not_stated = []
    fteword = {"en": "FTEs", "fr": "ETP", "bi": "FTEs"}[lang]

    # report rows as printed
    rows = []
    for r in p["rows"]:
        rcls = None if (plan.get("drop_report_cls") and r["classification"].startswith(("AS", "EC"))) else r["classification"]
        rfte = None if plan["report_fte_null"] else r["fte"]
        rows.append({"title": r["title_fr"] if fr else r["title"], "title_fr": r["title_fr"],
                     "classification": rcls, "fte": rfte, "pos": r["pos"]})

    def rep_items(r):
        items = [r["title"]]
        if lang == "bi":
            items.append(r["title_fr"])
        if r["classification"]:
            items.append(r["classification"])
        if r["fte"] is not None:
            items.append(f"{r['fte']} {fteword}")
        return items

    def rep_line(r):
        inside = ", ".join(x for x in [r["classification"], f"{r['fte']} {fteword}" if r["fte"] is not None else None] if x)
        t = r["title"] + (f" / {r['title_fr']}" if lang == "bi" else "")
        return f"{t} ({inside})" if inside else t

    pos_items = [title] + ([p["title_fr"]] if lang == "bi" else []) + [cls]
    if plan["dims_in_box"]:
        pos_items += [f"{p['fte']} {fteword}" if not plan["fte_null"] else None,
                      f"{L['sal'].split(' / ')[0]} {sal_t}", f"{L['om'].split(' / ')[0]} {om_t}"]
        if plan["total"]:
            pos_items.append(f"{L['tot'].split(' / ')[0]} {tot_t}")
        pos_items = [x for x in pos_items if x]
    sup_items = [sup_title, sup["classification"]] if plan["sup_cls"] else [sup_title]
    if plan["sup_num"]:
        sup_items.append(("Poste " if fr else "Pos. ") + sup["position_number"])

    doc = Doc()
    doc.h(L["head"])
    if plan.get("dept_line"):
        doc.p(also["department"])
    doc.kv(L["title"], title + (f" / {p['title_fr']}" if lang == "bi" and plan["bi_title_inline"] else ""))
    if lang == "bi" and not plan["bi_title_inline"]:
        doc.kv("Titre du poste", p["title_fr"])
    if plan["cls_in_header"]:
        doc.kv(L["cls"], cls)
    if plan["job_code"]:
        doc.kv(L["job"], p["job_code"])
    if plan["pos_num"]:
        doc.kv(L["num"], p["position_number"])
    if plan["eff"] == "header":
        doc.kv(L["eff"], date_t)
    elif plan["eff"] in ("none", "clsblk"):
        doc.kv(L["eff"], "")
    doc.kv(L["dep"], also["department"])
    if plan["loc"]:
        doc.kv(L["loc"], p["location"][1 if fr else 0])
    if not plan["sup_chart_only"]:
        doc.kv(L["sup"], sup_title)
        if plan["sup_cls"]:
            doc.kv(L["supcls"], sup["classification"])
        if plan["sup_num"]:
            doc.kv(L["supnum"], sup["position_number"])
    if plan["incumbent"]:
        n = name(rng, used)
        people.append(n)
        doc.kv("Titulaire" if fr else "Incumbent", n)

    ga_sup = sup_title
    if fr:
        doc.h(L["ga"])
        doc.p(T.GA_FR.format(title=title, area_l=p["area"][1].lower(), unit="direction"))
    else:
        doc.h(L["ga"])
        doc.p(T.GA_EN.format(title=title, area_l=p["area"][0].lower(), unit="directorate"))
        if lang == "bi":
            doc.p(T.GA_FR.format(title=p["title_fr"], area_l=p["area"][1].lower(), unit="direction"))

    # the chart
    doc.h(L["org"])
    top = sup_items if plan["chart_sup"] else None
    ch = plan["chart"]
    if ch in ("box_u", "box_a"):
        lines = chart_boxes(top, pos_items, [rep_items(r) for r in rows], BOX_U if ch == "box_u" else BOX_A,
                            per_row=plan["per_row"], width=plan["box_w"])
        doc.pre(lines)
    elif ch.startswith("tree"):
        st = {"tree_u": "u", "tree_a": "a", "tree_p": "p"}[ch]
        doc.pre(chart_tree(" - ".join(top) if top else None, " - ".join(pos_items), [rep_line(r) for r in rows], st))
    elif ch.startswith("arrows"):
        doc.pre(chart_arrows(" (".join([top[0], ", ".join(top[1:]) + ")"]) if top and len(top) > 1 else (top[0] if top else None),
                             f"{pos_items[0]} ({', '.join(pos_items[1:])})", [rep_line(r) for r in rows], ch == "arrows_u"))
    elif ch == "tboxes":
        boxes = ([top] if top else []) + [pos_items] + [rep_items(r) for r in rows]
        doc.tboxes(boxes)
    elif ch == "charttable":
        doc.chart_table(" - ".join(top) if top else "", " - ".join(pos_items), [rep_items(r) for r in rows])
    if plan["chart_sup"]:
        also["supervisor_in_chart"] = True
    if plan["sup_chart_only"]:
        also["supervisor_only_in_chart"] = True

    if plan["reports_list"]:
        doc.p(L["reports"] + ":")
        if plan["reports_list"] == "table":
            hdr = {"en": ["Position", "Group and level", "FTEs"], "fr": ["Poste", "Groupe et niveau", "ETP"],
                   "bi": ["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"]}[lang]
            doc.table([hdr] + [[r["title"], r["classification"] or "", "" if r["fte"] is None else str(r["fte"])] for r in rows])
        else:
            doc.bullets([rep_line(r) for r in rows])
    else:
        also["reports_only_in_chart"] = True

    if plan["supchart"] and "rows" in sup:
        doc.h(L["supchart"])
        sib = []
        for r in sup["rows"]:
            t = r["title_fr"] if fr else r["title"]
            mark = f"  <-- {L['this']}" if r["pos"] is p else ""
            sib.append(f"{t} ({r['classification']}, {r['fte']} {fteword}){mark}")
        head = f"{sup_title} ({sup['classification']}, {sup['fte']} {fteword})"
        if ch in ("box_u", "box_a"):
            b = BOX_U if ch == "box_u" else BOX_A
            lines = box([sup_title, f"{sup['classification']} - {sup['fte']} {fteword}"], 46, b)
            sibs = [[(r["title_fr"] if fr else r["title"]), r["classification"], f"{r['fte']} {fteword}"]
                    + (["(" + L["this"] + ")"] if r["pos"] is p else []) for r in sup["rows"]]
            for i in range(0, len(sibs), 4):
                lines += row_of_boxes(sibs[i:i + 4], 16, b)
            doc.pre(lines)
        else:
            doc.pre([head] + ["    " + ("├── " if uni else "|-- ") + s for s in sib])
        also["supervisor_chart_with_peers"] = True

    doc.h(L["ns"])
    doc.p((T.NS_FR if fr else T.NS_EN).format(sup=sup_title))
    doc.h(L["sa"])
    doc.bullets(T.SA_FR if fr else T.SA_EN)

    if not plan["dims_in_box"]:
        doc.h(L["dim"])
        if plan["dims_table"]:
            rws = [[L["sal"], sal_t], [L["om"], om_t]] + ([[L["tot"], tot_t]] if plan["total"] else [])
            if not plan["fte_null"]:
                rws.append([L["fte"], str(p["fte"])])
            doc.table(rws)
        else:
            doc.kv(L["sal"], sal_t)
            doc.kv(L["om"], om_t)
            if plan["total"]:
                doc.kv(L["tot"], tot_t)
            if not plan["fte_null"]:
                doc.kv(L["fte"], str(p["fte"]))
    else:
        also["figures_in_chart"] = True

    if plan["hay"]:
        factors, total = hay(rng, cls)
        doc.h(L["hay"])
        hdr = {"en": ["Factor", "Rating", "Points"], "fr": ["Facteur", "Cote", "Points"],
               "bi": ["Factor / Facteur", "Rating / Cote", "Points"]}[lang]
        body = [[(f[1] if fr else f[0] + (" / " + f[1] if lang == "bi" else "")), f[2], str(f[3])] for f in factors]
        body.append(["Total" if not fr else "Total des points", "", str(total)])
        if ch in ("box_u", "box_a") and plan["kind"] not in ("docx",):
            b = BOX_U if ch == "box_u" else BOX_A
            w = [max(len(r[i]) for r in [hdr] + body) for i in range(3)]
            sep = b["tl"] + b["tee_d"].join(b["h"] * (x + 2) for x in w) + b["tr"]
            lines = [sep] + [b["v"] + b["v"].join(f" {c.ljust(w[i])} " for i, c in enumerate(r)) + b["v"] for r in [hdr] + body]
            lines.append(b["bl"] + b["tee_u"].join(b["h"] * (x + 2) for x in w) + b["br"])
            doc.pre(lines)
        else:
            doc.table([hdr] + body)
        doc.kv("Niveau évalué" if fr else "Evaluated level", cls + (f" ({total} points)" if plan["hay_points_line"] else ""))
        also["hay_points"] = total

    if plan["clsblk"]:
        doc.h(L["clsblk"])
        cn = name(rng, used)
        people.append(cn)
        if not plan["cls_in_header"]:
            doc.kv("Décision de classification" if fr else "Classification decision", cls)
        doc.kv("Classifié par" if fr else "Classified by", cn + (", conseillère en classification" if fr else ", Classification Advisor"))
        dec = date - datetime.timedelta(days=rng.randint(10, 60))
        doc.kv("Date de la décision" if fr else "Date of decision", fmt_date(dec, plan["date_style"]))
        if plan["eff"] == "clsblk":
            doc.kv("Date d'entrée en vigueur" if fr else "Effective date", date_t)
            also["effective_date_in_classification_block"] = True
    doc.h(L["sig"])
    an = name(rng, used)
    people.append(an)
    sig = date - datetime.timedelta(days=rng.randint(3, 40))
    doc.kv("Approuvé par" if fr else "Approved by", f"{an}, {sup_title}")
    doc.kv("Date", fmt_date(sig, plan["date_style"]))
    if plan["incumbent_sign"] and plan["incumbent"]:
        doc.kv("Signature du titulaire" if fr else "Incumbent's signature", people[0])

    fields = {
        "title": title,
        "classification": cls,
        "job_code": p["job_code"] if plan["job_code"] else None,
        "position_number": p["position_number"] if plan["pos_num"] else None,
        "effective_date": date if plan["eff"] in ("header", "clsblk") else None,
        "supervisor": {"position_number": sup["position_number"] if plan["sup_num"] else None,
                       "title": sup_title,
                       "classification": sup["classification"] if plan["sup_cls"] else None},
        "direct_reports": [{"title": r["title"], "classification": r["classification"], "fte": r["fte"]} for r in rows] or None,
        "salary": sal_v, "o_and_m": om_v, "total": tot_v if plan["total"] else None,
        "location": p["location"][1 if fr else 0] if plan["loc"] else None,
    }
    for k in ("job_code", "position_number", "effective_date", "total", "location"):
        if fields[k] is None:
            not_stated.append(k)
    for k in ("position_number", "classification"):
        if fields["supervisor"][k] is None:
            not_stated.append("supervisor." + k)
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    also["fte"] = None if plan["fte_null"] else p["fte"]
    if plan["report_fte_null"]:
        also["report_ftes_not_stated"] = True
    if sup.get("file"):
        also["reports_to_in_corpus"] = sup["file"]
    also["amount_notation"] = note
    return doc, fields, not_stated, also, people


def ocr_columns(doc, rng):
    """Left: the form and prose; right: the chart, read across line by line as a scanner reads two columns."""
    left, right = [], []
    for b in doc.blocks:
        if b[0] == "pre":
            right += b[1] + [""]
        elif b[0] == "h":
            left += ["", b[1]]
        elif b[0] == "p":
            left += textwrap.wrap(b[1], 50)
        elif b[0] == "kv":
            left += textwrap.wrap(f"{b[1]}: {b[2]}", 50)
        elif b[0] == "ul":
            for i in b[1]:
                left += textwrap.wrap("- " + i, 50)
        elif b[0] == "table":
            for r in b[1]:
                left.append("  ".join(x for x in r if x))
    start = 12
    out = left[:start]
    rest = left[start:]
    for i in range(max(len(rest), len(right))):
        l_ = rest[i] if i < len(rest) else ""
        r_ = right[i] if i < len(right) else ""
        out.append((l_.ljust(54) + r_).rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the folder
KINDS = (["docx"] * 9 + ["pdf"] * 8 + ["ocr"] * 8 + ["ocr-columns"] * 2 + ["text"] * 6 + ["text-cp1252"] * 4
         + ["markdown"] * 5)  # 42 positions; versions add a docx, a docx copy and an ocr scan
CHARTS = {"docx": ["tboxes", "charttable", "tree_u", "box_u"], "pdf": ["box_a", "tree_a", "arrows_a", "tree_p"],
          "ocr": ["box_a", "tree_p", "arrows_a"], "ocr-columns": ["tree_p", "arrows_a"],
          "text": ["box_u", "tree_u", "arrows_u"], "text-cp1252": ["box_a", "tree_a", "arrows_a"],
          "markdown": ["box_u", "tree_u", "arrows_u"]}


def make_plan(rng, kind):
    lang = rng.choices(["en", "fr", "bi"], [55, 20, 25])[0]
    if kind.startswith("ocr") and lang == "bi" and rng.random() < 0.5:
        lang = "en"
    fr = lang == "fr"
    chart = rng.choice(CHARTS[kind])
    sup_chart_only = rng.random() < 0.25
    return dict(
        kind=kind, lang=lang, chart=chart,
        money=rng.choice(["fr_full", "fr_M", "fr_k"] if fr else (["full", "M", "K"] + (["fr_full"] if lang == "bi" else []))),
        date_style=rng.choice(["long_fr", "iso"] if fr else ["long_en", "iso", "dmy_en", "slash"]),
        report_fte_null=rng.random() < 0.15, fte_null=rng.random() < 0.2, drop_report_cls=rng.random() < 0.15,
        dims_in_box=chart not in ("tboxes",) and rng.random() < 0.3 or chart == "tboxes" and rng.random() < 0.5,
        dims_table=rng.random() < 0.4, total=rng.random() < 0.7,
        sup_chart_only=sup_chart_only, chart_sup=sup_chart_only or rng.random() < 0.6,
        sup_cls=rng.random() < 0.85, sup_num=rng.random() < 0.45,
        reports_list=rng.choice([None, None, "bullets", "table"]),
        supchart=rng.random() < 0.35, hay=rng.random() < 0.65, hay_points_line=rng.random() < 0.5,
        clsblk=rng.random() < 0.55, cls_in_header=True,
        eff=rng.choices(["header", "none", "clsblk"], [75, 12, 13])[0],
        job_code=rng.random() < 0.8, pos_num=rng.random() < 0.85, loc=rng.random() < 0.85,
        incumbent=rng.random() < 0.35, incumbent_sign=rng.random() < 0.5,
        bi_title_inline=rng.random() < 0.6, per_row=rng.choice([3, 4]), box_w=rng.choice([18, 20, 22]),
        dept_line=rng.random() < 0.3, damage=rng.choice(["light", "medium", "medium", "heavy"]),
    )


def file_name(p, plan, rng, ext):
    t, tf, n, c = p["title"], p["title_fr"], p["position_number"], p["classification"]
    if plan["lang"] == "fr":
        opts = [f"DT - {tf}{ext}", f"Description de travail - {tf} ({c}){ext}", f"{n} {tf} - signé{ext}",
                f"{tf}, organigramme et évaluation{ext}"]
    elif plan["lang"] == "bi":
        opts = [f"WD {n} {t} EN-FR{ext}", f"{t} - {tf}{ext}", f"EWD {c} {t} (bilingual){ext}"]
    else:
        opts = [f"{t}{ext}", f"EWD - {t} ({c}){ext}", f"{n} {t} - signed{ext}", f"{t} - WD with org chart{ext}",
                f"{c} {t}, final{ext}"]
    if plan["kind"].startswith("ocr"):
        opts = [f"SCAN_{n}{ext}", f"img{rng.randint(100, 999)} {t.split(', ')[1]} OCR{ext}", f"{t} (scanned){ext}"]
    return rng.choice(opts).replace("/", "-")


def render(doc, plan, rng, p):
    kind = plan["kind"]
    if kind == "docx":
        return to_docx(doc)
    if kind == "markdown":
        return to_text(doc, markdown=True).encode("utf-8")
    text = to_text(doc)
    if kind == "text":
        return text.encode("utf-8")
    if kind == "text-cp1252":
        text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        return text.replace("\n", "\r\n").encode("cp1252")
    if kind == "pdf":
        lines = text.split("\n")
        pages = [lines[i:i + 64] for i in range(0, len(lines), 64)]
        return pdf_bytes(["\n".join(pg + ["", f"Page {i} / {len(pages)}"]) for i, pg in enumerate(pages, 1)])
    header = f"{p['dep'][2]} - {p['title_fr'] if plan['lang'] == 'fr' else p['title']}"
    if kind == "ocr-columns":
        text = ocr_columns(doc, rng)
    return damage(text, rng, plan["damage"], header).encode("utf-8")


EXT = {"docx": ".docx", "pdf": ".pdf", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt",
       "ocr-columns": ".txt"}
LANG = {"en": "en", "fr": "fr", "bi": "bilingual"}


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    positions = build_positions()
    rng = random.Random(19400)
    kinds = list(KINDS)
    rng.shuffle(kinds)
    plans = [make_plan(random.Random(194000 + i), k) for i, k in enumerate(kinds)]
    names = set()
    for i, (p, plan) in enumerate(zip(positions, plans)):
        r = random.Random(194500 + i)
        fn = file_name(p, plan, r, EXT[plan["kind"]])
        while fn in names:
            fn = fn.replace(EXT[plan["kind"]], " (2)" + EXT[plan["kind"]])
        names.add(fn)
        p["file"], p["plan"] = fn, plan
    docs = []  # (file, bytes, truth)

    def emit(p, plan, fn, seed, versions=None, extra_also=None):
        r = random.Random(seed)
        doc, fields, ns, also, people = compose(p, plan, r)
        if plan["kind"].startswith("ocr"):
            also["damage"] = plan["damage"]
        if extra_also:
            also.update(extra_also)
        data = render(doc, plan, r, p)
        truth = {"document": fn, "kind": plan["kind"], "language": LANG[plan["lang"]], "outcome": "import",
                 "fields": fields, "not_stated": ns, "also": also, "people": people, "versions": versions}
        docs.append((fn, data, truth))
        return data

    # versions
    va, vb, vc = positions[7], positions[20], positions[33]
    vplans = {}
    # A: a DRAFT Word file (older: other figures, no effective date) and the signed PDF
    pa = dict(va["plan"], kind="pdf", eff="header", chart="tree_a")
    va["plan"] = pa
    va["file"] = f"{va['position_number']} {va['title'] if pa['lang'] != 'fr' else va['title_fr']} - signed.pdf"
    draft = dict(pa, kind="docx", eff="none", salary_k=va["salary_k"] - 180, om_k=va["om_k"] + 95,
                 chart="tboxes")
    draft_fn = f"{va['title'] if pa['lang'] != 'fr' else va['title_fr']} DRAFT.docx"
    vplans["A"] = (draft_fn, va["file"])
    # B: an old scan (2016, lower budgets) and the newest Word description
    pb = dict(vb["plan"], kind="docx", chart="charttable")
    vb["plan"] = pb
    vb["file"] = f"{vb['title'] if pb['lang'] != 'fr' else vb['title_fr']}.docx"
    old = dict(pb, kind="ocr", chart="box_a", salary_k=int(vb["salary_k"] * 0.82), om_k=int(vb["om_k"] * 0.7),
               date=datetime.date(2016, 5, 2), eff="header", damage="heavy", money="full" if pb["lang"] != "fr" else "fr_full")
    old_fn = f"OLD {vb['position_number']} {vb['title'].split(', ')[1]} 2016 - superseded.txt"
    vplans["B"] = (old_fn, vb["file"])
    # C: one Word file saved twice
    pc = dict(vc["plan"], kind="docx")
    vc["plan"] = pc
    vc["file"] = f"{vc['title'] if pc['lang'] != 'fr' else vc['title_fr']}.docx"
    copy_fn = vc["file"].replace(".docx", " (1).docx")

    for i, p in enumerate(positions):
        plan = p["plan"]
        versions = None
        if p is va:
            versions = {"documents": [draft_fn, p["file"]], "newest": p["file"], "same_text": False,
                        "note": "the DRAFT has no effective date, another salary and O&M; the signed PDF is final"}
            emit(p, draft, draft_fn, 194700, versions, {"draft": True})
        if p is vb:
            versions = {"documents": [old_fn, p["file"]], "newest": p["file"], "same_text": False,
                        "note": "the 2016 scan has lower salary and O&M and an older effective date"}
            emit(p, old, old_fn, 194710, versions, {"superseded": True})
        if p is vc:
            versions = {"documents": [p["file"], copy_fn], "newest": p["file"], "same_text": True,
                        "note": "the same Word file saved twice"}
        data = emit(p, plan, p["file"], 194500 + i, versions)
        if p is vc:
            t = dict(docs[-1][2], document=copy_fn)
            docs.append((copy_fn, data, t))

    refusals(docs, positions)
    for fn, data, truth in docs:
        (CORPUS / fn).write_bytes(data)
        (EXPECTED / (fn + ".expected.yaml")).write_text(dump(truth), encoding="utf-8")


def dump(truth):
    import yaml
    return yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110)


def refusals(docs, positions):
    rng = random.Random(194900)
    used = set()

    def add(fn, data, kind, lang, people, what):
        docs.append((fn, data, {"document": fn, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                                "not_stated": None, "also": {"what": what}, "people": people, "versions": None}))

    # 1. a branch organization chart in Unicode boxes (Markdown)
    dg = positions[0]
    lines = box([dg["title"], f"{dg['classification']} - {dg['fte']} FTEs"], 50, BOX_U)
    for ed in dg["reports"]:
        lines.append("        │")
        lines += ["        " + ln for ln in box([ed["title"], f"{ed['classification']} - {ed['fte']} FTEs"], 40, BOX_U)]
        if ed["reports"]:
            lines += ["            " + ln for ln in row_of_boxes(
                [[d["title"], d["classification"], f"{d['fte']} FTEs"] for d in ed["reports"]], 18, BOX_U)]
    md = f"# {dg['dep'][0]}\n\n## Organization chart - {dg['area'][0]} Branch (as of 2023-04-01)\n\n```\n" + "\n".join(lines) + "\n```\n"
    add(f"Org chart - {dg['area'][0]} Branch 2023.md", md.encode("utf-8"), "markdown", "en", [], "organization chart")

    # 2. a job evaluation record (Hay) for a corpus position, PDF
    p = positions[5]
    factors, total = hay(rng, p["classification"])
    ev = name(rng, used)
    ev2 = name(rng, used)
    txt = "\n".join([
        "JOB EVALUATION RECORD - EXECUTIVE GROUP", "",
        f"Position: {p['title']} ({p['position_number']})", f"Proposed level: {p['classification']}", "",
        "Factor             Rating        Points"] + [f"{f[0]:<19}{f[2]:<14}{f[3]}" for f in factors] + [
        f"Total              {'':<14}{total}", "",
        "Rationale: the committee compared the position with the benchmark positions of the branch and found",
        "the know-how and accountability consistent with the proposed level. The work description itself is",
        "filed separately.", "", f"Committee: {ev} (chair), {ev2}", "Date: 2022-11-14", "", "Page 1 / 1"])
    add(f"Job evaluation record - {p['position_number']}.pdf", pdf_bytes([txt]), "pdf", "en", [ev, ev2],
        "job evaluation record (Hay points) without the work description")

    # 3. a memo on a reorganization (cp1252)
    a, b = positions[1], positions[2]
    m1, m2 = name(rng, used), name(rng, used)
    memo = "\r\n".join([
        "MEMORANDUM / NOTE DE SERVICE", "", f"TO: {a['sup']['title']}", f"FROM: {m1}, {a['title']}",
        "DATE: March 3, 2023", "SUBJECT: Proposed transfer of two teams \u2013 org chart attached", "",
        f"Further to our discussion, I propose that the Manager, Operations team (PM\u201106, 14 FTEs) move from the",
        f"{a['title']} to the {b['title']}, with its salary budget of $1,120,000 and O&M of $85,000.",
        "The revised chart:", "",
        f"   {a['title']} (EX-02)", "      |-- Manager, Intake (PM-06, 12 FTEs)",
        f"   {b['title']} (EX-02)", "      |-- Manager, Operations (PM-06, 14 FTEs)   <-- moved", "",
        "Your approval is requested by March 17.", "", m1, f"c.c.: {m2}", ""]).replace("\u2011", "-")
    add("Memo - transfer of teams (org chart).txt", memo.encode("cp1252"), "text-cp1252", "bilingual", [m1, m2],
        "memorandum proposing a reorganization")

    # 4. a French letter of acting appointment (Word)
    p = positions[12]
    n1, n2 = name(rng, used), name(rng, used)
    d = Doc()
    d.p("Le 12 septembre 2022")
    d.p(f"{n1}\n{p['dep'][1]}")
    d.p("Objet : Nomination intérimaire")
    d.p(f"Madame, Monsieur,\n\nJ'ai le plaisir de vous confirmer votre nomination intérimaire au poste de "
        f"{p['title_fr']} ({p['classification']}, poste no {p['position_number']}) du 19 septembre 2022 au "
        f"31 mars 2023. Vous relèverez du {p['sup']['title_fr']}. La rémunération sera établie selon les "
        f"Directives sur les conditions d'emploi des cadres de direction.")
    d.p(f"Veuillez agréer mes salutations distinguées.\n\n{n2}\nSous-ministre adjoint")
    add(f"Lettre - nomination intérimaire {p['position_number']}.docx", to_docx(d), "docx", "fr", [n1, n2],
        "letter of acting appointment")

    # 5. a scan without a text layer
    add("SCAN0042.pdf", pdf_bytes(["", "", ""]), "pdf", "en", [], "scanned PDF without a text layer (unreadable)")


if __name__ == "__main__":
    main()
