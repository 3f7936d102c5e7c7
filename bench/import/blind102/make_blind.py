#!/usr/bin/env python3
"""Write the blind102 corpus: bench/import/blind102/corpus/ and expected/.

    /work/main/.venv/bin/python bench/import/blind102/make_blind.py

Deterministic (random.Random(102), fixed .docx timestamps, PDFs by tests/import_files.pdf_bytes):
two runs give the same bytes. Emphasis: dates and identifiers written every way. Positions,
numbers and people are invented; departments are real. Needs python-docx."""
import datetime as dt
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

rng = random.Random(102)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style):
    """(text, hint) for a date; hint is the format note a form puts after its label, or ''."""
    amb = d.day <= 12
    if style == "iso":
        return d.isoformat(), ""
    if style == "iso_hint":
        return d.isoformat(), "(YYYY-MM-DD)"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", "(DD/MM/YYYY)" if amb else ""
    if style == "mdy_slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}", "(MM/DD/YYYY)" if amb else ""
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", ""
    if style == "long_ord":
        return f"{MONTHS_EN[d.month - 1]} {ordinal(d.day)} {d.year}", ""
    if style == "dmy_long":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", ""
    if style == "dotted":
        return f"{d.year}.{d.month:02d}.{d.day:02d}", ""
    if style == "mon_abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}", ""
    if style == "upper":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}", ""
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}", ""
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}", "(YYYYMMDD)"
    if style == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", ""
    if style == "fr_le":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}", ""
    if style == "fr_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", "(JJ/MM/AAAA)" if amb else ""
    if style == "fr_dotted":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", "(JJ.MM.AAAA)" if amb else ""
    if style == "fr_iso":
        return d.isoformat(), "(AAAA-MM-JJ)"
    raise ValueError(style)


def fmt_money(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "cents":
        return f"${v:,}.00"
    if style == "M":
        m = v / 1e6
        s = f"{m:.2f}" if v % 10000 == 0 else f"{m:.3f}"
        return f"${s}M"
    if style == "million":
        m = v / 1e6
        s = f"{m:.2f}" if v % 10000 == 0 else f"{m:.3f}"
        return f"${s} million"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "fr_space":
        return f"{v:,}".replace(",", "\u00a0") + " $"
    if style == "fr_cents":
        return f"{v:,}".replace(",", " ") + ",00 $"
    if style == "fr_M":
        m = v / 1e6
        s = f"{m:.2f}" if v % 10000 == 0 else f"{m:.3f}"
        return s.replace(".", ",") + " M$"
    if style == "fr_k":
        return f"{v // 1000:,}".replace(",", " ") + " k$"
    raise ValueError(style)


def money_style(v, styles):
    ok = [s for s in styles if not ((s in ("K", "fr_k") and v % 1000) or
                                    (s in ("M", "million", "fr_M") and v % 1000))]
    return rng.choice(ok or ["full"])


def fmt_class(level, style):
    return {"dash": f"EX-0{level}", "space": f"EX 0{level}", "tight": f"EX0{level}", "short": f"EX-{level}",
            "short_space": f"EX {level}", "words": f"Executive Group Level {level}", "typo_o": f"EX-O{level}",
            "endash": f"EX \u2013 0{level}", "words_fr": f"Groupe de la direction, niveau {level}",
            "paren": f"(EX-0{level})"}[style]


def pattern(p):
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in p)


def person():
    return f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"


def core_en(branch):
    return re.sub(r" (Branch|Sector|Field|Group)$", "", branch)


def core_fr(branch):
    s = re.sub(r"^(Direction générale|Secteur|Groupe|Bureau)( de la| des| du| de l'| de)?\s*", "", branch)
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------------------------
# The documents to import: (kind, language). Special cases by index below.
PLAN = ([("text", "en")] * 7 + [("text", "fr")] * 2 + [("text", "bi")] * 2 +
        [("text-cp1252", "en")] * 3 + [("text-cp1252", "fr")] * 2 + [("text-cp1252", "bi")] +
        [("ocr", "en")] * 6 + [("ocr", "fr"), ("ocr", "bi")] +
        [("markdown", "en")] * 2 + [("markdown", "fr")] +
        [("docx", "en")] * 7 + [("docx", "fr")] + [("docx", "bi")] * 2 +
        [("pdf", "en")] * 6 + [("pdf", "fr")])
assert len(PLAN) == 45

EFF_EN = ["iso", "dmy_slash", "long", "mdy_slash", "long_ord", "dotted", "dmy_long", "mon_abbr", "upper",
          "ymd_slash", "iso_hint", "compact", "long"]
EFF_FR = ["fr_long", "fr_slash", "fr_le", "fr_iso", "fr_dotted", "fr_long"]
# index -> special effective date: approval (null), fiscal (start of fiscal year), none (no
# effective date, other dates present), sentence (stated only in the certification text), blank
EFF_SPECIAL = {4: "approval", 12: "fiscal", 14: "fiscal", 20: "none", 27: "sentence", 31: "sentence",
               37: "blank", 41: "sentence", 6: "none"}
POS_SPECIAL = {9: "NEW", 22: "TBD"}
VERSION_PAIRS = [(1, 2, True), (28, 43, False)]  # (older, newer, same text)


