#!/usr/bin/env python3
"""Writes the blind65 corpus: EX work descriptions as conversions leave them, and their ground truth.

    /work/main/.venv/bin/python bench/import/blind65/make_blind.py

Emphasis: documents as they come out of the conversions people run - .doc files opened and saved as
text by LibreOffice (tabs for alignment, tables flattened to tab-separated lines, odd spacing), Word's
"Save as plain text" with line breaks at 80 columns, pages copied from SharePoint or GCdocs into
Notepad (labels and values on separate lines, navigation crumbs, "Last modified by" lines), e-mails
with the description pasted inline (quoted with '>' in replies) and Markdown written by hand; a few
.docx rebuilt from such text and PDFs printed from it. Everything is drawn from one seeded random
generator, so two runs write the same bytes (the .docx zip entries get a fixed date).

Writes corpus/ and expected/ next to this file (both emptied first).
"""
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
sys.path.insert(0, str(HERE.parents[2]))

import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

SEED = 650065
NBSP = "\u00a0"


# ============================================================== notations
STYLE = {"cls": 0, "money": 0}  # the notations a document keeps to (set per document by build)


def cls_fmt(cls: str, rng: random.Random, allow_paren=False) -> str:
    g, n = cls.rsplit("-", 1)
    forms = [f"{g}-{n}", f"{g}-{n}", f"{g} {n}", f"{g}-{int(n)}", f"{g}{n}", f"{g} - {n}"]
    k = STYLE["cls"] if rng.random() < 0.9 else rng.randrange(len(forms))
    return forms[k]


