"""Blind corpus 186: generic executive work descriptions and their position-specific parts.

Run from the repository root: python bench/import/blind186/make_blind.py
Writes corpus/ and expected/ (same bytes on every run)."""
import io, os, random, re, sys, shutil, zipfile, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from texts import FAMILIES, PEOPLE, NATURE_EN, NATURE_FR, ACC_EN, ACC_FR  # noqa: E402

R = random.Random(186)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
TITLE_FR = {"F1": "Directeur, Services à la clientèle ({q})", "F2": "Directeur, Centre de traitement des cas - {q}",
            "F3": "Directeur exécutif, Programmes d'infrastructure, {q}", "F4": "Directeur général régional, {q}"}
TITLE_EN = {"F5": "Director, Passport Processing Centre ({q})",
            "F6": "Executive Director, First Nations and Inuit Health, {q}"}
SUP_GEN = {"F1": "Regional Director General", "F2": "Executive Director, Network Operations",
           "F3": "Director General, Program Operations", "F4": "Senior Assistant Deputy Minister",
           "F5": "directeur exécutif ou directrice exécutive des opérations",
           "F6": "directeur général régional ou directrice générale régionale"}


def date_text(iso, lang, style):
    y, m, d = (int(x) for x in iso.split("-"))
    if style == 0:
        return iso
    if lang == "fr":
        return f"{d}{'er' if d == 1 else ''} {MONTHS_FR[m - 1]} {y}"
    return f"{MONTHS_EN[m - 1]} {d}, {y}" if style == 1 else f"{d} {MONTHS_EN[m - 1]} {y}"


def money(v, lang, style):
    if v is None:
        return ""
    if style == "full":
        return f"{v:,} $".replace(",", "\u00a0") if lang == "fr" else f"${v:,}"
    if style == "k":
        return f"{v // 1000:,} k$".replace(",", "\u00a0") if lang == "fr" else f"${v // 1000:,}K"
    s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") + " M$" if lang == "fr" else f"${s}M"


# ---------------------------------------------------------------- positions
POS = []
used = set()
for fi, fam in enumerate(FAMILIES):
    for ri, (q, loc, sup) in enumerate(fam["rows"]):
        pr = random.Random(186000 + fi * 10 + ri)
        while True:
            num = str(pr.randint(10000, 99999) if pr.random() < 0.7 else pr.randint(100000, 999999))
            if num not in used:
                used.add(num)
                break
        ex = fam["example"]
        scale = pr.uniform(0.55, 1.4)
        fte = max(8, int(ex["fte"] * scale))
        salary = int(ex["salary"] * scale / 10000) * 10000
        om = int(ex["om"] * pr.uniform(0.6, 1.5) / 1000) * 1000
        supn = str(pr.randint(10000, 99999))
        reps = []
        nrep = len(fam["reports"])
        left = fte - 1
        for k, (t, c) in enumerate(fam["reports"]):
            f = left if k == nrep - 1 else max(1, int(left * pr.uniform(0.25, 0.5)))
            left -= f
            reps.append(dict(title=t, classification=c, fte=f))
        POS.append(dict(fam=fam, fi=fi, ri=ri, q=q, num=num, title=fam["title_fmt"].format(q=q), location=loc,
                        sup_title=sup, sup_num=supn, fte=fte, salary=salary, om=om, reps=reps,
                        title_alt=(TITLE_FR.get(fam["key"]) or TITLE_EN[fam["key"]]).format(q=q)))


def fam_positions(fi):
    return [p for p in POS if p["fi"] == fi]


# ---------------------------------------------------------------- document plan
# mark: arrow | col | star | bold | filename | section | cover
KINDS = (["docx"] * 10 + ["pdf"] * 7 + ["ocr"] * 11 + ["markdown"] * 6 + ["text"] * 6 + ["text-cp1252"] * 5)
PR = random.Random(1860)
PR.shuffle(KINDS)
MARKS_TEXTUAL = ["arrow", "col", "star", "filename", "section"]
PLAN = []
for i, p in enumerate(POS):
    kind = KINDS[i]
    dr = random.Random(186500 + i)
    marks = MARKS_TEXTUAL + (["bold"] if kind in ("docx", "markdown") else []) + \
        (["cover", "cover"] if p["fam"]["lang"] == "en" else [])
    mark = marks[i % len(marks)] if i % 3 else dr.choice(marks)
    PLAN.append(dict(p=p, kind=kind, mark=mark, rng=dr, idx=i))
