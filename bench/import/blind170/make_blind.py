"""Writes blind170's corpus/ and expected/ (the same bytes on every run).

Run from the repository root: python bench/import/blind170/make_blind.py
"""
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(HERE)]
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

RNG = random.Random(170)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# key: (kind, language, form, file name stem)
PLAN = {
    "integrity": ("docx", "en", "A", "WD - Manager, Program Integrity Analysis PM-06"),
    "lmforecast": ("pdf", "fr", "A", "Économiste principal EC-07 - Prévisions - signé"),
    "appdev": ("text", "en", "B", "team leader app dev CS-04 (final)"),
    "hydro": ("pdf", "en", "A", "Senior Technical Officer, Hydrographic Surveys EG-07 - 2024 update"),
    "resmgr": ("markdown", "en", "A", "Manager, Resource Management (FI-04)"),
    "finoff": ("text-cp1252", "en", "B", "Financial Officer, Budget Planning FI-03"),
    "classif": ("docx", "bilingual", "bil", "Manager Classification PE-06 - Gestionnaire Classification"),
    "labrel": ("ocr", "en", "A", "scan0412 labour relations PE-05"),
    "itsec": ("pdf", "bilingual", "bil", "CS-04 Manager IT Security Ops - signed"),
    "stratcom": ("docx", "fr", "A", "DT Gestionnaire, Communications stratégiques IS-06"),
    "comadv": ("text", "fr", "B", "conseillère principale communications IS-05"),
    "climpol": ("docx", "en", "A", "GENERIC - Senior Policy Analyst EC-06, Climate Policy"),
    "grants": ("pdf", "en", "B", "Program Manager G&C PM-06 Winnipeg"),
    "adminsvc": ("docx", "en", "A", "Manager, Administrative Services AS-07 - signed"),
    "facilities": ("ocr", "bilingual", "bil", "Numérisation 2023-05-17 AS-07 accommodation"),
    "econanal": ("markdown", "en", "B", "Chief, Economic Analysis EC-07"),
    "envmon": ("text-cp1252", "fr", "A", "Chef de projet surveillance environnementale EG-07"),
    "finanal": ("pdf", "bilingual", "bil", "FI-03 Senior Financial Analyst (1)"),
    "hrops": ("ocr-columns", "bilingual", "cols", "HR Ops Manager PE-06 bilingual scan"),
    "entarch": ("text", "en", "A", "Enterprise Architect CS-04"),
    "citsvc": ("docx", "fr", "B", "Gestionnaire, Services aux citoyens PM-06 (Sherbrooke)"),
    "passport": ("ocr", "en", "B", "passport TL PM-05 Miramichi scanned"),
    "progoff": ("markdown", "en", "A", "Generic Senior Program Officer PM-05"),
    "evalmgr": ("text-cp1252", "bilingual", "bil", "Manager, Evaluation - Gestionnaire, Évaluation EC-07"),
    "atip": ("pdf", "fr", "B", "Gestionnaire AIPRP PM-06 - approuvé"),
    "dba": ("text", "bilingual", "bil", "DBA CS-03 generic - générique"),
    "physsec": ("docx", "en", "B", "Physical Security Manager, AS-07 (NRCan)"),
    "learning": ("ocr", "fr", "A", "conseiller apprentissage PE-05 numérisé"),
    "vacclient": ("pdf", "en", "A", "VAC Manager Client Services PM-06 Charlottetown"),
    "digital": ("markdown", "bilingual", "bil", "Manager, Digital Content IS-06 _ Gestionnaire, Contenu numérique"),
    "statmeth": ("text-cp1252", "en", "A", "Senior Methodologist MA-05"),
    "procure": ("docx", "en", "B", "Procurement Team Leader PG-05 v3"),
    "fisheries": ("ocr", "bilingual", "bil", "scan fisheries officer EG-06 Moncton"),
    "healthpol": ("text", "fr", "A", "Conseiller principal politiques produits de santé EC-06"),
    "audit": ("pdf", "en", "B", "Audit Manager AU-04 - Transport Canada"),
    "payops": ("docx", "bilingual", "bil", "Manager, Pay Operations AS-07 Miramichi"),
    "datasci": ("text", "en", "B", "Senior Data Scientist EC-07 (copy)"),
    "immig": ("markdown", "fr", "B", "Gestionnaire, Programmes d'établissement PM-06"),
    "border": ("text-cp1252", "en", "B", "Senior Program Advisor, Traveller Programs FB-06"),
    "agri": ("pdf", "fr", "A", "Gestionnaire GRE CO-03 Regina"),
    "pension": ("ocr-columns", "bilingual", "cols", "TL Pension Benefits PM-04 generic scan"),
    "geomatics": ("ocr", "fr", "B", "Spécialiste géomatique EG-06 Shawinigan"),
    "clientexp": ("text", "bilingual", "bil", "Client Experience Analyst PM-05, Service Canada"),
}
# older versions: key -> (kind, language, form, stem, changes)
OLDER = {
    "adminsvc": ("markdown", "en", "A", "Manager, Administrative Services AS-07 - DRAFT",
                 {"salary": 395000, "effective": None}),
    "hydro": ("ocr", "en", "A", "hydro survey EG-07 old scan",
              {"om": 380000, "effective": dt.date(2019, 6, 3)}),
}
GENERIC = {"climpol": ["40215", "40216", "40219", "40230"], "progoff": [],
           "dba": ["SSC-07731", "SSC-07732", "SSC-07745"], "pension": ["00087120", "00087121", "00087124"]}
