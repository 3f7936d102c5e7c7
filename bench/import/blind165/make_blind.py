"""blind165: incumbents' and managers' drafts of executive work descriptions (issue 12).

Run from the repository root:  python bench/import/blind165/make_blind.py
Writes corpus/ and expected/ next to this file; the same bytes on every run.
"""
import datetime as dt
import io
import random
import re
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
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import (AREAS, SUBUNITS, DEPTS, FIRST, LAST, GA_EN, GA_FR, DUTIES_EN, DUTIES_FR,  # noqa: E402
                   CHALLENGE_EN, CHALLENGE_FR)

R = random.Random(165)
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
LEVEL_EN = {"EX-01": "Director", "EX-02": "Executive Director", "EX-03": "Director General"}
LEVEL_FR = {"EX-01": "Directeur", "EX-02": "Directeur exécutif", "EX-03": "Directeur général"}
PARENTS = [("Operations", "Opérations"), ("Programs", "Programmes"), ("Policy", "Politiques"),
           ("Service Delivery", "Prestation des services"), ("Science and Technology", "Sciences et technologie")]

_used_names = set()


def person():
    while True:
        n = f"{R.choice(FIRST)} {R.choice(LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ---------------------------------------------------------------- positions
def make_position(i, area):
    a_en, a_fr, c_en, c_fr = area
    code, dept_en, dept_fr = DEPTS[i % len(DEPTS)]
    level = ["EX-01", "EX-01", "EX-01", "EX-02", "EX-03"][R.randrange(5)]
    par_en, par_fr = R.choice(PARENTS)
    if level == "EX-01":
        if R.random() < 0.75:
            sup = (f"Director General, {par_en}", f"Directeur général, {par_fr}", "EX-03")
        else:
            sup = (f"Executive Director, {par_en}", f"Directeur exécutif, {par_fr}", "EX-02")
    else:
        sup = (f"Assistant Deputy Minister, {par_en}", f"Sous-ministre adjoint, {par_fr}", "EX-04")
    subs = R.sample(SUBUNITS, R.randint(2, 5))
    reports = []
    for s_en, s_fr in subs:
        if level == "EX-01":
            reports.append({"en": f"Manager, {s_en}", "fr": f"Gestionnaire, {s_fr}",
                            "cls": R.choice(["PM-06", "EC-07", "AS-07", "CS-04", "PM-05"]), "fte": R.randint(4, 22)})
        else:
            reports.append({"en": f"Director, {s_en}", "fr": f"Directeur, {s_fr}", "cls": "EX-01",
                            "fte": R.randint(12, 70)})
    if R.random() < 0.3:
        reports.append({"en": "Senior Advisor", "fr": "Conseiller principal", "cls": R.choice(["EC-07", "PM-06"]),
                        "fte": None})
    fte = 1 + sum(r["fte"] or 1 for r in reports)
    salary = round(fte * R.uniform(88000, 104000) / 5000) * 5000
    om = round(R.uniform(0.08, 0.6) * salary / 5000) * 5000
    eff = dt.date(R.choice([2023, 2024, 2025]), R.randint(1, 12), R.choice([1, 1, 1, 15, R.randint(2, 28)]))
    return {
        "dept": code, "dept_en": dept_en, "dept_fr": dept_fr, "level": level,
        "title_en": f"{LEVEL_EN[level]}, {a_en}", "title_fr": f"{LEVEL_FR[level]}, {a_fr}",
        "city_en": c_en, "city_fr": c_fr,
        "pos": str(R.randint(10000, 999999)), "job": R.choice(["EXE", "EX"]) + str(R.randint(1000, 99999)) if R.random() < 0.3 else str(R.randint(100000, 999999)),
        "eff": eff, "sup_en": sup[0], "sup_fr": sup[1], "sup_cls": sup[2], "sup_pos": str(R.randint(10000, 999999)),
        "reports": reports, "salary": salary, "om": om, "total": salary + om, "fte": fte,
    }


# ---------------------------------------------------------------- notations
def money(v, lang, how):
    if lang == "fr":
        if how == "M":
            return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        if how == "mots":
            return f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " millions de dollars"
        sep = "\u00a0" if how == "nbsp" else " "
        return f"{v:,}".replace(",", sep) + " $"
    if how == "M":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if how == "K":
        return f"${v // 1000:,}K"
    if how == "mots":
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + " million"
    return f"${v:,}"


def date(d, lang, how):
    if lang == "fr":
        if how == "iso":
            return d.isoformat()
        return ("1er" if d.day == 1 else str(d.day)) + f" {MONTHS_FR[d.month - 1]} {d.year}"
    if how == "iso":
        return d.isoformat()
    if how == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def cls_(c, how):
    g, n = c.split("-")
    return {"std": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "nodash": f"{g}{n}"}[how]


# ---------------------------------------------------------------- styles -> blocks
# blocks: ("title", s) ("h", s) ("p", s) ("ul", [s]) ("table", [[s]]) ; "{{S:x}}" marks struck text (md/docx only)

class Doc:
    def __init__(self, p, lang, hide, rng):
        self.p, self.lang, self.hide, self.r = p, lang, set(hide), rng
        self.m = rng.choice(["full", "full", "M", "K", "mots"]) if lang == "en" else rng.choice(["full", "nbsp", "M", "mots"])
        self.d = rng.choice(["mdy", "dmy", "iso"]) if lang == "en" else rng.choice(["fr", "fr", "iso"])
        self.c = rng.choice(["std", "std", "std", "space", "short", "nodash"])
        self.people = []

    def T(self):
        return self.p["title_fr"] if self.lang == "fr" else self.p["title_en"]

    def S(self):
        return self.p["sup_fr"] if self.lang == "fr" else self.p["sup_en"]

    def cl(self, c):
        return cls_(c, self.c)

    def amt(self, k):
        return money(self.p[k], self.lang, self.m)

    def dte(self):
        return date(self.p["eff"], self.lang, self.d)

    def name(self):
        n = person()
        self.people.append(n)
        return n

    def rep(self, r, how):
        fr = self.lang == "fr"
        t = r["fr"] if fr else r["en"]
        c = self.cl(r["cls"]) if r["cls"] else None
        if r["fte"] is None:
            staff = "aucun personnel" if fr else "no staff"
        elif how == "people":
            staff = f"{r['fte']} personnes" if fr else f"{r['fte']} people"
        else:
            staff = f"{r['fte']} ETP" if fr else f"{r['fte']} FTEs"
        return t, c, staff


