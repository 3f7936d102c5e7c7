"""Generate blind192: mixed and partly translated executive work descriptions (and 5 documents to refuse).

Run from the repository root: python bench/import/blind192/make_blind.py
Deterministic: fixed seeds, .docx re-zipped with fixed timestamps.
"""
import datetime as dt
import io
import random
import shutil
import sys
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
from tests.import_files import pdf_bytes  # noqa: E402
import texts as T  # noqa: E402
import docx  # noqa: E402

CORPUS, EXPECTED = HERE / "corpus", HERE / "expected"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

# ---------------------------------------------------------------- positions
R = random.Random(1920)
areas = list(T.AREAS)
R.shuffle(areas)
used_names = set()


def person(rng):
    while True:
        n = f"{rng.choice(T.FIRST)} {rng.choice(T.LAST)}"
        if n not in used_names:
            used_names.add(n)
            return n


positions = []
pn = iter(R.sample(range(20000, 99999), 60))
# 6 DG (EX-03), 10 ED (EX-02), 26 Directors (EX-01)
levels = ["EX-03"] * 6 + ["EX-02"] * 10 + ["EX-01"] * 26
for i, lvl in enumerate(levels):
    a = areas[i]
    fem = R.random() < 0.5
    p = dict(i=i, cls=lvl, area=a, fem=fem, posno=str(next(pn)), dept=None, reports=[], sup=None)
    positions.append(p)
for i, p in enumerate(positions):
    if p["cls"] == "EX-03":
        p["dept"] = T.DEPARTMENTS[i]
        p["sup"] = dict(en=f"Assistant Deputy Minister, {p['area'][0]}", fr=f"Sous-ministre adjoint, {p['area'][1]}",
                        cls="EX-05" if i % 2 else "EX-04", posno=str(R.randint(1000, 9999)), doc=None)
    else:
        if p["cls"] == "EX-02":
            boss = positions[(i - 6) % 6]
        else:
            boss = positions[R.choice(range(0, 16))]
        p["dept"] = boss["dept"]
        p["boss"] = boss
        boss["reports"].append(p)


def titles(p):
    a_en, a_fr, _, _ = p["area"]
    f = p["fem"]
    if p["cls"] == "EX-03":
        return f"Director General, {a_en}", f"{'Directrice générale' if f else 'Directeur général'}, {a_fr}"
    if p["cls"] == "EX-02":
        return f"Executive Director, {a_en}", f"{'Directrice exécutive' if f else 'Directeur exécutif'}, {a_fr}"
    return f"Director, {a_en}", f"{'Directrice' if f else 'Directeur'}, {a_fr}"


def mt_title_en(p):  # French original machine-translated to English
    rank = {"EX-03": "Director General", "EX-02": "Executive Director", "EX-01": "Director"}[p["cls"]]
    return f"{rank} of {p['area'][3]}"


def mt_title_fr(p, rng):  # English original machine-translated to French: word order, agreement
    rank = {"EX-03": ["Directrice général", "Directeur Général", "Directeur général"],
            "EX-02": ["Directeur exécutive", "Directeur Exécutif", "Directrice exécutif"],
            "EX-01": ["Directeur", "Directrice"]}[p["cls"]]
    return f"{rng.choice(rank)}, {p['area'][2]}"


for p in positions:
    p["en"], p["fr"] = titles(p)
for p in positions:
    if "boss" in p:
        b = p["boss"]
        p["sup"] = dict(en=b["en"], fr=b["fr"], cls=b["cls"], posno=b["posno"], doc=None, pos=b)

# ---------------------------------------------------------------- document plans
# kinds of the 45 work descriptions
KINDS = ["docx"] * 9 + ["pdf"] * 7 + ["ocr"] * 8 + ["ocr-columns"] * 2 + ["text"] * 7 + ["text-cp1252"] * 6 + \
        ["markdown"] * 6
# mixes: en (plain English), fr (plain French), bi (bilingual labels, both titles), enfr (English template, French
# values), fren (French template, English values), half (half translated), mten (machine-translated to English),
# mtfr (machine-translated to French)
MIXES = ["en"] * 7 + ["fr"] * 6 + ["bi"] * 7 + ["enfr"] * 6 + ["fren"] * 5 + ["half"] * 6 + ["mten"] * 4 + \
        ["mtfr"] * 4
R.shuffle(KINDS)
R.shuffle(MIXES)
VERSION_EXTRA = 3  # 42 positions + DRAFT, older scan, (1) copy


def money(v, notation):
    """Display of an amount already rounded to what the notation can say."""
    if notation == "en_full":
        return f"${v:,}"
    if notation == "en_k":
        return f"${v // 1000:,}K"
    if notation == "en_m":
        return f"${v / 1e6:.2f}M"
    if notation == "fr_full":
        return f"{v:,} $".replace(",", " ")
    if notation == "fr_full_nbsp":
        return f"{v:,}\u00a0$".replace(",", "\u00a0")
    if notation == "fr_k":
        return f"{v // 1000:,} k$".replace(",", " ")
    if notation == "fr_m":
        return f"{v / 1e6:.1f} M$".replace(".", ",")
    if notation == "fr_m_tight":
        return f"{v / 1e6:.1f}M$".replace(".", ",")
    raise ValueError(notation)


