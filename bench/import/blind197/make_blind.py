"""Generate blind corpus 197 (regional and northern positions): corpus/ and expected/, same bytes every run.

Run from the repository root: python bench/import/blind197/make_blind.py
"""
import datetime as dt
import io
import os
import random
import shutil
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(1970)
    used_pos, used_job = set(), set()
    P = []
    for i, (kind, dept, ten, tfr, place, parent, reg_en, reg_fr) in enumerate(T.POSITIONS):
        while True:
            pn = str(rng.randint(10000, 99999)) if rng.random() < 0.8 else str(rng.randint(100000, 999999))
            if pn not in used_pos:
                used_pos.add(pn)
                break
        while True:
            jc = str(rng.randint(100100, 109999))
            if jc not in used_job:
                used_job.add(jc)
                break
        P.append(dict(i=i, kind=kind, dept=dept, title=ten, title_fr=tfr, place=place, parent=parent,
                      region=reg_en, region_fr=reg_fr, pos=pn, job=jc,
                      cls={"DG": "EX-03", "ED": "EX-02", "DIR": "EX-01"}[kind]))
    P[27]["pos"] = "04512"  # a leading zero
    for p in P:
        r = random.Random(197000 + p["i"])
        p["pos_stated"] = r.random() > 0.12
        p["job_stated"] = r.random() > 0.15
        if r.random() < 0.15:
            p["eff"] = None
        else:
            p["eff"] = dt.date(r.randint(2018, 2024), r.choice([1, 4, 4, 4, 6, 9, 10, 11]), r.choice([1, 1, 1, 3, 15, 18, 22, 30]))
            if p["eff"].month == 2 and p["eff"].day > 28:
                p["eff"] = p["eff"].replace(day=28)
        p["sup_pos_stated"] = r.random() > 0.35
        p["total_stated"] = r.random() > 0.3
        names = set()
        def nm():
            while True:
                n = f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
                if n not in names:
                    names.add(n)
                    return n
        p["approver"] = nm()
        p["classifier"] = nm() if r.random() < 0.6 else None
        p["incumbent"] = nm() if r.random() < 0.35 else None
        p["rfte"] = r.randint(180, 2400)
        p["rbud"] = r.randint(40, 420)
    # direct reports
    for p in P:
        r = random.Random(197300 + p["i"])
        kids = [q for q in P if q["parent"] == p["i"]]
        reps = []
        if p["kind"] == "DIR":
            mans = r.sample(T.MANAGERS[:-1], r.randint(2, 5))
            for en, fr, cl in mans:
                reps.append(dict(title=en, title_fr=fr, classification=r.choice(cl), fte=r.randint(3, 28)))
            if r.random() < 0.4:
                en, fr, cl = T.MANAGERS[-1]
                reps.append(dict(title=en, title_fr=fr, classification=r.choice(cl), fte=None))
            for d in reps:
                if r.random() < 0.1:
                    d["classification"] = None
            p["reports"] = reps
    for p in P:  # EDs then DGs (their reports' FTEs known once directors done)
        if p["kind"] == "ED":
            _corp_reports(p, P)
    for p in P:
        if p["kind"] == "DG":
            _corp_reports(p, P)
    for p in P:
        r = random.Random(197600 + p["i"])
        p["fte"] = sum(d["fte"] or 1 for d in p["reports"]) + 1
        p["salary"] = round(p["fte"] * r.randint(78, 98) * 1000, -3)
        p["om"] = r.randint(40, 900) * 1000 if p["kind"] == "DIR" else r.randint(300, 4000) * 1000
        p["total"] = p["salary"] + p["om"]
    return P


def _corp_reports(p, P):
    r = random.Random(197300 + p["i"])
    reps = []
    for q in P:
        if q["parent"] == p["i"]:
            reps.append(dict(title=q["title"], title_fr=q["title_fr"], classification=q["cls"], fte=None, corp=q["i"]))
    reps.append(dict(title="Manager, Regional Business Services", title_fr="Gestionnaire, Services administratifs régionaux",
                     classification=r.choice(["AS-07", "FI-04", "PM-06"]), fte=r.randint(4, 14)))
    if r.random() < 0.5:
        reps.append(dict(title="Executive Assistant", title_fr="Adjoint exécutif", classification="AS-03", fte=None))
    p["reports"] = reps


def fill_corp_fte(P):
    for kind in ("ED", "DG"):
        for p in P:
            if p["kind"] == kind:
                for d in p["reports"]:
                    if "corp" in d:
                        d["fte"] = P[d["corp"]]["fte"]
                p["fte"] = sum(d["fte"] or 1 for d in p["reports"]) + 1
                r = random.Random(197600 + p["i"])
                p["salary"] = round(p["fte"] * r.randint(78, 98) * 1000, -3)
                p["om"] = r.randint(300, 4000) * 1000
                p["total"] = p["salary"] + p["om"]


