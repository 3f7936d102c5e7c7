"""Renderers of the blind128 corpus: each takes a view of a position and returns its document."""
import datetime as dt
import random
import re
import textwrap

from texts import (R, BRANCH_EN, BRANCH_FR, DEPT_EN, DEPT_FR, FOCUS_EN, FOCUS_FR, GA_EN, GA_FR, LOC, NS_EN, NS_FR,
                   POSITIONS, SA_EN, SA_FR, SUP_OF_ADM)

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fdate(d, style):
    if d is None:
        return ""
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "mon4":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "mon2":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    if style == "ts":
        return d.strftime("%Y-%m-%d 00:00:00")
    if style == "xl":
        return f"{d.day}-{MON[d.month - 1].title()}-{d.year % 100:02d}"
    if style == "us":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "long_en":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    return d.isoformat()


def fmoney(n, style):
    if n is None:
        return ""
    if style == "dollar":
        return f"${n:,}"
    if style == "plain2":
        return f"{n}.00"
    if style == "comma2":
        return f"{n:,}.00"
    if style == "plain":
        return str(n)
    if style == "M":
        return f"${n / 1e6:.3f}M".replace("0M", "M").replace("0M", "M") if n >= 1_000_000 else f"${n // 1000}K"
    if style == "fr":
        return f"{n:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "fr2":
        return f"{n:,}".replace(",", " ") + ",00"
    if style == "frM":
        return (f"{n / 1e6:.3f}".replace(".", ",") + " M$") if n >= 1_000_000 else f"{n // 1000} k$"
    raise ValueError(style)


def pad(num, on):
    return num.rjust(8, "0") if on and num and len(num) < 8 else num


def view(key, lang="en", **changes):
    """What a document states of position `key` (changes: other values as of an older document)."""
    p = dict(POSITIONS[key])
    changes = {("om" if k == "o_and_m" else k): v for k, v in changes.items()}
    p.update({k: v for k, v in changes.items() if k not in ("reports",)})
    v = {"key": key, "lang": lang}
    v["title_en"], v["title_fr"] = p["en"], p["fr"]
    v["title"] = p["fr"] if lang == "fr" else p["en"]
    v["classification"] = p["cls"]
    v["job_code"] = p["job"]
    v["position_number"] = p["num"]
    v["effective_date"] = dt.date.fromisoformat(p["eff"]) if p["eff"] else None
    v["loc"] = p["loc"]
    v["location"] = LOC[p["loc"]][1 if lang == "fr" else 0]
    v["supervisor_key"] = p["sup"]
    if p["sup"]:
        s = POSITIONS[p["sup"]]
        v["supervisor"] = {"position_number": s["num"], "title": s["fr"] if lang == "fr" else s["en"],
                           "classification": changes.get("sup_cls", s["cls"])}
        v["sup_en"], v["sup_fr"] = s["en"], s["fr"]
    else:
        v["supervisor"] = {"position_number": None, "title": SUP_OF_ADM[1 if lang == "fr" else 0],
                           "classification": None}
        v["sup_en"], v["sup_fr"] = SUP_OF_ADM
    reps = changes.get("reports", p["reports"]) or [
        R(q["en"], q["fr"], q["cls"], q["fte"]) for q in POSITIONS.values() if q["sup"] == key]
    v["direct_reports"] = [{"title": r["fr"] if lang == "fr" else r["en"], "classification": r["cls"],
                            "fte": r["fte"], "en": r["en"], "fr": r["fr"]} for r in reps] or None
    v["salary"], v["o_and_m"], v["total"], v["fte"] = p["salary"], p["om"], p["total"], p["fte"]
    # numbers the systems give the reports' positions (not part of the truth)
    base = int(key[-5:]) + 31
    nums, n = [], base
    while len(nums) < len(reps):
        if str(n) not in POSITIONS and key[:3] + str(n) not in POSITIONS and str(n)[-5:] not in [k[-5:] for k in POSITIONS]:
            nums.append(key[:3] + str(n) if len(key) == 8 else str(n))
        n += 7
    v["report_numbers"] = nums
    for i, r in enumerate(reps):  # a report that is in the corpus keeps its own number
        for k, q in POSITIONS.items():
            if q["en"] == r["en"] and q["sup"] == key:
                v["report_numbers"][i] = k
    return v


