"""Generate the blind127 corpus: an executive-services share drive (justice and public safety), 2006-2026.

Run from the repository root:  python bench/import/blind127/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
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

import yaml  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (DEPT_EN, DEPT_FR, FIRST, GA_EN, GA_FR, LAST, NS_EN, NS_FR, OUTSIDE, P, SA_EN,  # noqa: E402
                   SA_FR)

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# ---------------------------------------------------------------- people
_rng_names = random.Random(127)
_pairs = [(f, l) for f in FIRST for l in LAST]
_rng_names.shuffle(_pairs)
_used = {}


def person(role):
    """A stable invented name for a role (holder of a position, advisor, ...)."""
    if role not in _used:
        f, l = _pairs[len(_used)]
        _used[role] = f"{f} {l}"
    return _used[role]


# ---------------------------------------------------------------- notations
def fdate(d, f):
    if d is None:
        return None
    if f == "iso":
        return d.isoformat()
    if f == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if f == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if f == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if f == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    day = "1er" if d.day == 1 else str(d.day)
    if f == "fr":
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if f == "frle":
        return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(f)


def _dec(n, unit):
    s = f"{n / unit:.3f}".rstrip("0").rstrip(".")
    return s


def money(n, f):
    if f == "full":
        return f"${n:,}"
    if f == "M":
        return f"${_dec(n, 1e6)}M"
    if f == "million":
        return f"${_dec(n, 1e6)} million"
    if f == "K":
        return f"${n // 1000}K"
    if f == "fr":
        return f"{n:,}".replace(",", NBSP) + NBSP + "$"
    if f == "frM":
        return _dec(n, 1e6).replace(".", ",") + NBSP + "M$"
    if f == "frk":
        return f"{n // 1000}{NBSP}k$"
    if f == "plain":
        return f"{n:,}"
    raise ValueError(f)


def fcls(c, f="dash"):
    g, n = c.rsplit("-", 1)
    if f == "dash":
        return c
    if f == "space":
        return f"{g} {n}"
    if f == "short":
        return f"{g}-{int(n)}"
    if f == "nodash":
        return f"{g}{n}"
    raise ValueError(f)


# ---------------------------------------------------------------- values of one document
def values(key, ov):
    p = dict(P[key])
    p.update(ov)
    sup = p["sup"]
    if sup in P:
        s = P[sup]
        spn, st, stf, sc = s["pn"], s["title"], s["title_fr"], s["cls"]
    else:
        spn, st, stf, sc = OUTSIDE[sup]
    p.setdefault("sup_pn", spn)
    p.setdefault("sup_title", st)
    p.setdefault("sup_title_fr", stf)
    p.setdefault("sup_cls", sc)
    p.setdefault("total", p["salary"] + p["om"] if p.get("salary") is not None and p.get("om") is not None else None)
    return p


# ---------------------------------------------------------------- blocks
# ('title', text) ('h', text) ('kv', [(label, value)]) ('p', text) ('bul', [..]) ('num', [..])
# ('table', header, rows) ('comment', tag, author, text) ('raw', text)
# a value may be ('chg', old, new, mode): a former value left in the document

def T(lang, en, fr):
    return {"en": en, "fr": fr, "bi": f"{en} / {fr}"}[lang]


def val_text(v, lang="en"):
    if isinstance(v, tuple) and v[0] == "chg":
        _, old, new, mode = v
        if mode == "md":
            return f"~~{old}~~ {new}"
        return f"{new} (previously {old})" if lang != "fr" else f"{new} (auparavant {old})"
    return v


def report_rows(v, lang, o):
    idx = 1 if lang == "fr" else 0
    rows = []
    for r in v["reports"]:
        fte = r[3]
        rows.append((r[idx], fcls(r[2], o.get("rcls", "dash")), fte))
    return rows


def reports_blocks(v, lang, o, mode):
    rows = report_rows(v, lang, o)
    etp = "ETP" if lang == "fr" else "FTEs"
    if mode == "table":
        hdr = [T(lang, "Position", "Poste"), T(lang, "Group and Level", "Groupe et niveau"), T(lang, "FTEs", "ETP")]
        return [("table", hdr, [[t, c, "" if f is None else str(f)] for t, c, f in rows])]
    if mode == "lines":
        return [("raw", "\n".join(f"{c} - {t}" + ("" if f is None else f" ({f} {etp})") for t, c, f in rows))]
    if mode == "bul":
        return [("bul", [f"{t} ({c}" + ("" if f is None else f", {f} {etp}") + ")" for t, c, f in rows])]
    if mode == "prose":
        parts = [f"{t} ({c}" + ("" if f is None else f", {f} {etp}") + ")" for t, c, f in rows]
        lead = (f"The following positions report to the {v['title']}: " if lang != "fr"
                else f"Les postes suivants relèvent du {v['title_fr']} : ")
        return [("p", lead + "; ".join(parts[:-1]) + (" and " if lang != "fr" else " et ") + parts[-1] + ".")]
    raise ValueError(mode)


def prose(v, lang, o, rng):
    """General accountability, nature and scope, specific accountabilities."""
    out = {}
    title_l = {"en": v["title"], "fr": v["title_fr"]}
    sup_l = {"en": v["sup_title"], "fr": v["sup_title_fr"]}
    langs = ["en", "fr"] if lang == "bi" else [lang]
    out["ga"] = [(GA_EN if lg == "en" else GA_FR).format(
        title=title_l[lg], sup=sup_l[lg], domain=v["domain"] if lg == "en" else v["domain_fr"],
        unit="directorate" if "General" in v["title"] else "unit") for lg in langs]
    ns = []
    for lg in langs:
        pool = NS_EN if lg == "en" else NS_FR
        ns += pool[:2] if rng.random() < 0.5 else [pool[0], pool[2]]
    out["ns"] = ns
    sa = []
    for lg in langs:
        pool = SA_EN if lg == "en" else SA_FR
        picks = [0] + sorted(rng.sample(range(1, len(pool)), 4))
        sa += [pool[i].format(domain=v["domain"] if lg == "en" else v["domain_fr"]) for i in picks]
    out["sa"] = sa
    return out


def money_pair(v, lang, o):
    mf = o.get("money", "fr" if lang == "fr" else "full")
    of = o.get("omf", mf)
    tf = o.get("totf", mf)
    return (money(v["salary"], mf) if v["salary"] is not None else None,
            money(v["om"], of) if v["om"] is not None else None,
            money(v["total"], tf) if v["total"] is not None else None)


def dims_kv(v, lang, o):
    s, m, t = money_pair(v, lang, o)
    rows = []
    if o.get("fte_stated", True):
        rows.append((T(lang, "FTEs", "ETP"), o.get("fte_val", str(v["fte"]))))
    if o.get("combined"):
        rows.append((T(lang, "Salary and O&M", "Salaires et F et E"), money(o["combined"], o.get("money", "full"))))
    else:
        rows.append((T(lang, "Salary", "Salaires"), o.get("sal_val", s)))
        rows.append((T(lang, "O&M", "Fonctionnement et entretien (F et E)"), o.get("om_val", m)))
        if o.get("total_stated", True):
            rows.append(("Total", o.get("tot_val", t)))
    if o.get("gc"):
        rows.append((T(lang, "Grants and contributions", "Subventions et contributions"), o["gc"]))
    return rows


def sig_rows(v, lang, o):
    sup_name = person("holder:" + v["sup"])
    up = {"ADM_CSCC": "DM", "ADM_EMPB": "DM", "ADM_CMB": "DM", "DG_CCEP": "ADM_CSCC", "DG_SP": "ADM_CMB"}
    nxt = P[v["sup"]]["sup"] if v["sup"] in P else up[v["sup"]]
    nxt_title = OUTSIDE[nxt][1] if nxt in OUTSIDE else "Deputy Minister"
    nxt_title_fr = OUTSIDE[nxt][2] if nxt in OUTSIDE else "Sous-ministre"
    adv = person("advisor:" + str(o.get("year", 2020) // 4))
    sl = v["sup_title_fr"] if lang == "fr" else v["sup_title"]
    nl = nxt_title_fr if lang == "fr" else nxt_title
    rows = [[T(lang, "Recommended by", "Recommandé par"), sup_name, sl],
            [T(lang, "Approved by", "Approuvé par"), person("holder:" + nxt), nl],
            [T(lang, "Classified by", "Classifié par"), adv,
             T(lang, "Senior Classification Advisor", "Conseillère principale en classification")]]
    d = o.get("sigdate")
    for r in rows:
        r.append(fdate(d, o.get("datef", "long")) if d else "")
    names = [r[1] for r in rows]
    return rows, names


def build_ps(v, lang, o, rng):
    """The department's own form (2016-2026)."""
    b = []
    names = []
    b.append(("title", T(lang, DEPT_EN, DEPT_FR)))
    b.append(("title", T(lang, "Executive Work Description", "Description de travail de cadre (EX)")))
    title_v = o.get("title_val", v["title_fr"] if lang == "fr" else v["title"])
    kv = [(T(lang, "Position Title", "Titre du poste"), title_v)]
    if lang == "bi":
        kv.append(("French Title / Titre français", v["title_fr"]))
    kv += [(T(lang, "Position Number", "Numéro du poste"), o.get("pn_val", v["pn"])),
           (T(lang, "Job Code", "Code d'emploi"), o.get("job_val", v["job"])),
           (T(lang, "Group and Level", "Groupe et niveau"), o.get("cls_val", fcls(v["cls"], o.get("clsf", "dash")))),
           (T(lang, "Effective Date", "Date d'entrée en vigueur"),
            o.get("eff_val", fdate(v["eff"], o.get("datef", "fr" if lang == "fr" else "long")))),
           (T(lang, "Branch", "Secteur"), v["branch_fr"] if lang == "fr" else v["branch"]),
           (T(lang, "Location", "Lieu de travail"), o.get("loc_val", v["loc_fr"] if lang == "fr" else v["loc"]))]
    if o.get("incumbent"):
        n = person("holder:" + o["key"])
        kv.append((T(lang, "Incumbent", "Titulaire"), n))
        names.append(n)
    b.append(("kv", kv))
    sup_t = v["sup_title_fr"] if lang == "fr" else v["sup_title"]
    smode = o.get("sup", "fields")
    if smode == "fields":
        b.append(("h", T(lang, "Supervisor", "Superviseur")))
        skv = [(T(lang, "Supervisor's Position Title", "Titre du poste du superviseur"), o.get("sup_title_val", sup_t))]
        if o.get("sup_pn", True):
            skv.append((T(lang, "Supervisor's Position Number", "Numéro du poste du superviseur"), v["sup_pn"]))
        skv.append((T(lang, "Supervisor's Group and Level", "Groupe et niveau du superviseur"),
                    fcls(v["sup_cls"], o.get("clsf", "dash"))))
        b.append(("kv", skv))
    elif smode == "line":
        pn = f", position no. {v['sup_pn']}" if lang != "fr" else f", poste no {v['sup_pn']}"
        b.append(("kv", [(T(lang, "Reports to", "Relève de"),
                          f"{sup_t} ({fcls(v['sup_cls'], o.get('clsf', 'dash'))})" + (pn if o.get("sup_pn", True) else ""))]))
    pr = prose(v, lang, o, rng)
    b.append(("h", T(lang, "General Accountability", "Responsabilité générale")))
    b += [("p", x) for x in pr["ga"]]
    b.append(("h", T(lang, "Organization Structure", "Structure organisationnelle")))
    n_peers = o.get("peers", 4)
    if lang == "fr":
        intro = f"Le {v['title_fr']} est l'un des {n_peers} postes qui relèvent du {v['sup_title_fr']}."
    else:
        intro = f"The {v['title']} is one of {n_peers} positions reporting to the {v['sup_title']}."
        if lang == "bi":
            intro += f" / Le {v['title_fr']} est l'un des {n_peers} postes qui relèvent du {v['sup_title_fr']}."
    if smode == "sentence":
        intro = (f"The {v['title']} reports to the {sup_t} ({fcls(v['sup_cls'])})." if lang != "fr"
                 else f"Le {v['title_fr']} relève du {sup_t} ({fcls(v['sup_cls'])}).")
    b.append(("p", intro))
    if v["reports"]:
        b.append(("p", T(lang, "The following positions report directly to the position:",
                         "Les postes suivants relèvent directement du poste :")))
        b += reports_blocks(v, lang, o, o.get("rmode", "table"))
    b.append(("h", T(lang, "Nature and Scope", "Nature et étendue")))
    b += [("p", x) for x in pr["ns"]]
    b.append(("h", T(lang, "Dimensions", "Dimensions")))
    b.append(("kv", dims_kv(v, lang, o)))
    b.append(("h", T(lang, "Specific Accountabilities", "Responsabilités spécifiques")))
    b.append(("num", pr["sa"]))
    b += o.get("extra_blocks", [])
    if o.get("sig", True):
        rows, sn = sig_rows(v, lang, o)
        names += sn
        b.append(("h", T(lang, "Signatures", "Signatures")))
        b.append(("table", [T(lang, "Role", "Rôle"), T(lang, "Name", "Nom"), T(lang, "Title", "Titre"), "Date"], rows))
    return b, names


