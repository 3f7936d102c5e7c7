#!/usr/bin/env python3
"""Write blind87: the folder of a small agency's talent-management delegate and executive-services
advisor, kept ten years (2014-2024). Writes corpus/ and expected/ next to this file, byte for byte
the same on every run (fixed seeds; .docx zip entries with fixed times).

    python bench/import/blind87/make_blind.py        (needs python-docx)
"""
from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
import zlib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository, for tests.import_files.pdf_bytes

from positions import POSITIONS  # noqa: E402
from texts import (ADVISOR, COLLEAGUES, DEPTS, FUNCTIONS, HEADINGS, LABELS, MONTHS_EN, MONTHS_FR,  # noqa: E402
                   NAMES, PROSE)

FIELDS = ("title", "classification", "job_code", "position_number", "effective_date", "supervisor",
          "direct_reports", "salary", "o_and_m", "total", "location")
PROV_EN = {"QC": "Quebec", "NU": "Nunavut", "YT": "Yukon", "ON": "Ontario"}
PROV_FR = {"QC": "Québec", "NU": "Nunavut", "YT": "Yukon", "ON": "Ontario"}


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(("blind87:" + name).encode("utf-8")))


# --- notations -------------------------------------------------------------------------------------

def fmt_cls(c: str | None, style: str) -> str:
    if c is None:
        return ""
    g, n = c.rsplit("-", 1)
    return {"std": c, "sp": f"{g} {n}", "short": f"{g}-{int(n)}", "nodash": f"{g}{n}",
            "spdash": f"{g} - {n}"}.get(style, c)


def fmt_date(d: str, style: str, lang: str) -> str:
    y, m, day = (int(x) for x in d.split("-"))
    if lang == "fr":
        if style == "iso":
            return d
        if style == "slash" and day > 12:
            return f"{day:02d}/{m:02d}/{y}"
        if style == "dot":
            return f"{y}.{m:02d}.{day:02d}"
        first = "1er" if day == 1 else str(day)
        if style == "le":
            return f"le {first} {MONTHS_FR[m - 1]} {y}"
        return f"{first} {MONTHS_FR[m - 1]} {y}"
    if style == "iso":
        return d
    if style == "ord":
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{MONTHS_EN[m - 1]} {day}{suf}, {y}"
    if style == "dmy":
        return f"{day} {MONTHS_EN[m - 1]} {y}"
    if style == "mil":
        return f"{day:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}"
    if style == "slash":
        return f"{y}/{m:02d}/{day:02d}"
    return f"{MONTHS_EN[m - 1]} {day}, {y}"


