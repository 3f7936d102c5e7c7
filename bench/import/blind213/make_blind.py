"""blind213: executive work descriptions inside HR case-management / ticket exports.

Deterministic: run from the repository root,
    python bench/import/blind213/make_blind.py
It rewrites corpus/ and expected/ with the same bytes on every run.
"""
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

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from tests.import_files import pdf_bytes  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"

FIRST = ["Maelle", "Torvald", "Ines", "Kwabena", "Solenne", "Radomir", "Priyanka", "Anouk", "Dorian", "Yasmeen",
         "Fintan", "Zelie", "Olusegun", "Margaux", "Ansel", "Tamsin", "Hiroko", "Benedikt", "Clementine", "Osric",
         "Noemie", "Lazare", "Wrenna", "Idris", "Ottilie", "Caspian", "Severine", "Aurelio", "Nkechi", "Thibault",
         "Rosalind", "Emeric", "Saoirse", "Gaspard", "Ilse", "Mireille", "Leopold", "Ysolde", "Bastien", "Farida"]
LAST = ["Quenneville", "Arsenault-Piche", "Brightwater", "Okonkwo-Lavoie", "Thistlewood", "Marchetti", "Dufresnoy",
        "Vandermolen", "Kestrelle", "Abernathy-Roy", "Pelletier-Nakamura", "Gauvreau", "Lindqvist", "Beauchemin",
        "Ravensworth", "Tremblay-Osei", "Castellane", "Fairbairn", "Lachapelle", "Wojcikowski", "Desrochers",
        "Hallorann", "Bellefleur", "Stroud-Amadi", "Mercier-Quinn", "Ostrowski", "Villeneuve-Hart", "Cardinale",
        "Marigold", "Tessier-Blanc", "Ashgrove", "Boisjoli", "Kilbride", "Fontenaye", "Moorcroft", "Lemieux-Dahl"]

DEPTS = [
    # code, English, French, location en, location fr
    ("ESDC", "Employment and Social Development Canada", "Emploi et Développement social Canada",
     "Gatineau, Quebec", "Gatineau (Québec)"),
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada",
     "Ottawa, Ontario", "Ottawa (Ontario)"),
    ("ECCC", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada",
     "Montréal, Quebec", "Montréal (Québec)"),
    ("AAFC", "Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada",
     "Winnipeg, Manitoba", "Winnipeg (Manitoba)"),
    ("ISC", "Indigenous Services Canada", "Services aux Autochtones Canada",
     "Regina, Saskatchewan", "Regina (Saskatchewan)"),
    ("SSC", "Shared Services Canada", "Services partagés Canada",
     "Halifax, Nova Scotia", "Halifax (Nouvelle-Écosse)"),
]
SUBJECTS = [  # per department: branch(ADM), DG, ED, D1, D2 (under DG), D3, D4, D5 (under ED)
    [("Skills and Employment", "Compétences et emploi"), ("Learning Supports", "Soutien à l’apprentissage"),
     ("Apprenticeship Programs", "Programmes d’apprentissage"), ("Student Grants Operations", "Opérations des subventions aux étudiants"),
     ("Program Integrity", "Intégrité des programmes"), ("Red Seal Partnerships", "Partenariats Sceau rouge"),
     ("Trades Data and Analysis", "Données et analyse sur les métiers"), ("Regional Liaison", "Liaison régionale")],
    [("Settlement and Integration", "Établissement et intégration"), ("Asylum Operations", "Opérations d’asile"),
     ("Claims Processing", "Traitement des demandes"), ("Intake and Triage", "Accueil et triage"),
     ("Hearings Support", "Soutien aux audiences"), ("Case Review", "Examen des dossiers"),
     ("Quality Assurance", "Assurance de la qualité"), ("Digital Intake", "Réception numérique")],
    [("Meteorological Service", "Service météorologique"), ("Weather Prediction", "Prévision météorologique"),
     ("Forecast Operations", "Opérations de prévision"), ("Observing Networks", "Réseaux d’observation"),
     ("Climate Services", "Services climatiques"), ("Marine Forecasting", "Prévisions maritimes"),
     ("Aviation Weather", "Météorologie aéronautique"), ("Severe Weather Warnings", "Alertes météorologiques violentes")],
    [("Science and Technology", "Sciences et technologie"), ("Research Centres", "Centres de recherche"),
     ("Prairie Research Operations", "Opérations de recherche des Prairies"), ("Crop Genomics", "Génomique des cultures"),
     ("Soil and Water Science", "Sciences du sol et de l’eau"), ("Field Stations", "Stations expérimentales"),
     ("Plant Pathology", "Phytopathologie"), ("Research Data Management", "Gestion des données de recherche")],
    [("Regional Operations", "Opérations régionales"), ("Saskatchewan Region", "Région de la Saskatchewan"),
     ("Community Health Services", "Services de santé communautaires"), ("Primary Care Nursing", "Soins infirmiers primaires"),
     ("Education Partnerships", "Partenariats en éducation"), ("Emergency Management", "Gestion des urgences"),
     ("Infrastructure Programs", "Programmes d’infrastructure"), ("Jordan’s Principle Operations", "Opérations du principe de Jordan")],
    [("Networks and Security", "Réseaux et sécurité"), ("Atlantic Service Delivery", "Prestation des services de l’Atlantique"),
     ("Data Centre Operations", "Opérations des centres de données"), ("Network Engineering", "Ingénierie des réseaux"),
     ("Client Relationships", "Relations avec la clientèle"), ("Telecommunications Services", "Services de télécommunications"),
     ("Cyber Defence Operations", "Opérations de cyberdéfense"), ("Hosting Services", "Services d’hébergement")],
]
UNITS = [("Operations", "Opérations", "PM-06"), ("Policy and Planning", "Politiques et planification", "EC-07"),
         ("Business Systems", "Systèmes opérationnels", "CS-04"), ("Finance and Resources", "Finances et ressources", "FI-03"),
         ("Program Delivery", "Prestation des programmes", "PM-06"), ("Engineering", "Ingénierie", "EN-ENG-05"),
         ("Analytics", "Analytique", "EC-06"), ("Client Services", "Services à la clientèle", "PM-05"),
         ("Science Support", "Soutien scientifique", "BI-04"), ("Regional Coordination", "Coordination régionale", "PM-06")]