def build_old2(v, lang, o, rng):
    """The 2011-2015 form: WORK DESCRIPTION - EXECUTIVE (EX) GROUP."""
    b, names = [], []
    fr = lang == "fr"
    b.append(("title", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)" if fr else "WORK DESCRIPTION - EXECUTIVE (EX) GROUP"))
    kv = [("Code d'emploi" if fr else "Job code", v["job"]),
          ("Titre" if fr else "Title", o.get("title_val", v["title_fr"] if fr else v["title"])),
          ("Groupe/niveau" if fr else "Group/Level", o.get("cls_val", fcls(v["cls"], o.get("clsf", "dash")))),
          ("Numéro de poste" if fr else "Position number", o.get("pn_val", v["pn"])),
          ("Date d'entrée en vigueur" if fr else "Effective date", o.get("eff_val", fdate(v["eff"], o.get("datef", "fr" if fr else "long")))),
          ("Ministère" if fr else "Department", DEPT_FR if fr else DEPT_EN),
          ("Lieu" if fr else "Location", v["loc_fr"] if fr else v["loc"])]
    b.append(("kv", kv))
    skv = []
    if o.get("sup_pn", True):
        skv.append(("No de poste du superviseur" if fr else "Supervisor's Position No.", v["sup_pn"]))
    skv += [("Titre du poste du superviseur" if fr else "Supervisor's Position Title", v["sup_title_fr"] if fr else v["sup_title"]),
            ("Classification du superviseur" if fr else "Supervisor's Classification", fcls(v["sup_cls"], o.get("clsf", "dash")))]
    b.append(("kv", skv))
    pr = prose(v, lang, o, rng)
    b.append(("h", "RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY"))
    b += [("p", x) for x in pr["ga"]]
    b.append(("h", "SUBORDONNÉS DIRECTS" if fr else "DIRECT REPORTS"))
    b += reports_blocks(v, lang, o, o.get("rmode", "lines"))
    b.append(("h", "NATURE ET ÉTENDUE" if fr else "NATURE AND SCOPE"))
    b += [("p", x) for x in pr["ns"]]
    b.append(("h", "DIMENSIONS"))
    s, m, t = money_pair(v, lang, o)
    rows = [("ETP" if fr else "FTEs", str(v["fte"])), ("Budget salarial" if fr else "Salary budget", s),
            ("Budget de F et E" if fr else "O&M budget", m)]
    if o.get("total_stated", True):
        rows.append(("Total", t))
    b.append(("kv", rows))
    b.append(("h", "RESPONSABILITÉS SPÉCIFIQUES" if fr else "SPECIFIC ACCOUNTABILITIES"))
    b.append(("num", pr["sa"]))
    b.append(("h", "SIGNATURES"))
    rows, sn = sig_rows(v, lang, o)
    names += sn
    b.append(("raw", "\n".join(f"{r[0]}: {r[1]}, {r[2]}    {r[3]}" for r in rows)))
    return b, names


def build_old1(v, lang, o, rng):
    """The 2006-2010 form: EXECUTIVE GROUP POSITION DESCRIPTION, capital labels, one REPORTS TO line."""
    b, names = [], []
    b.append(("title", "EXECUTIVE GROUP POSITION DESCRIPTION"))
    sup = f"{v['sup_title']} ({fcls(v['sup_cls'], o.get('clsf', 'dash'))}), position no. {v['sup_pn']}"
    kv = [("POSITION TITLE", v["title"]), ("POSITION NUMBER", v["pn"]), ("JOB CODE", v["job"]),
          ("LEVEL", fcls(v["cls"], o.get("clsf", "dash"))), ("DEPARTMENT", DEPT_EN),
          ("SECTOR", v["branch"]), ("LOCATION", v["loc"]), ("REPORTS TO", sup),
          ("EFFECTIVE DATE", fdate(v["eff"], o.get("datef", "long")))]
    if o.get("incumbent"):
        n = person("holder:" + o["key"])
        kv.append(("INCUMBENT", n))
        names.append(n)
    b.append(("kv", kv))
    pr = prose(v, lang, o, rng)
    b.append(("h", "GENERAL ACCOUNTABILITY"))
    b += [("p", x) for x in pr["ga"]]
    b.append(("h", "ORGANIZATION STRUCTURE"))
    b += reports_blocks(v, lang, o, "prose")
    b.append(("h", "DIMENSIONS"))
    dims = [f"Number of FTE's: {v['fte']}"]
    if o.get("combined"):
        dims.append(f"Salary and O&M Budget: {money(v['total'], o.get('money', 'M'))}")
    else:
        s, m, t = money_pair(v, lang, o)
        dims += [f"Salary: {s}", f"O&M: {m}"]
    if o.get("gc"):
        dims.append(f"Grants and Contributions: {o['gc']}")
    b.append(("raw", "\n".join(dims)))
    b.append(("h", "NATURE AND SCOPE"))
    b += [("p", x) for x in pr["ns"]]
    b.append(("h", "SPECIFIC ACCOUNTABILITIES"))
    b.append(("num", pr["sa"]))
    rows, sn = sig_rows(v, lang, o)
    names += [sn[0]]
    b.append(("raw", f"Supervisor's signature: {sn[0]}          Date: {fdate(o['sigdate'], 'iso')}\n"
                     f"Incumbent's signature: ______________________     Date: __________"))
    return b, names


GENERIC_EN = "Regional Director"
GENERIC_FR = "Directeur régional"


def build_generic(v, lang, o, rng):
    """A position-specific cover sheet, then (unless cover_only) the generic Regional Director description."""
    b, names = [], []
    fr = lang == "fr"
    b.append(("title", T(lang, "Position-Specific Cover Sheet", "Fiche propre au poste")))
    b.append(("p", T(lang, "To be read with generic work description 300451, Regional Director (EX-01).",
                     "À lire avec la description de travail générique 300451, Directeur régional (EX-01).")))
    kv = [(T(lang, "Position number", "Numéro du poste"), v["pn"]),
          (T(lang, "Position title", "Titre du poste"), v["title_fr"] if fr else v["title"])]
    if lang == "bi":
        kv.append(("French title / Titre français", v["title_fr"]))
    kv += [(T(lang, "Generic job code", "Code d'emploi générique"), v["job"]),
           (T(lang, "Group and level", "Groupe et niveau"), fcls(v["cls"], o.get("clsf", "dash"))),
           (T(lang, "Location", "Lieu"), v["loc_fr"] if fr else v["loc"]),
           (T(lang, "Effective date", "Date d'entrée en vigueur"), fdate(v["eff"], o.get("datef", "fr" if fr else "long"))),
           (T(lang, "Reports to", "Relève de"),
            f"{v['sup_title_fr'] if fr else v['sup_title']} ({v['sup_cls']}), " + ("poste no " if fr else "position no. ") + v["sup_pn"])]
    b.append(("kv", kv))
    b.append(("h", T(lang, "Position-specific dimensions", "Dimensions propres au poste")))
    b.append(("kv", dims_kv(v, lang, o)))
    b.append(("h", T(lang, "Direct reports of this position", "Subordonnés directs du poste")))
    b += reports_blocks(v, lang, o, o.get("rmode", "bul"))
    if o.get("cover_only"):
        b.append(("p", T(lang, "The generic work description is on file (EX Generic 300451, 2019 edition).",
                         "La description générique est au dossier (générique EX 300451, édition 2019).")))
    else:
        gl = "fr" if fr else "en"
        b.append(("title", T(lang, "Generic Work Description - Regional Director", "Description de travail générique - Directeur régional")))
        b.append(("kv", [(T(lang, "Generic job code", "Code d'emploi générique"), "300451"),
                         (T(lang, "Group and level", "Groupe et niveau"), "EX-01")]))
        b.append(("h", T(lang, "General Accountability", "Responsabilité générale")))
        b.append(("p", T(lang, "The Regional Director is accountable to the Director General, Regional Operations for the "
                               "delivery of the department's programs and emergency management coordination in the region.",
                         "Le directeur régional est responsable devant le directeur général, Opérations régionales, de la "
                         "prestation des programmes du ministère et de la coordination de la gestion des urgences dans la région.")))
        b.append(("h", T(lang, "Organization Structure (typical)", "Structure organisationnelle (type)")))
        ex = [("Manager, Emergency Management", "Gestionnaire, Gestion des urgences", "PM-06", 8),
              ("Manager, Programs and Partnerships", "Gestionnaire, Programmes et partenariats", "PM-06", 7),
              ("Administrative Assistant", "Adjoint administratif", "AS-01", 1)]
        b += reports_blocks(dict(v, reports=ex), lang, o, "bul")
        b.append(("h", T(lang, "Illustrative Dimensions (a typical region)", "Dimensions à titre indicatif (région type)")))
        il = "fr" if fr else "full"
        b.append(("kv", [(T(lang, "FTEs", "ETP"), "16"), (T(lang, "Salary", "Salaires"), money(1500000, il)),
                         (T(lang, "O&M", "F et E"), money(300000, il)), ("Total", money(1800000, il))]))
        b.append(("h", T(lang, "Nature and Scope", "Nature et étendue")))
        b += [("p", x) for x in (NS_FR if fr else NS_EN)[:2]]
        if lang == "bi":
            b += [("p", x) for x in NS_FR[:2]]
        b.append(("h", T(lang, "Specific Accountabilities", "Responsabilités spécifiques")))
        pool = SA_FR if fr else SA_EN
        b.append(("num", [pool[i].format(domain="le programme régional" if fr else "the regional program") for i in (0, 2, 3, 4)]))
        del gl
    rows, sn = sig_rows(v, lang, o)
    names += sn
    b.append(("h", "Signatures"))
    b.append(("table", [T(lang, "Role", "Rôle"), T(lang, "Name", "Nom"), T(lang, "Title", "Titre"), "Date"], rows))
    return b, names


BUILDERS = {"ps": build_ps, "old1": build_old1, "old2": build_old2, "generic": build_generic}


# ---------------------------------------------------------------- renderers
def to_markdown(blocks):
    out = []
    first = True
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out.append(("# " if first else "## ") + bl[1])
            first = False
        elif k == "h":
            out.append("## " + bl[1])
        elif k == "kv":
            out.append("\n".join(f"*   **{a}:** {val_text(x)}" for a, x in bl[1]))
        elif k in ("p", "raw"):
            out.append(bl[1])
        elif k == "bul":
            out.append("\n".join("*   " + x for x in bl[1]))
        elif k == "num":
            out.append("\n".join(f"{i}.  {x}" for i, x in enumerate(bl[1], 1)))
        elif k == "table":
            rows = [bl[1]] + [[str(c) for c in r] for r in bl[2]]
            out.append("\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                                 + ["| " + " | ".join(r) + " |" for r in rows[1:]]))
        elif k == "comment":
            out.append(f"> **[{bl[1]}] {bl[2]}:** {bl[3]}")
    return "\n\n".join(out) + "\n"


def to_text(blocks, width=0, lang="en", table_sep=" | ", upper_h=True):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out.append(bl[1].upper())
        elif k == "h":
            out.append(bl[1].upper() if upper_h else bl[1])
        elif k == "kv":
            sep = " : " if lang == "fr" else ": "
            out.append("\n".join(f"{a}{sep}{val_text(x, lang)}" for a, x in bl[1]))
        elif k in ("p", "raw"):
            out.append(textwrap.fill(bl[1], width) if width and k == "p" else bl[1])
        elif k == "bul":
            out.append("\n".join("- " + x for x in bl[1]))
        elif k == "num":
            items = [f"{i}. {x}" for i, x in enumerate(bl[1], 1)]
            if width:
                items = [textwrap.fill(x, width, subsequent_indent="   ") for x in items]
            out.append("\n".join(items))
        elif k == "table":
            out.append("\n".join(table_sep.join(str(c) for c in r) for r in [bl[1]] + bl[2]))
        elif k == "comment":
            out.append(f"[{bl[1]} - {bl[2]}]: {bl[3]}")
    return "\n\n".join(out) + "\n"


_ids = [100]


def _track(p, old, new, author, date):
    _ids[0] += 1
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(_ids[0]))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = old
    r.append(t)
    d.append(r)
    p._p.append(d)
    _ids[0] += 1
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), str(_ids[0]))
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = new
    r.append(t)
    i.append(r)
    p._p.append(i)