# extra documents: two amended versions and one plain copy
KINDS_EXTRA = ["pdf", "ocr", "docx"]


# ---------------------------------------------------------------- building a document (blocks)
def build(plan, amendment=None):
    p, fam, r = plan["p"], plan["p"]["fam"], plan["rng"]
    lang = fam["lang"]
    fr = lang == "fr"
    mark = plan["mark"]
    kind = plan["kind"]
    mstyle = r.choice(["full", "full", "k", "m"])
    dstyle = r.choice([0, 1, 2])
    show_eff = r.random() < 0.85
    show_total = r.random() < 0.75
    sup_num_shown = r.random() < 0.6
    example = r.random() < 0.6
    bil_annex = r.random() < 0.3 and mark != "cover"
    twopage = r.random() < 0.35 and kind in ("pdf", "ocr", "docx")
    own_reports = mark == "section" or r.random() < 0.3
    if own_reports and r.random() < 0.4:
        reps = [dict(x) for x in p["reps"][:-1]]
        reps[-1]["fte"] += p["reps"][-1]["fte"]  # a region without the last unit
    else:
        reps = [dict(x) for x in p["reps"]]
    rep_fte_missing = own_reports and r.random() < 0.25
    if rep_fte_missing:
        reps[-1]["fte"] = None
    people = []
    approver = PEOPLE[(plan["idx"] * 7) % len(PEOPLE)]
    classifier = PEOPLE[(plan["idx"] * 7 + 3) % len(PEOPLE)] if r.random() < 0.5 else None
    incumbent = PEOPLE[(plan["idx"] * 7 + 5) % len(PEOPLE)] if mark in ("section", "cover") and r.random() < 0.6 else None
    salary, om = p["salary"], p["om"]
    sup_title, sup_num = p["sup_title"], p["sup_num"]
    amend_note = None
    if amendment:
        salary += amendment["d_salary"]
        om += amendment["d_om"]
        if amendment.get("sup"):
            sup_title, sup_num = amendment["sup"]
            sup_num_shown = True
    total = salary + om
    B = []
    lab = (lambda en, frt: frt if fr else en)
    # ---- cover sheet (French, for an English generic)
    if mark == "cover":
        B.append(("h1", "FICHE DE PRÉSENTATION - DESCRIPTION DE TRAVAIL GÉNÉRIQUE"))
        B.append(("p", "La présente fiche accompagne la description de travail générique ci-jointe (en anglais) et "
                        "précise les éléments propres au poste. En cas de divergence, la fiche l'emporte."))
        kv = [("Numéro du poste", p["num"]), ("Titre du poste (anglais)", p["title"]),
              ("Titre du poste (français)", p["title_alt"]), ("Groupe et niveau", fam["cls"]),
              ("Code d'emploi (générique)", fam["job"]), ("Lieu de travail", p["location"]),
              ("Titre du poste du superviseur", sup_title)]
        if sup_num_shown:
            kv.append(("Numéro du poste du superviseur", sup_num))
        kv += [("ETP de l'unité", str(p["fte"])), ("Salaires", money(salary, "fr", mstyle)),
               ("F et E", money(om, "fr", mstyle))]
        if show_total:
            kv.append(("Total", money(total, "fr", mstyle)))
        if incumbent:
            kv.append(("Titulaire", incumbent))
        B.append(("kv", kv))
        B.append(("break",))
    # ---- generic
    B.append(("h1", lab("EXECUTIVE WORK DESCRIPTION - GENERIC", "DESCRIPTION DE TRAVAIL DE CADRE - GÉNÉRIQUE")))
    kv = [(lab("Generic Title", "Titre générique"), fam["generic"]), (lab("Group and Level", "Groupe et niveau"), fam["cls"]),
          (lab("Job Code", "Code d'emploi"), fam["job"]), (lab("Department", "Ministère"), fam["dept"]),
          (lab("Position Number", "Numéro du poste"), lab("See Annex A", "Voir l'annexe A"))]
    if show_eff:
        kv.append((lab("Effective Date", "Date d'entrée en vigueur"), date_text(fam["eff"], lang, dstyle)))
    B.append(("kv", kv))
    B.append(("p", lab("This generic work description applies to all positions listed in Annex A. Position-specific "
                       "information (position number, title, location, supervisor and dimensions) is given in Annex A.",
                       "La présente description de travail générique s'applique à tous les postes énumérés à "
                       "l'annexe A. Les renseignements propres à chaque poste (numéro, titre, lieu, superviseur et "
                       "dimensions) figurent à l'annexe A.")))
    B.append(("h2", lab("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE")))
    B.append(("p", fam["ga"]))
    B.append(("h2", lab("ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE")))
    sg = SUP_GEN[fam["key"]]
    B.append(("p", lab(f"The position reports to the {sg} ({fam['sup_cls']}) of its region or network, as named in Annex A.",
                       f"Le poste relève du {sg} ({fam['sup_cls']}) de sa région, nommé à l'annexe A.")))
    if not own_reports:
        B.append(("p", lab("Reporting to the position are:", "Relèvent du poste :")))
        B.append(("ul", [f"{x['title']} ({x['classification']})" for x in reps]))
        if example:
            B.append(("p", lab(f"For illustration only, in a typical region the {reps[0]['title']} leads about "
                               f"{int(fam['example']['fte'] * 0.45)} FTEs.",
                               f"À titre indicatif seulement, dans une région type, le {reps[0]['title']} dirige "
                               f"environ {int(fam['example']['fte'] * 0.45)} ETP.")))
    else:
        B.append(("p", lab("The units reporting to the position vary by region; see Annex B.",
                           "Les unités qui relèvent du poste varient selon la région; voir l'annexe B.")))
    B.append(("h2", "DIMENSIONS"))
    ex = fam["example"]
    if example:
        B.append(("p", lab("The following figures are for illustration only; each position's dimensions are given in Annex A.",
                           "Les chiffres suivants sont fournis à titre d'illustration seulement; les dimensions de chaque "
                           "poste figurent à l'annexe A.")))
        B.append(("kv", [(lab("FTEs (example)", "ETP (exemple)"), str(ex["fte"])),
                         (lab("Salary (example)", "Salaires (exemple)"), money(ex["salary"], lang, "full")),
                         (lab("O&M (example)", "F et E (exemple)"), money(ex["om"], lang, "full"))]))
    else:
        B.append(("p", lab("See Annex A.", "Voir l'annexe A.")))
    B.append(("h2", lab("NATURE AND SCOPE", "NATURE ET ÉTENDUE")))
    for t in (NATURE_FR if fr else NATURE_EN):
        B.append(("p", t))
    B.append(("h2", lab("SPECIFIC ACCOUNTABILITIES", "ACTIVITÉS PRINCIPALES")))
    B.append(("ol", ACC_FR if fr else ACC_EN))
    B.append(("break",))
    # ---- annex A
    alang = "bil" if bil_annex else lang
    H = {"num": ("Position No.", "No de poste"), "title": ("Position Title", "Titre du poste"),
         "loc": ("Location", "Lieu"), "sup": ("Supervisor", "Superviseur"), "supn": ("Supervisor Pos. No.", "No poste superviseur"),
         "fte": ("FTEs", "ETP"), "sal": ("Salary", "Salaires"), "om": ("O&M", "F et E"), "tot": ("Total", "Total"),
         "this": ("This WD", "Cette DT")}

    def hd(k):
        en, frt = H[k]
        return f"{en} / {frt}" if alang == "bil" else (frt if fr else en)
    mlang = "fr" if fr else "en"
    if mark == "section":
        B.append(("h1", lab(f"ANNEX A - POSITION-SPECIFIC INFORMATION", "ANNEXE A - RENSEIGNEMENTS PROPRES AU POSTE")
                  if alang != "bil" else "ANNEX A / ANNEXE A - POSITION-SPECIFIC INFORMATION / RENSEIGNEMENTS PROPRES AU POSTE"))
        kv = [(hd("num"), p["num"]), (hd("title"), p["title"]), (hd("loc"), p["location"]), (hd("sup"), sup_title)]
        if sup_num_shown:
            kv.append((hd("supn"), sup_num))
        kv += [(hd("fte"), str(p["fte"])), (hd("sal"), money(salary, mlang, mstyle)), (hd("om"), money(om, mlang, mstyle))]
        if show_total:
            kv.append((hd("tot"), money(total, mlang, mstyle)))
        if incumbent:
            kv.append((lab("Incumbent", "Titulaire"), incumbent))
        B.append(("kv", kv))
    else:
        B.append(("h1", (f"ANNEX A - POSITIONS COVERED BY THIS GENERIC" if not fr else "ANNEXE A - POSTES VISÉS PAR LA PRÉSENTE GÉNÉRIQUE")
                  if alang != "bil" else "ANNEX A / ANNEXE A - POSITIONS COVERED / POSTES VISÉS"))
        cols = ["num", "title", "loc", "sup"] + (["supn"] if sup_num_shown else []) + ["fte", "sal", "om"] + (["tot"] if show_total else [])
        if mark == "col":
            cols = ["this"] + cols
        header = [hd(c) for c in cols]
        if mstyle == "k":
            header = [h + (" ($000s)" if not fr else " (k$)") if c in ("sal", "om", "tot") else h for h, c in zip(header, cols)]
        rows, marked = [], None
        for q in fam_positions(p["fi"]):
            me = q is p
            vals = dict(num=q["num"], title=q["title"], loc=q["location"],
                        sup=q["sup_title"] if (amendment or not me) else sup_title,
                        supn=q["sup_num"] if (amendment or not me) else sup_num,
                        fte=str(q["fte"]))
            s, o = (salary, om) if (me and not amendment) else (q["salary"], q["om"])
            if mstyle == "k":
                vals.update(sal=f"{s // 1000:,}", om=f"{o // 1000:,}", tot=f"{(s + o) // 1000:,}")
                if fr:
                    vals.update({k: vals[k].replace(",", "\u00a0") for k in ("sal", "om", "tot")})
            else:
                vals.update(sal=money(s, mlang, mstyle), om=money(o, mlang, mstyle), tot=money(s + o, mlang, mstyle))
            vals["this"] = "X" if me else ""
            row = [vals[c] for c in cols]
            if me and mark == "arrow":
                row[0] = ("► " if kind in ("docx", "markdown", "text") else ">> ") + row[0]
            if me and mark == "star":
                row[0] = row[0] + "*"
            if me:
                marked = len(rows)
            rows.append(row)
        B.append(("table", header, rows, marked if mark == "bold" else None, twopage,
                  lab("ANNEX A (continued)", "ANNEXE A (suite)") if alang != "bil" else "ANNEX A (continued) / ANNEXE A (suite)"))
        if mark == "star":
            B.append(("p", lab("* Position described by this copy of the generic.", "* Poste visé par le présent exemplaire.")))
        if mark == "bold":
            B.append(("p", lab("The position covered by this copy is shown in bold.", "Le poste visé par le présent exemplaire est en gras.")))
        if mark == "col":
            B.append(("p", lab("X: the position to which this copy applies.", "X : poste auquel s'applique le présent exemplaire.")))
    if own_reports:
        B.append(("h1", lab(f"ANNEX B - ORGANIZATION OF POSITION {p['num']}", f"ANNEXE B - ORGANISATION DU POSTE {p['num']}")))
        rows = [[x["title"], x["classification"], "" if x["fte"] is None else str(x["fte"])] for x in reps]
        B.append(("table", [lab("Direct report", "Subalterne direct"), lab("Group/Level", "Groupe/niveau"), lab("FTEs", "ETP")],
                  rows, None, False, ""))
    if amendment:
        B.append(("break",))
        B.append(("h1", lab(f"AMENDMENT No. 1 TO ANNEX A", "MODIFICATION No 1 À L'ANNEXE A")))
        B.append(("p", lab(f"Approved {date_text(amendment['date'], lang, 1)}. The following replaces the entries of Annex A for "
                           f"position {p['num']}; all other entries and the generic remain unchanged.",
                           f"Approuvée le {date_text(amendment['date'], lang, 1)}. Ce qui suit remplace les inscriptions de "
                           f"l'annexe A pour le poste {p['num']}; les autres inscriptions et la générique demeurent inchangées.")))
        kv = [(hd("sal"), f"{money(p['salary'], mlang, 'full')} -> {money(salary, mlang, 'full')}"),
              (hd("om"), f"{money(p['om'], mlang, 'full')} -> {money(om, mlang, 'full')}")]
        if amendment.get("sup"):
            kv.append((hd("sup"), f"{p['sup_title']} -> {sup_title} ({sup_num})"))
        B.append(("kv", kv))
        amend_note = f"amendment of {amendment['date']}: salary {p['salary']} -> {salary}, O&M {p['om']} -> {om}" + \
            (f", supervisor {p['sup_title']} -> {sup_title}" if amendment.get("sup") else "")
    B.append(("h2", lab("APPROVAL", "APPROBATION")))
    sig = [(lab("Approved by", "Approuvé par"), f"{approver}, {lab('Director General', 'Directeur général')}")]
    if classifier:
        sig.append((lab("Classified by", "Classifié par"), f"{classifier}, {lab('Classification Advisor', 'Conseillère en classification')}"))
    B.append(("kv", sig))
    for n in (incumbent, approver, classifier):
        if n and n not in people:
            people.append(n)
    language = "bilingual" if (mark == "cover" or bil_annex) else lang
    truth = dict(title=p["title"], classification=fam["cls"], job_code=fam["job"], position_number=p["num"],
                 effective_date=fam["eff"] if show_eff else None,
                 supervisor=dict(position_number=sup_num if sup_num_shown else None, title=sup_title,
                                 classification=fam["sup_cls"]),
                 direct_reports=reps, salary=salary, o_and_m=om, total=total if show_total else None,
                 location=p["location"])
    also = dict(department=fam["dept"], generic_title=fam["generic"], fte=p["fte"], mark=mark,
                generic_example_figures=example, annex_two_pages=bool(twopage and mark not in ("section",)))
    if language == "bilingual" or mark == "cover":
        also["title_fr" if not fr else "title_en"] = p["title_alt"]
    if amend_note:
        also["amendment"] = amend_note
    return B, truth, also, people, language


