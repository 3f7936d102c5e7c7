"""blind200: HRIS position-description printouts (PDF, pdftotext -layout text, scans, Word).

Run from the repository root:  python bench/import/blind200/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run."""
import io, os, random, shutil, sys, textwrap, zipfile
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = os.path.join(HERE, "corpus"), os.path.join(HERE, "expected")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
W = 95

# ---------------------------------------------------------------- hierarchy
R = random.Random(2000)
used_numbers = set()


def posno(rng):
    while True:
        n = rng.randint(1000, 99999)
        if n not in used_numbers:
            used_numbers.add(n)
            return "%08d" % n


def fr_title(level, fem, area_fr):
    base = {"DG": ("Directeur général", "Directrice générale"), "ED": ("Directeur exécutif", "Directrice exécutive"),
            "DIR": ("Directeur", "Directrice"), "ADM": ("Sous-ministre adjoint", "Sous-ministre adjointe")}[level]
    return "%s, %s" % (base[1 if fem else 0], area_fr)


EN_BASE = {"DG": "Director General", "ED": "Executive Director", "DIR": "Director", "ADM": "Assistant Deputy Minister"}
CLS = {"DG": "EX-03", "ED": "EX-02", "DIR": "EX-01", "ADM": "EX-05"}
positions = []


def make(level, dept, area, sup):
    p = dict(level=level, dept=dept, area=area, sup=sup, fem=R.random() < 0.5, number=posno(R),
             cls=CLS[level], reports=[], children=[])
    p["title"] = "%s, %s" % (EN_BASE[level], area[0])
    p["title_fr"] = fr_title(level, p["fem"], area[1])
    if sup is not None:
        sup["children"].append(p)
    return p


adms = [make("ADM", d, T.DG_AREAS[d], None) for d in range(3)]
dgs = [make("DG", d, T.DG_AREAS[d], adms[d]) for d in range(3)]
ed_dept = [0, 0, 0, 1, 1, 2, 2, 2]
eds = [make("ED", ed_dept[i], T.ED_AREAS[i], dgs[ed_dept[i]]) for i in range(8)]


def dir_dept(i):
    if i < 9 or i in (25, 26, 30, 32):
        return 0
    if i < 15 or i in (28, 29):
        return 1
    return 2


dirs = []
for i, area in enumerate(T.DIR_AREAS):
    d = dir_dept(i)
    sup = dgs[d] if R.random() < 0.15 else R.choice([e for e in eds if e["dept"] == d])
    dirs.append(make("DIR", d, area, sup))
positions = dgs + eds + dirs  # 44, in corpus

for i, p in enumerate(positions):
    rng = random.Random(200000 + i)
    p["loc"] = rng.choice(T.LOCATIONS)
    if p["level"] == "DIR":
        for unit in rng.sample(T.MANAGER_UNITS, rng.randint(2, 8)):
            p["reports"].append(dict(title=unit[0], title_fr=unit[1], cls=unit[2], fte=rng.randint(3, 24),
                                     number=posno(rng), corpus=None))
for p in dirs + eds + dgs:  # bottom-up: FTEs of corpus reports are their own totals
    rng = random.Random(201000 + positions.index(p))
    if p["level"] != "DIR":
        for c in p["children"]:
            p["reports"].append(dict(title=c["title"], title_fr=c["title_fr"], cls=c["cls"], fte=c["fte"],
                                     number=c["number"], corpus=c))
        if not p["reports"]:
            unit = T.MANAGER_UNITS[0]
            p["reports"].append(dict(title=unit[0], title_fr=unit[1], cls=unit[2], fte=9, number=posno(rng),
                                     corpus=None))
    p["fte"] = sum(r["fte"] for r in p["reports"]) + rng.randint(1, 5)
    p["salary"] = p["fte"] * rng.randint(78, 96) * 1000 + rng.choice([0, 0, rng.randint(1, 999) * 10])
    p["om"] = rng.randint(40, 900) * 1000 + rng.choice([0, rng.randint(1, 99) * 100])
    p["eff"] = date(2018, 4, 1) + timedelta(days=rng.randint(0, 6 * 365))
    p["job"] = rng.choice(["EXE-%04d" % rng.randint(100, 9999), "%06d" % rng.randint(100000, 109999),
                           "EX%05d" % rng.randint(10000, 99999)])

# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "oracle":
        return d.strftime("%d-") + MONTHS[d.month - 1][:3].upper() + d.strftime("-%Y")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MOIS[d.month - 1], d.year)
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def fmt_money(v, style):
    if style == "dollar":
        return "${:,}".format(v)
    if style == "cents":
        return "{:,}.00".format(v)
    if style == "dollarcents":
        return "${:,}.00".format(v)
    if style == "cad":
        return "CAD {:,}".format(v)
    if style == "fr":
        return "{:,}".format(v).replace(",", "\u00a0") + "\u00a0$"
    if style == "frcents":
        return "{:,}".format(v).replace(",", " ") + ",00 $"
    raise ValueError(style)


