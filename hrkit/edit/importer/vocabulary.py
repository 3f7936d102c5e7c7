"""The words work descriptions are written in, English and French: field labels, section
headings, the labels of people and signatures (never read), dimension labels, months, the
occupational groups of classification codes, and the role words titles begin with.

Matching is done on a folded copy of the text (``fold``: accents and case dropped, one character
for one, so positions carry over) with patterns that forgive what scans do to letters (``I``,
``l`` and ``1``; ``O`` and ``0``; ``S`` and ``5``; an apostrophe lost or spaced).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

EN, FR = "en", "fr"

_SUPERVISOR_EN = ("supervisor's", "supervisor", "supervisors", "manager's", "immediate supervisor's",
                  "immediate supervisor", "reports to")
"""How English forms name a position's supervisor before a field (``Supervisor's Title``)."""
_SUPERVISOR_FR = ("superviseur", "superviseure", "surveillant", "surveillante", "gestionnaire", "superieur",
                  "superieure", "superieur immediat", "superieure immediate", "superviseur immediat",
                  "gestionnaire immediat", "superieur hierarchique", "superieure hierarchique", "superviseur(e)",
                  "superieur(e)", "superieur(e) immediat(e)", "personne superviseure", "personne superieure")
"""The words French forms use for a position's supervisor (``superviseur(e)``, written for either;
``la personne superviseure``, for anyone)."""

FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "title": ((EN, "position title"), (EN, "job title"), (EN, "title of position"), (EN, "working title"),
              (EN, "title"), (FR, "titre du poste"), (FR, "titre de poste"), (FR, "titre du post"),
              (FR, "titre de l'emploi"), (FR, "titre"), (FR, "intitule du poste"), (EN, "position name"),
              (EN, "long description"), (FR, "description longue"),
              (EN, "name of position"), (EN, "name of the position"), (FR, "nom du poste"),
              (FR, "appellation du poste"), (FR, "appellation d'emploi"), (FR, "libelle du poste"),
              (FR, "titre de la fonction"), (FR, "titre officiel du poste"), (FR, "titre officiel"),
              (EN, "role title")),
    "job_code": ((EN, "position job code"), (EN, "job code"), (EN, "job code no"), (EN, "job code number"),
                 (EN, "job code #"), (EN, "generic job code"), (EN, "generic job number"),
                 (EN, "generic job no"), (EN, "job no"), (FR, "numero de l'emploi"), (FR, "no de l'emploi"), (FR, "no de code d'emploi"), (FR, "n° de code d'emploi"),
                 (FR, "numero de code d'emploi"), (FR, "numero du code d'emploi"), (EN, "job number"), (EN, "job no"), (EN, "job #"),
                 (EN, "jd #"), (EN, "jd no"), (EN, "work description number"), (EN, "standard job description no"),
                 (EN, "standard job description number"), (FR, "code d'emploi"), (FR, "code de l'emploi"),
                 (FR, "code du poste"), (FR, "numero d'emploi"), (FR, "no d'emploi"),
                 (FR, "numero de la description de travail"), (FR, "numero de description de travail"),
                 (EN, "job reference"), (EN, "job ref"), (EN, "description code"), (FR, "code de poste generique"),
                 (FR, "code generique"), (FR, "code du poste type"),
                 (FR, "numero d'emploi generique")),
    "classification": ((EN, "group and level"), (EN, "group/level"), (EN, "group level"), (EN, "group & level"),
                       (EN, "group-level"), (FR, "groupe-niveau"),
                       (EN, "position level"), (EN, "position classification"), (EN, "classification level"),
                       (EN, "level"), (EN, "classif"), (EN, "band"), (EN, "pay band"), (FR, "bande salariale"),
                       (FR, "groupe et niveau"), (FR, "groupe/niveau"), (FR, "groupe et le niveau"),
                       (FR, "niveau du poste"), (FR, "niveau"), (FR, "classification du poste"),
                       (FR, "niveau de classification"), (FR, "classification et niveau"), (EN, "grp/lvl"),
                       (EN, "grp/level"), (EN, "grp & lvl"), (EN, "grp and lvl"),
                       ("", "classification")),
    "position_number": ((EN, "position number"), (EN, "position no"), (EN, "position #"), (EN, "pos. no"),
                        (EN, "position num"), (FR, "numero du poste"), (FR, "numero de poste"), (FR, "n° du poste"),
                        (FR, "n° de poste"), (FR, "no du poste"), (FR, "no de poste"), (FR, "n du poste"), (EN, "pos #"),
                        (EN, "pos no"), (EN, "pos. #"), (EN, "position ref. no"), (EN, "position ref no"),
                        (EN, "position reference number"), (EN, "position reference no"), (EN, "position id"),
                        (EN, "role number"), (EN, "role no"), (EN, "role #"), (EN, "role id"), (FR, "numero du role"),
                        (FR, "numero de role"), (FR, "identifiant du poste"), (FR, "id du poste")),
    "effective_date": ((EN, "effective date"), (EN, "classification effective date"), (EN, "date effective"),
                       (EN, "effective as of"), (EN, "effective on"), (EN, "eff date"), (EN, "date in effect"),
                       (EN, "effective"), (FR, "date d'entree en vigueur"), (FR, "date d'entree en vigueur du poste"),
                       (FR, "date de prise d'effet"), (FR, "date de prise d'effet du poste"), (FR, "prise d'effet"),
                       (FR, "date d'entree en fonction"),
                       (FR, "date de mise en vigueur"), (FR, "date d'effet"), (FR, "en vigueur le"),
                       (FR, "date en vigueur"), (FR, "en vigueur"), (EN, "this description starts on"),
                       (FR, "cette description entre en vigueur le")),
    "department": ((EN, "department"), (EN, "organization"), (EN, "department/agency"), (FR, "ministere"),
                   (FR, "ministere/organisme"), (FR, "organisation"), (FR, "organisme")),
    "branch": ((EN, "branch - service"), (EN, "branch/sector"), (EN, "branch"), (EN, "sector"),
               (FR, "direction generale"), (FR, "secteur")),
    "directorate": ((EN, "directorate"), (FR, "direction")),
    "division": ((EN, "division"), (FR, "division")),
    "location": ((EN, "geographic location"), (EN, "geographical location"), (EN, "work location"), (EN, "location"),
                 (FR, "lieu geographique"), (FR, "emplacement geographique"), (FR, "lieu de travail"), (FR, "lieu du poste"), (FR, "lieu"),
                 (FR, "emplacement"), (FR, "endroit"), (FR, "point de service"), (EN, "duty station"),
                 (FR, "lieu d'affectation"), (EN, "work site"), (EN, "worksite"), (EN, "located in"),
                 (EN, "where the job is"), (FR, "lieu de l'emploi")),
    "supervisor_number": (*((EN, f"{who} {what}") for who in _SUPERVISOR_EN
                            for what in ("position number", "position no", "position #", "position num", "pos. no",
                                         "position id")),
                          *((EN, f"{what} of {who}") for who in ("supervisor", "the supervisor")
                            for what in ("position number", "position no", "position #", "pos #", "pos no")),
                          *((EN, f"{who} pos #") for who in _SUPERVISOR_EN),
                          (EN, "reports to position number"),
                          *((FR, f"{no} {du} poste {du2} {who}") for no in ("numero", "no", "n°", "n")
                            for du in ("du", "de") for du2 in ("du", "de la", "du (de la)")
                            for who in _SUPERVISOR_FR)),
    "supervisor_title": (*((EN, f"{who} {what}") for who in _SUPERVISOR_EN for what in ("position title", "title")),
                         (EN, "reports to description"), (EN, "reports to descr"), (EN, "reports to title"),
                         (EN, "title of supervisor"), (EN, "title of the supervisor"),
                         (EN, "title of supervisor's position"), (EN, "title of the supervisor's position"),
                         (EN, "reports to"),
                         (EN, "reporting to"), (EN, "immediate supervisor"), (EN, "direct supervisor"), (EN, "reports directly to"),
                         (EN, "reporting directly to"), (EN, "accountable to"), (EN, "reporting relationship"),
                         (EN, "superior"), (EN, "immediate superior"),
                         *((FR, f"titre {of} {who}") for of in ("du poste du", "de poste du", "du", "du poste de la",
                                                                 "de la", "du poste du (de la)", "du (de la)")
                           for who in _SUPERVISOR_FR),
                         (FR, "releve du"), (FR, "releve de la"), (FR, "releve de"), (FR, "superieur immediat"),
                         (FR, "superieure immediate"), (FR, "superieur(e) immediat(e)"), (FR, "superieur(e)"),
                         (FR, "se rapporte a"), (FR, "rapporte a"), (FR, "fait rapport a"), (FR, "relevant de"),
                         (FR, "superviseur immediat"),
                         (FR, "superieur hierarchique"), (FR, "superieure hierarchique"), (FR, "chef hierarchique"),
                         (FR, "rend compte a"), (FR, "rend compte au"), (FR, "rend compte a la"),
                         (FR, "releve directement de"), (FR, "releve directement du"),
                         (EN, "administrative supervisor"), (EN, "administrative reporting"),
                         (EN, "reports administratively to"), (FR, "superviseur administratif"),
                         (FR, "superviseure administrative"), (FR, "superieur administratif"),
                         (FR, "superieure administrative"), (FR, "releve administrativement de"),
                         (FR, "releve administrativement du"),
                         *((FR, f"poste {du} {who}") for du in ("du", "de la") for who in _SUPERVISOR_FR)),
    "supervisor_classification": (*((EN, f"{who} {what}") for who in _SUPERVISOR_EN
                                    for what in ("classification", "group and level", "group/level", "group & level",
                                                 "level", "position classification", "position group and level")),
                                  *((EN, f"{what} of {who}") for who in ("supervisor", "the supervisor")
                                    for what in ("classification", "group and level", "group/level", "level")),
                                  (EN, "reports to plan/grade"), (EN, "reports to grade"),
                                  *((FR, f"{what} {of} {who}") for what in ("classification", "groupe et niveau",
                                                                            "niveau", "groupe/niveau")
                                    for of in ("du poste du", "du", "du poste de la", "de la", "du (de la)")
                                    for who in _SUPERVISOR_FR)),
}
"""Field labels (folded: lower case, no accents) by the record field they fill."""

CURRENT_WORD = r"(?:current|present|existing|old|before|actuel(?:le)?|ancien(?:ne)?|existant(?:e)?|avant)"
PROPOSED_WORD = r"(?:proposed|new|after|propos[ée]e?|nouveau|nouvelle|apr[èe]s)"
"""The words naming a change's values before it and after it (``Current / Actuel``, ``Proposed / Proposé``)."""