# ---------------------------------------------------------------- rendering
def md_render(B):
    out = []
    for b in B:
        t = b[0]
        if t == "h1":
            out += [f"# {b[1]}", ""]
        elif t == "h2":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"* **{k}:** {v}" for k, v in b[1]] + [""]
        elif t == "ul":
            out += [f"* {x}" for x in b[1]] + [""]
        elif t == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            _, h, rows, bold, _, _ = b
            out.append("| " + " | ".join(h) + " |")
            out.append("|" + "---|" * len(h))
            for i, row in enumerate(rows):
                cells = [f"**{c}**" if (bold == i and c) else c for c in row]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
        elif t == "break":
            out += ["---", ""]
    return "\n".join(out)


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


def text_pages(B, width=90):
    """Plain text lines, as pages (list of list of lines)."""
    pages, cur = [], []
    for b in B:
        t = b[0]
        if t == "h1":
            cur += [b[1], "=" * min(len(b[1]), width), ""]
        elif t == "h2":
            cur += [b[1], ""]
        elif t == "p":
            cur += wrap(b[1], width) + [""]
        elif t == "kv":
            cur += [f"{k}: {v}" for k, v in b[1]] + [""]
        elif t == "ul":
            cur += [f"- {x}" for x in b[1]] + [""]
        elif t == "ol":
            for i, x in enumerate(b[1], 1):
                ls = wrap(x, width - 4)
                cur += [f"{i}.  {ls[0]}"] + [f"    {l}" for l in ls[1:]]
            cur.append("")
        elif t == "table":
            _, h, rows, bold, two, cont = b
            widths = [max(len(h[i]), *(len(r[i]) for r in rows)) for i in range(len(h))]
            fmt = lambda r: "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
            if two and len(rows) > 3:
                half = (len(rows) + 1) // 2
                cur += [fmt(h)] + [fmt(r) for r in rows[:half]] + [""]
                pages.append(cur)
                cur = [cont, "", fmt(h)] + [fmt(r) for r in rows[half:]] + [""]
            else:
                cur += [fmt(h)] + [fmt(r) for r in rows] + [""]
        elif t == "break":
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages


OCR_DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}
OCR_DIG2 = {"1": "I", "0": "o", "2": "Z"}


def ocr_damage(line, r, rate):
    out = []
    for i, ch in enumerate(line):
        if ch.isdigit() and r.random() < rate:
            out.append((OCR_DIG if r.random() < 0.7 else OCR_DIG2).get(ch, ch))
        elif ch == "m" and r.random() < rate / 3:
            out.append("rn")
        elif ch == "e" and r.random() < rate / 5:
            out.append("c")
        elif ch in "éèà" and r.random() < rate * 2:
            out.append({"é": "e", "è": "e", "à": "a"}[ch])
        elif ch == " " and r.random() < rate / 6:
            out.append("")
        elif ch in "►\u00a0":
            out.append({"►": ">", "\u00a0": " "}[ch])
        else:
            out.append(ch)
    return "".join(out)


def ocr_render(B, r, header, rate):
    pages = text_pages(B, 72)
    out = []
    n = len(pages)
    for pi, pg in enumerate(pages):
        lines = []
        if pi:
            lines += [header, ""]
        for l in pg:
            if len(l) > 72 and "  " not in l:
                ls = wrap(l, 70)
                for j, x in enumerate(ls[:-1]):
                    nxt = ls[j + 1]
                    if r.random() < 0.3 and len(nxt.split()[0]) > 6:
                        w = nxt.split()[0]
                        cut = len(w) // 2
                        ls[j] = x + " " + w[:cut] + "-"
                        ls[j + 1] = w[cut:] + nxt[len(w):]
                lines += ls
            else:
                lines.append(l)
        lines = [ocr_damage(l, r, rate) for l in lines]
        foot = r.choice([f"Page {pi + 1} of {n}", f"- {pi + 1} -", f"{pi + 1}"])
        lines += ["", foot.center(60).rstrip()]
        out.append("\n".join(lines))
    return "\n\f".join(out) + "\n"


