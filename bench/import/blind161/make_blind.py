"""Generate blind161: generic and shared executive work descriptions (issue 12).

Run from the repository root:  /work/main/.venv/bin/python bench/import/blind161/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run (seed 161).
"""
import datetime
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

R = random.Random(161)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"

LAB = {
    "title": ("Position title", "Titre du poste"),
    "cls": ("Group and level", "Groupe et niveau"),
    "job": ("Job code", "Code d’emploi"),
    "pn": ("Position number", "Numéro de poste"),
    "eff": ("Effective date", "Date d’entrée en vigueur"),
    "loc": ("Location", "Lieu de travail"),
    "dept": ("Department", "Ministère"),
    "sup_t": ("Supervisor's title", "Titre du poste du superviseur"),
    "sup_c": ("Supervisor's group and level", "Groupe et niveau du superviseur"),
    "sup_p": ("Supervisor's position number", "Numéro de poste du superviseur"),
    "rep": ("Reports to", "Relève de"),
    "sal": ("Salary", "Salaires"),
    "om": ("O&M", "F et E"),
    "tot": ("Total", "Total"),
    "ga": ("General accountability", "Responsabilités générales"),
    "os": ("Organization structure", "Structure organisationnelle"),
    "ns": ("Nature and scope", "Nature et étendue"),
    "dim": ("Dimensions", "Dimensions"),
    "sa": ("Specific accountabilities", "Responsabilités spécifiques"),
    "sig": ("Signatures", "Signatures"),
    "inc": ("Incumbent", "Titulaire"),
    "appr": ("Approved by", "Approuvé par"),
    "clsby": ("Classified by", "Classifié par"),
    "gen": ("Generic work description", "Description de travail générique"),
    "genno": ("Generic WD no.", "No de DT générique"),
}


def lab(lang, key):
    en, fr = LAB[key]
    return {"en": en, "fr": fr}.get(lang, f"{en} / {fr}")


def pick(seq):
    return seq[R.randrange(len(seq))]


USED_NAMES = set()


def person():
    while True:
        n = f"{pick(T.GIVEN)} {pick(T.FAMILY)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


USED_SUBJ = set()


def subject():
    while True:
        s = pick(T.SUBJECTS)
        if s[0] not in USED_SUBJ or len(USED_SUBJ) >= len(T.SUBJECTS):
            USED_SUBJ.add(s[0])
            return s


def pnum(digits=None):
    d = digits or pick([5, 5, 5, 6])
    return str(R.randrange(10 ** (d - 1), 10 ** d))


def money(lang, v, style):
    if lang == "fr":
        if style == "M":
            return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
        sep = pick([" ", NBSP])
        return f"{v:,}".replace(",", sep) + " $"
    if style == "M":
        return f"${v / 1e6:.2f}M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def datefmt(lang, d, style):
    if style == "iso" or lang == "bilingual":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def rand_date():
    return datetime.date(R.choice([2019, 2020, 2021, 2022, 2023, 2024]), R.randrange(1, 13), R.choice([1, 1, 4, 15, 18, 27]))


def bi(lang, en, fr):
    return {"en": en, "fr": fr}.get(lang, f"{en} / {fr}")


# ---------------------------------------------------------------- positions

def make_pos(cls=None):
    subj = subject()
    cls = cls or pick(["EX-01", "EX-01", "EX-01", "EX-02"])
    head = {"EX-01": ("Director", "Directeur"), "EX-02": ("Executive Director", "Directeur exécutif"),
            "EX-03": ("Director General", "Directeur général")}[cls]
    sup_cls = {"EX-01": pick(["EX-02", "EX-03"]), "EX-02": "EX-03", "EX-03": "EX-04"}[cls]
    sup_head = {"EX-02": ("Executive Director", "Directeur exécutif"), "EX-03": ("Director General", "Directeur général"),
                "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint")}[sup_cls]
    ssubj = pick(T.SUBJECTS)
    dept = pick(T.DEPTS)
    place = pick(T.PLACES)
    reps = []
    for r in R.sample(T.REPORTS, R.randrange(2, 5)):
        fte = None if r[0] in ("Senior Advisor", "Executive Assistant") else R.randrange(4, 40)
        reps.append({"title": r[0], "title_fr": r[1], "classification": r[2], "fte": fte})
    sal = R.randrange(60, 600) * 10000
    om = R.randrange(5, 90) * 10000
    return {
        "title": f"{head[0]}, {subj[0]}", "title_fr": f"{head[1]}, {subj[1]}", "cls": cls,
        "job": pnum(6) if R.random() < 0.7 else None, "pn": pnum(), "eff": rand_date(),
        "sup": {"position_number": pnum() if R.random() < 0.7 else None,
                "title": f"{sup_head[0]}, {ssubj[0]}", "title_fr": f"{sup_head[1]}, {ssubj[1]}", "classification": sup_cls},
        "reports": reps, "sal": sal, "om": om, "show_total": R.random() < 0.75,
        "loc": place[0], "loc_fr": place[1], "dept": dept[0], "dept_fr": dept[1], "dept_abbr": dept[2],
        "subj": subj,
    }


def loc_text(lang, p):
    return {"en": p["loc"], "fr": p["loc_fr"]}.get(lang, f"{p['loc']} / {p['loc_fr']}")


# ---------------------------------------------------------------- blocks

def sup_blocks(lang, sup, style):
    t = bi(lang, sup["title"], sup["title_fr"])
    if style == "line":
        s = f"{t} ({sup['classification']})"
        if sup["position_number"]:
            s += bi(lang, f", position {sup['position_number']}", f", poste {sup['position_number']}")
        return [(lab(lang, "rep"), s)]
    rows = [(lab(lang, "sup_t"), t), (lab(lang, "sup_c"), sup["classification"])]
    rows.append((lab(lang, "sup_p"), sup["position_number"] or "—"))
    return rows


