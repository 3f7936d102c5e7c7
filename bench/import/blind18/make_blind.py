#!/usr/bin/env python3
"""Render the blind18 corpus: corpus/<document> and expected/<document>.expected.yaml.

    python bench/import/blind18/make_blind.py

Deterministic: no clock, no unseeded randomness; the Word files' zip entries carry a fixed date.
"""
from __future__ import annotations

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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from blind_positions import POSITIONS  # noqa: E402
from blind_text import ACC_EN, ACC_FR, CSR_EN, CSR_FR, SCOPE_EN, SCOPE_FR  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
PROV_FR = {"Alberta": "Alberta", "British Columbia": "Colombie-Britannique", "Manitoba": "Manitoba",
           "New Brunswick": "Nouveau-Brunswick", "Newfoundland and Labrador": "Terre-Neuve-et-Labrador",
           "Nova Scotia": "Nouvelle-Écosse", "Ontario": "Ontario", "Prince Edward Island": "Île-du-Prince-Édouard",
           "Quebec": "Québec", "Saskatchewan": "Saskatchewan", "Nunavut": "Nunavut"}
PROV_CODE = {"Alberta": "AB", "British Columbia": "BC", "Manitoba": "MB", "New Brunswick": "NB",
             "Newfoundland and Labrador": "NL", "Nova Scotia": "NS", "Ontario": "ON", "Prince Edward Island": "PE",
             "Quebec": "QC", "Saskatchewan": "SK", "Nunavut": "NU"}


# --- values as people wrote them ----------------------------------------------------------------

def fmt_date(iso: str, lang: str, k: int) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if lang == "fr":
        day = "1er" if d == 1 else str(d)
        return [f"{day} {MONTHS_FR[m - 1]} {y}", iso, f"le {day} {MONTHS_FR[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
                f"{d} {ABBR_FR[m - 1]} {y}"][k % 5]
    suffix = "st" if d in (1, 21, 31) else "nd" if d in (2, 22) else "rd" if d in (3, 23) else "th"
    return [f"{MONTHS_EN[m - 1]} {d}, {y}", iso, f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1][:3]}. {d}{suffix}, {y}",
            f"{d:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}", f"{y}/{m:02d}/{d:02d}"][k % 6]


def fmt_cls(cls: str, k: int) -> str:
    if not cls.startswith("EX-"):
        return cls
    n = cls[3:]
    return ["EX-" + n, "EX " + n, "EX-" + n.lstrip("0"), "EX" + n, "EX - " + n, "EX-" + n][k % 6]


def fmt_money(v: int, lang: str, k: int) -> str:
    def grp(n, sep):
        return f"{n:,}".replace(",", sep)
    m = v / 1_000_000
    ms = f"{m:.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        msf = ms.replace(".", ",")
        opts = [f"{grp(v, ' ')} $", f"{msf} M$", f"{grp(v, chr(160))},00 $", f"{msf} millions $", f"{grp(v, ' ')}$"]
        if v < 1_000_000:
            opts[1] = opts[3] = f"{v // 1000} k$"
        return opts[k % 5]
    opts = [f"${grp(v, ',')}", f"${ms}M", f"${grp(v, ',')}.00", f"${ms} million", f"$ {grp(v, ',')}"]
    if v < 1_000_000:
        opts[1] = f"${v // 1000}K"
        opts[3] = f"${v // 1000},000"
    return opts[k % 5]


def report_line(r: tuple, lang: str, k: int) -> str:
    title, cls, fte = r
    if lang == "fr":
        if cls is None:
            return f"- {title} ({fte} ETP)" if fte is not None else f"- {title}"
        if fte is None:
            return f"- {title} ({cls})"
        return [f"- {title} ({cls}) – {fte} ETP", f"{cls} – {title} (effectif de {fte})",
                f"• {title}, {cls}, {fte} équivalents temps plein", f"- {title} [{cls}] : {fte} ETP"][k % 4]
    if cls is None:
        return f"- {title} ({fte} FTEs)" if fte is not None else f"- {title}"
    if fte is None:
        return f"- {title} ({cls})"
    return [f"- {title} ({cls}) – {fte} FTEs", f"{cls} - {title} ({fte} FTE)", f"• {title}, {cls}, staff of {fte}",
            f"- {title} ({cls}, {fte} FTEs)"][k % 4]


def reports_prose(reports: list, lang: str) -> str:
    parts = []
    for title, cls, fte in reports:
        inside = ", ".join(x for x in (cls, (f"{fte} ETP" if lang == "fr" else f"{fte} FTEs") if fte is not None else None) if x)
        parts.append(f"{'le' if lang == 'fr' else 'the'} {title}" + (f" ({inside})" if inside else ""))
    body = "; ".join(parts[:-1]) + ("; et " if lang == "fr" else "; and ") + parts[-1] if len(parts) > 1 else parts[0]
    return ("Relèvent directement du titulaire : " if lang == "fr" else "Reporting directly to the incumbent are ") + body + "."


