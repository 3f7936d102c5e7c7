"""Write bench/import/blind91/: work descriptions that arrive by e-mail, and their ground truth.

    /work/main/.venv/bin/python bench/import/blind91/make_blind.py

Deterministic: a fixed seed, .docx re-zipped with fixed dates, PDFs by tests/import_files.pdf_bytes.
Positions, numbers and people are invented; departments are real."""

import copy
import datetime as dt
import io
import quopri
import random
import re
import shutil
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import docx
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from texts import (AREAS, ASK_EN, ASK_FR, CSR_EN, CSR_FR, DEPTS, DISCLAIMER_BI, DISCLAIMER_NAMED,  # noqa: E402
                   DISCLAIMER_NAMED_FR, FIRST, GA_EN, GA_FR, LAST, NS_EN, NS_FR, PLACES, REPLY_EN, REPLY_FR,
                   REPORT_CLS, SA_EN, SA_FR, SUBS)
from tests.import_files import pdf_bytes  # noqa: E402

RNG = random.Random(9191)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, dept):
        self.first, self.last, self.dept = first, last, dept

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def email(self):
        def plain(s):
            s = unicodedata.normalize("NFKD", s)
            return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace(" ", "")
        return f"{plain(self.first)}.{plain(self.last)}@{DEPTS[self.dept][2]}"

    def outlook(self):
        d = DEPTS[self.dept]
        return f"{self.last}, {self.first} ({d[3]}/{d[4]})" if d[3] != d[4] else f"{self.last}, {self.first} ({d[3]})"


_used = set()
PEOPLE = []


def person(dept):
    while True:
        f, l = RNG.choice(FIRST), RNG.choice(LAST)
        if (f, l) not in _used:
            _used.add((f, l))
            PEOPLE.append(Person(f, l, dept))
            return PEOPLE[-1]


# ---------------------------------------------------------------- positions
LEVEL_ROLE = {
    "EX-01": ("Director", "Directeur", "Directrice"),
    "EX-02": ("Executive Director", "Directeur exécutif", "Directrice exécutive"),
    "EX-03": ("Director General", "Directeur général", "Directrice générale"),
    "EX-04": ("Assistant Deputy Minister", "Sous-ministre adjoint", "Sous-ministre adjointe"),
}
ROLE_SHORT_FR = {"EX-01": "Le directeur", "EX-02": "Le directeur exécutif", "EX-03": "Le directeur général",
                 "EX-04": "Le sous-ministre adjoint"}


def lower_first(s):
    return s[0].lower() + s[1:]


def make_position(area, level, fem):
    dept, a_en, a_fr, b_en, b_fr = area
    role = LEVEL_ROLE[level]
    if level == "EX-04":
        t_en, t_fr = f"{role[0]}, {b_en}", f"{role[2 if fem else 1]}, {b_fr}"
    else:
        t_en, t_fr = f"{role[0]}, {a_en}", f"{role[2 if fem else 1]}, {a_fr}"
    # supervisor
    if level == "EX-01":
        if RNG.random() < 0.7:
            s_en, s_fr, s_cls = f"Director General, {a_en}", f"Directeur général, {a_fr}", "EX-03"
        else:
            s_en, s_fr, s_cls = f"Executive Director, {a_en}", f"Directrice exécutive, {a_fr}", "EX-02"
    elif level == "EX-02":
        s_en, s_fr, s_cls = f"Director General, {a_en}", f"Directrice générale, {a_fr}", "EX-03"
    elif level == "EX-03":
        if RNG.random() < 0.7:
            s_en, s_fr, s_cls = f"Assistant Deputy Minister, {b_en}", f"Sous-ministre adjoint, {b_fr}", "EX-04"
        else:
            s_en, s_fr, s_cls = (f"Associate Assistant Deputy Minister, {b_en}",
                                 f"Sous-ministre adjointe déléguée, {b_fr}", "EX-04")
    else:
        s_en, s_fr, s_cls = "Deputy Minister", "Sous-ministre", "DM-01"
    subs = RNG.sample(SUBS, RNG.randint(2, 5))
    reports = []
    for sub in subs:
        if level == "EX-01":
            kind = RNG.choice([("Manager", "Gestionnaire", "Gestionnaire"), ("Senior Advisor", "Conseiller principal", "Conseillère principale"),
                               ("Chief", "Chef", "Chef"), ("Manager", "Gestionnaire", "Gestionnaire")])
            cls, fte = RNG.choice(REPORT_CLS), RNG.randint(3, 24)
        else:
            kind = ("Director", "Directeur", "Directrice")
            cls, fte = "EX-01", RNG.randint(12, 70)
        rfem = RNG.random() < 0.5
        reports.append({"title": f"{kind[0]}, {sub[0]}", "title_fr": f"{kind[2 if rfem else 1]}, {sub[1]}",
                        "classification": cls, "fte": fte})
    if RNG.random() < 0.3:
        reports.append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive", "classification": "AS-02",
                        "fte": 1})
    base = {"EX-01": (800, 3000), "EX-02": (2000, 6000), "EX-03": (4000, 15000), "EX-04": (12000, 40000)}[level]
    salary = RNG.randint(base[0] // 10, base[1] // 10) * 10000
    om = RNG.randint(salary // 20000, salary // 3000) * 1000
    city = RNG.choice(PLACES[dept])
    pos = {
        "dept": dept, "area": a_en, "area_fr": a_fr, "branch": b_en, "branch_fr": b_fr, "level": level,
        "fem": fem, "title": t_en, "title_fr": t_fr, "classification": level,
        "job_code": str(RNG.randint(100100, 109990)) if RNG.random() < 0.6 else None,
        "position_number": str(RNG.choice([RNG.randint(10000, 99999), RNG.randint(100000, 999999)])),
        "provisional": None,
        "effective_date": dt.date(RNG.randint(2017, 2025), RNG.randint(1, 12), RNG.randint(1, 28))
        if RNG.random() < 0.85 else None,
        "sup": {"position_number": str(RNG.randint(10000, 99999)) if RNG.random() < 0.7 else None,
                "title": s_en, "title_fr": s_fr, "classification": s_cls},
        "reports": reports,
        "salary": salary, "o_and_m": om, "total": salary + om,
        "fte": sum(r["fte"] for r in reports) + RNG.randint(0, 12),
        "program_budget": RNG.randint(5, 90) * 1000000 if RNG.random() < 0.2 else None,
        "location": city if RNG.random() < 0.85 else None,
        "incumbent": person(dept) if RNG.random() < 0.35 else None,
        "show_total": RNG.random() < 0.8,
    }
    return pos


# ---------------------------------------------------------------- notations
def f_cls(c, style):
    if c is None:
        return None
    g, n = c.rsplit("-", 1)
    return {"std": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "paren": f"({c})", "nodash": f"{g}{n}",
            "lower": f"{g.capitalize()}-{n}"}[style]


def f_date(d, style):
    m_en, m_fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    return {
        "iso": d.isoformat(), "long": f"{m_en} {d.day}, {d.year}", "dmy": f"{d.day} {m_en} {d.year}",
        "ord": f"{m_en} {d.day}{'st' if d.day in (1, 21) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'}, {d.year}",
        "abbr": f"{m_en[:3]}. {d.day}, {d.year}", "slash": d.strftime("%Y/%m/%d"),
        "dmon": f"{d.day:02d}-{m_en[:3].upper()}-{d.year}", "dots": d.strftime("%Y.%m.%d"),
        "fr": f"{day_fr} {m_fr} {d.year}", "fr_le": f"le {day_fr} {m_fr} {d.year}", "fr_num": d.strftime("%d/%m/%Y")
        if d.day > 12 else d.isoformat(),
    }[style]


def f_amt(v, style):
    def grp(n, sep):
        return f"{n:,}".replace(",", sep)
    if style == "comma":
        return f"${v:,}"
    if style == "M":
        if v % 10000 == 0 and v >= 1000000:
            return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
        return f"${v // 1000}K" if v % 1000 == 0 else f"${v:,}"
    if style == "million":
        if v % 10000 == 0 and v >= 1000000:
            return f"${v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
        return f"${v:,}"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "frM":
        if v % 10000 == 0 and v >= 1000000:
            return (f"{v / 1e6:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " M$"
        return f"{grp(v // 1000, ' ')} k$"
    if style == "frsp":
        return f"{grp(v, ' ')} $"
    if style == "frsp00":
        return f"{grp(v, ' ')},00 $"
    if style == "frnb":
        return f"{grp(v, chr(0xa0))}\u00a0$"
    raise ValueError(style)


def fte_text(n, style):
    if n == 1 and style in ("FTEs", "emp", "empfr"):
        return {"FTEs": "1 FTE", "emp": "1 employee", "empfr": "1 employé"}[style]
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "ETP": f"{n} ETP", "staff": f"staff of {n}",
            "effectif": f"effectif de {n}", "emp": f"{n} employees", "empfr": f"{n} employés"}[style]


def report_text(r, st, lang):
    t = r["title_fr"] if lang == "fr" else r["title"]
    c = f_cls(r["classification"], "std") if r["classification"] else None
    n = fte_text(r["fte"], st["fte"]) if r["fte"] is not None else None
    form = st["rep_form"]
    if form == "dash_cls_first" and c:
        return f"{c} - {t}" + (f" ({n})" if n else "")
    if form == "endash" and c and n:
        return f"{t} – {c} – {n}"
    if form == "bracket" and c:
        return f"{t} [{c}]" + (f" ({n})" if n else "")
    if form == "staffof" and c and n:
        return f"{t} ({c}), {n}"
    inner = ", ".join(x for x in (c, n) if x)
    return f"{t} ({inner})" if inner else t


# ---------------------------------------------------------------- labels
LABELS = {
    "en1": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
                eff="Effective Date", sup_pos="Supervisor's Position No.", sup_title="Supervisor's Position Title",
                sup_cls="Supervisor's Classification", loc="Geographic Location", dept="Department", branch="Branch",
                salary="Salary", om="O&M", total="Total", fte="FTEs", prog="Grants and Contributions",
                inc="Incumbent", reports_to="Reports to"),
    "en2": dict(title="Job Title", cls="Group and Level", job="Position Job Code", pos="Position No.",
                eff="Effective", sup_pos="Reports to (Position No.)", sup_title="Reports to (Title)",
                sup_cls="Reports to (Group/Level)", loc="Location", dept="Organization", branch="Sector",
                salary="Salary Budget", om="Operating Budget (O&M)", total="Total Budget", fte="Number of FTEs",
                prog="Program Budget", inc="Incumbent", reports_to="Reporting to"),
    "en3": dict(title="Title", cls="Level", job="Generic Job No.", pos="Pos. #", eff="Date effective",
                sup_pos="Supervisor position #", sup_title="Supervisor title", sup_cls="Supervisor level",
                loc="Work location", dept="Dept", branch="Branch", salary="Salaries", om="Non-salary O&M",
                total="Total Operating Budget", fte="Staff", prog="G&C", inc="Incumbent name",
                reports_to="Immediate supervisor"),
    "en4": dict(title="Position title", cls="Classification level", job="Job code", pos="Position number",
                eff="Effective date", sup_pos="Manager's position number", sup_title="Manager's title",
                sup_cls="Manager's classification", loc="Location of position", dept="Department", branch="Branch",
                salary="Salary dollars", om="O&M dollars", total="Total resources", fte="Full-time equivalents",
                prog="Transfer payments", inc="Incumbent", reports_to="Reports to"),
    "fr1": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
                eff="Date d'entrée en vigueur", sup_pos="No de poste du superviseur",
                sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur",
                loc="Lieu géographique", dept="Ministère", branch="Direction générale", salary="Salaires",
                om="F et E", total="Total", fte="ETP", prog="Subventions et contributions", inc="Titulaire",
                reports_to="Relève de"),
    "fr2": dict(title="Intitulé du poste", cls="Groupe et niveau", job="No de code d'emploi", pos="No de poste",
                eff="Date de prise d'effet", sup_pos="Relève de (no de poste)", sup_title="Relève de (titre)",
                sup_cls="Relève de (groupe et niveau)", loc="Lieu de travail", dept="Organisation",
                branch="Secteur", salary="Budget salarial", om="Fonctionnement et entretien",
                total="Budget total", fte="Effectif", prog="Paiements de transfert", inc="Titulaire",
                reports_to="Supérieur immédiat"),
    "fr3": dict(title="Titre", cls="Niveau", job="Code de l'emploi", pos="Poste no", eff="En vigueur le",
                sup_pos="Poste du supérieur immédiat", sup_title="Supérieur immédiat", sup_cls="Niveau du supérieur",
                loc="Emplacement", dept="Ministère", branch="Secteur", salary="Salaires", om="Budget de F et E",
                total="Total des ressources", fte="ETP", prog="S et C", inc="Titulaire", reports_to="Relève du"),
}
HEADS = {
    "en": dict(top=["EXECUTIVE WORK DESCRIPTION", "Work Description - Executive (EX) Group", "JOB DESCRIPTION",
                    "Position Description"],
               ga="General Accountability", org="Organization Structure", ns="Nature and Scope", dims="Dimensions",
               sa="Specific Accountabilities", csr="Client Service Results", ka="Key Activities",
               cert="Certification", reports="Direct reports"),
    "fr": dict(top=["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "Description de travail",
                    "DESCRIPTION DE POSTE - CADRE DE DIRECTION"],
               ga="Responsabilité générale", org="Structure organisationnelle", ns="Nature et portée",
               dims="Dimensions", sa="Responsabilités spécifiques", csr="Résultats axés sur le service à la clientèle",
               ka="Activités principales", cert="Attestation", reports="Subordonnés directs"),
}