GRAIN = {"en_full": 1000, "en_k": 1000, "en_m": 10000, "fr_full": 1000, "fr_full_nbsp": 1000, "fr_k": 1000,
         "fr_m": 100000, "fr_m_tight": 100000}


def fmt_date(d, style):
    if d is None:
        return ""
    if style == "en_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "fr_long":
        return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "fr_le":
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "slash_dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


LAB = {
    "en": dict(title="Position Title", cls="Group and Level", posno="Position Number", job="Job Code",
               eff="Effective Date", loc="Location", dept="Department", sup="Reports to",
               supcls="Supervisor's Group and Level", supno="Supervisor's Position Number",
               GA="GENERAL ACCOUNTABILITY", OS="ORGANIZATION STRUCTURE", NS="NATURE AND SCOPE", DIM="DIMENSIONS",
               SA="SPECIFIC ACCOUNTABILITIES", SIG="SIGNATURES", sal="Salary", om="O&M", tot="Total", fte="FTEs",
               head="EXECUTIVE GROUP WORK DESCRIPTION", rep="Direct reports", appr="Approved by",
               clsby="Classified by", inc="Incumbent", date="Date"),
    "fr": dict(title="Titre du poste", cls="Groupe et niveau", posno="Numéro du poste", job="Code d'emploi",
               eff="Date d'entrée en vigueur", loc="Lieu de travail", dept="Ministère", sup="Relève de",
               supcls="Groupe et niveau du superviseur", supno="Numéro du poste du superviseur",
               GA="RESPONSABILITÉ GÉNÉRALE", OS="STRUCTURE ORGANISATIONNELLE", NS="NATURE ET ÉTENDUE",
               DIM="DIMENSIONS", SA="ACTIVITÉS PRINCIPALES", SIG="SIGNATURES", sal="Salaires",
               om="Fonctionnement et entretien (F et E)", tot="Total", fte="ETP",
               head="DESCRIPTION DE TRAVAIL - GROUPE DE LA DIRECTION", rep="Relevant directement",
               appr="Approuvé par", clsby="Classifié par", inc="Titulaire", date="Date"),
}
LAB["bi"] = {k: (LAB["en"][k] + " / " + LAB["fr"][k] if LAB["en"][k] != LAB["fr"][k] else LAB["en"][k])
             for k in LAB["en"]}
# French template, mislabelled in English by a translator: mixed labels
LAB["mtfr"] = dict(LAB["fr"], cls="Groupe et Niveau", posno="Numéro de Position", job="Code de Job",
                   eff="Date Effective", loc="Location", sup="Rapporte à", SA="RESPONSABILITÉS SPÉCIFIQUES",
                   om="O et M", fte="ETPs", NS="NATURE ET PORTÉE")
LAB["mten"] = dict(LAB["en"], cls="Group and Level", posno="Number of the Position", job="Code of Employment",
                   eff="Date of Entry in Force", loc="Place of Work", dept="Ministry", sup="Relieves of",
                   GA="GENERAL RESPONSIBILITY", SA="PRINCIPAL ACTIVITIES", NS="NATURE AND EXTENT",
                   om="Functioning and Maintenance (F and M)", fte="ETP", head="WORK DESCRIPTION - GROUP OF THE DIRECTION")