def fmt_cls(c, style):
    g, n = c.split("-")
    return {"dash": c, "space": "%s %s" % (g, n), "tight": g + n}[style]


# ---------------------------------------------------------------- labels
LAB = {
    "A": dict(pos="Pos No / No du poste", job="Job Code / Code d'emploi", title="Title / Titre",
              cls="Group-Level / Groupe-niveau", eff="Eff. Date / Date d'eff.", dept="Department / Ministère",
              org="Org Unit / Unité org.", loc="Location / Lieu", spos="Reports to Pos / Relève du poste",
              scls="Reports to Grp-Lvl / Gr-niv du supérieur", stitle="Reports to Title / Titre du supérieur",
              inc="Incumbent / Titulaire", upd="Last Updated / Mis à jour", status="Status / Statut",
              lang="Language Req. / Exig. ling.", sec="Security / Sécurité"),
    "B": dict(pos="POSITION NBR", job="JOBCODE", title="POSITION TITLE", cls="GRADE", eff="EFFECTIVE DT",
              dept="BUSINESS UNIT", org="DEPTID", loc="LOCATION", spos="REPORTS TO POSN", scls="REPORTS TO GRADE",
              stitle="REPORTS TO TITLE", inc="INCUMBENT", upd="LAST UPDT DTTM", status="EFF STATUS",
              lang="LANG PROFILE", sec="SEC CLEARANCE"),
    "C": dict(pos="No de poste / Position No", job="Code d'emploi / Job Code", title="Titre / Title",
              cls="Groupe et niveau / Group and Level", eff="Date d'entrée en vigueur / Effective Date",
              dept="Ministère / Department", org="Unité organisationnelle / Org Unit",
              loc="Lieu de travail / Work Location", spos="Poste du superviseur / Supervisor Position",
              scls="Classification du superviseur / Supervisor Classification",
              stitle="Titre du superviseur / Supervisor Title", inc="Titulaire / Incumbent",
              upd="Dernière modification / Last Modified", status="Statut / Status",
              lang="Profil linguistique / Language Profile", sec="Cote de sécurité / Security"),
}
HEAD = {
    "en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", sig="SIGNATURES", dr="DIRECT REPORTS",
               fte="FTEs", sal="Salary", om="O&M", tot="Total", app="Approved by", clsby="Classified by",
               date="Date", cont="(continued)",
               intro="The following positions report directly to the {t}:", th=["Pos No", "Title", "Grp-Lvl", "FTE"]),
    "fr": dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE DE L'ORGANISATION", ns="NATURE ET ÉTENDUE",
               dim="DIMENSIONS", sa="RESPONSABILITÉS PARTICULIÈRES", sig="SIGNATURES", dr="SUBORDONNÉS DIRECTS",
               fte="ETP", sal="Salaires", om="F et E", tot="Total", app="Approuvé par", clsby="Classifié par",
               date="Date", cont="(suite)",
               intro="Les postes suivants relèvent directement du {t} :", th=["No poste", "Titre", "Gr-niv", "ETP"]),
    "bilingual": dict(ga="GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE",
                      org="ORGANIZATION STRUCTURE / STRUCTURE DE L'ORGANISATION",
                      ns="NATURE AND SCOPE / NATURE ET ÉTENDUE", dim="DIMENSIONS",
                      sa="SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS PARTICULIÈRES", sig="SIGNATURES",
                      dr="DIRECT REPORTS / SUBORDONNÉS DIRECTS", fte="FTE / ETP", sal="Salary / Salaires",
                      om="O&M / F et E", tot="Total", app="Approved by / Approuvé par",
                      clsby="Classified by / Classifié par", date="Date", cont="(continued / suite)",
                      intro="The following positions report directly to the {t} / Les postes suivants relèvent "
                            "directement du titulaire :", th=["Pos No / No poste", "Title / Titre", "Grp-Lvl", "FTE/ETP"]),
}


def person(rng):
    return "%s %s" % (rng.choice(T.GIVEN), rng.choice(T.FAMILY))


def userid(rng):
    g, f = rng.choice(T.GIVEN), rng.choice(T.FAMILY).split("-")[0]
    return rng.choice([(g[0] + f).upper()[:8], (g[0] + f).upper()[:7] + str(rng.randint(1, 9)),
                       "usr%04d" % rng.randint(1000, 9999), ("%s.%s" % (g[0], f)).lower()])