PROSE_EN = [
    "Provides strategic leadership for the design and delivery of the {s} program and its services to Canadians.",
    "Directs the planning, resourcing and performance measurement of the {s} function across the branch.",
    "Advises senior management on emerging issues, risks and opportunities related to {s}.",
    "Builds and maintains partnerships with provinces, territories, central agencies and stakeholders.",
    "Manages human and financial resources in accordance with departmental and Treasury Board policies.",
    "Leads change initiatives to modernize processes, systems and service standards.",
]
PROSE_FR = [
    "Assure le leadership stratégique de la conception et de la prestation du programme {s} et de ses services aux Canadiens.",
    "Dirige la planification, l’affectation des ressources et la mesure du rendement de la fonction {s}.",
    "Conseille la haute direction sur les enjeux, les risques et les possibilités liés au secteur {s}.",
    "Établit et entretient des partenariats avec les provinces, les territoires, les organismes centraux et les intervenants.",
    "Gère les ressources humaines et financières conformément aux politiques du Ministère et du Conseil du Trésor.",
    "Dirige les initiatives de changement visant à moderniser les processus, les systèmes et les normes de service.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# --------------------------------------------------------------------------- people and positions
R = random.Random(2130)
_used = set()


def person():
    while True:
        n = f"{R.choice(FIRST)} {R.choice(LAST)}"
        if n not in _used:
            _used.add(n)
            return n


def fr_title(level, subj_fr, fem):
    head = {"DG": ("Directeur général", "Directrice générale"), "ED": ("Directeur exécutif", "Directrice exécutive"),
            "D": ("Directeur", "Directrice"), "ADM": ("Sous-ministre adjoint", "Sous-ministre adjointe")}[level]
    return f"{head[1 if fem else 0]}, {subj_fr}"


EN_HEAD = {"DG": "Director General", "ED": "Executive Director", "D": "Director", "ADM": "Assistant Deputy Minister"}
CLS = {"DG": "EX-03", "ED": "EX-02", "D": "EX-01", "ADM": "EX-04"}

positions = []
_numbers = set()


def posnum(rng):
    while True:
        n = str(rng.randint(10000, 99999))
        if n not in _numbers:
            _numbers.add(n)
            return n


for d, (code, den, dfr, loc_en, loc_fr) in enumerate(DEPTS):
    subj = SUBJECTS[d]
    adm = {"level": "ADM", "title": f"{EN_HEAD['ADM']}, {subj[0][0]}", "title_fr": fr_title("ADM", subj[0][1], R.random() < .5),
           "classification": "EX-04", "number": posnum(R)}
    made = {}
    for k, level, parent in [(1, "DG", None), (2, "ED", 1), (3, "D", 1), (4, "D", 1), (5, "D", 2), (6, "D", 2), (7, "D", 2)]:
        fem = R.random() < .5
        p = {"dept": code, "dept_en": den, "dept_fr": dfr, "loc_en": loc_en, "loc_fr": loc_fr, "level": level,
             "subject": subj[k][0], "subject_fr": subj[k][1],
             "title": f"{EN_HEAD[level]}, {subj[k][0]}", "title_fr": fr_title(level, subj[k][1], fem),
             "classification": CLS[level], "number": posnum(R), "parent": made.get(parent, adm), "children": [],
             "incumbent": person(), "idx": len(positions)}
        made[k] = p
        if parent:
            made[parent]["children"].append(p)
        positions.append(p)

for i, p in enumerate(positions):
    rf = random.Random(213000 + i)
    p["job_code"] = str(rf.randint(100100, 109900))
    y = rf.choice([2019, 2020, 2021, 2022, 2023])
    p["effective"] = dt.date(y, rf.randint(1, 12), rf.randint(1, 28))
for i, p in enumerate(positions):
    rr = random.Random(213300 + i)
    if p["level"] == "D":
        units = rr.sample(UNITS, rr.randint(2, 4))
        p["reports"] = [{"title": f"Manager, {u[0]}", "title_fr": f"Gestionnaire, {u[1]}", "classification": u[2],
                         "fte": rr.randint(4, 28)} for u in units]
for i, p in enumerate(positions):  # ED then DG: reports are the directors with their units' FTEs
    if p["level"] == "ED":
        p["reports"] = [{"title": c["title"], "title_fr": c["title_fr"], "classification": "EX-01",
                         "fte": sum(r["fte"] for r in c["reports"]) + 1} for c in p["children"]]
for i, p in enumerate(positions):
    if p["level"] == "DG":
        rr = random.Random(213300 + i)
        p["reports"] = []
        for c in p["children"]:
            p["reports"].append({"title": c["title"], "title_fr": c["title_fr"], "classification": c["classification"],
                                 "fte": sum(r["fte"] for r in c["reports"]) + 1})
        if rr.random() < .5:
            p["reports"].append({"title": "Executive Assistant", "title_fr": "Adjointe exécutive",
                                 "classification": "AS-02", "fte": 1})
for i, p in enumerate(positions):
    rf = random.Random(213000 + i + 77)
    p["fte"] = sum(r["fte"] for r in p["reports"]) + 1
    base = {"D": 95000, "ED": 98000, "DG": 100000}[p["level"]]
    p["salary"] = p["fte"] * base // 1000 * 1000 + rf.randint(0, 40) * 1000
    p["o_and_m"] = rf.randint(40, 900) * 1000
    p["total"] = p["salary"] + p["o_and_m"]


# --------------------------------------------------------------------------- notations
def money(v, style, lang):
    if lang == "fr":
        if style == 0:
            return f"{v:,}".replace(",", "\u00a0") + "\u00a0$"
        if style == 1 and v % 1000 == 0:
            return f"{v / 1e6:.3f}".replace(".", ",").rstrip("0").rstrip(",") + "\u00a0M$"
        return f"{v // 1000:,}".replace(",", "\u00a0") + "\u00a0k$" if v % 1000 == 0 else money(v, 0, lang)
    if style == 0:
        return f"${v:,}"
    if style == 1:
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    return f"${v // 1000:,}K"


def date_s(d, style, lang):
    if d is None:
        return ""
    if lang == "fr":
        return d.isoformat() if style == 2 else f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            d.isoformat(), d.strftime("%Y/%m/%d")][style]


