"""Write the blind140 corpus (corpus/ and expected/): a Québec regional folder of work descriptions.

    /work/main/.venv/bin/python bench/import/blind140/make_blind.py

Deterministic: random generators seeded by file names, .docx re-zipped with fixed timestamps."""
import copy
import sys
sys.dont_write_bytecode = True
import hashlib
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
from texts import (POSITIONS, PEOPLE, GA_FR, GA_EN, NS_FR, NS_EN, SA_FR, SA_EN, R)  # noqa: E402
import render as rd  # noqa: E402
from render import fdate, fmoney, ffte  # noqa: E402

BY_POS = {p["pos"]: k for k, p in POSITIONS.items()}


def rng_for(name):
    return random.Random(int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:16], 16))


def art_fr(title):
    """'du Directeur général ...' / 'de la Directrice ...'"""
    first = title.split()[0].lower()
    if first.endswith("e") and first in ("directrice", "vice-présidente", "présidente", "sous-ministre",
                                          "gestionnaire"):
        return "de la " + title
    return "du " + title


# ------------------------------------------------------------------ direct reports
def rep_line(r, style, lang):
    t = r["title_en"] if lang == "en" and r.get("title_en") else r["title"]
    c, f = r["classification"], r["fte"]
    fe = ffte(f, lang)
    if style == "fr_dash":
        return f"{t} ({c}) – {fe} ETP" if f is not None else f"{t} ({c})"
    if style == "fr_paren":
        return f"{t} ({c}, {fe} ETP)" if f is not None else f"{t} ({c})"
    if style == "fr_emdash":
        return f"{t} — {c} — {ffte(f, 'fr', decimal=True)} ETP"
    if style == "en_paren":
        return f"{t} ({c}, {fe} FTEs)" if f is not None else f"{t} ({c})"
    if style == "en_dash":
        return f"{t} ({c}) - {fe} FTEs"
    raise ValueError(style)


def reports_blocks(reps, spec, lang):
    style = spec.get("rep", "fr_dash" if lang == "fr" else "en_paren")
    if style == "table":
        hdr = ["Subordonnés directs", "Groupe et niveau", "ETP"] if lang == "fr" else \
            ["Direct reports", "Group and level", "FTEs"]
        t = (lambda r: r["title_en"] or r["title"]) if lang == "en" else (lambda r: r["title"])
        return [("table", hdr, [[t(r), r["classification"] or "", ffte(r["fte"], lang, spec.get("decfte", False))]
                                for r in reps])]
    if style == "sentence":
        parts = []
        for r in reps:
            if lang == "fr":
                art = "la" if r["title"].split()[0].endswith(("rice", "ère", "ente", "ointe", "ine", "e")) \
                    and r["title"].split()[0] not in ("Gestionnaire", "Conseiller", "Adjoint", "Agent", "Gardien") else "le"
                if r["title"].split()[0] in ("Adjointe", "Agente", "Analyste") or r["title"].startswith("Agente"):
                    art = "l'"
                elif r["title"].split()[0] in ("Adjoint", "Agent"):
                    art = "l'"
                sep = "" if art == "l'" else " "
                parts.append(f"{art}{sep}{r['title']} ({r['classification']}; {ffte(r['fte'], 'fr')} ETP)")
            else:
                parts.append(f"the {r['title_en']} ({r['classification']}; {ffte(r['fte'], 'en')} FTEs)")
        joined = ", ".join(parts[:-1]) + (" et " if lang == "fr" else " and ") + parts[-1]
        lead = "Relèvent directement du ou de la titulaire : " if lang == "fr" else "Reporting to the incumbent are "
        return [("p", lead + joined + ".")]
    numbered = style.endswith("_num")
    base = style[:-4] if numbered else style
    return [("list", [rep_line(r, base, lang) for r in reps], True if numbered else spec.get("bullet", None))]