# ---------------------------------------------------------------- the work description as blocks
def wd_blocks(p, lang, st, signers=None):
    """Blocks: ('h', text) ('kv', [(label, value)]) ('p', text) ('list', [..]) ('olist', [..]) ('table', rows)."""
    L = LABELS[st["labels"]]
    LF = LABELS[st.get("labels_fr", "fr1")]
    bi = lang == "bilingual"
    tl = "fr" if lang == "fr" else "en"
    H = HEADS[tl]
    d = DEPTS[p["dept"]]
    B = []

    def lab(k):
        return f"{L[k]} / {LF[k]}" if bi else L[k]
    B.append(("h", st["top"]))
    kv = []
    if bi and st.get("bi_title") == "slash":
        kv.append((lab("title"), f"{p['title']} / {p['title_fr']}"))
    elif bi:
        kv.append((L["title"], p["title"]))
        kv.append((LF["title"], p["title_fr"]))
    else:
        kv.append((L["title"], p["title_fr"] if lang == "fr" else p["title"]))
    kv.append((lab("cls"), f_cls(p["classification"], st["cls"])))
    if p["job_code"]:
        kv.append((lab("job"), p["job_code"]))
    kv.append((lab("pos"), p["position_number"] or p["provisional"]))
    if p["effective_date"]:
        kv.append((lab("eff"), f_date(p["effective_date"], st["date"])))
    kv.append((lab("dept"), d[1] if lang == "fr" else d[0]))
    kv.append((lab("branch"), p["branch_fr"] if lang == "fr" else p["branch"]))
    if p["location"]:
        c, pe, pf = p["location"]
        kv.append((lab("loc"), (f"{c} ({pf})" if lang == "fr" and st["loc_paren"] else f"{c}, {pf}") if lang == "fr"
                   else (f"{c} ({pe})" if st["loc_paren"] else f"{c}, {pe}")))
    if p["incumbent"]:
        kv.append((lab("inc"), p["incumbent"].name if st["inc_order"] else f"{p['incumbent'].last}, {p['incumbent'].first}"))
    s = p["sup"]
    stitle = s["title_fr"] if lang == "fr" else s["title"]
    if st["sup"] == "fields":
        if s["position_number"]:
            kv.append((lab("sup_pos"), s["position_number"]))
        kv.append((lab("sup_title"), stitle))
        if s["classification"]:
            kv.append((lab("sup_cls"), f_cls(s["classification"], st["cls"])))
    elif st["sup"] == "line":
        v = stitle + (f" ({f_cls(s['classification'], 'std')})" if s["classification"] else "")
        if s["position_number"]:
            v += (f", poste no {s['position_number']}" if lang == "fr" else f", position no. {s['position_number']}")
        kv.append((lab("reports_to"), v))
    B.append(("kv", kv))

    role = LEVEL_ROLE[p["level"]][0]
    ctx = dict(role=f"The {role}", area_l=p["area"].lower().replace("service canada", "Service Canada"),
               role_fr=ROLE_SHORT_FR[p["level"]], area_fr_l=lower_first(p["area_fr"]))
    order = ["ga", "org", "ns", "dims", "sa"] if st["order"] == "std" else ["ga", "dims", "org", "sa", "ns"]
    if st.get("csr"):
        order = ["csr", "org", "dims", "ka"]
    for sec in order:
        if sec == "ga":
            B.append(("h", H["ga"] if not bi else "General Accountability / Responsabilité générale"))
            if tl == "en":
                B.append(("p", st["ga"].format(**ctx)))
            if tl == "fr" or bi:
                B.append(("p", st["ga_fr"].format(**ctx)))
        elif sec == "csr":
            B.append(("h", H["csr"]))
            B.append(("p", (st["csr_fr"] if tl == "fr" else st["csr_en"]).format(**ctx)))
        elif sec == "ns":
            B.append(("h", H["ns"] if not bi else "Nature and Scope / Nature et portée"))
            B.append(("p", (st["ns_fr"] if tl == "fr" else st["ns"]).format(**ctx)))
        elif sec in ("sa", "ka"):
            B.append(("h", H[sec] if not bi else "Specific Accountabilities / Responsabilités spécifiques"))
            B.append(("olist" if sec == "sa" else "list", [x.format(**ctx) for x in (st["sa_fr"] if tl == "fr" else st["sa"])]))
        elif sec == "org":
            B.append(("h", H["org"] if not bi else "Organization Structure / Structure organisationnelle"))
            t = p["title_fr"] if tl == "fr" else p["title"]
            if st["sup"] == "sentence":
                sc = f" ({f_cls(s['classification'], 'std')})" if s["classification"] else ""
                sn = ""
                if s["position_number"]:
                    sn = (f", poste no {s['position_number']}," if tl == "fr" else f", position no. {s['position_number']},")
                if tl == "fr":
                    B.append(("p", f"Le ou la titulaire du poste de {t} relève du {stitle}{sc}{sn} et fait partie "
                                   f"de l'équipe de gestion de la direction générale."))
                else:
                    B.append(("p", f"The {t} reports to the {stitle}{sc}{sn} and is a member of the branch's "
                                   f"senior management team."))
            reps = p["reports"]
            if st["reps"] == "prose":
                items = [report_text(r, st, tl) for r in reps]
                if tl == "fr":
                    B.append(("p", "Les postes suivants relèvent du titulaire : " + "; ".join(items[:-1])
                                   + f" et {items[-1]}."))
                else:
                    B.append(("p", f"Reporting to the {role} are the " + "; the ".join(items[:-1])
                                   + f"; and the {items[-1]}."))
            elif st["reps"] == "table":
                B.append(("p", "Les postes suivants relèvent directement du titulaire :" if tl == "fr"
                               else f"The following positions report directly to the {role}:"))
                hdr = ["Poste", "Groupe et niveau", "ETP"] if tl == "fr" else ["Position", "Group/Level", "FTEs"]
                rows = [hdr] + [[r["title_fr"] if tl == "fr" else r["title"], r["classification"] or "",
                                 str(r["fte"]) if r["fte"] is not None else ""] for r in reps]
                B.append(("table", rows))
            else:
                B.append(("p", H["reports"] + " :" if tl == "fr" else H["reports"] + ":"))
                B.append(("list", [report_text(r, st, tl) for r in reps]))
        elif sec == "dims":
            B.append(("h", H["dims"]))
            a = st["amt"]
            dims = []
            if p["fte"] is not None:
                dims.append((lab("fte"), str(p["fte"])))
            dims.append((lab("salary"), f_amt(p["salary"], a)))
            dims.append((lab("om"), f_amt(p["o_and_m"], a)))
            if p["show_total"]:
                dims.append((lab("total"), f_amt(p["total"], a)))
            if p["program_budget"]:
                dims.append((lab("prog"), f_amt(p["program_budget"], a)))
            if st["dims"] == "oneline":
                B.append(("p", "; ".join(f"{k}{' :' if tl == 'fr' else ':'} {v}" for k, v in dims)))
            elif st["dims"] == "table":
                B.append(("table", [[k, v] for k, v in dims]))
            else:
                B.append(("kv", dims))
    if signers:
        B.append(("h", H["cert"]))
        B.append(("p", "The foregoing is an accurate and complete statement of the duties assigned to the position."
                  if tl == "en" else "La description qui précède est un énoncé exact et complet des fonctions du poste."))
        for who, what, when in signers:
            B.append(("sig", [who.name, what, when]))
    return B