def wrap(text: str, width: int, rng: random.Random, hyphen: bool) -> list[str]:
    """Lines as a PDF's text layer gives them: wrapped, long words hyphenated at a line's end."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + 1 + len(word) <= width:
            line = f"{line} {word}".strip()
            continue
        room = width - len(line) - 2
        if hyphen and len(word) >= 9 and room >= 4 and word.isalpha() and rng.random() < 0.6:
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-".strip())
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


OCR_SWAPS = [("rn", "m"), ("li", "ll"), ("cl", "d"), ("e ", "c "), ("ti", "ti"), ("o", "o"), ("h", "li"), ("t", "l")]


def ocr_damage(text: str, rng: random.Random, rate: float = 0.05) -> str:
    out = []
    for word in text.split(" "):
        if len(word) > 4 and rng.random() < rate:
            a, b = OCR_SWAPS[rng.randrange(len(OCR_SWAPS))]
            word = word.replace(a, b, 1)
        out.append(word)
    return " ".join(out)


def ocr_value(value: str) -> str:
    """A scanned value as OCR misreads it (0 as O, 1 as I): a reader still sees 4O217 as 40217."""
    return value.replace("0", "O", 1).replace("1", "I", 1)


# --- one position's content -----------------------------------------------------------------------

def pick(v, lang):
    return v if isinstance(v, str) or v is None else (v[0] if lang == "en" else v[1])


def truth_reports(p: dict, i: int) -> list:
    reps = []
    for j, (title, cls, fte) in enumerate(p["reports"]):
        if i % 7 == 3:
            fte = None  # counts not given in this document
        if i % 11 == 5 and j == len(p["reports"]) - 1:
            cls = None  # classification left out of one line
        reps.append((title, cls, fte))
    return reps


def accountabilities(p: dict, lang: str, i: int) -> list[str]:
    pool = ACC_FR if lang == "fr" else ACC_EN
    what = pick(p["mandate"], lang)
    first = pool[0].format(what=(what if lang == "en" else what))
    rest = [pool[(i * 3 + j * 2) % (len(pool) - 1) + 1] for j in range(5)]
    seen, out = set(), [first]
    for s in rest:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def general(p: dict, lang: str) -> str:
    what = pick(p["mandate"], lang)
    title = pick(p["title"], lang)
    if lang == "fr":
        text = (f"Le ou la titulaire du poste de {title} est responsable de {what}, en assurant un service de qualité "
                f"aux clients et l'utilisation judicieuse des ressources confiées à l'organisation.")
        return text.replace("responsable de le ", "responsable du ").replace("responsable de les ", "responsable des ")
    return (f"The {title} is accountable for {what}, ensuring high-quality service to clients and the sound "
            f"stewardship of the resources entrusted to the organization.")


def location_text(p: dict, lang: str, k: int) -> str | None:
    if not p["loc"]:
        return None
    city, prov = p["loc"]
    if lang == "fr":
        return [f"{city} ({PROV_FR[prov]})", f"{city}, {PROV_FR[prov]}", f"{city} ({PROV_CODE[prov]})"][k % 3]
    return [f"{city}, {prov}", f"{city} ({prov})", f"{city}, {PROV_CODE[prov]}"][k % 3]


def sup_sentence(p: dict, lang: str, k: int) -> str:
    num, title, cls = p["sup"]
    title = pick(title, lang)
    c = fmt_cls(cls, k + 1)
    if lang == "fr":
        s = f"Le titulaire relève du {title} ({c})"
        return s + (f", poste no {num}." if num else ".")
    s = f"The position reports to the {title} ({c})"
    return s + (f", position number {num}." if num else ".")


def dims(p: dict, lang: str, k: int, labels: tuple) -> list[tuple[str, str]]:
    sal, om, tot = p["money"]
    rows = []
    if sal is not None:
        rows.append((labels[0], fmt_money(sal, lang, k)))
    if om is not None:
        rows.append((labels[1], fmt_money(om, lang, k + (k % 2))))
    rows.append((labels[2], fmt_money(tot, lang, k)))
    rows.append((labels[3], str(p["fte"])))
    return rows


L = {  # label wordings, several per field and language; each document takes one by its index
    "en": {
        "title": ["Position title", "Title of position", "Position Title", "Working title", "Job title"],
        "cls": ["Group and level", "Classification", "Group/Level", "Level", "Classification (group & level)"],
        "job": ["Job code", "Generic job no.", "Job number", "Job code no.", "Job Code"],
        "pos": ["Position number", "Position no.", "Position #", "Pos. number", "Position Number"],
        "date": ["Effective date", "Date effective", "Effective as of", "Date of effect", "Effective Date"],
        "spos": ["Supervisor's position number", "Supervisor position no.", "Reports to (position no.)",
                 "Immediate supervisor - position #", "Superior's position number"],
        "stitle": ["Supervisor's position title", "Supervisor title", "Reports to (title)",
                   "Immediate supervisor - title", "Title of superior"],
        "scls": ["Supervisor's classification", "Supervisor group/level", "Reports to (group and level)",
                 "Immediate supervisor - level", "Superior's level"],
        "loc": ["Location", "Geographic location", "Work location", "Location of position", "City"],
        "org": ["Department", "Organization", "Department/Agency", "Organization", "Dept."],
        "branch": ["Branch / Region", "Sector", "Region", "Branch", "Directorate"],
        "money": [("Salary", "O&M", "Total", "FTEs"), ("Salary budget", "Operating and maintenance", "Total budget", "Employees"),
                  ("Salaries", "Non-salary O&M", "Total operating budget", "Full-time equivalents"),
                  ("Personnel", "O & M", "Total", "FTE's")],
        "sec": ["GENERAL ACCOUNTABILITY", "ORGANIZATIONAL STRUCTURE", "NATURE AND SCOPE", "DIMENSIONS",
                "SPECIFIC ACCOUNTABILITIES"],
    },
    "fr": {
        "title": ["Titre du poste", "Titre de travail", "Intitulé du poste", "Titre", "Titre officiel du poste"],
        "cls": ["Groupe et niveau", "Classification", "Groupe/niveau", "Niveau", "Classification (groupe et niveau)"],
        "job": ["Code d'emploi", "No de l'emploi générique", "Numéro d'emploi", "Code de l'emploi", "Code du poste"],
        "pos": ["Numéro du poste", "No du poste", "N° de poste", "Poste no", "Numéro de poste"],
        "date": ["Date d'entrée en vigueur", "Date de prise d'effet", "En vigueur le", "Date d'effet", "Date en vigueur"],
        "spos": ["Numéro du poste du superviseur", "No du poste du surveillant", "Relève de (no de poste)",
                 "Supérieur immédiat - no de poste", "Poste du gestionnaire (no)"],
        "stitle": ["Titre du poste du superviseur", "Titre du surveillant", "Relève de (titre)",
                   "Supérieur immédiat - titre", "Titre du gestionnaire"],
        "scls": ["Classification du superviseur", "Groupe et niveau du surveillant", "Relève de (groupe et niveau)",
                 "Supérieur immédiat - niveau", "Niveau du gestionnaire"],
        "loc": ["Lieu de travail", "Emplacement géographique", "Lieu", "Endroit", "Ville"],
        "org": ["Ministère", "Organisation", "Ministère/organisme", "Organisme", "Min."],
        "branch": ["Direction générale / Région", "Secteur", "Région", "Direction générale", "Direction"],
        "money": [("Salaires", "F et E", "Total", "ETP"), ("Budget salarial", "Fonctionnement et entretien", "Budget total", "Employés"),
                  ("Traitements", "F&E non salarial", "Budget de fonctionnement total", "Équivalents temps plein"),
                  ("Personnel", "F. et E.", "Total", "ETP")],
        "sec": ["RESPONSABILITÉ GÉNÉRALE", "STRUCTURE ORGANISATIONNELLE", "NATURE ET ÉTENDUE", "DIMENSIONS",
                "RESPONSABILITÉS SPÉCIFIQUES"],
    },
}


def fields(p: dict, lang: str, i: int, with_sup: bool = True) -> list[tuple[str, str]]:
    lab = L[lang]
    k = i
    rows = [(lab["org"][k % 5], pick(p["org"], lang)), (lab["branch"][(k + 1) % 5], p["branch"]),
            (lab["title"][k % 5], pick(p["title"], lang)), (lab["cls"][(k + 2) % 5], fmt_cls(p["cls"], k)),
            (lab["pos"][(k + 3) % 5], p["pos"] or p["shown_pos"] or ("NOUVEAU" if lang == "fr" else "NEW")),
            (lab["job"][(k + 1) % 5], p["job"] or ""),
            (lab["date"][(k + 4) % 5], fmt_date(p["date"], lang, k))]
    if with_sup:
        num, title, cls = p["sup"]
        rows += [(lab["spos"][k % 5], num or ""), (lab["stitle"][k % 5], pick(title, lang)),
                 (lab["scls"][k % 5], fmt_cls(cls, k + 2))]
    loc = location_text(p, lang, k)
    if loc:
        rows.append((lab["loc"][(k + 2) % 5], loc))
    order = [2, 3, 4, 5, 6, 0, 1] + list(range(7, len(rows))) if k % 3 == 0 else list(range(len(rows)))
    return [rows[j] for j in order]


def sig_block(p: dict, lang: str) -> list[str]:
    people = p["people"]
    out = ["", "SIGNATURES" if lang == "en" else "SIGNATURES"]
    if lang == "fr":
        out += [f"Titulaire : {people[-1]}" if len(people) > 1 else "Titulaire : poste vacant", "",
                f"Approuvé par : {people[0]}", "Date : ____________"]
    else:
        out += [f"Incumbent: {people[-1]}" if len(people) > 1 else "Incumbent: vacant", "",
                f"Approved by: {people[0]}", "Date: ____________"]
    return out


# --- layouts -------------------------------------------------------------------------------------

def render_pdftext(p: dict, i: int, rng: random.Random) -> str:
    lang = p["lang"]
    lab = L[lang]
    box = ["☒", "[X]", "■"][i % 3]
    empty = ["☐", "[ ]", "□"][i % 3]
    org = pick(p["org"], lang)
    if lang == "fr":
        head = [f"{org}", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "",
                f"{empty} Création de poste    {box} Mise à jour    {empty} Reclassification", ""]
    else:
        head = [f"{org}", "EXECUTIVE (EX) GROUP WORK DESCRIPTION", "",
                f"{empty} New position    {box} Update    {empty} Reclassification", ""]
    body = []
    sep_sup = i % 3 != 1
    for label, value in fields(p, lang, i, with_sup=sep_sup):
        body += [label, value] if value else [label]
    if not sep_sup:
        body += ["", *wrap(sup_sentence(p, lang, i), 78, rng, False)]
    sec = lab["sec"]
    body += ["", sec[0], *wrap(general(p, lang), 78, rng, True), "", sec[1]]
    reps = truth_reports(p, i)
    if i % 4 == 2:
        body += wrap(reports_prose(reps, lang), 78, rng, True)
    elif i % 4 == 3:
        hdr = ("Titre du poste", "Groupe/niveau", "ETP") if lang == "fr" else ("Position title", "Group/level", "FTEs")
        body.append(f"{hdr[0]:<60}{hdr[1]:<16}{hdr[2]}")
        for t, c, f in reps:
            body.append(f"{t:<60}{c or '':<16}{'' if f is None else f}")
    else:
        body.append("Postes relevant directement du titulaire :" if lang == "fr" else "Positions reporting directly to the incumbent:")
        body += [report_line(r, lang, i) for r in reps]
    body += ["", sec[2], *wrap(SCOPE_FR[i % 3] if lang == "fr" else SCOPE_EN[i % 3], 78, rng, True), "", sec[3]]
    for label, value in dims(p, lang, i, lab["money"][i % 4]):
        body += [label, value]
    body += ["", sec[4]]
    for n, s in enumerate(accountabilities(p, lang, i), 1):
        w = wrap(s, 74, rng, True)
        body += [f"{n}. {w[0]}"] + ["   " + x for x in w[1:]]
    body += sig_block(p, lang)
    # pages of 48 lines with a running header and a page footer, form feeds between them
    lines = head + body
    pages = [lines[s:s + 48] for s in range(0, len(lines), 48)]
    title = pick(p["title"], lang)
    out = []
    for n, page in enumerate(pages, 1):
        run = f"{title[:50]}    {'Page' if lang == 'en' else 'Page'} {n} {'of' if lang == 'en' else 'de'} {len(pages)}"
        out.append("\n".join(([run, ""] if n > 1 else []) + page + ["", f"{'Protected A when completed' if lang == 'en' else 'Protégé A une fois rempli'}"]))
    return "\n\f".join(out) + "\n"


def render_pdftext_bi(p: dict, i: int, rng: random.Random) -> str:
    en, fr = L["en"], L["fr"]
    num, stitle, scls = p["sup"]
    lines = ["Government of Canada / Gouvernement du Canada", f"{p['org']}",
             "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION", "",
             "[X] Existing position / Poste existant      [ ] New position / Nouveau poste", ""]
    pairs = [(f"{en['title'][i % 5]} / {fr['title'][i % 5]}", f"{p['title'][0]}\n{p['title'][1]}"),
             (f"{en['cls'][i % 5]} / {fr['cls'][i % 5]}", fmt_cls(p["cls"], i)),
             (f"{en['pos'][i % 5]} / {fr['pos'][i % 5]}", p["pos"] or "NEW / NOUVEAU"),
             (f"{en['job'][i % 5]} / {fr['job'][i % 5]}", p["job"] or ""),
             (f"{en['date'][i % 5]} / {fr['date'][i % 5]}", fmt_date(p["date"], "en", 1)),
             (f"{en['spos'][i % 5]} / {fr['spos'][i % 5]}", num or ""),
             (f"{en['stitle'][i % 5]} / {fr['stitle'][i % 5]}", f"{stitle[0]}\n{stitle[1]}"),
             (f"{en['scls'][i % 5]} / {fr['scls'][i % 5]}", fmt_cls(scls, i + 3)),
             (f"{en['loc'][i % 5]} / {fr['loc'][i % 5]}", location_text(p, "en", i))]
    for label, value in pairs:
        lines += [label] + ([value] if value else [])
    lines += ["", "GENERAL ACCOUNTABILITY / RESPONSABILITÉ GÉNÉRALE", *wrap(general(p, "en"), 78, rng, True),
              *wrap(general(p, "fr"), 78, rng, True), "", "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE"]
    lines += [report_line(r, "en", i) for r in truth_reports(p, i)]
    lines += ["", "DIMENSIONS"]
    for label, value in dims(p, "en", i, ("Salary / Salaires", "O&M / F et E", "Total", "FTEs / ETP")):
        lines += [label, value]
    lines += ["", "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES"]
    lines += [f"{n}. {s}" for n, s in enumerate(accountabilities(p, "en", i), 1)]
    lines += ["", f"Approved by / Approuvé par : {p['people'][0]}"]
    return "\n".join(lines) + "\n"


def render_grid(p: dict, i: int, rng: random.Random) -> str:
    lang = p["lang"]
    lab = L[lang]
    num, stitle, scls = p["sup"]
    row = lambda cells: "".join(f"{c:<26}" for c in cells).rstrip()  # noqa: E731
    lines = [f"{p['org']:<60}{'Form EX-1 (2012)' if lang == 'en' else 'Formulaire EX-1 (2012)'}", "",
             "WORK DESCRIPTION" if lang == "en" else "DESCRIPTION DE TRAVAIL", "",
             row([lab["pos"][4], lab["job"][4], lab["cls"][1], lab["date"][4 if lang == "en" else 0]]),
             row([p["pos"], p["job"] or "", fmt_cls(p["cls"], i), fmt_date(p["date"], lang, i + 1)]), "",
             lab["title"][2], p["title"], "",
             row([lab["spos"][0], lab["scls"][0]]), row([num, fmt_cls(scls, i)]), "",
             lab["stitle"][0], stitle, "",
             row([lab["branch"][2], lab["loc"][0]]), row([p["branch"], location_text(p, lang, i)]), "",
             lab["sec"][0], *wrap(general(p, lang), 90, rng, True), "", lab["sec"][1]]
    hdr = ("Titre", "Groupe et niveau", "ETP") if lang == "fr" else ("Title", "Group and level", "FTEs")
    lines.append(f"{hdr[0]:<58}{hdr[1]:<20}{hdr[2]}")
    for t, c, f in truth_reports(p, i):
        lines.append(f"{t:<58}{c or '':<20}{'' if f is None else f}")
    money = lab["money"][0]
    sal, om, tot = p["money"]
    lines += ["", lab["sec"][3], row([money[0], money[1], money[2], money[3]]),
              row([fmt_money(sal, lang, i), fmt_money(om, lang, i), fmt_money(tot, lang, i), str(p["fte"])]),
              "", lab["sec"][4]]
    lines += [f"{chr(97 + n)}) {s}" for n, s in enumerate(accountabilities(p, lang, i))]
    lines += sig_block(p, lang)
    return "\n".join(lines) + "\n"


def render_inline(p: dict, i: int, rng: random.Random, lang: str | None = None, copy_reports: bool = True) -> str:
    lang = lang or p["lang"]
    lab = L[lang]
    caps = i % 2 == 0
    H = (lambda s: s.upper()) if caps else (lambda s: s.title() if lang == "en" else s.capitalize())
    numbering = ["{n}. ", "{a}. ", "{r}. ", "Part {n} - " if lang == "en" else "Partie {n} - "][i % 4]
    romans = ["I", "II", "III", "IV", "V", "VI"]
    colon = ":" if i % 3 != 2 else ""

    def head(n, s):
        return numbering.format(n=n, a=chr(64 + n), r=romans[n - 1]) + H(s) + colon

    ident = "Identification du poste" if lang == "fr" else "Position identification"
    lines = [H("Description de travail" if lang == "fr" else "Executive work description"), "", head(1, ident)]
    lines += [f"{label}: {value}" if lang == "en" else f"{label} : {value}" for label, value in fields(p, lang, i + 1)]
    sec = lab["sec"]
    lines += ["", head(2, sec[0].lower()), general(p, lang), "", head(3, sec[1].lower())]
    reps = truth_reports(p, i)
    if not copy_reports:
        lines.append("Voir la version anglaise." if lang == "fr" else "See French version.")
    elif i % 2:
        lines.append(reports_prose(reps, lang))
    else:
        lines += [report_line(r, lang, i + 1) for r in reps]
    lines += ["", head(4, sec[3].lower())]
    if copy_reports:
        for label, value in dims(p, lang, i + 2, lab["money"][(i + 1) % 4]):
            lines.append(f"{label}: {value}" if lang == "en" else f"{label} : {value}")
    else:
        lines.append("Voir la version anglaise." if lang == "fr" else "See French version.")
    lines += ["", head(5, sec[4].lower())]
    lines += [f"- {s}" for s in accountabilities(p, lang, i)]
    lines += sig_block(p, lang)
    return "\n".join(lines) + "\n"


def render_en_fr(p: dict, i: int, rng: random.Random) -> str:
    en = render_inline(p, i, rng, "en")
    fr = render_inline(p, i + 1, rng, "fr", copy_reports=False)
    return en + "\n" + "=" * 60 + "\nVERSION FRANÇAISE\n" + "=" * 60 + "\n\n" + fr


def render_csr(p: dict, i: int, rng: random.Random) -> str:
    lang = p["lang"]
    lab = L[lang]
    fr = lang == "fr"
    lines = ["DESCRIPTION DE POSTE – CADRE DE DIRECTION" if fr else "EXECUTIVE POSITION DESCRIPTION", ""]
    for label, value in fields(p, lang, i + 2, with_sup=(i % 2 == 0)):
        if value:
            lines.append(f"{label} : {value}" if fr else f"{label}: {value}")
    if i % 2:
        lines.append(("Rend compte à : " if fr else "Reports to: ") + f"{pick(p['sup'][1], lang)} ({fmt_cls(p['sup'][2], i)})"
                     + (f", {'poste' if fr else 'position'} {p['sup'][0]}" if p["sup"][0] else ""))
    lines += ["", "Résultats axés sur le service à la clientèle" if fr else "Client Service Results",
              (CSR_FR if fr else CSR_EN).format(what=("services liés à " + pick(p["mandate"], lang)) if fr else
                                                 ("services related to " + pick(p["mandate"], lang))), "",
              "Activités principales" if fr else "Key Activities"]
    lines += [f"• {s}" for s in accountabilities(p, lang, i)]
    lines += ["", "Structure et ressources" if fr else "Structure and Resources"]
    lines += [report_line(r, lang, i + 2) for r in truth_reports(p, i)]
    lines += [""]
    for label, value in dims(p, lang, i + 3, lab["money"][(i + 2) % 4]):
        lines.append(f"{label} : {value}" if fr else f"{label}: {value}")
    lines += ["", "Défis et complexité" if fr else "Challenges and Complexity", SCOPE_FR[i % 3] if fr else SCOPE_EN[i % 3]]
    lines += sig_block(p, lang)
    return "\n".join(lines) + "\n"


def render_ocr(p: dict, i: int, rng: random.Random) -> str:
    lang = p["lang"]
    lab = L[lang]
    fr = lang == "fr"
    pairs = fields(p, lang, i + 4)
    vals = []
    for label, value in pairs:
        if label in (lab["pos"][(i + 7) % 5], lab["job"][(i + 5) % 5], lab["spos"][(i + 4) % 5]) and value and i % 2 == 0:
            value = ocr_value(value)
        if "EX" in value and re.fullmatch(r"EX[- ]*\d+", value):
            value = value.replace("0", "O")
        vals.append(f"{label.upper()}: {value}")
    text1 = " ".join(vals)
    secs = lab["sec"]
    reps = truth_reports(p, i)
    rep_txt = " ".join(report_line(r, lang, i).lstrip("-• ") + ";" for r in reps)
    money = " ".join(f"{a}: {b}" for a, b in dims(p, lang, i, lab["money"][i % 4]))
    blocks = [text1,
              f"{secs[0]}: " + ocr_damage(general(p, lang), rng),
              f"{secs[1]}: " + rep_txt,
              f"{secs[2]}: " + ocr_damage(SCOPE_FR[i % 3] if fr else SCOPE_EN[i % 3], rng),
              f"{secs[3]}: " + money,
              f"{secs[4]}: " + " ".join(f"{n}. {ocr_damage(s, rng)}" for n, s in enumerate(accountabilities(p, lang, i), 1)),
              ("Titulaire" if fr else "Incumbent") + f": {p['people'][-1]}   " + ("Signature du gestionnaire" if fr else "Manager's signature")
              + f": {p['people'][0]}"]
    if i % 2:  # one long run, as the scanner's text export gives it
        return "--- Full Extracted Text ---\n" + " ".join(blocks) + "\n"
    pages, out = [blocks[:4], blocks[4:]], []
    for n, page in enumerate(pages, 1):
        out.append("\n".join(page) + f"\n{'Page' if not fr else 'Page'} {n}")
    return "\n".join(out) + "\n"


# --- Word files and PDFs ------------------------------------------------------------------------

def docx_fixed(document) -> bytes:
    cp = document.core_properties
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2020, 1, 1)
    cp.last_modified_by = cp.author = "HR"
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(p: dict, i: int, rng: random.Random) -> bytes:
    import docx
    lang = p["lang"]
    lab = L[lang]
    fr = lang == "fr"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = pick(p["org"], lang)
    d.add_heading("Description de travail – Groupe EX" if fr else "Executive Work Description", 1)
    rows = fields(p, lang, i + 3)
    t = d.add_table(rows=0, cols=2 if i % 2 == 0 else 4)
    t.style = "Table Grid"
    if i % 2 == 0:
        for label, value in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = label, value
    else:  # two label/value pairs a row, as wide forms have
        for j in range(0, len(rows), 2):
            c = t.add_row().cells
            c[0].text, c[1].text = rows[j]
            if j + 1 < len(rows):
                c[2].text, c[3].text = rows[j + 1]
    secs = lab["sec"]
    d.add_heading(secs[0].title() if i % 3 else secs[0], 2)
    d.add_paragraph(general(p, lang))
    d.add_heading(secs[1].title() if i % 3 else secs[1], 2)
    d.add_paragraph("Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the incumbent:")
    rt = d.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    hdr = ("Titre du poste", "Groupe et niveau", "ETP") if fr else ("Position title", "Group and level", "FTEs")
    for c, h in zip(rt.rows[0].cells, hdr):
        c.text = h
    for t_, c_, f_ in truth_reports(p, i):
        c = rt.add_row().cells
        c[0].text, c[1].text, c[2].text = t_, c_ or "", "" if f_ is None else str(f_)
    d.add_heading(secs[2].title() if i % 3 else secs[2], 2)
    d.add_paragraph(SCOPE_FR[i % 3] if fr else SCOPE_EN[i % 3])
    d.add_heading(secs[3].title() if i % 3 else secs[3], 2)
    mt = d.add_table(rows=0, cols=2)
    mt.style = "Table Grid"
    for label, value in dims(p, lang, i + 1, lab["money"][(i + 3) % 4]):
        c = mt.add_row().cells
        c[0].text, c[1].text = label, value
    d.add_heading(secs[4].title() if i % 3 else secs[4], 2)
    for s in accountabilities(p, lang, i):
        d.add_paragraph(s, style="List Number")
    for line in sig_block(p, lang):
        d.add_paragraph(line)
    return docx_fixed(d)


def render_docx_bi(p: dict, i: int, rng: random.Random) -> bytes:
    import docx
    d = docx.Document()
    d.add_heading("Work Description / Description de travail", 1)
    num, stitle, scls = p["sup"]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("", "English", "Français")):
        c.text = h
    en, fr = L["en"], L["fr"]
    k = i
    rows = [(f"{en['org'][k % 5]}\n{fr['org'][k % 5]}", p["org"], p["org"]),
            (f"{en['title'][k % 5]}\n{fr['title'][k % 5]}", p["title"][0], p["title"][1]),
            (f"{en['cls'][k % 5]}\n{fr['cls'][k % 5]}", fmt_cls(p["cls"], k), fmt_cls(p["cls"], k)),
            (f"{en['pos'][k % 5]}\n{fr['pos'][k % 5]}", p["pos"], p["pos"]),
            (f"{en['job'][k % 5]}\n{fr['job'][k % 5]}", p["job"], p["job"]),
            (f"{en['date'][k % 5]}\n{fr['date'][k % 5]}", fmt_date(p["date"], "en", k), fmt_date(p["date"], "fr", k)),
            (f"{en['spos'][k % 5]}\n{fr['spos'][k % 5]}", num, num),
            (f"{en['stitle'][k % 5]}\n{fr['stitle'][k % 5]}", stitle[0], stitle[1]),
            (f"{en['scls'][k % 5]}\n{fr['scls'][k % 5]}", fmt_cls(scls, k), fmt_cls(scls, k)),
            (f"{en['loc'][k % 5]}\n{fr['loc'][k % 5]}", location_text(p, "en", k), location_text(p, "fr", k))]
    for a, b, c in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    d.add_heading("General Accountability / Responsabilité générale", 2)
    d.add_paragraph(general(p, "en"))
    d.add_paragraph(general(p, "fr"))
    d.add_heading("Organization Structure / Structure organisationnelle", 2)
    for r in truth_reports(p, i):
        d.add_paragraph(report_line(r, "en", i + 3).lstrip("-• "), style="List Bullet")
    d.add_heading("Dimensions", 2)
    mt = d.add_table(rows=0, cols=3)
    for (label, ve), (_, vf) in zip(dims(p, "en", i, ("Salary", "O&M", "Total", "FTEs")),
                                    dims(p, "fr", i, ("Salaires", "F et E", "Total", "ETP"))):
        cells = mt.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = label, ve, vf
    d.add_heading("Specific Accountabilities / Responsabilités spécifiques", 2)
    for s in accountabilities(p, "en", i):
        d.add_paragraph(s, style="List Number")
    d.add_paragraph(f"Approved by / Approuvé par: {p['people'][0]}")
    return docx_fixed(d)


def render_pdf(p: dict, i: int, rng: random.Random) -> bytes:
    text = render_inline(p, i + 2, rng).replace("☒", "[X]").replace("☐", "[ ]").replace("•", "-")
    lines = text.splitlines()
    wrapped = []
    for line in lines:
        wrapped += wrap(line, 95, rng, True) if len(line) > 95 else [line]
    foot = f"{pick(p['org'], p['lang'])} - {'Page' if p['lang'] == 'en' else 'Page'}"
    pages = [wrapped[s:s + 60] for s in range(0, len(wrapped), 60)]
    return pdf_bytes(["\n".join(pg + ["", f"{foot} {n}"]) for n, pg in enumerate(pages, 1)])


RENDER = {"pdftext": render_pdftext, "pdftext_bi": render_pdftext_bi, "pdftext_grid": render_grid,
          "text_inline": render_inline, "csr": render_csr, "en_fr": render_en_fr, "docx": render_docx,
          "docx_bi": render_docx_bi, "pdf": render_pdf, "ocr": render_ocr}
KIND = {"pdftext": "pdf-text", "pdftext_bi": "pdf-text", "pdftext_grid": "pdf-text-layout", "text_inline": "text",
        "csr": "text", "en_fr": "text", "docx": "docx", "docx_bi": "docx", "pdf": "pdf", "ocr": "ocr"}
EXT = {"docx": ".docx", "docx_bi": ".docx", "pdf": ".pdf"}


# --- ground truth ---------------------------------------------------------------------------------

def q(s) -> str:
    if s is None:
        return "null"
    return "'" + str(s).replace("'", "''") + "'"


def title_truth(v):
    return v if isinstance(v, str) else list(v)


def yaml_value(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return q(v)


def truth_yaml(doc: str, p: dict, i: int) -> str:
    lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[p["lang"]]
    num, stitle, scls = p["sup"]
    sal, om, tot = p["money"]
    loc = f"{p['loc'][0]}, {p['loc'][1]}" if p["loc"] else None
    out = [f"document: {q(doc)}", f"kind: {KIND[p['layout']]}", f"language: {lang}", "outcome: import", "fields:",
           f"  title: {yaml_value(title_truth(p['title']))}", f"  classification: {q(p['cls'])}",
           f"  job_code: {q(p['job'])}", f"  position_number: {q(p['pos'])}", f"  effective_date: {p['date']}",
           "  supervisor:", f"    position_number: {q(num)}", f"    title: {yaml_value(title_truth(stitle))}",
           f"    classification: {q(scls)}", "  direct_reports:"]
    for t, c, f in truth_reports(p, i):
        out += [f"  - title: {q(t)}", f"    classification: {q(c)}", f"    fte: {'null' if f is None else f}"]
    out += [f"  salary: {'null' if sal is None else sal}", f"  o_and_m: {'null' if om is None else om}",
            f"  total: {tot}", f"  location: {q(loc)}"]
    missing = [n for n, v in (("job_code", p["job"]), ("salary", sal), ("o_and_m", om)) if v is None]
    out.append("not_stated:" + ("" if missing else " []"))
    out += [f"- {m}" for m in missing]
    out += ["also:", f"  fte: {p['fte']}", "  operating_budget: null", "  program_budget: null",
            f"  provisional_number: {q(p['shown_pos']) if p['shown_pos'] else 'null'}"]
    out.append("people:" + ("" if p["people"] else " []"))
    out += [f"- {q(n)}" for n in p["people"]]
    out += ["versions:", f"  position: {q(p['pos'])}", "  documents:", f"  - {q(doc)}", "  newest: true"]
    return "\n".join(out) + "\n"


def refuse_yaml(doc: str, kind: str, lang: str, people: list) -> str:
    out = [f"document: {q(doc)}", f"kind: {kind}", f"language: {lang}", "outcome: refuse"]
    out.append("people:" + ("" if people else " []"))
    out += [f"- {q(n)}" for n in people]
    return "\n".join(out) + "\n"


# --- the documents to refuse ------------------------------------------------------------------------

def refusals(rng: random.Random) -> list[tuple[str, bytes, str, str, list]]:
    import docx
    out = []
    letter = """Canada Border Services Agency
