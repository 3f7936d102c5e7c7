"""Generate blind corpus blind193: executive work descriptions saved from HR portals and intranet pages.

Run from the repository root:  python bench/import/blind193/make_blind.py
Writes bench/import/blind193/corpus/ and expected/ deterministically (fixed seed, fixed zip timestamps).
"""
import datetime as dt
import html
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

from tests.import_files import pdf_bytes  # noqa: E402
import docx  # noqa: E402
from texts import (AREAS, DEPARTMENTS, EN_MONTHS, FAMILY, FR_MONTHS, GIVEN, PLACES, REPORT_CLASSES,  # noqa: E402
                   SUB_UNITS, prose_en, prose_fr)

R = random.Random(193)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ---------------------------------------------------------------- positions
used_names = set()


def person():
    while True:
        n = f"{R.choice(GIVEN)} {R.choice(FAMILY)}"
        if n not in used_names:
            used_names.add(n)
            return n


used_numbers = set()


def number():
    while True:
        n = str(R.randint(10000, 99999)) if R.random() < 0.8 else str(R.randint(100000, 999999))
        if n not in used_numbers:
            used_numbers.add(n)
            return n


positions = []
areas = list(AREAS)
R.shuffle(areas)


def new_position(level, dept_i, parent):
    area_en, area_fr = areas.pop()
    fem = R.random() < 0.5
    d_en, d_fr, d_ab = DEPARTMENTS[dept_i]
    if level == "EX-03":
        t_en, t_fr = "Director General", ("Directrice générale" if fem else "Directeur général")
    elif level == "EX-02":
        t_en, t_fr = "Executive Director", ("Directrice exécutive" if fem else "Directeur exécutif")
    else:
        t_en, t_fr = "Director", ("Directrice" if fem else "Directeur")
    p = dict(level=level, dept=dept_i, dept_en=d_en, dept_fr=d_fr, dept_ab=d_ab, area_en=area_en, area_fr=area_fr,
             title_en=f"{t_en}, {area_en}", title_fr=f"{t_fr}, {area_fr}",
             unit_en=f"{area_en} {'Branch' if level == 'EX-03' else 'Directorate' if level == 'EX-02' else 'Division'}",
             unit_fr=f"{'Direction générale' if level == 'EX-03' else 'Direction' if level == 'EX-02' else 'Division'} "
                     f"{area_fr}",
             number=number(), parent=parent, children=[], place=R.choice(PLACES), file=None)
    if parent is not None:
        positions[parent]["children"].append(len(positions))
    positions.append(p)
    return len(positions) - 1


dgs = [new_position("EX-03", d, None) for d in range(6)]
eds = []
for i in range(10):
    d = i % 6
    eds.append(new_position("EX-02", d, dgs[d]))
for i in range(27):
    d = i % 6
    cands = [e for e in eds if positions[e]["dept"] == d] + [dgs[d]]
    new_position("EX-01", d, R.choice(cands))
assert len(positions) == 43

ADM = {}
for d in range(6):
    a_en, a_fr = R.choice([("Assistant Deputy Minister, Program Operations", "Sous-ministre adjoint, Opérations des programmes"),
                           ("Assistant Deputy Minister, Corporate Services", "Sous-ministre adjointe, Services ministériels"),
                           ("Senior Assistant Deputy Minister, Policy", "Sous-ministre adjoint principal, Politiques"),
                           ("Assistant Deputy Minister, Service Delivery", "Sous-ministre adjointe, Prestation des services")])
    ADM[d] = dict(title_en=a_en, title_fr=a_fr, level=R.choice(["EX-04", "EX-05"]), number=number())

# ---------------------------------------------------------------- document plan
KINDS = (["html"] * 15 + ["text"] * 8 + ["markdown"] * 7 + ["text-cp1252"] * 3 + ["docx"] * 4 + ["pdf"] * 3
         + ["ocr"] * 3)
assert len(KINDS) == 43
R.shuffle(KINDS)
LANGS = ["en"] * 19 + ["fr"] * 11 + ["bi"] * 13
R.shuffle(LANGS)


# ---------------------------------------------------------------- value notations
def spaced(n, sep):
    return f"{n:,}".replace(",", sep)


def amount(v, notation, sep):
    if notation == "full_en":
        return f"${v:,}"
    if notation == "k_en":
        return f"${v // 1000:,}K"
    if notation == "m_en":
        return f"${v / 1e6:.2f}M"
    if notation == "full_fr":
        return f"{spaced(v, sep)}{sep}$"
    if notation == "k_fr":
        return f"{spaced(v // 1000, sep)}{sep}k$"
    if notation == "m_fr":
        return f"{v / 1e6:.2f}".replace(".", ",") + f"{sep}M$"
    raise ValueError(notation)


def gen_amount(lo, hi, notation):
    v = R.randint(lo, hi)
    if notation.startswith("m_"):
        return v // 10000 * 10000
    if notation.startswith("k_"):
        return v // 1000 * 1000
    return v if R.random() < 0.5 else v // 50 * 50


