"""blind155: faxed and photocopied executive work descriptions (issue 12 blind corpus).

Run from the repository root:  python bench/import/blind155/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
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

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(155155)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

_used_names = set()


def person():
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


def initials(name):
    return "".join(w[0] for w in name.replace("-", " ").split()).upper()


class Corr:
    """A handwritten correction: old value struck, new value beside it."""
    def __init__(self, old, new, note=""):
        self.old, self.new, self.note = old, new, note


# ---------------------------------------------------------------- values
def money(v, lang, style):
    if lang == "fr":
        if style == 0:
            return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
        if style == 1:
            return (f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")) + " M$"
        return f"{v:,}".replace(",", " ") + " $"
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return f"${v / 1e6:.2f}M" if v >= 1_000_000 else f"${v // 1000}K"
    return f"${v / 1e6:.3f} million".replace(".000 ", " ") if v >= 1_000_000 else f"${v:,}"


def date_s(d, lang, style):
    if d is None:
        return ""
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if style != 1 else d.isoformat()
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"][style]


# ---------------------------------------------------------------- positions
def make_position(i, cls, lang, sup=None):
    en_t, fr_t = T.TOPICS[i]
    fem = R.random() < 0.45
    head_en = {"EX-01": "Director", "EX-02": "Executive Director", "EX-03": "Director General"}[cls]
    head_fr = {"EX-01": ("Directeur", "Directrice"), "EX-02": ("Directeur exécutif", "Directrice exécutive"),
               "EX-03": ("Directeur général", "Directrice générale")}[cls][fem]
    p = {"cls": cls, "title_en": f"{head_en}, {en_t}", "title_fr": f"{head_fr}, {fr_t}", "lang": lang}
    p["position_number"] = str(R.randint(100000, 999999)) if R.random() < 0.88 else None
    p["job_code"] = str(R.randint(100100, 109900)) if R.random() < 0.6 else None
    p["effective"] = dt.date(R.randint(2015, 2024), R.randint(1, 12), R.choice([1, 1, 1, R.randint(2, 28)])) \
        if R.random() < 0.85 else None
    loc = R.choice(T.LOCATIONS)
    p["loc_en"], p["loc_fr"] = loc
    dep = R.choice(T.DEPARTMENTS)
    p["dep_en"], p["dep_fr"] = dep
    if sup is not None:
        p["sup"] = {"title_en": sup["title_en"], "title_fr": sup["title_fr"], "cls": sup["cls"],
                    "pn": sup["position_number"]}
        p["dep_en"], p["dep_fr"], p["loc_en"], p["loc_fr"] = sup["dep_en"], sup["dep_fr"], sup["loc_en"], sup["loc_fr"]
    else:
        if cls == "EX-03":
            b_en, b_fr = R.choice(T.BRANCHES)
            s_en = "Assistant Deputy Minister, " + b_en.replace(" Branch", "").replace(" Sector", "")
            s_fr = "Sous-ministre adjoint, " + b_fr
            s_cls = "EX-05"
        else:
            j = (i + 17) % len(T.TOPICS)
            if cls == "EX-01" and R.random() < 0.3:
                s_en, s_fr, s_cls = "Executive Director, " + T.TOPICS[j][0], "Directeur exécutif, " + T.TOPICS[j][1], "EX-02"
            else:
                s_en, s_fr, s_cls = "Director General, " + T.TOPICS[j][0], "Directeur général, " + T.TOPICS[j][1], "EX-03"
        p["sup"] = {"title_en": s_en, "title_fr": s_fr, "cls": s_cls,
                    "pn": str(R.randint(100000, 999999)) if R.random() < 0.55 else None}
    reps = []
    if cls == "EX-03":
        for k in R.sample(range(len(T.TOPICS)), R.randint(3, 5)):
            if k == i:
                continue
            reps.append({"en": "Director, " + T.TOPICS[k][0], "fr": "Directeur, " + T.TOPICS[k][1], "cls": "EX-01",
                         "fte": R.randint(14, 60)})
    else:
        for (en, fr, groups) in R.sample(T.REPORTS, R.randint(2, 5)):
            reps.append({"en": en, "fr": fr, "cls": R.choice(groups), "fte": R.randint(3, 28)})
        if R.random() < 0.4:
            en, fr, groups = R.choice(T.ADVISORS)
            reps.append({"en": en, "fr": fr, "cls": R.choice(groups), "fte": None})
    p["reports"] = reps
    p["fte"] = sum(r["fte"] or 1 for r in reps) + 1 + R.randint(0, 3)
    p["salary"] = round(p["fte"] * R.randint(88, 112) * 1000, -4)
    p["om"] = R.choice([R.randint(40, 950) * 1000, R.randint(4, 95) * 10000])
    p["total_stated"] = R.random() < 0.6
    p["incumbent"] = person() if R.random() < 0.5 else None
    p["approver"] = person()
    p["advisor"] = person()
    return p


# ---------------------------------------------------------------- labels
LAB = {
    "en": dict(form="EXECUTIVE GROUP POSITION DESCRIPTION", title="Position title", cls="Group and level",
               pn="Position number", jc="Job code", eff="Effective date", loc="Location", dep="Department",
               sup="Reports to", supcls="Supervisor's group and level", suppn="Supervisor's position number",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE",
               dim="DIMENSIONS", sal="Salary budget", om="O&M", tot="Total", fte="FTEs", rep_h=("Title", "Group/Level", "FTEs"),
               sig="SIGNATURES", inc="Incumbent", appr="Approved by (Assistant Deputy Minister)",
               clsd="Classified by", dr="The position has the following direct reports:"),
    "fr": dict(form="DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION", title="Titre du poste", cls="Groupe et niveau",
               pn="Numéro du poste", jc="Code d'emploi", eff="Date d'entrée en vigueur", loc="Lieu", dep="Ministère",
               sup="Relève de", supcls="Groupe et niveau du superviseur", suppn="Numéro de poste du superviseur",
               ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE DE L'ORGANISATION", ns="NATURE ET ÉTENDUE",
               dim="DIMENSIONS", sal="Budget salarial", om="F et E", tot="Total", fte="ETP",
               rep_h=("Titre", "Groupe/niveau", "ETP"), sig="SIGNATURES", inc="Titulaire",
               appr="Approuvé par (sous-ministre adjoint)", clsd="Classifié par",
               dr="Les postes suivants relèvent directement du titulaire :"),
}
LAB["bilingual"] = {k: (f"{LAB['en'][k]} / {LAB['fr'][k]}" if isinstance(LAB['en'][k], str) else
                        tuple(f"{a} / {b}" for a, b in zip(LAB['en'][k], LAB['fr'][k]))) for k in LAB["en"]}

GA_EN = ["Provides leadership and strategic direction for the {t} program, ensuring that its policies, operations "
         "and services are delivered consistently across the country and meet the Department's obligations.",
         "Is accountable for the planning, delivery and continuous improvement of {t}, and for advising senior "
         "management on risks, priorities and the allocation of resources."]
GA_FR = ["Assure le leadership et l'orientation stratégique du programme {t}, en veillant à ce que les politiques, "
         "les opérations et les services soient offerts de façon uniforme partout au pays.",
         "Est responsable de la planification, de la prestation et de l'amélioration continue des activités "
         "liées à {t}, et conseille la haute direction sur les risques, les priorités et les ressources."]
NS_EN = ("The position operates in a complex environment involving other federal departments, provinces and "
         "territories, industry and unions. The incumbent must reconcile competing priorities, respond to audits "
         "and parliamentary inquiries, and lead change while maintaining service standards.")
NS_FR = ("Le poste évolue dans un environnement complexe qui fait intervenir d'autres ministères fédéraux, les "
         "provinces et les territoires, l'industrie et les syndicats. Le titulaire doit concilier des priorités "
         "concurrentes et diriger le changement tout en maintenant les normes de service.")


# ---------------------------------------------------------------- building the pages (blocks)
def build(p, lang, corr, sup_in_ident, money_style, date_style, table_reports=True):
    """Returns pages: list of (page_role, blocks). block: ('h', str) | ('l', [segs]) | ('p', [segs]) | ('t', hdr, rows)."""
    L = LAB[lang]
    fr = lang == "fr"
    title = p["title_fr"] if fr else (f"{p['title_en']} / {p['title_fr']}" if lang == "bilingual" else p["title_en"])
    loc = p["loc_fr"] if fr else p["loc_en"]
    dep = p["dep_fr"] if fr else (f"{p['dep_en']} / {p['dep_fr']}" if lang == "bilingual" else p["dep_en"])
    ml = "fr" if fr else "en"

    def v(key, s):
        c = corr.get(key)
        return [c] if c else [s]

    ident = [("l", [f"{L['dep']}: {dep}"]), ("h", L["form"]), ("l", [f"{L['title']}: {title}"]),
             ("l", [f"{L['cls']}: "] + v("cls", p["cls"])), ("l", [f"{L['pn']}: {p['position_number'] or ''}"])]
    if p["job_code"]:
        ident.append(("l", [f"{L['jc']}: {p['job_code']}"]))
    ident.append(("l", [f"{L['eff']}: "] + v("eff", date_s(p["effective"], ml, date_style))))
    ident.append(("l", [f"{L['loc']}: "] + v("loc", loc)))
    sup = p["sup"]
    sup_t = sup["title_fr"] if fr else (f"{sup['title_en']} / {sup['title_fr']}" if lang == "bilingual" else sup["title_en"])
    sup_lines = [("l", [f"{L['sup']}: "] + v("sup", sup_t)), ("l", [f"{L['supcls']}: {sup['cls']}"])]
    if sup["pn"]:
        sup_lines.append(("l", [f"{L['suppn']}: {sup['pn']}"]))
    if sup_in_ident:
        ident += sup_lines
    t_short = (T.TOPICS[[e for e, f in T.TOPICS].index(p["title_en"].split(", ", 1)[1])])
    ga_t = t_short[1] if fr else t_short[0]
    ga = [("h", L["ga"])]
    if lang in ("en", "bilingual"):
        ga.append(("p", [R.choice(GA_EN).format(t=t_short[0].lower())]))
    if lang in ("fr", "bilingual"):
        ga.append(("p", [R.choice(GA_FR).format(t=t_short[1].lower())]))
    page1 = ident + ga
    org = [("h", L["org"])]
    if not sup_in_ident:
        org += sup_lines
    org.append(("p", [L["dr"]]))
    rows = []
    for k, r in enumerate(p["reports"]):
        rt = r["fr"] if fr else (f"{r['en']} / {r['fr']}" if lang == "bilingual" else r["en"])
        cls_seg = corr.get(f"rcls{k}") or (r["cls"] if r["cls"] else "")
        fte_seg = corr.get(f"rfte{k}") or ("" if r["fte"] is None else str(r["fte"]))
        rows.append([rt, cls_seg, fte_seg])
    if table_reports:
        org.append(("t", L["rep_h"], rows))
    else:
        for rt, c, f in rows:
            segs = ["- " + rt + " ("]
            segs.append(c)
            if f != "":
                segs += [", ", f, " " + L["fte"]]
            segs.append(")")
            org.append(("l", segs))
    page2 = org
    dim = [("h", L["ns"]), ("p", [NS_FR if fr else NS_EN])]
    if lang == "bilingual":
        dim.append(("p", [NS_FR]))
    dim.append(("h", L["dim"]))
    dim.append(("l", [f"{L['fte']}: "] + v("fte", str(p["fte"]))))
    dim.append(("l", [f"{L['sal']}: "] + v("sal", money(p["salary"], ml, money_style))))
    dim.append(("l", [f"{L['om']}: "] + v("om", money(p["om"], ml, money_style))))
    if p["total_stated"]:
        dim.append(("l", [f"{L['tot']}: "] + v("tot", money(p["salary"] + p["om"], ml, money_style))))
    page3 = dim
    sig = [("h", L["sig"])]
    if p["incumbent"]:
        sig.append(("l", [f"{L['inc']}: {p['incumbent']}"]))
    sig.append(("l", [f"{L['appr']}: {p['approver']}"]))
    sig.append(("l", [f"{L['clsd']}: {p['advisor']}"]))
    return [("ident", page1), ("org", page2), ("dim", page3), ("sig", sig)]


# ---------------------------------------------------------------- text rendering
def seg_text(s, cstyle):
    if isinstance(s, str):
        return s
    if cstyle == "bracket":
        return f"{s.old} [struck out] {s.new} [handwritten{', ' + s.note if s.note else ''}]"
    if cstyle == "hand":
        return f"-{s.old}- [handwritten: {s.new}]" + (f"  {s.note}" if s.note else "")
    if cstyle == "typist":
        return f"(crossed out: {s.old}) {s.new} (hand-written{', initialled ' + s.note if s.note else ''})"
    if cstyle == "md":
        return f"~~{s.old}~~ **{s.new}**" + (f" _({s.note})_" if s.note else "")
    raise ValueError(cstyle)


def block_lines(b, cstyle, width=None):
    if b[0] == "h":
        return ["", b[1], ""]
    if b[0] in ("l", "p"):
        t = "".join(seg_text(s, cstyle) for s in b[1])
        return [t] if b[0] == "l" else [t, ""]
    hdr, rows = b[1], b[2]
    rows_t = [[seg_text(c, cstyle) if not isinstance(c, str) else c for c in r] for r in rows]
    w0 = max(len(hdr[0]), *(len(r[0]) for r in rows_t)) + 3
    w1 = max(len(hdr[1]), *(len(r[1]) for r in rows_t)) + 3
    out = [f"{hdr[0]:<{w0}}{hdr[1]:<{w1}}{hdr[2]}"]
    out += [f"{r[0]:<{w0}}{r[1]:<{w1}}{r[2]}".rstrip() for r in rows_t]
    return out + [""]


def wrap(line, width, hyphen=True):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if hyphen and cut < width - 12:
            # break inside a long word with a hyphen, as a scanner's text does
            out.append(line[:width - 1] + "-")
            line = line[width - 1:]
            continue
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return out


def wrap_words_hyph(line, width, rng):
    """Wrap at width, sometimes hyphenating the last word across the break."""
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if len(w) > 7 and rng.random() < 0.35 and not any(ch.isdigit() for ch in w) and "[" not in w:
                k = R.randint(3, len(w) - 3)
                if len(cur) + 1 + k + 1 <= width:
                    out.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                    continue
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("e", "c"), ("i", "l"), ("h", "b"), ("u", "n"), ("t", "l"), ("o", "a")]


def damage_line(line, strength, rng, protect):
    if any(n in line for n in protect) or not line.strip():
        return line
    pd = {"light": 0.15, "middling": 0.35, "heavy": 0.6}[strength]
    pl = {"light": 0.01, "middling": 0.03, "heavy": 0.07}[strength]
    pj = {"light": 0.01, "middling": 0.03, "heavy": 0.06}[strength]
    out, depth = [], 0
    toks = line.split(" ")
    for t in toks:
        inside = depth > 0 or "[" in t
        depth += t.count("[") - t.count("]")
        if inside or "@" in t:
            out.append(t)
            continue
        chars = list(t)
        if any(c.isdigit() for c in t):
            for j, c in enumerate(chars):
                if c in DIG and rng.random() < pd and (c not in "62" or strength == "heavy" or c in "0"):
                    if c == "1" and rng.random() < 0.4:
                        chars[j] = "l"
                    elif c == "0" and rng.random() < 0.2:
                        chars[j] = "o"
                    else:
                        chars[j] = DIG[c]
            t = "".join(chars)
        else:
            for a, b in LET:
                if a in t and rng.random() < pl:
                    t = t.replace(a, b, 1)
        out.append(t)
    s = ""
    for j, t in enumerate(out):
        if j and not (rng.random() < pj and out[j - 1].isalpha() and t.isalpha()):
            s += " "
        s += t
    return s


# ---------------------------------------------------------------- fax wrapping
def fax_header(style, sender, phone, page, total, when, lang):
    hh = f"{when.hour:02d}:{when.minute:02d}"
    if style == 0:
        return f"FROM: {sender.upper()}  {phone}   PAGE {page:02d}/{total:02d}   {hh}"
    if style == 1:
        return f"{MON3[when.month - 1]}-{when.day:02d}-{when.year} {hh}  FROM:{sender.upper().replace(' ', '')}   {phone}   TO:613 555 0110   P.{page}/{total}"
    if style == 2:
        return f"{when.year}/{when.month:02d}/{when.day:02d} {hh}  #{R.randint(100, 999)} {phone}  DE/FROM {sender}  P.{page:03d}/{total:03d}"
    return f"{when.day:02d}-{MON3[when.month - 1]}-{str(when.year)[2:]} {hh}  {phone}  {sender}  PAGE {page} OF {total}"


def fax_footer(style, when, page):
    if style == 0:
        return f"RECEIVED {MON3[when.month - 1]} {when.day:02d} {when.year}"
    if style == 1:
        return f"REÇU / RECEIVED  {when.isoformat()}  {when.hour:02d}:{(when.minute + 3) % 60:02d}"
    return f"- {page} -"


STAMPS = ["CLASSIFIED / CLASSIFIÉ", "COPY", "CONFIDENTIAL", "PROTECTED B", "COPIE", "PROTÉGÉ B",
          "CERTIFIED TRUE COPY / COPIE CERTIFIÉE CONFORME", "FILE COPY - DO NOT REMOVE", "ORIGINAL SENT BY MAIL"]


def cover_sheet(lang, sender_name, to_name, p, n_pages, when, note, phone, unit):
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    if lang == "fr":
        lines = ["BORDEREAU DE TÉLÉCOPIE", "", f"Destinataire : {to_name}", f"Expéditeur : {sender_name}, {unit}",
                 f"Téléphone : {phone}", f"Date : {date_s(when.date(), 'fr', 0)}",
                 f"Nombre de pages (y compris la présente) : {n_pages}", f"Objet : Description de travail - {t}", "",
                 note, "", "Le présent document peut contenir des renseignements protégés. Si vous l'avez reçu par "
                 "erreur, veuillez en aviser l'expéditeur."]
    else:
        lines = ["FAX TRANSMITTAL" + (" / BORDEREAU DE TÉLÉCOPIE" if lang == "bilingual" else ""), "",
                 f"To: {to_name}", f"From: {sender_name}, {unit}", f"Phone: {phone}",
                 f"Date: {date_s(when.date(), 'en', 0)}", f"Number of pages (including cover): {n_pages}",
                 f"Re: Work description - {t}", "", note, "",
                 "This transmission may contain protected information. If you received it in error, "
                 "please notify the sender."]
    return lines


# ---------------------------------------------------------------- docx
FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def docx_bytes(render):
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "HR Services", "HR Services", "", ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    render(d)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, zin.read(name))
    return out.getvalue()


def add_segs(par, segs):
    for s in segs:
        if isinstance(s, str):
            par.add_run(s)
        else:
            r = par.add_run(s.old)
            r.font.strike = True
            par.add_run(" ")
            r2 = par.add_run(s.new)
            r2.italic = True
            if s.note:
                par.add_run(f"  ({s.note})")


def docx_render(pages, preface):
    def render(d):
        for line in preface:
            d.add_paragraph(line)
        for role, blocks in pages:
            for b in blocks:
                if b[0] == "h":
                    d.add_heading(b[1], level=2)
                elif b[0] in ("l", "p"):
                    add_segs(d.add_paragraph(), b[1])
                else:
                    tab = d.add_table(rows=1, cols=3)
                    for j, h in enumerate(b[1]):
                        tab.rows[0].cells[j].text = h
                    for r in b[2]:
                        cells = tab.add_row().cells
                        for j, c in enumerate(r):
                            par = cells[j].paragraphs[0]
                            add_segs(par, [c])
    return render


# ---------------------------------------------------------------- corrections
def make_corr(p, lang, keys):
    corr, notes = {}, []
    who = person()
    ini = initials(who)
    when = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}"
    ml = "fr" if lang == "fr" else "en"
    for key in keys:
        note = f"{ini} {when}" if R.random() < 0.6 else ""
        if key == "fte":
            old = p["fte"] - R.randint(1, 4)
            corr["fte"] = Corr(str(old), f"{p['fte']} FTE" if ml == "en" else f"{p['fte']} ETP", note)
            notes.append(f"FTEs {old} -> {p['fte']}")
        elif key == "sal":
            old = p["salary"] - R.choice([120000, 250000, 310000])
            corr["sal"] = Corr(money(old, ml, 0), money(p["salary"], ml, 0), note)
            notes.append(f"salary {old} -> {p['salary']}")
            if p["total_stated"]:
                corr["tot"] = Corr(money(old + p["om"], ml, 0), money(p["salary"] + p["om"], ml, 0), note)
                notes.append("total corrected with it")
        elif key == "eff" and p["effective"]:
            old = p["effective"].replace(year=p["effective"].year - 1, day=min(p["effective"].day, 28))
            corr["eff"] = Corr(date_s(old, ml, 0), date_s(p["effective"], ml, 0), note)
            notes.append(f"effective date {old} -> {p['effective']}")
        elif key.startswith("rfte"):
            k = [j for j, r in enumerate(p["reports"]) if r["fte"]][0]
            r = p["reports"][k]
            old = r["fte"] + R.randint(2, 5)
            corr[f"rfte{k}"] = Corr(str(old), f"{r['fte']} FTE" if ml == "en" else f"{r['fte']} ETP", note)
            notes.append(f"report {r['en']} FTEs {old} -> {r['fte']}")
        elif key.startswith("rcls"):
            k = len(p["reports"]) - 1
            r = p["reports"][k]
            g, lv = r["cls"].rsplit("-", 1)
            old = f"{g}-{int(lv) - 1:0{len(lv)}d}"
            corr[f"rcls{k}"] = Corr(old, r["cls"], note)
            notes.append(f"report {r['en']} level {old} -> {r['cls']}")
        elif key == "loc":
            o = R.choice([l for l in T.LOCATIONS if l[0] != p["loc_en"]])
            corr["loc"] = Corr(o[1] if ml == "fr" else o[0], p["loc_fr"] if ml == "fr" else p["loc_en"], note)
            notes.append(f"location {o[0]} -> {p['loc_en']}")
        elif key == "cls":
            old = {"EX-01": "EX-02", "EX-02": "EX-01", "EX-03": "EX-02"}[p["cls"]]
            corr["cls"] = Corr(old, p["cls"], note)
            notes.append(f"level {old} -> {p['cls']}")
    people = [who] if any(c.note for c in corr.values()) else []
    return corr, notes, people


# ---------------------------------------------------------------- truth
def truth(name, kind, lang, p, dropped, people, also, versions=None, sup_in_ident=False):
    fr = lang == "fr"
    f = {"title": p["title_fr"] if fr else p["title_en"], "classification": p["cls"], "job_code": p["job_code"],
         "position_number": p["position_number"], "effective_date": p["effective"]}
    sup = p["sup"]
    org_gone = "org" in dropped
    sup_gone = org_gone and not sup_in_ident
    f["supervisor"] = {"position_number": None if sup_gone else sup["pn"],
                       "title": None if sup_gone else (sup["title_fr"] if fr else sup["title_en"]),
                       "classification": None if sup_gone else sup["cls"]}
    f["direct_reports"] = None if org_gone else [
        {"title": r["fr"] if fr else r["en"], "classification": r["cls"], "fte": r["fte"]} for r in p["reports"]]
    dim_gone = "dim" in dropped
    f["salary"] = None if dim_gone else p["salary"]
    f["o_and_m"] = None if dim_gone else p["om"]
    f["total"] = p["salary"] + p["om"] if (p["total_stated"] and not dim_gone) else None
    f["location"] = p["loc_fr"] if fr else p["loc_en"]
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "direct_reports")
          if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    a = {"department": p["dep_fr"] if fr else p["dep_en"]}
    if lang == "bilingual":
        a["title_fr"] = p["title_fr"]
        a["location_fr"] = p["loc_fr"]
    if not dim_gone:
        a["fte"] = p["fte"]
    a.update(also)
    ppl = list(people)
    for k, page in (("incumbent", "sig"), ("approver", "sig"), ("advisor", "sig")):
        if p[k] and page not in dropped:
            ppl.append(p[k])
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f,
            "not_stated": ns or None, "also": a, "people": sorted(set(ppl), key=ppl.index) or None,
            "versions": versions}


# ---------------------------------------------------------------- rendering a faxed work description
SENDERS = [("HR Services", "613 555 0199"), ("Classification Unit", "819 555 0143"), ("Executive Staffing", "613 555 0172"),
           ("Services RH", "819 555 0120"), ("Regional HR Centre", "506 555 0188"), ("Organization Design", "204 555 0131")]


def render(spec, p):
    kind, lang = spec["kind"], spec["lang"]
    corr = spec["corr"]
    pages = build(p, lang, corr, spec["sup_in_ident"], spec["money_style"], spec["date_style"],
                  table_reports=spec["table"])
    roles = [r for r, _ in pages]
    numbered = list(enumerate(pages, 1))
    numbered = [(n, pg) for n, pg in numbered if pg[0] not in spec["drop"]]
    if spec["swap"]:
        a, b = spec["swap"]
        ia = [k for k, (n, _) in enumerate(numbered) if n == a][0]
        ib = [k for k, (n, _) in enumerate(numbered) if n == b][0]
        numbered[ia], numbered[ib] = numbered[ib], numbered[ia]
    rng = random.Random(spec["seed"])
    cover = 1 if spec["cover"] else 0
    total = len(pages) + cover
    sender, phone = spec["sender"]
    when = spec["when"]
    protect = spec["protect"]
    cstyle = spec["cstyle"]
    if kind in ("ocr", "ocr-columns", "pdf"):
        width = 72 if kind != "pdf" else 95
        out_pages = []
        if cover:
            cl = cover_sheet(lang, spec["cover_from"], spec["cover_to"], p, total, when, spec["cover_note"], phone, sender)
            out_pages.append([fax_header(spec["hstyle"], sender, phone, 1, total, when, lang), ""] + cl +
                             ["", fax_footer(spec["fstyle"], when, 1)])
        for n, (role, blocks) in numbered:
            lines = [fax_header(spec["hstyle"], sender, phone, n + cover, total, when, lang), ""]
            if n == 1 or rng.random() < 0.3:
                st = rng.choice(spec["stamps"])
                lines.append(" " * rng.randint(20, 44) + st)
            if kind == "ocr-columns" and role == "ident":
                lines += columns_ident(blocks, cstyle, rng)
            else:
                for b in blocks:
                    if kind == "ocr-columns" and b[0] == "t":
                        lines += columns_table(b, cstyle)
                        continue
                    for ln in block_lines(b, cstyle):
                        if b[0] == "t":
                            lines.append(ln)
                        else:
                            lines += wrap_words_hyph(ln, width, rng)
            if spec.get("margin") and role in spec["margin"]:
                k = max(i for i, l in enumerate(lines) if l.strip())
                lines[k] = lines[k] + "    " + spec["margin"][role]
            lines += ["", fax_footer(spec["fstyle"], when, n + cover)]
            if kind == "ocr-columns":
                lines = [(" " * (j // 9)) + l if l else l for j, l in enumerate(lines)]
            if spec["damage"]:
                lines = [damage_line(l, spec["damage"], rng, protect) for l in lines]
            out_pages.append(lines)
        if kind == "pdf":
            return pdf_bytes(["\n".join(pg) for pg in out_pages])
        return ("\n\f".join("\n".join(pg) for pg in out_pages) + "\n").encode("utf-8")
    if kind in ("text", "text-cp1252"):
        lines = list(spec["preface"])
        for n, (role, blocks) in numbered:
            lines.append(f"[page {n + cover} of {total}]" if lang != "fr" else f"[page {n + cover} de {total}]")
            for b in blocks:
                lines += block_lines(b, cstyle)
        txt = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            txt = txt.replace("'", "\u2019").replace("\n", "\r\n")
            return txt.encode("cp1252")
        return txt.encode("utf-8")
    if kind == "markdown":
        lines = list(spec["preface"])
        for n, (role, blocks) in numbered:
            lines += [f"<!-- fax page {n + cover}/{total} -->", ""]
            for b in blocks:
                if b[0] == "h":
                    lines += [f"## {b[1].title() if lang != 'fr' else b[1].capitalize()}", ""]
                elif b[0] == "l":
                    t = "".join(seg_text(s, "md") for s in b[1])
                    if ": " in t and not t.startswith("- "):
                        k, v = t.split(": ", 1)
                        t = f"- **{k}:** {v}"
                    lines.append(t)
                elif b[0] == "p":
                    lines += ["", "".join(seg_text(s, "md") for s in b[1]), ""]
                else:
                    lines += ["", "| " + " | ".join(b[1]) + " |", "|---|---|---|"]
                    lines += ["| " + " | ".join(seg_text(c, "md") if not isinstance(c, str) else c for c in r) + " |"
                              for r in b[2]]
                    lines.append("")
            lines.append("")
        return ("\n".join(lines) + "\n").encode("utf-8")
    if kind == "docx":
        return docx_bytes(docx_render([pg for _, pg in numbered], spec["preface"]))
    raise ValueError(kind)


def columns_ident(blocks, cstyle, rng):
    """A skewed two-column identification block read across: the left column's long values wrap into the
    next line and meet the right column's next label."""
    items = []
    for b in blocks:
        if b[0] == "l":
            items.append("".join(seg_text(s, cstyle) for s in b[1]))
    out = [b[1] for b in blocks if b[0] == "h"][:1]
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:]
    lcol = []
    for it in left:
        lcol += wrap(it, 36, hyphen=False)
    rcol = []
    for it in right:
        rcol += wrap(it, 40, hyphen=False)
    for j in range(max(len(lcol), len(rcol))):
        a = lcol[j] if j < len(lcol) else ""
        b = rcol[j] if j < len(rcol) else ""
        out.append(f"{a:<40}{b}".rstrip())
    out.append("")
    for b in blocks[len(out) and 0:]:
        if b[0] != "l" and not (b[0] == "h" and b[1] in out):
            for ln in block_lines(b, cstyle):
                out += wrap_words_hyph(ln, 72, rng)
    return out