def _fill(p, value, o):
    if isinstance(value, tuple) and value[0] == "chg":
        _, old, new, mode = value
        if mode == "track":
            _track(p, old, new, o.get("track_author", "Author"), o.get("track_date", "2022-03-01T10:00:00Z"))
        elif mode == "strike":
            r = p.add_run(old)
            r.font.strike = True
            p.add_run(" " + new)
        else:
            p.add_run(val_text(value))
    else:
        p.add_run("" if value is None else str(value))


def to_docx(blocks, o):
    doc = Document()
    cp = doc.core_properties
    cp.author = o.get("author", "Executive Services")
    cp.last_modified_by = o.get("author", "Executive Services")
    cp.created = dt.datetime(o.get("year", 2020), 1, 15, 9, 0, 0)
    cp.modified = dt.datetime(o.get("year", 2020), 1, 15, 9, 30, 0)
    cp.revision = 3
    cp.title = o.get("doc_title", "")
    first = True
    for bl in blocks:
        k = bl[0]
        if k == "title":
            doc.add_heading(bl[1], 0 if first else 1)
            first = False
        elif k == "h":
            doc.add_heading(bl[1], 2)
        elif k == "kv":
            if o.get("kv_paras"):
                for a, x in bl[1]:
                    p = doc.add_paragraph()
                    p.add_run(a + (" : " if o.get("lang") == "fr" else ": ")).bold = True
                    _fill(p, x, o)
            else:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, x in bl[1]:
                    cells = t.add_row().cells
                    cells[0].paragraphs[0].add_run(a).bold = True
                    _fill(cells[1].paragraphs[0], x, o)
                doc.add_paragraph()
        elif k == "p":
            p = doc.add_paragraph()
            _fill(p, bl[1], o)
        elif k == "raw":
            for line in bl[1].split("\n"):
                doc.add_paragraph(line)
        elif k == "bul":
            for x in bl[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "num":
            for x in bl[1]:
                doc.add_paragraph(x, style="List Number")
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(bl[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, bl[1]):
                c.paragraphs[0].add_run(h).bold = True
            for r in bl[2]:
                cells = t.add_row().cells
                for c, x in zip(cells, r):
                    _fill(c.paragraphs[0], x, o)
            doc.add_paragraph()
        elif k == "comment":
            p = doc.add_paragraph()
            r = p.add_run(f"[{bl[1]}] {bl[2]}: {bl[3]}")
            r.italic = True
            r.font.size = Pt(8)
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(text, footer, lines_per_page=64, width=100, fr=False):
    lines = []
    for para in text.split("\n"):
        lines += textwrap.wrap(para, width) or [""]
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"{footer}    Page {i} {'de' if fr else 'of'} {n}" if footer else f"- {i} -"]))
    return pdf_bytes(out)


