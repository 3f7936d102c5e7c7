"""Label wordings of blind13, as departments' forms wrote them. Each wording is given to at most
three documents (``Allocator``); a document's spec may also name its wordings itself (the count
holds them too, see ``make_blind.check_labels``)."""
from __future__ import annotations

import re
import unicodedata

EN = {
    "title": ["Position Title", "Title of Position", "Job Title", "Working Title", "Official Title", "Position title (official)",
              "Title", "Descriptive Title", "Position Name", "Title of the Position", "Approved Position Title",
              "Name of Position", "Classified Title", "Official Position Title", "Title of Job"],
    "cls": ["Classification", "Group and Level", "Group & Level", "Group/Level", "Level", "Classification Level",
            "Occupational Group and Level", "Group-Level", "Class. Level", "Classification (Group/Level)",
            "Position Classification", "Grp/Lvl", "Classification and Level", "EX Level", "Group and level of position"],
    "num": ["Position Number", "Position No.", "Pos. No.", "Position #", "Position Nbr", "Position Identifier", "Position ID",
            "No. of Position", "Position Reference Number", "Pos #", "Position Control Number", "HRMS Position Number",
            "Position Code", "Position number (HRMS)"],
    "job": ["Job Code", "Job Number", "Job Code No.", "Generic Job Code", "Work Description Number", "Job ID", "Job Reference",
            "Work Description No.", "WD Number", "Job File Number", "Job Code (PeopleSoft)", "Standard Job No.", "Job No.",
            "Job code number"],
    "date": ["Effective Date", "Effective date of classification", "Date Effective", "Classification Effective Date",
             "In Effect As Of", "Effective", "Date in effect", "Effective as of",
             "Effective Date of Work Description", "Date this description takes effect",
             "Effective date of this work description", "Date of Effect", "Classification date"],
    "dept": ["Department", "Organization", "Department/Agency", "Dept.", "Organization Name", "Federal Organization", "Agency",
             "Department or Agency", "Employer", "Portfolio organization"],
    "branch": ["Branch", "Sector", "Branch/Sector", "Region", "Branch or Region", "Program Area", "Field", "Sector/Region",
               "Business Line", "Branch / Region"],
    "unit": ["Directorate", "Division", "Unit", "Work Unit", "Organizational Unit", "Directorate/Division", "Responsibility Centre",
             "Service Line", "Organization Unit", "Section"],
    "location": ["Location", "Geographic Location", "Work Location", "Location of Position", "Duty Station", "City/Province",
                 "Place of Work", "Office Location", "Geographical location", "Work Site", "Position Location",
                 "City and Province", "Headquarters", "Location (City, Province)"],
    "sup_title": ["Supervisor's Position Title", "Supervisor Title", "Title of Supervisor", "Immediate Supervisor", "Reporting to",
                  "Supervisor (Title)", "Accountable to", "Supervisor's Title", "Reports To (Title)", "Manager's Position Title",
                  "Direct Supervisor", "Title of Immediate Supervisor", "Supervisor position title", "Superior"],
    "sup_cls": ["Supervisor's Classification", "Supervisor Group/Level", "Classification of Supervisor", "Supervisor's Level",
                "Group and Level of Supervisor", "Supervisor Classification", "Level of Supervisor", "Supervisor's Group & Level",
                "Manager's Group/Level", "Supervisor level", "Immediate Supervisor's Classification", "Supervisor Group and Level"],
    "sup_num": ["Supervisor's Position No.", "Supervisor Position Number", "Position Number of Supervisor", "Supervisor's Pos. #",
                "Reports to Position No.", "Supervisor Position ID", "Manager's Position Number", "Superior's Position No.",
                "Supervisor's Position Number", "Supervisor Pos. No.", "Position No. of Immediate Supervisor",
                "Supervisor's position #"],
    "reportsto": ["Reports to", "Reporting Relationship", "Reports To (title, level, position)", "Position reports to",
                  "Reporting to (Title/Level/Pos. No.)"],
    "incumbent": ["Incumbent", "Incumbent Name", "Name of Incumbent", "Employee Name", "Current Incumbent"],
    "sup_name": ["Supervisor's Name", "Name of Supervisor", "Supervisor Name"],
    "lang_req": ["Language Requirements", "Linguistic Profile", "Official Language Requirements", "Language Profile"],
    "security": ["Security Level", "Security Clearance", "Security Requirement", "Reliability/Security Level"],
    "group": ["Group", "Occupational Group"],
    "level": ["Level"],
    "fte_id": ["Number of FTEs", "FTEs managed"],
    "noc": ["NOC Code", "National Occupational Classification"],
    "form_no": ["Form", "Form No."],
}

