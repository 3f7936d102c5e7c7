#!/usr/bin/env python3
"""Make the eighth blind corpus of ``hrkit import``: documents and their ground truth.

    python bench/import/blind7/make_blind.py      rewrites corpus/ and expected/ beside this file

Each position of ``positions_blind.py`` is written in one template family (the classic TBS EX
form, the "Client Service Results" template, HR-system exports, profiles, French-first and
bilingual forms...) as a list of blocks, then saved in its format (Word, PDF, text, an OCR scan's
text with its damage). Five documents that are not work descriptions are added, to be refused.
Deterministic: the same bytes on every run (seeded by document name, fixed zip and PDF dates)."""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2] / "tests")]
from import_files import pdf_bytes  # noqa: E402  (the test suite's minimal PDF writer: Helvetica, WinAnsi)
from positions_blind import DEPTS, POSITIONS  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NOMBRES = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


# --- how values are written -------------------------------------------------------------------

def cls_text(cls: str | None, style: str) -> str:
    if not cls:
        return ""
    group, _, level = cls.rpartition("-")
    if not group.startswith("EX") or style in ("EX-0N", "(EX-0N)"):
        return cls
    return {"EX 0N": f"EX {level}", "EX-N": f"EX-{int(level)}", "EX0N": f"EX{level}"}.get(style, cls)


def date_text(d: dt.date | None, style: str) -> str:
    if d is None:
        return ""
    day = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}.get(d.day, f"{d.day}th")
    return {"d Month Y": f"{d.day} {MONTHS[d.month - 1]} {d.year}", "Month d, Y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "Month dth, Y": f"{MONTHS[d.month - 1]} {day}, {d.year}", "yyyy/mm/dd": d.strftime("%Y/%m/%d"),
            "yyyy-mm-dd": d.isoformat(), "dd-mm-yyyy": d.strftime("%d-%m-%Y"), "dd/mm/yyyy": d.strftime("%d/%m/%Y"),
            "d mois Y": date_fr(d), "le 1er Month Y": f"le {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}",
            "le d Month Y": f"le {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"}[style]