def date_fmt(d: dt.date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        forms = [f"{day} {T.MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(),
                 f"le {day} {T.MONTHS_FR[d.month - 1]} {d.year}", f"{d.day} {T.MONTHS_FR[d.month - 1]} {d.year}"]
        if d.day > 12:
            forms.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
        return rng.choice(forms)
    m = T.MONTHS_EN[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    forms = [f"{m} {d.day}, {d.year}", d.isoformat(), f"{d.day} {m} {d.year}", f"{m} {d.day}{suf}, {d.year}",
             f"{m[:3]}. {d.day}, {d.year}" if m != "May" else f"May {d.day}, {d.year}", d.strftime("%Y/%m/%d"),
             f"{d.day:02d}-{m[:3]}-{d.year}"]
    return rng.choice(forms)


def _trim(x: float) -> str:
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s


def money(v: int, lang: str, rng: random.Random, sep=" ") -> str:
    if lang == "fr":
        grouped = f"{v:,}".replace(",", sep)
        forms = [f"{grouped} $", f"{_trim(v / 1e6).replace('.', ',')} M$", f"{grouped},00 $",
                 f"{_trim(v / 1e6).replace('.', ',')} million $" if v >= 1_000_000 else f"{grouped} $",
                 f"{v // 1000} k$" if v % 1000 == 0 else f"{grouped} $"]
        return forms[STYLE["money"] % len(forms)] if rng.random() < 0.75 else rng.choice(forms)
    forms = [f"${v:,}", f"${v:,}", f"${_trim(v / 1e6)}M", f"${v:,}.00",
             f"${_trim(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}",
             f"${v // 1000:,}K" if v % 1000 == 0 else f"${v:,}"]
    return forms[STYLE["money"] % len(forms)] if rng.random() < 0.75 else rng.choice(forms)


# ============================================================== positions
def person(rng: random.Random, lang: str) -> str:
    if lang == "fr":
        return f"{rng.choice(T.FIRST_FR)} {rng.choice(T.LAST_FR)}"
    return f"{rng.choice(T.FIRST_EN)} {rng.choice(T.LAST_EN)}"


ROLES = {  # level -> (English, French masculine, French feminine, short English)
    "EX-01": [("Director", "Directeur", "Directrice", "Director")],
    "EX-02": [("Executive Director", "Directeur exécutif", "Directrice exécutive", "Executive Director"),
              ("Senior Director", "Directeur principal", "Directrice principale", "Senior Director")],
    "EX-03": [("Director General", "Directeur général", "Directrice générale", "Director General"),
              ("Regional Director General", "Directeur général régional", "Directrice générale régionale",
               "Regional Director General")],
}


def make_position(idx: int, rng: random.Random) -> dict:
    dept = T.DEPTS[idx % len(T.DEPTS)] if idx < len(T.DEPTS) else rng.choice(T.DEPTS)
    level = rng.choice(["EX-01"] * 5 + ["EX-02"] * 3 + ["EX-03"] * 2)
    role = ROLES[level][0] if rng.random() < 0.75 else ROLES[level][-1]
    if level == "EX-03":
        role = ROLES[level][1] if T.AREAS[idx][0].startswith("Regional") else ROLES[level][0]
    fem = rng.random() < 0.5
    area_en, area_fr = T.AREAS[idx]
    p = {"idx": idx, "dept": dept, "level": level, "fem": fem, "area_en": area_en, "area_fr": area_fr,
         "title_en": f"{role[0]}, {area_en}", "title_fr": f"{role[2] if fem else role[1]}, {area_fr}",
         "short_en": role[3], "short_fr": role[2] if fem else role[1]}
    city = rng.choice(dept[4])
    p["loc"] = city if rng.random() < 0.85 else None
    p["job_code"] = str(rng.randint(100100, 109899)) if rng.random() < 0.55 else None
    r = rng.random()
    if r < 0.12:
        p["pos"], p["pos_shown"] = None, rng.choice(["NEW", "TBD", "To be assigned"])
    else:
        n = rng.choice([rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(10000, 99999)])
        p["pos"] = f"{n:08d}" if rng.random() < 0.2 else str(n)
        p["pos_shown"] = p["pos"]
    p["eff"] = (dt.date(2009, 1, 1) + dt.timedelta(days=rng.randint(0, 15 * 365))) if rng.random() < 0.82 else None
    # supervisor
    branch = rng.choice(T.BRANCHES)
    sfem = rng.random() < 0.5
    if level == "EX-01":
        if rng.random() < 0.6:
            st = (f"Director General, {branch[0]}", f"Directrice générale, {branch[1]}" if sfem else
                  f"Directeur général, {branch[1]}", "EX-03")
        else:
            st = (f"Executive Director, {branch[0]}", f"Directrice exécutive, {branch[1]}" if sfem else
                  f"Directeur exécutif, {branch[1]}", "EX-02")
    elif level == "EX-02":
        st = (f"Director General, {branch[0]}", f"Directrice générale, {branch[1]}" if sfem else
              f"Directeur général, {branch[1]}", "EX-03")
    else:
        if rng.random() < 0.7:
            st = (f"Assistant Deputy Minister, {branch[0]}", f"Sous-ministre adjointe, {branch[1]}" if sfem else
                  f"Sous-ministre adjoint, {branch[1]}", "EX-05")
        else:
            st = (f"Associate Assistant Deputy Minister, {branch[0]}", f"Sous-ministre adjointe déléguée, {branch[1]}"
                  if sfem else f"Sous-ministre adjoint délégué, {branch[1]}", "EX-04")
    p["branch"] = branch
    p["sfem"] = sfem
    p["sup"] = {"title_en": st[0] if rng.random() < 0.92 else None, "title_fr": st[1],
                "cls": st[2] if rng.random() < 0.75 else None,
                "pos": str(rng.randint(10000, 99999)) if rng.random() < 0.6 else None}
    if p["sup"]["title_en"] is None:
        p["sup"]["title_fr"] = None
    # direct reports
    subs = rng.sample(T.SUBS, 6)
    n = rng.randint(2, 5)
    reports = []
    for k in range(n):
        s_en, s_fr = subs[k]
        rf = rng.random() < 0.5
        if level in ("EX-02", "EX-03") and rng.random() < 0.7:
            reports.append({"en": f"Director, {s_en}", "fr": f"{'Directrice' if rf else 'Directeur'}, {s_fr}",
                            "cls": "EX-01", "fte": rng.randint(12, 80)})
        else:
            kind = rng.choice(["Manager", "Manager", "Chief", "Team Leader"])
            fr = {"Manager": "Gestionnaire", "Chief": "Chef", "Team Leader": "Chef d'équipe"}[kind]
            reports.append({"en": f"{kind}, {s_en}", "fr": f"{fr}, {s_fr}", "cls": rng.choice(T.REPORT_GROUPS),
                            "fte": rng.randint(3, 35)})
    if rng.random() < 0.5:
        rf = rng.random() < 0.5
        reports.append({"en": "Senior Advisor", "fr": "Conseillère principale" if rf else "Conseiller principal",
                        "cls": rng.choice(["EC-06", "EC-07", "AS-06", "PM-06"]), "fte": 1})
    if rng.random() < 0.35:
        rf = rng.random() < 0.7
        reports.append({"en": "Executive Assistant", "fr": "Adjointe exécutive" if rf else "Adjoint exécutif",
                        "cls": rng.choice(["AS-01", "AS-02", "CR-05"]), "fte": 1})
    p["reports"] = reports
    staff = sum(r["fte"] for r in reports) + 1
    p["fte"] = staff
    sal = round(staff * rng.randint(88, 118) * 1000, -3)
    if rng.random() < 0.3:
        sal = round(sal, -4)
    om = rng.choice([rng.randint(40, 400), rng.randint(400, 3000)]) * 1000
    if rng.random() < 0.3:
        om = round(om, -4)
    p["salary"], p["om"], p["total"] = sal, om, sal + om
    p["gc"] = rng.randint(5, 250) * 1_000_000 if rng.random() < 0.2 else None
    p["incumbent"] = None
    return p


# ============================================================== document model
def pick(rng, seq):
    return rng.choice(seq)


def labels_for(lang):
    return {"en": T.L_EN, "fr": T.L_FR, "bilingual": T.L_BI}[lang]


def heads_for(lang, rng, key, short=""):
    if lang == "bilingual":
        return f"{T.H_EN[key][0]} / {T.H_FR[key][0]}".replace("{short}", short)
    return pick(rng, (T.H_FR if lang == "fr" else T.H_EN)[key]).replace("{short}", short)


def report_line(r: dict, lang: str, form: str, rng: random.Random, drop_cls: bool, drop_fte: bool) -> str:
    t = r["fr"] if lang == "fr" else r["en"]
    c = None if drop_cls else cls_fmt(r["cls"], rng)
    f = None if drop_fte else r["fte"]
    if lang == "fr":
        ftxt = None if f is None else pick(rng, [f"{f} ETP", f"effectif de {f}", f"{f} ETP"])
    else:
        ftxt = None if f is None else pick(rng, [f"{f} FTEs", f"{f} FTEs", f"staff of {f}", f"{f} FTE's"])
        if f == 1:
            ftxt = pick(rng, ["1 FTE", "1 FTE", "staff of 1"])
    if form == "paren":
        inner = ", ".join(x for x in (c, ftxt) if x)
        return f"{t} ({inner})" if inner else t
    if form == "dash":
        parts = [t] + [x for x in (c, ftxt) if x]
        return " – ".join(parts) if rng.random() < 0.5 else " - ".join(parts)
    if form == "groupfirst":
        s = f"{c} - {t}" if c else t
        return f"{s} ({ftxt})" if ftxt else s
    raise ValueError(form)


def build(p: dict, lang: str, rng: random.Random, o: dict) -> tuple[list, list, dict]:
    """The document as blocks, the people printed in it, and what it states (for the truth)."""
    L = labels_for(lang)
    fr = lang == "fr"
    STYLE["cls"] = rng.choice([0, 0, 1, 2, 3, 4, 5])
    STYLE["money"] = rng.randrange(6)
    blocks: list = []
    people: list[str] = []
    dept_name = p["dept"][1] if fr else p["dept"][0]
    short = p["short_fr"] if fr else p["short_en"]
    cls_shown = cls_fmt(p["level"], rng)
    title = p["title_fr"] if fr else p["title_en"]
    # ---- document heading
    if lang == "bilingual":
        heading = pick(rng, ["EXECUTIVE GROUP POSITION DESCRIPTION / DESCRIPTION DE POSTE DU GROUPE DE LA DIRECTION",
                             "Work Description / Description de travail",
                             "EX WORK DESCRIPTION / DESCRIPTION DE TRAVAIL EX"])
    elif fr:
        heading = pick(rng, ["DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION (EX)", "Description de travail",
                             "DESCRIPTION DE POSTE DE CADRE", "Description de travail – Cadres de direction"])
    else:
        heading = pick(rng, ["EXECUTIVE GROUP POSITION DESCRIPTION", "Work Description", "EX WORK DESCRIPTION",
                             "Executive Work Description", "POSITION DESCRIPTION - EXECUTIVE GROUP"])
    blocks.append(("title", heading))
    # ---- header fields
    kv = []
    if lang == "bilingual" and o.get("bi_title_split"):
        kv.append(("title", T.L_EN["title"][0], p["title_en"]))
        kv.append(("title", T.L_FR["title"][0], p["title_fr"]))
    elif lang == "bilingual":
        kv.append(("title", pick(rng, L["title"]), f"{p['title_en']} / {p['title_fr']}"))
    else:
        kv.append(("title", pick(rng, L["title"]), title))
    kv.append(("cls", pick(rng, L["cls"]), cls_shown))
    if p["job_code"]:
        kv.append(("job_code", pick(rng, L["job_code"]), p["job_code"]))
    pos_shown = p["pos_shown"]
    if p["pos"] is None and fr:
        pos_shown = pick(rng, ["NOUVEAU", "À déterminer", "À venir"])
    kv.append(("pos", pick(rng, L["pos"]), pos_shown))
    if p["eff"]:
        kv.append(("eff", pick(rng, L["eff"]), date_fmt(p["eff"], "fr" if fr else "en", rng)))
    if o.get("dept_kv", True):
        kv.append(("dept", pick(rng, L["dept"]), dept_name))
    if rng.random() < 0.5:
        kv.append(("branch", pick(rng, L["branch"]), p["branch"][1] if fr else p["branch"][0]))
    sup = p["sup"]
    sup_title = (sup["title_fr"] if fr else sup["title_en"]) if sup["title_en"] else None
    sup_mode = o.get("sup_mode", "kv")
    if sup_title is None and sup_mode == "sentence":
        sup_mode = "kv"
    if sup_mode == "kv":
        if sup["pos"]:
            kv.append(("sup_pos", pick(rng, L["sup_pos"]), sup["pos"]))
        if sup_title:
            kv.append(("sup_title", pick(rng, L["sup_title"]), sup_title))
        if sup["cls"]:
            kv.append(("sup_cls", pick(rng, L["sup_cls"]), cls_fmt(sup["cls"], rng)))
    loc_text = None
    if p["loc"]:
        city, pen, pfr, post = p["loc"]
        if fr:
            loc_text = pick(rng, [f"{city} (Québec)" if pfr == "Québec" else f"{city} ({pfr})", f"{city}, {pfr}",
                                  f"{city} ({post})"])
        else:
            loc_text = pick(rng, [f"{city}, {pen}", f"{city}, {post}", f"{city} ({pen})", f"{city}, {pen}"])
        if o.get("loc_end"):
            pass
        else:
            kv.append(("loc", pick(rng, L["loc"]), loc_text))
    if o.get("incumbent"):
        name = person(rng, "fr" if fr else "en")
        people.append(name)
        kv.append(("incumbent", pick(rng, L["incumbent"]), name))
    # a little shuffling of the middle of the header
    if o.get("shuffle") and len(kv) > 4:
        mid = kv[2:]
        rng.shuffle(mid)
        kv = kv[:2] + mid
    blocks.append(("kv", kv))

    # ---- body sections
    area_l = p["area_fr"].lower() if fr else p["area_en"].lower()
    fmt = {"short": (short if fr else short), "area_l": area_l, "dept": dept_name}
    ga_pool = T.GA_FR if fr else T.GA_EN
    ns_pool = T.NS_FR if fr else T.NS_EN
    sa_pool = T.SA_FR if fr else T.SA_EN
    hl = "fr" if fr else lang

    def H(key):
        return heads_for(hl, rng, key, short)

    sec_ga = [("h", H("ga")), ("p", pick(rng, ga_pool).format(**fmt))]
    if lang == "bilingual":
        sec_ga.append(("p", pick(rng, T.GA_FR).format(short=p["short_fr"], area_l=p["area_fr"].lower(),
                                                      dept=p["dept"][1])))
    # organization
    sec_org = [("h", H("org"))]
    if sup_mode == "sentence":
        cl = f" ({cls_fmt(sup['cls'], rng)})" if sup["cls"] else ""
        pn = ""
        if sup["pos"]:
            pn = f", poste no {sup['pos']}" if fr else pick(rng, [f", position {sup['pos']}",
                                                                   f" (position no. {sup['pos']})"])
        if fr:
            art = "de la" if p["sfem"] else "du"
            sec_org.append(("p", f"{'La' if p['fem'] else 'Le'} {short.lower()} relève {art} {sup_title}{cl}{pn}. "
                                 f"Le poste est l'un des {rng.randint(3, 7)} postes de direction qui relèvent "
                                 f"{art} {sup_title.split(',')[0].lower()}."))
        else:
            sec_org.append(("p", f"The {short} reports to the {sup_title}{cl}{pn}. The position is one of "
                                 f"{rng.randint(3, 7)} senior management positions reporting to the "
                                 f"{sup_title.split(',')[0]}."))
    else:
        if fr:
            sec_org.append(("p", f"Le poste est l'un des {rng.randint(3, 7)} postes de cadre de la direction "
                                 "générale."))
        else:
            sec_org.append(("p", f"The {short} is one of {rng.randint(3, 7)} senior management positions in the "
                                 f"{'Branch' if rng.random() < 0.5 else 'Sector'}."))
    reps = p["reports"]
    drop_cls = o.get("drop_cls", False)
    drop_fte = o.get("drop_fte", False)
    rform = o.get("reports", "paren")
    truth_reports = [{"title": (r["fr"] if fr else r["en"]), "classification": None if drop_cls else r["cls"],
                      "fte": None if drop_fte else r["fte"]} for r in reps]
    intro = H("reports")
    if rform == "table":
        head = (["Poste", "Groupe et niveau", "ETP"] if fr else
                pick(rng, [["Position", "Group/Level", "FTEs"], ["Title", "Classification", "FTE"],
                           ["Position Title", "Level", "Staff"]]))
        rows = [head]
        for r in reps:
            rows.append([r["fr"] if fr else r["en"], "" if drop_cls else cls_fmt(r["cls"], rng),
                         "" if drop_fte else str(r["fte"])])
        if drop_cls:
            rows = [[a, c] for a, b, c in rows]
        if drop_fte:
            rows = [[a, b] for a, b, *_ in rows]
        sec_org += [("p", intro), ("table", rows)]
    elif rform == "prose":
        parts = []
        for r in reps:
            t = r["fr"] if fr else r["en"]
            c = "" if drop_cls else f" ({cls_fmt(r['cls'], rng)})"
            if drop_fte:
                f = ""
            elif fr:
                f = f", effectif de {r['fte']}" if r["fte"] > 1 else ", 1 ETP"
            else:
                f = f", with a staff of {r['fte']}" if r["fte"] > 1 else ", 1 FTE"
            parts.append(f"{'le' if fr and not t.startswith(('Directrice', 'Conseillère', 'Adjointe')) else 'la' if fr else 'the'} {t}{c}{f}")
        if fr:
            s = f"Relèvent du ou de la titulaire : {'; '.join(parts[:-1])}; et {parts[-1]}."
        else:
            s = f"Reporting to the {short} are: {'; '.join(parts[:-1])}; and {parts[-1]}."
        sec_org.append(("p", s))
    else:
        items = [report_line(r, "fr" if fr else "en", rform, rng, drop_cls, drop_fte) for r in reps]
        sec_org += [("p", intro), ("list", items, False)]
    # nature and scope
    ns = rng.sample(ns_pool, 2)
    sec_ns = [("h", H("ns"))] + [("p", x.format(**fmt)) for x in ns]
    # dimensions
    dim_rows = []
    D = T.D_FR if fr else T.D_EN
    mlang = "fr" if fr else "en"
    msep = NBSP if o.get("nbsp") else " "
    stated = {"salary": p["salary"], "o_and_m": p["om"], "total": p["total"]}
    dmode = o.get("dims", "all")
    if dmode == "no_total":
        stated["total"] = None
    elif dmode == "total_only":
        stated["salary"] = stated["o_and_m"] = None
    fte_stated = p["fte"] if o.get("fte", True) else None
    if fte_stated:
        dim_rows.append((pick(rng, D["fte"]), str(fte_stated)))
    if stated["salary"]:
        dim_rows.append((pick(rng, D["salary"]), money(stated["salary"], mlang, rng, msep)))
    if stated["o_and_m"]:
        dim_rows.append((pick(rng, D["om"]), money(stated["o_and_m"], mlang, rng, msep)))
    if stated["total"]:
        dim_rows.append((pick(rng, D["total"]), money(stated["total"], mlang, rng, msep)))
    if p["gc"]:
        dim_rows.append((pick(rng, D["gc"]), money(p["gc"], mlang, rng)))
    sec_dim = [("h", H("dim"))]
    if o.get("dims_table") and len(dim_rows) > 1:
        sec_dim.append(("table", [[a for a, _ in dim_rows], [b for _, b in dim_rows]]))
    else:
        sec_dim.append(("kv", [("dim", a, b) for a, b in dim_rows]))
    # accountabilities
    if o.get("csr"):
        sec_sa = [("h", H("csr")), ("p", pick(rng, T.CSR_FR if fr else T.CSR_EN).format(**fmt)),
                  ("h", H("ka")), ("list", rng.sample(sa_pool, rng.randint(4, 6)), False)]
    else:
        sec_sa = [("h", H("sa")), ("list", rng.sample(sa_pool, rng.randint(4, 7)), True)]
    order = o.get("order", "classic")
    if order == "classic":
        body = sec_ga + sec_org + sec_ns + sec_dim + sec_sa
    elif order == "dims_first":
        body = sec_ga + sec_dim + sec_org + sec_sa + sec_ns
    else:
        body = sec_ga + sec_sa + sec_org + sec_ns + sec_dim
    blocks += body
    if loc_text and o.get("loc_end"):
        blocks.append(("kv", [("loc", pick(rng, L["loc"]), loc_text)]))
    # certification / signatures
    if o.get("sign", True):
        n1 = people[0] if people else person(rng, "fr" if fr else "en")
        n2 = person(rng, "fr" if fr else "en")
        people += [n1, n2]
        if fr:
            sig = [H("cert"),
                   "L'énoncé qui précède décrit avec exactitude les fonctions attribuées au poste.",
                   f"Titulaire : {n1}    Date : ____________",
                   f"Superviseur : {n2}, {sup_title or 'sous-ministre adjoint'}    Date : ____________"]
        else:
            sig = [H("cert"),
                   "The foregoing is an accurate and complete statement of the duties assigned to the position.",
                   f"Incumbent: {n1}    Date: ____________",
                   f"Supervisor: {n2}, {sup_title or 'Assistant Deputy Minister'}    Date: ____________"]
        blocks.append(("sig", sig))
    truth = {"title": p["title_en"] if lang != "fr" else p["title_fr"],
             "title_fr": p["title_fr"] if lang == "bilingual" else None,
             "classification": p["level"], "job_code": p["job_code"], "position_number": p["pos"],
             "effective_date": p["eff"],
             "supervisor": {"position_number": sup["pos"], "title": sup_title, "classification": sup["cls"]},
             "direct_reports": truth_reports, **stated,
             "location": None if not p["loc"] else (f"{p['loc'][0]}, {p['loc'][2] if fr else p['loc'][1]}"),
             "fte": fte_stated, "program_budget": p["gc"]}
    return blocks, people, truth


# ============================================================== serializers
def ser_libre(blocks, rng) -> str:
    """A .doc opened and saved as text by LibreOffice: tabs for alignment, tables as tab rows."""
    out = []
    colon = rng.random() < 0.7
    for b in blocks:
        if b[0] == "title":
            out += ["\t\t" + b[1], ""]
        elif b[0] == "kv":
            for _, lab, val in b[1]:
                lab2 = lab + (":" if colon else "")
                tabs = "\t" * max(1, (32 - len(lab2)) // 8 + (1 if rng.random() < 0.3 else 0))
                out.append(f"{lab2}{tabs}{val}" + (" \t" if rng.random() < 0.2 else ""))
            out.append("")
        elif b[0] == "h":
            out += ["", b[1], ""] if rng.random() < 0.5 else [b[1]]
        elif b[0] == "p":
            out.append(b[1].replace(". ", ".  ") if rng.random() < 0.4 else b[1])
        elif b[0] == "list":
            for k, it in enumerate(b[1], 1):
                out.append(f"{k}.\t{it}" if b[2] else f"•\t{it}")
        elif b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row))
            out.append("")
        elif b[0] == "sig":
            out.append("")
            out += b[1]
    return "\n".join(out) + "\n"


def wrap80(s: str, width=80) -> list[str]:
    if len(s) <= width:
        return [s]
    return textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False)