def cls_s(c, style):
    if not c.startswith("EX"):
        return c
    n = c[3:]
    return [c, f"EX-{int(n)}", f"EX {n}"][style]


# --------------------------------------------------------------------------- the work description text
L = {
    "en": dict(head="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Classification", num="Position Number",
               job="Job Code", eff="Effective Date", dept="Department", loc="Location", stitle="Supervisor's Position Title",
               scls="Supervisor's Classification", snum="Supervisor's Position Number", ga="GENERAL ACCOUNTABILITY",
               org="ORGANIZATION STRUCTURE", dim="DIMENSIONS", sa="SPECIFIC ACCOUNTABILITIES", cert="CERTIFICATION",
               sal="Salary", om="O&M", tot="Total", fte="FTEs", inc="Incumbent", sup="Supervisor", clsby="Classified by",
               date="Date", reports_to="Reports to"),
    "fr": dict(head="DESCRIPTION DE TRAVAIL DE CADRE", title="Titre du poste", cls="Groupe et niveau", num="Numéro du poste",
               job="Code d’emploi", eff="Date d’entrée en vigueur", dept="Ministère", loc="Lieu de travail",
               stitle="Titre du poste du superviseur", scls="Classification du superviseur",
               snum="Numéro du poste du superviseur", ga="RESPONSABILITÉ GÉNÉRALE", org="STRUCTURE DE L’ORGANISATION",
               dim="DIMENSIONS", sa="ACTIVITÉS PRINCIPALES", cert="ATTESTATION", sal="Salaires", om="F et E",
               tot="Total", fte="ETP", inc="Titulaire", sup="Superviseur", clsby="Classifié par", date="Date",
               reports_to="Relève de"),
}


def wd_lines(p, f, lang):
    """The description as lines; f holds the document's stated facts and notation choices."""
    bil = lang == "bilingual"
    lg = "fr" if lang == "fr" else "en"
    Lb = L[lg]

    def lab(k):
        return f"{L['en'][k]} / {L['fr'][k]}" if bil else Lb[k]

    t = p["title_fr"] if lg == "fr" else p["title"]
    out = [f"{L['en']['head']} / {L['fr']['head']}" if bil else Lb["head"]]
    out.append(f"{lab('title')}: {t}")
    if bil:
        out.append(p["title_fr"])
    out.append(f"{lab('cls')}: {cls_s(p['classification'], f['cs'])}")
    out.append(f"{lab('num')}: {f['num_printed']}")
    if f["job"] is not None:
        out.append(f"{lab('job')}: {f['job']}")
    out.append(f"{lab('eff')}: {date_s(f['eff'], f['ds'], lg)}".rstrip())
    out.append(f"{lab('dept')}: {p['dept_fr'] if lg == 'fr' else p['dept_en']}")
    out.append(f"{lab('loc')}: {p['loc_fr'] if lg == 'fr' else p['loc_en']}")
    sup = p["parent"]
    st = sup["title_fr"] if lg == "fr" else sup["title"]
    if f["sup_form"] == "fields":
        out.append(f"{lab('stitle')}: {st}")
        out.append(f"{lab('scls')}: {cls_s(sup['classification'], f['cs'])}")
        if f["sup_num"]:
            out.append(f"{lab('snum')}: {sup['number']}")
    elif f["sup_form"] == "line":
        out.append(f"{lab('reports_to')}: {st} ({cls_s(sup['classification'], f['cs'])})")
    out.append("")
    out.append(lab("ga"))
    prose = PROSE_FR if lg == "fr" else PROSE_EN
    s = p["subject_fr"] if lg == "fr" else p["subject"]
    out.append(" ".join(x.format(s=s) for x in prose[:3]))
    out.append("")
    out.append(lab("org"))
    if f["sup_form"] == "sentence":
        if lg == "fr":
            out.append(f"Le titulaire relève du {st} ({cls_s(sup['classification'], f['cs'])}).")
        else:
            out.append(f"The position reports to the {st} ({cls_s(sup['classification'], f['cs'])}).")
    reps = f["reports"]
    rt = lambda r: r["title_fr"] if lg == "fr" else r["title"]  # noqa: E731
    ftew = Lb["fte"]
    if f["rep_form"] == "bullets":
        out.append("Relèvent du titulaire :" if lg == "fr" else "Reporting to the position are:")
        for r in reps:
            tail = f", {r['fte']} {ftew}" if r["fte"] is not None and f["rep_fte"] else ""
            out.append(f"- {rt(r)} ({cls_s(r['classification'], f['cs'])}{tail})")
    elif f["rep_form"] == "dash":
        out.append("Postes subordonnés :" if lg == "fr" else "Direct reports:")
        for r in reps:
            tail = f" — {r['fte']} {ftew}" if f["rep_fte"] else ""
            out.append(f"{rt(r)} — {cls_s(r['classification'], f['cs'])}{tail}")
    else:
        parts = [f"{rt(r)} ({cls_s(r['classification'], f['cs'])}" + (f", {r['fte']} {ftew})" if f["rep_fte"] else ")")
                 for r in reps]
        out.append(("Les postes suivants relèvent du titulaire : " if lg == "fr" else
                    "The following positions report directly to the incumbent: ") + "; ".join(parts) + ".")
    out.append("")
    out.append(lab("dim"))
    ms = f["ms"]
    if f["fte_line"]:
        out.append(f"{lab('fte')}: {p['fte']}")
    out.append(f"{lab('sal')}: {money(f['salary'], ms, lg)}")
    out.append(f"{lab('om')}: {money(p['o_and_m'], ms, lg)}")
    if f["total"]:
        out.append(f"{lab('tot')}: {money(f['salary'] + p['o_and_m'], ms, lg)}")
    out.append("")
    out.append(lab("sa"))
    for k, x in enumerate(prose[3:] + prose[:1], 1):
        out.append(f"{k}. {x.format(s=s)}")
    out.append("")
    out.append(lab("cert"))
    out.append(f"{lab('inc')}: {p['incumbent']}    {lab('date')}: {date_s(f['sign'], 2, lg)}")
    out.append(f"{lab('sup')}: {f['sup_person']}    {lab('date')}: {date_s(f['sign'], 2, lg)}")
    out.append(f"{lab('clsby')}: {f['classifier']}    {lab('date')}: {date_s(f['clsdate'], 2, lg)}")
    return out


