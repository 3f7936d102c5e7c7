"""Generate blind corpus 173: the top and the past (ADMs, heads of agencies, GIC posts; old typed scans).

Run from the repository root: python bench/import/blind173/make_blind.py
Writes corpus/ and expected/ beside this file, the same bytes on every run.
"""
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

import docx  # noqa: E402
import yaml  # noqa: E402
from docx.shared import Pt  # noqa: E402

from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402

rng = random.Random(173)
NBSP = "\u00a0"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
_used_names = set()


def person():
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in _used_names:
            _used_names.add(n)
            return n


# ---------------------------------------------------------------- notations
def fmt_date(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "yymmdd":
        return f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}"
    if style == "fr":
        return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"
    raise ValueError(style)


def _group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_amt(v, style):
    if v is None:
        return ""
    if style == "full":
        return f"${v:,}"
    if style == "M":  # $38.4M / $1.2B for billions
        if v >= 1_000_000_000:
            return f"${v / 1e9:.1f}B".replace(".0B", "B")
        return f"${v / 1e6:.1f}M".replace(".0M", "M")
    if style == "frM":  # 38,4 M$ ; 1 200 M$
        m = v / 1e6
        if m >= 1000:
            return f"{_group(int(round(m)), ' ')} M$"
        return f"{m:.1f}".replace(".", ",").replace(",0", "") + " M$"
    if style == "frfull":
        return f"{_group(v, NBSP)} $"
    if style == "K":  # old typed: 4 215K, no $ sign
        return f"{_group(v // 1000, ' ')}K"
    if style == "Kc":
        return f"{v // 1000:,}K"
    raise ValueError(style)


def fmt_cls(c, style):
    if c is None:
        return ""
    if style == "space":
        return c.replace("-", " ")
    return c


def norm_cls(c):
    """The truth's form: group as written, level zero-padded (EX-1 -> EX-01, PM-6 -> PM-06, SM stays SM)."""
    if c is None or "-" not in c:
        return c
    g, lvl = c.rsplit("-", 1)
    return f"{g}-{int(lvl):02d}"


# ---------------------------------------------------------------- positions
ADM_CLS = ["EX-04", "EX-05"]
TOPIC_POOL = [t for t in T.ADM_TOPICS if t[0] != "Regional Operations"]
rng.shuffle(TOPIC_POOL)
AGENCY_POOL = list(T.AGENCIES)
rng.shuffle(AGENCY_POOL)


def mk_reports(n, lang_fr, cls_pool, fte_range, topics_from=T.DG_TOPICS, head="Director General",
               head_fr="Directeur général", fte_none=0):
    tops = rng.sample(topics_from, n)
    out = []
    for i, (en, fr) in enumerate(tops):
        fte = rng.randint(*fte_range)
        if i < fte_none:
            fte = None
        out.append(dict(title=f"{head}, {en}", title_fr=f"{head_fr}, {fr}", cls=rng.choice(cls_pool), fte=fte))
    return out