# ---------------------------------------------------------------- building one description
def describe(p, lang, system, rng, variant):
    """Returns (blocks, header(page,total)->lines, footer lines, truth, meta)."""
    dept_en, dept_fr, ac_en, ac_fr = T.DEPARTMENTS[p["dept"]]
    L, H = LAB[system], HEAD[lang]
    cstyle = "space" if system == "B" else rng.choice(["dash", "dash", "space", "tight"])
    if lang == "fr":
        dstyle = rng.choice(["iso", "fr", "dmy"])
        mstyle = rng.choice(["fr", "frcents"])
    else:
        dstyle = rng.choice(["oracle", "iso"]) if system == "B" else rng.choice(["iso", "slash", "long", "iso", "dmy"])
        mstyle = rng.choice(["dollar", "cents", "dollarcents", "cad"])
    if dstyle == "dmy" and p["eff"].day <= 12:
        dstyle = "iso"
    eff = variant.get("eff", p["eff"])
    if variant.get("no_eff"):
        eff = None
    salary, om = variant.get("salary", p["salary"]), variant.get("om", p["om"])
    show_total = variant.get("show_total", rng.random() < 0.75)
    title = {"en": p["title"], "fr": p["title_fr"], "bilingual": p["title"] + " / " + p["title_fr"]}[lang]
    t_title = p["title_fr"] if lang == "fr" else p["title"]
    sup = p["sup"]
    s_title = sup["title_fr"] if lang == "fr" else sup["title"]
    s_title_shown = sup["title"] + " / " + sup["title_fr"] if (lang == "bilingual" and system != "B") else s_title
    show_spos = rng.random() < 0.8
    show_scls = rng.random() < 0.85
    show_job = rng.random() < 0.85
    dept_shown = {"en": dept_en, "fr": dept_fr, "bilingual": dept_en + " / " + dept_fr}[lang]
    if system == "B":
        dept_shown = ac_en + "01"
    orgunit = "%05d %s" % (rng.randint(10000, 99999), p["area"][1 if lang == "fr" else 0])
    loc_shown = p["loc"][2] if system == "B" or rng.random() < 0.4 else (p["loc"][1] if lang == "fr" else p["loc"][0])
    incumbent = person(rng) if rng.random() < 0.4 else None
    approver, classifier = person(rng), person(rng) if rng.random() < 0.6 else None
    people = [n for n in (incumbent, approver, classifier) if n]
    printed = date(2024, 1, 8) + timedelta(days=rng.randint(0, 500))
    ptime = "%02d:%02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    uid = userid(rng)
    updated = (eff or p["eff"]) + timedelta(days=rng.randint(20, 700))
    pdstyle = "oracle" if system == "B" else "iso"
    status = "ACTIVE / ACTIF" if system != "B" else "A"

    grid = []
    if system == "B":
        grid.append([(L["pos"], p["number"]), (L["job"], p["job"] if show_job else ""), (L["cls"], fmt_cls(p["cls"], cstyle))])
        grid.append([(L["title"], title)])
        grid.append([(L["eff"], fmt_date(eff, dstyle)), (L["status"], status), ("FTE", "1.00")])
        grid.append([(L["dept"], dept_shown), (L["org"], orgunit)])
        grid.append([(L["loc"], loc_shown), (L["lang"], rng.choice(["CBC/CBC", "BBB/BBB", "CCC/CCC"]))])
        sup_line = (sup["number"] + "  " if show_spos else "") + s_title + (
            " (%s)" % fmt_cls(sup["cls"], cstyle) if show_scls else "")
        grid.append([("REPORTS TO", sup_line)])
        grid.append([(L["inc"], incumbent.upper() if incumbent else "VACANT"), (L["upd"], fmt_date(updated, "oracle") + " 09:14:55")])
        if incumbent:
            people[people.index(incumbent)] = incumbent.upper()
    else:
        grid.append([(L["pos"], p["number"]), (L["job"], p["job"] if show_job else "")])
        grid.append([(L["title"], title)])
        grid.append([(L["cls"], fmt_cls(p["cls"], cstyle)), (L["eff"], fmt_date(eff, dstyle))])
        grid.append([(L["dept"], dept_shown)])
        grid.append([(L["org"], orgunit)])
        grid.append([(L["loc"], loc_shown), (L["sec"], rng.choice(["Secret", "Reliability / Fiabilité", "Top Secret / Très secret"]))])
        row = []
        if show_spos:
            row.append((L["spos"], sup["number"]))
        if show_scls:
            row.append((L["scls"], fmt_cls(sup["cls"], cstyle)))
        if row:
            grid.append(row)
        grid.append([(L["stitle"], s_title_shown)])
        grid.append([(L["inc"], incumbent or ("VACANT" if lang != "fr" else "VACANT")), (L["status"], status)])
        grid.append([(L["upd"], fmt_date(updated, "iso"))])
    area_l = p["area"][1].lower() if lang == "fr" else p["area"][0].lower()
    blocks = [("title", {"en": "POSITION DESCRIPTION", "fr": "DESCRIPTION DE POSTE",
                         "bilingual": "POSITION DESCRIPTION / DESCRIPTION DE POSTE"}[lang]), ("grid", grid)]

    def prose(key_en, key_fr):
        out = []
        if lang in ("en", "bilingual"):
            out.append(("p", key_en.format(title=p["title"], area_l=p["area"][0].lower())))
        if lang in ("fr", "bilingual"):
            out.append(("p", key_fr.format(title=p["title_fr"], area_l=p["area"][1].lower())))
        return out

    blocks.append(("h", H["ga"]))
    blocks += prose(T.GA_EN, T.GA_FR)
    blocks.append(("h", H["org"]))
    blocks.append(("p", H["intro"].format(t=t_title)))
    rstyle = "fr" if lang == "fr" else "en"
    rows, truth_reports = [], []
    for r in p["reports"]:
        rcls = r["cls"] if rng.random() > 0.08 else None
        rfte = r["fte"] if rng.random() > 0.08 else None
        rt = r["title_fr"] if rstyle == "fr" else r["title"]
        rows.append([r["number"], rt, fmt_cls(rcls, cstyle) if rcls else "", str(rfte) if rfte is not None else ""])
        truth_reports.append(dict(title=rt, classification=rcls, fte=rfte))
    blocks.append(("table", H["dr"], H["th"], rows, H["cont"]))
    blocks.append(("h", H["ns"]))
    blocks += prose(T.NS_EN, T.NS_FR)
    blocks.append(("h", H["dim"]))
    dims = [(H["fte"], str(p["fte"])), (H["sal"], fmt_money(salary, mstyle)), (H["om"], fmt_money(om, mstyle))]
    if show_total:
        dims.append((H["tot"], fmt_money(salary + om, mstyle)))
    blocks.append(("grid", [[d] for d in dims]))
    blocks.append(("h", H["sa"]))
    sas = (T.SA_FR if lang == "fr" else T.SA_EN)
    for k, s in enumerate(sas[:rng.randint(4, 6)]):
        blocks.append(("p", "%d. %s" % (k + 1, s.format(area_l=area_l))))
    blocks.append(("h", H["sig"]))
    appd = p["eff"] - timedelta(days=rng.randint(3, 40))
    blocks.append(("grid", [[(H["app"], approver), (H["date"], fmt_date(appd, "iso"))]] +
                   ([[(H["clsby"], classifier), (H["date"], fmt_date(appd - timedelta(days=rng.randint(1, 9)), "iso"))]] if classifier else [])))

    # running header and footer
    hdr_title = title if len(title) < 70 else t_title

    def header(n, m):
        if system == "B":
            return [("%s  HRIS PRODUCTION" % (ac_en + "01")).ljust(34) + "POSITION DESCRIPTION REPORT".ljust(40) + "PAGE: %4d OF %d" % (n, m),
                    ("RUN DATE: %s  RUN TIME: %s" % (fmt_date(printed, pdstyle), ptime)).ljust(50) + ("OPRID: %s" % uid).ljust(25) + "PROTECTED B",
                    "POSITION: %s  %s" % (p["number"], hdr_title), "-" * W]
        d_line = "%s / %s" % (ac_en, ac_fr) if ac_en != ac_fr else ac_en
        pg = "Page %d of %d / Page %d de %d" % (n, m, n, m) if system == "A" else "Page %d de %d / Page %d of %d" % (n, m, n, m)
        return [(dept_en if system == "A" else dept_fr).ljust(W - 24) + ("PROTECTED B / PROTÉGÉ B" if system == "A" else "PROTÉGÉ B / PROTECTED B").rjust(24),
                ("Position Description / Description de poste" if system == "A" else "Description de poste / Position Description").ljust(W - 32) + pg.rjust(32),
                ("%s: %s   %s" % (L["pos"], p["number"], hdr_title))[:W],
                ("Printed / Imprimé: %s %s" % (fmt_date(printed, "iso"), ptime[:5])).ljust(45) + "User ID / Code d'utilisateur: %s" % uid,
                "=" * W]

    form = rng.choice(["Form HR-PD-07 (rev. 2019-06)", "TBS/SCT 350-62 (2021/09)", "Report HRPD0410 v3.2",
                       "Formulaire / Form RH-DP-07 (2020-11)"])
    footer = ["_" * W, form.ljust(W - 23) + ("PROTECTED B / PROTÉGÉ B" if system != "B" else "PROTECTED B").rjust(23)]

    ns = ["effective_date"] if eff is None else []
    if not show_spos:
        ns.append("supervisor.position_number")
    if not show_scls:
        ns.append("supervisor.classification")
    if not show_job:
        ns.append("job_code")
    if not show_total:
        ns.append("total")
    loc_truth = loc_shown
    truth = dict(
        title=t_title, classification=p["cls"], job_code=p["job"] if show_job else None,
        position_number=p["number"], effective_date=eff,
        supervisor=dict(position_number=sup["number"] if show_spos else None, title=s_title,
                        classification=sup["cls"] if show_scls else None),
        direct_reports=truth_reports, salary=salary, o_and_m=om, total=salary + om if show_total else None,
        location=loc_truth)
    also = dict(department=dept_en if lang != "fr" else dept_fr, fte=p["fte"], hris_layout=system,
                print_date=printed.isoformat(), print_user=uid, last_updated_not_effective=updated.isoformat(),
                classification_notation=cstyle, date_notation=dstyle if eff else None, amount_notation=mstyle)
    if system == "B":
        also["position_fte_1_00_is_not_unit_fte"] = True
        also["department"] = dept_en
        also["business_unit"] = dept_shown
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
        if system != "B":
            also["supervisor_title_fr"] = sup["title_fr"]
    if sup["level"] != "ADM":
        also["reports_to_in_corpus"] = None  # filled later
    if incumbent:
        also["incumbent"] = incumbent
    return blocks, header, footer, truth, also, people


