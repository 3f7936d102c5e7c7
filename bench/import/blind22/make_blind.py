#!/usr/bin/env python3
"""Generate the blind22 corpus: EX work descriptions as a departmental HR folder holds them.

    /work/main/.venv/bin/python bench/import/blind22/make_blind.py

Writes corpus/ (OCR text, Word files, one PDF) and expected/ (ground truth, the schema of
bench/import/expected/). Deterministic: every choice comes from a random.Random seeded by the
document's name, and the Word files are re-zipped with fixed timestamps.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import random
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from blind22_positions import BY_KEY, MGMT_EN, MGMT_FR, SCOPE_EN, SCOPE_FR  # noqa: E402
from blind22_render import LABELS, damage_digits, damage_letters, fmt_amt, fmt_cls, fmt_date, heading, wrap  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

# One row per document: name, position, format, label set, options.
#   fmt: ocr | ocr-run | ocr-columns | docx | docx-bilingual-table | docx-en-fr
#   o: date/cls/amt/rcls styles, rstyle (reports), hstyle (headings), fstyle (fields), order, damage, overrides
DOCS = [
    # --- OCR text, English ---
    ("Dir RPO Atlantic EX-01 - signed.txt", "dnd-rpo", "ocr", "dnd", dict(date="long", cls="dash", amt="M", rstyle="paren", hstyle="caps", fstyle="same", footer="DND 1234E (06-2012)", stamp=True)),
    ("Dir RPO Atlantic EX-01 - DRAFT.txt", "dnd-rpo", "ocr", "dnd", dict(date=None, cls="space", amt="full", rstyle="table-flat", hstyle="title", fstyle="next", draft=True, ov=dict(num=None, provisional="TBD", date=None, fte=86, reports_drop=3))),
    ("SCAN_0417_VAC_Dir Disability Adjudication.txt", "vac-dba", "ocr", "vac", dict(date="dmy", cls="dash", amt="full", rstyle="clsfirst", hstyle="capscolon", fstyle="same", wrapper=True, footer="PROTECTED B when completed")),
    ("VAC Western RDG wd 2020.txt", "vac-rdg", "ocr-run", "vac", dict(date="long", cls="dash", amt="M", rstyle="prose", hstyle="caps", fstyle="same", wrapper=True)),
    ("MCTS Superintendent Western - EX1.txt", "ccg-mcts", "ocr", "ps", dict(date="abbr", cls="short", amt="million", rstyle="staff", hstyle="colon", fstyle="same", footer="Canadian Coast Guard - Work Description")),
    ("RD Rail Safety Ontario.txt", "tc-rail", "ocr", "tc", dict(date="dmy-abbr", cls="tight", amt="full", rstyle="dash", hstyle="num", fstyle="pairs", footer="TC Form 81-0012")),
    ("RD Rail Safety Ontario - revised 2022.txt", "tc-rail", "ocr", "tc", dict(date="long", cls="dash", amt="M", rstyle="dash", hstyle="num", fstyle="pairs", footer="TC Form 81-0012", ov=dict(date="2022-03-07", fte=55, sal=6_540_000, om=1_310_000, reports_add=("Manager, Dangerous Goods by Rail", None, "TI-07", 5)))),
    ("DG Crime Prevention EX-02.txt", "ps-crime", "ocr", "ps", dict(date="iso", cls="dash", amt="M", rstyle="list-heading", hstyle="caps", fstyle="same", footer="Public Safety Canada | Sécurité publique Canada", signers=True)),
    ("Resettlement Ops Director (EX-01) scan.txt", "ircc-resettle", "ocr", "ircc", dict(date="long", cls="paren", amt="full", rstyle="paren", hstyle="title", fstyle="same", wrapper=True, order="csr")),
    ("ED Passport Integrity - final signed.txt", "ircc-passport", "ocr", "rcmp", dict(date="dots", cls="dash", amt="cents", rstyle="table-flat", hstyle="letter", fstyle="next", footer="UNCLASSIFIED")),
    ("Warden Drumheller 2018.txt", "csc-drum", "ocr-columns", "csc", dict(date="long", cls="dash", amt="M", rstyle="clsfirst", hstyle="caps", fstyle="same", wrapper=True)),
    ("Warden Drumheller 2018 (2).txt", "csc-drum", "ocr", "csc", dict(date="long", cls="dash", amt="M", rstyle="clsfirst", hstyle="caps", fstyle="same", footer="CSC/SCC 1120E", dup=True)),
    ("DG Indigenous Initiatives.txt", "csc-indig", "ocr", "csc", dict(date="slash-ymd", cls="dash", amt="Mspace", rstyle="staff", hstyle="roman", fstyle="same", order="dims-first", footer="Correctional Service Canada")),
    ("CBSA Niagara District Director - signed.txt", "cbsa-niagara", "ocr-run", "cbsa", dict(date="long", cls="dash", amt="full", rstyle="table-flat", hstyle="caps", fstyle="same", wrapper=True)),
    ("Dir Inland Enforcement GTA.txt", "cbsa-gta", "ocr", "cbsa", dict(date="dmy", cls="space", amt="M", rstyle="prose", hstyle="title", fstyle="same", footer="PROTECTED A / PROTÉGÉ A")),
    ("CFP Executive Director work desc.txt", "rcmp-cfp", "ocr", "rcmp", dict(date="long", cls="dash", amt="million", rstyle="paren", hstyle="numtitle", fstyle="same", footer="RCMP GRC 3118e (2019-01)", cp1252=True)),
    ("PBC RD Atlantic 2014.txt", "pbc-atl", "ocr", "ps", dict(date="long", cls="dash", amt="full", rstyle="nocount", hstyle="caps", fstyle="next", footer="Parole Board of Canada")),
    ("RDG NL Region - EX-03.txt", "dfo-nl", "ocr-columns", "vac", dict(date="long", cls="dash", amt="million", rstyle="paren", hstyle="caps", fstyle="same")),
    ("RDG Prairie and Northern.txt", "tc-pnr", "ocr", "tc", dict(date="long", cls="dash", amt="M", rstyle="paren", hstyle="num", fstyle="pairs", footer="Transport Canada / Transports Canada")),
    ("ADM IE - EX-05.txt", "dnd-adm", "ocr", "dnd", dict(date="dmy", cls="dash", amt="M", rstyle="paren", hstyle="caps", fstyle="same", footer="DND 1234E (06-2012)", stamp=True)),
    # --- OCR text, French ---
    ("DR Gestion des pêches Golfe.txt", "dfo-fm-gulf", "ocr", "fr1", dict(date="fr", cls="dash", amt="frM", rstyle="paren", hstyle="caps", fstyle="same", footer="Pêches et Océans Canada - Description de travail")),
    ("DR Gestion des pêches Golfe - signée.txt", "dfo-fm-gulf", "ocr-run", "fr1", dict(date="fr", cls="dash", amt="frM", rstyle="paren", hstyle="caps", fstyle="same", wrapper=True, dup=True)),
    ("Directeur politiques sécurité nationale.txt", "ps-natsec", "ocr", "fr2", dict(date="fr-le", cls="dash", amt="frfull", rstyle="staff", hstyle="caps", fstyle="same", footer="SP-SP 0012 (2017)")),
    ("DGR Est IRCC - EX-03.txt", "ircc-est", "ocr", "fr3", dict(date="fr", cls="space", amt="frmillions", rstyle="table-flat", hstyle="title", fstyle="same", order="csr", footer="Immigration, Réfugiés et Citoyenneté Canada")),
    ("Directeur de district Montréal.txt", "csc-mtl", "ocr", "fr1", dict(date="fr-num", cls="dash", amt="frcents", rstyle="clsfirst", hstyle="num", fstyle="next", footer="SCC/CSC 1120F", stamp=True)),
    ("Directeur de district Montréal - révisée 2021.txt", "csc-mtl", "ocr", "fr1", dict(date="fr", cls="dash", amt="frM", rstyle="clsfirst", hstyle="num", fstyle="same", footer="SCC/CSC 1120F", ov=dict(date="2021-04-12", fte=109, sal=9_120_000, reports_add=("Gestionnaire, Services correctionnels autochtones", "Gestionnaire, Services correctionnels autochtones", "WP-05", 7)))),
    ("DR Sécurité maritime Québec.txt", "tc-marsec-qc", "ocr", "fr2", dict(date="fr-le", cls="short", amt="frfull", rstyle="prose", hstyle="capscolon", fstyle="same", wrapper=True)),
    ("Directeur régional SP Québec (EX-01).txt", "ps-qc", "ocr", "fr3", dict(date="iso", cls="dash", amt="frM", rstyle="nocls", hstyle="caps", fstyle="same", footer="Sécurité publique Canada")),
    # --- Word, English ---
    ("Director AIS - EX-01.docx", "dfo-ais", "docx", "vac", dict(date="long", cls="dash", amt="M", rstyle="table", hstyle="heading", fstyle="table2")),
    ("Director AIS - EX-01 - v2 revised.docx", "dfo-ais", "docx", "vac", dict(date="long", cls="dash", amt="M", rstyle="table", hstyle="heading", fstyle="table2", ov=dict(date="2024-02-12", fte=18, sal=1_920_000, reports_add=("Manager, Detection and Response", None, "EC-07", 3)))),
    ("Dir Disability Benefits Adjudication.docx", "vac-dba", "docx", "cbsa", dict(date="iso", cls="dash", amt="full", rstyle="bullets", hstyle="bold", fstyle="paras")),
    ("Regional Director Rail Safety ON - draft.docx", "tc-rail", "docx", "tc", dict(date=None, cls="dash", amt="M", rstyle="bullets", hstyle="bold", fstyle="next", draft=True, ov=dict(num=None, provisional="NEW", date=None))),
    ("Warden Drumheller Institution.docx", "csc-drum", "docx", "csc", dict(date="long", cls="dash", amt="full", rstyle="table", hstyle="heading", fstyle="table2", ov=dict(date="2019-10-28", fte=331, reports_fte={"Assistant Warden, Operations": 221}))),
    ("DG Indigenous Initiatives (EX-03) - signed.docx", "csc-indig", "docx", "ps", dict(date="dmy", cls="dash", amt="M", rstyle="paren", hstyle="heading", fstyle="paras", signers=True)),
    ("District Director Niagara.docx", "cbsa-niagara", "docx", "cbsa", dict(date="long", cls="dash", amt="M", rstyle="table", hstyle="bold", fstyle="table2", ov=dict(date="2017-05-01"))),
    ("Inland Enforcement GTA - EX-01 - 2021.docx", "cbsa-gta", "docx", "ircc", dict(date="long", cls="dash", amt="M", rstyle="list-heading", hstyle="heading", fstyle="table2", order="csr")),
    ("ED Canadian Firearms Program.docx", "rcmp-cfp", "docx", "rcmp", dict(date="long", cls="dash", amt="full", rstyle="table", hstyle="heading", fstyle="paras")),
    ("VRAB Director Hearings.docx", "vrab-hear", "docx", "dnd", dict(date="abbr", cls="space", amt="full", rstyle="dash", hstyle="bold", fstyle="table2")),
    ("RDG Prairie & Northern - 2017 signed.docx", "tc-pnr", "docx", "tc", dict(date="long", cls="dash", amt="M", rstyle="table", hstyle="heading", fstyle="next", signers=True)),
    ("Resettlement Operations.docx", "ircc-resettle", "docx", "ircc", dict(date="long", cls="dash", amt="full", rstyle="bullets", hstyle="heading", fstyle="table2", order="csr", ov=dict(date="2020-01-06"))),
    # --- Word, French ---
    ("DG Politiques et procédures du matériel.docx", "dnd-dgmp", "docx", "fr1", dict(date="fr", cls="dash", amt="frfull", rstyle="table", hstyle="heading", fstyle="table2")),
    ("Directrice générale régionale Est - version signée.docx", "ircc-est", "docx", "fr2", dict(date="fr", cls="dash", amt="frM", rstyle="paren", hstyle="bold", fstyle="paras", signers=True, ov=dict(date="2022-01-10"))),
    ("Directeur régional Québec SP.docx", "ps-qc", "docx", "fr3", dict(date="fr", cls="dash", amt="frfull", rstyle="table", hstyle="heading", fstyle="table2", order="csr")),
    # --- bilingual Word ---
    ("DG Aviation Security - bilingual.docx", "tc-avsec", "docx-bilingual-table", "bil", dict(date="long", cls="dash", amt="M", rstyle="table", fstyle="table2")),
    ("Assistant Commissioner Arctic - EN-FR.docx", "ccg-arctic", "docx-en-fr", "rcmp", dict(date="long", cls="dash", amt="M", rstyle="paren", hstyle="heading", fstyle="table2", frlabels="fr1")),
    ("DG Trade and Anti-dumping (bilingue).docx", "cbsa-trade", "docx", "bil", dict(date="dmy", cls="dash", amt="M", rstyle="table", hstyle="bold", fstyle="table2")),
    ("Laboratory Director - Directeur du laboratoire.docx", "cbsa-cfia-lab", "docx-bilingual-table", "bil", dict(date="iso", cls="space", amt="full", rstyle="table", fstyle="table2")),
]

REFUSE = [
    ("Acting appointment letter - Dir RPO.txt", "ocr", "en", "a letter offering an acting EX-01 appointment"),
    ("Record of classification decision 40112.docx", "docx", "en", "a classification decision record"),
    ("Note de service - réorganisation Région de l'Est.txt", "ocr", "fr", "a memorandum announcing a reorganization"),
    ("EX-01 job poster - District Director.docx", "docx", "en", "a job poster (selection process)"),
    ("SCAN_0502.pdf", "pdf", "en", "a scanned page without a text layer"),
]


# --- values --------------------------------------------------------------------------------------

def values(key, ov):
    p = copy.deepcopy(BY_KEY[key])
    ov = dict(ov or {})
    for k in ("num", "date", "fte", "sal", "om"):
        if k in ov:
            p[k] = ov[k]
    p["provisional"] = ov.get("provisional")
    reports = [list(r) for r in p["reports"]]
    if "reports_drop" in ov:
        del reports[ov["reports_drop"]]
    if "reports_add" in ov:
        reports.append(list(ov["reports_add"]))
    for r in reports:
        r[3] = ov.get("reports_fte", {}).get(r[0], r[3])
    p["reports"] = reports
    p["total"] = p["sal"] + p["om"] if p["total_stated"] else None
    return p


def lang_of(labels):
    return LABELS[labels]["lang"]


# --- the logical document --------------------------------------------------------------------------

def tr(p, fr, field):
    """A position's text in French when asked and available."""
    if fr and p.get(field + "_fr"):
        return p[field + "_fr"]
    return p.get(field) or p.get(field + "_fr")