# ------------------------------------------------------------------ one position's document blocks
def build_fr(p, spec, key):
    form = spec.get("form", "A")
    ds, ms = spec.get("date", "fr"), spec.get("money", "fr")
    date_txt = spec.get("date_text") or fdate(p["date"], ds)
    sup_pos, sup_title, sup_cls, _ = p["sup"]
    dept = p["dept"][0]
    inc, appr, clas = PEOPLE[key]
    kind = key[:2]
    B = []
    if form == "A":
        B += [("title", dept.split(" – ")[0].upper()), ("title", dept.split(" – ")[1] if " – " in dept else ""),
              ("title", "DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)"), ("blank",)]
        B += [("kv", "Titre du poste :", p["title"]), ("kv", "Numéro du poste :", p["pos_txt"]),
              ("kv", "Code d'emploi :", p["job"] or ""), ("kv", "Classification / Groupe et niveau :", p["cls"]),
              ("kv", "Date d'entrée en vigueur :", date_txt), ("kv", "Lieu de travail :", p["loc"])]
    elif form == "B":
        B += [("title", "Parcs Canada   Parks Canada"), ("title", "DESCRIPTION DE TRAVAIL DE CADRE"), ("blank",),
              ("kv", "Titre :", p["title"]), ("kv", "N° de poste :", p["pos_txt"]), ("kv", "Groupe et niveau :", p["cls"]),
              ("kv", "Code de l'emploi :", p["job"] or ""), ("kv", "Unité de gestion / Lieu :", p["loc"]),
              ("kv", "En vigueur le :", date_txt)]
    else:  # C
        B += [("title", "Développement économique Canada pour les régions du Québec"),
              ("title", "DESCRIPTION DE POSTE – GROUPE EX"), ("blank",),
              ("kv", "Titre du poste :", p["title"]),
              ("kv", "Numéro du poste :", p["pos_txt"] + "     Code d'emploi : " + (p["job"] or "")),
              ("kv", "Niveau :", p["cls"]), ("kv", "Date d'entrée en vigueur :", date_txt),
              ("kv", "Bureau / Lieu de travail :", p["loc"])]
    sup_style = spec.get("sup", {"A": "line", "B": "fields", "C": "sentence"}[form])
    if sup_style == "line":
        B += [("kv", "Relève de :", f"{sup_title} ({sup_cls})"), ("kv", "Poste du superviseur :", sup_pos or "")]
    elif sup_style == "fields":
        B += [("kv", "Titre du poste du superviseur :", sup_title),
              ("kv", "Numéro du poste du superviseur :", sup_pos or ""),
              ("kv", "Groupe et niveau du superviseur :", sup_cls or "")]
    B += [("h", "RAISON D'ÊTRE DU POSTE" if form != "A" else "RESPONSABILITÉS GÉNÉRALES"),
          ("p", GA_FR[kind].format(unit=p["unit"], supart=art_fr(sup_title)))]
    B += [("h", "STRUCTURE ORGANISATIONNELLE")]
    supk = BY_POS.get(sup_pos)
    n_peers = len(POSITIONS[supk]["reports"]) if supk else None
    if sup_style == "sentence":
        tail = f", poste no {sup_pos}" if sup_pos else ""
        B += [("p", f"Le ou la titulaire relève {art_fr(sup_title)} ({sup_cls}){tail}. Le poste est l'un des "
                    f"{n_peers} postes relevant directement {art_fr(sup_title)}.")]
    elif n_peers:
        B += [("p", f"Le poste est l'un des {n_peers} postes relevant directement {art_fr(sup_title)}.")]
    if spec.get("rep") not in ("sentence", "table"):
        B += [("p", "Subordonnés directs :")]
    B += reports_blocks(p["reports"], spec, "fr")
    B += [("h", "NATURE ET ÉTENDUE")] + [("p", x) for x in NS_FR[kind]]
    if spec.get("extra_ns"):
        B += [("p", spec["extra_ns"])]
    B += [("h", "DIMENSIONS")]
    sal, om, tot = fmoney(p["salary"], ms), fmoney(p["om"], ms), fmoney(p["salary"] + p["om"], ms)
    fte = ffte(p["fte"], "fr", spec.get("decfte", False))
    if form == "C" or spec.get("dim") == "sentence":
        s = f"Le ou la titulaire gère un budget salarial de {sal} et un budget de fonctionnement et d'entretien " \
            f"(F et E) de {om}"
        s += "." if spec.get("no_total") else f", pour un total de {tot}."
        if p.get("gc"):
            s += f" Il ou elle recommande des engagements de subventions et contributions d'environ " \
                 f"{fmoney(p['gc'], 'fr_M')} par année."
        s += f" L'unité compte {fte} ETP."
        B += [("p", s)]
    else:
        lab = {"A": ("Ressources humaines :", "Budget salarial :", "F et E :", "Total :"),
               "B": ("ETP (années-personnes) :", "Salaires :", "F et E :", "Budget total de fonctionnement :")}[form]
        B += [("kv", lab[0], f"{fte} ETP" if form == "A" else fte), ("p", "Ressources financières :"),
              ("kv", lab[1], sal), ("kv", lab[2], om)]
        if not spec.get("no_total"):
            B += [("kv", lab[3], tot)]
        if form == "B":
            B += [("kv", "Budget d'immobilisations (non compris) :", fmoney(p.get("capital", 3_400_000), ms))]
    B += [("h", "RESPONSABILITÉS PARTICULIÈRES"), ("list", SA_FR, True)]
    B += [("h", "SIGNATURES"), ("kv", "Titulaire :", inc if not spec.get("vacant") else "Poste vacant"),
          ("kv", "Approuvé par :", f"{appr}, {sup_title}"),
          ("kv", "Évaluation de la classification :", f"{clas}, conseillère en classification")]
    return B


def build_en(p, spec, key):
    ds, ms = spec.get("date", "en"), spec.get("money", "en")
    date_txt = spec.get("date_text") or fdate(p["date"], ds)
    sup_pos, sup_title_fr, sup_cls, sup_title_en = p["sup"]
    sup_title = sup_title_en or sup_title_fr
    dept = p["dept"][1]
    inc, appr, clas = PEOPLE[key]
    kind = key[:2]
    title = p["title_en"]
    B = [("title", dept), ("title", "EXECUTIVE WORK DESCRIPTION"), ("blank",),
         ("kv", "Position Title:", title), ("kv", "Position Number:", p["pos_txt"]), ("kv", "Job Code:", p["job"] or ""),
         ("kv", "Group and Level:", p["cls"]), ("kv", "Effective Date:", date_txt), ("kv", "Location:", p["loc_en"])]
    sup_style = spec.get("sup", "fields")
    if sup_style == "fields":
        B += [("kv", "Supervisor's Position Title:", sup_title), ("kv", "Supervisor's Position Number:", sup_pos or ""),
              ("kv", "Supervisor's Classification:", sup_cls or "")]
    elif sup_style == "line":
        B += [("kv", "Reports to:", f"{sup_title} ({sup_cls}), position {sup_pos}")]
    B += [("h", "GENERAL ACCOUNTABILITY"), ("p", GA_EN[kind].format(unit=spec.get("unit_en", "the unit"),
                                                                     supart=sup_title))]
    B += [("h", "ORGANIZATION STRUCTURE")]
    supk = BY_POS.get(sup_pos)
    n_peers = len(POSITIONS[supk]["reports"]) if supk else 4
    B += [("p", f"The position is one of {n_peers} positions reporting to the {sup_title}.")]
    if spec.get("rep") not in ("sentence", "table"):
        B += [("p", "Direct reports:")]
    B += reports_blocks(p["reports"], spec, "en")
    B += [("h", "NATURE AND SCOPE")] + [("p", x) for x in NS_EN[kind]]
    if spec.get("extra_ns"):
        B += [("p", spec["extra_ns"])]
    B += [("h", "DIMENSIONS"), ("kv", "FTEs:", ffte(p["fte"], "en")), ("kv", "Salary:", fmoney(p["salary"], ms)),
          ("kv", "O&M:", fmoney(p["om"], ms))]
    if not spec.get("no_total"):
        B += [("kv", "Total:", fmoney(p["salary"] + p["om"], ms))]
    if p.get("gc"):
        B += [("kv", "Grants and contributions (recommended, not managed):", fmoney(p["gc"], ms))]
    B += [("h", "SPECIFIC ACCOUNTABILITIES"), ("list", SA_EN, True)]
    B += [("h", "SIGNATURES"), ("kv", "Incumbent:", inc), ("kv", "Approved by:", f"{appr}, {sup_title}"),
          ("kv", "Classification review:", clas)]
    return B


