"""Generate the blind122 corpus (issue 12): corpus/ and expected/, the same bytes on every run.

    /work/main/.venv/bin/python bench/import/blind122/make_blind.py

Emphasis: people's names where a reader would not expect them (supervisor and direct-report lines,
Incumbent columns, a names column beside the prose of two-column scans, handwritten approvals read
by OCR, a generic's approver, e-mail headers, Prepared by / Rédigé par, acting and backfill notes,
Word comments). Every name printed in a document is listed in its truth's `people:`."""
import datetime as dt
import io
import random
import re
import shutil
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402

S1, S2, SP = "\x01", "\x02", "\x03"   # name start, name end, space inside a name

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def clean(s):
    return s.replace(S1, "").replace(S2, "").replace(SP, " ")


# ---------------------------------------------------------------- notations
def fmt_date(d, style, lang):
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmy":          # only with day > 12 (no ambiguity)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        s = f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        return "le " + s if style == "le" else s
    if style == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmonth":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def fmt_money(v, style, lang):
    if lang == "fr":
        if style in ("M", "K"):
            if v >= 1_000_000:
                x = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
                return f"{x} M$"
            return f"{v // 1000} k$"
        if style == "cents":
            return f"{v:,}".replace(",", " ") + ",00 $"
        return f"{v:,}".replace(",", " ") + " $"
    if style == "M":
        if v >= 1_000_000:
            return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
        return f"${v // 1000}K"
    if style == "K":
        if v >= 1_000_000:
            return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
        return f"${v // 1000}K"
    if style == "cents":
        return f"${v:,}.00"
    return f"${v:,}"


def fmt_cls(c, style):
    g, n = c.split("-")
    return {"dash": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "none": f"{g}{n}"}[style]


def fmt_fte(n, lang, style):
    if lang == "fr":
        return {0: f"{n} ETP", 1: f"effectif de {n}", 2: f"{n} employés"}[style % 3]
    return {0: f"{n} FTEs", 1: f"{n} FTE", 2: f"staff of {n}"}[style % 3]


# ---------------------------------------------------------------- labels
LABELS = {
    "en1": dict(head="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Classification", job="Job Code",
                pos="Position Number", date="Effective Date", dept="Department", loc="Geographic Location",
                sup_title="Supervisor's Position Title", sup_cls="Supervisor's Classification",
                sup_pos="Supervisor's Position Number", rep="Reports to",
                ga="GENERAL ACCOUNTABILITY", org="ORGANIZATIONAL STRUCTURE", ns="NATURE AND SCOPE",
                dims="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", sig="SIGNATURES",
                salary="Salary", om="O&M", total="Total", fte="FTEs"),
    "en2": dict(head="Executive Group Position Description", title="Title", cls="Group and Level", job="Job No.",
                pos="Position No.", date="Date in effect", dept="Organization", loc="Work location",
                sup_title="Immediate supervisor (title)", sup_cls="Supervisor group/level",
                sup_pos="Supervisor position no.", rep="Reports to",
                ga="General Accountability", org="Organization Structure", ns="Nature and Scope",
                dims="Dimensions", sa="Specific Accountabilities", sig="Approval",
                salary="Salary budget", om="Operating (O&M)", total="Total budget", fte="Total FTEs"),
    "en3": dict(head="WORK DESCRIPTION – EXECUTIVE (EX) GROUP", title="Working title", cls="Level", job="Generic / job code",
                pos="Position #", date="Effective", dept="Dept.", loc="Location",
                sup_title="Supervisor", sup_cls="Supervisor level", sup_pos="Supervisor position #", rep="Reporting to",
                ga="1. General accountability", org="2. Organization", ns="3. Nature and scope",
                dims="4. Dimensions", sa="5. Specific accountabilities", sig="6. Sign-off",
                salary="Salaries", om="O&M", total="Total", fte="FTEs"),
    "fr1": dict(head="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION", title="Titre du poste", cls="Classification",
                job="Code d'emploi", pos="Numéro du poste", date="Date d'entrée en vigueur", dept="Ministère",
                loc="Lieu de travail", sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
                sup_pos="No de poste du superviseur", rep="Relève de",
                ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE",
                dims="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES", sig="SIGNATURES",
                salary="Salaires", om="F et E", total="Total", fte="ETP"),
    "fr2": dict(head="Description de poste de cadre", title="Intitulé du poste", cls="Groupe et niveau",
                job="No de l'emploi", pos="No de poste", date="En vigueur le", dept="Organisation",
                loc="Emplacement", sup_title="Supérieur immédiat (titre)", sup_cls="Groupe/niveau du supérieur",
                sup_pos="No de poste du supérieur", rep="Relève de",
                ga="Responsabilité générale", org="Organisation", ns="Nature et portée",
                dims="Dimensions", sa="Responsabilités particulières", sig="Approbation",
                salary="Budget salarial", om="Fonctionnement et entretien (F et E)", total="Budget total", fte="Effectif total"),
    "bi": dict(head="EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE", title="Position Title / Titre du poste",
               cls="Classification", job="Job Code / Code d'emploi", pos="Position No. / No de poste",
               date="Effective Date / Date d'entrée en vigueur", dept="Department / Ministère",
               loc="Location / Lieu", sup_title="Supervisor / Superviseur", sup_cls="Supervisor Classification / Classification du superviseur",
               sup_pos="Supervisor Position No. / No de poste du superviseur", rep="Reports to / Relève de",
               ga="General Accountability / Responsabilité générale", org="Organization / Organisation",
               ns="Nature and Scope / Nature et étendue", dims="Dimensions", sa="Specific Accountabilities / Activités principales",
               sig="Signatures", salary="Salary / Salaires", om="O&M / F et E", total="Total", fte="FTEs / ETP"),
}


# ---------------------------------------------------------------- one document
class Doc:
    def __init__(self, name, kind, lang, seed):
        self.name, self.kind, self.lang = name, kind, lang
        self.rng = random.Random(seed)
        self.people = []
        self.blocks = []
        self.comments = []      # (anchor text, comment, author) for Word

    def nm(self, name):
        if name not in self.people:
            self.people.append(name)
        return S1 + name.replace(" ", SP) + S2

    def add(self, *b):
        self.blocks.append(b)


class NamePool:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.left = []

    def take(self):
        if not self.left:
            self.left = list(T.NAMES)
            self.rng.shuffle(self.left)
        return self.left.pop()


NAMES = NamePool(1220)


