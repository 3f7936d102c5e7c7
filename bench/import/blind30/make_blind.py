#!/usr/bin/env python3
"""Generate the blind30 corpus: OCR text of scanned EX work descriptions (1995-2024) and ground truth.

    python bench/import/blind30/make_blind.py      writes corpus/ and expected/ beside this file

Deterministic: every random choice comes from random.Random(<document name>), so two runs give the
same bytes. Positions are in positions.py, prose in texts.py, the five documents to refuse below.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import sys
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions import POSITIONS  # noqa: E402
import texts as T  # noqa: E402

# --- label wordings (each department had its own form) ------------------------------------------

LABELS = {
    "en": {
        "title": ["Position Title", "Title of Position", "TITLE", "Official Position Title", "Job Title", "Position"],
        "cls": ["Group and Level", "Classification", "Group/Level", "Level", "Occupational Group & Level", "Grp/Lvl"],
        "pos": ["Position Number", "Position No.", "Pos. #", "Position #", "Position Reference No.", "Position No"],
        "job": ["Job Code", "Work Description No.", "Job Number", "WD No.", "Generic Job No.", "Description Code"],
        "date": ["Effective Date", "Date Effective", "Effective", "In effect as of", "Date in Effect"],
        "sup_title": ["Supervisor's Position Title", "Reports To", "Immediate Supervisor", "Title of Supervisor",
                      "Supervisor Title"],
        "sup_pos": ["Supervisor's Position No.", "Supervisor Position Number", "Supervisor's Pos. #",
                    "Position No. of Supervisor"],
        "sup_cls": ["Supervisor's Group and Level", "Supervisor's Classification", "Supervisor Level",
                    "Classification of Supervisor"],
        "loc": ["Location", "Geographic Location", "Work Location", "Place of Work", "Duty Station", "City"],
        "dept": ["Department", "Organization", "Department/Agency"],
        "unit": ["Branch / Directorate", "Organizational Unit", "Sector", "Region / Branch"],
        "incumbent": ["Incumbent", "Name of Incumbent", "Incumbent (if any)"],
        "sal": ["Salary", "Salaries", "Salary Budget", "Personnel (salary)", "Salary Dollars"],
        "om": ["O&M", "Operations & Maintenance", "Non-salary (O&M)", "Operating and Maintenance", "O & M"],
        "tot": ["Total", "Total Budget", "Total Operating Budget", "Total (Salary + O&M)"],
        "fte": ["FTEs", "Full-time equivalents", "Staff (FTE)", "Human Resources", "Employees"],
        "prog": ["Grants and Contributions", "Program Budget (Gs & Cs)", "Program funds (transfer payments)"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre officiel du poste", "TITRE", "Intitulé du poste", "Poste", "Titre de la position"],
        "cls": ["Groupe et niveau", "Classification", "Groupe/Niveau", "Niveau", "Groupe et niveau de classification"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "No de référence du poste"],
        "job": ["Code d'emploi", "No de la description de travail", "Numéro de description", "Code de l'emploi",
                "No de la description"],
        "date": ["Date d'entrée en vigueur", "En vigueur le", "Date d'effet", "Date de prise d'effet", "Entrée en vigueur"],
        "sup_title": ["Titre du poste du superviseur", "Relève de", "Supérieur immédiat", "Titre du surveillant",
                      "Poste du supérieur hiérarchique"],
        "sup_pos": ["No du poste du superviseur", "Numéro du poste du supérieur", "N° de poste du surveillant"],
        "sup_cls": ["Groupe et niveau du superviseur", "Classification du supérieur", "Niveau du surveillant"],
        "loc": ["Lieu de travail", "Emplacement", "Lieu géographique", "Endroit", "Ville"],
        "dept": ["Ministère", "Organisme", "Ministère/Organisme"],
        "unit": ["Direction générale / Direction", "Unité organisationnelle", "Secteur", "Région / Direction"],
        "incumbent": ["Titulaire", "Nom du titulaire", "Titulaire (s'il y a lieu)"],
        "sal": ["Salaires", "Traitements", "Budget salarial", "Traitements et salaires"],
        "om": ["F et E", "Fonctionnement et entretien", "F&E (non salarial)", "Budget de F et E", "Autres coûts de F&E"],
        "tot": ["Total", "Budget total", "Budget de fonctionnement total", "Total (salaires + F et E)"],
        "fte": ["ETP", "Équivalents temps plein", "Effectif (ETP)", "Ressources humaines", "Employés"],
        "prog": ["Subventions et contributions", "Budget de programme (S et C)", "Paiements de transfert"],
    },
}

HEADINGS = {
    "en": {"ident": ["Position Identification", "Identification", "Position Information", "Position Data"],
           "general": ["General Accountability", "Overall Accountability", "Purpose of the Position"],
           "org": ["Organization Structure", "Organizational Structure", "Organization", "Structure"],
           "scope": ["Nature and Scope", "Nature & Scope", "Context and Challenges", "Nature and Scope of the Position"],
           "dims": ["Dimensions", "Resources Managed", "Dimensions and Resources", "Financial and Human Resources"],
           "duties": ["Specific Accountabilities", "Principal Accountabilities", "Main Responsibilities",
                      "Key Responsibilities"],
           "cert": ["Certification", "Signatures", "Approvals"]},
    "fr": {"ident": ["Identification du poste", "Identification", "Renseignements sur le poste", "Données du poste"],
           "general": ["Responsabilité générale", "Raison d'être du poste", "Responsabilités générales"],
           "org": ["Structure organisationnelle", "Organisation", "Structure de l'organisation", "Structure"],
           "scope": ["Nature et portée", "Nature et étendue", "Contexte et défis", "Nature et portée du poste"],
           "dims": ["Dimensions", "Ressources gérées", "Dimensions et ressources", "Ressources financières et humaines"],
           "duties": ["Responsabilités spécifiques", "Responsabilités principales", "Activités principales",
                      "Principales responsabilités"],
           "cert": ["Attestation", "Signatures", "Approbations"]},
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
PROV_EN = {"Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "British Columbia", "Nova Scotia",
           "New Brunswick", "Prince Edward Island", "Newfoundland and Labrador", "Northwest Territories", "Yukon",
           "Nunavut"}


def fix_fr(text):
    for a, b in (("de le ", "du "), ("de les ", "des "), ("à le ", "au "), ("à les ", "aux ")):
        text = text.replace(a, b)
    return re.sub(r"(^|[.!?] )([a-zéèà])", lambda m: m[1] + m[2].upper(), text)


def du(title):
    fem = ("Directrice", "Sous-ministre adjointe", "Commissaire adjointe", "Vice-présidente", "Gestionnaire", "Agente")
    return "de la " if title.startswith(fem) and not title.startswith("Gestionnaire") else "du "


def le(title):
    return "la " if du(title) == "de la " else "le "


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# --- damage -------------------------------------------------------------------------------------

CONFUSIONS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("i", "l"), ("t", "l"), ("h", "b"),
              ("a", "o"), ("n", "ri"), ("fi", "f"), ("ti", "d"), ("u", "ii"), ("s", "5"), ("o", "0"), ("ll", "Il"),
              ("w", "vv"), ("y", "v")]


def noisy_word(word, rng):
    choice = rng.random()
    if choice < 0.65:
        hits = [(a, b) for a, b in CONFUSIONS if a in word]
        if hits:
            a, b = pick(rng, hits)
            i = word.find(a)
            return word[:i] + b + word[i + len(a):]
    if choice < 0.8 and len(word) > 3:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1:]
    if choice < 0.9 and len(word) > 4:
        i = rng.randrange(2, len(word) - 1)
        return word[:i] + " " + word[i:]
    return word + "\x00"  # runs into the next word


def prose_noise(text, rng, rate):
    out = []
    for word in text.split(" "):
        out.append(noisy_word(word, rng) if word.isalpha() and rng.random() < rate else word)
    return " ".join(out).replace("\x00 ", "").replace("\x00", "")


def digit_noise(text, rng, rate=0.5):
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}
    return "".join(table[c] if c in table and rng.random() < (rate if c in "01" else rate / 4) else c for c in text)


ACCENT_LOSS = str.maketrans("éèêëàâîïôûùçÉÈÊÀÇ", "eeeeaaiiouucEEEAC")


def accent_noise(text, rng, everything):
    if everything:
        return text.translate(ACCENT_LOSS)
    out = []
    for word in text.split(" "):
        if rng.random() < 0.22:
            word = word.translate(ACCENT_LOSS) if rng.random() < 0.75 else word.replace("é", "ó").replace("è", "e'")
        out.append(word)
    return " ".join(out)


def garble(rng, n):
    chars = "abcdefghijklmnoprstuvwxyzAEJKLMTV~;:!|/\\_-.,'()[]{}1lI0O"
    return " ".join("".join(pick(rng, chars) for _ in range(rng.randint(1, 6))) for _ in range(n))


# --- formatting values --------------------------------------------------------------------------

def heading(style, text, n):
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    if style == "caps":
        return text.upper()
    if style == "caps-colon":
        return text.upper() + ":"
    if style == "title-colon":
        return text + ":"
    if style == "num":
        return f"{n}. {text.upper()}"
    if style == "num-paren":
        return f"{n}) {text}"
    if style == "letter":
        return f"{'ABCDEFGHI'[n - 1]}. {text.upper()}"
    if style == "letter-paren":
        return f"{'ABCDEFGHI'[n - 1]}) {text}"
    if style == "roman":
        return f"{roman[n - 1]}. {text.upper()}"
    return text


def report_lines(p, lang, rng, title_word):
    """The direct reports as the document writes them: a list of paragraphs/lines."""
    style = p["rstyle"]
    reps = p["reports"]
    unit_word = "ETP" if lang == "fr" else "FTEs"

    def t(r):
        return r[0] if isinstance(r[0], str) else r[0][0 if lang == "en" else 1]

    def f(r):
        if r[3] is None:
            return None
        raw = r[3]
        if raw.isdigit():
            raw = f"{raw} {unit_word if int(raw) != 1 or lang == 'fr' else 'FTE'}"
        return raw

    out = []
    if style == "prose-paren":
        intro = (f"Reporting to the {title_word} are:" if lang == "en" else f"Relèvent {du(title_word)}{title_word} :")
        parts = [f"the {t(r)} ({r[1]}, {f(r)})" if lang == "en" else f"{le(t(r))}{t(r)} ({r[1]}, {f(r)})" for r in reps]
        out.append(intro + " " + "; ".join(parts) + ".")
    elif style == "prose-dash":
        out.append(("Direct reports: " if lang == "en" else "Postes relevant directement du titulaire : ")
                   + "; ".join(f"{r[1]} - {t(r)} ({f(r)})" for r in reps) + ".")
    elif style == "prose-comma":
        if lang == "en":
            bits = [f"the {t(r)} ({r[1]}), with a staff of {r[2]}" for r in reps]
            out.append(f"The {title_word} directs " + ", ".join(bits[:-1]) + " and " + bits[-1] + ".")
        else:
            bits = [f"{le(t(r))}{t(r)} ({r[1]}), {f(r)}" for r in reps]
            out.append(f"Le {title_word} dirige " + ", ".join(bits[:-1]) + " et " + bits[-1] + ".")
    elif style == "prose-nofte":
        bits = [f"{t(r)} ({r[1]})" for r in reps]
        out.append(("Les postes suivants relèvent du titulaire : " if lang == "fr" else "Reporting positions: ")
                   + ", ".join(bits) + ".")
    elif style == "bullets":
        mark = pick(rng, ["•", "-", "*", "o"])
        for r in reps:
            out.append(f"{mark} {t(r)} ({r[1]}) – {f(r)}")
    elif style == "dash-list":
        for r in reps:
            out.append(f"- {t(r)}, {r[1]}, {f(r)}")
    elif style == "numbered":
        for i, r in enumerate(reps, 1):
            out.append(f"{i}. {t(r)} — {r[1]} — {f(r)}")
    elif style == "typed-list":
        for i, r in enumerate(reps):
            cls = f", {r[1]}" if r[1] else ""
            out.append(f"({'abcdefgh'[i]}) {t(r).upper() if rng.random() < 0.5 else t(r)}{cls} ({f(r)})")
    elif style in ("table-pipe", "table-spaces", "table-cells", "table-flat"):
        head = (["Position", "Group/Level", "FTEs"] if lang == "en" else ["Poste", "Groupe/Niveau", "ETP"])
        if p["lang"] == "bilingual":
            head = ["Position / Poste", "Group-Level / Groupe-Niveau", "FTE / ETP"]
        rows = [[t(r) if p["lang"] != "bilingual" else f"{r[0][0]} / {r[0][1]}", r[1] or "", r[3] or ""]
                for r in reps]
        if style == "table-pipe":
            out.append(" | ".join(head))
            out += [" | ".join(row) for row in rows]
        elif style == "table-spaces":
            width = max(len(row[0]) for row in rows + [head]) + 3
            out += [f"{row[0]:<{width}}{row[1]:<14}{row[2]}".rstrip() for row in [head] + rows]
        elif style == "table-cells":
            for row in [head] + rows:
                out += [cell for cell in row if cell]
        else:
            out.append(" ".join(head) + " " + " ".join(" ".join(c for c in row if c) for row in rows))
    return out


def amount(p, i, lang):
    txt = p["amt_txt"][i]
    if isinstance(txt, tuple):
        txt = txt[0 if lang == "en" else 1]
    return txt


# --- building one document ---------------------------------------------------------------------

def build(p, lang, rng, title, dept, date_txt, loc_txt):
    """The document as items: ("h", key), ("f", key, value), ("p", text), ("l", line)."""
    L = {k: pick(rng, v) for k, v in LABELS[lang].items()}
    H = {k: pick(rng, v) for k, v in HEADINGS[lang].items()}
    sup_num, sup_title, sup_cls = p["sup"]
    if isinstance(sup_title, tuple):
        sup_title = sup_title[0 if lang == "en" else 1]
    s_num, _, s_cls = p["sup_txt"]
    fmt = {"title": title, "unit": p["unit"] if lang == "en" or not p["unit"].startswith("the ") else p["unit"],
           "dept": dept, "region": p["region"], "theme": p["theme"], "sup": sup_title}
    if p["lang"] == "bilingual" and lang == "fr":
        fmt.update(unit="la région", region=p["region"], theme="de gestion")
    items = [("f", "dept", dept)]
    if rng.random() < 0.6:
        items.append(("f", "unit", p["unit"].removeprefix("the ").removeprefix("la ").removeprefix("le ")
                      .removeprefix("les ").removeprefix("l'")))
    ident = [("f", "title", title), ("f", "cls", p["cls_txt"]), ("f", "pos", p["pos_txt"])]
    if p["job"]:
        ident.insert(rng.randrange(1, 4), ("f", "job", p["job_txt"]))
    ident.append(("f", "date", date_txt))
    ident.append(("f", "loc", loc_txt))
    if p["sup_style"] == "fields":
        sup = [("f", "sup_title", sup_title)]
        if sup_num:
            sup.append(("f", "sup_pos", s_num))
        if sup_cls:
            sup.append(("f", "sup_cls", s_cls))
        ident += sup
    if p["people"] and rng.random() < 0.5:
        ident.append(("f", "incumbent", p["people"][0]))
    items += ident
    title_word = title.split(",")[0]
    # general accountability
    general = pick(rng, T.GENERAL_EN if lang == "en" else T.GENERAL_FR).format(**fmt)
    # structure
    org = []
    if p["sup_style"] == "sentence":
        if lang == "en":
            bits = f"the {sup_title}"
            if sup_cls:
                bits += f" ({s_cls})"
            if sup_num:
                bits += f", position {s_num}" if rng.random() < 0.5 else f" (position no. {s_num})"
            org.append(f"The {title} reports to {bits}.")
        else:
            bits = f"{du(sup_title)}{sup_title}"
            if sup_cls:
                bits += f" ({s_cls})"
            if sup_num:
                bits += f", poste no {s_num}"
            org.append(f"Le ou la titulaire relève {bits}.")
    else:
        org.append(f"The {title} reports to the {sup_title}." if lang == "en"
                   else f"Le ou la titulaire relève {du(sup_title)}{sup_title}.")
    org += report_lines(p, lang, rng, title_word)
    # dimensions
    dims = []
    unit = p.get("amt_unit")
    if unit:
        dims.append(("l", f"{'Budget' if lang == 'en' else 'Budget'} {unit}"))
    for i, key in enumerate(("sal", "om", "tot")):
        if p["amt_txt"][i]:
            dims.append(("f", key, amount(p, i, lang)))
    fte = p["also"].get("fte")
    if fte:
        dims.insert(0 if rng.random() < 0.5 else len(dims), ("f", "fte", str(fte)))
    prog = p["also"].get("program_budget")
    if prog:
        dims.append(("f", "prog", f"${prog / 1e6:,.0f}M" if lang == "en" else f"{prog / 1e6:,.0f} M$".replace(",", " ")))
    scope = [s.format(**fmt) for s in rng.sample(T.SCOPE_EN if lang == "en" else T.SCOPE_FR, 2)]
    duties = [d.format(**fmt).replace("the the ", "the ") for d in
              rng.sample(T.DUTIES_EN if lang == "en" else T.DUTIES_FR, rng.randint(5, 8))]
    if lang == "fr":
        general, scope, duties = fix_fr(general), [fix_fr(x) for x in scope], [fix_fr(x) for x in duties]
    else:
        general, scope = fix_fr(general), [fix_fr(x) for x in scope]
    sections = {"general": [("p", general)], "org": [("p", x) if len(x) > 90 else ("l", x) for x in org],
                "scope": [("p", s) for s in scope], "dims": dims, "duties": [("duty", d) for d in duties]}
    if p["layout"] == "csr":
        csr = (T.CSR_EN if lang == "en" else T.CSR_FR).format(theme_cap=p["theme"][0].upper() + p["theme"][1:], **fmt)
        H.update(general=pick(rng, ["Client Service Results"] if lang == "en" else
                               ["Résultats axés sur le service à la clientèle", "Résultats du service à la clientèle"]),
                 duties="Key Activities" if lang == "en" else "Activités principales",
                 dims=("Responsibility" if lang == "en" else "Responsabilités") + " - " + H["dims"])
        sections["general"] = [("p", csr)]
        order = ["general", "duties", "org", "dims", "scope"]
    else:
        order = pick(rng, [["general", "org", "scope", "dims", "duties"], ["general", "org", "dims", "scope", "duties"],
                           ["general", "dims", "org", "scope", "duties"], ["general", "scope", "org", "dims", "duties"],
                           ["general", "org", "scope", "duties", "dims"]])
    items.insert(0, ("h", "ident"))
    for key in order:
        items.append(("h", key))
        items += sections[key]
    items.append(("h", "cert"))
    items.append(("p", T.CERT_EN if lang == "en" else T.CERT_FR))
    return items, L, H


def signature_block(p, lang, rng, style):
    names = p["people"]
    out = []
    if style == "sig-garble":
        out.append(f"[ {'Signature' if lang == 'en' else 'Signature'}: {garble(rng, 3)} | {names[0]} {garble(rng, 2)}")
        out.append(f"{garble(rng, 4)} {'Date' if lang == 'en' else 'Date'} {garble(rng, 2)}")
        return out
    sup_title = p["sup"][1] if isinstance(p["sup"][1], str) else p["sup"][1][0 if lang == "en" else 1]
    line = "_" * rng.randint(24, 34)
    roles = ([("Incumbent" if lang == "en" else "Titulaire"), sup_title])
    for i, role in enumerate(roles):
        out.append("")
        out.append(f"{line}        {'_' * 12}")
        who = names[i] if i < len(names) else None
        if who:
            out.append(f"{who}, {role}" if rng.random() < 0.5 else f"{role}: {who}")
        else:
            out.append(role)
        out.append("Signature                      Date")
    return out


def stamp(kind, p, rng, lang):
    d = dt.date.fromisoformat(p["date"]) + dt.timedelta(days=rng.randint(20, 120))
    if kind == "stamp-received":
        return ["", f"        RECEIVED - {garble(rng, 1)}", f"        {d.strftime('%b %d %Y').upper()}",
                "        CLASSIFICATION SECTION", ""]
    if kind == "stamp-recu":
        return ["", f"      REÇU / RECEIVED", f"      {d.isoformat()}", "      SECTION DE LA CLASSIFICATION", ""]
    if kind == "stamp-classified":
        return ["", f"   CLASSIFIED / CLASSIFIÉ  {p['cls']}   {d.isoformat()}  {garble(rng, 1)}", ""]
    if kind == "stamp-classifie":
        return ["", f"   CLASSIFIÉ LE {d.day} {['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][d.month - 1]} {d.year}   par : {garble(rng, 1)}", ""]
    return []


def render_lines(p, lang, rng, items, L, H, layout):
    hstyle = {"typed": pick(rng, ["caps", "caps-colon", "roman"]), "numbered": pick(rng, ["num", "num-paren"]),
              "lettered": pick(rng, ["letter", "letter-paren"])}.get(layout, pick(
                  rng, ["caps", "caps-colon", "title", "title-colon", "caps"]))
    width = 66 if layout == "typed" else rng.randint(72, 96)
    dmg = p["damage"]
    lines, n = [], 0
    dur = 0
    colon = pick(rng, [":", ":", " :", ""]) if lang == "fr" else pick(rng, [":", ":", ""])
    if p["lang"] == "bilingual":
        colon = ":"
    fields_first = []
    mark_style = pick(rng, ["n.", "n)", "•", "-", "o"])
    for item in items:
        kind = item[0]
        if kind == "h":
            n += 1
            lines += ["", heading(hstyle, H[item[1]], n), ""]
        elif kind == "f":
            label, value = L[item[1]], item[2]
            if layout == "typed":
                label = label.upper()
                lines.append(f"{label} {'.' * max(3, 30 - len(label))} {value}")
            elif layout == "nextline":
                lines += [f"{label}{colon}", f"{value}"]
            elif layout == "labelcols" and item[1] not in ("sal", "om", "tot", "fte", "prog"):
                fields_first.append((label, value))
                continue
            else:
                lines.append(f"{label}{colon} {value}")
        elif kind == "l":
            lines.append(item[1])
        elif kind == "p":
            text = item[1]
            if "prose" in dmg:
                text = prose_noise(text, rng, 0.05)
            elif "prose-light" in dmg:
                text = prose_noise(text, rng, 0.015)
            lines += wrap(text, width, rng, "hyphen" in dmg) + [""]
        elif kind == "duty":
            dur += 1
            mark = {"typed": f"{dur}.", "numbered": f"{n}.{dur}"}.get(layout, mark_style.replace("n", str(dur)))
            if "bullets-e" in dmg and mark in ("•", "-", "o"):
                mark = pick(rng, ["e", "e", "»", "¢"])
            text = item[1]
            if "prose" in dmg:
                text = prose_noise(text, rng, 0.05)
            wrapped = wrap(text, width - 4, rng, "hyphen" in dmg)
            lines.append(f"{mark} {wrapped[0]}")
            lines += ["   " + w for w in wrapped[1:]]
        if layout == "labelcols" and kind == "h" and item[1] != "ident" and fields_first:
            # the two-column label table read one column after the other
            head = lines.pop(-2)
            lines.pop()
            lines += [lab for lab, _ in fields_first] + [""] + [v for _, v in fields_first] + ["", head, ""]
            fields_first = []
    return lines


def wrap(text, width, rng, hyphen):
    out = textwrap.wrap(text, width)
    if not hyphen or len(out) < 2:
        return out
    res = []
    carry = ""
    for i, line in enumerate(out):
        line = carry + line
        carry = ""
        if i < len(out) - 1 and rng.random() < 0.35:
            nxt = out[i + 1].split(" ", 1)[0]
            if len(nxt) > 7 and nxt.isalpha():
                cut = rng.randint(3, len(nxt) - 3)
                line = line + " " + nxt[:cut] + "-"
                out[i + 1] = out[i + 1][len(nxt):].lstrip()
                carry = nxt[cut:] + (" " if out[i + 1] else "")
        res.append(line)
    return res


def pages(p, lang, rng, lines, title):
    """Cut into pages with headers and footers, as the scan has them."""
    dmg = p["damage"]
    size = rng.randint(38, 52)
    chunks = [lines[i:i + size] for i in range(0, len(lines), size)]
    total = len(chunks)
    fax_date = dt.date.fromisoformat(p["date"]) + dt.timedelta(days=rng.randint(3, 40))
    out = []
    for k, chunk in enumerate(chunks, 1):
        head = []
        if "fax" in dmg:
            head.append(f"{fax_date.strftime('%b-%d-%y').upper()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d} "
                        f"FROM:{'HR CLASSIFICATION' if lang == 'en' else 'RH CLASSIFICATION'}   ID:{rng.randint(600, 905)}"
                        f"{rng.randint(1000000, 9999999)}   PAGE {k + 1}/{total + 1}")
        if "header-protected" in dmg:
            head.append(pick(rng, ["PROTECTED B (when completed)", "PROTECTED A", "Protected B"]) +
                        ("" if lang == "en" else " / PROTÉGÉ B"))
        if "header-protege" in dmg:
            head.append(pick(rng, ["PROTÉGÉ B (une fois rempli)", "Protégé A", "PROTÉGÉ B"]))
        if "header-dept" in dmg and k > 1:
            head.append(f"{p['dept']} - Work Description - {p['pos_txt']}")
        if k > 1 and rng.random() < 0.5:
            head.append(f"{title} ({p['cls']})" if rng.random() < 0.5 else title)
        foot = []
        if "page-numbers" in dmg:
            foot.append(pick(rng, [f"Page {k} of {total}", f"Page {k}", f"{k}/{total}"]) if lang == "en"
                        else pick(rng, [f"Page {k} de {total}", f"Page {k}", f"{k}/{total}"]))
        if "page-dash" in dmg:
            foot.append(f"- {k} -")
        if "footer-form" in dmg:
            foot.append("DFO/MPO 2170 (Rev. 92/11)")
        if "footer-file" in dmg:
            foot.append(f"N:\\HR\\Classification\\EX\\{p['pos_txt']}_WD_{p['year']}.doc")
        out += head + ([""] if head else []) + chunk + [""] + foot
        if k < total:
            out.append("\f" if rng.random() < 0.3 else "")
    return out


def crooked(lines, rng):
    out = []
    for line in lines:
        if line and rng.random() < 0.25:
            line = pick(rng, ["' ", ". ", "| ", ", ", "` "]) + line
        if line and rng.random() < 0.1:
            line = line + pick(rng, [" |", " '", " ."])
        out.append(line)
    return out


def two_columns(lines, rng):
    """Interleave the organization section and the dimensions section line by line (two columns)."""
    # the left column: organization structure; the right: dimensions and specific accountabilities
    try:
        a = next(i for i, l in enumerate(lines) if l and any(w in l.upper() for w in ("STRUCTURE", "ORGANI")) and len(l) < 50)
    except StopIteration:
        return lines
    left_end = a + 1
    while left_end < len(lines) and not (lines[left_end] and lines[left_end].isupper() and len(lines[left_end]) < 60):
        left_end += 1
    left = lines[a:left_end]
    rest = lines[left_end:]
    right = rest[:len(left) + 6]
    after = rest[len(left) + 6:]
    # re-wrap the left column narrow
    narrow_l, narrow_r = [], []
    for l in left:
        narrow_l += textwrap.wrap(l, 44) or [""]
    for r in right:
        narrow_r += textwrap.wrap(r, 44) or [""]
    sep = pick(rng, ["    ", "  ", " | ", " "])
    merged = []
    for i in range(max(len(narrow_l), len(narrow_r))):
        l = narrow_l[i] if i < len(narrow_l) else ""
        r = narrow_r[i] if i < len(narrow_r) else ""
        merged.append((f"{l:<46}" if sep.strip() == "" and len(sep) > 1 else l + sep) + r)
    return lines[:a] + [m.rstrip() for m in merged] + after


def document_text(p):
    rng = random.Random(p["name"])
    layout = p["layout"]
    dmg = p["damage"]
    parts = []
    langs = ["en", "fr"] if layout == "en-fr" else (["en"] if p["lang"] == "bilingual" else [p["lang"]])
    for lang in langs:
        title = p["title"] if isinstance(p["title"], str) else p["title"][0 if lang == "en" else 1]
        dept = p["dept"] if isinstance(p["dept"], str) else p["dept"][0 if lang == "en" else 1]
        date_txt = p["date_txt"] if isinstance(p["date_txt"], str) else p["date_txt"][0 if lang == "en" else 1]
        loc_txt = p["loc_txt"] if isinstance(p["loc_txt"], str) else p["loc_txt"][0 if lang == "en" else 1]
        if "digits" in dmg:
            date_txt = digit_noise(date_txt, rng, 0.35)
        if layout in ("bi-side", "bi-run"):
            items, L, H = build_bilingual(p, rng)
        else:
            items, L, H = build(p, lang, rng, title.upper() if layout == "typed" and rng.random() < 0.5 else title,
                                dept, date_txt, loc_txt)
        sub = layout if layout not in ("run", "columns", "csr", "bi-run", "bi-side", "en-fr") else "inline"
        if layout == "columns" and rng.random() < 0.5:
            sub = "nextline"
        lines = render_lines(p, lang, rng, items, L, H, sub)
        if layout == "typed":
            lines = [l.upper() if l.endswith(":") or (l.isupper()) else l for l in lines]
        if "digits" in dmg:
            lines = [digit_noise(l, rng, 0.25) if ("$" in l and len(l) < 60) else l for l in lines]
        head = {"en": pick(rng, ["EXECUTIVE WORK DESCRIPTION", "WORK DESCRIPTION - EXECUTIVE GROUP",
                                 "Executive Group Position Description", "POSITION DESCRIPTION (EX)"]),
                "fr": pick(rng, ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", "DESCRIPTION DE POSTE (EX)",
                                 "Description de travail de cadre de direction", "DESCRIPTION DE TRAVAIL"])}[lang]
        if layout in ("bi-side", "bi-run"):
            head = "WORK DESCRIPTION / DESCRIPTION DE TRAVAIL"
        lines = [head, ""] + lines
        for key in dmg:
            if key.startswith("stamp"):
                at = rng.randint(3, 12)
                lines[at:at] = stamp(key, p, rng, lang)
        if "handwriting" in dmg:
            at = rng.randint(len(lines) // 3, len(lines) - 5)
            lines.insert(at, "    " + garble(rng, rng.randint(2, 4)))
        for sig in ("sig-lines", "sig-garble"):
            if sig in dmg:
                lines += signature_block(p, lang, rng, sig)
        if layout == "columns":
            lines = two_columns(lines, rng)
        if "crooked" in dmg:
            lines = crooked(lines, rng)
        if layout not in ("run", "bi-run"):
            lines = pages(p, lang, rng, lines, title)
        if p["lang"] == "fr" or lang == "fr":
            if "accents-all" in dmg:
                lines = [accent_noise(l, rng, True) for l in lines]
            elif "accents-some" in dmg:
                lines = [accent_noise(l, rng, False) for l in lines]
        parts.append(lines)
    if layout in ("run", "bi-run"):
        words = " ".join(" ".join(l.split()) for l in parts[0] if l.strip())
        if "run-noise" in dmg:
            chunks = words.split(" ")
            foot = (p["title"] if isinstance(p["title"], str) else p["title"][0])
            for k in range(len(chunks) // 350, 0, -1):
                chunks.insert(k * 350, f"{foot[:30]} {k + 1} {pick(rng, ['|', '_', '~', '.'])}")
            words = " ".join(chunks)
        text = words
    else:
        text = "\n".join("\n".join(l.rstrip() for l in part) for part in parts)
        if layout == "en-fr":
            text = text.replace("\n" + "\n".join(parts[1][:1]), "\n\n\f\n" + parts[1][0], 1)
    if "wrapper" in dmg:
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return text.rstrip() + "\n"


def build_bilingual(p, rng):
    """Side-by-side bilingual labels: `English / Français: value / valeur`."""
    Le, Lf = LABELS["en"], LABELS["fr"]
    L = {k: f"{pick(rng, Le[k])} / {pick(rng, Lf[k])}" for k in Le}
    H = {k: f"{pick(rng, HEADINGS['en'][k])} / {pick(rng, HEADINGS['fr'][k])}" for k in HEADINGS["en"]}
    sup_num, sup_title, sup_cls = p["sup"]
    both = lambda v: v if isinstance(v, str) else f"{v[0]} / {v[1]}"  # noqa: E731
    items = [("h", "ident"), ("f", "dept", both(p["dept"])), ("f", "title", both(p["title"])),
             ("f", "cls", p["cls_txt"]), ("f", "pos", p["pos_txt"])]
    if p["job"]:
        items.append(("f", "job", p["job_txt"]))
    date_txt = p["date_txt"][0] if rng.random() < 0.5 else both(p["date_txt"])
    if "digits" in p["damage"]:
        date_txt = digit_noise(date_txt, rng, 0.35)
    items += [("f", "date", date_txt), ("f", "loc", both(p["loc_txt"])),
              ("f", "sup_title", both(sup_title)), ("f", "sup_pos", p["sup_txt"][0]), ("f", "sup_cls", p["sup_txt"][2])]
    fmt_en = {"title": p["title"][0], "unit": p["unit"], "dept": p["dept"][0], "region": p["region"],
              "theme": p["theme"], "sup": sup_title[0]}
    fmt_fr = {"title": p["title"][1], "unit": "la région", "dept": p["dept"][1], "region": p["region"],
              "theme": "gestion", "sup": sup_title[1]}
    items += [("h", "general"), ("p", pick(rng, T.GENERAL_EN).format(**fmt_en)),
              ("p", pick(rng, T.GENERAL_FR).format(**fmt_fr)), ("h", "org")]
    items.append(("l", f"The {p['title'][0]} reports to the {sup_title[0]}. / Le titulaire relève du {sup_title[1]}."))
    items += [("l", x) for x in report_lines(p, "en", rng, p["title"][0].split(",")[0])]
    items.append(("h", "dims"))
    items.append(("f", "fte", str(p["also"]["fte"])))
    for i, key in enumerate(("sal", "om", "tot")):
        items.append(("f", key, f"{p['amt_txt'][i][0]} / {p['amt_txt'][i][1]}"))
    items.append(("h", "duties"))
    for d_en, d_fr in zip(rng.sample(range(len(T.DUTIES_EN)), 5), rng.sample(range(len(T.DUTIES_FR)), 5)):
        items.append(("duty", T.DUTIES_EN[d_en].format(**fmt_en).replace("the the ", "the ")))
        items.append(("duty", T.DUTIES_FR[d_en].format(**fmt_fr)))
    items += [("h", "cert"), ("p", T.CERT_EN + " / " + T.CERT_FR)]
    return items, L, H


# --- ground truth ------------------------------------------------------------------------------

def truth(p, document):
    sup_num, sup_title, sup_cls = p["sup"]
    title = p["title"] if isinstance(p["title"], str) else list(p["title"])
    sup_t = sup_title if isinstance(sup_title, str) else list(sup_title)
    reports = [{"title": r[0] if isinstance(r[0], str) else list(r[0]), "classification": r[1],
                "fte": r[2] if r[3] is not None else None} for r in p["reports"]]
    fields = {"title": title, "classification": p["cls"], "job_code": p["job"], "position_number": p["pos"],
              "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] else None,
              "supervisor": {"position_number": sup_num, "title": sup_t, "classification": sup_cls},
              "direct_reports": reports, "salary": p["sal"], "o_and_m": p["om"], "total": p["tot"],
              "location": p["loc"]}
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "salary", "o_and_m", "total",
                              "location") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
                   if fields["supervisor"][k] is None]
    also = {"fte": p["also"].get("fte"), "operating_budget": None,
            "program_budget": p["also"].get("program_budget"), "provisional_number": None}
    return {"document": document, "kind": p["kind"], "language": p["lang"], "outcome": "import",
            "fields": fields, "not_stated": not_stated, "also": also, "people": list(p["people"]),
            "versions": {"position": p["pos"], "documents": [document], "newest": True}}


# --- documents to refuse -----------------------------------------------------------------------

def refusals():
    rng = random.Random("blind30-refusals")
    docs = []
    docs.append(("Classification decision record - pos 44601 (scan).txt", "ocr-lines", "en", ["Louise Tremblay-Hart", "Kevin Osei"],
                 "a classification decision record (rating rationale), not a work description", "\n".join([
                     "PROTECTED B (when completed)", "",
                     "CLASSIFICATION DECISION RECORD", "Executive Group Position Evaluation", "",
                     "Position No.: 446O1        Job code: E1OO4O4", "Department: Canada Revenue Agency",
                     "Position title: Director, Jonquiere Tax Centre", "Requested level: EX-02", "",
                     "RATING", "Know-How ............ F II 3   460", "Problem Solving ..... E4 (50%)  230",
                     "Accountability ...... E3 P   400", "Total points ........ 1090", "",
                     "Benchmarks consulted: EX-02 Director, Tax Centre (Winnipeg); EX-01 Director, Processing (Summerside)",
                     "", "RATIONALE", textwrap.fill(
                         "The committee compared the position with the executive benchmark positions. The scope of "
                         "the operation, with close to 800 FTEs and a salary budget of some $41.7M, and the "
                         "regional accountability for service standards, support a rating at the second executive "
                         "level. The committee did not accept the proposed rating for problem solving.", 80), "",
                     "DECISION: EX-02 effective 2012-09-04", "",
                     "Committee Chair: Louise Tremblay-Hart        Member: Kevin Osei", "Date: 2012-11-19",
                     "", "Page 1 of 1"]) + "\n"))
    docs.append(("Lettre d'offre - nomination interimaire EX-01 (numérisée).txt", "ocr", "fr", ["Marie-Josée Caron", "Étienne Robitaille"],
                 "a letter of offer for an acting appointment, not a work description", " ".join([
                     "--- Full Extracted Text ---", "Agence des services frontaliers du Canada PROTÉGÉ B",
                     "Le 2 septembre 2014 Madame Marie-Josée Caron 44, rue des Érables Sherbrooke (Québec) J1H 2T7",
                     "Objet : Nomination intérimaire - Directrice de district, Cantons-de-l'Est (EX-O1), poste no 5IO27",
                     "Madame, J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice de",
                     "district, Cantons-de-l'Est, classifié au groupe et niveau EX-01, pour la période du 15",
                     "septembre 2014 au 13 mars 2015. Votre rémunération sera établie conformément à la Politique",
                     "sur les conditions d'emploi des cadres de direction. Le lieu de travail est Stanstead (Québec).",
                     "Veuillez indiquer votre acceptation en signant la présente et en la retournant d'ici le",
                     "10 septembre 2014. Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
                     "Étienne Robitaille Directeur général régional, Région du Québec", garble(rng, 4),
                     "J'accepte l'offre ci-dessus : _____ Date : ______"]) + "\n"))
    docs.append(("FAX - transmittal WD revised 31152.txt", "ocr-lines", "bilingual", ["Gordon Bellamy", "Anne-Marie Roy"],
                 "a fax cover sheet, not a work description", "\n".join([
                     "APR-21-23 10:14 FROM:CRA ONT HR  ID:7056709999   PAGE 1/5", "",
                     "FAX TRANSMITTAL / TRANSMISSION PAR TÉLÉCOPIEUR", "",
                     "To / Destinataire: Anne-Marie Roy, Classification Advisor / Conseillère en classification",
                     "From / Expéditeur: Gordon Bellamy", "Date: 2023-04-21", "Pages (including cover / y compris la page couverture): 5",
                     "", "Subject / Objet: Revised work description - position 31152 (EX-02)", "",
                     "Anne-Marie,", textwrap.fill(
                         "Attached is the revised work description for the Director, Sudbury Tax Centre, with the "
                         "updated dimensions. Please let me know if the committee needs the organization chart as well. "
                         "The signed copy will follow by internal mail.", 72), "",
                     "Thanks, Gordon", "", "Ce document peut contenir des renseignements protégés. / This document may contain protected information.",
                     ]) + "\n"))
    docs.append(("Org chart - Pacific Salmonid Enhancement 2000 (OCR).txt", "ocr-lines", "en", [],
                 "an organization chart, not a work description", "\n".join([
                     "FISHERIES AND OCEANS - PACIFIC REGION", "SALMONID ENHANCEMENT PROGRAM", "Organization Chart - September 2000", "",
                     "                 Regional Director General", "                 PAC-2OOO   EX-04", "                        |",
                     "               Regional Director, Salmonid", "               Enhancement   PAC-227I  EX-01", "                        |",
                     "   ______________________|________________________", "  |                      |                        |",
                     "Manager, Hatchery    Manager, Community      Chief, Enhancement", "Operations          Involvement             Planning and Assessment",
                     "EG-07 (96)          BI-04 (21)              BI-05 (14)", "  |", "Hatchery Managers (14)   Community Advisors (12)",
                     "", "Vacant positions shown in italics", "Prepared by: HR Planning   2000-09-12"]) + "\n"))
    noise = []
    for _ in range(46):
        noise.append("".join(pick(rng, "il1|!.,:;'`~-_=^ ") if rng.random() < 0.7 else pick(rng, "aemnorsuvwxzIJLT")
                             for _ in range(rng.randint(10, 78))))
    docs.append(("scan_0047.txt", "ocr", "en", [], "an unreadable scan (OCR noise only)",
                 "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(noise) + "\n"))
    return docs


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for p in POSITIONS:
        document = p["name"] + ".txt"
        text = document_text(p)
        enc = "utf-8"
        (corpus / document).write_bytes(text.encode(enc))
        (expected / f"{document}.expected.yaml").write_text(
            yaml.safe_dump(truth(p, document), sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    for name, kind, lang, people, reason, text in refusals():
        (corpus / name).write_bytes(text.encode("utf-8"))
        (expected / f"{name}.expected.yaml").write_text(yaml.safe_dump(
            {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "reason": reason,
             "fields": None, "not_stated": [], "people": people}, sort_keys=False, allow_unicode=True, width=120),
            encoding="utf-8")
    print(f"{len(POSITIONS)} work descriptions and {len(refusals())} to refuse written to {corpus}")


if __name__ == "__main__":
    main()
