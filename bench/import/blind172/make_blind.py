"""blind172: executive work descriptions written in sentences (memos, briefing notes, e-mails, narratives).

Run from the repository root:  python bench/import/blind172/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run.
"""
import datetime
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

import docx  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (DEPTS, TOPICS, REPORTS, FIRST, LAST, EN_NUM, FR_NUM, EN_MONTHS, FR_MONTHS,  # noqa: E402
                   DUTIES_EN, DUTIES_FR)

rng = random.Random(172)
NB = "\u00a0"

BRANCHES = [("Program Operations", "Opérations des programmes"), ("Strategic Policy", "Politiques stratégiques"),
            ("Corporate Services", "Services ministériels"), ("Science and Innovation", "Sciences et innovation"),
            ("Service Delivery", "Prestation des services")]

_used_names = set()
_used_titles = set()


def person():
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def en_money(v, style):
    if style == "million":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    if style == "M":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


def fr_money(v, style, sep=NB):
    if style == "million":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return s + (" million de dollars" if v < 2_000_000 else " millions de dollars")
    if style == "M":
        return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
    if style == "K":
        return f"{v // 1000:,}".replace(",", sep) + sep + "k$"
    return f"{v:,}".replace(",", sep) + sep + "$"


def en_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def fr_date(d, style):
    if style == "iso":
        return d.isoformat()
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {FR_MONTHS[d.month - 1]} {d.year}"


def cls_n(c, style):
    if c is None:
        return None
    if style == "space" and c.startswith("EX-"):
        return c.replace("-", " ")
    return c


def en_count(n):
    return EN_NUM[n] if n <= 20 and rng.random() < 0.5 else str(n)


def fr_count(n):
    return FR_NUM[n] if n <= 20 and rng.random() < 0.5 else str(n)


# ---------------------------------------------------------------- positions
LEVELS = ["EX-01"] * 22 + ["EX-02"] * 11 + ["EX-03"] * 9
rng.shuffle(LEVELS)
PREFIX = {"EX-01": ("Director", "Directeur", "Directrice"), "EX-02": ("Executive Director", "Directeur exécutif",
          "Directrice exécutive"), "EX-03": ("Director General", "Directeur général", "Directrice générale")}
SUP = {"EX-01": ["EX-02", "EX-03", "EX-03"], "EX-02": ["EX-03"], "EX-03": ["EX-04"]}
SUP_PREFIX = {"EX-02": ("Executive Director", "Directeur exécutif"), "EX-03": ("Director General", "Directeur général"),
              "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint")}


def make_position(i, level):
    k = i % len(TOPICS)
    while (PREFIX[level][0], k) in _used_titles:
        k = (k + 5) % len(TOPICS)
    _used_titles.add((PREFIX[level][0], k))
    t_en, t_fr = TOPICS[k]
    p_topic = k
    dept = DEPTS[i % len(DEPTS)]
    fem = rng.random() < 0.5
    p = {"i": i, "cls": level, "fem": fem, "topic": p_topic}
    p["title"] = f"{PREFIX[level][0]}, {t_en}"
    p["title_fr"] = f"{PREFIX[level][2 if fem else 1]}, {t_fr}"
    p["short"] = PREFIX[level][0]
    p["short_fr"] = PREFIX[level][2 if fem else 1]
    p["dept"], p["dept_fr"], p["loc"], p["loc_fr"] = dept
    p["pos_no"] = None if rng.random() < 0.15 else str(rng.randint(10000, 99999))
    p["job_code"] = None if rng.random() < 0.55 else str(rng.randint(100100, 109999))
    p["eff"] = None if rng.random() < 0.2 else datetime.date(rng.choice([2021, 2022, 2023, 2024, 2025]),
                                                              rng.choice([1, 4, 4, 6, 9, 10]),
                                                              rng.choice([1, 1, 1, 15, 22, 3]))
    sl = rng.choice(SUP[level])
    b_en, b_fr = rng.choice(BRANCHES)
    p["sup"] = {"title": f"{SUP_PREFIX[sl][0]}, {b_en}", "title_fr": f"{SUP_PREFIX[sl][1]}, {b_fr}",
                "cls": None if rng.random() < 0.15 else sl,
                "pos_no": None if rng.random() < 0.45 else str(rng.randint(10000, 99999)),
                "short": SUP_PREFIX[sl][0], "short_fr": SUP_PREFIX[sl][1]}
    p["money"] = rng.choice(["full", "full", "million", "M", "K"])
    sal = rng.randint(900, 6200) * 1000
    om = rng.randint(40, 950) * 1000
    if p["money"] in ("million", "M"):
        sal = round(sal, -4)
        om = round(om, -4)
    p["salary"], p["om"] = sal, om
    p["total"] = sal + om if rng.random() < 0.5 else None
    # direct reports
    reps = []
    if level == "EX-03":
        for k in rng.sample(range(len(TOPICS)), rng.randint(2, 4)):
            if k == p_topic:
                continue
            reps.append({"title": f"Director, {TOPICS[k][0]}", "title_fr": f"Directeur, {TOPICS[k][1]}",
                         "cls": "EX-01", "fte": rng.randint(25, 90)})
    elif rng.random() < 0.92:
        for k in rng.sample(range(len(REPORTS)), rng.randint(2, 4)):
            t, tf, c = REPORTS[k]
            fte = None if t == "Senior Advisor" else rng.randint(3, 24)
            if t != "Senior Advisor" and rng.random() < 0.1:
                fte = None
            reps.append({"title": t, "title_fr": tf, "cls": None if rng.random() < 0.1 else c, "fte": fte})
    p["reports"] = reps or None
    p["incumbent"] = person() if rng.random() < 0.5 else None
    p["author"] = person()
    p["approver"] = person() if rng.random() < 0.6 else None
    p["cls_style"] = "space" if rng.random() < 0.15 else "dash"
    p["date_style"] = rng.choice(["long", "long", "dmy", "iso"])
    p["variant"] = rng.randint(0, 2)
    return p