REPORT_COLUMNS = {"title": r"title|titre|position|poste|direct reports?|subordinates?|subordonnes?|unit|unite|reporting positions?|"
                           r"job title of (?:the )?reports?|descr|description",
                  "code": r"group|level|classification|classif|class|groupe|niveau|grp|lvl|categorie|grade|plan\b|reg\b|"
                          r"gr\.?\s*[-/]\s*niv\.?|gn|regime|classe",
                  "count": r"fte'?s?|etp|staff|effectif|employees|employes|headcount|nombre|nbre|person-years?|"
                           r"(?:number|no\.?)\s+of\s+(?:fte'?s?|employees|staff)|"
                           r"p\.?-?y\.?s?|annees-personnes|a\.?-p\.?"}
"""The words a table of direct reports heads its columns with (folded)."""
TOTAL_ROW = re.compile(r"(?:grand |(?P<subtotal>sous-|sub-? ?))?(?:total|sum|somme)(?: general)?"
                       r"(?: / (?:grand |sous-|sub-? ?)?(?:total|somme)(?: general)?)?"
                       r"(?: (?:of |in |des |du )?(?:ftes?|etp|employees|positions|staff|effectifs?)"
                       r"(?: [^\d:]{0,30})?)?\s*:?")
"""A table's row of sums, named in its first cell (folded): ``Total``, ``Grand total``, ``Sous-total``,
``Subtotal / Sous-total``, ``Sum``, ``Total FTEs in direct reports``."""
AMOUNT_UNIT = r"\(\s*(?:\$|k\$|\$k|m\$|\$m)\s*\)"
"""``($)``, ``(k$)`` after a dimension's label: the unit its amounts are written in."""


REPORT_COLUMN = {key: re.compile(rf"\b(?:{pattern})\b") for key, pattern in REPORT_COLUMNS.items()}
"""Each column's words, compiled once: ``match`` at a header cell's start, ``search`` anywhere in it."""


_TITLE_AFTER = {"position": ("title", "descr", "description", "long description", "description longue"),
                "poste": ("titre", "description", "description longue")}
"""A table's ``Position`` column beside a ``Title`` (an HR system's ``Descr``) column in the same language: the
position's number."""


def report_header(cells: list[str]) -> dict[str, int] | None:
    """Which cell of a table's header row is the title, the classification and the count
    column (and the level, when a group column leaves it a column of its own), when it is the
    header of a table of direct reports (a title column, and a classification or a count column);
    else None."""
    folded = [fold(c) for c in cells]
    found = {key: next((i for i, c in enumerate(folded) if column.match(c)
                        and not (key == "title" and _NUMBER_LABEL.search(c))), None)
             for key, column in REPORT_COLUMN.items()}  # "Position No." heads numbers, not titles
    first = folded[found["title"]].split(" / ")[0].strip(" :") if found["title"] is not None else None
    titled = next((i for i, c in enumerate(folded) if c.strip(" :") in _TITLE_AFTER.get(first, ())), None)
    if titled is not None:  # "Position | Title | Group-Level | FTE": the position's number, then its title
        found["title"] = titled  # (not "Position / Poste | Titre": a title in both languages)
    for key in ("code", "count"):  # "No. of FTEs", "Nombre d'employés", "Classification (group & level)"
        if found[key] is None:
            found[key] = next((i for i, c in enumerate(folded) if REPORT_COLUMN[key].search(c)
                               and i != found["title"]), None)
    if found["count"] is None and found["title"] is not None and found["code"] is not None:
        found["count"] = next((i for i, c in enumerate(folded) if c.strip(" :") in ("resources", "ressources")), None)
        # an old form's "Position | Group/Level | Resources": the reports' person-years
    if found["count"] is not None and re.search(r"head count|effectif max", folded[found["count"]]):
        found["count"] = None  # "Effectif/Head Count", "Effectif max.": each position's own head (1), no unit's count
    if found["title"] is None or found["code"] is None and found["count"] is None:
        return None
    level = next((i for i, c in enumerate(folded) if set(c.strip(" :.").split("/")) & _LEVEL_WORDS), None)
    group = next((i for i, c in enumerate(folded) if set(c.strip(" :.").split("/")) & _GROUP_WORDS), None)
    if group is not None and level is not None and level != group:
        found["code"], found["level"] = group, level  # "Title | Group | Level | FTEs", "Régime/Plan | Niveau/Grade"
    return {key: index for key, index in found.items() if index is not None}


_GROUP_WORDS = {"group", "groupe", "grp", "gr", "plan", "reg", "regime", "sal plan", "regime sal"}
_LEVEL_WORDS = {"level", "niveau", "lvl", "niv", "grade", "grd", "ech", "echelon", "classe"}
"""A table's header over a classification in two columns, a group's and a level's (either language's word, or
both a slash apart: ``Niveau/Grade``)."""


LINE_ONLY_HEADINGS = {"organization", "organisation", "see also", "voir aussi", "related links", "liens connexes"}
"""Headings that are also labels (``Organization: Health Canada``): a heading only alone on its line."""

