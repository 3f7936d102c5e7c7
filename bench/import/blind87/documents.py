"""The documents of blind87: which position, in which kind, language and layout, with which comments,
signatures and damage; and the documents to refuse."""
from __future__ import annotations

import make_blind as M
from texts import ADVISOR, COLLEAGUES, DEPTS, NAMES

ADV_NAME = ADVISOR[0]
ADV_LAST = "Lavallée-Bouchard, Josée"


def _lang(doc):
    return {"fr": "fr", "en": "en", "bilingual": "bl"}[doc["lang"]]


def _st(p, doc):
    st = dict(doc.get("st", {}))
    people = []
    if doc.get("incumbent"):
        st["incumbent_name"] = p["incumbent"]
        people.append(p["incumbent"])
    if doc.get("signers"):
        lines = []
        for name, role, date in doc["signers"]:
            lines += ["", "_" * 34, name, role, date]
            people.append(name)
        st["sig"] = lines[1:]
    return st, people


def _blocks(p, doc, st):
    if st.get("sbs"):
        return M.build(p, "en", st), M.build(p, "fr", {**st, "fr_colon": True})
    return M.build(p, _lang(doc), st)


# --- kinds ---------------------------------------------------------------------------------------------

def r_docx(p, doc):
    st, people = _st(p, doc)
    pre = doc.get("pre", [])
    if st.get("sbs"):
        en, fr = _blocks(p, doc, st)
        data = M.docx_bytes(None, st, bil=(en, fr), pre=pre)
    else:
        data = M.docx_bytes(_blocks(p, doc, st), st, pre=pre)
    return data, people + doc.get("extra_people", []), st


def _email(p, doc, st, body, people):
    e = doc["email"]
    fr = e.get("lang", "fr") == "fr"
    hdr = (["De : {frm}", "Envoyé : {sent}", "À : {to}", "Objet : {subj}"] if fr else
           ["From: {frm}", "Sent: {sent}", "To: {to}", "Subject: {subj}"])
    if e.get("cc"):
        hdr.insert(3, ("Cc : " if fr else "Cc: ") + e["cc"])
    lines = [h.format(**e) for h in hdr] + [""]
    lines += e["msg"].split("\n") + [""]
    if e.get("sig", True):
        lines += ["Josée", "", ADV_NAME, ADVISOR[1] if fr else ADVISOR[2],
                  "Développement économique Canada pour les régions du Québec / Canada Economic Development for "
                  "Quebec Regions", "Tél. : 514-283-0000", ""]
    if e.get("orig"):
        lines += ["-----Message d'origine-----" if fr else "-----Original Message-----"]
        lines += [x for x in e["orig"].split("\n")] + [""]
    lines += body.rstrip("\n").split("\n")
    if e.get("tail"):
        lines += [""] + e["tail"].split("\n")
    people = list(dict.fromkeys(people + [ADV_NAME] + e.get("people", [])))
    return "\n".join(lines) + "\n", people


def _encode(text, doc):
    if doc["kind"] == "text-cp1252":
        text = text.replace("'", "\u2019").replace("\n", "\r\n")
        return text.encode("cp1252")
    return text.encode("utf-8")


def r_text(p, doc):
    st, people = _st(p, doc)
    body = M.to_text(_blocks(p, doc, st), st, width=st.get("width", 0))
    if st.get("sbs"):
        en, fr = _blocks(p, doc, st)
        body = "\n".join(M.side_by_side(en, fr, 48)) + "\n"
    if doc.get("email"):
        text, people = _email(p, doc, st, body, people)
    else:
        text = (doc.get("head", "") + body + doc.get("tail", ""))
        people = people + doc.get("extra_people", [])
    return _encode(text, doc), list(dict.fromkeys(people)), st


def r_md(p, doc):
    st, people = _st(p, doc)
    body = M.to_markdown(_blocks(p, doc, st), st)
    text = doc.get("head", "") + body + doc.get("tail", "")
    return text.encode("utf-8"), people + doc.get("extra_people", []), st


def _ocr_lines(p, doc, st, rng):
    o = doc["ocr"]
    if st.get("sbs"):
        en, fr = _blocks(p, doc, st)
        en = M.ocr_blocks(en, rng, o.get("q", 0.08), o.get("run", 0.02))
        fr = M.ocr_blocks(fr, rng, o.get("q", 0.08), o.get("run", 0.02))
        lines = M.side_by_side(en, fr, o.get("col", 44), gap=o.get("gap", "  "))
    else:
        blocks = M.ocr_blocks(_blocks(p, doc, st), rng, o.get("q", 0.08), o.get("run", 0.02))
        lines = M.to_text(blocks, st, width=o.get("width", 88), rng=rng, hyph=o.get("hyph", 0.2)).split("\n")
    if o.get("stamp"):
        at = o.get("stamp_at", 3)
        lines = lines[:at] + o["stamp"].split("\n") + lines[at:]
    if o.get("per"):
        lines = M.paginate(lines, o["per"], o.get("footer", ""), o.get("header"), o.get("pstyle", "page"))
    return lines