def report_lines(p, style, fr, o, rng):
    """Direct reports written one way; returns (lines or table, truth list)."""
    cstyle = o.get("rcls", "dash")
    truth, lines = [], []
    for t_en, t_fr, cls, fte in p["reports"]:
        title = (t_fr or t_en) if fr else t_en
        fte = fte or None
        c = fmt_cls(cls, cstyle)
        show_cls = style != "nocls"
        show_fte = style != "nocount" and fte is not None
        truth.append({"title": title, "classification": cls if show_cls else None, "fte": fte if show_fte else None})
        word = "ETP" if fr else rng.choice(["FTEs", "FTE", "FTE's"])
        if style == "paren":
            lines.append(f"{title} ({c}, {fte} {word})" if show_fte else f"{title} ({c})")
        elif style == "staff":
            lines.append(f"{title} ({c}) - {'effectif de' if fr else 'staff of'} {fte}" if show_fte else f"{title} ({c})")
        elif style == "clsfirst":
            lines.append(f"{c} - {title} ({fte} {word})" if show_fte else f"{c} - {title}")
        elif style == "dash":
            lines.append(f"{title} \u2013 {c} \u2013 {fte} {word}" if show_fte else f"{title} \u2013 {c}")
        elif style == "nocount":
            lines.append(f"{title} ({c})")
        elif style == "nocls":
            lines.append(f"{title} ({fte} {'employés' if fr else 'employees'})")
        else:  # bullets / list-heading / prose / table: pieces
            lines.append((title, c, fte))
    return lines, truth


