"""blind12: the wordings departments gave the identification labels of their forms. The document
modules write the common wording; the generator then gives each document its own wording from
these pools (keeping the form's case and punctuation), so that no wording serves more than three
documents, as it was in the records: every department had its own form."""
from __future__ import annotations

POOLS = {
    "title_en": ["Position title", "Title", "Job title", "Title of position", "Position", "Official title",
                 "Working title", "Position name", "Descriptive title", "Name of position", "Title of the position",
                 "Official position title", "Post title", "Functional title", "Title of post"],
    "title_fr": ["Titre du poste", "Titre", "Titre de l'emploi", "Intitulé du poste", "Titre officiel du poste",
                 "Désignation du poste", "Titre fonctionnel", "Intitulé", "Appellation du poste", "Nom du poste"],
    "class_en": ["Classification", "Group and level", "Level", "Group/level", "Group & level", "Classification level",
                 "Position level", "Group-level", "Occupational group and level", "Class. level", "EX level",
                 "Classification/level", "Level of position", "Group and level of position", "Grp/Lvl",
                 "Classification (group and level)", "Executive level"],
    "class_fr": ["Classification", "Groupe et niveau", "Niveau", "Groupe/niveau", "Niveau du poste", "Groupe-niveau",
                 "Classification du poste", "Niveau de classification", "Groupe et niveau de classification",
                 "Catégorie et niveau"],
    "eff_en": ["Effective date", "Effective", "Date effective", "Effective date of classification", "Effective as of",
               "Effective from", "Date in effect", "In effect from", "Date of effect", "Effective date of position",
               "Classification effective date", "Effective date of this description", "Date effective from"],
    "eff_fr": ["Date d'entrée en vigueur", "En vigueur le", "Date de prise d'effet", "Date d'effet", "Date effective",
               "En vigueur depuis le", "Entrée en vigueur", "Date de l'entrée en vigueur", "Prise d'effet",
               "Date de mise en vigueur"],
    "pos_en": ["Position number", "Position no.", "Position #", "Posn no.", "Position ID", "Pos. no.", "Position nbr",
               "No. of position", "Position reference no.", "Number of position", "Posn #", "Position No",
               "Position identifier", "Position num."],
    "pos_fr": ["Numéro du poste", "No du poste", "Numéro de poste", "N° de poste", "No de poste", "Poste no",
               "Numéro d'identification du poste", "N° du poste", "Poste n°", "Numéro d'identification"],
    "job_en": ["Job code", "Job number", "Job code no.", "Job no.", "Job ID", "Job code #", "Generic job code",
               "Job reference", "Job code number", "Job #", "Standard job code", "Job identifier"],
    "job_fr": ["Code d'emploi", "Code de l'emploi", "Numéro de l'emploi", "No d'emploi", "Code", "N° d'emploi",
               "Code de la description de travail", "Numéro d'emploi"],
    "loc_en": ["Location", "Geographic location", "Work location", "City", "Place of work", "Office location",
               "City / province", "Location (city, province)", "Headquarters", "Duty station", "Office", "Work site",
               "Geographical location", "Located in", "Place"],
    "loc_fr": ["Lieu", "Lieu de travail", "Endroit", "Emplacement", "Ville", "Emplacement géographique",
               "Ville et province", "Localisation", "Lieu géographique", "Situé à"],
    "supt_en": ["Reports to", "Reporting to", "Supervisor", "Immediate supervisor", "Accountable to",
                "Title of supervisor", "Supervisor's title", "Supervisor (title)", "Reports to (title)",
                "Title of immediate supervisor", "Responsible to", "Supervisor title", "Supervisor's position title",
                "Position title of supervisor", "Supervising position", "Reports directly to", "Superior"],
    "supn_en": ["Supervisor's position number", "Supervisor position no.", "Supervisor's position no.",
                "Position no. of supervisor", "Supervisor's posn #", "Supervisor position #", "Supervisor's position ID",
                "Position number of supervisor", "Supervisor position number", "Supervisor's pos. no.",
                "Supervisor's number"],
    "supc_en": ["Supervisor's classification", "Supervisor's group and level", "Supervisor level",
                "Classification of supervisor", "Supervisor's level", "Supervisor group and level",
                "Supervisor's group/level", "Level of supervisor", "Supervisor classification",
                "Supervisor's group & level"],
    "supt_fr": ["Relève de", "Relève du", "Supérieur immédiat", "Titre du poste du superviseur", "Superviseur",
                "Supérieur hiérarchique", "Titre du superviseur", "Rend compte au", "Titre du poste du supérieur",
                "Poste du supérieur"],
    "supn_fr": ["Numéro du poste du superviseur", "No du poste du superviseur", "No de poste du superviseur",
                "Numéro de poste du supérieur", "No du poste du supérieur", "N° du poste du superviseur"],
    "supc_fr": ["Classification du superviseur", "Niveau du superviseur", "Groupe et niveau du superviseur",
                "Niveau du supérieur", "Classification du supérieur", "Groupe et niveau du supérieur"],
    "branch_en": ["Branch", "Sector", "Branch / sector", "Organization", "Business line", "Program area",
                  "Organizational unit"],
    "branch_fr": ["Direction générale", "Secteur", "Organisation", "Unité organisationnelle"],
}

