"""Generate blind162: deputy head's office packages (classification / staffing packages saved as one
file, the work description one part among others). Deterministic: run from the repository root,
    python bench/import/blind162/make_blind.py
writes corpus/ and expected/ beside this file, the same bytes on every run."""
import datetime as dt
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

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
NBSP = "\u00a0"


# ---------------------------------------------------------------- notations
def fmt_date(d, style, lang):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def fmt_money(v, style, lang):
    if lang == "fr":
        if style in ("m", "k") and v % 10000 == 0 and v >= 1000000:
            return f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        return f"{v:,}".replace(",", NBSP if style == "k" else " ") + " $"
    if style == "m":
        if v % 10000 == 0 and v >= 1000000:
            return f"${v / 1e6:.2f}".rstrip("0").rstrip(".") + "M"
        return f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"
    if style == "k" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    return f"${v:,}"


# ---------------------------------------------------------------- positions
def make_positions():
    rng = random.Random(162)
    names = [f"{f} {l}" for f in T.FIRST for l in T.LAST]
    rng.shuffle(names)
    name_iter = iter(names)
    areas = list(T.AREAS)
    positions = []
    levels = (["dir"] * 17 + ["sdir"] * 6 + ["ed"] * 11 + ["dg"] * 10)
    rng.shuffle(levels)
    for i, lev in enumerate(levels):
        area, area_fr = areas[i]
        dcode, dept, dept_fr = T.DEPTS[i % len(T.DEPTS)]
        sup_area, sup_area_fr = areas[(i + 17) % len(areas)]
        if lev == "dir":
            title, title_fr, cls = f"Director, {area}", f"Directeur, {area_fr}", "EX-01"
        elif lev == "sdir":
            title, title_fr = f"Senior Director, {area}", f"Directeur principal, {area_fr}"
            cls = rng.choice(["EX-01", "EX-02"])
        elif lev == "ed":
            title, title_fr, cls = (f"Executive Director, {area}", f"Directeur exécutif, {area_fr}", "EX-02")
        else:
            title, title_fr, cls = (f"Director General, {area}", f"Directeur général, {area_fr}", "EX-03")
        if lev == "dg":
            branch = rng.choice([("Operations", "des opérations"), ("Policy", "des politiques"),
                                 ("Program Operations", "des opérations de programmes"),
                                 ("Regulatory Affairs", "des affaires réglementaires"),
                                 ("Corporate Services", "des services ministériels")])
            sup = {"title": f"Assistant Deputy Minister, {branch[0]}",
                   "title_fr": f"Sous-ministre adjoint, Secteur {branch[1]}", "classification": "EX-04"}
        else:
            sup = {"title": f"Director General, {sup_area}", "title_fr": f"Directeur général, {sup_area_fr}",
                   "classification": "EX-03" if cls == "EX-02" else rng.choice(["EX-02", "EX-03", "EX-03"])}
        sup["position_number"] = str(rng.randint(10000, 99999)) if rng.random() < 0.8 else None
        nrep = rng.randint(2, 5)
        roles = [r for r in T.REPORT_ROLES if (r[2] == ["EX-01"]) == (lev == "dg")]
        reps = []
        for r in rng.sample(roles, min(nrep, len(roles))):
            fte = rng.randint(4, 38)
            c = rng.choice(r[2])
            if r[0] == "Senior Advisor":
                fte = None
            reps.append({"title": r[0], "title_fr": r[1], "classification": c, "fte": fte})
        if rng.random() < 0.15:
            reps[rng.randrange(len(reps))]["classification"] = None
        salary = rng.randint(90, 900) * 10000 if lev != "dg" else rng.randint(400, 2600) * 10000
        om = rng.randint(40, 1400) * 1000
        p = {
            "i": i, "lev": lev, "dcode": dcode, "dept": dept, "dept_fr": dept_fr, "area": area,
            "area_fr": area_fr, "title": title, "title_fr": title_fr, "classification": cls,
            "job_code": str(rng.randint(100100, 105999)) if rng.random() < 0.6 else None,
            "position_number": (str(rng.randint(10000, 99999)) if rng.random() < 0.5 else
                                str(rng.randint(100000, 999999))) if rng.random() < 0.85 else None,
            "effective_date": (dt.date(rng.choice([2022, 2023, 2024, 2025]), rng.randint(1, 12),
                                       rng.choice([1, 1, 1, 15, rng.randint(2, 28)]))
                               if rng.random() < 0.85 else None),
            "location": T.LOCATIONS[rng.randrange(len(T.LOCATIONS))],
            "supervisor": sup, "reports": reps, "salary": salary, "om": om,
            "total_stated": rng.random() < 0.75,
            "fte_total": (sum(r["fte"] or 0 for r in reps) + rng.randint(1, 6)) if rng.random() < 0.4 else None,
            "people": {k: next(name_iter) for k in ("incumbent", "supervisor", "dm", "adm", "classifier",
                                                     "hr", "assistant", "dgstaff", "corp")},
        }
        positions.append(p)
    # two directors whose supervisor's own package is in the corpus
    for child, parent in ((3, 0), (9, 5)):
        dgs = [p for p in positions if p["lev"] == "dg"]
        dirs = [p for p in positions if p["lev"] == "dir"]
        c, par = dirs[child], dgs[parent // 5]
        if par["position_number"] is None:
            par["position_number"] = str(40000 + par["i"] * 7)
        c["supervisor"] = {"title": par["title"], "title_fr": par["title_fr"],
                           "classification": par["classification"], "position_number": par["position_number"]}
        c["parent"] = par
    return positions


# ---------------------------------------------------------------- blocks
# a block: ("title", s) part title | ("h", s) heading | ("p", s) | ("kv", [(k, v)]) | ("table", rows)
# | ("bullets", [s]) | ("pre", [lines])

def wd_blocks(p, lang, st):
    fr = lang == "fr"
    sup = p["supervisor"]
    dfmt = lambda d: fmt_date(d, st["date"], lang)  # noqa: E731
    mfmt = lambda v: fmt_money(v, st["money"], lang)  # noqa: E731
    shown_cls = st.get("wd_cls", p["classification"])
    if st.get("wd_proposed"):
        shown_cls += " (proposé)" if fr else " (proposed)"
    posno = p["position_number"] or st["no_posno"]
    b = [("title", "DESCRIPTION DE TRAVAIL — GROUPE DE LA DIRECTION" if fr else
          "EXECUTIVE WORK DESCRIPTION")]
    kv = []
    if st["form"] == "A":
        L = (["Titre du poste", "Groupe et niveau", "Numéro de poste", "Code d'emploi", "Date d'entrée en vigueur",
              "Ministère", "Lieu", "Titre du poste du superviseur", "Groupe et niveau du superviseur",
              "Numéro de poste du superviseur"] if fr else
             ["Position title", "Group and level", "Position number", "Job code", "Effective date", "Department",
              "Location", "Supervisor's position title", "Supervisor's group and level", "Supervisor's position number"])
        kv = [(L[0], p["title_fr"] if fr else p["title"]), (L[1], shown_cls)]
        if posno is not False:
            kv.append((L[2], posno))
        if p["job_code"]:
            kv.append((L[3], p["job_code"]))
        kv.append((L[4], dfmt(p["effective_date"])))
        kv += [(L[5], p["dept_fr"] if fr else p["dept"]), (L[6], p["location"][1 if fr else 0]),
               (L[7], sup["title_fr"] if fr else sup["title"]), (L[8], sup["classification"])]
        if sup["position_number"]:
            kv.append((L[9], sup["position_number"]))
        b.append(("kv", kv))
    else:
        L = (["TITRE", "GROUPE/NIVEAU", "NO DE POSTE", "CODE D'EMPLOI", "EN VIGUEUR LE", "MINISTÈRE", "LIEU",
              "RELÈVE DE"] if fr else
             ["TITLE", "GROUP/LEVEL", "POSITION NO.", "JOB CODE", "EFFECTIVE", "DEPARTMENT", "LOCATION", "REPORTS TO"])
        kv = [(L[0], p["title_fr"] if fr else p["title"]), (L[1], shown_cls)]
        if posno is not False:
            kv.append((L[2], posno))
        kv.append((L[3], p["job_code"] or "s.o." if fr else p["job_code"] or "N/A"))
        if p["effective_date"]:
            kv.append((L[4], dfmt(p["effective_date"])))
        kv += [(L[5], p["dept_fr"] if fr else p["dept"]), (L[6], p["location"][1 if fr else 0])]
        rt = f"{sup['title_fr'] if fr else sup['title']} ({sup['classification']})"
        if sup["position_number"]:
            rt += f", poste {sup['position_number']}" if fr else f", position {sup['position_number']}"
        kv.append((L[7], rt))
        b.append(("kv", kv))
    ctx = {"title": p["title"], "title_fr": p["title_fr"], "area_l": p["area"].lower(),
           "area_fr_l": p["area_fr"].lower(), "dept": p["dept"], "dept_fr": p["dept_fr"],
           "sup": sup["title"], "sup_fr": sup["title_fr"]}
    b.append(("h", "RESPONSABILITÉ GÉNÉRALE" if fr else "GENERAL ACCOUNTABILITY"))
    b.append(("p", (T.GA_FR if fr else T.GA_EN).format(**ctx)))
    b.append(("h", "STRUCTURE ORGANISATIONNELLE" if fr else "ORGANIZATION STRUCTURE"))
    nsib = st["siblings"]
    b.append(("p", (f"Le {p['title_fr']} est l'un des {nsib} postes relevant du {sup['title_fr']}." if fr else
                    f"The {p['title']} is one of {nsib} positions reporting to the {sup['title']}.")))
    reps = p["reports"]
    def rep_txt(r):
        t = r["title_fr"] if fr else r["title"]
        if r["fte"] is None:
            f = "aucun personnel" if fr else "no staff"
        else:
            f = f"{r['fte']} ETP" if fr else f"{r['fte']} FTEs"
        return t, (r["classification"] or ""), f
    b.append(("p", "Relèvent du titulaire :" if fr else "Reporting to the position are:"))
    if st["reports"] == "bullets":
        items = []
        for r in reps:
            t, c, f = rep_txt(r)
            items.append(f"{t} ({c}) — {f}" if c else f"{t} — {f}")
        b.append(("bullets", items))
    elif st["reports"] == "table":
        rows = [["Poste", "Groupe/niveau", "ETP"] if fr else ["Position", "Group/level", "FTEs"]]
        for r in reps:
            t, c, f = rep_txt(r)
            rows.append([t, c or "—", str(r["fte"]) if r["fte"] is not None else "—"])
        b.append(("table", rows))
    else:
        parts = []
        for r in reps:
            t, c, f = rep_txt(r)
            cc = f" ({c})" if c else ""
            if r["fte"] is None:
                parts.append(f"le {t}{cc}, sans personnel" if fr else f"the {t}{cc}, who has no staff")
            else:
                parts.append(f"le {t}{cc}, qui dirige {r['fte']} ETP" if fr else f"the {t}{cc}, who leads {r['fte']} FTEs")
        b[-1] = ("p", ("Relèvent du titulaire " if fr else "Reporting to the position are ") +
                 "; ".join(parts[:-1]) + ("; et " if fr else "; and ") + parts[-1] + ".")
    b.append(("h", "NATURE ET PORTÉE" if fr else "NATURE AND SCOPE"))
    b.append(("p", T.NS_FR if fr else T.NS_EN))
    b.append(("h", "DIMENSIONS"))
    om = st.get("wd_om", p["om"])
    dims = [("Salaires" if fr else "Salary", mfmt(p["salary"])), ("F et E" if fr else "O&M", mfmt(om))]
    if p["total_stated"]:
        dims.append(("Total", mfmt(p["salary"] + om)))
    if p["fte_total"]:
        dims.append(("ETP" if fr else "FTEs", str(p["fte_total"])))
    b.append(("kv", dims))
    b.append(("h", "ACTIVITÉS PRINCIPALES" if fr else "SPECIFIC ACCOUNTABILITIES"))
    b.append(("bullets", [s.format(**ctx) for s in (T.SA_FR if fr else T.SA_EN)]))
    return b


def routing_blocks(p, lang, st, rng):
    fr = lang == "fr"
    pe = p["people"]
    b = [("title", "FICHE D'ACHEMINEMENT / ROUTING SLIP"),
         ("kv", [("Dossier / File", st["file"]),
                 ("Objet / Subject", (f"Classification — {p['title_fr']}" if fr else f"Classification — {p['title']}")),
                 ("Cote de sécurité / Security", "Protégé B / Protected B")])]
    d0 = st["slip_date"]
    rows = [["Nom / Name", "Titre / Title", "Init.", "Date", "Action"]]
    steps = [(pe["hr"], "Conseillère principale, classification" if fr else "Senior Classification Advisor", "Prepare"),
             (pe["supervisor"], p["supervisor"]["title_fr"] if fr else p["supervisor"]["title"], "Review"),
             (pe["adm"], "SMA / ADM", "Sign"), (pe["corp"], "Secrétariat ministériel / Corporate Secretariat", "Review"),
             (pe["dm"], "Sous-ministre / Deputy Minister", "Approve")]
    for k, (n, t, a) in enumerate(steps):
        ini = "".join(w[0] for w in n.split())
        rows.append([n, t, ini if k < st["slip_done"] else "", (d0 + dt.timedelta(days=3 * k)).strftime("%Y-%m-%d")
                     if k < st["slip_done"] else "", a])
    b.append(("table", rows))
    b.append(("p", "Retour à / Return to: " + pe["assistant"] + ", Bureau du sous-ministre / Deputy Minister's Office"))
    used = [pe["hr"], pe["supervisor"], pe["adm"], pe["corp"], pe["dm"], pe["assistant"]]
    return b, used


def memo_blocks(p, lang, st):
    fr = lang == "fr"
    pe = p["people"]
    mfmt = lambda v: fmt_money(v, "full", lang)  # noqa: E731
    title = p["title_fr"] if fr else p["title"]
    cls = st.get("memo_cls", p["classification"])
    b = [("title", "NOTE AU SOUS-MINISTRE" if fr else "MEMORANDUM TO THE DEPUTY MINISTER"),
         ("kv", [("De" if fr else "From", f"{pe['adm']}, " + ("Sous-ministre adjoint" if fr else "Assistant Deputy Minister")),
                 ("Dossier" if fr else "File", st["file"]),
                 ("Objet" if fr else "Subject",
                  (f"Classification du poste de {title} ({cls})" if fr else f"Classification of the position of {title} ({cls})"))]),
         ("h", "OBJET" if fr else "PURPOSE"),
         ("p", ("Obtenir votre approbation de la description de travail ci-jointe." if fr else
                "To seek your approval of the attached work description."))]
    other = []
    if st.get("memo_stale"):
        k, v = st["memo_stale"]
        if k == "om":
            other.append(f"Le budget de F et E du poste est d'environ {mfmt(v)}." if fr else
                         f"The position manages an O&M budget of approximately {mfmt(v)}.")
        elif k == "fte":
            other.append(f"La direction compte {v} ETP." if fr else f"The directorate has {v} FTEs.")
        elif k == "salary":
            other.append(f"L'enveloppe salariale est de {mfmt(v)}." if fr else f"The salary envelope is {mfmt(v)}.")
    b.append(("h", "CONTEXTE" if fr else "BACKGROUND"))
    b.append(("p", (f"Le poste relève du {p['supervisor']['title_fr']}. " if fr else
                    f"The position reports to the {p['supervisor']['title']}. ") + " ".join(other)))
    if st.get("budget"):
        new_om, old_om = st["budget"]
        tot = p["salary"] + new_om
        b.append(("h", "DÉCISION" if fr else "DECISION"))
        b.append(("p", (f"Le sous-ministre a approuvé un budget de F et E de {mfmt(new_om)} pour le poste "
                        f"(au lieu de {mfmt(old_om)} indiqué dans la description), pour un total de {mfmt(tot)}." if fr else
                        f"The Deputy Minister approved an O&M budget of {mfmt(new_om)} for the position (instead of "
                        f"the {mfmt(old_om)} shown in the work description), for a total of {mfmt(tot)}.")))
    b.append(("h", "RECOMMANDATION" if fr else "RECOMMENDATION"))
    b.append(("p", "Il est recommandé d'approuver la description de travail." if fr else
              "It is recommended that you approve the work description."))
    b.append(("kv", [("Approuvé / Approved", "☐" if False else "[X]"), ("Sous-ministre / Deputy Minister", pe["dm"]),
                     ("Date", st["slip_date"].isoformat())]))
    return b, [pe["adm"], pe["dm"]]


def decision_blocks(p, lang, st):
    fr = lang == "fr"
    pe = p["people"]
    dec = st["decision"]
    b = [("title", "DÉCISION DE CLASSIFICATION" if fr else "CLASSIFICATION DECISION"),
         ("kv", [("Poste" if fr else "Position", p["position_number"] or ("nouveau" if fr else "new")),
                 ("Titre" if fr else "Title", p["title_fr"] if fr else p["title"]),
                 ("Niveau demandé" if fr else "Level requested", st.get("wd_cls", p["classification"])),
                 ("Décision" if fr else "Decision", dec),
                 ("Points", st["points"])]),
         ("h", "JUSTIFICATION" if fr else "RATIONALE")]
    if dec != st.get("wd_cls", p["classification"]):
        b.append(("p", (f"L'évaluation du poste selon le plan d'évaluation de la direction ne soutient pas le niveau "
                        f"demandé. Le poste est classifié au niveau {dec}, à compter de la date de la description." if fr else
                        f"The evaluation against the executive evaluation plan does not support the level requested. "
                        f"The position is classified at {dec}, effective the date of the work description.")))
    else:
        b.append(("p", (f"L'évaluation confirme le niveau {dec}, comparable aux postes repères de la direction." if fr else
                        f"The evaluation confirms the {dec} level, comparable to benchmark positions of the group.")))
    b.append(("kv", [("Classifié par / Classified by", pe["classifier"]), ("Date", st["slip_date"].isoformat())]))
    return b, [pe["classifier"]]


def hr_blocks(p, st):
    g = p["classification"].split("-")
    eff = st.get("hr_eff") or p["effective_date"] or st["slip_date"]
    sup = p["supervisor"]
    rows = [("Position Nbr", p["position_number"] or "00000000"), ("Eff Date", eff.strftime("%Y/%m/%d")),
            ("Status", "Active" if p["position_number"] else "Proposed"),
            ("Descr", p["title"][:30].upper()), ("Business Unit", p["dcode"].upper()[:5]),
            ("Job Code", p["job_code"] or ""), ("Reports To", sup["position_number"] or ""),
            ("Salary Plan", g[0]), ("Grade", g[1]), ("Std Hours", "37.50"), ("FTE", "1.000"),
            ("Max Head Count", "1"), ("Location", p["location"][0].split(",")[0].upper())]
    return [("title", "POSITION DATA — MyGCHR (PeopleSoft)"),
            ("p", f"Printed {st['slip_date'].isoformat()} 09:14 by {p['people']['hr']}"), ("kv", rows)], \
        [p["people"]["hr"]]


def org_blocks(p, lang):
    fr = lang == "fr"
    sup = p["supervisor"]
    lines = [f"{sup['title_fr'] if fr else sup['title']} ({sup['classification']})",
             f"  +-- {p['title_fr'] if fr else p['title']} ({p['classification']})"]
    for r in p["reports"]:
        t = r["title_fr"] if fr else r["title"]
        lines.append(f"  |     +-- {t} ({r['classification'] or '?'}) [{r['fte'] if r['fte'] is not None else 0}]")
    lines.append(f"  +-- {'Directeur, Services ministériels' if fr else 'Director, Corporate Services'} (EX-01)")
    return [("title", "ORGANIGRAMME" if fr else "ORGANIZATION CHART"), ("pre", lines)]


def sign_blocks(p, lang, st):
    fr = lang == "fr"
    pe = p["people"]
    d = st["slip_date"].isoformat()
    return [("title", "SIGNATURES"),
            ("kv", [("Titulaire" if fr else "Incumbent", f"{pe['incumbent']}    Date: {d}"),
                    ("Superviseur" if fr else "Supervisor", f"{pe['supervisor']}, "
                     f"{p['supervisor']['title_fr'] if fr else p['supervisor']['title']}    Date: {d}"),
                    ("Administrateur général / Deputy head", f"{pe['dm']}    Date: {d}")])], \
        [pe["incumbent"], pe["supervisor"], pe["dm"]]


# ---------------------------------------------------------------- renderers
def block_lines(blocks, md=False):
    out = []
    for kind, v in blocks:
        if kind == "title":
            out += ["# " + v if md else v.upper(), ""]
        elif kind == "h":
            out += ["## " + v.title() if md else v, ""]
        elif kind == "p":
            out += (textwrap.wrap(v, 100) if not md else [v]) + [""]
        elif kind == "kv":
            out += [(f"**{k}:** {val}" if md else f"{k}: {val}") for k, val in v] + [""]
        elif kind == "bullets":
            out += [("- " if md else "  - ") + x for x in v] + [""]
        elif kind == "table":
            if md:
                out.append("| " + " | ".join(v[0]) + " |")
                out.append("|" + "---|" * len(v[0]))
                out += ["| " + " | ".join(r) + " |" for r in v[1:]]
            else:
                w = [max(len(r[c]) for r in v) for c in range(len(v[0]))]
                out += ["  ".join(r[c].ljust(w[c]) for c in range(len(r))).rstrip() for r in v]
            out.append("")
        elif kind == "pre":
            out += (["```"] + v + ["```"]) if md else v
            out.append("")
    return out


def paginate(parts, per=58):
    pages = []
    for blocks in parts:
        lines = block_lines(blocks)
        while lines:
            pages.append(lines[:per])
            lines = lines[per:]
    return pages


def with_running(pages, st):
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        foot = st["footer"].format(k=k, n=n, file=st["file"])
        out.append([st["header"], ""] + pg + ["", foot])
    return out


def render_pdf(parts, st):
    pages = with_running(paginate(parts), st)
    return pdf_bytes(["\n".join(pg) for pg in pages])


def render_text(parts, st, md=False):
    chunks = []
    for blocks in parts:
        chunks.append("\n".join(block_lines(blocks, md)).rstrip())
    sep = "\n\n---\n\n" if md else "\n\n" + "=" * 72 + "\n\n"
    head = f"{st['header']}\n\n" if not md else f"*{st['header']} — {st['file']}*\n\n"
    return head + sep.join(chunks) + "\n"


def render_docx(parts, st):
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2024, 5, 1, 12, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "DMO"
    cp.last_modified_by = "DMO"
    cp.revision = 1
    cp.title = ""
    sec = d.sections[0]
    sec.header.paragraphs[0].text = st["header"]
    sec.footer.paragraphs[0].text = st["footer"].format(k="", n="", file=st["file"]).replace("Page  of ", "").replace(
        "Page  / ", "").replace("-  -", "").strip(" —-")
    for pi, blocks in enumerate(parts):
        if pi:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        for kind, v in blocks:
            if kind == "title":
                d.add_heading(v, level=1)
            elif kind == "h":
                d.add_heading(v.capitalize() if v.isupper() else v, level=2)
            elif kind == "p":
                d.add_paragraph(v)
            elif kind == "kv":
                if st.get("kv_table"):
                    t = d.add_table(rows=0, cols=2)
                    t.style = "Table Grid"
                    for k, val in v:
                        c = t.add_row().cells
                        c[0].text, c[1].text = k, val
                    d.add_paragraph("")
                else:
                    for k, val in v:
                        para = d.add_paragraph()
                        para.add_run(k + ": ").bold = True
                        para.add_run(val)
            elif kind == "bullets":
                for x in v:
                    d.add_paragraph(x, style="List Bullet")
            elif kind == "table":
                t = d.add_table(rows=0, cols=len(v[0]))
                t.style = "Table Grid"
                for r in v:
                    c = t.add_row().cells
                    for j, x in enumerate(r):
                        c[j].text = x
                d.add_paragraph("")
            elif kind == "pre":
                for line in v:
                    d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


SUBS = {"0": "O", "1": "Il", "5": "S", "8": "B"}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"), ("a", "o")]


def damage(text, strength, rng):
    pd, pl, pr = {"light": (0.12, 0.004, 0.004), "medium": (0.3, 0.012, 0.012), "heavy": (0.55, 0.025, 0.03)}[strength]
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if any(ch.isdigit() for ch in w):
                w = "".join((rng.choice(SUBS[ch]) if ch in SUBS and rng.random() < pd else ch) for ch in w)
                if strength == "heavy" and w.startswith("$") and rng.random() < 0.3:
                    w = "S" + w[1:]
            elif len(w) > 3 and rng.random() < pl * 6:
                a, bb = LETTERS[rng.randrange(len(LETTERS))]
                if a in w:
                    w = w.replace(a, bb, 1)
            nw.append(w)
        s = ""
        for k, w in enumerate(nw):
            s += w
            if k < len(nw) - 1 and not (rng.random() < pr and w and nw[k + 1]):
                s += " "
        out.append(s)
    # hyphenated line ends: join long lines pairwise with a hyphen split
    res = []
    for line in out:
        if len(line) > 60 and rng.random() < pr * 10:
            cut = line.rfind(" ", 0, len(line) - 8)
            if cut > 20:
                head, tail = line[:cut + 1], line[cut + 1:]
                if len(tail) > 7 and tail.isalpha():
                    res += [head + tail[:4] + "-", tail[4:]]
                    continue
        res.append(line)
    return "\n".join(res)


def render_ocr(parts, st, rng):
    pages = with_running(paginate(parts, 54), st)
    txt = []
    for pg in pages:
        txt.append(damage("\n".join(pg), st["damage"], rng))
    return ("\n\n\f".join(txt) + "\n").encode("utf-8")


CP_MAP = str.maketrans({"'": "\u2019"})


# ---------------------------------------------------------------- the corpus
def main():
    positions = make_positions()
    rng = random.Random(16200)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    kinds = (["pdf"] * 16 + ["docx"] * 13 + ["ocr"] * 7 + ["text"] * 3 + ["text-cp1252"] * 2 + ["markdown"] * 2)
    langs = (["en"] * 16 + ["fr"] * 12 + ["bilingual"] * 15)
    rng.shuffle(kinds)
    rng.shuffle(langs)
    # the positions 0..42 get one package each; position 43 gets two versions (docx draft, pdf signed)
    docs = []
    for p in positions:
        i = p["i"]
        if i < 43:
            docs.append((p, kinds[i], langs[i], None))
        else:
            docs.append((p, "docx", "en", "draft"))
            docs.append((p, "pdf", "en", "final"))
    truths = []
    for p, kind, lang, ver in docs:
        docs_rng = random.Random(162000 + p["i"] * 3 + (1 if ver == "final" else 0))
        truths.append(write_package(p, kind, lang, ver, docs_rng, corpus, expected, positions))
    for p, truth in truths:
        if p.get("parent"):
            truth["also"]["reports_to_in_corpus"] = p["parent"]["doc"]
        write_truth(expected, truth["document"], truth)
    write_refusals(positions, corpus, expected)


FILE_PATTERNS = [
    "Classification package - {t} - {c} (signed).{x}", "DM package_{short}_FINAL (1).{x}",
    "{file} {t}.{x}", "Trousse DM - {tf} - signé.{x}", "Package for DM signature - {t}, {c}.{x}",
    "{t} - classification package DRAFT.{x}", "Dossier de classification — {tf}.{x}",
    "Staffing package – {t} – {c}.{x}", "SCAN_{d}_{file}.{x}", "{file}_{short}_v2.{x}",
    "{t} (package, {c}) - signed.{x}", "Trousse de dotation, {tf} ({c}).{x}",
]


def write_package(p, kind, lang, ver, rng, corpus, expected, positions):
    i = p["i"]
    st = {"date": rng.choice(["long", "dmy", "iso"]) if lang != "fr" else rng.choice(["fr", "fr", "iso"]),
          "money": rng.choice(["full", "k", "m"]), "form": rng.choice(["A", "B"]),
          "reports": rng.choice(["bullets", "table", "sentence"]), "siblings": rng.choice([3, 4, 5, 6, 7]),
          "no_posno": rng.choice([False, "NEW", "TBD", "—", "À déterminer" if lang == "fr" else "Vacant"]),
          "file": f"DMO-{2024 + i % 2}-{rng.randint(100, 999):04d}",
          "slip_date": dt.date(2024, rng.randint(1, 12), rng.randint(1, 28)), "slip_done": rng.randint(2, 5),
          "points": f"{rng.randint(700, 2400):,}", "kv_table": rng.random() < 0.4}
    if p["effective_date"]:
        st["slip_date"] = p["effective_date"] - dt.timedelta(days=rng.randint(10, 90))
    if kind in ("text-cp1252",) and st["no_posno"] == "—":
        st["no_posno"] = "N/A"
    st["header"] = rng.choice(["PROTECTED B / PROTÉGÉ B", "PROTÉGÉ B / PROTECTED B", "PROTECTED B",
                               "PROTECTED B / PROTÉGÉ B — {file}".format(file=st["file"])])
    st["footer"] = rng.choice(["Page {k} of {n}", "{file} — Page {k} / {n}", "- {k} -", "{file}    {k}/{n}",
                               "Page {k} de {n} — Dossier {file}"])
    st["damage"] = rng.choice(["light", "medium", "medium", "heavy"])
    if kind in ("pdf", "text-cp1252"):
        st["no_posno"] = st["no_posno"]
    also = {"department": p["dept"]}
    truth_cls = p["classification"]
    truth_om = p["om"]
    scen = ["none", "none", "class_change", "class_same", "budget", "memo_stale", "memo_stale", "none"][i % 8]
    if ver == "draft":
        scen = "draft"
    elif ver == "final":
        scen = "budget"
    if scen == "class_change":
        lv = int(p["classification"][-1])
        st["wd_cls"] = f"EX-0{lv + 1}"
        st["wd_proposed"] = True
        st["decision"] = p["classification"]
        st["memo_cls"] = st["wd_cls"]
        also["decided"] = {"field": "classification", "description_says": st["wd_cls"] + " (proposed)",
                           "decision": p["classification"], "source": "classification decision"}
    elif scen == "class_same":
        st["wd_proposed"] = True
        st["decision"] = p["classification"]
        also["decided"] = {"field": "classification", "description_says": p["classification"] + " (proposed)",
                           "decision": p["classification"], "source": "classification decision (confirms)"}
    elif scen in ("budget",):
        p["total_stated"] = True
        old = p["om"] - rng.randint(5, 60) * 1000 if ver != "final" else p["om"] - 45000
        st["wd_om"] = old
        st["budget"] = (p["om"], old)
        also["decided"] = {"field": "o_and_m", "description_says": old, "decision": p["om"],
                           "total_in_description": p["salary"] + old, "source": "cover memo (Deputy Minister's approval)"}
    elif scen == "memo_stale":
        k = rng.choice(["om", "fte", "salary"])
        v = {"om": p["om"] + rng.randint(10, 90) * 1000, "fte": sum(r["fte"] or 0 for r in p["reports"]) + 17,
             "salary": p["salary"] + rng.randint(5, 40) * 10000}[k]
        st["memo_stale"] = (k, v)
        also["memo_differs"] = {"memo_" + k: v, "note": "the memo's figure is not a decision; the description's is kept"}
    elif scen == "draft":
        st["wd_om"] = p["om"] - 45000
        truth_om = p["om"] - 45000
    if "decision" not in st:
        st["decision"] = p["classification"]
    # which parts
    L1 = "fr" if lang == "fr" else "en"
    if lang == "bilingual":
        order = ["en", "fr"] if rng.random() < 0.6 else ["fr", "en"]
    else:
        order = [L1]
    parts, people = [], []
    names = []
    has_memo = scen in ("budget", "memo_stale") or rng.random() < 0.5
    has_dec = scen in ("class_change", "class_same") or rng.random() < 0.3
    comp = []
    if scen != "draft":
        b, n = routing_blocks(p, "fr" if order[0] == "fr" else "en", st, rng)
        if rng.random() < 0.85:
            parts.append(b); names += n; comp.append("routing slip")
    if has_memo and scen != "draft":
        b, n = memo_blocks(p, order[0], st)
        parts.append(b); names += n; comp.append("cover memo")
    if has_dec and scen != "draft":
        b, n = decision_blocks(p, order[0], st)
        parts.append(b); names += n; comp.append("classification decision")
    for lg in order:
        parts.append(wd_blocks(p, lg, st)); comp.append(f"work description ({lg})")
    if rng.random() < 0.5:
        b, n = hr_blocks(p, st)
        if p["effective_date"] and rng.random() < 0.4:
            st["hr_eff"] = p["effective_date"] + dt.timedelta(days=rng.randint(20, 300))
            b, n = hr_blocks(p, st)
            also["hr_page_differs"] = {"eff_date": st["hr_eff"], "note": "the HR system row's date, not the description's"}
        parts.append(b); names += n; comp.append("position details (HR system)")
    if rng.random() < 0.5:
        parts.append(org_blocks(p, order[0])); comp.append("organization chart")
    if scen != "draft" and rng.random() < 0.8:
        b, n = sign_blocks(p, order[0], st)
        parts.append(b); names += n; comp.append("signature page")
    # file name
    short = "".join(w[0] for w in p["title"].split(",")[0].split()) + " " + p["area"].split()[0]
    pat = FILE_PATTERNS[i % len(FILE_PATTERNS)]
    if lang != "fr" and "{tf}" in pat:
        pat = FILE_PATTERNS[(i + 1) % len(FILE_PATTERNS)]
    if lang == "fr" and "{tf}" not in pat and rng.random() < 0.6:
        pat = "Trousse DM - {tf} - signé.{x}"
    if "SCAN_" in pat and kind != "ocr":
        pat = FILE_PATTERNS[0]
    if kind == "ocr":
        pat = rng.choice(["SCAN_{d}_{file}.{x}", "Scan {d} - {short}.{x}", "{file} numérisé.{x}"])
    ext = {"pdf": "pdf", "docx": "docx", "ocr": "txt", "text": "txt", "text-cp1252": "txt", "markdown": "md"}[kind]
    name = pat.format(t=p["title"], tf=p["title_fr"], c=p["classification"], short=short, file=st["file"],
                      d=st["slip_date"].strftime("%Y%m%d"), x=ext)
    if ver == "draft":
        name = f"{p['title']} - package DRAFT.docx"
    if ver == "final":
        name = f"{p['title']} - package (signed).pdf"
    name = name.replace("/", "-")
    # render
    if kind == "pdf":
        data = render_pdf(parts, st)
    elif kind == "docx":
        data = render_docx(parts, st)
    elif kind == "ocr":
        data = render_ocr(parts, st, rng)
        also["damage"] = st["damage"]
    elif kind == "text":
        data = render_text(parts, st).encode("utf-8")
    elif kind == "text-cp1252":
        data = render_text(parts, st).translate(CP_MAP).replace("\u2014", "\u2013").replace("\n", "\r\n").encode("cp1252")
    else:
        data = render_text(parts, st, md=True).encode("utf-8")
    (corpus / name).write_bytes(data)
    # truth
    sup = p["supervisor"]
    # the titles as the document gives them: French in a French package, either language in a bilingual one
    # (corrected after the first run, which compared a French package's titles with their English translation)
    said = {"en": lambda t: t["title"], "fr": lambda t: t["title_fr"],
            "bilingual": lambda t: f"{t['title']} / {t['title_fr']}"}[lang]
    reps = [{"title": said(r), "classification": r["classification"], "fte": r["fte"]} for r in p["reports"]]
    total = (p["salary"] + truth_om) if p["total_stated"] else None
    fields = {"title": p["title"], "classification": truth_cls, "job_code": p["job_code"],
              "position_number": p["position_number"], "effective_date": p["effective_date"],
              "supervisor": {"position_number": sup["position_number"], "title": said(sup),
                             "classification": sup["classification"]},
              "direct_reports": reps, "salary": p["salary"], "o_and_m": truth_om, "total": total,
              "location": p["location"][0]}
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    if sup["position_number"] is None:
        ns.append("supervisor.position_number")
    also.update({"form": {"A": "labelled form", "B": "capitals form, Reports to line"}[st["form"]],
                 "reports_layout": st["reports"], "package_parts": comp, "file_number": st["file"]})
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
        also["wd_order"] = "-".join(order)
    if lang == "fr":
        also["title_fr"] = p["title_fr"]
        also["location_fr"] = p["location"][1]
    if p["fte_total"]:
        also["fte"] = p["fte_total"]
    if not p["position_number"] and st["no_posno"]:
        also["position_number_printed"] = st["no_posno"]
    if p.get("parent"):
        also["reports_to_in_corpus"] = p["parent"].get("doc")
    if any(r["classification"] is None for r in reps):
        also["report_classification_missing"] = True
    p["doc"] = name
    people_list = []
    for n in names:
        if n not in people_list:
            people_list.append(n)
    versions = None
    if ver:
        versions = {"documents": [f"{p['title']} - package DRAFT.docx", f"{p['title']} - package (signed).pdf"],
                    "newest": f"{p['title']} - package (signed).pdf", "same_text": False,
                    "note": "the draft holds the description alone with the earlier O&M; the signed package adds the "
                            "routing slip, the memo whose Deputy Minister's approval raises the O&M by $45,000, and "
                            "signatures"}
        if ver == "draft":
            also.pop("decided", None)
    truth = {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
             "not_stated": ns, "also": also, "people": people_list, "versions": versions}
    return p, truth


def write_truth(expected, name, truth):
    (expected / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def write_refusals(positions, corpus, expected):
    rng = random.Random(1629)
    names = [f"{f} {l}" for f in T.FIRST[::-1] for l in T.LAST[3::2]]
    rng.shuffle(names)
    out = []
    p = positions[5]
    # 1. a memo with only a decision (PDF)
    n1, n2 = names[0], names[1]
    txt = ("PROTECTED B / PROTÉGÉ B\n\nMEMORANDUM TO THE DEPUTY MINISTER — DECISION\n\nFile: DMO-2024-0881\n"
           f"From: {n1}, Assistant Deputy Minister, Operations\n\nSubject: Reclassification of position {p['position_number'] or '55120'}"
           f", {p['title']}\n\nDECISION\n\nFurther to the Executive Classification Committee's review, the position is "
           f"classified at {p['classification']}, effective 2024-06-01. No change to the work description is required.\n\n"
           f"Approved: {n2}, Deputy Minister    Date: 2024-06-03\n\nPage 1 of 1")
    out.append(("Decision memo - reclassification (signed).pdf", "pdf", "en", pdf_bytes([txt]), [n1, n2],
                "a memo with only a classification decision, no work description"))
    # 2. a routing slip alone (docx)
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 5, 1, 12, 0, 0)
    cp.author = cp.last_modified_by = "DMO"
    cp.revision = 1
    d.sections[0].header.paragraphs[0].text = "PROTÉGÉ B / PROTECTED B"
    d.add_heading("FICHE D'ACHEMINEMENT / ROUTING SLIP", 1)
    d.add_paragraph("Dossier / File: DMO-2025-0144")
    d.add_paragraph(f"Objet / Subject: Classification — {positions[12]['title_fr']}")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    slip_people = names[2:6]
    for k, row in enumerate([["Nom / Name", "Titre / Title", "Init.", "Date"]] +
                            [[n, r, "".join(w[0] for w in n.split()), f"2025-02-{10 + j}"] for j, (n, r) in
                             enumerate(zip(slip_people, ["Conseiller principal, classification", "DG", "SMA / ADM",
                                               "Sous-ministre / Deputy Minister"]))]):
        c = t.add_row().cells
        for j, x in enumerate(row):
            c[j].text = x
    d.add_paragraph("Pièces jointes / Attachments: description de travail (voir SGDDI) / work description (see GCdocs)")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    out.append(("Fiche d'acheminement - DMO-2025-0144.docx", "docx", "bilingual", zb.getvalue(), slip_people,
                "a routing slip alone; the work description it routes is not attached"))
    # 3. an organization chart as text (utf-8)
    q = positions[0]
    chart = ["ORGANIZATION CHART — " + q["dept"], "", f"{q['supervisor']['title']} ({q['supervisor']['classification']})"]
    for pp in positions[:5]:
        chart.append(f"  +-- {pp['title']} ({pp['classification']})  — {names[6 + pp['i']]}")
    chart += ["", "Source: DMO, 2024-09-30"]
    out.append(("Org chart - Operations branch (2024-09).txt", "text", "en", ("\n".join(chart) + "\n").encode(),
                names[6:11], "an organization chart as text"))
    # 4. a scanned package without a text layer
    out.append(("SCAN_20240514_0932 (1).pdf", "pdf", "en", pdf_bytes(["", "", ""]), [],
                "a three-page scan without a text layer; unreadable"))
    # 5. minutes of the executive classification committee (OCR)
    mins = ["PROTÉGÉ B / PROTECTED B", "", "COMITÉ DE CLASSIFICATION DES CADRES — PROCÈS-VERBAL",
            "Réunion du 12 mars 2025", f"Présents : {names[12]} (présidente), {names[13]}, {names[14]}", "",
            "1. Postes examinés"]
    for pp in positions[20:24]:
        mins.append(f"   - {pp['title_fr']} ({pp['classification']}), poste {pp['position_number'] or 'nouveau'} : "
                    f"niveau confirmé")
    mins += ["", "2. Prochaine réunion : le 9 avril 2025", "", "Page 1 de 1"]
    out.append(("PV comité classification 2025-03-12.txt", "ocr", "fr",
                (damage("\n".join(mins), "medium", rng) + "\n").encode(), names[12:15],
                "minutes of the executive classification committee, listing several positions"))
    # 6. a letter of offer (cp1252)
    let = (f"Le 4 novembre 2024\r\n\r\n{names[15]}\r\n\r\nObjet : Offre de nomination — {positions[30]['title_fr']} "
           f"({positions[30]['classification']})\r\n\r\nMadame,\r\n\r\nJ’ai le plaisir de vous offrir une nomination "
           f"pour une période indéterminée au poste de {positions[30]['title_fr']}, à compter du 2 décembre 2024. "
           f"Votre traitement sera fixé conformément à la politique applicable.\r\n\r\n{names[16]}\r\n"
           "Sous-ministre\r\n")
    out.append(("Lettre d'offre - nomination, version finale.txt", "text-cp1252", "fr", let.encode("cp1252"),
                names[15:17], "a letter of offer (staffing), no work description"))
    for name, kind, lang, data, ppl, what in out:
        (corpus / name).write_bytes(data)
        write_truth(expected, name, {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                     "fields": None, "not_stated": [], "also": {"what": what}, "people": ppl,
                                     "versions": None})


if __name__ == "__main__":
    main()