def plan(p, kind, mix, rng):
    """Decide what the document states and how; return (doc plan, truth fields)."""
    d = dict(p=p, kind=kind, mix=mix)
    labels = {"en": "en", "fr": "fr", "bi": "bi", "enfr": "en", "fren": "fr", "half": "bi", "mten": "mten",
              "mtfr": "mtfr"}[mix]
    vals = {"en": "en", "fr": "fr", "bi": "en", "enfr": "fr", "fren": "en", "half": "en", "mten": "en",
            "mtfr": "fr"}[mix]
    d["labels"], d["vals"] = labels, vals
    # title as printed
    title_fr = None
    if mix in ("bi", "half"):
        form = rng.choice(["en / fr", "fr (en)", "two lines"])
        d["title_form"] = form
        if form == "en / fr":
            shown = f"{p['en']} / {p['fr']}"
        elif form == "fr (en)":
            shown = f"{p['fr']} ({p['en']})"
        else:
            shown = f"{p['en']}\n{p['fr']}"
        title, title_fr = p["en"], p["fr"]
    elif mix == "mten":
        shown = title = mt_title_en(p)
        d["mt_source"] = p["fr"]
    elif mix == "mtfr":
        shown = title = mt_title_fr(p, rng)
        d["mt_source"] = p["en"]
    elif vals == "fr":
        shown = title = p["fr"]
    else:
        shown = title = p["en"]
    d["title_shown"] = shown
    # numbers: French notation inside English on many mixed documents
    fr_nums = vals == "fr" or mix in ("fr", "mtfr") or (mix in ("bi", "half", "fren", "mten") and rng.random() < 0.6)
    notation = rng.choice(["fr_full", "fr_full_nbsp", "fr_k", "fr_m", "fr_m_tight"] if fr_nums
                          else ["en_full", "en_k", "en_m"])
    if kind in ("text-cp1252", "pdf", "ocr", "ocr-columns") and notation == "fr_full_nbsp":
        notation = "fr_full"
    d["notation"] = notation
    base = {"EX-03": 9_000_000, "EX-02": 4_000_000, "EX-01": 1_800_000}[p["cls"]]
    g = GRAIN[notation]
    sal = round(base * rng.uniform(0.6, 1.6) / g) * g
    om = round(base * rng.uniform(0.05, 0.4) / g) * g
    d["sal"], d["om"] = sal, om
    d["total_stated"] = rng.random() < 0.7
    # date
    d["date"] = None if rng.random() < 0.12 else dt.date(rng.randint(2016, 2024), rng.randint(1, 12),
                                                           rng.choice([1, 1, 1, 15, rng.randint(13, 28)]))
    dstyles = {"en": ["en_long", "iso", "ymd_slash"], "fr": ["fr_long", "fr_le", "slash_dmy", "iso"]}
    d["dstyle"] = rng.choice(dstyles["fr" if vals == "fr" or (mix == "fren" and rng.random() < .5) else "en"])
    d["job"] = str(rng.randint(100100, 109999)) if rng.random() < 0.55 else None
    d["posno_stated"] = rng.random() < 0.9
    d["loc"] = rng.choice(T.PLACES)
    # reports
    reps = []
    for sub in p["reports"]:
        reps.append(dict(en=sub["en"], fr=sub["fr"], cls=sub["cls"], fte=None, pos=sub))
    n_extra = rng.randint(2, 4) if len(reps) < 3 else rng.randint(0, 1)
    for tmpl in rng.sample(T.REPORTS, n_extra):
        reps.append(dict(en=tmpl[0].format(a=p["area"][0]), fr=tmpl[1].format(f=p["area"][1]), cls=tmpl[2],
                         fte=None, pos=None))
    for r in reps:
        r["fte"] = rng.randint(1, 1) if r["cls"] == "AS-02" else rng.randint(4, 45)
    d["fte_stated"] = rng.random() < 0.8
    if not d["fte_stated"]:
        for r in reps:
            r["fte"] = None
    d["reps"] = reps
    d["rep_layout"] = rng.choice(["list", "list", "table", "sentence"])
    d["reps_twice"] = mix == "half" and rng.random() < 0.5
    d["sup_layout"] = rng.choice(["fields", "fields", "sentence"])
    d["sup_no"] = rng.random() < 0.6
    d["sup_cls"] = rng.random() < 0.85
    # people
    d["approver"] = person(rng)
    d["classifier"] = person(rng) if rng.random() < 0.6 else None
    d["incumbent"] = person(rng) if rng.random() < 0.35 else None
    d["title_fr"] = title_fr
    d["title"] = title
    return d


def sup_title(d):
    s = d["p"]["sup"]
    if d["mix"] == "mten":
        b = s.get("pos")
        return mt_title_en(b) if b else "Assistant Deputy Minister of " + d["p"]["area"][3]
    return s["fr"] if d["vals"] == "fr" else s["en"]


def rep_title(d, r, lang=None):
    lang = lang or d["vals"]
    if d["mix"] == "mten" and r["pos"]:
        return mt_title_en(r["pos"])
    return r["fr"] if lang == "fr" else r["en"]


def truth(d, name, kind, versions=None, extra_also=None):
    p = d["p"]
    s = p["sup"]
    lang = {"en": "en", "fr": "fr", "mtfr": "fr", "mten": "en"}.get(d["mix"], "bilingual")
    tot = d["sal"] + d["om"] if d["total_stated"] else None
    f = dict(
        title=d["title"], classification=p["cls"], job_code=d["job"],
        position_number=p["posno"] if d["posno_stated"] else None, effective_date=d["date"],
        supervisor=dict(position_number=s["posno"] if d["sup_no"] else None, title=sup_title(d),
                        classification=s["cls"] if d["sup_cls"] else None),
        direct_reports=[dict(title=rep_title(d, r), classification=r["cls"], fte=r["fte"]) for r in d["reps"]],
        salary=d["sal"], o_and_m=d["om"], total=tot,
        location=d["loc"][1] if d["vals"] == "fr" else d["loc"][0])
    ns = [k for k in ("job_code", "position_number", "effective_date", "total") if f[k] is None]
    ns += [f"supervisor.{k}" for k in ("position_number", "classification") if f["supervisor"][k] is None]
    also = dict(department=p["dept"][1] if d["vals"] == "fr" else p["dept"][0], mix=d["mix"],
                amount_notation=d["notation"])
    if d["title_fr"]:
        also["title_fr"] = d["title_fr"]
        also["title_form"] = d["title_form"]
    if "mt_source" in d:
        also["machine_translated_from"] = d["mt_source"]
    if d["fte_stated"]:
        also["fte"] = sum(r["fte"] for r in d["reps"]) + 1
    if s.get("pos") is not None and s["pos"].get("doc"):
        also["reports_to_in_corpus"] = s["pos"]["doc"]
    if d["reps_twice"]:
        also["direct_reports_listed_in_both_languages"] = True
    if extra_also:
        also.update(extra_also)
    people = [x for x in (d["approver"], d["classifier"], d["incumbent"]) if x]
    return dict(document=name, kind=kind, language=lang, outcome="import", fields=f, not_stated=ns or None,
                also=also, people=people, versions=versions)