def build_bi(p, spec, key):
    """Side by side: English on the left, French on the right."""
    ms = spec.get("money", "en")
    msf = spec.get("money_fr", "fr")
    sup_pos, sup_title_fr, sup_cls, sup_title_en = p["sup"]
    inc, appr, clas = PEOPLE[key]
    kind = key[:2]
    d_en = spec.get("date_text_en") or fdate(p["date"], spec.get("date", "en"))
    d_fr = spec.get("date_text_fr") or fdate(p["date"], spec.get("date_fr", "fr"))
    K = lambda a, b, c, d: ("kv2", a, b, c, d)  # noqa: E731
    B = [("h2", p["dept"][1], p["dept"][0]), ("h2", "EXECUTIVE WORK DESCRIPTION", "DESCRIPTION DE TRAVAIL – CADRES (EX)"),
         K("Position Title:", p["title_en"], "Titre du poste :", p["title"]),
         K("Position Number:", p["pos_txt"], "Numéro du poste :", p["pos_txt"]),
         K("Job Code:", p["job"] or "", "Code d'emploi :", p["job"] or ""),
         K("Classification:", p["cls"], "Groupe et niveau :", p["cls"]),
         K("Effective Date:", d_en, "Date d'entrée en vigueur :", d_fr),
         K("Location:", p["loc_en"], "Lieu de travail :", p["loc"]),
         K("Reports to:", f"{sup_title_en} ({sup_cls})" if sup_cls else sup_title_en,
           "Relève de :", f"{sup_title_fr} ({sup_cls})" if sup_cls else sup_title_fr),
         K("Supervisor's Position No.:", sup_pos or "N/A", "Poste du superviseur :", sup_pos or "S.O.")]
    B += [("h2", "GENERAL ACCOUNTABILITY", "RESPONSABILITÉS GÉNÉRALES"),
          ("p2", GA_EN[kind].format(unit=spec.get("unit_en", "the region"), supart=sup_title_en),
           GA_FR[kind].format(unit=p["unit"], supart=art_fr(sup_title_fr)))]
    B += [("h2", "ORGANIZATION STRUCTURE", "STRUCTURE ORGANISATIONNELLE"), ("p2", "Direct reports:", "Subordonnés directs :")]
    for r in p["reports"]:
        B += [("p2", f"• {r['title_en']} ({r['classification']}, {ffte(r['fte'], 'en')} FTEs)",
               f"• {r['title']} ({r['classification']}, {ffte(r['fte'], 'fr')} ETP)")]
    B += [("h2", "NATURE AND SCOPE", "NATURE ET ÉTENDUE")]
    for e, f in zip(NS_EN[kind][:2], NS_FR[kind][:2]):
        B += [("p2", e, f)]
    tot = p["salary"] + p["om"]
    B += [("h2", "DIMENSIONS", "DIMENSIONS"),
          K("FTEs:", ffte(p["fte"], "en"), "ETP :", ffte(p["fte"], "fr")),
          K("Salary:", fmoney(p["salary"], ms), "Salaires :", fmoney(p["salary"], msf)),
          K("O&M:", fmoney(p["om"], ms), "F et E :", fmoney(p["om"], msf))]
    if not spec.get("no_total"):
        B += [K("Total:", fmoney(tot, ms), "Total :", fmoney(tot, msf))]
    if p.get("gc"):
        B += [K("Grants and contributions:", fmoney(p["gc"], ms), "Subventions et contributions :", fmoney(p["gc"], msf))]
    B += [("h2", "SIGNATURES", "SIGNATURES"), K("Incumbent:", inc, "Titulaire :", inc),
          K("Approved by:", appr, "Approuvé par :", appr)]
    return B


# ------------------------------------------------------------------ documents
import datetime as _dt  # noqa: E402

# Each: file, key, kind, lang, plus options. ov: overrides of the position for this version.
OLD_SC3 = dict(date=_dt.date(2016, 4, 1), fte=389, salary=23_940_000, om=1_105_000,
               reports=[R("Gestionnaire principale, Centres Service Canada – Montréal-Centre", "PM-06", 121),
                        R("Gestionnaire principal, Centres Service Canada – Montréal-Est", "PM-06", 109),
                        R("Gestionnaire principale, Centres Service Canada – Laval et Laurentides", "PM-06", 156),
                        R("Adjointe administrative", "AS-02", 2)])