POS = [make_position(i, lv) for i, lv in enumerate(LEVELS)]
assert len({p["title"] for p in POS}) == len(POS)


def link_to_dg(director, dg):
    director["sup"] = {"title": dg["title"], "title_fr": dg["title_fr"].replace("Directrice générale", "Directeur général"),
                       "cls": "EX-03", "pos_no": dg["pos_no"], "short": "Director General",
                       "short_fr": "Directeur général", "in_corpus": True}
    director["dept"], director["dept_fr"] = dg["dept"], dg["dept_fr"]
    director["loc"], director["loc_fr"] = dg["loc"], dg["loc_fr"]


DGS = [p for p in POS if p["cls"] == "EX-03" and p["pos_no"]]
DIRS = [p for p in POS if p["cls"] == "EX-01"]
for d, g in zip(DIRS[:3], DGS[:3]):
    link_to_dg(d, g)
    d["sup_in_corpus"] = g


# ---------------------------------------------------------------- sentences
def reports_en(p, short):
    reps = p["reports"]
    if not reps:
        return f"No positions report directly to the {short}; the work is carried out through horizontal teams."
    v = p["variant"]
    items = []
    for r in reps:
        c = cls_n(r["cls"], "dash")
        if v == 1:
            inner = ", ".join(x for x in [c, f"{r['fte']} FTEs" if r["fte"] else None] if x)
            items.append(f"the {r['title']}" + (f" ({inner})" if inner else ""))
        else:
            s = f"the {r['title']}" + (f" ({c})" if c else "")
            if r["title"] == "Senior Advisor":
                s = f"a Senior Advisor" + (f" ({c})" if c else "") + " who has no staff"
            elif r["fte"]:
                s += rng.choice([f", who leads a team of {en_count(r['fte'])}", f" with {en_count(r['fte'])} employees",
                                 f", responsible for {r['fte']} FTEs"])
            items.append(s)
    lst = ", ".join(items[:-1]) + (", and " if len(items) > 2 else " and ") + items[-1] if len(items) > 1 else items[0]
    n = len(reps)
    if v == 1:
        return f"{EN_NUM[n].capitalize()} positions report directly to the {short}: {lst}."
    if v == 2:
        return f"The {short} directly supervises {lst}."
    return f"Reporting to the {short} are {lst}."


def reports_fr(p, short):
    reps = p["reports"]
    if not reps:
        return f"Aucun poste ne relève directement du {short.lower()}; le travail s'effectue en équipes horizontales."
    items = []
    for r in reps:
        c = r["cls"]
        s = f"le {r['title_fr'][0].lower()}{r['title_fr'][1:]}" + (f" ({c})" if c else "")
        if r["title"] == "Senior Advisor":
            s = "un conseiller principal" + (f" ({c})" if c else "") + ", qui n'encadre aucun employé"
        elif r["fte"]:
            s += rng.choice([f", qui dirige une équipe de {fr_count(r['fte'])} employés", f" ({r['fte']} ETP)",
                             f", à la tête de {r['fte']} équivalents temps plein"])
        items.append(s)
    lst = ", ".join(items[:-1]) + " et " + items[-1] if len(items) > 1 else items[0]
    n = len(reps)
    return f"{FR_NUM[n].capitalize() if n > 1 else 'Un'} poste{'s' if n > 1 else ''} relève{'nt' if n > 1 else ''} directement du titulaire : {lst}."


def sup_en(p):
    s = p["sup"]
    inner = ", ".join(x for x in [cls_n(s["cls"], p["cls_style"]), f"position {s['pos_no']}" if s["pos_no"] else None] if x)
    return f"the {s['title']}" + (f" ({inner})" if inner else "")


def sup_fr(p):
    s = p["sup"]
    inner = ", ".join(x for x in [s["cls"], f"poste {s['pos_no']}" if s["pos_no"] else None] if x)
    t = s["title_fr"]
    return f"du {t[0].lower()}{t[1:]}" + (f" ({inner})" if inner else "")


def ident_en(p):
    c = cls_n(p["cls"], p["cls_style"])
    jc = f" (job code {p['job_code']})" if p["job_code"] else ""
    v = p["variant"]
    if p["pos_no"] is None:
        return (f"The {p['title']}{jc} is a new position, classified {c}; a position number will be assigned by "
                f"Corporate Staffing once the organization is approved. It reports to {sup_en(p)}.")
    if v == 0:
        return f"The incumbent of position {p['pos_no']}{jc}, classified {c}, reports to {sup_en(p)}."
    if v == 1:
        return (f"Position number {p['pos_no']}, {p['title']}{jc}, is classified at the {c} level and reports "
                f"directly to {sup_en(p)}.")
    return f"As {p['title']} (position {p['pos_no']}, {c}){jc}, the incumbent reports to {sup_en(p)}."