def prose_reports(items, fr, intro_title):
    parts = [f"{'le' if fr else 'the'} {t} ({c}, {f} {'ETP' if fr else 'FTEs'})" for t, c, f in items]
    joined = ", ".join(parts[:-1]) + (" et " if fr else " and ") + parts[-1]
    n = len(items)
    if fr:
        return f"Le {intro_title} est appuyé par {n} gestionnaires qui relèvent directement de lui : {joined}."
    return f"The {intro_title} is supported by {n} direct reports: {joined}."


def build(p, spec, fr, L, rng):
    """A list of blocks: ('fields', [(label, value)]), ('h', text), ('p', text), ('items', [..]),
    ('table', header, rows), ('sig', lines)."""
    o = spec
    blocks = []
    date = fmt_date(p["date"], o["date"]) if o.get("date") and p["date"] else ""
    cls = fmt_cls(p["cls"], o["cls"]) if o["cls"] != "paren" else f"({p['cls']})"
    title = (p.get("fr") or p["title"]) if fr else p["title"]
    num = p["num"] or p.get("provisional") or ""
    fields = [(L["title"], title), (L["cls"], cls), (L["num"], num), (L["job"], p["job"]), (L["date"], date)]
    sup_num, sup_title, sup_cls = p["sup"]
    if fr and p.get("sup_title_fr"):
        sup_title = p["sup_title_fr"]
    if L["sup"] == "fields":
        fields += [(L["sup_num"], sup_num), (L["sup_title"], sup_title), (L["sup_cls"], fmt_cls(sup_cls, o["cls"] if o["cls"] != "paren" else "dash"))]
    loc = p["loc"]
    if fr:
        loc = loc.replace("Quebec", "Québec").replace("British Columbia", "Colombie-Britannique").replace("New Brunswick", "Nouveau-Brunswick") \
            .replace("Prince Edward Island", "Île-du-Prince-Édouard").replace("Nova Scotia", "Nouvelle-Écosse")
        if rng.random() < 0.5:
            city, prov = loc.split(", ")
            loc = f"{city} ({prov})"
    fields += [(L["loc"], loc), (L["dept"], p["branch"])]
    if o.get("draft"):
        blocks.append(("p", "DRAFT - FOR DISCUSSION" if not fr else "ÉBAUCHE"))
    blocks.append(("fields", fields))
    if L["sup"] == "sentence":
        if fr:
            sent = f"{L['sup_title']} : {sup_title} ({sup_cls}), poste no {sup_num}"
        elif L is LABELS["ircc"]:
            sent = f"{L['sup_title']}: This position reports to the {sup_title} ({sup_cls}, position {sup_num})."
        else:
            sent = f"{L['sup_title']}: {sup_title}, {fmt_cls(sup_cls, o['cls'] if o['cls'] != 'paren' else 'dash')} (position {sup_num})"
        blocks.append(("p", sent))
    if o.get("incumbent", True) and not o.get("draft"):
        blocks.append(("p", f"{'Titulaire' if fr else 'Incumbent'}: {p['people'][0]}"))
    mg = MGMT_FR if fr else MGMT_EN
    sc = SCOPE_FR if fr else SCOPE_EN
    ga = tr(p, fr, "ga")
    accs = list(tr(p, fr, "acc")) + rng.sample(mg, 3)
    # organization section
    rstyle = o["rstyle"]
    lines, truth = report_lines(p, rstyle, fr, o, rng)
    org = []
    short = title.split(",")[0]
    if fr:
        org.append(("p", f"Le titulaire relève du {sup_title}." if L["sup"] == "fields" else f"Le poste compte {len(lines)} subordonnés directs."))
    else:
        org.append(("p", f"The {short} is one of several senior managers reporting to the {sup_title}."))
    if rstyle in ("paren", "staff", "clsfirst", "dash", "nocount", "nocls", "bullets"):
        org.append(("p", L["reports"] + ":"))
        org.append(("items", lines if rstyle != "bullets" else [f"{t}, {c}, {f} {'ETP' if fr else 'FTEs'}" for t, c, f in lines]))
    elif rstyle == "list-heading":
        org.append(("h2", L["reports"]))
        org.append(("items", [f"{c} {t} ({f} {'ETP' if fr else 'FTEs'})" for t, c, f in lines]))
    elif rstyle == "prose":
        org.append(("p", prose_reports(lines, fr, short)))
    else:  # table / table-flat
        hdr = ["Titre du poste", "Groupe et niveau", "ETP"] if fr else ["Position Title", "Group/Level", "FTEs"]
        org.append(("p", L["reports"] + ":"))
        org.append(("table", hdr, [[t, c, str(f)] for t, c, f in lines]))
    amt = o["amt"]
    dims_rows = [(L["sal"], fmt_amt(p["sal"], amt)), (L["om"], fmt_amt(p["om"], amt))]
    if p["total"] is not None:
        dims_rows.append((L["total"], fmt_amt(p["total"], amt)))
    dims_rows.append((L["fte"], f"{p['fte']:,}".replace(",", " " if fr else ",")))
    if p.get("progbudget"):
        dims_rows.append(("Budget de programme" if fr else "Grants and contributions (program budget)", fmt_amt(p["progbudget"], amt)))
    dims = [("dims", dims_rows)]
    sections = {
        "ga": [("h", L["ga"]), ("p", ga)],
        "org": [("h", L["org"])] + org,
        "scope": [("h", L["scope"])] + [("p", s) for s in rng.sample(sc, 2)],
        "dims": [("h", L["dims"])] + dims,
        "acc": [("h", L["acc"]), ("nitems", accs)],
    }
    order = {"classic": ["ga", "org", "scope", "dims", "acc"], "csr": ["ga", "acc", "org", "dims", "scope"],
             "dims-first": ["ga", "dims", "org", "acc", "scope"]}[o.get("order", "classic")]
    n = 1
    for s in order:
        for b in sections[s]:
            if b[0] == "h":
                blocks.append(("h", b[1], n))
                n += 1
            else:
                blocks.append(b)
    if not o.get("draft"):
        cert = ("Nous certifions que la présente description de travail est exacte." if fr else
                "The foregoing is an accurate statement of the duties and responsibilities of the position.")
        sig = [cert, f"{p['people'][0]}", "Titulaire" if fr else "Incumbent", "", p["people"][1],
               (sup_title + (", Gestionnaire" if fr else ", Supervisor"))]
        if len(p["people"]) > 2:
            sig += ["", p["people"][2], "Conseiller en classification" if fr else "Classification Advisor"]
        blocks.append(("sig", sig))
    return blocks, truth