def fr_article(title):
    t = title.split(",")[0]
    if t.startswith(("Directrice", "Sous-ministre adjointe", "Commissaire")) and "adjoint," not in title:
        return "de la " if t.startswith("Directrice") or "adjointe" in t else "du "
    if t[0] in "AEIOUÉ":
        return "de l'"
    return "du "


def build_wd(D, P):
    """Blocks of a work description of position P in document D. Returns the truth's fields."""
    r, lang = D.rng, D.lang
    L = LABELS[P["labels"]]
    fr = lang == "fr"
    title = P["title_fr"] if fr else P["title"]
    sup_title = P["sup_fr"] if fr else P["sup"]
    cst = P["cls_style"]
    dstyle = P["date_style"]
    mstyle = P["money_style"]
    loc = P["loc"][1] if fr else P["loc"][0]
    dept = T.DEPTS[P["dept"]][1 if fr else 0]
    places = P["places"]

    # e-mail header pasted above the text
    if "email" in places:
        a, b, c = NAMES.take(), NAMES.take(), NAMES.take()
        mail = lambda n: unicodedata.normalize("NFKD", n.lower().replace(" ", ".").replace("'", "")).encode("ascii", "ignore").decode()  # noqa: E731
        sent = P["date"] or dt.date(2023, 3, 14)
        if fr:
            lines = [f"De : {D.nm(a)} <{mail(a)}@canada.ca>",
                     f"Envoyé : {fmt_date(sent, 'long', 'fr')} 09:42",
                     f"À : {D.nm(b)} <{mail(b)}@canada.ca>",
                     f"Cc : {D.nm(c)}",
                     f"Objet : TR : Description de travail – {title}",
                     "", "Bonjour,", "Voici la version finale pour ton dossier. Merci !", ""]
        else:
            lines = [f"From: {D.nm(a)} <{mail(a)}@canada.ca>",
                     f"Sent: {fmt_date(sent, 'long', 'en')} 9:42 AM",
                     f"To: {D.nm(b)}; {D.nm(c)}",
                     f"Cc: {D.nm(NAMES.take())}",
                     f"Subject: FW: updated work description - {title}",
                     "", f"Hi {b.split()[0]}, final version below for the file. Thanks,",
                     a.split()[0], "-----", ""]
        D.add("pre", lines)

    if lang == "bi":
        D.add("title", L["head"])
    else:
        D.add("title", L["head"])
    if "draft" in places:
        D.add("p", "DRAFT – for review / not for classification action" if not fr else "ÉBAUCHE – pour examen")

    kv = []
    if lang == "bi" and P["bi_title_line"]:
        kv.append((L["title"], f"{P['title']} / {P['title_fr']}"))
    else:
        kv.append((L["title"], title))
        if lang == "bi":
            kv.append(("French title / Titre en français", P["title_fr"]))
    kv.append((L["cls"], fmt_cls(P["cls"], cst)))
    if P["job_code"]:
        kv.append((L["job"], P["job_code"]))
    if P["pos_print"]:
        kv.append((L["pos"], P["pos_print"]))
    if P["date"]:
        kv.append((L["date"], fmt_date(P["date"], dstyle, "fr" if fr else "en")))
    kv.append((L["dept"], dept))
    kv.append((L["loc"], loc))

    # supervisor
    sup_person = P["sup_person"]
    spos = P["sup_pos"]
    sup_sentence = None
    if P["sup_layout"] == "fields":
        st = sup_title
        if sup_person:
            st += (f" – intérim : {D.nm(sup_person)}" if fr else f" – acting: {D.nm(sup_person)}")
        kv.append((L["sup_title"], st))
        kv.append((L["sup_cls"], fmt_cls(P["sup_cls"], cst)))
        if spos:
            kv.append((L["sup_pos"], spos))
    elif P["sup_layout"] == "line":
        v = f"{sup_title} ({fmt_cls(P['sup_cls'], cst)})"
        if spos:
            v += (f", poste no {spos}" if fr else f", position {spos}")
        if sup_person:
            v += (f" – actuellement {D.nm(sup_person)} (par intérim)" if fr else f" – currently {D.nm(sup_person)} (acting)")
        kv.append((L["rep"], v))
    else:
        if fr:
            s = f"Le poste relève {fr_article(sup_title)}{sup_title} ({fmt_cls(P['sup_cls'], cst)})"
            s += f", poste no {spos}." if spos else "."
            if sup_person:
                s += f" Ce poste est occupé par intérim par {D.nm(sup_person)} depuis l'automne."
        else:
            s = f"The position reports to the {sup_title} ({fmt_cls(P['sup_cls'], cst)})"
            s += f", position number {spos}." if spos else "."
            if sup_person:
                s += f" That position is currently filled on an acting basis by {D.nm(sup_person)}."
        sup_sentence = s

    D.add("kv", kv)

    if "generic" in places:
        g = NAMES.take()
        if fr:
            D.add("p", f"Fondée sur la description générique des directeurs de programme (générique approuvée par {D.nm(g)}, 2018).")
        else:
            D.add("p", f"Based on the departmental generic for program directors (generic approved by {D.nm(g)}, 2018); "
                       "position-specific information below.")
    if "acting" in places:
        a, b = NAMES.take(), NAMES.take()
        if fr:
            D.add("p", f"Nota : titulaire en affectation : {D.nm(a)}; intérim assuré par {D.nm(b)} jusqu'au 31 mars 2025.")
        else:
            D.add("p", f"Note: the substantive incumbent, {D.nm(a)}, is on assignment; {D.nm(b)} is acting in the position "
                       "until March 31, 2025.")

    ga = r.choice(T.GA_FR if fr else T.GA_EN).format(t=title, s=sup_title,
                                                    a=r.choice(T.AREA_PHRASE_FR if fr else T.AREA_PHRASE_EN))
    D.add("h", L["ga"])
    D.add("p", ga)

    # organization and direct reports
    D.add("h", L["org"])
    if sup_sentence:
        D.add("p", sup_sentence)
    reps = P["reports"]
    lay = P["rep_layout"]
    ftes = P["rep_fte_shown"]
    rcls = P["rep_cls_shown"]
    rows = []
    for rp in reps:
        t = rp["title_fr"] if fr else rp["title"]
        person = rp.get("person")
        pn = D.nm(person) if person else None
        note = ""
        if pn:
            kindn = rp["person_kind"]
            if kindn == "inc":
                note = (f"titulaire : {pn}" if fr else f"incumbent: {pn}")
            elif kindn == "acting":
                note = (f"vacant – {pn} par intérim" if fr else f"vacant; backfilled by {pn} (acting)")
            else:
                note = pn
        rows.append((t, fmt_cls(rp["cls"], cst) if rcls else None, rp["fte"] if ftes else None, note, pn))
    if lay == "table":
        hdr = (["Poste", "Groupe et niveau", "ETP", "Titulaire"] if fr else
               ["Position", "Group/Level", "FTEs", "Incumbent"])
        if lang == "bi":
            hdr = ["Position / Poste", "Group/Level", "FTEs / ETP", "Incumbent / Titulaire"]
        D.add("p", "Postes relevant directement du titulaire :" if fr else "Direct reports:")
        D.add("table", hdr, [[t, c or "", "" if f is None else str(f), pn or ("vacant" if fr else "Vacant")]
                             for t, c, f, n, pn in rows])
    else:
        items = []
        for t, c, f, n, pn in rows:
            par = ", ".join(x for x in [c, fmt_fte(f, "fr" if fr else "en", P["fte_style"]) if f is not None else None] if x)
            if lay == "dash":
                s = f"{c} – {t}" if c else t
                if f is not None:
                    s += f" ({fmt_fte(f, 'fr' if fr else 'en', P['fte_style'])})"
                if n:
                    s += f" [{n}]"
            else:
                s = f"{t} ({par})" if par else t
                if n:
                    s += f" – {n}"
            items.append(s)
        if lay == "sentence":
            if fr:
                D.add("p", f"{len(items)} postes relèvent directement du titulaire : " + "; ".join(items) + ".")
            else:
                D.add("p", f"The following {len(items)} positions report directly to the {title}: " + "; ".join(items) + ".")
        else:
            D.add("p", "Relèvent du titulaire :" if fr else f"Reporting to the {title} are:")
            D.add("bul", items)

    D.add("h", L["ns"])
    D.add("p", r.choice(T.NS_FR if fr else T.NS_EN))

    # dimensions
    D.add("h", L["dims"])
    ml = "fr" if fr else "en"
    dims = [(L["salary"], fmt_money(P["salary"], mstyle, ml)), (L["om"], fmt_money(P["om"], mstyle, ml))]
    if P["total_shown"]:
        dims.append((L["total"], fmt_money(P["salary"] + P["om"], mstyle, ml)))
    if P["fte_shown"]:
        dims.append((L["fte"], str(P["fte"])))
    if P["dims_layout"] == "kv":
        D.add("kv", dims)
    elif P["dims_layout"] == "table":
        D.add("table", ["Élément" if fr else "Item", "Montant" if fr else "Amount"], [list(x) for x in dims])
    else:
        if fr:
            s = f"Le poste gère un budget salarial de {dims[0][1]} et un budget de F et E de {dims[1][1]}"
            if P["total_shown"]:
                s += f", soit un total de {dims[2][1]}"
            if P["fte_shown"]:
                s += f", pour un effectif de {P['fte']} ETP"
        else:
            s = f"The position manages a salary budget of {dims[0][1]} and an O&M budget of {dims[1][1]}"
            if P["total_shown"]:
                s += f", for a total of {dims[2][1]}"
            if P["fte_shown"]:
                s += f", and a workforce of {P['fte']} FTEs"
        D.add("p", s + ".")

    D.add("h", L["sa"])
    pool = T.SA_FR if fr else T.SA_EN
    D.add("num", r.sample(pool, k=min(len(pool), r.randint(4, 6))))

    # people at the foot
    foot = []
    if "prepared" in places:
        p = NAMES.take()
        role = r.choice(T.ROLES_FR if fr else T.ROLES_EN)
        lab = "Rédigé par" if fr else ("Prepared by / Rédigé par" if lang == "bi" else "Prepared by")
        foot.append(f"{lab}: {D.nm(p)}, {role}")
    if "approved" in places:
        p = NAMES.take()
        lab = "Approuvé par" if fr else "Approved by"
        foot.append(f"{lab}: {D.nm(p)}, {sup_title}")
        foot.append(("Date : " if fr else "Date: ") + fmt_date(P["date"] or dt.date(2022, 11, 30), "iso", ml))
    if "classified" in places:
        p = NAMES.take()
        foot.append(("Classifié par : " if fr else "Classified by: ") + D.nm(p) + (" (groupe et niveau confirmés)" if fr else " (group and level confirmed)"))
    if "incumbent" in places:
        p = NAMES.take()
        foot.append(("Titulaire : " if fr else "Incumbent: ") + D.nm(p))
    if "contact" in places:
        p = NAMES.take()
        foot.append(("Personne-ressource : " if fr else "Contact for this description: ") + D.nm(p) + " (613-555-0" + str(100 + r.randint(0, 899)) + ")")
    if foot:
        D.add("h", L["sig"])
        D.add("sig", foot)
    if "hand" in places and D.kind.startswith("ocr"):
        who = r.choice(T.INITIALED)
        when = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}"
        D.add("hand", (f"Vu – {D.nm(who)} {when}" if fr else f"OK – {D.nm(who)} {when}"))
        who2 = r.choice([x for x in T.INITIALED if x != who])
        D.add("margin", (f"voir {D.nm(who2)} re: ETP" if fr else f"check FTEs w/ {D.nm(who2)}"))
    if "comment" in places and D.kind == "docx":
        author, other = NAMES.take(), NAMES.take()
        D.comments.append((title, (f"Confirmer les ETP avec {D.nm(other)}" if fr else f"Please confirm the FTEs with {D.nm(other)} before signature"),
                           D.nm(author)))

    # the truth
    fields = {
        "title": P["title_fr"] if fr else P["title"],
        "classification": P["cls"],
        "job_code": P["job_code"],
        "position_number": P["pos"],
        "effective_date": P["date"],
        "supervisor": {"position_number": spos, "title": sup_title, "classification": P["sup_cls"]},
        "direct_reports": [{"title": t, "classification": (rp["cls"] if rcls else None), "fte": f}
                           for (t, c, f, n, pn), rp in zip(rows, reps)] or None,
        "salary": P["salary"], "o_and_m": P["om"],
        "total": P["salary"] + P["om"] if P["total_shown"] else None,
        "location": loc,
    }
    return fields


