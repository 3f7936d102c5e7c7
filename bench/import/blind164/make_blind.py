"""Generator of blind corpus blind164: executive work descriptions of small departments, agencies,
tribunals and commissions, and five documents to refuse. Deterministic: run from the repository
root, `python bench/import/blind164/make_blind.py`; it rewrites corpus/ and expected/."""
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
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import DEPTS, LOCS, P, GIVEN, FAMILY  # noqa: E402

rng = random.Random(164)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
used_names = set()


def person():
    while True:
        n = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if n not in used_names:
            used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    # French
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def fmt_amt(v, style):
    if style == "M" and v % 10000 == 0:
        return f"${v / 1e6:.2f}M"
    if style in ("K", "M"):
        return f"${v // 1000:,}K"
    if style == "full":
        return f"${v:,}"
    if style == "frM" and v % 10000 == 0:
        return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
    sep = "\u00a0" if style == "frnb" else " "
    return f"{v:,}".replace(",", sep) + " $"


def fmt_fte(f, fr=False):
    s = f"{f:g}"
    return s.replace(".", ",") if fr else s


# ---------------------------------------------------------------- labels
LAB = {
    "en": dict(title="Position title", cls="Group and level", num="Position number", jc="Job code",
               eff="Effective date", dept="Organization", loc="Location", st="Supervisor's position title",
               sc="Supervisor's group and level", sn="Supervisor's position number",
               ga="GENERAL ACCOUNTABILITY", os="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", sal="Salary", om="O&M", tot="Total",
               fte="FTEs", inc="Incumbent", clsby="Classified by", appr="Approved by"),
    "fr": dict(title="Titre du poste", cls="Groupe et niveau", num="Numéro de poste", jc="Code d'emploi",
               eff="Date d'entrée en vigueur", dept="Organisation", loc="Lieu de travail",
               st="Titre du poste du superviseur", sc="Groupe et niveau du superviseur",
               sn="Numéro de poste du superviseur", ga="RESPONSABILITÉS GÉNÉRALES",
               os="STRUCTURE DE L'ORGANISATION", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS",
               sa="ACTIVITÉS PRINCIPALES", sal="Salaires", om="F et E", tot="Total", fte="ETP",
               inc="Titulaire", clsby="Classifié par", appr="Approuvé par"),
}
CAPS = {
    "en": dict(title="TITLE", cls="GROUP/LEVEL", num="POSITION NO.", jc="JOB CODE", eff="EFFECTIVE",
               dept="ORGANIZATION", loc="LOCATION", rep="REPORTS TO"),
    "fr": dict(title="TITRE", cls="GROUPE/NIVEAU", num="NO DE POSTE", jc="CODE D'EMPLOI", eff="EN VIGUEUR",
               dept="ORGANISATION", loc="LIEU", rep="RELÈVE DE"),
}


def lab(lang, key):
    if lang == "bilingual":
        return f"{LAB['en'][key]} / {LAB['fr'][key]}"
    return LAB[lang][key]


