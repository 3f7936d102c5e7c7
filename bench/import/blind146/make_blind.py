"""Writes the blind146 corpus: executive work descriptions saved from intranet pages (pandoc Markdown with grid
and pipe tables, definition lists, YAML front matter, HTML saved as text, SharePoint pages, MediaWiki markup, Word
pasted from a page, PDF printed from a browser, scanned printouts) and pages that are not work descriptions.

    /work/main/.venv/bin/python bench/import/blind146/make_blind.py

Deterministic: fixed seeds, .docx re-zipped with fixed timestamps."""

import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- names

class Names:
    def __init__(self, seed):
        rng = random.Random(seed)
        pairs = [(g, f) for g in T.GIVEN for f in T.FAMILY]
        rng.shuffle(pairs)
        self.pool = [f"{g} {f}" for g, f in pairs]
        self.used_given = set()
        self.i = 0

    def next(self):
        while True:
            name = self.pool[self.i]
            self.i += 1
            given = name.split()[0]
            if given not in self.used_given or len(self.used_given) >= len(T.GIVEN):
                self.used_given.add(given)
                if len(self.used_given) >= len(T.GIVEN):
                    self.used_given = set()
                return name


NAMES = Names(1460)


# ---------------------------------------------------------------- positions

def ex_title(level, area_en, area_fr, fem):
    t = T.LEVEL_TITLE[level]
    return f"{t[0]}, {area_en}", f"{t[2] if fem else t[1]}, {area_fr}"


def posno(rng, dept):
    if dept in ("PSPC", "ESDC"):
        return f"{rng.randint(10000, 99999)}"
    if dept in ("STATCAN", "HC"):
        return f"{rng.randint(100000, 999999)}"
    if dept in ("IRCC", "DFO"):
        return f"00{rng.randint(100000, 999999)}"
    return f"{rng.randint(1000, 99999)}"


def build_positions():
    rng = random.Random(146)
    P = {}
    specs = {s[0]: s for s in T.POSITIONS}
    # children (positions whose supervisor is in the corpus) first, then everybody else
    order = [s[0] for s in T.POSITIONS if isinstance(s[7], str)] + [s[0] for s in T.POSITIONS if not isinstance(s[7], str)]
    for key in order:
        _, dept, level, a_en, a_fr, fem, loc, sup = specs[key]
        en, fr = ex_title(level, a_en, a_fr, fem)
        p = dict(key=key, dept=dept, level=level, cls=f"EX-0{level}", title_en=en, title_fr=fr, area_en=a_en,
                 area_fr=a_fr, loc=loc, posno=posno(rng, dept), job_code=str(rng.randint(100100, 109990)))
        day = rng.choice([1, 1, 1, 15, rng.randint(2, 28)])
        p["date"] = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), day)
        reports = []
        if level == 3:
            kids = [k for k, s in specs.items() if s[7] == key]
            for k in kids:
                reports.append(dict(en=P[k]["title_en"], fr=P[k]["title_fr"], cls=P[k]["cls"], fte=P[k]["fte"], key=k))
            for u in rng.sample(T.UNITS, 5 - len(kids)):
                en2, fr2 = ex_title(1, u[0], u[1], rng.random() < 0.5)
                reports.append(dict(en=en2, fr=fr2, cls="EX-01", fte=rng.randint(25, 140)))
            reports.append(dict(en="Executive Assistant", fr="Adjointe exécutive", cls="AS-02", fte=1))
        else:
            units = rng.sample(T.UNITS, rng.randint(3, 5))
            if level == 2:
                u = units.pop(0)
                en2, fr2 = ex_title(1, u[0], u[1], rng.random() < 0.5)
                reports.append(dict(en=en2, fr=fr2, cls="EX-01", fte=rng.randint(20, 70)))
            for u in units:
                fem2 = rng.random() < 0.5
                reports.append(dict(en=f"Manager, {u[0]}", fr=f"{'Gestionnaire'}, {u[1]}", cls=u[2],
                                    fte=rng.randint(3, 24)))
            if rng.random() < 0.5:
                reports.append(dict(en="Senior Policy Advisor", fr="Conseiller principal en politiques", cls="EC-07",
                                    fte=1))
        p["reports"] = reports
        p["fte"] = sum(r["fte"] for r in reports) + 1 + rng.randint(0, 3)
        p["salary"] = int(round(p["fte"] * rng.randint(86, 118) * 1000, -4))
        p["o_and_m"] = rng.randint(6, 150) * 10000
        p["total"] = p["salary"] + p["o_and_m"]
        if isinstance(sup, str):
            p["sup_key"] = sup
            p["sup"] = None  # filled below
        else:
            slevel, s_en, s_fr, sfem = sup
            sen, sfr = ex_title(slevel, s_en, s_fr, sfem)
            p["sup"] = dict(en=sen, fr=sfr, cls=f"EX-0{slevel}", posno=posno(rng, dept))
        p["incumbent"] = NAMES.next()
        P[key] = p
    for p in P.values():
        if p.get("sup_key"):
            s = P[p["sup_key"]]
            p["sup"] = dict(en=s["title_en"], fr=s["title_fr"], cls=s["cls"], posno=s["posno"])
    # versions
    old = copy.deepcopy(P["nr_energy"])
    old["date"] = dt.date(2019, 6, 3)
    old["reports"] = old["reports"][:-1]
    old["fte"] = sum(r["fte"] for r in old["reports"]) + 2
    old["salary"] = int(round(old["fte"] * 91000, -4))
    old["o_and_m"] = 380000
    old["total"] = old["salary"] + old["o_and_m"]
    old["key"] = "nr_energy_2019"
    P["nr_energy_2019"] = old
    P["nr_energy"]["date"] = dt.date(2023, 4, 1)
    draft = copy.deepcopy(P["pc_assets"])
    draft["date"] = dt.date(2022, 9, 1)
    draft["salary"] -= 120000
    draft["total"] = draft["salary"] + draft["o_and_m"]
    draft["key"] = "pc_assets_draft"
    P["pc_assets_draft"] = draft
    P["pc_assets"]["date"] = dt.date(2023, 1, 16)
    return P


# ---------------------------------------------------------------- notations

def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "long_en":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "long_fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "abbr":
        return f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"
    if style == "mdy_us":
        return f"{d.month}/{d.day}/{d.year}"
    raise ValueError(style)


def _trim(x):
    return f"{x:.2f}".rstrip("0").rstrip(".")


