"""Blind corpus 196: classification action packages (cover memo / request form, work description,
org chart, rating sheet, signature page) as HR sends them, plus packages with no description.

Run from the repository root:  python bench/import/blind196/make_blind.py
Deterministic: fixed seed, .docx re-zipped with fixed timestamps."""
import datetime as dt
import io
import random
import shutil
import textwrap
import sys
import zipfile
from pathlib import Path

import yaml
import docx
from docx.enum.text import WD_BREAK

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.import_files import pdf_bytes  # noqa: E402

HERE = Path(__file__).resolve().parent
R = random.Random(196)

AREAS = [
    ("Asylum Claims Processing", "Traitement des demandes d'asile"),
    ("Grants and Contributions Oversight", "Surveillance des subventions et contributions"),
    ("Marine Safety Programs", "Programmes de sécurité maritime"),
    ("Indigenous Procurement Initiatives", "Initiatives d'approvisionnement autochtone"),
    ("Pension Modernization", "Modernisation des pensions"),
    ("Data Stewardship and Analytics", "Intendance et analytique des données"),
    ("Regional Service Delivery, Atlantic", "Prestation régionale des services, Atlantique"),
    ("Border Technology Integration", "Intégration des technologies frontalières"),
    ("Workplace Wellness and Accommodation", "Mieux-être et mesures d'adaptation en milieu de travail"),
    ("Fisheries Licensing Operations", "Opérations de délivrance des permis de pêche"),
    ("Accessible Transportation Policy", "Politique sur les transports accessibles"),
    ("Corporate Planning and Risk", "Planification ministérielle et risques"),
    ("Real Property Portfolio Management", "Gestion du portefeuille des biens immobiliers"),
    ("Trade Remedies Analysis", "Analyse des recours commerciaux"),
    ("Student Financial Assistance", "Aide financière aux étudiants"),
    ("Cyber Security Operations", "Opérations de cybersécurité"),
    ("Official Languages Compliance", "Conformité aux langues officielles"),
    ("Northern Infrastructure Programs", "Programmes d'infrastructure du Nord"),
    ("Labour Program Inspections", "Inspections du Programme du travail"),
    ("Veterans Benefits Adjudication", "Décisions sur les prestations aux vétérans"),
    ("Science Policy Coordination", "Coordination des politiques scientifiques"),
    ("Internal Audit Engagements", "Missions d'audit interne"),
    ("Emergency Management Readiness", "Préparation à la gestion des urgences"),
    ("Client Experience and Contact Centres", "Expérience client et centres de contact"),
    ("Settlement Program Delivery", "Prestation du programme d'établissement"),
    ("Financial Reporting and Controls", "Rapports financiers et contrôles"),
    ("Agricultural Market Access", "Accès aux marchés agricoles"),
    ("Heritage Collections Management", "Gestion des collections patrimoniales"),
    ("Spectrum Licensing Services", "Services de délivrance des licences du spectre"),
    ("Digital Identity Services", "Services d'identité numérique"),
    ("Enterprise Architecture", "Architecture d'entreprise"),
    ("Water Quality Monitoring", "Surveillance de la qualité de l'eau"),
    ("Talent Acquisition and Executive Services", "Acquisition de talents et services aux cadres"),
    ("Security Screening", "Filtrage de sécurité"),
    ("Tax Treaty Negotiations", "Négociation des conventions fiscales"),
    ("Youth Employment Strategy", "Stratégie d'emploi pour les jeunes"),
    ("Procurement Policy and Governance", "Politique et gouvernance de l'approvisionnement"),
    ("Climate Adaptation Science", "Science de l'adaptation aux changements climatiques"),
    ("Passport Program Integrity", "Intégrité du programme de passeport"),
    ("Access to Information and Privacy", "Accès à l'information et protection des renseignements personnels"),
    ("Seniors Policy and Programs", "Politiques et programmes pour les aînés"),
    ("Housing Market Analysis", "Analyse du marché de l'habitation"),
    ("Wildlife Enforcement", "Application de la loi sur la faune"),
    ("Compensation Transformation", "Transformation de la rémunération"),
    ("Ports and Harbours Operations", "Opérations des ports et havres"),
    ("Trade Remedies Policy", "Politique des recours commerciaux"),
    ("Seniors Benefits Policy", "Politique des prestations aux aînés"),
]
RANKS = [  # english, french, level
    ("Director", "Directeur", 1), ("Director", "Directrice", 1), ("Senior Director", "Directeur principal", 2),
    ("Executive Director", "Directrice exécutive", 2), ("Director General", "Directeur général", 3),
    ("Director General", "Directrice générale", 3), ("Assistant Deputy Minister", "Sous-ministre adjoint", 4),
]
SUPERIOR = {1: [("Director General", 3), ("Executive Director", 2)], 2: [("Director General", 3)],
            3: [("Assistant Deputy Minister", 4), ("Associate Assistant Deputy Minister", 4)],
            4: [("Deputy Minister", 5), ("Senior Assistant Deputy Minister", 5)]}