# --- plain text (to be scanned) ------------------------------------------------------------------------

def render_text(blocks, L, o, rng):
    out = [L["head"], ""]
    fstyle = o["fstyle"]
    hstyle = o["hstyle"]
    for b in blocks:
        kind = b[0]
        if kind == "fields":
            items = [(k, v) for k, v in b[1]]
            if fstyle == "pairs":
                for i in range(0, len(items), 2):
                    pair = items[i:i + 2]
                    out.append("    ".join(f"{k}: {v}" for k, v in pair))
            elif fstyle == "next":
                for k, v in items:
                    out += [k.upper() if rng.random() < 0.3 else k, v]
            else:
                for k, v in items:
                    out.append(f"{k}: {v}" if rng.random() < 0.8 else f"{k} : {v}")
            out.append("")
        elif kind == "h":
            out += ["", heading(b[1], hstyle, b[2])]
        elif kind == "h2":
            out.append(b[1] + ":")
        elif kind == "p":
            out.append(b[1])
        elif kind == "items":
            bullet = rng.choice(["- ", "• ", "o ", "> ", "* "])
            out += [bullet + x for x in b[1]]
        elif kind == "nitems":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)]
        elif kind == "table":
            if o["rstyle"] == "table-flat":
                out.append("   ".join(b[1]))
                for row in b[2]:
                    out.append(rng.choice(["  ", " | ", "   "]).join(row))
            else:
                for row in b[2]:
                    out += row
        elif kind == "dims":
            for k, v in b[1]:
                out.append(f"{k}: {v}")
        elif kind == "sig":
            out += ["", b[1][0], ""]
            out += [x if x else "_____________________________        Date: ______________" for x in b[1][1:]]
    return [x.replace("\u00a0", " ") for x in out]