ANYWHERE = {"supervisor_title"}
"""Fields whose label is read wherever it stands, in any case (``Reports to:`` inside the
organization structure); other labels mid-text count only in upper case or at a line's start."""

PEOPLE: tuple[tuple[str, str], ...] = (
    (EN, "incumbent"), (EN, "incumbent's name"), (EN, "name of incumbent"), (EN, "employee name"), (EN, "employee"),
    (EN, "name"), (EN, "signature"), (EN, "signed"), (EN, "date"), (EN, "prepared by"), (EN, "approved by"),
    (EN, "reviewed by"), (EN, "certified by"), (EN, "recommended by"), (EN, "signatory"),
    (EN, "name of supervisor"), (EN, "supervisor's name"), (EN, "supervisor name"), (EN, "manager's name"),
    (EN, "name of manager"), (EN, "contact"), (EN, "telephone"), (EN, "email"), (EN, "e-mail"),
    (FR, "titulaire"), (FR, "nom du titulaire"), (FR, "nom"), (FR, "prepare par"), (FR, "approuve par"),
    (FR, "revise par"), (FR, "signe"), (FR, "nom du superviseur"), (FR, "nom du gestionnaire"),
    (FR, "courriel"), (FR, "telephone"), (FR, "employe"), (FR, "superviseur"), (EN, "supervisor"),
    (EN, "incumbent's signature"), (EN, "signature of incumbent"), (EN, "manager's signature"),
    (EN, "supervisor's signature"), (EN, "employee's signature"), (FR, "signature du titulaire"),
    (FR, "signature du gestionnaire"), (FR, "signature du superviseur"), (FR, "signature de l'employe"),
    (FR, "signature du surveillant"), (FR, "signature de la surveillante"), (FR, "signature du superieur"),
    (FR, "signature du superieur immediat"), (FR, "signature de la gestionnaire"), (FR, "signature de la titulaire"),
    (EN, "signature of supervisor"), (EN, "signature of manager"), (EN, "signature of the incumbent"),
    (EN, "author"), (EN, "written by"), (EN, "modified by"), (EN, "last modified by"), (EN, "created by"),
    (FR, "auteur"), (FR, "auteure"), (FR, "redige par"), (FR, "modifie par"), (EN, "date modified"),
    (FR, "date de modification"), (EN, "head of organization"), (EN, "head of the organization"),
    (EN, "head of organisation"), (FR, "administrateur general"), (FR, "administratrice generale"),
    (FR, "chef de l'organisation"), (FR, "chef de l'organisme"), (FR, "personne-ressource"),
    (FR, "personne ressource"), (EN, "evaluated by"), (EN, "rated by"), (FR, "evalue par"), (FR, "evaluee par"),
    (FR, "recommande par"), (FR, "recommandee par"), (FR, "approuvee par"), (EN, "post-it"), (EN, "sticky note"),
    (FR, "note autocollante"), (EN, "generic approved by"), (FR, "generique approuvee par"), (EN, "last updated by"),
    (EN, "updated by"), (FR, "mis a jour par"), (FR, "mise a jour par"), (FR, "derniere mise a jour"),
    (EN, "classification review"), (EN, "classification reviewed by"), (FR, "examen de la classification"),
    (EN, "classified by"), (FR, "classifie par"), (FR, "classifiee par"), (EN, "reviewers"), (EN, "reviewer"),
    (FR, "reviseurs"), (FR, "reviseur"), (FR, "reviseure"), (FR, "reviseures"), (EN, "approved"), (FR, "approuve"),
    (FR, "approuvee"), (EN, "classification officer"), (EN, "classification advisor"), (EN, "classification adviser"),
    (FR, "agent de classification"), (FR, "agente de classification"), (FR, "conseiller en classification"),
    (FR, "conseillere en classification"), (EN, "incumbent name"), (EN, "opened by"), (FR, "ouvert par"),
    (EN, "requested for"), (FR, "demande pour"), (EN, "requested by"), (FR, "demande par"), (EN, "assigned to"),
    (FR, "affecte a"), (EN, "caller"), (FR, "appelant"), (EN, "reporter"), (EN, "assignee"), (FR, "cessionnaire"),
    (EN, "manager approval"), (FR, "approbation du gestionnaire"), (EN, "submitted by"), (FR, "soumis par"),
    (FR, "soumise par"), (EN, "signed in as"), (FR, "connecte"), (FR, "connectee"),
)
"""Labels whose values are people, signatures or dates of signing: never read into a record,
and where they start, the text before them ends."""

SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "general_accountability": ((EN, "general account*"),
                               (EN, "overall accountability"), (EN, "general responsibility"),
                               (FR, "responsabilite generale"), (FR, "responsabilites generales"),
                               (FR, "raison d'etre du poste"), (FR, "finalite generale"),
                               (EN, "purpose of the position"), (EN, "position purpose"), (EN, "purpose"),
                               (EN, "general purpose"), (FR, "objet du poste"), (FR, "raison d'etre"),
                               (FR, "objectif du poste"), (FR, "mandat du poste"), (EN, "summary of accountability"),
                               (EN, "summary of accountabilities"), (EN, "accountability summary"),
                               (FR, "sommaire des responsabilites"), (EN, "mandate"), (FR, "mandat"),
                               (EN, "what this job is for"), (FR, "a quoi sert cet emploi")),
    "client_service_results": ((EN, "client service results"), (EN, "client-service results"),
                               (EN, "client service result"), (FR, "resultats axes sur le service a la clientele"),
                               (FR, "resultat axe sur le service a la clientele"),
                               (FR, "resultats axes sur le service aux clients"),
                               (FR, "resultats du service a la clientele"), (FR, "resultats de service a la clientele"),
                               (FR, "resultats en matiere de service a la clientele")),
    "structure": ((EN, "organization structure"), (EN, "organizational structure"), (EN, "organisation structure"),
                  (EN, "who this job works for"), (EN, "who works for this job"), (FR, "pour qui travaille cet emploi"),
                  (FR, "qui travaille pour cet emploi"),
                  (EN, "organisational structure"), (EN, "organization chart"), (EN, "structure"),
                  (FR, "structure organisationnelle"), (FR, "structure de l'organisation"),
                  (FR, "structure organisationnelle et relations hierarchiques"), (FR, "organigramme"),
                  (EN, "organizational context"), (EN, "organisational context"), (EN, "organization context"),
                  (EN, "reporting relationships"), (FR, "contexte organisationnel"),
                  (FR, "relations hierarchiques"), (EN, "organization and reporting relationships"),
                  (EN, "reporting structure"), (EN, "organization"), (EN, "organisation"), (FR, "organisation"),
                  (EN, "organization and direct reports"), (EN, "organisation and direct reports"),
                  (FR, "organisation et subordonnes directs"), (EN, "subordinates"), (FR, "subordonnes"),
                  (FR, "organisation et liens hierarchiques"), (FR, "subordonnes directs"),
                  (FR, "subordonnes immediats"), (EN, "direct reports"), (EN, "subordinate positions"),
                  (EN, "subordinate positions (direct)"), (FR, "postes subordonnes"),
                  (FR, "postes subordonnes (directs)"), (EN, "reporting to this position"),
                  (EN, "positions reporting to this position"), (EN, "positions reporting to"),
                  (FR, "postes relevant de"), (FR, "relevent du titulaire"),
                  (FR, "postes relevant du titulaire"), (FR, "postes relevant de ce poste"),
                  (EN, "direct reports of this position"), (EN, "direct reports of the position"),
                  (FR, "subordonnes directs du poste"), (FR, "subordonnes directs de ce poste"),
                  (FR, "postes subordonnes directs"), (FR, "subalternes directs"), (FR, "postes subalternes"),
                  (EN, "positions reporting directly to this position"), (EN, "positions reporting directly to"),
                  (EN, "reporting directly to this position"), (FR, "postes relevant directement de ce poste"),
                  (EN, "your team"), (FR, "votre equipe"), (EN, "where the position sits"),
                  (FR, "position dans l'organisation"),
                  (FR, "place dans l'organisation")),
    "nature_and_scope": ((EN, "nature and scope"), (EN, "nature & scope"), (EN, "nature of the work"),
                         (EN, "nature and scope of work"), (EN, "nature & scope of work"),
                         (EN, "nature and scope of the work"), (EN, "nature and scope of position"),
                         (EN, "nature and scope of the position"), (FR, "nature et portee du travail"),
                         (FR, "nature et etendue du travail"),
                         (FR, "nature et etendue"), (FR, "nature et portee"), (FR, "nature et etendue du poste"),
                         (FR, "nature et envergure"), (EN, "scope and context"), (EN, "context and scope"),
                         (EN, "context and challenges"), (EN, "scope and complexity"), (FR, "contexte et portee"),
                         (FR, "portee et contexte"), (FR, "contexte et defis"), (EN, "scope"), (FR, "portee")),
    "dimensions": ((EN, "dimensions"), (EN, "key dimensions"), (EN, "financial and human resources"),
                   (FR, "dimensions"), (FR, "principales dimensions"), (FR, "dimensions du poste"),
                   (EN, "quantitative data"), (EN, "key data"), (EN, "resources managed"), (FR, "donnees quantitatives"),
                   (FR, "ressources gerees"), (FR, "ressources financieres et humaines"),
                   (EN, "organization budget"), (FR, "budget de l'organisation"), (EN, "by the numbers"),
                   (FR, "en chiffres"), (EN, "key figures"), (FR, "chiffres cles"),
                   (EN, "budget and incumbents"), (FR, "budget et titulaires"),
                   (EN, "how much money this job manages"), (FR, "combien d'argent cet emploi gere")),
    "specific_accountabilities": ((EN, "specific account*"), (EN, "specific responsibilities"),
                                  (EN, "key account*"), (EN, "main account*"), (FR, "responsabilites specifiques"),
                                  (FR, "responsabilites particulieres"), (FR, "responsabilites principales"),
                                  (FR, "fonctions specifiques"), (EN, "key responsibilities"),
                                  (EN, "main responsibilities"), (EN, "principal accountabilities"),
                                  (EN, "major responsibilities"), (FR, "principales responsabilites"),
                                  (FR, "responsabilites cles"), (FR, "fonctions principales"),
                                  (FR, "principales fonctions"), (EN, "what you will do"),
                                  (FR, "ce que vous ferez"), (EN, "what this job does"),
                                  (FR, "ce que fait cet emploi")),
    "key_activities": ((EN, "key activities"), (EN, "main activities"), (EN, "principal activities"),
                       (FR, "activites principales"), (FR, "principales activites"), (FR, "activites cles")),
    "certification": ((EN, "certification"), (EN, "certifications"), (EN, "signatures"), (EN, "approval"),
                      (EN, "approvals"), (EN, "sign-off"), (EN, "authorization"), (FR, "attestation"),
                      (FR, "attestations"), (FR, "approbation"), (FR, "approbations"), (FR, "signatures"),
                      (FR, "autorisation"), (EN, "change log"), (EN, "revision history"), (EN, "version history"),
                      (EN, "document history"), (EN, "record of changes"), (FR, "historique des revisions"),
                      (FR, "historique des versions"), (FR, "historique des modifications"),
                      (FR, "journal des modifications"), (FR, "registre des modifications"), (EN, "history"),
                      (FR, "historique")),
    "details": ((EN, "position details"), (EN, "position identification"), (EN, "identification"),
                (EN, "position information"), (FR, "identification du poste"), (FR, "renseignements sur le poste"),
                (FR, "details du poste"), (EN, "position at a glance"), (EN, "about this job"),
                (FR, "a propos de cet emploi")),
    "lower_tiers": ((EN, "second-level organization"), (EN, "second level organization"),
                    (EN, "second-level organisation"), (EN, "second-level reports"), (EN, "second tier"),
                    (FR, "organisation de deuxieme niveau"), (FR, "deuxieme niveau"), (FR, "second niveau")),
    "other": ((EN, "speaker notes"), (EN, "notes"), (FR, "notes de l'orateur"), (FR, "notes du conferencier"),
              (FR, "notes de presentation"), (EN, "working conditions"), (EN, "environment and challenges"),
              (EN, "effort"), (EN, "skill"),
              (EN, "language requirements"), (EN, "security requirements"), (FR, "conditions de travail"),
              (FR, "exigences linguistiques"), (FR, "cote de securite"), (EN, "comparators"),
              (EN, "comparator positions"), (EN, "benchmark positions"),
              (FR, "postes reperes"), (FR, "postes de comparaison"), (EN, "incumbents"), (FR, "titulaires")),
    "other_positions": ((EN, "related work descriptions"), (EN, "related descriptions"), (EN, "related positions"),
                        (EN, "other work descriptions"), (EN, "similar work descriptions"), (EN, "related links"),
                        (EN, "see also"), (FR, "descriptions de travail connexes"), (FR, "descriptions connexes"),
                        (FR, "postes connexes"), (FR, "autres descriptions de travail"), (FR, "liens connexes"),
                        (FR, "voir aussi"), (EN, "supervisor's organization"), (EN, "supervisor's organisation"),
                        (EN, "supervisor's organization chart"), (EN, "organization of the supervisor"),
                        (FR, "organisation du superviseur"), (FR, "organigramme du superviseur"),
                        (FR, "organisation du superieur"), (FR, "organigramme du superieur")),
}
"""Section headings by the part of the work description they open; ``other_positions``, a section on positions other
than the one described (a portal's ``Related work descriptions``, the supervisor's organization and its chart), is
read for nothing: its titles are no reports."""

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "fte": ("fte's", "ftes", "fte", "fte s", "full-time equivalents", "full-time equivalent", "full time equivalents",
            "number of fte's", "number of ftes", "number of employees", "employees", "staff", "human resources",
            "etp", "equivalents temps plein", "equivalents temps complet", "nombre d'etp", "effectif", "effectifs",
            "nombre d'employes", "employes", "ressources humaines", "personnel", "person-years", "person years",
            "py", "p.y.", "a-base pys", "annees-personnes", "a.-p.", "staff complement", "complement",
            "effectif autorise", "effectif total", "ftes in the organization", "ftes in the unit",
            "etp dans l'organisation", "etp de l'organisation", "etp dans l'unite", "org fte", "etp org",
            "etp de l'org", "etp autorises", "fte authorized", "ftes authorized", "authorized ftes"),
    "salary": ("salary", "salaries", "salary budget", "salary dollars", "wages", "salaires", "salaire",
               "budget salarial", "budget des salaires", "masse salariale", "traitements", "salary envelope",
               "enveloppe salariale", "personnel (salary)", "personnel costs", "salary costs", "cout salarial", "sal budget",
               "dollars salariaux", "couts salariaux", "budget - sal", "budget - salary", "budget - salaries"),
    "o_and_m": ("o&m", "o & m", "o and m", "o&m budget", "om budget", "operating and maintenance", "operations and maintenance",
                "operation and maintenance", "non-salary", "non-salary budget", "f et e", "f&e", "f & e", "fe",
                "fonctionnement et entretien", "fonctionnement et d'entretien", "budget de fonctionnement et d'entretien",
                "frais de fonctionnement et d'entretien", "depenses de fonctionnement et d'entretien", "non salarial",
                "non-pay", "non-pay operating", "non-salary operating", "non-pay budget", "non-salary o&m",
                "non salary o&m", "non-salary o & m", "budget de f et e", "budget de f&e", "budget f et e",
                "budget - o&m", "operating funds"),
    "total": ("total", "totals", "totalling", "totaling", "total budget", "budget total", "grand total",
              "salary and o&m", "salary and o & m",
              "salary and o&m budget", "salary & o&m", "salary and operating budget", "combined salary and o&m",
              "combined salary and operating budget", "salaries and o&m", "salaires et f et e", "salaires et f&e",
              "salaire et f et e", "total des salaires et f et e", "soit un total", "pour un total", "budget",
              "in all,",
              "total operating budget", "total operating", "total resources", "total financial resources",
              "ressources totales", "total des ressources", "total managed", "total budget managed",
              "total resources managed", "budget total gere", "total gere", "total operational budget", "total salary and o&m",
              "budget total de fonctionnement", "budget de fonctionnement total", "total du budget de fonctionnement",
              "budget global", "total global", "total annual budget", "budget annuel total",
              "total budget under management", "budget under management", "total operating resources",
              "total des ressources de fonctionnement"),
    "operating_budget": ("operating budget", "operational budget", "operating", "budget de fonctionnement",
                         "budget d'exploitation", "budget operationnel"),
    "program_budget": ("program budget", "programme budget", "program funds", "program", "programs",
                       "grants and contributions", "g&c", "g & c", "gs&cs", "subventions et contributions",
                       "s et c", "s&c", "budget de programme", "budget des programmes", "budget du programme",
                       "programme", "programmes"),
}
"""Dimension labels (folded) by the dimension they name."""

