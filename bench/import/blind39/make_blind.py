#!/usr/bin/env python3
"""The blind39 corpus: old (1985-2005) typed and scanned EX work descriptions as OCR text and a few PDFs
with a text layer, and five documents to refuse; ground truth in expected/. Deterministic:

    /work/main/.venv/bin/python bench/import/blind39/make_blind.py
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]
import texts as T  # noqa: E402
from tests.import_files import pdf_bytes  # noqa: E402

N_WD = 46
SUP_AREAS = [("Operations", "Opérations"), ("Programs", "Programmes"), ("Regional Operations", "Opérations régionales"),
             ("Corporate Services", "Services ministériels"), ("Field Operations", "Opérations sur le terrain")]
UNIT_EN = ["Region", "Branch", "Directorate", "District Office", "Sector"]
UNIT_FR = ["Région", "Direction générale", "Direction", "bureau de district", "Secteur"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# --- positions ---------------------------------------------------------------------------------

def positions() -> list[dict]:
    rng = random.Random(3939)
    out = []
    for i in range(N_WD):
        dept = T.DEPARTMENTS[i % len(T.DEPARTMENTS)]
        role = T.ROLES[rng.choice([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7]) if i % 9 else 0]
        if role[0] == "Warden" and not dept[0].startswith("Correctional"):
            role = T.ROLES[0]
        subj = dept[3][rng.randrange(len(dept[3]))]
        city, loc = dept[2][rng.randrange(len(dept[2]))]
        year = 1985 + (i * 7 + i // 3) % 21
        date = None if i % 8 == 3 else (year, rng.randint(1, 12), rng.randint(1, 28))
        lvl = role[2]
        area = SUP_AREAS[rng.randrange(len(SUP_AREAS))]
        if role[5] is None:
            sup = dict(title=role[3], title_fr=role[4], classification="DM-01" if i % 2 else None)
        else:
            sup = dict(title=f"{role[3]}, {area[0]}", title_fr=f"{role[4]}, {area[1]}", classification=f"EX-0{role[5]}")
        sup["position_number"] = None if i % 5 == 2 else str(rng.randint(1000, 99999)).zfill(5 if i % 3 == 0 else 4)
        n = rng.randint(2, 6)
        areas = rng.sample(T.REPORT_AREAS, n)
        reports = []
        for a in areas:
            if lvl >= 3:
                head, cls = ("Director", "Directeur"), f"EX-0{rng.randint(1, 2)}"
            else:
                head, cls = T.REPORT_HEADS[rng.randrange(len(T.REPORT_HEADS))], rng.choice(T.REPORT_CLASSES)
            reports.append(dict(title=f"{head[0]}, {a[0]}", title_fr=f"{head[1]}, {a[1]}", classification=cls,
                                fte=rng.randint(1, 140)))
        sal = rng.randint(60, 400) * 10000 * (3 if lvl >= 3 else 1)
        om = rng.randint(5, 300) * 5000 * (2 if lvl >= 3 else 1)
        out.append(dict(
            i=i, dept=dept, role=role, subj=subj, city=city, location=loc,
            title=f"{role[0]}, {subj[0]}", title_fr=f"{role[1]}, {subj[1]}", classification=f"EX-0{lvl}",
            position_number=None if i % 11 == 7 else str(rng.randint(100, 99999)),
            job_code=str(rng.randint(100000, 999999)) if i % 3 == 1 else None,
            date=date, sup=sup, reports=reports, salary=sal, o_and_m=om,
            fte=sum(r["fte"] for r in reports) + rng.randint(1, 9),
            people=rng.sample(T.PEOPLE, 2 + (i % 2)), rng_seed=rng.randint(0, 10**9)))
    return out


# --- value notations ---------------------------------------------------------------------------

def o_i(text: str, rng: random.Random, p: float) -> str:
    """OCR's digit confusions (0->O, 1->I/l, 5->S, 8->B), each digit with probability p."""
    table = {"0": "O", "1": "Il", "5": "S", "8": "B"}
    return "".join(rng.choice(table[c]) if c in table and rng.random() < p else c for c in text)