# ---------------------------------------------------------------- OCR damage
DIGIT = {"0": ["O", "o"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"]}
LETTER = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"), ("a", "o"),
          ("u", "n"), ("h", "b"), ("f", "t"), ("s", "5")]
RATE = {"light": 0.02, "medium": 0.06, "heavy": 0.13}


def damage_word(w, p, rng):
    if any(c.isdigit() for c in w):
        chars = list(w)
        for i, c in enumerate(chars):
            if c in DIGIT and rng.random() < p * 3:
                alts = DIGIT[c] if c != "6" else (DIGIT[c] if p >= 0.1 else [c])
                chars[i] = rng.choice(alts)
        return "".join(chars)
    if len(w) > 3 and rng.random() < p * 2:
        a, b = rng.choice(LETTER)
        j = w.find(a)
        if j > 0:
            w = w[:j] + b + w[j + len(a):]
    return w


def ocr(text, strength, rng, header=None, width=78, per_page=52, flatten=False, columns=False, fr=False):
    p = RATE[strength]
    lines = []
    for para in text.replace(NBSP, " ").split("\n"):
        words = para.split(" ")
        words = [damage_word(w, p, rng) for w in words]
        joined = ""
        for i, w in enumerate(words):
            if i and rng.random() < p / 2 and not (w[:1].isdigit() or words[i - 1][-1:].isdigit()):
                joined += w
            else:
                joined += (" " if i else "") + w
        wrapped = textwrap.wrap(joined, width, break_on_hyphens=False) or [""]
        # hyphenate some line ends
        fixed = []
        carry = ""
        for k, ln in enumerate(wrapped):
            ln = carry + ln
            carry = ""
            if k < len(wrapped) - 1 and rng.random() < p * 4:
                nxt = wrapped[k + 1].split(" ")[0]
                if len(nxt) > 6 and nxt.isalpha():
                    cut = len(nxt) // 2
                    ln = ln + " " + nxt[:cut] + "-"
                    wrapped[k + 1] = wrapped[k + 1][len(nxt):].lstrip()
                    carry = nxt[cut:] + (" " if wrapped[k + 1] else "")
            fixed.append(ln)
        lines += fixed
    if columns:
        return lines
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    out = []
    for i, pg in enumerate(pages, 1):
        if header and i > 1:
            out.append(damage_line(header, p, rng))
            out.append("")
        out += pg
        out.append("")
        out.append(damage_line(f"Page {i} {'de' if fr else 'of'} {len(pages)}" if i % 2 else f"- {i} -", p, rng))
        out.append("\f" if i < len(pages) else "")
    res = "\n".join(out)
    if flatten:
        res = ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
               + " ".join(x for x in res.replace("\f", " ").split()))
    return res + "\n"


def damage_line(s, p, rng):
    return " ".join(damage_word(w, p, rng) for w in s.split(" "))


# ---------------------------------------------------------------- the folder
D = dt.date
DOCS = []


def doc(file, kind, lang, form, key, eff, ov=None, **o):
    DOCS.append(dict(file=file, kind=kind, lang=lang, form=form, key=key, eff=eff, ov=ov or {}, o=o))


OLD_DG_POL = "Director General, Policing Policy Directorate"
OLD_ADM = "Assistant Deputy Minister, Community Safety and Partnerships Branch"
R = P  # shorthand

# Director General, Policing Policy: 2013 scan (old form), 2025 bilingual Word
doc("DG Policing Policy - signed 2013.txt", "ocr", "en", "old2", "DG_POL", D(2013, 6, 3),
    dict(title=OLD_DG_POL, sup_title=OLD_ADM, fte=44, salary=4210000, om=530000,
         domain="national policing policy, including Aboriginal policing, law enforcement and border strategies, and firearms and organized crime policy",
         reports=[("Director, Aboriginal Policing Policy", "", "EX-01", 15),
                  ("Director, Law Enforcement and Border Strategies", "", "EX-01", 14),
                  ("Director, Firearms and Organized Crime Policy", "", "EX-01", 18),
                  ("Executive Assistant", "", "AS-03", 1)]),
    damage="medium", datef="long", money="full", sigdate=D(2013, 5, 27))
doc("DG Politiques en matière de police - Policing Policy 2025 (bilingual).docx", "docx", "bi", "ps", "DG_POL",
    D(2025, 4, 1), {}, datef="long", money="full", sigdate=D(2025, 3, 24), peers=5)
# DG Corrections and Criminal Justice
doc("Director General, Corrections and Criminal Justice - signed.pdf", "pdf", "en", "ps", "DG_CCJ", D(2019, 10, 15),
    dict(reports=[("Director, Corrections Policy", "", "EX-01", 16),
                  ("Director, Offender Reintegration and Victims Policy", "", "EX-01", 15),
                  ("Director, Criminal Justice Policy", "", "EX-01", 12),
                  ("Senior Director, Crime Prevention Programs", "", "EX-02", 35),
                  ("Director, Corrections Legislation Review Secretariat", "", "EX-01", None)]),
    datef="dmy", money="M", omf="K", totf="M", sigdate=D(2019, 10, 2), sup="line")
# DG Emergency Management Policy and Outreach: Markdown working copy and the signed scan of it
doc("DG EMPO work description.md", "markdown", "en", "ps", "DG_EMP", D(2021, 9, 1), {},
    datef="long", money="million", omf="million", totf="million", sigdate=D(2021, 8, 23), rmode="bul")
doc("DG EMPO work description - signed.txt", "ocr", "en", "ps", "DG_EMP", D(2021, 9, 1), {},
    datef="long", money="million", omf="million", totf="million", sigdate=D(2021, 8, 23), rmode="bul",
    damage="light", same_as="DG EMPO work description.md")
# DG Regional Operations
doc("Regional Operations DG - 2012.txt", "text-cp1252", "en", "old2", "DG_REG", D(2012, 4, 2),
    dict(fte=96, salary=8450000, om=1960000,
         reports=[r for r in R["DG_REG"]["reports"] if "Northern" not in r[0]]),
    datef="abbr", money="full", sigdate=D(2012, 3, 19), clsf="space")
