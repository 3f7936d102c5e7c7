"""Writes the blind144 corpus: fillable work-description forms (flattened PDFs, tooltip dumps, checkbox
forms, comb fields), the same forms printed and scanned (OCR), re-typed in Word, and a few form exports.

    /work/main/.venv/bin/python bench/import/blind144/make_blind.py

Deterministic: fixed seeds, fixed .docx core properties and zip timestamps.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
X, O = "\u2612", "\u2610"   # ☒ ☐

# ---------------------------------------------------------------- positions

NUMSTYLE = {"TC": 8, "VAC": 8, "SSC": 8, "DFO": 6, "AAFC": 5, "PCH": 6, "ECCC": 6, "ISC": 5, "JUS": 6, "PS": 5}


def posno(rng, dept):
    n = NUMSTYLE[dept]
    if n == 8:
        return "00" + str(rng.randint(100000, 999999))
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


LANGREQ = ["bilingual-imperative", "bilingual-non-imperative", "english-essential", "french-essential"]
SECURITY = ["reliability", "secret", "top-secret"]


def build_positions():
    rng = random.Random(144)
    positions = {}
    names = [(g, f) for g in texts.GIVEN for f in texts.FAMILY
             if (g, f) not in {("Yseult", "Penhallow"), ("Gaspard", "Ravensworth")}]
    rng.shuffle(names)
    name_iter = iter(names)
    for key, dept, ten, tfr, cls, loc, sup, grp in texts.POSITIONS:
        p = dict(key=key, dept=dept, title=ten, title_fr=tfr, cls=cls, loc=loc, grp=grp)
        p["posno"] = posno(rng, dept)
        p["job_code"] = str(rng.randint(100100, 109899)) if rng.random() > 0.12 else None
        p["date"] = dt.date(rng.randint(2016, 2025), rng.choice([1, 4, 4, 6, 9, 10, 11]), rng.choice([1, 1, 1, 15, 3, 22]))
        p["sup"] = dict(title=sup[0], title_fr=sup[1], cls=sup[2], posno=posno(rng, dept) if rng.random() > 0.25 else None)
        pool = list(texts.REPORTS[grp])
        rng.shuffle(pool)
        k = rng.randint(3, min(6, len(pool)))
        reps = []
        for t_en, t_fr, levels in pool[:k]:
            fte = rng.choice([1, 1]) if levels[0].startswith(("AS-0", "CR")) and "Assistant" in t_en else rng.randint(4, 42)
            if grp == "EXD" and "Director" in t_en:
                fte = rng.randint(18, 95)
            reps.append(dict(title=t_en, title_fr=t_fr, cls=rng.choice(levels), fte=fte))
        p["reports"] = reps
        p["fte"] = sum(r["fte"] for r in reps) + rng.randint(1, 6)
        p["salary"] = round(p["fte"] * rng.randint(88, 118), -1) * 1000
        p["om"] = rng.randint(12, 900) * 1000 * (10 if rng.random() < 0.2 else 1)
        p["total_stated"] = rng.random() > 0.2
        p["langreq"] = rng.choice(LANGREQ[:2] * 3 + LANGREQ[2:])
        p["security"] = rng.choice(SECURITY[:2] * 2 + SECURITY[2:])
        p["tenure"] = "indeterminate"
        p["incumbent"] = next(name_iter) if rng.random() > 0.3 else None
        p["manager"] = next(name_iter)
        p["classifier"] = next(name_iter)
        p["signed"] = p["date"] - dt.timedelta(days=rng.randint(10, 90))
        p["new"] = False
        p["ga"] = rng.randrange(3)
        p["sa"] = rng.sample(range(6), 4)
        positions[key] = p
    # supervisors present in the corpus
    for sub, boss in [("rail-safety", "rail-dg"), ("dangerous-goods", "rail-dg"), ("vac-benefits", "vac-cod")]:
        b = positions[boss]
        positions[sub]["sup"]["posno"] = b["posno"]
        positions[sub]["reports_to_in_corpus"] = boss
    rd = positions["rail-dg"]
    rs, dg = positions["rail-safety"], positions["dangerous-goods"]
    rd["reports"][:2] = [dict(title=rs["title"], title_fr=rs["title_fr"], cls="EX-01", fte=rs["fte"]),
                         dict(title=dg["title"], title_fr=dg["title_fr"], cls="EX-02", fte=dg["fte"])]
    rd["fte"] = sum(r["fte"] for r in rd["reports"]) + 3
    rd["salary"] = rd["fte"] * 104000
    vc, vb = positions["vac-cod"], positions["vac-benefits"]
    vc["reports"][0] = dict(title=vb["title"], title_fr=vb["title_fr"], cls="EX-01", fte=vb["fte"])
    vc["fte"] = sum(r["fte"] for r in vc["reports"]) + 4
    vc["salary"] = vc["fte"] * 97000
    # special cases
    positions["isc-emerg"]["new"] = True            # "New position ☒": no number yet
    positions["isc-emerg"]["posno"] = None
    positions["ps-emerg"]["former_cls"] = "EX-01"    # reclassification: EX-01 -> EX-02
    positions["jus-legal"]["job_code"] = positions["jus-legal"]["job_code"] or "105530"
    positions["eccc-ghg"]["job_code"] = None
    positions["pch-museums"]["date"] = dt.date(2019, 4, 1)
    positions["pch-museums"]["signed"] = dt.date(2019, 3, 11)
    positions["agri-market"]["tenure"] = "term"
    positions["aafc-cfo"]["job_code"] = "104477"
    return positions


# ---------------------------------------------------------------- labels and notations

L = {
    "en": dict(form="EXECUTIVE WORK DESCRIPTION", dept="Department / Agency", title="Position Title",
               posno="Position Number", job="Job Code", cls="Group and Level", date="Effective Date",
               loc="Work Location (City, Province)", lang="Language Requirements", sec="Security Level",
               ten="Tenure", sup="SUPERVISOR", sup_title="Supervisor's Position Title",
               sup_posno="Supervisor's Position Number", sup_cls="Supervisor's Group and Level",
               reps="DIRECT REPORTS", rep_t="Position Title", rep_c="Group/Level", rep_f="FTEs",
               dims="DIMENSIONS", fte="Total FTEs", sal="Salary", om="O&M", tot="Total", inc="Incumbent",
               ga="GENERAL ACCOUNTABILITY", sa="SPECIFIC ACCOUNTABILITIES", sig="SIGNATURES",
               mgr="Manager", clsf="Classification Advisor", signed="Date signed", new="New position",
               yes="Yes", no="No", former="Former Group and Level",
               langs={"english-essential": "English essential", "french-essential": "French essential",
                      "bilingual-imperative": "Bilingual imperative", "bilingual-non-imperative": "Bilingual non-imperative"},
               secs={"reliability": "Reliability", "secret": "Secret", "top-secret": "Top Secret"},
               tens={"indeterminate": "Indeterminate", "term": "Term"}),
    "fr": dict(form="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", dept="Ministère / organisme",
               title="Titre du poste", posno="Numéro du poste", job="Code d'emploi", cls="Groupe et niveau",
               date="Date d'entrée en vigueur", loc="Lieu de travail (ville, province)",
               lang="Exigences linguistiques", sec="Niveau de sécurité", ten="Durée d'emploi", sup="SUPERVISEUR",
               sup_title="Titre du poste du superviseur", sup_posno="Numéro du poste du superviseur",
               sup_cls="Groupe et niveau du superviseur", reps="SUBORDONNÉS DIRECTS", rep_t="Titre du poste",
               rep_c="Groupe/niveau", rep_f="ETP", dims="DIMENSIONS", fte="ETP total", sal="Salaires",
               om="F et E", tot="Total", inc="Titulaire", ga="RESPONSABILITÉ GÉNÉRALE",
               sa="RESPONSABILITÉS SPÉCIFIQUES", sig="SIGNATURES", mgr="Gestionnaire",
               clsf="Conseiller en classification", signed="Date de signature", new="Nouveau poste",
               yes="Oui", no="Non", former="Groupe et niveau antérieurs",
               langs={"english-essential": "Anglais essentiel", "french-essential": "Français essentiel",
                      "bilingual-imperative": "Bilingue impératif", "bilingual-non-imperative": "Bilingue non impératif"},
               secs={"reliability": "Cote de fiabilité", "secret": "Secret", "top-secret": "Très secret"},
               tens={"indeterminate": "Indéterminée", "term": "Déterminée"}),
}


def lab(lang, key):
    if lang == "bi":
        return f"{L['en'][key]} / {L['fr'][key]}"
    return L[lang][key]


def vlang(lang, vals):
    return "fr" if vals == "fr" else ("en" if lang == "bi" else lang)


def money(n, style):
    if style == "comma":
        return f"${n:,}"
    if style == "cents":
        return f"{n:,}.00"
    if style == "frspace":
        return f"{n:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "frcents":
        return f"{n:,}".replace(",", " ") + ",00 $"
    if style == "plain":
        return str(n)
    if style == "M":
        return f"${n / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${n // 1000:,}K"
    raise ValueError(style)


MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def datefmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "comb":
        return " ".join(d.isoformat())
    if style == "comb8":
        return " ".join(d.strftime("%Y%m%d"))
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "long-en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "long-fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


def datelabel(lang, style):
    base = lab(lang, "date")
    hint = {"iso": ("YYYY-MM-DD", "AAAA-MM-JJ"), "comb": ("YYYY-MM-DD", "AAAA-MM-JJ"),
            "comb8": ("YYYYMMDD", "AAAAMMJJ"), "slash": ("YYYY/MM/DD", "AAAA/MM/JJ"),
            "dmy": ("DD/MM/YYYY", "JJ/MM/AAAA")}.get(style)
    if not hint:
        return base
    return f"{base} ({hint[0]}{' / ' + hint[1] if lang == 'bi' else ''})" if lang != "fr" else f"{base} ({hint[1]})"


def comb(s):
    return " ".join(s)


def boxes(lang, group, chosen, vals_lang, mark=(X, O), sep="  "):
    opts = L["fr" if vals_lang == "fr" else "en"][group]
    if lang == "bi":
        return sep.join(f"{mark[0] if k == chosen else mark[1]} {L['en'][group][k]} / {L['fr'][group][k]}" for k in opts)
    return sep.join(f"{mark[0] if k == chosen else mark[1]} {opts[k]}" for k in opts)


def title_of(p, vals):
    return p["title_fr"] if vals == "fr" else p["title"]


def dept_of(p, vals):
    e, f = texts.DEPTS[p["dept"]]
    return f if vals == "fr" else e


def loc_of(p, vals):
    e, f = texts.LOCATIONS[p["loc"]]
    return f if vals == "fr" else e


def sup_title_of(p, vals):
    return p["sup"]["title_fr"] if vals == "fr" else p["sup"]["title"]


def rep_title(r, vals):
    return r["title_fr"] if vals == "fr" else r["title"]


def person(n):
    return f"{n[0]} {n[1]}"


def ga_text(p, vals):
    if vals == "fr":
        return texts.GA_FR[p["ga"] % 2].format(sup=p["sup"]["title_fr"], title=p["title_fr"], unit=p["title_fr"].split(", ", 1)[-1])
    return texts.GA_EN[p["ga"]].format(sup=p["sup"]["title"], title=p["title"], unit=p["title"].split(", ", 1)[-1])


def sa_list(p, vals):
    src = texts.SA_FR if vals == "fr" else texts.SA_EN
    return [src[i] for i in p["sa"]]


FOOT = {"en": "TBS/SCT 3252 (Rev. 2009/04)", "fr": "TBS/SCT 3252 (Rév. 2009/04)", "bi": "TBS/SCT 3252 (Rev./Rév. 2009/04)"}


def page_of(lang, i, n):
    return {"en": f"Page {i} of {n}", "fr": f"Page {i} de {n}", "bi": f"Page {i} of/de {n}"}[lang]


def fields(p, lang, vals, o):
    """(label, value) pairs of the identification block, as the form prints them."""
    posno_v = "" if p["posno"] is None else (comb(p["posno"]) if o.get("comb_posno") else p["posno"])
    out = [(lab(lang, "dept"), dept_of(p, vals)), (lab(lang, "title"), title_of(p, vals))]
    if lang == "bi" and o.get("both_titles"):
        out[-1] = (lab(lang, "title"), f"{p['title']} / {p['title_fr']}")
    out += [(lab(lang, "posno"), posno_v)]
    if o.get("new_box") or p["new"]:
        lv = L["fr" if vals == "fr" else "en"]
        mx, mo = o["mark"] if o.get("pdf") else (X, O)
        y, n = (mx, mo) if p["new"] else (mo, mx)
        if vals == "fr":
            out.append((lab(lang, "new"), f"{lv['yes']} {y}   {lv['no']} {n}"))
        else:
            out.append((lab(lang, "new"), f"{y} {lv['yes']}   {n} {lv['no']}"))
    out += [(lab(lang, "job"), p["job_code"] or ""), (lab(lang, "cls"), p["cls"])]
    if p.get("former_cls"):
        out.append((lab(lang, "former"), p["former_cls"]))
    out += [(datelabel(lang, o["date"]), datefmt(p["date"], o["date"])), (lab(lang, "loc"), loc_of(p, vals))]
    return out


def sup_fields(p, lang, vals, o):
    sp = p["sup"]["posno"] or ""
    if sp and o.get("comb_posno"):
        sp = comb(sp)
    return [(lab(lang, "sup_title"), sup_title_of(p, vals)), (lab(lang, "sup_posno"), sp),
            (lab(lang, "sup_cls"), p["sup"]["cls"])]


def dim_fields(p, lang, o):
    out = [(lab(lang, "fte"), str(p["fte"])), (lab(lang, "sal"), money(p["salary"], o["money"])),
           (lab(lang, "om"), money(p["om"], o["money"]))]
    out.append((lab(lang, "tot"), money(p["salary"] + p["om"], o["money"]) if p["total_stated"] else ""))
    return out


# ---------------------------------------------------------------- renderers

def r_pdf_fields(p, lang, vals, o):
    """Flattened form: label then value on the same line (order as laid out, or as the tab order)."""
    lv = vlang(lang, vals)
    head = ["Government of Canada / Gouvernement du Canada", lab(lang, "form"),
            "PROTECTED B WHEN COMPLETED / PROTÉGÉ B UNE FOIS REMPLI" if lang == "bi" else
            ("PROTECTED B WHEN COMPLETED" if lang == "en" else "PROTÉGÉ B UNE FOIS REMPLI")]
    blocks = {
        "id": [f"{a}: {b}" for a, b in fields(p, lang, vals, o)],
        "checks": [f"{lab(lang, 'lang')}: {boxes(lang, 'langs', p['langreq'], lv, o['mark'])}",
                   f"{lab(lang, 'sec')}: {boxes(lang, 'secs', p['security'], lv, o['mark'])}",
                   f"{lab(lang, 'ten')}: {boxes(lang, 'tens', p['tenure'], lv, o['mark'])}"],
        "sup": [lab(lang, "sup")] + [f"{a}: {b}" for a, b in sup_fields(p, lang, vals, o)],
        "dims": [lab(lang, "dims")] + [f"{a}: {b}" for a, b in dim_fields(p, lang, o)],
    }
    order = o.get("order", ["id", "checks", "sup", "dims"])
    page1 = head + sum((blocks[k] for k in order), [])
    if o.get("shuffle"):
        rng = random.Random(p["key"])
        body = page1[len(head):]
        rng.shuffle(body)
        page1 = head + body
    page1 += ["", f"{FOOT[lang]}    {page_of(lang, 1, 3)}"]
    page2 = [lab(lang, "reps"), f"{lab(lang, 'rep_t')}   {lab(lang, 'rep_c')}   {lab(lang, 'rep_f')}"]
    page2 += [f"{rep_title(r, vals)}   {r['cls']}   {r['fte']}" for r in p["reports"]]
    page2 += ["", lab(lang, "ga"), *wrap(ga_text(p, vals)), "", lab(lang, "sa")]
    page2 += [f"{i}. {s}" for i, s in enumerate(sa_list(p, vals), 1)]
    page2 += ["", f"{FOOT[lang]}    {page_of(lang, 2, 3)}"]
    page3 = sig_lines(p, lang, vals) + ["", f"{FOOT[lang]}    {page_of(lang, 3, 3)}"]
    return [page1, page2, page3]


def sig_lines(p, lang, vals):
    out = [lab(lang, "sig")]
    if p["incumbent"]:
        out.append(f"{lab(lang, 'inc')}: {person(p['incumbent'])}")
    out += [f"{lab(lang, 'mgr')}: {person(p['manager'])}    {lab(lang, 'signed')}: {p['signed'].isoformat()}",
            f"{lab(lang, 'clsf')}: {person(p['classifier'])}    {lab(lang, 'signed')}: {(p['signed'] + dt.timedelta(days=6)).isoformat()}"]
    return out


def wrap(s, width=95):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return out + ([line] if line else [])


def r_pdf_labels_first(p, lang, vals, o):
    """Flattened form whose text layer gives the static labels first and the field values after."""
    lv = vlang(lang, vals)
    pairs = fields(p, lang, vals, o) + sup_fields(p, lang, vals, o) + dim_fields(p, lang, o)
    ck = [(lab(lang, "lang"), L[lv]["langs"][p["langreq"]]), (lab(lang, "sec"), L[lv]["secs"][p["security"]]),
          (lab(lang, "ten"), L[lv]["tens"][p["tenure"]])]
    pairs = pairs[:len(fields(p, lang, vals, o))] + ck + pairs[len(fields(p, lang, vals, o)):]
    pairs = [(a, (L[lv]["yes"] if p["new"] else L[lv]["no"]) if a == lab(lang, "new") else b) for a, b in pairs]
    page1 = ["Government of Canada / Gouvernement du Canada", lab(lang, "form")]
    page1 += [a for a, _ in pairs]
    page1 += [f"{FOOT[lang]}    {page_of(lang, 1, 2)}"]
    page1 += [b for _, b in pairs if b != ""]   # empty fields leave nothing in the text layer
    page2 = [lab(lang, "reps"), lab(lang, "rep_t"), lab(lang, "rep_c"), lab(lang, "rep_f")]
    for r in p["reports"]:
        page2 += [rep_title(r, vals), r["cls"], str(r["fte"])]
    page2 += [lab(lang, "ga"), *wrap(ga_text(p, vals)), lab(lang, "sig"), lab(lang, "mgr"), lab(lang, "clsf"),
              f"{FOOT[lang]}    {page_of(lang, 2, 2)}", person(p["manager"]), p["signed"].isoformat(),
              person(p["classifier"])]
    return [page1, page2]


TIPS = {
    "en": dict(dept="txtDepartment", title="txtPositionTitle", posno="txtPosNo", job="txtJobCode", cls="ddGroupLevel",
               date="dtEffective", loc="txtLocation", sup_title="txtSupTitle", sup_posno="txtSupPosNo",
               sup_cls="ddSupGroupLevel", fte="numFTE", sal="numSalary", om="numOandM", tot="numTotal",
               inc="txtIncumbent", mgr="sigManagerName", clsf="sigClassName", signed="dtSigned",
               lang="chkLang", sec="chkSec", ten="rbTenure", rep="tblReports.Row{}.{}", ga="txtGenAcc", new="chkNewPos",
               former="ddFormerGroupLevel"),
    "fr": dict(dept="txtMinistere", title="txtTitrePoste", posno="txtNoPoste", job="txtCodeEmploi", cls="ddGroupeNiveau",
               date="dtEntreeVigueur", loc="txtLieu", sup_title="txtTitreSuperviseur", sup_posno="txtNoPosteSup",
               sup_cls="ddGroupeNiveauSup", fte="numETP", sal="numSalaires", om="numFetE", tot="numTotal",
               inc="txtTitulaire", mgr="sigNomGestionnaire", clsf="sigNomClassif", signed="dtSignature",
               lang="chkLing", sec="chkSecu", ten="rbDuree", rep="tblSubordonnes.Ligne{}.{}", ga="txtRespGen", new="chkNouveau",
               former="ddGroupeNiveauAnt"),
}
CK_SUFFIX = {"english-essential": "AE", "french-essential": "FE", "bilingual-imperative": "BI",
             "bilingual-non-imperative": "BNI", "reliability": "Fiab", "secret": "Secret", "top-secret": "TS",
             "indeterminate": "Indeterminate", "term": "Term"}


def r_pdf_tooltips(p, lang, vals, o):
    """A form printed by a tool that writes each field's tooltip (name) beside its value."""
    t = TIPS[o.get("tips", "en")]
    amt = lambda n: money(n, o["money"])
    rows = [(t["dept"], dept_of(p, vals)), (t["title"], title_of(p, vals))]
    if lang == "bi":
        rows.append((t["title"] + ("FR" if o.get("tips", "en") == "en" else "EN"), p["title_fr"] if vals != "fr" else p["title"]))
    rows += [(t["posno"], "" if p["posno"] is None else comb(p["posno"]) if o.get("comb_posno") else p["posno"])]
    if p["new"]:
        rows.append((t["new"], "On"))
    rows += [(t["job"], p["job_code"] or ""), (t["cls"], p["cls"])]
    if p.get("former_cls"):
        rows.append((t["former"], p["former_cls"]))
    rows += [(t["date"], datefmt(p["date"], o["date"])), (t["loc"], loc_of(p, vals))]
    for k in ["english-essential", "french-essential", "bilingual-imperative", "bilingual-non-imperative"]:
        rows.append((t["lang"] + CK_SUFFIX[k], "On" if p["langreq"] == k else "Off"))
    for k in ["reliability", "secret", "top-secret"]:
        rows.append((t["sec"] + CK_SUFFIX[k], "Yes" if p["security"] == k else "Off"))
    rows.append((t["ten"], CK_SUFFIX[p["tenure"]]))
    sp = p["sup"]["posno"] or ""
    rows += [(t["sup_title"], sup_title_of(p, vals)), (t["sup_posno"], sp), (t["sup_cls"], p["sup"]["cls"])]
    for i, r in enumerate(p["reports"], 1):
        rows += [(t["rep"].format(i, "Title" if o.get("tips", "en") == "en" else "Titre"), rep_title(r, vals)),
                 (t["rep"].format(i, "GrpLvl" if o.get("tips", "en") == "en" else "GrNiv"), r["cls"]),
                 (t["rep"].format(i, "FTE" if o.get("tips", "en") == "en" else "ETP"), str(r["fte"]))]
    for i in range(len(p["reports"]) + 1, 9):
        rows.append((t["rep"].format(i, "Title" if o.get("tips", "en") == "en" else "Titre"), ""))
    rows += [(t["fte"], str(p["fte"])), (t["sal"], amt(p["salary"])), (t["om"], amt(p["om"])),
             (t["tot"], amt(p["salary"] + p["om"]) if p["total_stated"] else "")]
    if p["incumbent"]:
        rows.append((t["inc"], person(p["incumbent"])))
    rows += [(t["mgr"], person(p["manager"])), (t["signed"], p["signed"].isoformat()),
             (t["clsf"], person(p["classifier"]))]
    head = [o.get("tool", "Form data - EX_WD_3252_e.pdf"), ""]
    lines = [f"{a}: {b}" for a, b in rows]
    pages, n = [], 48
    chunks = [lines[i:i + n] for i in range(0, len(lines), n)]
    for i, c in enumerate(chunks, 1):
        pages.append((head if i == 1 else []) + c + ["", f"{FOOT[lang]}   {page_of(lang, i, len(chunks) + 1)}"])
    pages.append([t["ga"] + ":", *wrap(ga_text(p, vals)), "", f"{FOOT[lang]}   {page_of(lang, len(chunks) + 1, len(chunks) + 1)}"])
    return pages


