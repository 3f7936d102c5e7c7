"""Blind corpus blind211: executive work descriptions as HR-portal e-forms (browser prints, saved pages,
text pasted from the page), and five documents to refuse. Deterministic: run from the repository root,
    python bench/import/blind211/make_blind.py
"""
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

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402
import datetime as dt  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NB = "\u00a0"

# ---------------------------------------------------------------- names
_name_rng = random.Random(2110)
_used = set()


def new_name():
    while True:
        n = f"{_name_rng.choice(T.FIRST)} {_name_rng.choice(T.LAST)}"
        if n not in _used:
            _used.add(n)
            return n


# ---------------------------------------------------------------- positions
def build_positions():
    rng = random.Random(2111)
    positions = []
    used_nums = set()

    def num():
        while True:
            n = str(rng.randint(10000, 99999)) if rng.random() < 0.75 else f"000{rng.randint(10000, 99999)}"
            if n not in used_nums:
                used_nums.add(n)
                return n

    for d, (den, dfr, abbr, loc_en, loc_fr, dg_subj, ed_subj, dirs) in enumerate(T.DEPARTMENTS):
        adm = {"title": f"Assistant Deputy Minister, {['Operations', 'Program Delivery', 'Service Delivery'][d % 3]}",
               "title_fr": f"Sous-ministre adjoint, {['Opérations', 'Prestation des programmes', 'Prestation des services'][d % 3]}",
               "classification": "EX-04", "number": num()}
        unit = lambda lvl: {"EX-03": ("Branch", "Direction générale"), "EX-02": ("Directorate", "Direction"),
                            "EX-01": ("Division", "Division")}[lvl]
        specs = [("DG", "EX-03", dg_subj, None), ("ED", "EX-02", ed_subj, 0), ("DIR", "EX-01", dirs[0], 0),
                 ("DIR", "EX-01", dirs[1], 0), ("DIR", "EX-01", dirs[2], 1), ("DIR", "EX-01", dirs[3], 1)]
        dept_pos = []
        for k, (kind, cls, subj, boss) in enumerate(specs):
            prng = random.Random(211000 + d * 10 + k)
            fem = prng.random() < 0.5
            if kind == "DG":
                ten, tfr = f"Director General, {subj[0]}", (f"Directrice générale, {subj[1]}" if fem else f"Directeur général, {subj[1]}")
            elif kind == "ED":
                ten, tfr = f"Executive Director, {subj[0]}", (f"Directrice exécutive, {subj[1]}" if fem else f"Directeur exécutif, {subj[1]}")
            else:
                ten, tfr = f"Director, {subj[0]}", (f"Directrice, {subj[1]}" if fem else f"Directeur, {subj[1]}")
            p = {"dept": (den, dfr, abbr), "loc": (loc_en, loc_fr), "kind": kind, "title": ten, "title_fr": tfr,
                 "classification": cls, "subj": subj, "unit": unit(cls), "id": len(positions),
                 "number": num() if prng.random() < 0.85 else None,
                 "job_code": str(prng.randint(100000, 109999)) if prng.random() < 0.8 else None,
                 "effective": dt.date(prng.randint(2019, 2024), prng.randint(1, 12), prng.randint(1, 28)),
                 "boss_k": boss, "reports": []}
            dept_pos.append(p)
            positions.append(p)
        for k, p in enumerate(dept_pos):
            prng = random.Random(211300 + d * 10 + k)
            if p["boss_k"] is None:
                p["supervisor"] = {"title": adm["title"], "title_fr": adm["title_fr"], "classification": "EX-04",
                                   "number": adm["number"], "doc": None}
            else:
                b = dept_pos[p["boss_k"]]
                p["supervisor"] = {"title": b["title"], "title_fr": b["title_fr"],
                                   "classification": b["classification"], "number": b["number"], "pos": b}
        for k, p in enumerate(dept_pos):
            prng = random.Random(211300 + d * 10 + k)
            subs = [q for q in dept_pos if q["boss_k"] is not None and dept_pos[q["boss_k"]] is p]
            reps = []
            for q in subs:
                reps.append({"title": q["title"], "title_fr": q["title_fr"], "classification": q["classification"],
                             "fte": None})
            if p["kind"] == "DIR":
                units = prng.sample(T.UNITS, prng.randint(2, 4))
                for u in units:
                    reps.append({"title": f"Manager, {u[0]}", "title_fr": f"Gestionnaire, {u[1]}",
                                 "classification": prng.choice(T.REPORT_GROUPS), "fte": prng.randint(4, 26)})
            if p["kind"] == "DG" and prng.random() < 0.5:
                reps.append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive",
                             "classification": "AS-02", "fte": 1})
            p["reports"] = reps
        # FTEs: directors first, then ED, then DG
        for p in sorted(dept_pos, key=lambda q: {"DIR": 0, "ED": 1, "DG": 2}[q["kind"]]):
            for r in p["reports"]:
                if r["fte"] is None:
                    r["fte"] = next(q["fte"] for q in dept_pos if q["title"] == r["title"])
            p["fte"] = sum(r["fte"] for r in p["reports"]) + 1
        for k, p in enumerate(dept_pos):
            prng = random.Random(211600 + d * 10 + k)
            base = {"EX-03": 9000000, "EX-02": 5000000, "EX-01": 1800000}[p["classification"]]
            p["salary"] = round(base * prng.uniform(0.6, 1.6), -3)
            p["o_and_m"] = round(prng.uniform(60000, 1900000), -3)
            p["salary"], p["o_and_m"] = int(p["salary"]), int(p["o_and_m"])
            p["total"] = p["salary"] + p["o_and_m"]
            p["incumbent"] = new_name() if prng.random() < 0.7 else None
    return positions


# ---------------------------------------------------------------- notations
def fmt_amount(n, style, lang):
    if style == "plain":
        return str(n)
    if lang == "fr":
        g = f"{n:,}".replace(",", NB)
        return {"comma": g, "cents": f"{g},00", "dollar": f"{g} $"}[style]
    return {"comma": f"{n:,}", "cents": f"{n:,}.00", "dollar": f"${n:,}"}[style]


def fmt_class(c, style, lang):
    g, l = c.split("-")
    if style == "dash":
        return c
    if style == "space":
        return f"{g} {l}"
    if style == "long":
        if g == "EX":
            return f"{c} - Executive, level {int(l)}" if lang != "fr" else f"{c} – Direction, niveau {int(l)}"
        return c
    return c