def unit_name(v, lang):
    t = v["title_fr"] if lang == "fr" else v["title_en"]
    return t.split(", ", 1)[1] if ", " in t else t


def prose(v, lang, rng, heads=None):
    """General accountability, nature and scope, specific accountabilities: [(heading, [paragraphs]|list)]."""
    fr = lang == "fr"
    sup = v["sup_fr"] if fr else v["sup_en"]
    title = v["title_fr"] if fr else v["title_en"]
    focus = (FOCUS_FR if fr else FOCUS_EN).format(unit=unit_name(v, lang))
    ga = rng.choice(GA_FR if fr else GA_EN).format(sup=sup, title=title, focus=focus)
    ns = NS_FR if fr else NS_EN
    sa = [s.format(focus=focus, sup=sup) for s in (SA_FR if fr else SA_EN)]
    h = heads or (["RESPONSABILITÉ GÉNÉRALE", "NATURE ET ÉTENDUE", "RESPONSABILITÉS SPÉCIFIQUES"] if fr else
                  ["GENERAL ACCOUNTABILITY", "NATURE AND SCOPE", "SPECIFIC ACCOUNTABILITIES"])
    return [(h[0], [ga]), (h[1], list(ns)), (h[2], ("list", sa))]


def prose_text(sections, width=None, numbered=True):
    out = []
    for head, body in sections:
        out += ["", head, ""]
        if isinstance(body, tuple):
            for i, s in enumerate(body[1], 1):
                line = f"{i}. {s}" if numbered else f"- {s}"
                out += textwrap.wrap(line, width, subsequent_indent="   ") if width else [line]
        else:
            for para in body:
                out += (textwrap.wrap(para, width) if width else [para]) + [""]
    return out


def leader(label, value, width=30, dots=True):
    if dots:
        return f"{label} " + "." * max(2, width - len(label) - 1) + ": " + value
    return f"{label}:".ljust(width + 2) + value


# --------------------------------------------------------------------------- system reports

