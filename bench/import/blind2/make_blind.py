#!/usr/bin/env python3
"""Write the third blind corpus: documents in ``corpus/`` and their ground truth in ``expected/``.

    python bench/import/blind2/make_blind.py

Written without reading hrkit's importer, its tests or the other corpora, so that the measure
says how ``hrkit import`` does on documents it was never tuned on. The positions are in
``positions_blind.py``; this file renders each one as its document says it (a layout, a format
per value, the damage of a scan or a conversion). Deterministic: the same bytes on every run
(OCR damage from a random generator seeded by the document's name, fixed dates in the Word
files' zips). Needs ``python-docx`` (a bench-only dependency).
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from positions_blind import POSITIONS, SECOND_VERSIONS  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
PROVINCES_FR = {"Ontario": "Ontario", "Quebec": "Québec", "Manitoba": "Manitoba", "Alberta": "Alberta",
                "Saskatchewan": "Saskatchewan", "British Columbia": "Colombie-Britannique", "Nova Scotia": "Nouvelle-Écosse",
                "New Brunswick": "Nouveau-Brunswick", "Prince Edward Island": "Île-du-Prince-Édouard", "Nunavut": "Nunavut"}
NBSP = "\u00a0"

LABELS = {
    "en": dict(title="Position Title", cls="Classification", job="Job Code", pos="Position Number",
               date="Effective Date", sup_pos="Supervisor's Position Number", sup_title="Supervisor's Position Title",
               sup_cls="Supervisor's Classification", dept="Department", branch="Branch", loc="Location",
               reports_to="Reports to", general="General Accountability", org="Organization Structure",
               nature="Nature and Scope", dims="Dimensions", specific="Specific Accountabilities",
               csr="Client Service Results", key="Key Activities", ident="Position Identification",
               salary="Salary", om="O&M", total="Total", fte="FTEs", signatures="Signatures",
               incumbent="Incumbent", supervisor="Supervisor", group_level="Group and Level"),
    "fr": dict(title="Titre du poste", cls="Classification", job="Code d'emploi", pos="Numéro du poste",
               date="Date d'entrée en vigueur", sup_pos="Numéro du poste du superviseur",
               sup_title="Titre du poste du superviseur", sup_cls="Classification du superviseur", dept="Ministère",
               branch="Direction générale", loc="Lieu de travail", reports_to="Relève de",
               general="Responsabilité générale", org="Structure de l'organisation", nature="Nature et étendue",
               dims="Dimensions", specific="Responsabilités spécifiques",
               csr="Résultats axés sur le service à la clientèle", key="Activités principales",
               ident="Identification du poste", salary="Salaires", om="Fonctionnement et entretien", total="Total",
               fte="ETP", signatures="Signatures", incumbent="Titulaire", supervisor="Superviseur",
               group_level="Groupe et niveau"),
}

NATURE_EN = [
    "{dept} operates in an environment of shifting priorities, public scrutiny and tight budgets. The incumbent "
    "must reconcile national direction with the needs of clients served in the region, and is expected to anticipate "
    "issues before they reach the Minister's office.",
    "Much of the work is done with partners the position does not direct: provinces and territories, other federal "
    "organizations, unions, Indigenous governments and industry. Agreement is reached by persuasion and by evidence.",
    "The main challenges are an aging workforce and the loss of corporate knowledge, systems that are at the end of "
    "their life, and demands for service that grow faster than resources.",
    "The incumbent is {dept}'s recognized authority in the field, and gives advice that senior management and "
    "central agencies rely on when decisions are taken.",
]
NATURE_FR = [
    "Le poste s'exerce dans un contexte de priorités changeantes, d'attention du public et de ressources limitées. "
    "Le titulaire doit concilier l'orientation nationale et les besoins des clients de la région.",
    "Une grande part du travail se fait avec des partenaires que le titulaire ne dirige pas : provinces et "
    "territoires, autres organismes fédéraux, syndicats, gouvernements autochtones et industrie.",
    "Les principaux défis sont le renouvellement de l'effectif, la perte de connaissances et des systèmes en fin de "
    "vie, alors que la demande de services augmente plus vite que les ressources.",
]
SPECIFIC_EN = [
    "Sets the directorate's priorities and plans, and reports on results to senior management.",
    "Directs the management of the human, financial and material resources of the organization.",
    "Builds and maintains relationships with partners, stakeholders and central agencies.",
    "Represents the organization on interdepartmental and federal-provincial committees.",
    "Ensures that policies, regulations and service standards are applied consistently.",
    "Leads the modernization of processes, systems and service delivery.",
]
SPECIFIC_FR = [
    "Établit les priorités et les plans de l'organisation et rend compte des résultats à la haute direction.",
    "Dirige la gestion des ressources humaines, financières et matérielles de l'organisation.",
    "Établit et entretient des relations avec les partenaires, les intervenants et les organismes centraux.",
    "Représente l'organisation aux comités interministériels et fédéraux-provinciaux.",
    "Veille à l'application uniforme des politiques, des règlements et des normes de service.",
]
CSR_EN = ["Timely and reliable services and advice to the clients of the {dept}.",
          "Decisions and recommendations that stand up to review, for senior management and Ministers."]
CSR_FR = ["Des services et des conseils fiables et rapides aux clients de l'organisation.",
          "Des décisions et des recommandations solides, pour la haute direction et les ministres."]


# --- values as the documents write them --------------------------------------------------------

def fmt_date(iso: str, style: str, lang: str) -> str:
    d = dt.date.fromisoformat(iso)
    en, fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {"d_month_y": f"{d.day} {en} {d.year}", "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "month_dth_y": f"{en} {d.day}{suffix}, {d.year}", "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "month_y_fr": f"{fr} {d.year}", "month_y_en": f"{en} {d.year}",
            "le_fr": f"le {'1er' if d.day == 1 else d.day} {fr} {d.year}", "fr_d_month_y": f"{d.day} {fr} {d.year}",
            "iso": iso, "dd_mon_yyyy": f"{d.day:02d}-{en[:3]}-{d.year}",
            "mdy_words_short": f"{en[:3]}. {d.day}, {d.year}"}[FRENCH_DATE.get(style, style) if lang == "fr" else style]


FRENCH_DATE = {"d_month_y": "fr_d_month_y", "month_y_en": "month_y_fr", "month_dth_y": "le_fr",
               "dd_mon_yyyy": "fr_d_month_y", "mdy_words_short": "fr_d_month_y"}


def fmt_cls(cls: str, style: str) -> str:
    """The document's own classification as its ``cls`` format writes it: ``EX 02``, ``EX-2``,
    ``EX02``, ``(EX-02)``, ``EX-O2`` (a scan), or as it is."""
    group, level = cls.split("-")
    if style.startswith("("):
        return f"({cls})"
    if "O" in style[1:]:
        return f"{group}-{level.replace('0', 'O')}"
    if " " in style:
        return f"{group} {level}"
    if re.fullmatch(r"EX-\d", style):
        return f"{group}-{int(level)}"
    if re.match(r"EX\d\d", style):
        return f"{group}{level}"
    return cls


def decimal(value: float, comma: bool) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def fmt_money(amount: int, style: str) -> str:
    m, k = amount / 1_000_000, amount / 1000
    grouped = f"{amount:,}"
    if style == "dollars":
        return f"${grouped}"
    if style == "dollars_cents":
        return f"${grouped}.00"
    if style == "m":
        return f"${decimal(m, False)} M"
    if style == "m_tight":
        return f"${decimal(m, False)}M"
    if style == "million_words":
        return f"{decimal(m, False)} million dollars"
    if style == "fr_spaces":
        return grouped.replace(",", NBSP) + f"{NBSP}$"
    if style == "fr_m":
        return f"{decimal(m, True)} M$"
    if style == "k_mix":
        return f"${k:,.0f}K" if amount < 1_000_000 else f"${decimal(m, False)}M"
    if style == "fr_k":
        return f"{k:.0f} k$" if amount < 1_000_000 else f"{decimal(m, True)} M$"
    raise ValueError(style)


def fmt_fte(n: int, style: str) -> str:
    return {"fte_colon": f"{n} FTEs", "fte_words": f"{n} full-time equivalents", "etp": f"{n} ETP",
            "staff_of": f"staff of {n}", "approx": f"approximately {n} employees", "effectif": f"effectif de {n}"}[style]


def title_of(p: dict, lang: str) -> str:
    return p["title_fr"] if lang == "fr" and p.get("title_fr") else p["title"]


def report_title(r: tuple, lang: str) -> str:
    return r[1] if lang == "fr" and r[1] else r[0]


def sup_title(p: dict, lang: str) -> str:
    return p["sup"][2] if lang == "fr" and p["sup"][2] else p["sup"][1]


def location(p: dict, style: str) -> str:
    prov_fr = PROVINCES_FR[p["prov"]]
    code = {"Quebec": "QC", "Ontario": "ON", "Nova Scotia": "NS", "Manitoba": "MB", "Alberta": "AB"}.get(p["prov"], p["prov"])
    return {"comma": f"{p['city']}, {p['prov']}", "paren": f"{p['city']} ({p['prov']})",
            "paren_fr": f"{p['city']} ({prov_fr})", "comma_fr": f"{p['city']}, {prov_fr}",
            "code": f"{p['city']}, {code}", "city_only": p["city"]}[style]


# --- the content of a document, whatever its layout ---------------------------------------------
# A document is a list of items: ("h", heading), ("f", label, value), ("p", paragraph),
# ("l", list item), ("t", rows with a header row), ("sig", line).

def report_item(r: tuple, style: str, lang: str) -> str:
    title, cls, fte = report_title(r, lang), r[2], r[3]
    fte_style = "etp" if lang == "fr" and style != "fr_effectif" else "effectif" if lang == "fr" else "fte_colon"
    fte_text = fmt_fte(fte, fte_style) if fte is not None else None
    if style in ("paren", "fr_paren"):
        inner = ", ".join(x for x in (cls, fte_text) if x)
        return f"{title} ({inner})" if inner else title
    if style == "dash":
        return " – ".join(x for x in (title, cls, fte_text) if x)
    if style == "fr_effectif":
        return ", ".join(x for x in (title, cls, fte_text) if x)
    if style == "lead_cls":
        return f"{cls} - {title}" + (f", {fte} employees" if fte is not None else "")
    if style == "numbered":
        return f"{title}, {cls}" + (f" — approximately {fte} employees" if fte is not None else "")
    if style == "lead_fte":
        return f"{fte} FTE - {title}" if fte is not None else title
    if style == "titles":
        return title
    raise ValueError(style)


def reports_items(p: dict, lang: str) -> list:
    style, reports = p["fmt"]["reports"], p["reports"]
    role = title_of(p, lang).split(",")[0]
    if style == "table":
        head = ["Titre du poste", "Groupe et niveau", "ETP"] if lang == "fr" else ["Position Title", "Group/Level", "FTEs"]
        return [("t", [head] + [[report_title(r, lang), r[2] or "", "" if r[3] is None else str(r[3])] for r in reports])]
    if style == "prose":
        words = {2: "two", 3: "three", 4: "four"}[len(reports)]
        parts = [f"the {report_item(r, 'paren', lang)}" for r in reports]
        return [("p", f"The {role} is supported by {words} managers: " + "; ".join(parts[:-1]) + f"; and {parts[-1]}.")]
    items = [("l", report_item(r, style, lang)) for r in reports]
    if style == "numbered":
        items = [("l", f"({'abcd'[i]}) {text}") for i, (_, text) in enumerate(items)]
    return items


def org_items(p: dict, lang: str) -> list:
    title, sup, cls = title_of(p, lang), sup_title(p, lang), p["sup"][3]
    if p["fmt"]["sup"] == "sentence":
        lead = (f"The {title} reports to the {sup} ({cls}), position {p['sup'][0]}, and is one of four executives "
                f"on the regional management team.")
    elif lang == "fr":
        lead = f"Le titulaire du poste de {title} est l'un des cadres qui relèvent du poste de {sup}."
    else:
        lead = f"The {title} is one of several executives reporting to the {sup}."
    after = ("Les postes suivants relèvent du titulaire :" if lang == "fr"
             else f"Reporting to the {title.split(',')[0]} are:")
    items = [("p", lead)]
    if p["fmt"]["reports"] != "prose":
        items.append(("p", after))
    return items + reports_items(p, lang)


def dims_items(p: dict, lang: str) -> list:
    f, lab = p["fmt"], LABELS[lang]
    fte = fmt_fte(p["fte"], f["fte"]) if p["fte"] and f["fte"] != "fte_label" else None
    money = {k: fmt_money(p[k], f["money"]) if p[k] is not None else None for k in ("salary", "om", "total")}
    if f["dims"] == "prose":
        return [("p", f"The {title_of(p, lang).split(',')[0]} manages {'a ' if fte.startswith('staff') else ''}"
                      f"{fte} and an annual budget of {money['salary']} in salaries and {money['om'] or 'no'} in "
                      f"operating and maintenance funds{'' if money['total'] is None else ', ' + money['total'] + ' in all'}.")]
    if f["dims"] == "table":
        head = ["Ressources", "Montant"] if lang == "fr" else ["Resources", "Amount"]
        rows = [[lab["salary"], money["salary"]], [lab["om"], money["om"]], [lab["total"], money["total"]]]
        return [("t", [head] + [r for r in rows if r[1]] + ([[lab["fte"], str(p["fte"])]] if p["fte"] else []))]
    if f["dims"] == "total_only":
        return [("f", "Total budget", money["total"]), ("f", "Staff", fte)]
    items = [("f", lab["salary"], money["salary"]), ("f", lab["om"], money["om"]), ("f", lab["total"], money["total"])]
    items = [i for i in items if i[2]]
    if f["fte"] == "fte_label":
        return [("f", lab["fte"], str(p["fte"]))] + items
    return ([("f", "Ressources humaines" if lang == "fr" else "Human resources", fte)] if fte else []) + items


def supervisor_items(p: dict, lang: str) -> list:
    lab, (num, _, _, cls) = LABELS[lang], p["sup"]
    style, title = p["fmt"]["sup"], sup_title(p, lang)
    if style in ("reports_to", "fr_releve"):
        pos = (f", poste no {num}" if lang == "fr" else f", position {num}") if num else ""
        return [("f", lab["reports_to"], f"{title} ({cls}){pos}")]
    if style == "sentence":
        return []
    return [("f", lab["sup_pos"], num or ("À déterminer" if lang == "fr" else "To be determined")),
            ("f", lab["sup_title"], title), ("f", lab["sup_cls"], cls)]


def ident_items(p: dict, lang: str) -> list:
    f, lab = p["fmt"], LABELS[lang]
    items = [("f", lab["title"], title_of(p, lang)), ("f", lab["cls"], fmt_cls(p["cls"], f["cls"]))]
    if p["job"]:
        items.append(("f", lab["job"], p["job"]))
    items.append(("f", lab["pos"], p["pos"]))
    if p["date"]:
        items.append(("f", lab["date"], fmt_date(p["date"], f["date"], lang)))
    items += [("f", lab["dept"], p["dept_fr"] if lang == "fr" else p["dept"])]
    if p.get("branch"):
        items.append(("f", lab["branch"], p["branch"]))
    items.append(("f", lab["loc"], location(p, f["loc"])))
    return items


def purpose(p: dict, lang: str) -> str:
    if lang == "fr":
        return f"Le titulaire {p['purpose_fr']}."
    return f"The {title_of(p, 'en').split(',')[0]} {p['purpose']}."


def signature_items(p: dict, lang: str) -> list:
    lab = LABELS[lang]
    people = p["people"]
    lines = [("h", lab["signatures"]), ("sig", f"{lab['incumbent']}: {people[0]}    Date: ______________")]
    if len(people) > 1:
        lines.append(("sig", f"{lab['supervisor']}: {people[1]}    Signature: ______________"))
    return lines


def document(p: dict, lang: str, layout: str) -> list:
    """The items of a one-language document, in the order its layout puts them."""
    lab, n = LABELS[lang], sum(map(ord, p["key"]))
    nature = NATURE_FR if lang == "fr" else NATURE_EN
    specific = SPECIFIC_FR if lang == "fr" else SPECIFIC_EN
    dept = p["dept_fr"] if lang == "fr" else p["dept"]
    paras = [("p", nature[(n + i) % len(nature)].format(dept=dept)) for i in range(2)]
    duties = [("l", specific[(n + i) % len(specific)]) for i in range(4)]
    sup_end = p["fmt"]["sup"] == "block_end"
    ident = ident_items(p, lang) + ([] if sup_end else supervisor_items(p, lang))
    if layout == "csr":
        csr = CSR_FR if lang == "fr" else CSR_EN
        body = ([("h", lab["csr"])] + [("l", c.format(dept=dept)) for c in csr] + [("h", lab["key"])] + duties +
                [("h", lab["org"])] + org_items(p, lang) + [("h", lab["dims"])] + dims_items(p, lang) +
                [("h", lab["nature"])] + paras)
    else:
        body = ([("h", lab["general"]), ("p", purpose(p, lang)), ("h", lab["org"])] + org_items(p, lang) +
                [("h", lab["nature"])] + paras + [("h", lab["dims"])] + dims_items(p, lang) +
                [("h", lab["specific"])] + duties)
    if layout == "lettered":
        body = [("h", lab["ident"])] + ident + body
    else:
        body = ident + body
    if sup_end:
        body += [("h", lab["supervisor"].upper())] + supervisor_items(p, lang)
    if p["fmt"].get("sign") or p["people"]:
        body += signature_items(p, lang)
    return body


# --- rendering as text --------------------------------------------------------------------------

def heading(text: str, number: int, style: str) -> str:
    if style == "numbered":
        return f"{number}. {text.upper()}"
    if style == "lettered":
        return f"{'ABCDEFGHIJ'[number - 1]}. {text}:"
    if style == "caps":
        return text.upper()
    return text


def table_lines(rows: list) -> list[str]:
    widths = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
    return ["".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]


def render_text(items: list, heading_style: str, fields: str = "colon", bullet: str = "- ", colon: str = ": ") -> list[str]:
    """Lines of text. ``fields``: "colon" (label: value), "next" (label, value on the next line),
    "boxes" (two boxes side by side: their labels on a line, their values on the next)."""
    out, number, pending = [], 0, []

    def flush_boxes():
        for a, b in zip(pending[::2], pending[1::2] + [None]):
            if b is None:
                out.extend([a[1].upper(), a[2]])
            else:
                width = max(44, len(a[1]) + 4, len(a[2]) + 4)
                out.append(a[1].upper().ljust(width) + b[1].upper())
                out.append(a[2].ljust(width) + b[2])
            out.append("")
        pending.clear()

    for item in items:
        if item[0] != "f" and pending:
            flush_boxes()
        if item[0] == "h":
            number += 1
            out += ["", heading(item[1], number, heading_style), ""]
        elif item[0] == "f":
            label, value = item[1], item[2]
            if fields == "boxes":
                pending.append(item)
            elif fields == "next":
                out += [label, value, ""]
            else:
                out.append(f"{label}{colon}{value}")
        elif item[0] == "p":
            out += [item[1], ""]
        elif item[0] == "l":
            out.append(item[1] if item[1].startswith("(") else bullet + item[1])
        elif item[0] == "t":
            out += [""] + table_lines(item[1]) + [""]
        elif item[0] == "sig":
            out.append(item[1])
    if pending:
        flush_boxes()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n").split("\n")


def merge_bilingual(en: list, fr: list) -> list:
    """Alternating paragraphs: each English item followed by its French one; fields and headings
    paired as ``English / Français`` labels."""
    out = []
    for a, b in zip(en, fr):
        if a[0] == "h":
            out.append(("h", f"{a[1]} / {b[1]}"))
        elif a[0] == "f":
            value = a[2] if a[2] == b[2] else f"{a[2]} / {b[2]}"
            out.append(("f", f"{a[1]} / {b[1]}", value))
        elif a[0] in ("p", "l"):
            out += [a, b] if a[1] != b[1] else [a]
        elif a[0] == "t":
            out += [a, b]
        else:
            out.append(a)
    return out


def bilingual_items(p: dict, layout: str) -> list:
    return merge_bilingual(document(p, "en", layout), document(p, "fr", layout))


def text_lines(p: dict, lang: str, layout: str) -> list[str]:
    if layout == "numbered":  # French typography: a space before the colon
        return render_text(document(p, lang, layout), "numbered", colon=" : " if lang == "fr" else ": ")
    if layout == "lettered":
        return render_text(document(p, lang, layout), "lettered", bullet="• ")
    if layout == "csr":
        return render_text(document(p, lang, layout), "caps")
    if layout == "labels_next":
        return render_text(document(p, lang, layout), "title", fields="next", bullet="* ")
    if layout == "boxes":
        items = bilingual_items(p, layout) if lang == "bilingual" else document(p, lang, layout)
        first_heading = next(n for n, i in enumerate(items) if i[0] == "h")
        ident = items[:first_heading]
        # The boxes of the old form are read row by row, not in the order of the fields.
        order = [ident[i] for i in (3, 4, 0, 1, 2, 5, 6, 7) if i < len(ident)] + ident[8:]
        rest = items[first_heading:]
        head = ["POSITION DESCRIPTION / DESCRIPTION DE POSTE", "EXECUTIVE GROUP / GROUPE DE LA DIRECTION", ""]
        return head + render_text(order, "caps", fields="boxes") + [""] + render_text(rest, "numbered")
    if layout == "alternating":
        return render_text(bilingual_items(p, "numbered"), "numbered")
    if layout == "en_fr_copies":
        return (["WORK DESCRIPTION"] + render_text(document(p, "en", "numbered"), "numbered") +
                ["", "", "DESCRIPTION DE TRAVAIL"] + render_text(document(p, "fr", "numbered"), "numbered"))
    raise ValueError(layout)


# --- damage -------------------------------------------------------------------------------------

OCR_LETTERS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("e", "c"), ("t", "l"), ("o", "a"), ("h", "b")]


def ocr_word(word: str, rng: random.Random) -> str:
    if len(word) > 4 and rng.random() < 0.08:
        a, b = rng.choice(OCR_LETTERS)
        if a in word[1:]:
            i = word.index(a, 1)
            return word[:i] + b + word[i + len(a):]
    return word


def ocr_code(text: str, rng: random.Random) -> str:
    """0 -> O, 1 -> I, 5 -> S inside codes and numbers, as the seeds show (EX-O3, IO3865, $SOOK)."""
    def swap(m: re.Match) -> str:
        s = m.group(0)
        if rng.random() < 0.5:
            s = s.replace("0", "O", 1 + (rng.random() < 0.5))
        if rng.random() < 0.25:
            s = s.replace("1", "I", 1)
        if rng.random() < 0.15:
            s = s.replace("5", "S", 1)
        return s
    return re.sub(r"\b(?:EX-)?\d[\d,.]*\d\b", swap, text)


def ocr_line(line: str, rng: random.Random, titles: list[str]) -> str:
    """Damage a line as a scan does, leaving the titles and places whole."""
    kept = {}
    for i, t in enumerate(sorted(titles, key=len, reverse=True)):
        if t and t in line:
            mark = f"\x00{chr(65 + i)}\x00"
            line, kept[mark] = line.replace(t, mark), t
    words = [ocr_word(w, rng) if "\x00" not in w else w for w in line.split(" ")]
    out = ""
    for w in words:
        gap = " " if rng.random() > 0.05 else rng.choice(["", "  "])
        out += (gap if out else "") + w
    out = ocr_code(out, rng)
    for mark, t in kept.items():
        out = out.replace(mark, t)
    return out


def protected(p: dict) -> list[str]:
    names = [p["title"], p.get("title_fr"), p["sup"][1], p["sup"][2], p["city"], p["prov"], PROVINCES_FR[p["prov"]]]
    names += [r[0] for r in p["reports"]] + [r[1] for r in p["reports"]]
    return [n for n in names if n]


def ocr_text(p: dict, lines: list[str], mode: str, footer: str, seed: str) -> str:
    rng = random.Random(seed)
    damaged = [ocr_line(line, rng, protected(p)) for line in lines]
    if mode == "run":
        pages = [" ".join(l for l in damaged[i:i + 45] if l.strip()) for i in range(0, len(damaged), 45)]
        total = len(pages)
        text = " ".join(f"{page} {footer} Page {n} of {total}".strip() if footer else page
                        for n, page in enumerate(pages, 1))
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text + "\n"
    if mode == "pages":
        pages = [" ".join(l.strip() for l in damaged[i:i + 38] if l.strip()) for i in range(0, len(damaged), 38)]
        return "\n".join(f"{page} {footer} {n}/{len(pages)}" for n, page in enumerate(pages, 1)) + "\n"
    if mode == "columns":
        split = next(i for i, l in enumerate(damaged) if re.match(r"1\. ", l))
        left = [l for l in damaged[:split] if l.strip()]
        right = [w for l in damaged[split:] for w in (textwrap.wrap(l, 62) or [""])]
        rows = []
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            rows.append(f"{a}   {b}".strip() if a else b)
            if i and i % 50 == 0:
                rows.append(f"{footer} {i // 50}")
        return "\n".join(rows) + "\n"
    raise ValueError(mode)


# --- PDF and Word ---------------------------------------------------------------------------------

def pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str], footer: str, header: str) -> bytes:
    """A PDF with a text layer (Helvetica, WinAnsiEncoding): a line at a time, placed with Tm,
    46 lines a page, a running header and a footer with the form number and the page."""
    wrapped = [w for l in lines for w in (textwrap.wrap(l, 88, break_on_hyphens=False) if l.strip() else [""])]
    pages = [wrapped[i:i + 46] for i in range(0, len(wrapped), 46)]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for n, page in enumerate(pages, 1):
        shown = [(f"{header}" if n > 1 and header else "", 810)] + [(l, 780 - 15 * i) for i, l in enumerate(page)]
        shown.append((f"{footer}    Page {n} of {len(pages)}", 30))
        ops = "".join(f"1 0 0 1 50 {y} Tm ({pdf_escape(l)}) Tj\n" for l, y in shown if l)
        stream = zlib.compress(f"BT /F1 10 Tf\n{ops}ET".encode("cp1252"), 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def fixed_zip(data: bytes) -> bytes:
    """The same .docx with fixed dates in its zip, so that every run writes the same bytes."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0)), src.read(info.filename),
                         zipfile.ZIP_DEFLATED)
    return out.getvalue()