# --------------------------------------------------------------------------- ticket systems
SYS = {
    "servicenow": {
        "en": [("Number", "num"), ("Opened", "opened"), ("Opened by", "opened_by"), ("Requested for", "req_for"),
               ("Assignment group", "group"), ("Assigned to", "assignee"), ("Priority", "prio"), ("State", "state"),
               ("Category", "cat"), ("Short description", "short")],
        "fr": [("Numéro", "num"), ("Ouvert", "opened"), ("Ouvert par", "opened_by"), ("Demandé pour", "req_for"),
               ("Groupe d’affectation", "group"), ("Affecté à", "assignee"), ("Priorité", "prio"), ("État", "state"),
               ("Catégorie", "cat"), ("Description courte", "short")]},
    "remedy": {
        "en": [("Incident ID*+", "num"), ("Submit Date", "opened"), ("Submitter", "opened_by"), ("Customer", "req_for"),
               ("Support Group", "group"), ("Assignee", "assignee"), ("Priority", "prio"), ("Status", "state"),
               ("Operational Categorization Tier 1", "cat"), ("Summary*", "short")],
        "fr": [("ID de l’incident*+", "num"), ("Date de soumission", "opened"), ("Soumetteur", "opened_by"),
               ("Client", "req_for"), ("Groupe de soutien", "group"), ("Responsable", "assignee"), ("Priorité", "prio"),
               ("Statut", "state"), ("Catégorisation opérationnelle niveau 1", "cat"), ("Résumé*", "short")]},
    "jira": {
        "en": [("Key", "num"), ("Created", "opened"), ("Reporter", "opened_by"), ("Requested for", "req_for"),
               ("Team", "group"), ("Assignee", "assignee"), ("Priority", "prio"), ("Status", "state"),
               ("Request type", "cat"), ("Summary", "short")],
        "fr": [("Clé", "num"), ("Créé", "opened"), ("Rapporteur", "opened_by"), ("Demandé pour", "req_for"),
               ("Équipe", "group"), ("Responsable", "assignee"), ("Priorité", "prio"), ("Statut", "state"),
               ("Type de demande", "cat"), ("Résumé", "short")]},
}
PREFIX = {"servicenow": "HRSD00", "remedy": "INC0000", "jira": "HRHELP-"}
GROUPS = {"en": ["HR Classification - EX", "Executive Services - Classification", "HRSD Tier 2 - Organization Design"],
          "fr": ["Classification RH - EX", "Services aux cadres - Classification", "CSRH niveau 2 - Organisation"]}
STATES = {"en": ["In Progress", "Work in Progress", "Resolved", "Closed Complete", "Awaiting Info"],
          "fr": ["En cours", "Travail en cours", "Résolu", "Fermé complété", "En attente d’information"]}


def ts(d, rng):
    return f"{d.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def ticket_lines(p, f, lang, t):
    """Lines of a whole ticket export; t holds the ticket's own facts."""
    lg = "fr" if lang == "fr" else "en"
    bil = lang == "bilingual"
    labels_en = dict((k, v) for v, k in SYS[t["sys"]]["en"])
    labels_fr = dict((k, v) for v, k in SYS[t["sys"]]["fr"])
    out = []
    for key in ["num", "opened", "opened_by", "req_for", "group", "assignee", "prio", "state", "cat", "short"]:
        lab = f"{labels_en[key]} / {labels_fr[key]}" if bil else (labels_fr if lg == "fr" else labels_en)[key]
        out.append((lab, t[key]))
    return out


def ticket_body(p, f, lang, t, rng):
    """Everything after the header: description, work notes, attachment, activity, SLA (list of lines)."""
    lg = "fr" if lang == "fr" else "en"
    bil = lang == "bilingual"
    W = wd_lines(p, f, lang)

    def lab(en, fr):
        return f"{en} / {fr}" if bil else (fr if lg == "fr" else en)

    out = [lab("Description", "Description") + ":"]
    if t["desc_mode"] == "attached":
        out.append("Bonjour, veuillez trouver ci-joint la DT pour examen. Merci." if lg == "fr" else
                   "Hi, please see the attached EX work description for review. Thanks.")
    elif t["flat"]:
        sep = t["flat"]
        out.append(sep.join(x for x in W if x.strip()))
    else:
        out.extend(W)
    out.append("")
    out.append(lab("Activities", "Activités") + ":")
    notes = []
    d0 = t["opened_d"]
    wn = lab("Work notes", "Notes de travail")
    cm = lab("Additional comments", "Commentaires supplémentaires")
    notes.append((t["opened"], t["opened_by"], wn, [
        ("Ticket créé à partir du portail RH." if lg == "fr" else "Ticket created from the HR portal."),
        ("État passé de Nouveau à En cours" if lg == "fr" else "State changed from New to In Progress")]))
    notes.append((ts(d0 + dt.timedelta(days=1), rng), t["assignee"], wn, [
        ("Examen de la DT commencé; vérification des dimensions avec les Finances." if lg == "fr" else
         "Started review of the WD; checking the dimensions against Finance figures.")]))
    c = t.get("corr")
    if c:
        notes.append((ts(d0 + dt.timedelta(days=3), rng), t["req_for"], cm, [c["text"]]))
    notes.append((ts(d0 + dt.timedelta(days=5), rng), t["assignee"], wn, [
        ("Priorité changée de 4 - Faible à 3 - Modérée" if lg == "fr" else "Priority changed from 4 - Low to 3 - Moderate")]))
    for stamp, who, kind, text in notes:
        out.append(f"{stamp} - {who} ({kind})")
        out.extend(text)
        out.append("")
    out.append(lab("Attachments", "Pièces jointes") + ":")
    att = t["att_name"]
    if t["desc_mode"] in ("attached", "both"):
        out.append(f"{'Pièce jointe' if lg == 'fr' else 'Attachment'}: {att} ({'texte extrait' if lg == 'fr' else 'extracted text'})")
        out.append("-" * 40)
        out.extend(W)
        out.append("-" * 40)
    else:
        out.append(f"{att} ({'non extrait' if lg == 'fr' else 'not extracted'}, 48 KB)")
    out.append("")
    out.append("SLA:")
    due = d0 + dt.timedelta(days=28)
    out.append(f"{'Examen de classification EX - 20 jours ouvrables' if lg == 'fr' else 'EX Classification Review - 20 business days'}"
               f" | {'Échéance' if lg == 'fr' else 'Breach time'}: {due.isoformat()} 17:00:00 | "
               f"{'Dépassé' if lg == 'fr' else 'Has breached'}: {'non' if lg == 'fr' else 'false'} | Stage: In progress")
    return out


