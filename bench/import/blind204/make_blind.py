"""blind204: executive work descriptions as decks, one-pagers and briefing notes (issue 12).

Run from the repository root: python bench/import/blind204/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""
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
import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import ACCOUNT, CHALLENGES, DEPARTMENTS, FIRST, LAST, MANDATE, REPORT_ROLES, REPORT_UNITS  # noqa: E402

NBSP = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
LEVELS = {"PM": [5, 6], "AS": [5, 7], "EC": [6, 7], "CS": [4, 5], "FI": [3, 4], "PG": [5, 6], "EG": [6, 7],
          "PC": [4, 5], "EN-ENG": [5, 6], "BI": [4, 5], "CO": [3, 4]}
USED_NAMES: set[str] = set()


def person(rng):
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2040)
    positions = []
    for d_i, (short, den, dfr, ben, bfr, units, groups, locs, locs_fr) in enumerate(DEPARTMENTS):
        adm = {"title": f"Assistant Deputy Minister, {ben}", "title_fr": f"Sous-ministre adjoint, {bfr}",
               "classification": "EX-04", "position_number": f"{rng.randint(10000, 99999)}"}
        dg_index = len(positions)
        loc_i = rng.randrange(3)
        for u_i, (uen, ufr) in enumerate(units):
            prng = random.Random(204000 + len(positions))
            fem = prng.random() < 0.5
            if u_i == 0:
                en, fr, cls = "Director General", ("Directrice générale" if fem else "Directeur général"), "EX-03"
            elif u_i == 1:
                en, fr, cls = "Executive Director", ("Directrice exécutive" if fem else "Directeur exécutif"), "EX-02"
            else:
                en, fr, cls = "Director", ("Directrice" if fem else "Directeur"), "EX-01"
            p = {"dept": d_i, "title": f"{en}, {uen}", "title_fr": f"{fr}, {ufr}", "unit": uen, "unit_fr": ufr,
                 "classification": cls,
                 "position_number": (f"{prng.randint(0, 9)}{prng.randint(1000, 9999)}" if prng.random() < 0.85 else None),
                 "job_code": (f"10{prng.randint(1000, 9999)}" if prng.random() < 0.75 else None),
                 "effective_date": (dt.date(prng.randint(2019, 2024), prng.randint(1, 12), prng.randint(1, 28))
                                    if prng.random() < 0.88 else None),
                 "location": locs[loc_i if prng.random() < 0.7 else prng.randrange(3)]}
            p["location_fr"] = locs_fr[[*locs].index(p["location"])]
            if u_i == 0:
                p["sup"] = adm
                p["reports"] = []  # filled below
            else:
                dg = positions[dg_index]
                p["sup"] = {"title": dg["title"], "title_fr": dg["title_fr"], "classification": "EX-03",
                            "position_number": dg["position_number"], "doc_of": dg_index}
                n = prng.randint(2, 4)
                roles = prng.sample(REPORT_UNITS, n)
                reps = []
                for r_i, (ru, rufr) in enumerate(roles):
                    role = REPORT_ROLES[0] if r_i < n - 1 or prng.random() < 0.5 else prng.choice(REPORT_ROLES[1:])
                    g = prng.choice(groups)
                    lv = prng.choice(LEVELS[g])
                    reps.append({"title": role[0].format(u=ru), "title_fr": role[1].format(u=rufr),
                                 "classification": f"{g}-{lv:02d}", "fte": prng.randint(3, 24)})
                if prng.random() < 0.4:
                    reps.append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive",
                                 "classification": f"AS-0{prng.choice([1, 2])}", "fte": 1})
                p["reports"] = reps
                p["fte"] = sum(r["fte"] for r in reps) + 1
            positions.append(p)
        dg = positions[dg_index]
        kids = positions[dg_index + 1:dg_index + 7]
        dg["reports"] = [{"title": k["title"], "title_fr": k["title_fr"], "classification": k["classification"],
                          "fte": k["fte"]} for k in kids]
        dg["fte"] = sum(k["fte"] for k in kids) + 3
    for i, p in enumerate(positions):
        prng = random.Random(204300 + i)
        p["salary"] = round(p["fte"] * prng.randint(88, 112) * 1000, -4)
        om = p["salary"] * prng.randint(6, 30) / 100
        p["o_and_m"] = int(round(om, -4) if om >= 1_000_000 else round(om, -3))
        p["total_stated"] = prng.random() < 0.75
    return positions


def older(p, rng):
    q = dict(p)
    q["reports"] = [dict(r) for r in p["reports"]]
    for r in q["reports"]:
        if r["fte"] > 3:
            r["fte"] -= rng.randint(1, 3)
    q["fte"] = sum(r["fte"] for r in q["reports"]) + (3 if p["classification"] == "EX-03" else 1)
    q["salary"] = p["salary"] - rng.randint(2, 9) * 40000
    q["o_and_m"] = p["o_and_m"] - rng.randint(1, 5) * 10000
    base = p["effective_date"] or dt.date(2023, 4, 1)
    q["effective_date"] = dt.date(base.year - rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
    return q


# ---------------------------------------------------------------- notations
def money(v, style, lang):
    if style == "M" and v < 1_000_000:
        style = "K"
    if style == "M":
        s = f"{v / 1e6:.3f}".rstrip("0")
        s = s + "0" if s.endswith(".") else s
        return f"{s.replace('.', ',')}{NBSP}M$" if lang == "fr" else f"${s}M"
    if style == "K":
        k = v // 1000
        return f"{k:,}".replace(",", NBSP) + f"{NBSP}k$" if lang == "fr" else f"${k:,}K"
    return f"{v:,}".replace(",", NBSP) + f"{NBSP}$" if lang == "fr" else f"${v:,}"


def date_str(d, style, lang):
    if lang == "fr":
        if style == "iso":
            return d.isoformat()
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return {"iso": d.isoformat(), "mdy": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            "dmy": f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", "slash": d.strftime("%Y/%m/%d")}[style]


def cls_str(c, style):
    g, lv = c.rsplit("-", 1)
    return {"dash": c, "short": f"{g}-{int(lv)}", "space": f"{g} {lv}"}[style]


class Doc:
    """What one document says: its language, notations and where each value sits."""

    def __init__(self, p, lang, form, rng):
        self.p, self.lang, self.form, self.rng = p, lang, form, rng
        self.dept = DEPARTMENTS[p["dept"]]
        self.mstyle = rng.choice(["M", "M", "K", "full"])
        self.dstyle = rng.choice(["iso", "mdy", "dmy", "slash"] if lang != "fr" else ["iso", "long", "long"])
        self.cstyle = rng.choice(["dash", "dash", "short", "space"])
        self.people = []
        self.stated = {"title", "classification"}

    def L(self, en, fr):
        return {"en": en, "fr": fr, "bilingual": f"{en} / {fr}"}[self.lang]

    def P(self, en, fr):  # prose: French only in French documents
        return fr if self.lang == "fr" else en

    @property
    def fl(self):  # language of notations
        return "fr" if self.lang == "fr" else "en"

    def title(self):
        p = self.p
        return p["title_fr"] if self.lang == "fr" else p["title"]

    def sup_title(self):
        return self.p["sup"]["title_fr"] if self.lang == "fr" else self.p["sup"]["title"]

    def m(self, v):
        return money(v, self.mstyle, self.fl)

    def d(self, v):
        return date_str(v, self.dstyle, self.fl)

    def c(self, v):
        return cls_str(v, self.cstyle)

    def rt(self, r):
        return r["title_fr"] if self.lang == "fr" else r["title"]

    def loc(self):
        return self.p["location_fr"] if self.lang == "fr" else self.p["location"]

    def fte_word(self):
        return "ETP" if self.lang == "fr" else self.rng.choice(["FTE", "FTEs"])

    def name(self):
        n = person(self.rng)
        self.people.append(n)
        return n


# ---------------------------------------------------------------- content: pages of marked lines
# markers: "# " heading, "- " bullet, "!BIG " call-out figure, "| " table row (cells by " | "), "~ " footer, "> " notes
def report_line(doc, r, style):
    fw = doc.fte_word()
    t, c = doc.rt(r), doc.c(r["classification"])
    if style == "dash":
        return f"- {t} — {c} — {r['fte']} {fw}"
    if style == "paren":
        return f"- {t} ({c}, {r['fte']} {fw})"
    return f"- {c} · {t} · {r['fte']}"


def deck_pages(doc, version_tag=None):
    p, rng, L, P = doc.p, doc.rng, doc.L, doc.P
    short = doc.dept[0]
    pos_at = rng.choice(["glance", "glance", "title", "approvals", "notes"]) if p["position_number"] else "none"
    eff_at = rng.choice(["glance", "approvals", "approvals", "notes"]) if p["effective_date"] else "none"
    money_at = rng.choice(["resources", "resources", "team", "notes"])
    sup_style = rng.choice(["bullet", "chart", "rows"])
    rep_style = rng.choice(["dash", "paren", "table", "chart"])
    decoy = rng.random() < 0.3
    footer_style = rng.choice(["dept", "unclass", "num"])
    notes = {}
    slides = []
    # 1 title
    t = [f"# {doc.title()}"]
    if doc.lang == "bilingual":
        t.append(p["title_fr"])
    t += [L("Executive Work Description", "Description de travail de cadre"), doc.dept[2] if doc.lang == "fr" else doc.dept[1],
          doc.dept[4] if doc.lang == "fr" else doc.dept[3]]
    if pos_at == "title":
        t.append(f"{doc.c(p['classification'])} | {L('Position', 'Poste')} {p['position_number']}")
    presenter = doc.name()
    deck_date = dt.date((p["effective_date"] or dt.date(2023, 1, 1)).year, rng.randint(1, 12), 1)
    t.append(P(f"Presented by {presenter} to the Executive Resourcing Committee, {MONTHS_EN[deck_date.month - 1]} {deck_date.year}",
               f"Présenté par {presenter} au Comité des ressources de la direction, {MONTHS_FR[deck_date.month - 1]} {deck_date.year}"))
    if version_tag:
        t.append(version_tag)
    slides.append(t)
    # 2 glance
    g = [f"# {L('Position at a glance', 'Le poste en bref')}", f"- {L('Level', 'Niveau')}: {doc.c(p['classification'])}"]
    if p["job_code"]:
        g.append(f"- {L('Job code', 'Code d’emploi' if doc.lang == 'fr' else 'Code de l’emploi')}: {p['job_code']}")
    if pos_at == "glance":
        g.append(f"- {L('Position #', 'N° de poste')}: {p['position_number']}")
    g.append(f"- {L('Location', 'Lieu')}: {doc.loc()}")
    if eff_at == "glance":
        g.append(f"- {L('Effective', 'En vigueur')}: {doc.d(p['effective_date'])}")
    if rng.random() < 0.5:
        g.append(f"- {L('Branch', 'Direction générale')}: {doc.dept[4] if doc.lang == 'fr' else doc.dept[3]}")
    slides.append(g)
    # 3 mandate
    unit = p["unit_fr"] if doc.lang == "fr" else p["unit"]
    lang_key = "fr" if doc.lang == "fr" else "en"
    slides.append([f"# {L('Mandate', 'Mandat')}"] + [f"- {s.format(u=unit, sup=doc.sup_title())}"
                                                   for s in rng.sample(MANDATE[lang_key], 3)])
    # 4 where we sit
    s = p["sup"]
    w = [f"# {L('Where the position sits', 'Position dans l’organisation')}"]
    sup_no = s["position_number"] if rng.random() < 0.7 else None
    doc.sup_no = sup_no
    if sup_style == "bullet":
        line = f"- {L('Reports to', 'Relève de')}: {doc.sup_title()} ({doc.c(s['classification'])})"
        if sup_no:
            line += f", {L('position', 'poste')} {sup_no}"
        w.append(line)
    elif sup_style == "chart":
        box = f"[ {doc.sup_title()} | {doc.c(s['classification'])}" + (f" | #{sup_no}" if sup_no else "") + " ]"
        w += [box, "|", f"[ {doc.title()} ]  <- {L('this position', 'ce poste')}"]
    else:
        w += [f"- {L('Supervisor title', 'Titre du superviseur')}: {doc.sup_title()}",
              f"- {L('Supervisor level', 'Niveau du superviseur')}: {doc.c(s['classification'])}"]
        if sup_no:
            w.append(f"- {L('Supervisor position no.', 'N° de poste du superviseur')}: {sup_no}")
    if rep_style == "chart":
        w.append("|")
        w.append("   ".join(f"[ {doc.rt(r)} | {doc.c(r['classification'])} | {r['fte']} ]" for r in p["reports"]))
    slides.append(w)
    # 5 team
    tm = [f"# {L('Team', 'Équipe')}"]
    if rep_style == "table":
        tm.append(f"| {L('Direct report', 'Subordonné direct')} | {L('Level', 'Niveau')} | {doc.fte_word()}")
        tm += [f"| {doc.rt(r)} | {doc.c(r['classification'])} | {r['fte']}" for r in p["reports"]]
    elif rep_style == "chart":
        tm.append(f"- {L('See organization chart (slide 4)', 'Voir l’organigramme (diapositive 4)')}")
        tm.append(f"- {L('Figures in boxes are FTEs', 'Les chiffres des cases sont des ETP')}")
    else:
        tm += [report_line(doc, r, rep_style) for r in p["reports"]]
    fig = [f"!BIG {p['fte']}", L("FTEs in total", "ETP au total"), f"!BIG {doc.m(p['salary'])}",
           L("salary envelope", "enveloppe salariale"), f"!BIG {doc.m(p['o_and_m'])}", L("O&M", "F et E")]
    if p["total_stated"]:
        fig += [f"!BIG {doc.m(p['salary'] + p['o_and_m'])}", L("total budget", "budget total")]
    if decoy:
        prev = p["salary"] - rng.randint(3, 12) * 30000
        fig += [L(f"2021-22 salary for comparison: {doc.m(prev)}", f"Salaire 2021-2022, à titre de comparaison : {doc.m(prev)}")]
    if money_at == "team":
        tm += fig
    slides.append(tm)
    # 6 resources
    if money_at == "resources":
        slides.append([f"# {L('By the numbers', 'En chiffres')}"] + fig)
    else:
        slides.append([f"# {L('By the numbers', 'En chiffres')}", f"!BIG {len(p['reports'])}",
                       L("direct reports", "subordonnés directs"), f"!BIG {len(ACCOUNT['en'])}",
                       L("key accountabilities", "responsabilités clés")])
    # 7 accountabilities, 8 challenges
    slides.append([f"# {L('Key accountabilities', 'Responsabilités clés')}"] + [f"- {a}" for a in ACCOUNT[lang_key]])
    slides.append([f"# {L('Challenges', 'Défis')}"] + [f"- {a}" for a in CHALLENGES[lang_key]])
    # 9 approvals
    appr = doc.name()
    a = [f"# {L('Approvals', 'Approbations')}",
         f"- {L('Recommended', 'Recommandé')}: {presenter}",
         f"- {L('Approved', 'Approuvé')}: {appr}, {doc.sup_title()}" if p["classification"] != "EX-03"
         else f"- {L('Approved', 'Approuvé')}: {appr}, {doc.sup_title()}"]
    if rng.random() < 0.5:
        a.append(f"- {L('Classified by', 'Classifié par')}: {doc.name()}")
    if pos_at == "approvals":
        a.append(f"- {L('Position', 'Poste')} {p['position_number']} — {L('approved', 'approuvé')}")
    if eff_at == "approvals":
        a.append(f"- {L('Effective date', 'Date d’entrée en vigueur')}: {doc.d(p['effective_date'])}")
    slides.append(a)
    # speaker notes
    if pos_at == "notes":
        notes[1] = P(f"Remind members this is position {p['position_number']}, created in the last reorganization.",
                     f"Rappeler aux membres qu’il s’agit du poste {p['position_number']}, créé lors de la dernière réorganisation.")
    if eff_at == "notes":
        notes[8] = P(f"Once approved, the description takes effect {doc.d(p['effective_date'])}.",
                     f"Une fois approuvée, la description entre en vigueur le {doc.d(p['effective_date'])}.")
    if money_at == "notes":
        notes[5] = (P("Resources: ", "Ressources : ") + f"{p['fte']} {doc.fte_word()}, "
                    + P(f"salary {doc.m(p['salary'])}, O&M {doc.m(p['o_and_m'])}",
                        f"salaire {doc.m(p['salary'])}, F et E {doc.m(p['o_and_m'])}")
                    + (P(f", total {doc.m(p['salary'] + p['o_and_m'])}.", f", total {doc.m(p['salary'] + p['o_and_m'])}.")
                       if p["total_stated"] else "."))
        if decoy:
            notes[5] += " " + fig[-1]
    if rng.random() < 0.4:
        notes[2] = P("Keep this slide short; members have the full text.", "Garder cette diapositive brève; les membres ont le texte complet.")
    pages = []
    n_sl = len(slides)
    for i, sl in enumerate(slides, 1):
        foot = {"dept": f"~ {short} | {L('Executive work description', 'Description de travail de cadre')} | {i}",
                "unclass": f"~ {L('UNCLASSIFIED', 'NON CLASSIFIÉ')} | {i} / {n_sl}",
                "num": f"~ {i}"}[footer_style]
        pages.append(sl + [foot])
    note_pages = [[f"# {L('Notes', 'Notes')} — {L('slide', 'diapositive')} {k + 1}", f"> {v}"] for k, v in sorted(notes.items())]
    doc.layout = {"deck_position_number": pos_at, "deck_effective_date": eff_at, "deck_money": money_at,
                  "supervisor_layout": sup_style, "reports_layout": rep_style}
    if decoy:
        doc.layout["decoy"] = "prior-year salary"
    return pages, note_pages


def onepager_pages(doc, version_tag=None):
    p, rng, L, P = doc.p, doc.rng, doc.L, doc.P
    lang_key = "fr" if doc.lang == "fr" else "en"
    pos_in_callout = p["position_number"] and rng.random() < 0.35
    doc.sup_no = p["sup"]["position_number"] if rng.random() < 0.5 else None
    head = [f"# {doc.title()}"]
    if doc.lang == "bilingual":
        head.append(p["title_fr"])
    head.append(f"{doc.c(p['classification'])} · {doc.dept[2] if doc.lang == 'fr' else doc.dept[1]}")
    if version_tag:
        head.append(version_tag)
    call = [f"!BIG {p['fte']}", L(f"FTEs across {len(p['reports'])} teams", f"ETP répartis en {len(p['reports'])} équipes"),
            f"!BIG {doc.m(p['salary'])}", L("salary", "salaires"), f"!BIG {doc.m(p['o_and_m'])}",
            L("operating (O&M)", "fonctionnement (F et E)")]
    if p["total_stated"]:
        call += [f"!BIG {doc.m(p['salary'] + p['o_and_m'])}", L("total envelope", "enveloppe totale")]
    if pos_in_callout:
        call += [f"!BIG #{p['position_number']}", L("position number", "numéro de poste")]
    call += [f"!BIG {rng.randint(6, 14)}", L("regional partners", "partenaires régionaux")]
    sup = [f"# {L('Reports to', 'Relève de')}", f"{doc.sup_title()} ({doc.c(p['sup']['classification'])})"
           + (f" — {L('pos.', 'poste')} {doc.sup_no}" if doc.sup_no else "")]
    team = [f"# {L('Your team', 'Votre équipe')}"] + [report_line(doc, r, rng.choice(["dash", "paren"])) for r in p["reports"]]
    do = [f"# {L('What you will do', 'Ce que vous ferez')}"] + [f"- {a}" for a in rng.sample(ACCOUNT[lang_key], 4)]
    foot = []
    if p["position_number"] and not pos_in_callout:
        foot.append(f"{L('Position', 'Poste')} {p['position_number']}")
    if p["job_code"]:
        foot.append(f"{L('Job code', 'Code d’emploi')} {p['job_code']}")
    if p["effective_date"]:
        foot.append(f"{L('Effective', 'En vigueur')} {doc.d(p['effective_date'])}")
    foot.append(doc.loc())
    appr = doc.name()
    page = head + call + sup + team + do + [f"{L('Approved by', 'Approuvé par')}: {appr}", "~ " + " · ".join(foot)]
    doc.layout = {"position_number_in_callout": bool(pos_in_callout), "supervisor_layout": "box",
                  "reports_layout": "bullets"}
    return [page], []


def bn_pages(doc, version_tag=None):
    p, rng, L, P = doc.p, doc.rng, doc.L, doc.P
    s = p["sup"]
    doc.sup_no = s["position_number"] if rng.random() < 0.6 else None
    approver_title = (DEPARTMENTS[p["dept"]][4] if doc.lang == "fr" else DEPARTMENTS[p["dept"]][3])
    adm = P(f"Assistant Deputy Minister, {approver_title}", f"Sous-ministre adjoint, {approver_title}")
    if p["classification"] == "EX-03":
        adm = P(f"Deputy Minister, {DEPARTMENTS[p['dept']][1]}", f"Sous-ministre, {DEPARTMENTS[p['dept']][2]}")
    title_c = f"{doc.title()} ({doc.c(p['classification'])})"
    out = [f"# {L('BRIEFING NOTE', 'NOTE D’INFORMATION')}", f"{L('FOR', 'DESTINATAIRE')}: {adm}",
           f"{L('SUBJECT', 'OBJET')}: {P('Approval of the executive work description', 'Approbation de la description de travail de cadre')} — {title_c}"]
    if doc.lang == "bilingual":
        out.append(f"({p['title_fr']})")
    if version_tag:
        out.append(version_tag)
    out.append(f"# {L('PURPOSE', 'BUT')}")
    pos = p["position_number"]
    eff = doc.d(p["effective_date"]) if p["effective_date"] else None
    out.append(P("To seek your approval of the work description of " + (f"position {pos}, " if pos else "a new position, ")
                 + f"{title_c}" + (f", effective {eff}." if eff else ", effective on approval."),
                 "Obtenir votre approbation de la description de travail " + (f"du poste {pos}, " if pos else "d’un nouveau poste, ")
                 + f"{title_c}" + (f", en vigueur le {eff}." if eff else ", en vigueur dès son approbation.")))
    out.append(f"# {L('BACKGROUND', 'CONTEXTE')}")
    sup_txt = f"{doc.sup_title()} ({doc.c(s['classification'])}" + (P(f", position {doc.sup_no})", f", poste {doc.sup_no})") if doc.sup_no else ")")
    bg = P(f"The position reports to the {sup_txt} and is located in {doc.loc()}. ",
           f"Le poste relève de la {sup_txt} et est situé à {doc.loc()}. " if doc.sup_title().startswith("Directrice")
           else f"Le poste relève du {sup_txt} et est situé à {doc.loc()}. ")
    if p["job_code"]:
        bg += P(f"The generic job code is {p['job_code']}. ", f"Le code d’emploi est {p['job_code']}. ")
    bg += P("The department’s structure was last reviewed in 2021; since then the file has grown in scope and visibility.",
            "La structure du ministère a été examinée en 2021; depuis, le dossier a pris de l’ampleur et de la visibilité.")
    out.append(bg)
    out.append(f"# {L('CONSIDERATIONS', 'CONSIDÉRATIONS')}")
    style = rng.choice(["sentence", "bullets"])
    fw = doc.fte_word()
    if style == "sentence":
        parts = [f"{doc.rt(r)} ({doc.c(r['classification'])}, {r['fte']} {fw})" for r in p["reports"]]
        out.append(P(f"The incumbent will lead {p['fte']} {fw} through {len(parts)} direct reports: ",
                     f"Le titulaire dirigera {p['fte']} {fw} par l’intermédiaire de {len(parts)} subordonnés directs : ")
                   + "; ".join(parts) + ".")
    else:
        out.append(P(f"The incumbent will lead {p['fte']} {fw}. Direct reports:", f"Le titulaire dirigera {p['fte']} {fw}. Subordonnés directs :"))
        out += [report_line(doc, r, "paren") for r in p["reports"]]
    res = P(f"Resources under the position: salary {doc.m(p['salary'])} and O&M {doc.m(p['o_and_m'])}",
            f"Ressources du poste : salaires {doc.m(p['salary'])} et F et E {doc.m(p['o_and_m'])}")
    res += (P(f", for a total of {doc.m(p['salary'] + p['o_and_m'])}.", f", pour un total de {doc.m(p['salary'] + p['o_and_m'])}.")
            if p["total_stated"] else ".")
    out.append(res)
    comp = (p["salary"] // 10000 + rng.randint(20, 90)) * 10000
    out.append(P(f"For comparison, a similar directorate in another region manages {doc.m(comp)} in salary.",
                 f"À titre de comparaison, une direction semblable dans une autre région gère {doc.m(comp)} en salaires."))
    out.append(f"# {L('RECOMMENDATION', 'RECOMMANDATION')}")
    out.append(P("That you approve the attached work description.", "Que vous approuviez la description de travail ci-jointe."))
    prep = doc.name()
    out.append(f"{L('Prepared by', 'Préparé par')}: {prep}, {P('Senior Advisor, Executive Resourcing', 'conseillère principale, Ressourcement des cadres')}, 613-555-0{rng.randint(100, 199)}")
    out.append(f"{L('Approved', 'Approuvé')}: ____________  {doc.name()}")
    out.append(f"~ {L('UNCLASSIFIED', 'NON CLASSIFIÉ')}")
    doc.layout = {"supervisor_layout": "sentence", "reports_layout": style, "decoy": "comparison salary"}
    return [out], []


# ---------------------------------------------------------------- renderers
def plain_line(line, bullet="• "):
    if line.startswith("# "):
        return line[2:]
    if line.startswith("- "):
        return bullet + line[2:]
    if line.startswith("!BIG "):
        return line[5:]
    if line.startswith("| "):
        cells = line[2:].split(" | ")
        return "".join(c.ljust(44 if i == 0 else 12) for i, c in enumerate(cells)).rstrip()
    if line.startswith("~ ") or line.startswith("> "):
        return line[2:]
    return line


def render_pdf(pages, notes, rng):
    out = []
    for pg in pages:
        out.append("\n".join(plain_line(l) for l in pg))
    for pg in notes:
        out.append("\n".join(plain_line(l) for l in pg))
    return pdf_bytes(out)


def render_md(pages, notes, form):
    chunks = []
    for i, pg in enumerate(pages, 1):
        lines = []
        table = []
        for l in pg:
            if l.startswith("| "):
                table.append(l[2:].split(" | "))
                continue
            if table:
                lines += ["", "| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
                lines += ["| " + " | ".join(r) + " |" for r in table[1:]] + [""]
                table = []
            if l.startswith("# "):
                lines += ["", ("# " if (i == 1 and not lines) else "## ") + l[2:], ""]
            elif l.startswith("!BIG "):
                lines.append(f"**{l[5:]}**  ")
            elif l.startswith("~ "):
                lines += ["", f"_{l[2:]}_"]
            elif l.startswith("> "):
                lines.append(l)
            else:
                lines.append(l)
        if table:
            lines += ["", "| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
            lines += ["| " + " | ".join(r) + " |" for r in table[1:]]
        chunks.append("\n".join(lines).strip())
    for pg in notes:
        chunks.append("\n".join(("### " + l[2:]) if l.startswith("# ") else l for l in pg))
    return ("\n\n---\n\n".join(chunks) + "\n").replace("\n\n\n", "\n\n")


def render_text(pages, notes, form, crlf=False):
    chunks = []
    for i, pg in enumerate(pages, 1):
        lines = []
        if form == "deck":
            lines.append(f"Slide {i}")
        for l in pg:
            if form == "deck" and l.startswith("- "):
                lines.append("\t" + l[2:])
            elif form == "bn" and l.startswith("# ") and i == 1:
                lines += ["", l[2:]]
            else:
                lines.append(plain_line(l, "* "))
        chunks.append("\n".join(lines))
    for pg in notes:
        chunks.append("\n".join(plain_line(l) for l in pg))
    text = "\n\n".join(chunks).strip() + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    return text


def render_docx(pages, notes, form):
    d = docx.Document()
    for i, pg in enumerate(pages, 1):
        table = []
        big = None

        def flush():
            if table:
                t = d.add_table(rows=0, cols=len(table[0]))
                for row in table:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        c.text = v
                table.clear()
        for l in pg:
            if l.startswith("| "):
                table.append(l[2:].split(" | "))
                continue
            flush()
            if l.startswith("# "):
                d.add_heading(l[2:], level=1 if (form == "deck" or i == 1 and pg.index(l) == 0) else 2)
            elif l.startswith("- "):
                d.add_paragraph(l[2:], style="List Bullet")
            elif l.startswith("!BIG "):
                para = d.add_paragraph()
                run = para.add_run(l[5:])
                run.bold = True
                run.font.size = Pt(28)
            elif l.startswith("~ "):
                para = d.add_paragraph()
                run = para.add_run(l[2:])
                run.italic = True
                run.font.size = Pt(8)
            elif l.startswith("> "):
                d.add_paragraph(l[2:]).runs[0].italic = True
            else:
                d.add_paragraph(l)
        flush()
    for pg in notes:
        for l in pg:
            if l.startswith("# "):
                d.add_heading(l[2:], level=2)
            else:
                d.add_paragraph(plain_line(l))
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2023, 5, 1, 9, 0, 0)
    cp.author = cp.last_modified_by = "hrkit bench"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTERS = [("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("é", "e"), ("è", "e"), ("ô", "o")]


def damage(text, strength, rng):
    pd = {"light": 0.15, "medium": 0.35, "heavy": 0.6}[strength]
    pl = {"light": 0.01, "medium": 0.03, "heavy": 0.06}[strength]
    pr = {"light": 0.01, "medium": 0.03, "heavy": 0.06}[strength]
    out = []
    for ch_i, ch in enumerate(text):
        out.append(ch)
    text = "".join(DIGITS[c] if c in DIGITS and rng.random() < pd else c for c in text)
    for a, b in LETTERS:
        parts = text.split(a)
        text = parts[0] + "".join((b if rng.random() < pl else a) + x for x in parts[1:])
    words = text.split(" ")
    text = words[0] + "".join(("" if rng.random() < pr else " ") + w for w in words[1:])
    return text


def wrap(text, width, rng):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                if len(w) > 7 and rng.random() < 0.35:
                    cut = len(w) // 2
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    return lines


def render_ocr(pages, notes, form, strength, header, rng):
    text_pages = []
    per = 3 if form == "deck" else 1
    flat = pages + notes
    groups = [flat[i:i + per] for i in range(0, len(flat), per)] if form == "deck" else [[p] for p in flat]
    total = len(groups)
    for g_i, grp in enumerate(groups, 1):
        body = []
        for pg in grp:
            body.append("\n".join(plain_line(l, rng.choice(["• ", "o ", "> ", "- "])) for l in pg))
        raw = "\n\n".join(body)
        lines = wrap(damage(raw, strength, rng), 72, rng)
        head = damage(header, "light", rng)
        foot = rng.choice([f"Page {g_i} of {total}", f"- {g_i} -", f"{g_i}"])
        text_pages.append("\n".join([head, ""] + lines + ["", damage(foot, strength, rng)]))
    return "\f\n".join(text_pages) + "\n"


def render_ocr_columns(pages, rng):
    pg = pages[0]
    left = [plain_line(l) for l in pg if l.startswith("!BIG ") or (l and not l.startswith(("# ", "- ", "~ ")) and len(l) < 40)]
    right = [plain_line(l) for l in pg if l not in [x for x in pg if x.startswith("!BIG ")]]
    lw = []
    for l in left:
        lw += wrap(l, 30, rng)
    rw = []
    for l in right:
        rw += wrap(l, 44, rng)
    n = max(len(lw), len(rw))
    lw += [""] * (n - len(lw))
    rw += [""] * (n - len(rw))
    lines = [(a.ljust(32) + b).rstrip() for a, b in zip(lw, rw)]
    return damage("\n".join(lines), "light", rng) + "\n"


# ---------------------------------------------------------------- the corpus
PLAN = (["pdf:deck"] * 6 + ["pdf:onepager"] * 3 + ["pdf:bn"] * 3 + ["markdown:deck"] * 4 + ["markdown:onepager"] * 2
        + ["text:deck"] * 3 + ["text:onepager"] + ["text:bn"] * 2 + ["text-cp1252:bn"] * 3 + ["text-cp1252:deck"]
        + ["ocr:deck"] * 4 + ["ocr:bn"] * 3 + ["ocr:onepager"] + ["ocr-columns:onepager"] * 2
        + ["docx:deck"] * 3 + ["docx:onepager"] * 2 + ["docx:bn"] * 2)
FORM_NAME = {"deck": "presentation deck", "onepager": "infographic one-pager", "bn": "briefing note"}


def file_name(doc, kind, form, rng, i, tag=None):
    p = doc.p
    t = doc.title()
    ext = {"pdf": ".pdf", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "ocr": ".txt",
           "ocr-columns": ".txt", "docx": ".docx"}[kind]
    if kind in ("ocr", "ocr-columns"):
        base = rng.choice([f"scan_{300 + i:04d}", f"img{1200 + i} OCR", f"{t} (scanned)", f"Numérisation {i:03d}"])
    elif form == "deck":
        base = rng.choice([f"{t} - EWD deck", f"EWD deck – {t}", f"{t} deck (1)", f"{t}_presentation",
                           f"Deck {doc.dept[0]} - {t}"])
        if kind in ("markdown", "text", "text-cp1252"):
            base += rng.choice([" (copied from PPT)", " - outline", " notes", ""])
    elif form == "onepager":
        base = rng.choice([f"One-pager - {t}", f"{t} one pager", f"Infographic, {t}", f"Fiche - {t}"])
    else:
        base = rng.choice([f"BN - WD approval - {t}", f"Briefing note {t}", f"NI - {t}", f"BN {p['position_number'] or 'new'} {t}"])
    if tag:
        base += tag
    elif rng.random() < 0.25:
        base += rng.choice([" - signed", " DRAFT", " (1)", " - final"])
    return base.replace("/", "-") + ext


def expected_for(doc, name, kind, extra):
    p = doc.p
    fields = {
        "title": doc.title(),
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": doc.sup_no, "title": doc.sup_title(),
                       "classification": p["sup"]["classification"]},
        "direct_reports": [{"title": doc.rt(r), "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["o_and_m"],
        "total": p["salary"] + p["o_and_m"] if p["total_stated"] else None,
        "location": doc.loc(),
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if doc.sup_no is None:
        ns.append("supervisor.position_number")
    also = {"department": doc.dept[2] if doc.lang == "fr" else doc.dept[1], "form": FORM_NAME[doc.form],
            "fte": p["fte"], "notations": {"amounts": doc.mstyle, "dates": doc.dstyle, "classifications": doc.cstyle}}
    if doc.lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if "doc_of" in p["sup"]:
        also["reports_to_in_corpus"] = "(see below)"
    also.update(doc.layout)
    also.update(extra)
    return {"document": name, "kind": kind, "language": doc.lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": list(doc.people), "versions": None}


def refusals(rng):
    docs = []
    # 1 town hall deck (pdf)
    pages = ["Skills and Employment Branch\nTown Hall — Fall 2023\nPresented by the Assistant Deputy Minister\n\n1",
             "Who we are\n\n1,240\nFTEs across the branch\n\n$96.4M\nsalary envelope 2023-24\n\n$18.2M\nO&M\n\n2",
             "What we heard\n• Workload in the Youth Employment Strategy directorate\n• Hybrid work and office space\n"
             "• Staffing of EX-01 positions under way (positions 40211, 40218)\n\n3",
             "Next steps\n• Pulse survey in January\n• Next town hall: spring 2024\n\nQuestions? Contact Oriane Aldercroft\n\n4"]
    docs.append(("Town hall deck - Fall 2023 (SEB).pdf", "pdf", "en", pdf_bytes(pages),
                 {"what": "branch town hall deck: branch FTEs, salary and O&M as big numbers, position numbers of staffing actions"},
                 ["Oriane Aldercroft"]))
    # 2 deck scan without text layer
    docs.append(("EWD deck - Director, Mining Innovation (scan).pdf", "pdf", "en", pdf_bytes(["", "", "", ""]),
                 {"what": "four-page scan of a printed deck without a text layer: unreadable"}, []))
    # 3 bilingual briefing note on staffing (docx)
    bn = ["# BRIEFING NOTE / NOTE D’INFORMATION",
          "FOR / DESTINATAIRE: Deputy Minister / Sous-ministre",
          "SUBJECT / OBJET: Request to launch an advertised process for EX-02 positions / Demande de lancer un processus annoncé",
          "# PURPOSE / BUT", "To seek approval to launch an advertised selection process to staff two EX-02 Executive Director positions (positions 51307 and 51322) in Procurement Branch.",
          "# BACKGROUND / CONTEXTE", "Both positions have been vacant since March 2023. Each manages about 60 FTEs and a salary budget near $5.8M.",
          "# RECOMMENDATION / RECOMMANDATION", "That you approve the launch of the process.",
          "Prepared by / Préparé par: Thaddeus Kittredge, 613-555-0177"]
    docs.append(("BN - staffing request EX-02 (bilingual).docx", "docx", "bilingual", render_docx([bn], [], "bn"),
                 {"what": "briefing note requesting a staffing process: no work description"}, ["Thaddeus Kittredge"]))
    # 4 minutes (markdown)
    md = ("# Executive Resourcing Committee — Minutes\n\n**Date:** 2023-11-14  \n**Chair:** Marisol Ravenhill  \n"
          "**Present:** Kwame Holmgaard, Delphine Zaborowski, Yusuf Ellingsworth\n\n## 1. Work descriptions reviewed\n\n"
          "| Position | Title | Level | Decision |\n|---|---|---|---|\n| 30417 | Director, Vendor Performance | EX-01 | Approved |\n"
          "| 30452 | Executive Director, Procurement Modernization | EX-02 | Deferred |\n\n"
          "## 2. Resources\n\nThe committee noted the directorate's 64 FTEs and $6.1M salary envelope.\n\n"
          "## 3. Next meeting\n\nDecember 12, 2023.\n")
    docs.append(("ERC minutes 2023-11-14.md", "markdown", "en", md.encode(),
                 {"what": "committee minutes listing work descriptions reviewed"},
                 ["Marisol Ravenhill", "Kwame Holmgaard", "Delphine Zaborowski", "Yusuf Ellingsworth"]))
    # 5 French org chart one-pager (text)
    oc = ("ORGANIGRAMME — Secteur des écosystèmes aquatiques\n\n"
          "[ Sous-ministre adjoint, Secteur des écosystèmes aquatiques | EX-04 ]\n            |\n"
          "[ Directrice générale, Protection du poisson et de son habitat | EX-03 | 212 ETP ]\n            |\n"
          "[ Directeur, Espèces aquatiques envahissantes | EX-01 | 38 ETP ]   [ Directrice, Examens réglementaires | EX-01 | 44 ETP ]\n"
          "[ Directeur exécutif, Planification et conservation marines | EX-02 | 51 ETP ]\n\n"
          "Budget du secteur : 41,2 M$\nMis à jour : septembre 2023 — Ingrid Montpetit-Sahin\n")
    docs.append(("Organigramme AES sept 2023.txt", "text", "fr", oc.encode(),
                 {"what": "organization chart one-pager: several positions, no single position described"},
                 ["Ingrid Montpetit-Sahin"]))
    return docs


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    positions = build_positions()
    rng = random.Random(2041)
    plan = PLAN[:]
    rng.shuffle(plan)
    langs = ["en"] * 27 + ["fr"] * 11 + ["bilingual"] * 7
    rng.shuffle(langs)
    versioned = sorted(rng.sample(range(42), 3))
    slots = [(i, None) for i in range(42)] + [(i, "old") for i in versioned]
    docs_out = []
    names_by_pos = {}
    for s_i, (pi, ver) in enumerate(slots):
        kind, form = plan[s_i].split(":")
        lang = langs[s_i]
        if ver == "old":  # same kind, form and language as the newer document
            k0 = slots.index((pi, None))
            kind, form = plan[k0].split(":")
            lang = langs[k0]
        drng = random.Random(204500 + s_i)
        if ver == "old":
            drng = random.Random(204500 + slots.index((pi, None)))  # same notations and names as the newer
        p = positions[pi] if ver is None else older(positions[pi], random.Random(204700 + pi))
        doc = Doc(p, lang, form, drng)
        tag = None
        if pi in versioned:
            tag = "DRAFT v1" if ver == "old" else "v3 FINAL"
        builder = {"deck": deck_pages, "onepager": onepager_pages, "bn": bn_pages}[form]
        pages, notes = builder(doc, tag)
        nrng = random.Random(204900 + (slots.index((pi, None)) if ver == "old" else s_i))
        name = file_name(doc, kind, form, nrng, s_i, tag=(" v1 DRAFT" if ver == "old" else " v3 FINAL") if pi in versioned else None)
        extra = {}
        if kind == "pdf":
            data = render_pdf(pages, notes, nrng)
            if notes:
                extra["speaker_notes_pages"] = len(notes)
        elif kind == "markdown":
            data = render_md(pages, notes, form).encode()
        elif kind == "text":
            data = render_text(pages, notes, form).encode()
        elif kind == "text-cp1252":
            data = render_text(pages, notes, form, crlf=True).replace("'", "’").encode("cp1252")
        elif kind == "docx":
            data = render_docx(pages, notes, form)
        elif kind == "ocr":
            strength = nrng.choice(["light", "medium", "medium", "heavy"])
            header = f"{doc.dept[0]} - {FORM_NAME[form]} - {p['position_number'] or 'NEW'}"
            data = render_ocr(pages, notes, form, strength, header, nrng).encode()
            extra["damage"] = strength
        else:
            data = render_ocr_columns(pages, nrng).encode()
            extra["damage"] = "light"
            extra["columns"] = "call-outs (left) interleaved with text (right)"
        assert name not in names_by_pos.values(), name
        (corpus / name).write_bytes(data)
        exp = expected_for(doc, name, kind, extra)
        names_by_pos[(pi, ver)] = name
        docs_out.append((pi, ver, exp))
    for pi, ver, exp in docs_out:
        sup = positions[pi]["sup"]
        if "doc_of" in sup:
            exp["also"]["reports_to_in_corpus"] = names_by_pos[(sup["doc_of"], None)]
        if pi in versioned:
            old, new = names_by_pos[(pi, "old")], names_by_pos[(pi, None)]
            exp["versions"] = {"documents": [old, new], "newest": new, "same_text": False,
                               "note": "v1 DRAFT: earlier effective date, lower salary, O&M and FTEs; v3 FINAL is current"}
    for pi, ver, exp in docs_out:
        write_expected(expected, exp)
    for name, kind, lang, data, what, people in refusals(random.Random(204990)):
        (corpus / name).write_bytes(data)
        write_expected(expected, {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                                  "not_stated": None, "also": what, "people": people, "versions": None})


def write_expected(folder, exp):
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=110)
    (folder / f"{exp['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