# ---------------------------------------------------------------- notations
def fmt_date(d, lang, r):
    if lang == "fr":
        c = r.randrange(4)
        if c == 0:
            return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", "1er avril 2021"
        if c == 1:
            return f"{d.day:02d}/{d.month:02d}/{d.year}", "dd/mm/yyyy"
        if c == 2:
            return d.isoformat(), "iso"
        return f"le {d.day} {MONTHS_FR[d.month - 1]} {d.year}", "le 1 avril 2021"
    c = r.randrange(5)
    if c == 0:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", "April 1, 2021"
    if c == 1:
        return d.isoformat(), "iso"
    if c == 2:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", "1 April 2021"
    if c == 3:
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}", "01-Apr-2021"
    return f"{d.year}/{d.month:02d}/{d.day:02d}", "yyyy/mm/dd"


def fmt_money(v, lang, r):
    if lang == "fr":
        c = r.randrange(3)
        if c == 0:
            return f"{v:,}".replace(",", NBSP) + NBSP + "$", "2 345 000 $"
        if c == 1:
            m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{m} M$", "2,345 M$"
        return f"{v // 1000:,}".replace(",", " ") + " k$", "2 345 k$"
    c = r.randrange(4)
    if c == 0:
        return f"${v:,}", "$2,345,000"
    if c == 1:
        m = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${m}M", "$2.345M"
    if c == 2:
        return f"${v // 1000:,}K", "$2,345K"
    return f"${v:,}.00", "$2,345,000.00"


def fmt_cls(c, r, style):
    if c is None:
        return None
    if style == 1:
        return c.replace("-", " ", 1) if c.count("-") == 1 else c
    return c


def loc_text(p, lang, r):
    key = p["place"]
    if key in T.MULTI:
        en, fr = T.MULTI[key]
        return {"en": en, "fr": fr, "bilingual": f"{en} / {fr}"}[lang], (fr if lang == "fr" else en), "several", {}
    en, fr, addr, city = T.PLACES[key]
    c = r.randrange(3)
    if lang == "bilingual":
        if key == "quebec":
            return "Québec City / Ville de Québec", "Québec City", "bilingual", {"location_fr": "Ville de Québec"}
        return f"{en} / {fr}", en, "bilingual", {"location_fr": fr}
    if c == 0:
        return addr, city, "address", {"address": addr}
    return (fr if lang == "fr" else en), (fr if lang == "fr" else en), "plain", {}


# ---------------------------------------------------------------- labels
LAB = {
    "en_a": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number", eff="Effective Date",
                 loc="Location", dept="Department", branch="Region", stitle="Supervisor's Position Title",
                 scls="Supervisor's Classification", spos="Supervisor's Position No."),
    "en_b": dict(title="TITLE", cls="GROUP/LEVEL", job="JOB CODE", pos="POSITION NUMBER", eff="EFFECTIVE DATE",
                 loc="WORK LOCATION", dept="DEPARTMENT", branch="SECTOR/REGION", sup="REPORTS TO"),
    "en_c": dict(title="Position title", cls="Group and level", job="Generic / job code", pos="Position #",
                 eff="Date effective", loc="Geographic location (address)", dept="Organization", branch="Region",
                 stitle="Reports to (title)", scls="Reports to (group/level)", spos="Reports to (position #)"),
    "fr_a": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro de poste",
                 eff="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère", branch="Région",
                 stitle="Titre du poste du superviseur", scls="Classification du superviseur",
                 spos="Numéro de poste du superviseur"),
    "fr_b": dict(title="TITRE", cls="GROUPE ET NIVEAU", job="CODE DU POSTE", pos="NO DU POSTE",
                 eff="DATE D'ENTRÉE EN VIGUEUR", loc="LIEU", dept="MINISTÈRE", branch="SECTEUR/RÉGION", sup="RELÈVE DE"),
    "bi": dict(title="Position Title / Titre du poste", cls="Classification", job="Job Code / Code d'emploi",
               pos="Position Number / Numéro de poste", eff="Effective Date / Date d'entrée en vigueur",
               loc="Location / Lieu de travail", dept="Department / Ministère", branch="Region / Région",
               stitle="Supervisor's Title / Titre du superviseur", scls="Supervisor's Group and Level / Groupe et niveau du superviseur",
               spos="Supervisor's Position No. / No de poste du superviseur"),
}
SEC = {
    "en": dict(ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE", dim="DIMENSIONS",
               sa="SPECIFIC ACCOUNTABILITIES", sig="SIGNATURES", head="EXECUTIVE WORK DESCRIPTION"),
    "fr": dict(ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE ORGANISATIONNELLE", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS",
               sa="ACTIVITÉS PRINCIPALES", sig="SIGNATURES", head="DESCRIPTION DE TRAVAIL DE CADRE"),
}
SEC["bilingual"] = {k: f"{SEC['en'][k]} / {SEC['fr'][k]}" for k in SEC["en"]}


def unit_of(p, lang):
    t = p["title_fr"] if lang == "fr" else p["title"]
    return t.split(", ", 1)[1] if ", " in t else t


# ---------------------------------------------------------------- the document model
ADM = {  # the DGs' supervisors, not in the corpus
    "DFO": dict(title="Assistant Deputy Minister, Quebec and Arctic Regions", title_fr="Sous-ministre adjoint, Régions du Québec et de l'Arctique", cls="EX-04", pos="30117"),
    "CIRNAC": dict(title="Assistant Deputy Minister, Northern Affairs", title_fr="Sous-ministre adjoint, Affaires du Nord", cls="EX-05", pos="20456"),
    "SC": dict(title="Assistant Deputy Minister, Prairies and Northern Region", title_fr="Sous-ministre adjoint, Région des Prairies et du Nord", cls="EX-04", pos="71809"),
    "PSPC": dict(title="Assistant Deputy Minister, Real Property Services", title_fr="Sous-ministre adjointe, Services immobiliers", cls="EX-05", pos="55023"),
}