def _dec(v: int, unit: int) -> str | None:
    """v / unit with at most three decimals, trailing zeros dropped; None when not exact."""
    if (v * 1000) % unit:
        return None
    whole, frac = divmod(v * 1000 // unit, 1000)
    return str(whole) if frac == 0 else f"{whole}.{frac:03d}".rstrip("0")


def fmt_amount(v: int, style: str, lang: str) -> str:
    if lang == "fr":
        sp = f"{v:,}".replace(",", " ")
        if style == "dec":
            return f"{sp},00 $"
        if style in ("M", "million"):
            m = _dec(v, 1_000_000)
            if m is not None and v >= 1_000_000:
                m = m.replace(".", ",")
                return f"{m} M$" if style == "M" else f"{m} millions $" if v >= 2_000_000 else f"{m} million $"
        if style == "k" and v % 1000 == 0:
            return f"{v // 1000:,} k$".replace(",", " ")
        return f"{sp} $"
    if style in ("M", "million"):
        m = _dec(v, 1_000_000)
        if m is not None and v >= 1_000_000:
            return f"${m}M" if style == "M" else f"${m} million"
        if style == "M" and v % 1000 == 0:
            return f"${v // 1000}K"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    return f"${v:,}"


def fmt_fte(n: int, style: str, lang: str) -> str:
    if lang == "fr":
        return {"etp": f"{n} ETP", "effectif": f"effectif de {n}", "etp_long": f"{n} équivalents temps plein"}.get(
            style, f"{n} ETP")
    if n == 1 and style in ("ftes", "ftes_ap"):
        return "1 FTE"
    return {"ftes": f"{n} FTEs", "fte": f"{n} FTE", "staff": f"staff of {n}", "ftes_ap": f"{n} FTE's"}.get(
        style, f"{n} FTEs")


def fmt_loc(loc, style: str, lang: str) -> str:
    city, prov = loc
    name = PROV_FR[prov] if lang == "fr" else PROV_EN[prov]
    if style == "paren" or (lang == "fr" and style != "comma"):
        return f"{city} ({PROV_FR[prov] if lang == 'fr' else name})"
    return f"{city}, {name}"


def label(field: str, lang: str, i: int) -> str:
    en, fr = LABELS[field]
    if lang == "bl":
        return f"{en[i % len(en)]} / {fr[i % len(fr)]}"
    forms = fr if lang == "fr" else en
    return forms[i % len(forms)]


# --- the content of a description, as blocks ----------------------------------------------------------

def prose(pos: dict, lang: str) -> tuple:
    theme = PROSE[pos["theme"]]["fr" if lang == "fr" else "en"]
    d = DEPTS[pos["dept"]]
    func = FUNCTIONS.get(pos["func"] or "", ("", ""))
    region = pos["region"] or ("", "")
    sub = dict(region=region[0], region_fr=region[1], region_fr2=region[1],
               area="the eastern regions of Quebec" if pos["key"] == "dg_east" else "the western regions of Quebec",
               area_fr="les régions de l'est du Québec" if pos["key"] == "dg_east" else "les régions de l'ouest du Québec",
               org_short=d[2], org_short_fr=d[3], unit="directorate", function=func[0], function_fr=func[1])
    if pos["func"] == "regional economic development":
        sub.update(function="regional economic development", function_fr="développement économique régional")
    general, nature, specific, csr = theme
    return (general.format(**sub), nature.format(**sub), [s.format(**sub) for s in specific], csr.format(**sub))


def _du(title: str) -> str:
    """'du directeur général, ...' / 'de la directrice générale, ...'"""
    fem = title.split(",")[0].split(" ")[0] in ("Directrice", "Vice-présidente", "Dirigeante", "Présidente") or " adjointe" in title.split(",")[0]
    low = title[0].lower() + title[1:]
    return f"de la {low}" if fem else f"du {low}"


def build(pos: dict, lang: str, st: dict) -> list:
    """The description as blocks: ('title', t) ('h', t) ('p', t) ('kv', [(label, value)]) ('list', [..], numbered)
    ('table', rows, header) ('sig', [lines]). lang: en, fr, or bl (bilingual labels, both titles)."""
    li = st.get("li", 0)
    L = "fr" if lang == "fr" else "en"
    cs = st.get("cls", "std")
    amt, dts = st.get("amt", "comma"), st.get("dt", "long")
    vlang = "fr" if lang == "fr" else "en"
    title = pos["title_fr"] if lang == "fr" else pos["title_en"]
    blocks = []

    def H(key):
        en, fr, alt = HEADINGS[key]
        if lang == "bl":
            return f"{en} / {fr}"
        if lang == "fr":
            return alt if st.get("alt_h") else fr
        return en

    doc_title = {"en": "Executive Work Description", "fr": "Description de travail - Groupe de la direction (EX)",
                 "bl": "Executive Work Description / Description de travail de cadre"}[lang]
    if st.get("doc_title"):
        doc_title = st["doc_title"]
    blocks.append(("title", doc_title))
    if st.get("title_head"):
        t = title if lang != "bl" else f"{pos['title_en']} / {pos['title_fr']}"
        blocks.append(("title", f"{t} ({fmt_cls(pos['cls'], cs)})" if pos["cls"] and st.get("cls_in_title")
                       else t))

    kv = []
    if not st.get("title_head") or st.get("title_kv"):
        kv.append((label("title", lang, li), title if lang != "bl" else f"{pos['title_en']} / {pos['title_fr']}"))
    if pos["cls"] and not st.get("cls_in_title"):
        v = fmt_cls(pos["cls"], cs)
        if st.get("proposed"):
            v += " (proposé)" if lang == "fr" else " (Proposed)"
        kv.append((label("classification", lang, li), v))
    if pos["job_code"]:
        kv.append((label("job_code", lang, li + 1), pos["job_code"]))
    if pos["number"] or st.get("provisional"):
        kv.append((label("position_number", lang, li), pos["number"] or st["provisional"]))
    if pos["date"]:
        kv.append((label("effective_date", lang, li), fmt_date(pos["date"], dts, vlang)))
    d = DEPTS[pos["dept"]]
    if st.get("dept_kv", True):
        kv.append((label("dept", lang, li), d[1] if lang == "fr" else d[0] if lang == "en" else f"{d[0]} / {d[1]}"))
    if pos["branch"]:
        b = pos["branch"]
        kv.append((label("branch", lang, li), b[1] if lang == "fr" else b[0] if lang == "en" else f"{b[0]} / {b[1]}"))
    if pos["location"] and not st.get("loc_end"):
        kv.append((label("location", lang, li), fmt_loc(pos["location"], st.get("loc", "paren"), vlang)))
    if st.get("incumbent_name"):
        kv.append(({"en": "Incumbent", "fr": "Titulaire", "bl": "Incumbent / Titulaire"}[lang], st["incumbent_name"]))
    sup = pos["sup"]
    sup_title = None
    if sup:
        sup_title = sup[2] if lang == "fr" else sup[1] if lang == "en" else f"{sup[1]} / {sup[2]}"
    if sup and st.get("sup", "fields") == "fields":
        if sup[0]:
            kv.append((label("sup_number", lang, li), sup[0]))
        if sup[1]:
            kv.append((label("sup_title", lang, li), sup_title))
        if sup[3]:
            kv.append((label("sup_class", lang, li), fmt_cls(sup[3], cs)))
    if st.get("comment_kv"):
        kv.insert(st["comment_kv"][0], ("", st["comment_kv"][1]))
    if st.get("details_heading"):
        blocks.append(("h", H("details")))
    blocks.append(("kv", kv))

    general, nature, specific, csr = prose(pos, L)
    if lang == "bl":
        general_fr, nature_fr, specific_fr, csr_fr = prose(pos, "fr")

    def para(en_text, fr_text=None):
        blocks.append(("p", en_text))
        if lang == "bl" and fr_text:
            blocks.append(("p", fr_text))

    # structure: supervisor sentence, direct reports
    def structure():
        blocks.append(("h", H("structure")))
        if sup and st.get("sup") == "sentence":
            n, cl = sup[0], sup[3]
            if L == "fr" and lang == "fr":
                s = f"Le titulaire relève {_du(sup[2])}"
                if cl:
                    s += f" ({fmt_cls(cl, cs)})"
                if n:
                    s += f", poste no {n}"
                s += "."
            else:
                s = f"The {title} reports to the {sup[1]}"
                if cl:
                    s += f" ({fmt_cls(cl, cs)})"
                if n:
                    s += f", position number {n}"
                s += "."
                if lang == "bl":
                    s2 = f"Le titulaire relève {_du(sup[2])}" + (
                        f" ({fmt_cls(cl, cs)})" if cl else "") + (f", poste no {n}" if n else "") + "."
                    para(s, s2)
                    s = None
            if s:
                para(s)
        reports = pos["reports"]
        rs = st.get("rep", "paren")
        fs = st.get("fte", "ftes" if L == "en" else "etp")
        intro = {"en": f"The following positions report to the {title}:",
                 "fr": f"Les postes suivants relèvent du titulaire :",
                 "bl": "Reporting to the position / Relèvent du titulaire :"}[lang]
        rtitle = (lambda r: r[1]) if lang == "fr" else (lambda r: r[0])
        if rs == "table":
            hdr = {"en": ["Position", "Group/Level", "FTEs"], "fr": ["Poste", "Groupe/niveau", "ETP"],
                   "bl": ["Position / Poste", "Group and Level / Groupe et niveau", "FTE / ETP"]}[lang]
            rows = [hdr] + [[rtitle(r), r[2] or "", "" if r[3] is None else str(r[3])] for r in reports]
            blocks.append(("p", intro))
            blocks.append(("table", rows, True))
        elif rs == "prose":
            parts = []
            for r in reports:
                t = rtitle(r)
                bits = [x for x in (fmt_cls(r[2], "std") if r[2] else None,
                                    fmt_fte(r[3], fs, vlang) if r[3] is not None else None) if x]
                art = "the " if L == "en" else ""
                parts.append(f"{art}{t} ({', '.join(bits)})" if bits else f"{art}{t}")
            if L == "en":
                s = f"The position has {len(reports)} direct reports: " + "; ".join(parts) + "."
            else:
                s = f"Le titulaire dirige {len(reports)} subordonnés directs : " + "; ".join(parts) + "."
            para(s)
        else:
            items = []
            for r in reports:
                t = rtitle(r)
                cl = fmt_cls(r[2], "std") if r[2] else None
                f = fmt_fte(r[3], fs, vlang) if r[3] is not None else None
                if rs == "dash":
                    items.append(" - ".join(x for x in (cl, t) if x) + (f" ({f})" if f else ""))
                elif rs == "endash":
                    items.append(" – ".join(x for x in (t, cl, f) if x))
                elif rs == "bracket":
                    items.append(t + (f" [{cl}]" if cl else "") + (f" ({f})" if f else ""))
                else:
                    bits = ", ".join(x for x in (cl, f) if x)
                    items.append(t + (f" ({bits})" if bits else ""))
            blocks.append(("p", intro))
            blocks.append(("list", items, False))

    def dimensions():
        blocks.append(("h", H("dimensions")))
        ds = st.get("dims", "lines")
        rows = []
        if pos["fte"] is not None:
            rows.append((label("fte", lang, li), str(pos["fte"])))
        if st.get("combined"):
            lab = {"en": "Salary and O&M budget", "fr": "Budget salarial et de F et E",
                   "bl": "Salary and O&M / Salaires et F et E"}[lang]
            rows.append((lab, fmt_amount(pos["total"], amt, vlang)))
        else:
            if pos["salary"] is not None:
                rows.append((label("salary", lang, li), fmt_amount(pos["salary"], amt, vlang)))
            if pos["om"] is not None:
                rows.append((label("o_and_m", lang, li), fmt_amount(pos["om"], amt, vlang)))
            if pos["total"] is not None:
                rows.append((label("total", lang, li), fmt_amount(pos["total"], amt, vlang)))
        if pos["program"]:
            rows.append((label("program", lang, li), fmt_amount(pos["program"], amt, vlang)))
        if st.get("dims_note"):
            rows.append(("", st["dims_note"]))
        if ds == "table":
            blocks.append(("table", [[a, b] for a, b in rows], False))
        elif ds == "prose" and not st.get("combined"):
            if L == "en":
                s = (f"The position manages {pos['fte']} FTEs and a salary budget of "
                     f"{fmt_amount(pos['salary'], amt, 'en')}, with {fmt_amount(pos['om'], amt, 'en')} in O&M, for a "
                     f"total of {fmt_amount(pos['total'], amt, 'en')}.")
                if pos["program"]:
                    s += f" It also manages {fmt_amount(pos['program'], amt, 'en')} in grants and contributions."
            else:
                s = (f"Le titulaire gère un effectif de {pos['fte']} ETP, un budget salarial de "
                     f"{fmt_amount(pos['salary'], amt, 'fr')} et un budget de F et E de "
                     f"{fmt_amount(pos['om'], amt, 'fr')}, soit un total de {fmt_amount(pos['total'], amt, 'fr')}.")
                if pos["program"]:
                    s += f" Il gère en outre {fmt_amount(pos['program'], amt, 'fr')} en subventions et contributions."
            para(s)
        else:
            blocks.append(("kv", rows))

    order = st.get("order", "classic")
    if order == "csr":
        blocks.append(("h", H("csr")))
        para(csr, csr_fr if lang == "bl" else None)
        blocks.append(("h", H("key")))
        blocks.append(("list", specific + (specific_fr if lang == "bl" else []), True))
        structure()
        dimensions()
    else:
        blocks.append(("h", H("general")))
        para(general, general_fr if lang == "bl" else None)
        if order == "dims_first":
            dimensions()
            structure()
        else:
            structure()
        blocks.append(("h", H("nature")))
        para(nature, nature_fr if lang == "bl" else None)
        if order != "dims_first":
            dimensions()
        blocks.append(("h", H("specific")))
        blocks.append(("list", specific + (specific_fr if lang == "bl" else []), True))
    if pos["location"] and st.get("loc_end"):
        blocks.append(("kv", [(label("location", lang, li), fmt_loc(pos["location"], st.get("loc", "comma"), vlang))]))
    if st.get("sig"):
        blocks.append(("h", H("cert")))
        blocks.append(("sig", st["sig"]))
    return blocks


# --- serializers ------------------------------------------------------------------------------------------

def wrap(text: str, width: int, rng: random.Random | None = None, hyph: float = 0.0) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if rng and hyph and len(w) > 7 and rng.random() < hyph and width - len(cur) > 4:
                cut = max(3, min(len(w) - 3, width - len(cur) - 2))
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def to_text(blocks: list, st: dict, width: int = 95, rng: random.Random | None = None, hyph: float = 0.0) -> str:
    hs, lay = st.get("hs", "caps"), st.get("lay", "colon")
    fr_colon = " :" if st.get("fr_colon") else ":"
    out, hn = [], 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper() if hs in ("caps", "num") else b[1]]
            if hs == "underline":
                out.append("=" * len(b[1]))
            out.append("")
        elif kind == "h":
            hn += 1
            t = b[1]
            out.append({"caps": t.upper(), "num": f"{hn}. {t.upper()}", "colon": t + ":", "underline": t,
                        "roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][min(hn, 8) - 1]}. {t}",
                        "title": t}.get(hs, t))
            if hs == "underline":
                out.append("-" * len(t))
            out.append("")
        elif kind == "p":
            out += wrap(b[1], width, rng, hyph) if width else [b[1]]
            out.append("")
        elif kind == "kv":
            w = max((len(k) for k, _ in b[1] if k), default=10)
            for k, v in b[1]:
                if not k:
                    out.append(v)
                elif lay == "next":
                    out += [k + fr_colon, "    " + v]
                elif lay == "dots":
                    out.append(k + " " + "." * max(3, w + 4 - len(k)) + " " + v)
                elif lay == "tabs":
                    out.append(k + fr_colon + "\t" + v)
                elif lay == "pad":
                    out.append((k + fr_colon).ljust(w + 3) + v)
                else:
                    out.append(f"{k}{fr_colon} {v}")
            out.append("")
        elif kind == "list":
            for i, item in enumerate(b[1], 1):
                mark = f"{i}." if b[2] else st.get("bullet", "-")
                lines = wrap(item, width - 4, rng, hyph) if width else [item]
                out.append(f"{mark} {lines[0]}")
                out += ["   " + x for x in lines[1:]]
            out.append("")
        elif kind == "table":
            rows = b[1]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for r in rows:
                out.append(st.get("tsep", "  ").join(c.ljust(w) for c, w in zip(r, ws)).rstrip())
            out.append("")
        elif kind == "sig":
            out += b[1] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_markdown(blocks: list, st: dict) -> str:
    out, first = [], True
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [("# " if first else "## ") + b[1], ""]
            first = False
        elif kind == "h":
            out += [("### " if st.get("md_h3") else "## ") + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "kv":
            if st.get("md_kv") == "table":
                out += ["| Champ | Valeur |" if st.get("fr_table") else "| Field | Value |", "|---|---|"]
                out += [f"| {k} | {v} |" for k, v in b[1] if k]
                out += [v for k, v in b[1] if not k]
            else:
                out += [f"*   **{k}:** {v}" if k else f"    {v}" for k, v in b[1]]
            out.append("")
        elif kind == "list":
            out += [f"{i}.  {x}" if b[2] else f"*   {x}" for i, x in enumerate(b[1], 1)]
            out.append("")
        elif kind == "table":
            rows = b[1]
            if b[2]:
                out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                rows = rows[1:]
            else:
                out += ["| | |", "|---|---|"]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
        elif kind == "sig":
            out += [x + "  " for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def side_by_side(en: list, fr: list, width: int = 46, gap: str = "   ") -> list[str]:
    """Two columns, English left and French right, section by section."""
    st = {"hs": "caps", "lay": "colon"}
    out = []
    for be, bf in zip(en, fr):
        le = to_text([be], st, width).rstrip("\n").split("\n")
        lf = to_text([bf], {**st, "fr_colon": True}, width).rstrip("\n").split("\n")
        for i in range(max(len(le), len(lf))):
            a = le[i] if i < len(le) else ""
            c = lf[i] if i < len(lf) else ""
            out.append((a.ljust(width) + gap + c).rstrip())
        out.append("")
    return out


# --- OCR damage ---------------------------------------------------------------------------------------------

LETTER_SUBS = [("rn", "m"), ("m", "rn"), ("li", "h"), ("it", "k"), ("l", "I"), ("e", "c"), ("o", "a"), ("th", "(h"),
               ("cl", "d"), ("d", "cl"), ("ti", "d"), ("ri", "n"), ("f", "t"), ("é", "e"), ("è", "e"), ("u", "ii")]
DIGIT_SUBS = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_words(text: str, rng: random.Random, q: float, run: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and w.isalpha() and rng.random() < q:
            a, b = rng.choice(LETTER_SUBS)
            if a in w:
                i = w.find(a)
                w = w[:i] + b + w[i + len(a):]
        out.append(w)
    s = out[0] if out else ""
    for w in out[1:]:
        s += ("" if rng.random() < run else " ") + w
    return s


def damage_digits(text: str, rng: random.Random, p: float, lower_l: float = 0.3) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch in DIGIT_SUBS and rng.random() < p:
            sub = DIGIT_SUBS[ch]
            if ch == "1" and rng.random() < lower_l:
                sub = "l"
            out.append(sub)
        else:
            out.append(ch)
    return "".join(out)


def ocr_blocks(blocks: list, rng: random.Random, q: float, run: float) -> list:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(("p", damage_words(b[1], rng, q, run)))
        elif b[0] == "list":
            out.append(("list", [damage_words(x, rng, q, run) for x in b[1]], b[2]))
        else:
            out.append(b)
    return out


def paginate(lines: list[str], per: int, footer: str, header: str | None = None, style: str = "page") -> list[str]:
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if header and i > 1:
            out += [header, ""]
        out += pg
        mark = {"page": f"Page {i} of {n}", "page_fr": f"Page {i} de {n}", "dash": f"- {i} -", "bare": str(i)}[style]
        out += ["", f"{footer}    {mark}" if footer else mark, "\f" if i < n and style != "bare" else ""]
    return out


# --- writers -----------------------------------------------------------------------------------------------

def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2019, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def docx_bytes(blocks: list, st: dict, bil: tuple | None = None, pre: list | None = None) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "", "", "", ""
    cp.created = cp.modified = dt.datetime(2019, 1, 1)
    cp.revision = 1
    nb = "\u00a0" if st.get("nbsp") else " "
    for line in pre or []:
        d.add_paragraph(line)
    if bil:  # side by side: a two-column table, a section a row
        en, fr = bil
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for be, bf in zip(en, fr):
            row = t.add_row().cells
            for cell, b, fr_ in ((row[0], be, False), (row[1], bf, True)):
                txt = to_text([b], {"hs": "title", "lay": "colon", "fr_colon": fr_}, 0).rstrip("\n")
                cell.text = txt.replace(" :", nb + ":") if fr_ else txt
        return fixed_zip(_save(d))
    kvt = st.get("docx_kv", "table")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=st.get("title_level", 1))
        elif kind == "h":
            if st.get("docx_h") == "bold":
                p = d.add_paragraph()
                r = p.add_run(b[1].upper() if st.get("hs") == "caps" else b[1])
                r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            rows = [(k, v) for k, v in b[1]]
            if kvt == "table" and all(k for k, _ in rows):
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in rows:
                    c = t.add_row().cells
                    c[0].text, c[1].text = k, v
                d.add_paragraph("")
            else:
                colon = nb + ":" if st.get("fr_colon") else ":"
                for k, v in rows:
                    p = d.add_paragraph()
                    if k:
                        r = p.add_run(k + colon)
                        r.bold = True
                        p.add_run(("\t" if kvt == "tabs" else " ") + v)
                    else:
                        r = p.add_run(v)
                        r.italic = True
        elif kind == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Number" if b[2] else "List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r in rows:
                c = t.add_row().cells
                for cell, v in zip(c, r):
                    cell.text = v
            d.add_paragraph("")
        elif kind == "sig":
            for x in b[1]:
                d.add_paragraph(x)
    return fixed_zip(_save(d))


def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf(pages_text: list[str]) -> bytes:
    from tests.import_files import pdf_bytes
    return pdf_bytes(pages_text)


# --- expected ---------------------------------------------------------------------------------------------

def effective(pos: dict, over: dict) -> dict:
    p = dict(pos)
    p.update(over)
    if "total" not in over:
        p["total"] = (p["salary"] + p["om"]) if p["salary"] is not None and p["om"] is not None else None
    return p


def expected_for(name: str, kind: str, lang: str, p: dict, st: dict, people: list, versions, also_extra=None) -> dict:
    L = "fr" if lang == "fr" else "en"
    sup = p["sup"]
    ss = st.get("sup_stated", (True, True, True))
    supd = None
    if sup:
        supd = {"position_number": sup[0] if sup[0] and ss[0] else None,
                "title": (sup[2] if L == "fr" else sup[1]) if ss[1] else None,
                "classification": sup[3] if sup[3] and ss[2] else None}
    reports = [{"title": r[1] if L == "fr" else r[0], "classification": r[2], "fte": r[3]} for r in p["reports"]]
    city, prov = p["location"]
    loc = f"{city}, {PROV_FR[prov] if L == 'fr' else PROV_EN[prov]}"
    combined = st.get("combined")
    fields = {
        "title": p["title_fr"] if lang == "fr" else p["title_en"],
        "classification": p["cls"],
        "job_code": p["job_code"],
        "position_number": p["number"],
        "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] else None,
        "supervisor": supd,
        "direct_reports": reports or None,
        "salary": None if combined else p["salary"],
        "o_and_m": None if combined else p["om"],
        "total": p["total"],
        "location": loc,
    }
    not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date")
                  if fields[k] is None]
    if supd is None:
        not_stated.append("supervisor")
    else:
        not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if supd[k] is None]
    not_stated += [k for k in ("direct_reports", "salary", "o_and_m", "total", "location") if fields[k] is None]
    also = {"fte": p["fte"], "operating_budget": None, "program_budget": p["program"],
            "provisional_number": st.get("provisional")}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    if also_extra:
        also.update(also_extra)
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": not_stated, "also": also, "people": people, "versions": versions}