# ---------------------------------------------------------------- prose
def prose(p, lang):
    """General accountability, nature and scope and specific accountabilities."""
    key, dk, title, title_fr = p[0], p[1], p[2], p[3]
    den, dfr = DEPTS[dk]
    sup, sup_fr = p[5][0], p[5][1]
    en = dict(
        ga=f"The {title} is accountable for directing the {rng.choice(['registry, case management and secretariat', 'corporate, planning and advisory', 'operational and client service', 'governance and support'])} "
           f"functions of the {den}, and for providing the {sup} with timely, impartial advice so that the "
           f"organization discharges its statutory mandate fairly, efficiently and in both official languages.",
        ns=[f"The {den} is a small federal organization whose decisions and services affect Canadians, industry "
            f"and other governments directly. Its caseload, its statutory time limits and the expectations of "
            f"parties and the public leave little room for delay or error, and the organization has few "
            f"specialists to absorb unexpected demands.",
            f"The incumbent works in an environment where quasi-judicial independence must be protected: "
            f"administrative and operational support must never be seen to influence the outcome of a matter "
            f"before the members. The position therefore balances service standards, the duty of fairness and "
            f"the expectations of central agencies, with a budget that is modest and largely committed.",
            f"Staff are few and often shared with other units; part-time and shared arrangements are common "
            f"and the incumbent must plan work so that key functions are covered at all times."],
        sa=["Plans, directs and evaluates the programs and services of the unit and sets its service standards.",
            f"Advises the {sup} on operational, legal and administrative issues, risks and options.",
            "Manages the unit's human and financial resources, including its cost-recovery and revenue arrangements where applicable.",
            "Represents the organization with central agencies, portfolio partners and stakeholders.",
            "Ensures that records, decisions and information holdings are managed in accordance with legislation and policy."],
    )
    fr = dict(
        ga=f"Le titulaire du poste de {title_fr[0].lower() + title_fr[1:]} est responsable de la direction des fonctions "
           f"de {rng.choice(['greffe, de gestion des cas et de secrétariat', 'services corporatifs, de planification et de conseil', 'service à la clientèle et d’opérations', 'gouvernance et de soutien'])} "
           f"de l'organisation ({dfr}) et de la prestation de conseils impartiaux et opportuns à la personne "
           f"qui occupe le poste de {sup_fr[0].lower() + sup_fr[1:]}.",
        ns=[f"L'organisation ({dfr}) est un petit organisme fédéral dont les décisions et les services touchent "
            f"directement la population canadienne, l'industrie et d'autres gouvernements. Les délais prévus "
            f"par la loi et les attentes des parties laissent peu de place aux retards ou aux erreurs.",
            "Le titulaire œuvre dans un milieu où l'indépendance quasi judiciaire doit être protégée : le soutien "
            "administratif ne doit jamais sembler influer sur l'issue d'une affaire dont les membres sont saisis.",
            "Le personnel est peu nombreux et souvent partagé avec d'autres unités; les arrangements à temps "
            "partiel ou partagés sont fréquents."],
        sa=["Planifie, dirige et évalue les programmes et services de l'unité et en fixe les normes de service.",
            "Conseille la haute direction sur les questions opérationnelles, juridiques et administratives.",
            "Gère les ressources humaines et financières de l'unité, y compris les accords de recouvrement des coûts.",
            "Représente l'organisation auprès des organismes centraux et des partenaires du portefeuille.",
            "Veille à la gestion des documents et des décisions conformément aux lois et aux politiques."],
    )
    if lang == "en":
        return en
    if lang == "fr":
        return fr
    return dict(ga=en["ga"] + "\n" + fr["ga"], ns=[en["ns"][0], fr["ns"][0], en["ns"][1], fr["ns"][1]],
                sa=[a + " / " + b for a, b in zip(en["sa"][:4], fr["sa"][:4])])


# ---------------------------------------------------------------- plan
KINDS = (["pdf"] * 11 + ["docx"] * 11 + ["ocr"] * 7 + ["ocr-columns"] * 1 + ["text"] * 5
         + ["text-cp1252"] * 4 + ["markdown"] * 6)
LANGS = ["en"] * 20 + ["fr"] * 13 + ["bilingual"] * 12
VERSIONED = {"sst-ops": ("docx", "pdf"), "cb-sg": ("text", "markdown")}


def plan():
    docs = []
    for p in P:
        docs.append([p, None])
        if p[0] in VERSIONED:
            docs.append([p, "new"])
    kinds = KINDS[:]
    rng.shuffle(kinds)
    langs = LANGS[:]
    rng.shuffle(langs)
    # the versions get fixed kinds; give the others the shuffled rest
    for d in docs:
        if d[0][0] in VERSIONED:
            k = VERSIONED[d[0][0]][0 if d[1] is None else 1]
            kinds.remove(k)
    out = []
    for p, ver in docs:
        k = VERSIONED[p[0]][0 if ver is None else 1] if p[0] in VERSIONED else kinds.pop()
        lang = langs.pop()
        out.append(dict(p=p, ver=ver, kind=k, lang=lang))
    return out


NUMS = {}


def numbers():
    for p in P:
        NUMS[p[0]] = str(rng.randint(10000, 999999))


def supervisor_key(p):
    for q in P:
        if q[1] == p[1] and q[2] == p[5][0]:
            return q[0]
    return None