def fte_txt(lang, fte):
    if fte is None:
        return bi(lang, "no staff", "aucun personnel")
    return f"{fte} " + bi(lang, "FTEs", "ETP")


def reports_blocks(lang, title, reps, style):
    intro = bi(lang, f"Reporting to the {title} are:", f"Relèvent du {title} :") if lang != "bilingual" else \
        "Direct reports / Subordonnés directs:"
    if style == "table":
        rows = [[bi(lang, r["title"], r["title_fr"]), r["classification"] or "—",
                 str(r["fte"]) if r["fte"] is not None else "—"] for r in reps]
        return [("p", intro), ("table", [bi(lang, "Position", "Poste"), bi(lang, "Group/level", "Groupe/niveau"),
                                         bi(lang, "FTEs", "ETP")], rows)]
    if style == "bullets":
        return [("p", intro), ("bullets", [f"{bi(lang, r['title'], r['title_fr'])} ({r['classification']}) — "
                                           f"{fte_txt(lang, r['fte'])}" for r in reps])]
    parts = []
    for r in reps:
        t = bi(lang, r["title"], r["title_fr"])
        if r["fte"] is None:
            parts.append(bi(lang, f"the {t} ({r['classification']}), with no staff",
                            f"le {t} ({r['classification']}), sans personnel"))
        else:
            parts.append(bi(lang, f"the {t} ({r['classification']}), who leads {r['fte']} FTEs",
                            f"le {t} ({r['classification']}), qui dirige {r['fte']} ETP"))
    joiner = bi(lang, "; and ", " ; et ")
    lead = bi(lang, f"Reporting to the {title} are ", f"Relèvent du {title} ")
    return [("p", lead + "; ".join(parts[:-1]) + joiner + parts[-1] + ".")]


def dims_rows(lang, sal, om, show_total, mstyle):
    rows = [(lab(lang, "sal"), money(lang, sal, mstyle)), (lab(lang, "om"), money(lang, om, mstyle))]
    if show_total:
        rows.append((lab(lang, "tot"), money(lang, sal + om, mstyle)))
    return rows


def body_blocks(lang, p, rstyle, with_reports=True, generic_team=None):
    subj = bi(lang, p["subj"][0].lower(), p["subj"][1].lower())
    out = [("h", lab(lang, "ga"))]
    if lang in ("en", "bilingual"):
        out.append(("p", T.GA_EN.format(subj=p["subj"][0].lower())))
    if lang in ("fr", "bilingual"):
        out.append(("p", T.GA_FR.format(subj=p["subj"][1].lower())))
    out.append(("h", lab(lang, "os")))
    if generic_team:
        out.append(("p", generic_team))
    if with_reports:
        out += reports_blocks(lang, bi(lang, p["title"], p["title_fr"]).split(" / ")[0], p["reports"], rstyle)
    out.append(("h", lab(lang, "ns")))
    if lang in ("en", "bilingual"):
        out.append(("p", T.NS_EN))
    if lang in ("fr", "bilingual"):
        out.append(("p", T.NS_FR))
    del subj
    return out


def sa_blocks(lang):
    items = (T.SA_EN if lang == "en" else T.SA_FR if lang == "fr" else
             [f"{a} / {b}" for a, b in zip(T.SA_EN, T.SA_FR)])
    return [("h", lab(lang, "sa")), ("numbered", items[:R.randrange(3, 6)])]


def sig_blocks(lang, p, names):
    inc = person()
    appr = person()
    clsby = person()
    names += [inc, appr, clsby]
    return [("h", lab(lang, "sig")),
            ("kv", [(lab(lang, "inc"), inc), (lab(lang, "appr"), f"{appr}, {bi(lang, p['sup']['title'], p['sup']['title_fr'])}"),
                    (lab(lang, "clsby"), f"{clsby}, {bi(lang, 'Senior Classification Advisor', 'conseiller principal en classification')}")])]


def truth_fields(p, **over):
    f = {
        "title": p["title"], "classification": p["cls"], "job_code": p["job"], "position_number": p["pn"],
        "effective_date": p["eff"],
        "supervisor": {"position_number": p["sup"]["position_number"], "title": p["sup"]["title"],
                       "classification": p["sup"]["classification"]},
        "direct_reports": [{"title": r["title"], "classification": r["classification"], "fte": r["fte"]}
                           for r in p["reports"]] or None,
        "salary": p["sal"], "o_and_m": p["om"], "total": p["sal"] + p["om"] if p["show_total"] else None,
        "location": p["loc"],
    }
    f.update(over)
    return f


def fr_title(lang, p, key="title"):
    return p[key + "_fr"] if lang == "fr" else p[key]


def localize_truth(lang, p, f):
    """French documents state French titles and places; the truth is what they state."""
    if lang != "fr":
        return f
    if f["title"] == p["title"]:
        f["title"] = p["title_fr"]
    if f["supervisor"] and f["supervisor"]["title"] == p["sup"]["title"]:
        f["supervisor"]["title"] = p["sup"]["title_fr"]
    if f["location"] == p["loc"]:
        f["location"] = p["loc_fr"]
    if f["direct_reports"]:
        by = {r["title"]: r["title_fr"] for r in p["reports"]}
        for r in f["direct_reports"]:
            r["title"] = by.get(r["title"], r["title"])
    return f