# --------------------------------------------------------------------------- OCR damage
DIG = {"0": "O", "1": "I", "5": "S", "8": "B"}
LET = [("rn", "m"), ("m", "rn"), ("d", "cl"), ("h", "li"), ("e", "c"), ("l", "1"), ("t", "l")]


def damage(lines, strength, rng, header, pages_of=48):
    pd = {"light": .15, "medium": .35, "heavy": .6}[strength]
    pl = {"light": .01, "medium": .03, "heavy": .06}[strength]
    res = []
    for ln in lines:
        s = []
        for i, ch in enumerate(ln):
            if ch in DIG and rng.random() < pd:
                s.append(DIG[ch] if ch != "1" else rng.choice("Il"))
            else:
                s.append(ch)
        ln = "".join(s)
        for a, b in LET:
            if a in ln and rng.random() < pl * 3:
                k = ln.find(a, rng.randrange(len(ln)))
                if k > 0 and not any(c.isdigit() for c in ln[max(0, k - 2):k + 3]):
                    ln = ln[:k] + b + ln[k + len(a):]
        if strength != "light" and rng.random() < pl * 4:
            ln = ln.replace(": ", ":", 1)
        if strength == "heavy" and rng.random() < .15:
            ln = ln.replace(" ", "", 1)
        ln = ln.replace("’", "'").replace("—", "-").replace("\u00a0", " ")
        if strength == "heavy":
            ln = ln.translate(str.maketrans("éèàç", "eeac")) if rng.random() < .5 else ln
        res.append(ln)
    wrapped = []
    for ln in res:  # re-wrap long lines at 70-82 with hyphenated breaks
        while len(ln) > 82:
            cut = rng.randint(70, 80)
            if ln[cut - 1].isalpha() and ln[cut].isalpha():
                wrapped.append(ln[:cut] + "-")
            else:
                wrapped.append(ln[:cut])
            ln = ln[cut:].lstrip()
        wrapped.append(ln)
    pages = [wrapped[i:i + pages_of] for i in range(0, len(wrapped), pages_of)]
    out = []
    for n, pg in enumerate(pages, 1):
        out.append(header)
        out.append("")
        out.extend(pg)
        out.append("")
        out.append(f"Page {n} of {len(pages)}".replace("1", "I" if rng.random() < pd else "1"))
        if n < len(pages):
            out.append("\f")
    return out


# --------------------------------------------------------------------------- documents
def docx_bytes(build):
    d = docx.Document()
    build(d)
    d.core_properties.created = dt.datetime(2024, 3, 1)
    d.core_properties.modified = dt.datetime(2024, 3, 1)
    d.core_properties.last_modified_by = "hrsd-export"
    d.core_properties.author = "hrsd-export"
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, zin.read(name))
    return out.getvalue()


def render(kind, p, f, lang, t, rng):
    head = ticket_lines(p, f, lang, t)
    body = ticket_body(p, f, lang, t, rng)
    sysname = {"servicenow": "ServiceNow", "remedy": "BMC Remedy", "jira": "Jira Service Management"}[t["sys"]]
    if kind in ("text", "text-cp1252", "ocr", "pdf") and not t.get("csv"):
        lines = [f"{sysname} - {t['num']}", ""] + [f"{a}: {b}" for a, b in head] + [""] + body
        if kind == "ocr":
            lines = damage(lines, t["damage"], rng, f"{t['num']} | {sysname} | Printed {t['printed']}")
            return "\n".join(lines).encode("utf-8")
        if kind == "pdf":
            lines = [w for ln in lines for w in (textwrap.wrap(ln, 105) or [""])]
            pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]
            return pdf_bytes(["\n".join(pg + ["", f"{t['num']} - printed {t['printed']} - page {n} of {len(pages)}"])
                              for n, pg in enumerate(pages, 1)])
        text = "\n".join(lines) + "\n"
        if kind == "text-cp1252":
            text = text.replace("'", "’").replace("\n", "\r\n")
            text = text.replace("(extracted text)", "(“extracted text”)")
            return text.encode("cp1252")
        return text.encode("utf-8")
    if t.get("csv"):  # one ticket as a CSV-like export
        cols = [a for a, _ in head] + ["Description / Activities"]
        vals = [b for _, b in head] + ["\n".join(body)]
        q = lambda s: '"' + s.replace('"', '""') + '"'  # noqa: E731
        return (",".join(q(c) for c in cols) + "\r\n" + ",".join(q(v) for v in vals) + "\r\n").encode("utf-8")
    if kind == "markdown":
        md = [f"# {t['num']} — {t['short']}", "", "| Field | Value |" if lang != "fr" else "| Champ | Valeur |",
              "|---|---|"] + [f"| {a} | {b} |" for a, b in head] + [""]
        for ln in body:
            if ln.endswith(":") and len(ln) < 50 and not ln.startswith(("-", "1")):
                md += [f"## {ln[:-1]}", ""]
            elif ln.startswith("20") and ln.endswith(")") and " - " in ln:
                md += [f"**{ln}**  "]
            else:
                md.append(ln)
        return ("\n".join(md) + "\n").encode("utf-8")
    if kind == "docx":
        def build(d):
            d.add_heading(f"{sysname} {t['num']}", level=1)
            tb = d.add_table(rows=0, cols=2)
            for a, b in head:
                r = tb.add_row().cells
                r[0].text, r[1].text = a, b
            for ln in body:
                if ln.endswith(":") and len(ln) < 50 and not ln.startswith(("-", "1")):
                    d.add_heading(ln[:-1], level=2)
                elif ln.startswith("- "):
                    d.add_paragraph(ln[2:], style="List Bullet")
                elif ln:
                    d.add_paragraph(ln)
        return docx_bytes(build)
    raise ValueError(kind)