# ---------------------------------------------------------------- one description as blocks
def build(d, idx):
    p, lang, kind = d["p"], d["lang"], d["kind"]
    key, dk, title, title_fr, level, sup, lockey, reports, (sal, om), fte, bmode = p
    fr = lang == "fr"
    if key == "cb-sg" and d["ver"] is None:  # the older version: before the Chief Economist's unit grew
        sal, fte = sal - 180000, 17
    den, dfr = DEPTS[dk]
    loc_en, loc_fr = LOCS[lockey]
    truth_title = title_fr if fr else title
    form = "profile" if (fte <= 10 and rng.random() < 0.7) else rng.choice(["labelled", "labelled", "capitals"])
    not_stated, also, people = [], {}, []
    also["department"] = dfr if fr else den
    if lang == "bilingual":
        also["title_fr"] = title_fr
    if fr:
        also["title_en"] = title

    # effective date, position number, job code
    eff = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if d["ver"] == "new":
        eff = eff.replace(year=2025)
    elif p[0] in VERSIONED:
        eff = eff.replace(year=2022)
    dstyle = "fr" if fr else rng.choice(["long", "dmy", "iso", "long", "slash"] + (["fr"] if lang == "bilingual" else []))
    eff_txt = fmt_date(eff, dstyle)
    if rng.random() < 0.12 and p[0] not in VERSIONED:
        eff, eff_txt = None, rng.choice(["", "To be determined", "TBD"]) if not fr else rng.choice(["", "À déterminer"])
        not_stated.append("effective_date")
    posnum = NUMS[key]
    pn_txt = posnum
    if rng.random() < 0.15:
        posnum = None
        pn_txt = rng.choice(["NEW", "TBD", "Vacant", "N/A", None]) if not fr else rng.choice(["Nouveau", "À déterminer", None])
        not_stated.append("position_number")
        also["position_number_printed"] = pn_txt
    jc = str(rng.randint(100100, 109999)) if rng.random() < 0.6 else None
    jc_txt = jc if jc else rng.choice(["N/A", None, "s.o." if fr else "n/a"])
    if jc is None:
        not_stated.append("job_code")
    # supervisor
    skey = supervisor_key(p)
    s_title, s_title_fr, s_cls = sup
    s_num = None
    if skey:
        also["reports_to_in_corpus"] = "?" + skey
        if rng.random() < 0.6:
            s_num = NUMS[skey]
    elif s_cls and s_cls.startswith("EX") and rng.random() < 0.5:
        s_num = str(rng.randint(10000, 999999))
    s_cls_txt = s_cls
    if s_cls and s_cls.startswith("GC") and rng.random() < 0.3:
        s_cls = None
        s_cls_txt = "Nomination par le gouverneur en conseil" if fr else "Governor in Council appointment"
    if s_cls is None:
        not_stated.append("supervisor.classification")
    if s_num is None:
        not_stated.append("supervisor.position_number")
    sup_title_doc = s_title_fr if fr else s_title
    # budget
    om_v = om - 45000 if (p[0] in VERSIONED and d["ver"] is None and p[0] == "sst-ops") else om
    astyle = rng.choice(["fr", "frnb", "frM"]) if fr else rng.choice(["full", "K", "M", "full"])
    total = sal + om_v
    rev = round(total * rng.choice([0.18, 0.35, 0.6, 0.9]), -3) if bmode in ("costrec", "revenue", "netvote") else 0
    dim = []  # (label, value)
    L = lambda k: lab(lang, k)  # noqa: E731
    dim.append((L("sal"), fmt_amt(sal, astyle)))
    dim.append((L("om"), fmt_amt(om_v, astyle)))
    truth_total = total
    if bmode == "plain" and rng.random() < 0.2:
        bmode = "nototal"
    if bmode == "nototal" or bmode == "netvote":
        truth_total = None
        not_stated.append("total")
    if bmode in ("plain", "costrec", "revenue"):
        tl = L("tot") if bmode == "plain" else (("Total brut" if fr else "Gross expenditures") if lang != "bilingual" else "Gross expenditures / Dépenses brutes")
        dim.append((tl, fmt_amt(total, astyle)))
    if bmode == "costrec":
        dim.append(("Recouvrement des coûts" if fr else "Cost recovery (respendable)", "(" + fmt_amt(rev, astyle) + ")"))
        dim.append(("Dépenses nettes" if fr else "Net expenditures", fmt_amt(total - rev, astyle)))
        also["cost_recovery"] = rev
        also["net"] = total - rev
    if bmode == "revenue":
        dim.append(("Recettes non disponibles (droits perçus)" if fr else "Revenues collected (non-respendable, credited to the CRF)", fmt_amt(rev, astyle)))
        also["revenues"] = rev
    if bmode == "netvote":
        dim.append(("Moins : recettes disponibles" if fr else "Less: respendable revenues", fmt_amt(rev, astyle)))
        dim.append(("Crédit net" if fr else "Net vote", fmt_amt(total - rev, astyle)))
        also["respendable_revenues"] = rev
        also["net_vote"] = total - rev
    dim.append((L("fte"), fmt_fte(fte, fr)))
    also["fte"] = fte
    also["budget_layout"] = bmode
    # supervisor's own ghost figures in the text: a trap for the DG-level ones
    # direct reports
    layout = rng.choice(["bullets", "table", "sentence"]) if form != "profile" else "team"
    rep_truth, rep_lines, rep_rows = [], [], []
    for (t, tf, c, f, n) in reports:
        tt = tf if fr else t
        cls_known = c if rng.random() > 0.08 else None
        rt = dict(title=tt, classification=cls_known, fte=(n if n > 1 else f))
        rep_truth.append(rt)
        cc = cls_known or ""
        if n > 1:
            word = "x"
            rep_lines.append(f"{tt} ({n} {word} {cc})" if cc else f"{tt} ({n} {'postes' if fr else 'positions'})")
            rep_rows.append((tt, f"{n} x {cc}" if cc else "", str(n)))
        elif f is None:
            rep_lines.append(f"{tt} ({cc}) — {'aucun personnel' if fr else 'no staff'}" if cc else f"{tt} — {'aucun personnel' if fr else 'no staff'}")
            rep_rows.append((tt, cc, "—"))
        elif f < 1 or f != int(f):
            sh = " (poste partagé)" if fr else rng.choice([" (shared with the Secretariat)", " (part-time)", ""])
            rep_lines.append(f"{tt} ({cc}) — {fmt_fte(f, fr)} {'ETP' if fr else 'FTE'}{sh}")
            rep_rows.append((tt, cc, fmt_fte(f, fr) + sh))
        else:
            rep_lines.append(f"{tt} ({cc}) — {fmt_fte(f, fr)} {'ETP' if fr else 'FTEs'}" if cc else f"{tt} — {fmt_fte(f, fr)} {'ETP' if fr else 'FTEs'}")
            rep_rows.append((tt, cc, fmt_fte(f, fr)))
    also["reports_layout"] = layout
    # names
    inc = person() if rng.random() < 0.6 else None
    clsby = person()
    appr = person()
    people = [x for x in (inc, clsby, appr) if x]

    txt = prose(p, lang)
    B = []
    hdr = {"en": "EXECUTIVE POSITION DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION",
           "bilingual": "EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE DE DIRECTION"}[lang]
    if form == "profile":
        hdr = {"en": "POSITION PROFILE — SMALL UNIT", "fr": "PROFIL DE POSTE — PETITE UNITÉ",
               "bilingual": "POSITION PROFILE / PROFIL DE POSTE"}[lang]
    B.append(("h1", hdr))
    B.append(("p", dfr if fr else (den if lang == "en" else f"{den} / {dfr}")))
    title_doc = title_fr if fr else (title if lang == "en" else f"{title} / {title_fr}")
    loc_doc = loc_fr if fr else loc_en
    if lang == "bilingual":
        loc_doc = f"{loc_en} / {loc_fr}"
    sup_cls_part = f" ({s_cls_txt})" if s_cls_txt else ""
    if form == "capitals":
        C = CAPS["fr" if fr else "en"]
        B.append(("kv", C["title"], title_doc.upper() if rng.random() < 0.3 else title_doc))
        B.append(("kv", C["cls"], level))
        if pn_txt is not None:
            B.append(("kv", C["num"], pn_txt))
        if jc_txt is not None:
            B.append(("kv", C["jc"], jc_txt))
        B.append(("kv", C["eff"], eff_txt))
        B.append(("kv", C["loc"], loc_doc))
        rep = f"{s_title_fr if fr else s_title}{sup_cls_part}"
        if s_num:
            rep += f", {'poste' if fr else 'position'} {s_num}"
        B.append(("kv", C["rep"], rep))
    else:
        B.append(("kv", L("title"), title_doc))
        B.append(("kv", L("cls"), level))
        if pn_txt is not None:
            B.append(("kv", L("num"), pn_txt))
        if jc_txt is not None:
            B.append(("kv", L("jc"), jc_txt))
        B.append(("kv", L("eff"), eff_txt))
        B.append(("kv", L("loc"), loc_doc))
        B.append(("kv", L("st"), s_title if not fr and lang == "en" else (s_title_fr if fr else f"{s_title} / {s_title_fr}")))
        if s_cls_txt:
            B.append(("kv", L("sc"), s_cls_txt))
        if s_num:
            B.append(("kv", L("sn"), s_num))
    if lang == "bilingual" and not (form != "capitals"):
        pass
    if form == "profile":
        B.append(("h2", {"en": "Purpose", "fr": "Raison d'être", "bilingual": "Purpose / Raison d'être"}[lang]))
        B.append(("p", txt["ga"]))
        B.append(("h2", {"en": "Team", "fr": "Équipe", "bilingual": "Team / Équipe"}[lang]))
        B.append(("ul", rep_lines))
        B.append(("h2", {"en": "Resources", "fr": "Ressources", "bilingual": "Resources / Ressources"}[lang]))
        B.append(("table", ["", ""], [list(x) for x in dim]))
        B.append(("h2", {"en": "Key activities", "fr": "Activités clés", "bilingual": "Key activities / Activités clés"}[lang]))
        B.append(("ul", txt["sa"][:3]))
    else:
        B.append(("h2", L("ga")))
        B.append(("p", txt["ga"]))
        B.append(("h2", L("os")))
        who = s_title_fr if fr else s_title
        if fr:
            intro = f"Le poste relève directement du titulaire du poste de {who[0].lower() + who[1:]}{sup_cls_part}. Relèvent du poste :"
        else:
            intro = f"The position reports directly to the {who}{sup_cls_part}. Reporting to the position are:"
            if lang == "bilingual":
                intro += f" / Le poste relève du titulaire du poste de {s_title_fr[0].lower() + s_title_fr[1:]}."
        if layout == "sentence":
            parts = [x.replace(" — ", ", ") for x in rep_lines]
            intro = intro[:-1] + (" " if fr else " the ") + "; ".join(parts[:-1]) + (" et " if fr else "; and ") + parts[-1] + "."
            B.append(("p", intro))
        elif layout == "bullets":
            B.append(("p", intro))
            B.append(("ul", rep_lines))
        else:
            B.append(("p", intro))
            head = ["Poste", "Groupe/niveau", "ETP"] if fr else ["Position", "Group/level", "FTEs"]
            B.append(("table", head, [list(r) for r in rep_rows]))
        B.append(("h2", L("ns")))
        for para in txt["ns"]:
            B.append(("p", para))
        B.append(("h2", L("dim")))
        if rng.random() < 0.5:
            B.append(("table", ["", ""], [list(x) for x in dim]))
        else:
            for k, v in dim:
                B.append(("kv", k, v))
        B.append(("h2", L("sa")))
        B.append(("ul", txt["sa"]))
    # signatures
    B.append(("h2", {"en": "SIGNATURES", "fr": "SIGNATURES", "bilingual": "SIGNATURES"}[lang]))
    if inc:
        B.append(("kv", L("inc"), inc))
    B.append(("kv", L("clsby"), f"{clsby}, {'conseiller en classification' if fr else 'Classification Advisor'}"))
    B.append(("kv", L("appr"), f"{appr}, {s_title_fr if fr else s_title}"))
    fields = dict(
        title=truth_title, classification=level, job_code=jc, position_number=posnum, effective_date=eff,
        supervisor=dict(position_number=s_num, title=sup_title_doc, classification=s_cls),
        direct_reports=rep_truth, salary=sal, o_and_m=om_v, total=truth_total,
        location=loc_fr if fr else loc_en)
    also["form"] = form
    return dict(blocks=B, fields=fields, not_stated=not_stated, also=also, people=people,
                header=(dfr if fr else den), title=truth_title, level=level, dstyle=dstyle, fr=fr)


