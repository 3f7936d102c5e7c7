#!/usr/bin/env python3
"""Write the ninth blind corpus for ``hrkit import``: the documents in ``corpus/`` and their
ground truth in ``expected/`` (the schema of ``bench/import/expected``).

    python bench/import/blind8/make_blind.py

Written without reading the importer, the other corpora or their generators. The positions are
in ``positions_blind.py``; this file says how each document of the folder is laid out (Word
tables, scans, PDFs, plain text; English, French, bilingual; draft, signed and revised copies)
and renders it. Everything is seeded by the file name, so two runs write the same bytes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import math
import random
import re
import shutil
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import docx
import yaml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2] / "tests")]
from import_files import pdf_bytes  # noqa: E402  (the tests' PDF writer: a text layer in Helvetica)
from positions_blind import BY_KEY, Position, Report  # noqa: E402

R = Report

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
KIND = {"docx": "docx", "ocr": "ocr", "pdf": "pdf", "txt": "text"}

# --- how values are written ----------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(iso: str, style: str) -> str:
    d = dt.date.fromisoformat(iso)
    en, fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    day_fr = "1er" if d.day == 1 else str(d.day)
    th = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{d.day} {en} {d.year}", "us": f"{en} {d.day}, {d.year}", "ord": f"{en} {d.day}{th}, {d.year}",
            "iso": d.isoformat(), "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "dmy": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "upper": f"{d.day:02d} {en[:3].upper()} {d.year}", "abbr": f"{en[:3]}. {d.day}, {d.year}",
            "fr_long": f"{day_fr} {fr} {d.year}", "fr_le": f"le {day_fr} {fr} {d.year}",
            "fr_dmy": f"{d.day:02d}-{d.month:02d}-{d.year}", "fr_slash": f"{d.day:02d}/{d.month:02d}/{d.year}"}[style]


def fmt_cls(code: str | None, style: str) -> str:
    if not code:
        return ""
    group, level = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)?)-(\d+)", code).groups()
    return {"std": code, "space": f"{group} {level}", "short": f"{group}-{int(level)}",
            "nodash": f"{group}{level}"}[style]


def _decimal(value: float, sep: str) -> str | None:
    """``value`` with at most two decimals, trailing zeros dropped; None when that is not exact."""
    for places in (0, 1, 2):
        if round(value, places) == value or abs(round(value, places) - value) < 1e-9:
            return f"{value:.{places}f}".replace(".", sep)
    return None


def fmt_money(amount: int, style: str) -> str:
    fr = style.startswith("fr")
    thousands = f"{amount:,}".replace(",", "\u00a0" if style == "fr_nbsp" else " ") if fr else f"{amount:,}"
    full = f"{thousands} $" if fr else f"${thousands}"
    sep = "," if fr else "."
    if style in ("full", "fr_full", "fr_nbsp"):
        return full
    if amount >= 1_000_000_000 and (b := _decimal(amount / 1e9, sep)):
        return {"M": f"${b}B", "Mword": f"${b} billion", "dollars": f"{b} billion dollars", "Msp": f"$ {b} B",
                "fr_M": f"{b} G$", "fr_Mword": f"{b} milliards de dollars"}[style]
    if amount >= 1_000_000 and (m := _decimal(amount / 1e6, sep)):
        return {"M": f"${m}M", "Mword": f"${m} million", "dollars": f"{m} million dollars", "Msp": f"$ {m} M",
                "fr_M": f"{m} M$", "fr_Mword": f"{m} millions $"}[style]
    if amount < 1_000_000 and amount % 1000 == 0 and style in ("M", "Msp", "fr_M"):
        return {"M": f"${amount // 1000}K", "Msp": f"$ {amount // 1000} K", "fr_M": f"{amount // 1000} k$"}[style]
    if style == "dollars":
        return f"{amount:,} dollars"
    return full


def fmt_fte(n: int, style: str) -> str:
    return {"label": f"FTEs: {n}", "n": f"{n} FTEs", "full": f"{n} full-time equivalents", "staff": f"a staff of {n}",
            "approx": f"approximately {n} employees", "fr_etp": f"{n} ETP", "fr_full": f"{n} équivalents temps plein",
            "fr_eff": f"un effectif de {n} personnes", "fr_ETP": f"{n} É.T.P."}[style]


def short_fte(n: int | None, lang: str) -> str:
    if n is None:
        return ""
    return f"{n} ETP" if lang == "fr" else f"{n} FTE{'s' if n != 1 else ''}"


# --- label wordings: each one in one or two documents only ---------------------------------------

LABELS = {
    ("title", "en"): ["Position Title", "Title of Position", "Job Title", "Official Position Title", "TITLE",
                      "Position", "Working Title", "Title of the Position", "Position Name", "Name of Position",
                      "Designation", "Post Title", "Job", "Title (official)"],
    ("title", "fr"): ["Titre du poste", "Titre de poste", "Intitulé du poste", "Titre officiel", "TITRE", "Poste",
                      "Désignation du poste", "Nom du poste", "Appellation du poste", "Titre officiel du poste",
                      "Libellé du poste"],
    ("cls", "en"): ["Classification", "Group and Level", "Group/Level", "Level", "Position Level",
                    "Classification Level", "Group & Level", "Occupational Group and Level", "Grade",
                    "Class. Level", "Classification of Position", "Group-Level", "Proposed Classification",
                    "Classification (Group and Level)"],
    ("cls", "fr"): ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Niveau du poste",
                    "Groupe et niveau de classification", "Classification du poste", "Niveau de classification",
                    "Groupe-niveau", "Catégorie et niveau", "Classification proposée"],
    ("number", "en"): ["Position Number", "Position No.", "Position #", "Pos. No.", "Position Reference Number",
                       "Position Identifier", "PeopleSoft Position Number", "Position ID", "Number of Position",
                       "Position Control Number", "HRMS Position No.", "Position Code", "Position Nbr",
                       "Establishment Number"],
    ("number", "fr"): ["Numéro du poste", "Numéro de poste", "No du poste", "N° de poste",
                       "Numéro d'identification du poste", "No de poste (SGRH)", "Poste no",
                       "Numéro de référence du poste", "Identificateur du poste", "Nº du poste", "Numéro de la position"],
    ("job_code", "en"): ["Job Code", "Job Number", "Generic Job Code", "Work Description Number",
                         "Job Description No.", "JD Number", "Job Code (Benchmark)", "Work Description ID", "Job No.",
                         "WD Code", "Job Description Code", "Job Reference", "Description Number", "Job ID"],
    ("job_code", "fr"): ["Code d'emploi", "Code de l'emploi", "Numéro de l'emploi",
                         "Numéro de la description de travail", "Code de description", "No de l'emploi",
                         "Code du poste type", "Numéro d'emploi", "Référence de l'emploi",
                         "Code de la description de travail", "No de la description"],
    ("date", "en"): ["Effective Date", "Date Effective", "Effective", "Effective as of", "Date of Effect",
                     "In effect from", "Effective Date of Description", "Effective date of classification",
                     "Effective On", "Date in Effect", "Valid From", "Date of Effectiveness", "Effective Date (WD)",
                     "Effective date of this description"],
    ("date", "fr"): ["Date d'entrée en vigueur", "Date en vigueur", "En vigueur le", "Date d'effet",
                     "Entrée en vigueur", "Date de prise d'effet", "En vigueur à compter du", "Date de mise en vigueur",
                     "Date de l'entrée en vigueur de la description", "Date effective", "En vigueur depuis le"],
    ("location", "en"): ["Location", "Geographic Location", "Work Location", "Place of Work", "Duty Station",
                         "Office Location", "Headquarters Location", "City", "Location of Position",
                         "Geographical Location", "Work Site", "Base Location", "Posting", "Place of Duty"],
    ("location", "fr"): ["Lieu de travail", "Emplacement", "Lieu", "Lieu géographique", "Lieu du poste",
                         "Emplacement géographique", "Ville", "Lieu d'affectation", "Localité", "Lieu de l'emploi",
                         "Emplacement du poste"],
    ("sup_title", "en"): ["Supervisor's Position Title", "Title of Supervisor", "Supervisor Title",
                          "Reports to (Title)", "Immediate Supervisor", "Supervisor's Title",
                          "Title of Immediate Supervisor", "Supervisor Position", "Manager's Title",
                          "Superior's Position Title", "Supervisor (title)", "Accountable To",
                          "Position Title of Supervisor", "Next Higher Position"],
    ("sup_title", "fr"): ["Titre du poste du superviseur", "Titre du superviseur", "Superviseur immédiat",
                          "Titre du poste du surveillant", "Supérieur immédiat", "Poste du superviseur",
                          "Rend compte à", "Titre du supérieur hiérarchique", "Poste du supérieur immédiat",
                          "Titre du poste de la gestionnaire", "Titre du poste auquel le titulaire rend compte"],
    ("sup_cls", "en"): ["Supervisor's Classification", "Supervisor's Group and Level", "Supervisor Level",
                        "Classification of Supervisor", "Supervisor's Level", "Supervisor Group/Level",
                        "Level of Supervisor", "Superior's Classification", "Supervisor Classification",
                        "Group and Level of Supervisor", "Supervisor's Group/Level", "Supervisor - Level",
                        "Manager's Classification", "Supervisory Position Level"],
    ("sup_cls", "fr"): ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du superviseur",
                        "Classification du poste du superviseur", "Groupe/niveau du surveillant",
                        "Niveau du supérieur", "Classification du supérieur immédiat",
                        "Groupe et niveau du supérieur", "Niveau du poste du superviseur",
                        "Classification de la gestionnaire", "Groupe-niveau du superviseur"],
    ("sup_number", "en"): ["Supervisor's Position No.", "Supervisor's Position Number", "Supervisor Position #",
                           "Position Number of Supervisor", "Supervisor's Pos. No.", "Supervisor Position ID",
                           "Supervisor's Position Nbr", "Superior's Position Number", "Supervisor Pos #",
                           "Manager's Position Number", "No. of Supervisor's Position", "Supervisor Position No",
                           "Supervisory Position Number", "Reports to Position Number"],
    ("sup_number", "fr"): ["Numéro du poste du superviseur", "No de poste du superviseur",
                           "N° du poste du surveillant", "Numéro de poste du supérieur",
                           "No du poste du supérieur immédiat", "Poste no du superviseur",
                           "Numéro du poste de la gestionnaire", "Nº de poste du superviseur",
                           "Identificateur du poste du superviseur", "Numéro de poste du superviseur"],
    ("reports_to", "en"): ["Reports to", "Reporting to", "Reports To (title, level, position)", "Supervisor",
                           "Reporting Relationship"],
    ("reports_to", "fr"): ["Relève de", "Relevant de", "Superviseur", "Lien hiérarchique"],
    ("org", "en"): ["Department", "Organization", "Department/Agency", "Agency", "Organization Name", "Portfolio",
                    "Dept.", "Employer", "Federal Organization", "Institution", "Department or Agency", "Ministry",
                    "Home Organization", "Org."],
    ("org", "fr"): ["Ministère", "Organisme", "Ministère/organisme", "Organisation", "Institution",
                    "Ministère ou organisme", "Administration", "Organisme fédéral", "Employeur", "Nom de l'organisme",
                    "Ministère d'attache"],
    ("branch", "en"): ["Branch", "Sector", "Branch/Sector", "Directorate", "Region/Branch", "Organizational Unit",
                       "Division", "Program Area", "Business Line", "Org. Unit", "Sector/Region",
                       "Responsibility Centre", "Branch or Region", "Service Line"],
    ("branch", "fr"): ["Direction générale", "Secteur", "Direction", "Unité organisationnelle",
                       "Région/Direction générale", "Division", "Secteur d'activité", "Centre de responsabilité",
                       "Unité", "Direction générale ou région", "Secteur/Région"],
    ("lang_req", "en"): ["Linguistic Profile", "Language Requirements", "Language Profile",
                         "Official Language Requirement", "Linguistic Requirements", "Language Requirement",
                         "Language of Work Profile", "Linguistic Designation", "Language Proficiency"],
    ("lang_req", "fr"): ["Profil linguistique", "Exigences linguistiques", "Exigence linguistique",
                         "Profil linguistique du poste", "Désignation linguistique",
                         "Exigences en matière de langues officielles", "Niveau linguistique"],
    ("security", "en"): ["Security Level", "Security Clearance", "Security Requirement", "Reliability/Security",
                         "Security Screening", "Security Status", "Clearance Level", "Personnel Security", "Security"],
    ("security", "fr"): ["Cote de sécurité", "Niveau de sécurité", "Exigence de sécurité", "Habilitation de sécurité",
                         "Attestation de sécurité", "Enquête de sécurité", "Sécurité"],
    ("unit", "en"): ["Directorate", "Division", "Centre", "Office"],
    ("unit", "fr"): ["Direction", "Bureau", "Unité de travail"],
}
BILINGUAL_LABELS = {"title": "Position Title / Titre du poste", "cls": "Classification",
                    "number": "Position Number / Numéro du poste", "job_code": "Job Code / Code d'emploi",
                    "date": "Effective Date / Date d'entrée en vigueur", "location": "Location / Lieu de travail",
                    "sup_title": "Supervisor's Title / Titre du superviseur",
                    "sup_cls": "Supervisor's Level / Niveau du superviseur",
                    "sup_number": "Supervisor's Position No. / No de poste du superviseur",
                    "org": "Department / Ministère", "branch": "Branch / Direction générale"}


class Labels:
    """Hands out label wordings in turn, so that each wording serves at most two documents."""

    def __init__(self) -> None:
        self.next: dict[tuple[str, str], int] = {}

    def __call__(self, name: str, lang: str) -> str:
        bank = LABELS[(name, lang)]
        turn = self.next.get((name, lang), 0)
        self.next[(name, lang)] = turn + 1
        if turn >= 2 * len(bank):
            raise SystemExit(f"label bank {name}/{lang} too small")
        # each field walks its bank with its own stride, so that no two documents share a whole set
        stride = next(k for k in (len(name) + 2, 3, 5, 7, 1) if math.gcd(k, len(bank)) == 1)
        return bank[(turn * stride) % len(bank)]


# --- section headings --------------------------------------------------------------------------

HEADS = {
    "en": {"general": ["General Accountability", "Purpose of the Position", "Summary of Accountabilities",
                       "Position Summary", "Overall Accountability", "General Accountabilities"],
           "org": ["Organization Structure", "Organizational Structure", "Structure and Relationships",
                   "Reporting Relationships", "Organization", "Organizational Context"],
           "nature": ["Nature and Scope", "Nature & Scope", "Scope and Context", "Context and Challenges",
                      "Nature and Scope of the Position", "Operating Environment"],
           "dims": ["Dimensions", "Key Dimensions", "Resources Managed", "Financial and Human Resources",
                    "Dimensions and Resources", "Scope of Resources"],
           "specific": ["Specific Accountabilities", "Principal Accountabilities", "Key Responsibilities",
                        "Main Duties", "Specific Responsibilities", "Key Accountabilities"],
           "cert": ["Certification", "Signatures", "Approval", "Certification and Approval"],
           "csr": ["Client Service Results", "Client-Service Results"],
           "key": ["Key Activities", "Key Activities and Accountabilities"]},
    "fr": {"general": ["Responsabilité générale", "Raison d'être du poste", "Responsabilités générales",
                       "Sommaire du poste", "Mandat du poste"],
           "org": ["Structure organisationnelle", "Organisation", "Structure de l'organisation",
                   "Contexte organisationnel", "Relations hiérarchiques"],
           "nature": ["Nature et étendue", "Nature et portée", "Contexte et défis", "Nature et étendue du poste",
                      "Milieu de travail"],
           "dims": ["Dimensions", "Dimensions principales", "Ressources gérées", "Données quantitatives"],
           "specific": ["Responsabilités spécifiques", "Responsabilités principales", "Principales responsabilités",
                        "Fonctions principales", "Responsabilités particulières"],
           "cert": ["Certification", "Signatures", "Approbation", "Attestation"],
           "csr": ["Résultats axés sur le service à la clientèle", "Résultats du service à la clientèle"],
           "key": ["Activités principales", "Activités clés"]},
}

CHALLENGES = {
    "en": ["The {short} must reconcile the expectations of clients, partners and central agencies with the "
           "organization's obligations, often under tight deadlines and public scrutiny.",
           "Resources are limited: the {short} sets priorities, reallocates staff and makes trade-offs that are "
           "not always welcome to those affected.",
           "Decisions taken by the {short} can be reviewed by auditors, central agencies or the courts, and must "
           "therefore be documented and defensible.",
           "Recruiting and keeping specialized staff is a constant difficulty, particularly outside the National "
           "Capital Region.",
           "The {short} keeps senior management informed of emerging issues and proposes options before "
           "problems escalate."],
    "fr": ["Le titulaire doit concilier les attentes des clients, des partenaires et des organismes centraux avec "
           "les obligations de l'organisation, souvent dans des délais serrés et sous le regard du public.",
           "Les ressources sont limitées : le titulaire fixe les priorités, réaffecte le personnel et fait des "
           "arbitrages qui ne plaisent pas toujours.",
           "Les décisions du titulaire peuvent être examinées par les vérificateurs, les organismes centraux ou "
           "les tribunaux et doivent donc être documentées et défendables.",
           "Le recrutement et le maintien en poste de personnel spécialisé constituent une difficulté constante, "
           "surtout à l'extérieur de la région de la capitale nationale.",
           "Le titulaire tient la haute direction informée des enjeux émergents et propose des options avant que "
           "les problèmes ne s'aggravent."],
}
SCOPE = {
    "en": ["As a member of the branch management committee, the {short} contributes to corporate planning, "
           "integrated risk management and the setting of priorities, and is expected to take a horizontal view "
           "of issues that cut across programs.",
           "The {short} fosters a healthy, respectful and inclusive workplace, ensures that official languages "
           "obligations are met in the unit, and applies Gender-based Analysis Plus to the programs and services "
           "for which the position is responsible.",
           "The work is governed by the Financial Administration Act, the Policy on Results, the Policy on "
           "Government Security and, where applicable, the Directive on Transfer Payments; the {short} ensures "
           "that controls are in place and that audit and evaluation recommendations are implemented.",
           "The position requires extensive knowledge of the organization's legislative and policy framework, of "
           "the machinery of government and of the interests of the clients and partners served, and the "
           "judgment to give sound advice on sensitive issues on short notice.",
           "The {short} exercises delegated authorities in human resources and finance and is accountable for "
           "the stewardship of public funds, including accurate forecasting and the management of in-year "
           "pressures.",
           "Files handled by the unit include personal, commercial and at times classified information that must "
           "be protected throughout its life cycle, and the {short} is accountable for information management "
           "practices that allow decisions to be documented and retrieved."],
    "fr": ["À titre de membre du comité de gestion de la direction générale, le titulaire contribue à la "
           "planification ministérielle, à la gestion intégrée des risques et à l'établissement des priorités, "
           "et doit adopter une vision horizontale des enjeux qui touchent plusieurs programmes.",
           "Le titulaire favorise un milieu de travail sain, respectueux et inclusif, veille au respect des "
           "obligations en matière de langues officielles et applique l'analyse comparative entre les sexes plus "
           "aux programmes et services dont il a la responsabilité.",
           "Le travail est régi par la Loi sur la gestion des finances publiques, la Politique sur les résultats, "
           "la Politique sur la sécurité du gouvernement et, s'il y a lieu, la Directive sur les paiements de "
           "transfert; le titulaire s'assure que les contrôles sont en place et que les recommandations des "
           "vérifications et des évaluations sont mises en œuvre.",
           "Le poste exige une connaissance approfondie du cadre législatif et stratégique de l'organisation, de "
           "l'appareil gouvernemental et des intérêts des clients et des partenaires, ainsi que le jugement "
           "nécessaire pour donner des conseils judicieux sur des questions délicates dans de courts délais.",
           "Le titulaire exerce des pouvoirs délégués en ressources humaines et en finances et répond de la saine "
           "gestion des fonds publics, y compris des prévisions exactes et de la gestion des pressions en cours "
           "d'exercice.",
           "Les dossiers traités comprennent des renseignements personnels, commerciaux et parfois classifiés qui "
           "doivent être protégés tout au long de leur cycle de vie; le titulaire répond de pratiques de gestion "
           "de l'information qui permettent de documenter et de retrouver les décisions."],
}
CONTACTS = {
    "en": "Internal contacts include the {sup}, peer executives across the organization and the corporate services "
          "that support the unit. External contacts include provincial and territorial counterparts, industry and "
          "community organizations, Indigenous governments and organizations, central agencies (Treasury Board "
          "Secretariat, Privy Council Office, Department of Finance) and, occasionally, ministers' offices and "
          "parliamentary staff.",
    "fr": "Les contacts internes comprennent le {sup}, les cadres homologues de l'organisation et les services "
          "ministériels qui appuient l'unité. Les contacts externes comprennent les homologues provinciaux et "
          "territoriaux, les organismes de l'industrie et des collectivités, les gouvernements et organisations "
          "autochtones, les organismes centraux (Secrétariat du Conseil du Trésor, Bureau du Conseil privé, "
          "ministère des Finances) et, à l'occasion, les cabinets ministériels et le personnel parlementaire.",
}
DECISIONS = {
    "en": "The {short} makes decisions on priorities, the allocation of resources and operational matters within "
          "delegated authority, and makes recommendations to the {sup} on issues that are precedent-setting, "
          "politically sensitive or beyond that authority. Errors in judgment could affect the credibility of the "
          "organization, its relationships with partners and the services Canadians receive.",
    "fr": "Le titulaire prend des décisions sur les priorités, l'affectation des ressources et les questions "
          "opérationnelles dans les limites de ses pouvoirs délégués, et formule des recommandations au {sup} sur "
          "les questions qui créent un précédent, qui sont délicates sur le plan politique ou qui dépassent ces "
          "pouvoirs. Une erreur de jugement pourrait nuire à la crédibilité de l'organisation, à ses relations avec "
          "ses partenaires et aux services offerts à la population canadienne.",
}
MORE_DUTIES = {
    "en": ["Develops and maintains strategic partnerships and networks that advance the organization's objectives, "
           "and anticipates the issues they raise.",
           "Prepares and presents briefing material, submissions and reports for senior management, central agencies "
           "and, when required, the Minister.",
           "Leads change initiatives within the unit and promotes a culture of continuous improvement, "
           "experimentation and measurement.",
           "Ensures that the unit's operational plans, risk assessments and performance measures are current and "
           "reported on."],
    "fr": ["Établit et entretient des partenariats et des réseaux stratégiques qui font progresser les objectifs de "
           "l'organisation, et anticipe les enjeux qui en découlent.",
           "Prépare et présente des documents d'information, des présentations et des rapports destinés à la haute "
           "direction, aux organismes centraux et, au besoin, au ministre.",
           "Dirige les initiatives de changement de l'unité et favorise une culture d'amélioration continue, "
           "d'expérimentation et de mesure.",
           "Veille à ce que les plans opérationnels, les évaluations des risques et les mesures du rendement de "
           "l'unité soient à jour et fassent l'objet de rapports."],
}
FIRST_SENTENCE = ("fte", "salary", "o_and_m", "operating")
PROSE = {
    "en": {"fte": "{unit} has {v}", "salary": "a salary budget of {v}",
           "o_and_m": "an operations and maintenance budget of {v}",
           "operating": "an operating budget (salary and O&M) of {v}",
           "gc": " It also manages {v} in grants and contributions.",
           "revenue": " It collects about {v} in revenue each year.", "capital": " The capital budget is {v}.",
           "total": " Total budget: {v}."},
    "fr": {"fte": "{unit} compte {v}", "salary": "un budget salarial de {v}",
           "o_and_m": "un budget de fonctionnement et d'entretien de {v}",
           "operating": "un budget de fonctionnement (salaires et F et E) de {v}",
           "gc": " Elle gère aussi {v} en subventions et contributions.",
           "revenue": " Elle perçoit environ {v} en recettes par année.",
           "capital": " Le budget d'immobilisations est de {v}.", "total": " Budget total : {v}."},
}
SIGNING = {"EX-01": 250_000, "EX-02": 500_000, "EX-03": 1_000_000, "EX-04": 2_500_000, "EX-05": 5_000_000,
           "DM-01": 10_000_000}
CERT_TEXT = {"en": "The foregoing is an accurate and complete statement of the duties and responsibilities "
                   "assigned to the position.",
             "fr": "Le présent document décrit avec exactitude les fonctions et responsabilités attribuées au poste."}
MANAGE = {"en": "Manages the human, financial and material resources entrusted to the position in keeping with "
                "the values and ethics of the public sector.",
          "fr": "Gère les ressources humaines, financières et matérielles confiées au poste dans le respect des "
                "valeurs et de l'éthique du secteur public."}


# --- one document ------------------------------------------------------------------------------

@dataclasses.dataclass
class Spec:
    """How one document of the folder is laid out and worded."""
    file: str
    pos: str
    fmt: str                     # docx, ocr, pdf, txt
    lang: str = "en"             # en, fr, bi-side (two columns), bi-alt (section by section), bi-seq (copies)
    form: str = "EXECUTIVE GROUP POSITION DESCRIPTION"
    ids: str = "lines"           # lines, nextline, table2, table4, table3, tablebi, stacked, tabbed
    sup: str = "fields"          # fields, reportsto, prose, two
    reps: str = "bullets"        # bullets, prose, table, numbered, clsfirst
    dims: str = "lines"          # lines, split, table, prose
    date: str = "long"
    cls: str = "std"
    money: str = "M"
    fte: str = "label"
    order: tuple = ("general", "org", "nature", "dims", "specific", "cert")
    heads: str = "upper"         # [num|alpha|roman-]upper|title[-colon]
    over: dict = dataclasses.field(default_factory=dict)
    status: str = ""             # draft, signed, revised: printed where real files print it
    versions: tuple = ()          # all the files of this position, in date order
    incumbent: str = ""          # "", "named", "acting"
    temporary: str = ""          # a term position's end date (ISO)
    signed: bool = True
    header: str = ""
    footer: str = ""
    ocr: str = "flow"            # flow, lines, columns
    damage: float = 0.3
    encoding: str = "utf-8"
    extra_ids: tuple = ()        # decoy identification rows (label, value)
    seq: int = 0


def texts(pos: Position, lang: str) -> dict:
    """The position's wording in ``lang`` (a bilingual or translated position has both)."""
    main = "fr" if pos.lang == "fr" else "en"
    base = {"title": pos.title, "org": pos.org, "branch": pos.branch, "sup_title": pos.sup[1],
            "location": pos.location, "reports": [r.title for r in pos.reports], "purpose": pos.purpose,
            "context": pos.context, "duties": list(pos.duties)}
    if lang == main:
        return base
    other = pos.fr if lang == "fr" else pos.en
    return {**base, **other}