def fmt_date(d, style, lang):
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


# ---------------------------------------------------------------- labels
L = {
    "en": dict(portal="HR Service Portal", form="Executive Work Description (EWD) e-Form", req="* Required field",
               title="Position title", title_fr="Position title (French)", cls="Group and level", group="Group",
               level="Level", job="Job code", num="Position number", status="Position status",
               existing="Existing", new="New", eff="Effective date", dept="Department / Agency", loc="Work location",
               sup="Supervisor", sup_num="Supervisor position number", sup_title="Supervisor position title",
               sup_cls="Supervisor group and level", lookup="Reports to (search by position number or title)",
               reps="Direct reports", rep="Direct report {i} of {n}", rtitle="Title", rcls="Group and level",
               rfte="FTEs", add="+ Add another", dims="Dimensions", sal="Salary budget ($)",
               om="O&M budget ($)", tot="Total ($)", tot_calc="Total (calculated)", fte="Total FTEs",
               ga="General accountability", ns="Nature and scope", sa="Specific accountabilities",
               inc="Incumbent", vacant="Vacant", lang_req="Language requirements", bil="Bilingual imperative",
               sec="Security level", sel="-- Select --", remain="Characters remaining: {n}",
               help_title="(i) Enter the title as approved by the classification committee.",
               help_date="(i) The date the work description takes effect, not today's date.",
               hint_date="yyyy-mm-dd", required="This field is required", invalid="Invalid date",
               saved="Draft saved at {t}", buttons=["Save draft", "Submit", "Cancel"],
               crumbs="Home > My requests > Classification > Executive work description",
               menu="Home | My requests | Forms | Reports | Help", signed="Signed in as {n} | Français | Sign out",
               attach="Attachments ({k})", hist="History", ident="Position identification", org="Organization",
               submitted_by="Submitted by", approver="Manager approval", modified="Last modified",
               hist_line="{d} Classification changed from {a} to {b} by {n}", help="Help", yes="Yes", no="No",
               formid="Form ID"),
    "fr": dict(portal="Portail des services de RH", form="Formulaire électronique – Description de travail de cadre (DTC)",
               req="* Champ obligatoire", title="Titre du poste", title_fr="Titre du poste (anglais)",
               cls="Groupe et niveau", group="Groupe", level="Niveau", job="Code d’emploi", num="Numéro de poste",
               status="Statut du poste", existing="Existant", new="Nouveau", eff="Date d’entrée en vigueur",
               dept="Ministère / organisme", loc="Lieu de travail", sup="Superviseur",
               sup_num="Numéro de poste du superviseur", sup_title="Titre du poste du superviseur",
               sup_cls="Groupe et niveau du superviseur", lookup="Relève de (recherche par numéro ou titre)",
               reps="Subordonnés directs", rep="Subordonné direct {i} de {n}", rtitle="Titre",
               rcls="Groupe et niveau", rfte="ETP", add="+ Ajouter un autre", dims="Dimensions",
               sal="Budget salarial ($)", om="Budget de F et E ($)", tot="Total ($)", tot_calc="Total (calculé)",
               fte="ETP total", ga="Responsabilité générale", ns="Nature et étendue",
               sa="Responsabilités spécifiques", inc="Titulaire", vacant="Vacant",
               lang_req="Exigences linguistiques", bil="Bilingue impératif", sec="Niveau de sécurité",
               sel="-- Sélectionner --", remain="{n} caractères restants",
               help_title="(i) Inscrivez le titre approuvé par le comité de classification.",
               help_date="(i) La date d’entrée en vigueur de la description, pas la date du jour.",
               hint_date="aaaa-mm-jj", required="Ce champ est obligatoire", invalid="Date invalide",
               saved="Brouillon enregistré à {t}", buttons=["Enregistrer le brouillon", "Soumettre", "Annuler"],
               crumbs="Accueil > Mes demandes > Classification > Description de travail de cadre",
               menu="Accueil | Mes demandes | Formulaires | Rapports | Aide",
               signed="Connecté : {n} | English | Déconnexion", attach="Pièces jointes ({k})", hist="Historique",
               ident="Identification du poste", org="Organisation", submitted_by="Soumis par",
               approver="Approbation du gestionnaire", modified="Dernière modification",
               hist_line="{d} Classification modifiée de {a} à {b} par {n}", help="Aide", yes="Oui", no="Non",
               formid="No du formulaire"),
}


def label(lang, key):
    if lang == "bilingual":
        e, f = L["en"][key], L["fr"][key]
        if key in ("req",):
            return "* Required field / Champ obligatoire"
        if key in ("title",):
            return "Position title (English) / Titre du poste (anglais)"
        if key in ("title_fr",):
            return "Position title (French) / Titre du poste (français)"
        if key in ("sel",):
            return "-- Select / Sélectionner --"
        if key in ("rep",):
            return "Direct report {i} of {n} / Subordonné direct {i} de {n}"
        if key in ("remain",):
            return "Characters remaining / Caractères restants : {n}"
        if key in ("hint_date",):
            return "yyyy-mm-dd / aaaa-mm-jj"
        if key in ("buttons", "crumbs", "menu", "signed", "hist_line", "saved", "portal", "form"):
            return e
        return e if e == f else f"{e} / {f}"
    return L[lang][key]


