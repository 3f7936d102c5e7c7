#!/usr/bin/env python3
"""Writes bench/import/blind82/corpus/ and expected/: EX work descriptions copied out of intranets,
SharePoint, Confluence and GCwiki pages (Markdown, text, Word, PDF printed from the browser), and pages
to refuse that sit in the same folders. Deterministic: a fixed seed, fixed zip timestamps.

    /work/main/.venv/bin/python bench/import/blind82/make_blind.py
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import texts as T  # noqa: E402
from import_files import pdf_bytes  # noqa: E402

SEED = 8282
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NNBSP = "\u202f"


# --- notations ---------------------------------------------------------------------------------

def fmt_cls(c, style):
    if c is None:
        return ""
    grp, lvl = c.rsplit("-", 1)
    return {"std": c, "space": f"{grp} {lvl}", "short": f"{grp}-{int(lvl)}", "nodash": f"{grp}{lvl}",
            "paren": f"({c})", "lower": f"{grp.capitalize()}-{lvl}"}[style]


def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return {"long": f"{day} {MONTHS_FR[d.month - 1]} {d.year}", "iso": d.isoformat(),
                "num": f"{d.day:02d}-{d.month:02d}-{d.year}" if d.day > 12 else d.isoformat(),
                "le": f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"}.get(style, d.isoformat())
    m = MONTHS_EN[d.month - 1]
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"long": f"{m} {d.day}, {d.year}", "iso": d.isoformat(), "dmy": f"{d.day} {m} {d.year}",
            "abbr": f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}",
            "ordinal": f"{m} {d.day}{suffix}, {d.year}", "slash": d.strftime("%Y/%m/%d"),
            "dmy_num": d.strftime("%d/%m/%Y") if d.day > 12 else d.isoformat()}[style]


def _dec(n, unit):
    v = n / unit
    for places in (0, 1, 2, 3):
        if round(v, places) * unit == n or abs(round(v, places) * unit - n) < 1e-6:
            return f"{v:.{places}f}"
    return None


def fmt_amt(n, lang, style, sp=" "):
    if lang == "fr":
        full = f"{n:,}".replace(",", sp)
        if style == "M" and n >= 1_000_000 and _dec(n, 1e6):
            return _dec(n, 1e6).replace(".", ",") + " M$"
        if style == "million" and n >= 1_000_000 and _dec(n, 1e6):
            return _dec(n, 1e6).replace(".", ",") + " millions $"
        if style in ("M", "K") and n % 1000 == 0:
            return f"{n // 1000:,}".replace(",", sp) + " k$"
        if style == "dec":
            return (full + ",00 $").replace(" ", sp)
        return (full + " $").replace(" ", sp)
    if style == "M" and n >= 1_000_000 and _dec(n, 1e6):
        return "$" + _dec(n, 1e6) + "M"
    if style == "million" and n >= 1_000_000 and _dec(n, 1e6):
        return "$" + _dec(n, 1e6) + " million"
    if style in ("M", "K", "million") and n % 1000 == 0:
        return f"${n // 1000:,}K"
    if style == "dec":
        return f"${n:,}.00"
    return f"${n:,}"


def fmt_fte(n, lang, style):
    if n is None:
        return ""
    if lang == "fr":
        return {"a": f"{n} ETP", "b": f"effectif de {n}", "c": f"{n} ETP", "d": f"{n} employés"}[style]
    return {"a": f"{n} FTEs" if n != 1 else "1 FTE", "b": f"staff of {n}", "c": f"{n} FTE",
            "d": f"{n} employees" if n != 1 else "1 employee"}[style]


# --- OCR-like damage, for the pages whose body was pasted from a scan ---------------------------

def ocr_value(s, rng, p=0.5):
    table = {"0": "O", "1": "I", "5": "S", "8": "B"}
    return "".join(table[c] if c in table and rng.random() < p else c for c in s)


def ocr_prose(s, rng):
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < 0.04 and "m" in w:
            w = w.replace("m", "rn", 1)
        elif r < 0.07 and "e" in w:
            w = w.replace("e", "c", 1)
        elif r < 0.09 and "l" in w:
            w = w.replace("l", "I", 1)
        out.append(w)
    text = " ".join(out)
    return re.sub(r"(\w) (\w)", lambda m: m.group(1) + m.group(2) if rng.random() < 0.03 else m.group(0), text)


# --- positions -------------------------------------------------------------------------------------

class Namer:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def __call__(self):
        while True:
            n = f"{self.rng.choice(T.FIRST)} {self.rng.choice(T.LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n


def make_position(rng, dept_i, dom_i, namer):
    d = T.DEPARTMENTS[dept_i]
    dom = T.DOMAINS[dom_i]
    role = rng.choice(T.ROLES)
    fem = rng.random() < 0.5
    city = rng.choice(d[6])
    p = dict(dept=d, dom=dom, role=role, fem=fem,
             title_en=f"{role[0]}, {dom[0]}", title_fr=f"{role[2] if fem else role[1]}, {dom[1]}",
             classification=role[3],
             job_code=str(rng.randint(100000, 109999)),
             position_number=str(rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999),
                                              rng.randint(10000000, 99999999)])),
             effective_date=dt.date(rng.randint(2014, 2024), rng.randint(1, 12), rng.randint(1, 28)),
             city=city)
    if role[3] == "EX-01":
        if rng.random() < 0.7:
            p["sup"] = (f"Director General, {dom[2]}", f"Directeur général, {dom[3]}" if rng.random() < .6
                        else f"Directrice générale, {dom[3]}", "EX-03")
        else:
            p["sup"] = (f"Executive Director, {dom[0]}", f"Directeur exécutif, {dom[1]}", "EX-02")
    elif role[3] == "EX-02":
        p["sup"] = (f"Director General, {dom[2]}", f"Directrice générale, {dom[3]}", "EX-03")
    else:
        if rng.random() < 0.75:
            p["sup"] = (f"Assistant Deputy Minister, {dom[2]}", f"Sous-ministre adjoint, {dom[3]}", "EX-05")
        else:
            p["sup"] = (f"Associate Assistant Deputy Minister, {dom[2]}", f"Sous-ministre adjointe déléguée, {dom[3]}", "EX-04")
    p["sup_num"] = str(rng.randint(10000, 99999999))
    subs = rng.sample(T.SUBAREAS, rng.randint(2, 5))
    reports = []
    for sub in subs:
        if role[3] == "EX-03":
            fte = rng.randint(12, 70)
            reports.append((f"Director, {sub[0]}", f"{'Directrice' if rng.random() < .5 else 'Directeur'}, {sub[1]}",
                            "EX-01", fte, sub))
        else:
            rr = rng.choice(T.REPORT_ROLES)
            fte = rng.randint(*rr[3])
            reports.append((f"{rr[0]}, {sub[0]}", f"{rr[1]}, {sub[1]}", rng.choice(rr[2]), fte, sub))
    if rng.random() < 0.3:
        reports.append((T.EA[0], T.EA[1], T.EA[2], 1, ("administration", "administration")))
    p["reports"] = reports
    p["fte"] = sum(r[3] for r in reports) + rng.randint(1, 3)
    p["salary"] = int(round(p["fte"] * rng.uniform(88000, 104000), -4))
    p["om"] = rng.choice([rng.randint(40, 990) * 1000, rng.randint(100, 400) * 10000])
    p["total"] = p["salary"] + p["om"]
    p["incumbent"] = namer()
    p["approver"] = namer()
    p["editor"] = namer()
    p["creator"] = namer()
    return p


# --- blocks ----------------------------------------------------------------------------------------

def lab(st, key):
    """A label in the document's label language (bilingual: 'English / Français')."""
    if st["lang"] == "bilingual":
        return f"{st['labs']['en'][key]} / {st['labs']['fr'][key]}"
    return st["labs"][st["lang"]][key]