# ---------------------------------------------------------------- renderers
def to_lines(B, width=95, md=False):
    out = []
    for b in B:
        if b[0] == "h1":
            out += (["# " + b[1]] if md else [b[1], "=" * min(len(b[1]), width)]) + [""]
        elif b[0] == "h2":
            out += ["", ("## " + b[1]) if md else b[1].upper(), ""]
        elif b[0] == "kv":
            out.append(f"**{b[1]}:** {b[2]}  " if md else f"{b[1]}: {b[2]}")
        elif b[0] == "p":
            for para in b[1].split("\n"):
                out += ([para] if md else textwrap.wrap(para, width)) + [""]
        elif b[0] == "ul":
            for it in b[1]:
                out += (["* " + it] if md else textwrap.wrap(it, width, initial_indent="- ", subsequent_indent="  "))
            out.append("")
        elif b[0] == "table":
            head, rows = b[1], b[2]
            if md:
                h = head if any(head) else ["Item", "Amount"]
                out += ["| " + " | ".join(h) + " |", "|" + "---|" * len(h)]
                out += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                w = [max(len(str(r[i])) for r in [head] + rows) + 3 for i in range(len(head))]
                if any(head):
                    out.append("".join(str(c).ljust(w[i]) for i, c in enumerate(head)).rstrip())
                out += ["".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
    return out


def paginate(lines, per, header, footer):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    return [[header(k + 1, n), ""] + pg + ["", footer(k + 1, n)] for k, pg in enumerate(pages)]


def render_docx(B, header, footer_text):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer_text
    kv_table = rng.random() < 0.4
    i = 0
    while i < len(B):
        b = B[i]
        if b[0] == "h1":
            doc.add_heading(b[1], 1)
        elif b[0] == "h2":
            doc.add_heading(b[1], 2)
        elif b[0] == "kv":
            run = [b]
            while i + 1 < len(B) and B[i + 1][0] == "kv":
                i += 1
                run.append(B[i])
            if kv_table:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for _, k, v in run:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
            else:
                for _, k, v in run:
                    para = doc.add_paragraph()
                    para.add_run(k + ": ").bold = True
                    para.add_run(v)
        elif b[0] == "p":
            for para in b[1].split("\n"):
                doc.add_paragraph(para)
        elif b[0] == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif b[0] == "table":
            head, rows = b[1], b[2]
            t = doc.add_table(rows=0, cols=len(head))
            t.style = "Table Grid"
            for r in ([head] if any(head) else []) + rows:
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = str(c)
        i += 1
    cp = doc.core_properties
    stamp = dt.datetime(2024, 5, 1, 9, 0, 0)
    cp.created = cp.modified = stamp
    cp.last_modified_by = cp.author = "hrkit blind corpus"
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return rezip(raw.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- OCR damage
STRENGTH = {"light": (0.12, 0.015, 0.01, 0.1), "medium": (0.3, 0.04, 0.03, 0.3), "heavy": (0.55, 0.08, 0.06, 0.5)}
DIG = {"0": "O", "1": "Il", "5": "S", "8": "B"}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "a"), ("t", "l")]