def short_title(title: str) -> str:
    head = title.split(",")[0].split(" (")[0]
    return head


class Builder:
    """Turns a spec and its position into blocks: ("title"|"h"|"p", text), ("b"|"n", items),
    ("kv", rows, style), ("t", header, rows), ("side", pairs), ("br",)."""

    def __init__(self, spec: Spec, pos: Position, labels: Labels) -> None:
        self.s, self.p, self.labels = spec, pos, labels
        rng = random.Random(zlib.crc32(spec.file.encode()))
        # the same choices for both languages of a bilingual document
        self.scope, self.challenges = rng.sample(range(6), 3), rng.sample(range(5), 3)
        self.more = rng.sample(range(4), 2)
        self.people: list[str] = []

    # headings
    def head(self, key: str, lang: str, index: int) -> tuple:
        bank = HEADS[lang][key]
        text = bank[(self.s.seq + index) % len(bank)] if key not in ("csr", "key") else bank[self.s.seq % len(bank)]
        style = self.s.heads
        if "upper" in style:
            text = text.upper()
        marker = ""
        if style.startswith("num-"):
            marker = f"{index + 1}. "
        elif style.startswith("alpha-"):
            marker = f"{'ABCDEFGH'[index]}. "
        elif style.startswith("roman-"):
            marker = f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][index]}. "
        return ("h", marker + text + (":" if style.endswith("-colon") else ""))

    def date(self, iso: str, lang: str) -> str:
        style = self.s.date
        if lang == "fr" and style not in ("iso", "fr_long", "fr_le", "fr_dmy", "fr_slash"):
            style = "fr_long"
        if lang == "en" and style.startswith("fr"):
            style = "long"
        return fmt_date(iso, style)

    def money(self, amount: int, lang: str) -> str:
        style = self.s.money
        if lang == "fr" and not style.startswith("fr"):
            style = {"M": "fr_M", "Mword": "fr_Mword", "full": "fr_full"}.get(style, "fr_M")
        if lang == "en" and style.startswith("fr"):
            style = "M"
        return fmt_money(amount, style)

    def fte(self, n: int, lang: str) -> str:
        style = {"label": "n"}.get(self.s.fte, self.s.fte)
        if lang == "fr" and not style.startswith("fr"):
            style = "fr_etp"
        if lang == "en" and style.startswith("fr"):
            style = "n"
        return fmt_fte(n, style)

    # identification
    def id_rows(self, lang: str) -> list[tuple[str, str]]:
        p, s, t = self.p, self.s, texts(self.p, lang)
        bi = s.lang in ("bi-side", "bi-alt")
        tf = texts(p, "fr") if bi else None

        def label(name: str) -> str:
            if s.ids == "table3":     # English label, value, French label
                return f"{self.labels(name, 'en')} / {self.labels(name, 'fr')}"
            return BILINGUAL_LABELS[name] if bi else self.labels(name, lang)

        def both(key: str) -> str:
            joint = "\n" if s.ids == "tablebi" else " / "
            return f"{t[key]}{joint}{tf[key]}" if bi and t[key] != tf[key] else t[key]

        rows = [(label("org"), both("org")), (label("branch"), both("branch"))]
        if p.unit:
            rows.append((self.labels("unit", lang) if not bi else "Directorate / Direction", p.unit))
        rows.append((label("title"), both("title")))
        rows.append((label("cls"), fmt_cls(p.cls, s.cls)))
        if p.job_code:
            rows.append((label("job_code"), p.job_code))
        rows.append((label("number"), p.number or p.provisional or ""))
        if p.date:
            rows.append((label("date"), self.date(p.date, lang)))
        elif s.status == "draft":
            rows.append((label("date"), "on approval" if lang == "en" else "à l'approbation"))
        if t["location"]:
            rows.append((label("location"), both("location")))
        num, _, cls = p.sup
        sup_title = both("sup_title")
        if s.sup == "fields":
            rows += [(label("sup_title"), sup_title), (label("sup_cls"), fmt_cls(cls, s.cls)),
                     (label("sup_number"), num or "")]
        elif s.sup == "two":
            rows += [(label("sup_title"), f"{sup_title}, {fmt_cls(cls, s.cls)}"), (label("sup_number"), num or "")]
        elif s.sup == "reportsto":
            tail = f", position {num}" if lang == "en" else f", poste no {num}"
            rows.append((self.labels("reports_to", lang) if not bi else "Reports to / Relève de",
                         f"{sup_title} ({fmt_cls(cls, s.cls)}){tail if num else ''}"))
        if s.incumbent:
            name = p.people[0]
            self.people.append(name)
            acting = {"en": " (acting)", "fr": " (par intérim)"}[lang] if s.incumbent == "acting" else ""
            rows.append(("Incumbent" if lang == "en" else "Titulaire", name + acting))
        if s.temporary:
            rows.append(("Tenure" if lang == "en" else "Durée",
                         (f"Term position ending {fmt_date(s.temporary, 'long')}" if lang == "en" else
                          f"Poste temporaire jusqu'au {fmt_date(s.temporary, 'fr_long')}")))
        if s.seq % 3 != 2 and not bi:
            profile = {"en": ["Bilingual Imperative CBC/CBC", "BI CBC/CBC", "Bilingual non-imperative BBB/BBB",
                              "English Essential"],
                       "fr": ["Bilingue impératif CBC/CBC", "Bilingue non impératif CCC/CCC", "BI CBC/CBC",
                              "Bilingue impératif CCC/CCC"]}[lang][s.seq % 4]
            clearance = {"en": ["Secret", "Top Secret", "Reliability", "Secret"],
                         "fr": ["Secret", "Très secret", "Cote de fiabilité", "Secret"]}[lang][s.seq % 4]
            rows += [(self.labels("lang_req", lang), profile), (self.labels("security", lang), clearance)]
        rows += list(s.extra_ids)
        return rows

    # sections
    def general(self, lang: str, t: dict) -> list:
        return [("p", t["purpose"])]

    def org(self, lang: str, t: dict) -> list:
        p, s = self.p, self.s
        num, _, cls = p.sup
        out = []
        short = short_title(t["title"])
        if s.sup == "prose":
            if lang == "en":
                out.append(("p", f"The {short} reports to the {t['sup_title']} ({fmt_cls(cls, s.cls)}"
                                 f"{f', position {num}' if num else ''})."))
            else:
                out.append(("p", f"Le titulaire relève du {t['sup_title']} ({fmt_cls(cls, s.cls)}"
                                 f"{f', poste no {num}' if num else ''})."))
        if p.peers and lang == "en":
            out.append(("p", p.peers))
        out += self.reports(lang, t)
        return out

    def report_line(self, r: Report, title: str, lang: str, how: str) -> str:
        cls = fmt_cls(r.cls, self.s.cls)
        fte = short_fte(r.fte, lang)
        if how == "clsfirst":
            return " - ".join(x for x in (cls, title) if x) + (f" ({fte})" if fte else "")
        inner = ", ".join(x for x in (cls, fte) if x)
        line = title + (f" ({inner})" if inner else "")
        return line + (f": {r.duty}" if r.duty and lang == "en" else "")

    def reports(self, lang: str, t: dict) -> list:
        reps, titles, s = self.p.reports, t["reports"], self.s
        if s.lang in ("bi-side", "bi-alt") and lang == "en":
            titles = [f"{a} / {b}" for a, b in zip(titles, texts(self.p, "fr")["reports"])] \
                if s.reps == "table" else titles
        short = short_title(t["title"])
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
        mots = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}
        if s.reps == "table":
            numbered = any(r.number for r in reps)
            header = (["Position Title", "Group/Level", "Position No.", "FTEs"] if lang == "en" else
                      ["Titre du poste", "Groupe/niveau", "No de poste", "ETP"])
            if not numbered:
                header = header[:2] + header[3:]
            rows = [[title, fmt_cls(r.cls, s.cls)] + ([r.number or ""] if numbered else [])
                    + [str(r.fte) if r.fte is not None else ""] for r, title in zip(reps, titles)]
            intro = ("The following positions report directly to the incumbent:" if lang == "en" else
                     "Les postes suivants relèvent directement du titulaire :")
            return [("p", intro), ("t", header, rows)]
        if s.reps == "prose":
            parts = []
            for r, title in zip(reps, titles):
                bits = ", ".join(x for x in (fmt_cls(r.cls, s.cls), short_fte(r.fte, lang)) if x)
                article = "the " if lang == "en" else ""
                parts.append(f"{article}{title}" + (f" ({bits})" if bits else ""))
            joined = "; ".join(parts[:-1]) + ("; and " if lang == "en" else "; et ") + parts[-1]
            if lang == "en":
                return [("p", f"The {short} is supported by {words[len(reps)]} direct reports: {joined}.")]
            return [("p", f"Le titulaire est appuyé par {mots[len(reps)]} subordonnés directs : {joined}.")]
        lines = [self.report_line(r, title, lang, s.reps) for r, title in zip(reps, titles)]
        intro = (f"Reporting to the {short} are:" if lang == "en" else "Relèvent du titulaire :")
        return [("p", intro), ("n" if s.reps == "numbered" else "b", lines)]

    def nature(self, lang: str, t: dict) -> list:
        short = short_title(t["title"]) if lang == "en" else ""
        scope = [SCOPE[lang][i] for i in self.scope]
        challenges = [CHALLENGES[lang][i] for i in self.challenges]
        out = [("p", t["context"]), ("p", scope[0].format(short=short)), ("p", scope[1].format(short=short)),
               ("p", "Key challenges include:" if lang == "en" else "Les principaux défis sont les suivants :"),
               ("b", [c.format(short=short) for c in challenges]),
               ("p", scope[2].format(short=short)),
               ("p", CONTACTS[lang].format(sup=t["sup_title"])),
               ("p", DECISIONS[lang].format(short=short, sup=t["sup_title"]))]
        if self.p.decoy and (lang == "fr") == (self.p.lang == "fr"):
            out.append(("p", self.p.decoy))
        return out

    def dims(self, lang: str, t: dict) -> list:
        return self.resources(lang) + self.other_dims(lang)

    def resources(self, lang: str) -> list:
        d, s = self.p.dims, self.s
        names = {"en": {"fte": "FTEs", "salary": "Salary", "o_and_m": "O&M", "gc": "Grants and contributions",
                        "revenue": "Revenue", "capital": "Capital", "total": "Total",
                        "operating": "Operating budget (salary and O&M)"},
                 "fr": {"fte": "ETP", "salary": "Salaires", "o_and_m": "F et E", "gc": "Subventions et contributions",
                        "revenue": "Recettes", "capital": "Immobilisations", "total": "Total",
                        "operating": "Budget de fonctionnement (salaires et F et E)"}}[lang]
        alt = {"en": {"salary": "Salary budget", "o_and_m": "Operations and maintenance", "fte": "Full-time equivalents",
                      "gc": "G&C (Vote 5)", "total": "Total budget"},
               "fr": {"salary": "Budget salarial", "o_and_m": "Fonctionnement et entretien",
                      "fte": "Équivalents temps plein", "gc": "Paiements de transfert (S et C)", "total": "Budget total"}}[lang]
        if s.seq % 2:
            names = {**names, **alt}
        keys = [k for k in ("fte", "salary", "o_and_m", "operating", "gc", "revenue", "capital", "total")
                if d.get(k) is not None]

        def value(k: str) -> str:
            return str(d[k]) if k == "fte" else self.money(d[k], lang)
        if s.dims == "table":
            header = ["Resource", "Amount"] if lang == "en" else ["Ressource", "Montant"]
            return [("t", header, [[names[k], value(k)] for k in keys])]
        if s.dims == "prose":
            phrases = PROSE[lang]
            unit = "The organization" if lang == "en" else "L'unité"
            first = [phrases[k].format(unit=unit, v=self.fte(d[k], lang) if k == "fte" else value(k))
                     for k in keys if k in FIRST_SENTENCE]
            text = ", ".join(first) + "." + "".join(phrases[k].format(v=value(k)) for k in keys
                                                    if k not in FIRST_SENTENCE)
            return [("p", text[0].upper() + text[1:])]
        lines = []
        if s.dims == "split":
            money = [k for k in keys if k != "fte"]
            if "fte" in d:
                lines.append(f"{names['fte']}: {d['fte']}" if lang == "en" else f"{names['fte']} : {d['fte']}")
            lines.append("Budget (current fiscal year):" if lang == "en" else "Budget (exercice en cours) :")
            lines += [f"    {names[k]}{'' if lang == 'en' else ' '}: {value(k)}" for k in money]
            return [("p", line) for line in lines]
        colon = ":" if lang == "en" else " :"
        return [("b", [f"{names[k]}{colon} {value(k)}" for k in keys])]

    def other_dims(self, lang: str) -> list:
        """What real Dimensions sections print besides the budget: delegations and context figures."""
        limit = self.money(SIGNING.get(self.p.cls, 250_000), lang)
        if lang == "en":
            return [("p", f"Delegated financial signing authority (sections 32 and 34 of the FAA): up to {limit} "
                          "per transaction, as set out in the organization's delegation instrument.")]
        return [("p", f"Pouvoir délégué de signature financière (articles 32 et 34 de la LGFP) : jusqu'à {limit} "
                      "par opération, selon l'instrument de délégation de l'organisation.")]

    def duties(self, lang: str, t: dict) -> list[str]:
        duties = t["duties"][:-1] + [MORE_DUTIES[lang][i] for i in self.more] + t["duties"][-1:]
        last = duties[-1].split()[0]
        return duties + ([] if last in ("Manages", "Gère") else [MANAGE[lang]])

    def specific(self, lang: str, t: dict) -> list:
        return [("n", self.duties(lang, t))]

    def cert(self, lang: str, t: dict) -> list:
        p, s = self.p, self.s
        if not s.signed:
            return [("p", CERT_TEXT[lang]), ("p", ("Supervisor's signature: ____________________   Date: __________"
                                                    if lang == "en" else
                                                    "Signature du superviseur : ____________________   Date : ________"))]
        base = dt.date.fromisoformat(p.date) if p.date else dt.date(2015, 1, 1)
        signed = (base - dt.timedelta(days=9 + self.s.seq % 20)).isoformat()
        approved = (base - dt.timedelta(days=2 + self.s.seq % 5)).isoformat()
        names = [n for n in p.people if n not in self.people][:2] or p.people[:1]
        self.people += [n for n in names if n not in self.people]
        out = [("p", CERT_TEXT[lang])]
        if lang == "en":
            out.append(("p", f"{names[0]}    Date: {self.date(signed, lang).removeprefix('le ')}"))
            out.append(("p", f"{t['sup_title']}"))
            if len(names) > 1:
                out.append(("p", f"Approved by: {names[1]}, Head of Human Resources    Date: {self.date(approved, lang).removeprefix('le ')}"))
        else:
            out.append(("p", f"{names[0]}    Date : {self.date(signed, lang).removeprefix('le ')}"))
            out.append(("p", f"{t['sup_title']}"))
            if len(names) > 1:
                out.append(("p", f"Approuvé par : {names[1]}, chef des ressources humaines    Date : "
                                 f"{self.date(approved, lang).removeprefix('le ')}"))
        return out

    def csr(self, lang: str, t: dict) -> list:
        return [("p", t["purpose"])]

    def key(self, lang: str, t: dict) -> list:
        return [("b", self.duties(lang, t))]

    def body(self, lang: str) -> list:
        t = texts(self.p, lang)
        out = []
        for index, name in enumerate(self.s.order):
            out.append(self.head(name, lang, index))
            out += getattr(self, name)(lang, t)
        return out

    def copy(self, lang: str) -> list:
        """One language's complete document: its title, identification and body."""
        form = self.s.form if lang == "en" or self.s.lang == "fr" else "DESCRIPTION DE TRAVAIL - CADRE DE DIRECTION"
        out = [("title", form)]
        if self.s.status == "draft":
            out.append(("p", "DRAFT - for discussion" if lang == "en" else "ÉBAUCHE - pour discussion"))
        out.append(("kv", self.id_rows(lang), self.s.ids))
        return out + self.body(lang)

    def build(self) -> list:
        s = self.s
        if s.lang in ("en", "fr"):
            return self.copy(s.lang)
        if s.lang == "bi-seq":
            return self.copy("en") + [("br",)] + self.copy("fr")
        out = [("title", s.form), ("kv", self.id_rows("en"), s.ids)]
        te, tf = texts(self.p, "en"), texts(self.p, "fr")
        for index, name in enumerate(s.order):
            he, hf = self.head(name, "en", index)[1], self.head(name, "fr", index)[1]
            be, bf = getattr(self, name)("en", te), getattr(self, name)("fr", tf)
            if s.lang == "bi-side":
                out.append(("side", [(he, hf)] + list(itertools.zip_longest(flatten(be), flatten(bf), fillvalue=""))))
            else:
                out += [("h", f"{he} / {hf}")] + be + bf
        return out