# ---------------------------------------------------------------- the form as items
def form_items(p, lang, o, rng, people):
    """Items of the e-form page for position p in language lang with options o."""
    lg = "fr" if lang == "fr" else "en"
    lab = lambda k: label(lang, k)
    it = []
    signed = new_name()
    people.append(signed)
    it.append(("menu", lab("menu")))
    it.append(("menu", lab("signed").format(n=signed)))
    it.append(("crumbs", lab("crumbs")))
    it.append(("h1", lab("form")))
    it.append(("line", f"{lab('formid')}: EWD-{o['year']}-{o['formno']:05d}"))
    if o.get("draft_saved"):
        it.append(("msg", lab("saved").format(t=o["draft_saved"])))
    it.append(("line", lab("req")))
    it.append(("section", lab("ident"), "-"))
    title = p["title_fr"] if lang == "fr" else p["title"]
    it.append(("field", lab("title") + " *", title, [lab("help_title")] if o["help"] else []))
    if lang == "bilingual":
        it.append(("field", lab("title_fr") + " *", p["title_fr"], []))
    if o["cls_split"]:
        g, l = p["classification"].split("-")
        it.append(("select", lab("group") + " *", g))
        it.append(("select", lab("level") + " *", l))
    else:
        it.append(("select", lab("cls") + " *", fmt_class(p["classification"], o["cls_style"], lg)))
    if o["history"]:
        it.append(("note", f"(previously {o['history']})" if lg == "en" else f"(auparavant {o['history']})"))
    it.append(("field", lab("job"), p["job_code"] if p["job_code"] else None, []))
    new = p["number"] is None
    it.append(("radio", lab("status") + " *", [lab("existing"), lab("new")], 1 if new else 0))
    it.append(("field", lab("num") + (" *" if not new else ""), p["number"],
               ["(i) Assigned by Classification on approval" if lg == "en" else "(i) Attribué par la Classification à l’approbation"] if new else []))
    eff = o["eff"]
    if eff is None:
        it.append(("field", lab("eff") + " *", None, [lab("hint_date"), "! " + lab("required")]))
    else:
        hint = "(dd/mm/yyyy)" if o["date_style"] == "dmy" else ""
        if o["date_style"] == "dmy" and lg == "fr":
            hint = "(jj/mm/aaaa)"
        it.append(("field", (lab("eff") + " * " + hint).strip(), fmt_date(eff, o["date_style"], lg),
                   [lab("help_date")] if o["help"] and rng.random() < 0.5 else []))
    it.append(("section", lab("org"), "-"))
    it.append(("select", lab("dept") + " *", p["dept"][1] if lang == "fr" else p["dept"][0]))
    loc = o["loc"]
    it.append(("select", lab("loc") + " *", loc))
    it.append(("field", lab("inc"), p["incumbent"] if p["incumbent"] else lab("vacant"), []))
    if p["incumbent"]:
        people.append(p["incumbent"])
    it.append(("radio", lab("lang_req"), [lab("bil"), "English essential" if lg == "en" else "Français essentiel"], 0))
    it.append(("check", "CBC", True))
    # supervisor
    s = o["sup"]
    stitle = s["title_fr"] if lang == "fr" else s["title"]
    it.append(("section", lab("sup"), "-"))
    if o["sup_style"] == "lookup":
        sc = fmt_class(s["classification"], "dash", lg) if s["cls_shown"] else None
        v = (f"{s['number']} – " if s["num_shown"] else "") + stitle + (f" ({sc})" if sc else "")
        it.append(("field", lab("lookup") + " *", v, ["Change" if lg == "en" else "Modifier"]))
    else:
        it.append(("field", lab("sup_num"), s["number"] if s["num_shown"] else None, []))
        it.append(("field", lab("sup_title") + " *", stitle, []))
        it.append(("select", lab("sup_cls"), fmt_class(s["classification"], o["cls_style"] if o["cls_style"] != "long" else "dash", lg) if s["cls_shown"] else None))
    # direct reports
    reps = o["reports"]
    it.append(("section", lab("reps") + f" ({len(reps)})", "-"))
    rows = []
    for r in reps:
        rows.append((r["title_fr"] if lang == "fr" else r["title"],
                     fmt_class(r["classification"], o["rcls_style"], lg),
                     None if r["fte"] is None else o["fte_fmt"](r["fte"])))
    it.append(("reports", o["rep_style"], rows))
    # dimensions
    if o["dims_collapsed"]:
        it.append(("section", lab("dims"), "+"))
    else:
        it.append(("section", lab("dims"), "-"))
        if o["fte_shown"]:
            it.append(("field", lab("fte"), o["fte_fmt"](p["fte"]), []))
        it.append(("field", lab("sal") + " *", fmt_amount(p["salary"], o["amt"], lg), []))
        it.append(("field", lab("om") + " *", fmt_amount(o["o_and_m"], o["amt"], lg), []))
        if o["total_shown"]:
            it.append(("field", lab("tot_calc") if rng.random() < 0.5 else lab("tot"),
                       fmt_amount(p["salary"] + o["o_and_m"], o["amt"], lg), []))
    # prose
    u = p["unit"][1] if lg == "fr" else p["unit"][0]
    subj = p["subj"][1] if lg == "fr" else p["subj"][0]
    it.append(("section", lab("ga"), "-"))
    it.append(("area", (T.GA_FR if lg == "fr" else T.GA_EN).format(subj=subj, unit=u.lower() if lg == "fr" else u),
               lab("remain").format(n=f"{rng.randint(2, 38) * 50:,}".replace(",", NB if lg == "fr" else ","))))
    it.append(("section", lab("ns"), "-"))
    it.append(("area", (T.NS_FR if lg == "fr" else T.NS_EN).format(unit=u.lower() if lg == "fr" else u),
               lab("remain").format(n=f"{rng.randint(2, 38) * 50:,}".replace(",", NB if lg == "fr" else ","))))
    it.append(("section", lab("sa"), "-"))
    for i, sa in enumerate(rng.sample(T.SA_FR if lg == "fr" else T.SA_EN, 3), 1):
        it.append(("line", f"{i}. " + sa.format(unit=u.lower() if lg == "fr" else u)))
    it.append(("section", lab("attach").format(k=rng.randint(1, 3)), "+"))
    if o["history"]:
        n = new_name()
        people.append(n)
        it.append(("section", lab("hist"), "-"))
        it.append(("line", lab("hist_line").format(d=o["hist_date"], a=o["history"], b=p["classification"], n=n)))
    sub = new_name()
    people.append(sub)
    it.append(("line", f"{lab('submitted_by')}: {sub}"))
    if rng.random() < 0.5:
        ap = new_name()
        people.append(ap)
        it.append(("line", f"{lab('approver')}: (•) {lab('yes')} ( ) {lab('no')}  — {ap}"))
    it.append(("line", f"{lab('modified')}: {o['modified']}"))
    it.append(("buttons", lab("buttons")))
    return it