def text_form(p, lang, vals, o):
    """The form as printed on paper (before the scan): a list of pages of lines."""
    lv = vlang(lang, vals)
    W = 84
    sepl = "+" + "-" * (W - 2) + "+"

    def row(a, b):
        return f"| {a}: {b}"

    pg1 = ["Government of Canada   Gouvernement du Canada", lab(lang, "form"), sepl]
    for a, b in fields(p, lang, vals, o):
        pg1.append(row(a, b))
    pg1 += [sepl, f"| {lab(lang, 'lang')}:", f"|   {boxes(lang, 'langs', p['langreq'], lv)}" if lang != "bi" else "",
            f"| {lab(lang, 'sec')}:   {boxes(lang, 'secs', p['security'], lv)}",
            f"| {lab(lang, 'ten')}:   {boxes(lang, 'tens', p['tenure'], lv)}", sepl]
    if lang == "bi":
        i = pg1.index("")
        pg1[i:i + 1] = [f"|   {X if p['langreq'] == k else O} {L['en']['langs'][k]} / {L['fr']['langs'][k]}" for k in L["en"]["langs"]]
    pg1 += [f"| {lab(lang, 'sup')}"] + [row(a, b) for a, b in sup_fields(p, lang, vals, o)] + [sepl]
    pg1 += [f"| {lab(lang, 'dims')}"] + [row(a, b) for a, b in dim_fields(p, lang, o)] + [sepl]
    pg2 = [f"| {lab(lang, 'reps')}", f"| {lab(lang, 'rep_t'):<58}| {lab(lang, 'rep_c'):<12}| {lab(lang, 'rep_f')}"]
    for r in p["reports"]:
        pg2.append(f"| {rep_title(r, vals):<58}| {r['cls']:<12}| {r['fte']}")
    pg2 += [sepl, lab(lang, "ga"), *wrap(ga_text(p, vals), 80), "", lab(lang, "sa")]
    pg2 += [f"{i}. {s}" for i, s in enumerate(sa_list(p, vals), 1)]
    pg3 = ["\x00" + s for s in sig_lines(p, lang, vals)]
    return [pg1, pg2, pg3]


