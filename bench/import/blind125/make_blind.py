"""Generate the blind125 corpus: HR-system printouts and exports of executive positions (PeopleSoft 8
reports, MyGCHR PDFs, SAP R/3 and SuccessFactors position profiles, a departmental position-management
database's delimited exports, a 1990s mainframe printout) beside ordinary work descriptions, with their
truths. Deterministic: run it twice, the bytes are the same."""
import copy
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

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def rng_for(*parts):
    return random.Random("blind125:" + ":".join(str(p) for p in parts))


# ---------------------------------------------------------------- people
_NAMES = [(f, g) for f, g in zip(T.FAMILY, T.GIVEN)]
_name_i = [0]


def person():
    f, g = _NAMES[_name_i[0] % len(_NAMES)]
    _name_i[0] += 1
    return f, g


# ---------------------------------------------------------------- positions
def abbrev(title):
    t = title.upper()
    for a, b in [("DIRECTOR GENERAL", "DG"), ("DIRECTOR", "DIR"), ("MANAGER", "MGR"), ("RESEARCH", "RES"),
                 (" AND ", " & "), ("PROGRAMS", "PROG"), ("PROGRAM", "PROG"), ("OPERATIONS", "OPS"),
                 ("SENIOR", "SR"), ("MANAGEMENT", "MGMT"), ("SERVICES", "SVCS"), ("INTERNATIONAL", "INTL"),
                 ("CHIEF", "CH"), ("ADVISOR", "ADV"), (",", "")]:
        t = t.replace(a, b)
    return " ".join(t.split())[:20]


def build_positions():
    out = {}
    ext = {}
    for k, (num, title, title_fr, cls) in T.EXTERNAL.items():
        ext[k] = dict(num=num, title=title, title_fr=title_fr, cls=cls, short=abbrev(title))
    allpos = T.POSITIONS + T.SAP_POSITIONS
    for row in allpos:
        key, num, sector, place, title, title_fr, short, cls, sup, remit, job = row
        out[key] = dict(key=key, num=num, sector=sector, place=place, title=title, title_fr=title_fr, short=short,
                        cls=cls, supkey=sup, remit=remit, job=job, sap=num.startswith("5004"))
    for key, p in out.items():
        r = rng_for("pos", key)
        s = out.get(p["supkey"])
        p["sup"] = (dict(num=s["num"], title=s["title"], title_fr=s["title_fr"], cls=s["cls"], short=s["short"])
                    if s else ext[p["supkey"]])
        reports = []
        for q in out.values():
            if q["supkey"] == key:
                reports.append(dict(title=q["title"], title_fr=q["title_fr"], cls=q["cls"], num=q["num"], fte=None,
                                    short=q["short"], key=q["key"]))
        pool = list(T.MANAGERS[p["sector"]])
        for words, wanted in T.POOLS:
            if any(w in p["title"] for w in words):
                pool = [x for x in pool if any(w in x[0] for w in wanted)]
                break
        r.shuffle(pool)
        nman = r.randint(2, 4) if reports else r.randint(3, 5)
        base = int(p["num"])
        for i, (t, tf, c) in enumerate(pool[:nman]):
            reports.append(dict(title=t, title_fr=tf, cls=c, num=str(base + 1 + i * 2), fte=r.randint(4, 24),
                                short=abbrev(t), key=None))
        p["reports"] = reports
        p["eff"] = dt.date(r.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]), r.randint(1, 12),
                           r.randint(1, 28))
        p["_r"] = r
    # fte bottom-up
    def fte_of(key):
        p = out[key]
        if "fte" in p:
            return p["fte"]
        tot = 1
        for rep in p["reports"]:
            if rep["key"]:
                rep["fte"] = fte_of(rep["key"])
            tot += rep["fte"]
        p["fte"] = tot + p["_r"].randint(1, 4)
        return p["fte"]
    for key in out:
        fte_of(key)
    for p in out.values():
        r = p.pop("_r")
        p["salary"] = round(p["fte"] * r.randint(88, 112) * 1000, -3)
        p["om"] = r.randint(40, 900) * 1000
        p["total"] = p["salary"] + p["om"]
        p["incumbent"] = person()
    return out


P = build_positions()


def variant(key, dfte=0, **kw):
    """A former state of a position: dfte FTEs more (or fewer) in its first non-executive report's unit."""
    p = copy.deepcopy(P[key])
    p.update(kw)
    if dfte:
        p["fte"] += dfte
        rep = [r for r in p["reports"] if not r["key"]][0]
        rep["fte"] += dfte
        assert rep["fte"] >= 2
    return p


# ---------------------------------------------------------------- notations
def d_long(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_fr(d):
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def money(n):
    return f"${n:,}"


def money_fr(n):
    return f"{n:,}".replace(",", "\u00a0") + "\u00a0$"


def money_m(n):
    return f"${n / 1e6:.3f}M".replace("0M", "M") if n % 10000 else f"${n / 1e6:.2f}M"


def cls_parts(c):
    g, l = c.rsplit("-", 1)
    return g, l


def reports_sentence(p, fr=False):
    out = []
    for rep in p["reports"]:
        if fr:
            out.append(f"{rep['title_fr']} ({rep['cls']}, {rep['fte']} ETP)")
        else:
            out.append(f"{rep['title']} ({rep['cls']}, {rep['fte']} FTEs)")
    return out


def ga(p, fr=False):
    r = rng_for("ga", p["key"], fr)
    if fr:
        return (f"Le titulaire du poste de {p['title_fr'].split(',')[0].lower()} est responsable d'assurer le leadership "
                f"stratégique et l'orientation de {p['remit'][1]}, et de conseiller la haute direction sur les "
                f"enjeux connexes.")
    v = r.choice(["is accountable for providing strategic leadership and direction to",
                  "is accountable for the planning, direction and delivery of",
                  "is accountable for the leadership and management of"])
    return f"The {p['title']} {v} {p['remit'][0]}, and for advising senior management on related issues."


def accountabilities(p, fr=False):
    r = rng_for("acc", p["key"], fr)
    pool = list(T.SPECIFIC_FR if fr else T.SPECIFIC_EN)
    r.shuffle(pool)
    return pool[: r.randint(5, 7)]


def nature(p, fr=False):
    return T.NATURE[p["sector"]][1 if fr else 0]


# ---------------------------------------------------------------- OCR damage
CONF = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("d", "cl"), ("h", "b"), ("u", "v"), ("o", "a"),
        ("t", "f"), ("l", "1"), ("cl", "d")]
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}
STRENGTH = {"light": (0.25, 0.02, 0.01), "middling": (0.5, 0.05, 0.03), "heavy": (0.8, 0.1, 0.06)}


def damage(text, strength, seed, protect=(), squeeze=True):
    pdig, plet, prun = STRENGTH[strength]
    r = rng_for("ocr", seed)
    prot = set()
    for name in protect:
        for w in name.replace(",", " ").split():
            prot.add(w)
    lines = []
    for line in text.split("\n"):
        toks = line.split(" ")
        new = []
        for w in toks:
            if not w or any(w.strip(",.;:()") == x or x in w for x in prot if len(x) > 2):
                new.append(w)
                continue
            if any(c.isdigit() for c in w):
                if r.random() < pdig:
                    w = "".join(DIG.get(c, c) if c in DIG and r.random() < 0.6 else c for c in w)
            elif r.random() < plet * 4:
                a, b = r.choice(CONF)
                if a in w:
                    i = w.find(a)
                    w = w[:i] + b + w[i + len(a):]
            new.append(w)
        out = ""
        for i, w in enumerate(new):
            if i == 0:
                out = w
            elif new[i - 1] and w and r.random() < prun and not new[i - 1][-1].isdigit():
                out += w
            else:
                out += " " + w
        if squeeze and r.random() < 0.5:
            import re
            out = re.sub(r" {3,}", lambda m: " " * max(1, len(m.group(0)) + r.randint(-3, 1)), out)
        lines.append(out)
    return "\n".join(lines)


