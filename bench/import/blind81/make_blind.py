"""Write the blind81 corpus: EX work descriptions as managers write them (informal Word files,
e-mailed text, notes in Markdown) beside standard forms, and the documents to refuse that sit
in the same folders.

    /work/main/.venv/bin/python bench/import/blind81/make_blind.py

Writes corpus/ and expected/ next to this file, the same bytes on every run (a fixed seed;
Word files rewritten with fixed zip dates and document properties; PDFs by
tests/import_files.pdf_bytes). Needs python-docx.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "tests"))

import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

SEED = 8181
R = random.Random(SEED)

# --------------------------------------------------------------------------- notations

WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS_EN = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
WORDS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
TENS_FR = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def words(n, lang="en"):
    small, tens = (WORDS_EN, TENS_EN) if lang == "en" else (WORDS_FR, TENS_FR)
    if n <= 20:
        return small[n]
    t, u = n // 10 * 10, n % 10
    if t not in tens:
        return str(n)
    if not u:
        return tens[t]
    if lang == "fr":
        return tens[t] + (" et un" if u == 1 else "-" + small[u])
    return tens[t] + "-" + small[u]


def cls(c, style):
    if c is None:
        return None
    group, level = c.rsplit("-", 1)
    return {"dash": f"{group}-{level}", "space": f"{group} {level}", "short": f"{group}-{int(level)}",
            "glued": f"{group}{level}"}[style]


def date_fmt(d, style):
    m, day, y = d.month, d.day, d.year
    return {
        "iso": d.isoformat(),
        "long": f"{MONTHS_EN[m - 1]} {day}, {y}",
        "dmy": f"{day} {MONTHS_EN[m - 1]} {y}",
        "abbr": f"{MONTHS_EN[m - 1][:3]}. {day}, {y}",
        "ord": f"{MONTHS_EN[m - 1]} {day}{'st' if day in (1, 21, 31) else 'nd' if day in (2, 22) else 'rd' if day in (3, 23) else 'th'}, {y}",
        "slash": f"{y}/{m:02d}/{day:02d}",
        "upper": f"{day:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}",
        "fr": f"{'1er' if day == 1 else day} {MONTHS_FR[m - 1]} {y}",
        "fr_le": f"le {'1er' if day == 1 else day} {MONTHS_FR[m - 1]} {y}",
        "fr_dots": f"{day:02d}.{m:02d}.{y}",
    }[style]


def _dec(v, places):
    s = f"{v:.{places}f}".rstrip("0").rstrip(".")
    return s


def money(v, style):
    if v is None:
        return None
    return {
        "comma": f"${v:,}",
        "M": f"${_dec(v / 1e6, 3)}M",
        "million": f"${_dec(v / 1e6, 3)} million",
        "K": f"${v // 1000:,}K",
        "k": f"${v // 1000}k",
        "loose": f"about {_dec(v / 1e6, 2).lstrip('0') if v < 1e6 else _dec(v / 1e6, 2)} million",
        "approx": f"approx. ${_dec(v / 1e6, 2)}M",
        "fr_M": f"{_dec(v / 1e6, 3).replace('.', ',')} M$",
        "fr_full": f"{v:,}".replace(",", " ") + ",00 $",
        "fr_sp": f"{v:,}".replace(",", " ") + " $",
        "fr_loose": f"environ {_dec(v / 1e6, 2).replace('.', ',')} million{'s' if v >= 2e6 else ''} de dollars",
    }[style]


def fm(o, key, v):
    """an amount in the document's notation (one notation per field if the document mixes them)"""
    return money(v, o.get("ms_" + key, o["ms"]))


def fte_fmt(n, style, lang="en"):
    if n is None:
        return None
    if lang == "fr":
        return {"etp": f"{n} ETP", "eff": f"effectif de {n}", "words": f"équipe de {words(n, 'fr')}"}[style]
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "words": f"team of {words(n)}",
            "people": f"{n} people"}[style]


# --------------------------------------------------------------------------- positions

def pick(seq):
    return seq[R.randrange(len(seq))]


def person():
    return f"{pick(T.FIRST)} {pick(T.LAST)}"


def make_position(i, core):
    (dept, title, title_fr, level, fam, sup_t, sup_t_fr, sup_l, loc, loc_fr, about, about_fr) = core
    units, groups = T.FAMILIES[fam]
    order = list(range(len(units)))
    R.shuffle(order)
    n = R.choice([2, 3, 3, 4, 4, 5, 6]) if level != "EX-01" else R.choice([2, 3, 3, 4, 4, 5])
    drs = []
    for k in order[:n]:
        u_en, u_fr = units[k]
        if level == "EX-01":
            drs.append({"title": f"Manager, {u_en}", "title_fr": f"Gestionnaire, {u_fr}", "classification": pick(groups),
                        "fte": R.randrange(4, 31)})
        else:
            if R.random() < 0.8:
                drs.append({"title": f"Director, {u_en}", "title_fr": f"Directeur, {u_fr}", "classification": "EX-01",
                            "fte": R.randrange(12, 95)})
            else:
                drs.append({"title": f"Manager, {u_en}", "title_fr": f"Gestionnaire, {u_fr}",
                            "classification": pick(groups), "fte": R.randrange(5, 25)})
    if R.random() < 0.35:
        drs.append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive", "classification": R.choice(["AS-02", "AS-03", "CR-05"]),
                    "fte": 1})
    if level != "EX-01" and R.random() < 0.4:
        drs.append({"title": "Senior Advisor to the " + ("Director General" if level == "EX-03" else "Executive Director"),
                    "title_fr": "Conseiller principal", "classification": R.choice(["EC-07", "AS-07", "PM-06"]), "fte": 1})
    fte = sum(d["fte"] for d in drs) + 1
    salary = int(round(fte * R.randrange(86, 104) * 1000, -4))
    om = int(round(salary * R.uniform(0.04, 0.6), -4)) or 20000
    y = R.randrange(2018, 2024)
    eff = dt.date(y, R.randrange(1, 13), R.choice([1, 1, 1, 3, 12, 15, 18, 22, 28, 30]))
    return {
        "i": i, "dept": dept, "org": T.DEPTS[dept][0], "org_fr": T.DEPTS[dept][1],
        "title": title, "title_fr": title_fr, "classification": level, "family": fam,
        "job_code": str(R.randrange(100100, 109999)),
        "position_number": str(R.choice([R.randrange(10000, 99999), R.randrange(100000, 999999)])),
        "effective_date": eff,
        "sup": {"position_number": str(R.randrange(10000, 99999)), "title": sup_t, "title_fr": sup_t_fr,
                "classification": sup_l},
        "drs": drs, "salary": salary, "o_and_m": om, "total": salary + om, "fte": fte,
        "location": loc, "location_fr": loc_fr, "about": about, "about_fr": about_fr,
        "incumbent": person(), "signer": person(), "hr": person(),
        "provisional": None,
    }


POS = [make_position(i, c) for i, c in enumerate(T.POSITIONS)]


# --------------------------------------------------------------------------- blocks -> files
# a document is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("kv", [(label, value)]) ("list", marker, [items])
#   ("table", header, rows) ("lines", [raw lines])

def kv_text(pairs, lay):
    out = []
    width = max(len(k) for k, _ in pairs) + 2
    for k, v in pairs:
        if lay == "colon":
            out.append(f"{k}: {v}")
        elif lay == "caps":
            out.append(f"{k.upper()}: {v}")
        elif lay == "next":
            out += [f"{k}:", f"    {v}"]
        elif lay == "dots":
            out.append(f"{k} " + "." * max(3, 34 - len(k)) + f" {v}")
        elif lay == "tab":
            out.append(f"{k}\t{v}")
        elif lay == "pad":
            out.append(f"{(k + ':').ljust(width + 1)}{v}")
        else:
            raise ValueError(lay)
    return out