def scan(lines, spec, fmt, rng, title_for_header):
    """What an OCR program gives for the page: damaged digits and letters, wrapped and hyphenated
    prose, page headers and footers, stamps and scribbled signatures."""
    width = rng.choice([78, 84, 92])
    out = []
    for line in lines:
        long = len(line) > 60
        line = damage_digits(line, rng, 0.3, 0.25)
        if long:
            line = damage_letters(line, rng, 0.035)
        out += wrap(line, width, rng) if long else [line]
    # page breaks with running header/footer
    footer = spec.get("footer")
    if footer and fmt == "ocr":
        paged, page, npages = [], 1, len(out) // 40 + 1
        for i, line in enumerate(out):
            if i and i % 40 == 0:
                paged += ["", f"{footer}", f"Page {page} of {npages}" if rng.random() < 0.6 else f"- {page} -", "\f" if rng.random() < 0.3 else "",
                          damage_digits(title_for_header, rng), ""]
                page += 1
            paged.append(line)
        paged += ["", footer, f"Page {page} of {npages}"]
        out = paged
    if spec.get("stamp"):
        k = min(len(out) - 1, 14)
        out[k:k] = ["", "RECEIVED / REÇU", "HR - CLASSIFICATION", damage_digits("2019 -04- 23", rng), ""]
    # scribbles at signatures
    out = [line + ("  " + rng.choice(["~~//%", "j.l[ ,", "(/-/7'", "~ Jt~/e", "%/;"]) if "____" in line else "") for line in out]
    if fmt == "ocr-run":
        out = [" ".join(x for x in out if x.strip())]
    return out