def ident_fr(p):
    jc = f" (code d'emploi {p['job_code']})" if p["job_code"] else ""
    t = p["title_fr"]
    if p["pos_no"] is None:
        return (f"Le poste de {t}{jc} est un nouveau poste classifié {p['cls']}; un numéro de poste sera attribué "
                f"par la dotation ministérielle. Le titulaire relève {sup_fr(p)}.")
    if p["variant"] == 1:
        return f"Le poste numéro {p['pos_no']}, {t}{jc}, est classifié au niveau {p['cls']} et relève {sup_fr(p)}."
    return f"Le ou la titulaire du poste {p['pos_no']}{jc}, classifié {p['cls']}, relève {sup_fr(p)}."


def money_en(p):
    s, o = en_money(p["salary"], p["money"]), en_money(p["om"], "full" if p["money"] != "K" else "K")
    t = en_money(p["total"], p["money"]) if p["total"] else None
    v = p["variant"]
    if v == 0:
        return (f"The {p['short']} manages a salary budget of {s} and {o} in operating funds"
                + (f", for a total of {t}." if t else "."))
    if v == 1:
        return (f"Annual resources under the position's control amount to {s} in salaries and {o} for operations and "
                f"maintenance (O&M)" + (f"; in all, {t}." if t else "."))
    big = (p["salary"] * 9) // 1_000_000
    return (f"Within a branch envelope of about ${big} million managed by the {p['sup']['short']}, the directorate's "
            f"own budget comprises salaries of {s} and O&M of {o}" + (f" (total {t})." if t else "."))


def money_fr(p):
    st = p["money"]
    s, o = fr_money(p["salary"], st), fr_money(p["om"], "full" if st != "K" else "K")
    t = fr_money(p["total"], st) if p["total"] else None
    return (f"Le titulaire gère un budget salarial de {s} et des fonds de fonctionnement et d'entretien de {o}"
            + (f", soit un total de {t}." if t else "."))


def date_en(p):
    if not p["eff"]:
        return ""
    d = en_date(p["eff"], p["date_style"])
    return rng.choice([f"This description takes effect on {d}.", f"The position was established effective {d}.",
                       f"The organizational change is effective {d}."])


def date_fr(p):
    if not p["eff"]:
        return ""
    return f"La présente description entre en vigueur le {fr_date(p['eff'], p['date_style'])}."


def duties_en(p):
    d = rng.sample(DUTIES_EN, 3)
    return f"The {p['short']} {d[0]}. The {p['short']} also {d[1]}, and {d[2]}."


def duties_fr(p):
    d = rng.sample(DUTIES_FR, 3)
    return f"Le titulaire {d[0]}. Il ou elle {d[1]} et {d[2]}."


def loc_en(p):
    return f"The position is located in {p['loc']}, at {p['dept']}."


def loc_fr(p):
    return f"Le poste est situé à {p['loc_fr']}, au sein de {p['dept_fr']}."


def sig_en(p):
    out = []
    if p["incumbent"]:
        out.append(("p", f"Incumbent: {p['incumbent']}"))
    out.append(("p", f"Prepared by {p['author']}, Classification Advisor"))
    if p["approver"]:
        out.append(("p", f"Approved by {p['approver']}, Director General, Human Resources"))
    return out


def sig_fr(p):
    out = []
    if p["incumbent"]:
        out.append(("p", f"Titulaire : {p['incumbent']}"))
    out.append(("p", f"Rédigé par {p['author']}, conseillère en classification"))
    if p["approver"]:
        out.append(("p", f"Approuvé par {p['approver']}, directeur général, Ressources humaines"))
    return out


def memo_date(p):
    base = p["eff"] or datetime.date(2024, 3, 1)
    return base - datetime.timedelta(days=40)


# ---------------------------------------------------------------- styles (return blocks)
def style_memo(p, lang):
    if lang == "fr":
        old = {"EX-01": "AS-07", "EX-02": "EX-01", "EX-03": "EX-02"}[p["cls"]]
        return [("pre", ["NOTE DE SERVICE", f"DESTINATAIRE : Comité de classification des cadres",
                         f"EXPÉDITEUR : {p['author']}", f"DATE : {fr_date(memo_date(p), 'long')}",
                         f"OBJET : Justification de la classification – {p['title_fr']}"]),
                ("p", f"La présente note expose la justification de la classification du poste de {p['title_fr']} à "
                      f"{p['dept_fr']}. " + ident_fr(p)),
                ("p", f"Le poste avait été évalué au niveau {old} en 2019; l'élargissement du mandat justifie "
                      f"aujourd'hui le niveau {p['cls']} recommandé par le comité. " + duties_fr(p)),
                ("p", reports_fr(p, p["short_fr"]) + " " + money_fr(p)),
                ("p", loc_fr(p) + " " + date_fr(p)),
                *sig_fr(p)]
    old = {"EX-01": "an AS-07", "EX-02": "EX-01", "EX-03": "EX-02"}[p["cls"]]
    return [("pre", ["MEMORANDUM", "TO: Executive Classification Committee", f"FROM: {p['author']}",
                     f"DATE: {en_date(memo_date(p), 'long')}", f"SUBJECT: Classification rationale – {p['title']}"]),
            ("p", f"This memorandum sets out the rationale for the classification of the {p['title']} position at "
                  f"{p['dept']}. " + ident_en(p)),
            ("p", f"The work was last evaluated in 2019 at {old} level. Since then the mandate has grown considerably, "
                  f"and the committee's rating of {cls_n(p['cls'], p['cls_style'])} reflects the added scope. " + duties_en(p)),
            ("p", reports_en(p, p["short"]) + " " + money_en(p)),
            ("p", loc_en(p) + " " + date_en(p)),
            *sig_en(p)]


