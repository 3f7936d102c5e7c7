"""Blind corpus 176 for `hrkit import`: one position per document as HR systems and spreadsheets export it.

Run from the repository root: python bench/import/blind176/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import copy
import datetime
import io
import json
import random
import shutil
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402

rng = random.Random(176)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

BRANCHES = [
    ("Benefits Delivery Services", "Services de versement des prestations"),
    ("Chief Financial Officer Branch", "Direction générale du dirigeant principal des finances"),
    ("Operations Sector", "Secteur des opérations"),
    ("Program Operations Branch", "Direction générale des opérations de programmes"),
    ("Corporate Services", "Services ministériels"),
    ("Innovation, Information and Technology Branch", "Direction générale de l'innovation, information et technologie"),
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ----------------------------------------------------------------------------------------- positions
def person():
    return f"{rng.choice(texts.GIVEN)} {rng.choice(texts.FAMILY)}"


def title_of(level, subject, lang, fem):
    if lang == "fr":
        head = {1: ("Directeur", "Directrice"), 2: ("Directeur exécutif", "Directrice exécutive"),
                3: ("Directeur général", "Directrice générale")}[level][fem]
    else:
        head = {1: "Director", 2: "Executive Director", 3: "Director General"}[level]
    return f"{head}, {subject}"


def make_positions():
    subjects = list(texts.SUBJECTS)
    rng.shuffle(subjects)
    used_numbers = set()
    positions = []
    for i, (s_en, s_fr) in enumerate(subjects):
        level = [1, 1, 1, 2, 2, 3][i % 6] if i >= 3 else 3
        fem = rng.random() < 0.5
        dept = rng.choice(texts.DEPARTMENTS)
        loc = rng.choice(texts.LOCATIONS)
        while True:
            num = str(rng.randrange(10000, 99999999) if rng.random() < 0.3 else rng.randrange(10000, 99999))
            if num not in used_numbers:
                used_numbers.add(num)
                break
        p = {
            "i": i, "level": level, "fem": fem, "dept": dept, "loc": loc,
            "title_en": title_of(level, s_en, "en", fem), "title_fr": title_of(level, s_fr, "fr", fem),
            "subject": (s_en, s_fr),
            "classification": f"EX-0{level}",
            "job_code": str(rng.randrange(100100, 109999)) if rng.random() < 0.8 else None,
            "position_number": num,
            "effective_date": datetime.date(rng.randrange(2019, 2024), rng.randrange(1, 13),
                                            rng.choice([1, 1, 13, 15, 17, 20, 22, 24, 27])),
            "salary": rng.randrange(700, 24000) * 1000,
            "o_and_m": rng.randrange(40, 2600) * 1000,
            "total_stated": rng.random() < 0.7,
            "incumbent": person() if rng.random() < 0.6 else None,
            "approver": person(),
        }
        if level == 3:
            b_en, b_fr = rng.choice(BRANCHES)
            sup_level = rng.choice([4, 5])
            p["sup"] = {"title_en": f"Assistant Deputy Minister, {b_en}",
                        "title_fr": f"{'Sous-ministre adjointe' if rng.random() < .5 else 'Sous-ministre adjoint'}, {b_fr}",
                        "classification": f"EX-0{sup_level}"}
        else:
            sl = 3 if (level == 2 or rng.random() < 0.7) else 2
            b_en, b_fr = rng.choice(BRANCHES)
            sfem = rng.random() < 0.5
            p["sup"] = {"title_en": title_of(sl, b_en, "en", sfem), "title_fr": title_of(sl, b_fr, "fr", sfem),
                        "classification": f"EX-0{sl}"}
        p["sup"]["position_number"] = str(rng.randrange(10000, 99999)) if rng.random() < 0.8 else None
        p["sup"]["in_corpus"] = None
        # direct reports
        if level == 3:
            n = rng.randrange(3, 6)
            picks = rng.sample(texts.SUBJECTS, n)
            reps = [{"title_en": f"Director, {a}", "title_fr": f"Directeur, {b}" if rng.random() < .5 else f"Directrice, {b}",
                     "classification": "EX-01", "fte": rng.randrange(20, 160)} for a, b in picks]
        else:
            n = rng.randrange(2, 6)
            reps = [{"title_en": a, "title_fr": b, "classification": c,
                     "fte": rng.choice([rng.randrange(3, 40), rng.randrange(3, 40), rng.randrange(3, 40) + 0.5])}
                    for a, b, c in rng.sample(texts.REPORTS, n)]
        for r in reps:
            r["position_number"] = str(rng.randrange(10000, 99999))
            if rng.random() < 0.1:
                r["classification"] = None
            if rng.random() < 0.1:
                r["fte"] = None
        p["reports"] = reps
        known = sum(r["fte"] or 0 for r in reps)
        p["fte"] = known + 1 + rng.randrange(0, 12) if rng.random() < 0.85 else None
        if p["fte"] is not None and p["fte"] == int(p["fte"]):
            p["fte"] = int(p["fte"])
        positions.append(p)
    # unstated values
    for k in (5, 17, 30):
        positions[k]["position_number"] = None
    for k in (8, 22, 38):
        positions[k]["effective_date"] = None
    for k in (12, 33):
        positions[k]["reports"] = None
    # three Directors report to a Director General whose own export is in the corpus
    dg = [p for p in positions if p["level"] == 3 and p["position_number"]][:2]
    subs = [p for p in positions if p["level"] == 1][:3]
    for s, boss in zip(subs, [dg[0], dg[0], dg[1]]):
        s["sup"] = {"title_en": boss["title_en"], "title_fr": boss["title_fr"], "classification": "EX-03",
                    "position_number": boss["position_number"], "in_corpus": boss}
        s["dept"] = boss["dept"]
    return positions


def total(p):
    return p["salary"] + p["o_and_m"] if p["total_stated"] else None


def view(p, lang):
    """Values as a document in ``lang`` shows them (bilingual documents: English values)."""
    fr = lang == "fr"
    return {
        "title": p["title_fr"] if fr else p["title_en"],
        "sup_title": p["sup"]["title_fr"] if fr else p["sup"]["title_en"],
        "location": p["loc"][1] if fr else p["loc"][0],
        "dept": p["dept"][1] if fr else p["dept"][0],
        "reports": None if p["reports"] is None else [
            dict(r, title=r["title_fr"] if fr else r["title_en"]) for r in p["reports"]],
    }


# ------------------------------------------------------------------------------------------ notation
def money(v, style):
    if v is None:
        return ""
    if style == "plain":
        return str(v)
    if style == "dec":
        return f"{v}.00"
    if style == "comma":
        return f"{v:,}"
    if style == "commadec":
        return f"{v:,}.00"
    if style == "dollar":
        return f"${v:,}"
    if style == "fr":
        return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "frdec":
        return f"{v:,}".replace(",", " ") + ",00"
    if style == "short":  # a dashboard's display, used only where it is exact
        if v % 10000 == 0 and v >= 1000000:
            s = f"{v / 1e6:.2f}".rstrip("0").rstrip(".")
            return f"${s}M"
        return f"${v // 1000:,}K"
    raise ValueError(style)


def date(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "oracle":
        return d.strftime("%d-") + MONTHS_EN[d.month - 1][:3].upper() + d.strftime("-%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "stamp":
        return d.isoformat() + "-00.00.00.000000"
    if style == "dmy":
        return d.strftime("%d/%m/%Y") if d.day > 12 else d.isoformat()
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


def fte(v, style="plain"):
    if v is None:
        return ""
    if style == "dec":
        return f"{float(v):.2f}"
    if style == "fr":
        return f"{v}".replace(".", ",")
    return f"{v}"


def cls(c):
    return c or ""


def posn(v, none="NEW"):
    return v if v else none


# ---------------------------------------------------------------------------------------- renderers
KV_EN = dict(posn="POSN_NBR", eff="EFFDT", descr="DESCR", long="DESCRLONG", plan="SAL_ADMIN_PLAN", grade="GRADE",
             job="JOBCODE", rto="REPORTS_TO", rtod="REPORTS_TO_DESCR", rtog="REPORTS_TO_GRADE", loc="LOCATION",
             locd="LOCATION_DESCR", dept="DEPT_DESCR", fte="FTE", fteu="UNIT_FTE_AUTH", sal="BUDGET_SAL",
             om="BUDGET_OM", tot="BUDGET_TOTAL", rp="DIRECT_RPT", inc="INCUMBENT_NAME")
KV_FR = dict(posn="NO_POSTE", eff="DATE_EFFET", descr="TITRE_COURT", long="TITRE", plan="GROUPE", grade="NIVEAU",
             job="CODE_EMPLOI", rto="RELEVE_DE", rtod="RELEVE_DE_TITRE", rtog="RELEVE_DE_GRNIV", loc="LIEU_CD",
             locd="LIEU", dept="MINISTERE", fte="ETP", fteu="ETP_UNITE_AUTORISES", sal="BUDGET_SALAIRES",
             om="BUDGET_FE", tot="BUDGET_TOTAL", rp="SUBALTERNE", inc="TITULAIRE")


def render_kv(p, lang, padded):
    v = view(p, lang)
    k = KV_FR if lang == "fr" else KV_EN
    lines = []
    if padded:
        def put(key, val):
            lines.append(f"{key:<22}: {val:<40}".rstrip(" ") + "   " if val else f"{key:<22}:")
    else:
        def put(key, val):
            lines.append(f"{key}={val}")
    lines.append("*** EXTRACTION - DONNEES DE POSTE ***" if lang == "fr" else "*** POSITION DATA EXTRACT ***")
    lines.append(f"SYSTEM=HRMS 9.2   RUN_DTTM=2024-06-{rng.randrange(10, 28)} 14:{rng.randrange(10, 59)}:07   OPRID=HRSVC0{rng.randrange(10, 99)}")
    lines.append("")
    put(k["posn"], posn(p["position_number"], "NOUVEAU" if lang == "fr" else "NEW"))
    put(k["eff"], date(p["effective_date"], rng.choice(["iso", "oracle", "stamp"])))
    put("EFF_STATUS", "A")
    put(k["descr"], v["title"][:30])
    put(k["long"], v["title"])
    if lang == "bilingual":
        put("DESCRLONG_FR", p["title_fr"])
    grp, lvl = p["classification"].split("-")
    put(k["plan"], grp)
    put(k["grade"], lvl)
    put(k["job"], p["job_code"] or "")
    put(k["rto"], p["sup"]["position_number"] or "")
    put(k["rtod"], v["sup_title"])
    put(k["rtog"], p["sup"]["classification"])
    put(k["dept"], v["dept"])
    put(k["loc"], p["loc"][2])
    put(k["locd"], v["location"])
    put(k["fte"], "1.000000")
    put(k["fteu"], fte(p["fte"], "dec"))
    put("MAX_HEAD_COUNT", "1")
    put(k["sal"], money(p["salary"], "dec"))
    put(k["om"], money(p["o_and_m"], "dec"))
    if total(p) is not None:
        put(k["tot"], money(total(p), "dec"))
    put("CURRENCY_CD", "CAD")
    if p["incumbent"]:
        last, first = p["incumbent"].split(" ", 1)[1], p["incumbent"].split(" ", 1)[0]
        put(k["inc"], f"{last},{first}")
    if v["reports"]:
        put(k["rp"] + "_COUNT", str(len(v["reports"])))
        for n, r in enumerate(v["reports"], 1):
            put(f"{k['rp']}.{n}.POSN", r["position_number"])
            put(f"{k['rp']}.{n}.DESCR", r["title"])
            put(f"{k['rp']}.{n}.GRADE", cls(r["classification"]))
            put(f"{k['rp']}.{n}.FTE", fte(r["fte"]))
    else:
        put(k["rp"] + "_COUNT", "0")
    put("LASTUPDOPRID", f"HRSVC0{rng.randrange(10, 99)}")
    put("APPROVED_BY", p["approver"])
    lines.append("*** END OF EXTRACT ***" if lang != "fr" else "*** FIN DE L'EXTRACTION ***")
    return "\n".join(lines) + "\n"


def render_json(p, lang):
    v = view(p, lang)
    fr = lang == "fr"
    reps = None if v["reports"] is None else [
        {("noPoste" if fr else "posnNbr"): r["position_number"], ("titre" if fr else "descr"): r["title"],
         ("grNiv" if fr else "grade"): r["classification"], ("etp" if fr else "fteAuth"): r["fte"]} for r in v["reports"]]
    grp, lvl = p["classification"].split("-")
    if fr:
        d = {"poste": {"noPoste": p["position_number"], "dateEffet": date(p["effective_date"], "iso") or None,
                       "titre": v["title"], "titreAnglais": p["title_en"], "groupe": grp, "niveau": lvl,
                       "codeEmploi": p["job_code"], "ministere": v["dept"],
                       "lieu": {"code": p["loc"][2], "description": v["location"]},
                       "releveDe": {"noPoste": p["sup"]["position_number"], "titre": v["sup_title"],
                                    "grNiv": p["sup"]["classification"]},
                       "budget": {"salaires": p["salary"], "fe": p["o_and_m"], "total": total(p), "etpAutorises": p["fte"]},
                       "subalternes": reps, "approuvePar": p["approver"], "titulaire": p["incumbent"]}}
    else:
        d = {"position": {"posnNbr": p["position_number"],
                          "effDt": (date(p["effective_date"], "iso") + "T00:00:00") if p["effective_date"] else None,
                          "descr": v["title"][:30], "descrLong": v["title"], "salPlan": grp, "grade": lvl,
                          "jobCode": p["job_code"], "deptDescr": v["dept"],
                          "location": {"locCd": p["loc"][2], "descr": v["location"]},
                          "reportsTo": {"posnNbr": p["sup"]["position_number"], "descr": v["sup_title"],
                                        "grade": p["sup"]["classification"]},
                          "budget": {"salary": f"{p['salary']}.00", "oAndM": f"{p['o_and_m']}.00",
                                     "total": None if total(p) is None else f"{total(p)}.00", "fteAuth": p["fte"]},
                          "directReports": reps, "incumbent": p["incumbent"], "approvedBy": p["approver"]}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def render_xml(p, lang):
    v = view(p, lang)
    fr = lang == "fr"
    e = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")  # noqa: E731
    t = (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<PositionExport xmlns=\"urn:hrms:posn:v2\" generated=\"2024-05-30T08:15:00\">",
          "  <Position>"])
    def tag(name, val, ind=4, attrs=""):
        t.append(" " * ind + (f"<{name}{attrs}>{e(str(val))}</{name}>" if val not in (None, "") else f"<{name}{attrs}/>"))
    tag("NoPoste" if fr else "PosnNbr", p["position_number"])
    tag("DateEffet" if fr else "EffDt", date(p["effective_date"], "iso"))
    tag("Titre" if fr else "Descr", v["title"], attrs=' lang="fr"' if fr else ' lang="en"')
    tag("GroupeNiveau" if fr else "Classification", p["classification"].replace("-", ""))
    tag("CodeEmploi" if fr else "JobCode", p["job_code"])
    tag("Ministere" if fr else "Dept", v["dept"])
    tag("Lieu" if fr else "Location", v["location"], attrs=f' code="{p["loc"][2]}"')
    t.append("    <ReleveDe>" if fr else "    <ReportsTo>")
    tag("NoPoste" if fr else "PosnNbr", p["sup"]["position_number"], 6)
    tag("Titre" if fr else "Descr", v["sup_title"], 6)
    tag("GroupeNiveau" if fr else "Classification", p["sup"]["classification"].replace("-", ""), 6)
    t.append("    </ReleveDe>" if fr else "    </ReportsTo>")
    t.append("    <Budget exercice=\"2024-2025\">" if fr else "    <Budget fiscalYear=\"2024-2025\">")
    tag("Salaires" if fr else "Salary", p["salary"], 6, ' currency="CAD"')
    tag("FE" if fr else "OandM", p["o_and_m"], 6, ' currency="CAD"')
    if total(p) is not None:
        tag("Total", total(p), 6, ' currency="CAD"')
    tag("ETPAutorises" if fr else "FTEAuth", fte(p["fte"]), 6)
    t.append("    </Budget>")
    if v["reports"]:
        t.append("    <Subalternes>" if fr else "    <DirectReports>")
        for r in v["reports"]:
            attrs = f' posn="{r["position_number"]}"' + (f' grade="{r["classification"].replace("-", "")}"' if r["classification"] else "")
            attrs += f' fte="{fte(r["fte"])}"' if r["fte"] is not None else ""
            t.append(f"      <{'Poste' if fr else 'Report'}{attrs}>{e(r['title'])}</{'Poste' if fr else 'Report'}>")
        t.append("    </Subalternes>" if fr else "    </DirectReports>")
    if p["incumbent"]:
        tag("Titulaire" if fr else "Incumbent", p["incumbent"])
    tag("ApprouvePar" if fr else "ApprovedBy", p["approver"])
    t += ["  </Position>", "</PositionExport>"]
    return "\n".join(t) + "\n"


def render_tsv(p, lang):
    v = view(p, lang)
    fr = lang == "fr"
    grp, lvl = p["classification"].split("-")
    head = (["No poste", "Date eff", "Titre", "Gr", "Niv", "Code emp", "Rel. de poste", "Rel. de titre", "Rel. de GN",
             "Lieu cd", "Lieu", "ETP aut", "Sal", "F&E", "Tot", "Ministère"] if fr else
            ["Posn Nbr", "Eff Date", "Descr", "Sal Plan", "Grd", "Job Code", "Rpts To Posn", "Rpts To Descr",
             "Rpts To Grd", "Loc Cd", "Loc Descr", "FTE Auth", "Sal Bdgt", "O&M Bdgt", "Tot Bdgt", "Dept Descr"])
    row = [posn(p["position_number"], ""), date(p["effective_date"], "iso"), v["title"], grp, lvl, p["job_code"] or "",
           p["sup"]["position_number"] or "", v["sup_title"], p["sup"]["classification"], p["loc"][2], v["location"],
           fte(p["fte"], "fr" if fr else "plain"), money(p["salary"], "plain"), money(p["o_and_m"], "plain"),
           money(total(p), "plain"), v["dept"]]
    out = ["\t".join(head), "\t".join(row), ""]
    if v["reports"]:
        out.append("Subalternes directs" if fr else "Direct Reports")
        out.append("\t".join(["No poste", "Titre", "GN", "ETP"] if fr else ["Posn Nbr", "Descr", "Grd", "FTE Auth"]))
        for r in v["reports"]:
            out.append("\t".join([r["position_number"], r["title"], cls(r["classification"]),
                                  fte(r["fte"], "fr" if fr else "plain")]))
    out.append("")
    out.append(f"Approuvé par\t{p['approver']}" if fr else f"Approved by\t{p['approver']}")
    return "\n".join(out) + "\n"


def csvq(s, sep):
    s = str(s)
    if sep in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def render_csv(p, lang):
    v = view(p, lang)
    fr = lang == "fr"
    sep = ";" if fr else ","
    head = (["No de poste", "Titre du poste", "Titre abrégé", "Groupe/Niveau", "Code d'emploi", "Date d'effet",
             "Relève de (no)", "Relève de (titre)", "Relève de (GN)", "Lieu", "ETP autorisés", "Salaires", "F et E",
             "Total", "Remarques"] if fr else
            ["Posn Nbr", "Long Descr", "Descr", "Class", "Job Cd", "Eff Dt", "Rpts To Posn", "Rpts To Title",
             "Rpts To Class", "Loc Descr", "FTE Auth", "Salary", "O&M", "Total", "Comments"])
    remark = ("Données validées par l’unité de la classification ; voir l’organigramme « "
              + p["dept"][2] + " »" if fr else "Validated against the org chart; “current” as of fiscal year’s start")
    row = [posn(p["position_number"], "À déterminer" if fr else "TBD"), v["title"], v["title"][:30],
           p["classification"].replace("-", " "), p["job_code"] or "", date(p["effective_date"], "dmy"),
           p["sup"]["position_number"] or "", v["sup_title"], p["sup"]["classification"], v["location"],
           fte(p["fte"], "fr" if fr else "plain"), money(p["salary"], "frdec" if fr else "dollar"),
           money(p["o_and_m"], "frdec" if fr else "dollar"), money(total(p), "frdec" if fr else "dollar"), remark]
    out = [sep.join(csvq(h, sep) for h in head), sep.join(csvq(x, sep) for x in row), ""]
    if v["reports"]:
        out.append(sep.join(["Subalternes directs", "Groupe/Niveau", "ETP"] if fr else ["Direct Reports", "Class", "FTE"]))
        for r in v["reports"]:
            out.append(sep.join(csvq(x, sep) for x in [r["title"], cls(r["classification"]), fte(r["fte"], "fr" if fr else "plain")]))
    out.append("")
    out.append(sep.join(["Approuvé par", p["approver"]] if fr else ["Approved by", p["approver"]]))
    return "\r\n".join(out) + "\r\n"


def grid(rows, widths):
    bar = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [bar]
    for r in rows:
        if isinstance(r, str):  # merged across all columns
            inner = sum(widths) + 3 * len(widths) - 1
            out.append("| " + r.ljust(inner - 2) + " |")
        else:
            out.append("|" + "|".join(" " + str(c)[:w].ljust(w) + " " for c, w in zip(r, widths)) + "|")
        out.append(bar)
    return out


def render_grid_pages(p, lang):
    """A one-position sheet printed with gridlines; the frozen header row repeats on every page."""
    v = view(p, lang)
    fr, bi = lang == "fr", lang == "bilingual"
    L = (lambda en, f: f) if fr else ((lambda en, f: f"{en} / {f}") if bi else (lambda en, f: en))
    header = [L("Field", "Champ"), L("Code", "Code"), L("Value", "Valeur")]
    widths = [34, 14, 52]
    rows = [L("POSITION", "POSTE"),
            [L("Position Number", "Numéro de poste"), "POSN_NBR", posn(p["position_number"], "NEW")],
            [L("Title", "Titre"), "DESCRLONG", v["title"]]]
    if bi:
        rows.append(["Title (French) / Titre (français)", "DESCRLONG_FR", p["title_fr"]])
    rows += [[L("Classification", "Groupe et niveau"), "SAL_PLAN/GRD", p["classification"]],
             [L("Job Code", "Code d'emploi"), "JOBCODE", p["job_code"] or ""],
             [L("Effective Date", "Date d'effet"), "EFFDT", date(p["effective_date"], "oracle")],
             [L("Department", "Ministère"), "DEPTID", v["dept"]],
             [L("Location", "Lieu"), p["loc"][2], v["location"]],
             L("REPORTING RELATIONSHIP", "LIEN HIÉRARCHIQUE"),
             [L("Reports To Position", "Relève du poste"), "RPTS_TO", p["sup"]["position_number"] or ""],
             [L("Reports To Title", "Titre du supérieur"), "", v["sup_title"]],
             [L("Reports To Classification", "Groupe et niveau du supérieur"), "", p["sup"]["classification"]],
             L("BUDGET", "BUDGET"),
             [L("Salary", "Salaires"), "SAL", money(p["salary"], "commadec")],
             [L("O&M", "F et E"), "OM", money(p["o_and_m"], "commadec")],
             [L("Total", "Total"), "TOT", money(total(p), "commadec")],
             [L("FTE Authorized", "ETP autorisés"), "FTE_AUTH", fte(p["fte"], "dec")]]
    if v["reports"]:
        rows.append(L("DIRECT REPORTS (title | class | FTE)", "SUBALTERNES DIRECTS (titre | GN | ETP)"))
        for r in v["reports"]:
            rows.append([r["title"], cls(r["classification"]), fte(r["fte"], "dec")])
    rows.append([L("Approved by", "Approuvé par"), "", p["approver"]])
    if p["incumbent"]:
        rows.append([L("Incumbent", "Titulaire"), "EMPLID", p["incumbent"]])
    split = 12
    pages = []
    for n, chunk in enumerate([rows[:split], rows[split:]], 1):
        body = [f"Position_{posn(p['position_number'], 'NEW')}.xlsx    Sheet1", ""]
        body += grid([header] + chunk, widths)
        body += ["", f"Page {n} of 2"]
        pages.append("\n".join(body))
    return pages


def render_tiles(p, lang):
    v = view(p, lang)
    fr, bi = lang == "fr", lang == "bilingual"
    L = (lambda en, f: f) if fr else ((lambda en, f: f"{en} / {f}") if bi else (lambda en, f: en))
    def row(*cells, w=30):
        return "".join(str(c).ljust(w) for c in cells).rstrip()
    ms = "fr" if fr else "short"
    out = [L("Position Profile", "Profil de poste") + "  |  " + L("HR Analytics", "Analytique RH")
           + f"        {L('Run date', 'Exécuté le')}: 2024-0{rng.randrange(3, 9)}-{rng.randrange(10, 28)} 09:{rng.randrange(10, 59)}",
           L("Filters: Fiscal Year = 2024-25; Position = selected", "Filtres : Exercice = 2024-2025 ; Poste = sélectionné"), "",
           row(L("Position Number", "Numéro de poste"), L("Classification", "Groupe et niveau"), L("FTE Auth", "ETP autorisés")),
           row(posn(p["position_number"], "—"), p["classification"], fte(p["fte"], "fr" if fr else "plain") or "(Blank)"), "",
           L("Position Title", "Titre du poste"), v["title"]]
    if bi:
        out.append(p["title_fr"])
    out += ["", row(L("Job Code", "Code d'emploi"), L("Effective", "En vigueur"), L("Location", "Lieu")),
            row(p["job_code"] or "(Blank)", date(p["effective_date"], "fr" if fr else "long") or "(Blank)", v["location"]), "",
            L("Reports To", "Relève de"),
            f"{v['sup_title']} ({p['sup']['classification']})" + (f" - {p['sup']['position_number']}" if p["sup"]["position_number"] else ""),
            "", row(L("Salary", "Salaires"), L("O&M", "F et E"), L("Total", "Total"), w=20),
            row(money(p["salary"], ms), money(p["o_and_m"], ms), money(total(p), ms) or "(Blank)", w=20), ""]
    if v["reports"]:
        out.append(L("Direct Reports", "Subalternes directs"))
        out.append(L("Posn", "Poste").ljust(10) + L("Title", "Titre").ljust(50) + L("Grade", "GN").ljust(10)
                   + ("ETP" if fr else "FTE"))
        for r in v["reports"]:
            out.append(r["position_number"].ljust(10) + r["title"].ljust(50)[:50] + cls(r["classification"]).ljust(10)
                       + fte(r["fte"], "fr" if fr else "plain"))
        known = sum(r["fte"] or 0 for r in v["reports"])
        out.append("Total".ljust(70) + fte(int(known) if known == int(known) else known, "fr" if fr else "plain"))
    else:
        out.append(L("Direct Reports: (No data)", "Subalternes directs : (Aucune donnée)"))
    out += ["", f"{L('Department', 'Ministère')}: {v['dept']}   |   {L('Approved by', 'Approuvé par')}: {p['approver']}",
            L("Data as of last refresh. Protected B when completed.", "Données à la dernière actualisation. Protégé B une fois rempli.")]
    return "\n".join(out)


def render_md(p):
    v = view(p, "en")
    out = [f"# {p['title_en']} / {p['title_fr']}", "",
           "_Exported from the HR position register / Exporté du registre des postes RH_", "",
           "| Field / Champ | Value / Valeur |", "|---|---|",
           f"| Posn Nbr / No poste | {posn(p['position_number'], 'TBD / À déterminer')} |",
           f"| Class / GN | {p['classification']} |",
           f"| Job Code / Code d'emploi | {p['job_code'] or ''} |",
           f"| Eff Date / Date d'effet | {date(p['effective_date'], 'long')}" + (f" / {date(p['effective_date'], 'fr')}" if p["effective_date"] else "") + " |",
           f"| Dept / Ministère | {p['dept'][0]} / {p['dept'][1]} |",
           f"| Loc / Lieu | {p['loc'][0]} / {p['loc'][1]} |",
           f"| Rpts To Posn / Relève du poste | {p['sup']['position_number'] or ''} |",
           f"| Rpts To / Relève de | {p['sup']['title_en']} / {p['sup']['title_fr']} ({p['sup']['classification']}) |",
           f"| FTE Auth / ETP aut. | {fte(p['fte'])} |",
           f"| Salary / Salaires | {money(p['salary'], 'dollar')} / {money(p['salary'], 'fr')} |",
           f"| O&M / F et E | {money(p['o_and_m'], 'dollar')} / {money(p['o_and_m'], 'fr')} |",
           f"| Total | {money(total(p), 'dollar')}" + (f" / {money(total(p), 'fr')}" if total(p) else "") + " |", ""]
    if v["reports"]:
        out += ["## Direct reports / Subalternes directs", "", "| Title / Titre | Class / GN | FTE / ETP |", "|---|---|---|"]
        for r in p["reports"]:
            out.append(f"| {r['title_en']} / {r['title_fr']} | {cls(r['classification'])} | {fte(r['fte'])} |")
        out.append("")
    out += ["## General accountability / Responsabilité générale", "",
            texts.ACCOUNTABILITY["en"].format(title=p["title_en"], subject=p["subject"][0].lower()), "",
            texts.ACCOUNTABILITY["fr"].format(title=p["title_fr"], subject=p["subject"][1].lower()), "",
            f"Approved by / Approuvé par: {p['approver']}"]
    if p["incumbent"]:
        out.append(f"Incumbent / Titulaire: {p['incumbent']}")
    return "\n".join(out) + "\n"


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def new_docx(author):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = datetime.datetime(2024, 3, 4, 10, 0, 0)
    cp.revision = 1
    cp.title = ""
    return doc


def save_docx(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def render_docx(p, lang):
    v = view(p, lang)
    fr, bi = lang == "fr", lang == "bilingual"
    L = (lambda en, f: f) if fr else ((lambda en, f: f"{en} / {f}") if bi else (lambda en, f: en))
    doc = new_docx(p["incumbent"] or p["approver"])
    doc.add_heading(L("Position Report - HR Information System", "Rapport de poste - Système d'information RH"), 1)
    doc.add_paragraph(L("Generated from the position register. One position per report.",
                        "Produit à partir du registre des postes. Un poste par rapport."))
    pairs = [(L("Posn Nbr", "No poste"), posn(p["position_number"], L("NEW", "NOUVEAU")),
              L("Eff Date", "Date d'effet"), date(p["effective_date"], "fr" if fr else "long")),
             (L("Sal Plan / Grd", "Groupe / Niveau"), p["classification"].replace("-", " / "),
              L("Job Code", "Code d'emploi"), p["job_code"] or ""),
             (L("Dept", "Ministère"), v["dept"], L("Loc Cd", "Code lieu"), f"{p['loc'][2]} – {v['location']}"),
             (L("Rpts To Posn", "Relève du poste"), p["sup"]["position_number"] or "",
              L("Rpts To Grd", "GN du supérieur"), p["sup"]["classification"]),
             (L("FTE Auth", "ETP autorisés"), fte(p["fte"], "fr" if fr else "plain"), "", ""),
             (L("Salary", "Salaires"), money(p["salary"], "fr" if fr else "dollar"),
              L("O&M", "F et E"), money(p["o_and_m"], "fr" if fr else "dollar")),
             (L("Total", "Total"), money(total(p), "fr" if fr else "dollar"), "", "")]
    t = doc.add_table(rows=3 + len(pairs) + (1 if bi else 0), cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    top.text = L("POSITION DATA", "DONNÉES DU POSTE")
    t.cell(1, 0).text = L("Descr", "Titre")
    t.cell(1, 1).merge(t.cell(1, 3)).text = v["title"]
    r0 = 2
    if bi:
        t.cell(2, 0).text = "Descr (FR) / Titre (FR)"
        t.cell(2, 1).merge(t.cell(2, 3)).text = p["title_fr"]
        r0 = 3
    t.cell(r0, 0).text = L("Rpts To Descr", "Titre du supérieur")
    t.cell(r0, 1).merge(t.cell(r0, 3)).text = v["sup_title"]
    for i, row in enumerate(pairs, r0 + 1):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    doc.add_paragraph("")
    if v["reports"]:
        doc.add_heading(L("Direct Reports", "Subalternes directs"), 2)
        rt = doc.add_table(rows=1 + len(v["reports"]), cols=4)
        rt.style = "Table Grid"
        for j, h in enumerate([L("Posn Nbr", "No poste"), L("Descr", "Titre"), L("Grd", "GN"), L("FTE", "ETP")]):
            rt.cell(0, j).text = h
        for i, r in enumerate(v["reports"], 1):
            for j, val in enumerate([r["position_number"], r["title"], cls(r["classification"]),
                                     fte(r["fte"], "fr" if fr else "plain")]):
                rt.cell(i, j).text = val
    doc.add_heading(L("General Accountability", "Responsabilité générale"), 2)
    doc.add_paragraph(texts.ACCOUNTABILITY["fr" if fr else "en"].format(
        title=v["title"], subject=p["subject"][1 if fr else 0].lower()))
    doc.add_paragraph(f"{L('Approved by', 'Approuvé par')}: {p['approver']}")
    if p["incumbent"]:
        doc.add_paragraph(f"{L('Incumbent', 'Titulaire')}: {p['incumbent']}")
    return save_docx(doc)


# -------------------------------------------------------------------------------------------- OCR
DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
ACCENTS = str.maketrans("éèêàçôîÉ", "eeeacoiE")


def ocr(text, strength, header):
    rate = {"light": 0.12, "medium": 0.3, "heavy": 0.5}[strength]
    out = []
    for ch in text:
        if ch in DIGITS and rng.random() < rate:
            ch = DIGITS[ch]
        elif ch in "éèêàçôîÉ" and rng.random() < rate + 0.2:
            ch = ch.translate(ACCENTS)
        elif ch == "m" and strength != "light" and rng.random() < 0.15:
            ch = "rn"
        elif ch == "\u00a0":
            ch = " "
        elif ch == "|" and strength == "heavy" and rng.random() < 0.4:
            ch = "l"
        out.append(ch)
    lines = "".join(out).split("\n")
    wrapped = []
    for line in lines:
        while len(line) > 118:
            wrapped.append(line[:118])
            line = line[118:]
        wrapped.append(line)
    pages, per = [], 34
    chunks = [wrapped[i:i + per] for i in range(0, len(wrapped), per)]
    for n, chunk in enumerate(chunks, 1):
        pages.append("\n".join([header, ""] + chunk + ["", f"- {n} -"]))
    return "\f\n".join(pages) + "\n"


# ------------------------------------------------------------------------------------------ truths
def truth(doc_name, kind, lang, p, extra=None, damage=None):
    v = view(p, lang)
    fields = {
        "title": v["title"], "classification": p["classification"], "job_code": p["job_code"],
        "position_number": p["position_number"], "effective_date": p["effective_date"],
        "supervisor": {"position_number": p["sup"]["position_number"], "title": v["sup_title"],
                       "classification": p["sup"]["classification"]},
        "direct_reports": None if v["reports"] is None else [
            {"title": r["title"], "classification": r["classification"], "fte": r["fte"]} for r in v["reports"]],
        "salary": p["salary"], "o_and_m": p["o_and_m"], "total": total(p), "location": v["location"],
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
    ns += [k for k in ("direct_reports", "salary", "o_and_m", "total", "location") if fields[k] is None]
    also = {"department": v["dept"], "fte": p["fte"], "location_code": p["loc"][2]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if lang == "fr":
        also["title_en"] = p["title_en"]
    if damage:
        also["damage"] = damage
    if p["sup"]["in_corpus"] is not None:
        also["reports_to_in_corpus"] = p["sup"]["in_corpus"]["docs"][-1]
    also.update(extra or {})
    people = [p["approver"]] + ([p["incumbent"]] if p["incumbent"] else [])
    return {"document": doc_name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns or None, "also": also, "people": people, "versions": p.get("versions")}


def refuse_truth(doc_name, kind, lang, what, people):
    return {"document": doc_name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": {"what": what}, "people": people, "versions": None}


# ------------------------------------------------------------------------------------------- corpus
PLAN = (  # (renderer, language) for the 43 positions' first documents, then 2 newer versions
    [("csv", "en"), ("kv", "en")]
    + [("kv", "en"), ("kv", "fr"), ("kv", "bilingual"), ("kv", "en"),
       ("json", "en"), ("json", "fr"),
       ("xml", "en"), ("xml", "en"), ("xml", "fr"),
       ("tsv", "en"), ("tsv", "en"), ("tsv", "en"), ("tsv", "fr"),
       ("csv", "en"), ("csv", "en"), ("csv", "fr"), ("csv", "fr"), ("csv", "fr"),
       ("grid", "en"), ("grid", "en"), ("grid", "en"), ("grid", "fr"), ("grid", "bilingual"),
       ("tiles", "en"), ("tiles", "en"), ("tiles", "en"), ("tiles", "fr"), ("tiles", "bilingual"),
       ("docx", "en"), ("docx", "en"), ("docx", "fr"), ("docx", "fr"), ("docx", "bilingual"),
       ("ocr-kv", "en"), ("ocr-tiles", "en"), ("ocr-grid", "en"), ("ocr-kv", "fr"), ("ocr-tiles", "fr"),
       ("ocr-grid", "bilingual"),
       ("md", "bilingual"), ("md", "bilingual")]
)
KIND = {"kv": "text", "json": "text", "xml": "text", "tsv": "text", "csv": "text-cp1252", "grid": "pdf",
        "tiles": "pdf", "docx": "docx", "md": "markdown"}


def file_name(p, how, lang, n):
    num = p["position_number"]
    t = view(p, lang)["title"]
    choices = {
        "kv": [f"POSN_{num or 'NEW'}_extract.txt", f"posn data {num or 'new'} ({t.split(',')[0]}).txt",
               f"extraction poste {num or 'nouveau'}.txt", f"HRMS dump - {t}.txt"],
        "json": [f"{t} - export.json.txt", f"position_{num or 'new'}.json (1).txt"],
        "xml": [f"PositionExport_{num or 'NEW'}.xml.txt", f"{t} (XML).txt"],
        "tsv": [f"{t} - Excel export.txt", f"posn {num or 'TBD'} tab delimited.txt", f"export ({n % 7 + 1}).txt"],
        "csv": [f"{t}.csv.txt", f"{t} - DRAFT.txt", f"Poste {num or 'à déterminer'} – export Excel.txt"],
        "grid": [f"Position_{num or 'NEW'}.xlsx - Sheet1.pdf", f"{t} (printed sheet).pdf", f"{t} - signed.pdf"],
        "tiles": [f"Cognos - Position Profile - {num or 'NEW'}.pdf", f"PowerBI {t}.pdf", f"Profil de poste {num or ''} - rapport.pdf"],
        "docx": [f"{t}.docx", f"Position Report {num or 'NEW'} DRAFT.docx", f"{t} v2.docx"],
        "ocr": [f"scan_{num or 'new'}_{n:03d}.txt", f"{t} - scanned.txt", f"Numérisation {t}.txt"],
        "md": [f"{t}.md", f"{num or 'TBD'} - {t}.md"],
    }
    return rng.choice(choices[how.split("-")[0]]).replace("/", "-").replace("  ", " ")


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    shutil.rmtree(EXPECTED, ignore_errors=True)
    CORPUS.mkdir(parents=True)
    EXPECTED.mkdir(parents=True)
    positions = make_positions()
    jobs = [(positions[i], how, lang, None) for i, (how, lang) in enumerate(PLAN)]
    # versions: position 0 (CSV 2022, then JSON 2024), position 1 (extract, then Word with one report fewer)
    old0 = copy.deepcopy(positions[0])
    old0["salary"] -= 212000
    old0["effective_date"] = datetime.date(2022, 4, 1)
    new0 = copy.deepcopy(positions[0])
    new0["effective_date"] = datetime.date(2024, 4, 1)
    old1 = copy.deepcopy(positions[1])
    new1 = copy.deepcopy(positions[1])
    if new1["reports"] and len(new1["reports"]) > 1:
        new1["reports"] = new1["reports"][:-1]
    new1["o_and_m"] -= 35000
    jobs[0] = (old0, "csv", "en", "old0")
    jobs[1] = (old1, "kv", "en", "old1")
    jobs.append((new0, "json", "en", "new0"))
    jobs.append((new1, "docx", "en", "new1"))
    for p in positions:
        p["docs"] = []
    names, outputs = set(), []
    for n, (p, how, lang, tag) in enumerate(jobs):
        name = file_name(p, how, lang, n)
        if tag == "old0":
            name = f"{view(p, lang)['title']} - export 2022.txt"
        if tag == "new0":
            name = f"{view(p, lang)['title']} - export 2024.json.txt"
        if tag == "old1":
            name = f"POSN_{p['position_number']}_extract.txt"
        if tag == "new1":
            name = f"Position Report {p['position_number']} - signed.docx"
        while name in names:
            stem, ext = name.rsplit(".", 1)
            name = f"{stem} (1).{ext}"
        names.add(name)
        positions[p["i"]]["docs"].append(name)
        outputs.append((p, how, lang, tag, name))
    for p, how, lang, tag, name in outputs:
        extra = {}
        damage = None
        if how == "kv":
            data = render_kv(p, lang, padded=rng.random() < 0.5).encode("utf-8")
        elif how == "json":
            data = render_json(p, lang).encode("utf-8")
        elif how == "xml":
            data = render_xml(p, lang).encode("utf-8")
        elif how == "tsv":
            data = render_tsv(p, lang).encode("utf-8")
        elif how == "csv":
            data = render_csv(p, lang).encode("cp1252")
        elif how == "grid":
            data = pdf_bytes(render_grid_pages(p, lang))
        elif how == "tiles":
            data = pdf_bytes([render_tiles(p, lang)])
        elif how == "docx":
            data = render_docx(p, lang)
        elif how == "md":
            data = render_md(p).encode("utf-8")
        else:
            base = how.split("-")[1]
            damage = rng.choice(["light", "medium", "heavy"])
            src = {"kv": lambda: render_kv(p, lang, padded=True), "tiles": lambda: render_tiles(p, lang),
                   "grid": lambda: "\n\n".join(render_grid_pages(p, lang))}[base]()
            data = ocr(src, damage, f"{p['dept'][2]} HRMS - {'Rapport imprimé' if lang == 'fr' else 'Printed report'}").encode("utf-8")
            extra["scanned_from"] = {"kv": "system extract", "tiles": "dashboard report", "grid": "spreadsheet"}[base]
        kind = KIND.get(how, "ocr")
        extra["form"] = {"kv": "key-value dump", "json": "JSON export", "xml": "XML export", "tsv": "tab-separated sheet",
                         "csv": "comma-separated sheet" if lang != "fr" else "semicolon-separated sheet",
                         "grid": "sheet printed with gridlines", "tiles": "dashboard report", "docx": "HR system report",
                         "md": "register export"}.get(how, "scan of a printed export")
        if tag in ("old0", "new0"):
            o, nw = positions[0]["docs"]
            p["versions"] = {"documents": [o, nw], "newest": nw, "same_text": False,
                             "note": "salary $212,000 higher and effective 2024-04-01 in the 2024 export"}
        if tag in ("old1", "new1"):
            o, nw = positions[1]["docs"]
            p["versions"] = {"documents": [o, nw], "newest": nw, "same_text": False,
                             "note": "O&M $35,000 lower and one direct report fewer in the signed Word report"}
        (CORPUS / name).write_bytes(data)
        write_truth(name, truth(name, kind, lang, p, extra, damage))
    refusals()


def write_truth(name, t):
    text = yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    (EXPECTED / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def refusals():
    # 1. headcount report of a whole branch (PDF sheet)
    rows = [["Directorate", "Posns", "Filled", "Vacant", "FTE"]]
    tot = [0, 0, 0, 0.0]
    for s_en, _ in rng.sample(texts.SUBJECTS, 9):
        a = rng.randrange(8, 90)
        f = a - rng.randrange(0, 8)
        rows.append([s_en, a, f, a - f, f"{f - 0.5:.1f}"])
        tot = [tot[0] + a, tot[1] + f, tot[2] + a - f, tot[3] + f - 0.5]
    rows.append(["TOTAL BRANCH", tot[0], tot[1], tot[2], f"{tot[3]:.1f}"])
    page = "\n".join(["Program Operations Branch - Headcount by Directorate", "As of 2024-03-31   (HRMS, snapshot)", ""]
                     + grid(rows, [44, 6, 6, 6, 8]) + ["", "Page 1 of 1"])
    name = "Headcount POB March 2024.pdf"
    (CORPUS / name).write_bytes(pdf_bytes([page]))
    write_truth(name, refuse_truth(name, "pdf", "en", "headcount report of a branch", []))
    # 2. list of vacant positions (cp1252 CSV)
    lines = ["Posn Nbr,Long Descr,Class,Vacant Since,Loc Descr,Staffing Action"]
    for _ in range(14):
        s, sf = rng.choice(texts.SUBJECTS)
        lvl = rng.choice([1, 1, 2, 3])
        lines.append(",".join([str(rng.randrange(10000, 99999)), csvq(title_of(lvl, s, "en", False), ","), f"EX-0{lvl}",
                               date(datetime.date(2023, rng.randrange(1, 13), rng.randrange(13, 28)), "dmy"),
                               csvq(rng.choice(texts.LOCATIONS)[0], ","), rng.choice(["Advertised", "Pool", "On hold", "Assessment"])]))
    name = "Vacant EX positions – list, Q4.txt"
    (CORPUS / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    write_truth(name, refuse_truth(name, "text-cp1252", "en", "list of vacant positions", []))
    # 3. pay stub (PDF, bilingual)
    who = person()
    page = "\n".join([
        "Government of Canada / Gouvernement du Canada", "Pay Statement / Relevé de paye", "",
        f"Employee / Employé : {who}        PRI: 0{rng.randrange(10000000, 99999999)}",
        f"Position / Poste : {rng.randrange(10000, 99999)}   Group-Level / Groupe-niveau : EX-01   Step / Échelon : 3",
        "Pay period / Période de paye : 2024-05-09 to/au 2024-05-22", "",
        "Earnings / Gains                      Current / Courant      YTD / Cumul",
        "Regular pay / Rémunération régulière      6,412.31           44,886.17",
        "Deductions / Retenues                     2,398.04           16,786.28",
        "Net pay / Paye nette                      4,014.27           28,099.89"])
    name = "Relevé de paye - pay stub 2024-05-22.pdf"
    (CORPUS / name).write_bytes(pdf_bytes([page]))
    write_truth(name, refuse_truth(name, "pdf", "bilingual", "pay stub", [who]))
    # 4. memo on the HR system migration (UTF-8 text)
    a, b = person(), person()
    memo = (f"MEMORANDUM\n\nTo: All HR data stewards\nFrom: {a}, Director, Human Resources Systems\nDate: 2024-02-14\n"
            "Subject: Position data extracts after the HRMS upgrade\n\n"
            "After the upgrade, the POSN_NBR, JOBCODE and REPORTS_TO fields of position extracts will be exported\n"
            "in fixed width. Please do not edit extracts by hand; send corrections to the classification unit.\n"
            f"Questions: {b}, Manager, Data Services (IT-05).\n")
    name = "Memo - HRMS upgrade, position extracts.txt"
    (CORPUS / name).write_bytes(memo.encode("utf-8"))
    write_truth(name, refuse_truth(name, "text", "en", "memo", [a, b]))
    # 5. a scanned report without a text layer
    name = "scan0042.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["", ""]))
    write_truth(name, refuse_truth(name, "pdf", "en", "scan without a text layer (two pages)", []))


if __name__ == "__main__":
    main()