def ser_word80(blocks, rng, width=80) -> str:
    """Word's 'Save as plain text' with 'insert line breaks': lines broken at 80 columns."""
    out = []
    bullet = pick(rng, ["o   ", "-   ", "*   ", "·   "])
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper(), ""]
        elif b[0] == "kv":
            for _, lab, val in b[1]:
                out += wrap80(f"{lab}: {val}", width)
            out.append("")
        elif b[0] == "h":
            out += [b[1], ""]
        elif b[0] == "p":
            out += wrap80(b[1], width) + [""]
        elif b[0] == "list":
            for k, it in enumerate(b[1], 1):
                out += wrap80((f"{k}.  " if b[2] else bullet) + it, width)
            out.append("")
        elif b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row))
            out.append("")
        elif b[0] == "sig":
            out += [x for line in b[1] for x in wrap80(line, width)]
    return "\n".join(out) + "\n"


def ser_web(blocks, rng, lang, p, people) -> str:
    """A SharePoint or GCdocs page selected and pasted into Notepad."""
    fr = lang == "fr"
    dept_short = p["dept"][3] if fr else p["dept"][2]
    editor = person(rng, "fr" if fr else "en")
    last, first = editor.split(" ", 1)[1], editor.split(" ", 1)[0]
    people.append(editor)
    mod = dt.date(2021, 1, 4) + dt.timedelta(days=rng.randint(0, 900))
    gcdocs = rng.random() < 0.5
    out = []
    if gcdocs:
        out += ["Skip to main content" if not fr else "Passer au contenu principal", "GCdocs", "",
                "Enterprise Workspace" if not fr else "Espace de travail de l'entreprise",
                " > ".join(["Enterprise", "Human Resources" if not fr else "Ressources humaines",
                            "Classification", "EX", "Work Descriptions" if not fr else "Descriptions de travail",
                            str(mod.year)]),
                ""]
    else:
        out += [f"{dept_short} Intranet", "Home\tNews\tTools\tHR Hub" if not fr else "Accueil\tNouvelles\tOutils\tCarrefour RH",
                f"HR Hub > Classification > {'EX Work Descriptions' if not fr else 'Descriptions de travail EX'}",
                "", "Share\tFollow\tEdit" if not fr else "Partager\tSuivre\tModifier", ""]
    for b in blocks:
        if b[0] == "title":
            out.append(b[1])
            if gcdocs:
                out.append(f"Last modified by {last}, {first} on {mod.isoformat()} {rng.randint(8, 16)}:{rng.randint(10, 59)}"
                           if not fr else f"Dernière modification par {last}, {first} le {mod.isoformat()}")
            else:
                out.append(f"Modified {T.MONTHS_EN[mod.month - 1]} {mod.day}, {mod.year} by {editor}" if not fr else
                           f"Modifié le {mod.day} {T.MONTHS_FR[mod.month - 1]} {mod.year} par {editor}")
            out.append("")
        elif b[0] == "kv":
            for _, lab, val in b[1]:
                out += [lab, val]
            out.append("")
        elif b[0] == "h":
            out += [b[1]]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "list":
            out += list(b[1]) + [""]
        elif b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row) + "\t")
            out.append("")
        elif b[0] == "sig":
            out += b[1]
    if gcdocs:
        out += ["", "Version 3 of 3" if not fr else "Version 3 de 3", "Size: 48 KB" if not fr else "Taille : 48 Ko",
                "Categories\tAudit\tVersions" if not fr else "Catégories\tVérification\tVersions"]
    else:
        out += ["", "Was this page helpful?" if not fr else "Cette page vous a-t-elle été utile?",
                "Yes\tNo" if not fr else "Oui\tNon", "Terms and conditions\tPrivacy" if not fr else
                "Avis\tConfidentialité"]
    return "\n".join(out) + "\n"


