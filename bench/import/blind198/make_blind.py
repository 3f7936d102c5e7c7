"""Generate blind corpus blind198: executive work descriptions whose dimensions are stated in unusual
ways (fiscal-year tables, votes, person-years, units in column headers, revenue and cost recovery,
totals that include capital or G&C, budgets in prose). Deterministic: run from the repository root.

    python bench/import/blind198/make_blind.py
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
import texts as T  # noqa: E402

NBSP = "\u00a0"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# ----------------------------------------------------------------------------------------------- notations
def fmt_int_en(n):
    return f"{n:,}"


def fmt_int_fr(n):
    return f"{n:,}".replace(",", NBSP)


def money(n, lang, style):
    """An exact notation of n dollars."""
    neg = n < 0
    n = abs(n)
    if lang == "fr":
        if style == "plain":
            s = f"{fmt_int_fr(n)} $"
        elif style == "k":
            s = f"{fmt_int_fr(n // 1000)} k$"
        elif style == "m":
            s = f"{n / 1e6:.3f}".replace(".", ",") + " M$"
        else:
            s = f"{fmt_int_fr(n)},00 $"
    else:
        if style == "plain":
            s = f"${fmt_int_en(n)}"
        elif style == "k":
            s = f"${fmt_int_en(n // 1000)}K"
        elif style == "m":
            s = f"${n / 1e6:.3f}M"
        else:
            s = f"${fmt_int_en(n)}.00"
    return ("-" + s) if neg else s


def unit_cell(n, lang, unit, decimals=False):
    """A table cell under a column header that carries the unit."""
    neg = n < 0
    n = abs(n)
    if unit == "k":
        v = n // 1000
        s = fmt_int_fr(v) if lang == "fr" else fmt_int_en(v)
        if decimals:
            s += ",0" if lang == "fr" else ".0"
    elif unit == "m":
        s = f"{n / 1e6:.3f}"
        if lang == "fr":
            s = s.replace(".", ",")
    else:
        s = fmt_int_fr(n) if lang == "fr" else fmt_int_en(n)
    return f"({s})" if neg else s


def date_str(d, lang, style):
    if lang == "fr":
        if style == 0:
            return f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}"
        if style == 1:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return d.isoformat()
    if style == 0:
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.strftime("%Y/%m/%d")
    return d.isoformat()


def cls_str(c, style):
    g, lv = c.split("-")
    return [c, f"{g} {lv}", f"{g}-{int(lv)}", f"{g}{lv}"][style]


def fy(start, lang="en"):
    return f"{start}-{str(start + 1)[2:]}" if lang == "en" else f"{start}-{start + 1}"


# ----------------------------------------------------------------------------------------------- positions
def build_positions():
    r = random.Random(1980)
    areas = list(T.AREAS)
    r.shuffle(areas)
    positions = []
    dept_of = {}
    # 3 DGs, 9 EDs, 32 Directors = 44 positions
    for i in range(3):
        positions.append(dict(level="EX-03", area=T.TOP_AREAS[i], dept=i, sup=None))
    for i in range(9):
        positions.append(dict(level="EX-02", area=areas.pop(), dept=i % 3, sup=i % 3))
    for i in range(32):
        sup = 3 + (i % 9) if i % 5 else (i % 3)
        positions.append(dict(level="EX-01", area=areas.pop(), dept=positions[sup]["dept"], sup=sup))
    used_pn = set()
    for i, p in enumerate(positions):
        pr = random.Random(198000 + i)
        while True:
            pn = str(pr.randint(10000, 999999))
            if pn not in used_pn:
                used_pn.add(pn)
                break
        p["pn"] = pn
        p["job_code"] = str(pr.randint(100100, 109999)) if pr.random() < 0.8 else None
        p["loc"] = pr.randrange(len(T.LOCATIONS)) if p["level"] != "EX-03" else pr.choice([0, 1])
        p["eff"] = dt.date(pr.choice([2019, 2020, 2021, 2022, 2023, 2024]), pr.randint(1, 12), pr.randint(1, 28))
        if pr.random() < 0.12:
            p["eff"] = None
        scale = {"EX-01": 1, "EX-02": 2.5, "EX-03": 6}[p["level"]]
        p["salary"] = int(pr.randint(900, 4800) * scale) * 1000
        p["om"] = int(pr.randint(40, 900) * scale) * 1000
        p["capital"] = pr.randint(2, 60) * 25000
        p["gc"] = pr.randint(5, 400) * 50000
        p["revenue"] = pr.randint(2, 40) * 10000
        p["people"] = []
        p["pr"] = pr
    # direct reports
    for i, p in enumerate(positions):
        pr = p["pr"]
        kids = [j for j, q in enumerate(positions) if q["sup"] == i]
        reps = []
        for j in kids:
            reps.append(dict(kind="corpus", idx=j, cls=positions[j]["level"], fte=None))
        if p["level"] == "EX-01" or len(reps) < 2:
            subs = list(T.SUB_AREAS)
            pr.shuffle(subs)
            for k in range(pr.randint(2, 5) if p["level"] == "EX-01" else 2):
                cls = pr.choice(T.MANAGER_GROUPS)
                if pr.random() < 0.08:
                    cls = None
                fte = pr.randint(3, 28) if pr.random() > 0.1 else None
                reps.append(dict(kind="mgr", sub=subs[k], cls=cls, fte=fte))
        # corpus reports' fte: their own totals
        p["reps"] = reps
    for i, p in enumerate(positions):
        pr = p["pr"]
        for rep in p["reps"]:
            if rep["kind"] == "corpus":
                rep["fte"] = None  # filled after
    # FTEs: bottom up
    def total_fte(i):
        p = positions[i]
        if "fte" in p:
            return p["fte"]
        s = 1
        for rep in p["reps"]:
            if rep["kind"] == "corpus":
                rep["fte"] = total_fte(rep["idx"])
            s += rep["fte"] or p["pr"].randint(2, 6)
        p["fte"] = s
        return s
    for i in range(len(positions)):
        total_fte(i)
    for p in positions:
        pr = p["pr"]
        p["py"] = max(1, round(p["fte"] * pr.uniform(0.85, 0.97)))
    return positions


def titles(p, positions):
    area_en, area_fr = p["area"]
    if p["level"] == "EX-03":
        return f"Director General, {area_en}", f"Directeur général, {area_fr}"
    if p["level"] == "EX-02":
        return f"Executive Director, {area_en}", f"Directeur exécutif, {area_fr}"
    return f"Director, {area_en}", f"Directeur, {area_fr}"


def sup_titles(p, positions):
    if p["sup"] is None:
        d = T.DEPARTMENTS[p["dept"]]
        return (f"Assistant Deputy Minister, {T.TOP_AREAS[p['dept']][0]}",
                f"Sous-ministre adjoint, {T.TOP_AREAS[p['dept']][1]}", "EX-04", None)
    q = positions[p["sup"]]
    en, fr = titles(q, positions)
    return en, fr, q["level"], q["pn"]


def rep_titles(rep, positions):
    if rep["kind"] == "corpus":
        return titles(positions[rep["idx"]], positions)
    return f"Manager, {rep['sub'][0]}", f"Gestionnaire, {rep['sub'][1]}"


# ----------------------------------------------------------------------------------------------- budgets
BUDGET_STYLES = ["fy", "fy", "fy_py", "vote_all", "vote_gc", "vote_sub", "thousands", "millions", "rev_gross",
                 "rev_net", "prose", "prose", "py_only", "fy_thousands", "vote_thousands", "plain_mixed"]


def fy_of(d):
    if d is None:
        return None
    return d.year if d.month >= 4 else d.year - 1


def budget_blocks(p, style, lang, r, tr):
    """Blocks stating the dimensions, and the truth values (salary, om, total, also)."""
    L = lambda en, fr: fr if lang == "fr" else (f"{en} / {fr}" if lang == "bi" else en)  # noqa: E731
    tl = "fr" if lang == "fr" else "en"
    S, O = p["salary"], p["om"]
    blocks = []
    also = {"budget_style": style}
    total = None
    fte_line = None
    ms = r.choice(["plain", "plain", "k", "m", "cents"])
    if style in ("fy", "fy_py", "fy_thousands"):
        cur = fy_of(p["eff"]) or 2022
        prev_s, prev_o = int(S * r.uniform(0.9, 0.98)) // 1000 * 1000, int(O * r.uniform(0.85, 1.1)) // 1000 * 1000
        next_s, next_o = int(S * r.uniform(1.01, 1.06)) // 1000 * 1000, int(O * r.uniform(0.8, 1.0)) // 1000 * 1000
        unit = "k" if style == "fy_thousands" else None
        mark = r.randrange(3)
        cur_label = [f"{fy(cur, tl)} " + L("(current year)", "(exercice en cours)"),
                     L(f"Current year {fy(cur)}", f"Exercice courant {fy(cur, 'fr')}"),
                     f"{fy(cur, tl)} " + L("Main Estimates (current)", "Budget principal (en cours)")][mark]
        head = [L("Budget", "Budget") + (L(" ($ thousands)", " (milliers de $)") if unit else ""),
                f"{fy(cur - 1, tl)} " + L("Actual", "Réel"), cur_label, f"{fy(cur + 1, tl)} " + L("Planned", "Prévu")]
        def c(n):
            if unit:
                return unit_cell(n, tl, "k", decimals=r.random() < 0.3)
            return money(n, tl, "plain")
        rows = [[L("Salary", "Salaires"), c(prev_s), c(S), c(next_s)],
                [L("O&M", "F et E"), c(prev_o), c(O), c(next_o)]]
        has_total = r.random() < 0.8
        if has_total:
            rows.append([L("Total", "Total"), c(prev_s + prev_o), c(S + O), c(next_s + next_o)])
            total = S + O
        if style == "fy_py":
            rows.append([L("Person-years", "Années-personnes"), str(p["py"] - r.randint(1, 4)), str(p["py"]),
                         str(p["py"] + r.randint(0, 3))])
            also["person_years"] = p["py"]
        if r.random() < 0.5:
            head, rows = reorder_desc(head, rows)
            also["fiscal_year_order"] = "newest first"
        blocks.append(("table", L("Resources by fiscal year", "Ressources par exercice"), head, rows))
        also["current_fiscal_year"] = fy(cur)
        also["other_years_not_this_position"] = True
        if style != "fy_py":
            fte_line = "fte"
    elif style.startswith("vote"):
        unit = "k" if style == "vote_thousands" else None
        def c(n):
            return unit_cell(n, tl, "k") if unit else money(n, tl, ms if ms != "m" else "plain")
        rows = [[L("Vote 1 - Operating expenditures: Salaries", "Crédit 1 - Dépenses de fonctionnement : salaires"), c(S)],
                [L("Vote 1 - Operating expenditures: O&M", "Crédit 1 - Dépenses de fonctionnement : F et E"), c(O)]]
        cap = style in ("vote_all", "vote_sub", "vote_thousands")
        if cap:
            rows.append([L("Vote 5 - Capital expenditures", "Crédit 5 - Dépenses en capital"), c(p["capital"])])
            also["capital"] = p["capital"]
        rows.append([L("Vote 10 - Grants and contributions", "Crédit 10 - Subventions et contributions"), c(p["gc"])])
        also["grants_and_contributions"] = p["gc"]
        if style == "vote_sub":
            rows.insert(2, [L("Total Vote 1 (operating)", "Total crédit 1 (fonctionnement)"), c(S + O)])
            total = S + O
            also["total_note"] = "only a Vote 1 subtotal is stated; no grand total"
        else:
            total = S + O + p["gc"] + (p["capital"] if cap else 0)
            rows.append([L("Total", "Total"), c(total)])
            also["total_note"] = "the document's Total includes " + ("capital and " if cap else "") + "G&C"
        head = [L("Vote", "Crédit"), L("Amount", "Montant") + (L(" ($000)", " (k$)") if unit else "")]
        blocks.append(("table", L("Financial dimensions by vote", "Dimensions financières par crédit"), head, rows))
        fte_line = "fte"
    elif style in ("thousands", "millions"):
        unit = "k" if style == "thousands" else "m"
        hdr = {"k": L("($ thousands)", "(en milliers de dollars)"), "m": L("($ millions)", "(en millions de dollars)")}[unit]
        head = [L("Dimension", "Dimension"), hdr]
        rows = [[L("Salary", "Salaires"), unit_cell(S, tl, unit)], [L("Operating and maintenance", "Fonctionnement et entretien"), unit_cell(O, tl, unit)]]
        if r.random() < 0.75:
            rows.append([L("Total", "Total"), unit_cell(S + O, tl, unit)])
            total = S + O
        if r.random() < 0.5:
            rows.insert(0, [L("FTEs", "ETP"), str(p["fte"])])
        else:
            fte_line = "fte"
        blocks.append(("table", L("Dimensions", "Dimensions"), head, rows))
        also["unit"] = "thousands in the column header" if unit == "k" else "millions in the column header"
    elif style in ("rev_gross", "rev_net"):
        R = min(p["revenue"] * 10, (S + O) // 4 // 1000 * 1000)
        rows = [[L("Salary", "Salaires"), money(S, tl, "plain")], [L("O&M", "F et E"), money(O, tl, "plain")]]
        if style == "rev_gross":
            rows.append([L("Total", "Total"), money(S + O, tl, "plain")])
            rows.append([L("Less: respendable revenue (cost recovery)", "Moins : recettes disponibles (recouvrement des coûts)"), money(-R, tl, "plain")])
            rows.append([L("Net expenditures", "Dépenses nettes"), money(S + O - R, tl, "plain")])
            total = S + O
            also["total_note"] = "Total is gross; net of revenue stated separately"
        else:
            rows.append([L("Cost recovery (revenue credited to the vote)", "Recouvrement des coûts (recettes portées au crédit)"), money(-R, tl, "plain")])
            rows.append([L("Total (net of revenue)", "Total (net des recettes)"), money(S + O - R, tl, "plain")])
            total = S + O - R
            also["total_note"] = "the document's Total is net of cost recovery"
        also["revenue"] = R
        blocks.append(("table", L("Budget", "Budget"), [L("Item", "Poste"), L("Amount", "Montant")], rows))
        fte_line = "fte"
    elif style == "prose":
        ms2 = r.choice(["m", "plain", "k"])
        with_total = r.random() < 0.5
        branch = (p["salary"] + p["om"]) * r.randint(6, 12) // 1000 * 1000
        if tl == "fr":
            s = (f"Le ou la titulaire gère un budget salarial de {money(S, 'fr', ms2)} et un budget de fonctionnement "
                 f"et d'entretien de {money(O, 'fr', ms2)}")
            s += f", soit un total de {money(S + O, 'fr', ms2)}." if with_total else "."
            s += (f" Il ou elle dirige une équipe de {p['fte']} ETP. La direction générale dispose pour sa part d'un "
                  f"budget de {money(branch, 'fr', 'm')}.")
        else:
            s = (f"The incumbent manages a salary budget of {money(S, 'en', ms2)} and an operating and maintenance "
                 f"budget of {money(O, 'en', ms2)}")
            s += f", for a total of {money(S + O, 'en', ms2)}." if with_total else "."
            s += (f" The position leads a team of {p['fte']} FTEs. The branch as a whole manages "
                  f"{money(branch, 'en', 'm')}.")
            if lang == "bi":
                s += (f"\n\nLe ou la titulaire gère un budget salarial de {money(S, 'fr', ms2)} et un budget de "
                      f"fonctionnement et d'entretien de {money(O, 'fr', ms2)}.")
        if with_total:
            total = S + O
        blocks.append(("p", s))
        also["budget_in_prose"] = True
        also["branch_figures_not_this_position"] = branch
    elif style == "py_only":
        kv = [(L("Human resources", "Ressources humaines"), f"{p['py']} " + L("person-years", "années-personnes")),
              (L("Salary dollars", "Masse salariale"), money(S, tl, ms)),
              (L("Non-salary (O&M)", "Non salarial (F et E)"), money(O, tl, ms))]
        also["person_years"] = p["py"]
        also["fte_not_stated"] = True
        blocks.append(("kv", kv))
    else:  # plain_mixed: totals row that differs in order, amounts in mixed notations
        kv = [(L("FTEs", "ETP"), str(p["fte"])),
              (L("Total budget", "Budget total"), money(S + O, tl, "m" if ms == "m" else "plain")),
              (L("of which salary", "dont salaires"), money(S, tl, ms)),
              (L("of which O&M", "dont F et E"), money(O, tl, ms))]
        total = S + O
        blocks.append(("kv", kv))
    if fte_line:
        if r.random() < 0.4:
            txt = L(f"FTEs: {p['fte']} (person-years utilized last year: {p['py']})",
                    f"ETP : {p['fte']} (années-personnes utilisées l'an dernier : {p['py']})")
            also["person_years_last_year"] = p["py"]
        else:
            txt = L(f"FTEs: {p['fte']}", f"ETP : {p['fte']}")
        blocks.insert(0, ("p", txt))
    if style != "py_only":
        also["fte"] = p["fte"]
    return blocks, S, O, total, also


def reorder_desc(head, rows):
    return [head[0], head[3], head[2], head[1]], [[r[0], r[3], r[2], r[1]] for r in rows]


# ----------------------------------------------------------------------------------------------- documents
def wd_doc(i, p, positions, kind, lang, r):
    """The document model of a work description, and its truth."""
    tl = "fr" if lang == "fr" else "en"
    L = lambda en, fr: fr if lang == "fr" else (f"{en} / {fr}" if lang == "bi" else en)  # noqa: E731
    t_en, t_fr = titles(p, positions)
    s_en, s_fr, s_cls, s_pn = sup_titles(p, positions)
    dept = T.DEPARTMENTS[p["dept"]]
    loc = T.LOCATIONS[p["loc"]][1 if tl == "fr" else 0]
    cstyle = r.choice([0, 0, 0, 1, 2, 3])
    dstyle = r.randrange(4 if tl == "en" else 3)
    title = t_fr if tl == "fr" else t_en
    sup_title = s_fr if tl == "fr" else s_en
    show_sup_pn = s_pn is not None and r.random() < 0.6
    show_sup_cls = r.random() < 0.85
    show_jc = p["job_code"] is not None
    show_pn = r.random() < 0.9
    pr = p["pr"]
    people = []
    def person():
        n = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
        people.append(n)
        return n
    blocks = []
    blocks.append(("h1", L("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE")
                   if r.random() < 0.7 else (f"{t_en} / {t_fr}" if lang == "bi" else title)))
    kv = []
    kv.append((L("Department", "Ministère"), f"{dept[0]} / {dept[1]}" if lang == "bi" else dept[1 if tl == "fr" else 0]))
    kv.append((L("Position title", "Titre du poste"), f"{t_en} / {t_fr}" if lang == "bi" else title))
    kv.append((L("Group and level", "Groupe et niveau"), cls_str(p["level"], cstyle)))
    if show_jc:
        kv.append((L("Job code", "Code d'emploi"), p["job_code"]))
    kv.append((L("Position number", "Numéro de poste"), p["pn"] if show_pn else r.choice(["TBD", "Vacant - to be assigned", "N/A"])))
    kv.append((L("Effective date", "Date d'entrée en vigueur"), date_str(p["eff"], tl, dstyle) if p["eff"] else ""))
    kv.append((L("Location", "Lieu"), loc))
    sup_one_line = r.random() < 0.3
    if sup_one_line:
        extra = []
        if show_sup_cls:
            extra.append(cls_str(s_cls, cstyle))
        if show_sup_pn:
            extra.append(("poste no " if tl == "fr" else "pos. ") + s_pn)
        sv = (f"{s_en} / {s_fr}" if lang == "bi" else sup_title) + (f" ({', '.join(extra)})" if extra else "")
        kv.append((L("Reports to", "Relève de"), sv))
    else:
        kv.append((L("Supervisor title", "Titre du superviseur"), f"{s_en} / {s_fr}" if lang == "bi" else sup_title))
        if show_sup_cls:
            kv.append((L("Supervisor group/level", "Groupe/niveau du superviseur"), cls_str(s_cls, cstyle)))
        if show_sup_pn:
            kv.append((L("Supervisor position number", "Numéro de poste du superviseur"), s_pn))
    incumbent = person() if r.random() < 0.35 else None
    if incumbent:
        kv.append((L("Incumbent", "Titulaire"), incumbent))
    blocks.append(("kv", kv))
    ga = (r.choice(T.GA_FR) if tl == "fr" else r.choice(T.GA_EN)).format(
        title=title, area=(p["area"][1] if tl == "fr" else p["area"][0]).lower(), sup=sup_title)
    blocks.append(("h2", L("General accountability", "Responsabilité générale")))
    blocks.append(("p", ga))
    if lang == "bi":
        blocks.append(("p", r.choice(T.GA_FR).format(title=t_fr, area=p["area"][1].lower(), sup=s_fr)))
    # organization structure
    blocks.append(("h2", L("Organization structure", "Structure organisationnelle")))
    reps_truth = []
    rep_rows = []
    for rep in p["reps"]:
        re_en, re_fr = rep_titles(rep, positions)
        rt = re_fr if tl == "fr" else re_en
        reps_truth.append(dict(title=rt, classification=rep["cls"], fte=rep["fte"]))
        rep_rows.append((f"{re_en} / {re_fr}" if lang == "bi" else rt,
                         cls_str(rep["cls"], cstyle) if rep["cls"] else "", rep["fte"]))
    rl = r.choice(["table", "table", "bullets", "prose"])
    intro = L(f"The following {len(rep_rows)} positions report to the {t_en}:",
              f"Les {len(rep_rows)} postes suivants relèvent du {t_fr} :")
    blocks.append(("p", intro))
    if rl == "table":
        blocks.append(("table", None, [L("Position", "Poste"), L("Group-Level", "Groupe-niveau"), L("FTEs", "ETP")],
                       [[a, b, "" if c is None else str(c)] for a, b, c in rep_rows]))
    elif rl == "bullets":
        items = []
        for a, b, c in rep_rows:
            bits = [x for x in (b, (f"{c} " + L("FTEs", "ETP")) if c is not None else "") if x]
            items.append(a + (f" ({', '.join(bits)})" if bits else ""))
        blocks.append(("list", items, False))
    else:
        parts = []
        for a, b, c in rep_rows:
            bits = [x for x in (b, (f"{c} " + L("FTEs", "ETP")) if c is not None else "") if x]
            parts.append(a + (f" ({', '.join(bits)})" if bits else ""))
        blocks.append(("p", "; ".join(parts) + "."))
    blocks.append(("h2", L("Nature and scope", "Nature et étendue")))
    blocks.append(("p", (r.choice(T.NS_FR) if tl == "fr" else r.choice(T.NS_EN)).format(area=p["area"][0].lower())))
    # dimensions
    style = p["style"]
    bblocks, S, O, total, also = budget_blocks(p, style, lang, r, tl)
    blocks.append(("h2", L("Dimensions", "Dimensions")))
    blocks.extend(bblocks)
    blocks.append(("h2", L("Specific accountabilities", "Responsabilités spécifiques")))
    sas = T.SA_FR if tl == "fr" else T.SA_EN
    items = [s.format(area=(p["area"][1] if tl == "fr" else p["area"][0]).lower()) for s in r.sample(sas, 4)]
    blocks.append(("list", items, True))
    blocks.append(("h2", L("Certification", "Attestation")))
    approver = person()
    sig = [L("Approved by", "Approuvé par") + f": {approver}, {sup_title}"]
    if r.random() < 0.6:
        cb = person()
        sig.append(L("Classified by", "Classifié par") + f": {cb}, " + date_str(dt.date(2024, r.randint(1, 12), r.randint(1, 28)), tl, 3))
    blocks.append(("sig", sig))
    fields = dict(
        title=title,
        classification=p["level"],
        job_code=p["job_code"],
        position_number=p["pn"] if show_pn else None,
        effective_date=p["eff"],
        supervisor=dict(position_number=s_pn if show_sup_pn else None, title=sup_title,
                        classification=s_cls if show_sup_cls else None),
        direct_reports=reps_truth,
        salary=S, o_and_m=O, total=total, location=loc,
    )
    also.update(department=dept[1 if tl == "fr" else 0])
    if lang == "bi":
        also["title_fr"] = t_fr
    if p["sup"] is not None:
        also["reports_to_in_corpus"] = positions[p["sup"]].get("doc")
    also["classification_notation"] = cls_str(p["level"], cstyle)
    also["direct_reports_layout"] = rl
    also["supervisor_layout"] = "one line" if sup_one_line else "rows"
    return blocks, fields, also, people


# ----------------------------------------------------------------------------------------------- renderers
def wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out.append(line)
    return out


def render_text(blocks, width=90, md=False):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            lines += [("# " + b[1]) if md else b[1].upper(), ""]
        elif k == "h2":
            lines += [("## " + b[1]) if md else b[1].upper(), ""]
        elif k == "p":
            for para in b[1].split("\n\n"):
                lines += (wrap(para, width) if not md else [para]) + [""]
        elif k == "kv":
            for a, v in b[1]:
                lines.append(f"**{a}:** {v}" if md else f"{a}: {v}")
            lines.append("")
        elif k == "list":
            for n, it in enumerate(b[1], 1):
                pre = f"{n}. " if b[2] else ("- " if md else "  - ")
                lines += ([pre + it] if md else wrap(pre + it, width))
            lines.append("")
        elif k == "table":
            cap, head, rows = b[1], b[2], b[3]
            if cap:
                lines += [f"**{cap}**" if md else cap, ""]
            if md:
                lines.append("| " + " | ".join(head) + " |")
                lines.append("|" + "|".join("---" if j == 0 else "---:" for j in range(len(head))) + "|")
                for row in rows:
                    lines.append("| " + " | ".join(row) + " |")
            else:
                ws = [max(len(str(x[j])) for x in [head] + rows) for j in range(len(head))]
                fmt = lambda row: "  ".join(str(c).ljust(ws[j]) if j == 0 else str(c).rjust(ws[j]) for j, c in enumerate(row)).rstrip()  # noqa: E731
                lines.append(fmt(head))
                lines.append("-" * len(fmt(head)))
                lines += [fmt(row) for row in rows]
            lines.append("")
        elif k == "sig":
            lines += b[1] + [""]
    return lines


OCR_DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
OCR_PAIRS = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("rn", "m"), ("h", "b"), ("ti", "ti")]
ACCENTS = str.maketrans("éèêàçôû", "eeeacou")


def ocr_damage(lines, r, strength, header):
    p = {"light": 0.07, "medium": 0.2, "heavy": 0.33}[strength]
    out = []
    for line in lines:
        chars = list(line)
        for j, ch in enumerate(chars):
            if ch in OCR_DIGIT and r.random() < p:
                chars[j] = OCR_DIGIT[ch] if ch != "1" else r.choice("Il")
        s = "".join(chars)
        for a, b in OCR_PAIRS:
            if a in s and r.random() < p:
                k = s.find(a)
                s = s[:k] + b + s[k + len(a):]
        if r.random() < p:
            s = s.translate(ACCENTS)
        if " " in s and r.random() < p:
            k = r.choice([m for m, ch in enumerate(s) if ch == " "])
            s = s[:k] + s[k + 1:]
        out.append(s)
    # hyphenate some long lines' last words into the next line
    res = []
    for j, s in enumerate(out):
        if len(s) > 60 and r.random() < p and j + 1 < len(out) and out[j + 1] and " " in s:
            last = s.rsplit(" ", 1)[1]
            if len(last) > 6 and last.isalpha():
                cut = len(last) // 2
                s = s[: len(s) - len(last) + cut] + "-"
                out[j + 1] = last[cut:] + " " + out[j + 1]
        res.append(s)
    # paginate with running headers and footers
    pages = [res[k:k + 48] for k in range(0, len(res), 48)]
    final = []
    for n, pg in enumerate(pages, 1):
        hd = header
        if r.random() < p:
            hd = hd.replace("e", "c", 1)
        foot = f"Page {n} of {len(pages)}" if r.random() < 0.5 else f"- {n} -"
        if r.random() < p:
            foot = foot.replace("1", "l").replace("0", "O")
        final += [hd, ""] + pg + ["", foot, "\f"]
    return "\n".join(final).rstrip("\f\n") + "\n"


def render_docx(blocks, r):
    import docx
    from docx.shared import Pt  # noqa: F401
    d = docx.Document()
    kv_table = r.random() < 0.6
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            for para in b[1].split("\n\n"):
                d.add_paragraph(para)
        elif k == "kv":
            if kv_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = a, v
            else:
                for a, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(a + ": ").bold = True
                    para.add_run(v)
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif k == "table":
            if b[1]:
                d.add_paragraph().add_run(b[1]).bold = True
            t = d.add_table(rows=1, cols=len(b[2]))
            t.style = "Table Grid"
            for j, h in enumerate(b[2]):
                t.rows[0].cells[j].text = h
            for row in b[3]:
                c = t.add_row().cells
                for j, v in enumerate(row):
                    c[j].text = v
        elif k == "sig":
            for s in b[1]:
                d.add_paragraph(s)
    return docx_bytes(d)


def docx_bytes(d):
    fixed = dt.datetime(2024, 1, 1, 0, 0, 0)
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
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


def pdf_pages(lines, header, per=62):
    chunks = [lines[k:k + per] for k in range(0, len(lines), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        pages.append("\n".join([header, ""] + ch + ["", f"Page {n} of {len(chunks)}"]))
    return pages


def pdf_safe(s):
    return s.replace(NBSP, " ").replace("œ", "oe").replace("’", "'")


# ----------------------------------------------------------------------------------------------- file names
def file_name(p, positions, kind, lang, r, n):
    t_en, t_fr = titles(p, positions)
    ext = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "docx": ".docx", "pdf": ".pdf"}[kind]
    t = t_fr if lang == "fr" else t_en
    c = p["level"]
    if kind == "ocr":
        return r.choice([f"scan_{n:04d}{ext}", f"img{2300 + n} OCR{ext}", f"{t} (scanned){ext}", f"Numérisation {n:03d}{ext}"])
    forms = [f"{t}{ext}", f"{t} ({c}){ext}", f"{c} {t} - signed{ext}", f"WD {p['pn']} - {t}{ext}",
             f"{t} DRAFT{ext}", f"{t} (1){ext}", f"{t} - final{ext}", f"Copie de {t}{ext}"]
    if lang == "bi":
        forms.append(f"{t_en} - {t_fr}{ext}")
    if lang == "fr":
        forms += [f"DT {t} - signé{ext}", f"{t} version finale{ext}"]
    return r.choice(forms)


# ----------------------------------------------------------------------------------------------- refusals
def refusals(positions):
    r = random.Random(198900)
    docs = []
    p = positions[5]
    t_en, _ = titles(p, positions)
    a = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
    b = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
    memo = (f"MEMORANDUM\n\nTO: All Directors, Finance and Resource Management\nFROM: {a}, Director General\n"
            f"DATE: 2024-11-14\nSUBJECT: Reallocation of Vote 1 and Vote 10 funds for 2024-25\n\n"
            f"Following the mid-year review, $1,250,000 of lapsing O&M will be reallocated from the {t_en} "
            f"directorate (EX-02, position {p['pn']}) to Vote 10 grants. Salary budgets remain at $3.4M. "
            f"Capital (Vote 5) is frozen at $600K.\n\nPlease confirm your revised forecasts by November 29.\n\n{a}\n")
    docs.append(("Memo - reallocation of Vote 1 funds 2024-25.txt", "text", "en", memo.encode("utf-8"), [a], "memo"))
    letter_lines = [
        "Ottawa, le 3 mars 2024", "", f"Madame {b.split()[1]},", "",
        "Objet : Confirmation de votre nomination intérimaire", "",
        f"J'ai le plaisir de vous confirmer votre nomination intérimaire au poste de {titles(positions[7], positions)[1]} "
        f"(EX-02), du 1er avril au 30 septembre 2024. Le budget de la direction (4,2 M$ en salaires et 650 000 $ en F et E) "
        "demeure inchangé.", "", "Veuillez agréer, Madame, mes salutations distinguées.", "", a,
        "Sous-ministre adjoint"]
    import docx
    d = docx.Document()
    for ln in letter_lines:
        d.add_paragraph(ln)
    docs.append(("Lettre nomination intérimaire - signée.docx", "docx", "fr", docx_bytes(d), [b.split()[1], a], "letter"))
    c1 = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
    c2 = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
    rows = "\n".join(f"| {titles(q, positions)[0]} | {q['level']} | {q['fte']} | {q['salary'] // 1000:,} |"
                     for q in positions[3:8])
    minutes = (f"# Minutes - Branch Resource Committee\n\n**Date:** 2024-06-12  \n**Chair:** {c1}  \n**Secretary:** {c2}\n\n"
               "## 1. Budget pressures 2024-25\n\nThe committee reviewed the salary envelopes below ($000):\n\n"
               "| Directorate | Level | FTEs | Salary |\n|---|---|---:|---:|\n" + rows +
               "\n\n## 2. Decisions\n\n- Cost-recovery targets raised by 5 %.\n- Next meeting: 2024-09-10.\n")
    docs.append(("Minutes BRC 2024-06-12.md", "markdown", "en", minutes.encode("utf-8"), [c1, c2], "minutes"))
    org = ["ORGANIZATION CHART / ORGANIGRAMME", "", f"{titles(positions[0], positions)[0]} (EX-03) - {positions[0]['fte']} FTEs"]
    for q in positions:
        if q["sup"] == 0:
            org.append(f"    +-- {titles(q, positions)[0]} ({q['level']})")
            for q2 in positions:
                if q2["sup"] == positions.index(q):
                    org.append(f"    |       +-- {titles(q2, positions)[0]} ({q2['level']})")
    docs.append(("Org chart FRM branch 2024.pdf", "pdf", "bilingual", pdf_bytes(["\n".join(pdf_safe(x) for x in org)]), [], "org chart"))
    docs.append(("scan_0099.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [], "scan without a text layer (three pages)"))
    return docs


# ----------------------------------------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = build_positions()
    rk = random.Random(1981)
    kinds = (["docx"] * 11 + ["pdf"] * 7 + ["ocr"] * 9 + ["markdown"] * 7 + ["text"] * 6 + ["text-cp1252"] * 5)[:44]
    rk.shuffle(kinds)
    langs = ["en"] * 25 + ["fr"] * 12 + ["bi"] * 7
    rk.shuffle(langs)
    styles = (BUDGET_STYLES * 3)[:44]
    rk.shuffle(styles)
    names = set()
    plan = []
    for i, p in enumerate(positions):
        r = random.Random(198500 + i)
        p["style"] = styles[i]
        kind, lang = kinds[i], langs[i]
        if kind in ("text-cp1252",) and lang == "bi":
            lang = "fr"
        while True:
            fn = file_name(p, positions, kind, lang, r, i + 1)
            if fn not in names:
                break
        names.add(fn)
        p["doc"] = fn
        plan.append((i, kind, lang, fn))
    # version: an older version of position 20
    vr = random.Random(198700)
    outputs = []
    for i, kind, lang, fn in plan:
        outputs.append((positions[i], kind, lang, fn, random.Random(198500 + i), None))
    old = dict(positions[20])
    old["eff"] = dt.date(2017, 6, 1)
    old["salary"] = positions[20]["salary"] - 180000
    old["om"] = positions[20]["om"] - 40000
    old["style"] = "fy"
    old_fn = f"OLD {titles(old, positions)[0]} (2017).docx"
    outputs.append((old, "docx", "en", old_fn, vr, positions[20]["doc"]))
    for p, kind, lang, fn, r, newer in outputs:
        blocks, fields, also, people = wd_doc(0, p, positions, kind, lang, r)
        t_en = titles(p, positions)[0]
        header = f"{T.DEPARTMENTS[p['dept']][2]} - {t_en}"
        if kind == "markdown":
            data = "\n".join(render_text(blocks, md=True)).encode("utf-8")
        elif kind == "text":
            data = "\n".join(render_text(blocks)).encode("utf-8")
        elif kind == "text-cp1252":
            txt = "\n".join(render_text(blocks)).replace("'", "\u2019").replace(NBSP, " ").replace("œ", "oe")
            data = txt.replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            strength = r.choice(["light", "medium", "medium", "heavy"])
            also["damage"] = strength
            data = ocr_damage(render_text(blocks, width=78), r, strength, header).encode("utf-8")
        elif kind == "docx":
            data = render_docx(blocks, r)
        else:
            lines = [pdf_safe(x) for x in render_text(blocks, width=95)]
            data = pdf_bytes(pdf_pages(lines, pdf_safe(header)))
        (corpus / fn).write_bytes(data)
        if kind == "text-cp1252":
            fields = curl(fields)
        not_stated = []
        f = fields
        for key in ("job_code", "position_number", "effective_date", "total"):
            if f[key] is None:
                not_stated.append(key)
        for key in ("position_number", "classification"):
            if f["supervisor"][key] is None:
                not_stated.append(f"supervisor.{key}")
        versions = None
        if newer or p is positions[20]:
            versions = dict(documents=[old_fn, positions[20]["doc"]], newest=positions[20]["doc"], same_text=False,
                            note="the 2017 description, in English (the current one is in French): 2017 effective date, salary 180000 and O&M 40000 lower, a fiscal-year table")
        truth = dict(document=fn, kind=kind, language="bilingual" if lang == "bi" else lang, outcome="import",
                     fields=f, not_stated=not_stated, also=also, people=people, versions=versions)
        write_truth(expected, fn, truth)
    for fn, kind, lang, data, people, what in refusals(positions):
        (corpus / fn).write_bytes(data)
        write_truth(expected, fn, dict(document=fn, kind=kind, language=lang, outcome="refuse", fields=None,
                                       not_stated=[], also={"what": what}, people=people, versions=None))


def curl(x):
    if isinstance(x, str):
        return x.replace("'", "\u2019")
    if isinstance(x, dict):
        return {k: curl(v) for k, v in x.items()}
    if isinstance(x, list):
        return [curl(v) for v in x]
    return x


def write_truth(expected, fn, truth):
    text = yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=120)
    (expected / f"{fn}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