def list_text(marker, items):
    out = []
    for n, it in enumerate(items, 1):
        m = {"1.": f"{n}.", "1)": f"{n})", "a)": f"{'abcdefghij'[n - 1]})", "(i)": f"({['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][n - 1]})"}.get(marker, marker)
        out.append(f"{m} {it}")
    return out


def to_text(blocks, opt):
    hs = opt.get("hstyle", "caps")
    lay = opt.get("kv", "colon")
    wrap = opt.get("wrap")
    out = []
    hn = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper() if hs in ("caps", "numbered") else b[1], ""]
        elif kind == "h":
            hn += 1
            t = b[1]
            if hs == "caps":
                out += [t.upper()]
            elif hs == "colon":
                out += [t + ":"]
            elif hs == "underline":
                out += [t, "-" * len(t)]
            elif hs == "numbered":
                out += [f"{hn}. {t.upper()}"]
            else:
                out += [t]
        elif kind == "p":
            out += textwrap.wrap(b[1], wrap) if wrap else [b[1]]
            out += [""]
        elif kind == "kv":
            out += kv_text(b[1], lay) + [""]
        elif kind == "list":
            items = list_text(b[1], b[2])
            if wrap:
                items = [w for it in items for w in textwrap.wrap(it, wrap, subsequent_indent="   ")]
            out += items + [""]
        elif kind == "table":
            header, rows = b[1], b[2]
            cols = [max(len(str(r[c])) for r in [header] + rows) for c in range(len(header))]
            for r in [header] + rows:
                out.append("  ".join(str(x).ljust(cols[c]) for c, x in enumerate(r)).rstrip())
            out += [""]
        elif kind == "lines":
            out += b[1]
        if kind in ("h",) and hs == "underline":
            pass
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def to_md(blocks, opt):
    out = []
    lay = opt.get("kv", "bold")
    hl = opt.get("hlevel", "##")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [f"# {b[1]}", ""]
        elif kind == "h":
            out += [f"{hl} {b[1]}" if hl else f"**{b[1]}**", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "kv":
            if lay == "bold":
                out += [f"*   **{k}:** {v}" for k, v in b[1]]
            elif lay == "dash":
                out += [f"- {k}: {v}" for k, v in b[1]]
            elif lay == "table":
                out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in b[1]]
            else:
                out += [f"{k}: {v}  " for k, v in b[1]]
            out += [""]
        elif kind == "list":
            m = b[1] if b[1] in ("-", "*", "+", "1.") else "-"
            out += list_text(m, b[2]) + [""]
        elif kind == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(str(x) for x in r) + " |" for r in b[2]] + [""]
        elif kind == "lines":
            out += b[1]
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


FIXED = dt.datetime(2024, 1, 1, 9, 0, 0)


def to_docx(blocks, opt):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = opt.get("author", "")
    cp.last_modified_by = opt.get("author", "")
    cp.created = cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    style = opt.get("dstyle", "headings")
    lay = opt.get("kv", "table")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if style == "headings":
                d.add_heading(b[1], 1)
            else:
                r = d.add_paragraph().add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
        elif kind == "h":
            if style == "headings":
                d.add_heading(b[1], 2)
            elif style == "bold":
                d.add_paragraph().add_run(b[1]).bold = True
            elif style == "underline":
                d.add_paragraph().add_run(b[1]).underline = True
            else:
                d.add_paragraph(b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            if lay == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    row = t.add_row().cells
                    row[0].text, row[1].text = k, v
            elif lay == "boldpara":
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k + ": ").bold = True
                    p.add_run(v)
            elif lay == "tab":
                for k, v in b[1]:
                    d.add_paragraph(f"{k}\t{v}")
            else:
                for k, v in b[1]:
                    d.add_paragraph(f"{k}: {v}")
        elif kind == "list":
            if b[1] in ("-", "*", "•") and opt.get("wordbullets", True):
                for it in b[2]:
                    d.add_paragraph(it, style="List Bullet")
            elif b[1] == "1." and opt.get("wordbullets", True):
                for it in b[2]:
                    d.add_paragraph(it, style="List Number")
            else:
                for line in list_text(b[1], b[2]):
                    d.add_paragraph(line)
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, x in zip(t.rows[0].cells, b[1]):
                c.text = x
            for r in b[2]:
                for c, x in zip(t.add_row().cells, r):
                    c.text = str(x)
        elif kind == "lines":
            for line in b[1]:
                d.add_paragraph(line)
    raw = io.BytesIO()
    d.save(raw)
    return fixed_zip(raw.getvalue())


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(blocks, opt):
    text = to_text(blocks, dict(opt, wrap=opt.get("wrap", 96)))
    lines = text.splitlines()
    per = opt.get("per_page", 58)
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    footer = opt.get("footer")
    out = []
    for n, pg in enumerate(pages, 1):
        if footer:
            pg = pg + ["", footer.format(n=n, N=len(pages))]
        out.append("\n".join(pg))
    return pdf_bytes(out)


# --------------------------------------------------------------------------- label sets

LAB_EN = [
    dict(title="Position Title", cls="Classification", pn="Position Number", jc="Job Code", date="Effective Date",
         spn="Supervisor's Position No.", st="Supervisor's Position Title", sc="Supervisor's Classification",
         loc="Geographic Location", dept="Department"),
    dict(title="Title", cls="Group and Level", pn="Position No.", jc="Job code", date="Effective date",
         spn="Reports to (position no.)", st="Reports to", sc="Supervisor level", loc="Location", dept="Organization"),
    dict(title="Job Title", cls="Level", pn="Position #", jc="Generic Job Code", date="Date effective",
         spn="Supervisor position #", st="Supervisor title", sc="Supervisor group/level", loc="Work Location",
         dept="Department"),
    dict(title="Official Title", cls="Group/Level", pn="Pos. No.", jc="Job Code No.", date="Effective",
         spn="Immediate Supervisor - Position No.", st="Immediate Supervisor - Title",
         sc="Immediate Supervisor - Classification", loc="Location", dept="Department/Agency"),
]
LAB_FR = [
    dict(title="Titre du poste", cls="Classification", pn="Numéro du poste", jc="Code d'emploi",
         date="Date d'entrée en vigueur", spn="Numéro de poste du superviseur", st="Titre du poste du superviseur",
         sc="Classification du superviseur", loc="Lieu de travail", dept="Ministère"),
    dict(title="Titre", cls="Groupe et niveau", pn="No du poste", jc="No de description type", date="En vigueur le",
         spn="Relève de (no de poste)", st="Relève de", sc="Niveau du superviseur", loc="Emplacement géographique",
         dept="Organisation"),
]
DIM_EN = [dict(fte="FTEs", sal="Salary", om="O&M", tot="Total"),
          dict(fte="Number of FTEs", sal="Salary budget", om="Operating (O&M)", tot="Total budget"),
          dict(fte="FTE's", sal="Salaries", om="Non-salary O&M", tot="Total operating budget"),
          dict(fte="Staff", sal="Salary dollars", om="O&M dollars", tot="Total")]
DIM_FR = [dict(fte="ETP", sal="Salaires", om="F et E", tot="Total"),
          dict(fte="Nombre d'ETP", sal="Budget salarial", om="Fonctionnement et entretien (F et E)", tot="Budget total")]