def r_ocr(p, doc):
    st, people = _st(p, doc)
    rng = M.rng_for(doc["name"])
    o = doc["ocr"]
    lines = _ocr_lines(p, doc, st, rng)
    if o.get("noise"):
        lines += o["noise"].split("\n")
    text = "\n".join(lines)
    if o.get("run_on"):
        text = " ".join(x.strip() for x in text.split("\n") if x.strip())
    text = M.damage_digits(text, rng, o.get("p", 0.3))
    if o.get("wrapper", True):
        text = "--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text
    return (text.rstrip() + "\n").encode("utf-8"), people + doc.get("extra_people", []), st


def r_pdf(p, doc):
    st, people = _st(p, doc)
    rng = M.rng_for(doc["name"])
    o = doc.get("ocr")
    blocks = _blocks(p, doc, st)
    if o:
        blocks = M.ocr_blocks(blocks, rng, o.get("q", 0.03), o.get("run", 0.01))
    lines = M.to_text(blocks, st, width=st.get("width", 100)).split("\n")
    per = doc.get("per", 56)
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages = []
    for i, c in enumerate(chunks, 1):
        page = "\n".join(c + ["", f"{doc.get('footer', '')}   {i}/{len(chunks)}".strip()])
        if o:
            page = M.damage_digits(page, rng, o.get("p", 0.1))
        pages.append(page)
    return M.pdf(pages), people + doc.get("extra_people", []), st


RENDER = {"docx": r_docx, "text": r_text, "text-cp1252": r_text, "markdown": r_md, "ocr": r_ocr,
          "ocr-columns": r_ocr, "pdf": r_pdf}


def D(name, pos, kind, lang, **kw):
    d = dict(name=name, pos=pos, kind=kind, lang=lang, **kw)
    d["render"] = lambda p, doc: RENDER[doc["kind"]](p, doc)
    return d


SIG_VP_OPS = ("Robert Tremblay", "Vice-président, Opérations", "Date : ____________")
SIG_VP_CORP = ("Louise Champagne", "Vice-présidente, Services ministériels et DPF", "Date :")
SIG_VP_POL = ("Richard O'Keefe", "Vice-President, Policy, Planning and Communications", "Date:")