IN_CORPUS = {"finoff": "resmgr", "comadv": "stratcom", "pension": "citsvc"}

NOC = ["11200", "41400", "41401", "21211", "11100", "12011", "13100", "21223", "22113", "40021"]
LANGP = [("English Essential", "Anglais essentiel"), ("Bilingual Imperative CBC/CBC", "Bilingue impératif CBC/CBC"),
         ("Bilingual Non-imperative BBB/BBB", "Bilingue non impératif BBB/BBB"), ("CCC/CCC imperative", "CCC/CCC impératif"),
         ("French Essential", "Français essentiel")]
SECURITY = [("Reliability", "Fiabilité"), ("Secret", "Secret"), ("Top Secret", "Très secret"), ("Enhanced Reliability", "Fiabilité approfondie")]
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
NUMW_EN = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
NUMW_FR = ["aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
UNIT = {"en": "the program area", "fr": "gestion des programmes"}


def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 3]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"][style % 4]


def fmt_amount(n, lang, style):
    if lang == "fr":
        s = f"{n:,}".replace(",", "\u00a0")
        if style % 3 == 0:
            return f"{s} $"
        if style % 3 == 1:
            return f"{n / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        return f"{n:,}".replace(",", " ") + " $"
    st = style % 4
    if st == 0:
        return f"${n:,}"
    if st == 1:
        return f"${n / 1e6:.3f}".rstrip("0").rstrip(".") + "M" if n >= 1000000 else f"${n // 1000}K"
    if st == 2:
        return f"${n / 1e6:.2f} million" if n % 10000 == 0 and n >= 1000000 else f"${n:,}.00"
    return f"${n:,}".replace(",", " ")


def fmt_cls(c, style):
    parts = c.split("-")
    if style % 4 == 1:
        return " ".join(parts)
    if style % 4 == 2:
        return "-".join(parts[:-1] + [str(int(parts[-1]))])
    return c


class Pos:
    pass