def first_person(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    b = [("title", ("Description de travail – ébauche de la titulaire" if fr else "Work description – incumbent's draft"))]
    if fr:
        s = f"J'occupe le poste de {D.T()} ({D.cl(p['level'])})"
        s += "" if "pos" in h else f", poste n° {p['pos']}"
        s += f", à {p['dept_fr']}. Je travaille à {p['city_fr']}."
        b.append(("p", s))
        s = f"Je relève du poste de {D.S()} ({D.cl(p['sup_cls'])})"
        s += "." if "sup_pos" in h else f", poste {p['sup_pos']}."
        b.append(("p", s))
        items = [f"{t} ({c}) – {st}" if c else f"{t} – {st}" for t, c, st in (D.rep(r, "ETP") for r in p["reports"])]
        b.append(("p", f"Mon équipe de {p['fte']} personnes est organisée comme suit. Relèvent directement de moi :"))
        b.append(("ul", items))
        s = f"Je gère un budget salarial de {D.amt('salary')} et un budget de F et E de {D.amt('om')}"
        s += "." if "total" in h else f", soit {D.amt('total')} au total."
        b.append(("p", s))
        if "eff" not in h:
            b.append(("p", f"La description devrait entrer en vigueur le {D.dte()}."))
        if "job" not in h:
            b.append(("p", f"Les RH m'indiquent que le code d'emploi est {p['job']}."))
        b.append(("h", "Ce que je fais"))
        b.append(("p", "Je " + GA_FR.format(area=p["title_fr"].split(", ", 1)[1].lower())))
        b.append(("ul", D.r.sample(DUTIES_FR, 4)))
        b.append(("p", CHALLENGE_FR))
        b.append(("p", f"— {D.name()}, {date(dt.date(2024, D.r.randint(1, 12), D.r.randint(1, 28)), 'fr', 'fr')}"))
        return b
    s = f"I am the {D.T()} ({D.cl(p['level'])})"
    s += "" if "pos" in h else f", position {p['pos']}"
    s += f", at {p['dept_en']}, based in {p['city_en']}."
    b.append(("p", s))
    boss = D.name() if D.r.random() < 0.5 else None
    s = f"I report to {boss + ', ' if boss else 'the '}{D.S()} ({D.cl(p['sup_cls'])})"
    s += "." if "sup_pos" in h else f", position #{p['sup_pos']}."
    b.append(("p", s))
    reps = [D.rep(r, D.r.choice(["FTEs", "people"])) for r in p["reports"]]
    parts = [f"the {t} ({c}, {st})" if c else f"the {t} ({st})" for t, c, st in reps]
    b.append(("p", f"My team of {p['fte']} is organized in {len(reps)} units. Reporting directly to me are "
                   + ", ".join(parts[:-1]) + f", and {parts[-1]}."))
    s = f"I manage a salary budget of {D.amt('salary')} and an O&M budget of {D.amt('om')}"
    s += "." if "total" in h else f", {D.amt('total')} in total."
    b.append(("p", s))
    if "eff" not in h:
        b.append(("p", f"I'd like the updated description to take effect on {D.dte()}."))
    if "job" not in h:
        b.append(("p", f"HR tells me the job code is {p['job']}."))
    b.append(("h", "What I do"))
    b.append(("p", "I " + GA_EN.format(area=p["title_en"].split(", ", 1)[1]).replace("leads", "lead", 1)
              .replace("setting", "setting", 1)))
    b.append(("ul", D.r.sample(DUTIES_EN, 4)))
    b.append(("p", CHALLENGE_EN))
    b.append(("p", f"-- {D.name()}, {date(dt.date(2024, D.r.randint(1, 12), D.r.randint(1, 28)), 'en', 'mdy')}"))
    return b


def qa(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    Q, A = ("Q :", "R :") if fr else ("Q:", "A:")
    b = [("title", "Questionnaire sur la description de travail – réponses du titulaire" if fr
          else "Work description questionnaire - incumbent responses")]
    lines = []

    def qa_(q, a):
        lines.append(f"{Q} {q}")
        lines.append(f"{A} {a}")
        lines.append("")
    if fr:
        qa_("Quel est le titre de votre poste?", D.T())
        qa_("Quels sont le groupe et le niveau?", D.cl(p["level"]))
        qa_("Numéro de poste?", "Pas encore de numéro, c'est un nouveau poste." if "pos" in h else p["pos"])
        qa_("Où le poste est-il situé?", p["city_fr"])
        sp = "" if "sup_pos" in h else f", poste {p['sup_pos']}"
        qa_("De qui relevez-vous?", f"Du {D.S()} ({D.cl(p['sup_cls'])}){sp}.")
        reps = "; ".join(f"{t} ({c}), {st}" if c else f"{t}, {st}" for t, c, st in (D.rep(r, "ETP") for r in p["reports"]))
        qa_("Qui relève directement de vous?", reps + ".")
        tot = "" if "total" in h else f"; total {D.amt('total')}"
        qa_("Quel budget gérez-vous?", f"Salaires {D.amt('salary')}; F et E {D.amt('om')}{tot}.")
        qa_("Date d'entrée en vigueur souhaitée?", "Je ne sais pas." if "eff" in h else D.dte())
        qa_("Code d'emploi (si connu)?", "Inconnu." if "job" in h else p["job"])
        qa_("Décrivez votre principale responsabilité.", "Je " + GA_FR.format(area=p["title_fr"].split(", ", 1)[1].lower()))
        qa_("Quel est votre plus grand défi?", CHALLENGE_FR)
        lines.append(f"Rempli par : {D.name()}")
    else:
        qa_("What is your position title?", D.T())
        qa_("What is the group and level?", D.cl(p["level"]))
        qa_("Position number?", "Don't have one yet - new position." if "pos" in h else p["pos"])
        qa_("Where is the position located?", p["city_en"])
        sp = "" if "sup_pos" in h else f", position {p['sup_pos']}"
        qa_("Who do you report to?", f"The {D.S()} ({D.cl(p['sup_cls'])}){sp}.")
        reps = [D.rep(r, "FTEs") for r in p["reports"]]
        qa_("Who reports to you directly?", f"{len(reps)} positions:")
        lines.pop()
        for t, c, st in reps:
            lines.append(f"   - {t} ({c}) - {st}" if c else f"   - {t} - {st}")
        lines.append("")
        tot = "" if "total" in h else f", total {D.amt('total')}"
        qa_("What budget do you manage?", f"Salary {D.amt('salary')}, O&M {D.amt('om')}{tot}.")
        qa_("When should the new description take effect?", "Not sure." if "eff" in h else D.dte())
        qa_("Job code (if known)?", "Unknown." if "job" in h else p["job"])
        qa_("Describe your main responsibility.", "I " + GA_EN.format(area=p["title_en"].split(", ", 1)[1]).replace("leads", "lead", 1))
        qa_("What is your biggest challenge?", CHALLENGE_EN)
        lines.append(f"Completed by: {D.name()}")
    b.extend(("p", x) for x in lines if x)
    return b


def bullets(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    it = [D.T(), D.cl(p["level"])]
    if "pos" not in h:
        it.append(f"poste {p['pos']}" if fr else f"pos # {p['pos']}")
    sp = "" if "sup_pos" in h else f" #{p['sup_pos']}"
    it.append((f"relève du {D.S()} ({D.cl(p['sup_cls'])}){sp}" if fr else f"reports to {D.S()} ({D.cl(p['sup_cls'])}){sp}"))
    it.append((p["dept_fr"] if fr else p["dept_en"]) + " – " + (p["city_fr"] if fr else p["city_en"]))
    reps = [D.rep(r, "ETP" if fr else "FTEs") for r in p["reports"]]
    it.append("équipe :" if fr else "staff:")
    sub = [f"{t} ({c}) {st}" if c else f"{t} {st}" for t, c, st in reps]
    tot = "" if "total" in h else f" / total {D.amt('total')}"
    money_ = (f"sal. {D.amt('salary')} / F et E {D.amt('om')}{tot}" if fr else f"sal {D.amt('salary')} / O&M {D.amt('om')}{tot}")
    tail = [money_]
    if "eff" not in h:
        tail.append(("en vigueur " if fr else "eff. ") + D.dte())
    if "job" not in h:
        tail.append(("code d'emploi " if fr else "job code ") + p["job"])
    return [("ul", it), ("ul2", sub), ("ul", tail)]


def note(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    hr, me = D.name(), D.name()
    reps = [D.rep(r, "ETP" if fr else "FTEs") for r in p["reports"]]
    if fr:
        b = [("p", f"À : {hr}"), ("p", f"Bonjour {hr.split()[0]},"),
             ("p", f"Comme promis, voici l'essentiel pour la nouvelle description du poste de {D.T()}. "
                   f"C'est un poste {D.cl(p['level'])}" + ("" if "pos" in h else f" (numéro {p['pos']})")
                   + f", situé à {p['city_fr']}. Il relève de moi, à titre de {D.S()} ({D.cl(p['sup_cls'])}"
                   + ("" if "sup_pos" in h else f", poste {p['sup_pos']}") + ")."),
             ("p", f"{len(reps)} postes relèvent du titulaire : "
                   + "; ".join(f"{t} ({c}, {st})" if c else f"{t} ({st})" for t, c, st in reps) + "."),
             ("p", f"Le budget salarial est de {D.amt('salary')} et le budget de F et E de {D.amt('om')}"
                   + ("." if "total" in h else f", pour un total de {D.amt('total')}.")
                   + ("" if "eff" in h else f" Nous aimerions une entrée en vigueur le {D.dte()}.")
                   + ("" if "job" in h else f" Le code d'emploi est {p['job']}.")),
             ("p", "Merci!"), ("p", me)]
        return b
    return [("p", f"To: {hr}"), ("p", f"Hi {hr.split()[0]},"),
            ("p", f"As promised, here are the key facts for the new WD for the {D.T()} position. It's an "
                  f"{D.cl(p['level'])}" + ("" if "pos" in h else f", position {p['pos']}")
                  + f", located in {p['city_en']}. It reports to me as {D.S()} ({D.cl(p['sup_cls'])}"
                  + ("" if "sup_pos" in h else f", position {p['sup_pos']}") + ")."),
            ("p", f"{len(reps)} positions report to it: "
                  + "; ".join(f"the {t} ({c}, {st})" if c else f"the {t} ({st})" for t, c, st in reps) + "."),
            ("p", f"The salary budget is {D.amt('salary')} and O&M is {D.amt('om')}"
                  + ("." if "total" in h else f", for a total of {D.amt('total')}.")
                  + ("" if "eff" in h else f" We'd like it effective {D.dte()}.")
                  + ("" if "job" in h else f" Job code is {p['job']}.")),
            ("p", "Thanks,"), ("p", me)]


def outline(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    tbd = lambda: D.r.choice(["TBD", "???", "TBD ???"]) if not fr else D.r.choice(["À déterminer", "???", "à confirmer ???"])
    L = (["Titre", "Groupe/niveau", "N° de poste", "Code d'emploi", "Date d'entrée en vigueur", "Lieu", "Relève de",
          "Subordonnés directs", "Budget"] if fr else
         ["Title", "Level", "Position #", "Job code", "Effective date", "Location", "Reports to", "Direct reports",
          "Budget"])
    b = [("title", ("ÉBAUCHE – " if fr else "DRAFT - ") + D.T() + (" – plan" if fr else " - outline"))]
    b.append(("p", f"{L[0]}: {D.T()}"))
    b.append(("p", f"{L[1]}: {D.cl(p['level'])}"))
    b.append(("p", f"{L[2]}: " + (tbd() if "pos" in h else p["pos"])))
    b.append(("p", f"{L[3]}: " + (tbd() if "job" in h else p["job"])))
    b.append(("p", f"{L[4]}: " + (tbd() if "eff" in h else D.dte())))
    b.append(("p", f"{L[5]}: " + (p["city_fr"] if fr else p["city_en"])))
    b.append(("p", f"{L[6]}: {D.S()} ({D.cl(p['sup_cls'])})" + (" – " + ("poste" if fr else "pos #") + " " +
                                                                  (tbd() if "sup_pos" in h else p["sup_pos"]))))
    b.append(("p", f"{L[7]}:"))
    items = []
    for k, r in enumerate(p["reports"]):
        t, c, st = D.rep(r, "ETP" if fr else "FTEs")
        if k == 0 and "repcls" in h:
            c = "niveau ???" if fr else "level ???"
        items.append(f"{t} ({c}) – {st}")
    b.append(("ul", items))
    tot = (("total " + tbd()) if "total" in h else f"total {D.amt('total')}")
    om = tbd() if "om" in h else D.amt("om")
    b.append(("p", f"{L[8]}: " + (f"salaires {D.amt('salary')}, F et E {om}, {tot}" if fr
                                    else f"salary {D.amt('salary')}, O&M {om}, {tot}")))
    b.append(("h", "Responsabilités générales" if fr else "General accountability"))
    b.append(("p", tbd() + (" – reprendre le texte de l'ancienne DT" if fr else " - reuse text from old WD")))
    b.append(("h", "Activités principales" if fr else "Key activities"))
    b.append(("ul", D.r.sample(DUTIES_FR if fr else DUTIES_EN, 3) + ["???"]))
    return b


def review(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    r1, r2 = D.name(), D.name()
    i1 = "".join(x[0] for x in r1.split()).upper()
    i2 = "".join(x[0] for x in r2.split()).upper()
    c = lambda who, s: f" [{who}: {s}]"
    b = [("title", (f"{D.T()} – ébauche v0.3 (commentaires)" if fr else f"{D.T()} - draft v0.3 (with comments)")),
         ("p", (f"Réviseurs : {r1} ({i1}), {r2} ({i2})" if fr else f"Reviewers: {r1} ({i1}), {r2} ({i2})"))]
    lab = (["Titre du poste", "Groupe et niveau", "Numéro de poste", "Code d'emploi", "Date d'entrée en vigueur",
            "Lieu", "Superviseur", "Salaires", "F et E", "Total"] if fr else
           ["Position title", "Group and level", "Position number", "Job code", "Effective date", "Location",
            "Supervisor", "Salary", "O&M", "Total"])
    b.append(("p", f"{lab[0]}: {D.T()}" + c(i1, "titre confirmé avec le SMA?" if fr else "is this still the right title?")))
    b.append(("p", f"{lab[1]}: {D.cl(p['level'])}"))
    if "pos" not in h:
        b.append(("p", f"{lab[2]}: {p['pos']}" + c(i2, "vérifier dans MesRHGC" if fr else "check against PeopleSoft")))
    if "job" not in h:
        b.append(("p", f"{lab[3]}: {p['job']}"))
    if "eff" not in h:
        b.append(("p", f"{lab[4]}: {D.dte()}"))
    b.append(("p", f"{lab[5]}: " + (p["city_fr"] if fr else p["city_en"])))
    b.append(("p", f"{lab[6]}: {D.S()} ({D.cl(p['sup_cls'])})" + ("" if "sup_pos" in h else f", {p['sup_pos']}")))
    sal = D.amt("salary")
    if p.get("struck"):
        sal = "{{S:" + money(p["struck"], D.lang, D.m) + "}} " + sal + c(i1, "chiffre mis à jour par les finances" if fr else "updated per finance")
    b.append(("p", f"{lab[7]}: {sal}"))
    alt = money(round(p["om"] * 1.15 / 5000) * 5000, D.lang, D.m)
    b.append(("p", f"{lab[8]}: {D.amt('om')}" + c(i1, f"confirmer F et E – les finances parlent de {alt}?" if fr
                                                    else f"confirm O&M - finance mentioned {alt}?")))
    if "total" not in h:
        b.append(("p", f"{lab[9]}: {D.amt('total')}"))
    b.append(("h", "Structure" if fr else "Organization"))
    rows = [["Poste", "Groupe/niveau", "ETP"] if fr else ["Position", "Group/level", "FTEs"]]
    for r in p["reports"]:
        t, cc, st = D.rep(r, "ETP")
        rows.append([r["fr"] if fr else r["en"], cc or "", "" if r["fte"] is None else str(r["fte"])])
    b.append(("table", rows))
    b.append(("p", c(i2, "il manque un poste? à valider avec l'équipe" if fr else "are we missing a position? validate with team").strip()))
    b.append(("h", "Responsabilités générales" if fr else "General accountability"))
    b.append(("p", ("Le titulaire " + GA_FR.format(area=p["title_fr"].split(", ", 1)[1].lower())) if fr else
              ("The incumbent " + GA_EN.format(area=p["title_en"].split(", ", 1)[1]))))
    b.append(("p", c(i2, "trop long, à raccourcir" if fr else "too long, shorten").strip()))
    return b


def final(D):
    p, fr, h = D.p, D.lang == "fr", D.hide
    lab = ([("Titre du poste", D.T()), ("Groupe et niveau", D.cl(p["level"])),
            ("Numéro de poste", p["pos"]), ("Code d'emploi", p["job"]), ("Date d'entrée en vigueur", D.dte()),
            ("Ministère", p["dept_fr"]), ("Lieu", p["city_fr"]), ("Titre du poste du superviseur", D.S()),
            ("Groupe et niveau du superviseur", D.cl(p["sup_cls"])), ("Numéro de poste du superviseur", p["sup_pos"])]
           if fr else
           [("Position title", D.T()), ("Group and level", D.cl(p["level"])), ("Position number", p["pos"]),
            ("Job code", p["job"]), ("Effective date", D.dte()), ("Department", p["dept_en"]),
            ("Location", p["city_en"]), ("Supervisor's position title", D.S()),
            ("Supervisor's group and level", D.cl(p["sup_cls"])), ("Supervisor's position number", p["sup_pos"])])
    keys = ["", "", "pos", "job", "eff", "", "", "", "", "sup_pos"]
    b = [("title", "DESCRIPTION DE TRAVAIL DE CADRE" if fr else "EXECUTIVE WORK DESCRIPTION")]
    b.append(("table", [[k, v] for (k, v), key in zip(lab, keys) if key not in h]))
    b.append(("h", "RESPONSABILITÉS GÉNÉRALES" if fr else "GENERAL ACCOUNTABILITY"))
    b.append(("p", ("Le titulaire " + GA_FR.format(area=p["title_fr"].split(", ", 1)[1].lower())) if fr else
              ("The " + D.T() + " " + GA_EN.format(area=p["title_en"].split(", ", 1)[1]))))
    b.append(("h", "STRUCTURE DE L'ORGANISATION" if fr else "ORGANIZATION STRUCTURE"))
    rows = [["Poste", "Groupe/niveau", "ETP"] if fr else ["Position", "Group/level", "FTEs"]]
    for r in p["reports"]:
        rows.append([r["fr"] if fr else r["en"], r["cls"] or "", "" if r["fte"] is None else str(r["fte"])])
    b.append(("table", rows))
    b.append(("h", "DIMENSIONS"))
    dims = [[("Salaires" if fr else "Salary"), D.amt("salary")], [("F et E" if fr else "O&M"), D.amt("om")]]
    if "total" not in h:
        dims.append(["Total", D.amt("total")])
    dims.append([("ETP" if fr else "FTEs"), str(p["fte"])])
    b.append(("table", dims))
    b.append(("h", "ACTIVITÉS PRINCIPALES" if fr else "SPECIFIC ACCOUNTABILITIES"))
    b.append(("ul", (DUTIES_FR if fr else DUTIES_EN)[:5]))
    b.append(("h", "SIGNATURES"))
    b.append(("p", ("Titulaire : " if fr else "Incumbent: ") + D.name()))
    b.append(("p", ("Superviseur : " if fr else "Supervisor: ") + D.name() + ", " + D.S()))
    return b


STYLES = {"fp": first_person, "qa": qa, "bullets": bullets, "note": note, "outline": outline, "review": review,
          "final": final}


# ---------------------------------------------------------------- renderers
def plain_blocks(blocks, md=False):
    out = []
    for kind, v in blocks:
        if kind == "title":
            out += ["# " + v if md else v, ""] if md else [v, "=" * min(len(v), 70), ""]
        elif kind == "h":
            out += [("## " + v) if md else v.upper() if not v.isupper() else v, ""]
        elif kind == "p":
            out += [v, ""]
        elif kind in ("ul", "ul2"):
            pre = "  - " if kind == "ul2" else ("- " if md else "* ")
            out += [pre + x for x in v] + [""]
        elif kind == "table":
            if md:
                out.append("| " + " | ".join(v[0]) + " |")
                out.append("|" + "---|" * len(v[0]))
                out += ["| " + " | ".join(r) + " |" for r in v[1:]]
            else:
                w = [max(len(r[i]) for r in v) for i in range(len(v[0]))]
                out += ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in v]
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if md:
        text = re.sub(r"\{\{S:(.*?)\}\}", r"~~\1~~", text)
    assert "{{S:" not in text
    return text


def wrap(text, width):
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            ind = re.match(r"\s*(?:[-*] )?", line).group(0)
            lines += textwrap.wrap(line, width, subsequent_indent=" " * len(ind), break_on_hyphens=False)
    return lines


def to_docx(blocks, header=None):
    d = docx.Document()
    d.core_properties.author = "hrkit bench"
    fixed = dt.datetime(2024, 11, 4, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "hrkit bench"
    d.styles["Normal"].font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, v in blocks:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind == "h":
            d.add_heading(v, level=2)
        elif kind == "p":
            para = d.add_paragraph()
            for i, seg in enumerate(re.split(r"\{\{S:(.*?)\}\}", v)):
                if seg:
                    run = para.add_run(seg)
                    run.font.strike = bool(i % 2)
        elif kind in ("ul", "ul2"):
            for x in v:
                d.add_paragraph(x, style="List Bullet 2" if kind == "ul2" else "List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(v), cols=len(v[0]))
            t.style = "Table Grid"
            for i, row in enumerate(v):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def to_pdf(text, header):
    lines = wrap(text, 95)
    pages, per = [], 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    for n, ch in enumerate(chunks, 1):
        pages.append("\n".join([header, ""] + ch + ["", f"{n}/{len(chunks)}"]))
    return pdf_bytes(pages)


SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTERS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("o", "0")]


def ocr(text, strength, rng, header):
    pn = {"light": 0.12, "medium": 0.3, "heavy": 0.55}[strength]
    pl = {"light": 0.02, "medium": 0.05, "heavy": 0.1}[strength]
    pj = {"light": 0.01, "medium": 0.03, "heavy": 0.06}[strength]

    def dmg_num(m):
        s = m.group(0)
        if rng.random() < pn:
            s = "".join(SUBS.get(ch, ch) if rng.random() < 0.6 else ch for ch in s)
            if strength == "heavy" and s.startswith("$") and rng.random() < 0.5:
                s = "S" + s[1:]
        return s

    def dmg_word(m):
        w = m.group(0)
        if rng.random() < pl:
            a, b_ = rng.choice(LETTERS[:-1])
            if a in w:
                w = w.replace(a, b_, 1)
        return w
    lines = []
    for line in wrap(text, 78):
        line = re.sub(r"\$?\d[\d,.]*", dmg_num, line)
        line = re.sub(r"[A-Za-zéè]{4,}", dmg_word, line)
        line = re.sub(r" ", lambda m: "" if rng.random() < pj else " ", line)
        lines.append(line)
    # hyphenate some line ends
    out = []
    for i, line in enumerate(lines):
        if out and rng.random() < pl * 3 and re.search(r"[a-z]{8,}$", out[-1] or ""):
            w = re.search(r"[a-z]{8,}$", out[-1]).group(0)
            cut = len(w) // 2
            out[-1] = out[-1][: len(out[-1]) - len(w) + cut] + "-"
            line = w[cut:] + " " + line.lstrip()
        out.append(line)
    per = 48
    chunks = [out[i:i + per] for i in range(0, len(out), per)]
    pages = []
    for n, ch in enumerate(chunks, 1):
        foot = re.sub(r"\d", lambda m: SUBS.get(m.group(0), m.group(0)) if rng.random() < pn else m.group(0),
                      f"Page {n} of {len(chunks)}")
        pages.append("\n".join([header, ""] + ch + ["", foot]))
    return "\n\f".join(pages) + "\n"


# ---------------------------------------------------------------- plan
# (style, kind, lang, hide, filename)  {t}=short title, {T}=title, {c}=classification
PLAN = [
    ("fp", "docx", "en", {"job", "eff"}, "{T} - my draft.docx"),
    ("fp", "docx", "fr", {"job", "total"}, "{TF} - ébauche.docx"),
    ("fp", "txt", "en", {"pos", "job", "sup_pos", "total"}, "notes for my WD ({t}).txt"),
    ("fp", "md", "en", {"job"}, "{t} WD draft (incumbent).md"),
    ("fp", "pdf", "fr", {"eff", "job"}, "DT {TF} - version titulaire.pdf"),
    ("fp", "cp1252", "en", {"job", "sup_pos"}, "{T}, draft by incumbent.txt"),
    ("fp", "docx", "bi", {"job", "eff", "total"}, "{t} - WD draft EN-FR.docx"),
    ("fp", "ocr", "en", {"job"}, "scan_draft_{pos}.txt"),
    ("qa", "docx", "en", {"job", "total"}, "WD questionnaire - {t} (completed).docx"),
    ("qa", "txt", "fr", {"pos", "job", "total"}, "Questionnaire DT - {TF}.txt"),
    ("qa", "md", "en", {"eff", "total"}, "questionnaire_{t}.md"),
    ("qa", "pdf", "en", {"job"}, "WD questionnaire - {T} (1).pdf"),
    ("qa", "docx", "fr", {"eff"}, "Questionnaire rempli – {TF}.docx"),
    ("qa", "cp1252", "bi", {"job", "sup_pos", "total"}, "Questionnaire - {t} - EN FR.txt"),
    ("qa", "ocr", "fr", {"total", "job"}, "Numérisation questionnaire {pos}.txt"),
    ("bullets", "docx", "en", {"eff", "total"}, "{t} - key facts.docx"),
    ("bullets", "md", "fr", {"job", "sup_pos"}, "{TF} – points clés.md"),
    ("bullets", "txt", "en", {"job", "eff", "total"}, "{t}.txt"),
    ("bullets", "pdf", "bi", {"job"}, "Key facts - Points clés - {t}.pdf"),
    ("bullets", "docx", "en", {"sup_pos", "total"}, "{T} bullets DRAFT.docx"),
    ("note", "txt", "en", {"job", "total"}, "note to HR re {t} WD.txt"),
    ("note", "docx", "fr", {"job", "eff"}, "Note à la RH - {TF}.docx"),
    ("note", "md", "en", {"pos", "sup_pos"}, "email - new {t} position.md"),
    ("note", "cp1252", "fr", {"job", "total"}, "Courriel RH, {t}.txt"),
    ("note", "pdf", "bi", {"eff", "total"}, "{t} - note EN+FR.pdf"),
    ("outline", "docx", "en", {"pos", "job", "eff", "total", "repcls"}, "{T} - outline DRAFT.docx"),
    ("outline", "md", "en", {"job", "sup_pos", "om", "total"}, "{t} outline (TBD items).md"),
    ("outline", "txt", "fr", {"pos", "eff", "total", "repcls"}, "Plan DT {TF} - ÉBAUCHE.txt"),
    ("outline", "pdf", "en", {"job", "eff", "sup_pos"}, "DRAFT outline - {T}.pdf"),
    ("outline", "docx", "bi", {"pos", "job", "total"}, "Outline - Plan - {t}.docx"),
    ("review", "docx", "en", {"job"}, "{T} v0.3 - comments JS ML.docx"),
    ("review", "md", "fr", {"eff"}, "{TF} v0.3 (commentaires).md"),
    ("review", "docx", "bi", {"total"}, "{t} - draft with comments.docx"),
    ("review", "txt", "en", {"job", "total"}, "{t} v2 reviewed.txt"),
    ("review", "pdf", "fr", {"job"}, "Révision - {TF}.pdf"),
    ("final", "docx", "en", set(), "{T} - FINAL - signed.docx"),
    ("final", "pdf", "bi", {"total"}, "Work description - {T} ({c}).pdf"),
    ("final", "ocr", "en", {"job"}, "SCAN_20241104_{pos}.txt"),
    ("final", "md", "fr", {"job"}, "DT {TF} (finale).md"),
    ("fp", "txt", "bi", {"job", "total", "sup_pos"}, "{t} - my notes, mes notes.txt"),
    ("review", "ocr", "en", {"eff"}, "Scan 2024-11-12 {t} draft comments.txt"),
]
# versions: (index of a draft above -> new final document of the same position)
VERSIONS = [
    (25, "docx", "{T} - FINAL.docx", "outline with TBD for number, job code, date and total; final fills them in"),
    (0, "pdf", "{T} (final, signed).pdf", "incumbent's first-person draft; final labelled form, O&M revised"),
    (30, "docx", "{T} - v1.0 approved.docx", "reviewed draft with comments; approved version, O&M settled"),
    (9, "md", "DT {TF} - version finale.md", "questionnaire answers; final description with number assigned"),
]


def short(t):
    return t.split(", ", 1)[1]


def lang_of(k):
    return k


def render(style, kind, lang, p, hide, rng):
    people = []
    if lang == "bi":
        De = Doc(p, "en", hide, rng)
        be = STYLES[style](De)
        Df = Doc(p, "fr", hide, rng)
        Df.c, Df.people = De.c, []
        bf = STYLES[style](Df)
        blocks = be + [("p", "* * *" if kind != "md" else "---")] + bf
        people = De.people + Df.people
        D = De
    else:
        D = Doc(p, lang, hide, rng)
        blocks = STYLES[style](D)
        people = D.people
    return blocks, people, D


def truth(fname, kind, lang, p, hide, people, extra):
    fr = lang == "fr"
    reps = []
    for k, r in enumerate(p["reports"]):
        reps.append({"title": r["fr"] if fr else r["en"], "classification": None if (k == 0 and "repcls" in hide) else r["cls"],
                     "fte": None if (r["fte"] is None or "repfte" in hide) else r["fte"]})
    f = {
        "title": p["title_fr"] if fr else p["title_en"],
        "classification": p["level"],
        "job_code": None if "job" in hide else p["job"],
        "position_number": None if "pos" in hide else p["pos"],
        "effective_date": None if "eff" in hide else p["eff"],
        "supervisor": {"position_number": None if "sup_pos" in hide else p["sup_pos"],
                       "title": p["sup_fr"] if fr else p["sup_en"], "classification": p["sup_cls"]},
        "direct_reports": reps,
        "salary": p["salary"], "o_and_m": None if "om" in hide else p["om"],
        "total": None if ("total" in hide or "om" in hide) else p["total"],
        "location": p["city_fr"] if fr else p["city_en"],
    }
    ns = [k for k, v in [("job_code", f["job_code"]), ("position_number", f["position_number"]),
                         ("effective_date", f["effective_date"]),
                         ("supervisor.position_number", f["supervisor"]["position_number"]),
                         ("o_and_m", f["o_and_m"]), ("total", f["total"])] if v is None]
    if "repcls" in hide:
        ns.append("direct_reports.classification (first report: level ???)")
    if any(r["fte"] is None for r in reps):
        ns.append("direct_reports.fte (Senior Advisor: no staff)")
    also = {"department": p["dept"], "form": extra["style"]}
    if lang != "en":
        also["title_fr"] = p["title_fr"]
    if lang == "fr":
        also["location_fr"] = p["city_fr"]
    if lang == "bi":
        also["order"] = "English then French, same values"
    if extra["style"] == "final" or extra["style"] == "fp":
        also["fte"] = p["fte"]
    if extra.get("damage"):
        also["damage"] = extra["damage"]
    if p.get("struck"):
        also["struck_salary"] = p["struck"]
        also["note"] = "the salary is struck through and replaced; the truth is the new value"
    if extra["style"] == "review":
        also["reviewer_alternative_o_and_m"] = "a comment mentions a 15% higher O&M as a question; the stated value stands"
    if extra["style"] == "note":
        also["written_by"] = "the supervisor (\"It reports to me as ...\")"
    if p.get("in_corpus"):
        also["reports_to_in_corpus"] = p["in_corpus"]
    return {"document": fname, "kind": {"cp1252": "text-cp1252", "txt": "text", "md": "markdown"}.get(kind, kind),
            "language": "bilingual" if lang == "bi" else lang, "outcome": "import", "fields": f,
            "not_stated": ns, "also": also, "people": people, "versions": extra.get("versions")}


def y(v, ind=0):
    """A tiny YAML writer (deterministic)."""
    sp = "  " * ind
    if isinstance(v, dict):
        out = []
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{sp}{k}:\n" + y(x, ind + 1))
            else:
                out.append(f"{sp}{k}: {scalar(x)}")
        return "\n".join(out)
    if isinstance(v, list):
        out = []
        for x in v:
            if isinstance(x, dict):
                body = y(x, ind + 1).lstrip()
                out.append(f"{sp}- {body}")
            else:
                out.append(f"{sp}- {scalar(x)}")
        return "\n".join(out)
    return sp + scalar(v)


def scalar(x):
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, dict) or isinstance(x, list):
        return "{}" if isinstance(x, dict) else "[]"
    s = str(x)
    return "'" + s.replace("'", "''") + "'"


def write(corpus, fname, kind, blocks, header, rng, damage=None):
    path = corpus / fname
    if kind == "docx":
        path.write_bytes(to_docx(blocks, header))
        return
    md = kind == "md"
    text = plain_blocks(blocks, md=md)
    if kind == "md" or kind == "txt":
        path.write_bytes(text.encode("utf-8"))
    elif kind == "cp1252":
        t = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        t = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", t)
        path.write_bytes(t.replace("\n", "\r\n").encode("cp1252"))
    elif kind == "pdf":
        path.write_bytes(to_pdf(text.replace("\u00a0", " ") if False else text, header or ""))
    elif kind == "ocr":
        path.write_bytes(ocr(text, damage, rng, header or "DRAFT").encode("utf-8"))


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    areas = AREAS[:]
    R.shuffle(areas)
    positions = [make_position(i, areas[i]) for i in range(len(PLAN))]
    # two Directors report to Directors General whose own drafts are in the corpus
    dgs = [i for i, p in enumerate(positions) if p["level"] == "EX-03" and PLAN[i][2] != "fr"]
    dirs = [i for i, p in enumerate(positions) if p["level"] == "EX-01" and PLAN[i][2] == "en"]
    links = list(zip(dirs[:2], dgs[:2]))
    names = {}
    for i, (style, kind, lang, hide, pat) in enumerate(PLAN):
        p = positions[i]
        names[i] = pat.format(T=p["title_en"], TF=p["title_fr"], t=short(p["title_en"]), c=p["level"], pos=p["pos"])
    for d_i, g_i in links:
        g = positions[g_i]
        positions[d_i].update(sup_en=g["title_en"], sup_fr=g["title_fr"], sup_cls="EX-03", sup_pos=g["pos"],
                              dept=g["dept"], dept_en=g["dept_en"], dept_fr=g["dept_fr"], in_corpus=names[g_i])
    # a struck salary on two reviewed drafts (markdown / Word only)
    for i, (style, kind, lang, hide, pat) in enumerate(PLAN):
        if style == "review" and kind in ("md", "docx") and i != 32:
            positions[i]["struck"] = positions[i]["salary"] - 60000
    docs = []
    for i, (style, kind, lang, hide, pat) in enumerate(PLAN):
        docs.append((names[i], style, kind, lang, hide, positions[i], {"style": style}))
    damages = iter(["medium", "light", "heavy", "medium", "heavy"])
    for k, (d_i, kind, pat, note_) in enumerate(VERSIONS):
        old = docs[d_i]
        p_old = old[5]
        p_new = dict(p_old)
        p_new.pop("struck", None)
        p_new["om"] = p_old["om"] + 25000 * (k + 1)
        p_new["total"] = p_new["salary"] + p_new["om"]
        p_new["eff"] = dt.date(2025, 4, 1)
        lang = "fr" if old[3] == "fr" else ("en" if old[3] == "en" else "bi")
        fname = pat.format(T=p_new["title_en"], TF=p_new["title_fr"], t=short(p_new["title_en"]))
        v = {"documents": [old[0], fname], "newest": fname, "same_text": False,
             "note": note_ + f" (O&M {p_old['om']} in the draft, {p_new['om']} final; effective date set to 2025-04-01)"}
        old[6]["versions"] = v
        docs.append((fname, "final", kind, lang, set(), p_new, {"style": "final", "versions": v}))
    rng = random.Random(1650)
    for fname, style, kind, lang, hide, p, extra in docs:
        blocks, people, D = render(style, kind, lang, p, hide, rng)
        header = None
        if kind in ("pdf", "ocr"):
            header = {"final": "PROTECTED B / PROTÉGÉ B"}.get(style, "DRAFT / ÉBAUCHE - for discussion")
        if kind == "ocr":
            extra["damage"] = next(damages)
        write(corpus, fname, kind, blocks, header, rng, extra.get("damage"))
        t = truth(fname, kind, lang, p, hide, people, extra)
        if kind == "ocr":
            t["also"]["damage"] = extra["damage"]
        (expected / (fname + ".expected.yaml")).write_text(y(t) + "\n", encoding="utf-8")
    refuse(corpus, expected, rng)


def refuse(corpus, expected, rng):
    items = []
    # 1 blank questionnaire template
    blocks = [("title", "Work description questionnaire - TEMPLATE")]
    for q in ["What is your position title?", "What is the group and level?", "Position number?",
              "Who do you report to?", "Who reports to you directly?", "What budget do you manage?",
              "When should the new description take effect?"]:
        blocks += [("p", "Q: " + q), ("p", "A: ______________________")]
    (corpus / "WD questionnaire - TEMPLATE (blank).docx").write_bytes(to_docx(blocks))
    items.append(("WD questionnaire - TEMPLATE (blank).docx", "docx", "en", [], "blank questionnaire template, no position"))
    # 2 HR reminder email
    a, b = person(), person()
    text = (f"From: {a}\nTo: EX managers - Operations Branch\nSubject: RE: WD updates due Friday\n\n"
            "Hi all,\n\nA reminder that updated executive work descriptions are due Friday. Please use the "
            "questionnaire template (attached) and send your drafts to the classification mailbox. "
            "Drafts in the first person are fine; we will convert them to the standard format.\n\n"
            "Positions still outstanding: Director, Operations (EX-01); Executive Director, Policy (EX-02).\n\n"
            f"Thanks,\n{a}\nClassification Advisor\n\n> On Monday, {b} wrote:\n> Can we get an extension?\n")
    (corpus / "RE_ WD updates due Friday.txt").write_bytes(text.encode("utf-8"))
    items.append(("RE_ WD updates due Friday.txt", "text", "en", [a, b], "HR reminder e-mail; names two positions in passing"))
    # 3 minutes (French markdown)
    c, d, e = person(), person(), person()
    text = (f"# Compte rendu – réunion d'équipe de direction, 9 octobre 2024\n\nPrésents : {c}, {d}, {e}\n\n"
            "## 1. Mise à jour des descriptions de travail\n\n- Le poste de Directeur, Opérations (EX-01) sera revu; "
            "ébauche par la titulaire d'ici le 25 octobre.\n- Nouveau poste de Directeur exécutif, Données (EX-02) : "
            "numéro à déterminer, budget F et E de 450 000 $ à confirmer.\n\n## 2. Divers\n\n- Prochaine réunion : "
            "23 octobre.\n\nSuivi : " + c + "\n")
    (corpus / "Compte rendu - réunion d'équipe 2024-10-09.md").write_bytes(text.encode("utf-8"))
    items.append(("Compte rendu - réunion d'équipe 2024-10-09.md", "markdown", "fr", [c, d, e], "minutes of a management team meeting"))
    # 4 org chart (cp1252)
    f_, g, h, i = person(), person(), person(), person()
    text = (f"Operations Branch – organization chart (October 2024)\n\n"
            f"Assistant Deputy Minister, Operations (EX-04) – {f_}\n"
            f"  ├ Director General, Service Delivery (EX-03) – {g}\n"
            f"  │   ├ Director, Client Services (EX-01) – {h}\n"
            f"  │   └ Director, Regional Delivery (EX-01) – vacant\n"
            f"  └ Director General, Programs (EX-03) – {i}\n")
    text = text.replace("├", "+").replace("└", "+").replace("│", "|")
    (corpus / "Org chart – Operations Branch (Oct 2024).txt").write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    items.append(("Org chart – Operations Branch (Oct 2024).txt", "text-cp1252", "en", [f_, g, h, i], "organization chart as text"))
    # 5 scan without a text layer
    (corpus / "Scan_0042.pdf").write_bytes(pdf_bytes(["", "", ""]))
    items.append(("Scan_0042.pdf", "pdf", "en", [], "three-page scan without a text layer (unreadable)"))
    for fname, kind, lang, people, what in items:
        t = {"document": fname, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": [], "also": {"what": what}, "people": people, "versions": None}
        (expected / (fname + ".expected.yaml")).write_text(y(t) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