def interleave(lines, rng):
    """Two columns read across: the organization and dimensions beside the accountabilities."""
    def find(pred):
        return next(i for i, x in enumerate(lines) if pred(x))
    ia = find(lambda x: x.isupper() and ("ORGANIZ" in x))
    iacc = find(lambda x: x.isupper() and ("SPECIFIC" in x))
    isc = find(lambda x: x.isupper() and ("NATURE" in x or "SCOPE" in x))
    idim = find(lambda x: x.isupper() and "DIMENSION" in x)
    left = lines[ia:isc] + lines[idim:iacc]
    right = lines[isc:idim] + lines[iacc:]
    end = next((i for i, x in enumerate(right) if x.startswith("The foregoing")), len(right))
    right, tail = right[:end], right[end:]
    lw = []
    for x in left:
        lw += wrap(x, 44, rng, 0) if x else [""]
    rw = []
    for x in right:
        rw += wrap(x, 44, rng, 0) if x else [""]
    rows = []
    for i in range(max(len(lw), len(rw))):
        a = lw[i] if i < len(lw) else ""
        b = rw[i] if i < len(rw) else ""
        rows.append((a + " " * (46 - len(a)) + b).rstrip() if a else " " * rng.choice([3, 46]) + b)
    return lines[:ia] + rows + tail


# --- Word --------------------------------------------------------------------------------------------

def docx_doc(author):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = dt.datetime(2020, 1, 1)
    cp.revision = 1
    return d


def add_table(d, rows, style="Table Grid", bold_first=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(v))
            run.bold = bold_first and (i == 0 or j == 0 and len(row) == 2)
    return t


def render_docx_blocks(d, blocks, L, o, rng):
    hstyle = o.get("hstyle", "heading")
    d.add_paragraph().add_run(L["head"]).bold = True
    for b in blocks:
        kind = b[0]
        if kind == "fields":
            if o["fstyle"] == "table2":
                add_table(d, [[k, v] for k, v in b[1]], bold_first=True)
            elif o["fstyle"] == "next":
                for k, v in b[1]:
                    d.add_paragraph().add_run(k).bold = True
                    d.add_paragraph(v)
            else:
                for k, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(k + ": ").bold = True
                    para.add_run(v)
        elif kind == "h":
            if hstyle == "heading":
                d.add_heading(b[1], level=1)
            else:
                d.add_paragraph().add_run(heading(b[1], "capscolon", b[2])).bold = True
        elif kind == "h2":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "items":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "nitems":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif kind == "table":
            add_table(d, [b[1]] + b[2], bold_first=True)
        elif kind == "dims":
            add_table(d, [[k, v] for k, v in b[1]])
        elif kind == "sig":
            d.add_paragraph(b[1][0])
            rows = [["Signature", "Name / Nom", "Date"]]
            rows.append(["", b[1][1], ""])
            rows.append(["", b[1][4], ""])
            if len(b[1]) > 7:
                rows.append(["", b[1][7], ""])
            add_table(d, rows)


def save_docx(d, path):
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --- documents ---------------------------------------------------------------------------------------------