def build(entry, idx, kind, lang, form, stem, changes=None):
    key, ten, tfr, cls, dept, sup, loc, reports, budget = entry
    p = Pos()
    r = random.Random(f"170-{key}-{stem}")
    p.key, p.kind, p.lang, p.form, p.idx = key, kind, lang, form, idx
    p.ext = {"docx": ".docx", "pdf": ".pdf", "markdown": ".md"}.get(kind, ".txt")
    p.file = stem + p.ext
    p.ten, p.tfr, p.cls, p.dept = ten, tfr, cls, dept
    p.sup = sup
    p.loc_en, p.loc_fr = T.LOC[loc]
    p.reports, p.budget = reports, budget
    p.generic = key in GENERIC
    p.numbers = GENERIC.get(key)
    p.posno = None if p.generic else (f"{r.randint(10000, 99999)}" if idx % 3 else f"000{r.randint(10000, 99999)}")
    if idx in (9, 27) and not p.generic:
        p.posno = None  # new position, number to be assigned
    p.job = None if idx % 4 == 3 else (f"{r.randint(100000, 999999)}" if idx % 2 else f"{cls[:2]}{cls[-2:]}-{r.randint(1000, 9999)}")
    p.eff = None if idx % 7 == 5 else dt.date(2019 + idx % 6, 1 + (idx * 5) % 12, 1 + (idx * 11) % 28)
    p.sup_no = None if idx % 5 == 2 else f"{r.randint(100000, 999999)}"
    p.noc = NOC[idx % len(NOC)]
    p.langp = LANGP[idx % len(LANGP)]
    p.sec = SECURITY[idx % len(SECURITY)]
    p.om = p.salary = p.total = None
    p.program = p.dirbudget = None
    p.total_printed = False
    if budget:
        if budget[0] == "om":
            p.om = budget[1]
        elif budget[0] == "full":
            p.salary, p.om = budget[1], budget[2]
            p.total_printed = idx % 2 == 0
        elif budget[0] == "program":
            p.program = budget[1]
        else:
            p.dirbudget = budget[1]
    if changes:
        if "salary" in changes:
            p.salary = changes["salary"]
        if "om" in changes:
            p.om = changes["om"]
        p.eff = changes["effective"]
    if key == "hydro" and not changes:
        p.eff = dt.date(2024, 4, 1)
    if key == "adminsvc" and not changes:
        p.eff = dt.date(2023, 10, 2)
    if key in ("hydro", "adminsvc"):
        p.posno, p.job, p.sup_no = {"hydro": ("52318", "412207", "508114"), "adminsvc": ("00031906", None, "310552")}[key]
    if p.total_printed:
        p.total = p.salary + p.om
    p.rstyle = ["leadership", "list", "table"][idx % 3]
    if reports and any(c is None for *_, c in reports):
        p.rstyle = "table"
    p.fte = None
    if reports and all(c for *_, c in reports) and idx % 2 == 0:
        p.fte = 1 + sum(c for *_, c in reports)
    p.dstyle, p.astyle, p.cstyle = idx, idx + 1, (0 if kind.startswith("ocr") else idx // 3)
    p.incumbent = f"{r.choice(T.FIRST)} {r.choice(T.LAST)}" if idx % 5 in (0, 3) and not p.generic else None
    p.approver = f"{r.choice(T.FIRST)} {r.choice(T.LAST)}"
    p.preparer = f"{r.choice(T.FIRST)} {r.choice(T.LAST)}" if idx % 2 else None
    p.damage = ["light", "medium", "heavy"][idx % 3] if kind.startswith("ocr") else None
    p.functional = idx % 4 == 1 and reports is not None
    return p


# ---------- the document's lines, as (type, payload) ----------
def L(p, en, fr):
    if p.lang == "fr":
        return fr
    if p.lang == "bilingual":
        return f"{en} / {fr}"
    return en


def header_fields(p):
    """[(label, value)] for the header block."""
    lang, form = p.lang, p.form
    def lab(en_a, fr_a, en_b, fr_b):
        if lang == "bilingual":
            return f"{en_a} / {fr_a}"
        if form == "B":
            return fr_b if lang == "fr" else en_b
        return fr_a if lang == "fr" else en_a
    c = fmt_cls(p.cls, p.cstyle)
    title = {"en": p.ten, "fr": p.tfr, "bilingual": f"{p.ten} / {p.tfr}"}[lang]
    if p.generic:
        if p.numbers:
            num = ", ".join(p.numbers)
            num = {"en": f"Generic - {num}", "fr": f"Générique - {num}", "bilingual": f"Generic / Générique : {num}"}[lang]
        else:
            num = L(p, "Generic (see attached list of positions)", "Générique (voir la liste des postes ci-jointe)")
    else:
        num = p.posno or L(p, "New - to be assigned", "Nouveau - à déterminer")
    dept = T.DEPTS[p.dept]
    dv = {"en": dept[0], "fr": dept[1], "bilingual": f"{dept[0]} / {dept[1]}"}[lang]
    loc = {"en": p.loc_en, "fr": p.loc_fr, "bilingual": f"{p.loc_en} / {p.loc_fr}"}[lang]
    rows = [(lab("Position Title", "Titre du poste", "Title", "Titre"), title),
            (lab("Position Number", "Numéro du poste", "Position No.", "No de poste"), num),
            (lab("Group and Level", "Groupe et niveau", "Group/Level", "Groupe/niveau"), c),
            (lab("National Occupational Classification (NOC)", "Classification nationale des professions (CNP)", "NOC", "CNP"), p.noc)]
    if p.job:
        rows.append((lab("Job Code", "Code d'emploi", "Job No.", "No d'emploi"), p.job))
    rows.append((lab("Effective Date", "Date d'entrée en vigueur", "Effective", "En vigueur"),
                 fmt_date(p.eff, "fr" if lang == "fr" else "en", p.dstyle) if p.eff else ""))
    rows += [(lab("Department", "Ministère", "Organization", "Organisation"), dv),
             (lab("Location", "Lieu de travail", "Work Location", "Lieu"), loc),
             (lab("Language Requirements", "Exigences linguistiques", "Linguistic Profile", "Profil linguistique"),
              {"en": p.langp[0], "fr": p.langp[1], "bilingual": f"{p.langp[0]} / {p.langp[1]}"}[lang]),
             (lab("Security Level", "Niveau de sécurité", "Security", "Cote de sécurité"),
              {"en": p.sec[0], "fr": p.sec[1], "bilingual": f"{p.sec[0]} / {p.sec[1]}"}[lang])]
    stitle = {"en": p.sup[0], "fr": p.sup[1], "bilingual": f"{p.sup[0]} / {p.sup[1]}"}[lang]
    scls = fmt_cls(p.sup[2], p.cstyle)
    if form == "B":
        v = f"{stitle} ({scls})"
        if p.sup_no:
            v += f", position {p.sup_no}" if lang == "en" else f", poste {p.sup_no}"
        rows.append(("Relève de" if lang == "fr" else "Reports to", v))
    else:
        rows += [(lab("Supervisor's Position Title", "Titre du poste du superviseur", "", ""), stitle),
                 (lab("Supervisor's Classification", "Classification du superviseur", "", ""), scls),
                 (lab("Supervisor's Position Number", "Numéro du poste du superviseur", "", ""), p.sup_no or "")]
    if p.incumbent:
        rows.append((L(p, "Incumbent", "Titulaire"), p.incumbent))
    return rows


def bi(p, en, fr):
    """Prose in the document's language(s): a list of paragraphs."""
    if p.lang == "fr":
        return [fr]
    if p.lang == "en":
        return [en]
    return [en, fr]


def count_word(n, lang, plural_en, plural_fr):
    return (NUMW_FR if lang == "fr" else NUMW_EN)[n] if n <= 10 else str(n)


def reports_sentence(p, lang):
    if not p.reports:
        return ("The position has no direct reports; it may coach junior analysts and students assigned to the unit."
                if lang == "en" else
                "Le poste n'a aucun subordonné direct; le titulaire peut encadrer des analystes subalternes et des étudiants affectés à l'unité.")
    parts = []
    for ten, tfr, c, n in p.reports:
        cc = fmt_cls(c, p.cstyle)
        if lang == "en":
            t = ten + ("s" if n and n > 1 and not ten.endswith("s") else "")
            if "," in ten and n and n > 1:
                t = ten.replace(",", "s,", 1)
            parts.append(f"{NUMW_EN[n] if n else 'a'} {t} ({cc})")
        else:
            parts.append(f"{NUMW_FR[n] if n and n > 1 else 'un'} {tfr} ({cc})")
    if lang == "en":
        s = "Supervises " + ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] + "."
    else:
        s = "Supervise " + ", ".join(parts[:-1]) + (" et " if len(parts) > 1 else "") + parts[-1] + "."
    return s