def docx_render(B, author):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.created = datetime.datetime(2023, 1, 1)
    d.core_properties.modified = datetime.datetime(2023, 1, 1)
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    for b in B:
        t = b[0]
        if t == "h1":
            d.add_heading(b[1], level=1)
        elif t == "h2":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                c[0].text, c[1].text = k, v
            d.add_paragraph("")
        elif t in ("ul", "ol"):
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet" if t == "ul" else "List Number")
        elif t == "table":
            _, h, rows, bold, two, cont = b
            chunks = [rows]
            if two and len(rows) > 3:
                half = (len(rows) + 1) // 2
                chunks = [rows[:half], rows[half:]]
            base = 0
            for ci, ch in enumerate(chunks):
                if ci:
                    d.add_page_break()
                    d.add_paragraph(cont)
                tb = d.add_table(rows=1, cols=len(h))
                tb.style = "Table Grid"
                for i, x in enumerate(h):
                    tb.rows[0].cells[i].text = x
                for ri, row in enumerate(ch):
                    cells = tb.add_row().cells
                    for i, x in enumerate(row):
                        cells[i].text = x
                        if bold == base + ri:
                            for run in cells[i].paragraphs[0].runs:
                                run.bold = True
                base += len(ch)
            d.add_paragraph("")
        elif t == "break":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def pdf_render(B):
    pages = text_pages(B, 95)
    fixed = []
    for pg in pages:
        lines = [l.replace("\u00a0", " ").replace("►", ">>") for l in pg]
        while len(lines) > 68:
            fixed.append("\n".join(lines[:68]))
            lines = lines[68:]
        fixed.append("\n".join(lines))
    return pdf_bytes(fixed)