def flatten(blocks: list) -> list[str]:
    """A section's blocks as paragraphs of text (for a two-column bilingual table)."""
    out = []
    for block in blocks:
        if block[0] in ("p", "h"):
            out.append(block[1])
        elif block[0] in ("b", "n"):
            out.append("\n".join(("- " if block[0] == "b" else f"{i}. ") + x for i, x in enumerate(block[1], 1)))
        elif block[0] == "t":
            out.append("\n".join(" | ".join(row) for row in [block[1]] + block[2]))
    return out


# --- rendering: plain text -----------------------------------------------------------------------

def text_lines(blocks: list, spec: Spec, width: int | None = None) -> list[str]:
    """The document as a text export has it: a Word table's cells separated by tabs (or spaces in a
    PDF), paragraphs as one line each unless ``width`` wraps them."""
    sep = "\t" if spec.fmt == "txt" else "   "
    out: list[str] = []

    def para(text: str, indent: str = "") -> None:
        if width:
            out.extend(textwrap.wrap(text, width, initial_indent=indent,
                                     subsequent_indent=" " * len(indent)) or [""])
        else:
            out.append(indent + text)

    for block in blocks:
        kind = block[0]
        if kind == "title":
            out += [block[1], ""]
        elif kind == "h":
            out += ["", block[1]]
        elif kind == "p":
            para(block[1])
        elif kind in ("b", "n"):
            for i, item in enumerate(block[1], 1):
                para(item, "- " if kind == "b" else f"{i}. ")
        elif kind == "kv":
            rows, style = block[1], block[2]
            if style in ("nextline", "stacked"):
                for label, value in rows:
                    out += [label.upper() if style == "nextline" else label, value, ""]
            elif style == "table4":
                for i in range(0, len(rows), 2):
                    pair = rows[i:i + 2]
                    out.append(sep.join(f"{label}{sep}{value}" for label, value in pair))
            elif style in ("table2", "tablebi", "table3", "tabbed"):
                out += [f"{label}{sep}{value}" for label, value in rows]
            else:
                colon = " :" if spec.lang == "fr" else ":"
                out += [f"{label}{colon} {value}".rstrip() for label, value in rows]
            out.append("")
        elif kind == "t":
            out += [sep.join(row) for row in [block[1]] + block[2]]
        elif kind == "side":
            for left, right in block[1]:
                out.append(f"{left}{sep}{right}")
        elif kind == "br":
            out += ["", "\f"]
    return out