def ps_report(v, o, rng):
    """A MyGCHR (PeopleSoft) position data report printed to text (English, French or bilingual labels)."""
    lang, caps = o.get("lang", "en"), o.get("caps", True)
    U = (lambda s: s.upper()) if caps else (lambda s: s)
    df, mf, padn = o.get("date", "slash"), o.get("money", "comma2"), o.get("pad", True)
    fr = lang == "fr"
    L = {  # label sets
        "en": ["Position Number", "Effective Date", "Status", "Business Unit", "Department", "Job Code",
               "Position Title", "Group/Level", "Location", "Reports To", "Supervisor Group/Level", "Position FTE",
               "Incumbent", "Unit Budget - Salary", "Unit Budget - O&M", "Unit Budget - Total", "Unit FTEs",
               "POSITIONS REPORTING TO THIS POSITION", ("Posn Nbr", "Title", "Grp/Lvl", "Unit FTEs"),
               "POSITION DATA REPORT", "Run Date", "Page", "Active"],
        "fr": ["Numéro de poste", "Date d'entrée en vigueur", "Statut", "Unité opérationnelle", "Service",
               "Code d'emploi", "Titre du poste", "Groupe/niveau", "Lieu", "Relève de", "Groupe/niveau du superviseur",
               "ETP du poste", "Titulaire", "Budget unité - salaires", "Budget unité - F et E", "Budget unité - total",
               "ETP de l'unité", "POSTES RELEVANT DE CE POSTE", ("No poste", "Titre", "Gr/niv", "ETP unité"),
               "RAPPORT DES DONNÉES DE POSTE", "Date d'exéc.", "Page", "Actif"],
    }
    if lang == "bi":
        en, f = L["en"], L["fr"]
        lab = [f"{a} / {b}" if isinstance(a, str) else a for a, b in zip(en, f)]
        lab[18] = en[18]
    else:
        lab = L[lang]
    w = max(len(x) for x in lab[:17] if isinstance(x, str)) + 3
    dots = o.get("dots", True)
    title = v["title"] if lang != "bi" else v["title_en"]
    rows = [f"{U(DEPT_FR if fr else DEPT_EN):<58}  {lab[21]}  1",
            f"MyGCHR - {lab[19]:<49}  {lab[20]} {fdate(o['run'], df)}",
            f"Report ID: GCHR_POS_001{'':<38}{o.get('time', '09:14:22')}",
            "-" * 78]
    put = lambda i, val: rows.append(leader(lab[i], val, w, dots)) if val not in (None, "") else None
    put(0, pad(v["position_number"], padn) if v["position_number"] else None)
    put(1, fdate(v["effective_date"], df))
    put(2, f"A  {lab[22]}")
    put(3, "PWGSC  " + U(DEPT_FR if fr else DEPT_EN))
    put(4, "P0420  " + U(BRANCH_FR if fr else BRANCH_EN))
    if v["job_code"]:
        put(5, f"{v['job_code']}   {U(o.get('jobdescr', 'EXECUTIVE'))}")
    put(6, U(title))
    if lang == "bi":
        rows.append(leader("Titre du poste (français)", U(v["title_fr"]), w, dots))
    if v["classification"]:
        g, l = v["classification"].split("-")
        put(7, f"{g}  {l}   {'DIRECTION' if fr else 'EXECUTIVE'}")
    if v["location"]:
        put(8, f"{LOC[v['loc']][2]}   {LOC[v['loc']][3]}")
    s = v["supervisor"]
    if s:
        sup_title = s["title"] if lang != "bi" else v["sup_en"]
        put(9, f"{pad(s['position_number'], padn) if s['position_number'] else ''}   {U(sup_title or '')}".strip())
        if s["classification"]:
            g, l = s["classification"].split("-")
            put(10, f"{g}  {l}")
    put(11, "1.000")
    if o.get("incumbent"):
        put(12, o["incumbent"])
    if o.get("budget", True):
        put(13, fmoney(v["salary"], mf))
        put(14, fmoney(v["o_and_m"], mf))
        put(15, fmoney(v["total"], mf))
    if v.get("show_fte", True):
        put(16, str(v["fte"]))
    if v["direct_reports"]:
        h = lab[18]
        rows += ["", lab[17], f"{h[0]:<10} {h[1]:<56} {h[2]:<8} {h[3]:>9}",
                 f"{'-' * 10} {'-' * 56} {'-' * 8} {'-' * 9}"]
        for n, r in zip(v["report_numbers"], v["direct_reports"]):
            rt = r["title"] if lang != "bi" else r["en"]
            gl = r["classification"].replace("-", "  ") if r["classification"] else ""
            rows.append(f"{pad(n, padn):<10} {U(rt):<56} {gl:<8} {'' if r['fte'] is None else r['fte']:>9}")
    rows += ["", f"{'Dernière mise à jour' if fr else 'Last Updated'}: {fdate(o['run'] - dt.timedelta(days=91), df)}"
                 f" 14:02:11   {'Par' if fr else 'By'}: {o.get('oprid', 'HRDATA01')}"]
    if o.get("prose"):
        rows += prose_text(prose(v, o["prose"], rng), 78)
    rows += ["", f"*** {'FIN DU RAPPORT' if fr else 'END OF REPORT'} ***"]
    return rows