# ---------------------------------------------------------------- rendering to logical lines
def L(d, key):
    return LAB[d["labels"]][key]


def render(d, rng):
    """A list of items: ('h', text) heading, ('f', label, value) field, ('p', text) paragraph,
    ('t', header, rows) table, ('b', text) bullet."""
    p, out = d["p"], []
    vals = d["vals"]
    out.append(("h", L(d, "head")))
    dept = p["dept"][1] if vals == "fr" else p["dept"][0]
    if d["labels"] == "bi" and d["mix"] != "half":
        dept = f"{p['dept'][0]} / {p['dept'][1]}"
    out.append(("f", L(d, "dept"), dept))
    out.append(("f", L(d, "title"), d["title_shown"]))
    out.append(("f", L(d, "cls"), p["cls"]))
    if d["posno_stated"]:
        out.append(("f", L(d, "posno"), p["posno"]))
    if d["job"] or rng.random() < 0.3:
        out.append(("f", L(d, "job"), d["job"] or ""))
    out.append(("f", L(d, "eff"), fmt_date(d["date"], d["dstyle"])))
    out.append(("f", L(d, "loc"), d["loc"][1] if vals == "fr" else d["loc"][0]))
    s = p["sup"]
    st = sup_title(d)
    if d["sup_layout"] == "fields":
        out.append(("f", L(d, "sup"), st))
        if d["sup_cls"]:
            out.append(("f", L(d, "supcls"), s["cls"]))
        if d["sup_no"]:
            out.append(("f", L(d, "supno"), s["posno"]))
    # general accountability
    tshort = d["title"]
    aname = p["area"][1].lower() if vals == "fr" else p["area"][0].lower()
    deptname = dept.split(" / ")[0]

    def ga(lang):
        if lang == "mten":
            return rng.choice(T.GA_MT_EN).format(t=tshort, a=p["area"][3].replace("the ", ""), d=deptname)
        if lang == "mtfr":
            return rng.choice(T.GA_MT_FR).format(t=tshort, a=p["area"][2].lower(), d=deptname)
        if lang == "fr":
            return rng.choice(T.GA_FR).format(t=p["fr"] if d["mix"] == "half" else tshort, a=p["area"][1].lower())
        return rng.choice(T.GA_EN).format(t=p["en"] if d["mix"] == "half" else tshort, a=p["area"][0].lower(),
                                          d=p["dept"][0])

    mix = d["mix"]
    prose_lang = {"en": "en", "fr": "fr", "bi": "en", "enfr": "en", "fren": "fr", "mten": "mten", "mtfr": "mtfr",
                  "half": "en"}[mix]
    if mix == "enfr":
        prose_lang = rng.choice(["en", "fr"])  # the template's prose sometimes left in French too
    out.append(("h", L(d, "GA")))
    out.append(("p", ga(prose_lang)))
    if mix == "half":
        out.append(("p", ga("fr")))
    # organization structure
    out.append(("h", L(d, "OS")))
    fr_words = vals == "fr" or prose_lang in ("fr", "mtfr")
    if d["sup_layout"] == "sentence":
        bits = []
        if d["sup_cls"]:
            bits.append(s["cls"])
        if d["sup_no"]:
            bits.append(("poste no " if fr_words else "position no. ") + s["posno"])
        paren = f" ({', '.join(bits)})" if bits else ""
        if fr_words:
            out.append(("p", f"Le poste relève du {st}{paren}."))
        else:
            out.append(("p", f"The position reports to the {st}{paren}."))
    reps = d["reps"]
    fte_word = "ETP" if (d["notation"].startswith("fr") or vals == "fr") else "FTEs"

    def rep_lines(lang):
        lines = []
        for r in reps:
            t = rep_title(d, r, lang)
            extra = f", {r['fte']} {fte_word}" if r["fte"] is not None else ""
            lines.append(f"{t} ({r['cls']}{extra})")
        return lines

    def put_reps(lang):
        if d["rep_layout"] == "sentence":
            body = "; ".join(rep_lines(lang))
            if lang == "fr":
                out.append(("p", f"Les {len(reps)} postes suivants relèvent directement du titulaire : {body}."))
            else:
                out.append(("p", f"The following {len(reps)} positions report directly to the incumbent: {body}."))
        elif d["rep_layout"] == "table":
            hdr = ["Titre du poste", "Groupe/niveau", "ETP"] if lang == "fr" else ["Position", "Group/Level", fte_word]
            if d["labels"] == "bi":
                hdr = ["Position / Poste", "Group/Level / Groupe/niveau", "FTEs / ETP"]
            rows = [[rep_title(d, r, lang), r["cls"], "" if r["fte"] is None else str(r["fte"])] for r in reps]
            out.append(("t", hdr, rows))
        else:
            out.append(("p", (L(d, "rep") if d["labels"] != "bi" else LAB["bi"]["rep"]) + ":"))
            for ln in rep_lines(lang):
                out.append(("b", ln))

    put_reps("fr" if vals == "fr" else "en")
    if d["reps_twice"]:
        put_reps("fr")
    # nature and scope
    if not (mix == "half" and rng.random() < 0.3):
        out.append(("h", L(d, "NS")))
        ns = {"fr": T.NS_FR, "mtfr": T.NS_FR}.get(prose_lang, T.NS_EN)
        out.extend(("p", x) for x in ns)
    # dimensions
    out.append(("h", L(d, "DIM")))
    n = d["notation"]
    out.append(("f", L(d, "sal"), money(d["sal"], n)))
    out.append(("f", L(d, "om"), money(d["om"], n)))
    if d["total_stated"]:
        out.append(("f", L(d, "tot"), money(d["sal"] + d["om"], n)))
    if d["fte_stated"]:
        out.append(("f", L(d, "fte"), str(sum(r["fte"] for r in reps) + 1)))
    # specific accountabilities: in the half-translated documents only in French
    out.append(("h", L(d, "SA") if mix != "half" else LAB["fr"]["SA"]))
    sa_lang = "fr" if mix in ("half", "fr", "fren", "mtfr") else "en"
    src = T.SA_FR if sa_lang == "fr" else T.SA_EN
    for k, x in enumerate(src, 1):
        out.append(("p", f"{k}. " + x.format(a=aname)))
    out.append(("h", L(d, "SIG")))
    if d["incumbent"]:
        out.append(("f", L(d, "inc"), d["incumbent"]))
    if d["classifier"]:
        out.append(("f", L(d, "clsby"), d["classifier"]))
    out.append(("f", L(d, "appr"), f"{d['approver']}, {st}" if p["cls"] != "EX-03" or True else d["approver"]))
    return out