# ---------------------------------------------------------------- rendering to lines
def block_lines(blocks):
    """Lines tagged with the table they belong to (for repeated header rows)."""
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [(b[1].center(W).rstrip(), None), ("", None)]
        elif b[0] == "h":
            out += [("", None), (b[1], None)]
        elif b[0] == "p":
            for ln in textwrap.wrap(b[1], W - 2):
                out.append((ln, None))
        elif b[0] == "grid":
            for row in b[1]:
                cells = ["%s: %s" % (k, v) if v else "%s:" % k for k, v in row]
                if len(row) == 1:
                    out.append((cells[0], None))
                else:
                    width = max(46, len(cells[0]) + 3)
                    line = cells[0].ljust(width) + "   ".join(cells[1:])
                    out.append((line.rstrip(), None))
        elif b[0] == "table":
            _, caption, th, rows, cont = b
            tw = max(len(r[1]) for r in rows + [th]) + 3
            fmt = lambda r: (r[0].ljust(20) + r[1].ljust(tw) + r[2].ljust(10) + r[3].rjust(7)).rstrip()
            hdr = [(caption, None), (fmt(th), None), ("-" * (37 + tw), None)]
            tid = id(b)
            out += hdr
            for r in rows:
                out.append((fmt(r), (tid, caption + " " + cont, fmt(th), "-" * (37 + tw))))
    return out