DOCS = [
    # --- Operations, East -----------------------------------------------------------------------------------
    D("DE Directeur général, Opérations régionales - Est (EX-03) 2016.docx", "dg_east", "docx", "fr",
      st=dict(li=0, cls="std", dt="long", amt="M", rep="paren", fte="etp", fr_colon=True, nbsp=True, loc="paren",
              docx_kv="table")),
    D("DG Ops Est - signée 2016.txt", "dg_east", "ocr", "fr", version_rank=1,
      signers=[("Isabelle Fortier-Dagenais", "Titulaire", "2016-05-02"),
               SIG_VP_OPS[:2] + ("2016-05-09",)],
      st=dict(li=1, cls="std", dt="le", amt="dec", rep="dash", fte="etp", hs="caps", lay="pad", fr_colon=True),
      ocr=dict(p=0.35, q=0.06, run=0.02, per=44, footer="DEC - Description de travail EX - Opérations régionales Est",
               pstyle="page_fr", noise="R. Tremb1ay ~~ /s/ -- I.F.-D. ,,, 2O16-O5-O9 ¦¦ ' ; ."),
      ),
    D("Directrice générale, Opérations régionales - Ouest.docx", "dg_west", "docx", "bilingual",
      st=dict(sbs=True, li=0, cls="std", dt="iso", amt="comma", rep="paren"),
      pre=["Version bilingue - côte à côte / Bilingual version - side by side"]),
    D("Bureau d'affaires BSL - DE EX-01.docx", "bsl", "docx", "fr",
      st=dict(li=2, cls="sp", dt="long", amt="esp", rep="dash", fte="effectif", docx_kv="paras", docx_h="bold",
              hs="caps", fr_colon=True, sup="sentence", title_head=True, title_kv=True)),
    D("Bureau d'affaires BSL - DE EX-01 (1).docx", "bsl", "docx", "fr", same_as="Bureau d'affaires BSL - DE EX-01.docx",
      st=dict(li=2, cls="sp", dt="long", amt="esp", rep="dash", fte="effectif", docx_kv="paras", docx_h="bold",
              hs="caps", fr_colon=True, sup="sentence", title_head=True, title_kv=True)),
    D("Gaspésie-Îles - DE 2019 - signée.txt", "gaspe", "ocr", "fr", version_rank=1,
      signers=[("Martine Lachapelle", "Titulaire du poste", "Date : 2019-03-04"),
               ("Isabelle Fortier-Dagenais", "Directrice générale, Opérations régionales - Est", "Date : 2019-03-06")],
      st=dict(li=3, cls="std", dt="long", amt="M", rep="paren", fte="etp", hs="num", lay="colon", fr_colon=True,
              dims="table"),
      ocr=dict(p=0.25, q=0.07, run=0.03, run_on=True, noise="M.Lachape11e  (signature) [ 1 Isabeile F.-D. ]")),
    D("Gaspésie-Îles - DE 2019 - version courriel.txt", "gaspe", "text", "fr", version_rank=0,
      st=dict(li=0, cls="std", dt="iso", amt="M", rep="paren", fte="etp", hs="colon", lay="colon", fr_colon=True,
              comment_kv=(4, "   ** NB : numéro à confirmer (ancien no 40873 au SGRH ?) - JLB")),
      email=dict(frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="jeudi 14 février 2019 16:02",
                 to="Cormier, Stéphane (DEC/CED)", subj="TR: DE Directrice BA Gaspésie - pour évaluation",
                 msg="Stéphane,\n\nVoici la DE copiée du courriel de la DG (la pièce jointe était corrompue). NB : "
                     "numéro à confirmer avec toi avant le comité. Les ETP viennent du système RH, pas du secteur.\n\n"
                     "Merci !",
                 people=["Stéphane Cormier", "Isabelle Fortier-Dagenais"],
                 orig="De : Fortier-Dagenais, Isabelle (DEC/CED)\nEnvoyé : 13 février 2019 11:20\n"
                      "Objet : DE BA Gaspésie - version finale")),
    D("TR DE Côte-Nord EX-01.txt", "cote_nord", "text-cp1252", "fr",
      st=dict(li=1, cls="short", dt="long", amt="k", rep="bracket", fte="etp", hs="title", lay="next", fr_colon=True,
              dims="lines"),
      email=dict(frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="26 novembre 2018 09:14",
                 to="Boukhris, Nadia (DEC/CED)", cc="Cormier, Stéphane (DEC/CED)",
                 subj="TR: DE - Directeur, Bureau d'affaires Côte-Nord",
                 msg="Bonjour Nadia,\n\nPour le dossier du comité de classification de décembre. Le titre a été "
                     "confirmé par le VP. FTE count from HR system (au 31 octobre).\n\nBonne journée",
                 people=["Nadia Boukhris", "Stéphane Cormier"])),
    D("Saguenay-Lac-Saint-Jean EX-01 FINAL.pdf", "saguenay", "pdf", "fr",
      st=dict(li=4, cls="std", dt="iso", amt="dec", rep="table", hs="caps", lay="dots", fr_colon=True,
              order="csr", alt_h=True, loc_end=True, loc="paren"),
      signers=[("Karine Ouimet", "Titulaire", "2021-09-20"), ("Isabelle Fortier-Dagenais", "Gestionnaire délégataire",
                                                            "2021-09-22")],
      footer="DEC-CED  |  DE EX-01 Saguenay-Lac-Saint-Jean  |  Protégé A une fois rempli"),
    D("Québec-Chaudière-Appalaches_DE_EX01.md", "quebec", "markdown", "fr",
      st=dict(li=0, cls="std", dt="long", amt="M", rep="paren", fte="etp", md_kv="bullets"),
      head="> **Note SCGT (JLB, 2015-10-07)** : DE reçue en Word, convertie pour le dossier. Numéro de poste "
           "vérifié dans le SGRH. À faire signer par le titulaire.\n\n"),
    D("Montreal Business Office Director EX-02 (2017).docx", "montreal", "docx", "bilingual", version_rank=0,
      st=dict(li=1, cls="std", dt="iso", amt="comma", rep="table", docx_kv="table", details_heading=True),
      incumbent=True),
    D("Montréal - DE révisée 2022 - signée.txt", "montreal", "ocr-columns", "bilingual", version_rank=1,
      over=dict(date="2022-08-29", salary=4710000, om=145000, fte=47),
      signers=[("François Lemieux", "Incumbent / Titulaire", "2022-09-06"),
               ("Chantal Beaulieu", "Director General / Directrice générale", "2022-09-08")],
      st=dict(sbs=True, li=0, cls="std", dt="iso", amt="comma", rep="paren"),
      ocr=dict(p=0.3, q=0.05, run=0.02, col=46, gap=" ", per=50, footer="", pstyle="dash", wrapper=False)),
    D("Estrie - Directrice EX-01.txt", "estrie", "text", "fr",
      st=dict(li=2, cls="std", dt="le", amt="M", rep="endash", fte="etp_long", hs="underline", lay="tabs",
              fr_colon=True, sup="sentence", order="dims_first"),
      head="NOTES - dossier EX Estrie (JLB)\n- reçue de la DG Ouest le 2020-03-20, version non signée\n"
           "- FTE count from HR system : 16 (la DE dit aussi 16, OK)\n- à ajouter au profil GT de la titulaire\n\n"
           "----- texte de la DE -----\n\n"),
    D("Outaouais DE 2022.docx", "outaouais", "docx", "fr",
      st=dict(li=3, cls="nodash", dt="slash", amt="esp", rep="paren", fte="etp", docx_kv="tabs", fr_colon=True,
              dims="prose", order="csr", alt_h=True),
      incumbent=True),
    D("Abitibi-Témiscamingue 2014 numérisé.txt", "abitibi", "ocr", "fr",
      signers=[("Bernard Gosselin", "Titulaire", "Date : 2014-09-02"), ("Chantal Beaulieu", "Directrice générale",
                                                                         "Date : 2014-09-05")],
      st=dict(li=1, cls="spdash", dt="long", amt="esp", rep="dash", fte="etp", hs="caps", lay="next", fr_colon=True),
      ocr=dict(p=0.55, q=0.12, run=0.05, hyph=0.35, width=76, per=40,
               footer="DÉVELOPPEMENT ÉCONOMIQUE CANADA - BUREAU D'AFFAIRES ABITIBI", pstyle="page_fr",
               stamp="REÇU / RECEIVED\n   2014 -09- 1 0\nRESSOURCES HUMAINES", stamp_at=6)),
    D("RE: DE Montérégie - pour signature.txt", "monteregie", "text-cp1252", "bilingual",
      st=dict(li=0, cls="std", dt="iso", amt="comma", rep="paren", fte="ftes", hs="caps", lay="colon"),
      email=dict(lang="en", frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="Monday, November 4, 2019 3:27 PM",
                 to="Dufresne, Éric (DEC/CED)", subj="RE: DE Montérégie - pour signature / for signature",
                 msg="Hi Éric / Bonjour Éric,\n\nBelow is the bilingual text as approved by the committee; please "
                     "sign the PDF in the shared folder. / Voici le texte bilingue approuvé par le comité.\n\n"
                     "NB: position number confirmed in PeopleSoft / numéro confirmé.",
                 people=["Éric Dufresne"])),
    D("Mauricie-Centre-du-Québec EX-01 2023.docx", "mauricie", "docx", "fr",
      st=dict(li=0, cls="std", dt="long", amt="million", rep="paren", fte="etp", order="csr", docx_kv="paras",
              sup="sentence", fr_colon=True, nbsp=True)),
    # --- Policy ---------------------------------------------------------------------------------------------------
    D("DG Politiques et analyse économique - 2018.txt", "dg_policy", "text", "fr", version_rank=0,
      st=dict(li=1, cls="std", dt="long", amt="M", rep="paren", fte="etp", hs="caps", lay="colon", fr_colon=True),
      email=dict(frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="3 avril 2018 10:48", to="Truchon, Hélène (DEC/CED)",
                 subj="DE DG PAE - texte pour le profil GT",
                 msg="Hélène,\n\nJe colle ci-dessous la DE de la DG PAE (version de travail). Les budgets sont ceux "
                     "du plan 2018-2019. La version anglaise signée suivra.",
                 people=["Hélène Truchon"])),
    D("DG Policy and Economic Analysis - signed.pdf", "dg_policy", "pdf", "en", version_rank=1,
      over=dict(date="2018-06-11"),
      signers=[("Paul-Émile Savard", "Incumbent", "June 14, 2018"), SIG_VP_POL[:2] + ("June 18, 2018",)],
      st=dict(li=0, cls="std", dt="long", amt="M", rep="paren", fte="ftes", hs="caps", lay="colon"),
      ocr=dict(p=0.12, q=0.03, run=0.01), footer="CED - Executive Work Description"),
    D("Director Economic Research and Data.md", "research", "markdown", "en",
      st=dict(li=1, cls="std", dt="ord", amt="M", rep="paren", fte="ftes", md_kv="bullets")),
    D("Strategic Policy and Cabinet Affairs - EX-01 - 2019.docx", "strategic", "docx", "en",
      st=dict(li=2, cls="std", dt="dmy", amt="K", rep="endash", fte="ftes", docx_kv="table", order="csr"),
      incumbent=True),
    D("DG Programmes et partenariats (EX-02).txt", "dg_programs", "ocr", "bilingual",
      signers=[("Geneviève Morin", "Incumbent / Titulaire", "2017-10-30"),
               ("Richard O'Keefe", "Vice-President / Vice-président", "2017-11-02")],
      st=dict(li=0, cls="std", dt="iso", amt="comma", rep="dash", fte="ftes", hs="caps", lay="colon"),
      ocr=dict(p=0.3, q=0.06, run=0.02, per=48, footer="DEC-CED", pstyle="page")),
    D("Portfolio Mgmt & Repayable Contributions - WD.txt", "portfolio", "text-cp1252", "en",
      st=dict(li=3, cls="std", dt="mil", amt="comma", rep="dash", fte="fte", hs="caps", lay="next",
              sup="fields", width=100)),
    D("NOUVEAU - Directeur, Initiatives autochtones - ébauche.docx", "indigenous", "docx", "fr",
      over=dict(date=None),
      st=dict(li=1, cls="std", dt="long", amt="esp", rep="paren", fte="etp", docx_kv="table", provisional="NOUVEAU",
              proposed=True),
      pre=["ÉBAUCHE - pour discussion avec la DG Programmes - annotations JLB",
           "NB : numéro de poste à venir (création). Job code générique à déterminer."]),
    D("DG Communications 2016 signé.txt", "dg_comms", "ocr", "fr",
      signers=[("Benoît Lussier", "Titulaire", "Le 2016-10-03"),
               ("Richard O'Keefe", "Vice-président, Politiques, planification et communications", "Le 2016-10-05")],
      st=dict(li=2, cls="std", dt="long", amt="M", rep="paren", fte="etp", hs="num", lay="dots", fr_colon=True),
      ocr=dict(p=0.3, q=0.08, run=0.03, hyph=0.25, per=46, header="DG Communications et affaires publiques (EX-02)",
               footer="", pstyle="dash")),
    # --- Corporate ---------------------------------------------------------------------------------------------
    D("DG RH - Ressources humaines et milieu de travail.docx", "dg_hr", "docx", "bilingual", version_rank=0,
      st=dict(sbs=True, li=1, cls="std", dt="long", amt="M", rep="paren")),
    D("DG HR and Workplace - 2018 - signed.txt", "dg_hr", "ocr", "en", version_rank=1,
      over=dict(date="2018-03-05"),
      signers=[("Marie-Claude Paquin", "Incumbent", "March 12, 2018"),
               ("Louise Champagne", "Vice-President, Corporate Services and CFO", "March 14, 2018")],
      st=dict(li=1, cls="sp", dt="long", amt="comma", rep="paren", fte="ftes", hs="caps", lay="colon",
              dims="table"),
      ocr=dict(p=0.2, q=0.05, run=0.02, per=50, footer="CED/DEC Executive Work Description", pstyle="page")),
    D("Notes - DE Directeur SCGT (à jour).md", "exec_services", "markdown", "fr", version_rank=1,
      over=dict(date="2023-04-03", fte=7,
                reports=[("Senior Advisor, Executive Services", "Conseillère principale, Services aux cadres", "PE-05", 3),
                         ("Advisor, Talent Management and Leadership Development",
                          "Conseiller, Gestion des talents et perfectionnement en leadership", "PE-04", 3)],
                salary=720000, om=90000),
      st=dict(li=2, cls="std", dt="long", amt="k", rep="paren", fte="etp", md_kv="table", fr_table=True,
              md_h3=True),
      head="# Dossier SCGT - notes de travail\n\n"
           "- 2023-03-28 : mise à jour demandée par la DG RH (ajout d'un conseiller GT).\n"
           "- FTE count from HR system : 7 (6 + poste vacant).\n"
           "- NB : la version 2019 signée est au dossier papier.\n\n---\n\n"),
    D("Director, Executive Services and Talent Management - 2019.docx", "exec_services", "docx", "en",
      version_rank=0,
      st=dict(li=0, cls="std", dt="ord", amt="K", rep="table", docx_kv="paras", title_head=True, cls_in_title=True,
              sup="fields", dims="table"),
      signers=[("Daniel Rioux", "Incumbent", "Date: May 13, 2019"),
               ("Marie-Claude Paquin", "Director General, Human Resources and Workplace", "Date: May 15, 2019")]),
    D("Relations de travail et mieux-être - DE.txt", "labour", "text-cp1252", "fr",
      st=dict(li=3, cls="std", dt="long", amt="esp", rep="dash", fte="etp", hs="caps", lay="colon", fr_colon=True,
              width=90)),
    D("DG Finances - DPAF adjoint - 2015.txt", "dg_finance", "ocr", "fr",
      signers=[("Alain Côté", "Titulaire", "2015-07-02"), ("Louise Champagne", "Vice-présidente", "2015-07-06")],
      st=dict(li=0, cls="std", dt="long", amt="M", rep="paren", fte="etp", hs="caps", lay="colon", fr_colon=True,
              combined=True),
      ocr=dict(p=0.4, q=0.08, run=0.04, run_on=True)),
    D("Financial Planning & Resource Mgmt, Director.docx", "fin_planning", "docx", "en",
      st=dict(li=1, cls="short", dt="long", amt="M", rep="dash", fte="fte", docx_kv="table", sup="sentence")),
    D("CIO - DG Digital Services - draft for comments.md", "cio", "markdown", "en", version_rank=0,
      st=dict(li=3, cls="std", dt="long", amt="M", rep="paren", fte="ftes", md_kv="bullets"),
      head="**DRAFT - for comments / ÉBAUCHE**  \n_JLB: title still under discussion with OCHRO; job code from the "
           "generic CIO description. FTE count from HR system._\n\n"),
    D("DPI et DG Services numériques - FINAL signé.txt", "cio", "ocr-columns", "bilingual", version_rank=1,
      over=dict(date="2020-06-15"),
      signers=[("Mathieu Fournier", "Incumbent / Titulaire", "2020-06-22"),
               ("Louise Champagne", "VP / vice-présidente", "2020-06-25")],
      st=dict(sbs=True, li=2, cls="std", dt="iso", amt="comma", rep="paren"),
      ocr=dict(p=0.25, q=0.06, run=0.03, col=44, gap="  ", per=0, wrapper=True)),
    D("Security, Accommodation and Admin Services 2014.txt", "security", "ocr", "en",
      signers=[("Simon Lapointe", "Incumbent", "Nov. 10, 2014"), ("Louise Champagne", "Vice-President", "Nov. 12, 2014")],
      st=dict(li=0, cls="std", dt="mil", amt="comma", rep="dash", fte="ftes", hs="caps", lay="pad"),
      ocr=dict(p=0.5, q=0.1, run=0.05, hyph=0.3, width=80, per=42, footer="CED-DEC  EX WORK DESCRIPTION",
               pstyle="page", stamp="C O P Y   -   C O P I E", stamp_at=2)),
    D("DPVE - Dirigeante principale de la vérification et de l'évaluation.txt", "cae", "text", "fr",
      st=dict(li=2, cls="std", dt="le", amt="M", rep="paren", fte="etp", hs="caps", lay="colon", fr_colon=True,
              sup="fields"),
      email=dict(frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="27 mars 2017 13:05",
                 to="Pelletier, Marc-André (DEC/CED)", subj="Fwd: DE DPVE pour le comité ministériel de vérification",
                 msg="Marc-André,\n\nLa DE de la DPVE (Diane Mercier), telle que présentée au comité. Le superviseur "
                     "est bien le président (lien hiérarchique direct exigé par la politique).",
                 people=["Marc-André Pelletier", "Diane Mercier"])),
    # --- other organizations: models and interchange ----------------------------------------------------------
    D("PCH - DGR Région du Québec (modèle).txt", "pch_qc", "text-cp1252", "fr",
      st=dict(li=1, cls="std", dt="long", amt="M", rep="paren", fte="etp", hs="caps", lay="colon", fr_colon=True,
              loc="paren"),
      email=dict(frm="Lavallée-Bouchard, Josée (DEC/CED)", sent="10 juillet 2018 15:33", to="Truchon, Hélène (DEC/CED)",
                 subj="TR: Modèle PCH - DGR Région du Québec",
                 msg="Hélène,\n\nComme modèle pour notre DG Opérations : la DE de PCH que Olivier Giguère nous a "
                     "transmise (à ne pas diffuser).",
                 people=["Hélène Truchon", "Olivier Giguère"])),
    D("PCH Director Arts Policy (benchmark).pdf", "pch_arts", "pdf", "en",
      over=dict(reports=[("Manager, Arts Policy", "", None, 6), ("Manager, Research and Strategic Analysis", "", None, 4)]),
      st=dict(li=4, cls="std", dt="long", amt="comma", rep="table", hs="num", lay="colon", width=96),
      footer="Canadian Heritage - EX Work Description - Arts Policy"),
    D("FEGC - Directrice ACS Plus.docx", "wage_gba", "docx", "bilingual",
      st=dict(li=0, cls="std", dt="iso", amt="comma", rep="paren", fte="ftes", docx_kv="table")),
    D("WAGE DG Women's Program & Regional Ops.md", "wage_wp", "markdown", "en",
      over=dict(sup=(None, "Assistant Deputy Minister, Programs", "Sous-ministre adjointe, Programmes", "EX-04")),
      st=dict(li=2, cls="std", dt="long", amt="million", rep="paren", fte="ftes", md_kv="table", order="csr",
              sup="sentence")),
    D("CLO - Directeur Enquêtes 2016.txt", "ocol_inv", "ocr", "fr",
      signers=[("Pierre-Luc Ménard", "Titulaire", "2016-06-01"), ("Claire Dumont", "Commissaire adjointe", "2016-06-03")],
      st=dict(li=2, cls="std", dt="long", amt="esp", rep="paren", fte="etp", hs="caps", lay="colon", fr_colon=True),
      ocr=dict(p=0.3, q=0.07, run=0.03, per=45, footer="Commissariat aux langues officielles", pstyle="page_fr")),
    D("CanNor DG Operations - EX-02.txt", "cannor_ops", "text", "en",
      over=dict(reports=[("Director, Nunavut Region", "", "EX-01", None), ("Director, Yukon Region", "", "EX-01", None),
                         ("Director, Northwest Territories Region", "", "EX-01", None),
                         ("Manager, Program Delivery Support", "", "CO-03", 4)]),
      st=dict(li=0, cls="std", dt="dmy", amt="M", rep="endash", fte="ftes", hs="caps", lay="colon", loc="comma"),
      email=dict(lang="en", frm="Mulroney, Kevin (CanNor)", sent="Monday, May 8, 2017 10:12 AM",
                 to="Lavallée-Bouchard, Josée (DEC/CED)", subj="WD as discussed - DG Operations CanNor",
                 msg="Josée,\n\nAs discussed at the ETM delegates' meeting, here is our DG Operations description, "
                     "pasted below. Feel free to use it as a model.\n\nKevin", sig=False,
                 people=["Kevin Mulroney"])),
    D("CanNor Directrice Région du Yukon.txt", "cannor_yk", "text-cp1252", "bilingual",
      st=dict(li=1, cls="std", dt="iso", amt="comma", rep="paren", fte="ftes", hs="caps", lay="colon",
              loc="comma"),
      head="Copie pour le dossier - échange de cadres (affectation de Ingrid Johansen) / Copy for the file\n\n",
      extra_people=["Ingrid Johansen"]),
    D("CFP - Évaluation et ressourcement des cadres (2015).txt", "psc_exec", "text", "bilingual",
      st=dict(li=2, cls="std", dt="iso", amt="comma", rep="dash", fte="ftes", hs="caps", lay="colon"),
      head="[Copié de la DE de la CFP, reçue aux Services aux cadres - modèle pour notre poste de directeur SCGT]\n"
           "[FTE count from PSC HR system - not verified]\n\n",
      extra_people=[]),
]


