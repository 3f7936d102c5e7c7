"""Generate blind206: HR-system (PeopleSoft-like Position Management) screens captured and OCR'd, their exports,
and the work descriptions that follow them. Run from the repository root; same bytes on every run."""
import datetime as dt
import io
import os
import random
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402
import docx  # noqa: E402

CORPUS, EXPECTED = os.path.join(HERE, "corpus"), os.path.join(HERE, "expected")

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def name(rng, used):
    while True:
        n = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
        if n not in used:
            used.add(n)
            return n


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2060)
    used_num, positions = set(), []

    def num():
        while True:
            n = str(rng.randint(20000, 98999))
            if n not in used_num:
                used_num.add(n)
                return n

    for d, (abbr, dep_en, dep_fr, adm_en, adm_fr, br_en, br_fr, areas) in enumerate(T.DEPARTMENTS):
        adm_num = num() if rng.random() < 0.6 else None
        dg = dict(dept=abbr, dep_en=dep_en, dep_fr=dep_fr, level="EX-03", branch=br_en,
                  title=f"Director General, {br_en}", title_fr=f"Directeur général, {br_fr}" if rng.random() < .5 else f"Directrice générale, {br_fr}",
                  num=num(), sup=dict(num=adm_num, title=adm_en, title_fr=adm_fr, cls="EX-04"))
        kids = []
        for k, (a_en, a_fr) in enumerate(areas):
            lvl = "EX-02" if k == 0 else "EX-01"
            if lvl == "EX-02":
                t_en, t_fr = f"Executive Director, {a_en}", f"Directeur exécutif, {a_fr}"
            else:
                t_en, t_fr = f"Director, {a_en}", f"Directeur, {a_fr}" if rng.random() < .5 else f"Directrice, {a_fr}"
            kids.append(dict(dept=abbr, dep_en=dep_en, dep_fr=dep_fr, level=lvl, branch=br_en, title=t_en, title_fr=t_fr,
                             area=a_en, area_fr=a_fr, num=num(),
                             sup=dict(num=dg["num"], title=dg["title"], title_fr=dg["title_fr"], cls="EX-03")))
        dg["area"], dg["area_fr"] = br_en, br_fr
        positions.append(dg)
        positions.extend(kids)
        dg["kids"] = kids
    for i, p in enumerate(positions):
        r = random.Random(206000 + i)
        p["i"] = i
        p["job_code"] = str(r.randint(100200, 104999)) if r.random() < 0.8 else None
        p["eff"] = r.choice([dt.date(2021, 4, 1), dt.date(2022, 9, 19), dt.date(2023, 4, 1), dt.date(2023, 6, 14),
                             dt.date(2024, 1, 8), dt.date(2022, 4, 1), dt.date(2024, 4, 1), dt.date(2021, 11, 22)])
        p["loc"] = r.randrange(len(T.LOCATIONS)) if p["level"] != "EX-03" else r.choice([0, 1])
        p["deptid"] = str(r.randint(10000, 89999))
        p["incumbent"] = name(r, set()) if r.random() < 0.7 else None
        p["emplid"] = "%09d" % r.randint(1000, 999999)
    for p in positions:
        r = random.Random(206300 + p["i"])
        if p["level"] == "EX-03":
            continue
        reps = []
        for (m_en, m_fr, grp) in r.sample(T.MANAGER_AREAS, r.randint(2, 4)):
            lvl = {"PM": r.choice([5, 6]), "EC": r.choice([6, 7]), "CS": r.choice([4, 5]), "FI": 4, "PG": 5}[grp]
            reps.append(dict(title=f"Manager, {m_en}", title_fr=f"Gestionnaire, {m_fr}", cls=f"{grp}-{lvl:02d}", fte=r.randint(4, 24)))
        p["reports"] = reps
        p["fte"] = sum(x["fte"] for x in reps) + 1
        p["salary"] = p["fte"] * r.randint(95, 125) * 1000 + r.choice([0, 5000])
        p["om"] = r.randint(40, 900) * 1000
    for p in positions:
        if p["level"] == "EX-03":
            r = random.Random(206300 + p["i"])
            p["reports"] = [dict(title=k["title"], title_fr=k["title_fr"], cls=k["level"], fte=k["fte"]) for k in p["kids"]]
            p["fte"] = sum(k["fte"] for k in p["kids"]) + 2
            p["salary"] = sum(k["salary"] for k in p["kids"]) + r.randint(20, 60) * 10000
            p["om"] = sum(k["om"] for k in p["kids"]) + r.randint(100, 400) * 1000
    for p in positions:
        p["total"] = p["salary"] + p["om"]
    return positions