def render_txt(blocks: list, spec: Spec) -> bytes:
    text = "\n".join(text_lines(blocks, spec)).replace("\f", "") + "\n"
    if spec.encoding == "cp1252":
        return text.replace("\n", "\r\n").encode("cp1252")
    return ("\ufeff" + text).encode("utf-8")


# --- rendering: a scan read by OCR -----------------------------------------------------------------

CONFUSE = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage(text: str, rng: random.Random, level: float, keep: set) -> str:
    """The typical damage of an OCR pass: digits read as letters in numbers, l read as 1 or I,
    rn as m, spaces lost or doubled. Words of ``keep`` (titles, places, names) keep their letters
    and the spaces around them."""
    words = text.split(" ")
    out = []
    for word in words:
        if any(c.isdigit() for c in word) and rng.random() < level:
            word = "".join(CONFUSE.get(c, c) if rng.random() < 0.5 else c for c in word)
        elif len(word) > 6 and word.isalpha() and word not in keep and rng.random() < level / 6:
            i = rng.randrange(1, len(word) - 1)
            swap = {"l": "1", "i": "l", "e": "c", "o": "a", "t": "l", "h": "b"}.get(word[i])
            if swap:
                word = word[:i] + swap + word[i + 1:]
            word = word.replace("rn", "m", 1) if rng.random() < 0.3 else word
        out.append(word)
    joined = out[:1]
    for before, word in zip(out, out[1:]):
        roll = rng.random()
        if roll < level / 30 and word[:1].islower() and before not in keep and word not in keep:
            joined[-1] += word            # a space lost
            continue
        joined.append(("  " if roll > 1 - level / 25 else " ") + word)
    return "".join(joined)


