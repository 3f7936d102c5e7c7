"""Blind corpus 183 for `hrkit import`: budgets and staff given many ways.

Run from the repository root:  python bench/import/blind183/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# ---------------------------------------------------------------- notations

def grp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def money(v: int, style: str, lang: str) -> str:
    fr = lang == "fr"
    neg = v < 0
    a = abs(v)
    if style == "full":
        s = f"{grp(a, chr(160))} $" if fr else f"${grp(a, ',')}"
    elif style == "cents":
        s = f"{grp(a, ' ')},00 $" if fr else f"${grp(a, ',')}.00"
    elif style == "k":  # inside a table in $000s
        s = grp(a // 1000, " " if fr else ",")
    elif style == "K":
        s = f"{grp(a // 1000, ' ')} k$" if fr else f"${grp(a // 1000, ',')}K"
    elif style == "M1":
        m = f"{a / 1e6:.1f}"
        s = f"{m.replace('.', ',')} M$" if fr else f"${m}M"
    elif style == "M2":
        m = f"{a / 1e6:.2f}"
        s = f"{m.replace('.', ',')} millions $" if fr else f"${m} million"
    else:
        raise ValueError(style)
    return f"({s})" if neg else s


def fy(d: dt.date) -> int:
    return d.year if d.month >= 4 else d.year - 1


def fy_label(y: int, lang: str, rng: random.Random) -> str:
    return f"{y}-{y + 1}" if lang == "fr" else f"{y}-{str(y + 1)[2:]}"


def date_text(d: dt.date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {FR_MONTHS[d.month - 1]} {d.year}", d.isoformat(),
                           f"{d.day:02d}/{d.month:02d}/{d.year} (JJ/MM/AAAA)"])
    return rng.choice([f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                       f"{d.day:02d}/{d.month:02d}/{d.year} (DD/MM/YYYY)"])


# ---------------------------------------------------------------- positions

ROLE = {"EX-01": ("Director", "Directeur"), "EX-02": ("Executive Director", "Directeur exécutif"),
        "EX-03": ("Director General", "Directeur général"), "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint")}
ROLE_F = {"Directeur": "Directrice", "Directeur exécutif": "Directrice exécutive", "Directeur général": "Directrice générale",
          "Sous-ministre adjoint": "Sous-ministre adjointe"}
SCALE = {"EX-01": (1_400_000, 5_200_000), "EX-02": (4_000_000, 11_000_000), "EX-03": (9_000_000, 32_000_000),
         "EX-04": (28_000_000, 85_000_000)}
SUP = {"EX-01": [("Director General", "Directeur général", "EX-03"), ("Executive Director", "Directeur exécutif", "EX-02")],
       "EX-02": [("Director General", "Directeur général", "EX-03")],
       "EX-03": [("Assistant Deputy Minister", "Sous-ministre adjoint", "EX-04"), ("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué", "EX-04")],
       "EX-04": [("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal", "EX-05"), ("Associate Deputy Minister", "Sous-ministre délégué", "EX-05")]}
GROUPS = ["PM-06", "EC-07", "AS-07", "FI-04", "CS-05", "PE-06", "CO-03", "EG-07", "PM-05", "EC-06", "AS-06"]


def fr_of(area_fr: str, role_fr: str) -> str:
    a = area_fr
    return f"{role_fr}, {a[0].upper() + a[1:]}"


def person(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(T.GIVEN)} {rng.choice(T.FAMILY)}"
        if n not in used:
            used.add(n)
            return n


def make_position(rng: random.Random, i: int, level: str, area, used: set) -> dict:
    dept = rng.choice(T.DEPARTMENTS)
    role_en, role_fr = ROLE[level]
    if rng.random() < 0.4:
        role_fr = ROLE_F[role_fr]
    title_en = f"{role_en}, {area[0]}"
    title_fr = fr_of(area[1], role_fr)
    lo, hi = SCALE[level]
    salary = rng.randrange(lo // 1000, hi // 1000) * 1000
    om = rng.randrange(salary // 12000, salary // 3000) * 1000
    sup_en, sup_fr, sup_cl = rng.choice(SUP[level])
    sup_area = rng.choice(T.AREAS)
    eff = dt.date(2021, 4, 1) + dt.timedelta(days=rng.randrange(0, 1460))
    if rng.random() < 0.3:
        eff = dt.date(eff.year, 4, 1)
    reports = []
    n_rep = rng.randint(2, 6)
    units = rng.sample(T.UNITS, n_rep)
    fte_left = max(n_rep * 3, salary // 98000)
    for k, u in enumerate(units):
        if level in ("EX-03", "EX-04") or (level == "EX-02" and k < 2):
            sub = {"EX-02": "EX-01", "EX-03": rng.choice(["EX-01", "EX-02"]), "EX-04": "EX-03"}[level]
            ren, rfr = ROLE[sub]
            r = {"title": f"{ren}, {u[0]}", "title_fr": fr_of(u[1].lower(), rfr), "classification": sub}
        elif k == n_rep - 1 and rng.random() < 0.3:
            r = {"title": "Executive Assistant", "title_fr": "Adjoint exécutif", "classification": rng.choice(["AS-02", "AS-03", "CR-05"]), "fte": 1}
        elif rng.random() < 0.2:
            r = {"title": f"Senior Advisor, {u[0]}", "title_fr": f"Conseiller principal, {u[1]}", "classification": rng.choice(["EC-07", "PM-06", "AS-07"]), "fte": 1}
        else:
            r = {"title": f"Manager, {u[0]}", "title_fr": f"Gestionnaire, {u[1]}", "classification": rng.choice(GROUPS)}
        if "fte" not in r:
            r["fte"] = max(2, int(fte_left / n_rep * rng.uniform(0.5, 1.5)))
        reports.append(r)
    fte_total = sum(r["fte"] for r in reports) + 1
    place = rng.choice(T.PLACES)
    return {
        "i": i, "level": level, "title_en": title_en, "title_fr": title_fr, "area": area, "dept": dept,
        "job_code": str(rng.randrange(100100, 109999)) if rng.random() < 0.7 else None,
        "posno": (str(rng.randrange(10000, 99999)) if rng.random() < 0.85 else None),
        "eff": eff if rng.random() < 0.88 else None, "fy": fy(eff),
        "sup": {"title_en": f"{sup_en}, {sup_area[0]}", "title_fr": fr_of(sup_area[1], sup_fr), "classification": sup_cl,
                "posno": str(rng.randrange(10000, 99999)) if rng.random() < 0.55 else None},
        "reports": reports, "fte": fte_total, "salary": salary, "om": om, "place": place,
        "incumbent": person(rng, used) if rng.random() < 0.6 else None, "approver": person(rng, used),
        "classifier": person(rng, used) if rng.random() < 0.5 else None,
    }


# ---------------------------------------------------------------- blocks
# ('title', s) ('h', s) ('p', s) ('kv', [(label, value)]) ('table', header, rows) ('list', [s]) ('note', s)

L = {
    "en": dict(title="Position Title", posno="Position Number", cl="Group and Level", job="Job Code", eff="Effective Date",
               dept="Department", branch="Branch", loc="Location", sup_t="Supervisor's Position Title",
               sup_n="Supervisor's Position Number", sup_c="Supervisor's Group and Level", ident="POSITION IDENTIFICATION",
               sup="SUPERVISOR", ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", dim="DIMENSIONS",
               sa="SPECIFIC ACCOUNTABILITIES", ns="NATURE AND SCOPE", sign="SIGNATURES", sal="Salary", om="O&M",
               tot="Total", fte="FTEs", rep_t="Title", rep_c="Group/Level", head="EXECUTIVE WORK DESCRIPTION"),
    "fr": dict(title="Titre du poste", posno="Numéro du poste", cl="Groupe et niveau", job="Code d'emploi",
               eff="Date d'entrée en vigueur", dept="Ministère", branch="Direction générale", loc="Lieu de travail",
               sup_t="Titre du poste du superviseur", sup_n="Numéro du poste du superviseur",
               sup_c="Groupe et niveau du superviseur", ident="IDENTIFICATION DU POSTE", sup="SUPERVISEUR",
               ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", dim="DIMENSIONS",
               sa="ACTIVITÉS PRINCIPALES", ns="NATURE ET ÉTENDUE", sign="SIGNATURES", sal="Traitements et salaires",
               om="Fonctionnement et entretien (F et E)", tot="Total", fte="ETP", rep_t="Titre", rep_c="Groupe et niveau",
               head="DESCRIPTION DE TRAVAIL DE CADRE"),
}


def lab(key: str, lang: str) -> str:
    if lang == "bilingual":
        return f"{L['en'][key]} / {L['fr'][key]}"
    return L[lang][key]


def budget_blocks(p: dict, lay: str, lang: str, rng: random.Random, fmode: str):
    """Dimensions blocks and the truth (salary, o_and_m, total, also)."""
    ln = "fr" if lang == "fr" else "en"
    sal, om = p["salary"], p["om"]
    also = {"budget_layout": lay}
    blocks = []
    fte_total = p["fte"]
    total_stated = rng.random() > 0.12
    if lay in ("years_full", "years_k", "years_m"):
        if lay == "years_m":
            sal, om = round(sal, -5), max(100_000, round(om, -5))
        pos = rng.randrange(3)
        years = [p["fy"] - pos + k for k in range(3)]
        cols = []
        for k, y in enumerate(years):
            if k == pos:
                cols.append((sal, om))
            else:
                f = 1 + (k - pos) * rng.uniform(0.02, 0.07)
                rs, ro = (round(sal * f, -5), round(om * f, -5)) if lay == "years_m" else (round(sal * f, -3), round(om * f, -3))
                cols.append((int(rs), int(ro)))
        tag_style = rng.choice(["paren", "word", "note"])
        heads = []
        for k, y in enumerate(years):
            lbl = fy_label(y, ln, rng)
            if tag_style == "paren" and k == pos:
                lbl += " (current)" if ln == "en" else " (en cours)"
            elif tag_style == "word":
                w = ("Actual" if k < pos else "Current" if k == pos else "Planned") if ln == "en" else \
                    ("Réel" if k < pos else "Courant" if k == pos else "Prévu")
                lbl = f"{lbl} {w}"
            heads.append(lbl)
        style = {"years_full": "full", "years_k": "k", "years_m": "M1"}[lay]
        unit = {"years_full": "", "years_k": " ($000s)" if ln == "en" else " (en milliers de dollars)", "years_m": ""}[lay]
        rows = [[lab("sal", lang)] + [money(c[0], style, ln) for c in cols],
                [lab("om", lang)] + [money(c[1], style, ln) for c in cols]]
        if total_stated:
            rows.append([lab("tot", lang)] + [money(c[0] + c[1], style, ln) for c in cols])
        blocks.append(("table", [("Resources" if ln == "en" else "Ressources") + unit] + heads, rows))
        if tag_style == "note" or rng.random() < 0.4:
            blocks.append(("p", f"The {fy_label(years[pos], ln, rng)} figures are the position's current budget; other years are shown for information."
                           if ln == "en" else f"Les montants de {fy_label(years[pos], ln, rng)} constituent le budget courant du poste; les autres exercices sont donnés à titre indicatif."))
        also["current_fiscal_year"] = f"{years[pos]}-{str(years[pos] + 1)[2:]}"
    elif lay == "lines":
        gc = rng.randrange(5, 60) * 100_000
        cap = rng.randrange(0, 20) * 50_000
        rev = -rng.randrange(2, 30) * 50_000
        rec = -rng.randrange(1, 10) * 25_000 if rng.random() < 0.6 else 0
        k = rng.random() < 0.5
        style = "k" if k else "full"
        rows = [[lab("sal", lang), money(sal, style, ln)], [lab("om", lang), money(om, style, ln)],
                ["Total operating budget" if ln == "en" else "Total - budget de fonctionnement", money(sal + om, style, ln)],
                ["Grants and contributions" if ln == "en" else "Subventions et contributions", money(gc, style, ln)],
                ["Capital" if ln == "en" else "Immobilisations", money(cap, style, ln)],
                ["Revenues" if ln == "en" else "Recettes", money(rev, style, ln)]]
        if rec:
            rows.append(["Recoveries" if ln == "en" else "Recouvrements", money(rec, style, ln)])
        tb = sal + om + gc + cap + rev + rec
        rows.append(["Total budget (net)" if ln == "en" else "Budget total (net)", money(tb, style, ln)])
        h = ("Budget" + (" ($000s)" if k else "")) if ln == "en" else ("Budget" + (" (en milliers de dollars)" if k else ""))
        blocks.append(("table", [h, fy_label(p["fy"], ln, rng)], rows))
        also.update(total_budget_net=tb, grants_and_contributions=gc, capital=cap, revenues=rev)
        total_stated = True
    elif lay == "two_cc":
        a_s = round(sal * rng.uniform(0.55, 0.8), -3)
        a_o = round(om * rng.uniform(0.4, 0.7), -3)
        a_s, a_o = int(a_s), int(a_o)
        cc1, cc2 = rng.randrange(100000, 999999), rng.randrange(100000, 999999)
        style = rng.choice(["full", "k"])
        unit = " ($000s)" if style == "k" and ln == "en" else " (k$)" if style == "k" else ""
        hd = [unit.strip(), f"CC {cc1}", f"CC {cc2}", "Total"] if ln == "en" else [unit.strip(), f"CR {cc1}", f"CR {cc2}", "Total"]
        rows = [[lab("sal", lang), money(a_s, style, ln), money(sal - a_s, style, ln), money(sal, style, ln)],
                [lab("om", lang), money(a_o, style, ln), money(om - a_o, style, ln), money(om, style, ln)]]
        if total_stated:
            rows.append([lab("tot", lang), money(a_s + a_o, style, ln), money(sal + om - a_s - a_o, style, ln), money(sal + om, style, ln)])
        blocks.append(("p", "The position's budget is held in two cost centres:" if ln == "en" else "Le budget du poste est réparti entre deux centres de responsabilité :"))
        blocks.append(("table", hd, rows))
        also["cost_centres"] = [str(cc1), str(cc2)]
    else:  # kv styles
        style = {"kv_full": "full", "kv_k": "K", "kv_m": "M2", "kv_cents": "cents"}[lay]
        if style == "M2":
            sal, om = round(sal, -4), round(om, -4)
        items = [(lab("sal", lang), money(sal, style, ln)), (lab("om", lang), money(om, style, ln))]
        if total_stated:
            items.append((lab("tot", lang), money(sal + om, style, ln)))
        blocks.append(("kv", items))
    # FTEs: by region or by unit, total row; or a line
    if fmode == "region":
        regs = rng.sample(T.REGIONS, rng.randint(3, 5))
        cuts = sorted(rng.sample(range(1, fte_total), len(regs) - 1))
        vals = [b - a for a, b in zip([0] + cuts, cuts + [fte_total])]
        rows = [[r[1] if ln == "fr" else r[0], str(v)] for r, v in zip(regs, vals)] + [["Total", str(fte_total)]]
        blocks.append(("table", ["Region" if ln == "en" else "Région", lab("fte", lang)], rows))
    elif fmode == "unit":
        rows = [[r["title_fr"] if ln == "fr" else r["title"], str(r["fte"])] for r in p["reports"]]
        rows.append(["Front office (incl. the position)" if ln == "en" else "Bureau du titulaire", "1"])
        rows.append(["Total", str(fte_total)])
        blocks.append(("table", ["Unit" if ln == "en" else "Unité", lab("fte", lang)], rows))
    else:
        blocks.append(("kv", [("Total FTEs" if ln == "en" else "Total des ETP", str(fte_total))]))
    # prose: rounding, ranges, percentages
    tot = sal + om
    pr = []
    r = rng.random()
    mtot = tot / 1e6
    if r < 0.35:
        pr.append(f"The incumbent manages an operating budget of approximately ${int(mtot)}-{int(mtot) + 1}M and a workforce of about {round(fte_total, -1) or fte_total} employees."
                  if ln == "en" else f"Le titulaire gère un budget de fonctionnement d'environ {int(mtot)} à {int(mtot) + 1} M$ et un effectif d'environ {round(fte_total, -1) or fte_total} employés.")
    elif r < 0.7:
        branch = round(tot / rng.uniform(0.08, 0.3), -5)
        pct = round(100 * tot / branch)
        pr.append(f"The position accounts for roughly {pct}% of the Branch's ${branch / 1e6:.1f}M operating budget, with salaries of some ${sal / 1e6:.1f} million."
                  if ln == "en" else f"Le poste représente environ {pct} % du budget de fonctionnement de la direction générale ({f'{branch / 1e6:.1f}'.replace('.', ',')} M$), dont quelque {f'{sal / 1e6:.1f}'.replace('.', ',')} millions de dollars en salaires.")
        also["branch_operating_budget"] = int(branch)
    else:
        pr.append(f"Salary dollars of nearly ${round(sal / 1e6, 1)} million and O&M of about ${round(om / 1e6, 1)} million support the program."
                  if ln == "en" else f"Des crédits salariaux de près de {str(round(sal / 1e6, 1)).replace('.', ',')} M$ et un budget de F et E d'environ {str(round(om / 1e6, 1)).replace('.', ',')} M$ soutiennent le programme.")
    also["fte"] = fte_total
    return blocks, pr, sal, om, (tot if total_stated else None), also


def report_blocks(p: dict, lay: str, lang: str, rng: random.Random, drop_fte: bool):
    ln = "fr" if lang == "fr" else "en"
    reps = p["reports"]
    out = []
    truth = []
    for r in reps:
        f = None if (drop_fte and r is reps[-1] and r["fte"] != 1) else r["fte"]
        truth.append({"title": r["title_fr"] if ln == "fr" else r["title"], "classification": r["classification"], "fte": f})
    if lay == "table":
        rows = [[str(k + 1), t["title"], t["classification"], "" if t["fte"] is None else str(t["fte"])] for k, t in enumerate(truth)]
        out.append(("table", ["No.", lab("rep_t", lang), lab("rep_c", lang), lab("fte", lang)], rows))
    elif lay == "list":
        items = []
        for t in truth:
            fs = "" if t["fte"] is None else (f", {t['fte']} FTEs" if ln == "en" else f", {t['fte']} ETP")
            items.append(f"{t['title']} ({t['classification']}{fs})")
        out.append(("list", items))
    else:  # prose
        parts = []
        for t in truth:
            fs = "" if t["fte"] is None else (f" with {t['fte']} FTEs" if ln == "en" else f" ({t['fte']} ETP)")
            parts.append(f"the {t['title']} ({t['classification']}){fs}" if ln == "en" else f"le {t['title']} ({t['classification']}){fs}")
        s = "; ".join(parts[:-1]) + (" and " if ln == "en" else " et ") + parts[-1]
        out.append(("p", (f"Reporting directly to the position are {s}." if ln == "en" else f"Relèvent directement du titulaire : {s}.")))
    return out, truth


def build(p: dict, lang: str, rng: random.Random, lay: str, rep_lay: str, sup_lay: str, version_patch=None):
    ln = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    dept = p["dept"][1] if ln == "fr" else p["dept"][0]
    place = p["place"][1] if ln == "fr" else p["place"][0]
    cls = p["level"]
    eff_s = date_text(p["eff"], ln, rng) if p["eff"] else ""
    blocks = [("title", lab("head", lang))]
    if lang == "bilingual":
        shown_title = f"{p['title_en']} / {p['title_fr']}"
    else:
        shown_title = title
    ident = [(lab("title", lang), shown_title), (lab("cl", lang), cls)]
    ident.append((lab("posno", lang), p["posno"] or rng.choice(["NEW", "TBD", "Vacant - to be assigned"] if ln == "en" else ["NOUVEAU", "À déterminer"])))
    if p["job_code"] or rng.random() < 0.5:
        ident.append((lab("job", lang), p["job_code"] or ""))
    ident.append((lab("eff", lang), eff_s))
    ident += [(lab("dept", lang), dept), (lab("loc", lang), place)]
    blocks.append(("h", lab("ident", lang)))
    blocks.append(("kv", ident))
    s = p["sup"]
    s_title = s["title_fr"] if ln == "fr" else s["title_en"]
    if lang == "bilingual":
        s_title_shown = f"{s['title_en']} / {s['title_fr']}"
    else:
        s_title_shown = s_title
    if sup_lay == "kv":
        blocks.append(("h", lab("sup", lang)))
        items = [(lab("sup_t", lang), s_title_shown), (lab("sup_c", lang), s["classification"])]
        if s["posno"]:
            items.insert(1, (lab("sup_n", lang), s["posno"]))
        blocks.append(("kv", items))
    blocks.append(("h", lab("ga", lang)))
    area = p["area"][1] if ln == "fr" else p["area"][0].lower()
    pool = T.ACCOUNT_FR if ln == "fr" else T.ACCOUNT_EN
    blocks.append(("p", pool[0].format(area=area)))
    blocks.append(("h", lab("org", lang)))
    if sup_lay == "prose":
        num = f", position {s['posno']}" if s["posno"] and ln == "en" else f", poste no {s['posno']}" if s["posno"] else ""
        blocks.append(("p", f"The {title} reports to the {s_title} ({s['classification']}{num})." if ln == "en"
                       else f"Le titulaire relève du {s_title} ({s['classification']}{num})."))
    fmode = rng.choice(["region", "unit", "line", "line"])
    rb, rtruth = report_blocks(p, rep_lay, lang, rng, drop_fte=rng.random() < 0.25 and fmode != "unit")
    blocks += rb
    blocks.append(("h", lab("dim", lang)))
    bb, prose, sal, om, tot, also = budget_blocks(p, lay, lang, rng, fmode)
    blocks += bb
    blocks.append(("h", lab("ns", lang)))
    blocks.append(("p", pool[1].format(area=area) + " " + prose[0]))
    blocks.append(("h", lab("sa", lang)))
    blocks.append(("list", [x.format(area=area) for x in rng.sample(pool[2:], 3)]))
    blocks.append(("h", lab("sign", lang)))
    people = []
    sd = (p["eff"] or dt.date(2023, 5, 1)) - dt.timedelta(days=rng.randrange(5, 60))
    sigs = []
    if p["incumbent"]:
        sigs.append(("Incumbent" if ln == "en" else "Titulaire", p["incumbent"]))
    sigs.append(("Approved by" if ln == "en" else "Approuvé par", p["approver"]))
    if p["classifier"]:
        sigs.append(("Classified by" if ln == "en" else "Classifié par", p["classifier"]))
    blocks.append(("kv", [(a, f"{b}    Date: {sd.isoformat()}") for a, b in sigs]))
    people = [b for _, b in sigs]
    fields = {
        "title": p["title_en"] if lang == "bilingual" else title,
        "classification": cls, "job_code": p["job_code"], "position_number": p["posno"], "effective_date": p["eff"],
        "supervisor": {"position_number": s["posno"], "title": s["title_en"] if lang == "bilingual" else s_title,
                       "classification": s["classification"]},
        "direct_reports": rtruth, "salary": sal, "o_and_m": om, "total": tot, "location": place,
    }
    also.update(department=dept)
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if ln == "fr":
        also["title_en"] = p["title_en"]
    return blocks, fields, also, people


# ---------------------------------------------------------------- renderers

def fmt_table(header, rows):
    allr = [header] + rows
    w = [max(len(r[c]) for r in allr) for c in range(len(header))]
    out = []
    for k, r in enumerate(allr):
        out.append("  ".join(c.rjust(w[j]) if j > 0 and c[:1] in "0123456789$(-" else c.ljust(w[j]) for j, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("  ".join("-" * x for x in w))
    return out


def render_text(blocks, wrap=None) -> str:
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1], "=" * len(b[1]), ""]
        elif b[0] == "h":
            out += [b[1], ""]
        elif b[0] == "p":
            out += (textwrap.wrap(b[1], wrap) if wrap else [b[1]]) + [""]
        elif b[0] == "kv":
            out += [f"{k}: {v}".rstrip() for k, v in b[1]] + [""]
        elif b[0] == "table":
            out += fmt_table(b[1], b[2]) + [""]
        elif b[0] == "list":
            for k, it in enumerate(b[1], 1):
                lines = textwrap.wrap(it, (wrap or 10000) - 4)
                out.append(f"{k}. {lines[0]}")
                out += ["   " + x for x in lines[1:]]
            out.append("")
    return "\n".join(out)


def render_md(blocks, rng) -> str:
    out = []
    bullets = rng.random() < 0.5
    for b in blocks:
        if b[0] == "title":
            out += [f"# {b[1].title()}", ""]
        elif b[0] == "h":
            out += [f"## {b[1].capitalize()}", ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [(f"* **{k}:** {v}" if bullets else f"**{k}:** {v}  ").rstrip() for k, v in b[1]] + [""]
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" if j == 0 else "---:" for j in range(len(b[1]))) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
        elif b[0] == "list":
            out += [f"- {x}" for x in b[1]] + [""]
    return "\n".join(out)


OCR_DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def damage(text: str, rng: random.Random, strength: str) -> str:
    pd, pl, ps = {"light": (0.06, 0.01, 0.01), "medium": (0.15, 0.025, 0.03), "heavy": (0.3, 0.05, 0.06)}[strength]
    out = []
    n = len(text)
    k = 0
    while k < n:
        c = text[k]
        r = rng.random()
        if c in OCR_DIG and r < pd:
            out.append(rng.choice(["I", "l"]) if c == "1" else OCR_DIG[c])
        elif c == "m" and r < pl * 3:
            out.append("rn")
        elif c == "e" and r < pl:
            out.append("c")
        elif c == "i" and r < pl:
            out.append("l")
        elif c in "éèà" and r < pl * 8:
            out.append({"é": "e", "è": "e", "à": "a"}[c])
        elif c == " " and 0 < k < n - 1 and text[k - 1].isalpha() and text[k + 1].isalpha() and r < ps:
            pass
        else:
            out.append(c)
        k += 1
    return "".join(out)


def hyphen_wrap(text: str, width: int, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or "  " in line.strip():
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            word_end = line.find(" ", width)
            word_end = len(line) if word_end < 0 else word_end
            if rng.random() < 0.5 and cut > 0 and word_end - cut > 7:
                mid = cut + 1 + (word_end - cut - 1) // 2
                out.append(line[:mid] + "-")
                line = line[mid:]
            else:
                cut = cut if cut > 0 else width
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def paginate_ocr(text: str, header: str, rng: random.Random, per=48) -> str:
    lines = text.split("\n")
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    out = []
    style = rng.choice(["pageof", "dash", "bare"])
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out.append("\f" + header)
            out.append("")
        out += pg
        out.append("")
        out.append({"pageof": f"Page {n} of {len(pages)}", "dash": f"- {n} -", "bare": f"{' ' * 34}{n}"}[style])
    return "\n".join(out) + "\n"


def docx_bytes(blocks, author: str, rng: random.Random) -> bytes:
    import docx
    d = docx.Document()
    kv_table = rng.random() < 0.6
    for b in blocks:
        if b[0] == "title":
            d.add_heading(b[1], level=0)
        elif b[0] == "h":
            d.add_heading(b[1].title() if rng.random() < 0.5 else b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            if kv_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{k}: ").bold = True
                    para.add_run(v)
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for j, h in enumerate(b[1]):
                t.rows[0].cells[j].text = h
            for r in b[2]:
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
            d.add_paragraph()
        elif b[0] == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def curly(s: str) -> str:
    out = []
    dq = True
    for k, c in enumerate(s):
        if c == "'":
            out.append("\u2019")
        elif c == '"':
            out.append("\u201c" if dq else "\u201d")
            dq = not dq
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- corpus plan

WD_KINDS = ["ocr"] * 12 + ["docx"] * 8 + ["pdf"] * 7 + ["markdown"] * 6 + ["text"] * 6 + ["text-cp1252"] * 6
LAYOUTS = ["years_full", "years_k", "years_m", "lines", "two_cc", "kv_full", "kv_k", "kv_m", "kv_cents"]


def main():
    rng = random.Random(183)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    used: set = set()
    levels = ["EX-01"] * 20 + ["EX-02"] * 11 + ["EX-03"] * 8 + ["EX-04"] * 4
    areas = rng.sample(T.AREAS, 43)
    positions = [make_position(random.Random(183000 + i), i, lv, areas[i], used) for i, lv in enumerate(levels)]
    # family: position 20 (EX-02) is the supervisor of positions 0 and 1
    fam = positions[20]
    fam["posno"] = fam["posno"] or "61520"
    for c in (positions[0], positions[1]):
        c["sup"] = {"title_en": fam["title_en"], "title_fr": fam["title_fr"], "classification": "EX-02", "posno": fam["posno"]}
        c["dept"] = fam["dept"]
    kinds = WD_KINDS[:]
    rng.shuffle(kinds)
    langs = ["en"] * 28 + ["fr"] * 12 + ["bilingual"] * 5
    rng.shuffle(langs)
    # documents: 43 positions + 2 extra versions
    docs = [(p, kinds[k], langs[k], None) for k, p in enumerate(positions)]
    docs.append((positions[5], kinds[43], "en", "v2"))
    docs.append((positions[12], kinds[44], langs[12], "v2"))
    # versions: force useful kinds
    docs[5] = (positions[5], "docx", "en", "v1")
    docs[43] = (positions[5], "pdf", "en", "v2")
    docs[12] = (positions[12], "text", docs[12][2] if docs[12][2] != "bilingual" else "en", "v1")
    docs[44] = (positions[12], "ocr", docs[12][2], "v2")
    docs[20] = (positions[20], "docx", "en", None)
    docs[0] = (positions[0], "ocr", "en", None)
    docs[1] = (positions[1], "text-cp1252", "fr", None)
    names_used: set = set()
    version_files = {}
    for k, (p, kind, lang, ver) in enumerate(docs):
        r = random.Random(183500 + k)
        if ver == "v2":
            p = dict(p)
            p["eff"] = (p["eff"] or dt.date(2023, 4, 1)) + dt.timedelta(days=r.choice([91, 183, 365]))
            p["fy"] = fy(p["eff"])
            p["salary"] = p["salary"] + r.randrange(40, 300) * 1000
            p["om"] = p["om"] + r.randrange(-20, 60) * 1000
        lay = LAYOUTS[k % len(LAYOUTS)]
        rep_lay = ["table", "list", "prose"][r.randrange(3)] if kind != "docx" else r.choice(["table", "table", "list"])
        sup_lay = r.choice(["kv", "kv", "prose"])
        blocks, fields, also, people = build(p, lang, r, lay, rep_lay, sup_lay)
        ln = "fr" if lang == "fr" else "en"
        title = fields["title"] if lang != "bilingual" else p["title_en"]
        # file name
        stem = title
        choices = [f"{stem}", f"{stem} ({p['level']})", f"{stem} - signed", f"{stem} (1)", f"WD {p['posno'] or 'NEW'} {stem}",
                   f"{p['dept'][2]} - {stem} - final", f"{stem}, {p['dept'][2]}"]
        if ln == "fr":
            choices += [f"Description de travail – {stem}", f"DT {stem} (version finale)"]
        name = r.choice(choices)
        if ver == "v1":
            name = f"{stem} - DRAFT"
        elif ver == "v2":
            name = f"{stem} - signed" if kind == "pdf" else f"Scan {p['eff'].strftime('%Y%m%d')} {stem}"
        elif kind == "ocr" and r.random() < 0.6:
            name = r.choice([f"Scan_{p['level']}_{stem}", f"img{2023_0000 + k * 37} {stem} OCR", f"{stem} (scanned)"])
        ext = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
        while name + ext in names_used:
            name += " (1)"
        fname = name + ext
        names_used.add(fname)
        dmg = None
        if kind == "ocr" or (kind == "pdf" and k % 3 == 0):
            dmg = r.choice(["light", "medium", "medium", "heavy"])
        hdr = f"{p['dept'][2]} - {title[:40]}"
        if kind == "markdown":
            data = render_md(blocks, r).encode()
        elif kind == "text":
            data = render_text(blocks, wrap=r.choice([None, 90])).encode()
        elif kind == "text-cp1252":
            data = curly(render_text(blocks, wrap=None)).replace("\n", "\r\n").encode("cp1252")
        elif kind == "ocr":
            t = render_text(blocks, wrap=None).replace("\u00a0", " ")
            t = hyphen_wrap(t, 72, r)
            t = damage(t, r, dmg)
            data = paginate_ocr(t, damage(hdr, r, "light"), r).encode()
        elif kind == "pdf":
            t = render_text(blocks, wrap=95)
            if dmg:
                t = damage(hyphen_wrap(t, 80, r), r, dmg)
            lines = t.split("\n")
            pages = ["\n".join(lines[j:j + 66]) for j in range(0, len(lines), 66)]
            pages = [pg + f"\n\nPage {n + 1} of {len(pages)}" for n, pg in enumerate(pages)]
            data = pdf_bytes(pages)
        else:
            data = docx_bytes(blocks, p["incumbent"] or p["approver"], r)
        (corpus / fname).write_bytes(data)
        if dmg:
            also["damage"] = dmg
        not_stated = []
        for key in ("job_code", "position_number", "effective_date", "total"):
            if fields[key] is None:
                not_stated.append(key)
        if fields["supervisor"]["position_number"] is None:
            not_stated.append("supervisor.position_number")
        if any(x["fte"] is None for x in fields["direct_reports"]):
            not_stated.append("direct_reports.fte")
        truth = {"document": fname, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
                 "not_stated": not_stated, "also": also, "people": people, "versions": None}
        if ver:
            version_files.setdefault(positions.index(docs[k][0]), []).append((ver, fname, truth))
        docs[k] = (docs[k][0], kind, lang, ver, fname, truth)
    fam_file = docs[20][4]
    for k in (0, 1):
        docs[k][5]["also"]["reports_to_in_corpus"] = fam_file
    for pi, vs in version_files.items():
        vs.sort()
        files = [v[1] for v in vs]
        info = {"documents": files, "newest": files[-1], "same_text": False,
                "note": "the signed version is later: effective date moved, salary and O&M updated for the new fiscal year"}
        for v in vs:
            v[2]["versions"] = info
    for d in docs:
        write_truth(expected, d[5])
    for t in refuse_docs(corpus, rng):
        write_truth(expected, t)


def write_truth(expected: Path, truth: dict):
    text = yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=1000)
    (expected / (truth["document"] + ".expected.yaml")).write_text(text, encoding="utf-8")


def refuse_docs(corpus: Path, rng: random.Random):
    r = random.Random(183999)
    out = []

    def add(fname, kind, lang, data, note, people=()):
        (corpus / fname).write_bytes(data)
        out.append({"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": [], "also": {"what": note}, "people": list(people), "versions": None})

    # 1. a branch's budget report, no position described (docx)
    dirs = r.sample(T.AREAS, 5)
    blocks = [("title", "Lands and Economic Development Branch - 2024-25 Budget Report, Q2"),
              ("p", "This report presents the Branch's approved operating budget and the second-quarter forecast by directorate. Figures in $000s."),
              ("table", ["Directorate ($000s)", "Salary", "O&M", "Total operating", "G&C", "Forecast"],
               [[d[0], f"{s:,}", f"{o:,}", f"{s + o:,}", f"{g:,}", f"{int((s + o) * 0.97):,}"]
                for d, s, o, g in [(d, r.randrange(1500, 9000), r.randrange(150, 1600), r.randrange(0, 20000)) for d in dirs]]),
              ("h", "Variance"),
              ("p", "Salary pressures of approximately $1.2-1.5M are expected in the third quarter; O&M lapses are forecast at 3%. Revenues of ($450K) are credited to the Branch."),
              ("kv", [("Prepared by", "Finance Business Partner, Corporate Services"), ("Date", "2024-10-18")])]
    add("Branch Budget Report 2024-25 Q2 (FINAL).docx", "docx", "en", docx_bytes(blocks, "Corporate Finance", r),
        "a branch's quarterly budget report by directorate; no position described")
    # 2. spreadsheet export of several positions' budgets
    rows = ["Position No.,Title,Group/Level,Cost Centre,Salary,O&M,Total,FTEs"]
    for a in r.sample(T.AREAS, 7):
        s, o = r.randrange(1500, 9000) * 1000, r.randrange(100, 1500) * 1000
        rows.append(f"{r.randrange(10000, 99999)},\"Director, {a[0]}\",EX-0{r.randint(1, 3)},{r.randrange(100000, 999999)},{s},{o},{s + o},{r.randrange(8, 90)}")
    add("EX positions - budget allocations FY2024-25 (export).csv", "text", "en", ("\r\n".join(rows) + "\r\n").encode(),
        "a spreadsheet (CSV export) of seven executive positions' budgets")
    # 3. memo, cp1252
    n1, n2 = "Evander Strandquist", "Ludivine Gauvreau"
    memo = curly(f"""MEMORANDUM / NOTE DE SERVICE