def header_kv(lang, p, sup_style, pn_value=None, loc_value=None, extra=()):
    rows = [(lab(lang, "title"), bi(lang, p["title"], p["title_fr"])), (lab(lang, "cls"), p["cls"])]
    if p["job"]:
        rows.append((lab(lang, "job"), p["job"]))
    rows.append((lab(lang, "pn"), pn_value if pn_value is not None else (p["pn"] or "—")))
    rows.append((lab(lang, "dept"), bi(lang, p["dept"], p["dept_fr"])))
    rows.append((lab(lang, "loc"), loc_value if loc_value is not None else loc_text(lang, p)))
    if p["eff"]:
        rows.append((lab(lang, "eff"), datefmt(lang, p["eff"], p["dstyle"])))
    rows += list(extra)
    rows += sup_blocks(lang, p["sup"], sup_style)
    return rows


# ---------------------------------------------------------------- variants

def generic_no():
    return f"{R.choice([21, 22, 23, 24])}-EX-{R.randrange(1, 999):04d}"


def v_single(lang, p, names, also):
    blocks = [("title", bi(lang, "Executive Work Description", "Description de travail de cadre"))]
    blocks.append(("kv", header_kv(lang, p, p["sstyle"])))
    blocks += body_blocks(lang, p, p["rstyle"])
    blocks += [("h", lab(lang, "dim")), ("kv", dims_rows(lang, p["sal"], p["om"], p["show_total"], p["mstyle"]))]
    blocks += sa_blocks(lang) + sig_blocks(lang, p, names)
    also["form"] = "single"
    return blocks, localize_truth(lang, p, truth_fields(p))


def v_generic_list(lang, p, names, also, dims_mode, gno=None):
    gno = gno or generic_no()
    n = R.randrange(3, 8)
    places = R.sample(T.PLACES, n)
    pns = [pnum(5) for _ in range(n)]
    incs = []
    for _ in range(n):
        incs.append(None if R.random() < 0.25 else person())
    names += [x for x in incs if x]
    locv = pick([bi(lang, "Various", "Divers"), bi(lang, "Ottawa or one of the regional offices",
                                                 "Ottawa ou l’un des bureaux régionaux"),
                 bi(lang, "Regional offices (see list)", "Bureaux régionaux (voir la liste)")])
    pnv = pick([bi(lang, "Various — see list below", "Divers — voir la liste ci-dessous"),
                bi(lang, "Multiple (see Appendix A)", "Plusieurs (voir l’annexe A)"), bi(lang, "See table", "Voir le tableau")])
    sup = dict(p["sup"], position_number=None)
    p = dict(p, sup=sup)
    blocks = [("title", bi(lang, "Generic Executive Work Description", "Description de travail générique de cadre")),
              ("p", f"{lab(lang, 'genno')}: {gno}")]
    blocks.append(("kv", header_kv(lang, p, "line", pn_value=pnv, loc_value=locv)))
    blocks.append(("p", bi(lang, f"This generic description covers {n} identical positions ({sum(1 for x in incs if x)} "
                                 f"incumbents at the date of approval).",
                           f"Cette description générique vise {n} postes identiques ({sum(1 for x in incs if x)} "
                           f"titulaires à la date d’approbation).")))
    blocks += body_blocks(lang, p, p["rstyle"])
    blocks.append(("h", lab(lang, "dim")))
    f = truth_fields(p, position_number=None, location=locv.split(" / ")[0] if lang != "fr" else locv)
    if dims_mode == "each":
        blocks.append(("p", bi(lang, "Each position covered by this description manages the same envelope:",
                               "Chaque poste visé par la présente description gère la même enveloppe :")))
        blocks.append(("kv", dims_rows(lang, p["sal"], p["om"], p["show_total"], p["mstyle"])))
    elif dims_mode == "example":
        blocks.append(("p", bi(lang, "Illustrative figures for a typical office (not those of any one position):",
                               "Données indicatives pour un bureau type (et non celles d’un poste en particulier) :")))
        blocks.append(("kv", dims_rows(lang, p["sal"], p["om"], True, p["mstyle"])))
        f.update(salary=None, o_and_m=None, total=None)
        also["example_dimensions"] = {"salary": p["sal"], "o_and_m": p["om"]}
    else:
        blocks.append(("p", bi(lang, "Budgets vary by office and are set out in each office's annual business plan.",
                               "Les budgets varient selon le bureau et figurent au plan d’activités annuel de chacun.")))
        f.update(salary=None, o_and_m=None, total=None)
    blocks.append(("h", bi(lang, "Appendix A — Positions covered", "Annexe A — Postes visés")))
    tab_style = pick(["table", "bullets"])
    vac = bi(lang, "vacant", "vacant")
    if tab_style == "table":
        blocks.append(("table", [bi(lang, "Position no.", "No de poste"), lab(lang, "loc"), lab(lang, "inc")],
                       [[pn_, (pl[0] if lang != "fr" else pl[1]), inc or vac] for pn_, pl, inc in zip(pns, places, incs)]))
    else:
        blocks.append(("bullets", [f"{pn_} – {pl[0] if lang != 'fr' else pl[1]} ({inc or vac})"
                                   for pn_, pl, inc in zip(pns, places, incs)]))
    blocks += sa_blocks(lang) + sig_blocks(lang, p, names)
    also.update(form="generic-list", generic_wd=gno, position_numbers=pns, incumbents=sum(1 for x in incs if x),
                positions_covered=n, locations=[pl[0] for pl in places], dimensions_mode=dims_mode)
    return blocks, localize_truth(lang, p, f)


