"""Writes the blind76 corpus (corpus/) and its ground truth (expected/), byte for byte the same on
every run: a fisheries department's executive classification archive kept by one classification
advisor from 2004 to 2026 (several versions of a position, Word drafts with tracked changes and
comments, scans of signed originals, text pasted from the HR system, regional directors in six
regions). Run with the project's Python: python bench/import/blind76/make_blind.py"""

import io
import random
import re
import shutil
import sys
import textwrap
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

from positions import LOC, POSITIONS, REGIONS  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
from texts import CERT, CSR, DIM_LABELS, LABELS, MONTHS_EN, MONTHS_FR, PROSE, SECTIONS  # noqa: E402

ADVISOR = "Martine Boudreau"
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------------
# notations


def fmt_cls(c, style):
    if c is None:
        return None
    if style == "space":
        return c[::-1].replace("-", " ", 1)[::-1]
    if style == "short":
        return re.sub(r"-0(\d)$", r"-\1", c)
    if style == "nodash" and c.startswith("EX"):
        return c.replace("-", "")
    if style == "paren":
        return f"({c})"
    return c


def fmt_date(iso, style):
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "long":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "dmy":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "abbr":
        return f"{MONTHS_EN[m - 1][:3]}. {d}, {y}"
    if style == "th":
        suf = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{MONTHS_EN[m - 1]} {d}{suf}, {y}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "oracle":
        return f"{d:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "fr":
        return f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if style == "fr_le":
        return f"le {'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if style == "dotted":
        return f"{d:02d}.{m:02d}.{y}" if d > 12 else iso
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}" if d > 12 else iso
    return iso


def _dec(n, unit):
    for places in range(0, 4):
        v = n / unit
        if round(v, places) * unit == n or abs(round(v, places) * unit - n) < 1e-6:
            return f"{v:.{places}f}"
    return None


def fmt_amt(n, style, sep=" "):
    grp = f"{n:,}"
    if style == "full":
        return f"${grp}"
    if style == "bare":
        return grp
    if style in ("M", "million", "Mspace"):
        v = _dec(n, 1_000_000)
        if v is None:
            return f"${grp}"
        return {"M": f"${v}M", "million": f"${v} million", "Mspace": f"$ {v} M"}[style]
    if style == "K":
        return f"${n // 1000:,}K"
    if style == "Kplain":
        return f"${n // 1000}K"
    frgrp = grp.replace(",", sep)
    if style == "fr_full":
        return f"{frgrp}{sep}$"
    if style == "fr_cents":
        return f"{frgrp},00{sep}$"
    if style in ("fr_M", "fr_millions"):
        v = _dec(n, 1_000_000)
        if v is None:
            return f"{frgrp}{sep}$"
        v = v.replace(".", ",")
        return f"{v}{sep}M$" if style == "fr_M" else f"{v} millions de dollars"
    if style == "fr_k":
        return f"{(n // 1000):,}".replace(",", sep) + f"{sep}k$"
    raise ValueError(style)


def fmt_fte(n, style):
    return {"FTEs": f"{n} FTEs", "FTE": f"{n} FTE", "staff": f"staff of {n}", "ETP": f"{n} ETP",
            "effectif": f"effectif de {n}", "PY": f"{n} FTE's"}[style]


DUTIES_EN = [("Ocean", "oceanographic research, ocean monitoring and climate programs"),
             ("Population", "stock assessment and population research on commercial species"),
             ("Stock", "stock assessment surveys and models"),
             ("Hydrograph", "hydrographic surveys, charting and the regional hydrographic program"),
             ("Chart", "the production and maintenance of nautical charts"),
             ("Tides", "the tides, currents and water levels network"),
             ("Licens", "licensing, registration and quota administration"),
             ("Aquaculture", "aquaculture management, site licensing and research"),
             ("Habitat", "the review of projects affecting fish and fish habitat"),
             ("Species", "species at risk listing, recovery and permitting"),
             ("Enforcement", "enforcement patrols, inspections and investigations"),
             ("Advice", "the peer review of science advice and its publication"),
             ("Vessel", "science vessel time, field logistics and safety"),
             ("Ecosystem", "ecosystem research and monitoring"),
             ("Resource", "fisheries management plans and resource management"),
             ("Planning", "planning, reporting and coordination"),
             ("Business", "financial planning, procurement and administration")]
DUTIES_FR = [("Hydrograph", "les levés hydrographiques et la cartographie"),
             ("Cartograph", "la production des cartes marines"),
             ("Marées", "le réseau des marées et des niveaux d'eau"),
             ("Permis", "la délivrance des permis et la conformité"),
             ("Espèces", "l'inscription et le rétablissement des espèces en péril"),
             ("habitat", "l'examen des projets touchant le poisson et son habitat"),
             ("Avis", "l'examen par les pairs des avis scientifiques"),
             ("aquaculture", "la recherche et la gestion en aquaculture"),
             ("Ports", "l'exploitation et l'entretien des ports"),
             ("Ingénierie", "les projets d'ingénierie et d'immobilisations"),
             ("ressource", "les plans de gestion des pêches"),
             ("Sciences", "la recherche et la surveillance scientifiques")]


def duty(title, lang):
    for key, text in (DUTIES_FR if lang == "fr" else DUTIES_EN):
        if key.lower() in title.lower():
            return text
    return ("la planification et la prestation du programme de l'unité" if lang == "fr"
            else "the planning and delivery of the unit's program")


def report_line(r, style, lang, clsfmt="dash"):
    t = r["fr"] if lang == "fr" else r["en"]
    c = fmt_cls(r["cls"], clsfmt) if r["cls"] else None
    n = r["fte"]
    d = duty(t, lang)
    if lang == "fr":
        ftes = f"{n} ETP" if n is not None else None
        if style == "effectif":
            parts = [t] + ([c] if c else []) + ([f"effectif de {n}"] if n is not None else [])
            return " – ".join(parts)
        if style == "dash":
            return (f"{c} – " if c else "") + t + (f" ({ftes})" if ftes else "")
        inner = ", ".join(x for x in (c, ftes) if x)
        return f"{t} ({inner}) : responsable {de(d)}" if inner else f"{t} : responsable {de(d)}"
    ftes = f"{n} FTEs" if n is not None else None
    if style == "dash":
        return (f"{c} - " if c else "") + t + (f" ({n} FTE)" if n is not None else "")
    if style == "staff":
        return t + (f" ({c})" if c else "") + (f", staff of {n}" if n is not None else "") + f", responsible for {d}"
    if style == "endash":
        return " – ".join([t] + ([c] if c else []) + ([ftes] if ftes else []))
    if style == "bracket":
        return t + (f" [{c}]" if c else "") + (f" ({ftes})" if ftes else "")
    inner = ", ".join(x for x in (c, ftes) if x)
    return f"{t} ({inner}): responsible for {d}" if inner else f"{t}: responsible for {d}"


# --------------------------------------------------------------------------------------------------
# the truth and the blocks of one document


def version(doc):
    p = POSITIONS[doc["pos"]]
    v = dict(p["versions"][doc["ver"]])
    v["p"] = p
    return v


def ctx(p, lang):
    reg = REGIONS[p["region"]]
    l2 = "fr" if lang == "fr" else "en"
    title = p[l2]
    prog = p.get(f"program_{l2}", "")
    inst = reg[f"inst_{l2}"]
    vowel = inst[:1].lower() in "aeiouéî"
    fem = inst.startswith("Station")
    return dict(title=title, region=reg[l2], area=reg[f"area_{l2}"], institute=inst,
                inst_de=("de l'" if vowel else "de la " if fem else "du ") + inst,
                inst_le=("l'" if vowel else "la " if fem else "le ") + inst,
                program=prog, program_cap=prog[:1].upper() + prog[1:], program_de=de(prog))


def de(s):
    """French 'de' before a noun phrase: des, du, de la, de l'."""
    for a, b in (("les ", "des "), ("le ", "du "), ("la ", "de la "), ("l'", "de l'")):
        if s.startswith(a):
            return b + s[len(a):]
    return "de " + s


def prose(p, lang):
    fam = PROSE[p["family"]]
    text = p.get(f"prose_{lang}") or fam.get(lang) or fam["en"]
    c = ctx(p, lang)
    out = dict(ga=text["ga"].format(**c), ns=[x.format(**c) for x in text["ns"]],
               sa=[x.format(**c) for x in text["sa"]])
    if lang == "fr" and c["title"].startswith("Directrice"):
        out["ga"] = "La" + out["ga"][2:] if out["ga"].startswith("Le ") else out["ga"]
    return out