def dr_line(d, form, cs, lang="en"):
    t = d["title_fr"] if lang == "fr" else d["title"]
    c = cls(d["classification"], cs)
    f = d["fte"]
    etp = "ETP" if lang == "fr" else "FTEs"
    if form == "paren":
        inner = ", ".join(x for x in [c, f"{f} {etp if f != 1 else etp.rstrip('s')}" if f is not None else None] if x)
        return f"{t} ({inner})" if inner else t
    if form == "dash":
        return " – ".join(x for x in [t, c, f"{f} {'ETP' if lang == 'fr' else 'FTE'}" if f is not None else None] if x)
    if form == "lead":
        return (f"{c} - " if c else "") + t + (f" ({f} {etp if f != 1 else etp.rstrip('s')})" if f is not None else "")
    if form == "staff":
        s = f"{t} ({c})" if c else t
        if f is not None:
            s += f", effectif de {f}" if lang == "fr" else f", staff of {f}"
        return s
    if form == "bracket":
        return t + (f" [{c}]" if c else "") + (f" ({f} {'ETP' if lang == 'fr' else 'FTE'})" if f is not None else "")
    if form == "words":
        s = f"{t} ({c})" if c else t
        if f is not None:
            if f == 1:
                s += " -- une personne" if lang == "fr" else " -- one person"
            else:
                s += f" -- équipe de {words(f, 'fr')}" if lang == "fr" else f" -- team of {words(f)}"
        return s
    raise ValueError(form)


def dr_prose(drs, cs, lang="en"):
    parts = []
    for d in drs:
        t = d["title_fr"] if lang == "fr" else d["title"]
        c = cls(d["classification"], cs)
        s = ("un " if lang == "fr" and not t.startswith("Adjointe") else "une " if lang == "fr"
             else "an " if t[0] in "AEIOU" else "a ") + t
        if c:
            s += f" ({c})"
        f = d["fte"]
        if f is not None:
            if lang == "fr":
                s += f" avec une équipe de {words(f, 'fr')}" if f > 1 else " (1 ETP)"
            else:
                s += (f" with a team of {words(f)}" if f <= 20 and f > 1 else f" with {f} staff" if f > 1 else " (1 FTE)")
        parts.append(s)
    if lang == "fr":
        return "; ".join(parts[:-1]) + "; et " + parts[-1] if len(parts) > 1 else parts[0]
    return "; ".join(parts[:-1]) + "; and " + parts[-1] if len(parts) > 1 else parts[0]


# --------------------------------------------------------------------------- renderers

def sup_sentence(P, cs, lang="en"):
    s = P["sup"]
    if not s["title"]:
        return ""
    if lang == "fr":
        t = s["title_fr"]
        out = f"Le poste relève du {t[0].lower() + t[1:]}" if not t.startswith(("Directrice", "Vice-présidente", "Sous-ministre adjointe")) \
            else f"Le poste relève de la {t[0].lower() + t[1:]}"
        extra = [x for x in [cls(s["classification"], cs), f"poste no {s['position_number']}" if s["position_number"] else None] if x]
        return out + (f" ({', '.join(extra)})" if extra else "") + "."
    out = f"reports to the {s['title']}"
    extra = [x for x in [cls(s["classification"], cs), f"position {s['position_number']}" if s["position_number"] else None] if x]
    return out + (f" ({', '.join(extra)})" if extra else "")


def fr_fix(s):
    """French contractions after a phrase is put in a template (de les -> des, a le -> au)"""
    for a, b in ((" de les ", " des "), (" de le ", " du "), (" à les ", " aux "), (" à le ", " au ")):
        s = s.replace(a, b)
    return s


def acts(P, lang, n, informal=False):
    pool = (T.INFORMAL_ACT_FR if informal else T.ACT_FR) if lang == "fr" else (T.INFORMAL_ACT_EN if informal else T.ACT_EN)
    idx = sorted(R.sample(range(len(pool)), min(n, len(pool))))
    about = P["about_fr"] if lang == "fr" else P["about"]
    return [fr_fix(pool[k].format(about=about)) for k in idx]


def header_pairs(P, L, o):
    cs, ds = o["cs"], o["ds"]
    pairs = [(L["title"], P["title_fr"] if o.get("lang") == "fr" else P["title"])]
    if P["classification"]:
        pairs.append((L["cls"], cls(P["classification"], cs) + (" (Proposed)" if o.get("proposed") else "")))
    if P["position_number"] or P["provisional"]:
        pairs.append((L["pn"], P["position_number"] or P["provisional"]))
    if P["job_code"]:
        pairs.append((L["jc"], P["job_code"]))
    if P["effective_date"]:
        pairs.append((L["date"], date_fmt(P["effective_date"], ds)))
    if o.get("dept_in_header"):
        pairs.append((L["dept"], P["org_fr"] if o.get("lang") == "fr" else P["org"]))
    if P["location"]:
        pairs.append((L["loc"], P["location_fr"] if o.get("lang") == "fr" else P["location"]))
    s = P["sup"]
    if o.get("sup_as_fields", True):
        if s["position_number"]:
            pairs.append((L["spn"], s["position_number"]))
        if s["title"]:
            pairs.append((L["st"], s["title_fr"] if o.get("lang") == "fr" else s["title"]))
        if s["classification"]:
            pairs.append((L["sc"], cls(s["classification"], cs)))
    return pairs


def dims_pairs(P, D, o, lang="en"):
    out = []
    if P["fte"] is not None:
        out.append((D["fte"], str(P["fte"])))
    for key, lab in (("salary", "sal"), ("o_and_m", "om"), ("total", "tot")):
        if P[key] is not None:
            out.append((D[lab], fm(o, key, P[key])))
    return out


def drs_block(P, o, lang="en"):
    cs = o["cs"]
    form = o["drform"]
    if form == "table":
        hdr = ["Titre", "Groupe et niveau", "ETP"] if lang == "fr" else ["Title", "Group and Level", "FTEs"]
        rows = [[d["title_fr"] if lang == "fr" else d["title"], cls(d["classification"], cs) or "",
                 "" if d["fte"] is None else d["fte"]] for d in P["drs"]]
        return [("table", hdr, rows)]
    if form == "prose":
        lead = "Relèvent du titulaire : " if lang == "fr" else "Reporting to the position are "
        return [("p", lead + dr_prose(P["drs"], cs, lang) + ".")]
    return [("list", o.get("drmarker", "-"), [dr_line(d, form, cs, lang) for d in P["drs"]])]


def r_formal(P, o):
    """a standard form: header fields, general accountability, structure, dimensions, activities"""
    lang = o.get("lang", "en")
    L = (LAB_FR if lang == "fr" else LAB_EN)[o["labs"]]
    D = (DIM_FR if lang == "fr" else DIM_EN)[o["dims"]]
    fr = lang == "fr"
    b = [("title", o.get("doc_title", "Description de travail - Groupe de la direction" if fr else "Executive Work Description"))]
    b.append(("kv", header_pairs(P, L, o)))
    about, org = (P["about_fr"], P["org_fr"]) if fr else (P["about"], P["org"])
    sec = {
        "ga": [("h", "Responsabilité générale" if fr else "General Accountability"),
               ("p", fr_fix(pick(T.GA_FR if fr else T.GA_EN).format(title=P["title_fr"] if fr else P["title"], about=about, org=org)))],
        "org": [("h", "Structure organisationnelle" if fr else "Organization Structure")]
        + ([("p", ("Le poste " if fr else "The position ") + sup_sentence(P, o["cs"], lang)[0].lower() + sup_sentence(P, o["cs"], lang)[1:] if fr else
                  f"The {P['title']} {sup_sentence(P, o['cs'])}.")] if not o.get("sup_as_fields", True) else [])
        + [("p", "Relèvent du titulaire :" if fr else f"Reporting to the {P['title']} are:")] + drs_block(P, o, lang),
        "ns": [("h", "Nature et portée" if fr else "Nature and Scope"), ("p", pick(T.NS_FR if fr else T.NS_EN).format(org=org))],
        "dim": [("h", "Dimensions"), ("kv", dims_pairs(P, D, o, lang))],
        "acts": [("h", "Responsabilités spécifiques" if fr else "Specific Accountabilities"), ("list", o.get("actmarker", "1."), acts(P, lang, 6))],
    }
    if o.get("sup_as_fields", True) is False and fr:
        sec["org"][1] = ("p", sup_sentence(P, o["cs"], "fr"))
    for k in o.get("order", ["ga", "org", "ns", "dim", "acts"]):
        if k == "dim" and not dims_pairs(P, D, o, lang):
            continue
        b += sec[k]
    b += sig_block(P, o, lang)
    return b