# the common wordings the document modules write, and the pool each belongs to
CANON = {}
for pool, words in POOLS.items():
    for w in words:
        CANON.setdefault(" ".join(w.casefold().replace("\u2019", "'").split()), pool)
CANON.update({
    "position job code": "job_en", "job code / code d'emploi": None, "supervisor - title": "supt_en",
    "supervisor - classification": "supc_en", "supervisor - position #": "supn_en",
    "supervisor - position number": "supn_en", "supervisor - position title": "supt_en",
    "supervisor - group/level": "supc_en", "job code number": "job_en",
    "supervisor position id": "supn_en", "supervisor's position no": "supn_en", "supervisor's position #": "supn_en",
    "niveau du poste du superviseur": "supc_fr", "no de poste du superviseur": "supn_fr",
    "numéro du poste du superviseur": "supn_fr", "no du poste du superviseur": "supn_fr",
    "class": "class_en", "numéro": "pos_fr", "intitulé": "title_fr", "group - level": "class_en",
    "geographic location": "loc_en", "institution / location": None, "city / province": "loc_en",
    "title": "title_en", "position": "title_en", "classification": None, "supervisor": "supt_en",
    "titre": "title_fr", "lieu": "loc_fr", "niveau": "class_fr", "superviseur": "supt_fr",
})

FRENCH_POOLS = {"title_fr", "class_fr", "eff_fr", "pos_fr", "job_fr", "loc_fr", "supt_fr", "supn_fr", "supc_fr",
                "branch_fr"}


def key(label: str) -> str:
    return " ".join(label.casefold().replace("\u2019", "'").strip().rstrip(":").strip().split())


def pool_of(label: str, lang: str) -> str | None:
    k = key(label)
    if k == "classification":
        return None if lang == "bilingual" else "class_fr" if lang == "fr" else "class_en"
    return CANON.get(k)


def styled(variant: str, original: str, french: bool = False) -> str:
    """``variant`` written in the original label's case and trailing punctuation."""
    core = original.rstrip()
    tail = ""
    for t in (" :", ":"):
        if core.endswith(t):
            core, tail = core[: -len(t)], t
            break
    apostrophe = "\u2019" if "\u2019" in original else "'"
    v = variant.replace("'", apostrophe)
    letters = [c for c in core if c.isalpha()]
    words = core.split()
    if letters and all(c.isupper() for c in letters):
        v = v.upper()
    elif not french and len(words) > 1 and sum(w[:1].isupper() for w in words) >= max(2, len(words) - 1):
        small = {"of", "and", "the", "in", "to", "from", "as", "or", "this"}
        out = []
        for i, w in enumerate(v.split(" ")):
            lead = "(" if w.startswith("(") else ""
            w = w[len(lead):]
            out.append(lead + (w if (i and w.casefold() in small) else (w[:1].upper() + w[1:])))
        v = " ".join(out)
    return v + tail