def blocks_to_lines(B, st, lang):
    sep = " :" if lang == "fr" else ":"
    out = []
    for kind, val in B:
        if kind == "h":
            hs = st["heads"]
            out.append("")
            if hs == "caps":
                out.append(val.upper())
            elif hs == "md":
                out.append("## " + val)
            elif hs == "under":
                out.extend([val, "-" * len(val)])
            elif hs == "colon":
                out.append(val + ":")
            elif hs == "gbold":
                out.append("*" + val + "*")
            else:
                out.append(val)
        elif kind == "kv":
            lay = st["kv"]
            for k, v in val:
                if lay == "inline":
                    out.append(f"{k}{sep} {v}")
                elif lay == "next":
                    out.extend([f"{k}{sep}", f"    {v}" if st.get("indent") else v])
                elif lay == "tabs":
                    out.append(f"{k}{sep}\t{v}")
                elif lay == "dots":
                    out.append(f"{k} {'.' * max(3, 34 - len(k))} {v}")
                elif lay == "gbold":
                    out.append(f"*{k}{sep}* {v}")
                elif lay == "md":
                    out.append(f"*   **{k}{sep}** {v}")
                elif lay == "cells":
                    out.extend([k, v, ""])
        elif kind == "p":
            out.append("")
            out.append(val)
        elif kind == "list":
            b = st["bullet"]
            out.extend(f"{b} {x}" for x in val)
        elif kind == "olist":
            out.extend(f"{i}{st['onum']} {x}" for i, x in enumerate(val, 1))
        elif kind == "table":
            if st["table"] == "pipes":
                out.append("| " + " | ".join(val[0]) + " |")
                if len(val[0]) == 3:
                    out.append("|---|---|---|")
                else:
                    out.append("|---|---|")
                out.extend("| " + " | ".join(r) + " |" for r in val[1:])
            else:
                out.extend("\t".join(r) for r in val)
        elif kind == "sig":
            out.append("")
            out.extend(val)
    return out


def wrap_lines(lines, width):
    out = []
    for ln in lines:
        if len(ln) <= width or "\t" in ln or ln.startswith("|"):
            out.append(ln)
        else:
            out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    return out


# ---------------------------------------------------------------- e-mail
def signature(pp, title_en, title_fr, bi=True, phone=None):
    d = DEPTS[pp.dept]
    phone = phone or f"{RNG.choice(['613', '819', '343', '873'])}-{RNG.randint(200, 999)}-{RNG.randint(1000, 9999)}"
    lines = ["", "--", pp.name]
    if bi:
        lines += [f"{title_en} | {title_fr}", f"{d[0]} | {d[1]}", f"Tel. | Tél. : {phone}", pp.email]
    else:
        lines += [title_en, d[0], f"Tel: {phone}", pp.email]
    return lines


STAFF_TITLES = [("Senior Classification Advisor", "Conseillère principale en classification"),
                ("Classification Advisor", "Conseiller en classification"),
                ("HR Business Partner", "Partenaire d'affaires en RH"),
                ("Executive Services Advisor", "Conseillère, Services aux cadres"),
                ("Organizational Design Specialist", "Spécialiste en conception organisationnelle"),
                ("Executive Assistant to the Director General", "Adjointe exécutive du directeur général"),
                ("Manager, Executive Group Services", "Gestionnaire, Services au groupe de la direction")]


REVISED_EN = [
    "Hi {first},\n\nHere is the revised version following the committee's comments (level, effective date and "
    "budget updated). Please use this one - the earlier text further down the chain is superseded.\n\n{me}",
    "{first},\n\nUpdated WD below, replacing the one I sent earlier. Changes are in the dimensions and the "
    "structure.\n\nThanks,\n{me}",
]
REVISED_FR = [
    "Bonjour {first},\n\nVoici la version révisée à la suite des commentaires du comité (niveau, date et budget "
    "mis à jour). Veuillez utiliser celle-ci; le texte plus bas dans la chaîne est remplacé.\n\n{me}",
]


def msg(sender, to, cc, when, subject, body, sig=None, disc=None):
    return dict(sender=sender, to=to, cc=cc, when=when, subject=subject, body=body, sig=sig or [], disc=disc or [])


def when_text(w, style):
    h12 = w.hour % 12 or 12
    ap = "AM" if w.hour < 12 else "PM"
    if style == "outlook_en":
        return f"{DAYS_EN[w.weekday()]}, {MONTHS_EN[w.month - 1]} {w.day}, {w.year} {h12}:{w.minute:02d} {ap}"
    if style == "outlook_fr":
        return f"{DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year} {w.hour:02d}:{w.minute:02d}"
    if style == "gmail_en":
        return f"{DAYS_EN[w.weekday()][:3]}, {MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year} at {h12}:{w.minute:02d} {ap}"
    if style == "gmail_fr":
        return f"{DAYS_FR[w.weekday()][:3]}. {w.day} {MONTHS_FR[w.month - 1]} {w.year}, à {w.hour} h {w.minute:02d}"
    if style == "rfc":
        return f"{DAYS_EN[w.weekday()][:3]}, {w.day} {MONTHS_EN[w.month - 1][:3]} {w.year} {w.hour:02d}:{w.minute:02d}:{w.second:02d} -0400"
    raise ValueError(style)


def names(ps, style):
    if style.startswith("outlook"):
        return "; ".join(p.outlook() for p in ps)
    return ", ".join(f"{p.name} <{p.email}>" for p in ps)