def sig_block(P, o, lang):
    if not o.get("sig"):
        return []
    fr = lang == "fr"
    lines = ["", "Certification" if not fr else "Attestation", ""]
    if o.get("incumbent"):
        lines += [("Titulaire : " if fr else "Incumbent: ") + P["incumbent"], ""]
    lines += [("Superviseur : " if fr else "Supervisor: ") + P["signer"], (P["sup"]["title_fr"] if fr else P["sup"]["title"]) or "", ""]
    return [("lines", lines)]


def r_csr(P, o):
    """the client-service-results / key-activities template"""
    L = LAB_EN[o["labs"]]
    b = [("title", "Work Description")]
    b.append(("kv", header_pairs(P, L, o)))
    b += [("h", "Client Service Results"), ("p", T.CSR_EN[1].format(about=P["about"], org=P["org"]))]
    b += [("h", "Key Activities"), ("list", o.get("actmarker", "-"), acts(P, "en", 6))]
    b += [("h", "Organizational Context"), ("p", f"The {P['title']} is one of several directors reporting to the "
                                               f"{P['sup']['title'] or 'Director General'}. Direct reports:")]
    b += drs_block(P, o)
    b += [("h", "Dimensions"), ("kv", dims_pairs(P, DIM_EN[o["dims"]], o))]
    b += sig_block(P, o, "en")
    return b


def facts_sentence(P, o, lang="en"):
    """'This EX-01 position, number 123456, reports to ...' -- the fields in prose"""
    cs = o["cs"]
    c = cls(P["classification"], cs)
    if lang == "fr":
        s = f"Ce poste de niveau {c}" if c else "Ce poste"
        if P["position_number"]:
            s += f" (no {P['position_number']})"
        elif P["provisional"]:
            s += " (numéro de poste à venir)"
        if P["job_code"]:
            s += f", code d'emploi {P['job_code']},"
        sup = sup_sentence(P, cs, "fr")
        s += " " + (sup[len("Le poste "):-1] if sup else "fait partie de la direction")
        s += "."
        if P["location"]:
            s += f" Il est situé à {P['location_fr']}."
        if P["effective_date"]:
            s += f" La description est en vigueur depuis le {date_fmt(P['effective_date'], o.get('ds', 'fr'))}."
        return s
    s = f"This {c} position" if c else "This position"
    if P["position_number"]:
        s += f", number {P['position_number']},"
    elif P["provisional"]:
        s += " (position number still TBD)"
    if P["job_code"]:
        s += f" (job code {P['job_code']})"
    sup = sup_sentence(P, cs)
    s += " " + (sup if sup else "sits in the directorate's management team") + "."
    if P["location"]:
        s += f" It is located in {P['location']}."
    if P["effective_date"]:
        s += f" This description is effective {date_fmt(P['effective_date'], o['ds'])}."
    return s


def budget_sentence(P, o, lang="en"):
    sal, om, tot, fte = P["salary"], P["o_and_m"], P["total"], P["fte"]
    if lang == "fr":
        parts = []
        if fte is not None:
            parts.append(f"L'équipe compte {fte} ETP au total.")
        if sal is not None or om is not None:
            x = []
            if sal is not None:
                x.append(f"{fm(o, 'salary', sal)} en salaires")
            if om is not None:
                x.append(f"{fm(o, 'o_and_m', om)} en F et E")
            parts.append("Le budget est de " + " et ".join(x) + (f", soit {fm(o, 'total', tot)} au total." if tot is not None else "."))
        elif tot is not None:
            parts.append(f"Le budget total est de {fm(o, 'total', tot)}.")
        return " ".join(parts)
    parts = []
    if fte is not None:
        parts.append(pick([f"All told there are {fte} FTEs in the directorate.", f"The directorate has {fte} FTEs in total.",
                           f"That is {words(fte) if fte <= 99 else fte} people in all, counting me."]))
    if sal is not None or om is not None:
        x = []
        if sal is not None:
            x.append(f"{fm(o, 'salary', sal)} in salary")
        if om is not None:
            x.append(f"{fm(o, 'o_and_m', om)} in O&M")
        parts.append("Budget-wise we have " + " and ".join(x) + (f", so {fm(o, 'total', tot)} all in." if tot is not None else "."))
    elif tot is not None:
        parts.append(f"The total budget is {fm(o, 'total', tot)}.")
    return " ".join(parts)


def r_narrative(P, o):
    """a manager's Word/text draft: a heading or none, paragraphs, a few bullets"""
    lang = o.get("lang", "en")
    fr = lang == "fr"
    b = []
    if o.get("heading", True):
        b.append(("title", o.get("doc_title", ((P["title_fr"] if fr else P["title"]) + (" – ébauche" if fr else " - draft WD")))))
    if o.get("title_sentence", not o.get("heading", True)):
        b.append(("p", (f"Poste : {P['title_fr']}" if fr else f"Position: {P['title']}")))
    b.append(("p", facts_sentence(P, o, lang)))
    b.append(("p", fr_fix(pick(T.INFORMAL_GA_FR if fr else T.INFORMAL_GA_EN).format(about=P["about_fr"] if fr else P["about"]))))
    n = len(P["drs"])
    if o.get("drform") == "prose":
        b.append(("p", (f"J'ai {words(n, 'fr')} subordonnés directs : " if fr else f"I have {words(n)} direct reports: ")
                  + dr_prose(P["drs"], o["cs"], lang) + "."))
    else:
        b.append(("p", f"Mon équipe ({n} postes) :" if fr else pick([f"My team ({n} direct reports):", "Who reports to me:",
                                                                        f"The {words(n)} people reporting to me are:"])))
        b += drs_block(P, o, lang)
    bs = budget_sentence(P, o, lang)
    if bs:
        b.append(("p", bs))
    if o.get("acts_h"):
        b.append(("h", o["acts_h"]))
    else:
        b.append(("p", "Ce que je fais au quotidien :" if fr else "What I actually do:"))
    b.append(("list", o.get("actmarker", "•"), acts(P, lang, 5, informal=True)))
    b.append(("p", pick(T.CHALLENGE_FR if fr else T.CHALLENGE_EN)))
    if o.get("closing"):
        b.append(("p", o["closing"]))
    return b