DEPTS = [("Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
         ("Fisheries and Oceans Canada", "Pêches et Océans Canada"),
         ("Employment and Social Development Canada", "Emploi et Développement social Canada"),
         ("Public Services and Procurement Canada", "Services publics et Approvisionnement Canada"),
         ("Transport Canada", "Transports Canada"), ("Environment and Climate Change Canada", "Environnement et Changement climatique Canada"),
         ("Veterans Affairs Canada", "Anciens Combattants Canada"), ("Canada Border Services Agency", "Agence des services frontaliers du Canada"),
         ("Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada")]
PLACES = [("Ottawa, Ontario", "Ottawa (Ontario)"), ("Gatineau, Quebec", "Gatineau (Québec)"),
          ("Moncton, New Brunswick", "Moncton (Nouveau-Brunswick)"), ("Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
          ("Winnipeg, Manitoba", "Winnipeg (Manitoba)"), ("Edmonton, Alberta", "Edmonton (Alberta)"),
          ("Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"), ("Charlottetown, Prince Edward Island", "Charlottetown (Île-du-Prince-Édouard)"),
          ("Montréal, Quebec", "Montréal (Québec)"), ("Regina, Saskatchewan", "Regina (Saskatchewan)"),
          ("Sudbury, Ontario", "Sudbury (Ontario)"), ("Whitehorse, Yukon", "Whitehorse (Yukon)")]
GIVEN = ["Aurelie", "Thaddeus", "Marisol", "Kwabena", "Ingrid", "Osric", "Delphine", "Raghav", "Siobhan", "Emeric",
         "Noor", "Benedikt", "Yolande", "Tavish", "Priyanka", "Gaspard", "Linnea", "Odalys", "Fergus", "Anouk",
         "Ximena", "Corentin", "Halldora", "Jovan", "Maelle", "Quillon", "Rosalind", "Teodor", "Wynona", "Zacharie"]
FAMILY = ["Brackenridge", "Okonkwo-Lee", "Vasquez-Thibault", "Lindqvist", "Marchetti", "Ouellette-Strand", "Penhallow",
          "Quenneville", "Rautio", "Sandoval", "Thibodeau-Kerr", "Umberger", "Valcourt", "Wexley", "Yarrowby",
          "Zelenko", "Abernethy", "Boisvenu", "Castellane", "Drummondville", "Esterhazy", "Fitzalan", "Gravelbourg",
          "Hollinrake", "Ishikawa-Roy", "Jourdenais", "Kowalczyk", "Lachapelle", "Mbeki-Tremblay", "Nørgaard"]
UNITS = [("Manager, Intake", "Gestionnaire, Réception"), ("Manager, Program Operations", "Gestionnaire, Opérations du programme"),
         ("Manager, Policy and Analysis", "Gestionnaire, Politiques et analyse"), ("Team Lead, Quality Assurance", "Chef d'équipe, Assurance de la qualité"),
         ("Manager, Business Systems", "Gestionnaire, Systèmes opérationnels"), ("Senior Advisor, Strategic Initiatives", "Conseiller principal, Initiatives stratégiques"),
         ("Manager, Regional Coordination", "Gestionnaire, Coordination régionale"), ("Manager, Financial Planning", "Gestionnaire, Planification financière"),
         ("Chief, Data Services", "Chef, Services de données"), ("Manager, Compliance and Monitoring", "Gestionnaire, Conformité et surveillance"),
         ("Manager, Stakeholder Relations", "Gestionnaire, Relations avec les intervenants"), ("Executive Assistant", "Adjoint exécutif")]
GROUPS = ["PM-06", "EC-07", "AS-07", "CS-04", "FI-04", "PM-05", "EC-06", "AS-05", "CO-03", "PE-06"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

used_names = set()


def person():
    while True:
        n = f"{R.choice(GIVEN)} {R.choice(FAMILY)}"
        if n not in used_names:
            used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def cls_n(c, style):
    g, n = c.split("-")
    return {"dash": c, "space": f"{g} {n}", "short": f"{g}-{int(n)}", "glued": g + n}[style]


def date_n(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def money(v, style):
    if style == "full":
        return f"${v:,}"
    if style == "M":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".")
        return f"${s}M"
    if style == "K":
        return f"${v // 1000:,}K"
    if style == "fr":
        return f"{v:,} $".replace(",", "\u00a0")
    if style == "frM":
        s = f"{v / 1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} M$"
    return f"{v:,}"


def fte_n(f, lang):
    s = str(f).replace(".", ",") if lang == "fr" else str(f)
    return f"{s} ETP" if lang == "fr" else f"{s} FTEs"


# ---------------------------------------------------------------- positions
def make_position(i, lang):
    area, area_fr = AREAS[i]
    rank, rank_fr, lvl = R.choice(RANKS[:6] if i % 9 else RANKS)
    title = f"{rank}, {area}"
    title_fr = f"{rank_fr}, {area_fr}"
    cls = f"EX-0{lvl}"
    sup_rank, sup_lvl = R.choice(SUPERIOR[lvl])
    sup_area = R.choice(["Operations", "Programs", "Corporate Services", "Policy and Strategic Direction",
                         "Service Delivery", "Regulatory Affairs", "Chief Financial Officer Branch"])
    SUPFR = {"Operations": "Opérations", "Programs": "Programmes", "Corporate Services": "Services ministériels",
             "Policy and Strategic Direction": "Politiques et orientation stratégique", "Service Delivery": "Prestation des services",
             "Regulatory Affairs": "Affaires réglementaires", "Chief Financial Officer Branch": "Direction générale du dirigeant principal des finances"}
    RKFR = {"Director General": "Directeur général", "Executive Director": "Directrice exécutive", "Assistant Deputy Minister": "Sous-ministre adjoint",
            "Associate Assistant Deputy Minister": "Sous-ministre adjointe déléguée", "Deputy Minister": "Sous-ministre",
            "Senior Assistant Deputy Minister": "Sous-ministre adjoint principal"}
    sup = {"position_number": R.choice([None, str(R.randint(10000, 99999)), str(R.randint(100000, 999999))]),
           "title": f"{sup_rank}, {sup_area}" if sup_lvl < 5 else sup_rank,
           "classification": f"EX-0{sup_lvl}" if sup_lvl < 5 else ("DM-01" if sup_rank == "Deputy Minister" else "EX-05")}
    if lang == "fr":
        sup["title"] = f"{RKFR[sup_rank]}, {SUPFR[sup_area]}" if sup_lvl < 5 else RKFR[sup_rank]
    reports = []
    n = R.randint(2, 6)
    if lvl >= 3:
        pool = R.sample(AREAS, n)
        for a, afr in pool:
            reports.append({"title": f"Director, {a}", "title_fr": f"Directeur, {afr}", "classification": "EX-01",
                            "fte": R.choice([None] + list(range(8, 70)))})
    else:
        for u, ufr in R.sample(UNITS, n):
            reports.append({"title": u, "title_fr": ufr, "classification": R.choice(GROUPS + [None]),
                            "fte": R.choice([None, 1, 2.5] + list(range(3, 25)))})
    sal = R.randint(80, 900) * 10000 if lvl < 3 else R.randint(300, 2500) * 10000
    om = R.randint(5, 400) * 1000
    fte = sum(r["fte"] or 0 for r in reports) + 1 + R.randint(0, 6)
    y = R.randint(2014, 2025)
    eff = R.choice([None, dt.date(y, R.randint(1, 12), R.choice([1, 1, 15, R.randint(2, 28)]))])
    return {
        "title": title, "title_fr": title_fr, "cls": cls, "lvl": lvl,
        "job_code": R.choice([None, str(R.randint(100000, 109999)), str(R.randint(100000, 109999))]),
        "posno": R.choice([None, str(R.randint(10000, 99999)), str(R.randint(10000, 99999)), str(R.randint(100000, 999999))]),
        "eff": eff, "sup": sup, "reports": reports or None, "salary": sal, "om": om,
        "total": R.choice([sal + om, sal + om, None]), "fte": fte,
        "place": R.choice(PLACES), "dept": R.choice(DEPTS), "lang": lang,
        "incumbent": R.choice([None, person()]), "manager": person(), "advisor": person(),
        "committee": [person(), person()],
    }


# ---------------------------------------------------------------- document parts
# a part is a list of items: ("h", text) | ("p", text) | ("t", rows)
L = {
    "en": {"title": ["POSITION TITLE:", "Title:", "Job Title", "Position title"], "cls": ["GROUP AND LEVEL:", "Classification:", "Group/Level", "Level:"],
           "job": ["Job code:", "Job Code", "Generic job no.:"], "pos": ["POSITION NUMBER:", "Position No.:", "Position #", "Position number"],
           "eff": ["EFFECTIVE DATE:", "Effective date:", "Date effective"], "loc": ["LOCATION:", "Location:", "Work location"],
           "dept": ["DEPARTMENT:", "Organization:", "Department"]},
    "fr": {"title": ["TITRE DU POSTE :", "Titre :", "Titre du poste"], "cls": ["GROUPE ET NIVEAU :", "Classification :", "Groupe/niveau"],
           "job": ["Code de l'emploi :", "No de la description générique :"], "pos": ["NUMÉRO DU POSTE :", "No du poste :"],
           "eff": ["DATE D'ENTRÉE EN VIGUEUR :", "Date d'effet :"], "loc": ["LIEU :", "Lieu de travail :"],
           "dept": ["MINISTÈRE :", "Organisation :"]},
}


def lab(lang, key, s):
    opts = L[lang][key]
    return opts[s % len(opts)]


def fld(label, value):
    return label + ("" if label.endswith(":") else ":") + " " + value


def wd_part(p, s):
    """The work description itself. s: dict of style choices."""
    lang = "en" if p["lang"] in ("en", "bilingual") else "fr"
    bi = p["lang"] == "bilingual"
    f = s["form"]
    it = []
    if bi:
        it.append(("h", "EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE CADRE"))
    elif lang == "en":
        it.append(("h", ["EXECUTIVE WORK DESCRIPTION", "Executive Position Description", "WORK DESCRIPTION - EX GROUP"][f % 3]))
    else:
        it.append(("h", ["DESCRIPTION DE TRAVAIL - GROUPE EX", "Description de poste de cadre"][f % 2]))
    dep = p["dept"][0] if lang == "en" else p["dept"][1]
    if bi:
        it.append(("p", f"Title / Titre : {p['title']} / {p['title_fr']}"))
        it.append(("p", f"Group and level / Groupe et niveau : {cls_n(p['cls'], s['cls'])}"))
        if p["job_code"]:
            it.append(("p", f"Job code / Code d'emploi : {p['job_code']}"))
        it.append(("p", f"Position number / Numéro de poste : {p['posno'] or 'N/A'}"))
        it.append(("p", f"Effective date / Date d'entrée en vigueur : {date_n(p['eff'], s['date']) if p['eff'] else '—'}"))
        it.append(("p", f"Department / Ministère : {p['dept'][0]} / {p['dept'][1]}"))
        it.append(("p", f"Location / Lieu : {p['place'][0]}"))
    else:
        it.append(("p", fld(lab(lang, "dept", f), dep)))
        it.append(("p", fld(lab(lang, "title", f), p["title"] if lang == "en" else p["title_fr"])))
        it.append(("p", fld(lab(lang, "cls", f), cls_n(p["cls"], s["cls"]))))
        if p["job_code"]:
            it.append(("p", fld(lab(lang, "job", f), p["job_code"])))
        pn = p["posno"] or R.choice(["NEW", "TBD", "To be assigned", ""] if lang == "en" else ["NOUVEAU", "À déterminer", ""])
        it.append(("p", fld(lab(lang, "pos", f), pn).rstrip()))
        it.append(("p", fld(lab(lang, "eff", f), date_n(p["eff"], s["date"])).rstrip()))
        it.append(("p", fld(lab(lang, "loc", f), p["place"][0] if lang == "en" else p["place"][1])))
    sp = p["sup"]
    sl = s["sup"]
    en = lang == "en"
    if sl == 0:
        t = f"{'REPORTS TO' if en else 'RELÈVE DE'}: {sp['title']} ({cls_n(sp['classification'], s['cls'])})"
        if sp["position_number"]:
            t += f", {'position' if en else 'poste'} {sp['position_number']}"
        it.append(("p", t))
    elif sl == 1:
        it.append(("p", f"{'Supervisor title' if en else 'Titre du superviseur'}: {sp['title']}"))
        it.append(("p", f"{'Supervisor group/level' if en else 'Groupe/niveau du superviseur'}: {cls_n(sp['classification'], s['cls'])}"))
        it.append(("p", f"{'Supervisor position no.' if en else 'No de poste du superviseur'}: {sp['position_number'] or ('N/A' if en else 's.o.')}"))
    # general accountability
    it.append(("h", "GENERAL ACCOUNTABILITY" if en else "RESPONSABILITÉ GÉNÉRALE"))
    area = p["title"].split(", ", 1)[1]
    if en:
        it.append(("p", f"The {p['title'].split(',')[0]} is accountable for the leadership, planning and delivery of "
                        f"{area.lower()} activities of the department, for providing expert advice to senior management, "
                        f"and for the effective management of the financial and human resources assigned to the unit."))
    else:
        it.append(("p", f"Le titulaire est responsable de la direction, de la planification et de la prestation des activités "
                        f"liées au secteur « {p['title_fr'].split(', ', 1)[1]} » et de la gestion efficace des ressources "
                        f"financières et humaines de l'unité."))
    it.append(("h", "ORGANIZATION STRUCTURE" if en else "STRUCTURE ORGANISATIONNELLE"))
    short = p["title"].split(",")[0] if en else p["title_fr"].split(",")[0]
    if sl == 2:
        x = f"The {short} reports to the {sp['title']} ({cls_n(sp['classification'], s['cls'])})" if en else \
            f"Le {short} relève du {sp['title']} ({cls_n(sp['classification'], s['cls'])})"
        if sp["position_number"]:
            x += f", position number {sp['position_number']}" if en else f", poste no {sp['position_number']}"
        it.append(("p", x + "."))
    reps = p["reports"]
    rl = s["rep"]

    def rtitle(r):
        return r["title"] if en else r["title_fr"]
    if not reps:
        it.append(("p", "The position has no direct reports." if en else "Le poste n'a aucun subordonné direct."))
    elif rl == 0:
        it.append(("p", "The following positions report directly to the incumbent:" if en else "Les postes suivants relèvent directement du titulaire :"))
        for r in reps:
            bits = [cls_n(r["classification"], s["cls"])] if r["classification"] else []
            if r["fte"] is not None:
                bits.append(fte_n(r["fte"], lang))
            it.append(("p", f"- {rtitle(r)}" + (f" ({', '.join(bits)})" if bits else "")))
    elif rl == 1:
        rows = [["Position", "Group/Level", "FTEs"] if en else ["Poste", "Groupe/niveau", "ETP"]]
        for r in reps:
            rows.append([rtitle(r), cls_n(r["classification"], s["cls"]) if r["classification"] else "",
                         "" if r["fte"] is None else (str(r["fte"]) if en else str(r["fte"]).replace(".", ","))])
        it.append(("t", rows))
    elif rl == 2:
        parts = []
        for r in reps:
            bits = [cls_n(r["classification"], s["cls"])] if r["classification"] else []
            if r["fte"] is not None:
                bits.append(fte_n(r["fte"], lang))
            parts.append(rtitle(r) + (f" ({', '.join(bits)})" if bits else ""))
        it.append(("p", (f"Reporting to the {short} are: " if en else f"Relèvent du {short} : ") + "; ".join(parts) + "."))
    else:
        for k, r in enumerate(reps, 1):
            it.append(("p", f"{k}. {rtitle(r)}"))
            it.append(("p", f"   {'Classification' if en else 'Classification'}: {cls_n(r['classification'], s['cls']) if r['classification'] else ('not classified' if en else 'non classifié')}"))
            it.append(("p", f"   FTE: {'' if r['fte'] is None else r['fte']}" if en else f"   ETP : {'' if r['fte'] is None else str(r['fte']).replace('.', ',')}"))
    it.append(("h", "DIMENSIONS"))
    ms = s["money"] if en else ("fr" if s["money"] in ("full", "K") else "frM")
    rows = [["FTEs" if en else "ETP", str(p["fte"])],
            ["Salary" if en else "Salaires", money(p["salary"], ms)],
            ["O&M" if en else "F et E", money(p["om"], ms)]]
    if p["total"]:
        rows.append(["Total", money(p["total"], ms)])
    if s["dimtable"]:
        it.append(("t", rows))
    else:
        for a, b in rows:
            it.append(("p", f"{a}: {b}"))
    it.append(("h", "SPECIFIC ACCOUNTABILITIES" if en else "RESPONSABILITÉS PARTICULIÈRES"))
    for k, a in enumerate(["Directing the planning and delivery of the unit's programs and services.",
                           "Advising senior management on emerging issues, risks and options.",
                           "Managing relationships with central agencies, other departments and stakeholders."] if en else
                          ["Diriger la planification et la prestation des programmes de l'unité.",
                           "Conseiller la haute direction sur les enjeux émergents et les risques.",
                           "Gérer les relations avec les organismes centraux et les intervenants."], 1):
        it.append(("p", f"{k}. {a}"))
    if bi:
        it.append(("h", "RESPONSABILITÉ GÉNÉRALE (version française)"))
        it.append(("p", f"Le titulaire du poste de {p['title_fr']} est responsable de la direction des activités de l'unité."))
    return it


def memo_part(p, m):
    en = p["lang"] != "fr"
    lvl = min(5, p["lvl"] + m["bump"])
    it = [("h", "MEMORANDUM" if en else "NOTE DE SERVICE")]
    it.append(("p", f"{'TO' if en else 'DESTINATAIRE'}: {'Director, Classification and Organizational Design' if en else 'Directeur, Classification et conception organisationnelle'}"))
    it.append(("p", f"{'FROM' if en else 'EXPÉDITEUR'}: {p['sup']['title']}"))
    it.append(("p", f"{'DATE'}: {date_n(m['memo_date'], 'long' if en else 'fr')}"))
    it.append(("p", f"{'SUBJECT' if en else 'OBJET'}: {'Request for classification action' if en else 'Demande de mesure de classification'} - {p['title'] if en else p['title_fr']}"))
    if en:
        it.append(("p", f"Please find attached the work description for the above position, formerly position {m['old']}. "
                        f"We are requesting that the position be classified at the EX-0{lvl} level, effective "
                        f"{date_n(m['req_date'], 'long')}. The unit currently manages a budget of approximately "
                        f"{money(m['approx'], 'M')} and the attached organization chart reflects the proposed structure. "
                        f"Please contact {p['manager']} should you require additional information."))
    else:
        it.append(("p", f"Vous trouverez ci-joint la description de travail du poste susmentionné (anciennement le poste "
                        f"{m['old']}). Nous demandons que le poste soit classifié au niveau EX-0{lvl}, à compter du "
                        f"{date_n(m['req_date'], 'fr')}. Le budget de l'unité est d'environ {money(m['approx'], 'frM')}. "
                        f"Pour toute question, veuillez communiquer avec {p['manager']}."))
    it.append(("p", p["manager"]))
    it.append(("p", "Attachments: work description, organization chart, evaluation sheet" if en else
               "Pièces jointes : description de travail, organigramme, fiche d'évaluation"))
    return it


def form_part(p, m):
    en = p["lang"] != "fr"
    lvl = min(5, p["lvl"] + m["bump"])
    rows = [["CLASSIFICATION ACTION REQUEST" if en else "DEMANDE DE MESURE DE CLASSIFICATION", ""],
            ["Type of action" if en else "Type de mesure", R.choice(["Reclassification", "New position", "Update of work description"]) if en else "Reclassification"],
            ["Current position number" if en else "Numéro de poste actuel", m["old"]],
            ["Proposed group and level" if en else "Groupe et niveau proposés", f"EX-0{lvl}"],
            ["Requested effective date" if en else "Date d'effet demandée", date_n(m["req_date"], "iso")],
            ["Requesting manager" if en else "Gestionnaire demandeur", p["manager"]],
            ["Cost centre" if en else "Centre de coûts", str(R.randint(100000, 999999))]]
    return [("t", rows)]


def chart_part(p):
    en = p["lang"] != "fr"
    it = [("h", "ORGANIZATION CHART" if en else "ORGANIGRAMME")]
    sp = p["sup"]
    it.append(("p", f"[ {sp['title']} | {sp['classification']} ]"))
    peer = R.choice(AREAS)
    it.append(("p", f"    |-- [ Director, {peer[0]} | EX-01 | 14 FTE ]" if en else f"    |-- [ Directeur, {peer[1]} | EX-01 | 14 ETP ]"))
    it.append(("p", f"    |-- [ {p['title'] if en else p['title_fr']} | {p['cls']} ]"))
    for r in p["reports"] or []:
        it.append(("p", f"          |-- [ {r['title'] if en else r['title_fr']} | {r['classification'] or 'TBD'} | {'' if r['fte'] is None else r['fte']} ]"))
    it.append(("p", f"    |-- [ Administrative Assistant | AS-02 | 1 ]"))
    return it


def rating_part(p, m):
    en = p["lang"] != "fr"
    kh, ps, ac = R.randint(400, 700), R.randint(150, 300), R.randint(200, 460)
    it = [("h", "EXECUTIVE POSITION EVALUATION - RATING SHEET" if en else "FICHE D'ÉVALUATION DU POSTE DE CADRE")]
    it.append(("t", [["Factor" if en else "Facteur", "Rating" if en else "Cote", "Points"],
                     ["Know-How" if en else "Savoir-faire", "F II 3", str(kh)],
                     ["Problem Solving" if en else "Résolution de problèmes", "F4 (50%)", str(ps)],
                     ["Accountability" if en else "Responsabilité", "E 3 P", str(ac)],
                     ["Total", "", f"{kh + ps + ac:,}"]]))
    it.append(("p", f"{'Rated level' if en else 'Niveau évalué'}: {p['cls']}   {'Date of evaluation' if en else 'Date de l’évaluation'}: {date_n(m['memo_date'] + dt.timedelta(days=40), 'iso')}"))
    it.append(("p", f"{'Committee' if en else 'Comité'}: {', '.join(p['committee'])}"))
    return it


def sign_part(p):
    en = p["lang"] != "fr"
    it = [("h", "SIGNATURES")]
    if p["incumbent"]:
        it.append(("p", f"{'Incumbent' if en else 'Titulaire'}: {p['incumbent']}   ____________   Date: ________"))
    it.append(("p", f"{'Manager' if en else 'Gestionnaire'}: {p['manager']}, {p['sup']['title']}   ____________"))
    it.append(("p", f"{'Classification advisor' if en else 'Conseillère en classification'}: {p['advisor']}   ____________"))
    return it


# ---------------------------------------------------------------- rendering
def to_lines(items, md=False):
    out = []
    for kind, v in items:
        if kind == "h":
            out += ["", ("## " + v) if md else v, ""]
        elif kind == "p":
            out.append(v)
        else:
            if md:
                out.append("| " + " | ".join(v[0]) + " |")
                out.append("|" + "---|" * len(v[0]))
                out += ["| " + " | ".join(r) + " |" for r in v[1:]]
            else:
                out += ["    ".join(c for c in r if c != "") for r in v]
            out.append("")
    return out


SUBS = {"0": "O", "1": "I", "5": "S", "8": "B"}


def ocr_damage(text, strength, header, rnd, wrap=True):
    p = {"light": 0.25, "medium": 0.5, "heavy": 0.8}[strength]
    words = []
    for w in text.split(" "):
        if any(c.isdigit() for c in w) and rnd.random() < p:
            w = "".join(SUBS.get(c, c) if rnd.random() < 0.6 else c for c in w).replace("1", rnd.choice(["I", "l", "1"]))
        elif len(w) > 4 and rnd.random() < p * 0.12:
            w = w.replace("rn", "m").replace("li", "h").replace("cl", "d").replace("e", "c", 1)
        words.append(w)
    out = []
    for k, w in enumerate(words):
        if out and rnd.random() < p * 0.05 and not any(c.isdigit() for c in w + out[-1]) and "\n" not in w + out[-1]:
            out[-1] += w
        else:
            out.append(w)
    text = " ".join(out)
    # wrap at ~72 columns with hyphenated line ends
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            if wrap and len(cur) + len(w) > 72 and cur:
                if len(w) > 7 and w.isalpha() and rnd.random() < 0.5:
                    cut = len(w) // 2
                    lines.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                    continue
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    pages, page = [], []
    for ln in lines:
        page.append(ln)
        if len(page) >= 45:
            pages.append(page)
            page = []
    pages.append(page)
    res = []
    for n, pg in enumerate(pages, 1):
        res.append(header)
        res += pg
        res.append(f"Page {n} of {len(pages)}" if n % 2 else f"- {n} -")
        res.append("\f")
    return "\n".join(res)


def docx_bytes(parts):
    d = docx.Document()
    for pi, items in enumerate(parts):
        if pi:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for kind, v in items:
            if kind == "h":
                d.add_heading(v, level=2)
            elif kind == "p":
                d.add_paragraph(v)
            else:
                t = d.add_table(rows=len(v), cols=max(len(r) for r in v))
                for i, r in enumerate(v):
                    for j, c in enumerate(r):
                        t.cell(i, j).text = c
    d.core_properties.author = "HR Services"
    d.core_properties.created = dt.datetime(2024, 1, 1)
    d.core_properties.modified = dt.datetime(2024, 1, 1)
    d.core_properties.last_modified_by = "HR Services"
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_safe(s):
    return s.replace("\u00a0", " ").replace("’", "'").replace("—", "-").encode("cp1252", "replace").decode("cp1252")


# ---------------------------------------------------------------- the corpus
KINDS = (["docx"] * 11 + ["pdf"] * 11 + ["ocr"] * 10 + ["ocr-columns"] * 2 + ["text"] * 4 + ["text-cp1252"] * 3 + ["markdown"] * 4)
LANGS = ["en"] * 30 + ["fr"] * 8 + ["bilingual"] * 7
ORDERS = [  # which parts, in which order
    ["memo", "wd", "chart", "rating"], ["form", "wd", "chart", "rating", "sign"], ["memo", "form", "wd", "chart"],
    ["memo", "chart", "rating", "wd"], ["form", "rating", "chart", "wd", "sign"], ["wd", "sign"], ["wd"],
    ["memo", "wd", "sign"], ["wd", "chart", "rating"],
]


def filename(p, kind, k, rnd, suffix=""):
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "ocr-columns": ".txt", "text": ".txt",
           "text-cp1252": ".txt", "markdown": ".md"}[kind]
    t = p["title"] if p["lang"] != "fr" else p["title_fr"]
    style = k % 7
    if style == 2 and kind not in ("ocr", "ocr-columns", "pdf"):
        style = 3
    if style == 0:
        base = f"Classification package - {t}"
    elif style == 1:
        base = f"{p['posno'] or 'NEW'}_{t.split(',')[0].replace(' ', '')}_{p['cls']}"
    elif style == 2:
        base = f"SCAN_{2000 + k * 37}"
    elif style == 3:
        base = f"{t} (1)"
    elif style == 4:
        base = f"CA request {t.split(', ', 1)[1]} - signed"
    elif style == 5:
        base = f"DRAFT {t}"
    else:
        base = f"Trousse de classification, {t}" if p["lang"] == "fr" else f"{t}, WD + org chart"
    return base.replace("/", "-") + suffix + ext


def build():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    kinds = KINDS[:]
    langs = LANGS[:]
    R.shuffle(kinds)
    R.shuffle(langs)
    positions = [make_position(i, langs[i]) for i in range(45)]
    # two positions report to others in the corpus
    for child, parent in ((5, 4), (12, 11)):
        c, pa = positions[child], positions[parent]
        if pa["lvl"] <= c["lvl"]:
            pa["lvl"] = min(4, c["lvl"] + 1)
            pa["cls"] = f"EX-0{pa['lvl']}"
            rk = {2: "Executive Director", 3: "Director General", 4: "Assistant Deputy Minister"}[pa["lvl"]]
            rkf = {2: "Directrice exécutive", 3: "Directeur général", 4: "Sous-ministre adjoint"}[pa["lvl"]]
            pa["title"] = f"{rk}, {pa['title'].split(', ', 1)[1]}"
            pa["title_fr"] = f"{rkf}, {pa['title_fr'].split(', ', 1)[1]}"
        if pa["posno"] is None:
            pa["posno"] = str(R.randint(10000, 99999))
        c["sup"] = {"position_number": pa["posno"], "title": pa["title"], "classification": pa["cls"]}
        c["parent"] = parent
    docs = []
    for i, p in enumerate(positions):
        kind = kinds[i]
        if kind == "text-cp1252" and p["lang"] == "fr" and False:
            pass
        docs.append((p, kind, ORDERS[i % len(ORDERS)]))
    names = {}
    # versions: positions 20 and 33 get an older draft as well
    version_of = {}
    for vi in (20, 33):
        p = positions[vi]
        old = dict(p)
        old["salary"] = p["salary"] - 50000
        old["total"] = (old["salary"] + p["om"]) if p["total"] else None
        old["fte"] = p["fte"] - 2
        old["eff"] = None
        old["draft"] = True
        docs.append((old, "docx" if kinds[vi] != "docx" else "text", ["wd"]))
        version_of[len(docs) - 1] = vi
    records = []
    layouts = {}
    for k, (p, kind, order) in enumerate(docs):
        rnd = random.Random(1960 + k)
        s = {"form": rnd.randint(0, 3), "cls": rnd.choice(["dash"] * 4 + ["space", "short", "glued"]),
             "date": rnd.choice(["long", "iso", "dmy", "slash"]) if p["lang"] != "fr" else rnd.choice(["fr", "iso"]),
             "sup": rnd.randint(0, 2), "rep": rnd.randint(0, 3), "money": rnd.choice(["full", "M", "K", "full"]),
             "dimtable": rnd.random() < 0.5}
        if kind not in ("docx", "markdown") and s["rep"] == 1:
            s["rep"] = 0 if kind in ("ocr", "ocr-columns") else 1
        m = {"bump": rnd.choice([0, 1, 1]), "old": str(rnd.randint(10000, 99999)),
             "memo_date": dt.date(2019 + k % 6, 1 + k % 12, 3 + k % 20),
             "req_date": dt.date(2020 + k % 6, 1 + (k * 5) % 12, 1), "approx": rnd.randint(2, 40) * 500000}
        parts = []
        for name in order:
            parts.append({"memo": lambda: memo_part(p, m), "form": lambda: form_part(p, m), "wd": lambda: wd_part(p, s),
                          "chart": lambda: chart_part(p), "rating": lambda: rating_part(p, m),
                          "sign": lambda: sign_part(p)}[name]())
        if p.get("draft"):
            parts[0].insert(0, ("p", "DRAFT - NOT FOR CLASSIFICATION - version 0.3"))
        suffix = ""
        fn = filename(p, kind, 4 if k in (20, 33) else k, rnd) if k not in version_of else filename(p, kind, 5, rnd, " v0.3")
        if fn in names:
            fn = fn.rsplit(".", 1)[0] + f" ({k})." + fn.rsplit(".", 1)[1]
        names[fn] = k
        damage = None
        if kind == "docx":
            data = docx_bytes(parts)
        elif kind == "pdf":
            data = pdf_bytes([pdf_safe("\n".join(to_lines(pt))) for pt in parts])
        elif kind == "markdown":
            data = ("\n\n---\n\n".join("\n".join(to_lines(pt, md=True)) for pt in parts) + "\n").encode()
        elif kind == "text":
            data = ("\n\n\f\n".join("\n".join(to_lines(pt)) for pt in parts) + "\n").encode()
        elif kind == "text-cp1252":
            t = "\n\n\n".join("\n".join(to_lines(pt)) for pt in parts)
            t = t.replace("'", "\u2019").replace(" - ", " \u2013 ")
            data = (t.replace("\n", "\r\n") + "\r\n").encode("cp1252", "replace")
        else:
            damage = ["light", "medium", "heavy"][k % 3]
            body = "\n".join("\n".join(to_lines(pt)) for pt in parts)
            if kind == "ocr-columns":
                ls = [w for x in body.split("\n") if x.strip() for w in textwrap.wrap(x, 58)]
                half = (len(ls) + 1) // 2
                left, right = ls[:half], ls[half:] + [""]
                body = "\n".join(f"{a:<62}{b}".rstrip() for a, b in zip(left, right))
            hdr = f"{p['dept'][0].upper()} - PROTECTED B WHEN COMPLETED" if p["lang"] != "fr" else f"{p['dept'][1].upper()} - PROTÉGÉ B UNE FOIS REMPLI"
            data = ocr_damage(body, damage, hdr, rnd, wrap=kind == "ocr").encode()
        (corpus / fn).write_bytes(data)
        clean = "\n".join("\n".join(to_lines(pt)) for pt in parts)
        records.append((fn, kind, p, k, damage, m, clean))
        layouts[fn] = {"form": s["form"], "classification_notation": s["cls"], "date_notation": s["date"],
                       "supervisor_layout": ["reports-to line", "three supervisor fields", "sentence in organization structure"][s["sup"]],
                       "reports_layout": ["dash list", "table", "one sentence", "numbered with classification/FTE lines"][s["rep"]],
                       "amount_notation": s["money"] if p["lang"] != "fr" else ("fr" if s["money"] in ("full", "K") else "frM"),
                       "dimensions": "table" if s["dimtable"] else "lines"}
    # expected
    by_pos = {}
    for fn, kind, p, k, damage, m, clean in records:
        idx = version_of.get(k, k)
        by_pos.setdefault(idx, []).append(fn)
    files_of = {r[3]: r[0] for r in records}
    for fn, kind, p, k, damage, m, clean in records:
        sp = p["sup"]
        fields = {
            "title": p["title"] if p["lang"] != "fr" else p["title_fr"],
            "classification": p["cls"], "job_code": p["job_code"], "position_number": p["posno"],
            "effective_date": p["eff"],
            "supervisor": {"position_number": sp["position_number"], "title": sp["title"], "classification": sp["classification"]},
            "direct_reports": [{"title": r["title"] if p["lang"] != "fr" else r["title_fr"], "classification": r["classification"],
                                "fte": r["fte"]} for r in p["reports"]] if p["reports"] else None,
            "salary": p["salary"], "o_and_m": p["om"], "total": p["total"],
            "location": p["place"][0] if p["lang"] != "fr" else p["place"][1],
        }
        ns = [x for x in ("job_code", "position_number", "effective_date", "total") if fields[x] is None]
        if sp["position_number"] is None:
            ns.append("supervisor.position_number")
        if not p["reports"]:
            ns.append("direct_reports")
        also = {"department": p["dept"][0] if p["lang"] != "fr" else p["dept"][1], "fte": p["fte"],
                "package_parts": ORDERS[k % len(ORDERS)] if k < 45 else ["wd"]}
        if p["lang"] == "bilingual":
            also["title_fr"] = p["title_fr"]
        also.update(layouts[fn])
        if damage:
            also["damage"] = damage
        if "parent" in p:
            also["reports_to_in_corpus"] = files_of[p["parent"]]
        if "memo" in also["package_parts"] or "form" in also["package_parts"]:
            also["cover"] = {"proposed_level": f"EX-0{min(5, p['lvl'] + m['bump'])}", "requested_effective_date": m["req_date"],
                             "former_position_number": m["old"],
                             "note": "the cover memo/request form's values; the truth is the description's own"}
        people = sorted(n for n in used_names if n in clean)
        idx = version_of.get(k, k)
        versions = None
        if len(by_pos[idx]) > 1:
            versions = {"documents": [by_pos[idx][1], by_pos[idx][0]], "newest": by_pos[idx][0], "same_text": False,
                        "note": "v0.3 draft (no effective date, salary $50,000 lower, 2 FTEs fewer) then the final package"}
        write_expected(expected, fn, kind, p["lang"], "import", fields, ns, also, people, versions)
    refuse(corpus, expected)


def write_expected(expected, fn, kind, lang, outcome, fields, ns, also, people, versions):
    doc = {"document": fn, "kind": kind, "language": lang, "outcome": outcome, "fields": fields,
           "not_stated": ns or [], "also": also, "people": people, "versions": versions}
    (expected / (fn + ".expected.yaml")).write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=200))