# --- documents to refuse ------------------------------------------------------------------------------------

def r_profile(r):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "", "", "", ""
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2019, 1, 1)
    cp.revision = 1
    d.add_heading("Gestion des talents des cadres - Profil 2019-2020", 1)
    d.add_paragraph("Protégé B une fois rempli")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Nom du cadre", "Daniel Rioux"), ("Poste actuel", "Directeur, Services aux cadres et gestion des "
                 "talents (EX-01), poste no 10412"), ("Gestionnaire", "Marie-Claude Paquin, DG RH et milieu de travail"),
                 ("Années au niveau", "3"), ("Placement sur la carte des talents", "3 - Prêt pour une promotion"),
                 ("Mobilité", "Montréal ou Québec; pas de mobilité hors Québec avant 2021"),
                 ("Risque de départ", "Faible"), ("Aspirations (12-24 mois)", "Poste de DG, ressources humaines ou "
                 "services ministériels (EX-02)")]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_heading("Évaluation du gestionnaire", 2)
    d.add_paragraph("Daniel a dirigé avec succès le cycle de gestion des talents 2018-2019 et la refonte des "
                    "descriptions de travail des directeurs régionaux. Il doit élargir son expérience des opérations "
                    "régionales. Activités de perfectionnement : affectation de six mois au bureau d'affaires de "
                    "Québec; programme Leadership des cadres de l'EFPC.")
    d.add_heading("Dialogue sur les talents", 2)
    d.add_paragraph("Date du dialogue : 2019-06-18. Rétroaction donnée par la gestionnaire. Plan d'apprentissage convenu.")
    d.add_paragraph("Signature du cadre : Daniel Rioux        Signature de la gestionnaire : Marie-Claude Paquin")
    return M.fixed_zip(M._save(d)), ["Daniel Rioux", "Marie-Claude Paquin"]


