"""The documents of blind136: one line of choices each (kind, language, form, layouts, notations,
redactions, damage, release and page), the versions, and the documents to refuse."""
import datetime as dt
import random
import textwrap

from make_blind import Doc, R, damage, rezip, FIXED, released_line
from tests.import_files import pdf_bytes
import texts as T

D = dt.date
S = "SECRET // CEO"
PB = "PROTECTED B"
PA = "PROTECTED A"
A123, A456, A318, A077, A041 = "A-2024-00123", "A-2022-00456", "A-2022-00318", "A-2023-00077", "A-2025-00041"
OLD, NEW = {"older": True}, {}


def v(group, note, older=False, same=False):
    return {"group": group, "note": note, "older": older, "same_text": same}


N_CTA = "2019 draft before release; the 2023 description adds a team (one report more, salary higher), a new date, and its release withholds the position number and the O&M"
N_DGIA = "2018 scan, then the 2022 signed description: one director more, higher salary and O&M, new date"
N_PSS = "the same signed description released in A-2022-00318, once as the PDF and once as a scan of the printed release"
N_CFP = "2021 description, then the 2023 one: one report more, a higher salary, new date and form"
N_HSM = "2020 French description (budgets withheld), then the 2024 one: one report more, new date, budgets released"
N_CISO = "2017 scan, then the 2024 bilingual signed description: one report more, higher salary, new date"
N_RBL = "2022 release copy, then the 2025 description (salary up; the 2022 salary quoted beside it as a former value)"