def date_fr(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def money(value: int | None, style: str) -> str:
    if value is None:
        return ""
    millions = value / 1e6
    short = f"{millions:.2f}".rstrip("0").rstrip(".")
    if style == "full":
        return f"${value:,}"
    if style == "M":
        return f"${short}M" if value >= 1_000_000 else f"${value // 1000}K"
    if style == "million":
        return f"{short} million dollars" if value >= 1_000_000 else f"{value // 1000} thousand dollars"
    if style == "K":
        return f"${value // 1000:,}K" if value % 1000 == 0 else f"${value:,}"
    if style == "fr_full":
        return f"{value:,} $".replace(",", "\u00a0")
    if style == "fr_M":
        return f"{short.replace('.', ',')} M$" if value >= 1_000_000 else f"{value // 1000} k$"
    raise ValueError(style)


def fte_text(n: int | None, lang: str, variant: int) -> str:
    if n is None:
        return ""
    if n == 1:
        return ["1 ETP", "1 employé"][variant % 2] if lang == "fr" else ["1 FTE", "one FTE"][variant % 2]
    if lang == "fr":
        return [f"{n} ETP", f"{n} employés", f"effectif de {n}", f"{n} équivalents temps plein"][variant % 4]
    return [f"{n} FTEs", f"{n} full-time equivalents", f"staff of {n}", f"approximately {n} employees",
            f"{n} FTE"][variant % 5]


def count_word(n: int, lang: str) -> str:
    words = NOMBRES if lang == "fr" else NUMBERS
    return f"{words[n]} ({n})" if n < 10 else str(n)


# --- blocks ---------------------------------------------------------------------------------
# ("title", text) ("h", text) ("p", text) ("kv", [(label, value)], style) ("list", [items], marker)
# ("table", [header], [[cells]]) ("sig", [lines]) ("junk", text) ("page", None)

class Doc:
    """One document being written: its position, its language, its blocks and its random source."""

    def __init__(self, p: dict, index: int):
        self.p, self.i, self.lang = p, index, p["lang"]
        self.rng = random.Random(zlib.crc32(p["doc"].encode()))
        self.blocks: list[tuple] = []

    def add(self, *block):
        self.blocks.append(block)

    def cls(self, cls):
        return cls_text(cls, self.p["cls_style"])

    def money(self, value):
        return money(value, self.p["money_style"])

    def date(self):
        style = self.p["date_style"]
        if self.lang == "fr" and style in ("d Month Y", "Month d, Y", "Month dth, Y"):
            style = "d mois Y"
        return date_text(self.p["date"], style)


def sup_line(d: Doc, lang: str = "en") -> str:
    s = d.p["sup"]
    title = s.get("title_fr", s["title"]) if lang == "fr" else s["title"]
    if lang == "fr":
        return f"{title} ({d.cls(s['cls'])}), poste {s['pos']}"
    return f"{title} ({d.cls(s['cls'])}), position {s['pos']}"


def report_titles(d: Doc, lang: str) -> list[str]:
    reports = d.p["reports"]
    if lang == "fr" and d.p.get("reports_fr"):
        return d.p["reports_fr"]
    return [r["title"] for r in reports]


def reports_prose(d: Doc, lang: str, variant: int) -> str:
    reports, titles = d.p["reports"], report_titles(d, lang)
    who = d.p["title"] if lang == "en" else d.p.get("title_fr", d.p["title"])
    parts = []
    for k, (r, t) in enumerate(zip(reports, titles)):
        inner = ", ".join(x for x in (d.cls(r["classification"]), fte_text(r["fte"], lang, variant + k)) if x)
        what = f", {'responsible for' if lang == 'en' else 'responsable de'} {r['what']}" if r["what"] and lang == "en" else ""
        parts.append(f"the {t} ({inner}){what}" if lang == "en" else f"{t} ({inner})")
    n = len(reports)
    if lang == "fr":
        opener = [f"Les {count_word(n, 'fr')} postes suivants relèvent directement du ou de la titulaire : ",
                  f"Le ou la titulaire est appuyé(e) par {count_word(n, 'fr')} subordonnés directs, soit : "][variant % 2]
        return opener + "; ".join(parts) + "."
    opener = [f"The {who} is supported by {count_word(n, 'en')} direct reports: ",
              f"Reporting directly to the incumbent are {count_word(n, 'en')} positions: ",
              f"The following {count_word(n, 'en')} positions report to the {who.split(',')[0]}: "][variant % 3]
    return opener + "; ".join(parts) + "."


def reports_list(d: Doc, lang: str, variant: int) -> list[str]:
    out = []
    for k, (r, t) in enumerate(zip(d.p["reports"], report_titles(d, lang))):
        c, f = d.cls(r["classification"]), fte_text(r["fte"], lang, variant + k)
        out.append([f"{t} ({c}) - {f}", f"{c} {t} ({f})", f"{t}, {c}, {f}", f"{t} ({c}, {f})"][variant % 4]
                   + (f": {r['what']}" if r["what"] and lang == "en" and variant % 2 else ""))
    return out


def reports_table(d: Doc, lang: str) -> tuple[list[str], list[list[str]]]:
    header = (["Position title", "Group/Level", "FTEs"] if lang == "en" else ["Titre du poste", "Groupe et niveau", "ETP"])
    rows = [[t, d.cls(r["classification"]), str(r["fte"]) if r["fte"] is not None else ""]
            for r, t in zip(d.p["reports"], report_titles(d, lang))]
    return header, rows


def dims_pairs(d: Doc, lang: str, variant: int) -> list[tuple[str, str]]:
    p = d.p
    en = [("FTEs", "Salary", "O&M", "Total"), ("Number of FTEs", "Salary budget", "Operating and maintenance", "Total budget"),
          ("Human resources", "Salaries", "Non-salary (O&M)", "Total"), ("Employees (FTE)", "Salary dollars", "O & M dollars", "Total operating budget")]
    fr = [("ETP", "Salaires", "F et E", "Total"), ("Ressources humaines", "Budget salarial", "Fonctionnement et entretien", "Budget total"),
          ("Nombre d'ETP", "Masse salariale", "Budget de F et E", "Total")]
    labels = (fr if lang == "fr" else en)[variant % (3 if lang == "fr" else 4)]
    out = []
    if p.get("fte") is not None:
        out.append((labels[0], str(p["fte"])))
    for label, key in zip(labels[1:], ("salary", "om", "total")):
        if p.get(key) is not None:
            out.append((label, d.money(p[key])))
    if p.get("op_budget"):
        out.append(("Operating budget" if lang == "en" else "Budget de fonctionnement", d.money(p["op_budget"])))
    if p.get("prog_budget"):
        out.append(("Program budget (grants and contributions)" if lang == "en" else "Budget des programmes (subventions et contributions)",
                    d.money(p["prog_budget"])))
    return out


def financial_prose(d: Doc, lang: str) -> str:
    """The dimensions as a sentence, as the 'Responsibility' factor of the CSR template states them."""
    p = d.p
    parts = []
    if lang == "fr":
        if p.get("salary"):
            parts.append(f"un budget salarial de {d.money(p['salary'])}")
        if p.get("om"):
            parts.append(f"un budget de fonctionnement et d'entretien de {d.money(p['om'])}")
        text = "Ressources financières : le poste gère " + " et ".join(parts)
        text += f", pour un total de {d.money(p['total'])}." if p.get("total") else "."
        if p.get("prog_budget"):
            text += f" Il recommande en outre l'affectation de {d.money(p['prog_budget'])} en subventions et contributions."
        return text + (f" L'effectif compte {p['fte']} ETP." if p.get("fte") else "")
    if p.get("salary"):
        parts.append(f"a salary budget of {d.money(p['salary'])}")
    if p.get("om"):
        parts.append(f"an operations and maintenance budget of {d.money(p['om'])}")
    text = "Financial resources: the incumbent manages " + " and ".join(parts)
    text += f", for a total of {d.money(p['total'])}." if p.get("total") else "."
    return text + (f" The organization has a staff of {p['fte']} full-time equivalents." if p.get("fte") else "")


CONTACTS_EN = [
    "Contacts: the incumbent deals regularly with the Deputy Minister's office, central agencies (Treasury Board "
    "Secretariat, Privy Council Office, Public Services and Procurement Canada), provincial and territorial "
    "counterparts, unions, industry associations and the media relations staff of the Department.",
    "Key relationships include the senior management committee of the branch, counterparts in other regions, "
    "regional federal councils, Indigenous organizations and the Department's legal services unit, as well as "
    "auditors from the Office of the Auditor General when the program is under review.",
    "The incumbent represents the organization on interdepartmental committees at the director and director general "
    "levels, and is frequently called upon to appear with senior officials before parliamentary committees.",
]
CONTACTS_FR = [
    "Contacts : le ou la titulaire traite régulièrement avec le cabinet du sous-ministre, les organismes centraux "
    "(Secrétariat du Conseil du Trésor, Bureau du Conseil privé), ses homologues provinciaux, les syndicats, les "
    "associations sectorielles et les relations avec les médias.",
    "Le ou la titulaire représente l'organisation au sein de comités interministériels et accompagne les hauts "
    "fonctionnaires devant les comités parlementaires.",
]
MANAGEMENT_EN = (
    "As a member of the management team, the incumbent contributes to corporate planning, risk management and "
    "performance reporting, and manages the human, financial and material resources of the organization with prudence "
    "and probity, in accordance with the Financial Administration Act, the Policy on People Management and the "
    "delegations of authority in force.")
MANAGEMENT_FR = (
    "À titre de membre de l'équipe de gestion, le ou la titulaire contribue à la planification intégrée, à la gestion "
    "des risques et à la production de rapports sur le rendement, et gère les ressources humaines, financières et "
    "matérielles avec prudence et probité, conformément à la Loi sur la gestion des finances publiques et aux "
    "délégations de pouvoirs en vigueur.")


CHALLENGES_EN = [
    "reconciling national consistency with regional realities and the expectations of local partners;",
    "sustaining service levels while absorbing workload growth without corresponding resources;",
    "managing a workforce in which a large share of employees will be eligible to retire within five years;",
    "maintaining aging infrastructure and legacy information systems while modernizing;",
    "responding to audits, evaluations and recommendations of the Office of the Auditor General;",
    "managing issues that attract media, parliamentary and ministerial attention on very short notice;",
    "building relationships of trust with Indigenous partners and communities;",
    "ensuring the mental health, safety and well-being of employees who work under sustained pressure;",
    "implementing government-wide initiatives (greening government, accessibility, official languages) within existing budgets;",
    "negotiating arrangements with partners whose mandates and priorities differ from the Department's.",
]
CHALLENGES_FR = [
    "concilier la cohérence nationale avec les réalités régionales et les attentes des partenaires locaux;",
    "maintenir les niveaux de service malgré la croissance de la charge de travail;",
    "gérer un effectif dont une part importante sera admissible à la retraite d'ici cinq ans;",
    "entretenir des infrastructures et des systèmes vieillissants tout en les modernisant;",
    "donner suite aux vérifications, évaluations et recommandations du Bureau du vérificateur général;",
    "gérer des dossiers qui attirent l'attention des médias, du Parlement et du cabinet à très court préavis;",
    "bâtir des relations de confiance avec les partenaires et les communautés autochtones;",
    "veiller à la santé mentale, à la sécurité et au bien-être d'employés soumis à une pression constante.",
]
SA_EN = ["Manages the human, financial and material resources of the organization, including staffing, performance "
         "management, learning and employment equity, in accordance with delegated authorities.",
         "Contributes, as a member of the branch management committee, to integrated business planning, risk "
         "management and the Departmental Results Report.",
         "Fosters a healthy, respectful and inclusive workplace and models the values and ethics of the public service."]
SA_FR = ["Gère les ressources humaines, financières et matérielles de l'organisation, y compris la dotation, la gestion "
         "du rendement et l'équité en matière d'emploi, conformément aux pouvoirs délégués.",
         "Contribue, à titre de membre du comité de gestion, à la planification intégrée, à la gestion des risques et "
         "au Rapport sur les résultats ministériels.",
         "Favorise un milieu de travail sain, respectueux et inclusif et incarne les valeurs et l'éthique de la "
         "fonction publique."]


def sa_items(d: Doc) -> list[str]:
    """The position's own accountabilities, then the stewardship ones most forms end with."""
    own = d.p["sa"]
    extra = SA_FR if d.lang == "fr" else SA_EN
    return own + extra[: max(0, 7 - len(own))]


def challenges(d: Doc) -> list[tuple]:
    fr = d.lang == "fr"
    pool = CHALLENGES_FR if fr else CHALLENGES_EN
    items = d.rng.sample(pool, 4)
    items[-1] = items[-1].rstrip(";") + "."
    intro = ("Parmi les principaux défis du poste, mentionnons :" if fr else
             ["Key challenges include:", "The major challenges facing the incumbent are:",
              "Among the challenges of the position:"][d.i % 3])
    return [("p", intro), ("list", items, "dash" if d.i % 2 else "bullet")]


CSR_EFFORT_EN = (
    "Intellectual effort: sustained concentration is required to analyse complex and sometimes conflicting information, "
    "to anticipate the consequences of decisions on clients, partners and employees, and to develop options under tight "
    "timelines. Physical effort: long periods of sitting at meetings and at the computer; travel within the region and "
    "to headquarters several times a year.")
CSR_EFFORT_FR = (
    "Effort intellectuel : une concentration soutenue est nécessaire pour analyser des renseignements complexes et "
    "parfois contradictoires, prévoir les conséquences des décisions et élaborer des options dans des délais serrés. "
    "Effort physique : longues périodes en position assise; déplacements fréquents dans la région et à "
    "l'administration centrale.")
CSR_WELLBEING_EN = (
    "Well-being of individuals: the incumbent is responsible for the health and safety of employees, for the timely "
    "resolution of harassment and workplace conflict complaints, and for the duty to accommodate. Information: the "
    "incumbent is accountable for the integrity, security and proper disposition of the information holdings of the "
    "organization, including personal and protected information.")
CSR_WELLBEING_FR = (
    "Bien-être des personnes : le ou la titulaire est responsable de la santé et de la sécurité des employés, du "
    "règlement rapide des plaintes de harcèlement et des conflits, ainsi que de l'obligation de prendre des mesures "
    "d'adaptation. Information : le ou la titulaire répond de l'intégrité et de la sécurité des fonds de renseignements "
    "de l'organisation, y compris les renseignements personnels et protégés.")


GENERIC_EN = [
    "The position operates in an environment of fiscal restraint in which new priorities must generally be funded through "
    "reallocation. The incumbent must make difficult trade-offs between service levels, investment in modernization and "
    "the well-being of employees, and must explain those choices to staff, clients and senior management.",
    "Recruitment and retention of specialized staff is a continuing challenge, particularly outside the National Capital "
    "Region. The incumbent is expected to build a diverse, bilingual and healthy workforce and to foster a respectful "
    "workplace in keeping with the Values and Ethics Code for the Public Sector.",
    "Much of the work is horizontal. Results depend on other branches, central agencies, other levels of government and "
    "external partners over whom the incumbent has no authority, and must therefore be achieved through influence, "
    "negotiation and the credibility the incumbent brings to each file.",
    "The incumbent provides advice that is often sought on short notice, on issues with legal, financial and reputational "
    "consequences for the Department. Briefing material, Question Period notes and responses to access to information "
    "requests must be accurate and defensible.",
    "Information management and technology are changing the way services are delivered. The incumbent must manage the "
    "risks that come with legacy systems while introducing new tools, and ensure that personal information is protected "
    "in accordance with the Privacy Act.",
]
GENERIC_FR = [
    "Le poste s'exerce dans un contexte de restrictions budgétaires où les nouvelles priorités doivent généralement être "
    "financées par réaffectation. Le ou la titulaire doit faire des arbitrages difficiles entre les niveaux de service, "
    "les investissements et le bien-être des employés, et expliquer ses choix à la haute direction.",
    "Le recrutement et le maintien en poste d'employés spécialisés constituent un défi constant, en particulier à "
    "l'extérieur de la région de la capitale nationale. Le ou la titulaire doit bâtir un effectif diversifié, bilingue "
    "et en santé, et favoriser un milieu de travail respectueux conforme au Code de valeurs et d'éthique du secteur public.",
    "Une grande partie du travail est horizontale : les résultats dépendent d'autres secteurs, des organismes centraux, "
    "d'autres ordres de gouvernement et de partenaires externes sur lesquels le ou la titulaire n'exerce aucune autorité. "
    "Ils s'obtiennent donc par l'influence, la négociation et la crédibilité.",
    "Le ou la titulaire fournit des conseils souvent demandés à très court préavis, sur des questions aux conséquences "
    "juridiques, financières et de réputation importantes pour l'organisation.",
]


def generic(d: Doc, count: int) -> list[str]:
    """Paragraphs every department writes in its own words: challenges, contacts, stewardship."""
    fr = d.lang == "fr"
    pool = GENERIC_FR if fr else GENERIC_EN
    start = d.i % len(pool)
    out = [pool[(start + k) % len(pool)] for k in range(count)]
    contacts = CONTACTS_FR if fr else CONTACTS_EN
    out.append(contacts[d.i % len(contacts)])
    return out


def dept_para(d: Doc, lang: str | None = None) -> str:
    if d.p.get("context"):
        return d.p["context"]
    name_en, name_fr, en, fr = DEPTS[d.p["dept"]]
    return fr if (lang or d.lang) == "fr" else en


def dept_name(d: Doc, lang: str | None = None) -> str:
    name_en, name_fr, _, _ = DEPTS[d.p["dept"]]
    return name_fr if (lang or d.lang) == "fr" else name_en


def sig_block(d: Doc, lang: str, variant: int) -> list[str]:
    people = d.p["people"]
    sup = d.p["sup"]["title"] if lang == "en" else d.p["sup"].get("title_fr", d.p["sup"]["title"])
    signed = d.p["date"] + dt.timedelta(days=11 + d.i % 20)
    when = date_text(signed, "yyyy-mm-dd") if variant % 2 else date_text(signed, "d Month Y" if lang == "en" else "le d Month Y")
    if lang == "fr":
        lines = [f"Titulaire : {people['incumbent']}    Signature : ____________    Date : {when}",
                 f"Superviseur(e) : {people['signer']}, {sup}    Date : {when}"]
    else:
        lines = [f"Incumbent: {people['incumbent']}    Signature: ____________    Date: {when}",
                 f"Supervisor: {people['signer']}, {sup}    Date: {when}"]
    if people.get("signer2"):
        lines.append(("Approuvé par : " if lang == "fr" else "Approved by: ") + people["signer2"])
    return lines


def decision_block(d: Doc, lang: str) -> list[str]:
    decided = d.p["date"] + dt.timedelta(days=45 + d.i)
    text = d.p.get("decoys", {}).get("decision")
    if text:
        return [text]
    if lang == "fr":
        return ["DÉCISION DE CLASSIFICATION", f"Groupe et niveau : {d.cls(d.p['cls'])}    Date de la décision : {date_fr(decided)}",
                f"Numéro de dossier : CL-{decided.year}-{100 + d.i * 7}    Évaluation : 912 points"]
    return ["CLASSIFICATION DECISION", f"Group and level: {d.cls(d.p['cls'])}    Decision date: {date_text(decided, 'd Month Y')}",
            f"Committee file: CL-{decided.year}-{100 + d.i * 7}    Evaluation: 868 points (KH F3 528, PS 38%, ACC E3P 304)"]


# --- template families -----------------------------------------------------------------------
# Each writes one position in its own headings, labels and order; `n` is the document's rank in its
# family, so that a family's documents do not all use the same wording.

def fam_tbs_box(d: Doc, n: int):
    p = d.p
    titles = ["EXECUTIVE GROUP POSITION DESCRIPTION", "EXECUTIVE (EX) GROUP WORK DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE GROUP",
              "POSITION DESCRIPTION"]
    d.add("title", dept_name(d) + ("" if n % 2 else f" - {p['branch']}"))
    d.add("title", titles[n % 4])
    if n == 0:
        kv = [("Position Title", p["title"]), ("Classification", d.cls(p["cls"])), ("Job Code", p["job_code"]),
              ("Position Number", p["pos"]), ("Effective Date", d.date()),
              ("Branch", p["branch"]), ("Directorate", p["unit"]), ("Location", p["loc_text"]),
              ("Supervisor's Position Number", p["sup"]["pos"]), ("Supervisor's Position Title", p["sup"]["title"]),
              ("Supervisor's Classification", d.cls(p["sup"]["cls"])), ("Incumbent", p["people"]["incumbent"])]
    elif n == 1:
        kv = [("TITLE", p["title"]), ("GROUP/LEVEL", d.cls(p["cls"])), ("JOB CODE", p["job_code"]), ("POSITION NO.", p["pos"]),
              ("EFFECTIVE DATE", d.date()), ("SECTOR", p["branch"]),
              ("GEOGRAPHIC LOCATION", p["loc_text"]), ("REPORTS TO", sup_line(d))]
    elif n == 2:
        kv = [("Title of Position", p["title"]), ("Level", d.cls(p["cls"])), ("Generic Job Code", p["job_code"]),
              ("Position #", p["pos"]), ("Date Effective", d.date()),
              ("Organization", f"{p['branch']}, {p['unit']}"), ("City", p["loc_text"]),
              ("Supervisor Position #", p["sup"]["pos"]), ("Supervisor Title", p["sup"]["title"]),
              ("Supervisor Level", d.cls(p["sup"]["cls"]))]
    elif n == 4:
        kv = [("Official title", p["title"]), ("Group and sub-group/Level", d.cls(p["cls"])), ("Job code", p["job_code"]),
              ("Position number", p["pos"]), ("Effective date of this description", d.date()),
              ("Organization", f"{p['branch']}, {p['unit']}"), ("Location (city, province)", p["loc_text"]),
              ("Supervisor's position number", p["sup"]["pos"]), ("Supervisor's title", p["sup"]["title"]),
              ("Supervisor's group and level", d.cls(p["sup"]["cls"]))]
    elif n == 5:
        kv = [("Position Title (English)", p["title"]), ("EX Level", d.cls(p["cls"])), ("Job Code", p["job_code"]),
              ("Position Number", p["pos"]), ("Date", d.date()), ("Region / Sector", p["unit"]), ("Location", p["loc_text"]),
              ("Immediate supervisor", sup_line(d))]
    else:
        kv = [("Position title", p["title"]), ("Group and Level", d.cls(p["cls"])), ("Job Code No.", p["job_code"]),
              ("Position No", p["pos"]), ("Effective", d.date()), ("Work location", p["loc_text"]),
              ("Reports to", f"position {p['sup']['pos']}, {p['sup']['title']} ({d.cls(p['sup']['cls'])})")]
    d.add("kv", kv, "colon")
    heads = [["GENERAL ACCOUNTABILITY", "ORGANIZATION STRUCTURE", "NATURE AND SCOPE", "DIMENSIONS", "SPECIFIC ACCOUNTABILITIES", "CERTIFICATION"],
             ["GENERAL ACCOUNTABILITY:", "ORGANIZATIONAL STRUCTURE:", "NATURE & SCOPE:", "DIMENSIONS:", "SPECIFIC ACCOUNTABILITIES:", "SIGNATURES:"],
             ["General Accountability", "Organization Structure", "Nature and Scope", "Dimensions", "Specific Accountabilities", "Certification"],
             ["GENERAL ACCOUNTABILITY", "ORGANIZATION", "NATURE AND SCOPE", "KEY DIMENSIONS", "SPECIFIC ACCOUNTABILITIES", "AUTHORIZATION"]][n % 4]
    d.add("h", heads[0]); d.add("p", p["ga"])
    d.add("h", heads[1])
    nsub = 3 + d.i % 4
    d.add("p", f"The {p['title']} is one of {count_word(nsub, 'en')} positions reporting to the {p['sup']['title']}. "
               + ["The others are responsible for the remaining regions and for national planning and engineering services.",
                  "The other positions lead program, policy and corporate functions.", ""][n % 3])
    if n % 2 == 0:
        d.add("p", f"Reporting to the {p['title'].split(',')[0]} are:")
        d.add("list", reports_list(d, "en", n + 1), "bullet")
    else:
        d.add("p", reports_prose(d, "en", n))
    d.add("h", heads[2])
    d.add("p", dept_para(d))
    for para in p["ns"]:
        d.add("p", para)
    for para in generic(d, 2):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("p", MANAGEMENT_EN)
    d.add("h", heads[3])
    d.add("kv", dims_pairs(d, "en", n), "colon")
    d.add("h", heads[4])
    d.add("list", sa_items(d), "num")
    d.add("h", heads[5])
    d.add("p", "The foregoing is an accurate and complete statement of the duties and responsibilities assigned to the position.")
    d.add("sig", sig_block(d, "en", n))
    d.add("sig", decision_block(d, "en"))


def fam_fr_box(d: Doc, n: int):
    p = d.p
    d.add("title", dept_name(d))
    d.add("title", ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "DESCRIPTION DE POSTE DE CADRE SUPÉRIEUR",
                    "Description de travail du groupe de la direction", "DESCRIPTION DE TRAVAIL"][n % 4])
    if n % 2 == 0:
        kv = [("Titre du poste", p["title"]), ("Classification", d.cls(p["cls"])), ("Code de l'emploi", p["job_code"]),
              ("Numéro du poste", p["pos"]), ("Date d'entrée en vigueur", d.date()),
              ("Direction générale", p["branch"]), ("Lieu de travail", p["loc_text"]),
              ("Numéro du poste du superviseur", p["sup"]["pos"]), ("Titre du poste du superviseur", p["sup"]["title"]),
              ("Classification du superviseur", d.cls(p["sup"]["cls"]))]
    else:
        kv = [("TITRE", p["title"]), ("GROUPE ET NIVEAU", d.cls(p["cls"])), ("CODE DE POSTE", p["job_code"]), ("N° DU POSTE", p["pos"]),
              ("EN VIGUEUR LE", d.date()), ("SECTEUR", p["branch"]), ("ENDROIT", p["loc_text"]),
              ("RELÈVE DE", sup_line(d, "fr"))]
    d.add("kv", kv, "colon-fr")
    heads = [["RESPONSABILITÉ GÉNÉRALE", "STRUCTURE ORGANISATIONNELLE", "NATURE ET ÉTENDUE", "DIMENSIONS", "RESPONSABILITÉS SPÉCIFIQUES", "ATTESTATION"],
             ["Responsabilité générale :", "Structure de l'organisation :", "Nature et portée :", "Dimensions :", "Activités principales :", "Signatures :"],
             ["RESPONSABILITÉS GÉNÉRALES", "ORGANISATION", "NATURE ET ÉTENDUE DU POSTE", "DONNÉES QUANTITATIVES", "RESPONSABILITÉS PARTICULIÈRES", "CERTIFICATION"],
             ["Raison d'être du poste", "Structure organisationnelle", "Contexte", "Dimensions", "Responsabilités spécifiques", "Approbation"]][n % 4]
    d.add("h", heads[0]); d.add("p", p["ga"])
    d.add("h", heads[1])
    d.add("p", f"Le poste de {p['title']} est l'un des {count_word(3 + d.i % 5, 'fr')} postes qui relèvent du poste de {p['sup']['title']}.")
    if n % 2:
        d.add("p", "Relèvent du ou de la titulaire :")
        d.add("list", reports_list(d, "fr", n), "dash")
    else:
        d.add("p", reports_prose(d, "fr", n))
    d.add("h", heads[2])
    d.add("p", dept_para(d))
    for para in p["ns"] + generic(d, 2):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("p", MANAGEMENT_FR)
    d.add("h", heads[3]); d.add("kv", dims_pairs(d, "fr", n), "colon-fr")
    d.add("h", heads[4]); d.add("list", sa_items(d), "num")
    d.add("h", heads[5])
    d.add("p", "Les énoncés qui précèdent décrivent fidèlement les fonctions et les responsabilités du poste.")
    d.add("sig", sig_block(d, "fr", n))
    if n % 2 == 0:
        d.add("sig", decision_block(d, "fr"))