# ---------------------------------------------------------------- renderers
def wrapn(s, width, hyph_rng=None, hyph_p=0.0):
    s = s.replace(SP, "\x04")
    out = textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)
    if hyph_rng and hyph_p:
        res = []
        carry = ""
        for i, ln in enumerate(out):
            ln = carry + ln
            carry = ""
            if i + 1 < len(out):
                words = ln.split(" ")
                nxt = out[i + 1].split(" ")[0]
                if (len(nxt) >= 8 and nxt.isalpha() and hyph_rng.random() < hyph_p):
                    cut = len(nxt) // 2
                    ln = ln + " " + nxt[:cut] + "-"
                    out[i + 1] = out[i + 1][len(nxt):]
                    carry = nxt[cut:]
                    del words
            res.append(ln)
        out = res
    return [ln.replace("\x04", SP) for ln in out]


def text_lines(D, style):
    """(line, prose?) pairs for plain text renderings. style: 'txt' | 'pdf' | 'ocr'."""
    width = {"txt": 90, "pdf": 100, "ocr": D.width}.get(style, 90)
    rng = D.rng
    out = []
    kvstyle = D.kvstyle
    for b in D.blocks:
        k = b[0]
        if k == "pre":
            out += [(x, False) for x in b[1]]
        elif k == "title":
            out += [(b[1].upper(), False), ("=" * len(b[1]) if style == "txt" else "", False), ("", False)]
        elif k == "h":
            out += [("", False), (b[1] if style != "txt" else b[1].upper(), False), ("", False)]
        elif k == "kv":
            wl = max(len(a) for a, _ in b[1]) + 2
            for a, v in b[1]:
                if kvstyle == "dots":
                    line = f"{a} " + "." * max(2, wl + 4 - len(a)) + f" {v}"
                elif kvstyle == "tab":
                    line = f"{a}:\t{v}"
                elif kvstyle == "next":
                    out.append((f"{a}:", False))
                    line = f"    {v}"
                else:
                    line = f"{a}: {v}"
                for i, w in enumerate(wrapn(line, {"txt": 300, "pdf": 112}.get(style, width))):
                    out.append(((" " * 6 if i else "") + w, False))
        elif k == "p":
            out += [(w, True) for w in wrapn(b[1], width, rng if style == "ocr" else None, D.hyph)]
        elif k in ("bul", "num"):
            for i, it in enumerate(b[1], 1):
                mark = "-" if k == "bul" else f"{i}."
                ws = wrapn(it, width - 4, rng if style == "ocr" else None, D.hyph)
                out.append((f"{mark} {ws[0]}", True))
                out += [("   " + w, True) for w in ws[1:]]
        elif k == "table":
            hdr, rows = b[1], b[2]
            cols = list(zip(*([hdr] + rows)))
            ws = [max(len(clean(x)) for x in c) + 2 for c in cols]
            def fmt(row):
                return "".join(x + " " * (w - len(clean(x))) for x, w in zip(row, ws)).rstrip()
            out.append((fmt(hdr), False))
            if style == "txt":
                out.append(("-" * (sum(ws) - 2), False))
            out += [(fmt(rw), False) for rw in rows]
        elif k == "sig":
            out += [(x, False) for x in b[1]]
        elif k == "hand":
            out += [("", False), ("        " + b[1], False)]
        elif k == "margin":
            pass
        out_last = out
    return out_last


