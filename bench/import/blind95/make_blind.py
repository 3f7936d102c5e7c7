#!/usr/bin/env python3
"""Write bench/import/blind95: a blind corpus for ``hrkit import`` whose emphasis is direct reports.

    /work/main/.venv/bin/python bench/import/blind95/make_blind.py

Writes ``corpus/`` (the documents) and ``expected/`` (one ``<document>.expected.yaml`` each), from a
fixed seed, byte for byte the same on every run. 45 EX work descriptions of invented positions in
real departments (directors general, executive directors and directors with 3 to 20 direct reports
written as tables, indented org charts, sentences, bullets, prose; split across pages; vacant,
acting, shared and dotted-line positions; unit and position FTEs; a second tier below the reports)
and 6 documents to refuse. Data and prose in ``texts.py``; PDFs by ``tests/import_files.pdf_bytes``,
.docx by python-docx with fixed timestamps."""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import yaml

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(9595)
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# ----------------------------------------------------------------------------- notations

LEVELS = {  # group: (manager, team leader, analyst)
    "EC": ("07", "06", "05"), "PM": ("06", "05", "04"), "AS": ("07", "05", "04"), "CS": ("04", "03", "03"),
    "BI": ("04", "03", "03"), "SE-RES": ("04", "03", "02"), "PC": ("04", "03", "02"), "EG": ("07", "06", "05"),
    "MT": ("07", "06", "05"), "EN-ENG": ("05", "04", "03"), "CO": ("03", "02", "02"), "MA": ("06", "05", "04"),
    "MG": ("06", "05", "04"), "AU": ("06", "05", "04"), "SP": ("06", "05", "04"), "FI": ("04", "03", "02"),
    "GT": ("07", "06", "05"), "TI": ("08", "07", "06"), "AO": ("03", "02", "01"), "PG": ("06", "05", "04"),
    "VM": ("04", "03", "02"), "WP": ("06", "05", "04"), "FB": ("07", "06", "05"), "CR": ("05", "04", "04"),
    "NU": ("06", "05", "04"),
}


def cls_note(c: str, form: str) -> str:
    """EX-01 in one of the notations users write."""
    g, lv = c.rsplit("-", 1)
    if form == "space":
        return f"{g} {lv}"
    if form == "short":
        return f"{g}-{int(lv)}"
    if form == "paren":
        return f"({c})"
    if form == "glued":
        return f"{g}{lv}"
    return c


def date_note(d: dt.date, lang: str, form: int) -> str:
    me, mf = T.MONTHS_EN[d.month - 1], T.MONTHS_FR[d.month - 1]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {mf} {d.year}", f"le {day} {mf} {d.year}", d.isoformat(),
                f"{d.day:02d}.{d.month:02d}.{d.year}" if d.day > 12 else f"{day} {mf} {d.year}",
                f"{d.day} {mf[:3]}. {d.year}" if len(mf) > 4 else f"{d.day} {mf} {d.year}"][form % 5]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return [f"{me} {d.day}, {d.year}", f"{me} {d.day}{suffix}, {d.year}", f"{d.day} {me} {d.year}",
            d.isoformat(), f"{me[:3]}. {d.day}, {d.year}" if len(me) > 3 else f"{me} {d.day}, {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{me[:3].upper()} {d.day:02d} {d.year}"][form % 7]


def money(v: int, lang: str, form: int) -> str:
    m = v / 1_000_000
    ms = f"{m:.2f}".rstrip("0").rstrip(".") if v % 10_000 == 0 else f"{m:.3f}"
    if lang == "fr":
        sp = f"{v:,}".replace(",", " ")
        return [f"{sp} $", f"{sp},00 $", f"{ms.replace('.', ',')} M$", f"{ms.replace('.', ',')} million $",
                f"{v // 1000:,}".replace(",", " ") + " k$"][form % 5]
    return [f"${v:,}", f"${ms}M", f"${v // 1000:,}K", f"${ms} million", f"${v:,}.00"][form % 5]


def fte_note(n: int, lang: str, form: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} employé" + ("s" if n > 1 else ""), f"{n} ETP"][form % 4]
    if n == 1:
        return [f"{n} FTE", f"{n} FTE", f"staff of {n}", f"{n} FTE", f"{n} employee"][form % 5]
    return [f"{n} FTEs", f"{n} FTE", f"staff of {n}", f"{n} FTE's", f"{n} employees"][form % 5]


# ----------------------------------------------------------------------------- people

_used_names: set[str] = set()
_taken: set = set()  # units used as a position's own or its supervisor's, across the corpus
_owned: set = set()
_dr_units: set = set()  # units of a theme already named as someone's direct report


def person(lang: str) -> str:
    while True:
        first = R.choice(T.FIRST_FR if lang == "fr" else T.FIRST_EN + T.FIRST_FR[:4])
        name = f"{first} {R.choice(T.LAST)}"
        if name not in _used_names:
            _used_names.add(name)
            return name


# ----------------------------------------------------------------------------- positions

def fr_gender(masc: str, fem: str) -> str:
    return R.choice([masc, fem])


def report(kind: str, unit: tuple[str, str], theme: dict, lang: str) -> dict:
    """One direct report: titles in both languages, classification and unit FTEs."""
    g = R.choice(theme["groups"])
    mgr, tl, an = LEVELS[g]
    if kind == "dir":
        en, fr, c, fte = f"Director, {unit[0]}", fr_gender("Directeur", "Directrice") + f", {unit[1]}", "EX-01", R.randint(8, 64)
    elif kind == "ed":
        en, fr, c, fte = (f"Executive Director, {unit[0]}", fr_gender("Directeur exécutif", "Directrice exécutive") + f", {unit[1]}",
                          "EX-02", R.randint(40, 120))
    elif kind == "rd":
        en, fr, c, fte = (f"Regional Director, {unit[0]}", fr_gender("Directeur régional", "Directrice régionale") + f", {unit[1]}",
                          "EX-01", R.randint(15, 90))
    elif kind == "mgr":
        en, fr, c, fte = f"Manager, {unit[0]}", f"Gestionnaire, {unit[1]}", f"{g}-{mgr}", R.randint(3, 22)
    elif kind == "tl":
        en, fr, c, fte = f"Team Leader, {unit[0]}", f"Chef d'équipe, {unit[1]}", f"{g}-{tl}", R.randint(2, 9)
    elif kind == "adv":
        en, fr, c, fte = ("Senior Advisor", fr_gender("Conseiller principal", "Conseillère principale"),
                          R.choice(["EC-07", "PM-06", "EC-06"]), 1)
    elif kind == "ea":
        en, fr, c, fte = ("Executive Assistant", fr_gender("Adjoint exécutif", "Adjointe exécutive"), R.choice(["AS-02", "CR-05", "AS-01"]), 1)
    elif kind == "aa":
        en, fr, c, fte = ("Administrative Assistant", fr_gender("Adjoint administratif", "Adjointe administrative"), R.choice(["CR-04", "AS-01"]), 1)
    elif kind == "bm":
        en, fr, c, fte = ("Manager, Business Management", "Gestionnaire, Gestion des activités", R.choice(["FI-03", "AS-06", "AS-07"]), R.randint(3, 8))
    else:  # chief of staff
        en, fr, c, fte = ("Chief of Staff", "Chef de cabinet", R.choice(["EC-06", "AS-07"]), R.randint(1, 4))
    return dict(en=en, fr=fr, cls=c, fte=fte, show_cls=True, show_fte=True, note=None, acting=None,
                shared=None, subs=[], desc=R.randrange(5), kind=kind)