def fmt_cls(cls: str | None, v: int) -> str:
    if cls is None:
        return ""
    g, lv = cls.rsplit("-", 1)
    if not g == "EX":
        return cls
    return [cls, f"EX {lv}", f"EX-{int(lv)}", f"EX{lv}", f"({cls})", f"Ex-{lv}", f"EX - {lv}"][v % 7]


def fmt_date(d, lang: str, v: int) -> str:
    if d is None:
        return ""
    y, m, day = d
    if lang == "fr":
        return [f"{'1er' if day == 1 else day} {MONTHS_FR[m-1]} {y}", f"{y}-{m:02}-{day:02}", f"le {day} {MONTHS_FR[m-1]} {y}",
                f"{day:02}.{m:02}.{y}", f"{y} {m:02} {day:02}"][v % 5]
    return [f"{MONTHS_EN[m-1]} {day}, {y}", f"{day} {MONTHS_EN[m-1]} {y}", f"{y}-{m:02}-{day:02}",
            f"{str(y)[2:]}-{m:02}-{day:02}", f"{MONTHS_EN[m-1][:3].upper()} {day} {y}", f"{day:02}-{MONTHS_EN[m-1][:3].upper()}-{y}",
            f"{y}.{m:02}.{day:02}"][v % 7]


def fmt_amount(a: int, lang: str, v: int) -> str:
    if lang == "fr":
        s = f"{a:,}".replace(",", " ")
        m = f"{a/1e6:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        return [f"{s} $", f"{s},00 $", f"{m} M$", f"{a//1000} k$" if a % 1000 == 0 else f"{s} $", f"{m} millions de dollars"][v % 5]
    m = f"{a/1e6:.3f}".rstrip("0").rstrip(".")
    return [f"${a:,}", f"${m}M", f"${a:,}.00", f"${a//1000}K" if a % 1000 == 0 else f"${a:,}", f"${m} million",
            f"$ {a:,}", f"{a//1000} K$" if a % 1000 == 0 else f"${a:,}"][v % 7]


def fmt_fte(n: int, lang: str, v: int) -> str:
    if lang == "fr":
        return [f"{n} ETP", f"effectif de {n}", f"{n} années-personnes", f"{n} a.-p.", f"{n} employés"][v % 5]
    return [f"{n} PYs", f"{n} person-years", f"staff of {n}", f"{n} FTEs", f"{n} employees", f"{n} P-Y"][v % 6]


# --- rendering ---------------------------------------------------------------------------------

def damage_prose(text: str, rng: random.Random, p: float) -> str:
    """Letter confusions and words run together, as OCR reads a worn ribbon or a carbon copy."""
    out = []
    for word in text.split(" "):
        r = rng.random()
        if len(word) > 4 and r < p:
            k = rng.randrange(4)
            word = [word.replace("m", "rn", 1), word.replace("e", "c", 1), word.replace("i", "l", 1),
                    word.replace("rn", "m", 1).replace("h", "b", 1)][k]
        out.append(word)
        if rng.random() < p / 3 and out:
            out[-1] += "\x00"
    return " ".join(out).replace("\x00 ", "")


def wrap(text: str, width: int, rng: random.Random | None = None) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > width:
            if rng and len(w) > 7 and rng.random() < 0.3:
                cut = len(w) // 2
                lines.append(f"{cur} {w[:cut]}-".strip())
                cur = w[cut:]
                continue
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return lines


def dims(p, lang, v, rng, dmg) -> list[str]:
    s, o, t = (o_i(fmt_amount(x, lang, v + k), rng, dmg) for k, x in enumerate((p["salary"], p["o_and_m"],
                                                                               p["salary"] + p["o_and_m"])))
    fte = o_i(str(p["fte"]), rng, dmg)
    if lang == "fr":
        forms = [[f"Années-personnes : {fte}", f"Traitements : {s}", f"F et E : {o}", f"Total : {t}"],
                 [f"Effectif total ......... {fte} ETP", f"Budget salarial ....... {s}",
                  f"Fonctionnement et entretien ... {o}", f"Budget total ........... {t}"]]
        return forms[v % 2]
    if v % 4 == 3:  # a table in thousands of dollars
        k = [o_i(f"{x/1000:,.0f}", rng, dmg) for x in (p["salary"], p["o_and_m"], p["salary"] + p["o_and_m"])]
        return [f"                          ($000)", f"Salaries                  {k[0]}", f"O&M                       {k[1]}",
                f"TOTAL                     {k[2]}", f"Person-years: {fte}"]
    forms = [[f"PERSON-YEARS: {fte}", f"SALARY DOLLARS: {s}", f"O & M: {o}", f"TOTAL BUDGET: {t}"],
             [f"Staff: {fte} person-years", f"Salaries - {s}", f"Operating and Maintenance - {o}", f"Total - {t}"],
             [f"FTEs {fte}", f"Salary budget {s}   O&M budget {o}", f"Total operating budget {t}"]]
    return forms[v % 3]


def report_lines(p, lang, v, rng, dmg, show_cls=True, show_fte=True) -> list[str]:
    out = []
    for r in p["reports"]:
        title = r["title_fr"] if lang == "fr" else r["title"]
        cls = o_i(r["classification"], rng, dmg) if show_cls else ""
        fte = o_i(fmt_fte(r["fte"], lang, v), rng, dmg) if show_fte else ""
        if v % 4 == 0:
            inner = ", ".join(x for x in (cls, fte) if x)
            out.append(f"- {title}" + (f" ({inner})" if inner else ""))
        elif v % 4 == 1:
            out.append(f"{cls + ' - ' if cls else ''}{title}" + (f" ({fte})" if fte else ""))
        elif v % 4 == 2:
            out.append(f"  {title:<46}{cls:<12}{o_i(str(r['fte']), rng, dmg) if show_fte else ''}")
        else:
            out.append(f"o {title}" + (f", {cls}" if cls else "") + (f", {fte}" if fte else ""))
    if v % 4 == 2:
        head = "  Poste                                          Groupe      ETP" if lang == "fr" else \
            "  Position                                      Level       PYs"
        out.insert(0, head)
    return out


def report_prose(p, lang, rng, dmg) -> list[str]:
    parts = []
    for r in p["reports"]:
        if lang == "fr":
            parts.append(f"le {r['title_fr']} ({o_i(r['classification'], rng, dmg)}), {fmt_fte(r['fte'], 'fr', 1)}")
        else:
            parts.append(f"the {r['title']} ({o_i(r['classification'], rng, dmg)}) with a staff of {o_i(str(r['fte']), rng, dmg)}")
    if lang == "fr":
        text = "Relèvent du titulaire : " + "; ".join(parts) + "."
    else:
        text = "Reporting to the incumbent are " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    return wrap(damage_prose(text, rng, dmg / 2), 78)


def header(p, lang, L, v, rng, dmg, style) -> list[str]:
    """The header fields in one of the form's layouts."""
    sup = p["sup"]
    vals = dict(title=p["title_fr"] if lang == "fr" else p["title"], cls=o_i(fmt_cls(p["classification"], v), rng, dmg),
                pos=o_i(p["position_number"], rng, dmg) if p["position_number"] else ["VACANT", "NEW", "TBD", "À DÉTERMINER"][v % 4 if lang != "fr" else 3],
                job=o_i(p["job_code"], rng, dmg) if p["job_code"] else "",
                date=o_i(fmt_date(p["date"], lang, v), rng, dmg),
                sup_title=sup["title_fr"] if lang == "fr" else sup["title"],
                sup_cls=fmt_cls(sup["classification"], v + 1) if sup["classification"] else "",
                sup_pos=o_i(sup["position_number"], rng, dmg) if sup["position_number"] else "",
                loc=p["city"], dept=p["dept"][1] if lang == "fr" else p["dept"][0],
                unit=f"{p['subj'][1] if lang == 'fr' else p['subj'][0]}")
    if style == "caps":
        vals = {k: v_.upper() for k, v_ in vals.items()}
    order = ["dept", "unit", "title", "cls", "pos", "job", "date", "loc", "sup_title", "sup_cls", "sup_pos"]
    if v % 3 == 1:
        order = ["title", "pos", "cls", "job", "dept", "unit", "loc", "date", "sup_pos", "sup_title", "sup_cls"]
    if style == "nosup":
        order, style = [k for k in order if not k.startswith("sup")], "colon"
    lines = []
    if style == "boxes":  # two boxes of a printed form to a row, their values on the next row
        for a, b in zip(order[0::2], order[1::2] + [None]):
            la, lb = L[a], (L[b] if b else "")
            lines += [f"{la:<40}{lb}", f"{vals[a]:<40}{vals[b] if b else ''}", ""]
        return lines
    for k in order:
        if not vals[k] and v % 2:
            continue
        if style == "next":
            lines += [f"{L[k]}{':' if v % 2 else ''}", f"    {vals[k]}", ""]
        elif style == "dots":
            lines.append(f"{L[k]} {'.' * max(2, 34 - len(L[k]))} {vals[k]}")
        else:
            lines.append(f"{L[k]}: {vals[k]}")
    return lines


def supervisor_sentence(p, lang, v) -> str:
    s = p["sup"]
    cls = fmt_cls(s["classification"], v) if s["classification"] else ""
    cls = f" {cls}" if cls.startswith("(") else f" ({cls})" if cls else ""
    num = s["position_number"]
    if lang == "fr":
        return (f"Le titulaire relève du {s['title_fr']}{cls}" + (f", poste no {num}" if num else "") + ".")
    return (f"The incumbent reports to the {s['title']}{cls}" + (f", position number {num}" if num else "") + ".")


def body(p, lang, v, rng, dmg, heads, caps, sentence=False) -> list[str]:
    subj = p["subj"][1].lower() if lang == "fr" else p["subj"][0]
    unit = (UNIT_FR if lang == "fr" else UNIT_EN)[v % 5]
    unit = f"{unit}" if lang == "fr" else f"{subj} {unit}"
    H = lambda key, n: (f"{n}. " if v % 3 == 0 else (f"{'ABCDEF'[n-1]}) " if v % 3 == 1 else "")) + \
        (heads[key][v % len(heads[key])].upper() if caps else heads[key][v % len(heads[key])]) + (":" if v % 2 else "")
    ga = (T.GA_FR if lang == "fr" else T.GA_EN)[v % (2 if lang == "fr" else 3)].format(s=subj, u=unit)
    ns = (T.NS_FR if lang == "fr" else T.NS_EN)[v % (2 if lang == "fr" else 3)].format(s=subj, u=unit)
    sa = [x.format(s=subj) for x in (T.SA_FR if lang == "fr" else T.SA_EN)]
    rng.shuffle(sa)
    out = [H("ga", 1), ""] + wrap(damage_prose(ga, rng, dmg), 76, rng) + [""]
    out += [H("org", 2), ""]
    if v % 5 == 4 or sentence:
        out += wrap(supervisor_sentence(p, lang, v), 76) + [""]
    out += report_prose(p, lang, rng, dmg) if v % 6 == 5 else \
        [("Relèvent du titulaire :" if lang == "fr" else "Positions reporting to the incumbent:")] + \
        report_lines(p, lang, v, rng, dmg, show_cls=v % 7 != 3, show_fte=v % 9 != 4)
    out += [""]
    sections = [("ns", wrap(damage_prose(ns, rng, dmg), 76, rng)), ("dim", dims(p, lang, v, rng, dmg)),
                ("sa", [f"{k}. {damage_prose(x, rng, dmg)}" for k, x in enumerate(sa[:5], 1)])]
    if v % 2:
        sections = [sections[1], sections[0], sections[2]]
    for n, (key, lines) in enumerate(sections, 3):
        out += [H(key, n), ""] + lines + [""]
    return out


def signatures(p, lang, v, rng) -> list[str]:
    a, b = p["people"][0], p["people"][1]
    if lang == "fr":
        lines = ["CERTIFICATION", "Énoncé exact des fonctions du poste.", "", f"Titulaire : {a}        Date : ________",
                 f"Supérieur : {b}        Date : ________"]
    else:
        lines = ["CERTIFICATION", "The foregoing is an accurate statement of the duties assigned to the position.", "",
                 f"Incumbent: {a}              Date: ________", f"Supervisor: {b}             Date: ________"]
    if len(p["people"]) > 2:
        lines.append(f"{'Approuvé par' if lang == 'fr' else 'Approved'}: {p['people'][2]}, "
                     f"{'Sous-ministre adjoint' if lang == 'fr' else 'Assistant Deputy Minister'}")
    if v % 3 == 0:
        lines += ["", rng.choice(["  /s/  ~~ .   ,i'  ;", " ^ .-. ,' //  (initialled)", "  ''  ~ ;.:"])]
    return lines


def stamp(p, rng) -> list[str]:
    y = (p["date"][0] if p["date"] else 1992) + 1
    return ["", rng.choice([f"RECEIVED / REÇU   {MONTHS_EN[rng.randrange(12)][:3].upper()} {rng.randint(1,28)} {y}   "
                            "CLASSIFICATION", f"[ STAMP: PERSONNEL BRANCH - {y} - FILE COPY ]",
                            f"COPIE CONFORME   {y}   DOTATION", "C O N F I D E N T I A L"]), ""]


def paginate(lines: list[str], p, lang, rng, per: int, dept_footer: bool) -> list[list[str]]:
    pages = [lines[k:k + per] for k in range(0, len(lines), per)]
    n = len(pages)
    out = []
    for k, page in enumerate(pages, 1):
        foot = rng.choice([f"Page {k} of {n}", f"- {k} -", f"{k}/{n}"]) if lang != "fr" else \
            rng.choice([f"Page {k} de {n}", f"- {k} -"])
        if dept_footer:
            foot = f"{(p['dept'][1] if lang == 'fr' else p['dept'][0]).upper()}   {foot}"
        out.append(page + ["", foot])
    return out


def two_columns(left: list[str], right: list[str], width: int) -> list[str]:
    """A page's two columns read across the line, as OCR does."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append(f"{a:<{width}} {b}".rstrip())
    return out


LAYOUTS = ["caps-colon", "next-line", "boxes", "bilingual", "en-then-fr", "csr", "columns", "fr", "dots", "sentence"]


def render(p) -> tuple[str, str, str, list]:
    """(text, kind, language, title truth) of one work description."""
    i = p["i"]
    rng = random.Random(p["rng_seed"])
    layout = LAYOUTS[i % len(LAYOUTS)]
    v = i // len(LAYOUTS) + i
    dmg = [0.04, 0.08, 0.15][i % 3]  # 0.15: a carbon copy read badly
    lang = "fr" if layout == "fr" or (layout in ("next-line", "boxes", "dots") and i % 4 == 1) else \
        "bilingual" if layout in ("bilingual", "en-then-fr") else "en"
    L = (T.LABELS_FR if lang == "fr" else T.LABELS_EN)[v % (3 if lang == "fr" else 4)]
    heads = T.HEAD_FR if lang == "fr" else T.HEAD_EN
    caps = layout in ("caps-colon", "boxes", "columns") or i % 4 == 0
    title_truth = [p["title_fr"]] if lang == "fr" else [p["title"]] if lang == "en" else [p["title"], p["title_fr"]]
    top = [rng.choice(["GOVERNMENT OF CANADA - GOUVERNEMENT DU CANADA", "EXECUTIVE GROUP - POSITION DESCRIPTION",
                       "EX WORK DESCRIPTION", "DESCRIPTION DE POSTE - GROUPE DE LA DIRECTION", "TBS/SCT 330-42 (REV. 87)"]), ""]
    if lang == "fr":
        top = [rng.choice(["DESCRIPTION DE TRAVAIL - GROUPE EX", "GOUVERNEMENT DU CANADA", "DESCRIPTION DE POSTE"]), ""]
    lines: list[str]
    if layout == "bilingual":
        LE, LF = T.LABELS_EN[v % 4], T.LABELS_FR[v % 3]
        h = header(p, "en", {k: f"{LE[k]} / {LF[k]}" for k in LE}, v, rng, dmg, "colon")
        h = [x.replace(f": {p['title']}", f": {p['title']} / {p['title_fr']}") if x.startswith(LE["title"]) else x for x in h]
        h = [x.replace(f": {p['sup']['title']}", f": {p['sup']['title']} / {p['sup']['title_fr']}") if x.startswith(LE["sup_title"]) else x for x in h]
        lines = top + h + [""] + body(p, "en", v, rng, dmg, T.HEAD_EN, caps)
    elif layout == "en-then-fr":
        lines = top + header(p, "en", T.LABELS_EN[v % 4], v, rng, dmg, "colon") + [""] + \
            body(p, "en", v, rng, dmg, T.HEAD_EN, caps) + ["", "\f", "VERSION FRANÇAISE", ""] + \
            header(p, "fr", T.LABELS_FR[v % 3], v, rng, dmg, "colon") + [""] + body(p, "fr", v, rng, dmg, T.HEAD_FR, caps)
    elif layout == "csr":
        lines = top + header(p, lang, L, v, rng, dmg, "colon") + [""]
        subj = p["subj"][0]
        lines += ["CLIENT SERVICE RESULTS", ""] + wrap(T.CSR_EN.format(s=subj, u=p["dept"][0]), 76) + [""]
        lines += ["KEY ACTIVITIES", ""] + [f"- {x.format(s=subj)}" for x in T.SA_EN[:5]] + [""]
        lines += ["RESPONSIBILITY", "", "Dimensions:"] + dims(p, lang, v, rng, dmg) + [""]
        lines += ["Direct reports:"] + report_lines(p, lang, v, rng, dmg, show_cls=v % 7 != 3, show_fte=v % 9 != 4) + [""]
    elif layout == "columns":
        left = header(p, lang, L, v, rng, dmg, "next") + dims(p, lang, v, rng, dmg)
        right = body(p, lang, v, rng, dmg, heads, caps)
        # the reports must stay readable: give them their own lines after the columns
        split = right.index(next(x for x in right if x.startswith(("Positions reporting", "Relèvent", "Reporting"))))
        tail = right[split:split + len(p["reports"]) + 3]
        right = right[:split] + right[split + len(tail):]
        right = [x for r in right for x in (wrap(r, 40) or [""])]
        lines = top + two_columns(left, right, 44) + [""] + tail
    else:
        style = {"caps-colon": "colon", "next-line": "next", "boxes": "boxes", "fr": "colon", "dots": "dots",
                 "sentence": "nosup"}[layout]
        lines = top + header(p, lang, L, v, rng, dmg, style) + [""] + body(p, lang, v, rng, dmg, heads, caps,
                                                                          sentence=layout == "sentence")
    if i % 3 == 0 and layout not in ("columns",):
        incumbent = f"{'Titulaire' if lang == 'fr' else 'Incumbent'}: {p['people'][0]}"
        lines.insert(2, incumbent)
    lines += [""] + signatures(p, "fr" if lang == "fr" else "en", v, rng)
    if i % 2 == 0:
        at = min(len(lines), 8 + (i % 5))
        lines[at:at] = stamp(p, rng)
    if layout in ("caps-colon", "boxes") or i % 5 == 0:
        lines = [x.upper() for x in lines]
    pages = paginate(lines, p, "fr" if lang == "fr" else "en", rng, 48 if i % 2 else 60, i % 3 == 1)
    text = ("\n\f\n" if i % 4 == 0 else "\n\n").join("\n".join(pg) for pg in pages) + "\n"
    kind = "ocr-columns" if layout == "columns" else "ocr"
    if lang == "fr" and i % 3 == 2:  # accents lost by the scan
        text = text.translate(str.maketrans("éèêàçôÉÈ", "eeeacoEE"))
        strip = lambda s: s.translate(str.maketrans("éèêàçôÉÈ", "eeeacoEE"))
        title_truth = title_truth + [strip(title_truth[0])]
    return text, kind, lang, title_truth


# --- refusals ----------------------------------------------------------------------------------

def refusals() -> list[tuple[str, bytes, str, str]]:
    rng = random.Random(39001)
    memo = """DEPARTMENT OF THE ENVIRONMENT          MEMORANDUM          NOTE DE SERVICE

TO / À:        Director General, Personnel
FROM / DE:     Chief, Classification Services
FILE / DOSSIER: 3170-EX-12
DATE:          1991-11-04

SUBJECT: TRANSMITTAL OF EX WORK DESCRIPTIONS FOR REVIEW - ATLANTIC REGION

Attached for your review are three work descriptions of the Atlantic Region (positions
10422, 10447 and 10513, all EX-O1) which the Regional Director General wishes to have
evaluated before the end of the fiscal year. The Executive Group Position Evaluation Plan
ratings will be presented to the Departmental Review Committee on December 3.

Please return the originals to this office once the committee has met.

                                   Chief, Classification Services
c.c. Regional Director General, Atlantic
"""
    leave = """APPLICATION FOR LEAVE / DEMANDE DE CONGÉ
TBS/SCT 330-3 (REV. 84)

NAME / NOM ............ R. J. KOWALCHUK
POSITION NO. ........... 4O517          GROUP/LEVEL ..... EX-O2
BRANCH / DIRECTION ..... ENVIRONMENTAL PROTECTION, PRAIRIE AND NORTHERN REGION

TYPE OF LEAVE            FROM / DU        TO / AU        DAYS / JOURS
VACATION / VACANCES      89-07-17         89-08-04       15
FAMILY RELATED           89-09-11         89-09-11        1

BALANCE AT 89-03-31: 27.5 DAYS
APPROVED / APPROUVÉ: ______________________  DATE: __________
"""
    offer = """Ottawa, le 14 février 1996

Madame Huguette Lamarre
Direction des services immobiliers
Travaux publics et Services gouvernementaux Canada

Objet : Nomination intérimaire - Directrice, Services immobiliers (EX-01)

Madame,

J'ai le plaisir de vous offrir une nomination intérimaire au poste de Directrice,
Services immobiliers (EX-01), poste no 23481, du 19 février au 30 août 1996.
Votre rémunération sera établie conformément au Règlement sur la rémunération
des cadres de direction. Veuillez signer la copie ci-jointe pour indiquer que vous
acceptez cette offre.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

Le Sous-ministre adjoint, Services immobiliers
Gilles Despatie
"""
    request = ["REQUEST FOR PERSONNEL ACTION", "Health and Welfare Canada - Medical Services Branch", "",
               "Action requested: Staffing - competition", "Position no.: 71180      Group/level: EX-02",
               "Title: Regional Director, Medical Services (Alberta)", "Closing date: 1993-05-21",
               "Area of selection: Public Service employees across Canada", "",
               "Funding: person-year and salary dollars available in the Regional envelope (cost centre 4410)",
               "Language requirements: English essential", "Security: Secret", "",
               "Requested by: Director General, Operations          Date: 93-04-02",
               "Approved - Personnel: ____________________"]
    noise = "\n".join("".join(rng.choice("~^'`.,:;-_=|!/\\il1 ") for _ in range(rng.randint(20, 70)))
                      for _ in range(40)) + "\n"
    noise = noise[:400] + "\nE X   W O R\n" + noise[400:]
    return [("EC memo transmittal EX descriptions 1991.txt", memo.encode("utf-8"), "ocr", "bilingual"),
            ("leave application Kowalchuk 1989.txt", leave.encode("utf-8"), "ocr", "bilingual"),
            ("offre nomination interimaire 1996.txt", offer.encode("utf-8"), "ocr", "fr"),
            ("request for personnel action 71180.pdf", pdf_bytes(["\n".join(request)]), "pdf", "en"),
            ("scan 0047 illegible.txt", noise.encode("utf-8"), "ocr", "en")]


# --- ground truth and files --------------------------------------------------------------------

def yq(s) -> str:
    if s is None:
        return "null"
    return "'" + str(s).replace("'", "''") + "'"


def truth_yaml(name, kind, lang, p, title_truth) -> str:
    f = p
    sup = p["sup"]
    date = f"{p['date'][0]}-{p['date'][1]:02}-{p['date'][2]:02}" if p["date"] else "null"
    title = yq(title_truth[0]) if len(title_truth) == 1 else "\n" + "".join(f"  - {yq(t)}\n" for t in title_truth).rstrip("\n")
    v = p["i"] // 10 + p["i"]
    show_cls, show_fte = v % 7 != 3, v % 9 != 4
    plain = lambda s: s.translate(str.maketrans("éèêàçôÉÈ", "eeeacoEE"))
    lost = lang == "fr" and p["i"] % 3 == 2
    def rt(r):
        if lang == "bilingual":
            return f"\n    - {yq(r['title'])}\n    - {yq(r['title_fr'])}"
        if lost:
            return f"\n    - {yq(r['title_fr'])}\n    - {yq(plain(r['title_fr']))}"
        return yq(r['title_fr'] if lang == 'fr' else r['title'])
    loc = yq(p["location"])
    if lost and plain(p["city"]) != p["city"]:
        loc = f"\n  - {yq(p['location'])}\n  - {yq(plain(p['location']))}"
    if p["city"] == "Ottawa-Hull":
        loc = f"\n  - 'Ottawa-Hull'\n  - 'Ottawa, Ontario'"
    reports = "".join(f"  - title: {rt(r)}\n"
                      f"    classification: {yq(r['classification']) if show_cls or v % 6 == 5 else 'null'}\n"
                      f"    fte: {r['fte'] if show_fte or v % 6 == 5 else 'null'}\n" for r in p["reports"])
    total = p["salary"] + p["o_and_m"]
    nulls = [k for k, x in (("job_code", p["job_code"]), ("position_number", p["position_number"]),
                            ("effective_date", p["date"]), ("supervisor.position_number", sup["position_number"]),
                            ("supervisor.classification", sup["classification"])) if x is None]
    sup_title = yq(sup["title_fr"] if lang == "fr" else sup["title"])
    if lang == "bilingual":
        sup_title = f"\n    - {yq(sup['title'])}\n    - {yq(sup['title_fr'])}"
    if lang == "fr" and p["i"] % 3 == 2:
        sup_title = f"\n    - {yq(sup['title_fr'])}\n    - {yq(plain(sup['title_fr']))}"
    return (f"document: {yq(name)}\nkind: {kind}\nlanguage: {lang}\noutcome: import\nfields:\n"
            f"  title: {title}\n  classification: {p['classification']}\n  job_code: {yq(p['job_code'])}\n"
            f"  position_number: {yq(p['position_number'])}\n  effective_date: {date}\n  supervisor:\n"
            f"    position_number: {yq(sup['position_number'])}\n    title: {sup_title}\n"
            f"    classification: {yq(sup['classification'])}\n  direct_reports:\n{reports}"
            f"  salary: {p['salary']}\n  o_and_m: {p['o_and_m']}\n  total: {total}\n  location: {loc}\n"
            f"not_stated: [{', '.join(nulls)}]\nalso:\n  fte: {p['fte']}\n  operating_budget: null\n"
            f"  program_budget: null\n  provisional_number: null\n"
            f"people:\n" + "".join(f"- {yq(n)}\n" for n in p["people"]) + "versions: null\n")


def file_name(p, lang, kind, ext) -> str:
    t = p["title_fr"] if lang == "fr" else p["title"]
    year = p["date"][0] if p["date"] else "nd"
    stem = [f"{t} {year}", f"EX {p['position_number'] or 'vacant'} {p['dept'][0].split(',')[0]}",
            f"scan_{p['i']:03d}_{t.split(',')[0].replace(' ', '_')}", f"WD - {t} ({year})"][p["i"] % 4]
    return stem.replace("/", "-") + ext


def main() -> None:
    corpus, expected = HERE / "corpus", HERE / "expected"
    for d in (corpus, expected):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    pdf_at = {5, 12, 19, 26, 33, 40}
    for p in positions():
        text, kind, lang, title_truth = render(p)
        if p["i"] in pdf_at and kind == "ocr":
            kind = "pdf"
            pages = [pg.replace("\f", "").strip("\n") for pg in text.split("\n\f\n")] if "\f" in text else None
            if pages is None:
                lines = text.splitlines()
                pages = ["\n".join(lines[k:k + 64]) for k in range(0, len(lines), 64)]
            pages = ["\n".join(l for l in pg.splitlines() if l != "\f") for pg in pages]
            name = file_name(p, lang, kind, ".pdf")
            data = pdf_bytes(pages)
        else:
            name = file_name(p, lang, kind, ".txt")
            data = text.encode("utf-8")
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(truth_yaml(name, kind, lang, p, title_truth), encoding="utf-8")
    for name, data, kind, lang in refusals():
        (corpus / name).write_bytes(data)
        (expected / f"{name}.expected.yaml").write_text(
            f"document: {yq(name)}\nkind: {kind}\nlanguage: {lang}\noutcome: refuse\nfields: null\npeople: []\n"
            "versions: null\n", encoding="utf-8")


if __name__ == "__main__":
    main()
