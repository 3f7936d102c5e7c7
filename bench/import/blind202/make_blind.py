"""Blind corpus 202: executive staffing posters, e-mails and notices mixed with work descriptions.

Run from the repository root: python bench/import/blind202/make_blind.py
Writes corpus/ and expected/ next to this file; the same bytes on every run."""
import datetime as dt
import io
import random
import re
import shutil
import sys
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
from docx.shared import Pt  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EX_RANGES = {1: ("$150,000", "$176,000", "150 000 $", "176 000 $"), 2: ("$166,400", "$195,700", "166 400 $", "195 700 $"),
             3: ("$186,000", "$218,800", "186 000 $", "218 800 $")}

# ----------------------------------------------------------------------------------------------- positions

def build_positions():
    rng = random.Random(2020)
    names = [(g, f) for g in T.GIVEN for f in T.FAMILY]
    rng.shuffle(names)
    positions = []
    for d, dept in enumerate(T.DEPARTMENTS):
        en, fr, ac, acfr, dom, sec_en, sec_fr, dg_en, dg_fr, locs = dept
        adm = {"position_number": str(rng.randint(10000, 99999)),
               "title_en": f"Assistant Deputy Minister, {sec_en}", "title_fr": f"Sous-ministre adjoint, {sec_fr}",
               "level": 4}
        dg = {"dept": d, "level": 3, "title_en": f"Director General, {dg_en}", "title_fr": f"Directeur général, {dg_fr}",
              "area_en": dg_en, "area_fr": dg_fr, "sup": adm}
        members = [dg]
        for k, (a_en, a_fr) in enumerate(T.AREAS[d]):
            if k == 0:
                members.append({"dept": d, "level": 2, "title_en": f"Executive Director, {a_en}",
                                "title_fr": f"Directeur exécutif, {a_fr}", "area_en": a_en, "area_fr": a_fr, "sup": dg})
            else:
                members.append({"dept": d, "level": 1, "title_en": f"Director, {a_en}", "title_fr": f"Directeur, {a_fr}",
                                "area_en": a_en, "area_fr": a_fr, "sup": dg})
        positions.extend(members)
    for i, p in enumerate(positions):
        r = random.Random(202000 + i)
        pn = r.randint(1000, 99999)
        p["position_number"] = f"{pn:05d}" if r.random() < 0.15 else str(pn)
        p["job_code"] = None if r.random() < 0.2 else str(r.randint(100100, 104999))
        p["effective"] = dt.date(r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))
        p["loc"] = r.choice(T.DEPARTMENTS[p["dept"]][9])
        p["incumbent"] = r.choice(names) if r.random() < 0.4 else None
        p["approver"] = r.choice(names)
        p["classifier"] = r.choice(names) if r.random() < 0.6 else None
        if p["level"] < 3:
            n = r.randint(2, 4)
            reps = []
            for m_en, m_fr in r.sample(T.MANAGERS, n):
                reps.append({"title_en": f"Manager, {m_en}", "title_fr": f"Gestionnaire, {m_fr}",
                             "classification": r.choice(T.REPORT_GROUPS),
                             "fte": None if r.random() < 0.12 else r.randint(4, 38)})
            p["reports"] = reps
            p["salary"] = r.randint(90, 600) * 10000
            p["om"] = r.randint(20, 900) * 1000
    for p in positions:
        if p["level"] == 3:
            kids = [q for q in positions if q.get("sup") is p]
            p["kids"] = kids
            p["reports"] = [{"title_en": q["title_en"], "title_fr": q["title_fr"],
                             "classification": f"EX-0{q['level']}", "fte": sum((x["fte"] or 6) for x in q["reports"]) + 1}
                            for q in kids]
            r = random.Random(202400 + p["dept"])
            p["salary"] = sum(q["salary"] for q in kids) + r.randint(30, 90) * 10000
            p["om"] = sum(q["om"] for q in kids) + r.randint(50, 400) * 1000
    for p in positions:
        p["fte"] = sum((x["fte"] or 6) for x in p["reports"]) + 1 + (1 if p["level"] == 3 else 0)
    return positions, names


# ----------------------------------------------------------------------------------------------- notations

def fmt_date(d, lang, style):
    if d is None:
        return ""
    if lang == "fr":
        if style == 0:
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        if style == 1:
            return d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat()
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}"][style % 4]


def fmt_cls(c, style):
    m = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)?)-(\d\d)", c)
    g, n = m.group(1), m.group(2)
    if g != "EX":
        return c
    return [f"EX-{n}", f"EX {n}", f"EX-{int(n)}", f"EX{n}"][style % 4]


def fmt_money(v, lang, style):
    if style == "full":
        return f"${v:,}" if lang != "fr" else f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
    if style == "K" or v < 1_000_000:
        k = v // 1000
        return f"${k:,}K" if lang != "fr" else f"{k:,}".replace(",", "\u00a0") + "\u00a0k$"
    s = f"{v / 1_000_000:.3f}".rstrip("0")
    if s.endswith("."):
        s += "0"
    return f"${s}M" if lang != "fr" else s.replace(".", ",") + "\u00a0M$"