def phoenix_pipe(v, o, rng):
    cols = ["REC_TYPE", "POSITION_NBR", "EFFDT", "EFF_STATUS", "JOBCODE", "POSN_DESCR", "GRADE", "REPORTS_TO",
            "LOCATION", "LOCATION_DESCR", "UNIT_FTE", "SAL_BUDGET", "OM_BUDGET", "TOT_BUDGET"]
    out = ["|".join(cols)]
    s = v["supervisor"]
    sp = POSITIONS[v["supervisor_key"]]
    def row(rt, num, eff, job, title, grade, rep, loc, fte, sal, om, tot):
        return "|".join([rt, num, eff, "A", job, title, grade, rep, loc, LOC[loc][3] if loc else "",
                         fte, sal, om, tot])
    out.append(row("POSN", pad(v["position_number"], True), fdate(v["effective_date"], "compact"), v["job_code"],
                   v["title"], v["classification"].replace("-", ""), pad(s["position_number"], True), v["loc"] and LOC[v["loc"]][2] and v["loc"],
                   str(v["fte"]), fmoney(v["salary"], "plain2"), fmoney(v["o_and_m"], "plain2"),
                   fmoney(v["total"], "plain2")))
    out.append(row("SUPV", pad(sp["num"], True), sp["eff"].replace("-", ""), sp["job"], s["title"],
                   s["classification"].replace("-", ""), pad(sp["sup"], True), sp["loc"], str(sp["fte"]),
                   fmoney(sp["salary"], "plain2"), fmoney(sp["om"], "plain2"), fmoney(sp["total"], "plain2")))
    for n, r in zip(v["report_numbers"], v["direct_reports"] or []):
        out.append(row("RPTS", pad(n, True), fdate(v["effective_date"], "compact"), "", r["title"],
                       r["classification"].replace("-", ""), pad(v["position_number"], True), v["loc"],
                       str(r["fte"]), "", "", ""))
    # the location code column holds the code, the description beside it
    return [re.sub(r"\|(MIR|GAT|SHE|MAT|OTT)\|", lambda m: "|" + LOC[m.group(1)][2] + "|", x) for x in out]


def sap_display(v, o, rng):
    df = "dotted"
    end = "31.12.9999"
    eff = fdate(v["effective_date"], df)
    s = v["supervisor"]
    rows = [f"SAP HCM - Organizational Management{'':<22}Date {fdate(o['run'], df)}",
            f"Display Object: Position{'':<33}User {o.get('user', 'PC_HRDATA')}",
            "=" * 78,
            f"{'Plan version':<22}01        Current plan",
            f"{'Object type':<22}S         Position",
            f"{'Object ID':<22}{v['position_number']}",
            f"{'Validity period':<22}{eff} - {end}",
            f"{'Object abbr.':<22}{o.get('abbr', 'DIR')}",
            f"{'Object name':<22}{v['title']}",
            "",
            "Infotype 1001 - Relationships",
            f"{'Rel.':<7}{'Relationship text':<24}{'Type':<6}{'Rel. object':<12}{'Name':<38}",
            "-" * 78,
            f"{'A 002':<7}{'Reports (line) to':<24}{'S':<6}{s['position_number']:<12}{s['title']}",
            f"{'A 003':<7}{'Belongs to':<24}{'O':<6}{'5000' + v['position_number'][-4:]:<12}{unit_name(v, 'en')} Directorate",
            f"{'A 007':<7}{'Is described by':<24}{'C':<6}{v['job_code']:<12}EX job {v['job_code']}",
    ]
    if o.get("holder"):
        rows.append(f"{'A 008':<7}{'Holder':<24}{'P':<6}{'00744102':<12}{o['holder']}")
    for n, r in zip(v["report_numbers"], v["direct_reports"] or []):
        rows.append(f"{'B 002':<7}{'Is line supervisor of':<24}{'S':<6}{n:<12}{r['title']}")
    g, l = v["classification"].split("-")
    rows += ["", "Infotype 1005 - Planned Compensation",
             f"{'Pay scale type':<22}{g}   Executive group",
             f"{'Pay scale area':<22}01   Canada",
             f"{'Pay scale group':<22}{g}-{l}",
             f"{'Valid from':<22}{eff}", "",
             "Infotype 1008 - Account Assignment",
             f"{'Personnel area':<22}{LOC[v['loc']][2]}   {LOC[v['loc']][3]}",
             f"{'Company code':<22}PSPC  {DEPT_EN}", "",
             "Infotype 1019 - Quota Planning / Budget (CAD)",
             f"{'Salary':<22}{fmoney(v['salary'], 'comma2'):>16}",
             f"{'Non-salary O&M':<22}{fmoney(v['o_and_m'], 'comma2'):>16}",
             ]
    if o.get("total", True):
        rows.append(f"{'Total':<22}{fmoney(v['total'], 'comma2'):>16}")
    rows.append(f"{'Planned FTE (org. unit)':<22} {v['fte']:>15}")
    if o.get("report_grades"):
        rows += ["", "Reporting positions - Planned Compensation (1005)",
                 f"{'Object ID':<12}{'Name':<48}{'Group':<8}{'FTE':>5}"]
        for n, r in zip(v["report_numbers"], v["direct_reports"]):
            rows.append(f"{n:<12}{r['title']:<48}{r['classification']:<8}{r['fte']:>5}")
    return rows


