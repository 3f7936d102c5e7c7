"""Writes bench/import/blind42/corpus/ and expected/ (deterministic: a fixed seed, fixed zip dates).

    /work/main/.venv/bin/python bench/import/blind42/make_blind.py

A blind corpus for issue 12 with the emphasis on PDFs: most documents are PDFs with a text layer
(multi-page, running headers and footers, page numbers, flattened tables, wrapped titles, two
columns read across or one after the other, cover pages, tables of contents, signature pages,
some with a damaged OCR text layer), the rest Word and text versions of some of the same
positions. Departments: central agencies, granting councils and science departments.
PDFs are made by ``tests/import_files.pdf_bytes``; Word files by python-docx.
"""
from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

SEED = 4242
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
NBSP = "\u00a0"


# ---------------------------------------------------------------- positions
class Pos:
    pass


def make_positions(rng):
    out = []
    used = set()
    for i, (dept, level, t_en, t_fr, s_en, s_fr, s_cls) in enumerate(T.POSITIONS):
        p = Pos()
        p.i, p.dept, p.level = i, dept, level
        p.title_en, p.title_fr = t_en, t_fr
        p.sup_en, p.sup_fr, p.sup_cls = s_en, s_fr, s_cls
        while True:
            n = str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999)]))
            if n not in used:
                used.add(n)
                break
        p.pn = n
        p.sup_pn = str(rng.randint(10000, 99999))
        p.job_code = str(rng.randint(100000, 109999))
        y = rng.randint(2009, 2024)
        p.date = (y, rng.randint(1, 12), rng.randint(1, 28))
        p.loc = rng.choice(T.DEPTS[dept][4]) if rng.random() < 0.6 else T.DEPTS[dept][4][0]
        # direct reports
        drs = []
        if level == "EX-01":
            pool = rng.sample(T.REPORTS[dept], rng.randint(3, 5))
            for en, fr in pool:
                drs.append([en, fr, rng.choice(T.GROUPS[dept]), rng.randint(2, 24)])
        else:
            units = T.POS_UNITS.get(i, T.DIRECTOR_UNITS[dept])
            k = min(len(units), rng.randint(2, 4))
            lvl = "EX-03" if level in ("EX-04", "EX-05") else ("EX-02" if level == "EX-03" and rng.random() < 0.3 else "EX-01")
            for en, fr in rng.sample(units, k):
                if lvl == "EX-03":
                    drs.append([f"Director General, {en}", f"Directeur général, {fr}", lvl, rng.randint(60, 240)])
                else:
                    drs.append([f"Director, {en}", f"Directeur, {fr}", lvl, rng.randint(12, 70)])
            if rng.random() < 0.5:
                drs.append(["Executive Assistant", "Adjointe exécutive", rng.choice(["AS-02", "AS-03", "AS-04"]), 1])
        p.drs = drs
        p.fte = sum(d[3] for d in drs) + rng.randint(1, 4)
        p.salary = round(p.fte * rng.randint(88, 112) * 1000, -4)
        p.om = int(round(p.salary * rng.uniform(0.04, 0.4), -4 if rng.random() < 0.7 else -3))
        p.total = p.salary + p.om
        p.program = None
        if dept in ("CIHR", "NSERC", "SSHRC") and level != "EX-01":
            p.program = rng.choice([48, 112, 265, 390, 745]) * 1000000
        if dept == "CSA" and level == "EX-03":
            p.program = rng.choice([86, 154]) * 1000000
        p.incumbent = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        p.sup_name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        p.auth_name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        p.hr_name = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        out.append(p)
    for p in out:      # a supervisor that is another position of the corpus has that position's number
        for q in out:
            if q.title_en == p.sup_en:
                p.sup_pn, p.sup_cls = q.pn, q.level
    return out


FEM = ("Directrice", "Vice-présidente", "Présidente", "Secrétaire adjointe", "Sous-ministre adjointe", "Statisticienne")


def fr_art(title, prep):
    """French article before a title: du/au/le, or de la/à la/la for a feminine title."""
    fem = title.startswith(FEM)
    return {"du": "de la" if fem else "du", "au": "à la" if fem else "au", "le": "la" if fem else "le"}[prep] + " " + title


def fr_def(title):
    if title[0] in "AEÉIOU":
        return "l'" + title
    return ("la " if title.startswith(FEM + ("Adjointe", "Gestionnaire")) and not title.startswith("Gestionnaire") else "le ") + title


def unit_of(title):
    return title.split(", ", 1)[1] if ", " in title else title


# ---------------------------------------------------------------- notations
def fmt_class(c, style):
    g, lv = c.rsplit("-", 1)
    if not c.startswith("EX-"):
        return c
    return {"dash": c, "space": f"{g} {lv}", "short": f"{g}-{int(lv)}", "paren": f"({c})", "run": f"{g}{lv}",
            "spaced": f"{g} - {lv}"}[style]