Human Resources Directorate - Classification

PROTECTED A

March 8, 2021

MEMORANDUM TO: Regional Director General, Pacific Region

SUBJECT: Classification decision - Director, Border Operations, Pacific Highway District
Position number 24113 - Job code 104556

Following the review of the work description submitted on January 19, 2021, the Executive
Classification Committee has confirmed the classification of the position at the EX-01 level,
effective February 1, 2021. The Hay evaluation is 528 points (KH F3 880 - PS E4 38 - AC E3P).

The committee noted that the dimensions provided ($34.9M total budget, 327 FTEs) are consistent
with comparable district director positions. You may proceed with staffing.

Should you have any questions, please contact the undersigned.

Yvette Marchand-Oduya
Manager, Executive Classification
"""
    out.append(("Classification decision letter - 24113.pdf", pdf_bytes([letter]), "pdf", "en", ["Yvette Marchand-Oduya"]))

    d = docx.Document()
    d.add_heading("Entente de rendement des cadres de direction 2022-2023", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Nom du cadre", "Hubert Langevin-Osei"), ("Titre du poste", "Directeur exécutif, Centre fiscal de Shawinigan"),
                 ("Groupe et niveau", "EX-02"), ("Numéro du poste", "81044"), ("Gestionnaire", "Solange Pratte"),
                 ("Période visée", "1er avril 2022 au 31 mars 2023")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    d.add_heading("Engagements axés sur les résultats", 2)
    for s in ["Réduire de 15 % l'inventaire des déclarations en attente de plus de 60 jours.",
              "Atteindre la norme de service de 90 % pour le traitement des déclarations électroniques.",
              "Mettre en œuvre le plan d'action découlant du Sondage auprès des fonctionnaires fédéraux."]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("Évaluation de fin d'exercice", 2)
    d.add_paragraph("Cote de rendement : Réussi +        Signature du cadre : ____________   Signature du gestionnaire : ____________")
    out.append(("Entente de rendement 2022-2023 - DE Shawinigan.docx", docx_fixed(d), "docx", "fr",
                ["Hubert Langevin-Osei", "Solange Pratte"]))

    merit = """Énoncé des critères de mérite