def style_summary(p, lang):
    if lang == "fr":
        return [("h", p["title_fr"]), ("h2", "Sommaire narratif du poste"),
                ("p", f"{p['dept_fr']}. " + duties_fr(p)),
                ("p", ident_fr(p) + " " + date_fr(p)),
                ("p", reports_fr(p, p["short_fr"])), ("p", money_fr(p) + " " + loc_fr(p)), *sig_fr(p)]
    return [("h", p["title"]), ("h2", "Narrative job summary"),
            ("p", f"{p['dept']}. " + duties_en(p)),
            ("p", ident_en(p) + " " + date_en(p)),
            ("p", reports_en(p, p["short"])), ("p", money_en(p) + " " + loc_en(p)), *sig_en(p)]


def style_briefing(p, lang):
    if lang == "fr":
        return [("h", "NOTE D'INFORMATION À L'INTENTION DE LA SOUS-MINISTRE"),
                ("p", f"OBJET : Création du poste de {p['title_fr']}"),
                ("h2", "BUT"), ("p", f"Informer la sous-ministre de la création d'un poste de direction à "
                                     f"{p['dept_fr']} et obtenir son approbation."),
                ("h2", "CONTEXTE"), ("p", ident_fr(p) + " " + duties_fr(p)),
                ("h2", "CONSIDÉRATIONS"), ("p", reports_fr(p, p["short_fr"]) + " " + money_fr(p) + " " + loc_fr(p)),
                ("h2", "RECOMMANDATION"), ("p", "Que la sous-ministre approuve la création du poste. " + date_fr(p)),
                *sig_fr(p)]
    return [("h", "BRIEFING NOTE TO THE DEPUTY MINISTER"),
            ("p", f"SUBJECT: Creation of the position of {p['title']}"),
            ("h2", "PURPOSE"), ("p", f"To inform the Deputy Minister of a new executive position at {p['dept']} and "
                                     f"to seek approval of its organization."),
            ("h2", "BACKGROUND"), ("p", ident_en(p) + " " + duties_en(p)),
            ("h2", "CONSIDERATIONS"), ("p", reports_en(p, p["short"]) + " " + money_en(p) + " " + loc_en(p)),
            ("h2", "RECOMMENDATION"), ("p", "That the Deputy Minister approve the position as described. " + date_en(p)),
            *sig_en(p)]


def style_orgchange(p, lang):
    old_no = str(int(p["pos_no"] or "50000") + 137)
    if lang == "fr":
        return [("h", "Proposition de changement organisationnel"),
                ("p", f"{p['dept_fr']} propose de regrouper deux unités sous un seul poste de direction. Le poste "
                      f"{old_no}, Gestionnaire principal, sera aboli au moment de la réorganisation."),
                ("h2", f"Le poste proposé : {p['title_fr']}"),
                ("p", ident_fr(p) + " " + duties_fr(p)),
                ("p", reports_fr(p, p["short_fr"])), ("p", money_fr(p)), ("p", loc_fr(p) + " " + date_fr(p)),
                *sig_fr(p)]
    return [("h", "Organizational change proposal"),
            ("p", f"{p['dept']} proposes to consolidate two units under a single executive position. Position "
                  f"{old_no}, Senior Manager (EC-08), will be abolished when the reorganization takes effect."),
            ("h2", f"The proposed position: {p['title']}"),
            ("p", ident_en(p) + " " + duties_en(p)),
            ("p", reports_en(p, p["short"])), ("p", money_en(p)), ("p", loc_en(p) + " " + date_en(p)),
            *sig_en(p)]


def style_email(p, lang):
    sent = memo_date(p)
    if lang == "fr":
        return [("pre", [f"De : {p['author']}", f"Envoyé : {fr_date(sent, 'long')} 10:42",
                         "À : Dotation des cadres", f"Objet : Demande de dotation – {p['title_fr']}"]),
                ("p", "Bonjour,"),
                ("p", f"Nous souhaitons doter le poste de {p['title_fr']} à {p['dept_fr']}. " + ident_fr(p)),
                ("p", reports_fr(p, p["short_fr"]) + " " + money_fr(p) + " " + loc_fr(p) + " " + date_fr(p)),
                ("p", "Merci de confirmer la réception de la demande."), ("p", "Cordialement,"), ("p", p["author"])]
    return [("pre", [f"From: {p['author']}", f"Sent: {en_date(sent, 'long')} 10:42 AM",
                     "To: Executive Staffing", f"Subject: Staffing request - {p['title']}"]),
            ("p", "Hello,"),
            ("p", f"We would like to launch a staffing process for the {p['title']} position at {p['dept']}. " + ident_en(p)),
            ("p", reports_en(p, p["short"]) + " " + money_en(p) + " " + loc_en(p) + " " + date_en(p)),
            ("p", "Could you confirm that the request has been received? Thanks,"), ("p", p["author"])]


