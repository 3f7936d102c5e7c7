"""Generate blind178: work descriptions that carry their own revisions (tracked changes, redlines,
amendment logs, later corrections, reviewers' questions). Deterministic: run from the repository root,
/work/main/.venv/bin/python bench/import/blind178/make_blind.py"""
import copy
import re
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
import yaml  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

R = random.Random(178)
NB = "\u00a0"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
USED_NAMES = set()


def person():
    while True:
        n = f"{R.choice(T.GIVEN)} {R.choice(T.FAMILY)}"
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def initials(name):
    return "".join(w[0] for w in name.replace("-", " ").split()).upper()


# ---------------------------------------------------------------- notations
def fmt_date(d, lang, style):
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {MONTHS_FR[d.month - 1]} {d.year}", d.isoformat(), f"le {day} {MONTHS_FR[d.month - 1]} {d.year}"][style % 3]
    return [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"][style % 3]


def fmt_amount(v, lang, style):
    if lang == "fr":
        if style % 2 and v % 10000 == 0 and v >= 1000000:
            return f"{v / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " M$"
        return f"{v:,}".replace(",", NB) + " $"
    if style % 3 == 1 and v >= 1000000:
        return "$" + f"{v / 1e6:.3f}".rstrip("0").rstrip(".") + "M"
    if style % 3 == 1 and v < 1000000:
        return f"${v // 1000}K"
    if style % 3 == 2:
        return f"${v:,}.00"
    return f"${v:,}"


def fmt_fte(n, lang):
    s = f"{n:g}"
    return s.replace(".", ",") if lang == "fr" else s


def ex(level):
    return f"EX-0{level}"


# ---------------------------------------------------------------- positions
AREA_POOL = list(range(len(T.AREAS)))
R.shuffle(AREA_POOL)


def new_position(idx, lang, level):
    a = AREA_POOL[idx % len(AREA_POOL)]
    area_en, area_fr = T.AREAS[a]
    fem = R.random() < 0.5
    title = T.TITLES[level][0].format(a=area_en)
    title_fr = T.TITLES[level][2 if fem else 1].format(a=area_fr)
    dep = R.randrange(len(T.DEPTS))
    sup_level = level + 1
    sa = T.AREAS[(a + 7) % len(T.AREAS)]
    if sup_level <= 5:
        sup_title = T.TITLES[sup_level][0].format(a=sa[0])
        sup_title_fr = T.TITLES[sup_level][1].format(a=sa[1])
        sup_cls = ex(sup_level)
    else:
        sup_title, sup_title_fr, sup_cls = "Associate Deputy Minister", "Sous-ministre délégué", "DM-02"
    reports = []
    nrep = R.randint(2, 6)
    subs = list(range(len(T.SUB_AREAS)))
    R.shuffle(subs)
    for i in range(nrep):
        if level >= 2 and i < nrep - 1 and R.random() < 0.7:
            rl = R.randint(max(1, level - 2), level - 1)
            sub = T.AREAS[(a + 3 + i * 5) % len(T.AREAS)]
            rt = T.TITLES[rl][0].format(a=sub[0])
            rtf = T.TITLES[rl][1].format(a=sub[1])
            rc, fte = ex(rl), R.randint(15, 120)
        else:
            kind = R.randrange(len(T.REPORT_TITLES))
            rt = T.REPORT_TITLES[kind][0].format(a=T.SUB_AREAS[subs[i]])
            rtf = T.REPORT_TITLES[kind][1].format(a=T.SUB_AREAS_FR[subs[i]])
            rc = R.choice(T.REPORT_LEVELS)
            fte = 1 if kind in (1, 3, 7) else R.randint(4, 28)
        reports.append({"title": rt, "title_fr": rtf, "classification": rc, "fte": fte})
    # unique titles
    seen = set()
    for k, r in enumerate(reports):
        if r["title"] in seen:
            r["title"] += f", {T.SUB_AREAS[subs[-1 - k]]}"
            r["title_fr"] += f", {T.SUB_AREAS_FR[subs[-1 - k]]}"
        seen.add(r["title"])
    if R.random() < 0.12:
        reports[-1]["fte"] = None
    scale = {1: (150, 450), 2: (300, 900), 3: (600, 2200), 4: (1500, 3500), 5: (2500, 6000)}[level]
    salary = R.randrange(*scale) * 10000
    om = R.randrange(8, 140) * 10000 if R.random() < 0.6 else R.randrange(40, 990) * 1000
    p = {
        "idx": idx, "lang": lang, "level": level, "title": title, "title_fr": title_fr, "fem": fem,
        "classification": ex(level),
        "job_code": str(R.randint(100100, 109999)) if R.random() < 0.55 else None,
        "position_number": str(R.randint(10000, 99999)) if R.random() < 0.8 else None,
        "effective_date": dt.date(R.randint(2019, 2025), R.randint(1, 12), R.choice([1, 1, 15, R.randint(2, 28)])) if R.random() < 0.85 else None,
        "dept": dep,
        "supervisor": {"position_number": str(R.randint(10000, 99999)) if R.random() < 0.5 else None,
                       "title": sup_title, "title_fr": sup_title_fr, "classification": sup_cls},
        "reports": reports, "deleted_reports": [],
        "salary": salary, "o_and_m": om, "total_stated": R.random() < 0.7,
        "location": R.choice(T.PLACES) if R.random() < 0.85 else None,
        "fte_total": sum(r["fte"] or 0 for r in reports) + 1 + R.randint(0, 20),
        "incumbent": person() if R.random() < 0.6 else None,
        "approver": person(),
        "classifier": person() if R.random() < 0.5 else None,
        "reviewer": person(),
        "author": person(),
    }
    return p


FIELDS = ["classification", "report_fte", "salary", "o_and_m", "effective_date", "sup_title", "sup_cls",
          "location", "report_add", "report_del", "report_cls", "title", "position_number"]


def make_revisions(p, n):
    """Choose n changes; p holds the values in force after them, each revision its old value."""
    revs = []
    pool = [f for f in FIELDS]
    if p["effective_date"] is None:
        pool.remove("effective_date")
    if p["location"] is None:
        pool.remove("location")
    if p["position_number"] is None:
        pool.remove("position_number")
    if len(p["reports"]) < 3:
        pool.remove("report_add")
    weights = {"classification": 3, "report_fte": 4, "salary": 3, "o_and_m": 3, "effective_date": 2,
               "sup_title": 2, "sup_cls": 1, "location": 1, "report_add": 2, "report_del": 2, "report_cls": 2,
               "title": 1, "position_number": 1}
    chosen = []
    while len(chosen) < n:
        f = R.choices(pool, [weights[x] for x in pool])[0]
        if f not in chosen and not ({f, *chosen} >= {"salary", "o_and_m"} and len(chosen) > 1):
            chosen.append(f)
    for f in chosen:
        if f == "classification":
            lv = p["level"]
            old = ex(lv - 1) if lv > 1 and R.random() < 0.7 else ex(min(5, lv + 1)) if lv < 5 else ex(lv - 1)
            revs.append({"field": f, "old": old})
        elif f == "report_fte":
            cands = [i for i, r in enumerate(p["reports"]) if r["fte"] and r["fte"] > 3]
            if not cands:
                continue
            i = R.choice(cands)
            old = p["reports"][i]["fte"] + R.choice([-4, -2, -1, 2, 3, 5])
            revs.append({"field": f, "i": i, "old": old})
        elif f == "report_cls":
            i = R.randrange(len(p["reports"]))
            c = p["reports"][i]["classification"]
            g, lv = c.rsplit("-", 1)
            old = f"{g}-{int(lv) - 1:02d}" if int(lv) > 1 else f"{g}-{int(lv) + 1:02d}"
            revs.append({"field": f, "i": i, "old": old})
        elif f in ("salary", "o_and_m"):
            v = p[f]
            step = 10000 if v % 10000 == 0 else 1000
            old = v - R.choice([-1, 1]) * R.randint(3, 40) * step
            revs.append({"field": f, "old": max(old, step)})
        elif f == "effective_date":
            d = p["effective_date"]
            revs.append({"field": f, "old": dt.date(d.year - R.randint(1, 3), R.randint(1, 12), 1)})
        elif f == "sup_title":
            a = T.AREAS[(p["idx"] * 3 + 11) % len(T.AREAS)]
            lv = min(p["level"] + 1, 5)
            revs.append({"field": f, "old": T.TITLES[lv][0].format(a=a[0]), "old_fr": T.TITLES[lv][1].format(a=a[1])})
        elif f == "sup_cls":
            c = p["supervisor"]["classification"]
            if not c.startswith("EX"):
                continue
            lv = int(c[-1])
            revs.append({"field": f, "old": ex(lv + 1) if lv < 5 else ex(lv - 1)})
        elif f == "location":
            others = [pl for pl in T.PLACES if pl != p["location"]]
            revs.append({"field": f, "old": R.choice(others)})
        elif f == "report_add":
            i = R.randrange(1, len(p["reports"]))
            revs.append({"field": f, "i": i})
        elif f == "report_del":
            kind = R.choice([1, 4, 5])
            rt, rtf = T.REPORT_TITLES[kind]
            sub = T.SUB_AREAS[(p["idx"] + 5) % 12]
            subf = T.SUB_AREAS_FR[(p["idx"] + 5) % 12]
            r = {"title": rt.format(a=sub) + " (Special Projects)", "title_fr": rtf.format(a=subf) + " (projets spéciaux)",
                 "classification": R.choice(T.REPORT_LEVELS), "fte": R.randint(2, 9)}
            revs.append({"field": f, "report": r, "i": R.randrange(len(p["reports"]) + 1)})
        elif f == "title":
            revs.append({"field": f, "old": p["title"] + " and Review", "old_fr": p["title_fr"] + " et examen"})
        elif f == "position_number":
            revs.append({"field": f, "old": str(R.randint(10000, 99999))})
    added = {r["i"] for r in revs if r["field"] == "report_add"}
    return [r for r in revs if not (r["field"] in ("report_fte", "report_cls") and r["i"] in added)]


def old_state(p, revs):
    """The position as it stood before the revisions (for an earlier version's truth)."""
    q = copy.deepcopy(p)
    for r in revs:
        f = r["field"]
        if f in ("classification", "salary", "o_and_m", "effective_date", "location", "position_number"):
            q[f] = r["old"]
        elif f == "title":
            q["title"], q["title_fr"] = r["old"], r["old_fr"]
        elif f == "report_fte":
            q["reports"][r["i"]]["fte"] = r["old"]
        elif f == "report_cls":
            q["reports"][r["i"]]["classification"] = r["old"]
        elif f == "sup_title":
            q["supervisor"]["title"], q["supervisor"]["title_fr"] = r["old"], r["old_fr"]
        elif f == "sup_cls":
            q["supervisor"]["classification"] = r["old"]
    adds = [r["i"] for r in revs if r["field"] == "report_add"]
    dels = [r for r in revs if r["field"] == "report_del"]
    q["reports"] = [x for i, x in enumerate(q["reports"]) if i not in adds]
    for d in dels:
        q["reports"].insert(min(d["i"], len(q["reports"])), d["report"])
    return q


# ---------------------------------------------------------------- the document model
L = {
    "en": {"title": ["Position Title", "Title"], "cls": ["Classification", "Group and Level"], "job": ["Job Code", "Job code"],
           "pos": ["Position Number", "Position No."], "eff": ["Effective Date", "Effective date"],
           "dept": ["Department", "Organization"], "loc": ["Location", "Geographic Location"],
           "stitle": ["Supervisor's Position Title", "Reports to"], "scls": ["Supervisor's Classification", "Supervisor's Group and Level"],
           "spos": ["Supervisor's Position No.", "Supervisor's Position Number"],
           "ga": "General Accountability", "org": "Organization Structure", "dim": "Dimensions", "sa": "Specific Accountabilities",
           "ns": "Nature and Scope", "sal": "Salary", "om": "O&M", "tot": "Total", "fte": "FTEs", "reps": "The following positions report to the {t}:",
           "head": ["EXECUTIVE WORK DESCRIPTION", "Executive Group Position Description", "Work Description - Executive Group"],
           "sig": "Approved by", "incumbent": "Incumbent", "classified": "Classified by", "tfte": "Total FTEs"},
    "fr": {"title": ["Titre du poste", "Titre"], "cls": ["Classification", "Groupe et niveau"], "job": ["Code d'emploi", "Code d'emploi"],
           "pos": ["Numéro du poste", "No de poste"], "eff": ["Date d'entrée en vigueur", "En vigueur le"],
           "dept": ["Ministère", "Organisation"], "loc": ["Lieu de travail", "Lieu géographique"],
           "stitle": ["Titre du poste du superviseur", "Relève de"], "scls": ["Classification du superviseur", "Groupe et niveau du superviseur"],
           "spos": ["Numéro du poste du superviseur", "No de poste du superviseur"],
           "ga": "Responsabilités générales", "org": "Structure organisationnelle", "dim": "Dimensions", "sa": "Activités principales",
           "ns": "Nature et étendue", "sal": "Salaires", "om": "F et E", "tot": "Total", "fte": "ETP", "reps": "Les postes suivants relèvent du {t} :",
           "head": ["DESCRIPTION DE TRAVAIL DE CADRE", "Description de poste - Groupe de la direction", "Description de travail - Groupe EX"],
           "sig": "Approuvé par", "incumbent": "Titulaire", "classified": "Classifié par", "tfte": "Total des ETP"},
}
FIELD_NAMES = {"en": {"classification": "classification", "salary": "salary", "o_and_m": "O&M", "total": "total",
                      "effective_date": "effective date", "sup_title": "supervisor's title", "sup_cls": "supervisor's level",
                      "location": "location", "title": "position title", "position_number": "position number"},
               "fr": {"classification": "la classification", "salary": "les salaires", "o_and_m": "le F et E", "total": "le total",
                      "effective_date": "la date d'entrée en vigueur", "sup_title": "le titre du superviseur",
                      "sup_cls": "le niveau du superviseur", "location": "le lieu de travail", "title": "le titre du poste",
                      "position_number": "le numéro du poste"}}


class Doc:
    """Blocks: ('h', level, segs) ('kv', label, segs) ('p', segs) ('li', segs) ('table', rows of segs)."""

    def __init__(self, kind, lang, style, author, reviewer):
        self.kind, self.lang, self.style = kind, lang, style
        self.blocks = []
        self.balloons, self.log, self.corrections = [], [], []
        self.author, self.reviewer = author, reviewer
        self.ai, self.ri = initials(author), initials(reviewer)
        self.ncomment = 0

    def val(self, name, new, old, label=None):
        """Segments for a value revised from old to new, in the document's style."""
        st, fr = self.style, self.lang == "fr"
        if old is None or old == new:
            return [(new, None)]
        if st == "balloon":
            self.balloons.append(f"{'Supprimé' if fr else 'Deleted'}: {old}")
            if R.random() < 0.5:
                self.ncomment += 1
                self.balloons.append(f"{'Commentaire' if fr else 'Comment'} [{self.ai}{self.ncomment}]: "
                                     + (f"mis à jour ({name})" if fr else f"updated after the reorganization ({name})"))
            if R.random() < 0.4:
                self.balloons.append("Formatted: Font: Bold" if not fr else "Mis en forme : Police : Gras")
            return [(new, "ins")]
        if st == "inline":
            return [(f"[Deleted: {old}]" if not fr else f"[Supprimé : {old}]", None),
                    (f"[Inserted: {new}]" if not fr else f"[Inséré : {new}]", None)]
        if st == "wdiff":
            return [(f"[-{old}-] {{+{new}+}}", None)]
        if st == "strike":
            return [(old, "del"), (" ", None), (new, "ins")]
        if st == "was":
            return [(new, None), (f" (auparavant {old})" if fr else R.choice([f" (was {old})", f" [formerly {old}]"]), None)]
        if st == "log":
            self.log.append((label or name, old, new))
            return [(new, None)]
        if st in ("correction", "log_unapplied"):
            self.corrections.append((name, label or name, old, new))
            return [(old, None)]
        if st == "reviewer":
            if fr:
                q = f" [Q-{self.ri} : est-ce toujours {old}? — R-{self.ai} : non, {new} depuis la réorganisation; corrigé.]"
            else:
                q = f" [Reviewer {self.ri}: is {old} still right? — {self.ai}: No, it is {new} since the reorganization. Changed.]"
            return [(new if R.random() < 0.5 else old, None), (q, None)]
        raise ValueError(st)

    def add(self, *b):
        self.blocks.append(b)


def build(p, revs, kind, style, variant):
    """Lay the position out as blocks, the revisions written in the style."""
    lang = "en" if p["lang"] == "bi" else p["lang"]
    bi = p["lang"] == "bi"
    d = Doc(kind, lang, style, p["author"], p["reviewer"])
    lab = L[lang]
    v = variant % 2
    rv = {r["field"]: r for r in revs if r["field"] not in ("report_add", "report_del")}
    fr = lang == "fr"
    dept = T.DEPTS[p["dept"]]
    amount_style, date_style = variant % 3, (variant // 2) % 3

    def lbl(key, i=None):
        t = lab[key][v if i is None else i] if isinstance(lab[key], list) else lab[key]
        if bi:
            t = f"{t} / {L['fr'][key][v] if isinstance(L['fr'][key], list) else L['fr'][key]}"
        return t

    def old(f):
        return rv[f]["old"] if f in rv else None

    title = p["title_fr"] if fr else p["title"]
    head = lab["head"][variant % 3]
    if bi:
        head = f"{head} / {L['fr']['head'][variant % 3]}"
    d.add("h", 1, [(head, None)])
    if style in ("strike",) and kind not in ("markdown", "docx"):
        d.add("p", [("Redline: deleted text is shown in [square brackets], new text in {braces}." if not fr else
                     "Version annotée : le texte supprimé figure entre [crochets], le texte ajouté entre {accolades}.", None)])
    if style == "balloon" and kind != "docx":
        d.add("p", [(f"{'Auteur' if fr else 'Author'}: {p['author']}   |   Track Changes: ON   |   Markup: All Markup", None)])
    if style == "reviewer":
        d.add("p", [(f"DRAFT FOR REVIEW - reviewer: {p['reviewer']} ({d.ri}); author: {p['author']} ({d.ai})" if not fr else
                     f"ÉBAUCHE POUR EXAMEN - réviseur : {p['reviewer']} ({d.ri}); auteur : {p['author']} ({d.ai})", None)])
    tt = title
    ot = (rv["title"]["old_fr"] if fr else rv["title"]["old"]) if "title" in rv else None
    seg = d.val("title", tt, ot, lbl("title"))
    if bi:
        seg = seg + [(" / " + p["title_fr"], None)]
    d.add("kv", lbl("title"), seg)
    d.add("kv", lbl("cls"), d.val("classification", p["classification"], old("classification"), lbl("cls")))
    if p["job_code"]:
        d.add("kv", lbl("job"), [(p["job_code"], None)])
    if p["position_number"]:
        d.add("kv", lbl("pos"), d.val("position_number", p["position_number"], old("position_number"), lbl("pos")))
    if p["effective_date"]:
        e, oe = fmt_date(p["effective_date"], lang, date_style), old("effective_date")
        d.add("kv", lbl("eff"), d.val("effective_date", e, fmt_date(oe, lang, date_style) if oe else None, lbl("eff")))
    d.add("kv", lbl("dept"), [(dept[1] if fr else dept[0], None)])
    if p["location"]:
        li = 1 if fr else 0
        ol = old("location")
        d.add("kv", lbl("loc"), d.val("location", p["location"][li], ol[li] if ol else None, lbl("loc")))
    s = p["supervisor"]
    st = s["title_fr"] if fr else s["title"]
    ost = (rv["sup_title"]["old_fr"] if fr else rv["sup_title"]["old"]) if "sup_title" in rv else None
    d.add("kv", lbl("stitle"), d.val("sup_title", st, ost, lbl("stitle")))
    d.add("kv", lbl("scls"), d.val("sup_cls", s["classification"], old("sup_cls"), lbl("scls")))
    if s["position_number"]:
        d.add("kv", lbl("spos"), [(s["position_number"], None)])
    # general accountability
    d.add("h", 2, [(lbl("ga"), None)])
    area = T.AREAS[AREA_POOL[p["idx"] % len(AREA_POOL)]]
    d.add("p", [((T.GA_FR if fr else T.GA_EN).format(t=title if style not in ("correction", "log_unapplied") or ot is None else ot, a=area[1] if fr else area[0], d=dept[3] if fr else dept[2]), None)])
    if style == "reviewer":
        if fr:
            d.add("p", [(f"[Q-{d.ri} : faut-il mentionner la gestion des risques ici? — R-{d.ai} : oui, ajouté au point 5.]", None)])
        else:
            d.add("p", [(f"[Reviewer {d.ri}: should the salary of the {p['reports'][0]['title']} be counted here? — {d.ai}: "
                         f"no, the dimensions are unchanged on that point.]", None)])
    d.add("h", 2, [(lbl("ns"), None)])
    d.add("p", [(T.NS_FR if fr else T.NS_EN, None)])
    # organization
    d.add("h", 2, [(lbl("org"), None)])
    restated = style not in ("correction", "log_unapplied")
    pst = st if restated or ost is None else ost
    ptitle = title if restated or ot is None else ot
    d.add("p", [((f"Le ou la titulaire relève du {pst}." if fr else f"The {ptitle} reports to the {pst}."), None)])
    d.add("p", [(lab["reps"].format(t=ptitle), None)])
    adds = {r["i"]: r for r in revs if r["field"] == "report_add"}
    dels = [r for r in revs if r["field"] == "report_del"]
    rows = []
    fte_w = lab["fte"]
    for i, r in enumerate(p["reports"] + [None]):
        for dl in dels:
            if dl["i"] == i:
                rr = dl["report"]
                t = f"{rr['title_fr'] if fr else rr['title']} ({rr['classification']}, {rr['fte']} {fte_w})"
                rows.append(("del", t, rr))
        if r is None:
            break
        rows.append(("add" if i in adds else "keep", i, r))
    table_rows = []
    for mode, i, r in rows:
        if mode == "del":
            t = i
            if style == "balloon":
                d.balloons.append(f"{'Supprimé' if fr else 'Deleted'}: {t}")
                continue
            if style == "inline":
                d.add("li", [(f"[Deleted: {t}]" if not fr else f"[Supprimé : {t}]", None)])
            elif style == "wdiff":
                d.add("li", [(f"[-{t}-]", None)])
            elif style == "strike":
                d.add("li", [(t, "del")])
            elif style == "was":
                d.add("li", [(t + (" — abolished" if not fr else " — aboli"), None)])
            elif style == "log":
                d.log.append(((r["title_fr"] if fr else r["title"]), "présent" if fr else "reports to the position", "aboli" if fr else "abolished"))
            elif style in ("correction", "log_unapplied"):
                d.add("li", [(t, None)])
                d.corrections.append(("report_del", r["title_fr"] if fr else r["title"], None, None))
            elif style == "reviewer":
                d.add("li", [(t, None), (f" [Reviewer {d.ri}: this unit was abolished in the spring, wasn't it? — {d.ai}: yes, delete.]" if not fr
                                         else f" [Q-{d.ri} : cette unité n'a-t-elle pas été abolie? — R-{d.ai} : oui, à supprimer.]", None)])
            continue
        rt = r["title_fr"] if fr else r["title"]
        ri = {x["field"]: x for x in revs if x.get("i") == i and x["field"] in ("report_fte", "report_cls")}
        cls_seg = d.val("report_cls", r["classification"], ri["report_cls"]["old"] if "report_cls" in ri else None, f"{rt} ({lab['cls'][0]})")
        if r["fte"] is None:
            fte_seg = None
        else:
            fte_seg = d.val("report_fte", fmt_fte(r["fte"], lang), fmt_fte(ri["report_fte"]["old"], lang) if "report_fte" in ri else None,
                            f"{rt} ({fte_w})")
        if mode == "add" and style in ("correction", "log_unapplied"):
            d.corrections.append(("report_add", rt, r, None))
            continue
        segs = [(rt, None), (" (", None)] + cls_seg + ([(", ", None)] + fte_seg + [(f" {fte_w[:-1] if r['fte'] == 1 and not fr else fte_w}", None)] if fte_seg else []) + [(")", None)]
        if mode == "add":
            if style == "balloon":
                segs = [(s_, "ins") for s_, _ in segs]
                d.balloons.append("Formatted: Indent: Left: 0.25\"" if not fr else "Mis en forme : Retrait : Gauche : 0,63 cm")
            elif style == "inline":
                segs = [("[Inserted: " if not fr else "[Inséré : ", None)] + segs + [("]", None)]
            elif style == "wdiff":
                segs = [("{+", None)] + segs + [("+}", None)]
            elif style == "strike":
                segs = [(s_, "ins") for s_, _ in segs]
                if kind not in ("markdown", "docx"):
                    segs = [("{", None)] + segs + [("}", None)]
            elif style == "was":
                segs = segs + [(" — new" if not fr else " — nouveau", None)]
            elif style == "log":
                d.log.append((rt, "—", "ajouté" if fr else "added"))
            elif style == "reviewer":
                segs = segs + [(f" [Reviewer {d.ri}: new? — {d.ai}: yes, created in April.]" if not fr else f" [Q-{d.ri} : nouveau? — R-{d.ai} : oui, créé en avril.]", None)]
        table_rows.append(segs)
        d.add("li", segs)
    # dimensions
    d.add("h", 2, [(lbl("dim"), None)])
    d.add("kv", lbl("tfte"), [(fmt_fte(p["fte_total"], lang), None)])
    for key, f in (("sal", "salary"), ("om", "o_and_m")):
        o = old(f)
        d.add("kv", lbl(key), d.val(f, fmt_amount(p[f], lang, amount_style), fmt_amount(o, lang, amount_style) if o else None, lbl(key)))
    if p["total_stated"]:
        tot = p["salary"] + p["o_and_m"]
        otot = (old("salary") or p["salary"]) + (old("o_and_m") or p["o_and_m"])
        d.add("kv", lbl("tot"), d.val("total", fmt_amount(tot, lang, amount_style),
                                     fmt_amount(otot, lang, amount_style) if otot != tot else None, lbl("tot")))
    d.add("h", 2, [(lbl("sa"), None)])
    for i, a in enumerate(T.SA_FR if fr else T.SA_EN):
        d.add("li", [(f"{i + 1}. {a}", None)])
    # closing: logs, corrections, signatures
    if style == "log":
        year = (p["effective_date"] or dt.date(2023, 4, 1)).year
        oldyear = year - R.randint(2, 5)
        d.add("h", 2, [((f"Modifications depuis la version de {oldyear}" if fr else f"Changes since the {oldyear} version"), None)])
        hdr = ["Élément", f"Version {oldyear}", "En vigueur"] if fr else ["Item", f"{oldyear} version", "Now"]
        d.add("table", [[[(h, None)] for h in hdr]] + [[[(str(a), None)], [(str(b), None)], [(str(c), None)]] for a, b, c in d.log])
    if style in ("correction", "log_unapplied") and d.corrections:
        if style == "log_unapplied":
            d.add("h", 2, [("Registre des modifications" if fr else "Amendment Log", None)])
            d.add("p", [("Les modifications ci-dessous sont en vigueur; le texte ci-dessus n'a pas été mis à jour." if fr else
                         "The amendments below are in force; the text above has not been restated.", None)])
        for n, (f, label, o, nw) in enumerate(d.corrections, 1):
            when = fmt_date(dt.date(2024, (n * 3) % 12 + 1, 10), lang, 0)
            if f == "report_add":
                r = label
                txt = (f"Correction ({when}) : ajouter {r} ({o['classification']}, {o['fte']} ETP), omis ci-dessus." if fr else
                       f"Correction ({when}): add {r} ({o['classification']}, {o['fte'] if o['fte'] else 'n/a'} FTEs), omitted above.") if style == "correction" else \
                      (f"Modification {n} ({when}) : création du poste {r} ({o['classification']}, {o['fte']} ETP), qui relève du poste." if fr else
                       f"Amendment {n} ({when}): new position {r} ({o['classification']}, {o['fte'] if o['fte'] else 'n/a'} FTEs) now reports to this position.")
            elif f == "report_del":
                txt = (f"Correction ({when}) : le poste {label} a été aboli et ne relève plus du poste." if fr else
                       f"Correction ({when}): the {label} position was abolished and no longer reports to this position.") if style == "correction" else \
                      (f"Modification {n} ({when}) : abolition du poste {label}." if fr else f"Amendment {n} ({when}): the {label} position is abolished.")
            elif f == "report_fte":
                rt = label.rsplit(" (", 1)[0]
                txt = (f"Correction : {rt} — lire {nw} ETP au lieu de {o} partout." if fr else
                       R.choice([f"Correction: {rt} - read {nw} FTEs for {o} throughout.", f"Correction ({when}): the {rt} has {nw} FTEs, not {o}."])) if style == "correction" else \
                      (f"Modification {n} ({when}) : {rt} passe de {o} à {nw} ETP." if fr else f"Amendment {n} ({when}): {rt} increased/changed from {o} to {nw} FTEs.")
            elif f == "report_cls":
                rt = label.rsplit(" (", 1)[0]
                txt = (f"Correction : {rt} est classifié {nw}, non {o}." if fr else f"Correction: the {rt} is classified {nw}, not {o}.") if style == "correction" else \
                      (f"Modification {n} ({when}) : {rt} reclassifié de {o} à {nw}." if fr else f"Amendment {n} ({when}): {rt} reclassified from {o} to {nw}.")
            else:
                fn = FIELD_NAMES[lang][f]
                txt = (f"Correction : {fn} est {nw}, et non {o}." if fr else f"Correction: the {fn} is {nw}, not {o}.") if style == "correction" else \
                      (f"Modification {n} ({when}) : {fn} : {o} → {nw}." if fr else f"Amendment {n} ({when}): {fn} changed from {o} to {nw}.")
            d.add("p", [(txt, None)])
    d.add("h", 2, [("Signatures", None)])
    if p["incumbent"]:
        d.add("kv", lab["incumbent"], [(p["incumbent"], None)])
    d.add("kv", lab["sig"], [(p["approver"], None)])
    if p["classifier"]:
        d.add("kv", lab["classified"], [(p["classifier"], None)])
    if style == "balloon":
        d.balloons.append(f"{'Commentaire' if fr else 'Comment'} [{d.ri}{d.ncomment + 1}]: "
                          + ("Veuillez confirmer les dimensions avec les Finances." if fr else "Please confirm the dimensions with Finance before signature."))
    return d


# ---------------------------------------------------------------- serializers
def seg_text(segs, kind, style):
    out = []
    for t, m in segs:
        if m == "del":
            out.append(f"~~{t}~~" if kind == "markdown" else f"[{t}]")
        elif m == "ins" and style == "strike" and kind != "markdown":
            out.append(t if t.startswith("{") or t.endswith("}") else f"{{{t}}}")
        else:
            out.append(t)
    return "".join(out)


def to_text(d, kind, align=34):
    lines = []
    for b in d.blocks:
        if b[0] == "h":
            t = seg_text(b[2], kind, d.style)
            if kind == "markdown":
                lines += ["", "#" * b[1] + " " + t, ""]
            else:
                lines += ["", t.upper() if b[1] == 2 else t, ""]
        elif b[0] == "kv":
            v = seg_text(b[2], kind, d.style)
            if kind == "markdown":
                lines.append(f"- **{b[1]}:** {v}")
            else:
                lines.append(f"{b[1] + ':':<{align}} {v}")
        elif b[0] == "p":
            lines += ["", seg_text(b[1], kind, d.style), ""]
        elif b[0] == "li":
            lines.append(("- " if kind == "markdown" or not b[1][0][0][:1].isdigit() else "") + seg_text(b[1], kind, d.style))
        elif b[0] == "table":
            rows = [[seg_text(c, kind, d.style) for c in row] for row in b[1]]
            if kind == "markdown":
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
                lines += ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
            lines.append("")
    if d.balloons:
        lines += ["", "-" * 60, ("Bulles de révision (marge)" if d.lang == "fr" else "Markup balloons (margin)"), ""]
        lines += [f"  {b}" for b in d.balloons]
    out, blank = [], False
    for ln in lines:
        if ln.strip() == "":
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


SUBS = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr(text, strength, header, rnd):
    rate = {1: 0.12, 2: 0.3, 3: 0.5}[strength]
    out_lines = []
    for ln in text.split("\n"):
        if len(ln) > 74 and not ln.startswith(" ") and not re.match(r"^[^:]{2,45}:\s{2,}", ln):
            words, cur = ln.split(" "), ""
            for w in words:
                if len(cur) + len(w) + 1 > 72:
                    if len(w) > 7 and rnd.random() < 0.5:
                        cut = len(w) // 2
                        out_lines.append((cur + " " + w[:cut] + "-").strip())
                        cur = w[cut:]
                    else:
                        out_lines.append(cur.strip())
                        cur = w
                else:
                    cur += " " + w
            out_lines.append(cur.strip())
        else:
            out_lines.append(ln)
    res = []
    for ln in out_lines:
        s = []
        for i, c in enumerate(ln):
            if c in SUBS and rnd.random() < rate:
                c = SUBS[c] if c != "1" else rnd.choice("lI")
            elif c == "m" and strength > 1 and rnd.random() < 0.08:
                c = "rn"
            elif c in "éèà" and rnd.random() < rate:
                c = {"é": "e", "è": "e", "à": "a"}[c]
            elif c == " " and strength > 1 and rnd.random() < 0.02 * strength:
                c = ""
            elif c == "e" and strength == 3 and rnd.random() < 0.02:
                c = "c"
            s.append(c)
        res.append("".join(s))
    pages, page = [], []
    for ln in res:
        page.append(ln)
        if len(page) >= 48:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    out = []
    for n, pg in enumerate(pages, 1):
        foot = f"Page {n} of {len(pages)}" if n % 2 else f"- {n} -"
        out.append("\n".join([header, ""] + pg + ["", foot]))
    return "\n\f".join(out) + "\n"


def to_pdf(text):
    lines = text.replace("\u2192", "->").replace("\u2014", "-").split("\n")
    wrapped = []
    for ln in lines:
        while len(ln) > 100:
            cut = ln.rfind(" ", 0, 100)
            cut = cut if cut > 20 else 100
            wrapped.append(ln[:cut])
            ln = "    " + ln[cut:].lstrip()
        wrapped.append(ln)
    pages = ["\n".join(wrapped[i:i + 66]) for i in range(0, len(wrapped), 66)]
    return pdf_bytes(pages)


def fixed_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_docx(d, author):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1

    def runs(par, segs):
        for t, m in segs:
            r = par.add_run(t)
            if m == "del":
                r.font.strike = True
            elif m == "ins" and d.style in ("strike", "balloon"):
                r.font.underline = True

    kv_rows = []

    def flush():
        if kv_rows:
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in kv_rows:
                c = tb.add_row().cells
                c[0].text = k
                runs(c[1].paragraphs[0], v)
            kv_rows.clear()

    for b in d.blocks:
        if b[0] == "kv":
            kv_rows.append((b[1], b[2]))
            continue
        flush()
        if b[0] == "h":
            h = doc.add_heading(level=b[1])
            runs(h, b[2])
        elif b[0] == "p":
            runs(doc.add_paragraph(), b[1])
        elif b[0] == "li":
            par = doc.add_paragraph(style="List Bullet" if not b[1][0][0][:1].isdigit() else None)
            runs(par, b[1])
        elif b[0] == "table":
            tb = doc.add_table(rows=0, cols=len(b[1][0]))
            tb.style = "Table Grid"
            for row in b[1]:
                cells = tb.add_row().cells
                for c, segs in zip(cells, row):
                    runs(c.paragraphs[0], segs)
    flush()
    if d.balloons:
        doc.add_paragraph()
        doc.add_paragraph("Comments" if d.lang != "fr" else "Commentaires").runs[0].font.size = Pt(8)
        for bl in d.balloons:
            doc.add_paragraph(bl).runs[0].font.size = Pt(8)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


# ---------------------------------------------------------------- truths
def truth(p, name, kind, outcome="import", also=None, people=None, versions=None, revs=(), style=None):
    if outcome == "refuse":
        t = {"document": name, "kind": kind, "language": p, "outcome": "refuse", "fields": None, "not_stated": None,
             "also": also or {}, "people": people or [], "versions": None}
        return t
    fr = p["lang"] == "fr"
    s = p["supervisor"]
    f = {
        "title": p["title_fr"] if fr else p["title"],
        "classification": p["classification"],
        "job_code": p["job_code"],
        "position_number": p["position_number"],
        "effective_date": p["effective_date"],
        "supervisor": {"position_number": s["position_number"], "title": s["title_fr"] if fr else s["title"],
                       "classification": s["classification"]},
        "direct_reports": [{"title": r["title_fr"] if fr else r["title"], "classification": r["classification"], "fte": r["fte"]}
                           for r in p["reports"]] or None,
        "salary": p["salary"], "o_and_m": p["o_and_m"],
        "total": p["salary"] + p["o_and_m"] if p["total_stated"] else None,
        "location": (p["location"][1] if fr else p["location"][0]) if p["location"] else None,
    }
    ns = [k for k in ("job_code", "position_number", "effective_date", "total", "location") if f[k] is None]
    if s["position_number"] is None:
        ns.append("supervisor.position_number")
    dep = T.DEPTS[p["dept"]]
    a = {"department": dep[1] if fr else dep[0], "fte": p["fte_total"]}
    if p["lang"] == "bi":
        a["title_fr"] = p["title_fr"]
        a["supervisor_title_fr"] = s["title_fr"]
    if style and revs:
        a["revision_style"] = {"balloon": "tracked changes, deletions in margin balloons", "inline": "tracked changes inline [Deleted:]/[Inserted:]",
                               "wdiff": "word diff [-old-] {+new+}", "strike": "redline, old struck or in [brackets]",
                               "was": "new value with (was old)", "log": "changes table, body updated",
                               "log_unapplied": "amendment log in force, body not restated",
                               "correction": "corrections written later in the text", "reviewer": "reviewer's questions inline"}[style]
        a["revised_fields"] = sorted({r["field"] for r in revs})
        a["values_before_revision"] = {r["field"] + (f"[{r['i']}]" if "i" in r and r["field"] != "report_del" else ""):
                                       (r["old"] if "old" in r else (r["report"]["title"] if "report" in r else "absent"))
                                       for r in revs}
        for k, vv in list(a["values_before_revision"].items()):
            if isinstance(vv, tuple):
                a["values_before_revision"][k] = vv[1] if fr else vv[0]
    a.update(also or {})
    return {"document": name, "kind": kind, "language": p["lang"], "outcome": outcome, "fields": f, "not_stated": ns,
            "also": a, "people": people, "versions": versions}


def people_of(p, style, kind):
    out = [x for x in (p["incumbent"], p["approver"], p["classifier"]) if x]
    if style in ("balloon", "reviewer") or kind == "docx":
        out.append(p["author"])
    if style == "reviewer":
        out.append(p["reviewer"])
    return out


STYLES = {"ocr": ["strike", "was", "correction", "log_unapplied", "reviewer", "inline", "balloon", "log"],
          "text": ["wdiff", "inline", "was", "correction", "log", "reviewer", "balloon"],
          "text-cp1252": ["was", "correction", "inline", "log_unapplied", "reviewer"],
          "markdown": ["strike", "was", "log", "correction", "reviewer"],
          "docx": ["strike", "balloon", "was", "log", "correction", "log_unapplied", "reviewer", "strike"],
          "pdf": ["balloon", "inline", "strike", "log", "correction", "was", "balloon", "log_unapplied"]}
EXT = {"ocr": ".txt", "text": ".txt", "text-cp1252": ".txt", "markdown": ".md", "docx": ".docx", "pdf": ".pdf"}


def filename(p, kind, style, n):
    t = p["title_fr"] if p["lang"] == "fr" else p["title"]
    pn = p["position_number"] or "NEW"
    fr = p["lang"] == "fr"
    opts = {
        "balloon": [f"{t} - tracked changes", f"{t} DRAFT (markup)", f"{pn} {t} - suivi des modifications" if fr else f"{pn} {t} - Track Changes"],
        "inline": [f"{t} - with changes", f"WD {pn} - {t} (revised)"],
        "wdiff": [f"{t} diff", f"{t} - compare"],
        "strike": [f"{t} REDLINE", f"{t} (redline) v2", f"{t} - version annotée" if fr else f"{t} - redlined"],
        "was": [f"{t}", f"{t} (1)", f"{t}_final"],
        "log": [f"{t} - updated {2020 + n % 5}", f"{t} (amended)" if not fr else f"{t} (modifiée)"],
        "log_unapplied": [f"{t} - amendments", f"{t} - signed" if not fr else f"{t} - signé"],
        "correction": [f"{t} - corrected", f"{t}, corrigée" if fr else f"{t}, v3 corrected"],
        "reviewer": [f"{t} DRAFT - review comments", f"{t} ÉBAUCHE - questions" if fr else f"{t} - for review (MG)"],
    }[style]
    base = opts[n % len(opts)]
    if kind == "ocr":
        base = f"scan_{20240000 + 311 * n + 17} {base}" if n % 2 else f"{base} (scanned)"
    return base + EXT[kind]


def render(d, p, kind, n):
    if kind == "docx":
        return to_docx(d, p["author"])
    text = to_text(d, "markdown" if kind == "markdown" else "text")
    if kind == "pdf":
        return to_pdf(text)
    if kind == "text-cp1252":
        t = text.replace("'", "\u2019").replace("\n", "\r\n")
        return t.encode("cp1252", errors="replace")
    if kind == "ocr":
        acr = T.DEPTS[p["dept"]][3 if p["lang"] == "fr" else 2]
        header = f"{acr} - {'Description de travail' if p['lang'] == 'fr' else 'Executive Work Description'}"
        strength = 1 + n % 3
        return ocr(text, strength, header, random.Random(n)).encode("utf-8")
    return text.encode("utf-8")


def main():
    out_c, out_e = HERE / "corpus", HERE / "expected"
    for o in (out_c, out_e):
        if o.exists():
            shutil.rmtree(o)
        o.mkdir()
    files = {}

    def emit(name, data, t):
        assert name not in files, name
        files[name] = (data, t)

    kinds = ["ocr"] * 8 + ["docx"] * 8 + ["pdf"] * 8 + ["text"] * 7 + ["markdown"] * 5 + ["text-cp1252"] * 5
    langs = ["en"] * 28 + ["fr"] * 9 + ["bi"] * 4
    R.shuffle(kinds)
    R.shuffle(langs)
    counters = {k: 0 for k in STYLES}
    for n, (kind, lang) in enumerate(zip(kinds, langs)):
        level = R.choices([1, 2, 3, 4, 5], [12, 10, 9, 6, 4])[0]
        p = new_position(n, lang, level)
        style = STYLES[kind][counters[kind] % len(STYLES[kind])]
        counters[kind] += 1
        revs = make_revisions(p, R.choice([1, 2, 2, 2, 3]))
        d = build(p, revs, kind, style, n)
        name = filename(p, kind, style, n)
        also = {}
        if kind == "ocr":
            also["damage"] = ["light", "medium", "heavy"][n % 3]
        emit(name, render(d, p, kind, n), truth(p, name, kind, also=also, people=people_of(p, style, kind), revs=revs, style=style))
    # versions 1: a tracked-changes draft (PDF) and the signed Word copy, later effective date
    n = 41
    p = new_position(n, "en", 2)
    p["effective_date"] = dt.date(2024, 4, 1)
    revs = make_revisions(p, 3)
    draft = copy.deepcopy(p)
    draft["effective_date"] = dt.date(2024, 1, 15)
    revs_d = [r for r in revs if r["field"] != "effective_date"]
    a_name = f"{p['title']} DRAFT - tracked changes.pdf"
    b_name = f"{p['title']} - signed.docx"
    vers = {"documents": [a_name, b_name], "newest": b_name, "same_text": False,
            "note": "the draft's tracked changes accepted; the signed copy is effective 2024-04-01, the draft 2024-01-15"}
    emit(a_name, render(build(draft, revs_d, "pdf", "balloon", n), draft, "pdf", n),
         truth(draft, a_name, "pdf", people=people_of(draft, "balloon", "pdf"), versions=vers, revs=revs_d, style="balloon"))
    emit(b_name, render(build(p, [], "docx", "clean", n + 1), p, "docx", n + 1),
         truth(p, b_name, "docx", people=people_of(p, "clean", "docx"), versions=vers))
    # versions 2: a 2019 scan (old values) and the amended Markdown with a changes table
    n = 43
    p = new_position(n, "fr", 3)
    p["effective_date"] = dt.date(2023, 6, 1)
    revs = make_revisions(p, 3)
    oldp = old_state(p, revs)
    oldp["effective_date"] = dt.date(2019, 9, 3)
    for r in revs:
        if r["field"] == "effective_date":
            r["old"] = oldp["effective_date"]
    a_name = f"scan_2019 {p['title_fr']} (2019).txt"
    b_name = f"{p['title_fr']} - modifiée 2023.md"
    vers = {"documents": [a_name, b_name], "newest": b_name, "same_text": False,
            "note": "2023 amendment: " + ", ".join(sorted({r['field'] for r in revs})) + " changed; the newer file lists them in a changes table"}
    emit(a_name, render(build(oldp, [], "ocr", "clean", n), oldp, "ocr", n),
         truth(oldp, a_name, "ocr", also={"damage": "heavy"}, people=people_of(oldp, "clean", "ocr"), versions=vers))
    emit(b_name, render(build(p, revs, "markdown", "log", n + 1), p, "markdown", n + 1),
         truth(p, b_name, "markdown", people=people_of(p, "log", "markdown"), versions=vers, revs=revs, style="log"))
    # to refuse
    refuse(emit)
    for name, (data, t) in sorted(files.items()):
        (out_c / name).write_bytes(data)
        (out_e / (name + ".expected.yaml")).write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(len(files), "documents")


def refuse(emit):
    # 1. a comparison report between two versions, no description in force
    a, b = person(), person()
    lines = ["Document Comparison Report", "",
             "Original document:  WD 48213 Executive Director, Fleet Management v3.docx",
             "Modified document:  WD 48213 Executive Director, Fleet Management v4.docx",
             f"Compared by: {a}      Date: 2024-05-06 14:12", "",
             "Summary: 17 changes (9 insertions, 6 deletions, 2 moves)", "",
             "Page 1  Deleted   'EX-02'                       Inserted 'EX-03'",
             "Page 1  Deleted   'Director General, Fleet and Assets'  Inserted 'Assistant Deputy Minister, Corporate Services'",
             "Page 2  Deleted   '14 FTEs'                     Inserted '17 FTEs'",
             "Page 2  Inserted 'Manager, Fleet Analytics (EC-06, 5 FTEs)'",
             "Page 3  Deleted   '$2,410,000'                  Inserted '$2,655,000'",
             "Page 3  Deleted   'O&M: $310K'                  Inserted 'O&M: $295K'",
             "Page 3  Moved     'Specific Accountabilities 4' to 'Specific Accountabilities 2'",
             "Page 4  Formatting changes only (8)", "",
             "This report lists differences only. It is not a work description and the text of neither version is reproduced.",
             f"Prepared for: {b}, Classification Advisor"]
    name = "Comparison - WD 48213 v3 vs v4.pdf"
    emit(name, pdf_bytes(["\n".join(lines)]), truth("en", name, "pdf", "refuse",
         also={"what": "a comparison report between two versions of a work description; no description in force"}, people=[a, b]))
    # 2. a reviewer's comments sheet alone
    r1, r2 = person(), person()
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by = r1, r1
    cp.created = cp.modified = dt.datetime(2024, 1, 1)
    doc.add_heading("Classification Review - Comments Sheet", 1)
    doc.add_paragraph(f"Work description under review: Director, Case Management (EX-01), position 60417. Reviewer: {r1}. Author: {r2}.")
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["#", "Section", "Comment", "Author's response"]):
        c.text = h
    rows = [("1", "Identification", "Group and level shown as EX-01; the org chart shows EX-02. Which is right?", "EX-01 confirmed."),
            ("2", "Organization Structure", "Manager, Intake listed at 12 FTEs; staffing report shows 14.", "Will be 14 after April."),
            ("3", "Dimensions", "Salary $1,840,000 does not agree with the financial system ($1,905,000).", "To be confirmed with Finance."),
            ("4", "Specific Accountabilities", "Item 3 duplicates item 5.", "Agreed, merged."),
            ("5", "General", "Please add the effective date and supervisor's position number.", "")]
    for row in rows:
        for c, t in zip(tb.add_row().cells, row):
            c.text = t
    buf = io.BytesIO()
    doc.save(buf)
    name = "Comments - Director, Case Management (reviewer).docx"
    emit(name, fixed_zip(buf.getvalue()), truth("en", name, "docx", "refuse",
         also={"what": "a reviewer's comments sheet alone, no work description"}, people=[r1, r2]))
    # 3. a memo about a reclassification (cp1252, CRLF)
    m1, m2 = person(), person()
    memo = (f"MEMORANDUM\n\nTO:      {m1}, Director General, Human Resources\nFROM:    {m2}, Manager, Executive Classification\n"
            "DATE:    March 4, 2024\nSUBJECT: Reclassification of position 37152 \u2013 Director, Grants Processing\n\n"
            "The committee\u2019s review of the revised work description is complete. The position is confirmed at EX-01 "
            "(it was proposed at EX-02). The O&M figure in the draft ($410K) is to read $385K; the salary envelope of "
            "$2.1M is unchanged.\n\nPlease have the manager sign the corrected description and return it by March 29.\n\n"
            f"{m2}\n")
    name = "Memo - reclassification 37152 \u2013 decision.txt"
    emit(name, memo.replace("\n", "\r\n").encode("cp1252"), truth("en", name, "text-cp1252", "refuse",
         also={"what": "a memorandum about a reclassification decision"}, people=[m1, m2]))
    # 4. a scan without a text layer
    name = "scan_20240311_0912.pdf"
    emit(name, pdf_bytes(["", ""]), truth("en", name, "pdf", "refuse", also={"what": "a two-page scan without a text layer"}, people=[]))
    # 5. minutes of a classification committee, OCR'd, French
    c1, c2, c3 = person(), person(), person()
    mins = (f"PROCÈS-VERBAL - Comité de classification des cadres\nRéunion du 14 février 2024, 13 h 30\n\n"
            f"Présents : {c1} (présidente), {c2}, {c3}\n\n"
            "1. Poste 55208 - Directeur, Analyse des données (EX-01). Le comité confirme le niveau EX-01; la version "
            "annotée proposait EX-02. Les ETP passent de 22 à 25.\n"
            "2. Poste 49930 - Directrice générale, Services aux clients (EX-03). Reporté; la description de travail "
            "doit être corrigée (F et E : 610 000 $, et non 560 000 $).\n"
            "3. Varia. Prochaine réunion le 13 mars 2024.\n\n"
            f"Procès-verbal rédigé par {c3}.\n")
    name = "PV comité classification 2024-02-14 (numérisé).txt"
    emit(name, ocr(mins, 2, "Comité de classification - procès-verbal", random.Random(999)).encode("utf-8"),
         truth("fr", name, "ocr", "refuse", also={"what": "minutes of a classification committee", "damage": "medium"},
               people=[c1, c2, c3]))


if __name__ == "__main__":
    main()
