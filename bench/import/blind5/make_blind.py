#!/usr/bin/env python3
"""Make the sixth blind corpus of ``hrkit import``: EX work descriptions as departmental files hold
them (OCR text of signed forms, Word files, PDFs, a few plain text files) and their ground truth.

    python bench/import/blind5/make_blind.py      rewrites corpus/ and expected/

Written without looking at the importer or the other corpora: the layouts, label wordings and
damage follow the seed documents, the Treasury Board EX work-description template (General
Accountability, Organization Structure, Nature and Scope, Dimensions, Specific Accountabilities,
Certification, Classification decision) and the forms and HR-system printouts departments use.
Deterministic: every random choice comes from a generator seeded with the document's name, and
Word files are zipped with fixed dates."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2] / "tests")]
from import_files import pdf_bytes  # noqa: E402  (a PDF with a text layer, as the import tests make them)
from positions_blind import POSITIONS  # noqa: E402

BY_KEY = {p["key"]: p for p in POSITIONS}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROVINCE_FR = {"Quebec": "Québec", "Ontario": "Ontario", "Alberta": "Alberta", "Manitoba": "Manitoba",
               "Nova Scotia": "Nouvelle-Écosse", "British Columbia": "Colombie-Britannique", "Nunavut": "Nunavut",
               "Prince Edward Island": "Île-du-Prince-Édouard"}
PROVINCE_CODE = {"Quebec": "QC", "Ontario": "ON", "Alberta": "AB", "Manitoba": "MB", "Nova Scotia": "NS",
                 "British Columbia": "BC", "Nunavut": "NU", "Prince Edward Island": "PE"}
CLASSIFIERS = ["Yvonne Castonguay", "Derek Abernethy", "Mélanie Thériault", "Kofi Asante", "Rosemary Quigley",
               "Patrice Lévesque", "Harjit Dhillon", "Corinne Blais"]

# --- label wordings: each drawn by the least-used rule, so a wording appears in one or two documents

LABELS = {
    "title": (["Position Title", "Title of Position", "Job Title", "Official Position Title", "TITLE", "Title",
               "Position Name", "Title of the Position", "Descriptive Title", "Official Title", "Position",
               "Work Description Title", "Classified Title", "Approved Title", "Position title (official)", "Position Title (English)", "Title - Official", "Job title"],
              ["Titre du poste", "Titre officiel du poste", "Titre", "Intitulé du poste", "Titre descriptif",
               "Désignation du poste", "Titre officiel", "Poste", "Titre approuvé", "Appellation du poste",
               "Titre de la description de travail", "Titre du poste (officiel)", "Titre - officiel"]),
    "classification": (["Classification", "Group and Level", "Group/Level", "Classification Level", "Level",
                        "Group & Level", "Occupational Group and Level", "Position Level", "Grp/Lvl", "Group-Level",
                        "Current Classification", "Substantive Classification", "EX Level", "Class. Level", "Classification Group/Level", "Level of Position", "Group and level of position"],
                       ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Groupe-niveau",
                        "Niveau de classification", "Classification du poste", "Groupe et niveau du poste",
                        "Niveau EX", "Classification (groupe et niveau)", "Groupe et niveau de classification"]),
    "job_code": (["Job Code", "Job Number", "Generic Job Code", "Position Job Code", "Job ID", "Job Code No.",
                  "Work Description No.", "WD Number", "Job Description Number", "Standardized Job No.", "JD #",
                  "Job Ref.", "Job Code (PeopleSoft)", "Job No.", "Standard Job Code"],
                 ["Code d'emploi", "Numéro d'emploi", "Code de l'emploi", "N° de la description de travail",
                  "Numéro de la DT", "Code de poste générique", "N° d'emploi", "Référence de l'emploi", "Code d'emploi (PeopleSoft)", "N° de l'emploi"]),
    "number": (["Position Number", "Position No.", "Position #", "Pos. No.", "Position ID", "Position Identifier",
                "Position Number (PeopleSoft)", "Position Reference Number", "Pos #", "No. of Position",
                "Position Control Number", "Position No", "Number of Position", "Position Number (HRMS)", "Posn #"],
               ["Numéro du poste", "N° du poste", "No du poste", "Numéro de poste", "Identificateur du poste",
                "N° de poste (PeopleSoft)", "Numéro d'identification du poste", "Poste n°", "N° de poste", "Numéro du poste (SGRH)", "No. du poste"]),
    "effective": (["Effective Date", "Effective date of work description", "Date Effective", "Effective",
                   "Effective as of", "WD Effective Date", "Date in Effect", "Effective From",
                   "Work Description Effective Date", "Effective date (yyyy/mm/dd)", "Date this description takes effect", "In effect since", "Effective date of the job description", "Eff. Date"],
                  ["Date d'entrée en vigueur", "Date d'effet", "En vigueur le", "Date de prise d'effet",
                   "Entrée en vigueur", "Date d'entrée en vigueur de la DT", "Date effective",
                   "En vigueur à compter du", "Date de mise en vigueur", "En vigueur depuis"]),
    "sup_number": (["Supervisor's Position Number", "Supervisor Position No.", "Reports to Position No.",
                    "Position Number of Supervisor", "Supervisor's Position #", "Manager's Position Number",
                    "Immediate Supervisor Position No.", "Supervisor Pos. ID", "Superior's Position No.",
                    "Supervisor Position Number", "Supervisor - Position No.", "Supervisor's Pos. No.", "Position No. of Supervisor", "Reports to (position number)"],
                   ["Numéro du poste du superviseur", "N° du poste du surveillant", "Numéro de poste du supérieur",
                    "N° du poste du supérieur immédiat", "Poste du superviseur (n°)", "Numéro du poste de relevance", "N° de poste du superviseur", "Numéro du poste du gestionnaire"]),
    "sup_title": (["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor", "Reports To",
                   "Immediate Supervisor", "Supervisor's Title", "Manager's Title", "Reporting To (Title)",
                   "Supervisor Position Title", "Title of Immediate Supervisor", "Supervisor - Title", "Reports to (title)", "Title of the supervisor's position", "Supervisor (title)"],
                  ["Titre du poste du superviseur", "Titre du surveillant", "Relève de", "Supérieur immédiat",
                   "Titre du supérieur immédiat", "Titre du poste du supérieur", "Rend compte à", "Titre du poste du gestionnaire", "Supérieur (titre)"]),
    "sup_class": (["Supervisor's Classification", "Supervisor Group/Level", "Supervisor's Group and Level",
                   "Classification of Supervisor", "Supervisor Level", "Supervisor's Grp/Lvl",
                   "Classification of Immediate Supervisor", "Manager's Classification", "Supervisor - Group/Level", "Supervisor's Level", "Supervisor Classification", "Reports to (group and level)"],
                  ["Classification du superviseur", "Groupe et niveau du superviseur", "Classification du surveillant",
                   "Niveau du supérieur", "Groupe/niveau du supérieur immédiat", "Classification du poste du supérieur", "Niveau du poste du superviseur", "Groupe et niveau du gestionnaire"]),
    "location": (["Location", "Geographic Location", "Work Location", "Position Location", "City/Province",
                  "Location of Position", "Geographical Location", "Duty Station", "Place of Work",
                  "Headquarters Location", "Location (City, Province)", "Work location", "Location of the position", "City"],
                 ["Lieu", "Lieu de travail", "Emplacement géographique", "Lieu géographique", "Emplacement du poste",
                  "Ville/province", "Lieu du poste", "Lieu de travail (ville, province)", "Endroit"]),
    "dept": (["Department", "Department/Agency", "Organization", "Dept.", "Department or Agency", "Employer", "Department name", "Organization name", "Dept/Agency", "Portfolio"],
             ["Ministère", "Ministère/organisme", "Organisation", "Organisme", "Ministère ou organisme", "Nom du ministère", "Organisme/ministère"]),
    "branch": (["Branch", "Sector", "Branch/Sector", "Branch - Service", "Business Line", "Branch / Sector", "Sector/Branch", "Program Branch", "Region/Branch"],
               ["Direction générale", "Secteur", "Direction générale/secteur", "Secteur d'activité", "Secteur/direction générale", "Région/secteur"]),
    "unit": (["Directorate", "Division", "Organizational Unit", "Directorate/Division", "Unit", "Service Line", "Unit/Directorate", "Organization unit", "Work Unit", "Responsibility Centre Name"],
             ["Direction", "Division", "Unité organisationnelle", "Direction/division", "Unité", "Unité de travail", "Service"]),
    "salary": (["Salary", "Salary Budget", "Salaries", "Salary Dollars", "Personnel (Salary)", "Salary envelope",
                "Wages and Salaries", "Salary budget", "Salary costs", "Salary expenditures", "Personnel costs", "Salary ($)", "Salaries and wages", "Salary allocation", "Salary (annual)", "Salary dollars (annual)", "Annual salary budget"],
               ["Salaires", "Budget salarial", "Enveloppe salariale", "Traitements et salaires", "Masse salariale", "Salaires ($)", "Coûts salariaux", "Dépenses salariales", "Budget des salaires", "Salaires annuels"]),
    "o_and_m": (["O&M", "Operating and Maintenance", "O & M Budget", "Non-salary O&M", "Operations and Maintenance",
                 "O and M", "Operating (O&M)", "O&M ($)", "Operating & maintenance", "Non-salary budget", "O&M allocation", "Operations & Maintenance budget", "Goods and services (O&M)", "O&M dollars", "Annual O&M", "O&M budget"],
                ["F et E", "Fonctionnement et entretien", "Budget de F et E", "Budget de fonctionnement (F et E)",
                 "F&E", "F et E ($)", "Dépenses de fonctionnement et d'entretien", "Budget F&E", "Fonctionnement (F et E)", "F et E annuel"]),
    "total": (["Total", "Total Budget", "Total Salary and O&M", "Total Resources", "Total (Salary + O&M)",
               "Total budget managed", "Total ($)", "Grand total", "Total budget (salary and O&M)", "Total allocation", "Total annual budget", "Total managed", "Total (all funds)", "Overall budget", "Total resources managed"],
              ["Total", "Budget total", "Total des salaires et du F et E", "Total des ressources", "Budget global", "Total ($)", "Total général", "Budget annuel total", "Total des budgets", "Ressources totales"]),
    "fte": (["FTEs", "Full-Time Equivalents", "Number of FTEs", "Human Resources (FTEs)", "FTE's", "Total FTEs",
             "Staff (FTE)", "FTE count", "Employees (FTE)", "Staff complement", "Number of employees", "FTEs (all)", "Personnel (FTEs)", "Human resources"],
            ["ETP", "Équivalents temps plein", "Nombre d'ETP", "Effectif", "Ressources humaines (ETP)", "Effectif (ETP)", "Nombre d'employés", "Ressources humaines", "ETP (total)"]),
}
HEADINGS = {
    "ga": (["General Accountability", "GENERAL ACCOUNTABILITY", "General accountability", "Accountability (General)"],
           ["Responsabilité générale", "RESPONSABILITÉ GÉNÉRALE", "Responsabilités générales"]),
    "org": (["Organization Structure", "ORGANIZATIONAL STRUCTURE", "Organizational Structure", "Organization"],
            ["Structure de l'organisation", "STRUCTURE ORGANISATIONNELLE", "Structure organisationnelle"]),
    "ns": (["Nature and Scope", "NATURE AND SCOPE", "Nature & Scope", "Nature and scope"],
           ["Nature et étendue", "NATURE ET ÉTENDUE", "Nature et portée"]),
    "dim": (["Dimensions", "DIMENSIONS", "Dimensions (fiscal year)", "Key Dimensions"],
            ["Dimensions", "DIMENSIONS", "Dimensions (exercice financier)"]),
    "sa": (["Specific Accountabilities", "SPECIFIC ACCOUNTABILITIES", "Specific accountabilities"],
           ["Responsabilités spécifiques", "RESPONSABILITÉS SPÉCIFIQUES", "Responsabilités particulières"]),
    "csr": (["Client Service Results", "CLIENT SERVICE RESULTS"], ["Résultats axés sur le service à la clientèle"]),
    "ka": (["Key Activities", "KEY ACTIVITIES"], ["Activités principales", "ACTIVITÉS PRINCIPALES"]),
    "cert": (["Certification", "CERTIFICATION", "Signatures"], ["Attestation", "ATTESTATION", "Signatures"]),
    "cls": (["Classification Decision", "CLASSIFICATION APPROVAL", "For Classification Use Only"],
            ["Décision de classification", "APPROBATION DE LA CLASSIFICATION", "Réservé à la classification"]),
}


class Labels:
    """Draws label wordings so that each is used in as few documents as it can be."""

    def __init__(self):
        self.used: dict[str, int] = {}

    def pick(self, rng: random.Random, table: dict, name: str, lang: str) -> str:
        pool = table[name][0 if lang == "en" else 1]
        least = min(self.used.get(w, 0) for w in pool)
        choice = rng.choice([w for w in pool if self.used.get(w, 0) == least])
        self.used[choice] = self.used.get(choice, 0) + 1
        return choice


LABEL_USE = Labels()


# --- how values are written ----------------------------------------------------------------------

def date_text(day: dt.date, lang: str, style: str) -> str:
    if lang == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return {"long": f"{first} {MONTHS_FR[day.month - 1]} {day.year}",
                "le": f"le {first} {MONTHS_FR[day.month - 1]} {day.year}",
                "iso": day.isoformat(), "slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
                "dots": f"{day.day:02d}.{day.month:02d}.{day.year}"}[style]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return {"long": f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
            "us": f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
            "ord": f"{MONTHS_EN[day.month - 1]} {day.day}{suffix}, {day.year}",
            "ymd": f"{day.year}/{day.month:02d}/{day.day:02d}", "iso": day.isoformat(),
            "dmy": f"{day.day:02d}-{day.month:02d}-{day.year}" if day.day > 12 else day.isoformat(),
            "abbr": f"{day.day:02d}-{MONTHS_EN[day.month - 1][:3]}-{day.year}"}[style]


DATE_STYLES = {"en": ["long", "us", "ord", "ymd", "iso", "dmy", "abbr"], "fr": ["long", "le", "iso", "slash", "dots"]}


def class_text(cls: str, style: str) -> str:
    group, _, level = cls.rpartition("-")
    return {"std": cls, "space": f"{group} {level}", "short": f"{group}-{int(level)}", "joined": f"{group}{level}",
            "paren": f"({cls})"}[style]


def millions(value: int, lang: str) -> str:
    text = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text


def money_text(value: int, lang: str, style: str) -> str:
    if lang == "fr":
        grouped = f"{value:,}".replace(",", " ")
        return {"full": f"{grouped} $", "M": f"{millions(value, 'fr')} M$",
                "words": f"{millions(value, 'fr')} millions de dollars",
                "K": f"{value // 1000} k$" if value % 1000 == 0 and value < 5_000_000 else f"{millions(value, 'fr')} M$",
                "nbsp": f"{grouped.replace(' ', chr(160))}\u00a0$"}[style]
    return {"full": f"${value:,}", "M": f"${millions(value, 'en')} M", "Mtight": f"${millions(value, 'en')}M",
            "words": f"{millions(value, 'en')} million dollars",
            "K": f"${value // 1000:,}K" if value % 1000 == 0 and value < 5_000_000 else f"${millions(value, 'en')}M",
            "cents": f"${value:,}.00"}[style]


MONEY_STYLES = {"en": ["full", "M", "Mtight", "words", "K", "cents"], "fr": ["full", "M", "words", "K", "nbsp"]}


def fte_text(n: int, lang: str, style: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "long": f"{n} équivalents temps plein", "env": f"environ {n} employés",
                "eff": f"un effectif de {n} personnes"}[style]
    return {"ftes": f"{n} FTEs", "long": f"{n} full-time equivalents", "staff": f"a staff of {n}",
            "approx": f"approximately {n} employees", "fte": f"{n} FTE"}[style]


FTE_STYLES = {"en": ["ftes", "long", "staff", "approx", "fte"], "fr": ["etp", "long", "env", "eff"]}
NUMBER_WORDS = {"en": ["zero", "one", "two", "three", "four", "five", "six", "seven"],
                "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept"]}


def location_text(loc: tuple, lang: str, style: str) -> str:
    city, province = loc
    prov = PROVINCE_FR[province] if lang == "fr" else province
    return {"comma": f"{city}, {prov}", "paren": f"{city} ({prov})", "code": f"{city}, {PROVINCE_CODE[province]}",
            "nl": f"{city}, {prov}, Canada"}[style]


# --- the body text of a work description -----------------------------------------------------------

def short(title: str, lang: str) -> str:
    head = title.split(",")[0]
    if lang == "fr":
        return ("la " if head.startswith(("Directrice", "Gestionnaire")) else "le ") + head.lower()
    return "the " + head


def general_accountability(p: dict, lang: str, rng: random.Random) -> list[str]:
    t = p["title"][lang == "fr"]
    m = p["mandate"][lang == "fr"]
    f = p["focus"][lang == "fr"]
    unit = p["unit"][lang == "fr"]
    if lang == "fr":
        first = rng.choice([
            french(f"Le titulaire du poste de {t[0].lower() + t[1:]} est responsable de {m}, y compris {f[0]}, {f[1]} et {f[2]}."),
            french(f"Responsable de {m} : {f[0]}, {f[1]} et {f[2]}, et de la gestion des ressources humaines et financières de l'unité {unit}."),
            f"Sous l'autorité du {p['supervisor']['title'][1][0].lower() + p['supervisor']['title'][1][1:]}, le titulaire dirige {m}."])
        return [first, "Le titulaire assure la planification stratégique, l'intégration des priorités ministérielles et la "
                       "reddition de comptes sur les résultats, dans le respect des valeurs et de l'éthique de la fonction publique."]
    first = rng.choice([
        f"The {t} is accountable for {m}, including {f[0]}, {f[1]} and {f[2]}.",
        f"Accountable for {m}; for {f[0]}, {f[1]} and {f[2]}; and for the management of the human and financial resources of the {unit} organization.",
        f"Under the direction of the {p['supervisor']['title'][0]}, the incumbent leads {m}."])
    return [first, rng.choice([
        "The position provides strategic leadership, sets priorities consistent with departmental and Government of Canada "
        "objectives, and ensures that results are measured and reported.",
        "This includes setting direction, building partnerships and ensuring the effective stewardship of public funds in "
        "accordance with the values and ethics of the public service."])]


NS_EN = [
    "{dept} delivers its mandate through programs and services across the country. Within the {branch}, the {unit} "
    "organization is responsible for {mandate}. The work is highly visible and subject to the scrutiny of Parliament, "
    "the media, stakeholders and the public.",
    "{Short} operates in a complex environment shaped by changing government priorities, evolving legislation and "
    "regulations, new technologies and rising expectations from clients and partners. The incumbent must anticipate "
    "emerging issues and adjust plans and resources quickly, often with incomplete information.",
    "A major challenge is to balance the demand for timely service with the obligation to protect the integrity of "
    "{f0}. {Short} must reconcile the interests of internal and external stakeholders whose objectives and timelines "
    "are not always shared, while maintaining the confidence of senior management.",
    "{Short} exercises full delegated authority for human resources and financial management within the {unit} "
    "organization and is a member of the {branch} management committee. Decisions taken by the incumbent on {f1} have "
    "direct consequences for clients and for the reputation of the department.",
    "Contacts are extensive. {Short} deals with senior officials of central agencies, other federal departments, "
    "provincial, territorial and Indigenous governments, industry associations and international counterparts, "
    "negotiating arrangements and representing the department on committees and working groups.",
    "The renewal of the workforce is a constant concern: recruitment of specialized staff is difficult, many employees "
    "are eligible to retire, and the organization must develop succession plans, knowledge transfer and a healthy, "
    "diverse and inclusive workplace in both official languages.",
    "The incumbent is expected to modernize {f2} through better data, digital tools and streamlined processes, while "
    "ensuring continuity of service during the transition and managing the risks that change brings.",
]
NS_EN += [
    "The {unit} organization is the department's centre of expertise for {f0}. Its advice is sought by program areas "
    "across the department and by other federal organizations, and its positions are often quoted in Parliament and in "
    "the media. {Short} is the department's spokesperson on these matters with senior officials.",
    "Much of the work is done under tight and non-negotiable deadlines: ministerial commitments, Budget announcements, "
    "audits by the Office of the Auditor General, and emergencies that require the organization to redeploy staff on "
    "short notice. {Short} must maintain essential services while responding to these demands.",
    "Financial management is demanding: a large part of the budget is committed to {f2}, where costs rise faster than "
    "the reference levels, and {short} must find internal reallocations, prepare funding proposals and account for "
    "every variance to the departmental chief financial officer.",
    "Information management and security are critical. The organization holds protected and classified information, "
    "some of it personal, and {short} is accountable for its protection, for the response to access to information "
    "and privacy requests, and for the lawful sharing of data with partners.",
    "The position requires sound judgement in situations where policy gives no clear answer. {Short} regularly decides "
    "on matters that set precedents for {f1}, and must weigh legal, financial, operational and reputational risks "
    "before recommending a course of action to the {sup}.",
]
NS_FR = [
    "{dept} réalise son mandat au moyen de programmes et de services offerts partout au pays. Au sein de {branch}, "
    "l'unité {unit} est responsable de {mandate}. Le travail est très visible et fait l'objet de l'examen du Parlement, "
    "des médias, des intervenants et du public.",
    "{Short} évolue dans un environnement complexe marqué par l'évolution des priorités gouvernementales, des lois et "
    "des règlements, par les nouvelles technologies et par les attentes croissantes des clients et des partenaires. Le "
    "titulaire doit prévoir les enjeux émergents et adapter rapidement les plans et les ressources.",
    "Un défi important consiste à concilier la demande de services rapides et l'obligation de protéger l'intégrité de "
    "{f0}. Le titulaire doit concilier les intérêts d'intervenants internes et externes dont les objectifs et les "
    "échéanciers ne sont pas toujours les mêmes.",
    "{Short} exerce les pouvoirs délégués complets en matière de gestion des ressources humaines et financières et "
    "siège au comité de gestion. Les décisions prises à l'égard de {f1} ont des conséquences directes pour la clientèle "
    "et pour la réputation du ministère.",
    "Les contacts sont nombreux : hauts fonctionnaires des organismes centraux, autres ministères fédéraux, "
    "gouvernements provinciaux, territoriaux et autochtones, associations de l'industrie et homologues étrangers. Le "
    "titulaire négocie des ententes et représente le ministère au sein de comités.",
    "Le renouvellement de l'effectif est une préoccupation constante : le recrutement de personnel spécialisé est "
    "difficile, de nombreux employés sont admissibles à la retraite et l'organisation doit assurer la relève, le "
    "transfert des connaissances et un milieu de travail sain, diversifié et inclusif dans les deux langues officielles.",
    "Le titulaire doit moderniser {f2} grâce à de meilleures données, à des outils numériques et à des processus "
    "simplifiés, tout en assurant la continuité du service pendant la transition.",
]
NS_FR += [
    "L'unité {unit} est le centre d'expertise du ministère pour {f0}. Ses avis sont sollicités par les secteurs de "
    "programme et par d'autres organisations fédérales, et ses positions sont souvent citées au Parlement et dans les "
    "médias.",
    "Une grande partie du travail s'effectue dans des délais serrés et non négociables : engagements ministériels, "
    "annonces budgétaires, vérifications du Bureau du vérificateur général et situations d'urgence qui exigent le "
    "redéploiement rapide du personnel.",
    "La gestion financière est exigeante : une grande partie du budget est consacrée à {f2}, dont les coûts augmentent "
    "plus vite que les niveaux de référence, et le titulaire doit trouver des réaffectations internes et rendre compte "
    "de chaque écart au dirigeant principal des finances.",
    "La gestion de l'information et la sécurité sont essentielles. L'organisation détient des renseignements protégés "
    "et classifiés, dont des renseignements personnels, et le titulaire est responsable de leur protection et des "
    "réponses aux demandes d'accès à l'information et de protection des renseignements personnels.",
    "Le poste exige un jugement sûr dans des situations où les politiques ne donnent pas de réponse claire. Le titulaire "
    "prend des décisions qui font jurisprudence pour {f1} et doit peser les risques juridiques, financiers, "
    "opérationnels et de réputation avant de recommander une orientation au {sup}.",
]
CHALLENGES = (
    ["Maintaining service to clients while {f2} is modernized and old systems are retired.",
     "Recruiting and keeping specialists in a labour market where the private sector pays more.",
     "Reconciling the priorities of the {sup} with those of provinces, territories and partners.",
     "Responding to audits, evaluations and parliamentary committees on {f0} under short deadlines.",
     "Managing cost pressures on {f1} within fixed reference levels.",
     "Protecting the health and safety of employees working in the field and in remote locations."],
    ["Maintenir le service à la clientèle pendant la modernisation de {f2}.",
     "Recruter et maintenir en poste des spécialistes sur un marché où le secteur privé paie davantage.",
     "Concilier les priorités du {sup} et celles des provinces, des territoires et des partenaires.",
     "Répondre dans des délais serrés aux vérifications, aux évaluations et aux comités parlementaires sur {f0}.",
     "Gérer les pressions financières sur {f1} à l'intérieur de niveaux de référence fixes.",
     "Protéger la santé et la sécurité des employés qui travaillent sur le terrain et en région éloignée."])
SA_EN = ["Directs the planning, delivery and evaluation of {f0}, ensuring that service standards and performance targets are met.",
         "Leads the development of policies, standards, guidelines and operational procedures for {f1}.",
         "Oversees {f2}, setting priorities, allocating resources and monitoring results.",
         "Provides strategic advice and briefings to the {sup} and to senior management on issues, risks and opportunities.",
         "Represents the department with central agencies, other departments, other levels of government and stakeholders, and negotiates agreements and arrangements.",
         "Manages the human, financial and material resources of the organization, including planning, staffing, performance management and the control of expenditures.",
         "Fosters a healthy, respectful, diverse and bilingual workplace and champions the values and ethics of the public service.",
         "Ensures the preparation of reports to Parliament, Treasury Board submissions, Memoranda to Cabinet and responses to audits and evaluations.",
         "Establishes performance measures for {f0} and reports on results to the departmental executive committee.",
         "Directs the identification and management of risks, including business continuity and emergency management plans for the organization.",
         "Leads the organization's contribution to departmental planning, the Departmental Plan and the Departmental Results Report."]
SA_FR = ["Dirige la planification, la prestation et l'évaluation de {f0}, en veillant au respect des normes de service.",
         "Dirige l'élaboration des politiques, normes, lignes directrices et procédures opérationnelles relatives à {f1}.",
         "Supervise {f2}, établit les priorités, affecte les ressources et surveille les résultats.",
         "Fournit des conseils stratégiques et des notes d'information au {sup} et à la haute direction.",
         "Représente le ministère auprès des organismes centraux, des autres ministères, des autres ordres de gouvernement et des intervenants, et négocie des ententes.",
         "Gère les ressources humaines, financières et matérielles de l'organisation, y compris la planification, la dotation, la gestion du rendement et le contrôle des dépenses.",
         "Favorise un milieu de travail sain, respectueux, diversifié et bilingue et fait la promotion des valeurs et de l'éthique de la fonction publique.",
         "Veille à la préparation des rapports au Parlement, des présentations au Conseil du Trésor, des mémoires au Cabinet et des réponses aux vérifications.",
         "Établit des mesures du rendement pour {f0} et rend compte des résultats au comité exécutif du ministère.",
         "Dirige la détermination et la gestion des risques, y compris les plans de continuité des activités et de gestion des urgences.",
         "Dirige la contribution de l'organisation à la planification ministérielle, au Plan ministériel et au Rapport sur les résultats ministériels."]


def french(text: str) -> str:
    """French contractions after a phrase is put in a sentence (de le -> du, à les -> aux)."""
    for a, b in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                 (" de un ", " d'un "), (" de une ", " d'une ")):
        text = text.replace(a, b)
    return text


def fill(template: str, p: dict, lang: str) -> str:
    fr = lang == "fr"
    f = p["focus"][fr]
    sh = short(p["title"][fr], lang)
    sup = p["supervisor"]["title"][fr]
    text = template.format(dept=p["dept"][fr], branch=p["branch"][fr], unit=p["unit"][fr], mandate=p["mandate"][fr],
                           f0=f[0], f1=f[1], f2=f[2], Short=sh[0].upper() + sh[1:], short=sh, sup=sup[0].lower() + sup[1:] if fr else sup,
                           title=p["title"][fr], fte=p["fte"])
    return french(text) if fr else text


def nature_and_scope(p, lang, rng) -> list[str]:
    pool = NS_FR if lang == "fr" else NS_EN
    chosen = [pool[0]] + rng.sample(pool[1:], rng.randint(4, 8))
    return [fill(t, p, lang) for t in chosen]


def specific(p, lang, rng) -> list[str]:
    pool = SA_FR if lang == "fr" else SA_EN
    return [fill(t, p, lang) for t in pool[:3] + rng.sample(pool[3:], rng.randint(4, 8))]


# --- the document: a list of blocks, with the ground truth the composer states ----------------------

class Doc:
    """The blocks of one document (headings, paragraphs, lists, tables, label/value pairs), before
    they are laid out as a Word file, a PDF or the text of a scan."""

    def __init__(self):
        self.blocks: list[tuple] = []

    def h(self, text):
        self.blocks.append(("h", text))

    def p(self, text):
        self.blocks.append(("p", text))

    def kv(self, pairs, columns=2):
        self.blocks.append(("kv", pairs, columns))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def bullets(self, items, marker="•"):
        self.blocks.append(("list", items, marker))


def heading(kind, lang, rng, number):
    text = LABEL_USE.pick(rng, HEADINGS, kind, lang)
    return f"{number}{text}" if number else text


def numbering(style, i):
    return {"none": "", "arabic": f"{i}. ", "letter": f"{'ABCDEFGH'[i - 1]}. ", "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i - 1]}. ",
            "part": f"Part {i} - "}[style]


def report_line(r, lang, v, fmt):
    """One direct report in a list: ``fmt`` says whether its classification and FTEs are given."""
    title = r["title"][lang == "fr"]
    cls = class_text(r["classification"], v["cls_style_r"])
    fte = fte_text(r["fte"], lang, v["fte_style"][lang])
    return {"both": f"{title} ({cls.strip('()')}) – {fte}", "cls-first": f"{cls.strip('()')} – {title} ({fte})",
            "title": title, "cls": f"{title}, {cls.strip('()')}"}[fmt]


def org_structure(doc, p, lang, v, rng, truth):
    fr = lang == "fr"
    t = p["title"][fr]
    sup = p["supervisor"]
    n = len(p["reports"])
    count = NUMBER_WORDS[lang][n] if n < len(NUMBER_WORDS[lang]) else str(n)
    peers = rng.randint(3, 8)
    if fr:
        doc.p(f"Le poste de {t[0].lower() + t[1:]} est l'un des {peers} postes qui relèvent du {sup['title'][1][0].lower() + sup['title'][1][1:]}.")
    else:
        doc.p(f"The {t} is one of {peers} positions reporting to the {sup['title'][0]}.")
    style = v["reports"]
    reps = p["reports"]
    given_cls, given_fte = True, True
    if style in ("prose", "prose-nocount"):
        parts = []
        for i, r in enumerate(reps):
            title = r["title"][fr]
            focus = p["focus"][fr][i % 3]
            if style == "prose":
                cls = class_text(r["classification"], v["cls_style_r"]).strip("()")
                fte = fte_text(r["fte"], lang, v["fte_style"][lang])
                parts.append(f"the {title} ({cls}, {fte}), responsible for {focus}" if not fr else
                             f"le {title} ({cls}, {fte}), responsable de {focus}")
            else:
                parts.append(f"the {title}, who manages {focus}" if not fr else f"le {title}, qui gère {focus}")
        agreed = "appuyée" if short(t, lang).startswith("la ") else "appuyé"
        head = (f"{short(t, lang)[0].upper() + short(t, lang)[1:]} est {agreed} par {count} postes : " if fr else
                f"{short(t, lang)[0].upper() + short(t, lang)[1:]} is supported by {count} direct reports: ")
        doc.p(french(head + "; ".join(parts) + ".") if fr else head + "; ".join(parts) + ".")
        if style == "prose-nocount":
            given_cls = given_fte = False
    elif style in ("list", "list-cls-first", "list-title", "list-cls"):
        fmt = {"list": "both", "list-cls-first": "cls-first", "list-title": "title", "list-cls": "cls"}[style]
        doc.p(f"Les {count} postes suivants relèvent directement du titulaire :" if fr else
              f"Reporting to the {t} are the following {count} positions:")
        doc.bullets([report_line(r, lang, v, fmt) for r in reps], v.get("bullet", "•"))
        given_cls = fmt != "title"
        given_fte = fmt in ("both", "cls-first")
    elif style == "table":
        head = [["Title", "Group and Level", "FTEs"], ["Position", "Classification", "Staff"],
                ["Titre du poste", "Groupe et niveau", "ETP"], ["Poste", "Classification", "Effectif"]]
        hdr = head[rng.randint(0, 1) + (2 if fr else 0)]
        rows = [hdr] + [[r["title"][fr], class_text(r["classification"], v["cls_style_r"]).strip("()"), str(r["fte"])]
                        for r in reps]
        doc.p("Direct reports:" if not fr else "Subordonnés directs :")
        doc.table(rows)
    if style not in ("prose", "prose-nocount") and rng.random() < 0.6:
        for i, r in enumerate(reps):
            what = p["focus"][fr][i % 3]
            doc.p(french(f"Le {r['title'][1]} est responsable de {what} et assure la gestion de son équipe.") if fr else
                  f"The {r['title'][0]} is responsible for {what} and manages the staff assigned to this function.")
    for r in reps:
        title = [r["title"][0], r["title"][1]] if v["lang"] in ("bi", "en+fr") else r["title"][fr]
        truth["direct_reports"].append({"title": title, "classification": r["classification"] if given_cls else None,
                                        "fte": r["fte"] if given_fte else None})


def dimensions(doc, p, lang, v, rng, truth):
    ms = v["money_style"][lang]
    pairs = []
    if "fte" in v["dims"]:
        pairs.append((LABEL_USE.pick(rng, LABELS, "fte", lang), str(p["fte"])))
        truth["also"]["fte"] = p["fte"]
    for key in ("salary", "o_and_m", "total"):
        if key in v["dims"] and p[key] is not None:
            pairs.append((LABEL_USE.pick(rng, LABELS, key, lang), money_text(p[key], lang, ms)))
            truth[key] = p[key]
    if v["dims_style"] == "prose":
        fr = lang == "fr"
        bits = []
        if "fte" in v["dims"]:
            bits.append(("L'unité compte " if fr else "The organization has ") + fte_text(p["fte"], lang, v["fte_style"][lang]))
        if truth["salary"]:
            bits.append((f"un budget salarial de {money_text(p['salary'], lang, ms)}" if fr else
                         f"a salary budget of {money_text(p['salary'], lang, ms)}"))
        if truth["o_and_m"]:
            bits.append((f"un budget de fonctionnement et d'entretien de {money_text(p['o_and_m'], lang, ms)}" if fr else
                         f"an operating and maintenance (O&M) budget of {money_text(p['o_and_m'], lang, ms)}"))
        text = ", ".join(bits)
        if truth["total"]:
            text += (f", soit un total de {money_text(p['total'], lang, ms)}" if fr else
                     f", for a total of {money_text(p['total'], lang, ms)}")
        doc.p(text + ".")
    elif v["dims_style"] == "table":
        doc.table([[a, b] for a, b in pairs])
    else:
        for a, b in pairs:
            doc.p(f"{a}: {b}" if lang == "en" else f"{a} : {b}")


def header_fields(p, lang, v, rng, truth):
    """(label, value) pairs of the position identification block, as this document states them."""
    fr = lang == "fr"
    bi = v["lang"] == "bi"

    def lab(name):
        if bi:
            return f"{LABEL_USE.pick(rng, LABELS, name, 'en')} / {LABEL_USE.pick(rng, LABELS, name, 'fr')}"
        return LABEL_USE.pick(rng, LABELS, name, lang)

    sup = p["supervisor"]
    pairs = []
    title = f"{p['title'][0]} / {p['title'][1]}" if bi else p["title"][fr]
    pairs.append((lab("title"), title))
    pairs.append((lab("dept"), f"{p['dept'][0]} / {p['dept'][1]}" if bi else p["dept"][fr]))
    if rng.random() < 0.7:
        pairs.append((lab("branch"), p["branch"][fr]))
    pairs.append((lab("unit"), p["unit"][fr]))
    pairs.append((lab("classification"), class_text(p["classification"], v["cls_style"])))
    truth["classification"] = p["classification"]
    if p["job_code"] and "job_code" not in v["omit"]:
        pairs.append((lab("job_code"), p["job_code"]))
        truth["job_code"] = p["job_code"]
    if "number" not in v["omit"]:
        number = v.get("provisional") or p["number"]
        pairs.append((lab("number"), number))
        truth["position_number"] = None if v.get("provisional") else p["number"]
        if v.get("provisional"):
            truth["also"]["provisional_number"] = v["provisional"]
    if "effective" not in v["omit"]:
        pairs.append((lab("effective"), date_text(v["effective"], lang, v["date_style"][lang])))
        truth["effective_date"] = v["effective"]
    if "location" not in v["omit"]:
        pairs.append((lab("location"), location_text(p["location"], lang, v["loc_style"])))
        truth["location"] = f"{p['location'][0]}, {p['location'][1]}"
    if v["sup"] == "three":
        pairs.append((lab("sup_number"), sup["number"]))
        pairs.append((lab("sup_title"), f"{sup['title'][0]} / {sup['title'][1]}" if bi else sup["title"][fr]))
        pairs.append((lab("sup_class"), class_text(sup["classification"], v["cls_style"])))
        truth["supervisor"] = {"position_number": sup["number"], "title": sup_title_truth(p, v, lang),
                               "classification": sup["classification"]}
    elif v["sup"] == "line":
        label = "Relève de" if fr else rng.choice(["Reports to", "Reporting to"])
        if fr:
            value = f"{sup['title'][1]} ({class_text(sup['classification'], 'std')}), poste n° {sup['number']}"
        else:
            value = f"{sup['title'][0]} ({class_text(sup['classification'], 'std')}), position {sup['number']}"
        pairs.append((label, value))
        truth["supervisor"] = {"position_number": sup["number"], "title": sup_title_truth(p, v, lang),
                               "classification": sup["classification"]}
    elif v["sup"] == "prose":  # the supervisor is named only in the Organization Structure text
        truth["supervisor"] = {"position_number": None, "title": sup_title_truth(p, v, lang), "classification": None}
    elif v["sup"] == "title-only":
        pairs.append((lab("sup_title"), sup["title"][fr]))
        truth["supervisor"] = {"position_number": None, "title": sup_title_truth(p, v, lang), "classification": None}
    if v["incumbent"] and rng.random() < 0.3:
        pairs.append(("Titulaire" if fr else rng.choice(["Incumbent", "Name of Incumbent", "Incumbent (if any)"]),
                      p["people"][0]))
    return pairs


def sup_title_truth(p, v, lang):
    t = p["supervisor"]["title"]
    return [t[0], t[1]] if v["lang"] in ("bi", "en+fr") else t[lang == "fr"]


def approval_block(doc, p, lang, v, rng, truth):
    """Signatures and the classification decision: names and dates that are not the fields to read."""
    fr = lang == "fr"
    eff = v["effective"]
    signed = eff - dt.timedelta(days=rng.randint(10, 60))
    evaluated = eff - dt.timedelta(days=rng.randint(61, 200))
    classifier = CLASSIFIERS[rng.randrange(len(CLASSIFIERS))]
    people = list(p["people"]) + [classifier]
    ds = rng.choice(DATE_STYLES[lang])
    doc.h(heading("cert", lang, rng, ""))
    if fr:
        doc.p("Je certifie que la présente description de travail reflète fidèlement les fonctions attribuées au poste.")
        if v["incumbent"]:
            doc.p(f"Titulaire : {p['people'][0]}    Signature : ______________    Date : {date_text(signed, lang, ds)}")
        doc.p(f"Gestionnaire : {p['people'][1]}, {p['supervisor']['title'][1]}    Date : {date_text(signed, lang, ds)}")
    else:
        doc.p("I certify that this work description accurately describes the duties assigned to the position.")
        if v["incumbent"]:
            doc.p(f"Incumbent: {p['people'][0]}    Signature: ______________    Date: {date_text(signed, lang, ds)}")
        doc.p(f"Manager: {p['people'][1]}, {p['supervisor']['title'][0]}    Date: {date_text(signed, lang, ds)}")
    if len(p["people"]) > 2:
        doc.p(("Approuvé par : " if fr else "Approved by: ") + p["people"][2])
    doc.h(heading("cls", lang, rng, ""))
    kh, ps, acc = rng.choice(["F II 3", "G II 3", "F III 3", "G III 4"]), rng.choice(["F4 (57%)", "F5 (66%)", "G4 (57%)"]), \
        rng.choice(["F4P", "F5P", "G4P", "F4C"])
    points = rng.randint(900, 2400)
    pairs = [("Décision" if fr else "Decision", ("Groupe et niveau confirmés : " if fr else "Group and level confirmed: ") + p["classification"]),
             ("Date de l'évaluation" if fr else "Date of evaluation", date_text(evaluated, lang, ds)),
             ("Cotation" if fr else "Rating", f"KH {kh} / PS {ps} / ACC {acc}"),
             ("Points", f"{points:,}".replace(",", " ")),
             ("Conseiller en classification" if fr else "Classification advisor", classifier),
             ("Numéro de dossier" if fr else "File no.", f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}")]
    doc.kv(pairs)
    truth["people"].extend(name for name in people if name not in truth["people"])


def hr_printout(doc, p, lang, v, rng, truth):
    """A departmental HR-system position report: many fields, two of them the ones to read."""
    fr = lang == "fr"
    sup = p["supervisor"]
    rows = [("Position Report" if not fr else "Rapport de poste", f"Run {date_text(v['effective'] + dt.timedelta(days=400), 'en', 'ymd')}"),
            ("Position" if not fr else "Poste", p["number"]),
            ("Status" if not fr else "Statut", "Active" if not fr else "Actif"),
            ("Descr" if not fr else "Descr", p["title"][fr]),
            ("Job Code" if not fr else "Code d'emploi", p["job_code"] or ""),
            ("Group/Level" if not fr else "Groupe/niveau", p["classification"].replace("-", "")),
            ("Org Unit" if not fr else "Unité org.", str(rng.randint(100000, 999999))),
            ("Cost Centre" if not fr else "Centre de coûts", f"{rng.randint(10000, 99999)}"),
            ("Reports To" if not fr else "Relève du poste", sup["number"]),
            ("Eff Date" if not fr else "Date eff.", date_text(v["effective"], "en", "iso")),
            ("Language Requirements" if not fr else "Exigences linguistiques",
             rng.choice(["Bilingual Imperative CBC/CBC", "BI CCC/CCC", "Bilingue impératif CBC/CBC"])),
            ("Security" if not fr else "Sécurité", rng.choice(["Secret", "Top Secret", "Reliability / Fiabilité"])),
            ("Tenure" if not fr else "Durée", rng.choice(["Indeterminate", "Indéterminée"])),
            ("Work Location" if not fr else "Lieu de travail", location_text(p["location"], lang, "comma")),
            ("Union" if not fr else "Syndicat", "Excluded / Exclu"),
            ("Incumbent" if not fr else "Titulaire", p["people"][0] if v["incumbent"] else "Vacant")]
    doc.kv(rows)
    truth["position_number"] = p["number"]
    truth["effective_date"] = v["effective"]
    truth["classification"] = p["classification"]
    truth["location"] = f"{p['location'][0]}, {p['location'][1]}"
    if p["job_code"]:
        truth["job_code"] = p["job_code"]
    truth["supervisor"]["position_number"] = sup["number"]


def compose(name: str, p: dict, v: dict) -> tuple[Doc, dict]:
    rng = random.Random(name)
    truth = {"title": None, "classification": None, "job_code": None, "position_number": None, "effective_date": None,
             "supervisor": {"position_number": None, "title": None, "classification": None}, "direct_reports": [],
             "salary": None, "o_and_m": None, "total": None, "location": None,
             "also": {"fte": None, "operating_budget": None, "program_budget": None, "provisional_number": None},
             "people": []}
    v = {"lang": "en", "omit": (), "sup": "three", "reports": "list", "dims": ("fte", "salary", "o_and_m", "total"),
         "dims_style": rng.choice(["lines", "lines", "table", "prose"]), "incumbent": True, "order": "std", "numbering": "none", "header": "kv",
         "effective": p["effective"], **v}
    for name, styles in (("date_style", DATE_STYLES), ("money_style", MONEY_STYLES), ("fte_style", FTE_STYLES)):
        v.setdefault(name, {lang: rng.choice(styles[lang]) for lang in ("en", "fr")})
    v.setdefault("sep", " : " if v["lang"] == "fr" and rng.random() < 0.7 else ": ")
    v.setdefault("cls_style", rng.choice(["std", "std", "space", "short", "joined"]))
    v.setdefault("cls_style_r", rng.choice(["std", "std", "space", "joined"]))
    v.setdefault("loc_style", rng.choice(["comma", "paren", "code", "nl"]))
    langs = ["en", "fr"] if v["lang"] == "en+fr" else ["fr"] if v["lang"] == "fr" else ["en"]
    doc = Doc()
    for copy, lang in enumerate(langs):
        truth_copy = truth if copy == 0 else {**truth, "direct_reports": [], "also": dict(truth["also"]),
                                               "supervisor": dict(truth["supervisor"])}
        body(doc, p, lang, v, rng, truth_copy)
    if v["lang"] in ("bi", "en+fr"):
        truth["title"] = [p["title"][0], p["title"][1]]
    else:
        truth["title"] = p["title"][v["lang"] == "fr"]
    return doc, truth


def body(doc, p, lang, v, rng, truth):
    fr = lang == "fr"
    bi = v["lang"] == "bi"
    form = {"en": ["EXECUTIVE GROUP WORK DESCRIPTION", "Work Description - Executive (EX) Group", "POSITION DESCRIPTION"],
            "fr": ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "Description de travail du groupe EX"]}[lang]
    doc.h("WORK DESCRIPTION / DESCRIPTION DE TRAVAIL" if bi else rng.choice(form))
    if v["header"] == "hr":
        hr_printout(doc, p, lang, v, rng, truth)
        doc.h(p["title"][fr])
        sup = p["supervisor"]
        doc.p((f"Relève du {sup['title'][1]} ({sup['classification']})." if fr else
               f"Reports to the {sup['title'][0]} ({sup['classification']})."))
        truth["supervisor"]["title"] = sup_title_truth(p, v, lang)
        truth["supervisor"]["classification"] = sup["classification"]
        fields = []
    else:
        fields = header_fields(p, lang, v, rng, truth)
        if v["header"] not in ("late", "after-ga"):
            doc.kv(fields, 4 if bi and v.get("four") else 2)
    n = numbering(v["numbering"], 1)
    sections = ["ga", "org", "ns", "dim", "sa"] if v["order"] == "std" else \
        ["ga", "ns", "sa", "org", "dim"] if v["order"] == "late-org" else ["ga", "dim", "org", "ns", "sa"]
    if v["header"] == "csr":
        sections = ["csr", "ka", "org", "dim"]
    for i, sec in enumerate(sections, 1):
        n = numbering(v["numbering"], i)
        if sec == "ga":
            doc.h(heading("ga", lang, rng, n) + (":" if v.get("colon") else ""))
            for para in general_accountability(p, lang, rng):
                doc.p(para)
            if v["header"] == "after-ga":
                doc.kv(fields)
        elif sec == "csr":
            doc.h(heading("csr", lang, rng, n))
            doc.p(general_accountability(p, lang, rng)[0])
        elif sec == "ka":
            doc.h(heading("ka", lang, rng, n))
            doc.bullets(specific(p, lang, rng), "-")
        elif sec == "org":
            doc.h(heading("org", lang, rng, n) + (":" if v.get("colon") else ""))
            org_structure(doc, p, lang, v, rng, truth)
        elif sec == "ns":
            doc.h(heading("ns", lang, rng, n) + (":" if v.get("colon") else ""))
            for para in nature_and_scope(p, lang, rng):
                doc.p(para)
            if rng.random() < 0.5:
                doc.p("Principaux défis :" if fr else rng.choice(["Key challenges:", "Major challenges include:"]))
                doc.bullets([fill(t, p, lang) for t in rng.sample(CHALLENGES[fr], 3)], rng.choice(["•", "-", "o", ">"]))
        elif sec == "dim":
            doc.h(heading("dim", lang, rng, n) + (":" if v.get("colon") else ""))
            dimensions(doc, p, lang, v, rng, truth)
        elif sec == "sa":
            doc.h(heading("sa", lang, rng, n) + (":" if v.get("colon") else ""))
            items = specific(p, lang, rng)
            doc.bullets([f"{k}. {t}" for k, t in enumerate(items, 1)], "")
    if v["header"] == "late":
        doc.kv(fields)
    approval_block(doc, p, lang, v, rng, truth)


# --- rendering: plain text, OCR damage, Word, PDF ---------------------------------------------------

def as_text(doc: Doc, style: str = "colon", sep: str = ": ") -> list[str]:
    """The document as lines of text; ``style`` is how label/value pairs are laid out, ``sep``
    what stands between a label and its value (French typography puts a space before the colon)."""
    lines = []
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            lines += ["", block[1], ""]
        elif kind == "p":
            lines.append(block[1])
        elif kind == "list":
            lines += [f"{block[2]} {item}".strip() for item in block[1]]
        elif kind == "table":
            width = max(len(r[0]) for r in block[1]) + 3
            lines += ["".join(c.ljust(width if i == 0 else 18) for i, c in enumerate(r)).rstrip() for r in block[1]]
        elif kind == "kv":
            for label, value in block[1]:
                if style == "next":
                    lines += [label, value]
                elif style == "tab":
                    lines.append(f"{label}\t{value}")
                elif style == "caps":
                    lines.append(f"{label.upper()}{sep}{value}")
                else:
                    lines.append(f"{label}{sep}{value}")
            lines.append("")
    return lines


OCR_DIGITS = {"0": "O", "1": "I", "5": "S", "8": "B"}
OCR_LETTERS = [("rn", "m"), ("l", "1"), ("i", "l"), ("e", "c"), ("t", "f"), ("h", "b"), ("cl", "d"), ("o", "a")]


def ocr_word(word: str, rng: random.Random, rate: float, letters: bool) -> str:
    if any(c.isdigit() for c in word):
        return "".join(OCR_DIGITS[c] if c in OCR_DIGITS and rng.random() < rate * 2 else c for c in word)
    if letters and len(word) > 3 and rng.random() < rate:
        a, b = rng.choice(OCR_LETTERS)
        if a in word:
            return word.replace(a, b, 1)
    return word


def ocr_line(line: str, rng: random.Random, rate: float) -> str:
    """A line as OCR reads it. Letters are misread only in long lines of running text: the typed
    boxes of a form and short list items come out cleaner than a page of prose."""
    out = []
    letters = len(line) > 60
    for word in line.split(" "):
        out.append(ocr_word(word, rng, rate, letters))
        if rng.random() < rate / 3:
            out.append("")  # a doubled space
    text = " ".join(out)
    spaces = [i for i, c in enumerate(text) if c == " "]
    if spaces and rng.random() < rate * 2:  # a dropped space
        i = rng.choice(spaces)
        text = text[:i] + text[i + 1:]
    return text


def wrap(lines: list[str], width: int, rng: random.Random, hyphens: bool) -> list[str]:
    out = []
    for line in lines:
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                if hyphens and len(w) > 8 and w.isalpha() and rng.random() < 0.3:
                    cut = rng.randint(3, len(w) - 3)
                    out.append(f"{cur} {w[:cut]}-")
                    cur = w[cut:]
                    continue
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return out


SCRAWL = ["  ~/V\\ l{a, -/l'  ~~  I7/o3", "    ) (,~ 2 ~ ._ __..--' ", "  4~ 'J /^\\ ll ,    O9 -IO", "   . . ~ ~c/h ~ <  /"]
JUNK = ["~ ~ ,. ';: .", "RECEIVED / REÇU  ..  2O2I -O3- I 5", "| | ' ~ ,\\ ' - -", "/s/ ____ __ ( ?7 ;", "CLASSIFIED ,~ -- .'",
        "'. ,, ~~ -= ; i' !", "[ stamp ] ~ .. CL AS S IF ICA TION ,:"]


def paginate(lines: list[str], header: str, footer: str, per_page: int, pages_total: int | None = None) -> list[str]:
    out, pages = [], [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    total = pages_total or len(pages)
    for n, page in enumerate(pages, 1):
        if header:
            out += [header, ""]
        out += page
        out += ["", footer.format(n=n, total=total)] if footer else []
    return out


def ocr_text(doc: Doc, name: str, mode: str, v: dict) -> str:
    """The text an OCR engine gives of the signed, scanned form."""
    rng = random.Random(name + "ocr")
    rate = v.get("rate", 0.04)
    lines = as_text(doc, v.get("kv_style", "colon"), v.get("sep", ": "))
    width = rng.choice([72, 80, 90])
    if mode == "columns":
        # the identification block of the form is the left column; the text beside it (the first
        # section) is read across, line by line, as OCR reads a page in two columns
        first_kv = next(i for i, line in enumerate(lines) if ": " in line)
        end = next(i for i in range(first_kv, len(lines)) if not lines[i].strip())
        left = lines[first_kv:end]
        rest = [line for line in lines[end:]]
        start = next(i for i, line in enumerate(rest) if line.strip())
        stop = next(i for i in range(start + 2, len(rest)) if not rest[i].strip())
        right = wrap([" ".join(rest[start:stop])], 38, rng, False)
        rows = max(len(left), len(right))
        merged = [f"{a:<46}  {b}".rstrip() for a, b in zip(left + [""] * rows, right + [""] * rows)][:rows]
        lines = wrap(lines[:first_kv], width, rng, True) + merged + wrap(rest[stop:], width, rng, True)
    else:
        lines = wrap(lines, width, rng, hyphens=True)
    lines = [ocr_line(line, rng, rate) for line in lines]
    for _ in range(rng.randint(1, 3)):
        lines.insert(rng.randrange(len(lines)), rng.choice(JUNK))
    signers = ("Manager", "Gestionnaire", "Incumbent", "Titulaire", "Approved", "Approuvé")
    for i in reversed([i for i, line in enumerate(lines) if line.startswith(signers)]):
        lines.insert(i + 1, rng.choice(SCRAWL))
    french_only = v.get("lang") == "fr"
    header = v.get("page_header", "PROTÉGÉ A" if french_only else "PROTECTED A")
    footer = v.get("page_footer", "Page {n} de {total}" if french_only else "Page {n} of {total}")
    lines = paginate(lines, header, footer, rng.choice([46, 52, 58]))
    if mode == "run":
        return "--- Full Extracted Text ---\n" + " ".join(line for line in lines if line.strip()) + "\n"
    return "\n".join(lines) + "\n"


def docx_bytes(doc: Doc, v: dict) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by, props.title = "", "", ""
    props.created = props.modified = dt.datetime(2020, 1, 1)
    props.revision = 1
    section = document.sections[0]
    section.header.paragraphs[0].text = v.get("page_header", "")
    footer = v.get("page_footer", "")
    section.footer.paragraphs[0].text = "" if "{" in footer else footer
    kv_style = v.get("docx_kv", "table")
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            if v.get("plain_headings"):
                document.add_paragraph().add_run(block[1]).bold = True
            else:
                document.add_heading(block[1], 2)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "list":
            for item in block[1]:
                document.add_paragraph(item, style="List Bullet" if block[2] else None)
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(block[1][0]))
            table.style = "Table Grid"
            for row in block[1]:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        elif kind == "kv":
            pairs, columns = block[1], block[2]
            if kv_style == "next":
                for label, value in pairs:
                    document.add_paragraph().add_run(label).bold = True
                    document.add_paragraph(value)
                continue
            if kv_style == "inline":
                for label, value in pairs:
                    para = document.add_paragraph()
                    para.add_run(f"{label}: ").bold = True
                    para.add_run(value)
                continue
            if kv_style == "textbox":  # the identification block in a floating text box
                lines = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{xml_escape(f'{a}: {b}')}</w:t></w:r></w:p>"
                                for a, b in pairs)
                para = document.add_paragraph()
                para._p.append(parse_xml(TEXTBOX.format(lines=lines)))
                continue
            if kv_style == "formfields":  # a protected form: each value in a legacy text form field
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                for label, value in pairs:
                    cells = table.add_row().cells
                    cells[0].text = label
                    para = cells[1].paragraphs[0]
                    for xml in FORM_FIELD:
                        para._p.append(parse_xml(xml.format(value=xml_escape(value))))
                continue
            if columns == 4:  # a form: label over value, two boxes a row
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
                for i in range(0, len(pairs), 2):
                    cells = table.add_row().cells
                    for cell, (label, value) in zip(cells, pairs[i:i + 2]):
                        cell.text = label
                        cell.add_paragraph(value)
                continue
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in pairs:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEXTBOX = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="TextBox1" type="#_x0000_t202" '
           'style="position:absolute;margin-left:290pt;margin-top:-120pt;width:230pt;height:260pt;z-index:2">'
           '<v:textbox><w:txbxContent>{lines}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
FORM_FIELD = [f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/>'
              '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
              f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {W_NS}><w:t xml:space="preserve">{{value}}</w:t></w:r>',
              f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>']


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed dates, so the corpus is the same on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_of(doc: Doc, name: str, v: dict) -> bytes:
    rng = random.Random(name + "pdf")
    lines = wrap(as_text(doc, v.get("kv_style", "colon"), v.get("sep", ": ")), 100, rng, hyphens=False)
    per = 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    footer = v.get("page_footer", "")
    pages = [("\n".join(c) + (f"\n\n{footer.format(n=n, total=len(chunks))}" if footer else "")) for n, c in
             enumerate(chunks, 1)]
    return pdf_bytes(pages)


# --- the corpus ------------------------------------------------------------------------------------

# (file name, position, kind, variant): kind is how the file is made, the variant how the form reads
DOCUMENTS = [
    # OCR text of scanned, signed forms
    ("PC_VisitorExperience_EX01_scan.txt", "pc-visitor", "ocr-lines", {"reports": "prose", "colon": True}),
    ("Banff FUS - signed WD (scan).txt", "pc-banff", "ocr-run", {"reports": "list-cls-first", "sup": "line"}),
    ("STC census collection planning OCR.txt", "statcan-census", "ocr-columns", {"reports": "table", "numbering": "arabic"}),
    ("SC-DT-CDSP-2020.txt", "statcan-health-stats", "ocr-lines", {"lang": "fr", "reports": "list", "numbering": "letter",
                                                                 "page_header": "PROTÉGÉ A", "page_footer": "Page {n} de {total}"}),
    ("HC_CLMA_DG_work_description_scanned.txt", "hc-cannabis", "ocr-run", {"reports": "prose", "order": "late-org",
                                                                          "page_footer": "TBS/SCT 3252 (Rev. 2004/06)   {n}/{total}"}),
    ("RPB director 2018 - scan.txt", "hc-radiation", "ocr-lines", {"reports": "list", "sup": "title-only", "rate": 0.06,
                                                                  "kv_style": "caps"}),
    ("DT Directrice infrastructures eau SAC.txt", "isc-water", "ocr-columns", {"lang": "fr", "reports": "prose",
                                                                              "dims_style": "prose"}),
    ("NIHB ops ED - OCR.txt", "isc-nihb", "ocr-lines", {"reports": "list-cls", "numbering": "roman", "incumbent": False}),
    ("RP Ops Atlantic EX-01 signed.txt", "dnd-realprop", "ocr-run", {"reports": "list", "omit": ("location",)}),
    ("DG Centre Valcartier - DT numérisée.txt", "dnd-drdc", "ocr-lines", {"lang": "fr", "reports": "list-cls-first",
                                                                         "sup": "line", "kv_style": "next"}),
    ("LAC_DG_Preservation_scan_2020.txt", "lac-preservation", "ocr-columns", {"reports": "prose", "lang": "bi"}),
    ("CSA mission ops director.txt", "csa-operations", "ocr-lines", {"reports": "table", "provisional": "NEW",
                                                                    "incumbent": False}),
    ("Tribunal revendications particulières DG.txt", "cirnac-claims", "ocr-run", {"lang": "fr", "reports": "prose",
                                                                                 "numbering": "arabic"}),
    ("VAC disability adjudication director (scanned).txt", "vac-benefits", "ocr-lines", {"reports": "list", "order": "dims-early",
                                                                                        "page_header": "PROTECTED B"}),
    ("SCC Pacifique services de santé.txt", "csc-health", "ocr-lines", {"lang": "fr", "reports": "list", "rate": 0.05,
                                                                        "page_footer": "SCC/CSC 0419-F   Page {n}"}),
    ("OSFI MD pensions wd.txt", "osfi-pension", "ocr-run", {"reports": "prose-nocount", "sup": "line"}),
    ("Elections field readiness director - scan.txt", "elections-field", "ocr-columns", {"reports": "list", "colon": True}),
    ("DG plaintes passagers aériens OTC.txt", "cta-dispute", "ocr-lines", {"lang": "fr", "reports": "table",
                                                                          "numbering": "roman"}),
    ("MGERC DG Ops legal - scan.txt", "mgerc-registry", "ocr-run", {"reports": "list", "lang": "bi", "kv_style": "next"}),
    ("CFIA NISC director 2018 scan.txt", "cfia-import", "ocr-lines", {"reports": "prose", "omit": ("job_code",)}),
    # Word files
    ("Director, Hydrographic Service Arctic - WD.docx", "dfo-hydro", "word", {"reports": "table", "page_header": "PROTECTED A"}),
    ("EX-01 Prairie and Arctic Storm Prediction Centre.docx", "eccc-weather", "word", {"reports": "list", "docx_kv": "next", "sup": "prose"}),
    ("DT - Directrice, Développement des communautés (PCH).docx", "pch-official-lang", "word",
     {"lang": "fr", "reports": "table", "page_header": "PROTÉGÉ A une fois rempli"}),
    ("Interpretation Director WD bilingual.docx", "pspc-translation", "word", {"lang": "bi", "four": True, "reports": "table"}),
    ("SSC DG EDC Ops - work description v3.docx", "ssc-datacentre", "word", {"header": "hr", "reports": "table"}),
    ("CBSA Detector Dog Service director.docx", "cbsa-detector", "word", {"header": "csr", "reports": "list-title"}),
    ("Directeur RDTT Charlottetown AAC.docx", "aafc-research", "word", {"lang": "fr", "header": "late", "reports": "list"}),
    ("ED Federal Bridge Asset Oversight.docx", "infc-bridges", "word", {"reports": "prose", "docx_kv": "inline",
                                                                      "numbering": "letter", "page_footer": "PROTECTED A"}),
    ("CISR - Directrice gestion des cas SPR Est.docx", "irb-refugee", "word", {"lang": "fr", "reports": "prose",
                                                                              "sup": "line"}),
    ("WAGE GBA Plus Centre director.docx", "wage-gba", "word", {"reports": "list-cls", "plain_headings": True,
                                                                "header": "after-ga", "docx_kv": "textbox"}),
    ("Polar CHARS campus operations EX-01.docx", "polar-station", "word", {"lang": "en+fr", "reports": "list",
                                                                                       "page_footer": "POLAR-WD-EX (2021-08)"}),
    ("Codes Canada Director - WD 2020.docx", "nrc-construction", "word", {"reports": "table", "order": "late-org",
                                                                        "sup": "title-only", "docx_kv": "formfields"}),
    ("Tax Court judicial services ED.docx", "fc-registry", "word",
     {"docx_kv": "formfields", "reports": "list", "page_header": "PROTECTED B (when completed) / PROTÉGÉ B (une fois rempli)",
      "page_footer": "TBS/SCT 3252E (Rev. 2009/03)"}),
    ("CCG College ED - description de travail.docx", "ccg-college", "word", {"lang": "fr", "header": "csr",
                                                                            "reports": "table"}),
    ("Radiation Protection Bureau WD 2015 (old).docx", "hc-radiation", "word",
     {"reports": "table", "effective": dt.date(2015, 9, 14), "dims": ("fte", "salary", "o_and_m"), "version": "old"}),
    ("Parcs Canada - Expérience du visiteur.docx", "pc-visitor", "word", {"lang": "fr", "reports": "list",
                                                                         "effective": dt.date(2017, 6, 5), "version": "old"}),
    # PDFs with a text layer
    ("NoFC_DG_workdescription.pdf", "nrcan-forestfire", "pdf", {"reports": "list", "page_footer": "Page {n} of {total}"}),
    ("TC Rail Safety Ontario RD.pdf", "tc-railsafety", "pdf", {"reports": "table", "kv_style": "next"}),
    ("DT Dir biosécurité LNM.pdf", "phac-lab", "pdf", {"lang": "fr", "reports": "prose", "page_footer": "{n}"}),
    ("Census collection planning - earlier version.pdf", "statcan-census", "pdf",
     {"reports": "list", "effective": dt.date(2019, 2, 11), "version": "old", "dims": ("fte", "salary")}),
    # plain text, one of them cp1252
    ("ISC NIHB ED notes-to-file copy.txt", "isc-nihb", "text", {"reports": "list", "effective": dt.date(2017, 3, 20),
                                                                "version": "old", "sup": "line"}),
    ("Directeur Centre de foresterie du Nord.txt", "nrcan-forestfire", "text-cp1252",
     {"lang": "fr", "reports": "list", "effective": dt.date(2016, 11, 28), "version": "old"}),
]
def make_document(name: str, key: str, kind: str, v: dict) -> tuple[bytes, dict]:
    p = BY_KEY[key]
    doc, truth = compose(name, p, v)
    if kind.startswith("ocr"):
        data = ocr_text(doc, name, kind.split("-")[1], v).encode("utf-8")
        kind_name = kind
    elif kind == "word":
        data = docx_bytes(doc, v)
        kind_name = {"hr": "word-hr-printout", "csr": "word-csr-template", "late": "word-fields-last"}.get(
            v.get("header", ""), "word-bilingual-form" if v.get("four") else "word-" + v.get("docx_kv", "table"))
        if v.get("docx_kv") == "textbox":
            kind_name = "word-textbox"
    elif kind == "pdf":
        data = pdf_of(doc, name, v)
        kind_name = "pdf"
    else:
        text = "\n".join(as_text(doc, v.get("kv_style", "colon"), v.get("sep", ": "))) + "\n"
        data = text.encode("cp1252") if kind == "text-cp1252" else text.encode("utf-8")
        kind_name = kind
    return data, {"kind": kind_name, "truth": truth}


def expected_of(name: str, kind: str, language: str, truth: dict, versions: dict | None) -> dict:
    fields = {k: truth[k] for k in ("title", "classification", "job_code", "position_number", "effective_date",
                                    "supervisor", "direct_reports", "salary", "o_and_m", "total", "location")}
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total", "location")
                  if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k, value in fields["supervisor"].items() if value is None]
    out = {"document": name, "kind": kind, "language": language, "outcome": "import", "fields": fields,
           "not_stated": not_stated, "also": truth["also"], "people": truth["people"]}
    if versions:
        out["versions"] = versions
    return out


REFUSE = [
    ("Job poster - Director, Lighthouse Heritage (EX-01).txt", "not-a-work-description", "en"),
    ("Org chart notes - MSC reorganization memo.txt", "not-a-work-description", "en"),
    ("Lettre - confirmation de nomination.docx", "not-a-work-description", "fr"),
    ("scan_0047.txt", "unreadable-scan", "en"),
    ("DT vide.docx", "empty", "fr"),
]


def refuse_document(name: str) -> bytes:
    rng = random.Random(name)
    if name.startswith("Job poster"):
        return ("Parks Canada\nSelection process number: 24-PCA-EA-NCR-318842\nDirector, Lighthouse Heritage Programs (EX-01)\n"
                "Closing date: 15 March 2024 - 23:59, Pacific Time\nWho can apply: Persons residing in Canada and Canadian "
                "citizens residing abroad.\nSalary: $128,231 to $150,842\nLocation: Halifax (Nova Scotia)\n\nThe work\n"
                "Do you want to lead the conservation and presentation of Canada's heritage lighthouses? Parks Canada is "
                "looking for a director to manage a team of 14 employees and a budget of $2.1M.\n\nEssential qualifications\n"
                "Graduation with a degree from a recognized post-secondary institution.\nSignificant experience in managing "
                "human and financial resources.\nExperience in leading heritage conservation programs.\n\nKey leadership "
                "competencies\nCreate vision and strategy; Mobilize people; Uphold integrity and respect; Collaborate with "
                "partners and stakeholders; Promote innovation and guide change; Achieve results.\n\nConditions of employment\n"
                "Secret security clearance. Willingness to travel.\n\nThe Public Service of Canada is committed to building a "
                "skilled and diverse workforce. Persons selected for an interview will be contacted by email.\n"
                "Contact: PCA.staffing-dotation.APC@pc.gc.ca\n").encode("utf-8")
    if name.startswith("Org chart"):
        return ("MEMORANDUM / NOTE DE SERVICE\nTO: Management Committee, Meteorological Service of Canada\nFROM: Director, "
                "Corporate Services\nDATE: 2022-10-03\nSUBJECT: Organization chart notes - proposed reorganization of "
                "National Prediction Operations\n\n1. Following the September retreat, the boxes below are to be redrawn on "
                "the organization chart before the HR committee meets.\n\n   DG, National Prediction Operations (EX-03) "
                "pos 5500\n     - Dir, Prairie and Arctic SPC (EX-01) pos 5582 - 69 FTE\n     - Dir, Ontario SPC (EX-01) "
                "pos 5590 - 58 FTE\n     - Dir, Atlantic SPC (EX-01) pos 5611 - 47 FTE\n     - Mgr, Operational Systems "
                "(CS-04) pos 5620 - 12 FTE\n\n2. The Atlantic and Quebec centres are to be combined under one director as of "
                "1 April 2023; the position numbers will be confirmed by Classification.\n3. No work descriptions are "
                "attached; they will be rewritten after the structure is approved.\n\nAction: for discussion on October 12.\n"
                ).encode("utf-8")
    if name.startswith("Lettre"):
        import docx

        document = docx.Document()
        props = document.core_properties
        props.author, props.last_modified_by = "", ""
        props.created = props.modified = dt.datetime(2020, 1, 1)
        for para in ["Gatineau, le 14 février 2023", "Objet : Confirmation de votre nomination",
                     "Madame,", "Nous avons le plaisir de vous confirmer votre nomination pour une période indéterminée au "
                     "poste de directrice, Expérience du visiteur et développement de produits (EX-01), à compter du "
                     "1er mars 2023. Votre traitement annuel sera établi conformément à la Directive sur les conditions "
                     "d'emploi des cadres supérieurs.",
                     "Cette offre est conditionnelle au maintien de votre cote de sécurité de niveau Secret. Nous vous "
                     "prions de signer la présente lettre et de la retourner au Centre des services de ressources humaines "
                     "d'ici le 24 février 2023.",
                     "Veuillez agréer, Madame, l'expression de nos sentiments distingués.",
                     "La vice-présidente, Opérations", "p.j. Conditions d'emploi"]:
            document.add_paragraph(para)
        out = io.BytesIO()
        document.save(out)
        return fixed_zip(out.getvalue())
    if name.startswith("scan_"):
        chars = "~'.,:;-_=|!/\\()[]{}iIl1oO0 eEaAsS5rnm"
        lines = []
        for _ in range(70):
            lines.append("".join(rng.choice(chars) for _ in range(rng.randint(5, 70))))
        lines.insert(23, "Page 1 of 3")
        lines.insert(41, "PROTECTED A")
        return ("\n".join(lines) + "\n").encode("utf-8")
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by = "", ""
    props.created = props.modified = dt.datetime(2020, 1, 1)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    made = {}
    for name, key, kind, v in DOCUMENTS:
        data, info = make_document(name, key, kind, v)
        (corpus / name).write_bytes(data)
        made[name] = (key, kind, v, info)
    for name, (key, kind, v, info) in made.items():
        language = {"en": "en", "fr": "fr", "bi": "bilingual", "en+fr": "bilingual"}[v.get("lang", "en")]
        same_position = [n for n, (k, *_rest) in made.items() if k == key]
        versions = None
        if len(same_position) > 1:
            newest = max(same_position, key=lambda n: made[n][2].get("effective", BY_KEY[key]["effective"]))
            versions = {"position": BY_KEY[key]["number"], "documents": same_position, "newest": name == newest}
        truth = expected_of(name, info["kind"], language, info["truth"], versions)
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    for name, kind, language in REFUSE:
        (corpus / name).write_bytes(refuse_document(name))
        (expected / f"{name}.expected.yaml").write_text(yaml.safe_dump(
            {"document": name, "kind": kind, "language": language, "outcome": "refuse"}, allow_unicode=True,
            sort_keys=False), encoding="utf-8")
    overused = {w: n for w, n in LABEL_USE.used.items() if n > 2}
    print(f"label wordings in more than two documents: {overused}")
    print(f"{len(DOCUMENTS)} work descriptions and {len(REFUSE)} documents to refuse in {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
