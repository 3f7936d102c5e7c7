"""Generate blind corpus 182 (issue 12): unusual reporting and levels. Deterministic.

Run from the repository root: python bench/import/blind182/make_blind.py
"""
import io
import random
import sys
import zipfile
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
import yaml  # noqa: E402
from texts import ORGS, AREAS, ROLE, REPORT_ROLES, SUB_AREAS, GIVEN, FAMILY, GA_EN, GA_FR, NS_EN, NS_FR, SA_EN, SA_FR  # noqa: E402

R = random.Random(182)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

_used = set()


def person(rng):
    while True:
        n = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if n not in _used:
            _used.add(n)
            return n


def up(level, k=1):
    return f"EX-{int(level[3:]) + k:02d}"


# ---------------------------------------------------------------- positions
STYLES = ["functional", "dotted", "shared", "comanager", "acting", "gic", "legal", "plain", "secondment",
          "interchange", "dm", "lc_sup", "functional_fr_order", "acting_gic", "plain"]
SPECIAL = [  # (title en, title fr, level, style, sup (en, fr, level))
    ("Registrar", "Registraire", "EX-02", "functional", ("Executive Director", "Directeur exécutif", "EX-03")),
    ("Executive Director and General Counsel", "Directeur exécutif et avocat général", "EX-03", "legal", ("Chairperson", "Présidente", "GC-7")),
    ("Chief Executive Officer", "Premier dirigeant", "EX-05", "gic", ("Chairperson of the Board", "Président du conseil", "GC-8")),
    ("Vice-President, Tribunal Operations", "Vice-présidente, Opérations du tribunal", "EX-04", "gic", ("President", "Président", "GCQ-5")),
    ("Chief of Staff to the Commissioner", "Chef de cabinet du commissaire", "EX-02", "gic", ("Commissioner", "Commissaire", "GC-7")),
    ("Deputy Registrar", "Registraire adjoint", "EX-01", "acting", ("Registrar", "Registraire", "EX-02")),
    ("Director, Legal Services", "Directeur, Services juridiques", "EX-02", "lc_sup", ("Senior General Counsel", "Avocate générale principale", "LC-04")),
    ("Chief Audit Executive", "Dirigeant principal de l'audit", "EX-03", "dm", ("Deputy Minister", "Sous-ministre", "DM-03")),
    ("Assistant Deputy Minister, Corporate Services and Chief Financial Officer", "Sous-ministre adjoint, Services ministériels et dirigeant principal des finances", "EX-04", "dm", ("Deputy Minister", "Sous-ministre", "DM-03")),
    ("Executive Director, Secretariat and General Counsel", "Directrice exécutive, Secrétariat et avocate générale", "EX-03", "legal", ("Chairperson", "Président", "GCQ-5")),
    ("Director General, Regional Operations (Atlantic)", "Directeur général, Opérations régionales (Atlantique)", "EX-03", "dm", ("Associate Deputy Minister", "Sous-ministre déléguée", "DM-02")),
    ("Director, Integrated Planning (shared position)", "Directrice, Planification intégrée (poste partagé)", "EX-01", "shared", None),
]