def style_onepage(p, lang):
    if lang == "fr":
        return [("h", p["title_fr"]), ("p", ident_fr(p)), ("p", duties_fr(p)),
                ("p", reports_fr(p, p["short_fr"])), ("p", money_fr(p)), ("p", loc_fr(p) + " " + date_fr(p))]
    return [("h", p["title"]), ("p", ident_en(p)), ("p", duties_en(p)), ("p", reports_en(p, p["short"])),
            ("p", money_en(p)), ("p", loc_en(p) + " " + date_en(p))]


def style_labelblock(p, lang):
    """Narrative, then one label block at the end holding the identifying values."""
    if lang == "fr":
        kv = [("Titre", p["title_fr"]), ("Groupe et niveau", p["cls"]), ("Numéro du poste", p["pos_no"] or "À déterminer")]
        if p["job_code"]:
            kv.append(("Code d'emploi", p["job_code"]))
        kv.append(("Date d'entrée en vigueur", fr_date(p["eff"], p["date_style"]) if p["eff"] else ""))
        return [("h", p["title_fr"]), ("p", duties_fr(p)),
                ("p", f"Le titulaire relève {sup_fr(p)}. " + reports_fr(p, p["short_fr"])),
                ("p", money_fr(p) + " " + loc_fr(p)), ("kv", kv), *sig_fr(p)]
    kv = [("Title", p["title"]), ("Group and level", cls_n(p["cls"], p["cls_style"])),
          ("Position number", p["pos_no"] or "TBD")]
    if p["job_code"]:
        kv.append(("Job code", p["job_code"]))
    kv.append(("Effective date", en_date(p["eff"], p["date_style"]) if p["eff"] else ""))
    return [("h", p["title"]), ("p", duties_en(p)), ("p", f"The {p['short']} reports to {sup_en(p)}. " + reports_en(p, p["short"])),
            ("p", money_en(p) + " " + loc_en(p)), ("kv", kv), *sig_en(p)]


STYLES = {"memo": style_memo, "summary": style_summary, "briefing": style_briefing, "orgchange": style_orgchange,
          "email": style_email, "onepage": style_onepage, "labelblock": style_labelblock}


def blocks_for(p, style, lang):
    f = STYLES[style]
    if lang != "bilingual":
        return f(p, lang)
    en, fr = f(p, "en"), f(p, "fr")
    if en and en[0][0] == "h":
        en[0] = ("h", f"{p['title']} / {p['title_fr']}")
    return en + [("h2", "Version française")] + fr


# ---------------------------------------------------------------- renderers
def plain_lines(blocks, width=None):
    out = []
    for kind, val in blocks:
        if kind == "pre":
            out += val
        elif kind == "h":
            out.append(val.upper() if width else val)
        elif kind == "h2":
            out.append(val)
        elif kind == "kv":
            out += [f"{k}: {v}" for k, v in val]
        else:
            out += textwrap.wrap(val, width) if width else [val]
        out.append("")
    return out