def build(p, st, rng):
    """The logical page: a list of blocks, and the names printed."""
    lang, L = st["lang"], ("fr" if st["lang"] == "fr" else "en")
    role_en = p["role"][0]
    dept_en, dept_fr, abbr_en, abbr_fr = p["dept"][:4]
    dom = p["dom"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    sup_t = p["sup"][1] if lang == "fr" else p["sup"][0]
    people = []
    blocks = []
    cls = lambda c: fmt_cls(c, st["cls"])  # noqa: E731
    rcls = lambda c: fmt_cls(c, "std" if st["cls"] in ("paren",) else st["cls"])  # noqa: E731
    amt = lambda n: fmt_amt(n, L, st["amt"], st["sp"])  # noqa: E731

    # header fields
    f = []
    if st["title_field"]:
        if lang == "bilingual" and st["bi_title"] == "split":
            f.append(("title", st["labs"]["en"]["title"], p["title_en"]))
            f.append(("title_fr", st["labs"]["fr"]["title"], p["title_fr"]))
        elif lang == "bilingual":
            f.append(("title", lab(st, "title"), f"{p['title_en']} / {p['title_fr']}"))
        else:
            f.append(("title", lab(st, "title"), title))
    f.append(("classification", lab(st, "classification"), cls(p["classification"])))
    if p["position_number"] is not None:
        f.append(("position_number", lab(st, "position_number"), p["position_number"]))
    elif p.get("provisional"):
        f.append(("position_number", lab(st, "position_number"), p["provisional"]))
    if p["job_code"] is not None:
        f.append(("job_code", lab(st, "job_code"), p["job_code"]))
    if p["effective_date"] is not None:
        f.append(("effective_date", lab(st, "effective_date"), fmt_date(p["effective_date"], L, st["date"])))
    if st["extras"]:
        br = dom[3] if L == "fr" else dom[2]
        f.append(("branch", lab(st, "branch"), br))
        f.append(("department", lab(st, "department"), dept_fr if L == "fr" else dept_en))
    if p["location"] is not None and st["loc_where"] == "header":
        f.append(("location", lab(st, "location"), p["location"]))
    if st["sup_mode"] == "fields":
        if p["sup_num"] is not None:
            f.append(("sup_num", lab(st, "sup_num"), p["sup_num"]))
        f.append(("sup_title", lab(st, "sup_title"), sup_t))
        if p["sup_class"] is not None:
            f.append(("sup_class", lab(st, "sup_class"), cls(p["sup_class"])))
    elif st["sup_mode"] == "combined":
        v = sup_t + (f" ({fmt_cls(p['sup_class'], 'std')})" if p["sup_class"] else "")
        f.append(("sup_title", lab(st, "sup_title"), v))
        if p["sup_num"] is not None:
            f.append(("sup_num", lab(st, "sup_num"), p["sup_num"]))
    if st["incumbent"]:
        f.append(("incumbent", lab(st, "incumbent"), p["incumbent"]))
        people.append(p["incumbent"])
    if st["other"]:
        oth = T.LABELS[L]["other"][st["other_i"] % len(T.LABELS[L]["other"])]
        f.insert(min(len(f), 3 + st["other_i"] % 3), ("other", oth[0], oth[1][st["other_i"] % len(oth[1])]))
    if st["shuffle"]:
        head = f[:2]
        tail = f[2:]
        rng.shuffle(tail)
        f = head + tail
    fields = [(lbl, val) for _, lbl, val in f]

    def heading(key, level=2):
        if lang == "bilingual":
            return ("h", level, f"{st['secs']['en'][key]} / {st['secs']['fr'][key]}")
        return ("h", level, st["secs"][L][key])

    def prose(pool_en, pool_fr, idx):
        out = []
        en = pool_en[idx % len(pool_en)]
        fr = pool_fr[idx % len(pool_fr)]
        vals = dict(title=p["title_en"], dom=dom[0].lower(), abbr=abbr_en, branch=dom[2], sup=p["sup"][0], dept=dept_en)
        vals_fr = dict(title=p["title_fr"], dom=dom[1][0].lower() + dom[1][1:], abbr=abbr_fr, branch=dom[3],
                       sup=p["sup"][1], dept=dept_fr)
        if lang in ("en", "bilingual"):
            out.append(en.format(**vals))
        if lang in ("fr", "bilingual"):
            out.append(elide(fr.format(**vals_fr)))
        return out

    # page chrome, top
    blocks.append(("chrome", st["chrome_top"]))
    page_title = st["page_title"].format(title=title if lang != "bilingual" else f"{p['title_en']} / {p['title_fr']}")
    blocks.append(("h", 1, page_title))
    if st["intro"]:
        blocks.append(("p", st["intro"]))
    if st["details_heading"]:
        blocks.append(heading("details"))
    blocks.append(("fields", fields))

    sections = []
    # general accountability or client-service results
    if st["csr"]:
        sec = [heading("csr")]
        for t in prose([T.CSR["en"]], [T.CSR["fr"]], 0):
            sec.append(("p", t))
        sec.append(heading("ka"))
        items = [prose(T.SA["en"], T.SA["fr"], st["sa0"] + k) for k in range(st["n_sa"])]
        for j in range(len(items[0])):
            sec.append(("list", [it[j] for it in items], False))
        sections.append(("ga", sec))
    else:
        sec = [heading("ga")]
        for t in prose(T.GA["en"], T.GA["fr"], st["ga_i"]):
            sec.append(("p", t))
        sections.append(("ga", sec))

    # organization structure
    sec = [heading("org")]
    n_rep = len(p["reports"])
    if lang == "fr":
        sent = f"Le titulaire du poste de {p['title_fr']} relève"
        sup_sentence = (f"{sent} du {sup_t}" + (f" ({fmt_cls(p['sup_class'], 'std')})" if p["sup_class"] else "")
                        + (f", poste no {p['sup_num']}" if p["sup_num"] else "") + ".")
        other = f"{n_rep} postes relèvent directement du titulaire."
    else:
        sup_sentence = (f"The {p['title_en']} reports to the {p['sup'][0]}"
                        + (f" ({fmt_cls(p['sup_class'], 'std')})" if p["sup_class"] else "")
                        + (f", position number {p['sup_num']}" if p["sup_num"] else "") + ".")
        other = f"{n_rep} positions report directly to the {role_en}."
    if st["no_reports"]:
        other = ""
    if st["sup_mode"] == "sentence":
        sec.append(("p", (sup_sentence + " " + other).strip()))
    elif other:
        sec.append(("p", other))
    rep_lang = "fr" if lang == "fr" else "en"
    rows = []
    for r in p["reports"]:
        rows.append((r[1] if lang == "fr" else r[0], r[2] if r[2] else None, r[3], r[4]))
    mode = st["rep_mode"]
    fte_s = st["fte"]
    if st["no_reports"]:
        pass
    elif mode == "table":
        hdr = {"en": ["Position", "Group/Level", "FTEs"], "fr": ["Poste", "Groupe/niveau", "ETP"]}[rep_lang]
        if st["rep_cols"] == "cls_first":
            sec.append(("table", [hdr[1], hdr[0], hdr[2]], [[rcls(c), t, "" if n is None else str(n)] for t, c, n, _ in rows]))
        else:
            sec.append(("table", hdr, [[t, rcls(c), "" if n is None else str(n)] for t, c, n, _ in rows]))
    elif mode == "prose":
        parts = []
        for t, c, n, _ in rows:
            bits = ", ".join(x for x in (rcls(c), fmt_fte(n, rep_lang, fte_s)) if x)
            parts.append(f"{'le' if rep_lang == 'fr' else 'the'} {t}" + (f" ({bits})" if bits else ""))
        joined = "; ".join(parts[:-1]) + ("; et " if rep_lang == "fr" else "; and ") + parts[-1]
        lead = "Relèvent du titulaire : " if rep_lang == "fr" else f"Reporting to the {role_en} are: "
        sec.append(("p", lead + joined + "."))
    else:
        sec.append(("p", st["secs"][rep_lang]["reports"][st["rep_head"] % len(st["secs"][rep_lang]["reports"])].format(role=role_en)))
        items = []
        for t, c, n, sub in rows:
            duty = elide(T.REPORT_DUTIES[rep_lang][hash_i(t) % len(T.REPORT_DUTIES[rep_lang])].format(
                sub=(sub[1] if rep_lang == "fr" else sub[0]).lower()))
            cs, ns = rcls(c), fmt_fte(n, rep_lang, fte_s)
            if mode == "paren":
                bits = ", ".join(x for x in (cs, ns) if x)
                items.append(t + (f" ({bits})" if bits else "") + (f" : {duty}" if rep_lang == "fr" else f": {duty}"))
            elif mode == "dash":
                items.append(" - ".join(x for x in (cs, t) if x) + (f" ({ns})" if ns else ""))
            elif mode == "trail":
                items.append(" – ".join(x for x in (t, cs, ns) if x))
            elif mode == "bold":
                bits = ", ".join(x for x in (cs, ns) if x)
                items.append(f"<b>{t}</b>" + (f" ({bits})" if bits else "") + f" – {duty}")
        sec.append(("list", items, False))
    if len(sec) > 1:
        sections.append(("org", sec))

    # nature and scope
    sec = [heading("ns")]
    for k in range(st["n_ns"]):
        for t in prose(T.NS["en"], T.NS["fr"], st["ns0"] + k):
            sec.append(("p", t))
    sections.append(("ns", sec))

    # dimensions
    if st["dims"] != "none":
        sec = [heading("dim")]
        dl = [("fte", lab(st, "fte"), str(p["fte"]))] if st["dim_fte"] else []
        if p["salary"] is not None:
            dl.append(("salary", lab(st, "salary"), amt(p["salary"])))
        if p["om"] is not None:
            dl.append(("om", lab(st, "om"), amt(p["om"])))
        if p["total"] is not None:
            dl.append(("total", lab(st, "total"), amt(p["total"])))
        if st["dims"] == "fields":
            sec.append(("fields", [(a, b) for _, a, b in dl]))
        elif st["dims"] == "table":
            sec.append(("table", [a for _, a, _ in dl], [[b for _, _, b in dl]]))
        else:  # prose
            if L == "fr":
                s = f"La direction compte {p['fte']} ETP"
                if p["salary"] is not None:
                    s += f", un budget salarial de {amt(p['salary'])}"
                if p["om"] is not None:
                    s += f" et un budget de fonctionnement et d'entretien de {amt(p['om'])}"
                if p["total"] is not None:
                    s += f", pour un budget total de {amt(p['total'])}"
            else:
                s = f"The directorate has {p['fte']} FTEs"
                if p["salary"] is not None:
                    s += f", a salary budget of {amt(p['salary'])}"
                if p["om"] is not None:
                    s += f" and an O&M budget of {amt(p['om'])}"
                if p["total"] is not None:
                    s += f", for a total budget of {amt(p['total'])}"
            sec.append(("p", s + "."))
        sections.append(("dim", sec))

    if not st["csr"]:
        sec = [heading("sa")]
        items = [prose(T.SA["en"], T.SA["fr"], st["sa0"] + k) for k in range(st["n_sa"])]
        for j in range(len(items[0])):
            sec.append(("list", [it[j] for it in items], True))
        sections.append(("sa", sec))

    order = st["order"]
    sections.sort(key=lambda s: order.index(s[0]))
    for _, sec in sections:
        blocks.extend(sec)

    if p["location"] is not None and st["loc_where"] == "end":
        blocks.append(("fields", [(lab(st, "location"), p["location"])]))

    if st["cert"]:
        blocks.append(heading("cert"))
        sd = (p["effective_date"] - dt.timedelta(days=rng.randint(5, 80))) if p["effective_date"] else st["sig_date"]
        ds = fmt_date(sd, L, st["sig_style"])
        if L == "fr":
            sig = ["L'énoncé qui précède décrit fidèlement les fonctions du poste.", "",
                   f"Approuvé par : {p['approver']}, {sup_t}", f"Date : {ds}"]
        else:
            sig = ["The foregoing is an accurate statement of the duties assigned to the position.", "",
                   f"Approved by: {p['approver']}, {p['sup'][0]}", f"Date: {ds}"]
        if st["incumbent_sig"]:
            sig.insert(2, ("Titulaire : " if L == "fr" else "Incumbent: ") + p["incumbent"])
            if p["incumbent"] not in people:
                people.append(p["incumbent"])
        blocks.append(("sig", sig))
        people.append(p["approver"])
    blocks.append(("chrome", st["chrome_bottom"]))
    for n in st["chrome_people"]:
        if n not in people:
            people.append(n)
    return blocks, people


def elide(s):
    return re.sub(r"\b([dD])e ([aeiouéèêîôAEIOUÉ])", r"\1'\2", s)


def hash_i(s):
    return sum(ord(c) * (i + 1) for i, c in enumerate(s))


# --- chrome per source ------------------------------------------------------------------------------

def chrome(p, st, rng, source):
    """Top and bottom chrome lines for a page, and the names they print."""
    lang = st["lang"]
    L = "fr" if lang == "fr" else "en"
    d = p["dept"]
    intranet, host = d[4], d[5]
    abbr = d[3] if L == "fr" else d[2]
    mod = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randint(0, 1200))
    people = []
    top, bottom = [], []
    slug = re.sub(r"[^a-z0-9]+", "-", p["title_en"].lower()).strip("-")
    if source == "sharepoint":
        top.append(("nav", ["Skip to main content", intranet, "Search this site"] if L == "en"
                    else ["Passer au contenu principal", intranet, "Rechercher dans ce site"]))
        crumbs = ([("Home", f"https://{host}/"), ("Human Resources", f"https://{host}/sites/HR"),
                   ("Executive Group", f"https://{host}/sites/HR/EX"), ("Work Descriptions", f"https://{host}/sites/HR/EX/WD")]
                  if L == "en" else
                  [("Accueil", f"https://{host}/"), ("Ressources humaines", f"https://{host}/sites/RH"),
                   ("Groupe de la direction", f"https://{host}/sites/RH/EX"),
                   ("Descriptions de travail", f"https://{host}/sites/RH/EX/DT")])
        top.append(("crumbs", crumbs))
        who = p["editor"]
        people.append(who)
        stamp = fmt_date(mod, L, "long" if rng.random() < .5 else "iso")
        bottom.append(("line", f"Last modified by {who} on {stamp}" if L == "en" else f"Dernière modification par {who} le {stamp}"))
        bottom.append(("nav", ["Share", "Follow", "Like"] if L == "en" else ["Partager", "Suivre", "J'aime"]))
    elif source == "confluence":
        space = rng.choice(["HR Hub", "EX Services", "People and Culture", "Corporate Services"])
        top.append(("crumbs", [("Dashboard", f"https://{host}/wiki/"), (space, f"https://{host}/wiki/spaces/HR"),
                               ("Executive work descriptions", f"https://{host}/wiki/spaces/HR/pages/{rng.randint(10**6, 10**7)}")]))
        a, b = p["creator"], p["editor"]
        people += [a, b]
        top.append(("line", f"Created by {a}, last modified by {b} on {MONTHS_EN[mod.month - 1][:3]} {mod.day:02d}, {mod.year}"))
        bottom.append(("line", "No labels" if rng.random() < .5 else "Labels: ex-work-description classification"))
        bottom.append(("nav", ["Overview", "Content Tools", "Powered by Atlassian Confluence"]))
    elif source == "gcwiki":
        top.append(("line", "From GCwiki" if L == "en" else "De GCwiki"))
        top.append(("line", "Jump to navigation Jump to search" if L == "en" else "Aller à la navigation Aller à la recherche"))
        bottom.append(("line", f'Retrieved from "https://wiki.gccollab.ca/index.php?title={slug.replace("-", "_").title()}&oldid={rng.randint(10**5, 10**6)}"'))
        bottom.append(("line", f"Categories: Executive Work Descriptions | {abbr}"))
        if L == "en":
            bottom.append(("line", f"This page was last edited on {mod.day} {MONTHS_EN[mod.month - 1]} {mod.year}, at {rng.randint(8, 17)}:{rng.randint(10, 59)}."))
        else:
            bottom.append(("line", f"La dernière modification de cette page a été faite le {mod.day} {MONTHS_FR[mod.month - 1]} {mod.year} à {rng.randint(8, 17)}:{rng.randint(10, 59)}."))
    elif source == "canada":  # a departmental intranet in the Canada.ca template
        top.append(("nav", ["Skip to main content", "Skip to \"About this site\"", "Français", "Menu"] if L == "en"
                    else ["Passer au contenu principal", "Passer à « À propos de ce site »", "English", "Menu"]))
        top.append(("crumbs", [(intranet, f"https://{host}/"), ("HR" if L == "en" else "RH", f"https://{host}/hr"),
                               ("Executives" if L == "en" else "Cadres", f"https://{host}/hr/ex")]))
        who = p["editor"]
        people.append(who)
        bottom.append(("line", ("Contact: " if L == "en" else "Personne-ressource : ") + f"{who}, EX Programs"))
        bottom.append(("line", ("Date modified: " if L == "en" else "Date de modification : ") + mod.isoformat()))
    else:
        pass
    return top, bottom, people