def csv_quote(x, d):
    x = str(x)
    return f'"{x}"' if (d in x or '"' in x or "," in x) else x


def csv_vertical(v, o, rng):
    d, fr = o.get("delim", ","), v["lang"] == "fr"
    mf, df = o.get("money", "dollar"), o.get("date", "iso")
    lab = (["Champ", "Valeur"], ["Numéro de poste", "Titre du poste", "Groupe et niveau", "Code d'emploi",
                                  "Date d'entrée en vigueur", "Lieu", "No poste du superviseur", "Titre du superviseur",
                                  "Groupe et niveau du superviseur", "Salaires", "F et E", "Total", "ETP (unité)"],
           ["Titre", "Groupe et niveau", "ETP"], "Subordonnés directs") if fr else \
          (["Field", "Value"], ["Position number", "Position title", "Group & level", "Job code", "Effective date",
                                "Location", "Supervisor position #", "Supervisor title", "Supervisor group & level",
                                "Salary", "O&M", "Total", "FTEs (unit)"], ["Title", "Group & level", "FTEs"],
           "Direct reports")
    s = v["supervisor"]
    vals = [v["position_number"], v["title"], v["classification"], v["job_code"], fdate(v["effective_date"], df),
            v["location"], s["position_number"], s["title"], s["classification"], fmoney(v["salary"], mf),
            fmoney(v["o_and_m"], mf), fmoney(v["total"], mf), v["fte"]]
    rows = [d.join(lab[0]) + d * 2]
    for k, val in zip(lab[1], vals):
        rows.append(d.join([csv_quote(k, d), csv_quote("" if val is None else val, d)]) + d * 2)
    if v["direct_reports"]:
        rows += [d * 3, csv_quote(lab[3], d) + d * 3, d.join(["#"] + lab[2])]
        for i, r in enumerate(v["direct_reports"], 1):
            rows.append(d.join([str(i), csv_quote(r["title"], d), r["classification"] or "",
                                "" if r["fte"] is None else str(r["fte"])]))
    return rows


