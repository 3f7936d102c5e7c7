"""Write bench/import/blind48/: work descriptions filed the way people file them (a cover memo or
an e-mail in front, a table of contents, an org chart / classification rationale / signature page
after, `Page 1 of 5` headers, several revisions of one description) and stand-alone pages of those
kinds to refuse. Deterministic: run it twice, same bytes.

    /work/main/.venv/bin/python bench/import/blind48/make_blind.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
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

SEED = 4848
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


# ---------------------------------------------------------------- positions

def person(rng, used):
    while True:
        name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if name not in used:
            used.add(name)
            return name


def fem(rng):
    return rng.random() < 0.5


def fr_title(level, area_fr, f):
    base = {"Director": ("Directeur", "Directrice"), "Executive Director": ("Directeur exécutif", "Directrice exécutive"),
            "Director General": ("Directeur général", "Directrice générale")}[level][f]
    return f"{base}, {area_fr}"


def make_positions(rng):
    used_names, used_nums = set(), set()
    areas = list(T.AREAS)
    rng.shuffle(areas)
    positions = []
    for i in range(38):
        dept = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
        area_en, area_fr = areas[i % len(areas)]
        level = rng.choices(["Director", "Executive Director", "Director General"], [6, 2, 2])[0]
        cls = {"Director": "EX-01", "Executive Director": "EX-02", "Director General": "EX-03"}[level]
        f = fem(rng)
        sup_area = rng.choice([a for a in T.AREAS if a[0] != area_en])
        if level == "Director":
            if rng.random() < 0.7:
                sup = (f"Director General, {sup_area[0]}", fr_title("Director General", sup_area[1], fem(rng)), "EX-03")
            else:
                sup = (f"Executive Director, {sup_area[0]}", fr_title("Executive Director", sup_area[1], fem(rng)), "EX-02")
        elif level == "Executive Director":
            sup = (f"Director General, {sup_area[0]}", fr_title("Director General", sup_area[1], fem(rng)), "EX-03")
        else:
            sup = (f"Assistant Deputy Minister, {sup_area[0]} Branch",
                   f"{rng.choice(['Sous-ministre adjoint', 'Sous-ministre adjointe'])}, Direction générale {sup_area[1].lower() if False else sup_area[1]}",
                   "EX-04")
        def num():
            while True:
                n = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 499999)]))
                if n not in used_nums:
                    used_nums.add(n)
                    return n
        reports = []
        if level == "Director":
            for unit in rng.sample(T.UNITS, rng.randint(2, 5)):
                c = "AS-02" if unit[0] == "Executive Assistant" else rng.choice(T.NON_EX)
                fte = 1 if unit[0] == "Executive Assistant" else rng.randint(3, 38)
                reports.append({"en": unit[0], "fr": unit[1], "cls": c, "fte": fte})
        else:
            subs = rng.sample([a for a in T.AREAS if a[0] not in (area_en, sup_area[0])], rng.randint(3, 5))
            for a in subs:
                reports.append({"en": f"Director, {a[0]}", "fr": fr_title("Director", a[1], fem(rng)),
                                "cls": "EX-01", "fte": rng.randint(8, 85)})
            if rng.random() < 0.4:
                reports.append({"en": "Executive Assistant", "fr": "Adjointe exécutive", "cls": "AS-02", "fte": 1})
        scale = {"Director": (80, 450), "Executive Director": (250, 900), "Director General": (600, 2400)}[level]
        salary = rng.randint(*scale) * 10000
        om = rng.randint(20, 950) * 1000
        fte = sum(r["fte"] for r in reports) + 1 + rng.choice([0, 0, 2, 5])
        city, prov = dept[3], dept[4]
        if rng.random() < 0.15:
            city, prov = rng.choice([("Halifax", "Nova Scotia"), ("Edmonton", "Alberta"), ("Montréal", "Quebec"),
                                     ("Toronto", "Ontario"), ("Regina", "Saskatchewan") if False else ("Québec", "Quebec")])
        y = rng.randint(2014, 2024)
        positions.append({
            "key": i, "dept": dept, "area": (area_en, area_fr), "level": level, "cls": cls,
            "title_en": f"{level}, {area_en}", "title_fr": fr_title(level, area_fr, f), "fem": f,
            "pos_no": num(), "job_code": str(rng.randint(100100, 109899)),
            "date": dt.date(y, rng.randint(1, 12), rng.randint(1, 28)),
            "sup": {"en": sup[0], "fr": sup[1], "cls": sup[2], "no": num()},
            "branch": (f"{sup_area[0]} Branch" if level != "Director General" else f"{sup_area[0]} Branch",
                       f"Direction générale {sup_area[1]}"),
            "reports": reports, "salary": salary, "om": om, "fte": fte,
            "city": city, "prov": prov,
            "incumbent": person(rng, used_names), "signer": person(rng, used_names),
            "approver": person(rng, used_names), "hr": person(rng, used_names),
        })
    return positions, used_names


def revise(p, rng, years=2):
    q = {k: (v.copy() if isinstance(v, dict) else v) for k, v in p.items()}
    q["reports"] = [dict(r) for r in p["reports"]]
    q["date"] = dt.date(min(p["date"].year + years, 2025), rng.randint(1, 12), rng.randint(1, 28))
    q["salary"] = p["salary"] + rng.randint(5, 40) * 10000
    q["om"] = p["om"] + rng.randint(-10, 30) * 1000
    q["reports"][0]["fte"] += rng.randint(1, 6)
    q["fte"] = p["fte"] + (q["reports"][0]["fte"] - p["reports"][0]["fte"])
    return q


# ---------------------------------------------------------------- notations

def ordinal(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(d, lang, style):
    if lang == "fr":
        return {
            "long": f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
            "le": f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}",
            "iso": d.isoformat(),
            "slash": d.strftime("%d/%m/%Y") if d.day > 12 else d.isoformat(),
            "dots": d.strftime("%d.%m.%Y") if d.day > 12 else f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}",
        }[style]
    return {
        "long": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "le": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
        "slash": d.strftime("%Y/%m/%d"),
        "dots": f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}",
        "ord": f"{MONTHS_EN[d.month - 1]} {d.day}{ordinal(d.day)}, {d.year}",
        "dmy": d.strftime("%d-%b-%Y").upper(),
    }[style]


def _dec(v, unit):
    s = f"{v / unit:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_amount(v, lang, style):
    if lang == "fr":
        sp = "\u00a0" if style.endswith("nb") else " "
        style = style.replace("_nb", "")
        grouped = f"{v:,}".replace(",", sp)
        if style == "full":
            return f"{grouped}{sp}$"
        if style == "cents":
            return f"{grouped},00{sp}$"
        if style == "M":
            return f"{_dec(v, 1e6).replace('.', ',')}{sp}M$" if v >= 1_000_000 else f"{_dec(v, 1e3).replace('.', ',')}{sp}k$"
        if style == "millions":
            return (f"{_dec(v, 1e6).replace('.', ',')} millions de dollars" if v >= 1_000_000
                    else f"{grouped}{sp}$")
        return f"{grouped}{sp}$"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        return f"${_dec(v, 1e6)}M" if v >= 1_000_000 else f"${_dec(v, 1e3)}K"
    if style == "million":
        return f"${_dec(v, 1e6)} million" if v >= 1_000_000 else f"${v:,}"
    if style == "K":
        return f"${v // 1000:,}K".replace(",", "")
    return f"${v:,}"


def fmt_cls(c, style):
    g, n = c.split("-")
    return {"dash": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "paren": f"({c})", "run": f"{g}{n}"}[style]


def fmt_fte(n, lang, style):
    if lang == "fr":
        return {"etp": f"{n} ETP", "eff": f"effectif de {n}", "long": f"{n} équivalents temps plein"}[style]
    return {"ftes": f"{n} FTEs" if n != 1 else "1 FTE", "fte": f"{n} FTE", "staff": f"staff of {n}",
            "emp": f"{n} employees" if n != 1 else "1 employee"}[style]


# ---------------------------------------------------------------- labels

LABELS = {
    "en": {
        "title": ["Position Title", "Title", "Job Title", "Official Position Title", "POSITION TITLE"],
        "cls": ["Classification", "Group and Level", "Group/Level", "Level", "Classification Level"],
        "job": ["Job Code", "Position Job Code", "Generic Job Number", "Job Code No."],
        "pos": ["Position Number", "Position No.", "Position #", "Pos. No."],
        "date": ["Effective Date", "Date Effective", "Effective date of this description"],
        "sup_no": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Position Number"],
        "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor"],
        "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Level"],
        "loc": ["Location", "Geographic Location", "Work Location"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "branch": ["Branch", "Sector", "Branch/Sector"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre", "Titre officiel du poste", "TITRE DU POSTE"],
        "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau"],
        "job": ["Code d'emploi", "Code de l'emploi", "No de code d'emploi"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste"],
        "date": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet"],
        "sup_no": ["No du poste du superviseur", "Numéro du poste du supérieur immédiat"],
        "sup_title": ["Titre du poste du superviseur", "Titre du poste du supérieur immédiat"],
        "sup_cls": ["Classification du superviseur", "Groupe et niveau du supérieur immédiat"],
        "loc": ["Lieu", "Emplacement géographique", "Lieu de travail"],
        "dept": ["Ministère", "Organisation", "Ministère/organisme"],
        "branch": ["Direction générale", "Secteur"],
    },
}
BI = {k: [f"{LABELS['en'][k][0]} / {LABELS['fr'][k][0]}"] for k in LABELS["en"]}

SECT = {
    "en": {"ga": ["General Accountability", "Position Summary", "General Accountability"],
           "org": ["Organization Structure", "Organizational Structure", "Structure"],
           "ns": ["Nature and Scope", "Nature & Scope", "Context"],
           "dim": ["Dimensions", "Dimensions", "Financial and Human Resource Dimensions"],
           "sa": ["Specific Accountabilities", "Key Responsibilities", "Specific Accountabilities"],
           "cert": ["Certification", "Signatures", "Approval"], "hdr": ["Position Identification", "Position Details", "Identification"]},
    "fr": {"ga": ["Responsabilité générale", "Raison d'être du poste", "Responsabilités générales"],
           "org": ["Structure organisationnelle", "Organisation", "Structure de l'organisation"],
           "ns": ["Nature et portée", "Nature et étendue", "Contexte"],
           "dim": ["Dimensions", "Dimensions", "Ressources humaines et financières"],
           "sa": ["Responsabilités spécifiques", "Principales responsabilités", "Activités principales"],
           "cert": ["Certification", "Attestation", "Signatures"], "hdr": ["Identification du poste", "Renseignements sur le poste", "Identification"]},
}
DIMLAB = {"en": {"salary": ["Salary", "Salary budget", "Salaries"], "om": ["O&M", "O & M", "Operating and Maintenance"],
                 "total": ["Total", "Total budget", "Total Salary and O&M"], "fte": ["FTEs", "FTE's", "Number of FTEs", "Staff"]},
          "fr": {"salary": ["Salaires", "Budget salarial", "Traitements"], "om": ["F et E", "Fonctionnement et entretien", "F&E"],
                 "total": ["Total", "Budget total", "Total des salaires et F et E"], "fte": ["ETP", "Nombre d'ETP", "Effectif"]}}


# ---------------------------------------------------------------- the document as blocks

def elide(text):
    return re.sub(r"(en matière|fonction|réalignement) de ([aeiouéèêâîôAEIOUÉ])", r"\1 d'\2", text)


class Doc:
    def __init__(self):
        self.blocks = []

    def h(self, text, level=1): self.blocks.append(("h", text, level))
    def p(self, text): self.blocks.append(("p", elide(text)))
    def kv(self, pairs, layout): self.blocks.append(("kv", pairs, layout))
    def table(self, rows): self.blocks.append(("table", rows))
    def items(self, items, numbered=False): self.blocks.append(("list", [elide(x) for x in items], numbered))
    def br(self): self.blocks.append(("br",))


def du(t):
    return ("de la " if t.split(",")[0].endswith(("ice", "ive", "ale", "jointe")) else "du ") + t


def heading(text, style, n=None):
    if style == "upper":
        return text.upper()
    if style == "num" and n is not None:
        return f"{n}. {text}"
    if style == "colon":
        return f"{text}:"
    return text


def render_wd(p, lang, rng, doc, o):
    """Append the work description of position p in language lang to doc. o: option dict (filled)."""
    L = LABELS[lang] if lang != "bi" else None
    ln = "en" if lang == "bi" else lang
    def lab(k):
        if lang == "bi":
            return BI[k][0]
        return o.setdefault("lab_" + k, rng.choice(LABELS[lang][k]))
    def sec(k):
        if lang == "bi":
            return f"{SECT['en'][k][0]} / {SECT['fr'][k][0]}"
        return o.setdefault("sec_" + k, rng.choice(SECT[lang][k]))
    hs = o["hstyle"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    supt = p["sup"]["fr"] if lang == "fr" else p["sup"]["en"]
    dept = p["dept"][1] if lang == "fr" else p["dept"][0]
    area_l = p["area"][1].lower() if lang == "fr" else p["area"][0].lower()
    ctx = {"du_sup": du(supt), "title": title, "area": p["area"][1] if lang == "fr" else p["area"][0], "area_l": area_l,
           "sup": supt, "dept": dept}
    cls = fmt_cls(p["cls"], o["cls"])
    city = p["city"]
    prov = T.PROVINCE_FR.get(p["prov"], p["prov"]) if ln == "fr" else p["prov"]
    loc = {"comma": f"{city}, {prov}", "paren": f"{city} ({prov})", "abbr": f"{city}, {T.PROVINCE_ABBR.get(p['prov'], p['prov'])}"}[o["loc"]]
    # heading
    top = {"en": ["EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description", "EX WORK DESCRIPTION", "Job Description"],
           "fr": ["DESCRIPTION DE TRAVAIL", "Description de travail – Groupe de la direction", "DESCRIPTION DE POSTE DU GROUPE EX"],
           "bi": ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"]}[lang]
    doc.h(rng.choice(top), 0)
    n = 1
    pairs = []
    if lang == "bi":
        pairs.append(("Position Title", p["title_en"] + (f" {cls}" if o["cls"] == "paren" and o["title_cls"] else "")))
        pairs.append(("Titre du poste", p["title_fr"]))
    else:
        pairs.append((lab("title"), title + (f" {cls}" if o["cls"] == "paren" and o["title_cls"] else "")))
    if not (o["cls"] == "paren" and o["title_cls"]):
        pairs.append((lab("cls"), cls))
    if o["job"]:
        pairs.append((lab("job"), p["job_code"]))
    pairs.append((lab("pos"), o.get("pos_value", p["pos_no"])))
    if o["dept"]:
        pairs.append((lab("dept"), dept))
        pairs.append((lab("branch"), p["branch"][1] if lang == "fr" else p["branch"][0]))
    if o["date"]:
        pairs.append((lab("date"), fmt_date(p["date"], ln, o["dstyle"])))
    if o["loc_on"] and o["loc_pos"] == "top":
        pairs.append((lab("loc"), loc))
    if o["sup"] == "fields":
        pairs.append((lab("sup_no"), p["sup"]["no"]))
        pairs.append((lab("sup_title"), supt if lang != "bi" else p["sup"]["en"]))
        pairs.append((lab("sup_cls"), fmt_cls(p["sup"]["cls"], o["cls"] if o["cls"] != "paren" else "dash")))
    if o["order"] == "shuffle":
        head, rest = pairs[:1 + (lang == "bi")], pairs[1 + (lang == "bi"):]
        rng.shuffle(rest)
        pairs = head + rest
    if o["hdr_heading"]:
        doc.h(heading(sec("hdr"), hs, None), 1)
    doc.kv(pairs, o["layout"])

    def ga():
        nonlocal n
        doc.h(heading(sec("ga"), hs, n), 1); n += 1
        tmpl = T.GA_FR if lang == "fr" else T.GA_EN
        doc.p(rng.choice(tmpl).format(**ctx))
        if lang == "bi":
            doc.p(rng.choice(T.GA_FR).format(**dict(ctx, title=p["title_fr"], area_l=p["area"][1].lower(), du_sup=du(p["sup"]["fr"]))))

    def org():
        nonlocal n
        doc.h(heading(sec("org"), hs, n), 1); n += 1
        if o["sup"] == "sentence":
            sc = fmt_cls(p["sup"]["cls"], "dash")
            if ln == "fr":
                s = f"Le titulaire du poste relève {du(supt)} ({sc})" if o["sup_cls_in_sentence"] else f"Le titulaire du poste relève {du(supt)}"
                s += f", poste no {p['sup']['no']}." if o["sup_no_in_sentence"] else "."
            else:
                s = f"The {title} reports to the {supt}" + (f" ({sc})" if o["sup_cls_in_sentence"] else "")
                s += f", position number {p['sup']['no']}." if o["sup_no_in_sentence"] else "."
            doc.p(s)
        if not o["reports_on"]:
            doc.p("The position has no direct reports other than administrative support provided by the Branch."
                  if ln == "en" else "Le poste n'a aucun subordonné direct; le soutien administratif est assuré par la Direction générale.")
            return
        rs = o["rstyle"]
        intro = ("The following positions report directly to the incumbent:" if ln == "en"
                 else "Les postes suivants relèvent directement du titulaire :")
        fst = o["fstyle"]
        rcls = o["cls"] if o["cls"] != "paren" else "dash"
        def rt(r):
            return r["fr"] if lang == "fr" else r["en"]
        if rs == "table":
            doc.p(intro)
            hdr = (["Position", "Classification", "FTEs"] if ln == "en" else ["Poste", "Groupe et niveau", "ETP"])
            doc.table([hdr] + [[rt(r), fmt_cls(r["cls"], rcls), str(r["fte"])] for r in p["reports"]])
        elif rs == "prose":
            parts = []
            for r in p["reports"]:
                parts.append(f"the {rt(r)} ({fmt_cls(r['cls'], rcls)}, {fmt_fte(r['fte'], ln, fst)})" if ln == "en"
                             else f"le {rt(r)} ({fmt_cls(r['cls'], rcls)}, {fmt_fte(r['fte'], ln, fst)})")
            lead = "Reporting to the position are " if ln == "en" else "Relèvent du poste : "
            doc.p(lead + ", ".join(parts[:-1]) + (" and " if ln == "en" else " et ") + parts[-1] + ".")
        else:
            doc.p(intro)
            out = []
            for r in p["reports"]:
                c, f = fmt_cls(r["cls"], rcls), fmt_fte(r["fte"], ln, fst)
                if rs == "paren":
                    out.append(f"{rt(r)} ({c}, {f})")
                elif rs == "dash":
                    out.append(f"{c} - {rt(r)} ({f})")
                elif rs == "endash":
                    out.append(f"{rt(r)} – {c} – {f}")
                elif rs == "noclass":
                    out.append(f"{rt(r)} ({f})")
                elif rs == "nofte":
                    out.append(f"{rt(r)} ({c})")
                if o["resp"]:
                    out[-1] += (": responsible for " if ln == "en" else " : responsable de ") + (
                        rng.choice(["day-to-day operations and service standards", "policy analysis and advice",
                                    "planning, reporting and performance measurement", "systems, data and tools"])
                        if ln == "en" else rng.choice(["les opérations quotidiennes et les normes de service",
                                                        "l'analyse et les conseils stratégiques",
                                                        "la planification et la mesure du rendement"]))
            doc.items(out)

    def ns():
        nonlocal n
        doc.h(heading(sec("ns"), hs, n), 1); n += 1
        tmpl = T.NS_FR if lang == "fr" else T.NS_EN
        for t in rng.sample(tmpl, 2):
            doc.p(t.format(**ctx))

    def dim():
        nonlocal n
        doc.h(heading(sec("dim"), hs, n), 1); n += 1
        d = DIMLAB[ln]
        ast = o["astyle"]
        rows = []
        if o["fte_on"]:
            rows.append((rng.choice(d["fte"]), str(p["fte"])))
        if o["money"] in ("all", "parts"):
            rows.append((rng.choice(d["salary"]), fmt_amount(p["salary"], ln, ast)))
            rows.append((rng.choice(d["om"]), fmt_amount(p["om"], ln, ast)))
        if o["money"] in ("all", "total"):
            rows.append((rng.choice(d["total"]), fmt_amount(p["salary"] + p["om"], ln, ast)))
        if o["loc_on"] and o["loc_pos"] == "dims":
            rows.append((lab("loc"), loc))
        if o["dlayout"] == "table":
            doc.table([list(r) for r in rows])
        elif o["dlayout"] == "sentence" and o["money"] == "all":
            if ln == "en":
                doc.p(f"The position manages a salary budget of {fmt_amount(p['salary'], ln, ast)} and an O&M budget of "
                      f"{fmt_amount(p['om'], ln, ast)}, for a total of {fmt_amount(p['salary'] + p['om'], ln, ast)}"
                      + (f", and a staff of {p['fte']} FTEs." if o["fte_on"] else "."))
            else:
                doc.p(f"Le poste gère un budget salarial de {fmt_amount(p['salary'], ln, ast)} et un budget de "
                      f"fonctionnement et d'entretien de {fmt_amount(p['om'], ln, ast)}, pour un total de "
                      f"{fmt_amount(p['salary'] + p['om'], ln, ast)}" + (f", et un effectif de {p['fte']} ETP." if o["fte_on"] else "."))
            if o["loc_on"] and o["loc_pos"] == "dims":
                doc.kv([(lab("loc"), loc)], "line")
        else:
            doc.kv(rows, o["layout"] if o["layout"] != "table" else "line")

    def sa():
        nonlocal n
        if o["csr"]:
            csr = T.CSR_FR if ln == "fr" else T.CSR_EN
            doc.h(heading(csr[0], hs, n), 1); n += 1
            doc.p(("Delivers {area_l} programs and services that meet the needs of departmental clients and Canadians, "
                   "in line with government priorities and service standards." if ln == "en" else
                   "Offre des programmes et services en matière de {area_l} qui répondent aux besoins des clients "
                   "ministériels et des Canadiens, conformément aux priorités gouvernementales et aux normes de service.").format(**ctx))
            doc.h(heading(csr[1], hs, n), 1); n += 1
            doc.items([x.format(**ctx) for x in csr[2]], numbered=False)
        else:
            doc.h(heading(sec("sa"), hs, n), 1); n += 1
            tmpl = T.SA_FR if lang == "fr" else T.SA_EN
            doc.items([x.format(**ctx) for x in rng.sample(tmpl, rng.randint(5, 7))], numbered=True)

    order = o["sections"]
    for s in order:
        {"ga": ga, "org": org, "ns": ns, "dim": dim, "sa": sa}[s]()
    if o["cert"]:
        doc.h(heading(sec("cert"), hs, None), 1)
        if ln == "en":
            doc.p("The foregoing description is an accurate and complete statement of the duties assigned to the position.")
            sig = [("Incumbent", p["incumbent"]), ("Supervisor", p["signer"]), ("Date", fmt_date(p["date"], "en", "iso"))]
        else:
            doc.p("La présente description constitue un énoncé exact et complet des fonctions assignées au poste.")
            sig = [("Titulaire", p["incumbent"]), ("Superviseur" if not p["fem"] else "Supérieure immédiate", p["signer"]),
                   ("Date", fmt_date(p["date"], "fr", "iso"))]
        if not o["sig_names"]:
            sig = [(k, "_" * 24) if k != "Date" else (k, "_" * 12) for k, _ in sig]
        doc.kv(sig, "line")


# ---------------------------------------------------------------- package pages

def cover_memo(p, lang, rng, doc, date, has_org=False):
    ln = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    if ln == "en":
        doc.h("MEMORANDUM", 0)
        doc.kv([("TO", f"{p['hr']}, Manager, Executive Classification"), ("FROM", f"{p['signer']}, {p['sup']['en']}"),
                ("DATE", fmt_date(date, "en", "long")),
                ("SUBJECT", f"Request for classification review – {title} (position {p['pos_no']})")], "line")
        doc.p(f"Please find attached, for your review and approval, the updated work description for the position of "
              f"{title}. The description reflects the realignment of the {p['area'][0]} function approved by the "
              f"Branch management committee." + (" An organization chart is included for reference." if has_org else ""))
        doc.p(f"Should you have any questions, please contact {p['approver']} of my office.")
        doc.p("Attachment(s): Work description" + ("; organization chart" if has_org else ""))
    else:
        doc.h("NOTE DE SERVICE", 0)
        doc.kv([("DESTINATAIRE", f"{p['hr']}, gestionnaire, Classification des cadres"),
                ("EXPÉDITEUR", f"{p['signer']}, {p['sup']['fr']}"), ("DATE", fmt_date(date, "fr", "long")),
                ("OBJET", f"Demande d'examen de la classification – {title} (poste {p['pos_no']})")], "line")
        doc.p(f"Vous trouverez ci-joint, pour examen et approbation, la description de travail mise à jour du poste de "
              f"{title}. La description tient compte du réalignement de la fonction approuvé par le comité de gestion.")
        doc.p(f"Pour toute question, veuillez communiquer avec {p['approver']} de mon bureau.")
        doc.p("Pièce(s) jointe(s) : description de travail")
    doc.br()


def email_front(p, lang, rng, doc, date):
    ln = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    def addr(name):
        a = re.sub(r"[^a-z.\-]", "", name.lower().replace(" ", ".").replace("é", "e").replace("è", "e").replace("ô", "o").replace("ø", "o"))
        return f"{a}@{p['dept'][2].lower()}-{p['dept'][2].lower()}.gc.ca"
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    if ln == "en":
        doc.kv([("From", f"{p['signer']} <{addr(p['signer'])}>"),
                ("Sent", f"{days[date.weekday()]}, {MONTHS_EN[date.month - 1]} {date.day}, {date.year} 10:42 AM"),
                ("To", f"{p['hr']} <{addr(p['hr'])}>"), ("Cc", p["approver"]),
                ("Subject", f"FW: WD for signature - {title}")], "line")
        doc.p(f"Hi {p['hr'].split()[0]},")
        doc.p("Below is the final version of the work description, as discussed at Tuesday's meeting. The dimensions have "
              "been updated with this fiscal year's figures. Let me know if anything else is needed before it goes to the committee.")
        doc.p(f"Thanks,\n{p['signer']}")
    else:
        doc.kv([("De", f"{p['signer']} <{addr(p['signer'])}>"),
                ("Envoyé", f"{jours[date.weekday()]} {date.day} {MONTHS_FR[date.month - 1]} {date.year} 14:05"),
                ("À", f"{p['hr']} <{addr(p['hr'])}>"), ("Objet", f"TR : DT pour signature - {title}")], "line")
        doc.p(f"Bonjour {p['hr'].split()[0]},")
        doc.p("Voici la version finale de la description de travail, tel que discuté. Les dimensions ont été mises à jour "
              "avec les chiffres de l'exercice en cours. N'hésite pas si tu as besoin d'autre chose.")
        doc.p(f"Merci,\n{p['signer']}")
    doc.p("-" * 40)


def toc(lang, doc):
    if lang == "fr":
        doc.h("TABLE DES MATIÈRES", 0)
        doc.kv([("1. Description de travail", "2"), ("2. Organigramme", "6"), ("3. Justification de la classification", "7")], "dots")
    else:
        doc.h("TABLE OF CONTENTS", 0)
        doc.kv([("1. Work Description", "2"), ("2. Organization Chart", "6"), ("3. Classification Rationale", "7"),
                ("4. Signature Page", "8")], "dots")
    doc.br()


def orgchart(p, lang, rng, doc, used):
    ln = "fr" if lang == "fr" else "en"
    doc.br()
    doc.h("ANNEXE A – ORGANIGRAMME" if ln == "fr" else "APPENDIX A - ORGANIZATION CHART", 0)
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    supn = person(rng, used)
    rows = [[p["sup"]["fr"] if ln == "fr" else p["sup"]["en"], p["sup"]["cls"], p["sup"]["no"], supn],
            [title, p["cls"], p["pos_no"], p["incumbent"]]]
    names = [supn, p["incumbent"]]
    for r in p["reports"]:
        nm = person(rng, used) if rng.random() < 0.7 else ("Vacant" if ln == "en" else "Vacant")
        if nm != "Vacant":
            names.append(nm)
        rows.append([("    " + (r["fr"] if ln == "fr" else r["en"])), r["cls"], str(rng.randint(10000, 99999)), nm])
    hdr = ["Poste", "Groupe", "No de poste", "Titulaire"] if ln == "fr" else ["Position", "Group", "Position No.", "Incumbent"]
    doc.table([hdr] + rows)
    return names


def rationale(p, lang, rng, doc, used):
    ln = "fr" if lang == "fr" else "en"
    doc.br()
    ev = person(rng, used)
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    kh, ps, ac = rng.choice(["F II 3 528", "F II 3 608", "G II 3 700"]), rng.choice(["F 4 (50) 264", "F 4 (57) 350"]), rng.choice(["F 3 P 304", "F 4 C 350"])
    if ln == "en":
        doc.h("CLASSIFICATION RATIONALE", 0)
        doc.kv([("Position", f"{title} ({p['pos_no']})"), ("Evaluated level", p["cls"]),
                ("Know-How", kh), ("Problem Solving", ps), ("Accountability", ac)], "line")
        doc.p("The position was evaluated against the EX benchmark positions. The breadth of management and the "
              "complexity of the stakeholder environment support the level. The evaluation committee reached consensus.")
        doc.kv([("Evaluated by", ev), ("Committee decision", "Confirmed")], "line")
    else:
        doc.h("JUSTIFICATION DE LA CLASSIFICATION", 0)
        doc.kv([("Poste", f"{title} ({p['pos_no']})"), ("Niveau évalué", p["cls"]),
                ("Savoir-faire", kh), ("Résolution de problèmes", ps), ("Responsabilité", ac)], "line")
        doc.p("Le poste a été évalué par rapport aux postes repères du groupe EX. L'ampleur de la gestion et la "
              "complexité de l'environnement justifient le niveau. Le comité d'évaluation est arrivé à un consensus.")
        doc.kv([("Évalué par", ev), ("Décision du comité", "Confirmée")], "line")
    return [ev]


def sig_page(p, lang, rng, doc):
    ln = "fr" if lang == "fr" else "en"
    doc.br()
    if ln == "en":
        doc.h("SIGNATURE PAGE", 0)
        doc.p(f"Work description: {p['title_en']}")
        doc.kv([("Incumbent", p["incumbent"]), ("Date", "________"), ("Supervisor", p["signer"]), ("Date", "________"),
                ("Assistant Deputy Minister", p["approver"]), ("Date", "________")], "line")
    else:
        doc.h("PAGE DES SIGNATURES", 0)
        doc.p(f"Description de travail : {p['title_fr']}")
        doc.kv([("Titulaire", p["incumbent"]), ("Date", "________"), ("Superviseur", p["signer"]), ("Date", "________"),
                ("Sous-ministre adjoint", p["approver"]), ("Date", "________")], "line")
    return [p["incumbent"], p["signer"], p["approver"]]


# ---------------------------------------------------------------- serialize

def kv_lines(pairs, layout, rng):
    out = []
    width = max(len(k) for k, _ in pairs) + 4
    for k, v in pairs:
        sep = " :" if k and re.search(r"[àâçéèêëîïôûù]|^(No|Numéro|Titre|Lieu|Date d|Classification du|Groupe|Code|Ministère|Direction|Secteur|En vigueur|Organisation|Niveau|Titulaire|Superviseur|Sous-ministre|Poste|Évalué|Décision|Savoir|Résolution|Responsabilité|DESTINATAIRE|EXPÉDITEUR|OBJET)", k) else ":"
        if layout == "next":
            out += [f"{k}{sep}", f"    {v}"]
        elif layout == "dots":
            out.append(f"{k} {'.' * max(3, width + 8 - len(k))} {v}")
        elif layout == "tabs":
            out.append(f"{k}:\t{v}")
        elif layout == "table":
            out.append(f"| {k} | {v} |")
        elif layout == "md":
            out.append(f"*   **{k}:** {v}")
        elif layout == "caps":
            out.append(f"{k.upper()}: {v}")
        else:
            out.append(f"{k}{sep} {v}")
    return out


def to_lines(doc, md=False, rng=None):
    lines = []
    for b in doc.blocks:
        t = b[0]
        if t == "h":
            if md:
                lines += ["", "#" * (b[2] + 1) + " " + b[1], ""]
            else:
                lines += ["", b[1], ""] if b[2] else [b[1], ""]
        elif t == "p":
            lines += b[1].split("\n") + [""]
        elif t == "kv":
            lay = b[2]
            if md and lay not in ("md", "table"):
                lay = "md"
            if lay == "table" and md:
                lines += ["| | |", "|---|---|"]
            lines += kv_lines(b[1], lay, rng) + [""]
        elif t == "table":
            rows = b[1]
            if md:
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
                lines += ["".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            lines.append("")
        elif t == "list":
            for i, it in enumerate(b[1], 1):
                lines.append((f"{i}. " if b[2] else ("*   " if md else "- ")) + it)
            lines.append("")
        elif t == "br":
            lines.append("\f")
    # collapse blank runs
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    while out and out[0] == "":
        out.pop(0)
    return out


def wrap(lines, width, rng=None, hyph=0.0):
    out = []
    for l in lines:
        if len(l) <= width or l.startswith("|"):
            out.append(l)
            continue
        indent = re.match(r"\s*(\d+\.\s|-\s|\*\s+)?", l).group(0)
        cur = ""
        words = l.split(" ")
        for wd in words:
            if cur and len(cur) + 1 + len(wd) > width:
                if rng and hyph and len(wd) > 7 and rng.random() < hyph and len(cur) + 5 < width:
                    cut = rng.randint(3, len(wd) - 3)
                    out.append(cur + " " + wd[:cut] + "-")
                    cur = " " * len(indent) + wd[cut:]
                    continue
                out.append(cur)
                cur = " " * len(indent) + wd
            else:
                cur = (cur + " " + wd) if cur else wd
        out.append(cur)
    return out


def paginate(lines, per_page, header, footer_fmt):
    pages, cur = [], []
    for l in lines:
        if l == "\f":
            pages.append(cur); cur = []
            continue
        cur.append(l)
        if len(cur) >= per_page:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    pages = [pg for pg in pages if any(x.strip() for x in pg)]
    N = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        body = ([header, ""] if header else []) + pg
        if footer_fmt:
            body += ["", footer_fmt.format(n=i, N=N)]
        out.append(body)
    return out


DIGIT_SUBS = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"]}
LETTER_SUBS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"), ("a", "e"), ("ti", "d")]


def ocr_damage(text, rng, digit_p, letter_p, run_p):
    def dig(m):
        s = m.group(0)
        return "".join(rng.choice(DIGIT_SUBS[c]) if c in DIGIT_SUBS and rng.random() < digit_p * (0.4 if c in "86" else 1) else c for c in s)
    text = re.sub(r"\d[\d,.]*", dig, text)
    def word(m):
        w = m.group(0)
        if len(w) > 4 and rng.random() < letter_p:
            a, b = rng.choice(LETTER_SUBS)
            k = w.find(a, 1)
            if k > 0:
                w = w[:k] + b + w[k + len(a):]
        return w
    out = []
    for line in text.split("\n"):
        if len(line) > 60:
            line = re.sub(r"[A-Za-zÀ-ÿ]+", word, line)
            line = re.sub(r"(?<=[a-z]) (?=[a-z])", lambda m: "" if rng.random() < run_p else " ", line)
        out.append(line)
    text = "\n".join(out)
    if rng.random() < 0.5:
        text = text.replace("é", "e" if rng.random() < 0.3 else "é")
    return text


def docx_from(doc, header_text=None, page_numbers=False):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = Document()
    cp = d.core_properties
    cp.author = "hrkit bench"
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 1, 1)
    cp.revision = 1
    if header_text or page_numbers:
        hp = d.sections[0].header.paragraphs[0]
        if header_text:
            hp.add_run(header_text)
        if page_numbers:
            hp.add_run("\tPage ")
            for fld in ("PAGE", " of ", "NUMPAGES"):
                if fld == " of ":
                    hp.add_run(" of ")
                    continue
                r = hp.add_run()
                b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
                ins = OxmlElement("w:instrText"); ins.text = fld; r._r.append(ins)
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    for b in doc.blocks:
        t = b[0]
        if t == "h":
            d.add_heading(b[1], level=min(b[2] + 1, 3))
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if b[2] == "table":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    c = tb.add_row().cells
                    c[0].text, c[1].text = k, v
            else:
                for line in kv_lines(b[1], b[2] if b[2] != "md" else "line", None):
                    if "\t" in line:
                        k, v = line.split("\t", 1)
                        para = d.add_paragraph()
                        para.add_run(k).bold = True
                        para.add_run("\t" + v)
                    else:
                        d.add_paragraph(line)
        elif t == "table":
            tb = d.add_table(rows=0, cols=len(b[1][0]))
            tb.style = "Table Grid"
            for r in b[1]:
                c = tb.add_row().cells
                for i, v in enumerate(r):
                    c[i].text = v.strip()
        elif t == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif t == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    # fixed timestamps in the zip so that the bytes do not change between runs
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- the corpus plan

def options(rng, kind, lang):
    ln = "fr" if lang == "fr" else "en"
    o = {}
    o["hstyle"] = rng.choice(["upper", "title", "num", "colon", "upper"])
    o["cls"] = rng.choices(["dash", "space", "short", "paren", "run"], [6, 2, 2, 2, 1])[0]
    o["title_cls"] = o["cls"] == "paren" and rng.random() < 0.6
    o["job"] = rng.random() < 0.6
    o["dept"] = rng.random() < 0.6
    o["date"] = rng.random() < 0.92
    o["dstyle"] = rng.choice(["long", "le", "iso", "slash", "dots"] + (["ord", "dmy"] if ln == "en" else []))
    o["loc_on"] = rng.random() < 0.85
    o["loc_pos"] = rng.choice(["top", "top", "dims"])
    o["loc"] = rng.choice(["comma", "paren"] + (["abbr"] if ln == "en" else []))
    o["sup"] = "fields" if rng.random() < 0.65 else "sentence"
    o["sup_cls_in_sentence"] = rng.random() < 0.6
    o["sup_no_in_sentence"] = rng.random() < 0.3
    o["reports_on"] = rng.random() < 0.93
    o["rstyle"] = rng.choice(["table", "prose", "paren", "dash", "endash", "noclass", "nofte", "paren"])
    o["fstyle"] = rng.choice(["ftes", "fte", "staff", "emp"] if ln == "en" else ["etp", "eff", "long"])
    o["resp"] = rng.random() < 0.4
    o["fte_on"] = rng.random() < 0.8
    o["money"] = rng.choices(["all", "parts", "total"], [15, 2, 3])[0]
    o["astyle"] = rng.choice(["full", "cents", "M", "million", "K", "M"] if ln == "en" else ["full", "cents", "M", "millions", "full_nb"])
    o["dlayout"] = rng.choice(["lines", "table", "sentence", "lines"])
    o["layout"] = {"docx": ["table", "table", "line", "tabs", "next"], "pdf": ["line", "next", "dots", "caps", "line"],
                   "ocr": ["line", "next", "dots", "caps"], "ocr-run": ["line", "caps"], "text": ["line", "tabs", "dots"],
                   "text-cp1252": ["line", "tabs", "next"], "markdown": ["md"]}[kind]
    o["layout"] = rng.choice(o["layout"])
    o["order"] = "shuffle" if rng.random() < 0.3 else "keep"
    o["hdr_heading"] = rng.random() < 0.5
    o["csr"] = rng.random() < 0.2
    if o["csr"]:
        o["sections"] = rng.choice([["sa", "org", "dim"], ["sa", "org", "ns", "dim"], ["org", "sa", "dim"]])
    else:
        o["sections"] = rng.choice([["ga", "org", "ns", "dim", "sa"], ["ga", "ns", "org", "dim", "sa"],
                                    ["ga", "dim", "org", "ns", "sa"], ["ga", "org", "dim", "sa"], ["ga", "org", "ns", "sa", "dim"]])
    o["cert"] = rng.random() < 0.7
    o["sig_names"] = rng.random() < 0.6
    o["damage"] = rng.choice([(0.5, 0.08, 0.03), (0.3, 0.05, 0.02), (0.15, 0.03, 0.01)])
    return o


def short(t):
    return t.replace("Director General", "DG").replace("Directeur général", "DG").replace("Directrice générale", "DG")


# (position, version, kind, lang, file name template, wrappers, overrides)
# version: 0 the description, 1 its revision; wrappers: memo email toc sig org rat pages
GROUPS = [
    [(0, 0, "docx", "en", "{t} - DRAFT.docx", [], {"cert": True, "sig_names": False}),
     (0, 0, "pdf", "en", "{t} - signed.pdf", ["sig", "pages"], {"cert": True, "sig_names": True}),
     (0, 0, "copy", "en", "{t} - DRAFT (1).docx", [], {})],
    [(1, 0, "docx", "fr", "{t} - ébauche.docx", [], {"cert": False}),
     (1, 0, "pdf", "fr", "{t} (signée).pdf", ["memo", "pages"], {"cert": True, "sig_names": True})],
    [(2, 0, "ocr", "en", "WD {no} {yr}.txt", ["pages"], {}),
     (2, 1, "docx", "en", "WD {no} - revised {yr}.docx", ["memo", "org"], {})],
    [(3, 0, "pdf", "en", "{s} FINAL.pdf", ["toc", "org", "rat", "pages"], {}),
     (3, 1, "pdf", "en", "{s} FINAL v2.pdf", ["toc", "org", "rat", "pages"], {})],
    [(4, 0, "ocr", "fr", "DT {no} - {t}.txt", ["pages"], {}),
     (4, 1, "docx", "fr", "DT {no} - {t} - révisée.docx", ["email"], {})],
    [(5, 0, "docx", "en", "{t} - signed.docx", ["sig"], {"sig_names": True}),
     (5, 0, "pdf", "en", "{t} - signed (1).pdf", ["sig", "pages"], {"sig_names": True})],
]
SINGLES = [
    (6, "docx", "en", "{t}.docx", ["memo"]),
    (7, "pdf", "en", "{t} - work description.pdf", ["email", "pages"]),
    (8, "ocr", "en", "{s} (EX-0{c}) scan.txt", ["memo", "pages"]),
    (9, "ocr", "fr", "{t}.txt", ["org", "pages"]),
    (10, "docx", "fr", "Description de travail - {t}.docx", ["rat"]),
    (11, "pdf", "fr", "{t}.pdf", ["pages"]),
    (12, "ocr-run", "en", "{s}.txt", ["sig"]),
    (13, "docx", "en", "{t} - {no}.docx", ["toc", "org"]),
    (14, "pdf", "en", "{dept} - {s}.pdf", ["rat", "pages"]),
    (15, "ocr", "en", "{no}_{s}.txt", ["email", "pages"]),
    (16, "markdown", "en", "{t}.md", []),
    (17, "docx", "fr", "{t} - signée.docx", ["sig"]),
    (18, "pdf", "bi", "{t} - bilingual.pdf", ["pages"]),
    (19, "ocr", "fr", "DT - {t} - {yr}.txt", ["rat"]),
    (20, "ocr-run", "fr", "{t} (numérisé).txt", ["pages"]),
    (21, "docx", "en", "{t} (EX-0{c}) FINAL.docx", ["memo", "org"]),
    (22, "pdf", "en", "{t}.pdf", ["org", "pages"]),
    (23, "ocr", "en", "{s}.txt", []),
    (24, "text-cp1252", "en", "{t} - {yr}.txt", []),
    (25, "docx", "bi", "{t} - bilingue.docx", ["memo"]),
    (26, "ocr", "en", "Scan_{no}.txt", ["toc", "pages"]),
    (27, "pdf", "fr", "{t} - signé.pdf", ["sig", "pages"]),
    (28, "docx", "en", "WD - {t}.docx", ["email"]),
    (29, "ocr", "fr", "{t}.txt", ["email", "pages"]),
    (30, "text", "en", "{t}.txt", ["sig"]),
    (31, "docx", "fr", "{t}.docx", ["org"]),
    (32, "pdf", "en", "{t} - for signature.pdf", ["memo", "pages"]),
    (33, "markdown", "fr", "{t}.md", []),
    (34, "ocr", "en", "{s} {yr}.txt", ["org", "pages"]),
    (35, "pdf", "en", "{t} - approved.pdf", ["toc", "rat", "sig", "pages"]),
    (36, "docx", "en", "{t} (2).docx", []),
    (37, "ocr", "fr", "{t} - signée.txt", ["sig", "pages"]),
]


def fname(tmpl, p, lang):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    return tmpl.format(t=t, s=short(t), no=p["pos_no"], yr=p["date"].year, c=p["cls"][-1],
                       dept=p["dept"][2]).replace("/", "-")


def serialize(doc, kind, lang, rng, o, p, wr):
    ln = "fr" if lang == "fr" else "en"
    title = p["title_fr"] if ln == "fr" else p["title_en"]
    pages_on = "pages" in wr
    if kind == "docx":
        head = None
        if pages_on:
            head = rng.choice([f"{p['dept'][2]} – {title}", "PROTECTED A / PROTÉGÉ A", title])
        return docx_from(doc, head, pages_on)
    if kind == "markdown":
        return ("\n".join(to_lines(doc, md=True)) + "\n").encode("utf-8")
    lines = to_lines(doc, rng=rng)
    if kind in ("text", "text-cp1252"):
        lines = [l for l in lines if l != "\f"]
        text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            return text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
        return text.encode("utf-8")
    if kind == "pdf":
        lines = wrap(lines, 100)
        header = rng.choice([title, f"{p['dept'][0] if ln == 'en' else p['dept'][1]}", "PROTECTED A"]) if pages_on else None
        foot = (rng.choice(["Page {n} of {N}", "Page {n} / {N}", "- {n} -"]) if ln == "en"
                else rng.choice(["Page {n} de {N}", "- {n} -"])) if pages_on else None
        pages = paginate(lines, 58, header, foot)
        return pdf_bytes(["\n".join(pg) for pg in pages])
    # ocr
    lines = wrap(lines, rng.choice([78, 86, 92]), rng, hyph=0.35)
    header = rng.choice([f"{p['dept'][2]} {'Work Description' if ln == 'en' else 'Description de travail'}", short(title),
                         "PROTECTED A", None]) if pages_on else None
    foot = (rng.choice(["Page {n} of {N}", "- {n} -", "{n}"]) if ln == "en" else rng.choice(["Page {n} de {N}", "- {n} -"])) if pages_on else None
    pages = paginate(lines, rng.choice([40, 46, 52]), header, foot)
    if kind == "ocr-run":
        text = "\n".join(" ".join(x.strip() for x in pg if x.strip()) for pg in pages)
    else:
        text = "\n\n".join("\n".join(pg) for pg in pages)
    text = ocr_damage(text, rng, *o["damage"])
    if rng.random() < 0.5 or kind == "ocr-run":
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return (text + "\n").encode("utf-8")


def expected_for(p, lang, o, name, kind, people, extra):
    ln = "fr" if lang == "fr" else "en"
    f = {}
    f["title"] = p["title_fr"] if lang == "fr" else p["title_en"]
    f["classification"] = p["cls"]
    f["job_code"] = p["job_code"] if o["job"] else None
    f["position_number"] = p["pos_no"] if "pos_value" not in o else None
    f["effective_date"] = p["date"] if o["date"] else None
    fields_sup = o["sup"] == "fields"
    f["supervisor"] = {
        "position_number": p["sup"]["no"] if (fields_sup or o["sup_no_in_sentence"]) else None,
        "title": p["sup"]["fr"] if lang == "fr" else p["sup"]["en"],
        "classification": p["sup"]["cls"] if (fields_sup or o["sup_cls_in_sentence"]) else None,
    }
    drs = []
    if o["reports_on"]:
        for r in p["reports"]:
            drs.append({"title": r["fr"] if lang == "fr" else r["en"],
                        "classification": None if o["rstyle"] == "noclass" else r["cls"],
                        "fte": None if o["rstyle"] == "nofte" else r["fte"]})
    f["direct_reports"] = drs
    f["salary"] = p["salary"] if o["money"] in ("all", "parts") else None
    f["o_and_m"] = p["om"] if o["money"] in ("all", "parts") else None
    f["total"] = p["salary"] + p["om"] if o["money"] in ("all", "total") else None
    if o["loc_on"]:
        prov = T.PROVINCE_FR.get(p["prov"], p["prov"]) if ln == "fr" else p["prov"]
        f["location"] = f"{p['city']}, {prov}"
    else:
        f["location"] = None
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    if not drs:
        ns.append("direct_reports")
    also = {"fte": p["fte"] if o["fte_on"] else None, "operating_budget": None, "program_budget": None,
            "provisional_number": o.get("pos_value")}
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    also.update(extra)
    return {"document": name, "kind": kind, "language": "bilingual" if lang == "bi" else lang, "outcome": "import",
            "fields": f, "not_stated": ns, "also": also, "people": sorted(set(people)), "versions": None}


PARTS = {"memo": "cover memo in front", "email": "e-mail in front", "toc": "table of contents in front",
         "sig": "signature page after", "org": "organization chart after", "rat": "classification rationale after",
         "pages": "page headers/footers"}


def build_wd(p, lang, kind, wr, over, rng, used, opt_rng=None):
    o = options(opt_rng or rng, "ocr" if kind == "ocr-run" else kind, lang)
    if kind == "ocr-run":
        o["layout"] = rng.choice(["line", "caps"])
    o.update(over)
    doc = Doc()
    people = []
    if "email" in wr:
        email_front(p, lang, rng, doc, p["date"] + dt.timedelta(days=rng.randint(3, 40)))
        people += [p["signer"], p["hr"], p["approver"]]
    if "memo" in wr:
        cover_memo(p, lang, rng, doc, p["date"] + dt.timedelta(days=rng.randint(3, 40)), "org" in wr)
        people += [p["signer"], p["hr"], p["approver"]]
    if "toc" in wr:
        toc("fr" if lang == "fr" else "en", doc)
    render_wd(p, lang, rng, doc, o)
    if o["cert"] and o["sig_names"]:
        people += [p["incumbent"], p["signer"]]
    if "org" in wr:
        people += orgchart(p, lang, rng, doc, used)
    if "rat" in wr:
        people += rationale(p, lang, rng, doc, used)
    if "sig" in wr:
        people += sig_page(p, lang, rng, doc)
    data = serialize(doc, kind, lang, rng, o, p, wr)
    return data, o, people


def main():
    rng = random.Random(SEED)
    positions, used = make_positions(rng)
    # two positions not yet numbered
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for d in (out_c, out_e):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    files = {}

    def write(name, data, exp):
        assert name not in files, name
        files[name] = exp
        (out_c / name).write_bytes(data)

    for group in GROUPS:
        names = []
        for (pi, ver, kind, lang, tmpl, wr, over) in group:
            p = positions[pi] if ver == 0 else revise(positions[pi], random.Random(SEED + pi))
            name = fname(tmpl, p, lang)
            if kind == "copy":
                src = names[0]
                data = (out_c / src).read_bytes()
                exp = dict(files[src]); exp["document"] = name
                exp["also"] = dict(exp["also"], same_as=src)
                write(name, data, exp)
                names.append(name)
                continue
            data, o, people = build_wd(p, lang, kind, wr, over, random.Random(f"{SEED}-{name}"), used,
                                       random.Random(f"{SEED}-options-{pi}"))
            k = "ocr" if kind == "ocr-run" else kind
            exp = expected_for(p, lang, o, name, k, people,
                               {"package": [PARTS[w] for w in wr] or None, "version": "revision" if ver else "original"})
            write(name, data, exp)
            names.append(name)
        newest = names[1] if group is not GROUPS[-1] else None
        for n in names:
            files[n]["versions"] = {"position": positions[group[0][0]]["pos_no"], "documents": list(names),
                                    "newest": newest}
    for (pi, kind, lang, tmpl, wr) in SINGLES:
        p = positions[pi]
        over = {}
        if pi in (23, 31):
            over["pos_value"] = "NEW" if pi == 23 else "À déterminer"
        name = fname(tmpl, p, lang)
        r = random.Random(f"{SEED}-{name}")
        if "pos_value" in over:
            pass
        data, o, people = build_wd(p, lang, kind, wr, over, r, used)
        k = "ocr" if kind == "ocr-run" else kind
        exp = expected_for(p, lang, o, name, k, people, {"package": [PARTS[w] for w in wr] or None})
        write(name, data, exp)

    refuse(positions, used, write)

    for name, exp in sorted(files.items()):
        text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=120)
        (out_e / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    print(f"{len(files)} documents")


def refused(name, kind, lang, people, what):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": [], "also": {"what": what}, "people": sorted(set(people)), "versions": None}


def refuse(positions, used, write):
    rng = random.Random(SEED + 1)
    # 1. a cover memo on its own (its description was filed elsewhere)
    p = positions[30]
    d = Doc()
    cover_memo(p, "en", rng, d, p["date"] + dt.timedelta(days=12))
    d.blocks = [b for b in d.blocks if b[0] != "br"]
    name = "Cover memo - EX classification request.docx"
    write(name, docx_from(d), refused(name, "docx", "en", [p["signer"], p["hr"], p["approver"]], "cover memo only"))
    # 2. an organization chart on its own, PDF with a text layer
    p = positions[22]
    d = Doc()
    names = orgchart(p, "en", rng, d, used)
    d.blocks = [b for b in d.blocks if b[0] != "br"]
    d.blocks.insert(0, ("h", f"{p['dept'][0]} – {p['branch'][0]}", 0))
    d.blocks[1] = ("h", "Organization Chart – as of April 1, 2023", 0)
    name = f"Org chart - {p['dept'][2]} {p['area'][0]} 2023.pdf"
    write(name, pdf_bytes(["\n".join(to_lines(d))]), refused(name, "pdf", "en", names, "organization chart"))
    # 3. a classification rationale on its own, French OCR
    p = positions[19]
    d = Doc()
    names = rationale(p, "fr", rng, d, used)
    d.blocks = [b for b in d.blocks if b[0] != "br"]
    text = ocr_damage("\n".join(wrap(to_lines(d), 84, rng, 0.3)), rng, 0.3, 0.05, 0.02)
    name = f"Justification classification - {short(p['title_fr'])}.txt"
    write(name, ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n").encode("utf-8"),
          refused(name, "ocr", "fr", names, "classification rationale"))
    # 4. an e-mail on its own (the description was an attachment), cp1252
    p = positions[28]
    d = Doc()
    email_front(p, "en", rng, d, dt.date(2024, 3, 5))
    d.p("Attachment: WD - " + p["title_en"] + ".docx (48 KB)")
    lines = [l for l in to_lines(d) if l != "\f"]
    name = "RE_ WD for signature.txt"
    write(name, ("\r\n".join(lines) + "\r\n").replace("'", "\u2019").encode("cp1252"),
          refused(name, "text-cp1252", "en", [p["signer"], p["hr"], p["approver"]], "e-mail without the description"))
    # 5. a scanned signature page: a PDF without a text layer
    name = "Page de signature - signée.pdf"
    write(name, pdf_bytes(["", ""]), refused(name, "pdf", "fr", [], "PDF without a text layer (scanned signature page)"))
    # 6. a checklist / table of contents of a classification package, French Word file
    p = positions[31]
    d = Doc()
    d.h("Trousse de classification – liste de contrôle", 0)
    d.p(f"Poste : {p['title_fr']} ({p['cls']})")
    d.table([["Document", "Reçu", "Page"], ["Note de service signée", "Oui", "1"],
             ["Description de travail (version signée)", "Oui", "2"], ["Organigramme à jour", "Oui", "7"],
             ["Justification de la classification", "Non", "—"], ["Page des signatures", "Oui", "9"]])
    d.p(f"Préparé par : {p['hr']}")
    name = "Liste de contrôle - trousse de classification.docx"
    write(name, docx_from(d), refused(name, "docx", "fr", [p["hr"]], "package checklist / table of contents"))


if __name__ == "__main__":
    main()