def ser_md(blocks, rng) -> str:
    """Markdown someone wrote by hand while converting a Word description."""
    style = pick(rng, ["bold", "bullet", "table", "plain"])
    out = []
    if rng.random() < 0.25:  # front matter, as some note-taking tools want it
        kv = next(b[1] for b in blocks if b[0] == "kv")
        out += ["---", f"title: \"{kv[0][2]}\"", f"classification: {kv[1][2]}", "status: final", "---", ""]
    for b in blocks:
        if b[0] == "title":
            out += [f"# {b[1]}", ""]
        elif b[0] == "kv":
            if style == "table" and len(b[1]) > 3:
                out += ["| Field | Value |", "|---|---|"] + [f"| {lab} | {val} |" for _, lab, val in b[1]]
            elif style == "bullet":
                out += [f"- **{lab}**: {val}" for _, lab, val in b[1]]
            elif style == "plain":
                out += [f"{lab}: {val}  " for _, lab, val in b[1]]
            else:
                out += [f"**{lab}:** {val}  " for _, lab, val in b[1]]
            out.append("")
        elif b[0] == "h":
            out += [f"## {b[1].title() if b[1].isupper() else b[1]}", ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "list":
            out += [(f"{k}. " if b[2] else "- ") + it for k, it in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            rows = b[1]
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif b[0] == "sig":
            out += ["---", ""] + [f"{x}  " for x in b[1]]
    return "\n".join(out) + "\n"


# ============================================================== e-mail wrapper
def email(body: str, rng, lang, p, people, quoted: bool) -> str:
    fr = lang == "fr"
    sender = person(rng, "fr" if fr else "en")
    to = person(rng, "fr" if fr else "en")
    people += [sender, to]
    ds = p["dept"][2] + "/" + p["dept"][3]
    sent = dt.datetime(2020, 2, 3, 9, 0) + dt.timedelta(days=rng.randint(0, 1200), minutes=rng.randint(0, 500))
    sl, sf = sender.split(" ", 1)[1], sender.split(" ", 1)[0]
    tl, tf = to.split(" ", 1)[1], to.split(" ", 1)[0]
    dom = p["dept"][2].lower().replace(" ", "") + "-" + p["dept"][3].lower().replace(" ", "") + ".gc.ca"
    title = p["title_fr"] if fr else p["title_en"]
    if fr:
        head = [f"De : {sl}, {sf} ({ds}) <{sf.lower()}.{sl.lower()}@{dom}>",
                f"Envoyé : {sent.day} {T.MONTHS_FR[sent.month - 1]} {sent.year} {sent:%H:%M}",
                f"À : {tl}, {tf} ({ds})",
                f"Objet : {'RE : ' if quoted else 'TR : '}Description de travail EX - {title}", ""]
        msg = [f"Bonjour {tf},", "",
               pick(rng, ["Voici la version finale de la description de travail, telle qu'approuvée par le comité.",
                          "Comme convenu, je colle ci-dessous le texte de la description de travail pour ton dossier.",
                          "Tu trouveras ci-dessous la description mise à jour. Le fichier Word ne s'ouvrait pas."]),
               "", "Merci,", sf, "", f"{sender}", "Conseiller(ère) en classification | Classification Advisor",
               f"Ressources humaines | {p['dept'][1]}", f"Tél. : 819-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", ""]
        sep = ["-----Message d'origine-----" if quoted else "---------- Message transféré ----------",
               f"De : {tl}, {tf} ({ds})", f"Envoyé : {sent.day - 1 if sent.day > 1 else 1} "
               f"{T.MONTHS_FR[sent.month - 1]} {sent.year}", f"Objet : Description de travail EX", ""]
    else:
        head = [f"From: {sl}, {sf} ({ds}) <{sf.lower()}.{sl.lower().replace(chr(39), '')}@{dom}>",
                f"Sent: {sent:%A}, {T.MONTHS_EN[sent.month - 1]} {sent.day}, {sent.year} {sent:%I:%M %p}",
                f"To: {tl}, {tf} ({ds})",
                f"Subject: {'RE: ' if quoted else 'FW: '}EX work description - {title}", ""]
        msg = [f"Hi {tf},", "",
               pick(rng, ["Approved - no further changes from our side. See the text below.",
                          "Looks good. I've left the text below as is for the file."] if quoted else
                    ["Below is the final text of the work description as approved by the committee.",
                     "As discussed, I've pasted the description below since the attachment was blocked.",
                     "Please see the updated description below - the only changes are in the dimensions."]),
               "", "Thanks,", sf, "", sender, "Classification Advisor | Conseiller(ère) en classification",
               f"Human Resources | {p['dept'][0]}", f"Tel: 613-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", ""]
        sep = ["-----Original Message-----" if quoted else "---------- Forwarded message ---------",
               f"From: {tl}, {tf} ({ds})", f"Sent: {T.MONTHS_EN[sent.month - 1]} {max(1, sent.day - 1)}, {sent.year}",
               "Subject: EX work description", ""]
    lines = body.rstrip("\n").split("\n")
    if quoted:
        lines = [("> " + x) if x else ">" for x in lines]
        sep = [("> " + x) if x else ">" for x in sep[1:]]
        sep = ["", ("-----Message d'origine-----" if fr else "-----Original Message-----")] + sep
    disclaimer = ["", "This e-mail may contain privileged or confidential information. / Ce courriel peut contenir "
                      "des renseignements confidentiels."]
    return "\n".join(head + msg + sep + lines + disclaimer) + "\n"


# ============================================================== docx and pdf
def docx_bytes(blocks, rng, header_table: bool) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "HR Services"
    cp.last_modified_by = "HR Services"
    cp.created = cp.modified = dt.datetime(2021, 5, 3, 10, 0, 0)
    cp.revision = 1
    for b in blocks:
        if b[0] == "title":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif b[0] == "kv":
            if header_table and len(b[1]) > 3:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for _, lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    cells[1].text = val
                d.add_paragraph()
            else:
                for _, lab, val in b[1]:
                    para = d.add_paragraph()
                    para.add_run(lab + ":").bold = True
                    para.add_run("\t" + val)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
        elif b[0] == "sig":
            for x in b[1]:
                d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2021, 5, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_pages(text: str, footer: str, per_page=62) -> list[str]:
    lines = []
    for ln in text.split("\n"):
        lines += wrap80(ln.replace("\t", "    "), 96) if ln else [""]
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(chunks)
    return ["\n".join(c + ["", f"{footer}    Page {k} of {n}"]) for k, c in enumerate(chunks, 1)]


# ============================================================== the plan
# (style, language, encoding or kind, file name, options)
# styles: libre, word80, web, email_q (reply, quoted), email_f (forward), md, docx, pdf
PLAN = [
    # -- LibreOffice .doc -> .txt
    ("libre", "en", "utf-8", "{t} - {c}.txt", {"reports": "table", "dims_table": True}),
    ("libre", "en", "cp1252", "{t}.txt", {"reports": "table", "incumbent": True}),
    ("libre", "en", "utf-8", "WD {n} {t}.txt", {"reports": "groupfirst", "sup_mode": "sentence"}),
    ("libre", "en", "cp1252", "{t} (converted).txt", {"reports": "table", "dims_table": True, "order": "dims_first"}),
    ("libre", "en", "utf-8", "{t}_FINAL.txt", {"reports": "paren", "csr": True}),
    ("libre", "fr", "cp1252", "{t}.txt", {"reports": "table", "dims_table": True, "nbsp": True}),
    ("libre", "fr", "utf-8", "DT {t} - version finale.txt", {"reports": "dash", "sup_mode": "sentence", "nbsp": True}),
    ("libre", "bilingual", "cp1252", "{t} - bilingue.txt", {"reports": "table", "bi_title_split": True}),
    # -- Word 'Save as plain text', 80 columns
    ("word80", "en", "cp1252", "{t}.txt", {"reports": "paren"}),
    ("word80", "en", "cp1252", "{t} - signed.txt", {"reports": "dash", "incumbent": True, "dims": "no_total"}),
    ("word80", "en", "utf-8", "{t} 2019.txt", {"reports": "prose", "sup_mode": "sentence", "loc_end": True}),
    ("word80", "en", "cp1252", "{c} {t}.txt", {"reports": "table", "csr": True, "order": "sa_first"}),
    ("word80", "en", "utf-8", "{t} (1).txt", {"reports": "paren", "drop_fte": True}),
    ("word80", "fr", "cp1252", "{t}.txt", {"reports": "paren", "dims": "total_only"}),
    ("word80", "fr", "cp1252", "{t} (signée).txt", {"reports": "prose", "sup_mode": "sentence"}),
    ("word80", "bilingual", "cp1252", "{t} EN-FR.txt", {"reports": "dash"}),
    # -- SharePoint / GCdocs pasted into Notepad
    ("web", "en", "utf-8", "{t} - GCdocs.txt", {"reports": "paren"}),
    ("web", "en", "utf-8", "{t} from sharepoint.txt", {"reports": "table"}),
    ("web", "en", "cp1252", "copy of {t}.txt", {"reports": "dash", "fte": False}),
    ("web", "en", "utf-8", "{t}.txt", {"reports": "paren", "drop_cls": True, "sign": False}),
    ("web", "en", "utf-8", "{t} - intranet copy.txt", {"reports": "groupfirst", "sup_mode": "sentence"}),
    ("web", "fr", "mojibake", "{t} - GCdocs.txt", {"reports": "paren"}),
    ("web", "bilingual", "utf-8", "{t} - page SharePoint.txt", {"reports": "table", "bi_title_split": True}),
    # -- e-mails
    ("email_q", "en", "utf-8", "RE_ EX work description - {t}.txt", {"reports": "paren"}),
    ("email_q", "en", "cp1252", "RE_ {t} for signature.txt", {"reports": "dash", "incumbent": True}),
    ("email_f", "en", "utf-8", "FW_ {t}.txt", {"reports": "table", "dims": "no_total"}),
    ("email_f", "en", "utf-8", "Fwd - {t} (final text).txt", {"reports": "prose", "sup_mode": "sentence"}),
    ("email_q", "en", "utf-8", "email from classification - {t}.txt", {"reports": "groupfirst", "drop_fte": True}),
    ("email_q", "fr", "utf-8", "RE _ Description de travail - {t}.txt", {"reports": "paren"}),
    ("email_f", "fr", "cp1252", "TR _ {t}.txt", {"reports": "dash", "sup_mode": "sentence"}),
    # -- Markdown by hand
    ("md", "en", "md", "{t}.md", {"reports": "table", "dims_table": True}),
    ("md", "en", "md", "{t} - {c}.md", {"reports": "paren"}),
    ("md", "en", "md", "{t} (notes).md", {"reports": "dash", "csr": True}),
    ("md", "en", "md", "{t}_v2.md", {"reports": "prose", "sup_mode": "sentence"}),
    ("md", "en", "md", "{t} - FINAL.md", {"reports": "table", "incumbent": True}),
    ("md", "en", "md", "wd-{n}.md", {"reports": "paren", "order": "dims_first", "drop_fte": True}),
    ("md", "fr", "md", "{t}.md", {"reports": "table"}),
    ("md", "bilingual", "md", "{t} - bilingue.md", {"reports": "paren"}),
    # -- .docx rebuilt from such text
    ("docx", "en", "docx", "{t} - FINAL.docx", {"reports": "table", "header_table": True}),
    ("docx", "en", "docx", "{t} (reformatted).docx", {"reports": "paren"}),
    ("docx", "en", "docx", "{t} - signed.docx", {"reports": "dash", "dims_table": True, "header_table": True}),
    ("docx", "fr", "docx", "{t} - révisée.docx", {"reports": "table", "header_table": True}),
    ("docx", "bilingual", "docx", "{t} - EN FR.docx", {"reports": "paren", "header_table": True}),
    # -- PDFs printed from the text
    ("pdf", "en", "pdf", "{t} - signed.pdf", {"reports": "paren"}),
    ("pdf", "en", "pdf", "{t}.pdf", {"reports": "table", "dims_table": True}),
]

# versions: (plan index of the older document, plan index of the newer one, what changes)
VERSIONS = [(4, 39, "same"), (32, 40, "newer"), (8, 12, "copy")]

KIND = {"utf-8": "text", "mojibake": "text", "cp1252": "text-cp1252", "md": "markdown", "docx": "docx", "pdf": "pdf"}


def safe_name(s: str) -> str:
    return s.replace("/", "-").replace(":", "")


def render(style, lang, p, rng, o, people):
    blocks, ppl, truth = build(p, lang, rng, o)
    people += ppl
    if style == "libre":
        return ser_libre(blocks, rng), truth
    if style == "word80":
        return ser_word80(blocks, rng), truth
    if style == "web":
        return ser_web(blocks, rng, lang, p, people), truth
    if style in ("email_q", "email_f"):
        inner = ser_word80(blocks, rng, width=76) if rng.random() < 0.5 else ser_libre(blocks, rng)
        return email(inner, rng, lang, p, people, quoted=style == "email_q"), truth
    if style == "md":
        return ser_md(blocks, rng), truth
    if style == "docx":
        return docx_bytes(blocks, rng, o.get("header_table", False)), truth
    if style == "pdf":
        return ser_word80(blocks, rng, width=96), truth
    raise ValueError(style)


def encode(text: str, enc: str, rng) -> bytes:
    if enc == "cp1252":
        return text.replace("\n", "\r\n").encode("cp1252")
    if enc == "mojibake":  # UTF-8 opened as Windows-1252 and saved again as UTF-8
        return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    return text.encode("utf-8")


def truth_yaml(name, kind, lang, truth, people, versions) -> dict:
    fields = {k: truth[k] for k in ("title", "classification", "job_code", "position_number", "effective_date")}
    fields["supervisor"] = truth["supervisor"]
    fields["direct_reports"] = truth["direct_reports"]
    for k in ("salary", "o_and_m", "total", "location"):
        fields[k] = truth[k]
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification")
           if fields["supervisor"][k] is None]
    if not fields["direct_reports"]:
        ns.append("direct_reports")
    ns += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    also = {"fte": truth["fte"], "operating_budget": None, "program_budget": truth["program_budget"],
            "provisional_number": None}
    if truth.get("title_fr"):
        also["title_fr"] = truth["title_fr"]
    seen = []
    for x in people:
        if x not in seen:
            seen.append(x)
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "fields": fields,
            "not_stated": ns, "also": also, "people": seen, "versions": versions}