def make_position(i, kind, lang):
    d = T.DEPARTMENTS[(i * 7 + 3) % len(T.DEPARTMENTS)]
    name_en, name_fr, abbr, cities, rclasses, jc_pat, pos_pat, areas, branches = d
    area, area_fr = rng.choice(areas)
    branch, branch_fr = rng.choice(branches)
    level = [1, 1, 2, 1, 3, 2, 1, 1, 2, 3, 1][i % 11]
    fem = rng.random() < 0.5
    if level == 1:
        title, title_fr = f"Director, {area}", f"{'Directrice' if fem else 'Directeur'}, {area_fr}"
        if rng.random() < 0.3:
            sup = (f"Executive Director, {core_en(branch)}", f"Directeur exécutif, {core_fr(branch_fr)}", 2)
        else:
            sup = (f"Director General, {core_en(branch)}", f"Directeur général, {core_fr(branch_fr)}", 3)
    elif level == 2:
        head, head_fr = rng.choice([("Executive Director", "Directrice exécutive" if fem else "Directeur exécutif"),
                                    ("Senior Director", "Directrice principale" if fem else "Directeur principal"),
                                    ("Regional Director", "Directrice régionale" if fem else "Directeur régional")])
        title, title_fr = f"{head}, {area}", f"{head_fr}, {area_fr}"
        sup = (f"Director General, {core_en(branch)}", f"Directrice générale, {core_fr(branch_fr)}", 3)
    else:
        title, title_fr = f"Director General, {area}", f"{'Directrice générale' if fem else 'Directeur général'}, {area_fr}"
        if abbr in ("CRA", "CBSA", "CFIA", "PHAC"):
            sup = (f"Vice-President, {core_en(branch)}", f"Vice-président, {core_fr(branch_fr)}", 4)
        else:
            sup = (f"Assistant Deputy Minister, {core_en(branch)}", f"Sous-ministre adjoint, {core_fr(branch_fr)}", 5)
    city, prov, prov_fr = rng.choice(cities)
    pos = POS_SPECIAL.get(i) or pattern(pos_pat)
    sup_pos = pattern(pos_pat)
    # direct reports
    n = rng.randint(2, 6)
    subs = rng.sample(T.SUBUNITS, n)
    reports = []
    for k, (sub, sub_fr) in enumerate(subs):
        if level == 3 or (level == 2 and k < 2):
            rt, rt_fr, rc, fte = f"Director, {sub}", f"Directeur, {sub_fr}", "EX-01", rng.randint(12, 70)
        else:
            h, h_fr = rng.choice(T.REPORT_HEADS)
            rt, rt_fr, rc, fte = f"{h}, {sub}", f"{h_fr}, {sub_fr}", rng.choice(rclasses), rng.randint(1, 24)
        reports.append([rt, rt_fr, rc, fte])
    if rng.random() < 0.3:
        reports.append(["Executive Assistant", "Adjointe exécutive", "AS-02", 1])
    fte_total = sum(r[3] for r in reports) + rng.randint(1, 4)
    salary = round(fte_total * rng.randint(82, 112) * 1000, -4)
    om = rng.randint(45, 1400) * 1000
    eff = dt.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.3:
        eff = eff.replace(day=1)
    if rng.random() < 0.15:
        eff = eff.replace(month=4, day=1)
    return dict(
        i=i, kind=kind, lang=lang, dept=name_en, dept_fr=name_fr, abbr=abbr, area=area, area_fr=area_fr,
        branch=branch, branch_fr=branch_fr, level=level, title=title, title_fr=title_fr,
        job_code=pattern(jc_pat) if rng.random() < 0.82 else None, pos=pos,
        sup_pos=sup_pos, sup_title=sup[0], sup_title_fr=sup[1], sup_level=sup[2],
        reports=reports, fte=fte_total, salary=salary, om=om, eff=eff,
        city=city, prov=prov, prov_fr=prov_fr, has_loc=rng.random() < 0.85,
        people=[], fem=fem)


# --------------------------------------------------------------------------------------------
# Abstract document: dict(top=[lines], fields=[(label, value)], sections=[(heading, [blocks])])
# block: ('p', text) | ('ul', [items]) | ('ol', [items]) | ('table', [header], [[cells]])


def L(lang, key, k):
    """A label in the document's language; bilingual: 'English / Français'."""
    if lang == "bi":
        en, fr = T.LABELS["en"][key], T.LABELS["fr"][key]
        return f"{en[k % len(en)]} / {fr[k % len(fr)]}"
    lab = T.LABELS[lang][key]
    return lab[k % len(lab)]


def H(lang, key, k):
    if lang == "bi":
        en, fr = T.HEADINGS["en"][key], T.HEADINGS["fr"][key]
        return f"{en[k % len(en)]} / {fr[k % len(fr)]}"
    h = T.HEADINGS[lang][key]
    return h[k % len(h)]


