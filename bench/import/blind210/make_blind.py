"""blind210: phone-scanned executive work descriptions (CamScanner, Adobe Scan, Microsoft Lens) for hrkit import.

Run from the repository root: python bench/import/blind210/make_blind.py  (deterministic output)."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (DEPARTMENTS, FIRST, GA_EN, GA_FR, GROUPS, LAST, NS_EN, NS_FR, SA_EN, SA_FR,  # noqa: E402
                   SUBUNITS)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NB = "\u00a0"


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2100)
    positions = []
    used_names = set()

    def person(r):
        while True:
            n = f"{r.choice(FIRST)} {r.choice(LAST)}"
            if n not in used_names:
                used_names.add(n)
                return n
    for d, (key, dep_en, dep_fr, loc_en, loc_fr, subjects) in enumerate(DEPARTMENTS):
        adm_en = rng.choice(["Assistant Deputy Minister, Operations", "Regional Director General",
                             "Assistant Deputy Minister, Programs and Services"])
        adm_fr = {"Assistant Deputy Minister, Operations": "Sous-ministre adjoint, Opérations",
                  "Regional Director General": "Directeur général régional",
                  "Assistant Deputy Minister, Programs and Services": "Sous-ministre adjointe, Programmes et services"}[adm_en]
        adm = dict(title_en=adm_en, title_fr=adm_fr, classification="EX-04",
                   position_number=str(rng.randint(10000, 99999)))
        dept = []
        for k in range(7):
            i = d * 7 + k
            r = random.Random(210000 + i)
            s_en, s_fr = subjects[k]
            fem = r.random() < 0.5
            if k == 0:
                lvl, en, fr = "EX-03", f"Director General, {s_en}", ("Directrice générale, " if fem else "Directeur général, ") + s_fr
            elif k == 1:
                lvl, en, fr = "EX-02", f"Executive Director, {s_en}", ("Directrice exécutive, " if fem else "Directeur exécutif, ") + s_fr
            else:
                lvl, en, fr = "EX-01", f"Director, {s_en}", ("Directrice, " if fem else "Directeur, ") + s_fr
            base = {"EX-01": 1_400_000, "EX-02": 2_600_000, "EX-03": 5_000_000}[lvl]
            salary = base + r.randint(0, 300) * 5000
            om = r.randint(40, 900) * 1000 if lvl != "EX-03" else r.randint(300, 2500) * 1000
            year = r.randint(2019, 2024)
            p = dict(i=i, dept=key, dep_en=dep_en, dep_fr=dep_fr, loc_en=loc_en, loc_fr=loc_fr, level=lvl,
                     title_en=en, title_fr=fr, subject_en=s_en, subject_fr=s_fr,
                     position_number=str(r.randint(10000, 99999999) if r.random() < 0.3 else r.randint(10000, 99999)),
                     job_code=str(r.randint(100000, 109999)),
                     effective=dt.date(year, r.randint(1, 12), r.randint(2, 28)),
                     salary=salary, om=om, incumbent=person(r), sup_signer=None, officer=person(r))
            if k == 0:
                p["sup"] = adm
            elif k in (1, 2, 3):
                p["sup"] = dept[0]
            else:
                p["sup"] = dept[1]
            dept.append(p)
            positions.append(p)
        # reports
        for k, p in enumerate(dept):
            r = random.Random(210300 + p["i"])
            if k == 0:
                reps = [dict(en=q["title_en"], fr=q["title_fr"], cls=q["level"], fte=None) for q in dept[1:4]]
                if r.random() < 0.5:
                    reps.append(dict(en="Executive Assistant", fr="Adjointe exécutive", cls="AS-02", fte=1))
            elif k == 1:
                reps = [dict(en=q["title_en"], fr=q["title_fr"], cls=q["level"], fte=None) for q in dept[4:7]]
            else:
                subs = r.sample(SUBUNITS, r.randint(2, 5))
                reps = [dict(en=f"Manager, {a}", fr=f"Gestionnaire, {b}", cls=r.choice(GROUPS),
                             fte=r.randint(4, 28)) for a, b in subs]
            for q in reps:
                if q["fte"] is None:
                    q["fte"] = r.randint(18, 90)
            p["reports"] = reps
        for p in dept:
            p["sup_signer"] = p["sup"]["incumbent"] if p["sup"] is not adm else person(random.Random(210600 + p["i"]))
    return positions


# ---------------------------------------------------------------- notations
def fmt_date(d, lang, style):
    if d is None:
        return ""
    if lang == "fr":
        return (f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}" if style < 2
                else d.isoformat())
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            d.isoformat(), d.strftime("%Y/%m/%d")][style]


def fmt_money(v, lang, style):
    if lang == "fr":
        if style == 0:
            return f"{v:,}".replace(",", NB) + NB + "$"
        if style == 1:
            return f"{v / 1e6:.3f}".replace(".", ",") + NB + "M$"
        return f"{v // 1000:,}".replace(",", NB) + NB + "k$"
    return [f"${v:,}", f"${v / 1e6:.3f}M", f"${v // 1000:,}K"][style]


def fmt_cls(c, style):
    g, n = c.rsplit("-", 1)
    return [c, f"{g}-{int(n)}", f"{g} {n}"][style]


# ---------------------------------------------------------------- document model -> pages of lines
def compose(p, lang, r, over=None):
    """Return (pages: list[list[str]], truth fields, extras)."""
    over = over or {}
    P = dict(p, **over)
    fr = lang == "fr"
    bi = lang == "bilingual"
    L = (lambda en, frl: frl) if fr else ((lambda en, frl: f"{en} / {frl}") if bi else (lambda en, frl: en))
    title = P["title_fr"] if fr else P["title_en"]
    sup = P["sup"]
    sup_title = sup["title_fr"] if fr else sup["title_en"]
    loc = P["loc_fr"] if fr else P["loc_en"]
    cst = r.choice([0, 0, 0, 1, 2])
    dst = r.randrange(2 if fr else 4)
    mst = r.randrange(3)
    form = r.choice(["labelled", "labelled", "typed"])
    sup_style = r.choice(["fields", "fields", "line", "sentence"])
    rep_style = r.choice(["bullets", "bullets", "dash", "sentence"])
    no_fte = r.random() < 0.12
    pos_null = over.get("pos_null", r.random() < 0.14)
    job_null = r.random() < 0.14
    date_null = r.random() < 0.08
    total_null = r.random() < 0.2
    pos_text = P["position_number"]
    if pos_null:
        pos_text = r.choice(["NEW", "TBD", "To be assigned"]) if not fr else r.choice(["NOUVEAU", "À déterminer"])
    sup_pos_given = sup_style == "fields" and r.random() < 0.75
    eff = None if date_null else P["effective"]
    total = P["salary"] + P["om"]

    hdr = f"{P['dep_fr'] if fr else P['dep_en']}"
    doc_title = L("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL – CADRE DE DIRECTION")
    p1 = [hdr, doc_title, ""]
    lab = dict(title=L("Position Title", "Titre du poste"), cls=L("Group and Level", "Groupe et niveau"),
               pos=L("Position Number", "Numéro du poste"), job=L("Job Code", "Code d’emploi"),
               eff=L("Effective Date", "Date d’entrée en vigueur"), loc=L("Location", "Lieu de travail"),
               spos=L("Supervisor’s Position Number", "Numéro du poste du superviseur"),
               stit=L("Supervisor’s Title", "Titre du superviseur"),
               scls=L("Supervisor’s Classification", "Classification du superviseur"))
    if form == "labelled":
        p1.append(f"{lab['title']}: {title}")
        if bi:
            p1.append(f"    {P['title_fr']}")
        p1.append(f"{lab['cls']}: {fmt_cls(P['level'], cst)}")
        p1.append(f"{lab['pos']}: {pos_text}")
        if not job_null:
            p1.append(f"{lab['job']}: {P['job_code']}")
        p1.append(f"{lab['eff']}: {fmt_date(eff, 'fr' if fr else 'en', dst)}")
        p1.append(f"{lab['loc']}: {loc}")
    else:
        U = lambda s: s.upper()  # noqa: E731
        p1.append(f"{U(lab['title'])}: {title}")
        if bi:
            p1.append(f"{P['title_fr']}")
        p1.append(f"{U(lab['cls'])}: {fmt_cls(P['level'], cst)}     {U(lab['pos'])}: {pos_text}")
        p1.append((f"{U(lab['job'])}: {P['job_code']}     " if not job_null else "")
                  + f"{U(lab['eff'])}: {fmt_date(eff, 'fr' if fr else 'en', dst)}")
        p1.append(f"{U(lab['loc'])}: {loc}")
    if sup_style == "fields":
        if sup_pos_given:
            p1.append(f"{lab['spos']}: {sup['position_number']}")
        p1.append(f"{lab['stit']}: {sup_title}")
        p1.append(f"{lab['scls']}: {fmt_cls(sup['classification'] if 'classification' in sup else sup['level'], cst)}")
    scls = sup.get("classification") or sup["level"]
    if sup_style == "line":
        p1.append(f"{L('Reports to', 'Relève de')}: {sup_title} ({fmt_cls(scls, cst)})")
    p1 += ["", L("GENERAL ACCOUNTABILITY", "RESPONSABILITÉS GÉNÉRALES")]
    ga = (GA_FR if fr else GA_EN).format(title=title, subject=P["subject_fr"] if fr else P["subject_en"], sup=sup_title)
    p1 += [ga, "", L("ORGANIZATION STRUCTURE", "STRUCTURE DE L’ORGANISATION")]
    if sup_style == "sentence":
        p1.append(f"The {title} reports to the {sup_title} ({fmt_cls(scls, cst)})." if not fr else
                  f"Le titulaire relève du poste de {sup_title} ({fmt_cls(scls, cst)}).")
    reps = P["reports"]
    rtitle = (lambda q: q["fr"]) if fr else (lambda q: q["en"])
    fte_w = "ETP" if fr else "FTEs"
    if rep_style == "sentence":
        items = [f"{rtitle(q)} ({fmt_cls(q['cls'], cst)}" + ("" if no_fte else f", {q['fte']} {fte_w}") + ")"
                 for q in reps]
        lead = "Les postes suivants relèvent du titulaire : " if fr else "The following positions report to the incumbent: "
        p1.append(lead + "; ".join(items) + ".")
    else:
        p1.append("Relèvent du titulaire :" if fr else ("Direct reports / Subordonnés directs:" if bi else "Direct reports:"))
        for q in reps:
            if rep_style == "bullets":
                p1.append(f"- {rtitle(q)} ({fmt_cls(q['cls'], cst)}" + ("" if no_fte else f", {q['fte']} {fte_w}") + ")")
            else:
                p1.append(f"{rtitle(q)} — {fmt_cls(q['cls'], cst)}" + ("" if no_fte else f" — {q['fte']} {'ETP' if fr else 'FTE'}"))
    ns = NS_FR if fr else NS_EN
    p2 = [L("NATURE AND SCOPE", "NATURE ET ÉTENDUE")] + r.sample(ns, 3) + ["", L("DIMENSIONS", "DIMENSIONS")]
    fte_total = None if no_fte else sum(q["fte"] for q in reps) + 1
    if fte_total and r.random() < 0.6:
        p2.append(f"{L('FTEs', 'ETP')}: {fte_total}")
    else:
        fte_total = None
    mfr = "fr" if fr else "en"
    if r.random() < 0.7:
        p2.append(f"{L('Salary', 'Salaires')}: {fmt_money(P['salary'], mfr, mst)}")
        p2.append(f"{L('O&M', 'F et E')}: {fmt_money(P['om'], mfr, mst)}")
        if not total_null:
            p2.append(f"{L('Total', 'Total')}: {fmt_money(total, mfr, mst)}")
    else:
        s = (f"Le titulaire gère un budget salarial de {fmt_money(P['salary'], mfr, mst)} et un budget de F et E de "
             f"{fmt_money(P['om'], mfr, mst)}" if fr else
             f"The incumbent manages a salary budget of {fmt_money(P['salary'], mfr, mst)} and an O&M budget of "
             f"{fmt_money(P['om'], mfr, mst)}")
        s += "." if total_null else (f", pour un total de {fmt_money(total, mfr, mst)}." if fr else
                                      f", for a total of {fmt_money(total, mfr, mst)}.")
        p2.append(s)
    p3 = [L("SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS PARTICULIÈRES")]
    p3 += [f"{n}. {t}" for n, t in enumerate(r.sample(SA_FR if fr else SA_EN, 5), 1)]
    p3 += ["", L("CERTIFICATION", "ATTESTATION"),
           f"{L('Incumbent', 'Titulaire')}: {P['incumbent']}",
           f"{L('Supervisor', 'Superviseur')}: {P['sup_signer']}",
           f"{L('Classified by', 'Classifié par')}: {P['officer']}   {L('Date', 'Date')}: "
           f"{fmt_date(P['effective'] - dt.timedelta(days=r.randint(20, 90)), mfr, dst)}"]
    people = [P["incumbent"], P["sup_signer"], P["officer"]]
    fields = dict(
        title=title, classification=P["level"], job_code=None if job_null else P["job_code"],
        position_number=None if pos_null else P["position_number"], effective_date=eff,
        supervisor=dict(position_number=sup["position_number"] if sup_pos_given else None, title=sup_title,
                        classification=scls),
        direct_reports=[dict(title=rtitle(q), classification=q["cls"], fte=None if no_fte else q["fte"]) for q in reps],
        salary=P["salary"], o_and_m=P["om"], total=None if total_null else total, location=loc)
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if fields["supervisor"]["position_number"] is None:
        not_stated.append("supervisor.position_number")
    if no_fte:
        not_stated.append("direct_reports.fte")
    also = dict(department=P["dep_fr"] if fr else P["dep_en"],
                form=f"{form}; supervisor {sup_style}; reports {rep_style}",
                notations=f"classification style {['EX-01', 'EX-1', 'EX 01'][cst]}; date style {dst}; amounts style {mst}")
    if bi:
        also["title_fr"] = P["title_fr"]
    if fr:
        also["title_en"] = P["title_en"]
    if fte_total:
        also["fte"] = fte_total
    if pos_null:
        also["position_number_printed"] = pos_text
    return [p1, p2, p3], fields, not_stated, also, people


# ---------------------------------------------------------------- phone-scan damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
SHADOWS = ["|||", "lll", "~~", "::'", "|l|", "~~~", "!||", ".:."]
THUMB = ["%)", "#.", "8;", "{@", "*,", "Wf", ")&", "@j"]
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("t", "l")]
ACC = str.maketrans("éèêàçôîûÉ", "eeeacoiuE")
STRENGTH = {"light": (0.15, 0.004, 0.02, 0.0), "medium": (0.4, 0.012, 0.05, 0.15), "heavy": (0.7, 0.03, 0.1, 0.3)}


def wrap(line, width, r):
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            if len(w) > 7 and r.random() < 0.3 and w.isalpha():
                cut = r.randint(3, len(w) - 3)
                out.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def is_prose(line):
    return len(line) > 55 and ":" not in line[:40] and not line.startswith("-")


def damage_line(line, strength, r, lang):
    pdig, pletter, prun, _ = STRENGTH[strength]
    words = line.split(" ")
    out = []
    for w in words:
        if any(c.isdigit() for c in w) and r.random() < pdig:
            w = "".join(DIG.get(c, c) if r.random() < 0.5 else c for c in w)
            if "I" in w and r.random() < 0.4:
                w = w.replace("I", "l", 1)
        elif w.isalpha() and len(w) > 3 and r.random() < pletter * 10:
            a, b = r.choice(LETTERS)
            if a in w:
                w = w.replace(a, b, 1)
        if is_prose(line) and len(w) > 5 and r.random() < pletter * 3:
            k = r.randrange(1, len(w) - 1)
            w = w[:k] + w[k + 1:]
        out.append(w)
    s = ""
    for k, w in enumerate(out):
        s += w if k == 0 else (w if r.random() < prun else " " + w)
    if lang == "fr" and r.random() < pletter * 20:
        s = s.translate(ACC)
    return s


def phone_page(lines, strength, r, lang, app, page_no, n_pages, header, feats):
    """Physical page lines from the app's OCR."""
    if strength == "clean":
        body = [header] + [x for l in lines for x in (wrap(l, 92, r) if l else [""])] + [f"Page {page_no} of {n_pages}"]
        return body
    _, _, _, pskew = STRENGTH[strength]
    width = r.randint(62, 80)
    phys = []
    for l in lines:
        phys += wrap(l, width, r) if l else [""]
    # skew / curved lines: two prose lines interleaved, or a line's end on the next
    k = 0
    while k < len(phys) - 1:
        a, b = phys[k], phys[k + 1]
        if is_prose(a) and is_prose(b) and r.random() < pskew:
            wa, wb = a.split(" "), b.split(" ")
            ha, hb = len(wa) // 2, len(wb) // 2
            phys[k], phys[k + 1] = " ".join(wa[:ha] + wb[hb:]), " ".join(wb[:hb] + wa[ha:])
            feats.add("skew-interleave")
            k += 2
            continue
        if a and b and r.random() < pskew / 3 and len(a.split(" ")) > 3:
            wa = a.split(" ")
            phys[k], phys[k + 1] = " ".join(wa[:-1]), wa[-1] + " " + b
            feats.add("line-end-carried")
        k += 1
    phys = [damage_line(x, strength, r, lang) if x else x for x in phys]
    # shadows at a margin over a run of lines
    if r.random() < 0.6:
        st = r.randrange(len(phys))
        sh = r.choice(SHADOWS)
        side = r.random() < 0.5
        for j in range(st, min(len(phys), st + r.randint(3, 9))):
            phys[j] = (sh + " " + phys[j]) if side else (phys[j] + " " + sh)
        feats.add("shadow")
    if r.random() < 0.4:
        st = r.randrange(len(phys))
        for j in range(st, min(len(phys), st + r.randint(2, 4))):
            phys[j] = r.choice(THUMB) + " " + phys[j]
        feats.add("thumb-or-clip")
    head = [damage_line(header, strength, r, lang)] if header else []
    foot = [damage_line(f"Page {page_no} of {n_pages}", strength, r, lang)]
    if app == "CamScanner":
        foot.append("Scanned with CamScanner")
    elif app == "Adobe Scan":
        foot.append(f"Adobe Scan {r.randint(2, 27)} Mar 2024")
    return head + phys + foot