def fam_numbered(d: Doc, n: int, lang: str = "en"):
    p = d.p
    fr = lang == "fr"
    d.add("title", (["WORK DESCRIPTION", "EX WORK DESCRIPTION", "POSITION DESCRIPTION - EXECUTIVE"][n % 3]) if not fr else
          ["DESCRIPTION DE TRAVAIL", "DESCRIPTION DE TRAVAIL (EX)"][n % 2])
    d.add("h", "PART A - POSITION IDENTIFICATION" if not fr else "PARTIE A - IDENTIFICATION DU POSTE")
    if fr:
        kv = [("Titre du poste", p["title"]), ("Groupe/niveau", d.cls(p["cls"])), ("Code d'emploi", p["job_code"]),
              ("No de poste", p["pos"]), ("Date d'effet", d.date()), ("Emplacement", p["loc_text"]),
              ("Supérieur immédiat", sup_line(d, "fr"))]
    elif n == 2:
        kv = [("Title of position", p["title"]), ("Classification level", d.cls(p["cls"])), ("Job no.", p["job_code"]),
              ("Position no.", p["pos"]), ("Date effective", d.date()), ("Service", p["unit"]), ("City", p["loc_text"]),
              ("Reporting to", f"{p['sup']['title']}, {d.cls(p['sup']['cls'])}, #{p['sup']['pos']}")]
    else:
        kv = [("Position Title", p["title"]), ("Group & Level", d.cls(p["cls"])), ("Job Code", p["job_code"]),
              ("Position Nbr", p["pos"]), ("Effective Date", d.date()),
              ("Directorate", p["unit"]), ("Location", p["loc_text"]),
              ("Supervisor", f"{p['sup']['title']} ({d.cls(p['sup']['cls'])}) - Position No. {p['sup']['pos']}")]
    d.add("kv", kv, "colon" if not fr else "colon-fr")
    heads = (["1. GENERAL ACCOUNTABILITY", "2. ORGANIZATION STRUCTURE", "3. NATURE AND SCOPE", "4. DIMENSIONS", "5. SPECIFIC ACCOUNTABILITIES"]
             if not fr else ["1. RESPONSABILITÉ GÉNÉRALE", "2. STRUCTURE ORGANISATIONNELLE", "3. NATURE ET ÉTENDUE", "4. DIMENSIONS",
                             "5. RESPONSABILITÉS SPÉCIFIQUES"])
    if n % 2:
        heads = [h.replace(". ", ") ", 1) for h in heads]
    d.add("h", heads[0]); d.add("p", p["ga"])
    d.add("h", heads[1])
    if d.p["fmt"] == "docx" and n % 2 == 0:
        d.add("p", "The position has the following direct reports:" if not fr else "Les postes suivants relèvent directement du titulaire :")
        header, rows = reports_table(d, lang)
        d.add("table", header, rows)
    else:
        d.add("p", reports_prose(d, lang, n + 2))
    d.add("h", heads[2])
    d.add("p", dept_para(d, lang))
    for para in p["ns"] + generic(d, 3):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("h", heads[3])
    if d.p["fmt"] == "docx":
        d.add("table", ["Dimension", "Amount"] if not fr else ["Dimension", "Montant"], [[a, b] for a, b in dims_pairs(d, lang, n + 1)])
    else:
        d.add("kv", dims_pairs(d, lang, n + 1), "colon")
    d.add("h", heads[4]); d.add("list", sa_items(d), "num")
    d.add("h", "6. SIGNATURES" if n % 2 == 0 else "6) SIGNATURES")
    d.add("sig", sig_block(d, lang, n))