def new_docx():
    import docx
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.author = "HR"
    return d


def save_docx(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def docx_table(d, rows: list, header: bool):
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text or ""
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def docx_bytes(p: dict, lang: str, layout: str) -> bytes:
    """A Word file: the identification in a two-column table (docx_table) or bold labels with the
    value in the same or the next paragraph (docx_paras); reports and dimensions as tables or lists."""
    d = new_docx()
    bilingual = lang == "bilingual"
    items = bilingual_items(p, "numbered") if bilingual else document(p, lang, "numbered")
    head = "DESCRIPTION DE TRAVAIL / WORK DESCRIPTION" if lang != "en" else "EXECUTIVE WORK DESCRIPTION"
    d.add_paragraph().add_run(head).bold = True
    fields = []
    number = 0
    for n, item in enumerate(items):
        if item[0] == "f" and layout == "docx_table" and number == 0:
            fields.append([item[1], item[2]])
            if n + 1 < len(items) and items[n + 1][0] == "f":
                continue
            if p["key"] == "judicial-services":  # both titles in rows of their own, labels in both languages
                fields[0:1] = [["Position Title / Titre du poste (English)", p["title"]],
                               ["Titre du poste / Position Title (français)", p["title_fr"]]]
            docx_table(d, fields, header=False)
            continue
        if item[0] == "h":
            number += 1
            d.add_paragraph().add_run(f"{number}. {item[1].upper()}").bold = True
        elif item[0] == "f":
            para = d.add_paragraph()
            para.add_run(f"{item[1]}:").bold = True
            if layout == "docx_paras" and number == 0 and n % 3 == 0:
                d.add_paragraph(item[2])  # the value in the next paragraph
            else:
                para.add_run(f" {item[2]}")
        elif item[0] == "p":
            d.add_paragraph(item[1])
        elif item[0] == "l":
            d.add_paragraph(item[1], style="List Bullet")
        elif item[0] == "t":
            docx_table(d, item[1], header=True)
        elif item[0] == "sig":
            d.add_paragraph(item[1])
    return save_docx(d)


def markdown(p: dict, lang: str, layout: str) -> str:
    items = document(p, lang, "numbered")
    out, number, table = [f"# {'Description de travail' if lang == 'fr' else 'Work Description'}", ""], 0, []
    for n, item in enumerate(items):
        if item[0] == "f" and number == 0 and layout == "md_table":
            table.append(f"| {item[1]} | {item[2]} |")
            if items[n + 1][0] != "f":
                out += ["| Champ | Valeur |" if lang == "fr" else "| Field | Value |", "|---|---|"] + table + [""]
            continue
        if item[0] == "h":
            number += 1
            out += ["", f"## {number}. {item[1]}", ""]
        elif item[0] == "f":
            out.append(f"*   **{item[1]}:** {item[2]}")
        elif item[0] == "p":
            out += [item[1], ""]
        elif item[0] == "l":
            out.append(f"*   {item[1]}")
        elif item[0] == "t":
            rows = item[1]
            out += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif item[0] == "sig":
            out.append(item[1] + "  ")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


# --- one document ---------------------------------------------------------------------------------

def render(p: dict, kind: str, layout: str) -> bytes:
    lang, f = p["lang"], p["fmt"]
    if kind == "docx":
        return docx_bytes(p, lang, layout)
    if kind == "markdown":
        return markdown(p, lang, layout).encode("utf-8")
    lines = text_lines(p, lang, layout)
    if kind == "pdf":
        return pdf_bytes(lines, f.get("footer", ""), f"{p['title']} - {p['pos']}")
    if kind in ("ocr", "ocr-columns"):
        return ocr_text(p, lines, f["ocr"], f.get("footer", ""), p["doc"]).encode("utf-8")
    if kind == "text-cp1252":
        text = "\r\n".join(lines).replace("'", "\u2019").replace(" - ", " \u2013 ") + "\r\n"
        return text.encode("cp1252")
    return ("\n".join(lines) + "\n").encode("utf-8")


def truth(p: dict, doc: str, kind: str, documents: list[str]) -> dict:
    lang = p["lang"]
    both = lang == "bilingual"

    def either(en: str, fr: str | None):
        return [en, fr] if both and fr else fr if lang == "fr" and fr else en

    fields = {
        "title": either(p["title"], p.get("title_fr")), "classification": p["cls"], "job_code": p["job"],
        "position_number": p["pos"] if p["pos"].isdigit() else None,
        "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] else None,
        "supervisor": {"position_number": p["sup"][0], "title": either(p["sup"][1], p["sup"][2]),
                       "classification": p["sup"][3]},
        "direct_reports": [{"title": either(r[0], r[1]), "classification": r[2], "fte": r[3]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
        "location": f"{p['city']}, {p['prov']}" if p["fmt"]["loc"] != "city_only" else p["city"],
    }
    if p["fmt"]["loc"] == "city_only":
        fields["location"] = p["city"]
    not_stated = [k for k, v in fields.items() if v is None] + [f"supervisor.{k}" for k, v in fields["supervisor"].items()
                                                                if v is None]
    return {"document": doc, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated,
            "also": {"fte": p["fte"], "operating_budget": None, "program_budget": None,
                     "provisional_number": p["pos"] if not p["pos"].isdigit() else None},
            "people": p["people"],
            "versions": {"position": p["pos"] if p["pos"].isdigit() else p["title"], "documents": documents,
                         "newest": True}}


# --- documents to refuse ------------------------------------------------------------------------

REFUSE = {
    "Job opportunity - Director, Regional Operations (EX-01) - Atlantic.txt": ("not-a-work-description", "en", """\
JOB OPPORTUNITY
Director, Regional Operations (EX-01)
Atlantic Region - Halifax, Nova Scotia
Selection process number: 24-XYZ-EA-ATL-0031
Closing date: 15 March 2024 - 23:59, Pacific Time

Who can apply: Persons employed in the public service occupying a position in the Atlantic region.

Salary: $128,886 to $151,620

The work
As Director, you will lead a team of 40 employees delivering programs in four provinces.

Essential qualifications
- A degree from a recognized post-secondary institution
- Significant experience managing human and financial resources
- Experience providing strategic advice to senior management

Intent of the process: a pool may be created and used to staff similar positions.
Apply online by clicking the "Apply online" button below.
Persons are entitled to participate in the appointment process in the official language of their choice.
"""),
    "Org chart notes - Science Branch restructuring.md": ("not-a-work-description", "en", """\
# MEMORANDUM / NOTE DE SERVICE

**To:** Director General, Science Programs
**From:** Manager, Organizational Design
**Subject:** Org chart changes for the Science Branch - notes from the meeting of 12 May

Notes taken at the meeting on the proposed organization chart:

*   Box 3 (Director, Laboratory Services, EX-01) moves under the new Executive Director (EX-02).
*   The two Section Heads (BI-04) stay where they are; their positions keep their numbers.
*   Classification to confirm: the Executive Director box is drawn at EX-02 but the rationale is not written yet.
*   FTE counts on the chart are from March and need to be refreshed (the lab shows 42, not 38).

Action items: HR to redraw the chart; Finance to confirm the salary budget; next meeting 26 May.
"""),
    "Lettre d'offre - nomination intérimaire.txt": ("not-a-work-description", "fr", """\
Gatineau, le 3 octobre 2022

Madame Édith Longpré
Gestionnaire, Opérations régionales

Objet : Offre de nomination intérimaire - Directrice, Services régionaux (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de directrice, Services régionaux (EX-01),
numéro de poste 48810, du 17 octobre 2022 au 31 mars 2023. Votre rémunération sera établie conformément à la
Politique sur les conditions d'emploi.

Veuillez confirmer votre acceptation de la présente offre en signant l'exemplaire ci-joint et en nous le
retournant d'ici le 10 octobre 2022.

Je vous prie d'agréer, Madame, l'expression de mes sentiments distingués.

Le directeur général, Opérations régionales,
Jean-Philippe Saint-Amour
"""),
    "scan 0192 - illisible.txt": ("unreadable", "en", None),
    "Work description - draft (empty).docx": ("unreadable", "en", None),
}


def garbage_scan() -> str:
    rng = random.Random("scan 0192")
    glyphs = "ıl|!1I;:.,'`~-_=+^°*#%&()[]{}/\\ oO0cCeé"
    pages = []
    for n in range(1, 4):
        words = ["".join(rng.choice(glyphs) for _ in range(rng.randint(1, 7))) for _ in range(220)]
        pages.append(" ".join(words) + f" TBS/SCT 3252 {n}")
    return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + " ".join(pages) + "\n"


def refusal_bytes(name: str, text: str | None) -> bytes:
    if name.endswith(".docx"):
        return save_docx(new_docx())
    return (garbage_scan() if text is None else text).encode("utf-8")


# --- the corpus -----------------------------------------------------------------------------------

def main() -> int:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for folder in (corpus, expected):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    by_key = {p["key"]: p for p in POSITIONS}
    second = {key: (doc, kind, layout, fmt) for key, doc, kind, layout, fmt in SECOND_VERSIONS}
    jobs = []
    for p in POSITIONS:
        docs = [p["doc"]] + ([second[p["key"]][0]] if p["key"] in second else [])
        jobs.append((p, p["doc"], p["kind"], p["layout"], docs))
        if p["key"] in second:
            doc, kind, layout, fmt = second[p["key"]]
            q = dict(p, fmt=dict(p["fmt"], **{k: v for k, v in fmt.items() if k != "lang"}), doc=doc,
                     lang=fmt.get("lang", p["lang"]))
            jobs.append((q, doc, kind, layout, docs))
    for p, doc, kind, layout, docs in jobs:
        (corpus / doc).write_bytes(render(p, kind, layout))
        record = truth(p, doc, kind, docs)
        record["versions"]["newest"] = doc == docs[-1]
        dump(expected / f"{doc}.expected.yaml", record)
    for name, (kind, lang, text) in REFUSE.items():
        (corpus / name).write_bytes(refusal_bytes(name, text))
        dump(expected / f"{name}.expected.yaml", {"document": name, "kind": kind, "language": lang, "outcome": "refuse"})
    assert len(by_key) == len(POSITIONS)
    print(f"{len(jobs)} work descriptions and {len(REFUSE)} documents to refuse written to {corpus}")
    return 0


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