# ---------------------------------------------------------------- file names
def file_name(plan, kind, suffix=""):
    p, fam, r, mark = plan["p"], plan["p"]["fam"], plan["rng"], plan["mark"]
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt"}[kind]
    fr = fam["lang"] == "fr"
    if mark == "filename":
        base = r.choice([f"{fam['generic']} - generic - {p['num']}", f"Generic {fam['cls']} {fam['job']} - pos {p['num']} ({p['q']})",
                         f"{p['num']} {p['title']}"]) if not fr else \
            r.choice([f"Générique {fam['cls']} - poste {p['num']}", f"DT générique {fam['job']} - {p['num']} - {p['q']}"])
    else:
        opts = [f"{p['title']}", f"{fam['cls']} generic - {p['q']}", f"WD {p['num']}", f"{p['title']} - signed",
                f"Generic {fam['job']} annex - {p['q']}"]
        if fr:
            opts = [p["title"], f"Description de travail – {p['q']}", f"DT {p['num']} - signée", f"{fam['cls']} générique ({p['q']})"]
        if kind == "ocr":
            opts = [f"Scan_{fam['cls']}_{p['num']}", f"img{4000 + plan['idx'] * 13} {p['q']} OCR", f"scan {p['title']}"]
        base = r.choice(opts)
    base = base.replace("/", "-")
    return base + suffix + ext


# ---------------------------------------------------------------- write
def yaml_scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    return "'" + s.replace("'", "''") + "'"


def yaml_dump(obj, ind=0):
    sp = "  " * ind
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append(f"{sp}{k}:")
            out += yaml_dump(v, ind + 1)
        elif isinstance(v, list):
            if not v:
                out.append(f"{sp}{k}: []")
                continue
            out.append(f"{sp}{k}:")
            for x in v:
                if isinstance(x, dict):
                    items = list(x.items())
                    out.append(f"{sp}- {items[0][0]}: {yaml_scalar(items[0][1])}")
                    for kk, vv in items[1:]:
                        out.append(f"{sp}  {kk}: {yaml_scalar(vv)}")
                else:
                    out.append(f"{sp}- {yaml_scalar(x)}")
        else:
            out.append(f"{sp}{k}: {yaml_scalar(v)}")
    return out