def make_position(theme: dict, level: str, lang: str) -> dict:
    units = theme["units"][:]
    R.shuffle(units)
    free = [u for u in units if u not in _taken and u not in _dr_units] or [u for u in units if u not in _taken]
    own = free[0]
    sup_unit = next(u for u in units if u != own and u not in _owned)
    _taken.update([own, sup_unit])
    _owned.add(own)
    rest = [u for u in units if u not in _taken] + [u for u in T.COMMON_UNITS if u[0] != "Business Management"]
    _dr_units.update(u for u in units if u not in _taken)
    R.shuffle(rest)
    drs: list[dict] = []
    if level == "DG":
        n = R.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 20])
        extras = R.sample(["adv", "ea", "bm", "cos"], k=min(R.choice([1, 2, 2, 3]), max(n - 2, 0)))
        ndir = n - len(extras)
        regional = ndir > 9 and len(theme["loc"]) > 1
        pool = ([(f"{r[0]}", f"{r[1]}") for r in T.REGIONS] if regional else []) + rest
        for j in range(ndir):
            k = "rd" if (regional and j < len(T.REGIONS)) else ("ed" if R.random() < 0.08 else "dir")
            drs.append(report(k, pool[j], theme, lang))
        drs += [report(e, ("", ""), theme, lang) for e in extras]
        title = (f"Director General, {own[0]}", fr_gender("Directeur général", "Directrice générale") + f", {own[1]}")
        cls = "EX-03"
        sup = dict(en=theme["adm"][0], fr=theme["adm"][1], cls="EX-05" if "Senior" in theme["adm"][0] else "EX-04")
    elif level == "ED":
        n = R.randint(3, 10)
        extras = R.sample(["adv", "ea", "bm"], k=R.choice([1, 1, 2]))
        for j in range(n - len(extras)):
            drs.append(report("dir" if R.random() < 0.5 else "mgr", rest[j], theme, lang))
        drs += [report(e, ("", ""), theme, lang) for e in extras]
        title = (f"Executive Director, {own[0]}", fr_gender("Directeur exécutif", "Directrice exécutive") + f", {own[1]}")
        cls = "EX-02"
        sup = dict(en=f"Director General, {sup_unit[0]}", fr=fr_gender("Directeur général", "Directrice générale") + f", {sup_unit[1]}", cls="EX-03")
    else:
        n = R.randint(3, 8)
        extras = R.sample(["aa", "adv"], k=R.choice([0, 1, 1]))
        for j in range(n - len(extras)):
            drs.append(report(R.choice(["mgr", "mgr", "mgr", "tl"]), rest[j], theme, lang))
        drs += [report(e, ("", ""), theme, lang) for e in extras]
        title = (f"Director, {own[0]}", fr_gender("Directeur", "Directrice") + f", {own[1]}")
        cls = "EX-01"
        if R.random() < 0.7:
            sup = dict(en=f"Director General, {sup_unit[0]}", fr=fr_gender("Directeur général", "Directrice générale") + f", {sup_unit[1]}", cls="EX-03")
        else:
            sup = dict(en=f"Executive Director, {sup_unit[0]}", fr=fr_gender("Directeur exécutif", "Directrice exécutive") + f", {sup_unit[1]}", cls="EX-02")
    sup["num"] = str(R.randint(10000, 99999)) if R.random() < 0.6 else None
    fte_total = sum(d["fte"] for d in drs) + 1 + R.randint(0, 4)
    salary = round(fte_total * R.randint(88, 112) * 1000, -4)
    om = round(salary * R.uniform(0.04, 0.3), -4)
    num_r = R.random()
    pos = dict(
        theme=theme, level=level, lang=lang, title=title, cls=cls, sup=sup, drs=drs, own=own,
        job_code=str(R.randint(100000, 109999)) if R.random() < 0.45 else None,
        number=(str(R.randint(10000, 999999)) if num_r < 0.88 else None),
        provisional=None if num_r < 0.88 else R.choice(["NOUVEAU", "À déterminer"] if lang == "fr" else ["NEW", "TBD", "To be assigned"]),
        date=(dt.date(R.randint(2009, 2025), R.randint(1, 12), R.randint(1, 28)) if R.random() < 0.88 else None),
        location=R.choice(theme["loc"]), fte=fte_total, salary=int(salary), om=int(om), total=int(salary + om),
        budget_mode=R.choice(["three", "three", "three", "three", "combined", "no_total", "none"] if True else []),
        program=int(round(R.uniform(2, 140), 1) * 1_000_000) if R.random() < 0.3 else None,
        incumbent=person(lang) if R.random() < 0.5 else None,
        signers=[person(lang) for _ in range(R.choice([0, 1, 2, 2]))],
    )
    return pos


# ----------------------------------------------------------------------------- modifiers