FR = {
    "title": ["Titre du poste", "Titre de la fonction", "Titre officiel du poste", "Titre", "Intitulé du poste", "Titre descriptif",
              "Appellation du poste", "Titre du poste (officiel)", "Titre de l'emploi", "Désignation du poste"],
    "cls": ["Classification", "Groupe et niveau", "Groupe/niveau", "Niveau", "Groupe et niveau de classification",
            "Classification (groupe et niveau)", "Niveau du poste", "Groupe-niveau", "Niveau de classification"],
    "num": ["Numéro du poste", "No du poste", "N° de poste", "Numéro de poste", "No. du poste", "Identificateur du poste",
            "Poste no", "Numéro d'identification du poste", "No de poste"],
    "job": ["Code d'emploi", "Numéro de l'emploi", "No de la description de travail", "Code de l'emploi",
            "Numéro de référence de l'emploi", "No d'emploi", "Numéro de la description", "Code de l'emploi (SGRH)"],
    "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet", "Date de la classification",
             "Entrée en vigueur", "Date de mise en vigueur", "Date d'entrée en vigueur de la description"],
    "dept": ["Ministère", "Organisation", "Ministère/organisme", "Organisme", "Ministère ou organisme"],
    "branch": ["Direction générale", "Secteur", "Région", "Secteur/Région", "Direction générale ou région"],
    "unit": ["Direction", "Division", "Unité", "Unité organisationnelle", "Unité de travail", "Service"],
    "location": ["Lieu de travail", "Emplacement", "Emplacement géographique", "Lieu", "Lieu du poste", "Ville et province",
                 "Endroit", "Lieu géographique"],
    "sup_title": ["Titre du poste du superviseur", "Relève de", "Titre du surveillant", "Supérieur immédiat", "Poste du superviseur",
                  "Rend compte à", "Titre du poste du supérieur", "Superviseur (titre)"],
    "sup_cls": ["Classification du superviseur", "Groupe et niveau du superviseur", "Niveau du surveillant",
                "Classification du poste du supérieur", "Groupe/niveau du superviseur", "Niveau du superviseur"],
    "sup_num": ["Numéro du poste du superviseur", "No du poste du surveillant", "N° de poste du supérieur",
                "Poste du superviseur no", "No de poste du superviseur", "Numéro de poste du supérieur immédiat"],
    "reportsto": ["Relève du", "Lien hiérarchique"],
    "incumbent": ["Titulaire", "Nom du titulaire"],
    "sup_name": ["Nom du superviseur"],
    "lang_req": ["Exigences linguistiques", "Profil linguistique"],
    "security": ["Niveau de sécurité", "Cote de sécurité"],
    "fte_id": ["Nombre d'ETP"],
    "noc": ["Code CNP"],
    "form_no": ["Formulaire"],
}