DOCS = [
    # ---- Service Canada
    dict(file="Sous-ministre adjointe régionale, Région du Québec - bilingue.docx", key="SC0", kind="docx", lang="bi",
         unit_en="Service Canada's Quebec Region", date="en", date_fr="fr", money="en_M", money_fr="fr_M"),
    dict(file="DG SAC Qc 2015 (bilingue).txt", key="SC1", kind="text-cp1252", lang="bi", unit_en="Citizen Services",
         ov=dict(date=_dt.date(2015, 4, 1), cls="EX-03", fte=1010, salary=64_380_000, om=5_120_000,
                 title="Directrice générale, Services aux citoyens, Région du Québec",
                 reports=[R("Directrice, Services aux citoyens – Montréal", "EX-01", 389, "Director, Citizen Services – Montréal"),
                          R("Directeur, Services aux citoyens – Québec et Chaudière-Appalaches", "EX-01", 228,
                            "Director, Citizen Services – Québec and Chaudière-Appalaches"),
                          R("Directrice, Services aux citoyens – Est-du-Québec", "EX-01", 179,
                            "Director, Citizen Services – Eastern Quebec"),
                          R("Directeur, Services aux citoyens – Ouest-du-Québec", "EX-01", 196,
                            "Director, Citizen Services – Western Quebec"),
                          R("Gestionnaire principale, Soutien aux opérations", "PM-06", 17,
                            "Senior Manager, Operations Support")]),
         date="en_dmy", date_fr="fr", money="en", money_fr="fr"),
    dict(file="Directrice générale, Services aux citoyens, Région du Québec (2021).pdf", key="SC1", kind="pdf", lang="fr",
         form="A", date="fr", money="fr", rep="fr_dash", decfte=True),
    dict(file="DG Prestation des programmes QC.txt", key="SC2", kind="ocr", lang="fr", form="A", strength="medium",
         date="fr", money="fr", rep="fr_paren"),
    dict(file="Directrice SAC Montréal 2016 num.txt", key="SC3", kind="ocr", lang="fr", form="A", strength="heavy",
         date="fr_le", money="fr", rep="fr_dash", ov=OLD_SC3),
    dict(file="DT Directrice, Services aux citoyens – Montréal 2022.docx", key="SC3", kind="docx", lang="fr", form="A",
         date="fr", money="fr_nbsp", rep="table", decfte=True),
    dict(file="Directeur, Services aux citoyens – Québec et Chaudière-Appalaches.md", key="SC4", kind="markdown",
         lang="fr", form="A", date="fr", money="fr_nnbsp", rep="fr_dash", sup="fields"),
    dict(file="Est-du-Québec_DT_EX01_signée.txt", key="SC5", kind="ocr", lang="fr", form="A", strength="light",
         date="fr_le", money="fr_cents", rep="fr_emdash"),
    dict(file="DT 31515 Ouest-du-Québec.pdf", key="SC6", kind="pdf", lang="fr", form="A", date="iso", money="fr_k",
         rep="fr_dash_num"),
    dict(file="Executive Director EI Processing - Directrice exécutive Traitement AE.txt", key="SC7",
         kind="ocr-columns", lang="bi", strength="medium", unit_en="EI processing in Quebec", date="en", date_fr="fr",
         money="en", money_fr="fr"),
    dict(file="Pensions SV 2017 scan.txt", key="SC8", kind="ocr", lang="fr", form="A", strength="medium",
         date="fr", money="fr_M", rep="fr_dash",
         ov=dict(title="Directeur, Pensions et Sécurité de la vieillesse", cls="EX-01", date=_dt.date(2017, 4, 1),
                 fte=371, salary=22_650_000, om=980_000,
                 reports=[R("Gestionnaire principale, Sécurité de la vieillesse", "PM-06", 176),
                          R("Gestionnaire principal, Régime de pensions du Canada", "PM-06", 151),
                          R("Gestionnaire, Prestations d'invalidité du RPC", "PM-05", 43)])),
    dict(file="Directeur exécutif, Pensions et Sécurité de la vieillesse (reclassification 2020).md", key="SC8",
         kind="markdown", lang="fr", form="A", date="fr_le", money="fr", rep="table",
         extra_ns="Le poste a été reclassifié de EX-01 à EX-02 en 2020 à la suite de l'ajout des prestations "
                  "d'invalidité du RPC; l'effectif est passé de 371 à 412 ETP."),
    dict(file="Director, Quality and Delivery Support - Quebec Region.docx", key="SC9", kind="docx", lang="en",
         unit_en="quality of delivery in the Quebec Region", date="en", money="en", rep="table", kvtable=True),
    dict(file="Directrice_Planification_ressources_regionales_export.txt", key="SC10", kind="text", lang="fr",
         form="A", date="fr", money="fr", rep="fr_dash", mojibake=True),
    dict(file="Executive Director, Service Integrity, Quebec Region.pdf", key="SC11", kind="pdf", lang="en",
         unit_en="service integrity in the Quebec Region", date="en", money="en_M", rep="en_paren", sup="line"),
    dict(file="Directrice, Services de passeport (Région du Québec).txt", key="SC12", kind="text-cp1252", lang="fr",
         form="A", date="fr", money="fr_nbsp", rep="fr_dash", sup="fields"),
    dict(file="Centres d'appels spécialisés - DT EX-01.txt", key="SC13", kind="ocr", lang="fr", form="A",
         strength="light", no_sup_pos=True, date="fr", money="fr", rep="fr_paren"),
    # ---- Parcs Canada
    dict(file="Directrice exécutive, Opérations – Québec.docx", key="PC0", kind="docx", lang="fr", form="B",
         date="fr", money="fr_M", rep="table", capital=12_600_000, kvtable=True),
    dict(file="UG Mauricie et Ouest du Québec - directeur.txt", key="PC1", kind="ocr", lang="fr", form="B",
         strength="medium", date="fr", money="fr_M", rep="table", decfte=True),
    dict(file="Directrice UG Saguenay–Saint-Laurent.pdf", key="PC2", kind="pdf", lang="fr", form="B", date="fr_le",
         money="fr", rep="fr_dash"),
    dict(file="Director, Québec Field Unit (bilingual).docx", key="PC3", kind="docx", lang="bi",
         unit_en="the national historic sites of the Québec City area", date="en", date_fr="fr", money="en",
         money_fr="fr_nbsp"),
    dict(file="Field Unit Superintendent - Gaspesie 2013.txt", key="PC4", kind="text-cp1252", lang="en",
         unit_en="Forillon National Park", date="en", money="en", rep="en_dash", sup="fields",
         ov=dict(date=_dt.date(2013, 4, 1), fte=81, salary=5_120_000, om=3_460_000,
                 sup=("60090", "Directeur, Unité de gestion de l'Est du Québec", "EX-02",
                      "Director, Eastern Quebec Field Units"),
                 reports=[R("Manager, Resource Conservation", "EG-06", 18, "Manager, Resource Conservation"),
                          R("Manager, Visitor Experience", "PM-05", 29, "Manager, Visitor Experience"),
                          R("Manager, Asset Management", "EG-06", 23, "Manager, Asset Management"),
                          R("Chief Park Warden", "GT-07", 10, "Chief Park Warden")])),
    dict(file="Directrice, Unité de gestion de la Gaspésie - signé.pdf", key="PC4", kind="pdf", lang="fr", form="B",
         date="fr", money="fr", rep="fr_paren",
         extra_ns="Anciennement intitulé « Directeur de l'unité de gestion de la Gaspésie (Field Unit "
                  "Superintendent) », le poste relevait du directeur de l'Est du Québec (EX-02) jusqu'en 2019."),
    dict(file="Côte-Nord UG DT (numérisé).txt", key="PC5", kind="ocr", lang="fr", form="B", strength="heavy", no_sup_pos=True,
         date="fr", money="fr", rep="fr_dash"),
    dict(file="Director, Montérégie Historic Sites and Canals - Directeur, Lieux historiques et canaux de la Montérégie.docx",
         key="PC6", kind="docx", lang="bi", unit_en="the Chambly, Saint-Ours and Carillon canals", date="en",
         date_fr="fr_le", money="en_M", money_fr="fr_M"),
    # ---- DEC
    dict(file="VP Opérations DEC - Description de travail bilingue.pdf", key="CE0", kind="pdf", lang="bi",
         unit_en="regional operations", date="en", date_fr="fr", money="en_M", money_fr="fr_M"),
    dict(file="Directrice générale, Bureaux d'affaires – Est du Québec.docx", key="CE1", kind="docx", lang="fr",
         form="C", date="fr", money="fr_nbsp", rep="fr_dash"),
    dict(file="DG BA Ouest du Québec.txt", key="CE2", kind="ocr", lang="fr", form="C", strength="medium",
         date="fr_le", money="fr", rep="fr_dash"),
    dict(file="DRAFT - Directrice Bureau d'affaires Montréal.docx", key="CE3", kind="docx", lang="fr", form="C",
         date_text="À déterminer", money="fr", rep="sentence", no_date=True, draft=True,
         ov=dict(salary=3_580_000, om=240_000)),
    dict(file="Directrice, Bureau d'affaires Montréal - signé.pdf", key="CE3", kind="pdf", lang="fr", form="C",
         date="fr_le", money="fr", rep="sentence"),
    dict(file="Estrie_Sherbrooke DT.txt", key="CE4", kind="ocr", lang="fr", form="A", strength="light",
         date="fr", money="fr", rep="fr_dash", sup="sentence"),
    dict(file="Director, Montérégie Business Office.md", key="CE5", kind="markdown", lang="en",
         unit_en="the Montérégie region", date="en", money="en", rep="en_paren"),
    dict(file="Directrice BA Outaouais, version finale.docx", key="CE6", kind="docx", lang="fr", form="C",
         date="fr", money="fr_nbsp", rep="fr_paren", no_total=True),
    dict(file="Abitibi-Témiscamingue–Nord-du-Québec (scan 2).txt", key="CE7", kind="ocr", lang="fr", form="C",
         strength="heavy", date="fr", money="fr", rep="fr_dash"),
    dict(file="BA Bas-Saint-Laurent, Gaspésie, Îles.pdf", key="CE8", kind="pdf", lang="fr", form="C", date="fr",
         money="fr_cents", rep="fr_emdash"),
    dict(file="Scan_DEC_Saguenay.txt", key="CE9", kind="ocr", lang="fr", form="C", strength="medium", date="fr",
         money="fr", rep="sentence"),
    dict(file="Scan_DEC_Saguenay (1).txt", key="CE9", kind="ocr", lang="fr", form="C", strength="medium", date="fr",
         money="fr", rep="sentence", same_as="Scan_DEC_Saguenay.txt"),
    dict(file="Director, Mauricie Business Office.txt", key="CE10", kind="text-cp1252", lang="en",
         unit_en="the Mauricie region", date="en", money="en", rep="en_paren", sup="line", no_total=True),
    dict(file="Director Cote-Nord Business Office scan.txt", key="CE11", kind="ocr", lang="en", strength="medium",
         unit_en="the Côte-Nord region", date="en_dmy", money="en_K", rep="en_dash"),
    dict(file="Director, Québec–Chaudière-Appalaches Business Office.pdf", key="CE12", kind="pdf", lang="en",
         unit_en="the Capitale-Nationale and Chaudière-Appalaches regions", date="en", money="en", rep="table"),
    dict(file="Director Laurentides-Lanaudiere BO.docx", key="CE13", kind="docx", lang="en", no_pos="To be assigned",
         unit_en="the Laurentides and Lanaudière regions", date="iso", money="en", rep="en_paren"),
    dict(file="Directrice, Bureau d'affaires Centre-du-Québec.md", key="CE14", kind="markdown", lang="fr", form="C", no_job=True,
         date="fr", money="fr_k", rep="fr_dash", decfte=True),
]