# ----------------------------------------------------------------------------------------------- work description

def lab(lang, en, fr):
    return {"en": en, "fr": fr, "bilingual": f"{en} / {fr}"}[lang]


def wd_blocks(p, positions, lang, r, opts):
    """The work description as blocks; returns (blocks, truth fields, also, people)."""
    dept = T.DEPARTMENTS[p["dept"]]
    sup = p["sup"]
    cstyle = r.randrange(4) if lang != "fr" else r.choice([0, 1])
    dstyle = r.randrange(4) if lang != "fr" else r.randrange(3)
    mstyle = r.choice(["M", "M", "K", "full"])
    mlang = "fr" if lang == "fr" else "en"
    sup_layout = r.choice(["rows", "rows", "reports_num", "reports"])
    rep_layout = r.choice(["paren", "group_first", "table", "table", "prose"])
    show_total = r.random() > 0.2
    show_date = opts.get("date", r.random() > 0.1)
    show_job = p["job_code"] is not None and r.random() > 0.1
    show_pos = r.random() > 0.08
    title = {"en": p["title_en"], "fr": p["title_fr"], "bilingual": f"{p['title_en']} / {p['title_fr']}"}[lang]
    t_title = p["title_fr"] if lang == "fr" else p["title_en"]
    sup_title = {"en": sup["title_en"], "fr": sup["title_fr"], "bilingual": f"{sup['title_en']} / {sup['title_fr']}"}[lang]
    t_sup_title = sup["title_fr"] if lang == "fr" else sup["title_en"]
    loc = p["loc"][1] if lang == "fr" else p["loc"][0]
    deptname = {"en": dept[0], "fr": dept[1], "bilingual": f"{dept[0]} / {dept[1]}"}[lang]
    cls = f"EX-0{p['level']}"
    scls = f"EX-0{sup['level']}"
    salary, om = opts.get("salary", p["salary"]), opts.get("om", p["om"])
    eff = opts.get("effective", p["effective"]) if show_date else None
    form = r.choice({"en": ["EXECUTIVE WORK DESCRIPTION", "WORK DESCRIPTION", "EXECUTIVE GROUP POSITION DESCRIPTION"],
                     "fr": ["DESCRIPTION DE TRAVAIL DE CADRE", "DESCRIPTION DE TRAVAIL"],
                     "bilingual": ["WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"]}[lang])
    B = [("h1", form)]
    if opts.get("revised"):
        B.append(("p", "*** REVISED {} ***".format(fmt_date(eff, mlang, dstyle)) if lang != "fr"
                  else "*** RÉVISÉE le {} ***".format(fmt_date(eff, "fr", dstyle))))
    kv = [(lab(lang, "Department", "Ministère"), deptname),
          (lab(lang, r.choice(["Position Title", "Title"]), "Titre du poste"), title),
          (lab(lang, r.choice(["Classification", "Group and Level", "Group/Level"]), r.choice(["Groupe et niveau", "Classification"])),
           fmt_cls(cls, cstyle))]
    if show_job:
        kv.append((lab(lang, r.choice(["Job Code", "Position Job Code"]), "Code d'emploi"), p["job_code"]))
    if show_pos:
        kv.append((lab(lang, r.choice(["Position Number", "Position No."]), "Numéro de poste"), p["position_number"]))
    kv.append((lab(lang, r.choice(["Location", "Geographic Location"]), r.choice(["Lieu", "Emplacement géographique"])), loc))
    kv.append((lab(lang, "Effective Date", "Date d'entrée en vigueur"), fmt_date(eff, mlang, dstyle)))
    if opts.get("revised"):
        kv.append((lab(lang, "Original Date", "Date originale"), fmt_date(opts["original"], mlang, dstyle)))
    sup_pos_stated = sup_layout in ("rows", "reports_num")
    if sup_layout == "rows":
        kv.append((lab(lang, "Supervisor's Position Number", "Numéro du poste du superviseur"), sup["position_number"]))
        kv.append((lab(lang, "Supervisor's Position Title", "Titre du poste du superviseur"), sup_title))
        kv.append((lab(lang, "Supervisor's Classification", "Classification du superviseur"), fmt_cls(scls, cstyle)))
    elif sup_layout == "reports_num":
        kv.append((lab(lang, "Reports to", "Relève de"),
                   f"{sup_title} ({fmt_cls(scls, cstyle)}), " + lab(lang, "Position No.", "poste no") + f" {sup['position_number']}"))
    else:
        kv.append((lab(lang, "Reports to", "Relève de"), f"{sup_title} ({fmt_cls(scls, cstyle)})"))
    B.append(("kv", kv))
    B.append(("h2", lab(lang, "General Accountability", "Responsabilités générales")))
    unit = lab(lang, "directorate", "direction")
    if lang in ("en", "bilingual"):
        B.append(("p", T.GA_EN.format(title=p["title_en"], area=p["area_en"], dept=dept[2], unit="directorate")))
    if lang in ("fr", "bilingual"):
        B.append(("p", T.GA_FR.format(title=p["title_fr"], area=p["area_fr"], dept=dept[3])))
    B.append(("h2", lab(lang, "Organization Structure", "Structure de l'organisation")))
    intro = {"en": f"The following positions report directly to the {p['title_en']}:",
             "fr": f"Les postes suivants relèvent directement du {p['title_fr']} :",
             "bilingual": f"Reporting to the position / Relèvent du poste :"}[lang]
    B.append(("p", intro))
    fte_w = lab(lang, "FTEs", "ETP")
    rt = "title_fr" if lang == "fr" else "title_en"
    reps = p["reports"]
    if rep_layout == "table":
        rows = [[lab(lang, "Position", "Poste"), lab(lang, "Classification", "Classification"), fte_w]]
        for x in reps:
            rows.append([x[rt], fmt_cls(x["classification"], cstyle), "" if x["fte"] is None else str(x["fte"])])
        B.append(("table", rows))
    else:
        items = []
        for x in reps:
            c = fmt_cls(x["classification"], cstyle)
            f = "" if x["fte"] is None else f"{x['fte']} {fte_w}"
            if rep_layout == "paren":
                items.append(f"{x[rt]} ({c}{', ' + f if f else ''})")
            elif rep_layout == "group_first":
                items.append(f"{c} - {x[rt]}" + (f" ({f})" if f else ""))
            else:
                acc = lab(lang, "accountable for the day-to-day management of its team and the delivery of its plan",
                          "responsable de la gestion quotidienne de son équipe et de la réalisation de son plan")
                items.append(f"{x[rt]} ({c}{', ' + f if f else ''}), {acc}.")
        B.append(("bullets", items))
    B.append(("h2", lab(lang, "Nature and Scope", "Nature et étendue")))
    for s in (T.NS_FR if lang == "fr" else T.NS_EN):
        B.append(("p", s))
    B.append(("h2", lab(lang, "Dimensions", "Dimensions")))
    dkv = [(lab(lang, "FTEs", "ETP"), str(p["fte"])),
           (lab(lang, "Salary", "Salaires"), fmt_money(salary, mlang, mstyle)),
           (lab(lang, "O&M", "F et E"), fmt_money(om, mlang, mstyle))]
    if show_total:
        dkv.append((lab(lang, "Total", "Total"), fmt_money(salary + om, mlang, mstyle)))
    B.append(("kv", dkv))
    B.append(("h2", lab(lang, "Specific Accountabilities", "Responsabilités spécifiques")))
    area = p["area_fr"] if lang == "fr" else p["area_en"]
    B.append(("numbered", [s.format(area=area, unit=unit) for s in (T.SA_FR if lang == "fr" else T.SA_EN)]))
    people = []
    sig = []
    if p["incumbent"]:
        n = " ".join(p["incumbent"])
        sig.append((lab(lang, "Incumbent", "Titulaire"), n))
        people.append(n)
    a = " ".join(p["approver"])
    sig.append((lab(lang, "Approved by", "Approuvé par"), f"{a}, {sup_title}"))
    people.append(a)
    if p["classifier"]:
        c = " ".join(p["classifier"])
        sig.append((lab(lang, "Classified by", "Classifié par"), f"{c}, {fmt_date(p['effective'] - dt.timedelta(days=20), mlang, dstyle)}"))
        people.append(c)
    B.append(("h2", lab(lang, "Signatures", "Signatures")))
    B.append(("kv", sig))
    fields = {
        "title": t_title,
        "classification": cls,
        "job_code": p["job_code"] if show_job else None,
        "position_number": p["position_number"] if show_pos else None,
        "effective_date": eff,
        "supervisor": {"position_number": sup["position_number"] if sup_pos_stated else None,
                       "title": t_sup_title, "classification": scls},
        "direct_reports": [{"title": x[rt], "classification": x["classification"], "fte": x["fte"]} for x in reps],
        "salary": salary, "o_and_m": om, "total": salary + om if show_total else None,
        "location": loc,
    }
    also = {"department": dept[1] if lang == "fr" else dept[0], "form": form, "fte": p["fte"],
            "classification_notation": fmt_cls(cls, cstyle), "supervisor_layout": sup_layout,
            "direct_reports_layout": rep_layout, "amount_notation": mstyle}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if opts.get("revised"):
        also["original_effective_date"] = opts["original"].isoformat()
    return B, fields, also, people