def v_generic_annex(lang, p, names, also, local_title):
    gno = generic_no()
    reg = pick(T.REGIONS)
    gsup = {"title": "Regional Director General", "title_fr": "Directeur général régional", "cls": p["sup"]["classification"]}
    blocks = [("title", bi(lang, "Generic Executive Work Description", "Description de travail générique de cadre")),
              ("p", f"{lab(lang, 'genno')}: {gno}")]
    gen = dict(p, sup={"title": gsup["title"], "title_fr": gsup["title_fr"], "classification": gsup["cls"], "position_number": None},
               eff=p["eff"])
    blocks.append(("kv", header_kv(lang, gen, "line", pn_value=bi(lang, "See local annex", "Voir l’annexe locale"),
                                   loc_value=bi(lang, "Regional office", "Bureau régional"))))
    blocks += body_blocks(lang, p, p["rstyle"], with_reports=False, generic_team=bi(lang, "The Director manages a team of operational managers (PM-05 to PM-06) and advisors; "
                                 "the composition of each team is given in the local annex.",
                           "Le directeur dirige une équipe de gestionnaires (PM-05 à PM-06) et de conseillers; la "
                           "composition de chaque équipe figure à l’annexe locale."))
    ex_sal, ex_om = R.randrange(60, 600) * 10000, R.randrange(5, 90) * 10000
    blocks += [("h", lab(lang, "dim")),
               ("p", bi(lang, "Typical dimensions (example):", "Dimensions typiques (exemple) :")),
               ("kv", dims_rows(lang, ex_sal, ex_om, True, p["mstyle"]))]
    blocks += sa_blocks(lang)
    # the annex
    ltitle = f"{p['title']} – {reg[0]}" if local_title else p["title"]
    ltitle_fr = f"{p['title_fr']} – {reg[1]}" if local_title else p["title_fr"]
    annex_eff = p["eff"] + datetime.timedelta(days=R.randrange(30, 700)) if R.random() < 0.5 else None
    blocks.append(("h", bi(lang, f"Local annex — Position {p['pn']}", f"Annexe locale — Poste {p['pn']}")))
    rows = [(lab(lang, "pn"), p["pn"])]
    if local_title:
        rows.append((bi(lang, "Local title", "Titre local"), bi(lang, ltitle, ltitle_fr)))
    rows += [(lab(lang, "loc"), loc_text(lang, p))]
    if annex_eff:
        rows.append((bi(lang, "Annex effective date", "Date d’entrée en vigueur de l’annexe"), datefmt(lang, annex_eff, p["dstyle"])))
    rows += sup_blocks(lang, p["sup"], "three")
    blocks.append(("kv", rows))
    blocks += reports_blocks(lang, bi(lang, p["title"], p["title_fr"]).split(" / ")[0], p["reports"], p["rstyle"])
    blocks.append(("kv", dims_rows(lang, p["sal"], p["om"], p["show_total"], p["mstyle"])))
    blocks += sig_blocks(lang, p, names)
    f = truth_fields(p, title=ltitle, effective_date=annex_eff or p["eff"])
    also.update(form="generic-annex", generic_wd=gno, example_dimensions={"salary": ex_sal, "o_and_m": ex_om},
                generic_supervisor=gsup["title_fr"] if lang == "fr" else gsup["title"])
    if local_title:
        also["generic_title"] = p["title"] if lang != "fr" else p["title_fr"]
    if lang == "fr":
        f["title"] = ltitle_fr
        p = dict(p, title=ltitle, title_fr=ltitle_fr)
    if annex_eff:
        also["generic_effective_date"] = p["eff"]
    f = localize_truth(lang, p, f)
    if local_title and lang == "bilingual":
        also["title_fr"] = ltitle_fr
    return blocks, f


def v_shared(lang, p, names, also, mode):
    a, b, rel = pick(T.SHARED)
    abbr = {d[2]: (d[0], d[1]) for d in T.DEPTS}
    an, bn = (abbr.get(a, (a, a))[0], abbr.get(b, (b, b))[0])
    pa, pb = pnum(5), pnum(5)
    blocks = [("title", bi(lang, "Shared Executive Work Description", "Description de travail de cadre partagée")),
              ("p", bi(lang, f"This description is shared by {an} and {bn} ({rel}) for identical positions in both "
                             f"organizations. Each organization keeps its own position number.",
                       f"Cette description est partagée par {an} et {bn} pour des postes identiques dans les deux "
                       f"organisations. Chaque organisation conserve son propre numéro de poste."))]
    f = truth_fields(p)
    if mode == "own":
        own = pick([0, 1])
        org = [an, bn][own]
        blocks.append(("p", bi(lang, f"Copy for: {org}", f"Exemplaire de : {org}")))
        extra = [(bi(lang, f"Position number ({[bn, an][own]})", f"Numéro de poste ({[bn, an][own]})"), [pb, pa][own])]
        q = dict(p, pn=[pa, pb][own], dept=org, dept_fr=org)
        blocks.append(("kv", header_kv(lang, q, p["sstyle"], extra=extra)))
        f.update(position_number=[pa, pb][own])
        also.update(department=org, other_position_number=[pb, pa][own])
    else:
        q = dict(p, dept=f"{an} and {bn}", dept_fr=f"{an} et {bn}")
        bs = pick(T.SUBJECTS)
        sup_b = {"title": bi(lang, f"Director General, {bs[0]}", f"Directeur général, {bs[1]}"),
                 "classification": p["sup"]["classification"], "position_number": pnum(5)}
        common = mode == "list-common-sup"
        rows = header_kv(lang, q, "line", pn_value=f"{pa} ({an}); {pb} ({bn})")
        blocks.append(("kv", rows if common else [r for r in rows if r[0] != lab(lang, "rep")]))
        if not common:
            blocks.append(("table", [bi(lang, "Organization", "Organisation"), lab(lang, "pn"), lab(lang, "rep")],
                           [[an, pa, f"{bi(lang, p['sup']['title'], p['sup']['title_fr'])} ({p['sup']['classification']})"],
                            [bn, pb, f"{sup_b['title']} ({sup_b['classification']})"]]))
            f["supervisor"] = {"position_number": None, "title": None, "classification": p["sup"]["classification"]}
            also["supervisors"] = [p["sup"]["title"] if lang != "fr" else p["sup"]["title_fr"], sup_b["title"].split(" / ")[0]]
        f.update(position_number=None)
        also.update(position_numbers=[pa, pb])
        if not common:
            f = localize_truth(lang, p, f)
            f["supervisor"]["title"] = None
    blocks += body_blocks(lang, p, p["rstyle"])
    blocks += [("h", lab(lang, "dim")), ("kv", dims_rows(lang, p["sal"], p["om"], p["show_total"], p["mstyle"]))]
    blocks += sa_blocks(lang) + sig_blocks(lang, p, names)
    also.update(form=f"shared-{mode}", shared_by=[an, bn], relationship=rel)
    return blocks, localize_truth(lang, p, f)