doc("Regional Ops DG WD 2022 - comments NK.docx", "docx", "en", "ps", "DG_REG", D(2022, 11, 14), {},
    datef="long", money="full", sigdate=D(2022, 11, 1), peers=3, comments=True)
# DG Human Resources (bilingual PDF)
doc("DG RH - HR Director General 2018 bilingue.pdf", "pdf", "bi", "ps", "DG_HR", D(2018, 1, 8),
    dict(reports=[("Director, Executive Services and Talent Management", "", "EX-01", 10),
                  ("Director, Classification and Organizational Design", "", "EX-01", 14),
                  ("Director, Labour Relations and Workplace Wellness", "", "EX-01", 12),
                  ("Manager, HR Planning and Systems", "", "AS-07", 9)], fte=93, salary=7815000, om=1390000),
    datef="iso", money="full", sigdate=D(2017, 12, 14), peers=6)
# Indigenous Policing Policy: 2016 and 2021 (tracked changes)
doc("Director Aboriginal Policing Policy 2016.docx", "docx", "en", "ps", "IPP", D(2016, 2, 29),
    dict(title="Director, Aboriginal Policing Policy", fte=15, salary=1420000, om=210000,
         reports=[("Manager, Policing Agreements", "", "EC-06", 7), ("Manager, Policy and Engagement", "", "EC-06", 6),
                  ("Administrative Assistant", "", "AS-01", 1)],
         domain="policy and program advice on policing in First Nation and Inuit communities, including the First Nations Policing Program"),
    datef="long", money="full", sigdate=D(2016, 2, 17), incumbent=True)
doc("Director, Indigenous Policing Policy - 2021 revised (tracked).docx", "docx", "en", "ps", "IPP", D(2021, 5, 17), {},
    datef="long", money="full", sigdate=D(2021, 5, 3), track=True, author="Marielle C.",
    track_author=None)
doc("FW_ WD - Director, Law Enforcement and Border Strategies.txt", "text", "en", "ps", "LEB", D(2020, 1, 6), {},
    datef="long", money="full", sigdate=None, email=True, sig=False)
# Firearms: 2014 PDF (old form), 2019 Markdown with struck former values, its PDF export
FIR14 = dict(title="Director, Firearms and Organized Crime Policy", fte=18, salary=1650000, om=260000,
             sup_title=OLD_DG_POL,
             reports=[("Manager, Firearms Legislation and Regulations", "", "EC-07", 6),
                      ("Manager, Firearms Programs and Engagement", "", "EC-06", 6),
                      ("Manager, Organized Crime Policy", "", "EC-07", 5)])
doc("Director Firearms and Organized Crime Policy 2014.pdf", "pdf", "en", "old2", "FIR", D(2014, 8, 11), FIR14,
    datef="long", money="full", sigdate=D(2014, 7, 30))
doc("Director, Firearms Policy (2019).md", "markdown", "en", "ps", "FIR", D(2019, 7, 2), {},
    datef="long", money="full", sigdate=D(2019, 6, 20), struck="md")
doc("WD Director Firearms Policy 2019.pdf", "pdf", "en", "ps", "FIR", D(2019, 7, 2), {},
    datef="long", money="full", sigdate=D(2019, 6, 20), struck="paren", same_as="Director, Firearms Policy (2019).md")
# Corrections Policy (French): 2011 scan, 2020 Word
doc("Directeur politique correctionnelle 2011 signé.txt", "ocr", "fr", "old2", "COR", D(2011, 3, 21),
    dict(fte=13, salary=1190000, om=150000,
         reports=[("", "Gestionnaire, Politique correctionnelle", "EC-07", 7),
                  ("", "Gestionnaire, Surveillance dans la collectivité", "EC-06", 5)]),
    damage="heavy", datef="fr", money="fr", sigdate=D(2011, 3, 8))
doc("Directeur, Politique correctionnelle (2020).docx", "docx", "fr", "ps", "COR", D(2020, 9, 14), {},
    datef="fr", money="fr", sigdate=D(2020, 9, 1))
doc("Directeur Réinsertion sociale et victimes 2017.pdf", "pdf", "fr", "ps", "REI", D(2017, 11, 6), {},
    datef="frle", money="fr", sigdate=D(2017, 10, 25), total_stated=False)
doc("criminal justice policy director WD.txt", "text", "en", "old2", "CJP", D(2015, 4, 1), {},
    datef="iso", money="full", sigdate=D(2015, 3, 20), sup_pn=False)
# Crime prevention: 2009 scan (two columns), 2018 Word (reclassification), 2024 French PDF
doc("NCPC Director 2009 scan.txt", "ocr-columns", "en", "old1", "NCPC", D(2009, 1, 12),
    dict(title="Director, Crime Prevention Programs", cls="EX-01", fte=29, salary=None, om=None, total=2900000,
         sup_title="Director General, National Crime Prevention Centre", sup_pn="20130",
         reports=[("Manager, Program Design", "", "PM-06", 7), ("Manager, Program Delivery", "", "PM-06", 13),
                  ("Manager, Knowledge and Evaluation", "", "EC-06", 6)]),
    damage="medium", datef="long", money="M", combined=True, gc="$41.5M", sigdate=D(2008, 12, 18))
doc("Senior Director Crime Prevention Programs - 2018 reclassification.docx", "docx", "en", "ps", "NCPC",
    D(2018, 4, 1), dict(fte=35, salary=3240000, om=390000,
                        reports=[("Manager, Program Design", "", "PM-06", 8), ("Manager, Program Delivery (National)", "", "PM-06", 13),
                                 ("Manager, Knowledge and Evaluation", "", "EC-07", 7),
                                 ("Manager, Grants and Contributions Operations", "", "FI-03", 6)]),
    datef="long", money="full", gc="$46,000,000", sigdate=D(2018, 3, 14), rationale=True)
doc("Directeur principal, Programmes de prévention du crime 2024.pdf", "pdf", "fr", "ps", "NCPC", D(2024, 6, 3), {},
    datef="fr", money="frM", omf="frk", totf="frM", gc="48,2\u00a0M$", sigdate=D(2024, 5, 21))
doc("Director, Corrections Legislation Review Secretariat \u2013 2023.txt", "text-cp1252", "en", "ps", "CCRA",
    D(2023, 2, 27), {}, datef="long", money="full", sigdate=D(2023, 2, 10), sup="fields", timelimited=True)
doc("Directeur planification GU.md", "markdown", "fr", "ps", "EMPL", D(2019, 11, 4), {},
    datef="fr", money="fr", sigdate=D(2019, 10, 22))
doc("AAFC directeur 2014.txt", "text-cp1252", "fr", "old2", "DFAA", D(2014, 5, 26), {},
    datef="fr", money="fr", sigdate=D(2014, 5, 12))
# Critical infrastructure: DRAFT in Word, signed scan
doc("DRAFT - Director Critical Infrastructure Policy v3.docx", "docx", "en", "ps", "CIP", None,
    dict(fte=16, salary=1590000, om=420000),
    datef="long", money="full", sigdate=None, pn_val="To be assigned", eff_val="Upon approval", comments=True,
    draft=True)
doc("Director Critical Infrastructure Policy - signed.txt", "ocr", "en", "ps", "CIP", D(2024, 10, 7), {},
    datef="long", money="full", sigdate=D(2024, 9, 26), damage="light")
doc("Directeur formation et exercices GU 2022.docx", "docx", "fr", "ps", "TRX", D(2022, 1, 10), {},
    datef="fr", money="fr", sigdate=D(2021, 12, 15), kv_paras=True)
doc("CGO DE 2016 signé.txt", "ocr", "fr", "ps", "GOC", D(2016, 9, 19), {},
    datef="fr", money="fr", sigdate=D(2016, 9, 6), damage="medium", sup="line", peers=6)
# Regional directors: one generic (300451) with a cover sheet per position
doc("Directeur régional Québec - fiche + générique 2013.txt", "ocr", "fr", "generic", "RQC", D(2013, 10, 1),
    dict(fte=19, salary=1710000, om=330000, reports=R["RQC"]["reports"][:2]),
    datef="fr", money="fr", sigdate=D(2013, 9, 18), damage="heavy", flatten=True)
doc("Directeur régional, Région du Québec \u2013 2023.docx", "docx", "fr", "ps", "RQC", D(2023, 3, 13), {},
    datef="fr", money="fr", sigdate=D(2023, 2, 27), peers=7)
doc("Regional Director Atlantic - cover sheet + generic (signed).pdf", "pdf", "bi", "generic", "RAT", D(2020, 6, 22), {},
    datef="long", money="full", sigdate=D(2020, 6, 10))