def garbage(r, n):
    chars = "Il1|!.,:;'`~-_irnu0oOcaeʼ"
    return [" ".join("".join(r.choice(chars[:-1]) for _ in range(r.randint(1, 6))) for _ in range(r.randint(3, 11)))
            for _ in range(n)]


def phone_scan(pages, strength, r, lang, app, header, spread=None):
    """Return (list of physical pages as text, feats)."""
    feats = set()
    n = len(pages)
    clean_pages = set()
    if strength != "heavy" and r.random() < 0.45:
        clean_pages.add(r.randrange(n))
    phys = [phone_page(pg, "clean" if i in clean_pages else strength, r, lang, app, i + 1, n, header, feats)
            for i, pg in enumerate(pages)]
    if clean_pages:
        feats.add("clean-page-mixed")
    # overlapping photos: last lines of a page repeated at the next page's start
    for i in range(1, len(phys)):
        if r.random() < 0.45:
            tail = [x for x in phys[i - 1][:-2] if x][-r.randint(2, 4):]
            phys[i] = tail + phys[i]
            feats.add("doubled-lines")
    if spread == "alternate" and len(phys) >= 2:
        a, b = phys[0], phys[1]
        m = []
        for j in range(max(len(a), len(b))):
            if j < len(a):
                m.append(a[j])
            if j < len(b):
                m.append(b[j])
        phys = [m] + phys[2:]
        feats.add("two-page-spread-alternating")
    elif spread == "side" and len(phys) >= 2:
        a, b = phys[0], phys[1]
        wa = max(len(x) for x in a) + 4
        m = [(a[j] if j < len(a) else "").ljust(wa) + (b[j] if j < len(b) else "") for j in range(max(len(a), len(b)))]
        phys = [[x.rstrip() for x in m]] + phys[2:]
        feats.add("two-page-spread-side-by-side")
    if r.random() < 0.3:
        phys.append(garbage(r, r.randint(12, 30)))
        feats.add("rotated-page-garbage")
    return ["\n".join(pg) for pg in phys], sorted(feats)