# ----------------------------------------------------------------------------------------------- frames

def poster_blocks(p, lang, r, names):
    """A GC Jobs staffing poster for the position: (blocks, people, facts)."""
    dept = T.DEPARTMENTS[p["dept"]]
    lvl = p["level"]
    yy = r.randint(23, 25)
    proc = f"{yy}-{dept[2] if lang != 'fr' else dept[3]}-EA-{r.randint(100000, 999999)}"
    ref = f"{dept[2]}{yy}J-{r.randint(10000, 99999):06d}"
    close = dt.date(2000 + yy, r.randint(1, 12), r.randint(1, 28))
    lo, hi, lofr, hifr = EX_RANGES[lvl]
    contact = r.choice(names)
    cn = " ".join(contact)
    mail = (contact[0] + "." + contact[1]).lower().replace("ë", "e").replace("é", "e").replace("è", "e") \
        .replace("ï", "i").replace("ô", "o") + "@" + dept[4]
    loc_fr = p["loc"][1]
    B = []
    if lang in ("en", "bilingual"):
        B += [("p", f"{p['title_en']} (EX-0{lvl}) - Job Opportunities - Jobs.gc.ca"),
              ("h1", p["title_en"]),
              ("kv", [("Reference number", ref), ("Selection process number", proc)]),
              ("p", f"{dept[0]} - {dept[5]}"), ("p", "{} ({})".format(*p["loc"][0].split(", "))),
              ("p", f"EX-0{lvl}"),
              ("p", r.choice(["Indeterminate", "Acting, Assignment, Deployment, Indeterminate, Secondment"])),
              ("p", f"{lo} to {hi} (annual)"),
              ("p", f"Closing date: {close.day} {MONTHS_EN[close.month - 1]} {close.year} - 23:59, Pacific Time"),
              ("p", r.choice(["Who can apply: Persons residing in Canada and Canadian citizens residing abroad.",
                              "Who can apply: Employees of the federal public service occupying a position in the National Capital Region."])),
              ("h2", "Work environment"), ("p", T.POSTER_WORK_ENV_EN),
              ("h2", "Intent of the process"),
              ("p", "The immediate need is to staff one position on an indeterminate basis. A pool of qualified "
                    "candidates may be established and used to staff similar positions with various tenures."),
              ("kv", [("Positions to be filled", "1")]),
              ("h2", "Essential qualifications"),
              ("bullets", ["Graduation with a degree from a recognized post-secondary institution, or an acceptable "
                           "combination of education, training and/or experience.",
                           "Significant* experience in managing human and financial resources.",
                           "Experience in providing strategic advice to senior management on complex issues.",
                           "*Significant experience is defined as the depth and breadth of experience normally acquired over a period of three (3) years."]),
              ("kv", [("Key Leadership Competencies", "Create vision and strategy; Mobilize people; Uphold integrity and respect; Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results")]),
              ("h2", "Language requirements"),
              ("p", r.choice(["Bilingual - Imperative (CBC/CBC)", "Bilingual - Imperative (CCC/CCC)", "Various language requirements"])),
              ("h2", "Conditions of employment"),
              ("p", r.choice(["Secret security clearance", "Reliability Status security clearance", "Top Secret security clearance"])),
              ("p", "Willingness to travel and to work overtime occasionally."),
              ("h2", "Contact information"), ("kv", [("Name", cn), ("Email", mail)]),
              ("p", f"Date modified: {close.year}-{max(1, close.month - 1):02d}-{close.day:02d}")]
    if lang in ("fr", "bilingual"):
        B += [("p", f"{p['title_fr']} (EX-0{lvl}) - Possibilités d'emploi - Emplois.gc.ca"),
              ("h1", p["title_fr"]),
              ("kv", [("Numéro de référence", ref), ("Numéro du processus de sélection", proc)]),
              ("p", f"{dept[1]} - {dept[6]}"), ("p", loc_fr), ("p", f"EX-0{lvl}"),
              ("p", "Durée indéterminée"), ("p", f"{lofr} à {hifr} (annuel)"),
              ("p", f"Date limite : {'1er' if close.day == 1 else close.day} {MONTHS_FR[close.month - 1]} {close.year} - 23 h 59, heure du Pacifique"),
              ("p", "Qui est admissible : Personnes résidant au Canada et citoyens canadiens résidant à l'étranger."),
              ("h2", "Milieu de travail"), ("p", T.POSTER_WORK_ENV_FR),
              ("h2", "Intention du processus"), ("kv", [("Postes à pourvoir", "1")]),
              ("h2", "Qualifications essentielles"),
              ("bullets", ["Diplôme d'un établissement d'enseignement postsecondaire reconnu, ou une combinaison acceptable "
                           "d'études, de formation et/ou d'expérience.",
                           "Expérience significative* de la gestion de ressources humaines et financières.",
                           "*On entend par expérience significative l'expérience acquise sur une période d'au moins trois (3) ans."]),
              ("h2", "Exigences linguistiques"), ("p", "Bilingue - Impératif (CBC/CBC)"),
              ("h2", "Conditions d'emploi"), ("p", "Cote de sécurité Secret"),
              ("h2", "Coordonnées"), ("kv", [("Nom", cn), ("Courriel", mail)])]
    return B, [cn], {"selection_process": proc, "closing_date": close.isoformat(),
                     "poster_salary_range": f"{lofr} à {hifr}" if lang == "fr" else f"{lo} to {hi}"}