def date_text(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {FR_MONTHS[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()}[style]
    return {"long": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "iso": d.isoformat(),
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "dmy": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"}[style]


LABELS = {
    "title": ("Position Title", "Titre du poste"),
    "class": ("Group and Level", "Groupe et niveau"),
    "job": ("Job Code", "Code d’emploi"),
    "posno": ("Position Number", "Numéro de poste"),
    "eff": ("Effective Date", "Date d’entrée en vigueur"),
    "dept": ("Department", "Ministère"),
    "branch": ("Organizational Unit", "Unité organisationnelle"),
    "loc": ("Location", "Lieu de travail"),
    "sup": ("Reports to", "Relève de"),
    "supcl": ("Supervisor Group and Level", "Groupe et niveau du superviseur"),
    "supno": ("Supervisor Position Number", "Numéro de poste du superviseur"),
    "inc": ("Incumbent", "Titulaire"),
    "sal": ("Salary", "Salaires"),
    "om": ("O&M", "F et E"),
    "tot": ("Total", "Total"),
    "fte": ("FTEs", "ETP"),
    "ga": ("General Accountability", "Responsabilité générale"),
    "ns": ("Nature and Scope", "Nature et étendue"),
    "struct": ("Organization and Direct Reports", "Organisation et subordonnés directs"),
    "dims": ("Dimensions", "Dimensions"),
    "sa": ("Specific Accountabilities", "Responsabilités spécifiques"),
    "rt": ("Title", "Titre"), "rc": ("Group and Level", "Groupe et niveau"),
    "contact": ("HR contact", "Personne-ressource RH"),
    "classified": ("Classified by", "Classifié par"),
}


def lab(key, lang):
    en, fr = LABELS[key]
    return en if lang == "en" else fr if lang == "fr" else f"{en} / {fr}"


def vlang(lang):
    return "fr" if lang == "fr" else "en"


# ---------------------------------------------------------------- building one document's facts and truth
def build(pi, kind, lang, older=False):
    p = positions[pi]
    vl = vlang(lang)
    d = dict(p=p, pi=pi, kind=kind, lang=lang, vl=vl)
    d["title"] = p["title_fr"] if vl == "fr" else p["title_en"]
    d["classification"] = p["level"]
    d["job_code"] = None if R.random() < 0.2 else str(R.randint(100100, 109999))
    d["position_number"] = None if R.random() < 0.12 else p["number"]
    d["posno_shown"] = d["position_number"] or R.choice(["NEW", "TBD", "À déterminer" if vl == "fr" else "To be assigned", ""])
    eff = None if R.random() < 0.15 else dt.date(R.randint(2016, 2024), R.randint(1, 12), R.choice([1, 1, R.randint(2, 28)]))
    if older and eff is None:
        eff = dt.date(2017, 4, 1)
    d["eff"] = eff
    d["eff_shown"] = date_text(eff, vl, R.choice(["long", "iso", "slash", "long"])) if eff else R.choice(["", "", "—", "N/A" if vl == "en" else "s.o."])
    # supervisor
    if p["parent"] is None:
        s = ADM[p["dept"]]
        sup = dict(title=s["title_fr"] if vl == "fr" else s["title_en"], classification=s["level"], number=s["number"], file=None)
    else:
        q = positions[p["parent"]]
        sup = dict(title=q["title_fr"] if vl == "fr" else q["title_en"], classification=q["level"], number=q["number"],
                   pi=p["parent"])
    sup["number_shown"] = R.random() < 0.5
    sup["class_shown"] = R.random() < 0.85
    sup["style"] = R.choice(["fields", "combined", "sentence", "fields"])
    d["sup"] = sup
    # direct reports
    reps = []
    for c in p["children"]:
        q = positions[c]
        reps.append(dict(title=q["title_fr"] if vl == "fr" else q["title_en"], classification=q["level"]))
    n_extra = max(0, R.randint(2, 6) - len(reps))
    subs = R.sample(SUB_UNITS, n_extra)
    for s_en, s_fr in subs:
        reps.append(dict(title=f"Gestionnaire, {s_fr}" if vl == "fr" else f"Manager, {s_en}",
                         classification=R.choice(REPORT_CLASSES) if R.random() < 0.9 else None))
    fte_shown = R.random() < 0.8
    for r in reps:
        r["fte"] = R.randint(2, 45) if fte_shown else None
    d["reports"] = reps
    d["reports_style"] = R.choice(["table", "list", "table", "sentence"])
    d["fte_total"] = (sum(r["fte"] for r in reps) + 1) if fte_shown else None
    # dimensions
    if lang == "fr":
        notation = R.choice(["full_fr", "k_fr", "m_fr", "full_fr"])
    elif lang == "bi":
        notation = R.choice(["full_en", "full_fr", "k_en", "m_en", "k_fr"])
    else:
        notation = R.choice(["full_en", "k_en", "m_en", "full_en"])
    d["notation"] = notation
    lo = {"EX-01": 800000, "EX-02": 2500000, "EX-03": 6000000}[p["level"]]
    d["salary"] = gen_amount(lo, lo * 4, notation)
    d["o_and_m"] = None if R.random() < 0.08 else gen_amount(lo // 10, lo, notation)
    d["total"] = (d["salary"] + d["o_and_m"]) if d["o_and_m"] is not None and R.random() < 0.7 else None
    d["location"] = None if R.random() < 0.08 else (p["place"][1] if vl == "fr" else p["place"][0])
    d["incumbent"] = person() if R.random() < 0.5 else None
    d["contact"] = person() if R.random() < 0.6 else None
    d["classified"] = person() if R.random() < 0.35 else None
    d["title_form"] = R.choice(["slash", "two_lines", "paren"]) if lang == "bi" else None
    d["modified"] = dt.date(2024, R.randint(1, 12), R.randint(1, 28))
    return d


def title_display(d):
    p = d["p"]
    if d["lang"] != "bi":
        return [d["title"]]
    if d["title_form"] == "slash":
        return [f"{p['title_en']} / {p['title_fr']}"]
    if d["title_form"] == "paren":
        return [f"{p['title_en']} ({p['title_fr']})"]
    return [p["title_en"], p["title_fr"]]


def sep_for(kind):
    if kind in ("text-cp1252", "pdf", "ocr"):
        return R.choice([" ", "\xa0"]) if kind != "ocr" else " "
    return R.choice([" ", "\xa0", "\u202f"])


def sup_sentence(d):
    s, vl = d["sup"], d["vl"]
    inner = []
    if s["class_shown"]:
        inner.append(s["classification"])
    if s["number_shown"]:
        inner.append(("poste no " if vl == "fr" else "position no. ") + s["number"])
    extra = f" ({', '.join(inner)})" if inner else ""
    if vl == "fr":
        art = "de la" if s["title"].startswith(("Directrice", "Sous-ministre adjointe")) else "du"
        return f"Le poste relève {art} {s['title']}{extra}."
    return f"The position reports to the {s['title']}{extra}."


def report_text(r, vl, sep_fte=" "):
    bits = []
    if r["classification"]:
        bits.append(r["classification"])
    if r["fte"] is not None:
        bits.append(f"{r['fte']} {'ETP' if vl == 'fr' else 'FTEs'}")
    return r["title"] + (f" ({', '.join(bits)})" if bits else "")


def facts(d):
    """Header rows (label, value) and sections [(heading, type, content)] in the document's language."""
    lang, vl = d["lang"], d["vl"]
    sep = d["sep"]
    rows = []
    tlines = title_display(d)
    rows.append((lab("title", lang), " / ".join(tlines) if len(tlines) == 1 else tlines))
    rows.append((lab("class", lang), d["classification"]))
    rows.append((lab("job", lang), d["job_code"] or ""))
    rows.append((lab("posno", lang), d["posno_shown"]))
    rows.append((lab("eff", lang), d["eff_shown"]))
    rows.append((lab("dept", lang), d["p"]["dept_fr"] if vl == "fr" else d["p"]["dept_en"]))
    rows.append((lab("branch", lang), d["p"]["unit_fr"] if vl == "fr" else d["p"]["unit_en"]))
    if d["location"]:
        rows.append((lab("loc", lang), d["location"]))
    s = d["sup"]
    if s["style"] == "fields":
        rows.append((lab("sup", lang), s["title"]))
        if s["class_shown"]:
            rows.append((lab("supcl", lang), s["classification"]))
        if s["number_shown"]:
            rows.append((lab("supno", lang), s["number"]))
    elif s["style"] == "combined":
        rows.append((lab("sup", lang), s["title"] + (f" ({s['classification']})" if s["class_shown"] else "")))
        if s["number_shown"]:
            rows.append((lab("supno", lang), s["number"]))
    if d["incumbent"] or R.random() < 0.5:
        rows.append((lab("inc", lang), d["incumbent"] or ("Vacant" if vl == "en" else "Poste vacant")))
    ga, ns, sa = (prose_fr if vl == "fr" else prose_en)(d["p"])
    secs = [(lab("ga", lang), "p", ga), (lab("ns", lang), "p", ns)]
    struct = []
    if s["style"] == "sentence":
        struct.append(("p", sup_sentence(d)))
    n = len(d["reports"])
    if d["reports_style"] == "sentence":
        lead = (f"Les {n} postes suivants relèvent directement du titulaire : " if vl == "fr"
                else f"The following {n} positions report directly to the incumbent: ")
        struct.append(("p", lead + "; ".join(report_text(r, vl) for r in d["reports"]) + "."))
    else:
        struct.append(("p", f"{n} postes relèvent directement du titulaire :" if vl == "fr"
                       else f"{n} positions report directly to the incumbent:"))
        struct.append((d["reports_style"], d["reports"]))
    secs.append((lab("struct", lang), "struct", struct))
    dims = [(lab("sal", lang), amount(d["salary"], d["notation"], sep))]
    if d["o_and_m"] is not None:
        dims.append((lab("om", lang), amount(d["o_and_m"], d["notation"], sep)))
    if d["total"] is not None:
        dims.append((lab("tot", lang), amount(d["total"], d["notation"], sep)))
    if d["fte_total"] is not None:
        dims.append((lab("fte", lang), str(d["fte_total"])))
    secs.append((lab("dims", lang), "dims", dims))
    secs.append((lab("sa", lang), "ul", sa))
    return rows, secs


def people(d):
    return [x for x in (d["incumbent"], d["contact"], d["classified"]) if x]


# ---------------------------------------------------------------- HTML
ENT = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ç": "&ccedil;", "ô": "&ocirc;", "É": "&Eacute;",
       "ê": "&ecirc;", "î": "&icirc;", "â": "&acirc;", "û": "&ucirc;", "ë": "&euml;", "œ": "&oelig;",
       "’": "&rsquo;", "—": "&mdash;", "–": "&ndash;", "\xa0": "&nbsp;", "\u202f": "&#8239;"}


def esc(t, ents):
    t = html.escape(t, quote=False)
    if ents:
        t = "".join(ENT.get(c, c) for c in t)
    else:
        t = t.replace("\xa0", "&nbsp;")
    return t


SITE = {"en": ("HR Portal", "Home", "My HR", "Work descriptions", "Classification", "Contact us",
               "Skip to main content", "Date modified", "Report a problem on this page", "Related work descriptions",
               "Terms and conditions", "Print", "Share this page"),
        "fr": ("Portail RH", "Accueil", "Mes RH", "Descriptions de travail", "Classification", "Nous joindre",
               "Passer au contenu principal", "Date de modification", "Signaler un problème sur cette page",
               "Descriptions de travail connexes", "Avis", "Imprimer", "Partager cette page")}


def related(d):
    others = [q for q in positions if q["dept"] == d["p"]["dept"] and q is not d["p"]][:3]
    return [((q["title_fr"] if d["vl"] == "fr" else q["title_en"]), q["level"], q["number"]) for q in others]


def render_html(d):
    rows, secs = facts(d)
    ents = d["ents"]
    E = lambda t: esc(t, ents)  # noqa: E731
    S = SITE[d["vl"]]
    layout = d["layout"]
    title0 = title_display(d)[0]
    out = ["<!DOCTYPE html>", f'<html lang="{d["vl"]}">', "<head>",
           f'<meta charset="{d["charset"]}">' if d["charset"] == "utf-8" else
           f'<meta http-equiv="Content-Type" content="text/html; charset={d["charset"]}">',
           f"<title>{E(title0)} - {E(S[0])}</title>",
           "<style>body{font-family:Arial,sans-serif}.wd-fields th{text-align:left;width:30%}"
           "nav ul{list-style:none}.hidden{display:none}</style>",
           "<script>window.dataLayer=window.dataLayer||[];var pageInfo={template:'wd-v3',lastReviewed:'2019-03-01',"
           "section:'hr'};function printPage(){window.print();}</script>", "</head>", "<body>",
           f'<a class="hidden" href="#main">{E(S[6])}</a>',
           f'<header><div class="brand">{E(S[0])} &amp; Intranet</div><nav><ul>']
    for item in S[1:6]:
        out.append(f'<li><a href="/{d["vl"]}/{item.lower().replace(" ", "-")}.html">{E(item)}</a></li>')
    out.append("</ul></nav></header>")
    out.append(f'<ol class="breadcrumb"><li><a href="/">{E(S[1])}</a></li><li><a href="/hr">{E(S[2])}</a></li>'
               f'<li><a href="/hr/wd">{E(S[3])}</a></li><li>{E(title0)}</li></ol>')
    out.append('<main id="main">')
    if len(title_display(d)) == 2:
        out.append(f"<h1>{E(title_display(d)[0])}<br>{E(title_display(d)[1])}</h1>")
    else:
        out.append(f"<h1>{E(title0)}</h1>")
    out.append(f'<p class="tools"><a href="javascript:printPage()">{E(S[11])}</a> | <a href="#">{E(S[12])}</a></p>')

    def val(v):
        return "<br>".join(E(x) for x in v) if isinstance(v, list) else (E(v) if v else "&nbsp;")

    def date_val(label, v):
        if d["eff"] and v == d["eff_shown"] and d["time_tag"]:
            return f'<time datetime="{d["eff"].isoformat()}">{E(v)}</time>'
        return val(v)

    if layout == "table":
        out.append('<table class="wd-fields">')
        for k, v in rows:
            out.append(f'<tr><th scope="row">{E(k)}</th><td>{date_val(k, v)}</td></tr>')
        out.append("</table>")
    elif layout == "dl":
        out.append('<dl class="wd-fields">')
        for k, v in rows:
            out.append(f"<dt>{E(k)}</dt>\n<dd>{date_val(k, v)}</dd>")
        out.append("</dl>")
    else:
        out.append("<p>" + "<br>\n".join(f"<strong>{E(k)}:</strong> {date_val(k, v)}" for k, v in rows) + "</p>")
    for head, typ, content in secs:
        out.append(f"<h2>{E(head)}</h2>")
        if typ == "p":
            out.append(f"<p>{E(content)}</p>")
        elif typ == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in content) + "</ul>")
        elif typ == "dims":
            if layout == "dl":
                out.append("<dl>" + "".join(f"<dt>{E(k)}</dt><dd>{E(v)}</dd>" for k, v in content) + "</dl>")
            else:
                out.append('<table class="dims"><tbody>' + "".join(
                    f"<tr><td>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in content) + "</tbody></table>")
        else:
            for t, c in content:
                if t == "p":
                    out.append(f"<p>{E(c)}</p>")
                elif t == "list":
                    out.append("<ul>" + "".join(f"<li>{E(report_text(r, d['vl']))}</li>" for r in c) + "</ul>")
                else:
                    lang = d["lang"]
                    out.append(f'<table class="reports"><thead><tr><th>{E(lab("rt", lang))}</th>'
                               f'<th>{E(lab("rc", lang))}</th><th>{E(lab("fte", lang))}</th></tr></thead><tbody>')
                    for r in c:
                        out.append(f"<tr><td>{E(r['title'])}</td><td>{E(r['classification'] or '')}</td>"
                                   f"<td>{'' if r['fte'] is None else r['fte']}</td></tr>")
                    out.append("</tbody></table>")
    if d["classified"]:
        out.append(f"<p>{E(lab('classified', d['lang']))}: {E(d['classified'])}</p>")
    out.append("</main>")
    out.append(f"<aside><h2>{E(S[9])}</h2><ul>")
    for t, c, n in related(d):
        out.append(f'<li><a href="/hr/wd/{n}.html">{E(t)} ({c})</a></li>')
    out.append("</ul>")
    if d["contact"]:
        out.append(f"<p>{E(lab('contact', d['lang']))}: <a href=\"mailto:hr-wd@example.gc.ca\">{E(d['contact'])}</a></p>")
    out.append("</aside>")
    out.append(f'<footer><p><a href="#">{E(S[8])}</a></p><dl class="modified"><dt>{E(S[7])}:</dt>'
               f'<dd><time>{d["modified"].isoformat()}</time></dd></dl><p><a href="/terms">{E(S[10])}</a> &copy; '
               f"Government of Canada</p></footer>")
    out.append("<script src=\"/js/analytics.min.js\"></script></body></html>")
    text = "\n".join(out) + "\n"
    return text.encode("cp1252" if d["charset"] == "windows-1252" else "utf-8")


# ---------------------------------------------------------------- pasted page text (from the browser)
def page_lines(d, bullet="", tab="\t", chrome=True):
    rows, secs = facts(d)
    S = SITE[d["vl"]]
    L = []
    if chrome:
        L += [S[6], f"{S[0]} & Intranet"] + list(S[1:6]) + [""]
        L.append(f"{S[1]} > {S[2]} > {S[3]} > {title_display(d)[0]}")
        L.append("")
    L += title_display(d)
    if chrome:
        L.append(f"{S[11]} | {S[12]}")
    L.append("")
    for k, v in rows:
        v = " / ".join(v) if isinstance(v, list) else v
        if d["paste"] == "tab":
            L.append(f"{k}{tab}{v}")
        else:
            L += [k, v]
    for head, typ, content in secs:
        L += ["", head]
        if typ == "p":
            L.append(content)
        elif typ == "ul":
            L += [bullet + x for x in content]
        elif typ == "dims":
            L += [f"{k}{tab}{v}" for k, v in content]
        else:
            for t, c in content:
                if t == "p":
                    L.append(c)
                elif t == "list":
                    L += [bullet + report_text(r, d["vl"]) for r in c]
                else:
                    lang = d["lang"]
                    L.append(tab.join([lab("rt", lang), lab("rc", lang), lab("fte", lang)]))
                    L += [tab.join([r["title"], r["classification"] or "", "" if r["fte"] is None else str(r["fte"])])
                          for r in c]
    if d["classified"]:
        L += ["", f"{lab('classified', d['lang'])}: {d['classified']}"]
    if chrome:
        L += ["", S[9]] + [f"{t} ({c})" for t, c, n in related(d)]
        if d["contact"]:
            L.append(f"{lab('contact', d['lang'])}: {d['contact']}")
        L += ["", S[8], f"{S[7]}: {d['modified'].isoformat()}", S[10], "Top of page" if d["vl"] == "en" else "Haut de la page"]
    return L


def render_text(d):
    L = page_lines(d, bullet=R.choice(["", "• ", "- "]))
    return ("\n".join(L) + "\n").encode("utf-8")


def render_cp1252(d):
    L = page_lines(d, bullet="– ", tab=": " if d["paste"] == "tab" else "\t", chrome=False)
    t = "\r\n".join(L) + "\r\n"
    t = t.replace("'", "’").replace("\u202f", "\xa0")
    return t.encode("cp1252")


# ---------------------------------------------------------------- pandoc-style Markdown
def md_esc(t):
    return t.replace("\\", "\\\\").replace("$", "\\$").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")


def render_md(d):
    rows, secs = facts(d)
    S = SITE[d["vl"]]
    L = [f"-   [{S[6]}][]"]
    L += [f"-   [{x}](https://intranet.example.gc.ca/{d['vl']}/{x.lower().replace(' ', '-')}.html)" for x in S[1:6]]
    L += ["", f"1.  [{S[1]}][1]", f"2.  [{S[2]}][2]", f"3.  [{S[3]}][3]", f"4.  {md_esc(title_display(d)[0])}", ""]
    td = title_display(d)
    L.append(f"# {md_esc(td[0])}" + (f"\\\n{md_esc(td[1])}" if len(td) == 2 else "") + " {#wd-title .page-title}")
    L += ["", f"[{S[11]}](javascript:printPage()) \\| [{S[12]}][4]", ""]
    kw = max(len(k) for k, _ in rows) + 2
    if d["mdtable"] == "simple":
        L += ["  " + "-" * kw + " " + "-" * 50]
        for k, v in rows:
            v = " / ".join(v) if isinstance(v, list) else v
            L.append(f"  **{md_esc(k)}**".ljust(kw + 6) + " " + md_esc(v))
        L += ["  " + "-" * kw + " " + "-" * 50]
    else:
        L += [f"| {'Field' if d['vl'] == 'en' else 'Champ'} | {'Value' if d['vl'] == 'en' else 'Valeur'} |", "|---|---|"]
        for k, v in rows:
            v = " / ".join(v) if isinstance(v, list) else v
            L.append(f"| {md_esc(k)} | {md_esc(v)} |")
    for head, typ, content in secs:
        L += ["", f"## {md_esc(head)}", ""]
        if typ == "p":
            L += textwrap.wrap(md_esc(content), 72)
        elif typ == "ul":
            for x in content:
                w = textwrap.wrap(md_esc(x), 68)
                L += ["-   " + w[0]] + ["    " + y for y in w[1:]]
        elif typ == "dims":
            L += ["  " + "-" * 30 + " " + "-" * 20]
            L += [f"  {md_esc(k):<30} {md_esc(v):>20}" for k, v in content]
            L += ["  " + "-" * 30 + " " + "-" * 20]
        else:
            for t, c in content:
                if t == "p":
                    L += textwrap.wrap(md_esc(c), 72) + [""]
                elif t == "list":
                    L += ["-   " + md_esc(report_text(r, d["vl"])) for r in c] + [""]
                else:
                    lang = d["lang"]
                    L += [f"| {lab('rt', lang)} | {lab('rc', lang)} | {lab('fte', lang)} |", "|:---|:---:|---:|"]
                    L += [f"| {md_esc(r['title'])} | {r['classification'] or ''} | {'' if r['fte'] is None else r['fte']} |"
                          for r in c] + [""]
    if d["classified"]:
        L += ["", f"{md_esc(lab('classified', d['lang']))}: {d['classified']}"]
    L += ["", "::: {.aside}", f"## {S[9]}", ""]
    L += [f"-   [{md_esc(t)} ({c})](/hr/wd/{n}.html)" for t, c, n in related(d)]
    if d["contact"]:
        L += ["", f"{md_esc(lab('contact', d['lang']))}: [{d['contact']}](mailto:hr-wd@example.gc.ca)"]
    L += [":::", "", "::: {.footer}", f"[{S[8]}][5]", "", f"{S[7]}: {d['modified'].isoformat()}", ":::", ""]
    L += [f"  [{S[6]}]: #main", "  [1]: https://intranet.example.gc.ca/", "  [2]: https://intranet.example.gc.ca/hr",
          "  [3]: https://intranet.example.gc.ca/hr/wd", "  [4]: #share", "  [5]: https://intranet.example.gc.ca/problem"]
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Word (saved from the portal's "Export to Word")
FIXED = dt.datetime(2024, 1, 1, 12, 0, 0)


def docx_fixed(document):
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_modified_by = "portal-export"
    document.core_properties.author = "portal-export"
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def render_docx(d):
    rows, secs = facts(d)
    doc = docx.Document()
    doc.add_paragraph(SITE[d["vl"]][0] + " – " + SITE[d["vl"]][3])
    td = title_display(d)
    doc.add_heading(" / ".join(td), level=1) if len(td) == 2 else doc.add_heading(td[0], level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = "\n".join(v) if isinstance(v, list) else v
    for head, typ, content in secs:
        doc.add_heading(head, level=2)
        if typ == "p":
            doc.add_paragraph(content)
        elif typ == "ul":
            for x in content:
                doc.add_paragraph(x, style="List Bullet")
        elif typ == "dims":
            for k, v in content:
                para = doc.add_paragraph()
                para.add_run(k + ": ").bold = True
                para.add_run(v)
        else:
            for tt, c in content:
                if tt == "p":
                    doc.add_paragraph(c)
                elif tt == "list":
                    for r in c:
                        doc.add_paragraph(report_text(r, d["vl"]), style="List Bullet")
                else:
                    lang = d["lang"]
                    rt = doc.add_table(rows=1, cols=3)
                    rt.style = "Table Grid"
                    for i, h in enumerate([lab("rt", lang), lab("rc", lang), lab("fte", lang)]):
                        rt.rows[0].cells[i].text = h
                    for r in c:
                        cells = rt.add_row().cells
                        cells[0].text, cells[1].text = r["title"], r["classification"] or ""
                        cells[2].text = "" if r["fte"] is None else str(r["fte"])
    if d["classified"]:
        doc.add_paragraph(f"{lab('classified', d['lang'])}: {d['classified']}")
    if d["contact"]:
        doc.add_paragraph(f"{lab('contact', d['lang'])}: {d['contact']}")
    doc.add_paragraph(f"{SITE[d['vl']][7]}: {d['modified'].isoformat()}")
    return docx_fixed(doc)


# ---------------------------------------------------------------- printed pages: PDF and scanned printouts
def printed_pages(d, width=92, per_page=58):
    L = []
    for line in page_lines(d, bullet="• "):
        line = line.replace("\t", "    ")
        L += textwrap.wrap(line, width) or [""]
    chunks = [L[i:i + per_page] for i in range(0, len(L), per_page)]
    stamp = f"{d['modified'].month}/{d['modified'].day}/{d['modified'].year % 100}, 10:{R.randint(10, 59)} AM"
    head = f"{stamp}    {title_display(d)[0]} - {SITE[d['vl']][0]}"
    url = f"https://intranet.example.gc.ca/{d['vl']}/hr/wd/{d['p']['number']}.html"
    pages = []
    for i, ch in enumerate(chunks, 1):
        pages.append("\n".join([head, ""] + ch + ["", f"{url}    {i}/{len(chunks)}"]))
    return pages


def render_pdf(d):
    pages = [p.replace("\u202f", "\xa0").replace("œ", "oe") for p in printed_pages(d)]
    return pdf_bytes(pages)


DIGIT_MAP = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER_MAP = [("rn", "m"), ("m", "rn"), ("e", "c"), ("li", "h"), ("é", "e"), ("è", "e"), ("l", "1"), ("cl", "d")]


def damage(text, strength):
    rate = {"light": 0.08, "medium": 0.2}[strength]
    out = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch in DIGIT_MAP and R.random() < rate:
                chars.append(DIGIT_MAP[ch] if ch != "1" or R.random() < 0.6 else "l")
            else:
                chars.append(ch)
        line = "".join(chars)
        for a, b in LETTER_MAP:
            if a in line and R.random() < rate:
                i = line.find(a, R.randint(0, max(0, len(line) - 1)) // 2)
                if i >= 0:
                    line = line[:i] + b + line[i + len(a):]
        if " " in line and R.random() < rate:
            i = line.find(" ", R.randint(0, len(line)))
            if i > 0:
                line = line[:i] + line[i + 1:]
        out.append(line)
    return "\n".join(out)


def render_ocr(d):
    pages = printed_pages(d, width=84, per_page=52)
    res = []
    for pg in pages:
        lines = pg.split("\n")
        new, carry = [], ""
        for ln in lines:  # hyphenate some long lines' last word, its end going to the next line
            ln = (carry + " " + ln if ln else carry + ln) if carry else ln
            carry = ""
            if len(ln) > 70 and R.random() < 0.25 and " " in ln:
                head, last = ln.rsplit(" ", 1)
                if len(last) > 6 and last.isalpha():
                    cut = len(last) // 2
                    new.append(head + " " + last[:cut] + "-")
                    carry = last[cut:]
                    continue
            new.append(ln)
        if carry:
            new.append(carry)
        res.append(damage("\n".join(new), d["damage"]))
    return ("\n\f".join(res) + "\n").encode("utf-8")


RENDER = {"html": render_html, "text": render_text, "text-cp1252": render_cp1252, "markdown": render_md,
          "docx": render_docx, "pdf": render_pdf, "ocr": render_ocr}
EXT = {"html": ".html", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf",
       "ocr": ".txt"}


def file_name(d, i):
    t = d["title"]
    n = d["p"]["number"]
    k = d["kind"]
    fr = d["vl"] == "fr"
    pick = i % 5
    if k == "html":
        return [f"{t} - {SITE[d['vl']][0]}", f"Work description {n} _ Intranet" if not fr else f"Description de travail {n} _ Intranet",
                f"{t} _ {SITE[d['vl']][3]}", f"EWD_{d['classification']}_{t}", f"{t} (1)"][pick] + (".htm" if i % 4 == 3 else ".html")
    if k == "text":
        return [f"copied from portal - {t}", f"{t} (copie du portail)" if fr else f"{t} - pasted", f"WD {n} {t}",
                f"{t} - portal text", f"{t}"][pick] + ".txt"
    if k == "markdown":
        return [f"{t}", f"{t} (pandoc)", f"wd-{n}", f"{t} - converted", f"{t} - HR Portal"][pick] + ".md"
    if k == "text-cp1252":
        return [f"{t} - notepad", f"WD {t}", f"{t} (from intranet)"][pick % 3] + ".txt"
    if k == "docx":
        return [f"{t} - export", f"EWD {d['classification']} {t} - signed", f"{t}", f"Description de travail_{t}",
                f"{t} (1)"][pick] + ".docx"
    if k == "pdf":
        return [f"{t} - printed from portal", f"{t} - HR Portal", f"WD {n} {t}"][pick % 3] + ".pdf"
    return [f"SCAN{R.randint(1000, 9999)} {t}", f"img{R.randint(100, 999)} {t} printout OCR", f"{t} - scanned"][pick % 3] + ".txt"


def setup(d, i):
    d["sep"] = sep_for(d["kind"])
    d["layout"] = ["table", "dl", "br"][i % 3]
    d["ents"] = d["vl"] == "fr" and i % 2 == 0 or d["lang"] == "bi" and i % 3 == 0
    d["charset"] = "windows-1252" if d["kind"] == "html" and i % 7 == 2 else "utf-8"
    d["time_tag"] = i % 2 == 1
    d["paste"] = "tab" if i % 2 == 0 else "lines"
    d["mdtable"] = "simple" if i % 2 == 0 else "pipe"
    d["damage"] = ["light", "medium"][i % 2]
    if d["charset"] == "windows-1252":
        d["sep"] = "\xa0"


# ---------------------------------------------------------------- expected YAML
def q(s):
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    if isinstance(s, dt.date):
        return s.isoformat()
    return "'" + str(s).replace("'", "''") + "'"


def emit(obj, ind=0):
    pad = " " * ind
    L = []
    for k, v in obj.items():
        if isinstance(v, dict):
            L.append(f"{pad}{k}:")
            L += emit(v, ind + 2)
        elif isinstance(v, list):
            if not v:
                L.append(f"{pad}{k}: []")
                continue
            L.append(f"{pad}{k}:")
            for it in v:
                if isinstance(it, dict):
                    sub = emit(it, ind + 2)
                    L.append(f"{pad}- " + sub[0].lstrip())
                    L += sub[1:]
                else:
                    L.append(f"{pad}- {q(it)}")
        else:
            L.append(f"{pad}{k}: {q(v)}")
    return L


def truth(d, fname):
    f = dict(title=d["title"], classification=d["classification"], job_code=d["job_code"],
             position_number=d["position_number"], effective_date=d["eff"],
             supervisor=dict(position_number=d["sup"]["number"] if d["sup"]["number_shown"] else None,
                             title=d["sup"]["title"],
                             classification=d["sup"]["classification"] if d["sup"]["class_shown"] else None),
             direct_reports=[dict(title=r["title"], classification=r["classification"], fte=r["fte"]) for r in d["reports"]],
             salary=d["salary"], o_and_m=d["o_and_m"], total=d["total"], location=d["location"])
    ns = [k for k in ("job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "classification") if f["supervisor"][k] is None]
    ns += [k for k in ("o_and_m", "total", "location") if f[k] is None]
    also = dict(department=d["p"]["dept_fr"] if d["vl"] == "fr" else d["p"]["dept_en"], fte=d["fte_total"])
    if d["lang"] == "bi":
        also["title_fr"] = d["p"]["title_fr"]
        also["title_form"] = d["title_form"]
    form = {"html": f"saved page, fields as {d['layout']}, charset {d['charset']}" + (", named entities" if d["ents"] else ""),
            "text": f"page copied and pasted, fields {'tab-separated' if d['paste'] == 'tab' else 'label line then value line'}",
            "text-cp1252": "pasted into Notepad, CRLF", "markdown": f"pandoc conversion, {d['mdtable']} field table",
            "docx": "portal export to Word, two-column field table", "pdf": "browser print to PDF",
            "ocr": "scanned browser printout"}[d["kind"]]
    also["form"] = form
    also["supervisor_style"] = d["sup"]["style"]
    also["reports_style"] = d["reports_style"]
    also["amount_notation"] = d["notation"]
    if d["kind"] == "ocr":
        also["damage"] = d["damage"]
    if d["posno_shown"] and not d["position_number"]:
        also["position_number_printed"] = d["posno_shown"]
    if d["kind"] in ("html", "text", "markdown", "docx", "pdf", "ocr"):
        also["page_date_modified_not_effective"] = d["modified"].isoformat()
    if d["sup"].get("pi") is not None and positions[d["sup"]["pi"]]["file"]:
        also["reports_to_in_corpus"] = positions[d["sup"]["pi"]]["file"]
    also["related_links_not_reports"] = True if d["kind"] in ("html", "text", "markdown", "pdf", "ocr") else None
    if also["related_links_not_reports"] is None:
        del also["related_links_not_reports"]
    return dict(document=fname, kind=d["kind"], language="bilingual" if d["lang"] == "bi" else d["lang"],
                outcome="import", fields=f, not_stated=ns, also=also, people=people(d), versions=None)


# ---------------------------------------------------------------- refusals
def refusals():
    docs = []
    # 1. intranet news page on executive talent management (HTML, no position)
    h = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Executive talent management &ndash; "
         "HR Portal</title><style>nav ul{list-style:none}</style></head><body>\n<nav><ul><li><a href=\"/\">Home</a></li>"
         "<li><a href=\"/hr\">My HR</a></li><li><a href=\"/hr/wd\">Work descriptions</a></li></ul></nav>\n<main>"
         "<h1>Executive talent management: 2024&ndash;2025 cycle</h1>\n<p>The talent management questionnaire is "
         "mandatory for EX-03 to EX-05 executives and voluntary for EX-01 and EX-02. Managers of executives hold "
         "the talent conversation and place each executive on the talent map by March&nbsp;31.</p>\n<table><tr><th>"
         "Step</th><th>Due</th></tr><tr><td>Questionnaire submitted</td><td>January 31, 2025</td></tr><tr><td>"
         "Talent map placement</td><td>March 31, 2025</td></tr></table>\n<p>Questions: Ghislaine Marchbank, "
         "Executive Programs &amp; Talent.</p></main>\n<footer><dl><dt>Date modified:</dt><dd>2024-09-12</dd></dl>"
         "</footer></body></html>\n")
    docs.append(("Executive talent management - HR Portal.html", "html", "en", h.encode(), ["Ghislaine Marchbank"],
                 "intranet news page on the talent management cycle"))
    # 2. search results page listing many work descriptions
    rows = "".join(f"<tr><td><a href=\"/hr/wd/{p['number']}.html\">{html.escape(p['title_fr'])}</a></td><td>{p['level']}"
                   f"</td><td>{p['number']}</td></tr>\n" for p in positions[:12])
    h = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>R&eacute;sultats de recherche &ndash; "
         "Portail RH</title></head><body><nav><a href=\"/\">Accueil</a> &gt; <a href=\"/rh\">Mes RH</a></nav>\n<main>"
         "<h1>R&eacute;sultats de recherche : descriptions de travail EX</h1><p>12 r&eacute;sultats sur 43</p>\n"
         "<table><thead><tr><th>Titre du poste</th><th>Groupe et niveau</th><th>Num&eacute;ro de poste</th></tr>"
         f"</thead><tbody>\n{rows}</tbody></table><p><a href=\"?page=2\">Page suivante</a></p></main></body></html>\n")
    docs.append(("Résultats de recherche - descriptions de travail EX.html", "html", "fr", h.encode(), [],
                 "search results page listing twelve work descriptions"))
    # 3. memo pasted from e-mail
    m = ("From: Oriane Szczepanik\r\nTo: EX classification team\r\nSubject: RE: EX-01 staffing – work descriptions on the portal\r\n"
         "Date: March 4, 2024\r\n\r\nHi all,\r\n\r\nA reminder that the work descriptions for the three EX-01 Director positions "
         "in Program Operations must be posted on the HR Portal before the staffing process opens. Salary envelopes "
         "($1,250,000 each) are confirmed by Finance.\r\n\r\nThanks,\r\nOriane\r\n")
    docs.append(("RE_ EX-01 staffing - memo.txt", "text-cp1252", "en", m.encode("cp1252"), ["Oriane Szczepanik"],
                 "e-mail memo about posting work descriptions"))
    # 4. org chart converted to Markdown
    o = ["# Organization chart \\- Corporate Services {#org-chart}", "",
         "-   Assistant Deputy Minister, Corporate Services (EX-04)"]
    for p in positions[:5]:
        o.append(f"    -   {md_esc(p['title_en'])} ({p['level']})")
    o += ["", "Date modified: 2024-06-03", "", "  [Home]: https://intranet.example.gc.ca/"]
    docs.append(("Org chart - Corporate Services (pandoc).md", "markdown", "en", ("\n".join(o) + "\n").encode(), [],
                 "organization chart as a nested list"))
    # 5. scan without a text layer
    docs.append(("scan0042 - DT directeur signée.pdf", "pdf", "fr", pdf_bytes(["", ""]), [],
                 "scanned PDF without a text layer"))
    return docs


# ---------------------------------------------------------------- main
def main():
    for p in (CORPUS, EXPECTED):
        if p.exists():
            shutil.rmtree(p)
        p.mkdir(parents=True)
    docs = []
    for i, p in enumerate(positions):
        d = build(i, KINDS[i], LANGS[i])
        setup(d, i)
        d["fname"] = file_name(d, i)
        p["file"] = d["fname"]
        docs.append(d)
    # versions: an older saved page of one HTML position, a DRAFT Word file of one other position
    html_docs = [d for d in docs if d["kind"] == "html" and d["eff"]]
    other = [d for d in docs if d["kind"] in ("text", "markdown") and d["eff"]]
    v1, v2 = html_docs[0], other[0]
    old1 = build(v1["pi"], "html", v1["lang"], older=True)
    setup(old1, 1)
    old1["eff"] = v1["eff"].replace(year=v1["eff"].year - 3)
    old1["eff_shown"] = date_text(old1["eff"], old1["vl"], "iso")
    old1["modified"] = dt.date(2020, 5, 14)
    old1["fname"] = f"{v1['title']} - {SITE[v1['vl']][0]} (saved 2020).htm"
    old2 = build(v2["pi"], "docx", v2["lang"], older=True)
    setup(old2, 2)
    old2["eff"], old2["eff_shown"] = None, ""
    old2["fname"] = f"{v2['title']} DRAFT.docx"
    for old, new, note in ((old1, v1, "older saved page: earlier effective date, other salary and O&M"),
                           (old2, v2, "DRAFT Word file before the page was posted: no effective date, other salary and O&M")):
        old["versions"] = new["versions"] = dict(documents=[old["fname"], new["fname"]], newest=new["fname"],
                                                 same_text=False, note=note)
        docs.append(old)
    names = set()
    for d in docs:
        assert d["fname"] not in names, d["fname"]
        names.add(d["fname"])
        (CORPUS / d["fname"]).write_bytes(RENDER[d["kind"]](d))
    for d in docs:
        t = truth(d, d["fname"])
        t["versions"] = d.get("versions")
        (EXPECTED / (d["fname"] + ".expected.yaml")).write_text("\n".join(emit(t)) + "\n", encoding="utf-8")
    for fname, kind, lang, data, ppl, what in refusals():
        (CORPUS / fname).write_bytes(data)
        t = dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                 also=dict(what=what), people=ppl, versions=None)
        (EXPECTED / (fname + ".expected.yaml")).write_text("\n".join(emit(t)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