SPECS = [
    # --- versions
    Doc("Director, Cyber Threat Assessment - DRAFT 2019.docx", "cta", "docx", "en", "A", "bul", "three",
        D(2019, 6, 3), "long", "full", "", 0, S, redstyle="block", date_text="TBD", docx_kv="table", incumbent="Vacant",
        names=[("Wren Castellano", "Director General, Intelligence Assessments (A)")], version=v("cta", N_CTA, True),
        author="Wren Castellano"),
    Doc("A-2024-00123 - Director Cyber Threat Assessment (released).pdf", "cta", "pdf", "en", "A", "table", "three",
        D(2023, 4, 1), "dmy", "M", A123, 14, S, red={"pos", "o_and_m"}, redstyle="code", incumbent="@19",
        names=[("@19", "Director General, Intelligence Assessments")], version=v("cta", N_CTA)),
    Doc("DG Intelligence Assessments 2018 scan.txt", "dgia", "ocr", "en", "B", "dash", "line", D(2018, 1, 15), "abbr",
        "K", A456, 3, "SECRET", dmg="heavy", footer="dash",
        running="CSSA   Director General, Intelligence Assessments   EX-03",
        names=[("Augustin Peltonen", "Assistant Director, Intelligence")], version=v("dgia", N_DGIA, True)),
    Doc("A-2022-00456 DG Intel Assessments - signed.pdf", "dgia", "pdf", "en", "A", "chart", "three", D(2022, 2, 1),
        "long", "full", A456, 7, PB, redstyle="tag", release_pages=140,
        names=[("Augustin Peltonen", "Assistant Director, Intelligence"), ("@19", "Director General, Human Resources")],
        version=v("dgia", N_DGIA)),
    Doc("A-2022-00318 Personnel Security Screening.pdf", "pss", "pdf", "en", "A", "bul", "three", D(2021, 9, 20),
        "long", "full", A318, 22, PB, red={"sup_pos"}, redstyle="code", release_pages=96,
        security="Top Secret (Enhanced) - the incumbent also holds delegated authority to grant Level II (Secret) clearances",
        names=[("Emeka Lindqvist", "Director General, Internal Security")], version=v("pss", N_PSS, same=True)),
    Doc("A-2022-00318 Personnel Security Screening (1).txt", "pss", "ocr", "en", "A", "bul", "three", D(2021, 9, 20),
        "long", "full", A318, 22, PB, red={"sup_pos"}, redstyle="code", release_pages=96, dmg="light",
        security="Top Secret (Enhanced) - the incumbent also holds delegated authority to grant Level II (Secret) clearances",
        names=[("Emeka Lindqvist", "Director General, Internal Security")], version=v("pss", N_PSS, same=True)),
    Doc("Director, Corporate Finance and Planning (2021).md", "cfp", "markdown", "en", "A", "table", "three",
        D(2021, 4, 1), "long", "full", "", 0, PA, names=[("Rosalind Thibodeau", "Director General, Finance")],
        version=v("cfp", N_CFP, True)),
    Doc("WD Corporate Finance & Planning 2023 - final.txt", "cfp", "text-cp1252", "en", "B", "dash", "line",
        D(2023, 5, 15), "long", "plain", A123, 58, PA, red={"pos"}, redstyle="tag",
        names=[("Rosalind Thibodeau", "Director General, Finance and Deputy CFO")], version=v("cfp", N_CFP)),
    Doc("Directrice, Gestion des sources humaines \u2013 2020.txt", "hsm", "text", "fr", "F", "bul", "three",
        D(2020, 10, 1), "fr", "frfull", A077, 9, "SECRET // RÉSERVÉ AUX CANADIENS", release_pages=58,
        red={"pos", "salary", "o_and_m", "total"}, redstyle="block", incumbent="@19",
        names=[("@19", "Directrice générale, Opérations de collecte")], version=v("hsm", N_HSM, True)),
    Doc("DT Gestion des sources humaines 2024 numérisé.txt", "hsm", "ocr", "fr", "F", "chart", "three",
        D(2024, 1, 15), "fr", "frM", A123, 44, "SECRET // RÉSERVÉ AUX CANADIENS", red={"pos"}, redstyle="code",
        dmg="mid", footer="ofn", names=[("Séverine Halvorsen", "Directrice générale, Opérations de collecte")],
        version=v("hsm", N_HSM)),
    Doc("CISO work description 2017 (scan).txt", "ciso", "ocr-columns", "en", "B", "bul", "line", D(2017, 11, 6),
        "abbr", "K", "", 0, PB, dmg="mid", footer="dash", names=[("Torvald Ashcombe", "Assistant Director, Technology")],
        version=v("ciso", N_CISO, True)),
    Doc("CISO - DPSI 2024 - signed.docx", "ciso", "docx", "bi", "BI", "table", "three", D(2024, 4, 2), "iso", "full",
        "", 0, "PROTECTED B / PROTÉGÉ B", red={"sup_pos"}, redstyle="block", docx_kv="table",
        incumbent="Clémentine Varga",
        names=[("Torvald Ashcombe", "Assistant Director, Technology / Directeur adjoint, Technologie"),
               ("Clémentine Varga", "Chief Information Security Officer / Dirigeante principale de la sécurité de l'information")],
        version=v("ciso", N_CISO), author="Clémentine Varga"),
    Doc("Review Bodies Liaison - release A-2023-00077.txt", "rbl", "text", "en", "A", "bul", "three", D(2022, 3, 14),
        "long", "full", A077, 5, S, red={"pos"}, redstyle="block", withheld_rows=[1], release_pages=58,
        salary_factor=0.94, names=[("@19", "Director General, Strategic Policy and Legislation")],
        version=v("rbl", N_RBL, True)),
    Doc("Director, Review Bodies Liaison 2025.pdf", "rbl", "pdf", "en", "A", "bul", "three", D(2025, 1, 6), "long",
        "full", A041, 31, PB, redstyle="code", withheld_rows=[1], former=("2022", 0.94),
        release_pages=77, names=[("Yvette Brassard-Kaur", "Director General, Strategic Policy and Legislation")],
        version=v("rbl", N_RBL)),
    # --- PDFs
    Doc("A-2024-00123 p19-24 Counter-Proliferation.pdf", "cpa", "pdf", "en", "B", "sent", "line", D(2020, 7, 13),
        "long", "M", A123, 19, S, red={"pos", "sup_pos", "sup_class"}, redstyle="code", incumbent="@19",
        names=[("@19", "Director General, Intelligence Assessments")]),
    Doc("Foreign Intelligence Requirements, Director (EX-01).pdf", "fir", "pdf", "en", "A", "dash", "three",
        D(2019, 2, 25), "dmy", "full", A123, 25, S, red={"salary", "o_and_m", "total", "fte"}, redstyle="code",
        names=[("Séverine Halvorsen", "Director General, Collection Operations")]),
    Doc("DG Collection Operations_release.pdf", "dgco", "pdf", "en", "A", "chart", "chart", D(2021, 11, 8), "long",
        "M", A123, 3, S, redstyle="tag", fte_hidden=[0], names=[("Augustin Peltonen", "Assistant Director, Intelligence")]),
    Doc("ED Threat Reduction Measures - signed.pdf", "trm", "pdf", "en", "B", "bul", "line", D(2022, 6, 30), "abbr",
        "full", A456, 88, "SECRET", red={"pos"}, redstyle="bracket", release_pages=140,
        names=[("Lionel Abernathy-Roy", "Deputy Director, Operations")]),
    Doc("A-2024-00123 DG Enterprise IT Security.pdf", "dgits", "pdf", "en", "A", "table", "three", D(2020, 1, 20),
        "long", "K", A123, 101, PB, names=[("Casimir Nakashima", "Deputy Chief, IT Security")]),
    Doc("DG Strategic Policy & Legislation.pdf", "dgspl", "pdf", "en", "A", "bul", "sent", D(2023, 9, 5), "dmy", "M",
        A041, 2, "UNCLASSIFIED when detached from enclosure", release_pages=77, peers=6,
        names=[("Lionel Abernathy-Roy", "Deputy Director, Operations")]),
    Doc("DT DG Finances et DPAF adjoint.pdf", "dgfin", "pdf", "fr", "F", "table", "line", D(2022, 10, 3), "fr", "frfull",
        A123, 150, "PROTÉGÉ B", red={"sup_pos"}, redstyle="code", names=[("Radomir Leblanc", "Dirigeant principal des finances")]),
    Doc("Chief Audit and Evaluation Executive.pdf", "cae", "pdf", "en", "A", "bul", "three", D(2021, 6, 21), "long",
        "full", A041, 45, PB, total=False, release_pages=77, peers=9,
        names=[("Ambrose Fitzwilliam", "Director of the Agency")]),
    Doc("Industrial Security Program - Programme de sécurité industrielle.pdf", "isp", "pdf", "bi", "BI", "dash",
        "three", D(2024, 2, 12), "iso", "full", A123, 190, "PROTECTED A / PROTÉGÉ A", red={"pos"}, redstyle="code",
        names=[("Emeka Lindqvist", "Director General, Internal Security / Directeur général, Sécurité interne")]),
    Doc("Programme des risques internes, directrice.pdf", "irp", "pdf", "fr", "F", "bul", "three", D(2023, 3, 27),
        "fr", "frM", A123, 170, "SECRET // RÉSERVÉ AUX CANADIENS", red={"salary", "total"}, redstyle="code",
        incumbent="@19", names=[("Emeka Lindqvist", "Directeur général, Sécurité interne")]),
    # --- OCR
    Doc("Prairie Region ops director - scan.txt", "pro", "ocr", "en", "A", "bul", "three", D(2018, 8, 13), "long",
        "full", A456, 40, S, red={"pos"}, redstyle="tag", dmg="heavy", release_pages=140,
        running="CSSA - Director, Regional Operations (Prairie Region) - EX-01",
        names=[("Noémie Arsenault-Haddad", "Director General, Regional Operations")]),
    Doc("Target Discovery WD.txt", "tdi", "ocr", "en", "B", "dash", "line", D(2020, 5, 4), "abbr", "K", A123, 30, S,
        fte_hidden=[1], redstyle="code", dmg="mid", footer="dash", names=[("Séverine Halvorsen", "Director General, Collection Operations")]),
    Doc("Geospatial Intelligence Production.txt", "geo", "ocr", "en", "A", "table", "three", D(2021, 1, 11), "dmy",
        "full", A123, 36, PB, dmg="light", footer="ofn", running="Director, Geospatial Intelligence Production (EX-01)",
        names=[("Wren Castellano", "Director General, Intelligence Assessments")]),
    Doc("CDOC director (ocr).txt", "cdoc", "ocr", "en", "A", "chart", "three", D(2022, 8, 22), "long", "M", A123, 110,
        PB, red={"pos"}, redstyle="code", dmg="mid", names=[("Casimir Nakashima", "Director General, Enterprise IT Security")]),
    Doc("Recherche sur les vulnérabilités - DT.txt", "vre", "ocr", "fr", "F", "bul", "line", D(2019, 12, 2), "fr",
        "frfull", A123, 118, "PROTÉGÉ B", dmg="light", footer="ofn",
        names=[("Dariusz Okonkwo-Bell", "Sous-chef, Sécurité des TI")]),
    Doc("ICAM Director 2023.txt", "icam", "ocr", "en", "A", "sent", "three", D(2023, 2, 6), "long", "full", A123, 124,
        PB, red={"o_and_m"}, redstyle="code", dmg="mid", footer="bare",
        names=[("Casimir Nakashima", "Director General, Enterprise IT Security")]),
    Doc("Physical Security & Facilities 2017.txt", "psf", "ocr", "en", "B", "bul", "line", D(2017, 3, 20), "abbr",
        "plain", A318, 40, PA, dmg="heavy", release_pages=96, incumbent="Quentin Abergel",
        names=[("Emeka Lindqvist", "Director General, Internal Security")]),
    Doc("Gestion des documents et archives (numérisation).txt", "rma", "ocr", "fr", "F", "dash", "three",
        D(2021, 5, 10), "fr", "frM", A123, 140, "PROTÉGÉ A", dmg="mid", redstyle="code",
        names=[("Géraldine Pinsonneault", "Directeur général, Planification et secrétariat ministériels")]),
    Doc("Translation and Linguistic Services - bilingual scan.txt", "tls", "ocr", "bi", "BI", "bul", "three",
        D(2024, 9, 3), "iso", "full", A041, 60, "UNCLASSIFIED / NON CLASSIFIÉ", dmg="light", footer="ofn",
        release_pages=77, names=[("Géraldine Pinsonneault", "Director General, Corporate Planning and Secretariat")]),
    Doc("Crypto Key Mgmt director scan 2020.txt", "ckm", "ocr-columns", "en", "A", "bul", "three", D(2020, 9, 14),
        "long", "K", A123, 106, S, red={"pos"}, redstyle="code", dmg="mid",
        names=[("Casimir Nakashima", "Director General, Enterprise IT Security")]),
    # --- Word
    Doc("ITAC Executive Director - WD (release copy).docx", "itac", "docx", "en", "A", "table", "three",
        D(2023, 1, 9), "long", "full", A123, 80, S, red={"salary", "o_and_m"}, redstyle="block", docx_kv="table",
        names=[("Ambrose Fitzwilliam", "Director of the Agency")], author="ATIP Office"),
    Doc("Director ATIP - work description.docx", "atip", "docx", "en", "A", "bul", "three", D(2022, 11, 14), "dmy",
        "full", "", 0, "UNCLASSIFIED", incumbent="Marguerite Tessier-Lund",
        names=[("Odile Fairbairn", "General Counsel, Legal Services")], author="Odile Fairbairn"),
    Doc("Politique des partenariats internationaux - DT signée.docx", "ipp", "docx", "fr", "F", "table", "three",
        D(2021, 8, 30), "fr", "frfull", A123, 70, "PROTÉGÉ B", red={"pos"}, redstyle="block",
        names=[("Yvette Brassard-Kaur", "Directrice générale, Politique stratégique et législation")]),
    Doc("HR Operations director (2024).docx", "hro", "docx", "en", "B", "dash", "line", D(2024, 6, 17), "long", "M",
        "", 0, PA, docx_kv="table", job_text=False, names=[("Henrietta Mbuyi", "Director General, Human Resources")],
        author="Henrietta Mbuyi"),
    Doc("Corporate Secretariat - Secrétariat ministériel.docx", "csec", "docx", "bi", "BI", "bul", "three",
        D(2020, 3, 2), "iso", "full", "", 0, "UNCLASSIFIED / NON CLASSIFIÉ",
        names=[("Géraldine Pinsonneault", "Director General, Corporate Planning and Secretariat / Directeur général, Planification et secrétariat ministériels")]),
    # --- text
    Doc("Operational Policy and Compliance (release text).txt", "opc", "text", "en", "A", "chart", "chart",
        D(2023, 10, 30), "long", "full", A123, 130, PB, red={"pos"}, redstyle="block",
        names=[("Yvette Brassard-Kaur", "Director General, Strategic Policy and Legislation")]),
    Doc("Gouvernance et éthique des données - DE.txt", "dge", "text", "fr", "F", "bul", "three", D(2022, 4, 25), "fr",
        "frfull", A041, 12, "SECRET", red={"sup_pos"}, redstyle="block", release_pages=77,
        names=[("Ambrose Fitzwilliam", "Directeur de l'Agence")]),
    Doc("Learning & Tradecraft Training - WD.txt", "ltt", "text-cp1252", "en", "A", "table", "three", D(2019, 10, 7),
        "long", "full", "", 0, PA, names=[("Henrietta Mbuyi", "Director General, Human Resources")]),
    Doc("Approvisionnement et gestion du matériel.txt", "pmm", "text-cp1252", "fr", "F", "bul", "line", D(2020, 2, 17),
        "fr", "frfull", "", 0, "NON CLASSIFIÉ", names=[("Rosalind Thibodeau", "Directeur général, Finances")]),
    # --- Markdown
    Doc("Director, Classified Networks Engineering.md", "cne", "markdown", "en", "A", "table", "three", D(2022, 5, 2),
        "long", "full", "", 0, "SECRET", job_text="N/A", names=[("Casimir Nakashima", "Director General, Enterprise IT Security")]),
    Doc("comms & public affairs director.md", "cpa2", "markdown", "en", "B", "bul", "line", D(2018, 4, 9), "dmy", "K",
        "", 0, "UNCLASSIFIED", names=[("Géraldine Pinsonneault", "Director General, Corporate Planning and Secretariat")]),
]