def build(p):
    i, lang = p["i"], p["lang"]
    fr = lang == "fr"
    truth_lang = "fr" if fr else "en"
    k = rng.randint(0, 11)  # label-variant seed
    truth = {}
    people = []
    # --- classification
    cstyles = ["dash", "space", "short", "tight", "words", "typo_o", "endash", "short_space", "dash"]
    if fr:
        cstyles = ["dash", "words_fr", "space", "short", "dash"]
    cstyle = cstyles[i % len(cstyles)]
    cls_txt = fmt_class(p["level"], cstyle)
    if i % 7 == 3:
        cls_txt += " (Proposed)" if not fr else " (proposé)"
    # --- effective date
    special = EFF_SPECIAL.get(i)
    estyle = (EFF_FR[i % len(EFF_FR)] if fr else EFF_EN[i % len(EFF_EN)])
    eff_txt, hint = fmt_date(p["eff"], estyle)
    eff_truth = p["eff"]
    eff_field = True
    if special == "approval":
        eff_txt, hint, eff_truth = ("Effective upon approval" if not fr else "Dès l'approbation"), "", None
    elif special == "fiscal":
        fy = p["eff"].year
        eff_truth = dt.date(fy, 4, 1)
        eff_txt = (f"Beginning of fiscal year {fy}-{fy + 1}" if not fr else f"Début de l'exercice {fy}-{fy + 1}")
        hint = ""
    elif special in ("none", "sentence"):
        eff_field = False
        if special == "none":
            eff_truth = None
    elif special == "blank":
        eff_txt, hint, eff_truth = "", "", None
    # --- position number
    pos_truth = p["pos"] if p["pos"] not in ("NEW", "TBD") else None
    # --- fields
    fields = []
    tl = L(lang, "title", k)
    if lang == "bi":
        if i % 2:
            fields.append((tl, f"{p['title']} / {p['title_fr']}"))
        else:
            fields.append(("Title (English)", p["title"]))
            fields.append(("Titre (français)", p["title_fr"]))
    else:
        fields.append((tl, p["title_fr"] if fr else p["title"]))
    if i % 10 == 7 and lang != "bi":
        fields[-1] = (fields[-1][0], f"{fields[-1][1]} {fmt_class(p['level'], 'paren')}")
    else:
        fields.append((L(lang, "class", k + 1), cls_txt))
    if p["job_code"]:
        fields.append((L(lang, "job_code", k + 2), p["job_code"]))
    pos_in_fields = i % 9 != 5
    if pos_in_fields:
        fields.append((L(lang, "pos", k + 3), p["pos"]))
    if eff_field:
        lab = L(lang, "eff", k + 4)
        fields.append((f"{lab} {hint}".strip(), eff_txt))
    fields.append((L(lang, "dept", k), p["dept_fr"] if fr else p["dept"]))
    fields.append((L(lang, "branch", k), p["branch_fr"] if fr else p["branch"]))
    loc_txt = None
    if p["has_loc"]:
        if fr:
            loc_txt = f"{p['city']} ({p['prov_fr']})" if i % 2 else f"{p['city']}, {p['prov_fr']}"
        else:
            loc_txt = [f"{p['city']}, {p['prov']}", f"{p['city']} ({p['prov']})", f"{p['city']}, {p['prov']}"][i % 3]
        fields.append((L(lang, "loc", k), loc_txt))
    # supervisor: fields / sentence / title only
    smode = ["fields", "fields", "sentence", "fields", "title_only", "sentence", "fields"][i % 7]
    sup_cls_txt = fmt_class(p["sup_level"], rng.choice(["dash", "dash", "space", "short"]))
    sup_title = p["sup_title_fr"] if fr else p["sup_title"]
    sup_truth = {"position_number": p["sup_pos"], "title": sup_title, "classification": f"EX-0{p['sup_level']}"}
    sentence_sup = None
    if smode == "fields":
        fields.append((L(lang, "sup_pos", k), p["sup_pos"]))
        fields.append((L(lang, "sup_title", k), sup_title))
        fields.append((L(lang, "sup_class", k), sup_cls_txt))
    elif smode == "title_only":
        fields.append((L(lang, "sup_title", k), sup_title))
        sup_truth["position_number"] = None
        sup_truth["classification"] = None
    else:
        if fr:
            sentence_sup = (f"Le titulaire relève {'de la' if sup_title.startswith(('Directrice', 'Sous-ministre adjointe')) else 'du'} "
                            f"{sup_title} ({sup_cls_txt}), poste no {p['sup_pos']}.")
        else:
            sentence_sup = rng.choice([
                f"The {p['title']} reports to the {sup_title} ({sup_cls_txt}), position {p['sup_pos']}.",
                f"The position reports directly to the {sup_title}, {sup_cls_txt} (Pos. # {p['sup_pos']}).",
            ])
    # order of header fields varies
    if i % 4 == 1:
        fields = fields[:1] + fields[4:6] + fields[1:4] + fields[6:]
    # incumbent
    incumbent = None
    if i % 3 == 0:
        incumbent = person()
        fields.append(("Titulaire" if fr else ("Incumbent / Titulaire" if lang == "bi" else "Incumbent"), incumbent))
        people.append(incumbent)

    # --- sections
    fmtvals = dict(title=p["title"], title_short=p["title"].split(",")[0], dept=p["dept"], dept_fr=p["dept_fr"],
                   dept_short=p["abbr"], area=p["area"], area_l=p["area"].lower(), area_fr_l=p["area_fr"].lower(), sup=p["sup_title"])
    secs = []
    template_csr = i % 6 == 2 and not fr
    ga = (rng.choice(T.GA_FR) if fr else rng.choice(T.GA_EN)).format(**fmtvals)
    if lang == "bi":
        ga = ga if False else rng.choice(T.GA_EN).format(**fmtvals) + "\n\n" + rng.choice(T.GA_FR).format(**fmtvals)
    if template_csr:
        secs.append((H(lang, "csr", k), [("p", rng.choice(T.CSR_EN).format(**fmtvals))]))
    else:
        secs.append((H(lang, "ga", k), [("p", x) for x in ga.split("\n\n")]))
    # organization: supervisor sentence + direct reports
    rstyle_en = ["paren", "cls_first", "dash", "table", "staff", "prose", "bracket", "paren", "table"]
    rstyle_fr = ["paren_fr", "effectif", "table", "paren_fr", "prose_fr"]
    rstyle = (rstyle_fr if fr else rstyle_en)[i % (5 if fr else 9)]
    drop = i % 5  # 0: some without classification, 1: some without FTE, else complete
    rep_truth = []
    items = []
    for j, (rt, rt_fr, rc, fte) in enumerate(p["reports"]):
        t = rt_fr if fr else rt
        c = None if (drop == 0 and j % 2 == 1) else rc
        f = None if (drop == 1 and j >= 1) else fte
        rep_truth.append({"title": t, "classification": c, "fte": f})
        items.append((t, c, f))
    org_blocks = []
    intro_en = f"Reporting to the {p['title']} are:" if rstyle != "prose" else None
    intro_fr = "Les postes suivants relèvent du titulaire :"
    if sentence_sup:
        org_blocks.append(("p", sentence_sup))
    if rstyle == "table":
        hdr = (["Titre du poste", "Groupe/niveau", "ETP"] if fr else
               ["Position", "Group/Level", "FTEs"] if lang != "bi" else ["Position / Poste", "Classification", "FTEs / ETP"])
        org_blocks.append(("p", intro_fr if fr else intro_en))
        org_blocks.append(("table", hdr, [[t, c or "", "" if f is None else str(f)] for t, c, f in items]))
    elif rstyle in ("prose", "prose_fr"):
        parts = []
        for t, c, f in items:
            if fr:
                parts.append(f"le {t}" + (f" ({c})" if c else "") + (f", avec un effectif de {f}" if f is not None else ""))
            else:
                parts.append(f"the {t}" + (f" ({c})" if c else "") + (f" with a staff of {f}" if f is not None else ""))
        if fr:
            org_blocks.append(("p", "Relèvent du titulaire : " + "; ".join(parts) + "."))
        else:
            org_blocks.append(("p", f"Reporting to the {p['title']} are " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."))
    else:
        lines = []
        for t, c, f in items:
            if rstyle == "paren":
                inner = ", ".join(x for x in [c, None if f is None else f"{f} FTE{'s' if f != 1 else ''}"] if x)
                lines.append(f"{t} ({inner})" if inner else t)
            elif rstyle == "cls_first":
                lines.append((f"{c} - " if c else "") + t + (f" ({f} FTE)" if f is not None else ""))
            elif rstyle == "dash":
                lines.append(" \u2013 ".join(x for x in [t, c, None if f is None else f"{f} FTEs"] if x))
            elif rstyle == "staff":
                lines.append(t + (f" ({c})" if c else "") + (f", staff of {f}" if f is not None else ""))
            elif rstyle == "bracket":
                lines.append(t + (f" [{c}]" if c else "") + (f" ({f} FTEs)" if f is not None else ""))
            elif rstyle == "paren_fr":
                inner = ", ".join(x for x in [c, None if f is None else f"{f} ETP"] if x)
                lines.append(f"{t} ({inner})" if inner else t)
            elif rstyle == "effectif":
                lines.append(t + (f" ({c})" if c else "") + (f", effectif de {f}" if f is not None else ""))
        org_blocks.append(("p", intro_fr if fr else intro_en))
        org_blocks.append(("ul", lines))
    secs.append((H(lang, "org", k), org_blocks))
    ns = (rng.choice(T.NS_FR) if fr else rng.choice(T.NS_EN)).format(**fmtvals)
    if not template_csr:
        secs.append((H(lang, "ns", k), [("p", ns)]))
    # dimensions
    dmode = ["kv", "kv", "table", "sentence", "kv", "thousands", "kv", "partial", "opbudget", "kv", "table"][i % 11]
    sal, om = p["salary"], p["om"]
    total = sal + om
    mstyles = (["fr_space", "fr_cents", "fr_M", "fr_k"] if fr else ["full", "M", "K", "million", "cents", "M"])
    t_sal, t_om, t_total, t_op, t_prog = sal, om, total, None, None
    lab = (lambda en, frl: frl if fr else (f"{en} / {frl}" if lang == "bi" else en))
    fte_lab = rng.choice(["ETP", "Équivalents temps plein (ETP)"]) if fr else rng.choice(["FTEs", "FTE's", "Full-time equivalents", "Number of FTEs"])
    if lang == "bi":
        fte_lab = "FTEs / ETP"
    dblocks = []
    if dmode == "kv" or dmode == "partial":
        kv = [(fte_lab, str(p["fte"])),
              (lab("Salary", "Salaires") if rng.random() < .5 else lab("Salary budget", "Budget salarial"), fmt_money(sal, money_style(sal, mstyles))),
              (lab("O&M", "F et E") if rng.random() < .5 else lab("Operating and Maintenance", "Fonctionnement et entretien"), fmt_money(om, money_style(om, mstyles)))]
        if dmode == "kv":
            kv.append((lab("Total", "Total"), fmt_money(total, money_style(total, mstyles))))
        else:
            t_total = None
        if i % 4 == 0:
            t_prog = rng.randint(5, 400) * 100000
            kv.append((lab("Grants and Contributions", "Subventions et contributions"), fmt_money(t_prog, money_style(t_prog, mstyles))))
        dblocks.append(("kv", kv))
    elif dmode == "table":
        hdr = ["Ressource", "Montant"] if fr else ["Resource", "Amount"]
        dblocks.append(("table", hdr, [[fte_lab, str(p["fte"])],
                                       [lab("Salary", "Salaires"), fmt_money(sal, money_style(sal, mstyles))],
                                       [lab("O&M", "F et E"), fmt_money(om, money_style(om, mstyles))],
                                       [lab("Total", "Total"), fmt_money(total, money_style(total, mstyles))]]))
    elif dmode == "thousands":
        hdr = ["(en milliers de dollars)", ""] if fr else ["($000)", ""]
        th = lambda v: (f"{v / 1000:,.0f}".replace(",", " ") if fr else f"{v / 1000:,.0f}")  # noqa: E731
        if fr or sal % 1000 or om % 1000:
            pass
        dblocks.append(("p", (f"{fte_lab} : {p['fte']}" if fr else f"{fte_lab}: {p['fte']}")))
        dblocks.append(("table", hdr, [[lab("Salary", "Salaires"), th(sal)], [lab("O&M", "F et E"), th(om)],
                                       [lab("Total", "Total"), th(total)]]))
    elif dmode == "sentence":
        if fr:
            dblocks.append(("p", f"La direction compte {p['fte']} ETP et dispose d'un budget salarial de "
                                 f"{fmt_money(sal, money_style(sal, mstyles))} et d'un budget de fonctionnement et d'entretien de "
                                 f"{fmt_money(om, money_style(om, mstyles))}, pour un total de {fmt_money(total, money_style(total, mstyles))}."))
        else:
            dblocks.append(("p", f"The Directorate has {p['fte']} FTEs, a salary budget of {fmt_money(sal, money_style(sal, mstyles))} "
                                 f"and an O&M budget of {fmt_money(om, money_style(om, mstyles))}, for a total of "
                                 f"{fmt_money(total, money_style(total, mstyles))}."))
    elif dmode == "opbudget":
        t_sal = t_om = t_total = None
        t_op = sal + om
        dblocks.append(("kv", [(fte_lab, str(p["fte"])),
                               (lab("Operating Budget", "Budget de fonctionnement"), fmt_money(t_op, money_style(t_op, mstyles)))]))
    fy = (p["eff"].year if p["eff"].month >= 4 else p["eff"].year - 1)
    fy_note = (f"Budget {fy}-{str(fy + 1)[2:]}" if not fr else f"Exercice {fy}-{fy + 1}")
    if i % 3 == 1:
        dblocks.insert(0, ("p", fy_note))
    secs.append((H(lang, "dims", k), dblocks))
    sa = [s.format(**fmtvals) for s in rng.sample(T.SA_FR if fr else T.SA_EN, rng.randint(4, 6))]
    secs.append((H(lang, "sa", k), [("ol", sa)]))
    if lang == "bi" and i % 2 == 0:
        secs.append(("VERSION FRANÇAISE", [("p", rng.choice(T.GA_FR).format(**fmtvals)), ("ol", [s.format(**fmtvals) for s in rng.sample(T.SA_FR, 4)])]))
    # section order varies: dims before specific accountabilities or after
    if i % 3 == 2:
        secs = [secs[0]] + [s for s in secs[1:] if s[0] == H(lang, "dims", k)] + [s for s in secs[1:] if s[0] != H(lang, "dims", k)]
    # --- certification: several dates, one is the effective date
    cert = []
    sup_name, adm_name = person(), person()
    people += [sup_name, adm_name]
    d_sign1 = p["eff"] - dt.timedelta(days=rng.randint(10, 90))
    d_sign2 = d_sign1 + dt.timedelta(days=rng.randint(2, 20))
    d_class = d_sign2 + dt.timedelta(days=rng.randint(3, 40))
    d_print = p["eff"] + dt.timedelta(days=rng.randint(100, 1500))
    if d_print > dt.date(2025, 3, 14):
        d_print = dt.date(2025, 3, 14) - dt.timedelta(days=rng.randint(0, 200))
    sstyle = estyle if estyle not in ("compact",) else "iso"
    if fr:
        cert.append(("p", "L'énoncé qui précède décrit avec exactitude les fonctions du poste."))
        cert.append(("kv", [("Superviseur", f"{sup_name}, {sup_title}"), ("Date", fmt_date(d_sign1, sstyle)[0]),
                            ("Sous-ministre adjoint(e)", adm_name), ("Date", fmt_date(d_sign2, sstyle)[0])]))
    else:
        cert.append(("p", "The foregoing is an accurate statement of the duties and responsibilities assigned to the position."))
        cert.append(("kv", [("Supervisor", f"{sup_name}, {p['sup_title']}"), ("Signature", "________________"),
                            ("Date signed", fmt_date(d_sign1, sstyle)[0]),
                            ("Approved by", adm_name), ("Date", fmt_date(d_sign2, sstyle)[0])]))
    if special == "sentence":
        cert.append(("p", (f"La présente description de travail entre en vigueur le {fmt_date(p['eff'], 'fr_long')[0]}."
                           if fr else f"This work description is effective {fmt_date(p['eff'], estyle)[0]}.")))
    if i % 2 == 0:
        cert.append(("p", (f"Décision de classification : {fmt_date(d_class, sstyle)[0]} — dossier {pattern('CL-##-####')}" if fr
                           else f"Classification decision: {fmt_date(d_class, sstyle)[0]} (file {pattern('CL-##-####')})")))
    if i % 3 != 2:
        cert.append(("p", (f"Imprimé le {fmt_date(d_print, 'fr_iso')[0]}" if fr else f"Printed {fmt_date(d_print, 'iso')[0]} {rng.randint(8, 17)}:{rng.randint(10, 59)}")))
    if i % 4 == 3:
        d_rev = p["eff"] + dt.timedelta(days=rng.randint(20, 400))
        cert.append(("p", f"Révisé : {fmt_date(d_rev, sstyle)[0]}" if fr else f"Revised: {fmt_date(d_rev, sstyle)[0]}"))
    secs.append((H(lang, "cert", k), cert))
    top = []
    if fr:
        top = [p["dept_fr"], rng.choice(["DESCRIPTION DE TRAVAIL — GROUPE DE LA DIRECTION (EX)", "Description de travail de cadre", "DESCRIPTION DE POSTE"])]
    elif lang == "bi":
        top = [f"{p['dept']} / {p['dept_fr']}", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"]
    else:
        top = [p["dept"], rng.choice(["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "WORK DESCRIPTION", "Job Description"])]
    if not pos_in_fields:
        top.append((f"Poste {p['pos']}" if fr else f"Position {p['pos']}"))

    truth = dict(
        title=p["title_fr"] if fr else p["title"], classification=f"EX-0{p['level']}", job_code=p["job_code"],
        position_number=pos_truth, effective_date=eff_truth,
        supervisor=sup_truth, direct_reports=rep_truth, salary=t_sal, o_and_m=t_om, total=t_total,
        location=(loc_txt.replace(" (", ", ").rstrip(")") if loc_txt else None))
    also = dict(fte=p["fte"], operating_budget=t_op, program_budget=t_prog,
                provisional_number=p["pos"] if p["pos"] in ("NEW", "TBD") else None)
    if lang == "bi":
        also["title_fr"] = p["title_fr"]
    doc = dict(top=top, fields=fields, sections=secs, lang=lang, title=p["title"])
    return doc, truth, also, people


# --------------------------------------------------------------------------------------------
# renderers

def render_text(doc, style):
    """style: dict(field=colon|next|dots|tabs|boxes, head=plain|upper|numbered|underline|lettered,
    bullet='- '|'• '|'* '|'o ')"""
    out = list(doc["top"]) + [""]
    fs = doc["fields"]
    sep = " : " if doc["lang"] == "fr" and style.get("frcolon") else ": "
    if style["field"] == "colon":
        out += [f"{a}{sep}{b}" for a, b in fs]
    elif style["field"] == "next":
        for a, b in fs:
            out += [f"{a}:", f"    {b}"]
    elif style["field"] == "dots":
        w = max(len(a) for a, _ in fs) + 6
        out += [f"{a} {'.' * (w - len(a))} {b}" for a, b in fs]
    elif style["field"] == "tabs":
        out += [f"{a}\t{b}" for a, b in fs]
    elif style["field"] == "boxes":
        for j in range(0, len(fs), 2):
            pair = fs[j:j + 2]
            w = max(44, max(len(x) for ab in pair for x in ab) + 4)
            out.append("".join(f"{a.upper():<{w}}" for a, _ in pair).rstrip())
            out.append("".join(f"{b:<{w}}" for _, b in pair).rstrip())
            out.append("")
    out.append("")
    for n, (h, blocks) in enumerate(doc["sections"], 1):
        hs = style["head"]
        if hs == "upper":
            out.append(h.upper())
        elif hs == "numbered":
            out.append(f"{n}. {h}")
        elif hs == "underline":
            out += [h, "-" * len(h)]
        elif hs == "lettered":
            out.append(f"{'ABCDEFGHIJ'[n - 1]}) {h.upper()}")
        else:
            out.append(h + (":" if style.get("hcolon") else ""))
        out.append("")
        for b in blocks:
            if b[0] == "p":
                out += textwrap.wrap(b[1], style.get("width", 96)) if style.get("wrap") else [b[1]]
            elif b[0] == "ul":
                out += [f"{style['bullet']}{x}" for x in b[1]]
            elif b[0] == "ol":
                out += [f"{m}. {x}" for m, x in enumerate(b[1], 1)]
            elif b[0] == "kv":
                out += [f"{a}{sep}{v}" for a, v in b[1]]
            elif b[0] == "table":
                rows = [b[1]] + b[2]
                ws = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
                if style.get("tabletabs"):
                    out += ["\t".join(r) for r in rows]
                else:
                    for r_i, r in enumerate(rows):
                        out.append("| " + " | ".join(f"{r[c]:<{ws[c]}}" for c in range(len(r))) + " |")
                        if r_i == 0:
                            out.append("|" + "|".join("-" * (w + 2) for w in ws) + "|")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(doc):
    out = [f"# {doc['top'][-1] if len(doc['top']) > 1 else 'Work Description'}", "", f"*{doc['top'][0]}*", "",
           "## " + ("Renseignements sur le poste" if doc["lang"] == "fr" else "Position Details"), ""]
    out += [f"*   **{a}:** {b}" for a, b in doc["fields"]]
    out.append("")
    for h, blocks in doc["sections"]:
        out += [f"## {h}", ""]
        for b in blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "ul":
                out += [f"*   {x}" for x in b[1]]
            elif b[0] == "ol":
                out += [f"{m}.  {x}" for m, x in enumerate(b[1], 1)]
            elif b[0] == "kv":
                out += [f"*   **{a}:** {v}" for a, v in b[1]]
            elif b[0] == "table":
                out.append("| " + " | ".join(b[1]) + " |")
                out.append("|" + "|".join("---" for _ in b[1]) + "|")
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def docx_bytes(build_fn):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    cp.author = "HR Services"
    cp.last_modified_by = "HR Services"
    cp.created = dt.datetime(2023, 1, 9, 9, 0, 0)
    cp.modified = dt.datetime(2023, 1, 9, 9, 0, 0)
    cp.revision = 1
    cp.title = ""
    build_fn(d)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 1, 9, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_docx(doc, style):
    def fill(d):
        for t in doc["top"]:
            para = d.add_paragraph()
            para.add_run(t).bold = True
        if style["field"] == "table":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for a, b in doc["fields"]:
                cells = tab.add_row().cells
                cells[0].text, cells[1].text = a, b
        else:
            for a, b in doc["fields"]:
                para = d.add_paragraph()
                para.add_run(f"{a}:").bold = True
                para.add_run(f"\t{b}")
        for h, blocks in doc["sections"]:
            if style["head"] == "heading":
                d.add_heading(h, level=2)
            else:
                para = d.add_paragraph()
                para.add_run(h.upper()).bold = True
            for b in blocks:
                if b[0] == "p":
                    d.add_paragraph(b[1])
                elif b[0] == "ul":
                    for x in b[1]:
                        d.add_paragraph(x, style="List Bullet")
                elif b[0] == "ol":
                    for x in b[1]:
                        d.add_paragraph(x, style="List Number")
                elif b[0] == "kv":
                    for a, v in b[1]:
                        d.add_paragraph(f"{a}: {v}")
                elif b[0] == "table":
                    tab = d.add_table(rows=1, cols=len(b[1]))
                    tab.style = "Table Grid"
                    for c, x in enumerate(b[1]):
                        tab.rows[0].cells[c].text = x
                    for r in b[2]:
                        cells = tab.add_row().cells
                        for c, x in enumerate(r):
                            cells[c].text = x
    return docx_bytes(fill)


def paginate(text, per_page, header, lang):
    lines = text.split("\n")
    pages = [lines[j:j + per_page] for j in range(0, len(lines), per_page)]
    n = len(pages)
    out = []
    for m, pg in enumerate(pages, 1):
        foot = f"Page {m} de {n}" if lang == "fr" else f"Page {m} of {n}"
        out.append("\n".join(([header, ""] if m > 1 else []) + pg + ["", f"{header}    {foot}"]))
    return out


def render_pdf(doc, style):
    style = dict(style, wrap=True, width=100)
    text = render_text(doc, style)
    text = text.replace("\u2014", "-").replace("\u00a0", " ")
    return pdf_bytes(paginate(text, 58, style["running"], doc["lang"]))


# OCR damage ---------------------------------------------------------------------------------
DIGIT_SUB = {"0": "O", "1": "I", "5": "S", "8": "B"}


def damage_value(s, p):
    return "".join((rng.choice("Il") if c == "1" else DIGIT_SUB[c]) if c in DIGIT_SUB and rng.random() < p else c
                   for c in s)


def damage_prose(s, p):
    words = s.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < p:
            w = w.replace("m", "rn", 1)
        elif r < 2 * p:
            w = w.replace("l", "I", 1)
        elif r < 3 * p:
            w = w.replace("e", "c", 1)
        elif r < 3.4 * p:
            w = w.replace("i", "l", 1)
        out.append(w)
    res = out[:1]
    for w in out[1:]:
        if rng.random() < p / 2:
            res[-1] = res[-1] + w
        else:
            res.append(w)
    return " ".join(res)


def ocr_doc(doc, strength):
    """A copy of the abstract document as an OCR engine would give it back."""
    dd = dict(doc)
    dd["fields"] = [(damage_prose(a, strength / 3), damage_value(b, strength)) for a, b in doc["fields"]]
    secs = []
    for h, blocks in doc["sections"]:
        nb = []
        for b in blocks:
            if b[0] == "p":
                nb.append(("p", damage_value(damage_prose(b[1], strength / 2), strength / 2)))
            elif b[0] in ("ul", "ol"):
                nb.append((b[0], [damage_value(damage_prose(x, strength / 3), strength) for x in b[1]]))
            elif b[0] == "kv":
                nb.append(("kv", [(a, damage_value(v, strength)) for a, v in b[1]]))
            elif b[0] == "table":
                nb.append(("table", b[1], [[damage_value(c, strength) for c in r] for r in b[2]]))
        secs.append((h, nb))
    dd["sections"] = secs
    return dd


def hyphenate_wrap(text, width):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            word_end = line.find(" ", width)
            word_end = len(line) if word_end < 0 else word_end
            word_start = line.rfind(" ", 0, width) + 1
            word = line[word_start:word_end]
            if len(word) > 8 and word.isalpha() and rng.random() < 0.5 and width - word_start > 3:
                mid = width - 1
                out.append(line[:mid] + "-")
                line = line[mid:]
            else:
                cut = cut if cut > 0 else width
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def render_ocr(doc, style, strength, mode, running):
    dd = ocr_doc(doc, strength)
    text = render_text(dd, dict(style, wrap=False))
    if mode == "run":
        pages = paginate(hyphenate_wrap(text, 90), 60, running, doc["lang"])
        body = " ".join(" ".join(x.split()) for x in pages)
        return "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n"
    pages = paginate(hyphenate_wrap(text, 84), 52, running, doc["lang"])
    return "\f".join(pages) + "\n"


# --------------------------------------------------------------------------------------------
# refused documents

def refused_docs():
    docs = []
    # 1. memo (docx, English)
    a, b, c = person(), person(), person()

    def memo(d):
        d.add_paragraph().add_run("MEMORANDUM / NOTE DE SERVICE").bold = True
        for l_ in [f"TO: Directors General, Operations Sector", f"FROM: {a}, Director, Executive Classification",
                   "DATE: 2022-10-17", "FILE: 7150-EX-22",
                   "SUBJECT: Updating executive (EX) work descriptions before the 2023-24 cycle"]:
            d.add_paragraph(l_)
        d.add_paragraph("As part of the annual review, all EX-01 to EX-03 work descriptions dated before April 1, 2016 "
                        "must be reviewed and, where duties have changed, resubmitted for a classification decision. "
                        "Please send updated descriptions (position number, job code, effective date, supervisor and "
                        "dimensions) to the Executive Classification mailbox by November 30, 2022.")
        d.add_paragraph(f"Questions may be directed to {b} (613-555-0142) or {c}.")
        d.add_paragraph(f"{a}")
    docs.append(("Memo - EX work description review 2022 (signed).docx", "docx", "en",
                 docx_bytes(memo), [a, b, c]))
    # 2. letter of offer (pdf, French)
    a, b = person(), person()
    lettre = "\n".join([
        "Agence du revenu du Canada", "", "Le 3 mars 2021", "", f"{a}", "Ottawa (Ontario)", "",
        "Objet : Offre de nomination intérimaire - Directeur, Programmes d'observation (EX-01), poste 4417-2290", "",
        f"Madame, Monsieur,", "",
        "Nous avons le plaisir de vous offrir une nomination intérimaire au poste de Directeur, Programmes",
        "d'observation, classifié EX-01, à compter du 15 mars 2021 jusqu'au 14 mars 2022. Votre rémunération",
        "sera établie conformément à la Directive sur les conditions d'emploi des cadres supérieurs.", "",
        "Veuillez signer et retourner une copie de la présente lettre d'ici le 10 mars 2021.", "",
        f"{b}", "Vice-présidente, Direction générale du recouvrement et de la vérification", "",
        "J'accepte l'offre ci-dessus : ______________________   Date : ____________"])
    docs.append(("Lettre d'offre - intérim EX-01 (2021).pdf", "pdf", "fr", pdf_bytes([lettre]), [a, b]))
    # 3. org chart (text)
    a, b, c, e = person(), person(), person(), person()
    chart = "\n".join([
        "Fisheries and Oceans Canada - Gulf Region", "ORGANIZATION CHART - Fisheries Management  (as of 2023-06-01)", "",
        f"Regional Director General (EX-04) ......... {a}", "  |",
        f"  +-- Regional Director, Fisheries Management (EX-02)  pos. A-21907 ..... {b}",
        "  |     +-- Manager, Resource Management (BI-04)",
        "  |     +-- Chief, Licensing (PM-05)",
        "  |     +-- Area Director, Gulf NB (EX-01) ... vacant",
        f"  +-- Director, Small Craft Harbours (EX-01)  pos. A-21955 ..... {c}",
        f"  +-- Director, Aquatic Ecosystems (EX-01)  pos. A-21962 ....... {e}", "",
        "Prepared by Regional HR - not a work description"])
    docs.append(("Org chart Gulf Region FM 2023.txt", "text", "en", chart.encode("utf-8"), [a, b, c, e]))
    # 4. performance agreement (docx, bilingual)
    a, b = person(), person()

    def pma(d):
        d.add_paragraph().add_run("Executive Performance Agreement 2022-2023 / Entente de rendement des cadres 2022-2023").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for x, y in [("Executive / Cadre", a), ("Position / Poste", "Director, Network Services (EX-01) - 384120"),
                     ("Supervisor / Superviseur", b), ("Period / Période", "2022-04-01 to/au 2023-03-31")]:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = x, y
        d.add_paragraph("Commitment 1 - Business results: complete the migration of 40 departmental sites to the enterprise network by Q4.")
        d.add_paragraph("Commitment 2 - Leadership: implement the mental health action plan in all teams.")
        d.add_paragraph("Engagement 3 - Résultats : réduire de 15 % le nombre d'incidents critiques.")
        d.add_paragraph("Signature of executive / Signature du cadre: ____________  Date: 2022-05-12")
        d.add_paragraph("Signature of supervisor / Signature du superviseur: ____________  Date: 2022-05-19")
    docs.append(("PMA 2022-23 - Network Services - FINAL.docx", "docx", "bilingual", docx_bytes(pma), [a, b]))
    # 5. scanned PDF without a text layer
    ops = []
    for y in range(760, 80, -14):
        x = 40 + (y * 7) % 30
        w = 300 + (y * 13) % 200
        ops.append(f"{x} {y} {w} 6 re f")
    page = ("0.2 g\n" + "\n".join(ops) + "\n").encode()
    docs.append(("Scan_20190611_143022 WD Director EX-01.pdf", "pdf", "en", pdf_bytes([page, page, b""]), []))
    return docs


# --------------------------------------------------------------------------------------------
# YAML

def q(s):
    return "'" + str(s).replace("'", "''") + "'"


def yv(v):
    if v is None:
        return "null"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return q(v)


def expected_yaml(name, kind, lang, outcome, fields, also, people, versions):
    out = [f"document: {q(name)}", f"kind: {kind}", f"language: {lang}", f"outcome: {outcome}"]
    not_stated = []
    if fields is None:
        out.append("fields: null")
    else:
        out.append("fields:")
        for key in ["title", "classification", "job_code", "position_number", "effective_date"]:
            out.append(f"  {key}: {yv(fields[key])}")
            if fields[key] is None:
                not_stated.append(key)
        s = fields["supervisor"]
        out.append("  supervisor:")
        for key in ["position_number", "title", "classification"]:
            out.append(f"    {key}: {yv(s[key])}")
            if s[key] is None:
                not_stated.append(f"supervisor.{key}")
        if fields["direct_reports"]:
            out.append("  direct_reports:")
            for r in fields["direct_reports"]:
                out.append(f"  - title: {yv(r['title'])}")
                out.append(f"    classification: {yv(r['classification'])}")
                out.append(f"    fte: {yv(r['fte'])}")
        else:
            out.append("  direct_reports: []")
            not_stated.append("direct_reports")
        for key in ["salary", "o_and_m", "total", "location"]:
            out.append(f"  {key}: {yv(fields[key])}")
            if fields[key] is None:
                not_stated.append(key)
    out.append(f"not_stated: [{', '.join(not_stated)}]")
    if also is None:
        out.append("also: null")
    else:
        out.append("also:")
        out += [f"  {a}: {yv(b)}" for a, b in also.items()]
    if people:
        out.append("people:")
        out += [f"- {q(x)}" for x in people]
    else:
        out.append("people: []")
    if versions:
        out.append("versions:")
        out.append("  documents:")
        out += [f"  - {q(x)}" for x in versions["documents"]]
        out.append(f"  newest: {q(versions['newest'])}")
        out.append(f"  same_text: {'true' if versions['same_text'] else 'false'}")
    else:
        out.append("versions: null")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
EXT = {"text": ".txt", "text-cp1252": ".txt", "ocr": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}


def file_name(p, n):
    t, tf, lv, yr = p["title"], p["title_fr"], p["level"], p["eff"].year
    pos = p["pos"]
    if p["lang"] == "fr":
        forms = [f"DT {tf}", f"Description de travail - {tf} (signée)", f"{tf} EX-0{lv} {yr}",
                 f"{tf} - révisée", f"DE_{p['abbr']}_{tf}", f"{tf} - version finale"]
    else:
        forms = [f"{t} - EX-0{lv}", f"{t} {yr}", f"EX-0{lv} {t} - FINAL", f"{pos} {t} (1)", f"WD - {t} - signed",
                 f"{t}_v3_FINAL", f"{p['abbr']} {t} rev {yr}", f"{t} ({pos})", f"Work description - {t}",
                 f"{t} - updated {yr} - clean copy"]
    return forms[n % len(forms)]


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    positions = [make_position(i, kind, lang) for i, (kind, lang) in enumerate(PLAN)]
    # version pairs share one position; the newer one differs in O&M and effective date
    old, new = 28, 43
    positions[new] = dict(positions[old], i=new, kind=positions[new]["kind"], lang=positions[new]["lang"])
    positions[new]["om"] = positions[old]["om"] + 60000
    positions[new]["eff"] = positions[old]["eff"] + dt.timedelta(days=730)
    positions[2] = dict(positions[1], i=2)
    for i, sp in EFF_SPECIAL.items():
        if sp == "fiscal":
            positions[i]["eff"] = dt.date(positions[i]["eff"].year, 4, 1)
    names, outputs = {}, []
    for p in positions:
        i = p["i"]
        if i == 2:  # the same description saved twice: same bytes
            outputs.append(dict(outputs[1], p=p, name=None))
            continue
        doc, truth, also, people = build(p)
        kind, lang = p["kind"], p["lang"]
        fstyles = ["colon", "next", "dots", "tabs", "boxes", "colon", "dots"]
        hstyles = ["plain", "upper", "numbered", "underline", "lettered", "plain"]
        style = dict(field=fstyles[i % len(fstyles)], head=hstyles[i % len(hstyles)],
                     bullet=["- ", "• ", "* ", "o "][i % 4], frcolon=i % 2 == 0, hcolon=i % 3 == 0,
                     tabletabs=i % 2 == 1, wrap=i % 2 == 0,
                     running=f"{p['abbr']} - {p['title_fr'] if p['lang'] == 'fr' else p['title']}" if i % 2 else f"EX Work Description / Description de travail EX")
        if kind in ("text", "text-cp1252"):
            body = render_text(doc, style)
            if kind == "text-cp1252":
                body = body.replace("'", "\u2019").replace("\n", "\r\n").replace("\u00a0", " ")
                data = body.encode("cp1252")
            else:
                data = body.encode("utf-8")
        elif kind == "markdown":
            data = render_md(doc).encode("utf-8")
        elif kind == "docx":
            data = render_docx(doc, dict(field="table" if i % 3 else "para", head="heading" if i % 2 else "bold"))
        elif kind == "pdf":
            data = render_pdf(doc, style)
        elif kind == "ocr":
            strength = [0.12, 0.25, 0.4][i % 3]
            mode = "run" if i % 2 else "lines"
            data = render_ocr(doc, style, strength, mode, style["running"]).encode("utf-8")
        outputs.append(dict(p=p, data=data, truth=truth, also=also, people=people, name=None))
    # names
    for o, p in zip(outputs, positions):
        base = file_name(p, p["i"] * 3 + len(p["title"]))
        if p["i"] == 1:
            base = f"{p['title']} - EX-0{p['level']}"
        if p["i"] == 2:
            base = f"{p['title']} - EX-0{p['level']} (1)"
        if p["i"] == 28:
            base = f"{p['title']} - DRAFT"
        if p["i"] == 43:
            base = f"{p['title']} - FINAL - signed"
        name = base + EXT[p["kind"]]
        while name in names:
            name = name[:-len(EXT[p["kind"]])] + " (2)" + EXT[p["kind"]]
        names[name] = 1
        o["name"] = name
    ver = {}
    for a, b_, same in VERSION_PAIRS:
        v = dict(documents=[outputs[a]["name"], outputs[b_]["name"]], newest=outputs[b_]["name"], same_text=same)
        ver[a] = ver[b_] = v
    kinds = {}
    for o in outputs:
        p = o["p"]
        (corpus / o["name"]).write_bytes(o["data"])
        o["people"] = list(dict.fromkeys(o["people"]))
        lang = {"en": "en", "fr": "fr", "bi": "bilingual"}[p["lang"]]
        (expected / f"{o['name']}.expected.yaml").write_text(
            expected_yaml(o["name"], p["kind"], lang, "import", o["truth"], o["also"], o["people"], ver.get(p["i"])),
            encoding="utf-8")
        kinds[(p["kind"], lang)] = kinds.get((p["kind"], lang), 0) + 1
    for name, kind, lang, data, people in refused_docs():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            expected_yaml(name, kind, lang, "refuse", None, None, people, None), encoding="utf-8")
    print(f"{len(list(corpus.iterdir()))} documents written")


if __name__ == "__main__":
    main()
