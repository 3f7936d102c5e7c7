"""Generate blind191: agency and separate-employer executive work descriptions (issue 12).

Run from the repository root: python bench/import/blind191/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (ACC_EN, ACC_FR, FIRST, LAST, MONTHS_EN, MONTHS_FR, ORGS, PURPOSE_EN,  # noqa: E402
                   PURPOSE_FR, REPORT_AREAS, REPORT_EN, REPORT_FR, SCOPE_EN, SCOPE_FR)

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
FIXED = dt.datetime(2024, 1, 15, 9, 0, 0)

_used_names = set()


def person(r):
    while True:
        n = f"{r.choice(FIRST)} {r.choice(LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ---------------------------------------------------------------- levels and notations
def level_text(org, cls, lang, r):
    """The organization's own way of writing an EX level (and plain for other groups)."""
    if cls is None:
        return None
    if not cls.startswith("EX-"):
        return cls
    n = int(cls[3:])
    if lang == "fr":
        return {"cra": f"Niveau de direction {n} (EX-0{n})", "pca": f"Bande {n} (EX-0{n})",
                "cfia": f"EX-0{n}", "cnsc": f"équivalent EX-0{n}", "nrc": f"EX-0{n} (Direction {n})",
                "cer": f"Bande {n} (EX-0{n})"}[org]
    return {"cra": r.choice([f"EX-0{n} (Executive level {n})", f"Executive level {n} (EX-0{n})"]),
            "pca": f"Band {n} (EX-0{n})", "cfia": f"EX-0{n}", "cnsc": f"EX-0{n} equivalent",
            "nrc": r.choice([f"EX-0{n} (Executive {n})", f"Executive Level {n} / EX-0{n}"]),
            "cer": f"Band {n} (EX-0{n})"}[org]


def date_text(d, lang, r):
    if lang == "fr":
        k = r.randrange(3)
        if k == 0:
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        if k == 1:
            return d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()
    k = r.randrange(5)
    if k == 0:
        return d.isoformat()
    if k == 1:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if k == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if k == 3:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"


def pick_amount_style(lang, r):
    return r.choice(["fr_full", "fr_m", "fr_k"] if lang == "fr" else ["full", "m", "k", "million"])


def round_for(v, style):
    step = {"full": 1000, "fr_full": 1000, "k": 1000, "fr_k": 1000, "million": 1000, "m": 10000, "fr_m": 10000}[style]
    return max(step, int(round(v / step)) * step)