def truth(doc):
    v = version(doc)
    p = v["p"]
    lang = doc["lang"]
    omit = set(doc.get("omit", ()))
    l2 = "fr" if lang == "fr" else "en"
    sup = v.get("sup")
    reports = [dict(title=r["fr"] if l2 == "fr" else r["en"], classification=r["cls"], fte=r["fte"])
               for r in v["reports"]]
    f = dict(title=p[l2], classification=v["cls"], job_code=v["job"], position_number=p["pos"],
             effective_date=v["date"],
             supervisor=dict(position_number=sup["no"] if sup else None,
                             title=(sup["fr"] if l2 == "fr" else sup["en"]) if sup else None,
                             classification=sup["cls"] if sup else None),
             direct_reports=reports, salary=v["sal"], o_and_m=v["om"], total=v["tot"],
             location=LOC[p["loc"]][1 if l2 == "fr" else 0])
    if doc.get("loc_as"):
        f["location"] = doc["loc_as"]
    not_stated = []
    for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
              "o_and_m", "total", "location"):
        if k in omit or f[k] is None:
            f[k] = None
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if f"sup_{k}" in omit or f["supervisor"][k] is None:
            f["supervisor"][k] = None
            not_stated.append(f"supervisor.{k}")
    if "direct_reports" in omit:
        f["direct_reports"] = []
        not_stated.append("direct_reports")
    also = dict(fte=None if "fte" in omit else v["fte"], operating_budget=None, program_budget=None,
                provisional_number=None)
    if lang == "bi":
        also["title_fr"] = p["fr"]
    if sup and sup["no"] in {q["pos"] for q in POSITIONS.values()} and "sup_position_number" not in omit:
        also["reports_to_in_corpus"] = sup["no"]
    return f, not_stated, also


def label_set(doc):
    return LABELS[doc["labels"]]


def header_values(doc, v):
    """(field, value) pairs of the header, in the label set's order, notations applied."""
    p = v["p"]
    lang = doc["lang"]
    omit = set(doc.get("omit", ()))
    l2 = "fr" if lang == "fr" else "en"
    sup = v["sup"]
    title = p[l2] if lang != "bi" or doc.get("bi_title") != "both" else f"{p['en']} / {p['fr']}"
    loc = doc.get("loc_as") or LOC[p["loc"]][1 if l2 == "fr" else 0]
    date = v["date"]
    vals = dict(title=title, classification=fmt_cls(v["cls"], doc.get("cls", "dash")), job_code=v["job"],
                position_number=p["pos"],
                effective_date=fmt_date(date, doc.get("date", "iso")) if date else doc.get("date_missing"),
                location=loc, sup_no=sup["no"], sup_title=sup["fr"] if l2 == "fr" else sup["en"],
                sup_cls=fmt_cls(sup["cls"], doc.get("cls", "dash")))
    if doc.get("sup", "fields") != "fields":
        for k in ("sup_no", "sup_title", "sup_cls"):
            vals[k] = None
    out = []
    for field in ("title", "classification", "job_code", "position_number", "effective_date", "location",
                  "sup_no", "sup_title", "sup_cls"):
        if field in omit or vals[field] is None:
            continue
        out.append((field, vals[field]))
    if "job_code" not in omit and v["job"] is None and doc.get("job_blank"):
        out.insert(2, ("job_code", doc["job_blank"]))
    order = doc.get("hdr_order")
    if order:
        out.sort(key=lambda fv: order.index(fv[0]) if fv[0] in order else 99)
    return out


FIELD_INDEX = {f: i for i, f in enumerate(["title", "classification", "job_code", "position_number",
                                             "effective_date", "location", "sup_no", "sup_title", "sup_cls"])}


def sup_sentence(doc, v, lang):
    p = v["p"]
    sup = v["sup"]
    mode = doc.get("sup", "fields")
    c = fmt_cls(sup["cls"], doc.get("cls", "dash"))
    if lang == "fr":
        t = p["fr"]
        st = sup["fr"]
        de = "de la" if st.startswith(("Directrice", "Sous-ministre adjointe")) else "du"
        st_l = st[0].lower() + st[1:]
        if mode == "sentence":
            return f"Le {t[0].lower() + t[1:]} relève {de} {st_l} ({c}, poste no {sup['no']})."
        return f"Le titulaire relève {de} {st_l} ({c})."
    t = p["en"]
    if mode == "sentence":
        return f"The {t} reports to the {sup['en']} ({c}), position number {sup['no']}."
    return f"The {t} reports directly to the {sup['en']} ({c})."


def dims_items(doc, v, lang):
    omit = set(doc.get("omit", ()))
    labels = DIM_LABELS["fr" if lang == "fr" else "en"][doc.get("dimset", 0)]
    style = doc.get("amt", "full" if lang != "fr" else "fr_full")
    if lang == "fr" and doc["lang"] == "bi":
        style = doc.get("amt_fr", "fr_full")
    sep = doc.get("sep", " ")
    items = []
    fte_item = None
    if "fte" not in omit:
        fte_item = (labels[3], str(v["fte"]))
    for i, key in enumerate(("sal", "om", "tot")):
        field = ("salary", "o_and_m", "total")[i]
        if field in omit:
            continue
        items.append((labels[i], fmt_amt(v[key], style, sep)))
    if fte_item:
        if doc.get("fte_first"):
            items.insert(0, fte_item)
        else:
            items.append(fte_item)
    return items


def fr_du(s):
    return s.replace("du directrice", "de la directrice")


def blocks(doc, lang=None, body_only=False, no_sig=False):
    """The document as blocks: ('title', s), ('kv', label, value), ('h', s), ('p', s),
    ('list', items, numbered), ('table', head, rows), ('sig', lines)."""
    v = version(doc)
    p = v["p"]
    lang = lang or doc["lang"]
    l2 = "fr" if lang == "fr" else "en"
    S = SECTIONS[l2]
    pr = prose(p, l2)
    out = []
    if not body_only:
        out.append(("title", doc.get("doc_title", "EXECUTIVE GROUP POSITION DESCRIPTION" if l2 == "en"
                                     else "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION")))
        if doc.get("dept_line"):
            out.append(("p", doc["dept_line"]))
        labels = label_set(doc)
        for field, value in header_values(doc, v):
            out.append(("kv", labels[FIELD_INDEX[field]], value))
            if field == "title" and doc.get("bi_title") == "two":
                out.append(("kv", "Titre (français)", p["fr"]))
        if doc.get("sup") == "kv_line":
            sup = v["sup"]
            lab = {"en": "Reports to", "fr": "Relève de", "bi": "Reports to / Relève de"}[lang]
            st = sup["fr"] if l2 == "fr" else sup["en"]
            out.append(("kv", lab, f"{st} ({fmt_cls(sup['cls'], doc.get('cls', 'dash'))})"))
        if doc.get("incumbent_top") and v["people"]["incumbent"]:
            out.append(("kv", "Titulaire" if l2 == "fr" else "Incumbent", v["people"]["incumbent"]))
    sections = doc.get("order", ["ga", "org", "ns", "dim", "sa", "cert"])
    for sec in sections:
        if sec == "ga":
            if doc.get("csr"):
                h1, h2, res = CSR[l2]
                out.append(("h", h1))
                prog = doc.get("csr_program") or ctx(p, l2)["program"]
                out.append(("p", res.format(program=de(prog) if l2 == "fr" else prog)))
                out.append(("h", h2))
                out.append(("list", pr["sa"], False))
            else:
                out.append(("h", S["ga"]))
                out.append(("p", pr["ga"]))
        elif sec == "org":
            out.append(("h", S["org"]))
            if doc.get("sup") in ("sentence", "sentence_nonum"):
                out.append(("p", sup_sentence(doc, v, l2)))
            reps = v["reports"]
            if "direct_reports" in doc.get("omit", ()):
                continue
            rs = doc.get("reports", "paren")
            t = p[l2]
            if rs == "table":
                head = (["Poste", "Groupe/niveau", "ETP"] if l2 == "fr" else ["Position", "Group/Level", "FTEs"])
                rows = [[r[l2], fmt_cls(r["cls"], doc.get("rcls", "dash")) or "",
                         "" if r["fte"] is None else str(r["fte"])] for r in reps]
                out.append(("p", fr_du(S["reports"].format(title=t[0].lower() + t[1:] if l2 == "fr" else t))))
                out.append(("table", head, rows))
            elif rs == "prose":
                parts = []
                for r in reps:
                    inner = ", ".join(x for x in (r["cls"], f"{r['fte']} FTEs" if r["fte"] is not None else None) if x)
                    parts.append(f"the {r['en']} ({inner})")
                out.append(("p", f"The {t} is supported by " + ", ".join(parts[:-1]) + f" and {parts[-1]}. "
                            "Each manages a multidisciplinary team and is accountable for the delivery of its part "
                            "of the program."))
            else:
                out.append(("p", fr_du(S["reports"].format(title=t[0].lower() + t[1:] if l2 == "fr" else t))))
                out.append(("list", [report_line(r, rs, l2, doc.get("rcls", "dash")) for r in reps], False))
        elif sec == "ns":
            out.append(("h", S["ns"]))
            for para in pr["ns"]:
                out.append(("p", para))
        elif sec == "dim":
            out.append(("h", S["dim"]))
            items = dims_items(doc, v, l2)
            ds = doc.get("dims", "kv")
            if ds == "table":
                out.append(("table", ["", "$" if l2 == "en" else "$"], [list(x) for x in items]))
            elif ds == "sentence":
                d = dict(items)
                lab = DIM_LABELS[l2][doc.get("dimset", 0)]
                if l2 == "fr":
                    out.append(("p", f"La direction compte {v['fte']} ETP. Budget salarial : {d[lab[0]]}; "
                                     f"fonctionnement et entretien : {d[lab[1]]}; total : {d[lab[2]]}."))
                else:
                    out.append(("p", f"The branch has {v['fte']} FTEs, a salary budget of {d[lab[0]]} and an O&M "
                                     f"budget of {d[lab[1]]}, for a total of {d[lab[2]]}."))
            else:
                for k, val in items:
                    out.append(("kv", k, val))
        elif sec == "sa":
            if doc.get("csr"):
                continue
            out.append(("h", S["sa"]))
            out.append(("list", pr["sa"], True))
        elif sec == "cert":
            out.append(("h", S["cert"]))
            out.append(("p", CERT[l2]))
            if not no_sig:
                out.append(("sig", sig_lines(doc, v, l2)))
    return out