Processus de nomination : 21-ISC-QC-EA-0412
Poste : Directeur général régional, Québec (EX-03)
Ministère : Services aux Autochtones Canada
Lieu : Québec (Québec)
Traitement : de 151 100 $ à 177 800 $

QUALIFICATIONS ESSENTIELLES
Études : Baccalauréat d'un établissement d'enseignement postsecondaire reconnu.
Expérience :
- Expérience significative* de la gestion de programmes ou de services offerts aux Premières Nations ou aux Inuits.
- Expérience de la gestion de ressources humaines et financières d'envergure.
- Expérience de la prestation de conseils stratégiques à la haute direction.
* « significative » s'entend d'au moins trois (3) ans.

Exigences linguistiques : Bilingue impératif CBC/CBC
Compétences clés en leadership : créer une vision et une stratégie; mobiliser les personnes;
préserver l'intégrité et le respect; collaborer avec les partenaires et les intervenants;
promouvoir l'innovation et orienter le changement; obtenir des résultats.

Conditions d'emploi : Cote de sécurité – Secret. Volonté de voyager dans les collectivités du Québec.
Personne-ressource : Mélodie Castonguay-Reyes, conseillère en dotation des cadres
"""
    out.append(("ECM - DGR Québec SAC.txt", merit.encode("utf-8"), "text", "fr", ["Mélodie Castonguay-Reyes"]))

    chart = """Organization Chart / Organigramme                                        Atlantic Region / Région de l'Atlantique