# ---------------------------------------------------------------- OCR

DIGIT = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}
LETTER = [("m", "rn"), ("d", "cl"), ("e", "c"), ("h", "b"), ("l", "t"), ("i", "l")]
STRENGTH = {"light": (0.15, 0.004, 0.01), "middling": (0.35, 0.012, 0.03), "heavy": (0.6, 0.03, 0.06)}
BOXES = {"light": ("[X]", "[ ]"), "middling": ("IXI", "D"), "heavy": ("lXl", "O")}


def ocr(pages, lang, strength, seed, header):
    rng = random.Random(seed)
    pd, pl, pj = STRENGTH[strength]
    bx, bo = BOXES[strength]
    heavy_digits = strength == "heavy"
    out = []
    n = len(pages)
    for i, lines in enumerate(pages, 1):
        out.append(dmg_line(header, rng, pd, pl, 0, heavy_digits))
        out.append("")
        for line in lines:
            if line.startswith("\x00"):          # names are never damaged
                out.append(line[1:].replace(X, bx).replace(O, bo))
                continue
            line = line.replace(X, bx).replace(O, bo)
            if len(line) > 78 and rng.random() < 0.7:
                cut = line.rfind(" ", 40, 76)
                w = line[cut + 1:].split(" ")[0]
                if cut > 0 and len(w) > 6 and w.isalpha():
                    k = len(w) // 2
                    out.append(dmg_line(line[:cut + 1] + w[:k] + "-", rng, pd, pl, pj, heavy_digits))
                    out.append(dmg_line(line[cut + 1 + k:], rng, pd, pl, pj, heavy_digits))
                    continue
            out.append(dmg_line(line, rng, pd, pl, pj, heavy_digits))
        out.append("")
        out.append(dmg_line(f"{FOOT[lang]}          {page_of(lang, i, n)}", rng, pd, pl, 0, heavy_digits))
        out.append("\f")
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"