WEAK_DIMENSIONS = {"program_budget", "operating_budget"}
"""Dimensions whose labels are also words of names (``Accelerator Program 600K``): read only
with a colon or a connecting word (``of``, ``de``) before the amount."""

DOCUMENT_TITLES: tuple[tuple[str, str], ...] = (
    (EN, "executive group work description"), (EN, "executive group position description"),
    (EN, "executive work description"), (EN, "executive position description"), (EN, "work description"),
    (EN, "job description"), (EN, "position description"),
    (FR, "description de travail du groupe de la direction"), (FR, "description de poste de cadre de direction"),
    (FR, "description de travail"), (FR, "description d'emploi"), (FR, "description de poste"),
    (FR, "description du poste"), (FR, "enonce de fonctions"), (FR, "enonce des fonctions"), (EN, "statement of duties"),
)
"""What a work description calls itself at its top: where a second language's copy begins."""
OTHER_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("a performance agreement", r"performance (?:management )?agreement|entente de rendement|"
                                r"accord de gestion du rendement"),
    ("a staffing request", r"(?:acting )?(?:staffing|appointment) (?:action )?request|demande de (?:mesure de )?dotation|"
                           r"demande de nomination|request for personnel action|personnel action request|"
                           r"staffing note|note de dotation"),
    ("a pay action request", r"pay action request|demande d'intervention de paye"),
    ("an HR service request", r"\b(?:hr|human resources) service request\b|\bclassification intake\b|"
                              r"\bdemande de services? (?:en )?rh\b|\baccueil en classification\b"),
    ("a briefing note", r"^briefing note\b|^note d'information\b|^note de breffage\b"),
    ("an organization chart", r"\b(?:organi[sz]ation(?:al)? chart|organigramme)\b"),
    ("a record of decisions", r"\brecord of (?:decisions?|discussions?)\b|\bminutes of (?:the )?meeting\b|^minutes\b|"
                              r"\bcompte rendu des (?:decisions|discussions)\b|\breleve des decisions\b"
                              r"|\bproces-verbal\b"),
    ("a classification decision", r"classification decision|decision de classification|"
                                  r"justification de (?:la )?(?:cotation|classification)|classification rationale"),
    ("a classification rating sheet", r"\b(?:classification |ex )?(?:rating|evaluation|cotation) sheet\b|"
                                      r"\bfiche d'evaluation\b|\bfiche de cotation\b|\bfeuille de cotation\b"),
    ("a letter of offer", r"letter of offer|lettre d'offre"),
    ("a leave application", r"application for leave|leave application|demande de conge"),
    ("a travel claim", r"travel (?:expense )?claim|demande de remboursement des frais de voyage"),
    ("a notice of appointment", r"notice of (?:intent|intention|consideration|appointment)\b|avis d'intention\b|"
                                r"avis de (?:nomination|proposition de nomination)\b"),
    ("a job poster", r"\bjob (?:opportunit(?:y|ies)|poster|posting|advertisement)\b|possibilite d'emploi|"
                     r"\bgc jobs\b|\bemplois gc\b"),
    ("a statement of merit criteria", r"statement of merit criteria|enonce des criteres de merite"),
    ("a checklist", r"\bchecklist\b|\bliste de (?:verification|controle)\b"),
    ("a manual", r"\b(?:operational|operations|operating|procedures?|inspection|policy|program|reference|user)\s+"
                 r"manual\b|\bmanuel\s+(?:des\s+operations|d'inspection|de\s+procedures?|des\s+politiques|"
                 r"d'exploitation|operationnel)\b"),
    ("a delegation of signing authorities", r"\bdelegation of (?:financial )?(?:signing )?authorit(?:y|ies)\b|"
                                            r"\b(?:financial )?delegation matrix\b|\bdelegation des pouvoirs\b|"
                                            r"\bmatrice de delegation\b"),
    ("a talent-management profile", r"talent[- ]management (?:profile|questionnaire)|\btalent profile\b|"
                                     r"profil de (?:gestion des )?talents?|"
                                     r"questionnaire (?:de|sur) la gestion des talents"),
)
"""What other documents of a records folder call themselves at their top (a performance
agreement names the position, its number and its budget too): refused, with what they are. A
classification request is no such document: its form holds the work description (when it holds
none, it is refused: ``CLASSIFICATION_REQUEST``)."""
CHANGE_NOTE = re.compile(r"[ \t]*[(\[][ \t]*(?:formerly|previously|was|old|replaces|replacing|renamed from|"
                         r"reclassified from|anciennement|auparavant|autrefois|remplace|ancien(?:ne)?|"
                         r"reclassifi[ée]e?[ \t]+(?:de|à partir de)|(?:before|avant)[ \t]+[0-9OIl]{4}|"
                         r"(?:added|new|ajout[ée]e?|nouveau|nouvelle)(?:[ \t]+(?:in|en))?[ \t]+[0-9OIl]{4})\b"
                         r"[^()\[\]\n]{0,150}(?:[)\]]|$)", re.IGNORECASE)
"""A note of a value's change beside it, in brackets: its former value (``Director, X (formerly
Director, Y)``, ``Ottawa [was Edmonton, AB]``, ``(auparavant Directrice, Z)``, ``(avant 2022 : ...)``)
or when it came (``Manager, X (added 2022)``); no part of the value."""


def blanked(pattern: re.Pattern, text: str) -> str:
    """``text`` with ``pattern``'s matches made spaces as long as they were: what follows keeps its
    place (a field's reader counts what it took; a scan's specks keep its columns)."""
    return pattern.sub(lambda found: " " * len(found[0]), text)
ANNEX = r"annexe?|appendix|appendice"
"""What an annex calls itself (``Annex A``, ``Annexe B``, ``Appendix 1``), in a regular expression."""
CLASSIFICATION_REQUEST = (r"request for classification(?: action)?|classification (?:action )?request|"
                          r"demande de (?:mesure de )?classification")
"""What a classification request's form calls itself at its top."""