def wrap_hyphen(text, seed, width=76):
    r = rng_for("wrap", seed)
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                if len(w) > 7 and w.isalpha() and r.random() < 0.4:
                    cut = r.randint(3, len(w) - 3)
                    out.append(line + " " + w[:cut] + "-")
                    line = w[cut:]
                    continue
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def paginate(lines, per, header, footer):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for n, pg in enumerate(pages, 1):
        if header:
            out.extend(header(n, len(pages)))
        out.extend(pg)
        if footer:
            out.extend(footer(n, len(pages)))
    return out


# ---------------------------------------------------------------- renderers
# Each returns (payload, truth) where truth holds fields (None = not stated), people, also.

def base_truth(p, loc):
    return dict(title=p["title"], classification=p["cls"], job_code=p["job"], position_number=p["num"],
                effective_date=p["eff"],
                supervisor=dict(position_number=p["sup"]["num"], title=p["sup"]["title"],
                                classification=p["sup"]["cls"]),
                direct_reports=[dict(title=r["title"], classification=r["cls"], fte=r["fte"]) for r in p["reports"]],
                salary=p["salary"], o_and_m=p["om"], total=p["total"], location=loc)


def inc_ps(p):
    f, g = p["incumbent"]
    return f"{f},{g}"


def ps8_report(p, fr=False, run=None, text=True, sup_title=True, budget=True):
    """PeopleSoft HRMS 8.x position data report (a printed report saved as text)."""
    r = rng_for("ps8", p["key"], fr)
    run = run or (p["eff"] + dt.timedelta(days=r.randint(40, 700)))
    code, pdesc = T.PLACES[p["place"]][2]
    g, l = cls_parts(p["cls"])
    sector = T.SECTORS[p["sector"]]
    deptid = sector[2] + p["num"][2:5]
    W = 30
    descr = p["title"][:W]
    fields = []
    if not fr:
        L = lambda lab, code_, val: f"{lab} ({code_}) ".ljust(36, ".") + f": {val}"
        fields += [L("Position Nbr", "POSITION_NBR", p["num"].zfill(8) + "        Status: A  Approved"),
                   L("Eff Date", "EFFDT", f"{p['eff']:%Y/%m/%d}     Eff Status: A  Active"),
                   L("Descr", "DESCR", descr),
                   L("Short Descr", "DESCRSHORT", p["short"]),
                   L("Department", "DEPTID", f"{deptid}  {sector[0][:30].upper()}"),
                   L("Job Code", "JOBCODE", f"{p['job']}  {g} {l} EXECUTIVE"),
                   L("Sal Plan / Grade", "SAL_ADMIN_PLAN", f"{g}   {l}"),
                   L("Location", "LOCATION", f"{code}  {pdesc}"),
                   L("Reports To", "REPORTS_TO", p["sup"]["num"].zfill(8) + ("  " + p["sup"]["short"] if sup_title else "")),
                   L("Reg/Temp", "REG_TEMP", "R   Full/Part: F   Std Hrs: 37.50   Max Head Count: 1"),
                   L("Incumbent", "EMPLID", f"{r.randint(10**6, 10**7 - 1):08d}  {inc_ps(p)}")]
        head = lambda n, m: [f"Report ID:  PER702      {T.DEPT_EN.upper():^50}      Page No. {n:>4}",
                             f"                       {'POSITION DATA REPORT':^50}      Run Date {run:%Y/%m/%d}",
                             f"Business Unit: NRCAN  {'':48}    Run Time 07:4{n}:1{n}", ""]
        sub_head = ["", "SUBORDINATE POSITIONS (DIRECT)",
                    "Position  Descr                           Short Descr           Grade   Unit FTE",
                    "--------  ------------------------------  --------------------  ------  --------"]
    else:
        L = lambda lab, code_, val: f"{lab} ({code_}) ".ljust(38, ".") + f": {val}"
        fields += [L("No de poste", "POSITION_NBR", p["num"].zfill(8) + "        État : A  Approuvé"),
                   L("Date d'effet", "EFFDT", f"{p['eff']:%Y-%m-%d}     État effectif : A  Actif"),
                   L("Descr.", "DESCR", p["title_fr"][:W]),
                   L("Descr. abrégée", "DESCRSHORT", p["short"]),
                   L("Service", "DEPTID", f"{deptid}  {sector[1][:30].upper()}"),
                   L("Code d'emploi", "JOBCODE", f"{p['job']}  {g} {l} DIRECTION"),
                   L("Régime / échelon", "SAL_ADMIN_PLAN", f"{g}   {l}"),
                   L("Emplacement", "LOCATION", f"{code}  {pdesc}"),
                   L("Relève du poste", "REPORTS_TO", p["sup"]["num"].zfill(8) + ("  " + p["sup"]["short"] if sup_title else "")),
                   L("Rég/Temp", "REG_TEMP", "R   Plein/Partiel : P   Heures norm. : 37,50   Effectif max. : 1"),
                   L("Titulaire", "EMPLID", f"{r.randint(10**6, 10**7 - 1):08d}  {inc_ps(p)}")]
        head = lambda n, m: [f"ID rapport : PER702    {T.DEPT_FR.upper():^50}      Page {n:>4}",
                             f"                       {'RAPPORT DES DONNÉES DE POSTE':^50}      Date d'exéc. {run:%Y-%m-%d}",
                             f"Unité opérationnelle : NRCAN {'':42}    Heure 07:4{n}:1{n}", ""]
        sub_head = ["", "POSTES SUBORDONNÉS (DIRECTS)",
                    "Poste     Descr.                          Descr. abrégée        Échelon ETP unité",
                    "--------  ------------------------------  --------------------  ------  --------"]
    lines = list(fields)
    lines += sub_head
    for rep in p["reports"]:
        rg, rl = cls_parts(rep["cls"])
        t = (rep["title_fr"] if fr else rep["title"])[:W]
        lines.append(f"{rep['num'].zfill(8)}  {t:<30}  {rep['short']:<20}  {rg:<3}{rl:>3}  {rep['fte']:>8}")
    tr = base_truth(p, pdesc)
    if fr:
        tr["title"] = p["title_fr"]
        for dr, rep in zip(tr["direct_reports"], p["reports"]):
            dr["title"] = rep["title_fr"]
    full_title = tr["title"]
    if text:
        lines += ["", ("POSITION DESCRIPTION (DESCRLONG)" if not fr else "DESCRIPTION DU POSTE (DESCRLONG)"), ""]
        if not fr:
            lines += [f"POSITION TITLE: {p['title']}", "", "GENERAL ACCOUNTABILITY", ga(p), "",
                      "ORGANIZATION STRUCTURE",
                      f"The {p['title']} reports to the {p['sup']['title']}. The following positions report to the "
                      f"{p['title'].split(',')[0]}:"]
            lines += [f"- {s}" for s in reports_sentence(p)]
            lines += ["", "NATURE AND SCOPE", nature(p), "", "DIMENSIONS", f"FTEs: {p['fte']}"]
            if budget:
                lines += [f"Salary: {money(p['salary'])}", f"O&M: {money(p['om'])}", f"Total: {money(p['total'])}"]
            lines += ["", "SPECIFIC ACCOUNTABILITIES"] + [f"{i}. {a}" for i, a in enumerate(accountabilities(p), 1)]
        else:
            lines += [f"TITRE DU POSTE : {p['title_fr']}", "", "RESPONSABILITÉ GÉNÉRALE", ga(p, True), "",
                      "STRUCTURE ORGANISATIONNELLE",
                      f"Le poste relève du {p['sup']['title_fr']}. Relèvent du titulaire :"]
            lines += [f"- {s}" for s in reports_sentence(p, True)]
            lines += ["", "NATURE ET ÉTENDUE", nature(p, True), "", "DIMENSIONS", f"ETP : {p['fte']}"]
            if budget:
                lines += [f"Salaires : {money_fr(p['salary'])}", f"F et E : {money_fr(p['om'])}",
                          f"Total : {money_fr(p['total'])}"]
            lines += ["", "RESPONSABILITÉS PRINCIPALES"] + [f"{i}. {a}" for i, a in enumerate(accountabilities(p, True), 1)]
        # the reader takes the full titles from the description text
        if not sup_title:
            tr["supervisor"]["title"] = p["sup"]["title"] if not fr else p["sup"]["title_fr"]
        else:
            tr["supervisor"]["title"] = p["sup"]["title"] if not fr else p["sup"]["title_fr"]
    else:
        tr["title"] = full_title if len(full_title) <= W else full_title[:W]
        for dr in tr["direct_reports"]:
            dr["title"] = dr["title"][:W]
        tr["supervisor"]["title"] = p["sup"]["short"] if sup_title else None
        tr["salary"] = tr["o_and_m"] = tr["total"] = None
    if not budget:
        tr["salary"] = tr["o_and_m"] = tr["total"] = None
    tr["supervisor"]["classification"] = None
    lines = paginate(lines, 52, head, lambda n, m: ["", ""])
    f, g_ = p["incumbent"]
    also = dict(form="PeopleSoft HRMS 8 position data report (PER702)", run_date=run, fte=p["fte"] if text else None,
                short_descr=p["short"], location_code=code, department=T.DEPT_FR if fr else T.DEPT_EN)
    if len(full_title) > W:
        also["descr_truncated"] = full_title[:W]
    return "\n".join(lines) + "\n", tr, [inc_ps(p)], also