def refuse(corpus, expected):
    rnd = random.Random(19600)
    a, b, c = person(), person(), person()
    # 1: package with memo, org chart and rating sheet only - the description was never attached (PDF)
    p = make_position(45, "en")
    m = {"bump": 1, "old": "48213", "memo_date": dt.date(2023, 3, 14), "req_date": dt.date(2023, 4, 1), "approx": 6500000}
    parts = [memo_part(p, m), chart_part(p), rating_part(p, m)]
    fn = f"Classification package - {p['title']} (WD missing).pdf"
    (corpus / fn).write_bytes(pdf_bytes([pdf_safe("\n".join(to_lines(pt))) for pt in parts]))
    write_expected(expected, fn, "pdf", "en", "refuse", None, [], {"what": "cover memo, org chart and rating sheet; no work description"},
                   sorted({p["manager"], *p["committee"]}), None)
    # 2: request form + signature page, Word
    q = make_position(46, "fr")
    parts = [form_part(q, m), chart_part(q), sign_part(q)]
    fn = "Demande de classification - formulaire seulement.docx"
    (corpus / fn).write_bytes(docx_bytes(parts))
    write_expected(expected, fn, "docx", "fr", "refuse", None, [], {"what": "request form, org chart and signature page; no work description"},
                   sorted({x for x in (q["incumbent"], q["manager"], q["advisor"]) if x}), None)
    # 3: classification committee minutes (OCR)
    t = (f"MINUTES - EXECUTIVE CLASSIFICATION COMMITTEE\nMeeting of November 9, 2023\nPresent: {a} (Chair), {b}, {c}\n\n"
         "1. Director, Pension Modernization (EX-01): the committee confirmed the rating of 1,012 points (EX-01) and "
         "declined the proposed EX-02 level. Effective date to be confirmed by the branch.\n"
         "2. Director General, Marine Safety Programs (EX-03): deferred; the work description lacks dimensions.\n"
         "3. Other business: none. Next meeting December 7, 2023.\n")
    fn = "SCAN_minutes ECC 2023-11-09.txt"
    (corpus / fn).write_bytes(ocr_damage(t, "medium", "CLASSIFICATION COMMITTEE", rnd).encode())
    write_expected(expected, fn, "ocr", "en", "refuse", None, [], {"what": "minutes of the classification committee", "damage": "medium"},
                   sorted([a, b, c]), None)
    # 4: cover letter to an employee announcing the classification decision (cp1252)
    d = person()
    t = (f"October 2, 2024\r\n\r\nDear {d},\r\n\r\nFurther to your manager\u2019s request, I am pleased to confirm that your "
         "position, Director, Seniors Policy and Programs, has been classified at the EX-01 level effective "
         "April 1, 2024. The work description is available from your manager.\r\n\r\nSincerely,\r\n\r\n"
         f"{a}\r\nManager, Executive Classification\r\n")
    fn = "Letter to employee - classification decision - signed.txt"
    (corpus / fn).write_bytes(t.encode("cp1252"))
    write_expected(expected, fn, "text-cp1252", "en", "refuse", None, [], {"what": "letter announcing a classification decision"},
                   sorted([d, a]), None)
    # 5: scanned package without a text layer
    fn = "SCAN_2024-06-11 classification package.pdf"
    (corpus / fn).write_bytes(pdf_bytes(["", "", ""]))
    write_expected(expected, fn, "pdf", "en", "refuse", None, [], {"what": "three scanned pages with no text layer"}, [], None)


if __name__ == "__main__":
    build()