# ---------------------------------------------------------------- writers
def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def as_text(items, rng, width=None):
    lines = []
    for it in items:
        if it[0] == "h":
            lines += ["", it[1].upper(), ""]
        elif it[0] == "f":
            v = it[2].split("\n")
            lines.append(f"{it[1]}: {v[0]}")
            lines += [" " * (len(it[1]) + 2) + x for x in v[1:]]
        elif it[0] == "p":
            lines += wrap(it[1], width) if width else [it[1]]
        elif it[0] == "b":
            lines.append(f"- {it[1]}")
        elif it[0] == "t":
            hdr, rows = it[1], it[2]
            w0 = max(len(hdr[0]), *(len(r[0]) for r in rows)) + 3
            w1 = max(len(hdr[1]), 9) + 3
            lines.append(hdr[0].ljust(w0) + hdr[1].ljust(w1) + hdr[2])
            lines.append("-" * (w0 + w1 + len(hdr[2])))
            lines += [r[0].ljust(w0) + r[1].ljust(w1) + r[2] for r in rows]
    return lines


def as_markdown(items):
    lines = []
    for it in items:
        if it[0] == "h":
            lines += ["", ("# " if not lines else "## ") + it[1], ""]
        elif it[0] == "f":
            lines.append(f"- **{it[1]}:** {it[2].replace(chr(10), ' <br> ')}")
        elif it[0] == "p":
            lines += ["", it[1]]
        elif it[0] == "b":
            lines.append(f"* {it[1]}")
        elif it[0] == "t":
            lines += ["", "| " + " | ".join(it[1]) + " |", "|" + "---|" * 3]
            lines += ["| " + " | ".join(r) + " |" for r in it[2]]
    return "\n".join(lines).strip() + "\n"


DIGIT_DAMAGE = {"0": "O", "1": "I", "5": "S", "8": "B", "6": "b", "2": "Z"}
LETTER_DAMAGE = [("m", "rn"), ("e", "c"), ("li", "h"), ("é", "e"), ("è", "e"), ("ô", "o"), ("cl", "d"), ("rn", "m")]


def ocr_damage(line, rng, rate):
    out = []
    for ch in line:
        if ch in DIGIT_DAMAGE and rng.random() < rate:
            out.append(DIGIT_DAMAGE[ch] if ch != "1" or rng.random() < .6 else "l")
        else:
            out.append(ch)
    s = "".join(out)
    for a, b in LETTER_DAMAGE:
        if a in s and rng.random() < rate * 0.8:
            k = s.index(a)
            s = s[:k] + b + s[k + len(a):]
    if " " in s and rng.random() < rate * 0.7:
        k = rng.choice([i for i, c in enumerate(s) if c == " "])
        s = s[:k] + s[k + 1:]
    return s