def blocks_for(p, P, lang, form, r, kind):
    """Blocks: ('h', text) ('kv', label, value) ('p', text) ('bul', [..]) ('num', [..]) ('table', head, rows)."""
    B, also = [], {}
    sup = P[p["parent"]] if p["parent"] is not None else ADM[p["dept"]]
    second = r.random() < 0.3
    if second:
        also["writer"] = "second-language writer (" + ("francophone writing English" if lang == "en" else "anglophone writing French") + ")"
    mixed = None
    if lang in ("en", "fr") and r.random() < 0.25:
        mixed = "fr-labels" if lang == "en" else "en-labels"
        also["form"] = ("French labels, English values" if lang == "en" else "English labels, French values")
    if lang == "bilingual":
        L = LAB["bi"]
    elif (lang == "en") != (mixed is not None):
        L = LAB[form.replace("fr_", "en_")] if form.startswith("fr_") else LAB[form]
    else:
        L = LAB[{"en_a": "fr_a", "en_b": "fr_b", "en_c": "fr_a"}.get(form, form)]
    vlang = "fr" if lang == "fr" else "en"
    S = SEC["bilingual" if lang == "bilingual" else ("fr" if (lang == "fr") != (mixed is not None) else "en")]
    cstyle = 1 if r.random() < 0.15 else 0
    if cstyle:
        also["classification_notation"] = "EX 01"
    title = p["title_fr"] if lang == "fr" else p["title"]
    if lang == "bilingual":
        title_v = f"{p['title']} / {p['title_fr']}"
    else:
        title_v = title
    truth = dict(title=title)
    if lang != "en":
        also["title_fr"] = p["title_fr"]
    if lang == "fr":
        also["title_en"] = p["title"]
    B.append(("h", S["head"]))
    B.append(("kv", L["dept"], T.DEPTS[p["dept"]][1 if vlang == "fr" else 0] if lang != "bilingual" else " / ".join(T.DEPTS[p["dept"]])))
    also["department"] = T.DEPTS[p["dept"]][0]
    B.append(("kv", L["branch"], p["region_fr"] if vlang == "fr" else (p["region"] if lang != "bilingual" else f"{p['region']} / {p['region_fr']}")))
    B.append(("kv", L["title"], title_v))
    B.append(("kv", L["cls"], fmt_cls(p["cls"], r, cstyle)))
    truth["classification"] = p["cls"]
    if p["job_stated"]:
        B.append(("kv", L["job"], p["job"]))
        truth["job_code"] = p["job"]
    else:
        truth["job_code"] = None
    if p["pos_stated"]:
        B.append(("kv", L["pos"], p["pos"]))
        truth["position_number"] = p["pos"]
    else:
        v = r.choice(["NEW", "TBD", "", "À déterminer" if vlang == "fr" else "To be determined"])
        B.append(("kv", L["pos"], v))
        truth["position_number"] = None
        also["position_number_printed"] = v
    if p["eff"]:
        dv, dn = fmt_date(p["eff"], vlang, r)
        if second and vlang == "en" and p["eff"].day > 12:
            dv, dn = f"{p['eff'].day:02d}/{p['eff'].month:02d}/{p['eff'].year}", "dd/mm/yyyy (francophone writer)"
        B.append(("kv", L["eff"], dv))
        also["date_notation"] = dn
        truth["effective_date"] = p["eff"]
    else:
        B.append(("kv", L["eff"], ""))
        truth["effective_date"] = None
    lv, ltruth, lform, lalso = loc_text(p, "bilingual" if lang == "bilingual" else vlang, r)
    B.append(("kv", L["loc"], lv))
    truth["location"] = ltruth
    also["location_form"] = lform
    also.update(lalso)
    # supervisor
    if sup is not None:
        stitle = sup["title_fr"] if vlang == "fr" else sup["title"]
        if lang == "bilingual":
            stitle_v = f"{sup['title']} / {sup['title_fr']}"
        else:
            stitle_v = stitle
        supt = dict(position_number=sup["pos"] if p["sup_pos_stated"] else None, title=stitle, classification=sup["cls"])
        if p["parent"] is not None:
            also["reports_to_in_corpus"] = None  # filled later
        else:
            also["supervisor_in_corpus"] = False
        if "sup" in L:
            s = f"{stitle_v} ({fmt_cls(sup['cls'], r, cstyle)})"
            if p["sup_pos_stated"]:
                s += (f", poste no {sup['pos']}" if vlang == "fr" and not mixed else f", Position No. {sup['pos']}")
            B.append(("kv", L["sup"], s))
            also["supervisor_layout"] = "one line"
        else:
            B.append(("kv", L["stitle"], stitle_v))
            B.append(("kv", L["scls"], fmt_cls(sup["cls"], r, cstyle)))
            B.append(("kv", L["spos"], sup["pos"] if p["sup_pos_stated"] else ""))
            also["supervisor_layout"] = "three fields"
    else:
        supt = None
    truth["supervisor"] = supt
    # prose
    plang = ["en", "fr"] if lang == "bilingual" else [vlang]
    for pl in plang:
        SS = SEC[pl] if lang == "bilingual" else S
        ga = (GA := (T.GA_FR2 if second else T.GA_FR) if pl == "fr" else (T.GA_EN2 if second else T.GA_EN))[p["kind"]]
        B.append(("h", SS["ga"]))
        B.append(("p", ga.format(region=p["region_fr"] if pl == "fr" else p["region"], unit=unit_of(p, pl))))
    # organization structure / direct reports
    reps = p["reports"]
    B.append(("h", S["org"]))
    for pl in plang:
        if sup is not None:
            st = sup["title_fr"] if pl == "fr" else sup["title"]
            me = p["title_fr"] if pl == "fr" else p["title"]
            B.append(("p", (f"Le titulaire du poste de {me} relève du {st}." if pl == "fr" else
                             f"The {me} reports to the {st}.")))
    fteword = "ETP" if vlang == "fr" else "FTEs"
    dl = r.choice(["paren", "dash", "table", "table", "paren"] + (["prose"] if len(reps) <= 4 else []))
    if kind in ("ocr", "ocr-columns") and dl == "table":
        dl = "paren"
    also["direct_reports_layout"] = dl
    def rt(d):
        return d["title_fr"] if vlang == "fr" else d["title"]
    def rc(d):
        return fmt_cls(d["classification"], r, cstyle)
    intro = ("Relèvent directement du titulaire :" if vlang == "fr" else "The following positions report directly to the incumbent:")
    if dl == "paren":
        items = []
        for d in reps:
            bits = [x for x in (rc(d), f"{d['fte']} {fteword}" if d["fte"] is not None else None) if x]
            items.append(rt(d) + (f" ({', '.join(bits)})" if bits else ""))
        B.append(("p", intro)); B.append(("bul", items))
    elif dl == "dash":
        items = [" – ".join(x for x in (rt(d), rc(d) or "", (f"{d['fte']} {fteword}" if d["fte"] is not None else "")) if x) for d in reps]
        B.append(("p", intro)); B.append(("bul", items))
    elif dl == "table":
        head = ["Poste", "Groupe et niveau", "ETP"] if vlang == "fr" else ["Position", "Group/Level", "FTEs"]
        B.append(("table", head, [[rt(d), rc(d) or "", "" if d["fte"] is None else str(d["fte"])] for d in reps]))
    else:
        parts = []
        for d in reps:
            bits = [x for x in (rc(d), f"{d['fte']} {fteword}" if d["fte"] is not None else None) if x]
            parts.append(("le " if vlang == "fr" else "the ") + rt(d) + (f" ({'; '.join(bits)})" if bits else ""))
        joined = ", ".join(parts[:-1]) + (" et " if vlang == "fr" else ", and ") + parts[-1]
        B.append(("p", (f"Le titulaire a {len(reps)} subordonnés directs : {joined}." if vlang == "fr" else
                        f"Reporting to the incumbent are {joined}.")))
    truth["direct_reports"] = [dict(title=rt(d), classification=d["classification"], fte=d["fte"]) for d in reps]
    also["fte"] = p["fte"]
    # nature and scope (the region's figures: not this position's)
    for pl in plang:
        B.append(("h", SEC[pl]["ns"] if lang == "bilingual" else S["ns"]))
        if pl == "fr":
            B.append(("p", T.NS_FR.format(region=p["region_fr"], rfte_fr=f"{p['rfte']:,}".replace(",", " "), rbud=p["rbud"])))
        else:
            B.append(("p", T.NS_EN.format(region=p["region"], rfte=p["rfte"], rbud=p["rbud"])))
    also["region_figures_not_this_position"] = f"{p['rfte']} FTEs, ${p['rbud']}M"
    # dimensions
    B.append(("h", S["dim"]))
    mlang = "fr" if vlang == "fr" and mixed is None else ("fr" if (lang == "en" and mixed) else "en")
    if lang == "en" and mixed:
        mlang = "en"
    sal, an = fmt_money(p["salary"], vlang, r)
    om, _ = fmt_money(p["om"], vlang, r)
    tot, _ = fmt_money(p["total"], vlang, r)
    also["amount_notation"] = an
    DL = {"en": ("Salary", "O&M", "Total", "FTEs"), "fr": ("Salaires", "F et E", "Total", "ETP"),
          "bi": ("Salary / Salaires", "O&M / F et E", "Total", "FTEs / ETP")}
    dlab = DL["bi"] if lang == "bilingual" else DL["fr" if (S is SEC["fr"]) else "en"]
    if r.random() < 0.2 and not (lang == "bilingual"):
        if vlang == "fr":
            B.append(("p", f"Le titulaire gère un budget salarial de {sal} et un budget de fonctionnement et d'entretien de {om}, pour un effectif de {p['fte']} ETP."))
        else:
            B.append(("p", f"The incumbent manages a salary budget of {sal} and an O&M budget of {om}, with {p['fte']} FTEs."))
        truth_total = None
        also["dimensions_layout"] = "prose"
    else:
        B.append(("kv", dlab[3], str(p["fte"])))
        B.append(("kv", dlab[0], sal))
        B.append(("kv", dlab[1], om))
        if p["total_stated"]:
            B.append(("kv", dlab[2], tot))
            truth_total = p["total"]
        else:
            truth_total = None
    truth["salary"] = p["salary"]
    truth["o_and_m"] = p["om"]
    truth["total"] = truth_total
    # specific accountabilities
    for pl in plang:
        B.append(("h", SEC[pl]["sa"] if lang == "bilingual" else S["sa"]))
        src = (T.SA_FR if pl == "fr" else (T.SA_EN2 if second else T.SA_EN))
        B.append(("num", [s.format(unit=unit_of(p, pl)) for s in src]))
    # signatures
    B.append(("h", S["sig"]))
    people = [p["approver"]]
    ap = "Approuvé par" if S is SEC["fr"] else ("Approved by / Approuvé par" if lang == "bilingual" else "Approved by")
    B.append(("kv", ap, f"{p['approver']}, {sup['title_fr'] if (sup and vlang == 'fr') else (sup['title'] if sup else 'Assistant Deputy Minister')}"))
    if p["classifier"]:
        people.append(p["classifier"])
        cd, _ = fmt_date(dt.date(2023, 3, 14), vlang, random.Random(p["i"]))
        B.append(("kv", "Classifié par" if S is SEC["fr"] else "Classified by", f"{p['classifier']} ({cd})"))
    if p["incumbent"]:
        people.append(p["incumbent"])
        B.append(("kv", "Titulaire" if S is SEC["fr"] else "Incumbent", p["incumbent"]))
    return B, truth, also, people