def csv_wide(v, o, rng):
    d, fr = o.get("delim", ","), v["lang"] == "fr"
    mf, df = o.get("money", "dollar"), o.get("date", "iso")
    head = ["Relationship", "Position Number", "Position Title", "Group", "Level", "Job Code", "Effective Date",
            "Location", "Unit FTE", "Salary Budget", "O&M Budget", "Total Budget", "Reports To"]
    rows = [d.join(head)]
    s = v["supervisor"]
    sp = POSITIONS.get(v.get("supervisor_key"))
    g, l = v["classification"].split("-")
    lvl = str(int(l)) if o.get("strip_level") else l
    rows.append(d.join(csv_quote(x, d) for x in [
        "Self", v["position_number"], v["title"], g, lvl, v["job_code"] or "", fdate(v["effective_date"], df),
        v["location"] or "", v["fte"], fmoney(v["salary"], mf), fmoney(v["o_and_m"], mf),
        fmoney(v["total"], mf) if o.get("total", True) else "", s["position_number"]]))
    sg, sl = s["classification"].split("-")
    rows.append(d.join(csv_quote(x, d) for x in [
        "Supervisor", s["position_number"], s["title"], sg, str(int(sl)) if o.get("strip_level") else sl,
        sp["job"], fdate(dt.date.fromisoformat(sp["eff"]), df), LOC[sp["loc"]][0], sp["fte"],
        fmoney(sp["salary"], mf), fmoney(sp["om"], mf), fmoney(sp["total"], mf) if o.get("total", True) else "",
        sp["sup"]]))
    for n, r in zip(v["report_numbers"], v["direct_reports"] or []):
        rg, rl = r["classification"].split("-")
        rows.append(d.join(csv_quote(x, d) for x in [
            "Direct report", n, r["title"], rg, str(int(rl)) if o.get("strip_level") else rl, "", "", "",
            r["fte"], "", "", "", v["position_number"]]))
    return rows


def sql_dump(v, o, rng):
    s, sp = v["supervisor"], POSITIONS[v["supervisor_key"]]
    n = pad(v["position_number"], True)
    cols = [("POSITION_NBR", 12), ("EFFDT", 9), ("JOBCODE", 7), ("DESCR", 52), ("GRADE", 5), ("REPORTS_TO", 10),
            ("LOCATION", 8), ("UNIT_FTE", 8)]
    def table(rows):
        out = [" ".join(c.ljust(w) for c, w in cols), " ".join("-" * w for _, w in cols)]
        for r in rows:
            out.append(" ".join(str(x).ljust(w) if i not in (7,) else str(x).rjust(w)
                                for i, (x, (_, w)) in enumerate(zip(r, cols))))
        return out
    eff = fdate(v["effective_date"], "mon2")
    out = ["SQL*Plus: Release 19.0.0.0.0 - Production", "", "SQL> SET LINESIZE 132",
           f"SQL> SELECT POSITION_NBR, EFFDT, JOBCODE, DESCR, GRADE, REPORTS_TO, LOCATION, UNIT_FTE",
           "  2  FROM PS_POSITION_DATA A", f"  3  WHERE A.POSITION_NBR = '{n}'",
           "  4  AND A.EFFDT = (SELECT MAX(EFFDT) FROM PS_POSITION_DATA B WHERE B.POSITION_NBR = A.POSITION_NBR);", ""]
    out += table([[n, eff, v["job_code"], v["title"].upper(), v["classification"].replace("-", ""),
                   pad(s["position_number"], True), LOC[v["loc"]][2], v["fte"]]])
    out += ["", "1 row selected.", "", "SQL> -- supervisor", f"SQL> SELECT ... WHERE A.POSITION_NBR = '{pad(s['position_number'], True)}';", ""]
    out += table([[pad(sp["num"], True), fdate(dt.date.fromisoformat(sp["eff"]), "mon2"), sp["job"], sp["en"].upper(),
                   sp["cls"].replace("-", ""), pad(sp["sup"], True) if sp["sup"] else "", LOC[sp["loc"]][2], sp["fte"]]])
    out += ["", "1 row selected.", "", "SQL> -- direct reports",
            f"SQL> SELECT ... WHERE A.REPORTS_TO = '{n}' ORDER BY POSITION_NBR;", ""]
    out += table([[pad(rn, True), eff, "", r["title"].upper(), r["classification"].replace("-", ""), n,
                   LOC[v["loc"]][2], r["fte"]] for rn, r in zip(v["report_numbers"], v["direct_reports"])])
    out += ["", f"{len(v['direct_reports'])} rows selected.", "",
            f"SQL> SELECT FISCAL_YEAR, BUDGET_TYPE, AMOUNT FROM PS_PSPC_UNIT_BUDGET WHERE POSITION_NBR = '{n}';", "",
            "FISCAL_YEAR BUDGET_TYPE  AMOUNT", "----------- ------------ ------------"]
    fy = o["fy"]
    for prev, sal, om in o.get("prev_budget", []):
        out.append(f"{prev:<11} {'SALARY':<12} {sal:>12}")
        out.append(f"{prev:<11} {'OM':<12} {om:>12}")
    out.append(f"{fy:<11} {'SALARY':<12} {v['salary']:>12}")
    out.append(f"{fy:<11} {'OM':<12} {v['o_and_m']:>12}")
    out += ["", f"{2 + 2 * len(o.get('prev_budget', []))} rows selected.", "", "SQL> EXIT"]
    return out