CURLY = {"text-cp1252"}
VERSION_NOTES = {
    "SC1": "2015 bilingual side-by-side form (1,010 FTEs, four director reports and a PM-06) replaced in 2021 by a "
           "French PDF: a fifth director (passport services), 1 204,5 ETP, new budgets.",
    "SC3": "2016 heavy scan (389 FTEs, three centre managers and an assistant) replaced by the 2022 Word form: a "
           "fourth manager (mobile services), other FTEs and budgets.",
    "SC8": "2017 scan of the EX-01 Directeur, Pensions et Sécurité de la vieillesse; reclassified EX-02 in 2020 and "
           "retitled Directeur exécutif (Markdown), one more report, 412 ETP.",
    "PC4": "2013 English description of the Field Unit Superintendent, Gaspésie (under the Eastern Quebec field "
           "units director, EX-02, position 60090) replaced in 2021 by the French Directrice, Unité de gestion de "
           "la Gaspésie under the Directrice exécutive, Opérations – Québec (60100).",
    "CE3": "Word draft (effective date 'À déterminer', other salary and O&M) and the signed PDF with its date.",
    "CE9": "The same scan saved twice.",
}


def curl(s):
    return s.replace("'", "’") if isinstance(s, str) else s


def curl_position(p):
    for k in ("title", "title_en", "loc", "loc_en", "unit"):
        p[k] = curl(p[k])
    p["sup"] = tuple(curl(x) for x in p["sup"])
    p["reports"] = [{**r, "title": curl(r["title"]), "title_en": curl(r["title_en"])} for r in p["reports"]]