# ---------------------------------------------------------------- writers
FIXED = (2024, 3, 12, 10, 15, 0)


def docx_bytes(build):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = "hrkit bench", "hrkit bench"
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 3, 12, 10, 15)
    cp.revision = 1
    build(d)
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    return out.getvalue()


def clean_docx(pages, r):
    table_reports = r.random() < 0.5

    def build(d):
        lines = [l for pg in pages for l in pg + [""]]
        d.add_heading(lines[1], level=1)
        d.add_paragraph(lines[0])
        rep_rows = []
        for l in lines[2:]:
            if not l:
                continue
            if l.isupper() and len(l) < 70:
                d.add_heading(l, level=2)
            elif l.startswith("- ") or " — " in l:
                if table_reports:
                    rep_rows.append(l)
                    continue
                d.add_paragraph(l[2:] if l.startswith("- ") else l, style="List Bullet")
            else:
                if rep_rows:
                    flush(d, rep_rows)
                d.add_paragraph(l)
        if rep_rows:
            flush(d, rep_rows)

    def flush(d, rows):
        t = d.add_table(rows=0, cols=1)
        t.style = "Table Grid"
        for x in rows:
            t.add_row().cells[0].text = x[2:] if x.startswith("- ") else x
        rows.clear()
    return docx_bytes(build)


