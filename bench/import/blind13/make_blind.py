#!/usr/bin/env python3
"""Write blind13: 50 work descriptions and 5 documents to refuse, with their ground truth.

    python bench/import/blind13/make_blind.py          writes corpus/ and expected/ (deterministic)
    python bench/import/blind13/make_blind.py --check   also verifies every stated value is in the file

A records share of Word files kept by departments from 2003 to 2025: about three quarters .docx
(python-docx, with content controls, tracked changes, comments, page headers and footers), the
rest Word's "Save as text" exports (cp1252, UTF-16, UTF-8), a converter's text or Markdown, and
PDFs printed from Word. Positions: positions.py; narrative: texts.py; forms: forms.py; label
wordings: labels.py (each wording in at most three documents, checked here).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

import labels as L  # noqa: E402
from forms import Build, fmt_amt, fmt_cls, fmt_date, fmt_num  # noqa: E402
from positions import (BY_KEY, CBSA_DRAFT, DFO_2016, PCH_2021, STATCAN_2019, person,  # noqa: E402
                       version)
from render import (B, Cell, Doc, P, PageBreak, Para, Run, Table, cell, to_docx,  # noqa: E402
                    to_docx2txt, to_markdown, to_pdf, to_wordtext)

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
D = dt.date

SIG_EN = [("Incumbent", 1), ("Immediate Supervisor", 2), ("Assistant Deputy Minister", 3)]


def docs() -> list[dict]:
    """Every document: file name, position (and version), format, and how its form is drawn."""
    out = []

    def add(name, key, fmt, spec, ver=None, lang=None, kind=None, special=None, props=None, fmtopts=None, note=""):
        out.append(dict(name=name, key=key, fmt=fmt, spec=spec, ver=ver or {}, lang=lang or spec.get("lang", "en"),
                        kind=kind, special=special, props=props or {}, fmtopts=fmtopts or {}, note=note))

    # 1-3: Statistics Canada, one position in three versions (draft 2010, signed 2011, revised 2019)
    stc_form = dict(
        lang="en", id="grid2", form_title="WORK DESCRIPTION \u2013 EXECUTIVE GROUP (EX)",
        labels={"title": "Position Title", "cls": "Group and Level", "num": "Position Number", "job": "Job Code",
                "date": "Effective Date", "dept": "Department", "branch": "Field", "unit": "Division",
                "location": "Location", "sup_title": "Supervisor's Position Title",
                "sup_cls": "Supervisor's Group and Level", "sup_num": "Supervisor's Position Number"},
        id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
        heading="styled", numbering="num", date="long", rep="table",
        rep_cols=[("num", "Position No."), ("title", "Position Title"), ("cls", "Group/Level"), ("fte", "FTEs")],
        dims="fields", dims_labels={"fte": "Full-time equivalents (FTEs)", "salary": "Salary",
                                    "om": "Operating and maintenance (O&M)", "total": "Total"},
        amt="full", dims_bold=True, acts_style="number", footer_text=["Statistics Canada / Statistique Canada", "PAGE"])
    add("STC_CPI_Director_EX01_DRAFT_2010-11.docx", "statcan_cpi", "docx",
        dict(stc_form, unstated={"date": "ph_date", "job": "ph"}, sig="lines",
             sig_roles=[("Incumbent", 0), ("Director General", 0)], header_text=["DRAFT \u2013 FOR DISCUSSION \u2013 NOT FOR CLASSIFICATION"]),
        ver=dict(date=None), props=dict(created=D(2010, 11, 8), author=(60, "lastfirst")),
        note="draft: effective date and job code left as content-control placeholders")
    add("STC_CPI_Director_EX01_signed_2011.docx", "statcan_cpi", "docx",
        dict(stc_form, sig="table", sig_roles=[("Incumbent", 1), ("Director General, Price Statistics", 2),
                                               ("Assistant Chief Statistician", 3)]),
        props=dict(created=D(2010, 11, 8), author=(60, "lastfirst")))
    add("41205 Director Consumer Prices - WD revised 2019.docx", "statcan_cpi", "docx",
        dict(lang="en", id="grid4", form_title="Statistics Canada \u2013 Work Description / Description de travail",
             id_fields=["title", "num", "cls", "job", "date", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             heading="bold", numbering=None, date="iso", rep="table",
             rep_cols=[("title", None), ("num", None), ("cls", None), ("fte", None)],
             dims="table", dims_keys=["fte", "salary", "om", "total"],
             dims_head=["Resource", "2019-20 ($)"], tracked={"sup_title": ("Director General, Price Statistics Branch", "author"),
                                                            "dim_om": ("795,000", "author")},
             revised_note="[revised 2019]", comment_after_id=True, sig="table"),
        ver=STATCAN_2019, props=dict(created=D(2019, 6, 17), author=(61, "lastfirst")),
        note="tracked changes (supervisor title, O&M) and a comment; the 2011 signing date is cited in a note")

    # 4-5: DFO Newfoundland and Labrador: a 2008 Word 2003 form saved as text, the 2016 revision in Word
    add("DFO-NL RD Fisheries Management (2008).txt", "dfo_nl", "wordtext",
        dict(lang="en", id="grid2", form_title="POSITION DESCRIPTION - EXECUTIVE",
             id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="roman", date="dmy", cls="space", rep="typed",
             rep_fmt="{title} ({cls}) - {fte}", rfte="py", rep_lead="Reporting to the Regional Director are:",
             dims="fields", dims_labels={"fte": "Person-years", "salary": "Salary", "om": "O&M", "gc": "Contributions",
                                         "total": "Total (salary and O&M)"}, dims_fte="bare", amt="full", acts_style="typed", sig="lines"),
        fmtopts=dict(encoding="cp1252", newline="\r\n"))
    add("RD Fisheries Management NL - revised Nov 2016.docx", "dfo_nl", "docx",
        dict(lang="en", id="inline", form_title="Fisheries and Oceans Canada", subtitle="Executive Work Description",
             id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location"], sep="\t\t",
             heading="bold", head_colon=True, sup="sentence", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}: {does}",
             rep_lead="The Regional Director has four direct reports:", cls="dash", rcls="dash", date="abbr",
             dims="table", dims_keys=["salary", "om", "gc", "total"], table_amt="full",
             dims_intro="The Branch has 93 full-time equivalents (FTEs). Its 2016-17 budget is:", acts_style="bullet", sig="names",
             sig_roles=[("Regional Director, Fisheries Management", 1), ("Regional Director General", 2)]),
        ver=DFO_2016, props=dict(created=D(2016, 10, 3), author=(62, "first")),
        note="FTEs stated only in the sentence before the budget table")

    # 6-7: Canadian Heritage (French), 2014 signed and 2021 revised (printed to PDF)
    add("DG Programmes d'appui aux langues officielles - 2014 signée.docx", "pch_olsp", "docx",
        dict(lang="fr", id="grid2", form_title="DESCRIPTION DE TRAVAIL \u2013 GROUPE DE LA DIRECTION (EX)",
             id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="fr", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}",
             dims="table", dims_keys=["fte", "salary", "om", "gc", "total"], dims_head=["Catégorie", "2014-2015"],
             table_amt="fr", acts_style="number", sig="table",
             sig_roles=[("Titulaire", 1), ("Sous-ministre adjoint", 2)]),
        props=dict(created=D(2014, 2, 20), author=(63, "lastfirst")))
    add("DG PALO - description de travail révisée 2021.pdf", "pch_olsp", "pdf",
        dict(lang="fr", id="grid2", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             doc_title="Description de travail \u2013 Poste de cadre de direction", heading="caps", numbering="letter",
             date="fr_le", rep="table", rep_cols=[("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "gc", "total"], amt="fr_M", dims_fte="bare",
             acts_style="typed_paren", sig="lines", sig_roles=[("Titulaire", 1), ("Sous-ministre adjointe", 2)],
             header_text=["Patrimoine canadien \u2013 Description de travail (version révisée)"],
             footer_text=["Page {page} de {pages}"]),
        ver=PCH_2021, props=dict(created=D(2021, 5, 3), author=(96, "first")), note="feminine title in the revision")

    # 8-9: CBSA, draft with empty content controls, then the final form filled in content controls
    cbsa = dict(lang="en", id="grid2", form_title="CBSA EXECUTIVE WORK DESCRIPTION",
                id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num",
                           "lang_req", "security"],
                heading="caps", numbering=None, sdt=True, date="iso", rep="table",
                rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
                dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="M", dims_fte="bare", acts_style="bullet")
    add("CBSA YYZ Dir Passenger Ops - DRAFT v3.docx", "cbsa_yyz", "docx",
        dict(cbsa, unstated={"date": "ph_date", "job": "ph"}, cls_suffix=" (proposed)", header_text=["DRAFT / ÉBAUCHE"],
             sig="lines", sig_roles=[("Incumbent", 0), ("Regional Director General", 0)]),
        ver=CBSA_DRAFT, props=dict(created=D(2021, 9, 14), author=(64, "lastfirst")),
        note="content controls: two left as placeholders, the rest filled; level written 'EX-02 (proposed)'")
    add("CBSA YYZ Dir Passenger Ops - FINAL signed 2022.docx", "cbsa_yyz", "docx",
        dict(cbsa, form_of="CBSA YYZ Dir Passenger Ops - DRAFT v3.docx", sig="table",
             sig_roles=[("Incumbent", 1), ("Regional Director General", 2), ("Vice-President, Operations", 3)]),
        props=dict(created=D(2021, 9, 14), author=(64, "lastfirst")))

    # 10: CFIA, identification fields in the page header, job code in the footer
    add("CFIA ED Western Operations 2017.docx", "cfia_west", "docx",
        dict(lang="en", id="inline", id_fields=["title", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             header_fields=["num", "cls", "date"], header_style="table", footer_fields=["job"],
             doc_title="Executive Work Description", heading="styled", numbering=None, cls="space", date="dmy",
             rep="table", rep_cols=[("title", None), ("num", None), ("cls", None), ("fte", None), ("does", None)],
             dims="row", dims_keys=["fte", "salary", "om", "total"], table_amt="full", acts_style="number", sig="table"),
        props=dict(created=D(2016, 11, 21), author=(65, "first")),
        note="position number, classification and date only in the page header; job code only in the footer")

    # 11: CSC, Client Service Results / Key Activities template
    add("Warden Drumheller Institution - CSR format.docx", "csc_drumheller", "docx",
        dict(lang="en", id="grid2", form_title="EXECUTIVE WORK DESCRIPTION",
             id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             order=["csr", "ka", "org", "ns", "dims", "cert"], heading="caps", date="slash", cls="nozero", rcls="dash",
             headings={"org": "Organizational Context", "ns": "Environment and Challenges"},
             rep="prose", rep_fmt="the {title} ({cls}, {fte}), responsible for {does}",
             rep_lead="The Warden is supported by three managers:", rfte="FTEs", acts_style="bullet",
             dims="sentence", dims_keys=["fte", "salary", "om", "total"],
             dims_labels={"fte": "x", "salary": "x", "om": "x", "total": "x"},
             dims_sentence="The Institution has {fte} and an annual budget of {total}, of which {salary} is salary and {om} is "
                           "operating and maintenance.", dims_fte="full", amt="M_sp", sig="names",
             sig_roles=[("Warden", 1), ("Regional Deputy Commissioner, Prairies", 2)]),
        props=dict(created=D(2009, 9, 1), author=(66, "first")))

    # 12: Transport Canada Atlantic, numbered boxes
    add("TC Atlantic RD Marine Safety and Security.docx", "tc_marine_atl", "docx",
        dict(lang="en", id="box3", form_title="POSITION DESCRIPTION \u2013 EXECUTIVE GROUP", box_fmt="{n}.",
             id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             order=["ga", "ns", "org", "acts", "dims", "cert"], heading="caps", numbering="num", date="dmonY", cls="compact", rep="typed",
             rep_fmt="{title} \u2013 {cls} \u2013 {fte}", rfte="FTEs", dims="bullets", dims_keys=["fte", "salary", "om", "total"],
             amt="K", dims_fte="bare", acts_style="typed", sig="table"),
        props=dict(created=D(2013, 6, 3), author=(67, "lastfirst")))

    # 13: NRCan 2006, French, label then value on the next paragraph
    add("Énoncé de fonctions - DG Centre de foresterie des Laurentides.docx", "nrcan_cfl", "docx",
        dict(lang="fr", id="next", form_title="ÉNONCÉ DE FONCTIONS", subtitle="Groupe de la direction (EX)",
             id_fields=["title", "cls", "num", "date", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="roman", date="fr", cls="space", rep="dash", rep_fmt="{title}, {cls}, {fte} : {does}",
             rfte="effectif", dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="fr", dims_fte="bare",
             acts_style="typed", sig="lines", sig_roles=[("Titulaire", 1), ("Sous-ministre adjoint", 2)]),
        props=dict(created=D(2006, 2, 13), author=(68, "lastfirst")), note="no job code on the 2006 form")

    # 14: PWGSC Pacific, labels stacked over values
    add("PWGSC Pacific - Director Real Property Services 2015.docx", "pspc_pacific", "docx",
        dict(lang="en", id="stack", per_row=3, form_title="WORK DESCRIPTION",
             id_fields=["title", "cls", "num", "job", "date", "location", "dept", "branch", "unit", "sup_title", "sup_cls", "sup_num"],
             heading="bold", numbering="letter", date="long", cls="dash", rep="table",
             rep_cols=[("title", None), ("cls", None), ("fte", None), ("does", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="million", dims_fte="FTEs",
             dims_after="The Director also oversees some $184 million a year in rent and building operating costs paid "
                        "on behalf of client departments.", acts_style="number", sig="table"),
        props=dict(created=D(2015, 4, 2), author=(69, "first")))

    # 15: IRB, bilingual three-column identification (English label, value, French label)
    add("CISR-IRB Director Registry Eastern Region bilingual.docx", "irb_east", "docx",
        dict(lang="bi", id="bi3", form_title="WORK DESCRIPTION / DESCRIPTION DE TRAVAIL",
             id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering=None, date="iso", rep="bullets", rep_fmt="{title} ({cls}, {fte})", rep_both=True,
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", acts_style="number"),
        special="bi_then", props=dict(created=D(2018, 1, 15), author=(70, "lastfirst")))

    # 16: OSB 2007, label on one paragraph, value on the next
    add("OSB Assistant Superintendent Compliance Enforcement 2007.docx", "osb", "docx",
        dict(lang="en", id="next", form_title="Office of the Superintendent of Bankruptcy Canada", subtitle="Position Description",
             id_fields=["title", "cls", "num", "job", "date", "dept", "location", "sup_title", "sup_cls", "sup_num"],
             heading="bold", numbering="num", head_colon=True, date="ordinal", cls="nozero", rep="lettered",
             rep_fmt="{title}, {cls} \u2013 {fte}", rfte="approx", dims="fields", dims_keys=["fte", "salary", "om", "total"],
             amt="cents", dims_fte="bare", acts_style="letter", sig="lines", blank_between=True),
        props=dict(created=D(2007, 10, 1), author=(71, "first")))

    # 17: CNSC, bilingual side by side
    add("CNSC-CCSN DG DNSR - DGRSN 2016.docx", "cnsc_dnsr", "docx",
        dict(lang="bi", id="none", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", date="iso", rep="bullets", rep_fmt="{title} ({cls}, {fte})", dims_keys=["fte", "salary", "om", "total"],
             amt="full", acts_style="typed"),
        special="side_by_side", props=dict(created=D(2016, 8, 2), author=(72, "lastfirst")))

    # 18: ISC Manitoba, reports in prose, G&C and an operating total
    add("ISC RDG Manitoba WD 2020.docx", "isc_mb", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location"],
             sup="block", sup_block_lead="The position reports to the following position:",
             sup_block_title="REPORTING RELATIONSHIP", heading="styled_caps", numbering=None, date="weekday", cls="dash", rep="prose",
             rep_fmt="the {title} ({cls}; {fte})", rfte="FTEs", rep_lead="The Regional Director General leads a team of five:",
             dims="fields", dims_keys=["fte", "salary", "om", "total", "gc"], amt="M", dims_amt={"gc": "B"},
             dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2020, 9, 8), author=(73, "first")))

    # 19: VAC 2005, person-years
    add("VAC Atlantic Director Client Services 2005.docx", "vac_atl", "docx",
        dict(lang="en", id="grid2", form_title="POSITION DESCRIPTION", bold_labels=False, label_shade="EDEDED",
             id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title", "sup_cls"],
             heading="caps", numbering="num", date="dmy", cls="spaced", rep="table",
             rep_cols=[("title", None), ("fte", "Person-years")],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], dims_labels={"fte": "Person-years"},
             amt="full", dims_fte="bare", acts_style="typed", sig="lines"),
        props=dict(created=D(2004, 11, 22), author=(74, "lastfirst")), note="no supervisor position number on the form")

    # 20: Health Canada, Markdown from a converter (pandoc)
    add("HC Director Controlled Substances Compliance.md", "hc_ocs", "md-pandoc",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location",
                                               "sup_title", "sup_cls", "sup_num"],
             heading="styled", numbering=None, date="long", rep="bullets", rep_fmt="{title} ({cls}) - {fte}: {does}",
             rfte="FTE's", dims="bullets", dims_keys=["fte", "salary", "om", "total"], amt="M", dims_amt={"om": "K"},
             dims_fte="bare", acts_style="number", sig="table"))

    # 21: ECCC Quebec, French form with filled content controls
    add("ECCC - Directeur régional ALE Québec 2018.docx", "eccc_qc", "docx",
        dict(lang="fr", id="grid2", form_title="DESCRIPTION DE TRAVAIL", sdt=True,
             id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="fr", rep="table", rep_cols=[("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="fr_cents", dims_fte="bare", acts_style="bullet",
             sig="table", sig_roles=[("Titulaire", 1), ("Directeur général", 2)]),
        props=dict(created=D(2018, 7, 9), author=(75, "lastfirst")))

    # 22: AAFC Harrow, four-column identification
    add("AAFC Harrow RDT Director 2022.docx", "aafc_harrow", "docx",
        dict(lang="en", id="grid4", value_break={"title": "Harrow"},
             id_fields=["title", "cls", "num", "job", "date", "location", "branch", "unit", "sup_title", "sup_num", "sup_cls"],
             heading="bold", numbering="num", date="iso", cls="dash", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="row", dims_keys=["fte", "salary", "om", "total"], table_amt="full", acts_style="number", sig="table"),
        props=dict(created=D(2022, 3, 7), author=(76, "first")))

    # 23: Parks Canada Gwaii Haanas, Word heading styles, reports as a numbered list, no job code
    add("Gwaii Haanas FUS work description 2014.docx", "parks_gh", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "date", "unit", "location", "sup_title", "sup_cls", "sup_num",
                                               "incumbent"],
             doc_title="Parks Canada Agency \u2013 Work Description", heading="styled", numbering=None, date="iso",
             cls="dash", rep="numbered", rep_fmt="{title}, responsible for {does}.",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2014, 5, 12), author=(77, "lastfirst")))

    # 24: SSC 2023, title and number in the page header, job code in the footer
    add("SSC DG Enterprise Data Centre Services WD 2023.docx", "ssc_dc", "docx",
        dict(lang="en", id="grid2", id_fields=["cls", "date", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             header_fields=["title", "num"], header_style="line", footer_fields=["job"],
             order=["ga", "dims", "org", "ns", "acts", "cert"], heading="styled", numbering="num", date="iso", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="table", dims_keys=["fte", "salary", "om", "total"], table_amt="full", acts_style="number", sig="table"),
        props=dict(created=D(2023, 8, 28), author=(78, "first")),
        note="title and position number only in the page header")

    # 25: GAC, supervisor in a table nested in the identification table
    add("GAC Director Mission Security Operations.docx", "gac_mso", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", ("nested", "sup")],
             heading="caps", numbering=None, head_colon=True, date="iso", rep="bullets",
             rep_fmt="{title} [{cls}] \u2013 {fte}", rfte="FTEs", dims="table", dims_keys=["fte", "salary", "om", "total"],
             table_amt="full", acts_style="bullet", sig="table"),
        props=dict(created=D(2016, 1, 11), author=(79, "lastfirst")))

    # 26: FINTRAC, a converter's plain text of a Word form (cells and paragraphs one per line)
    add("FINTRAC Director Compliance Examinations Central (converted).txt", "fintrac_cr", "docx2txt",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "unit", "location", "sup_title", "sup_cls",
                                               "sup_num"],
             header_text=["PROTECTED A (when completed)"], heading="caps", numbering="num", date="iso", rep="table",
             rep_cols=[("title", None), ("cls", None), ("fte", None)], dims="fields", dims_keys=["fte", "salary", "om", "total"],
             amt="full", dims_fte="bare", acts_style="number", sig="table"))

    # 27: Commissioner of Lobbying, bilingual labels in one cell
    add("OCL-CAL Director Investigations - Directeur Enquêtes.docx", "lobbying", "docx",
        dict(lang="bi", id="grid2", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", date="iso", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rep_both=True,
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", acts_style="number"),
        special="bi_then", props=dict(created=D(2015, 2, 16), author=(80, "lastfirst")))

    # 28: Canadian Space Agency, French Client Service Results template
    add("ASC Directeur Opérations des systèmes spatiaux 2010.docx", "csa_ops", "docx",
        dict(lang="fr", id="grid2", form_title="DESCRIPTION DE TRAVAIL \u2013 CADRE DE DIRECTION",
             id_fields=["title", "cls", "num", "job", "date", "dept", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             order=["csr", "ka", "org", "dims", "ns", "cert"], heading="caps", date="fr_weekday", cls="dash",
             rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="etp_full", dims="fields",
             dims_keys=["fte", "salary", "om", "total"], amt="fr_k", dims_fte="bare", acts_style="bullet", sig="lines",
             sig_roles=[("Titulaire", 1), ("Directeur général", 2)]),
        props=dict(created=D(2010, 3, 1), author=(81, "first")))

    # 29: PMPRB 2024, "Label:<tab>value", a new position
    add("PMPRB Director Regulatory Affairs and Outreach - WD 2024.docx", "pmprb", "docx",
        dict(lang="en", id="inline", id_fields=["title", "cls", "num", "job", "date", "dept", "unit", "location", "sup_title",
                                                "sup_cls", "sup_num"],
             num_text="NEW", doc_title="Work Description", heading="styled", numbering=None, date="long", cls="dash",
             order=["ga", "acts", "org", "ns", "dims", "cert"],
             rep="table", rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2024, 1, 8), author=(82, "lastfirst")), note="position number NEW")

    # 30: NRC Saskatoon, identification table with a header row
    add("NRC ACRD Director R&D Saskatoon.docx", "nrc_acrd", "docx",
        dict(lang="en", id="grid2", grid_head=("FIELD", "ENTRY"),
             id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="letter", date="iso", cls="endash", rep="typed", rep_fmt="{cls} - {title} ({fte})",
             rfte="FTE", dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="M_sp", dims_fte="bare",
             acts_style="number", sig="table"),
        props=dict(created=D(2018, 11, 5), author=(83, "first")))

    # 31: PHAC 2012, PDF printed from Word
    add("PHAC DG CEPR work description 2012.pdf", "phac_cepr", "pdf",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "location", "sup_title", "sup_cls",
                                               "sup_num"],
             doc_title="PUBLIC HEALTH AGENCY OF CANADA \u2013 EXECUTIVE WORK DESCRIPTION", heading="caps", numbering="num",
             date="long", rep="table", rep_cols=[("title", None), ("cls", None), ("fte", None)],
             dims="table", dims_keys=["fte", "salary", "om", "total"], table_amt="full", acts_style="number", sig="lines",
             footer_text=["PHAC/ASPC  \u2013  Page {page} of {pages}"]),
        props=dict(created=D(2012, 9, 24), author=(97, "first")), fmtopts=dict(tj_words=True))

    # 32: RCMP, dimensions in thousands of dollars
    add("RCMP DG Financial Management Services 2017.docx", "rcmp_fin", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "location", "sup_title", "sup_cls",
                                               "sup_num"],
             heading="bold", numbering="num", date="dmony", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="thousands", dims_keys=["fte", "salary", "om", "total"], dims_head=["Resources (FY 2017-18)", "($000)"],
             acts_style="number", sig="table", header_text=["PROTECTED A"]),
        props=dict(created=D(2017, 5, 23), author=(84, "lastfirst")), note="budget in thousands of dollars")

    # 33: Coast Guard Pacific 2006, Client Service Results template saved as text (cp1252)
    add("CCG Pacific RD ITS - 2006 (text export).txt", "ccg_pacific", "wordtext",
        dict(lang="en", id="grid2", form_title="EXECUTIVE WORK DESCRIPTION - CLIENT SERVICE RESULTS FORMAT",
             id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             order=["csr", "ka", "org", "dims", "ns", "cert"], heading="caps", date="dmonY", cls="nozero_space",
             rep="bullets", rep_fmt="{title} - {cls} - {fte}", rfte="FTEs", dims="fields",
             dims_keys=["fte", "salary", "om", "total"], amt="K", dims_fte="bare", acts_style="bullet", sig="lines"),
        fmtopts=dict(encoding="cp1252", newline="\r\n"))

    # 34: Industry Canada, report table with incumbents' names
    add("IC DG Corporations Canada 2013.docx", "ised_corp", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "unit", "location",
                                               "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="iso", cls="dash", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("name", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2013, 3, 4), author=(85, "first")))

    # 35: CCRA 2003, typed form converted from Word 97
    add("CCRA Director Sudbury Tax Centre 2003.docx", "ccra_sudbury", "docx",
        dict(lang="en", id="inline", form_title="CANADA CUSTOMS AND REVENUE AGENCY", subtitle="POSITION DESCRIPTION - EXECUTIVE",
             id_fields=["title", "group", "level", "num", "job", "date", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             labels={"group": "Group", "level": "Level"}, sep="\t", bold_labels=False,
             heading="caps", numbering="num", date="iso", rep="typed", rep_fmt="{title}, {cls}, {fte}", rfte="py",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], dims_labels={"fte": "Person-years"},
             amt="full", dims_fte="bare", acts_style="typed", sig="lines"),
        props=dict(created=D(2003, 2, 10), author=(86, "first")), note="group and level in two fields")

    # 36: PCO, supervisor under a merged label row
    add("PCO Director of Operations MoG Secretariat.docx", "pco_mog", "docx",
        dict(lang="en", id="grid2", labels={"date": "Efective Date"},
             id_fields=["title", "cls", "num", "job", "date", "unit", "location", ("group", "SUPERVISOR"),
                                               "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering=None, date="long", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="M", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2011, 10, 3), author=(87, "lastfirst")))

    # 37: HICC 2025, content controls filled, G&C
    add("HICC DG Housing Program Delivery 2025.docx", "hicc_housing", "docx",
        dict(lang="en", id="grid2", sdt=True, form_title="Executive Work Description",
             id_fields=["title", "cls", "num", "job", "date", "branch", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             order=["ga", "org", "dims", "ns", "acts", "cert"], heading="styled", numbering=None, date="iso", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="table", dims_keys=["fte", "salary", "om", "total", "gc"], table_amt="full", acts_style="number", sig="table"),
        props=dict(created=D(2024, 11, 25), author=(88, "first")))

    # 38: WAGE, supervisor in one field, no job code (N/A)
    add("WAGE Director GBV Program 2020.docx", "wage_gbv", "docx",
        dict(lang="en", id="grid2", labels={"num": "Postion Identifier"},
             id_fields=["title", "cls", "num", "job", "date", "unit", "location", "reportsto"],
             unstated={"job": "N/A"}, heading="bold", numbering="num", date="iso", cls="dash", rep="bullets",
             rep_fmt="{title} ({cls}, {fte})", rfte="FTEs", dims="fields", dims_keys=["fte", "salary", "om", "total", "gc"],
             amt="full", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2020, 6, 1), author=(89, "lastfirst")), note="job code N/A")

    # 39: ACOA 2008, lettered headings, label and value on one line
    add("ACOA NB DG Programs 2008.docx", "acoa_nb", "docx",
        dict(lang="en", id="inline", id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title",
                                                "sup_cls", "sup_num"],
             form_title="Atlantic Canada Opportunities Agency", subtitle="Executive Position Description", sep=" ",
             heading="bold", numbering="letter", head_colon=True, date="dmy", cls="nozero", rep="typed",
             rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="FTEs", dims="fields", dims_keys=["fte", "salary", "om", "gc", "total"],
             amt="full", dims_amt={"gc": "million"}, dims_fte="bare", acts_style="typed", sig="lines"),
        props=dict(created=D(2008, 8, 18), author=(90, "first")))

    # 40: DEC, French, saved as text in Unicode (UTF-16)
    add("DEC - Directeur Bureau d'affaires Estrie.txt", "dec_estrie", "wordtext",
        dict(lang="fr", id="grid2", form_title="DESCRIPTION DE TRAVAIL",
             id_fields=["title", "cls", "num", "job", "date", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="fr", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="ETP",
             dims="fields", dims_keys=["fte", "salary", "om", "total", "gc"], amt="fr_space", dims_fte="bare",
             acts_style="number", sig="lines", sig_roles=[("Titulaire", 1), ("Directeur général", 2)]),
        fmtopts=dict(encoding="utf-16", newline="\r\n"))

    # 41: PacifiCan 2024 PDF, identification in the page header
    add("PacifiCan Director Indigenous Economic Development 2024.pdf", "pacifican", "pdf",
        dict(lang="en", id="inline", id_fields=["title", "dept", "unit", "location", "sup_title", "sup_cls", "sup_num"],
             header_fields=["num", "cls", "job", "date"], header_style="line", doc_title="Work Description",
             heading="caps", numbering=None, date="iso", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total", "gc"], amt="full", dims_fte="bare", acts_style="number",
             sig="lines", footer_text=["PacifiCan  |  Page {page} of {pages}"]),
        props=dict(created=D(2024, 7, 29), author=(98, "first")))

    # 42: CanNor, English copy then French copy, saved as text (UTF-8 with BOM)
    add("CanNor DG Nunavut Operations - EN-FR.txt", "cannor_nu", "wordtext",
        dict(lang="bi", id="grid2", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="iso", rep="bullets", rep_fmt="{title} ({cls}, {fte})",
             dims="fields", dims_keys=["fte", "salary", "om", "total", "gc"], amt="full", dims_fte="bare", acts_style="number"),
        special="en_then_fr", fmtopts=dict(encoding="utf-8", newline="\r\n", bom=True))

    # 43: PSIC 2010, labels stacked two to a row
    add("PSIC Director Case Management and Investigations.docx", "psic", "docx",
        dict(lang="en", id="stack", per_row=2, id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls",
                                                          "sup_num", "incumbent"],
             doc_title="Office of the Public Sector Integrity Commissioner of Canada \u2013 Position Description",
             heading="bold", numbering="num", date="iso", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="FTEs",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare", acts_style="number", sig="table"),
        props=dict(created=D(2010, 2, 8), author=(91, "lastfirst")))

    # 44: CSPS, converter text with mojibake (UTF-8 read as Windows-1252 and saved again)
    add("CSPS Director Learning Design and Production.txt", "csps_ld", "docx2txt",
        dict(lang="en", id="grid4", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num",
                                               "branch"],
             heading="caps", numbering="num", date="iso", rep="bullets", rep_fmt="{title} \u2013 {cls} \u2013 {fte}", rfte="FTEs",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare", acts_style="number", sig="table"),
        fmtopts=dict(mojibake=True), note="typographic quotes and dashes turned to mojibake (â€™, â€“)")

    # 45: CIRNAC, revision marks: a struck-out O&M figure, "[revised 2019]"
    add("CIRNAC DG Specific Claims [revised 2019].docx", "cirnac_sc", "docx",
        dict(lang="en", id="grid2", id_fields=["title", "cls", "num", "job", "date", "branch", "location", "sup_title", "sup_cls",
                                               "sup_num"],
             value_note={"date": "[revised 2019]"}, struck={"dim_om": "$1,650,000"}, heading="caps", numbering="num",
             date="iso", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="FTEs",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", dims_fte="bare",
             revised_note="[revised 2019]", acts_style="number", sig="table"),
        props=dict(created=D(2017, 4, 3), author=(92, "first")), note="old O&M struck through beside the new one")

    # 46: LAC, French, Markdown from a converter (mammoth)
    add("BAC DG Préservation 2017.md", "lac_pres", "md-mammoth",
        dict(lang="fr", id="grid2", id_fields=["title", "cls", "num", "job", "date", "dept", "branch", "location", "sup_title",
                                               "sup_cls"],
             heading="styled", numbering=None, date="fr", rep="bullets", rep_fmt="{title} ({cls}) : {fte}", rfte="ETP",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="fr_M", dims_fte="bare", acts_style="number",
             sig="table", sig_roles=[("Titulaire", 1), ("Sous-ministre adjointe", 2)]),
        note="no supervisor position number")

    # 47: Transport Canada Quebec, French four-column form
    add("TC Québec - Directeur régional Sécurité ferroviaire.docx", "tc_rail_qc", "docx",
        dict(lang="fr", id="grid4", form_title="DESCRIPTION DE TRAVAIL \u2013 EX",
             id_fields=["title", "cls", "num", "job", "date", "location", "branch", "unit", "sup_title", "sup_cls", "sup_num"],
             heading="caps", numbering="num", date="fr_slash", cls="space", rep="table",
             rep_cols=[("num", None), ("title", None), ("cls", None), ("fte", None)],
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="fr", dims_fte="bare", acts_style="number", sig="table",
             sig_roles=[("Titulaire", 1), ("Directeur général régional", 2)]),
        props=dict(created=D(2020, 2, 10), author=(93, "lastfirst")))

    # 48: CSC Drummond, French, number and level in the page header
    add("SCC Directeur Établissement de Drummond 2019.docx", "csc_drummond", "docx",
        dict(lang="fr", id="inline", id_fields=["title", "dept", "branch", "location", "sup_title", "sup_cls", "sup_num"],
             header_fields=["num", "cls", "job", "date"], header_style="table", doc_title="Description de travail",
             heading="styled", date="fr", rep="bullets", rep_fmt="{title} ({cls}) \u2013 {fte}", rfte="effectif",
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="fr", dims_fte="bare", acts_style="number", sig="table",
             sig_roles=[("Titulaire", 1), ("Sous-commissaire régional", 2)]),
        props=dict(created=D(2019, 1, 7), author=(94, "first")))

    # 49: PSC, bilingual, each paragraph then its French
    add("PSC-CFP DG Staffing Oversight - Surveillance de la dotation.docx", "psc_oversight", "docx",
        dict(lang="bi", id="inline", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="bold", date="iso", rep="bullets", rep_fmt="{title} ({cls}, {fte})", dims_keys=["fte", "salary", "om", "total"],
             amt="full", acts_style="number"),
        special="alternating", props=dict(created=D(2023, 4, 3), author=(95, "lastfirst")))

    # 50: Parks Canada Mauricie, bilingual labels, PDF
    add("Parks Canada Mauricie FUS - DUG 2021.pdf", "parks_mauricie", "pdf",
        dict(lang="bi", id="grid2", id_fields=["title", "cls", "num", "job", "date", "location", "sup_title", "sup_cls", "sup_num"],
             heading="caps", date="iso", rep="bullets", rep_fmt="{title} ({cls}, {fte})", rep_both=True,
             dims="fields", dims_keys=["fte", "salary", "om", "total"], amt="full", acts_style="number",
             footer_text=["Parcs Canada / Parks Canada     Page {page} / {pages}"]),
        special="bi_then", props=dict(created=D(2021, 8, 16), author=(99, "lastfirst")))
    return out


# --- special layouts: bilingual documents ---------------------------------------------------------

def bi_labels(b: Build, alloc: L.Allocator, n: int) -> None:
    s = b.s
    en, fr, both = {}, {}, {}
    for f in [x for x in s["id_fields"] if isinstance(x, str)]:
        en[f] = s.get("labels_en", {}).get(f) or alloc.take(f, L.EN[f], n * 5 + 3)
        fr[f] = s.get("labels_fr", {}).get(f) or alloc.take(f, L.FR[f], n * 3 + 1)
        both[f] = f"{en[f]} / {fr[f]}"
    s.setdefault("labels_en", en)
    s.setdefault("labels_fr", fr)
    s.setdefault("labels", both)


def dims_pair(b: Build, lang: str) -> list:
    """Dimension lines in one language for a bilingual document."""
    p, s = b.p, b.s
    labels = s["dims_labels_" + lang]
    out = []
    for key in s.get("dims_keys", ["fte", "salary", "om", "total"]):
        value = {"fte": p.fte, "salary": p.salary, "om": p.om, "total": p.total, "gc": p.gc}[key]
        if value is None:
            continue
        text = fmt_num(value, lang) if key == "fte" else fmt_amt(value, s.get("amt", "full") if lang == "en" else "fr")
        b.stated[{"om": "om"}.get(key, key)] = value
        b.labels_used.append(("dim_" + key, labels[key]))
        out.append(P(f"{labels[key]}{':' if lang == 'en' else ' :'} {text}"))
    return out


def build_bi_then(b: Build) -> Doc:
    """Bilingual identification, then the text in English and again in French."""
    s = b.s
    body = []
    if s.get("doc_title"):
        body.append(P(B(s["doc_title"]), align="center"))
    body += b.id_block()
    for lang in ("en", "fr"):
        if lang == "fr":
            body.append(PageBreak())
            b.counter = 0
        body += b.sec_ga(lang)
        body += b.sec_org(lang)
        body += b.sec_ns(lang)
        body += [b.heading("dims", lang)] + dims_pair(b, lang)
        body += b.sec_acts(lang)
    body += b.sec_cert("en")
    return Doc(body=body)


def build_side_by_side(b: Build) -> Doc:
    """The whole document in a two-column table: English left, French right."""
    s, p = b.s, b.p
    rows = [[cell(B("POSITION DESCRIPTION")), cell(B("DESCRIPTION DE POSTE"))]]
    pairs = {"title": ("title_en", "title_fr"), "location": ("location_en", "location_fr"),
             "sup_title": ("sup_title_en", "sup_title_fr")}
    for f in s["id_fields"]:
        en_f, fr_f = pairs.get(f, (f, f))
        rows.append([Cell([Para([Run(b.label(f, "en") + ": ", b=True)] + b.value(en_f))]),
                     Cell([Para([Run(b.label(f, "fr") + " : ", b=True)] + b.value(fr_f))])])
    for key in ("ga", "org", "ns", "dims", "acts"):
        blocks = {}
        for lang in ("en", "fr"):
            b.counter = 0
            if key == "ga":
                blocks[lang] = b.sec_ga(lang)
            elif key == "org":
                blocks[lang] = b.sec_org(lang)
            elif key == "ns":
                blocks[lang] = b.sec_ns(lang)
            elif key == "dims":
                blocks[lang] = [b.heading("dims", lang)] + dims_pair(b, lang)
            else:
                blocks[lang] = b.sec_acts(lang)
        rows.append([Cell(blocks["en"]), Cell(blocks["fr"])])
    body = [Table(rows, widths=[3.25, 3.25])]
    body += b.sec_cert("en")
    return Doc(body=body)


def build_alternating(b: Build) -> Doc:
    """Bilingual labels and headings; each paragraph in English, then in French."""
    s, p = b.s, b.p
    body = [P(B("Work Description / Description de travail"), align="center")]
    body += b.id_block()
    for key in ("ga", "org", "ns", "dims", "acts"):
        head_en, head_fr = b.heading(key, "en"), b.heading(key, "fr")
        body.append(Para([Run(head_en.text + " / " + head_fr.text, b=True)], heading=1))
        if key == "dims":
            en, fr = dims_pair(b, "en"), dims_pair(b, "fr")
            for a, c in zip(en, fr):
                body += [a, Para([Run(c.text, i=True)])]
            continue
        fn = {"ga": b.sec_ga, "org": b.sec_org, "ns": b.sec_ns, "acts": b.sec_acts}[key]
        en, fr = fn("en")[1:], fn("fr")[1:]
        if key in ("org", "acts"):
            body += en + [Para([Run(x.text, i=True)], kind=x.kind) for x in fr]
        else:
            for a, c in zip(en, fr):
                body += [a, Para([Run(c.text, i=True)])]
    body += b.sec_cert("en")
    return Doc(body=body)


def build_en_then_fr(b: Build) -> Doc:
    """An English copy, then a French copy of the whole form."""
    s = b.s
    body = []
    for lang in ("en", "fr"):
        if lang == "fr":
            body.append(P(""))
            body.append(P("----- VERSION FRANÇAISE -----"))
            body.append(P(""))
        b.counter = 0
        body.append(P(B("EXECUTIVE WORK DESCRIPTION" if lang == "en" else "DESCRIPTION DE TRAVAIL \u2013 CADRE DE DIRECTION")))
        rows = []
        for f in s["id_fields"]:
            vf = {"title": f"title_{lang}", "location": f"location_{lang}", "sup_title": f"sup_title_{lang}"}.get(f, f)
            rows.append([cell(b.label(f, lang) + ":"), Cell([Para(b.value(vf))])])
        body.append(Table(rows))
        body += b.sec_ga(lang) + b.sec_org(lang) + b.sec_ns(lang)
        body += [b.heading("dims", lang)] + dims_pair(b, lang)
        body += b.sec_acts(lang)
        body += b.sec_cert(lang)
    return Doc(body=body)


SPECIAL = {"bi_then": build_bi_then, "side_by_side": build_side_by_side, "alternating": build_alternating,
           "en_then_fr": build_en_then_fr}


# --- refusals ------------------------------------------------------------------------------------

def png_bytes(width: int, height: int, seed: int) -> bytes:
    """A grey, blotchy 'scan' (no text a reader could take)."""
    rows = []
    state = seed
    for y in range(height):
        line = bytearray([0])
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            base = 235 if (y // 9) % 3 else 205
            line.append(max(0, min(255, base - (state >> 24) % 40 - (60 if (x * 7 + y * 3) % 97 < 4 else 0))))
        rows.append(bytes(line))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def refusals() -> list[dict]:
    out = []
    n = 900
    # R1: statement of merit criteria (Word)
    names = [person(n), person(n + 1)]
    smc = [P(B("STATEMENT OF MERIT CRITERIA AND CONDITIONS OF EMPLOYMENT"), align="center"),
           P("Position: Director, Policy Analysis and Data (EX-01)"),
           P("Organization: Canadian Heritage \u2013 Strategic Policy, Planning and Corporate Affairs"),
           P("Selection process number: 2018-PCH-EA-SPPCA-112  |  Location: Gatineau, Quebec"),
           P("Hiring manager: " + names[0]),
           Para([Run("ESSENTIAL QUALIFICATIONS", b=True)], heading=1),
           P(B("Education")),
           Para([Run("Graduation with a degree from a recognized post-secondary institution, or an acceptable combination "
                     "of education, training and/or experience.")], kind="bullet"),
           P(B("Experience")),
           Para([Run("Significant* experience in leading the development of policy advice for senior management.")], kind="bullet"),
           Para([Run("Experience in managing human and financial resources.")], kind="bullet"),
           Para([Run("Experience in establishing partnerships with stakeholders and other levels of government.")], kind="bullet"),
           P("* Significant experience is understood to mean the depth and breadth of experience normally associated "
             "with the performance of duties over a period of approximately three (3) years."),
           P(B("Key Leadership Competencies")),
           Para([Run("Create vision and strategy")], kind="bullet"), Para([Run("Mobilize people")], kind="bullet"),
           Para([Run("Uphold integrity and respect")], kind="bullet"), Para([Run("Collaborate with partners and stakeholders")], kind="bullet"),
           Para([Run("Promote innovation and guide change")], kind="bullet"), Para([Run("Achieve results")], kind="bullet"),
           P(B("Official language proficiency")), P("Bilingual imperative CBC/CBC"),
           Para([Run("CONDITIONS OF EMPLOYMENT", b=True)], heading=1),
           P("Secret security clearance. Willingness to travel occasionally."),
           P("Prepared by: " + names[1] + ", Staffing Advisor, 2018-03-12")]
    out.append(dict(name="SMC - Director Policy Analysis EX-01 - 2018.docx", fmt="docx", lang="en", people=names,
                    doc=Doc(body=smc, author=names[1], last_by=names[1], created=dt.datetime(2018, 3, 12, 10, 5),
                            modified=dt.datetime(2018, 3, 12, 15, 40), title="SMC EX-01"),
                    reason="a statement of merit criteria for a staffing process, not a work description"))
    # R2: French classification decision letter (Word)
    names = [person(n + 2), person(n + 3)]
    letter = [P("Environnement et Changement climatique Canada"), P("Ressources humaines \u2013 Classification"), P(""),
              P("Gatineau, le 4 septembre 2018"), P(""), P("Destinataire : " + names[0]),
              P("Directeur général, Application de la loi sur l'environnement"), P(""),
              P(B("Objet : Décision de classification \u2013 poste no 31947")), P(""),
              P("Madame, Monsieur,"),
              P("À la suite de l'examen de la description de travail du poste de Directeur régional, Application de la loi sur "
                "l'environnement, région du Québec, le comité de classification a évalué le poste au moyen de la Norme "
                "d'évaluation des emplois du groupe de la direction (EX)."),
              P("Le comité a confirmé la classification du poste au niveau EX-01, avec une cote totale de 1 056 points, en "
                "vigueur le 20 août 2018. La justification de la cote est jointe à la présente."),
              P("Le titulaire du poste peut présenter un grief de classification dans les 35 jours suivant la réception de "
                "la présente décision."),
              P("Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués."), P(""),
              P(names[1]), P("Conseillère principale en classification"),
              P("p. j. Justification de la cote ; description de travail signée")]
    out.append(dict(name="Décision de classification - poste 31947.docx", fmt="docx", lang="fr", people=names,
                    doc=Doc(body=letter, author=names[1], last_by=names[1], created=dt.datetime(2018, 9, 4, 9, 12),
                            modified=dt.datetime(2018, 9, 4, 11, 2)),
                    reason="a classification decision letter about a position, not a work description"))
    # R3: letter of offer for an acting appointment (PDF)
    names = [person(n + 4), person(n + 5)]
    offer = [P("Canada Border Services Agency"), P("Greater Toronto Area Region"), P(""), P("October 18, 2021"), P(""),
             P(names[0]), P("Mississauga, Ontario"), P(""),
             P("Dear " + names[0].split()[0] + ","),
             P("I am pleased to offer you an acting appointment to the position of Director, Passenger Operations, Toronto "
               "Pearson International Airport (EX-02), position number 00417, from November 1, 2021 to April 29, 2022."),
             P("Your salary will be set in accordance with the Directive on Executive Compensation, within the EX-02 salary "
               "range of $136,300 to $160,300 per year. You will be eligible for performance pay under the Performance "
               "Management Program for Executives."),
             P("This offer is conditional upon your maintaining a Secret security clearance. Please confirm your acceptance "
               "by signing below and returning a copy by October 25, 2021."),
             P(""), P("Yours sincerely,"), P(""), P(names[1]), P("Regional Director General, Greater Toronto Area Region"), P(""),
             P("I accept this offer of acting appointment.     Signature: ____________________     Date: __________")]
    out.append(dict(name="Letter of offer - acting EX-02 - 2021.pdf", fmt="pdf", lang="en", people=names,
                    doc=Doc(body=offer, author=names[1], modified=dt.datetime(2021, 10, 18, 14, 30),
                            footer=[P("Protected B (when completed)")]),
                    reason="a letter of offer for an acting appointment"))
    # R4: organization chart kept as a Word table
    names = [person(n + 6 + i) for i in range(9)]
    rows = [[cell(B(h)) for h in ("Position No.", "Position Title", "Group/Level", "Incumbent", "Reports to (Pos. No.)")]]
    chart = [("10233", "Executive Director, Western Operations", "EX-03", names[0], "10001"),
             ("10236", "Manager, Area Operational Support", "PM-06", names[1], "10233"),
             ("10241", "Regional Director, Alberta South", "EX-01", names[2], "10233"),
             ("10244", "Regional Director, British Columbia Mainland/Interior", "EX-01", names[3], "10233"),
             ("10247", "Regional Director, Saskatchewan", "EX-01", names[4], "10233"),
             ("10250", "Regional Director, Manitoba", "EX-01", names[5], "10233"),
             ("10238", "Executive Assistant", "AS-03", names[6], "10233"),
             ("10261", "Inspection Manager, Lethbridge", "EG-07", "Vacant", "10241"),
             ("10262", "Inspection Manager, Calgary", "EG-07", names[7], "10241")]
    rows += [[cell(x) for x in r] for r in chart]
    org = [P(B("Canadian Food Inspection Agency \u2013 Western Area")), P(B("Organization chart (positions) as of April 1, 2017")),
           Table(rows, header=True), P(""), P("Prepared by HR Operations, Western Area. Source: PeopleSoft position report, "
                                              "run 2017-04-03. Vacant positions shown as Vacant."),
           P("Contact: " + names[8])]
    out.append(dict(name="Org chart - Western Operations positions as of 2017-04-01.docx", fmt="docx", lang="en", people=names,
                    doc=Doc(body=org, author=names[8], last_by=names[8], created=dt.datetime(2017, 4, 3, 8, 55),
                            modified=dt.datetime(2017, 4, 3, 9, 30), title="Org chart"),
                    reason="an organization chart listing positions and incumbents, not a work description"))
    # R5: a scanned page pasted into Word as a picture (no text at all)
    out.append(dict(name="WD scan 2004 - Director Ops (image).docx", fmt="docx-image", lang="en", people=[],
                    doc=None, reason="an image of a scanned page with no text layer: unreadable"))
    return out


def image_docx() -> bytes:
    import docx
    from docx.shared import Inches
    from render import stable_zip
    d = docx.Document()
    d.add_picture(io.BytesIO(png_bytes(170, 220, 2004)), width=Inches(6.2))
    cp = d.core_properties
    when = dt.datetime(2009, 5, 21, 13, 4)
    cp.author, cp.last_modified_by, cp.title, cp.created, cp.modified, cp.revision = "", "", "", when, when, 1
    cp.last_printed = when
    out = io.BytesIO()
    d.save(out)
    return stable_zip(out.getvalue(), when)


# --- writing --------------------------------------------------------------------------------------

def fill_labels(item: dict, alloc: L.Allocator, n: int, done: dict) -> None:
    s = item["spec"]
    lang = s["lang"]
    if s.get("form_of"):
        src = done[s["form_of"]]
        for k in ("labels", "labels_en", "labels_fr", "dims_labels"):
            if k in src:
                s[k] = dict(src[k])
        if "rep_cols" in src:
            s["rep_cols"] = list(src["rep_cols"])
    if lang == "bi":
        pass  # see bi_labels (needs the Build)
    else:
        pools = L.EN if lang == "en" else L.FR
        labels = dict(s.get("labels", {}))
        fields = [f for f in s.get("id_fields", []) if isinstance(f, str)] + s.get("header_fields", []) + \
                 s.get("footer_fields", [])
        if any(isinstance(f, tuple) and f[0] == "nested" for f in s.get("id_fields", [])):
            fields += ["sup_title", "sup_cls", "sup_num", "reportsto"]
        if s.get("sup") == "block":
            fields += s.get("sup_fields", ["sup_title", "sup_cls", "sup_num"])
        for f in fields:
            if f not in labels:
                labels[f] = alloc.take(f, pools[f], n * 7 + len(f))
        s["labels"] = labels
    dl = dict(s.get("dims_labels", {}))
    dlang = "en" if lang in ("en", "bi") else "fr"
    for key in s.get("dims_keys", []):
        if key not in dl:
            dl[key] = alloc.take("dim_" + key, L.DIMS[dlang][key], n * 3 + len(key))
    if lang == "bi":
        s["dims_labels_en"] = {k: dl.get(k) or alloc.take("dim_" + k, L.DIMS["en"][k], n) for k in s.get("dims_keys", [])}
        s["dims_labels_fr"] = {k: alloc.take("dim_" + k, L.DIMS["fr"][k], n * 2 + 1) for k in s.get("dims_keys", [])}
    s["dims_labels"] = dl
    if s.get("dims") == "table" and not s.get("dims_head"):
        pool = DIMS_HEAD["en" if lang != "fr" else "fr"]
        for i in range(len(pool)):
            head = pool[(n + i) % len(pool)]
            if all(alloc.used.get(("dim_head", L.norm(h)), 0) < 2 for h in head):
                s["dims_head"] = list(head)
                break
    if s.get("rep") == "table":
        cols = []
        for key, head in s["rep_cols"]:
            if head is None:
                head = alloc.take("rep_col", L.REP_COLS["en" if lang != "fr" else "fr"][key], n * 2 + len(key))
            cols.append((key, head))
        s["rep_cols"] = cols


DIMS_HEAD = {"en": [("Type", "Amount ($)"), ("Budget line", "Amount"), ("Category", "$"), ("Resource", "Annual budget ($)"),
                    ("Item", "Value"), ("Expenditure type", "Budget ($)"), ("Budget Component", "Allocation"),
                    ("Resource type", "FY allocation ($)")],
             "fr": [("Type", "Montant ($)"), ("Poste budgétaire", "Montant"), ("Catégorie", "Budget annuel ($)")]}


def header_blocks(b: Build, fields: list, style: str) -> list:
    if not fields:
        return []
    if style == "table":
        return [Table([[cell(B(b.label(f))) for f in fields], [Cell([Para(b.value(f))]) for f in fields]])]
    runs = []
    for n, f in enumerate(fields):
        if n:
            runs.append(Run("     |     "))
        runs += [Run(b.label(f) + ": ")] + b.value(f)
    return [Para(runs)]


def make_doc(item: dict, n: int, alloc: L.Allocator) -> tuple[Doc, Build]:
    pos = version(item["key"], **item["ver"])
    s = item["spec"]
    if item["props"].get("created"):
        s["year_hint"] = item["props"]["created"]
    b = Build(pos, s, seed=n)
    if s["lang"] == "bi":
        bi_labels(b, alloc, n)
    if s.get("id_fields") and any(isinstance(f, tuple) and f[0] == "nested" for f in s["id_fields"]):
        nested = [f for f in s["id_fields"] if isinstance(f, tuple)][0]
        s["id_fields"] = [f for f in s["id_fields"] if not isinstance(f, tuple)]
        s["nested_sup"] = True
    if item["special"]:
        doc = SPECIAL[item["special"]](b)
    else:
        doc = b.build()
    if s.get("nested_sup"):
        # the supervisor, as a table inside the identification table's last row
        inner = Table([[cell(B(b.lab("sup_title"))), Cell([Para(b.value("sup_title"))])],
                       [cell(B(b.lab("sup_cls"))), Cell([Para(b.value("sup_cls"))])],
                       [cell(B(b.lab("sup_num"))), Cell([Para(b.value("sup_num"))])]], widths=[1.9, 2.1])
        table = next(x for x in doc.body if isinstance(x, Table))
        table.rows.append([cell(B(b.lab("reportsto"))), Cell([Para([]), inner])])
    if s.get("grid_head"):
        table = next(x for x in doc.body if isinstance(x, Table))
        table.rows.insert(0, [cell(B(s["grid_head"][0]), shade="BFBFBF"), cell(B(s["grid_head"][1]), shade="BFBFBF")])
        table.header = True
    if s.get("comment_after_id"):
        reviewer = b.person(5)
        note = Para([Run("[revised 2019] ", b=True),
                     Run(f"This description replaces the version signed on {fmt_date(dt.date(2011, 2, 14), 'long')}.",
                         comment=(reviewer, "".join(w[0] for w in reviewer.split()),
                                  "Updated after the September 2019 reorganization: reports and budget figures."))])
        idx = next(i for i, x in enumerate(doc.body) if isinstance(x, Table)) + 1
        doc.body.insert(idx, note)
    header = [P(x) for x in s.get("header_text", [])]
    header += header_blocks(b, s.get("header_fields", []), s.get("header_style", "line"))
    footer = header_blocks(b, s.get("footer_fields", []), "line")
    for x in s.get("footer_text", []):
        footer.append(P("Page ", Run("1", kind="field")) if x == "PAGE" else P(x))
    doc.header, doc.footer = header, footer
    # tracked changes are made by a person: the author's name is in the file
    for field, (old, who) in list(s.get("tracked", {}).items()):
        if who == "author":
            s["tracked"][field] = (old, b.person(6))
    if s.get("tracked"):
        b.people.append(b.person(6)) if b.person(6) not in b.people else None
        doc.change_date = dt.datetime(2019, 8, 27, 10, 14)
        _retag_authors(doc, b.person(6))
    props = item["props"]
    when = pos.date or props.get("created") or D(2010, 1, 1)
    created = props.get("created", when)
    doc.created = dt.datetime.combine(created, dt.time(9, 12))
    doc.modified = dt.datetime.combine(max(when, created), dt.time(16, 41))
    if props.get("author"):
        nth, style = props["author"]
        name = person(1000 + nth)
        first, last = name.split(" ", 1)
        doc.author = f"{last}, {first}" if style == "lastfirst" else name
        doc.last_by = doc.author
        b.people.append(doc.author)
    doc.title = props.get("title", ["Executive Work Description", "EX Work Description Template", "", "Position Description",
                                    "Work Description - EX", "Description de travail", "Template - WD (EX)"][n % 7])
    return doc, b


def _retag_authors(doc: Doc, who: str) -> None:
    def walk(blocks):
        for x in blocks:
            if isinstance(x, Para):
                for r in x.runs:
                    if r.kind in ("ins", "del"):
                        r.author = who
            elif isinstance(x, Table):
                for row_ in x.rows:
                    for c in row_:
                        walk(c.blocks)
    walk(doc.body)


def render_bytes(item: dict, doc: Doc) -> bytes:
    fmt, opts = item["fmt"], item["fmtopts"]
    if fmt == "docx":
        return to_docx(doc)
    if fmt == "wordtext":
        return to_wordtext(doc, encoding=opts.get("encoding", "cp1252"), newline=opts.get("newline", "\r\n"),
                           bom=opts.get("bom", False))
    if fmt == "docx2txt":
        return to_docx2txt(doc, mojibake=opts.get("mojibake", False))
    if fmt == "md-pandoc":
        return to_markdown(doc, "pandoc")
    if fmt == "md-mammoth":
        return to_markdown(doc, "mammoth")
    if fmt == "pdf":
        return to_pdf(doc, tj_words=opts.get("tj_words", False))
    raise ValueError(fmt)


KIND = {"docx": "docx", "wordtext": "text", "docx2txt": "text", "md-pandoc": "markdown", "md-mammoth": "markdown",
        "pdf": "pdf", "docx-image": "docx"}
LANG = {"en": "en", "fr": "fr", "bi": "bilingual"}


def truth_of(item: dict, b: Build) -> dict:
    st = b.stated
    fields = {
        "title": st.get("title"), "classification": st.get("cls"), "job_code": st.get("job"),
        "position_number": st.get("num"), "effective_date": st.get("date"),
        "supervisor": {"position_number": st.get("sup_num"), "title": st.get("sup_title"),
                       "classification": st.get("sup_cls")},
        "direct_reports": b.reports, "salary": st.get("salary"), "o_and_m": st.get("om"), "total": st.get("total"),
        "location": st.get("location")}
    not_stated = [k for k in ("title", "classification", "job_code", "position_number", "effective_date") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
    not_stated += [k for k in ("salary", "o_and_m", "total", "location") if fields[k] is None]
    kind = KIND[item["fmt"]]
    if item["fmt"] == "wordtext" and item["fmtopts"].get("encoding") == "cp1252":
        kind = "text-cp1252"
    if item["fmt"] == "wordtext" and item["fmtopts"].get("encoding") == "utf-16":
        kind = "text-utf16"
    truth = {"document": item["name"], "kind": kind, "language": LANG[item["lang"]], "outcome": "import",
             "fields": fields, "not_stated": not_stated,
             "also": {"fte": st.get("fte"), "operating_budget": st.get("operating"), "program_budget": st.get("gc"),
                      "provisional_number": st.get("provisional")},
             "people": sorted(set(b.people))}
    if item["fmtopts"].get("mojibake"):  # the names as the damaged file spells them
        truth["people"] += sorted({p.encode("utf-8").decode("cp1252", errors="replace") for p in b.people} - set(b.people))
    if item.get("note"):
        truth["note"] = item["note"]
    return truth


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def generate() -> dict[str, bytes]:
    generate.models = {}
    files: dict[str, bytes] = {}
    truths: dict[str, dict] = {}
    alloc = L.Allocator(cap=3)
    done: dict = {}
    builds = {}
    items = docs()
    for n, item in enumerate(items, 1):
        fill_labels(item, alloc, n, done)
        doc, b = make_doc(item, n, alloc)
        done[item["name"]] = item["spec"]
        for kind, word in sorted(set(b.labels_used)):
            alloc.count(kind, word)
        files[item["name"]] = render_bytes(item, doc)
        truths[item["name"]] = truth_of(item, b)
        builds[item["name"]] = (item, b)
        generate.models[item["name"]] = doc
    # versions: the documents of one position, the newest named
    by_key: dict = {}
    for item in items:
        by_key.setdefault(item["key"], []).append(item)
    for key, group in by_key.items():
        if len(group) > 1:
            dated = [(truths[i["name"]]["fields"]["effective_date"] or dt.date.min, i["name"]) for i in group]
            newest = max(dated)[1]
            for i in group:
                truths[i["name"]]["versions"] = {"position": key, "documents": [g["name"] for g in group], "newest": newest}
    for r in refusals():
        if r["fmt"] == "docx":
            data = to_docx(r["doc"])
        elif r["fmt"] == "pdf":
            data = to_pdf(r["doc"])
        else:
            data = image_docx()
        files[r["name"]] = data
        truths[r["name"]] = {"document": r["name"], "kind": KIND[r["fmt"]], "language": r["lang"], "outcome": "refuse",
                             "reason": r["reason"], "people": r["people"]}
    out = {}
    for name, data in files.items():
        out["corpus/" + name] = data
        out["expected/" + name + ".expected.yaml"] = dump(truths[name]).encode("utf-8")
    out["_labels"] = repr(sorted(alloc.used.items())).encode()
    generate.builds = builds
    generate.alloc = alloc
    return out


def check_labels(alloc: L.Allocator) -> list[str]:
    return [f"{kind} {word!r} used by {n} documents" for (kind, word), n in alloc.used.items() if n > 3]


def main(argv: list[str]) -> int:
    out = generate()
    problems = check_labels(generate.alloc)
    for d in (CORPUS, EXPECTED):
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    for rel, data in out.items():
        if rel.startswith("_"):
            continue
        (HERE / rel).write_bytes(data)
    digest = hashlib.sha256(b"".join(k.encode() + v for k, v in sorted(out.items()))).hexdigest()
    print(f"{sum(1 for k in out if k.startswith('corpus/'))} documents written, sha256 {digest[:16]}")
    if "--check" in argv:
        import selfcheck
        problems += selfcheck.run(generate.builds, HERE / "corpus", HERE / "expected")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