def sig_lines(doc, v, l2):
    ppl = v["people"]
    lines = []
    sd = doc.get("sign_date")
    if ppl.get("incumbent") and not doc.get("incumbent_top"):
        lines.append(("Titulaire : " if l2 == "fr" else "Incumbent: ") + ppl["incumbent"])
        lines.append(("Signature : ______________________   Date : " if l2 == "fr"
                      else "Signature: ______________________   Date: ") + (sd or ""))
    if ppl.get("signer"):
        name, role = ppl["signer"]
        if doc.get("signed_original"):
            lines.append("ORIGINAL SIGNÉ PAR" if l2 == "fr" else "ORIGINAL SIGNED BY")
        lines.append(f"{name}, {role}")
        lines.append(("Date : " if l2 == "fr" else "Date: ") + (sd or ""))
    if doc.get("advisor"):
        lines.append(doc["advisor"])
    return lines


# --------------------------------------------------------------------------------------------------
# renderers: plain text, Markdown, Word, PDF, OCR


def heading(s, style, n):
    if style == "caps":
        return [s.upper()]
    if style == "num":
        return [f"{n}. {s.upper()}"]
    if style == "under":
        return [s, "-" * len(s)]
    if style == "colon":
        return [s + ":"]
    if style == "letter":
        return [f"{'ABCDEFGHIJ'[n - 1]}) {s}"]
    return [s]


def kv_line(label, value, style, width=34):
    if style == "next":
        return [label, "    " + value]
    if style == "dots":
        return [label + " " + "." * max(3, width - len(label)) + " " + value]
    if style == "tabs":
        return [label + ":\t" + value]
    if style == "caps":
        return [label.upper() + ": " + value]
    if style == "pad":
        return [(label + ":").ljust(width) + value]
    if style == "frcolon":
        return [label + " : " + value]
    return [label + ": " + value]


def to_text(bl, doc, width=None):
    hs = doc.get("heading", "caps")
    ks = doc.get("kv", "colon")
    lines = []
    n = 0
    for b in bl:
        if b[0] == "title":
            lines += [b[1], ""]
        elif b[0] == "kv":
            lines += kv_line(b[1], b[2], ks)
        elif b[0] == "h":
            n += 1
            lines += [""] + heading(b[1], hs, n) + [""]
        elif b[0] == "p":
            lines += (textwrap.wrap(b[1], width, break_on_hyphens=False) if width else [b[1]]) + [""]
        elif b[0] == "list":
            for i, item in enumerate(b[1], 1):
                mark = f"{i}. " if b[2] else doc.get("bullet", "- ")
                if width:
                    w = textwrap.wrap(item, width - len(mark), break_on_hyphens=False)
                    lines += [mark + w[0]] + [" " * len(mark) + x for x in w[1:]]
                else:
                    lines.append(mark + item)
            lines.append("")
        elif b[0] == "table":
            cols = list(zip(*([b[1]] + b[2])))
            ws = [max(len(x) for x in c) + 3 for c in cols]
            for row in [b[1]] + b[2]:
                lines.append("".join(x.ljust(w) for x, w in zip(row, ws)).rstrip())
            lines.append("")
        elif b[0] == "sig":
            lines += [""] + b[1]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def to_md(bl, doc):
    lines = []
    for b in bl:
        if b[0] == "title":
            lines += [f"# {b[1]}", ""]
        elif b[0] == "kv":
            lines.append(f"*   **{b[1]}:** {b[2]}" if doc.get("md_kv", "bullet") == "bullet"
                         else f"**{b[1]}** : {b[2]}  ")
        elif b[0] == "h":
            if lines and lines[-1] != "":
                lines.append("")
            lines += [f"## {b[1]}", ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "list":
            for i, item in enumerate(b[1], 1):
                lines.append(f"{i}.  {item}" if b[2] else f"*   {item}")
            lines.append("")
        elif b[0] == "table":
            lines.append("| " + " | ".join(b[1]) + " |")
            lines.append("|" + "|".join("---" for _ in b[1]) + "|")
            for r in b[2]:
                lines.append("| " + " | ".join(r) + " |")
            lines.append("")
        elif b[0] == "sig":
            lines += [x + "  " for x in b[1]]
    return "\n".join(lines).rstrip() + "\n"


# --- OCR damage ------------------------------------------------------------------------------------

DIGIT_SUB = {"0": ["O"], "1": ["I", "l"], "5": ["S"], "8": ["B"], "6": ["b"], "2": ["Z"]}
LETTER_SUB = [("m", "rn"), ("rn", "m"), ("e", "c"), ("l", "I"), ("i", "l"), ("h", "b"), ("cl", "d"),
              ("tt", "ll"), ("a", "o"), ("u", "v"), ("é", "e"), ("è", "e"), ("ô", "o")]


def dmg_digits(s, rng, p):
    def tok(m):
        t = m.group(0)
        if not any(ch.isdigit() for ch in t):
            return t
        out = []
        for ch in t:
            if ch in DIGIT_SUB and ch not in "62" and rng.random() < p:
                out.append(rng.choice(DIGIT_SUB[ch]))
            elif ch in "62" and rng.random() < p / 6:
                out.append(DIGIT_SUB[ch][0])
            else:
                out.append(ch)
        return "".join(out)
    return re.sub(r"\S+", tok, s)


def dmg_letters(s, rng, p):
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < p:
            a, b = rng.choice(LETTER_SUB)
            if a in w:
                i = w.index(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        s += w
        if i < len(out) - 1:
            s += "" if rng.random() < p / 4 else " "
    return s


def ocr_lines(bl, doc, rng, width=78):
    """Text of the blocks as a scan's OCR: values damaged in digits, prose in letters too."""
    pd, pl = doc.get("dmg", (0.35, 0.08))
    lines = []
    for ln in to_text(bl, doc, width=width):
        is_prose = len(ln) > 50 and ":" not in ln[:40]
        ln = dmg_digits(ln, rng, pd)
        if is_prose:
            ln = dmg_letters(ln, rng, pl)
        lines.append(ln)
    # hyphenate some line ends the way a scan of a typed page does
    out = []
    carry = ""
    for ln in lines:
        ln = carry + ln
        carry = ""
        words = ln.split(" ")
        if len(ln) > 60 and len(words[-1]) > 8 and rng.random() < 0.25 and words[-1].isalpha():
            w = words[-1]
            cut = len(w) // 2
            out.append(" ".join(words[:-1] + [w[:cut] + "-"]))
            carry = w[cut:] + " "
            continue
        out.append(ln)
    if carry:
        out.append(carry.strip())
    return out


def paginate(lines, header, per_page, footer_style, total_hint=None):
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1 and header:
            out.append(header)
        out += pg
        if footer_style == "of":
            out += ["", f"Page {i} of {n}"]
        elif footer_style == "de":
            out += ["", f"Page {i} de {n}"]
        elif footer_style == "dash":
            out += ["", f"- {i} -"]
        if i < n and footer_style != "none":
            out.append("\f" if footer_style == "ff" else "")
    return out


# --- Word ------------------------------------------------------------------------------------------

FIXED = datetime(2026, 1, 5, 9, 0, 0, tzinfo=timezone.utc)


class Rev:
    def __init__(self):
        self.n = 100

    def next(self):
        self.n += 1
        return str(self.n)


def add_tracked(par, old, new, author, date, rev):
    if old:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), rev.next())
        d.set(qn("w:author"), author)
        d.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = old
        r.append(t)
        d.append(r)
        par._p.append(d)
    if new:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), rev.next())
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = new
        r.append(t)
        ins.append(r)
        par._p.append(ins)