def email_head(p, lang, r, names, subject_tail, doc_name):
    dept = T.DEPARTMENTS[p["dept"]]
    a, b = r.sample(names, 2)
    an, bn = " ".join(a), " ".join(b)
    date = dt.date(2024, r.randint(1, 12), r.randint(1, 28))
    if lang == "fr":
        lines = [f"De : {an} ({dept[3]})", f"Envoyé : {date.day} {MONTHS_FR[date.month - 1]} {date.year} 10:{r.randint(10, 59)}",
                 f"À : {bn} ({dept[3]})", f"Objet : TR: {subject_tail}", "",
                 f"Bonjour {b[0]},", "",
                 f"Voici l'affiche telle que publiée. La description de travail approuvée ({doc_name}) est copiée plus bas.", "",
                 "Merci,", an, ""]
    else:
        lines = [f"From: {an} ({dept[2]})", f"Sent: {date.strftime('%A')}, {MONTHS_EN[date.month - 1]} {date.day}, {date.year} 10:{r.randint(10, 59)} AM",
                 f"To: {bn} ({dept[2]})", f"Subject: FW: {subject_tail}", "",
                 f"Hi {b[0]},", "",
                 f"Below is the poster as published. The approved work description ({doc_name}) is pasted underneath.", "",
                 "Thanks,", an, ""]
    return lines, [an, bn]