def fam_fr_numbered(d: Doc, n: int):
    fam_numbered(d, n, "fr")


def fam_lettered(d: Doc, n: int, lang: str = "en"):
    p = d.p
    fr = lang == "fr"
    d.add("title", dept_name(d, lang).upper())
    d.add("title", "Executive Work Description" if not fr else "Description de travail - Cadres de direction")
    heads = (["A. Position Identification", "B. General Accountability", "C. Nature and Scope", "D. Dimensions", "E. Specific Accountabilities",
              "F. Signatures"] if not fr else
             ["A. Identification du poste", "B. Responsabilité générale", "C. Nature et étendue", "D. Dimensions",
              "E. Responsabilités spécifiques", "F. Signatures"])
    d.add("h", heads[0])
    if fr:
        kv = [("Titre", p["title"]), ("Niveau", d.cls(p["cls"])), ("Code d'emploi", p["job_code"]), ("Poste no", p["pos"]),
              ("Date d'entrée en vigueur", d.date()), ("Lieu", p["loc_text"]),
              ("Poste du supérieur", p["sup"]["pos"]), ("Titre du supérieur", p["sup"]["title"]), ("Niveau du supérieur", d.cls(p["sup"]["cls"]))]
    elif p["cls_style"] == "(EX-0N)":
        kv = [("Title and level", f"{p['title']} {d.cls(p['cls'])}" if p["cls"].startswith("(") else f"{p['title']} ({p['cls']})"),
              ("Job code", p["job_code"]), ("Position number", p["pos"] or p.get("prov", "")),
              ("Effective", d.date()), ("Location", p["loc_text"]),
              ("Reports to", f"{p['sup']['title']} ({p['sup']['cls']}), position {p['sup']['pos']}")]
    else:
        kv = [("Title", p["title"]), ("Level", d.cls(p["cls"])), ("Job code", p["job_code"]), ("Position number", p["pos"] or p.get("prov", "")),
              ("Effective", d.date()), ("Location", p["loc_text"]),
              ("Reports to", f"{p['sup']['title']} ({d.cls(p['sup']['cls'])}), position {p['sup']['pos']}")]
    d.add("kv", kv, "stacked" if d.p["fmt"] == "docx" else "colon")
    d.add("h", heads[1]); d.add("p", p["ga"])
    d.add("h", heads[2])
    d.add("p", dept_para(d, lang))
    d.add("p", reports_prose(d, lang, n + 1))
    for para in p["ns"] + generic(d, 2):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("p", MANAGEMENT_FR if fr else MANAGEMENT_EN)
    d.add("h", heads[3])
    if d.p["fmt"] == "docx":
        d.add("table", ["", "Budget" if not fr else "Montant"], [[a, b] for a, b in dims_pairs(d, lang, n + 2)])
    else:
        d.add("kv", dims_pairs(d, lang, n + 2), "colon")
    d.add("h", heads[4]); d.add("list", sa_items(d), "letter")
    d.add("h", heads[5]); d.add("sig", sig_block(d, lang, n + 1))


def fam_fr_lettered(d: Doc, n: int):
    fam_lettered(d, n, "fr")


def fam_csr(d: Doc, n: int, lang: str = "en"):
    """The Client Service Results / Key Activities template; structure under Responsibility."""
    p = d.p
    fr = lang == "fr"
    d.add("title", dept_name(d, lang))
    d.add("title", "WORK DESCRIPTION" if not fr else "DESCRIPTION DE TRAVAIL")
    if fr:
        kv = [("Titre du poste", p["title"]), ("Numéro de poste", p["pos"]), ("Groupe et niveau", d.cls(p["cls"])),
              ("Code de l'emploi générique", p["job_code"]), ("Date de la dernière mise à jour", d.date()),
              ("Relève de", sup_line(d, "fr")), ("Lieu géographique", p["loc_text"])]
    else:
        kv = [("Position Title", p["title"]), ("Position Number", p["pos"]), ("Group and Level", d.cls(p["cls"])),
              ("Generic/Job Code", p["job_code"]), ("Effective Date", d.date()),
              ("Reports to", sup_line(d)), ("Geographic Location", p["loc_text"])]
        if n == 2:
            kv = [("Job Title", p["title"]), ("Position #", p["pos"]), ("Group/Level", d.cls(p["cls"])), ("Job Code", p["job_code"]),
                  ("Date", d.date()), ("Immediate Supervisor", sup_line(d)), ("Location", p["loc_text"])]
        if n == 1:
            kv = [("Title", p["title"]), ("Pos. No.", p["pos"]), ("Classification", d.cls(p["cls"])), ("Job No.", p["job_code"]),
                  ("Effective", d.date()), ("Supervisor", sup_line(d)), ("Work Location", p["loc_text"])]
    d.add("kv", kv, "table" if p["fmt"] == "docx" else "colon")
    heads = (["Client Service Results", "Key Activities", "Skill", "Effort", "Responsibility", "Working Conditions"] if not fr else
             ["Résultats axés sur le service à la clientèle", "Activités principales", "Habiletés", "Effort", "Responsabilités",
              "Conditions de travail"])
    if n % 2:
        heads = [h.upper() for h in heads]
    d.add("h", heads[0]); d.add("p", p["ga"])
    d.add("h", heads[1]); d.add("list", sa_items(d), "bullet")
    d.add("h", heads[2])
    d.add("p", ("Knowledge: " if not fr else "Connaissances : ") + dept_para(d, lang))
    d.add("p", ("Experience and judgement: " if not fr else "Expérience et jugement : ") + p["ns"][0])
    d.add("p", ("Contacts: " if not fr else "Communications : ") + generic(d, 1)[-1].split(": ", 1)[-1])
    d.add("h", heads[3])
    d.add("p", CSR_EFFORT_FR if fr else CSR_EFFORT_EN)
    for para in generic(d, 2)[:2]:
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("h", heads[4])
    d.add("p", ("Leadership of human resources: " if not fr else "Direction des ressources humaines : ") + reports_prose(d, lang, n + 3))
    d.add("p", financial_prose(d, lang))
    d.add("p", CSR_WELLBEING_FR if fr else CSR_WELLBEING_EN)
    d.add("h", heads[5])
    d.add("p", "Work environment: office setting with frequent travel; sustained pressure from competing deadlines." if not fr else
          "Milieu de travail : bureau, déplacements fréquents; pression soutenue liée aux échéances.")
    d.add("p", "Risk to health: exposure to stressful situations, long hours during emergencies and periods of peak "
               "demand; minimal risk of injury." if not fr else
          "Risques pour la santé : exposition à des situations stressantes et à de longues heures en période de pointe "
          "ou d'urgence; risque minime de blessure.")
    d.add("sig", sig_block(d, lang, n))