def mygchr_pdf(p, printed, budget=True, sup_cls=False):
    """MyGCHR (PeopleSoft 9.1, Phoenix era) position report printed to PDF, bilingual labels."""
    r = rng_for("mygchr", p["key"])
    code, pdesc = T.PLACES[p["place"]][2]
    g, l = cls_parts(p["cls"])
    sec = T.SECTORS[p["sector"]]
    L = lambda a, b: f"{a}: {b}"
    l1 = ["MyGCHR - Position Report / Rapport de poste", f"{T.DEPT_EN} / {T.DEPT_FR}",
          f"Print Date / Date d'impression: {printed:%Y-%m-%d}   User / Utilisateur: {r.choice(['jlamb', 'mchiasson', 'kdoiron'])}03",
          "",
          L("Position Number / Numéro de poste", p["num"].zfill(8)),
          L("Effective Date / Date d'entrée en vigueur", f"{p['eff']:%Y-%m-%d}"),
          L("Status / Statut", "Approved / Approuvé"),
          L("Description (English) / Description (anglais)", p["title"]),
          L("Description (French) / Description (français)", p["title_fr"]),
          L("Short Description / Description abrégée", p["short"]),
          L("Business Unit / Unité opérationnelle", "NRCAN"),
          L("Department / Service", f"{sec[2]}{p['num'][2:5]} - {sec[0]}"),
          L("Job Code / Code d'emploi", f"{p['job']} - Executive / Direction"),
          L("Group and Level / Groupe et niveau", f"{g}-{l}"),
          L("Location / Lieu de travail", f"{code} - {pdesc}"),
          L("Reports To / Relève de", f"{p['sup']['num'].zfill(8)} - {p['sup']['title']}"
            + (f" ({p['sup']['cls']})" if sup_cls else "")),
          L("Position FTE / ETP du poste", "1.00"),
          L("Incumbent / Titulaire", f"{r.randint(10**5, 10**6 - 1)} {inc_ps(p)}"),
          ""]
    if budget:
        l1 += ["Budget Information / Renseignements budgétaires",
               L("Salary Budget / Budget salarial", f"{p['salary']:,.2f}"),
               L("O&M Budget / Budget F et E", f"{p['om']:,.2f}"),
               L("Total Budget / Budget total", f"{p['total']:,.2f}"),
               L("Unit FTEs / ETP de l'unité", str(p["fte"])), ""]
    l2 = ["Subordinate Positions / Postes subordonnés",
          "Position / Poste | Description | Group-Level / Groupe-niveau | Unit FTEs / ETP unité"]
    for rep in p["reports"]:
        l2.append(f"{rep['num'].zfill(8)} | {rep['title']} / {rep['title_fr']} | {rep['cls']} | {rep['fte']}")
    l2 += ["", "Work description attached: No / Description de travail jointe : Non"]
    foot = lambda n, m: ["", f"MyGCHR Position Report / Rapport de poste      Page {n} of / de {m}"]
    pages = [l1 + foot(1, 2), l2 + foot(2, 2)]
    tr = base_truth(p, pdesc)
    for dr, rep in zip(tr["direct_reports"], p["reports"]):
        dr["title"] = f"{rep['title']} / {rep['title_fr']}"
    if not sup_cls:
        tr["supervisor"]["classification"] = None
    if not budget:
        tr["salary"] = tr["o_and_m"] = tr["total"] = None
    also = dict(form="MyGCHR position report (PeopleSoft 9.1), PDF", print_date=printed, title_fr=p["title_fr"],
                short_descr=p["short"], location_code=code, department=T.DEPT_EN,
                fte=p["fte"] if budget else None, position_fte_is_1=True)
    return pages, tr, [inc_ps(p)], also


def sap_r3(p, date, lang="en", pay="EX01"):
    """SAP R/3 organizational management position extract (text)."""
    r = rng_for("sap", p["key"])
    sapc = T.PLACES[p["place"]][3]
    city = T.PLACES[p["place"]][0]
    g, l = cls_parts(p["cls"])
    orgu = "5004" + str(r.randint(1000, 9999))
    user = r.choice(["HRADM07", "OMUSER2", "PCLERK4"])
    hold = f"P {r.randint(10**7, 10**8 - 1)}"
    L = lambda a, b: f"{a:<16}{b}"
    lines = [f"SAP R/3   Organizational Management - Position Extract          Date {date:%d.%m.%Y}  User {user}",
             "Report RHSTRU00 / IT1000, IT1001, IT1002, IT1005, IT1018, IT9001", "-" * 88,
             L("Object", f"S {p['num']}   Planning var. 01   Validity {p['eff']:%d.%m.%Y} - 31.12.9999"),
             L("Abbreviation", p["short"]),
             L("Name", p["title"][:40]),
             L("Org. unit", f"O {orgu}   {p['remit'][0][:30].upper()}"),
             L("Job", f"C 5000{p['job'][-4:]}   {g}{l} EXECUTIVE"),
             L("Job code (9001)", p["job"]),
             L("Pay scale (1005)", f"Type 01  Area 01  Group {g}{l}  Level --"),
             L("Pers.area", f"NR01  Sub-area {sapc}  {city}"),
             L("Cost center", f"{T.SECTORS[p['sector']][2]}{p['num'][-4:]}"),
             "", "Relationships (IT1001)",
             f"  A 002  Reports (line) to      S {p['sup']['num']:<9} {p['sup']['short']:<20} {p['sup']['title']}",
             ]
    for rep in p["reports"]:
        rg, rl = cls_parts(rep["cls"])
        lines.append(f"  B 002  Is line supervisor of  S {rep['num'] if len(rep['num']) == 8 else '5004' + rep['num'][-4:]:<9} "
                     f"{rep['short']:<20} {rep['title']}  [{rg}{rl}]")
    f, g_ = p["incumbent"]
    lines += [f"  A 008  Holder                 {hold}  {f},{g_}", "",
              "Planned compensation / cost planning (IT1015)",
              f"  Salary       {p['salary']:>16,.2f} CAD", f"  Non-salary   {p['om']:>16,.2f} CAD",
              f"  Total        {p['total']:>16,.2f} CAD", "", "Description (IT1002, subtype 0001)",
              f"Long name: {p['title']}", "", ga(p), "",
              f"Reporting to the position: " + "; ".join(reports_sentence(p)) + ".", "",
              nature(p), "", "Key activities:"] + [f"  * {a}" for a in accountabilities(p)] + \
             [f"", f"Unit headcount (FTE): {p['fte']}", "-" * 88, "End of extract"]
    tr = base_truth(p, city)
    tr["supervisor"]["classification"] = None
    # B002 object ids: the reports' own numbers are stored in the doc, truth keeps titles only
    also = dict(form="SAP R/3 OM position extract", run_date=date, short_descr=p["short"], fte=p["fte"],
                department=T.DEPT_EN, location_code=sapc,
                note="O&M appears as 'Non-salary'; reports' groups in brackets without hyphen")
    return "\n".join(lines) + "\n", tr, [f"{f},{g_}"], also