def money(lo, hi, step=100_000):
    return rng.randint(lo // step, hi // step) * step


def position(role, lang, era="modern", dept=None):
    """role: adm, sadm, assocadm, dm, assocdm, agency, lc, old"""
    d = dept or rng.choice(T.DEPTS)
    place = rng.choice(T.PLACES[:2]) if role != "old" else rng.choice(T.PLACES)
    p = dict(role=role, lang=lang, era=era, dept=d[0], dept_fr=d[1], dept_abbr=d[2],
             location=place[0], location_fr=place[1], gc=None, vote=None, people=[], fte=None)
    topic = TOPIC_POOL.pop() if TOPIC_POOL and role in ("adm", "sadm", "assocadm", "lc", "old") else rng.choice(T.ADM_TOPICS)
    if role in ("adm", "sadm", "assocadm"):
        pref = {"adm": ("Assistant Deputy Minister", "Sous-ministre adjoint"),
                "sadm": ("Senior Assistant Deputy Minister", "Sous-ministre adjoint principal"),
                "assocadm": ("Associate Assistant Deputy Minister", "Sous-ministre adjoint délégué")}[role]
        p["title"], p["title_fr"] = f"{pref[0]}, {topic[0]}", f"{pref[1]}, {topic[1]}"
        p["cls"] = {"adm": "EX-04", "sadm": "EX-05", "assocadm": rng.choice(["EX-04", "EX-04", "EX-05"])}[role]
        p["sup"] = dict(title="Deputy Minister", title_fr="Sous-ministre", cls=rng.choice(["DM-03", "DM-02", None]),
                        posno=rng.choice([None, str(rng.randint(10000, 99999))]))
        if role == "assocadm":
            p["sup"] = dict(title=f"Senior Assistant Deputy Minister, {topic[0]}",
                            title_fr=f"Sous-ministre adjoint principal, {topic[1]}", cls="EX-05",
                            posno=str(rng.randint(10000, 99999)))
        p["reports"] = mk_reports(rng.randint(4, 7), lang == "fr", ["EX-03"] * 6 + ["EX-02"], (35, 640))
        p["salary"] = money(18_000_000, 96_000_000)
        p["om"] = money(4_000_000, 48_000_000)
        if rng.random() < 0.6:
            p["gc"] = rng.choice([1_200_000_000, 2_400_000_000, 350_000_000, 640_000_000, 1_850_000_000])
    elif role in ("dm", "assocdm"):
        if role == "dm":
            p["title"], p["title_fr"], p["cls"] = "Deputy Minister", "Sous-ministre", rng.choice(["DM-02", "DM-03"])
            p["sup"] = dict(title=f"Minister of {d[0].replace(' Canada', '').replace('Department of ', '')}",
                            title_fr="Ministre", cls=None, posno=None)
        else:
            p["title"], p["title_fr"], p["cls"] = "Associate Deputy Minister", "Sous-ministre délégué", "DM-01"
            p["sup"] = dict(title="Deputy Minister", title_fr="Sous-ministre", cls=rng.choice(["DM-02", "DM-03"]),
                            posno=str(rng.randint(10000, 99999)))
        reps = []
        for en, fr in rng.sample(T.ADM_TOPICS, rng.randint(4, 6)):
            reps.append(dict(title=f"Assistant Deputy Minister, {en}", title_fr=f"Sous-ministre adjoint, {fr}",
                             cls=rng.choice(ADM_CLS), fte=rng.randint(300, 2400)))
        p["reports"] = reps
        p["salary"] = money(250_000_000, 900_000_000, 1_000_000)
        p["om"] = money(80_000_000, 400_000_000, 1_000_000)
        p["gc"] = rng.choice([3_400_000_000, 1_200_000_000, 6_800_000_000])
    elif role == "agency":
        a = AGENCY_POOL.pop()
        p["title"], p["title_fr"], p["cls"] = a
        p["sup"] = dict(title="Minister responsible", title_fr="Ministre responsable", cls=None, posno=None)
        reps = []
        for en, fr in rng.sample(T.ADM_TOPICS, rng.randint(3, 5)):
            reps.append(dict(title=f"Vice-President, {en}", title_fr=f"Vice-président, {fr}",
                             cls=rng.choice(["EX-04", "EX-03", "EX-04"]), fte=rng.randint(40, 900)))
        p["reports"] = reps
        p["salary"] = money(30_000_000, 160_000_000)
        p["om"] = money(10_000_000, 90_000_000)
        p["gc"] = rng.choice([None, 420_000_000, 1_200_000_000])
    elif role == "lc":
        p["title"] = f"Senior General Counsel and Head, {topic[0]} Legal Services"
        p["title_fr"] = f"Avocat général principal et directeur, Services juridiques, {topic[1]}"
        p["cls"] = "LC-03"
        p["sup"] = dict(title="Assistant Deputy Attorney General, Public Law", title_fr="Sous-procureur général adjoint",
                        cls="LC-04", posno=str(rng.randint(10000, 99999)))
        reps = [dict(title="General Counsel, Litigation", title_fr="Avocat général, Contentieux", cls="LC-02",
                     fte=rng.randint(20, 60)),
                dict(title="General Counsel, Advisory Services", title_fr="Avocat général, Services consultatifs",
                     cls="LC-02", fte=rng.randint(12, 40)),
                dict(title="Legal Counsel", title_fr="Conseiller juridique", cls="LP-02", fte=None)]
        p["reports"] = reps
        p["salary"] = money(8_000_000, 22_000_000)
        p["om"] = money(600_000, 3_000_000)
    elif role == "old":
        oc = rng.choice(["SM", "EX-1", "EX-2", "EX-3", "EXC-3", "EX-4"])
        p["cls"] = oc
        if oc in ("EX-4",):
            p["title"], p["title_fr"] = f"Assistant Deputy Minister, {topic[0]}", f"Sous-ministre adjoint, {topic[1]}"
        else:
            t2 = rng.choice(T.DG_TOPICS)
            p["title"], p["title_fr"] = f"Director General, {t2[0]}", f"Directeur général, {t2[1]}"
        p["sup"] = dict(title=rng.choice(["Assistant Deputy Minister, " + topic[0], "Deputy Minister"])
                        if oc != "EX-4" else "Deputy Minister",
                        title_fr="Sous-ministre adjoint", cls=rng.choice(["EX-4", "EX-5", "SM", None]),
                        posno=rng.choice([None, f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"]))
        if p["sup"]["title"] == "Deputy Minister":
            p["sup"]["cls"] = rng.choice(["DM-2", "DM-3", None])
        pool = ["ES-07", "PM-6", "AS-7", "FI-4", "ES-6", "PM-5", "SM", "CO-3", "PE-5"]
        reps = []
        for en, fr in rng.sample(T.DG_TOPICS, rng.randint(3, 6)):
            c = rng.choice(pool)
            reps.append(dict(title=f"{'Director' if c == 'SM' else 'Chief'}, {en}", title_fr=f"Chef, {fr}",
                             cls=c, fte=rng.choice([None] + [rng.randint(4, 60)] * 4)))
        p["reports"] = reps
        p["salary"] = money(1_200_000, 9_800_000, 1000)
        p["om"] = money(150_000, 2_500_000, 1000)
    p["posno"] = str(rng.randint(10000, 99999)) if era == "modern" else f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    p["job_code"] = str(rng.randint(100000, 109999)) if era == "modern" and rng.random() < 0.6 else None
    y = rng.randint(2008, 2024) if era == "modern" else rng.randint(1984, 1996)
    p["eff"] = dt.date(y, rng.choice([4, 4, 4, 1, 6, 9, 10]), rng.choice([1, 1, 1, 15, 17, 28]))
    p["total_stated"] = rng.random() < 0.7
    p["fte"] = sum(r["fte"] or 0 for r in p["reports"]) + rng.randint(3, 14)
    p["incumbent"] = person() if rng.random() < 0.5 else None
    p["signer"] = person()
    return p


# ---------------------------------------------------------------- truths
def truth(p, name, kind):
    lang = p["lang"]
    fr = lang == "fr"
    sup = p["sup"]
    fields = dict(
        title=p["title_fr"] if fr else p["title"],
        classification=norm_cls(p["cls"]),
        job_code=p["job_code"],
        position_number=p["posno"],
        effective_date=p["eff"],
        supervisor=dict(position_number=sup["posno"], title=(sup["title_fr"] if fr else sup["title"]),
                        classification=norm_cls(sup["cls"])),
        direct_reports=[dict(title=r["title_fr"] if fr else r["title"], classification=norm_cls(r["cls"]),
                             fte=r["fte"]) for r in p["reports"]] or None,
        salary=p["salary"], o_and_m=p["om"],
        total=(p["salary"] + p["om"]) if p["total_stated"] else None,
        location=p["location_fr"] if fr else p["location"],
    )
    ns = [k for k in ("title", "classification", "job_code", "position_number", "effective_date", "direct_reports",
                      "salary", "o_and_m", "total", "location") if fields[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "title", "classification") if fields["supervisor"][k] is None]
    also = dict(department=p["dept_fr"] if fr else p["dept"], fte=p["fte"])
    if lang == "bilingual" and p["era"] == "modern":
        also["title_fr"] = p["title_fr"]
    if fr:
        also["title_en"] = p["title"]
    if p["gc"]:
        also["grants_and_contributions"] = p["gc"]
    if p.get("damage"):
        also["damage"] = p["damage"]
    if p.get("form"):
        also["form"] = p["form"]
    if p.get("in_corpus"):
        also["reports_to_in_corpus"] = p["in_corpus"]
    if p.get("note"):
        also["note"] = p["note"]
    people = [x for x in (p["incumbent"], p["signer"], p.get("classifier")) if x]
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=fields, not_stated=sorted(ns),
                also=also, people=people or None, versions=p.get("versions"))


# ---------------------------------------------------------------- modern text renderer
LBL = {
    "en": dict(head="EXECUTIVE WORK DESCRIPTION", title="Position Title", cls="Group and Level", job="Job Code",
               pos="Position Number", eff="Effective Date", dept="Department", loc="Location",
               sup="Reports to", supcls="Supervisor's Group and Level", suppos="Supervisor's Position Number",
               ga="GENERAL ACCOUNTABILITY", ns="NATURE AND SCOPE", org="ORGANIZATION",
               dim="DIMENSIONS", fte="FTEs", sal="Salary", om="O&M", gc="Grants and contributions",
               tot="Total (salary and O&M)", inc="Incumbent", appr="Approved by", tbd="TBD",
               rep_intro="The following positions report directly to the {short}:"),
    "fr": dict(head="DESCRIPTION DE TRAVAIL DE CADRE", title="Titre du poste", cls="Groupe et niveau",
               job="Code d'emploi", pos="Numéro du poste", eff="Date d'entrée en vigueur", dept="Ministère",
               loc="Lieu de travail", sup="Relève de", supcls="Groupe et niveau du superviseur",
               suppos="Numéro du poste du superviseur", ga="RESPONSABILITÉ GÉNÉRALE", ns="NATURE ET ÉTENDUE",
               org="ORGANISATION", dim="DIMENSIONS", fte="ETP", sal="Traitements", om="F et E",
               gc="Subventions et contributions", tot="Total (traitements et F et E)", inc="Titulaire",
               appr="Approuvé par", tbd="À déterminer",
               rep_intro="Les postes suivants relèvent directement du titulaire :"),
}


def lb(lang, key):
    if lang == "bilingual":
        return f"{LBL['en'][key]} / {LBL['fr'][key]}"
    return LBL[lang][key]


def val(p, en, fr):
    lang = p["lang"]
    if lang == "fr":
        return fr
    if lang == "bilingual":
        return f"{en} / {fr}"
    return en


def report_line(p, r, style):
    fr = p["lang"] == "fr"
    t = r["title_fr"] if fr else r["title"]
    c = fmt_cls(r["cls"], p["cls_style"])
    if r["fte"] is None:
        f = "aucun employé" if fr else "no staff"
    else:
        f = f"{r['fte']} {'ETP' if fr else 'FTEs'}"
    if style == "dash":
        return f"- {t} ({c}) – {f}"
    if style == "comma":
        return f"  {t}, {c}, {f}"
    return f"  {t:<62}{c:<10}{'' if r['fte'] is None else r['fte']}"


def modern_lines(p, width=36):
    lang = p["lang"]
    L = lambda k: lb(lang, k)  # noqa: E731
    out = [L("head"), val(p, p["dept"], p["dept_fr"]), ""]
    rows = [("title", val(p, p["title"], p["title_fr"])),
            ("cls", fmt_cls(p["cls"], p["cls_style"])),
            ("job", p["job_code"] or ""),
            ("pos", p["posno"] or LBL["fr" if lang == "fr" else "en"]["tbd"]),
            ("eff", fmt_date(p["eff"], p["date_style"])),
            ("loc", val(p, p["location"], p["location_fr"]))]
    sup = p["sup"]
    if p["sup_style"] == "labels":
        rows += [("sup", val(p, sup["title"], sup["title_fr"])), ("supcls", fmt_cls(sup["cls"], p["cls_style"]) if sup["cls"] else ""),
                 ("suppos", sup["posno"] or "")]
    for k, v in rows:
        if k == "job" and not v and rng.random() < 0.5:
            continue
        lab = L(k) + ":"
        out.append(f"{lab:<{max(width, len(lab) + 1)}}{v}".rstrip())
    out += ["", L("ga"), rng.choice(T.GA_FR if lang == "fr" else T.GA_EN), "", L("ns"),
            T.NS_FR if lang == "fr" else T.NS_EN, "", L("org")]
    if p["sup_style"] == "prose":
        st = sup["title_fr"] if lang == "fr" else sup["title"]
        bits = f" ({fmt_cls(sup['cls'], p['cls_style'])})" if sup["cls"] else ""
        pn = sup["posno"]
        if lang == "fr":
            out.append(f"Le titulaire relève du {st}{bits}" + (f", poste no {pn}." if pn else "."))
        else:
            out.append(f"The position reports to the {st}{bits}" + (f", position number {pn}." if pn else "."))
    short = "ADM" if "Assistant Deputy" in p["title"] else "position"
    out.append(LBL["fr" if lang == "fr" else "en"]["rep_intro"].format(short=short))
    for r in p["reports"]:
        out.append(report_line(p, r, p["rep_style"]))
    out += ["", L("dim")]
    a = p["amt_style"]
    dims = [("fte", str(p["fte"])), ("sal", fmt_amt(p["salary"], a)), ("om", fmt_amt(p["om"], a))]
    if p["gc"]:
        dims.append(("gc", fmt_amt(p["gc"], a) + (" (Vote 5)" if p["vote"] else "")))
    if p["total_stated"]:
        dims.append(("tot", fmt_amt(p["salary"] + p["om"], a)))
    for k, v in dims:
        lab = L(k) + ":"
        out.append(f"{lab:<{max(width, len(lab) + 1)}}{v}")
    out.append("")
    if p["incumbent"]:
        out.append(f"{L('inc')}: {p['incumbent']}")
    out.append(f"{L('appr')}: {p['signer']}, {fmt_date(p['eff'], p['date_style'])}")
    return out


# ---------------------------------------------------------------- old numbered-box form (typed 1980s-1990s)
def old_lines(p):
    bil = p["lang"] == "bilingual"
    sup = p["sup"]
    a = p["amt_style"]
    def h(en, fr):
        return f"{en} / {fr}" if bil else en
    lines = [
        "GOVERNMENT OF CANADA" + (" - GOUVERNEMENT DU CANADA" if bil else ""),
        h("POSITION DESCRIPTION", "DESCRIPTION DE POSTE") + "          TBS/CT 330-47 (Rev. 86/03)",
        "",
        f"{h('1. Position Number', 'No du poste'):<34}{h('2. Classification', 'Classification'):<34}"
        f"{h('3. Effective Date', 'Date en vigueur')}",
        f"   {p['posno']:<31}   {p['cls']:<31}   {fmt_date(p['eff'], p['date_style'])}",
        "",
        h("4. Position Title", "Titre du poste"),
        f"   {p['title'].upper() if p.get('upper') else p['title']}",
        "",
        f"{h('5. Department', 'Ministère'):<50}{h('6. Location', 'Lieu')}",
        f"   {p['dept']:<47}   {p['location']}",
        "",
        f"{h('7. Supervisor Position No.', 'No du poste du surveillant'):<50}{h('8. Supervisor Classification', 'Classification')}",
        f"   {sup['posno'] or '':<47}   {sup['cls'] or ''}",
        h("9. Supervisor Title", 'Titre du surveillant'),
        f"   {sup['title']}",
        "",
        h("10. SUMMARY", "SOMMAIRE"),
        "Under the direction of the " + sup["title"] + ", directs the planning, development and delivery of the "
        "programs of the Branch across Canada, and manages the resources assigned to it.",
        "",
        h("11. SUBORDINATE POSITIONS", "POSTES SUBORDONNÉS"),
        f"   {'POSITION TITLE':<62}{'GR/LEVEL':<10}PERSON-YEARS",
    ]
    for r in p["reports"]:
        lines.append(report_line(p, r, "cols"))
    lines += ["", h("12. DIMENSIONS", "DIMENSIONS"),
              f"   Person-years: {p['fte']}",
              f"   Salary dollars: {fmt_amt(p['salary'], a)}    O&M: {fmt_amt(p['om'], a)}"
              + (f"    Total: {fmt_amt(p['salary'] + p['om'], a)}" if p["total_stated"] else ""),
              "", h("13. CERTIFICATION", "ATTESTATION")]
    if p["incumbent"]:
        lines.append(f"   Incumbent: {p['incumbent']}")
    lines.append(f"   Supervisor: {p['signer']}        Date: {fmt_date(p['eff'], p['date_style'])}")
    if p.get("classifier"):
        lines.append(f"   Classified by: {p['classifier']}  ({p['cls']})")
    return lines


# ---------------------------------------------------------------- OCR damage
SUB = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "2": "Z"}


def ocr(lines, strength, header, typewriter=True, r=None):
    r = r or rng
    pct = {"light": 0.12, "medium": 0.3, "heavy": 0.5}[strength]
    out = []
    for ln in lines:
        s = []
        for ch in ln:
            if ch in SUB and r.random() < pct:
                s.append(SUB[ch] if ch in "0158" or strength == "heavy" else ch)
            elif ch == "m" and r.random() < pct / 6:
                s.append("rn")
            elif ch == "e" and r.random() < pct / 10:
                s.append("c")
            else:
                s.append(ch)
        ln = "".join(s)
        if typewriter and ln.isupper() and 4 < len(ln) < 40 and r.random() < 0.5 and ":" not in ln:
            ln = " ".join(ln)  # spaced typewriter heading
        if r.random() < pct / 3 and " " in ln.strip():
            i = ln.rfind(" ", 0, len(ln) - 3)
            if i > 3:
                ln = ln[:i] + ln[i + 1:]  # words run together
        out.append(ln)
    # break long prose lines with hyphenated ends
    wrapped = []
    for ln in out:
        if len(ln) > 78 and ln[:1] != " " and "   " not in ln:
            cut = 70
            while cut < len(ln) - 4 and not ln[cut].isalpha():
                cut += 1
            if ln[cut - 1].isalpha() and ln[cut].isalpha():
                wrapped += [ln[:cut] + "-", ln[cut:]]
            else:
                wrapped += [ln[:cut], ln[cut:]]
        else:
            wrapped.append(ln)
    # pages
    pages, page = [], []
    for ln in wrapped:
        page.append(ln)
        if len(page) >= 34:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    text = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            text += [header, ""]
        text += pg
        text += ["", f"- {i} -" if typewriter else f"Page {i} of {len(pages)}", "\f"]
    return "\n".join(text).rstrip("\f\n") + "\n"


# ---------------------------------------------------------------- markdown
def md_text(p):
    lang = p["lang"]
    L = lambda k: lb(lang, k)  # noqa: E731
    a = p["amt_style"]
    sup = p["sup"]
    o = [f"# {val(p, p['title'], p['title_fr'])}", "", f"*{L('head').title()} — {val(p, p['dept'], p['dept_fr'])}*", "",
         f"| {L('title')} | {val(p, p['title'], p['title_fr'])} |", "|---|---|",
         f"| {L('cls')} | {fmt_cls(p['cls'], p['cls_style'])} |"]
    if p["job_code"]:
        o.append(f"| {L('job')} | {p['job_code']} |")
    o += [f"| {L('pos')} | {p['posno'] or LBL['en']['tbd']} |",
          f"| {L('eff')} | {fmt_date(p['eff'], p['date_style'])} |",
          f"| {L('loc')} | {val(p, p['location'], p['location_fr'])} |", "",
          f"## {L('ga').title()}", "", rng.choice(T.GA_FR if lang == 'fr' else T.GA_EN), "",
          f"## {L('org').title()}", ""]
    o.append(f"- **{L('sup')}:** {val(p, sup['title'], sup['title_fr'])}"
             + (f" ({sup['cls']})" if sup["cls"] else "") + (f", #{sup['posno']}" if sup["posno"] else ""))
    o.append(f"- **{'Rapports directs' if lang == 'fr' else 'Direct reports'}:**")
    for r in p["reports"]:
        o.append("  " + report_line(p, r, "dash"))
    o += ["", f"## {L('dim').title()}", ""]
    o.append(f"- **{L('fte')}:** {p['fte']}")
    o.append(f"- **{L('sal')}:** {fmt_amt(p['salary'], a)}")
    o.append(f"- **{L('om')}:** {fmt_amt(p['om'], a)}")
    if p["gc"]:
        o.append(f"- **{L('gc')}:** {fmt_amt(p['gc'], a)}")
    if p["total_stated"]:
        o.append(f"- **{L('tot')}:** {fmt_amt(p['salary'] + p['om'], a)}")
    o += ["", f"_{L('appr')}: {p['signer']}_"]
    if p["incumbent"]:
        o.append(f"_{L('inc')}: {p['incumbent']}_")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------- Word
FIXED = dt.datetime(2020, 1, 1, 0, 0, 0)


def docx_bytes(build):
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "HR"
    cp.revision = 1
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_wd(p):
    lang = p["lang"]
    L = lambda k: lb(lang, k)  # noqa: E731
    a = p["amt_style"]
    sup = p["sup"]

    def build(d):
        d.add_heading(L("head"), level=1)
        d.add_paragraph(val(p, p["dept"], p["dept_fr"]))
        rows = [("title", val(p, p["title"], p["title_fr"])), ("cls", fmt_cls(p["cls"], p["cls_style"])),
                ("job", p["job_code"] or ""), ("pos", p["posno"] or LBL["fr" if lang == "fr" else "en"]["tbd"]),
                ("eff", fmt_date(p["eff"], p["date_style"])), ("loc", val(p, p["location"], p["location_fr"])),
                ("sup", val(p, sup["title"], sup["title_fr"])), ("supcls", sup["cls"] or ""),
                ("suppos", sup["posno"] or "")]
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = L(k), v
        d.add_heading(L("ga"), level=2)
        d.add_paragraph(rng.choice(T.GA_FR if lang == "fr" else T.GA_EN))
        d.add_heading(L("ns"), level=2)
        d.add_paragraph(T.NS_FR if lang == "fr" else T.NS_EN)
        d.add_heading(L("org"), level=2)
        d.add_paragraph(LBL["fr" if lang == "fr" else "en"]["rep_intro"].format(short="ADM"))
        if p["rep_style"] == "table":
            rt = d.add_table(rows=1, cols=3)
            rt.style = "Table Grid"
            hd = rt.rows[0].cells
            hd[0].text, hd[1].text, hd[2].text = (("Poste", "Groupe et niveau", "ETP") if lang == "fr" else
                                                  ("Position", "Group and Level", "FTEs"))
            for r in p["reports"]:
                c = rt.add_row().cells
                c[0].text = r["title_fr"] if lang == "fr" else r["title"]
                c[1].text = fmt_cls(r["cls"], p["cls_style"])
                c[2].text = "" if r["fte"] is None else str(r["fte"])
        else:
            for r in p["reports"]:
                d.add_paragraph(report_line(p, r, "dash")[2:], style="List Bullet")
        d.add_heading(L("dim"), level=2)
        dt_ = d.add_table(rows=0, cols=2)
        dims = [("fte", str(p["fte"])), ("sal", fmt_amt(p["salary"], a)), ("om", fmt_amt(p["om"], a))]
        if p["gc"]:
            dims.append(("gc", fmt_amt(p["gc"], a)))
        if p["total_stated"]:
            dims.append(("tot", fmt_amt(p["salary"] + p["om"], a)))
        for k, v in dims:
            c = dt_.add_row().cells
            c[0].text, c[1].text = L(k), v
        d.add_paragraph("")
        if p["incumbent"]:
            d.add_paragraph(f"{L('inc')}: {p['incumbent']}")
        d.add_paragraph(f"{L('appr')}: {p['signer']}")
    return docx_bytes(build)


def docx_paragraphs(lines):
    def build(d):
        for ln in lines:
            para = d.add_paragraph(ln)
            for run in para.runs:
                run.font.name = "Courier New"
                run.font.size = Pt(10)
    return docx_bytes(build)


def pdf_pages(lines, per=60):
    return pdf_bytes(["\n".join(lines[i:i + per]) for i in range(0, len(lines), per)])


# ---------------------------------------------------------------- the corpus
def style(p, **kw):
    lang = p["lang"]
    p.setdefault("date_style", kw.get("date", "fr" if lang == "fr" else rng.choice(["long", "iso", "dmy"])))
    p.setdefault("amt_style", kw.get("amt", rng.choice(["frM", "frfull"]) if lang == "fr" else rng.choice(["M", "full", "M"])))
    p.setdefault("cls_style", kw.get("cls", rng.choice(["dash", "dash", "dash", "space"])))
    p.setdefault("sup_style", kw.get("sup", rng.choice(["labels", "labels", "prose"])))
    p.setdefault("rep_style", kw.get("rep", rng.choice(["dash", "comma"])))
    return p


def main():
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    files = {}   # name -> bytes
    truths = {}  # name -> dict

    def add(name, data, tr):
        assert name not in files, name
        files[name] = data
        tr["document"] = name
        truths[name] = tr

    def wd(p, name, kind):
        tr = truth(p, name, kind)
        if kind in ("text", "ocr", "markdown"):
            data = p["_text"].encode("utf-8")
        elif kind == "text-cp1252":
            data = p["_text"].replace("'", "\u2019").replace("\n", "\r\n").encode("cp1252")
        else:
            data = p["_bytes"]
        add(name, data, tr)

    # --- a Deputy Minister whose two ADMs are in the corpus
    esdc = T.DEPTS[0]
    dm = style(position("dm", "en", dept=esdc), date="long", amt="M", sup="labels", rep="dash")
    dm["_bytes"] = docx_wd(dm)
    dm_name = "Deputy Minister, ESDC - work description (signed).docx"
    for i, role in enumerate(["adm", "sadm"]):
        a = style(position(role, "en" if i == 0 else "bilingual", dept=esdc), sup="labels")
        a["sup"] = dict(title="Deputy Minister", title_fr="Sous-ministre", cls=dm["cls"], posno=dm["posno"])
        a["in_corpus"] = dm_name
        if i == 0:
            a["_text"] = "\n".join(modern_lines(a)) + "\n"
            wd(a, f"ADM {a['title'].split(', ', 1)[1]} - EX-04 WD.txt", "text")
        else:
            a["_bytes"] = pdf_pages(modern_lines(a))
            wd(a, f"{a['title']} ({a['cls']}) - bilingual.pdf", "pdf")
    wd(dm, dm_name, "docx")

    # --- modern documents: (role, lang, kind)
    plan = [
        ("adm", "en", "docx"), ("adm", "fr", "docx"), ("adm", "bilingual", "docx"), ("sadm", "en", "docx"),
        ("assocadm", "en", "docx"), ("agency", "en", "docx"), ("agency", "bilingual", "docx"), ("lc", "en", "docx"),
        ("assocdm", "fr", "docx"),
        ("adm", "en", "pdf"), ("sadm", "fr", "pdf"), ("agency", "fr", "pdf"), ("dm", "bilingual", "pdf"),
        ("adm", "en", "text"), ("assocadm", "fr", "text"), ("agency", "en", "text"),
        ("adm", "en", "text-cp1252"), ("sadm", "en", "text-cp1252"), ("lc", "en", "text-cp1252"),
        ("adm", "en", "markdown"), ("agency", "en", "markdown"), ("adm", "bilingual", "markdown"),
        ("adm", "en", "ocr"), ("sadm", "fr", "ocr"), ("agency", "en", "ocr"),
    ]
    for role, lang, kind in plan:
        p = style(position(role, lang))
        if p["gc"] and rng.random() < 0.5:
            p["vote"] = 5
        if rng.random() < 0.15:
            p["posno"] = None
        if kind == "docx":
            p["rep_style"] = rng.choice(["table", "table", "dash"])
            p["_bytes"] = docx_wd(p)
        elif kind == "pdf":
            p["_bytes"] = pdf_pages(modern_lines(p))
        elif kind == "markdown":
            p["_text"] = md_text(p)
        elif kind == "ocr":
            p["damage"] = rng.choice(["light", "medium", "heavy"])
            hdr = f"{lb(lang, 'head')} - {p['dept_abbr']}"
            p["_text"] = ocr(modern_lines(p), p["damage"], hdr, typewriter=False)
        else:
            p["_text"] = "\n".join(modern_lines(p)) + "\n"
        t = p["title_fr"] if lang == "fr" else p["title"]
        ext = {"docx": ".docx", "pdf": ".pdf", "markdown": ".md"}.get(kind, ".txt")
        deco = rng.choice(["", " (1)", " - signed", " DRAFT", " - final", f" {p['eff'].year}", " - copie"
                           if lang == "fr" else " - copy", f" ({fmt_cls(p['cls'], 'dash')})"])
        if kind == "ocr":
            deco = rng.choice([" - scan", " scanned", " (numérisé)" if lang == "fr" else " scan 001"])
        wd(p, f"{t}{deco}{ext}", kind)

    # --- old typed forms, scanned (numbered boxes)
    old_plan = [("en", "ocr", "light"), ("en", "ocr", "medium"), ("en", "ocr", "heavy"), ("bilingual", "ocr", "medium"),
                ("en", "ocr", "heavy"), ("bilingual", "ocr", "light"), ("en", "ocr", "medium"),
                ("en", "pdf", None), ("en", "docx", None), ("en", "text", None)]
    for lang, kind, dmg in old_plan:
        p = position("old", lang, era="old")
        p["date_style"] = rng.choice(["yymmdd", "dmy", "yymmdd"])
        p["amt_style"] = rng.choice(["K", "Kc"])
        p["cls_style"] = "dash"
        p["upper"] = rng.random() < 0.5
        p["form"] = "TBS/CT 330-47 (Rev. 86/03), numbered boxes"
        if rng.random() < 0.5:
            p["classifier"] = person()
        lines = old_lines(p)
        if kind == "ocr":
            p["damage"] = dmg
            p["_text"] = ocr(lines, dmg, f"{p['dept'].upper()}   POSITION DESCRIPTION   {p['posno']}")
            name = rng.choice([f"{p['title']} {p['eff'].year} - old scan.txt", f"scan_{p['posno']}_{p['cls']}.txt",
                               f"{p['title'].split(', ')[0]} ({p['cls']}), {p['eff'].year}.txt"])
        elif kind == "pdf":
            p["_bytes"] = pdf_pages(lines)
            name = f"Old WD {p['posno']} (retyped {p['eff'].year}).pdf"
        elif kind == "docx":
            p["_bytes"] = docx_paragraphs(lines)
            name = f"{p['title']} - transcribed from 1990 form.docx"
        else:
            p["_text"] = "\n".join(lines) + "\n"
            name = f"{p['title']} {p['cls']} {p['eff'].year}.txt"
        p["lang"] = lang
        wd(p, name, kind)

    # --- versions: old scan 1994 (SM) and its 2019 rewrite (EX-04, Word)
    old = position("old", "en", era="old")
    old.update(cls="SM", date_style="dmy", amt_style="K", cls_style="dash", damage="medium",
               eff=dt.date(1994, 4, 1), form="TBS/CT 330-47 (Rev. 86/03), numbered boxes")
    topic = ("Regional Operations", "Opérations régionales")
    old["title"], old["title_fr"] = f"Assistant Deputy Minister, {topic[0]}", f"Sous-ministre adjoint, {topic[1]}"
    new = style(position("adm", "en"), date="long", amt="M", sup="labels")
    new.update(title=old["title"], title_fr=old["title_fr"], posno=old["posno"], dept=old["dept"], dept_fr=old["dept_fr"],
               eff=dt.date(2019, 4, 1), rep_style="table")
    n_old, n_new = f"ADM {topic[0]} - 1994 scan.txt", f"ADM {topic[0]} - 2019 rewrite.docx"
    old["_text"] = ocr(old_lines(old), "medium", f"{old['dept'].upper()}   POSITION DESCRIPTION")
    new["_bytes"] = docx_wd(new)
    ver = dict(documents=[n_old, n_new], newest=n_new, same_text=False,
               note="the same position number rewritten: SM in 1994, EX-04 in 2019, new reports and budget")
    old["versions"] = new["versions"] = ver
    wd(old, n_old, "ocr")
    wd(new, n_new, "docx")

    # --- versions: DRAFT .docx and the signed .pdf of a head of agency (O&M and date changed)
    a1 = style(position("agency", "en"), date="iso", amt="M", sup="labels", rep="dash")
    a1["gc"] = 1_200_000_000
    a2 = dict(a1)
    a2["om"] = a1["om"] + 2_500_000
    a2["eff"] = dt.date(a1["eff"].year + 1, 4, 1)
    n1, n2 = f"{a1['title']} DRAFT.docx", f"{a1['title']} - signed.pdf"
    a1["_bytes"] = docx_wd(a1)
    a2["_bytes"] = pdf_pages(modern_lines(a2))
    ver = dict(documents=[n1, n2], newest=n2, same_text=False,
               note="the signed copy: O&M $2.5M higher and effective a year later")
    a1["versions"] = ver
    a2 = dict(a2, versions=ver)
    wd(a1, n1, "docx")
    wd(a2, n2, "pdf")

    # --- versions: French cp1252 text 2016 and UTF-8 2022 of an ADM (same text apart from the date and salary)
    f1 = style(position("adm", "fr"), amt="frfull", sup="labels", rep="dash")
    f1["eff"] = dt.date(2016, 4, 1)
    f2 = dict(f1, eff=dt.date(2022, 4, 1), salary=f1["salary"] + 1_200_000)
    nf1, nf2 = f"{f1['title_fr']} 2016.txt", f"{f1['title_fr']} 2022 (révisé).txt"
    f1["_text"] = "\n".join(modern_lines(f1)) + "\n"
    f2["_text"] = "\n".join(modern_lines(f2)) + "\n"
    ver = dict(documents=[nf1, nf2], newest=nf2, same_text=False, note="2022: salary $1.2M higher, new effective date")
    f1["versions"] = ver
    f2["versions"] = ver
    wd(f1, nf1, "text-cp1252")
    wd(f2, nf2, "text")

    # --- to refuse
    def refuse(name, kind, lang, data, people, what):
        add(name, data, dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None, not_stated=None,
                             also=dict(what=what), people=people or None, versions=None))

    std = ["CLASSIFICATION STANDARD", "EXECUTIVE GROUP (EX)", "", "Element 2 - Impact",
           "Degree  Description                                                     Points",
           "  A     Contributes to programs of limited scope (e.g. Director, EX-01)     90",
           "  B     Leads programs of national scope; budgets to $50M                    140",
           "  C     Leads a branch; ADM-level accountability (EX-04), $1.2B G&C          210",
           "  D     Leads a department or agency (DM-01, GC-07)                          300",
           "", "Benchmark position: Assistant Deputy Minister, Program Operations (EX-04), position 48821",
           "Salary $42.6M, O&M $8.1M, Total $50.7M", "", "Page 14 of 62"]
    refuse("EX classification standard p14.pdf", "pdf", "en", pdf_pages(std), [], "a page of a classification "
           "standard with a benchmark position's figures")
    blank = old_lines(dict(position("old", "en", era="old"), posno="", cls="", eff=None, title="", dept="",
                           location="", sup=dict(title="", posno=None, cls=None), reports=[], fte="",
                           salary=None, om=None, total_stated=False, incumbent=None, signer="", date_style="iso",
                           amt_style="K", lang="en"))
    refuse("blank PD form 330-47.txt", "ocr", "en", ocr(blank, "light", "POSITION DESCRIPTION", r=random.Random(1)).encode(),
           [], "a blank old numbered-box form, nothing filled in")
    card = ["POSITION CONTROL CARD - ESTABLISHMENT REGISTER", "",
            "POS NO    TITLE                                          CLASS   PY   EFF",
            "12-4471   Director General, Policy Development           SM      42   88-04-01",
            "12-4472   Chief, Finance                                 FI-4     9   88-04-01",
            "12-4480   Assistant Deputy Minister, Program Operations  EX-4    610  89-10-01",
            "12-4481   Director, Evaluation                           EX-1    18   91-04-01",
            "", "Checked: W.K.          Card 3 of 7"]
    refuse("index card 12-44xx.txt", "ocr", "en", ocr(card, "medium", "POSITION CONTROL CARD", r=random.Random(2)).encode(),
           [], "an establishment index card listing several positions")
    gic = person()
    gicm = person()

    def build_letter(d):
        d.add_paragraph("Privy Council Office / Bureau du Conseil privé")
        d.add_paragraph("Ottawa, March 3, 2023")
        d.add_paragraph(f"Dear {gic}:")
        d.add_paragraph("I am pleased to inform you that His Excellency the Governor General in Council has appointed "
                        "you President, Canadian Heritage Lands Agency (GC-07), for a term of five years effective "
                        "April 1, 2023. Your salary is set within the range $224,700 - $264,300.")
        d.add_paragraph("Yours sincerely,")
        d.add_paragraph(f"{gicm}, Assistant Secretary to the Cabinet, Senior Personnel")
    refuse("Letter of appointment - OIC 2023-0214.docx", "docx", "en", docx_bytes(build_letter), [gic, gicm],
           "a Governor-in-Council appointment letter")
    refuse("Deputy Minister WD 1987 - scan (no OCR).pdf", "pdf", "en", pdf_bytes(["", "", ""]),
           [], "a three-page scan without a text layer")

    for name, data in sorted(files.items()):
        (corpus / name).write_bytes(data)
        tr = truths[name]
        (expected / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(tr, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    print(len(files), "documents")


if __name__ == "__main__":
    main()