def interleave(left: list[str], right: list[str], width: int = 46) -> list[str]:
    """Two columns of a page read across, line by line, as an OCR engine without layout analysis does."""
    a = [w for line in left for w in (textwrap.wrap(line, width) or [""])]
    b = [w for line in right for w in (textwrap.wrap(line, width) or [""])]
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    return [f"{x} {y}".strip() for x, y in zip(a, b)]


def render_ocr(blocks: list, spec: Spec, pos: Position) -> bytes:
    rng = random.Random(zlib.crc32(spec.file.encode()) + 7)
    if spec.ocr == "columns":
        # the organization structure and the dimensions were side by side on the page
        starts = [i for i, b in enumerate(blocks) if b[0] == "h"] + [len(blocks)]
        spans = {name: range(starts[k], starts[k + 1]) for k, name in enumerate(spec.order)}
        left, right = spans["org"], spans["dims"]
        lines = []
        for i, block in enumerate(blocks):
            if i == min(left.start, right.start):
                lines += interleave(text_lines([blocks[j] for j in left], spec),
                                    text_lines([blocks[j] for j in right], spec))
            if i not in left and i not in right:
                lines += text_lines([block], spec)
    else:
        lines = text_lines(blocks, spec, width=None if spec.ocr == "flow" else 92)
    lines = [line for line in lines if line != "\f"]
    keep = {w for text in [pos.title, pos.sup[1] or "", pos.location or ""] + [r.title for r in pos.reports]
            + pos.people for w in text.split()}
    page_lines = 38 if spec.ocr != "flow" else 26
    pages = [lines[i:i + page_lines] for i in range(0, len(lines), page_lines)]
    out = []
    for n, page in enumerate(pages, 1):
        body = " ".join(x.strip() for x in page if x.strip()) if spec.ocr == "flow" else "\n".join(page)
        footer = spec.footer.format(page=n, pages=len(pages), number=pos.number or "") if spec.footer \
            else f"Page {n} of {len(pages)}"
        if n > 1 and spec.header:
            out.append(damage(spec.header, rng, spec.damage, keep))
        out += [damage(body, rng, spec.damage, keep), damage(footer, rng, spec.damage, keep)]
    if spec.signed:
        out.append("[ " + "".join(rng.choice("aeiou.,;:!|_-~'Il1 ") for _ in range(70)) + " ]")
    prefix = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" \
        if spec.ocr == "flow" and spec.seq % 2 else ""
    return (prefix + "\n".join(out) + "\n").encode("utf-8")


# --- rendering: PDF with a text layer ----------------------------------------------------------------

def render_pdf(blocks: list, spec: Spec, pos: Position) -> bytes:
    """A PDF with a text layer, 64 lines a page and a footer, written by the tests' own PDF writer."""
    lines = [line for line in text_lines(blocks, spec, width=98) if line != "\f"]
    pages = [lines[i:i + 64] for i in range(0, len(lines), 64)]
    footer = spec.footer or "Page {page} / {pages}"
    return pdf_bytes(["\n".join(page + ["", footer.format(page=n, pages=len(pages), number=pos.number or "")])
                      for n, page in enumerate(pages, 1)])


# --- rendering: Word ------------------------------------------------------------------------------

FIXED = dt.datetime(2024, 6, 3, 9, 30)