def make_doc(name, key, fmt, labels, spec):
    rng = random.Random(name)
    p = values(key, spec.get("ov"))
    L = LABELS[labels]
    lang = L["lang"]
    people = list(p["people"]) if not spec.get("draft") else []
    if fmt.startswith("docx"):
        author = p["people"][1]
        if author not in people:
            people.append(author)
        d = docx_doc(author)
        if fmt == "docx-bilingual-table":
            bl_en, truth = build(p, spec, False, LABELS["dnd"], random.Random(name + "en"))
            bl_fr, _ = build(p, dict(spec, date="fr", amt="frM"), True, LABELS["fr1"], random.Random(name + "en"))
            d.add_paragraph().add_run(L["head"]).bold = True
            rows = []
            for be, bf in zip(bl_en, bl_fr):
                if be[0] == "fields":
                    for (ke, ve), (kf, vf) in zip(be[1], bf[1]):
                        rows.append([f"{ke}: {ve}", f"{kf} : {vf}"])
                elif be[0] in ("h",):
                    rows.append([be[1].upper(), bf[1].upper()])
                elif be[0] == "p":
                    rows.append([be[1], bf[1]])
                elif be[0] in ("items", "nitems"):
                    rows.append(["\n".join(be[1]), "\n".join(bf[1])])
                elif be[0] == "table":
                    rows.append(["\n".join(" | ".join(r) for r in [be[1]] + be[2]), "\n".join(" | ".join(r) for r in [bf[1]] + bf[2])])
                elif be[0] == "dims":
                    rows.append(["\n".join(f"{k}: {v}" for k, v in be[1]), "\n".join(f"{k} : {v}" for k, v in bf[1])])
                elif be[0] == "sig":
                    rows.append(["\n".join(be[1]), "\n".join(bf[1])])
            add_table(d, [["English", "Français"]] + rows, bold_first=False)
            lang = "bilingual"
        elif fmt == "docx-en-fr":
            bl, truth = build(p, spec, False, L, rng)
            render_docx_blocks(d, bl, L, spec, rng)
            d.add_page_break()
            blf, _ = build(p, dict(spec, date="fr", amt="frfull"), True, LABELS[spec["frlabels"]], random.Random(name + "fr"))
            render_docx_blocks(d, blf, LABELS[spec["frlabels"]], spec, rng)
            lang = "bilingual"
        else:
            fr = lang == "fr"
            bl, truth = build(p, spec, fr, L, rng)
            render_docx_blocks(d, bl, L, spec, rng)
            lang = {"bi": "bilingual"}.get(lang, lang)
            if lang == "bilingual":
                pass
        sec = d.sections[0]
        sec.header.paragraphs[0].text = rng.choice(["PROTECTED B (when completed)", p["dept"], "Work Description - " + p["title"][:40]])
        sec.footer.paragraphs[0].text = rng.choice(["Page 1", p["dept"] + " / " + p["dept_fr"], "Form HR-EX-07 (rev. 2016)"])
        save_docx(d, CORPUS / name)
        kind = "docx"
    else:
        fr = lang == "fr"
        bl, truth = build(p, spec, fr, L, rng)
        lines = render_text(bl, L, spec, rng)
        if fmt == "ocr-columns":
            lines = interleave(lines, rng)
        lines = scan(lines, spec, fmt if fmt != "ocr-columns" else "ocr", rng, (p["fr"] if fr and p.get("fr") else p["title"]))
        text = "\n".join(lines) + "\n"
        if spec.get("wrapper"):
            text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
        data = text.replace("\n", "\r\n").encode("cp1252", "replace") if spec.get("cp1252") else text.encode("utf-8")
        (CORPUS / name).write_bytes(data)
        kind = {"ocr": "ocr", "ocr-run": "ocr", "ocr-columns": "ocr-columns"}[fmt] + ("-cp1252" if spec.get("cp1252") else "")
        lang = {"bi": "bilingual"}.get(lang, lang)
    title = p["title"]
    if lang == "fr":
        title = p.get("fr") or p["title"]
    elif lang == "bilingual" and p.get("fr"):
        title = [p["title"], p["fr"]]
    sup_num, sup_title, sup_cls = p["sup"]
    if lang == "fr" and p.get("sup_title_fr"):
        sup_title = p["sup_title_fr"]
    elif lang == "bilingual" and p.get("sup_title_fr"):
        sup_title = [sup_title, p["sup_title_fr"]]
    if lang == "bilingual":
        for r, (t_en, t_fr, _c, _f) in zip(truth, p["reports"]):
            if t_fr and t_fr != t_en:
                r["title"] = [t_en, t_fr]
    fields = {
        "title": title, "classification": p["cls"], "job_code": p["job"], "position_number": p["num"],
        "effective_date": dt.date.fromisoformat(p["date"]) if p["date"] and spec.get("date") else None,
        "supervisor": {"position_number": sup_num, "title": sup_title, "classification": sup_cls},
        "direct_reports": truth, "salary": p["sal"], "o_and_m": p["om"], "total": p["total"], "location": p["loc"],
    }
    not_stated = [k for k in ("position_number", "effective_date", "total") if fields[k] is None]
    return {"document": name, "kind": kind, "language": lang, "outcome": "import", "layout": layout_of(fmt, labels, spec),
            "fields": fields, "not_stated": not_stated,
            "also": {"fte": p["fte"], "operating_budget": p.get("opbudget"), "program_budget": p.get("progbudget"),
                     "provisional_number": p.get("provisional")},
            "people": people}


def layout_of(fmt, labels, spec):
    return (f"{fmt}; form {labels}; fields {spec.get('fstyle')}; headings {spec.get('hstyle', '-')}; "
            f"reports {spec['rstyle']}; order {spec.get('order', 'classic')}; dates {spec.get('date')}; amounts {spec['amt']}"
            + ("; wrapper" if spec.get("wrapper") else "") + ("; running footer" if spec.get("footer") else "")
            + ("; stamp" if spec.get("stamp") else ""))


# --- documents to refuse -------------------------------------------------------------------------------------