def columns_table(b, cstyle):
    """A table whose columns the scanner read one after another."""
    hdr, rows = b[1], b[2]
    out = []
    for j in range(3):
        out.append(hdr[j])
        out += [seg_text(r[j], cstyle) if not isinstance(r[j], str) else (r[j] or "-") for r in rows]
        out.append("")
    return out


# ---------------------------------------------------------------- the plan
KINDS = ["ocr"] * 17 + ["ocr-columns"] * 4 + ["pdf"] * 8 + ["docx"] * 6 + ["text"] * 4 + ["text-cp1252"] * 3 + ["markdown"] * 2
LANGS = ["en"] * 24 + ["fr"] * 10 + ["bilingual"] * 10
CORR_KEYS = ["fte", "sal", "eff", "rfte", "rcls", "loc", "cls"]


def file_name(kind, lang, p, k, used):
    ext = {"ocr": ".txt", "ocr-columns": ".txt", "pdf": ".pdf", "docx": ".docx", "text": ".txt",
           "text-cp1252": ".txt", "markdown": ".md"}[kind]
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    short = t.split(", ", 1)[1]
    choices = {
        "ocr": [f"scan{40 + k:04d}", f"FAX_2019{R.randint(1, 12):02d}{R.randint(10, 28)}_{R.randint(800, 1700)}",
                f"{t} - faxed copy", f"WD {p['cls']} {short} (fax)", f"{t} - photocopie numérisée",
                f"Doc{R.randint(100, 999)} - {short}"],
        "ocr-columns": [f"scan{40 + k:04d} skewed", f"{t} - scan (crooked)", f"IMG_{R.randint(1000, 9999)} {short}"],
        "pdf": [f"{t} - signed", f"FAX {t}", f"fax_{R.randint(10000, 99999)}", f"{p['cls']} {t} - RECEIVED"],
        "docx": [f"{t} - typed from fax", f"DRAFT {t}", f"{t} (retyped)", f"Transcription - {t}"],
        "text": [f"{t} - fax server export", f"{short} - OCR from fax"],
        "text-cp1252": [f"{t} - transcription", f"{short} (copie de télécopie)"],
        "markdown": [f"{t} - faxed, notes", f"{short} - fax transcription"],
    }[kind]
    while True:
        n = R.choice(choices) + ext
        if n not in used:
            used.add(n)
            return n


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    kinds, langs = KINDS[:], LANGS[:]
    R.shuffle(kinds)
    R.shuffle(langs)
    # the versioned pair and the supervisor group are placed by hand
    cls_pool = ["EX-01"] * 27 + ["EX-02"] * 10 + ["EX-03"] * 7
    R.shuffle(cls_pool)
    dg_index = cls_pool.index("EX-03")
    used, docs, all_truth = set(), [], []
    positions = []
    topic_ids = R.sample(range(len(T.TOPICS)), 44)
    dg = None
    for k in range(44):
        sup = None
        if k in (dg_index + 1, dg_index + 2) and dg is not None:
            sup = dg
            cls_pool[k] = "EX-01"
        p = make_position(topic_ids[k], cls_pool[k], langs[k], sup)
        if k == dg_index:
            dg = p
            if p["position_number"] is None:
                p["position_number"] = str(R.randint(100000, 999999))
        positions.append(p)
    for k, p in enumerate(positions):
        kind, lang = kinds[k], langs[k]
        p["lang"] = lang
        name = file_name(kind, lang, p, k, used)
        ncorr = R.choice([0, 1, 1, 2, 2, 3]) if k % 7 else 0
        keys = R.sample(CORR_KEYS, ncorr)
        keys = ["rfte" if c == "rfte" else ("rcls" if c == "rcls" else c) for c in keys]
        if not p["effective"] and "eff" in keys:
            keys.remove("eff")
        if "rfte" in keys and not any(r["fte"] for r in p["reports"]):
            keys.remove("rfte")
        corr, cnotes, cpeople = make_corr(p, lang, keys)
        damage = None
        if kind in ("ocr", "ocr-columns"):
            damage = ["light", "middling", "heavy"][k % 3]
        elif kind == "pdf" and k % 2:
            damage = "light"
        drop, swap = [], None
        r = R.random()
        if kind != "docx" and k % 9 == 4:
            drop = ["dim"]
        elif k % 9 == 7:
            drop = ["sig"]
        elif k % 11 == 5:
            drop = ["org"]
        if k % 5 == 2:
            swap = R.choice([(2, 3), (1, 4), (3, 4)])
            if drop:
                swap = None
        sup_in_ident = R.random() < 0.5 or "org" in drop
        sender = R.choice(SENDERS)
        when = dt.datetime(R.randint(2016, 2024), R.randint(1, 12), R.randint(1, 28), R.randint(8, 17), R.randint(0, 59))
        if p["effective"]:
            w = p["effective"] + dt.timedelta(days=R.randint(-40, 120))
            when = dt.datetime(w.year, w.month, w.day, when.hour, when.minute)
        cover = kind in ("ocr", "pdf", "ocr-columns") and R.random() < 0.45
        cover_from, cover_to = person(), person()
        if "dim" in drop:
            note = "Page 4 did not go through - will resend." if lang != "fr" else "La page 4 n'est pas passée; je la renvoie."
        elif "org" in drop:
            note = "Please sign and return. Page 3 to follow." if lang != "fr" else "Veuillez signer et retourner. La page 3 suivra."
        else:
            note = R.choice(["For signature and return by fax.", "Revised version with the ADM's corrections in pen.",
                             "As discussed, here is the signed copy for the file.",
                             f"Note: the previous version had {p['fte'] + R.randint(3, 9)} FTEs; this one supersedes it."]) \
                if lang != "fr" else R.choice(["Pour signature et retour par télécopieur.",
                                                "Version révisée avec les corrections manuscrites du SMA."])
        margin = {}
        mpeople = []
        if R.random() < 0.35:
            mp = person()
            margin[R.choice(["ident", "org", "dim"])] = f"{initials(mp)} {R.randint(1, 28)}/{R.randint(1, 12)}/{str(when.year)[2:]}"
            mpeople.append(mp)
        preface = []
        if kind in ("text", "text-cp1252", "markdown", "docx"):
            rcv = f"{MON3[when.month - 1]} {when.day:02d} {when.year}"
            if lang == "fr":
                preface = [f"Transcription d'une copie reçue par télécopieur le {date_s(when.date(), 'fr', 0)} "
                           f"({sender[0]}, {sender[1]}).", f"[Estampille : {R.choice(STAMPS)}]",
                           f"[Estampille : REÇU {rcv}]", ""]
            else:
                preface = [f"Typed from a faxed copy received {rcv} from {sender[0]} ({sender[1]}).",
                           f"[Stamp: {R.choice(STAMPS)}]", f"[Stamp: RECEIVED {rcv}]", ""]
            if kind == "markdown":
                preface = ["> " + preface[0], ">", "> " + preface[1], ""]
        protect = [n for n in (p["incumbent"], p["approver"], p["advisor"], cover_from, cover_to) if n] + cpeople + mpeople
        spec = dict(kind=kind, lang=lang, corr=corr, sup_in_ident=sup_in_ident, money_style=R.randint(0, 2),
                    date_style=R.randint(0, 2), table=R.random() < 0.6, drop=drop, swap=swap, seed=1550 + k,
                    cover=cover, sender=sender, when=when, protect=protect,
                    cstyle=R.choice(["bracket", "hand", "typist"]), hstyle=R.randint(0, 3), fstyle=R.randint(0, 2),
                    cover_from=cover_from, cover_to=cover_to, cover_note=note, stamps=STAMPS, margin=margin,
                    damage=damage, preface=preface)
        also = {"fax": {"received": when.date(), "cover_sheet": bool(cover), "pages_missing": drop or None,
                        "pages_swapped": list(swap) if swap else None}}
        if damage:
            also["damage"] = damage
        if cnotes:
            also["corrections"] = cnotes
        if kind == "ocr-columns":
            also["layout"] = "skewed scan: identification block in two columns read across, report table read column by column"
        people = cpeople + mpeople + ([cover_from, cover_to] if cover else [])
        docs.append((name, kind, lang, p, spec, also, people))
    # supervisor links
    if dg is not None:
        dname = [d[0] for d in docs if d[3] is dg][0]
        kids = [d for d in docs if d[3]["sup"]["title_en"] == dg["title_en"]]
        for d in kids:
            d[5]["reports_to_in_corpus"] = dname
        [d for d in docs if d[3] is dg][0][5]["supervises_in_corpus"] = [d[0] for d in kids]
    # write
    for name, kind, lang, p, spec, also, people in docs:
        (corpus / name).write_bytes(render(spec, p))
        all_truth.append(truth(name, kind, lang, p, spec["drop"], people, also, sup_in_ident=spec["sup_in_ident"]))
    # versions: a fax received twice (identical bytes)
    src = [t for t in all_truth if t["kind"] == "ocr" and not t["also"]["fax"]["pages_missing"]][0]
    dup = src["document"].rsplit(".", 1)[0] + " (1).txt"
    (corpus / dup).write_bytes((corpus / src["document"]).read_bytes())
    vt = dict(src, document=dup)
    v = {"documents": [src["document"], dup], "newest": dup, "same_text": True,
         "note": "the same fax received twice; identical bytes"}
    src["versions"] = v
    vt["versions"] = v
    all_truth.append(vt)
    # versions: a Word draft before the handwritten corrections, then the corrected fax
    tgt = [d for d in docs if d[1] == "ocr" and d[4]["corr"] and d[3]["effective"] and not d[4]["drop"]
           and d[3] is not dg][0]
    p0 = dict(tgt[3])
    p0["reports"] = [dict(r) for r in p0["reports"]]
    draft_notes = []
    for key, c in tgt[4]["corr"].items():
        draft_notes.append(key)
    # the draft carries the old (struck) values
    oldp = dict(p0)
    oldp["reports"] = [dict(r) for r in p0["reports"]]
    for key, c in tgt[4]["corr"].items():
        old = c.old
        if key == "fte":
            oldp["fte"] = int(old)
        elif key == "sal":
            oldp["salary"] = int(old.replace("$", "").replace(",", "").replace("\u00a0", ""))
        elif key == "eff":
            oldp["effective"] = None
        elif key.startswith("rfte"):
            oldp["reports"][int(key[4:])]["fte"] = int(old)
        elif key.startswith("rcls"):
            oldp["reports"][int(key[4:])]["cls"] = old
        elif key == "cls":
            oldp["cls"] = old
        elif key == "loc":
            oldp["loc_en"] = oldp["loc_fr"] = None
    if oldp["effective"] is None:
        oldp["effective"] = p0["effective"].replace(year=p0["effective"].year - 1, day=min(p0["effective"].day, 28))
    if oldp["loc_en"] is None:
        lo = [l for l in T.LOCATIONS if tgt[4]["corr"]["loc"].old in l][0]
        oldp["loc_en"], oldp["loc_fr"] = lo
    oldp["total_stated"] = p0["total_stated"]
    lang = tgt[2]
    tt = oldp["title_fr"] if lang == "fr" else oldp["title_en"]
    dname = f"DRAFT - {tt} v3.docx"
    dspec = dict(tgt[4], kind="docx", corr={}, drop=[], swap=None, preface=[
        "DRAFT - FOR CONSULTATION" if lang != "fr" else "ÉBAUCHE - POUR CONSULTATION", ""])
    (corpus / dname).write_bytes(render(dspec, oldp))
    dt_ = truth(dname, "docx", lang, oldp, [], [], {"form": "draft before the faxed corrections"},
                sup_in_ident=dspec["sup_in_ident"])
    dt_["also"].pop("fax", None)
    vv = {"documents": [dname, tgt[0]], "newest": tgt[0], "same_text": False,
          "note": "the Word draft carries the values struck out by hand on the later faxed copy: "
                  + "; ".join(tgt[5].get("corrections", []))}
    dt_["versions"] = vv
    [t for t in all_truth if t["document"] == tgt[0]][0]["versions"] = vv
    all_truth.append(dt_)
    all_truth += refusals(corpus)
    for t in all_truth:
        stem = t["document"]
        (expected / f"{stem}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def refusals(corpus):
    out = []

    def add(name, kind, lang, data, people, note):
        (corpus / name).write_bytes(data)
        out.append({"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                    "not_stated": None, "also": {"what": note}, "people": people, "versions": None})

    a, b = person(), person()
    lines = ["FROM: EXECUTIVE STAFFING  613 555 0172   PAGE 01/01   09:14", "", "      COPY", "FAX TRANSMITTAL", "",
             f"To: {a}", f"From: {b}, Executive Staffing", "Phone: 613 555 0172", "Date: March 12, 2019",
             "Number of pages (including cover): 5",
             "Re: Work description - Director, Pension Modernization (EX-0I), position 4Z7731", "",
             "Please find attached the signed work description. 14 FTEs, salary $1,45O,OOO, O&M $9O,OOO.",
             "The remaining pages will follow by courier.", "", "RECEIVED MAR 12 2019"]
    add("FAX cover only - Executive Staffing 2019-03-12.txt", "ocr", "en", ("\n".join(lines) + "\n").encode(),
        [a, b], "a fax cover sheet received alone; the four pages of the description never arrived")
    c = person()
    log = ["FAX ACTIVITY REPORT / RAPPORT D’ACTIVITÉ DU TÉLÉCOPIEUR", "Machine: HR-3F-FAX01   613 555 0110", "",
           "No.   Date        Time   Remote           Pages  Duration  Result   Job name",
           "0412  2019-03-11  16:02  819 555 0143     5      02’11”    OK       WD Dir Laboratory Services EX-01",
           "0413  2019-03-12  09:14  613 555 0172     1      00’24”    OK       Cover - Pension Modernization",
           "0414  2019-03-12  14:32  613 555 0199     4      01’58”    ERROR    WD ED Cyber Security Ops EX-02 pos 338812",
           "0415  2019-03-12  14:40  613 555 0199     4      02’03”    OK       WD ED Cyber Security Ops EX-02 pos 338812",
           "0416  2019-03-13  10:05  506 555 0188     6      03’12”    OK       Description - Directrice, Services de labo",
           "", f"Printed by: {c}", "Total pages received: 20"]
    add("fax log March 2019.txt", "text-cp1252", "bilingual", "\r\n".join(log).encode("cp1252") + b"\r\n", [c],
        "a fax machine's activity report listing transmissions of work descriptions")
    d_, e_ = person(), person()
    fr = ["BORDEREAU DE TÉLÉCOPIE / FAX TRANSMITTAL", "", f"Destinataire / To : {d_}", f"Expéditeur / From : {e_}, Services RH",
          "Téléphone : 819 555 0120", "Date : 4 juin 2021", "Nombre de pages (y compris la présente) : 1", "",
          "Objet : Description de travail - Directrice, Gouvernance des données (EX-01), poste 512240",
          "La description vous sera transmise dès qu'elle aura été signée par le SMA. Équipe de 31 ETP, budget "
          "salarial de 2,9 M$.", "", "Le présent document peut contenir des renseignements protégés."]
    add("Bordereau de télécopie - Services RH.pdf", "pdf", "bilingual", pdf_bytes(["\n".join(fr)]), [d_, e_],
        "a bilingual fax cover sheet alone, as a PDF")
    add("scan0058.pdf", "pdf", "en", pdf_bytes(["", "", ""]), None,
        "a three-page fax scanned without a text layer")
    f_, g_ = person(), person()

    def memo(doc):
        doc.add_heading("MEMORANDUM / NOTE DE SERVICE", level=1)
        for t in [f"To: {f_}, Director General, Corporate Finance", f"From: {g_}, Classification Unit",
                  "Date: October 3, 2022", "Subject: Faxed work descriptions - missing and illegible pages", "",
                  "Three of the work descriptions faxed to us last week arrived incomplete. The Executive Director, "
                  "Spectrum Management (EX-02) is missing page 3, so we cannot confirm the 42 FTEs and the $3.8 "
                  "million salary budget. The Director, Forensic Accounting copy is so dark that the position number "
                  "cannot be read; the handwritten change from 18 to 21 FTEs is not initialled.",
                  "Please send originals by internal mail, or scan them in colour rather than faxing.",
                  "[Stamp: RECEIVED OCT 04 2022]"]:
            doc.add_paragraph(t)
    add("Memo - faxed WDs incomplete.docx", "docx", "en", docx_bytes(memo), [f_, g_],
        "a memo about faxed work descriptions, with figures for positions it discusses")
    h_ = person()
    conf = ["TRANSMISSION VERIFICATION REPORT", "", "TIME : 2O2O/O6/11 O9:12", "NAME : HR SERVICES",
            "FAX : 613 555 O199", "", "DATE,TIME      O6/11 O9:1O", "FAX NO./NAME   8I9555OI43", "DURATION       OO:O2:4I",
            "PAGE(S)        O4", "RESULT         OK", "MODE           STANDARD ECM", "",
            "[reduced image of page 1:]  DIRECTOR GENERAL, ... POSITION DESCRIPTI0N ... EX-O3 ...", "",
            f"Sent by: {h_}"]
    add("TX report 2020-06-11.txt", "ocr", "en", ("\n".join(conf) + "\n").encode(), [h_],
        "a fax transmission verification report with a thumbnail of a description's first page")
    return out


if __name__ == "__main__":
    main()