def fixed_zip(data: bytes) -> bytes:
    """A .docx whose zip entries all carry one date, so the generator writes the same bytes each run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 3, 9, 30, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def new_document(author: str) -> docx.Document:
    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by, props.title = author, author, ""
    props.created = props.modified = FIXED
    props.revision = 3
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)
    return document


def save_docx(document: docx.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def set_cell(cell, text: str, bold: bool = False) -> None:
    lines = text.split("\n")
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def docx_kv(document, rows: list, style: str, spec: Spec) -> None:
    if style in ("lines", "nextline"):
        for label, value in rows:
            if style == "lines":
                paragraph = document.add_paragraph()
                paragraph.add_run(f"{label}{' :' if spec.lang == 'fr' else ':'} ").bold = True
                paragraph.add_run(value)
            else:
                document.add_paragraph().add_run(label.upper()).bold = True
                document.add_paragraph(value)
        return
    if style == "stacked":   # label printed small above the value, in the same cell, two cells a row
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for i in range(0, len(rows), 2):
            cells = table.add_row().cells
            for cell, (label, value) in zip(cells, rows[i:i + 2]):
                cell.text = ""
                run = cell.paragraphs[0].add_run(label)
                run.font.size = Pt(7)
                cell.add_paragraph(value)
        return
    cols = {"table2": 2, "tabbed": 2, "tablebi": 2, "table3": 3, "table4": 4}[style]
    table = document.add_table(rows=0, cols=cols)
    table.style = "Table Grid"
    if style in ("tablebi", "table4", "table3"):
        top = table.add_row().cells
        merged = top[0].merge(top[-1])
        heading = {"tablebi": "POSITION IDENTIFICATION / IDENTIFICATION DU POSTE",
                   "table3": "Identification", "table4": "POSITION IDENTIFICATION"}[style]
        if spec.lang == "fr" and style == "table4":
            heading = "IDENTIFICATION DU POSTE"
        set_cell(merged, heading, bold=True)
    if style == "table4":
        i = 0
        while i < len(rows):
            label, value = rows[i]
            cells = table.add_row().cells
            if len(value) > 38:              # a long value spans the row
                set_cell(cells[0], label, bold=True)
                set_cell(cells[1].merge(cells[3]), value)
                i += 1
                continue
            for j, (label, value) in enumerate(rows[i:i + 2]):
                if len(value) > 38 and j:
                    break
                set_cell(cells[2 * j], label, bold=True)
                set_cell(cells[2 * j + 1], value)
                i += 1
        return
    for label, value in rows:
        cells = table.add_row().cells
        english, _, french = label.partition(" / ")
        set_cell(cells[0], english if style == "table3" else label, bold=True)
        set_cell(cells[1], value)
        if style == "table3":
            set_cell(cells[2], french or english, bold=True)


def render_docx(blocks: list, spec: Spec, pos: Position) -> bytes:
    document = new_document(author=re.sub(r"[^A-Z]", "", pos.org)[:6] + "-HR")
    section = document.sections[0]
    if spec.header:
        section.header.paragraphs[0].text = spec.header
    if spec.footer:
        section.footer.paragraphs[0].text = spec.footer.format(page=1, pages=1, number=pos.number or "")
    heading_style = spec.seq % 3   # real Word files: heading styles, bold paragraphs, or underlined
    for block in blocks:
        kind = block[0]
        if kind == "title":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block[1])
            run.bold, run.font.size = True, Pt(13)
        elif kind == "h":
            if heading_style == 0:
                document.add_heading(block[1], level=2)
            else:
                run = document.add_paragraph().add_run(block[1])
                run.bold = True
                run.underline = heading_style == 2
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "b":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "n":
            for item in block[1]:
                document.add_paragraph(item, style="List Number")
        elif kind == "kv":
            docx_kv(document, block[1], block[2], spec)
            document.add_paragraph()
        elif kind == "t":
            table = document.add_table(rows=1, cols=len(block[1]))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block[1]):
                set_cell(cell, text, bold=True)
            for row in block[2]:
                for cell, text in zip(table.add_row().cells, row):
                    set_cell(cell, text)
        elif kind == "side":
            table = document.add_table(rows=0, cols=2)
            for i, (left, right) in enumerate(block[1]):
                cells = table.add_row().cells
                set_cell(cells[0], left, bold=i == 0)
                set_cell(cells[1], right, bold=i == 0)
        elif kind == "br":
            document.add_page_break()
    return save_docx(document)


# --- ground truth ---------------------------------------------------------------------------------

def truth(spec: Spec, pos: Position, people: list[str]) -> dict:
    bi = spec.lang.startswith("bi")
    lang = {"bi-side": "bilingual", "bi-alt": "bilingual", "bi-seq": "bilingual"}.get(spec.lang, spec.lang)
    te = texts(pos, "fr" if spec.lang == "fr" else "en")
    tf = texts(pos, "fr")

    def pick(key: str):
        return [te[key], tf[key]] if bi and te[key] != tf[key] else te[key]

    num, _, cls = pos.sup
    d = pos.dims
    reports = []
    for i, r in enumerate(pos.reports):
        title = [te["reports"][i], tf["reports"][i]] if bi else te["reports"][i]
        reports.append({"title": title, "classification": r.cls, "fte": r.fte})
    fields = {"title": pick("title"), "classification": pos.cls, "job_code": pos.job_code,
              "position_number": pos.number, "effective_date": dt.date.fromisoformat(pos.date) if pos.date else None,
              "supervisor": {"position_number": num, "title": pick("sup_title"), "classification": cls},
              "direct_reports": reports, "salary": d.get("salary"), "o_and_m": d.get("o_and_m"),
              "total": d.get("total"), "location": pick("location")}
    not_stated = [k for k, v in fields.items() if v is None] + \
        [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    return {"document": spec.file, "kind": KIND[spec.fmt], "language": lang, "outcome": "import",
            "fields": fields, "not_stated": not_stated,
            "also": {"fte": d.get("fte"), "operating_budget": d.get("operating"), "program_budget": d.get("gc"),
                     "provisional_number": pos.provisional},
            "people": people,
            "versions": {"position": BY_KEY[spec.pos].number, "documents": list(spec.versions or (spec.file,)),
                         "newest": not spec.versions or spec.versions[-1] == spec.file}}


def position_for(spec: Spec) -> Position:
    pos = BY_KEY[spec.pos]
    over = dict(spec.over)
    dims = {**pos.dims, **over.pop("dims", {})}
    dims = {k: v for k, v in dims.items() if v is not None}
    return dataclasses.replace(pos, dims=dims, **over)


# --- documents to refuse ------------------------------------------------------------------------

POSTER = """Job Opportunity / Possibilité d'emploi

Director, Marine Conservation Programs (EX-01)
Fisheries and Oceans Canada - Ecosystems Management
Dartmouth (Nova Scotia), St. John's (Newfoundland and Labrador)

Reference number: DFO24J-118407-000052
Selection process number: 24-DFO-ATL-EA-EMB-0392
Salary: $132,963 to $156,445
Closing date: 2024-03-15 - 23:59, Pacific Time

Who can apply: Persons residing in Canada and Canadian citizens residing abroad.

Apply online

Work environment
Join a team that protects Canada's marine ecosystems! The Director leads the design and delivery of
marine conservation targets, marine protected area networks and species-at-risk recovery planning in
the Atlantic, working with Indigenous partners, industry and provinces.

Intent of the process
A pool of qualified candidates may be created and may be used to staff similar positions with various
tenures, linguistic profiles and security requirements.

Positions to be filled: 1

Information you must provide
Your résumé.
A covering letter "Answers to the screening questions"

Essential qualifications
Graduation with a degree from a recognized post-secondary institution in a field related to the position.
Significant* experience in managing human and financial resources.
Experience in leading the development of complex programs with Indigenous organizations.
*Significant is defined as the depth and breadth of experience normally associated with the performance of
those duties for a period of approximately two (2) years.

English or French essential
Key Leadership Competencies: Create vision and strategy; Mobilize people; Uphold integrity and respect;
Collaborate with partners and stakeholders; Promote innovation and guide change; Achieve results.

Conditions of employment
Secret security clearance. Willingness and ability to travel, including by small aircraft and vessel.

Other information
The Public Service of Canada is committed to building a skilled and diverse workforce.
Contact: DFO.EXRecruitment-RecrutementEX.MPO@example.gc.ca