def deleted_paragraph(docu, text, author, date, rev, style=None):
    par = docu.add_paragraph(style=style)
    ppr = par._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), rev.next())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rpr.append(d)
    ppr.append(rpr)
    add_tracked(par, text, None, author, date, rev)
    return par


def to_docx(bl, doc, extra=None):
    """Word file of the blocks; extra: tracked changes and comments keyed by kv field label or
    list item."""
    extra = extra or {}
    rev = Rev()
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Arial")
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "BOUDREAUM"
    cp.last_modified_by = "BOUDREAUM"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = ""
    hdr_table = doc.get("hdr_table", True)
    kv_rows = []
    track = extra.get("track", {})  # label -> (old, new)
    comments = extra.get("comments", {})  # label or text fragment -> (text, author, initials)
    date = extra.get("date", "2019-06-03T10:15:00Z")

    def flush():
        if not kv_rows:
            return
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in kv_rows:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            par = cells[1].paragraphs[0]
            if lab in track:
                old, new = track[lab]
                if val != new:
                    par.add_run(val)
                add_tracked(par, old, new, extra.get("author", ADVISOR), date, rev)
            else:
                run = par.add_run(val)
                if lab in comments:
                    text, author, ini = comments[lab]
                    c = d.add_comment(run, text=text, author=author, initials=ini)
                    c._comment_elm.set(qn("w:date"), date)
        kv_rows.clear()
        d.add_paragraph()

    in_header = True
    for b in bl:
        if b[0] == "kv" and hdr_table and in_header:
            kv_rows.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "title":
            par = d.add_paragraph()
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif b[0] == "kv":
            par = d.add_paragraph()
            r = par.add_run(b[1] + (":\t" if doc.get("docx_kv") == "tab" else ": "))
            r.bold = True
            if b[1] in track:
                old, new = track[b[1]]
                add_tracked(par, old, new, extra.get("author", ADVISOR), date, rev)
            else:
                run = par.add_run(b[2])
                if b[1] in comments:
                    text, author, ini = comments[b[1]]
                    c = d.add_comment(run, text=text, author=author, initials=ini)
                    c._comment_elm.set(qn("w:date"), date)
        elif b[0] == "h":
            in_header = False
            if doc.get("docx_headings", "styled") == "styled":
                d.add_heading(b[1], level=2)
            else:
                par = d.add_paragraph()
                r = par.add_run(b[1].upper())
                r.bold = True
        elif b[0] == "p":
            par = d.add_paragraph()
            run = par.add_run(b[1])
            for frag, (text, author, ini) in comments.items():
                if frag == b[1][:len(frag)]:
                    c = d.add_comment(run, text=text, author=author, initials=ini)
                    c._comment_elm.set(qn("w:date"), date)
            for prefix, note in extra.get("leftover_after", {}).items():
                if b[1].startswith(prefix):
                    r2 = par.add_run(" " + note)
                    r2.font.highlight_color = 7
        elif b[0] == "list":
            for item in b[1]:
                style = "List Number" if b[2] else "List Bullet"
                if item in extra.get("delete_items", ()):
                    deleted_paragraph(d, item, extra.get("author", ADVISOR), date, rev, style=style)
                else:
                    par = d.add_paragraph(style=style)
                    par.add_run(item)
                if item in extra.get("insert_after", {}):
                    new = extra["insert_after"][item]
                    par2 = d.add_paragraph(style=style)
                    add_tracked(par2, None, new, extra.get("author", ADVISOR), date, rev)
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for row in b[2]:
                cells = t.add_row().cells
                for c, x in zip(cells, row):
                    c.text = x
            d.add_paragraph()
        elif b[0] == "sig":
            for ln in b[1]:
                d.add_paragraph(ln)
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return normalized_zip(buf.getvalue())


def normalized_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            body = re.sub(rb'w:date="[^"]*"', lambda m: m.group(0) if b"T" in m.group(0) and b"2026" not in m.group(0)
                          else b'w:date="2026-01-05T09:00:00Z"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


# --- PDF -------------------------------------------------------------------------------------------

def to_pdf(lines, header=None, footer=None, per_page=64, width=100):
    wrapped = []
    for ln in lines:
        if len(ln) > width:
            wrapped += textwrap.wrap(ln, width, break_on_hyphens=False, subsequent_indent="")
        else:
            wrapped.append(ln)
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)]
    texts = []
    for i, pg in enumerate(pages, 1):
        body = ([header, ""] if header else []) + pg
        if footer:
            body += ["", footer.format(i=i, n=len(pages))]
        texts.append("\n".join(body))
    return pdf_bytes(texts)


# --------------------------------------------------------------------------------------------------
# one document: its blocks in its languages, then its file

WRAPPER = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"
ST = "Sophie Tremblay-Hicks"


def doc_blocks(doc):
    if doc["lang"] != "bi":
        return blocks(doc)
    en = blocks(doc)
    fr = blocks(doc, lang="fr", body_only=True, no_sig=True)
    return en + [("h", "VERSION FRANÇAISE")] + fr


def curly(s):
    return s.replace("'", "\u2019")


def hr_header(doc, v):
    p = v["p"]
    h = doc["hr"]
    grp, lvl = v["cls"].split("-")
    if h["style"] == "grid":
        cols = ["Position Number", "Eff Date", "Eff Status", "Description", "Business Unit", "Job Code",
                "Reports To", "Location", "Sal Plan", "Grade"]
        row = [p["pos"], fmt_date(v["date"], "slash"), "A", h["descr"], "DFO01", v["job"] or "",
               v["sup"]["no"], h["loc_short"], grp, lvl]
        return ["\t".join(cols), "\t".join(row), "", "Description (Long):", ""]
    bar = "=" * 92
    return [f"DFO-MPO HRMS - POSITION DATA{' ' * 34}Run Date: {h['run_date']}", bar,
            f"Position Nbr:    {p['pos']:<30}Eff Date:    {fmt_date(v['date'], 'oracle')}",
            f"Status:          {'Approved':<30}Action:      {h['action']}",
            "Business Unit:   DFO01   Fisheries and Oceans Canada",
            f"Descr:           {h['descr']}",
            f"Job Code:        {(v['job'] or ''):<30}Sal Plan:    {grp}      Grade:  {lvl}",
            f"Reports To:      {v['sup']['no']}   {h['reports_to_short']}",
            f"Location:        {h['loc_code']}  {h['loc_short']}", bar, "Position Description Text:", ""]


def noise(rng, n):
    return "".join(rng.choice("~-_/\\|!;:,.'*()ilI1 ") for _ in range(n))


def ocr_text(doc, rng):
    bl = doc_blocks(doc)
    lines = ocr_lines(bl, doc, rng)
    lines = [ln.replace("______________________", noise(rng, 18)) for ln in lines]
    style = doc.get("ocr", "lines")
    if style == "lines":
        lines = paginate(lines, doc.get("header"), doc.get("per_page", 52), doc.get("footer_style", "of"))
        text = "\n".join(lines)
    elif style == "run":
        text = " ".join(x.strip() for x in lines if x.strip())
    else:  # a page to a line, the page number run into its first words
        per = doc.get("per_page", 45)
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        out = []
        for i, pg in enumerate(pages, 1):
            body = " ".join(x.strip() for x in pg if x.strip())
            foot = doc.get("running", "")
            out.append((f"{i} " if i > 1 else "") + body + (f" {foot}" if foot else ""))
        text = "\n".join(out)
    if doc.get("wrapper"):
        text = WRAPPER + text
    return text + "\n"