def drop_last(p):
    p["reports"].pop()


def drop_first(p):
    p["reports"].pop(0)


def lower_om(p):
    p["om"] = p["om"] - 37000


VARIANTS = {
    "Director, Cyber Threat Assessment - DRAFT 2019.docx": [drop_last, lower_om],
    "DG Intelligence Assessments 2018 scan.txt": [drop_first, lower_om],
    "Director, Corporate Finance and Planning (2021).md": [drop_last, lower_om],
    "Directrice, Gestion des sources humaines \u2013 2020.txt": [drop_last],
    "CISO work description 2017 (scan).txt": [drop_last, lower_om],
}


# ---------------------------------------------------------------------------------------------
# documents to refuse


def cover_letter():
    body = f"""{T.AGENCY}
{T.AGENCY_FR}
Access to Information and Privacy
Ottawa, Ontario

March 28, 2024

Our file: {A123}

s.19(1)

Dear s.19(1):

This is in response to your request under the Access to Information Act received on January 12, 2024,
for "all work descriptions of executive (EX) positions in the Intelligence, IT Security, Policy and
Corporate Services branches, including organization charts".

Please find enclosed 212 pages. Some of the information has been withheld under sections 15(1)
(international affairs and defence), 16(2) (security methods), 19(1) (personal information) and
21(1)(a) and (b) (advice and consultations) of the Act. Pages 37 to 39 are withheld in their entirety.
Position numbers of positions in operational branches are withheld under section 15(1).

The Director, Access to Information and Privacy, has delegated authority to respond to this request.
Please note that you have the right to file a complaint with the Information Commissioner of Canada
within 60 days of the receipt of this letter.

Should you have any questions, please contact Hollis Vantongeren, Senior ATIP Analyst, at 613-555-0148
(reference A-2024-00123).

Sincerely,

Marguerite Tessier-Lund
Director, Access to Information and Privacy

Enclosure (212 pages)
"""
    pages = [released_line("en").rjust(110) + "\n\n" + body]
    return pdf_bytes(pages)