def box_dump(v, o, rng):
    """A MySQL-style boxed result of a branch database (one position, its supervisor, its reports)."""
    s = v["supervisor"]
    head = ["role", "posn_no", "title", "class", "eff_date", "fte", "salary", "om", "total", "loc"]
    rows = [["position", v["position_number"], v["title"], v["classification"], fdate(v["effective_date"], "ts"),
             v["fte"], v["salary"], v["o_and_m"], v["total"], v["location"]],
            ["supervisor", s["position_number"], s["title"], s["classification"], "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"]]
    for n, r in zip(v["report_numbers"], v["direct_reports"]):
        rows.append(["report", n, r["title"], r["classification"], "NULL", r["fte"], "NULL", "NULL", "NULL", "NULL"])
    ws = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    sep = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
    line = lambda r: "| " + " | ".join(str(x).ljust(w) for x, w in zip(r, ws)) + " |"
    return ([f"mysql> SELECT * FROM v_position_card WHERE anchor_posn = '{v['position_number']}';", sep, line(head), sep]
            + [line(r) for r in rows] + [sep, f"{len(rows)} rows in set (0.01 sec)", ""])


# --------------------------------------------------------------------------- work descriptions

def form_fields(v, lang, o):
    """(label, value) pairs of an ordinary work description's header."""
    fr = lang == "fr"
    df = o.get("date", "long_fr" if fr else "long_en")
    s = v["supervisor"]
    f = [("Titre du poste" if fr else "Position Title", v["title"]),
         ("Numéro du poste" if fr else "Position Number", v["position_number"]),
         ("Code d'emploi" if fr else "Job Code", v["job_code"]),
         ("Groupe et niveau" if fr else "Group and Level", v["classification"]),
         ("Date d'entrée en vigueur" if fr else "Effective Date", fdate(v["effective_date"], df) if v["effective_date"] else None),
         ("Ministère" if fr else "Department", DEPT_FR if fr else DEPT_EN),
         ("Direction générale" if fr else "Branch", BRANCH_FR if fr else BRANCH_EN),
         ("Lieu de travail" if fr else "Location", v["location"]),
         ("Titre du poste du superviseur" if fr else "Supervisor's Position Title", s["title"]),
         ("Numéro de poste du superviseur" if fr else "Supervisor's Position Number", s["position_number"]),
         ("Groupe et niveau du superviseur" if fr else "Supervisor's Group and Level", s["classification"])]
    if lang == "bi":
        f.insert(1, ("Titre du poste (français)", v["title_fr"]))
    return [(k, val) for k, val in f if val]


def reports_lines(v, lang, style="paren"):
    fr = lang == "fr"
    out = []
    for r in v["direct_reports"] or []:
        t = r["fr"] if fr else r["en"]
        if style == "paren":
            bits = [x for x in [r["classification"], f"{r['fte']} {'ETP' if fr else 'FTEs'}" if r["fte"] is not None else None] if x]
            out.append(f"{t} ({', '.join(bits)})" if bits else t)
        elif style == "dash":
            out.append(f"{r['classification']} - {t} ({r['fte']} {'ETP' if fr else 'FTEs'})")
    return out