def not_stated(f):
    ns = []
    for k, v in f.items():
        if k == "supervisor":
            ns += [f"supervisor.{kk}" for kk, vv in v.items() if vv is None]
        elif k == "direct_reports":
            if v is None:
                ns.append(k)
        elif v is None:
            ns.append(k)
    return ns


def refuse_documents():
    out = []
    # 1. a generic with every covered position in its annex, none marked, the file naming none
    plan = dict(p=fam_positions(0)[0], kind="docx", mark="none", rng=random.Random(186801), idx=45)
    B, _, _, people, _ = build(plan)
    out.append(("Generic EX-01 Director Regional Client Services - all positions.docx", "docx", "en",
                docx_render(B, people[0]), people))
    # 2. a French generic without its annex (a model)
    plan = dict(p=fam_positions(5)[0], kind="markdown", mark="none", rng=random.Random(186802), idx=46)
    B, _, _, people, _ = build(plan)
    cut = next(i for i, b in enumerate(B) if b[0] == "h1" and b[1].startswith("ANNEX"))
    B = B[:cut] + [b for b in B[cut:] if b[0] == "h2" and b[1] == "APPROBATION"] + [B[-1]]
    out.append(("Modèle - DT générique EX-02 Santé des Premières Nations et des Inuits.md", "markdown", "fr",
                md_render(B).encode("utf-8"), people))
    # 3. a list of positions sharing a generic, no description
    fam = FAMILIES[1]
    lines = [f"Positions covered by generic work description {fam['job']} ({fam['generic']}, {fam['cls']})",
             f"Source: Classification, extract of {date_text('2024-05-06', 'en', 1)}", "",
             "Position   Title                                              Location                 FTEs  Salary budget"]
    for q in fam_positions(1):
        lines.append(f"{q['num']:<10} {q['title']:<50} {q['location']:<24} {q['fte']:>4}  ${q['salary']:,}")
    lines += ["", "Prepared by Keziah Morneault, Classification Advisor. Positions not listed use a "
              "position-specific description."]
    txt = "\r\n".join(lines).replace("'", "\u2019") + "\r\n"
    out.append(("List of positions - generic 105122 (Case Processing Centres).txt", "text-cp1252", "en",
                txt.encode("cp1252"), ["Keziah Morneault"]))
    # 4. a memo on the review of a generic
    fam = FAMILIES[2]
    ps = fam_positions(2)
    memo = [
        "MEMORANDUM", "", f"TO: Directors General, Program Operations", "FROM: Osric Vandermeer, Director, Classification and Organization",
        f"DATE: {date_text('2024-01-22', 'en', 1)}", f"SUBJECT: Review of generic work description {fam['job']} ({fam['cls']})", "",
        *wrap(f"The generic work description for the {fam['generic']} positions ({fam['cls']}, job code {fam['job']}) "
              f"will be reviewed this fiscal year. It currently covers {len(ps)} positions, among them {ps[0]['num']} "
              f"({ps[0]['title']}, {ps[0]['location']}) and {ps[2]['num']} ({ps[2]['title']}). Please send any "
              "changes to the organization of your regional units, their FTEs or their budgets (salary and O&M) by "
              f"{date_text('2024-03-01', 'en', 1)}.", 90), "",
        *wrap("Until the review is complete, the annex of positions remains in force; the illustrative figures of "
              "the generic's Dimensions section are not to be used for any position.", 90), "",
        "Osric Vandermeer"]
    out.append(("Memo - review of generic 103977.txt", "text", "en", ("\n".join(memo) + "\n").encode("utf-8"),
                ["Osric Vandermeer"]))
    # 5. a scan without a text layer
    out.append(("Scan_2024-02-14 generic EX-03 annex.pdf", "pdf", "en", pdf_bytes(["", "", ""]), []))
    return out