def pasted_docx(text_pages, note):
    def build(d):
        d.add_paragraph(note)
        for pg in text_pages:
            for l in pg.split("\n"):
                d.add_paragraph(l)
    return docx_bytes(build)


def clean_md(pages, title):
    out = [f"# {title}", ""]
    for pg in pages:
        for l in pg:
            if l.isupper() and len(l) < 70:
                out += ["", f"## {l.title()}", ""]
            elif ": " in l and len(l) < 90 and not l.startswith("- "):
                k, v = l.split(": ", 1)
                out.append(f"- **{k.strip()}:** {v}")
            else:
                out.append(l)
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main
def main():
    positions = build_positions()
    rk = random.Random(2101)
    kinds = (["ocr"] * 11 + ["ocr-columns"] * 3 + ["pdf"] * 11 + ["docx"] * 7 + ["markdown"] * 4 + ["text"] * 3
             + ["text-cp1252"] * 3)
    langs = ["en"] * 24 + ["fr"] * 10 + ["bilingual"] * 8
    rk.shuffle(kinds)
    rk.shuffle(langs)
    pdfs = [i for i, k in enumerate(kinds) if k == "pdf"]
    ocrs = [i for i, k in enumerate(kinds) if k == "ocr"]
    pair_a, pair_c, pair_b = pdfs[0], pdfs[1], ocrs[0]
    corpus, expected = HERE / "corpus", HERE / "expected"
    for f in (corpus, expected):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    names_used = set()
    docs = []  # (name, bytes, truth)
    apps = ["CamScanner", "Adobe Scan", "Microsoft Lens"]

    def fname(p, kind, lang, j, r, app):
        t = p["title_fr"] if lang == "fr" else p["title_en"]
        ext = {"ocr": "txt", "ocr-columns": "txt", "pdf": "pdf", "docx": "docx", "markdown": "md", "text": "txt",
               "text-cp1252": "txt"}[kind]
        short = t.split(", ", 1)[-1]
        if kind in ("ocr", "ocr-columns", "pdf"):
            opts = [f"CamScanner {r.randint(1, 28):02d}-03-2024 {r.randint(8, 17):02d}.{r.randint(10, 59)}",
                    f"Adobe Scan {r.randint(1, 28)} Mar 2024", f"Office Lens 202403{r.randint(10, 28)}-{r.randint(8, 18):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}",
                    f"scan {t}", f"{t} (scanned)", f"IMG_{r.randint(1000, 9999)} OCR", f"EWD {short} - phone scan",
                    f"{p['dept']} {short} scan"]
            base = r.choice(opts)
        else:
            opts = [t, f"EWD - {t}", f"{t} ({p['level']})", f"WD_{p['level']}_{short}", f"DT - {t}" if lang == "fr" else f"Work description - {t}",
                    f"{t} - final", f"{short}, {p['dept']}"]
            base = r.choice(opts)
            if kind in ("docx", "markdown") and r.random() < 0.5:
                base += " (texte OCR)" if lang == "fr" else " (from scan)"
        base = base.replace("/", "-")
        name = f"{base}.{ext}"
        while name in names_used:
            base += " (1)"
            name = f"{base}.{ext}"
        names_used.add(name)
        return name

    def render(p, kind, lang, j, over=None, forced=None):
        r = random.Random(210500 + j)
        rd = random.Random(210900 + j)
        pages, fields, not_stated, also, people = compose(p, lang, r, over)
        app = (forced or {}).get("app") or r.choice(apps)
        name = (forced or {}).get("name") or fname(p, kind, lang, j, r, app)
        header = f"{p['dep_fr'] if lang == 'fr' else p['dep_en']} – {'DT' if lang == 'fr' else 'EWD'}" + (
            f" – {fields['position_number']}" if fields["position_number"] else "")
        strength = (forced or {}).get("strength") or rd.choice(["light", "medium", "medium", "heavy"])
        if kind in ("ocr", "ocr-columns", "pdf") or (kind in ("docx", "markdown") and "from scan" in name or "texte OCR" in name):
            spread = None
            if kind == "ocr-columns":
                spread = "alternate" if j % 3 else "side"
            seed = (forced or {}).get("seed", 210900 + j)
            phys, feats = phone_scan(pages, strength, random.Random(seed), lang, app, header, spread)
            also["app"] = app
            also["damage"] = strength
            also["scan_features"] = feats
            if kind in ("ocr", "ocr-columns"):
                data = ("\n\f\n".join(phys) + "\n").encode("utf-8")
            elif kind == "pdf":
                data = pdf_bytes([pg.replace("ʼ", "'") for pg in phys])
            elif kind == "docx":
                data = pasted_docx(phys, f"Text copied from {app}" if lang != "fr" else f"Texte copié de {app}")
            else:
                data = (f"<!-- pasted from {app} -->\n\n" + "\n\n".join(phys) + "\n").encode("utf-8")
        elif kind == "docx":
            data = clean_docx(pages, r)
        elif kind == "markdown":
            data = clean_md(pages, fields["title"]).encode("utf-8")
        elif kind == "text":
            data = ("\n\n".join("\n".join(pg) for pg in pages) + "\n").encode("utf-8")
        else:  # text-cp1252
            txt = "\r\n\r\n".join("\r\n".join(pg) for pg in pages).replace("'", "’") + "\r\n"
            data = txt.encode("cp1252")
        truth = dict(document=name, kind=kind, language=lang, outcome="import", fields=fields,
                     not_stated=not_stated or [], also=also, people=people, versions=None)
        return name, data, truth

    pos_doc = {}
    j = 0
    out = []
    for n, p in enumerate(positions):
        kind, lang = kinds[n], langs[n]
        if n == pair_c:
            name, data, truth = render(p, kind, lang, j, forced={"app": "Adobe Scan", "name": "Adobe Scan 14 Mar 2024.pdf",
                                                                   "strength": "medium"})
            name2, data2, truth2 = render(p, "ocr", lang, j, forced={"app": "Adobe Scan", "name": "Adobe Scan 14 Mar 2024.txt",
                                                                    "strength": "medium"})
            names_used.update([name, name2])
            note = "the app's PDF and its .txt export of one scanning session: the same pages, the same OCR text"
            for t in (truth, truth2):
                t["versions"] = dict(documents=[name2, name], newest=name, same_text=True, note=note)
            out += [(name, data, truth), (name2, data2, truth2)]
            pos_doc[p["i"]] = name
            j += 1
            continue
        if n == pair_a:
            od = dict(effective=p["effective"].replace(year=p["effective"].year - 1), salary=p["salary"] - 85000,
                      om=p["om"] - 20000)
            name0, data0, truth0 = render(p, "docx", lang, j + 100, over=od,
                                          forced={"name": f"DRAFT {p['title_en']}.docx"})
            name1, data1, truth1 = render(p, kind, lang, j, forced={"name": f"{p['title_en']} - signed.pdf", "app": "CamScanner"})
            note = "the typed draft and a phone scan of the signed copy: effective date a year later, salary and O&M raised"
            for t in (truth0, truth1):
                t["versions"] = dict(documents=[name0, name1], newest=name1, same_text=False, note=note)
            out += [(name0, data0, truth0), (name1, data1, truth1)]
            pos_doc[p["i"]] = name1
            j += 1
            continue
        if n == pair_b:
            reps = [dict(q) for q in p["reports"]]
            reps[0]["fte"] = reps[0]["fte"] - 3
            od = dict(effective=p["effective"].replace(year=p["effective"].year - 2), reports=reps, om=p["om"] + 40000)
            name0, data0, truth0 = render(p, "markdown", lang, j + 100, over=od,
                                          forced={"name": f"{p['title_en']} v1 (from scan).md"})
            name1, data1, truth1 = render(p, kind, lang, j, forced={"name": f"{p['title_en']} v2 - scan.txt"})
            note = "v1 pasted from an older scan; v2 a newer phone scan: effective date two years later, O&M lower, first report's FTEs up by 3"
            for t in (truth0, truth1):
                t["versions"] = dict(documents=[name0, name1], newest=name1, same_text=False, note=note)
            out += [(name0, data0, truth0), (name1, data1, truth1)]
            pos_doc[p["i"]] = name1
            j += 1
            continue
        name, data, truth = render(p, kind, lang, j)
        out.append((name, data, truth))
        pos_doc[p["i"]] = name
        j += 1
    # reports_to_in_corpus
    by_sup = {}
    for p in positions:
        if "i" in p["sup"]:
            by_sup[p["i"]] = pos_doc[p["sup"]["i"]]
    name_to_pos = {}
    for p in positions:
        for nm, _, t in out:
            pass
    for nm, _, t in out:
        for p in positions:
            if t["fields"] and (t["fields"]["title"] in (p["title_en"], p["title_fr"])) and p["i"] in by_sup:
                t["also"]["reports_to_in_corpus"] = by_sup[p["i"]]
    out += refusals()
    for nm, data, t in out:
        (corpus / nm).write_bytes(data)
        (expected / f"{nm}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(out), "documents")


def refusals():
    r = random.Random(2107)
    res = []
    # 1. whiteboard org sketch, CamScanner .txt
    wb = ["DG Ops ??  -->  ED Rail lnsp (EX-2?)", "   |            |", "  Dir A  Dir B    Dir Training / Data ???",
          "|||  TBD - ask Colette Strathy re FTEs", "~~ moves eff. Apr 1 ?", "PM-6 x3  /  EC-O7 x2",
          "lll  org redesign v3  -- DO NOT ERASE", "", "Scanned with CamScanner"]
    res.append(("CamScanner 11-03-2024 16.42.txt", ("\n".join(wb) + "\n").encode(), dict(
        document="CamScanner 11-03-2024 16.42.txt", kind="ocr", language="en", outcome="refuse", fields=None,
        not_stated=None, also=dict(what="phone photo of a whiteboard org sketch, OCR'd"),
        people=["Colette Strathy"], versions=None)))
    # 2. blurred page, mostly garbage, Adobe Scan PDF
    g = garbage(r, 30)
    g[3] = "EXEC.. ,ivE W0R.. DES~R'P"
    g[11] = "Sa1a.. : $ ,. ..OOO"
    g += ["Adobe Scan 12 Mar 2024"]
    res.append(("Adobe Scan 12 Mar 2024 (2).pdf", pdf_bytes(["\n".join(g)]), dict(
        document="Adobe Scan 12 Mar 2024 (2).pdf", kind="pdf", language="en", outcome="refuse", fields=None,
        not_stated=None, also=dict(what="a blurred phone photo of a page; the OCR is mostly garbage, no field readable"),
        people=[], versions=None)))
    # 3. business card, Microsoft Lens .txt, bilingual
    bc = ["Government Gouvernement", "of Canada du Canada", "", "Nkechi Ashgrove",
          "Director General, Pay Operations", "Directrice générale, Opérations de la paye",
          "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada",
          "Tel. / Tél. : 819-555-O142", "nkechi.ashgrove@example.gc.ca", "%) Gatineau QC K1A OS5"]
    res.append(("Office Lens 20240313-091144.txt", ("\n".join(bc) + "\n").encode(), dict(
        document="Office Lens 20240313-091144.txt", kind="ocr", language="bilingual", outcome="refuse", fields=None,
        not_stated=None, also=dict(what="phone scan of a business card"), people=["Nkechi Ashgrove"], versions=None)))
    # 4. sticky note, pasted in Markdown, French
    sn = ["<!-- collé depuis CamScanner -->", "", "RAPPEL", "", "DT poste 4O3l2 (Directrice, Conformité EX-O1)",
          "-> envoyer à la dotation avant vendredi", "sal. 1,6 M$ ?? vérifier avec Mireille Ducharme", "",
          "Scanned with CamScanner"]
    res.append(("note autocollante - DT.md", ("\n".join(sn) + "\n").encode(), dict(
        document="note autocollante - DT.md", kind="markdown", language="fr", outcome="refuse", fields=None,
        not_stated=None, also=dict(what="phone scan of a sticky note about sending a work description"),
        people=["Mireille Ducharme"], versions=None)))
    # 5. phone scan saved without OCR: PDF with no text layer (three pages)
    res.append(("CamScanner 12-03-2024 10.15.pdf", pdf_bytes(["", "", ""]), dict(
        document="CamScanner 12-03-2024 10.15.pdf", kind="pdf", language="en", outcome="refuse", fields=None,
        not_stated=None, also=dict(what="three-page phone scan saved without OCR: no text layer; language unknown"),
        people=[], versions=None)))
    return res


if __name__ == "__main__":
    main()