def dmg_line(line, rng, pd, pl, pj, heavy):
    toks = line.split(" ")
    res = []
    for t in toks:
        if any(c.isdigit() for c in t):
            t = "".join(rng.choice(DIGIT[c]) if c in DIGIT and (c not in "26" or heavy) and rng.random() < pd else c for c in t)
        elif t.isalpha() and len(t) > 3:
            for a, b in LETTER:
                if a in t[1:] and rng.random() < pl * 6:
                    j = t.index(a, 1)
                    t = t[:j] + b + t[j + 1:]
                    break
        res.append(t)
    s = ""
    for k, t in enumerate(res):
        if k == 0:
            s = t
        elif t and res[k - 1] and t.isalpha() and res[k - 1].isalpha() and rng.random() < pj:
            s += t
        else:
            s += " " + t
    return s


# ---------------------------------------------------------------- Word

def docx_form(p, lang, vals, o):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    lv = vlang(lang, vals)
    d.add_heading(lab(lang, "form"), level=1)
    if o.get("note"):
        d.add_paragraph(o["note"])
    tbl = d.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for a, b in fields(p, lang, vals, o):
        c = tbl.add_row().cells
        c[0].text, c[1].text = a, b
    for key, grp, ch in [("lang", "langs", p["langreq"]), ("sec", "secs", p["security"]), ("ten", "tens", p["tenure"])]:
        c = tbl.add_row().cells
        c[0].text = lab(lang, key)
        c[1].text = boxes(lang, grp, ch, lv, sep="\n" if lang == "bi" else "   ")
    d.add_heading(lab(lang, "sup"), level=2)
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for a, b in sup_fields(p, lang, vals, o):
        c = t2.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading(lab(lang, "reps"), level=2)
    t3 = d.add_table(rows=1, cols=3)
    t3.style = "Table Grid"
    for c, s in zip(t3.rows[0].cells, [lab(lang, "rep_t"), lab(lang, "rep_c"), lab(lang, "rep_f")]):
        c.text = s
    for r in p["reports"]:
        c = t3.add_row().cells
        c[0].text, c[1].text, c[2].text = rep_title(r, vals), r["cls"], str(r["fte"])
    d.add_heading(lab(lang, "dims"), level=2)
    t4 = d.add_table(rows=0, cols=2)
    t4.style = "Table Grid"
    for a, b in dim_fields(p, lang, o):
        c = t4.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading(lab(lang, "ga"), level=2)
    d.add_paragraph(ga_text(p, vals))
    d.add_heading(lab(lang, "sa"), level=2)
    for s in sa_list(p, vals):
        d.add_paragraph(s, style="List Number")
    d.add_heading(lab(lang, "sig"), level=2)
    for s in sig_lines(p, lang, vals)[1:]:
        d.add_paragraph(s)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = f"{FOOT[lang]}  -  {o.get('footer', 'retyped from the fillable form')}"
    return d