def r_notes(P, o):
    """manager's notes: own headings ('The job', 'My team', 'Money'), bullets of every kind"""
    lang = o.get("lang", "en")
    fr = lang == "fr"
    cs = o["cs"]
    H = (["Le poste", "Mon équipe", "Budget", "Ce que fait le poste", "Défis"] if fr else
         pick([["The job", "My team", "Money", "Main activities", "Challenges"],
               ["About the position", "Direct reports", "Resources", "Key activities", "What makes it hard"],
               ["Basics", "Team", "Budget", "What the job does", "Context"]]))
    b = [("title", o.get("doc_title", P["title_fr"] if fr else P["title"]))]
    b.append(("h", H[0]))
    items = []
    c = cls(P["classification"], cs)
    if fr:
        if c:
            items.append(f"niveau : {c}")
        if P["position_number"]:
            items.append(f"no de poste {P['position_number']}")
        elif P["provisional"]:
            items.append(f"no de poste : {P['provisional']} (à attribuer)")
        if P["job_code"]:
            items.append(f"code d'emploi {P['job_code']}")
        sup = sup_sentence(P, cs, "fr")
        if sup:
            items.append(sup[len("Le poste "):-1])
        if P["location"]:
            items.append(f"lieu : {P['location_fr']}")
        if P["effective_date"]:
            items.append(f"en vigueur le {date_fmt(P['effective_date'], o['ds'])}")
    else:
        if c:
            items.append(pick([f"level: {c}", f"it's an {c}", f"classification {c}"]))
        if P["position_number"]:
            items.append(pick([f"position # {P['position_number']}", f"pos. number {P['position_number']}",
                               f"position number is {P['position_number']}"]))
        elif P["provisional"]:
            items.append(f"position number: {P['provisional']} (new position, number to come)")
        if P["job_code"]:
            items.append(f"job code {P['job_code']}")
        sup = sup_sentence(P, cs)
        if sup:
            items.append(sup)
        if P["location"]:
            items.append(pick([f"based in {P['location']}", f"location - {P['location']}"]))
        if P["effective_date"]:
            items.append(f"effective {date_fmt(P['effective_date'], o['ds'])}")
    b.append(("list", o.get("m1", "-"), items))
    b.append(("p", fr_fix(pick(T.INFORMAL_GA_FR if fr else T.INFORMAL_GA_EN).format(about=P["about_fr"] if fr else P["about"]))))
    b.append(("h", H[1]))
    b += drs_block(P, o, lang)
    b.append(("h", H[2]))
    m = []
    if P["salary"] is not None:
        m.append(f"{'salaires' if fr else 'salary'} {fm(o, 'salary', P['salary'])}")
    if P["o_and_m"] is not None:
        m.append(f"{'F et E' if fr else 'O&M'} {fm(o, 'o_and_m', P['o_and_m'])}")
    if P["total"] is not None:
        m.append(f"total {fm(o, 'total', P['total'])}")
    if P["fte"] is not None:
        m.append(f"{P['fte']} ETP" if fr else f"{P['fte']} FTEs overall")
    b.append(("list", o.get("m2", "*"), m))
    b.append(("h", H[3]))
    b.append(("list", o.get("m3", "o"), acts(P, lang, 5, informal=True)))
    b.append(("h", H[4]))
    b.append(("p", pick(T.CHALLENGE_FR if fr else T.CHALLENGE_EN)))
    return b


def r_email(P, o):
    """an e-mail saved as text: headers, a greeting, the description in the body"""
    lang = o.get("lang", "en")
    fr = lang == "fr"
    to = o["to"]
    lines = [f"From: {P['incumbent']}" if not fr else f"De : {P['incumbent']}",
             (f"Sent: {o['sent']}" if not fr else f"Envoyé : {o['sent']}"),
             (f"To: {to}" if not fr else f"À : {to}"),
             (f"Subject: {o['subject']}" if not fr else f"Objet : {o['subject']}"), ""]
    greet = f"Bonjour {to.split()[0]}," if fr else f"Hi {to.split()[0]},"
    body = [("lines", lines), ("p", greet)]
    body.append(("p", o.get("intro", "Voici l'information demandée pour le poste. Dites-moi s'il manque quelque chose." if fr else
                             "As requested, here is what you need for the work description. Let me know if anything is missing.")))
    body += r_notes(P, o) if o.get("as_notes") else r_narrative(P, dict(o, heading=False, title_sentence=True))
    body.append(("p", "Merci," if fr else pick(["Thanks,", "Cheers,", "Thanks!"])))
    body.append(("lines", [P["incumbent"].split()[0], "", P["incumbent"], P["title_fr"] if fr else P["title"],
                           P["org_fr"] if fr else P["org"]]))
    return body


def r_bilingual_form(P, o):
    cs, ds = o["cs"], o["ds"]
    pairs = [("Position Title / Titre du poste", P["title"]), ("Titre (français)", P["title_fr"]),
             ("Classification", cls(P["classification"], cs)),
             ("Position Number / Numéro du poste", P["position_number"])]
    if P["job_code"]:
        pairs.append(("Job Code / Code d'emploi", P["job_code"]))
    if P["effective_date"]:
        pairs.append(("Effective Date / Date d'entrée en vigueur", date_fmt(P["effective_date"], ds)))
    pairs.append(("Location / Lieu", P["location"]))
    s = P["sup"]
    if s["position_number"]:
        pairs.append(("Supervisor's Position Number / Numéro de poste du superviseur", s["position_number"]))
    pairs.append(("Supervisor's Position Title / Titre du poste du superviseur", s["title"]))
    pairs.append(("Supervisor's Classification / Classification du superviseur", cls(s["classification"], cs)))
    pairs = [(k, v) for k, v in pairs if v]
    b = [("title", "Executive Work Description / Description de travail de cadre"), ("kv", pairs)]
    b += [("h", "General Accountability / Responsabilité générale"),
          ("p", pick(T.GA_EN).format(title=P["title"], about=P["about"], org=P["org"])),
          ("p", fr_fix(pick(T.GA_FR).format(about=P["about_fr"], org=P["org_fr"])))]
    b += [("h", "Organization Structure / Structure organisationnelle")] + drs_block(P, o)
    dims = [("FTEs / ETP", str(P["fte"])), ("Salary / Salaires", fm(o, "salary", P["salary"])),
            ("O&M / F et E", fm(o, "o_and_m", P["o_and_m"])), ("Total", fm(o, "total", P["total"]))]
    b += [("h", "Dimensions"), ("kv", [(k, v) for k, v in dims if v and v != "None"])]
    b += [("h", "Specific Accountabilities / Responsabilités spécifiques"), ("list", "1.", acts(P, "en", 5))]
    b += sig_block(P, o, "en")
    return b


def r_bilingual_informal(P, o):
    b = [("title", f"{P['title']} / {P['title_fr']}")]
    b += r_narrative(P, dict(o, heading=False, lang="en"))
    b += [("lines", ["", "-" * 30, "Version française", "-" * 30, ""])]
    b += r_narrative(P, dict(o, heading=False, lang="fr", ds="fr", ms="fr_M"))
    return b


RENDER = {"formal": r_formal, "csr": r_csr, "narr": r_narrative, "notes": r_notes, "email": r_email,
          "biform": r_bilingual_form, "biinf": r_bilingual_informal}


# --------------------------------------------------------------------------- the documents

def D(fname, pos, render, kind, lang="en", **o):
    return dict(fname=fname, pos=pos, render=render, kind=kind, lang=lang, o=o)