DIMS = {
    "en": {"fte": ["FTEs", "Full-time equivalents", "Number of FTEs", "Staff (FTEs)", "Human resources", "Employees",
                   "Total FTEs", "Human Resources (FTE)", "FTE complement", "Full-time equivalents (FTEs)", "Staff complement", "FTE", "Number of employees",
                   "Staff", "FTE's", "Human resources (FTEs)", "Employees (FTE)", "Workforce (FTEs)"],
           "salary": ["Salary", "Salaries", "Salary budget", "Salary dollars", "Personnel costs", "Salary Budget (annual)",
                      "Wages and salaries", "Salaries and wages", "Salary envelope", "Salary costs",
                      "Salary (annual)", "Salaries (A-base)", "Salary expenditures", "Salary allocation", "Payroll",
                      "Salary and wages budget", "Personnel (salary)"],
           "om": ["O&M", "Operating and Maintenance", "Non-salary operating", "Operating (non-salary)", "Operations and Maintenance",
                  "O&M budget", "Goods and services", "Operating and maintenance (O&M)", "Other operating costs", "Non-salary O&M",
                  "O & M", "O&M (non-salary)", "Operating budget (non-salary)", "Operations & maintenance", "O&M allocation",
                  "Non-pay operating", "Operating expenditures (O&M)"],
           "total": ["Total", "Total budget", "Total operating budget", "Grand total", "Total resources",
                     "Total (salary and O&M)", "Total operating", "Total budget under management", "Total salary and O&M",
                     "Total expenditures", "Overall budget", "Total budget (salary + O&M)", "Total allocation",
                     "Total annual budget", "Total resources managed", "Total operating resources"],
           "gc": ["Grants and Contributions", "G&C", "Transfer payments", "Contributions", "Grants & Contributions (program)",
                  "Grants and contributions budget", "Program funds (G&C)"]},
    "fr": {"fte": ["ETP", "Effectif", "Ressources humaines (ETP)", "Nombre d'ETP", "Employés", "Équivalents temps plein",
                   "Effectif (ETP)"],
           "salary": ["Salaires", "Budget salarial", "Traitements et salaires", "Enveloppe salariale",
                      "Budget des salaires"],
           "om": ["F et E", "Fonctionnement et entretien", "Budget de F et E", "F&E", "Dépenses de fonctionnement (hors salaires)",
                  "Fonctionnement et entretien (F et E)"],
           "total": ["Total", "Budget total", "Total des ressources", "Total fonctionnement", "Total (salaires et F et E)",
                     "Budget total géré"],
           "gc": ["Subventions et contributions", "S et C", "Paiements de transfert", "Contributions",
                  "Budget de subventions et contributions"]},
}

REP_COLS = {
    "en": {"num": ["Position No.", "Position Number", "Pos. #", "Position #", "Position", "Pos. No.", "Posn Nbr"],
           "title": ["Position Title", "Title", "Subordinate Position", "Direct Report", "Reporting Position",
                     "Title of Subordinate Position", "Subordinate Position Title", "Position title", "Job Title of Report"],
           "cls": ["Classification", "Group/Level", "Group and Level", "Level", "Classif.", "Grp/Lvl", "Group & Level",
                   "Classification (Group-Level)"],
           "fte": ["FTEs", "FTE", "No. of FTEs", "Employees", "Staff", "Number of Employees", "FTE count", "Human Resources (FTE)",
                   "Staff (FTE)", "Total FTEs supervised"],
           "name": ["Incumbent", "Name of Incumbent", "Incumbent (as of date)"],
           "does": ["Main Responsibilities", "Responsibilities", "Key Responsibility", "Area of Responsibility"]},
    "fr": {"num": ["No du poste", "N° de poste", "Numéro de poste", "No poste"],
           "title": ["Titre du poste", "Titre", "Poste subordonné", "Poste", "Titre du poste subordonné"],
           "cls": ["Groupe et niveau", "Classification", "Niveau", "Groupe/niveau", "Classif."],
           "fte": ["ETP", "Nombre d'ETP", "Effectif", "Employés", "Ressources (ETP)"],
           "name": ["Titulaire"],
           "does": ["Principales responsabilités", "Responsabilités"]},
}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'")
    return " ".join(re.sub(r"[:\s]+$", "", text).casefold().split())


class Allocator:
    """Hands out wordings, each to at most ``cap`` documents, in a deterministic rotation."""

    def __init__(self, cap: int = 3):
        self.cap = cap
        self.used: dict = {}

    def take(self, kind: str, pool: list, start: int, exclude=()) -> str:
        n = len(pool)
        for limit in (2, self.cap):
            for i in range(n):
                word = pool[(start + i) % n]
                key = (kind, norm(word))
                if self.used.get(key, 0) < limit and word not in exclude:
                    return word
        raise RuntimeError(f"no wording left for {kind}")

    def count(self, kind: str, word: str) -> None:
        key = (kind, norm(word))
        self.used[key] = self.used.get(key, 0) + 1