def refused(name: str, kind: str, lang: str, people: list, why: str) -> dict:
    return {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
            "not_stated": [], "also": {"why": why}, "people": people, "versions": None}


def main() -> None:
    from documents import DOCS, REFUSED
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    # versions: documents of one position
    groups: dict[str, list] = {}
    for doc in DOCS:
        groups.setdefault(doc["pos"], []).append(doc)
    in_corpus = {}
    for doc in DOCS:
        p = POSITIONS[doc["pos"]]
        if p["number"]:
            in_corpus.setdefault(p["number"], doc["name"])
    for doc in DOCS:
        pos = POSITIONS[doc["pos"]]
        p = effective(pos, doc.get("over", {}))
        data, people, st = doc["render"](p, doc)
        (corpus / doc["name"]).write_bytes(data)
        g = groups[doc["pos"]]
        versions = None
        if len(g) > 1:
            newest = max(g, key=lambda x: (x.get("version_rank", 0), x["name"]))
            versions = {"documents": sorted(x["name"] for x in g), "newest": newest["name"]}
            if doc.get("same_as"):
                versions["same_as"] = doc["same_as"]
        extra = {}
        if p["sup"] and p["sup"][0] in in_corpus and in_corpus[p["sup"][0]] != doc["name"]:
            extra["reports_to_in_corpus"] = in_corpus[p["sup"][0]]
        exp = expected_for(doc["name"], doc["kind"], doc["lang"], p, st, people, versions, extra)
        write_yaml(expected / f"{doc['name']}.expected.yaml", exp)
    for r in REFUSED:
        data, people = r["render"](r)
        (corpus / r["name"]).write_bytes(data)
        write_yaml(expected / f"{r['name']}.expected.yaml", refused(r["name"], r["kind"], r["lang"], people, r["why"]))


def write_yaml(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110),
                    encoding="utf-8")


if __name__ == "__main__":
    main()