ENG = "en"
DOCS = [
    # ---- informal, English
    D("Director EI Policy - WD draft (bilingual).docx", 0, "biinf", "docx", "bilingual", cs="dash", ds="long", ms="M",
      drop=["job_code", "sup.position_number", "total"], drform="prose", dstyle="plain", author="Sophie Gagnon"),
    D("TR program delivery director - my notes.md", 1, "notes", "markdown", cs="dash", ds="iso", ms="K", m1="-", m2="*", m3="-",
      drop=["job_code", "sup.position_number", "effective_date"], drform="paren"),
    D("RDS Maritimes WD draft v3.docx", 2, "narr", "docx", cs="space", ds="dmy", ms="million",
      drop=["job_code", "sup.position_number"], drform="words", actmarker="-", dstyle="bold", acts_h="Key activities"),
    D("AgriInnovate director job description.txt", 3, "narr", "text", cs="dash", ds="abbr", ms="loose",
      drop=["job_code", "sup.position_number", "total"], drform="prose", rounding=100000, hstyle="plain", ms_o_and_m="k",
      closing="Happy to walk through it if Classification has questions."),
    D("RE_ work description for the ED position.txt", 4, "email", "text-cp1252", cs="dash", ds="long", ms="M",
      drop=["job_code", "sup.position_number"], drform="dash", to="Colleen Arsenault",
      sent="Tuesday, March 12, 2024 4:17 PM", subject="RE: work description for the ED position", hstyle="plain"),
    D("DG Pay Ops - description (for HR).docx", 6, "notes", "docx", cs="dash", ds="ord", ms="M",
      drop=["job_code"], drform="table", m1="-", m2="-", m3="1.", dstyle="bold"),
    D("Medical devices compliance - Director WD.md", 7, "narr", "markdown", cs="dash", ds="iso", ms="comma",
      drop=["sup.position_number", "sup.classification"], drform="lead", hlevel="##", acts_h="What the job involves",
      actmarker="*"),
    D("lab quality director - what the job is.txt", 8, "notes", "text-cp1252", cs="short", ds="long", ms="k",
      drop=["job_code", "sup.position_number", "o_and_m", "salary"], drform="staff", m1="-", m2="-", m3="*", hstyle="colon"),
    D("FW_ Climate adaptation ED - WD content.txt", 10, "email", "text", cs="dash", ds="slash", ms="M",
      drop=["job_code"], provisional="NEW", drform="paren", to="Derek Whitfield", as_notes=True, m1="*", m2="-", m3="-",
      sent="Mon 2023-10-02 9:41 AM", subject="FW: Climate adaptation ED - WD content", hstyle="colon"),
    D("Case management director (VAC) notes.md", 12, "notes", "markdown", cs="dash", ds="dmy", ms="comma",
      drop=["job_code", "sup.position_number"], drform="words", m1="*", m2="-", m3="1.", hlevel="###"),
    D("Intel Ops Pacific - Director - description.docx", 13, "narr", "docx", cs="dash", ds="long", ms="approx",
      drop=["job_code", "sup.position_number", "total"], drform="paren", dstyle="headings", wordbullets=True),
    D("Offender programs director - draft for classification.pdf", 14, "narr", "pdf", cs="dash", ds="abbr", ms="M",
      drop=["job_code", "sup.position_number", "sup.classification"], drform="dash", footer="DRAFT - Page {n}",
      hstyle="plain"),
    D("DG Primary Health Care.docx", 16, "narr", "docx", cs="dash", ds="iso", ms="million",
      drop=["job_code"], drform="paren", dstyle="plain", wordbullets=False, actmarker="-", heading=False,
      dr_nofte=[-1]),
    D("Network ops director - quick WD.md", 17, "notes", "markdown", cs="glued", ds="long", ms="M",
      drop=["sup.position_number", "effective_date", "total"], drform="bracket", m1="-", m2="-", m3="-", hlevel=None),
    D("Spectrum licensing - director job, March 2024.txt", 19, "narr", "text", cs="dash", ds="ord", ms="K",
      drop=["job_code", "sup.position_number", "o_and_m", "total"], drform="prose", hstyle="plain"),
    D("Consular case management director (1).docx", 20, "notes", "docx", cs="dash", ds="dmy", ms="comma",
      drop=["sup.position_number"], drform="dash", m1="•", m2="-", m3="o", dstyle="underline", wordbullets=False,
      dr_nocls=[0]),
    D("ACOA trade & investment director - email to HR.txt", 22, "email", "text-cp1252", cs="dash", ds="long", ms="M",
      drop=["job_code", "sup.position_number", "total"], drform="prose", to="Louise Chiasson",
      sent="Thursday, February 1, 2024 11:02 AM", subject="Director, Trade and Investment WD", hstyle="plain"),
    D("Exec resourcing director – job (short version).md", 23, "narr", "markdown", cs="dash", ds="long", ms="M",
      drop=["sup.position_number", "effective_date"], drform="paren", acts_h="Key activities", actmarker="-", hlevel="##"),
    D("Strategic comms director - description for the poster.docx", 26, "narr", "docx", cs="dash", ds="abbr",
      ms="comma", drop=["job_code", "sup.position_number", "location"], drform="lead", dstyle="bold", acts_h="Key activities"),
    D("DG Case Processing Centres - WD draft (TBD number).txt", 27, "notes", "text", cs="dash", ds="iso", ms="million",
      drop=["job_code"], provisional="TBD", drform="paren", m1="-", m2="-", m3="-", hstyle="underline"),
    D("Northern geoscience director.pdf", 29, "notes", "pdf", cs="space", ds="long", ms="M",
      drop=["job_code", "sup.position_number"], drform="dash", m1="-", m2="-", m3="-", hstyle="caps", footer="{n}"),
    D("Settlement network director - description emailed.pdf", 42, "email", "pdf", cs="dash", ds="long", ms="K",
      drop=["job_code", "sup.position_number", "total"], drform="paren", to="Farah Rahman", as_notes=True, m1="-", m2="-",
      m3="-", sent="Wednesday, May 8, 2024 3:55 PM", subject="Settlement Network director WD", hstyle="colon",
      footer="Page {n} of {N}"),
    # ---- standard forms, English
    D("Rail Safety Oversight Director EX-01.md", 9, "formal", "markdown", labs=0, dims=0, cs="dash", ds="long", ms="M",
      drform="paren", kv="bold", sig=True),
    D("Rail Safety Oversight Director EX-01 (1).md", 9, "formal", "markdown", labs=0, dims=0, cs="dash", ds="long", ms="M",
      drform="paren", kv="bold", sig=True, same_as="Rail Safety Oversight Director EX-01.md"),
    D("Labour Relations Director - draft.docx", 30, "notes", "docx", cs="dash", ds="iso", ms="M",
      drop=["job_code", "sup.position_number", "effective_date"], drform="paren", m1="-", m2="-", m3="-", dstyle="bold",
      stage="draft"),
    D("Labour Relations Director - FINAL.docx", 30, "formal", "docx", labs=0, dims=1, cs="dash", ds="long", ms="comma",
      drform="table", kv="table", sig=True, incumbent=True, stage="final"),
    D("WD_Director_Labour_Statistics_2022.pdf", 11, "biform", "pdf", "bilingual", cs="dash", ds="iso", ms="comma",
      drform="paren", sig=True, footer="Statistics Canada / Statistique Canada - {n}/{N}"),
    D("Executive Director, Citizen Services West - EX-02.docx", 24, "biform", "docx", "bilingual", cs="dash", ds="long",
      ms="M", drform="table", kv="table", dstyle="headings"),
    D("Director, Immunization Programs - signed.txt", 35, "biform", "text-cp1252", "bilingual", cs="dash", ds="iso",
      ms="comma", drform="dash", kv="pad", sig=True, incumbent=True, hstyle="caps"),
    D("Financial Planning and Resource Management - Director.docx", 25, "formal", "docx", labs=1, dims=2, cs="dash",
      ds="dmy", ms="comma", drform="table", kv="table", sig=True, dstyle="headings", dept_in_header=True),
    D("Cultural Heritage Conservation Director WD.txt", 15, "formal", "text", labs=2, dims=0, cs="space", ds="long",
      ms="M", drform="dash", kv="dots", hstyle="caps", order=["ga", "ns", "org", "acts", "dim"], drop=["sup.position_number"]),
    D("AAFC Lethbridge RDC Director.pdf", 31, "csr", "pdf", labs=0, dims=0, cs="dash", ds="long", ms="M", drform="paren",
      footer="Page {n} of {N}", hstyle="caps", kv="colon", sig=True),
    D("Cloud & Data Platforms Director - job description FINAL.docx", 33, "csr", "docx", labs=1, dims=1, cs="dash",
      ds="iso", ms="comma", drform="table", kv="table", dstyle="headings", actmarker="-"),
    D("Policy & Research director - WD 2021.txt", 36, "formal", "text-cp1252", labs=3, dims=2, cs="short", ds="upper",
      ms="K", drform="lead", kv="next", hstyle="numbered", sig=True, incumbent=True, order=["ga", "org", "dim", "ns", "acts"]),
    D("DG Travellers Program.md", 37, "formal", "markdown", labs=1, dims=3, cs="dash", ds="long", ms="million",
      drform="paren", kv="dash", sup_as_fields=False, drop=["sup.position_number"]),
    D("Regional Director, Atlantic - ISC - job description.pdf", 38, "formal", "pdf", labs=0, dims=1, cs="dash",
      ds="dmy", ms="comma", drform="staff", kv="colon", hstyle="caps", sig=True, footer="Indigenous Services Canada   Page {n}"),
    D("Financial Operations Director (GAC).txt", 39, "csr", "text", labs=2, dims=0, cs="glued", ds="slash", ms="M",
      drform="bracket", kv="tab", hstyle="underline"),
    D("Animal Health Science - Director EX-01 WD.md", 40, "formal", "markdown", labs=0, dims=1, cs="dash", ds="abbr",
      ms="comma", drform="table", kv="bold", hlevel="##", order=["ga", "ns", "org", "dim", "acts"]),
    # ---- French
    D("Directeur, Opérations de recouvrement - description.docx", 5, "narr", "docx", "fr", cs="dash", ds="fr", ms="fr_sp",
      drop=["job_code", "sup.position_number"], drform="paren", dstyle="bold", actmarker="-", wordbullets=False),
    D("Opérations Québec - DE - description de travail.pdf", 18, "formal", "pdf", "fr", labs=0, dims=0, cs="dash",
      ds="fr", ms="fr_full", drform="paren", kv="colon", hstyle="caps", sig=True, footer="Page {n} de {N}"),
    D("Application de la loi Québec - directeur - notes.md", 32, "notes", "markdown", "fr", cs="dash", ds="fr", ms="fr_M",
      drop=["job_code", "sup.position_number", "total"], drform="dash", m1="-", m2="-", m3="-", hlevel="##"),
    D("Interprétation - directrice - DT.docx", 34, "narr", "docx", "fr", cs="dash", ds="fr", ms="fr_M",
      drop=["job_code", "sup.position_number"], drform="prose", dstyle="plain", stage="v1"),
    D("Interprétation - directrice - DT - révisée.docx", 34, "narr", "docx", "fr", cs="dash", ds="fr", ms="fr_M",
      drop=["job_code", "sup.position_number"], drform="prose", dstyle="plain", stage="v2",
      doc_title="Directrice, Services d'interprétation"),
    D("Numérisation - directrice - courriel.txt", 21, "email", "text", "fr", cs="dash", ds="fr", ms="fr_sp",
      drop=["job_code", "sup.position_number", "o_and_m"], drform="paren", to="Chantal Bergeron", as_notes=True,
      m1="-", m2="-", m3="-", sent="18 avril 2024 14:05", subject="DT - Directrice, Services de numérisation", hstyle="plain"),
    D("Expérience du visiteur - DT FINAL.txt", 43, "formal", "text-cp1252", "fr", labs=1, dims=1, cs="space", ds="fr_dots",
      ms="fr_full", drform="staff", kv="dots", hstyle="caps", sig=True, incumbent=True),
]