def hyphenate(lines, rng, width):
    out = []
    carry = ""
    for ln in lines:
        ln = carry + ln
        carry = ""
        if len(ln) > width - 10 and rng.random() < 0.4 and " " in ln:
            last = ln.rsplit(" ", 1)[1]
            if len(last) >= 8 and last.isalpha():
                cut = len(last) // 2
                out.append(ln[: len(ln) - len(last) + cut] + "-")
                carry = last[cut:] + " "
                continue
        out.append(ln)
    if carry:
        out.append(carry.strip())
    return out


def paginate(lines, header, per, footer_style, rng, rate):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out += [header, ""]
        out += pg
        foot = {"en": f"Page {k} of {len(pages)}", "fr": f"Page {k} de {len(pages)}", "bi": f"- {k} -"}[footer_style]
        out += ["", ocr_damage(foot, rng, rate), "\f" if k < len(pages) else ""]
    return out


def write_docx(items, path, rng, title):
    doc = docx.Document()
    doc.core_properties.author = "Services de classification / Classification Services"
    doc.core_properties.title = title
    fixed = dt.datetime(2024, 1, 15, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Classification"
    doc.core_properties.revision = 1
    fields_as_table = rng.random() < 0.4
    pending = []

    def flush():
        if pending:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in pending:
                c = t.add_row().cells
                c[0].text, c[1].text = lab, val
            pending.clear()

    first = True
    for it in items:
        if it[0] == "f" and fields_as_table:
            pending.append((it[1], it[2]))
            continue
        flush()
        if it[0] == "h":
            doc.add_heading(it[1], level=0 if first else 1)
            first = False
        elif it[0] == "f":
            para = doc.add_paragraph()
            para.add_run(it[1] + " : " if "Relève" in it[1] or "Titre" in it[1] else it[1] + ": ").bold = True
            para.add_run(it[2].replace("\n", " / ") if "\n" in it[2] else it[2])
        elif it[0] == "p":
            doc.add_paragraph(it[1])
        elif it[0] == "b":
            doc.add_paragraph(it[1], style="List Bullet")
        elif it[0] == "t":
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, it[1]):
                c.text = h
            for r in it[2]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = v
    flush()
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def pdf_pages(lines, per=60):
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    return ["\n".join(pg + ["", f"Page {k} / {n}"]) for k, pg in enumerate(pages, 1)]


def cp1252_safe(s):
    return s.replace("\u00a0", " ").encode("cp1252", "replace").decode("cp1252")


def columns(items, rng, rate):
    """Two-column scan: prose left, the form's fields and dimensions right, read across line by line."""
    left, right = [], []
    for it in items:
        if it[0] in ("f",):
            right += wrap(f"{it[1]}: {it[2].replace(chr(10), ' ')}", 38)
        elif it[0] == "h":
            left += ["", it[1]]
        elif it[0] == "p":
            left += wrap(it[1], 44)
        elif it[0] == "b":
            right += wrap(f"- {it[1]}", 38)
        elif it[0] == "t":
            right += wrap(" - ".join(it[1]), 38)
            for r in it[2]:
                right += wrap(" - ".join(x for x in r if x), 38)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    return [ocr_damage(a.ljust(46) + " " + b, rng, rate).rstrip() for a, b in zip(left, right)]


# ---------------------------------------------------------------- file names
def file_name(d, kind, rng, idx):
    p = d["p"]
    ext = {"docx": ".docx", "pdf": ".pdf", "ocr": ".txt", "ocr-columns": ".txt", "text": ".txt",
           "text-cp1252": ".txt", "markdown": ".md"}[kind]
    t_en, t_fr = p["en"], p["fr"]
    pat = rng.choice(range(9))
    if pat == 0:
        stem = f"{t_en} - {t_fr}"
    elif pat == 1:
        stem = f"DT - {t_fr}"
    elif pat == 2:
        stem = f"WD {p['posno']} {t_en} EN-FR"
    elif pat == 3:
        stem = f"Description de travail_{t_fr.replace(' ', '_')}"
    elif pat == 4:
        stem = f"{t_en} (traduction)"
    elif pat == 5:
        stem = f"EWD {p['cls']} {p['area'][0]} - signed"
    elif pat == 6:
        stem = f"{p['posno']}_{t_fr} - version finale"
    elif pat == 7:
        stem = f"Work description, {t_en} (bilingual)"
    else:
        stem = f"{t_en}"
    if kind.startswith("ocr"):
        stem = rng.choice([f"SCAN{1000 + idx * 7} - {stem}", f"img{idx:03d} {stem} OCR", stem + " - scan"])
    stem = stem.replace("/", "-").replace(":", "")
    return stem + ext