def render_chain(msgs, style, lang_ui, saved_header=True, quote=None):
    """msgs newest first. style: outlook_en / outlook_fr / outlook_old / gmail_en / gmail_fr."""
    quote = style.startswith("gmail") if quote is None else quote
    out = []
    top = msgs[0]
    fr = style.endswith("_fr")
    wstyle = "outlook_fr" if fr and style.startswith("outlook") else "gmail_fr" if fr else (
        "gmail_en" if style.startswith("gmail") else "outlook_en")
    if saved_header:
        if style.startswith("outlook"):
            L = [("De", top["sender"].outlook()), ("Envoyé", when_text(top["when"], "outlook_fr")),
                 ("À", names(top["to"], "outlook")), ("Cc", names(top["cc"], "outlook")),
                 ("Objet", top["subject"])] if fr else [
                ("From", top["sender"].outlook()), ("Sent", when_text(top["when"], "outlook_en")),
                ("To", names(top["to"], "outlook")), ("Cc", names(top["cc"], "outlook")), ("Subject", top["subject"])]
            for k, v in L:
                if k == "Cc" and not top["cc"]:
                    continue
                out.append(f"{k}{' :' if fr else ':'}\t{v}")
            if any("Pièce" in x or "Attach" in x for x in []):
                pass
        else:
            out += [f"{'De' if fr else 'From'}: {top['sender'].name} <{top['sender'].email}>",
                    f"Date: {when_text(top['when'], wstyle)}",
                    f"{'Objet' if fr else 'Subject'}: {top['subject']}",
                    f"{'À' if fr else 'To'}: {names(top['to'], 'gmail')}"]
            if top["cc"]:
                out.append(f"Cc: {names(top['cc'], 'gmail')}")
        out.append("")
    for i, m in enumerate(msgs):
        body = m["body"] + m["sig"] + ([""] + m["disc"] if m["disc"] else [])
        if i == 0:
            out += body
            continue
        prev_depth = i - 1 if quote else 0
        depth = i if quote else 0
        q0 = ">" * prev_depth + (" " if prev_depth else "")
        if style.startswith("gmail"):
            if fr:
                att = f"Le {when_text(m['when'], 'gmail_fr')}, {m['sender'].name} <{m['sender'].email}> a écrit :"
            else:
                att = f"On {when_text(m['when'], 'gmail_en')} {m['sender'].name} <{m['sender'].email}> wrote:"
            hdr = ["", att]
        elif style == "outlook_old":
            hdr = ["", "-----Original Message-----", f"From: {m['sender'].outlook()}",
                   f"Sent: {when_text(m['when'], 'outlook_en')}", f"To: {names(m['to'], 'outlook')}"]
            if m["cc"]:
                hdr.append(f"Cc: {names(m['cc'], 'outlook')}")
            hdr += [f"Subject: {m['subject']}", ""]
        elif fr:
            hdr = ["", "_" * 32, f"De : {m['sender'].outlook()} <{m['sender'].email}>",
                   f"Envoyé : {when_text(m['when'], 'outlook_fr')}", f"À : {names(m['to'], 'outlook')}"]
            if m["cc"]:
                hdr.append(f"Cc : {names(m['cc'], 'outlook')}")
            hdr += [f"Objet : {m['subject']}", ""]
        else:
            hdr = ["", "_" * 32, f"From: {m['sender'].outlook()} <{m['sender'].email}>",
                   f"Sent: {when_text(m['when'], 'outlook_en')}", f"To: {names(m['to'], 'outlook')}"]
            if m["cc"]:
                hdr.append(f"Cc: {names(m['cc'], 'outlook')}")
            hdr += [f"Subject: {m['subject']}", ""]
        out += [(q0 + h).rstrip() if q0 else h for h in hdr]
        qd = ">" * depth + (" " if depth else "")
        out += [(qd + ln).rstrip() if qd else ln for ln in body]
    return out


# ---------------------------------------------------------------- writers
FIXED = (2024, 3, 1, 9, 0, 0)


def fixed_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def docx_bytes(items, author="Classification"):
    """items: ('h', text) ('p', text) ('bold_kv', [(k, v)]) ('table', rows) ('list', [..]) ('olist', [..])."""
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by = author, author
    cp.created = cp.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    cp.revision = 1
    for kind, val in items:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bold_kv":
            for k, v in val:
                par = d.add_paragraph()
                par.add_run(k).bold = True
                par.add_run("\t" + v)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        elif kind == "list":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "olist":
            for x in val:
                d.add_paragraph(x, style="List Number")
        elif kind == "sig":
            for x in val:
                d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def blocks_to_docx_items(B, kv_table=True):
    items = []
    for kind, val in B:
        if kind == "kv":
            items.append(("table", [[k, v] for k, v in val]) if kv_table else ("bold_kv", [(k + ":", v) for k, v in val]))
        elif kind in ("h", "p", "list", "olist", "table", "sig"):
            items.append((kind, val))
    return items


def pdf_pages(lines, header=None, footer=None, per_page=62, width=100):
    lines = wrap_lines(lines, width)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    pages = []
    for n, ch in enumerate(chunks, 1):
        pg = []
        if header:
            pg += [header.format(n=n, N=len(chunks)), ""]
        pg += ch
        if footer:
            pg += ["", footer.format(n=n, N=len(chunks))]
        pages.append("\n".join(pg))
    return pdf_bytes(pages)


# ---------------------------------------------------------------- style
def pick_style(lang, **over):
    tl = "fr" if lang == "fr" else "en"
    st = dict(
        labels=RNG.choice(["fr1", "fr2", "fr3"]) if tl == "fr" else RNG.choice(["en1", "en2", "en3", "en4"]),
        labels_fr=RNG.choice(["fr1", "fr2"]),
        top=RNG.choice(HEADS[tl]["top"]),
        cls=RNG.choice(["std", "std", "space", "short", "paren", "nodash", "lower"]),
        date=RNG.choice(["fr", "fr_le", "iso", "fr_num"]) if tl == "fr" else RNG.choice(
            ["iso", "long", "dmy", "ord", "abbr", "slash", "dmon", "dots"]),
        amt=RNG.choice(["frM", "frsp", "frsp00", "frnb"]) if tl == "fr" else RNG.choice(["comma", "M", "million", "K", "comma"]),
        fte=RNG.choice(["ETP", "ETP", "effectif", "empfr"]) if tl == "fr" else RNG.choice(["FTEs", "FTE", "staff", "emp"]),
        rep_form=RNG.choice(["paren", "dash_cls_first", "endash", "bracket", "staffof", "paren"]),
        reps=RNG.choice(["list", "list", "table", "prose"]),
        sup=RNG.choice(["fields", "fields", "line", "sentence"]),
        dims=RNG.choice(["kv", "kv", "oneline", "table"]),
        kv=RNG.choice(["inline", "inline", "next", "tabs", "dots", "cells"]),
        heads=RNG.choice(["caps", "plain", "under", "colon"]),
        bullet=RNG.choice(["-", "*", "•", "o"]),
        onum=RNG.choice([".", ")"]),
        table=RNG.choice(["tabs", "tabs", "pipes"]),
        order=RNG.choice(["std", "std", "alt"]),
        loc_paren=RNG.random() < 0.4, inc_order=RNG.random() < 0.6, indent=RNG.random() < 0.5,
        ga=RNG.choice(GA_EN), ga_fr=RNG.choice(GA_FR), ns=RNG.choice(NS_EN), ns_fr=RNG.choice(NS_FR),
        sa=RNG.sample(SA_EN, RNG.randint(5, 7)), sa_fr=RNG.sample(SA_FR, RNG.randint(4, 6)),
        csr=RNG.random() < 0.15, csr_en=RNG.choice(CSR_EN), csr_fr=CSR_FR[0],
    )
    if st["rep_form"] == "staffof" and tl == "fr":
        st["rep_form"] = "paren"
    if st["fte"] == "staff" and st["rep_form"] not in ("paren", "staffof"):
        st["fte"] = "FTEs"
    st.update(over)
    return st


def thin_reports(p):
    """Some documents give a report without classification or count."""
    r = RNG.random()
    if r < 0.15:
        for rep in p["reports"]:
            rep["fte"] = None
    elif r < 0.25:
        RNG.choice(p["reports"])["classification"] = None
    return p


# ---------------------------------------------------------------- expected
def expected(name, kind, lang, p, people, versions=None, outcome="import", also_extra=None):
    if outcome == "refuse":
        data = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                    also=also_extra or None, people=sorted(set(people)), versions=versions)
        return data
    s = p["sup"]
    loc = None
    if p["location"]:
        c, pe, pf = p["location"]
        loc = f"{c}, {pe}"
    f = dict(
        title=p["title_fr"] if lang == "fr" else p["title"],
        classification=p["classification"],
        job_code=p["job_code"],
        position_number=p["position_number"],
        effective_date=p["effective_date"],
        supervisor=dict(position_number=s["position_number"], title=s["title_fr"] if lang == "fr" else s["title"],
                        classification=s["classification"]),
        direct_reports=[dict(title=r["title_fr"] if lang == "fr" else r["title"], classification=r["classification"],
                             fte=r["fte"]) for r in p["reports"]],
        salary=p["salary"], o_and_m=p["o_and_m"], total=p["total"] if p["show_total"] else None,
        location=loc,
    )
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if s[k] is None]
    also = dict(fte=p["fte"], operating_budget=None, program_budget=p["program_budget"],
                provisional_number=p["provisional"])
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if also_extra:
        also.update(also_extra)
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns, also=also,
                people=sorted(set(people)), versions=versions)


