"""Generate blind169: a blind corpus for hrkit import with personal information everywhere.

Run from the repository root:  python bench/import/blind169/make_blind.py
Writes corpus/ and expected/ next to this file; the same bytes on every run.
"""
import datetime as dt
import io
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(169)

# ---------------------------------------------------------------- names
_used = set()


def person():
    while True:
        f, l = R.choice(T.FIRST), R.choice(T.LAST)
        if (f, l) not in _used and l.split("-")[0] not in f:
            _used.add((f, l))
            return f"{f} {l}"


def initials(name):
    first, last = name.split(" ", 1)
    ini = "-".join(p[0] + "." for p in first.split("-"))
    return f"{ini} {last}"


def email(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    first, last = s.split(" ", 1)
    last = re.sub(r"[^a-z-]", "", last.replace(" ", ""))
    return f"{first.replace(' ', '')}.{last}@hrsc-example.gc.ca"


def phone():
    return f"613-555-{R.randint(100, 199):04d}"


# ---------------------------------------------------------------- notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fdate(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return d.isoformat() if style == 1 else f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"][style % 3]


def fmoney(v, lang, style):
    if lang == "fr":
        s = f"{v:,}".replace(",", "\u00a0" if style % 2 else " ")
        return f"{s} $"
    if style == 1 and v % 1000 == 0 and v >= 1000000:
        return f"${v / 1e6:.3f}M".replace(".000M", "M")
    return f"${v:,}"


def fcls(c, style):
    return c.replace("-", " ") if style == 2 else c


# ---------------------------------------------------------------- positions
areas = list(T.AREAS)
R.shuffle(areas)


def new_position(level, dept, area, sup=None, fr_fem=None):
    fem = R.random() < 0.5 if fr_fem is None else fr_fem
    ae, af = area
    if level == "EX-01":
        te, tf = f"Director, {ae}", f"{'Directrice' if fem else 'Directeur'}, {af}"
    elif level == "EX-02":
        te, tf = f"Executive Director, {ae}", f"{'Directrice exécutive' if fem else 'Directeur exécutif'}, {af}"
    else:
        te, tf = f"Director General, {ae}", f"{'Directrice générale' if fem else 'Directeur général'}, {af}"
    branch = R.choice(T.BRANCHES)
    if sup is None:
        if level == "EX-03":
            sup = dict(title_en=f"Assistant Deputy Minister, {branch[0]}", title_fr=f"Sous-ministre adjoint, {branch[1]}",
                       cls="EX-04", pos=str(R.randint(10000, 99999)) if R.random() < 0.75 else None)
        else:
            a2 = R.choice(T.AREAS)
            lv = "EX-03" if level == "EX-01" and R.random() < 0.6 else ("EX-02" if level == "EX-01" else "EX-03")
            t2e = ("Director General, " if lv == "EX-03" else "Executive Director, ") + a2[0]
            t2f = ("Directeur général, " if lv == "EX-03" else "Directrice exécutive, ") + a2[1]
            sup = dict(title_en=t2e, title_fr=t2f, cls=lv,
                       pos=str(R.randint(10000, 999999)) if R.random() < 0.75 else None)
    nrep = R.randint(2, 5)
    subs = R.sample(T.SUBUNITS, nrep)
    reports = []
    for i, (se, sf) in enumerate(subs):
        if level == "EX-01" or i > 1:
            cls = R.choice(T.REPORT_LEVELS)
            re_, rf = f"Manager, {se}", f"Gestionnaire, {sf}"
            fte = R.randint(4, 28)
        else:
            cls = "EX-01"
            re_, rf = f"Director, {se}", f"Directeur, {sf}"
            fte = R.randint(15, 60)
        reports.append(dict(title_en=re_, title_fr=rf, cls=cls, fte=fte, acting=None))
    if R.random() < 0.4:
        reports.append(dict(title_en="Senior Advisor", title_fr="Conseillère principale", cls=R.choice(["EC-06", "AS-05", "PM-05"]),
                            fte=None, acting=None))
    # an acting note beside one report on most documents
    if R.random() < 0.7:
        R.choice(reports)["acting"] = person()
    sal = R.randint(90, 900) * 10000 + R.randint(0, 9) * 1000
    om = R.randint(40, 1800) * 1000
    loc = R.choice(T.LOCATIONS)
    p = dict(level=level, title_en=te, title_fr=tf, dept=dept, branch=branch, area=area,
             job_code=str(R.randint(100100, 109999)) if R.random() < 0.65 else None,
             pos=str(R.randint(10000, 999999)) if R.random() < 0.9 else None,
             eff=dt.date(R.choice([2021, 2022, 2023, 2024, 2025]), R.choice([1, 4, 4, 6, 9, 10]), R.choice([1, 1, 15, 3, 22]))
             if R.random() < 0.88 else None,
             sup=sup, reports=reports, salary=sal, om=om, total=(sal + om) if R.random() < 0.65 else None,
             fte=sum(r["fte"] or 1 for r in reports) + R.randint(1, 3), loc=loc,
             incumbent=person() if R.random() < 0.75 else None,
             prepared=person(), prepared_title=R.choice(T.HR_TITLES), phone=phone(),
             signers=[person(), person()], cc=[person() for _ in range(R.randint(1, 3))],
             header_name=None, email_hdr=None, commenters=[])
    return p


# ---------------------------------------------------------------- labels
L = {
    "en": dict(head="EXECUTIVE WORK DESCRIPTION", dept="Department", title="Position Title", cls="Classification",
               pos="Position Number", job="Job Code", eff="Effective Date", loc="Location", inc="Incumbent",
               stitle="Supervisor's Position Title", scls="Supervisor's Classification", spos="Supervisor's Position Number",
               acc="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", reps="Positions reporting directly to this position:",
               scope="NATURE AND SCOPE", dim="DIMENSIONS", sal="Salary", om="O&M", tot="Total", fte="FTEs",
               sig="SIGNATURES", acting="acting", nostaff="no staff", tbd="TBD", prep="Prepared by", cc="c.c.",
               col=("Position", "Level", "FTEs"), rep_to="Reports to", pos_word="position"),
    "fr": dict(head="DESCRIPTION DE TRAVAIL DE CADRE", dept="Ministère", title="Titre du poste", cls="Groupe et niveau",
               pos="Numéro du poste", job="Code d'emploi", eff="Date d'entrée en vigueur", loc="Lieu de travail",
               inc="Titulaire", stitle="Titre du poste du superviseur", scls="Classification du superviseur",
               spos="Numéro du poste du superviseur", acc="RESPONSABILITÉS GÉNÉRALES", org="STRUCTURE ORGANISATIONNELLE",
               reps="Postes relevant directement du titulaire :", scope="NATURE ET PORTÉE", dim="DIMENSIONS",
               sal="Salaires", om="F et E", tot="Total", fte="ETP", sig="SIGNATURES", acting="par intérim",
               nostaff="aucun employé", tbd="À déterminer", prep="Préparé par", cc="c.c.",
               col=("Poste", "Niveau", "ETP"), rep_to="Relève de", pos_word="poste"),
}
L["bi"] = {k: (f"{L['en'][k]} / {L['fr'][k]}" if isinstance(L["en"][k], str) else tuple(f"{a} / {b}" for a, b in zip(L["en"][k], L["fr"][k])))
           for k in L["en"]}
L["bi"]["cc"] = "c.c."
L["bi"]["tbd"] = "TBD / À déterminer"


def content(p, lang, v):
    """The document as a list of items; v: variant dict (styles)."""
    lab = L[lang]
    fr = lang == "fr"
    sep = " : " if fr else ": "
    ds, ms, cs = v.get("date", 0), v.get("money", 0), v.get("cls", 0)
    items = []
    if p["email_hdr"]:
        items.append(("email", p["email_hdr"]))
    items.append(("title", lab["head"]))
    dept = p["dept"][1] if fr else (f"{p['dept'][0]} / {p['dept'][1]}" if lang == "bi" else p["dept"][0])
    items.append(("kv", lab["dept"], dept, sep))
    title = p["title_fr"] if fr else (f"{p['title_en']} / {p['title_fr']}" if lang == "bi" else p["title_en"])
    if p["incumbent"] and v.get("inc_in_title"):
        title = f"{title} - {p['incumbent']}"
    items.append(("kv", lab["title"], title, sep))
    items.append(("kv", lab["cls"], fcls(p["level"], cs), sep))
    items.append(("kv", lab["pos"], p["pos"] or lab["tbd"], sep))
    if p["job_code"]:
        items.append(("kv", lab["job"], p["job_code"], sep))
    items.append(("kv", lab["eff"], fdate(p["eff"], "fr" if fr else "en", ds) if p["eff"] else "", sep))
    loc = p["loc"][1] if fr else p["loc"][0]
    items.append(("kv", lab["loc"], loc, sep))
    if p["incumbent"] and not v.get("inc_in_title"):
        items.append(("kv", lab["inc"], p["incumbent"], sep))
    s = p["sup"]
    st = s["title_fr"] if fr else (f"{s['title_en']} / {s['title_fr']}" if lang == "bi" else s["title_en"])
    if v.get("sup_line"):
        tail = f", {lab['pos_word']} {s['pos']}" if s["pos"] else ""
        items.append(("kv", lab["rep_to"], f"{st} ({fcls(s['cls'], cs)}){tail}", sep))
    else:
        items.append(("kv", lab["stitle"], st, sep))
        items.append(("kv", lab["scls"], fcls(s["cls"], cs), sep))
        if s["pos"]:
            items.append(("kv", lab["spos"], s["pos"], sep))
    br = p["branch"][1] if fr else p["branch"][0]
    area = p["area"][1] if fr else p["area"][0]
    acc = (T.ACCOUNT_FR if fr else T.ACCOUNT_EN)[v.get("prose", 0) % (2 if fr else 3)].format(area=area.lower() if fr else area, branch=br)
    items.append(("h", lab["acc"]))
    items.append(("p", acc))
    if lang == "bi":
        items.append(("p", T.ACCOUNT_FR[v.get("prose", 0) % 2].format(area=p["area"][1].lower(), branch=p["branch"][1])))
    items.append(("h", lab["org"]))
    items.append(("line", lab["reps"]))
    rows = []
    for r in p["reports"]:
        rt = r["title_fr"] if fr else (f"{r['title_en']} / {r['title_fr']}" if lang == "bi" else r["title_en"])
        note = f"{lab['acting']}{sep}{r['acting']}" if r["acting"] else ""
        rows.append((rt, fcls(r["cls"], cs), str(r["fte"]) if r["fte"] else lab["nostaff"], note))
    items.append(("reports", lab["col"], rows, v.get("reports", "bullet"), lab["fte"]))
    items.append(("h", lab["scope"]))
    items.append(("p", (T.SCOPE_FR if fr else T.SCOPE_EN)[v.get("prose", 0) % (2 if fr else 3)]))
    items.append(("h", lab["dim"]))
    items.append(("kv", lab["sal"], fmoney(p["salary"], "fr" if fr else "en", ms), sep))
    items.append(("kv", lab["om"], fmoney(p["om"], "fr" if fr else "en", ms), sep))
    if p["total"]:
        items.append(("kv", lab["tot"], fmoney(p["total"], "fr" if fr else "en", ms), sep))
    items.append(("kv", lab["fte"], str(p["fte"]), sep))
    items.append(("h", lab["sig"]))
    signer_fmt = v.get("signer_fmt", 0)
    d = p["eff"] or dt.date(2024, 3, 18)
    sd = fdate(d - dt.timedelta(days=12), "fr" if fr else "en", ds)
    if lang == "bi":
        roles = [("Incumbent / Titulaire", p["incumbent"]), ("Supervisor / Superviseur", p["signers"][0]),
                 ("for / pour the Deputy Head / l'administrateur général", p["signers"][1])]
    elif fr:
        roles = [("Titulaire", p["incumbent"]), ("Superviseur", p["signers"][0]),
                 ("pour l'administratrice générale", p["signers"][1])]
    else:
        roles = [("Incumbent", p["incumbent"]), ("Supervisor", p["signers"][0]), ("for the Deputy Head", p["signers"][1])]
    sig_rows = []
    for role, name in roles:
        if not name:
            continue
        shown = initials(name) if signer_fmt == 1 and role.startswith("for") else name
        sig_rows.append((role, shown, sd))
    items.append(("sig", sig_rows))
    items.append(("line", f"{lab['cc']} {', '.join(p['cc'])}"))
    pt = p["prepared_title"][1] if fr else p["prepared_title"][0]
    items.append(("line", f"{lab['prep']}{sep}{p['prepared']}, {pt}, {p['phone']}, {email(p['prepared'])}"))
    return items


def people_of(p, v, shown=True):
    names = []
    if p["email_hdr_names"]:
        names += p["email_hdr_names"]
    if p["incumbent"]:
        names.append(p["incumbent"])
    names += [r["acting"] for r in p["reports"] if r["acting"]]
    names.append(p["signers"][0])
    names.append(initials(p["signers"][1]) if v.get("signer_fmt") == 1 else p["signers"][1])
    names += p["cc"]
    names.append(p["prepared"])
    names += p["commenters"]
    if p["header_name"] and p["header_name"] not in names:
        names.append(p["header_name"])
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


# ---------------------------------------------------------------- renderers
def to_lines(items, md=False):
    out = []
    for it in items:
        k = it[0]
        if k == "email":
            out += [(x, False) for x in it[1]] + [("", False)]
        elif k == "title":
            out += [(("# " if md else "") + it[1], False), ("", False)]
        elif k == "h":
            out += [("", False), (("## " if md else "") + it[1], False)]
        elif k == "kv":
            lab, val, sep = it[1], it[2], it[3]
            if md:
                out.append((f"- **{lab}**{sep}{val}".rstrip(), False))
            else:
                out.append((f"{lab}{sep}{val}".rstrip(), False))
        elif k == "p":
            out.append((it[1], True))
        elif k == "line":
            out.append((it[1], False))
        elif k == "reports":
            cols, rows, style, ftew = it[1], it[2], it[3], it[4]
            if style == "table" and md:
                out.append((f"| {cols[0]} | {cols[1]} | {cols[2]} | |", False))
                out.append(("|---|---|---|---|", False))
                for r in rows:
                    out.append((f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |", False))
            elif style == "table":
                w = max(len(r[0]) for r in rows) + 3
                out.append((f"{cols[0]:<{w}}{cols[1]:<10}{cols[2]}", False))
                for r in rows:
                    out.append((f"{r[0]:<{w}}{r[1]:<10}{r[2]:<8}{r[3]}".rstrip(), False))
            else:
                for r in rows:
                    fte = f"{r[2]} {ftew}" if r[2][0].isdigit() else r[2]
                    tail = f" - {r[3]}" if r[3] else ""
                    out.append((f"- {r[0]} ({r[1]}) - {fte}{tail}", False))
        elif k == "sig":
            for role, name, d in it[1]:
                out.append(("", False))
                out.append(("_" * 34, False))
                out.append((f"{name}, {role}    {d}", False))
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


def plain(lines, width=None):
    out = []
    for text, prose in lines:
        out += wrap(text, width) if (prose and width) else [text]
    return out


def paginate(lines, header, footer, per=40, ff=True):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        block = ([header, ""] if header else []) + pg + ["", footer.format(i=i, n=n)]
        out.append("\n".join(block))
    return ("\f" if ff else "\n\n").join(out) + "\n", ["\n".join(([header, ""] if header else []) + pg + ["", footer.format(i=i, n=n)]) for i, pg in enumerate(pages, 1)]


# OCR damage
DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("é", "e"), ("è", "e"), ("tion", "tlon")]


def damage_digits(s, rate, rng):
    def tok(m):
        return "".join(DIG[c] if c in DIG and rng.random() < rate else c for c in m.group(0))
    return re.sub(r"\d[\d,.]*", tok, s)


def damage_prose(s, rate, rng):
    for a, b in LET:
        s = re.sub(re.escape(a), lambda m: b if rng.random() < rate / 3 else m.group(0), s)
    words = s.split(" ")
    out = words[0]
    for w in words[1:]:
        out += ("" if rng.random() < rate / 4 else " ") + w
    return out


def ocr_text(lines, rate, rng, header, footer, width=72):
    out = []
    for text, prose in lines:
        if prose:
            t = damage_digits(damage_prose(text, rate, rng), rate, rng)
            ws = wrap(t, width)
            for i in range(len(ws) - 1):  # hyphenate some line ends
                nxt = ws[i + 1].split(" ", 1)
                if len(nxt[0]) > 6 and rng.random() < 0.5:
                    cut = len(nxt[0]) // 2
                    ws[i] += " " + nxt[0][:cut] + "-"
                    ws[i + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
            out += ws
        else:
            out.append(damage_digits(text, rate, rng))
    pages = [out[i:i + 44] for i in range(0, len(out), 44)]
    n = len(pages)
    res = []
    for i, pg in enumerate(pages, 1):
        f = footer.format(i=i, n=n)
        res.append("\n".join([header, ""] + pg + ["", damage_digits(f, rate, rng)]))
    return "\f".join(res) + "\n"


def ocr_columns(left, right, rate, rng, header, width=44):
    def flat(lines):
        out = []
        for t, prose in lines:
            out += wrap(damage_prose(t, rate, rng) if prose else t, width - 2) if len(t) > width - 2 else [t]
        return [damage_digits(x, rate, rng) for x in out]
    a, b = flat(left), flat(right)
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    body = [f"{x:<{width}}{y}".rstrip() for x, y in zip(a, b)]
    pages = [body[i:i + 50] for i in range(0, len(body), 50)]
    return "\f".join("\n".join([header, ""] + pg + ["", f"- {i} -"]) for i, pg in enumerate(pages, 1)) + "\n"


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(info.filename)
            body = re.sub(rb'w:date="[^"]*"', b'w:date="2024-03-04T10:00:00Z"', body)
            z.writestr(zi, body)
    return buf.getvalue()


def tracked(par, deleted, inserted, author):
    for tag, text in (("w:del", deleted), ("w:ins", inserted)):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(R.randint(100, 999)))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), "2024-03-04T10:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        par._p.append(el)


def docx_bytes(items, p, header, footer, comment=None, change=None):
    doc = Document()
    cp = doc.core_properties
    cp.author = p["prepared"]
    cp.last_modified_by = p["prepared"]
    cp.created = cp.modified = dt.datetime(2024, 3, 4, 10, 0, 0)
    cp.revision = 3
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    kv_table = None
    first_p = True
    for it in items:
        k = it[0]
        if k == "email":
            for x in it[1]:
                doc.add_paragraph(x)
        elif k == "title":
            doc.add_heading(it[1], level=1)
        elif k == "h":
            doc.add_heading(it[1], level=2)
            kv_table = None
        elif k == "kv":
            if kv_table is None:
                kv_table = doc.add_table(rows=0, cols=2)
                kv_table.style = "Table Grid"
            c = kv_table.add_row().cells
            c[0].text, c[1].text = it[1], it[2]
        elif k == "p":
            par = doc.add_paragraph(it[1])
            if first_p and change:
                tracked(par, " " + change[0], " " + change[1], change[2])
            if first_p and comment:
                doc.add_comment(par.runs[0], text=comment[1], author=comment[0], initials="".join(w[0] for w in comment[0].split()[:2]))
            first_p = False
        elif k == "line":
            doc.add_paragraph(it[1])
            kv_table = None
        elif k == "reports":
            cols, rows, style, ftew = it[1], it[2], it[3], it[4]
            if style == "table":
                t = doc.add_table(rows=1, cols=4)
                t.style = "Table Grid"
                for c, h in zip(t.rows[0].cells, list(cols) + [""]):
                    c.text = h
                for r in rows:
                    for c, x in zip(t.add_row().cells, r):
                        c.text = x
            else:
                for r in rows:
                    fte = f"{r[2]} {ftew}" if r[2][0].isdigit() else r[2]
                    tail = f" - {r[3]}" if r[3] else ""
                    doc.add_paragraph(f"{r[0]} ({r[1]}) - {fte}{tail}", style="List Bullet")
        elif k == "sig":
            t = doc.add_table(rows=0, cols=3)
            for role, name, d in it[1]:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text = role, name, d
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def pdf_from_lines(lines, header, footer, per=62):
    body = plain(lines, 95)
    pages = [body[i:i + per] for i in range(0, len(body), per)]
    n = len(pages)
    return pdf_bytes(["\n".join([header, ""] + pg + ["", footer.format(i=i, n=n)]) for i, pg in enumerate(pages, 1)])


# ---------------------------------------------------------------- plan
# (kind, lang) for 45 work descriptions
PLAN = ([("docx", "en")] * 4 + [("docx", "fr")] * 2 + [("docx", "bi")] * 3 +
        [("pdf", "en")] * 4 + [("pdf", "fr")] * 2 + [("pdf", "bi")] * 3 +
        [("text", "en")] * 3 + [("text", "fr")] * 2 + [("text", "bi")] * 2 +
        [("text-cp1252", "en")] * 2 + [("text-cp1252", "fr")] * 2 + [("text-cp1252", "bi")] * 1 +
        [("markdown", "en")] * 3 + [("markdown", "fr")] * 1 + [("markdown", "bi")] * 2 +
        [("ocr", "en")] * 4 + [("ocr", "fr")] * 2 + [("ocr", "bi")] * 1 +
        [("ocr-columns", "bi")] * 2)
R.shuffle(PLAN)
EXT = {"docx": ".docx", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "ocr": ".txt",
       "ocr-columns": ".txt"}
LANG_OUT = {"en": "en", "fr": "fr", "bi": "bilingual"}
DAMAGE = [("light", 0.12), ("medium", 0.3), ("heavy", 0.5)]


def fname(p, kind, lang, i):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    inc = p["incumbent"]
    ext = EXT[kind]
    short = t.replace("Director General", "DG").replace("Directeur général", "DG").replace("Directrice générale", "DG")
    choices = [
        f"{t}{ext}",
        f"WD - {short} - {inc}{ext}" if inc else f"WD - {short}{ext}",
        f"{short} ({p['level']}) - signed{ext}",
        f"{inc.split(' ', 1)[1]}, {inc.split(' ', 1)[0]} - {short}{ext}" if inc else f"{short} (1){ext}",
        f"DRAFT {short} {p['pos'] or 'new'}{ext}",
        f"{short} - {(p['eff'] or dt.date(2024, 1, 1)).year}{ext}",
        f"scan{i:03d} {short}{ext}" if kind.startswith("ocr") else f"{short} (1){ext}",
        f"DT {short}{ext}" if lang == "fr" else f"EWD {short} rev{ext}",
    ]
    n = choices[i % len(choices)]
    return n.replace("/", "-").replace(":", "")


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    docs = []  # (name, bytes, truth)

    # supervisors in corpus: three DGs
    dept_cycle = list(T.DEPARTMENTS)
    ai = iter(areas)
    positions = []
    dgs = []
    for k in range(3):
        dg = new_position("EX-03", dept_cycle[k], next(ai))
        dg["pos"] = str(R.randint(100000, 999999))
        dgs.append(dg)
    positions += dgs
    levels = ["EX-01"] * 30 + ["EX-02"] * 7 + ["EX-03"] * 3
    R.shuffle(levels)
    for j, lv in enumerate(levels):
        dept = R.choice(T.DEPARTMENTS)
        sup = None
        if lv in ("EX-01", "EX-02") and j % 5 == 0:
            dg = dgs[j % 3]
            sup = dict(title_en=dg["title_en"], title_fr=dg["title_fr"], cls="EX-03", pos=dg["pos"], in_corpus=dg)
            dept = dg["dept"]
        positions.append(new_position(lv, dept, next(ai), sup))
    # 43 positions; two of them in two versions -> 45 descriptions
    assert len(positions) == 43
    slots = list(zip(PLAN, positions + [None, None]))
    # versions: positions[5] (markdown DRAFT -> docx signed), positions[6] (ocr old -> pdf new)
    ver_pairs = []
    for vp, (k_old, k_new) in ((positions[5], ("markdown", "docx")), (positions[6], ("ocr", "pdf"))):
        ver_pairs.append((vp, k_old, k_new))
    # assign: replace PLAN slots so that each version document has its kind
    plan = list(PLAN)
    work = []  # (kind, lang, position, version_role)
    used = [False] * len(plan)

    def take(kind, lang=None):
        for idx, (k, l) in enumerate(plan):
            if not used[idx] and k == kind and (lang is None or l == lang):
                used[idx] = True
                return l
        raise SystemExit(f"no slot {kind}")
    for vp, k_old, k_new in ver_pairs:
        lang = take(k_old, "en")
        take(k_new, "en")
        old = dict(vp)
        old["eff"] = dt.date(2021, 4, 1) if k_old == "markdown" else None
        old["om"] = vp["om"] - 45000
        old["total"] = (old["salary"] + old["om"]) if (vp["total"] and k_old == "markdown") else None
        vp["eff"] = dt.date(2025, 4, 1)
        vp["total"] = vp["salary"] + vp["om"]
        work.append((k_old, "en", old, "old"))
        work.append((k_new, "en", vp, "new"))
    rest = [pp for pp in positions if pp not in [v[0] for v in ver_pairs]]
    for pp in rest:
        idx = used.index(False)
        used[idx] = True
        work.append((plan[idx][0], plan[idx][1], pp, None))
    assert len(work) == 45 and all(used)

    names_seen = set()
    truths = {}
    version_docs = {}
    for i, (kind, lang, p, vrole) in enumerate(work):
        rng = random.Random(1690 + i)
        p = dict(p)
        p["email_hdr"] = None
        p["email_hdr_names"] = []
        p["commenters"] = []
        v = dict(date=i % 3 if lang != "fr" else i % 2, money=(i // 2) % 2, cls=2 if i % 11 == 4 else 0,
                 inc_in_title=(i % 3 == 0), sup_line=(i % 4 == 1), reports=("table" if i % 3 == 2 else "bullet"),
                 prose=i, signer_fmt=1 if i % 4 == 2 else 0)
        if kind in ("text", "text-cp1252", "markdown") and i % 3 == 1:
            sender, to = person(), person()
            subj = p["title_fr"] if lang == "fr" else p["title_en"]
            p["email_hdr"] = [f"From: {sender} <{email(sender)}>", f"Sent: Monday, March 4, 2024 9:{i:02d} AM",
                              f"To: {to} <{email(to)}>", f"Cc: {p['prepared']}",
                              f"Subject: {'DT' if lang == 'fr' else 'WD'} for signature - {subj}", "",
                              f"{to.split()[0]}, please find the description below. Thanks, {sender.split()[0]}",
                              "-----"]
            p["email_hdr_names"] = [sender, to]
        lab_name = p["incumbent"] or p["prepared"]
        p["header_name"] = lab_name
        if lang == "fr":
            header = f"Protégé B - Titulaire : {lab_name}" if p["incumbent"] else f"Protégé B - Préparé par {lab_name}"
            footer = "Page {i} de {n}"
        elif lang == "bi":
            header = f"Protected B / Protégé B - {lab_name}"
            footer = "Page {i} / {n}"
        else:
            header = f"PROTECTED B - Incumbent: {lab_name}" if p["incumbent"] else f"PROTECTED B - Prepared by {lab_name}"
            footer = "Page {i} of {n}"
        comment = change = None
        if kind == "docx":
            a, b = person(), person()
            comment = (a, f"Please confirm with {b} before signature.")
            change = ("(draft)", "(approved)", person())
            p["commenters"] = [a, b, change[2]]
        items = content(p, lang, v)
        name = fname(p, kind, lang, i)
        if vrole == "old":
            name = f"{p['title_en']} - DRAFT.md" if kind == "markdown" else f"scan {p['title_en']} 2019.txt"
        elif vrole == "new":
            name = f"{p['title_en']} - signed.docx" if kind == "docx" else f"{p['title_en']} (2025 update).pdf"
        while name in names_seen:
            name = name.replace(EXT[kind], f" (1){EXT[kind]}")
        names_seen.add(name)
        also = dict(department=p["dept"][1] if lang == "fr" else p["dept"][0], fte=p["fte"],
                    form="short" if v["sup_line"] else "form")
        if lang == "bi":
            also["title_fr"] = p["title_fr"]
            if kind == "ocr-columns":
                also["location_fr"] = p["loc"][1]
        if lang == "fr":
            also["title_en"] = p["title_en"]
        if p["incumbent"]:
            also["incumbent"] = p["incumbent"]
        if kind == "text" or kind == "markdown":
            body = "\n".join(plain(to_lines(items, md=(kind == "markdown")), None if kind == "markdown" else 88))
            if kind == "text":
                body, _ = paginate(body.split("\n"), header, footer, per=46)
            data = body.encode("utf-8") if kind == "markdown" else body.encode("utf-8")
            if kind == "markdown":
                data = (body + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            body = "\n".join(plain(to_lines(items), 90))
            body = body.replace("'", "\u2019")
            body, _ = paginate(body.split("\n"), header, footer, per=48, ff=False)
            data = body.replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            dname, rate = DAMAGE[i % 3]
            also["damage"] = dname
            hdr = f"{L[lang]['head']} - {p['dept'][1] if lang == 'fr' else p['dept'][0]} - {lab_name}"
            data = ocr_text(to_lines(items), rate, rng, hdr, footer).encode("utf-8")
        elif kind == "ocr-columns":
            dname, rate = DAMAGE[i % 3]
            also["damage"] = dname
            left = to_lines(content(p, "en", v))
            right = to_lines(content(p, "fr", dict(v, date=v["date"] % 2)))
            data = ocr_columns(left, right, rate, rng, f"EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE - {lab_name}").encode("utf-8")
        elif kind == "docx":
            data = docx_bytes(items, p, header, f"{L[lang]['prep']}: {p['prepared']} - {p['phone']}", comment, change)
            also["docx_header_footer"] = "the header names " + lab_name
        elif kind == "pdf":
            data = pdf_from_lines(to_lines(items), header, footer)
        fr = lang == "fr"
        s = p["sup"]
        truth = dict(
            document=name, kind=kind, language=LANG_OUT[lang], outcome="import",
            fields=dict(
                title=p["title_fr"] if fr else p["title_en"], classification=p["level"], job_code=p["job_code"],
                position_number=p["pos"], effective_date=p["eff"],
                supervisor=dict(position_number=s["pos"], title=s["title_fr"] if fr else s["title_en"], classification=s["cls"]),
                direct_reports=[dict(title=r["title_fr"] if fr else r["title_en"], classification=r["cls"], fte=r["fte"])
                                for r in p["reports"]],
                salary=p["salary"], o_and_m=p["om"], total=p["total"], location=p["loc"][1] if fr else p["loc"][0]),
            not_stated=[k for k, val in (("job_code", p["job_code"]), ("position_number", p["pos"]),
                                         ("effective_date", p["eff"]), ("supervisor.position_number", s["pos"]),
                                         ("total", p["total"])) if val is None],
            also=also, people=people_of(p, v), versions=None)
        if kind == "ocr-columns":
            truth["people"] = people_of(p, v)
        if s.get("in_corpus") is not None:
            version_docs.setdefault(("sup", id(s["in_corpus"])), []).append(name)
            truth["also"]["reports_to_in_corpus"] = s["in_corpus"]["title_en"]
        if vrole:
            version_docs.setdefault(("ver", p["title_en"]), []).append(name)
        truths[name] = (truth, data, p)
    # resolve reports_to_in_corpus -> file name of the DG's description
    dg_file = {}
    for name, (t, _, p) in truths.items():
        for dg in dgs:
            if p["title_en"] == dg["title_en"] and p["pos"] == dg["pos"]:
                dg_file[dg["title_en"]] = name
    for name, (t, _, p) in truths.items():
        if "reports_to_in_corpus" in t["also"]:
            t["also"]["reports_to_in_corpus"] = dg_file[t["also"]["reports_to_in_corpus"]]
    for key, files in version_docs.items():
        if key[0] != "ver":
            continue
        old, new = files
        note = ("the signed Word version is effective 2025-04-01 (the draft 2021-04-01) and its O&M is $45,000 higher"
                if old.endswith(".md") else
                "the 2019 scan states no effective date and no total; the 2025 PDF is effective 2025-04-01, O&M $45,000 higher, with a total")
        for f in files:
            truths[f][0]["versions"] = dict(documents=[old, new], newest=new, same_text=False, note=note)

    for name, (t, data, _) in truths.items():
        docs.append((name, data, t))
    docs += refusals()
    for name, data, t in docs:
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refuse_truth(name, kind, lang, people, what):
    return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                also=dict(what=what), people=people, versions=None)


def refusals():
    out = []
    # 1. an employee's letter (Word, French)
    emp, mgr, hr = person(), person(), person()
    doc = Document()
    cp = doc.core_properties
    cp.author = emp
    cp.last_modified_by = emp
    cp.created = cp.modified = dt.datetime(2024, 5, 6, 9, 0, 0)
    for t in [f"{emp}", "Gestionnaire, Opérations (PM-06), poste 448210", "Gatineau, le 6 mai 2024", "",
              f"À l'attention de {mgr}", "Directrice, Relations de travail (EX-01)", "",
              "Objet : Demande de révision de la classification de mon poste", "",
              f"Madame {mgr.split(' ', 1)[1]},",
              "Depuis la réorganisation de 2023, mes fonctions comprennent la gestion de 14 ETP et d'un budget de "
              "F et E de 310 000 $. Je vous demande de revoir la description de travail de mon poste (PM-06) et de "
              "la soumettre au comité de classification.",
              "Je joins mon curriculum vitæ et mes deux dernières évaluations de rendement.", "",
              "Veuillez agréer, Madame, mes salutations distinguées.", "", emp,
              f"c.c. : {hr}, Conseiller en ressources humaines"]:
        doc.add_paragraph(t)
    buf = io.BytesIO()
    doc.save(buf)
    n = f"Lettre - {emp} - révision de classification.docx"
    out.append((n, fixed_zip(buf.getvalue()), refuse_truth(n, "docx", "fr", [emp, mgr, hr],
                "an employee's letter asking for a classification review")))
    # 2. a list of incumbents (cp1252, bilingual)
    rows = []
    ppl = []
    for k in range(12):
        a = areas[(k * 3) % len(areas)]
        nm = person()
        ppl.append(nm)
        rows.append(f"{R.randint(10000, 999999):<10}{('Director, ' + a[0])[:52]:<54}EX-0{1 + k % 3}   {nm}")
    body = "\n".join(["Executive incumbents \u2013 list as of 2024\u201103\u201131 / Liste des titulaires de postes de cadres",
                      "Protected B / Protégé B", "",
                      f"{'Pos. No.':<10}{'Title / Titre':<54}Level    Incumbent / Titulaire", "-" * 100] + rows +
                     ["", "Source: PeopleSoft extract \u2013 do not forward / ne pas transmettre"])
    n = "Incumbents list EX - March 2024 (1).txt"
    out.append((n, body.replace("\u2011", "-").replace("\n", "\r\n").encode("cp1252"),
                refuse_truth(n, "text-cp1252", "bilingual", ppl, "a list of executive positions and their incumbents")))
    # 3. a staffing e-mail (UTF-8 text, English)
    a, b, c, d = person(), person(), person(), person()
    body = "\n".join([f"From: {a} <{email(a)}>", "Sent: Tuesday, February 13, 2024 4:12 PM",
                      f"To: {b} <{email(b)}>", f"Cc: {c}; {d}",
                      "Subject: RE: Acting EX-01 - Director, Workforce Planning (position 562190)", "",
                      f"Hi {b.split()[0]},", "",
                      f"We would like to appoint {c} on an acting basis as Director, Workforce Planning (EX-01), "
                      "position 562190, from March 1 to August 30, 2024, while the incumbent is on leave. Salary "
                      "range EX-01: $131,000 to $154,000. The work description is unchanged (job code 103377) and "
                      "the position reports to the Director General, Human Resources Strategy (EX-03).", "",
                      f"Can you prepare the letter of offer? {d} will confirm the language profile.", "",
                      "Thanks,", a, "Executive Staffing | Dotation des cadres", phone()])
    n = f"RE Acting EX-01 - Workforce Planning ({c}).txt"
    out.append((n, (body + "\n").encode("utf-8"), refuse_truth(n, "text", "en", [a, b, c, d],
                "a staffing e-mail about an acting appointment")))
    # 4. an org chart with names under each box (PDF, bilingual)
    ppl = []
    lines = ["Organization chart / Organigramme", "Human Resources Branch / Direction générale des ressources humaines",
             "Effective / En vigueur : 2024-04-01", ""]
    boxes = [("Assistant Deputy Minister, Human Resources / Sous-ministre adjointe, Ressources humaines", "EX-04")]
    boxes += [(f"Director General, {x[0]} / Directeur général, {x[1]}", "EX-03") for x in areas[:2]]
    boxes += [(f"Director, {x[0]} / Directrice, {x[1]}", "EX-01") for x in areas[2:8]]
    for t, lv in boxes:
        nm = person()
        ppl.append(nm)
        indent = "" if lv == "EX-04" else ("    " if lv == "EX-03" else "        ")
        lines += [indent + "+" + "-" * 60 + "+", indent + f"| {t[:58]:<58} |", indent + f"| {lv:<58} |",
                  indent + f"| {nm:<58} |", indent + "+" + "-" * 60 + "+"]
    n = "Organigramme DGRH - HR org chart 2024.pdf"
    out.append((n, pdf_bytes(["\n".join(lines)]), refuse_truth(n, "pdf", "bilingual", ppl,
                "an organization chart with the name of each executive under the box")))
    # 5. a scan without a text layer
    n = "Scan_2024-02-19_143355 - signed.pdf"
    out.append((n, pdf_bytes(["", ""]), refuse_truth(n, "pdf", "en", [], "a two-page scan without a text layer")))
    return out


if __name__ == "__main__":
    main()