def r_etm_email(r):
    text = """De : Lavallée-Bouchard, Josée (DEC/CED)
Envoyé : 12 septembre 2022 09:30
À : DEC-CED Cadres / Executives
Cc : Truchon, Hélène (DEC/CED); Boukhris, Nadia (DEC/CED)
Objet : RE: Cycle de gestion des talents 2022 - questionnaires EX-01 et EX-02

Bonjour à toutes et à tous,

Le cycle 2022-2023 de gestion des talents des cadres est lancé. Rappel des rôles :

- Les questionnaires des EX-03 sont obligatoires et sont transmis au BDPRH par la déléguée de l'Agence.
- Pour les EX-01 et les EX-02, la participation est volontaire à l'échelle pangouvernementale, mais l'Agence
  recueille les questionnaires de tout son effectif de cadres (EX-01 à EX-05) afin de comparer ses résultats
  aux tendances de la fonction publique.
- Les cadres remplissent la section de l'employé dans le SGTC au plus tard le 14 octobre 2022.
- Les gestionnaires de cadres tiennent le dialogue sur les talents, évaluent le potentiel et l'état de
  préparation, proposent un placement sur la carte des talents et donnent la rétroaction avant le
  25 novembre 2022.

Les descriptions de travail à jour seront demandées pour les postes EX-01 dont la DE date de plus de cinq ans
(liste en pièce jointe : Abitibi-Témiscamingue, Sécurité et installations, Finances).

Merci de votre collaboration,

Josée

Josée Lavallée-Bouchard
Conseillère principale, Services aux cadres et gestion des talents
Déléguée de l'Agence pour la gestion des talents des cadres
"""
    return text.encode("utf-8"), ["Josée Lavallée-Bouchard", "Hélène Truchon", "Nadia Boukhris"]