def damage_line(D, s, prose):
    st = D.strength
    p_digit = {"light": 0.3, "middling": 0.55, "heavy": 0.85}[st]
    p_let = {"light": 0.015, "middling": 0.04, "heavy": 0.08}[st]
    p_run = {"light": 0.01, "middling": 0.03, "heavy": 0.07}[st]
    if not prose and st != "heavy":
        p_let, p_run = 0.0, 0.0
    if not prose and st == "heavy":
        p_let, p_run = p_let / 2, p_run / 2
    r = D.rng
    out = []
    inname = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == S1:
            inname = True
        elif ch == S2:
            inname = False
        if inname or ch in (S1, S2):
            out.append(ch)
            i += 1
            continue
        if ch.isdigit() and ch in "01585" and r.random() < p_digit:
            ch = {"0": "O", "1": r.choice("Il"), "5": "S", "8": "B"}[ch]
            out.append(ch)
        elif ch == " " and i > 0 and s[i - 1].isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and r.random() < p_run:
            pass
        elif ch.isalpha() and r.random() < p_let:
            two = s[i:i + 2]
            if two == "rn":
                out.append("m")
                i += 2
                continue
            out.append({"m": "rn", "e": "c", "i": "l", "d": "cl", "h": "b", "u": "v", "o": "a", "l": "I"}.get(ch, ch))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def render_ocr(D, header, footer):
    lines = text_lines(D, "ocr")
    margins = [b[1] for b in D.blocks if b[0] == "margin"]
    dmg = [(damage_line(D, s, p) if s else s) for s, p in lines]
    if margins:
        # a margin note read into the prose: appended at the end of a prose line
        idx = [i for i, (s, p) in enumerate(lines) if p]
        if idx:
            j = idx[len(idx) // 3]
            dmg[j] = dmg[j] + "      " + margins[0]
    return paginate(D, dmg, header, footer)


def paginate(D, lines, header, footer, per=48):
    out = []
    n = 0
    for i in range(0, len(lines), per):
        n += 1
        if header and n > 1:
            out += [header, ""]
        out += lines[i:i + per]
        if footer == "page":
            out += ["", f"- {n} -", ""]
        elif footer:
            out += ["", f"{footer}    Page {n}", ""]
        else:
            out += [""]
    return out


def render_columns(D, header, footer):
    """Two-column scan: key fields full width, then the body in two columns read side by side."""
    kv_end = next(i for i, b in enumerate(D.blocks) if b[0] == "h")
    top = Doc(D.name, D.kind, D.lang, 0)
    top.blocks, top.width, top.kvstyle, top.hyph = D.blocks[:kv_end], D.width, D.kvstyle, 0
    left, right = [], []
    body = D.blocks[kv_end:]
    # left: prose sections; right: organization, dimensions, sign-off and notes
    side = "left"
    for b in body:
        if b[0] == "h":
            side = "right" if any(b[1] == LABELS[lab][k] for lab in LABELS for k in ("org", "dims", "sig")) else "left"
        (left if side == "left" else right).append(b)
    cw = D.colw
    L2 = Doc(D.name, D.kind, D.lang, 1); L2.blocks, L2.width, L2.kvstyle, L2.hyph = left, cw, "plain", D.hyph
    R2 = Doc(D.name, D.kind, D.lang, 2); R2.blocks, R2.width, R2.kvstyle, R2.hyph = right, cw - 4, "plain", 0
    L2.rng = R2.rng = D.rng
    ll = [s for s, _ in text_lines(L2, "ocr")]
    rl = []
    for s, _ in text_lines(R2, "ocr"):
        rl += wrapn(s, cw - 4) if len(clean(s)) > cw - 4 else [s]
    for b in D.blocks:
        if b[0] == "margin":
            rl += [b[1]]
    n = max(len(ll), len(rl))
    ll += [""] * (n - len(ll))
    rl += [""] * (n - len(rl))
    gap = D.gap
    merged = []
    for a, b in zip(ll, rl):
        pad = cw - len(clean(a))
        merged.append((a + " " * max(pad, 0) + gap + b).rstrip() if b else a)
    toplines = [damage_line(D, s, p) if s else s for s, p in text_lines(top, "ocr")]
    body_d = [damage_line(D, s, True) if s else s for s in merged]
    return paginate(D, toplines + body_d, header, footer, per=56)


def render_md(D):
    out = []
    for b in D.blocks:
        k = b[0]
        if k == "pre":
            out += [("> " + x if x else ">") for x in b[1]] + [""]
        elif k == "title":
            out += [f"# {b[1]}", ""]
        elif k == "h":
            out += [f"## {b[1].title() if b[1].isupper() else b[1]}", ""]
        elif k == "kv":
            if D.kvstyle == "table":
                out += ["| Field | Value |", "|---|---|"] + [f"| {a} | {v} |" for a, v in b[1]] + [""]
            elif D.kvstyle == "bullets":
                out += [f"* **{a}:** {v}" for a, v in b[1]] + [""]
            else:
                out += [f"**{a}:** {v}  " for a, v in b[1]] + [""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "num":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif k == "sig":
            out += [x + "  " for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def curly(s):
    return s.replace("'", "\u2019").replace(" - ", " \u2013 ")


def curl_all(x):
    if isinstance(x, str):
        return curly(x)
    if isinstance(x, dict):
        return {k: curl_all(v) for k, v in x.items()}
    if isinstance(x, list):
        return [curl_all(v) for v in x]
    return x


def render_docx(D):
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    anchors = {}
    for b in D.blocks:
        k = b[0]
        if k == "pre":
            for x in b[1]:
                d.add_paragraph(clean(x))
        elif k == "title":
            anchors["title"] = d.add_heading(clean(b[1]), level=0)
        elif k == "h":
            d.add_heading(clean(b[1]), level=D.hlevel)
        elif k == "kv":
            if D.kvstyle == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a, v in b[1]:
                    row = t.add_row().cells
                    row[0].text = clean(a)
                    row[1].text = clean(v)
                    anchors.setdefault("firstvalue", row[1].paragraphs[0])
                d.add_paragraph("")
            else:
                for a, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(clean(a) + ":").bold = True
                    p.add_run("\t" + clean(v))
                    anchors.setdefault("firstvalue", p)
        elif k == "p":
            d.add_paragraph(clean(b[1]))
        elif k == "bul":
            for x in b[1]:
                d.add_paragraph(clean(x), style="List Bullet")
        elif k == "num":
            for x in b[1]:
                d.add_paragraph(clean(x), style="List Number")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = clean(h)
                c.paragraphs[0].runs[0].bold = True
            for rw in b[2]:
                cells = t.add_row().cells
                for c, x in zip(cells, rw):
                    c.text = clean(x)
            d.add_paragraph("")
        elif k == "sig":
            if D.pagebreak_sig:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for x in b[1]:
                d.add_paragraph(clean(x))
    for where, text, author in D.comments:
        para = anchors.get("firstvalue") or anchors["title"]
        runs = para.runs[-1:] if para.runs else None
        if runs:
            d.add_comment(runs, text=clean(text), author=clean(author), initials="".join(w[0] for w in clean(author).split()))
    if D.header_text:
        d.sections[0].header.paragraphs[0].text = clean(D.header_text)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            body = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2024-01-12T14:31:00Z"', body)
            zout.writestr(zi, body)
    return out.getvalue()


def pdf_pages(lines, per=64):
    safe = [clean(x).encode("cp1252", "replace").decode("cp1252") for x in lines]
    return ["\n".join(safe[i:i + per]) for i in range(0, len(safe), per)]


# ---------------------------------------------------------------- plan
KIND_EXT = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "ocr-columns": ".txt",
            "docx": ".docx", "pdf": ".pdf"}


def plan():
    r = random.Random(122)
    n = len(T.POSITIONS)
    # 45 work descriptions: positions 0 and 4 twice (versions)
    kinds = (["ocr"] * 8 + ["ocr-columns"] * 3 + ["docx"] * 8 + ["pdf"] * 6 + ["text"] * 6 + ["text-cp1252"] * 5
             + ["markdown"] * 5)
    r.shuffle(kinds)
    langs = ["en"] * 25 + ["fr"] * 11 + ["bi"] * 6
    r.shuffle(langs)
    docs = []
    k_iter = iter(kinds)
    l_iter = iter(langs)
    used_pos = set()
    positions = []
    for i, row in enumerate(T.POSITIONS):
        cls, te, tf, dept, se, sf, scl = row
        while True:
            num = str(r.randint(10000, 99999)) if r.random() < 0.8 else str(r.randint(100000, 999999))
            if num not in used_pos:
                used_pos.add(num)
                break
        P = dict(idx=i, cls=cls, title=te, title_fr=tf, dept=dept, sup=se, sup_fr=sf, sup_cls=scl, pos=num)
        P["job_code"] = str(r.randint(100100, 106999)) if r.random() < 0.75 else None
        P["date"] = dt.date(r.randint(2014, 2025), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.88 else None
        P["sup_pos"] = str(r.randint(10000, 99999)) if r.random() < 0.65 else None
        P["loc"] = r.choice(T.LOCS)
        nrep = r.randint(3, 5) if cls == "EX-01" else r.randint(3, 6)
        reps = []
        if cls == "EX-01":
            pool = r.sample(T.REPORT_POOL[:-1], nrep - 1) + ([T.REPORT_POOL[-1]] if r.random() < 0.4 else [])
            for te_, tf_, c_, (a, b) in pool:
                reps.append(dict(title=te_, title_fr=tf_, cls=c_, fte=r.randint(a, b)))
        else:
            for ae, af in r.sample(T.AREAS, nrep):
                lvl = "EX-01" if cls != "EX-03" or r.random() < 0.7 else "EX-02"
                if lvl == "EX-02":
                    reps.append(dict(title=f"Executive Director, {ae}", title_fr=f"Directeur exécutif, {af}", cls=lvl,
                                     fte=r.randint(30, 90)))
                else:
                    reps.append(dict(title=f"Director, {ae}", title_fr=f"Directrice, {af}", cls=lvl, fte=r.randint(8, 45)))
            if r.random() < 0.3:
                reps.append(dict(title="Senior Advisor", title_fr="Conseiller principal", cls="EC-07", fte=1))
        P["reports"] = reps
        P["fte"] = sum(x["fte"] for x in reps) + 1 + r.randint(0, 3)
        P["salary"] = round(P["fte"] * r.randint(88, 112) * 1000, -3)
        P["om"] = r.randint(40, 900) * 1000
        positions.append(P)
    # supervisors in the corpus
    positions[36]["sup_pos"] = positions[18]["pos"]
    positions[33]["sup_pos"] = positions[15]["pos"]
    positions[36]["sup_cls"] = positions[18]["cls"]
    positions[33]["sup_cls"] = positions[15]["cls"]

    wd_docs = []
    for P in positions:
        reps = 2 if P["idx"] in (0, 4) else 1
        for v in range(reps):
            wd_docs.append((P, v))
    # versions: fixed kinds
    fixed = {(0, 0): "docx", (0, 1): "pdf", (4, 0): "ocr", (4, 1): "markdown"}
    out = []
    for P, v in wd_docs:
        kind = fixed.get((P["idx"], v)) or next(k_iter)
        lang = "en" if (P["idx"], v) in fixed else next(l_iter)
        out.append((P, v, kind, lang))
    return out


def variant(P, v, kind, lang, r):
    """A copy of P with this document's presentation choices."""
    Q = dict(P)
    Q["reports"] = [dict(x) for x in P["reports"]]
    Q["labels"] = r.choice({"en": ["en1", "en2", "en3"], "fr": ["fr1", "fr2"], "bi": ["bi"]}[lang])
    Q["cls_style"] = r.choice(["dash"] * 5 + ["space", "short", "none"])
    ds = ["long", "iso", "abbr", "dmonth", "slash"] if lang != "fr" else ["long", "le", "iso"]
    if Q["date"] and Q["date"].day > 12:
        ds.append("dmy")
    Q["date_style"] = r.choice(ds)
    Q["money_style"] = r.choice(["plain", "M", "K", "cents"])
    Q["sup_layout"] = r.choice(["fields", "line", "sentence"])
    Q["sup_person"] = NAMES.take() if r.random() < 0.55 else None
    if Q["sup_layout"] == "line" and r.random() < 0.6:
        Q["sup_person"] = r.choice(T.INITIALED)
    Q["rep_layout"] = r.choice(["bullets", "table", "sentence", "dash"] if kind in ("docx", "markdown", "text", "text-cp1252", "pdf")
                               else ["bullets", "sentence", "dash"])
    Q["rep_fte_shown"] = r.random() < 0.92
    Q["rep_cls_shown"] = r.random() < 0.93
    Q["fte_style"] = r.randint(0, 2)
    for rp in Q["reports"]:
        x = r.random()
        if Q["rep_layout"] == "table" or x < 0.45:
            rp["person"] = NAMES.take() if r.random() < 0.85 else None
            rp["person_kind"] = r.choice(["inc", "acting", "plain"])
    Q["total_shown"] = r.random() < 0.75
    Q["fte_shown"] = r.random() < 0.6
    Q["dims_layout"] = r.choice(["kv", "kv", "table", "sentence"] if kind in ("docx", "markdown", "text", "pdf") else ["kv", "kv", "sentence"])
    Q["bi_title_line"] = r.random() < 0.5
    Q["pos_print"] = Q["pos"]
    places = set(r.sample(["email", "prepared", "approved", "classified", "incumbent", "contact", "acting", "generic"],
                          k=r.randint(2, 4)))
    if kind.startswith("ocr"):
        places.add("hand")
        places.discard("email") if r.random() < 0.5 else None
    if kind == "docx":
        places.add("comment")
    if "acting" in places:
        places.discard("incumbent")
    Q["places"] = places
    return Q


def fname(Q, v, kind, lang, r, taken):
    ext = KIND_EXT[kind]
    t = Q["title_fr"] if lang == "fr" else Q["title"]
    short = t.split(",")[0]
    opts = [f"{t}{ext}", f"{t} - signed{ext}", f"{t} (1){ext}", f"WD {Q['pos_print']} {t}{ext}",
            f"{t} ({Q['cls']}) final{ext}", f"{Q['pos_print']}_{short.replace(' ', '_')}{ext}",
            f"{t} rev {Q['date'].year if Q['date'] else 2024}{ext}", f"Copy of {t}{ext}"]
    if lang == "fr":
        opts += [f"Description de travail – {t}{ext}", f"DT {Q['pos_print']} – {t} (version finale){ext}"]
    if lang == "bi":
        opts += [f"{Q['title']} - {Q['title_fr']}{ext}", f"EX bilingue {Q['pos_print']}{ext}"]
    if kind.startswith("ocr"):
        opts = [f"scan_{Q['pos_print']}_{short.replace(' ', '')}{ext}", f"Scanned {t}{ext}", f"{t} (OCR){ext}",
                f"numérisation {Q['pos_print']}{ext}" if lang == "fr" else f"SCAN0{Q['idx'] + 100}{ext}"]
    for _ in range(50):
        n = r.choice(opts)
        if n not in taken:
            return n
    return f"{Q['pos']} {t}{ext}"


def write_text(path, s, kind):
    if kind == "text-cp1252":
        path.write_bytes(curly(s).replace("\n", "\r\n").encode("cp1252"))
    else:
        path.write_bytes(s.encode("utf-8"))


def produce(D, kind):
    if kind == "markdown":
        return clean(render_md(D)).encode("utf-8")
    if kind in ("text", "text-cp1252"):
        s = clean("\n".join(x for x, _ in text_lines(D, "txt")).rstrip() + "\n")
        if kind == "text-cp1252":
            return curly(s).replace("\n", "\r\n").encode("cp1252")
        return s.encode("utf-8")
    if kind == "docx":
        return render_docx(D)
    if kind == "pdf":
        return pdf_bytes(pdf_pages([x for x, _ in text_lines(D, "pdf")]))
    if kind == "ocr":
        return clean("\n".join(render_ocr(D, D.run_header, D.run_footer)).rstrip() + "\n").encode("utf-8")
    if kind == "ocr-columns":
        return clean("\n".join(render_columns(D, D.run_header, D.run_footer)).rstrip() + "\n").encode("utf-8")
    raise ValueError(kind)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    r = random.Random(12200)
    taken = set()
    truths = []
    by_pos = {}
    strengths = iter(["light", "middling", "heavy"] * 5)
    for P, v, kind, lang in plan():
        Q = variant(P, v, kind, lang, r)
        if P["idx"] == 0 and v == 1:
            Q.update({k: x for k, x in q0.items() if k not in ("places",)})
            Q["reports"] = [dict(x) for x in q0["reports"]]
        if P["idx"] == 0 and v == 0:
            q0 = Q
        if P["idx"] == 0:       # the DRAFT Word file and its signed PDF
            Q.update(labels="en1", sup_layout="line", rep_layout="table", dims_layout="kv", total_shown=True)
            if v == 0:
                Q["date"] = None
                Q["places"] = {"draft", "prepared", "comment"}
                name = f"DRAFT - {P['title']}{KIND_EXT[kind]}"
            else:
                Q["places"] = {"approved", "classified", "prepared"}
                Q["date"] = P["date"] or dt.date(2022, 5, 16)
                name = f"{P['title']} - signed{KIND_EXT[kind]}"
        elif P["idx"] == 4:     # 2019 scan and its 2023 revision
            if v == 0:
                Q["date"] = dt.date(2019, 6, 3)
                Q["reports"] = Q["reports"][:-1]
                Q["salary"] = P["salary"] - 412000
                Q["om"] = P["om"] - 35000
                name = f"scan_{P['pos']}_2019{KIND_EXT[kind]}"
            else:
                Q["date"] = dt.date(2023, 10, 2)
                name = f"{P['title']} (revised 2023){KIND_EXT[kind]}"
        else:
            if r.random() < 0.07 and P["idx"] not in (15, 18):
                Q["pos_print"] = r.choice(["TBD", "NEW", "To be assigned"])
                Q["pos"] = None
            name = fname(Q, v, kind, lang, r, taken)
        taken.add(name)
        D = Doc(name, kind, lang, hash((P["idx"], v)) % 1000 + P["idx"] * 7 + v)
        D.rng = random.Random(f"{name}")
        D.kvstyle = r.choice({"markdown": ["table", "bullets", "plain"], "docx": ["table", "bold"]}.get(
            kind, ["plain", "plain", "dots", "tab", "next"]))
        D.width = r.choice([72, 76, 78, 80])
        D.colw = r.choice([38, 40, 44])
        D.gap = r.choice(["   ", "  ", " "])
        D.hyph = 0.25 if kind.startswith("ocr") else 0.0
        D.hlevel = r.choice([1, 2])
        D.pagebreak_sig = r.random() < 0.4
        D.header_text = (r.choice(["PROTECTED A", "Non classifié / Unclassified", T.DEPTS[P['dept']][0]]) if r.random() < 0.5 else "")
        D.strength = next(strengths) if kind.startswith("ocr") else None
        D.run_header = D.run_footer = None
        if kind.startswith("ocr"):
            x = r.randint(0, 3)
            if x == 0:
                D.run_footer = f"{T.DEPTS[P['dept']][0 if lang != 'fr' else 1]} – {Q['title_fr'] if lang == 'fr' else Q['title']}"
            elif x == 1:
                D.run_footer = "page"
            elif x == 2:
                D.run_header = f"{P['dept']} / EX work description / {Q['pos_print']}"
                D.run_footer = "page"
        fields = build_wd(D, Q)
        if kind == "text-cp1252":
            fields = curl_all(fields)
            D.people = [curly(x) for x in D.people]
        data = produce(D, kind)
        (corpus / name).write_bytes(data)
        not_stated = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
        if fields["supervisor"]["position_number"] is None:
            not_stated.append("supervisor.position_number")
        also = {"department": T.DEPTS[P["dept"]][1 if lang == "fr" else 0]}
        if lang == "bi":
            also["title_fr"] = P["title_fr"]
        if lang == "fr":
            also["title_en"] = P["title"]
        if Q["fte_shown"]:
            also["fte"] = Q["fte"]
        if Q["pos"] is None:
            also["provisional_number"] = Q["pos_print"]
        if D.strength:
            also["damage"] = D.strength
        if kind == "ocr-columns":
            also["layout"] = "two columns read side by side; organization, dimensions and names in the right column"
        if Q["sup_person"]:
            also["supervisor_line_names"] = Q["sup_person"]
        if not Q["rep_fte_shown"]:
            also["note"] = "the direct reports' FTEs are not stated"
        if not Q["rep_cls_shown"]:
            also["note_classifications"] = "the direct reports' classifications are not stated"
        if "draft" in Q["places"]:
            also["draft"] = True
        if D.comments:
            also["word_comment_author"] = clean(D.comments[0][2])
        t = dict(document=name, kind=kind, language="bilingual" if lang == "bi" else lang, outcome="import",
                 fields=fields, not_stated=not_stated or None, also=also, people=list(D.people), versions=None)
        truths.append(t)
        by_pos.setdefault(P["idx"], []).append(t)
        P.setdefault("docs", []).append(name)
    # supervisors whose own description is in the corpus
    for child, parent in ((36, 18), (33, 15)):
        for t in by_pos[child]:
            t["also"]["reports_to_in_corpus"] = by_pos[parent][0]["document"]
    a, b = by_pos[0]
    for t in (a, b):
        t["versions"] = {"documents": [a["document"], b["document"]], "newest": b["document"], "same_text": False,
                         "note": "the DRAFT (no effective date, a comment, Prepared by only) and the signed PDF "
                                 "(effective date, approval and classification signatures); same position and figures"}
    a, b = by_pos[4]
    for t in (a, b):
        t["versions"] = {"documents": [a["document"], b["document"]], "newest": b["document"], "same_text": False,
                         "note": "2019 scan and its 2023 revision: new effective date, one more direct report, "
                                 "larger salary and O&M"}
    truths += refusals(corpus)
    for t in truths:
        with open(expected / f"{t['document']}.expected.yaml", "w", encoding="utf-8", newline="\n") as f:
            yaml.safe_dump(t, f, sort_keys=False, allow_unicode=True, width=110)


# ---------------------------------------------------------------- documents to refuse
def refusals(corpus):
    out = []

    def truth(name, kind, lang, people, also):
        return dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                    also=also, people=people, versions=None)

    # 1. a memo in Word, with an e-mail header
    D = Doc("memo", "docx", "en", 1)
    D.rng = random.Random(1)
    a, b, c, d_, e = "Marie-Ève St-Onge", "Pieter van der Berg", "Josephine Whitecalf", "Siobhan O'Neil", "Harvey Sweetgrass"
    D.add("pre", [f"From: {D.nm(a)}", f"To: EX Classification Regional Leads; {D.nm(b)}", f"Cc: {D.nm(c)}",
                  "Subject: Work descriptions due for the fall EX classification review"])
    D.add("title", "MEMORANDUM")
    D.add("kv", [("To", "Regional Directors General"), ("From", f"{D.nm(d_)}, Director General, Workforce Management"),
                 ("Date", "September 12, 2024"), ("Subject", "EX work descriptions – update before November 1")])
    D.add("p", "Please send updated executive work descriptions for every EX-01 to EX-03 position in your region. "
               "Descriptions older than five years must be reviewed; positions with acting incumbents should note the "
               "substantive incumbent. The list below shows the positions we are still missing.")
    D.add("table", ["Region", "Position No.", "Level", "Status"],
          [["Atlantic", "48213", "EX-01", "Missing"], ["Quebec", "51907", "EX-02", "Under review"],
           ["Prairies", "60444", "EX-01", "Missing"]])
    D.add("p", f"Questions can be directed to {D.nm(e)} in the Executive Group Services team.")
    D.kvstyle, D.hlevel, D.pagebreak_sig, D.header_text = "bold", 1, False, "UNCLASSIFIED"
    name = "Memo - EX work descriptions due Nov 1 (regions).docx"
    (corpus / name).write_bytes(render_docx(D))
    out.append(truth(name, "docx", "en", D.people, {"what": "memo asking regions for work descriptions"}))

    # 2. a French letter offering an acting appointment (PDF)
    D = Doc("lettre", "pdf", "fr", 2)
    n1, n2, n3 = "Étienne D'Amours", "Geneviève Lafleur-Daoust", "Claire Forest"
    lines = ["Ottawa, le 3 février 2025", "", f"Madame {n1}".replace("Madame Étienne", "Monsieur Étienne"),
             "Direction des opérations régionales", "",
             "Objet : Offre de nomination intérimaire – Directeur exécutif régional (EX-02), poste 58213", "",
             f"Monsieur {n1.split()[-1]},", "",
             "J'ai le plaisir de vous offrir une nomination intérimaire au poste de directeur exécutif régional,",
             "Région de l'Alberta (EX-02), du 1er mars 2025 au 31 août 2025. Votre rémunération sera établie",
             "dans l'échelle salariale de l'EX-02, soit de 155 700 $ à 183 200 $.",
             "", "Veuillez confirmer votre acceptation en signant la présente lettre.", "",
             "Je vous prie d'agréer, Monsieur, mes salutations distinguées.", "",
             n2, "Sous-ministre adjointe, Opérations régionales", "",
             f"c.c. {n3}, Ressources humaines", "", "Acceptation : ______________________  Date : ___________"]
    name = "Lettre d'offre - nomination intérimaire EX-02 (D'Amours).pdf"
    (corpus / name).write_bytes(pdf_bytes(pdf_pages(lines)))
    out.append(truth(name, "pdf", "fr", [n1, n2, n3], {"what": "lettre d'offre de nomination intérimaire"}))

    # 3. minutes of the classification committee (cp1252 text)
    ppl = ["Nora Standingready", "Luc de la Fontaine", "Grace Okafor", "Anneke van der Berg", "Early Moon"]
    s = ("EXECUTIVE CLASSIFICATION COMMITTEE - MINUTES\n"
         "Meeting of April 9, 2024, 14:00-15:30, Room 4B and MS Teams\n\n"
         f"Present: {ppl[0]} (Chair), {ppl[1]}, {ppl[2]}\n"
         f"Regrets: {ppl[3]}\nSecretary: {ppl[4]}\n\n"
         "1. Adoption of the agenda - adopted.\n"
         "2. Director, Pension Policy Analysis (EX-01), job code 103377 - the committee confirmed the EX-01 level; "
         "the work description's direct reports table to be corrected.\n"
         "3. Executive Director, Digital Preservation (EX-02) - deferred; the committee asked for dimensions "
         "(salary, O&M) consistent with the 2024-25 budget.\n"
         "4. Generic 'Director, Program Delivery' - the committee noted that generics must carry the date they were approved.\n"
         f"5. Next meeting: May 14, 2024. Action items: {ppl[4]} to circulate the record of decision.\n")
    name = "Minutes - EX classification committee 2024-04-09.txt"
    (corpus / name).write_bytes(curly(s).replace("\n", "\r\n").encode("cp1252"))
    out.append(truth(name, "text-cp1252", "en", ppl, {"what": "committee minutes"}))

    # 4. an organization chart read by OCR
    ppl = ["Wesley Redsky", "Tanis Quill", "Rory McNeil-Dunn", "Hélène Du Tremblay", "Dale Swan"]
    s = ("ORGANIZATION CHART / ORGANIGRAMME   Regional Operations Sector   2O24-O3-31\n\n"
         f"            Assistant Deputy Minister, Regional Operations   EX-O5   {ppl[0]}\n"
         "                              |\n"
         "        -----------------------------------------------\n"
         "        |                      |                      |\n"
         f"   RED Alberta EX-O2      RED Manitoba EX-O2      DG Policy EX-O3\n"
         f"   {ppl[1]}             {ppl[2]} (A)      {ppl[3]}\n"
         "        |                      |\n"
         f"   Dir. Programs EX-0I    Dir. Child & Family EX-0I\n"
         f"   {ppl[4]}               Vacant\n\n"
         "(A) = acting / intérimaire                       Page l of l\n")
    name = "org chart regional ops 2024 (scan).txt"
    (corpus / name).write_bytes(s.encode("utf-8"))
    out.append(truth(name, "ocr", "bilingual", ppl, {"what": "organization chart"}))

    # 5. a scanned fiche de poste: PDF without a text layer
    art = b"q 0.2 G 1 w 40 760 515 40 re S 40 700 m 555 700 l S 40 680 m 400 680 l S 40 660 m 480 660 l S Q"
    name = "Fiche de poste EX-01 - numérisée.pdf"
    (corpus / name).write_bytes(pdf_bytes([art, ""]))
    out.append(truth(name, "pdf", "fr", [], {"what": "scan without a text layer (two pages, only drawn lines)"}))
    return out


if __name__ == "__main__":
    main()
