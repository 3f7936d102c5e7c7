#!/usr/bin/env python3
"""Write the blind110 corpus: EX work descriptions of positions that outlived reorganizations
(former titles, renamed departments, old and new position numbers, supervisors renamed, reports
moved away, dimensions restated), and a few documents to refuse, with their ground truth.

    /work/main/.venv/bin/python bench/import/blind110/make_blind.py

Deterministic: a fixed seed, fixed timestamps in the Word files; the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "tests"))

import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

RNG = random.Random(110)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# notations

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]


def fmt_date(d: dt.date, lang: str, style: int) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"le {day} {MONTHS_FR[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"][style % 5]
    m = MONTHS_EN[d.month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m[:3]}. {d.day}, {d.year}",
            f"{m} {d.day}{suffix}, {d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{m[:3].upper()} {d.day:02d} {d.year}"][style % 7]


def fmt_amount(v: int, lang: str, style: int) -> str:
    if lang == "fr":
        sp = f"{v:,}".replace(",", "\u00a0" if style % 2 else " ")
        return [f"{sp} $", f"{sp},00 $", f"{v / 1e6:.2f} M$".replace(".", ","),
                f"{v / 1e6:.2f} million $".replace(".", ","), f"{sp} $"][style % 5]
    return [f"${v:,}", f"${v / 1e6:.2f}M", f"${v // 1000:,}K", f"${v / 1e6:.2f} million", f"${v:,}.00",
            f"${v:,}"][style % 6]


def fmt_cls(c: str, style: int) -> str:
    g, n = c.rsplit("-", 1)
    return [c, f"{g} {n}", f"{g}-{int(n)}" if g == "EX" else c, f"{g}{n}", c][style % 5]


def fmt_fy(y: int, lang: str) -> str:
    return f"{y}-{(y + 1) % 100:02d}" if lang != "fr" else f"{y}-{y + 1}"


# ---------------------------------------------------------------------------------------------
# OCR damage

DIGIT = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_ALT = {"1": "l", "0": "o", "6": "b"}
LETTER = [("rn", "m"), ("m", "rn"), ("e", "c"), ("i", "l"), ("l", "I"), ("cl", "d"), ("h", "b"), ("ti", "b"),
          ("u", "ii"), ("o", "a"), ("s", "8")]


def damage(text: str, level: int, rng: random.Random) -> str:
    if level <= 0:
        return text
    p_digit, p_letter, p_join = [(0, 0, 0), (0.35, 0.012, 0.004), (0.65, 0.03, 0.01), (0.9, 0.05, 0.02)][level]
    out = []
    for tok in text.split(" "):
        if any(ch.isdigit() for ch in tok) and rng.random() < p_digit:
            tok = "".join(DIGIT.get(ch, ch) if rng.random() < 0.7 else DIGIT_ALT.get(ch, ch) if rng.random() < 0.15
                          else ch for ch in tok)
        elif len(tok) >= 5 and tok.isalpha() and rng.random() < p_letter:
            a, b = rng.choice(LETTER)
            if a in tok:
                tok = tok.replace(a, b, 1)
        out.append(tok)
        out.append(" " if rng.random() >= p_join else "")
    return "".join(out).rstrip()


# ---------------------------------------------------------------------------------------------
# the documents planned

# (kind, lang, dept, function, level, location)
WD = [
    ("ocr", "en", "ISC", "programs", "EX-02", "Winnipeg"),
    ("ocr", "en", "PSPC", "procurement", "EX-03", "Gatineau"),
    ("ocr", "fr", "ESDC", "hr", "EX-01", "Gatineau"),
    ("ocr", "en", "CIRNAC", "policy", "EX-03", "Gatineau"),
    ("ocr", "fr", "PSPC", "realprop", "EX-01", "Montreal"),
    ("ocr", "en", "ECCC", "digital", "EX-01", "Gatineau"),
    ("ocr", "bilingual", "GAC", "comms", "EX-02", "Ottawa"),
    ("ocr", "en", "ESDC", "finance", "EX-01", "Gatineau"),
    ("ocr", "fr", "ISC", "programs", "EX-01", "Quebec"),
    ("ocr", "en", "PRAIRIESCAN", "programs", "EX-02", "Edmonton"),
    ("ocr", "en", "IRCC", "digital", "EX-03", "Ottawa"),
    ("ocr", "fr", "ISED", "audit", "EX-01", "Ottawa"),
    ("ocr", "en", "DFO", "realprop", "EX-01", "Moncton"),          # 12: older version of 22
    ("ocr", "en", "TC", "finance", "EX-02", "Ottawa"),
    ("ocr", "bilingual", "WAGE", "policy", "EX-01", "Gatineau"),
    ("ocr-columns", "en", "HICC", "programs", "EX-01", "Ottawa"),
    ("ocr-columns", "fr", "AAFC", "procurement", "EX-01", "Ottawa"),
    ("docx", "en", "ESDC", "digital", "EX-03", "Gatineau"),
    ("docx", "en", "ISC", "finance", "EX-01", "Gatineau"),
    ("docx", "fr", "CIRNAC", "hr", "EX-02", "Gatineau"),
    ("docx", "en", "PSPC", "digital", "EX-01", "Gatineau"),
    ("docx", "bilingual", "PCH", "comms", "EX-01", "Gatineau"),
    ("docx", "en", "DFO", "realprop", "EX-01", "Moncton"),         # 22: revision of 12
    ("docx", "fr", "IRCC", "programs", "EX-01", "Montreal"),
    ("docx", "en", "SSC", "procurement", "EX-02", "Ottawa"),
    ("docx", "en", "VAC", "hr", "EX-01", "Charlottetown"),
    ("docx", "fr", "ECCC", "policy", "EX-02", "Gatineau"),
    ("docx", "en", "STATCAN", "audit", "EX-01", "Ottawa"),
    ("docx", "en", "ISED", "policy", "EX-02", "Ottawa"),
    ("pdf", "en", "GAC", "finance", "EX-03", "Ottawa"),
    ("pdf", "fr", "ESDC", "programs", "EX-02", "Montreal"),
    ("pdf", "en", "HICC", "digital", "EX-01", "Ottawa"),
    ("pdf", "bilingual", "ISC", "audit", "EX-02", "Gatineau"),
    ("pdf", "en", "PSPC", "comms", "EX-01", "Gatineau"),
    ("pdf", "fr", "ISC", "realprop", "EX-01", "Gatineau"),
    ("pdf", "en", "PRAIRIESCAN", "finance", "EX-01", "Saskatoon"),
    ("pdf", "en", "IRCC", "hr", "EX-02", "Ottawa"),                # 36: signed copy of 41
    ("markdown", "en", "ESDC", "policy", "EX-02", "Gatineau"),
    ("markdown", "fr", "ISED", "digital", "EX-01", "Ottawa"),
    ("markdown", "bilingual", "CIRNAC", "programs", "EX-01", "Yellowknife"),
    ("text", "en", "TC", "realprop", "EX-01", "Ottawa"),
    ("text", "en", "IRCC", "hr", "EX-02", "Ottawa"),               # 41: the draft of 36
    ("text", "bilingual", "ECCC", "audit", "EX-01", "Gatineau"),
    ("text-cp1252", "en", "WAGE", "comms", "EX-01", "Gatineau"),
    ("text-cp1252", "fr", "PCH", "finance", "EX-02", "Gatineau"),
]
PLAIN = {13, 25, 27, 40}          # positions with few traces of reorganization
SAME_AS = {36: 41}                # the same text as another document (a signed copy)
REVISION_OF = {22: 12}            # a later revision of the same position

USED_NAMES: set[str] = set()
USED_NUMBERS: set[str] = set()


def person() -> str:
    while True:
        name = f"{RNG.choice(T.FIRST)} {RNG.choice(T.LAST)}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name


def number(digits: int = 5) -> str:
    while True:
        n = str(RNG.randint(10 ** (digits - 1), 10 ** digits - 1))
        if n not in USED_NUMBERS:
            USED_NUMBERS.add(n)
            return n


def rank(level: str, lang: str, fem: bool) -> str:
    if lang == "fr":
        return {"EX-01": "Directrice" if fem else "Directeur",
                "EX-02": "Directrice exécutive" if fem else "Directeur exécutif",
                "EX-03": "Directrice générale" if fem else "Directeur général"}[level]
    return {"EX-01": "Director", "EX-02": RNG.choice(["Executive Director", "Senior Director"]),
            "EX-03": "Director General"}[level]


def fr_rank(en: str, fem: bool) -> str:
    return {"Director": "Directrice" if fem else "Directeur",
            "Executive Director": "Directrice exécutive" if fem else "Directeur exécutif",
            "Senior Director": "Directrice principale" if fem else "Directeur principal",
            "Director General": "Directrice générale" if fem else "Directeur général"}[en]


def plan_position(i: int, spec) -> dict:
    kind, lang, dkey, fkey, level, lkey = spec
    fn = T.FUNCTIONS[fkey]
    dept = T.DEPARTMENTS[dkey]
    fem = RNG.random() < 0.5
    ai = RNG.randrange(len(fn["areas"]))
    area = fn["areas"][ai]
    rk = rank(level, "en", fem)
    p = dict(i=i, kind=kind, lang=lang, dkey=dkey, fkey=fkey, level=level, lkey=lkey, fem=fem, dept=dept)
    p["title_en"] = f"{rk}, {area[0]}"
    p["title_fr"] = f"{fr_rank(rk, fem)}, {area[1]}"
    p["old_title_en"] = f"{rk}, {area[2]}"
    p["old_title_fr"] = f"{fr_rank(rk, fem)}, {area[3]}"
    p["area_en"], p["area_fr"] = area[0], area[1]
    # supervisor
    if level == "EX-01":
        other = fn["areas"][(ai + 1 + RNG.randrange(len(fn["areas"]) - 1)) % len(fn["areas"])]
        if RNG.random() < 0.7:
            sfem = RNG.random() < 0.5
            p["sup"] = (f"Director General, {other[0]}", f"{fr_rank('Director General', sfem)}, {other[1]}",
                        f"Director General, {other[2]}", f"{fr_rank('Director General', sfem)}, {other[3]}", "EX-03")
        else:
            sfem = RNG.random() < 0.5
            p["sup"] = (f"Executive Director, {other[0]}", f"{fr_rank('Executive Director', sfem)}, {other[1]}",
                        f"Executive Director, {other[2]}", f"{fr_rank('Executive Director', sfem)}, {other[3]}", "EX-02")
    else:
        a = fn["adm"]
        p["sup"] = (a[0], a[1], a[2], a[3], "EX-04" if level == "EX-03" or RNG.random() < 0.7 else "EX-05")
    p["branch_en"], p["branch_fr"], p["old_branch_en"], p["old_branch_fr"] = fn["branch"]
    # numbers and dates
    p["pos"] = number(RNG.choice([5, 5, 5, 6, 8]))
    p["old_pos"] = number(5)
    p["job"] = number(6) if RNG.random() < 0.5 else "10" + number(4)
    p["old_job"] = "10" + number(4)
    p["sup_pos"] = number(5)
    p["old_sup_pos"] = number(5)
    y = RNG.randint(2019, 2024)
    p["eff"] = dt.date(y, RNG.choice([1, 4, 4, 6, 9, 10, 11]), RNG.choice([1, 1, 1, 3, 15, 17, 22, 28]))
    p["old_eff"] = dt.date(RNG.randint(2011, 2017), RNG.randint(1, 12), RNG.choice([1, 1, 5, 12, 20, 30]))
    p["fy"], p["old_fy"] = min(y, 2023), p["old_eff"].year
    # reports
    if level == "EX-01":
        pool = list(fn["reports"])
        RNG.shuffle(pool)
        n = RNG.randint(3, 5)
        reps = [dict(en=r[0], fr=r[1], cls=r[2], fte=RNG.randint(3, 19)) for r in pool[:n]]
        moved = dict(en=pool[n][0], fr=pool[n][1], cls=pool[n][2], fte=RNG.randint(4, 14)) if n < len(pool) else None
    else:
        pool = list(fn["directors"])
        RNG.shuffle(pool)
        n = min(len(pool), RNG.randint(2, 4))
        reps = [dict(en=r[0], fr=r[1], cls="EX-01", fte=RNG.randint(14, 62)) for r in pool[:n]]
        extra = list(fn["reports"])
        RNG.shuffle(extra)
        if RNG.random() < 0.5:
            e = extra[0]
            reps.append(dict(en=e[0], fr=e[1], cls=e[2], fte=1 if RNG.random() < 0.3 else RNG.randint(2, 8)))
        e = extra[1]
        moved = dict(en=e[0], fr=e[1], cls=e[2], fte=RNG.randint(5, 20))
    p["reports"], p["moved"] = reps, moved
    p["fte"] = sum(r["fte"] for r in reps) + RNG.randint(1, 3)
    p["old_fte"] = p["fte"] + (moved["fte"] if moved else 0) - RNG.randint(-4, 6)
    p["salary"] = round(p["fte"] * RNG.randint(88, 112) / 10) * 10000
    p["om"] = RNG.randint(3, 40) * 10000 + (RNG.randint(1, 9) * 10000 if p["fte"] > 40 else 0)
    p["total"] = p["salary"] + p["om"]
    p["old_salary"] = round(p["old_fte"] * RNG.randint(78, 96) / 10) * 10000
    p["old_om"] = RNG.randint(3, 30) * 10000
    p["gc"] = RNG.randint(5, 240) * 100000 if fkey == "programs" and RNG.random() < 0.7 else None
    # what the document states
    plain = i in PLAIN
    p["feat"] = set()
    menu = ["former_title", "sup_changed", "old_pos", "update_note", "moved_report", "dims_restated",
            "old_date", "reclass", "old_job", "old_sup_pos", "loc_moved", "added_report", "branch_renamed"]
    if dept[2] and not plain:
        p["feat"].add("dept_renamed")
    if not plain:
        p["feat"].update(RNG.sample(menu, RNG.randint(4, 7)))
        if not ({"former_title", "sup_changed", "old_pos"} & p["feat"]):
            p["feat"].add(RNG.choice(["former_title", "sup_changed", "old_pos"]))
    else:
        if RNG.random() < 0.5:
            p["feat"].add("update_note")
    if moved is None:
        p["feat"].discard("moved_report")
    if level == "EX-01" or p["sup"][4] == "EX-05":
        pass
    p["old_level"] = {"EX-01": None, "EX-02": "EX-01", "EX-03": "EX-02"}[level]
    if not p["old_level"]:
        p["feat"].discard("reclass")
    p["old_loc"] = RNG.choice([k for k in T.LOCATIONS if k != lkey])
    p["has_job"] = RNG.random() < 0.6
    p["has_sup_pos"] = RNG.random() < 0.65
    p["has_eff"] = RNG.random() < 0.92
    p["has_loc"] = RNG.random() < 0.85
    p["sup_in_sentence"] = RNG.random() < 0.25          # supervisor only in a sentence of the structure
    p["sup_cls_stated"] = not p["sup_in_sentence"] or RNG.random() < 0.6
    if p["sup_in_sentence"]:
        p["has_sup_pos"] = False
    p["dims_mode"] = RNG.choices(["full", "nototal", "combined", "none"], [70, 10, 15, 5])[0]
    p["rep_cls"] = RNG.random() < 0.9
    p["rep_fte"] = RNG.random() < 0.92
    p["rep_style"] = RNG.randrange(6)
    p["csr"] = RNG.random() < 0.15
    p["incumbent"] = person() if RNG.random() < 0.55 else None
    p["signers"] = [person() for _ in range(RNG.randint(1, 2))]
    p["updater"] = person() if "update_note" in p["feat"] and RNG.random() < 0.6 else None
    p["note_style"] = RNG.randrange(6)
    p["date_style"] = RNG.randrange(7)
    p["amount_style"] = RNG.randrange(6)
    p["cls_style"] = RNG.choice([0, 0, 0, 1, 2, 3, 4])
    p["labels"] = RNG.randrange(len(T.LABELS_EN if lang != "fr" else T.LABELS_FR))
    p["layout"] = RNG.choice(["colon", "colon", "next", "dots", "tab"])
    p["heading"] = RNG.choice(["caps", "title", "numbered", "capscolon"])
    p["order"] = RNG.randrange(2)
    return p


# ---------------------------------------------------------------------------------------------
# rendering to an abstract document: a list of blocks
#   ("h", text)  ("f", label, value)  ("p", text)  ("ul", [items])  ("ol", [items])
#   ("table", [rows])  ("sig", [lines])
# values may carry a struck old value as the marker "\x01old\x02" (Markdown ~~old~~, Word struck
# run); the plain renderers never receive it (the plan only strikes in Markdown and Word).

def note(new: str, old: str, lang: str, style: int, year: int | None = None, strike: bool = False) -> str:
    if strike:
        return f"\x01{old}\x02 {new}"
    if lang == "fr":
        return [f"{new} (anciennement {old})", f"{new} (auparavant {old})", f"{new} [ancien : {old}]",
                f"{new} (avant {year or 2020} : {old})", f"{new} (remplace {old})",
                f"{new} (anciennement {old})"][style % 6]
    return [f"{new} (formerly {old})", f"{new} (previously {old})", f"{new} [was {old}]",
            f"{new} ({old} before {year or 2020})", f"{new} (replaces {old})", f"{new} (old: {old})"][style % 6]


def build(p: dict) -> tuple[list, dict]:
    """The blocks of the document and its ground-truth fields."""
    lang, feat = p["lang"], p["feat"]
    L = (T.LABELS_FR if lang == "fr" else T.LABELS_EN)[p["labels"]]
    H = T.HEAD_FR if lang == "fr" else T.HEAD_EN
    LF = T.LABELS_FR[p["labels"] % 3]
    bi = lang == "bilingual"
    fr = lang == "fr"
    strike_ok = p["kind"] in ("docx", "markdown")
    ns = p["note_style"]
    ry = p["eff"].year if p["eff"].year < 2023 else 2021
    reorg_year = min(ry, p["eff"].year)

    def lab(key):
        return f"{T.LABELS_EN[p['labels'] % 4][key]} / {LF[key]}" if bi else L[key]

    def nt(new, old, k=0):
        strike = strike_ok and (ns + k) % 3 == 0
        return note(new, old, "fr" if fr else "en", ns + k, reorg_year, strike)

    title = p["title_fr"] if fr else p["title_en"]
    old_title = p["old_title_fr"] if fr else p["old_title_en"]
    dept, dept_old = (p["dept"][1], p["dept"][3]) if fr else (p["dept"][0], p["dept"][2])
    sup_title = p["sup"][1] if fr else p["sup"][0]
    sup_old = p["sup"][3] if fr else p["sup"][2]
    loc = T.LOCATIONS[p["lkey"]]
    old_loc = T.LOCATIONS[p["old_loc"]]
    loc_txt = f"{loc[2]} ({loc[3]})" if fr else f"{loc[0]}, {loc[1]}"
    old_loc_txt = f"{old_loc[2]} ({old_loc[3]})" if fr else f"{old_loc[0]}, {old_loc[1]}"
    cs = p["cls_style"]
    blocks: list = []
    people: list[str] = []

    # heading of the form
    top = []
    dept_line = dept
    if "dept_renamed" in feat:
        dept_line = (f"{dept} (anciennement {dept_old})" if fr else f"{dept} (formerly {dept_old})")
        if bi:
            dept_line = f"{p['dept'][0]} / {p['dept'][1]} (formerly / anciennement {p['dept'][2]})"
    elif bi:
        dept_line = f"{p['dept'][0]} / {p['dept'][1]}"
    top.append(dept_line)
    top.append({0: "EXECUTIVE WORK DESCRIPTION", 1: "Executive Group Position Description",
                2: "WORK DESCRIPTION - EX GROUP", 3: "Job Description"}[p["i"] % 4] if not fr else
               {0: "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", 1: "Description de travail de cadre",
                2: "DESCRIPTION DE POSTE (EX)"}[p["i"] % 3])
    if bi:
        top[-1] = "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"
    for t in top:
        blocks.append(("title", t))
    if "update_note" in feat and p["i"] % 2 == 0:
        blocks.append(("p", update_note(p, reorg_year)))

    # header fields
    fields = []
    t_val = title
    if "former_title" in feat and p["i"] % 3 != 2:
        t_val = nt(title, old_title, 1)
    fields.append((lab("title"), t_val))
    if bi:
        fields.append(("Titre du poste (français)" if p["i"] % 2 else "Titre français", p["title_fr"]))
    if "former_title" in feat and p["i"] % 3 == 2:
        fields.append(("Titre antérieur" if fr else ("Former title / Titre antérieur" if bi else "Former Title"),
                       old_title if not bi else f"{p['old_title_en']} / {p['old_title_fr']}"))
    c_val = fmt_cls(p["level"], cs)
    if "reclass" in feat:
        c_val = (f"{c_val} (reclassifié de {fmt_cls(p['old_level'], cs)} en {reorg_year})" if fr else
                 f"{c_val} (reclassified from {fmt_cls(p['old_level'], cs)}, {reorg_year})")
    fields.append((lab("cls"), c_val))
    if p["has_job"]:
        j = p["job"]
        if "old_job" in feat:
            j = nt(j, p["old_job"], 2)
        fields.append((lab("job"), j))
    pos_val = p["pos"]
    if "old_pos" in feat:
        if ns % 4 == 3 and not strike_ok:
            fields.append(((f"{lab('pos')} (nouveau)" if fr else f"{lab('pos')} (new)"), p["pos"]))
            fields.append(((f"{lab('pos')} (ancien)" if fr else f"{lab('pos')} (old)"), p["old_pos"]))
            pos_val = None
        else:
            pos_val = nt(p["pos"], p["old_pos"], 0)
    if pos_val:
        fields.append((lab("pos"), pos_val))
    if p["has_eff"]:
        e = fmt_date(p["eff"], "fr" if fr else "en", p["date_style"])
        if "old_date" in feat:
            o = fmt_date(p["old_eff"], "fr" if fr else "en", p["date_style"])
            e = (f"{e} (remplace la version du {o})" if fr else f"{e} (replaces version dated {o})")
        fields.append((lab("eff"), e))
    if "update_note" in feat and p["i"] % 2 == 1:
        fields.append((("Dernière révision" if fr else "Last revised"),
                       f"{MONTHS_FR[2]} {reorg_year}" if fr else f"March {reorg_year}"))
    b_val = p["branch_fr"] if fr else p["branch_en"]
    if "branch_renamed" in feat:
        b_val = nt(b_val, p["old_branch_fr"] if fr else p["old_branch_en"], 3)
    fields.append((lab("branch"), b_val))
    if p["i"] % 3 == 0:
        fields.append((lab("dept"), dept))
    if not p["sup_in_sentence"]:
        if p["has_sup_pos"]:
            sp = p["sup_pos"]
            if "old_sup_pos" in feat:
                sp = nt(sp, p["old_sup_pos"], 4)
            fields.append((lab("sup_pos"), sp))
        st = sup_title
        if "sup_changed" in feat:
            st = nt(sup_title, sup_old, 5)
        fields.append((lab("sup_title"), st))
        if p["sup_cls_stated"]:
            fields.append((lab("sup_cls"), fmt_cls(p["sup"][4], cs)))
    if p["has_loc"]:
        lv = loc_txt
        if "loc_moved" in feat:
            lv = nt(loc_txt, old_loc_txt, 1)
        fields.append((lab("loc"), lv))
    if p["incumbent"] and p["i"] % 2 == 0:
        fields.append(("Titulaire" if fr else ("Incumbent / Titulaire" if bi else "Incumbent"), p["incumbent"]))
    blocks.append(("fields", fields))
    if p["incumbent"]:
        people.append(p["incumbent"])

    # sections
    who = title
    ga = ((f"Le {who} est " if not p["fem"] else f"La {who} est ") + T.FUNCTIONS[p["fkey"]]["ga_fr"]) if fr else \
        f"The {who} is " + T.FUNCTIONS[p["fkey"]]["ga_en"]
    sec_ga = [("h", H["ga"] if not bi else "General Accountability / Responsabilité générale"), ("p", ga)]
    if bi:
        sec_ga.append(("p", "Le titulaire est " + T.FUNCTIONS[p["fkey"]]["ga_fr"]))
    # structure
    org = [("h", H["org"] if not bi else "Organization Structure / Structure organisationnelle")]
    sc = fmt_cls(p["sup"][4], cs)
    if fr:
        s = f"Le titulaire relève du {sup_title}" if not sup_title.startswith(("Directrice", "Dirigeante", "Sous-ministre adjointe")) else f"Le titulaire relève de la {sup_title}"
        if p["sup_cls_stated"] or not p["sup_in_sentence"]:
            s += f" ({sc})"
        if "sup_changed" in feat:
            s += f", poste auparavant intitulé {sup_old}"
        s += "."
    else:
        s = f"The {title} reports to the {sup_title}"
        if p["sup_cls_stated"] or not p["sup_in_sentence"]:
            s += f" ({sc})"
        if "sup_changed" in feat:
            s += [f", previously the {sup_old}", f" (the position was titled {sup_old} until {reorg_year})",
                  f"; before the {reorg_year} reorganization it reported to the {sup_old}"][ns % 3]
        s += "."
    if p["sup_in_sentence"] or p["i"] % 2 == 0:
        org.append(("p", s))
    if bi and p["sup_in_sentence"]:
        de = "de la" if p["sup"][1].startswith(("Directrice", "Dirigeante", "Sous-ministre adjointe")) else "du"
        org.append(("p", f"Le titulaire relève {de} {p['sup'][1]} ({sc})."))
    reps = p["reports"]
    items = [report_text(r, p, "fr" if fr else "en") for r in reps]
    if "added_report" in feat and len(items) > 2:
        items[-1] += " (ajouté en {0})".format(reorg_year) if fr else f" (added {reorg_year})"
    moved_note = None
    if "moved_report" in feat:
        m = p["moved"]
        mb = {"fr": "une autre direction générale", "en": "another branch"}
        if fr:
            moved_note = (f"{report_text(m, p, 'fr')} - transféré à {mb['fr']} le "
                          f"{fmt_date(dt.date(reorg_year, 4, 1), 'fr', 0)}; ne relève plus du poste.")
        else:
            moved_note = (f"{report_text(m, p, 'en')} - moved to {['the Real Property Branch', 'the Chief Data Office', 'Corporate Services', 'the Regional Operations Sector'][p['i'] % 4]} "
                          f"on {fmt_date(dt.date(reorg_year, 4, 1), 'en', 0)}; no longer reports to this position.")
    intro = (f"Les postes suivants relèvent {'de la' if p['fem'] else 'du'} {title} :" if fr else
             f"The following positions report to the {title}:")
    if not (p["rep_style"] == 5 and not fr):
        org.append(("p", intro))
    if p["rep_style"] == 5 and not fr:
        org.append(("p", prose_reports(reps, p)))
    elif p["rep_style"] == 4:
        rows = [["Poste" if fr else "Position", "Groupe/niveau" if fr else "Classification", "ETP" if fr else "FTEs"]]
        for r in reps:
            rows.append([r["fr" if fr else "en"], fmt_cls(r["cls"], cs) if p["rep_cls"] else "",
                         str(r["fte"]) if p["rep_fte"] else ""])
        if "added_report" in feat and len(rows) > 3:
            rows[-1][0] += " (ajouté en {0})".format(reorg_year) if fr else f" (added {reorg_year})"
        org.append(("table", rows))
    else:
        org.append(("ul", items))
    if moved_note:
        if p["i"] % 2:
            org.append(("p", ("Note : " if fr else "Note: ") + moved_note))
        else:
            org.append(("p", ("Ne relève plus du poste : " if fr else "No longer a direct report: ") + moved_note))
    # nature
    nat = [("h", H["nat"] if not bi else "Nature and Scope / Nature et étendue")]
    pool = T.NATURE_FR if fr else T.NATURE_EN
    if "dept_renamed" in feat:
        nat.append(("p", pool[0].format(former=dept_old, current=dept)))
    nat.append(("p", pool[1 + p["i"] % 3]))
    nat.append(("p", pool[1 + (p["i"] + 1) % 3]))
    # dimensions
    dims = [("h", H["dims"])]
    dl = "fr" if fr else "en"
    ast = p["amount_style"]
    fy, ofy = fmt_fy(p["fy"], dl), fmt_fy(p["old_fy"], dl)
    restated = "dims_restated" in feat
    f_sal = f_om = f_tot = None
    if p["dims_mode"] != "none":
        if restated and p["i"] % 3 == 0 and p["dims_mode"] == "full":
            dims.append(("p", (f"Dimensions mises à jour pour l'exercice {fy}; les chiffres de {ofy} sont "
                               f"conservés pour référence.") if fr else
                         f"Dimensions restated for fiscal year {fy}; the {ofy} figures are kept for reference."))
            rows = [["", ofy, f"{fy} (actuel)" if fr else f"{fy} (current)"],
                    [lab("fte"), str(p["old_fte"]), str(p["fte"])],
                    [lab("salary"), fmt_amount(p["old_salary"], dl, ast), fmt_amount(p["salary"], dl, ast)],
                    [lab("om"), fmt_amount(p["old_om"], dl, ast), fmt_amount(p["om"], dl, ast)],
                    [lab("total"), fmt_amount(p["old_salary"] + p["old_om"], dl, ast),
                     fmt_amount(p["total"], dl, ast)]]
            dims.append(("table", rows))
            f_sal, f_om, f_tot = p["salary"], p["om"], p["total"]
        else:
            def amt(label, new, old, k):
                v = fmt_amount(new, dl, ast)
                if restated:
                    o = fmt_amount(old, dl, ast)
                    v = [f"{v} ({fy}); {o} en {ofy}" if fr else f"{v} ({fy}; {ofy}: {o})",
                         f"{v} [{ofy} : {o}]" if fr else f"{v} [was {o} in {ofy}]",
                         f"{v} (auparavant {o})" if fr else f"{v} (previously {o})"][(p["i"] + k) % 3]
                    if strike_ok and (p["i"] + k) % 4 == 0:
                        v = f"\x01{o}\x02 {fmt_amount(new, dl, ast)}"
                return ("f", label, v)
            fte_v = str(p["fte"])
            if restated:
                fte_v = f"{p['fte']} (auparavant {p['old_fte']})" if fr else f"{p['fte']} (previously {p['old_fte']})"
            dims.append(("f", lab("fte"), fte_v))
            if p["dims_mode"] == "combined":
                lbl = ("Budget salarial et de F et E combiné" if fr else
                       "Combined Salary and O&M Budget")
                dims.append(amt(lbl, p["total"], p["old_salary"] + p["old_om"], 0))
                f_tot = p["total"]
            else:
                dims.append(amt(lab("salary"), p["salary"], p["old_salary"], 0))
                dims.append(amt(lab("om"), p["om"], p["old_om"], 1))
                f_sal, f_om = p["salary"], p["om"]
                if p["dims_mode"] == "full":
                    dims.append(amt(lab("total"), p["total"], p["old_salary"] + p["old_om"], 2))
                    f_tot = p["total"]
        if p["gc"]:
            dims.append(("f", "Subventions et contributions" if fr else "Grants and Contributions",
                         fmt_amount(p["gc"], dl, ast)))
    else:
        dims.append(("p", f"Effectif de la direction : {p['fte']} ETP." if fr else
                     f"The directorate has a staff of {p['fte']}."))
    # accountabilities / CSR template
    accs = T.FUNCTIONS[p["fkey"]]["acc_fr" if fr else "acc_en"]
    if p["csr"]:
        csr = T.CSR_FR if fr else T.CSR_EN
        acc = [("h", csr[0]), ("p", csr[2].format(area=(p["area_fr"] if fr else p["area_en"]).lower())),
               ("h", csr[1]), ("ul", list(accs))]
    else:
        acc = [("h", H["acc"] if not bi else "Specific Accountabilities / Responsabilités spécifiques"),
               ("ol", list(accs))]
    if bi:
        acc.append(("ol", list(T.FUNCTIONS[p["fkey"]]["acc_fr"])))
    order = [sec_ga, org, nat, dims, acc] if p["order"] == 0 else [sec_ga, nat, acc, org, dims]
    for sec in order:
        blocks.extend(sec)
    if "update_note" in feat and p["i"] % 2 == 1:
        blocks.append(("h", H["hist"]))
        blocks.append(("p", update_note(p, reorg_year)))
    # certification
    cert = [("h", H["cert"] if not bi else "Certification")]
    cert.append(("p", "La présente description est un énoncé exact et complet des fonctions attribuées au poste."
                 if fr else "The foregoing description is an accurate and complete statement of the duties "
                 "assigned to the position."))
    sig = []
    names = list(p["signers"])
    sig.append(f"{names[0]}, {sup_title}")
    if len(names) > 1:
        sig.append(f"{names[1]}, " + ("Sous-ministre adjoint" if fr else "Assistant Deputy Minister"))
    if p["incumbent"] and p["i"] % 2 == 1:
        sig.append(("Titulaire : " if fr else "Incumbent: ") + p["incumbent"])
    if p["updater"]:
        sig.append(("Mise à jour par : " if fr else "Updated by: ") + p["updater"])
    cert.append(("sig", sig))
    blocks.extend(cert)
    people += names + ([p["updater"]] if p["updater"] else [])

    truth = dict(
        title=p["title_en"] if lang != "fr" else p["title_fr"],
        classification=p["level"],
        job_code=p["job"] if p["has_job"] else None,
        position_number=p["pos"],
        effective_date=p["eff"] if p["has_eff"] else None,
        supervisor=dict(position_number=p["sup_pos"] if p["has_sup_pos"] else None,
                        title=p["sup"][1] if fr else p["sup"][0],
                        classification=p["sup"][4] if (p["sup_cls_stated"] or not p["sup_in_sentence"]) else None),
        direct_reports=[dict(title=r["fr" if fr else "en"], classification=r["cls"] if p["rep_cls"] else None,
                             fte=r["fte"] if p["rep_fte"] else None) for r in reps],
        salary=f_sal, o_and_m=f_om, total=f_tot,
        location=(f"{loc[2]}, {loc[3]}" if fr else f"{loc[0]}, {loc[1]}") if p["has_loc"] else None,
    )
    also = dict(fte=p["fte"], operating_budget=None, program_budget=p["gc"], provisional_number=None,
                department=p["dept"][1] if fr else p["dept"][0])
    if bi:
        also["title_fr"] = p["title_fr"]
    for key, cond, val in [("former_title", "former_title", old_title if not bi else p["old_title_en"]),
                           ("former_position_number", "old_pos", p["old_pos"]),
                           ("former_job_code", "old_job", p["old_job"] if p["has_job"] else None),
                           ("former_supervisor_title", "sup_changed", sup_old if not bi else p["sup"][2]),
                           ("former_supervisor_position_number", "old_sup_pos",
                            p["old_sup_pos"] if p["has_sup_pos"] else None),
                           ("former_department", "dept_renamed", dept_old if not bi else p["dept"][2]),
                           ("former_classification", "reclass", p["old_level"]),
                           ("former_location", "loc_moved", old_loc_txt.replace(" (", ", ").rstrip(")") if p["has_loc"] else None),
                           ("report_moved_out", "moved_report", p["moved"]["fr" if fr else "en"] if p["moved"] else None)]:
        if cond in feat and val:
            also[key] = val
    if restated and p["dims_mode"] != "none":
        also["dimensions_restated_from"] = ofy
    return blocks, dict(fields=truth, also=also, people=people)


def update_note(p, year):
    fr, bi = p["lang"] == "fr", p["lang"] == "bilingual"
    if fr:
        return [f"Mise à jour en {year} pour refléter la nouvelle structure de la direction générale.",
                f"Révisée en {year} : titre du poste, lien hiérarchique et dimensions mis à jour à la suite de "
                f"la réorganisation; le reste du contenu est inchangé."][p["i"] % 2]
    s = [f"Updated {year} to reflect the new branch structure.",
         f"Revised {year}: title, reporting relationship and dimensions updated following the reorganization; "
         f"the remaining content is unchanged from the original description.",
         f"NOTE - This description was edited in {year} after the department's reorganization. Earlier "
         f"values are shown in brackets for reference only."][p["i"] % 3]
    if bi:
        s += f" / Mise à jour en {year} pour refléter la nouvelle structure."
    return s


def report_text(r, p, lang):
    cls = fmt_cls(r["cls"], p["cls_style"]) if p["rep_cls"] else None
    fte = r["fte"] if p["rep_fte"] else None
    t = r[lang if lang == "fr" else "en"]
    st = p["rep_style"] % 4
    if lang == "fr":
        unit = "ETP"
        if st == 0 or st == 3:
            inner = ", ".join(x for x in [cls, f"{fte} {unit}" if fte is not None else None] if x)
            return f"{t} ({inner})" if inner else t
        if st == 1:
            return " - ".join(x for x in [cls, t] if x) + (f" (effectif de {fte})" if fte is not None else "")
        return " – ".join(x for x in [t, cls, f"{fte} ETP" if fte is not None else None] if x)
    unit = "FTE" if fte == 1 else ["FTEs", "FTEs", "FTE's"][r["fte"] % 3]
    if st == 0:
        inner = ", ".join(x for x in [cls, f"{fte} {unit}" if fte is not None else None] if x)
        return f"{t} ({inner})" if inner else t
    if st == 1:
        return " - ".join(x for x in [cls, t] if x) + (f" ({fte} {unit})" if fte is not None else "")
    if st == 2:
        return " – ".join(x for x in [t, cls, f"{fte} {unit}" if fte is not None else None] if x)
    return t + (f" [{cls}]" if cls else "") + (f" (staff of {fte})" if fte is not None else "")


def prose_reports(reps, p):
    parts = []
    for r in reps:
        s = f"the {r['en']}"
        if p["rep_cls"]:
            s += f" ({fmt_cls(r['cls'], p['cls_style'])})"
        if p["rep_fte"]:
            s += f" with {r['fte']} {'FTE' if r['fte'] == 1 else 'FTEs'}"
        parts.append(s)
    words = ["two", "three", "four", "five", "six"]
    return (f"The position has {words[len(reps) - 2]} direct reports: " + "; ".join(parts[:-1]) +
            f"; and {parts[-1]}.")


# ---------------------------------------------------------------------------------------------
# renderers

def plain_val(v: str) -> str:
    assert "\x01" not in v, v
    return v


def heading(p, text, n):
    st = p["heading"]
    if st == "caps":
        return text.upper()
    if st == "numbered":
        return f"{n}. {text.upper() if p['i'] % 2 else text}"
    if st == "capscolon":
        return text.upper() + ":"
    return text


def field_line(p, label, value) -> list[str]:
    value = plain_val(value)
    lay = p["layout"]
    if lay == "next":
        return [f"{label}:", f"    {value}"]
    if lay == "dots":
        return [f"{label} {'.' * max(3, 38 - len(label))} {value}"]
    if lay == "tab":
        return [f"{label}\t{value}"]
    sep = " : " if p["lang"] == "fr" else ": "
    return [f"{label}{sep}{value}"]


def to_lines(p, blocks) -> list[str]:
    out: list[str] = []
    hn = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1])
        elif k == "fields":
            out.append("")
            for label, value in b[1]:
                out.extend(field_line(p, label, value))
        elif k == "f":
            out.extend(field_line(p, b[1], b[2]))
        elif k == "h":
            hn += 1
            out += ["", heading(p, b[1], hn)]
        elif k == "p":
            out.append(plain_val(b[1]))
        elif k == "ul":
            bullet = ["- ", "• ", "* ", "o "][p["i"] % 4]
            out += [bullet + plain_val(x) for x in b[1]]
        elif k == "ol":
            out += [f"{n}. {x}" for n, x in enumerate(b[1], 1)]
        elif k == "table":
            widths = [max(len(plain_val(r[c])) for r in b[1]) for c in range(len(b[1][0]))]
            for r in b[1]:
                out.append("  ".join(plain_val(x).ljust(w) for x, w in zip(r, widths)).rstrip())
        elif k == "sig":
            out.append("")
            for s in b[1]:
                out += ["_" * 30, s, ("Date : " if p["lang"] == "fr" else "Date: ") + "____________", ""]
    return out


def render_text(p, blocks) -> str:
    return "\n".join(to_lines(p, blocks)).rstrip() + "\n"


def render_md(p, blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        md = lambda s: s.replace("\x01", "~~").replace("\x02", "~~")  # noqa: E731
        if k == "title":
            out.append(("# " if not out else "") + b[1] if not out else f"**{b[1]}**")
            out.append("")
        elif k == "fields":
            out += ["## " + ("Détails du poste" if p["lang"] == "fr" else "Position Details"), ""]
            out += [f"*   **{label}:** {md(v)}" for label, v in b[1]]
            out.append("")
        elif k == "f":
            out.append(f"*   **{b[1]}:** {md(b[2])}")
        elif k == "h":
            out += ["", f"## {b[1]}", ""]
        elif k == "p":
            out += [md(b[1]), ""]
        elif k == "ul":
            out += [f"*   {md(x)}" for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{n}.  {x}" for n, x in enumerate(b[1], 1)] + [""]
        elif k == "table":
            out.append("| " + " | ".join(b[1][0]) + " |")
            out.append("|" + "---|" * len(b[1][0]))
            out += ["| " + " | ".join(md(x) for x in r) + " |" for r in b[1][1:]]
            out.append("")
        elif k == "sig":
            out += [f"**{s}**  " for s in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def wrap(lines, width, hyphen_rng=None):
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
            continue
        for w in textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False):
            out.append(w)
        if hyphen_rng is not None and len(out) >= 2 and hyphen_rng.random() < 0.5:
            # break the last word of the previous line with a hyphen, as a scan keeps it
            prev, cur = out[-2], out[-1]
            words = cur.split(" ")
            if len(words[0]) > 7 and words[0].isalpha():
                cut = len(words[0]) // 2
                out[-2] = prev + " " + words[0][:cut] + "-"
                out[-1] = words[0][cut:] + (" " + " ".join(words[1:]) if words[1:] else "")
    return out


def render_pdf(p, blocks, footer) -> bytes:
    lines = wrap(to_lines(p, blocks), 98)
    pages, per = [], 62
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for n, ch in enumerate(chunks, 1):
        foot = f"{footer}    Page {n} of {len(chunks)}" if p["lang"] != "fr" else f"{footer}    Page {n} de {len(chunks)}"
        pages.append("\n".join(ch + ["", foot]))
    return pdf_bytes(pages)


def render_ocr(p, blocks, level, layout, rng, footer) -> str:
    lines = to_lines(p, blocks)
    if layout == "run":
        body = " ".join(x.strip() for x in lines if x.strip())
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" +
                damage(body, level, rng) + "\n")
    if layout == "pages":
        flat = " ".join(x.strip() for x in lines if x.strip()).split(" ")
        per = max(200, len(flat) // 3 + 1)
        pages = [" ".join(flat[i:i + per]) for i in range(0, len(flat), per)]
        out = []
        for n, pg in enumerate(pages, 1):
            pre = "" if n == 1 else rng.choice([f"{n} ", f"a{n} ", f"{n} | "])
            out.append(pre + damage(pg, level, rng) + " " + footer)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(out) + "\n"
    # lines kept, wrapped, hyphenated, running header and page footers, form feeds
    wl = wrap(lines, 78, rng)
    per = 54
    out = []
    chunks = [wl[i:i + per] for i in range(0, len(wl), per)]
    for n, ch in enumerate(chunks, 1):
        if n > 1:
            out.append("\f" + footer)
            out.append("")
        out += [damage(x, level, rng) for x in ch]
        out += ["", damage(f"Page {n} of {len(chunks)}" if p["lang"] != "fr" else f"Page {n} de {len(chunks)}",
                           level, rng)]
    return "\n".join(out) + "\n"


def render_columns(p, blocks, level, rng) -> str:
    """Header fields on top; then the structure and dimensions (left) read across the line with
    the accountability prose (right), as OCR reads a two-column page."""
    head, left, right = [], [], []
    mode = "head"
    cur = None
    for b in blocks:
        if b[0] in ("title", "fields"):
            head.append(b)
            continue
        if b[0] == "h":
            t = b[1].lower()
            cur = "left" if any(w in t for w in ("structure", "dimension", "organisation")) else "right"
        (left if cur == "left" else right if cur else head).append(b)
    hl = to_lines(p, head)
    ll = wrap(to_lines(p, left), 44)
    rl = wrap(to_lines(p, right), 52)
    n = max(len(ll), len(rl))
    body = []
    sep = rng.choice(["   ", " | ", "  "])
    for k in range(n):
        a = ll[k] if k < len(ll) else ""
        c = rl[k] if k < len(rl) else ""
        body.append((a + sep + c).strip())
    _ = mode
    return "\n".join(damage(x, level, rng) for x in hl + [""] + body) + "\n"


def render_docx(p, blocks, footer) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = p["signers"][0] if p["i"] % 3 == 0 else "HR Services"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 3 + p["i"] % 5
    cp.title = ""
    d.sections[0].footer.paragraphs[0].text = footer

    def runs(par, text):
        # "\x01old\x02 new": the old value struck through
        while "\x01" in text:
            a, rest = text.split("\x01", 1)
            old, text = rest.split("\x02", 1)
            if a:
                par.add_run(a)
            r = par.add_run(old)
            r.font.strike = True
        if text:
            par.add_run(text)

    four = p["i"] % 3 == 1
    hn = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            par = d.add_paragraph()
            r = par.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif k == "fields":
            fl = b[1]
            if p["i"] % 4 == 3:
                for label, v in fl:
                    par = d.add_paragraph()
                    rr = par.add_run(label + (" : " if p["lang"] == "fr" else ": "))
                    rr.bold = True
                    runs(par, v)
            elif four:
                rows = (len(fl) + 1) // 2
                t = d.add_table(rows=rows, cols=4)
                t.style = "Table Grid"
                for n, (label, v) in enumerate(fl):
                    row, col = n // 2, (n % 2) * 2
                    t.cell(row, col).text = label
                    runs(t.cell(row, col + 1).paragraphs[0], v)
            else:
                t = d.add_table(rows=len(fl), cols=2)
                t.style = "Table Grid"
                for n, (label, v) in enumerate(fl):
                    t.cell(n, 0).text = label
                    runs(t.cell(n, 1).paragraphs[0], v)
        elif k == "f":
            par = d.add_paragraph()
            par.add_run(b[1] + (" : " if p["lang"] == "fr" else ": "))
            runs(par, b[2])
        elif k == "h":
            hn += 1
            d.add_heading(heading(p, b[1], hn) if p["heading"] == "numbered" else b[1], level=2)
        elif k == "p":
            runs(d.add_paragraph(), b[1])
        elif k == "ul":
            for x in b[1]:
                runs(d.add_paragraph(style="List Bullet"), x)
        elif k == "ol":
            for x in b[1]:
                runs(d.add_paragraph(style="List Number"), x)
        elif k == "table":
            t = d.add_table(rows=len(b[1]), cols=len(b[1][0]))
            t.style = "Table Grid"
            for rn, row in enumerate(b[1]):
                for cn, x in enumerate(row):
                    runs(t.cell(rn, cn).paragraphs[0], x)
        elif k == "sig":
            for s in b[1]:
                d.add_paragraph("_" * 30)
                d.add_paragraph(s)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# file names as users name them

def file_name(p) -> str:
    i, lang = p["i"], p["lang"]
    t = p["title_fr"] if lang == "fr" else p["title_en"]
    short = t.replace("Director General", "DG").replace("Executive Director", "ED").replace("Directeur général", "DG")
    ext = {"ocr": ".txt", "ocr-columns": ".txt", "docx": ".docx", "pdf": ".pdf", "markdown": ".md",
           "text": ".txt", "text-cp1252": ".txt"}[p["kind"]]
    y = p["eff"].year
    forms = [f"{t}", f"{t} {y}", f"{short} - WD {y} FINAL", f"{p['level']} {t} (1)", f"{t} - signed",
             f"WD {p['pos']} {short}", f"{t} - updated {y}", f"scan{i:04d} - {short}", f"{t}_rev{y}",
             f"{p['dept'][4]} {t} - new structure", f"{t} - Copy", f"{t} - old {p['old_pos']} new {p['pos']}"]
    if lang == "fr":
        forms = [f"{t}", f"{t} {y}", f"DT {p['pos']} {t}", f"{t} (signée)", f"{t} - révisée {y}",
                 f"Description de travail - {t} (1)", f"{t} - nouvelle structure", f"numérisation{i:03d} {short}",
                 f"{t}_FINAL"]
    if lang == "bilingual":
        forms = [f"{t} - {p['title_fr']}", f"{t} bilingue {y}", f"{t} EN-FR - signed", f"{t} (bilingual) FINAL",
                 f"{p['dept'][4]} {short} EN FR"]
    if not p["kind"].startswith("ocr"):
        forms = [f for f in forms if not f.startswith(("scan", "numérisation"))]
    name = RNG.choice(forms) + ext
    return name.replace("/", "-").replace(":", "")


# ---------------------------------------------------------------------------------------------
# documents to refuse

def refusals() -> list[tuple[str, str, str, bytes, list[str], str]]:
    out = []
    n1, n2, n3 = person(), person(), person()
    memo = f"""MEMORANDUM / NOTE DE SERVICE