def render_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "pre":
            out += [f"**{line.split(':', 1)[0]}:**{line.split(':', 1)[1]}  " if ":" in line else f"**{line}**  "
                    for line in val]
        elif kind == "h":
            out.append("# " + val)
        elif kind == "h2":
            out.append("## " + val)
        elif kind == "kv":
            out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in val]
        else:
            out.append(val)
        out.append("")
    return "\n".join(out).encode("utf-8")


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, (2024, 6, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    return buf.getvalue()


def render_docx(blocks, author):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = datetime.datetime(2024, 6, 3, 9, 0, 0)
    cp.revision = 1
    for kind, val in blocks:
        if kind == "pre":
            for line in val:
                d.add_paragraph(line)
        elif kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                row = t.add_row().cells
                row[0].text, row[1].text = k, v
        else:
            d.add_paragraph(val)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def render_pdf(blocks, footer):
    lines = plain_lines(blocks, 100)
    pages = [lines[i:i + 62] for i in range(0, len(lines), 62)]
    n = len(pages)
    return pdf_bytes(["\n".join(pg + ["", f"{footer}    Page {k + 1} / {n}"]) for k, pg in enumerate(pages)])


DIG = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr_damage(text, rate, r):
    out = []
    for ch in text:
        if ch in DIG and r.random() < rate:
            out.append(DIG[ch] if ch != "1" or r.random() < 0.6 else "I")
        elif ch == "m" and r.random() < rate / 6:
            out.append("rn")
        elif ch == "e" and r.random() < rate / 10:
            out.append("c")
        elif ch == "l" and r.random() < rate / 8:
            out.append("1")
        elif ch == " " and r.random() < rate / 8:
            continue
        elif ch in "’'" and r.random() < 0.5:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def render_ocr(blocks, rate, header, r):
    raw = []
    for line in plain_lines(blocks, None):
        if not line:
            raw.append("")
            continue
        # scanner line breaks, with hyphenated words at some line ends
        words, cur = line.split(" "), ""
        for w in words:
            if len(cur) + len(w) + 1 > 68 and cur:
                if len(w) > 7 and w.isalpha() and r.random() < 0.4:
                    cut = len(w) // 2
                    raw.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
                raw.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        raw.append(cur)
    pages = [raw[i:i + 48] for i in range(0, len(raw), 48)]
    out = []
    for k, pg in enumerate(pages):
        out.append(ocr_damage(header, rate, r))
        out.append("")
        out += [ocr_damage(x, rate, r) for x in pg]
        out += ["", ocr_damage(f"Page {k + 1} of {len(pages)}", rate, r), "\f"]
    return "\n".join(out).encode("utf-8")


def to_cp1252(text):
    text = text.replace("'", "\u2019")
    return text.replace("\n", "\r\n").encode("cp1252")


# ---------------------------------------------------------------- plan
# (position index, style, kind, language, file name template)
PLAN = [
    ("memo", "docx", "en", "Classification rationale - {t}.docx"),
    ("memo", "docx", "fr", "Justification de classification – {tf}.docx"),
    ("memo", "pdf", "en", "memo classification {t} - signed.pdf"),
    ("memo", "md", "en", "{t} - rationale memo.md"),
    ("memo", "text", "bilingual", "Rationale memo, {t} (bilingue).txt"),
    ("memo", "ocr", "en", "SCAN_memo {t}.txt"),
    ("memo", "text-cp1252", "en", "Memo to committee - {t}.txt"),
    ("summary", "md", "en", "{t} (narrative summary).md"),
    ("summary", "md", "fr", "Sommaire narratif – {tf}.md"),
    ("summary", "text", "en", "job summary {t}.txt"),
    ("summary", "docx", "bilingual", "{t} - narrative summary FR-EN (1).docx"),
    ("summary", "pdf", "fr", "Sommaire {tf}.pdf"),
    ("summary", "ocr", "fr", "numérisation sommaire {tf}.txt"),
    ("summary", "text", "en", "{t} summary v2.txt"),
    ("briefing", "pdf", "en", "BN - new position {t}.pdf"),
    ("briefing", "docx", "fr", "Note d'information – création {tf}.docx"),
    ("briefing", "md", "bilingual", "Briefing note, {t}.md"),
    ("briefing", "ocr", "en", "BN {t} scanned.txt"),
    ("briefing", "text", "fr", "note info {tf}.txt"),
    ("briefing", "pdf", "bilingual", "BN-NI {t}.pdf"),
    ("briefing", "docx", "en", "Briefing Note DM - {t}.docx"),
    ("orgchange", "pdf", "en", "Org change proposal - {t}.pdf"),
    ("orgchange", "docx", "en", "Reorg proposal {t} FINAL.docx"),
    ("orgchange", "md", "en", "org-change {t}.md"),
    ("orgchange", "text-cp1252", "fr", "Changement organisationnel – {tf}.txt"),
    ("orgchange", "ocr", "bilingual", "scan reorg {t}.txt"),
    ("orgchange", "docx", "fr", "Proposition réorganisation, {tf}.docx"),
    ("email", "text", "en", "RE_ Staffing request - {t}.txt"),
    ("email", "text-cp1252", "en", "FW_ staffing {t}.txt"),
    ("email", "text", "fr", "Demande de dotation – {tf}.txt"),
    ("email", "text-cp1252", "bilingual", "Staffing request, demande de dotation - {t}.txt"),
    ("email", "text", "en", "email staffing {t} (2).txt"),
    ("onepage", "docx", "en", "{t}.docx"),
    ("onepage", "docx", "fr", "{tf}.docx"),
    ("onepage", "docx", "bilingual", "{t} - {tf}.docx"),
    ("onepage", "docx", "en", "{t} one pager.docx"),
    ("onepage", "pdf", "en", "{t} one page.pdf"),
    ("labelblock", "md", "fr", "{tf} - description.md"),
    ("labelblock", "pdf", "bilingual", "Description {t} bilingue.pdf"),
    ("labelblock", "ocr", "en", "OCR {t}.txt"),
    ("labelblock", "text", "en", "{t} description.txt"),
    ("labelblock", "md", "en", "{t} - WD.md"),
]
assert len(PLAN) == len(POS)
# Second versions: (index of first version in PLAN, kind, file name template, change)
VERSIONS = [
    (20, "pdf", "Briefing Note DM - {t} - signed.pdf", "salary"),
    (8, "docx", "Sommaire narratif – {tf} (version finale).docx", "eff"),
    (40, "text", "{t} description REV 2.txt", "cls"),
]
for _, _, _, ch in VERSIONS:
    pass
# the first version of each pair is a DRAFT
DRAFT = {20: "Briefing Note DM - {t} DRAFT.docx", 8: "Sommaire narratif – {tf} DRAFT.md",
         40: "{t} description.txt"}


def safe(name):
    return name.replace("/", "-").replace(":", "")


# ---------------------------------------------------------------- yaml writer
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def dump(obj, ind=0):
    sp = "  " * ind
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append(f"{sp}{k}:")
            out += dump(v, ind + 1)
        elif isinstance(v, list):
            if not v:
                out.append(f"{sp}{k}: []")
                continue
            out.append(f"{sp}{k}:")
            for item in v:
                if isinstance(item, dict):
                    sub = dump(item, ind + 1)
                    out.append(f"{sp}- " + sub[0].strip())
                    out += [("  " + s) if not s.startswith(sp + "  ") else s for s in sub[1:]]
                else:
                    out.append(f"{sp}- {q(item)}")
        else:
            out.append(f"{sp}{k}: {q(v)}")
    return out


def truth(p, doc, kind, lang, extra_also=None, versions=None):
    fr = lang == "fr"
    sup = p["sup"]
    fields = {
        "title": p["title_fr"] if fr else p["title"],
        "classification": p["cls"],
        "job_code": p["job_code"],
        "position_number": p["pos_no"],
        "effective_date": p["eff"],
        "supervisor": {"position_number": sup["pos_no"], "title": sup["title_fr"] if fr else sup["title"],
                       "classification": sup["cls"]},
        "direct_reports": None if not p["reports"] else [
            {"title": r["title_fr"] if fr else r["title"], "classification": r["cls"], "fte": r["fte"]}
            for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
        "location": p["loc_fr"] if fr else p["loc"],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    ns += [f"supervisor.{k}" for k, kk in (("position_number", "pos_no"), ("classification", "cls")) if sup[kk] is None]
    if not p["reports"]:
        ns.append("direct_reports")
    also = {"department": p["dept_fr"] if fr else p["dept"]}
    if fr:
        also["title_en"] = p["title"]
    else:
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
            also["location_fr"] = p["loc_fr"]
    also["form"] = doc["style_desc"]
    if sup.get("in_corpus"):
        also["reports_to_in_corpus"] = p["sup_in_corpus"]["file"]
    also.update(extra_also or {})
    people = [x for x in (p["incumbent"], p["author"], p["approver"]) if x]
    kind = {"md": "markdown"}.get(kind, kind)
    return {"document": doc["name"], "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": people, "versions": versions}


STYLE_DESC = {"memo": "classification rationale memo", "summary": "narrative job summary",
              "briefing": "briefing note to the deputy head on a new position",
              "orgchange": "organizational-change proposal describing one position",
              "email": "staffing request e-mail saved as text", "onepage": "one-page description, title and paragraphs",
              "labelblock": "narrative with one label block at the end"}


def render(p, style, kind, lang, seed):
    r = random.Random(seed)
    blocks = blocks_for(p, style, lang)
    footer = p["dept_fr"] if lang == "fr" else p["dept"]
    extra = {}
    if kind == "md":
        data = render_md(blocks)
    elif kind == "docx":
        data = render_docx(blocks, p["author"])
    elif kind == "pdf":
        data = render_pdf(blocks, footer)
    elif kind == "text":
        data = "\n".join(plain_lines(blocks, 78 if style != "email" else None)).encode("utf-8")
    elif kind == "text-cp1252":
        data = to_cp1252("\n".join(plain_lines(blocks, None)))
    elif kind == "ocr":
        strength = ["light", "medium", "heavy"][seed % 3]
        rate = {"light": 0.1, "medium": 0.3, "heavy": 0.55}[strength]
        head = ("EXECUTIVE POSITION FILE - " if lang != "fr" else "DOSSIER DE POSTE DE CADRE - ") + footer.upper()
        data = render_ocr(blocks, rate, head, r)
        extra["damage"] = strength
    return data, extra


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    names = set()
    docs = []  # (p, name, kind, lang, style, extra, versions)

    def add(name, data):
        assert name not in names, name
        names.add(name)
        (corpus / name).write_bytes(data)

    # file names first (reports_to_in_corpus needs the DG's file)
    for i, (style, kind, lang, tmpl) in enumerate(PLAN):
        p = POS[i]
        tmpl = DRAFT.get(i, tmpl)
        p["file"] = safe(tmpl.format(t=p["title"], tf=p["title_fr"]))
        p["style"], p["kind"], p["lang"] = style, kind, lang
    for i, p in enumerate(POS):
        data, extra = render(p, p["style"], p["kind"], p["lang"], 1000 + i)
        add(p["file"], data)
        docs.append([p, p["file"], p["kind"], p["lang"], p["style"], extra, None])
    for k, (i, kind, tmpl, change) in enumerate(VERSIONS):
        p0 = POS[i]
        p = dict(p0)
        p["sup"] = dict(p0["sup"])
        if change == "salary":
            p["salary"] = p0["salary"] + 180000
            if p["total"]:
                p["total"] = p["salary"] + p["om"]
            note = f"salary raised from {p0['salary']} to {p['salary']} in the signed version"
        elif change == "eff":
            p["eff"] = datetime.date(2025, 4, 1)
            note = f"effective date changed from {p0['eff']} to 2025-04-01 in the final version"
        else:
            p["cls"] = "EX-02" if p0["cls"] == "EX-01" else p0["cls"]
            p["salary"] = p0["salary"] + 250000
            if p["total"]:
                p["total"] = p["salary"] + p["om"]
            note = f"level {p0['cls']} -> {p['cls']} and salary {p0['salary']} -> {p['salary']} in revision 2"
        name = safe(tmpl.format(t=p["title"], tf=p["title_fr"]))
        p["file"] = name
        data, extra = render(p, p0["style"], kind, p0["lang"], 2000 + k)
        add(name, data)
        v = {"documents": [p0["file"], name], "newest": name, "same_text": False, "note": note}
        for dd in docs:
            if dd[0] is p0:
                dd[6] = v
        docs.append([p, name, kind, p0["lang"], p0["style"], extra, v])
    for p, name, kind, lang, style, extra, v in docs:
        t = truth(p, {"name": name, "style_desc": STYLE_DESC[style]}, kind, lang, extra, v)
        (expected / f"{name}.expected.yaml").write_text("\n".join(dump(t)) + "\n", encoding="utf-8")
    for name, kind, lang, data, also, people in refusals():
        add(name, data)
        t = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": [], "also": also, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text("\n".join(dump(t)) + "\n", encoding="utf-8")


def refusals():
    out = []
    n1, n2 = person(), person()
    news = (f"# News release\n\n**Minister announces senior appointment at Fisheries and Oceans Canada**\n\n"
            f"OTTAWA, March 12, 2024 – The Minister of Fisheries, Oceans and the Canadian Coast Guard today announced "
            f"the appointment of {n1} as Director General, Aquatic Ecosystems (EX-03), effective April 2, 2024.\n\n"
            f"{n1} joins the department from the private sector, where she led a team of 40 scientists. In her new role "
            f"she will oversee a budget of $12.5 million.\n\n\"We are delighted to welcome such an accomplished leader,\" "
            f"said the Deputy Minister.\n\n**Media contact:** {n2}, Communications, 613-555-0142\n")
    out.append(("Communiqué - nomination DG (news release).md", "markdown", "en", news.encode("utf-8"),
                {"reason": "news release about an appointment; describes no position's work"}, [n1, n2]))
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 6, 3, 9, 0, 0)
    d.core_properties.author = "Politiques RH"
    d.add_heading("Extrait – Directive sur la gestion des cadres", level=1)
    d.add_paragraph("6.2 Les administrateurs généraux veillent à ce que chaque poste de cadre (groupe EX, niveaux 01 à "
                    "05) fasse l'objet d'une description de travail à jour, évaluée selon la norme d'évaluation des "
                    "emplois de la direction et approuvée avant la dotation. Les descriptions de travail sont revues au "
                    "moins tous les cinq ans ou lors de tout changement important des responsabilités, et les "
                    "rajustements de classification prennent effet le 1er avril suivant l'approbation.")
    d.add_paragraph("6.3 Les budgets salariaux et de fonctionnement déclarés dans la section Dimensions sont ceux de "
                    "l'exercice en cours.")
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Directive cadres - paragraphe 6.2.docx", "docx", "fr", fixed_zip(buf.getvalue()),
                {"reason": "policy paragraph with no position"}, []))
    a, b, c = person(), person(), person()
    minutes = [
        "Executive Resourcing Committee – Meeting summary / Comité des ressources des cadres – Résumé de réunion",
        "Date: 2024-05-14",
        f"Present / Présents : {a} (Chair / présidente), {b}, {c}",
        "",
        "1. Position 48213, Director, Program Integrity (EX-01): the committee noted the staffing plan and asked for",
        "   an updated work description before the next meeting.",
        "2. Position 51170, Executive Director, Regional Operations (EX-02): reclassification to EX-03 deferred.",
        "   Salary budget of $3.1 million to be confirmed by Finance.",
        "3. Director General, Corporate Planning (EX-03): acting appointment extended to September 30, 2024.",
        "4. Le poste 60412, Directrice, Services numériques (EX-01), sera annoncé à l'automne.",
        "",
        "Next meeting / Prochaine réunion : 2024-06-11",
        f"Recorded by / Rédigé par : {c}",
    ]
    out.append(("ERC meeting summary 2024-05-14.pdf", "pdf", "bilingual", pdf_bytes(["\n".join(minutes)]),
                {"reason": "meeting summary mentioning several positions, describing none"}, [a, b, c]))
    e, f = person(), person()
    letter = (f"June 3, 2024\n\nMs. {e}\n1450 Rideau Valley Drive\nOttawa, Ontario\n\nDear Ms. {e}:\n\n"
              f"Re: Acting appointment – Director, Workforce Analytics (EX-01), position 73305\n\n"
              f"I am pleased to confirm your acting appointment to the position of Director, Workforce Analytics, "
              f"position 73305, classified EX-01, from June 10, 2024 to December 6, 2024. You will report to me during "
              f"this period. Your salary will be set in accordance with the Directive on Executive Compensation.\n\n"
              f"Please sign the enclosed copy to indicate your acceptance.\n\nYours sincerely,\n\n{f}\n"
              f"Director General, Workforce Management\n")
    out.append(("Letter - acting appointment (signed).txt", "text-cp1252", "en", to_cp1252(letter),
                {"reason": "letter of acting appointment; names a position but does not describe it"}, [e, f]))
    out.append(("Scan_20240611_0932 - description de travail.pdf", "pdf", "en", pdf_bytes(["", "", ""]),
                {"reason": "three scanned pages without a text layer"}, []))
    return out


if __name__ == "__main__":
    main()