def columns_text(doc, rng):
    v = version(doc)
    p = v["p"]
    labels = label_set(doc)
    left = []
    for field, value in header_values(doc, v):
        left += textwrap.wrap(f"{labels[FIELD_INDEX[field]]}: {value}", 40)
    left.append("")
    left.append("ORGANIZATIONAL STRUCTURE:")
    if doc.get("sup") == "kv_line":
        sup = v["sup"]
        left += textwrap.wrap(f"Reports to: {sup['en']} ({fmt_cls(sup['cls'], doc.get('cls', 'dash'))})", 40)
    left += textwrap.wrap(f"Direct reports to the {p['en']}:", 40)
    for r in v["reports"]:
        left += textwrap.wrap(report_line(r, doc.get("reports", "dash"), "en") + ";", 40)
    left.append("")
    left.append("DIMENSIONS:")
    for k, val in dims_items(doc, v, "en"):
        left.append(f"{k}: {val}")
    pr = prose(p, "en")
    right = ["GENERAL ACCOUNTABILITY:"] + textwrap.wrap(pr["ga"], 52) + ["", "NATURE AND SCOPE:"]
    for para in pr["ns"]:
        right += textwrap.wrap(para, 52)
    right += ["", "SPECIFIC ACCOUNTABILITIES:"]
    for i, item in enumerate(pr["sa"], 1):
        right += textwrap.wrap(f"{i}. {item}", 52)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    pd, pl = doc.get("dmg", (0.3, 0.06))
    merged = []
    for a, b in zip(left, right):
        ln = (dmg_digits(a, rng, pd).ljust(42) + dmg_letters(dmg_digits(b, rng, pd), rng, pl)).rstrip()
        merged.append(ln)
    tail = [""] + [dmg_digits(x, rng, pd) for x in [CERT["en"]] + sig_lines(doc, v, "en")]
    tail = [x.replace("______________________", noise(rng, 18)) for x in tail]
    head = [doc.get("doc_title", "EXECUTIVE POSITION DESCRIPTION"), ""]
    lines = head + merged + tail
    if doc.get("ocr") == "run":
        text = " ".join(x.strip() for x in lines if x.strip())
    else:
        text = "\n".join(paginate(lines, doc.get("header"), 58, doc.get("footer_style", "dash")))
    return (WRAPPER if doc.get("wrapper") else "") + text + "\n"


def pdf_lines(doc):
    lines = to_text(doc_blocks(doc), doc)
    for idx, text in doc.get("pdf_margin", ()):
        lines.insert(idx, text)
    if doc.get("digisig"):
        name, when = doc["digisig"]
        lines += ["", f"Digitally signed by {name}", f"Date: {when}"]
    return lines


def render(doc, rng):
    kind = doc["kind"]
    if kind == "docx":
        bl = doc_blocks(doc)
        extra = doc.get("extra", {})
        if doc.get("tracked_report"):
            v = version(doc)
            for b in bl:
                if b[0] == "list" and not b[2] and any(v["reports"][0]["en"] in x for x in b[1]):
                    items = b[1]
                    gone = report_line(v["deleted_report"], doc.get("reports", "paren"), "en")
                    new = items.pop()
                    items.append(gone)
                    extra = dict(extra, delete_items=[gone], insert_after={gone: new})
                    break
        return to_docx(bl, doc, extra)
    if kind == "pdf":
        return to_pdf(pdf_lines(doc), header=doc.get("header"), footer=doc.get("footer"))
    if kind == "ocr":
        return ocr_text(doc, rng).encode("utf-8")
    if kind == "ocr-columns":
        return columns_text(doc, rng).encode("utf-8")
    if kind == "markdown":
        text = to_md(doc_blocks(doc), doc)
        return ((WRAPPER if doc.get("wrapper") else "") + text).encode("utf-8")
    lines = to_text(doc_blocks(doc), doc)
    if doc.get("hr"):
        lines = hr_header(doc, version(doc)) + lines
    text = "\n".join(lines) + "\n"
    if kind == "text-cp1252":
        return curly(text).replace("\n", "\r\n").encode("cp1252")
    return text.encode("utf-8")


# --------------------------------------------------------------------------------------------------
# documents to refuse


def memo_docx():
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.created, cp.modified, cp.revision, cp.title = (
        "BOUDREAUM", "BOUDREAUM", FIXED, FIXED, 1, "")
    r = d.add_paragraph().add_run("MEMORANDUM / NOTE DE SERVICE")
    r.bold = True
    for a, b in [("TO", "Regional Directors, Science (all regions)"),
                 ("FROM", "Martine Boudreau, Classification Advisor, Human Resources"),
                 ("CC", "Sophie Tremblay-Hicks, Manager, Classification and Organizational Design"),
                 ("DATE", "March 7, 2016"),
                 ("FILE", "4070-EX-SCI"),
                 ("SUBJECT", "Review of EX work descriptions in the Science sector")]:
        p = d.add_paragraph()
        p.add_run(f"{a}: ").bold = True
        p.add_run(b)
    for para in [
        "As announced at the February meeting of the Science Management Board, Human Resources will review all "
        "executive (EX) work descriptions in the Science sector before the 2016-17 talent management cycle. Most "
        "regional descriptions were last updated between 2008 and 2012 and no longer reflect the creation of the "
        "Centres for Science Advice or the transfer of the Canadian Hydrographic Service directors.",
        "Please send me, by April 15, 2016, the current signed version of the work description of each EX "
        "position in your branch (for example, position 41873, Regional Director, Science, Maritimes Region, "
        "EX-02), together with an up-to-date organization chart showing the classification and FTEs of each "
        "direct report, and your salary and O&M allocations for 2016-17.",
        "Descriptions will be reviewed against the EX benchmark positions and the Treasury Board guide to "
        "writing executive work descriptions. Where the organization has changed significantly, I will draft a "
        "revised description with your office; no change in level is anticipated at this time.",
        "Thank you for your cooperation. Questions may be directed to me at extension 4417."]:
        d.add_paragraph(para)
    d.add_paragraph("Martine Boudreau")
    d.add_paragraph("Classification Advisor / Conseillère en classification")
    buf = io.BytesIO()
    d.save(buf)
    return normalized_zip(buf.getvalue())


OFFER_FR = """Pêches et Océans Canada          Fisheries and Oceans Canada
Région du Golfe
343, avenue Université, Moncton (Nouveau-Brunswick)

Le 14 janvier 2019

PROTÉGÉ B

Madame Isabelle Doiron
Moncton (Nouveau-Brunswick)

Objet : Offre de nomination intérimaire – Directrice régionale, Sciences (EX-01), poste 90114

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice régionale, Sciences,
Région du Golfe, classifié EX-01, à Moncton (Nouveau-Brunswick), pour la période du 21 janvier 2019
au 19 juillet 2019, ou jusqu'à la dotation du poste pour une durée indéterminée, selon la première
éventualité.

Votre rémunération sera établie conformément à la Politique sur les conditions d'emploi des cadres
supérieurs. Pendant la période intérimaire, vous relèverez de la Directrice générale régionale, Région
du Golfe.

Cette offre est conditionnelle au maintien de votre cote de fiabilité. Veuillez signer la présente
lettre pour indiquer votre acceptation et la retourner aux Ressources humaines d'ici le 18 janvier 2019.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.


Denise Gaudreau
Directrice générale régionale, Région du Golfe


J'accepte l'offre de nomination intérimaire décrite ci-dessus.

______________________________          ____________________
Isabelle Doiron                          Date
"""

ORG_CHART = """ORGANIGRAMME / ORGANIZATION CHART
Direction des sciences, Région des Maritimes / Science Branch, Maritimes Region
En vigueur le / As of: 2019-09-01

                    +------------------------------------------------+
                    |  Regional Director, Science /                  |
                    |  Directeur régional, Sciences  (EX-02)         |
                    |  Pos. 41873  -  D. MacIsaac                    |
                    +------------------------------------------------+
                                          |
      +--------------------+--------------+-------------+--------------------+
      |                    |                            |                    |
+-----------------+  +-----------------+  +-----------------+  +-----------------+
| Ocean and       |  | Population      |  | Coastal         |  | Centre for      |
| Ecosystem Sci.  |  | Ecology         |  | Ecosystem Sci.  |  | Science Advice  |
| SE-REM-02       |  | SE-REM-02       |  | SE-REM-02       |  | BI-05           |
| A. Fitzpatrick  |  | vacant          |  | R. Nakamura     |  | L. Comeau       |
| 131 ETP/FTE     |  | 112 ETP/FTE     |  | 58 ETP/FTE      |  | 7 ETP/FTE       |
+-----------------+  +-----------------+  +-----------------+  +-----------------+

Science Vessel and Field Operations / Navires et opérations sur le terrain : EG-07, 34 ETP/FTE
Total: 342 ETP / FTE

Préparé par / Prepared by: Ressources humaines / Human Resources (M. Boudreau)
"""