# ============================================================== documents to refuse
def refusals(rng) -> list[tuple[str, bytes, str, str, list]]:
    out = []
    # 1. a memo as an e-mail saved to text
    a, b = person(rng, "en"), person(rng, "en")
    memo = "\r\n".join([
        f"From: {a.split()[1]}, {a.split()[0]} (ESDC/EDSC)", "Sent: Thursday, October 14, 2021 2:17 PM",
        "To: DL-EX Managers / Gestionnaires EX", f"Cc: {b.split()[1]}, {b.split()[0]} (ESDC/EDSC)",
        "Subject: Reminder - EX work descriptions due for the 2021-22 talent management cycle", "",
        "Good afternoon,", "",
        "As part of the executive talent management cycle, deputy heads must submit EX-03 questionnaires to OCHRO; "
        "EX-01 and EX-02 questionnaires remain voluntary. To support the exercise, please make sure the work "
        "descriptions of all EX positions in your branch are up to date.", "",
        "Please send updated EX work descriptions (Word format, signed) to the Classification mailbox by "
        "November 5, 2021. Descriptions older than five years will need to be reviewed by a classification advisor "
        "before the talent management dialogue.", "",
        "Do not paste descriptions into the body of an e-mail; attach the signed file instead.", "",
        "Thank you,", a, "Manager, Executive Classification", "Human Resources Services Branch", ""])
    out.append(("Reminder - EX work descriptions due (email).txt", memo.encode("cp1252"), "text-cp1252", "en", [a, b]))
    # 2. an offer letter in French (docx)
    import docx
    c, e = person(rng, "fr"), person(rng, "fr")
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "RH"
    cp.created = cp.modified = dt.datetime(2022, 3, 1, 9, 0, 0)
    cp.revision = 1
    for x in ["Le 1er mars 2022", "", c, "Gatineau (Québec)", "",
              "Objet : Offre de nomination intérimaire – Directrice, Services aux clients (EX-01)", "",
              f"Madame {c.split()[1]},",
              "J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice, Services aux "
              "clients (EX-01), poste no 48213, à Services publics et Approvisionnement Canada, du 14 mars 2022 au "
              "13 septembre 2022.",
              "Votre rémunération sera établie conformément à la Directive sur les conditions d'emploi des cadres. "
              "Les autres conditions de votre emploi demeurent inchangées.",
              "Veuillez signer et retourner une copie de la présente lettre d'ici le 8 mars 2022 pour indiquer votre "
              "acceptation.", "", "Veuillez agréer, Madame, l'expression de mes sentiments distingués.", "", e,
              "Directeur général, Opérations des clients", "", "J'accepte l'offre ci-dessus.",
              "Signature : ____________________   Date : ____________"]:
        d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    out.append(("Lettre d'offre - intérim EX-01 (signée).docx", fixed_zip(buf.getvalue()), "docx", "fr", [c, e]))
    # 3. an org chart flattened to text (bilingual, cp1252)
    names = [person(rng, "en") for _ in range(5)]
    org = "\r\n".join([
        "ORGANIZATION CHART / ORGANIGRAMME", "Digital Service Delivery Directorate / Direction de la prestation des "
        "services numériques", "As of April 1, 2023 / En date du 1er avril 2023", "",
        "\t\t\tDirector General / Directeur général (EX-03)", f"\t\t\t{names[0]}", "\t\t\t|",
        "\t-------------------------------------------------", "\t|\t\t\t|\t\t\t|",
        "Director, Service Design\tDirector, Platforms\tDirector, Client Insights",
        "EX-01\t\t\tEX-01\t\t\tEX-01", f"{names[1]}\t\t{names[2]}\t\t{names[3]}",
        "(24 FTEs)\t\t(31 FTEs)\t\t(12 FTEs)", "", f"Executive Assistant (AS-02): {names[4]}", "",
        "Vacant positions shown in grey / Les postes vacants sont en gris", ""])
    out.append(("Org chart DSD April 2023 - organigramme.txt", org.encode("cp1252"), "text-cp1252", "bilingual", names))
    # 4. minutes of a classification committee (Markdown)
    m = [person(rng, "en") for _ in range(3)] + [person(rng, "fr")]
    minutes = "\n".join([
        "# EX Classification Committee – Minutes", "", "**Date:** 2022-11-09  ", "**Location:** 140 Promenade du "
        "Portage, Gatineau, and MS Teams  ", "", "## Present", "", *[f"- {x}" for x in m], "", "## 1. Review of "
        "work descriptions", "",
        "- Director, Client Insights (EX-01): the committee confirmed the EX-01 level. The dimensions ($2.1M "
        "salary, $340K O&M) are to be updated before signature.",
        "- Executive Director, Platforms (EX-02 proposed): deferred; the organization chart and the direct reports "
        "need to be reconciled.", "", "## 2. Action items", "",
        f"| Item | Lead | Due |", "|---|---|---|", f"| Update dimensions | {m[0]} | 2022-11-30 |",
        f"| Reconcile org chart | {m[3]} | 2022-12-15 |", "", "Next meeting: December 14, 2022.", ""])
    out.append(("EX classification committee - minutes 2022-11-09.md", minutes.encode("utf-8"), "markdown", "en", m))
    # 5. an executive performance agreement (PDF with text)
    f, g = person(rng, "en"), person(rng, "en")
    pa = "\n".join([
        "EXECUTIVE PERFORMANCE AGREEMENT 2023-2024", "", f"Executive: {f}", "Position: Director, Regulatory Affairs (EX-01)",
        f"Supervisor: {g}, Director General, Policy and Programs", "Department: Health Canada", "",
        "Part 1 - Commitments", "", "1. Business results: deliver the regulatory modernization plan on schedule;",
        "   publish two regulatory proposals in Canada Gazette, Part I.",
        "2. Management results: maintain a vacancy rate below 10 %; complete all performance reviews by May 31.",
        "3. Leadership competencies: create vision and strategy; mobilize people; uphold integrity and respect.",
        "", "Part 2 - Mid-year review", "", "On track. Staffing actions launched for two PE-05 positions.", "",
        "Part 3 - Signatures", "", f"Executive: {f}            Date: 2023-05-12",
        f"Supervisor: {g}            Date: 2023-05-15", ""])
    out.append(("Performance agreement 2023-24 - signed.pdf", pdf_bytes([pa]), "pdf", "en", [f, g]))
    # 6. a scanned description: a PDF without a text layer
    out.append(("Scan_0042 - EX work description.pdf", pdf_bytes(["", ""]), "pdf", "en", []))
    return out