TO: Director General, Fisheries Resource Management
FROM: {n1}, Senior Financial Advisor
DATE: November 6, 2023
SUBJECT: Reallocation of O&M between cost centres 402118 and 402131

The Director, Aquatic Habitat Restoration (EX-01, position 48211) has asked that $175,000 of O&M be moved from
cost centre 402131 to 402118 for the remainder of 2023-24. The position's salary budget ($2,940,000) is
unchanged and its total operating budget remains $3.4M.

Please indicate your approval below.

Approved: ______________________   {n2}
""").replace("\n", "\r\n").encode("cp1252")
    add("Memo - O&M reallocation CC 402118.txt", "text-cp1252", "en", memo,
        "a memo on moving O&M between cost centres; names a position, its level and budget but describes no work", [n1, n2])
    # 4. minutes, markdown (French)
    n3, n4, n5 = "Célestine Halvorsen", "Oskar Marchetti-Roy", "Ifeoma Threlkeld"
    mins = f"""# Comité de gestion de la direction générale – procès-verbal

**Date :** 14 novembre 2023  
**Présents :** {n3} (présidente), {n4}, {n5}

## 1. Budget de fonctionnement 2024-2025

Le budget de fonctionnement de la direction générale s'élève à 24,6 M$ (traitements 19,8 M$, F et E 4,8 M$).
La Direction des programmes d'intégrité (EX-01) recevra environ 3 à 4 M$; les ETP passent de 31 à 34.

## 2. Dotation

Le poste de directeur exécutif (EX-02, no 55102) sera doté d'ici avril.

## Suivis

- Finances : ventiler le budget par centre de responsabilité.
"""
    add("PV comité de gestion 2023-11-14.md", "markdown", "fr", mins.encode(),
        "minutes of a branch management committee (budget and staffing items)", [n3, n4, n5])
    # 5. scan without a text layer
    add("Scan_20240312_0931.pdf", "pdf", "en", pdf_bytes(["", "", ""]),
        "a three-page scan without a text layer (unreadable)")
    return out


if __name__ == "__main__":
    main()