def amount_text(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "k":
        return f"${v // 1000:,}K"
    if style == "m":
        return f"${v / 1e6:.2f}M"
    if style == "million":
        return f"${v / 1e6:.3f} million"
    if style == "fr_full":
        return f"{v:,} $".replace(",", " ")
    if style == "fr_k":
        return f"{v // 1000:,} k$".replace(",", " ")
    return f"{v / 1e6:.2f} M$".replace(".", ",")


# ---------------------------------------------------------------- positions
def title_of(role, area, lang):
    if lang == "fr":
        r = {"Director": "Directeur", "Executive Director": "Directeur exécutif",
             "Director General": "Directeur général"}[role]
        return f"{r}, {area[1]}"
    return f"{role}, {area[0]}"


ORG_UNIT = {"cra": lambda r: f"CPB-{r.choice('ABCDEFG')}{r.choice('DMO')}-{r.randint(1000, 9999)}",
            "pca": lambda r: f"FU-{r.randint(100, 999):04d}",
            "cfia": lambda r: f"{r.randint(1000, 9999)}-{r.choice(['OPS', 'SCI', 'POL'])}",
            "cnsc": lambda r: f"D{r.choice(['NCR', 'WDD', 'UMM', 'RPD'])}-{r.randint(100, 399)}",
            "nrc": lambda r: f"CC {r.randint(10, 99)}{r.randint(100, 999)}",
            "cer": lambda r: f"BU {r.randint(3000, 3999)}"}
POSNUM = {"cra": lambda r: f"{r.randint(100000, 999999):08d}", "pca": lambda r: str(r.randint(10000, 69999)),
          "cfia": lambda r: str(r.randint(100000, 499999)), "cnsc": lambda r: str(r.randint(2000, 9999)),
          "nrc": lambda r: str(r.randint(30000, 89999)), "cer": lambda r: f"{r.randint(1000, 9999)}"}


def make_reports(org, lang_area_pool, r, n):
    o = ORGS[org]
    out = []
    areas = r.sample(REPORT_AREAS, n)
    for a in areas:
        k = r.randrange(len(REPORT_EN))
        out.append(dict(title_en=f"{REPORT_EN[k]}, {a[0]}", title_fr=f"{REPORT_FR[k]}, {a[1]}",
                        classification=r.choice(o["groups"]), fte=r.randint(3, 45)))
    return out


def build_positions():
    positions = []
    for oi, org in enumerate(ORGS):
        o = ORGS[org]
        r = random.Random(191000 + oi)
        areas = list(o["areas"])
        r.shuffle(areas)
        dg = dict(org=org, role="Director General", cls="EX-03", area=o["dg_area"])
        dirs = []
        for j in range(6):
            role = "Executive Director" if j in (1, 4) else "Director"
            dirs.append(dict(org=org, role=role, cls="EX-02" if role == "Executive Director" else "EX-01", area=areas[j]))
        for p in [dg] + dirs:
            rr = random.Random(191100 + len(positions))
            p["rng_seed"] = 191500 + len(positions)
            p["posnum"] = None if rr.random() < 0.08 else POSNUM[org](rr)
            p["job_code"] = None if rr.random() < 0.35 else str(rr.randint(100000, 109999))
            p["org_unit"] = ORG_UNIT[org](rr)
            p["date"] = None if rr.random() < 0.15 else dt.date(rr.randint(2016, 2024), rr.randint(1, 12), rr.choice([1, 1, 1, 15, 18, 27]))
            p["loc"] = o["locs"][0] if p is dg or rr.random() < 0.4 else rr.choice(o["locs"])
            if p is not dg:
                p["reports"] = make_reports(org, None, rr, rr.randint(2, 6))
            p["approver"] = person(rr)
            p["classifier"] = person(rr) if rr.random() < 0.6 else None
            p["incumbent"] = person(rr) if rr.random() < 0.35 else None
            positions.append(p)
        # supervisors: first three directors report to the DG in the corpus
        rr = random.Random(191900 + oi)
        dg["sup"] = dict(title=o["boss"][0], title_fr=o["boss"][1], cls=o["boss"][2], posnum=None if rr.random() < 0.5 else POSNUM[org](rr), doc=None)
        extra = []
        for j, d in enumerate(dirs):
            if j < 3:
                d["sup"] = dict(title=title_of("Director General", o["dg_area"], "en"), title_fr=title_of("Director General", o["dg_area"], "fr"),
                                cls="EX-03", posnum=dg["posnum"], dg=dg)
            else:
                other = rr.choice([("Strategic Services", "Services stratégiques"), ("Regional Operations", "Opérations régionales"), ("Program Integrity", "Intégrité des programmes")])
                d["sup"] = dict(title=title_of("Director General", other, "en"), title_fr=title_of("Director General", other, "fr"),
                                cls="EX-03", posnum=None if rr.random() < 0.4 else POSNUM[org](rr), dg=None)
        dg_reports = []
        for d in dirs[:3]:
            dg_reports.append(dict(title_en=title_of(d["role"], d["area"], "en"), title_fr=title_of(d["role"], d["area"], "fr"),
                                   classification=d["cls"], fte=sum(x["fte"] for x in d["reports"]) + 1, pos=d))
        for a in [areas[6]]:
            dg_reports.append(dict(title_en=f"Director, {a[0]}", title_fr=f"Directeur, {a[1]}", classification="EX-01", fte=rr.randint(20, 60)))
        dg_reports.append(dict(title_en="Senior Advisor to the Director General", title_fr="Conseiller principal du directeur général",
                               classification=rr.choice(o["groups"][:3]), fte=1))
        dg["reports"] = dg_reports
    return positions


# ---------------------------------------------------------------- document model
LABELS = {
    "cra": dict(title="Job Title", level="Band", pos="Position ID", job="Job Code", unit="Org. Unit",
                date="Effective Date", loc="Work Location", sup="Reporting To", supnum="Supervisor Position ID",
                team="Team Size", budget="Budget Responsibility"),
    "pca": dict(title="Role", level="Pay Band", pos="Position Number", job="Generic Job No.", unit="Field Unit / Org Code",
                date="Date Effective", loc="Location", sup="Reports To", supnum="Supervisor's Position Number",
                team="Number of Employees (FTEs)", budget="Budget Responsibility"),
    "cfia": dict(title="Position Title", level="Group and Level", pos="Position No.", job="Job Code",
                 unit="Organizational Unit Code", date="Effective Date", loc="Location", sup="Supervisor Title",
                 supnum="Supervisor Position No.", team="FTEs", budget="Budget"),
    "cnsc": dict(title="Role", level="Level", pos="Position #", job="Job #", unit="Division Code", date="Effective",
                 loc="Office", sup="Reporting To", supnum="Supervisor Position #", team="Team Size",
                 budget="Budget Responsibility"),
    "nrc": dict(title="Job Title", level="Grade", pos="Position No.", job="Job Code", unit="Cost Centre",
                date="Effective Date", loc="Location", sup="Reporting To", supnum="Supervisor Position No.",
                team="Team Size", budget="Budget"),
    "cer": dict(title="Job Title", level="Band", pos="Position Number", job="Job Code", unit="Business Unit Code",
                date="Effective Date", loc="Location", sup="Reporting To", supnum="Supervisor's Position Number",
                team="Team Size", budget="Budget Responsibility"),
}
LABELS_FR = dict(title="Titre du poste", level="Niveau", pos="Numéro du poste", job="Code d'emploi",
                 unit="Code de l'unité organisationnelle", date="Date d'entrée en vigueur", loc="Lieu de travail",
                 sup="Relève de", supnum="Numéro du poste du superviseur", team="Taille de l'équipe (ETP)",
                 budget="Responsabilité budgétaire")
HEAD_EN = dict(form="EXECUTIVE WORK DESCRIPTION", summary="Role Summary", scope="Nature and Scope",
               org="Organization and Reporting Relationships", dims="Dimensions", acc="Key Accountabilities",
               sig="Signatures")
HEAD_FR = dict(form="DESCRIPTION DE TRAVAIL - DIRECTION", summary="Résumé du rôle", scope="Nature et étendue",
               org="Structure organisationnelle", dims="Dimensions", acc="Responsabilités principales",
               sig="Signatures")
FORM_NAMES = {"cra": ("CRA Executive Job Description (Form EXJD-3)", "Description d'emploi de cadre de l'ARC (formulaire EXJD-3)"),
              "pca": ("Parks Canada Executive Role Profile", "Profil de rôle de cadre de Parcs Canada"),
              "cfia": ("CFIA Executive Work Description", "Description de travail de cadre de l'ACIA"),
              "cnsc": ("CNSC Executive Role Description", "Description de rôle de cadre de la CCSN"),
              "nrc": ("NRC Executive Job Description", "Description d'emploi de cadre du CNRC"),
              "cer": ("CER Executive Job Profile", "Profil d'emploi de cadre de la REC")}


def model(p, lang, r, variant=None):
    """Blocks of one work description and its truth."""
    org, o = p["org"], ORGS[p["org"]]
    L = LABELS_FR if lang == "fr" else dict(LABELS[org])
    H = HEAD_FR if lang == "fr" else HEAD_EN
    if lang == "bilingual":
        L = {k: f"{v} / {LABELS_FR[k]}" for k, v in L.items()}
        H = {k: f"{v} / {HEAD_FR[k]}" for k, v in H.items()}
    tl = "fr" if lang == "fr" else "en"
    title = title_of(p["role"], p["area"], tl)
    title_fr = title_of(p["role"], p["area"], "fr")
    blocks, also, notstated = [], {}, []
    fname = FORM_NAMES[org][1 if lang == "fr" else 0]
    blocks.append(("h1", fname if lang != "bilingual" else f"{FORM_NAMES[org][0]} / {FORM_NAMES[org][1]}"))
    blocks.append(("p", (o["fr"] if lang == "fr" else o["en"]) + ("" if lang != "bilingual" else f" / {o['fr']}")))
    if variant == "draft":
        blocks.append(("p", "DRAFT - for discussion with the Executive Classification Unit - not approved"))
    lv = level_text(org, p["cls"], "fr" if lang == "fr" else "en", r)
    also["classification_as_printed"] = lv
    kv = []
    if lang == "bilingual" and r.random() < 0.5:
        kv.append((L["title"], f"{title} / {title_fr}"))
    elif lang == "bilingual":
        kv.append((L["title"], title))
        kv.append(("", title_fr))
    else:
        kv.append((L["title"], title))
    if lang == "bilingual":
        also["title_fr"] = title_fr
    kv.append((L["level"], lv))
    if p["posnum"]:
        kv.append((L["pos"], p["posnum"]))
    else:
        if r.random() < 0.5:
            kv.append((L["pos"], "To be assigned" if lang != "fr" else "À déterminer"))
        notstated.append("position_number")
    if p["job_code"]:
        kv.append((L["job"], p["job_code"]))
    else:
        notstated.append("job_code")
    kv.append((L["unit"], p["org_unit"]))
    also["org_unit_code"] = p["org_unit"]
    date = None if variant == "draft" else p["date"]
    if date:
        kv.append((L["date"], date_text(date, "fr" if lang == "fr" else "en", r)))
    else:
        if r.random() < 0.5:
            kv.append((L["date"], ""))
        notstated.append("effective_date")
    loc = p["loc"][1] if lang == "fr" else p["loc"][0]
    kv.append((L["loc"], loc))
    # supervisor
    s = p["sup"]
    stitle = s["title_fr"] if lang == "fr" else s["title"]
    slv = level_text(org, s["cls"], "fr" if lang == "fr" else "en", r) if s["cls"] else None
    show_cls = slv is not None and r.random() < 0.85
    show_num = s["posnum"] is not None and r.random() < 0.8
    sup_style = r.choice(["line", "line", "three", "sentence"]) if org != "cfia" else "three"
    sentence_sup = None
    if sup_style == "line":
        kv.append((L["sup"], stitle + (f" ({slv})" if show_cls else "")))
        if show_num:
            kv.append((L["supnum"], s["posnum"]))
    elif sup_style == "three":
        kv.append((L["sup"], stitle))
        if show_cls:
            kv.append(("Supervisor Group and Level" if lang == "en" else ("Niveau du superviseur" if lang == "fr" else "Supervisor Level / Niveau du superviseur"), slv))
        if show_num:
            kv.append((L["supnum"], s["posnum"]))
    else:
        bits = [x for x in [slv if show_cls else None, (f"position {s['posnum']}" if lang != "fr" else f"poste {s['posnum']}") if show_num else None] if x]
        paren = f" ({', '.join(bits)})" if bits else ""
        sentence_sup = (f"Le titulaire relève du {stitle}{paren}." if lang == "fr" else
                        f"The {title} reports to the {stitle}{paren}.")
    supervisor = dict(position_number=s["posnum"] if show_num else None, title=stitle, classification=s["cls"] if show_cls else None)
    if not show_num:
        notstated.append("supervisor.position_number")
    if not show_cls:
        notstated.append("supervisor.classification")
    if s.get("dg") is not None:
        also["reports_to_in_corpus"] = s["dg"].get("doc")
    # reports and money
    reps = [dict(x) for x in p["reports"]]
    if variant == "draft":
        reps = reps[:-1] if len(reps) > 2 else reps
    fte_known = r.random() < 0.8
    team = sum(x["fte"] for x in reps) + 1
    kv.append((L["team"], f"{team} FTEs" if lang == "en" else (f"{team} ETP" if lang == "fr" else f"{team} FTEs / ETP")))
    also["fte"] = team
    style = pick_amount_style("fr" if lang == "fr" else "en", r)
    sal = round_for(team * r.randint(88000, 104000) * (1.12 if variant == "draft" else 1), style)
    om = round_for(r.randint(60000, 2400000) * (0.8 if variant == "draft" else 1), style)
    total_stated = r.random() < 0.7
    blocks.append(("kv", kv))
    # prose
    orgname = o["fr"] if lang == "fr" else o["en"]
    area = p["area"][1] if lang == "fr" else p["area"][0]
    blocks.append(("h2", H["summary"]))
    if lang == "fr":
        blocks.append(("p", PURPOSE_FR.format(area=area, org=orgname)))
    else:
        blocks.append(("p", PURPOSE_EN.format(area=area, org=orgname)))
        if lang == "bilingual":
            blocks.append(("p", PURPOSE_FR.format(area=p["area"][1], org=o["fr"])))
    blocks.append(("h2", H["scope"]))
    sc = SCOPE_FR if lang == "fr" else SCOPE_EN
    blocks.append(("p", " ".join(r.sample(sc, 3))))
    blocks.append(("h2", H["org"]))
    if sentence_sup:
        blocks.append(("p", sentence_sup))
    rtitle = lambda x: x["title_fr"] if lang == "fr" else x["title_en"]  # noqa: E731
    rstyle = r.choice(["table", "table", "bullets", "sentence"])
    show_fte = [fte_known or r.random() < 0.3 for _ in reps]
    if rstyle == "table":
        hdr = ["Poste", "Niveau", "ETP"] if lang == "fr" else ["Position", "Group/Level", "FTEs"]
        blocks.append(("p", "Postes relevant directement du titulaire :" if lang == "fr" else "Direct reports:"))
        blocks.append(("table", hdr, [[rtitle(x), level_text(org, x["classification"], "fr" if lang == "fr" else "en", r),
                                       str(x["fte"]) if sf else ""] for x, sf in zip(reps, show_fte)]))
    elif rstyle == "bullets":
        blocks.append(("p", "Relèvent du titulaire :" if lang == "fr" else "The following positions report directly to the incumbent:"))
        items = []
        for x, sf in zip(reps, show_fte):
            lvx = level_text(org, x["classification"], "fr" if lang == "fr" else "en", r)
            items.append(f"{rtitle(x)} ({lvx})" + ((f" – {x['fte']} ETP" if lang == "fr" else f" – {x['fte']} FTEs") if sf else ""))
        blocks.append(("bullets", items))
    else:
        parts = []
        for x, sf in zip(reps, show_fte):
            lvx = level_text(org, x["classification"], "fr" if lang == "fr" else "en", r)
            parts.append(f"{rtitle(x)} ({lvx}" + ((f", {x['fte']} ETP)" if lang == "fr" else f", {x['fte']} FTEs)") if sf else ")"))
        if lang == "fr":
            blocks.append(("p", f"{len(reps)} postes relèvent directement du titulaire : " + "; ".join(parts) + "."))
        else:
            blocks.append(("p", f"The position has {len(reps)} direct reports: the " + "; the ".join(parts) + "."))
    truth_reports = [dict(title=rtitle(x), classification=x["classification"], fte=x["fte"] if sf else None) for x, sf in zip(reps, show_fte)]
    # dimensions
    blocks.append(("h2", H["dims"]))
    dl = []
    if lang == "fr":
        dl.append(f"{L['budget']} :")
        dl.append(f"Salaires : {amount_text(sal, style)}")
        dl.append(f"F et E : {amount_text(om, style)}")
        if total_stated:
            dl.append(f"Total : {amount_text(sal + om, style)}")
    else:
        dl.append(f"{L['budget']}:")
        dl.append(f"Salary: {amount_text(sal, style)}" if lang == "en" else f"Salary / Salaires: {amount_text(sal, style)}")
        dl.append(f"O&M: {amount_text(om, style)}" if lang == "en" else f"O&M / F et E: {amount_text(om, style)}")
        if total_stated:
            dl.append(f"Total: {amount_text(sal + om, style)}")
    dist = r.random()
    if dist < 0.3:
        v = round_for(r.randint(50, 900) * 1000000, style)
        if org == "cra":
            dl.append((f"Recettes administrées (non comprises dans le budget) : {amount_text(v, style)}" if lang == "fr" else
                       f"Revenues administered (not part of the budget): {amount_text(v, style)}"))
        else:
            dl.append((f"Subventions et contributions (gérées par la vice-présidence) : {amount_text(v // 10, style)}" if lang == "fr" else
                       f"Grants and contributions (managed by the Vice-President): {amount_text(round_for(v // 10, style), style)}"))
        also["distractor_amount_not_taken"] = True
    elif dist < 0.45 and lang != "fr":
        prev = round_for(sal * 0.93, style)
        dl.append(f"Previous fiscal year salary budget: {amount_text(prev, style)}")
        also["former_salary_not_taken"] = prev
    blocks.append(("lines", dl))
    if not total_stated:
        notstated.append("total")
    blocks.append(("h2", H["acc"]))
    acc = ACC_FR if lang == "fr" else ACC_EN
    blocks.append(("numbered", r.sample(acc, 5)))
    # signatures
    people = []
    blocks.append(("h2", H["sig"]))
    sig = []
    sdate = date_text(dt.date(2015 + r.randint(1, 9), r.randint(1, 12), r.randint(13, 28)), "fr" if lang == "fr" else "en", r)
    if p["incumbent"] and variant != "draft":
        sig.append(("Titulaire" if lang == "fr" else "Incumbent") + f": {p['incumbent']}")
        people.append(p["incumbent"])
    if p["classifier"]:
        sig.append(("Classifié par" if lang == "fr" else "Classified by") + f": {p['classifier']}, " +
                   ("Conseiller en classification des cadres" if lang == "fr" else "Executive Classification Advisor"))
        people.append(p["classifier"])
    if variant != "draft":
        sig.append(("Approuvé par" if lang == "fr" else "Approved by") + f": {p['approver']}, {stitle}   " +
                   ("Date de signature" if lang == "fr" else "Signed") + f": {sdate}")
        people.append(p["approver"])
    blocks.append(("lines", sig))
    truth = dict(title=title, classification=p["cls"], job_code=p["job_code"], position_number=p["posnum"],
                 effective_date=date, supervisor=supervisor, direct_reports=truth_reports,
                 salary=sal, o_and_m=om, total=(sal + om) if total_stated else None, location=loc)
    also["department"] = o["fr"] if lang == "fr" else o["en"]
    also["form"] = fname
    also["supervisor_layout"] = sup_style
    also["reports_layout"] = rstyle
    return blocks, truth, notstated, also, people


# ---------------------------------------------------------------- renderers
def curly(s):
    return s.replace("'", "\u2019")


def to_lines(blocks, width=78, md=False, col=None):
    out = []
    for b in blocks:
        t = b[0]
        if t == "h1":
            out += ([f"# {b[1]}"] if md else [b[1].upper()]) + [""]
        elif t == "h2":
            out += ([f"## {b[1]}"] if md else [b[1].upper()]) + [""]
        elif t == "p":
            out += (textwrap.wrap(b[1], width) if not md else [b[1]]) + [""]
        elif t == "kv":
            for k, v in b[1]:
                if md:
                    out.append(f"**{k}:** {v}" if k else f"{v}")
                    out.append("")
                elif col:
                    out.append(f"{(k + ':') if k else '':<{col}}{v}")
                else:
                    out.append(f"{k}: {v}" if k else f"    {v}")
            out.append("")
        elif t == "bullets":
            out += [f"- {x}" if md else f"  * {x}" for x in b[1]] + [""]
        elif t == "numbered":
            for i, x in enumerate(b[1], 1):
                out += textwrap.wrap(f"{i}. {x}", width, subsequent_indent="   ") if not md else [f"{i}. {x}"]
            out.append("")
        elif t == "lines":
            out += b[1] + [""]
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md:
                out.append("| " + " | ".join(hdr) + " |")
                out.append("|" + "|".join("---" for _ in hdr) + "|")
                out += ["| " + " | ".join(rw) + " |" for rw in rows]
            else:
                w = [max(len(x) for x in [h] + [rw[i] for rw in rows]) + 3 for i, h in enumerate(hdr)]
                out.append("".join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip())
                out.append("".join(("-" * (w[i] - 3)).ljust(w[i]) for i in range(len(hdr))).rstrip())
                out += ["".join(c.ljust(w[i]) for i, c in enumerate(rw)).rstrip() for rw in rows]
            out.append("")
    return out


DIG = {"0": "O", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}


def damage(lines, p, r, header, npage=44):
    """OCR damage: digit/letter confusions, words run together, hyphenated ends, headers and footers."""
    text, carry = [], ""
    for li, ln in enumerate(lines):
        if carry:
            ln = carry + " " + ln.lstrip()
            carry = ""
        words = ln.split(" ")
        if len(ln) > 58 and not ln.startswith(" ") and ":" not in ln and "   " not in ln and len(words) > 3 and len(words[-1]) > 7 \
                and words[-1].isalpha() and li + 1 < len(lines) and lines[li + 1].strip() \
                and r.random() < 0.5:
            w = words[-1]
            h = len(w) // 2
            text.append(" ".join(words[:-1]) + " " + w[:h] + "-")
            carry = w[h:]
            continue
        text.append(ln)
    out = []
    for ln in text:
        s = []
        for i, c in enumerate(ln):
            q = r.random()
            if c in DIG and q < p:
                s.append(r.choice(DIG[c]))
            elif c == "m" and q < p / 3:
                s.append("rn")
            elif c == "e" and q < p / 4:
                s.append("c")
            elif c in "éèêà" and q < p * 1.5:
                s.append({"é": "e", "è": "e", "ê": "e", "à": "a"}[c])
            elif c == " " and q < p / 3 and 0 < i < len(ln) - 1 and ln[i - 1] != " " and ln[i + 1] != " ":
                continue
            else:
                s.append(c)
        out.append("".join(s))
    pages = [out[i:i + npage] for i in range(0, len(out), npage)]
    res = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            res += [header, ""]
        res += pg
        foot = f"Page {n} of {len(pages)}"
        foot = "".join(r.choice(DIG[c]) if c in DIG and r.random() < p else c for c in foot)
        res += ["", foot.rjust(70), "\f" if n < len(pages) else ""]
    return "\n".join(res).replace("\n\f\n", "\n\f")


def columns(blocks, r):
    left, right = [], []
    for b in blocks:
        if b[0] in ("kv",):
            for k, v in b[1]:
                right.append(f"{k}: {v}" if k else v)
        elif b[0] == "table":
            right.append("DIRECT REPORTS")
            right += [" - ".join(x for x in rw if x) for rw in b[2]]
        elif b[0] == "lines" and b[1] and ":" in b[1][0] and ("Budget" in b[1][0] or "budg" in b[1][0]):
            right += b[1]
        else:
            left += to_lines([b], width=46)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    return [(a.ljust(50) + b).rstrip() for a, b in zip(left, right)]


def write_docx(path, blocks, r, tables_for_kv):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = "Executive Classification", "Executive Classification"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    for b in blocks:
        t = b[0]
        if t == "h1":
            d.add_heading(b[1], level=1)
        elif t == "h2":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if tables_for_kv:
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text, cells[1].text = k, v
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    if k:
                        para.add_run(k + ": ").bold = True
                    para.add_run(v)
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "numbered":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "lines":
            for x in b[1]:
                d.add_paragraph(x)
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
            for rw in b[2]:
                cells = tb.add_row().cells
                for i, c in enumerate(rw):
                    cells[i].text = c
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(rezip(buf.getvalue()))


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def pdf_pages(lines, footer_fmt, per=62):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    return [("\n".join(pg + ["", footer_fmt.format(n=n, m=len(pages))])) for n, pg in enumerate(pages, 1)]


# ---------------------------------------------------------------- main
def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir(parents=True)
    EXPECTED.mkdir(parents=True)
    positions = build_positions()
    r0 = random.Random(1910)
    kinds = ["docx"] * 9 + ["pdf"] * 7 + ["ocr"] * 9 + ["ocr-columns"] * 2 + ["text"] * 5 + ["text-cp1252"] * 5 + ["markdown"] * 5
    r0.shuffle(kinds)
    langs = ["fr"] * 6 + ["bilingual"] * 6 + ["en"] * 30
    r0.shuffle(langs)
    for p, k, lg in zip(positions, kinds, langs):
        p["kind"], p["lang"] = k, ("en" if k == "ocr-columns" else lg)
    # file names first (so reports_to_in_corpus can name the DG's file)
    for i, p in enumerate(positions):
        r = random.Random(191300 + i)
        lang = p["lang"]
        t = title_of(p["role"], p["area"], "fr" if lang == "fr" else "en")
        abbr = ORGS[p["org"]]["abbr"]
        num = p["posnum"] or "NEW"
        ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "ocr-columns": ".txt", "text": ".txt",
               "text-cp1252": ".txt", "markdown": ".md"}[p["kind"]]
        if p["kind"] in ("ocr", "ocr-columns"):
            name = r.choice([f"SCAN_{r.randint(1000, 9999)}", f"scan {abbr} {num} OCR", f"img{r.randint(100, 999)}_ocr",
                             f"{abbr} EX scan {num}"])
        elif lang == "fr":
            name = r.choice([f"DT {t}", f"Description de travail - {t}", f"{abbr} {num} - {t} - signée"])
        else:
            name = r.choice([f"{abbr} {t} - {num}", f"Job Description - {t}", f"{t} ({p['cls']}) - signed",
                             f"{num}_{abbr}_EWD", f"{t} - FINAL", f"Role Profile - {t} (1)" if p["kind"] == "docx" else f"{t}"])
        p["doc"] = name.replace("/", "-") + ext
    names = [p["doc"] for p in positions]
    assert len(set(names)) == len(names), names
    for p in positions:
        if p["sup"].get("dg") is not None:
            p["sup"]["dg"]["doc"] = p["sup"]["dg"]["doc"]
    docs = []  # (position, variant, filename, kind, lang)
    for p in positions:
        docs.append((p, None, p["doc"], p["kind"], p["lang"]))
    # versions
    vr = random.Random(191700)
    draft_p = next(p for p in positions if p["kind"] == "docx" and p["lang"] == "en" and p["role"] != "Director General")
    draft_name = draft_p["doc"].rsplit(".", 1)[0].replace(" - signed", "").replace(" - FINAL", "") + " DRAFT v2.docx"
    docs.append((draft_p, "draft", draft_name, "docx", "en"))
    copy_p = next(p for p in positions if p["kind"] == "pdf" and p["lang"] == "en")
    copy_name = copy_p["doc"][:-4] + " (1).pdf"
    old_p = next(p for p in positions if p["kind"] in ("text", "pdf", "markdown") and p["role"] == "Executive Director" and p["posnum"] and p["date"])
    old_name = f"OLD {old_p['posnum']} Director - superseded.txt"
    docs.append((old_p, "old", old_name, "ocr", "en"))
    versions = {}
    expected = {}
    dmg_levels = {}
    for i, (p, variant, fname, kind, lang) in enumerate(docs):
        r = random.Random(p["rng_seed"] + (0 if variant is None else 77))
        q = p
        if variant == "old":
            q = dict(p)
            q["role"], q["cls"] = "Director", "EX-01"
            q["date"] = p["date"].replace(year=p["date"].year - 3)
            q["reports"] = [dict(x, fte=max(2, x["fte"] - 4)) for x in p["reports"][:max(2, len(p["reports"]) - 1)]]
            q["incumbent"] = None
        blocks, truth, notstated, also, people = model(q, lang, r, variant if variant == "draft" else None)
        out = CORPUS / fname
        header = f"{ORGS[p['org']]['abbr']} - {truth['title']}"
        if kind == "docx":
            write_docx(out, blocks, r, tables_for_kv=r.random() < 0.5)
        elif kind == "pdf":
            lines = to_lines(blocks, width=92)
            ft = "Page {n} de {m}" if lang == "fr" else "Page {n} of {m}"
            out.write_bytes(pdf_bytes(pdf_pages(lines, ft)))
        elif kind == "markdown":
            out.write_text("\n".join(to_lines(blocks, md=True)).rstrip() + "\n", encoding="utf-8")
        elif kind == "text":
            out.write_text("\n".join(to_lines(blocks, width=76, col=r.choice([None, 34]))).rstrip() + "\n", encoding="utf-8")
        elif kind == "text-cp1252":
            txt = "\n".join(to_lines(blocks, width=80, col=r.choice([None, 30]))).rstrip() + "\n"
            out.write_bytes(curly(txt).replace("\n", "\r\n").encode("cp1252"))
        elif kind in ("ocr", "ocr-columns"):
            strength = r.choice(["light", "medium", "medium", "heavy"]) if variant != "old" else "heavy"
            pr = {"light": 0.05, "medium": 0.14, "heavy": 0.3}[strength]
            lines = columns(blocks, r) if kind == "ocr-columns" else to_lines(blocks, width=72, col=r.choice([None, 28]))
            out.write_text(damage(lines, pr, r, header) + "\n", encoding="utf-8")
            also["damage"] = strength
        if truth["direct_reports"] == []:
            truth["direct_reports"] = None
        if also.get("reports_to_in_corpus") is None:
            also.pop("reports_to_in_corpus", None)
        if variant == "old":
            also["note"] = "the position three years before its reclassification to Executive Director (EX-02)"
        expected[fname] = dict(document=fname, kind=kind, language=lang, outcome="import", fields=truth,
                               not_stated=notstated or None, also=also, people=sorted(set(people)), versions=None)
    # version records
    vd = dict(documents=[draft_name, draft_p["doc"]], newest=draft_p["doc"], same_text=False,
              note="the draft has no effective date, no signatures of approval, one direct report fewer and other salary and O&M")
    expected[draft_name]["versions"] = vd
    expected[draft_p["doc"]]["versions"] = vd
    vo = dict(documents=[old_name, old_p["doc"]], newest=old_p["doc"], same_text=False,
              note="older scan: Director at EX-01 three years earlier with fewer FTEs and a lower budget; same position number")
    expected[old_name]["versions"] = vo
    expected[old_p["doc"]]["versions"] = vo
    shutil.copyfile(CORPUS / copy_p["doc"], CORPUS / copy_name)
    e = dict(expected[copy_p["doc"]])
    e["document"] = copy_name
    vc = dict(documents=[copy_p["doc"], copy_name], newest=copy_p["doc"], same_text=True, note="a copy with the same bytes")
    e["versions"] = vc
    expected[copy_p["doc"]]["versions"] = vc
    expected[copy_name] = e
    refuse(expected)
    for fname, e in expected.items():
        (EXPECTED / f"{fname}.expected.yaml").write_text(
            yaml.safe_dump(e, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def refuse(expected):
    r = random.Random(191800)
    def add(fname, kind, lang, people, note):
        expected[fname] = dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                               also=dict(what=note), people=people, versions=None)
    # 1 memo, cp1252 bilingual
    a, b = person(r), person(r)
    memo = (f"MEMORANDUM / NOTE DE SERVICE\n\nTO / DESTINATAIRE: {a}, Director General, Compliance Operations\n"
            f"FROM / EXPÉDITEUR: {b}, Manager, Executive Classification\nDATE: March 14, 2023\n\n"
            "SUBJECT / OBJET: Request to reclassify position 00482913 from Band 1 (EX-01) to Band 2 (EX-02)\n\n"
            "The Executive Classification Committee reviewed the request on March 9. The Director, Offshore "
            "Compliance leads a team of 64 FTEs with a salary budget of $6.1M and O&M of $420K. The Committee "
            "found that the proposed changes do not yet support a Band 2 level; the position remains at EX-01 "
            "equivalent.\n\nLe Comité a conclu que le poste demeure au niveau EX-01.\n\n" + b + "\n")
    (CORPUS / "Memo - reclassification request Band 2 - decision.txt").write_bytes(curly(memo).replace("\n", "\r\n").encode("cp1252"))
    add("Memo - reclassification request Band 2 - decision.txt", "text-cp1252", "bilingual", [a, b],
        "memorandum refusing a reclassification (names a position, its FTEs and budget)")
    # 2 letter docx, French
    c, d_ = person(r), person(r)
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Ressources humaines"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    for line in ["Agence Parcs Canada", "Gatineau (Québec)", "Le 3 octobre 2022", "", f"Madame {c},",
                 "Objet : Nomination intérimaire - Directrice, Expérience du visiteur (Bande 1, EX-01)",
                 "J'ai le plaisir de confirmer votre nomination intérimaire au poste de Directrice, Expérience du "
                 "visiteur (poste 41877), du 11 octobre 2022 au 31 mars 2023. Votre rémunération sera établie "
                 "conformément aux conditions d'emploi des cadres de l'Agence.",
                 "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", d_,
                 "Vice-président, Opérations"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    (CORPUS / "Lettre nomination intérimaire - signée.docx").write_bytes(rezip(buf.getvalue()))
    add("Lettre nomination intérimaire - signée.docx", "docx", "fr", [c, d_], "letter confirming an acting appointment")
    # 3 minutes, OCR
    e1, e2, e3 = person(r), person(r), person(r)
    mins = ["CANADIAN NUCLEAR SAFETY COMMISSION", "EXECUTIVE RESOURCING COMMITTEE - MINUTES", "Meeting of 2021-11-18",
            "", f"Present: {e1} (Chair), {e2}, {e3}", "", "1. Role Description - Director, Radiation Protection",
            "   Evaluated at 1,056 Hay points; confirmed at EX-01 equivalent. Team of 38; budget $4.2M.",
            "2. Role Description - Director General, Regulatory Operations", "   Deferred pending the org. design of DNCR-210.",
            "3. Next meeting: 2022-01-20", "", f"Recorded by {e3}"]
    (CORPUS / "ERC minutes 2021-11-18 scan.txt").write_text(damage(mins, 0.12, r, "ERC minutes") + "\n", encoding="utf-8")
    add("ERC minutes 2021-11-18 scan.txt", "ocr", "en", [e1, e2, e3], "minutes of an executive resourcing committee")
    # 4 org chart, markdown
    chart = ["# Organization chart - Laboratory Directorate (CFIA)", "", "```",
             "              +------------------------------------------+",
             "              | Director General, Laboratory Directorate |",
             "              |            EX-03   pos. 218844           |",
             "              +---------------------+--------------------+",
             "                 +------------------+-----------------+",
             "   +-------------+-----------+      +-----------------+--------+",
             "   | Director, Animal Health |      | Director, Food Safety    |",
             "   | Laboratories   EX-01    |      | Science    EX-01         |",
             "   +-------------------------+      +--------------------------+", "```", "",
             "Org codes: 4410-SCI, 4411-SCI, 4412-SCI. Updated April 2023.", ""]
    (CORPUS / "org chart Lab Directorate Apr 2023.md").write_text("\n".join(chart), encoding="utf-8")
    add("org chart Lab Directorate Apr 2023.md", "markdown", "en", [], "organization chart drawn in ASCII boxes")
    # 5 scan without a text layer
    (CORPUS / "EX-02 NRC scan 0047.pdf").write_bytes(pdf_bytes(["", "", ""]))
    add("EX-02 NRC scan 0047.pdf", "pdf", "en", [], "three-page scan without a text layer (unreadable)")


if __name__ == "__main__":
    main()