# --------------------------------------------------------------------------- plan
def plan():
    rk = random.Random(2131)
    kinds = (["text"] * 10 + ["csv"] * 4 + ["text-cp1252"] * 4 + ["ocr"] * 5 + ["pdf"] * 9 + ["docx"] * 7
             + ["markdown"] * 6)
    langs = ["en"] * 26 + ["fr"] * 11 + ["bilingual"] * 8
    rk.shuffle(kinds)
    rk.shuffle(langs)
    # 42 positions + 3 extra versions
    docs = [(p, None) for p in positions]
    vers = [positions[3], positions[16], positions[30]]
    return kinds, langs, docs, vers


def file_name(p, lang, t, kind, rng, j):
    ext = {"text": ".txt", "csv": ".csv", "text-cp1252": ".txt", "ocr": ".txt", "pdf": ".pdf", "docx": ".docx",
           "markdown": ".md"}[kind]
    ttl = p["title_fr"] if lang == "fr" else p["title"]
    pats = [f"{t['num']}{ext}", f"{t['num']} - EX WD review - {ttl}{ext}", f"Ticket {t['num']} (1){ext}",
            f"{t['num']}_export_{t['opened_d'].isoformat()}{ext}", f"{ttl} - ticket {t['num']}{ext}",
            f"incident_{t['num']}{ext}"]
    if lang == "fr":
        pats += [f"Demande {t['num']} - révision DT{ext}", f"Billet {t['num']} – {ttl}{ext}"]
    if kind == "ocr":
        pats = [f"scan ticket {t['num']}{ext}", f"{t['num']} imprimé (OCR){ext}" if lang == "fr" else
                f"{t['num']} printout OCR{ext}", f"Scan_{t['opened_d'].strftime('%Y%m%d')}_{j:03d}{ext}"]
    return rng.choice(pats)