def paginate(lines, per_page):
    pages, cur = [], []
    for ln, tag in lines:
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if tag:
                cur += [tag[1], tag[2], tag[3]]
        if not cur and not ln:
            continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    return pages


def printed_pages(blocks, header, footer, per_page):
    body = paginate(block_lines(blocks), per_page)
    m = len(body)
    return [header(n + 1, m) + [""] + pg + [""] * (per_page - len(pg) + 1) + footer for n, pg in enumerate(body)]


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("h", "b"), ("o", "0"), ("l", "1"), ("é", "e"),
       ("è", "e"), ("É", "E"), ("à", "a")]


def ocr(text, rate, rng):
    out = []
    for line in text.split("\n"):
        if rng.random() < rate and line.strip():
            chars = list(line)
            for k, ch in enumerate(chars):
                if ch in DIG and rng.random() < 0.35:
                    chars[k] = DIG[ch] if ch != "1" else rng.choice(["I", "l"])
            line = "".join(chars)
            for a, b in LET:
                if a in line and rng.random() < rate:
                    k = line.find(a, rng.randint(0, max(0, len(line) - 1)) // 2)
                    if k >= 0:
                        line = line[:k] + b + line[k + len(a):]
            if " " in line.strip() and rng.random() < rate:
                sp = [k for k, c in enumerate(line) if c == " " and 0 < k < len(line) - 1 and line[k - 1] != " " and line[k + 1] != " "]
                if sp:
                    k = rng.choice(sp)
                    line = line[:k] + line[k + 1:]
        if len(line) > 60 and rng.random() < rate / 2 and "  " not in line.strip():
            words = line.split(" ")
            cut = len(words) // 2
            w = words[cut]
            if len(w) > 6:
                out.append(" ".join(words[:cut] + [w[:3] + "-"]))
                line = " ".join([w[3:]] + words[cut + 1:])
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- docx
def fixed_docx(document):
    cp = document.core_properties
    from datetime import datetime
    cp.created = cp.modified = cp.last_printed = datetime(2024, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "HRIS"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def repeat_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def to_docx(blocks, header, footer, style):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9)
    if style == "sectionhdr":
        sec = d.sections[0]
        for ln in header(1, 1)[:-1]:
            ln = ln.replace("Page 1 of 1 / Page 1 de 1", "").replace("Page 1 de 1 / Page 1 of 1", "").replace("PAGE:    1 OF 1", "")
            sec.header.add_paragraph(" ".join(ln.split()))
        sec.footer.add_paragraph(" ".join(footer[1].split()))
    n_pages = 3
    page = [1]

    def inline_header():
        for ln in header(page[0], n_pages)[:-1]:
            d.add_paragraph(" ".join(ln.split()))

    if style == "inline":
        inline_header()
    for b in blocks:
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            if style == "inline" and b[1] in (HEAD["en"]["ns"], HEAD["fr"]["ns"], HEAD["bilingual"]["ns"],
                                              HEAD["en"]["sa"], HEAD["fr"]["sa"], HEAD["bilingual"]["sa"]) and page[0] < 3 and b[1] not in ("",):
                if b[1] in (HEAD["en"]["sa"], HEAD["fr"]["sa"], HEAD["bilingual"]["sa"]):
                    d.add_paragraph(" ".join(footer[1].split()))
                    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                    page[0] += 1
                    inline_header()
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "grid":
            ncol = max(len(r) for r in b[1]) * 2
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for k, (lab, val) in enumerate(row):
                    cells[2 * k].text = lab
                    cells[2 * k + 1].text = val
        elif b[0] == "table":
            _, caption, th, rows, cont = b
            d.add_paragraph(caption)
            split = len(rows) // 2 if (style == "inline" and len(rows) >= 4) else len(rows)
            parts = [rows[:split], rows[split:]] if split < len(rows) else [rows]
            for k, part in enumerate(parts):
                if k:
                    d.add_paragraph(" ".join(footer[1].split()))
                    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                    page[0] += 1
                    inline_header()
                    d.add_paragraph(caption + " " + cont)
                t = d.add_table(rows=1, cols=4)
                t.style = "Table Grid"
                for c, h in zip(t.rows[0].cells, th):
                    c.text = h
                repeat_header_row(t.rows[0])
                for r in part:
                    for c, v in zip(t.add_row().cells, r):
                        c.text = v
            if style == "inline" and len(parts) == 1:
                d.add_paragraph(" ".join(footer[1].split()))
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                page[0] += 1
                inline_header()
    if style == "inline":
        d.add_paragraph(" ".join(footer[1].split()))
    return fixed_docx(d)


def to_markdown(blocks):
    out = []
    for b in blocks:
        if b[0] == "title":
            out += ["# " + b[1].title(), ""]
        elif b[0] == "h":
            out += ["", "## " + b[1].capitalize(), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "grid":
            for row in b[1]:
                for k, v in row:
                    out.append("- **%s:** %s" % (k, v))
            out.append("")
        elif b[0] == "table":
            _, caption, th, rows, cont = b
            out += ["**%s**" % caption, "", "| " + " | ".join(th) + " |", "|" + "---|" * 4]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- YAML
import json  # noqa: E402


def ys(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, date):
        return v.isoformat()
    return json.dumps(v, ensure_ascii=False)


def emit(obj, ind=0):
    pad = " " * ind
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append("%s%s:" % (pad, k))
            out += emit(v, ind + 2)
        elif isinstance(v, list):
            if not v:
                out.append("%s%s: []" % (pad, k))
                continue
            out.append("%s%s:" % (pad, k))
            for item in v:
                if isinstance(item, dict):
                    sub = emit(item, ind + 2)
                    out.append(pad + "- " + sub[0].lstrip())
                    out += sub[1:]
                else:
                    out.append("%s- %s" % (pad, ys(item)))
        else:
            out.append("%s%s: %s" % (pad, k, ys(v)))
    return out


# ---------------------------------------------------------------- the folder
def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    K = random.Random(2001)
    kinds = ["pdf"] * 14 + ["pdftext"] * 9 + ["ocr"] * 7 + ["docx"] * 10 + ["markdown"] * 2 + ["cp1252"] * 3
    kinds = kinds[:44]  # the 45th document is the older version (pdf)
    K.shuffle(kinds)
    langs = ["en"] * 25 + ["fr"] * 11 + ["bilingual"] * 8
    K.shuffle(langs)
    docs = []  # (name, kind, lang, data, truth)
    names = set()
    filemap = {}
    for i, p in enumerate(positions):
        rng = random.Random(200500 + i)
        kind, lang = kinds[i], langs[i]
        system = {"en": rng.choice("AAB"), "fr": rng.choice("CCA"), "bilingual": rng.choice("AC")}[lang]
        variant = {}
        if rng.random() < 0.1:
            variant["no_eff"] = True
        blocks, header, footer, truth, also, people = describe(p, lang, system, rng, variant)
        tshow = truth["title"]
        num = p["number"]
        cands = {
            "pdf": ["PD_%s_%s.pdf" % (num, tshow), "Position Description - %s.pdf" % tshow, "%s (1).pdf" % tshow,
                    "HRIS PD %s.pdf" % num.lstrip("0"), "%s - signed.pdf" % tshow, "Description de poste %s.pdf" % num],
            "pdftext": ["PD_%s.txt" % num, "%s - export.txt" % tshow, "pdftotext %s.txt" % num,
                        "%s (from PDF).txt" % tshow],
            "ocr": ["scan_%s.txt" % num[-5:], "%s (scanned).txt" % tshow, "Numérisation %d.txt" % rng.randint(10, 999),
                    "printout %s OCR.txt" % num],
            "docx": ["%s.docx" % tshow, "DRAFT %s.docx" % tshow, "%s - final.docx" % tshow, "Copie de %s.docx" % tshow,
                     "WD %s - %s.docx" % (num, tshow)],
            "markdown": ["%s (notes).md" % tshow, "PD %s.md" % num],
            "cp1252": ["%s.txt" % tshow, "EXPORT_%s_PD.txt" % num],
        }[kind]
        name = rng.choice(cands).replace("/", "-")
        while name in names:
            name = "(2) " + name
        names.add(name)
        per_page = rng.randint(26, 40)
        kind_out = {"pdf": "pdf", "pdftext": "text", "ocr": "ocr", "docx": "docx", "markdown": "markdown",
                    "cp1252": "text-cp1252"}[kind]
        if kind == "pdf":
            data = pdf_bytes(["\n".join(pg) for pg in printed_pages(blocks, header, footer, per_page)])
        elif kind == "pdftext":
            pages = printed_pages(blocks, header, footer, per_page)
            data = "".join("\n".join(pg) + "\n\f" for pg in pages).encode("utf-8")
        elif kind == "ocr":
            strength = ["light", "medium", "heavy"][i % 3]
            rate = {"light": 0.08, "medium": 0.2, "heavy": 0.35}[strength]
            pages = printed_pages(blocks, header, footer, per_page)
            text = ("\f" if rng.random() < 0.5 else "\n\n").join("\n".join(pg) for pg in pages)
            data = ocr(text, rate, rng).encode("utf-8")
            also["damage"] = strength
        elif kind == "docx":
            also["docx_layout"] = rng.choice(["sectionhdr", "inline"])
            data = to_docx(blocks, header, footer, also["docx_layout"])
        elif kind == "markdown":
            data = to_markdown(blocks).encode("utf-8")
        else:
            pages = printed_pages(blocks, header, footer, per_page)
            text = "".join("\n".join(pg) + "\n\f" for pg in pages)
            text = text.replace("'", "\u2019").replace("\n", "\r\n")
            data = text.encode("cp1252", errors="replace")
            truth["title"] = truth["title"].replace("'", "\u2019")
            truth["supervisor"]["title"] = truth["supervisor"]["title"].replace("'", "\u2019")
            for r in truth["direct_reports"]:
                r["title"] = r["title"].replace("'", "\u2019")
        p["file"] = name
        docs.append(dict(name=name, kind=kind_out, lang=lang, data=data, truth=truth, also=also, people=people,
                         pos=p, versions=None))
    # the older version of one Director: a 2019 printout
    old_p = [p for p in dirs if docs[positions.index(p)]["kind"] in ("pdf", "docx", "text")][0]
    cur = docs[positions.index(old_p)]
    rng = random.Random(200700)
    variant = dict(eff=date(2017, 6, 19), salary=old_p["salary"] - 412000, om=old_p["om"] - 23000, show_total=True)
    blocks, header, footer, truth, also, people = describe(old_p, cur["lang"], "B", rng, variant)
    oname = "PD %s - 2017 version (printed).pdf" % old_p["number"]
    docs.append(dict(name=oname, kind="pdf", lang=cur["lang"],
                     data=pdf_bytes(["\n".join(pg) for pg in printed_pages(blocks, header, footer, 30)]),
                     truth=truth, also=also, people=people, pos=old_p, versions=None))
    ver = dict(documents=[oname, cur["name"]], newest=cur["name"], same_text=False,
               note="the 2017 description (effective 2017-06-19, lower salary and O&M) and the current one")
    docs[-1]["versions"] = ver
    cur["versions"] = ver
    # supervisors in corpus
    for dd in docs:
        if "reports_to_in_corpus" in dd["also"]:
            dd["also"]["reports_to_in_corpus"] = dd["pos"]["sup"]["file"]
    refuse(docs)
    for dd in docs:
        with open(os.path.join(CORPUS, dd["name"]), "wb") as f:
            f.write(dd["data"])
        t = dd["truth"]
        head = dict(document=dd["name"], kind=dd["kind"], language=dd["lang"],
                    outcome="import" if t else "refuse")
        lines = emit(head)
        if t:
            ns = []
            for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location"):
                if t[k] is None:
                    ns.append(k)
            for k in ("position_number", "title", "classification"):
                if t["supervisor"][k] is None:
                    ns.append("supervisor." + k)
            lines += emit(dict(fields=t))
            lines += emit(dict(not_stated=ns)) if ns else ["not_stated: []"]
        else:
            lines += ["fields: null", "not_stated: []"]
        lines += emit(dict(also={k: v for k, v in dd["also"].items() if v is not None}))
        lines += emit(dict(people=dd["people"])) if dd["people"] else ["people: []"]
        lines += emit(dict(versions=dd["versions"])) if dd["versions"] else ["versions: null"]
        with open(os.path.join(EXPECTED, dd["name"] + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


def refuse(docs):
    rng = random.Random(200900)
    ppl = [person(rng) for _ in range(8)]
    p = dirs[3]
    # 1. memo, UTF-8 text
    memo = ("MEMORANDUM / NOTE DE SERVICE\n\nTO: All Directors, %s\nFROM: %s, Director General\n"
            "DATE: 2024-02-12\nSUBJECT: Position %s - reallocation of O&M\n\n"
            "Further to the mid-year review, $145,000 in O&M will be moved from position %s (%s, EX-01)\n"
            "to the %s directorate effective 2024-04-01. Salary budgets ($%s) are unchanged.\n\n"
            "Please confirm your revised spending plans by March 1.\n\n%s\n" % (
                T.DG_AREAS[0][0], ppl[0], p["number"], p["number"], p["title"], eds[0]["area"][0],
                "{:,}".format(p["salary"]), ppl[0]))
    docs.append(dict(name="Memo - O&M reallocation 2024-25.txt", kind="text", lang="en", data=memo.encode("utf-8"),
                     truth=None, also=dict(what="memo reallocating O&M, naming a corpus position's number"),
                     people=[ppl[0]], pos=None, versions=None))
    # 2. HRIS position listing report (PDF): many positions, not a description
    lines = ["ESDC01  HRIS PRODUCTION        POSITION LISTING BY DEPTID         PAGE:    1 OF 1",
             "RUN DATE: 04-MAR-2024  RUN TIME: 10:02:41   OPRID: usr4410           PROTECTED B", "-" * W,
             "POSN NBR   TITLE                                                   GRADE   EFF DT        STATUS"]
    for q in [dgs[0]] + [e for e in eds if e["dept"] == 0] + [x for x in dirs if x["dept"] == 0][:8]:
        lines.append("%s   %s %s  %s   A" % (q["number"], q["title"][:55].ljust(55), q["cls"].replace("-", " "),
                                             fmt_date(q["eff"], "oracle")))
    lines += ["", "TOTAL POSITIONS: %d" % (len(lines) - 4), "_" * W, "Report HRPL0200 - Position Listing (rev. 2021-09)"]
    docs.append(dict(name="Position listing DEPTID 40012.pdf", kind="pdf", lang="en", data=pdf_bytes(["\n".join(lines)]),
                     truth=None, also=dict(what="HRIS position listing report: a table of fourteen corpus positions"),
                     people=[], pos=None, versions=None))
    # 3. org chart, Word
    d = docx.Document()
    d.add_heading("Organization Chart / Organigramme - %s" % dgs[2]["title"], level=1)
    d.add_paragraph("%s (%s) - %s" % (dgs[2]["title"], dgs[2]["cls"], ppl[1]))
    for e in [e for e in eds if e["dept"] == 2]:
        d.add_paragraph("    %s (%s) - pos. %s" % (e["title"], e["cls"], e["number"]))
        for c in e["children"]:
            d.add_paragraph("        %s (%s)" % (c["title"], c["cls"]))
    d.add_paragraph("As of / En date du 2024-01-15")
    docs.append(dict(name="Org chart - Settlement and Integration Operations (Jan 2024).docx", kind="docx",
                     lang="bilingual", data=fixed_docx(d), truth=None,
                     also=dict(what="org chart of a DG's branch"), people=[ppl[1]], pos=None, versions=None))
    # 4. French letter confirming an acting appointment, Word
    q = dirs[17]
    d = docx.Document()
    for para in ["Ottawa, le 3 octobre 2023", "", ppl[2], q["title_fr"],
                 "Objet : Nomination intérimaire – poste %s" % q["number"], "",
                 "Madame, Monsieur,",
                 "La présente confirme votre nomination intérimaire au poste de %s (%s), no de poste %s, du "
                 "16 octobre 2023 au 15 avril 2024. Le poste relève du %s. Le budget salarial de la direction "
                 "s'élève à %s." % (q["title_fr"], q["cls"], q["number"], q["sup"]["title_fr"],
                                    fmt_money(q["salary"], "fr")),
                 "Veuillez agréer l'expression de mes sentiments distingués.", "", ppl[3],
                 q["sup"]["title_fr"]]:
        d.add_paragraph(para)
    docs.append(dict(name="Lettre - nomination intérimaire %s - signé.docx" % q["number"], kind="docx", lang="fr",
                     data=fixed_docx(d), truth=None, also=dict(what="letter confirming an acting appointment"),
                     people=[ppl[2], ppl[3]], pos=None, versions=None))
    # 5. scanned PDF without a text layer
    docs.append(dict(name="SCAN0047 PD signed.pdf", kind="pdf", lang="en", data=pdf_bytes(["", "", ""]), truth=None,
                     also=dict(what="three-page scan without a text layer"), people=[], pos=None, versions=None))


if __name__ == "__main__":
    main()