# ----------------------------------------------------------------------------------------------- renderers

def to_text(blocks, style="plain", width=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out += ["", b[1].upper() if style != "md" else "# " + b[1], ""]
        elif k == "h2":
            out += ["", b[1].upper() if style != "md" else "## " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "kv":
            for l, v in b[1]:
                if style == "md":
                    out.append(f"* **{l}:** {v}")
                elif style == "typewriter":
                    out.append(f"{(l.upper() + ':'):<34}{v}")
                else:
                    out.append(f"{l}: {v}")
            out.append("")
        elif k == "bullets":
            out += [("* " if style == "md" else "- ") + x for x in b[1]] + [""]
        elif k == "numbered":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            rows = b[1]
            if style == "md":
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
                out += ["".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            out.append("")
        elif k == "raw":
            out += b[1]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text


def wrap(text, width, r, hyphen_p=0.0):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut < width // 2:
                cut = width
            word_end = line.find(" ", cut + 1)
            if hyphen_p and r.random() < hyphen_p and cut < width - 4:
                nxt = line[cut + 1: word_end if word_end > 0 else len(line)]
                if len(nxt) >= 7 and nxt.isalpha():
                    k = min(width - cut - 2, len(nxt) // 2)
                    if k >= 3:
                        out.append(line[:cut + 1 + k] + "-")
                        line = line[cut + 1 + k:]
                        continue
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line)
    return out


DIGIT_SUBS = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LETTER_SUBS = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("h", "b"), ("rn", "m"), ("i", "l")]


def ocr_damage(text, strength, r):
    pd_, pl, pj = {"light": (0.2, 0.01, 0.005), "medium": (0.45, 0.03, 0.015), "heavy": (0.75, 0.06, 0.03)}[strength]
    subs = dict(DIGIT_SUBS)
    if strength != "heavy":
        subs.pop("6"), subs.pop("2")
    lines = []
    for line in text.split("\n"):
        toks = re.split(r"( +)", line)
        for i, t in enumerate(toks):
            if not t.strip():
                if t == " " and pj and r.random() < pj:
                    toks[i] = ""
                continue
            if re.search(r"\d", t) and r.random() < pd_:
                toks[i] = "".join(r.choice(subs[c]) if c in subs and r.random() < 0.6 else c for c in t)
            elif len(t) > 4 and t.isalpha() and r.random() < pl:
                a, b = r.choice(LETTER_SUBS)
                if a in t:
                    toks[i] = t.replace(a, b, 1)
            if strength != "light":
                toks[i] = toks[i].translate(str.maketrans("éèêàç", "eeeac")) if r.random() < 0.3 else toks[i]
        lines.append("".join(toks))
    return "\n".join(lines)


def paginate(lines, per_page, header, footer_style):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    m = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        chunk = []
        if header and n > 1:
            chunk += [header, ""]
        chunk += pg
        foot = {"pn": f"Page {n} of {m}", "dash": f"- {n} -", "num": str(n), "pfr": f"Page {n} de {m}"}[footer_style]
        chunk += ["", foot.center(60).rstrip()]
        out.append(chunk)
    return out


def make_docx(blocks, r):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    grid = r.random() < 0.5
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            if grid:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    c = t.add_row().cells
                    c[0].text, c[1].text = l, v
            else:
                for l, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(l + ": ").bold = True
                    para.add_run(v)
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "numbered":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "table":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for row in b[1]:
                c = t.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = v
        elif k == "raw":
            for x in b[1]:
                d.add_paragraph(x)
    fixed = dt.datetime(2024, 5, 1, 9, 0, 0)
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "hrkit"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def curly(v):
    if isinstance(v, str):
        return v.replace("'", "\u2019")
    if isinstance(v, dict):
        return {k: curly(x) for k, x in v.items()}
    if isinstance(v, list):
        return [curly(x) for x in v]
    return v


def cp1252_text(text):
    text = text.replace("'", "\u2019")
    return text.replace("\n", "\r\n").encode("cp1252")


# ----------------------------------------------------------------------------------------------- plan

def main():
    positions, names = build_positions()
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rp = random.Random(2021)
    n = len(positions)  # 42
    # frames of the 42 positions + 2 re-issues = 44 work descriptions
    frames = ["plain"] * 28 + ["poster"] * 9 + ["email"] * 4 + ["acting"] * 3
    kinds = ["ocr"] * 11 + ["docx"] * 8 + ["pdf"] * 8 + ["markdown"] * 6 + ["text"] * 6 + ["text-cp1252"] * 5
    langs = ["en"] * 28 + ["fr"] * 10 + ["bilingual"] * 6
    rp.shuffle(frames), rp.shuffle(kinds), rp.shuffle(langs)
    # re-issues: two plain-framed positions get a second, revised document
    plain_idx = [i for i in range(n) if frames[i] == "plain"]
    reissued = rp.sample(plain_idx, 2)
    frames_for = {i: frames[i] for i in range(n)}
    docs = []  # (pos index, frame, kind, lang, opts)
    for i in range(n):
        docs.append([i, frames[i], kinds[i], langs[i], {}])
    for j, i in enumerate(reissued):
        docs[i][4] = {"pair": j}
        docs.append([i, "plain", kinds[n + j], docs[i][3], {"pair": j, "revised": True}])
    used = set()
    records = []
    file_of = {}
    for di, (i, frame, kind, lang, opts) in enumerate(docs):
        p = positions[i]
        r = random.Random(202500 + di)
        o = {}
        if opts.get("revised"):
            o = {"revised": True, "date": True, "original": p["effective"],
                 "effective": p["effective"] + dt.timedelta(days=r.randint(300, 700)),
                 "salary": p["salary"] + r.randint(5, 40) * 10000, "om": p["om"] + r.randint(5, 90) * 1000}
        elif "pair" in opts:
            o = {"date": True}
        wdb, fields, also, people = wd_blocks(p, positions, lang, r, o)
        pre = []
        pre_lines = []
        t_title = fields["title"]
        if frame in ("poster", "email"):
            pb, pp, facts = poster_blocks(p, lang, r, names)
            people = pp + people
            also.update(facts)
            annex = {"en": "ANNEX A - WORK DESCRIPTION", "fr": "ANNEXE A - DESCRIPTION DE TRAVAIL",
                     "bilingual": "ANNEX A - WORK DESCRIPTION / ANNEXE A - DESCRIPTION DE TRAVAIL"}[lang]
            pre = pb + [("p", "_" * 40), ("h1", annex)]
            also["frame"] = "GC Jobs poster followed by the work description" if frame == "poster" else \
                "e-mail with the poster pasted, then the work description"
        elif frame == "acting":
            a = r.choice(names)
            an = " ".join(a)
            start = dt.date(2024, r.randint(1, 9), r.randint(1, 28))
            end = start + dt.timedelta(days=r.choice([120, 180, 365]))
            cls_n = f"EX-0{p['level']}"
            if lang == "fr":
                txt = (f"AVIS DE NOMINATION INTÉRIMAIRE\n\nNuméro du processus de sélection : "
                       f"{r.randint(23, 25)}-{T.DEPARTMENTS[p['dept']][3]}-INA-{r.randint(100000, 999999)}\n"
                       f"Nom de la personne nommée : {an}\nPoste : {p['title_fr']} ({cls_n}), poste no {p['position_number']}\n"
                       f"Période : du {start.isoformat()} au {end.isoformat()}\n"
                       f"Lieu : {p['loc'][1]}\n\nLa description de travail du poste est jointe ci-dessous.")
            else:
                txt = (f"NOTICE OF ACTING APPOINTMENT\n\nSelection process number: "
                       f"{r.randint(23, 25)}-{T.DEPARTMENTS[p['dept']][2]}-INA-{r.randint(100000, 999999)}\n"
                       f"Name of appointee: {an}\nPosition: {p['title_en']} ({cls_n}), position number {p['position_number']}\n"
                       f"Acting period: {start.isoformat()} to {end.isoformat()}\n"
                       f"Location: {p['loc'][0]}\n\nThe work description of the position is attached below.")
            pre = [("raw", txt.split("\n")), ("p", "_" * 40)]
            people = [an] + people
            also["frame"] = "notice of acting appointment followed by the work description"
            also["acting_period"] = f"{start.isoformat()} to {end.isoformat()}"
        if frame == "email":
            subj = (f"Affiche et DT - {p['title_fr']} - {also['selection_process']}" if lang == "fr"
                    else f"Poster and WD - {p['title_en']} - {also['selection_process']}")
            el, ep = email_head(p, lang, r, names, subj, "WD - " + t_title.replace(",", "") + ".docx")
            pre = [("raw", el)] + pre
            people = ep + people
        blocks = pre + wdb
        if frame == "acting" and fields["position_number"] is None:
            fields["position_number"] = p["position_number"]
            also["position_number_source"] = "stated only in the notice above the work description"
        name = file_name(p, frame, kind, lang, r, opts, also, fields)
        while name in used:
            name = name.replace(".", " (1).", 1) if "(1)" not in name else name.replace("(1)", "(2)")
        used.add(name)
        data, extra = render(blocks, kind, lang, r, p, fields)
        also.update(extra)
        if kind == "text-cp1252":
            fields = curly(fields)
            also = curly(also)
        (corpus / name).write_bytes(data)
        file_of.setdefault(i, []).append(name)
        records.append((di, i, name, kind, lang, fields, also, people, opts))
    # reports_to_in_corpus and versions
    dg_doc = {}
    for di, i, name, *_ in records:
        if positions[i]["level"] == 3 and i not in dg_doc:
            dg_doc[i] = name
    pairs = {}
    for di, i, name, kind, lang, fields, also, people, opts in records:
        sup = positions[i]["sup"]
        if sup.get("level") == 3:
            si = positions.index(sup)
            also["reports_to_in_corpus"] = file_of[si][-1]
        if "pair" in opts:
            pairs.setdefault(opts["pair"], []).append(name)
    for di, i, name, kind, lang, fields, also, people, opts in records:
        versions = None
        if "pair" in opts:
            old, new = pairs[opts["pair"]]
            versions = {"documents": [old, new], "newest": new, "same_text": False,
                        "note": "re-issue stamped REVISED with a later effective date, an Original Date line, "
                                "higher salary and O&M"}
        write_truth(expected, name, kind, lang, "import", fields, also, people, versions)
    refuse_docs(corpus, expected, positions, names, used)


def file_name(p, frame, kind, lang, r, opts, also, fields):
    ext = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}[kind]
    t = fields["title"]
    pn = p["position_number"]
    if opts.get("revised"):
        return f"{t} - REVISED {fields['effective_date'].year}{ext}" if lang != "fr" else f"{t} - révisée{ext}"
    if frame == "poster":
        c = r.choice([f"Poster + WD - {t}", f"GC Jobs - {t} ({also['selection_process']})",
                      f"{also['selection_process']} poster and work description", f"Affiche et DT - {t}"])
    elif frame == "email":
        c = r.choice([f"RE_ Poster and WD - {t}", f"FW_ {also['selection_process']}", f"Courriel - {t}"])
    elif frame == "acting":
        c = r.choice([f"Acting notice + WD - {t}", f"Intérim {pn} - {t}", f"Notice and WD {pn}"])
    else:
        c = r.choice([f"WD - {t} (EX-0{p['level']})", f"{pn} {t} - signed", f"Work Description_{t}",
                      f"DT - {t}", f"{t} DRAFT", f"{t} (1)", f"JD {pn}, {t}", f"{t} - final"])
    if kind == "ocr" and r.random() < 0.5:
        c = r.choice([f"scan_{r.randint(100, 999)}", f"img{r.randint(1000, 9999)} OCR", f"{t} (scanned)"])
    return c.replace("/", "-") + ext


def render(blocks, kind, lang, r, p, fields):
    extra = {}
    if kind == "markdown":
        return to_text(blocks, "md").encode("utf-8"), extra
    if kind == "docx":
        return make_docx(blocks, r), extra
    style = "typewriter" if r.random() < 0.4 else "plain"
    text = to_text(blocks, style)
    if kind == "text":
        return text.encode("utf-8"), extra
    if kind == "text-cp1252":
        return cp1252_text(text), extra
    dept = T.DEPARTMENTS[p["dept"]]
    header = f"{dept[2] if lang != 'fr' else dept[3]} - {fields['title']} - {p['position_number']}"
    if kind == "pdf":
        lines = wrap(text, 95, r)
        pages = paginate(lines, 62, header if r.random() < 0.6 else None, "pfr" if lang == "fr" else "pn")
        return pdf_bytes(["\n".join(pg) for pg in pages]), extra
    strength = r.choice(["light", "medium", "medium", "heavy"])
    extra["damage"] = strength
    damaged = ocr_damage(text, strength, r)
    lines = wrap(damaged, 68, r, hyphen_p=0.3)
    pages = paginate(lines, 54, header if r.random() < 0.7 else None, r.choice(["pn", "dash", "num"]))
    return ("\n\f".join("\n".join(pg) for pg in pages) + "\n").encode("utf-8"), extra


def write_truth(expected, name, kind, lang, outcome, fields, also, people, versions):
    not_stated = []
    if fields:
        for k in ("job_code", "position_number", "effective_date", "total"):
            if fields[k] is None:
                not_stated.append(k)
        if fields["supervisor"]["position_number"] is None:
            not_stated.append("supervisor.position_number")
    doc = {"document": name, "kind": kind, "language": lang, "outcome": outcome, "fields": fields,
           "not_stated": not_stated or None, "also": also or None, "people": sorted(set(people)), "versions": versions}
    (expected / (name + ".expected.yaml")).write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refuse_docs(corpus, expected, positions, names, used):
    r = random.Random(202900)
    # 1. GC Jobs poster alone, English text printout
    p = positions[9]
    pb, pp, facts = poster_blocks(p, "en", r, names)
    name = f"GC Jobs printout - {p['title_en']}.txt"
    (corpus / name).write_bytes(to_text(pb).encode("utf-8"))
    write_truth(expected, name, "text", "en", "refuse", None,
                dict(facts, note="a staffing poster alone is not a work description: no dimensions, no supervisor, "
                                 "no direct reports; the salary range is a person's pay"), pp, None)
    # 2. French poster alone, PDF
    p = positions[20]
    pb, pp, facts = poster_blocks(p, "fr", r, names)
    name = f"Affiche {facts['selection_process']} - {p['title_fr']}.pdf"
    lines = wrap(to_text(pb), 95, r)
    (corpus / name).write_bytes(pdf_bytes(["\n".join(pg) for pg in paginate(lines, 62, None, "pfr")]))
    write_truth(expected, name, "pdf", "fr", "refuse", None,
                dict(facts, note="affiche de dotation seule, pas une description de travail"), pp, None)
    # 3. e-mail with a poster pasted, no work description (cp1252)
    p = positions[30]
    pb, pp, facts = poster_blocks(p, "en", r, names)
    el, ep = email_head(p, "en", r, names, f"Poster for translation - {p['title_en']}", "none")
    el = [x.replace("The approved work description (none) is pasted underneath.",
                    "Could you send it for translation? The work description will follow once it's classified.") for x in el]
    name = f"RE_ poster for translation, {p['title_en']}.txt"
    (corpus / name).write_bytes(cp1252_text(to_text([("raw", el)] + pb)))
    write_truth(expected, name, "text-cp1252", "en", "refuse", None,
                dict(facts, note="e-mail with a poster only; the work description is not yet classified"), pp + ep, None)
    # 4. bilingual notice of appointment (Word)
    p = positions[3]
    a = " ".join(r.choice(names))
    proc = f"24-{T.DEPARTMENTS[p['dept']][2]}-EA-{r.randint(100000, 999999)}"
    blocks = [("h1", "NOTICE OF APPOINTMENT OR PROPOSAL OF APPOINTMENT / AVIS DE NOMINATION OU DE PROPOSITION DE NOMINATION"),
              ("kv", [("Selection process number / Numéro du processus de sélection", proc),
                      ("Organization / Organisation", f"{T.DEPARTMENTS[p['dept']][0]} / {T.DEPARTMENTS[p['dept']][1]}"),
                      ("Position title / Titre du poste", f"{p['title_en']} / {p['title_fr']}"),
                      ("Group and level / Groupe et niveau", f"EX-0{p['level']}"),
                      ("Position number / Numéro de poste", p["position_number"]),
                      ("Location / Lieu", f"{p['loc'][0]} / {p['loc'][1]}"),
                      ("Name of person / Nom de la personne", a),
                      ("Type of appointment / Type de nomination", "Indeterminate / Durée indéterminée"),
                      ("Effective date / Date d'effet", "2024-10-07"),
                      ("Posting period / Période d'affichage", "2024-09-20 to/au 2024-09-25")]),
              ("p", "Recourse: a complaint may be made to the Federal Public Sector Labour Relations and Employment "
                    "Board. / Recours : une plainte peut être présentée à la Commission des relations de travail et "
                    "de l'emploi dans le secteur public fédéral.")]
    name = f"Notice of appointment - avis de nomination {p['position_number']}.docx"
    (corpus / name).write_bytes(make_docx(blocks, r))
    write_truth(expected, name, "docx", "bilingual", "refuse", None,
                {"note": "notice of appointment naming the position, its number and an appointment date; not a work description",
                 "selection_process": proc}, [a], None)
    # 5. French notice of acting appointment (Markdown)
    p = positions[26]
    a = " ".join(r.choice(names))
    s = " ".join(r.choice(names))
    md = (f"# Avis de nomination intérimaire\n\n**Processus :** 24-{T.DEPARTMENTS[p['dept']][3]}-INA-{r.randint(100000, 999999)}\n\n"
          f"Nous avons le plaisir d'annoncer que **{a}** assumera les fonctions de {p['title_fr']} (EX-0{p['level']}), "
          f"poste no {p['position_number']}, à titre intérimaire du 2 décembre 2024 au 30 mai 2025, pendant le congé "
          f"de la titulaire.\n\nVeuillez vous joindre à moi pour lui souhaiter du succès.\n\n{s}\n"
          f"{p['sup']['title_fr']}\n")
    name = f"Annonce intérim - {p['title_fr']}.md"
    (corpus / name).write_bytes(md.encode("utf-8"))
    write_truth(expected, name, "markdown", "fr", "refuse", None,
                {"note": "annonce d'une nomination intérimaire; pas une description de travail"}, [a, s], None)
    # 6. scan without a text layer
    name = "scan_20241104_0932 - signed.pdf"
    (corpus / name).write_bytes(pdf_bytes(["", "", ""]))
    write_truth(expected, name, "pdf", "en", "refuse", None,
                {"note": "three scanned pages without a text layer: unreadable"}, [], None)


if __name__ == "__main__":
    main()