def dims_lines(v, lang, mf):
    fr = lang == "fr"
    out = []
    if v.get("show_fte", True):
        out.append(("ETP" if fr else "FTEs", str(v["fte"])))
    if v["salary"] is not None:
        out.append(("Salaires" if fr else "Salary", fmoney(v["salary"], mf)))
    if v["o_and_m"] is not None:
        out.append(("Fonctionnement et entretien (F et E)" if fr else "O&M", fmoney(v["o_and_m"], mf)))
    if v["total"] is not None:
        out.append(("Total", fmoney(v["total"], mf)))
    return out


def markdown_wd(v, o, rng):
    lang = v["lang"]
    fr = lang == "fr"
    out = [f"# {'Description de travail – Groupe de la direction' if fr else 'Executive Work Description'}", ""]
    if o.get("draft"):
        out += ["> **DRAFT – for discussion, not approved**", ""]
    out += [f"## {'Renseignements sur le poste' if fr else 'Position Details'}", ""]
    out += [f"*   **{k}:** {val}" for k, val in form_fields(v, lang, o)]
    sec = prose(v, lang, rng)
    out += ["", f"## {sec[0][0].title()}", "", sec[0][1][0], ""]
    out += [f"## {'Structure organisationnelle' if fr else 'Organization Structure'}", ""]
    if v["direct_reports"]:
        out += [("Relèvent du titulaire :" if fr else "Reporting to the position are:"), ""]
        if o.get("table"):
            out += [("| Poste | Groupe et niveau | ETP |" if fr else "| Position | Group and level | FTEs |"), "|---|---|---|"]
            out += [f"| {r['fr'] if fr else r['en']} | {r['classification']} | {r['fte']} |" for r in v["direct_reports"]]
        else:
            out += [f"*   {x}" for x in reports_lines(v, lang)]
    out += ["", f"## {'Dimensions'}", ""]
    out += [f"*   **{k}:** {val}" for k, val in dims_lines(v, lang, o.get("money", "dollar"))]
    out += ["", f"## {sec[1][0].title()}", ""] + [p + "\n" for p in sec[1][1]]
    out += [f"## {sec[2][0].title()}", ""] + [f"{i}.  {s}" for i, s in enumerate(sec[2][1][1], 1)]
    if o.get("sign"):
        out += ["", f"## {'Approbation' if fr else 'Approval'}", ""] + [f"**{x}**  " for x in o["sign"]]
    return out


def text_wd(v, o, rng):
    lang = v["lang"]
    fr = lang == "fr"
    title = {"fr": "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)",
             "bi": "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION",
             "en": "EXECUTIVE GROUP POSITION DESCRIPTION"}[lang]
    out = [title, ""]
    flds = form_fields(v, "fr" if fr else "en", o)
    if lang == "bi":
        frv = dict(form_fields(v, "fr", o))
        flds = form_fields(v, "en", o)
        flds.insert(1, ("French title / Titre en français", v["title_fr"]))
    out += [f"{k}: {val}" for k, val in flds]
    sec = prose(v, "fr" if fr else "en", rng)
    out += prose_text(sec[:1], o.get("width"))
    out += ["ORGANIZATION STRUCTURE" if not fr else "STRUCTURE ORGANISATIONNELLE", ""]
    if v["direct_reports"]:
        out.append("Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the position:")
        out += [f"- {x}" for x in reports_lines(v, "fr" if fr else "en", o.get("rstyle", "paren"))]
    out += ["", "DIMENSIONS", ""] + [f"{k}: {val}" for k, val in dims_lines(v, "fr" if fr else "en", o.get("money", "dollar"))]
    out += prose_text(sec[1:], o.get("width"))
    if lang == "bi":
        out += prose_text(prose(v, "fr", rng), o.get("width"))
    if o.get("sign"):
        out += ["", "SIGNATURES", ""] + o["sign"]
    return out