def v_amendment(lang, p, names, also, base="single", number=None, gno=None, old=None):
    number = number or R.randrange(1, 4)
    gno = gno or generic_no()
    new_om = p["om"] + R.randrange(2, 20) * 10000 if old is None else p["om"]
    old_om = p["om"] if old is None else old["om"]
    amend_eff = rand_date() if old is None else old["amend_eff"]
    q = dict(p, om=new_om, eff=amend_eff)
    blocks = [("title", bi(lang, f"Amendment {number} to generic WD {gno}", f"Modification no {number} de la DT générique {gno}")),
              ("kv", [(bi(lang, "Amendment effective date", "Date d’entrée en vigueur de la modification"),
                       datefmt(lang, amend_eff, p["dstyle"])),
                      (bi(lang, "Generic approved", "DT générique approuvée"), datefmt(lang, p["eff"], p["dstyle"]))]),
              ("h", bi(lang, "Changes", "Modifications")),
              ("table", [bi(lang, "Item", "Élément"), bi(lang, "Was", "Ancien"), bi(lang, "Now", "Nouveau")],
               [[lab(lang, "om"), money(lang, old_om, p["mstyle"]), money(lang, new_om, p["mstyle"])]]
               + ([[lab(lang, "tot"), money(lang, p["sal"] + old_om, p["mstyle"]), money(lang, p["sal"] + new_om, p["mstyle"])]]
                  if p["show_total"] else [])),
              ("p", bi(lang, "The consolidated text below includes this amendment.",
                       "Le texte consolidé ci-dessous intègre la présente modification."))]
    sub_also = {}
    q["eff"] = None  # the consolidated header repeats no date; the amendment's date governs
    if base == "single":
        b, f = v_single(lang, q, names, sub_also)
    else:
        b, f = v_generic_list(lang, q, names, sub_also, "each", gno=gno)
    b = [x for x in b if x[0] != "title"]
    f["effective_date"] = amend_eff
    also.update(sub_also)
    also.update(form=f"amendment-{base}", generic_wd=gno, amendment=number, o_and_m_before=old_om,
                generic_effective_date=p["eff"])
    return blocks + [("h", bi(lang, "Consolidated description", "Description consolidée"))] + b, f


def v_copy(lang, p, names, also, gno, inc, copy_date):
    names.append(inc)
    blocks = [("title", bi(lang, "Executive Work Description — incumbent copy", "Description de travail de cadre — exemplaire du titulaire")),
              ("p", bi(lang, f"Copy of generic WD {gno} issued to {inc} on {datefmt(lang, copy_date, 'iso')}.",
                       f"Exemplaire de la DT générique {gno} remis à {inc} le {datefmt(lang, copy_date, 'iso')}."))]
    blocks.append(("kv", header_kv(lang, p, p["sstyle"], extra=[(lab(lang, "inc"), inc)])))
    blocks += body_blocks(lang, p, p["rstyle"])
    blocks += [("h", lab(lang, "dim")), ("kv", dims_rows(lang, p["sal"], p["om"], p["show_total"], p["mstyle"]))]
    blocks += sa_blocks(lang) + sig_blocks(lang, p, names)
    also.update(form="incumbent-copy", generic_wd=gno, copy_issued=copy_date)
    return blocks, localize_truth(lang, p, truth_fields(p))


# ---------------------------------------------------------------- renderers