doc("RD Ontario cover + generic.txt", "text", "en", "generic", "RON", D(2020, 6, 22), {},
    datef="long", money="full", sigdate=D(2020, 6, 10), total_stated=False)
doc("Prairie RD package 2017.txt", "ocr", "en", "generic", "RPR", D(2017, 2, 6), {},
    datef="dmy", money="full", sigdate=D(2017, 1, 24), damage="light")
doc("RD Pacific (cover sheet).md", "markdown", "en", "generic", "RPA", D(2020, 6, 22), {},
    datef="long", money="M", omf="K", totf="M", sigdate=D(2020, 6, 10), cover_only=True)
doc("Regional Director, Northern Region (Yellowknife) 2015.txt", "text-cp1252", "en", "old2", "RNO", D(2015, 1, 19),
    {}, datef="long", money="full", sigdate=D(2015, 1, 7), clsf="short")
# Executive Services (the team's own position): 2008 scan, 2015 Word, 2022 Word with tracked changes and its copy
doc("Exec Services Director 2008 - scan.txt", "ocr", "en", "old1", "EXS", D(2008, 5, 5),
    dict(title="Director, Executive Services", fte=7, salary=560000, om=120000, sup_cls="EX-02",
         reports=[("Manager, Executive Staffing", "", "PE-05", 4), ("Executive Services Officer", "", "AS-03", 1)]),
    damage="heavy", datef="long", money="full", sigdate=D(2008, 4, 22), flatten=True, incumbent=True)
doc("Director Executive Services and Talent Mgmt 2015.docx", "docx", "en", "old2", "EXS", D(2015, 9, 8),
    dict(fte=9, salary=845000, om=180000,
         reports=[("Manager, Executive Staffing and Compensation", "", "PE-05", 4),
                  ("Manager, Talent Management", "", "PE-05", 3), ("Executive Services Officer", "", "AS-04", 1)]),
    datef="long", money="full", sigdate=D(2015, 8, 27))
doc("Director Executive Services and Talent Management 2022.docx", "docx", "en", "ps", "EXS", D(2022, 4, 4), {},
    datef="long", money="full", sigdate=D(2022, 3, 22), track=True)
doc("Director Executive Services and Talent Management 2022 (1).docx", "docx", "en", "ps", "EXS", D(2022, 4, 4), {},
    datef="long", money="full", sigdate=D(2022, 3, 22), track=True,
    copy_of="Director Executive Services and Talent Management 2022.docx")
doc("Directeur classification et conception organisationnelle 2021.txt", "text", "fr", "ps", "CLS", D(2021, 12, 6), {},
    datef="fr", money="fr", sigdate=D(2021, 11, 24))
doc("Directeur RT et mieux-être 2019.txt", "text-cp1252", "fr", "ps", "LR", D(2019, 5, 21), {},
    datef="frle", money="fr", sigdate=D(2019, 5, 7), sup="line")
doc("Directeur Programmes de prévention et recherche - signé.pdf", "pdf", "fr", "ps", "CCE", D(2022, 8, 29), {},
    datef="fr", money="fr", gc="7\u00a0650\u00a0000\u00a0$", sigdate=D(2022, 8, 16))
doc("Directeur Affaires du Cabinet 2025 numérisé.txt", "ocr", "fr", "ps", "SPC", D(2025, 2, 3), {},
    datef="fr", money="fr", sigdate=D(2025, 1, 21), damage="light", sup="sentence")
doc("Senior Director Portfolio Affairs - Directeur principal Affaires du portefeuille 2026.md", "markdown", "bi", "ps",
    "POR", D(2026, 1, 12), {}, datef="long", money="full", sigdate=D(2025, 12, 18), peers=3)


# ---------------------------------------------------------------- one document
def insert_after_heading(blocks, heading_start, new):
    for i, bl in enumerate(blocks):
        if bl[0] == "h" and bl[1].startswith(heading_start):
            return blocks[:i + 2] + new + blocks[i + 2:]
    return blocks + new


def render(d):
    key, lang, o = d["key"], d["lang"], dict(d["o"])
    o["key"] = key
    o["lang"] = lang
    o["year"] = (d["eff"] or D(2024, 8, 1)).year
    v = values(key, d["ov"])
    v["eff"] = d["eff"]
    rng = random.Random(d["file"])
    names = []
    if o.get("struck"):
        m = o["struck"]
        o["title_val"] = ("chg", "Director, Firearms and Organized Crime Policy", v["title"], m)
        o["fte_val"] = ("chg", "18", str(v["fte"]), m)
    if o.get("track") and key == "IPP":
        o["fte_val"] = ("chg", "17", "19", "track")
        o["sal_val"] = ("chg", money(1705000, "full"), money(v["salary"], "full"), "track")
        o["tot_val"] = ("chg", money(1945000, "full"), money(v["total"], "full"), "track")
        o["track_author"] = person("tracker:IPP")
        o["track_date"] = "2021-04-28T14:12:00Z"
        names.append(o["track_author"])
    if o.get("track") and key == "EXS":
        o["sup_title_val"] = ("chg", "Director General, Human Resources Operations", v["sup_title"], "track")
        o["om_val"] = ("chg", money(195000, "full"), money(v["om"], "full"), "track")
        o["tot_val"] = ("chg", money(1255000, "full"), money(v["total"], "full"), "track")
        o["track_author"] = person("tracker:EXS")
        o["track_date"] = "2022-03-09T09:41:00Z"
        names.append(o["track_author"])
    extra = []
    if o.get("rationale"):
        adv = person("advisor:rationale")
        names.append(adv)
        extra += [("h", "Classification Rationale"),
                  ("p", "The position was previously classified EX-01 as Director, Crime Prevention Programs (2009 work "
                        "description, 29 FTEs, salary and O&M of $2.9M). The addition of the Grants and Contributions "
                        "Operations unit, a grants and contributions budget that grew from $41.5M to $46M and national "
                        "accountability for program evaluation support an upward reclassification to EX-02, effective "
                        "April 1, 2018. Relativity was established against the Senior Director, Portfolio Affairs (EX-02)."),
                  ("p", f"Evaluated by: {adv}, Senior Classification Advisor. Committee decision ECC-2018-014.")]
    if o.get("timelimited"):
        extra += [("p", "This is a time-limited position; it ends on March 31, 2026, when the review secretariat is dissolved.")]
    o["extra_blocks"] = extra
    blocks, sn = BUILDERS[d["form"]](v, lang, o, rng)
    names += sn
    if o.get("comments"):
        if key == "DG_REG":
            c1, c2 = person("commenter:NK"), person("commenter:PM")
            com = [("comment", "NK1", c1, "Salary is from the 2021-22 budget; Finance quotes $9.6M for 2022-23 - confirm before signature?"),
                   ("comment", "PM2", c2, "Keep as is: the classification committee rated the 2021-22 figures.")]
        else:
            c1 = person("commenter:CIP")
            com = [("comment", "RB1", c1, "FTEs to be confirmed with the DG - 16 now, 17 if the information-sharing analyst is approved.")]
            c2 = None
        names += [c1] + ([c2] if c2 else [])
        blocks = insert_after_heading(blocks, "Dimensions", com)
    if o.get("draft"):
        blocks = [("title", "DRAFT - FOR DISCUSSION - NOT APPROVED")] + blocks
    kind = d["kind"]
    if kind == "markdown":
        text = to_markdown(blocks)
        return text.encode("utf-8"), v, names
    if kind == "docx":
        o["doc_title"] = v["title"]
        return to_docx(blocks, o), v, names
    if kind == "pdf":
        text = to_text(blocks, lang=lang, upper_h=False)
        return to_pdf(text, v["title"] if lang != "fr" else v["title_fr"], fr=lang == "fr"), v, names
    if kind in ("ocr", "ocr-columns"):
        text = to_text(blocks, lang=lang, table_sep="  ")
        if kind == "ocr-columns":
            # the header block full width, the rest read across two columns
            head, body = text.split("\n\n", 2)[:2], text.split("\n\n", 2)[2]
            hl = ocr("\n\n".join(head), o["damage"], rng, columns=True)
            bl = ocr(body, o["damage"], rng, width=44, columns=True)
            half = (len(bl) + 1) // 2
            left, right = bl[:half], bl[half:]
            rows = [(left[i] if i < len(left) else "").ljust(46) + (right[i] if i < len(right) else "")
                    for i in range(half)]
            out = "\n".join(hl + [""] + [r.rstrip() for r in rows[:55]] + ["", "Page 1 of 2", "\f"]
                            + [r.rstrip() for r in rows[55:]] + ["", "Page 2 of 2"]) + "\n"
            return out.encode("utf-8"), v, names
        hdr = (DEPT_FR + " - Description de travail" if lang == "fr" else DEPT_EN + " - Executive Work Description")
        if d["form"] == "generic":
            hdr = "PROTÉGÉ A une fois rempli" if lang == "fr" else "PROTECTED A when completed"
        text = text + "\n" + scan_signature(o, lang)
        return ocr(text, o["damage"], rng, header=hdr, flatten=o.get("flatten", False), fr=lang == "fr").encode("utf-8"), v, names
    text = to_text(blocks, lang=lang, width=0 if kind == "text-cp1252" else 0)
    if o.get("email"):
        text = email_wrap(text, v, names)
    if kind == "text-cp1252":
        text = curly(text).replace("\n", "\r\n")
        return text.encode("cp1252"), v, names
    return text.encode("utf-8"), v, names