# ---------------------------------------------------------------- notations
def money(v, note, lang):
    if lang == "fr":
        if note == "dec":
            s = f"{v:,}".replace(",", "\u00a0") + ",00\u00a0$"
        elif note == "M":
            s = (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + "\u00a0M$"
        else:
            s = f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
        return s
    if note == "dec":
        return f"{v:,}.00"
    if note == "M":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if note == "K":
        return f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"
    return f"${v:,}"


def date_s(d, note, lang):
    if note == "mdy":
        return d.strftime("%m/%d/%Y")
    if note == "dmy":
        return d.strftime("%d/%m/%Y")
    if note == "long":
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    return d.isoformat()


def cls_s(c, note):
    g, lvl = c.rsplit("-", 1)
    return {"dash": f"{g}-{lvl}", "short": f"{g}-{int(lvl)}", "space": f"{g} {lvl}"}[note]


LAB = {
    "en": dict(crumbs="Main Menu > Organizational Development > Position Management > Maintain Positions/Budgets > Add/Update Position Info",
               tabs="Description | Specific Information | Budget and Incumbents", page="Position Data",
               posn="Position Nbr", eff="Eff Date", status="Status", reason="Reason", action_date="Action Date",
               hstat="Headcount Status", sdate="Status Date", budg="Budgeted Posn", keyp="Key Position", descr="Descr",
               sdescr="Short Descr", bu="Business Unit", job="Job Code", reports="Reports To", dept="Dept ID",
               loc="Location", company="Company", hours="Std Hours", fte="FTE", maxhc="Max Head Count", plan="Sal Plan",
               grade="Grade", regtemp="Regular/Temporary", fulp="Full/Part Time", lastupd="Last Updated",
               descbox="Position Description", buttons=["Save", "Return to Search", "Notify", "Refresh", "Add", "Update/Display", "Include History", "Correct History"],
               bud="Budget", fy="Fiscal Year", salb="Salary Budget", omb="O&M Budget", totb="Total Budget",
               inc="Incumbents", empl="EmplID", nm="Name", vac="No current incumbent", reporting="Positions reporting to this position",
               hist="Position History", action="Action", reg="Regular", full="Full-Time", active="Active", filled="Filled", vacant="Vacant"),
    "fr": dict(crumbs="Menu principal > Développement organisationnel > Gestion des postes > Tenir à jour postes/budgets > Ajouter/Mettre à jour un poste",
               tabs="Description | Renseignements particuliers | Budget et titulaires", page="Données de poste",
               posn="No de poste", eff="Date d'entrée en vigueur", status="Statut", reason="Motif", action_date="Date mesure",
               hstat="Statut effectif", sdate="Date statut", budg="Poste budgété", keyp="Poste clé", descr="Description",
               sdescr="Descr. abrégée", bu="Unité fonct.", job="Code d'emploi", reports="Relève de", dept="ID service",
               loc="Emplacement", company="Société", hours="Heures normales", fte="ETP", maxhc="Effectif max.", plan="Régime sal.",
               grade="Classe", regtemp="Permanent/Temporaire", fulp="Temps plein/partiel", lastupd="Dernière mise à jour",
               descbox="Description du poste", buttons=["Sauvegarder", "Retour à la recherche", "Aviser", "Actualiser", "Ajouter", "Mettre à jour/Afficher", "Inclure historique", "Corriger historique"],
               bud="Budget", fy="Exercice", salb="Budget salarial", omb="Budget F et E", totb="Budget total",
               inc="Titulaires", empl="ID employé", nm="Nom", vac="Aucun titulaire", reporting="Postes relevant de ce poste",
               hist="Historique du poste", action="Mesure", reg="Permanent", full="Temps plein", active="Actif", filled="Doté", vacant="Vacant"),
}
LAB["bilingual"] = {k: (f"{v} / {LAB['fr'][k]}" if isinstance(v, str) and k not in ("crumbs",) else v) for k, v in LAB["en"].items()}
LAB["bilingual"]["buttons"] = [f"{a} / {b}" for a, b in zip(LAB["en"]["buttons"], LAB["fr"]["buttons"])]


def trunc(s, n=30):
    return s if len(s) <= n else s[:n].rstrip()


# ---------------------------------------------------------------- the content of one document
def facts(p, doc):
    """The screen's fields and the prose, as lists; values in this document's notations."""
    lang, n, L = doc["lang"], doc["notes"], LAB[doc["lang"]]
    plang = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if lang == "fr" else p["title"]
    sup_title = p["sup"]["title_fr"] if lang == "fr" else p["sup"]["title"]
    loc = T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0]
    g, lvl = p["level"].split("-")
    grade = lvl if n["grade"] == "02" else str(int(lvl))
    d = n["date"]
    upd = dt.date(p["eff"].year + (1 if p["eff"].month > 6 else 0), 11, 14 + p["i"] % 10)
    sp = f" {doc['dd']} " if doc["dd"] else " "
    f = {}
    f["posn"] = "000" + p["num"]
    f["eff"] = date_s(p["eff"], d, lang)
    f["status"] = L["active"]
    f["reason"] = "REC" if p["i"] % 3 else "NEW"
    f["hstat"] = L["filled"] if p["incumbent"] else L["vacant"]
    f["sdate"] = date_s(upd - dt.timedelta(days=40), d, lang)
    f["budg"] = "[x]"
    f["descr"] = trunc(title).upper() if n["upper"] else trunc(title)
    f["sdescr"] = title.split(",")[0][:10]
    f["bu"] = p["dept"][:5].upper()
    if p["job_code"]:
        f["job"] = p["job_code"] + sp + ("Directeur" if lang == "fr" else "Executive") + f" {g}-{lvl}"
    f["reports"] = (("000" + p["sup"]["num"]) if doc["sup_num"] else "") + sp + trunc(sup_title)
    f["dept"] = p["deptid"] + sp + trunc(p["area_fr"] if lang == "fr" else p["area"], 26)
    f["loc"] = T.LOCATIONS[p["loc"]][3] + "01" + sp + loc
    f["company"] = p["dept"]
    f["hours"] = "37.50" if lang == "en" else "37,50"
    f["fte"] = "1.000000" if lang == "en" else "1,000000"
    f["maxhc"] = "1"
    f["plan"], f["grade"] = g, grade
    f["lastupd"] = date_s(upd, d, lang) + (" 10:42:17AM" if d == "mdy" else " 10:42")
    # budget
    if doc["money"] == "tab":
        f["fy"] = f"{p['eff'].year}-{(p['eff'].year + 1) % 100:02d}"
        f["salb"] = money(p["salary"], "dec", plang)
        f["omb"] = money(p["om"], "dec", plang)
        if doc["total"]:
            f["totb"] = money(p["total"], "dec", plang)
    # prose
    area = p["area_fr"] if lang == "fr" else p["area"]
    prose = []
    ga = (T.GA_FR if lang == "fr" else T.GA_EN)[p["i"] % 2].format(area=area, branch=p["area_fr"] if lang == "fr" else p["branch"])
    sc = cls_s(p["sup"]["cls"], n["cls"])
    if lang == "fr":
        head = [f"Titre du poste : {title}", f"Niveau : {cls_s(p['level'], n['cls'])}"]
        sup_line = f"Le titulaire relève du {sup_title}" + (f" ({sc})" if doc["sup_cls"] else "") + "."
    else:
        head = [f"Position Title: {title}", f"Level: {cls_s(p['level'], n['cls'])}"]
        if lang == "bilingual":
            head.insert(1, f"Titre du poste : {p['title_fr']}")
        sup_line = f"The position reports to the {sup_title}" + (f" ({sc})" if doc["sup_cls"] else "") + "."
    prose.append(("head", head))
    prose.append(("ga", [ga, sup_line]))
    ka = T.KA_FR if lang == "fr" else T.KA_EN
    prose.append(("ka", [ka[(p["i"] + k) % 5] for k in range(4)]))
    dims = []
    if doc["fte_stated"]:
        dims.append(("ETP : " if lang == "fr" else "FTEs: ") + str(p["fte"]))
    if doc["money"] == "prose":
        mn = n["money"]
        if lang == "fr":
            dims.append(f"Salaires : {money(p['salary'], mn, 'fr')}")
            dims.append(f"F et E : {money(p['om'], mn, 'fr')}")
            if doc["total"]:
                dims.append(f"Total : {money(p['total'], mn, 'fr')}")
        else:
            dims.append(f"Salary: {money(p['salary'], mn, 'en')}")
            dims.append(f"O&M: {money(p['om'], mn, 'en')}")
            if doc["total"]:
                dims.append(f"Total: {money(p['total'], mn, 'en')}")
    prose.append(("dims", dims))
    reps = []
    if doc["reports"] == "prose":
        for r in p["reports"]:
            t = r["title_fr"] if lang == "fr" else r["title"]
            c = cls_s(r["cls"], n["cls"])
            if n["rep"] == 0:
                reps.append(f"{t} ({c}, {r['fte']} {'ETP' if lang == 'fr' else 'FTEs'})")
            else:
                reps.append(f"{t} - {c} - {r['fte']} {'ETP' if lang == 'fr' else 'FTE'}")
    prose.append(("reps", reps))
    return f, prose, title