# ============================================================== main
def main() -> None:
    rng = random.Random(SEED)
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = [make_position(i, rng) for i in range(len(PLAN))]
    # the versions: the second document describes the same position as the first
    for older, newer, how in VERSIONS:
        q = dict(positions[older])
        q["idx"] = positions[newer]["idx"]
        if how == "newer":
            q = {**q, "sup": dict(q["sup"]), "salary": q["salary"] + 85_000}
            q["total"] = q["salary"] + q["om"]
            if q["eff"]:
                q["eff"] = q["eff"] + dt.timedelta(days=400)
            else:
                q["eff"] = dt.date(2023, 4, 1)
        positions[newer] = q
    names: list[str] = []
    docs = []
    for i, (style, lang, enc, pattern, o) in enumerate(PLAN):
        p = positions[i]
        prng = random.Random(SEED * 100 + i)
        people: list[str] = []
        data, truth = render(style, lang, p, prng, o, people)
        t = p["title_fr"] if lang == "fr" else p["title_en"]
        name = safe_name(pattern.format(t=t, n=p["pos"] or p["pos_shown"], c=p["level"]))
        assert name not in names, name
        names.append(name)
        if style == "pdf":
            footer = f"{p['dept'][0]} - {t}"
            raw = pdf_bytes(pdf_pages(data, footer))
        elif isinstance(data, bytes):
            raw = data
        else:
            raw = encode(data, enc, prng)
        docs.append((name, raw, KIND[enc], lang, truth, people))
    vmap = {}
    for older, newer, how in VERSIONS:
        if how == "copy":  # the same file downloaded twice: the same bytes
            name, _, _, lang, truth, people = docs[newer]
            docs[newer] = (name,) + docs[older][1:]
        v = {"documents": [names[older], names[newer]], "newest": None if how == "copy" else names[newer],
             "note": {"same": "the same description in two conversions", "copy": "the same file, downloaded twice",
                      "newer": "a later revision (effective date and salary changed)"}[how]}
        vmap[older] = vmap[newer] = v
    for i, (name, raw, kind, lang, truth, people) in enumerate(docs):
        (corpus / name).write_bytes(raw)
        y = truth_yaml(name, kind, lang, truth, people, vmap.get(i))
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(y, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    for name, raw, kind, lang, people in refusals(random.Random(SEED + 1)):
        (corpus / name).write_bytes(raw)
        y = {"document": name, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
             "not_stated": [], "also": {}, "people": people, "versions": None}
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(y, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    print(f"{len(list(corpus.iterdir()))} documents written to {corpus}")


if __name__ == "__main__":
    main()