def r_orgchart(r):
    lines = [
        "DEC-CED  -  Vice-présidence Opérations / Operations  -  Organigramme / Organization Chart  -  2021-04-01",
        "",
        "                         Vice-président, Opérations / Vice-President, Operations",
        "                                     Robert Tremblay   EX-04   10005",
        "",
        "     DG Opérations régionales - Est (EX-03) 10110        DG Opérations régionales - Ouest (EX-03) 10111",
        "     Isabelle Fortier-Dagenais                            Chantal Beaulieu",
        "",
        "  BA Québec-Chaudière-Appalaches  Patrick Desjardins   EX-01      BA Montréal       François Lemieux   EX-02",
        "  BA Bas-Saint-Laurent            Yannick Thériault    EX-01      BA Estrie         Amira Haddad       EX-01",
        "  BA Gaspésie-Îles                Martine Lachapelle   EX-01      BA Outaouais      (vacant)           EX-01",
        "  BA Côte-Nord                    Denis Bergeron       EX-01      BA Abitibi-Tém.   Bernard Gosselin   EX-01",
        "  BA Saguenay-Lac-Saint-Jean      Karine Ouimet        EX-01      BA Montérégie     Éric Dufresne      EX-01",
        "  BA Mauricie-Centre-du-Québec    (intérim) Luc Boisvert EX-01",
        "",
        "Source : SGRH, 2021-04-01. Préparé par : Services aux cadres et gestion des talents.",
    ]
    people = ["Robert Tremblay", "Isabelle Fortier-Dagenais", "Chantal Beaulieu", "Patrick Desjardins",
              "François Lemieux", "Yannick Thériault", "Amira Haddad", "Martine Lachapelle", "Denis Bergeron",
              "Bernard Gosselin", "Karine Ouimet", "Éric Dufresne", "Luc Boisvert"]
    return M.pdf(["\n".join(lines)]), people