# ---------------------------------------------------------------- renderers
def render_text(items, style, lang):
    """A page saved as text / html-to-text: style 'next' (value on the next line in a box), 'inline', 'box'."""
    out = []
    sel = label(lang, "sel")
    rep_lab = label(lang, "rep")
    lg = "fr" if lang == "fr" else "en"
    for it in items:
        k = it[0]
        if k in ("menu", "crumbs", "line", "note"):
            out.append(it[1])
        elif k == "h1":
            out += ["", it[1], "=" * len(it[1])]
        elif k == "msg":
            out.append(f"✓ {it[1]}")
        elif k == "section":
            out += ["", f"[{it[2]}] {it[1]}"]
        elif k in ("field", "select"):
            lab, val = it[1], it[2]
            extra = it[3] if k == "field" else []
            if val is None:
                shown = sel if k == "select" else ""
            else:
                shown = val + (" ▼" if k == "select" and style != "inline" else "")
            if style == "next":
                out.append(lab)
                out += [e for e in extra if e.startswith("(i)")]
                out.append(f"[ {shown} ]" if shown else "[                    ]")
                out += [e for e in extra if not e.startswith("(i)")]
            elif style == "box":
                out.append(f"{lab:<44}[ {shown} ]" + ("  " + "  ".join(extra) if extra else ""))
            else:
                out.append(f"{lab}: {shown}" + ("  " + "  ".join(extra) if extra else ""))
        elif k == "radio":
            opts = "  ".join(("(•) " if i == it[3] else "( ) ") + x for i, x in enumerate(it[2]))
            out.append(f"{it[1]}" + ("\n" if style == "next" else "  ") + opts)
        elif k == "check":
            out.append(f"[{'x' if it[2] else ' '}] {it[1]}")
        elif k == "area":
            out.append(it[1])
            out.append(it[2])
        elif k == "reports":
            rows = it[2]
            if it[1] == "group":
                for i, (t, c, f) in enumerate(rows, 1):
                    out.append(rep_lab.format(i=i, n=len(rows)))
                    for lab_k, v in (("rtitle", t), ("rcls", c), ("rfte", f)):
                        lb = label(lang, lab_k)
                        if style == "next":
                            out += [f"  {lb}", f"  [ {v if v is not None else ''} ]"]
                        else:
                            out.append(f"  {lb}: {v if v is not None else ''}")
                    out.append("  Remove" if lg == "en" else "  Retirer")
            else:
                hdr = [label(lang, "rtitle"), label(lang, "rcls"), label(lang, "rfte")]
                w = max(len(r[0]) for r in rows + [tuple(hdr)]) + 2
                out.append(f"{hdr[0]:<{w}}{hdr[1]:<18}{hdr[2]}")
                for t, c, f in rows:
                    out.append(f"{t:<{w}}{c:<18}{f if f is not None else ''}")
            out.append(label(lang, "add"))
        elif k == "buttons":
            out += ["", "   ".join(f"[ {b} ]" for b in it[1])]
    return "\n".join(out) + "\n"


def render_md(items, lang):
    out = []
    sel = label(lang, "sel")
    for it in items:
        k = it[0]
        if k in ("menu", "crumbs"):
            out.append(it[1] + "  ")
        elif k in ("line", "note"):
            out += [it[1], ""]
        elif k == "h1":
            out += ["", f"# {it[1]}", ""]
        elif k == "msg":
            out += [f"> {it[1]}", ""]
        elif k == "section":
            out += [f"## {'▸' if it[2] == '+' else '▾'} {it[1]}" + (" (collapsed)" if it[2] == "+" else ""), ""]
        elif k in ("field", "select"):
            lab = it[1].replace("*", "\\*")
            val = it[2] if it[2] is not None else (sel if k == "select" else "")
            extra = it[3] if k == "field" else []
            out.append(f"**{lab}**  ")
            out.append(f"`{val}`" if val else "`                `")
            for e in extra:
                out.append(f"  *{e}*" if e.startswith("(i)") else f"  ⚠ {e}")
            out.append("")
        elif k == "radio":
            out += [f"**{it[1]}**  ", "  ".join(("◉ " if i == it[3] else "○ ") + x for i, x in enumerate(it[2])), ""]
        elif k == "check":
            out += [f"- [{'x' if it[2] else ' '}] {it[1]}", ""]
        elif k == "area":
            out += [it[1], "", f"<sub>{it[2]}</sub>", ""]
        elif k == "reports":
            rows = it[2]
            if it[1] == "group":
                for i, (t, c, f) in enumerate(rows, 1):
                    out += [f"### {label(lang, 'rep').format(i=i, n=len(rows))}", "",
                            f"- {label(lang, 'rtitle')}: {t}", f"- {label(lang, 'rcls')}: {c}",
                            f"- {label(lang, 'rfte')}: {f if f is not None else ''}", ""]
            else:
                out += [f"| {label(lang, 'rtitle')} | {label(lang, 'rcls')} | {label(lang, 'rfte')} |", "|---|---|---|"]
                out += [f"| {t} | {c} | {f if f is not None else ''} |" for t, c, f in rows]
                out.append("")
            out += [f"[{label(lang, 'add')}]", ""]
        elif k == "buttons":
            out += [" · ".join(f"[{b}]" for b in it[1]), ""]
    return "\n".join(out) + "\n"


def render_docx(items, lang, table_fields):
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 3, 14, 10, 42)
    d.core_properties.modified = dt.datetime(2024, 3, 14, 10, 42)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = ""
    sel = label(lang, "sel")
    tbl = None
    for it in items:
        k = it[0]
        if k not in ("field", "select", "radio", "check"):
            tbl = None
        if k in ("menu", "crumbs", "line", "note", "msg"):
            d.add_paragraph(it[1])
        elif k == "h1":
            d.add_heading(it[1], 1)
        elif k == "section":
            d.add_heading(f"[{it[2]}] {it[1]}", 2)
        elif k in ("field", "select", "radio", "check"):
            if k == "radio":
                val = "  ".join(("(•) " if i == it[3] else "( ) ") + x for i, x in enumerate(it[2]))
                lab = it[1]
            elif k == "check":
                lab, val = "", f"☒ {it[1]}" if it[2] else f"☐ {it[1]}"
            else:
                lab = it[1]
                val = it[2] if it[2] is not None else (sel if k == "select" else "")
                if k == "field" and it[3]:
                    val = (val + "\n" if val else "") + "\n".join(it[3])
            if table_fields:
                if tbl is None:
                    tbl = d.add_table(rows=0, cols=2)
                    tbl.style = "Table Grid"
                row = tbl.add_row().cells
                row[0].text, row[1].text = lab, val
            else:
                para = d.add_paragraph()
                para.add_run(lab).bold = True
                d.add_paragraph(val)
        elif k == "area":
            d.add_paragraph(it[1])
            d.add_paragraph(it[2]).runs[0].font.size = Pt(8)
        elif k == "reports":
            rows = it[2]
            if it[1] == "group":
                for i, (t, c, f) in enumerate(rows, 1):
                    d.add_paragraph(label(lang, "rep").format(i=i, n=len(rows))).runs[0].bold = True
                    tb = d.add_table(rows=0, cols=2)
                    tb.style = "Table Grid"
                    for lk, v in (("rtitle", t), ("rcls", c), ("rfte", f)):
                        r = tb.add_row().cells
                        r[0].text, r[1].text = label(lang, lk), "" if v is None else v
            else:
                tb = d.add_table(rows=1, cols=3)
                tb.style = "Table Grid"
                for c, h in zip(tb.rows[0].cells, ("rtitle", "rcls", "rfte")):
                    c.text = label(lang, h)
                for t, c, f in rows:
                    r = tb.add_row().cells
                    r[0].text, r[1].text, r[2].text = t, c, "" if f is None else f
            d.add_paragraph(label(lang, "add"))
        elif k == "buttons":
            d.add_paragraph("   ".join(f"[ {b} ]" for b in it[1]))
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 14, 10, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