MONTHS = {**{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"), 1)},
          **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                        "dec"), 1)},
          "sept": 9, "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "juill": 7,
          **{m: i for i, m in enumerate(("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                                        "septembre", "octobre", "novembre", "decembre"), 1)}}
"""Month names (folded), English and French, with the usual abbreviations."""

GROUPS = frozenset((
    "AC AG AI AO AR AS AU BI CH CM CO CR CS CT CX DA DD DE DM DS EC ED EG EL EN ES EU EX FB FI FO FR FS GL GS GT "
    "GC HP HR HS IS IT LA LC LI LP LS MA MD MT NU OE OM OP PC PE PG PH PI PM PO PR PS PY RE RO SC SE SG SO SR ST SW "
    "TI TR UT VM WP SP MG NR TO AD REG SI ND RCO SH SM SX GCQ NUC").split())
"""Occupational groups of the federal public service (and ones retired, found in older
descriptions): a code is read only with one of these before its level."""

SUBGROUPS = frozenset(("ENG SUR RES REM MOF MSP MAO EDS EST LAT MAM MAN HOS CHN EMA STS BUS FOS MPS PRC AIM COI EIM "
                       "ELE GHW INM MDO MST PCF PIP PRW SMW VHE WOW EEW SHP BOI CGC PAT SRE CON PRO CAI MCO SCY OCE STN "
                       "DAT COR FIN IAU EAV SCW PHA ESS").split())
"""Subgroups written between a group and its level (``EN-ENG-05``, ``SE-RES-03``)."""
ALONE = frozenset(("ENG", "RES", "REM", "SUR", "MOF", "MSP"))
"""Subgroups written without their group, as forms often do (``ENG-05``, ``RES-03``): read as written."""

ROLES_EN = ("senior assistant deputy minister", "associate assistant deputy minister", "assistant deputy minister",
            "associate deputy minister", "deputy minister", "director general", "executive director",
            "associate director", "assistant director", "regional director", "director", "senior director",
            "chief", "head", "manager", "senior manager", "team leader", "team lead", "senior advisor",
            "senior adviser",
            "special advisor", "special adviser", "advisor", "adviser", "senior analyst", "analyst", "officer",
            "coordinator", "co-ordinator", "supervisor", "superintendent", "commissioner", "registrar",
            "executive assistant", "administrative assistant", "assistant", "principal", "senior", "lead",
            "program manager",
            "deputy", "president", "vice-president", "executive vice-president", "senior vice-president",
            "vice president", "comptroller", "controller", "counsel", "economist",
            "engineer", "scientist", "specialist", "consultant", "warden", "deputy warden", "administrator",
            "inspector", "investigator", "auditor", "secretary", "corporate secretary", "chairperson", "vice-chair",
            "chair", "regional vice-president",
            "general manager", "architect", "planner", "librarian", "archivist", "curator", "ombudsman",
            "ombudsperson", "negotiator", "treasurer", "commanding officer", "captain", "harbour master",
            "medical officer", "regional medical officer", "research scientist", "research officer", "research manager",
            "legal counsel", "general counsel", "paralegal", "epidemiologist", "physician", "nurse manager", "clerk",
            "biologist", "chemist", "technician")
ROLES_FR = ("sous-ministre adjoint principal", "sous-ministre adjointe principale", "sous-ministre adjoint",
            "sous-ministre adjointe", "sous-ministre delegue", "sous-ministre deleguee", "sous-ministre",
            "directeur general", "directrice generale", "directeur executif", "directrice executive",
            "directeur principal", "directrice principale", "directeur adjoint", "directrice adjointe",
            "directeur regional", "directrice regionale", "directeur", "directrice", "gestionnaire",
            "chef d'equipe", "cheffe d'equipe", "chef", "cheffe", "conseiller principal", "conseillere principale",
            "conseiller special",
            "conseillere speciale", "conseiller", "conseillere", "analyste principal", "analyste principale",
            "analyste", "agent", "agente", "coordonnateur", "coordonnatrice", "co-ordonnateur",
            "adjoint executif", "adjointe executive", "adjoint administratif", "adjointe administrative", "adjoint",
            "adjointe",
            "surintendant", "commissaire", "president", "presidente", "vice-president", "vice-presidente",
            "economiste", "ingenieur", "scientifique", "specialiste", "superviseur", "superviseure",
            "responsable", "directeur d'etablissement", "directrice d'etablissement", "administrateur",
            "administratrice", "inspecteur", "inspectrice", "enqueteur", "enqueteuse", "verificateur",
            "verificatrice", "secretaire", "greffier", "greffiere", "registraire", "archiviste", "bibliothecaire",
            "conservateur", "conservatrice", "planificateur", "planificatrice", "architecte", "negociateur",
            "negociatrice", "tresorier", "tresoriere", "controleur", "controleuse", "commandant", "commandante",
            "capitaine", "ombudsman", "avocat-conseil", "avocate-conseil", "avocat", "avocate", "legiste", "juriste",
            "parajuriste", "medecin", "epidemiologiste", "chercheur", "chercheuse", "biologiste", "chimiste",
            "technicien", "technicienne")
"""The words a position's title starts with (folded), most specific first."""
_ROLES_ABBREVIATED = ("dg", "adm", "rdg", "dgr", "sma")
"""A role as forms abbreviate it, in either language, a title's start before its unit (``DG, Data Centre Services``,
``SMA, Opérations``); alone (``ADM (EX-04 and EX-05)``) no title."""


FRENCH_WORDS = re.compile(r"\b(?:de|des|du|la|le|les|et|aux)\b|[àâçéèêëîïôûù]", re.IGNORECASE)
"""Words and letters only French writes: the language of a few words (a title, a label)."""


def fold(text: str) -> str:
    """``text`` in lower case without accents, one character for one (so a match's positions
    are the original's): ``Numéro du poste`` -> ``numero du poste``."""
    return text.lower() if text.isascii() else text.translate(_FOLDED)


class _FoldTable(dict):
    """Each character's folded form, worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED = _FoldTable()


@cache
def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    base = unicodedata.normalize("NFD", c)[0].lower()
    special = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u0153": "o", "\u00e6": "a",
               "\u00df": "s", "\u00ba": "°"}
    folded = special.get(c, base)
    return folded if len(folded) == 1 else c


_LOOKALIKE = {"i": "[il1|!]", "l": "[il1|]", "o": "[o0]", "s": "[s5]", "0": "[o0]", "1": "[il1|]", "e": "[ec]",
              "t": "[tl]", "n": "(?:n|ri)", "m": "(?:m|rn)"}


_BETWEEN_WORDS = r"(?:\.?\s*|\s+[-\u2013]\s+)"
"""Between a label's words: spaces, after an abbreviation's period, or a dash (``Supervisor - title``)."""
_NUMBER_WORDS = frozenset(("number", "numero", "num", "no", "n°", "n", "#", "nbr"))
_NUMBER_WORD = r"(?:numero|number|nbr|num|no|n[°o]|n|#)"
"""A label's word for "number", each written every way forms write it (``N° d'emploi``, ``No. du
poste``, ``Position #``): one phrase stands for all."""
_NUMBER_LABEL = re.compile(rf"(?<!\w){_NUMBER_WORD}(?!\w)")
"""A label's word for "number" standing alone (``Position No.``)."""


def phrase_pattern(phrase: str, *, lax: bool = True) -> str:
    """A regular expression for a folded ``phrase`` in folded text: any run of spaces between
    words, an apostrophe lost or spaced, ``&`` for ``and``, and (``lax``) the letters scans confuse; ``*`` stands
    for the rest of a word a scan may have misspelt (``specific account*``)."""
    return "".join(_pieces(phrase, lax))


def _pieces(phrase: str, lax: bool) -> list[str]:
    """``phrase_pattern`` piece by piece, a piece per character (or per word for "number"), so that
    many phrases can share the pieces they start with."""
    words = phrase.split(" ")
    if len(words) > 1 and any(w in _NUMBER_WORDS for w in words):
        return _joined([[_NUMBER_WORD] if w in _NUMBER_WORDS else _pieces(w, lax) for w in words], _BETWEEN_WORDS)
    if " and " in phrase:  # "operations and maintenance": "Operations & Maintenance" too
        return _joined([_pieces(part, lax) for part in phrase.split(" and ")],
                       rf"(?:{_BETWEEN_WORDS}and{_BETWEEN_WORDS}|\s*&\s*)")
    phrase = phrase.replace(" & ", "&")  # "Nature &Scope", "O & M", "O&M": one pattern
    out = []
    for c in phrase:
        if c == "*":
            out.append(r"[a-z]*")
        elif c == " ":
            out.append(_BETWEEN_WORDS)  # an abbreviation's period: "Position No. of Supervisor"
        elif c == "'":
            out.append(r"\s*['\s]?\s*")
        elif c in "-/":
            out.append(rf"\s*{re.escape(c)}\s*")
        elif c == "&":
            out.append(r"\s*&\s*")
        elif lax and c in _LOOKALIKE:
            out.append(_LOOKALIKE[c])
        else:
            out.append(re.escape(c))
    return out


def _joined(parts: list[list[str]], between: str) -> list[str]:
    out = parts[0]
    for part in parts[1:]:
        out = out + [between] + part
    return out


def by_first_piece(rows: list[tuple]) -> list[tuple[re.Pattern, list[tuple]]]:
    """Rows whose last item is a phrase, grouped by the pattern of the phrase's first letter: a
    text is tried against the few phrases that can start it, and a phrase's own pattern is
    compiled only when a text could be it (compiling the vocabulary's thousand took most of a
    single document's import)."""
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        groups.setdefault(_pieces(row[-1], True)[0], []).append(row)
    return [(re.compile(piece), group) for piece, group in groups.items()]


@cache
def phrase_regex(phrase: str) -> re.Pattern:
    """``phrase_pattern(phrase)`` compiled once: the vocabulary holds more phrases than Python's
    own cache of compiled patterns, and each is tried against every label read."""
    return re.compile(phrase_pattern(phrase))


def alternation(phrases) -> str:
    """One pattern for many phrases, longest first (so ``position title`` wins over ``title``),
    written as a tree of the pieces they start with: a regular expression tries an alternation's
    branches one by one at every place in a text, and a thousand labels tried one by one made
    reading a document's labels the slowest step of an import."""
    tree: dict = {}
    for phrase in set(phrases):
        node = tree
        for piece in _pieces(phrase, True):
            node = node.setdefault(piece, {})
            node[""] = max(node.get("", 0), len(phrase))  # the longest phrase through here
        node[None] = len(phrase)  # a phrase ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    """A tree's node as a pattern: longer phrases first, a phrase ending here last of all."""
    children = sorted(((piece, child) for piece, child in node.items() if piece), key=lambda pc: (-pc[1][""], pc[0]))
    branches = [piece + _branches(child) for piece, child in children] + ([""] if None in node else [])
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def role_start(folded_words: str) -> bool:
    """Does this folded text start with a role word (``director``, ``gestionnaire``...)?"""
    return bool(_ROLE_START.match(folded_words))


def english_role(folded_words: str) -> bool:
    """Does this folded text name a role in English only (``Chef``, ``Analyste principal`` are
    French)?"""
    return bool(_ROLE_WORD_EN.search(folded_words)) and not _ROLE_WORD_FR.search(folded_words)


def french_role(folded_words: str) -> bool:
    """Does this folded text name a role only French names (``Sous-ministre``, ``Gestionnaire``)?"""
    return bool(_ROLE_WORD_FR.search(folded_words))


def language_of(title: str) -> str:
    """A title's language: French by its role's accents (``Vice-président``, where the word is the
    same in English), or by its words unless an English role names it."""
    if re.search(r"[À-ÿ]", title.split(",")[0]):
        return FR
    folded = fold(title)
    return FR if (FRENCH_WORDS.search(title) or french_role(folded)) and not english_role(folded) else EN


_NEXT_WORD = re.compile(r"(?<=[^\W\d_)])\s+(?=[A-ZÀ-Ý])")


def in_both_languages(value: str) -> list[str]:
    """A title given in each language under a label in one (``Deputy Minister / Sous-ministre``,
    ``President, Canadian Space Agency Président, Agence spatiale canadienne``, a slash or only a
    space between, the other in brackets after it: ``Director, X (Directrice, X)``), the other language's label read
    into it dropped (``... / Titre du superviseur``): the two; any other value alone."""
    last = value.rsplit(" / ", 1)
    if len(last) == 2 and guess_label(fold(last[1].strip(" :"))) and not role_start(fold(last[1].strip())):
        value = last[0]
    bracketed = _TRANSLATION_IN_BRACKETS.fullmatch(value)  # "Director, X (Directrice, X)"
    if bracketed and all(role_start(fold(part)) for part in bracketed.groups()) \
            and len({language_of(part) for part in bracketed.groups()}) == 2:
        return list(bracketed.groups())
    cuts = sorted([m.span() for m in re.finditer(r" / ", value)]
                  + [m.span() for m in _NEXT_WORD.finditer(value) if "," in value[:m.start()]])
    for start, end in cuts:
        parts = [value[:start].strip(), value[end:].strip()]
        if all(role_start(fold(part)) for part in parts) and len({language_of(part) for part in parts}) == 2:
            return parts
    return [value]


_TRANSLATION_IN_BRACKETS = re.compile(r"[ \t]*([^()]+?)[ \t]*\(([^()]+)\)[ \t]*")


def role_word(folded_words: str) -> bool:
    """Does this folded text name a role anywhere (``corporate planning officer``)?"""
    return bool(_ROLE_WORD.search(folded_words))


def bare_role(folded_words: str) -> bool:
    """Is this folded text a role and nothing else (``director general``, ``directeur executif``),
    no unit named after it?"""
    return bool(_BARE_ROLE.fullmatch(folded_words.strip()))


_ROLES = alternation(ROLES_EN + ROLES_FR)
_ROLE_WORD = re.compile(r"\b(?:" + _ROLES + r")s?\b")
_BARE_ROLE = re.compile(r"(?:a/|acting\s+|interim\s+)?(?:" + _ROLES + r")")
_ROLE_WORD_EN = re.compile(r"\b(?:" + alternation(ROLES_EN) + r")s?\b")
_ROLE_WORD_FR = re.compile(r"\b(?:" + alternation(set(ROLES_FR) - set(ROLES_EN)) + r")s?\b")
_ROLE_START = re.compile(r"(?:a/|acting\s+|interim\s+|par\s+interim\s+)?(?:(?:" + _ROLES + r")\b"
                         r"|(?:" + alternation(_ROLES_ABBREVIATED) + r")(?=\s*,))")


OPEN_END_WORDS = r"and|of|the|for|et|de|du|des|la|pour|aux?"
"""Words that leave a title open when a line ends on them: its next words are on the next line."""
REPORTS_TO = (r"r[ec]por[tl]s?(?:\s+(?:directly|functionally|administratively|operationally))?\s+to|"
              r"reporting\s+(?:directly\s+)?to")
"""English for "reports to" (a scan's ``reporls``, ``rcports`` too), in a form's label or a sentence."""
RELEVE_DE = (r"rel[eè]ve(?:nt)?\s+(?:(?:directement|administrativement|fonctionnellement)\s+)?"
             r"(?:(?:de\s+la\s+personne\s+(?:occupant|qui\s+occupe)\s+le|du)\s+poste\s+)?"
             r"(?:du|de\s+la|de\s+l'|au|à\s+la|de)")
"""French for it: ``relève du``, ``relèvent directement de la``, ``relève du poste de``, ``relève de la
personne occupant le poste de``."""
THE = r"(?:(?<=to)\s*the\s+|\s+(?:the\s+|le\s+|la\s+)?)"
"""The article after either (``to the``, a scan's ``tothe``)."""
PRONOUNS = r"me|moi|you|vous|it|him|her|us|nous"
"""Pronouns after ``reports to``: no supervisor's title (``Reporting directly to me are ...`` lists the reports)."""


_PERSON_WORDS = re.compile(r"\b(?:name|nom|signature|signed|signe|incumbent|titulaire|employee|employe|phone|"
                           r"telephone|e-?mail|courriel|contact|(?:prepared|approved|reviewed|approuve|prepare) (?:by|par)|"
                           r"advisor|adviser|conseill\w*|evaluat\w*|rating|cotation|decision|points|file)\b")
_SUPERVISOR_WORDS = re.compile(r"\b(?:supervisor'?s?|supv|supvr|(?:du|de)?superviseure?|surveillante?|manager'?s?|"
                               r"gestionnaire|reports?|reporting|releve|relevant|(?:du|de)?superieure?|superior'?s?|"
                               r"rapporte|boss|immediat|supervision)\b")
NO_FIELD = re.compile(r"\b(?:security|securite|language|lang|linguisti\w*|tenure|duree)\b")
"""Words of a form's label for a field no record has (``Security Level``, ``Language Requirements``, ``LANG PROFILE``,
``Tenure``, ``Niveau de sécurité``): no classification's, no field's."""
_GUESSES: tuple[tuple[re.Pattern, str, str | None], ...] = tuple((re.compile(p), f, s) for p, f, s in (
    # (pattern, field, the supervisor's field): the first that matches names the field
    (r"\b(?:job|emploi|generic|generique|jd|dt|wd|standardi[sz]ed|normalise|benchmark|poste type|poste-type)\b.*"
     r"(?:\b(?:code|no|number|numero|n°|nbr|id|ref|reference)\b|#)|\bdescription\s*(?:no|number|#)"
     r"|\b(?:code|no|numero|n°)\b.*\bposte[ -]type\b"
     r"|\b(?:numero|no|n°|reference|ref)\b.*\b(?:de\s+)?(?:dt|description|l'\s*emploi|emploi)\b"
     r"|\bcode\b.*\b(?:job|emploi)\b", "job_code", None),
    (r"\bpin\b|\b(?:position|poste|pos|posn|post|establishment)\b.*(?:\b(?:no|number|num|numero|nbr|n°|n|code|id|identifier|identificateur|"
     r"reference|ref)\b|#|n°)|\b(?:identificateur|identifier|reference)\b.*\b(?:position|poste)\b"
     r"|(?:\b(?:no|number|numero|nbr|code)\b|\bn°).*\b(?:position|poste)\b", "position_number", "supervisor_number"),
    # "Business Unit Code: BU 3348", "Field Unit / Org Code": an organization's unit's code, no job's
    (r"\b(?:unit|org|organi[sz]ation\w*|division|directorate|cost|unite)\b.*\bcode\b"
     r"|\bcode\b.*\b(?:unite|organisation\w*|division)\b", None, None),
    (r"\bcode\b|\bjobcode\b", "job_code", None),
    (r"\b(?:ef+ective|effet|vigueur|vig|(?<!run )(?<!print )(?<!report )(?<!closing )dated?"
     r"(?! d'(?:execution|impression)| de cloture| limite)"
     r"|approved on|in effect|effdt"
     r"|eff(?! status))\b", "effective_date", None),
    (r"\b(?:short|abreg\w*)\b", None, None),  # "Short Descr": an HR system's abbreviated title, beside the title
    (r"\b(?:ftes?|etp)\b", None, None),  # "Unit FTEs / ETP de l'unité": a count, the dimensions' (not a unit's name)
    (NO_FIELD.pattern, None, None),  # "Security level": no grade
    (r"\b(?:title|titre|intitule|designation|appellation|(?<!location )descr)\b"
     r"|^\s*description\s*(?:\((?:english|anglais)\))?\s*$", "title", "supervisor_title"),
    (r"\b(?:classification|(?<!second-)(?<!second )level|niveau|group|groupe|grp|lvl|grade|class|sal admin plan|"
     r"regime salarial|echelon)\b",
     "classification", "supervisor_classification"),
    (r"\b(?:location|lieu|emplacement|city|ville|site|worksite|duty station|province|work place|municipalite|localite|"
     r"headquarters|posting|loc)\b"
     r"|\bplace of (?:work|employment|assignment|duty)\b|^\s*(?:(?:regional|local|work|head)\s+)?office\s*$"
     r"|^\s*(?:community|collectivite)\s*$", "location", None),
    (r"\b(?:department|ministere|organi[sz]ation|agency|organisme|employer|employeur|portfolio|institution)\b",
     "department", None),
    (r"\b(?:branch|sector|secteur|unit|unite)\b", "branch", None),
))


def guess_label(folded: str) -> str | None:
    """The field a label hrkit has no phrase for most likely names, from its words (``Working
    title (English)``, ``Number of the position``, ``Supervisor's level``); None for a person's
    name, a signature or a contact, a classification decision's words (``Date of evaluation``,
    ``Classification advisor``), and for words that name no field."""
    folded = folded.replace("_", " ")  # an HR system's field code: "SUPV_POSITION_ID", "EFF_DT"
    if _PERSON_WORDS.search(folded):
        return None
    supervisor = bool(_SUPERVISOR_WORDS.search(folded))
    for pattern, field, of_supervisor in _GUESSES:
        if pattern.search(folded):
            return of_supervisor if supervisor else (None if of_supervisor is None and supervisor else field)
    if re.fullmatch(r"(?:position|poste|job|emploi)", folded.strip()):  # "Position: Director, X"
        return "title"
    if supervisor and re.search(r"\b(?:position|poste)\s*$", folded):  # "Supervisor's Position: Director, X"
        return "supervisor_title"
    return None


_HEADING_GUESSES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), s) for p, s in (
    # (pattern, section): the first that matches names the section
    (r"\b(?:signatures?|approvals?|approbations?|certifi\w*|attestations?|sign-off|change log|historique)\b",
     "certification"),
    (r"\b(?:dimensions?|budgets?|resources|ressources|financ\w*|staff|effectifs?|donnees|quantitati\w*|figures|"
     r"chiffres|envergure|money)\b", "dimensions"),
    (r"\b(?:organi[sz]ation\w*|organigramme|reporting|structure|hierarch\w*|subordonnes|direct reports|my team|"
     r"mon equipe|reports? to me|relevent de moi)\b|^(?:the |our )?team$|^(?:l'|notre )?equipe$", "structure"),
    (r"\b(?:nature|scope|portee|etendue|context|contexte|environment|environnement|challenges|defis|complexit\w*)\b",
     "nature_and_scope"),
    (r"\b(?:general|generale|generales|purpose|summary|sommaire|overview|raison d'etre|mandate|mandat|objet)\b",
     "general_accountability"),
    (r"\b(?:accountabilit\w*|responsibilit\w*|responsabilit\w*|duties|fonctions|functions|activit\w*|taches|"
     r"what i (?:actually )?do|ce que je fais)\b", "specific_accountabilities"),
))


def guess_heading(folded: str) -> str | None:
    """The section a heading hrkit has no phrase for most likely opens, from its words
    (``BUDGET AND STAFF``, ``Operating environment``, ``Organization and reporting``); None
    for words that name no section, and for a department's name."""
    if re.search(r"\bcanada\b", folded):
        return None  # "DÉVELOPPEMENT DES RESSOURCES HUMAINES CANADA": a department's name
    return next((section for pattern, section in _HEADING_GUESSES if pattern.search(folded)), None)


def listed_reports(reports: list[tuple[str, str, str]], language: str) -> list[str]:
    """Reports a form or an export gives field by field, each its title, level and count, as the list under its
    heading a description prints (``• Manager, Intake (PM-06, 12 FTEs)``); a report without a title is none."""
    unit = "ETP" if language == FR else "FTEs"
    listed = [f"\u2022 {title}" + (f" ({details})" if details else "") for title, level, count in reports if title
              for details in [", ".join(filter(None, (level, count and f"{count} {unit}")))]]
    heading = "Subordonnés directs :" if language == FR else "Direct reports:"
    return [heading, *listed, ""] if listed else []