def scan_signature(o, lang):
    if lang == "fr":
        return "[ Signature : illisible ]   Date : ____ [ tampon : REÇU - Services aux cadres ]\n"
    return "[ Signatory: illegible ]  Date: ____  [ stamp: RECEIVED - Executive Services ]\n"


def curly(s):
    out = []
    dq = False
    for i, ch in enumerate(s):
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201d" if dq else "\u201c")
            dq = not dq
        elif ch == "-" and i and s[i - 1] == " " and i + 1 < len(s) and s[i + 1] == " ":
            out.append("\u2013")
        else:
            out.append(ch)
    return "".join(out)


def email_wrap(text, v, names):
    a, b, c = person("email:from"), person("email:to"), person("email:orig")
    names += [a, b, c]
    fa = a.split()[0].lower() + "." + a.split()[-1].lower()
    fb = b.split()[0].lower() + "." + b.split()[-1].lower()
    head = (f"From: {a} <{fa}@ps-sp.example.ca>\n"
            f"Sent: Tuesday, January 7, 2020 4:18 PM\n"
            f"To: {b} <{fb}@ps-sp.example.ca>\n"
            f"Subject: FW: WD - {v['title']} - for the ECC package\n\n"
            f"Hi {b.split()[0]},\n\n"
            f"Below is the final version of the {v['title']} work description (effective January 6), as sent by the "
            f"branch. The position was reviewed at the January ECC; please file it with the classification decision.\n"
            f"The attachment did not come through, so I pasted the text below.\n\nThanks,\n{a.split()[0]}\n\n"
            f"-----Original Message-----\nFrom: {c}\nSent: Monday, January 6, 2020 11:02 AM\n"
            f"Subject: WD - {v['title']}\n\n")
    tail = (f"\n--\n{a}\nExecutive Services and Talent Management | Services aux cadres et gestion des talents\n"
            f"Public Safety Canada | Sécurité publique Canada\n")
    return head + text + tail


# ---------------------------------------------------------------- documents to refuse
def refusals():
    out = []
    # 1. a memo (Word)
    n1, n2 = person("memo:from"), person("memo:to")
    blocks = [("title", "MEMORANDUM"),
              ("kv", [("To", f"{n2}, Assistant Deputy Minister, Corporate Management Branch"),
                      ("From", f"{n1}, Director, Executive Services and Talent Management"),
                      ("Date", "October 2, 2024"), ("File", "EXS-2024-117"),
                      ("Subject", "Executive talent management cycle 2024-2025: questionnaires and work descriptions")]),
              ("h", "Purpose"),
              ("p", "To remind branch heads that talent questionnaires are mandatory for EX-03 to EX-05 and voluntary "
                    "for EX-01 and EX-02, and that every executive position must have a signed work description on "
                    "file before the talent map is completed."),
              ("h", "Positions without a current work description"),
              ("table", ["Position", "Number", "Level", "Last description"],
               [["Director, Critical Infrastructure Policy", "22113", "EX-01", "draft only"],
                ["Executive Director, Government Operations Centre", "22310", "EX-02", "2016"],
                ["Regional Director, Northern Region", "22216", "EX-01", "2015"]]),
              ("p", "Branches are asked to submit updated descriptions to Executive Services by January 31, 2025.")]
    out.append(("Memo - EX talent management cycle 2024-2025.docx", "docx", "en",
                to_docx(blocks, {"year": 2024, "author": n1}), [n1, n2], "a memorandum to branch heads"))
    # 2. a letter of offer (PDF, French)
    n3, n4 = person("letter:to"), person("letter:from")
    text = ("Sécurité publique Canada\n\nLe 14 février 2022\n\nPERSONNEL\n\n" + n3 + "\nOttawa (Ontario)\n\n"
            "Objet : Nomination intérimaire - Directeur, Programmes de prévention et recherche (EX-01), poste no 23111\n\n"
            f"Madame, Monsieur,\n\nJ'ai le plaisir de vous offrir une nomination intérimaire au poste de Directeur, "
            "Programmes de prévention et recherche (EX-01), numéro de poste 23111, du 28 février 2022 au 26 août 2022. "
            "Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres.\n\n"
            "Veuillez signer et retourner une copie de la présente lettre d'ici le 21 février 2022.\n\n"
            f"Veuillez agréer l'expression de mes sentiments distingués.\n\n{n4}\n"
            "Directeur général, Centre canadien d'engagement communautaire et de prévention de la violence\n\n"
            f"J'accepte l'offre ci-dessus : {n3}    Date : 17 février 2022\n")
    out.append(("Lettre d'offre - nomination intérimaire EX-01 (signée).pdf", "pdf", "fr", to_pdf(text, ""), [n3, n4],
                "a letter of offer for an acting appointment"))
    # 3. a scan without a text layer
    out.append(("Scan_20140307_0012.pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a three-page scan with no text layer (unreadable)"))
    # 4. minutes of the classification committee (UTF-8 text)
    n5, n6, n7 = person("ecc:chair"), person("ecc:member1"), person("advisor:rationale")
    text = ("EXECUTIVE CLASSIFICATION COMMITTEE (ECC) - RECORD OF DECISIONS\n"
            "Meeting of June 12, 2019, 13:30-15:00, room 10A, 269 Laurier Avenue West\n\n"
            f"Present: {n5} (Chair), {n6}, {n7} (secretary)\n\n"
            "1. Director, Firearms Policy (position 21113, EX-01)\n"
            "   Title change from Director, Firearms and Organized Crime Policy; organized crime files moved to the\n"
            "   Director, Law Enforcement and Border Strategies. FTEs 18 to 14. Decision: EX-01 confirmed.\n\n"
            "2. Director, Emergency Management Planning (position 22111, EX-01)\n"
            "   Updated description reviewed; salary $2,085,000, O&M $310,000. Decision: EX-01 confirmed, effective\n"
            "   November 4, 2019, subject to a French version.\n\n"
            "3. Senior Director, Portfolio Affairs (EX-02): deferred to the September meeting.\n\n"
            "Next meeting: September 18, 2019.\n")
    out.append(("Minutes ECC 2019-06-12.txt", "text", "en", text.encode("utf-8"), [n5, n6, n7],
                "minutes of the executive classification committee"))
    # 5. an organization chart (Markdown, bilingual)
    lines = ["# Community Safety and Countering Crime Branch / Secteur de la sécurité communautaire et de la réduction du crime",
             "", "Organization chart / Organigramme - 2023-04-01", "", "```",
             "ADM / SMA, CSCC (EX-05) 10010",
             "├── DG, Policing Policy / DG, Politiques en matière de police (EX-03) 20110",
             "│   ├── Director, Indigenous Policing Policy (EX-01) 21111 - 19 FTE",
             "│   ├── Director, Law Enforcement and Border Strategies (EX-01) 21112 - 16 FTE",
             "│   └── Director, Firearms Policy (EX-01) 21113 - 14 FTE",
             "├── DG, Corrections and Criminal Justice / DG, Affaires correctionnelles et justice pénale (EX-03) 20120",
             "│   ├── Director, Corrections Policy (EX-01) 21211",
             "│   ├── Director, Offender Reintegration and Victims Policy (EX-01) 21212",
             "│   ├── Director, Criminal Justice Policy (EX-01) 21213",
             "│   ├── Senior Director, Crime Prevention Programs (EX-02) 21214",
             "│   └── Director, Corrections Legislation Review Secretariat (EX-01) 21217",
             "└── DG, Canada Centre / Centre canadien (EX-03) 20310",
             "    └── Director, Prevention Programs and Research (EX-01) 23111", "```", "",
             "Vacant positions are shown in italics in the PowerPoint version. / Les postes vacants figurent en italique dans la version PowerPoint.", ""]
    out.append(("Org chart CSCC - organigramme SSCRC 2023.md", "markdown", "bi", "\n".join(lines).encode("utf-8"), [],
                "a branch organization chart"))
    # 6. a classification rationale (cp1252, French)
    n8 = person("advisor:2018")
    text = ("JUSTIFICATION DE CLASSIFICATION - POSTE DE CADRE\n\n"
            "Poste : Directeur principal, Programmes de prévention du crime (no 21214)\n"
            "Classification actuelle : EX-01    Classification proposée : EX-02\n"
            "Code d'emploi : 300149\n\n"
            "1. Contexte\nLe poste a été évalué en 2009 au niveau EX-01. Depuis, l'unité a intégré les opérations de "
            "subventions et contributions et le budget de S et C est passé de 41,5 M$ à 46 M$.\n\n"
            "2. Analyse\nLa portée des responsabilités d'évaluation nationale et l'incidence des décisions de "
            "financement justifient une reclassification à la hausse. Poste repère : Directeur principal, "
            "Affaires du portefeuille (EX-02).\n\n"
            "3. Recommandation\nReclassifier le poste au niveau EX-02, à compter du 1er avril 2018.\n\n"
            f"Préparée par : {n8}, conseillère principale en classification, le 2 mars 2018\n")
    out.append(("Justification de classification - Directeur principal PPC 2018.txt", "text-cp1252", "fr",
                curly(text).replace("\n", "\r\n").encode("cp1252"), [n8], "a classification rationale (not a work description)"))
    return out