def damage_word(w, s):
    pd, pl, _, pdol = STRENGTH[s]
    if any(c.isdigit() for c in w):
        w = "".join(rng.choice(DIG[c]) if c in DIG and rng.random() < pd else c for c in w)
        if w.startswith("$") and rng.random() < pdol:
            w = "S" + w[1:]
    elif len(w) > 3 and rng.random() < pl:
        a, b = rng.choice(LET)
        if a in w[1:]:
            k = w.index(a, 1)
            w = w[:k] + b + w[k + len(a):]
    return w


def damage_line(line, s):
    pr = STRENGTH[s][2]
    words = line.split(" ")
    out = ""
    for j, w in enumerate(words):
        w = damage_word(w, s) if w else w
        if j == 0:
            out = w
        elif rng.random() < pr and w and out and out[-1].isalpha() and w[0].isalpha():
            out += w
        else:
            out += " " + w
    return out


def hyphenate(lines, width):
    """Re-wrap long prose lines narrower, cutting some words with a hyphen at the line end."""
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if len(cur) + 1 + len(w) > width and cur:
                if len(w) > 7 and w.isalpha() and rng.random() < 0.5:
                    k = rng.randint(3, len(w) - 3)
                    out.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                    continue
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def render_ocr(B, s, header, columns=False):
    lines = hyphenate(to_lines(B, 200), 72)
    if columns:
        # the first page's label block and the prose beside it were read across, row by row
        kv = [ln for ln in lines[:40] if ": " in ln and len(ln) < 70]
        rest = [ln for ln in lines if ln not in kv]
        merged = []
        for j in range(max(len(kv), 14)):
            left = kv[j] if j < len(kv) else ""
            right = rest[j] if j < len(rest) else ""
            merged.append((left.ljust(48) + right).rstrip())
        lines = merged + rest[14:]
    pages = paginate(lines, 48, lambda k, n: header, lambda k, n: rng.choice([f"Page {k} of {n}", f"- {k} -", f"{k}/{n}"]))
    return "\f\n".join("\n".join(damage_line(ln, s) for ln in pg) for pg in pages) + "\n"


