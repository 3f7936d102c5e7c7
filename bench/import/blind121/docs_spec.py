"""The 45 work descriptions of blind121: which position, which file, which kind, form and notations."""
from datetime import date


def D(file, key, kind, lang, form, **kw):
    return dict(file=file, key=key, kind=kind, lang=lang, form=form, **kw)


HDR_HC = "Health Canada - Executive Work Description"
OCS_2016 = dict(
    eff=date(2016, 3, 7),
    sup=("70300", "Director General, Controlled Substances and Tobacco Directorate",
         "Directeur général, Direction des substances contrôlées et de la lutte au tabagisme", "EX-03"),
    reports=[("Manager, Exemptions and Authorizations", "", "BI-04", 15),
             ("Manager, Precursor Chemicals and Import-Export", "", "BI-04", 12),
             ("Manager, Regulatory Policy", "", "EC-07", 7)],
    sal=3120000, om=448000, fte=38, branch="HECSB")
HEALTHY_2019 = dict(
    eff=date(2019, 1, 14),
    reports=[("Manager, Grants and Contributions", "", "PM-06", 15),
             ("Manager, Physical Activity and Healthy Eating", "", "EC-07", 9),
             ("Manager, Mental Health Promotion", "", "EC-07", 8)],
    sal=2765000, om=545000, fte=35)
FOOD_DRAFT = dict(
    reports=[r for r in __import__("texts").BY_KEY["hc_dg_food"]["reports"][:4]],
    sal=4655000, om=1215000, fte=247)