def to_text(blocks, md=False, width=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [("# " if md else "") + (b[1] if md else b[1].upper()), ""]
        elif k == "h":
            out += [("## " + b[1]) if md else b[1].upper(), ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            out += [(f"- **{a}:** {v}" if md else f"{a}: {v}") for a, v in b[1]] + [""]
        elif k in ("bullets", "numbered"):
            out += [(f"{i + 1}. " if k == "numbered" else ("- " if md else "• ")) + x for i, x in enumerate(b[1])] + [""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                out.append("| " + " | ".join(hdr) + " |")
                out.append("|" + "|".join("---" for _ in hdr) + "|")
                out += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                w = [max(len(str(x)) for x in col) for col in zip(hdr, *rows)]
                out.append("  ".join(h.ljust(n) for h, n in zip(hdr, w)).rstrip())
                out += ["  ".join(str(c).ljust(n) for c, n in zip(r, w)).rstrip() for r in rows]
            out.append("")
    if width:
        wrapped = []
        for line in out:
            if len(line) > width and not line.startswith("|"):
                wrapped += textwrap.wrap(line, width, break_on_hyphens=False)
            else:
                wrapped.append(line)
        out = wrapped
    return "\n".join(out).rstrip() + "\n"


def to_docx(blocks):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h":
            d.add_heading(b[1], 1)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            if R.random() < 0.5:
                t = d.add_table(rows=0, cols=2)
                for a, v in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = a, v
            else:
                for a, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(a + ": ").bold = True
                    para.add_run(v)
        elif k in ("bullets", "numbered"):
            for x in b[1]:
                d.add_paragraph(x, style="List Number" if k == "numbered" else "List Bullet")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def paginate(lines, per):
    return [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]


def to_pdf(blocks, footer):
    lines = to_text(blocks, width=95).splitlines()
    pages = paginate(lines, 62)
    return pdf_bytes(["\n".join(pg + ["", f"{footer} — {i + 1}/{len(pages)}"]) for i, pg in enumerate(pages)])


DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIG_HEAVY = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}
LET = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n")]


def damage_line(line, strength):
    pd = {"light": 0.35, "middling": 0.6, "heavy": 0.85}[strength]
    pl = {"light": 0.01, "middling": 0.025, "heavy": 0.05}[strength]
    pr = {"light": 0.02, "middling": 0.05, "heavy": 0.09}[strength]
    table = DIG_HEAVY if strength == "heavy" else DIG
    words = line.split(" ")
    out = []
    for w in words:
        if any(ch.isdigit() for ch in w) and R.random() < pd:
            w = "".join(table.get(ch, ch) if R.random() < 0.6 else ch for ch in w)
        elif w.isalpha() and R.random() < pl * 4:
            a, b = pick(LET)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i and not (R.random() < pr and out[i - 1].isalpha() and w[:1].isalpha()):
            s += " "
        s += w
    return s


def to_ocr(blocks, names, strength, header):
    lines = []
    for line in to_text(blocks).splitlines():
        line = line.replace("•", "*" if R.random() < 0.5 else "«")
        if len(line) <= 78 or "  " in line:
            lines.append(line)
            continue
        rest = line
        while len(rest) > 78:
            cut = rest.rfind(" ", 0, 78)
            cut = cut if cut > 40 else 78
            word_end = rest.find(" ", cut + 1)
            nxt = rest[cut + 1:word_end if word_end > 0 else len(rest)]
            if R.random() < 0.3 and len(nxt) > 7 and nxt.isalpha():
                k = len(nxt) // 2
                lines.append(rest[:cut] + " " + nxt[:k] + "-")
                rest = nxt[k:] + rest[cut + 1 + len(nxt):]
            else:
                lines.append(rest[:cut])
                rest = rest[cut + 1:]
        lines.append(rest)
    parts = {w for n in names for w in n.split()}
    dam = [ln if any(w in ln for w in parts) else damage_line(ln, strength) for ln in lines]
    pages = paginate(dam, 48)
    out = []
    for i, pg in enumerate(pages):
        top = [header, ""] if i else []
        out.append("\n".join(top + pg + ["", pick([f"Page {i + 1}", f"Page {i + 1} of {len(pages)}", f"- {i + 1} -"])]))
    return "\f\n".join(out) + "\n"


def render(kind, blocks, names, also, footer):
    if kind == "markdown":
        return to_text(blocks, md=True).encode("utf-8")
    if kind == "text":
        return to_text(blocks).encode("utf-8")
    if kind == "text-cp1252":
        t = to_text(blocks).replace("'", "’").replace("•", "–")
        return t.replace("\n", "\r\n").encode("cp1252")
    if kind == "ocr":
        strength = pick(["light", "middling", "middling", "heavy"])
        also["damage"] = strength
        return to_ocr(blocks, names, strength, footer).encode("utf-8")
    if kind == "docx":
        return to_docx(blocks)
    if kind == "pdf":
        return to_pdf(blocks, footer)
    raise ValueError(kind)


# ---------------------------------------------------------------- plan

EXT = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "docx": ".docx", "pdf": ".pdf"}
DOCS = []


def styled(p, lang):
    p["dstyle"] = pick(["mdy", "dmy", "iso"])
    p["mstyle"] = "M" if lang == "fr" and R.random() < 0.4 else pick(["full", "full", "M", "K"]) if lang != "fr" else "full"
    p["rstyle"] = pick(["bullets", "table", "sentence"])
    p["sstyle"] = pick(["line", "three"])
    return p


def add(name, kind, lang, blocks, fields, names, also, versions=None, footer="Work description"):
    data = render(kind, blocks, names, also, footer)
    DOCS.append({"name": name + EXT[kind], "kind": kind, "lang": lang, "data": data, "fields": fields,
                 "names": names, "also": also, "versions": versions})


def plan():
    langs = ["en"] * 25 + ["fr"] * 10 + ["bilingual"] * 10
    kinds = ["text"] * 10 + ["text-cp1252"] * 6 + ["markdown"] * 6 + ["ocr"] * 8 + ["docx"] * 9 + ["pdf"] * 6
    R.shuffle(langs)
    R.shuffle(kinds)
    it = iter(zip(kinds, langs))

    def nxt():
        return next(it)

    def fname(p, lang, pattern):
        t = p["title_fr"] if lang == "fr" else p["title"]
        return pattern.format(t=t)

    # singles (8)
    for pat in ["{t}", "WD - {t} - signed", "{t} (1)", "{t} DRAFT", "EX WD {t}", "{t}, final", "DT - {t}", "scan_{n}"]:
        k, lg = nxt()
        p = styled(make_pos(), lg)
        names, also = [], {"department": p["dept"]}
        b, f = v_single(lg, p, names, also)
        if lg == "bilingual":
            also["title_fr"] = p["title_fr"]
        nm = f"scan_{R.randrange(1000, 9999)}" if pat == "scan_{n}" else fname(p, lg, pat)
        add(nm, k, lg, b, f, names, also)
    # generic lists (10)
    for i, pat in enumerate(["Generic WD {g} - {t}", "{t} - GENERIC", "DT générique {g} – {t}", "Generic {t} (all regions)",
                             "{t} generic, approved", "GEN {g} {t}", "{t} - generic (2)", "Générique - {t}",
                             "Generic EX-01 {t} DRAFT", "{g} {t}"]):
        k, lg = nxt()
        p = styled(make_pos("EX-02" if i in (3, 9) else "EX-01"), lg)
        names, also = [], {"department": p["dept"]}
        g = generic_no()
        b, f = v_generic_list(lg, p, names, also, ["each", "example", "none"][i % 3], gno=g)
        if lg == "bilingual":
            also["title_fr"] = p["title_fr"]
        add(pat.format(g=g, t=p["title_fr"] if lg == "fr" else p["title"]), k, lg, b, f, names, also,
            footer=f"Generic WD {g}")
    # generic with annex (8)
    for i, pat in enumerate(["{t} - generic with local annex ({pn})", "{t} annex {pn}", "Annexe locale {pn} - {t}",
                             "{t} ({pn}) - signed", "{t} - local annex", "{pn} {t}", "{t} – annexe {pn}", "{t} annex, v2"]):
        k, lg = nxt()
        p = styled(make_pos("EX-01"), lg)
        names, also = [], {"department": p["dept"]}
        b, f = v_generic_annex(lg, p, names, also, local_title=i in (1, 5))
        if lg == "bilingual" and "title_fr" not in also:
            also["title_fr"] = p["title_fr"]
        add(pat.format(pn=p["pn"], t=p["title_fr"] if lg == "fr" else p["title"]), k, lg, b, f, names, also,
            footer=f"Generic WD {also['generic_wd']} - annex {p['pn']}")
    # shared (7)
    for i, pat in enumerate(["Shared WD {t}", "{t} (shared) DRAFT", "DT partagée - {t}", "{t} - joint description",
                             "{t} shared, signed", "Shared - {t} (1)", "{t} - common WD"]):
        k, lg = nxt()
        p = styled(make_pos(), lg)
        names, also = [], {}
        b, f = v_shared(lg, p, names, also, ["own", "list-common-sup", "list-two-sups"][i % 3])
        if lg == "bilingual":
            also["title_fr"] = p["title_fr"]
        add(pat.format(t=p["title_fr"] if lg == "fr" else p["title"]), k, lg, b, f, names, also, footer="Shared WD")
    # amendments (4 alone) + one original/amendment pair
    for i, pat in enumerate(["Amendment {a} to generic WD {g}", "Modification {a} - DT {g}", "{t} - amendment {a}, signed",
                             "Amendment {a} - {t}"]):
        k, lg = nxt()
        p = styled(make_pos("EX-01"), lg)
        names, also = [], {"department": p["dept"]}
        b, f = v_amendment(lg, p, names, also, base=["single", "generic"][i % 2])
        if lg == "bilingual":
            also["title_fr"] = p["title_fr"]
        add(pat.format(a=also["amendment"], g=also["generic_wd"], t=p["title_fr"] if lg == "fr" else p["title"]),
            k, lg, b, f, names, also, footer=f"Amendment {also['amendment']} - {also['generic_wd']}")
    # pair: the generic, then its amendment 2 (same language)
    k1, lg = nxt()
    k2, _ = nxt()
    p = styled(make_pos("EX-01"), lg)
    g = generic_no()
    st = R.getstate()
    used = set(USED_NAMES)
    names1, also1 = [], {"department": p["dept"]}
    b1, f1 = v_generic_list(lg, p, names1, also1, "each", gno=g)
    R.setstate(st)  # the amendment's consolidated text lists the same positions and incumbents
    USED_NAMES.clear()
    USED_NAMES.update(used)
    old_om = p["om"]
    new = dict(p, om=p["om"] + 150000)
    names2, also2 = [], {"department": p["dept"]}
    amend_eff = p["eff"] + datetime.timedelta(days=200)
    b2, f2 = v_amendment(lg, new, names2, also2, base="generic", number=2, gno=g,
                         old={"om": old_om, "amend_eff": amend_eff})
    also2["generic_effective_date"] = p["eff"]
    n1 = f"Generic WD {g} - {p['title']}" if lg != "fr" else f"DT générique {g} - {p['title_fr']}"
    n2 = f"Amendment 2 to generic WD {g}" if lg != "fr" else f"Modification 2 de la DT générique {g}"
    ver = {"documents": [n1 + EXT[k1], n2 + EXT[k2]], "newest": n2 + EXT[k2], "same_text": False,
           "note": "Amendment 2 raises the O&M (and the total) of every position the generic covers; its "
                   "consolidated text carries the amendment's effective date; the rest is unchanged."}
    for a in (also1, also2):
        if lg == "bilingual":
            a["title_fr"] = p["title_fr"]
    add(n1, k1, lg, b1, f1, names1, also1, versions=ver, footer=f"Generic WD {g}")
    add(n2, k2, lg, b2, f2, names2, also2, versions=ver, footer=f"Amendment 2 - {g}")
    # per-incumbent copies: two groups of three
    for grp in range(2):
        g = generic_no()
        base = make_pos("EX-01")
        lg = None
        group = []
        for j in range(3):
            k, l2 = nxt()
            lg = lg or l2
            p = styled(dict(base, reports=list(base["reports"])), lg)
            pl = pick(T.PLACES)
            p.update(pn=pnum(5), loc=pl[0], loc_fr=pl[1], sal=base["sal"] + R.randrange(-5, 6) * 10000,
                     sup=dict(base["sup"], position_number=pnum(5)))
            inc = person()
            cd = base["eff"] + datetime.timedelta(days=30 + 97 * j)
            names, also = [], {"department": p["dept"]}
            b, f = v_copy(lg, p, names, also, g, inc, cd)
            if lg == "bilingual":
                also["title_fr"] = p["title_fr"]
            t = p["title_fr"] if lg == "fr" else p["title"]
            nm = [f"{t} - copy {inc}", f"{t} ({inc.split()[-1]})", f"{t} - {inc} - signed"][j]
            group.append((nm + EXT[k], k, lg, b, f, names, also, cd))
        ver = {"documents": [x[0] for x in group], "newest": group[-1][0], "same_text": False,
               "note": f"per-incumbent copies of generic WD {g}: the same description, each with its own "
                       f"position number, incumbent, location, supervisor's position number and salary"}
        for nm, k, lg2, b, f, names, also, cd in group:
            DOCS.append({"name": nm, "kind": k, "lang": lg2, "data": render(k, b, names, also, f"Generic WD {g}"),
                         "fields": f, "names": names, "also": also, "versions": ver})
    refuse_docs()


def refuse_docs():
    a, b, c, d = person(), person(), person(), person()
    g = generic_no()
    memo = [("title", "MEMORANDUM"),
            ("kv", [("To", f"{a}, Director General, Human Resources"), ("From", f"{b}, Manager, Classification"),
                    ("Subject", f"Review of generic work description {g}"), ("Date", "March 12, 2024")]),
            ("p", f"The generic EX-01 description {g} (Director, Regional Client Services) covers 7 positions "
                  "(45120, 45133, 45187, 46002, 46010, 46011 and 46230). Several incumbents have asked for local "
                  "annexes. I recommend we add annexes with each position's budget (about $1.2M in salary and "
                  "$150K in O&M each) rather than write seven separate descriptions."),
            ("p", "Please let me know if you agree; the classification committee meets on April 4.")]
    DOCS.append({"name": f"Memo - review of generic {g}.docx", "kind": "docx", "lang": "en", "data": to_docx(memo),
                 "fields": None, "names": [a, b], "also": {"what": "memo about a generic description"}, "versions": None})
    mins = [("title", "Comité de classification des cadres — procès-verbal"),
            ("p", f"Date : 2024-05-16. Présents : {c} (présidente), {d}, {a}."),
            ("h", "1. DT générique 23-EX-0457, Directeur, Services régionaux aux clients (EX-01)"),
            ("p", "Le comité approuve la modification no 2 (F et E portés de 210 000 $ à 260 000 $ par poste). "
                  "Postes visés : 40211, 40219, 40236."),
            ("h", "2. Description partagée SPAC-SPC, Directeur exécutif, Solutions en milieu de travail (EX-02)"),
            ("p", "Reportée à la prochaine réunion."), ("p", "Levée de la séance à 11 h 40.")]
    DOCS.append({"name": "PV comité classification 2024-05-16.txt", "kind": "text", "lang": "fr",
                 "data": to_text(mins).encode("utf-8"), "fields": None, "names": [c, d, a],
                 "also": {"what": "minutes of a classification committee"}, "versions": None})
    e = person()
    letter = [("p", "Ottawa, 2024-02-09"), ("p", f"{e}"),
              ("p", "Subject: Your work description / Objet : Votre description de travail"),
              ("p", "Dear colleague, this letter confirms that your position (45871) is now described by the generic "
                    "work description 24-EX-0113, Director, Regional Client Services (EX-01), with a local annex. "
                    "Your classification and salary are unchanged. / La présente confirme que votre poste (45871) "
                    "est maintenant décrit par la description de travail générique 24-EX-0113."),
              ("p", f"{b}"), ("p", "Manager, Classification / Gestionnaire, Classification")]
    DOCS.append({"name": f"Letter to {e} - generic WD.pdf", "kind": "pdf", "lang": "bilingual",
                 "data": to_pdf(letter, "Letter"), "fields": None, "names": [e, b],
                 "also": {"what": "letter to an incumbent about a generic description"}, "versions": None})
    org = [("title", "Regional Operations Branch — organization chart"),
           ("p", "Director General, Regional Operations (EX-03), position 30021"),
           ("bullets", ["Director, Regional Client Services – Atlantic (EX-01), 45120 — 38 FTEs",
                        "Director, Regional Client Services – Quebec (EX-01), 45133 — 52 FTEs",
                        "Director, Regional Client Services – Ontario (EX-01), 45187 — 61 FTEs",
                        "Senior Advisor (EC-07) — no staff"]),
           ("p", "All three directors are covered by generic WD 24-EX-0113.")]
    DOCS.append({"name": "Org chart - Regional Operations (generic positions).md", "kind": "markdown", "lang": "en",
                 "data": to_text(org, md=True).encode("utf-8"), "fields": None, "names": [],
                 "also": {"what": "organization chart"}, "versions": None})
    DOCS.append({"name": "Generic WD annexes - scanned.pdf", "kind": "pdf", "lang": "en",
                 "data": pdf_bytes(["", "", ""]), "fields": None, "names": [],
                 "also": {"what": "three scanned pages without a text layer"}, "versions": None})


FIELD_ORDER = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor",
               "direct_reports", "salary", "o_and_m", "total", "location"]


def not_stated(f):
    out = []
    for k in FIELD_ORDER:
        v = f[k]
        if k == "supervisor":
            for s in ("position_number", "title", "classification"):
                if v is None or v[s] is None:
                    out.append(f"supervisor.{s}")
        elif v is None:
            out.append(k)
    return out


def main():
    plan()
    for sub in ("corpus", "expected"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    seen = set()
    for d in DOCS:
        assert d["name"] not in seen, d["name"]
        seen.add(d["name"])
        (HERE / "corpus" / d["name"]).write_bytes(d["data"])
        f = d["fields"]
        truth = {"document": d["name"], "kind": d["kind"], "language": d["lang"],
                 "outcome": "import" if f else "refuse",
                 "fields": {k: f[k] for k in FIELD_ORDER} if f else None,
                 "not_stated": not_stated(f) if f else [], "also": d["also"] or None,
                 "people": sorted(set(d["names"])) or [], "versions": d["versions"]}
        (HERE / "expected" / (d["name"] + ".expected.yaml")).write_text(
            yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