def fam_fr_csr(d: Doc, n: int):
    fam_csr(d, n, "fr")


def fam_memo_cover(d: Doc, n: int):
    p = d.p
    dec = p["decoys"]
    d.add("title", "MEMORANDUM / NOTE DE SERVICE")
    d.add("kv", [("TO", "Director, Classification and Organizational Design"), ("FROM", p["sup"]["title"]),
                 ("DATE", dec["memo_date"]), ("FILE", dec["file"]),
                 ("SUBJECT", f"Request for classification review - position {p['pos']}")], "colon")
    d.add("p", f"Further to the reorganization of the {p['unit']}, please find attached the updated work description for the "
               f"position of {p['title']}. The position is currently classified at the {dec['old_cls']} level as a "
               "non-executive manager position; the attached description reflects the executive accountabilities assigned "
               "to it. Your assistance in convening an EX classification committee would be appreciated.")
    d.add("sig", [p["people"]["signer2"] if n else p["people"]["signer"], "Attachment: work description (4 pages)"])
    d.add("page", None)
    fam_tbs_box(d, 4 + n)


def fam_hris(d: Doc, n: int):
    """A work description printed from an HR system: dotted labels, a run date, system codes."""
    p = d.p
    run = p["decoys"]["run"]
    d.add("title", "HUMAN RESOURCES MANAGEMENT SYSTEM")
    d.add("title", f"POSITION DESCRIPTION REPORT            Run date: {run}     Report ID: PDR0{4 + n}1")
    kv = [("Position Nbr", p["pos"]), ("Eff Date", d.date()), ("Status", "Active"),
          ("Descr", p["title"]), ("Job Code", p["job_code"]), ("Class/Level", d.cls(p["cls"])),
          ("Dept ID", f"{p['dept']}-{p['job_code'][-3:]}"), ("Location", p["loc_text"]), ("Reports To", p["sup"]["pos"]),
          ("Reports To Descr", p["sup"]["title"]), ("Reports To Class", d.cls(p["sup"]["cls"])), ("Language Req", "BBB/CBC Imperative"),
          ("Security", "Secret"), ("Incumbent", p["people"]["incumbent"]), ("Approved By", p["people"]["signer"]),
          ("Last Update", f"{run} HRUSER{12 + n}")]
    d.add("kv", kv, "dots" if p["fmt"] != "docx" else "table")
    d.add("h", "JOB DESCRIPTION TEXT")
    d.add("h", "General Accountability")
    d.add("p", p["ga"])
    d.add("h", "Organization Structure")
    if p["fmt"] == "docx":
        header, rows = reports_table(d, "en")
        d.add("table", header, rows)
    else:
        d.add("list", reports_list(d, "en", n + 2), "dash")
    d.add("h", "Nature and Scope")
    for para in [dept_para(d)] + p["ns"] + generic(d, 2):
        d.add("p", para)
    d.add("p", MANAGEMENT_EN)
    d.add("h", "Dimensions")
    d.add("kv", dims_pairs(d, "en", n + 1) or [("FTEs", "see organization chart")], "colon")
    d.add("h", "Specific Accountabilities")
    d.add("list", sa_items(d), "num")
    d.add("junk", f"*** END OF REPORT ***   {run}   Page 1 of 1")


def fam_profile(d: Doc, n: int, lang: str = "en"):
    """A departmental "position profile": purpose, reporting relationships, scope table."""
    p = d.p
    fr = lang == "fr"
    d.add("title", "POSITION PROFILE" if not fr else "PROFIL DE POSTE")
    d.add("kv", ([("Title", p["title"]), ("Classification Level", d.cls(p["cls"])), ("Position Number", p["pos"]),
                  ("Job Code", p["job_code"]), ("Approved", d.date()), ("Work Location", p["loc_text"])]
                 if not fr else
                 [("Titre", p["title"]), ("Niveau de classification", d.cls(p["cls"])), ("Numéro de poste", p["pos"]),
                  ("Code d'emploi", p["job_code"]), ("Approuvé le", d.date()), ("Lieu de travail", p["loc_text"])]),
          "table" if p["fmt"] == "docx" else "colon")
    d.add("h", "Purpose of the position" if not fr else "Raison d'être du poste")
    d.add("p", p["ga"])
    d.add("h", "Reporting relationships" if not fr else "Liens hiérarchiques")
    d.add("p", ("Reports to: " if not fr else "Relève de : ") + sup_line(d, lang))
    d.add("p", "Direct reports:" if not fr else "Subordonnés directs :")
    d.add("list", reports_list(d, lang, n + 3), "bullet")
    d.add("h", "Context" if not fr else "Contexte")
    for para in [dept_para(d, lang)] + p["ns"] + generic(d, 2):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("h", "Key responsibilities" if not fr else "Principales responsabilités")
    d.add("list", sa_items(d), "bullet")
    d.add("h", "Scope" if not fr else "Portée")
    pairs = dims_pairs(d, lang, n + 2)
    if p["fmt"] == "docx":
        d.add("table", ["Resource", "Amount"] if not fr else ["Ressource", "Montant"], [[a, b] for a, b in pairs])
    else:
        d.add("kv", pairs, "colon")
    d.add("sig", sig_block(d, lang, n))


def fam_fr_profile(d: Doc, n: int):
    fam_profile(d, n, "fr")


def fam_stacked(d: Doc, n: int, lang: str = "en"):
    """A form whose labels sit on one line and values on the next (a Word form's fields)."""
    p = d.p
    fr = lang == "fr"
    d.add("title", dept_name(d, lang))
    d.add("title", "Work Description" if not fr else "Description de travail")
    kv = ([("Position title", p["title"]), ("Group and level", d.cls(p["cls"])), ("Job code", p["job_code"]),
           ("Position number", p["pos"]), ("Effective date", d.date()),
           ("Supervisor - position number", p["sup"]["pos"]), ("Supervisor - title", p["sup"]["title"]),
           ("Supervisor - group and level", d.cls(p["sup"]["cls"])), ("Location", p["loc_text"])] if not fr else
          [("Titre du poste", p["title"]), ("Groupe et niveau", d.cls(p["cls"])), ("Code de l'emploi", p["job_code"]),
           ("Numéro de poste", p["pos"]), ("Date d'entrée en vigueur", d.date()),
           ("Supérieur - numéro de poste", p["sup"]["pos"]), ("Supérieur - titre", p["sup"]["title"]),
           ("Supérieur - groupe et niveau", d.cls(p["sup"]["cls"])), ("Ville", p["loc_text"])])
    d.add("kv", kv, "stacked")
    d.add("h", "General accountability" if not fr else "Responsabilité générale")
    d.add("p", p["ga"])
    d.add("h", "Organization structure" if not fr else "Structure organisationnelle")
    d.add("p", reports_prose(d, lang, n))
    d.add("h", "Nature and scope" if not fr else "Nature et étendue")
    for para in [dept_para(d, lang)] + p["ns"] + generic(d, 3):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("h", "Dimensions")
    for a, b in dims_pairs(d, lang, n):
        d.add("p", f"{a} : {b}" if fr else f"{a}: {b}")
    d.add("h", "Specific accountabilities" if not fr else "Responsabilités spécifiques")
    d.add("list", sa_items(d), "num")
    d.add("sig", sig_block(d, lang, n))


def fam_fr_stacked(d: Doc, n: int):
    fam_stacked(d, n, "fr")


def fam_tbs_table(d: Doc, n: int, lang: str = "en"):
    """The header fields in a Word table (two labels and values a row), then the classic sections."""
    p = d.p
    fr = lang == "fr"
    d.add("title", "Executive Group Work Description" if not fr else "Description de travail du groupe de la direction")
    cells = ([("Position title", p["title"]), ("Position number", p["pos"]), ("Classification", d.cls(p["cls"])),
              ("Job code", p["job_code"]), ("Effective date", d.date()), ("Location", p["loc_text"]),
              ("Supervisor position title", p["sup"]["title"]), ("Supervisor position number", p["sup"]["pos"]),
              ("Supervisor classification", d.cls(p["sup"]["cls"])), ("Division", p["unit"])] if not fr else
             [("Titre du poste", p["title"]), ("No du poste", p["pos"]), ("Classification", d.cls(p["cls"])),
              ("Code d'emploi", p["job_code"]), ("En vigueur", d.date()), ("Lieu", p["loc_text"]),
              ("Titre du poste du supérieur", p["sup"]["title"]), ("No du poste du supérieur", p["sup"]["pos"]),
              ("Classification du supérieur", d.cls(p["sup"]["cls"])), ("Division", p["unit"])])
    d.add("table", None, [[a, b, c, e] for (a, b), (c, e) in zip(cells[0::2], cells[1::2])])
    heads = (["General Accountability", "Organization Structure", "Nature and Scope", "Dimensions", "Specific Accountabilities"] if not fr else
             ["Responsabilité générale", "Structure organisationnelle", "Nature et étendue", "Dimensions", "Responsabilités spécifiques"])
    d.add("h", heads[0]); d.add("p", p["ga"])
    d.add("h", heads[1])
    d.add("p", (f"The {p['title']} reports to the {p['sup']['title']}. The Director's direct reports are:" if not fr else
                f"Le poste de {p['title']} relève du poste de {p['sup']['title']}. Ses subordonnés directs sont les suivants :"))
    header, rows = reports_table(d, lang)
    d.add("table", header, rows)
    d.add("h", heads[2])
    for para in [dept_para(d, lang)] + p["ns"] + generic(d, 2):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("p", MANAGEMENT_FR if fr else MANAGEMENT_EN)
    d.add("h", heads[3])
    d.add("table", None, [[a, b] for a, b in dims_pairs(d, lang, n + 1)])
    d.add("h", heads[4]); d.add("list", sa_items(d), "num")
    d.add("sig", sig_block(d, lang, n))