SECTION = {"en": {"head": "", "ga": "GENERAL ACCOUNTABILITY", "ka": "KEY ACTIVITIES", "dims": "DIMENSIONS", "reps": "DIRECT REPORTS"},
           "fr": {"head": "", "ga": "RESPONSABILITÉ GÉNÉRALE", "ka": "ACTIVITÉS PRINCIPALES", "dims": "DIMENSIONS", "reps": "SUBORDONNÉS DIRECTS"}}
SECTION["bilingual"] = {k: (f"{v} / {SECTION['fr'][k]}" if v else "") for k, v in SECTION["en"].items()}


def prose_lines(prose, lang, bullet="- "):
    out = []
    for key, lines in prose:
        if not lines:
            continue
        if SECTION[lang][key]:
            out += ["", SECTION[lang][key]]
        for x in lines:
            out.append((bullet + x) if key in ("ka", "reps") else x)
    return out


ROWS = [("posn", "eff"), ("status", "reason"), ("hstat", "sdate"), ("budg", "keyp"), ("descr", "sdescr"), ("bu", "company"),
        ("job", None), ("reports", None), ("dept", None), ("loc", None), ("plan", "grade"), ("hours", "fte"), ("maxhc", None), ("lastupd", None)]


def screen_lines(p, doc, f, prose, chrome=True, box=True):
    """A captured Position Data screen (all three tabs), as the eye reads it: label/value pairs in two columns."""
    L, lang, dd = LAB[doc["lang"]], doc["lang"], doc["dd"]
    out = []
    if chrome:
        out += [L["crumbs"], "", L["tabs"], "", L["page"]]
    pairs = []
    for a, b in ROWS:
        left = (L[a], f[a]) if a in f else None
        right = (L[b], f[b]) if b and b in f else ((L[b], "0") if b == "keyp" else None)
        if a == "plan":
            out_pair = [(L["plan"], (f["plan"] + " " + dd).strip()), (L["grade"], (f["grade"] + " " + dd).strip())]
            pairs.append(out_pair)
            continue
        if left or right:
            pairs.append([x for x in (left, right) if x])
    if doc["colmode"] == "blocks":
        # OCR read each column as a block: labels then values, a few rows at a time
        for k in range(0, len(pairs), 3):
            grp = pairs[k:k + 3]
            for col in (0, 1):
                items = [g[col] for g in grp if len(g) > col]
                out += [x[0] for x in items] + [x[1] for x in items]
    else:
        for g in pairs:
            if len(g) == 2:
                out.append(f"{g[0][0]}: {g[0][1]}".ljust(52) + f"{g[1][0]}: {g[1][1]}")
            else:
                out.append(f"{g[0][0]}: {g[0][1]}")
    if box:
        out += ["", L["descbox"] + ":"] + prose_lines(prose, lang)
    if chrome:
        out += ["", "   ".join(L["buttons"][:3]) + "    " + "   ".join(L["buttons"][4:7])]
    if doc["history"]:
        old = date_s(p["eff"].replace(year=p["eff"].year - 3), doc["notes"]["date"], lang)
        out += ["", L["hist"], f"{L['eff']}   {L['status']}   {L['action']}",
                f"{f['eff']}   {L['active']}   REC", f"{old}   {L['active']}   NEW"]
    # Budget and Incumbents tab
    out += ["", L["tabs"].split(" | ")[2] if chrome else L["bud"], ""]
    out.append(f"{L['budg']}: {f['budg']}    {L['maxhc']}: 1")
    if "salb" in f:
        out += [f"{L['fy']}: {f['fy']}", f"{L['salb']}: {f['salb']}", f"{L['omb']}: {f['omb']}"]
        if "totb" in f:
            out.append(f"{L['totb']}: {f['totb']}")
    out += ["", L["inc"], f"{L['empl']}   {L['nm']}"]
    out.append(f"{p['emplid']}   {p['incumbent']}" if p["incumbent"] else L["vac"])
    if doc["reports"] == "grid":
        out += ["", L["reporting"], f"{L['posn']}   {L['descr']}   {L['plan']}   {L['grade']}   {L['maxhc']}"]
        for k, r in enumerate(p["reports"]):
            g, lvl = r["cls"].split("-")
            t = r["title_fr"] if lang == "fr" else r["title"]
            out.append(f"000{int(p['num']) * 7 % 90000 + 10000 + k}   {trunc(t)}   {g}   {lvl}   1")
    return out