# ---------------------------------------------------------------- main
def emit(d, name, kind, rng):
    items = render(d, rng)
    path = CORPUS / name
    also = {}
    if kind == "docx":
        write_docx(items, path, rng, d["title"].split("\n")[0])
    elif kind == "markdown":
        path.write_text(as_markdown(items), encoding="utf-8")
    elif kind == "text":
        path.write_text("\n".join(as_text(items, rng, rng.choice([None, 78]))) + "\n", encoding="utf-8")
    elif kind == "text-cp1252":
        txt = "\r\n".join(as_text(items, rng, 76)) + "\r\n"
        txt = txt.replace("'", "\u2019") if rng.random() < 0.7 else txt
        path.write_bytes(cp1252_safe(txt).encode("cp1252"))
    elif kind == "pdf":
        lines = [cp1252_safe(x) for x in as_text(items, rng, 95)]
        path.write_bytes(pdf_bytes(pdf_pages(lines)))
    elif kind in ("ocr", "ocr-columns"):
        strength = rng.choice(["light", "medium", "medium", "heavy"])
        rate = {"light": 0.08, "medium": 0.2, "heavy": 0.4}[strength]
        also["damage"] = strength
        if kind == "ocr":
            lines = hyphenate(as_text(items, rng, 72), rng, 72)
            lines = [ocr_damage(x, rng, rate) for x in lines]
        else:
            lines = columns(items, rng, rate)
        hdr = ocr_damage(f"{d['p']['dept'][0]} - {d['title'].splitlines()[0]}", rng, rate)
        foot = "fr" if d["vals"] == "fr" else ("bi" if d["labels"] == "bi" else "en")
        lines = paginate(lines, hdr, 50, foot, rng, rate)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return also