MINUTES_FR = """# Comité d'examen de la classification des postes de la direction

**Procès-verbal – réunion du 14 mars 2018**

**Présents :** Sophie Tremblay-Hicks (présidente), Martine Boudreau (conseillère en classification), Paul-Émile Gagnon (relations de travail), Nathalie Cormier (directrice générale régionale, Région du Québec)

**Absente :** Denise Gaudreau

## 1. Adoption de l'ordre du jour

L'ordre du jour est adopté sans modification.

## 2. Directeur régional, Ports pour petits bateaux, Région du Québec (poste 61877)

Le comité examine la description de travail révisée présentée par la Région du Québec. Les dimensions (31 ETP, budget salarial de 2,18 M$ et F et E de 14,6 M$) et les trois rapports directs sont confirmés. Après comparaison avec les postes repères, le comité **confirme le niveau EX-01**. La date d'entrée en vigueur sera fixée à la signature par la directrice générale régionale.

## 3. Directeur, Hydrographie, Région du Québec (poste 61520)

Reporté à la prochaine réunion; la région doit préciser les rapports hiérarchiques avec le Service hydrographique du Canada à l'administration centrale.

## 4. Divers

La conseillère en classification rappelle que les descriptions de travail des cadres doivent être révisées au moins tous les cinq ans.

**Prochaine réunion :** 11 avril 2018

*Procès-verbal rédigé par M. Boudreau.*
"""


def scan_pdf_no_text():
    import zlib  # noqa: F401  (pdf_bytes compresses raw streams)
    pages = []
    rng = random.Random(20140603)
    for _ in range(2):
        ops = ["q 0.92 g 0 0 595 842 re f Q", "q 0.1 g"]
        y = 780
        while y > 80:
            x = 50
            while x < 540:
                w = rng.randint(8, 60)
                ops.append(f"{x} {y} {w} 6 re f")
                x += w + rng.randint(4, 9)
            y -= rng.choice((12, 12, 12, 24))
        ops.append("Q")
        pages.append(("\n".join(ops)).encode("ascii"))
    return pdf_bytes(pages)


def unreadable_scan(rng):
    lines = []
    for _ in range(34):
        n = rng.randint(10, 70)
        lines.append("".join(rng.choice("~-_/\\|!;:,.'*()ilI1 rnmc ") for _ in range(n)).strip())
    lines.insert(3, "E X  - O 2    ' ' , ; R e g i o n a l")
    lines.insert(11, "Fis he rie s  a nd   Oc ea ns  ;: ::")
    return WRAPPER + "\n".join(lines) + "\n"


REFUSED = [
    dict(name="Memo - EX classification review Science 2016.docx", kind="docx", lang="en",
         people=["Martine Boudreau", "Sophie Tremblay-Hicks"], what="memo"),
    dict(name="Lettre d'offre - DR Sciences Golfe (intérim) 2019.pdf", kind="pdf", lang="fr",
         people=["Isabelle Doiron", "Denise Gaudreau"], what="offer"),
    dict(name="Organigramme Sciences MAR - Org chart 2019.txt", kind="text", lang="bilingual",
         people=["D. MacIsaac", "A. Fitzpatrick", "R. Nakamura", "L. Comeau", "M. Boudreau"], what="org"),
    dict(name="Procès-verbal comité de classification 2018-03-14.md", kind="markdown", lang="fr",
         people=["Sophie Tremblay-Hicks", "Martine Boudreau", "Paul-Émile Gagnon", "Nathalie Cormier",
                 "Denise Gaudreau", "M. Boudreau"], what="minutes"),
    dict(name="Scan_20140603_0007.pdf", kind="pdf", lang="en", people=[], what="notext"),
    dict(name="scan0042 - RD Science Gulf p2.txt", kind="ocr", lang="en", people=[], what="noise"),
]


def render_refused(r, rng):
    w = r["what"]
    if w == "memo":
        return memo_docx()
    if w == "offer":
        lines = OFFER_FR.splitlines()
        return pdf_bytes(["\n".join(lines)])
    if w == "org":
        return ORG_CHART.encode("utf-8")
    if w == "minutes":
        return MINUTES_FR.encode("utf-8")
    if w == "notext":
        return scan_pdf_no_text()
    return unreadable_scan(rng).encode("utf-8")


# --------------------------------------------------------------------------------------------------
# the documents of the archive

MB = "Martine Boudreau"
HDR_MAR = "FISHERIES AND OCEANS CANADA - MARITIMES REGION"