# --------------------------------------------------------------------------- documents to refuse

def refused():
    """(file name, kind, language, bytes, people)"""
    out = []
    a, b, c = person(), person(), person()
    memo = "\n".join([
        "MEMORANDUM / NOTE DE SERVICE", "",
        "TO / DESTINATAIRE: All Directors, Program Operations Branch",
        f"FROM / EXPÉDITEUR: {a}, Director General, Program Operations",
        "DATE: November 14, 2023", "FILE / DOSSIER: 4510-EX-2023-11",
        "SUBJECT / OBJET: Updating EX work descriptions before the classification review", "",
        "As you know, the Branch will take part in the departmental review of EX-01 and EX-02 work descriptions in the "
        "new fiscal year. Please send your current description, signed, to Corporate HR by January 31, 2024.",
        "",
        "Descriptions must follow the current template (General Accountability, Organization Structure, Nature and "
        "Scope, Dimensions, Specific Accountabilities) and show current FTEs, salary and O&M figures.",
        "",
        f"Questions can go to {b}, Senior Classification Advisor (613-555-0142).",
        "", a, "Director General / Directeur général", ""])
    out.append(("Memo - EX work descriptions update (Nov 2023).txt", "text-cp1252", "en",
                memo.replace("\n", "\r\n").encode("cp1252"), [a, b]))
    # French letter offering an acting appointment
    d = person()
    blocks = [("p", "Protégé B (une fois rempli)"), ("p", "Le 6 juin 2024"), ("p", d), ("p", "Objet : Offre de nomination intérimaire"),
              ("p", f"Madame, Monsieur,"),
              ("p", "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directeur, Opérations régionales "
                    "(EX-01), poste no 48213, à Services publics et Approvisionnement Canada, à Gatineau (Québec), du "
                    "2 juillet 2024 au 31 mars 2025."),
              ("p", "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. "
                    "Veuillez confirmer votre acceptation en signant et en retournant une copie de la présente lettre."),
              ("p", "Veuillez agréer l'expression de mes sentiments distingués."),
              ("p", c), ("p", "Directrice générale, Opérations régionales"),
              ("p", "J'accepte l'offre de nomination intérimaire décrite ci-dessus. ____________________ Date : __________")]
    out.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).docx", "docx", "fr",
                to_docx(blocks, {"dstyle": "plain"}), [d, c]))
    # org chart as text
    e, f, g, h = person(), person(), person(), person()
    chart = "\n".join([
        "ORGANIZATION CHART - Science Branch, Pacific Region (as of April 2024)", "",
        f"Regional Director, Science (EX-02) - {e}",
        "|",
        f"+-- Director, Aquatic Ecosystems (EX-01) - {f}",
        "|     +-- Manager, Stock Assessment (EG-07) - vacant",
        "|     +-- Manager, Habitat Science (BI-04)",
        f"+-- Director, Ocean Sciences (EX-01) - {g}",
        "|     +-- Manager, Hydrography (EG-07)",
        f"+-- Executive Assistant (AS-02) - {h}", "",
        "Total: 214 FTEs", ""])
    out.append(("Org chart - Science Pacific 2024.txt", "text", "en", chart.encode("utf-8"), [e, f, g, h]))
    # minutes
    k, m, n = person(), person(), person()
    blocks = [("title", "Branch Management Committee - Minutes"), ("p", "Date: September 19, 2023, 10:00-11:30, Room 4B / MS Teams"),
              ("p", f"Present: {k} (Chair), {m}, {n}"),
              ("h", "1. Opening remarks"), ("p", "The Chair welcomed members and reviewed the agenda."),
              ("h", "2. Work description for the new Director, Data Strategy position"),
              ("p", "Members discussed the draft description for the new EX-01 position. The Director General will "
                    "finalize it with HR; the position will have about 12 FTEs and an O&M budget of roughly $150K."),
              ("h", "3. Action items"),
              ("list", "-", [f"{m} to send the draft to HR by September 29", f"{n} to confirm the budget with Finance"]),
              ("p", "Next meeting: October 17, 2023.")]
    out.append(("BMC minutes 2023-09-19.docx", "docx", "en", to_docx(blocks, {"dstyle": "headings"}), [k, m, n]))
    # performance agreement, PDF with text
    p, q = person(), person()
    blocks = [("title", "Executive Performance Agreement 2023-2024"),
              ("kv", [("Executive", p), ("Position", "Director, Client Experience (EX-01)"), ("Position number", "66120"),
                      ("Supervisor", f"{q}, Director General, Service Strategy")]),
              ("h", "Commitments"),
              ("list", "1.", ["Deliver the client experience strategy to the Branch Management Committee by Q2.",
                              "Reduce the average processing time for priority files by 10 per cent.",
                              "Complete the leadership competencies assessment and a learning plan for each manager."]),
              ("h", "Leadership competencies"), ("p", "Create vision and strategy; mobilize people; uphold integrity and respect; "
                                                     "collaborate with partners and stakeholders; promote innovation; achieve results."),
              ("h", "Signatures"), ("lines", [f"Executive: {p}", f"Supervisor: {q}"])]
    out.append(("Performance agreement 2023-24 - signed.pdf", "pdf", "en", to_pdf(blocks, {"hstyle": "caps"}), [p, q]))
    # a scanned description without a text layer: two pages of drawn shapes, no text
    pages = []
    for pg in range(2):
        ops = ["0.2 g"]
        for line in range(46):
            y = 790 - line * 16
            x = 50
            while x < 540:
                w = R.randrange(12, 70)
                ops.append(f"{x} {y} {w} 7 re f")
                x += w + R.randrange(4, 9)
        pages.append(("\n".join(ops) + "\n").encode("ascii"))
    out.append(("Scan_WD_Director_Regional_Operations_signed.pdf", "pdf", "en", pdf_bytes(pages), []))
    return out