CP_SAFE = {"▼": "v", "▾": "v", "▸": ">", "✓": "", "☒": "[x]", "☐": "[ ]", "◉": "(•)", "○": "( )", "⚠": "!",
           "\u202f": " ", "œ": "oe"}


def cp_safe(s):
    for a, b in CP_SAFE.items():
        s = s.replace(a, b)
    return s.encode("cp1252", errors="replace").decode("cp1252")


def paginate(text, per, header, footer):
    lines = text.splitlines()
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        pages.append("\n".join([header(n, len(chunks)), ""] + ch + ["", footer(n, len(chunks))]))
    return pages


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b"}
LET = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("t", "l"), ("é", "e"), ("è", "e")]


def damage(text, rng, strength):
    p = {"light": 0.25, "medium": 0.5, "heavy": 0.8}[strength]
    out = []
    for line in text.splitlines():
        words = line.split(" ")
        nw = []
        for w in words:
            if any(c.isdigit() for c in w) and rng.random() < p:
                w = "".join(DIG.get(c, c) if rng.random() < 0.6 else c for c in w).replace("1", "l" if rng.random() < 0.3 else "1")
            elif len(w) > 4 and rng.random() < p * 0.25:
                a, b = rng.choice(LET)
                w = w.replace(a, b, 1)
            nw.append(w)
        # words run together
        s = ""
        for i, w in enumerate(nw):
            if i and rng.random() < p * 0.08:
                s += w
            else:
                s += (" " if i else "") + w
        s = s.replace("•", rng.choice(["e", "*", "@", "•"])).replace("[x]", rng.choice(["[x]", "[X]", "[×]", "fx]"]))
        # re-wrap long lines with hyphenation
        while len(s) > 72:
            cut = s.rfind(" ", 0, 70)
            if cut < 30:
                cut = 70
            w_end = s.find(" ", cut + 1)
            if rng.random() < 0.5 and w_end > cut + 6:
                mid = cut + 1 + (w_end - cut - 1) // 2
                out.append(s[:mid] + "-")
                s = s[mid:]
            else:
                out.append(s[:cut])
                s = s[cut + 1:]
        out.append(s)
    return "\n".join(out)


# ---------------------------------------------------------------- documents
def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    positions = build_positions()
    rng = random.Random(2112)
    kinds = (["text"] * 10 + ["pdf"] * 10 + ["docx"] * 8 + ["markdown"] * 6 + ["ocr"] * 5 + ["ocr-columns"] * 2
             + ["text-cp1252"] * 4)
    langs = ["en"] * 24 + ["fr"] * 11 + ["bilingual"] * 10
    # 42 positions + 3 versions = 45 documents
    docs = [(p, None) for p in positions]
    vpos = [positions[3], positions[16], positions[31]]
    rng.shuffle(kinds)
    rng.shuffle(langs)
    jobs = []
    for i, (p, _) in enumerate(docs):
        jobs.append({"p": p, "kind": kinds[i], "lang": langs[i], "version": None})
    # versions: pair 1 autosaved draft .txt (older) + submitted .pdf; pair 2 .md (older) + .docx;
    # pair 3 the same page printed to PDF and saved as text (same text)
    extra = [("text", "pdf", "draft"), ("markdown", "docx", "older"), ("text", "pdf", "same")]
    for (k_old, k_new, mode), vp, kk, ll in zip(extra, vpos, kinds[42:], langs[42:]):
        j = next(j for j in jobs if j["p"] is vp)
        j["kind"], j["version"] = k_new, (mode, "new")
        jobs.append({"p": vp, "kind": k_old, "lang": j["lang"], "version": (mode, "old")})
    # the newest document of each position, for reports_to_in_corpus
    name_of = {}
    manifest = []
    for jn, j in enumerate(jobs):
        same = j["version"] is not None and j["version"][0] == "same"
        j["rng"] = random.Random(211500 + (1000 + j["p"]["id"] if same else jn))
        j["drng"] = random.Random(211900 + jn)
    # file names first
    for jn, j in enumerate(jobs):
        j["file"] = file_name(j, j["rng"])
    seen = set()
    for j in jobs:
        while j["file"] in seen:
            stem, ext = j["file"].rsplit(".", 1)
            j["file"] = f"{stem} (1).{ext}"
        seen.add(j["file"])
        if j["version"] is None or j["version"][1] == "new":
            name_of[j["p"]["id"]] = j["file"]
    for j in jobs:
        write_doc(j, name_of, jobs)
    refusals()