def refuse_doc(name, fmt, lang, what):
    rng = random.Random(name)
    if name.startswith("Acting appointment"):
        text = """National Defence   Défense nationale
Assistant Deputy Minister (Infrastructure and Environment)
Ottawa, Ontario K1A OK2

March 3, 2O21

Mr. Gordon MacIsaac
Halifax, Nova Scotia

Subject: Acting appointment - Director, Real Property Operations (Atlantic) (EX-OI), position 3771O5

Dear Mr. MacIsaac,

I am pleased to offer you an acting appointment as Director, Real Property Operations (Atlantic),
at the EX-O1 group and level, effective March 15, 2O21 until September 14, 2O21, or until the
position is staffed indefinitely, whichever comes first. Your acting pay will be determined in
accordance with the Directive on Executive Compensation.

This offer is conditional on your maintaining a Secret security clearance. Please confirm your
acceptance by signing below and returning a copy to Human Resources - Executive Services.

Yours sincerely,

  ~~/j/l%
Ruth Ingersoll
Director General, Real Property Operations

I accept the acting appointment described above.
______________________  Date: ____________
"""
        data = text.encode("utf-8")
    elif name.startswith("Note de service"):
        text = """--- Structured Job Description ---


--- Full Extracted Text ---
NOTE DE SERVICE Destinataires : Tout le personnel de la Région de l'Est Expéditeur : Directrice générale régionale, Région de l'Est Date : le I2 janvier 2O22 Objet : Nouvelle structure de la Région de l'Est Je suis heureuse de vous annoncer la nouvelle structure de la Région, en vigueur le 1er février 2O22. Les trois directions relèvent désormais directement de mon bureau : Opérations au Québec, Opérations de l'Atlantique et Citoyenneté et audiences. La Section des services intégrés sera rattachée à la Direction des opérations au Québec. Les descriptions de travail des postes touchés seront mises à jour par le Secteur de la classification au cours des prochains mois. Aucune mise en disponibilité n'est prévue. Je remercie chacune et chacun de vous pour votre engagement. Mireille Thériault Directrice générale régionale c.c. : Sous-ministre adjoint, Opérations ; Relations de travail ; Syndicats
"""
        data = text.encode("utf-8")
    elif name.startswith("Record of classification"):
        d = docx_doc("Alistair Quan")
        d.add_paragraph().add_run("RECORD OF CLASSIFICATION DECISION").bold = True
        add_table(d, [["Organization", "Correctional Service Canada"], ["Position number", "40112"],
                      ["Position title", "Director General, Indigenous Initiatives"], ["Decision", "EX-03 confirmed"],
                      ["Type of action", "Reclassification review following reorganization"],
                      ["Date of decision", "December 5, 2022"], ["Committee", "EX Classification Committee, NHQ"]], bold_first=True)
        d.add_paragraph("Rationale: The committee compared the work with EX benchmark positions at the EX-03 level and "
                        "found the know-how, problem solving and accountability consistent with the current level. "
                        "Total points: 1,464. No change to the level.")
        d.add_paragraph("Classification Advisor: Alistair Quan        Chair: Dolores Cardinal")
        save_docx(d, CORPUS / name)
        return
    elif name.startswith("EX-01 job poster"):
        d = docx_doc("Leah Whitfield")
        d.add_heading("District Director, Niagara Falls and Fort Erie (EX-01)", level=1)
        d.add_paragraph("Canada Border Services Agency - Southern Ontario Region - Niagara Falls (Ontario)")
        d.add_paragraph("Selection process number: 24-BSF-EA-SOR-0193   Closing date: 2024-02-09 - 23:59, Pacific Time")
        d.add_paragraph("Salary: $131,788 to $155,042")
        d.add_heading("Who can apply", level=2)
        d.add_paragraph("Persons employed in the public service occupying a position in Ontario.")
        d.add_heading("Essential qualifications", level=2)
        for x in ["Graduation with a degree from a recognized post-secondary institution, or an acceptable combination of education, training and/or experience.",
                  "Significant experience managing operations in a law enforcement or border environment.",
                  "Experience managing human and financial resources."]:
            d.add_paragraph(x, style="List Bullet")
        d.add_heading("Key leadership competencies", level=2)
        d.add_paragraph("Create vision and strategy; Mobilize people; Uphold integrity and respect; Collaborate with partners "
                        "and stakeholders; Promote innovation and guide change; Achieve results.")
        d.add_paragraph("Language requirements: Bilingual imperative CBC/CBC. Security: Secret.")
        save_docx(d, CORPUS / name)
        return
    else:  # a scanned page with no text layer
        from tests.import_files import pdf_bytes
        (CORPUS / name).write_bytes(pdf_bytes(["", ""]))
        return
    (CORPUS / name).write_bytes(data)


def dump(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main():
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    truths = []
    for name, key, fmt, labels, spec in DOCS:
        truths.append((key, make_doc(name, key, fmt, labels, spec)))
    # versions: the documents of one position, and which is newest (latest effective date, then signed)
    groups = {}
    for key, t in truths:
        groups.setdefault(key, []).append(t)
    for key, ts in groups.items():
        if len(ts) < 2:
            continue
        newest = max(ts, key=lambda t: (str(t["fields"]["effective_date"] or ""), "signed" in t["document"] or "signée" in t["document"]))
        for t in ts:
            t["versions"] = {"position": BY_KEY[key]["num"], "documents": [x["document"] for x in ts], "newest": t is newest}
    for key, t in truths:
        dump(EXPECTED / (t["document"] + ".expected.yaml"), t)
    for name, fmt, lang, what in REFUSE:
        refuse_doc(name, fmt, lang, what)
        dump(EXPECTED / (name + ".expected.yaml"), {"document": name, "kind": fmt, "language": lang, "outcome": "refuse",
                                                    "reason": what, "fields": None, "people": []})
    print(f"{len(truths)} work descriptions, {len(REFUSE)} to refuse")


if __name__ == "__main__":
    main()