# --------------------------------------------------------------------------- ground truth

def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, dt.date)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def expected_yaml(e):
    L = [f"document: {q(e['document'])}", f"kind: {e['kind']}", f"language: {e['language']}", f"outcome: {e['outcome']}"]
    f = e["fields"]
    if f is None:
        L.append("fields: null")
    else:
        L.append("fields:")
        for k in ("title", "classification", "job_code", "position_number", "effective_date"):
            L.append(f"  {k}: {q(f[k])}")
        L.append("  supervisor:")
        for k in ("position_number", "title", "classification"):
            L.append(f"    {k}: {q(f['supervisor'][k])}")
        if f["direct_reports"]:
            L.append("  direct_reports:")
            for d in f["direct_reports"]:
                L += [f"  - title: {q(d['title'])}", f"    classification: {q(d['classification'])}", f"    fte: {q(d['fte'])}"]
        else:
            L.append("  direct_reports: []")
        for k in ("salary", "o_and_m", "total", "location"):
            L.append(f"  {k}: {q(f[k])}")
    L.append("not_stated: [" + ", ".join(e["not_stated"]) + "]")
    if e["also"] is None:
        L.append("also: null")
    else:
        L.append("also:")
        for k, v in e["also"].items():
            L.append(f"  {k}: {q(v)}")
    if e["people"]:
        L.append("people:")
        L += [f"- {q(p)}" for p in e["people"]]
    else:
        L.append("people: []")
    if e["versions"] is None:
        L.append("versions: null")
    else:
        L.append("versions:")
        L.append("  documents:")
        L += [f"  - {q(x)}" for x in e["versions"]["documents"]]
        L.append(f"  newest: {q(e['versions']['newest'])}")
        if e["versions"].get("same_content"):
            L.append("  same_content: true")
    return "\n".join(L) + "\n"


def prepare(spec):
    P = {k: (dict(v) if isinstance(v, dict) else v) for k, v in POS[spec["pos"]].items()}
    P["drs"] = [dict(d) for d in P["drs"]]
    o = dict(spec["o"])
    o.setdefault("lang", "en" if spec["lang"] == "bilingual" else spec["lang"])
    o.setdefault("labs", 0)
    o.setdefault("dims", 0)
    if o.get("stage") == "v2":
        P["effective_date"] = P["effective_date"].replace(year=P["effective_date"].year + 1)
        P["salary"] += 120000
        P["total"] = P["salary"] + P["o_and_m"]
        P["drs"][0]["fte"] += 2
        P["fte"] += 2
    if o.get("rounding"):
        P["salary"] = max(100000, int(round(P["salary"], -5)))
        P["total"] = P["salary"] + P["o_and_m"]
    if o.get("provisional"):
        P["provisional"], P["position_number"] = o["provisional"], None
    for key in o.get("drop", []):
        if key.startswith("sup."):
            P["sup"][key[4:]] = None
            if key == "sup.title":
                P["sup"]["title_fr"] = None
        else:
            P[key] = None
    for k in o.get("dr_nocls", []):
        P["drs"][k]["classification"] = None
    for k in o.get("dr_nofte", []):
        P["drs"][k]["fte"] = None
    return P, o


def truth(spec, P, o):
    lang = spec["lang"]
    fr = lang == "fr"
    f = {
        "title": P["title_fr"] if fr else P["title"], "classification": P["classification"], "job_code": P["job_code"],
        "position_number": P["position_number"], "effective_date": P["effective_date"],
        "supervisor": {"position_number": P["sup"]["position_number"],
                       "title": P["sup"]["title_fr"] if fr else P["sup"]["title"],
                       "classification": P["sup"]["classification"]},
        "direct_reports": [{"title": d["title_fr"] if fr else d["title"], "classification": d["classification"],
                            "fte": d["fte"]} for d in P["drs"]],
        "salary": P["salary"], "o_and_m": P["o_and_m"], "total": P["total"],
        "location": (P["location_fr"] if fr else P["location"]) if P["location"] else None,
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if f[k] is None]
    ns += ["supervisor." + k for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    also = {"fte": P["fte"], "operating_budget": None, "program_budget": None, "provisional_number": P["provisional"]}
    if lang == "bilingual":
        also["title_fr"] = P["title_fr"]
    people = []
    if spec["render"] == "email":
        people += [P["incumbent"], o["to"]]
    elif o.get("sig"):
        people += [P["signer"]]
    if o.get("incumbent"):
        people.insert(0, P["incumbent"])
    if o.get("author"):
        people.append(o["author"])
    return f, ns, also, people


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    records = []
    for spec in DOCS:
        P, o = prepare(spec)
        if o.get("same_as"):
            data = (corpus / o["same_as"]).read_bytes()
        else:
            blocks = RENDER[spec["render"]](P, o)
            kind = spec["kind"]
            if kind == "docx":
                data = to_docx(blocks, o)
            elif kind == "pdf":
                data = to_pdf(blocks, o)
            elif kind == "markdown":
                data = to_md(blocks, o).encode("utf-8")
            elif kind == "text-cp1252":
                data = to_text(blocks, o).replace("--", "\u2013").replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
            else:
                data = to_text(blocks, o).encode("utf-8")
        (corpus / spec["fname"]).write_bytes(data)
        f, ns, also, people = truth(spec, P, o)
        records.append({"document": spec["fname"], "kind": spec["kind"], "language": spec["lang"], "outcome": "import",
                        "fields": f, "not_stated": ns, "also": also, "people": people, "versions": None, "pos": spec["pos"],
                        "stage": o.get("stage"), "same_as": o.get("same_as")})
    for fname, kind, lang, data, people in refused():
        (corpus / fname).write_bytes(data)
        records.append({"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "not_stated": [], "also": None, "people": people, "versions": None, "pos": None})
    # versions: the documents of one position, and which is newest
    groups = {}
    for r in records:
        if r["pos"] is not None:
            groups.setdefault(r["pos"], []).append(r)
    for rs in groups.values():
        if len(rs) < 2:
            continue
        names = [r["document"] for r in rs]
        same = any(r.get("same_as") for r in rs)
        newest = next((r["document"] for r in rs if r.get("stage") in ("final", "v2")), names[0])
        for r in rs:
            r["versions"] = {"documents": names, "newest": newest, "same_content": same}
    for r in records:
        (expected / (r["document"] + ".expected.yaml")).write_text(expected_yaml(r), encoding="utf-8")
    print(f"{len(records)} documents written to {corpus}")


if __name__ == "__main__":
    main()
