"""Writes blind121's corpus/ and expected/: the executive-services share drive of a health portfolio
(Health Canada, PHAC, CIHR). Deterministic: run it twice, the bytes are the same.

    /work/main/.venv/bin/python bench/import/blind121/make_blind.py
"""
from __future__ import annotations

import io
import random
import shutil
import sys
import textwrap
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tests.import_files import pdf_bytes  # noqa: E402
import texts  # noqa: E402
from texts import BY_KEY, BR, DEPTS, LOC  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402

# ----------------------------------------------------------------------------------------------
# notations
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ABBR_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def fmt_date(d: date, style: str) -> str:
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{ABBR_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dmon":
        return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"
    if style == "th":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS_EN[d.month - 1]} {d.day}{suf}, {d.year}"
    if style == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "le":
        day = "1er" if d.day == 1 else str(d.day)
        return f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "frslash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "frdot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def _dec(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s


def fmt_money(v: int, style: str, fr: bool) -> str:
    sp = "\u00a0" if style.endswith("nb") else " "
    style = style.removesuffix("nb")
    if not fr:
        if style == "full":
            return f"${v:,}"
        if style == "cents":
            return f"${v:,}.00"
        if style == "short":
            if v >= 1_000_000_000:
                return f"${_dec(v / 1e9)}B"
            return f"${_dec(v / 1e6)}M" if v >= 1_000_000 else f"${v // 1000}K"
        if style == "million":
            if v >= 1_000_000_000:
                return f"${_dec(v / 1e9)} billion"
            return f"${_dec(v / 1e6)} million" if v >= 1_000_000 else f"${v:,}"
        raise ValueError(style)
    grouped = f"{v:,}".replace(",", sp)
    if style == "full":
        return f"{grouped}{sp}$"
    if style == "cents":
        return f"{grouped},00{sp}$"
    if style == "short":
        if v >= 1_000_000_000:
            return f"{_dec(v / 1e9).replace('.', ',')}{sp}G$"
        return (f"{_dec(v / 1e6).replace('.', ',')}{sp}M$" if v >= 1_000_000 else f"{v // 1000}{sp}k$")
    if style == "million":
        if v >= 1_000_000_000:
            return f"{_dec(v / 1e9).replace('.', ',')} milliard $"
        return (f"{_dec(v / 1e6).replace('.', ',')} millions de dollars" if v >= 1_000_000 else f"{grouped}{sp}$")
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# forms: labels and headings
FORMS = {
    "EN1": dict(
        head="EXECUTIVE WORK DESCRIPTION",
        title="Position Title", job="Job Code", cls="Classification", pos="Position Number",
        eff="Effective Date", branch="Branch", dir="Directorate", loc="Location",
        spos="Supervisor's Position Number", stitle="Supervisor's Position Title", scls="Supervisor's Classification",
        rep_to="Reports to", inc="Incumbent",
        h=["GENERAL ACCOUNTABILITY", "ORGANIZATION STRUCTURE", "NATURE AND SCOPE", "DIMENSIONS",
           "SPECIFIC ACCOUNTABILITIES", "CERTIFICATION"],
        sal="Salary", om="O&M", tot="Total", comb="Salary and O&M budget", fte="FTEs", prog="Grants and contributions"),
    "EN2": dict(
        head="POSITION DESCRIPTION – EXECUTIVE (EX) GROUP",
        title="Title", job="Generic / Job No.", cls="Group and Level", pos="Position No.",
        eff="Date Effective", branch="Branch", dir="Centre / Directorate", loc="Work Location",
        spos="Supervisor Position No.", stitle="Supervisor", scls="Supervisor Group and Level",
        rep_to="Reports To", inc="Incumbent (if any)",
        h=["1. Purpose of the Position", "2. Organization", "3. Scope and Context", "4. Resources Managed",
           "5. Key Accountabilities", "6. Signatures"],
        sal="Salary budget", om="Operating (O&M) budget", tot="Total budget", comb="Combined salary and O&M",
        fte="Full-time equivalents (FTEs)", prog="Program funds"),
    "EN3": dict(
        head="WORK DESCRIPTION",
        title="Working Title", job="Job Code", cls="Level", pos="Position #",
        eff="Effective", branch="Portfolio", dir="Unit", loc="Location",
        spos="Supervisor's Position #", stitle="Immediate Supervisor", scls="Supervisor's Level",
        rep_to="Reports to", inc="Incumbent",
        h=["Position Purpose", "Organizational Context", "Nature and Scope", "Key Dimensions", "Main Activities",
           "Approval"],
        sal="Salary dollars", om="Non-salary (O&M)", tot="Total budget", comb="Salary and O&M",
        fte="Staff (FTEs)", prog="Grants and awards budget"),
    "FR1": dict(
        head="DESCRIPTION DE TRAVAIL – GROUPE DE LA DIRECTION (EX)",
        title="Titre du poste", job="Code d'emploi", cls="Groupe et niveau", pos="Numéro du poste",
        eff="Date d'entrée en vigueur", branch="Direction générale", dir="Direction", loc="Lieu de travail",
        spos="Numéro de poste du superviseur", stitle="Titre du poste du superviseur",
        scls="Classification du superviseur", rep_to="Relève de", inc="Titulaire",
        h=["RESPONSABILITÉS GÉNÉRALES", "STRUCTURE ORGANISATIONNELLE", "NATURE ET PORTÉE", "DIMENSIONS",
           "RESPONSABILITÉS SPÉCIFIQUES", "ATTESTATION"],
        sal="Salaires", om="F et E", tot="Total", comb="Budget salarial et de F et E", fte="ETP",
        prog="Subventions et contributions"),
    "FR2": dict(
        head="Description de poste",
        title="Titre", job="No de la description", cls="Groupe/niveau", pos="No de poste",
        eff="En vigueur le", branch="Secteur", dir="Direction", loc="Emplacement",
        spos="No de poste du supérieur", stitle="Supérieur immédiat", scls="Groupe/niveau du supérieur",
        rep_to="Relève de", inc="Titulaire",
        h=["Raison d'être du poste", "Organisation", "Contexte", "Ressources", "Principales activités",
           "Signatures"],
        sal="Budget salarial", om="Budget de fonctionnement et d'entretien (F et E)", tot="Budget total",
        comb="Budget salarial et de F et E", fte="Effectif (ETP)", prog="Budget des subventions"),
    "BIL": dict(
        head="EXECUTIVE WORK DESCRIPTION / DESCRIPTION DE TRAVAIL DE LA DIRECTION",
        title="Position Title / Titre du poste", title_fr="Titre en français / French Title",
        job="Job Code / Code d'emploi", cls="Classification / Classification",
        pos="Position Number / Numéro de poste", eff="Effective Date / Date d'entrée en vigueur",
        branch="Branch / Direction générale", dir="Directorate / Direction", loc="Location / Lieu de travail",
        spos="Supervisor's Position No. / No de poste du superviseur",
        stitle="Supervisor's Title / Titre du superviseur",
        scls="Supervisor's Classification / Classification du superviseur",
        rep_to="Reports to / Relève de", inc="Incumbent / Titulaire",
        h=["GENERAL ACCOUNTABILITY / RESPONSABILITÉS GÉNÉRALES", "ORGANIZATION STRUCTURE / STRUCTURE ORGANISATIONNELLE",
           "NATURE AND SCOPE / NATURE ET PORTÉE", "DIMENSIONS", "SPECIFIC ACCOUNTABILITIES / RESPONSABILITÉS SPÉCIFIQUES",
           "CERTIFICATION / ATTESTATION"],
        sal="Salary / Salaires", om="O&M / F et E", tot="Total", comb="Salary and O&M / Salaires et F et E",
        fte="FTEs / ETP", prog="Grants / Subventions"),
}

# ----------------------------------------------------------------------------------------------
# prose
SA_EN = [
    "Provides strategic leadership and direction for {domain}, setting priorities and allocating resources to meet departmental objectives.",
    "Develops and implements policies, regulatory frameworks, standards and guidance related to {domain}.",
    "Advises the {sup}, the Deputy Minister and senior management on emerging issues, risks and options related to {domain}.",
    "Establishes and maintains effective relationships with provinces and territories, industry, academia, international partners and other federal departments.",
    "Directs the preparation of briefing material, Memoranda to Cabinet, Treasury Board submissions and responses to parliamentary enquiries.",
    "Manages the human, financial and material resources of the organization, ensuring sound stewardship, values and ethics, and a healthy, inclusive workplace.",
    "Represents the department at federal-provincial-territorial committees, international fora and meetings with stakeholders, and acts as spokesperson as required.",
    "Oversees the design and implementation of performance measurement, risk management and continuous improvement for the programs under the position's responsibility.",
    "Leads the organization's contribution to the health portfolio's emergency response and business continuity, including surge capacity during public health events.",
    "Champions the use of evidence, data and science in decision-making, and fosters collaboration with the department's laboratories and research partners.",
]
SA_FR = [
    "Assure le leadership stratégique et l'orientation en ce qui concerne {domain}, établit les priorités et affecte les ressources en fonction des objectifs du ministère.",
    "Élabore et met en œuvre les politiques, les cadres réglementaires, les normes et les lignes directrices relatives à {domain}.",
    "Conseille {le_sup}, la sous-ministre et la haute direction sur les enjeux émergents, les risques et les options touchant {domain}.",
    "Établit et entretient des relations efficaces avec les provinces et les territoires, l'industrie, le milieu universitaire, les partenaires internationaux et les autres ministères fédéraux.",
    "Dirige la préparation des notes d'information, des mémoires au Cabinet, des présentations au Conseil du Trésor et des réponses aux questions parlementaires.",
    "Gère les ressources humaines, financières et matérielles de l'organisation en assurant une saine gestion, le respect des valeurs et de l'éthique et un milieu de travail sain et inclusif.",
    "Représente le ministère aux comités fédéraux-provinciaux-territoriaux, aux forums internationaux et aux rencontres avec les intervenants, et agit comme porte-parole au besoin.",
    "Supervise la conception et la mise en œuvre de la mesure du rendement, de la gestion des risques et de l'amélioration continue des programmes dont le poste est responsable.",
    "Dirige la contribution de l'organisation aux interventions d'urgence du portefeuille de la santé et à la continuité des activités, y compris la capacité d'appoint.",
    "Favorise l'utilisation des données probantes et de la science dans la prise de décision et la collaboration avec les laboratoires et les partenaires de recherche.",
]

NS_EN = [
    "{Dept} {is_} the federal {kind} responsible for helping Canadians maintain and improve their health. The health portfolio operates in a complex environment of shared federal, provincial and territorial jurisdiction, rapid scientific and technological change, and high public and media expectations.",
    "The position is responsible for {domain}. The work requires the incumbent to reconcile scientific evidence, legal obligations, the interests of regulated parties and the expectations of Canadians, often under tight timelines and intense scrutiny.",
    "Major challenges include the volume and complexity of files, the recruitment and retention of highly specialized scientific and professional staff, the modernization of aging information systems, and the need to maintain public trust during outbreaks, recalls and other public health events.",
    "The incumbent exercises a high degree of independence and is expected to make decisions with significant consequences for public health and safety, for industry and for the department's reputation.",
]
NS_FR = [
    "{Dept} {is_} {kind} fédéral chargé d'aider les Canadiens à maintenir et à améliorer leur santé. Le portefeuille de la santé évolue dans un contexte complexe de compétences partagées entre les gouvernements fédéral, provinciaux et territoriaux, de changements scientifiques et technologiques rapides et d'attentes élevées du public et des médias.",
    "Le poste est responsable de {domain}. Le travail exige de concilier les données scientifiques, les obligations juridiques, les intérêts des parties réglementées et les attentes des Canadiens, souvent dans des délais serrés.",
    "Les principaux défis comprennent le volume et la complexité des dossiers, le recrutement et le maintien en poste d'un personnel scientifique et professionnel hautement spécialisé, la modernisation des systèmes d'information et le maintien de la confiance du public lors d'éclosions, de rappels et d'autres événements de santé publique.",
    "Le titulaire jouit d'une grande autonomie et doit prendre des décisions aux conséquences importantes pour la santé et la sécurité publiques, pour l'industrie et pour la réputation du ministère.",
]
KIND_EN = {"HC": "department", "PHAC": "agency", "CIHR": "granting council"}
DEPT_SUBJ = {"HC": ("Health Canada", "Santé Canada"),
             "PHAC": ("The Public Health Agency of Canada", "L'Agence de la santé publique du Canada"),
             "CIHR": ("The Canadian Institutes of Health Research", "Les Instituts de recherche en santé du Canada")}
DEPT_OF = {"HC": ("Health Canada", "de Santé Canada"),
           "PHAC": ("the Public Health Agency of Canada", "de l'Agence de la santé publique du Canada"),
           "CIHR": ("the Canadian Institutes of Health Research", "des Instituts de recherche en santé du Canada")}


def frfix(s: str) -> str:
    for a, b in ((" de les ", " des "), (" à les ", " aux "), (" de le ", " du "), (" à le ", " au ")):
        s = s.replace(a, b)
    return s


def fem(title: str) -> bool:
    first = title.split(",")[0].split(" ")[0]
    return first in ("Directrice", "Vice-présidente", "Dirigeante", "Sous-ministre", "Conseillère", "Présidente")


KIND_FR = {"HC": "le ministère", "PHAC": "l'organisme", "CIHR": "l'organisme subventionnaire"}


def short_en(title: str) -> str:
    return title.split(",")[0]


# ----------------------------------------------------------------------------------------------
# names
_name_rng = random.Random(121)
_pairs = [(g, f) for g in texts.GIVEN for f in texts.FAMILY]
_name_rng.shuffle(_pairs)
_used_given: dict[str, int] = {}
_used_family: dict[str, int] = {}
_reserved = {"Ghislaine Vukovic", "Aurèle Marchildon", "Halina Ashdown", "Yannick Oyelaran", "Clémence Okonkwo-Hale",
             "Hamish Lacasse", "Odile Ferreira-Côté", "Teodor Abernathy", "Rosalie Pettigrew"}
CLASSIFIERS = ["Marjolaine Haddadi", "Idris Winterbottom", "Séverine Achterberg", "Callum Montpetit",
               "Nadège Halvorsen", "Kenji Boisclair"]
_name_iter = iter(_pairs)
_pos_names: dict[str, dict] = {}


def new_name() -> str:
    while True:
        g, f = next(_name_iter)
        if _used_given.get(g, 0) < 3 and _used_family.get(f, 0) < 3 and f"{g} {f}" not in _reserved:
            _used_given[g] = _used_given.get(g, 0) + 1
            _used_family[f] = _used_family.get(f, 0) + 1
            return f"{g} {f}"


def names_for(key: str) -> dict:
    if key not in _pos_names:
        _pos_names[key] = {"sup": new_name(), "appr": new_name(), "inc": new_name(),
                           "hr": CLASSIFIERS[len(_pos_names) % len(CLASSIFIERS)]}
    return _pos_names[key]


# ----------------------------------------------------------------------------------------------
# the blocks of one work description
def reports_lines(reports, style, fr):
    out = []
    for t, c, f in reports:
        if fr:
            fte = None if f is None else f"{f} ETP"
            if style == "dash":
                parts = [t] + [x for x in (c, None if f is None else f"effectif de {f}") if x]
                out.append(" – ".join(parts))
            elif style == "prefix":
                out.append(f"{c} – {t}" + (f" ({fte})" if fte else ""))
            else:
                inner = ", ".join(x for x in (c, fte) if x)
                out.append(f"{t} ({inner})")
        else:
            fte = None if f is None else (f"{f} FTE" if f == 1 else f"{f} FTEs")
            if style == "dash":
                out.append(" – ".join(x for x in (t, c, fte) if x))
            elif style == "prefix":
                out.append(f"{c} - {t}" + (f" ({fte})" if fte else ""))
            elif style == "staff":
                out.append(f"{t} ({c})" + (f", staff of {f}" if f is not None else ""))
            elif style == "bracket":
                out.append(f"{t} [{c}]" + (f" ({f} FTE)" if f is not None else ""))
            else:
                inner = ", ".join(x for x in (c, fte) if x)
                out.append(f"{t} ({inner})")
    return out


def build(doc, p):
    """Blocks of the document and its truth."""
    L = FORMS[doc["form"]]
    lang = doc["lang"]
    fr = lang == "fr"
    bil = lang == "bilingual"
    omit = set(doc.get("omit", ()))
    mstyle = doc.get("money", "full")
    dstyle = doc.get("date", "iso" if fr else "long")
    dept_en, dept_fr = DEPTS[p["dept"]]
    title = p["title_fr"] if fr else p["title"]
    sup_pos, sup_en, sup_fr, sup_cls = p["sup"]
    sup_title = sup_fr if fr else sup_en
    rep_src = [(r[1] if fr else r[0], r[2], r[3]) for r in p["reports"]]
    if "rep_cls" in omit:
        rep_src = [(t, None, f) for t, c, f in rep_src]
    if "rep_fte" in omit:
        rep_src = [(t, c, None) for t, c, f in rep_src]
    loc = LOC[p["loc"]][1 if fr else 0]
    branch = BR[p["branch"]][1 if fr else 0]
    directorate = p.get("directorate")
    names = names_for(doc.get("names_of", p["key"]))
    people = []

    kv = []
    kv.append((L["title"], title))
    if bil:
        kv.append((L["title_fr"], p["title_fr"]))
    cls_text = doc.get("cls_text", p["cls"])
    if doc.get("cls_first"):
        kv.insert(0, (L["cls"], cls_text))
    else:
        kv.append((L["cls"], cls_text))
    if "job" not in omit:
        kv.append((L["job"], p["job"]))
    if "pos" not in omit:
        kv.append((L["pos"], doc.get("pos_text", p["pos"])))
    if "eff" not in omit:
        kv.append((L["eff"], fmt_date(p["eff"], dstyle)))
    else:
        kv.append((L["eff"], doc.get("eff_blank", "")))
    kv.append((L["branch"], branch))
    if directorate:
        kv.append((L["dir"], directorate[1 if fr else 0]))
    if "loc" not in omit:
        kv.append((L["loc"], loc))
    sup_style = doc.get("sup", "fields")
    sup_truth = {"position_number": None, "title": sup_title, "classification": sup_cls}
    if sup_style == "fields":
        if sup_pos:
            kv.append((L["spos"], sup_pos))
            sup_truth["position_number"] = sup_pos
        kv.append((L["stitle"], sup_title))
        if sup_cls:
            kv.append((L["scls"], sup_cls))
    elif sup_style == "line":
        s = sup_title + (f" ({sup_cls})" if sup_cls else "")
        if sup_pos:
            s += (f", poste no {sup_pos}" if fr else f", position no. {sup_pos}")
            sup_truth["position_number"] = sup_pos
        kv.append((L["rep_to"], s))
    elif sup_style == "titleonly":
        kv.append((L["rep_to"], sup_title))
        sup_truth["classification"] = None
    if doc.get("incumbent"):
        kv.append((L["inc"], names["inc"]))
        people.append(names["inc"])
    if doc.get("kv_extra"):
        kv.extend(doc["kv_extra"])

    blocks = []
    if doc.get("pre"):
        blocks.extend(doc["pre"])
    blocks.append(("head", L["head"]))
    if doc.get("dept_line", True):
        blocks.append(("p", dept_fr if fr else (f"{dept_en} / {dept_fr}" if bil else dept_en)))
    blocks.append(("kv", kv))

    rng = random.Random(zlib.crc32(doc.get("seed", doc["file"]).encode()))
    dom_en, dom_fr = p["domain"]
    # general accountability
    blocks.append(("h", L["h"][0]))
    if fr:
        ga = (f"Le titulaire du poste de {title.lower()[0]}{title[1:]} est responsable de {dom_fr}. Il assure le leadership "
              f"stratégique, l'orientation des politiques et la surveillance opérationnelle nécessaires pour que les programmes "
              f"{DEPT_OF[p['dept']][1]} dans ce domaine soient exécutés avec efficacité, conformément aux lois, aux règlements et aux politiques "
              f"du gouvernement du Canada.")
    else:
        ga = (f"The {title} is accountable for {dom_en}, providing strategic leadership, policy direction and operational "
              f"oversight to ensure that the programs of {DEPT_OF[p['dept']][0]} in this area are delivered effectively and in accordance "
              f"with legislation, regulations and Government of Canada policies.")
    blocks.append(("p", frfix(ga) if fr else ga))

    # organization structure
    blocks.append(("h", L["h"][1]))
    n_peers = rng.randint(3, 7)
    if fr:
        org = f"Le poste est l'un des {n_peers} postes qui relèvent directement {'de la' if fem(sup_title) else 'du'} {sup_title}"
        org += f" ({sup_cls})." if (sup_style == "sentence" and sup_cls) else "."
    else:
        org = f"The {title} is one of {n_peers} positions reporting directly to the {sup_title}"
        org += f" ({sup_cls})." if (sup_style == "sentence" and sup_cls) else "."
    if sup_style in ("sentence",):
        pass
    blocks.append(("p", org))
    rstyle = doc.get("rep", "paren")
    if rstyle == "table":
        hdr = (["Poste", "Groupe et niveau", "ETP"] if fr else ["Position", "Group/Level", "FTEs"])
        rows = [[t, c or "", "" if f is None else str(f)] for t, c, f in rep_src]
        blocks.append(("p", "Les postes suivants relèvent du titulaire :" if fr else "The following positions report to the incumbent:"))
        blocks.append(("table", hdr, rows))
    elif rstyle == "sentence":
        items = reports_lines(rep_src, "paren", fr)
        if fr:
            s = "Relèvent du titulaire : " + "; ".join(items[:-1]) + " et " + items[-1] + "."
        else:
            s = "Reporting to the position are the " + "; the ".join(items[:-1]) + "; and the " + items[-1] + "."
        blocks.append(("p", s))
    else:
        blocks.append(("p", "Relèvent du titulaire :" if fr else "Reporting to the position are:"))
        blocks.append(("list", reports_lines(rep_src, rstyle, fr), False))

    # nature and scope
    blocks.append(("h", L["h"][2]))
    ns = NS_FR if fr else NS_EN
    for i, t in enumerate(ns):
        blocks.append(("p", frfix(t.format(Dept=DEPT_SUBJ[p["dept"]][1 if fr else 0],
                                     is_=("sont" if fr else "are") if p["dept"] == "CIHR" else ("est" if fr else "is"),
                                     kind=(KIND_FR if fr else KIND_EN)[p["dept"]],
                                     domain=dom_fr if fr else dom_en))))
        if i == 1 and doc.get("distract"):
            blocks.append(("p", doc["distract"]))

    # dimensions
    blocks.append(("h", L["h"][3]))
    dims = doc.get("dims", "three")
    sal, om = p["sal"], p["om"]
    tr_sal = tr_om = tr_tot = None
    also = {}
    dl = []
    if dims in ("three", "two"):
        dl.append((L["sal"], fmt_money(sal, mstyle, fr)))
        dl.append((L["om"], fmt_money(om, mstyle, fr)))
        tr_sal, tr_om = sal, om
        if dims == "three":
            dl.append((L["tot"], fmt_money(sal + om, mstyle, fr)))
            tr_tot = sal + om
    elif dims == "combined":
        dl.append((L["comb"], fmt_money(sal + om, mstyle, fr)))
        tr_tot = sal + om
        also["operating_budget"] = sal + om
    if "fte" not in omit:
        dl.insert(0, (L["fte"], str(p["fte"])))
        also["fte"] = p["fte"]
    if p.get("program_budget") and dims != "none":
        dl.append((L["prog"], fmt_money(p["program_budget"], mstyle, fr)))
        also["program_budget"] = p["program_budget"]
    if dims == "none":
        blocks.append(("p", "Voir le plan d'activités de la direction." if fr else "See the directorate's business plan."))
    if doc.get("dims_table"):
        blocks.append(("table", ["", ""], [[a, b] for a, b in dl]))
    elif dl:
        blocks.append(("kv", dl))

    # specific accountabilities
    blocks.append(("h", L["h"][4]))
    pool = list(range(len(SA_EN)))
    rng.shuffle(pool)
    chosen = sorted(pool[: rng.randint(6, 8)])
    sas = [(SA_FR if fr else SA_EN)[i].format(domain=dom_fr if fr else dom_en, sup=sup_title,
                                              le_sup=("la " if fem(sup_title) else "le ") + sup_title)
           for i in chosen]
    blocks.append(("list", [frfix(x) for x in sas] if fr else sas, True))

    # certification
    blocks.append(("h", L["h"][5]))
    if doc.get("draft"):
        blocks.append(("p", doc["draft"]))
    else:
        edate = fmt_date(p["eff"], dstyle) if "eff" not in omit else ""
        if fr:
            blocks.append(("p", "L'énoncé ci-dessus décrit avec exactitude les fonctions attribuées au poste."))
            sig = [f"Superviseur : {names['sup']}, {sup_title}        Date : {edate}",
                   f"Approuvé par : {names['appr']}        Date : {edate}",
                   f"Classifié par : {names['hr']}, conseillère principale en classification"]
        else:
            blocks.append(("p", "The foregoing is an accurate and complete statement of the duties and responsibilities "
                                "assigned to the position."))
            sig = [f"Supervisor: {names['sup']}, {sup_title}        Date: {edate}",
                   f"Approved by: {names['appr']}        Date: {edate}",
                   f"Classified by: {names['hr']}, Senior Classification Advisor"]
        blocks.append(("sig", sig))
        people += [names["sup"], names["appr"], names["hr"]]
    if doc.get("post"):
        blocks.extend(doc["post"])
    people += doc.get("more_people", [])

    # truth
    not_stated = []
    fields = {
        "title": title,
        "classification": p["cls"],
        "job_code": None if "job" in omit else p["job"],
        "position_number": None if ("pos" in omit or doc.get("pos_null")) else p["pos"],
        "effective_date": None if "eff" in omit else p["eff"],
        "supervisor": sup_truth,
        "direct_reports": [{"title": t, "classification": c, "fte": f} for t, c, f in rep_src],
        "salary": tr_sal, "o_and_m": tr_om, "total": tr_tot,
        "location": None if "loc" in omit else loc,
    }
    for k in ("job_code", "position_number", "effective_date"):
        if fields[k] is None:
            not_stated.append(k)
    for k in ("position_number", "title", "classification"):
        if sup_truth[k] is None:
            not_stated.append(f"supervisor.{k}")
    for k in ("salary", "o_and_m", "total", "location"):
        if fields[k] is None:
            not_stated.append(k)
    also2 = {"department": dept_fr if fr else dept_en, "branch": branch}
    if bil:
        also2["title_fr"] = p["title_fr"]
    also2.update(also)
    also2.update(doc.get("also", {}))
    return blocks, fields, not_stated, also2, people


# ----------------------------------------------------------------------------------------------
# renderers
def kv_lines(pairs, style):
    out = []
    width = max(len(a) for a, _ in pairs) + 2
    if style == "pairs":
        for i in range(0, len(pairs), 2):
            chunk = pairs[i:i + 2]
            left = f"{chunk[0][0]}: {chunk[0][1]}"
            if len(chunk) == 2 and len(left) < 48:
                out.append(f"{left:<50}{chunk[1][0]}: {chunk[1][1]}")
            else:
                out.append(left)
                if len(chunk) == 2:
                    out.append(f"{chunk[1][0]}: {chunk[1][1]}")
        return out
    for a, b in pairs:
        if style == "dots":
            out.append(f"{a} {'.' * (width + 6 - len(a))} {b}")
        elif style == "tab":
            out.append(f"{a}\t{b}")
        elif style == "next":
            out.append(f"{a}:")
            out.append(f"    {b}")
        elif style == "upper":
            out.append(f"{a.upper()}: {b}")
        elif style == "frcolon":
            out.append(f"{a} : {b}")
        else:
            out.append(f"{a}: {b}")
    return out


def table_lines(hdr, rows):
    cols = list(zip(*([hdr] + rows)))
    w = [max(len(x) for x in c) + 3 for c in cols]
    out = []
    if any(hdr):
        out.append("".join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip())
    for r in rows:
        out.append("".join(x.ljust(w[i]) for i, x in enumerate(r)).rstrip())
    return out


def render_text(blocks, doc):
    kvs = doc.get("kv", "colon")
    out = []
    for b in blocks:
        t = b[0]
        if t == "head":
            out += [b[1], ""]
        elif t == "h":
            out += ["", b[1].upper() if doc.get("upper_h", True) else b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += kv_lines(b[1], kvs) + [""]
        elif t == "list":
            for i, x in enumerate(b[1], 1):
                out.append(f"{i}. {x}" if b[2] else f"- {x}")
            out.append("")
        elif t == "table":
            out += table_lines(b[1], b[2]) + [""]
        elif t == "sig":
            out += b[1] + [""]
        elif t == "page":
            out.append("\f")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def render_md(blocks, doc):
    out = []
    for b in blocks:
        t = b[0]
        if t == "head":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            if doc.get("kv") == "mdtable":
                out += ["| Field | Value |", "|---|---|"] + [f"| {a} | {v} |" for a, v in b[1]] + [""]
            else:
                out += [f"* **{a}:** {v}" for a, v in b[1]] + [""]
        elif t == "list":
            out += [(f"{i}. {x}" if b[2] else f"* {x}") for i, x in enumerate(b[1], 1)] + [""]
        elif t == "table":
            h = b[1] if any(b[1]) else ["Item", "Amount"]
            out += ["| " + " | ".join(h) + " |", "|" + "---|" * len(h)]
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif t == "sig":
            out += [f"{x}  " for x in b[1]] + [""]
        elif t == "page":
            out += ["---", ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


FIXED = datetime(2024, 1, 1, 9, 0, 0)


def render_docx(blocks, doc):
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    kvs = doc.get("kv", "table")
    for b in blocks:
        t = b[0]
        if t == "head":
            d.add_heading(b[1], level=0 if doc.get("title_style") else 1)
        elif t == "h":
            if doc.get("bold_h"):
                d.add_paragraph().add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if kvs in ("table", "table4") and len(b[1]) > 0:
                pairs = b[1]
                if kvs == "table4":
                    nrows = (len(pairs) + 1) // 2
                    tb = d.add_table(rows=nrows, cols=4)
                    tb.style = "Table Grid"
                    for i, (a, v) in enumerate(pairs):
                        r, c = i // 2, (i % 2) * 2
                        tb.cell(r, c).text = a
                        tb.cell(r, c + 1).text = v
                else:
                    tb = d.add_table(rows=len(pairs), cols=2)
                    tb.style = "Table Grid"
                    for i, (a, v) in enumerate(pairs):
                        tb.cell(i, 0).text = a
                        tb.cell(i, 1).text = v
                d.add_paragraph("")
            else:
                for a, v in b[1]:
                    para = d.add_paragraph()
                    para.add_run(f"{a}:").bold = True
                    para.add_run(f" {v}" if kvs != "tabs" else f"\t{v}")
        elif t == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Number" if b[2] else "List Bullet")
        elif t == "table":
            hdr, rows = b[1], b[2]
            has_h = any(hdr)
            tb = d.add_table(rows=len(rows) + (1 if has_h else 0), cols=len(hdr))
            tb.style = "Table Grid"
            off = 0
            if has_h:
                for i, h in enumerate(hdr):
                    tb.cell(0, i).text = h
                off = 1
            for r, row in enumerate(rows):
                for c, x in enumerate(row):
                    tb.cell(r + off, c).text = x
            d.add_paragraph("")
        elif t == "sig":
            for x in b[1]:
                d.add_paragraph(x)
        elif t == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def wrap_plain(text: str, width: int) -> list[str]:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            ind = len(line) - len(line.lstrip())
            out += textwrap.wrap(line, width, subsequent_indent=" " * ind, break_long_words=False,
                                 break_on_hyphens=False)
    return out


def render_pdf(blocks, doc):
    lines = wrap_plain(render_text(blocks, doc).replace("\t", "    "), 100)
    per = 64
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    foot = doc.get("pdf_footer")
    texts_ = []
    for i, pg in enumerate(pages, 1):
        pg = list(pg)
        if foot:
            pg += ["", foot.format(i=i, n=n)]
        texts_.append("\n".join(pg))
    return pdf_bytes(texts_)


# ----------------------------------------------------------------------------------------------
# OCR
STRENGTH = {"light": (0.3, 0.012, 0.008, 0.1), "middling": (0.55, 0.035, 0.022, 0.3),
            "heavy": (0.8, 0.07, 0.045, 0.6)}
DIGITS = {"0": "O", "1": "Il", "5": "S", "8": "B", "6": "b", "2": "Z"}
CONF = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("e", "c"), ("i", "l"), ("l", "I"),
        ("o", "a"), ("u", "v"), ("h", "b"), ("t", "f"), ("é", "e"), ("è", "e"), ("à", "a"), ("ç", "c"), ("é", "6")]
PROT_A, PROT_B = "\ue000", "\ue001"


def damage(text: str, strength: str, rng: random.Random, protect: list[str]) -> str:
    p_dig, p_word, p_join, p_acc = STRENGTH[strength]
    for i, name in enumerate(protect):
        text = text.replace(name, f"{PROT_A}{chr(0xE100 + i)}{PROT_B}")
    out_lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        new = []
        for w in words:
            if PROT_A in w or not w:
                new.append(w)
                continue
            if any(ch.isdigit() for ch in w):
                chars = []
                for ch in w:
                    if ch in DIGITS and rng.random() < (p_dig if ch not in "26" else (0.2 if strength == "heavy" else 0)):
                        chars.append(rng.choice(DIGITS[ch]))
                    else:
                        chars.append(ch)
                w = "".join(chars)
            elif len(w) >= 4 and rng.random() < p_word:
                opts = [(a, b) for a, b in CONF if a in w]
                if opts:
                    a, b = rng.choice(opts)
                    if a in "éèàç" and rng.random() > p_acc:
                        pass
                    else:
                        idx = [k for k in range(len(w)) if w.startswith(a, k)]
                        k = rng.choice(idx)
                        w = w[:k] + b + w[k + len(a):]
            new.append(w)
        # run words together
        s = new[0] if new else ""
        for j in range(1, len(new)):
            a, b = new[j - 1], new[j]
            if (a and b and a[-1].isalpha() and b[0].isalpha() and PROT_A not in a + b
                    and rng.random() < p_join):
                s += b
            else:
                s += " " + b
        out_lines.append(s)
    text = "\n".join(out_lines)
    for i, name in enumerate(protect):
        text = text.replace(f"{PROT_A}{chr(0xE100 + i)}{PROT_B}", name)
    return text


def ocr_wrap(text: str, width: int, rng: random.Random) -> list[str]:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                room = width - len(cur) - 2
                if len(w) >= 8 and room >= 3 and w.isalpha() and rng.random() < 0.55:
                    cut = rng.randint(3, min(room, len(w) - 3))
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
        out.append(cur)
    return out


def render_ocr(blocks, doc, people):
    rng = random.Random(zlib.crc32(("ocr" + doc.get("seed", doc["file"])).encode()))
    strength = doc["ocr"]
    layout = doc.get("layout", "wrapped")
    doc = dict(doc)
    doc.setdefault("kv", "colon")
    raw = render_text(blocks, doc).replace("\t", "   ")
    if layout == "columns":
        return render_columns(raw, doc, people, rng, strength)
    dam = damage(raw, strength, rng, people)
    if layout == "oneline":
        body = " ".join(x.strip() for x in dam.split("\n") if x.strip())
        return ("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n" + body + "\n")
    width = doc.get("width", 76)
    lines = ocr_wrap(dam, width, rng)
    # collapse runs of blank lines the way scanners do
    clean = []
    for ln in lines:
        if ln.strip() == "" and clean and clean[-1].strip() == "":
            continue
        clean.append(ln)
    per = doc.get("per_page", 52)
    pages = [clean[i:i + per] for i in range(0, len(clean), per)]
    out = []
    hdr = doc.get("run_header")
    ftr = doc.get("run_footer")
    for i, pg in enumerate(pages, 1):
        if hdr and i > 1:
            out += [damage(hdr, strength, rng, []), ""]
        out += pg
        if ftr:
            out += ["", damage(ftr.format(i=i, n=len(pages)), strength, rng, [])]
        else:
            out += ["", f"- {i} -" if i % 2 else f"{i}"]
        if rng.random() < 0.4:
            out.append(rng.choice(["'", ". ,", "~", "|", "_ ."]))
        out.append("\f" if doc.get("formfeed") else "")
    return "\n".join(out).rstrip("\n\f") + "\n"


def render_columns(raw, doc, people, rng, strength):
    """The header fields and general accountability as one column, then the rest of the page read
    straight across two columns: a line of the left column and a line of the right on one line."""
    lines = raw.split("\n")
    cut = next(i for i, x in enumerate(lines) if x.strip() == doc["col_start"])
    top = "\n".join(lines[:cut])
    rest = lines[cut:]
    dam_top = damage(top, strength, rng, people)
    out = ocr_wrap(dam_top, 80, rng)
    out.append("")
    body = damage("\n".join(rest), strength, rng, people)
    col = []
    for ln in body.split("\n"):
        if ln.strip():
            col += ocr_wrap(ln, 38, rng)
    half = (len(col) + 1) // 2
    left, right = col[:half], col[half:]
    for i in range(half):
        a = left[i]
        b = right[i] if i < len(right) else ""
        gap = " " * rng.choice([1, 2, 3]) + (rng.choice(["| ", "", ""]) if b else "")
        out.append((a + gap + b).rstrip())
    out += ["", "- 1 -"]
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------
# the documents
from docs_spec import DOCS  # noqa: E402


# ----------------------------------------------------------------------------------------------
# the documents to refuse
def _memo():
    blocks = [
        ("head", "MEMORANDUM / NOTE DE SERVICE"),
        ("kv", [("TO", "Branch heads, Health Products and Food Branch"),
                ("FROM", "Ghislaine Vukovic, Director, Executive Services"),
                ("DATE", "October 7, 2024"),
                ("SUBJECT", "Executive talent management questionnaires, 2024-2025 cycle")]),
        ("p", "As you know, the talent management questionnaire is mandatory for executives at the EX-03 to "
              "EX-05 levels and voluntary for EX-01 and EX-02. Questionnaires for the 2024-2025 cycle are due by "
              "January 31, 2025. Please also confirm that the work descriptions of the positions below are current; "
              "several were last classified before 2019."),
        ("table", ["Position", "Position number", "Level", "Work description on file"],
         [["Director General, Food Directorate", "40012", "EX-03", "June 3, 2019"],
          ["Director General, Natural and Non-prescription Health Products Directorate", "41870", "EX-03",
           "November 19, 2018"],
          ["Director, Bureau of Chemical Safety", "40157", "EX-01", "February 17, 2020"],
          ["Director, Office of Clinical Trials", "44025", "EX-01", "July 10, 2017"]]),
        ("p", "Updated descriptions should be sent to the executive services mailbox with the signed "
              "certification page. Talent map placements will be discussed at the Branch management committee "
              "on November 20."),
        ("p", "Questions may be directed to Aurèle Marchildon, Senior Advisor, Executive Talent Management."),
        ("sig", ["Ghislaine Vukovic", "Director, Executive Services / Directrice, Services aux cadres"]),
    ]
    return render_docx(blocks, {"kv": "bold"})


def _letter():
    text = """Agence de la santé publique du Canada
Direction générale des ressources humaines

Le 14 février 2022

Monsieur Yannick Oyelaran
Gestionnaire, Opérations de laboratoire
Laboratoire national de microbiologie
Winnipeg (Manitoba)

Objet : Offre de nomination intérimaire – Directeur, Laboratoire de biosécurité (EX-01), poste no 25512

Monsieur,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de directeur, Opérations de
laboratoire et biosécurité (EX-01), poste no 25512, pour la période du 28 février 2022 au 26 août 2022,
ou jusqu'à la dotation du poste pour une période indéterminée, selon la première éventualité.

Pendant cette période, votre rémunération sera établie conformément à la Directive sur les conditions
d'emploi des cadres; l'échelle salariale du niveau EX-01 est de 122 800 $ à 144 600 $. Vous relèverez du
directeur général scientifique, Laboratoire national de microbiologie.

Cette offre est conditionnelle au maintien de votre cote de fiabilité approfondie. Veuillez indiquer
votre acceptation en signant ci-dessous et en retournant une copie de la présente lettre d'ici le
21 février 2022.

Veuillez agréer, Monsieur, l'expression de mes sentiments distingués.

Halina Ashdown
Directrice générale scientifique par intérim
Laboratoire national de microbiologie

J'accepte l'offre de nomination intérimaire décrite ci-dessus.

________________________________          Date : ______________
Yannick Oyelaran
"""
    return pdf_bytes([text])


def _minutes():
    text = """COMITÉ DE CLASSIFICATION DES POSTES DE DIRECTION (CCPD)
EXECUTIVE CLASSIFICATION COMMITTEE (ECC)

Compte rendu des décisions / Record of decisions
Date : 2023-05-17     Lieu / Location : Pré Tunney, salle 1410 / Teams

Présents / Present : Odile Ferreira-Côté (présidente / chair), Hamish Lacasse, Clémence Okonkwo-Hale,
Teodor Abernathy (secrétaire / secretary)

1. Adoption de l'ordre du jour / Adoption of the agenda
   Adopté sans modification. / Adopted as presented.

2. Director, Water and Air Quality Bureau (position 51522, EX-01)
   The committee reviewed the revised work description. The addition of the Climate Change and Health Office
   (13 FTEs) does not change the level. Decision: EX-01 confirmed, effective 2023-01-09.

3. Directeur général, Opérations financières (poste 90412, EX-02)
   Le comité a examiné la demande de reclassification au niveau EX-03. Décision : la demande est reportée;
   le secteur doit fournir des précisions sur les budgets de 8,92 M$ (salaires) et 1,307 M$ (F et E).

4. Regional Director General, Quebec Region (PHAC, position 28303)
   Creation of the position approved at the EX-02 level, subject to the signature of the work description.

5. Varia
   Prochaine réunion / Next meeting : 2023-06-21.

Approuvé par / Approved by : Odile Ferreira-Côté
"""
    return text.replace("\n", "\r\n").replace("'", "\u2019").encode("cp1252")


def _orgchart():
    lines = [
        "HEALTH PRODUCTS AND FOOD BRANCH - ORGANIZATION CHART",
        "Direction générale des produits de santé et des aliments - Organigramme",
        "September 2019 / septembre 2019",
        "",
        "                     Assistant Deputy Minister / Sous-ministre adjoint",
        "                                  EX-05   (40001)",
        "                                      |",
        "   +-------------------+-------------------+--------------------+------------------+",
        "   |                   |                   |                    |                  |",
        " DG, Food          DG, Natural and      DG, Medical          DG, Pharmaceutical   Executive Director,",
        " Directorate       Non-prescription     Devices              Drugs Directorate    Policy, Planning",
        " EX-03 (40012)     Health Products      Directorate          EX-03 (44000)        and International",
        "                   EX-03 (41870)        EX-03 (43300)                             Affairs EX-02",
        "   |                   |                   |                    |",
        " Bureau of         Product Licensing    Medical Devices      Office of Clinical",
        " Chemical Safety   EX-01                Licensing Bureau     Trials EX-01 (44025)",
        " EX-01 (40157)                          EX-01 (43318)",
        " Bureau of",
        " Nutritional",
        " Sciences EX-01",
        " (40163)",
        "",
        "Prepared by Executive Services / Préparé par les Services aux cadres - Rosalie Pettigrew",
        "- 1 -",
    ]
    rng = random.Random(4001)
    return damage("\n".join(lines) + "\n", "middling", rng, ["Rosalie Pettigrew"]).encode("utf-8")


def _scan():
    return pdf_bytes(["", ""])


REFUSALS = [
    dict(file="Memo - EX talent management questionnaires 2024-2025.docx", kind="docx", lang="en", make=_memo,
         people=["Ghislaine Vukovic", "Aurèle Marchildon"], also={"what": "memo to branch heads on talent questionnaires, with a table of positions"}),
    dict(file="Lettre d'offre - nomination intérimaire EX-01.pdf", kind="pdf", lang="fr", make=_letter,
         people=["Halina Ashdown", "Yannick Oyelaran"], also={"what": "letter offering an acting EX-01 appointment"}),
    dict(file="Compte rendu CCPD - Minutes ECC 2023-05-17.txt", kind="text-cp1252", lang="bilingual", make=_minutes,
         people=["Clémence Okonkwo-Hale", "Hamish Lacasse", "Odile Ferreira-Côté", "Teodor Abernathy"],
         also={"what": "record of decisions of the executive classification committee"}),
    dict(file="HPFB org chart Sept 2019 (scan).txt", kind="ocr", lang="bilingual", make=_orgchart,
         people=["Rosalie Pettigrew"], also={"what": "organization chart of a branch, OCR'd", "ocr_damage": "middling"}),
    dict(file="Numérisation_20210315_0007.pdf", kind="pdf", lang="fr", make=_scan,
         people=[], also={"what": "two scanned pages without a text layer"}),
]


def main():
    corpus = HERE / "corpus"
    expected = HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    versions = {}
    for doc in DOCS:
        if doc.get("versions"):
            versions.setdefault(doc["versions"], []).append(doc)
    truths = []
    for doc in DOCS:
        p = dict(BY_KEY[doc["key"]])
        p.update(doc.get("over", {}))
        blocks, fields, not_stated, also, people = build(doc, p)
        kind = doc["kind"]
        if kind in ("ocr", "ocr-columns"):
            data = render_ocr(blocks, doc, people).encode("utf-8")
        elif kind == "text":
            data = render_text(blocks, doc).encode("utf-8")
        elif kind == "text-cp1252":
            s = render_text(blocks, doc)
            s = s.replace("'", "\u2019") if doc.get("curly", True) else s
            data = s.replace("\n", "\r\n").encode("cp1252")
        elif kind == "markdown":
            data = render_md(blocks, doc).encode("utf-8")
        elif kind == "docx":
            data = render_docx(blocks, doc)
        elif kind == "pdf":
            data = render_pdf(blocks, doc)
        else:
            raise ValueError(kind)
        (corpus / doc["file"]).write_bytes(data)
        # reports_to_in_corpus
        sup_pos = p["sup"][0]
        for other in DOCS:
            q = BY_KEY[other["key"]]
            if sup_pos and q["pos"] == sup_pos and other["key"] != doc["key"]:
                also.setdefault("reports_to_in_corpus", other["file"])
                break
        if kind in ("ocr", "ocr-columns"):
            also["ocr_damage"] = doc["ocr"]
            also["ocr_layout"] = doc.get("layout", "wrapped")
        also["form"] = doc.get("formname", "executive work description")
        v = None
        if doc.get("versions"):
            grp = versions[doc["versions"]]
            v = {"documents": [g["file"] for g in grp], "newest": grp[-1]["file"],
                 "same_text": doc.get("same_text", False), "note": doc["vnote"]}
        truth = {"document": doc["file"], "kind": kind, "language": doc["lang"], "outcome": "import",
                 "fields": fields, "not_stated": not_stated, "also": also,
                 "people": sorted(set(people)), "versions": v}
        write_truth(expected, truth)
    for r in REFUSALS:
        data = r["make"]()
        (corpus / r["file"]).write_bytes(data)
        truth = {"document": r["file"], "kind": r["kind"], "language": r["lang"], "outcome": "refuse",
                 "fields": None, "not_stated": [], "also": r.get("also", {}), "people": r.get("people", []),
                 "versions": None}
        write_truth(expected, truth)


def write_truth(expected, truth):
    text = yaml.safe_dump(truth, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (expected / f"{truth['document']}.expected.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