# ---------------------------------------------------------------- renderers
def r_markdown(B):
    out, first, kvrun = [], True, False
    for b in B:
        if b[0] == "h":
            out.append(("# " if first else "## ") + b[1].title() if not first else "# " + b[1]); out.append(""); first = False
        elif b[0] == "kv":
            out.append(f"* **{b[1]}:** {b[2]}")
            continue
        elif b[0] == "p":
            out.append(b[1]); out.append("")
        elif b[0] == "bul":
            out += [f"- {x}" for x in b[1]]; out.append("")
        elif b[0] == "num":
            out += [f"{n}. {x}" for n, x in enumerate(b[1], 1)]; out.append("")
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |"); out.append("|" + "---|" * len(b[1]))
            out += ["| " + " | ".join(row) + " |" for row in b[2]]; out.append("")
    text = []
    for i, line in enumerate(out):  # blank line after a run of kv lines
        text.append(line)
        if line.startswith("* **") and (i + 1 < len(out) and not out[i + 1].startswith("* **")):
            text.append("")
    return "\n".join(text).rstrip() + "\n"


def r_text(B, bullet="-", width=None):
    out = []
    for b in B:
        if b[0] == "h":
            out += ["", b[1], ""]
        elif b[0] == "kv":
            out.append(f"{b[1]}: {b[2]}".rstrip())
        elif b[0] == "p":
            out += wrap(b[1], width) if width else [b[1]]
        elif b[0] == "bul":
            out += [f"{bullet} {x}" for x in b[1]]
        elif b[0] == "num":
            for n, x in enumerate(b[1], 1):
                out += wrap(f"{n}. {x}", width) if width else [f"{n}. {x}"]
        elif b[0] == "table":
            w0 = max(len(x[0]) for x in b[2] + [b[1]]) + 2
            w1 = max(len(x[1]) for x in b[2] + [b[1]]) + 2
            out.append(b[1][0].ljust(w0) + b[1][1].ljust(w1) + b[1][2])
            out += [row[0].ljust(w0) + row[1].ljust(w1) + row[2] for row in b[2]]
    return "\n".join(out).strip("\n") + "\n"