def make_positions():
    areas = AREAS[:]
    R.shuffle(areas)
    levels = ["EX-01"] * 14 + ["EX-02"] * 9 + ["EX-03"] * 6 + ["EX-04"] * 2 + ["EX-05"] * 1
    R.shuffle(levels)
    out, titles = [], set()
    pos_numbers = R.sample(range(10000, 99999), 200)
    for i in range(43):
        rng = random.Random(182000 + i)
        org = i % len(ORGS)
        a_en, a_fr = areas[i % len(areas)]
        if i < len(SPECIAL):
            t_en, t_fr, lvl, style, sup = SPECIAL[i]
        else:
            lvl = levels[i - len(SPECIAL)]
            style = STYLES[i % len(STYLES)]
            k = i
            while ROLE[lvl][0].format(a=areas[k % len(areas)][0]) in titles:
                k += 1
            a_en, a_fr = areas[k % len(areas)]
            t_en, t_fr = ROLE[lvl][0].format(a=a_en), ROLE[lvl][1].format(a=a_fr)
            sup = None
        titles.add(t_en)
        if sup is None:
            if style == "gic" or style == "acting_gic":
                sup = rng.choice([("Chairperson", "Président", "GC-7"), ("Commissioner", "Commissaire", "GC-7"),
                                  ("President", "Présidente", "GCQ-5"), ("Chief Executive Officer", "Premier dirigeant", "GC-6")])
            elif style == "dm":
                sup = ("Deputy Minister", "Sous-ministre", "DM-03")
            elif style == "lc_sup":
                sup = ("General Counsel and Head, Legal Services", "Avocat général et chef, Services juridiques", "LC-04")
            else:
                sl = up(lvl) if lvl != "EX-05" else "DM-01"
                sa = rng.choice(AREAS)
                if sl == "DM-01":
                    sup = ("Associate Deputy Minister", "Sous-ministre délégué", sl)
                else:
                    r_en, r_fr = ROLE[sl]
                    sup = (r_en.format(a=sa[0]), r_fr.format(a=sa[1]), sl)
        func = None
        if style in ("functional", "dotted", "shared", "functional_fr_order"):
            fl = sup[2] if not sup[2].startswith("EX") else (up(sup[2], 1) if sup[2] != "EX-05" else "EX-05")
            fa = rng.choice(AREAS)
            if fl.startswith("EX"):
                func = (ROLE[fl][0].format(a=fa[0]), ROLE[fl][1].format(a=fa[1]), fl)
            else:
                func = ("Chairperson", "Président", fl)
            if style == "shared":
                fa2 = rng.choice(AREAS)
                func = (ROLE["EX-02"][0].format(a=fa2[0]), ROLE["EX-02"][1].format(a=fa2[1]), "EX-02")
                sup = (ROLE["EX-02"][0].format(a=fa[0]), ROLE["EX-02"][1].format(a=fa[1]), "EX-02")
        # direct reports
        n = rng.randint(2, 6)
        reports, subs = [], rng.sample(SUB_AREAS, 6)
        for k in range(n):
            if lvl in ("EX-03", "EX-04", "EX-05") and k < 2:
                rl = f"EX-{int(lvl[3:]) - 1:02d}"
                sa = rng.choice(AREAS)
                rt = (ROLE[rl][0].format(a=sa[0]), ROLE[rl][1].format(a=sa[1]), rl)
            else:
                role = REPORT_ROLES[rng.choice([0, 0, 0, 1, 2])]
                rt = (role[0].format(a=subs[k][0]), role[1].format(a=subs[k][1]), rng.choice(role[2]))
            fte = rng.choice([1, 1, 3, 6, 8, 9, 12, 14, 17, 22]) if "Advisor" not in rt[0] else 1
            if rng.random() < 0.12:
                fte = None
            reports.append({"en": rt[0], "fr": rt[1], "cls": rt[2], "fte": fte, "note": None})
        if style == "legal" or (style == "plain" and lvl == "EX-02"):
            reports.insert(0, {"en": "Senior Counsel", "fr": "Avocat principal", "cls": "LC-03", "fte": 1, "note": "higher"})
            reports.append({"en": "Counsel", "fr": "Avocate-conseil", "cls": "LC-02", "fte": 4, "note": None})
        if style == "secondment":
            reports.append({"en": "Senior Policy Advisor", "fr": "Conseillère principale en politiques", "cls": "EC-07", "fte": 1, "note": "secondment"})
        if style == "interchange":
            reports.append({"en": "Special Advisor, Innovation", "fr": "Conseiller spécial, Innovation", "cls": None, "fte": 1, "note": "interchange"})
        if lvl == "EX-01" and rng.random() < 0.2:
            reports[0]["cls"] = None
        if rng.random() < 0.08:
            reports = None
        fte_total = None
        if reports:
            known = [r["fte"] for r in reports if r["fte"] is not None]
            fte_total = sum(known) + 1 + rng.randint(0, 3)
        base = {"EX-01": 1.4, "EX-02": 2.6, "EX-03": 5.5, "EX-04": 11.0, "EX-05": 19.0}[lvl]
        salary = int(round(base * rng.uniform(0.6, 1.6) * 1000)) * 1000
        om = int(round(rng.uniform(0.05, 0.6) * salary / 1000)) * 1000
        y = rng.choice([2018, 2019, 2020, 2021, 2022, 2023])
        eff = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.15:
            eff = None
        p = {
            "i": i, "org": org, "en": t_en, "fr": t_fr, "cls": lvl, "style": style, "area": (a_en, a_fr),
            "job_code": str(rng.randint(100100, 109999)) if rng.random() < 0.7 else None,
            "pos": str(pos_numbers[i]) if rng.random() < 0.85 else None,
            "eff": eff,
            "sup": {"en": sup[0], "fr": sup[1], "cls": sup[2],
                    "pos": str(pos_numbers[100 + i]) if (rng.random() < 0.5 and not sup[2].startswith(("GC", "DM"))) else None},
            "func": None if func is None else {"en": func[0], "fr": func[1], "cls": func[2]},
            "reports": reports, "salary": salary, "om": om, "total_stated": rng.random() < 0.75,
            "fte": fte_total, "incumbent": person(rng) if rng.random() < 0.6 else None,
            "approver": person(rng), "acting_name": person(rng) if style in ("acting", "acting_gic") else None,
            "co": None, "sec_name": person(rng) if style in ("secondment", "interchange") else None,
        }
        if style == "comanager":
            ca = rng.choice(AREAS)
            p["co"] = {"en": ROLE[lvl][0].format(a=ca[0]), "fr": ROLE[lvl][1].format(a=ca[1]), "cls": lvl,
                       "org": ORGS[(org + 3) % len(ORGS)]}
        out.append(p)
    return out