def fam_fr_table(d: Doc, n: int):
    fam_tbs_table(d, n, "fr")


def fam_tbs_paras(d: Doc, n: int):
    """Word paragraphs 'Label: value' with bold labels, Heading styles, a dimensions table."""
    p = d.p
    d.add("title", f"{dept_name(d)} - {p['branch']}")
    d.add("kv", [("Title", p["title"]), ("Classification", d.cls(p["cls"])), ("Job code", p["job_code"]),
                 ("Position no.", p["pos"]), ("Effective date", d.date()), ("Centre", p["unit"]),
                 ("Location", p["loc_text"]), ("Reports to", sup_line(d))], "colon")
    d.add("h", "General Accountability"); d.add("p", p["ga"])
    d.add("h", "Organization Structure")
    d.add("p", reports_prose(d, "en", n + 1))
    d.add("h", "Nature and Scope")
    for para in [dept_para(d)] + p["ns"] + generic(d, 3):
        d.add("p", para)
    d.blocks += challenges(d)
    d.add("h", "Dimensions")
    d.add("table", ["", "2015-16"], [[a, b] for a, b in dims_pairs(d, "en", n + 3)])
    d.add("h", "Specific Accountabilities"); d.add("list", sa_items(d), "bullet")
    d.add("sig", sig_block(d, "en", n))


def fam_bi_table(d: Doc, n: int):
    """A bilingual Word form: 'English label / libellé français' and the value; sections in both languages."""
    p = d.p
    d.add("title", "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL")
    d.add("kv", [("Position Title / Titre du poste", f"{p['title']} / {p['title_fr']}"),
                 ("Group and Level / Groupe et niveau", d.cls(p["cls"])), ("Job Code / Code d'emploi", p["job_code"]),
                 ("Position Number / Numéro de poste", p["pos"]),
                 ("Effective Date / Date d'entrée en vigueur", d.date()),
                 ("Location / Lieu", p["loc_text"]),
                 ("Supervisor's Position Number / Numéro de poste du superviseur", p["sup"]["pos"]),
                 ("Supervisor's Title / Titre du superviseur", f"{p['sup']['title']} / {p['sup']['title_fr']}"),
                 ("Supervisor's Classification / Classification du superviseur", d.cls(p["sup"]["cls"]))], "table")
    for en_h, fr_h, en, fr in (("GENERAL ACCOUNTABILITY", "RESPONSABILITÉ GÉNÉRALE", [p["ga"]], [p["ga_fr"]]),
                               ("NATURE AND SCOPE", "NATURE ET ÉTENDUE", [dept_para(d, "en")] + p["ns"], [dept_para(d, "fr")] + p["ns_fr"])):
        d.add("table", [en_h, fr_h], [[a, b] for a, b in zip(en, fr)])
    d.add("h", "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE")
    header, rows = reports_table(d, "en")
    d.add("table", ["Position / Poste", "Group-Level / Groupe-niveau", "FTEs / ETP"],
          [[f"{r[0]} / {fr}", r[1], r[2]] for r, fr in zip(rows, p["reports_fr"])])
    d.add("h", "DIMENSIONS")
    d.add("table", None, [[f"{a} / {b}", c] for (a, c), (b, _) in zip(dims_pairs(d, "en", 0), dims_pairs(d, "fr", 0))])
    d.add("table", ["SPECIFIC ACCOUNTABILITIES", "RESPONSABILITÉS SPÉCIFIQUES"], [[a, b] for a, b in zip(p["sa"], p["sa_fr"])])
    d.add("sig", sig_block(d, "en", n))


def fam_bi_columns(d: Doc, n: int):
    """A bilingual form scanned: the English column and the French column read across, line by line."""
    p = d.p
    left = Doc(dict(p, lang="en"), d.i)
    right = Doc(dict(p, lang="fr", title=p["title_fr"], ga=p["ga_fr"], ns=p["ns_fr"], sa=p["sa_fr"],
                     sup=dict(p["sup"], title=p["sup"]["title_fr"])), d.i)
    for side, lang in ((left, "en"), (right, "fr")):
        fr = lang == "fr"
        side.add("kv", [("Position Title" if not fr else "Titre du poste", side.p["title"]),
                        ("Classification", d.cls(p["cls"])), ("Job Code" if not fr else "Code d'emploi", p["job_code"]),
                        ("Position No." if not fr else "No de poste", p["pos"]),
                        ("Effective Date" if not fr else "Date d'entrée en vigueur", d.date()),
                        ("Location" if not fr else "Lieu", p["loc_text"]),
                        ("Reports to" if not fr else "Relève de", sup_line(side, lang))], "colon")
        side.add("h", "GENERAL ACCOUNTABILITY" if not fr else "RESPONSABILITÉ GÉNÉRALE"); side.add("p", side.p["ga"])
        side.add("h", "ORGANIZATION STRUCTURE" if not fr else "STRUCTURE ORGANISATIONNELLE")
        side.add("list", reports_list(side, lang, 3), "dash")
        side.add("h", "NATURE AND SCOPE" if not fr else "NATURE ET ÉTENDUE")
        for para in [dept_para(side, lang)] + side.p["ns"]:
            side.add("p", para)
        side.add("h", "DIMENSIONS"); side.add("kv", dims_pairs(side, lang, 0), "colon")
        side.add("h", "SPECIFIC ACCOUNTABILITIES" if not fr else "RESPONSABILITÉS SPÉCIFIQUES"); side.add("list", side.p["sa"], "num")
    d.add("title", "WORK DESCRIPTION                                   DESCRIPTION DE TRAVAIL")
    d.add("columns", left.blocks, right.blocks)
    d.add("sig", sig_block(d, "en", n))


def fam_en_then_fr(d: Doc, n: int):
    """The English work description, then its French translation, in one file."""
    p = d.p
    fr_p = dict(p, lang="fr", title=p["title_fr"], ga=p["ga_fr"], ns=p["ns_fr"], sa=p["sa_fr"],
                sup=dict(p["sup"], title=p["sup"]["title_fr"]), reports=[dict(r, title=t) for r, t in zip(p["reports"], p["reports_fr"])],
                branch=p["branch_fr"], money_style="fr_M", date_style="le d Month Y")
    fam_stacked(d, n, "en")
    d.add("page", None)
    french = Doc(fr_p, d.i)
    fam_fr_box(french, 3)
    d.blocks += french.blocks


def fam_plain(d: Doc, n: int):
    """A form saved as text: underlined headings, labels padded with spaces."""
    p = d.p
    d.add("title", f"{dept_name(d)}\n{'=' * len(dept_name(d))}")
    d.add("title", "EXECUTIVE POSITION - WORK DESCRIPTION")
    d.add("kv", [("Position title", p["title"]), ("Classification", d.cls(p["cls"])), ("Job code", p["job_code"]),
                 ("Position number", p["pos"]), ("Effective date", d.date()),
                 ("Branch", p["branch"]), ("Location", p["loc_text"]),
                 ("Supervisor", f"{p['sup']['title']}, {d.cls(p['sup']['cls'])} (pos. {p['sup']['pos']})")], "padded")
    d.add("h", "GENERAL ACCOUNTABILITY\n----------------------"); d.add("p", p["ga"])
    d.add("h", "ORGANIZATION STRUCTURE\n----------------------")
    d.add("p", f"The Executive Director reports to the {p['sup']['title']}. Direct reports:")
    d.add("list", reports_list(d, "en", 0), "bullet")
    d.add("h", "NATURE AND SCOPE\n----------------")
    for para in [dept_para(d)] + p["ns"] + generic(d, 3):
        d.add("p", "The Executive Director\u2019s " + para[0].lower() + para[1:] if para is p["ns"][0] else para)
    d.add("h", "DIMENSIONS\n----------"); d.add("kv", dims_pairs(d, "en", 1), "padded")
    d.add("h", "SPECIFIC ACCOUNTABILITIES\n-------------------------"); d.add("list", sa_items(d), "num")
    d.add("sig", sig_block(d, "en", 0))


def fam_markdown(d: Doc, n: int):
    p = d.p
    d.add("title", f"# {p['title']}")
    d.add("p", f"**{dept_name(d)}** | {p['branch']}")
    d.add("h", "## Position details")
    d.add("kv", [("Classification", d.cls(p["cls"])), ("Job code", p["job_code"]), ("Position number", p["pos"]),
                 ("Effective", d.date()), ("Location", p["loc_text"]),
                 ("Reports to", sup_line(d))], "md")
    d.add("h", "## General accountability"); d.add("p", p["ga"])
    d.add("h", "## Organization")
    header, rows = reports_table(d, "en")
    d.add("mdtable", header, rows)
    d.add("h", "## Nature and scope")
    for para in [dept_para(d)] + p["ns"] + generic(d, 3):
        d.add("p", para)
    d.add("h", "## Dimensions"); d.add("kv", dims_pairs(d, "en", 2), "md")
    d.add("h", "## Specific accountabilities"); d.add("list", sa_items(d), "num")
    d.add("sig", sig_block(d, "en", 1))


