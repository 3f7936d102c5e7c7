"""Blind corpus 159 for hrkit import (issue 12): work descriptions that travel by e-mail.

Run from the repository root:  /work/main/.venv/bin/python bench/import/blind159/make_blind.py
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(159)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

USED_NAMES: set[str] = set()


def person():
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def email_of(name, domain):
    import unicodedata
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return plain.replace(" ", ".") + "@" + domain


# ---------------------------------------------------------------- notations
def money(v, lang, style):
    if lang == "fr":
        if style == 0:
            return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
        if style == 1:
            return f"{v:,}".replace(",", " ") + " $"
        if style == 2 and v % 10000 == 0:
            return f"{v / 1e6:.2f}".replace(".", ",") + " M$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == 0:
        return f"${v:,}"
    if style == 1 and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == 2 and v % 10000 == 0:
        return f"${v / 1e6:.2f}M"
    return f"${v:,}"


def date_text(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if style != 2 else d.isoformat()
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            d.isoformat()][style]


def fte_text(n, lang):
    if n is None:
        return "aucun personnel" if lang == "fr" else "no staff"
    return f"{n} ETP" if lang == "fr" else f"{n} FTEs"


# ---------------------------------------------------------------- positions
def make_position(i):
    dept = T.DEPTS[i % len(T.DEPTS)]
    subj = T.SUBJECTS[i]
    rank = T.RANKS[R.randrange(len(T.RANKS))]
    level = R.randint(*rank[2])
    sup_en, sup_fr = T.SUP_RANK[level]
    sup_level = level + 1
    parent = R.choice(["Operations", "Program Delivery", "Policy and Programs", "Service Delivery", "Corporate Services"])
    parent_fr = {"Operations": "Opérations", "Program Delivery": "Prestation des programmes",
                 "Policy and Programs": "Politiques et programmes", "Service Delivery": "Prestation des services",
                 "Corporate Services": "Services ministériels"}[parent]
    city = R.choice(T.CITIES)
    reports = []
    for unit in R.sample(T.REPORT_UNITS, R.randint(2, 5)):
        senior = unit[0] == "Senior Advisor"
        cls = R.choice(["EC-07", "PM-06", "AS-07"]) if senior else (
            f"EX-0{level - 1}" if unit[0].startswith("Director") and level > 1 else R.choice(T.REPORT_CLASSES))
        fte = None if senior else R.randint(4, 48)
        rt = unit[0] if senior else f"{unit[0]}"
        reports.append({"title": rt, "title_fr": unit[1], "classification": cls, "fte": fte})
    if R.random() < 0.15:
        reports[-1]["classification"] = None
    salary = R.randrange(90, 900) * 10000
    om = R.randrange(30, 260) * 1000
    p = {
        "dept": dept, "level": level,
        "title": f"{rank[0]}, {subj[0]}", "title_fr": f"{rank[1]}, {subj[1]}",
        "classification": f"EX-0{level}",
        "job_code": None if R.random() < 0.3 else str(R.randint(100100, 109999)),
        "position_number": None if R.random() < 0.12 else str(R.randint(10000, 99999) if R.random() < 0.7 else R.randint(100000, 999999)),
        "effective_date": None if R.random() < 0.1 else dt.date(R.choice([2022, 2023, 2024]), R.randint(1, 12), R.choice([1, 1, 15, R.randint(2, 28)])),
        "sup_title": f"{sup_en}, {parent}", "sup_title_fr": f"{sup_fr}, {parent_fr}",
        "sup_class": f"EX-0{sup_level}",
        "sup_pos": None if R.random() < 0.5 else str(R.randint(10000, 99999)),
        "reports": reports, "salary": salary, "om": om,
        "total_stated": R.random() < 0.75,
        "city": city, "incumbent": person(), "approver": person(), "classifier": person(),
        "fte_total": sum(r["fte"] or 0 for r in reports) + R.randint(1, 3),
    }
    return p


# ---------------------------------------------------------------- work description body
def wd_lines(p, lang, form, ms, ds, layout, suplayout):
    """The work description as plain lines (headings marked by a leading '#' level for renderers)."""
    L = []
    en, fr, bil = lang == "en", lang == "fr", lang == "bilingual"
    tot = p["salary"] + p["om"]

    def lab(e, f):
        return f"{e} / {f}" if bil else (f if fr else e)

    def val(e, f):
        return f"{e} / {f}" if bil and e != f else (f if fr else e)

    d_en, d_fr = p["dept"][1], p["dept"][2]
    L.append(("h1", val(d_en, d_fr)))
    L.append(("h1", lab("Executive Work Description", "Description de travail de cadre de direction")))
    eff = p["effective_date"]
    eff_t = (date_text(eff, "fr" if fr else "en", ds) if not bil else
             f"{date_text(eff, 'en', ds)} / {date_text(eff, 'fr', ds if ds == 2 else 0)}") if eff else None
    loc = val(p["city"][0], p["city"][1])
    sup_t = val(p["sup_title"], p["sup_title_fr"])
    if form == "form":
        L.append(("p", f"{lab('Position title', 'Titre du poste')}: {val(p['title'], p['title_fr'])}"))
        L.append(("p", f"{lab('Group and level', 'Groupe et niveau')}: {p['classification']}"))
        L.append(("p", f"{lab('Position number', 'Numéro de poste')}: {p['position_number'] or ('—' if R.random() < .5 else '')}".rstrip()))
        if p["job_code"]:
            L.append(("p", f"{lab('Job code', 'Code d’emploi')}: {p['job_code']}"))
        if eff_t:
            L.append(("p", f"{lab('Effective date', 'Date d’entrée en vigueur')}: {eff_t}"))
        L.append(("p", f"{lab('Location', 'Lieu')}: {loc}"))
        if suplayout == 0:
            s = f"{lab('Reports to', 'Relève de')}: {sup_t} ({p['sup_class']})"
            if p["sup_pos"]:
                s += f", {'poste' if fr else 'position'} {p['sup_pos']}"
            L.append(("p", s))
        else:
            L.append(("p", f"{lab('Supervisor title', 'Titre du superviseur')}: {sup_t}"))
            L.append(("p", f"{lab('Supervisor group and level', 'Groupe et niveau du superviseur')}: {p['sup_class']}"))
            if p["sup_pos"]:
                L.append(("p", f"{lab('Supervisor position number', 'Numéro de poste du superviseur')}: {p['sup_pos']}"))
    else:
        L.append(("h2", val(p["title"], p["title_fr"])))
        bits = [f"Classification: {p['classification']}"]
        if p["position_number"]:
            bits.append(f"{'No de poste' if fr else 'Position no.'} {p['position_number']}")
        if p["job_code"]:
            bits.append(f"{'Code d’emploi' if fr else 'Job code'} {p['job_code']}")
        L.append(("p", " | ".join(bits)))
        sp = f" ({p['sup_class']}{', poste ' + p['sup_pos'] if p['sup_pos'] and fr else ''}{', position ' + p['sup_pos'] if p['sup_pos'] and not fr else ''})"
        if fr:
            s = f"Le poste est situé à {p['city'][1]} et relève du {p['sup_title_fr']}{sp}."
            if eff_t:
                s += f" La présente description entre en vigueur le {eff_t}."
        else:
            s = f"The position is located in {p['city'][0]} and reports to the {p['sup_title']}{sp}."
            if eff_t:
                s += f" This description is effective {eff_t}."
            if bil:
                s += (f" / Le poste est situé à {p['city'][1]} et relève du {p['sup_title_fr']}{sp}.")
        L.append(("p", s))
    subj_l = p["title"].split(", ", 1)[1].lower()
    subj_fl = p["title_fr"].split(", ", 1)[1].lower()
    ga_en = T.GA_EN.format(title=p["title"], subject_l=subj_l, dept_en=d_en)
    ga_fr = T.GA_FR.format(title=p["title_fr"], subject_fl=subj_fl, dept_fr=d_fr)
    L.append(("h2", lab("General accountability", "Responsabilités générales")))
    if not fr:
        L.append(("p", ga_en))
    if not en:
        L.append(("p", ga_fr))
    L.append(("h2", lab("Organization structure", "Structure de l’organisation")))
    n = len(p["reports"])
    if fr:
        L.append(("p", f"Le {p['title_fr']} compte {n} subordonnés directs :"))
    else:
        L.append(("p", f"The {p['title']} has {n} direct reports:" + (f" / Le titulaire compte {n} subordonnés directs :" if bil else "")))
    rl = lambda r: val(r["title"], r["title_fr"])  # noqa: E731
    if layout == "bullets":
        for r in p["reports"]:
            c = f" ({r['classification']})" if r["classification"] else ""
            L.append(("li", f"{rl(r)}{c} — {fte_text(r['fte'], 'fr' if fr else 'en')}"))
    elif layout == "table":
        head = [lab("Position", "Poste"), lab("Group/level", "Groupe/niveau"), lab("FTEs", "ETP")]
        rows = [[rl(r), r["classification"] or "", str(r["fte"]) if r["fte"] is not None else "—"] for r in p["reports"]]
        L.append(("table", [head] + rows))
    else:
        parts = []
        for r in p["reports"]:
            c = f" ({r['classification']})" if r["classification"] else ""
            if fr:
                parts.append(f"le {r['title_fr']}{c}, " + (f"qui dirige {r['fte']} ETP" if r["fte"] else "sans personnel"))
            else:
                parts.append(f"the {r['title']}{c}, " + (f"who leads {r['fte']} FTEs" if r["fte"] else "with no staff"))
        lead = "Relèvent du titulaire : " if fr else "Reporting to the position are "
        L.append(("p", lead + "; ".join(parts[:-1]) + (" et " if fr else "; and ") + parts[-1] + "."))
    if fr:
        L.append(("p", f"La direction compte au total {p['fte_total']} ETP."))
    else:
        L.append(("p", f"The directorate has {p['fte_total']} FTEs in all." + (f" / La direction compte {p['fte_total']} ETP." if bil else "")))
    L.append(("h2", lab("Nature and scope", "Nature et étendue")))
    if not fr:
        L.append(("p", T.NS_EN))
    if not en:
        L.append(("p", T.NS_FR))
    L.append(("h2", lab("Dimensions", "Dimensions")))
    mlang = "fr" if fr else "en"
    L.append(("p", f"{lab('Salary', 'Salaires')}: {money(p['salary'], mlang, ms)}"))
    L.append(("p", f"{lab('O&M', 'F et E')}: {money(p['om'], mlang, ms)}"))
    if p["total_stated"]:
        L.append(("p", f"{lab('Total', 'Total')}: {money(tot, mlang, ms)}"))
    L.append(("h2", lab("Signatures", "Signatures")))
    L.append(("p", f"{lab('Incumbent', 'Titulaire')}: {p['incumbent']}"))
    L.append(("p", f"{lab('Approved by', 'Approuvé par')}: {p['approver']}, {sup_t}"))
    L.append(("p", f"{lab('Classified by', 'Classifié par')}: {p['classifier']}"))
    return L


def plain(lines, md=False, quote="", sep=" | "):
    out = []
    for kind, t in lines:
        if kind == "table":
            for row in t:
                out.append(" | ".join(row) if md else sep.join(row))
                if md and row is t[0]:
                    out.append(" | ".join("---" for _ in row))
            out.append("")
            continue
        if kind == "h1":
            out.append(("# " if md else "") + (t.upper() if not md else t))
        elif kind == "h2":
            out.append(("## " if md else "") + (t.upper() if not md else t))
        elif kind == "li":
            out.append(("- " if md else "  * ") + t)
        elif kind == "l":
            out.append(t)
            continue
        else:
            out.append(t)
        if kind != "li":
            out.append("")
    return [quote + x if x else quote.rstrip() for x in out]


# ---------------------------------------------------------------- mail
def rfc_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S -0500")


def outlook_sent(t, lang):
    if lang == "fr":
        return f"{DAYS_FR[t.weekday()]} {t.day} {MONTHS_FR[t.month - 1]} {t.year} {t:%H:%M}"
    h = t.hour % 12 or 12
    return f"{DAYS_EN[t.weekday()]}, {MONTHS_EN[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def gmail_date(t, lang):
    h = t.hour % 12 or 12
    if lang == "fr":
        return f"{DAYS_FR[t.weekday()][:3]}. {t.day} {MONTHS_FR[t.month - 1][:4]}. {t.year}, {t:%H:%M}"
    return f"{DAYS_EN[t.weekday()][:3]}, {MONTHS_EN[t.month - 1][:3]} {t.day}, {t.year} at {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def signature(name, lang, domain):
    role = R.choice([("Senior Classification Advisor", "Conseiller(ère) principal(e) en classification"),
                     ("Executive Assistant to the Director General", "Adjoint(e) exécutif(ve) du directeur général"),
                     ("Manager, Executive Group Services", "Gestionnaire, Services du groupe de la direction"),
                     ("HR Business Partner", "Partenaire d’affaires RH")])
    phone = f"{R.choice(['613', '819', '343', '873'])}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"
    lines = ["", "--" if R.random() < .5 else "", name]
    if lang == "en":
        lines += [role[0], f"Tel: {phone}", email_of(name, domain)]
    elif lang == "fr":
        lines += [role[1], f"Tél. : {phone}", email_of(name, domain)]
    else:
        lines += [f"{role[0]} | {role[1]}", f"Tel. / Tél. : {phone}", email_of(name, domain)]
    r = R.random()
    if r < .45:
        if lang != "fr":
            lines += ["", "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
                          "recipient(s) and may contain information that is privileged or Protected B. If you received it in error, "
                          "please notify the sender and delete it."]
        if lang != "en":
            lines += ["", "AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés uniquement au(x) "
                          "destinataire(s) et peuvent contenir des renseignements protégés. Si vous l’avez reçu par erreur, "
                          "veuillez en aviser l’expéditeur et le supprimer."]
    return lines


def header_block(style, lang, frm, to, cc, t, subject):
    """Header of a forwarded or replied-to message inside the body."""
    if style == "outlook":
        if lang == "fr":
            b = [f"De : {frm}", f"Envoyé : {outlook_sent(t, 'fr')}", f"À : {to}"]
            if cc:
                b.append(f"Cc : {cc}")
            return b + [f"Objet : {subject}", ""]
        b = ["-----Original Message-----" if R.random() < .5 else "________________________________",
             f"From: {frm}", f"Sent: {outlook_sent(t, 'en')}", f"To: {to}"]
        if cc:
            b.append(f"Cc: {cc}")
        return b + [f"Subject: {subject}", ""]
    if style == "gmail-fwd":
        if lang == "fr":
            return ["---------- Message transféré ---------", f"De : {frm}", f"Date : {gmail_date(t, 'fr')}",
                    f"Objet : {subject}", f"À : {to}", ""]
        return ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {gmail_date(t, 'en')}",
                f"Subject: {subject}", f"To: {to}", ""]
    raise ValueError(style)


NOTES_EN = ["Please see the revised WD below, O&M updated.", "Hi {f}, as discussed, the WD for the position is pasted below so you can start the file.",
            "{f} - forwarding the final version for your records. The PDF would not attach so I pasted the text.",
            "Hello {f}, below is the work description we agreed on at Tuesday's meeting. Let me know if anything is off.",
            "FYI - text of the WD below (from the signed copy)."]
NOTES_FR = ["Bonjour {f}, voici la DT révisée ci-dessous; le budget de F et E a été mis à jour.",
            "Bonjour {f}, comme convenu, je vous transmets le texte de la description de travail ci-dessous.",
            "{f}, pour votre dossier : la version finale de la description de travail est collée plus bas.",
            "Bonjour, la pièce jointe ne passait pas, alors j’ai copié la description de travail dans le courriel."]
NOTES_BI = ["Hi {f} / Bonjour {f},\n\nPlease find the WD below. / Vous trouverez la DT ci-dessous.",
            "Version française ci-dessous / English follows: the bilingual WD is pasted below. / la DT bilingue est collée plus bas."]

EXPECTED = []


def dump_yaml(d):
    import yaml  # PyYAML ships with the venv's dependencies
    return yaml.safe_dump(d, sort_keys=False, allow_unicode=True, width=1000)


def truth(p, fname, kind, lang, outcome="import", corr=None, also=None, people=(), versions=None):
    if outcome == "refuse":
        return {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                "not_stated": None, "also": also or {}, "people": sorted(set(people)), "versions": versions}
    bil = lang == "bilingual"
    fr = lang == "fr"
    f = {
        "title": p["title_fr"] if fr else p["title"],
        "classification": p["classification"], "job_code": p["job_code"], "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": p["sup_pos"], "title": p["sup_title_fr"] if fr else p["sup_title"],
                       "classification": p["sup_class"]},
        "direct_reports": [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"],
                            "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"],
        "total": p["salary"] + p["om"] if p["total_stated"] else None,
        "location": p["city"][1] if fr else p["city"][0],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if p["sup_pos"] is None:
        ns.append("supervisor.position_number")
    a = {"department": p["dept"][2] if fr else p["dept"][1]}
    if bil:
        a["title_fr"] = p["title_fr"]
    a["fte"] = p["fte_total"]
    a.update(also or {})
    if corr:
        a["corrected"] = corr
    return {"document": fname, "kind": kind, "language": lang, "outcome": outcome, "fields": f,
            "not_stated": ns, "also": a, "people": sorted(set(people)), "versions": versions}


# ---------------------------------------------------------------- damage (OCR)
SUBS = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTERS = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("h", "b"), ("n", "u")]


def damage(lines, strength, protect):
    rate = {"light": .25, "middling": .5, "heavy": .8}[strength]
    out = []
    for ln in lines:
        if any(n in ln for n in protect) or "@" in ln:
            out.append(ln)
            continue
        chars = []
        for ch in ln:
            if ch in SUBS and (ch in "0158" or strength != "light") and R.random() < rate:
                chars.append(SUBS[ch])
            else:
                chars.append(ch)
        ln = "".join(chars)
        words = ln.split(" ")
        for k, w in enumerate(words):
            if w.isalpha() and len(w) > 4 and R.random() < rate * .12:
                a, b = R.choice(LETTERS)
                if a in w:
                    words[k] = w.replace(a, b, 1)
        ln = " ".join(words)
        if strength != "light" and R.random() < rate * .3:
            sp = [m.start() for m in __import__("re").finditer(" ", ln)]
            if sp:
                x = R.choice(sp)
                if ln[x - 1:x].isalpha() and ln[x + 1:x + 2].isalpha():
                    ln = ln[:x] + ln[x + 1:]
        out.append(ln)
    return out


def wrap(lines, width, hyphen=False):
    out = []
    for ln in lines:
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            if hyphen and R.random() < .3:
                nxt = ln.find(" ", cut + 1)
                word = ln[cut + 1: nxt if nxt > 0 else len(ln)]
                if word.isalpha() and len(word) > 7 and cut + 1 + len(word) // 2 < width + 4:
                    h = len(word) // 2
                    out.append(ln[:cut + 1 + h] + "-")
                    ln = ln[cut + 1 + h:]
                    continue
            out.append(ln[:cut].rstrip())
            ln = ln[cut:].lstrip()
        out.append(ln)
    return out


# ---------------------------------------------------------------- writers
def docx_file(paras):
    import docx
    from docx.shared import Pt  # noqa: F401
    d = docx.Document()
    for kind, t in paras:
        if kind == "h1":
            d.add_heading(t, level=1)
        elif kind == "h2":
            d.add_heading(t, level=2)
        elif kind == "li":
            d.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            tb = d.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(t):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = c
        elif kind == "bold":
            para = d.add_paragraph()
            lab, _, rest = t.partition(":")
            para.add_run(lab + ":").bold = True
            para.add_run(rest)
        else:
            d.add_paragraph(t)
    cp = d.core_properties
    cp.author = "hrkit blind159"
    cp.created = cp.modified = dt.datetime(2024, 1, 1)
    cp.last_modified_by = "hrkit blind159"
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return out.getvalue()


def enc_header(line):
    """RFC 2047 encoded-words for a header with non-ASCII text, as mailers write them."""
    from email.header import Header
    key, _, value = line.partition(": ")
    if value.isascii():
        return line
    if "<" in value and key in ("From", "To", "Cc"):
        name, _, addr = value.partition(" <")
        return f"{key}: {Header(name, 'utf-8').encode()} <{addr}"
    return f"{key}: {Header(value, 'utf-8').encode()}"


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- plan
KINDS = (["eml"] * 12 + ["outlook"] * 8 + ["outlook1252"] * 6 + ["gmail"] * 4 + ["pdf"] * 5 + ["ocr"] * 4
         + ["docx"] * 4 + ["md"] * 2)
KIND_NAME = {"eml": "text", "outlook": "text", "outlook1252": "text-cp1252", "gmail": "text", "pdf": "pdf",
             "ocr": "ocr", "docx": "docx", "md": "markdown"}
LANGS = ["en", "fr", "en", "bilingual", "en", "fr", "bilingual", "en"]


def compose(p, lang, kind, i, corr_kind, note_override=None, when=None, pdoc=None):
    """Returns (paragraph list of the message body as ('p'|...) items, headers, people, also)."""
    pdoc = pdoc or p
    dom = p["dept"][3]
    sender, recip = person(), person()
    cc = person() if R.random() < .4 else None
    people = [sender, recip] + ([cc] if cc else []) + [p["incumbent"], p["approver"], p["classifier"]]
    hl = "fr" if lang == "fr" or (lang == "bilingual" and R.random() < .6) else "en"
    t = when or dt.datetime(2024, 1, 8, 9, 0) + dt.timedelta(days=R.randint(0, 500), minutes=R.randint(0, 600))
    title = p["title_fr"] if lang == "fr" else p["title"]
    wd_subject = (("DT - " if hl == "fr" else "WD - ") + title)
    ms, ds = R.randrange(3), R.randrange(3)
    layout = R.choice(["bullets", "table", "sentence"])
    form = R.choice(["form", "form", "prose"])
    wd = wd_lines(pdoc, lang, form, ms, ds, layout, R.randrange(2))
    also = {"form": form, "reports_layout": layout}
    first = recip.split()[0]
    mode = R.choice(["pasted", "fwd", "quoted", "chain"]) if not corr_kind else R.choice(["fwd", "quoted", "chain"])
    if note_override:
        mode = "pasted"
    also["mail_layout"] = mode
    pool = NOTES_FR if lang == "fr" else NOTES_BI if lang == "bilingual" else NOTES_EN
    note = note_override or R.choice(pool).format(f=first)
    sig = signature(sender, "fr" if lang == "fr" else lang, dom)
    body = []  # list of (kind, text) in wd_lines style
    subj = wd_subject
    fmt = lambda n: f"{n} <{email_of(n, dom)}>"  # noqa: E731
    if mode == "pasted":
        body += [("l", x) for x in note.split("\n")] + [("l", "")] + wd + [("l", x) for x in sig]
        top_from, top_to = sender, recip
    else:
        older = person()
        people.append(older)
        t0 = t - dt.timedelta(days=R.randint(0, 6), hours=R.randint(1, 20))
        top_note = corr_text(p, pdoc, corr_kind, lang, first) if corr_kind else (
            R.choice(["Thanks, filing this now.", "Forwarding for your file.", "See below - the final text."] if lang != "fr"
                     else ["Merci, je classe le tout.", "Pour votre dossier.", "Voir ci-dessous le texte final."]))
        old_sig = signature(older, "fr" if lang == "fr" else lang, dom)
        old_note = R.choice(pool).format(f=sender.split()[0])
        if mode in ("fwd", "chain"):
            style = R.choice(["outlook", "gmail-fwd"]) if mode == "fwd" else "outlook"
            subj = ("TR: " if hl == "fr" else "FW: ") + wd_subject
            body += [("l", x) for x in top_note.split("\n")] + [("l", x) for x in sig] + [("l", "")]
            if mode == "chain":
                mid = person()
                people.append(mid)
                tm = t - dt.timedelta(hours=R.randint(1, 9))
                body += [("l", x) for x in header_block("outlook", hl, fmt(mid), fmt(sender), None, tm, "RE: " + wd_subject)]
                body += [("l", "Looks fine to me, please send it on to HR." if lang != "fr" else "Ça me convient, veuillez l’envoyer aux RH."),
                         ("l", ""), ("l", mid), ("l", "")]
                subj = ("TR: RE: " if hl == "fr" else "FW: RE: ") + wd_subject
            body += [("l", x) for x in header_block(style, hl, fmt(older), fmt(sender), fmt(cc) if cc else None, t0, wd_subject)]
            body += [("l", x) for x in old_note.split("\n")] + [("l", "")] + wd + [("l", x) for x in old_sig]
        else:  # quoted
            subj = ("RE: " if hl == "en" else "RE : ") + wd_subject
            body += [("l", x) for x in top_note.split("\n")] + [("l", x) for x in sig] + [("l", "")]
            if hl == "fr":
                body.append(("l", f"Le {DAYS_FR[t0.weekday()][:3]}. {t0.day} {MONTHS_FR[t0.month - 1][:4]}. {t0.year} à {t0:%H:%M}, {older} <{email_of(older, dom)}> a écrit :"))
            else:
                body.append(("l", f"On {gmail_date(t0, 'en')} {older} <{email_of(older, dom)}> wrote:"))
            q = plain([("l", x) for x in old_note.split("\n")] + [("l", "")] + wd + [("l", x) for x in old_sig], quote="> ")
            body.append(("quoted", q))
        top_from, top_to = sender, recip
    hdr = {"from": fmt(top_from), "to": fmt(top_to), "cc": fmt(cc) if cc and mode == "pasted" else None,
           "date": t, "subject": subj, "hl": hl}
    return body, hdr, people, also


def corr_text(p, pdoc, ck, lang, first):
    fr = lang == "fr"
    m = "fr" if fr else "en"
    if ck == "om":
        s = (f"{first}, une correction avant de classer : le budget de F et E est de {money(p['om'], 'fr', 0)} et non {money(pdoc['om'], 'fr', 0)} comme indiqué plus bas."
             if fr else f"{first} - one correction before you file this: the O&M should read {money(p['om'], 'en', 0)}, not {money(pdoc['om'], 'en', 0)} as typed below.")
        if p["total_stated"]:
            s += (f" Le total est donc de {money(p['om'] + p['salary'], 'fr', 0)}." if fr else
                  f" The total is therefore {money(p['om'] + p['salary'], 'en', 0)}.")
        return s
    if ck == "salary":
        s = (f"Petite correction : la masse salariale est de {money(p['salary'], 'fr', 0)} (et non {money(pdoc['salary'], 'fr', 0)})."
             if fr else f"Small fix: salary is {money(p['salary'], 'en', 0)} (not {money(pdoc['salary'], 'en', 0)}) - the rest is right.")
        if p["total_stated"]:
            s += (f" Total corrigé : {money(p['om'] + p['salary'], 'fr', 0)}." if fr else
                  f" Corrected total: {money(p['om'] + p['salary'], 'en', 0)}.")
        return s
    if ck == "effective_date":
        return (f"Attention : la date d’entrée en vigueur est le {date_text(p['effective_date'], 'fr', 0)}, pas le {date_text(pdoc['effective_date'], 'fr', 0)}."
                if fr else f"Heads up - the effective date is {date_text(p['effective_date'], 'en', 0)}, not {date_text(pdoc['effective_date'], 'en', 0)} as shown in the text below.")
    if ck == "sup_pos":
        return (f"Le numéro de poste du superviseur est {p['sup_pos']} (le {pdoc['sup_pos']} ci-dessous est une coquille)."
                if fr else f"Note the supervisor's position number is {p['sup_pos']} - the {pdoc['sup_pos']} below is a typo.")
    if ck == "fte":
        r, r0 = p["reports"][0], pdoc["reports"][0]
        return (f"Correction : le {r['title_fr']} dirige {r['fte']} ETP, et non {r0['fte']}."
                if fr else f"One correction: the {r['title']} leads {r['fte']} FTEs, not {r0['fte']}. Everything else below stands.")
    raise ValueError(ck)


def wrong_copy(p, ck):
    import copy
    q = copy.deepcopy(p)
    if ck == "om":
        q["om"] = p["om"] + R.choice([-1, 1]) * R.randrange(5, 40) * 1000
    elif ck == "salary":
        q["salary"] = p["salary"] + R.randrange(3, 30) * 10000
    elif ck == "effective_date":
        q["effective_date"] = p["effective_date"] - dt.timedelta(days=R.choice([31, 92, 365]))
    elif ck == "sup_pos":
        q["sup_pos"] = str(int(p["sup_pos"]) + R.choice([10, 1, 900]))
    elif ck == "fte":
        q["reports"][0]["fte"] = p["reports"][0]["fte"] + R.choice([-3, 4, 10])
    return q


def render(kind, body, hdr, lang, people, i):
    """Bytes of the document and its damage note (for OCR)."""
    hl = hdr["hl"]
    t = hdr["date"]
    lines = []
    for k, x in body:
        if k == "quoted":
            lines += x
        else:
            lines += plain([(k, x)])
    if kind in ("eml",):
        h = [f"From: {hdr['from']}", f"To: {hdr['to']}"] + ([f"Cc: {hdr['cc']}"] if hdr["cc"] else []) + [
            f"Subject: {hdr['subject']}", f"Date: {rfc_date(t)}",
            f"Message-ID: <{abs(hash(hdr['subject'])) % 10**9 if False else 159000 + i}.{t:%Y%m%d%H%M}@{hdr['from'].split('@')[1].rstrip('>')}>",
            "MIME-Version: 1.0"]
        text = "\n".join(lines).strip() + "\n"
        if i % 4 == 1:
            h = [enc_header(x) for x in h]
            h += ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "", qp(text)]
            return ("\r\n".join(h[:-1]) + "\r\n" + h[-1].replace("\n", "\r\n")).encode("ascii"), {"transfer_encoding": "quoted-printable"}
        h += ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit", "", text]
        return "\r\n".join(h).replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("utf-8"), {}
    if kind in ("outlook", "outlook1252", "pdf", "ocr"):
        if hl == "fr":
            h = [f"De :\t{hdr['from']}", f"Envoyé :\t{outlook_sent(t, 'fr')}", f"À :\t{hdr['to']}"] + (
                [f"Cc :\t{hdr['cc']}"] if hdr["cc"] else []) + [f"Objet :\t{hdr['subject']}", "", ""]
        else:
            h = [f"From:\t{hdr['from']}", f"Sent:\t{outlook_sent(t, 'en')}", f"To:\t{hdr['to']}"] + (
                [f"Cc:\t{hdr['cc']}"] if hdr["cc"] else []) + [f"Subject:\t{hdr['subject']}", "", ""]
        if kind == "outlook":
            return ("\n".join(h + lines).rstrip() + "\n").encode("utf-8"), {}
        if kind == "outlook1252":
            s = "\r\n".join(h + lines).rstrip() + "\r\n"
            s = s.replace("'", "\u2019").replace(" \u2014 ", " \u2013 ").replace("\u202f", "\u00a0")
            return s.encode("cp1252"), {}
        owner = hdr["to"].split(" <")[0]
        h = [owner, "_" * 60, ""] + [x.replace("\t", "      ") for x in h]
        if kind == "pdf":
            all_ = wrap(h + lines, 100)
            pages = ["\n".join(all_[k:k + 62]) for k in range(0, len(all_), 62)]
            return pdf_bytes(pages), {}
        strength = ["light", "middling", "heavy", "middling"][i % 4]
        all_ = wrap([x.replace("\t", "    ") for x in h + lines], 76, hyphen=True)
        all_ = damage(all_, strength, people)
        out, n = [], 0
        pages = [all_[k:k + 54] for k in range(0, len(all_), 54)]
        for k, pg in enumerate(pages, 1):
            out += pg + ["", f"{'Page' if hl == 'en' else 'Page'} {k}" + ("" if R.random() < .5 else f" {'of' if hl == 'en' else 'de'} {len(pages)}"), "\f"]
        return ("\n".join(out) + "\n").encode("utf-8"), {"damage": strength}
    if kind == "gmail":
        owner_mail = hdr["to"].split(" <")[1].rstrip(">")
        h = [f"{gmail_date(t, 'en').split(' at')[0]}\tGmail - {hdr['subject']}", "",
             f"Gmail\t{hdr['to'].split(' <')[0]} <{owner_mail}>", "", hdr["subject"],
             "1 message" if hl == "en" else "1 message", f"{hdr['from']}\t{gmail_date(t, hl)}",
             f"{'To' if hl == 'en' else 'À'}: {hdr['to']}"] + ([f"Cc: {hdr['cc']}"] if hdr["cc"] else []) + [""]
        return ("\n".join(h + lines).rstrip() + "\n").encode("utf-8"), {}
    if kind == "md":
        fl = "**De :**" if hl == "fr" else "**From:**"
        h = [f"# {hdr['subject']}", "", f"{fl} {hdr['from']}  ",
             f"{'**Date :**' if hl == 'fr' else '**Date:**'} {outlook_sent(t, hl)}  ",
             f"{'**À :**' if hl == 'fr' else '**To:**'} {hdr['to']}", ""]
        mdl = []
        for k, x in body:
            if k == "quoted":
                mdl += x
            else:
                mdl += plain([(k, x)], md=True)
        return ("\n".join(h + mdl).rstrip() + "\n").encode("utf-8"), {}
    if kind == "docx":
        paras = []
        if hl == "fr":
            hh = [f"De : {hdr['from']}", f"Envoyé : {outlook_sent(t, 'fr')}", f"À : {hdr['to']}", f"Objet : {hdr['subject']}"]
        else:
            hh = [f"From: {hdr['from']}", f"Sent: {outlook_sent(t, 'en')}", f"To: {hdr['to']}", f"Subject: {hdr['subject']}"]
        paras += [("bold", x) for x in hh] + [("p", "")]
        for k, x in body:
            if k == "quoted":
                paras += [("p", y) for y in x]
            elif k == "p" and ":" in x and len(x.split(":")[0]) < 60 and x.split(":")[1].strip() and not x.startswith(("http", "De ", "From")):
                paras.append(("bold", x))
            elif k == "l":
                paras.append(("p", x))
            else:
                paras.append((k, x))
        return docx_file(paras), {}
    raise ValueError(kind)


# ---------------------------------------------------------------- refused documents
def refused():
    docs = []
    a, b, c = person(), person(), person()
    t = dt.datetime(2024, 5, 14, 14, 7)
    txt = "\r\n".join([
        f"From: {a} <{email_of(a, 'hrsdc-rhdcc.gc.ca')}>", f"To: {b} <{email_of(b, 'hrsdc-rhdcc.gc.ca')}>",
        f"Cc: {c} <{email_of(c, 'hrsdc-rhdcc.gc.ca')}>",
        "Subject: RE: WD for Director, Pay Stabilization - where are we?", f"Date: {rfc_date(t)}",
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit", "",
        f"Hi {b.split()[0]},", "",
        "The WD for the Director, Pay Stabilization (EX-01, position 47120) is still with the classification committee.",
        "They asked us to confirm the 62 FTEs and the $5.4M salary envelope before they rate it, and to drop the",
        "reference to the Pay Centre in Miramichi from the general accountability. I will send the revised text once",
        "the ADM has looked at it - please do not load anything into the system yet.", "",
        a, "Manager, Executive Group Services", "Tel: 819-654-2231", "",
        f"On Mon, May 13, 2024 at 4:51 PM {b} <{email_of(b, 'hrsdc-rhdcc.gc.ca')}> wrote:",
        "> Any news on the Pay Stabilization WD? The effective date we discussed was April 1, 2024.", ""])
    docs.append(("RE_ WD for Director, Pay Stabilization - where are we_.eml", txt.encode("utf-8"), "text", "en",
                 [a, b, c], {"what": "e-mail about a work description's classification review; no description"}))
    a, b = person(), person()
    txt = "\n".join([
        f"De :\t{a} <{email_of(a, 'cra-arc.gc.ca')}>", f"Envoyé :\tjeudi 7 mars 2024 09:12",
        f"À :\t{b} <{email_of(b, 'cra-arc.gc.ca')}>", "Objet :\tDescription de travail - Directeur exécutif, Opérations de recouvrement",
        "", "", f"Bonjour {b.split()[0]},", "",
        "Vous trouverez en pièce jointe la description de travail signée du Directeur exécutif, Opérations de",
        "recouvrement (EX-02). Pourriez-vous la verser au dossier du poste 58731 et me confirmer la date d’entrée",
        "en vigueur retenue (1er avril 2024)? Le budget de F et E de 412 000 $ a été approuvé par le SMA.", "",
        "Merci,", "", a, "Conseillère principale en classification", "Tél. : 613-948-2210", "",
        "AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés uniquement au(x) destinataire(s)."])
    docs.append(("Description de travail - Directeur exécutif (pièce jointe).txt", (txt + "\n").encode("utf-8"), "text", "fr",
                 [a, b], {"what": "French e-mail sending a description as an attachment that is not in the file"}))
    a, b = person(), person()
    txt = "\n".join([
        "2024-09-18\tGmail - Classification committee / Comité de classification - 25 Sept", "",
        f"Gmail\t{b} <{email_of(b, 'gmail.com')}>", "",
        "Classification committee / Comité de classification - 25 Sept", "2 messages",
        f"{a} <{email_of(a, 'statcan.gc.ca')}>\tWed, Sep 18, 2024 at 8:02 AM", f"To: {b} <{email_of(b, 'gmail.com')}>", "",
        "Hi / Bonjour,", "",
        "The committee will review three EX work descriptions on September 25: Director General, Census Field",
        "Operations (EX-03); Director, Business Register (EX-01); Senior Director, Survey Methodology (EX-02).",
        "Le comité examinera trois descriptions de travail EX le 25 septembre. Please send comments by Friday. /",
        "Veuillez envoyer vos commentaires d’ici vendredi.", "", a, "",
        f"{b} <{email_of(b, 'gmail.com')}>\tWed, Sep 18, 2024 at 9:40 AM", f"To: {a} <{email_of(a, 'statcan.gc.ca')}>", "",
        "Thanks - I will be there. / Merci, j’y serai.", ""])
    docs.append(("Gmail - Classification committee _ Comité de classification - 25 Sept.txt", txt.encode("utf-8"), "text", "bilingual",
                 [a, b], {"what": "bilingual Gmail thread scheduling a classification committee"}))
    a, b = person(), person()
    org = "\n".join([
        "# FW: org chart - Medical Devices and Clinical Trials", "",
        f"**From:** {a} <{email_of(a, 'hc-sc.gc.ca')}>  ", "**Date:** Tuesday, June 11, 2024 3:15 PM  ",
        f"**To:** {b} <{email_of(b, 'hc-sc.gc.ca')}>", "",
        "Org chart as of June 1 below - no WDs yet for the two new boxes.", "",
        "```", "Director General, Medical Devices (EX-03)  [pos. 30417]  - 214 FTEs",
        "├── Director, Devices Licensing (EX-01) - 88 FTEs",
        "├── Director, Clinical Trials Oversight (EX-01) - 61 FTEs", "├── Director, Post-Market Surveillance (EX-01) - 58 FTEs",
        "└── Senior Advisor (EC-07)", "```", "", a, "Executive Assistant to the Director General", ""])
    docs.append(("FW_ org chart - Medical Devices (June).md", org.encode("utf-8"), "markdown", "en", [a, b],
                 {"what": "forwarded organization chart in Markdown"}))
    a = person()
    memo = [("h1", "MEMORANDUM / NOTE DE SERVICE"), ("bold", f"To / Destinataire: All EX-01 to EX-03, Natural Resources Canada"),
            ("bold", f"From / Expéditeur: {a}, Director General, Corporate Services"), ("bold", "Date: 2024-10-02"),
            ("p", "Work descriptions sent by e-mail will no longer be accepted for classification. Please upload the signed "
                  "PDF to the HR portal instead. / Les descriptions de travail envoyées par courriel ne seront plus acceptées."),
            ("p", "Questions: Executive Group Services, extension 44120.")]
    docs.append(("Memo - WDs by e-mail no longer accepted.docx", docx_file(memo), "docx", "bilingual", [a],
                 {"what": "memo about sending work descriptions by e-mail"}))
    docs.append(("Scan_2024-03-05 signed WD (email attachment).pdf", pdf_bytes(["", "", ""]), "pdf", "en", [],
                 {"what": "three-page scan without a text layer"}))
    return docs


# ---------------------------------------------------------------- main
def safe(s):
    return s.replace(":", "_").replace("/", "_").replace("?", "_")


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = [make_position(i) for i in range(44)]
    kinds = KINDS[:]
    R.shuffle(kinds)
    corrs = {3: "om", 8: "effective_date", 14: "sup_pos", 19: "fte", 25: "salary", 31: "om", 37: "effective_date"}
    names = set()
    plan = []
    for i, p in enumerate(positions):
        lang = LANGS[i % len(LANGS)]
        ck = corrs.get(i)
        if ck == "sup_pos" and p["sup_pos"] is None:
            p["sup_pos"] = str(R.randint(10000, 99999))
        if ck == "effective_date" and p["effective_date"] is None:
            p["effective_date"] = dt.date(2024, 4, 1)
        if ck == "fte" and p["reports"][0]["fte"] is None:
            p["reports"][0]["fte"] = 17
        plan.append((i, p, lang, kinds[i], ck))
    # the 45th work description: the revised version of position 0
    out = []
    for i, p, lang, kind, ck in plan:
        pdoc = wrong_copy(p, ck) if ck else p
        if i == 0:
            import copy
            old = copy.deepcopy(p)
            old["om"] = p["om"] - 47000
            t1 = dt.datetime(2024, 2, 12, 10, 41)
            body, hdr, people, also = compose(old, lang, "eml", i, None, note_override="Hi, the WD for the new position is pasted below for your file.", when=t1)
            data, extra = render("eml", body, hdr, lang, people, i)
            n1 = safe(f"WD - {p['title']} (v1).eml")
            out.append((n1, data, truth(old, n1, "text", lang, also={**also, **extra}, people=people)))
            t2 = dt.datetime(2024, 3, 4, 15, 2)
            body, hdr, people, also = compose(p, lang, "outlook", i, None, note_override="Please see the revised WD below, O&M updated.", when=t2)
            data, extra = render("outlook", body, hdr, lang, people, i)
            n2 = safe(f"RE_ Revised WD - {p['title']}.txt")
            out.append((n2, data, truth(p, n2, "text", lang, also={**also, **extra}, people=people)))
            v = {"documents": [n1, n2], "newest": n2, "same_text": False,
                 "note": f"O&M raised from {old['om']} to {p['om']} in the revised e-mail; all else the same"}
            out[-1][2]["versions"] = v
            out[-2][2]["versions"] = v
            continue
        body, hdr, people, also = compose(p, lang, kind, i, ck, pdoc=pdoc)
        data, extra = render(kind, body, hdr, lang, people, i)
        title = p["title_fr"] if lang == "fr" else p["title"]
        subj = safe(hdr["subject"])
        fname = {"eml": f"{subj}.eml", "outlook": f"{subj}.txt", "outlook1252": f"{subj}.txt",
                 "gmail": f"Gmail - {subj}.txt", "pdf": f"{subj}.pdf" if i % 2 else f"Printed email - {safe(title)} - signed.pdf",
                 "ocr": f"scan_{2200 + i * 7}.txt" if i % 2 else f"SCAN courriel {safe(title)}.txt",
                 "docx": f"{safe(title)} (from email) DRAFT.docx" if i % 2 else f"DT courriel - {safe(title)}.docx",
                 "md": f"{safe(title)} - email.md"}[kind]
        while fname in names:
            stem, ext = fname.rsplit(".", 1)
            fname = f"{stem} (1).{ext}"
        names.add(fname)
        corr = None
        if ck:
            fld = {"om": "o_and_m", "salary": "salary", "effective_date": "effective_date",
                   "sup_pos": "supervisor.position_number", "fte": "direct_reports[0].fte"}[ck]
            was = {"om": pdoc["om"], "salary": pdoc["salary"], "effective_date": pdoc["effective_date"],
                   "sup_pos": pdoc["sup_pos"], "fte": pdoc["reports"][0]["fte"]}[ck]
            corr = {"field": fld, "in_pasted_description": was,
                    "note": "the reply above the pasted description corrects this value; the truth holds the corrected one"}
            if ck in ("om", "salary") and p["total_stated"]:
                corr["total_in_pasted_description"] = pdoc["salary"] + pdoc["om"]
        out.append((fname, data, truth(p, fname, KIND_NAME[kind], lang, corr=corr, also={**also, **extra}, people=people)))
    for fname, data, kind, lang, people, also in refused():
        out.append((fname, data, truth(None, fname, kind, lang, outcome="refuse", also=also, people=people)))
    for fname, data, tr in out:
        (corpus / fname).write_bytes(data)
        (expected / f"{fname}.expected.yaml").write_text(dump_yaml(tr), encoding="utf-8")
    print(len(out), "documents")


if __name__ == "__main__":
    main()