DOCS = [
    # Maritimes, Regional Director, Science: 2006 scan, 2011 revision, 2019 FINAL-v2 and its copy
    dict(name="Regional Director Science Maritimes 2006 - signed.txt", pos="mar_sci", ver="2006", kind="ocr",
         lang="en", labels="en_c", date="long", amt="M", dimset=3, reports="endash", heading="caps",
         header=HDR_MAR, footer_style="of", dmg=(0.3, 0.06), signed_original=True, sign_date="Oct. 4, 2006",
         advisor="Classification: M. Boudreau, HR Advisor (Classification)", wrapper=True),
    dict(name="RD Science Maritimes - revised 2011.docx", pos="mar_sci", ver="2011", kind="docx", lang="en",
         labels="en_a", date="long", amt="full", dims="table", reports="table",
         advisor="Evaluated by: Martine Boudreau, Classification Advisor, 2011-03-18",
         extra=dict(comments={"Classification": ("Confirmed EX-02 at the March 2011 EX committee.", MB, "MB")},
                    date="2011-03-21T14:02:00Z")),
    dict(name="RD Science MAR FINAL-v2.docx", pos="mar_sci", ver="2019", kind="docx", lang="en", labels="en_b",
         date="dmy", amt="M", reports="paren", sup="sentence", hdr_table=False, docx_kv="tab",
         extra=dict(track={"Date Effective": ("1 April 2019", "15 July 2019")},
                    comments={"Position No.": ("Same number as the 2011 version - do not create a new position.",
                                               ST, "ST")},
                    leftover_after={"The incumbent leads": "[MB: confirm the FTE count with Finance before "
                                                           "signature]"}, date="2019-06-27T09:41:00Z")),
    dict(name="RD Science MAR FINAL-v2 (1).docx", copy_of="RD Science MAR FINAL-v2.docx"),
    # Maritimes, fisheries and aquaculture management
    dict(name="Fisheries Mgmt Maritimes 2005 signed.txt", pos="mar_fm", ver="2005", kind="ocr", lang="en",
         labels="en_d", cls="space", date="dmy_slash", amt="K", reports="dash", sup="sentence", fte_first=True,
         ocr="run", wrapper=True, dmg=(0.4, 0.1), signed_original=True, sign_date="2005-06-22"),
    dict(name="RD Fisheries & Aquaculture Mgmt, MAR (2017).docx", pos="mar_fm", ver="2017", kind="docx",
         lang="en", labels="en_a", hdr_table=False, docx_kv="tab", date="th", amt="million", reports="staff",
         dims="sentence", order=["ga", "ns", "org", "sa", "dim", "cert"], docx_headings="plain"),
    dict(name="CHS Atlantic - Director Hydrography 2014 (bilingual).pdf", pos="chs_atl", ver="2014", kind="pdf",
         lang="bi", labels="bi", bi_title="both", date="iso", amt="full", amt_fr="fr_full", reports="paren",
         header="Fisheries and Oceans Canada / Pêches et Océans Canada", footer="Page {i} / {n}",
         doc_title="EXECUTIVE GROUP POSITION DESCRIPTION / DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION"),
    # Newfoundland and Labrador
    dict(name="NL Fish Mgmt RD - HRMS extract 2005.txt", pos="nl_fm", ver="2005", kind="text", lang="en",
         labels="en_b", date="long", amt="full", reports="bracket", sup="kv_line",
         hr=dict(style="form", descr="RD FISHERIES MGMT NL", reports_to_short="RDG NEWFOUNDLAND & LAB",
                 loc_code="NL0001", loc_short="ST. JOHN'S NL", run_date="22-APR-2005 09:14",
                 action="RCL  Reclassification"), doc_title="WORK DESCRIPTION"),
    dict(name="RD Fisheries Management NL - signed 2013.pdf", pos="nl_fm", ver="2013", kind="pdf", lang="en",
         labels="en_b", date="abbr", amt="M", reports="paren", sign_date="2013-09-20",
         advisor="Classification Advisor: Martine Boudreau", footer="Page {i} of {n}"),
    dict(name="RD FM NL 2023 DRAFT tracked.docx", pos="nl_fm", ver="2023", kind="docx", lang="en", labels="en_a",
         date_missing="To be confirmed", amt="full", dimset=1, reports="paren", tracked_report=True,
         extra=dict(comments={"Effective Date": ("Date to be set once the RDG signs. MB", MB, "MB")},
                    date="2023-10-30T15:20:00Z")),
    dict(name="RD Science NL (PeopleSoft copy).txt", pos="nl_sci", ver="2005", kind="text", lang="en",
         labels="en_c", kv="pad", date="long", amt="full", reports="endash",
         hr=dict(style="grid", descr="RD SCIENCE NL", loc_short="ST JOHNS")),
    dict(name="Regional Director, Ecosystems Management NL 2008 - signed.txt", pos="nl_ae", ver="2008",
         kind="ocr", lang="en", labels="en_a", date="long", amt="M", reports="paren", sup="kv_line",
         omit=["sup_position_number"], ocr="pages", wrapper=True, dmg=(0.35, 0.07), sign_date="Feb. 6, 2008",
         running="DFO NL Region - EX Work Description"),
    # Quebec
    dict(name="DR Sciences Québec 2008 signée.txt", pos="qc_sci", ver="2008", kind="ocr", lang="fr",
         labels="fr_c", date="fr", amt="fr_M", reports="effectif", heading="caps", footer_style="de",
         header="PÊCHES ET OCÉANS CANADA – RÉGION DU QUÉBEC", dmg=(0.3, 0.07), signed_original=True,
         sign_date="2008-05-15"),
    dict(name="DR Sciences Québec - révisée 2016.docx", pos="qc_sci", ver="2016", kind="docx", lang="fr",
         labels="fr_a", date="fr_le", amt="fr_cents", sep=NBSP, dims="table", reports="table",
         advisor="Conseillère en classification : Martine Boudreau",
         extra=dict(comments={"Classification": ("Niveau confirmé – aucun changement depuis 2008.", MB, "MB")},
                    date="2016-01-22T10:05:00Z")),
    dict(name="DR Sciences QC 2024 FINAL bilingue.pdf", pos="qc_sci", ver="2024", kind="pdf", lang="bi",
         labels="bi", bi_title="two", date="iso", amt="full", amt_fr="fr_M", reports="endash", sup="sentence",
         footer="{i}/{n}", header="Pêches et Océans Canada / Fisheries and Oceans Canada"),
    dict(name="Directeur régional Gestion des pêches QC 2015.txt", pos="qc_fm", ver="2015", kind="text-cp1252",
         lang="fr", labels="fr_b", kv="dots", date="fr", amt="fr_full", sep=NBSP, dimset=2, reports="paren",
         heading="num", sign_date="2015-10-07"),
    dict(name="DR Ports pour petits bateaux QC 2018.docx", pos="qc_sch", ver="2018", kind="docx", lang="fr",
         labels="fr_c", csr=True, csr_program="le programme des Ports pour petits bateaux", date="iso",
         amt="fr_cents", sep=NBSP, dims="table", reports="effectif", sup="sentence_nonum",
         omit=["sup_position_number"]),
    dict(name="Directeur Hydrographie Québec 2020.txt", pos="qc_chs", ver="2020", kind="text", lang="fr",
         labels="fr_a", kv="next", cls="paren", date="dotted", amt="fr_k", reports="dash", heading="under"),
    # Gulf
    dict(name="RD Science Gulf 2010 bilingual - signed.txt", pos="gulf_sci", ver="2010", kind="ocr", lang="bi",
         labels="bi", bi_title="both", date="long", amt="M", amt_fr="fr_M", reports="paren",
         signed_original=True, sign_date="2010-08-05", footer_style="dash", dmg=(0.3, 0.06),
         doc_title="EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE CADRE"),
    dict(name="RD Science Gulf - Sciences Golfe 2020 - signed.docx", pos="gulf_sci", ver="2020", kind="docx",
         lang="bi", labels="bi", bi_title="two", date="iso", amt="full", amt_fr="fr_full", dims="table",
         reports="table", sign_date="2020-12-02", signed_original=True,
         doc_title="EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE CADRE"),
    dict(name="DR Gestion des pêches Golfe 2009.txt", pos="gulf_fm", ver="2009", kind="ocr", lang="fr",
         labels="fr_b", kv="frcolon", date="fr", amt="fr_millions", reports="effectif", sup="sentence",
         ocr="run", wrapper=True, dmg=(0.4, 0.09), job_blank="s.o.", sign_date="2009-03-25"),
    dict(name="Gestion des écosystèmes Golfe 2021.md", pos="gulf_eco", ver="2021", kind="markdown", lang="fr",
         labels="fr_a", date="fr", amt="fr_M", reports="paren",
         doc_title="Description de travail"),
    # Central and Arctic
    dict(name="RD Science C&A 2004 signed scan.txt", pos="ca_sci", ver="2004", kind="ocr", lang="en",
         labels="en_d", cls="short", date="abbr", amt="Kplain", reports="staff", heading="num",
         dmg=(0.45, 0.1), signed_original=True, sign_date="Sept. 29, 2004", footer_style="of",
         header="DFO - CENTRAL AND ARCTIC REGION", per_page=40),
    dict(name="RD Science Central & Arctic 2012.txt", pos="ca_sci", ver="2012", kind="text-cp1252", lang="en",
         labels="en_a", kv="pad", date="long", amt="full", reports="endash", heading="under",
         advisor="Classification Advisor: Martine Boudreau (HR Client Services)", sign_date="2012-05-09"),
    dict(name="RD Science C&A 2022.md", pos="ca_sci", ver="2022", kind="markdown", lang="en", labels="en_a",
         date="long", amt="M", reports="paren", omit=["job_code"], doc_title="Job Description"),
    dict(name="RD Oceans C&A 2009 scan.txt", pos="ca_oceans", ver="2009", kind="ocr-columns", lang="en",
         labels="en_c", date="slash", amt="full", reports="dash", sup="kv_line", omit=["sup_position_number"],
         dmg=(0.3, 0.06)),
    # Pacific
    dict(name="RD Science Pacific 2012.txt", pos="pac_sci", ver="2012", kind="text-cp1252", lang="en",
         labels="en_b", kv="tabs", date="dmy", amt="M", reports="paren", heading="under", sign_date="2012-10-24"),
    dict(name="RD Science Pacific 2025 - DRAFT for DG review.docx", pos="pac_sci", ver="2025", kind="docx",
         lang="en", labels="en_a", date="long", amt="M", reports="paren",
         extra=dict(track={"Classification": ("EX-02", "EX-03")},
                    comments={"Supervisor's Classification": ("RDG Pacific is EX-04 since the 2024 reorganization.",
                                                              ST, "ST"),
                              "Fisheries and Oceans Canada is a science-based": (
                                  "Add a line on the new Salmon Science directorate? MB", MB, "MB")},
                    date="2025-08-14T11:30:00Z")),
    dict(name="Director IOS 2009.md", pos="ios", ver="2009", kind="markdown", lang="en", labels="en_b",
         cls="nodash", date="th", amt="K", reports="bracket", omit=["total"], wrapper=True),
    dict(name="Director, Institute of Ocean Sciences - 2021.docx", pos="ios", ver="2021", kind="docx", lang="en",
         labels="en_c", hdr_table=False, date="iso", amt="full", reports="table", dims="table", sup="sentence"),
    dict(name="Director, Institute of Ocean Sciences - 2021 - signed.pdf", pos="ios", ver="2021", kind="pdf",
         lang="en", labels="en_c", date="iso", amt="full", reports="table", dims="table", sup="sentence",
         digisig=("Anjali Raman", "2021.12.08 14:22:51 -08'00'"), footer="Page {i} of {n}"),
    dict(name="RD Ecosystem Mgmt Pacific 2017.txt", pos="pac_eco", ver="2017", kind="text-cp1252", lang="en",
         labels="en_d", kv="dots", date="abbr", amt="million", dimset=2, reports="prose", sup="kv_line",
         omit=["sup_position_number"], sign_date="2017-02-15"),
    dict(name="RD C&P Pacific 2013.md", pos="pac_cp", ver="2013", kind="markdown", lang="en", labels="en_a",
         csr=True, csr_program="the Conservation and Protection program", date="long", amt="M",
         reports="endash", sup="sentence"),
    # National headquarters
    dict(name="DG Ecosystem Science 2007 scan.txt", pos="dg_es", ver="2007", kind="ocr-columns", lang="en",
         labels="en_c", date="long", amt="M", reports="dash", ocr="run", wrapper=True, dmg=(0.35, 0.07),
         signed_original=True, sign_date="2007-11-23"),
    dict(name="DG Ecosystem Science - DG Sciences des écosystèmes 2018.docx", pos="dg_es", ver="2018",
         kind="docx", lang="bi", labels="bi", bi_title="both", date="iso", amt="full", amt_fr="fr_full",
         reports="paren", doc_title="EXECUTIVE POSITION DESCRIPTION / DESCRIPTION DE POSTE DE CADRE"),
    dict(name="Dir Fish Population Science 2010.txt", pos="fps", ver="2010", kind="ocr", lang="en",
         labels="en_b", date="long", amt="full", reports="paren", footer_style="dash", dmg=(0.3, 0.05),
         sign_date="2010-05-19"),
    dict(name="Dir Fish Population Science - revised 2019.docx", pos="fps", ver="2019", kind="docx", lang="en",
         labels="en_d", date="dmy", amt="K", reports="dash",
         extra=dict(leftover_after={"The Director, Fish Population Science is": "[text updated from the 2010 "
                                    "version - MB 2019-02-11]"}, comments={"Level": ("No change in level - reviewed against the EX benchmarks.", MB, "MB")},
                    date="2019-02-11T13:12:00Z")),
    dict(name="Director CSAS 2006 (from HRMS).txt", pos="csas", ver="2006", kind="text", lang="en",
         labels="en_c", kv="caps", date="long", amt="full", reports="endash", sup="kv_line",
         hr=dict(style="form", descr="DIR CDN SCIENCE ADVISORY SEC", reports_to_short="DG ECOSYSTEM SCIENCE",
                 loc_code="NCR001", loc_short="OTTAWA ON", run_date="03-FEB-2006 14:41",
                 action="NEW  New Position")),
    dict(name="Directrice, Programme des espèces en péril 2012.docx", pos="sar", ver="2012", kind="docx",
         lang="fr", labels="fr_b", hdr_table=False, docx_kv="tab", date="fr", amt="fr_M", reports="paren",
         sign_date="2012-02-24"),
    dict(name="Espèces en péril - Directrice 2014 signée.pdf", pos="sar", ver="2014", kind="pdf", lang="fr",
         labels="fr_a", date="fr_le", amt="fr_cents", reports="effectif", sup="sentence", sign_date="2014-07-04",
         footer="Page {i} de {n}"),
    dict(name="Director Aquatic Animal Health 2016.pdf", pos="aah", ver="2016", kind="pdf", lang="en",
         labels="en_c", date="dmy", amt="Mspace", reports="paren", csr=True,
         csr_program="the National Aquatic Animal Health Program", footer="Page {i} of {n}",
         pdf_margin=[(14, "Comment [MB1]: Martine Boudreau - check O&M against the 2016-17 budget")]),
    dict(name="Directeur Sciences de l'aquaculture 2013.pdf", pos="aq_sci", ver="2013", kind="pdf", lang="fr",
         labels="fr_c", date="fr", amt="fr_full", reports="dash", footer="- {i} -"),
    dict(name="DG Fisheries Resource Management 2011.md", pos="dg_frm", ver="2011", kind="markdown", lang="en",
         labels="en_b", date="slash", amt="M", reports="table", sup="sentence", dims="table",
         omit=["o_and_m", "total"]),
    dict(name="Dir Strategic Planning EOS 2023 bilingual.docx", pos="ssp", ver="2023", kind="docx", lang="bi",
         labels="bi", bi_title="two", hdr_table=False, date="iso", amt="full", amt_fr="fr_M", reports="endash"),
    dict(name="RDG Ontario and Prairie 2019 FINAL.pdf", pos="op_rdg", ver="2019", kind="pdf", lang="en",
         labels="en_a", date="long", amt="M", reports="table", footer="Page {i} of {n}"),
]