# ---------------------------------------------------------------- file names
ABBR = {k: k for k in DEPTS}


def file_name(d, r, taken):
    p, kind, lang = d["p"], d["kind"], d["lang"]
    title, level, fr = r["title"].replace("/", "-"), r["level"], r["fr"]
    ext = {"pdf": ".pdf", "docx": ".docx", "markdown": ".md"}.get(kind, ".txt")
    if d["ver"] is None and p[0] in VERSIONED:
        opts = [f"{title} ({level}) DRAFT"]
    elif d["ver"] == "new":
        opts = [f"{title} ({level}) - signed" if not fr else f"{title} ({level}) - signée", f"{title} 2025 FINAL"]
    elif kind.startswith("ocr"):
        opts = [f"Scan_2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rng.randint(100, 999)}",
                f"{ABBR[p[1]]} scan - {title}", f"DT numérisée - {title}" if fr else f"Scanned WD {title}"]
    elif fr:
        opts = [f"Description de travail - {title} ({level})", f"DT {title} - signée", f"{title} ({level}) (1)",
                f"{ABBR[p[1]]} - {title} - version finale"]
    else:
        opts = [f"{title} ({level})", f"WD - {title} - {ABBR[p[1]]}", f"{title}, {level} - signed",
                f"{ABBR[p[1]]} {title} (1)", f"{title} - work description", f"EX WD {title} rev2"]
        if lang == "bilingual":
            opts += [f"{title} - bilingue", f"DT-WD {title}"]
    for _ in range(20):
        name = rng.choice(opts) + ext
        if name not in taken:
            taken.add(name)
            return name
    raise SystemExit("no free name")