TO: Directors General, Corporate Services Branch
FROM: {n1}, Director, Executive Group Services
DATE: March 4, 2022
SUBJECT: Updating EX work descriptions after the April 1 reorganization

Following the reorganization of the branch on April 1, 2021, the work descriptions of the executive
positions listed below must be updated to reflect their new titles and reporting relationships.
Please return the revised descriptions, signed, by April 29, 2022.

Old position no.   New position no.   Level   New title
30981              45102              EX-01   Director, Workplace Solutions
30985              45107              EX-01   Director, Departmental Security
31002              45110              EX-02   Executive Director, Asset Management
31044              45121              EX-03   Director General, Real Property and Workplace Solutions

Descriptions that only change the title may be updated with a note; descriptions whose scope
changed (direct reports moved, new dimensions) must be rewritten and sent for classification review.

For questions, contact {n2}, Senior Classification Advisor, at 819-555-0142.

{n1}
"""
    out.append(("Memo - updating EX work descriptions after reorganization 2022.txt", "text", "en",
                memo.encode("utf-8"), [n1, n2], "a memo listing positions to update, not a work description"))
    # French letter of offer (docx)
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.created, cp.modified, cp.last_printed = "Dotation des cadres", FIXED, FIXED, FIXED
    cp.revision = 1
    for para in [
        "Services aux Autochtones Canada",
        "PROTÉGÉ B (une fois rempli)",
        "Gatineau, le 12 août 2022",
        f"Madame {n3}",
        "Objet : Offre de nomination intérimaire - Directrice, Infrastructure communautaire (EX-01), poste no 45821",
        f"Madame {n3.split()[-1]},",
        "Au nom de Services aux Autochtones Canada (anciennement Affaires autochtones et du Nord Canada), j'ai le "
        "plaisir de vous offrir une nomination intérimaire au poste de Directrice, Infrastructure communautaire "
        "(anciennement Directrice, Immobilisations et entretien), de niveau EX-01, poste no 45821, pour la période "
        "du 6 septembre 2022 au 31 mars 2023.",
        "Votre rémunération sera fixée conformément à la Directive sur les conditions d'emploi des cadres, dans "
        "l'échelle salariale de 122 800 $ à 144 500 $. Le lieu de travail est Gatineau (Québec).",
        "Veuillez confirmer votre acceptation en signant ci-dessous et en retournant la présente lettre d'ici le "
        "26 août 2022.",
        "Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
        "Directeur général, Infrastructure communautaire",
        "J'accepte l'offre ci-dessus : ____________________   Date : ____________",
    ]:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    out.append((f"Lettre d'offre - nomination intérimaire EX-01 - {n3}.docx", "docx", "fr", fixed_zip(buf.getvalue()),
                [n3], "a letter offering an acting appointment, not a work description"))
    # bilingual org chart OCR'd
    rng = random.Random(1101)
    chart = """ORGANIZATION CHART / ORGANIGRAMME