FAMILIES = {name[4:]: fn for name, fn in globals().items() if name.startswith("fam_")}


# --- text, and its damage --------------------------------------------------------------------

MARKERS = {"bullet": lambda k: "\u2022 ", "dash": lambda k: "- ", "num": lambda k: f"{k + 1}. ",
           "letter": lambda k: f"({'abcdefghij'[k]}) "}


def block_lines(block: tuple, lang: str) -> list[str]:
    kind = block[0]
    if kind in ("title", "h", "p", "junk"):
        return [block[1]]
    if kind == "kv":
        pairs, style = block[1], block[2]
        if style == "stacked":
            return [line for a, b in pairs for line in (a, b)]
        if style == "dots":
            return [f"{a} {'.' * (22 - len(a))} {b}" for a, b in pairs]
        if style == "padded":
            return [f"{a + ':':<20}{b}" for a, b in pairs]
        if style == "md":
            return [f"- **{a}:** {b}" for a, b in pairs]
        sep = " : " if style == "colon-fr" else ": "
        return [f"{a}{sep}{b}" for a, b in pairs]
    if kind == "list":
        return [MARKERS[block[2]](k) + item for k, item in enumerate(block[1])]
    if kind == "table":
        rows = ([block[1]] if block[1] else []) + block[2]
        return ["    ".join(c for c in row if c) for row in rows]
    if kind == "mdtable":
        return (["| " + " | ".join(block[1]) + " |", "|" + "---|" * len(block[1])]
                + ["| " + " | ".join(r) + " |" for r in block[2]])
    if kind == "sig":
        return list(block[1])
    if kind == "page":
        return ["\f"]
    if kind == "columns":
        return column_lines(block[1], block[2])
    raise ValueError(kind)


def wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + [line]


def column_lines(left: list[tuple], right: list[tuple]) -> list[str]:
    def lines(blocks):
        return [w for b in blocks for line in block_lines(b, "") for w in wrap(line, 48)]
    a, b = lines(left), lines(right)
    a += [""] * (len(b) - len(a))
    b += [""] * (len(a) - len(b))
    return [f"{x:<50}{y}".rstrip() for x, y in zip(a, b)]


def to_text(d: Doc) -> str:
    out = []
    for block in d.blocks:
        out += block_lines(block, d.lang)
        if block[0] in ("p", "h", "title", "sig", "table", "list", "kv", "mdtable", "junk") and d.p["fmt"] in ("md", "txt", "txt-cp1252"):
            out.append("")
    return "\n".join(out).replace("\n\f\n", "\n\n")


DIGIT_SWAPS = {"0": "O", "1": "I", "5": "S"}
WORD_SWAPS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("e", "c"), ("l", "1"), ("cl", "d"), ("fi", "f"), ("t", "l"),
              ("o", "a"), ("i", "l"), ("u", "ii"), ("h", "b")]


def damage_digits(text: str, rng: random.Random, rate: float) -> str:
    def token(m):
        t = m.group(0)
        if rng.random() > rate:
            return t
        pos = [k for k, ch in enumerate(t) if ch in DIGIT_SWAPS]
        if not pos:
            return t
        k = rng.choice(pos)
        return t[:k] + DIGIT_SWAPS[t[k]] + t[k + 1:]
    return re.sub(r"[0-9][0-9,.]*[0-9]|(?<=EX-)[0-9]+|(?<=\$)[0-9]+", token, text)