# ---------------------------------------------------------------- documents
DOCS = {}       # name -> bytes
EXPECTED = {}   # name -> dict


def emit(name, data, exp):
    assert name not in DOCS, name
    DOCS[name] = data
    EXPECTED[name] = exp


AREA_POOL = AREAS[:]
RNG.shuffle(AREA_POOL)


def new_position(lang, level=None, prov=None):
    area = AREA_POOL.pop()
    level = level or RNG.choices(["EX-01", "EX-02", "EX-03", "EX-04"], [45, 25, 25, 5])[0]
    p = thin_reports(make_position(area, level, RNG.random() < 0.5))
    if prov:
        p["position_number"], p["provisional"] = None, prov
    return p


def staff(dept, fr=False):
    pp = person(dept)
    t = RNG.choice(STAFF_TITLES)
    return pp, t


def when_near(p, days_before=None):
    base = p["effective_date"] or dt.date(RNG.randint(2019, 2025), RNG.randint(1, 12), RNG.randint(1, 28))
    off = RNG.randint(-120, 60) if days_before is None else -days_before
    d = base + dt.timedelta(days=off)
    return dt.datetime(d.year, d.month, d.day, RNG.randint(7, 17), RNG.randint(0, 59), RNG.randint(0, 59))


def chatter(pool, first, title, me):
    return RNG.choice(pool).format(first=first, title=title, me=me).split("\n")


def older_version(p, cls=None):
    o = copy.deepcopy(p)
    if o["effective_date"]:
        o["effective_date"] = o["effective_date"] - dt.timedelta(days=RNG.randint(300, 1100))
    o["salary"] = p["salary"] - RNG.randint(1, 20) * 10000
    o["o_and_m"] = p["o_and_m"] - RNG.randint(1, 9) * 1000
    o["total"] = o["salary"] + o["o_and_m"]
    if o["reports"] and o["reports"][0]["fte"] is not None:
        o["reports"][0]["fte"] = max(1, p["reports"][0]["fte"] - RNG.randint(1, 4))
    if cls:
        o["classification"] = cls
    return o


def email_doc(name, kind, lang, p, chain_style, *, n_msgs=2, wd_at=0, twice=None, wrap=None, st=None,
              disc="bi", trap_sig=False, iphone=False, external=False, quote=None, subject_fmt=None,
              return_lines=False, versions=None, saved_header=True, old_cls=None, old=None):
    """An e-mail chain carrying a work description. wd_at: which message (0 = newest) holds it.
    twice: None, 'chain' (older version in an older message), 'inline' (OLD then NEW in one message)."""
    tl = "fr" if lang == "fr" else "en"
    st = st or pick_style(lang)
    people = []
    d = p["dept"]
    parts = [staff(d) for _ in range(n_msgs + 1)]
    for pp, _ in parts:
        people.append(pp.name)
    if p["incumbent"]:
        people.append(p["incumbent"].name)
    title = p["title_fr"] if tl == "fr" else p["title"]
    subj = subject_fmt or (f"Description de travail - {title}" if tl == "fr" else f"WD for review - {title}")
    base_when = when_near(p)
    msgs = []
    if twice and old is None:
        old = older_version(p, old_cls)
    for i in range(n_msgs):
        sender, stitle = parts[i]
        to = parts[i + 1][0]
        cc = [parts[(i + 2) % len(parts)][0]] if RNG.random() < 0.4 else []
        w = base_when - dt.timedelta(days=i * RNG.randint(1, 9), minutes=i * RNG.randint(0, 400))
        pool = (ASK_FR if i == n_msgs - 1 else REPLY_FR) if tl == "fr" else (ASK_EN if i == n_msgs - 1 else REPLY_EN)
        body = chatter(pool, to.first, title, sender.first)
        if twice == "chain" and i == 0:
            body = chatter(REVISED_FR if tl == "fr" else REVISED_EN, to.first, title, sender.first)
        elif twice == "chain" and i == n_msgs - 1:
            body = chatter(ASK_FR[:1] if tl == "fr" else ASK_EN[:1], to.first, title, sender.first)
        chat = list(body)
        if trap_sig and i == 0:
            sender_title = (p["sup"]["title"], p["sup"]["title_fr"])
        else:
            sender_title = stitle
        sig = signature(sender, sender_title[0], sender_title[1], bi=RNG.random() < 0.7)
        dis = []
        if disc == "bi" and i == 0:
            dis = DISCLAIMER_BI.split("\n")
        elif disc == "named" and i == 0:
            dp = person(d)
            people.append(dp.name)
            dis = [(DISCLAIMER_NAMED_FR if tl == "fr" else DISCLAIMER_NAMED).format(
                name=dp.name, phone=f"1-800-{RNG.randint(200, 999)}-{RNG.randint(1000, 9999)}")]
        pre = "RE: " if tl == "en" else "RE : "
        if i == 0 and chain_style.startswith("gmail") and n_msgs > 1:
            pre = "Re: "
        s = (pre * (n_msgs - 1 - i) if i < n_msgs - 1 else "") + subj
        if external and i == 0:
            s = "[EXTERNAL] " + s
        if i == 0 and iphone:
            body = ["Agreed, go ahead." if tl == "en" else "D'accord, allez-y.", "", "Sent from my iPhone" if tl == "en"
                    else "Envoyé de mon iPhone"]
            sig, dis = [], []
        msgs.append(msg(sender, [to], cc, w, s, body, sig, dis))
        msgs[-1]["chat"] = chat
    # put the description(s) in
    if twice == "inline":
        so = dict(st)
        lines_old = blocks_to_lines(wd_blocks(old, lang, so), so, tl)
        lines_new = blocks_to_lines(wd_blocks(p, lang, st), st, tl)
        hdr_old, hdr_new = (("===== ANCIENNE VERSION (2019) =====", "===== VERSION RÉVISÉE =====") if tl == "fr"
                            else ("===== OLD VERSION (as signed) =====", "===== REVISED VERSION (for committee) ====="))
        msgs[wd_at]["body"] = msgs[wd_at]["body"][:1] + ["", "Voici les deux versions pour comparaison :" if tl == "fr"
                                                          else "Both versions below for comparison - the revised one is what we are submitting:",
                                                          "", hdr_old] + lines_old + ["", hdr_new] + lines_new + [""] + msgs[wd_at]["body"][1:]
    else:
        wd = blocks_to_lines(wd_blocks(p, lang, st), st, tl)
        if wrap:
            wd = wrap_lines(wd, wrap)
        msgs[wd_at]["body"] = msgs[wd_at]["body"] + ["", "-" * 20 if RNG.random() < 0.5 else ""] + wd
        if twice == "chain":
            so = dict(st)
            wo = blocks_to_lines(wd_blocks(old, lang, so), so, tl)
            if wrap:
                wo = wrap_lines(wo, wrap)
            msgs[-1]["body"] = msgs[-1]["body"] + [""] + wo
            if old_cls:
                msgs[-1]["subject"] = msgs[-1]["subject"] + f" ({old_cls})"
    lines = render_chain(msgs, chain_style, tl, saved_header=saved_header, quote=quote)
    if external:
        lines = lines[:6] + ["", "CAUTION: This email originated from outside of the organization. Do not click links "
                             "or open attachments unless you recognize the sender."] + lines[6:]
    exp = expected(name, kind, lang, p, people, versions=versions,
                   also_extra={"pasted_twice": "older and revised versions in one document; the fields are the "
                                               "revised one's"} if twice else None)
    if return_lines:
        return lines, exp, msgs
    text = "\n".join(lines) + "\n"
    if kind == "email-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        data = text.encode("cp1252", errors="replace")
    else:
        data = text.encode("utf-8")
    emit(name, data, exp)
    return exp