def leadership_text(p, lang):
    out = []
    if p.rstyle == "leadership" or not p.reports:
        out.append(reports_sentence(p, lang))
    else:
        out.append("Leads the unit's employees listed under Direct Reports; assigns work, manages performance and approves leave."
                   if lang == "en" else
                   "Dirige les employés de l'unité énumérés sous Subordonnés directs; attribue le travail, gère le rendement et approuve les congés.")
    if p.fte:
        out.append(f"The unit comprises {p.fte} FTEs, the manager included." if lang == "en"
                   else f"L'unité compte {p.fte} ETP, y compris le gestionnaire.")
    if p.functional:
        out.append("Provides functional guidance to 14 regional coordinators who report to regional directors."
                   if lang == "en" else
                   "Fournit une orientation fonctionnelle à 14 coordonnateurs régionaux qui relèvent des directeurs régionaux.")
    return " ".join(out)


def finance_text(p, lang):
    a = lambda n: fmt_amount(n, lang, p.astyle)
    if p.salary is not None:
        if lang == "en":
            s = f"Manages, under delegated authority, a salary budget of {a(p.salary)} and an O&M budget of {a(p.om)}"
            s += f", for a total of {a(p.total)}." if p.total else "."
        else:
            s = f"Gère, en vertu des pouvoirs délégués, un budget salarial de {a(p.salary)} et un budget de F et E de {a(p.om)}"
            s += f", pour un total de {a(p.total)}." if p.total else "."
        return s
    if p.om is not None:
        return (f"Manages, under delegated authority (sections 32 and 34 of the Financial Administration Act), an operating (O&M) budget of {a(p.om)}."
                if lang == "en" else
                f"Gère, en vertu des pouvoirs délégués (articles 32 et 34 de la Loi sur la gestion des finances publiques), un budget de fonctionnement (F et E) de {a(p.om)}.")
    if p.program is not None:
        return (f"Manages contribution funds of {a(p.program)} a year under delegated authority (section 34); the position holds no salary or O&M budget."
                if lang == "en" else
                f"Gère des fonds de contribution de {a(p.program)} par année en vertu des pouvoirs délégués (article 34); le poste ne gère aucun budget salarial ni de F et E.")
    if p.dirbudget is not None:
        return (f"Contributes to the preparation of the directorate's budget of {a(p.dirbudget)} (salary and O&M); has no delegated financial authority."
                if lang == "en" else
                f"Contribue à la préparation du budget de la direction, de {a(p.dirbudget)} (salaires et F et E); n'a aucun pouvoir financier délégué.")
    return "Has no delegated financial authority." if lang == "en" else "N'a aucun pouvoir financier délégué."