def fmt_date(d, style, lang):
    y, m, day = d
    if lang == "fr":
        if style in ("long", "ord"):
            return f"{'1er' if day == 1 else day} {MONTHS_FR[m - 1]} {y}"
        if style == "iso":
            return f"{y}-{m:02d}-{day:02d}"
        if style == "dmy":
            return f"{day:02d}/{m:02d}/{y}" if day > 12 else f"{y}-{m:02d}-{day:02d}"
        return f"{day:02d}.{m:02d}.{y}" if day > 12 else f"{day} {MONTHS_FR[m - 1]} {y}"
    if style == "long":
        return f"{MONTHS_EN[m - 1]} {day}, {y}"
    if style == "ord":
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{MONTHS_EN[m - 1]} {day}{suf}, {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if style == "dmy":
        return f"{day} {MONTHS_EN[m - 1]} {y}"
    if style == "abbr":
        return f"{MONTHS_EN[m - 1][:3]}. {day}, {y}" if m != 5 else f"May {day}, {y}"
    return f"{day:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}"


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def _dec(v, unit):
    q = v / unit
    s = f"{q:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_amount(v, style, lang, nb=False):
    sp = NBSP if nb else " "
    if lang == "fr":
        if style == "full":
            return f"{_group(v, sp)}{sp}$"
        if style == "cents":
            return f"{_group(v, sp)},00{sp}$"
        if style == "M" and v % 1000 == 0:
            return f"{_dec(v, 1e6).replace('.', ',')}{sp}M$"
        if style == "K" and v % 1000 == 0:
            return f"{_group(v // 1000, sp)}{sp}k$"
        if style == "million" and v % 1000 == 0:
            return f"{_dec(v, 1e6).replace('.', ',')} million{'s' if v >= 2e6 else ''} de dollars"
        return f"{_group(v, sp)}{sp}$"
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M" and v % 1000 == 0:
        return f"${_dec(v, 1e6)}M"
    if style == "K" and v % 1000 == 0:
        return f"${v // 1000:,}K"
    if style == "million" and v % 1000 == 0:
        return f"${_dec(v, 1e6)} million"
    return f"${v:,}"


def fmt_fte(n, style, lang):
    if n == 1:
        return {"fr": {"b": "effectif de 1", "c": "1 employé"}, "en": {"b": "staff of 1", "d": "1 employee", "a": "1 FTE"}}[
            lang].get(style, "1 ETP" if lang == "fr" else "1 FTE")
    if lang == "fr":
        return {"a": f"{n} ETP", "b": f"effectif de {n}", "c": f"{n} employés", "d": f"{n} ETP"}[style]
    return {"a": f"{n} FTEs", "b": f"staff of {n}", "c": f"{n} FTE", "d": f"{n} employees"}[style]


# ---------------------------------------------------------------- composing a description
# Blocks: ("h", key, text) heading; ("f", key, label, value) field; ("p", text); ("l", [items]);
# ("t", header, rows) table; ("sig", [(role, name)]); ("bi", en_blocks, fr_blocks) side by side.

def compose(p, o, rng):
    """Blocks of one description and what it states. ``o`` the document's options."""
    lang = o["lang"]
    L = lang if lang != "bi" else "en"
    omit = set(o.get("omit", ()))
    dept = T.DEPTS[p.dept]
    cs, ds, am, fs = o["cls"], o["date"], o["amt"], o["fte"]
    nb = o.get("nbsp", False)
    stated = {}

    def lab(key, lg=None):
        lg = lg or L
        opts = T.LABELS[lg][key]
        x = opts[o["lv"] % len(opts)]
        if o.get("upper"):
            return x.upper()
        if x.isupper() and len(x) > 6 and "&" not in x:
            x = x[0] + x[1:].lower()
        return x

    def lab2(key):
        if lang == "bi":
            return f"{lab(key, 'en')} / {lab(key, 'fr')}"
        return lab(key)

    def head(key):
        if lang == "bi":
            e = T.HEADINGS["en"][key][o["hv"] % len(T.HEADINGS["en"][key])]
            f = T.HEADINGS["fr"][key][o["hv"] % len(T.HEADINGS["fr"][key])]
            return ("h", key, f"{e} / {f}")
        opts = T.HEADINGS[L][key]
        return ("h", key, opts[o["hv"] % len(opts)])

    title = p.title_fr if lang == "fr" else p.title_en
    sup = p.sup_fr if lang == "fr" else p.sup_en
    dname = dept[1] if lang == "fr" else dept[0]
    city, prov_en, prov_fr = p.loc
    loc_txt = {"comma": f"{city}, {prov_en if L == 'en' else prov_fr}", "paren": f"{city} ({prov_fr if lang != 'en' else prov_en})",
               "city": city, "nat": f"{city}, {prov_en if L == 'en' else prov_fr}, Canada",
               "bi": f"{city}, {prov_en} / {city} ({prov_fr})"}[o.get("locf", "comma")]
    if lang == "bi" and o.get("locf") == "bi":
        loc_txt = f"{city}, {prov_en} / {city} ({prov_fr})"

    blocks = []
    ident = []
    ident.append(("f", "department", lab2("department"), dname if lang != "bi" else f"{dept[0]} / {dept[1]}"))
    if lang == "bi" and o.get("bititle", "two") == "two":
        ident.append(("f", "title", f"{lab('title', 'en')}", p.title_en))
        ident.append(("f", "title_fr", f"{lab('title', 'fr')}", p.title_fr))
    elif lang == "bi":
        ident.append(("f", "title", lab2("title"), f"{p.title_en} / {p.title_fr}"))
    else:
        ident.append(("f", "title", lab2("title"), title))
    stated["title"] = p.title_fr if lang == "fr" else p.title_en
    ident.append(("f", "classification", lab2("classification"), fmt_class(p.level, cs)))
    stated["classification"] = p.level
    if "job_code" not in omit:
        ident.append(("f", "job_code", lab2("job_code"), p.job_code))
        stated["job_code"] = p.job_code
    if "position_number" not in omit:
        pnv = o.get("pn_as", p.pn)
        ident.append(("f", "position_number", lab2("position_number"), pnv))
        if pnv == p.pn:
            stated["position_number"] = p.pn
        else:
            stated["provisional"] = pnv
    if "effective_date" not in omit:
        ident.append(("f", "effective_date", lab2("effective_date"), fmt_date(p.date, ds, L if lang != "bi" else o.get("bidate", "en"))))
        stated["effective_date"] = "%04d-%02d-%02d" % p.date
    elif o.get("date_tbd"):
        ident.append(("f", "effective_date", lab2("effective_date"), o["date_tbd"]))
    if o.get("sup") == "fields":
        if "sup_pn" not in omit:
            ident.append(("f", "sup_pn", lab2("sup_pn"), p.sup_pn))
            stated["sup_pn"] = p.sup_pn
        ident.append(("f", "sup_title", lab2("sup_title"), sup if lang != "bi" else f"{p.sup_en} / {p.sup_fr}"))
        stated["sup_title"] = sup
        if "sup_class" not in omit:
            ident.append(("f", "sup_class", lab2("sup_class"), fmt_class(p.sup_cls, cs)))
            stated["sup_class"] = p.sup_cls
    if "location" not in omit:
        ident.append(("f", "location", lab2("location"), loc_txt))
        stated["location"] = city if o.get("locf") == "city" else f"{city}, {prov_en}"
    if o.get("incumbent_line"):
        ident.append(("f", "incumbent", "Incumbent" if L == "en" and lang != "fr" else "Titulaire", p.incumbent))
        stated.setdefault("people", []).append(p.incumbent)
    if o.get("shuffle"):
        seg = ident[3:]
        rng.shuffle(seg)
        ident[3:] = seg
    if o.get("order") == "title_first":
        ident.sort(key=lambda b: 0 if b[1] in ("title", "title_fr") else 1)

    def prose(lg, key, k):
        tt = p.title_fr if lg == "fr" else p.title_en
        ss = p.sup_fr if lg == "fr" else p.sup_en
        dd = dept[1] if lg == "fr" else dept[0]
        tmpl = getattr(T, key)[lg]
        picks = rng.sample(tmpl, k) if isinstance(tmpl, list) else [tmpl]
        if lg == "fr":
            if ss.startswith(FEM):
                picks = [x.replace("au {s}", "à la {s}").replace("du {s}", "de la {s}").replace("le {s}", "la {s}")
                         for x in picks]
        return [x.format(t=tt, u=unit_of(tt), d=dd, s=ss) for x in picks]

    langs = ["en", "fr"] if lang == "bi" else [L]
    blocks.append(head("ident"))
    blocks.extend(ident)

    # supervisor sentence and direct reports
    def org_blocks(lg):
        out = []
        tt = p.title_fr if lg == "fr" else p.title_en
        ss = p.sup_fr if lg == "fr" else p.sup_en
        if o.get("sup") == "sentence":
            pn_part = ""
            if "sup_pn" not in omit:
                pn_part = f", position number {p.sup_pn}" if lg == "en" else f", poste no {p.sup_pn}"
                stated["sup_pn"] = p.sup_pn
            fc = fmt_class(p.sup_cls, cs)
            cl = "" if "sup_class" in omit else (f" {fc}" if fc.startswith("(") else f" ({fc})")
            if "sup_class" not in omit:
                stated["sup_class"] = p.sup_cls
            if lg == "en":
                out.append(("p", f"The {tt} reports to the {ss}{cl}{pn_part}. " + o.get("peers_en", "")))
            else:
                out.append(("p", f"Le ou la titulaire relève {fr_art(ss, 'du')}{cl}{pn_part}."))
            if lg == L or lang != "bi":
                stated["sup_title"] = p.sup_fr if lang == "fr" else p.sup_en
        out.extend(dr_blocks(lg, tt))
        return out

    def dr_blocks(lg, tt):
        mode = o["dr"]
        nocls, nofte = o.get("dr_nocls", False), o.get("dr_nofte", False)
        fst = fs
        rows = []
        for en, fr, c, n in p.drs:
            rows.append((fr if lg == "fr" else en, None if nocls else c, None if nofte else n))
        if lg == (L if lang != "bi" else "en"):
            stated["drs"] = [{"title": (fr if lang == "fr" else en), "classification": (None if nocls else c),
                              "fte": (None if nofte else n)} for en, fr, c, n in p.drs]
        intro = (f"The following positions report to the {tt}:" if lg == "en"
                 else f"Les postes suivants relèvent {fr_art(tt, 'du')} :")
        out = [("p", intro)]
        if mode == "table":
            hdr = (["Position", "Classification", "FTEs"] if lg == "en" else ["Poste", "Groupe/niveau", "ETP"])
            if lang == "bi" and o.get("bi_across"):
                hdr = (["Position", "Class.", "FTEs"] if lg == "en" else ["Poste", "Niveau", "ETP"])
            if nocls:
                hdr = [hdr[0], hdr[2]]
            if nofte:
                hdr = hdr[:-1]
            body = []
            for t, c, n in rows:
                r = [t]
                if not nocls:
                    r.append(c)
                if not nofte:
                    r.append(str(n))
                body.append(r)
            out.append(("t", hdr, body))
        elif mode == "prose":
            parts = []
            for t, c, n in rows:
                bits = []
                if c:
                    bits.append(c)
                if n is not None:
                    bits.append(fmt_fte(n, fst, lg))
                parts.append(f"the {t}" + (f" ({', '.join(bits)})" if bits else "") if lg == "en"
                             else fr_def(t) + (f" ({', '.join(bits)})" if bits else ""))
            word = " and " if lg == "en" else " et "
            s = "; ".join(parts[:-1]) + word + parts[-1]
            out = [("p", (f"Reporting to the {tt} are {s}." if lg == "en" else f"Relèvent du titulaire {s}."))]
        else:
            items = []
            for t, c, n in rows:
                if mode == "list_dash":
                    bits = " - ".join([x for x in (c, t) if x])
                    items.append(bits + (f" ({fmt_fte(n, fst, lg)})" if n is not None else ""))
                elif mode == "list_emdash":
                    items.append(" – ".join([t] + ([c] if c else []) + ([fmt_fte(n, fst, lg)] if n is not None else [])))
                else:
                    bits = [x for x in (c, fmt_fte(n, fst, lg) if n is not None else None) if x]
                    items.append(t + (f" ({', '.join(bits)})" if bits else ""))
            out.append(("l", items))
        return out

    def dim_blocks(lg):
        mode = o["dim"]
        out = []
        sal, om, tot = p.salary, p.om, p.total
        fa = lambda v: fmt_amount(v, am, lg, nb)  # noqa: E731
        if mode == "fields":
            out.append(("f", "fte", lab("fte", lg), str(p.fte)))
            out.append(("f", "salary", lab("salary", lg), fa(sal)))
            if "o_and_m" not in omit:
                out.append(("f", "o_and_m", lab("o_and_m", lg), fa(om)))
            if "total" not in omit:
                out.append(("f", "total", lab("total", lg), fa(tot)))
            if p.program and "program" not in omit:
                out.append(("f", "program", lab("program", lg), fmt_amount(p.program, "M" if am != "full" else "full", lg, nb)))
        elif mode == "table":
            hdr = ["", "Budget"] if lg == "en" else ["", "Budget"]
            rows = [[lab("salary", lg), fa(sal)]]
            if "o_and_m" not in omit:
                rows.append([lab("o_and_m", lg), fa(om)])
            if "total" not in omit:
                rows.append([lab("total", lg), fa(tot)])
            rows.append([lab("fte", lg), str(p.fte)])
            out.append(("t", hdr, rows))
            if p.program and "program" not in omit:
                out.append(("p", (f"The position also manages {fmt_amount(p.program, 'million', lg, nb)} in grants and contributions."
                                  if lg == "en" else f"Le poste gère aussi {fmt_amount(p.program, 'million', lg, nb)} en subventions et contributions.")))
        else:
            if lg == "en":
                s = f"The position manages {p.fte} FTEs with a salary budget of {fa(sal)}"
                if "o_and_m" not in omit:
                    s += f" and an O&M budget of {fa(om)}"
                if "total" not in omit:
                    s += f", for a total of {fa(tot)}"
                s += "."
                if p.program and "program" not in omit:
                    s += f" It is also accountable for a program budget of {fmt_amount(p.program, 'million', lg, nb)}."
            else:
                s = f"Le poste gère {p.fte} ETP, un budget salarial de {fa(sal)}"
                if "o_and_m" not in omit:
                    s += f" et un budget de fonctionnement et d'entretien de {fa(om)}"
                if "total" not in omit:
                    s += f", soit un total de {fa(tot)}"
                s += "."
                if p.program and "program" not in omit:
                    s += f" Il est aussi responsable d'un budget de programme de {fmt_amount(p.program, 'million', lg, nb)}."
            out.append(("p", s))
        return out

    stated["salary"] = p.salary
    if "o_and_m" not in omit:
        stated["o_and_m"] = p.om
    if "total" not in omit:
        stated["total"] = p.total
    if p.program and "program" not in omit:
        stated["program"] = p.program

    sections = []
    for lg in langs:
        sec = []
        if o.get("template") == "csr":
            sec.append(head_l("csr", lg, o))
            sec.append(("p", prose(lg, "CSR", 1)[0]))
            sec.append(head_l("ka", lg, o))
            sec.append(("l", prose(lg, "SA", rng.randint(5, 7))))
            sec.append(head_l("org", lg, o))
            sec.extend(org_blocks(lg))
            sec.append(head_l("dim", lg, o))
            sec.extend(dim_blocks(lg))
            sec.append(head_l("ns", lg, o))
            for x in prose(lg, "NS", 2):
                sec.append(("p", x))
        else:
            sec.append(head_l("ga", lg, o))
            sec.append(("p", prose(lg, "GA", 1)[0]))
            order = o.get("sections", ["org", "ns", "dim", "sa"])
            for key in order:
                sec.append(head_l(key, lg, o))
                if key == "org":
                    sec.extend(org_blocks(lg))
                elif key == "ns":
                    for x in prose(lg, "NS", rng.randint(2, 3)):
                        sec.append(("p", x))
                elif key == "dim":
                    sec.extend(dim_blocks(lg))
                elif key == "sa":
                    sec.append(("nl", prose(lg, "SA", rng.randint(5, 8))))
        sections.append(sec)
    if lang == "bi" and o.get("bi_across"):
        blocks.append(("bi", sections[0], sections[1]))
    else:
        for sec in sections:
            if lang == "bi" and sec is sections[1]:
                blocks.append(("h", "fr", "VERSION FRANÇAISE"))
            blocks.extend(sec)
    # certification / signatures
    signers = []
    if o.get("sign", True):
        cl = L if lang != "bi" else "en"
        blocks.append(head_l("cert", cl, o))
        blocks.append(("p", T.CERT[cl]))
        if lang == "bi":
            blocks.append(("p", T.CERT["fr"]))
        rl = {"en": ["Incumbent", "Supervisor", "Delegated Authority"], "fr": ["Titulaire", "Superviseur", "Autorité déléguée"]}[cl]
        if o.get("sign_incumbent", True):
            signers.append((rl[0], p.incumbent))
        signers.append((rl[1], p.sup_name))
        if o.get("sign_auth", True):
            signers.append((rl[2], p.auth_name))
        blocks.append(("sig", signers))
    stated.setdefault("people", [])
    for _, n in signers:
        if n not in stated["people"]:
            stated["people"].append(n)
    return blocks, stated


def head_l(key, lg, o):
    opts = T.HEADINGS[lg][key]
    return ("h", key, opts[o["hv"] % len(opts)])


# ---------------------------------------------------------------- text layout (PDF, txt)
def wrap(text, width, rng=None, hyph=0.0):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            room = width - len(cur) - 2
            if rng and hyph and len(w) >= 8 and room >= 3 and w.isalpha() and rng.random() < hyph:
                cut = min(room, len(w) - 3)
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


def heading_text(text, style, n):
    if style == "num":
        return f"{n}. {text.upper() if text.islower() else text}"
    if style == "upper":
        return text.upper()
    if style == "colon":
        return text + ":"
    if style == "letter":
        return f"{'ABCDEFGHIJKLMNOP'[n - 1]}. {text}"
    return text


def field_lines(label, value, style, width, lw=34):
    if style == "colon":
        first = f"{label}: "
        vs = wrap(value, max(20, width - len(first)))
        return [first + vs[0]] + ["    " + v for v in vs[1:]]
    if style == "frcolon":
        first = f"{label} : "
        vs = wrap(value, max(20, width - len(first)))
        return [first + vs[0]] + ["    " + v for v in vs[1:]]
    if style == "next":
        return [label] + ["    " + v for v in wrap(value, width - 4)]
    if style == "dots":
        first = label + " " + "." * max(3, lw - len(label) - 1) + " "
        vs = wrap(value, max(20, width - len(first)))
        return [first + vs[0]] + [" " * len(first) + v for v in vs[1:]]
    if style == "tab":
        return [f"{label}\t{value}"]
    # padded table cell
    pad = label.ljust(lw) if len(label) < lw else label + "  "
    vs = wrap(value, max(20, width - len(pad)))
    return [pad + vs[0]] + [" " * len(pad) + v for v in vs[1:]]


def table_lines(hdr, rows, width, rng, wrapcell=True):
    ncol = len(hdr)
    cw = 18 if width >= 70 else 8
    w0 = min(46 if ncol > 2 else 40, width - 2 - cw * (ncol - 1))
    lines = []
    def row(cells):
        first = cells[0]
        parts = wrap(first, w0) if wrapcell else [first]
        out = [parts[0].ljust(w0 + 2) + "".join(c.ljust(cw) for c in cells[1:])]
        out[0] = out[0].rstrip()
        for extra in parts[1:]:
            out.append(extra)
        return out
    if any(hdr):
        lines.extend(row(hdr))
    for r in rows:
        lines.extend(row(r))
    return lines


def blocks_to_lines(blocks, o, rng, width=92, start=0):
    lines = []
    n = start
    hs = o.get("hstyle", "plain")
    fsty = o.get("fstyle", "colon")
    li = o.get("bullet", "- ")
    for b in blocks:
        k = b[0]
        if k == "h":
            if b[1] == "ident" and o.get("no_ident_heading"):
                continue
            n += 1
            lines.append("")
            lines.append(heading_text(b[2], hs, n) if b[1] != "fr" else b[2])
            if o.get("underline"):
                lines.append("-" * len(lines[-1]))
        elif k == "f":
            tw = o.get("title_width") if b[1] in ("title", "title_fr") and o.get("title_width") else width
            fl = field_lines(b[2], b[3], fsty, min(width, tw))
            if b[1] in ("title", "title_fr") and len(fl) > 1:
                o["_title_wrapped"] = True
            lines.extend(fl)
        elif k == "p":
            lines.extend(wrap(b[1], width, rng, o.get("hyph", 0.0)))
        elif k in ("l", "nl"):
            for j, it in enumerate(b[1], 1):
                pre = f"{j}. " if k == "nl" else li
                ws = wrap(it, width - len(pre), rng, o.get("hyph", 0.0))
                lines.append(pre + ws[0])
                lines.extend(" " * len(pre) + w for w in ws[1:])
        elif k == "t":
            lines.extend(table_lines(b[1], b[2], width, rng))
        elif k == "sig":
            lines.append("")
            for role, name in b[1]:
                lines.append("")
                lines.append("_" * 34 + "        " + "_" * 16)
                lines.append(f"{name}, {role}".ljust(42) + ("Date"))
        elif k == "bi":
            left = blocks_to_lines(b[1], dict(o, hyph=0), rng, 44)
            right = blocks_to_lines(b[2], dict(o, hyph=0), rng, 44)
            for j in range(max(len(left), len(right))):
                a = left[j] if j < len(left) else ""
                c = right[j] if j < len(right) else ""
                lines.append((a.ljust(48) + c).rstrip())
    return lines


def across(left, right, lw=46):
    out = []
    for j in range(max(len(left), len(right))):
        a = left[j] if j < len(left) else ""
        c = right[j] if j < len(right) else ""
        out.append((a.ljust(lw) + c).rstrip())
    return out


# ---------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage(line, rng, s):
    """OCR damage at strength s (0..1) to one line."""
    out = []
    for w in line.split(" "):
        if any(ch.isdigit() for ch in w) and rng.random() < 0.35 + 0.5 * s:
            w = "".join((DIG.get(ch, ch) if ch in DIG and rng.random() < 0.5 + 0.3 * s else
                         ("l" if ch == "1" and rng.random() < 0.3 else ch)) for ch in w)
        elif len(w) >= 6 and w.isalpha() and rng.random() < 0.10 * s:
            j = rng.randrange(1, len(w) - 2)
            sub = {"m": "rn", "i": "l", "e": "c", "l": "I", "n": "ri", "h": "b", "o": "a", "t": "l", "c": "e"}
            if w[j] in sub:
                w = w[:j] + sub[w[j]] + w[j + 1:]
            elif w[j:j + 2] == "rn":
                w = w[:j] + "m" + w[j + 2:]
        out.append(w)
    res = ""
    for j, w in enumerate(out):
        if j == 0:
            res = w
        elif rng.random() < 0.04 * s and w and out[j - 1] and out[j - 1][-1].isalpha():
            res += w
        else:
            res += " " + w
    if rng.random() < 0.05 * s:
        res = res.replace(" ", "  ", 1)
    return res


# ---------------------------------------------------------------- pages
def paginate(lines, o, p, rng):
    per = o.get("per_page", 52)
    bodies = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= per:
            bodies.append(cur)
            cur = []
    if cur:
        bodies.append(cur)
    pre = []
    if o.get("cover"):
        pre.append(o["cover"])
    if o.get("toc"):
        pre.append(o["toc"])
    post = []
    if o.get("sigpage"):
        post.append(o["sigpage"])
    allp = pre + bodies + post
    N = len(allp)
    out = []
    for j, body in enumerate(allp, 1):
        hdr = [h.format(n=j, N=N) for h in o.get("header", [])]
        ftr = [f.format(n=j, N=N) for f in o.get("footer", ["Page {n} of {N}"])]
        if j == 1 and o.get("cover") and o.get("cover_plain"):
            hdr, ftr = [], []
        page = hdr + ([""] if hdr else []) + body + ["", ""] + ftr
        if o.get("ocr"):
            page = [damage(x, rng, o["ocr"]) for x in page]
            if o.get("one_run"):
                page = [" ".join(x.strip() for x in page if x.strip())]
                page = wrap(page[0], 400)
        out.append("\n".join(page))
    return out


def cp1252_safe(s):
    return s.replace("\u2011", "-").replace("\u202f", " ")


# ---------------------------------------------------------------- docx
def docx_bytes(blocks, o, p):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = o.get("author", "")
    d.core_properties.title = ""
    import datetime
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    if o.get("docx_header"):
        d.sections[0].header.paragraphs[0].text = o["docx_header"]
    if o.get("docx_title"):
        d.add_heading(o["docx_title"], 0)
    table = None
    fields_mode = o.get("docx_fields", "table")
    for b in blocks:
        k = b[0]
        if k == "h":
            if b[1] == "ident" and fields_mode == "table":
                d.add_heading(b[2], 1)
                continue
            d.add_heading(b[2], 1 if b[1] != "fr" else 0)
            table = None
        elif k == "f":
            if fields_mode == "table":
                if table is None:
                    table = d.add_table(rows=0, cols=2)
                    table.style = "Table Grid"
                r = table.add_row().cells
                r[0].text = b[2]
                r[1].text = b[3]
            else:
                para = d.add_paragraph()
                run = para.add_run(b[2] + (" :" if o["lang"] == "fr" else ":"))
                run.bold = True
                para.add_run(" " + b[3])
        elif k == "p":
            table = None
            d.add_paragraph(b[1])
        elif k in ("l", "nl"):
            table = None
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if k == "l" else "List Number")
        elif k == "t":
            table = None
            t = d.add_table(rows=0, cols=len(b[1]))
            t.style = "Table Grid"
            if any(b[1]):
                for c, v in zip(t.add_row().cells, b[1]):
                    c.text = v
            for r in b[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
        elif k == "sig":
            t = d.add_table(rows=0, cols=3)
            for role, name in b[1]:
                cells = t.add_row().cells
                cells[0].text = role
                cells[1].text = name
                cells[2].text = "Date: ____________"
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- markdown
def md_text(blocks, o):
    out = ["# Executive Work Description", ""]
    for b in blocks:
        k = b[0]
        if k == "h":
            out += ["", f"## {b[2]}", ""]
        elif k == "f":
            out.append(f"*   **{b[2]}:** {b[3]}")
        elif k == "p":
            out += [b[1], ""]
        elif k in ("l", "nl"):
            for j, it in enumerate(b[1], 1):
                out.append(f"{j}.  {it}" if k == "nl" else f"*   {it}")
            out.append("")
        elif k == "t":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            for r in b[2]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif k == "sig":
            for role, name in b[1]:
                out.append(f"**{role}:** {name}  ")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the plan
# (position index, kind, language, file name, options). Kinds: pdf, pdf-ocr (a PDF whose text
# layer is a damaged OCR), docx, text, text-cp1252, ocr (an OCR text file), markdown.
PLAN = [
    (0, "pdf", "en", "Director, Astronomy Technology - HAA - FINAL.pdf", {"cover": True, "sigpage": True}),
    (0, "docx", "en", "Director, Astronomy Technology (draft).docx", {"draft": "TBD", "same_as_prev": True}),
    (1, "pdf", "bi", "DG Aerospace Research Centre - EX-03 - bilingual.pdf", {"bi_across": True}),
    (2, "pdf-ocr", "en", "Scan_ED Quantum Sensors_signed.pdf", {"ocr": 0.6}),
    (3, "pdf", "fr", "Directrice, Gestion des installations de recherche (Atlantique et Prairies).pdf", {"width": 72,
                                                                                                        "pn_as": "NOUVEAU"}),
    (4, "pdf", "en", "IRAP Ontario ED work description 2019.pdf", {"fstyle": "pad", "width": 80, "toc": True}),
    (5, "pdf", "en", "EX-01 Director Labour Statistics Division - signed.pdf", {"sigpage": True}),
    (5, "text-cp1252", "en", "Director Labour Statistics Division.txt", {"same_as_prev": True}),
    (6, "pdf", "bi", "DG Census Subject Matter - DT - WD.pdf", {"bititle": "one", "width": 76}),
    (7, "pdf-ocr", "fr", "Directeur, Centre des données sur la santé de la population (1).pdf", {"ocr": 0.5}),
    (8, "docx", "en", "WD - Director Modern Statistical Methods and Data Science v3.docx", {}),
    (9, "pdf", "en", "ED Cabinet Papers System & Briefing Ops - FINAL - signed.pdf", {"cols": "across"}),
    (10, "pdf", "fr", "Directrice, Politique du développement social - BCP.pdf", {}),
    (11, "pdf", "en", "Asst Sec MoG EX-04 job description.pdf", {"cover": True}),
    (11, "docx", "en", "Assistant Secretary, Machinery of Government.docx", {"same_as_prev": True}),
    (12, "text", "en", "Director, Economic Policy (PCO).txt", {}),
    (13, "pdf-ocr", "en", "Director Personal Income Tax_scan 2014.pdf", {"ocr": 0.8, "one_run": True}),
    (14, "pdf", "bi", "GD Economic Analysis and Forecasting EX-03.pdf", {}),
    (15, "pdf", "fr", "Directrice principale, RFP et politique sociale - révisée.pdf", {"toc": True, "cols": "labels_then_values"}),
    (16, "docx", "en", "Director Financial Sector Policy - FIN - 2021.docx", {}),
    (17, "pdf", "en", "Director, Digital Policy and Standards (OCIO) - FINAL.pdf", {"fstyle": "dots"}),
    (18, "pdf", "en", "EMS ED Expenditure Management - work description.pdf", {"cover": True, "toc": True, "sigpage": True}),
    (18, "pdf", "en", "EMS ED Expenditure Management - DRAFT.pdf", {"draft": "TBD", "same_as_prev": True}),
    (19, "pdf", "bi", "Senior Director, Financial Management Policy - Directeur principal.pdf", {"fstyle": "pad", "width": 84}),
    (20, "markdown", "en", "Director, Executive Compensation and Workforce Analytics.md", {}),
    (21, "pdf", "en", "CIHR - Director, Investigator-Initiated Research Programs.pdf", {"template": "csr", "pn_as": "TBD"}),
    (22, "pdf-ocr", "fr", "IRSC_DG_Opérations des programmes de recherche_signée.pdf", {"ocr": 0.45, "sigpage": True}),
    (23, "docx", "bi", "ED Institutes Support - Soutien aux instituts.docx", {}),
    (24, "pdf", "en", "NSERC Director Discovery Grants LSE (EX-01).pdf", {"width": 70, "fstyle": "pad"}),
    (25, "pdf", "fr", "DG Partenariats de recherche - CRSNG - FINAL.pdf", {"sigpage": True}),
    (25, "docx", "fr", "DG Partenariats de recherche - CRSNG.docx", {"same_as_prev": True}),
    (26, "text-cp1252", "fr", "Directrice, Bourses d'études - CRSNG.txt", {}),
    (27, "pdf", "bi", "Director Insight Programs _ Directeur Programmes Savoir.pdf", {"bi_across": True}),
    (28, "pdf", "en", "SSHRC ED Corporate Strategy and Performance 2022.pdf", {"template": "csr", "cover": True}),
    (29, "docx", "fr", "Directeur, Gestion des données de recherche et science ouverte.docx", {}),
    (30, "pdf-ocr", "en", "CSA-ASC Director Space Exploration Projects - signed scan.pdf", {"ocr": 0.7}),
    (31, "pdf", "bi", "DG Utilisation de l'espace - Space Utilization (EX-03).pdf", {"toc": True}),
    (32, "pdf", "fr", "Directrice, Missions d'observation de la Terre.pdf", {"fstyle": "next"}),
    (33, "pdf", "en", "Director Astronaut, Life Sciences & Space Medicine.pdf", {"cols": "labels_then_values"}),
    (34, "pdf-ocr", "en", "GSC Calgary Director - EX-01 - 2011.pdf", {"ocr": 0.55}),
    (34, "ocr", "en", "GSC Calgary Director - EX-01 - 2011 (OCR).txt", {"same_as_prev": True}),
    (35, "pdf", "bi", "DG CanmetENERGY-Devon - CanmetÉNERGIE-Devon.pdf", {"sigpage": True}),
    (36, "pdf", "en", "Executive Director, CFS - Pacific Forestry Centre - FINAL.pdf", {"width": 74, "cols": "across"}),
    (37, "docx", "fr", "Directrice, Programmes d'efficacité énergétique des bâtiments (OEE).docx", {}),
    (38, "pdf", "bi", "ADM Lands and Minerals Sector - SMA Secteur des terres et des minéraux.pdf", {"cover": True, "bititle": "one"}),
    (39, "pdf", "fr", "Statisticienne en chef adjointe, Statistique économique - signée.pdf", {"fstyle": "pad", "cover": True}),
    (2, "pdf", "en", "ED_QSP_workdescription_2023-clean copy.pdf", {"same_as": "Scan_ED Quantum Sensors_signed.pdf",
                                                                     "later_of": "Scan_ED Quantum Sensors_signed.pdf"}),
    (10, "pdf-ocr", "fr", "Politique du développement social - copie numérisée.pdf", {"ocr": 0.35, "same_as": "Directrice, Politique du développement social - BCP.pdf"}),
]

YEARS = {34: 2011, 13: 2014, 4: 2019, 28: 2022, 16: 2021, 2: 2023}

VERSION_NOTES = {
    "draft": "a draft and the final version of one description; the final is newest",
    "same": "the same description as two files",
}


def doc_options(p, kind, lang, extra, rng):
    o = {"lang": lang}
    o["cls"] = rng.choice(["dash", "dash", "dash", "space", "short", "paren", "run", "spaced"])
    o["date"] = rng.choice(["long", "ord", "iso", "dmy", "abbr", "other"])
    o["amt"] = rng.choice(["full", "cents", "M", "K", "million", "M"])
    o["fte"] = rng.choice(["a", "a", "b", "c", "d"])
    o["nbsp"] = rng.random() < 0.3
    o["lv"], o["hv"] = rng.randrange(12), rng.randrange(12)
    o["upper"] = rng.random() < 0.25
    o["sup"] = "fields" if rng.random() < 0.7 else "sentence"
    omit = []
    for f, pr in (("job_code", 0.45), ("sup_pn", 0.2), ("location", 0.1), ("o_and_m", 0.08), ("total", 0.15),
                  ("effective_date", 0.08), ("sup_class", 0.12)):
        if rng.random() < pr:
            omit.append(f)
    o["omit"] = omit
    o["dr"] = rng.choice(["list", "list_dash", "list_emdash", "table", "table", "prose"])
    o["dr_nocls"] = rng.random() < 0.1
    o["dr_nofte"] = rng.random() < 0.1 and not o["dr_nocls"]
    o["dim"] = rng.choice(["fields", "fields", "table", "prose"])
    o["template"] = "csr" if rng.random() < 0.15 else "classic"
    o["sections"] = rng.choice([["org", "ns", "dim", "sa"], ["org", "dim", "ns", "sa"], ["ns", "org", "sa", "dim"],
                                ["dim", "org", "ns", "sa"]])
    o["hstyle"] = rng.choice(["num", "upper", "colon", "letter", "plain"])
    o["fstyle"] = rng.choice(["colon", "colon", "next", "dots", "pad"] if lang != "fr" else
                             ["frcolon", "frcolon", "colon", "next", "dots", "pad"])
    o["bullet"] = rng.choice(["- ", "• ", "o ", "* "])
    o["underline"] = rng.random() < 0.2
    o["locf"] = rng.choice(["comma", "paren", "city", "nat"] + (["bi"] if lang == "bi" else []))
    o["per_page"] = rng.randint(40, 56)
    o["hyph"] = rng.choice([0.0, 0.1, 0.25])
    o["incumbent_line"] = rng.random() < 0.2
    o["shuffle"] = rng.random() < 0.3
    o["order"] = "title_first" if rng.random() < 0.5 else ""
    o["width"] = 92
    o["bidate"] = rng.choice(["en", "fr"])
    sh = T.DEPTS[p.dept]
    short = sh[3] if lang == "fr" else (f"{sh[2]} / {sh[3]}" if lang == "bi" else sh[2])
    ttl = p.title_fr if lang == "fr" else p.title_en
    o["header"] = rng.choice([
        [f"{short} | Executive Work Description"] if lang != "fr" else [f"{short} | Description de travail de cadre"],
        [f"{sh[0] if lang != 'fr' else sh[1]}", "Protected A / Protégé A" if lang != "en" else "PROTECTED A (when completed)"],
        [f"{ttl} ({p.level})"],
        [f"{short}    EX Work Description    {'Version finale' if lang == 'fr' else 'Final'}"],
        [],
    ])
    o["footer"] = rng.choice([["Page {n} of {N}"] if lang != "fr" else ["Page {n} de {N}"], ["{n}/{N}"], ["- {n} -"],
                              [f"{sh[2] if lang != 'fr' else sh[3]} - Unclassified / Non classifié" + " " * 30 + "{n}"],
                              ["Page {n}"]])
    o["title_width"] = rng.randint(52, 66) if kind.startswith("pdf") and rng.random() < 0.45 else None
    o.update(extra)
    return o


def drafted(o):
    """A draft: no effective date yet, no signatures."""
    if o.get("draft"):
        o["omit"] = [x for x in o["omit"] if x != "effective_date"] + ["effective_date"]
        o["date_tbd"] = "TBD" if o["lang"] != "fr" else "À déterminer"
        o["sign"] = False
    return o


def cover_page(p, o, lang):
    dn = T.DEPTS[p.dept]
    ttl = p.title_fr if lang == "fr" else p.title_en
    lines = ["", "", "", dn[1] if lang == "fr" else dn[0]]
    if lang == "bi":
        lines = ["", "", "", f"{dn[0]} / {dn[1]}"]
    lines += ["", "", "DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION" if lang == "fr" else "EXECUTIVE (EX) WORK DESCRIPTION"]
    if lang == "bi":
        lines.append("DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION")
    lines += [""] + wrap(ttl, 56)
    if lang == "bi":
        lines += wrap(p.title_fr, 56)
    lines += ["", "", ""]
    lines.append(f"{'Préparé par' if lang == 'fr' else 'Prepared by'}: {p.hr_name}, "
                 f"{'conseiller en classification' if lang == 'fr' else 'Classification Advisor'}")
    lines.append("Version : finale" if lang == "fr" else "Version: Final")
    return lines


def toc_page(o, lang):
    L = "fr" if lang == "fr" else "en"
    keys = ["ident", "ga"] + o.get("sections", ["org", "ns", "dim", "sa"]) + ["cert"]
    if o.get("template") == "csr":
        keys = ["ident", "csr", "ka", "org", "dim", "ns", "cert"]
    lines = ["Table des matières" if L == "fr" else "Table of Contents", ""]
    pg = 2 if not o.get("cover") else 3
    for j, k in enumerate(keys, 1):
        h = T.HEADINGS[L][k][o["hv"] % len(T.HEADINGS[L][k])]
        lines.append(f"{j}. {h} ".ljust(70, ".") + f" {pg + (j > 3) + (j > 5)}")
    return lines


def render_lines(p, blocks, o, rng):
    """The description's body as lines of text (before pagination)."""
    width = o.get("width", 92)
    sig = [b for b in blocks if b[0] == "sig"]
    if o.get("sigpage"):
        blocks = [b for b in blocks if b[0] != "sig" and not (b[0] == "h" and b[1] == "cert")
                  and not (b[0] == "p" and b[1] in T.CERT.values())]
    if o.get("cols") in ("across", "labels_then_values"):
        first_h = next(j for j, b in enumerate(blocks) if b[0] == "h" and b[1] == "ga")
        ident = [b for b in blocks[:first_h] if b[0] == "f"]
        rest = blocks[first_h:]
        if o["cols"] == "across":
            ga_end = next(j for j, b in enumerate(rest) if b[0] == "h" and j > 1)
            left = []
            for b in ident:
                fl = field_lines(b[2], b[3], "colon", 42)
                if b[1] in ("title", "title_fr") and len(fl) > 1:
                    o["_title_wrapped"] = True
                left.extend(fl)
            right = blocks_to_lines(rest[:ga_end], dict(o, hyph=0), rng, 48)
            lines = across(left, [r for r in right if r], 46)
            lines += blocks_to_lines(rest[ga_end:], o, rng, width, start=1)
        else:
            lines = ["RENSEIGNEMENTS SUR LE POSTE" if o["lang"] == "fr" else "POSITION INFORMATION", ""]
            lines += [b[2] for b in ident]
            lines.append("")
            lines += [b[3] for b in ident]
            lines += blocks_to_lines(rest, o, rng, width)
    else:
        lines = blocks_to_lines(blocks, o, rng, width)
    o["_sig"] = sig
    return lines


def sig_page(p, o, lang):
    L = "fr" if lang == "fr" else "en"
    lines = ["", T.HEADINGS[L]["cert"][o["hv"] % 4].upper(), ""] + wrap(T.CERT[L], 88)
    if lang == "bi":
        lines += wrap(T.CERT["fr"], 88)
    for role, name in o["_sig"][0][1] if o["_sig"] else []:
        lines += ["", "", "_" * 36 + "          " + "_" * 18, f"{role}: {name}".ljust(46) + "Date"]
    return lines


def build_wd(p, kind, lang, name, o, rng):
    blocks, stated = compose(p, o, rng)
    if kind in ("pdf", "pdf-ocr"):
        lines = render_lines(p, blocks, o, rng)
        if kind == "pdf-ocr":
            o.setdefault("ocr", 0.5)
        if o.get("cover"):
            o["cover"] = cover_page(p, o, lang)
            o["cover_plain"] = True
            stated["people"].append(p.hr_name)
        if o.get("toc"):
            o["toc"] = toc_page(o, lang)
        if o.get("sigpage"):
            o["sigpage"] = sig_page(p, o, lang)
        pages = paginate(lines, o, p, rng)
        data = pdf_bytes([cp1252_safe(pg) for pg in pages])
    elif kind == "docx":
        o["docx_fields"] = rng.choice(["table", "table", "para"])
        o["docx_header"] = rng.choice([None, f"{T.DEPTS[p.dept][2]} - EX work description", "PROTECTED A"])
        o["docx_title"] = rng.choice([None, "Executive Work Description" if lang == "en" else
                                      ("Description de travail" if lang == "fr" else "Executive Work Description / Description de travail de cadre")])
        data = docx_bytes(blocks, o, p)
    elif kind == "markdown":
        data = md_text(blocks, o).encode("utf-8")
    else:
        lines = render_lines(p, blocks, o, rng)
        if kind == "ocr":
            o.setdefault("ocr", 0.55)
            o["sigpage"] = sig_page(p, o, lang) if o.get("sigpage") else None
            pages = paginate(lines, o, p, rng)
            text = "--- Full Extracted Text ---\n" + "\n\f".join(pages) + "\n"
        else:
            if o.get("sigpage"):
                lines += sig_page(p, o, lang)
            text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            data = text.replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
        else:
            data = text.encode("utf-8")
    return data, stated


def expected_wd(p, kind, lang, name, st):
    import datetime
    def g(k):
        return st.get(k)
    fields = {
        "title": st["title"],
        "classification": st["classification"],
        "job_code": g("job_code"),
        "position_number": g("position_number"),
        "effective_date": datetime.date.fromisoformat(st["effective_date"]) if g("effective_date") else None,
        "supervisor": {"position_number": g("sup_pn"), "title": g("sup_title"), "classification": g("sup_class")},
        "direct_reports": st["drs"],
        "salary": st["salary"],
        "o_and_m": g("o_and_m"),
        "total": g("total"),
        "location": g("location"),
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "salary",
                      "o_and_m", "total", "location") if fields[k] is None]
    ns += [f"supervisor.{k}" for k, v in fields["supervisor"].items() if v is None]
    also = {"fte": p.fte, "operating_budget": None, "program_budget": g("program"), "provisional_number": g("provisional")}
    if lang == "bi":
        also["title_fr"] = p.title_fr
    people = []
    for n in st.get("people", []):
        if n not in people:
            people.append(n)
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": people, "versions": None}