def r_noscan(r):
    return M.pdf(["", ""]), []


def r_decision(r):
    rng = M.rng_for(r["name"])
    text = """Développement économique Canada pour les régions du Québec
Ressources humaines et milieu de travail - Classification

NOTE DE DÉCISION DE CLASSIFICATION

Objet : Poste no 10320 - Directrice générale, Programmes et partenariats

Le comité de classification des cadres s'est réuni le 10 octobre 2017 pour évaluer la description de travail
du poste mentionné en objet, présentée par le vice-président, Politiques, planification et communications.

Décision : le poste est classifié au groupe et niveau EX-02, avec prise d'effet le 16 octobre 2017.
Cotation : savoir-faire F II 3 (528), résolution de problèmes E4 (50 %) 264, responsabilisation E 3 C (304).
Total des points : 1096.

Justification : l'ampleur du portefeuille de subventions et contributions et la responsabilité fonctionnelle
à l'égard des bureaux d'affaires justifient le niveau EX-02 plutôt que EX-01.

Stéphane Cormier, conseiller principal en classification
Marie-Claude Paquin, directrice générale, Ressources humaines et milieu de travail

c.c. Geneviève Morin; dossier de poste
"""
    text = M.damage_words(text.replace("\n", " \n "), rng, 0.05, 0.01).replace(" \n ", "\n")
    text = M.damage_digits(text, rng, 0.3)
    return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + text).encode("utf-8"), [
        "Stéphane Cormier", "Marie-Claude Paquin", "Geneviève Morin"]