def fmt_money(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "plain":
        return f"{v:,}"
    if style == "M":
        return f"${_trim(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "words":
        return f"${_trim(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}"
    if style == "fr":
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "fr_space":
        return f"{v:,}".replace(",", " ") + " $"
    if style == "fr_M":
        return (_trim(v / 1e6).replace(".", ",") + " M$") if v >= 1_000_000 else f"{v // 1000} k$"
    raise ValueError(style)


def fmt_cls(c, style):
    g, n = c.rsplit("-", 1)
    return {"std": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "nodash": f"{g}{n}"}[style]


# ---------------------------------------------------------------- labels

LABELS = {
    "enA": dict(title="Position Title", posno="Position Number", job="Job Code", cls="Group and Level",
                date="Effective Date", dept="Department", loc="Location", sup="Reports To",
                sup_title="Supervisor's Position Title", sup_no="Supervisor's Position Number",
                sup_cls="Supervisor's Group and Level", fte="FTEs", salary="Salary", om="O&M", total="Total",
                details="Position details", ga="General Accountability", org="Organization Structure",
                dims="Dimensions", sa="Specific Accountabilities", ns="Nature and Scope",
                reports="Direct reports", rtitle="Position", rcls="Group/Level", rfte="FTEs"),
    "enB": dict(title="Title", posno="Position #", job="Job code", cls="Classification", date="Effective",
                dept="Organization", loc="Work location", sup="Supervisor", sup_title="Supervisor title",
                sup_no="Supervisor position #", sup_cls="Supervisor classification", fte="Total FTEs",
                salary="Salary budget", om="Operating (O&M)", total="Total budget", details="At a glance",
                ga="Purpose of the position", org="Reporting relationships", dims="Resources",
                sa="Key activities", ns="Context", reports="Positions reporting to this one", rtitle="Title",
                rcls="Classification", rfte="FTE"),
    "frA": dict(title="Titre du poste", posno="Numéro du poste", job="Code d'emploi", cls="Groupe et niveau",
                date="Date d'entrée en vigueur", dept="Ministère", loc="Lieu de travail", sup="Relève de",
                sup_title="Titre du poste du superviseur", sup_no="Numéro du poste du superviseur",
                sup_cls="Groupe et niveau du superviseur", fte="ETP", salary="Salaires", om="F et E",
                total="Total", details="Renseignements sur le poste", ga="Responsabilité générale",
                org="Structure organisationnelle", dims="Dimensions", sa="Activités principales",
                ns="Nature et portée", reports="Postes subordonnés", rtitle="Poste", rcls="Groupe et niveau",
                rfte="ETP"),
    "frB": dict(title="Poste", posno="N° de poste", job="Code d'emploi", cls="Classification",
                date="En vigueur le", dept="Organisation", loc="Lieu", sup="Supérieur immédiat",
                sup_title="Titre du supérieur", sup_no="N° de poste du supérieur", sup_cls="Niveau du supérieur",
                fte="ETP total", salary="Budget salarial", om="Fonctionnement et entretien (F et E)",
                total="Budget total", details="En bref", ga="Raison d'être du poste", org="Liens hiérarchiques",
                dims="Ressources", sa="Principales activités", ns="Contexte", reports="Relevant du poste",
                rtitle="Titre", rcls="Niveau", rfte="ETP"),
    "bi": dict(title="Position title / Titre du poste", posno="Position number / Numéro du poste",
               job="Job code / Code d'emploi", cls="Group and level / Groupe et niveau",
               date="Effective date / Date d'entrée en vigueur", dept="Department / Ministère",
               loc="Location / Lieu", sup="Reports to / Relève de",
               sup_title="Supervisor's title / Titre du superviseur",
               sup_no="Supervisor's position number / Numéro du poste du superviseur",
               sup_cls="Supervisor's group and level / Groupe et niveau du superviseur", fte="FTEs / ETP",
               salary="Salary / Salaires", om="O&M / F et E", total="Total", details="Position details / "
               "Renseignements sur le poste", ga="General accountability / Responsabilité générale",
               org="Organization / Organisation", dims="Dimensions", sa="Specific accountabilities / "
               "Activités principales", ns="Nature and scope / Nature et portée",
               reports="Direct reports / Subordonnés directs", rtitle="Position / Poste",
               rcls="Group and level / Groupe et niveau", rfte="FTEs / ETP"),
}

FIELD_ORDER = ["title", "classification", "job_code", "position_number", "effective_date", "supervisor.position_number",
               "supervisor.title", "supervisor.classification", "direct_reports", "salary", "o_and_m", "total",
               "location"]


def L(d):
    return LABELS[d.get("labels", {"en": "enA", "fr": "frA", "bi": "bi"}[d["lang"]])]


def has(d, field):
    return field not in d.get("omit", ())


def link(text, target):
    return f"\u27e6{text}|{target}\u27e7"


LINK_RE = re.compile("\u27e6([^|\u27e7]+)\\|([^\u27e7]+)\u27e7")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- content blocks

def p_title(p, d):
    return p["title_fr"] if d["lang"] == "fr" else p["title_en"]


def sup_title(p, d):
    return p["sup"]["fr"] if d["lang"] == "fr" else p["sup"]["en"]


def dept_name(p, d):
    en, fr, _ = T.DEPARTMENTS[p["dept"]]
    return {"en": en, "fr": fr, "bi": f"{en} / {fr}"}[d["lang"]]


def loc_name(p, d):
    en, fr = T.LOCATIONS[p["loc"]]
    return fr if d["lang"] == "fr" else en


def fte_words(n, d):
    if d["lang"] == "fr":
        return f"{n} ETP"
    if d["lang"] == "bi":
        return f"{n} FTEs/ETP"
    return f"{n} FTE" if n == 1 else f"{n} FTEs"


def report_rows(p, d):
    rows = []
    for r in p["reports"]:
        t = r["fr"] if d["lang"] == "fr" else r["en"]
        c = r["cls"] if "cls" not in d.get("rep_omit", ()) else None
        f = r["fte"] if "fte" not in d.get("rep_omit", ()) else None
        rows.append((t, c, f))
    return rows


def blocks(p, d):
    """The page's content as blocks, in the document's language and notations."""
    lab = L(d)
    lang = d["lang"]
    B = []
    title = p_title(p, d)
    if lang == "bi" and d.get("bititle") == "slash":
        head = f"{p['title_en']} / {p['title_fr']}"
    else:
        head = title
    B.append(("h1", head))
    kv = []
    if lang == "bi" and d.get("bititle") != "slash":
        kv.append(("Position title (English)", p["title_en"]))
        kv.append(("Titre du poste (français)", p["title_fr"]))
    elif not d.get("title_in_fm"):
        kv.append((lab["title"], head))
    if has(d, "position_number"):
        kv.append((lab["posno"], p["posno"]))
    if has(d, "job_code"):
        kv.append((lab["job"], p["job_code"]))
    if not d.get("cls_in_fm"):
        kv.append((lab["cls"], fmt_cls(p["cls"], d.get("cls", "std"))))
    if has(d, "effective_date"):
        lbl = lab["date"] + (" (DD/MM/YYYY)" if d.get("date") == "dmy" and lang != "fr" else
                             " (JJ/MM/AAAA)" if d.get("date") == "dmy" else "")
        kv.append((lbl, fmt_date(p["date"], d.get("date", "iso"))))
    kv.append((lab["dept"], link(dept_name(p, d), "dept") if d.get("links") else dept_name(p, d)))
    if has(d, "location"):
        kv.append((lab["loc"], loc_name(p, d)))
    sup = d.get("sup", "rows")
    st = sup_title(p, d)
    scls = fmt_cls(p["sup"]["cls"], d.get("cls", "std"))
    st_l = link(st, "sup") if d.get("links") else st
    if sup == "rows":
        kv.append((lab["sup_title"], st_l))
        if has(d, "supervisor.position_number"):
            kv.append((lab["sup_no"], p["sup"]["posno"]))
        kv.append((lab["sup_cls"], scls))
    elif sup == "one":
        val = f"{st_l} ({scls})"
        if has(d, "supervisor.position_number"):
            val += {"fr": f", poste {p['sup']['posno']}", "en": f", position {p['sup']['posno']}",
                    "bi": f", position {p['sup']['posno']}"}[lang]
        kv.append((lab["sup"], val))
    B.append(("h2", lab["details"]))
    B.append(("kv", kv))
    # general accountability
    B.append(("h2", lab["ga"]))
    rng = random.Random(d["file"])
    dept_plain = dept_name(p, d)
    en_ga = rng.choice(T.GA_EN).format(title=p["title_en"], area=p["area_en"], area_l=p["area_en"].lower(),
                                         dept=T.DEPARTMENTS[p["dept"]][0])
    fr_ga = rng.choice(T.GA_FR).format(title=p["title_fr"].lower().split(",")[0] + "," + p["title_fr"].split(",", 1)[1],
                                         area_l=p["area_fr"][0].lower() + p["area_fr"][1:], dept=T.DEPARTMENTS[p["dept"]][1])
    if lang in ("en", "bi"):
        B.append(("p", en_ga))
    if lang in ("fr", "bi"):
        B.append(("p", fr_ga))
    # organization
    B.append(("h2", lab["org"]))
    if sup == "prose":
        if lang == "fr":
            s = f"Le ou la titulaire relève du ou de la {st_l} ({scls}"
            s += f", poste n° {p['sup']['posno']})." if has(d, "supervisor.position_number") else ")."
        else:
            s = f"The {p['title_en']} reports to the {st_l} ({scls}"
            s += f", position {p['sup']['posno']})." if has(d, "supervisor.position_number") else ")."
        B.append(("p", s))
    rep = d.get("rep", "table")
    rows = report_rows(p, d)
    if rep != "none":
        n = len(rows)
        if lang == "fr":
            B.append(("p", f"Les {n} postes suivants relèvent directement du ou de la titulaire :"))
        else:
            B.append(("p", f"The following {n} positions report directly to the {p['title_en'].split(',')[0]}:"))
        if rep == "table":
            ro = d.get("rep_omit", ())
            head = [lab["rtitle"]] + ([] if "cls" in ro else [lab["rcls"]]) + ([] if "fte" in ro else [lab["rfte"]])
            B.append(("table", head, [[t] + ([] if "cls" in ro else [c]) + ([] if "fte" in ro else [str(f)])
                                      for t, c, f in rows]))
        elif rep == "bullets":
            items = []
            for t, c, f in rows:
                extra = ", ".join(x for x in [c, None if f is None else fte_words(f, d)] if x)
                items.append(f"{t} ({extra})" if extra else t)
            B.append(("ul", items))
        elif rep == "dash":
            items = []
            for t, c, f in rows:
                parts = [t] + ([c] if c else []) + ([fte_words(f, d)] if f is not None else [])
                items.append(" \u2013 ".join(parts) if d.get("enc") == "cp1252" else " - ".join(parts))
            B.append(("ul", items))
        elif rep == "deflist":
            items = []
            for t, c, f in rows:
                items.append((t, ", ".join(x for x in [c, None if f is None else fte_words(f, d)] if x)))
            B.append(("dl", items))
        elif rep == "prose":
            parts = []
            for t, c, f in rows:
                extra = "; ".join(x for x in [c, None if f is None else fte_words(f, d)] if x)
                parts.append(f"{'le ou la' if lang == 'fr' else 'the'} {t} ({extra})")
            B[-1] = ("p", (f"Relèvent directement du ou de la titulaire : " if lang == "fr" else
                           f"Reporting directly to the {p['title_en'].split(',')[0]} are ")
                     + ", ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1] + ".")
    # dimensions
    B.append(("h2", lab["dims"]))
    m = d.get("money", "full")
    dims = [(lab["fte"], str(p["fte"]))]
    if has(d, "salary"):
        dims.append((lab["salary"], fmt_money(p["salary"], m)))
    if has(d, "o_and_m"):
        dims.append((lab["om"], fmt_money(p["o_and_m"], m)))
    if has(d, "total"):
        dims.append((lab["total"], fmt_money(p["total"], m)))
    B.append(("kv", dims))
    B.append(("h2", lab["sa"]))
    pool = T.SA_FR if lang == "fr" else T.SA_EN
    B.append(("ol", rng.sample(pool, 5)))
    if d.get("ns"):
        B.append(("h2", lab["ns"]))
        B.append(("p", (T.NS_FR if lang == "fr" else T.NS_EN).format(
            title=p["title_fr"] if lang == "fr" else p["title_en"])))
    return B


# ---------------------------------------------------------------- serializers

def unlink(text, fn=None):
    return LINK_RE.sub(fn or (lambda m: m.group(1)), text)


def md_link(host):
    return lambda m: f"[{m.group(1)}](https://{host}/hr/{m.group(2)}/{slug(m.group(1))})"


def grid_table(header, rows, widths=None, caps=(28, 44, 12)):
    ncol = len(header)
    allrows = [header] + rows
    if widths is None:
        widths = []
        for i in range(ncol):
            w = max(len(r[i]) for r in allrows)
            widths.append(max(min(w, caps[i] if i < len(caps) else 20), 3))
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hline = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [line]

    def row_lines(r):
        cells = [textwrap.wrap(r[i], widths[i], break_long_words=True) or [""] for i in range(ncol)]
        h = max(len(c) for c in cells)
        return ["| " + " | ".join((cells[i][k] if k < len(cells[i]) else "").ljust(widths[i]) for i in range(ncol)) + " |"
                for k in range(h)]

    out += row_lines(header)
    out.append(hline)
    for r in rows:
        out += row_lines(r)
        out.append(line)
    return out


def pipe_table(header, rows, align=True):
    ncol = len(header)
    if align:
        widths = [max(len(r[i]) for r in [header] + rows) for i in range(ncol)]
    else:
        widths = [0] * ncol
    out = ["| " + " | ".join(header[i].ljust(widths[i]) for i in range(ncol)) + " |"]
    out.append("|" + "|".join(":" + "-" * max(widths[i] + 1, 3) for i in range(ncol)) + "|")
    for r in rows:
        out.append("| " + " | ".join(r[i].replace("|", "\\|").ljust(widths[i]) for i in range(ncol)) + " |")
    return out


def to_markdown(B, d, host):
    style = d["form"]
    out = []
    lk = md_link(host)
    for b in B:
        kind = b[0]
        if kind == "h1":
            if style == "md_grid":
                out += [b[1], "=" * len(b[1]), ""]
            else:
                out += [f"# {b[1]}", ""]
        elif kind == "h2":
            if style == "md_grid":
                out += [b[1], "-" * len(b[1]), ""]
            else:
                out += [f"## {b[1]}", ""]
        elif kind == "p":
            txt = unlink(b[1], lk)
            out += (textwrap.wrap(txt, 72) if style in ("md_grid", "md_deflist") else [txt]) + [""]
        elif kind == "kv":
            rows = [[k, unlink(v, lk)] for k, v in b[1]]
            if style == "md_grid":
                out += grid_table(["Field" if d["lang"] != "fr" else "Champ", "Value" if d["lang"] != "fr" else
                                   "Valeur"], rows) + [""]
            elif style in ("md_pipe", "md_multi"):
                out += pipe_table(["", ""], rows, align=style == "md_pipe") + [""]
            elif style == "md_deflist":
                for k, v in rows:
                    out += [k, f":   {v}", ""]
            else:  # md_fm, md_bold
                for k, v in rows:
                    out.append(f"- **{k}:** {v}")
                out.append("")
        elif kind == "table":
            rows = [[unlink(c, lk) for c in r] for r in b[2]]
            if style == "md_grid":
                out += grid_table(b[1], rows, caps=(40, 16, 8)) + [""]
            else:
                out += pipe_table(b[1], rows, align=style != "md_multi") + [""]
        elif kind == "ul":
            out += [f"-   {unlink(x, lk)}" if style == "md_grid" else f"- {unlink(x, lk)}" for x in b[1]] + [""]
        elif kind == "dl":
            for t, v in b[1]:
                out += [t, f":   {v}" if v else ":   -", ""]
        elif kind == "ol":
            out += [f"{i}.  {x}" for i, x in enumerate(b[1], 1)] + [""]
    return out


def to_wiki(B, d):
    out = []
    lk = lambda m: f"[[{m.group(1)}]]" if m.group(2) == "sup" else f"[[{m.group(1)}|{m.group(1)}]]"  # noqa: E731
    for b in B:
        kind = b[0]
        if kind == "h1":
            out += [f"= {b[1]} =", ""]
        elif kind == "h2":
            out += [f"== {b[1]} ==", ""]
        elif kind == "p":
            out += [unlink(b[1], lk), ""]
        elif kind == "kv":
            if d.get("wiki_kv") == "bold":
                for k, v in b[1]:
                    out.append(f"* '''{k}:''' {unlink(v, lk)}")
                out.append("")
            else:
                out.append('{| class="wikitable" style="width:80%"')
                for k, v in b[1]:
                    out += ["|-", f"! scope=\"row\" | {k}", f"| {unlink(v, lk)}"]
                out += ["|}", ""]
        elif kind == "table":
            out.append('{| class="wikitable sortable"')
            out.append("! " + " !! ".join(b[1]))
            for r in b[2]:
                out.append("|-")
                out.append("| " + " || ".join(unlink(c, lk) for c in r))
            out += ["|}", ""]
        elif kind == "ul":
            out += [f"* {unlink(x, lk)}" for x in b[1]] + [""]
        elif kind == "dl":
            for t, v in b[1]:
                out += [f"; {t}", f": {v}"]
            out.append("")
        elif kind == "ol":
            out += [f"# {x}" for x in b[1]] + [""]
    return out


def to_plain(B, d, cells="tab", width=None, bullet="*"):
    """The page as a browser saves it as text: tags gone, table cells by tab or one per line."""
    out = []
    for b in B:
        kind = b[0]
        if kind in ("h1", "h2"):
            out += [unlink(b[1]), ""]
        elif kind == "p":
            txt = unlink(b[1])
            out += (textwrap.wrap(txt, width) if width else [txt]) + [""]
        elif kind in ("kv", "table"):
            rows = [[unlink(k), unlink(v)] for k, v in b[1]] if kind == "kv" else [b[1]] + b[2]
            for r in rows:
                if cells == "tab":
                    out.append("\t".join(r))
                elif cells == "lines":
                    out += [c for c in r if c != ""] + [""] if kind == "table" else r
                elif cells == "pad":
                    widths = [max(len(x[i]) for x in rows) + 3 for i in range(len(r))]
                    out.append("".join(c.ljust(widths[i]) for i, c in enumerate(r[:-1])) + r[-1])
            out.append("")
        elif kind == "ul":
            out += [f"  {bullet} {unlink(x)}" if bullet else unlink(x) for x in b[1]] + [""]
        elif kind == "dl":
            for t, v in b[1]:
                out += [t, f"    {v}"]
            out.append("")
        elif kind == "ol":
            for i, x in enumerate(b[1], 1):
                if width:
                    w = textwrap.wrap(x, width - 5)
                    out.append(f"  {i}. {w[0]}")
                    out += [f"     {y}" for y in w[1:]]
                else:
                    out.append(f"  {i}. {x}")
            out.append("")
    return out


def curly(s):
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = s.replace("d'", "d\u2019").replace("l'", "l\u2019")
    return s


# ---------------------------------------------------------------- chrome of intranet pages

def html_chrome(p, d, body, page_title):
    lang = d["lang"]
    en, fr, host = T.DEPARTMENTS[p["dept"]]
    modified = d.get("modified", "2021-05-14")
    crumb_sep = d.get("crumb", " > ")
    if lang == "fr":
        head = ["Passer au contenu principal", "Passer à « À propos de ce site »", "English", "",
                f"{fr} - Intranet", "", "Menu", "Accueil", "Ressources humaines", "Rémunération", "Apprentissage",
                "Outils et formulaires", "", "Recherche", "", "Vous êtes ici :",
                crumb_sep.join(["Accueil", "RH", "Postes de direction", page_title]), ""]
        foot = ["", "Signaler un problème ou une erreur sur cette page", "Partager cette page", "",
                f"Date de modification : {modified}", "Haut de la page", "",
                "Avis importants", "Transparence", "Contactez-nous"]
    else:
        head = ["Skip to main content", 'Skip to "About this site"', "Français", "",
                f"{en} Intranet" if lang == "en" else f"{en} / {fr}", "", "Menu", "Home", "Human Resources",
                "Pay and Benefits", "Learning", "Tools and Forms", "", "Search", "", "You are here:",
                crumb_sep.join(["Home", "HR", "Executive positions", page_title]), ""]
        foot = ["", "Report a problem or mistake on this page", "Share this page", "",
                f"Date modified: {modified}" if lang == "en" else f"Date modified / Date de modification : {modified}",
                "Top of page", "", "Terms and conditions", "Transparency", "Contact us"]
    return head + body + foot


def sp_chrome(p, d, body, page_title):
    en, fr, host = T.DEPARTMENTS[p["dept"]]
    short = p["dept"]
    pub = d.get("modified", "3/14/2021")
    if d["lang"] == "fr":
        head = ["Passer au contenu principal", "", f"{short} Intranet - RH", "Rechercher sur ce site", "",
                "Accueil", "Carrières", "Dotation", "Services aux cadres", "Contenu du site", "", "Modifier",
                "Détails de la page", "", page_title, "", f"Publié le {pub}", "Suivre", "Partager", ""]
        foot = ["", "Commentaires", "J'aime", f"{random.Random(d['file']).randint(40, 900)} vues",
                "Enregistrer pour plus tard"]
    else:
        head = ["Skip to main content", "", f"{short} Intranet - HR", "Search this site", "", "Home", "Careers",
                "Staffing", "Executive Services", "Site contents", "", "Edit", "Page details", "", page_title, "",
                f"Published {pub}", "Follow", "Share", ""]
        foot = ["", "Comments", "Like", f"{random.Random(d['file']).randint(40, 900)} views", "Save for later"]
    return head + body + foot


def wiki_page(p, d, B):
    lines = []
    if d["lang"] == "bi":
        lines.append(f"{{{{Bilingual|en={p['title_en']}|fr={p['title_fr']}}}}}")
    lines.append("__TOC__")
    lines.append(f"{{{{Executive position|department={T.DEPARTMENTS[p['dept']][0 if d['lang'] != 'fr' else 1]}}}}}")
    lines.append("")
    lines += to_wiki(B, d)
    lines += ["== " + ("Contact" if d["lang"] != "fr" else "Personne-ressource") + " ==", "",
              f"Page maintained by [[User:{d['owner'].replace(' ', '_')}|{d['owner']}]]"
              if d["lang"] != "fr" else
              f"Page tenue à jour par [[Utilisateur:{d['owner'].replace(' ', '_')}|{d['owner']}]]", "",
              "[[Category:Executive work descriptions]]" if d["lang"] != "fr" else
              "[[Catégorie:Descriptions de travail des cadres]]",
              f"[[Category:{T.DEPARTMENTS[p['dept']][0]}]]"]
    return lines


def people_footer(d, lang):
    lines = []
    if d.get("incumbent_shown"):
        lines.append(("Titulaire : " if lang == "fr" else "Incumbent: ") + d["incumbent_name"])
    if d.get("contact"):
        lines.append(("Pour plus de renseignements : " if lang == "fr" else "For more information, contact ")
                     + d["contact"])
    return lines


# ---------------------------------------------------------------- OCR damage

DIGIT_SUB = {"0": "OO", "1": "Il", "5": "S", "8": "B", "2": "Z", "6": "b"}


def damage(text, strength, rng, protect):
    pd = {"light": 0.12, "middling": 0.3, "heavy": 0.55}[strength]
    pl = {"light": 0.01, "middling": 0.03, "heavy": 0.06}[strength]
    pr = {"light": 0.01, "middling": 0.03, "heavy": 0.05}[strength]
    for i, n in enumerate(protect):
        text = text.replace(n, f"\x00{chr(0xE000 + i)}\x01")
    out_lines = []
    for line in text.split("\n"):
        toks = re.split(r"( +)", line)
        res = []
        for tok in toks:
            if tok.startswith(" "):
                res.append("" if (tok == " " and rng.random() < pr and res and res[-1][-1:].isalpha()) else tok)
                continue
            if "\x00" in tok:
                res.append(tok)
                continue
            chars = list(tok)
            for j, ch in enumerate(chars):
                if ch in DIGIT_SUB and rng.random() < pd:
                    subs = DIGIT_SUB[ch]
                    if ch in "26" and strength != "heavy":
                        continue
                    chars[j] = rng.choice(subs)
            tok = "".join(chars)
            if rng.random() < pl:
                tok = tok.replace("m", "rn", 1) if "m" in tok else tok.replace("cl", "d", 1) if "cl" in tok \
                    else tok.replace("e", "c", 1) if "e" in tok[1:] else tok.replace("h", "b", 1)
            res.append(tok)
        out_lines.append("".join(res))
    text = "\n".join(out_lines)
    for i, n in enumerate(protect):
        text = text.replace(f"\x00{chr(0xE000 + i)}\x01", n)
    return text


def hyphenate(lines, rng, prob):
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if len(a) > 55 and b and b[0].islower() and rng.random() < prob:
            first = b.split(" ", 1)
            w = first[0]
            if len(w) >= 8 and w.isalpha():
                cut = len(w) // 2
                out[i] = a + " " + w[:cut] + "-"
                out[i + 1] = w[cut:] + (" " + first[1] if len(first) > 1 else "")
    return out


# ---------------------------------------------------------------- browser print (PDF, scans)

def browser_pages(p, d, body, page_title, site, url):
    lines = []
    for ln in body:
        if len(ln) > 100:
            m = list(re.finditer(r"   +", ln))
            indent = " " * m[-1].end() if m and m[-1].end() < 70 else ""
            lines += textwrap.wrap(ln, 100, subsequent_indent=indent)
        else:
            lines.append(ln)
    per = 56
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(chunks)
    stamp = d.get("printed", "2023-03-14 10:41")
    date_s, time_s = stamp.split()
    y, mo, da = date_s.split("-")
    if d["lang"] == "fr":
        hdr = f"{date_s} {time_s.replace(':', ' h ')}"
    else:
        hh, mm = map(int, time_s.split(":"))
        hdr = f"{int(mo)}/{int(da)}/{y[2:]}, {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    pages = []
    for i, ch in enumerate(chunks, 1):
        pages.append([f"{hdr}".ljust(46) + f"{page_title} - {site}", ""] + ch + ["", f"{url}".ljust(90) + "  " + f"{i}/{n}"])
    return pages


# ---------------------------------------------------------------- docx

def add_hyperlink(par, text, url):
    part = par.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    st = OxmlElement("w:rStyle")
    st.set(qn("w:val"), "Hyperlink")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(col)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    par._p.append(h)


def add_rich(par, text, host):
    pos = 0
    for m in LINK_RE.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        add_hyperlink(par, m.group(1), f"https://{host}/hr/{m.group(2)}/{slug(m.group(1))}")
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def to_docx(p, d, B, host, pre=(), post=()):
    doc = docx.Document()
    cp = doc.core_properties
    fixed = dt.datetime(2022, 1, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    style = d.get("tstyle", "Light Grid Accent 1")
    for text in pre:
        par = doc.add_paragraph()
        add_rich(par, text, host)
    for b in B:
        kind = b[0]
        if kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            add_rich(doc.add_paragraph(), b[1], host)
        elif kind == "kv":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = doc.styles[style]
            for k, v in b[1]:
                cells = tb.add_row().cells
                cells[0].paragraphs[0].add_run(k).bold = True
                add_rich(cells[1].paragraphs[0], v, host)
            doc.add_paragraph()
        elif kind == "table":
            tb = doc.add_table(rows=1, cols=len(b[1]))
            tb.style = doc.styles[style]
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in b[2]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    add_rich(cells[i].paragraphs[0], c, host)
            doc.add_paragraph()
        elif kind == "ul":
            for x in b[1]:
                add_rich(doc.add_paragraph(style="List Bullet"), x, host)
        elif kind == "dl":
            for t, v in b[1]:
                doc.add_paragraph().add_run(t).bold = True
                doc.add_paragraph(v)
        elif kind == "ol":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
    for text in post:
        add_rich(doc.add_paragraph(), text, host)
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- the documents

# form: md_grid md_pipe md_fm md_deflist md_bold md_multi | html html_multi sp wiki | docx | pdf | ocr
DOCS = [
    # --- Markdown (pandoc conversions, front matter) ---
    dict(file="Director, Import Inspection Programs.md", pos="food_import", form="md_grid", lang="en",
         date="long_en", money="full", rep="table", sup="rows", reports_to_in_corpus="Director General, Food Safety Programs - CFIA Merlin.txt"),
    dict(file="Directrice, Programmes d'hygiène des viandes (pandoc).md", pos="food_meat", form="md_grid",
         lang="fr", date="long_fr", money="fr", rep="table", sup="rows", omit=["job_code"],
         reports_to_in_corpus="Director General, Food Safety Programs - CFIA Merlin.txt"),
    dict(file="cannabis_licensing_director.md", pos="hc_cannabis", form="md_grid", lang="bi", date="iso",
         money="full", rep="table", sup="one", omit=["supervisor.position_number", "total"]),
    dict(file="Hydrographic Services Atlantic - Director (converted).md", pos="fo_hydro", form="md_grid",
         lang="en", date="iso", money="M", rep="bullets", sup="rows", labels="enB", cls="space",
         omit=["job_code"]),
    dict(file="Labour Statistics - Director.md", pos="sc_labour", form="md_pipe", lang="en", date="iso",
         money="full", rep="table", sup="rows", version="labour"),
    dict(file="Gestion de l'aquaculture – directrice.md", pos="fo_aqua", form="md_pipe", lang="fr",
         date="iso", money="fr_M", rep="table", sup="one", labels="frB", omit=["total", "supervisor.position_number"]),
    dict(file="EX-01 Spectrum Licensing Operations.md", pos="is_spectrum", form="md_pipe", lang="en",
         date="long_en", money="K", rep="bullets", sup="prose", labels="enB", cls="nodash", links=True),
    dict(file="director-asset-investment-program.md", pos="pc_assets", form="md_fm", lang="en",
         date="long_en", money="full", rep="table", sup="rows", title_in_fm=True, cls_in_fm=True,
         fm_date="2023-02-02", version="assets"),
    dict(file="index.md", pos="is_bank", form="md_fm", lang="en", date="iso", money="words",
         rep="bullets", sup="one", title_in_fm=True, fm_date="2021-11-30", omit=["effective_date"]),
    dict(file="poste-directeur-cartographie-geologique.md", pos="nr_geo", form="md_fm", lang="fr", date="iso",
         money="fr", rep="bullets", sup="rows", title_in_fm=True, cls_in_fm=True, fm_date="2020-08-19",
         rep_omit=["cls"]),
    dict(file="Director, Youth Employment Programs (definition list).md", pos="es_youth", form="md_deflist",
         lang="en", date="abbr", money="full", rep="deflist", sup="rows", labels="enB",
         reports_to_in_corpus=None),
    dict(file="Directeur, Services à la clientèle - Bureau de la traduction.md", pos="pspc_trans",
         form="md_deflist", lang="fr", date="long_fr", money="fr_space", rep="deflist", sup="rows",
         omit=["location"]),
    dict(file="ISED Policy Sector - executive positions.md", pos="is_cop", form="md_multi", lang="en",
         date="iso", money="full", rep="table", sup="rows", others=3),
    dict(file="Old Age Security Policy - Director - profile.md", pos="es_oas", form="md_bold", lang="bi",
         date="iso", money="full", rep="bullets", sup="rows", bititle="slash", omit=["job_code"]),
    # --- HTML saved as text (UTF-8) ---
    dict(file="Director, Citizenship Case Management.txt", pos="ir_cit", form="html", lang="en", date="long_en",
         money="full", rep="table", sup="rows", cells="tab", modified="2022-10-03", version="cit"),
    dict(file="Director, Citizenship Case Management (1).txt", pos="ir_cit", form="html", lang="en",
         date="long_en", money="full", rep="table", sup="rows", cells="tab", modified="2022-10-03", version="cit",
         copy_of="Director, Citizenship Case Management.txt"),
    dict(file="Executive Director Passport Program Integrity - IRCC Connexion.txt", pos="ir_pass", form="html",
         lang="en", date="iso", money="M", rep="table", sup="one", cells="lines", modified="2019-05-14"),
    dict(file="Census Collection Operations.txt",
         pos="sc_census", form="html", lang="en", date="slash", money="full", rep="bullets", sup="rows",
         cells="pad", modified="2020-01-21", omit=["supervisor.position_number"]),
    dict(file="Directeur exécutif, Opérations de l'unité de gestion Est du Québec.txt", pos="pc_east",
         form="html", lang="fr", date="long_fr", money="fr", rep="table", sup="rows", cells="lines",
         modified="2024-02-07", crumb=" › "),
    dict(file="Director General, Food Safety Programs - CFIA Merlin.txt", pos="food_dg", form="html", lang="en",
         date="iso", money="full", rep="table", sup="rows", cells="tab", modified="2022-06-30", supervisor_of=[
             "Director, Import Inspection Programs.md", "Directrice, Programmes d'hygiène des viandes (pandoc).md",
             "ED Food Incident Response and Recalls - SIGNED.pdf"]),
    dict(file="Planning and Policy Sector - our executives.txt", pos="ir_asylum", form="html_multi", lang="en",
         date="long_en", money="full", rep="bullets", sup="rows", cells="tab", modified="2023-09-12", others=4),
    # --- cp1252 HTML saved as text ---
    dict(file="Director, Drug Shortages Coordination (saved page).txt", pos="hc_drug", form="html", lang="en",
         enc="cp1252", date="long_en", money="full", rep="dash", sup="rows", cells="tab", modified="2021-03-08"),
    dict(file="Directeur, Bureau de la radioprotection.txt", pos="hc_radon", form="html", lang="fr",
         enc="cp1252", date="dmy", money="fr", rep="dash", sup="one", cells="tab", modified="2020-11-25"),
    dict(file="Regional Ops Atlantic ED - bilingual page.txt", pos="hc_atl", form="html", lang="bi",
         enc="cp1252", date="iso", money="full", rep="table", sup="rows", cells="lines", modified="2023-05-01",
         rep_omit=["cls"]),
    # --- SharePoint ---
    dict(file="Director, Energy Efficiency Programs - SharePoint.txt", pos="nr_energy", form="sp", lang="en",
         date="long_en", money="full", rep="table", sup="rows", cells="tab", modified="4/12/2023",
         version="energy"),
    dict(file="Directeur, Centres d'appels spécialisés - page SharePoint.txt", pos="es_call", form="sp",
         lang="fr", date="long_fr", money="fr", rep="bullets", sup="rows", cells="tab", modified="2022-11-08"),
    dict(file="Settlement Program Delivery Prairies.txt", pos="ir_settle", form="sp", lang="bi", date="iso",
         money="full", rep="table", sup="rows", cells="lines", modified="1/9/2024", omit=["total"]),
    # --- MediaWiki (GCpedia / GCwiki) ---
    dict(file="GCpedia - Director, Energy Efficiency Programs (2019).txt", pos="nr_energy_2019", form="wiki",
         lang="en", date="long_en", money="full", rep="table", sup="rows", version="energy"),
    dict(file="Maritime_Search_and_Rescue_Programs_ED.txt", pos="fo_sar", form="wiki", lang="en", date="iso",
         money="M", rep="table", sup="one", links=True),
    dict(file="GCwiki - Directrice, Conservation du patrimoine culturel.txt", pos="pc_heritage", form="wiki",
         lang="fr", date="long_fr", money="fr", rep="table", sup="rows", links=True, omit=["job_code"]),
    dict(file="Director - Fisheries Science NL (wiki source).txt", pos="fo_nl", form="wiki", lang="en",
         date="iso", money="full", rep="bullets", sup="rows", wiki_kv="bold", omit=["supervisor.position_number"]),
    dict(file="Data Science and Innovation - ED (GCpedia source).txt",
         pos="sc_data", form="wiki", lang="bi", date="iso", money="full", rep="table", sup="rows", links=True),
    dict(file="Real Property Portfolio Pacific - wiki.txt",
         pos="pspc_real", form="wiki", lang="en", date="long_en", money="full", rep="table", sup="rows",
         enc="cp1252", omit=["total"]),
    # --- Word pasted from a page ---
    dict(file="Director Asset Investment Program DRAFT.docx", pos="pc_assets_draft", form="docx", lang="en",
         date="long_en", money="full", rep="table", sup="rows", links=True, version="assets",
         tstyle="Light Grid Accent 1"),
    dict(file="Executive Director, Employment Insurance Processing (Québec).docx", pos="es_ei", form="docx",
         lang="fr", date="long_fr", money="fr", rep="table", sup="rows", links=True, tstyle="Table Grid"),
    dict(file="Director, Essential Skills Office - copied from iService.docx", pos="es_skills", form="docx",
         lang="en", date="iso", money="full", rep="bullets", sup="rows", links=True,
         tstyle="Medium Shading 1 Accent 1", reports_to_in_corpus="DG Workforce Development Programs - printed.pdf"),
    dict(file="ED Defence and Marine Procurement, bilingual.docx", pos="pspc_def", form="docx", lang="bi",
         date="iso", money="full", rep="table", sup="one", links=True, tstyle="Light List Accent 1"),
    dict(file="Director Food Microbiology Labs.docx", pos="hc_lab", form="docx", lang="en", date="long_en",
         money="M", rep="table", sup="prose", links=True, tstyle="Table Grid", omit=["effective_date"]),
    # --- PDF printed from a browser ---
    dict(file="Labour Statistics - Director (printed 2024-01-22).pdf", pos="sc_labour", form="pdf", lang="en",
         date="iso", money="full", rep="table", sup="rows", printed="2024-01-22 14:07", src_form="md",
         version="labour"),
    dict(file="ED Food Incident Response and Recalls - SIGNED.pdf", pos="food_recall", form="pdf", lang="en",
         date="long_en", money="full", rep="table", sup="rows", printed="2022-07-04 09:15",
         reports_to_in_corpus="Director General, Food Safety Programs - CFIA Merlin.txt", signed=True),
    dict(file="DG Workforce Development Programs - printed.pdf", pos="es_dg", form="pdf", lang="en",
         date="iso", money="M", rep="table", sup="rows", printed="2023-10-30 16:52",
         supervisor_of=["Director, Essential Skills Office - copied from iService.docx"]),
    dict(file="Directrice régionale, Collecte Ouest - imprimé.pdf", pos="sc_west", form="pdf", lang="fr",
         date="iso", money="fr", rep="table", sup="rows", printed="2021-12-01 11:30"),
    # --- printed pages, scanned ---
    dict(file="SCAN0042.txt", pos="nr_forest", form="ocr", lang="en", date="long_en", money="full", rep="table",
         sup="rows", printed="2020-02-11 08:40", damage="light"),
    dict(file="Pay Stabilization page printout - scanned.txt", pos="pspc_pay",
         form="ocr", lang="bi", date="iso", money="full", rep="table", sup="rows", printed="2021-09-20 13:02",
         damage="middling"),
    dict(file="Numérisation 2019-03-04 Directeur.txt",
         pos="nr_mines", form="ocr", lang="fr", date="long_fr", money="fr", rep="table",
         sup="rows", printed="2019-03-04 10:20", damage="heavy"),
]


# ---------------------------------------------------------------- rendering

def other_summaries(p, d, n):
    rng = random.Random("others" + d["file"])
    res = []
    for u in rng.sample(T.UNITS, n):
        level = rng.choice([1, 1, 2])
        en, fr = ex_title(level, u[0], u[1], rng.random() < 0.5)
        res.append(dict(title=en, cls=f"EX-0{level}", posno=posno(rng, p["dept"]), fte=rng.randint(12, 90),
                        summary=f"Leads the {u[0].lower()} function and its team; provides advice to the "
                                f"Director General and represents the sector on working groups."))
    return res


def multi_wrap(p, d, B, markdown):
    """A page listing several positions' summaries, with only one full description."""
    oth = other_summaries(p, d, d["others"])
    main = dict(title=p["title_en"], cls=p["cls"], posno=p["posno"], fte=p["fte"])
    allpos = oth[:1] + [main] + oth[1:]
    sector = T.DEPARTMENTS[p["dept"]][0]
    intro = (f"This page lists the executive positions of the sector at {sector}. Summaries are provided for "
             f"each position; the full work description is published for positions being staffed.")
    out = []
    if markdown:
        out += [f"# {d['page_title']}", "", intro, "", "## Positions at a glance", ""]
        out += pipe_table(["Position", "Level", "Position no.", "FTEs"],
                          [[a["title"], a["cls"], a["posno"], str(a["fte"])] for a in allpos], align=False)
        out.append("")
        for a in oth:
            out += [f"### {a['title']}", "", f"{a['cls']} - position {a['posno']} - {a['fte']} FTEs", "",
                    a["summary"], ""]
        out += [f"## Full work description (being staffed)", ""]
        inner = [("h2", B[0][1])] + [("h3" if b[0] == "h2" else b[0],) + b[1:] for b in B[1:]]
        for b in inner:
            if b[0] == "h3":
                out += [f"### {b[1]}", ""]
            else:
                out += to_markdown([b], dict(d, form="md_multi"), T.DEPARTMENTS[p["dept"]][2])
        return out
    out += [d["page_title"], "", intro, "", "Positions at a glance", ""]
    out.append("Position\tLevel\tPosition no.\tFTEs")
    for a in allpos:
        out.append(f"{a['title']}\t{a['cls']}\t{a['posno']}\t{a['fte']}")
    out.append("")
    for a in oth:
        out += [a["title"], f"{a['cls']} | Position {a['posno']} | {a['fte']} FTEs", a["summary"], ""]
    out += ["Full work description (position being staffed)", ""]
    out += to_plain(B, d, cells=d.get("cells", "tab"))
    return out


def tail_lines(d):
    lang = "fr" if d["lang"] == "fr" else "en"
    lines = []
    if d.get("incumbent_name"):
        lines.append(("Titulaire : " if lang == "fr" else "Incumbent: ") + d["incumbent_name"])
    lines.append(("Personne-ressource : " if lang == "fr" else "Contact: ") + d["owner"] +
                 (", Services aux cadres" if lang == "fr" else ", Executive Services"))
    return lines


def signature(p, d):
    s = d["signer"]
    sup = p["sup"]["en"]
    return ["", "APPROVAL", "", f"Approved by: {s}", f"Title: {sup}", "Signature: ________________________",
            f"Date signed: {fmt_date(p['date'] - dt.timedelta(days=12), 'iso')}", "",
            f"Classified by: {d['classifier']}, Classification Advisor", ""]


def render(d, P):
    p = P[d["pos"]]
    lang = d["lang"]
    en, fr, host = T.DEPARTMENTS[p["dept"]]
    B = blocks(p, d)
    page_title = B[0][1]
    d["page_title"] = page_title
    form = d["form"]
    tail = tail_lines(d)
    if form.startswith("md"):
        lines = []
        if form == "md_fm":
            lines += ["---", f'title: "{p_title(p, d)}"', "layout: position-profile", f"lang: {lang}",
                      f"date: {d['fm_date']}"]
            if d.get("cls_in_fm"):
                lines.append(f"classification: {p['cls']}")
            lines += [f"department: {p['dept']}", "tags: [executive, work-description]",
                      f'author: "{d["owner"]}"', f"permalink: /hr/executive-positions/{slug(p_title(p, d))}/",
                      "---", ""]
            B = B[1:]
        if form == "md_multi":
            d["page_title"] = "Policy Sector: executive positions"
            lines += multi_wrap(p, d, B, markdown=True)
        else:
            lines += to_markdown(B, d, host)
        lines += [ln for t in tail for ln in (t, "")]
        return "\n".join(lines).rstrip("\n").encode("utf-8") + b"\n", "markdown"
    if form in ("html", "html_multi"):
        if form == "html_multi":
            d["page_title"] = "Planning and Policy Sector - Our executives"
            body = multi_wrap(p, d, B, markdown=False)
        else:
            body = to_plain(B, d, cells=d.get("cells", "tab"), bullet="*" if d.get("enc") != "cp1252" else "\u2022")
        body += tail
        lines = html_chrome(p, d, body, d["page_title"])
        return encode(lines, d), "text-cp1252" if d.get("enc") == "cp1252" else "text"
    if form == "sp":
        body = to_plain(B[1:], d, cells=d.get("cells", "tab"), bullet="\u2022") + tail
        lines = sp_chrome(p, d, body, page_title)
        return encode(lines, d), "text"
    if form == "wiki":
        lines = wiki_page(p, d, B)
        return encode(lines, d), "text-cp1252" if d.get("enc") == "cp1252" else "text"
    if form == "docx":
        crumbs = (link("Accueil", "home") + " > " + link("RH", "hr") + " > " + link("Postes de direction", "ex")
                  if lang == "fr" else
                  link("Home", "home") + " > " + link("HR", "hr") + " > " + link("Executive positions", "ex"))
        post = tail + [("Date de modification : " if lang == "fr" else "Date modified: ") + d["modified"]]
        return to_docx(p, d, B, host, pre=[crumbs], post=post), "docx"
    if form in ("pdf", "ocr"):
        body = to_plain(B, d, cells="pad", width=100, bullet="-")
        if d.get("signed"):
            body += signature(p, d)
        body += tail
        url = f"https://{host}/{'fr' if lang == 'fr' else 'en'}/hr/executive-positions/{slug(p_title(p, d))}.html"
        site = f"{p['dept']} Intranet"
        pages = browser_pages(p, d, body, page_title, site, url)
        if form == "pdf":
            return pdf_bytes(["\n".join(pg) for pg in pages]), "pdf"
        rng = random.Random("ocr" + d["file"])
        protect = [n for n in [d.get("owner"), d.get("incumbent_name"), d.get("signer"), d.get("classifier")] if n]
        out = []
        for pg in pages:
            pg = hyphenate(pg, rng, {"light": 0.3, "middling": 0.5, "heavy": 0.7}[d["damage"]])
            out.append(damage("\n".join(pg), d["damage"], rng, protect))
        return ("\n\f".join(out) + "\n").encode("utf-8"), "ocr"
    raise ValueError(form)


def encode(lines, d):
    text = "\n".join(lines) + "\n"
    if d.get("enc") == "cp1252":
        text = curly(text).replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


# ---------------------------------------------------------------- documents to refuse

def refusals(P):
    res = []
    # 1. a page index of executive positions (bilingual)
    lines = ["Skip to main content / Passer au contenu principal", "", "Home > HR > Executive positions",
             "Accueil > RH > Postes de direction", "", "Executive positions / Postes de direction", "",
             "Select a position to see its work description. / Choisissez un poste pour consulter sa description "
             "de travail.", "", "Position / Poste\tGroup and level / Groupe et niveau\tPosition number / "
             "Numéro du poste\tLocation / Lieu"]
    for key in ["food_dg", "food_import", "food_meat", "food_recall", "hc_drug", "hc_radon", "nr_geo", "nr_energy",
                "es_oas", "es_call", "sc_census", "ir_cit", "pc_assets", "fo_hydro"]:
        q = P[key]
        lines.append(f"{q['title_en']} / {q['title_fr']}\t{q['cls']}\t{q['posno']}\t{T.LOCATIONS[q['loc']][0]}")
    lines += ["", "Showing 1 to 14 of 14 entries / Affichage de 1 à 14 de 14 entrées", "", "Share this page",
              "Date modified: 2023-08-17"]
    res.append(dict(file="Executive positions - index (intranet).txt", kind="text", lang="bilingual",
                    data=("\n".join(lines) + "\n").encode("utf-8"), what="a page index of executive positions",
                    people=[]))
    # 2. an org directory page printed from the browser
    rng = random.Random("directory")
    people = []
    lines = ["Organization directory - Workforce Development Programs", "",
             "Name\tTitle\tTelephone\tEmail"]
    q = P["es_dg"]
    rows = [(q["title_en"],)] + [(r["en"],) for r in q["reports"]]
    for (t,) in rows:
        n = NAMES.next()
        people.append(n)
        g, f = n.split(" ", 1)
        lines.append(f"{n}".ljust(34) + t.ljust(62) + f"819-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}   "
                     f"{g.lower()}.{f.lower().replace(' ', '')}@hrsdc-rhdcc.gc.ca")
    lines = [ln.replace("\t", "    ") for ln in lines]
    page = [f"10/30/23, 4:55 PM".ljust(46) + "Organization directory - ESDC Intranet", ""] + lines + \
           ["", "Last updated: 2023-10-02", "", "https://iservice.prv/eng/directory/org/WDP.shtml".ljust(90) + "1/1"]
    res.append(dict(file="Org directory WDP (printed).pdf", kind="pdf", lang="en",
                    data=pdf_bytes(["\n".join(page)]), what="an organization directory page (names, titles, "
                    "telephones, emails)", people=people))
    # 3. a news item about an appointment, pasted into Word
    n = NAMES.next()
    q = P["pc_east"]
    doc = docx.Document()
    cp = doc.core_properties
    fixed = dt.datetime(2022, 1, 1, 12, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    doc.add_heading("Senior appointment: Executive Director, Field Unit Operations, Eastern Quebec", level=1)
    doc.add_paragraph("News | Parks Canada Intranet | 2024-02-12")
    doc.add_paragraph(
        f"Please join me in congratulating {n} on the appointment as Executive Director, Field Unit Operations, "
        f"Eastern Quebec (EX-02), effective March 4, 2024. {n.split()[0]} brings twenty years of experience in "
        f"protected-area management and will lead a team of about {q['fte']} employees based in Québec City.")
    signer = NAMES.next()
    doc.add_paragraph(f"{signer}")
    doc.add_paragraph("Vice-President, Operations, Eastern Canada")
    res.append(dict(file="News - appointment of new ED Eastern Quebec.docx", kind="docx", lang="en",
                    data=(lambda b: rezip(b))(_save(doc)), what="a news item announcing an appointment",
                    people=[n, signer]))
    # 4. a wiki page's edit history
    users = [NAMES.next() for _ in range(4)]
    q = P["nr_energy"]
    lines = [f"Director, Energy Efficiency Programs: Revision history", "From GCpedia", "",
             "View logs for this page (view filter log)", "", "Filter revisions", "",
             "External tools: Find addition/removal, Find edits by user, Page statistics", "",
             "For any version listed below, click on its date to view it. For more help, see Help:Page history.",
             "(cur) = difference from current version, (prev) = difference from preceding version, "
             "m = minor edit, \u2192 = section edit", "", "(newest | oldest) View (newer 50 | older 50) "
             "(20 | 50 | 100 | 250 | 500)", ""]
    hist = [("10:14, 12 April 2023", users[0], "8,912 bytes", "+412", "updated effective date 2023-04-01, FTEs and budget"),
            ("16:02, 3 March 2023", users[1], "8,500 bytes", "+96", "\u2192 Dimensions: O&M corrected"),
            ("09:47, 18 November 2021", users[2], "8,404 bytes", "-1,120", "removed Manager, Program Integrity row"),
            ("13:30, 3 June 2019", users[3], "9,524 bytes", "+9,524", "Created page with \"= Director, Energy "
             "Efficiency Programs = ...\"")]
    for when, who, size, delta, summ in hist:
        lines.append(f"(cur | prev) {when} {who} (talk | contribs) . . ({size}) ({delta}) . . ({summ}) (undo)")
    lines += ["", "(newest | oldest) View (newer 50 | older 50) (20 | 50 | 100 | 250 | 500)", "",
              "Retrieved from \"https://www.gcpedia.gc.ca/wiki/Director,_Energy_Efficiency_Programs\""]
    res.append(dict(file="Revision history - Director, Energy Efficiency Programs - GCpedia.txt", kind="text",
                    lang="en", data=("\n".join(lines) + "\n").encode("utf-8"), what="a wiki page's edit history",
                    people=users))
    # 5. a printout scanned without a text layer
    res.append(dict(file="Scan_2023-05-02_1530.pdf", kind="pdf", lang="en", data=pdf_bytes(["", "", ""]),
                    what="a three-page scan without a text layer", people=[]))
    # 6. a French help page with example values
    owner = NAMES.next()
    lines = ["---", 'title: "Foire aux questions : descriptions de travail des cadres"', "lang: fr",
             "date: 2022-04-05", "---", "", "# Foire aux questions : descriptions de travail des cadres", "",
             "## Où trouver la description de travail de mon poste?", "",
             "Les descriptions de travail des postes de direction (EX-01 à EX-03) sont publiées dans la section "
             "[Postes de direction](https://iservice.prv/fra/rh/postes-direction/). ", "",
             "## Quels renseignements doit contenir une description?", "",
             "| Champ | Exemple |", "|:--|:--|", "| Titre du poste | Directeur, Exemple de programme |",
             "| Numéro du poste | 12345 |", "| Groupe et niveau | EX-01 |",
             "| Date d'entrée en vigueur | 2022-04-01 |", "| ETP | 25 |", "| Salaires | 2 500 000 $ |",
             "| F et E | 150 000 $ |", "", "Ces valeurs sont des exemples seulement.", "",
             "## Qui dois-je contacter?", "", f"{owner}, Services aux cadres, Direction générale des ressources "
             "humaines.", ""]
    res.append(dict(file="FAQ - descriptions de travail (cadres).md", kind="markdown", lang="fr",
                    data="\n".join(lines).encode("utf-8"), what="a help page with example values",
                    people=[owner]))
    return res


def _save(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- truths

def truth(p, d, kind):
    lang = d["lang"]
    om = set(d.get("omit", ()))
    sup = p["sup"]
    reps = None
    if d.get("rep", "table") != "none":
        reps = [dict(title=t, classification=c, fte=f) for t, c, f in report_rows(p, d)]
    vals = {
        "title": p["title_fr"] if lang == "fr" else p["title_en"],
        "classification": p["cls"], "job_code": p["job_code"], "position_number": p["posno"],
        "effective_date": p["date"], "supervisor.position_number": sup["posno"],
        "supervisor.title": sup["fr"] if lang == "fr" else sup["en"], "supervisor.classification": sup["cls"],
        "direct_reports": reps, "salary": p["salary"], "o_and_m": p["o_and_m"], "total": p["total"],
        "location": T.LOCATIONS[p["loc"]][1 if lang == "fr" else 0],
    }
    for f in om:
        vals[f] = None
    fields = {k: vals[k] for k in ["title", "classification", "job_code", "position_number", "effective_date"]}
    fields["supervisor"] = {"position_number": vals["supervisor.position_number"], "title": vals["supervisor.title"],
                            "classification": vals["supervisor.classification"]}
    for k in ["direct_reports", "salary", "o_and_m", "total", "location"]:
        fields[k] = vals[k]
    not_stated = [f for f in FIELD_ORDER if vals[f] is None]
    also = {"department": T.DEPARTMENTS[p["dept"]][1 if lang == "fr" else 0], "fte": p["fte"]}
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
        also["department_fr"] = T.DEPARTMENTS[p["dept"]][1]
    also["form"] = FORM_DESC[d["form"]] + (" (cp1252, CRLF)" if d.get("enc") == "cp1252" else "")
    if d["form"] == "ocr":
        also["damage"] = d["damage"]
    if d.get("modified") and d["form"] in ("html", "html_multi", "sp", "docx"):
        also["page_date_not_effective"] = d["modified"]
    if d.get("fm_date"):
        also["front_matter_date_not_effective"] = d["fm_date"]
    if d.get("printed"):
        also["printed_not_effective"] = d["printed"].split()[0]
    if d["form"] in ("md_multi", "html_multi"):
        also["other_positions_summarized"] = d["others"]
    if d.get("reports_to_in_corpus"):
        also["reports_to_in_corpus"] = d["reports_to_in_corpus"]
    if d.get("supervisor_of"):
        also["supervisor_of_in_corpus"] = d["supervisor_of"]
    if d.get("title_in_fm"):
        also["title_only_in_front_matter"] = True
    if d.get("cls_in_fm"):
        also["classification_only_in_front_matter"] = True
    notes = []
    if d.get("rep_omit"):
        notes.append("direct reports listed without " + " and ".join(
            {"cls": "group and level", "fte": "FTEs"}[x] for x in d["rep_omit"]))
    if d.get("date") == "dmy":
        notes.append("effective date written DD/MM/YYYY")
    if notes:
        also["notes"] = "; ".join(notes)
    people = [n for n in [d.get("incumbent_name"), d.get("signer"), d.get("classifier"), d["owner"]] if n]
    if d["form"] == "wiki":
        people = [d["owner"]] + [n for n in people if n != d["owner"]]
    return dict(document=d["file"], kind=kind, language={"bi": "bilingual"}.get(lang, lang), outcome="import",
                fields=fields, not_stated=not_stated, also=also, people=people, versions=None)


FORM_DESC = {
    "md_grid": "pandoc Markdown, grid tables, setext headings",
    "md_pipe": "pandoc Markdown, pipe tables",
    "md_fm": "Markdown with YAML front matter, bold label bullets",
    "md_deflist": "pandoc Markdown, definition lists",
    "md_bold": "Markdown, bold label bullets",
    "md_multi": "Markdown page listing several positions, one full description",
    "html": "HTML page saved as text (navigation, breadcrumb, footer)",
    "html_multi": "HTML page saved as text, several positions' summaries, one full description",
    "sp": "SharePoint page saved as text",
    "wiki": "MediaWiki source (GCpedia)",
    "docx": "Word, pasted from an intranet page (hyperlinks, styled tables)",
    "pdf": "PDF printed from a browser (date/title header, URL and n/N footer)",
    "ocr": "intranet page printed from a browser and scanned",
}

VERSIONS = {
    "labour": dict(documents=["Labour Statistics - Director.md", "Labour Statistics - Director (printed 2024-01-22).pdf"],
                   newest="Labour Statistics - Director (printed 2024-01-22).pdf", same_text=False,
                   note="the Markdown page and the same page printed from the browser: same values, the print adds "
                        "the browser's header and footer"),
    "cit": dict(documents=["Director, Citizenship Case Management.txt", "Director, Citizenship Case Management (1).txt"],
                newest="Director, Citizenship Case Management (1).txt", same_text=True,
                note="the same saved page twice (identical bytes)"),
    "energy": dict(documents=["GCpedia - Director, Energy Efficiency Programs (2019).txt",
                              "Director, Energy Efficiency Programs - SharePoint.txt"],
                   newest="Director, Energy Efficiency Programs - SharePoint.txt", same_text=False,
                   note="2019 GCpedia page -> 2023 SharePoint page: new effective date, one more direct report, "
                        "new FTEs, salary and O&M"),
    "assets": dict(documents=["Director Asset Investment Program DRAFT.docx", "director-asset-investment-program.md"],
                   newest="director-asset-investment-program.md", same_text=False,
                   note="DRAFT Word copy (2022-09-01) -> published page (2023-01-16): new effective date, salary "
                        "and total"),
}


# ---------------------------------------------------------------- main

class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    if re.fullmatch(r"[0-9][0-9.,]*", value) or value in ("null", "yes", "no", "on", "off", "true", "false"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def main():
    P = build_positions()
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for o in (out_c, out_e):
        if o.exists():
            shutil.rmtree(o)
        o.mkdir()
    pick = random.Random(4146)
    written = {}
    for i, d in enumerate(DOCS):
        d = dict(d)
        p = P[d["pos"]]
        if d.get("copy_of"):
            src = written[d["copy_of"]]
            data, kind, t = src[0], src[1], copy.deepcopy(src[2])
            t["document"] = d["file"]
        else:
            d["owner"] = NAMES.next()
            if d["form"] in ("sp", "wiki", "html_multi", "pdf") or pick.random() < 0.3:
                d["incumbent_name"] = p["incumbent"]
            if d.get("signed"):
                d["signer"] = NAMES.next()
                d["classifier"] = NAMES.next()
            prng = random.Random("dates" + d["file"])
            page_day = min(p["date"] + dt.timedelta(days=prng.randint(15, 300)), dt.date(2026, 10, 30))
            d["modified"] = page_day.isoformat()
            if d["form"] == "sp":
                d["modified"] = (fmt_date(page_day, "long_fr") if d["lang"] == "fr" else
                                 f"{page_day.month}/{page_day.day}/{page_day.year}")
            if "fm_date" in d:
                d["fm_date"] = page_day.isoformat()
            if "printed" in d:
                d["printed"] = f"{page_day.isoformat()} {d['printed'].split()[1]}"
            data, kind = render(d, P)
            t = truth(p, d, kind)
        if d.get("version"):
            t["versions"] = VERSIONS[d["version"]]
        written[d["file"]] = (data, kind, t)
    for r in refusals(P):
        t = dict(document=r["file"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                 not_stated=None, also={"what": r["what"]}, people=r["people"], versions=None)
        written[r["file"]] = (r["data"], r["kind"], t)
    for name, (data, kind, t) in written.items():
        (out_c / name).write_bytes(data)
        (out_e / f"{name}.expected.yaml").write_text(
            yaml.dump(t, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"{len(written)} documents")


if __name__ == "__main__":
    main()