def position_for(spec):
    p = copy.deepcopy(POSITIONS[spec["key"]])
    p.update(copy.deepcopy(spec.get("ov", {})))
    p["pos_txt"] = p["pos"]
    if spec.get("no_pos"):
        p["pos_txt"], p["pos"] = spec["no_pos"], None
    if spec.get("no_job"):
        p["job"] = None
    if spec.get("no_sup_pos"):
        p["sup"] = (None,) + tuple(p["sup"][1:])
    if spec.get("capital"):
        p["capital"] = spec["capital"]
    if spec["kind"] in CURLY:
        curl_position(p)
    return p


def pdf_pages(lines, per_page, footer):
    pages = rd.paginate(lines, per_page, footer=footer)
    text_pages = []
    for pg in pages:
        t = "\n".join(pg).replace("\u202f", "\u00a0")
        t.encode("cp1252")
        text_pages.append(t)
    return pdf_bytes(text_pages)


def render(spec, blocks, people, header_txt):
    kind = spec["kind"]
    rng = rng_for(spec.get("same_as", spec["file"]))
    if kind == "markdown":
        return rd.to_md(blocks).encode("utf-8")
    if kind == "text":
        text = rd.to_text(blocks, width=None)
        if spec.get("mojibake"):
            text = rd.mojibake(text)
        return text.encode("utf-8")
    if kind == "text-cp1252":
        text = rd.to_text(blocks, width=None if spec["lang"] != "bi" else 120)
        return curl(text).replace("\n", "\r\n").encode("cp1252")
    if kind == "docx":
        rd.docx_kv_mode[0] = "table" if spec.get("kvtable") else "paragraphs"
        return rd.to_docx(blocks, title=spec["file"].rsplit(".", 1)[0])
    if kind == "pdf":
        lines = rd.to_text(blocks, width=100).split("\n")
        fr = spec["lang"] != "en"
        return pdf_pages(lines, 64, lambda n, t: f"Page {n} de {t}" if fr else f"Page {n} of {t}")
    if kind in ("ocr", "ocr-columns"):
        width = 104 if kind == "ocr-columns" else 78
        lines = rd.ocr_lines(blocks, width, rng)
        style = rng.randrange(3)
        fr = spec["lang"] != "en"
        foot = [lambda n, t: f"Page {n} de {t}" if fr else f"Page {n} of {t}", lambda n, t: f"- {n} -",
                lambda n, t: f"{n}/{t}"][style]
        pages = rd.paginate(lines, 50, header=lambda n, t: header_txt, footer=foot)
        text = "\n\n".join("\n".join(pg) for pg in pages) + "\n"
        return rd.damage(text, rng, spec["strength"], protect=people).encode("utf-8")
    raise ValueError(kind)


def num(x):
    return int(x) if x is not None and float(x).is_integer() else x


def newest_files():
    best = {}
    for s in DOCS:
        p = position_for(s)
        d = p["date"] if not s.get("no_date") else _dt.date(1900, 1, 1)
        if s["key"] not in best or d > best[s["key"]][0]:
            best[s["key"]] = (d, s["file"])
    return {k: v[1] for k, v in best.items()}