def wrap(s, width, hyphen_rng=None):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if hyphen_rng and len(w) > 7 and hyphen_rng.random() < 0.35:
                k = hyphen_rng.randint(3, len(w) - 3)
                lines.append(cur + " " + w[:k] + "-")
                cur = w[k:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("m", "rn"), ("e", "c"), ("li", "h"), ("cl", "d"), ("rn", "m"), ("t", "l"), ("i", "l")]
ACC = str.maketrans("éèêàâçôîûÉÈ", "eeeaacoiuEE")


def damage(line, p, r):
    out = []
    for ch in line:
        if ch in DIG and r.random() < p:
            out.append(DIG[ch] if ch != "1" or r.random() < 0.6 else "l")
        else:
            out.append(ch)
    s = "".join(out)
    for a, b in LET:
        if a in s and r.random() < p:
            k = s.find(a, r.randint(0, max(0, len(s) - 1)) // 2)
            if k >= 0:
                s = s[:k] + b + s[k + len(a):]
    if r.random() < p:
        s = s.translate(ACC)
    if r.random() < p * 0.8 and " " in s:
        k = [i for i, c in enumerate(s) if c == " "]
        j = r.choice(k)
        s = s[:j] + s[j + 1:]
    return s


def r_ocr(B, p, r, header, lang, columns=False):
    base = r_text(B, bullet=r.choice(["-", "•", ">"]), width=None).splitlines()
    lines = []
    for ln in base:
        lines += wrap(ln, 74, r) if ln else [""]
    if columns:  # left column: the fields; right column: the prose, read across
        left = [x for x in lines if ":" in x[:45] and len(x) < 60]
        right = [x for x in lines if x not in left]
        merged = []
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            merged.append((a + "  " + b).strip())
        lines = merged
    pages = [lines[i:i + 48] for i in range(0, len(lines), 48)]
    out = []
    for n, pg in enumerate(pages, 1):
        out.append(damage(header, p, r))
        out.append("")
        out += [damage(x, p, r) for x in pg]
        out.append("")
        foot = f"Page {n} de {len(pages)}" if lang == "fr" else f"Page {n} of {len(pages)}"
        out.append(damage(foot, p, r))
        out.append("\f")
    return "\n".join(out) + "\n"


def r_pdf(B, title):
    lines = []
    for ln in r_text(B).splitlines():
        lines += wrap(ln, 95) if ln else [""]
    chunk = 62
    pages = [lines[i:i + chunk] for i in range(0, len(lines), chunk)]
    return pdf_bytes(["\n".join(pg + ["", f"{title[:60]}    {n}/{len(pages)}"]) for n, pg in enumerate(pages, 1)])


def r_docx(B, r):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.author = "HR"
    cp.last_modified_by = "HR"
    as_table = r.random() < 0.6
    first = True
    i = 0
    while i < len(B):
        b = B[i]
        if b[0] == "kv":
            run = []
            while i < len(B) and B[i][0] == "kv":
                run.append(B[i]); i += 1
            if as_table and len(run) > 3:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for _, k, v in run:
                    c = t.add_row().cells
                    c[0].text = k; c[1].text = v or ""
                d.add_paragraph("")
            else:
                for _, k, v in run:
                    para = d.add_paragraph()
                    para.add_run(k + " : " if k[-1] != ")" else k + ": ").bold = True
                    para.add_run(v or "")
            continue
        if b[0] == "h":
            d.add_heading(b[1], level=0 if first else 1); first = False
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "bul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "num":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for row in b[2]:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
        i += 1
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    return out.getvalue()


def cp1252_text(s):
    s = s.replace("'", "\u2019").replace(" - ", " \u2013 ")
    return s.replace("\n", "\r\n").encode("cp1252", errors="replace")


# ---------------------------------------------------------------- file names
def file_name(p, lang, kind, r, ext):
    t = p["title_fr"] if lang == "fr" else p["title"]
    short = t.replace("Director", "Dir.") if r.random() < 0.2 else t
    c = r.randrange(8)
    if kind in ("ocr", "ocr-columns"):
        return r.choice([f"scan_{p['pos'] if p['pos_stated'] else p['job']}_OCR", f"{short} - scanned", f"DT {short} (OCR)",
                         f"img{p['i']:04d}"]) + ext
    names = [f"{short}", f"{short} - signed", f"WD {p['pos'] if p['pos_stated'] else 'NEW'} {short}",
             f"{short} (1)", f"EX-0{p['cls'][-1]} {short}", f"DT - {short}" if lang != "en" else f"JD - {short}",
             f"{short} FINAL", f"{short}_{p['region'].split()[0]}"]
    return names[c].replace("/", "-") + ext


# ---------------------------------------------------------------- main
def main():
    P = build_positions()
    fill_corp_fte(P)
    corpus, expected = os.path.join(HERE, "corpus"), os.path.join(HERE, "expected")
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    kinds = (["ocr"] * 7 + ["ocr-columns"] * 2 + ["markdown"] * 6 + ["text"] * 6 + ["text-cp1252"] * 6
             + ["docx"] * 9 + ["pdf"] * 7)
    random.Random(1971).shuffle(kinds)
    ext = {"ocr": ".txt", "ocr-columns": ".txt", "markdown": ".md", "text": ".txt", "text-cp1252": ".txt",
           "docx": ".docx", "pdf": ".pdf"}
    docs = []  # (p, kind, lang, extra-version-info)
    for p, kind in zip(P, kinds):
        r = random.Random(197500 + p["i"])
        quebecish = p["dept"] == "DFO"
        x = r.random()
        lang = ("fr" if x < 0.55 else "bilingual" if x < 0.75 else "en") if quebecish else \
               ("fr" if x < 0.12 else "bilingual" if x < 0.27 else "en")
        docs.append((p, kind, lang, None))
    # two versions: an older copy of position 21 (Lands and Resources, Nunavut) and a draft of 36 (Labrador)
    docs.append((P[21], "docx", "en", "old"))
    docs.append((P[36], "markdown", "en", "draft"))
    names_used = set()
    owner = {}
    results = []
    for p, kind, lang, ver in docs:
        r = random.Random(197800 + p["i"] + (1000 if ver else 0))
        q = dict(p)
        if ver == "old":
            q["eff"] = dt.date(2019, 4, 1)
            q["salary"] = round(p["salary"] * 0.86, -3)
            q["om"] = p["om"] - 35000
            q["total"] = q["salary"] + q["om"]
            q["total_stated"] = True
            q["reports"] = p["reports"][:-1] if len(p["reports"]) > 2 else p["reports"]
            q["fte"] = sum(d["fte"] or 1 for d in q["reports"]) + 1
        if ver == "draft":
            q["eff"] = None
            q["approver"] = p["approver"]
            q["classifier"] = None
        form = r.choice(["en_a", "en_a", "en_b", "en_c"]) if lang != "fr" else r.choice(["fr_a", "fr_a", "fr_b"])
        B, truth, also, people = blocks_for(q, P, lang, form, r, kind)
        e = ext[kind]
        if ver == "old":
            name = f"{p['title']} (2019 version).docx"
        elif ver == "draft":
            name = f"{p['title']} DRAFT.md"
        else:
            name = file_name(p, lang, kind, r, e)
        while name in names_used:
            name = name[: -len(e)] + " (2)" + e
        names_used.add(name)
        if ver is None:
            owner[p["i"]] = name
        path = os.path.join(corpus, name)
        if kind == "markdown":
            data = r_markdown(B).encode("utf-8")
        elif kind == "text":
            data = r_text(B, bullet=r.choice(["-", "*", "o"])).encode("utf-8")
        elif kind == "text-cp1252":
            data = cp1252_text(r_text(B, bullet="\u2022"))
        elif kind in ("ocr", "ocr-columns"):
            strength = r.choice(["light", "medium", "medium", "heavy"])
            pr = {"light": 0.05, "medium": 0.15, "heavy": 0.3}[strength]
            header = f"{T.DEPTS[p['dept']][1 if lang == 'fr' else 0]} - {'Description de travail' if lang == 'fr' else 'Work Description'}"
            data = r_ocr(B, pr, r, header, lang, columns=(kind == "ocr-columns")).encode("utf-8")
            also["damage"] = strength
        elif kind == "docx":
            data = r_docx(B, r)
        else:
            data = r_pdf(B, p["title"])
        with open(path, "wb") as f:
            f.write(data)
        results.append((name, kind, lang, truth, also, people, ver, p))
    # truths
    for name, kind, lang, truth, also, people, ver, p in results:
        if "reports_to_in_corpus" in also:
            also["reports_to_in_corpus"] = owner.get(p["parent"])
        for d in truth["direct_reports"]:
            pass
        ns = []
        for k in ("job_code", "position_number", "effective_date", "total"):
            if truth.get(k) is None:
                ns.append(k)
        if truth["supervisor"] is None:
            ns.append("supervisor")
        elif truth["supervisor"]["position_number"] is None:
            ns.append("supervisor.position_number")
        for n, d in enumerate(truth["direct_reports"]):
            if d["classification"] is None:
                ns.append(f"direct_reports[{n}].classification")
            if d["fte"] is None:
                ns.append(f"direct_reports[{n}].fte")
        versions = None
        if p["i"] == 21 and (ver == "old" or name == owner.get(21)):
            versions = dict(documents=[f"{p['title']} (2019 version).docx", owner[21]], newest=owner[21], same_text=False,
                            note="the 2019 version has a 2019-04-01 effective date, lower salary and O&M and one direct report fewer")
        if p["i"] == 36 and (ver == "draft" or name == owner.get(36)):
            versions = dict(documents=[f"{p['title']} DRAFT.md", owner[36]], newest=owner[36], same_text=False,
                            note="the draft has no effective date and no classification signature; otherwise the same position")
        if ver:
            also["version_of"] = owner[p["i"]]
        doc = dict(document=name, kind=kind, language=lang, outcome="import",
                   fields=dict(title=truth["title"], classification=truth["classification"], job_code=truth["job_code"],
                               position_number=truth["position_number"], effective_date=truth["effective_date"],
                               supervisor=truth["supervisor"], direct_reports=truth["direct_reports"] or None,
                               salary=truth["salary"], o_and_m=truth["o_and_m"], total=truth["total"],
                               location=truth["location"]),
                   not_stated=ns, also=also, people=people, versions=versions)
        write_yaml(expected, name, doc)
    refuse(corpus, expected, P, owner)


def write_yaml(expected, name, doc):
    with open(os.path.join(expected, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)


def refuse(corpus, expected, P, owner):
    r = random.Random(197900)
    out = []
    nm = lambda: f"{r.choice(T.GIVEN)} {r.choice(T.FAMILY)}"
    a, b, c = nm(), nm(), nm()
    # 1 memo (cp1252 text)
    memo = (f"MEMORANDUM / NOTE DE SERVICE\n\nTO / DESTINATAIRE: {a}, Regional Director General, Northern Operations\n"
            f"FROM / EXPÉDITEUR: {b}, Director, Lands and Resources, Nunavut\nDATE: March 3, 2025\n"
            "SUBJECT / OBJET: Relocation of the Kivalliq office to the new building in Rankin Inlet (NU X0C 0G0)\n\n"
            "As discussed at the regional management table, the lease of the current office ends on 31 March 2026. "
            "The new location is Building 1080, Rankin Inlet. The move affects 14 FTEs and the O&M budget of the "
            "directorate ($412,000) for fiscal year 2025-2026. Position 48213 (EX-01) will be located in Rankin Inlet "
            "for the duration of the project.\n\nPlease advise if you agree.\n")
    out.append(("Memo - relocation Kivalliq office.txt", cp1252_text(memo), "text-cp1252", "bilingual",
                "a memorandum about an office relocation (an FTE count, an O&M amount and a position number in the text)", [a, b]))
    # 2 French letter (docx)
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.author = "HR"; cp.last_modified_by = "HR"
    d.add_paragraph("Pêches et Océans Canada")
    d.add_paragraph("1550, avenue d'Estimauville, Québec (Québec) G1J 0C4")
    d.add_paragraph("Le 12 septembre 2024")
    d.add_paragraph(f"Madame {c}")
    d.add_paragraph("Objet : Nomination intérimaire – Directrice, Secteur des Îles-de-la-Madeleine (EX-01)")
    d.add_paragraph(f"Madame {c.split()[1]},")
    d.add_paragraph("J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Secteur des "
                    "Îles-de-la-Madeleine (EX-01), à Cap-aux-Meules (Québec), du 1er octobre 2024 au 31 mars 2025. "
                    "Votre rémunération sera établie conformément à la Directive sur la gestion des cadres supérieurs.")
    d.add_paragraph("Veuillez agréer, Madame, l'expression de mes sentiments distingués.")
    d.add_paragraph(a)
    d.add_paragraph("Directeur général régional, Région du Québec")
    buf = io.BytesIO(); d.save(buf)
    out.append(("Lettre offre intérim - Îles-de-la-Madeleine.docx", rezip(buf.getvalue()), "docx", "fr",
                "a letter offering an acting appointment to an EX-01 position (title, level, place and dates in the text)", [c, a]))
    # 3 minutes (markdown)
    m = (f"# Regional Management Committee – Prairies and Northern Region\n\n**Minutes – November 20, 2024, Winnipeg and by videoconference**\n\n"
         f"Present: {a} (Chair), {b}, {c}, {nm()}\n\n## 1. Classification\n\n"
         "* The committee reviewed the work description of the Director, Grants and Contributions, Prairies and Northern (EX-01). "
         "Salary $2,140,000; O&M $310,000. Decision: send to the departmental classification committee.\n"
         "* Director, Service Delivery, Nunavut and Northwest Territories: the work location will be Yellowknife or Iqaluit.\n\n"
         "## 2. Budget\n\n| Directorate | FTEs | Salary |\n|---|---|---|\n| Citizen Services | 612 | $48.2M |\n| Benefits Processing | 955 | $71.9M |\n\n"
         "## 3. Next meeting\n\nJanuary 15, 2025.\n")
    names3 = [x.strip().replace(" (Chair)", "") for x in m.split("Present: ")[1].split("\n")[0].split(",")]
    out.append(("RMC minutes 2024-11-20.md", m.encode("utf-8"), "markdown", "en",
                "minutes of a regional management committee (two positions, figures and a budget table)", names3))
    # 4 org chart (pdf with text layer)
    lines = ["ORGANIGRAMME / ORGANIZATION CHART", "Crown-Indigenous Relations and Northern Affairs Canada - Northern Operations", ""]
    for q in P:
        if q["dept"] == "CIRNAC":
            lines.append(("    " if q["kind"] == "ED" else "        " if q["kind"] == "DIR" else "") + f"[ {q['title']} | {q['cls']} | {q['pos']} ]")
    lines += ["", "Yellowknife - Iqaluit - Whitehorse - Rankin Inlet", "Effective April 1, 2025"]
    out.append(("Org chart Northern Operations 2025.pdf", pdf_bytes(["\n".join(lines)]), "pdf", "bilingual",
                "an organization chart: the nine Northern Operations positions as boxes with level and position number", []))
    # 5 scan without a text layer
    out.append(("Scan_20240611_0931.pdf", pdf_bytes(["", "", ""]), "pdf", "en",
                "a three-page scan without a text layer (unreadable)", []))
    # 6 a staffing notice (UTF-8 text)
    n = ("JOB OPPORTUNITY / POSSIBILITÉ D'EMPLOI\n\nDirector, Labrador Projects (EX-01)\nPublic Services and Procurement Canada\n"
         "Happy Valley-Goose Bay (Newfoundland and Labrador)\nSelection process number: 25-PWGSC-EA-ATL-0193\n"
         "Salary: $131,000 to $154,000\nClosing date: 2025-02-14 - 23:59, Pacific Time\n\n"
         "Who can apply: persons residing in Canada and Canadian citizens residing abroad.\n\n"
         "ESSENTIAL QUALIFICATIONS\n- Graduation with a degree from a recognized post-secondary institution\n"
         "- Significant experience managing real property projects in remote locations\n\n"
         f"Contact: {b}, Regional Staffing Advisor\n")
    out.append(("Job poster - Director Labrador Projects.txt", n.encode("utf-8"), "text", "en",
                "a job poster for an EX-01 position (title, level, place and a salary range, but no work description)", [b]))
    for name, data, kind, lang, what, people in out:
        with open(os.path.join(corpus, name), "wb") as f:
            f.write(data)
        write_yaml(expected, name, dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                                        not_stated=None, also=dict(what=what), people=people, versions=None))


if __name__ == "__main__":
    main()