DOCS = [
    # ---------------- OCR scans ----------------
    D("Scan_2020-03-02_BCS Director EX-01.txt", "hc_bcs", "ocr", "en", "EN1", ocr="middling",
      date="long", money="short", rep="paren", sup="fields", run_footer="HC/SC 4571 (2019-04)     Page {i} of {n}",
      distract="The Food Directorate as a whole has some 248 FTEs and a salary and O&M budget of $6.085M.",
      formname="executive work description"),
    D("DIR BSN - description de travail (numérisée).txt", "hc_bns", "ocr", "fr", "FR1", ocr="light",
      date="fr", money="full", rep="dash", sup="fields", kv="frcolon", incumbent=True,
      run_header="Santé Canada - Description de travail - Bureau des sciences de la nutrition"),
    D("ROEB West RD 62214.txt", "hc_roeb_west", "ocr", "en", "EN1", ocr="heavy", layout="oneline",
      date="abbr", money="million", rep="prefix", sup="fields", omit=("job",), cls_text="EX-01"),
    D("OCS Director 2016 scan.txt", "hc_ocs", "ocr", "en", "EN2", ocr="middling", over=OCS_2016,
      date="dmy", money="full", rep="staff", sup="line", kv="dots", versions="ocs",
      vnote="2016 description (Controlled Substances and Tobacco Directorate, three managers, 38 FTEs); "
            "revised 2022 with a new supervisor title, a fourth manager, 53 FTEs and new money",
      run_footer="Office of Controlled Substances - Director          {i}"),
    D("TPRO_Director_2015_signed_OCR.txt", "hc_tobacco", "ocr", "bilingual", "BIL", ocr="middling",
      date="long", money="full", rep="dash", sup="line", kv="next",
      kv_extra=[("Language Profile / Profil linguistique", "CBC/CBC")]),
    D("FNIHB Atlantic RE - 2014.txt", "hc_fnihb_atl", "ocr", "en", "EN1", ocr="heavy", date="long",
      money="cents", rep="paren", sup="fields", pos_text="30871 (formerly 30214)", kv="upper",
      run_footer="FNIHB Atlantic - Regional Executive (EX-02)     Page {i}"),
    D("DSP QC soins primaires 30955.txt", "hc_fnihb_qc", "ocr", "fr", "FR2", ocr="middling", date="le",
      money="short", rep="paren", sup="titleonly", kv="frcolon", dims="two",
      run_header="DGSPNI - Région du Québec"),
    D("CIRID DG WD scanned.txt", "ph_dg_imm", "ocr", "en", "EN2", ocr="light", date="long", money="short",
      rep="paren", sup="line", seed="CIRID DG WD", versions="imm", same_text=True,
      vnote="the same signed description twice: a scan run through OCR and the text exported to Markdown",
      run_footer="PHAC-ASPC  |  CIRID DG  |  {i}/{n}"),
    D("NML special pathogens dir. (scan).txt", "ph_nml_sp", "ocr-columns", "en", "EN2", ocr="middling",
      layout="columns", col_start="2. ORGANIZATION", date="iso", money="short", rep="prefix", sup="line"),
    D("CSRA DG 27112 numérisation.txt", "ph_surv", "ocr", "fr", "FR1", ocr="heavy", date="frslash",
      money="short", rep="table", sup="fields", kv="frcolon", omit=("fte",),
      run_footer="ASPC - Description de travail EX - page {i}"),
    D("NML Lab Ops & Biosafety - bilingual scan.txt", "ph_nml_labops", "ocr-columns", "bilingual", "BIL",
      ocr="light", layout="columns", col_start="ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE",
      date="dmon", money="full", rep="paren", sup="fields"),
    D("CFO DG F&A 2016.txt", "ci_cfo", "ocr", "bilingual", "BIL", ocr="middling", layout="oneline",
      date="long", money="full", rep="paren", sup="titleonly",
      kv_extra=[("Language Profile / Profil linguistique", "CCC/CCC")]),
    D("Directeur LPS Longueuil.txt", "hc_hpl", "ocr", "fr", "FR1", ocr="light", date="fr", money="cents",
      rep="prefix", sup="fields", kv="frcolon", omit=("job",),
      run_header="SANTÉ CANADA — DGORAL", formfeed=True),
    D("ED CFEZID Guelph - signed scan.txt", "ph_guelph", "ocr", "en", "EN1", ocr="middling", date="th",
      money="million", rep="bracket", sup="sentence", kv="pairs",
      run_footer="Executive Director, CFEZID              Page {i} of {n}"),
    D("PMRA HED DG.txt", "hc_pmra_hed", "ocr", "en", "EN1", ocr="light", date="slash", money="full",
      rep="paren", sup="fields", cls_text="EX 02", dims="combined",
      run_header="PMRA / ARLA  -  Health Evaluation Directorate"),
    # ---------------- Word ----------------
    D("DG Food Directorate - DRAFT v3.docx", "hc_dg_food", "docx", "en", "EN1", over=FOOD_DRAFT,
      money="short", rep="paren", sup="fields", kv="table", omit=("eff",), eff_blank="TBD",
      pre=[("p", "DRAFT – for discussion with the DG – do not circulate")],
      draft="[Signatures to follow once the description is finalized with the ADM's office.]",
      versions="food", vnote="the DRAFT (no effective date, four reports, no signatures) and the signed PDF "
                             "(effective June 3, 2019, the executive assistant added, new salary and FTEs)"),
    D("NNHPD DG work description 2018.docx", "hc_dg_nnhpd", "docx", "en", "EN1", date="long", money="full",
      rep="table", sup="fields", kv="bold", incumbent=True),
    D("Director MDLB (EX-01) 43318.docx", "hc_mdlb", "docx", "en", "EN2", date="iso", money="short",
      rep="dash", sup="line", kv="table4", dims_table=True),
    D("Directrice régionale ROEB Québec.docx", "hc_roeb_qc", "docx", "fr", "FR1", date="fr", money="fullnb",
      rep="table", sup="fields", kv="table"),
    D("OCS Director - revised 2022.docx", "hc_ocs", "docx", "en", "EN1", date="long", money="full",
      rep="paren", sup="fields", kv="table", versions="ocs", vnote=None,
      kv_extra=[("Previous version", "March 7, 2016 (superseded)")]),
    D("Directeur, Bureau de la qualité de l'eau et de l'air.docx", "hc_water", "docx", "fr", "FR1",
      date="le", money="short", rep="paren", sup="fields", kv="table", versions="water", same_text=True,
      vnote="the same file saved twice (a copy with (1))"),
    D("Directeur, Bureau de la qualité de l'eau et de l'air (1).docx", "hc_water", "docx", "fr", "FR1",
      date="le", money="short", rep="paren", sup="fields", kv="table", versions="water", same_text=True,
      seed="Directeur, Bureau de la qualité de l'eau et de l'air.docx", vnote=None),
    D("DG Financial Operations_final.docx", "hc_finops", "docx", "en", "EN1", date="abbr", money="million",
      rep="sentence", sup="fields", kv="bold", bold_h=True, dims="two"),
    D("Vaccine Safety Director WD.docx", "ph_vacsafe", "docx", "en", "EN2", date="long", money="full",
      rep="table", sup="line", kv="table"),
    D("Directrice surveillance infections respiratoires.docx", "ph_resp", "docx", "fr", "FR2", date="fr",
      money="short", rep="paren", sup="line", kv="bold",
      distract="Le Centre de l'immunisation et des maladies respiratoires infectieuses compte environ 152 ETP "
               "et dispose d'un budget de 16,295 M$."),
    D("DGR Québec - RDG Quebec (bilingue).docx", "ph_rdg_qc", "docx", "bilingual", "BIL", date="iso",
      money="full", rep="table", sup="fields", kv="table"),
    D("HLCDP Director 2018.docx", "ph_healthy", "docx", "en", "EN2", date="dmy", money="full", rep="paren",
      sup="line", kv="table", versions="healthy", seed="HLCDP Director 2018",
      vnote="2018 description and its 2019 revision (changes accepted): the dementia strategy manager replaced "
            "by a mental health promotion manager, new FTEs, salary and O&M, new effective date"),
    D("HLCDP Director 2018 v2 - changes accepted.docx", "ph_healthy", "docx", "en", "EN2", over=HEALTHY_2019,
      date="dmy", money="full", rep="paren", sup="line", kv="table", versions="healthy",
      seed="HLCDP Director 2018", vnote=None),
    D("VP Programmes de recherche - FR.docx", "ci_vp", "docx", "fr", "FR2", date="le", money="million",
      rep="paren", sup="titleonly", kv="bold", versions="vp", vnote=None),
    D("DG Recherche en santé autochtone.docx", "ci_ihr", "docx", "fr", "FR1", date="fr", money="full",
      rep="dash", sup="fields", kv="table", incumbent=True),
    # ---------------- PDF ----------------
    D("DG Food Directorate - signed.pdf", "hc_dg_food", "pdf", "en", "EN1", date="long", money="short",
      rep="paren", sup="fields", kv="colon", versions="food", vnote=None, pdf_footer="Page {i} of {n}"),
    D("Director, Office of Clinical Trials.pdf", "hc_oct", "pdf", "en", "EN1", date="abbr", money="full",
      rep="paren", sup="sentence", kv="dots", omit=("rep_fte",), pdf_footer="Page {i} of {n}"),
    D("CHPSD DG 53001 (approved).pdf", "hc_dg_cpsd", "pdf", "en", "EN1", date="iso", money="short",
      rep="dash", sup="fields", kv="colon", incumbent=True),
    D("Directeur Santé aux frontières - signé.pdf", "ph_border", "pdf", "fr", "FR1", date="frdot",
      money="short", rep="paren", sup="fields", kv="frcolon", pdf_footer="{i}/{n}"),
    D("VP Research Programs - EN.pdf", "ci_vp", "pdf", "en", "EN3", date="long", money="million", rep="paren",
      sup="titleonly", kv="colon", versions="vp",
      vnote="the English description (PDF) and its French version (Word): the same position, one text in each "
            "language"),
    D("Director IIR_signed.pdf", "ci_iir", "pdf", "en", "EN3", date="long", money="full", rep="staff",
      sup="fields", kv="tab", cls_text="EX-1"),
    # ---------------- UTF-8 text ----------------
    D("LMAD DG work description.txt", "hc_dg_lmad", "text", "en", "EN1", date="long", money="full",
      rep="paren", sup="fields", kv="colon"),
    D("DG CEPR (texte exporté).txt", "ph_dg_cepr", "text", "en", "EN2", date="iso", money="short",
      rep="dash", sup="line", kv="tab"),
    D("KM Director - Directeur MC.txt", "ci_km", "text", "bilingual", "BIL", date="iso", money="full",
      rep="paren", sup="fields", kv="colon", omit=("job",)),
    # ---------------- cp1252 text ----------------
    D("Director Internal Audit – 2024.txt", "hc_audit", "text-cp1252", "en", "EN2", date="long",
      money="full", rep="paren", sup="line", kv="colon", omit=("rep_cls",)),
    D("Réserve nationale - Directeur.txt", "ph_nesss", "text-cp1252", "fr", "FR2", date="fr",
      money="full", rep="dash", sup="fields", kv="frcolon"),
    D("Éthique et intégrité - Directrice.txt", "ci_ethics", "text-cp1252", "fr", "FR1", date="le",
      money="short", rep="paren", sup="line", kv="frcolon", dims="combined"),
    # ---------------- Markdown ----------------
    D("CIRID DG WD.md", "ph_dg_imm", "markdown", "en", "EN2", date="long", money="short", rep="paren",
      sup="line", seed="CIRID DG WD", versions="imm", same_text=True, vnote=None),
    D("RD BC-Yukon.md", "ph_bc", "markdown", "en", "EN1", date="long", money="full", rep="paren",
      sup="fields", kv="mdtable", cls_text="EX01"),
    D("Directrice BRP - radioprotection.md", "hc_radio", "markdown", "fr", "FR1", date="fr", money="short",
      rep="prefix", sup="fields", incumbent=True),
]

# the note of a version group is the first document's
_notes = {}
for _d in DOCS:
    if _d.get("versions"):
        if _d.get("vnote"):
            _notes.setdefault(_d["versions"], _d["vnote"])
for _d in DOCS:
    if _d.get("versions"):
        _d["vnote"] = _notes[_d["versions"]]