def position_doc(spec, newest):
    key, lang = spec["key"], spec["lang"]
    p = position_for(spec)
    build = {"fr": build_fr, "en": build_en, "bi": build_bi}[lang]
    blocks = build(p, spec, key)
    if spec.get("draft"):
        blocks = [("title", "ÉBAUCHE – DRAFT – NE PAS DIFFUSER"), ("blank",)] + blocks
    inc, appr, clas = PEOPLE[key]
    people = [inc, appr] + ([clas] if lang != "bi" else [])
    header = (f"{p['dept'][1 if lang == 'en' else 0].split(' – ')[0][:40]} – "
              f"{'Work description' if lang == 'en' else 'Description de travail'} – {p['pos']}")
    data = render(spec, blocks, people, header)

    en = lang in ("en", "bi")
    sup_pos, st_fr, sc, st_en = p["sup"]
    fields = {
        "title": p["title_en"] if en else p["title"],
        "classification": p["cls"],
        "job_code": p["job"],
        "position_number": p["pos"],
        "effective_date": None if spec.get("no_date") else p["date"],
        "supervisor": {"position_number": sup_pos, "title": (st_en or st_fr) if en else st_fr, "classification": sc},
        "direct_reports": [{"title": (r["title_en"] or r["title"]) if en else r["title"],
                            "classification": r["classification"], "fte": num(r["fte"])} for r in p["reports"]],
        "salary": p["salary"], "o_and_m": p["om"],
        "total": None if spec.get("no_total") else p["salary"] + p["om"],
        "location": p["loc_en"] if en else p["loc"],
    }
    not_stated = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
    not_stated += [f"supervisor.{k}" for k in ("position_number", "classification") if fields["supervisor"][k] is None]
    also = {"department": p["dept"][1] if lang == "en" else p["dept"][0],
            "form": {"A": "Service Canada executive form (DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION)",
                     "B": "Parcs Canada executive form (DESCRIPTION DE TRAVAIL DE CADRE)",
                     "C": "DEC form (DESCRIPTION DE POSTE – GROUPE EX), supervisor and dimensions in sentences"}
            .get(spec.get("form", "A")) if lang == "fr" else
            ("bilingual side by side, English left, French right" if lang == "bi" else "EXECUTIVE WORK DESCRIPTION"),
            "fte": num(p["fte"])}
    if lang == "bi":
        also["title_fr"] = p["title"]
        also["supervisor_title_fr"] = st_fr
        also["location_fr"] = p["loc"]
    if spec["kind"] in ("ocr", "ocr-columns"):
        also["damage"] = spec["strength"]
    if spec.get("mojibake"):
        also["encoding_damage"] = "UTF-8 read as cp1252 and saved again (Ã© for é)"
    if p.get("gc"):
        also["grants_and_contributions"] = p["gc"]
    if spec.get("form") == "B" and lang == "fr":
        also["capital_budget_not_included"] = p.get("capital", 3_400_000)
    if spec.get("draft"):
        also["draft"] = True
    if spec.get("rep") == "sentence":
        also["direct_reports_layout"] = "one sentence"
    supk = BY_POS.get(sup_pos or (POSITIONS[key]["sup"][0] if "sup" not in spec.get("ov", {}) else None))
    if supk and supk in newest and st_fr.replace("’", "'") == POSITIONS[supk]["title"]:
        also["reports_to_in_corpus"] = newest[supk]
    return data, {"kind": spec["kind"], "language": "bilingual" if lang == "bi" else lang, "outcome": "import", "fields": fields,
                  "not_stated": not_stated or None, "also": also, "people": people}


