"""blind212: current and proposed side by side (reclassification, realignment and update requests).

Run from the repository root: python bench/import/blind212/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
NBSP = "\u00a0"
USED_NAMES = set()
NAME_RNG = random.Random(2120)


def person():
    while True:
        n = f"{NAME_RNG.choice(T.FIRST)} {NAME_RNG.choice(T.LAST)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


# ---------------------------------------------------------------- notations
def cls_text(c, style):
    if c is None:
        return ""
    g, n = c.rsplit("-", 1)
    if style == "EX-1":
        return f"{g}-{int(n)}"
    if style == "EX 01":
        return f"{g} {n}"
    return c


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def date_text(d, style, lang):
    if lang == "fr":
        if style in ("iso", "slash"):
            return d.isoformat()
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def money_text(v, style, lang):
    if lang == "fr":
        if style == "M":
            s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{s}{NBSP}M$"
        return f"{v:,}".replace(",", NBSP) + f"{NBSP}$"
    if style == "M":
        return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


# ---------------------------------------------------------------- labels
LABELS = {
    "en": {"title": ["Position Title", "Title"], "cls": ["Classification", "Group and Level"],
           "job": ["Job Code", "Job Number"], "pn": ["Position Number", "Position No."],
           "eff": ["Effective Date", "Effective Date"], "sup_t": ["Supervisor Title", "Reports to (title)"],
           "sup_c": ["Supervisor Classification", "Supervisor's Group and Level"],
           "sup_p": ["Supervisor Position Number", "Supervisor's Position No."], "loc": ["Location", "Work Location"],
           "sal": ["Salary", "Salary Budget"], "om": ["O&M", "Operating (O&M)"], "tot": ["Total", "Total Budget"],
           "fte": ["FTEs", "Total FTEs"]},
    "fr": {"title": ["Titre du poste", "Titre"], "cls": ["Classification", "Groupe et niveau"],
           "job": ["Code d’emploi", "Numéro d’emploi"], "pn": ["Numéro du poste", "No de poste"],
           "eff": ["Date d’entrée en vigueur", "Date d’effet"], "sup_t": ["Titre du supérieur", "Relève de (titre)"],
           "sup_c": ["Classification du supérieur", "Groupe et niveau du supérieur"],
           "sup_p": ["Numéro de poste du supérieur", "No de poste du supérieur"],
           "loc": ["Lieu de travail", "Lieu"], "sal": ["Salaires", "Budget salarial"],
           "om": ["F et E", "Fonctionnement et entretien (F et E)"], "tot": ["Total", "Budget total"],
           "fte": ["ETP", "ETP (total)"]},
}
LABELS["bi"] = {k: [f"{LABELS['en'][k][i]} / {LABELS['fr'][k][i]}" for i in range(2)] for k in LABELS["en"]}
NOCHANGE = {"en": ["No change", "—", "same", "Unchanged", "No change", "—"],
            "fr": ["Aucun changement", "—", "Inchangé", "idem", "Aucun changement"],
            "bi": ["No change / Aucun changement", "—", "No change / Aucun changement", "same"]}
HEADERS = {"en": [("Current", "Proposed"), ("Old value", "New value"), ("Before", "After"),
                  ("Current / Actuel", "Proposed / Proposé"), ("Existing", "Proposed")],
           "fr": [("Actuel", "Proposé"), ("Valeur actuelle", "Nouvelle valeur"), ("Avant", "Après"),
                  ("Actuel / Current", "Proposé / Proposed")],
           "bi": [("Current / Actuel", "Proposed / Proposé"), ("Old value / Ancienne valeur",
                                                            "New value / Nouvelle valeur"),
                  ("Before / Avant", "After / Après")]}
REQ_NAMES = {"reclass": {"en": "Reclassification Request", "fr": "Demande de reclassification",
                         "bi": "Reclassification Request / Demande de reclassification"},
             "realign": {"en": "Organizational Realignment – Position Change Request",
                         "fr": "Réalignement organisationnel – Demande de modification de poste",
                         "bi": "Realignment Request / Demande de réalignement"},
             "update": {"en": "Work Description Update Request", "fr": "Demande de mise à jour de la description de travail",
                        "bi": "Work Description Update / Mise à jour de la description de travail"}}


# ---------------------------------------------------------------- positions
def make_position(i, rtype, lang):
    r = random.Random(212000 + i)
    dept = r.choice(T.DEPTS)
    fem = r.random() < 0.5
    cur_cls = r.choice(["EX-01", "EX-01", "EX-02", "EX-02", "EX-03"])
    subj = T.SUBJECTS[i % len(T.SUBJECTS)]
    fr_idx = 2 if fem else 1

    def title_of(c, s):
        ro = T.ROLES[c]
        return f"{ro[0]}, {s[0]}", f"{ro[fr_idx]}, {s[1]}"

    cur = {}
    cur["cls"] = cur_cls
    cur["title"], cur["title_fr"] = title_of(cur_cls, subj)
    cur["job"] = str(r.randint(100100, 109999))
    cur["pn"] = str(r.randint(10000, 99999))
    cur["eff"] = dt.date(r.randint(2014, 2020), r.choice([1, 4, 4, 7, 10]), r.choice([1, 1, 15]))
    sup_cls = f"EX-0{int(cur_cls[-1]) + 1}"
    sup_subj = r.choice(T.SUBJECTS)
    st, stf = title_of(sup_cls, sup_subj)
    cur["sup"] = {"pn": str(r.randint(10000, 99999)), "title": st, "title_fr": stf, "cls": sup_cls}
    city = r.choice(dept[4])
    cur["loc"] = city
    cur["sal"] = r.randint(900, 5200) * 1000
    cur["om"] = r.randint(120, 2400) * 1000
    reps = []
    nrep = r.randint(2, 5)
    used = set()
    for k in range(nrep):
        while True:
            rs = r.choice(T.SUBJECTS)
            if rs != subj and rs[0] not in used:
                used.add(rs[0])
                break
        if cur_cls != "EX-01" and k < 2:
            rc = f"EX-0{int(cur_cls[-1]) - 1}"
            rt, rtf = title_of(rc, rs)
        else:
            rr = r.choice(T.REPORT_ROLES)
            rc = r.choice(T.REPORT_GROUPS)
            rt, rtf = f"{rr[0]}, {rs[0]}", f"{rr[1]}, {rs[1]}"
        reps.append({"t": rt, "tf": rtf, "c": rc, "f": r.randint(4, 45)})
    cur["reps"] = reps

    prop = {k: (dict(v) if isinstance(v, dict) else v) for k, v in cur.items()}
    prop["reps"] = [dict(x) for x in reps]
    events = []  # (index or None, kind, detail)
    if rtype == "reclass":
        prop["cls"] = f"EX-0{int(cur_cls[-1]) + 1}" if cur_cls != "EX-03" or r.random() < 0.5 else "EX-03"
        if prop["cls"] == cur_cls:
            prop["cls"] = "EX-04"
        if r.random() < 0.6:
            prop["title"], prop["title_fr"] = title_of(prop["cls"], subj)
        prop["job"] = str(r.randint(110000, 119999))
        prop["sal"] = cur["sal"] + r.randint(300, 1500) * 1000
        prop["om"] = cur["om"] + r.randint(50, 600) * 1000
        if int(prop["cls"][-1]) >= int(prop["sup"]["cls"][-1]):
            nc = f"EX-0{int(prop['cls'][-1]) + 1}"
            prop["sup"] = dict(prop["sup"])
            prop["sup"]["cls"] = nc
            prop["sup"]["title"], prop["sup"]["title_fr"] = title_of(nc, sup_subj)
            prop["sup"]["pn"] = str(r.randint(10000, 99999))
        # a new unit
        rs = r.choice([s for s in T.SUBJECTS if s[0] not in used and s != subj])
        rr = r.choice(T.REPORT_ROLES)
        prop["reps"].append({"t": f"{rr[0]}, {rs[0]}", "tf": f"{rr[1]}, {rs[1]}", "c": r.choice(T.REPORT_GROUPS),
                             "f": r.randint(5, 20), "mark": "new"})
        k = r.randrange(len(prop["reps"]) - 1)
        prop["reps"][k]["f"] += r.randint(2, 9)
    elif rtype == "realign":
        ns = r.choice(T.SUBJECTS)
        nt, ntf = title_of(prop["sup"]["cls"], ns)
        prop["sup"] = {"pn": str(r.randint(10000, 99999)), "title": nt, "title_fr": ntf, "cls": prop["sup"]["cls"]}
        if r.random() < 0.4:
            other = [c for c in dept[4] if c != city]
            prop["loc"] = other[0]
        if r.random() < 0.35:
            prop["pn"] = str(r.randint(10000, 99999)) if r.random() < 0.6 else None
        if r.random() < 0.5:
            ns2 = r.choice(T.SUBJECTS[45:])
            t0, tf0 = title_of(prop["cls"], subj)
            prop["title"] = f"{t0} and {ns2[0]}"
            prop["title_fr"] = f"{tf0} et {ns2[1][0].lower()}{ns2[1][1:]}"
        # one moved out, maybe one abolished, one new
        k = r.randrange(len(prop["reps"]))
        mv_subj = r.choice(T.SUBJECTS)
        mt, mtf = title_of(cur["sup"]["cls"], mv_subj)
        prop["reps"][k]["mark"] = "moved"
        prop["reps"][k]["to"], prop["reps"][k]["to_fr"] = mt, mtf
        if len(prop["reps"]) > 2 and r.random() < 0.6:
            k2 = [j for j in range(len(prop["reps"])) if j != k][0]
            prop["reps"][k2]["mark"] = "abolished"
        rs = r.choice([s for s in T.SUBJECTS if s[0] not in used and s != subj])
        rr = r.choice(T.REPORT_ROLES)
        prop["reps"].append({"t": f"{rr[0]}, {rs[0]}", "tf": f"{rr[1]}, {rs[1]}", "c": r.choice(T.REPORT_GROUPS),
                             "f": r.randint(5, 25), "mark": "new"})
        prop["sal"] = cur["sal"] + r.choice([-1, 1]) * r.randint(100, 900) * 1000
        prop["om"] = max(80000, cur["om"] + r.choice([-1, 1]) * r.randint(20, 300) * 1000)
    else:  # update
        prop["sal"] = cur["sal"] + r.randint(50, 700) * 1000
        prop["om"] = cur["om"] + r.choice([-1, 1]) * r.randint(10, 200) * 1000
        if r.random() < 0.5:
            prop["job"] = str(r.randint(110000, 119999))
        k = r.randrange(len(prop["reps"]))
        prop["reps"][k]["f"] = max(2, prop["reps"][k]["f"] + r.choice([-3, -2, 2, 4, 6]))
        if r.random() < 0.5 and len(prop["reps"]) > 2:
            k2 = (k + 1) % len(prop["reps"])
            prop["reps"][k2]["mark"] = "abolished"
        if r.random() < 0.5:
            rs = r.choice([s for s in T.SUBJECTS if s[0] not in used and s != subj])
            rr = r.choice(T.REPORT_ROLES)
            prop["reps"].append({"t": f"{rr[0]}, {rs[0]}", "tf": f"{rr[1]}, {rs[1]}",
                                 "c": r.choice(T.REPORT_GROUPS), "f": r.randint(3, 12), "mark": "new"})
    prop["eff"] = dt.date(r.randint(2022, 2025), r.choice([1, 4, 4, 6, 9]), r.choice([1, 1, 2, 15]))
    cur["fte"] = sum(x["f"] for x in cur["reps"]) + 1
    prop["fte"] = sum(x["f"] for x in prop["reps"] if x.get("mark") not in ("abolished", "moved")) + 1
    return {"i": i, "dept": dept, "fem": fem, "subj": subj, "rtype": rtype, "cur": cur, "prop": prop, "rng": r}


# ---------------------------------------------------------------- document model
def rep_text(x, lang, fmt, with_fte):
    t = x["tf"] if lang == "fr" else x["t"]
    c = cls_text(x["c"], fmt["cls"])
    if with_fte:
        unit = "ETP" if lang == "fr" else r_choice(fmt, ["FTEs", "FTE"])
        return f"{t} ({c}, {x['f']} {unit})"
    return f"{t} ({c})"


def r_choice(fmt, seq):
    return fmt["rng"].choice(seq)


MARKS = {"en": {"new": "(new)", "abolished": "(abolished)", "moved": "(moved to {})"},
         "fr": {"new": "(nouveau)", "abolished": "(aboli)", "moved": "(transféré à {})"},
         "bi": {"new": "(new / nouveau)", "abolished": "(abolished / aboli)", "moved": "(moved to / transféré à {})"}}


def build_blocks(pos, lang, fmt):
    """A document as blocks: ('h', text) ('p', text) ('kv', label, value) ('cmp', header, rows) ('list', items)
    ('strike', label, old, new)."""
    r = fmt["rng"]
    cur, prop = pos["cur"], pos["prop"]
    L = LABELS[lang]
    li = fmt["labelset"]
    dept = pos["dept"]
    dname = dept[1] if lang == "fr" else (f"{dept[0]} / {dept[1]}" if lang == "bi" else dept[0])
    blocks = [("h", dname), ("h", REQ_NAMES[pos["rtype"]][lang])]
    meta = {"en": [("Request No.", f"CL-{r.randint(2021, 2024)}-{r.randint(100, 999)}"),
                   ("Date submitted", date_text((prop["eff"] or dt.date(2023, 9, 1)) - dt.timedelta(days=r.randint(60, 200)),
                                                fmt["date"], "en")),
                   ("Requested by", fmt["people"][0])],
            "fr": [("No de demande", f"CL-{r.randint(2021, 2024)}-{r.randint(100, 999)}"),
                   ("Date de la demande", date_text((prop["eff"] or dt.date(2023, 9, 1)) - dt.timedelta(days=r.randint(60, 200)),
                                                    fmt["date"], "fr")),
                   ("Demandé par", fmt["people"][0])]}
    meta["bi"] = [(f"{a[0]} / {b[0]}", a[1]) for a, b in zip(meta["en"], meta["fr"])]
    for k, v in meta[lang]:
        blocks.append(("kv", k, v))
    tl = "title_fr" if lang == "fr" else "title"
    def val(side, key):
        d = side
        if key == "title":
            return d[tl]
        if key == "cls":
            return cls_text(d["cls"], fmt["cls"])
        if key == "job":
            return d["job"]
        if key == "pn":
            if d["pn"] is None:
                return {"en": "To be assigned", "fr": "À déterminer", "bi": "To be assigned / À déterminer"}[lang]
            return d["pn"]
        if key == "eff":
            if d["eff"] is None:
                return {"en": "Upon approval", "fr": "Dès l’approbation", "bi": "Upon approval / Dès l’approbation"}[lang]
            return date_text(d["eff"], fmt["date"], "fr" if lang == "fr" else "en")
        if key == "sup_t":
            return d["sup"]["title_fr" if lang == "fr" else "title"]
        if key == "sup_c":
            return cls_text(d["sup"]["cls"], fmt["cls"])
        if key == "sup_p":
            return d["sup"]["pn"]
        if key == "loc":
            return d["loc"][1 if lang == "fr" else 0]
        if key in ("sal", "om"):
            return money_text(d[key], fmt["money"], lang)
        if key == "tot":
            return money_text(d["sal"] + d["om"], fmt["money"], lang)
        if key == "fte":
            return str(d["fte"])
    keys = ["title"]
    if lang == "bi":
        keys.append("title_fr_row")
    keys += ["cls"]
    if fmt["job"]:
        keys.append("job")
    keys += ["pn", "eff", "sup_t", "sup_c"]
    if fmt["sup_pn"]:
        keys.append("sup_p")
    keys.append("loc")
    dimkeys = ["sal", "om"] + (["tot"] if fmt["total"] else []) + (["fte"] if fmt["fte"] else [])

    def row(key):
        if key == "title_fr_row":
            c, p = cur["title_fr"], prop["title_fr"]
            lab = "Titre (français)"
        else:
            c, p = val(cur, key), val(prop, key)
            lab = L[key][li]
        if c == p and r.random() < fmt["nochange_p"]:
            p = r.choice(NOCHANGE[lang])
        return lab, c, p

    style = fmt["style"]
    sec = {"en": ("Position information", "Dimensions", "Organization structure", "Justification", "Decision"),
           "fr": ("Renseignements sur le poste", "Dimensions", "Structure organisationnelle", "Justification",
                  "Décision"),
           "bi": ("Position information / Renseignements sur le poste", "Dimensions",
                  "Organization structure / Structure organisationnelle", "Justification",
                  "Decision / Décision")}[lang]
    hdr = fmt["header"]
    if fmt.get("ctx_before"):
        blocks.append(("p", fmt["ctx_before"]))
    for part, ks in ((0, keys), (1, dimkeys)):
        blocks.append(("h", sec[part]))
        rows = [row(k) for k in ks]
        if style == "table":
            blocks.append(("cmp", ({"en": "Field", "fr": "Élément", "bi": "Field / Élément"}[lang],) + hdr, rows))
        elif style == "fromto":
            fw, tw = {"en": ("From:", "To:"), "fr": ("De :", "À :"), "bi": ("From / De :", "To / À :")}[lang]
            for lab, c, p in rows:
                blocks.append(("p", f"{lab} — {fw} {c}   {tw} {p}"))
        elif style == "paired":
            a, b = hdr
            for lab, c, p in rows:
                blocks.append(("kv", f"{lab} ({a.lower() if lang != 'bi' else a})", c))
                blocks.append(("kv", f"{lab} ({b.lower() if lang != 'bi' else b})", p))
        else:  # strike
            for lab, c, p in rows:
                if p in NOCHANGE[lang] or c == p:
                    blocks.append(("kv", lab, c))
                else:
                    blocks.append(("strike", lab, c, p))
    # reports
    blocks.append(("h", sec[2]))
    rstyle = fmt["reports"]
    wf = fmt["rep_fte"]
    M = MARKS[lang]
    if rstyle == "two_lists":
        blocks.append(("p", {"en": "Current structure:", "fr": "Structure actuelle :",
                             "bi": "Current structure / Structure actuelle:"}[lang]))
        blocks.append(("list", [rep_text(dict(x, f=cx["f"]), lang, fmt, wf) for x, cx in
                                zip(prop["reps"], cur["reps"])]))
        blocks.append(("p", {"en": "Proposed structure:", "fr": "Structure proposée :",
                             "bi": "Proposed structure / Structure proposée:"}[lang]))
        items = []
        for x in prop["reps"]:
            m = x.get("mark")
            if m in ("abolished", "moved") and not fmt["show_gone"]:
                continue
            s = rep_text(x, lang, fmt, wf)
            if m == "new":
                s += " " + M["new"]
            elif m == "abolished":
                s += " " + M["abolished"]
            elif m == "moved":
                s += " " + M["moved"].format(x["to_fr"] if lang == "fr" else x["to"])
            items.append(s)
        blocks.append(("list", items))
    elif rstyle == "marked":
        blocks.append(("p", {"en": "Direct reports (changes shown):", "fr": "Subordonnés directs (changements indiqués) :",
                             "bi": "Direct reports / Subordonnés directs:"}[lang]))
        items = []
        for x, cx in zip(prop["reps"], cur["reps"] + [None] * 9):
            m = x.get("mark")
            if cx is not None and cx["f"] != x["f"] and wf:
                t = x["tf"] if lang == "fr" else x["t"]
                unit = "ETP" if lang == "fr" else "FTEs"
                s = f"{t} ({cls_text(x['c'], fmt['cls'])}, {cx['f']} → {x['f']} {unit})"
            else:
                s = rep_text(x, lang, fmt, wf)
            if m == "new":
                s += " " + M["new"]
            elif m == "abolished":
                s += " " + M["abolished"]
            elif m == "moved":
                s += " " + M["moved"].format(x["to_fr"] if lang == "fr" else x["to"])
            items.append(s)
        blocks.append(("list", items))
    else:  # table of reports
        unit = "ETP" if lang == "fr" else "FTE"
        rows = []
        for x, cx in zip(prop["reps"], cur["reps"] + [None] * 9):
            t = x["tf"] if lang == "fr" else x["t"]
            c_cell = "—" if cx is None else (f"{cls_text(cx['c'], fmt['cls'])}, {cx['f']} {unit}" if wf
                                             else cls_text(cx['c'], fmt['cls']))
            m = x.get("mark")
            if m == "abolished":
                p_cell = {"en": "Abolished", "fr": "Aboli", "bi": "Abolished / Aboli"}[lang]
            elif m == "moved":
                p_cell = M["moved"].format(x["to_fr"] if lang == "fr" else x["to"]).strip("()").capitalize()
                p_cell = p_cell[0].upper() + p_cell[1:]
            else:
                p_cell = (f"{cls_text(x['c'], fmt['cls'])}, {x['f']} {unit}" if wf
                          else cls_text(x['c'], fmt['cls']))
                if m == "new":
                    p_cell += " " + M["new"]
                elif cx is not None and p_cell == c_cell and r.random() < 0.6:
                    p_cell = r.choice(NOCHANGE[lang])
            rows.append((t, c_cell, p_cell))
        blocks.append(("cmp", ({"en": "Direct report", "fr": "Subordonné direct", "bi": "Direct report / Subordonné"}[lang],)
                       + hdr, rows))
    # general accountability and justification
    ga = T.GA_FR if lang == "fr" else T.GA_EN
    blocks.append(("h", {"en": "General accountability (proposed)", "fr": "Responsabilités générales (proposées)",
                         "bi": "General accountability / Responsabilités générales"}[lang]))
    subj_l = prop["title_fr" if lang == "fr" else "title"].split(", ", 1)[1]
    for g in ga:
        blocks.append(("p", g.format(title=prop["title_fr" if lang == "fr" else "title"], subj=subj_l,
                                     subj_l=subj_l.lower() if lang != "fr" else subj_l[0].lower() + subj_l[1:])))
    blocks.append(("h", sec[3]))
    js = (T.JUST_FR if lang == "fr" else T.JUST_EN)[pos["rtype"]]
    for j in js:
        blocks.append(("p", j.format(n=len(prop["reps"]))))
    if lang == "bi":
        for j in T.JUST_FR[pos["rtype"]][:1]:
            blocks.append(("p", j.format(n=len(prop["reps"]))))
    # decision
    if fmt["decision"] is not None:
        blocks.append(("h", sec[4]))
        blocks.append(("p", fmt["decision"]))
    blocks.append(("h", {"en": "Signatures", "fr": "Signatures", "bi": "Signatures"}[lang]))
    roles = {"en": ["Requested by", "Classification advisor", "Approved by"],
             "fr": ["Demandé par", "Conseiller en classification", "Approuvé par"],
             "bi": ["Requested by / Demandé par", "Classification advisor / Conseiller en classification",
                    "Approved by / Approuvé par"]}[lang]
    for role, name in zip(roles, fmt["people"]):
        blocks.append(("kv", role, name))
    return blocks


DECISIONS = {
    "approved": {"en": "Decision: Approved as proposed.", "fr": "Décision : Approuvée telle que proposée.",
                 "bi": "Decision / Décision: Approved as proposed / Approuvée telle que proposée."},
    "rejected": {"en": ["Decision: Not approved – current classification maintained.",
                        "DECISION: NOT APPROVED. The committee did not support the proposed changes; the position "
                        "remains as currently described."],
                 "fr": ["Décision : Non approuvée – la classification actuelle est maintenue.",
                        "Décision : Refusée. Le poste demeure tel qu’il est décrit actuellement."],
                 "bi": ["Decision / Décision: Not approved – current classification maintained / Non approuvée – "
                        "la classification actuelle est maintenue."]},
}


# ---------------------------------------------------------------- renderers
def to_lines(blocks, fmt, sep="  "):
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", b[1].upper() if fmt.get("caps") else b[1], ""]
        elif b[0] == "p":
            if fmt.get("hyphen"):
                out += hyphen_wrap([b[1]], fmt["hyphen"], fmt["rng"])
            else:
                out += textwrap.wrap(b[1], fmt.get("width", 95)) or [""]
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif b[0] == "strike":
            old = "".join(ch + "\u0336" for ch in b[2])
            out.append(f"{b[1]}: {old} {b[3]}")
        elif b[0] == "list":
            out += [f"{fmt.get('bullet', '-')} {x}" for x in b[1]]
        elif b[0] == "cmp":
            hdr, rows = b[1], b[2]
            allr = [hdr] + rows
            w = [min(44, max(len(x[k]) for x in allr)) for k in range(3)]
            for n, x in enumerate(allr):
                cells = []
                for k in range(3):
                    cells.append(x[k].ljust(w[k]) if k < 2 else x[k])
                if fmt.get("pipes"):
                    out.append("| " + " | ".join(c.strip() for c in cells) + " |")
                else:
                    out.append(sep.join(cells).rstrip())
                if n == 0:
                    out.append("-" * min(100, sum(w) + 4))
    return out


def render_md(blocks, fmt):
    out = []
    first = True
    for b in blocks:
        if b[0] == "h":
            out += ["", ("# " if first else "## ") + b[1], ""]
            first = False
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out.append(f"- **{b[1]}:** {b[2]}")
        elif b[0] == "strike":
            out.append(f"- **{b[1]}:** ~~{b[2]}~~ {b[3]}")
        elif b[0] == "list":
            out += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "cmp":
            out += ["", "| " + " | ".join(b[1]) + " |", "|---|---|---|"]
            out += ["| " + " | ".join(x) + " |" for x in b[2]] + [""]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render_docx(blocks, fmt):
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = ""
    first = True
    pending_kv = []

    def flush_kv():
        if not pending_kv:
            return
        if fmt.get("kv_table"):
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in pending_kv:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
        else:
            for k, v in pending_kv:
                p = d.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
        pending_kv.clear()

    for b in blocks:
        if b[0] != "kv":
            flush_kv()
        if b[0] == "h":
            d.add_heading(b[1], level=0 if first else 1)
            first = False
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            pending_kv.append((b[1], b[2]))
        elif b[0] == "strike":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            run = p.add_run(b[2])
            run.font.strike = True
            p.add_run(" ")
            p.add_run(b[3]).underline = True
        elif b[0] == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "cmp":
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for k, h in enumerate(b[1]):
                t.rows[0].cells[k].text = h
                for run in t.rows[0].cells[k].paragraphs[0].runs:
                    run.bold = True
            for x in b[2]:
                c = t.add_row().cells
                for k in range(3):
                    c[k].text = x[k]
    flush_kv()
    raw = io.BytesIO()
    d.save(raw)
    return rezip(raw.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def paginate(lines, per, header, footer):
    pages = []
    chunks = [lines[k:k + per] for k in range(0, len(lines), per)] or [[]]
    for n, ch in enumerate(chunks, 1):
        pg = []
        if header:
            pg += [header, ""]
        pg += ch
        pg += ["", footer.format(n=n, m=len(chunks))]
        pages.append("\n".join(pg))
    return pages


# ---------------------------------------------------------------- OCR damage
DIG = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"]}


def ocr_damage(text, strength, r):
    p = {"light": 0.05, "medium": 0.13, "heavy": 0.25}[strength]
    out_lines = []
    for line in text.split("\n"):
        if line.startswith("\f"):
            out_lines.append(line)
            continue
        toks = line.split(" ")
        new = []
        for t in toks:
            if any(ch.isdigit() for ch in t) and r.random() < p * 2.5:
                t = "".join(r.choice(DIG[ch]) if ch in DIG and r.random() < 0.5 else ch for ch in t)
            elif len(t) > 4 and t.isalpha() and r.random() < p:
                k = r.randrange(1, len(t) - 1)
                swaps = {"m": "rn", "d": "cl", "e": "c", "h": "li", "l": "1", "i": "í", "n": "ri", "u": "ii"}
                if t[k] in swaps:
                    t = t[:k] + swaps[t[k]] + t[k + 1:]
            new.append(t)
        line = ""
        for k, t in enumerate(new):
            if k and new[k - 1] and t and r.random() < p * 0.5 and not new[k - 1].endswith(":"):
                line += t  # run together
            else:
                line += (" " if k else "") + t
        if strength == "heavy" and "  " in line and r.random() < 0.3:
            # table columns collapse
            while "   " in line:
                line = line.replace("   ", "  ")
        if strength != "light" and r.random() < p * 0.4 and len(line) > 20:
            line = line + r.choice([" |", " ,", " '", " ."])
        out_lines.append(line)
    return "\n".join(out_lines)


def hyphen_wrap(lines, width, r):
    out = []
    for line in lines:
        if len(line) > width and not line.startswith(("|", "-")) and "  " not in line:
            words = line.split(" ")
            cur = ""
            for w in words:
                if len(cur) + len(w) + 1 > width:
                    if len(w) > 7 and r.random() < 0.6:
                        cut = len(w) // 2
                        out.append(cur + " " + w[:cut] + "-")
                        cur = w[cut:]
                    else:
                        out.append(cur)
                        cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            out.append(cur)
        else:
            out.append(line)
    return out


# ---------------------------------------------------------------- truth
def truth_fields(pos, lang, fmt):
    side = pos["cur"] if fmt["decision_kind"] == "rejected" else pos["prop"]
    if fmt.get("nodate") and fmt["decision_kind"] != "rejected":
        eff = None
    else:
        eff = side["eff"]
    title = side["title_fr"] if lang == "fr" else side["title"]
    reps = []
    for x, cx in zip(pos["prop"]["reps"], pos["cur"]["reps"] + [None] * 9):
        if fmt["decision_kind"] == "rejected":
            if cx is None:
                continue
            src = cx
        else:
            if x.get("mark") in ("abolished", "moved"):
                continue
            src = x
        reps.append({"title": src["tf"] if lang == "fr" else src["t"], "classification": src["c"],
                     "fte": src["f"] if fmt["rep_fte"] else None})
    f = {
        "title": title,
        "classification": side["cls"],
        "job_code": side["job"] if fmt["job"] else None,
        "position_number": side["pn"],
        "effective_date": eff,
        "supervisor": {"position_number": side["sup"]["pn"] if fmt["sup_pn"] else None,
                       "title": side["sup"]["title_fr" if lang == "fr" else "title"],
                       "classification": side["sup"]["cls"]},
        "direct_reports": reps,
        "salary": side["sal"],
        "o_and_m": side["om"],
        "total": side["sal"] + side["om"] if fmt["total"] else None,
        "location": side["loc"][1 if lang == "fr" else 0],
    }
    ns = []
    for k in ("job_code", "position_number", "effective_date", "total"):
        if f[k] is None:
            ns.append(k)
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if not fmt["rep_fte"]:
        ns.append("direct_reports.fte")
    also = {"department": pos["dept"][0], "request_type": pos["rtype"], "form": fmt["form"],
            "decision": fmt["decision_kind"],
            "current_classification": pos["cur"]["cls"],
            "proposed_classification": pos["prop"]["cls"]}
    if lang == "bi":
        also["title_fr"] = side["title_fr"]
    if lang == "fr":
        also["title_en"] = side["title"]
    if fmt["fte"]:
        also["fte"] = side["fte"] if fmt["decision_kind"] != "rejected" else pos["cur"]["fte"]
    if fmt["decision_kind"] == "rejected":
        also["notes"] = ("The request was not approved: the truth is the CURRENT column's values (current "
                         "classification, title, dimensions, supervisor and structure), not the proposed ones.")
    else:
        also["notes"] = ("The truth is the PROPOSED column's values; where the proposed cell says no change "
                         "(No change, —, same, Aucun changement, idem, Inchangé) the current value holds. "
                         "Reports marked abolished or moved are not in the proposed structure; new ones are.")
    if pos["prop"]["pn"] is None and fmt["decision_kind"] != "rejected":
        also["position_number_printed"] = "To be assigned / À déterminer"
        also["current_position_number"] = pos["cur"]["pn"]
    if fmt.get("nodate") and fmt["decision_kind"] != "rejected":
        also["effective_date_printed"] = "Upon approval / Dès l’approbation"
    if "damage" in fmt:
        also["damage"] = fmt["damage"]
    also["notations"] = {"classification": fmt["cls"], "date": fmt["date"], "amount": fmt["money"]}
    return f, ns, also


def dump_truth(name, kind, lang, outcome, fields, ns, also, people, versions):
    doc = {"document": name, "kind": kind, "language": lang, "outcome": outcome, "fields": fields,
           "not_stated": ns, "also": also, "people": people, "versions": versions}
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)


# ---------------------------------------------------------------- plan
def plan():
    r = random.Random(2121)
    kinds = ["docx"] * 13 + ["pdf"] * 10 + ["ocr"] * 9 + ["markdown"] * 6 + ["text"] * 4 + ["text-cp1252"] * 3
    langs = ["en"] * 24 + ["fr"] * 11 + ["bi"] * 10
    r.shuffle(kinds)
    r.shuffle(langs)
    rtypes = (["reclass"] * 17 + ["realign"] * 14 + ["update"] * 14)
    r.shuffle(rtypes)
    return kinds, langs, rtypes


def file_name(pos, kind, lang, j, r, fmt):
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt"}[kind]
    title = pos["prop"]["title_fr"] if lang == "fr" else pos["prop"]["title"]
    short = title.split(", ", 1)[1]
    code = pos["prop"]["pn"] or pos["cur"]["pn"]
    rt = pos["rtype"]
    if lang == "fr":
        opts = [f"Demande {'reclassification' if rt == 'reclass' else 'réalignement' if rt == 'realign' else 'mise à jour'} - {short}",
                f"DT actuelle vs proposée - {title}", f"{pos['dept'][3]} {code} - {short} (actuel-proposé)",
                f"Tableau comparatif, {short}"]
    else:
        opts = [f"{'Reclass' if rt == 'reclass' else 'Realignment' if rt == 'realign' else 'WD update'} request - {short}",
                f"{title} - current vs proposed", f"{pos['dept'][2]} {code} {short} ({'reclass' if rt == 'reclass' else 'realign' if rt == 'realign' else 'update'})",
                f"Position change, {short}", f"{short} - before and after"]
    base = r.choice(opts)
    if kind == "ocr":
        base = r.choice([f"scan_{code}", f"SCAN0{r.randint(100, 999)} {short}", f"{base} (scanned)"])
    extra = r.choice(["", "", "", " (1)", " - signed", " FINAL", " v2"])
    if fmt["decision_kind"] == "rejected" and r.random() < 0.5:
        extra = " - not approved" if lang != "fr" else " - refusée"
    return base + extra + ext


def write_doc(name, kind, blocks, fmt, pos, lang):
    r = fmt["rng"]
    path = CORPUS / name
    if kind == "docx":
        path.write_bytes(render_docx(blocks, fmt))
    elif kind == "markdown":
        path.write_text(render_md(blocks, fmt), encoding="utf-8", newline="\n")
    elif kind in ("text", "text-cp1252"):
        if kind == "text-cp1252":
            # strike-through is not in cp1252
            blocks = [("kv", b[1], f"{b[2]} -> {b[3]}") if b[0] == "strike" else b for b in blocks]
        lines = to_lines(blocks, fmt)
        text = "\n".join(lines).strip() + "\n"
        if kind == "text-cp1252":
            text = text.replace("'", "’").replace("→", "->")
            path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
        else:
            path.write_text(text, encoding="utf-8", newline="\n")
    elif kind == "pdf":
        lines = [x.replace("→", "->") for x in to_lines(blocks, fmt)]
        head = f"{pos['dept'][2 if lang != 'fr' else 3]} – {REQ_NAMES[pos['rtype']][lang]}"
        foot = "Page {n} of {m}" if lang != "fr" else "Page {n} de {m}"
        path.write_bytes(pdf_bytes(paginate(lines, 58, head, foot)))
    elif kind == "ocr":
        fmt["hyphen"] = r.choice([64, 70, 76])
        lines = to_lines(blocks, fmt)
        head = f"{pos['dept'][2 if lang != 'fr' else 3]} - FORM HR-214 (2019-06)"
        foot = "Page {n} of {m}" if lang != "fr" else "Page {n} de {m}"
        pages = paginate(lines, 44, head, foot)
        text = "\n\f".join(ocr_damage(pg, fmt["damage"], r) for pg in pages)
        path.write_text(text + "\n", encoding="utf-8", newline="\n")


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir()
    EXPECTED.mkdir()
    kinds, langs, rtypes = plan()
    rejected = {3, 17, 29, 40}
    nodate = {8, 33}
    # versions: (older j, newer j) of the same position
    version_pairs = {11: 12, 25: 26}
    names = {}
    truths = {}
    positions = {}
    for j in range(45):
        older = {v: k for k, v in version_pairs.items()}
        i = older.get(j, j)
        if j in older:
            pos = positions[older[j]]
        else:
            pos = make_position(i, rtypes[j], langs[j])
            positions[j] = pos
        kind = kinds[j]
        lang = langs[older[j]] if j in older else langs[j]
        r = random.Random(212500 + j)
        style_opts = ["table", "table", "table", "fromto", "paired"]
        if kind in ("markdown", "docx", "text"):
            style_opts.append("strike")
        if kind == "ocr":
            style_opts = ["table", "table", "fromto", "paired"]
        fmt = {"rng": r, "style": r.choice(style_opts), "header": r.choice(HEADERS[lang]),
               "labelset": r.randrange(2), "cls": r.choice(["EX-01", "EX-01", "EX-1", "EX 01"]),
               "date": r.choice(["long", "dmy", "iso", "slash"]), "money": r.choice(["full", "full", "M", "K"]),
               "job": r.random() < 0.82, "sup_pn": r.random() < 0.6, "total": r.random() < 0.75,
               "fte": r.random() < 0.5, "rep_fte": r.random() < 0.82, "nochange_p": r.choice([0.5, 0.8, 1.0]),
               "reports": r.choice(["two_lists", "marked", "table"]), "show_gone": r.random() < 0.5,
               "pipes": kind in ("text", "ocr") and r.random() < 0.3, "kv_table": r.random() < 0.4,
               "caps": kind == "ocr" or r.random() < 0.3, "width": r.choice([80, 90, 100])}
        if lang == "fr" and fmt["money"] == "K":
            fmt["money"] = "full"
        if kind == "text-cp1252" and fmt["style"] == "strike":
            fmt["style"] = "table"
        if j in rejected:
            fmt["decision_kind"] = "rejected"
            dec = DECISIONS["rejected"][lang]
            fmt["decision"] = dec[r.randrange(len(dec))]
        else:
            fmt["decision_kind"] = "approved" if r.random() < 0.4 else "pending"
            fmt["decision"] = DECISIONS["approved"][lang] if fmt["decision_kind"] == "approved" else None
        if kind == "ocr":
            fmt["damage"] = ["light", "medium", "medium", "heavy"][j % 4]
        fmt["people"] = [person(), person(), person()]
        fmt["form"] = f"{fmt['style']} fields, {fmt['reports']} reports, header {' | '.join(fmt['header'])}"
        if j in nodate:
            fmt["nodate"] = True
        # versions: the older of a pair proposes less
        if j in version_pairs:
            pos = dict(pos)
            pos["prop"] = dict(pos["prop"])
            pos["prop"]["om"] = pos["prop"]["om"] - 150000
            pos["prop"]["sal"] = pos["prop"]["sal"] - 220000
            pos["prop"]["eff"] = None
            fmt["nodate"] = True
            fmt["decision_kind"] = "pending"
            fmt["decision"] = None
        if j in older:
            fmt["decision_kind"] = "approved"
            fmt["decision"] = DECISIONS["approved"][lang]
        if nodate_applies(fmt, pos):
            pos = dict(pos)
            pos["prop"] = dict(pos["prop"])
            pos["prop"]["eff"] = None
        blocks = build_blocks(pos, lang, fmt)
        name = file_name(pos, kind, lang, j, r, fmt)
        if j in version_pairs:
            stem, ext = name.rsplit(".", 1)
            for x in (" v2", " FINAL", " - signed", " (1)", " - not approved", " - refusée"):
                stem = stem.replace(x, "")
            name = "DRAFT " + stem + "." + ext
        while name in names.values():
            name = name.rsplit(".", 1)[0] + " (2)." + name.rsplit(".", 1)[1]
        names[j] = name
        write_doc(name, kind, blocks, fmt, pos, lang)
        f, ns, also = truth_fields(pos, lang, fmt)
        versions = None
        truths[j] = [name, kind, lang, f, ns, also, fmt["people"], versions]
    for a, b in version_pairs.items():
        v = {"documents": [names[a], names[b]], "newest": names[b], "same_text": False,
             "note": "the draft (no decision, effective date 'Upon approval') proposed salary $220,000 and O&M "
                     "$150,000 lower; the newer copy carries the approved decision and the effective date"}
        truths[a][7] = v
        truths[b][7] = v
    for j, (name, kind, lang, f, ns, also, people, versions) in truths.items():
        (EXPECTED / (name + ".expected.yaml")).write_text(
            dump_truth(name, kind, "bilingual" if lang == "bi" else lang, "import", f, ns, also, people, versions),
            encoding="utf-8", newline="\n")
    refusals()


def nodate_applies(fmt, pos):
    return fmt.get("nodate") and fmt["decision_kind"] != "rejected"


def refusals():
    r = random.Random(2127)
    items = []
    # 1. request form with only the request's metadata (docx)
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.author = ""
    d.add_heading("Classification Action Request – Cover Sheet", 0)
    a, b, c = person(), person(), person()
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Request No.", "CL-2024-318"), ("Type of action", "Reclassification (upward)"),
                 ("Requesting branch", "Operations Branch"), ("Date received", "2024-02-12"),
                 ("Requested by", a), ("Assigned advisor", b), ("Priority", "Normal"),
                 ("Attachments", "Current work description; proposed work description; organization charts"),
                 ("Status", "Awaiting committee"), ("Committee date", "2024-04-09")]:
        cc = t.add_row().cells
        cc[0].text, cc[1].text = k, v
    d.add_paragraph("The current and proposed work descriptions are filed separately in the classification file. "
                    "This cover sheet records the request only.")
    d.add_paragraph(f"Contact: {c}")
    raw = io.BytesIO()
    d.save(raw)
    items.append(("Classification request cover sheet CL-2024-318.docx", rezip(raw.getvalue()), "docx", "en",
                  {"why": "request metadata only: no title, classification or dimensions of a position",
                   "document_type": "request cover sheet"}, [a, b, c]))
    # 2. relativity comparison of two different positions (pdf)
    p1, p2 = person(), person()
    lines = ["Relativity Study – Executive Positions", "Prepared for the Classification Review Committee", "",
             "Purpose: to compare the proposed position with two benchmark positions of other branches.",
             "The positions compared are different positions; neither column is a proposal.", "",
             "Element                  Position A (benchmark)                 Position B (benchmark)",
             "-" * 90,
             "Title                    Director, Grants and Contributions     Director, Program Integrity",
             "Classification           EX-01                                  EX-01",
             "Position Number          31877                                  58204",
             "Reports to               Director General, Program Delivery     Director General, Compliance",
             "Salary                   $2,140,000                             $1,880,000",
             "O&M                      $410,000                               $295,000",
             "FTEs                     24                                     19",
             "Location                 Ottawa, Ontario                        Gatineau, Quebec", "",
             "Observations: Position A manages a larger contribution envelope; Position B carries higher",
             "regulatory risk. Both are used as relativity points for the request CL-2024-318.", "",
             f"Prepared by: {p1}          Reviewed by: {p2}"]
    items.append(("Relativity study - two EX-01 benchmarks.pdf", pdf_bytes(["\n".join(lines)]), "pdf", "en",
                  {"why": "compares two different benchmark positions for a relativity study; not one position's "
                          "description", "document_type": "relativity study"}, [p1, p2]))
    # 3. blank template (docx)
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.author = ""
    d.add_heading("Work Description Change Request / Demande de modification de la description de travail", 0)
    d.add_paragraph("Complete both columns. Write 'No change' where the proposed value equals the current one. / "
                    "Remplir les deux colonnes. Inscrire « Aucun changement » si la valeur proposée est identique.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for k, h in enumerate(["Field / Élément", "Current / Actuel", "Proposed / Proposé"]):
        t.rows[0].cells[k].text = h
    for lab in ["Position Title / Titre du poste", "Classification", "Job Code / Code d’emploi",
                "Position Number / Numéro du poste", "Effective Date / Date d’entrée en vigueur",
                "Supervisor / Supérieur", "Location / Lieu", "Salary / Salaires", "O&M / F et E", "Total"]:
        cc = t.add_row().cells
        cc[0].text = lab
    d.add_paragraph("Direct reports / Subordonnés directs: (list current and proposed structures)")
    d.add_paragraph("Justification:")
    d.add_paragraph("Decision / Décision:   ☐ Approved / Approuvée   ☐ Not approved / Non approuvée")
    raw = io.BytesIO()
    d.save(raw)
    items.append(("TEMPLATE - WD change request (current-proposed) bilingual.docx", rezip(raw.getvalue()), "docx",
                  "bilingual", {"why": "blank template: labels and empty columns, no values",
                                "document_type": "blank template"}, []))
    # 4. decision letter (cp1252 text)
    p3, p4 = person(), person()
    letter = (f"Ottawa, le 14 mars 2024\r\n\r\nObjet : Demande de reclassification CL-2023-207\r\n\r\n"
              f"Madame, Monsieur,\r\n\r\nNous vous informons que le comité d’examen de la classification a étudié "
              f"la demande visant le poste 47219. Le comité n’a pas appuyé la reclassification proposée (EX-02) ; "
              f"le poste demeure classifié EX-01.\r\n\r\nLa description de travail actuelle demeure en vigueur. "
              f"Vous pouvez présenter une nouvelle demande lorsque les responsabilités du poste auront changé.\r\n\r\n"
              f"Veuillez agréer l’expression de nos sentiments distingués.\r\n\r\n{p3}\r\n"
              f"Directrice, Classification et organisation\r\n\r\nc.c. {p4}\r\n")
    items.append(("Lettre de décision - demande CL-2023-207.txt", letter.encode("cp1252"), "text-cp1252", "fr",
                  {"why": "a decision letter about a request, not a work description",
                   "document_type": "letter"}, [p3, p4]))
    # 5. scan of a request without a text layer
    items.append(("SCAN0417 reclass request - signed.pdf", pdf_bytes(["", "", ""]), "pdf", "en",
                  {"why": "three scanned pages with no text layer: unreadable",
                   "document_type": "scan without OCR"}, []))
    for name, data, kind, lang, also, people in items:
        (CORPUS / name).write_bytes(data)
        (EXPECTED / (name + ".expected.yaml")).write_text(
            dump_truth(name, kind, lang, "refuse", None, [], also, people, None), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