def doc_model(p):
    """A list of items: ('title', s), ('fields', rows), ('h1', s), ('h2', s), ('p', s), ('bullets', [s]),
    ('reports', rows), ('sign', [s])."""
    m = []
    head = {"en": "WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL", "bilingual": "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"}[p.lang]
    if p.generic:
        head = {"en": "GENERIC WORK DESCRIPTION", "fr": "DESCRIPTION DE TRAVAIL GÉNÉRIQUE",
                "bilingual": "GENERIC WORK DESCRIPTION / DESCRIPTION DE TRAVAIL GÉNÉRIQUE"}[p.lang]
    m.append(("title", head))
    m.append(("fields", header_fields(p)))
    langs = ["en", "fr"] if p.lang == "bilingual" else [p.lang]
    if p.reports and p.rstyle in ("list", "table"):
        m.append(("h1", L(p, "Direct Reports", "Subordonnés directs")))
        rows = []
        for ten, tfr, c, n in p.reports:
            t = {"en": ten, "fr": tfr, "bilingual": f"{ten} / {tfr}"}[p.lang]
            rows.append((t, fmt_cls(c, p.cstyle), "" if n is None else str(n)))
        m.append(("reports", rows))

    def sec(h_en, h_fr, body):
        m.append(("h1", L(p, h_en, h_fr)))
        for lg in langs:
            body(lg)

    u = lambda lg: UNIT[lg]
    sec("Client-Service Results", "Résultats axés sur le service à la clientèle",
        lambda lg: m.append(("p", T.CSR[0 if lg == "en" else 1].format(u=u(lg)))))
    sec("Key Activities", "Activités principales",
        lambda lg: m.append(("bullets", [k[0 if lg == "en" else 1] for k in T.KEY[: 4 + p.idx % 3]])))

    def subs(items):
        def body(lg):
            i = 0 if lg == "en" else 1
            for (hn, hf), (te, tf) in items:
                m.append(("h2", hn if lg == "en" else hf))
                m.append(("p", (te, tf)[i].format(u=u(lg))))
        return body
    sec("Skill", "Habiletés", subs(T.SKILL))
    sec("Effort", "Effort", subs(T.EFFORT))

    def resp(lg):
        m.append(("h2", "Leadership of Human Resources" if lg == "en" else "Leadership des ressources humaines"))
        m.append(("p", leadership_text(p, lg)))
        m.append(("h2", "Stewardship of Financial Resources" if lg == "en" else "Gérance des ressources financières"))
        m.append(("p", finance_text(p, lg)))
        subs([T.INFO, T.HEALTH])(lg)
    sec("Responsibility", "Responsabilités", resp)
    sec("Working Conditions", "Conditions de travail", subs(T.WORKENV))
    sign = []
    if p.preparer:
        sign.append(f"{L(p, 'Prepared by', 'Préparé par')}: {p.preparer}")
    sign.append(f"{L(p, 'Approved by', 'Approuvé par')}: {p.approver}, "
                + {"en": p.sup[0], "fr": p.sup[1], "bilingual": p.sup[0]}[p.lang])
    sign.append(L(p, "Signature: ______________________   Date: ____________", "Signature : ______________________   Date : ____________"))
    m.append(("sign", sign))
    return m


# ---------- renderers ----------
def as_text(p, m, width=None):
    out = []
    lw = 0
    for t, v in m:
        if t == "fields":
            lw = max(len(a) for a, _ in v) + 2
    for t, v in m:
        if t == "title":
            out += [v, "=" * len(v) if p.kind in ("text", "text-cp1252") else "", ""]
        elif t == "fields":
            for a, b in v:
                if width and width <= 44:
                    out += textwrap.wrap(f"{a}: {b}", width, subsequent_indent="  ") if b else [a + ":"]
                else:
                    out.append((a + ":").ljust(lw + 1) + b if b else a + ":")
            out.append("")
        elif t == "h1":
            out += ["", v.upper(), ""]
        elif t == "h2":
            out.append(v)
        elif t == "p":
            out += (textwrap.wrap(v, width) if width else [v]) + [""]
        elif t == "bullets":
            for b in v:
                out += textwrap.wrap("- " + b, width, subsequent_indent="  ") if width else ["- " + b]
            out.append("")
        elif t == "reports":
            h = (L(p, "Position", "Poste"), L(p, "Group/Level", "Groupe/niveau"), L(p, "FTEs", "ETP"))
            w0 = max(len(h[0]), *(len(r[0]) for r in v)) + 2
            w1 = len(h[1]) + 3
            if p.rstyle == "table" and not (width and width <= 44):
                out.append(h[0].ljust(w0) + h[1].ljust(w1) + h[2])
                for r in v:
                    out.append(r[0].ljust(w0) + r[1].ljust(w1) + r[2])
            else:
                for r in v:
                    fte = f" - {r[2]} {L(p, 'FTEs', 'ETP')}" if r[2] else ""
                    out.append(f"- {r[0]} ({r[1]}){fte}")
            out.append("")
        elif t == "sign":
            out += [""] + v
    return "\n".join(out).rstrip() + "\n"


def as_markdown(p, m):
    out = []
    for t, v in m:
        if t == "title":
            out += [f"# {v}", ""]
        elif t == "fields":
            if p.idx % 2:
                out += ["| Field | Value |" if p.lang != "fr" else "| Champ | Valeur |", "|---|---|"]
                out += [f"| {a} | {b} |" for a, b in v] + [""]
            else:
                out += [f"* **{a}:** {b}" for a, b in v] + [""]
        elif t == "h1":
            out += [f"## {v}", ""]
        elif t == "h2":
            out += [f"### {v}", ""]
        elif t == "p":
            out += [v, ""]
        elif t == "bullets":
            out += [f"- {b}" for b in v] + [""]
        elif t == "reports":
            if p.rstyle == "table":
                out += [f"| {L(p, 'Position', 'Poste')} | {L(p, 'Group/Level', 'Groupe/niveau')} | {L(p, 'FTEs', 'ETP')} |", "|---|---|---|"]
                out += [f"| {a} | {b} | {c} |" for a, b, c in v] + [""]
            else:
                out += [f"- **{a}** ({b})" + (f", {c} {L(p, 'FTEs', 'ETP')}" if c else "") for a, b, c in v] + [""]
        elif t == "sign":
            out += ["---", ""] + [s + "  " for s in v] + [""]
    return "\n".join(out).rstrip() + "\n"