# ------------------------------------------------------------------ documents to refuse
def refusals():
    out = []
    # 1. a French staffing notice (cp1252, CRLF)
    t = """AVIS DE NOMINATION INTÉRIMAIRE – AVIS D'INTENTION
Emploi et Développement social Canada – Service Canada, Région du Québec

Numéro de référence : 23-CSD-QC-IA-31513
Titre du poste : Directeur, Services aux citoyens – Québec et Chaudière-Appalaches
Groupe et niveau : EX-01
Numéro du poste : 31513
Lieu de travail : Québec (Québec)
Durée : du 6 mars 2023 au 1er septembre 2023 (intérim de plus de quatre mois)
Personne nommée : Geneviève Arcand-Poitras

Le présent avis vise à informer les personnes intéressées de l'intention de procéder à une nomination
intérimaire non annoncée, conformément à la Loi sur l'emploi dans la fonction publique. La personne
nommée satisfait aux qualifications essentielles, notamment à l'expérience de la gestion d'une équipe de
plus de 200 ETP et d'un budget salarial d'au moins 15 000 000 $.

Toute personne dans la zone de recours peut déposer une plainte auprès de la Commission des relations de
travail et de l'emploi dans le secteur public au plus tard le 20 mars 2023.

Zone de recours : employés d'EDSC occupant un poste dans la Région du Québec.

Pour tout renseignement : Annick Leblond-Caron, conseillère en dotation des cadres
"""
    out.append(dict(file="Avis de nomination intérimaire - 31513.txt", kind="text-cp1252", lang="fr",
                    data=curl(t).replace("\n", "\r\n").encode("cp1252"),
                    people=["Geneviève Arcand-Poitras", "Annick Leblond-Caron"],
                    also={"what": "staffing notice (avis de nomination intérimaire) for position 31513"}))
    # 2. a letter of offer in Word, no description
    blocks = [("title", "Parcs Canada   Parks Canada"), ("blank",),
              ("p", "Québec, le 12 juillet 2021"), ("p", "Monsieur François-Xavier Côté-Harnois"),
              ("p", "Objet : Lettre d'offre – nomination à un poste de durée indéterminée"),
              ("p", "Monsieur,"),
              ("p", "J'ai le plaisir de vous offrir une nomination au poste de Directeur, Unité de gestion de Québec "
                    "(EX-01), poste no 60130, à Québec (Québec), à compter du 3 août 2021. Votre taux de rémunération "
                    "initial sera de 126 000 $ par année, dans l'échelle de 122 513 $ à 144 112 $."),
              ("p", "Cette offre est conditionnelle au maintien de votre cote de fiabilité et à l'exigence linguistique "
                    "CBC. Vous relèverez de la Directrice exécutive, Opérations – Québec (EX-03)."),
              ("p", "Veuillez signer et retourner une copie de la présente lettre d'ici le 19 juillet 2021."),
              ("p", "Josée Kirouac-Lévesque"), ("p", "Directrice exécutive, Opérations – Québec"),
              ("p", "J'accepte l'offre ci-dessus : ______________________   Date : ___________")]
    rd.docx_kv_mode[0] = "paragraphs"
    out.append(dict(file="Lettre d'offre - Directeur UG Québec.docx", kind="docx", lang="fr",
                    data=rd.to_docx(blocks, title="Lettre d'offre"),
                    people=["François-Xavier Côté-Harnois", "Josée Kirouac-Lévesque"],
                    also={"what": "letter of offer for position 60130, with salary range, no position description"}))
    # 3. an illegible scanned page
    rng = rng_for("page illisible.txt")
    noise = []
    frags = ["Num  ro du p ste", "Rel  ve d", "F et", "ETP", "Date d'en", "Gr upe et niv", "EX-0"]
    for i in range(34):
        line = "".join(rng.choice(" .,:;'`~-_|!il1IoO°^") for _ in range(rng.randrange(20, 70)))
        if i % 5 == 2:
            k = rng.randrange(len(line))
            line = line[:k] + frags[(i // 5) % len(frags)] + line[k:]
        noise.append(line.rstrip())
    text = "\n".join(noise) + "\n\n" + "- 1 -\n"
    out.append(dict(file="page illisible.txt", kind="ocr", lang="fr", data=text.encode("utf-8"), people=[],
                    also={"what": "illegible scanned page: punctuation noise with a few label fragments"}))
    # 4. a scan without text layer
    out.append(dict(file="SCAN0007.pdf", kind="pdf", lang="fr", data=pdf_bytes(["", "", ""]), people=[],
                    also={"what": "three scanned pages without a text layer"}))
    # 5. minutes of the regional management committee
    md = """# Comité de gestion régional – Région du Québec

**Procès-verbal de la réunion du 15 novembre 2022** – Complexe Guy-Favreau, Montréal, et par Teams

**Présences :** Solange Thibodeau-Marcil (présidente), Maude Béliveau-Tanguay, Rénald Chouinard-Lapierre,
Marc-André Lemelin-Cyr, Isabelle Ringuette-Moisan; **secrétaire :** Yvan Trépanier-Lafleur

## 1. Adoption de l'ordre du jour

Adopté sans modification.

## 2. Situation budgétaire 2022-2023

La Directrice, Planification et gestion des ressources régionales présente les prévisions : un écart de
1 250 000 $ au budget salarial et de 310 000 $ au budget de F et E. Le comité approuve la réaffectation de
12,5 ETP des Services aux citoyens vers le Traitement de l'assurance-emploi d'ici le 31 mars 2023.

## 3. Organisation

- Le poste 31516 (Directrice, Services de passeport, EX-01) sera doté de façon intérimaire.
- La description de travail du poste 31440 (Directeur exécutif, Intégrité des services, EX-02) sera mise à
  jour pour tenir compte de l'ajout de 18 ETP à la gestion des cas complexes.
- Le Centre Service Canada de Rimouski déménagera le 1er juin 2023.

## 4. Varia

Prochaine réunion : le 13 décembre 2022.

*Procès-verbal approuvé le 13 décembre 2022.*
"""
    out.append(dict(file="Procès-verbal CGR 2022-11-15.md", kind="markdown", lang="fr", data=md.encode("utf-8"),
                    people=["Solange Thibodeau-Marcil", "Maude Béliveau-Tanguay", "Rénald Chouinard-Lapierre",
                            "Marc-André Lemelin-Cyr", "Isabelle Ringuette-Moisan", "Yvan Trépanier-Lafleur"],
                    also={"what": "minutes of the regional management committee (positions, FTEs, amounts)"}))
    # 6. an organization chart as a PDF
    ce1 = POSITIONS["CE1"]
    lines = ["Développement économique Canada pour les régions du Québec",
             "ORGANIGRAMME – BUREAUX D'AFFAIRES DE L'EST DU QUÉBEC", "En date du 1er avril 2023", "",
             "                        Vice-présidente, Opérations (EX-04)  80010", "                                    |",
             f"                        {ce1['title']}  (EX-03)  80100", "                        112 ETP",
             "                                    |",
             "   ------------------------------------------------------------------------------------"]
    for r, pos in zip(ce1["reports"], ["80110", "80120", "80130", "80140", "80150", "80160", "80101"]):
        lines.append(f"   |-- {pos}  {r['title']}  ({r['classification']})  {ffte(r['fte'], 'fr')} ETP")
    lines += ["", "Source : Direction des ressources humaines – mise à jour trimestrielle. Document non officiel."]
    out.append(dict(file="Organigramme DEC Est du Québec 2023.pdf", kind="pdf", lang="fr",
                    data=pdf_pages(lines, 64, lambda n, t: f"Page {n} de {t}"), people=[],
                    also={"what": "organization chart of the Est du Québec business offices (positions, levels, ETP)"}))
    return out


def dump(obj):
    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    newest = newest_files()
    by_key = {}
    truths = {}
    for spec in DOCS:
        data, truth = position_doc(spec, newest)
        (corpus / spec["file"]).write_bytes(data)
        truths[spec["file"]] = truth
        by_key.setdefault(spec["key"], []).append(spec)
    for key, specs in by_key.items():
        if len(specs) < 2:
            continue
        files = sorted((s for s in specs), key=lambda s: (position_for(s)["date"] if not s.get("no_date")
                                                           else _dt.date(1900, 1, 1), s["file"]))
        names = [s["file"] for s in files]
        same = len({(corpus / n).read_bytes() for n in names}) == 1
        v = {"documents": names, "newest": newest[key], "same_text": same, "note": VERSION_NOTES[key]}
        for n in names:
            truths[n]["versions"] = v
    for f, t in truths.items():
        t.setdefault("versions", None)
        out = {"document": f, **t}
        (expected / f"{f}.expected.yaml").write_text(dump(out), encoding="utf-8")
    for r in refusals():
        (corpus / r["file"]).write_bytes(r["data"])
        out = {"document": r["file"], "kind": r["kind"], "language": r["lang"], "outcome": "refuse", "fields": None,
               "not_stated": None, "also": r["also"], "people": r["people"], "versions": None}
        (expected / f"{r['file']}.expected.yaml").write_text(dump(out), encoding="utf-8")


if __name__ == "__main__":
    main()