def r_noise(r):
    rng = M.rng_for(r["name"])
    chars = "il1I|!.,:;'`~-_=^°oO0ceéaunmrt/\\ "
    lines = []
    for _ in range(38):
        n = rng.randint(10, 80)
        lines.append("".join(rng.choice(chars) for _ in range(n)).strip())
    lines.insert(5, "D E S C R l P T l O N   D E   T R A ~ A l L")
    lines.insert(17, "Tit.. du p..te :  Dir.c...  ,  B.r..u d'a..ai..s")
    return ("--- Full Extracted Text ---\n" + "\n".join(lines) + "\n").encode("utf-8"), []


REFUSED = [
    dict(name="Profil GT 2019 - D. Rioux (Protégé B).docx", kind="docx", lang="fr", render=r_profile,
         why="an executive talent management profile (talent map placement, mobility), not a description"),
    dict(name="RE Cycle GT 2022 - questionnaires EX-01 et EX-02.txt", kind="text", lang="fr", render=r_etm_email,
         why="the delegate's e-mail launching the talent management cycle"),
    dict(name="Organigramme Opérations 2021-04.pdf", kind="pdf", lang="bilingual", render=r_orgchart,
         why="an organization chart: names, titles, levels, numbers, no description"),
    dict(name="Scan_20190611_0012.pdf", kind="pdf", lang="fr", render=r_noscan,
         why="a scanned PDF without a text layer"),
    dict(name="Décision de classification - poste 10320.txt", kind="ocr", lang="fr", render=r_decision,
         why="a classification decision note (a scan): it names the position, its level and date but describes nothing"),
    dict(name="numérisation 2016-03 (illisible).txt", kind="ocr", lang="fr", render=r_noise,
         why="a scan the OCR turned to noise"),
]