def file_name(j, rng):
    p, lang, kind = j["p"], j["lang"], j["kind"]
    ext = {"text": "txt", "text-cp1252": "txt", "ocr": "txt", "ocr-columns": "txt", "pdf": "pdf", "docx": "docx",
           "markdown": "md"}[kind]
    t = p["title_fr"] if lang == "fr" else p["title"]
    short = t.split(", ", 1)[1]
    num = p["number"] or "NEW"
    v = j["version"]
    if v:
        mode, age = v
        if mode == "draft":
            return f"{t} - draft (autosave).{ext}" if age == "old" else f"{t} - submitted.{ext}"
        if mode == "older":
            return f"EWD {num} {short} (copied from portal).{ext}" if age == "old" else f"EWD {num} {short} - final.{ext}"
        return f"Print - EWD e-Form - {t}.{ext}"
    pats = {
        "pdf": [f"EWD e-Form - {t}.{ext}", f"{t} (printed {rng.randint(3, 28)}-03-2024).{ext}",
                f"HR Service Portal - EWD {num}.{ext}", f"ewd_form_{num}_print.{ext}", f"{t} - signed.{ext}"],
        "text": [f"{t} (page saved).{ext}", f"ewd-form-{num}.{ext}", f"EWD {short}.{ext}", f"{t}, portal copy.{ext}"],
        "text-cp1252": [f"{t} - export.{ext}", f"EWD_{num}_{short.replace(' ', '_')}.{ext}"],
        "ocr": [f"scan of printed form - {t}.{ext}", f"SCAN_{rng.randint(1000, 9999)} {short} OCR.{ext}"],
        "ocr-columns": [f"{t} (scanned printout).{ext}"],
        "markdown": [f"{t} (pasted from portal).{ext}", f"EWD {short} - notes from e-form.{ext}"],
        "docx": [f"{t} - pasted from HR portal.{ext}", f"DRAFT EWD {short}.{ext}", f"{t} (copy).{ext}"],
    }[kind]
    if lang == "fr":
        pats = [x.replace("scan of printed form", "numérisation formulaire imprimé").replace("printed", "imprimé")
                .replace("(page saved)", "(page enregistrée)").replace("portal copy", "copie du portail")
                .replace("(scanned printout)", "(impression numérisée)").replace("(copy)", "(copie)")
                .replace("pasted from portal", "copié du portail").replace("pasted from HR portal", "collé du portail RH")
                .replace("EWD", "DTC") for x in pats]
    return rng.choice(pats)


SAME_CACHE = {}