Public Services and Procurement Canada / Services publics et Approvisionnement Canada
(formerly PWGSC / anciennement TPSGC)   Effective April 1, 2021 / En vigueur le 1er avril 2021

                 Assistant Deputy Minister, Procurement / Sous-ministre adjoint, Approvisionnement
                                     EX-04  (pos. 40012)
        |                          |                              |
 Director General,           Director General,              Executive Director,
 Supply Chain Modernization  Commercial and Consulting      Procurement Policy
 EX-03  (45230)              Services  EX-03  (45231)       EX-02  (45240)
   |          |                 |          |                    |
 Director   Director          Director   Director            Manager, Policy
 EX-01      EX-01             EX-01      EX-01               PG-06
 (45301)    (45302)           (45311)    (45312)             (45402)

 * Materiel Management (formerly under ADM Acquisitions) moved to Corporate Services, 2021
 DRAFT - FOR DISCUSSION / ÉBAUCHE - POUR DISCUSSION                         Page 1
"""
    out.append(("Org chart PSPC Procurement Branch 2021 (scan).txt", "ocr", "bilingual",
                ("\n".join(damage(x, 2, rng) for x in chart.splitlines()) + "\n").encode("utf-8"), [],
                "an organization chart, not a work description"))
    # minutes as PDF with a text layer
    a, b, c = person(), person(), person()
    minutes = f"""Corporate Services Branch - Management Committee