# ---------------------------------------------------------------- documents to refuse
def refused(rng, P):
    out = []
    # 1. a memo about updating EX work descriptions (PDF, two pages)
    memo = [
        "MEMORANDUM / NOTE DE SERVICE",
        "",
        "TO:        Directors General, Research Centres",
        "FROM:      Geneviève Boudreau, Director, Executive Resourcing and Classification",
        "DATE:      March 14, 2023",
        "SUBJECT:   Update of executive (EX) work descriptions before the 2023-24 talent management cycle",
        "FILE:      4510-EX-2023-007",
        "",
    ] + wrap("As announced at the Executive Committee of February 28, all EX-01 to EX-03 work descriptions "
             "in the research centres must be reviewed and, where required, updated before the launch of the "
             "executive talent management exercise. Work descriptions older than five years, or that no longer "
             "reflect the organization structure (for example, Director, Astronomy Technology (EX-01) and "
             "Executive Director, Quantum Sensors Challenge Program (EX-02)), should be sent to the "
             "Classification team by April 28, 2023.", 92) + [""] + wrap(
             "Please use the current template (Position Identification, General Accountability, Organization "
             "Structure, Nature and Scope, Dimensions, Specific Accountabilities) and include the supervisor's "
             "position number and the number of FTEs and budgets of each direct report. Questions may be directed "
             "to Darren Whitford, Senior Classification Advisor, at 613-555-0142.", 92) + [
        "", "Attachments: EX work description template (2 pages); list of positions to review", "",
        "c.c. Vice-President, Human Resources", "", "Page 1 of 2"]
    memo2 = ["Positions to review / Postes à examiner", "",
             "Position No.   Title                                              Level   Last update",
             "41187          Director, Flight Research Laboratory               EX-01   2014-06-01",
             f"{P[1].pn:<15}Director General, Aerospace Research Centre        EX-03   2016-09-15",
             "NEW            Director, Research Operations                      EX-01   -",
             "", "Page 2 of 2"]
    out.append(("Memo - EX work descriptions update 2023.pdf", "pdf", "en", pdf_bytes(["\n".join(memo), "\n".join(memo2)]),
                ["Geneviève Boudreau", "Darren Whitford"], "a memo asking for EX work descriptions to be updated"))
    # 2. an organization chart (PDF, boxes flattened into lines)
    chart = [
        "Privy Council Office / Bureau du Conseil privé",
        "Plans and Consultations - Organization Chart / Organigramme (April 2021)",
        "",
        "                          Deputy Secretary to the Cabinet, Plans and Consultations",
        f"                                         {P[11].sup_name} (DM-01)",
        "                                                     |",
        "         ------------------------------------------------------------------------",
        "         |                              |                                       |",
        "Assistant Secretary,          Assistant Secretary,                 Executive Director,",
        "Machinery of Government       Priorities and Planning              Cabinet Papers System",
        f"{P[11].incumbent + ' (EX-04)':<30}Mei Nakamura (EX-04)                 {P[9].incumbent} (EX-02)",
        "         |                              |",
        "Director, Machinery           Director, Planning",
        "(EX-01) - vacant              Chantal Cyr (EX-01)",
        "",
        "Source: PCO Human Resources, organization data as of 2021-04-01.   Unclassified",
    ]
    out.append(("Org chart - Plans and Consultations (Apr 2021).pdf", "pdf", "en", pdf_bytes(["\n".join(chart)]),
                [P[11].sup_name, P[11].incumbent, "Mei Nakamura", P[9].incumbent, "Chantal Cyr"],
                "an organization chart"))
    # 3. a performance agreement (PDF, two pages)
    pa = [
        "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024", "Canadian Space Agency", "",
        f"Executive: {P[31].incumbent}", "Position: Director General, Space Utilization (EX-03)", f"Position Number: {P[31].pn}",
        f"Supervisor: {P[31].sup_name}, President", "Period: April 1, 2023 to March 31, 2024", "",
        "1. Commitments / Engagements", "",
        "Commitment 1 - Policy and Program Results",
        "Deliver the Earth observation data strategy to the Executive Committee by Q3.",
        "Performance measure: strategy approved; 90% of milestones met.", "",
        "Commitment 2 - Leadership Commitments",
        "Demonstrate the Key Leadership Competencies; hold quarterly all-staff meetings.", "",
        "Commitment 3 - Corporate Commitments (values and ethics, official languages, diversity)", "",
        "Page 1 of 2"]
    pa2 = ["2. Mid-year review", "", "Discussion held on 2023-10-12.", "", "3. Year-end assessment",
           "Rating: Succeeded / Réussi", "",
           "Executive's signature: ____________________  Date: ________",
           "Supervisor's signature: ___________________  Date: ________", "", "Page 2 of 2"]
    out.append(("Performance Agreement 2023-24 - DG Space Utilization.pdf", "pdf", "en",
                pdf_bytes(["\n".join(pa), "\n".join(pa2)]), [P[31].incumbent, P[31].sup_name],
                "an executive performance agreement"))
    # 4. a scanned PDF without a text layer
    img = b"q 0.95 g 30 30 535 782 re f Q q 0.2 g 60 740 300 14 re f 60 700 470 4 re f 60 680 430 4 re f Q"
    out.append(("Scan_20190514_093212.pdf", "pdf", "en", pdf_bytes([img, img, ""]), [],
                "a scan with no text layer (three pages of image only)"))
    # 5. a letter of offer (Word, French)
    import docx
    import datetime
    d = docx.Document()
    fixed = datetime.datetime(2024, 1, 1)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    for para in [
        "Ressources naturelles Canada", "Le 6 septembre 2022", "",
        "Madame Nadia Desjardins", "Ottawa (Ontario)", "",
        f"Objet : Offre de nomination intérimaire - Directrice générale, Office de l'efficacité énergétique (EX-03), poste no {P[37].sup_pn}",
        "",
        "Madame,",
        "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice générale, Office de "
        f"l'efficacité énergétique (EX-03), poste no {P[37].sup_pn}, à Ottawa (Ontario), du 19 septembre 2022 au 31 mars 2023.",
        "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. Vous "
        "continuerez de relever du sous-ministre adjoint, Secteur de l'efficacité énergétique.",
        "Veuillez indiquer votre acceptation en signant la présente lettre et en la retournant d'ici le 13 septembre 2022.",
        "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "",
        "Benoît Sauvé", "Sous-ministre adjoint, Secteur de l'efficacité énergétique", "",
        "J'accepte l'offre décrite ci-dessus : ______________________   Date : ____________",
    ]:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Lettre d'offre - nomination intérimaire EX-03 (signée).docx", "docx", "fr", fixed_zip(buf.getvalue()),
                ["Nadia Desjardins", "Benoît Sauvé"], "a letter offering an acting EX-03 appointment"))
    # 6. minutes of a classification committee (text, cp1252)
    mins = [
        "CLASSIFICATION REVIEW COMMITTEE - EXECUTIVE POSITIONS",
        "Minutes of the meeting of March 9, 2022 (Teams)",
        "",
        "Present: Josée Pelletier (Chair), Graham Vandermeer, Aisha Okafor; Secretary: Fiona Kowalczyk",
        "",
        "1. Adoption of the agenda - adopted.",
        f"2. Director, Labour Statistics Division (EX-01), position {P[5].pn} - the committee confirmed the EX-01 "
        "rating (Know-how E3, Problem solving 'G', Accountability 'E2'); the work description is to be signed.",
        f"3. Director General, Census Subject Matter (EX-03) - deferred; the Dimensions section shows {P[6].fte} FTEs but "
        f"the organization chart {P[6].fte - 14}. The manager's office is to confirm.",
        "4. Other business - the 2022-23 EX talent management questionnaires are due on May 31.",
        "",
        "Next meeting: April 13, 2022.",
        "Action items: F. Kowalczyk to send the record of decision to the DG's office.",
    ]
    text = "\r\n".join(mins).replace("'", "\u2019") + "\r\n"
    out.append(("Minutes CRC 2022-03-09.txt", "text-cp1252", "en", text.encode("cp1252"),
                ["Josée Pelletier", "Graham Vandermeer", "Aisha Okafor", "Fiona Kowalczyk"],
                "minutes of a classification review committee"))
    return out