def wd_lines(p, doc, prose, title):
    """The executive work description that follows the screen in the same file."""
    lang = doc["lang"]
    L = LAB[lang]
    top = {"en": "EXECUTIVE WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL DE CADRE",
           "bilingual": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"}[lang]
    out = [top, p["dep_fr"] if lang == "fr" else p["dep_en"], ""]
    out.append(f"{L['posn']}: 000{p['num']}")
    if p["job_code"]:
        out.append(f"{L['job']}: {p['job_code']}")
    out.append(f"{L['eff']}: {date_s(p['eff'], doc['notes']['date'], lang)}")
    out.append(f"{L['loc']}: {T.LOCATIONS[p['loc']][1 if lang == 'fr' else 0]}")
    out += prose_lines(prose, lang)
    out += ["", ("Classifié par : " if lang == "fr" else "Classified by: ") + doc["classifier"],
            ("Approuvé par : " if lang == "fr" else "Approved by: ") + doc["approver"]]
    return out


# ---------------------------------------------------------------- OCR damage
SUBS = {"0": "O", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}


def damage(lines, strength, rng):
    pd, pl, pr = {"light": (.15, .01, .02), "medium": (.35, .03, .05), "heavy": (.6, .06, .1)}[strength]
    out = []
    for line in lines:
        words = line.split(" ")
        nw = []
        for w in words:
            if any(c.isdigit() for c in w):
                w = "".join(rng.choice(SUBS[c]) if c in SUBS and rng.random() < pd else c for c in w)
            elif rng.random() < pl and len(w) > 3:
                for a, b in (("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("é", "e"), ("è", "e")):
                    if a in w:
                        w = w.replace(a, b, 1)
                        break
            nw.append(w)
        s = ""
        for k, w in enumerate(nw):
            s += w
            if k < len(nw) - 1 and not (rng.random() < pr and w and nw[k + 1]):
                s += " "
        out.append(s)
    return out


def wrap(lines, width, rng):
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = line.find(" ", cut + 1)
            nxt = line[cut + 1:word_end if word_end > 0 else None]
            if len(nxt) > 7 and rng.random() < .4 and nxt.isalpha():
                h = len(nxt) // 2
                out.append(line[:cut] + " " + nxt[:h] + "-")
                line = nxt[h:] + line[cut + 1 + len(nxt):]
            else:
                out.append(line[:cut].rstrip())
                line = line[cut:].lstrip()
        out.append(line)
    return out


def paginate(lines, doc, per=38):
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    out = []
    url = "https://hrms.gc-psft.example/psp/HRPRD/EMPLOYEE/HRMS/c/ORG_DEVELOPMENT.POSITION_DATA.GBL"
    for k, pg in enumerate(pages, 1):
        if doc["header"] == "browser":
            out.append(f"{doc['stamp']}    {LAB[doc['lang']]['page']}")
        elif doc["header"] == "posn":
            out.append(f"{p_header(doc)}")
        out += pg
        if doc["header"] == "browser":
            out.append(f"{url}    {k}/{len(pages)}")
        else:
            out.append(f"Page {k} of {len(pages)}" if doc["lang"] != "fr" else f"Page {k} de {len(pages)}")
        if k < len(pages):
            out.append("\f")
    return out


def p_header(doc):
    return f"{doc['dept']} - Position Data - {doc['posn']}"


# ---------------------------------------------------------------- writers
def write_docx(path, paras_tables):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title = "HR Services", ""
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    for kind, val in paras_tables:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for nm in sorted(src.namelist()):
            zi = zipfile.ZipInfo(nm, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(nm))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf_text(s):
    return s.replace("\u00a0", " ").replace("▼", "v").encode("cp1252", "replace").decode("cp1252")


def render(p, doc):
    """Returns the bytes of the document."""
    kind, lang = doc["kind"], doc["lang"]
    rng = random.Random(206900 + doc["n"])
    f, prose, title = facts(p, doc)
    L = LAB[lang]
    if kind in ("ocr", "ocr-columns"):
        lines = screen_lines(p, doc, f, prose, chrome=True, box=doc["form"] == "screen")
        if doc["form"] == "screen+wd":
            lines += ["\f"] + wd_lines(p, doc, prose, title)
        lines = wrap(lines, 72, rng)
        lines = damage(lines, doc["damage"], rng)
        text = "\n".join(paginate(lines, doc)).replace("\n\f\n", "\n\f")
        return (text + "\n").encode("utf-8")
    if kind == "pdf":
        lines = [doc["stamp"] + "    " + L["page"]] + screen_lines(p, doc, f, prose, chrome=True, box=doc["form"] == "screen")
        if doc["form"] == "screen+wd":
            lines += ["\f"] + wd_lines(p, doc, prose, title)
        lines = wrap(lines, 100, rng)
        pages, cur = [], []
        for ln in lines:
            if ln == "\f" or len(cur) >= 60:
                pages.append("\n".join(cur))
                cur = []
                if ln == "\f":
                    continue
            cur.append(to_pdf_text(ln))
        pages.append("\n".join(cur))
        return pdf_bytes(pages)
    if kind in ("text", "text-cp1252"):
        if doc["form"] == "export-csv":
            cols = ["POSITION_NBR", "EFFDT", "EFF_STATUS", "DESCR", "DESCRSHORT", "BUSINESS_UNIT", "DEPTID", "JOBCODE",
                    "REPORTS_TO", "LOCATION", "SAL_ADMIN_PLAN", "GRADE", "STD_HOURS", "FTE", "MAX_HEAD_COUNT", "BUDGETED_POSN", "DESCRLONG"]
            box = "\n".join(prose_lines(prose, lang)).strip()
            vals = ["000" + p["num"], p["eff"].isoformat(), "A", trunc(title), title.split(",")[0][:10], p["dept"][:5].upper(), p["deptid"],
                    p["job_code"] or "", ("000" + p["sup"]["num"]) if doc["sup_num"] else "", T.LOCATIONS[p["loc"]][3] + "01",
                    f["plan"], f["grade"], "37.5", "1", "1", "Y", box]
            q = lambda v: '"' + v.replace('"', '""') + '"' if ("," in v or "\n" in v or '"' in v) else v
            text = ",".join(cols) + "\n" + ",".join(q(v) for v in vals) + "\n"
            if doc["money"] == "tab":
                text += "\nPOSITION_NBR,FISCAL_YEAR,SALARY_BUDGET,OM_BUDGET" + (",TOTAL_BUDGET" if doc["total"] else "") + "\n"
                text += f"000{p['num']},{f['fy']},{p['salary']}.00,{p['om']}.00" + (f",{p['total']}.00" if doc["total"] else "") + "\n"
            if doc["reports"] == "grid":
                text += "\nPOSITION_NBR,REPORTS_TO,DESCR,SAL_ADMIN_PLAN,GRADE,MAX_HEAD_COUNT\n"
                for k, r in enumerate(p["reports"]):
                    g, lvl = r["cls"].split("-")
                    t = r["title_fr"] if lang == "fr" else r["title"]
                    text += f"000{int(p['num']) * 7 % 90000 + 10000 + k},000{p['num']},{q(trunc(t))},{g},{lvl},1\n"
            text += f"\nLocation {T.LOCATIONS[p['loc']][3]}01 = {T.LOCATIONS[p['loc']][1 if lang == 'fr' else 0]}\n"
            text += f"Reports To descr: {p['sup']['title_fr'] if lang == 'fr' else p['sup']['title']}\n"
            if p["incumbent"]:
                text += f"Incumbent: {p['emplid']} {p['incumbent']}\n"
        else:  # a 'print' of the screen as label/value text, then the work description
            doc2 = dict(doc, colmode="rows")
            lines = [L["page"], L["crumbs"], ""] + screen_lines(p, doc2, f, prose, chrome=False, box=doc["form"] == "export-print")
            if doc["form"] == "export+wd":
                lines += ["", "-" * 60, ""] + wd_lines(p, doc, prose, title)
            text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            text = text.replace("'", "’").replace("\n", "\r\n")
            return text.encode("cp1252")
        return text.encode("utf-8")
    if kind == "markdown":
        out = [f"# {title}", "", f"*{L['page']} — copied from the HR system*", "", f"| {L['descr']} | |", "|---|---|"]
        for key in ("posn", "eff", "status", "job", "reports", "dept", "loc", "plan", "grade", "fte", "maxhc", "lastupd", "salb", "omb", "totb"):
            if key in f:
                out.append(f"| {L[key]} | {f[key].replace('[x]', '☑').strip()} |")
        if doc["reports"] == "grid":
            out += ["", f"**{L['reporting']}**", "", f"| {L['posn']} | {L['descr']} | {L['plan']} | {L['grade']} |", "|---|---|---|---|"]
            for k, r in enumerate(p["reports"]):
                g, lvl = r["cls"].split("-")
                out.append(f"| 000{int(p['num']) * 7 % 90000 + 10000 + k} | {r['title_fr'] if lang == 'fr' else r['title']} | {g} | {lvl} |")
        out += [""]
        for ln in wd_lines(p, doc, prose, title):
            if ln.isupper() and ln:
                out += [f"## {ln.title() if lang != 'fr' else ln.capitalize()}"]
            else:
                out += [ln]
        return ("\n".join(out) + "\n").encode("utf-8")
    if kind == "docx":
        items = [("h", L["page"]), ("p", L["crumbs"])]
        rows = []
        for key in ("posn", "eff", "status", "descr", "job", "reports", "dept", "loc", "plan", "grade", "hours", "fte", "maxhc", "salb", "omb", "totb"):
            if key in f:
                rows.append([L[key], f[key].strip()])
        half = (len(rows) + 1) // 2
        table = [rows[k] + (rows[k + half] if k + half < len(rows) else ["", ""]) for k in range(half)]
        items.append(("t", table))
        if doc["reports"] == "grid":
            items.append(("h2", L["reporting"]))
            tbl = [[L["posn"], L["descr"], L["plan"], L["grade"]]]
            for k, r in enumerate(p["reports"]):
                g, lvl = r["cls"].split("-")
                tbl.append([f"000{int(p['num']) * 7 % 90000 + 10000 + k}", r["title_fr"] if lang == "fr" else r["title"], g, lvl])
            items.append(("t", tbl))
        if doc["reports"] == "table":
            pass
        wl = wd_lines(p, doc, [x for x in prose if x[0] != "reps"] if doc["reports"] == "table" else prose, title)
        for ln in wl:
            if not ln:
                continue
            if ln.isupper():
                items.append(("h2", ln))
            elif ln.startswith("- "):
                items.append(("b", ln[2:]))
            else:
                items.append(("p", ln))
        if doc["reports"] == "table":
            hdr = ["Subordonné direct", "Niveau", "ETP"] if lang == "fr" else ["Direct report", "Level", "FTEs"]
            tbl = [hdr] + [[r["title_fr"] if lang == "fr" else r["title"], cls_s(r["cls"], doc["notes"]["cls"]), str(r["fte"])] for r in p["reports"]]
            items.insert(-2, ("h2", SECTION[lang]["reps"]))
            items.insert(-2, ("t", tbl))
        return items
    raise ValueError(kind)


# ---------------------------------------------------------------- refusals
def refusals(positions):
    rng = random.Random(2069)
    docs = []
    # 1 search results list (OCR)
    L = LAB["en"]
    lines = [L["crumbs"], "", "Search Results", "View All    First  1-14 of 14  Last",
             "Position Nbr   Eff Date     Descr                            Sal Plan  Grade  Dept ID  Status"]
    for p in positions[:14]:
        lines.append(f"000{p['num']}   {p['eff'].strftime('%m/%d/%Y')}   {trunc(p['title']).ljust(30)}   {p['level'][:2]}        {p['level'][3:]}     {p['deptid']}    A")
    lines += ["", "Find an Existing Value   Add a New Value", "Return to Search   Notify"]
    lines = damage(lines, "medium", rng)
    docs.append(("screenshot 2023-11-14 104233 search results (OCR).txt", "ocr", "en",
                 ("\n".join(lines) + "\n").encode("utf-8"), [], "search results list of 14 positions (Position Nbr, Eff Date, Descr, Sal Plan, Grade)"))
    # 2 incumbent's personal job data screen (PDF)
    p = positions[9]
    who = "Radek Yaremko"
    pg = ["11/14/23, 2:05 PM    Job Data",
          "Main Menu > Workforce Administration > Job Information > Job Data",
          "Work Location | Job Information | Job Labor | Payroll | Salary Plan | Compensation",
          f"{who}    Employee    EmplID 000482213    Empl Record 0",
          "Effective Date: 04/01/2023          Effective Sequence: 0",
          "Action: Pay Rate Change             Reason: Annual Increase",
          f"Position Number: 000{p['num']}     Override Position Data [ ]",
          f"Regulatory Region: CAN   Company: {p['dept']}   Business Unit: {p['dept'][:5].upper()}",
          f"Department: {p['deptid']}   Location: OTT01 Ottawa, Ontario",
          "Sal Plan: EX   Grade: 01   Step: 3",
          "Comp Rate: 165,400.000000   Frequency: A   Currency: CAD",
          "Standard Hours: 37.50   FTE: 1.000000",
          "Save   Return to Search   Notify   Refresh   Update/Display   Include History"]
    docs.append((f"Job Data - {who} (EmplID 482213).pdf", "pdf", "en", pdf_bytes(["\n".join(pg)]), [who],
                 "an incumbent's personal Job Data screen: pay, step and position number, no description"))
    # 3 login / error screen (OCR)
    lines = ["Oracle PeopleSoft", "Sign in", "User ID", "Password", "Select a Language  English  Français",
             "Your User ID and/or Password are invalid.", "",
             "Position Data", "You are not authorized for this page. (158,505)", "Return to Search",
             "Tous droits réservés. Votre session a expiré. Veuillez vous connecter de nouveau."]
    lines = damage(lines, "light", rng)
    docs.append(("img0457 OCR.txt", "ocr", "bilingual", ("\n".join(lines) + "\n").encode("utf-8"), [],
                 "a sign-in page and a not-authorized error in front of Position Data: no position at all"))
    # 4 PDF scan without a text layer
    docs.append(("Position Data printouts - scanned.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                 "a three-page scan of printed screens without a text layer"))
    # 5 memo (Word) asking for screen updates
    items = [("h", "MEMORANDUM"), ("p", "To: Position Management Unit, HR Services"), ("p", "From: Clémence Sauvageau, Director, Corporate Planning"),
             ("p", "Subject: Updates to Position Data screens before year end"),
             ("p", "Please update the following positions in the HR system; the work descriptions follow under separate cover."),
             ("t", [["Position Nbr", "Descr", "Change requested"]] + [[f"000{q['num']}", q["title"], c] for q, c in
                    zip(positions[20:24], ["Reports To", "Location", "Budget (Salary)", "Job Code"])]),
             ("p", "Thank you."), ("p", "Clémence Sauvageau")]
    docs.append(("Memo - Position Data updates, year end.docx", "docx", "en", items, ["Clémence Sauvageau"],
                 "a memo asking the position-management unit to update four positions"))
    return docs


# ---------------------------------------------------------------- plan
def plan(positions):
    rng = random.Random(2061)
    kinds = ["ocr"] * 13 + ["ocr-columns"] * 4 + ["pdf"] * 8 + ["text"] * 7 + ["text-cp1252"] * 4 + ["markdown"] * 4 + ["docx"] * 5
    langs = ["en"] * 28 + ["fr"] * 11 + ["bilingual"] * 6
    rng.shuffle(kinds)
    rng.shuffle(langs)
    versioned = [positions[3], positions[15], positions[31]]
    order = list(positions) + versioned
    docs = []
    for n, p in enumerate(order):
        r = random.Random(206500 + n)
        kind, lang = kinds[n], langs[n]
        is_old = n >= len(positions)
        if kind in ("ocr", "ocr-columns"):
            form = r.choice(["screen", "screen", "screen+wd"])
        elif kind == "pdf":
            form = r.choice(["screen", "screen+wd"])
        elif kind in ("text", "text-cp1252"):
            form = r.choice(["export-csv", "export-print", "export+wd"]) if kind == "text" else r.choice(["export-print", "export+wd"])
        else:
            form = "screen+wd"
        if form == "export-csv" and lang == "bilingual":
            lang = "en"
        doc = dict(n=n, kind=kind, lang=lang, form=form, old=is_old)
        doc["notes"] = dict(date="iso" if kind in ("text",) and form == "export-csv" else
                            ("mdy" if lang != "fr" and r.random() < .7 else ("dmy" if lang == "fr" and p["eff"].day > 12 else "iso")),
                            cls=r.choice(["dash", "dash", "short", "space"]), money=r.choice(["M", "K", "full"]),
                            grade=r.choice(["02", "2"]), rep=r.randrange(2), upper=r.random() < .4)
        if lang == "fr" and doc["notes"]["money"] == "K":
            doc["notes"]["money"] = "full"
        doc["dd"] = r.choice(["v", "v", "▼", "Q"]) if kind in ("ocr", "ocr-columns") else ""
        doc["colmode"] = "blocks" if kind == "ocr-columns" else "rows"
        doc["sup_num"] = p["sup"]["num"] is not None and r.random() < .85
        doc["sup_cls"] = r.random() < .65
        doc["money"] = "tab" if r.random() < .55 else "prose"
        if n in (7, 22, 38):
            doc["money"] = "none"
        doc["total"] = r.random() < .75
        doc["fte_stated"] = r.random() < .85
        doc["reports"] = "prose" if r.random() < .6 else "grid"
        if kind == "docx" and r.random() < .6:
            doc["reports"] = "table"
        if kind == "text" and form == "export-csv" and doc["reports"] == "prose" and r.random() < .3:
            doc["reports"] = "prose"
        if n in (12, 27, 41):
            doc["reports"] = "none"
        if form == "export-csv" and doc["money"] == "prose":
            pass
        doc["history"] = kind in ("ocr", "pdf") and r.random() < .3
        doc["damage"] = r.choice(["light", "medium", "medium", "heavy"]) if kind.startswith("ocr") else None
        doc["header"] = r.choice(["browser", "posn", "none"])
        doc["stamp"] = f"{11:02d}/{14 + n % 10}/23, {9 + n % 8}:{(n * 7) % 60:02d} AM"
        doc["dept"], doc["posn"] = p["dept"], "000" + p["num"]
        used = {p["incumbent"]} if p["incumbent"] else set()
        doc["classifier"], doc["approver"] = name(r, used), name(r, used)
        docs.append((p, doc))
    # versions: the older document takes an earlier date and smaller figures, same kind and language as the newer
    for k, vp in enumerate(versioned):
        newer = next(d for q, d in docs if q is vp and not d["old"])
        older = next(d for q, d in docs if q is vp and d["old"])
        for key in ("kind", "lang", "form", "dd", "colmode", "notes", "money", "reports", "damage", "header"):
            older[key] = newer[key]
        older["history"] = False
    return docs, versioned


def old_copy(p):
    q = dict(p)
    q["eff"] = p["eff"].replace(year=p["eff"].year - 2)
    q["salary"] = p["salary"] - 310000
    q["om"] = p["om"] - 25000
    q["total"] = q["salary"] + q["om"]
    q["reports"] = [dict(r, fte=max(2, r["fte"] - 2)) for r in p["reports"]]
    q["fte"] = p["fte"] - 2 * len(p["reports"])
    return q


def filename(p, doc, rng):
    t, num, kind = p["title"] if doc["lang"] != "fr" else p["title_fr"], "000" + p["num"], doc["kind"]
    ext = {"ocr": ".txt", "ocr-columns": ".txt", "pdf": ".pdf", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx"}[kind]
    if kind.startswith("ocr"):
        base = rng.choice([f"Position Data {num} (OCR)", f"screenshot {num} - {t}", f"scan_{doc['n'] + 300}", f"{t} - PS screens OCR",
                           f"Capture d'écran {num}" if doc["lang"] == "fr" else f"Screen capture {num}"])
    elif kind == "pdf":
        base = rng.choice([f"Position Data - {t}", f"PS Position {p['num']} - {t}", f"Print - Add-Update Position Info {num}"])
    elif kind.startswith("text"):
        base = rng.choice([f"export_position_{num}", f"POSITION_DATA {num} {t}", f"{t} - HRMS export", f"ps_query_{num}"])
    elif kind == "markdown":
        base = rng.choice([f"{t} (position {p['num']})", f"Notes - {t} - screen + EWD"])
    else:
        base = rng.choice([f"EWD {t} with position data", f"{t}, {p['dept']} - position {p['num']}", f"DT {t}"])
    base += rng.choice(["", "", "", " - signed", " (1)", " DRAFT", " - final"])
    return base, ext


# ---------------------------------------------------------------- truth
def yq(v):
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def truth(fname, p, doc, others):
    lang = doc["lang"]
    fr = lang == "fr"
    ns = []
    title = p["title_fr"] if fr else p["title"]
    sup_t = p["sup"]["title_fr"] if fr else p["sup"]["title"]
    out = [f"document: {yq(fname)}", f"kind: {doc['kind']}", f"language: {lang}", "outcome: import", "fields:",
           f"  title: {yq(title)}", f"  classification: {p['level']}"]
    out.append(f"  job_code: {yq(p['job_code'])}")
    if not p["job_code"]:
        ns.append("job_code")
    out.append(f"  position_number: {yq('000' + p['num'])}")
    out.append(f"  effective_date: {p['eff'].isoformat()}")
    out += ["  supervisor:", f"    position_number: {yq('000' + p['sup']['num']) if doc['sup_num'] else 'null'}",
            f"    title: {yq(sup_t)}", f"    classification: {p['sup']['cls'] if doc['sup_cls'] else 'null'}"]
    if not doc["sup_num"]:
        ns.append("supervisor.position_number")
    if not doc["sup_cls"]:
        ns.append("supervisor.classification")
    if doc["reports"] == "none":
        out.append("  direct_reports: null")
        ns.append("direct_reports")
    else:
        out.append("  direct_reports:")
        for r in p["reports"]:
            out += [f"  - title: {yq(r['title_fr'] if fr else r['title'])}", f"    classification: {r['cls']}",
                    f"    fte: {r['fte'] if doc['reports'] != 'grid' else 'null'}"]
    if doc["money"] == "none":
        out += ["  salary: null", "  o_and_m: null", "  total: null"]
        ns += ["salary", "o_and_m", "total"]
    else:
        out += [f"  salary: {p['salary']}", f"  o_and_m: {p['om']}", f"  total: {p['total'] if doc['total'] else 'null'}"]
        if not doc["total"]:
            ns.append("total")
    out.append(f"  location: {yq(T.LOCATIONS[p['loc']][1 if fr else 0])}")
    out.append("not_stated:" + ("" if ns else " []"))
    out += [f"- {x}" for x in ns]
    out += ["also:", f"  department: {yq(p['dep_fr'] if fr else p['dep_en'])}", f"  form: {doc['form']}"]
    if lang == "bilingual":
        out.append(f"  title_fr: {yq(p['title_fr'])}")
    out.append(f"  fte: {p['fte'] if doc['fte_stated'] else 'null'}")
    if doc["damage"]:
        out.append(f"  damage: {doc['damage']}")
    if doc["kind"] == "ocr-columns":
        out.append("  column_reading: labels of three rows, then their values, column by column")
    out.append(f"  money_place: {doc['money']}")
    out.append(f"  reports_layout: {doc['reports']}")
    n = doc["notes"]
    out.append(f"  notations: {{date: {n['date']}, classification: {n['cls']}, money: {'decimals' if doc['money'] == 'tab' else n['money']}, grade: '{n['grade']}'}}")
    out.append("  decoys: screen FTE 1.0, Std Hours, Max Head Count 1, Status Date and Last Updated dates"
               + (", an older history row" if doc["history"] else "") + (", grid Max Head Count 1 per report" if doc["reports"] == "grid" else ""))
    if p["level"] != "EX-03" and p["sup"]["num"] in others:
        out.append(f"  reports_to_in_corpus: {yq(others[p['sup']['num']])}")
    people = []
    if p["incumbent"]:
        people.append(p["incumbent"])
    if doc["form"] in ("screen+wd", "export+wd"):
        people += [doc["classifier"], doc["approver"]]
    if doc["form"] == "export-csv" or doc["kind"] in ("markdown", "docx"):
        if doc["kind"] in ("markdown", "docx"):
            people = ([p["incumbent"]] if False else []) + [doc["classifier"], doc["approver"]]
    out.append("people:" + ("" if people else " []"))
    out += [f"- {yq(x)}" for x in people]
    return out


def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    positions = build_positions()
    docs, versioned = plan(positions)
    names, seen = {}, set()
    olds = {id(vp): old_copy(vp) for vp in versioned}
    for p, doc in docs:
        q = olds[id(p)] if doc["old"] else p
        base, ext = filename(q, doc, random.Random(206700 + doc["n"]))
        if doc["old"] or (p in versioned):
            base = f"Position Data {'000' + p['num']} - {q['eff'].year}"
        while base + ext in seen:
            base += " (1)"
        seen.add(base + ext)
        names[doc["n"]] = base + ext
    by_num = {p["num"]: names[d["n"]] for p, d in docs if not d["old"]}
    for p, doc in docs:
        q = olds[id(p)] if doc["old"] else p
        fname = names[doc["n"]]
        data = render(q, doc)
        if doc["kind"] == "docx":
            write_docx(os.path.join(CORPUS, fname), data)
        else:
            with open(os.path.join(CORPUS, fname), "wb") as fh:
                fh.write(data)
        lines = truth(fname, q, doc, by_num)
        if p in versioned:
            o = next(names[d["n"]] for pp, d in docs if pp is p and d["old"])
            nw = next(names[d["n"]] for pp, d in docs if pp is p and not d["old"])
            lines += ["versions:", f"  documents: [{yq(o)}, {yq(nw)}]", f"  newest: {yq(nw)}", "  same_text: false",
                      "  note: the older screen has an earlier Eff Date, a smaller salary and O&M and smaller teams"]
        else:
            lines.append("versions: null")
        with open(os.path.join(EXPECTED, fname + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
    for fname, kind, lang, data, people, what in refusals(positions):
        if kind == "docx":
            write_docx(os.path.join(CORPUS, fname), data)
        else:
            with open(os.path.join(CORPUS, fname), "wb") as fh:
                fh.write(data)
        lines = [f"document: {yq(fname)}", f"kind: {kind}", f"language: {lang}", "outcome: refuse", "fields: null",
                 "not_stated: []", "also:", f"  what: {yq(what)}", "people:" + ("" if people else " []")]
        lines += [f"- {yq(x)}" for x in people] + ["versions: null"]
        with open(os.path.join(EXPECTED, fname + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