def write_doc(j, name_of, jobs):
    p, lang, kind, rng, drng = j["p"], j["lang"], j["kind"], j["rng"], j["drng"]
    lg = "fr" if lang == "fr" else "en"
    people = []
    v = j["version"]
    older = v is not None and v[0] in ("draft", "older") and v[1] == "old"
    o = {"year": 2024, "formno": 3000 + p["id"] * 37 % 997, "help": rng.random() < 0.6,
         "cls_split": rng.random() < 0.25, "cls_style": rng.choice(["dash", "dash", "space", "long"]),
         "date_style": rng.choice(["iso", "iso", "iso", "dmy", "long"]),
         "amt": rng.choice(["plain", "comma", "cents", "dollar"]),
         "rep_style": rng.choice(["group", "grid"]), "rcls_style": rng.choice(["dash", "dash", "space"]),
         "fte_shown": rng.random() < 0.5, "total_shown": rng.random() < 0.75,
         "dims_collapsed": rng.random() < 0.08, "history": None,
         "modified": f"2024-03-{rng.randint(1, 13):02d} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"}
    fte_style = rng.choice(["int", "int", "dec"])
    o["fte_fmt"] = (lambda n: str(n)) if fte_style == "int" else (lambda n: f"{n}.0" if lg == "en" else f"{n},0")
    eff = p["effective"]
    if rng.random() < 0.1:
        eff = None
    o_m = p["o_and_m"]
    salary = p["salary"]
    reports = [dict(r) for r in p["reports"]]
    if rng.random() < 0.15:
        for r in reports:
            r["fte"] = None
    if older:
        eff = dt.date(p["effective"].year - 1, p["effective"].month, p["effective"].day)
        o_m = p["o_and_m"] + 45000
    if v and v[0] == "same":
        o.update({"help": True, "cls_split": False, "cls_style": "dash", "date_style": "iso", "amt": "comma",
                  "rep_style": "grid", "dims_collapsed": False, "total_shown": True, "fte_shown": True})
        eff = p["effective"]
    if v and v[0] == "draft" and v[1] == "old":
        o["draft_saved"] = "10:42"
    o["o_and_m"] = o_m
    o["eff"] = eff
    o["reports"] = reports
    loc = p["loc"][1] if lg == "fr" else p["loc"][0]
    o["loc"] = loc if rng.random() < 0.88 else None
    s = dict(p["supervisor"])
    s["num_shown"] = rng.random() < 0.6
    s["cls_shown"] = rng.random() < 0.85
    o["sup"] = s
    o["sup_style"] = rng.choice(["lookup", "fields"])
    if p["classification"] != "EX-01" and rng.random() < 0.2:
        g, l = p["classification"].split("-")
        o["history"] = f"{g}-{int(l) - 1:02d}"
        o["hist_date"] = f"{p['effective'].year}-{p['effective'].month:02d}-{p['effective'].day:02d}"
    if v and v[0] == "same":
        if p["id"] not in SAME_CACHE:
            SAME_CACHE[p["id"]] = (form_items(p, lang, o, random.Random(211778), people), people)
        items, people = SAME_CACHE[p["id"]]
        people = list(people)
    else:
        items = form_items(p, lang, o, rng, people)
    style = rng.choice(["next", "inline", "box"])
    url = f"https://hrportal.intranet.example.gc.ca/ewd/form/{'edit' if not v or v[1] != 'new' else 'view'}?id=EWD-{o['year']}-{o['formno']:05d}&lang={lg}"
    title_bar = f"{label(lang, 'portal')} - {label(lang, 'form')}"
    printed = f"{rng.randint(14, 28):02d}/03/2024, {rng.randint(8, 16)}:{rng.randint(10, 59)}"
    also = {"department": p["dept"][1] if lang == "fr" else p["dept"][0], "form": "", "portal_print": None}
    damage_strength = None
    path = CORPUS / j["file"]
    if kind in ("text", "text-cp1252"):
        txt = render_text(items, style, lang)
        if v and v[0] == "same":
            txt = render_text(items, "box", lang)
        if kind == "text-cp1252":
            path.write_bytes(cp_safe(txt).replace("\n", "\r\n").replace("'", "’").encode("cp1252"))
        else:
            path.write_text(txt, encoding="utf-8")
        also["form"] = f"page saved as text ({style})"
    elif kind == "markdown":
        path.write_text(render_md(items, lang), encoding="utf-8")
        also["form"] = "markdown pasted from the page"
    elif kind == "docx":
        tf = rng.random() < 0.5
        path.write_bytes(render_docx(items, lang, tf))
        also["form"] = "Word, " + ("fields in two-column tables" if tf else "bold label paragraph then value")
    elif kind == "pdf":
        st = "box" if v and v[0] == "same" else style
        txt = cp_safe(render_text(items, st, lang))
        chrome = rng.random() < 0.5 or (v and v[0] == "same")
        if chrome:
            pages = paginate(txt, 52, lambda n, m: f"{printed}                {title_bar}",
                             lambda n, m: f"{url}                                   {n}/{m}")
        else:
            pages = paginate(txt, 52, lambda n, m: f"{title_bar}        {url}",
                             lambda n, m: f"Page {n} of {m}                                  {printed}")
        path.write_bytes(pdf_bytes([cp_safe(x) for x in pages]))
        also["form"] = f"browser print to PDF ({'Chrome' if chrome else 'Firefox'} header/footer, fields {st})"
    elif kind in ("ocr", "ocr-columns"):
        txt = render_text(items, "box" if kind == "ocr-columns" else style, lang)
        damage_strength = drng.choice(["light", "medium", "medium", "heavy"])
        if kind == "ocr-columns":
            # the scanner read the label column of the identification block first, then the value column
            lines = txt.splitlines()
            a = next(i for i, x in enumerate(lines) if x.startswith("[-]"))
            b = next(i for i, x in enumerate(lines) if i > a + 1 and x.startswith("[-]"))
            labs, vals = [], []
            for x in lines[a + 1:b]:
                if "[ " in x and x.index("[ ") > 20:
                    k = x.index("[ ")
                    labs.append(x[:k].rstrip())
                    vals.append(x[k:])
                else:
                    labs.append(x)
            lines = lines[:a + 1] + labs + [""] + vals + lines[b:]
            txt = "\n".join(lines)
        pages = paginate(txt, 48, lambda n, m: f"{label(lang, 'portal')} - EWD  {printed}",
                         lambda n, m: f"{url}   {n}/{m}")
        pages = [damage(pg, drng, damage_strength) for pg in pages]
        path.write_text("\n\f".join(pages) + "\n", encoding="utf-8")
        also["form"] = "scan of the printed page, OCR" + (" (label column read before value column)" if kind == "ocr-columns" else "")
        also["damage"] = damage_strength
    # truth
    sup = p["supervisor"]
    truth_reports = [{"title": r["title_fr"] if lang == "fr" else r["title"], "classification": r["classification"],
                      "fte": r["fte"]} for r in reports]
    dims = not o["dims_collapsed"]
    fields = {
        "title": p["title_fr"] if lang == "fr" else p["title"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["number"],
        "effective_date": eff,
        "supervisor": {"position_number": sup["number"] if s["num_shown"] else None,
                       "title": sup["title_fr"] if lang == "fr" else sup["title"],
                       "classification": sup["classification"] if s["cls_shown"] else None},
        "direct_reports": truth_reports or None,
        "salary": p["salary"] if dims else None,
        "o_and_m": o_m if dims else None,
        "total": (p["salary"] + o_m) if dims and o["total_shown"] else None,
        "location": o["loc"],
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
          if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "classification") if fields["supervisor"][k] is None]
    if truth_reports and all(r["fte"] is None for r in truth_reports):
        ns.append("direct_reports.fte")
    del also["portal_print"]
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if lang == "fr":
        also["title_en"] = p["title"]
    if dims and o["fte_shown"]:
        also["fte"] = p["fte"]
    if o["dims_collapsed"]:
        also["dimensions"] = "section collapsed in the saved page: no amounts printed"
    if p["number"] is None:
        also["position_status"] = "New (position number blank, assigned on approval)"
    if eff is None:
        also["effective_date_printed"] = "blank, with the date-picker hint and 'This field is required'"
    if o["loc"] is None:
        also["location_printed"] = "-- Select -- (no value chosen)"
    if o["history"]:
        also["former_classification"] = o["history"]
    also["form_id"] = f"EWD-{o['year']}-{o['formno']:05d} (not the position number)"
    if "pos" in sup and sup["pos"]["id"] in name_of:
        also["reports_to_in_corpus"] = name_of[sup["pos"]["id"]]
    versions = None
    if v:
        pair = [x for x in jobs if x["p"] is p]
        old = next(x["file"] for x in pair if x["version"][1] == "old")
        new = next(x["file"] for x in pair if x["version"][1] == "new")
        versions = {"documents": [old, new], "newest": new, "same_text": v[0] == "same",
                    "note": {"draft": "the autosaved draft (page saved as text) a year earlier than the submitted "
                                      "print, O&M $45,000 higher",
                             "older": "the Markdown copy a year earlier, O&M $45,000 higher; the Word copy is final",
                             "same": "one page printed to PDF and saved as text; same content"}[v[0]]}
        if v[0] == "same":
            versions["note"] += " (page furniture of the print differs: the PDF has the browser's header and footer)"
    truth = {"document": j["file"], "kind": kind, "language": lang, "outcome": "import", "fields": fields,
             "not_stated": ns, "also": also, "people": people, "versions": versions}
    (EXPECTED / (j["file"] + ".expected.yaml")).write_text(to_yaml(truth), encoding="utf-8")