Preference
Preference will be given to veterans and to Canadian citizens and permanent residents, in the following
order: veterans, then Canadian citizens and permanent residents.
"""

MEMO = [
    ("title", "NOTES - Organization chart review, Science Operations"),
    ("p", "Meeting of 14 November 2022, 10:00-11:30, room 3-112 and MS Teams. Present: DG Science Operations, "
          "HR business partner, Finance (CFO delegate), two directors. Notes taken by the branch planning unit."),
    ("h", "1. Boxes to change on the chart"),
    ("b", ["Director, Laboratory Services (EX-01), position 55210 - vacant since September; keep on chart, "
           "staffing action to launch in Q4.",
           "Manager, Quality Systems (BI-05), position 55218 - move under the Director, Laboratory Services.",
           "Senior Advisor, Biosafety (BI-04), 55231 - box to be deleted; incumbent moves to the new unit.",
           "New box: Director, Field Stations (EX-01) - position number to be assigned; classification decision "
           "pending (committee date to confirm)."]),
    ("h", "2. Numbers for the deck"),
    ("b", ["Branch total 212 FTEs (was 204); salary envelope $18.4M; O&M $3.1M per CFO.",
           "Field Stations would start with 27 FTEs drawn from the regional labs."]),
    ("h", "3. Actions"),
    ("b", ["HR to send draft work descriptions for the two new director boxes by 2 December.",
           "Planning to update the chart (version 7) and circulate before the DG retreat.",
           "Finance to confirm the 2023-24 reference levels."]),
    ("p", "These notes are a working record only and do not constitute a classification decision."),
]

LETTER = [
    ("p", "Gatineau, le 7 mars 2019"),
    ("p", "PROTÉGÉ B une fois rempli"),
    ("p", "Madame Hortense Villeneuve-Akana"),
    ("p", "Directrice, Planification stratégique"),
    ("p", "Objet : Décision de classification - poste 31884"),
    ("p", "Madame,"),
    ("p", "À la suite de l'examen de la description de travail du poste de directrice, Planification "
          "stratégique (numéro de poste 31884), le comité d'évaluation des postes de direction a confirmé la "
          "classification du poste au groupe et niveau EX-01, en vigueur le 1er avril 2019."),
    ("p", "Cette décision ne modifie ni vos conditions d'emploi ni votre rémunération actuelles. Si vous "
          "désirez obtenir une copie de la justification de l'évaluation, veuillez communiquer avec la "
          "Direction de la classification au plus tard le 30 avril 2019. Vous pouvez également présenter un "
          "grief de classification dans les 35 jours suivant la réception de la présente lettre."),
    ("p", "Veuillez agréer, Madame, l'expression de mes sentiments distingués."),
    ("p", "Le directeur général, Ressources humaines,"),
    ("p", "Théodore Lavigne-Mbaye"),
    ("p", "c.c. Dossier de poste 31884; Rémunération"),
]


def garbage_scan() -> bytes:
    """A scan the OCR engine could not read: fragments, rule lines and noise."""
    rng = random.Random(47)
    lines = []
    for _ in range(60):
        kind = rng.random()
        if kind < 0.2:
            lines.append("".join(rng.choice("_-=~.|") for _ in range(rng.randint(20, 70))))
        elif kind < 0.35:
            lines.append("")
        else:
            words = ["".join(rng.choice("aeinorstlcdmuIl1O0S5|!;:',.") for _ in range(rng.randint(1, 9)))
                     for _ in range(rng.randint(2, 12))]
            lines.append(" ".join(words))
    lines.insert(7, "EX~ . Wo rk De5cr ipt|on")
    lines.insert(23, "Pag e 1 o f")
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_plain_blocks(blocks: list, author: str) -> bytes:
    document = new_document(author)
    for block in blocks:
        if block[0] == "title":
            document.add_paragraph().add_run(block[1]).bold = True
        elif block[0] == "h":
            document.add_paragraph().add_run(block[1]).bold = True
        elif block[0] == "p":
            document.add_paragraph(block[1])
        elif block[0] == "b":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet")
    return save_docx(document)


def empty_docx() -> bytes:
    document = new_document("SCAN-HR")
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    return save_docx(document)


REFUSE = [
    ("Job opportunity - Director Marine Conservation Programs (EX-01).txt", "txt", "en",
     "a job poster, not a work description", lambda: ("\ufeff" + POSTER).encode("utf-8")),
    ("Notes - org chart review Science Ops 2022-11-14.docx", "docx", "en",
     "meeting notes on an organization chart", lambda: render_plain_blocks(MEMO, "SCIOPS")),
    ("Lettre - décision de classification poste 31884.docx", "docx", "fr",
     "a letter to an employee about a classification decision", lambda: render_plain_blocks(LETTER, "DGRH")),
    ("scan_0047.txt", "ocr", "en", "an unreadable scan", garbage_scan),
    ("Work Description - blank template.docx", "docx", "en", "an empty Word file", empty_docx),
]


# --- the folder -----------------------------------------------------------------------------------

ORDER_A = ("general", "nature", "org", "dims", "specific", "cert")
ORDER_B = ("general", "specific", "org", "nature", "dims", "cert")
ORDER_C = ("general", "org", "dims", "nature", "specific", "cert")
CSR = ("csr", "key", "org", "nature", "dims", "cert")
FR_FORM = "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)"

CANNOR = ("EX-02 Exec Dir Nunavut Regional Ops - DRAFT v3.docx", "0004419 Nunavut ED WD signed 2018.txt")
DEC = ("Description de travail - Directeur régional Abitibi-Témiscamingue (2019).docx",
       "Work Description - Regional Director Abitibi-Temiscamingue (EN, rev 2023).docx")
GRAIN = ("GRL Director job description 2014 signed.pdf", "GRL Director WD revised 2020-09.docx")
ATSSC = ("SST Registry DG - draft WD (TBD).docx", "71044 DG Registry Operations SST signed.txt",
         "71044 DG Registry and Tribunal Operations - revised 2020.docx")
CSA = ("ASC Directrice Utilisation ISS 2013.docx", "ASC Directrice Utilisation ISS - révisée 2018.docx")
HC = ("Description de poste - Directeur, Bureau de la radioprotection (2008).docx",
      "DT Directeur Bureau de la radioprotection 2016.docx")
CFIA = ("ACIA Labo St-Hyacinthe DE - ébauche.docx", "ACIA Labo St-Hyacinthe DE - signé.txt")
BANFF = ("Banff FUS WD draft for review.docx", "Banff FUS job description signed Aug 2017.txt")
NRCAN = ("RNCan DG CFL - description de travail 2012.docx", "RNCan DG CFL - DT révisée 2022-09.docx")

DRAFT = dict(date=None)

DOCUMENTS = [
    Spec(CANNOR[0], "cannor", "docx", form="EXECUTIVE (EX) WORK DESCRIPTION", ids="table4", reps="table",
         dims="split", money="full", status="draft", signed=False, versions=CANNOR, heads="num-upper",
         over=dict(date=None, number=None, provisional="To be assigned"),
         header="DRAFT - Protected A when completed", footer="CanNor HR | WD template 2016-1"),
    Spec(CANNOR[1], "cannor", "ocr", ids="lines", sup="reportsto", money="M", ocr="flow", versions=CANNOR,
         header="CanNor - Work Description", footer="Page {page} of {pages}", order=ORDER_A),
    Spec("ACOA PEI DG Enterprise Development 2012 (scan).txt", "acoa", "ocr",
         form="POSITION DESCRIPTION - EXECUTIVE GROUP", ids="nextline", reps="clsfirst", date="us", cls="space",
         money="Mword", ocr="columns", order=ORDER_C, heads="title", footer="ACOA/APECA  {page}"),
    Spec(DEC[0], "dec", "docx", lang="fr", form=FR_FORM, ids="table2", reps="table", dims="table",
         date="fr_le", money="fr_full", versions=DEC, heads="upper-colon",
         header="Développement économique Canada pour les régions du Québec", footer="DT 60127 - version finale"),
    Spec(DEC[1], "dec", "docx", form="WORK DESCRIPTION - EXECUTIVE GROUP", ids="stacked", sup="reportsto",
         date="iso", money="M", versions=DEC, status="revised", order=ORDER_B, heads="title",
         over=dict(date="2023-06-12", dims=dict(fte=14, salary=1_420_000, o_and_m=110_000, gc=12_800_000),
                   reports=[R("Conseiller principal, développement des affaires", "CO-03", None, "60131"),
                            R("Chef d'équipe, programmes aux entreprises", "CO-02", 8, "60134"),
                            R("Agente de gestion financière", "FI-02", 1, "60139"),
                            R("Adjointe administrative", "AS-01", None, "60140")]),
         header="CED | DEC - Protected A", footer="Translation of the French original (2023-06)"),
    Spec("PacifiCan_Director_Coastal_Communities_Investment_WD_2022.pdf", "pacifican", "pdf", sup="two",
         reps="prose", date="ord", temporary="2026-03-31", heads="alpha-title", order=ORDER_A,
         footer="PacifiCan - Work Description - page {page} of {pages}"),
    Spec("WD 00081562 ED Sask Business Programs.docx", "prairiescan", "docx", ids="table4", reps="table",
         dims="split", date="abbr", money="full", header="PrairiesCan | PROTECTED A", footer="Work Description",
         heads="roman-upper"),
    Spec("FedNor Director CED Programs - bilingual.docx", "fednor", "docx", lang="bi-side",
         form="WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ids="tablebi", date="long", money="M"),
    Spec("CNSC DG Nuclear Substance Regulation - signed copy.txt", "cnsc", "ocr", ids="table4", date="slash",
         cls="nodash", money="full", ocr="lines", heads="num-upper", order=ORDER_C,
         header="CNSC / CCSN  Position Description", footer="e-Doc 3417725  Page {page}"),
    Spec(GRAIN[0], "grain", "pdf", form="JOB DESCRIPTION", sup="prose", reps="numbered", date="upper",
         money="dollars", versions=GRAIN, heads="title-colon", footer="CGC-HR-012 (2011)   {page}"),
    Spec(GRAIN[1], "grain", "docx", ids="table2", reps="table", dims="table", date="iso", versions=GRAIN,
         status="revised", order=ORDER_A, heads="upper",
         over=dict(date="2020-09-08", sup=("2205", "Executive Director, Industry Services", "EX-02"),
                   dims=dict(salary=5_380_000, o_and_m=910_000, fte=61)),
         header="Canadian Grain Commission - Work Description", footer="Revised September 2020"),
    Spec(ATSSC[0], "atssc", "docx", ids="table2", status="draft", signed=False, versions=ATSSC, money="Mword",
         over=dict(date=None, number=None, provisional="TBD"), header="ATSSC - DRAFT", heads="title"),
    Spec(ATSSC[1], "atssc", "ocr", ids="lines", sup="reportsto", reps="prose", dims="prose", date="long", fte="full",
         versions=ATSSC, ocr="flow", order=ORDER_B, footer="SST Secretariat - WD 71044 - {page}/{pages}"),
    Spec(ATSSC[2], "atssc", "docx", ids="table4", reps="table", dims="split", date="ord", versions=ATSSC,
         status="revised", heads="num-title",
         over=dict(title="Director General, Appeals Registry and Tribunal Support", date="2020-10-19",
                   reports=[R("Director, General Division Registry", "EX-01", 95, "71051"),
                            R("Director, Appeal Division Registry", "EX-01", 27, "71058"),
                            R("Director, Tribunal Operations Support", "EX-01", 31, "71066"),
                            R("Manager, Case Management Systems", "CS-04", 9, "71063")],
                   dims=dict(fte=163, salary=12_450_000, o_and_m=1_600_000)),
         header="Administrative Tribunals Support Service of Canada", footer="Position 71044 - rev. 2020"),
    Spec("SATJ Directeur greffe CAF - numérisé.txt", "cas", "ocr", lang="fr",
         form="DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", date="fr_long", money="fr_M", ocr="flow",
         order=ORDER_A, heads="upper", footer="SATJ / CAS - Page {page}"),
    Spec("DG Assurance de la conformité - DT 2020.docx", "ocol", "docx", lang="fr", form=FR_FORM, ids="table4",
         sup="reportsto", reps="table", dims="split", date="fr_dmy", money="fr_nbsp", incumbent="named",
         heads="num-upper", header="Commissariat aux langues officielles - PROTÉGÉ A", footer="Page 1 de 4"),
    Spec("OPC Director Breach Response WD.pdf", "opc", "pdf", ids="nextline", date="iso", money="Msp",
         heads="alpha-title", order=ORDER_C, footer="OPC-HR  |  Work Description  |  {page}"),
    Spec("OTC - DG Règlement des différends - description de travail.pdf", "cta", "pdf", lang="fr",
         form="DESCRIPTION DE TRAVAIL", sup="prose", reps="numbered", dims="prose", date="fr_slash", fte="fr_full",
         money="fr_Mword", heads="upper", footer="Office des transports du Canada - {page}/{pages}"),
    Spec("CRCC Senior Director Reviews & Investigations.txt", "crcc", "txt", ids="tabbed", reps="clsfirst",
         date="us", money="M", encoding="cp1252", heads="title-colon",
         extra_ids=(("Note", "Replaces the \u201cDirector, Reviews\u201d description \u2013 2014"),)),
    Spec("NRC ACRD Saskatoon Director R&D.txt", "nrc", "ocr", ids="table2", dims="split", date="dmy",
         money="full", ocr="lines", order=ORDER_B, heads="upper",
         header="NRC-CNRC  EXECUTIVE POSITION DESCRIPTION", footer="{page}"),
    Spec(CSA[0], "csa", "docx", lang="fr", form="DESCRIPTION DE TRAVAIL", ids="table2", date="fr_long",
         versions=CSA, heads="title", header="Agence spatiale canadienne", footer="ASC-RH-EX"),
    Spec(CSA[1], "csa", "docx", lang="fr", form=FR_FORM, ids="nextline", reps="table", dims="table",
         date="fr_le", versions=CSA, status="revised", order=ORDER_C, heads="alpha-upper",
         over=dict(date="2018-04-16", sup=("51210", "Directeur général, Exploration spatiale et utilisation", "EX-03"),
                   dims=dict(o_and_m=2_950_000, fte=29))),
    Spec("STC Sherbrooke centre de collecte - directeur (scan 2007).txt", "statsher", "ocr", lang="fr",
         form="DESCRIPTION DE TRAVAIL", sup="two", reps="clsfirst", date="fr_le", money="fr_full", fte="fr_etp",
         ocr="columns", heads="upper-colon", footer="Statistique Canada - page {page}"),
    Spec("STC Director CEAG Operations - Directeur Opérations RA (bilingual).docx", "statag", "docx",
         lang="bi-alt", form="WORK DESCRIPTION / DESCRIPTION DE TRAVAIL", ids="table3", date="long", money="M",
         heads="upper", header="Statistics Canada / Statistique Canada"),
    Spec("NML Exec Dir Biosafety Containment Ops - final signed.txt", "phac", "ocr", sup="reportsto",
         date="ord", ocr="columns", order=ORDER_C, heads="upper", header="PHAC / ASPC",
         footer="Page {page} of {pages}"),
    Spec(HC[0], "hc", "docx", lang="fr", form="DESCRIPTION DE POSTE", ids="lines", date="fr_long",
         money="fr_full", versions=HC, heads="upper", header="Santé Canada"),
    Spec(HC[1], "hc", "docx", lang="fr", form="DESCRIPTION DE TRAVAIL - CADRE DE DIRECTION", ids="table4",
         reps="table", dims="table", date="fr_dmy", versions=HC, status="revised", order=ORDER_A,
         heads="num-upper",
         over=dict(date="2016-10-03", sup=("247120", "Directeur général, Direction de la sécurité des milieux", "EX-03"),
                   reports=list(BY_KEY["hc"].reports) + [R("Chef, Radon et rayonnement naturel", "PC-04", 6)],
                   dims=dict(fte=52, salary=4_610_000, o_and_m=1_390_000),
                   location="Région de la capitale nationale (RCN)"),
         header="Santé Canada - PROTÉGÉ A une fois rempli", footer="DGSESC - BRP"),
    Spec(CFIA[0], "cfia", "docx", lang="fr", form=FR_FORM, ids="table2", sup="two", status="draft", signed=False,
         money="fr_M", versions=CFIA, over=DRAFT, heads="title", header="ÉBAUCHE - ne pas diffuser"),
    Spec(CFIA[1], "cfia", "ocr", lang="fr", form=FR_FORM, dims="prose", date="fr_dmy", fte="fr_eff", versions=CFIA,
         ocr="flow", order=ORDER_B, heads="upper", footer="ACIA/CFIA  Page {page} de {pages}"),
    Spec(BANFF[0], "banff", "docx", ids="table4", reps="table", dims="split", money="full", status="draft",
         signed=False, versions=BANFF, over=DRAFT, heads="upper", header="Parks Canada | DRAFT"),
    Spec(BANFF[1], "banff", "ocr", ids="nextline", sup="reportsto", date="us", money="Mword", incumbent="acting",
         versions=BANFF, ocr="lines", order=ORDER_A, heads="title", footer="Parks Canada Agency  - {page} -"),
    Spec("DT_Directeur_UG_Mauricie_Ouest_Quebec_2024.docx", "mauricie", "docx", lang="fr", form=FR_FORM,
         ids="stacked", reps="table", dims="split", date="fr_le", money="fr_Mword", heads="upper",
         header="Parcs Canada", footer="Description de travail - EX-01"),
    Spec("ISC Sioux Lookout Zone ED - WD (CSR format).docx", "sioux", "docx", form="WORK DESCRIPTION",
         ids="table2", dims="table", date="long", order=CSR, heads="upper", header="Indigenous Services Canada"),
    Spec("SAC DGR Région du Québec - DT.docx", "isc_qc", "docx", lang="fr", form="DESCRIPTION DE TRAVAIL",
         ids="table4", date="fr_long", money="fr_M", order=CSR, heads="title",
         header="Services aux Autochtones Canada - Région du Québec"),
    Spec("DRDC DG Valcartier RC - EN-FR.docx", "drdc", "docx", lang="bi-seq", ids="table2", reps="table",
         date="iso", heads="num-upper", header="DRDC | RDDC - PROTECTED A / PROTÉGÉ A"),
    Spec("DND CHRSC Atlantic Director PD 2005.txt", "dndciv", "ocr", form="POSITION DESCRIPTION", date="long",
         money="full", incumbent="acting", ocr="flow", order=ORDER_C, heads="upper",
         header="DND/MDN - CIVILIAN HR", footer="Page {page} of {pages}  PD 211930"),
    Spec("IRCC Area Director Asia-Pacific WD 2024.docx", "ircc", "docx", ids="table2", sup="reportsto",
         reps="table", dims="prose", date="ord", fte="approx", heads="title", header="UNCLASSIFIED / NON CLASSIFIÉ"),
    Spec("BAC Directeur Centre de préservation - énoncé de fonctions 2003.pdf", "lac", "pdf", lang="fr",
         form="ÉNONCÉ DE FONCTIONS", ids="nextline", reps="prose", date="fr_long", money="fr_full",
         heads="roman-upper", footer="BAC - ÉF 80931 - p. {page}"),
    Spec("VRAB ED Appeals Operations JD.txt", "vrab", "txt", form="JOB DESCRIPTION", sup="two", reps="numbered",
         date="slash", cls="short", order=ORDER_A, heads="upper"),
    Spec("VAC Associate Deputy Minister - position description.docx", "vac_adm", "docx",
         form="SENIOR POSITION DESCRIPTION (GIC)", ids="table2", dims="prose", date="long", money="Mword", fte="staff",
         heads="title",
         header="Veterans Affairs Canada - PROTECTED B"),
    Spec("BST Directeur enquêtes marine - 2006.txt", "tsb", "ocr", lang="fr", form="DESCRIPTION DE POSTE",
         sup="reportsto", reps="clsfirst", date="fr_le", money="fr_full", ocr="lines", heads="upper",
         footer="BST/TSB - {page}"),
    Spec(NRCAN[0], "nrcan", "docx", lang="fr", form=FR_FORM, ids="table4", reps="table", date="fr_long",
         versions=NRCAN, heads="upper", header="Ressources naturelles Canada - Service canadien des forêts"),
    Spec(NRCAN[1], "nrcan", "docx", lang="fr", form=FR_FORM, ids="table2", sup="reportsto", dims="split",
         date="fr_dmy", versions=NRCAN, status="revised", incumbent="named", order=ORDER_B, heads="num-upper",
         over=dict(date="2022-09-12",
                   reports=[R("Directeur, Recherche forestière", "EX-01", 78),
                            R("Gestionnaire, Services scientifiques et techniques", "EG-07", 28),
                            R("Gestionnaire, Services intégrés", "AS-06", 15)],
                   dims=dict(fte=131, salary=12_700_000, o_and_m=3_450_000))),
    Spec("CIRNAC ADM Northern Governance and Arctic Programs - WD final.docx", "cirnac", "docx",
         form="WORK DESCRIPTION - ASSISTANT DEPUTY MINISTER (EX-05)", ids="table2", sup="two", reps="table",
         dims="split", date="us", money="Mword", order=ORDER_B, heads="roman-title",
         header="CIRNAC | RCAANC", footer="Work Description 50012483"),
    Spec("AAFC Lethbridge RDT Director 2010 scan.txt", "aafc", "ocr", date="long", cls="space", money="full",
         ocr="flow", heads="upper", footer="AAFC/AAC  {page}"),
]


def write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def render(spec: Spec, labels: Labels) -> tuple[bytes, dict]:
    pos = position_for(spec)
    builder = Builder(spec, pos, labels)
    blocks = builder.build()
    data = {"docx": lambda: render_docx(blocks, spec, pos), "ocr": lambda: render_ocr(blocks, spec, pos),
            "pdf": lambda: render_pdf(blocks, spec, pos), "txt": lambda: render_txt(blocks, spec)}[spec.fmt]()
    return data, truth(spec, pos, builder.people)


def main() -> int:
    for folder in (CORPUS, EXPECTED):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    labels = Labels()
    for seq, spec in enumerate(DOCUMENTS):
        spec.seq = seq
        data, expected = render(spec, labels)
        write(CORPUS / spec.file, data)
        dump(expected)
        check_stated(spec, expected)
    for name, fmt, lang, reason, make in REFUSE:
        write(CORPUS / name, make())
        dump({"document": name, "kind": KIND[fmt], "language": lang, "outcome": "refuse", "reason": reason,
              "people": [n for n in ("Hortense Villeneuve-Akana", "Théodore Lavigne-Mbaye") if "Lettre" in name]})
    print(f"{len(DOCUMENTS)} work descriptions and {len(REFUSE)} documents to refuse written to {CORPUS}")
    return 0


def dump(expected: dict) -> None:
    text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=100)
    if yaml.safe_load(text) != expected:
        raise SystemExit(f"{expected['document']}: ground truth does not read back as written")
    (EXPECTED / f"{expected['document']}.expected.yaml").write_text(text, encoding="utf-8")


def document_text(path: Path) -> str:
    """The text a reader of the file sees, to check that every stated value is in it."""
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        parts += [p.text for section in document.sections for p in section.header.paragraphs]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    data = path.read_bytes()
    return data.decode("utf-8") if data.startswith(b"\xef\xbb\xbf") else data.decode("cp1252")


def check_stated(spec: Spec, expected: dict) -> None:
    """Every text value of the ground truth is written, verbatim, in the (undamaged) document."""
    if spec.fmt == "ocr":
        return
    text = " ".join(document_text(CORPUS / spec.file).split())
    fields = expected["fields"]
    values = [fields["title"], fields["job_code"], fields["position_number"], fields["location"],
              fields["supervisor"]["position_number"], fields["supervisor"]["title"]]
    values += [r["title"] for r in fields["direct_reports"]]
    for value in values:
        for one in value if isinstance(value, list) else [value]:
            if one is not None and one not in text:
                raise SystemExit(f"{spec.file}: {one!r} is in the ground truth but not in the document")


if __name__ == "__main__":
    sys.exit(main())
