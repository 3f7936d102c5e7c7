"""Generate blind corpus blind207: staffing and classification packages holding executive work descriptions.

Run from the repository root:  python bench/import/blind207/make_blind.py
Writes corpus/ and expected/ next to this file, the same bytes on every run."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
import docx  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NBSP = "\u00a0"

# ---------------------------------------------------------------- positions


def fr_role(role, rng):
    if role == "Director General":
        return rng.choice(["Directeur général", "Directrice générale"])
    if role == "Executive Director":
        return rng.choice(["Directeur exécutif", "Directrice exécutive"])
    return rng.choice(["Directeur", "Directrice"])


def build_positions():
    hr = random.Random(2070)
    positions = []
    for d_i, (key, den, dfr, locs, adm) in enumerate(T.DEPTS):
        units = T.UNITS[key]
        idx = hr.sample(range(7), 6)
        dg_unit, ed_unit, dir_units = units[idx[0]], units[idx[1]], [units[k] for k in idx[2:]]
        group = []
        for r_i, (role, unit, cls) in enumerate([("Director General", dg_unit, "EX-03"),
                                                  ("Executive Director", ed_unit, "EX-02")]
                                                 + [("Director", u, "EX-01") for u in dir_units]):
            i = len(positions)
            rng = random.Random(207000 + i)
            p = dict(i=i, dept=key, dept_en=den, dept_fr=dfr, role=role, cls=cls,
                     title=f"{role}, {unit[0]}", title_fr=f"{fr_role(role, rng)}, {unit[1]}")
            p["pos"] = None if rng.random() < 0.12 else str(rng.randint(30000, 98999))
            p["job"] = None if rng.random() < 0.25 else str(rng.randint(100100, 104999))
            p["eff"] = None if rng.random() < 0.1 else dt.date(rng.randint(2019, 2025), rng.choice([1, 4, 4, 6, 9, 10]),
                                                              rng.choice([1, 1, 1, 15, 3, 22]))
            loc = locs[0] if role == "Director General" else rng.choice(locs)
            p["loc"], p["loc_fr"] = loc
            p["iu"] = T.IU[role] if "Nunavut" in loc[0] else None
            lo, hi = {"EX-03": (300, 900), "EX-02": (150, 420), "EX-01": (80, 300)}[cls]
            p["salary"] = rng.randint(lo, hi) * 10000
            p["om"] = rng.randint(4, 90) * 10000
            p["total_stated"] = rng.random() > 0.25
            if role != "Director General":
                reps = []
                for m in rng.sample(T.MANAGER_UNITS, rng.randint(2, 4)):
                    reps.append(dict(title=f"Manager, {m[0]}", title_fr=f"Gestionnaire, {m[1]}",
                                     cls=rng.choice(T.GROUPS), fte=rng.randint(3, 24)))
                if rng.random() < 0.25:
                    reps.append(dict(title="Executive Assistant", title_fr="Adjointe exécutive", cls="AS-01", fte=1))
                p["reports"] = reps
                p["fte"] = sum(r["fte"] for r in reps) + 1
            group.append(p)
            positions.append(p)
        dg = group[0]
        adm_rng = random.Random(207100 + d_i)
        dg["sup"] = dict(title=adm[0], title_fr=adm[1], cls=adm[2],
                         pos=None if adm_rng.random() < 0.4 else str(adm_rng.randint(10000, 29999)))
        dg["reports"] = [dict(title=q["title"], title_fr=q["title_fr"], cls=q["cls"], fte=q["fte"]) for q in group[1:]]
        if adm_rng.random() < 0.5:
            dg["reports"].append(dict(title="Executive Assistant", title_fr="Adjoint exécutif", cls="AS-02", fte=1))
        dg["fte"] = sum(r["fte"] for r in dg["reports"]) + 2
        for q in group[1:]:
            q["sup"] = dict(title=dg["title"], title_fr=dg["title_fr"], cls="EX-03",
                            pos=dg["pos"] if random.Random(207200 + q["i"]).random() > 0.35 else None)
            q["sup_doc"] = dg
    return positions


# ---------------------------------------------------------------- notations


def fmt_cls(c, style):
    parts = c.split("-")
    grp, lvl = "-".join(parts[:-1]), parts[-1]
    if style == "short":
        return f"{grp}-{int(lvl)}"
    if style == "space":
        return f"{grp} {lvl}"
    return c


def fmt_date(d, style, lang):
    if d is None:
        return None
    if lang == "fr":
        if style in ("iso", "slash"):
            return d.isoformat()
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def fmt_money(v, style, lang):
    if lang == "fr":
        if style == "M":
            return f"{v / 1e6:.2f}".replace(".", ",") + NBSP + "M$"
        if style == "K":
            return f"{v // 1000:,}".replace(",", NBSP) + NBSP + "k$"
        return f"{v:,}".replace(",", NBSP) + NBSP + "$"
    if style == "M":
        return f"${v / 1e6:.2f}M"
    if style == "K":
        return f"${v // 1000:,}K"
    return f"${v:,}"


# ---------------------------------------------------------------- labels

L = {
    "en": dict(wd="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Group and Level", pos="Position Number",
               job="Job Code", eff="Effective Date", loc="Location", dept="Department", sup_t="Supervisor's Position Title",
               sup_c="Supervisor's Group and Level", sup_p="Supervisor's Position Number", reports_to="Reports to",
               ga="GENERAL ACCOUNTABILITY", org="ORGANIZATION STRUCTURE", ns="NATURE AND SCOPE", dim="DIMENSIONS",
               fte="FTEs", sal="Salary", om="O&M", tot="Total", sa="SPECIFIC ACCOUNTABILITIES", dr="Direct reports",
               new="NEW", cert="CERTIFICATION", iu="Inuktitut", fr_line="French title"),
    "fr": dict(wd="DESCRIPTION DE TRAVAIL DE CADRE", title="Titre du poste", cls="Groupe et niveau",
               pos="Numéro du poste", job="Code d’emploi", eff="Date d’entrée en vigueur", loc="Lieu de travail",
               dept="Ministère", sup_t="Titre du poste du superviseur", sup_c="Groupe et niveau du superviseur",
               sup_p="Numéro du poste du superviseur", reports_to="Relève de", ga="RESPONSABILITÉ GÉNÉRALE",
               org="STRUCTURE DE L’ORGANISATION", ns="NATURE ET ÉTENDUE", dim="DIMENSIONS", fte="ETP",
               sal="Salaires", om="F et E", tot="Total", sa="ACTIVITÉS PRINCIPALES", dr="Subordonnés directs",
               new="NOUVEAU", cert="ATTESTATION", iu="Inuktitut", fr_line="English title"),
}
L["bi"] = {k: (f"{L['en'][k]} / {L['fr'][k]}" if L["en"][k] != L["fr"][k] else L["en"][k]) for k in L["en"]}


def lab(lang):
    return L["bi" if lang == "bilingual" else lang]


def ttl(x, lang):
    return x["title_fr"] if lang == "fr" else x["title"]


# ---------------------------------------------------------------- names


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def __call__(self):
        n = f"{self.rng.choice(T.FIRST)} {self.rng.choice(T.LAST)}"
        if n not in self.used:
            self.used.append(n)
        return n


# ---------------------------------------------------------------- parts (blocks)


def wd_part(p, lang, rng, names, nt, superseded=False, is_subject=True):
    """The work description as blocks. p: facts (possibly an old version)."""
    lb = lab(lang)
    fr = lang == "fr"
    B = []
    head = lb["wd"]
    if superseded:
        head += " — SUPERSEDED / REMPLACÉE" if lang == "bilingual" else (" — REMPLACÉE" if fr else " — SUPERSEDED")
    B.append(("title", head))
    dept = p["dept_fr"] if fr else p["dept_en"]
    B.append(("p", dept if lang != "bilingual" else f"{p['dept_en']} / {p['dept_fr']}"))
    cls = fmt_cls(p["cls"], nt["cls"])
    posv = p["pos"] if p["pos"] else rng.choice([lb["new"], "TBD", "To be assigned" if not fr else "À déterminer"])
    header_style = nt["header"]
    title_main = ttl(p, lang)
    if header_style == "labels":
        B.append(("kv", lb["title"], title_main))
        if lang == "bilingual" or p.get("iu_line"):
            if lang == "bilingual":
                B.append(("p", "        " + p["title_fr"]))
            elif fr:
                B.append(("kv", "English title", p["title"]))
            else:
                B.append(("kv", "Titre en français", p["title_fr"]))
        if p.get("iu_line"):
            B.append(("kv", "ᐃᓄᒃᑎᑐᑦ / Inuktitut", p["iu"]))
        B.append(("kv", lb["cls"], cls))
        B.append(("kv", lb["pos"], posv))
        if p["job"]:
            B.append(("kv", lb["job"], p["job"]))
        B.append(("kv", lb["eff"], fmt_date(p["eff"], nt["date"], "fr" if fr else "en") or ""))
        B.append(("kv", lb["loc"], p["loc_fr"] if fr else p["loc"]))
    else:  # one-line header as on old typed forms
        parts = [f"{lb['title'].upper()}: {title_main}", f"{lb['cls'].upper()}: {cls}"]
        B.append(("p", "   ".join(parts)))
        if lang == "bilingual":
            B.append(("p", p["title_fr"]))
        if p.get("iu_line"):
            B.append(("p", p["iu"]))
        line = f"{lb['pos'].upper()}: {posv}"
        if p["job"]:
            line += f"   {lb['job'].upper()}: {p['job']}"
        B.append(("p", line))
        e = fmt_date(p["eff"], nt["date"], "fr" if fr else "en")
        B.append(("p", f"{lb['eff'].upper()}: {e or ''}   {lb['loc'].upper()}: {p['loc_fr'] if fr else p['loc']}"))
    s = p["sup"]
    scls = fmt_cls(s["cls"], nt["cls"])
    if nt["sup"] == "fields":
        B.append(("kv", lb["sup_t"], ttl(s, lang)))
        B.append(("kv", lb["sup_c"], scls))
        B.append(("kv", lb["sup_p"], s["pos"] or ("" if rng.random() < 0.5 else "N/A")))
    elif nt["sup"] == "line":
        extra = f", position {s['pos']}" if s["pos"] else ""
        B.append(("kv", lb["reports_to"], f"{ttl(s, lang)} ({scls}{extra})"))
    B.append(("h", lb["ga"]))
    B.append(("p", (T.GA_FR if fr else T.GA_EN).format(t=title_main, u=title_main.split(", ", 1)[1], d=dept)))
    B.append(("h", lb["org"]))
    if nt["sup"] == "sentence":
        num = (f", poste {s['pos']}" if fr else f", position {s['pos']}") if s["pos"] else ""
        if fr:
            B.append(("p", f"Le poste relève du {ttl(s, lang)} ({scls}{num})."))
        else:
            B.append(("p", f"The {title_main} reports to the {ttl(s, lang)} ({scls}{num})."))
    reps = p["reports"]
    show_fte = nt["rep_fte"]

    def rep_txt(r, sep):
        rc = fmt_cls(r["cls"], nt["cls"])
        if sep == "paren":
            return f"{ttl(r, lang)} ({rc}, {r['fte']} {lb['fte'] if not fr else 'ETP'})" if show_fte else f"{ttl(r, lang)} ({rc})"
        return f"{ttl(r, lang)} — {rc} — {r['fte']} FTE" if show_fte else f"{ttl(r, lang)} — {rc}"

    intro = ("Les postes suivants relèvent directement du titulaire :" if fr else
             f"The following {len(reps)} positions report directly to the {title_main}:")
    if nt["reps"] == "bullets":
        B.append(("p", intro))
        for r in reps:
            B.append(("bullet", rep_txt(r, nt["rep_sep"])))
    elif nt["reps"] == "table":
        B.append(("p", intro))
        hdr = [lb["title"], lb["cls"]] + ([lb["fte"]] if show_fte else [])
        rows = [hdr] + [[ttl(r, lang), fmt_cls(r["cls"], nt["cls"])] + ([str(r["fte"])] if show_fte else []) for r in reps]
        B.append(("table", rows))
    else:
        B.append(("p", intro + " " + "; ".join(rep_txt(r, "paren") for r in reps) + "."))
    B.append(("h", lb["ns"]))
    for para in (T.NS_FR if fr else T.NS_EN)[: rng.randint(2, 3)]:
        B.append(("p", para))
    B.append(("h", lb["dim"]))
    lg = "fr" if fr else "en"
    sal, om = fmt_money(p["salary"], nt["money"], lg), fmt_money(p["om"], nt["money"], lg)
    tot = fmt_money(p["salary"] + p["om"], nt["money"], lg) if p["total_stated"] else None
    if nt["dim"] == "fields":
        B.append(("kv", lb["fte"], str(p["fte"])))
        B.append(("kv", lb["sal"], sal))
        B.append(("kv", lb["om"], om))
        if tot:
            B.append(("kv", lb["tot"], tot))
    else:
        if fr:
            t = f"L’unité compte {p['fte']} ETP. Budget salarial : {sal}; budget de F et E : {om}"
            t += f"; total : {tot}." if tot else "."
        else:
            t = f"The unit has {p['fte']} FTEs. Salary budget: {sal}; O&M budget: {om}"
            t += f"; total: {tot}." if tot else "."
        B.append(("p", t))
    B.append(("h", lb["sa"]))
    for k, a in enumerate((T.SA_FR if fr else T.SA_EN)[: rng.randint(3, 5)], 1):
        B.append(("p", f"{k}. {a}"))
    B.append(("h", lb["cert"]))
    n1, n2 = names(), names()
    if fr:
        B.append(("p", f"Superviseur : {n1}, {ttl(s, lang)}    Date : ____________"))
        B.append(("p", f"Titulaire : {n2}"))
    else:
        B.append(("p", f"Supervisor: {n1}, {ttl(s, lang)}    Date: ____________"))
        B.append(("p", f"Incumbent: {n2}"))
    return B


def routing_part(p, lang, rng, names, d0, action):
    fr = lang == "fr"
    req = f"CL-{d0.year}-{rng.randint(100, 999):04d}"
    an = names()
    steps = [("Hiring manager", "Gestionnaire d’embauche", ttl(p["sup"], lang)),
             ("Classification advisor", "Conseiller en classification", "Senior Classification Advisor (PE-05)" if not fr else "Conseillère principale en classification (PE-05)"),
             ("Review", "Examen", "Director, Workforce Classification and Organization" if not fr else "Directeur, Classification et organisation"),
             ("Approval", "Approbation", "Director General, Human Resources" if not fr else "Directrice générale, Ressources humaines")]
    B = []
    if lang == "bilingual":
        B.append(("title", "CLASSIFICATION ACTION ROUTING SLIP / FICHE D’ACHEMINEMENT – MESURE DE CLASSIFICATION"))
    else:
        B.append(("title", "FICHE D’ACHEMINEMENT – MESURE DE CLASSIFICATION" if fr else "CLASSIFICATION ACTION ROUTING SLIP"))
    B.append(("kv", "Demande no" if fr else "Request no.", req))
    B.append(("kv", "Objet" if fr else "Subject", f"{action} – {ttl(p, lang)} ({p['cls']})"))
    B.append(("kv", "Analyste" if fr else "Classification analyst", f"{an}, " + steps[1][2]))
    B.append(("kv", "Reçu le" if fr else "Date received", fmt_date(d0, "iso", "en")))
    rows = [["Étape" if fr else "Step", "Nom" if fr else "Name", "Titre" if fr else "Title", "Date", "Signature"]]
    d = d0
    for en, frs, t in steps:
        d = d + dt.timedelta(days=rng.randint(3, 20))
        rows.append([frs if fr else en, names(), t, d.isoformat(), "signed" if not fr else "signé"])
    B.append(("table", rows))
    B.append(("p", "Dossier complet : oui. Pièces jointes : justification, description de travail, organigramme." if fr else
              "Package complete: yes. Attachments: rationale, work description, organization chart."))
    return B, d


def rationale_part(p, lang, rng, names, d_dec):
    fr = lang == "fr"
    kh, ps, ac = rng.choice([(608, 400, 528), (800, 528, 700), (920, 608, 800), (1056, 700, 920)])
    B = [("title", "JUSTIFICATION DE LA CLASSIFICATION – RAPPORT D’ÉVALUATION" if fr else
          "CLASSIFICATION RATIONALE AND EVALUATION REPORT")]
    B.append(("kv", "Date de la décision" if fr else "Date of decision", fmt_date(d_dec, "long" if not fr else "dmy", "fr" if fr else "en")))
    B.append(("kv", "Poste évalué" if fr else "Position evaluated", ttl(p, lang)))
    B.append(("kv", "Plan d’évaluation" if fr else "Evaluation plan", "Hay Guide Chart – Profile Method"))
    B.append(("table", [["Facteur" if fr else "Factor", "Cote" if fr else "Rating", "Points"],
                        ["Know-How", rng.choice(["F III 3", "G III 3", "F II 4"]), f"{kh:,}"],
                        ["Problem Solving", rng.choice(["F 4 (66%)", "G 4 (76%)"]), f"{ps:,}"],
                        ["Accountability", rng.choice(["F 3 P", "F 4 C", "E 4 P"]), f"{ac:,}"],
                        ["Total", "", f"{kh + ps + ac:,}"]]))
    bench = []
    for _ in range(2):
        u = rng.choice(T.MANAGER_UNITS)
        bench.append(f"Director, {u[0]} ({rng.choice(['EX-01', 'EX-02'])}, position {rng.randint(30000, 98999)}, "
                     f"job code {rng.randint(100100, 104999)}, {kh + ps + ac + rng.randint(-150, 150):,} points)")
    B.append(("h", "POSTES REPÈRES" if fr else "COMPARATIVE POSITIONS"))
    for b in bench:
        B.append(("bullet", b))
    B.append(("p", ("Le comité a conclu que le poste est classifié au niveau " if fr else
                    "The committee concluded that the position is classified at the ") + p["cls"] +
              ("." if fr else " level.")))
    B.append(("p", f"{'Évalué par' if fr else 'Evaluated by'}: {names()}, {'Analyste de la classification (PE-04)' if fr else 'Classification Analyst (PE-04)'}"))
    B.append(("p", f"{'Présidente du comité' if fr else 'Committee chair'}: {names()}"))
    return B


def orgchart_part(p, lang, rng, nt):
    fr = lang == "fr"
    s = p["sup"]
    B = [("title", "ORGANIGRAMME" if fr else "ORGANIZATION CHART")]
    lines = [f"[ {ttl(s, lang)} | {s['cls']}" + (f" | #{s['pos']} ]" if s["pos"] else " ]"), "            |"]
    peer = rng.choice(T.MANAGER_UNITS)
    lines.append(f"[ {ttl(p, lang)} | {p['cls']}" + (f" | #{p['pos']}" if p["pos"] else "") + " ]   "
                 f"[ {p['role'] if not fr else fr_role(p['role'], rng)}, {peer[1] if fr else peer[0]} | {p['cls']} | #{rng.randint(30000, 98999)} ]")
    lines.append("            |")
    for r in p["reports"]:
        lines.append(f"     +-- [ {ttl(r, lang)} | {r['cls']}" + (f" | {r['fte']} ]" if nt["rep_fte"] else " ]"))
    B.append(("pre", lines))
    return B


def smc_part(p, lang, rng, names, d):
    fr = lang == "fr"
    lo = {"EX-01": 135000, "EX-02": 150000, "EX-03": 168000}[p["cls"]]
    B = [("title", "ÉNONCÉ DES CRITÈRES DE MÉRITE" if fr else "STATEMENT OF MERIT CRITERIA")]
    B.append(("kv", "Processus de sélection" if fr else "Selection process", f"{d.year}-{p['dept'].upper()}-EA-{rng.randint(1000, 9999)}"))
    B.append(("kv", "Poste" if fr else "Position", f"{ttl(p, lang)} ({p['cls']})"))
    B.append(("kv", "Échelle salariale" if fr else "Salary range", f"${lo:,} – ${int(lo * 1.16):,}"))
    B.append(("kv", "Date de clôture" if fr else "Closing date", fmt_date(d, "iso", "en")))
    B.append(("h", "EXIGENCES ESSENTIELLES" if fr else "ESSENTIAL QUALIFICATIONS"))
    B.append(("bullet", "Diplôme d’un établissement postsecondaire reconnu." if fr else "Graduation with a degree from a recognized post-secondary institution."))
    B.append(("bullet", "Expérience significative de la gestion de ressources humaines et financières." if fr else
              "Significant experience in managing human and financial resources, including a budget of at least $2M."))
    B.append(("bullet", "Expérience de travail avec des organisations inuites ou des Premières Nations." if fr else
              "Experience working with Inuit, First Nations or Métis organizations."))
    B.append(("p", f"{'Personne-ressource' if fr else 'Contact'}: {names()}, 867-555-{rng.randint(1000, 9999)}"))
    return B


def pa_part(p, lang, rng, names, d):
    fr = lang == "fr"
    B = [("title", "ENTENTE DE RENDEMENT" if fr else "EXECUTIVE PERFORMANCE AGREEMENT")]
    B.append(("kv", "Exercice" if fr else "Fiscal year", f"{d.year}-{d.year + 1}"))
    B.append(("kv", "Cadre" if fr else "Executive", names()))
    B.append(("kv", "Poste" if fr else "Position", f"{ttl(p, lang)}, {p['cls']}"))
    prior = int(p["salary"] * rng.uniform(0.85, 0.97)) // 10000 * 10000
    B.append(("kv", "Budget géré en " + f"{d.year - 1}-{d.year % 100:02d}" if fr else f"Budget managed in {d.year - 1}-{d.year % 100:02d}",
              fmt_money(prior, "full", "fr" if fr else "en")))
    B.append(("h", "ENGAGEMENTS" if fr else "COMMITMENTS"))
    B.append(("bullet", "Réaliser les priorités du plan d’activités régional." if fr else "Deliver the regional business plan priorities."))
    B.append(("bullet", "Atteindre 95 % des normes de service." if fr else "Meet 95% of service standards."))
    B.append(("p", f"{'Signé par le superviseur' if fr else 'Signed by supervisor'}: {names()}   {d.isoformat()}"))
    return B


def costing_part(p, lang, rng, d):
    fr = lang == "fr"
    base = {"EX-01": 148000, "EX-02": 166000, "EX-03": 186000}[p["cls"]] + rng.randint(0, 9) * 1000
    rows = [["Exercice" if fr else "Fiscal year", "Salaire" if fr else "Salary", "Avantages (27 %)" if fr else "Benefits (27%)", "Total"]]
    tot = 0
    for k in range(3):
        s = int(base * (1.02 ** k))
        b = int(s * 0.27)
        tot += s + b
        rows.append([f"{d.year + k}-{(d.year + k + 1) % 100:02d}", f"${s:,}", f"${b:,}", f"${s + b:,}"])
    B = [("title", "ÉTABLISSEMENT DES COÛTS DU POSTE" if fr else "POSITION COSTING (3 YEARS)"),
         ("kv", "Poste" if fr else "Position", ttl(p, lang)), ("table", rows),
         ("kv", "Coût total sur trois ans" if fr else "Total cost over three years", f"${tot:,}"),
         ("p", "Source : Finances régionales." if fr else "Source: regional finance, salary forecasting tool.")]
    return B


# ---------------------------------------------------------------- renderers


def wrap(s, width):
    return textwrap.wrap(s, width) or [""]


def to_lines(blocks, width=88, md=False, bullet="- "):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ([f"# {b[1]}"] if md else [b[1].upper()]) + [""]
        elif k == "h":
            out += [""] + ([f"## {b[1]}"] if md else [b[1]]) + [""]
        elif k == "p":
            out += (wrap(b[1], width) if not md else [b[1]]) + ([""] if md else [])
        elif k == "kv":
            out.append(f"**{b[1]}:** {b[2]}  " if md else f"{b[1]}: {b[2]}")
        elif k == "bullet":
            out += [bullet + b[1]] if md else wrap(bullet + b[1], width)
        elif k == "table":
            rows = b[1]
            if md:
                out += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
            else:
                w = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
                out += [""] + ["  ".join(r[c].ljust(w[c]) for c in range(len(r))).rstrip() for r in rows] + [""]
        elif k == "pre":
            out += (["```"] + b[1] + ["```"]) if md else b[1]
            out.append("")
    return out


def render_md(parts):
    return "\n---\n\n".join("\n".join(to_lines(pt["blocks"], md=True)).strip() + "\n" for pt in parts)


def render_text(parts, sep):
    chunks = ["\n".join(to_lines(pt["blocks"], bullet="• ")).strip() + "\n" for pt in parts]
    return sep.join(chunks)


def render_pdf(parts):
    pages = []
    for pt in parts:
        lines = to_lines(pt["blocks"], width=92, bullet="- ")
        for k in range(0, len(lines), 46):
            pages.append((pt["header"], lines[k:k + 46]))
    n = len(pages)
    return pdf_bytes([f"{h}\n\n" + "\n".join(ls) + f"\n\nPage {i + 1} of {n}" for i, (h, ls) in enumerate(pages)])


def render_docx(parts):
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 1, 1)
    d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.author = "HR"
    first = True
    for pt in parts:
        if not first:
            d.add_section(WD_SECTION.NEW_PAGE)
        sec = d.sections[-1]
        sec.header.is_linked_to_previous = False
        sec.header.paragraphs[0].text = pt["header"]
        first = False
        for b in pt["blocks"]:
            k = b[0]
            if k == "title":
                d.add_heading(b[1], level=1)
            elif k == "h":
                d.add_heading(b[1], level=2)
            elif k == "p":
                d.add_paragraph(b[1])
            elif k == "kv":
                para = d.add_paragraph()
                para.add_run(b[1] + ": ").bold = True
                para.add_run(b[2])
            elif k == "bullet":
                d.add_paragraph(b[1], style="List Bullet")
            elif k == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, v in enumerate(row):
                        t.cell(r, c).text = v
            elif k == "pre":
                for ln in b[1]:
                    para = d.add_paragraph()
                    run = para.add_run(ln)
                    run.font.name = "Courier New"
                    run.font.size = Pt(9)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- OCR

DIG = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LET = [("m", "rn"), ("rn", "m"), ("cl", "d"), ("li", "h"), ("e", "c"), ("h", "b"), ("t", "l"), ("fi", "f")]
STRENGTH = {"light": (0.12, 0.01, 0.01), "medium": (0.3, 0.04, 0.03), "heavy": (0.55, 0.09, 0.06)}


def damage_line(line, rng, strength, lang):
    pd, pl, pr = STRENGTH[strength]
    words = line.split(" ")
    out = []
    for w in words:
        if any(ch.isdigit() for ch in w):
            w = "".join(DIG[ch] if ch in DIG and rng.random() < pd else ch for ch in w)
        elif len(w) > 3 and rng.random() < pl:
            a, b = rng.choice(LET)
            if a in w:
                w = w.replace(a, b, 1)
        if lang != "en" and strength != "light" and rng.random() < 0.2:
            w = "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
        out.append(w)
    s = ""
    for k, w in enumerate(out):
        s += w if k == 0 or rng.random() < pr else " " + w
    return s


def render_ocr(parts, rng, strength, lang):
    pages = []
    for pt in parts:
        raw = to_lines(pt["blocks"], width=200, bullet="- ")
        lines = []
        for ln in raw:
            while len(ln) > 72:
                cut = ln.rfind(" ", 0, 72)
                if cut < 30:
                    cut = 70
                    lines.append(ln[:cut] + "-")
                    ln = ln[cut:]
                else:
                    lines.append(ln[:cut])
                    ln = ln[cut + 1:]
            lines.append(ln)
        for k in range(0, len(lines), 44):
            pages.append((pt["header"], lines[k:k + 44]))
    n = len(pages)
    foot = rng.choice(["page", "dash", "bare"])
    out = []
    for i, (h, ls) in enumerate(pages):
        body = [damage_line(ln, rng, strength, lang) for ln in ls]
        f = {"page": f"Page {i + 1} of {n}", "dash": f"- {i + 1} -", "bare": str(i + 1)}[foot]
        out.append("\n".join([damage_line(h, rng, "light", lang), ""] + body + ["", damage_line(f, rng, "light", lang)]))
    return "\n\f".join(out) + "\n"


# ---------------------------------------------------------------- documents


def old_version(p, rng):
    q = dict(p)
    q["cls"] = {"EX-03": "EX-02", "EX-02": "EX-01", "EX-01": "EX-01"}[p["cls"]]
    q["salary"] = int(p["salary"] * rng.uniform(0.7, 0.9)) // 10000 * 10000
    q["om"] = int(p["om"] * rng.uniform(0.6, 0.95)) // 10000 * 10000
    q["eff"] = dt.date((p["eff"].year if p["eff"] else 2022) - rng.randint(3, 6), 4, 1)
    q["reports"] = p["reports"][:-1] if len(p["reports"]) > 2 else p["reports"]
    q["fte"] = sum(r["fte"] for r in q["reports"]) + 1
    return q


def truth_fields(p, lang):
    fr = lang == "fr"
    f = dict(title=ttl(p, lang), classification=p["cls"], job_code=p["job"], position_number=p["pos"],
             effective_date=p["eff"],
             supervisor=dict(position_number=p["sup"]["pos"], title=ttl(p["sup"], lang), classification=p["sup"]["cls"]),
             direct_reports=[dict(title=ttl(r, lang), classification=r["cls"], fte=r["fte"] if p["_rep_fte"] else None)
                             for r in p["reports"]],
             salary=p["salary"], o_and_m=p["om"], total=(p["salary"] + p["om"]) if p["total_stated"] else None,
             location=p["loc_fr"] if fr else p["loc"])
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    if f["supervisor"]["position_number"] is None:
        ns.append("supervisor.position_number")
    if not p["_rep_fte"]:
        ns.append("direct_reports.fte")
    return f, ns


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = build_positions()
    krng = random.Random(2071)
    kinds = ["pdf"] * 12 + ["docx"] * 10 + ["ocr"] * 9 + ["text"] * 6 + ["text-cp1252"] * 4 + ["markdown"] * 4
    langs = ["en"] * 27 + ["fr"] * 11 + ["bilingual"] * 7
    krng.shuffle(kinds)
    krng.shuffle(langs)
    version_pos = krng.sample(range(42), 3)
    # documents: one per position, plus an older version for three
    docs = [(p, None) for p in positions] + [(positions[v], "older") for v in version_pos]
    second = {}  # which packages hold a second description
    cand = [k for k in range(42) if k not in version_pos]
    for k in krng.sample(cand, 9):
        second[k] = "supervisor" if positions[k]["role"] != "Director General" and len(second) % 2 == 0 else "superseded"
    used_names = set()
    for j, (p0, ver) in enumerate(docs):
        rng = random.Random(207500 + j)
        kind, lang = kinds[j], langs[j]
        if ver == "older":  # same kind and language as its newer version
            kind, lang = kinds[p0["i"]], langs[p0["i"]]
        p = dict(p0)
        if ver == "older":
            p["salary"] = int(p0["salary"] * 0.92) // 10000 * 10000
            p["om"] = int(p0["om"] * 0.85) // 10000 * 10000
            p["eff"] = dt.date((p0["eff"] or dt.date(2024, 4, 1)).year - 1, 4, 1)
        elif p0["i"] in version_pos:
            p["eff"] = p0["eff"] or dt.date(2024, 9, 1)
            p0["eff"] = p["eff"]
        p["iu_line"] = bool(p["iu"]) and kind in ("markdown", "text", "docx")
        nt = dict(cls=rng.choice(["std", "std", "short", "space"]), date=rng.choice(["iso", "long", "dmy", "slash"]),
                  money=rng.choice(["full", "M", "K"]), header=rng.choice(["labels", "labels", "oneline"]),
                  sup=rng.choice(["fields", "line", "sentence"]), reps=rng.choice(["bullets", "table", "sentence"]),
                  rep_sep=rng.choice(["paren", "dash"]), rep_fte=rng.random() > 0.12, dim=rng.choice(["fields", "sentence"]))
        if kind in ("ocr", "text", "text-cp1252") and nt["reps"] == "table" and rng.random() < 0.5:
            nt["reps"] = "bullets"
        p["_rep_fte"] = nt["rep_fte"]
        names = Names(random.Random(207600 + j))
        package = rng.random() < 0.78 or p0["i"] in second or ver is not None or p0["i"] in version_pos
        parts, pnames = [], []
        eff = p["eff"] or dt.date(2024, 6, 1)
        d0 = eff - dt.timedelta(days=rng.randint(60, 200))
        fr = lang == "fr"
        dept = p["dept"]
        pos_tag = p["pos"] or "NEW"
        sec = second.get(p0["i"]) if ver is None else None
        action = ("Reclassification" if sec == "superseded" else rng.choice(["New position", "Update of work description"]))
        if fr:
            action = {"Reclassification": "Reclassification", "New position": "Nouveau poste",
                      "Update of work description": "Mise à jour de la description de travail"}[action]
        if package:
            if rng.random() < 0.85:
                b, d_last = routing_part(p, lang, rng, names, d0, action)
                parts.append(dict(name="routing_slip", header=f"{dept} – Classification – {'Fiche d’acheminement' if fr else 'Routing slip'}", blocks=b))
            if rng.random() < 0.75:
                d_dec = d0 + dt.timedelta(days=rng.randint(20, 90))
                parts.append(dict(name="classification_rationale", header=f"{dept} – {'Justification' if fr else 'Classification rationale'} – {p['cls']}",
                                  blocks=rationale_part(p, lang, rng, names, d_dec)))
        wd_nt = nt
        subject = dict(name="work_description", header=f"{dept} – {'DTC' if fr else 'EWD'} – {pos_tag}",
                       blocks=wd_part(p, lang, rng, names, wd_nt))
        other = None
        if sec == "supervisor":
            s = dict(p0["sup_doc"])
            s["iu_line"] = bool(s["iu"]) and kind in ("markdown", "text", "docx")
            s["_rep_fte"] = True
            other = dict(name="supervisor_work_description", header=f"{dept} – {'DTC' if fr else 'EWD'} – {s['pos'] or 'NEW'}",
                         blocks=wd_part(s, lang, rng, names, dict(nt, sup="fields", rep_fte=True)))
        elif sec == "superseded":
            q = old_version(p, rng)
            q["iu_line"] = p["iu_line"]
            other = dict(name="superseded_work_description", header=f"{dept} – {'DTC' if fr else 'EWD'} – {pos_tag} – {'REMPLACÉE' if fr else 'SUPERSEDED'}",
                         blocks=wd_part(q, lang, rng, names, nt, superseded=True))
        other_first = other is not None and rng.random() < 0.5
        if other_first:
            parts.append(other)
        parts.append(subject)
        if other is not None and not other_first:
            parts.append(other)
        if package:
            if rng.random() < 0.6:
                parts.append(dict(name="org_chart", header=f"{dept} – {'Organigramme' if fr else 'Organization chart'}",
                                  blocks=orgchart_part(p, lang, rng, nt)))
            tail = rng.choice(["smc", "pa", "costing", "costing", None])
            dd = eff + dt.timedelta(days=rng.randint(10, 120))
            if tail == "smc":
                parts.append(dict(name="merit_criteria", header=f"{dept} – SMC", blocks=smc_part(p, lang, rng, names, dd)))
            elif tail == "pa":
                parts.append(dict(name="performance_agreement", header=f"{dept} – PMP", blocks=pa_part(p, lang, rng, names, dd)))
            elif tail == "costing":
                parts.append(dict(name="costing", header=f"{dept} – {'Coûts' if fr else 'Costing'}", blocks=costing_part(p, lang, rng, d0)))
        # file name
        tt = ttl(p, lang)
        if package:
            stem = rng.choice([f"Classification package - {tt} ({p['cls']})", f"Staffing package_{tt}",
                               f"Dossier de classification – {tt}" if fr else f"CL package {pos_tag} {tt}",
                               f"{tt} - package complet" if fr else f"{tt} - full package",
                               f"Reclass {tt}" if sec == "superseded" else f"{p['dept']} {tt} classification"])
        else:
            stem = rng.choice([f"{tt} - EWD", f"DTC - {tt}" if fr else f"EWD {pos_tag}", f"{tt} ({p['cls']})"])
        if ver == "older":
            stem += " DRAFT"
        elif p0["i"] in version_pos:
            stem += " - signed"
        else:
            stem += rng.choice(["", "", "", " (1)", " - signed", " - final", " v2"])
        if kind == "ocr":
            stem = rng.choice([f"scan_{rng.randint(100, 999)} {stem}", f"{stem} (scanned)", f"{stem} OCR"])
        ext = {"pdf": ".pdf", "docx": ".docx", "ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md"}[kind]
        fname = stem.replace("/", "-") + ext
        while fname in used_names:
            fname = stem + " (2)" + ext
        used_names.add(fname)
        strength = None
        if kind == "pdf":
            data = render_pdf(parts)
        elif kind == "docx":
            data = render_docx(parts)
        elif kind == "markdown":
            data = render_md(parts).encode("utf-8")
        elif kind == "text":
            data = render_text(parts, rng.choice(["\n\f", "\n\n==================== page break ====================\n\n", "\n\n\n"])).encode("utf-8")
        elif kind == "text-cp1252":
            txt = render_text(parts, "\r\n\r\n--------------------------------------------------\r\n\r\n")
            txt = txt.replace("'", "’").replace("\n", "\r\n").replace("\r\r\n", "\r\n")
            data = txt.encode("cp1252")
        else:
            strength = rng.choice(["light", "medium", "medium", "heavy"])
            data = render_ocr(parts, random.Random(207900 + j), strength, lang)
            data = data.encode("utf-8")
        (corpus / fname).write_bytes(data)
        fields, ns = truth_fields(p, lang)
        if kind == "ocr" and fields["title"]:
            pass
        also = dict(department=p["dept_en"], form="package" if package else "work description",
                    package_parts=[pt["name"] for pt in parts], fte=p["fte"])
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if fr:
            also["title_en"] = p["title"]
        if p["iu_line"]:
            also["title_iu"] = p["iu"]
        if strength:
            also["damage"] = strength
        if p.get("sup_doc"):
            also["reports_to_in_corpus"] = "(the supervisor's document, see the truth whose title is " + ttl(p["sup_doc"], lang) + ")"
        also["notations"] = dict(classification=nt["cls"], date=nt["date"], amounts=nt["money"], header=nt["header"],
                                 supervisor=nt["sup"], direct_reports=nt["reps"], dimensions=nt["dim"])
        if sec == "supervisor":
            also["note"] = ("The package holds two work descriptions: the subject position's and, "
                            + ("before it" if other_first else "after it")
                            + ", its supervisor's (the Director General's) for context. The truth is the subject's: the routing slip and rationale name it.")
        elif sec == "superseded":
            also["note"] = ("A reclassification package: the superseded description (marked SUPERSEDED, an older level, "
                            "effective date and figures) is " + ("before" if other_first else "after")
                            + " the current one. The truth is the current description.")
        if package:
            also.setdefault("decoys", "routing and decision dates, the analyst's and signatories' titles, comparative "
                            "positions' numbers and points, costing over three years, salary range, prior-year budget")
        truth = dict(document=fname, kind=kind, language=lang, outcome="import", fields=fields, not_stated=ns or None,
                     also=also, people=list(names.used) or None, versions=None)
        docs[j] = (p0, ver, fname, truth)
    # versions and reports_to_in_corpus
    by_pos = {}
    for p0, ver, fname, truth in docs:
        if ver is None:
            by_pos[p0["i"]] = fname
    for p0, ver, fname, truth in docs:
        if p0.get("sup_doc"):
            truth["also"]["reports_to_in_corpus"] = by_pos[p0["sup_doc"]["i"]]
        if p0["i"] in version_pos:
            older = [f for q, v, f, _ in docs if q["i"] == p0["i"] and v == "older"][0]
            truth["versions"] = dict(documents=[older, by_pos[p0["i"]]], newest=by_pos[p0["i"]], same_text=False,
                                     note="the DRAFT has an effective date a year earlier and lower salary and O&M; "
                                          "the signed package is the newest")
    truths = [t for *_, t in docs]
    truths += refusals(corpus)
    for t in truths:
        (expected / (t["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refusals(corpus):
    rng = random.Random(2079)
    names = Names(random.Random(2078))
    out = []

    def add(fname, kind, lang, data, note):
        (corpus / fname).write_bytes(data)
        out.append(dict(document=fname, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                        also=dict(what=note), people=None, versions=None))
        return out[-1]

    # 1. a package without any work description: routing slip + rationale + costing
    p = dict(dept="CanNor", title="Director, Tourism Development, Nunavut", title_fr="Directeur, Développement touristique, Nunavut",
             cls="EX-01", salary=0, sup=dict(title="Director General, Nunavut Regional Office", title_fr="", cls="EX-03", pos="61842"),
             pos="57310")
    b1, _ = routing_part(p, "en", rng, names, dt.date(2024, 2, 12), "New position")
    parts = [dict(header="CanNor – Classification – Routing slip", blocks=b1),
             dict(header="CanNor – Classification rationale – EX-01", blocks=rationale_part(p, "en", rng, names, dt.date(2024, 3, 28))),
             dict(header="CanNor – Costing", blocks=costing_part(p, "en", rng, dt.date(2024, 4, 1)))]
    t = add("Classification package - Director, Tourism Development (EX-01) - rationale only.pdf", "pdf", "en",
            render_pdf(parts), "a classification package without its work description: routing slip, rationale with "
                               "points and comparative positions, three-year costing")
    t["people"] = list(names.used)
    # 2. a costing spreadsheet export
    names2 = Names(random.Random(2077))
    rows = ["Position No.;Title / Titre;Group-Level;FY;Salary;Benefits 27%;Total;Prepared by"]
    for k in range(9):
        u = rng.choice(T.MANAGER_UNITS)
        s = rng.randint(130, 190) * 1000
        rows.append(f"{rng.randint(30000, 98999)};Director, {u[0]} / Directeur, {u[1]};EX-0{rng.randint(1, 3)};2025-26;"
                    f"{s};{int(s * 0.27)};{s + int(s * 0.27)};{names2()}")
    rows.append(";;;;TOTAL;;;")
    add("Costing export FY2025-26 (Nunavut region).csv", "text-cp1252", "bilingual",
        ("\r\n".join(rows) + "\r\n").encode("cp1252"), "a salary costing spreadsheet exported as CSV (semicolons)")
    out[-1]["people"] = list(names2.used)
    # 3. a scanned package without a text layer
    add("Scan_20240412_classification package.pdf", "pdf", "en", pdf_bytes(["", "", "", "", "", ""]),
        "a six-page scan of a package without a text layer: unreadable")
    # 4. a memo transmitting a package (French, Word)
    names3 = Names(random.Random(2076))
    blocks = [("title", "NOTE DE SERVICE"), ("kv", "Destinataire", f"{names3()}, Directrice générale, Ressources humaines"),
              ("kv", "Expéditeur", f"{names3()}, Vice-président, Opérations"), ("kv", "Date", "14 mars 2024"),
              ("kv", "Objet", "Transmission du dossier de classification – Directeur, Bureau régional du Nunavut"),
              ("p", "Vous trouverez ci-joint le dossier de classification du poste 61842 (EX-03). Le dossier comprend la "
                    "fiche d’acheminement, la justification et la description de travail, qui vous parviendront sous pli séparé."),
              ("p", "Le budget salarial prévu de l’unité est de 4,2 M$ pour 2024-2025. Je vous remercie de traiter cette demande "
                    "en priorité afin que la dotation puisse commencer avant le 1er juin 2024.")]
    add("Note de service - transmission dossier classification.docx", "docx", "fr",
        render_docx([dict(header="CanNor – Note de service", blocks=blocks)]),
        "a memo transmitting a package; the work description is not attached")
    out[-1]["people"] = list(names3.used)
    # 5. minutes of a classification committee (bilingual Markdown)
    names4 = Names(random.Random(2075))
    md = ["# Classification Committee / Comité de classification", "",
          "**Minutes / Procès-verbal** — 2024-05-09, Iqaluit and/et MS Teams", "",
          f"Present / Présents: {names4()} (chair / présidence), {names4()}, {names4()}", "",
          "## Positions reviewed / Postes examinés", "",
          "| Position / Poste | No. | Level / Niveau | Decision / Décision | Effective / En vigueur |", "|---|---|---|---|---|"]
    for k in range(5):
        u = rng.choice(T.MANAGER_UNITS)
        md.append(f"| Director, {u[0]} | {rng.randint(30000, 98999)} | EX-0{rng.randint(1, 2)} | confirmed / confirmé | 2024-0{rng.randint(4, 9)}-01 |")
    md += ["", "## Actions", "", "- HR to update the costing for the two EX-02 positions (total $412,000).",
           "- Next meeting / Prochaine réunion : 2024-06-13.", ""]
    add("Minutes - Classification Committee 2024-05-09.md", "markdown", "bilingual", "\n".join(md).encode("utf-8"),
        "minutes of a classification committee with a table of positions reviewed")
    out[-1]["people"] = list(names4.used)
    return out


if __name__ == "__main__":
    main()