# --- serializers -------------------------------------------------------------------------------------

def md_escape(s, st):
    e = st["esc"]
    if "amp" in e:
        s = s.replace("&", "&amp;")
    if "dash" in e:
        s = s.replace("-", "\\-")
    if "us" in e:
        s = s.replace("#", "\\#").replace("_", "\\_")
    return s


def to_markdown(blocks, st):
    out = []
    flavor = st["md"]
    sep = "&nbsp;" if "nbsp" in st["esc"] else " "
    for b in blocks:
        k = b[0]
        if k == "chrome":
            for item in b[1]:
                if item[0] == "nav":
                    out += [f"[{t}](#)" if flavor != "plain" else t for t in item[1]]
                    out.append("")
                elif item[0] == "crumbs":
                    if flavor == "confluence":
                        out += [f"{i}. [{t}]({u})" for i, (t, u) in enumerate(item[1], 1)]
                    else:
                        out.append(" > ".join(f"[{t}]({u})" for t, u in item[1]))
                    out.append("")
                else:
                    out += [md_escape(item[1], st), ""]
        elif k == "h":
            lvl = b[1] + (1 if flavor == "html2text" else 0)
            out += ["#" * lvl + " " + md_escape(b[2], st), ""]
        elif k == "p":
            t = b[1].replace("<b>", "**").replace("</b>", "**")
            out += [md_escape(t, st), ""]
        elif k == "fields":
            lay = st["md_fields"]
            if lay == "pipe" and len(b[1]) > 1:
                out += ["| | |", "|---|---|"] if flavor != "confluence" else ["| **Field** | **Value** |", "| --- | --- |"]
                out += [f"| {md_escape(l, st)} | {md_escape(v, st)} |" for l, v in b[1]]
            elif lay == "bullets":
                out += [f"*   **{md_escape(l, st)}:**{sep}{md_escape(v, st)}" for l, v in b[1]]
            elif lay == "boldlines":
                out += [f"**{md_escape(l, st)}:**{sep}{md_escape(v, st)}  " for l, v in b[1]]
            elif lay == "boldnext":
                for l, v in b[1]:
                    out += [f"**{md_escape(l, st)}**", md_escape(v, st), ""]
            else:  # plain
                out += [f"{md_escape(l, st)}:{sep}{md_escape(v, st)}" for l, v in b[1]]
            out.append("")
        elif k == "list":
            for i, t in enumerate(b[1], 1):
                t = md_escape(t.replace("<b>", "**").replace("</b>", "**"), st)
                if b[2]:
                    out.append(f"{i}\\. {t}" if "num" in st["esc"] else f"{i}. {t}")
                else:
                    out.append(f"{st['bullet']} {t}")
            out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(md_escape(h, st) for h in hdr) + " |")
            out.append("|" + "|".join("---" for _ in hdr) + "|")
            out += ["| " + " | ".join(md_escape(c, st) for c in r) + " |" for r in rows]
            out.append("")
        elif k == "sig":
            out += [md_escape(x, st) + ("  " if x else "") for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_text(blocks, st):
    out = []
    lay = st["txt_fields"]
    for b in blocks:
        k = b[0]
        if k == "chrome":
            for item in b[1]:
                if item[0] == "nav":
                    out += item[1]
                elif item[0] == "crumbs":
                    if st["crumb_lines"]:
                        out += [t for t, _ in item[1]]
                    else:
                        out.append(" > ".join(t for t, _ in item[1]))
                else:
                    out.append(item[1])
            out.append("")
        elif k == "h":
            t = b[2] + ("[edit]" if st.get("source") == "gcwiki" and b[1] > 1 else "")
            if st["upper_heads"] and b[1] > 1:
                t = t.upper()
            out += [t, ""] if not st["underline"] else [t, ("=" if b[1] == 1 else "-") * len(t), ""]
        elif k == "p":
            out += [b[1].replace("<b>", "").replace("</b>", ""), ""]
        elif k == "fields":
            w = max(len(l) for l, _ in b[1]) + 4
            for l, v in b[1]:
                if lay == "tabs":
                    out.append(f"{l}\t{v}")
                elif lay == "tabs_colon":
                    out.append(f"{l}:\t{v}")
                elif lay == "next":
                    out += [f"{l}:" if st["colon"] else l, v, ""]
                elif lay == "dots":
                    out.append(f"{l} " + "." * (w - len(l)) + f" {v}")
                elif lay == "flat":
                    out += [l, "", v, ""]
                else:
                    out.append(f"{l}: {v}")
            out.append("")
        elif k == "list":
            for i, t in enumerate(b[1], 1):
                t = t.replace("<b>", "").replace("</b>", "")
                out.append(f"{i}. {t}" if b[2] else f"{st['tbullet']}{t}")
            out.append("")
        elif k == "table":
            rows = [b[1]] + b[2]
            if st["txt_table"] == "tabs":
                out += ["\t".join(r) for r in rows]
            elif st["txt_table"] == "pipes":
                out += [" | ".join(r) for r in rows]
            else:
                for r in rows:
                    out += [c for c in r] + [""]
            out.append("")
        elif k == "sig":
            out += b[1] + [""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def to_wikitext(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k == "chrome":
            for item in b[1]:
                if item[0] == "line" and item[1].startswith("Categories"):
                    out += [f"[[Category:{c.strip()}]]" for c in item[1].split(":", 1)[1].split("|")]
        elif k == "h":
            if b[1] == 1:
                out += ["{{DISPLAYTITLE:" + b[2] + "}}", "__TOC__", ""]
            else:
                out += [f"== {b[2]} ==", ""]
        elif k == "p":
            out += [b[1].replace("<b>", "'''").replace("</b>", "'''"), ""]
        elif k == "fields":
            if st["wiki_fields"] == "table":
                out.append('{| class="wikitable"')
                for l, v in b[1]:
                    out += ["|-", f"! {l}", f"| {v}"]
                out += ["|}", ""]
            else:
                out += [f"'''{l}:''' {v}<br />" for l, v in b[1]] + [""]
        elif k == "list":
            out += [("# " if b[2] else "* ") + t.replace("<b>", "'''").replace("</b>", "'''") for t in b[1]] + [""]
        elif k == "table":
            out += ['{| class="wikitable sortable"', "! " + " !! ".join(b[1])]
            for r in b[2]:
                out += ["|-", "| " + " || ".join(r)]
            out += ["|}", ""]
        elif k == "sig":
            out += [x + "<br />" if x else "" for x in b[1]] + [""]
    return "\n".join(out).strip() + "\n"


def to_confluence_wiki(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k == "chrome":
            continue
        if k == "h":
            out += [f"h{b[1]}. {b[2]}", ""]
        elif k == "p":
            out += [b[1].replace("<b>", "*").replace("</b>", "*"), ""]
        elif k == "fields":
            if st["conf_fields"] == "table":
                out += [f"||{l}|{v}|" for l, v in b[1]] + [""]
            else:
                out += [f"*{l}:* {v}" for l, v in b[1]] + [""]
        elif k == "list":
            out += [("# " if b[2] else "* ") + t.replace("<b>", "*").replace("</b>", "*") for t in b[1]] + [""]
        elif k == "table":
            out += ["||" + "||".join(b[1]) + "||"] + ["|" + "|".join(c if c else " " for c in r) + "|" for r in b[2]] + [""]
        elif k == "sig":
            out += [x for x in b[1]] + [""]
    return "\n".join(out).strip() + "\n"


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 6, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def to_docx(blocks, st):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = dt.datetime(2023, 6, 1, 12, 0, 0)
    cp.revision = 1

    def para(text, style=None, bold_label=None):
        pr = doc.add_paragraph(style=style)
        if bold_label is not None:
            r = pr.add_run(bold_label)
            r.bold = True
        parts = re.split(r"(<b>.*?</b>)", text)
        for part in parts:
            if part.startswith("<b>"):
                pr.add_run(part[3:-4]).bold = True
            elif part:
                pr.add_run(part)
        return pr

    for b in blocks:
        k = b[0]
        if k == "chrome":
            for item in b[1]:
                if item[0] == "nav":
                    para("   ".join(item[1])).runs[0].font.size = Pt(8)
                elif item[0] == "crumbs":
                    para(" > ".join(t for t, _ in item[1]))
                else:
                    para(item[1])
        elif k == "h":
            doc.add_heading(b[2], level=min(b[1], 3))
        elif k == "p":
            para(b[1])
        elif k == "fields":
            if st["docx_fields"] == "table" and len(b[1]) > 1:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = l, v
            else:
                for l, v in b[1]:
                    para(v if st["docx_fields"] != "next" else "", bold_label=f"{l}: " if st["docx_fields"] != "next" else l)
                    if st["docx_fields"] == "next":
                        para(v)
        elif k == "list":
            for t in b[1]:
                para(t, style="List Number" if b[2] else "List Bullet")
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v
        elif k == "sig":
            for x in b[1]:
                para(x)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def to_pdf(text, st, page_title, url):
    lines = []
    for ln in text.replace("\t", "    ").splitlines():
        lines += wrap(ln, st["pdf_width"]) if ln else [""]
    per = 60
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        head = f"{st['print_stamp']}    {page_title}"
        foot = f"{url}    {i}/{n}"
        out.append("\n".join([head, ""] + pg + ["", foot]))
    out = [s.replace(NNBSP, " ") for s in out]
    return pdf_bytes(out)


# --- the plan -----------------------------------------------------------------------------------------

# (source, kind, language); source decides chrome and serializer
PLAN = (
    [("sharepoint", "markdown", "en")] * 4 + [("sharepoint", "markdown", "fr")] * 2 + [("sharepoint", "markdown", "bilingual")]
    + [("confluence", "markdown", "en")] * 5
    + [("html2text", "markdown", "en")] * 3 + [("html2text", "markdown", "fr")] + [("html2text", "markdown", "bilingual")]
    + [("gcwiki", "text", "en")] * 3 + [("wikitext", "text", "en")] * 2 + [("confluence_wiki", "text", "en")] * 2
    + [("browser", "text", "en")] * 2 + [("browser", "text", "fr")] + [("printer", "text", "en")] * 2
    + [("browser", "text-cp1252", "en")] * 2 + [("printer", "text-cp1252", "en")] + [("browser", "text-cp1252", "fr")]
    + [("docx", "docx", "en")] * 5 + [("docx", "docx", "fr")] + [("docx", "docx", "bilingual")]
    + [("pdf", "pdf", "en")] * 3 + [("pdf", "pdf", "fr")] + [("pdf", "pdf", "bilingual")]
)
assert len(PLAN) == 45, len(PLAN)

PAGE_TITLES = {"en": ["{title}", "Work Description – {title}", "Work description: {title}", "{title} - Work Description",
                      "EX Work Description - {title}"],
               "fr": ["{title}", "Description de travail – {title}", "Description de travail : {title}"]}
INTROS = {"en": [None, None, "This page contains the approved work description for the position below. Contact EX Programs for the Word version.",
                 "Approved work description. Do not edit this page; send changes to the EX Classification team."],
          "fr": [None, "Cette page présente la description de travail approuvée du poste ci-dessous.",
                 "Description de travail approuvée. Ne pas modifier cette page."]}
ORDERS = [["ga", "org", "ns", "dim", "sa"], ["ga", "org", "dim", "ns", "sa"], ["ga", "ns", "org", "dim", "sa"],
          ["ga", "dim", "org", "ns", "sa"], ["ga", "org", "ns", "sa", "dim"]]


def pick_labels(rng):
    return {lg: {k: (rng.choice(v) if k != "other" else None) for k, v in T.LABELS[lg].items()} for lg in ("en", "fr")}


def pick_secs(rng):
    return {lg: {k: (rng.choice(v) if k != "reports" else v) for k, v in T.SECTIONS[lg].items()} for lg in ("en", "fr")}


def style_for(rng, source, kind, lang):
    L = "fr" if lang == "fr" else "en"
    st = dict(lang=lang, source=source, kind=kind, labs=pick_labels(rng), secs=pick_secs(rng))
    st["cls"] = rng.choice(["std"] * 4 + ["space", "short", "paren", "nodash"])
    st["date"] = rng.choice(["long", "iso", "long", "le", "num"] if L == "fr"
                            else ["long", "iso", "dmy", "abbr", "ordinal", "slash", "dmy_num", "long"])
    st["amt"] = rng.choice(["full", "M", "million", "K", "dec", "M"])
    st["sp"] = " "
    if L == "fr":
        st["sp"] = rng.choice([" ", "\xa0", NNBSP if kind not in ("text-cp1252", "pdf") else " "])
    st["fte"] = rng.choice(["a", "b", "c", "d", "a"])
    st["title_field"] = rng.random() < 0.85
    st["bi_title"] = rng.choice(["split", "joined"])
    st["extras"] = rng.random() < 0.6
    st["loc_where"] = "header" if rng.random() < 0.8 else "end"
    st["sup_mode"] = rng.choice(["fields"] * 11 + ["combined"] * 4 + ["sentence"] * 5)
    st["incumbent"] = rng.random() < 0.25
    st["incumbent_sig"] = rng.random() < 0.3
    st["other"] = rng.random() < 0.5
    st["other_i"] = rng.randint(0, 5)
    st["shuffle"] = rng.random() < 0.35
    st["page_title"] = rng.choice(PAGE_TITLES[L])
    st["intro"] = rng.choice(INTROS[L])
    st["details_heading"] = rng.random() < 0.75
    st["csr"] = rng.random() < 0.2
    st["n_sa"] = rng.randint(5, 8)
    st["sa0"] = rng.randint(0, 9)
    st["ga_i"] = rng.randint(0, 3)
    st["n_ns"] = rng.randint(1, 3)
    st["ns0"] = rng.randint(0, 5)
    st["rep_mode"] = rng.choice(["table", "table", "paren", "dash", "trail", "bold", "prose", "paren"])
    st["rep_cols"] = rng.choice(["std", "std", "cls_first"])
    st["rep_head"] = rng.randint(0, 3)
    st["dims"] = rng.choice(["fields", "fields", "fields", "table", "prose", "none"] if source != "printer" else ["fields"])
    st["dim_fte"] = rng.random() < 0.8
    st["order"] = rng.choice(ORDERS)
    st["cert"] = rng.random() < 0.55
    st["sig_style"] = rng.choice(["long", "iso"])
    st["sig_date"] = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    # serializer knobs
    st["md"] = {"sharepoint": "sharepoint", "confluence": "confluence", "html2text": "html2text"}.get(source, "plain")
    st["md_fields"] = rng.choice(["bullets", "boldlines", "pipe", "boldnext", "plain"] if source != "confluence"
                                 else ["pipe", "pipe", "bullets", "boldlines"])
    esc = []
    if source in ("html2text", "sharepoint") or rng.random() < 0.3:
        if rng.random() < 0.6:
            esc.append("amp")
        if rng.random() < 0.5:
            esc.append("nbsp")
        if rng.random() < 0.4:
            esc.append("dash")
        if rng.random() < 0.5:
            esc.append("num")
        if rng.random() < 0.4:
            esc.append("us")
    st["esc"] = esc
    if "nbsp" in esc and L == "fr":
        st["sp"] = "&nbsp;"
    st["bullet"] = rng.choice(["*", "-", "*  ", "  *"])
    st["txt_fields"] = rng.choice(["one", "one", "tabs", "tabs_colon", "next", "flat"]) if source != "printer" else "dots"
    st["colon"] = rng.random() < 0.5
    st["crumb_lines"] = rng.random() < 0.5
    st["upper_heads"] = source == "printer" or rng.random() < 0.15
    st["underline"] = source == "printer" and rng.random() < 0.6
    st["txt_table"] = rng.choice(["tabs", "flat", "pipes"])
    st["tbullet"] = rng.choice(["• ", "- ", "o ", "* ", "  "])
    st["wiki_fields"] = rng.choice(["table", "bold"])
    st["conf_fields"] = rng.choice(["table", "bold"])
    st["docx_fields"] = rng.choice(["table", "table", "bold", "next"])
    st["pdf_width"] = rng.choice([92, 100, 110])
    st["print_stamp"] = f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(22, 24)}, {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"
    st["curly"] = kind == "text-cp1252"
    st["no_reports"] = False
    st["ocr"] = False
    return st


def state(p, rng, st):
    """Decide what this document states; None is 'not stated'."""
    L = "fr" if st["lang"] == "fr" else "en"
    p = copy.deepcopy(p)
    if rng.random() < 0.45:
        p["job_code"] = None
    r = rng.random()
    p["provisional"] = None
    if r < 0.06:
        p["provisional"] = rng.choice(["NEW", "TBD", "Vacant - to be assigned"] if L == "en" else ["NOUVEAU", "À déterminer"])
    if r < 0.14:
        p["position_number"] = None
    if rng.random() < 0.13:
        p["effective_date"] = None
    if st["sup_mode"] == "sentence":
        if rng.random() < 0.5:
            p["sup_num"] = None
    elif rng.random() < 0.2:
        p["sup_num"] = None
    p["sup_class"] = p["sup"][2] if rng.random() < 0.9 else None
    prov = (p["city"][1] if L == "en" else p["city"][2])
    if rng.random() < 0.12:
        p["location"] = None
        p["loc_true"] = None
    else:
        p["location"] = rng.choice([f"{p['city'][0]}, {prov}", f"{p['city'][0]} ({prov})", f"{p['city'][0]}, {prov}"])
        p["loc_true"] = f"{p['city'][0]}, {prov}"
    reps = []
    for r in p["reports"]:
        c = r[2] if rng.random() > 0.1 else None
        n = r[3] if rng.random() > 0.15 else None
        reps.append((r[0], r[1], c, n, r[4]))
    p["reports"] = reps
    v = rng.random()
    if st["dims"] == "none":
        p["salary"] = p["om"] = p["total"] = None
    elif v < 0.15:
        p["total"] = None
    elif v < 0.3:
        p["salary"] = p["om"] = None
    return p


def expected(name, kind, st, p, people):
    lang = st["lang"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    sup_t = p["sup"][1] if lang == "fr" else p["sup"][0]
    f = {
        "title": title, "classification": p["classification"], "job_code": p["job_code"],
        "position_number": p["position_number"], "effective_date": p["effective_date"],
        "supervisor": {"position_number": p["sup_num"], "title": sup_t, "classification": p["sup_class"]},
        "direct_reports": None if st["no_reports"] else
        [{"title": r[1] if lang == "fr" else r[0], "classification": r[2], "fte": r[3]} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"], "total": p["total"], "location": p["loc_true"],
    }
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if f["supervisor"][k] is None]
    if f["direct_reports"] is None:
        ns.append("direct_reports")
    ns += [k for k in ("salary", "o_and_m", "total", "location") if f[k] is None]
    also = {"fte": p["fte"] if st["dims"] == "prose" or (st["dims"] != "none" and st["dim_fte"]) else None, "operating_budget": None,
            "program_budget": None, "provisional_number": p["provisional"]}
    if lang == "bilingual":
        also["title_fr"] = p["title_fr"]
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": f, "not_stated": ns,
            "also": also, "people": people, "versions": None}


def file_name(p, st, rng, ext, used):
    lang = st["lang"]
    title = p["title_fr"] if lang == "fr" else p["title_en"]
    short = title.replace("Director General", "DG").replace("Executive Director", "ED")
    yr = (p["effective_date"] or st["sig_date"]).year
    pats = {"en": ["{t}", "{t} (1)", "{t} - EX WD", "WD - {t}", "{t} - {cls}", "Work Description_ {t}", "{s} {yr}",
                   "{t} - signed", "{t} FINAL", "Copy of {t}", "{t} - SharePoint", "{s} - work description", "{t} ({cls})",
                   "Position {num} - {t}", "{t} - revised {yr}", "{t}_export"],
            "fr": ["{t}", "DT - {t}", "{t} (signée)", "{t} - version finale", "Description de travail - {t}",
                   "{t} {cls} {yr}", "{t} (1)", "{t} - révisée"]}
    pool = pats["fr" if lang == "fr" else "en"]
    while True:
        pat = rng.choice(pool)
        if "{num}" in pat and not p["position_number"]:
            continue
        n = pat.format(t=title, s=short, cls=p["classification"], yr=yr, num=p["position_number"])
        n = n.replace("/", "-").replace(":", "_").replace("&", "and" if rng.random() < .5 else "&")
        if lang == "bilingual" and rng.random() < 0.5:
            n += " - bilingue"
        if n + ext not in used:
            used.add(n + ext)
            return n + ext


def apply_ocr(blocks, rng):
    out = []
    for b in blocks:
        if b[0] == "fields":
            out.append(("fields", [(l, ocr_value(v, rng, 0.5)) for l, v in b[1]]))
        elif b[0] == "p":
            out.append(("p", ocr_prose(ocr_value(b[1], rng, 0.3), rng)))
        elif b[0] == "list":
            out.append(("list", [ocr_prose(ocr_value(t, rng, 0.3), rng) for t in b[1]], b[2]))
        elif b[0] == "table":
            out.append(("table", b[1], [[ocr_value(c, rng, 0.5) for c in r] for r in b[2]]))
        else:
            out.append(b)
    return out


def render(p, st, rng):
    """(bytes of the document, people printed)."""
    src, kind, lang = st["source"], st["kind"], st["lang"]
    chrome_src = {"sharepoint": "sharepoint", "confluence": "confluence", "html2text": "canada", "gcwiki": "gcwiki",
                  "wikitext": "gcwiki", "confluence_wiki": "none", "browser": "canada", "printer": "none"}.get(src)
    if src in ("docx", "pdf"):
        chrome_src = st["wrap_src"]
    top, bottom, cpeople = chrome(p, st, rng, chrome_src) if chrome_src != "none" else ([], [], [])
    if src == "printer":
        top = [("line", p["dept"][3 if lang == "fr" else 2] + " – " + ("Printer-friendly version" if lang != "fr" else "Version imprimable"))]
    st["chrome_top"], st["chrome_bottom"], st["chrome_people"] = top, bottom, cpeople
    blocks, people = build(p, st, rng)
    if st["ocr"]:
        blocks = apply_ocr(blocks, rng)
        blocks.insert(2, ("p", "[Text below was copied from the signed PDF scan - please verify against the original.]"))
    if src in ("sharepoint", "confluence", "html2text"):
        text = to_markdown(blocks, st)
    elif src == "wikitext":
        text = to_wikitext(blocks, st)
    elif src == "confluence_wiki":
        text = to_confluence_wiki(blocks, st)
    elif src == "docx":
        return to_docx(blocks, st), people
    elif src == "pdf":
        st["upper_heads"] = False
        text = to_text(blocks, st)
        host = p["dept"][5]
        url = f"https://{host}/sites/HR/EX/WD/SitePages/{rng.randint(1000, 9999)}.aspx"
        title = next(b[2] for b in blocks if b[0] == "h" and b[1] == 1)
        return to_pdf(text, st, title + " - " + p["dept"][4], url), people
    else:
        text = to_text(blocks, st)
    if kind == "text-cp1252":
        text = text.replace("'", "’") if st.get("curly") else text
        return text.replace("\n", "\r\n").encode("cp1252"), people
    return text.encode("utf-8"), people


# --- pages to refuse ---------------------------------------------------------------------------------

def refused(rng, namer):
    docs = []
    # 1. a branch's organization chart page (SharePoint, Markdown)
    names = [namer() for _ in range(9)]
    md = f"""[Skip to main content](#)

[ISED Intranet](#)

[Home](https://intranet.ic.gc.ca/) > [Strategy and Innovation Policy Sector](https://intranet.ic.gc.ca/sipsector) > Organization chart

# Strategy and Innovation Policy Sector &ndash; Organization chart

Updated quarterly by the Sector Management Office. For vacancies and acting assignments see the staffing tracker.

*   **Assistant Deputy Minister** &ndash; {names[0]} (EX&#8209;05)
    *   Executive Assistant &ndash; {names[1]} (AS-02)
    *   **Director General, Innovation Policy** &ndash; {names[2]} (EX-03)
        *   Director, Innovation Analysis &ndash; {names[3]} (EX-01)
        *   Director, Clean Growth Policy &ndash; *vacant* (EX-01)
    *   **Director General, Economic Research and Policy Analysis** &ndash; {names[4]} (EX-03)
        *   Director, Microeconomic Research &ndash; {names[5]} (EX-01)
        *   Senior Director, Data and Modelling &ndash; {names[6]} (EX-02)
    *   **Executive Director, Sector Management Office** &ndash; {names[7]} (EX-02)

| Unit | Employees | Location |
|---|---|---|
| Front office | 6 | Ottawa, Ontario |
| Innovation Policy | 48 | Ottawa, Ontario |
| Economic Research and Policy Analysis | 61 | Ottawa, Ontario |
| Sector Management Office | 22 | Ottawa, Ontario |

Last modified by {names[8]} on 2023-09-12

[Share](#) [Follow](#)
"""
    docs.append(("Org chart - Strategy and Innovation Policy Sector (1).md", "markdown", "en", md.encode(), names))

    # 2. a directory page (GEDS), bilingual, copied as text
    names = [namer() for _ in range(5)]
    lines = ["Government Electronic Directory Services (GEDS) / Service électronique d'annuaire du gouvernement (SEAG)",
             "Skip to main content / Passer au contenu principal", "Home > Organization > Shared Services Canada > Enterprise IT Services",
             "", "Enterprise IT Services / Services de TI ministériels", "",
             "Organization / Organisation:\tShared Services Canada / Services partagés Canada", "Address / Adresse:\t99 Metcalfe Street, Ottawa, Ontario K1P 6L7", ""]
    titles = [("Director General, Enterprise IT Services", "Directeur général, Services de TI ministériels"),
              ("Director, Service Desk Operations", "Directrice, Opérations du bureau de service"),
              ("Director, Hosting Services", "Directeur, Services d'hébergement"),
              ("Executive Assistant", "Adjointe exécutive"), ("Senior Advisor, Planning", "Conseiller principal, Planification")]
    for n, (te, tf) in zip(names, titles):
        first, last = n.split(" ", 1)
        lines += [f"{last}, {first}", f"Title / Titre:\t{te} / {tf}",
                  f"Telephone / Téléphone:\t613-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                  f"Email / Courriel:\t{first.lower().replace('é', 'e').replace('è', 'e')}.{last.lower().replace(' ', '').replace(chr(39), '')}@ssc-spc.gc.ca", ""]
    lines += ["Date modified / Date de modification: 2024-02-07"]
    docs.append(("GEDS - Enterprise IT Services directory.txt", "text", "bilingual", ("\n".join(lines) + "\n").encode(), names))

    # 3. a policy page (French, the intranet's guidance on writing EX work descriptions)
    md = """[Passer au contenu principal](#main)

[Intranet](https://iservice.prv/) > [RH](https://iservice.prv/rh) > [Cadres](https://iservice.prv/rh/ex)

# Lignes directrices sur la rédaction des descriptions de travail des cadres (EX)

## Objet

Les présentes lignes directrices s&#39;appliquent à toutes les descriptions de travail des postes du groupe de la direction (EX&#8209;01 à EX&#8209;05). Elles complètent la *Directive sur la gestion des cadres supérieurs* du Conseil du Trésor.

## Contenu obligatoire d&#39;une description de travail

1\\. **Renseignements sur le poste** : titre du poste, numéro du poste, code d&#39;emploi, classification, date d&#39;entrée en vigueur, lieu de travail et titre du poste du superviseur.
2\\. **Responsabilité générale** : un énoncé d&#39;au plus 150 mots.
3\\. **Structure organisationnelle** : les postes qui relèvent directement du titulaire, avec leur groupe et niveau et leur effectif (ETP).
4\\. **Dimensions** : les ETP, le budget salarial, le budget de F et E et le budget total.
5\\. **Responsabilités spécifiques** : de six à dix énoncés.

## Approbation

La description doit être signée par le gestionnaire délégué et transmise au Centre d&#39;expertise EX au moins 30&nbsp;jours avant la date d&#39;entrée en vigueur demandée. Les demandes de reclassification d&#39;un poste EX&#8209;03 ou plus sont soumises au Comité de révision des postes EX.

## Modèle

Le modèle (Word, 64&nbsp;ko) est accessible dans la bibliothèque de documents du Centre d&#39;expertise EX.

Personne-ressource : Centre d&#39;expertise EX, RH-EX-CE@hrsdc-rhdcc.gc.ca

Date de modification : 2022-11-30
"""
    docs.append(("Lignes directrices - rédaction des DT EX.md", "markdown", "fr", md.encode(), []))

    # 4. committee meeting notes (Confluence wiki markup, saved as text)
    names = [namer() for _ in range(5)]
    txt = f"""h1. EX Classification Review Committee – Meeting notes 2023-02-14

h2. Attendees
* {names[0]} (Chair)
* {names[1]}
* {names[2]}
* {names[3]} (Secretary)

h2. Agenda
# Review of submitted work descriptions
# Organizational design proposals
# Roundtable

h2. Discussion and decisions
||Position||Proposed||Decision||
|{rng.randint(1000000, 9999999)} Director, Program Integrity|EX-01|Approved, effective 2023-04-01|
|{rng.randint(1000000, 9999999)} Executive Director, Client Data|EX-02|Deferred – revise Nature and Scope|
|NEW Director General, Benefits Modernization|EX-03|Referred to the EX Review Committee|

h2. Action items
* [ ] {names[3]} to send the decision record to the branches by Feb 21
* [ ] {names[4]} to update the org chart on the HR Hub

Created by {names[3]}, last modified by {names[0]} on Feb 15, 2023
"""
    docs.append(("EX Classification Committee - Meeting notes 2023-02-14.txt", "text", "en", txt.encode(), names))

    # 5. the work-description library page, saved as Word
    import docx
    names = [namer() for _ in range(4)]
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created = cp.modified = dt.datetime(2023, 6, 1, 12, 0, 0)
    cp.revision = 1
    d.add_paragraph("Home > Human Resources > Executive Group > Work Descriptions")
    d.add_heading("Executive work descriptions – Library", 1)
    d.add_paragraph("All approved EX work descriptions of the Branch. Open a document to see the full description; "
                    "documents older than five years must be reviewed.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Classification", "Position #", "Modified", "Modified By"]):
        c.text = h
    rows = [("Director, Grants and Contributions.docx", "EX-01", "43817", "2023-03-02", names[0]),
            ("Director General, Program Operations.docx", "EX-03", "40022", "2022-11-17", names[1]),
            ("Executive Director, Client Experience.pdf", "EX-02", "51190", "2021-06-30", names[2]),
            ("Director, Outreach and Engagement - signed.pdf", "EX-01", "43821", "2023-05-19", names[3])]
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    d.add_paragraph("4 items")
    buf = io.BytesIO()
    d.save(buf)
    docs.append(("Executive work descriptions - Library.docx", "docx", "en", fixed_zip(buf.getvalue()), names))

    # 6. a PDF printed from a scanner: no text layer, only drawing
    pages = []
    for k in range(2):
        ops = ["q", "0.95 g", "0 0 595 842 re f", "0 g"]
        for y in range(780, 80, -14):
            x0 = 40 + rng.randint(0, 8)
            w = rng.randint(200, 500)
            ops.append(f"{x0} {y} {w} 6 re f")
        ops.append("Q")
        pages.append(("\n".join(ops) + "\n").encode())
    docs.append(("Scan_WD_Director_Operations_signed.pdf", "pdf", "en", pdf_bytes(pages), []))
    return docs


# --- main --------------------------------------------------------------------------------------------

def dump(doc):
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000)


def main():
    rng = random.Random(SEED)
    namer = Namer(rng)
    corpus, exp = HERE / "corpus", HERE / "expected"
    for d in (corpus, exp):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    n_dept, n_dom = len(T.DEPARTMENTS), len(T.DOMAINS)
    doms = list(range(n_dom))
    rng.shuffle(doms)
    plan = list(PLAN)
    rng.shuffle(plan)
    used = set()
    outputs = []   # (name, bytes, expected)
    positions = []
    for i, (src, kind, lang) in enumerate(plan):
        dom = doms[i % n_dom]
        fits = T.DOMAIN_DEPTS.get(T.DOMAINS[dom][0])
        dept = ([k for k, d in enumerate(T.DEPARTMENTS) if d[2] in fits][i % len(fits)] if fits
                else (i * 7 + 3) % n_dept)
        positions.append(make_position(rng, dept, dom, namer))
    # special documents
    no_reports = {11}
    version_pairs = [(5, ("sharepoint", "markdown", "en"), ("docx", "docx", "en")),
                     (21, ("confluence", "markdown", "en"), ("pdf", "pdf", "en"))]
    # make the pairs: the older/ first is the planned document, the second replaces a later planned slot of the same kind
    pair_of = {}
    for first, a, b in version_pairs:
        i_a = next(i for i in range(first, 30) if plan[i] == a and i not in pair_of.values() and i not in pair_of)
        i_b = next(i for i in range(i_a + 1, 45) if plan[i] == b and i not in pair_of and i not in pair_of.values())
        pair_of[i_a] = i_b
    paired = set(pair_of) | set(pair_of.values())
    ocr_docs = {next(i for i in range(45) if plan[i][0] == "confluence" and i not in paired),
                next(i for i in range(45) if plan[i][0] == "docx" and i not in paired)}
    done_pairs = {}
    fr_count = 0
    for i, (src, kind, lang) in enumerate(plan):
        st = style_for(rng, src, kind, lang)
        if src in ("docx", "pdf"):
            st["wrap_src"] = rng.choice(["sharepoint", "confluence", "canada", "gcwiki"])
            if st["wrap_src"] == "confluence" and lang != "en":
                st["wrap_src"] = "sharepoint"
        st["ocr"] = i in ocr_docs
        st["no_reports"] = i in no_reports
        base = next((k for k, v in pair_of.items() if v == i), None)
        if base is not None:
            p = copy.deepcopy(done_pairs[base][0])
            if src == "docx":   # a newer, revised version
                p["effective_date"] = (p["effective_date"] or dt.date(2020, 1, 1)) + dt.timedelta(days=rng.randint(300, 700))
                if p["salary"] is not None:
                    p["salary"] += 40000
                    if p["total"] is not None:
                        p["total"] += 40000
        else:
            p = state(positions[i], rng, st)
        if lang == "fr":   # the French notations, each at least once
            st["amt"] = ["M", "dec", "million", "full", "M", "K", "dec"][fr_count % 7]
            st["fte"] = ["b", "a", "d", "b", "c", "a", "b"][fr_count % 7]
            if fr_count in (1, 4) and p["effective_date"] is not None and base is None:
                p["effective_date"] = p["effective_date"].replace(day=1)
                st["date"] = "long"
            fr_count += 1
        prng = random.Random(SEED * 1000 + i)
        data, people = render(p, st, prng)
        ext = {"markdown": ".md", "text": ".txt", "text-cp1252": ".txt", "docx": ".docx", "pdf": ".pdf"}[kind]
        if base is not None:
            old_name = done_pairs[base][1]
            stem = old_name.rsplit(".", 1)[0].replace(" (1)", "")
            name = stem + (" - FINAL" if src == "docx" else "") + ext
            used.add(name)
        else:
            name = file_name(p, st, rng, ext, used)
        e = expected(name, kind, st, p, people)
        if i in pair_of:
            done_pairs[i] = (p, name)
        outputs.append([name, data, e, i])
    # versions
    for i_a, i_b in pair_of.items():
        ea = next(o for o in outputs if o[3] == i_a)
        eb = next(o for o in outputs if o[3] == i_b)
        newer = eb[0] if eb[2]["fields"]["effective_date"] != ea[2]["fields"]["effective_date"] else None
        v = {"documents": [ea[0], eb[0]], "newest": newer,
             "note": "a revised version" if newer else "the same description as two files (the page and a PDF print of it)"}
        ea[2]["versions"] = v
        eb[2]["versions"] = v
    for name, kind, lang, data, people in refused(rng, namer):
        outputs.append([name, data, {"document": name, "kind": kind, "language": lang, "outcome": "refuse",
                                     "fields": None, "not_stated": [], "also": None, "people": people,
                                     "versions": None}, None])
    for name, data, e, _ in outputs:
        (corpus / name).write_bytes(data)
        (exp / (name + ".expected.yaml")).write_text(dump(e), encoding="utf-8")
    print(f"{len(outputs)} documents")


if __name__ == "__main__":
    main()