# ---------------------------------------------------------------- refusals
def refusals():
    rng = random.Random(2117)
    # 1. the portal's empty form, saved as text
    lab = lambda k: label("bilingual", k)
    sel = lab("sel")
    n1 = new_name()
    empty = [L["en"]["menu"], L["en"]["signed"].format(n=n1), L["en"]["crumbs"], "", L["en"]["form"],
             "=" * len(L["en"]["form"]), lab("req"), "", f"[-] {lab('ident')}"]
    for k in ("title", "title_fr"):
        empty += [lab(k) + " *", "[                    ]"]
    empty += [lab("cls") + " *", f"[ {sel} ▼ ]", lab("job"), "[                    ]", lab("status") + " *",
              f"( ) {lab('existing')}  ( ) {lab('new')}", lab("num") + " *", "[                    ]",
              lab("eff") + " *", f"[ {lab('hint_date')} ]", "", f"[-] {lab('org')}", lab("dept") + " *",
              f"[ {sel} ▼ ]", lab("loc") + " *", f"[ {sel} ▼ ]", "", f"[-] {lab('sup')}", lab("lookup") + " *",
              "[                    ]  Search", "", f"[-] {lab('reps')} (0)", "No direct reports added.",
              lab("add"), "", f"[-] {lab('dims')}", lab("sal") + " *", "[          ]", lab("om") + " *",
              "[          ]", lab("tot_calc"), "0.00", "", f"[-] {lab('ga')}", "", lab("remain").format(n="4,000"),
              "", "[ Save draft ]   [ Submit ]   [ Cancel ]", ""]
    f1 = "EWD e-Form - blank.txt"
    (CORPUS / f1).write_text("\n".join(empty), encoding="utf-8")
    write_refusal(f1, "text", "bilingual", "the portal's empty EWD e-form saved as text: every field blank or -- Select --", [n1])
    # 2. search page listing forms, printed to PDF
    n2 = new_name()
    rows = []
    for i in range(14):
        cls = rng.choice(["EX-01", "EX-01", "EX-02", "EX-03"])
        subj = rng.choice(T.UNITS)[0]
        t = {"EX-01": "Director", "EX-02": "Executive Director", "EX-03": "Director General"}[cls] + ", " + subj
        rows.append(f"EWD-2024-{rng.randint(1000, 9999):05d}  {t:<44}{cls}   {rng.choice(['Draft', 'Submitted', 'Approved', 'Returned'])}   2024-0{rng.randint(1, 3)}-{rng.randint(10, 28)}")
    page = ["HR Service Portal - My requests", "Home | My requests | Forms | Reports | Help",
            f"Signed in as {n2} | Français | Sign out", "Home > My requests > Search", "",
            "Search requests", "Form type: [ Executive work description (EWD) v ]   Status: [ -- All -- v ]",
            "Keyword: [            ]   [ Search ]  [ Clear ]", "", "14 results   Sort by: [ Last modified v ]", "",
            "Form ID          Title                                       Group    Status      Last modified"] + rows + [
            "", "< Previous  1  Next >", "Export results (CSV)"]
    f2 = "HR Service Portal - My requests (search results).pdf"
    hdr = "20/03/2024, 09:12                HR Service Portal - My requests"
    ftr = "https://hrportal.intranet.example.gc.ca/requests/search?type=EWD&page=1                   1/1"
    (CORPUS / f2).write_bytes(pdf_bytes([cp_safe("\n".join([hdr, ""] + page + ["", ftr]))]))
    write_refusal(f2, "pdf", "en", "a search page of the portal listing 14 EWD forms (ids, titles, groups, statuses), printed to PDF", [n2])
    # 3. confirmation page, markdown
    n3 = new_name()
    conf = ["Accueil > Mes demandes > Confirmation  ", "", "# Demande soumise / Request submitted", "",
            "> ✓ Votre demande **2024-0412** a été soumise le 2024-03-21 à 14:07.", "",
            "> ✓ Your request **2024-0412** has been submitted on 2024-03-21 at 14:07.", "",
            "Type : Description de travail de cadre (DTC) / Executive work description (EWD)  ",
            "Poste / Position : Directeur, Opérations (EX-01) – 40312  ",
            f"Soumis par / Submitted by : {n3}  ", "",
            "Un courriel de confirmation vous a été envoyé. / A confirmation e-mail has been sent to you.", "",
            "Prochaine étape / Next step : examen par la Classification / Classification review (10 jours ouvrables / 10 business days)",
            "", "[Retour à Mes demandes / Back to My requests] · [Imprimer / Print]", ""]
    f3 = "Confirmation - demande 2024-0412.md"
    (CORPUS / f3).write_text("\n".join(conf), encoding="utf-8")
    write_refusal(f3, "markdown", "bilingual", "the portal's confirmation page after submitting request 2024-0412 (one line naming a position and its group)", [n3])
    # 4. a reminder e-mail about e-forms, Word
    n4, n5 = new_name(), new_name()
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 3, 1, 9, 0)
    d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = ""
    for line in [f"From: {n4}", "To: EX Managers - Branch distribution list", "Date: March 1, 2024",
                 "Subject: Reminder - executive work descriptions to be submitted through the HR Service Portal"]:
        d.add_paragraph(line)
    d.add_paragraph("Good morning,")
    d.add_paragraph("As of April 1, 2024, executive work descriptions (EX-01 to EX-03) must be submitted through the "
                    "new EWD e-Form in the HR Service Portal. Paper and Word versions will no longer be accepted by "
                    "Classification. When completing the form: enter the title as approved; select the group and "
                    "level; list every direct report with its group and level and FTEs; enter the salary and O&M "
                    "budgets in whole dollars (the total is calculated).")
    d.add_paragraph("Please save a draft often: the session expires after 30 minutes. Questions can be sent to "
                    f"{n5}, Classification Advisor.")
    d.add_paragraph("Thank you,")
    d.add_paragraph(n4)
    buf = io.BytesIO()
    d.save(buf)
    f4 = "Reminder - EWD e-Form mandatory April 1.docx"
    (CORPUS / f4).write_bytes(rezip(buf.getvalue()))
    write_refusal(f4, "docx", "en", "an e-mail reminding managers that executive work descriptions go through the e-form", [n4, n5])
    # 5. a scanned print of a form without a text layer
    f5 = "scan_20240322_0931.pdf"
    (CORPUS / f5).write_bytes(pdf_bytes(["", "", ""]))
    write_refusal(f5, "pdf", "en", "a three-page scan of a printed e-form saved without OCR: no text layer", [])


def write_refusal(name, kind, lang, what, people):
    truth = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": None, "also": {"what": what}, "people": people, "versions": None}
    (EXPECTED / (name + ".expected.yaml")).write_text(to_yaml(truth), encoding="utf-8")


# ---------------------------------------------------------------- a small YAML writer (stable output)
def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def to_yaml(obj, indent=0):
    pad = "  " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict) and v:
                out.append(f"{pad}{k}:")
                out.append(to_yaml(v, indent + 1))
            elif isinstance(v, list) and v:
                out.append(f"{pad}{k}:")
                for x in v:
                    if isinstance(x, dict):
                        first = True
                        for kk, vv in x.items():
                            out.append(f"{pad}{'- ' if first else '  '}{kk}: {scalar(vv)}")
                            first = False
                    else:
                        out.append(f"{pad}- {scalar(x)}")
            elif isinstance(v, (list, dict)):
                out.append(f"{pad}{k}: {'[]' if isinstance(v, list) else '{}'}")
            else:
                out.append(f"{pad}{k}: {scalar(v)}")
    return "\n".join(out) + ("\n" if indent == 0 else "")


if __name__ == "__main__":
    main()