def damage_words(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < rate and len(w) > 3 and w.isalpha():
            a, b = rng.choice(WORD_SWAPS)
            if a in w:
                w = w.replace(a, b, 1)
        elif r < rate * 1.4 and out:
            out[-1] += w  # two words run together
            continue
        elif r < rate * 1.7:
            w += " "
        out.append(w)
    return " ".join(out)


def ocr_text(d: Doc) -> str:
    """The text an OCR engine gives of the printed, signed and scanned document."""
    rng, mode, p = d.rng, d.p["ocr"], d.p
    digit_rate = 0.12 + 0.25 * rng.random()
    word_rate = 0.015 + 0.03 * rng.random()
    lines: list[str] = []
    for block in d.blocks:
        kind = block[0]
        if kind == "page":
            continue
        if kind in ("p", "list"):
            for line in block_lines(block, d.lang):
                text = damage_words(line, rng, word_rate)
                lines += wrap(text, 68 if mode == "hyphen" else 86) if mode != "run" else [text]
        else:
            lines += block_lines(block, d.lang)
    if mode == "hyphen":
        lines = hyphenate(lines, rng)
    lines = [damage_digits(line, rng, digit_rate) for line in lines]
    stamp = p["decoys"].get("stamp")
    footer = f"{p['title'][:38]}" if p["lang"] == "en" else f"{p['title'][:38]}"
    if mode == "run":
        pages, size = [], max(20, len(lines) // 3)
        for k in range(0, len(lines), size):
            pages.append(" ".join(lines[k:k + size]))
        body = pages[0]
        for k, page in enumerate(pages[1:], 2):
            body += f" {footer} Page {k - 1} of {len(pages)} {page}" if k % 2 else f" {k - 1} {DEPTS[p['dept']][1 if p['lang'] == 'fr' else 0]} {page}"
        if stamp:
            body = body.replace(" NATURE", f" {stamp} NATURE", 1).replace(" Nature", f" {stamp} Nature", 1)
        body += " " + rng.choice(["~ !!; .: ' , ;;", "| I l ; ~ ,", "(i (CO;!;*;*; ! ~ ! !"])
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    if mode == "columns":
        lines = interleave_structure(lines)
    out, page = [], 1
    per_page = 48 if mode != "bilingual" else 60
    for k, line in enumerate(lines):
        if k and k % per_page == 0:
            page += 1
            out += ["", f"{page}", f"{DEPTS[p['dept']][0 if p['lang'] != 'fr' else 1]} - {footer}", ""]
        out.append(line)
        if stamp and k == 12:
            out.append(stamp)
    out.append(rng.choice(["", "' , . ;", "|||  l  . ~"]))
    return "\n".join(out) + "\n"


def hyphenate(lines: list[str], rng: random.Random) -> list[str]:
    """Split the last long word of some lines over the line end, as a justified print does."""
    out = []
    for line in lines:
        words = line.split(" ")
        last = words[-1] if words else ""
        if len(line) > 50 and len(last) > 8 and last.isalpha() and rng.random() < 0.35:  # running text, not headings
            cut = len(last) // 2
            out += [" ".join(words[:-1] + [last[:cut] + "-"])]
            out.append(last[cut:])
        else:
            out.append(line)
    # a word's second half starts the next line, before that line's own words
    joined, merged, k = out, [], 0
    while k < len(joined):
        if joined[k].endswith("-") and k + 1 < len(joined) and " " not in joined[k + 1] and k + 2 < len(joined):
            merged += [joined[k], joined[k + 1] + " " + joined[k + 2]]
            k += 3
        else:
            merged.append(joined[k])
            k += 1
    return merged


def interleave_structure(lines: list[str]) -> list[str]:
    """Read the organization structure (left column) and dimensions (right column) across."""
    def find(prefixes):
        return next((k for k, l in enumerate(lines) if l.strip().upper().startswith(prefixes)), None)
    s = find(("ORGANIZATION", "ORGANISATION", "STRUCTURE", "C. NATURE", "C. STRUCTURE"))
    n = find(("NATURE", "C. NATURE", "CONTEXTE"))
    dims = find(("DIMENSIONS", "D. DIMENSIONS", "KEY DIMENSIONS", "DONNÉES"))
    if s is None or dims is None:
        return lines
    end = next((k for k in range(dims + 1, len(lines)) if lines[k].isupper() or lines[k][:2] in ("E.", "5.")), len(lines))
    if n is not None and s < n < dims:
        left = [w for l in lines[s:n] for w in wrap(l, 44)]
        right = lines[dims:end]
        rest_before, middle, rest_after = lines[:s], lines[n:dims], lines[end:]
    else:
        left = [w for l in lines[s:dims] for w in wrap(l, 44)]
        right, rest_before, middle, rest_after = lines[dims:end], lines[:s], [], lines[end:]
    right += [""] * (len(left) - len(right))
    across = [f"{a:<46}{b}".rstrip() for a, b in zip(left, right)] + right[len(left):]
    return rest_before + across + middle + rest_after


# --- files -----------------------------------------------------------------------------------

FIXED = (2024, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The same .docx with fixed member dates, so that every run writes the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED), src.read(info.filename), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def new_docx(author: str) -> docx.Document:
    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by = author, author
    props.created = props.modified = dt.datetime(2024, 1, 1)
    props.revision = 1
    return document


def docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return fixed_zip(buf.getvalue())


def to_docx(d: Doc) -> bytes:
    document = new_docx(d.p["people"]["signer"])
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)
    section = document.sections[0]
    section.header.paragraphs[0].text = ("PROTECTED B (when completed)" if d.lang != "fr" else "PROTÉGÉ B (une fois rempli)")
    section.footer.paragraphs[0].text = f"{d.p['job_code']} - {d.p['title'][:40]}"
    heading_style = d.i % 3 == 0
    for block in d.blocks:
        kind = block[0]
        if kind == "title":
            para = document.add_paragraph()
            para.add_run(block[1]).bold = True
        elif kind == "h":
            if heading_style:
                document.add_heading(block[1], level=2)
            else:
                para = document.add_paragraph()
                run = para.add_run(block[1])
                run.bold = True
                run.underline = d.i % 2 == 0
        elif kind in ("p", "junk"):
            document.add_paragraph(block[1])
        elif kind == "kv":
            pairs, style_ = block[1], block[2]
            if style_ == "table":
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                for a, b in pairs:
                    cells = table.add_row().cells
                    cells[0].text, cells[1].text = a, b
            elif style_ == "stacked":
                for a, b in pairs:
                    document.add_paragraph().add_run(a).bold = True
                    document.add_paragraph(b)
            else:
                for a, b in pairs:
                    para = document.add_paragraph()
                    para.add_run(a + (" : " if style_ == "colon-fr" else ": ")).bold = True
                    para.add_run(b)
        elif kind == "list":
            for k, item in enumerate(block[1]):
                if block[2] == "bullet":
                    document.add_paragraph(item, style="List Bullet")
                elif block[2] == "num" and d.i % 2:
                    document.add_paragraph(item, style="List Number")
                else:
                    document.add_paragraph(MARKERS[block[2]](k) + item)
        elif kind == "table":
            header, rows = block[1], block[2]
            table = document.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for k, row in enumerate(([header] if header else []) + rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
                    if header and k == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        elif kind == "sig":
            for line in block[1]:
                document.add_paragraph(line)
        elif kind == "page":
            document.add_page_break()
    return docx_bytes(document)


def to_pdf(d: Doc) -> bytes:
    lines = [w for line in to_text(d).replace("\u00a0", " ").split("\n") for w in (wrap(line, 100) if line else [""])]
    pages, per = [], 66
    chunks = [lines[k:k + per] for k in range(0, len(lines), per)]
    for k, chunk in enumerate(chunks):
        pages.append("\n".join(chunk + ["", f"{d.p['title'][:60]}        {k + 1} / {len(chunks)}"]))
    return pdf_bytes(pages)


def write_document(d: Doc) -> bytes:
    fmt = d.p["fmt"]
    if fmt == "docx":
        return to_docx(d)
    if fmt == "pdf":
        return to_pdf(d)
    if fmt == "ocr":
        return ocr_text(d).encode("utf-8")
    if fmt == "txt-cp1252":
        return to_text(d).replace("\n", "\r\n").encode("cp1252")
    return (to_text(d) + "\n").encode("utf-8")


# --- ground truth ----------------------------------------------------------------------------

def truth(p: dict) -> dict:
    bilingual = p["lang"] == "bilingual"
    fields = {
        "title": [p["title"], p["title_fr"]] if bilingual else p["title"],
        "classification": p["cls"], "job_code": p["job_code"], "position_number": p["pos"], "effective_date": p["date"],
        "supervisor": {"position_number": p["sup"]["pos"],
                       "title": [p["sup"]["title"], p["sup"]["title_fr"]] if bilingual else p["sup"]["title"],
                       "classification": p["sup"]["cls"]},
        "direct_reports": [{"title": [r["title"], t] if bilingual else r["title"], "classification": r["classification"],
                            "fte": r["fte"]} for r, t in zip(p["reports"], p.get("reports_fr") or [r["title"] for r in p["reports"]])],
        "salary": p.get("salary"), "o_and_m": p.get("om"), "total": p.get("total"), "location": p["loc"],
    }
    not_stated = [k for k in ("position_number", "salary", "o_and_m", "total") if fields[k] is None]
    people = [re.sub(r"^(Dr\.|Colonel \(Ret'd\)|Colonel|Brigadier-General \(Ret'd\)) ", "", name) for name in p["people"].values()]
    return {"document": p["doc"], "kind": p["kind"], "language": p["lang"], "outcome": "import", "fields": fields,
            "not_stated": not_stated,
            "also": {"fte": p.get("fte"), "operating_budget": p.get("op_budget"), "program_budget": p.get("prog_budget"),
                     "provisional_number": p.get("prov")},
            "people": people, "family": p["family"],
            "versions": versions(p)}


def versions(p: dict) -> dict:
    """The documents of the same position (an older and a newer work description) and whether this is the newest."""
    same = [q for q in POSITIONS if p["pos"] and q["pos"] == p["pos"]] or [p]
    return {"position": p["pos"] or p.get("prov"), "documents": [q["doc"] for q in same],
            "newest": p["date"] == max(q["date"] for q in same)}


# --- documents to refuse ---------------------------------------------------------------------

POSTER = [
    "Canadian Heritage - Patrimoine canadien",
    "Selection process number: 2024-PCH-EA-OLHR-418802",
    "Director, Museums Assistance Program (EX-01)",
    "Gatineau (Québec)",
    "Closing date: 15 March 2024 - 23:59, Pacific Time",
    "Who can apply: Persons employed in the public service occupying a position in the National Capital Region.",
    "Salary: $128,528 to $151,164",
    "Apply online",
    "Important messages",
    "We will accept applications on-line only. All job applications must be submitted through the Public Service "
    "Resourcing System.",
    "Duties",
    "The Director leads a team of program officers who deliver grants and contributions to museums and heritage "
    "institutions across Canada.",
    "Intent of the process",
    "A pool of qualified candidates may be established and may be used to staff similar positions with various "
    "tenures, linguistic profiles and security requirements.",
    "Essential qualifications",
    "Graduation with a degree from a recognized post-secondary institution, or an acceptable combination of "
    "education, training and/or experience.",
    "Significant experience in managing human and financial resources.",
    "Experience in providing strategic advice to senior management on complex issues.",
    "Key leadership competencies: create vision and strategy; mobilize people; uphold integrity and respect; "
    "collaborate with partners and stakeholders; promote innovation and guide change; achieve results.",
    "Conditions of employment: Secret security clearance.",
    "The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the "
    "Canadians we serve.",
    "Contact information: Sarah Whitfield, pch.dotationexecutive-executivestaffing@example.gc.ca",
]

MEMO = """Org chart notes - ADM(Mat) reorg working session - 2021-09-16
Attendees: DG Materiel Systems, DG Acquisition Services, HR advisor (A. Nakamura), Org & Class (B. Santos)

1. Current state
   - DG Land Equipment Program Management (EX-03, pos 00047112) - 4 directors, ~310 FTE
   - Director Land Vehicles (EX-01, pos 00047150) -> moving under new DG?
   - Dir Soldier Systems EX-01 vacant since June, acting: L. Mercier
2. Proposed
   - split DGLEPM in two: DG Land Vehicles and Weapons / DG Soldier Systems and C4ISR
   - new EX-02 Director of Program Integration (pos TBD), 3 managers EG-07/EN-ENG-05
   - Salary envelope est. $2.1M, O&M to be confirmed w/ CFO
3. Action items
   - HR to draft WDs for 2 new EX-01 and 1 EX-02 by Oct 8
   - Org&Class to run preliminary Hay eval, check AMI
   - Next meeting 2021-09-30 10:00, Room 5N-112 / MS Teams

NOT A WORK DESCRIPTION - working notes only, do not file
"""

LETTER = [
    "Ottawa, le 3 novembre 2022",
    "",
    "Madame Julie Fontaine",
    "Directrice par intérim, Services à la clientèle",
    "Agence canadienne d'inspection des aliments",
    "",
    "Objet : Nomination intérimaire au poste de directrice, Opérations de l'Est (EX-01), poste 30522",
    "",
    "Madame,",
    "",
    "J'ai le plaisir de vous confirmer votre nomination intérimaire au poste de directrice, Opérations de l'Est, "
    "classifié au niveau EX-01, à compter du 14 novembre 2022 et jusqu'au 31 mars 2023.",
    "Pendant cette période, vous relèverez du vice-président, Opérations, et vous serez responsable d'une équipe "
    "d'environ 240 employés ainsi que d'un budget salarial de 21,3 M$.",
    "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres supérieurs. "
    "Les autres conditions de votre emploi demeurent inchangées.",
    "Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.",
    "",
    "Le vice-président, Opérations,",
    "Robert Thibodeau",
    "",
    "c.c. Dossier personnel; Centre des services de paye",
]


def garbage_scan(rng: random.Random) -> str:
    chars = "il1|!.,;:'`~-_=rnmIOo0[]{}()/\\ "
    lines = ["".join(rng.choice(chars) for _ in range(rng.randint(8, 70))) for _ in range(40)]
    lines[3] = "I  ,. Wo rk De:;cr 1p ~ i0n  .  |"
    lines[17] = "E X - O ? ; ;  P0s  1t ' on  ~ ~"
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(lines) + "\n"


def refusals() -> list[tuple[str, bytes, str, str]]:
    """(document, bytes, kind, language) of the documents to refuse."""
    rng = random.Random(7)
    poster = new_docx("PSRS")
    for k, line in enumerate(POSTER):
        para = poster.add_paragraph()
        para.add_run(line).bold = k in (2, 8, 10, 12, 14)
    empty = new_docx("")
    letter = pdf_bytes(["\n".join(w for line in LETTER for w in (wrap(line, 95) if line else [""]))])
    return [("Poster - Director Museums Assistance (EX-01).docx", docx_bytes(poster), "refuse-poster", "en"),
            ("ADMMat reorg org chart notes.txt", MEMO.encode("utf-8"), "refuse-memo", "en"),
            ("Lettre nomination interimaire EX-01.pdf", letter, "refuse-letter", "fr"),
            ("scan_0047_illisible.txt", garbage_scan(rng).encode("utf-8"), "refuse-scan", "fr"),
            ("WD template blank.docx", docx_bytes(empty), "refuse-empty", "en")]


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    ranks: dict[str, int] = {}
    for index, p in enumerate(POSITIONS):
        n = ranks[p["family"]] = ranks.get(p["family"], -1) + 1
        d = Doc(p, index)
        FAMILIES[p["family"]](d, n)
        (corpus / p["doc"]).write_bytes(write_document(d))
        dump(expected / f"{p['doc']}.expected.yaml", truth(p))
    for name, data, kind, lang in refusals():
        (corpus / name).write_bytes(data)
        dump(expected / f"{name}.expected.yaml", {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                                  "fields": None, "people": []})
    print(f"{len(POSITIONS)} work descriptions and 5 documents to refuse written to {corpus}")
    return 0


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