def sf_lines(p, printed):
    """SuccessFactors Employee Central position profile (export)."""
    r = rng_for("sf", p["key"])
    sapc = T.PLACES[p["place"]][3]
    city = T.PLACES[p["place"]][0]
    g, l = cls_parts(p["cls"])
    rows = [("Position Code", p["num"]), ("Position Title", p["title"]), ("Position Title (fr_CA)", p["title_fr"]),
            ("Effective Start Date", f"{MONTHS[p['eff'].month - 1][:3]} {p['eff'].day}, {p['eff'].year}"),
            ("Effective Status", "Active"), ("Legal Entity", "NRCan (4100)"),
            ("Business Unit", T.SECTORS[p["sector"]][0]), ("Job Classification", f"{g}-{l} Executive Level {int(l)}"),
            ("Job Code", p["job"]), ("Pay Grade", f"{g}{l}"), ("Location", f"{city} ({sapc})"),
            ("FTE", "1.00"), ("Standard Weekly Hours", "37.5"),
            ("Parent Position", f"{p['sup']['title']} ({p['sup']['num']})"),
            ("Incumbent", f"{p['incumbent'][0]},{p['incumbent'][1]}"),
            ("Salary Budget (CAD)", f"{p['salary']:,}"), ("O&M Budget (CAD)", f"{p['om']:,}"),
            ("Unit FTEs", str(p["fte"])),
            ("Last Modified", f"{printed:%m/%d/%Y} {r.randint(8, 17)}:{r.randint(10, 59)} by {r.choice(['sfadmin', 'HRIS_INT'])}")]
    reps = [(rep["num"], rep["title"], rep["cls"], str(rep["fte"])) for rep in p["reports"]]
    tr = base_truth(p, f"{city}")
    tr["total"] = None
    tr["supervisor"]["classification"] = None
    also = dict(form="SuccessFactors Employee Central position profile", print_date=printed, title_fr=p["title_fr"],
                fte=p["fte"], department=T.DEPT_EN, location_code=sapc, position_fte_is_1=True)
    return rows, reps, tr, [f"{p['incumbent'][0]},{p['incumbent'][1]}"], also


def sf_pdf(p, printed):
    rows, reps, tr, people, also = sf_lines(p, printed)
    l1 = ["SAP SuccessFactors | Employee Central", "Position Profile", ""] + [f"{a}    {b}" for a, b in rows]
    l2 = ["Direct Reports (Child Positions)", "Position Code, Position Title, Job Classification, Unit FTEs"]
    l2 += [", ".join(f'"{x}"' if "," in x else x for x in rep) for rep in reps]
    l2 += ["", "Job Description", ga(p), "", nature(p)]
    foot = lambda n: ["", f"Printed {printed:%m/%d/%Y}    {n}/2"]
    also["date_note"] = "Last Modified and Printed are month-first"
    return [l1 + foot(1), l2 + foot(2)], tr, people, also


def pmdb_csv(p, exported, fr=False, sep=",", dates="%Y%m%d", sup_title=True):
    """Departmental Position Management Database (PMDB / BDGP) export: one delimited file per position."""
    g, l = cls_parts(p["cls"])
    pl = T.PLACES[p["place"]]
    if not fr:
        head = ["REC_TYPE", "POS_NO", "TITLE_E", "TITLE_F", "CLASS_GRP", "CLASS_LVL", "JOB_CODE", "EFF_DT",
                "LOC_CD", "LOC_DESC", "FTE_UNIT", "SAL_BUDGET", "OM_BUDGET", "WD_STATUS"]
    else:
        head = ["TYPE_ENR", "NO_POSTE", "TITRE_A", "TITRE_F", "GROUPE", "NIVEAU", "CODE_EMPLOI", "DATE_EFF",
                "CODE_LIEU", "LIEU", "ETP_UNITE", "BUDGET_SAL", "BUDGET_FE", "STATUT_DT"]
    loc = pl[0] if not fr else pl[1]
    rows = [head, ["POS", p["num"], p["title"], p["title_fr"], g, l, p["job"], f"{p['eff']:{dates}}", pl[5], loc,
                   str(p["fte"]), f"{p['salary']:.2f}", f"{p['om']:.2f}", "APPROVED" if not fr else "APPROUVÉ"]]
    sg, sl = cls_parts(p["sup"]["cls"])
    rows.append(["SUP", p["sup"]["num"], p["sup"]["title"] if sup_title else "", p["sup"]["title_fr"] if sup_title else "",
                 sg, sl, "", "", "", "", "", "", "", ""])
    for rep in p["reports"]:
        rg, rl = cls_parts(rep["cls"])
        rows.append(["SUB", rep["num"], rep["title"], rep["title_fr"], rg, rl, "", "", "", "", str(rep["fte"]), "", "", ""])

    def q(x):
        return f'"{x}"' if (sep in x or '"' in x) else x
    body = "\n".join(sep.join(q(x) for x in row) for row in rows) + "\n"
    tr = base_truth(p, loc)
    if not sup_title:
        tr["supervisor"]["title"] = None
    tr["total"] = None
    also = dict(form="Position Management Database export (PMDB)", exported=exported, title_fr=p["title_fr"],
                fte=p["fte"], department=T.DEPT_EN, location_code=pl[5])
    if fr:
        tr["title"] = p["title_fr"]
        also["title_en"] = p["title"]
        del also["title_fr"]
    return body, tr, [], also


def mainframe(p, printed, title=None, cls=None):
    """1990s mainframe Position Reporting Information System printout, 132 columns, upper case."""
    title = (title or p["title"]).upper()
    cls = cls or p["cls"]
    g, l = cls_parts(cls)
    pl = T.PLACES[p["place"]]
    sg, sl = cls_parts(p["sup"]["cls"])
    dd = lambda d: f"{d.day:02d}{MON[d.month - 1]}{d.year % 100:02d}"
    lines = [f"PRIS0410-R1          ENERGY, MINES AND RESOURCES / NATURAL RESOURCES CANADA           RUN {dd(printed)}   PAGE 0001",
             f"                     POSITION INFORMATION - EXECUTIVE GROUP",
             "",
             f"POS NO  {p['num'].zfill(8)}   EFF {dd(p['eff'])}   CLASS {g} {l}   JOB {p['job']}   LOC {pl[4]}",
             f"TITLE   {title[:50]:<50}",
             f"SUPV    {p['sup']['num'].zfill(8)}   {p['sup']['title'].upper()[:50]:<50}  {sg} {sl}",
             f"FTE UNIT {p['fte']:05d}   SAL {p['salary']:011d}   O&M {p['om']:011d}   TOT {p['total']:011d}",
             "",
             "SUBORDINATE POSITIONS",
             "POS NO    TITLE                                               CLASS    FTE",
             ]
    for rep in p["reports"]:
        rg, rl = cls_parts(rep["cls"])
        lines.append(f"{rep['num'].zfill(8)}  {rep['title'].upper()[:50]:<50}  {rg} {rl:<4} {rep['fte']:05d}")
    lines += ["", "*** END OF POSITION ***"]
    tr = base_truth(p, pl[4])
    tr["title"] = title[:50]
    if len(title) > 50:
        also_trunc = title
    else:
        also_trunc = None
    tr["classification"] = cls
    tr["supervisor"]["title"] = p["sup"]["title"].upper()[:50]
    for dr in tr["direct_reports"]:
        dr["title"] = dr["title"].upper()[:50]
    also = dict(form="PRIS mainframe printout (PRIS0410)", run_date=printed, fte=p["fte"], department=T.DEPT_EN,
                note="amounts and FTEs zero-padded in fixed columns; dates DDMONYY")
    if also_trunc:
        also["title_truncated_from"] = also_trunc
    return "\n".join(lines) + "\n", tr, [], also