# ---------------------------------------------------------------- truth
FORM_NAME = {"ps": "Public Safety Canada Executive Work Description (the department's form, 2016-2026)",
             "old2": "WORK DESCRIPTION - EXECUTIVE (EX) GROUP (2011-2015 form)",
             "old1": "EXECUTIVE GROUP POSITION DESCRIPTION (2006-2010 form)",
             "generic": "position-specific cover sheet + generic Regional Director description 300451"}

VERSION_NOTES = {
    "DG_POL": "2013: 'Director General, Policing Policy Directorate', 44 FTEs, supervisor the ADM, Community Safety and Partnerships Branch; 2025: renamed, 52 FTEs, bilingual",
    "DG_EMP": "the Markdown working copy and the signed scan carry the same text; the signed scan is the file of record",
    "DG_REG": "2012: 96 FTEs, no Northern Region; 2022: 108 FTEs, six regions; the 2022 Word file has reviewers' comments pasted in",
    "IPP": "2016: 'Director, Aboriginal Policing Policy', 15 FTEs; 2021: renamed, with tracked changes (FTEs 17 to 19, salary and total)",
    "FIR": "2014: 'Director, Firearms and Organized Crime Policy', 18 FTEs; 2019: renamed, 14 FTEs (former values struck in the Markdown, '(previously ...)' in its PDF export, which has the same content)",
    "COR": "2011 scan: 13 FTEs, two managers; 2020: 16 FTEs, three reports",
    "NCPC": "2009: Director, Crime Prevention Programs, EX-01, salary and O&M given as one figure; 2018: Senior Director, EX-02 (reclassification, rationale appended); 2024: French, current figures",
    "CIP": "a DRAFT with no number or date (16 FTEs, salary $1,590,000) and the signed version (17 FTEs, $1,655,000)",
    "RQC": "2013: French cover sheet + generic, 19 FTEs; 2023: the department's form, 21 FTEs",
    "EXS": "2008: 'Director, Executive Services', 7 FTEs, DG HR at EX-02; 2015: renamed, 9 FTEs; 2022: 11 FTEs with tracked changes; '(1)' is a byte-identical copy of the 2022 file",
}


def truth(d, v, names, files_by_key):
    o, lang, key = d["o"], d["lang"], d["key"]
    fr = lang == "fr"
    sup_pn = None if (o.get("sup_pn") is False or o.get("sup") == "sentence") else v["sup_pn"]
    reps = None
    if v["reports"]:
        reps = [{"title": r[1] if fr else r[0], "classification": r[2], "fte": r[3]} for r in v["reports"]]
    combined = bool(o.get("combined"))
    fields = {
        "title": v["title_fr"] if fr else v["title"],
        "classification": v["cls"],
        "job_code": v["job"],
        "position_number": None if o.get("pn_val") else v["pn"],
        "effective_date": d["eff"],
        "supervisor": {"position_number": sup_pn, "title": v["sup_title_fr"] if fr else v["sup_title"],
                       "classification": v["sup_cls"]},
        "direct_reports": reps,
        "salary": None if combined else v["salary"],
        "o_and_m": None if combined else v["om"],
        "total": None if o.get("total_stated") is False else v["total"],
        "location": v["loc_fr"] if fr else v["loc"],
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "direct_reports",
                      "salary", "o_and_m", "total", "location") if fields[k] is None]
    if fields["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    also = {}
    if d["form"] != "generic":
        also["department"] = {"en": DEPT_EN, "fr": DEPT_FR, "bi": f"{DEPT_EN} / {DEPT_FR}"}[lang]
    also["form"] = FORM_NAME[d["form"]]
    also["fte"] = v["fte"]
    if lang == "bi":
        also["title_fr"] = v["title_fr"]
    if fr and v["title"]:
        also["title_en"] = v["title"]
    if d["kind"] in ("ocr", "ocr-columns"):
        also["damage"] = o["damage"]
    if v["sup"] in P:
        also["reports_to_in_corpus"] = newest(files_by_key[v["sup"]])
    if o.get("gc"):
        also["grants_and_contributions"] = {"NCPC": {2009: 41500000, 2018: 46000000, 2024: 48200000}, "CCE": {2022: 7650000}}[key][d["eff"].year]
    notes = []
    if combined:
        notes.append("salary and O&M are given only as one figure (Salary and O&M Budget), taken as the total")
    if o.get("struck") or o.get("track"):
        notes.append("former values are left in the document (struck, tracked or '(previously ...)'); the truth is the current value")
    if o.get("comments"):
        notes.append("reviewers' comments are pasted into the text; a figure they quote is not the document's")
    if d["form"] == "generic":
        notes.append("the cover sheet's figures are the position's; the generic's illustrative dimensions and typical reports are not"
                     if not o.get("cover_only") else "a cover sheet only; the generic description is referred to, not attached")
    if o.get("draft"):
        notes.append("DRAFT: position number 'To be assigned', effective date 'Upon approval'")
    if o.get("email"):
        notes.append("an e-mail forwarding the description pasted into its body")
    if o.get("rationale"):
        notes.append("a classification rationale is appended; its former values (EX-01, 29 FTEs, $2.9M) are not the position's")
    if o.get("sup") == "sentence":
        notes.append("the supervisor is named only in a sentence of the organization structure")
    if o.get("timelimited"):
        notes.append("time-limited position ending 2026-03-31")
    if o.get("flatten"):
        notes.append("scanner output flattened to one line under '--- Full Extracted Text ---'")
    if notes:
        also["notes"] = notes
    group = files_by_key[key]
    versions = None
    if len(group) > 1:
        docs_sorted = sorted(group, key=lambda g: (g["eff"] or D(2024, 8, 1), g["file"]))
        same = key == "DG_EMP"
        versions = {"documents": [g["file"] for g in docs_sorted], "newest": newest(group),
                    "same_text": same, "note": VERSION_NOTES[key]}
    seen = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return {"document": d["file"], "kind": d["kind"], "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": seen, "versions": versions}


def newest(group):
    """The file of record: latest effective date; a signed copy over a working copy; the original over a '(1)' copy."""
    best = sorted(group, key=lambda g: (g["eff"] or D(2024, 8, 1), "signed" in g["file"], "(1)" not in g["file"],
                                        g["kind"] != "pdf" or "WD " not in g["file"]))
    return best[-1]["file"]


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for p in (corpus, expected):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir()
    files_by_key = {}
    for d in DOCS:
        files_by_key.setdefault(d["key"], []).append(d)
    written = {}
    for d in DOCS:
        if d["o"].get("copy_of"):
            data, v, names = written[d["o"]["copy_of"]]
        else:
            data, v, names = render(d)
        written[d["file"]] = (data, v, names)
        (corpus / d["file"]).write_bytes(data)
        t = truth(d, v, names, files_by_key)
        dump(expected, t)
    for name, kind, lang, data, names, what in refusals():
        (corpus / name).write_bytes(data)
        dump(expected, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "not_stated": [], "also": {"what": what}, "people": names, "versions": None})


def dump(expected, t):
    text = yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=1000)
    (expected / (t["document"] + ".expected.yaml")).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