def as_docx(p, m):
    d = docx.Document()
    d.core_properties.author = "hrkit blind170"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    for t, v in m:
        if t == "title":
            d.add_heading(v, 0)
        elif t == "fields":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for a, b in v:
                cells = tab.add_row().cells
                cells[0].text, cells[1].text = a, b
            d.add_paragraph("")
        elif t == "h1":
            d.add_heading(v, 1)
        elif t == "h2":
            if p.idx % 2:
                d.add_heading(v, 2)
            else:
                d.add_paragraph().add_run(v).bold = True
        elif t == "p":
            d.add_paragraph(v)
        elif t == "bullets":
            for b in v:
                d.add_paragraph(b, style="List Bullet")
        elif t == "reports":
            if p.rstyle == "table":
                tab = d.add_table(rows=1, cols=3)
                tab.style = "Table Grid"
                for c, h in zip(tab.rows[0].cells, (L(p, "Position", "Poste"), L(p, "Group/Level", "Groupe/niveau"), L(p, "FTEs", "ETP"))):
                    c.text = h
                for r in v:
                    for c, x in zip(tab.add_row().cells, r):
                        c.text = x
            else:
                for a, b, c in v:
                    d.add_paragraph(f"{a} ({b})" + (f" – {c} {L(p, 'FTEs', 'ETP')}" if c else ""), style="List Bullet")
        elif t == "sign":
            for s in v:
                d.add_paragraph(s)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def paginate(lines, per):
    return ["\n".join(lines[i:i + per]) for i in range(0, len(lines), per)] or [""]


def as_pdf(p, m):
    text = as_text(p, m, width=100)
    lines = text.splitlines()
    return pdf_bytes(paginate(lines, 66))


# ---------- OCR ----------
DIGIT = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("é", "e"), ("è", "e"), ("ô", "o")]


def damage_line(s, strength, r):
    pd, pl, pr = {"light": (0.12, 0.01, 0.01), "medium": (0.3, 0.03, 0.03), "heavy": (0.55, 0.06, 0.06)}[strength]
    out, i = [], 0
    chars = list(s)
    res = []
    for j, ch in enumerate(chars):
        prev_digit = (j > 0 and chars[j - 1].isdigit()) or (j + 1 < len(chars) and chars[j + 1].isdigit())
        if ch in DIGIT and prev_digit and r.random() < pd:
            res.append(DIGIT[ch])
        elif ch == "$" and strength == "heavy" and r.random() < 0.5:
            res.append("S")
        elif ch == " " and r.random() < pr:
            continue
        else:
            res.append(ch)
    s = "".join(res)
    for a, b in LETTER:
        if a in s and r.random() < pl * 3:
            k = s.find(a)
            # damage one occurrence not inside a number
            s = s[:k] + b + s[k + len(a):]
    return s


def hyphenate(lines, width, r):
    out = []
    for ln in lines:
        if len(ln) > width - 12 and r.random() < 0.35 and " " in ln:
            words = ln.split(" ")
            last = words[-1]
            if len(last) > 7 and last.isalpha():
                k = len(last) // 2
                out.append(" ".join(words[:-1] + [last[:k] + "-"]))
                out.append(last[k:])
                continue
        out.append(ln)
    return out


def as_ocr(p, m):
    r = random.Random(f"ocr-{p.file}")
    lines = hyphenate(as_text(p, m, width=72).splitlines(), 72, r)
    lines = [damage_line(x, p.damage, r) for x in lines]
    return ocr_pages(p, lines, r)


def ocr_pages(p, lines, r):
    dept = T.DEPTS[p.dept]
    header = {"en": f"{dept[0]} - Work Description", "fr": f"{dept[1]} - Description de travail",
              "bilingual": f"{dept[0]} / {dept[1]}"}[p.lang]
    pages = paginate(lines, 48)
    out = []
    for n, pg in enumerate(pages, 1):
        foot = L(p, f"Page {n} of {len(pages)}", f"Page {n} de {len(pages)}")
        if p.damage != "light":
            foot = damage_line(foot, "heavy", r)
        out.append(f"{damage_line(header, p.damage, r)}\n\n{pg}\n\n{foot}\n")
    return "\f".join(out)


def as_ocr_columns(p, m):
    r = random.Random(f"ocrc-{p.file}")
    pe, pf = Pos(), Pos()
    pe.__dict__.update(p.__dict__)
    pf.__dict__.update(p.__dict__)
    pe.lang, pf.lang = "en", "fr"
    pe.form = pf.form = "A"
    le = hyphenate(as_text(pe, doc_model(pe), width=40).splitlines(), 40, r)
    lf = hyphenate(as_text(pf, doc_model(pf), width=40).splitlines(), 40, r)
    n = max(len(le), len(lf))
    le += [""] * (n - len(le))
    lf += [""] * (n - len(lf))
    lines = [(damage_line(a, p.damage, r).ljust(46) + damage_line(b, p.damage, r)).rstrip() for a, b in zip(le, lf)]
    return ocr_pages(p, lines, r)