def main():
    out = HERE / "corpus"
    exp_dir = HERE / "expected"
    for dd in (out, exp_dir):
        if dd.exists():
            shutil.rmtree(dd)
        dd.mkdir()

    # ---- UTF-8 e-mails, English
    p = new_position("en")
    email_doc(f"RE_ WD for review - {p['title']}.txt", "email", "en", p, "gmail_en", n_msgs=2, wd_at=1)
    p = new_position("en")
    email_doc(f"FW_ {p['title']} ({p['classification']}) - FINAL.txt", "email", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              subject_fmt=f"{p['title']} ({p['classification']}) - FINAL", st=pick_style("en", kv="tabs"))
    p = new_position("en", "EX-02")
    email_doc(f"RE_ RE_ Revised WD - {p['title']}.txt", "email", "en", p, "outlook_en", n_msgs=3, wd_at=0,
              twice="chain", old_cls="EX-01", subject_fmt=f"Revised WD - {p['title']}")
    p = new_position("en")
    email_doc(f"Fwd_ Work description {p['title']}.txt", "email", "en", p, "gmail_en", n_msgs=2, wd_at=1,
              subject_fmt=f"Work description {p['title']}", st=pick_style("en", kv="gbold", heads="gbold"))
    # .eml saved as text, quoted-printable
    p = new_position("en")
    lines, exp, msgs = email_doc(f"{p['title']} - email 2023.txt", "email", "en", p, "gmail_en", n_msgs=2, wd_at=0,
                                 return_lines=True, saved_header=False)
    top = msgs[0]
    hdr = [f"Return-Path: <{top['sender'].email}>", "Received: from mail.gc.ca (10.12.4.17) by exch01.gc.ca",
           f"From: \"{top['sender'].outlook()}\" <{top['sender'].email}>",
           f"To: \"{top['to'][0].outlook()}\" <{top['to'][0].email}>", f"Subject: {top['subject']}",
           f"Date: {when_text(top['when'], 'rfc')}", f"Message-ID: <{RNG.randint(10**11, 10**12)}.JavaMail@exch01.gc.ca>",
           "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"",
           "Content-Transfer-Encoding: quoted-printable", ""]
    body = quopri.encodestring("\n".join(lines).encode("utf-8")).decode("ascii")
    emit(exp["document"], ("\n".join(hdr) + "\n" + body + "\n").encode("ascii"), exp)
    # .eml 8bit, Outlook-style chain
    p = new_position("en")
    lines, exp, msgs = email_doc(f"Message - {p['title']}.txt", "email", "en", p, "outlook_en", n_msgs=3, wd_at=2,
                                 return_lines=True, saved_header=False, disc="named")
    top = msgs[0]
    hdr = [f"From: \"{top['sender'].outlook()}\" <{top['sender'].email}>",
           f"To: \"{top['to'][0].outlook()}\" <{top['to'][0].email}>", f"Subject: {top['subject']}",
           f"Date: {when_text(top['when'], 'rfc')}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
           "Content-Transfer-Encoding: 8bit", "X-MS-Has-Attach: ", "Thread-Topic: " + top["subject"].replace("RE: ", ""), ""]
    emit(exp["document"], ("\n".join(hdr + lines) + "\n").encode("utf-8"), exp)
    p = new_position("en")
    email_doc(f"RE_ {p['title']} - position {p['position_number']}.txt", "email", "en", p, "outlook_old", n_msgs=2,
              wd_at=1, st=pick_style("en", kv="dots"))
    p = new_position("en")
    email_doc(f"Re_ Re_ WD {p['area']}.txt", "email", "en", p, "gmail_en", n_msgs=3, wd_at=2,
              subject_fmt=f"WD {p['area']}")
    p = new_position("en")
    email_doc(f"WD changes - {p['title']} (old vs new).txt", "email", "en", p, "outlook_en", n_msgs=1, twice="inline",
              subject_fmt=f"WD changes - {p['title']}")
    p = new_position("en")
    email_doc(f"FW_ Client service results WD - {p['area']}.txt", "email", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              st=pick_style("en", csr=True, sup="sentence"), subject_fmt=f"Client service results WD - {p['area']}")
    p = new_position("en", prov="NEW")
    email_doc(f"RE_ draft WD {p['title']}.txt", "email", "en", p, "gmail_en", n_msgs=2, wd_at=0,
              st=pick_style("en", kv="next"), subject_fmt=f"draft WD {p['title']}")
    p = new_position("en")
    email_doc(f"RE_ [EXTERNAL] {p['title']} WD.txt", "email", "en", p, "outlook_en", n_msgs=3, wd_at=2, iphone=True,
              external=True, subject_fmt=f"{p['title']} WD")
    p = new_position("en")
    email_doc(f"FW_ {p['title']}, {p['classification']} - wd.txt", "email", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              wrap=72, subject_fmt=f"{p['title']}, {p['classification']} - wd")
    # the same e-mail saved twice
    p = new_position("en")
    n1, n2 = f"FW_ {p['title']}.txt", f"FW_ {p['title']} (1).txt"
    ver = {"group": p["title"], "documents": [n1, n2], "newest": None, "same_description": True}
    e = email_doc(n1, "email", "en", p, "outlook_en", n_msgs=2, wd_at=1, versions=ver, subject_fmt=p["title"])
    emit(n2, DOCS[n1], dict(e, document=n2))
    # ---- UTF-8 e-mails, French
    p = new_position("fr")
    email_doc(f"TR_ Description de travail - {p['title_fr']}.txt", "email", "fr", p, "outlook_fr", n_msgs=2, wd_at=1)
    # G2, older: French Gmail reply (newer version is a PDF below)
    pg2 = new_position("fr", "EX-03")
    g2_old = older_version(pg2)
    g2_names = [f"Re_ DT {pg2['title_fr']}.txt", f"DT {pg2['title_fr']} - révisée.pdf"]
    g2_ver = {"group": pg2["title_fr"], "documents": g2_names, "newest": g2_names[1], "same_description": False}
    email_doc(g2_names[0], "email", "fr", g2_old, "gmail_fr", n_msgs=2, wd_at=1, versions=g2_ver,
              subject_fmt=f"DT {pg2['title_fr']}")
    p = new_position("fr")
    email_doc(f"RE_ DT révisée - {p['title_fr']}.txt", "email", "fr", p, "outlook_fr", n_msgs=3, wd_at=0,
              twice="chain", subject_fmt=f"DT révisée - {p['title_fr']}")
    # mojibake: UTF-8 read as cp1252 by a relay, then saved as UTF-8
    p = new_position("fr")
    lines, exp, _ = email_doc(f"TR_ DT {p['title_fr']} - version finale.txt", "email", "fr", p, "outlook_fr",
                              n_msgs=2, wd_at=1, return_lines=True)
    txt = "\n".join(lines) + "\n"
    moj = txt.encode("utf-8").decode("cp1252", errors="replace")
    emit(exp["document"], moj.encode("utf-8"), dict(exp, also=dict(exp["also"], damage="UTF-8 read as cp1252 (Ã©)")))
    p = new_position("fr")
    lines, exp, msgs = email_doc(f"Courriel - {p['title_fr']}.txt", "email", "fr", p, "gmail_fr", n_msgs=2, wd_at=1,
                                 return_lines=True, saved_header=False)
    top = msgs[0]
    hdr = [f"From: {top['sender'].name} <{top['sender'].email}>", f"To: {top['to'][0].name} <{top['to'][0].email}>",
           f"Subject: =?UTF-8?Q?{quopri.encodestring(top['subject'].encode('utf-8'), header=True).decode('ascii')}?=",
           f"Date: {when_text(top['when'], 'rfc')}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
           "Content-Transfer-Encoding: 8bit", ""]
    emit(exp["document"], ("\n".join(hdr + lines) + "\n").encode("utf-8"), exp)
    # bilingual
    p = new_position("bilingual")
    email_doc(f"FW_ WD-DT {p['title']} - bilingual.txt", "email", "bilingual", p, "outlook_en", n_msgs=2, wd_at=1,
              subject_fmt=f"WD-DT {p['title']} / {p['title_fr']}")
    # G1 older: the revised WD pasted in an e-mail; newest: the signed docx
    pg1 = new_position("en")
    g1_names = [f"RE_ Revised WD - {pg1['title']}.txt", f"{pg1['title']} - signed.docx"]
    g1_ver = {"group": pg1["title"], "documents": g1_names, "newest": g1_names[1], "same_description": True}
    email_doc(g1_names[0], "email", "en", pg1, "gmail_en", n_msgs=2, wd_at=0, versions=g1_ver,
              subject_fmt=f"Revised WD - {pg1['title']}")
    p = new_position("en")
    email_doc(f"RE_ WD - {p['title']} - DG comments.txt", "email", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              trap_sig=True, subject_fmt=f"WD - {p['title']}")

    # ---- cp1252 e-mails (Outlook "Save as text" on Windows)
    p = new_position("en")
    email_doc(f"RE_ Work Description – {p['title']}.txt", "email-cp1252", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              subject_fmt=f"Work Description – {p['title']}")
    p = new_position("en")
    email_doc(f"FW_ EX WD {p['area']}.txt", "email-cp1252", "en", p, "outlook_en", n_msgs=2, wd_at=0,
              st=pick_style("en", kv="dots"), subject_fmt=f"EX WD {p['area']}", disc="named")
    p = new_position("fr")
    email_doc(f"TR_ {p['title_fr']}.txt", "email-cp1252", "fr", p, "outlook_fr", n_msgs=2, wd_at=1,
              subject_fmt=p["title_fr"])
    p = new_position("fr")
    email_doc(f"RE_ RE_ DT à jour - {p['area_fr']}.txt", "email-cp1252", "fr", p, "outlook_fr", n_msgs=3, wd_at=0,
              twice="chain", subject_fmt=f"DT à jour - {p['area_fr']}")
    # G4: a bilingual chain saved as cp1252 text, then printed to PDF after one more reply
    pg4 = new_position("bilingual")
    g4_names = [f"RE_ WD-DT {pg4['area']}.txt", f"RE_ WD-DT {pg4['area']} - printout.pdf"]
    g4_ver = {"group": pg4["title"], "documents": g4_names, "newest": g4_names[1], "same_description": True}
    st_g4 = pick_style("bilingual", bi_title="lines")
    g4_lines, g4_exp, g4_msgs = email_doc(g4_names[0], "email-cp1252", "bilingual", pg4, "outlook_fr", n_msgs=2,
                                          wd_at=1, st=st_g4, versions=g4_ver, return_lines=True,
                                          subject_fmt=f"WD-DT {pg4['area']}")
    emit(g4_names[0], ("\n".join(g4_lines) + "\n").replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252", "replace"),
         g4_exp)
    p = new_position("en")
    email_doc(f"RE_ Position {p['position_number']} WD.txt", "email-cp1252", "en", p, "outlook_old", n_msgs=2,
              wd_at=1, st=pick_style("en", kv="next"), subject_fmt=f"Position {p['position_number']} WD")
    p = new_position("en")
    email_doc(f"FW_ {p['title']} - WD and org info.txt", "email-cp1252", "en", p, "outlook_en", n_msgs=2, wd_at=1,
              st=pick_style("en", kv="tabs", reps="table", table="tabs"), subject_fmt=f"{p['title']} - WD and org info")

    # ---- Markdown (e-mail threads converted by a notes tool)
    for lang in ("en", "fr", "en"):
        p = new_position(lang)
        tl = "fr" if lang == "fr" else "en"
        st = pick_style(lang, kv="md", heads="md", table="pipes")
        lines, exp, msgs = email_doc("tmp", "markdown", lang, p, "gmail_fr" if tl == "fr" else "gmail_en", n_msgs=2,
                                     wd_at=1, st=st, return_lines=True, saved_header=False)
        top = msgs[0]
        title = p["title_fr"] if tl == "fr" else p["title"]
        name = (f"Fil de courriels - {title}.md" if tl == "fr" else f"Email thread - {title}.md")
        md = [f"# {top['subject']}", "",
              f"**{'De' if tl == 'fr' else 'From'}:** {top['sender'].name} <{top['sender'].email}>  ",
              f"**{'À' if tl == 'fr' else 'To'}:** {top['to'][0].name} <{top['to'][0].email}>  ",
              f"**Date:** {top['when'].strftime('%Y-%m-%d %H:%M')}", ""] + lines
        emit(name, ("\n".join(md) + "\n").encode("utf-8"), dict(exp, document=name))

    # ---- Word: printouts of e-mails, and the signed G1
    def outlook_docx(name, lang, p, n_msgs=2, twice=None, kv_table=True, versions=None):
        tl = "fr" if lang == "fr" else "en"
        st = pick_style(lang)
        lines, exp, msgs = email_doc(name, "docx", lang, p, "outlook_fr" if tl == "fr" else "outlook_en",
                                     n_msgs=n_msgs, wd_at=0, twice=twice, st=st, return_lines=True,
                                     saved_header=False, versions=versions)
        top = msgs[0]
        items = [("p", top["sender"].outlook())]
        hk = ([("De :", top["sender"].outlook()), ("Envoyé :", when_text(top["when"], "outlook_fr")),
               ("À :", names(top["to"], "outlook")), ("Objet :", top["subject"])] if tl == "fr" else
              [("From:", top["sender"].outlook()), ("Sent:", when_text(top["when"], "outlook_en")),
               ("To:", names(top["to"], "outlook")), ("Subject:", top["subject"])])
        items.append(("bold_kv", hk))
        # chatter, then the description as a Word document would carry it (tables), then the rest of the chain
        for x in top["chat"]:
            if x:
                items.append(("p", x))
        if twice:
            items.append(("p", "Revised version:" if tl == "en" else "Version révisée :"))
        items += blocks_to_docx_items(wd_blocks(p, lang, st), kv_table)
        rest = top["sig"] + ([""] + top["disc"] if top["disc"] else [])
        for x in rest:
            if x:
                items.append(("p", x))
        if n_msgs > 1:
            older = render_chain(msgs[1:], "outlook_fr" if tl == "fr" else "outlook_en", tl, saved_header=True)
            items.append(("p", "_" * 32))
            for x in older:
                if x:
                    items.append(("p", x))
        emit(name, docx_bytes(items, author=top["sender"].name), exp)

    p = new_position("en")
    outlook_docx(f"RE_ WD for {p['title']}.docx", "en", p)
    # G1 newest: the signed description itself
    st = pick_style("en")
    signer = person(pg1["dept"])
    sup_signer = person(pg1["dept"])
    sigs = [(signer, pg1["title"], "Date: " + f_date(pg1["effective_date"] or dt.date(2024, 1, 15), "long")),
            (sup_signer, pg1["sup"]["title"], "Date: " + f_date(pg1["effective_date"] or dt.date(2024, 1, 15), "long"))]
    items = blocks_to_docx_items(wd_blocks(pg1, "en", st, signers=sigs), kv_table=True)
    pe = [signer.name, sup_signer.name] + ([pg1["incumbent"].name] if pg1["incumbent"] else [])
    emit(g1_names[1], docx_bytes(items, author=signer.name), expected(g1_names[1], "docx", "en", pg1, pe, versions=g1_ver))
    p = new_position("fr")
    outlook_docx(f"TR_ DT {p['title_fr']} (imprimé).docx", "fr", p)
    # bilingual Word attachment forwarded in a chain, saved from the mail
    p = new_position("bilingual")
    st = pick_style("bilingual", bi_title="slash")
    signer = person(p["dept"])
    items = [("p", "Pièce jointe au courriel du / Attachment to e-mail of " + f_date(when_near(p).date(), "iso"))]
    items += blocks_to_docx_items(wd_blocks(p, "bilingual", st, signers=[(signer, p["sup"]["title"], "")]), kv_table=True)
    pe = [signer.name] + ([p["incumbent"].name] if p["incumbent"] else [])
    emit(f"DT-WD {p['area']} FINAL (2).docx", docx_bytes(items, author=signer.name),
         expected(f"DT-WD {p['area']} FINAL (2).docx", "docx", "bilingual", p, pe))
    p = new_position("en")
    outlook_docx(f"Email - {p['title']} WD (print).docx", "en", p, kv_table=False)
    p = new_position("en")
    outlook_docx(f"RE_ Revised WD {p['area']} - old and new.docx", "en", p, twice="chain")

    # ---- PDF printouts
    def print_pdf(name, lang, p, style, n_msgs=2, twice=None, versions=None, st=None, wd_at=1, old=None):
        tl = "fr" if lang == "fr" else "en"
        lines, exp, msgs = email_doc(name, "pdf", lang, p, style, n_msgs=n_msgs, wd_at=wd_at, twice=twice,
                                     return_lines=True, saved_header=False, versions=versions, st=st, old=old)
        top = msgs[0]
        if style.startswith("gmail"):
            owner = top["to"][0]
            head = [f"{owner.name} <{owner.email}>" if tl == "en" else f"{owner.name} <{owner.email}>", "",
                    top["subject"], f"{n_msgs} message{'s' if n_msgs > 1 else ''}", "",
                    f"{top['sender'].name} <{top['sender'].email}>    {when_text(top['when'], 'gmail_' + tl)}",
                    f"{'À' if tl == 'fr' else 'To'}: {top['to'][0].name} <{top['to'][0].email}>", ""]
            d = top["when"]
            header = f"{d.month}/{d.day}/{d.year}, {d.hour}:{d.minute:02d}    Gmail - {top['subject']}"
            footer = "https://mail.google.com/mail/u/0/?ik=4be1c07a2d&view=pt&search=all&permthid=thread-f:17" + \
                     str(RNG.randint(10**15, 10**16)) + "    {n}/{N}"
            data = pdf_pages(head + lines, header=header, footer=footer)
            exp["people"] = sorted(set(exp["people"] + [owner.name]))
        else:
            owner = top["to"][0]
            hk = ([f"De :\t{top['sender'].outlook()}", f"Envoyé :\t{when_text(top['when'], 'outlook_fr')}",
                   f"À :\t{names(top['to'], 'outlook')}", f"Objet :\t{top['subject']}"] if tl == "fr" else
                  [f"From:\t{top['sender'].outlook()}", f"Sent:\t{when_text(top['when'], 'outlook_en')}",
                   f"To:\t{names(top['to'], 'outlook')}", f"Subject:\t{top['subject']}"])
            head = [owner.outlook(), "_" * 60, ""] + hk + [""]
            data = pdf_pages(head + lines, footer="{n}")
            exp["people"] = sorted(set(exp["people"] + [owner.name]))
        emit(name, data, exp)
        return exp

    p = new_position("en")
    print_pdf(f"RE_ WD {p['title']} - printed.pdf", "en", p, "outlook_en")
    p = new_position("en", prov="TBD")
    print_pdf(f"Gmail - Fwd_ {p['title']} work description.pdf", "en", p, "gmail_en")
    # G2 newest: the revised French description, printed from Outlook, with the older one quoted below
    print_pdf(g2_names[1], "fr", pg2, "outlook_fr", n_msgs=3, wd_at=0, twice="chain", versions=g2_ver, old=g2_old)
    # G4 newest: the bilingual chain after one more reply
    lines = render_chain(g4_msgs, "outlook_fr", "en", saved_header=True)
    extra_sender = g4_msgs[0]["to"][0]
    reply = msg(extra_sender, [g4_msgs[0]["sender"]], [], g4_msgs[0]["when"] + dt.timedelta(days=2),
                "RE : " + g4_msgs[0]["subject"], ["Merci / Thanks - approved by the committee on the 14th.", "",
                                                  extra_sender.first], [], [])
    lines = render_chain([reply] + g4_msgs, "outlook_fr", "en", saved_header=True)
    owner = g4_msgs[0]["sender"]
    emit(g4_names[1], pdf_pages([owner.outlook(), "_" * 60, ""] + lines, footer="{n}"),
         dict(g4_exp, document=g4_names[1], kind="pdf", people=sorted(set(g4_exp["people"] + [owner.name]))))
    p = new_position("en")
    print_pdf(f"RE_ updated WD - {p['area']} (old + revised).pdf", "en", p, "outlook_en", n_msgs=1, twice="inline",
              wd_at=0)
    p = new_position("fr")
    print_pdf(f"Gmail - TR _ DT {p['title_fr']}.pdf", "fr", p, "gmail_fr")

    refused()
    for name, data in DOCS.items():
        text = doc_text(name, data)
        EXPECTED[name]["people"] = sorted(pp.name for pp in PEOPLE
                                          if pp.name in text or f"{pp.last}, {pp.first}" in text)
        (out / name).write_bytes(data)
        (exp_dir / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(EXPECTED[name], sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def doc_text(name, data):
    """The document's text as a reader sees it, to list the people it names."""
    if name.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [c.text for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        raw = data.decode("cp1252", errors="replace")
        return " ".join(x.replace("\\(", "(").replace("\\)", ")") for x in re.findall(r"\((.*?)(?<!\\)\) Tj", raw))
    try:
        t = data.decode("utf-8")
    except UnicodeDecodeError:
        t = data.decode("cp1252")
    variants = [t]
    if "quoted-printable" in t:
        variants.append(quopri.decodestring(data).decode("utf-8", "replace"))
    try:
        variants.append(t.encode("cp1252").decode("utf-8"))
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return "\n".join(variants)


def refused():
    # 1. minutes of a classification committee, sent by e-mail (names, titles, levels, but no description)
    d = "esdc"
    chair, sec_, m1, m2 = person(d), person(d), person(d), person(d)
    a1, a2 = AREA_POOL.pop(), AREA_POOL.pop()
    lines = [f"From: {sec_.outlook()}", "Sent: Thursday, November 16, 2023 3:12 PM",
             f"To: {chair.outlook()}; {m1.outlook()}; {m2.outlook()}", "Subject: Minutes - EX Classification Committee - November 14, 2023", "",
             "Hi all,", "", "Please find below the minutes of Tuesday's meeting. Corrections by Monday please.", "",
             "EX CLASSIFICATION COMMITTEE - MINUTES", "Date: November 14, 2023, 1:30 p.m. to 3:00 p.m.",
             "Location: Place du Portage, Phase IV, room 9B201 and MS Teams", "",
             f"Present: {chair.name} (Chair), {m1.name}, {m2.name}", f"Secretary: {sec_.name}", "",
             "1. Adoption of the agenda - adopted without change.", "",
             f"2. Director, {a1[1]} (EX-01, position 48213) - the committee reviewed the revised work description. "
             "Rating confirmed at EX-01. Effective date to be aligned with the staffing action.", "",
             f"3. Executive Director, {a2[1]} (proposed EX-02) - deferred. The sector is asked to clarify the "
             "accountability for the grants and contributions budget and the relationship with the regions.", "",
             "4. Round table - next meeting December 12, 2023.", "", "Action items:",
             f"- {m1.name}: send the EX-02 rationale template to the sector", f"- {sec_.name}: update the tracking sheet",
             "", "Thanks,", sec_.first]
    name = "RE_ Minutes - EX Classification Committee Nov 14.txt"
    emit(name, ("\n".join(lines) + "\n").encode("utf-8"),
         expected(name, "email", "en", None, [chair.name, sec_.name, m1.name, m2.name], outcome="refuse",
                  also_extra={"what": "minutes of a classification committee, sent by e-mail"}))
    # 2. letter of offer, PDF
    d = "cra"
    cand, dg = person(d), person(d)
    a = AREA_POOL.pop()
    body = ["Canada Revenue Agency / Agence du revenu du Canada", "", "PROTECTED B when completed", "",
            "April 3, 2024", "", cand.name, "123 Rideau Street, Apt. 804", "Ottawa ON  K1N 5Y3", "",
            f"Dear {cand.first} {cand.last}:", "", "Subject: Letter of offer - acting appointment, EX-01", "",
            f"I am pleased to offer you an acting appointment to the position of Director, {a[1]} (EX-01), position "
            "number 31877, at the Canada Revenue Agency, Ottawa, Ontario, effective April 15, 2024 until March 31, 2025.",
            "", "Your salary will be set in accordance with the Directive on Executive Compensation, within the EX-01 "
                "salary range of $131,000 to $154,100.",
            "", "This offer is conditional on your maintaining a valid Secret security clearance. Please sign and return "
                "a copy of this letter within five working days.", "", "Yours sincerely,", "", dg.name,
            f"Director General, {a[1]}", "", "I accept this offer of employment:", "", "_______________________    Date: __________",
            cand.name]
    name = "Letter of Offer - Acting EX-01 - signed.pdf"
    emit(name, pdf_pages(body, footer="Page {n} of {N}"),
         expected(name, "pdf", "en", None, [cand.name, dg.name], outcome="refuse",
                  also_extra={"what": "a letter of offer for an acting EX-01 appointment"}))
    # 3. organization chart, Word
    d = "ssc"
    a = AREA_POOL.pop()
    ppl = [person(d) for _ in range(5)]
    rows = [["Director General, " + a[1] + " (EX-03)", ppl[0].name, ""],
            ["Director, Operations (EX-01)", ppl[1].name, "42 FTE"],
            ["Director, Engineering (EX-01)", ppl[2].name, "37 FTE"],
            ["Director, Service Management (EX-01)", "Vacant", "25 FTE"],
            ["Senior Advisor (EC-07)", ppl[3].name, "1 FTE"],
            ["Executive Assistant (AS-03)", ppl[4].name, "1 FTE"]]
    items = [("h", f"{a[3]} - Organization Chart - DRAFT"), ("p", "As of February 2024 / En date de février 2024"),
             ("table", [["Box", "Name", "Resources"]] + rows), ("p", "Prepared by Corporate Services - for discussion only")]
    name = f"Org chart - {a[1]} - DRAFT.docx"
    emit(name, docx_bytes(items, author=ppl[4].name),
         expected(name, "docx", "en", None, [x.name for x in ppl], outcome="refuse",
                  also_extra={"what": "an organization chart (boxes as a table) with names"}))
    # 4. performance agreement in French, by e-mail
    d = "pch"
    exe, boss, hr = person(d), person(d), person(d)
    lines = [f"De :\t{hr.outlook()}", "Envoyé :\tmardi 7 mai 2024 09:41", f"À :\t{exe.outlook()}",
             f"Cc :\t{boss.outlook()}", "Objet :\tTR: Entente de rendement 2024-2025 - à signer", "",
             f"Bonjour {exe.first},", "", "Voici votre entente de rendement pour 2024-2025. Veuillez la réviser avec "
                                          f"{boss.first} et la signer dans le système d'ici le 31 mai.", "",
             "ENTENTE DE RENDEMENT DES CADRES 2024-2025", f"Cadre : {exe.name}",
             "Poste : Directrice, Programmes d'appui aux langues officielles (EX-01)",
             f"Superviseur : {boss.name}, Directeur général (EX-03)", "",
             "Engagements clés :", "1. Mettre en œuvre le nouveau cadre de financement d'ici mars 2025.",
             "2. Réduire de 15 % les délais de traitement des demandes de financement.",
             "3. Assurer la transition des ententes pluriannuelles avec les provinces et territoires.", "",
             "Engagements en matière de leadership : ...", "", "Cote de rendement : à déterminer", "", "Merci,", hr.first,
             "", "--", hr.name, "Conseillère, Services aux cadres | Executive Services Advisor", "Patrimoine canadien | Canadian Heritage"]
    name = "TR_ Entente de rendement 2024-2025 - à signer.txt"
    emit(name, ("\n".join(lines) + "\n").encode("utf-8"),
         expected(name, "email", "fr", None, [exe.name, boss.name, hr.name], outcome="refuse",
                  also_extra={"what": "an executive performance agreement forwarded by e-mail"}))
    # 5. a scanned printout without a text layer
    name = "Scan_20240312_0931.pdf"
    emit(name, pdf_bytes(["", "", ""]), expected(name, "pdf", "en", None, [], outcome="refuse",
                                                   also_extra={"what": "a three-page scan without a text layer"}))


if __name__ == "__main__":
    main()