def wd_struct(p, lang="en", form="ewd", sup_mode="fields", budget="full", date_fmt="long", classifier=True):
    """A work description as a list of blocks: ('h', text) heading, ('p', text), ('kv', [(label, value)]),
    ('table', rows), ('li', [items]). Returns blocks, truth, people, also."""
    fr = lang == "fr"
    bil = lang == "bilingual"
    pl = T.PLACES[p["place"]]
    loc = pl[1] if fr else pl[0]
    people = []
    date = {"long": d_long(p["eff"]), "iso": f"{p['eff']:%Y-%m-%d}", "fr": d_fr(p["eff"]),
            "dmy": f"{p['eff'].day} {MONTHS[p['eff'].month - 1]} {p['eff'].year}"}[date_fmt if not fr else "fr"]
    tr = base_truth(p, loc)
    B = []
    if fr:
        B.append(("h", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"))
        kv = [("Titre du poste", p["title_fr"]), ("Numéro du poste", p["num"]), ("Code de l'emploi", p["job"]),
              ("Groupe et niveau", p["cls"]), ("Date d'entrée en vigueur", date), ("Secteur", T.SECTORS[p["sector"]][1]),
              ("Lieu de travail", loc)]
        if sup_mode == "fields":
            kv += [("Titre du poste du superviseur", p["sup"]["title_fr"]), ("Numéro de poste du superviseur", p["sup"]["num"]),
                   ("Groupe et niveau du superviseur", p["sup"]["cls"])]
        B.append(("kv", kv))
        tr["title"] = p["title_fr"]
        tr["supervisor"]["title"] = p["sup"]["title_fr"]
    elif bil:
        B.append(("h", "Executive Work Description / Description de travail de cadre de direction"))
        kv = [("Position title / Titre du poste", p["title"]), ("French title / Titre en français", p["title_fr"]),
              ("Position number / Numéro du poste", p["num"]), ("Job code / Code d'emploi", p["job"]),
              ("Group and level / Groupe et niveau", p["cls"]), ("Effective date / Date d'entrée en vigueur", date),
              ("Location / Lieu", loc)]
        if sup_mode == "fields":
            kv += [("Supervisor's position title / Titre du poste du superviseur", f"{p['sup']['title']} / {p['sup']['title_fr']}"),
                   ("Supervisor's position number / Numéro de poste du superviseur", p["sup"]["num"]),
                   ("Supervisor's group and level / Groupe et niveau du superviseur", p["sup"]["cls"])]
            tr["supervisor"]["title"] = f"{p['sup']['title']} / {p['sup']['title_fr']}"
        B.append(("kv", kv))
    else:
        B.append(("h", "Executive Work Description"))
        kv = [("Position title", p["title"]), ("Position number", p["num"]), ("Job code", p["job"]),
              ("Group and level", p["cls"]), ("Effective date", date), ("Sector", T.SECTORS[p["sector"]][0]),
              ("Geographic location", loc)]
        if sup_mode == "fields":
            kv += [("Supervisor's position title", p["sup"]["title"]), ("Supervisor's position number", p["sup"]["num"]),
                   ("Supervisor's group and level", p["sup"]["cls"])]
        B.append(("kv", kv))
    H = (lambda e, f: f) if fr else ((lambda e, f: f"{e} / {f}") if bil else (lambda e, f: e))
    B.append(("h", H("General Accountability", "Responsabilité générale")))
    if fr:
        B.append(("p", ga(p, True)))
    else:
        B.append(("p", ga(p)))
        if bil:
            B.append(("p", ga(p, True)))
    B.append(("h", H("Organization Structure", "Structure organisationnelle")))
    if sup_mode == "sentence":
        if fr:
            B.append(("p", f"Le titulaire relève du {p['sup']['title_fr']} "
                           f"({p['sup']['cls']}), poste no {p['sup']['num']}."))
        else:
            B.append(("p", f"The {p['title']} reports to the {p['sup']['title']} ({p['sup']['cls']}), position "
                           f"no. {p['sup']['num']}."))
    B.append(("p", "Relèvent du titulaire :" if fr else "The following positions report to the incumbent:"))
    B.append(("table", [["Poste", "Groupe et niveau", "ETP"] if fr else
                        (["Position / Poste", "Group and level / Groupe et niveau", "FTEs / ETP"] if bil else
                         ["Position", "Group and level", "FTEs"])]
              + [[(r["title_fr"] if fr else r["title"]), r["cls"], str(r["fte"])] for r in p["reports"]]))
    if fr:
        for dr, rep in zip(tr["direct_reports"], p["reports"]):
            dr["title"] = rep["title_fr"]
    B.append(("h", H("Nature and Scope", "Nature et étendue")))
    B.append(("p", nature(p, fr)))
    if bil:
        B.append(("p", nature(p, True)))
    B.append(("h", "Dimensions"))
    if fr:
        dims = [("ETP", str(p["fte"])), ("Salaires", money_fr(p["salary"])), ("F et E", money_fr(p["om"])),
                ("Total", money_fr(p["total"]))]
    elif budget == "m":
        dims = [("FTEs", str(p["fte"])), ("Salary", money_m(p["salary"])), ("O&M", f"${p['om'] // 1000}K"),
                ("Total", money_m(p["total"]))]
    else:
        dims = [("FTEs" + (" / ETP" if bil else ""), str(p["fte"])), ("Salary" + (" / Salaires" if bil else ""), money(p["salary"])),
                ("O&M" + (" / F et E" if bil else ""), money(p["om"])), ("Total", money(p["total"]))]
    if budget == "nototal":
        dims = dims[:3]
        tr["total"] = None
    B.append(("kv", dims))
    B.append(("h", H("Specific Accountabilities", "Responsabilités principales")))
    B.append(("li", accountabilities(p, fr)))
    if classifier:
        f, g = person()
        people.append(f"{g} {f}")
        B.append(("kv", [("Classifié par" if fr else "Classified by", f"{g} {f}, {'conseillère' if fr else 'Classification Advisor'}")]))
    if sup_mode not in ("fields", "sentence"):
        tr["supervisor"] = dict(position_number=None, title=None, classification=None)
    also = dict(form={"en": "Executive Work Description", "fr": "Description de travail – EX",
                      "bilingual": "bilingual Executive Work Description"}[lang], fte=p["fte"], department=T.DEPT_EN)
    if bil:
        also["title_fr"] = p["title_fr"]
    if fr:
        also["department"] = T.DEPT_FR
    return B, tr, people, also


def blocks_text(B, style="plain"):
    out = []
    for kind, v in B:
        if kind == "h":
            out += ["", f"## {v}" if style == "md" else v.upper(), ""]
        elif kind == "p":
            out += [v, ""]
        elif kind == "kv":
            out += [(f"*   **{a}:** {b}" if style == "md" else f"{a}: {b}") for a, b in v] + [""]
        elif kind == "li":
            out += [f"{i}. {x}" for i, x in enumerate(v, 1)] + [""]
        elif kind == "table":
            if style == "md":
                out += ["| " + " | ".join(v[0]) + " |", "|" + "---|" * len(v[0])]
                out += ["| " + " | ".join(r) + " |" for r in v[1:]] + [""]
            else:
                out += [f"- {r[0]} ({r[1]}, {r[2]} FTEs)" if "FTEs" in v[0][-1] else f"- {r[0]} ({r[1]}, {r[2]} ETP)"
                        for r in v[1:]] + [""]
    if style == "md" and out and out[0] == "":
        out = out[1:]
        out[0] = "#" + out[0][2:] if out[0].startswith("## ") else out[0]
        out[0] = "# " + out[0][3:] if out[0].startswith("#") and not out[0].startswith("# ") else out[0]
    return "\n".join(out).strip("\n") + "\n"


FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)


def docx_bytes(B, extra_table=None, title="Work description"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "NRCan HR"
    cp.last_modified_by = "NRCan HR"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.title = title
    if extra_table:
        d.add_paragraph(extra_table[0]).runs[0].bold = True
        t = d.add_table(rows=0, cols=len(extra_table[1][0]))
        t.style = "Table Grid"
        for row in extra_table[1]:
            cells = t.add_row().cells
            for c, x in zip(cells, row):
                c.text = x
        d.add_paragraph("")
    first = True
    for kind, v in B:
        if kind == "h":
            d.add_heading(v, level=1 if first else 2)
            first = False
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in v:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = b
            d.add_paragraph("")
        elif kind == "li":
            for x in v:
                d.add_paragraph(x, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(v[0]))
            t.style = "Table Grid"
            for row in v:
                cells = t.add_row().cells
                for c, x in zip(cells, row):
                    c.text = x
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- refusals
def refusal_vacancy_report():
    lines = ["Report ID:  PER715             NATURAL RESOURCES CANADA                        Page No.    1",
             "                     VACANT AND ENCUMBERED EXECUTIVE POSITIONS               Run Date 2013/02/11",
             "Business Unit: NRCAN   Sal Plan: EX   As of: 2013/01/31", "",
             "Position  Descr                           Grade  Location  Reports To  Status  Incumbent",
             "--------  ------------------------------  -----  --------  ----------  ------  -------------------------"]
    people = []
    for key in ["dg-mmp", "dir-mpfa", "dir-intl", "dg-sgb", "dir-lsd", "dir-cgs", "dg-oee", "dir-hbd", "dir-ipd",
                "dg-hr", "dir-hrsys", "dir-lr", "dg-fin", "dir-fpa"]:
        p = P[key]
        g, l = cls_parts(p["cls"])
        vac = rng_for("vac", key).random() < 0.3
        inc = "" if vac else f"{p['incumbent'][0]},{p['incumbent'][1]}"
        if inc:
            people.append(inc)
        lines.append(f"{p['num'].zfill(8)}  {p['title'][:30]:<30}  {g} {l}  {T.PLACES[p['place']][2][0]:<8}  "
                     f"{p['sup']['num'].zfill(8):<10}  {'VACANT' if vac else 'FILLED':<6}  {inc}")
    lines += ["", "Total positions: 14", "*** End of Report ***"]
    return "\n".join(lines) + "\n", people


def refusal_memo():
    f1, g1 = person()
    f2, g2 = person()
    B = [("h", "MEMORANDUM / NOTE DE SERVICE"),
         ("kv", [("To", f"{g1} {f1}, Director General, Human Resources Management Branch"),
                 ("From", f"{g2} {f2}, Director, Compensation and HR Systems"),
                 ("Date", "March 3, 2022"),
                 ("Subject", "Reconciliation of executive position data between MyGCHR and the PMDB")]),
         ("p", "Following the migration of position data to MyGCHR, a comparison with the departmental Position "
               "Management Database (PMDB) found differences in 23 executive positions: reporting relationships, "
               "job codes and effective dates. The positions below need a decision before the next data load."),
         ("table", [["Position", "Title (MyGCHR)", "Group-Level", "Issue"],
                    ["00412110", "Director, Mineral Policy and F", "EX-01", "Reports To differs from PMDB (412000 vs 412100)"],
                    ["00420240", "Director, Industrial Programs", "EX-01", "Effective date 2019-04-01 vs 2018-10-01"],
                    ["00440150", "Director, Compensation and HR", "EX-01", "Job code 304015 missing in PMDB"],
                    ["00433000", "Director General, Northern For", "EX-02", "Unit FTEs 61 vs 58"]]),
         ("p", "I recommend that the PMDB be treated as the source of record for work descriptions and that "
               "MyGCHR be corrected by a mass update. Please advise by March 18."),
         ("kv", [("Attachment", "PMDB_vs_MyGCHR_2022-02-28.xlsx")])]
    return docx_bytes(B, title="Memo"), [f"{g1} {f1}", f"{g2} {f2}"]


def refusal_orgchart():
    txt = ["SAP R/3  Organizational Structure Display (PPOSE)      Date 22.09.2015", "",
           "O 50040100  OFFICE OF CLEAN FUELS",
           f"   S 50041230  DG OCF        Director General, Office of Clean Fuels        EX03  {P['sap-dg-ocs']['incumbent'][0]},{P['sap-dg-ocs']['incumbent'][1]}",
           "   O 50040120  CLEAN FUELS FUND",
           f"      S 50041244  DIR CFFO    Director, Clean Fuels Fund Operations     EX01  {P['sap-dir-cff']['incumbent'][0]},{P['sap-dir-cff']['incumbent'][1]}",
           "      S 50041245  MGR CONTRIB Manager, Contribution Agreements          PM06  VACANT",
           "   O 50040130  HYDROGEN AND LOW-CARBON FUELS",
           f"      S 50041251  DIR HLCF    Director, Hydrogen and Low-Carbon Fuels   EX01  {P['sap-dir-hyd']['incumbent'][0]},{P['sap-dir-hyd']['incumbent'][1]}",
           "   O 50040140  CLEAN FUELS POLICY AND ANALYSIS",
           f"      S 50041263  DIR CFPA    Director, Clean Fuels Policy and Analysis EX01  {P['sap-dir-cf-pol']['incumbent'][0]},{P['sap-dir-cf-pol']['incumbent'][1]}",
           "", "Legend: O org. unit  S position  EX03 pay scale group"]
    people = [f"{P[k]['incumbent'][0]},{P[k]['incumbent'][1]}" for k in ["sap-dg-ocs", "sap-dir-cff", "sap-dir-hyd", "sap-dir-cf-pol"]]
    return damage("\n".join(txt) + "\n", "middling", "orgchart", protect=people), people


def refusal_letter():
    f1, g1 = person()
    f2, g2 = person()
    lines = ["Ressources naturelles Canada", "Direction de la gestion des ressources humaines", "", "Le 14 juin 2021", "",
             f"{g1} {f1}", "Centre de foresterie des Laurentides", "Québec (Québec)", "",
             "Objet : Nomination intérimaire – poste 00431000, Directeur général, Centre de foresterie des Laurentides (EX-02)", "",
             f"Madame, Monsieur,", "",
             "J'ai le plaisir de vous confirmer votre nomination intérimaire au poste mentionné ci-dessus, du 28 juin "
             "au 31 décembre 2021. Votre rémunération sera établie dans l'échelle salariale du niveau EX-02, soit de "
             "137 100 $ à 161 300 $.", "",
             "Veuillez signer et retourner une copie de la présente lettre d'ici le 21 juin 2021.", "",
             "Veuillez agréer l'expression de mes sentiments distingués.", "", f"{g2} {f2}",
             "Directrice générale, Gestion des ressources humaines"]
    return [lines], [f"{g1} {f1}", f"{g2} {f2}"]


# ---------------------------------------------------------------- the folder
def pdf(pages):
    return pdf_bytes(["\n".join(pg) if isinstance(pg, list) else pg for pg in pages])


def crlf_cp1252(s):
    s = s.replace("'", "\u2019")
    return s.replace("\n", "\r\n").encode("cp1252")


def scan_wrap(text, seed, strength, people, title, footer=True):
    t = wrap_hyphen(text, seed)
    lines = t.split("\n")
    pages = paginate(lines, 48, None, (lambda n, m: ["", f"{title}    Page {n} of {m}", "\f"]) if footer else None)
    return damage("\n".join(pages), strength, seed, protect=people)


def docs():
    D = []

    def add(name, kind, lang, payload, tr, people, also, version=None):
        D.append(dict(name=name, kind=kind, lang=lang, payload=payload, truth=tr, people=people, also=also,
                      version=version, outcome="import"))

    def refuse(name, kind, lang, payload, people, why):
        D.append(dict(name=name, kind=kind, lang=lang, payload=payload, truth=None, people=people,
                      also=dict(why=why), version=None, outcome="refuse"))

    # --- versions
    old = variant("dir-mpfa", eff=dt.date(1998, 4, 1), title="Director, Mineral and Metal Policy", job="EX0417",
                  sup=dict(P["dir-mpfa"]["sup"], title="Director General, Mineral and Metal Policy Branch"))
    old["reports"] = old["reports"][:2]
    old["fte"] = 2 + sum(r["fte"] for r in old["reports"])
    old["salary"], old["om"] = old["fte"] * 61000, 96000
    old["total"] = old["salary"] + old["om"]
    s, tr, pe, al = mainframe(old, dt.date(1998, 6, 15))
    al["damage"] = "middling"
    add("PRIS printout 412110 (1998).txt", "ocr", "en", damage(s, "middling", "v1a"), tr, pe, al, "mpfa")
    mid = variant("dir-mpfa", eff=dt.date(2011, 4, 1), dfte=-3)
    mid["salary"], mid["om"] = mid["fte"] * 83000, 118000
    mid["total"] = mid["salary"] + mid["om"]
    s, tr, pe, al = ps8_report(mid, run=dt.date(2012, 3, 14))
    add("PER702_00412110_20120314.txt", "text", "en", s, tr, pe, al, "mpfa")
    B, tr, pe, al = wd_struct(P["dir-mpfa"], "en", sup_mode="fields")
    add("Director, Mineral Policy and Fiscal Analysis - EX-01 - 412110 (2017).docx", "docx", "en",
        docx_bytes(B), tr, pe, al, "mpfa")

    old = variant("dg-oee", eff=dt.date(2012, 7, 16), dfte=-9, salary=P["dg-oee"]["salary"] - 850000,
                  om=P["dg-oee"]["om"] + 210000)
    old["total"] = old["salary"] + old["om"]
    s, tr, pe, al = ps8_report(old, run=dt.date(2013, 1, 8))
    add("OEE DG position report 2013.txt", "text-cp1252", "en", crlf_cp1252(s), tr, pe, al, "oee")
    pages, tr, pe, al = mygchr_pdf(P["dg-oee"], dt.date(2024, 2, 9))
    add("MyGCHR_Position_00420000_2024-02-09.pdf", "pdf", "bilingual", pdf(pages), tr, pe, al, "oee")

    old = variant("dir-hrsys", eff=dt.date(2014, 10, 6), title_fr="Directeur, Rémunération et systèmes RH",
                  dfte=14)
    s, tr, pe, al = ps8_report(old, fr=True, run=dt.date(2015, 5, 27))
    add("Rapport PER702 - poste 00440150 (2015).txt", "text", "fr", s, tr, pe, al, "hrsys")
    B, tr, pe, al = wd_struct(P["dir-hrsys"], "fr", sup_mode="sentence")
    add("DT EX-01 Directeur, Rémunération et systèmes RH - version finale.docx", "docx", "fr",
        docx_bytes(B), tr, pe, al, "hrsys")

    old = variant("sap-dg-ocs", eff=dt.date(2014, 4, 1), dfte=-3,
                  salary=P["sap-dg-ocs"]["salary"] - 1100000, om=P["sap-dg-ocs"]["om"])
    old["total"] = old["salary"] + old["om"]
    s, tr, pe, al = sap_r3(old, dt.date(2014, 5, 12))
    add("S_50041230_extract.txt", "text", "en", s, tr, pe, al, "ocs")
    pages, tr, pe, al = sf_pdf(P["sap-dg-ocs"], dt.date(2022, 11, 30))
    add("Position Profile - 50041230 - DG Office of Clean Fuels.pdf", "pdf", "bilingual", pdf(pages), tr, pe, al, "ocs")

    old = variant("dg-lfc", eff=dt.date(2019, 4, 1), dfte=-2)
    s, tr, pe, al = pmdb_csv(old, dt.date(2019, 9, 3), fr=True, sep=";")
    add("export_BDGP_431000.csv", "text", "bilingual", s, tr, pe, al, "lfc")
    B, tr, pe, al = wd_struct(P["dg-lfc"], "bilingual", sup_mode="fields")
    add("DG CFL - Laurentian Forestry Centre WD (bilingual).md", "markdown", "bilingual", blocks_text(B, "md"),
        tr, pe, al, "lfc")

    # --- PeopleSoft 8 reports
    for key, fname, kw in [("dg-mmp", "PER702_00412000_20100907.txt", dict(run=dt.date(2010, 9, 7))),
                           ("dir-intl", "pos rpt 412140.txt", dict(text=False)),
                           ("dir-cgs", "PER702 Canadian Geodetic Survey - Director.txt", dict(budget=False))]:
        p = P[key]
        if key == "dg-mmp":
            p = variant(key, eff=dt.date(2009, 11, 2))
        s, tr, pe, al = ps8_report(p, **kw)
        add(fname, "text", "en", s, tr, pe, al)
    s, tr, pe, al = ps8_report(P["dir-org"], fr=True, sup_title=False)
    add("rapport de poste 00440120.txt", "text", "fr", s, tr, pe, al)
    for key, fname, strength, kw in [("dg-sgb", "Scan_SGB_DG_position_report.txt", "light", {}),
                                     ("dir-lsd", "LSD Director PS report (scanned).txt", "middling", {}),
                                     ("dg-cmm", "CanmetMATERIALS DG - PeopleSoft printout OCR.txt", "heavy", {}),
                                     ("dir-erd", "ERD dir 415100 scan.txt", "middling", dict(text=False))]:
        s, tr, pe, al = ps8_report(P[key], **kw)
        al["damage"] = strength
        add(fname, "ocr", "en", damage(s, strength, key, protect=pe), tr, pe, al)
    s, tr, pe, al = ps8_report(P["dir-ipd"], budget=True)
    add("IPD Director – position data (PeopleSoft).txt", "text-cp1252", "en", crlf_cp1252(s), tr, pe, al)

    # --- MyGCHR PDFs
    for key, fname, kw in [("dir-tfd", "MyGCHR_Position_00420270.pdf", {}),
                           ("dg-cmo", "Position report CanmetENERGY-Ottawa DG (1).pdf", dict(sup_cls=True)),
                           ("dir-fpa", "MyGCHR_Position_00441130 - FPA.pdf", dict(budget=False)),
                           ("dir-proc", "Rapport de poste - Approvisionnement 441160.pdf", {})]:
        r = rng_for("printed", key)
        pages, tr, pe, al = mygchr_pdf(P[key], P[key]["eff"] + dt.timedelta(days=r.randint(30, 600)), **kw)
        add(fname, "pdf", "bilingual", pdf(pages), tr, pe, al)

    # --- SAP / SuccessFactors
    s, tr, pe, al = sap_r3(P["sap-dir-cff"], dt.date(2019, 9, 16))
    add("S_50041244_extract.txt", "text", "en", s, tr, pe, al)
    s, tr, pe, al = sap_r3(P["sap-dir-hyd"], dt.date(2018, 5, 22))
    al["damage"] = "middling"
    add("Hydrogen director - SAP position (scan).txt", "ocr", "en", damage(s, "middling", "hyd", protect=pe), tr, pe, al)
    pages, tr, pe, al = sf_pdf(P["sap-dir-cf-pol"], dt.date(2023, 5, 17))
    add("Position Profile - 50041263.pdf", "pdf", "bilingual", pdf(pages), tr, pe, al)

    # --- PMDB exports
    s, tr, pe, al = pmdb_csv(P["dg-cmv"], dt.date(2020, 6, 1))
    add("PMDB_export_422000.csv", "text", "bilingual", s, tr, pe, al)
    s, tr, pe, al = pmdb_csv(P["dir-cmo-bld"], dt.date(2021, 1, 19), sep=";", sup_title=False)
    add("PMDB_export_421210 (2).csv", "text", "bilingual", s, tr, pe, al)
    s, tr, pe, al = pmdb_csv(P["dg-afc"], dt.date(2021, 6, 7), dates="%Y-%m-%d")
    add("AFC DG 430000 PMDB.csv", "text", "bilingual", s, tr, pe, al)
    s, tr, pe, al = pmdb_csv(P["dg-pfc"], dt.date(2024, 1, 15), sep="|", dates="%d/%m/%Y")
    s = (f"PMDB - Position Management Database - extract\nExported: 2024-01-15 10:02  Filter: POS_NO = 432000\n"
         f"Date format: DD/MM/YYYY\n\n" + s)
    al["note"] = "dates day-first as the header says"
    add("pmdb extract PFC DG.txt", "text", "bilingual", s, tr, pe, al)
    s, tr, pe, al = pmdb_csv(P["dir-lr"], dt.date(2024, 2, 1), fr=True, sep=";", dates="%Y-%m-%d")
    add("BDGP_440180_Relations de travail.csv", "text-cp1252", "bilingual", crlf_cp1252(s), tr, pe, al)

    # --- mainframe
    s, tr, pe, al = mainframe(variant("dir-glfc", eff=dt.date(1997, 10, 1)), dt.date(1999, 2, 2))
    add("PRIS0410 Great Lakes Forestry Centre.txt", "text", "en", s, tr, pe, al)
    s, tr, pe, al = mainframe(variant("dir-cm-lab", eff=dt.date(2001, 4, 1)), dt.date(2001, 5, 30))
    al["damage"] = "heavy"
    add("old PRIS printout - CANMET labs director.txt", "ocr", "en", damage(s, "heavy", "cmlab"), tr, pe, al)

    # --- work descriptions
    B, tr, pe, al = wd_struct(P["dg-hr"], "en")
    add("DG HRMB - Executive Work Description - signed.docx", "docx", "en", docx_bytes(B), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-itcs"], "en", sup_mode="sentence", budget="nototal")
    p = P["dir-itcs"]
    ext = ("Position data (PeopleSoft, copied 2021-09-02)",
           [["Position Nbr", p["num"].zfill(8)], ["Descr", p["title"][:30]], ["Short Descr", p["short"]],
            ["Job Code", p["job"]], ["Sal Plan/Grade", "EX  01"], ["Reports To", p["sup"]["num"].zfill(8)],
            ["Location", "ON0580 Ottawa, ON"]])
    add("IT Client Services Director WD DRAFT.docx", "docx", "en", docx_bytes(B, ext), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dg-fin"], "en", budget="m", date_fmt="dmy")
    add("DG Finance & DCFO (EX-03).docx", "docx", "en", docx_bytes(B), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-hbd"], "fr")
    add("Directeur, Habitation et bâtiments – DT.docx", "docx", "fr", docx_bytes(B), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-rp"], "en", date_fmt="iso")
    p = P["dir-rp"]
    ext = ("MyGCHR extract / Extrait MyGCHR",
           [["Position Number / Numéro de poste", p["num"].zfill(8)], ["Description", p["title"]],
            ["Group and Level / Groupe et niveau", p["cls"]], ["Reports To / Relève de", f"{p['sup']['num'].zfill(8)} - {p['sup']['title']}"],
            ["Print Date / Date d'impression", "2023-08-22"]])
    al["print_date"] = dt.date(2023, 8, 22)
    add("RPLI director work description + MyGCHR.docx", "docx", "en", docx_bytes(B, ext), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-ccm"], "en", date_fmt="long")
    add("Director, Critical Minerals CoE.md", "markdown", "en", blocks_text(B, "md"), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dg-nfc"], "bilingual", sup_mode="sentence")
    add("NoFC DG work description (EN-FR).md", "markdown", "bilingual", blocks_text(B, "md"), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-trade"], "en", date_fmt="dmy")
    add("Director Forest Products Trade - WD.txt", "text", "en", blocks_text(B), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-gsca"], "en", sup_mode="sentence")
    al["damage"] = "light"
    add("GSC Atlantic Director - scan 2019.txt", "ocr", "en",
        scan_wrap(blocks_text(B), "gsca", "light", pe, "Director, GSC (Atlantic)"), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dir-fpm"], "en", budget="nototal")
    add("Director, Forest Pest Management Science (AFC).txt", "text-cp1252", "en", crlf_cp1252(blocks_text(B)), tr, pe, al)
    B, tr, pe, al = wd_struct(P["dg-gsc"], "bilingual")
    lines = blocks_text(B).split("\n")
    pages = [lines[i:i + 55] for i in range(0, len(lines), 55)]
    pages = [pg + ["", f"DG GSC Western Region / DG CGC Région de l'Ouest    Page {n} / {len(pages)}"]
             for n, pg in enumerate(pages, 1)]
    add("DG GSC Western Region - WD - signée.pdf", "pdf", "bilingual", pdf(pages), tr, pe, al)

    # --- refusals
    s, pe = refusal_vacancy_report()
    refuse("PER715 vacant EX positions 2013.txt", "text", "en", s, pe,
           "a PeopleSoft list report of fourteen positions, no work description")
    b, pe = refusal_memo()
    refuse("Memo - MyGCHR vs PMDB reconciliation.docx", "docx", "en", b, pe, "a memo about position data")
    s, pe = refusal_orgchart()
    refuse("PPOSE org structure clean fuels (scan).txt", "ocr", "en", s, pe,
           "an SAP organizational structure display: units and positions, no description")
    pages, pe = refusal_letter()
    refuse("Lettre nomination intérimaire EX-02.pdf", "pdf", "fr", pdf(pages), pe, "a letter of acting appointment")
    refuse("Scan_20190412_0003.pdf", "pdf", "en", pdf(["", ""]), [],
           "a two-page scan without a text layer")
    return D


VERSION_NOTES = {
    "mpfa": "1998 mainframe record (old title Director, Mineral and Metal Policy, job code EX0417, two reports), "
            "2011 PeopleSoft report (current title, 2011 figures), 2017 work description (current title and figures)",
    "oee": "2012 PeopleSoft report with 2012 FTEs and budget; 2021 MyGCHR report with current figures",
    "hrsys": "2014 PeopleSoft report (French title abbreviated 'systèmes RH', more FTEs); 2022 French work description",
    "ocs": "2014 SAP R/3 extract (smaller unit and salary budget); 2022 SuccessFactors profile",
    "lfc": "2019 French PMDB export (fewer FTEs); 2023 bilingual Markdown work description",
}


def flat_nulls(fields):
    out = []
    for k, v in fields.items():
        if k == "supervisor":
            out += [f"supervisor.{a}" for a, b in v.items() if b is None]
        elif v is None or v == []:
            out.append(k)
    return out


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    D = docs()
    groups = {}
    for d in D:
        if d["version"]:
            groups.setdefault(d["version"], []).append(d["name"])
    by_num = {}
    for d in D:
        if d["truth"] is not None:
            num = d["truth"]["position_number"]
            if d["version"]:
                by_num[num] = groups[d["version"]][-1]
            else:
                by_num.setdefault(num, d["name"])
    for d in D:
        if d["truth"] is not None and d["truth"]["supervisor"]["position_number"] in by_num:
            d["also"]["reports_to_in_corpus"] = by_num[d["truth"]["supervisor"]["position_number"]]
    names = set()
    for d in D:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        pl = d["payload"]
        path = corpus / d["name"]
        if isinstance(pl, bytes):
            path.write_bytes(pl)
        else:
            path.write_bytes(pl.encode("utf-8"))
        fields = None
        not_stated = []
        if d["truth"] is not None:
            t = d["truth"]
            if not t["direct_reports"]:
                t["direct_reports"] = None
            fields = dict(title=t["title"], classification=t["classification"], job_code=t["job_code"],
                          position_number=t["position_number"], effective_date=t["effective_date"],
                          supervisor=t["supervisor"], direct_reports=t["direct_reports"], salary=t["salary"],
                          o_and_m=t["o_and_m"], total=t["total"], location=t["location"])
            not_stated = flat_nulls(fields)
        also = {k: v for k, v in d["also"].items() if v is not None}
        ver = None
        if d["version"]:
            docs_ = groups[d["version"]]
            ver = dict(documents=docs_, newest=docs_[-1], same_text=False, note=VERSION_NOTES[d["version"]])
        rec = dict(document=d["name"], kind=d["kind"], language=d["lang"], outcome=d["outcome"], fields=fields,
                   not_stated=not_stated, also=also, people=d["people"], versions=ver)
        (expected / (d["name"] + ".expected.yaml")).write_text(
            yaml.safe_dump(rec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(D), "documents")


if __name__ == "__main__":
    main()