def main():
    for d in (CORPUS, EXPECTED):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    kinds, langs, docs, vers = plan()
    entries = []  # (p, version-tag)
    for p in positions:
        entries.append((p, "only"))
    for p in vers:
        entries.append((p, "older"))
    names = {}
    written = []
    ticket_nums = set()
    corr_seen = []
    for j, (p, vtag) in enumerate(entries):
        rng = random.Random(213500 + j)
        kind = kinds[j]
        lang = langs[j]
        if vtag == "older":  # older version: same kind family kept simple
            lang = langs[positions.index(p)]
        lg = "fr" if lang == "fr" else "en"
        f = {"cs": rng.choice([0, 0, 0, 1, 2]), "ds": rng.randrange(4) if lg == "en" else rng.choice([0, 2]),
             "ms": rng.randrange(3), "sup_form": rng.choice(["fields", "fields", "line", "sentence"]),
             "sup_num": rng.random() < .6, "rep_form": rng.choice(["bullets", "dash", "sentence"]),
             "rep_fte": rng.random() < .82, "fte_line": rng.random() < .4, "total": rng.random() < .8}
        f["reports"] = [dict(r) for r in p["reports"]]
        f["salary"] = p["salary"]
        eff = p["effective"]
        o_and_m = p["o_and_m"]
        if vtag == "older":
            eff = dt.date(eff.year - 2, eff.month, eff.day)
            f["salary"] = p["salary"] - 120000
        f["eff"] = None if rng.random() < .09 else eff
        f["job"] = None if rng.random() < .13 else p["job_code"]
        pn_null = rng.random() < .11
        f["num_printed"] = (rng.choice(["TBD", "NEW", "To be assigned"]) if lg == "en" else
                            rng.choice(["NOUVEAU", "À déterminer"])) if pn_null else p["number"]
        f["sign"] = (f["eff"] or eff) - dt.timedelta(days=rng.randint(20, 90))
        f["clsdate"] = f["sign"] + dt.timedelta(days=rng.randint(1, 10))
        f["sup_person"] = p["parent"].get("incumbent") or person()
        if "incumbent" not in p["parent"]:
            p["parent"]["incumbent"] = f["sup_person"]
        f["classifier"] = person()
        # ticket
        sysn = rng.choice(["servicenow", "servicenow", "remedy", "jira"])
        while True:
            num = PREFIX[sysn] + (str(rng.randint(1000, 9999)) if sysn == "jira" else str(rng.randint(10000, 99999)))
            if num not in ticket_nums:
                ticket_nums.add(num)
                break
        opened_d = max(f["sign"], dt.date(2023, 1, 5)) + dt.timedelta(days=rng.randint(5, 300))
        if vtag == "older":
            opened_d = opened_d - dt.timedelta(days=730)
        t = {"sys": sysn, "num": num, "opened_d": opened_d, "opened": ts(opened_d, rng), "opened_by": person(),
             "req_for": f["sup_person"], "group": rng.choice(GROUPS[lg]), "assignee": person(),
             "prio": rng.choice(["3 - Moderate", "4 - Low", "2 - High"]) if lg == "en" else
             rng.choice(["3 - Modérée", "4 - Faible"]), "state": rng.choice(STATES[lg]),
             "cat": "Classification", "printed": (opened_d + dt.timedelta(days=9)).isoformat(),
             "att_name": rng.choice([f"WD_{p['number']}.docx", f"EWD {p['subject']} FINAL.docx", f"DT_{p['number']}.pdf",
                                     f"{p['job_code']}_EX WD.docx"]),
             "damage": rng.choice(["light", "medium", "medium", "heavy"]), "csv": kind == "csv"}
        t["short"] = (f"Révision DT EX - {p['title_fr']}" if lg == "fr" else f"EX WD review - {p['title']}")
        t["desc_mode"] = rng.choice(["desc", "desc", "desc", "attached", "both"])
        t["flat"] = rng.choice([None, None, " - ", " | "]) if kind not in ("docx", "markdown") else None
        # corrections on about one ticket in five
        corr = None
        if rng.random() < .3 and t["desc_mode"] != "attached":
            applied = ["description", "attachment"][len(corr_seen) % 2]
            corr_seen.append(j)
            if rng.random() < .5 and f["rep_fte"] and f["reports"][0]["fte"] is not None:
                r0 = f["reports"][0]
                right = r0["fte"]
                wrong = int(str(right)[::-1]) if right > 9 and str(right)[::-1] != str(right) and str(right)[-1] != "0" else right + 6
                what_en = f"the FTE count for {r0['title']} is {right} not {wrong}"
                what_fr = f"le nombre d’ETP pour {r0['title_fr']} est {right} et non {wrong}"
                field = "direct_reports[0].fte"
                if applied == "attachment":
                    r0["fte"] = wrong
                truth_v = right if applied == "description" else wrong
                other = wrong if applied == "description" else right
            else:
                right = f["salary"]
                wrong = right - rng.randint(3, 30) * 10000
                what_en = f"the salary budget is {money(right, 0, 'en')} not {money(wrong, 0, 'en')}"
                what_fr = f"le budget salarial est de {money(right, 0, 'fr')} et non {money(wrong, 0, 'fr')}"
                field = "salary"
                if applied == "attachment":
                    f["salary"] = wrong
                truth_v = right if applied == "description" else wrong
                other = wrong if applied == "description" else right
            if applied == "description":
                txt_en = f"Correction: {what_en} - I have updated the description field above."
                txt_fr = f"Correction : {what_fr} - j’ai mis à jour le champ Description ci-dessus."
            else:
                txt_en = f"Correction: {what_en} - updated in the attachment (description not edited)."
                txt_fr = f"Correction : {what_fr} - mis à jour dans la pièce jointe seulement (description non modifiée)."
            corr = {"text": txt_fr if lg == "fr" else txt_en, "field": field, "applied_to": applied,
                    "truth": truth_v, "other_value_in_comment": other}
            if applied == "attachment" and t["desc_mode"] == "both":
                t["desc_mode"] = "desc"
        t["corr"] = corr
        data = render(kind, p, f, lang, t, rng)
        fn = file_name(p, lang, t, kind, rng, j)
        if vtag == "older":
            fn = fn.rsplit(".", 1)[0] + f" ({opened_d.year} review)." + fn.rsplit(".", 1)[1]
        while fn in names:
            fn = fn.rsplit(".", 1)[0] + " (2)." + fn.rsplit(".", 1)[1]
        names[fn] = (p, vtag)
        (CORPUS / fn).write_bytes(data)
        reps = [{"title": r["title_fr"] if lg == "fr" else r["title"], "classification": r["classification"],
                 "fte": r["fte"] if f["rep_fte"] else None} for r in f["reports"]]
        sup = p["parent"]
        fields = {
            "title": p["title_fr"] if lg == "fr" else p["title"],
            "classification": p["classification"],
            "job_code": f["job"],
            "position_number": None if pn_null else p["number"],
            "effective_date": f["eff"],
            "supervisor": {"position_number": sup["number"] if f["sup_form"] == "fields" and f["sup_num"] else None,
                           "title": sup["title_fr"] if lg == "fr" else sup["title"],
                           "classification": sup["classification"]},
            "direct_reports": reps,
            "salary": f["salary"], "o_and_m": o_and_m,
            "total": f["salary"] + o_and_m if f["total"] else None,
            "location": p["loc_fr"] if lg == "fr" else p["loc_en"],
        }
        ns = [k for k in ("job_code", "position_number", "effective_date", "total") if fields[k] is None]
        if fields["supervisor"]["position_number"] is None:
            ns.append("supervisor.position_number")
        if not f["rep_fte"]:
            ns.append("direct_reports.fte")
        also = {"department": p["dept_fr"] if lg == "fr" else p["dept_en"], "ticket_system": sysn,
                "ticket_number": num, "ticket_opened": opened_d, "form": f"{sysn} ticket, {kind}",
                "description_in": {"desc": "the Description field", "attached": "the attachment's extracted text only",
                                   "both": "the Description field and again in the attachment's extracted text (same text, count once)"}[t["desc_mode"]],
                "description_flattened": t["flat"] is not None and t["desc_mode"] != "attached",
                "supervisor_form": f["sup_form"], "reports_form": f["rep_form"],
                "notations": {"classification": ["EX-01", "EX-1", "EX 01"][f["cs"]],
                              "amounts": ["full", "millions", "thousands"][f["ms"]]}}
        if lang == "bilingual":
            also["title_fr"] = p["title_fr"]
        if lg == "fr":
            also["title_en"] = p["title"]
        if f["fte_line"]:
            also["fte"] = p["fte"]
        if pn_null:
            also["position_number_printed"] = f["num_printed"]
        if kind == "ocr":
            also["damage"] = t["damage"]
        if corr:
            also["correction"] = {
                "field": corr["field"], "applied_to": corr["applied_to"], "truth": corr["truth"],
                "other_value_in_comment": corr["other_value_in_comment"],
                "note": ("the comment says the description itself was updated: the description shows the corrected value, "
                         "which is the truth" if corr["applied_to"] == "description" else
                         "the comment says only the attachment (not extracted) was updated: the truth is the value the "
                         "description states, not the comment's corrected value")}
        if sup.get("level") != "ADM":
            also["reports_to_in_corpus"] = sup  # resolved to a file name below
        also["not_truth"] = ["the ticket's Opened / Created date", "the SLA breach date", "the certification dates",
                             "Requested for / Opened by / Assigned to are not the supervisor's fields"]
        people = sorted({p["incumbent"], f["sup_person"], f["classifier"], t["opened_by"], t["assignee"], t["req_for"]})
        written.append({"document": fn, "kind": "text" if kind == "csv" else kind, "language": lang,
                        "outcome": "import", "fields": fields, "not_stated": ns or [], "also": also,
                        "people": people, "versions": None, "_p": p, "_v": vtag})
    # versions and reports_to_in_corpus
    newest = {}
    for w in written:
        if w["_v"] == "only":
            newest[id(w["_p"])] = w["document"]
    for w in written:
        sup = w["also"].get("reports_to_in_corpus")
        if isinstance(sup, dict):
            w["also"]["reports_to_in_corpus"] = newest[id(sup)]
    for w in written:
        if w["_p"] in vers:
            older = next(x for x in written if x["_p"] is w["_p"] and x["_v"] == "older")["document"]
            nw = newest[id(w["_p"])]
            w["versions"] = {"documents": [older, nw], "newest": nw, "same_text": False,
                             "note": "the older ticket (a review two years earlier, its own ticket number) gives an "
                                     "effective date two years earlier and a salary $120,000 lower; O&M, reports and "
                                     "numbers are the same"}
    # refusals
    rr = random.Random(2137)
    refuse = []
    # 1 staffing ticket without description
    n1 = "HRSD0047713"
    a, b, c = person(), person(), person()
    lines = [f"ServiceNow - {n1}", "", f"Number: {n1}", "Opened: 2024-02-19 09:14:55", f"Opened by: {a}",
             f"Requested for: {b}", "Assignment group: HR Staffing - EX", f"Assigned to: {c}", "Priority: 3 - Moderate",
             "State: In Progress", "Category: Staffing", f"Short description: Acting appointment - {positions[9]['title']} (EX-01)",
             "", "Description:", "Acting appointment for 4 months starting 2024-03-04. Letter of offer to follow. "
             "No change to the position; WD on file.", "", "Activities:",
             f"2024-02-19 09:14:55 - {a} (Work notes)", "State changed from New to In Progress", "",
             f"2024-02-20 13:02:41 - {c} (Work notes)", "Checked PeopleSoft: position active, incumbent on leave. "
             "Drafting the letter of offer.", "", "SLA: EX Staffing - 10 business days | Breach time: 2024-03-04 17:00:00 | Has breached: false"]
    refuse.append(("HRSD0047713 - acting appointment.txt", "text", "en", "\n".join(lines) + "\n",
                   "a staffing ticket (acting appointment) with no work description in it", [a, b, c]))
    # 2 ticket list export
    rows = ['"Number","Opened","Short description","Requested for","Assignment group","State","Priority"']
    ppl = []
    for k in range(14):
        q = positions[rr.randrange(len(positions))]
        who = person()
        ppl.append(who)
        rows.append(f'"HRSD00{rr.randint(40000, 59999)}","2024-0{rr.randint(1, 4)}-{rr.randint(10, 28)} '
                    f'{rr.randint(8, 17):02d}:{rr.randint(10, 59)}:{rr.randint(10, 59)}","EX WD review - {q["title"]}",'
                    f'"{who}","HR Classification - EX","{rr.choice(["New", "In Progress", "Resolved"])}","4 - Low"')
    refuse.append(("incident list export 2024-04-30.csv", "text", "en", "\r\n".join(rows) + "\r\n",
                   "a ticket list export: one line per ticket, short descriptions only", ppl))
    # 3 KB article (markdown, bilingual)
    au = person()
    kb = f"""# KB0010452 — How to request a classification review of an executive (EX) position / Comment demander l’examen de la classification d’un poste de cadre

**Knowledge base:** HR Service Desk · **Author:** {au} · **Valid to:** 2026-12-31 · **Views:** 1,208

## Before you start / Avant de commencer

- Have the work description signed by the incumbent and the supervisor (EX-01 to EX-03).
- Attach the organization chart and the dimensions (Salary, O&M, Total) confirmed by Finance.
- Example only: `Position Title: Director, Sample Directorate` · `Classification: EX-01` · `Salary: $1,000,000`.

## Steps / Étapes

1. Open the HR portal and choose **Request something > Classification > EX WD review**.
2. Fill in *Requested for*, the position number and the short description (`EX WD review - <title>`).
3. Paste the work description in **Description** or attach it (Word or PDF).
4. The ticket is assigned to *HR Classification - EX*; the service standard is 20 business days.

## Related / Connexes

- KB0010388 Organization design requests
- KB0010411 Acting appointments for executives
"""
    refuse.append(("KB0010452 How to request a classification review.md", "markdown", "bilingual", kb,
                   "a knowledge-base article on how to request a classification review (example values only)", [au]))
    # 4 French ticket whose attachment did not extract
    a, b, c = person(), person(), person()
    q = positions[24]
    lines = ["ServiceNow - HRSD0051902", "", "Numéro : HRSD0051902", "Ouvert : 2024-03-27 10:05:12", f"Ouvert par : {a}",
             f"Demandé pour : {b}", "Groupe d’affectation : Classification RH - EX", f"Affecté à : {c}",
             "Priorité : 4 - Faible", "État : En attente d’information", "Catégorie : Classification",
             f"Description courte : Révision DT EX - {q['title_fr']}", "", "Description :",
             "Bonjour, la DT signée est jointe. Merci de la traiter avant la fin de l’exercice.", "", "Activités :",
             f"2024-03-27 10:05:12 - {a} (Notes de travail)", "État passé de Nouveau à En cours", "",
             f"2024-03-28 08:41:30 - {c} (Notes de travail)",
             "La pièce jointe est une numérisation sans texte; impossible de l’extraire. Demande d’une version Word "
             "envoyée au client. État passé de En cours à En attente d’information.", "", "Pièces jointes :",
             "Pièce jointe : DT_signée.pdf (extraction du texte impossible : aucun texte)", ""]
    refuse.append(("Demande HRSD0051902 - DT signée.txt", "text", "fr", "\n".join(lines) + "\n",
                   "a ticket whose only work description is an attachment that could not be extracted (no text)",
                   [a, b, c]))
    # 5 scanned printed ticket without a text layer
    refuse.append(("Scan_20240402_ticket.pdf", "pdf", "en", pdf_bytes(["", "", ""]),
                   "a three-page scan of a printed ticket with no text layer", []))
    for fn, kind, lang, data, why, ppl in refuse:
        (CORPUS / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        written.append({"document": fn, "kind": kind, "language": lang, "outcome": "refuse", "fields": None,
                        "not_stated": None, "also": {"why": why}, "people": sorted(ppl), "versions": None})
    for w in written:
        w.pop("_p", None)
        w.pop("_v", None)
        (EXPECTED / (w["document"] + ".expected.yaml")).write_text(
            yaml.safe_dump(w, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