def main():
    cdir, edir = os.path.join(HERE, "corpus"), os.path.join(HERE, "expected")
    for d in (cdir, edir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    names = set()
    records = []

    def emit(name, data, truth):
        assert name not in names, name
        names.add(name)
        with open(os.path.join(cdir, name), "wb") as fh:
            fh.write(data)
        records.append((name, truth))

    def render(plan, kind, B, people):
        r = plan["rng"]
        if kind == "markdown":
            return md_render(B).encode("utf-8"), {}
        if kind in ("text", "text-cp1252"):
            txt = "\n\n".join("\n".join(pg) for pg in text_pages(B, 90)) + "\n"
            if kind == "text":
                return txt.encode("utf-8"), {}
            txt = txt.replace("'", "\u2019").replace("\u00a0", " ").replace("►", ">>").replace("\n", "\r\n")
            return txt.encode("cp1252"), {}
        if kind == "ocr":
            rate = r.choice([0.05, 0.12, 0.12, 0.25])
            hdr = f"{plan['p']['fam']['dept'].upper()} - {plan['p']['fam']['generic']}"
            return ocr_render(B, r, hdr, rate).encode("utf-8"), {"damage": {0.05: "light", 0.12: "medium", 0.25: "heavy"}[rate]}
        if kind == "docx":
            return docx_render(B, people[-1] if people else "HR"), {}
        if kind == "pdf":
            return pdf_render(B), {}

    done = {}
    for plan in PLAN:
        B, truth, also, people, language = build(plan)
        name = file_name(plan, plan["kind"])
        data, extra = render(plan, plan["kind"], B, people)
        also.update(extra)
        done[plan["idx"]] = (name, plan)
        emit(name, data, dict(kind=plan["kind"], language=language, fields=truth, also=also, people=people, versions=None))
    # versions: amended annexes for two positions, and one plain copy "(1)"
    vers = []
    for j, (idx, d_sal, d_om, sup, days) in enumerate([(2, 120000, -35000, None, 240), (17, 210000, 54000, True, 400)]):
        old_name, plan = done[idx]
        p = plan["p"]
        plan2 = dict(plan, kind=KINDS_EXTRA[j], rng=random.Random(186900 + j))
        if plan2["mark"] == "filename" or plan2["mark"] == "bold":
            plan2["mark"] = "arrow"
        y, m, dd = (int(x) for x in p["fam"]["eff"].split("-"))
        date = (datetime.date(y, m, dd) + datetime.timedelta(days=days + 365)).isoformat()
        am = dict(d_salary=d_sal, d_om=d_om, date=date,
                  sup=(p["sup_title"].replace("Director General,", "Director General, Regional") if p["fam"]["lang"] == "en"
                       else p["sup_title"] + " et Nord", "7" + p["sup_num"][1:]) if sup else None)
        B, truth, also, people, language = build(plan2, amendment=am)
        name = file_name(plan2, plan2["kind"], " - amended")
        data, extra = render(plan2, plan2["kind"], B, people)
        also.update(extra)
        v = dict(documents=[old_name, name], newest=name, same_text=False,
                 note=f"the newer document adds Amendment No. 1 ({date}) to Annex A: salary and O&M"
                      + (" and supervisor" if sup else "") + " of this position changed")
        emit(name, data, dict(kind=plan2["kind"], language=language, fields=truth, also=also, people=people, versions=v))
        vers.append((old_name, v))
    old_name, plan = done[9]
    data = open(os.path.join(cdir, old_name), "rb").read()
    base, ext = os.path.splitext(old_name)
    copy = f"{base} (1){ext}"
    rec = dict(next(t for n, t in records if n == old_name))
    v = dict(documents=[old_name, copy], newest=copy, same_text=True, note="a second copy of the same file")
    rec["versions"] = v
    emit(copy, data, rec)
    vers.append((old_name, v))
    recs = dict(records)
    for old, v in vers:
        recs[old] = dict(recs[old], versions=v)
    records[:] = [(n, recs[n]) for n, _ in records]
    # documents to refuse
    for name, kind, lang, data, people in refuse_documents():
        emit(name, data, dict(kind=kind, language=lang, fields=None, also={}, people=people, versions=None, refuse=True))
        recs[name] = records[-1][1]
    for name, t in records:
        doc = {"document": name, "kind": t["kind"], "language": t["language"],
               "outcome": "refuse" if t.get("refuse") else "import", "fields": None}
        lines = [f"document: {yaml_scalar(name)}", f"kind: {t['kind']}", f"language: {t['language']}",
                 f"outcome: {doc['outcome']}"]
        if t["fields"] is None:
            lines.append("fields: null")
            lines.append("not_stated: []")
        else:
            lines.append("fields:")
            lines += yaml_dump(t["fields"], 1)
            ns = not_stated(t["fields"])
            lines += yaml_dump({"not_stated": ns})
        lines += yaml_dump({"also": t["also"]}) if t["also"] else ["also: {}"]
        lines += yaml_dump({"people": t["people"]})
        if t["versions"]:
            lines += yaml_dump({"versions": t["versions"]})
        else:
            lines.append("versions: null")
        with open(os.path.join(edir, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