def render(p):
    m = doc_model(p)
    if p.kind == "docx":
        return as_docx(p, m)
    if p.kind == "pdf":
        return as_pdf(p, m)
    if p.kind == "markdown":
        return as_markdown(p, m).encode("utf-8")
    if p.kind == "text":
        return as_text(p, m).encode("utf-8")
    if p.kind == "text-cp1252":
        s = as_text(p, m).replace("'", "\u2019").replace("\u00a0", " ")
        return s.replace("\n", "\r\n").encode("cp1252")
    if p.kind == "ocr":
        return as_ocr(p, m).encode("utf-8")
    if p.kind == "ocr-columns":
        return as_ocr_columns(p, m).encode("utf-8")
    raise ValueError(p.kind)


# ---------- truth ----------
def truth(p, versions=None):
    fr = p.lang == "fr"
    f = {
        "title": p.tfr if fr else p.ten,
        "classification": p.cls,
        "job_code": p.job,
        "position_number": p.posno,
        "effective_date": p.eff,
        "supervisor": {"position_number": p.sup_no, "title": p.sup[1] if fr else p.sup[0], "classification": p.sup[2]},
        "direct_reports": None if not p.reports else [
            {"title": tfr if fr else ten, "classification": c, "fte": n} for ten, tfr, c, n in p.reports],
        "salary": p.salary, "o_and_m": p.om, "total": p.total,
        "location": p.loc_fr if fr else p.loc_en,
    }
    ns = []
    for k in ("job_code", "position_number", "effective_date", "direct_reports", "salary", "o_and_m", "total"):
        if f[k] is None and not (k == "position_number" and p.generic and p.numbers):
            ns.append(k)
    if p.sup_no is None:
        ns.append("supervisor.position_number")
    also = {"department": T.DEPTS[p.dept][1 if fr else 0], "form": p.form,
            "noc": p.noc, "language_profile": p.langp[1 if fr else 0], "security": p.sec[1 if fr else 0]}
    if fr:
        also["title_en"] = p.ten
    else:
        also["title_fr"] = p.tfr
    if p.lang == "bilingual":
        also["location_fr"] = p.loc_fr
    if p.generic:
        also["generic"] = True
        also["position_numbers"] = p.numbers or None
    elif p.posno is None:
        also["position_number_note"] = "new position, number to be assigned"
    if p.fte:
        also["fte"] = p.fte
    if p.program:
        also["program_budget"] = p.program
        also["note"] = "contribution funds, not salary or O&M"
    if p.dirbudget:
        also["note"] = f"the directorate's budget ({p.dirbudget}) is not the position's; the position has none"
    if p.functional:
        also["note_reports"] = "14 regional coordinators under functional guidance are not direct reports"
    if p.damage:
        also["damage"] = p.damage
    if p.key in IN_CORPUS:
        also["reports_to_in_corpus"] = FILES[IN_CORPUS[p.key]]
    if p.reports and p.rstyle == "leadership":
        also["reports_layout"] = "sentence under Leadership of Human Resources"
    elif p.reports:
        also["reports_layout"] = p.rstyle
    people = [x for x in (p.incumbent, p.preparer, p.approver) if x]
    return {"document": p.file, "kind": p.kind, "language": p.lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": also, "people": people, "versions": versions}


FILES = {}
POSNO = {}


# ---------- documents to refuse ----------
def refusals():
    docs = []
    # 1. statement of merit criteria (Word, English)
    d = docx.Document()
    d.core_properties.author = "hrkit blind170"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.revision = 1
    d.add_heading("Statement of Merit Criteria and Conditions of Employment", 0)
    for a, b in [("Position", "Manager, Citizen Services"), ("Group and Level", "PM-06"), ("Position Number", "48213"),
                 ("Selection Process Number", "24-SC-QC-EA-301822"), ("Tenure", "Indeterminate"),
                 ("Location", "Sherbrooke, Quebec"), ("Language Requirements", "Bilingual Imperative CBC/CBC"),
                 ("Security", "Reliability")]:
        d.add_paragraph(f"{a}: {b}")
    d.add_heading("Essential Qualifications", 1)
    for b in ["Graduation with a degree from a recognized post-secondary institution, or an acceptable combination of education, training and/or experience.",
              "Significant experience in the supervision of staff delivering services to the public.",
              "Experience in managing financial resources under delegated authority."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Asset Qualifications", 1)
    d.add_paragraph("Experience with Employment Insurance or Old Age Security programs.", style="List Bullet")
    d.add_heading("Competencies", 1)
    for b in ["Demonstrating integrity and respect", "Thinking things through", "Working effectively with others", "Showing initiative and being action-oriented"]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Hiring manager: Saoirse Marchildon, Director, Service Delivery, Eastern Townships")
    buf = io.BytesIO()
    d.save(buf)
    docs.append(("Statement of Merit Criteria - PM-06 Manager Citizen Services.docx", rezip(buf.getvalue()), "docx", "en",
                 "statement of merit criteria for a staffing process", ["Saoirse Marchildon"]))
    # 2. job poster (PDF, bilingual)
    poster = """JOB OPPORTUNITY / POSSIBILITÉ D'EMPLOI
Senior Data Scientist / Scientifique des données principal
Employment and Social Development Canada / Emploi et Développement social Canada
EC-07 - Gatineau, Quebec / Gatineau (Québec)
Salary / Salaire: $117,034 to $137,065 / de 117 034 $ à 137 065 $
Closing date / Date de clôture: 2024-11-29 - 23:59, Pacific Time / heure du Pacifique
Reference number / Numéro de référence: ESD24J-118452
Who can apply: Persons residing in Canada and Canadian citizens residing abroad.
Qui est admissible : Les personnes résidant au Canada et les citoyens canadiens résidant à l'étranger.

Duties / Fonctions
Lead advanced analytics projects and advise the Director, Data Science and Analytics.
Diriger des projets d'analytique avancée et conseiller le directeur, Science des données et analytique.

Contact / Personne-ressource: Dariusz Pettigrew, dariusz.pettigrew@example.gc.ca
Apply online / Postulez en ligne."""
    docs.append(("Job poster - Affiche - EC-07 Senior Data Scientist.pdf", pdf_bytes([poster]), "pdf", "bilingual",
                 "job poster (advertisement with salary range and closing date)", ["Dariusz Pettigrew"]))
    # 3. classification grid (Markdown)
    rows = [("AS", "05", 80612, 87030), ("AS", "07", 95481, 108726), ("CS", "03", 88683, 106750),
            ("CS", "04", 100017, 120049), ("EC", "06", 99452, 113961), ("EC", "07", 114152, 130745),
            ("FI", "03", 96432, 116870), ("IS", "06", 103017, 115412), ("PE", "06", 110224, 124596),
            ("PM", "06", 96287, 104101), ("EG", "07", 95150, 110668)]
    md = ["# Classification grid — groups, levels and rates of pay (effective June 22, 2024)", "",
          "| Group | Level | Minimum | Maximum |", "|---|---|---|---|"]
    md += [f"| {g} | {g}-{l} | ${a:,} | ${b:,} |" for g, l, a, b in rows]
    md += ["", "Source: collective agreements, Treasury Board. For planning purposes only."]
    docs.append(("Classification grid 2024 (rates of pay).md", ("\n".join(md) + "\n").encode("utf-8"), "markdown", "en",
                 "classification and pay grid", []))
    # 4. French memo (UTF-8 text)
    memo = """NOTE DE SERVICE

DESTINATAIRE : Hyacinthe Belhumeur, directrice, Services ministériels
EXPÉDITEUR : Fergus Dunwoody, conseiller principal en classification
DATE : le 12 mars 2024
OBJET : Demande de reclassification du poste 00031906 (AS-06 à AS-07)

Madame,

À la suite de l'examen de la description de travail du poste 00031906, Gestionnaire, Services
administratifs, le comité de classification recommande la reclassification du poste au groupe et
niveau AS-07, à compter du 2 octobre 2023. La nouvelle description de travail sera signée par
la directrice avant la mise à jour du système de gestion des postes.

Le budget salarial de 410 000 $ demeure inchangé.

Fergus Dunwoody
"""
    docs.append(("Note de service - reclassification AS-07.txt", memo.encode("utf-8"), "text", "fr",
                 "memo about a reclassification, not a work description", ["Hyacinthe Belhumeur", "Fergus Dunwoody"]))
    # 5. scan without a text layer
    docs.append(("scan_20240311_0007.pdf", pdf_bytes(["", "", ""]), "pdf", "en",
                 "three scanned pages without a text layer (unreadable)", []))
    return docs


def dump(obj):
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=1000)


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    entries = {e[0]: e for e in T.POSITIONS}
    assert set(entries) == set(PLAN), set(entries) ^ set(PLAN)
    positions, olders = [], {}
    for idx, e in enumerate(T.POSITIONS):
        kind, lang, form, stem = PLAN[e[0]]
        p = build(e, idx, kind, lang, form, stem)
        if e[0] in IN_CORPUS:
            p.sup_no = POSNO[IN_CORPUS[e[0]]]
        positions.append(p)
        FILES[e[0]] = p.file
        POSNO[e[0]] = p.posno
        if e[0] in OLDER:
            k, lg, fm, st, ch = OLDER[e[0]]
            olders[e[0]] = build(e, idx, k, lg, fm, st, ch)
    for key, o in olders.items():
        o.idx = o.idx  # same layout choices as the newer
    out = []
    for p in positions:
        v = None
        if p.key in olders:
            o = olders[p.key]
            note = {"adminsvc": "the draft had no effective date and a salary budget of $395,000; the signed version is effective 2023-10-02 with $410,000",
                    "hydro": "the 2019 scan had an O&M budget of $380,000; the 2024 update has $420,000 and is effective 2024-04-01"}[p.key]
            v = {"documents": [o.file, p.file], "newest": p.file, "same_text": False, "note": note}
            out.append((o, v))
        out.append((p, v))
    n = 0
    for p, v in out:
        (CORPUS / p.file).write_bytes(render(p))
        (EXPECTED / (p.file + ".expected.yaml")).write_text(dump(truth(p, v)), encoding="utf-8")
        n += 1
    for name, data, kind, lang, what, people in refusals():
        (CORPUS / name).write_bytes(data)
        t = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": None, "also": {"what": what}, "people": people, "versions": None}
        (EXPECTED / (name + ".expected.yaml")).write_text(dump(t), encoding="utf-8")
        n += 1
    print(n, "documents")


if __name__ == "__main__":
    main()