KNOWN_NAMES = sorted({ADVISOR, "M. Boudreau", ST, "Isabelle Doiron", "Paul-Émile Gagnon", "D. MacIsaac",
                      "A. Fitzpatrick", "R. Nakamura", "L. Comeau"} |
                     {v["people"][k] if k == "incumbent" else v["people"][k][0]
                      for p in POSITIONS.values() for v in p["versions"].values()
                      for k in ("incumbent", "signer") if v["people"].get(k)})


def people_of(doc):
    v = version(doc)
    ppl = []
    order = doc.get("order", ["ga", "org", "ns", "dim", "sa", "cert"])
    if "cert" in order:
        if v["people"].get("incumbent"):
            ppl.append(v["people"]["incumbent"])
        if v["people"].get("signer"):
            ppl.append(v["people"]["signer"][0])
    for text in [doc.get("advisor", "")] + [t for _, t in doc.get("pdf_margin", ())]:
        for n in KNOWN_NAMES:
            if n in text and not any(n in x and n != x for x in KNOWN_NAMES if x in text):
                ppl.append(n)
    extra = doc.get("extra", {})
    for _, author, _ in extra.get("comments", {}).values():
        ppl.append(author)
    if extra.get("track") or doc.get("tracked_report"):
        ppl.append(extra.get("author", ADVISOR))
    if doc.get("digisig"):
        ppl.append(doc["digisig"][0])
    out = []
    for n in ppl:
        if n not in out:
            out.append(n)
    return out


def versions_of(docs):
    groups = {}
    for d in docs:
        if "pos" in d:
            groups.setdefault(d["pos"], []).append(d)
    out = {}
    for key, ds in groups.items():
        if len(ds) < 2:
            continue
        ds = sorted(ds, key=lambda d: (d["ver"], d["kind"] == "pdf", "(1)" in d["name"]))
        p = POSITIONS[key]
        names = [d["name"] for d in ds]
        newest = [d for d in ds if d["ver"] == ds[-1]["ver"] and "(1)" not in d["name"]][-1]["name"]
        info = dict(position=p["en"] or p["fr"], position_number=p["pos"], documents=names, newest=newest)
        same = [[a["name"], b["name"]] for a in ds for b in ds
                if a["name"] < b["name"] and a["ver"] == b["ver"]]
        if same:
            info["same_version"] = same
        if key == "nl_fm":
            info["newest_signed"] = "RD Fisheries Management NL - signed 2013.pdf"
            info["note"] = "the 2023 file is an unsigned draft with tracked changes"
        for d in ds:
            out[d["name"]] = info
    return out


def expected(doc, versions):
    f, not_stated, also = truth(doc)
    return dict(document=doc["name"], kind=doc["kind"],
                language={"bi": "bilingual"}.get(doc["lang"], doc["lang"]), outcome="import", fields=f,
                not_stated=not_stated, also=also, people=people_of(doc), versions=versions.get(doc["name"]))


def to_date(fields):
    import datetime as dt
    if fields.get("effective_date"):
        fields["effective_date"] = dt.date.fromisoformat(fields["effective_date"])
    return fields


def main():
    import yaml
    corpus = HERE / "corpus"
    exp = HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng = random.Random(76)
    by_name = {}
    docs = []
    for doc in DOCS:
        if "copy_of" in doc:
            src = dict(by_name[doc["copy_of"]])
            src["name"] = doc["name"]
            src.pop("copy_of", None)
            (corpus / doc["name"]).write_bytes((corpus / doc["copy_of"]).read_bytes())
            by_name[doc["name"]] = src
            docs.append(src)
            continue
        doc_rng = random.Random(f"{76}:{doc['name']}")
        (corpus / doc["name"]).write_bytes(render(doc, doc_rng))
        by_name[doc["name"]] = doc
        docs.append(doc)
    versions = versions_of(docs)
    for doc in docs:
        e = expected(doc, versions)
        to_date(e["fields"])
        write_yaml(exp / f"{doc['name']}.expected.yaml", e, yaml)
    for r in REFUSED:
        doc_rng = random.Random(f"{76}:{r['name']}")
        (corpus / r["name"]).write_bytes(render_refused(r, doc_rng))
        e = dict(document=r["name"], kind=r["kind"], language=r["lang"], outcome="refuse", fields=None,
                 not_stated=[], also={"what": {"memo": "a memo about EX descriptions",
                                               "offer": "a letter offering an acting EX appointment",
                                               "org": "an organization chart",
                                               "minutes": "minutes of the EX classification committee",
                                               "notext": "a scanned PDF without a text layer",
                                               "noise": "a scan whose OCR gave only noise"}[r["what"]]},
                 people=r["people"], versions=None)
        write_yaml(exp / f"{r['name']}.expected.yaml", e, yaml)
    del rng


def write_yaml(path, data, yaml):
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