def apply_modifiers(pos: dict, mods: set[str]) -> None:
    drs = pos["drs"]
    lang = pos["lang"]
    big = [d for d in drs if d["kind"] in ("dir", "ed", "rd", "mgr", "tl")]
    if "vacant" in mods and big:
        R.choice(big)["note"] = "vacant"
    if "acting" in mods:
        cand = [d for d in big if d["note"] is None]
        if cand:
            d = R.choice(cand)
            d["note"], d["acting"] = "acting", person(lang)
    if "shared" in mods:
        cand = [d for d in big if d["note"] is None]
        if cand:
            d = R.choice(cand)
            other = R.choice(T.COMMON_UNITS)
            d["note"], d["shared"] = "shared", other
    if "no_cls" in mods:
        for d in drs:
            if d["kind"] in ("adv", "ea", "aa", "cos", "bm", "mgr", "tl") or R.random() < 0.4:
                d["show_cls"] = False
    if "no_fte" in mods:
        for d in drs:
            if d["kind"] in ("adv", "ea", "aa", "cos") or R.random() < 0.3:
                d["show_fte"] = False
    if "second_tier" in mods:
        g = R.choice(pos["theme"]["groups"])
        for d in drs:
            if d["kind"] in ("dir", "ed", "rd", "mgr"):
                k = R.randint(1, 3)
                subs, left = [], d["fte"] - 1
                units = R.sample(T.COMMON_UNITS, k)
                for u in units:
                    f = max(1, left // (k + 1))
                    if d["kind"] == "mgr":
                        subs.append((f"Team Leader, {u[0]}", f"Chef d'équipe, {u[1]}", f"{g}-{LEVELS[g][1]}", f))
                    else:
                        subs.append((f"Manager, {u[0]}", f"Gestionnaire, {u[1]}", f"{g}-{LEVELS[g][0]}", f))
                d["subs"] = subs
    pos["mods"] = mods


# ----------------------------------------------------------------------------- direct reports as blocks

def dr_title(d: dict, lang: str) -> str:
    return d["fr"] if lang == "fr" else d["en"]


def dr_note_text(d: dict, lang: str, form: int) -> str:
    if d["note"] == "vacant":
        return [" – vacant", " (vacant)", " – VACANT"][form % 3] if lang != "fr" else [" – poste vacant", " (vacant)"][form % 2]
    if d["note"] == "acting":
        return (f" – {d['acting']} (acting)" if form % 2 == 0 else f"; currently staffed on an acting basis ({d['acting']})") \
            if lang != "fr" else f" – {d['acting']} (par intérim)"
    if d["note"] == "shared":
        u = d["shared"]
        return (f" – shared with the {u[0]} Directorate (matrix reporting)" if form % 2 == 0
                else f"; position shared 50/50 with {u[0]}") if lang != "fr" else f" – poste partagé avec {u[1]} (relation matricielle)"
    return ""


def dr_blocks(pos: dict, style: str, fmt: dict) -> list:
    """The direct reports in the document's style, as blocks, and the structure sentence."""
    lang = "fr" if pos["lang"] == "fr" else "en"
    drs, mods = pos["drs"], pos["mods"]
    form = fmt["form"]
    title = pos["title"][1] if lang == "fr" else pos["title"][0]
    cls_form = fmt["dr_cls_form"]
    out: list = []

    def c(d):
        return cls_note(d["cls"], cls_form) if d["show_cls"] else None

    def f(d, k=form):
        return fte_note(d["fte"], lang, k) if d["show_fte"] else None

    split_at = len(drs) // 2 if "split" in mods and len(drs) >= 4 else None
    if lang == "fr":
        intro = R.choice([f"Les {len(drs)} postes suivants relèvent directement du titulaire :",
                          f"Relèvent du {title} :", "Subordonnés directs :"])
    else:
        intro = R.choice([f"Reporting to the {title} are:", f"The following {len(drs)} positions report directly to the incumbent:",
                          "Direct reports:", f"The position has {len(drs)} direct reports:"])

    if style == "table":
        uvp = "unit_vs_pos" in mods
        if lang == "fr":
            head = ["Poste", "Groupe et niveau", "ETP du poste", "ETP de l'unité"] if uvp else ["Titre du poste", "Niveau", "ETP"]
        else:
            head = ["Position", "Group/Level", "Position FTE", "Unit FTEs"] if uvp else R.choice(
                [["Title", "Level", "FTEs"], ["Position Title", "Group and Level", "FTE"], ["Direct Report", "Classification", "Staff"]])
        rows = []
        for d in drs:
            t = dr_title(d, lang) + (dr_note_text(d, lang, form) if d["note"] else "")
            cc = c(d) or ""
            n = str(d["fte"]) if d["show_fte"] else ("" if not uvp else "")
            rows.append([t, cc, "1", n] if uvp else [t, cc, n])
        out.append(("p", intro))
        if split_at:
            out.append(("table", head, rows[:split_at]))
            out.append(("break",))
            out.append(("table", head, rows[split_at:]))
        else:
            out.append(("table", head, rows))
        if uvp:
            out.append(("p", "Unit FTEs include the position itself." if lang == "en" else "Les ETP de l'unité comprennent le poste lui-même."))
    elif style == "orgchart":
        sup = pos["sup"]
        st = sup["fr"] if lang == "fr" else sup["en"]
        ascii_ = fmt.get("ascii", True)
        tee, bar, last = ("+--", "|", "+--") if ascii_ else ("├──", "│", "└──")
        lines = [f"{st} ({sup['cls']})", "   " + bar, f"   {title} ({pos['cls']})"]
        for i, d in enumerate(drs):
            if split_at and i == split_at:
                out.append(("pre", lines))
                out.append(("break",))
                lines = []
            extra = []
            if d["show_cls"]:
                extra.append(d["cls"])
            if d["show_fte"]:
                extra.append(fte_note(d["fte"], lang, form))
            lbl = dr_title(d, lang) + (f" ({', '.join(extra)})" if extra else "") + dr_note_text(d, lang, form)
            lines.append(f"       {tee if i < len(drs) - 1 else last} {lbl}")
            for s in d["subs"]:
                st_ = s[1] if lang == "fr" else s[0]
                lines.append(f"       {bar if i < len(drs) - 1 else ' '}      {tee} {st_} ({s[2]}, {fte_note(s[3], lang, form)})")
        out.append(("p", "Organization chart:" if lang == "en" else "Organigramme :"))
        out.append(("pre", lines))
    elif style == "sentence":
        parts = []
        for d in drs:
            inner = [x for x in (c(d), f(d)) if x]
            t = dr_title(d, lang)
            art = "" if lang == "en" else ""
            note = dr_note_text(d, lang, form).replace("; currently", ", currently").replace("; position shared", ", a position shared")
            parts.append(("the " if lang == "en" else art) + t + (f" ({', '.join(inner)})" if inner else "") + note)
        if lang == "fr":
            s = "Relèvent directement du titulaire : " + "; ".join(parts[:-1]) + "; et " + parts[-1] + "."
        else:
            s = "Reporting to the incumbent are " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."
        out.append(("p", s))
    elif style in ("bullets_br", "bullets_dash", "bullets_lead", "prose"):
        items = []
        for i, d in enumerate(drs):
            t = dr_title(d, lang)
            cc, ff = c(d), f(d)
            note = dr_note_text(d, lang, form)
            if style == "bullets_br":
                s = t + (f" [{cc}]" if cc else "") + (f" ({ff})" if ff else "") + note
            elif style == "bullets_dash":
                s = " – ".join([x for x in (t, cc, ff) if x]) + note
            elif style == "bullets_lead":
                s = (f"{cc} - " if cc else "") + t + (f" ({ff})" if ff else "") + note
            else:
                inner = ", ".join(x for x in (cc, ff) if x)
                desc = (T.DESC_FR if lang == "fr" else T.DESC_EN)[d["desc"]]
                s = t + (f" ({inner})" if inner else "") + note + (" : " if lang == "fr" else ": ") + desc + "."
            items.append(("item", s))
            for sub in d["subs"]:
                st_ = sub[1] if lang == "fr" else sub[0]
                items.append(("sub", f"{st_} ({sub[2]}, {fte_note(sub[3], lang, form)})"))
            if split_at and i + 1 == split_at:
                items.append(("break", ""))
        out.append(("p", intro))
        out.append(("ul", items, style))
    if "dotted" in mods:
        u = R.choice(T.REGIONS)
        out.append(("p", f"The incumbent also has a dotted-line (functional) relationship with the Regional Director, Program "
                         f"Delivery ({u[0]} Region), who reports to the Regional Director General; that position is not a direct report."
                    if lang == "en" else
                    f"Le titulaire entretient aussi une relation fonctionnelle (pointillée) avec le directeur régional, Prestation "
                    f"des programmes (Région {u[1]}), "
                    f"qui relève du directeur général régional; ce poste n'est pas un subordonné direct."))
    if "unit_total" in mods:
        out.append(("p", f"In total, the {'Directorate' if pos['level'] != 'DG' else 'Branch'} has {pos['fte']} FTEs, including the incumbent."
                    if lang == "en" else f"Au total, l'organisation compte {pos['fte']} ETP, y compris le titulaire."))
    return out


# ----------------------------------------------------------------------------- the whole description as blocks

FEMININE = ("Directrice", "Sous-ministre adjointe", "Vice-présidente", "Statisticienne")


def du(title_fr: str) -> str:
    """'du Directeur général, X' / 'de la Directrice générale, X'."""
    return ("de la " if title_fr.startswith(FEMININE) else "du ") + title_fr


def de(name: str) -> str:
    return ("d'" if name[0] in "AEIOUÉÎ" else "de ") + name


def wd_blocks(pos: dict, fmt: dict) -> tuple[list, dict]:
    """Blocks of a work description and what it states (for the ground truth)."""
    lang = pos["lang"]
    lg = "fr" if lang == "fr" else "en"
    th = pos["theme"]
    Le = T.LABELS_EN[fmt["labels"] % len(T.LABELS_EN)]
    Lf = T.LABELS_FR[fmt["labels"] % len(T.LABELS_FR)]
    He = T.HEAD_EN[fmt["heads"] % len(T.HEAD_EN)]
    Hf = T.HEAD_FR[fmt["heads"] % len(T.HEAD_FR)]
    if lang == "fr":
        L, H = Lf, Hf
    elif lang == "en":
        L, H = Le, He
    else:
        L = {k: f"{Le[k]} / {Lf[k]}" for k in Le}
        H = {k: f"{He[k]} / {Hf[k]}" for k in He}
    title_en, title_fr = pos["title"]
    title = title_fr if lang == "fr" else title_en
    sup = pos["sup"]
    sup_t = sup["fr"] if lang == "fr" else sup["en"]
    stated: dict = {}
    B: list = []
    dept = th["dept"][1] if lang == "fr" else th["dept"][0]
    if lang == "bilingual":
        B.append(("top", [f"{th['dept'][0]} / {th['dept'][1]}", "EXECUTIVE (EX) WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE (EX)"]))
    elif lang == "fr":
        B.append(("top", [dept, R.choice(["DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)", "Description de poste de cadre", "DESCRIPTION DE TRAVAIL"])]))
    else:
        B.append(("top", [dept, R.choice(["EXECUTIVE GROUP POSITION DESCRIPTION", "Executive Work Description", "WORK DESCRIPTION – EX GROUP", "Job Description"])]))
    pairs = []
    if lang == "bilingual" and fmt.get("bi_oneline"):
        pairs.append((L["title"], f"{title_en} – {title_fr}"))
    elif lang == "bilingual":
        pairs.append(("Position Title (English) / Titre du poste (anglais)", title_en))
        pairs.append(("Position Title (French) / Titre du poste (français)", title_fr))
    else:
        pairs.append((L["title"], title))
    cf = fmt["cls_form"]
    pairs.append((L["classification"], cls_note(pos["cls"], cf) + (" (Proposed)" if fmt.get("proposed") else "")))
    stated["classification"] = pos["cls"]
    if pos["job_code"]:
        pairs.append((L["job_code"], pos["job_code"]))
    if pos["number"]:
        pairs.append((L["position_number"], pos["number"]))
    elif pos["provisional"]:
        pairs.append((L["position_number"], pos["provisional"]))
    if pos["date"]:
        pairs.append((L["effective_date"], date_note(pos["date"], lg, fmt["date_form"])))
    branch = th["branch"][1] if lang == "fr" else th["branch"][0]
    if R.random() < 0.6:
        pairs.append((L["department"], dept if lang != "bilingual" else f"{th['dept'][0]} / {th['dept'][1]}"))
    pairs.append((L["branch"], branch))
    loc_shown = R.random() < 0.9
    loc = pos["location"][1] if lang == "fr" else pos["location"][0]
    if loc_shown and fmt["loc_end"] is False:
        pairs.append((L["location"], loc))
    smode = fmt["sup_mode"]
    sup_stated = dict(position_number=None, title=None, classification=None)
    if smode == "fields":
        if sup["num"]:
            pairs.append((L["sup_num"], sup["num"]))
            sup_stated["position_number"] = sup["num"]
        pairs.append((L["sup_title"], sup_t))
        pairs.append((L["sup_class"], cls_note(sup["cls"], fmt["sup_cls_form"])))
        sup_stated.update(title=sup_t, classification=sup["cls"])
    elif smode == "reports_to":
        lab = {"en": "Reports to", "fr": "Relève de", "bilingual": "Reports to / Relève de"}[lang]
        v = f"{sup_t} ({cls_note(sup['cls'], fmt['sup_cls_form'])})"
        if sup["num"]:
            v += f", position no. {sup['num']}" if lg == "en" else f", poste no {sup['num']}"
            sup_stated["position_number"] = sup["num"]
        pairs.append((lab, v))
        sup_stated.update(title=sup_t, classification=sup["cls"])
    if pos["incumbent"] and fmt.get("incumbent_top", True):
        pairs.append(({"en": "Incumbent", "fr": "Titulaire", "bilingual": "Incumbent / Titulaire"}[lang], pos["incumbent"]))
    B.append(("fields", pairs))

    def head(k):
        B.append(("h", H[k]))

    ga = (T.GA_FR if lang == "fr" else T.GA_EN)[fmt["form"] % (2 if lang == "fr" else 3)]
    unit_l = pos["own"][1] if lang == "fr" else pos["own"][0]
    ga = ga.format(title=title, unit=unit_l, dept=dept, sup=sup_t, de_dept=de(dept), du_sup=du(sup_t))
    sections = []
    if fmt.get("csr"):
        csr = T.CSR_FR if lang == "fr" else T.CSR_EN
        sections.append([("h", csr[0] if lang != "bilingual" else f"{T.CSR_EN[0]} / {T.CSR_FR[0]}"),
                         ("p", csr[2].format(sup=sup_t, unit=unit_l)),
                         ("h", csr[1] if lang != "bilingual" else f"{T.CSR_EN[1]} / {T.CSR_FR[1]}"),
                         ("ol", R.sample(T.SA_FR if lang == "fr" else T.SA_EN, 4))])
    else:
        sec = [("h", H["ga"]), ("p", ga)]
        if lang == "bilingual":
            sec.append(("p", T.GA_FR[0].format(title=title_fr, unit=pos["own"][1], dept=th["dept"][1], sup=sup["fr"],
                                               de_dept=de(th["dept"][1]), du_sup=du(sup["fr"]))))
        sections.append(sec)
    # organization structure, with the reports
    org = [("h", H["org"])]
    if smode == "sentence":
        num_txt = ""
        if sup["num"] and R.random() < 0.5:
            num_txt = f" (position {sup['num']})" if lg == "en" else f" (poste {sup['num']})"
            sup_stated["position_number"] = sup["num"]
        show_c = R.random() < 0.8
        if lg == "en":
            s = f"The {title} reports to the {sup_t}{' (' + sup['cls'] + ')' if show_c else ''}{num_txt}"
        else:
            s = f"Le titulaire relève {du(sup_t)}{' (' + sup['cls'] + ')' if show_c else ''}{num_txt}"
        s += (f" and is one of {R.randint(3, 9)} executives on the management team." if lg == "en"
              else f" et fait partie de l'équipe de gestion de {R.randint(3, 9)} cadres.")
        org.append(("p", s))
        sup_stated.update(title=sup_t, classification=sup["cls"] if show_c else None)
    elif fmt["dr_style"] == "orgchart":
        sup_stated.update(title=sup_t, classification=sup["cls"])
    if fmt["dr_head"]:
        org.append(("h2", H["dr"]))
    org += dr_blocks(pos, fmt["dr_style"], fmt)
    # the dimensions
    dim = [("h", H["dim"])]
    dl = []
    mode = pos["budget_mode"]
    mf = fmt["money_form"]
    S = dict(salary=None, o_and_m=None, total=None)
    fl = {"en": "FTEs", "fr": "ETP", "bilingual": "FTEs / ETP"}[lang]
    dl.append((fl, str(pos["fte"])))
    if mode in ("three", "no_total"):
        dl.append(({"en": "Salary", "fr": "Salaires", "bilingual": "Salary / Salaires"}[lang] if fmt["form"] % 2 else
                   {"en": "Salary Budget", "fr": "Budget salarial", "bilingual": "Salary Budget / Budget salarial"}[lang], money(pos["salary"], lg, mf)))
        dl.append(({"en": "O&M", "fr": "F et E", "bilingual": "O&M / F et E"}[lang], money(pos["om"], lg, mf)))
        S.update(salary=pos["salary"], o_and_m=pos["om"])
    if mode == "three":
        dl.append(({"en": "Total", "fr": "Total", "bilingual": "Total"}[lang], money(pos["total"], lg, mf)))
        S["total"] = pos["total"]
    if mode == "combined":
        dl.append(({"en": "Combined Salary and O&M Budget", "fr": "Budget combiné (salaires et F et E)",
                    "bilingual": "Salary and O&M / Salaires et F et E"}[lang], money(pos["total"], lg, mf)))
        S["total"] = pos["total"]
    if pos["program"]:
        dl.append(({"en": "Grants and Contributions", "fr": "Subventions et contributions",
                    "bilingual": "Grants and Contributions / Subventions et contributions"}[lang], money(pos["program"], lg, mf)))
    if fmt["dim_table"]:
        dim.append(("table", ["Dimension", "Amount" if lg == "en" else "Montant"], [list(x) for x in dl]))
    else:
        dim.append(("fields", dl))
    ns = [("h", H["ns"])] + [("p", p) for p in R.sample(T.NS_FR if lang == "fr" else T.NS_EN, 2)]
    sa = [("h", H["sa"]), ("ol", R.sample(T.SA_FR if lang == "fr" else T.SA_EN, R.randint(4, 6)))]
    if fmt.get("csr"):
        sa = []
    order = fmt["order"]
    body = {"org": org, "dim": dim, "ns": ns, "sa": sa}
    for k in order:
        sections.append(body[k])
    for s in sections:
        B += s
    if loc_shown and fmt["loc_end"]:
        B.append(("fields", [(L["location"], loc)]))
    # certification
    people = []
    if pos["incumbent"]:
        people.append(pos["incumbent"])
        if not fmt.get("incumbent_top", True):
            B.append(("p", (f"Incumbent: {pos['incumbent']}" if lg == "en" else f"Titulaire : {pos['incumbent']}")))
    if pos["signers"]:
        B.append(("h", H["cert"]))
        sig = []
        roles = [sup_t, "Deputy Minister" if lg == "en" else "Sous-ministre"]
        for n, role in zip(pos["signers"], roles):
            d = pos["date"] or dt.date(2020, 6, 1)
            sd = d + dt.timedelta(days=R.randint(3, 40))
            sig += [f"{n}", role, (f"Date: {sd.isoformat()}" if lg == "en" else f"Date : {sd.isoformat()}"), ""]
            people.append(n)
        B.append(("sig", sig))
    for d in pos["drs"]:
        if d["acting"]:
            people.append(d["acting"])
    truth = dict(
        title=title, classification=pos["cls"], job_code=pos["job_code"], position_number=pos["number"],
        effective_date=pos["date"], supervisor=sup_stated,
        direct_reports=[dict(title=dr_title(d, lg), classification=d["cls"] if d["show_cls"] else None,
                             fte=d["fte"] if d["show_fte"] else None) for d in pos["drs"]],
        salary=S["salary"], o_and_m=S["o_and_m"], total=S["total"], location=loc if loc_shown else None)
    return B, dict(fields=truth, people=people)


# ----------------------------------------------------------------------------- renderers

def hstyle(text: str, style: str, n: int) -> str:
    if style == "caps":
        return text.upper()
    if style == "num":
        return f"{n}. {text}"
    if style == "letter":
        return f"{'ABCDEFGHIJ'[(n - 1) % 10]}) {text.upper()}"
    if style == "colon":
        return f"{text}:"
    return text


def field_line(label: str, value: str, layout: str, width: int = 44) -> list[str]:
    if layout == "nextline":
        return [label + ("" if label.endswith(":") else ":"), "    " + value]
    if layout == "dots":
        return [f"{label} {'.' * max(3, width - len(label))} {value}"]
    if layout == "tabs":
        return [f"{label}\t{value}"]
    if layout == "pad":
        return [f"{label.upper():<{width}}{value}"]
    return [f"{label}: {value}"]


def table_lines(head: list[str], rows: list[list[str]], mode: str) -> list[str]:
    if mode == "pipe":
        out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        return out + ["| " + " | ".join(r) + " |" for r in rows]
    w = [max(len(str(x[i])) for x in [head] + rows) + 3 for i in range(len(head))]
    out = ["".join(str(h).ljust(w[i]) for i, h in enumerate(head)).rstrip()]
    if mode == "rule":
        out.append("-" * (sum(w) - 3))
    return out + ["".join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip() for r in rows]


def render_text(blocks: list, fmt: dict, running: str | None) -> str:
    """Plain text; a page break is a form feed followed by the running header."""
    out: list[str] = []
    n = 0
    page = 1
    bullet = fmt.get("bullet", "-")
    wrap = fmt.get("wrap")
    for b in blocks:
        k = b[0]
        if k == "top":
            out += b[1] + [""]
        elif k == "h":
            n += 1
            out += ["", hstyle(b[1], fmt["hstyle"], n), ""]
            if fmt["hstyle"] == "underline":
                out.insert(len(out) - 1, "=" * len(b[1]))
        elif k == "h2":
            out += [b[1] + ("" if fmt["hstyle"] != "caps" else ""), ""]
        elif k == "fields":
            for lab, val in b[1]:
                out += field_line(lab, val, fmt["layout"])
            out.append("")
        elif k == "p":
            out += (textwrap.wrap(b[1], wrap) if wrap else [b[1]]) + [""]
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                lines = textwrap.wrap(f"{i}. {it}", wrap, subsequent_indent="   ") if wrap else [f"{i}. {it}"]
                out += lines
            out.append("")
        elif k == "ul":
            for kind, it in b[1]:
                if kind == "break":
                    page += 1
                    out += ["", f"\f{running}  -  {page}" if running else "\f", ""]
                    continue
                pre = f"{bullet} " if kind == "item" else f"      {'o' if bullet in '-*•' else '-'} "
                lines = textwrap.wrap(pre + it, wrap, subsequent_indent=" " * len(pre)) if wrap else [pre + it]
                out += lines
            out.append("")
        elif k == "pre":
            out += b[1] + [""]
        elif k == "table":
            out += table_lines(b[1], b[2], fmt.get("table_mode", "rule")) + [""]
        elif k == "break":
            page += 1
            out += ["", f"\f{running}  -  {page}" if running else "\f", ""]
        elif k == "sig":
            out += b[1]
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def render_md(blocks: list, fmt: dict) -> str:
    out: list[str] = ["# " + ("Description de travail" if fmt["lang"] == "fr" else "Job Description"), ""]
    for b in blocks:
        k = b[0]
        if k == "top":
            out += [f"**{b[1][0]}**", ""]
        elif k in ("h", "h2"):
            out += [("## " if k == "h" else "### ") + b[1], ""]
        elif k == "fields":
            out += [f"*   **{lab}:** {val}" for lab, val in b[1]] + [""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ol":
            out += [f"{i}.  {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif k == "ul":
            for kind, it in b[1]:
                if kind == "break":
                    continue
                out.append(("*   " if kind == "item" else "    *   ") + it)
            out.append("")
        elif k == "pre":
            out += ["```"] + b[1] + ["```", ""]
        elif k == "table":
            out += table_lines(b[1], b[2], "pipe") + [""]
        elif k == "sig":
            out += [f"**{x}**" if x else "" for x in b[1]]
    return "\n".join(out).strip() + "\n"


FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def render_docx(blocks: list, fmt: dict, running: str | None, footer: str | None) -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = ""
    cp.title = ""
    cp.revision = 1
    sec = doc.sections[0]
    if running:
        sec.header.paragraphs[0].text = running
    if footer:
        sec.footer.paragraphs[0].text = footer
    heads = fmt.get("docx_heads", True)
    for b in blocks:
        k = b[0]
        if k == "top":
            for line in b[1]:
                p = doc.add_paragraph()
                p.add_run(line).bold = True
        elif k in ("h", "h2"):
            if heads:
                doc.add_heading(b[1], level=1 if k == "h" else 2)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[1].upper() if k == "h" else b[1])
                r.bold = True
        elif k == "fields":
            if fmt.get("docx_fields") == "table":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = lab, val
                doc.add_paragraph()
            else:
                for lab, val in b[1]:
                    p = doc.add_paragraph()
                    p.add_run(lab + (":" if fmt["lang"] != "fr" else " :")).bold = True
                    p.add_run(("\t" if fmt.get("docx_tab") else " ") + val)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "ul":
            for kind, it in b[1]:
                if kind == "break":
                    doc.add_page_break()
                    continue
                doc.add_paragraph(it, style="List Bullet" if kind == "item" else "List Bullet 2")
        elif k == "pre":
            for line in b[1]:
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(9)
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif k == "break":
            doc.add_page_break()
        elif k == "sig":
            for line in b[1]:
                doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
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


def render_pdf(text: str, running: str, footer_fmt: str, per_page: int = 58, width: int = 110) -> bytes:
    """Text (form feeds are page breaks) to PDF pages with a running header and a page footer."""
    chunks = []
    for part in text.split("\f"):
        lines: list[str] = []
        for line in part.replace("\t", "    ").split("\n"):
            aligned = "   " in line.strip()  # a table row or an org chart line: kept whole, as a PDF row is
            lines += textwrap.wrap(line, width, subsequent_indent=" " * (len(line) - len(line.lstrip()))) \
                if len(line) > width and not aligned else [line]
        for i in range(0, max(len(lines), 1), per_page):
            chunks.append(lines[i:i + per_page])
    pages = []
    for i, ch in enumerate(chunks, 1):
        head = [running, ""] if i > 1 and running else []
        pages.append("\n".join(head + ch + ["", footer_fmt.format(n=i, N=len(chunks))]))
    return pdf_bytes(pages)


# ----------------------------------------------------------------------------- OCR damage

DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
LET = [("m", "rn"), ("d", "cl"), ("e", "c"), ("i", "l"), ("l", "i"), ("h", "b"), ("n", "ri"), ("o", "a"), ("t", "f")]


def damage(text: str, strength: int, rng: random.Random) -> str:
    p_dig, p_let, p_run = [(0.2, 0.02, 0.01), (0.45, 0.05, 0.03), (0.75, 0.09, 0.05)][strength - 1]
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        nw = []
        for w in words:
            if any(ch.isdigit() for ch in w) and rng.random() < p_dig:
                w = "".join(DIG.get(ch, ch) if (ch in DIG and rng.random() < 0.6) else ch for ch in w)
                if "1" in w and rng.random() < 0.3:
                    w = w.replace("1", "l", 1)
            elif len(w) > 3 and w.isalpha() and rng.random() < p_let:
                a, b2 = rng.choice(LET)
                if a in w:
                    w = w.replace(a, b2, 1)
            nw.append(w)
        s = ""
        for i, w in enumerate(nw):
            if i == 0:
                s = w
            elif rng.random() < p_run and w and nw[i - 1] and w[0].isalpha() and nw[i - 1][-1].isalpha():
                s += w
            else:
                s += " " + w
        out.append(s)
    return "\n".join(out)


def hyphenate(text: str, width: int, rng: random.Random) -> str:
    """Re-wrap long lines at ``width``, breaking some long words with a hyphen, as scans do."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or "....." in line or "   " in line.strip() or "\t" in line or line.lstrip()[:1] in "|+":
            out.append(line)
            continue
        indent = line[:len(line) - len(line.lstrip())]
        cur = indent
        for w in line.lstrip().split(" "):
            if len(cur) + 1 + len(w) > width and cur:
                if len(w) > 8 and w.isalpha() and rng.random() < 0.5:
                    cut = len(w) // 2
                    out.append(cur + " " + w[:cut] + "-")
                    cur = indent + w[cut:]
                else:
                    out.append(cur)
                    cur = indent + w
            else:
                cur = (cur + " " + w) if cur.strip() else indent + w
        out.append(cur)
    return "\n".join(out)


# ----------------------------------------------------------------------------- the corpus plan

SHORT = {"Employment and Social Development Canada": "ESDC", "Health Canada": "HC",
         "Environment and Climate Change Canada": "ECCC", "Natural Resources Canada": "NRCan",
         "Statistics Canada": "StatCan", "Canada Revenue Agency": "CRA",
         "Immigration, Refugees and Citizenship Canada": "IRCC", "Indigenous Services Canada": "ISC",
         "Fisheries and Oceans Canada": "DFO", "Transport Canada": "TC",
         "Public Services and Procurement Canada": "PSPC", "Agriculture and Agri-Food Canada": "AAFC",
         "Canadian Food Inspection Agency": "CFIA", "Innovation, Science and Economic Development Canada": "ISED",
         "Veterans Affairs Canada": "VAC", "Canada Border Services Agency": "CBSA"}
SHORT_FR = {"ESDC": "EDSC", "HC": "SC", "ECCC": "ECCC", "NRCan": "RNCan", "StatCan": "StatCan", "CRA": "ARC",
            "IRCC": "IRCC", "ISC": "SAC", "DFO": "MPO", "TC": "TC", "PSPC": "SPAC", "AAFC": "AAC", "CFIA": "ACIA",
            "ISED": "ISDE", "VAC": "ACC", "CBSA": "ASFC"}

PLAN = ([("text", "en")] * 5 + [("text", "bilingual")] + [("text-cp1252", "fr")] * 2 + [("text-cp1252", "en")] * 2
        + [("ocr", "en")] * 5 + [("ocr", "fr")] * 3 + [("docx", "en")] * 9 + [("docx", "fr")] * 2
        + [("docx", "bilingual")] * 2 + [("pdf", "en")] * 7 + [("pdf", "fr")] * 2 + [("pdf", "bilingual")] * 2
        + [("markdown", "en")] * 3)
STYLES = ["table", "orgchart", "sentence", "bullets_br", "bullets_dash", "bullets_lead", "prose"]
EXT = {"text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "docx": ".docx", "pdf": ".pdf", "markdown": ".md"}


_KIND_OFFSET = {"text": 0, "text-cp1252": 3, "ocr": 5, "docx": 1, "pdf": 4, "markdown": 2}
_COUNTS: dict[str, int] = {}


def _kind_count(kind: str) -> int:
    _COUNTS[kind] = _COUNTS.get(kind, -1) + 1
    return _COUNTS[kind]


def make_fmt(kind: str, lang: str, i: int) -> dict:
    f = dict(kind=kind, lang=lang, form=R.randrange(60), labels=R.randrange(12), heads=R.randrange(6),
             layout=R.choice(["colon", "colon", "nextline", "dots", "tabs", "pad"]),
             hstyle=R.choice(["plain", "caps", "num", "letter", "colon", "underline"]),
             cls_form=R.choice(["std", "std", "std", "space", "short", "paren", "glued"]),
             sup_cls_form=R.choice(["std", "std", "space", "short"]),
             dr_cls_form=R.choice(["std", "std", "std", "space", "short"]),
             date_form=_kind_count("date-" + ("fr" if lang == "fr" else "en")),
             money_form=_kind_count("money-" + ("fr" if lang == "fr" else "en")),
             sup_mode=R.choice(["fields", "fields", "fields", "reports_to", "sentence"]),
             dr_style=STYLES[(_KIND_OFFSET[kind] + _kind_count(kind)) % len(STYLES)],
             dr_head=R.random() < 0.5, dim_table=kind in ("docx", "pdf") and R.random() < 0.4,
             order=R.choice([["org", "ns", "dim", "sa"], ["ns", "org", "dim", "sa"], ["dim", "org", "ns", "sa"],
                             ["org", "dim", "sa", "ns"]]),
             csr=R.random() < 0.15, loc_end=R.random() < 0.2, bullet=R.choice(["-", "*", "•", "o"]),
             wrap=R.choice([None, 90, 78]) if kind in ("text", "text-cp1252") else None,
             table_mode=R.choice(["rule", "plain", "pipe"] if kind in ("text", "text-cp1252") else ["rule", "plain"]), docx_fields=R.choice(["table", "lines"]),
             docx_heads=R.random() < 0.6, docx_tab=R.random() < 0.3, ascii=kind in ("pdf", "text-cp1252", "ocr") or R.random() < 0.5,
             incumbent_top=R.random() < 0.6, proposed=R.random() < 0.05)
    if kind == "ocr" and f["bullet"] == "•":
        f["bullet"] = "-"
    return f


def make_mods(style: str) -> set[str]:
    m = set()
    for name, p in [("vacant", 0.35), ("acting", 0.3), ("shared", 0.2), ("dotted", 0.2), ("second_tier", 0.3),
                    ("split", 0.35), ("no_cls", 0.12), ("no_fte", 0.15), ("unit_total", 0.3)]:
        if R.random() < p:
            m.add(name)
    if style == "table" and R.random() < 0.5:
        m.add("unit_vs_pos")
    if style in ("sentence",):
        m.discard("split")
    return m


def file_name(pos: dict, kind: str, used: set[str]) -> str:
    lang = pos["lang"]
    t = pos["title"][1] if lang == "fr" else pos["title"][0]
    short = SHORT[pos["theme"]["dept"][0]]
    yr = pos["date"].year if pos["date"] else 2021
    ext = EXT[kind]
    if lang == "fr":
        pats = [f"{t} - DT signée", f"Description de travail - {t}", f"{t} (2)", f"DT {t} {yr} VF",
                f"{SHORT_FR[short]} - {t} ({pos['cls']})", f"{t} – version finale"]
    else:
        pats = [f"{t} - {pos['cls']}", f"WD - {t} FINAL", f"{t} ({pos['cls']}) - signed", f"{short} {t} {yr}",
                f"{t} (1)", f"Work Description - {t}", f"{t}_v2 FINAL", f"{pos['cls']} {t} - {short}", f"{t} - JD {yr}",
                f"{t} - Copy"]
    R.shuffle(pats)
    for p in pats:
        name = (p + ext).replace("/", "-")
        if name not in used:
            used.add(name)
            return name
    raise SystemExit("no free file name for " + t)


def running_for(pos: dict) -> str:
    lang = pos["lang"]
    short = SHORT[pos["theme"]["dept"][0]]
    if lang == "fr":
        return R.choice([f"{SHORT_FR[short]} – Description de travail – {pos['title'][1]}", f"DT {pos['title'][1]} – PROTÉGÉ A"])
    return R.choice([f"{short} – Work Description – {pos['title'][0]}", f"OG. {pos['own'][0]}",
                     f"{pos['theme']['dept'][0]} | EX Work Description", f"{pos['title'][0]} ({pos['cls']}) – continued"])


def render(pos: dict, kind: str, fmt: dict) -> tuple[bytes, list]:
    blocks, info = wd_blocks(pos, fmt)
    running = running_for(pos)
    lang = pos["lang"]
    if kind == "markdown":
        text = render_md(blocks, fmt)
        if R.random() < 0.5:
            text = "--- Structured Job Description ---\n\n" + text
        return text.encode("utf-8"), info
    if kind == "docx":
        foot = None if R.random() < 0.4 else (f"{SHORT[pos['theme']['dept'][0]]} – {pos['title'][1 if lang == 'fr' else 0]}")
        return render_docx(blocks, fmt, running if R.random() < 0.6 else None, foot), info
    if kind == "pdf":
        text = render_text(blocks, fmt, None)
        foot = R.choice(["Page {n} of {N}", "{n}", "- {n} -", "Page {n} de {N}" if lang == "fr" else "Page {n}/{N}"])
        return render_pdf(text, running, foot, per_page=R.choice([52, 58, 64])), info
    if kind in ("text", "text-cp1252"):
        text = render_text(blocks, fmt, running)
        if kind == "text-cp1252":
            text = text.replace("'", "\u2019").replace("\n", "\r\n")
            return text.encode("cp1252"), info
        return text.encode("utf-8"), info
    # ocr
    fmt_o = dict(fmt, wrap=None)
    text = render_text(blocks, fmt_o, running)
    rng = random.Random(R.randrange(10**9))
    text = damage(text, fmt["strength"], rng)
    if fmt["ocr_layout"] == "oneline":
        pages = text.split("\f")
        foot = f"OG. {pos['own'][0] if lang != 'fr' else pos['own'][1]}"
        joined = []
        for n, pg in enumerate(pages, 1):
            body = " ".join(x.strip() for x in pg.split("\n") if x.strip())
            joined.append((f"{n} " if n > 1 else "") + body + " " + foot)
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + "\n".join(joined) + "\n"
    else:
        text = hyphenate(text, 72, rng)
        text = text.replace("\f", "\n\f")
    return text.encode("utf-8"), info


def write_expected(name: str, kind: str, lang: str, outcome: str, fields, people, also, versions=None) -> None:
    not_stated = []
    if fields:
        for k, v in fields.items():
            if k == "supervisor":
                not_stated += [f"supervisor.{kk}" for kk, vv in v.items() if vv is None]
            elif v is None:
                not_stated.append(k)
    doc = dict(document=name, kind=kind, language=lang, outcome=outcome, fields=fields, not_stated=not_stated,
               also=also, people=sorted(set(people), key=people.index), versions=versions)
    (EXPECTED / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def dr_notes(pos: dict) -> list[str]:
    lg = "fr" if pos["lang"] == "fr" else "en"
    out = []
    for d in pos["drs"]:
        if d["note"]:
            out.append(f"{d['note']}: {dr_title(d, lg)}")
        if d["subs"] and pos["fmt"]["dr_style"] in ("orgchart", "bullets_br", "bullets_dash", "bullets_lead", "prose"):
            out.append(f"second tier listed under {dr_title(d, lg)} (not direct reports)")
    if "dotted" in pos["mods"]:
        out.append("a dotted-line relationship is described; not a direct report")
    if "split" in pos["mods"] and pos["fmt"]["dr_style"] != "sentence" and len(pos["drs"]) >= 4 and pos["kind"] != "markdown":
        out.append("direct reports split across a page break")
    if "unit_vs_pos" in pos["mods"] and pos["fmt"]["dr_style"] == "table":
        out.append("table gives position FTE (1) and unit FTEs; fte is the unit's")
    return out


# ----------------------------------------------------------------------------- documents to refuse

def refusals(used: set[str]) -> None:
    # 1. a memo listing positions to update (docx, English)
    a, b, c = person("en"), person("en"), person("en")
    rows = [[str(R.randint(10000, 99999)), t, l] for t, l in [
        ("Director General, Operations", "EX-03"), ("Director, Program Design", "EX-01"),
        ("Executive Director, Data and Analytics", "EX-02"), ("Director, Grants and Contributions", "EX-01")]]
    blocks = [("top", ["Transport Canada", "MEMORANDUM"]),
              ("fields", [("TO", f"{b}, Director General, Multimodal Safety Oversight"), ("FROM", f"{a}, Director, Executive Services"),
                          ("CC", c), ("DATE", "March 14, 2024"), ("SUBJECT", "Update of EX work descriptions before the 2024-25 classification review")]),
              ("p", "As part of the 2024-25 organizational review, the work descriptions of the executive positions listed below "
                    "must be updated to reflect the new structure of the Group, including their direct reports and dimensions."),
              ("table", ["Position No.", "Title", "Level"], rows),
              ("p", "Please send the revised descriptions, signed by the responsible Assistant Deputy Minister, to Executive "
                    "Services by April 30, 2024. Descriptions not received by that date will be reviewed as they stand."),
              ("sig", [a, "Director, Executive Services"])]
    fmt = dict(lang="en", docx_fields="lines", docx_heads=True, docx_tab=True)
    name = "Memo to DGs - EX work descriptions update 2024.docx"
    (CORPUS / name).write_bytes(render_docx(blocks, fmt, None, None))
    write_expected(name, "docx", "en", "refuse", None, [a, b, c], dict(what="memo"))

    # 2. a French letter offering an acting EX-01 appointment (pdf)
    a, b = person("fr"), person("fr")
    num = str(R.randint(10000, 99999))
    text = (f"Pêches et Océans Canada\n\nLe 3 octobre 2023\n\nMadame {a}\n200, rue Kent\nOttawa (Ontario) K1A 0E6\n\n"
            f"Objet : Offre de nomination intérimaire – Directrice, Espèces en péril (EX-01), poste no {num}\n\n"
            f"Madame,\n\nJ’ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Espèces en péril "
            f"(EX-01), poste no {num}, au sein du Secteur des écosystèmes aquatiques, du 16 octobre 2023 au 15 avril 2024.\n\n"
            "Votre rémunération sera fixée dans l’échelle salariale du niveau EX-01, soit de 128 358 $ à 151 002 $ par année.\n"
            "Vous relèverez de la Directrice générale, Protection du poisson et de son habitat, et serez responsable\n"
            "d’une équipe de 23 ETP.\n\nVeuillez signer et retourner une copie de la présente lettre d’ici le 10 octobre 2023.\n\n"
            f"Veuillez agréer, Madame, mes salutations distinguées.\n\n{b}\nDirectrice générale, Protection du poisson et de son habitat\n\n"
            f"J’accepte l’offre décrite ci-dessus :\n\n______________________   Date : ____________\n{a}\n")
    name = "Lettre d'offre - nomination intérimaire EX-01 (signée).pdf"
    (CORPUS / name).write_bytes(render_pdf(text, "", "Page {n} de {N}"))
    write_expected(name, "pdf", "fr", "refuse", None, [a, b], dict(what="letter of offer (acting appointment)"))

    # 3. a bilingual organization chart, OCR'd (txt)
    lines = ["--- Full Extracted Text ---",
             "ORGANIGRAMME / ORGANIZATION CHART", "Direction générale des opérations régionales / Regional Operations Branch",
             "Services aux Autochtones Canada / Indigenous Services Canada", "",
             "| Sous-ministre adjointe / Assistant Deputy Minister | EX-O5 |", "|", "| Directeur général, Opérations / Director General, Operations | EX-03 | I72 ETP/FTEs |",
             "|", "+-- Directrice, Infrastructures communautaires / Director, Community Infrastructure  EX-Ol  (34)",
             "+-- Directeur, Programmes d'éducation / Director, Education Programs  EX-0I  (28)",
             "+-- Directrice, Gestion des urgences / Director, Emergency Management  EX-01  (4I)",
             "+-- Directeur, Services de financement / Director, Funding Services  EX-01  (52)",
             "+-- Adjointe exécutive / Executive Assistant  AS-O2  (1)", "",
             "En vigueur : 2023-04-01 / Effective: 2023-04-01     Préparé par / Prepared by: RH/HR", ""]
    name = "Organigramme DG Opérations 2023 (scan).txt"
    (CORPUS / name).write_bytes("\n".join(lines).encode("utf-8"))
    write_expected(name, "ocr", "bilingual", "refuse", None, [], dict(what="organization chart"))

    # 4. an executive performance agreement (docx)
    a, b = person("en"), person("en")
    blocks = [("top", ["Natural Resources Canada", "EXECUTIVE PERFORMANCE AGREEMENT 2023-24"]),
              ("fields", [("Executive", a), ("Position", "Executive Director, Clean Fuels"), ("Level", "EX-02"),
                          ("Position Number", str(R.randint(10000, 99999))), ("Manager", f"{b}, Director General, Energy Efficiency Programs"),
                          ("Period", "April 1, 2023 to March 31, 2024")]),
              ("h", "Work Objectives"),
              ("table", ["Commitment", "Performance Measure", "Weight"],
               [["Launch the Clean Fuels Fund second intake", "Intake launched by Q2; 40 agreements signed", "30%"],
                ["Implement the Directorate's renewal plan", "Plan approved; 8 of 10 actions completed", "25%"],
                ["Manage the budget of $9.4M", "Variance under 2%", "20%"]]),
              ("h", "Leadership Commitments"),
              ("p", "Create vision and strategy; mobilize people; uphold integrity and respect; collaborate with partners and stakeholders; promote innovation and guide change; achieve results."),
              ("h", "Signatures"), ("sig", [a, "Executive", "", b, "Manager"])]
    name = "Performance Agreement 2023-24 - Executive Director, Clean Fuels - signed.docx"
    (CORPUS / name).write_bytes(render_docx(blocks, dict(lang="en", docx_fields="table", docx_heads=False), None, None))
    write_expected(name, "docx", "en", "refuse", None, [a, b], dict(what="performance agreement"))

    # 5. French minutes of a management committee (cp1252)
    a, b, c = person("fr"), person("fr"), person("fr")
    text = (f"PROCÈS-VERBAL\r\nComité de gestion de la Direction générale – Statistique sociale\r\nLe 17 novembre 2022, 13 h 30, salle 2-114\r\n\r\n"
            f"Présents : {a} (présidente), {b}, {c}\r\n\r\n1. Adoption de l’ordre du jour\r\nL’ordre du jour est adopté.\r\n\r\n"
            "2. Réorganisation de la Direction générale\r\nLa présidente présente la nouvelle structure : la Division de l’Enquête sur la population\r\n"
            "active (EX-01, 48 ETP) et la Division de la statistique du revenu (EX-01, 37 ETP) relèveront désormais\r\n"
            "du nouveau poste de directeur exécutif (EX-02). Les descriptions de travail seront mises à jour d’ici mars.\r\n\r\n"
            "3. Budget 2023-2024\r\nSalaires : 14,2 M$; F et E : 1,1 M$. Un gel des embauches est maintenu jusqu’en avril.\r\n\r\n"
            "4. Divers\r\nAucun.\r\n\r\nProchaine réunion : le 15 décembre 2022.\r\n")
    name = "Procès-verbal CGD 2022-11-17.txt"
    (CORPUS / name).write_bytes(text.encode("cp1252"))
    write_expected(name, "text-cp1252", "fr", "refuse", None, [a, b, c], dict(what="minutes"))

    # 6. a PDF of a scan without a text layer
    draw = b"q 0.6 g 40 60 515 720 re f Q q 0.2 g 60 740 300 14 re f 60 700 420 8 re f 60 680 400 8 re f Q"
    name = "Scan_20230412_0007.pdf"
    (CORPUS / name).write_bytes(pdf_bytes([draw, ""]))
    write_expected(name, "pdf", "en", "refuse", None, [], dict(what="scanned PDF without a text layer"))


# ----------------------------------------------------------------------------- main

def main() -> None:
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    themes = T.THEMES[:]
    R.shuffle(themes)
    levels = ["DG"] * 20 + ["ED"] * 13 + ["Dir"] * 10
    R.shuffle(levels)
    used: set[str] = set()
    ocr_strength = [1, 2, 1, 2, 3, 2, 1, 2]
    ocr_layout = ["lines", "oneline", "lines", "lines", "oneline", "lines", "oneline", "lines"]
    first = {}
    li = 0
    pending_versions = []
    for i, (kind, lang) in enumerate(PLAN):
        fmt = make_fmt(kind, lang, i)
        key = (kind, lang)
        clone_of = None
        if key == ("pdf", "en") and ("docx", "en") in first and "signed" not in first:
            clone_of, first["signed"] = first[("docx", "en")], True
        if key == ("docx", "fr") and ("ocr", "fr") in first and "revised" not in first:
            clone_of, first["revised"] = first[("ocr", "fr")], True
        if clone_of is not None:
            src_pos, src_name = clone_of
            pos = copy.deepcopy(src_pos)
            _ = pos.pop("theme")
            pos["theme"] = src_pos["theme"]
            if kind == "pdf":  # the signed copy of the same description
                fmt = dict(src_pos["fmt"], kind=kind, ascii=True)
                pos["signers"] = [person("en"), person("en")]
                name = src_name.rsplit(".", 1)[0].replace(" FINAL", "").replace("WD - ", "") + " - signed.pdf"
            else:  # revised six years later with new figures and one more report
                pos["date"] = dt.date(2022, 9, 12)
                pos["fte"] += 6
                pos["salary"] = int(round(pos["fte"] * 104_000, -4))
                pos["om"] = int(round(pos["salary"] * 0.12, -4))
                pos["total"] = pos["salary"] + pos["om"]
                pos["budget_mode"] = "three"
                extra = report("adv", ("", ""), pos["theme"], "fr")
                pos["drs"].insert(len(pos["drs"]) - 1, extra)
                pos["signers"] = [person("fr")]
                fmt = dict(fmt, dr_style=src_pos["fmt"]["dr_style"])
                name = f"{pos['title'][1]} - révisée 2022.docx"
            used.add(name)
            pending_versions.append((src_name, name))
        else:
            pos = make_position(themes[li % len(themes)], levels[li], lang)
            li += 1
            if kind == "ocr":
                k = sum(1 for kk, _ in PLAN[:i] if kk == "ocr")
                fmt["strength"], fmt["ocr_layout"] = ocr_strength[k], ocr_layout[k]
                if lang == "fr" and ("ocr", "fr") not in first:
                    pos["date"] = dt.date(2016, 5, 2)
            if lang == "bilingual" and kind == "pdf" and not any(n for n in used if n.endswith(".pdf") and "bi1" in n):
                fmt["bi_oneline"] = "bi1" not in first
                first["bi1"] = True
            apply_modifiers(pos, make_mods(fmt["dr_style"]))
            if kind == "docx" and lang == "en" and key not in first:
                pos["signers"] = []
            name = None
        if kind == "ocr" and clone_of is None:
            pass
        pos["fmt"], pos["kind"] = fmt, kind
        if name is None:
            name = file_name(pos, kind, used)
            if "sign" in name and not pos["signers"]:
                pos["signers"] = [person("fr" if lang == "fr" else "en")]
        if key not in first:
            first[key] = (pos, name)
        data, info = render(pos, kind, fmt)
        (CORPUS / name).write_bytes(data)
        also = dict(fte=pos["fte"], operating_budget=None, program_budget=pos["program"], provisional_number=pos["provisional"],
                    department=pos["theme"]["dept"][1 if lang == "fr" else 0], level=pos["level"],
                    direct_report_style=fmt["dr_style"], direct_report_notes=dr_notes(pos), supervisor_form=fmt["sup_mode"])
        if lang == "bilingual":
            also["title_fr"] = pos["title"][1]
        pos["_expected"] = (name, kind, lang, info, also)
        pos_list.append(pos)
    versions = {}
    for a, b in pending_versions:
        versions[a] = versions[b] = dict(documents=[a, b], newest=b)
    for pos in pos_list:
        name, kind, lang, info, also = pos["_expected"]
        write_expected(name, kind, lang, "import", info["fields"], info["people"], also, versions.get(name))
    refusals(used)


pos_list: list = []

if __name__ == "__main__":
    main()