# ---------------------------------------------------------------- notations
def date_txt(d, lang, rng):
    if d is None:
        return ""
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return rng.choice([f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat()])
    return rng.choice([f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"])


def money(v, lang, rng):
    m = v / 1e6
    if lang == "fr":
        return rng.choice([f"{v:,}".replace(",", " ") + " $", f"{m:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
                           if v % 1000 == 0 and round(m, 3) * 1e6 == v else f"{v:,}".replace(",", " ") + " $"])
    opts = [f"${v:,}"]
    if round(m, 3) * 1e6 == v:
        opts.append(f"${m:.3f}".rstrip("0").rstrip(".") + "M")
    if v < 1e6:
        opts.append(f"${v // 1000}K")
    return rng.choice(opts)


def fte_s(fte, lang):
    if fte is None:
        return ""
    if lang == "fr":
        return f"{fte} ETP"
    return f"{fte} FTE" + ("s" if fte != 1 else "")


def report_line(r, lang, rng, fmt):
    t = r[lang if lang == "fr" else "en"]
    c = r["cls"]
    inner = ", ".join(x for x in [c or "", fte_s(r["fte"], lang)] if x)
    note = ""
    if r["note"] == "secondment":
        note = (" - titulaire en détachement de Pêches et Océans Canada" if lang == "fr"
                else " - incumbent on secondment from Public Services and Procurement Canada")
    elif r["note"] == "interchange":
        note = (" - assignation Échanges Canada (Université Laval), non classifié" if lang == "fr"
                else " - Interchange Canada assignment from Dalhousie University, unclassified")
    if fmt == 0:
        return f"{t} ({inner}){note}" if inner else f"{t}{note}"
    return f"{c + ' - ' if c else ''}{t}{' (' + fte_s(r['fte'], lang) + ')' if r['fte'] is not None else ''}{note}"


def reporting_prose(p, lang):
    s, f, st = p["sup"], p["func"], p["style"]
    t = p[lang] if lang == "fr" else p["en"]
    if lang == "fr":
        if st in ("functional", "functional_fr_order"):
            if st == "functional_fr_order":
                return (f"Le titulaire relève fonctionnellement du {f['fr']} ({f['cls']}) pour l'orientation des dossiers, "
                        f"et administrativement du {s['fr']} ({s['cls']}), qui approuve les congés, le rendement et les ressources.")
            return f"Le titulaire relève administrativement du {s['fr']} ({s['cls']}) et fonctionnellement du {f['fr']} ({f['cls']})."
        if st == "dotted":
            return (f"Lien hiérarchique direct : {s['fr']} ({s['cls']}). Lien fonctionnel (en pointillé) : {f['fr']} ({f['cls']}).")
        if st == "shared":
            return (f"Ce poste est partagé entre deux directions générales. Il relève administrativement du {s['fr']} ({s['cls']}) "
                    f"et reçoit ses orientations sur les dossiers communs du {f['fr']} ({f['cls']}), à parts égales du temps.")
        if st == "comanager":
            c = p["co"]
            return (f"Le titulaire relève du {s['fr']} ({s['cls']}). Il codirige le Centre d'expertise avec le {c['fr']} ({c['cls']}) "
                    f"de l'organisation partenaire ({c['org'][1]}), qui ne relève pas de lui.")
        if st.startswith("acting"):
            return (f"Le titulaire relève du {s['fr']} ({s['cls']}). Ce poste de supérieur est actuellement occupé par intérim "
                    f"par {p['acting_name']} (EX-01 par intérim).")
        return f"Le titulaire relève du {s['fr']} ({s['cls']})."
    if st == "functional":
        return (f"The {t} reports functionally to the {f['en']} ({f['cls']}) and administratively to the {s['en']} "
                f"({s['cls']}).")
    if st == "functional_fr_order":
        return (f"Administrative supervisor: {s['en']} ({s['cls']}). Functional direction on case files is provided by the "
                f"{f['en']} ({f['cls']}).")
    if st == "dotted":
        return f"Solid line to the {s['en']} ({s['cls']}); dotted line to the {f['en']} ({f['cls']})."
    if st == "shared":
        return (f"This position is shared by two branches. It reports to the {s['en']} ({s['cls']}), who holds the "
                f"administrative responsibility for the position, and takes direction on joint files from the "
                f"{f['en']} ({f['cls']}); time is split roughly 50/50.")
    if st == "comanager":
        c = p["co"]
        return (f"The {t} reports to the {s['en']} ({s['cls']}) and co-manages the joint Centre of Expertise with the "
                f"{c['en']} ({c['cls']}) of the {c['org'][0]}, who is a peer and not a direct report.")
    if st.startswith("acting"):
        return (f"The {t} reports to the {s['en']} ({s['cls']}). That position is currently filled on an acting basis by "
                f"{p['acting_name']} (EX-0{int(s['cls'][-1]) - 1 if s['cls'].startswith('EX') else 3}, acting).")
    return f"The {t} reports to the {s['en']} ({s['cls']})."


# ---------------------------------------------------------------- document model
def build(p, lang, rng):
    """lang: en | fr | bilingual. Returns a dict of blocks; every value the truth holds is in it."""
    L = "fr" if lang == "fr" else "en"
    org = ORGS[p["org"]]
    bi = lang == "bilingual"
    t = p["fr"] if L == "fr" else p["en"]
    labels = rng.choice(["A", "B"]) if p["style"] not in ("functional", "dotted", "shared", "functional_fr_order") else rng.choice(["A", "A", "B"])
    fields = []

    def lab(en, fr):
        return f"{en} / {fr}" if bi else (fr if L == "fr" else en)
    if labels == "A":
        fields.append((lab("Position Title", "Titre du poste"), f"{p['en']} / {p['fr']}" if bi else t))
        fields.append((lab("Position Number", "Numéro du poste"), p["pos"] or rng.choice(["NEW", "TBD", "To be assigned"] if L == "en" else ["NOUVEAU", "À déterminer"])))
        if p["job_code"]:
            fields.append((lab("Job Code", "Code d'emploi"), p["job_code"]))
        fields.append((lab("Classification", "Groupe et niveau"), p["cls"]))
        fields.append((lab("Effective Date", "Date d'entrée en vigueur"), date_txt(p["eff"], L, rng)))
        fields.append((lab("Department / Agency", "Ministère / organisme"), org[1] if L == "fr" else org[0]))
        fields.append((lab("Location", "Lieu de travail"), org[4] if L == "fr" else org[3]))
        fields.append((lab("Supervisor's Position Title", "Titre du poste du superviseur"), f"{p['sup']['en']} / {p['sup']['fr']}" if bi else p["sup"][L]))
        if p["sup"]["pos"]:
            fields.append((lab("Supervisor's Position No.", "Numéro du poste du superviseur"), p["sup"]["pos"]))
        fields.append((lab("Supervisor's Classification", "Classification du superviseur"), p["sup"]["cls"]))
    else:
        fields.append((lab("TITLE", "TITRE"), f"{p['en']} / {p['fr']}" if bi else t))
        fields.append((lab("GROUP/LEVEL", "GROUPE/NIVEAU"), p["cls"]))
        if p["job_code"]:
            fields.append((lab("JOB CODE", "CODE D'EMPLOI"), p["job_code"]))
        fields.append((lab("POSITION NUMBER", "NUMÉRO DE POSTE"), p["pos"] or ("NOUVEAU" if L == "fr" else "NEW")))
        fields.append((lab("EFFECTIVE DATE", "DATE D'ENTRÉE EN VIGUEUR"), date_txt(p["eff"], L, rng)))
        fields.append((lab("ORGANIZATION", "ORGANISATION"), org[1] if L == "fr" else org[0]))
        fields.append((lab("WORK LOCATION", "LIEU DE TRAVAIL"), org[4] if L == "fr" else org[3]))
        sp = f" (position {p['sup']['pos']})" if p["sup"]["pos"] and L == "en" else (f" (poste {p['sup']['pos']})" if p["sup"]["pos"] else "")
        if p["style"] in ("plain", "gic", "dm", "lc_sup", "legal", "secondment", "interchange"):
            fields.append((lab("REPORTS TO", "RELÈVE DE"), f"{p['sup'][L]}, {p['sup']['cls']}{sp}"))
    if p["incumbent"]:
        fields.append((lab("Incumbent", "Titulaire"), p["incumbent"]))
    a = p["area"][1].lower() if L == "fr" else p["area"][0].lower()
    sections = []
    ga = (GA_FR if L == "fr" else GA_EN).format(t=t, a=a, org=org[2])
    sections.append(("GENERAL ACCOUNTABILITY" if L == "en" else "RESPONSABILITÉ GÉNÉRALE", [ga]))
    struct = [reporting_prose(p, L)]
    if labels == "B" and p["sup"]["pos"] and p["style"] not in ("plain", "gic", "dm", "lc_sup", "legal", "secondment", "interchange"):
        struct.append(f"Supervisor's position number: {p['sup']['pos']}." if L == "en" else f"Numéro du poste du superviseur : {p['sup']['pos']}.")
    if p["style"] == "interchange" and rng.random() < 0.5:
        struct.append("The Special Advisor is an Interchange Canada participant; the assignment ends March 31 of next year."
                      if L == "en" else "Le conseiller spécial est un participant d'Échanges Canada; l'affectation prend fin le 31 mars prochain.")
    sections.append(("ORGANIZATION STRUCTURE" if L == "en" else "STRUCTURE ORGANISATIONNELLE", struct))
    fmt = rng.randint(0, 1)
    rep_lines = None
    if p["reports"]:
        rep_lines = [report_line(r, L, rng, fmt) for r in p["reports"]]
    dims = [("Salary" if L == "en" else "Traitements", money(p["salary"], L, rng)),
            ("O&M" if L == "en" else "F et E", money(p["om"], L, rng))]
    if p["total_stated"]:
        dims.append(("Total", money(p["salary"] + p["om"], L, rng)))
    if p["fte"] is not None:
        dims.insert(0, ("FTEs" if L == "en" else "ETP", str(p["fte"])))
    sa = [x.format(a=a) for x in (SA_FR if L == "fr" else SA_EN)]
    rng.shuffle(sa)
    sections.append(("NATURE AND SCOPE" if L == "en" else "NATURE ET ÉTENDUE", [(NS_FR if L == "fr" else NS_EN).format(org=org[2])]))
    sign = []
    if p["incumbent"]:
        sign.append((("Incumbent" if L == "en" else "Titulaire"), p["incumbent"]))
    sign.append((("Approved by" if L == "en" else "Approuvé par"), p["approver"]))
    return {"title": t, "fields": fields, "sections": sections, "reports": rep_lines, "report_rows": p["reports"],
            "dims": dims, "sa": sa[:5], "sign": sign, "L": L, "bi": bi, "doc_head": "EXECUTIVE WORK DESCRIPTION" if L == "en" else "DESCRIPTION DE TRAVAIL DE CADRE",
            "rep_head": ("Positions reporting directly to this position" if L == "en" else "Postes relevant directement du titulaire"),
            "dim_head": "DIMENSIONS", "sa_head": "SPECIFIC ACCOUNTABILITIES" if L == "en" else "ACTIVITÉS PRINCIPALES",
            "org": org}


def to_plain(d, md=False):
    out = []
    if d["bi"]:
        head = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
    else:
        head = d["doc_head"]
    out += [("# " if md else "") + head, ""]
    if md:
        out += ["## " + ("Position Details" if d["L"] == "en" else "Renseignements sur le poste"), ""]
    for k, v in d["fields"]:
        out.append(f"*   **{k}:** {v}" if md else f"{k}: {v}")
    out.append("")
    for h, paras in d["sections"][:2]:
        out += [("## " if md else "") + h, ""] + [x for para in paras for x in (para, "")]
    out.append(("### " if md else "") + d["rep_head"] + ":")
    out.append("")
    if d["reports"]:
        out += [("*   " if md else "- ") + r for r in d["reports"]]
    else:
        out.append("None." if d["L"] == "en" else "Aucun.")
    out.append("")
    for h, paras in d["sections"][2:]:
        out += [("## " if md else "") + h, ""] + [x for para in paras for x in (para, "")]
    out += [("## " if md else "") + d["dim_head"], ""]
    out += [(f"*   **{k}:** {v}" if md else f"{k}: {v}") for k, v in d["dims"]]
    out += ["", ("## " if md else "") + d["sa_head"], ""]
    out += [f"{n}. {s}" for n, s in enumerate(d["sa"], 1)]
    out += ["", ("## " if md else "") + ("SIGNATURES" if d["L"] == "en" else "SIGNATURES"), ""]
    out += [(f"**{k}:** {v}" if md else f"{k}: {v}") + "    Date: ____________" for k, v in d["sign"]]
    return "\n".join(out) + "\n"


CONF = {"0": "OD", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}


def damage(text, strength, rng, header, wrap=True):
    pd, pl, pj = {"light": (0.12, 0.01, 0.01), "medium": (0.3, 0.03, 0.03), "heavy": (0.55, 0.06, 0.06)}[strength]
    lines_out = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            r = rng.random()
            if ch in CONF and r < pd:
                chars.append(rng.choice(CONF[ch]))
            elif ch == "m" and r < pl:
                chars.append("rn")
            elif ch == "e" and r < pl:
                chars.append("c")
            elif ch == "i" and r < pl:
                chars.append("l")
            elif ch in "éèà" and r < pl * 4:
                chars.append({"é": "e", "è": "e", "à": "a"}[ch])
            elif ch == " " and r < pj:
                continue
            else:
                chars.append(ch)
        line = "".join(chars)
        # rewrap long lines at about 70 columns with hyphenated breaks
        while wrap and len(line) > 72:
            cut = line.rfind(" ", 40, 70)
            if cut == -1 or rng.random() < 0.25:
                cut = 66
                lines_out.append(line[:cut] + "-")
                line = line[cut:]
            else:
                lines_out.append(line[:cut])
                line = line[cut + 1:]
        lines_out.append(line)
    pages, page = [], []
    for ln in lines_out:
        page.append(ln)
        if len(page) >= 46:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out.append(header)
            out.append("")
        out += pg
        out += ["", rng.choice([f"Page {n} of {len(pages)}", f"- {n} -", f"{n}"]).replace("1", "l" if strength == "heavy" else "1")]
        if n < len(pages):
            out.append("\f")
    return "\n".join(out) + "\n"


def to_columns(d, rng):
    left = [f"{k}: {v}" for k, v in d["fields"]] + [""] + [f"{k}: {v}" for k, v in d["dims"]]
    right = []
    for h, paras in d["sections"]:
        right.append(h)
        for para in paras:
            words, cur = para.split(), ""
            for w in words:
                if len(cur) + len(w) > 44:
                    right.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            right.append(cur)
    rep = [d["rep_head"] + ":"] + (d["reports"] or ["None."])
    out = [d["doc_head"], ""]
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else ""
        rgt = right[i] if i < len(right) else ""
        out.append(f"{lft}  {rgt}" if len(lft) < 38 else f"{lft} {rgt}")
    out += [""] + rep + ["", d["sa_head"]] + [f"{n}. {s}" for n, s in enumerate(d["sa"], 1)]
    out += [""] + [f"{k}: {v}" for k, v in d["sign"]]
    return "\n".join(out) + "\n"


def to_docx(d, author, rng):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2021, 1, 1)
    cp.modified = dt.datetime(2021, 1, 1)
    cp.revision = 1
    cp.title = d["title"]
    doc.add_heading(d["doc_head"] if not d["bi"] else "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", 0)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in d["fields"]:
        row = tbl.add_row().cells
        row[0].text, row[1].text = k, v
    for h, paras in d["sections"][:2]:
        doc.add_heading(h, 1)
        for para in paras:
            doc.add_paragraph(para)
    doc.add_heading(d["rep_head"], 2)
    rows = d["report_rows"]
    if rows:
        if rng.random() < 0.6:
            L = d["L"]
            rt = doc.add_table(rows=1, cols=3)
            rt.style = "Table Grid"
            hdr = rt.rows[0].cells
            hdr[0].text, hdr[1].text, hdr[2].text = (("Title", "Group/Level", "FTEs") if L == "en" else ("Titre", "Groupe/niveau", "ETP"))
            for r, line in zip(rows, d["reports"]):
                c = rt.add_row().cells
                title = r["fr"] if L == "fr" else r["en"]
                if r["note"] in ("secondment", "interchange"):
                    title = line.split(" - ", 1)[0] if False else title + " (" + line.rsplit(" - ", 1)[1] + ")"
                c[0].text, c[1].text, c[2].text = title, r["cls"] or "", "" if r["fte"] is None else str(r["fte"])
        else:
            for line in d["reports"]:
                doc.add_paragraph(line, style="List Bullet")
    else:
        doc.add_paragraph("None." if d["L"] == "en" else "Aucun.")
    for h, paras in d["sections"][2:]:
        doc.add_heading(h, 1)
        for para in paras:
            doc.add_paragraph(para)
    doc.add_heading(d["dim_head"], 1)
    for k, v in d["dims"]:
        doc.add_paragraph(f"{k}: {v}")
    doc.add_heading(d["sa_head"], 1)
    for s in d["sa"]:
        doc.add_paragraph(s, style="List Number")
    for k, v in d["sign"]:
        doc.add_paragraph(f"{k}: {v}")
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
    return out.getvalue()


def to_pdf_pages(text):
    lines = text.split("\n")
    wrapped = []
    for ln in lines:
        while len(ln) > 105:
            cut = ln.rfind(" ", 0, 105)
            cut = cut if cut > 0 else 105
            wrapped.append(ln[:cut])
            ln = ln[cut:].lstrip()
        wrapped.append(ln)
    return ["\n".join(wrapped[i:i + 66]) for i in range(0, len(wrapped), 66)]


# ---------------------------------------------------------------- truth
def truth(p, lang, kind, name, extra_also=None, people=None, versions=None):
    L = "fr" if lang == "fr" else "en"
    org = ORGS[p["org"]]
    f = {
        "title": p["fr"] if L == "fr" else p["en"],
        "classification": p["cls"],
        "job_code": p["job_code"],
        "position_number": p["pos"],
        "effective_date": p["eff"],
        "supervisor": {"position_number": p["sup"]["pos"], "title": p["sup"][L], "classification": p["sup"]["cls"]},
        "direct_reports": None if not p["reports"] else [
            {"title": r[L], "classification": r["cls"], "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"],
        "total": p["salary"] + p["om"] if p["total_stated"] else None,
        "location": org[4] if L == "fr" else org[3],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if f["direct_reports"] is None:
        ns.append("direct_reports")
    also = {"department": org[1] if L == "fr" else org[0], "reporting_style": p["style"]}
    if lang == "bilingual":
        also["title_fr"] = p["fr"]
        also["supervisor_title_fr"] = p["sup"]["fr"]
    if L == "fr":
        also["title_en"] = p["en"]
    if p["func"]:
        also["functional_supervisor"] = {"title": p["func"][L], "classification": p["func"]["cls"],
                                         "note": "functional / dotted-line / second branch: not the supervisor"}
    if p["co"]:
        also["co_manager"] = {"title": p["co"][L], "classification": p["co"]["cls"], "note": "peer, not a report"}
    if p["acting_name"]:
        also["supervisor_acting"] = f"{p['acting_name']} acts in the supervisor's position; the supervisor's classification is the position's"
    if p["fte"] is not None:
        also["fte"] = p["fte"]
    if p["reports"]:
        for r in p["reports"]:
            if r["note"] == "higher":
                also["report_above_expected_level"] = f"{r[L]} {r['cls']}"
            if r["note"] in ("secondment", "interchange"):
                also["report_on_assignment"] = f"{r[L]} ({r['note']})"
    also.update(extra_also or {})
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns or None, "also": also,
            "people": people, "versions": versions}


def refuse_truth(name, kind, lang, why, people):
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": None, "also": {"what": why}, "people": people or None, "versions": None}


# ---------------------------------------------------------------- assembly
KINDS = (["markdown"] * 7 + ["text"] * 6 + ["text-cp1252"] * 5 + ["ocr"] * 11 + ["ocr-columns"] * 2
         + ["docx"] * 8 + ["pdf"] * 6)
LANGS = ["en"] * 27 + ["fr"] * 12 + ["bilingual"] * 6


def file_name(p, kind, lang, rng):
    t = p["fr"] if lang == "fr" else p["en"]
    ext = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "ocr-columns": ".txt",
           "docx": ".docx", "pdf": ".pdf"}[kind]
    if kind.startswith("ocr"):
        return rng.choice([f"Scan_{2019 + p['i'] % 5}-0{1 + p['i'] % 9}-1{p['i'] % 9} {p['pos'] or 'NEW'} OCR",
                           f"img{p['i']:04d} {t[:28].strip()} (ocr)", f"Numérisation {t}", f"{p['cls']} {t} - signed scan"]) + ext
    if lang == "fr":
        return rng.choice([f"Description de travail – {t}", f"DT {p['cls']} {t}", f"{t} (version finale)"]) + ext
    return rng.choice([f"{t} ({p['cls']})", f"WD - {t} - signed", f"{t} DRAFT", f"{t} (1)", f"EX WD {t}, final"]) + ext


def render(p, kind, lang, rng, name):
    d = build(p, lang, rng)
    author = p["incumbent"] or p["approver"]
    also = {}
    if kind == "markdown":
        data = to_plain(d, md=True).encode()
    elif kind == "text":
        data = to_plain(d).encode()
    elif kind == "text-cp1252":
        txt = to_plain(d).replace("'", "\u2019").replace("Centre of Expertise", "\u201cCentre of Expertise\u201d")
        data = txt.replace("\n", "\r\n").encode("cp1252")
    elif kind in ("ocr", "ocr-columns"):
        strength = rng.choice(["light", "medium", "medium", "heavy"])
        also["damage"] = strength
        src = to_plain(d) if kind == "ocr" else to_columns(d, rng)
        data = damage(src, strength, rng, f"{d['org'][2]} - {d['title'][:40]}", wrap=kind == "ocr").encode()
    elif kind == "docx":
        data = to_docx(d, author, rng)
    else:
        data = pdf_bytes(to_pdf_pages(to_plain(d)))
    people = [n for n in (p["incumbent"], p["approver"], p["acting_name"], p["sec_name"]) if n]
    # names not printed: acting name printed in prose; sec_name is not printed
    people = [n for n in people if n != p["sec_name"]]
    return data, also, people


def main():
    positions = make_positions()
    # family: positions 12 and 13 report to the Vice-President, Tribunal Operations (position 3)
    vp = positions[3]
    vp["pos"] = "48213"
    vp["org"] = 1
    for k, area in ((12, ("Hearings Scheduling", "Mise au rôle des audiences")), (13, ("Decisions Quality", "Qualité des décisions"))):
        q = positions[k]
        q.update(cls="EX-03", org=1, style="plain" if k == 12 else "dotted",
                 en=f"Director General, {area[0]}", fr=f"Directeur général, {area[1]}")
        q["sup"] = {"en": vp["en"], "fr": vp["fr"], "cls": vp["cls"], "pos": vp["pos"]}
        if q["style"] == "dotted":
            q["func"] = {"en": "Executive Director and General Counsel", "fr": "Directeur exécutif et avocat général", "cls": "EX-03"}
        q["func"] = q["func"] if q["style"] == "dotted" else None
        q["acting_name"], q["co"] = None, None
        q["area"] = area
        for r in q["reports"] or []:
            if r["cls"] and r["cls"].startswith("EX"):
                r["cls"] = "EX-02"
                r["en"] = r["en"].replace("Director General", "Executive Director").replace("Vice-President", "Executive Director")
                r["fr"] = r["fr"].replace("Directeur général", "Directeur exécutif").replace("Vice-président", "Directeur exécutif")
    order = list(range(43))
    rng0 = random.Random(1820)
    kinds, langs = KINDS[:], LANGS[:]
    rng0.shuffle(kinds)
    rng0.shuffle(langs)
    jobs = []  # (p, kind, lang, name_override, extra)
    for j, i in enumerate(order):
        jobs.append([positions[i], kinds[j], langs[j], None, {}])
    # versions: Registrar (0): DRAFT docx older, signed PDF newer with a new effective date and administrative supervisor
    import copy
    reg_old = copy.deepcopy(positions[0])
    reg_old["eff"] = None
    reg_old["sup"] = {"en": "Director General, Tribunal Operations", "fr": "Directeur général, Opérations du tribunal", "cls": "EX-03", "pos": None}
    reg_new = positions[0]
    reg_new["eff"] = reg_new["eff"] or dt.date(2022, 6, 1)
    jobs[0] = [reg_old, "docx", "en", "Registrar - DRAFT.docx", {}]
    jobs.append([reg_new, "pdf", "en", "Registrar - signed.pdf", {}])
    # shared position (11): older plain text, newer markdown: administrative responsibility moved to the other branch
    sh_old = positions[11]
    sh_new = copy.deepcopy(sh_old)
    sh_new["sup"], sh_new["func"] = ({"en": sh_old["func"]["en"], "fr": sh_old["func"]["fr"], "cls": sh_old["func"]["cls"], "pos": None},
                                     {"en": sh_old["sup"]["en"], "fr": sh_old["sup"]["fr"], "cls": sh_old["sup"]["cls"]})
    sh_new["eff"] = dt.date(2023, 4, 1)
    sh_old["eff"] = sh_old["eff"] or dt.date(2020, 4, 1)
    if sh_old["eff"] >= sh_new["eff"]:
        sh_old["eff"] = dt.date(2020, 4, 1)
    jobs[11] = [sh_old, "text", "en", "Director, Integrated Planning (shared) 2020.txt", {}]
    jobs.append([sh_new, "markdown", "en", "Director, Integrated Planning (shared) - 2023 update.md", {}])
    for d_ in (CORPUS, EXPECTED):
        d_.mkdir(exist_ok=True)
        for f in d_.iterdir():
            f.unlink()
    names = set()
    truths = []
    for j, (p, kind, lang, override, extra) in enumerate(jobs):
        rng = random.Random(182500 + j)
        name = override or file_name(p, kind, lang, rng)
        name = name.replace("/", "-")
        while name in names:
            stem, ext = name.rsplit(".", 1)
            name = f"{stem} (1).{ext}"
        names.add(name)
        data, also, people = render(p, kind, lang, rng, name)
        (CORPUS / name).write_bytes(data)
        extra_also = dict(also)
        if p["sup"]["pos"] and p["sup"]["pos"] == vp["pos"] and p is not vp:
            extra_also["reports_to_in_corpus"] = "VP"
        tr = truth(p, lang, kind, name, extra_also, people or None)
        truths.append((tr, p))
    vp_file = next(t["document"] for t, p in truths if p is vp)
    for t, p in truths:
        if t["also"].get("reports_to_in_corpus") == "VP":
            t["also"]["reports_to_in_corpus"] = vp_file
    by_doc = {t["document"]: t for t, _ in truths}
    for a, b, note in (("Registrar - DRAFT.docx", "Registrar - signed.pdf",
                        "the draft states no effective date and names the Director General, Tribunal Operations as administrative supervisor; the signed version has the effective date and reports administratively to the Executive Director (the functional line is unchanged)"),
                       ("Director, Integrated Planning (shared) 2020.txt", "Director, Integrated Planning (shared) - 2023 update.md",
                        "the administrative responsibility moved to the other branch: the supervisor and the functional executive swapped; new effective date")):
        v = {"documents": [a, b], "newest": b, "same_text": False, "note": note}
        by_doc[a]["versions"] = v
        by_doc[b]["versions"] = v
    refuse(truths)
    for t, _ in truths:
        (EXPECTED / (t["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def refuse(truths):
    rng = random.Random(182999)
    n = [person(rng) for _ in range(8)]
    # 1. MOU between two branches about a shared position (docx)
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.revision = n[0], n[0], 1
    cp.created = cp.modified = dt.datetime(2021, 1, 1)
    doc.add_heading("Memorandum of Understanding", 0)
    doc.add_paragraph("Between the Corporate Services Branch and the Tribunal Operations Branch, Social Benefits Appeal Tribunal")
    doc.add_heading("Subject: shared position 40771, Director, Integrated Planning (EX-01)", 1)
    for t in ["1. Purpose. This MOU sets out how the two branches share the position of Director, Integrated Planning (EX-01), position 40771.",
              "2. Reporting. The Director reports administratively to the Executive Director, Corporate Services (EX-02) and functionally to the Executive Director, Tribunal Operations (EX-02). Performance agreements are signed by the administrative supervisor after consultation.",
              "3. Costs. Salary ($142,000) and O&M ($18,000) are split 60/40 between the branches; each branch transfers its share at the start of the fiscal year.",
              "4. Duration. This MOU takes effect April 1, 2022 and is reviewed annually.",
              "5. Dispute resolution. Disagreements are raised to the Chief Executive Officer."]:
        doc.add_paragraph(t)
    tb = doc.add_table(rows=3, cols=2)
    tb.style = "Table Grid"
    for r, (k, v) in enumerate([("Signed", "Date"), (f"{n[0]}, Executive Director, Corporate Services", "2022-03-14"),
                                (f"{n[1]}, Executive Director, Tribunal Operations", "2022-03-16")]):
        tb.rows[r].cells[0].text, tb.rows[r].cells[1].text = k, v
    buf = io.BytesIO()
    doc.save(buf)
    name = "MOU - shared Director Integrated Planning position (signed).docx"
    (CORPUS / name).write_bytes(rezip(buf.getvalue()))
    truths.append((refuse_truth(name, "docx", "en", "memorandum of understanding between two branches about a shared position", n[:2]), None))
    # 2. Governance terms of reference (markdown, French)
    name = "Mandat – Comité de gestion des cadres (TdR) v3.md"
    md = f"""# Cadre de référence – Comité de gestion des cadres

**Organisation :** Commission fédérale d'arbitrage du travail
**Version :** 3 — approuvée le 12 janvier 2023

## 1. Mandat

Le Comité examine les plans de relève, les évaluations des talents des cadres (EX-01 à EX-03) et les
propositions de classification avant leur présentation à l'administrateur général.

## 2. Composition

| Membre | Niveau | Rôle |
|---|---|---|
| Président (GC-7) | GC-7 | Président du comité |
| Directeur exécutif et avocat général | EX-03 | Vice-président |
| Directrice générale, Services ministériels | EX-03 | Membre |
| Avocate générale principale | LC-04 | Membre |
| Gestionnaire, Ressources humaines | PE-05 | Secrétaire (sans droit de vote) |

## 3. Fonctionnement

Le Comité se réunit tous les trimestres. Le quorum est de trois membres, dont le président.
Les décisions sont consignées au procès-verbal par le secrétaire, {n[2]}.

## 4. Révision

Le présent mandat est révisé chaque année.
"""
    (CORPUS / name).write_text(md, encoding="utf-8")
    truths.append((refuse_truth(name, "markdown", "fr", "governance terms of reference of an executive management committee", [n[2]]), None))
    # 3. memo on an acting arrangement (cp1252)
    name = "Memo - acting arrangements, Registrar\u2019s office.txt"
    memo = f"""MEMORANDUM / NOTE DE SERVICE

TO: All staff, Registry
FROM: {n[3]}, Executive Director (EX-03)
DATE: 2021-07-05
SUBJECT: Acting arrangements \u2013 Registrar (EX-02), position 51174

During the Registrar\u2019s leave (July 12 to August 20), {n[4]}, Deputy Registrar (EX-01), will act as Registrar.
The Registrar reports functionally to the Chairperson (GC-7) and administratively to me; this does not change.
Signing authorities for salary ($1,870,000) and O&M ($240,000) are delegated for the period.

Please direct questions to my office.
"""
    (CORPUS / name).write_bytes(memo.replace("\n", "\r\n").encode("cp1252"))
    truths.append((refuse_truth(name, "text-cp1252", "en", "memo announcing an acting arrangement", n[3:5]), None))
    # 4. org chart (text)
    name = "Org chart - Tribunal Operations (dotted lines).txt"
    chart = """TRIBUNAL OPERATIONS - ORGANIZATION CHART (as of 2022-09-01)

                         +------------------------------+
                         | President (GCQ-5)            |
                         +------------------------------+
                                        |
                         +------------------------------+
                         | Vice-President, Tribunal     |
                         | Operations (EX-04)  #48213   |
                         +------------------------------+
                 ________|__________________  . . . . . . . . . . . .
                |                           |                        :
   +-------------------------+  +-------------------------+  +------------------------+
   | DG, Hearings Scheduling |  | DG, Decisions Quality   |  | Executive Director and |
   | EX-03                   |  | EX-03                   |  | General Counsel EX-03  |
   +-------------------------+  +-------------------------+  | (dotted line)          |
                                                             +------------------------+
   ----- reporting line      . . . . functional (dotted) line
"""
    (CORPUS / name).write_text(chart, encoding="utf-8")
    truths.append((refuse_truth(name, "text", "en", "organization chart", None), None))
    # 5. scan without text layer
    name = "Xerox Scan_03042021_0007.pdf"
    (CORPUS / name).write_bytes(pdf_bytes(["", "", ""]))
    truths.append((refuse_truth(name, "pdf", "en", "three-page scan without a text layer (unreadable; language unknown, given as en)", None), None))


if __name__ == "__main__":
    main()