Employment and Social Development Canada / Emploi et Développement social Canada
                                     Assistant Deputy Minister, Atlantic Region
                                     Sous-ministre adjoint, Région de l'Atlantique
                                                    EX-05 (60500)
          Regional Director General, Programs        Regional Director General, Citizen Services
          EX-03 (60510)                              EX-03 (60520)
Director, Grants and      Director, Employment      Director, In-Person       Director, Processing
Contributions             Programs                  Service Delivery          Operations
EX-01 (60511)             EX-01 (60512)             EX-01 (60521)             EX-01 (60522)
Updated / Mis à jour : 2020-09-01
"""
    out.append(("Org chart Atlantic Region 2020.txt", chart.encode("utf-8"), "text", "bilingual", []))

    chars = "ﬁ~^=_-:;,.'`|!/\\ iIl1rnmcoe."
    junk = []
    for _ in range(34):
        junk.append("".join(rng.choice(chars) for _ in range(rng.randrange(20, 70))))
    out.append(("scan0131.txt", ("\n".join(junk) + "\n").encode("utf-8"), "ocr", "en", []))
    return out


def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    for i, p in enumerate(POSITIONS):
        rng = random.Random(f"blind18-{i}")
        doc = p["stem"] + EXT.get(p["layout"], ".txt")
        data = RENDER[p["layout"]](p, i, rng)
        if isinstance(data, str):
            enc = "cp1252" if i % 9 == 4 and all(ord(ch) < 256 or ch in "–’œ•" for ch in data) else "utf-8"
            data = data.replace("\n", "\r\n").encode(enc) if enc == "cp1252" else data.encode("utf-8")
        (corpus / doc).write_bytes(data)
        (expected / f"{doc}.expected.yaml").write_text(truth_yaml(doc, p, i), encoding="utf-8")
    rng = random.Random("blind18-refuse")
    for doc, data, kind, lang, people in refusals(rng):
        (corpus / doc).write_bytes(data)
        (expected / f"{doc}.expected.yaml").write_text(refuse_yaml(doc, kind, lang, people), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
