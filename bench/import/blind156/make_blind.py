"""Generate blind corpus blind156: regional and headquarters executive work descriptions.

Run from the repository root:  python bench/import/blind156/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
from __future__ import annotations

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

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
NBSP, NNBSP = "\u00a0", "\u202f"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- notation
def money(v, lang, style, sep=" "):
    if lang == "fr":
        if style == "M":
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{s}{sep}M$"
        if style == "K":
            return f"{v // 1000:,}".replace(",", sep) + f"{sep}k$"
        return f"{v:,}".replace(",", sep) + f"{sep}$"
    if style == "M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s}M" if v % 10000 == 0 and len(s) < 6 else f"${s} million"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def date_text(d, lang, style):
    if lang == "fr":
        if style == "iso":
            return d.isoformat()
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def place(site, lang):
    city, pen, pfr = site
    if lang == "fr":
        city = {"Québec City": "Québec", "St. John's": "St. John's"}.get(city, city)
        return f"{city} ({pfr})"
    return f"{city}, {pen}"


def city(site, lang):
    if lang == "fr" and site[0] == "Québec City":
        return "Québec"
    return site[0]


# ---------------------------------------------------------------- positions
class Namer:
    def __init__(self, rng):
        pairs = [(g, f) for g in T.GIVEN for f in T.FAMILY]
        rng.shuffle(pairs)
        self.pairs, self.used_g, self.used_f = pairs, set(), set()

    def __call__(self):
        while True:
            g, f = self.pairs.pop()
            if (g, f) not in self.used_g:
                self.used_g.add((g, f))
                return f"{g} {f}"


def r10k(rng, lo, hi):
    return rng.randrange(lo // 10000, hi // 10000) * 10000


def make_position(rng, kind, dept_i, region_i, prog_i, namer, num):
    dept = T.DEPARTMENTS[dept_i]
    d_en, d_fr, short, groups, programs = dept
    p_en, p_fr = programs[prog_i % len(programs)]
    reg_en, reg_fr, sites = T.REGIONS[region_i]
    pos = {"type": kind, "dept_en": d_en, "dept_fr": d_fr, "short": short, "region_en": reg_en, "region_fr": reg_fr,
           "program_en": p_en, "program_fr": p_fr}
    hq = T.HQ_SITES[rng.randrange(2)]
    reports, lines = [], []
    if kind == "RDG":
        pos["title_en"] = f"Regional Director General, {reg_en}"
        pos["title_fr"] = f"Directeur général régional, {reg_fr}"
        pos["cls"] = rng.choice(["EX-03", "EX-02"])
        pos["site"] = sites[0]
        used = sites[: rng.choice([3, 4])]
        for s in used:
            fte = rng.randrange(28, 140)
            reports.append({"title_en": f"District Director, {s[0]}", "title_fr": f"Directeur de district, {city(s, 'fr')}",
                            "cls": rng.choice(["EX-01", groups[0]]), "fte": fte, "site": s})
            lines.append({"en": f"{s[0]} District", "fr": f"District de {city(s, 'fr')}", "group": 0,
                          "salary": r10k(rng, fte * 78000, fte * 96000),
                          "om": r10k(rng, 150000, 900000)})
        pf = rng.randrange(4, 12)
        reports.append({"title_en": "Manager, Regional Planning and Reporting", "title_fr": "Gestionnaire, Planification et rapports régionaux",
                        "cls": "AS-07", "fte": pf, "site": sites[0]})
        lines.append({"en": "Regional Planning and Reporting", "fr": "Planification et rapports régionaux", "group": 1,
                      "salary": r10k(rng, pf * 80000, pf * 100000), "om": r10k(rng, 40000, 150000)})
        lines.append({"en": "Office of the Regional Director General", "fr": "Bureau du directeur général régional", "group": 1,
                      "salary": r10k(rng, 300000, 450000), "om": r10k(rng, 60000, 200000)})
        office = 3
        pos["sup"] = {"title_en": "Assistant Deputy Minister, Regional Operations",
                      "title_fr": "Sous-ministre adjoint, Opérations régionales", "cls": "EX-05", "site": hq}
        pos["groups"] = [("Districts", "Districts"), ("Regional office", "Bureau régional")]
        pos["other_sites"] = used[1:]
    elif kind == "RD":
        pos["title_en"] = f"Regional Director, {p_en}, {reg_en}"
        pos["title_fr"] = f"Directeur régional, {p_fr}, {reg_fr}"
        pos["cls"] = "EX-01"
        pos["site"] = sites[0]
        used = sites[: rng.choice([2, 3, 4])]
        for s in used:
            fte = rng.randrange(9, 45)
            reports.append({"title_en": f"Manager, {p_en}, {s[0]}", "title_fr": f"Gestionnaire, {p_fr}, {city(s, 'fr')}",
                            "cls": rng.choice(groups[:3]), "fte": fte, "site": s})
            lines.append({"en": f"{s[0]} site", "fr": f"Site de {city(s, 'fr')}", "group": 0,
                          "salary": r10k(rng, fte * 76000, fte * 94000), "om": r10k(rng, 60000, 400000)})
        if rng.random() < 0.6:
            reports.append({"title_en": "Senior Advisor, Regional Operations", "title_fr": "Conseiller principal, Opérations régionales",
                            "cls": rng.choice(["EC-06", "PM-06", "AS-06"]), "fte": None, "site": sites[0]})
        lines.append({"en": "Regional Director's office", "fr": "Bureau du directeur régional", "group": 1,
                      "salary": r10k(rng, 180000, 320000), "om": r10k(rng, 20000, 90000)})
        office = 2 + (1 if reports[-1]["fte"] is None else 0)
        pos["sup"] = {"title_en": f"Director General, {p_en}", "title_fr": f"Directeur général, {p_fr}",
                      "cls": "EX-03", "site": hq}
        pos["groups"] = [("Sites", "Sites"), ("Regional office", "Bureau régional")]
        pos["other_sites"] = used[1:]
    elif kind == "HQDG":
        pos["title_en"] = f"Director General, {p_en}"
        pos["title_fr"] = f"Directeur général, {p_fr}"
        pos["cls"] = "EX-03"
        pos["site"] = hq
        regs = rng.sample(range(len(T.REGIONS)), rng.choice([3, 4, 5]))
        for ri in regs:
            ren, rfr, rs = T.REGIONS[ri]
            fte = rng.randrange(25, 120)
            reports.append({"title_en": f"Regional Director, {p_en}, {ren}", "title_fr": f"Directeur régional, {p_fr}, {rfr}",
                            "cls": "EX-01", "fte": fte, "site": rs[0], "region_i": ri})
            lines.append({"en": ren, "fr": rfr, "group": 0, "salary": r10k(rng, fte * 78000, fte * 95000),
                          "om": r10k(rng, 150000, 800000)})
        nf = rng.randrange(10, 30)
        reports.append({"title_en": f"Director, National Coordination, {p_en}", "title_fr": f"Directeur, Coordination nationale, {p_fr}",
                        "cls": "EX-01", "fte": nf, "site": hq})
        lines.append({"en": "National coordination (headquarters)", "fr": "Coordination nationale (administration centrale)",
                      "group": 1, "salary": r10k(rng, nf * 85000, nf * 100000), "om": r10k(rng, 200000, 900000)})
        office = 3
        pos["sup"] = {"title_en": "Assistant Deputy Minister, Program Operations",
                      "title_fr": "Sous-ministre adjoint, Opérations des programmes", "cls": "EX-05", "site": T.HQ_SITES[0]}
        pos["groups"] = [("Regions", "Régions"), ("Headquarters", "Administration centrale")]
        pos["other_sites"] = []
    else:  # PROG: director of regional programs, in a secondary city, budgets by program
        pos["title_en"] = f"Director, Regional Programs, {reg_en}"
        pos["title_fr"] = f"Directeur, Programmes régionaux, {reg_fr}"
        pos["cls"] = "EX-01"
        pos["site"] = sites[1]
        progs = programs[:]
        rng.shuffle(progs)
        for k, (pe, pfr_) in enumerate(progs[:3]):
            s = sites[(k + 1) % len(sites)]
            fte = rng.randrange(8, 40)
            reports.append({"title_en": f"Manager, {pe}", "title_fr": f"Gestionnaire, {pfr_}", "cls": rng.choice(groups[:3]),
                            "fte": fte, "site": s})
            lines.append({"en": pe, "fr": pfr_, "group": 0, "salary": r10k(rng, fte * 76000, fte * 94000),
                          "om": r10k(rng, 50000, 500000)})
        lines.append({"en": "Director's office and program support", "fr": "Bureau du directeur et soutien aux programmes",
                      "group": 1, "salary": r10k(rng, 200000, 380000), "om": r10k(rng, 20000, 80000)})
        office = 3
        pos["sup"] = {"title_en": f"Regional Director General, {reg_en}", "title_fr": f"Directeur général régional, {reg_fr}",
                      "cls": "EX-03", "site": sites[0]}
        pos["groups"] = [("Programs", "Programmes"), ("Support", "Soutien")]
        pos["other_sites"] = [s for s in sites[:3] if s != sites[1]]
    pos["reports"], pos["lines"], pos["office_fte"] = reports, lines, office
    pos["fte"] = sum(r["fte"] or 0 for r in reports) + office
    pos["salary"] = sum(x["salary"] for x in lines)
    pos["om"] = sum(x["om"] for x in lines)
    pos["total"] = pos["salary"] + pos["om"]
    pos["posnum"] = str(rng.randrange(10000, 999999)).zfill(rng.choice([5, 6]))
    pos["job_code"] = str(rng.randrange(100100, 109999))
    pos["sup"]["posnum"] = str(rng.randrange(10000, 999999))
    pos["eff"] = dt.date(rng.randrange(2016, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
    pos["region_total"] = (pos["total"] * rng.randrange(4, 9) // 100000 + rng.randrange(1, 9)) * 100000
    pos["national"] = (pos["total"] * rng.randrange(9, 20) // 1000000) * 1000000 + rng.randrange(1, 9) * 100000
    pos["prev_salary"] = pos["salary"] - r10k(rng, 60000, 400000)
    pos["prev_om"] = pos["om"] - r10k(rng, 10000, 60000)
    fy = rng.randrange(2019, 2025)
    pos["fy"], pos["prev_fy"] = f"{fy}-{(fy + 1) % 100:02d}", f"{fy - 1}-{fy % 100:02d}"
    pos["incumbent"], pos["approver"], pos["advisor"] = namer(), namer(), namer()
    pos["num"] = num
    return pos


# ---------------------------------------------------------------- text builder
class B:
    """Collects blocks: ('h', text), ('p', text), ('kv', label, value), ('table', head, rows), ('ul', items)."""

    def __init__(self, lang):
        self.lang, self.blocks = lang, []

    def L(self, en, fr):
        return {"en": en, "fr": fr}.get(self.lang, f"{en} / {fr}")

    def h(self, en, fr):
        self.blocks.append(("h", self.L(en, fr)))

    def p(self, en, fr):
        if self.lang == "bi":
            self.blocks.append(("p", en))
            self.blocks.append(("p", fr))
        else:
            self.blocks.append(("p", en if self.lang == "en" else fr))

    def kv(self, en, fr, value):
        self.blocks.append(("kv", self.L(en, fr), value))

    def table(self, head, rows):
        self.blocks.append(("table", head, rows))

    def ul(self, items):
        self.blocks.append(("ul", items))


def build(pos, lang, form, rng, spec):
    """lang: en | fr | bi (labels and values in both, English first)."""
    b = B(lang)
    m = "fr" if lang == "fr" else "en"     # notation language
    sep = spec.get("sep", " ")
    mstyle = spec.get("mstyle", "full")
    dstyle = spec.get("dstyle", "mdy")
    stated = spec["stated"]

    def M(v, style=None):
        return money(v, m, style or mstyle, sep)

    def title(o):
        return {"en": o["title_en"], "fr": o["title_fr"]}.get(lang, f"{o['title_en']} / {o['title_fr']}")

    def tt(o):  # title in running text
        return o["title_en"] if lang != "fr" else o["title_fr"]

    sup = pos["sup"]
    here = place(pos["site"], m)
    others = pos["other_sites"]
    if lang == "fr":
        loc = here + (f", avec des bureaux à {', '.join(city(s, 'fr') for s in others[:-1])}"
                      f"{' et ' if len(others) > 1 else ''}{city(others[-1], 'fr')}" if others else "")
    else:
        loc = here + (f", with offices in {', '.join(s[0] for s in others[:-1])}"
                      f"{' and ' if len(others) > 1 else ''}{others[-1][0]}" if others else "")
    if lang == "bi" and others:
        loc += f" / {place(pos['site'], 'fr')}, avec des bureaux à " + ", ".join(city(s, "fr") for s in others)
    dept = b.L(pos["dept_en"], pos["dept_fr"])
    reg_en, reg_fr = pos["region_en"], pos["region_fr"]

    # ---- header
    if form == "form":
        b.h("EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL DE CADRE")
        b.blocks.append(("p", dept))
        b.kv("Position title", "Titre du poste", title(pos))
        b.kv("Group and level", "Groupe et niveau", pos["cls"])
        if stated["posnum"]:
            b.kv("Position number", "Numéro du poste", pos["posnum"])
        if stated["job_code"]:
            b.kv("Job code", "Code d'emploi", pos["job_code"])
        if stated["eff"]:
            b.kv("Effective date", "Date d'entrée en vigueur", date_text(pos["eff"], m, dstyle))
        b.kv("Location", "Lieu", loc)
        sup_line = f"{title(sup)} ({sup['cls']})"
        b.kv("Reports to", "Relève de", sup_line)
        if stated["sup_posnum"]:
            b.kv("Supervisor's position number", "Numéro du poste du superviseur", sup["posnum"])
        b.kv("Supervisor's location", "Lieu du superviseur", place(sup["site"], m) + b.L(" (national headquarters)", " (administration centrale)"))
    else:
        b.blocks.append(("h", dept))
        b.blocks.append(("h", title(pos)))
        bits_en = [f"Classification: {pos['cls']}"]
        bits_fr = [f"Classification : {pos['cls']}"]
        if stated["posnum"]:
            bits_en.append(f"Position no. {pos['posnum']}")
            bits_fr.append(f"Poste no {pos['posnum']}")
        if stated["job_code"]:
            bits_en.append(f"Job code {pos['job_code']}")
            bits_fr.append(f"Code d'emploi {pos['job_code']}")
        if lang == "bi":
            b.blocks.append(("p", " | ".join(bits_en)))
        else:
            b.blocks.append(("p", " | ".join(bits_en if lang == "en" else bits_fr)))
        eff_en = f" This description is effective {date_text(pos['eff'], 'en', dstyle)}." if stated["eff"] else ""
        eff_fr = f" La présente description entre en vigueur le {date_text(pos['eff'], 'fr', dstyle)}." if stated["eff"] else ""
        sn_en = f", position {sup['posnum']}" if stated["sup_posnum"] else ""
        sn_fr = f", poste no {sup['posnum']}" if stated["sup_posnum"] else ""
        b.p(f"The position is based in {loc if lang == 'en' else place(pos['site'], 'en')}"
            + ("" if lang == "en" or not others else ", with offices in " + ", ".join(s[0] for s in others))
            + f". It reports to the {sup['title_en']} ({sup['cls']}{sn_en}), located at national headquarters in "
            f"{place(sup['site'], 'en')}.{eff_en}",
            f"Le poste est situé à {loc if lang == 'fr' else place(pos['site'], 'fr')}"
            + ("" if lang == "fr" or not others else ", avec des bureaux à " + ", ".join(city(s, 'fr') for s in others))
            + f". Il relève du {sup['title_fr']} ({sup['cls']}{sn_fr}), dont le bureau se trouve à "
            f"{place(sup['site'], 'fr')}.{eff_fr}")

    # ---- accountability
    b.h("General accountability", "Responsabilité générale")
    b.p(f"The {pos['title_en']} " + rng.choice(T.ACCOUNTABILITY_EN).format(program=pos["program_en"], region=reg_en
                                                                           if pos["type"] != "HQDG" else "regions"),
        f"Le {pos['title_fr']} " + rng.choice(T.ACCOUNTABILITY_FR).format(program=pos["program_fr"].lower(), region=reg_fr
                                                                          if pos["type"] != "HQDG" else "les régions").replace("la les régions", "les régions"))

    # ---- organization
    b.h("Organization structure", "Structure de l'organisation")
    reports = pos["reports"]
    rl = spec["reports_layout"]
    n = len(reports)
    b.p(f"{n} positions report directly to the {pos['title_en']}; they work from {len({r['site'] for r in reports})} locations.",
        f"{n} postes relèvent directement du titulaire; ils sont répartis dans {len({r['site'] for r in reports})} lieux.")
    fte_w = "FTEs" if m == "en" else "ETP"
    if rl == "table":
        head = [b.L("Position", "Poste"), b.L("Group/level", "Groupe/niveau"), b.L("Location", "Lieu"), fte_w]
        rows = [[title(r), r["cls"], place(r["site"], m), "—" if r["fte"] is None else str(r["fte"])] for r in reports]
        b.table(head, rows)
    elif rl == "bullets":
        items = []
        for r in reports:
            f = "" if r["fte"] is None else f" — {r['fte']} {fte_w}"
            items.append(f"{title(r)} ({r['cls']}), {city(r['site'], m)}{f}")
        b.ul(items)
    elif rl == "byregion":
        for r in reports:
            b.blocks.append(("h", place(r["site"], m)))
            f = b.L("no staff of its own", "aucun employé") if r["fte"] is None else f"{r['fte']} {fte_w}"
            b.blocks.append(("p", f"{title(r)} — {r['cls']} — {f}"))
    else:  # prose
        parts_en, parts_fr = [], []
        for r in reports:
            if r["fte"] is None:
                parts_en.append(f"the {r['title_en']} ({r['cls']}), in {r['site'][0]}, who advises the incumbent directly")
                parts_fr.append(f"le {r['title_fr']} ({r['cls']}), à {city(r['site'], 'fr')}, qui conseille directement le titulaire")
            else:
                parts_en.append(f"the {r['title_en']} ({r['cls']}), in {r['site'][0]}, who leads {r['fte']} FTEs")
                parts_fr.append(f"le {r['title_fr']} ({r['cls']}), à {city(r['site'], 'fr')}, qui dirige {r['fte']} ETP")
        b.p("Reporting to the position are " + "; ".join(parts_en[:-1]) + "; and " + parts_en[-1] + ".",
            "Relèvent du titulaire : " + "; ".join(parts_fr[:-1]) + "; et " + parts_fr[-1] + ".")
    b.p(f"In all, the organization has {pos['fte']} full-time equivalents, the position and its office included.",
        f"Au total, l'organisation compte {pos['fte']} équivalents temps plein, y compris le titulaire et son bureau.")
    b.p(f"The {sup['title_en']} is also responsible for {pos['sup_fte']} employees across the country.",
        f"Le {sup['title_fr']} est aussi responsable de {pos['sup_fte']} employés à l'échelle du pays.")

    # ---- nature and scope
    b.h("Nature and scope", "Nature et étendue")
    b.p(rng.choice(T.SCOPE_EN), rng.choice(T.SCOPE_FR))

    # ---- dimensions
    b.h("Dimensions", "Dimensions")
    bs = spec["budget"]
    lines = pos["lines"]
    g0 = [x for x in lines if x["group"] == 0]
    g1 = [x for x in lines if x["group"] == 1]
    gn = pos["groups"]
    unit = b.L("Site / unit", "Site / unité") if pos["type"] != "HQDG" else b.L("Region / unit", "Région / unité")
    if pos["type"] == "PROG":
        unit = b.L("Program", "Programme")

    def nm(x):
        return b.L(x["en"], x["fr"])

    if bs == "subtotals":
        head = [unit, b.L("Salary", "Salaires"), b.L("O&M", "F et E"), "Total"]
        rows = []
        for grp, (gen, gfr) in ((g0, gn[0]), (g1, gn[1])):
            for x in grp:
                rows.append([nm(x), M(x["salary"], "full"), M(x["om"], "full"), M(x["salary"] + x["om"], "full")])
            s, o = sum(x["salary"] for x in grp), sum(x["om"] for x in grp)
            rows.append([b.L(f"Subtotal, {gen.lower()}", f"Sous-total, {gfr.lower()}"), M(s, "full"), M(o, "full"), M(s + o, "full")])
        rows.append([b.L("Grand total", "Total général"), M(pos["salary"], "full"), M(pos["om"], "full"), M(pos["total"], "full")])
        b.p(f"Budget under the position's control, {pos['fy']}:", f"Budget sous le contrôle du titulaire, {pos['fy']} :")
        b.table(head, rows)
        b.p(f"For reference, the {reg_en if pos['type'] != 'HQDG' else 'department'}'s total budget, all programs and "
            f"statutory items included, is {M(pos['region_total'], 'M')}; the national {pos['program_en']} program "
            f"is funded at {M(pos['national'], 'M')}.",
            f"À titre indicatif, le budget total de la {reg_fr if pos['type'] != 'HQDG' else 'ministère'}, tous programmes "
            f"et postes législatifs compris, est de {money(pos['region_total'], 'fr', 'M', sep)}; le programme national "
            f"est doté de {money(pos['national'], 'fr', 'M', sep)}.")
    elif bs == "beside":
        rb = [r10k(rng, (x["salary"] + x["om"]) * 3, (x["salary"] + x["om"]) * 7) for x in lines]
        head = [unit, b.L("Position: salary", "Poste : salaires"), b.L("Position: O&M", "Poste : F et E"),
                b.L("Region's budget, all programs", "Budget de la région, tous programmes")]
        rows = [[nm(x), M(x["salary"], "full"), M(x["om"], "full"), M(r, "full")] for x, r in zip(lines, rb)]
        rows.append([b.L("Total", "Total"), M(pos["salary"], "full"), M(pos["om"], "full"), M(sum(rb), "full")])
        b.table(head, rows)
        b.p(f"The position manages {M(pos['total'])} in all ({M(pos['salary'])} in salaries and {M(pos['om'])} in O&M).",
            f"Le titulaire gère {money(pos['total'], 'fr', mstyle, sep)} au total ({money(pos['salary'], 'fr', mstyle, sep)} "
            f"en salaires et {money(pos['om'], 'fr', mstyle, sep)} en F et E).")
        pos["_region_cols"] = sum(rb)
    elif bs == "lists":
        b.blocks.append(("p", b.L("Salary budget:", "Budget salarial :")))
        b.ul([f"{nm(x)}: {M(x['salary'])}" for x in lines]
             + [b.L(f"Subtotal, salary: {M(pos['salary'])}", f"Sous-total, salaires : {M(pos['salary'])}")])
        b.blocks.append(("p", b.L("Operating and maintenance (O&M):", "Fonctionnement et entretien (F et E) :")))
        b.ul([f"{nm(x)}: {M(x['om'])}" for x in lines]
             + [b.L(f"Subtotal, O&M: {M(pos['om'])}", f"Sous-total, F et E : {M(pos['om'])}")])
        b.p(f"Previous fiscal year ({pos['prev_fy']}): salary {M(pos['prev_salary'])}, O&M {M(pos['prev_om'])}.",
            f"Exercice précédent ({pos['prev_fy']}) : salaires {money(pos['prev_salary'], 'fr', mstyle, sep)}, "
            f"F et E {money(pos['prev_om'], 'fr', mstyle, sep)}.")
    else:  # prose
        first = ", ".join(f"{M(x['salary'] + x['om'], 'M')} for {x['en']}" for x in g0)
        first_fr = ", ".join(f"{money(x['salary'] + x['om'], 'fr', 'M', sep)} pour {x['fr']}" for x in g0)
        tot_en = f", for a total of {M(pos['total'])}" if stated["total"] else ""
        tot_fr = f", soit {money(pos['total'], 'fr', mstyle, sep)} au total" if stated["total"] else ""
        b.p(f"In {pos['prev_fy']} the position managed {M(pos['prev_salary'])} in salaries and {M(pos['prev_om'])} in O&M. "
            f"For {pos['fy']} it manages a salary budget of {M(pos['salary'])} and an O&M budget of {M(pos['om'])}{tot_en}, "
            f"split as follows: {first}, the rest for the regional office. The {reg_en if pos['type'] != 'HQDG' else 'national program'} "
            f"as a whole spends about {M(pos['region_total'], 'M')} a year.",
            f"En {pos['prev_fy']}, le titulaire gérait {money(pos['prev_salary'], 'fr', mstyle, sep)} en salaires et "
            f"{money(pos['prev_om'], 'fr', mstyle, sep)} en F et E. Pour {pos['fy']}, il gère un budget salarial de "
            f"{money(pos['salary'], 'fr', mstyle, sep)} et un budget de F et E de {money(pos['om'], 'fr', mstyle, sep)}{tot_fr}, "
            f"répartis ainsi : {first_fr}, le reste pour le bureau régional. La région dépense en tout environ "
            f"{money(pos['region_total'], 'fr', 'M', sep)} par année.")
    # ---- signatures
    b.h("Signatures", "Signatures")
    b.kv("Incumbent", "Titulaire", pos["incumbent"])
    b.kv("Approved by", "Approuvé par", f"{pos['approver']}, {title(sup)}")
    b.kv("Classified by", "Classifié par", pos["advisor"])
    return b.blocks


# ---------------------------------------------------------------- renderers
def cols(head, rows, gap=3):
    allr = [head] + rows
    w = [max(len(r[i]) for r in allr) for i in range(len(head))]
    return [(" " * gap).join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in allr]


def to_markdown(blocks):
    out, first = [], True
    for k, bl in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else ("end",)
        if bl[0] == "h":
            out.append(("# " if first else "## ") + bl[1])
            first = False
        elif bl[0] == "p":
            out.append(bl[1])
        elif bl[0] == "kv":
            out.append(f"- **{bl[1]}:** {bl[2]}")
            if nxt[0] != "kv":
                out.append("")
            continue
        elif bl[0] == "table":
            out.append("| " + " | ".join(bl[1]) + " |\n|" + "---|" * len(bl[1]) + "\n"
                       + "\n".join("| " + " | ".join(r) + " |" for r in bl[2]))
        elif bl[0] == "ul":
            out.append("\n".join(f"- {i}" for i in bl[1]))
        out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip() + "\n"


def to_lines(blocks, upper=False, bullet="-", width=None):
    out = []
    for bl in blocks:
        if bl[0] == "h":
            out += ["", bl[1].upper() if upper else bl[1], ""]
        elif bl[0] == "p":
            out += wrap(bl[1], width) + [""]
        elif bl[0] == "kv":
            out += wrap(f"{bl[1]}: {bl[2]}", width)
        elif bl[0] == "table":
            out += [""] + cols(bl[1], bl[2]) + [""]
        elif bl[0] == "ul":
            for i in bl[1]:
                out += wrap(f"{bullet} {i}", width)
            out.append("")
    text = "\n".join(out).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.split("\n")


def wrap(s, width):
    if not width:
        return [s]
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def to_docx(blocks, core_title, rng):
    import docx
    doc = docx.Document()
    first = True
    for bl in blocks:
        if bl[0] == "h":
            doc.add_heading(bl[1], level=1 if first else 2)
            first = False
        elif bl[0] == "p":
            doc.add_paragraph(bl[1])
        elif bl[0] == "kv":
            para = doc.add_paragraph()
            para.add_run(bl[1] + ": ").bold = True
            para.add_run(bl[2])
        elif bl[0] == "table":
            t = doc.add_table(rows=1 + len(bl[2]), cols=len(bl[1]))
            t.style = "Table Grid"
            for r, row in enumerate([bl[1]] + bl[2]):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            doc.add_paragraph("")
        elif bl[0] == "ul":
            for i in bl[1]:
                doc.add_paragraph(i, style="List Bullet")
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = core_title, "", ""
    cp.created = cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(blocks, footer):
    lines = to_lines(blocks, upper=True, width=100)
    lines = [l.replace(NNBSP, NBSP) for l in lines]
    pages = [lines[i:i + 62] for i in range(0, len(lines), 62)]
    return pdf_bytes(["\n".join(p + ["", f"{footer}    {k + 1}"]) for k, p in enumerate(pages)])


DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("n", "u"), ("t", "l")]


def damage_word(w, rng, p):
    if "\x00" in w:
        return w
    if any(c.isdigit() for c in w):
        keys = "0158" if p < 0.3 else "015862"
        return "".join(DIG[c] if c in keys and rng.random() < p * 1.6 else c for c in w)
    if len(w) > 3 and rng.random() < p * 0.5:
        a, z = rng.choice(LET)
        if a in w:
            i = w.index(a)
            w = w[:i] + z + w[i + 1:]
    return w


def to_ocr(blocks, rng, strength, header, names):
    p = {"light": 0.12, "middling": 0.25, "heavy": 0.45}[strength]
    raw = to_lines(blocks, upper=True, bullet="*", width=None)
    prot = {}
    for i, nmx in enumerate(sorted(set(names), key=len, reverse=True)):
        prot[f"\x00{i}\x00"] = nmx
    out = []
    for line in raw:
        for k, v in prot.items():
            line = line.replace(v, k.replace(" ", ""))
        if "   " in line:          # a table row: keep columns, damage cells
            out.append("   ".join(" ".join(damage_word(w, rng, p) for w in cell.split(" "))
                                  for cell in line.split("   ")))
            continue
        words = [damage_word(w, rng, p) for w in line.split(" ")]
        joined = ""
        for w in words:
            if joined and rng.random() < p * 0.15 and "\x00" not in w and "\x00" not in joined[-3:]:
                joined += w
            else:
                joined = f"{joined} {w}" if joined else w
        # wrap at 74 with hyphenation of a long word now and then
        cur = ""
        for w in joined.split(" "):
            if cur and len(cur) + 1 + len(w) > 74:
                cut = 74 - len(cur) - 2
                if (len(w) > 8 and 3 <= cut <= len(w) - 3 and rng.random() < 0.5 and "\x00" not in w
                        and not any(c.isdigit() for c in w)):
                    out.append(f"{cur} {w[:cut]}-")
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    pages = [out[i:i + 52] for i in range(0, len(out), 52)]
    text = []
    for k, pg in enumerate(pages):
        text.append(header)
        text.append("")
        text += pg
        text.append("")
        text.append(f"Page {k + 1} of {len(pages)}" if k % 2 == 0 or True else "")
        text.append("\f")
    s = "\n".join(text)
    for k, v in prot.items():
        s = s.replace(k, v)
    return s


# ---------------------------------------------------------------- the corpus
def main():
    rng = random.Random(156)
    namer = Namer(random.Random(1560))
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)

    # kinds and languages of the 43 distinct descriptions (+ a DRAFT/signed pair's second file, + a "(1)" copy)
    plan = ([("docx", "en")] * 4 + [("docx", "fr")] * 2 + [("docx", "bi")] * 2
            + [("pdf", "en")] * 3 + [("pdf", "fr")] * 2 + [("pdf", "bi")] * 2
            + [("ocr", "en")] * 5 + [("ocr", "fr")] * 3 + [("ocr", "bi")] * 2
            + [("text", "en")] * 3 + [("text", "fr")] * 2 + [("text", "bi")] * 2
            + [("text-cp1252", "en")] * 2 + [("text-cp1252", "fr")] * 2 + [("text-cp1252", "bi")] * 1
            + [("markdown", "en")] * 3 + [("markdown", "fr")] * 2 + [("markdown", "bi")] * 1)
    assert len(plan) == 43
    rng.shuffle(plan)
    types = (["RDG"] * 11 + ["RD"] * 14 + ["HQDG"] * 9 + ["PROG"] * 9)
    rng.shuffle(types)
    forms = ["form", "prose"]
    layouts = ["table", "bullets", "prose", "byregion"]
    budgets = ["subtotals", "beside", "lists", "prose"]
    docs = []
    positions = []
    for i, ((kind, lang), ptype) in enumerate(zip(plan, types)):
        di, ri, pi = rng.randrange(len(T.DEPARTMENTS)), rng.randrange(len(T.REGIONS)), rng.randrange(3)
        pos = make_position(rng, ptype, di, ri, pi, namer, i)
        pos["sup_fte"] = pos["fte"] * rng.randrange(3, 8) + rng.randrange(10, 90)
        positions.append((pos, kind, lang))

    # a Director General and one of its Regional Directors, both in the corpus
    dg = next(p for p, k, l in positions if p["type"] == "HQDG" and l == "en")
    rd_i = next(i for i, (p, k, l) in enumerate(positions) if p["type"] == "RD" and l == "fr")
    rep = dg["reports"][0]
    rd = make_position(random.Random(15601), "RD", T.DEPARTMENTS.index(next(d for d in T.DEPARTMENTS if d[0] == dg["dept_en"])),
                       rep["region_i"], [pp[0] for pp in next(d for d in T.DEPARTMENTS if d[0] == dg["dept_en"])[4]].index(dg["program_en"]),
                       namer, rd_i)
    rd["sup"] = {"title_en": dg["title_en"], "title_fr": dg["title_fr"], "cls": dg["cls"], "site": dg["site"], "posnum": dg["posnum"]}
    rep["fte"] = rd["fte"]
    dg["fte"] = sum(r["fte"] or 0 for r in dg["reports"]) + dg["office_fte"]
    rd["sup_fte"] = dg["fte"]
    rd["link"], dg["link"] = dg, rd
    positions[rd_i] = (rd, positions[rd_i][1], "fr")

    seps = [" ", NBSP, NNBSP]
    for i, (pos, kind, lang) in enumerate(positions):
        srng = random.Random(156000 + i)
        stated = {"posnum": srng.random() > 0.12, "job_code": srng.random() > 0.3, "eff": srng.random() > 0.1,
                  "sup_posnum": srng.random() < 0.45, "total": True}
        if "link" in pos and pos["type"] == "RD":
            stated["sup_posnum"] = True
        budget = budgets[i % 4]
        if budget == "lists":
            stated["total"] = False
        elif budget == "prose":
            stated["total"] = srng.random() < 0.6
        spec = {"stated": stated, "budget": budget, "reports_layout": layouts[(i // 2) % 4],
                "mstyle": srng.choice(["full", "M", "K", "full"]), "dstyle": srng.choice(["mdy", "dmy", "iso"]),
                "sep": NBSP if kind in ("pdf", "text-cp1252") and lang == "fr" else srng.choice(seps)}
        if spec["sep"] == NNBSP and kind in ("pdf", "text-cp1252", "docx"):
            spec["sep"] = " "
        form = forms[i % 2] if kind != "markdown" else "form"
        docs.append((pos, kind, lang, form, spec))

    # versions: a DRAFT docx and the signed PDF of one Regional Director General
    vpos = next(p for p, k, l, f, s in docs if p["type"] == "RDG" and l == "en" and k == "docx")
    vpos["_draft"] = True
    outputs = []
    for pos, kind, lang, form, spec in docs:
        outputs.append(render(pos, kind, lang, form, spec, random.Random(7000 + pos["num"])))
    # the signed version: one more report, more money, a later date
    import copy
    v2 = copy.deepcopy(vpos)
    v2["reports"].insert(-1, {"title_en": "Manager, Indigenous Partnerships", "title_fr": "Gestionnaire, Partenariats autochtones",
                              "cls": "PM-06", "fte": 6, "site": v2["site"]})
    v2["lines"].insert(-1, {"en": "Indigenous Partnerships", "fr": "Partenariats autochtones", "group": 1,
                            "salary": 540000, "om": 120000})
    v2["fte"] += 6
    v2["salary"] = sum(x["salary"] for x in v2["lines"])
    v2["om"] = sum(x["om"] for x in v2["lines"])
    v2["total"] = v2["salary"] + v2["om"]
    v2["eff"] = dt.date(vpos["eff"].year + 1, 4, 1)
    vdoc = next(d for d in docs if d[0] is vpos)
    v2spec = dict(vdoc[4], stated=dict(vdoc[4]["stated"], eff=True))
    outputs.append(render(v2, "pdf", "en", vdoc[3], v2spec, random.Random(7999), name_hint="signed"))
    v1name = outputs[docs.index(vdoc)][0]
    # the "(1)" copy of a cp1252 file
    cp = next(o for o in outputs if o[1]["kind"] == "text-cp1252" and o[1]["language"] == "fr")
    dupname = cp[0].replace(".txt", " (1).txt")
    dup = (dupname, dict(cp[1], document=dupname), cp[2])
    outputs.append(dup)
    for o in outputs:
        if o[0] == v1name or o[0] == outputs[-2][0]:
            o[1]["versions"] = {"documents": [v1name, outputs[-2][0]], "newest": outputs[-2][0], "same_text": False,
                                "note": "the signed version adds a Manager, Indigenous Partnerships (PM-06, 6 FTEs) "
                                        "and its budget line (salary +$540,000, O&M +$120,000), and takes effect later"}
        if o[0] in (cp[0], dupname):
            o[1]["versions"] = {"documents": [cp[0], dupname], "newest": dupname, "same_text": True,
                                "note": "the same file saved twice (identical bytes)"}
    for o in outputs:
        p = next((d[0] for d in docs if d[0].get("_file") == o[0]), None)
        if p is not None and "link" in p:
            key = "reports_to_in_corpus" if p["type"] == "RD" else "supervises_in_corpus"
            o[1]["also"][key] = p["link"]["_file"]
    outputs += refusals(namer)
    names = set()
    for name, truth, data in outputs:
        assert name not in names, name
        names.add(name)
        (CORPUS / name).write_bytes(data)
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")


USED = set()


def file_name(pos, kind, lang, rng, hint=None):
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md"}[kind]
    t = pos["title_fr"] if lang == "fr" else pos["title_en"]
    if kind == "ocr":
        return f"scan_{pos['num'] * 37 + 1100:04d}{ext}" if rng.random() < 0.5 else f"{pos['short']} WD {t.split(',')[0]} - OCR {pos['num']}{ext}"
    if hint == "signed":
        USED.add(f"{t} - signed{ext}")
        return f"{t} - signed{ext}"
    if hint == "draft":
        USED.add(f"DRAFT - {t} v2{ext}")
        return f"DRAFT - {t} v2{ext}"
    pat = rng.choice(["{t}{e}", "{t} (work description){e}", "WD - {t} - {y}{e}", "{s} {t} FINAL{e}",
                      "{t} ({n}){e}"] if lang != "fr" else
                     ["{t}{e}", "Description de travail - {t}{e}", "DT {t} {y}{e}", "{t} - version finale{e}"])
    name = pat.format(t=t, e=ext, y=pos["eff"].year, s=pos["short"], n=pos["posnum"])
    if name in USED:
        name = f"{pos['short']} - {t} ({pos['posnum']}){ext}"
    USED.add(name)
    return name


def render(pos, kind, lang, form, spec, rng, name_hint=None):
    blocks = build(pos, lang, form, rng, spec)
    if name_hint is None and pos.get("_draft"):
        name_hint = "draft"
    name = file_name(pos, kind, lang, rng, name_hint)
    names = [pos["incumbent"], pos["approver"], pos["advisor"]]
    also = {"department": pos["dept_en"] if lang != "fr" else pos["dept_fr"], "form": form,
            "budget_layout": spec["budget"], "reports_layout": spec["reports_layout"], "fte": pos["fte"],
            "distractors": [f"region or department total {pos['region_total']}", f"supervisor's {pos['sup_fte']} employees"]}
    if spec["budget"] in ("subtotals",):
        also["distractors"].append(f"national program {pos['national']}")
    if spec["budget"] in ("lists", "prose"):
        also["distractors"].append(f"previous year {pos['prev_fy']}: salary {pos['prev_salary']}, O&M {pos['prev_om']}")
    if spec["budget"] == "beside":
        also["distractors"].append(f"region's budgets beside the position's, total {pos['_region_cols']}")
    also["other_sites"] = [s[0] for s in pos["other_sites"]]
    if lang == "bi":
        also["title_fr"] = pos["title_fr"]
        also["layout"] = "labels and values in both languages, paragraphs English then French"
    if kind == "ocr":
        strength = ["light", "middling", "heavy"][pos["num"] % 3]
        also["damage"] = strength
        hdr = f"{pos['short']}    {'DESCRIPTION DE TRAVAIL' if lang == 'fr' else 'WORK DESCRIPTION'}"
        data = to_ocr(blocks, rng, strength, hdr, names).encode("utf-8")
    elif kind == "markdown":
        data = to_markdown(blocks).encode("utf-8")
    elif kind == "text":
        data = ("\n".join(to_lines(blocks, upper=rng.random() < 0.5, bullet="•")) + "\n").encode("utf-8")
    elif kind == "text-cp1252":
        s = "\r\n".join(to_lines(blocks, bullet="-")).replace("'", "\u2019") + "\r\n"
        data = s.replace(NNBSP, NBSP).encode("cp1252")
    elif kind == "docx":
        data = to_docx(blocks, pos["title_en"], rng)
    else:
        data = to_pdf(blocks, pos["short"] + "  " + ("Description de travail" if lang == "fr" else "Work description"))
    tl = "fr" if lang == "fr" else "en"
    sup = pos["sup"]
    st = spec["stated"]
    fields = {
        "title": pos[f"title_{tl}"], "classification": pos["cls"],
        "job_code": pos["job_code"] if st["job_code"] else None,
        "position_number": pos["posnum"] if st["posnum"] else None,
        "effective_date": pos["eff"] if st["eff"] else None,
        "supervisor": {"position_number": sup["posnum"] if st["sup_posnum"] else None,
                       "title": sup[f"title_{tl}"], "classification": sup["cls"]},
        "direct_reports": [{"title": r[f"title_{tl}"], "classification": r["cls"], "fte": r["fte"]} for r in pos["reports"]],
        "salary": pos["salary"], "o_and_m": pos["om"], "total": pos["total"] if st["total"] else None,
        "location": place(pos["site"], tl),
    }
    not_stated = [k for k, v in (("job_code", st["job_code"]), ("position_number", st["posnum"]),
                                 ("effective_date", st["eff"]), ("supervisor.position_number", st["sup_posnum"]),
                                 ("total", st["total"])) if not v]
    pos["_file"] = name
    truth = {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang, "outcome": "import",
             "fields": fields, "not_stated": not_stated, "also": also, "people": names, "versions": None}
    return name, truth, data


def refusals(namer):
    out = []
    a, b_, c, d, e, f, g = (namer() for _ in range(7))
    memo = (f"MEMORANDUM\r\n\r\nTo: District Directors, Atlantic Region\r\nFrom: {a}, Regional Director General, Atlantic Region\r\n"
            f"Date: March 4, 2024\r\nSubject: Allocation of the 2024\u201325 operating budget\r\n\r\n"
            f"Following the Deputy\u2019s decisions, the Region\u2019s budget for 2024\u201325 is $48.6 million. The "
            f"allocations are: Halifax District $6,420,000 (salary) and $510,000 (O&M); Moncton District $4,980,000 and "
            f"$390,000; Charlottetown District $2,150,000 and $220,000. The regional office keeps $610,000.\r\n\r\n"
            f"Please confirm your staffing plans (FTEs by unit, EX-01 and PM-06 positions) by March 22.\r\n\r\n{a}\r\n")
    out.append(("Memo - 2024-25 budget allocations Atlantic.txt", "text-cp1252", "en", memo.encode("cp1252"), [a],
                "a memo from a Regional Director General allocating a region's budget by district"))
    import docx
    doc = docx.Document()
    doc.add_paragraph("Gatineau, le 12 septembre 2023")
    doc.add_paragraph(f"Madame {b_}\nDirectrice régionale par intérim, Services aux citoyens, Région du Québec\nMontréal (Québec)")
    doc.add_paragraph("Objet : Nomination intérimaire au poste de Directrice régionale (EX-01), poste no 418207")
    doc.add_paragraph(f"Madame, j'ai le plaisir de confirmer votre nomination intérimaire au poste de Directrice régionale, "
                      f"Services aux citoyens, Région du Québec, du 18 septembre 2023 au 17 mars 2024. Vous relèverez du "
                      f"Directeur général, Services aux citoyens, à Gatineau, et dirigerez les 212 ETP des bureaux de Montréal, "
                      f"Québec et Sherbrooke. Le budget de la direction est de 17,4 M$.")
    doc.add_paragraph(f"Veuillez agréer, Madame, l'expression de mes sentiments distingués.\n\n{c}\nDirecteur général, Services aux citoyens")
    cpr = doc.core_properties
    cpr.author = cpr.last_modified_by = ""
    cpr.created = cpr.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cpr.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    out.append(("Lettre - nomination intérimaire DR Québec (signée).docx", "docx", "fr", rezip(buf.getvalue()), [b_, c],
                "a French letter confirming an acting appointment to a regional director position"))
    minutes = (f"Pacific Region Management Committee / Comité de gestion de la Région du Pacifique\n"
               f"Minutes / Procès-verbal — 2023-11-08, Vancouver\n\n"
               f"Present / Présents : {d} (Chair / présidente), {e}, {f}\n\n"
               f"1. Budget. The Region's 2023-24 envelope is $61.2M; the Victoria site is forecasting a $340K O&M pressure.\n"
               f"   Le Comité prend note d'une pression de 340 k$ au site de Victoria.\n"
               f"2. Staffing. Kelowna: 3 of 27 FTEs vacant; the Manager, Fisheries Management, Kelowna (GT-07) retires in March.\n"
               f"3. Work descriptions. The Regional Director's description (EX-01, position 560913) will be updated to add the "
               f"Whitehorse office. Action: {e}.\n\nNext meeting / Prochaine réunion : 2023-12-06\n")
    out.append(("Minutes RMC 2023-11-08 Pacific.txt", "text", "bilingual", minutes.encode("utf-8"), [d, e, f],
                "bilingual minutes of a regional management committee"))
    chart = (f"# Organization chart — Prairies and Northern Region\n\n"
             f"- Regional Director General, Prairies and Northern Region (EX-03) — Winnipeg — {g}\n"
             f"  - District Director, Winnipeg (EX-01) — 64 FTEs\n"
             f"  - District Director, Regina (EX-01) — 41 FTEs\n"
             f"  - District Director, Edmonton (FB-08) — 58 FTEs\n"
             f"  - Manager, Regional Planning and Reporting (AS-07) — 7 FTEs\n\n"
             f"Total: 173 FTEs. Budget 2023-24: $16.9M. Updated 2024-02-01.\n")
    out.append(("Org chart PNR (2024).md", "markdown", "en", chart.encode("utf-8"), [g],
                "an organization chart of a region, as a Markdown list"))
    out.append(("scan_2023-11-14_0931.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a three-page scan without a text layer"))
    res = []
    for name, kind, lang, data, people, what in out:
        res.append((name, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                           "not_stated": None, "also": {"what": what}, "people": people, "versions": None}, data))
    return res


if __name__ == "__main__":
    main()