def index_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Hollis Vantongeren"
    cp.last_modified_by = "Hollis Vantongeren"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    d.sections[0].header.paragraphs[0].text = "UNCLASSIFIED / NON CLASSIFIÉ"
    d.add_heading("Annex A - Index of Records / Annexe A - Index des documents", level=1)
    d.add_paragraph(f"Request {A123}    Prepared by: Hollis Vantongeren    2024-03-27")
    rows = [
        ("1", "1-2", "Organization chart, Intelligence Branch (2023)", "15(1), 19(1)", "Disclosed in part"),
        ("2", "3-6", "Work description - Director General, Collection Operations (EX-03)", "15(1)", "Disclosed in part"),
        ("3", "14-18", "Work description - Director, Cyber Threat Assessment (EX-01), pos. no. withheld", "15(1), 19(1)", "Disclosed in part"),
        ("4", "19-24", "Work description - Director, Counter-Proliferation Analysis (EX-01)", "15(1), 19(1)", "Disclosed in part"),
        ("5", "25-29", "Work description - Director, Foreign Intelligence Requirements (EX-01), budgets", "15(1)", "Disclosed in part"),
        ("6", "37-39", "Threat assessment annex to work description 4", "15(1), 16(2)", "Withheld in full"),
        ("7", "101-105", "Work description - Director General, Enterprise IT Security (EX-03), 2020", "-", "Disclosed"),
        ("8", "150-156", "Description de travail - DG, Finances et DPAF adjoint (EX-03)", "15(1)", "Disclosed in part"),
        ("9", "170-175", "Description de travail - Directrice, Programme des risques internes (EX-01)", "15(1), 19(1)", "Disclosed in part"),
        ("10", "206-212", "Classification decision records, EX-01 to EX-03 (12 positions, 2019-2024)", "21(1)(a)", "Disclosed in part"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Pages", "Description", "Exemptions", "Disposition"]):
        c.text = h
    for r in rows:
        for c, val in zip(t.add_row().cells, r):
            c.text = val
    d.add_paragraph("Total pages processed: 212. Pages disclosed in full: 61. Pages disclosed in part: 148. "
                    "Pages withheld in full: 3.")
    buf = __import__("io").BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def withheld_pages():
    pages = []
    for n in (37, 38, 39):
        pages.append("\n".join([
            "SECRET // CEO".center(100), "", "", "",
            f"Page {n} is withheld pursuant to sections 15(1), 16(2) of the Access to Information Act",
            "", f"La page {n} est retenue en vertu des articles 15(1), 16(2) de la Loi sur l'accès à l'information",
            "", "", "", f"{A123} - Page {n} of 212".rjust(110)]))
    return pdf_bytes(pages)


def org_chart_ocr():
    def box(lines, w):
        e = "+" + "-" * (w + 2) + "+"
        return [e] + [f"| {ln.ljust(w)} |" for ln in lines] + [e]
    lines = ["PROTÉGÉ B".center(70), "", "ORGANIGRAMME - DIRECTION GÉNÉRALE DE LA SÉCURITÉ DES TI DE L'ENTREPRISE",
             "En vigueur : 1er juin 2023", ""]
    lines += [" " * 18 + ln for ln in box(["Directeur général, Sécurité des TI", "de l'entreprise", "EX-03   art. 19(1)", "61 ETP"], 36)]
    lines.append(" " * 37 + "|")
    lines.append("   " + "+".join(["-" * 22] * 3))
    subs = [["Directeur, Centre des", "opérations de", "cyberdéfense", "EX-01  art. 19(1)", "24 ETP"],
            ["Directrice, Gestion", "des clés", "cryptographiques", "EX-01  art. 19(1)", "13 ETP"],
            ["Directrice, Gestion des", "identités et de", "l'accès", "EX-01  (vacant)", "15 ETP"],
            ["Directeur, Ingénierie", "des réseaux", "classifiés", "EX-01  art. 19(1)", "8 ETP"]]
    drawn = [box(s, 22) for s in subs]
    for j in range(len(drawn[0])):
        lines.append(" ".join(d[j] for d in drawn))
    lines += ["", "Adjointe administrative (AS-02)  art. 19(1)", "",
              "Préparé par : Ressources humaines - Organisation et classification", "",
              f"{A123} - Page 1 of 212".rjust(76), released_line("fr"), "PROTÉGÉ B".center(70)]
    lines = damage(lines, "mid", random.Random("orgchart"))
    return ("\n".join(lines) + "\n").encode("utf-8")


REFUSALS = [
    dict(name="A-2024-00123 Release letter.pdf", kind="pdf", lang="en", bytes=cover_letter,
         also={"what": "the release package's cover letter to the requester (212 pages, exemptions)", "release": A123},
         people=["Hollis Vantongeren", "Marguerite Tessier-Lund"]),
    dict(name="A-2024-00123 - Index of records (Annex A).docx", kind="docx", lang="bi", bytes=index_docx,
         also={"what": "the index of records of the release: document titles with levels, pages, exemptions", "release": A123},
         people=["Hollis Vantongeren"]),
    dict(name="A-2024-00123 pp 37-39 (withheld).pdf", kind="pdf", lang="bi", bytes=withheld_pages,
         also={"what": "three pages withheld in full: a notice on each page", "release": A123}, people=[]),
    dict(name="Organigramme DGSI 2023 (scan).txt", kind="ocr", lang="fr", bytes=org_chart_ocr,
         also={"what": "an organization chart drawn in boxes, scanned (names withheld under 19(1))", "damage": "mid"},
         people=[]),
    dict(name="scan0042.pdf", kind="pdf", lang="en", bytes=lambda: pdf_bytes(["", ""]),
         also={"what": "two scanned pages without a text layer"}, people=[]),
]