def main():
    for f in (CORPUS, EXPECTED):
        if f.exists():
            shutil.rmtree(f)
        f.mkdir(parents=True)
    plans = []
    for i, p in enumerate(positions):
        rng = random.Random(192000 + i)
        d = plan(p, KINDS[i], MIXES[i], rng)
        plans.append(d)
    names = set()
    for i, d in enumerate(plans):
        rng = random.Random(192500 + i)
        name = file_name(d, d["kind"], rng, i)
        while name in names:
            name = name.replace(".", " (2).", 1) if "." in name else name + " (2)"
        names.add(name)
        d["name"] = name
        d["p"]["doc"] = name
    truths = {}
    # versions: 0 -> DRAFT of a signed one; 1 -> older scan; 2 -> (1) copy
    vdraft, vold, vcopy = plans[20], plans[30], plans[38]
    extra = []
    # DRAFT (text-cp1252): no date, other budgets
    rv = random.Random(192701)
    dd = dict(vdraft, date=None, sal=vdraft["sal"] - 3 * GRAIN[vdraft["notation"]] * 10,
              om=vdraft["om"] + GRAIN[vdraft["notation"]] * 5)
    dname = Path(vdraft["name"]).stem + " DRAFT.txt"
    extra.append((dd, dname, "text-cp1252", rv,
                  dict(documents=[dname, vdraft["name"]], newest=vdraft["name"], same_text=False,
                       note="the DRAFT has no effective date and other salary and O&M figures")))
    # older English scan of a position later described in a mixed document
    rv = random.Random(192702)
    po = dict(vold["p"], cls="EX-01" if vold["p"]["cls"] != "EX-01" else "EX-01")
    od = dict(vold, p=po, mix="en", labels="en", vals="en", title_shown=po["en"], title=po["en"], title_fr=None,
              date=dt.date(2015, 4, 1), dstyle="en_long", notation="en_k", sal=vold["sal"] // 1000 * 800 // 1000 * 1000,
              om=vold["om"] // 1000 * 700 // 1000 * 1000, reps_twice=False, rep_layout="list")
    od.pop("mt_source", None)
    oname = f"OLD {vold['p']['posno']} {po['en']} 2015 - superseded.txt"
    extra.append((od, oname, "ocr", rv,
                  dict(documents=[oname, vold["name"]], newest=vold["name"], same_text=False,
                       note="the 2015 English scan has lower budgets and an older date; the newer document is the "
                            "mixed-language rewrite")))
    # (1) copy: same bytes
    cname = Path(vcopy["name"]).stem + " (1)" + Path(vcopy["name"]).suffix
    vinfo = {vdraft["name"]: extra[0][4], vold["name"]: extra[1][4],
             vcopy["name"]: dict(documents=[vcopy["name"], cname], newest=vcopy["name"], same_text=True,
                                 note="a copy saved twice")}
    for i, d in enumerate(plans):
        rng = random.Random(192500 + i)
        file_name(d, d["kind"], rng, i)  # keep the stream where it was
        also = emit(d, d["name"], d["kind"], rng)
        truths[d["name"]] = truth(d, d["name"], d["kind"], vinfo.get(d["name"]), also)
    for d, name, kind, rv, vi in extra:
        also = emit(d, name, kind, rv)
        truths[name] = truth(d, name, kind, vi, also)
    shutil.copyfile(CORPUS / vcopy["name"], CORPUS / cname)
    t = dict(truths[vcopy["name"]])
    t["document"] = cname
    truths[cname] = t
    refuse(truths)
    for name, t in truths.items():
        (EXPECTED / f"{name}.expected.yaml").write_text(
            yaml.safe_dump(t, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def refuse(truths):
    rng = random.Random(192900)
    p = positions[17]
    a, b, c, dd = person(rng), person(rng), person(rng), person(rng)
    # 1. bilingual memo (cp1252)
    memo = (f"MEMORANDUM / NOTE DE SERVICE\r\n\r\nTO / DESTINATAIRE : {a}, {p['boss']['en']}\r\n"
            f"FROM / EXPÉDITEUR : {b}, Director, Executive Classification / Directeur, Classification des cadres\r\n"
            f"DATE : 12 mars 2023\r\n\r\nSUBJECT / OBJET : Reclassification request, position {p['posno']} "
            f"({p['en']}) / Demande de reclassification\r\n\r\n"
            f"The Committee reviewed the request to reclassify position {p['posno']} from EX-01 to EX-02. The position "
            f"manages 34 FTEs and a budget of 2 750 000 $. The request is not supported at this time.\r\n\r\n"
            f"Le Comité a examiné la demande de reclassification du poste {p['posno']} de EX-01 à EX-02. La demande "
            f"n\u2019est pas appuyée pour le moment.\r\n\r\n{b}\r\n")
    n1 = f"Memo - reclassification {p['posno']} (EN-FR).txt"
    (CORPUS / n1).write_bytes(memo.encode("cp1252"))
    # 2. French letter (docx)
    q = positions[25]
    doc_items = [("h", "Lettre d'offre - nomination intérimaire"),
                 ("p", f"Madame, Monsieur {c},"),
                 ("p", f"Nous avons le plaisir de confirmer votre nomination intérimaire au poste de {q['fr']} "
                       f"(EX-01, poste no {q['posno']}) du 3 avril 2023 au 29 septembre 2023."),
                 ("p", "Your salary will be set in accordance with the Directive on Executive Compensation / Votre "
                       "rémunération sera établie conformément à la Directive."),
                 ("p", f"Veuillez agréer nos salutations distinguées. {dd}, {q['boss']['fr']}")]
    n2 = f"Lettre nomination intérimaire - {c}.docx"
    write_docx(doc_items, CORPUS / n2, random.Random(1), "Lettre")
    # 3. OCR minutes
    mins = ["EXECUTIVE CLASSIFICATION COMMITTEE / COMITÉ DE CLASSIFICATION DES CADRES", "",
            "Minutes of the meeting of June 8, 2022 / Procès-verbal de la réunion du 8 juin 2022", "",
            f"Present: {a} (Chair), {b}, {dd}", "",
            f"1. Position {positions[8]['posno']}, {positions[8]['en']}: the Committee confirmed EX-02 at 1 183 "
            "Hay points. Budget 4,2 M$.",
            f"2. Position {positions[30]['posno']}, {positions[30]['fr']}: deferred pending a revised work "
            "description (organization chart missing).", "", "3. Next meeting: September 14, 2022.", "",
            "Page 1 of 1"]
    rr = random.Random(3)
    n3 = "SCAN2231 - proces-verbal CCC juin 2022.txt"
    (CORPUS / n3).write_text("\n".join(ocr_damage(x, rr, 0.2) for x in mins) + "\n", encoding="utf-8")
    # 4. bilingual organization chart (markdown)
    g = positions[2]
    lines = [f"# Organigramme / Organization Chart - {g['fr']} / {g['en']}", "", "```",
             f"+{'-' * 60}+", f"| {g['en'][:58]:<58} |", f"| {g['fr'][:58]:<58} |", f"| {g['cls']:<58} |",
             f"+{'-' * 60}+"]
    for s in g["reports"]:
        lines.append(f"    +-- {s['en']} / {s['fr']} ({s['cls']})")
    lines += ["```", "", "Mise à jour / Updated: 2023-11-02"]
    n4 = f"Organigramme {g['area'][1]} - org chart.md"
    (CORPUS / n4).write_text("\n".join(lines) + "\n", encoding="utf-8")
    # 5. scan without text layer
    n5 = "Scan_DT EX-02 signée 2021.pdf"
    (CORPUS / n5).write_bytes(pdf_bytes(["", "", ""]))
    meta = [(n1, "text-cp1252", "bilingual", "memorandum refusing a reclassification", [a, b]),
            (n2, "docx", "fr", "letter confirming an acting appointment", [c, dd]),
            (n3, "ocr", "bilingual", "minutes of the executive classification committee", [a, b, dd]),
            (n4, "markdown", "bilingual", "organization chart in ASCII boxes", []),
            (n5, "pdf", "bilingual", "three-page scan without a text layer", [])]
    for name, kind, lang, what, ppl in meta:
        truths[name] = dict(document=name, kind=kind, language=lang, outcome="refuse", fields=None,
                            not_stated=None, also=dict(what=what), people=ppl, versions=None)


if __name__ == "__main__":
    main()