def save_docx(d, path):
    cp = d.core_properties
    cp.author = "HR"
    cp.last_modified_by = "HR"
    cp.created = cp.modified = dt.datetime(2024, 5, 1, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- exports and Markdown

def export_tab(p, lang, vals, o):
    """Adobe 'Export Data' as tab-delimited text: a row of field names, a row of values."""
    t = TIPS[o.get("tips", "en")]
    names = [t["dept"], t["title"], t["posno"], t["job"], t["cls"], t["date"], t["loc"], t["lang"], t["sec"],
             t["ten"], t["sup_title"], t["sup_posno"], t["sup_cls"]]
    lv = vlang(lang, vals)
    values = [dept_of(p, vals), title_of(p, vals), p["posno"] or "", p["job_code"] or "", p["cls"],
              datefmt(p["date"], o["date"]), loc_of(p, vals), CK_SUFFIX[p["langreq"]], CK_SUFFIX[p["security"]],
              CK_SUFFIX[p["tenure"]], sup_title_of(p, vals), p["sup"]["posno"] or "", p["sup"]["cls"]]
    for i in range(1, 7):
        r = p["reports"][i - 1] if i <= len(p["reports"]) else None
        for part, v in [("Title" if o.get("tips", "en") == "en" else "Titre", rep_title(r, vals) if r else ""),
                        ("GrpLvl" if o.get("tips", "en") == "en" else "GrNiv", r["cls"] if r else ""),
                        ("FTE" if o.get("tips", "en") == "en" else "ETP", str(r["fte"]) if r else "")]:
            names.append(t["rep"].format(i, part))
            values.append(v)
    names += [t["fte"], t["sal"], t["om"], t["tot"], t["mgr"], t["signed"]]
    values += [str(p["fte"]), money(p["salary"], o["money"]), money(p["om"], o["money"]),
               money(p["salary"] + p["om"], o["money"]) if p["total_stated"] else "", person(p["manager"]),
               p["signed"].isoformat()]
    return "\t".join(names) + "\n" + "\t".join(values) + "\n"


def markdown_form(p, lang, vals, o):
    lv = vlang(lang, vals)
    md = [f"# {lab(lang, 'form')}", "", o.get("intro", "_Transcribed from the fillable PDF._"), ""]
    for a, b in fields(p, lang, vals, o):
        md.append(f"- **{a}:** {b}")
    for key, grp, ch in [("lang", "langs", p["langreq"]), ("sec", "secs", p["security"]), ("ten", "tens", p["tenure"])]:
        md += ["", f"**{lab(lang, key)}**", ""]
        for k in L["en"][grp]:
            name = f"{L['en'][grp][k]} / {L['fr'][grp][k]}" if lang == "bi" else L[lv][grp][k]
            md.append(f"- [{'x' if k == ch else ' '}] {name}")
    md += ["", f"## {lab(lang, 'sup')}", ""] + [f"- **{a}:** {b}" for a, b in sup_fields(p, lang, vals, o)]
    md += ["", f"## {lab(lang, 'reps')}", "", f"| {lab(lang, 'rep_t')} | {lab(lang, 'rep_c')} | {lab(lang, 'rep_f')} |",
           "|---|---|---|"] + [f"| {rep_title(r, vals)} | {r['cls']} | {r['fte']} |" for r in p["reports"]]
    md += ["", f"## {lab(lang, 'dims')}", ""] + [f"- **{a}:** {b}" for a, b in dim_fields(p, lang, o)]
    md += ["", f"## {lab(lang, 'ga')}", "", ga_text(p, vals), "", f"## {lab(lang, 'sig')}", ""]
    md += [f"- {s}" for s in sig_lines(p, lang, vals)[1:]]
    return "\n".join(md) + "\n"


def printed_text(p, lang, vals, o):
    """The form's 'Print to text' (cp1252, CRLF): label, dotted leader, value."""
    lv = vlang(lang, vals)
    out = [lab(lang, "form"), "=" * 60]
    for a, b in fields(p, lang, vals, o) + sup_fields(p, lang, vals, o):
        out.append(f"{a} {'.' * max(3, 44 - len(a))} {b}")
    out.append(f"{lab(lang, 'lang')}: {boxes(lang, 'langs', p['langreq'], lv, ('(X)', '( )'))}")
    out.append(f"{lab(lang, 'sec')}: {boxes(lang, 'secs', p['security'], lv, ('(X)', '( )'))}")
    out.append(f"{lab(lang, 'ten')}: {boxes(lang, 'tens', p['tenure'], lv, ('(X)', '( )'))}")
    out += ["", lab(lang, "reps")]
    for r in p["reports"]:
        out.append(f"  \u2022 {rep_title(r, vals)} \u2013 {r['cls']} \u2013 {r['fte']} {'ETP' if lv == 'fr' else 'FTEs'}")
    out += ["", lab(lang, "dims")] + [f"{a} {'.' * max(3, 44 - len(a))} {b}" for a, b in dim_fields(p, lang, o)]
    out += ["", lab(lang, "ga"), *wrap(ga_text(p, vals), 90).__iter__(), "",
            *sig_lines(p, lang, vals)]
    s = "\r\n".join(out) + "\r\n"
    return s.replace("'", "\u2019")


# ---------------------------------------------------------------- the documents

WD = []   # (file, kind, language, renderer, key, vals, options, extra)


def wd(file, kind, lang, how, key, vals=None, **o):
    o.setdefault("date", "iso")
    o.setdefault("money", "comma")
    o.setdefault("mark", ("[X]", "[ ]"))
    o["pdf"] = kind == "pdf"
    WD.append(dict(file=file, kind=kind, lang=lang, how=how, key=key, vals=vals or ("fr" if lang == "fr" else "en"), o=o))


# flattened PDFs, labels then values on one line (layout order or tab order)
wd("EX WD - Director Rail Safety Oversight - DRAFT.pdf", "pdf", "en", "tooltips", "rail-safety", date="comb", money="cents", comb_posno=True, tool="Field summary (Adobe Acrobat) - EX_WD_3252_e DRAFT.pdf")
wd("DG Rail Safety - 3252 form filled.pdf", "pdf", "en", "fields", "rail-dg", date="long-en", money="comma")
wd("TDG Executive Director WD (flattened).pdf", "pdf", "en", "labels_first", "dangerous-goods", date="slash", money="cents")
wd("Formulaire DT - Directeur Gestion aquaculture.pdf", "pdf", "fr", "fields", "aquaculture", date="long-fr", money="frspace", order=["sup", "id", "dims", "checks"])
wd("Science Pacific RD - work description form.pdf", "pdf", "en", "fields", "ios-science", date="comb", money="M", comb_posno=True, shuffle=True)
wd("NLO Director, Moncton – formulaire bilingue.pdf", "pdf", "bi", "fields", "fish-licensing", vals="fr", date="iso", money="frcents", both_titles=True)
wd("BRM Director Winnipeg_form_final.pdf", "pdf", "en", "labels_first", "agri-risk", date="iso", money="comma")
wd("Market Access Secretariat ED - formulaire - signed.pdf", "pdf", "bi", "fields", "agri-market", vals="en", date="comb8", money="comma", mark=("X", "_"))
wd("DG Opérations centralisées - ACC.pdf", "pdf", "fr", "labels_first", "vac-cod", date="iso", money="frspace")
wd("Case Management Policy Director (1).pdf", "pdf", "en", "tooltips", "vac-case", date="iso", money="plain")
wd("DGLO formulaire DT EX-03.pdf", "pdf", "bi", "tooltips", "pch-olang", vals="fr", tips="fr", date="iso", money="frcents", tool="Données du formulaire - DT_EX_3252_b.pdf")
wd("ECCC Wildlife Enforcement PNR - WD form.pdf", "pdf", "en", "fields", "eccc-wildlife", date="dmy", money="comma", order=["id", "sup", "checks", "dims"], shuffle=True)
wd("Plastiques et déchets DE - formulaire.pdf", "pdf", "fr", "tooltips", "eccc-plastics", tips="fr", date="comb", money="frspace", comb_posno=True, tool="Données du formulaire - DT_EX_3252_f.pdf")
wd("Enterprise Security Ops ED - WD.pdf", "pdf", "en", "fields", "ssc-cyber", date="iso", money="K", comb_posno=True)
wd("Enterprise Security Ops ED - WD (1).pdf", "pdf", "en", "same", "ssc-cyber")
wd("Emergency Mgmt Assistance MB - new position form.pdf", "pdf", "bi", "labels_first", "isc-emerg", vals="en", date="iso", money="comma", new_box=True)
wd("Directeur avocat général Droit immigration - formulaire.pdf", "pdf", "fr", "labels_first", "jus-legal", date="long-fr", money="frspace")
wd("GOC Executive Director reclassification - form.pdf", "pdf", "en", "tooltips", "ps-emerg", date="iso", money="comma")
wd("Museums Assistance Program Director 2024 - formulaire bilingue.pdf", "pdf", "bi", "fields", "pch-museums", vals="en", date="iso", money="comma", both_titles=True, v2=True)
# scanned forms (OCR)
OCR = [
    ("Rail Safety Oversight Director - signed scan.txt", "en", "rail-safety", "middling", dict(date="comb", comb_posno=True, money="cents", v2=True)),
    ("Marine Safety Atlantic RD scan.txt", "en", "marine-atl", "light", dict(date="long-en")),
    ("scan0007 - Ports pour petits bateaux Golfe.txt", "fr", "small-craft", "heavy", dict(date="long-fr", money="frspace")),
    ("Centre R&D Saint-Hyacinthe - DT numérisée.txt", "bi", "agri-research", "middling", dict(vals="fr", date="iso", money="frspace", comb_posno=True)),
    ("Disability Benefits Adjudication Director - scanned form.txt", "en", "vac-benefits", "light", dict(date="iso", money="comma")),
    ("RD Atlantique et Québec - formulaire signé (numérisé).txt", "fr", "vac-region", "middling", dict(date="comb", comb_posno=True, money="frcents", new_box=True)),
    ("Museums Assistance Director 2019 scan.txt", "en", "pch-museums", "heavy", dict(date="slash", money="comma")),
    ("Sport Support Program - WD scan OCR.txt", "bi", "pch-sport", "light", dict(vals="en", date="iso", money="comma", both_titles=True)),
    ("Opérations nationales de prévision - DT scan.txt", "fr", "eccc-weather", "heavy", dict(date="iso", money="frspace")),
    ("Data Centre Ops Director scan 2023-02-14.txt", "en", "ssc-network", "middling", dict(date="comb8", money="M")),
    ("First Nations Water Wastewater SK - scanned 3252.txt", "bi", "isc-water", "heavy", dict(vals="en", date="iso", money="comma", comb_posno=True)),
]
for f, lang, key, s, o in OCR:
    wd(f, "ocr", lang, "ocr", key, vals=o.pop("vals", None), strength=s, **o)
# Word, re-typed from the form
wd("Disability Benefits Adjudication Director - retyped.docx", "docx", "en", "docx", "vac-benefits", date="iso", money="comma")
wd("Pollutant Inventories Director - WD form (Word).docx", "docx", "en", "docx", "eccc-ghg", date="long-en", money="comma")
wd("Contact Centre Services Director, Montréal.docx", "docx", "bi", "docx", "ssc-telecom", vals="fr", date="iso", money="frspace", both_titles=True)
wd("IT Procurement Strategy - DT formulaire retapé.docx", "docx", "fr", "docx", "ssc-procure", date="long-fr", money="frspace")
wd("Primary Health Care ED - form retyped v2.docx", "docx", "en", "docx", "isc-health", date="comb", money="M", comb_posno=True)
wd("Éducation primaire et secondaire - Directeur - DT.docx", "docx", "fr", "docx", "isc-education", date="iso", money="frcents")
wd("Court Services Administration Director - form.docx", "docx", "en", "docx", "jus-admin", date="iso", money="cents", new_box=True)
wd("Crime Prevention Programs Director - bilingual form.docx", "docx", "bi", "docx", "ps-crime", vals="en", date="iso", money="comma", both_titles=True)
wd("Directeur régional Québec SP - formulaire.docx", "docx", "fr", "docx", "ps-regional", date="comb", money="frspace", comb_posno=True)
# exports, Markdown, printed to text
wd("Border Policy Director - form data export.txt", "text", "en", "export", "ps-borders", date="iso", money="plain")
wd("Services maritimes Ouest - export des données.txt", "text-cp1252", "fr", "export", "dfo-ccg", tips="fr", date="iso", money="plain")
wd("Civil Aviation Standards PNR - transcribed form.md", "markdown", "en", "markdown", "tc-aviation", date="iso", money="comma")
wd("Comptabilité ministérielle - formulaire transcrit.md", "markdown", "bi", "markdown", "aafc-cfo", vals="fr", date="iso", money="frspace")
wd("Family Law Policy Director - form printed to text.txt", "text-cp1252", "en", "printed", "jus-family", date="long-en", money="comma")

VERSIONS = [
    (["EX WD - Director Rail Safety Oversight - DRAFT.pdf", "Rail Safety Oversight Director - signed scan.txt"],
     "Rail Safety Oversight Director - signed scan.txt", False,
     "the signed scan of the form adds a report, and the FTEs, salary and effective date changed"),
    (["Disability Benefits Adjudication Director - scanned form.txt", "Disability Benefits Adjudication Director - retyped.docx"],
     "Disability Benefits Adjudication Director - retyped.docx", False, "the same form re-typed in Word: the same values"),
    (["Enterprise Security Ops ED - WD.pdf", "Enterprise Security Ops ED - WD (1).pdf"],
     "Enterprise Security Ops ED - WD (1).pdf", True, "the same file saved twice"),
    (["Museums Assistance Director 2019 scan.txt", "Museums Assistance Program Director 2024 - formulaire bilingue.pdf"],
     "Museums Assistance Program Director 2024 - formulaire bilingue.pdf", False,
     "2024 revision: new effective date, a new report, FTEs and budget changed"),
]


V2DATE = {"rail-safety": dt.date(2023, 1, 1), "pch-museums": dt.date(2024, 4, 1)}


def version2(p, rng):
    """The newer version of a position: a new date, one more report, new FTEs and budget."""
    q = {**p, "reports": [dict(r) for r in p["reports"]], "sup": dict(p["sup"])}
    q["date"] = V2DATE[p["key"]]
    pool = [r for r in texts.REPORTS[p["grp"]] if r[0] not in {x["title"] for x in q["reports"]}]
    t_en, t_fr, levels = pool[0]
    q["reports"].append(dict(title=t_en, title_fr=t_fr, cls=levels[0], fte=rng.randint(5, 15)))
    q["fte"] = sum(r["fte"] for r in q["reports"]) + 2
    q["salary"] = q["fte"] * 101000
    q["om"] = p["om"] + 55000
    q["signed"] = q["date"] - dt.timedelta(days=20)
    return q


# ---------------------------------------------------------------- refusals

def refusals(positions):
    out = []
    # 1. the blank bilingual form
    pages = [["Government of Canada / Gouvernement du Canada", lab("bi", "form")]
             + [f"{lab('bi', k)}:" for k in ["dept", "title", "posno", "job", "cls"]]
             + [f"{datelabel('bi', 'iso')}:", f"{lab('bi', 'loc')}:",
                f"{lab('bi', 'lang')}: " + boxes("bi", "langs", None, "en", ("[X]", "[ ]")),
                f"{lab('bi', 'sec')}: " + boxes("bi", "secs", None, "en", ("[X]", "[ ]")),
                f"{lab('bi', 'ten')}: " + boxes("bi", "tens", None, "en", ("[X]", "[ ]")),
                lab("bi", "sup")] + [f"{lab('bi', k)}:" for k in ["sup_title", "sup_posno", "sup_cls"]]
             + [lab("bi", "dims")] + [f"{lab('bi', k)}:" for k in ["fte", "sal", "om", "tot"]]
             + ["", f"{FOOT['bi']}    {page_of('bi', 1, 2)}"],
             [lab("bi", "reps"), f"{lab('bi', 'rep_t')}   {lab('bi', 'rep_c')}   {lab('bi', 'rep_f')}", "", "", "",
              lab("bi", "ga"), "", lab("bi", "sig"), f"{lab('bi', 'mgr')}:", f"{lab('bi', 'clsf')}:",
              "", f"{FOOT['bi']}    {page_of('bi', 2, 2)}"]]
    out.append(dict(file="EX_WD_3252_b - BLANK.pdf", kind="pdf", lang="bilingual", data=pdf_bytes(["\n".join(x) for x in pages]),
                    what="the bilingual fillable form with no field filled in", people=[]))
    # 2. only the checkboxes filled
    pages = [["Government of Canada / Gouvernement du Canada", lab("en", "form")]
             + [f"{lab('en', k)}:" for k in ["dept", "title", "posno", "job", "cls"]]
             + [f"{datelabel('en', 'iso')}:", f"{lab('en', 'loc')}:",
                f"{lab('en', 'lang')}: " + boxes("en", "langs", "bilingual-imperative", "en", ("[X]", "[ ]")),
                f"{lab('en', 'sec')}: " + boxes("en", "secs", "secret", "en", ("[X]", "[ ]")),
                f"{lab('en', 'ten')}: " + boxes("en", "tens", "indeterminate", "en", ("[X]", "[ ]")),
                f"{lab('en', 'new')}: [X] Yes   [ ] No",
                lab("en", "sup")] + [f"{lab('en', k)}:" for k in ["sup_title", "sup_posno", "sup_cls"]]
             + [lab("en", "dims")] + [f"{lab('en', k)}:" for k in ["fte", "sal", "om", "tot"]]
             + ["", f"{FOOT['en']}    {page_of('en', 1, 1)}"]]
    out.append(dict(file="new EX position - checkboxes only.pdf", kind="pdf", lang="en", data=pdf_bytes(["\n".join(x) for x in pages]),
                    what="the English form with only the checkboxes ticked (bilingual imperative, Secret, indeterminate, new position); every text field empty", people=[]))
    # 3. the form's instructions page
    instr = ["INSTRUCTIONS FOR COMPLETING THE EXECUTIVE WORK DESCRIPTION FORM (TBS/SCT 3252)", "",
             "1. Position Title: enter the title as it will appear in the organization chart, e.g. Director, Program Operations.",
             "2. Position Number: enter the eight-digit number from the HR system, e.g. 0 0 4 5 1 2 3 4 (one digit per box).",
             "   If the position is new, tick New position and leave the number blank.",
             "3. Job Code: the six-digit code of the approved executive job, e.g. 104217.",
             "4. Group and Level: select from the list (EX-01 to EX-05). For a reclassification, also complete Former Group and Level.",
             "5. Effective Date: one digit per box, YYYY-MM-DD, e.g. 2 0 1 9 - 0 4 - 0 1.",
             "6. Language Requirements: tick one box only ([X] Bilingual imperative, [ ] English essential ...).",
             "7. Security Level: tick Reliability, Secret or Top Secret.",
             "8. Supervisor: title, position number and group and level of the position this one reports to (e.g. Director General, EX-03).",
             "9. Direct Reports: one row per position; give the group and level and the FTEs of each unit.",
             "10. Dimensions: Salary and O&M in dollars (e.g. $2,960,000 and $71,000); the Total is calculated.",
             "Send the completed and signed form to your classification advisor. Do not send scans without a text layer.",
             "", f"{FOOT['en']}    Instructions - Page 1 of 1"]
    out.append(dict(file="Instructions - EX work description form 3252.pdf", kind="pdf", lang="en",
                    data=pdf_bytes(["\n".join(instr)]), what="the form's instructions page, with example values", people=[]))
    # 4. a scan without a text layer
    out.append(dict(file="Scan_2023-11-07_0912.pdf", kind="pdf", lang="en", data=pdf_bytes(["", "", ""]),
                    what="a three-page scan without a text layer (unreadable)", people=[]))
    # 5. the blank French form printed and scanned
    fr_pages = [["Gouvernement du Canada", lab("fr", "form"), "+" + "-" * 60 + "+"]
                + [f"| {lab('fr', k)}:" for k in ["dept", "title", "posno", "job", "cls"]]
                + [f"| {datelabel('fr', 'comb')}:  | | | | - | | - | |", f"| {lab('fr', 'loc')}:",
                   f"| {lab('fr', 'lang')}:  {boxes('fr', 'langs', None, 'fr')}",
                   f"| {lab('fr', 'sec')}:  {boxes('fr', 'secs', None, 'fr')}",
                   f"| {lab('fr', 'ten')}:  {boxes('fr', 'tens', None, 'fr')}", "| " + lab("fr", "sup")]
                + [f"| {lab('fr', k)}:" for k in ["sup_title", "sup_posno", "sup_cls"]]
                + ["| " + lab("fr", "dims")] + [f"| {lab('fr', k)}:" for k in ["fte", "sal", "om", "tot"]]]
    out.append(dict(file="Formulaire DT vierge (numérisé).txt", kind="ocr", lang="fr",
                    data=ocr(fr_pages, "fr", "middling", "blank-fr", "Formulaire TBS/SCT 3252 - version imprimable").encode("utf-8"),
                    what="the blank French form, printed and scanned", people=[]))
    # 6. a memo about the new electronic form
    import docx
    d = docx.Document()
    d.add_heading("NOTE DE SERVICE", level=1)
    d.add_paragraph("Destinataires : gestionnaires de postes de direction, Secteur des programmes")
    d.add_paragraph("Expéditrice : Yseult Penhallow, directrice, Classification et organisation")
    d.add_paragraph("Objet : nouveau formulaire électronique de description de travail (TBS/SCT 3252)")
    d.add_paragraph("À compter du 1er avril 2024, les descriptions de travail des postes EX-01 à EX-03 doivent être "
                    "présentées au moyen du formulaire à remplir. Les cases à cocher (exigences linguistiques, cote de "
                    "sécurité, durée) sont obligatoires. Les numéros de poste à huit chiffres s'inscrivent un chiffre par case.")
    d.add_paragraph("Les trois dossiers en cours (Directeur, Opérations de programme, EX-01, 42 ETP ; Directrice exécutive, "
                    "Services intégrés, EX-02, 118 ETP ; poste 00457731) seront convertis par notre équipe d'ici le 30 juin 2024.")
    d.add_paragraph("Pour toute question, écrivez à Gaspard Ravensworth, conseiller principal en classification.")
    out.append(dict(file="Note de service - nouveau formulaire électronique.docx", kind="docx", lang="fr", docx=d,
                    what="a French memo announcing the electronic form (positions, levels and FTEs in passing)",
                    people=["Yseult Penhallow", "Gaspard Ravensworth"]))
    return out


# ---------------------------------------------------------------- truth

def truth(doc, p, kind, lang):
    f = {
        "title": title_of(p, doc["vals"]),
        "classification": p["cls"],
        "job_code": p["job_code"],
        "position_number": p["posno"],
        "effective_date": p["date"],
        "supervisor": {"position_number": p["sup"]["posno"], "title": sup_title_of(p, doc["vals"]),
                       "classification": p["sup"]["cls"]},
        "direct_reports": [{"title": rep_title(r, doc["vals"]), "classification": r["cls"], "fte": r["fte"]}
                           for r in p["reports"]],
        "salary": p["salary"],
        "o_and_m": p["om"],
        "total": p["salary"] + p["om"] if p["total_stated"] else None,
        "location": loc_of(p, doc["vals"]),
    }
    ns = [k for k in ["job_code", "position_number"] if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if f["total"] is None:
        ns.append("total")
    how = doc["how"]
    also = {"department": dept_of(p, doc["vals"]), "fte": p["fte"], "form": FORM_NAMES[how],
            "language_requirement": p["langreq"], "security": p["security"], "tenure": p["tenure"]}
    if how in ("tooltips", "export", "markdown", "printed") or lang == "bi" or doc["kind"] == "ocr":
        pass
    if how == "export":
        also["language_requirement"] = p["langreq"]
    if lang == "bi" or (how == "tooltips" and lang == "bi"):
        also["title_fr"] = p["title_fr"]
        also["title_en"] = p["title"]
        also["values_language"] = "fr" if doc["vals"] == "fr" else "en"
    if doc["kind"] == "ocr":
        also["damage"] = doc["o"]["strength"]
    if p.get("reports_to_in_corpus"):
        also["reports_to_in_corpus"] = REPORTS_TO_DOC[p["reports_to_in_corpus"]]
    if p["new"]:
        also["new_position"] = True
    if p.get("former_cls"):
        also["former_classification"] = p["former_cls"]
        also["note"] = "reclassification: the form gives the new group and level EX-02 and the former EX-01"
    if doc["o"].get("comb_posno"):
        also["comb_fields"] = "position numbers printed one digit per box"
    if doc["o"]["date"] in ("comb", "comb8"):
        also["comb_date"] = True
    if doc["o"].get("shuffle") or doc["o"].get("order") or how == "labels_first":
        also["layout"] = {"labels_first": "labels first, values after, in the same order",
                          "fields": "label: value lines out of the printed order"}[how]
    if how == "export" and p["security"]:
        pass
    people = []
    if p["incumbent"] and how not in ("labels_first", "export"):
        people.append(person(p["incumbent"]))
    people.append(person(p["manager"]))
    if how != "export":
        people.append(person(p["classifier"]))
    return f, ns, also, people


FORM_NAMES = {"fields": "flattened fillable form (TBS/SCT 3252), label: value",
              "labels_first": "flattened fillable form, text layer with labels first and values after",
              "tooltips": "fillable form printed with each field's tooltip name beside its value",
              "ocr": "fillable form printed, signed and scanned",
              "docx": "the fillable form re-typed in Word (tables, checkbox characters)",
              "export": "Acrobat 'Export Data' of the form: tab-delimited field names and values",
              "markdown": "the form transcribed to Markdown (task-list checkboxes)",
              "printed": "the form printed to text (dotted leaders, (X) checkboxes)",
              "same": "flattened fillable form (TBS/SCT 3252), label: value"}
REPORTS_TO_DOC = {"rail-dg": "DG Rail Safety - 3252 form filled.pdf", "vac-cod": "DG Opérations centralisées - ACC.pdf"}


def main():
    positions = build_positions()
    vrng = random.Random(1440)
    v2 = {}
    for f in [CORPUS, EXPECTED]:
        if f.exists():
            shutil.rmtree(f)
        f.mkdir()
    written = {}
    ocr_seed = 0
    for doc in WD:
        key = doc["key"]
        p = positions[key]
        if doc["o"].get("v2"):
            if key not in v2:
                v2[key] = version2(p, vrng)
            p = v2[key]
        lang = doc["lang"]
        how = doc["how"]
        path = CORPUS / doc["file"]
        if how == "same":
            src = [d for d in WD if d["key"] == key and d["how"] != "same"][0]
            path.write_bytes((CORPUS / src["file"]).read_bytes())
            doc = {**src, "file": doc["file"]}
            how = doc["how"]
        elif how in ("fields", "labels_first", "tooltips"):
            pages = {"fields": r_pdf_fields, "labels_first": r_pdf_labels_first, "tooltips": r_pdf_tooltips}[how](p, lang, doc["vals"], doc["o"])
            path.write_bytes(pdf_bytes(["\n".join(pg) for pg in pages]))
        elif how == "ocr":
            ocr_seed += 1
            hdr = {"en": f"{texts.DEPTS[p['dept']][0]}   Executive Work Description   PROTECTED B when completed",
                   "fr": f"{texts.DEPTS[p['dept']][1]}   Description de travail - Direction   PROTÉGÉ B une fois rempli",
                   "bi": f"{texts.DEPTS[p['dept']][0]} / {texts.DEPTS[p['dept']][1]}   PROTECTED B / PROTÉGÉ B"}[lang]
            path.write_text(ocr(text_form(p, lang, doc["vals"], doc["o"]), lang, doc["o"]["strength"], 144000 + ocr_seed, hdr), encoding="utf-8")
        elif how == "docx":
            save_docx(docx_form(p, lang, doc["vals"], doc["o"]), path)
        elif how == "export":
            s = export_tab(p, lang, doc["vals"], doc["o"])
            if doc["kind"] == "text-cp1252":
                path.write_bytes(s.replace("\n", "\r\n").encode("cp1252"))
            else:
                path.write_text(s, encoding="utf-8")
        elif how == "markdown":
            path.write_text(markdown_form(p, lang, doc["vals"], doc["o"]), encoding="utf-8")
        elif how == "printed":
            path.write_bytes(printed_text(p, lang, doc["vals"], doc["o"]).encode("cp1252"))
        f, ns, also, people = truth(doc, p, doc["kind"], lang)
        exp = {"document": doc["file"], "kind": doc["kind"], "language": {"bi": "bilingual"}.get(lang, lang),
               "outcome": "import", "fields": f, "not_stated": ns, "also": also, "people": people, "versions": None}
        for docs, newest, same, note in VERSIONS:
            if doc["file"] in docs:
                exp["versions"] = {"documents": docs, "newest": newest, "same_text": same, "note": note}
        written[doc["file"]] = exp
    for r in refusals(positions):
        path = CORPUS / r["file"]
        if "docx" in r:
            save_docx(r["docx"], path)
        else:
            path.write_bytes(r["data"])
        written[r["file"]] = {"document": r["file"], "kind": r["kind"], "language": r["lang"], "outcome": "refuse",
                              "fields": None, "not_stated": None, "also": {"what": r["what"]},
                              "people": r["people"], "versions": None}
    for name, exp in written.items():
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(f"{len(written)} documents")


if __name__ == "__main__":
    main()