# ---------------------------------------------------------------- documents to refuse
def refusals():
    docs = []
    # 1. a memo to a Chairperson (Word)
    a, b = person(), person()
    B = [("h1", "MEMORANDUM"), ("kv", "To", "Chairperson, Canadian Human Rights Tribunal"),
         ("kv", "From", f"{a}, Executive Director, Tribunal Secretariat"),
         ("kv", "Subject", "Reclassification of the Registrar position (EX-01), position 48213"),
         ("kv", "Date", "March 12, 2024"),
         ("p", "The purpose of this memorandum is to seek your approval to proceed with the reclassification of the "
               "Registrar position from PM-06 to EX-01, following the growth of the Registry to 8.5 FTEs and the "
               "addition of mediation services. The revised work description has been reviewed by the "
               "classification advisor and is attached separately."),
         ("p", "Financial implications: the incremental salary cost of $38,000 will be absorbed within the "
               "Secretariat's salary envelope of $1,760,000."),
         ("kv", "Recommendation", "That you approve the reclassification."),
         ("kv", "Approved", f"[  ]   Not approved [  ]     {b}, Chairperson")]
    docs.append(("Memo to Chairperson - reclassification Registrar.docx", "docx", "en", render_docx(B, "PROTECTED A", "CHRT-2024-031"), [a, b], "a cover memo: the position, its number and a level, no description"))
    # 2. a letter of offer (cp1252, French)
    a, b = person(), person()
    t = (f"Ottawa, le 3 juin 2024\r\n\r\n{a}\r\n214, rue des Érables\r\nGatineau (Québec)  J8Y 3K2\r\n\r\n"
         f"Objet : Offre de nomination – Directrice, Politiques et analyse économique (EX-01)\r\n\r\n"
         f"Madame,\r\n\r\nJ’ai le plaisir de vous offrir une nomination pour une période indéterminée au poste de "
         f"directrice, Politiques et analyse économique (EX-01), poste numéro 30417, au Conseil d’examen du prix "
         f"des médicaments brevetés, à Ottawa (Ontario), à compter du 2 juillet 2024.\r\n\r\nVotre traitement "
         f"annuel sera de 132\u00a0600 $, dans l’échelle salariale de 128\u00a0300 $ à 150\u00a0900 $. Les "
         f"conditions d’emploi des cadres de direction s’appliquent.\r\n\r\nVeuillez confirmer votre acceptation "
         f"en signant ci-dessous d’ici le 14 juin 2024.\r\n\r\n{b}\r\nDirectrice exécutive\r\n\r\n"
         f"J’accepte l’offre : ______________________   Date : __________\r\n")
    docs.append(("Lettre d'offre - Directrice, Politiques (EX-01).txt", "text-cp1252", "fr", t.encode("cp1252"), [a, b], "a letter of offer"))
    # 3. minutes of an executive committee (OCR)
    a, b, c = person(), person(), person()
    B = [("h1", "VETERANS REVIEW AND APPEAL BOARD - EXECUTIVE COMMITTEE"),
         ("p", "Minutes of the meeting of April 17, 2024, 10:00 to 11:30, Board Room 3, Charlottetown"),
         ("kv", "Present", f"{a} (Chair), {b} (Executive Director and General Counsel), {c} (Director, Operations)"),
         ("h2", "1. Adoption of the agenda"), ("p", "The agenda was adopted as circulated."),
         ("h2", "2. Organizational design"),
         ("p", "The Executive Director presented the proposal to create a Manager, Decision Support (PM-05) "
               "position and to reclassify the Director, Operations position (EX-01, position 62071). The "
               "committee agreed that the work descriptions be finalized by June 30, 2024."),
         ("h2", "3. Budget"),
         ("p", "Salary forecast $4,160,000; O&M $710,000; the projected lapse is $85,000."),
         ("h2", "4. Next meeting"), ("p", "May 15, 2024.")]
    docs.append(("Scan_20240419_EXCOM minutes.txt", "ocr", "en",
                 render_ocr(B, "medium", "VRAB-TACRA   EXCOM").encode("utf-8"), [a, b, c], "minutes of an executive committee"))
    # 4. an organization chart (Markdown, bilingual)
    names = [person() for _ in range(5)]
    t = ("# Copyright Board of Canada / Commission du droit d'auteur du Canada\n\n"
         "## Organization chart / Organigramme — 2024-2025\n\n"
         f"* **Chair / Président** (GCQ-7) — {names[0]}\n"
         f"  * **Secretary General / Secrétaire générale** (EX-02) — {names[1]}\n"
         f"    * General Counsel / Avocat général (LC-03) — {names[2]}\n"
         f"    * Director, Economic Analysis and Research / Directrice, Analyse économique et recherche (EX-01) — {names[3]}\n"
         f"      * Senior Economist / Économiste principal (2 x EC-07)\n"
         f"      * Research Analyst / Analyste de recherche (EC-04, 0.5)\n"
         f"    * Registrar / Greffière (CR-06) — {names[4]}\n\n"
         "Total: 19 FTEs / ETP\n")
    docs.append(("Organigramme CB - Org chart 2024.md", "markdown", "bilingual", t.encode("utf-8"), names, "an organization chart"))
    # 5. a scan without a text layer
    docs.append(("Scan 2024-05-14 0931 - Director, Finance (EX-01).pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                 "a three-page scan without a text layer (the language is the file name's)"))
    return docs


# ---------------------------------------------------------------- main
def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def main():
    for d in (CORPUS, EXPECTED):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    numbers()
    docs = plan()
    taken, results, by_key = set(), [], {}
    strengths = ["light", "light", "medium", "medium", "medium", "heavy", "heavy", "heavy"]
    for idx, d in enumerate(docs):
        r = build(d, idx)
        name = file_name(d, r, taken)
        kind, header = d["kind"], r["header"]
        if kind == "pdf":
            lines = to_lines(r["blocks"], 95)
            pages = paginate(lines, 58, lambda k, n: header, lambda k, n: f"Page {k} of {n}" if not r["fr"] else f"Page {k} de {n}")
            data = pdf_bytes(["\n".join(pg) for pg in pages])
        elif kind == "docx":
            data = render_docx(r["blocks"], header, r["title"])
        elif kind == "markdown":
            data = ("\n".join(to_lines(r["blocks"], md=True)) + "\n").encode("utf-8")
        elif kind == "text":
            data = ("\n".join(to_lines(r["blocks"], 90)) + "\n").encode("utf-8")
        elif kind == "text-cp1252":
            t = "\r\n".join(to_lines(r["blocks"], 90)) + "\r\n"
            t = t.replace("'", "\u2019").replace(" - ", " \u2013 ")
            data = t.encode("cp1252")
        else:
            s = strengths.pop(rng.randrange(len(strengths)))
            r["also"]["damage"] = s
            data = render_ocr(r["blocks"], s, header.upper() + "  -  WORK DESCRIPTION", columns=(kind == "ocr-columns")).encode("utf-8")
        (CORPUS / name).write_bytes(data)
        results.append((d, r, name))
        if d["ver"] == "new" or d["p"][0] not in VERSIONED:
            by_key[d["p"][0]] = name
    vers = {}
    for d, r, name in results:
        if d["p"][0] in VERSIONED:
            vers.setdefault(d["p"][0], []).append(name)
    notes = {"sst-ops": "the draft's O&M is $45,000 lower and its effective date older; the signed version is the approved one",
             "cb-sg": "the older version (2022) has a salary $180,000 lower and 17 FTEs; the 2025 revision 19 FTEs"}
    for d, r, name in results:
        also = r["also"]
        if "reports_to_in_corpus" in also:
            also["reports_to_in_corpus"] = by_key[also["reports_to_in_corpus"][1:]]
        v = None
        if d["p"][0] in VERSIONED:
            ds = vers[d["p"][0]]
            v = dict(documents=ds, newest=ds[1], same_text=False, note=notes[d["p"][0]])
        f = r["fields"]
        if not f["direct_reports"]:
            f["direct_reports"] = None
        dump(EXPECTED / (name + ".expected.yaml"), dict(
            document=name, kind=d["kind"], language=d["lang"], outcome="import", fields=f,
            not_stated=r["not_stated"] or None, also=also, people=r["people"], versions=v))
    for name, kind, lang, data, people, what in refusals():
        (CORPUS / name).write_bytes(data)
        dump(EXPECTED / (name + ".expected.yaml"), dict(
            document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
            also=dict(what=what), people=people or None, versions=None))


if __name__ == "__main__":
    main()