Record of Decisions - Meeting of November 17, 2021

Present: {a} (Chair), {b}, {c}
Regrets: none

1. Reorganization - status of executive work descriptions
   The Chair noted that 14 of the 22 EX work descriptions affected by the April 1 reorganization
   have been updated. Descriptions for the Director, Asset Planning (EX-01) and the Executive
   Director, Asset Management (EX-02) are with Classification for review.
   Action: {b} to follow up with Classification by December 3.

2. Transfer of the Business Continuity unit
   Members agreed that the Business Continuity unit (AS-06, 6 FTEs) will move from Departmental
   Security to the Emergency Management Directorate on January 1, 2022.

3. Budget 2022-23 restatement
   Salary envelopes will be restated to reflect the transfers; O&M unchanged.

Next meeting: December 15, 2021
"""
    out.append(("Minutes - CSB Management Committee 2021-11-17.pdf", "pdf", "en", pdf_bytes([minutes]), [a, b, c],
                "meeting minutes, not a work description"))
    out.append(("Director, Asset Planning - signed (scanned).pdf", "pdf", "en", pdf_bytes(["", ""]), [],
                "a scanned PDF without a text layer"))
    return out


# ---------------------------------------------------------------------------------------------

def dump_yaml(obj) -> str:
    return yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=110)


def main() -> None:
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    CORPUS.mkdir()
    EXPECTED.mkdir()
    plans = [plan_position(i, s) for i, s in enumerate(WD)]
    for n, p in enumerate(plans):
        p["doc"] = n
    # the older version (12): a 2016 scan that shows none of the later changes
    old = plans[12]
    old["feat"], old["eff"], old["fy"] = set(), dt.date(2016, 6, 1), 2016
    # its revision (22): same position, new number, title, supervisor, dimensions, effective date
    new = plans[22]
    for k in ("dkey", "fkey", "level", "lkey", "fem", "dept", "old_branch_en", "old_branch_fr", "job"):
        new[k] = old[k]
    areas = T.FUNCTIONS[new["fkey"]]["areas"]
    if new["title_en"] == old["title_en"]:
        a = next(x for x in areas if f", {x[0]}" not in old["title_en"])
        new["title_en"] = new["title_en"].split(", ")[0] + ", " + a[0]
        new["title_fr"] = new["title_fr"].split(", ")[0] + ", " + a[1]
        new["area_en"], new["area_fr"] = a[0], a[1]
    new["old_title_en"], new["old_title_fr"] = old["title_en"], old["title_fr"]
    new["old_pos"] = old["pos"]
    if new["sup"][0] != old["sup"][0]:
        new["sup"] = (new["sup"][0], new["sup"][1], old["sup"][0], old["sup"][1], new["sup"][4])
    else:
        new["feat"].discard("sup_changed")
    new["feat"] |= {"old_pos", "former_title", "dims_restated", "update_note"}
    new["old_fte"], new["old_salary"], new["old_om"] = old["fte"], old["salary"], old["om"]
    new["old_fy"], new["old_eff"] = 2016, old["eff"]
    new["eff"], new["fy"], new["has_eff"] = dt.date(2021, 4, 1), 2021, True
    new["dims_mode"] = "full"
    # the signed copy (36) of the draft (41): the same description
    src = plans[41]
    dst = plans[36]
    dst.clear()
    dst.update(src)
    dst.update(doc=36, kind="pdf")
    names: dict[int, str] = {}
    taken: set[str] = set()
    for p in plans:
        while True:
            n = file_name(p)
            if n not in taken:
                break
        taken.add(n)
        names[p["doc"]] = n
    # version-aware file names
    base = plans[41]["title_en"]
    names[36] = base + " - signed.pdf"
    names[41] = base + " - DRAFT.txt"
    names[22] = plans[22]["title_en"] + f" - revised {plans[22]['eff'].year}.docx"
    names[12] = plans[12]["title_en"] + " 2016.txt"
    ocr_layouts = ["run", "pages", "lines"]
    records = []
    for p in plans:
        blocks, truth = build(p)
        footer = {"en": f"{p['dept'][4]} - {p['title_en']}", "fr": f"{p['dept'][4]} - {p['title_fr']}",
                  "bilingual": f"{p['dept'][4]} - {p['title_en']} / {p['title_fr']}"}[p["lang"]]
        rng = random.Random(5000 + p["doc"])
        kind = p["kind"]
        if kind == "ocr":
            level = [1, 2, 1, 3, 2, 1, 2][p["i"] % 7]
            data = render_ocr(p, blocks, level, ocr_layouts[p["i"] % 3], rng, footer).encode("utf-8")
        elif kind == "ocr-columns":
            data = render_columns(p, blocks, 1 + p["i"] % 2, rng).encode("utf-8")
        elif kind == "docx":
            data = render_docx(p, blocks, footer)
        elif kind == "pdf":
            data = render_pdf(p, blocks, footer)
        elif kind == "markdown":
            data = render_md(p, blocks).encode("utf-8")
        elif kind == "text":
            data = render_text(p, blocks).encode("utf-8")
        else:
            txt = render_text(p, blocks).replace("'", "\u2019").replace("\n", "\r\n")
            data = txt.encode("cp1252")
        records.append((names[p["doc"]], kind, p["lang"], data, truth, p))
    for name, kind, lang, data, truth, p in records:
        (CORPUS / name).write_bytes(data)
        not_stated = []
        f = truth["fields"]
        for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                  "o_and_m", "total", "location"):
            if f[k] is None:
                not_stated.append(k)
        for k in ("position_number", "title", "classification"):
            if f["supervisor"][k] is None:
                not_stated.append(f"supervisor.{k}")
        versions = None
        if p["doc"] in (36, 41):
            versions = dict(documents=[names[41], names[36]], newest=names[36], same_text=True)
        if p["doc"] in (12, 22):
            versions = dict(documents=[names[12], names[22]], newest=names[22], same_text=False)
        exp = dict(document=name, kind=kind, language=lang, outcome="import", fields=f, not_stated=not_stated,
                   also=truth["also"], people=list(dict.fromkeys(truth["people"])), versions=versions)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(exp), encoding="utf-8")
    for name, kind, lang, data, people, why in refusals():
        (CORPUS / name).write_bytes(data)
        exp = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=[],
                   also=dict(reason=why), people=people, versions=None)
        (EXPECTED / f"{name}.expected.yaml").write_text(dump_yaml(exp), encoding="utf-8")


if __name__ == "__main__":
    main()