# ---------------------------------------------------------------- main
def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rng0 = random.Random(SEED)
    positions = make_positions(rng0)
    for pi, year in YEARS.items():     # the year a file name gives
        positions[pi].date = (year,) + positions[pi].date[1:]
    made = {}        # name -> (expected dict, options)
    opts_by_name = {}
    prev = None
    for pi, kind, lang, name, extra in PLAN:
        p = positions[pi]
        ref = None
        if extra.get("same_as_prev"):
            ref = prev
        elif extra.get("same_as"):
            ref = extra["same_as"]
        seedkey = ref or name
        rng = random.Random(f"{SEED}:{seedkey}")
        if ref:
            base = dict(opts_by_name[ref])
            o = doc_options(p, kind, lang, {}, random.Random(f"{SEED}:{name}"))   # its own layout
            for k in ("cls", "date", "amt", "fte", "nbsp", "lv", "upper", "title_width", "sup", "omit", "dr", "dr_nocls", "dr_nofte", "dim",
                      "template", "sections", "locf", "incumbent_line", "order", "shuffle", "bidate", "bititle"):
                if k in base:
                    o[k] = base[k]
            o.update({k: v for k, v in extra.items() if k not in ("same_as_prev", "same_as", "later_of")})
        else:
            o = doc_options(p, kind, lang, extra, random.Random(f"{SEED}:opts:{name}"))
        drafted(o)
        opts_by_name[name] = dict(o)
        data, st = build_wd(p, kind, lang, name, o, rng)
        opts_by_name[name]["title_wrapped"] = bool(o.get("_title_wrapped"))
        (corpus / name).write_bytes(data)
        exp = expected_wd(p, kind if kind != "pdf-ocr" else "pdf", lang, name, st)
        made[name] = (exp, pi, extra)
        prev = name
    if os.environ.get("BLIND42_OPTIONS"):      # the options of each document, for writing the docs
        Path(os.environ["BLIND42_OPTIONS"]).write_text(json.dumps(
            {n: {k: v for k, v in o.items() if not k.startswith("_") and k not in ("cover", "toc", "sigpage")} | {
                "cover": bool(o.get("cover")), "toc": bool(o.get("toc")), "sigpage": bool(o.get("sigpage"))}
             for n, o in opts_by_name.items()}, ensure_ascii=False, indent=1))
    # versions
    groups = {}
    for name, (exp, pi, extra) in made.items():
        groups.setdefault(pi, []).append(name)
    for pi, names in groups.items():
        if len(names) < 2:
            continue
        drafts = [n for n in names if made[n][2].get("draft")]
        if drafts:
            newest = [n for n in names if n not in drafts][0]
            rel = "a draft (effective date to be determined, unsigned) and the final, signed version"
        else:
            newest = names[0]
            rel = "the same description as two files"
            if any(made[n][2].get("later_of") for n in names):
                newest = [n for n in names if made[n][2].get("later_of")][0]
                rel = "a signed scan and a later clean copy of the same description"
        for n in names:
            made[n][0]["versions"] = {"documents": sorted(names), "newest": newest, "relation": rel}
    for name, (exp, _, _) in made.items():
        write_expected(expected, name, exp)
    for name, kind, lang, data, people, what in refused(random.Random(SEED + 1), positions):
        (corpus / name).write_bytes(data)
        write_expected(expected, name, {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                        "fields": None, "not_stated": [],
                                        "also": {"fte": None, "operating_budget": None, "program_budget": None,
                                                 "provisional_number": None, "note": what},
                                        "people": people, "versions": None})


def write_expected(folder, name, exp):
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=110)
    (folder / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
